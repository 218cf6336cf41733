"""Demo-day posts: the projects a post presents and the team members it lists, in whatever
layout the post uses.

A project starts at a heading: a markdown heading, a line that is bold alone, 【name】, a
numbered entry (1. 知序｜一句话介绍), a table row, or a short line followed by the fields that
introduce a project (一句话介绍, 项目简介, 团队介绍). A member is a line that starts with a
person's name and a colon (贺知远：创始人兼CEO，…; **张三**（CTO）：…; 宋嘉禾： on its own line
with the bio on the next), or a table row's cells. Everything else — a prose paragraph naming the
founders in running text — is left to the prose reader, which reads each section with its
project as the company in question.

Each job has its module: `bio_records` (the Project and Member records, the words of names and
roles), `bio_headings` (which lines start a project), `bio_tables` (table rows and the members
their cells name) and `bio_lines` (the shapes of a member's line); this one finds the projects
and reads each section's members, trying the shapes in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pedigree.ingest.text.zh.bio_headings import (
    announces_round,
    has_fields,
    heading,
    heading_people,
    numbered_entries,
    without_subtitles,
)
from pedigree.ingest.text.zh.bio_lines import (
    ARROW_LABEL,
    BIO_WORDS,
    BOLD_NAME_ROLE,
    FIELD_ROLE,
    FIELDS,
    LEADING_ROLE,
    MEMBER,
    NAME_ALONE,
    NAME_FIELD,
    NAME_ROLE_LINE,
    ROLE_LED_MEMBER,
    alone_member,
    field_members,
    headed_member,
    inline_members,
    member_from,
)
from pedigree.ingest.text.zh.bio_records import (
    ROLE_PHRASE,
    Member,
    Project,
    is_name,
    line_spans,
    unlisted_name,
)
from pedigree.ingest.text.zh.bio_tables import TABLE_ROW, table_members, table_projects
from pedigree.ingest.text.zh.name_candidates import looks_like_name
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES

# Words in the head of a post that presents projects (not an article with section headings).
_DEMO_DAY = re.compile(
    r"路演|[Dd]emo ?[Dd]ay|创业营|加速营|加速器|孵化器|训练营|创新营|结营|项目|盘点|出走|"
    r"系创业者|创业者们|"
    r"家公司|位创始人|起融资|融资周报|融资快讯|融资汇总"
)
_FOUNDER_CUE = re.compile(r"创始人|联合创始人|创办|创立|联创|CEO|CTO|团队介绍|成员|创业")
# What someone founded, named in an entry's body: 他创办的秒枢, 一起创办了…品牌乳牙星球.
_FOUNDED_IN_BODY = re.compile(r"(?:创办|创立|创建|成立)(?:了|的)")


# A heading that is a phrase or an ordinal, no project's name: 给工厂算碳账 (a verb phrase after a
# preposition), 第二代 (a generation of a roundup), 转投兴盛优选 (where someone went instead).
_NOT_A_PROJECT = re.compile(
    r"(?:给|为|帮|让|把|用|从|向|对|替|跟)[\u4e00-\u9fff]+$|第[一二三四五六七八九十\d]+[代批期个]$"
    r"|(?:转投|转战|加入|加盟|跳槽|回归|回到|重返|出任|入职|留任|转岗)[\u4e00-\u9fffA-Za-z]+$"
    # 5. 庞澍：尚无定论 — no project yet, or none disclosed: words in a name's place
    r"|(?:尚[无未]|暂[无未时]|未[知明定披公透确]|待定|不详|去向|仍在|保密)[\u4e00-\u9fff]*$"
)


def _table_end(text: str, position: int) -> int:
    """Where the table that holds `position` ends: the first line after it that is no row."""
    line_end = text.find("\n", position)
    while line_end >= 0 and text.startswith("|", line_end + 1):
        line_end = text.find("\n", line_end + 1)
    return len(text) if line_end < 0 else line_end


def _head_line(text: str, project: Project) -> str:
    """The line of a project's heading."""
    end = text.find("\n", project.span[1])
    return text[project.body[0] : len(text) if end < 0 else end]


def projects(text: str) -> list[Project]:
    """The projects a demo-day post presents, in order; empty for other texts."""
    return list(_projects(text))


