"""Founder bios in demo-day posts: one section per project (a heading, or a line that is bold
alone), a 团队介绍 block, and in it one paragraph per person, "姓名：角色，bio…".

Each such paragraph says who founded the project and in what role; the bio after the role is read
clause by clause (`pedigree.ingest.text.bio_clauses`) for schools, employers and credentials.
Prose team descriptions ("创始人团队来自…") name no one, so they yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pedigree.ingest.text.bio_clauses import clause_facts, clauses
from pedigree.ingest.text.bio_employers import sentence_slots
from pedigree.ingest.text.bio_roles import ROLE, ROLE_WORD, role_after, role_value
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.gazetteer import canonical_name
from pedigree.ingest.text.zh.bio_headings import has_content

_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*(?P<hashed>.+?)|\*\*(?P<bold>[^*\n]+)\*\*)[ \t]*$", re.M
)
# Headings that are labels inside a section or captions, not project names.
_NOT_A_PROJECT = re.compile(r"介绍|简介|名单|概览|图为|路演日|[:：]$")
# A heading's tail that describes or annotates the project rather than naming it: "Pigsty - 好用
# 省钱数据库", "外脑科技（属某某团队）", "某某机器人（康复&健身）", "某某科技（航空电推进系统）". A
# bracket holding another name (具身升维科技（LiftAI）, RhythMo（域动）) stays.
_NAME_TAIL = re.compile(
    r"[ ]+[-–—][ ]+[\u4e00-\u9fff].*$|[ ]*[(（][ ]*(?:(?:属于?|隶属于?|来自|原名?|即)[^)）]*|"
    r"[^)）]*(?:团队|旗下|系统|平台|方案|设备|服务)|[\u4e00-\u9fff]+[ ]?&[ ]?[\u4e00-\u9fff]+)"
    r"[ ]*[)）]$"
)
# "产品（公司）": a product heading whose bracket names the company (某某控制器平台（某某科技）).
_PRODUCT_OF = re.compile(
    r"(?:平台|工具链|系统|解决方案)[ *]*[(（][ *]*"
    r"(?P<company>[^()（）*]{2,12}?(?:科技|公司|智能|技术))[ *]*[)）]$"
)
_TEAM = re.compile(r"团队介绍")
_COLON = re.compile(r"[:：]")
# "姓名：" at the start of a paragraph: a Han name (with 博士/教授), a Latin one, or both, and an
# optional bracket holding a nickname or the role ("谢伟铎（Xwdit）：", "李依萌 （CEO）：").
_HAN = r"[\u4e00-\u9fff·]{2,5}"
_LATIN = r"(?:Prof\.|Dr\.)?[ ]?[A-Za-z][\w.'-]*(?:[ ][A-Z][\w.'-]*){0,3}"
_HONORIFIC = re.compile(r"^(?:Prof\.|Dr\.)[ ]?|(?:博士|教授|先生|女士)$")
_NOT_A_NAME = re.compile(r"团队|成员|介绍|顾问团|项目|公司|产品|核心|愿景|使命|优势|技术")
_PERSON = re.compile(
    rf"[ *]*(?:(?P<lead>{ROLE_WORD})[ ]+)?"
    rf"(?P<name>(?:{_LATIN}[ ]?{_HAN}|{_HAN}[ ]?{_LATIN}|{_HAN}|{_LATIN}))"
    r"[ ]*(?:[(（](?P<bracket>[^)）\n]{1,30})[)）])?[ *]*(?:[:：]|(?P<comma>[,，]))[ *]*"
)
_TRAILING_ROLE = re.compile(rf"[ ]({ROLE_WORD})$")
_ROLE_IN_NAME = re.compile(rf"^{ROLE_WORD}$|联创|创始|负责人|总监|顾问|首席")
_FOUNDED_BY = re.compile(
    r"由(?P<names>[\u4e00-\u9fff]{2,3}(?:[、与和及][\u4e00-\u9fff]{2,3})+)(?:于[^，。]{0,10})?"
    r"(?P<jointly>共同|联合)?(?:创立|创办|创建)"
)
_ADVISOR_ONLY = re.compile(r"^[^创联]*顾问$")


@dataclass(frozen=True)
class Founder:
    """One "姓名：角色，bio" paragraph, as spans of the text."""

    name: str  # Simplified, without honorific or bracket
    name_span: tuple[int, int]
    nickname: str | None
    written_end: int  # end of the name as written, with its bracket
    role: str | None
    role_span: tuple[int, int] | None
    bio_span: tuple[int, int]


def is_bio_list(text: Text) -> bool:
    """A demo-day style list: several 团队介绍 blocks, or several "姓名：角色，" paragraphs."""
    if len(_TEAM.findall(text.folded)) >= 2:
        return True
    lines = text.folded.split("\n")
    return sum(1 for line in lines if _founder_head(line) is not None) >= 3


def extract_bios(text: Text) -> list[Fact]:
    facts: list[Fact] = []
    for project, project_span, team in _sections(text):
        org = canonical_name(project)
        for founder in _founders(text, *team):
            facts.extend(_founder_facts(text, org, project_span, founder))
    return facts


def _sections(text: Text) -> Iterator[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(project name, its span, the span of its team block) for each project with a team block.
    A heading right after another with nothing between is a subtitle, not a new project."""
    headings = []
    last_end = 0
    for match in _HEADING.finditer(text.folded):
        group = "hashed" if match.group("hashed") else "bold"
        start, end = _strip(text.folded, *match.span(group), " *")
        title = text.folded[start:end]
        if not title or _NOT_A_PROJECT.search(title) or group == "bold" and _COLON.search(title):
            continue  # a bold paragraph "**姓名：角色**" is a person, not a project
        if headings and not has_content(text.folded[last_end : match.start()]):
            continue
        last_end = match.end()
        company = _PRODUCT_OF.search(text.folded, start, end)
        if company:
            start, end = company.span("company")
        tail = _NAME_TAIL.search(text.folded, start, end)
        if tail and tail.start() > start + 1:
            end = _strip(text.folded, start, tail.start(), " *")[1]
        headings.append((start, end))
    bounds = [*headings, (len(text.folded), len(text.folded))]
    for (start, end), (next_start, _) in zip(headings, bounds[1:], strict=False):
        team = _TEAM.search(text.folded, end, next_start)
        if team is None:
            continue
        block_start = text.folded.find("\n", team.end(), next_start)
        if block_start < 0:
            continue
        name = re.sub(r"\s+", " ", text.folded[start:end].replace("*", "")).strip()
        yield name, (start, end), (block_start, next_start)


