"""Demo-day records: a Project, a team Member (a founder or not), the words of names and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pedigree.ingest.text.zh.foreign_names import foreign_names
from pedigree.ingest.text.zh.name_candidates import dictionary, given_name_like, surnames

ROLE = (
    r"(?:联合创始人|联合创办人|共同创始人|创始合伙人|创始人|创办人|联创|合伙人|首席[\u4e00-\u9fff]{1,6}官|"
    r"首席[\u4e00-\u9fff]{1,4}师|"  # (首席工程师: a hire's post on the team)
    r"C[A-Z]{1,3}O|VP|总裁|董事长|总经理|顾问|[\u4e00-\u9fff]{0,6}负责人|[\u4e00-\u9fff]{0,6}总监|"
    r"[\u4e00-\u9fff]{0,4}顾问|科学家|首席科学家|技术合伙人|产品合伙人)"
)
ROLE_PHRASE = re.compile(rf"{ROLE}(?:\s*(?:/|&|、|兼|和|及|\+)\s*{ROLE})*", re.IGNORECASE)
NAME = (
    # 蒂莫·克劳斯, 贺知远, Karen Wang
    r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,6}){1,2}|[\u4e00-\u9fff]{2,4}"
    r"|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}"
)
_BRACKETED = re.compile(r"[（(][^)）]*[)）]")
_ADVISOR = re.compile(
    r"^[^创联]*顾问$|^(?:(?:scientific|technical|academic|board)\s+)?advis[oe]rs?$|^mentor$", re.I
)
# Words a field label is made of, never a name: 项目简介, 团队成员, 方向, 和科学…
NOT_A_NAME = re.compile(
    r"介绍|简介|项目|团队|成员|方向|背景|亮点|进展|融资|产品|核心|顾问|科学|技术|公司|愿景|使命|优势|路演|"
    r"^[和与及或的在]|^于(?![\u4e00-\u9fff]{1,2}$)"  # (于文浩 is a name: 于 is a surname too)
    # a post's credits (文字：小奇｜排版：大绩): who wrote or laid out the post, not a member
    r"|^(?:文字|排版|编辑|校对|责编|美编|设计|图片|摄影|来源|撰文|出品|策划|监制|审核)$"
    # 贺一帆注：…, 编者按：…: a writer's or editor's note, signed, not a member
    r"|^[\u4e00-\u9fff]{2,3}[注按]$"
)


@dataclass(frozen=True)
class Project:
    name: str
    span: tuple[int, int]  # the name in the text
    body: tuple[int, int]  # from the heading to the next project
    founders: tuple[tuple[str, int], ...] = ()  # people the heading names: 昆极光电：雷栩
    page: bool = False  # the company's own team page, not a demo-day entry


_FIRST_CLAUSE = re.compile(r"[：:\s]*[^，,。；;\n]{0,12}")
# A member's role: said to be no founder, a founder's, or a chief's (see Member.founder).
_NOT_FOUNDER_ROLE = re.compile(r"非创始|非联合创始|不是创始|员工|实习")
_FOUNDER_ROLE = re.compile(r"创始|创办|联创|(?<![营务])合伙人")  # (not 运营合伙人: a hire's title)
# (首席工程师, 首席染色师, 首席研究员: a post, not a chief officer)
_CHIEF_ROLE = re.compile(r"^C[A-Z]{1,3}O|CEO|CTO|COO|首席(?![\u4e00-\u9fff]{1,4}[师员])")


@dataclass(frozen=True)
class Member:
    name: str
    span: tuple[int, int]
    role: str | None
    role_span: tuple[int, int] | None
    bio: tuple[int, int]

    def __post_init__(self) -> None:
        if self.role is not None:  # **温知许｜创始人兼CEO**: the bold marks close after the role
            object.__setattr__(self, "role", self.role.strip().strip("*").strip() or None)

    @property
    def advisor(self) -> bool:
        # (首席科学顾问（兼职）: what the brackets add keeps an advisor one)
        role = _BRACKETED.sub("", self.role or "").replace(" ", "")
        return bool(role and _ADVISOR.match(role))

    @property
    def titled_founder(self) -> bool:
        """The role says so (联合创始人 & COO): what makes a founder on a company's own page,
        where a chief without that word (首席技术官) was hired."""
        role = (self.role or "").replace(" ", "")
        return bool(_FOUNDER_ROLE.search(role)) and not _NOT_FOUNDER_ROLE.search(role)

    def founder(self, text: str = "", project: str = "") -> bool:
        """Listed on a demo-day team, so one of its founders — unless an advisor, someone the
        post says is no founder (首席科学家（非创始成员）), or a hire whose bio says when they
        joined (产品负责人：…，2024年底加入链墨)."""
        written = (self.role or "").replace(" ", "")
        if self.advisor or _NOT_FOUNDER_ROLE.search(written):
            return False
        role = _BRACKETED.sub("", written)  # (首席设计师（2024年加入）: the post, then a note)
        if _FOUNDER_ROLE.search(role):
            return True
        bio = text[self.bio[0] : self.bio[1]]
        if not written and _NOT_FOUNDER_ROLE.search(_FIRST_CLAUSE.match(bio).group()):
            return False  # 方俊：首位员工，设备运维负责人: the bio's first words say so
        joined = _joined(bio, project) or _joined(written, project)
        if _CHIEF_ROLE.search(role):
            # 首席运营官, but “2025 年加入声屿”: a hire; 首席科学家 …教授（兼职）: part-time
            # (the role's own bracket may say it: 首席科学家（兼职）)
            return not joined and not re.search(
                r"[（(]兼职[)）]|以兼职|兼职形式|兼职参与", written + "\n" + bio
            )
        if re.search(
            r"负责人|总监|经理|工程师|研究员|主管|专家|(?<!首席)科学家|Head|Engineer|Lead"
            r"|[\u4e00-\u9fff]师$",  # (首席染色师, 营养师: a craft's post)
            role,
        ):
            return False  # 硬件负责人, 算法工程师: a post on the team, not a founding
        return not joined


# When a member joined: 2024年底加入, 随后加盟团队. Each part is its own pattern so that no pattern
# is built per project: one per member would push the readers' fixed patterns out of re's cache.
_JOIN_VERB = re.compile(r"加入|加盟")
_JOIN_WHEN = re.compile(r"(?:\d{4}\s?年|年底|年初|月|后|随后|之后)[^，,。；;]{0,6}\Z")
# (… or the role's bracket closing: COO（2025年加入）)
_JOIN_OBJECT = re.compile(r"\s?(?:团队|公司|项目|我们)?(?=[，,。；;\s)）]|$)")
_CLAUSE_EDGE = re.compile(r"(?=[，,。；;\s]|$)")


def _joined(bio: str, project: str) -> bool:
    """Whether the bio says when its person joined this project (“2025 年加入声屿”, 随后加入团队),
    not an earlier employer (后加入Outreach): a time, at most six characters, 加入 or 加盟, then
    nothing, the project (or its first two characters) or a word for it before the clause ends."""
    own = {p for p in {project, project[:2]} if len(p) >= 2}
    for verb in _JOIN_VERB.finditer(bio):
        if not _JOIN_WHEN.search(bio, 0, verb.start()):
            continue
        after = verb.end()
        if _JOIN_OBJECT.match(bio, after):
            return True
        for at in (after, after + 1) if bio[after : after + 1].isspace() else (after,):
            if any(bio.startswith(p, at) and _CLAUSE_EDGE.match(bio, at + len(p)) for p in own):
                return True
    return False


def line_spans(text: str) -> list[tuple[int, int, str]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line), line))
        position += len(line) + 1
    return lines


_HAN_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}")


def is_name(name: str) -> bool:
    """A member's name where the layout says a name stands: a surname and given characters
    (any: 李向南, 陈思为), or a Latin name."""
    if NOT_A_NAME.search(name):
        return False
    if "·" in name:
        return name in foreign_names(name)
    if _HAN_NAME_ONLY.fullmatch(name):
        single, compound = surnames()
        return name[0] in single or name[:2] in compound
    return bool(re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,2}", name))


def unlisted_name(name: str) -> bool:
    """A member's name whose surname the table lacks (远辉: a rare surname, or a given name used
    alone), for a line whose layout and role already say a person stands there: two or three
    Han characters that make no dictionary word, one of them a character names are made of."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or NOT_A_NAME.search(name):
        return False
    return dictionary()[0].get(name) is None and given_name_like(name)