@lru_cache(maxsize=2)  # asked by the reader, then by `unread` of the same text
def _projects(text: str) -> tuple[Project, ...]:
    lines = line_spans(text)
    heads: list[tuple[int, int, str]] = []
    named: dict[int, tuple[tuple[str, int], ...]] = {}
    numbered = numbered_entries(lines)
    for i, (start, _, line) in enumerate(lines):
        found = heading(line, lines, i, numbered)
        if found is None or (
            _NOT_A_PROJECT.match(found) and not found.endswith(ORG_SUFFIXES)  # 为沃科技 is one
        ):
            continue
        title_start = start + line.find(found)
        heads.append((title_start, title_start + len(found), found))
        named[title_start] = heading_people(line, start, found)
    rows = {start for start, _, _ in table_projects(lines)}
    heads += table_projects(lines)
    heads = without_subtitles(text, sorted(heads))
    found = []
    for i, (start, end, name) in enumerate(heads):
        # (up to the next heading's line: its number or mark, 丨净厨环境, is no part of this body)
        body_end = (
            max(end, text.rfind("\n", 0, heads[i + 1][0]) + 1) if i + 1 < len(heads) else len(text)
        )
        if start in rows:
            body_end = min(body_end, _table_end(text, start))  # not the prose after the table
        body = text[end:body_end]
        if named.get(start) and name not in body and _FOUNDED_IN_BODY.search(body):
            # 4. 龚北辰：企业RPA … 他创办的秒枢: the words beside a person's name say what the
            # entry is about; its body names what was founded, never those words
            continue
        line_start = text.rfind("\n", 0, start) + 1
        found.append(Project(name, (start, end), (line_start, body_end), named.get(start, ())))
    with_members = [p for p in found if members(text, p)]
    described = [p for p in found if _FOUNDER_CUE.search(text[p.body[0] : p.body[1]])]
    if len(described) >= 2 and len(with_members) < 2 and not _DEMO_DAY.search(text[:600]):
        described = []  # headings of an article's parts (【人事任命】), not projects
    # ◆ 轨芯微｜B轮｜2亿元, 【朔源医疗｜1.2亿元A轮】: a roundup's entries, each a company by the
    # round its heading gives
    rounded = [p for p in found if announces_round(_head_line(text, p), p.name)]
    if len(rounded) < 2:
        rounded = []
    if len(with_members) >= 2 or len(described) >= 2 or rounded:
        fielded = [p for p in found if has_fields(text, p)] if _DEMO_DAY.search(text[:600]) else []
        if len(fielded) < 2:
            fielded = []  # a project without a team shows itself by its fields (一句话介绍：…)
        return tuple(
            p
            for p in found
            # a heading naming founders beside the company (No.2 柴立秋 → 深析智算) is an entry
            if p in with_members or p in described or p in fielded or p in rounded or p.founders
        )
    return _team_page(text)


# A company's own team page: its name heads the first line, with what the page is
# (蜂巢里 HIVE INSIDE ｜ 关于我们 › 核心团队).
_PAGE_HEAD = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,8})(?=[ A-Za-z]*[|｜›>·]|\s)"
    r"(?=[^\n]*(?:团队|关于我们|我们的人|Team|About))"
)


def _team_page(text: str) -> tuple[Project, ...]:
    """The page's company as the one project, where the page lists its members (two or more,
    a founder among them) under the head that names it."""
    head = _PAGE_HEAD.match(text)
    if head is None:
        return ()
    # the name as the page's body writes it (杏林堂中医 over a body that says 杏林堂)
    written, body = head.group("name"), text[head.end() :]
    name = next((written[:k] for k in range(len(written), 1, -1) if written[:k] in body), written)
    start = head.start("name")
    project = Project(name, (start, start + len(name)), (0, len(text)), page=True)
    team = members(text, project)
    if len(team) < 2 or not any(m.titled_founder for m in team):
        return ()
    return (project,)