def _founders(text: Text, start: int, end: int) -> Iterator[Founder]:
    offset = start
    headed: list[Founder] = []
    prose: list[Founder] = []
    for line in text.folded[start:end].split("\n"):
        founder = _founder_head(line, offset)
        if founder is not None:
            headed.append(founder)
        else:
            prose.extend(_prose_founders(line, offset))
        offset += len(line) + 1
    yield from headed or prose  # prose names the founders only where no paragraph does


_INITIAL = re.compile(r"[A-Z]")


def _founder_head(line: str, offset: int = 0) -> Founder | None:
    match = _PERSON.match(line)
    if match is None or len(line) - match.end() < 2:
        return None
    name_start, name_end = match.span("name")
    name = line[name_start:name_end]
    honorific = _HONORIFIC.search(name)
    while honorific and honorific.end() - honorific.start() < len(name):
        if honorific.start() == 0:
            name_start += honorific.end()
        else:
            name_end -= honorific.end() - honorific.start()
        name = line[name_start:name_end].strip()
        honorific = _HONORIFIC.search(name)
    initial = _INITIAL.fullmatch(name) and name_end < match.end("name")  # "L博士："
    if _NOT_A_NAME.search(name) or len(name) < 2 and not initial:
        return None
    if _ROLE_IN_NAME.search(name if not _TRAILING_ROLE.search(name) else ""):
        return None  # "CEO：…", "嵌入式联创：…": a role with no name
    bracket = match.group("bracket")
    role, role_span = None, None
    bio_start = match.end()
    trailing = _TRAILING_ROLE.search(name)
    bracket_is_role = bool(bracket and ROLE.fullmatch(bracket.strip()))
    if match.group("lead"):  # "CEO 焦云皓："
        role_span = match.span("lead")
    elif trailing:  # "RZ CEO：" — the role written before the colon
        role_span = (name_start + trailing.start(1), name_start + trailing.end(1))
        name_end = name_start + trailing.start()
        name = line[name_start:name_end]
    elif bracket_is_role:
        role_span = _strip(line, *match.span("bracket"), " ")
    else:
        found = role_after(line, match.end())
        if found is not None:
            role_span, bio_start = found[:2], found[2]
    if match.group("comma") and role_span is None:
        return None  # "姓名，角色。" only when a role follows the comma
    if role_span is not None:
        role = role_value(line[role_span[0] : role_span[1]])
        role_span = (role_span[0] + offset, role_span[1] + offset)
    nickname = bracket.strip() if bracket and not bracket_is_role else None
    return Founder(
        name=" ".join(name.split()),
        name_span=(name_start + offset, name_end + offset),
        nickname=nickname,
        written_end=offset + (match.end("bracket") + 1 if match.group("bracket") else name_end),
        role=role,
        role_span=role_span,
        bio_span=(bio_start + offset, len(line.rstrip()) + offset),
    )


def _prose_founders(line: str, offset: int) -> Iterator[Founder]:
    """ "公司由甲、乙与丙联合创立": the people a team paragraph says founded the company."""
    for match in _FOUNDED_BY.finditer(line):
        role = "联合创始人" if match.group("jointly") or "、" in match.group("names") else "创始人"
        for name in re.finditer(r"[^、与和及]+", match.group("names")):
            s, e = match.start("names") + name.start(), match.start("names") + name.end()
            if _NOT_A_NAME.search(name.group()):
                continue
            span = (s + offset, e + offset)
            yield Founder(name.group(), span, None, span[1], role, None, (span[1], span[1]))


def _founder_facts(
    text: Text, org: str, project_span: tuple[int, int], founder: Founder
) -> list[Fact]:
    person = founder.name
    head = (founder.name_span[0], (founder.role_span or founder.name_span)[1])
    # The written form keeps Traditional characters and the bracketed nickname: 謝偉鐸（Xwdit）.
    written_end = founder.written_end if founder.nickname else founder.name_span[1]
    written = text.original[founder.name_span[0] : written_end]
    aliases = {person: written} if written != person else {}
    project_written = text.original[project_span[0] : project_span[1]].replace("*", "").strip()
    if project_written != org:
        aliases[org] = project_written
    facts = []
    if founder.role and _ADVISOR_ONLY.match(founder.role):
        facts.append(
            text.fact("employment", head, 0.8, aliases, person=person, org=org, title=founder.role)
        )
    else:
        facts.append(
            text.fact("founded", head, 0.9, aliases, person=person, org=org, role=founder.role)
        )
    slots = sentence_slots(text.folded, *founder.bio_span)
    for start, end in clauses(text.folded, *founder.bio_span):
        facts.extend(clause_facts(text, person, org, start, end, slots))
    return facts


def _strip(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
