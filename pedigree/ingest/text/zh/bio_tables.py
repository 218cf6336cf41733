"""Tables in a demo-day post or a filing: their rows, the projects listed, the members named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pedigree.ingest.text.zh.bio_lines import LEADING_ROLE
from pedigree.ingest.text.zh.bio_records import (
    NAME,
    ROLE,
    ROLE_PHRASE,
    Member,
    Project,
    is_name,
    line_spans,
)

# (^\s*+: possessive, as | is no space: a blanked line's spaces are read once, not given back)
TABLE_ROW = re.compile(r"^\s*+\|(?P<cells>.+)\|\s*$")


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[str, int], ...]  # (text, start) per cell
    header: tuple[str, ...]

    def cell(self, *names: str) -> tuple[str, int] | None:
        column = _column(list(self.header), names)
        if column is None or column >= len(self.cells) or not self.cells[column][0]:
            return None
        return self.cells[column]


@lru_cache(maxsize=4)  # the text being read, not every text ever read
def table_rows(text: str) -> tuple[Row, ...]:
    """The body rows of every markdown table in `text`, each with its table's header — and of
    tables written without outer bars (姓名｜年龄｜职位 over rows of as many cells), as filings
    print them."""
    rows: list[Row] = []
    header: tuple[str, ...] | None = None
    lines = line_spans(text)
    bare = _bare_table_lines(lines)
    for index, (start, _, line) in enumerate(lines):
        match = TABLE_ROW.match(line)
        if match is None and index in bare:
            match = _BARE_ROW.match(line)
        if not match:
            header = None
            continue
        cells, position = [], match.start("cells")
        for raw in match.group("cells").split("|"):
            stripped = raw.strip()
            offset = raw.find(stripped) if stripped else 0
            cells.append((stripped.replace("*", ""), start + position + offset))
            position += len(raw) + 1
        texts = tuple(c for c, _ in cells)
        if all(re.fullmatch(r":?-{2,}:?", c) for c in texts if c):
            continue
        if header is None:
            header = texts
            continue
        rows.append(Row(tuple(cells), header))
    return tuple(rows)


_BARE_ROW = re.compile(r"^(?P<cells>[^|\n]+(?:\|[^|\n]+){2,})$")


def _bare_table_lines(lines: list) -> set[int]:
    """Indexes of lines in runs of two or more that each split into the same number (three or
    more) of bar-separated cells, without outer bars: a table printed bare."""
    counts = [
        len(line.split("|"))
        # (counted first: a line with fewer than two bars is no row, and the pattern read every
        # such line to its end and back)
        if line.count("|") >= 2 and _BARE_ROW.match(line) and not line.lstrip().startswith("|")
        else 0
        for _, _, line in lines
    ]
    found: set[int] = set()
    i = 0
    while i < len(counts):
        j = i
        while j + 1 < len(counts) and counts[i] and counts[j + 1] == counts[i]:
            j += 1
        header = [cell.strip() for cell in lines[i][2].split("|")]
        if j > i and all(len(c) <= 10 for c in header) and any(
            _HEADER_WORD.search(c) for c in header
        ):
            found.update(range(i, j + 1))
        i = j + 1
    return found


# A bare table's header names its columns (not 掌舵人 ▸ 栗之航｜创始人｜…, a card's lines).
_HEADER_WORD = re.compile(r"^(?:姓名|名称|项目|公司|职位|职务|年龄|成员|创始人|团队|角色|身份)$")


# The columns that name a table row's project, its member, the member's role and their bio.
PROJECT_COLUMNS = ("项目", "公司", "项目名称", "名称")
NAME_COLUMNS = ("成员", "姓名", "创始人", "团队", "人员")
ROLE_COLUMNS = ("职务", "角色", "职位", "身份")
BIO_COLUMNS = ("背景", "经历", "简介", "履历", "介绍")


def table_projects(lines: list) -> list[tuple[int, int, str]]:
    """Rows of a table whose first column names the project (| 项目 | 成员 | 职务 | 背景 |)."""
    text = "\n".join(line for _, _, line in lines)
    found = []
    for row in table_rows(text):
        project = row.cell(*PROJECT_COLUMNS)
        if project is not None and row.cell(*NAME_COLUMNS):
            name, at = project
            found.append((at, at + len(name), name))
    return _first_of_runs(found)


def _first_of_runs(rows: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept, last = [], None
    for row in rows:
        if row[2] != last:
            kept.append(row)
        last = row[2]
    return kept


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for i, cell in enumerate(header):
        if any(n in cell for n in names):
            return i
    return None


def table_members(text: str, project: Project) -> list[Member]:
    found = []
    current = None
    for row in table_rows(text):
        name_cell = row.cell(*NAME_COLUMNS)
        if _column(list(row.header), PROJECT_COLUMNS) is None:
            # | 姓名 | 角色 | 背景 | under each project's heading: the table is the team of the
            # project whose section holds it
            if name_cell is None or not project.body[0] <= name_cell[1] < project.body[1]:
                continue
        else:
            project_cell = row.cell(*PROJECT_COLUMNS)
            current = project_cell[0] if project_cell else current
            if current != project.name or name_cell is None:
                continue
        listed = _listed_names(name_cell[0])
        if listed:
            # | 甄一、周棣 | 甄一：前百度…；周棣：上海交通大学… |: names listed in one cell,
            # each with their part of the background cell
            bio_cell = row.cell(*BIO_COLUMNS)
            for offset, name in listed:
                at = name_cell[1] + offset
                found.append(Member(name, (at, at + len(name)), None, None,
                                    _own_part(bio_cell, name) or (at + len(name),) * 2))
            continue
        if not is_name(name_cell[0]):
            # 宦一苒（创始人兼CEO）：…；戚向川（联合创始人兼CTO）：… — a team in one cell
            cell_start = name_cell[1]
            bar = text.rfind(
                "|", 0, cell_start
            )  # the cell's own bar, where the first member starts
            found += _cell_members(text, bar, cell_start + len(name_cell[0]))
            continue
        name, at = name_cell
        role_cell = row.cell(*ROLE_COLUMNS)
        bio_cell = row.cell(*BIO_COLUMNS)
        found.append(
            Member(
                name,
                (at, at + len(name)),
                role_cell[0] if role_cell else None,
                (role_cell[1], role_cell[1] + len(role_cell[0])) if role_cell else None,
                (bio_cell[1], bio_cell[1] + len(bio_cell[0]))
                if bio_cell
                else (at + len(name),) * 2,
            )
        )
    return found


_GLOSS_AFTER = re.compile(r"\s*[（(][A-Za-z][A-Za-z .'-]{0,30}[)）]\s*$")
_NAME_JOINER = re.compile(r"\s*(?:、|，|,|和|与|及)\s*")


def _listed_names(cell: str) -> list[tuple[int, str]]:
    """(offset, name) of each name in a cell that lists two or more names and nothing else (an
    English name in brackets after one is that person's: 蒙蔚、卢瀚（Ethan Lu）)."""
    parts, offset = [], 0
    for piece in _NAME_JOINER.split(cell):
        at = cell.find(piece, offset)
        offset = at + len(piece)
        piece = _GLOSS_AFTER.sub("", piece)
        parts.append((at, piece))
    if len(parts) < 2 or not all(is_name(name) for _, name in parts):
        return []
    return parts


def _own_part(bio_cell: tuple[str, int] | None, name: str) -> tuple[int, int] | None:
    """The span of a background cell that speaks of `name` (甄一：…；周棣：…)."""
    if bio_cell is None:
        return None
    text, at = bio_cell
    # (甄一：前百度…；周棣：…, or the name straight before its part: 蒙蔚前京东物流…；卢瀚前…)
    match = re.search(
        r"(?:^|(?<=[；;|]))\s*" + re.escape(name) + r"\s*[：:]?\s*(?P<bio>[^；;|]*)", text
    ) or re.search(re.escape(name) + r"\s*[：:]\s*(?P<bio>[^；;|]*)", text)
    if match is None:
        return None
    return at + match.start("bio"), at + match.end("bio")


_CELL_MEMBER = re.compile(
    rf"(?<=[；;／/。|])\s*(?:[^：:；;|／]{{0,12}}?(?P<lead>{ROLE}))?\s*(?P<name>{NAME})\s*(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?"
    # 包铮（CEO），前优必选硬件总监…: after a bracketed role a comma starts the bio as well
    r"(?:\s*[:：]|(?<=[)）])\s*[，,])"
)


# 贾书逸（CEO，前Shopee客服产品负责人）；尤浩（CTO）: the role and the bio inside the brackets
_CELL_BRACKETED = re.compile(
    rf"(?<=[；;／/|])\s*(?P<name>{NAME})\s*[（(]\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*"
    rf"(?:[，,、；;]\s*(?P<bio>[^)）\n]*))?[)）]\s*(?=[；;／/|]|$)",
    re.MULTILINE,
)


# 创始人兼CEO 訾若楠，北京大学生物学博士…；联合创始人兼CSO 东方砚，…: the role, then the name
_CELL_ROLE_FIRST = re.compile(
    rf"(?<=[；;／/|])\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*(?P<name>{NAME})\s*[，,]"
    r"\s*(?P<bio>[^；;|\n]*)"
)


# 宓思远，创始人兼CEO，武汉大学遥感博士…；骆韶，联合创始人兼CTO，前…: the name, its role, a bio
_CELL_NAME_ROLE = re.compile(
    # (an English name in brackets after the name: 谭启明（Adrian Tan）)
    # (闵子昂，创始人兼CEO：山东大学…<br>芦思甜，…: a colon after the role, <br> between members)
    rf"(?<=[；;／/|>])\s*(?P<name>{NAME})(?:\s*[（(][A-Za-z][A-Za-z .'-]{{0,30}}[)）])?"
    rf"\s*[，,]\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*"
    r"(?:[，,:：]\s*(?P<bio>[^；;|\n<]*))?(?=\s*(?:[；;／/|]|<br)|$)",
    re.MULTILINE,
)


# 联合创始人卜昭、阙敏；卜昭前隆平高科玉米育种总监，阙敏曾在…: one role for names listed, then
# a bio for each that opens with the name
_CELL_ROLE_LIST = re.compile(
    rf"(?<=[；;／/|])\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*"
    rf"(?P<names>(?:{NAME})(?:\s*[、和与及]\s*(?:{NAME}))+)\s*[；;]"
)


def _listed_after_role(text: str, start: int, end: int) -> list[Member]:
    match = _CELL_ROLE_LIST.search(text, start, end)
    if match is None:
        return []
    names = [n.strip() for n in re.split(r"[、和与及]", match.group("names"))]
    if not all(is_name(n) for n in names):
        return []
    # each bio opens with its name, after the list, and runs to the next bio
    opens = [text.find(n, match.end(), end) for n in names]
    if any(at < 0 for at in opens) or opens != sorted(opens):
        return []
    found = []
    for i, name in enumerate(names):
        at = match.start("names") + match.group("names").find(name)
        bio_end = opens[i + 1] if i + 1 < len(names) else end
        found.append(
            Member(name, (at, at + len(name)), match["role"], match.span("role"),
                   (opens[i] + len(name), bio_end))
        )
    return found


def _cell_members(text: str, start: int, end: int) -> list[Member]:
    """Members written one after another in a table cell, each NAME（ROLE）：bio,
    NAME（ROLE，bio）, NAME，ROLE，bio or ROLE NAME，bio, or ROLE NAME、NAME；NAME bio，NAME bio."""
    found = []
    matches = [m for m in _CELL_MEMBER.finditer(text, start, end) if is_name(m.group("name"))]
    named = [m for m in _CELL_NAME_ROLE.finditer(text, start, end) if is_name(m.group("name"))]
    # (谭启明（Adrian Tan），创始人，…: a gloss in brackets, no role, before the comma)
    if len(named) > len(matches):
        return [
            Member(m["name"], m.span("name"), m["role"], m.span("role"), m.span("bio"))
            for m in named
        ]
    listed = _listed_after_role(text, start, end)
    if listed and not matches:
        return listed
    if not matches:
        led = [m for m in _CELL_ROLE_FIRST.finditer(text, start, end) if is_name(m.group("name"))]
        if led:
            return [
                Member(m["name"], m.span("name"), m["role"], m.span("role"), m.span("bio"))
                for m in led
            ]
        for match in _CELL_BRACKETED.finditer(text, start, end):
            if is_name(match.group("name")):
                bio = match.span("bio") if match.group("bio") else (match.end(),) * 2
                found.append(
                    Member(
                        match.group("name"),
                        match.span("name"),
                        match.group("role"),
                        match.span("role"),
                        bio,
                    )
                )
        return found
    for i, match in enumerate(matches):
        bio_end = matches[i + 1].start() if i + 1 < len(matches) else end
        bracket = (match.group("bracket") or "").strip()
        role = bracket if ROLE_PHRASE.search(bracket) else None
        role_span = match.span("bracket") if role else None
        if role is None and match.group("lead"):  # 逄其朗的搭档、联合创始人郦向北：…
            role, role_span = match.group("lead"), match.span("lead")
        if role is None and (after := LEADING_ROLE.match(text[match.end() : bio_end])):
            # 郑沐阳：顾问，复旦大学…教授: the role opens the bio
            role = after.group("role")
            role_span = (match.end() + after.start("role"), match.end() + after.end("role"))
        found.append(
            Member(match.group("name"), match.span("name"), role, role_span, (match.end(), bio_end))
        )
    return found