@lru_cache(maxsize=512)  # asked once to find the projects, again to read them
def members(text: str, project: Project) -> tuple[Member, ...]:
    """The team members listed in a project's section."""
    start, end = project.body
    lines = [(s, e, ln) for s, e, ln in line_spans(text[start:end])]
    found: list[Member] = table_members(text, project) + inline_members(text, start, end)
    seen = {m.span for m in found}

    def keep(member: Member) -> None:
        if member.span not in seen:
            found.append(member)
            seen.add(member.span)

    for i, (s, e, line) in enumerate(lines):
        s, e = s + start, e + start
        if not line.strip() or TABLE_ROW.match(line):
            # A blank line names no one. Skipped before the patterns below: a mixed-language
            # post's other-language lines arrive blanked to spaces, and the patterns' runs of
            # \s* backtrack cubically over a long line of them.
            continue
        previous = next((ln for _, _, ln in reversed(lines[:i]) if ln.strip()), "")
        if previous.rstrip().endswith(("？", "?")):
            continue  # 禤之行：中联是客户… — an answer to the question before, not a member
        label = ARROW_LABEL.match(line)
        if label:  # 掌舵人 ▸ 危之谦｜创始人 · CEO｜…: the field's label stands before the member
            line = " " * label.end() + line[label.end() :]
        fields = FIELDS.match(line)
        if (
            fields
            and is_name(fields.group("name"))
            and ROLE_PHRASE.search(fields.group("role"))
            and (fields.group("sep") in "|｜/" or line.lstrip().startswith(("-", "*", "•", "·")))
        ):
            member = member_from(fields, s, (s + fields.start("bio"), s + fields.end("bio")))
            keep(member)
            continue
        role_line = NAME_ROLE_LINE.match(line)
        if role_line and is_name(role_line.group("name")) and ROLE_PHRASE.search(
            role_line.group("role") or role_line.group("spaced")
        ):
            # **鄧卓謙**｜創辦人兼行政總裁 on one line, the bio on the next
            after = [(ns + start, ne + start) for ns, ne, ln in lines[i + 1 :] if ln.strip()]
            nxt = after[0] if after else None
            bio = nxt if nxt and not NAME_ROLE_LINE.match(text[nxt[0] : nxt[1]]) else (e, e)
            member = member_from(role_line, s, bio)
            keep(member)
            continue
        bold = BOLD_NAME_ROLE.match(line)
        if bold and is_name(bold.group("name")):
            member = member_from(bold, s, (s + bold.start("bio"), e))
            keep(member)
            continue
        for member in field_members(line, s, lines[i + 1 :], start):
            keep(member)
        if FIELD_ROLE.match(line):
            continue
        head = headed_member(line, s)
        if head is not None:
            keep(head)
            continue
        led = ROLE_LED_MEMBER.match(line)
        if led and is_name(led.group("name")):
            # 创始人（CEO）司马骁：北京航空航天大学…: the role, then the name and the bio
            member = member_from(led, s, (s + led.start("rest"), e))
            keep(member)
            continue
        alone = NAME_ALONE.match(line)
        if alone and looks_like_name(alone.group("name")) and alone.start() != project.span[0] - s:
            member = alone_member(text, project, alone, s, lines[i + 1 :], start)
            if member is not None:
                keep(member)
            continue
        match = NAME_FIELD.match(line) or MEMBER.match(line)
        if not match:
            continue
        rest = match.group("rest").strip()
        if not is_name(match.group("name")) and not (
            # 远辉：首席失眠官，…: a name the surname table lacks, where a role follows the colon
            unlisted_name(match.group("name")) and LEADING_ROLE.match(rest + "，")
        ):
            continue
        name_start = s + match.start("name")
        name_span = (name_start, name_start + len(match.group("name")))
        bracket = match.group("bracket")
        role, role_span = None, None
        bio_start = s + match.start("rest")
        bio_end = e
        if not rest:
            # 宋嘉禾： on its own line, the bio on the next.
            nxt = next(
                ((ns + start, ne + start, ln) for ns, ne, ln in lines[i + 1 :] if ln.strip()), None
            )
            if nxt is None:
                continue
            bio_start, bio_end, rest = nxt[0], nxt[1], nxt[2]
        leading = LEADING_ROLE.match(rest + "，")
        if bracket and ROLE_PHRASE.fullmatch(bracket.strip()):
            role = bracket.strip()
            role_span = (s + match.start("bracket"), s + match.end("bracket"))
        elif leading:
            role = leading.group("role").strip()
            offset = text.find(role, bio_start, bio_end)
            role_span = (offset, offset + len(role)) if offset >= 0 else None
        if role is None and not BIO_WORDS.search(rest):
            continue
        if name_span not in seen:
            found.append(
                Member(match.group("name"), name_span, role, role_span, (bio_start, bio_end))
            )
    # (a bold project name over its prose, **衣序** then 衣序做的是…: the project, no member)
    return tuple(m for m in found if m.name != project.name)
