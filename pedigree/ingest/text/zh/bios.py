"""Demo-day posts: the projects a post presents and the team members it lists, in whatever
layout the post uses.

A project starts at a heading: a markdown heading, a line that is bold alone, 【name】, a
numbered entry (1. 知序｜一句话介绍), a table row, or a short line followed by the fields that
introduce a project (一句话介绍, 项目简介, 团队介绍). A member is a line that starts with a
person's name and a colon (贺知远：创始人兼CEO，…; **张三**（CTO）：…; 宋嘉禾： on its own line
with the bio on the next), or a table row's cells. Everything else — a prose paragraph naming the
founders in running text — is left to the prose reader, which reads each section with its
project as the company in question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES
from pedigree.ingest.text.zh.people import foreign_names, looks_like_name, ordinariness, surnames

_LABEL = (
    r"(?:一句话介绍|一句话简介|项目简介|项目介绍|产品介绍|团队介绍|团队成员|核心团队|创始团队|团队|"
    r"融资情况|融资进展|项目亮点|商业模式)"
)
_LABEL_LINE = re.compile(rf"^\s*\**\s*【?{_LABEL}】?\s*\**\s*[:：]?")
_NOT_PROJECT = re.compile(
    rf"^{_LABEL}$|介绍|简介|名单|概览|回顾|速览|全览|项目$|以下|路演|Demo ?Day|demo ?day|合影|"
    r"图片|说明|补充|备注|附|"
    r"关于|联系|招聘|附录|总结|结语|投资人|嘉宾|评委|扫码|目录"
)
_MARKDOWN = re.compile(r"^\s*#{1,6}\s*(?P<title>.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\n]{1,40}?)\*\*\s*$")
# (【01】踏浪动力——…: a number in the brackets is the entry's, read by _NUMBERED)
_BRACKETED = re.compile(r"^\s*\**\s*【(?!\s*\d{1,2}\s*】)(?P<title>[^】\n]{1,30})】")
_NUMBER = (
    # an emoji or a symbol may lead: 🔹 卡片 01｜鲲微传感, ▍项目三：…
    r"^\s*(?:[^\w\s（(【〔\[#*]{1,3}\s*)?"
    r"(?:[(（〔【\[]\d{1,2}[)）〕】\]]\s*(?:[.、．:：|｜]\s*)?|"  # 〔01〕岳工智控, (3) 知序
    r"(?:No\.?\s?\d{1,2}|#\d{1,2}|第[一二三四五六七八九十\d]{1,3}[位个家名]?|"
    r"(?:项目|卡片|团队|案例|Project|Team|Card)\s?[一二三四五六七八九十\d]{1,3}|"
    r"\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[.、．)）:：]|\s*[|｜]|\s(?=\S)))\s*\**"
)
_NUMBERED = re.compile(_NUMBER + r"(?P<title>[^\n]{1,40}?)\**\s*$")
# (未来动力-具身智能“动力引擎”: a hyphen between Han words starts a tagline too; S-Lab stays)
_TITLE_END = re.compile(
    r"\s*(?:[|｜—–:：（(]|\s-\s|\s[·•]\s|→|->|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])).*$"
)
# 智能驾驶域控制器平台（磐易科技）: a product, then the company behind it in brackets.
_PRODUCT_OF = re.compile(
    r"(?:平台|工具链|系统|解决方案|引擎)\s*[(（]\s*"
    r"(?P<company>[^()（）]{2,12}?(?:科技|公司|智能|技术|集团))\s*[)）]\s*$"
)
# (^\s*+: possessive, as | is no space: a blanked line's spaces are read once, not given back)
_TABLE_ROW = re.compile(r"^\s*+\|(?P<cells>.+)\|\s*$")
_ROLE = (
    r"(?:联合创始人|联合创办人|共同创始人|创始合伙人|创始人|创办人|联创|合伙人|首席[\u4e00-\u9fff]{1,6}官|"
    r"C[A-Z]{1,3}O|VP|总裁|董事长|总经理|顾问|[\u4e00-\u9fff]{0,6}负责人|[\u4e00-\u9fff]{0,6}总监|"
    r"[\u4e00-\u9fff]{0,4}顾问|科学家|首席科学家|技术合伙人|产品合伙人)"
)
ROLE_PHRASE = re.compile(rf"{_ROLE}(?:\s*(?:/|&|、|兼|和|及|\+)\s*{_ROLE})*", re.IGNORECASE)
_NAME = (
    # 蒂莫·克劳斯, 贺知远, Karen Wang
    r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,6}){1,2}|[\u4e00-\u9fff]{2,4}"
    r"|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}"
)
# 张璐帅博士：创始人/CEO, Michael Yuan 博士：… — an honorific between the name and the colon
_HONORIFIC = r"(?:\s?(?:博士|教授|先生|女士|老师|医生))?"
_LAZY_NAME = _NAME.replace("[\u4e00-\u9fff]{2,4}", "[\u4e00-\u9fff]{2,4}?")
_MEMBER = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?P<name>{_LAZY_NAME}){_HONORIFIC}\s*\**\s*"
    rf"(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?\s*\**\s*[:：]\s*\**\s*(?P<rest>.*)$"
)
# **鄧卓謙**｜創辦人兼行政總裁 — a name and a role alone on a line (the bio follows on the next).
_NAME_ROLE_LINE = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**(?P<name>{_LAZY_NAME})(?:\s*[（(][^)）\n]{{1,24}}[)）])?\**\s*"
    rf"[|｜/]\s*(?P<role>[^|｜/\n]{{1,24}}?)\s*$"
)
# **卓玛央金** 创始人兼CEO。前星巴克中国…: a bold name, its role after a space, then the bio.
_BOLD_NAME_ROLE = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\*\*\s*(?P<name>{_NAME})(?:\s*[（(][^)）\n]{{1,24}}[)）])?\s*\*\*"
    rf"\s*(?P<role>(?:{_ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{_ROLE}))*)\s*[。，,；;]\s*(?P<bio>.*)$"
)
# 姓名：边照 on its own line, the role and bio on the next: the name as a field's value.
_NAME_FIELD = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?:姓名|名字|成员姓名)\s*\**\s*[:：]\s*\**\s*(?P<name>{_NAME})"
    rf"\s*\**\s*(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?\s*(?P<rest>)$"
)
# 卫思源 | 创始人、CEO | 连续创业者…; · 桂欣，创始人，前美团…: a member as fields on a line.
_FIELDS = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**(?P<name>{_LAZY_NAME}){_HONORIFIC}\**\s*(?P<sep>[|｜/，,])\s*"
    rf"(?P<role>[^|｜/，,\n]{{1,24}}?)\s*(?:(?P=sep)|(?<=[^|｜/\s])\s*[，,])\s*(?P<bio>.+)$"
)
_LEADING_ROLE = re.compile(
    rf"^\s*(?P<role>(?:{_ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{_ROLE}))*)\s*[，,。；;：:\s]"
)
_ADVISOR = re.compile(
    r"^[^创联]*顾问$|^(?:(?:scientific|technical|academic|board)\s+)?advis[oe]rs?$|^mentor$", re.I
)
# Words a field label is made of, never a name: 项目简介, 团队成员, 方向, 和科学…
_NOT_A_NAME = re.compile(
    r"介绍|简介|项目|团队|成员|方向|背景|亮点|进展|融资|产品|核心|顾问|科学|技术|公司|愿景|使命|优势|路演|"
    r"^[和与及或的在]|^于(?![\u4e00-\u9fff]{1,2}$)"  # (于文浩 is a name: 于 is a surname too)
)
# Words in the head of a post that presents projects (not an article with section headings).
_DEMO_DAY = re.compile(
    r"路演|[Dd]emo ?[Dd]ay|创业营|加速营|加速器|孵化器|训练营|创新营|结营|项目|盘点|出走|"
    r"系创业者|创业者们|"
    r"家公司|位创始人"
)
_FOUNDER_CUE = re.compile(r"创始人|联合创始人|创办|创立|联创|CEO|CTO|团队介绍|成员|创业")
# A heading that names a part of an article, not a project.
_GENERIC_PART = (
    r"事件|公司|产品|团队|观点|融资|背景|概况|业务|数据|方面|财务|用户|市场|行业|展望|回顾|问答|对话|人物|"
    r"故事|投资方|投资人|招股|董事|管理层|风险|前景|经营|核心|项目|信息|历程|简介|情况|亮点|观察|点评|总结|"
    r"基本|发展|技术|商业|模式|竞争|格局|未来|计划|资金|用途|股东|高管|成员|履历|经历"
)
_SECTION_WORDS = re.compile(
    rf"^(?:(?:{_GENERIC_PART})(?:与|和|及|、|的)?)+$|"
    r"^第.+[章节部]|观察$|点评$"
)


@dataclass(frozen=True)
class Project:
    name: str
    span: tuple[int, int]  # the name in the text
    body: tuple[int, int]  # from the heading to the next project
    founders: tuple[tuple[str, int], ...] = ()  # people the heading names: 昆极光电：雷栩


# A member's role: said to be no founder, a founder's, or a chief's (see Member.founder).
_NOT_FOUNDER_ROLE = re.compile(r"非创始|非联合创始|不是创始|员工|实习")
_FOUNDER_ROLE = re.compile(r"创始|创办|联创|合伙人")
_CHIEF_ROLE = re.compile(r"^C[A-Z]{1,3}O|CEO|CTO|COO|首席")


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
        return bool(self.role and _ADVISOR.match(self.role.replace(" ", "")))

    def founder(self, text: str = "", project: str = "") -> bool:
        """Listed on a demo-day team, so one of its founders — unless an advisor, someone the
        post says is no founder (首席科学家（非创始成员）), or a hire whose bio says when they
        joined (产品负责人：…，2024年底加入链墨)."""
        role = (self.role or "").replace(" ", "")
        if self.advisor or _NOT_FOUNDER_ROLE.search(role):
            return False
        if _FOUNDER_ROLE.search(role):
            return True
        bio = text[self.bio[0] : self.bio[1]]
        joined = _joined(bio, project)
        if _CHIEF_ROLE.search(role):
            # 首席运营官, but “2025 年加入声屿”: a hire; 首席科学家 …教授（兼职）: part-time
            return not joined and not re.search(r"[（(]兼职[)）]|以兼职|兼职形式|兼职参与", bio)
        if re.search(
            r"负责人|总监|经理|工程师|研究员|主管|专家|(?<!首席)科学家|Head|Engineer|Lead", role
        ):
            return False  # 硬件负责人, 算法工程师: a post on the team, not a founding
        return not joined


# When a member joined: 2024年底加入, 随后加盟团队. Each part is its own pattern so that no pattern
# is built per project: one per member would push the readers' fixed patterns out of re's cache.
_JOIN_VERB = re.compile(r"加入|加盟")
_JOIN_WHEN = re.compile(r"(?:\d{4}\s?年|年底|年初|月|后|随后|之后)[^，,。；;]{0,6}\Z")
_JOIN_OBJECT = re.compile(r"\s?(?:团队|公司|项目|我们)?(?=[，,。；;\s]|$)")
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


def _lines(text: str) -> list[tuple[int, int, str]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line), line))
        position += len(line) + 1
    return lines


# A heading that is a phrase or an ordinal, no project's name: 给工厂算碳账 (a verb phrase after a
# preposition), 第二代 (a generation of a roundup).
_NOT_A_PROJECT = re.compile(
    r"(?:给|为|帮|让|把|用|从|向|对|替|跟)[\u4e00-\u9fff]+$|第[一二三四五六七八九十\d]+[代批期个]$"
)


def projects(text: str) -> list[Project]:
    """The projects a demo-day post presents, in order; empty for other texts."""
    return list(_projects(text))


@lru_cache(maxsize=2)  # asked by the reader, then by `unread` of the same text
def _projects(text: str) -> tuple[Project, ...]:
    lines = _lines(text)
    heads: list[tuple[int, int, str]] = []
    named: dict[int, tuple[tuple[str, int], ...]] = {}
    numbered = _numbered_entries(lines)
    for i, (start, _, line) in enumerate(lines):
        found = _heading(line, lines, i, numbered)
        if found is None or (
            _NOT_A_PROJECT.match(found) and not found.endswith(ORG_SUFFIXES)  # 为沃科技 is one
        ):
            continue
        title_start = start + line.find(found)
        heads.append((title_start, title_start + len(found), found))
        named[title_start] = _heading_people(line, start, found)
    heads += _table_projects(lines)
    heads = _without_subtitles(text, sorted(heads))
    found = []
    for i, (start, end, name) in enumerate(heads):
        body_end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        line_start = text.rfind("\n", 0, start) + 1
        found.append(Project(name, (start, end), (line_start, body_end), named.get(start, ())))
    with_members = [p for p in found if members(text, p)]
    described = [p for p in found if _FOUNDER_CUE.search(text[p.body[0] : p.body[1]])]
    if len(described) >= 2 and len(with_members) < 2 and not _DEMO_DAY.search(text[:600]):
        described = []  # headings of an article's parts (【人事任命】), not projects
    if len(with_members) >= 2 or len(described) >= 2:
        fielded = [p for p in found if _fielded(text, p)] if _DEMO_DAY.search(text[:600]) else []
        if len(fielded) < 2:
            fielded = []  # a project without a team shows itself by its fields (一句话介绍：…)
        return tuple(
            p
            for p in found
            # a heading naming founders beside the company (No.2 柴立秋 → 深析智算) is an entry
            if p in with_members or p in described or p in fielded or p.founders
        )
    return ()


def _without_subtitles(text: str, heads: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two headings of one kind with nothing between name one project: "# Neurobo" over "#
    赋能二次元周边的「养谷」平台". The project is the one the section's text goes on to name,
    else the first; the other is its tagline. (A heading over one of another kind — a sector's
    "## 企业服务" over "### 某某科技" — is left: the first has no team and drops out.)"""
    kept: list[tuple[int, int, str]] = []
    for i, head in enumerate(heads):
        last = kept[-1] if kept else None
        if last is None or has_content(text[last[1] : text.rfind("\n", 0, head[0]) + 1]):
            kept.append(head)
            continue
        if _heading_kind(text, last[0]) != _heading_kind(text, head[0]):
            kept.append(head)
            continue
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        body = text[head[1] : end]
        if head[2] in body and last[2] not in body:
            kept[-1] = head
    return kept


def _heading_kind(text: str, position: int) -> str:
    """The mark a heading's line opens with: "#"×level, "**", or "" for other kinds."""
    line = text[text.rfind("\n", 0, position) + 1 : position].strip()
    hashes = re.match(r"#+", line)
    return hashes.group() if hashes else "**" if line.startswith("**") else line[:1]


def has_content(between: str) -> bool:
    """Whether text between two headings says anything: not only blank lines and images."""
    lines = (line.strip(" \t*#") for line in between.split("\n"))
    return any(line and not line.startswith("![") for line in lines)


def _fielded(text: str, project: Project) -> bool:
    """A project section laid out in labelled fields, its first within a few lines of the
    heading: presented even when no one on the team is named."""
    lines = text[project.span[1] : project.body[1]].split("\n")[1:6]
    # the cheap test first: _LABEL_LINE backtracks over a line blanked to spaces
    return any(line.strip(" *") and _LABEL_LINE.match(line) for line in lines)


# 创始人（CEO）司马骁：…, 联合创始人兼CTO 秋禾：…: a member line that opens with the role.
_ROLE_LED_MEMBER = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?P<role>(?:{_ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{_ROLE}))*"
    rf"(?:\s*[（(][^)）\n]{{1,12}}[)）])?)\s*\**\s*(?P<name>{_LAZY_NAME})\s*\**\s*[:：]\s*\**"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A separator line that numbers the entry below it: — 01 —, - 2 -, ── 03 ──
_NUMBER_RULE = re.compile(r"^\s*+[—–─-]{1,3}\s*\d{1,2}\s*[—–─-]{1,3}\s*$")  # (\s*+ as above)


def _numbered_entries(lines: list) -> bool:
    """Whether the post numbers its entries with rules (— 01 —)."""
    return any(_NUMBER_RULE.match(ln) for _, _, ln in lines)


def _heading(line: str, lines: list, i: int, numbered: bool = False) -> str | None:
    if not line.strip():
        # Every heading has a mark, a number or a name. Returned before the patterns: their runs
        # of \s* backtrack over a mixed-language post's other-language lines, blanked to spaces.
        return None
    before = next((ln for _, _, ln in reversed(lines[max(0, i - 2) : i]) if ln.strip()), "")
    if _NUMBER_RULE.match(before) and line.strip():
        return _project_name(line)  # — 01 — / 鲸芽 · 给宠物医院用的 AI 影像助手
    for pattern in (_MARKDOWN, _BOLD_LINE, _BRACKETED, _NUMBERED):
        match = pattern.match(line)
        if match:
            if pattern is _BOLD_LINE and looks_like_name(match.group("title").strip()):
                following = next((ln for _, _, ln in lines[i + 1 : i + 3] if ln.strip()), "")
                if numbered or _LEADING_ROLE.match(following.strip() + "，"):
                    # **房思远** under a numbered entry, or with 创始人兼CEO。… on the next line:
                    # a member, named on their own line
                    return None
            return _project_name(match.group("title"))
    stripped = line.strip()
    if 2 <= len(stripped) <= 16 and not re.search(r"[，。；：:！？,.!?|｜;]", stripped):
        following = [ln for _, _, ln in lines[i + 1 : i + 3] if ln.strip()]
        if following and _LABEL_LINE.match(following[0]):
            return _project_name(stripped)
    return None


def _heading_people(line: str, offset: int, project: str) -> tuple[tuple[str, int], ...]:
    """The founders a list heading names beside the company: 昆极光电：雷栩,
    廖星野、祝晗｜驰野智驾."""
    rest = line.replace(project, " " * len(project), 1)
    number = re.match(_NUMBER, rest)
    if number:
        rest = " " * number.end() + rest[number.end() :]  # 项目一：铱光微纳 — 项目一 is no name
    found = []
    for match in re.finditer(r"[\u4e00-\u9fff·]{2,4}", rest):
        name = match.group()
        before = rest[: match.start()].rstrip(" *")
        after = rest[match.end() :].lstrip(" *")
        joined = (not before or before[-1] in "：:｜|、和与及,，.．)）0123456789>→—") and (
            not after or after[0] in "：:｜|、和与及,，→-—·•"
        )
        if joined and looks_like_name(name):
            found.append((name, offset + match.start()))
    return tuple(found)


_BAR_LEAD = re.compile(r"^[|｜]\s*")
_ENTRY_NUMBER = re.compile(r"^(?:No\.?\s?)?\d{1,2}(?:\s*[|｜]\s*|\s+(?=[^\d\s]))")
_TITLE_SPLIT = re.compile(r"\s*(?:[|｜→]|->|—+|:|：|\s[·•]\s)\s*")
_LATIN_TITLE = re.compile(r"[A-Za-z0-9.&'-]+(?: [A-Za-z0-9.&'-]+){0,4}")


def _project_name(title: str) -> str | None:
    """The project a heading names: 知序｜一句话介绍 → 知序; 廖星野、祝晗｜驰野智驾 → 驰野智驾
    (a list of     founders before the bar, the company after it)."""
    title = title.replace("*", "").strip()
    title = _BAR_LEAD.sub("", title)
    # 03｜尚可为、雍宁 · 驭川科技, ### 01 慧垄农科: the entry's number is no part of the name
    title = _ENTRY_NUMBER.sub("", title)
    parts = _TITLE_SPLIT.split(title, maxsplit=1)
    if len(parts) == 2:
        people = re.split(r"\s*[、和与及,，]\s*", parts[0])
        if all(looks_like_name(p) for p in people if p):
            if ROLE_PHRASE.fullmatch(parts[1].strip()):
                return None  # **温知许｜创始人兼CEO**: a member and their role, not a project
            colon = title[len(parts[0]) :].lstrip()[:1] in ":："
            # 郜立诚｜骑迹科技：共享单车的“大脑”: the company, then its tagline
            named = _TITLE_SPLIT.split(parts[1], maxsplit=1)[0]
            if _company_like(parts[1]):
                title = parts[1]
            elif named != parts[1] and _company_like(named):
                title = named
            elif colon and all(ordinariness(p) == 0 for p in people if p):
                return None  # 2. 卫之遥：腾讯混元走出来的“天气模型派” — a person's part of a story
    company = _PRODUCT_OF.search(title)
    title = company.group("company").strip() if company else _TITLE_END.sub("", title).strip()
    longest = 40 if _LATIN_TITLE.fullmatch(title) else 24
    if (
        not title
        or len(title) > longest
        or _NOT_PROJECT.search(title)
        or _SECTION_WORDS.search(title)
    ):
        return None
    if re.search(r"[，,。；;！!？?、“”\"]", title):
        return None  # 三轮融资，一次“出走”: a section of a story, not a company
    return title


def _company_like(words: str) -> bool:
    """Whether words after a person's name in a heading can be a company's name (驰野智驾,
    Lumo AI) rather than a tagline (把豆包的经验带进播客, 通义出来，做小语种)."""
    words = words.replace("*", "").strip()
    return 2 <= len(words) <= 12 and not re.search(
        r"[的了把将从在是做让带，,。“”\"'!！?？、]|^(?:离开|加入|回到|出走|转型|告别|重回|重返|走出|跳出)",
        words,
    )  # …: 离开内容行业 — a tagline that starts with a verb


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
    lines = _lines(text)
    bare = _bare_table_lines(lines)
    for index, (start, _, line) in enumerate(lines):
        match = _TABLE_ROW.match(line)
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


def _table_projects(lines: list) -> list[tuple[int, int, str]]:
    """Rows of a table whose first column names the project (| 项目 | 成员 | 职务 | 背景 |)."""
    text = "\n".join(line for _, _, line in lines)
    found = []
    for row in table_rows(text):
        project = row.cell("项目", "公司", "项目名称", "名称")
        if project is not None and row.cell("成员", "姓名", "创始人", "团队", "人员"):
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


# A card's field label and its arrow: 掌舵人 ▸, 搭档 ▸, Team ▶.
_ARROW_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[▸►▶➤→]\s*")


# Words a bio without a role still has: a name and such a line after it is a member.
_BIO_WORDS = re.compile(r"毕业|博士|硕士|本科|前|曾|任|负责|经验")
# **房思远** alone on its line, the bio (opening with the role) on the next.
_BOLD_NAME_ALONE = re.compile(rf"^\s*\*\*\s*(?P<name>{_NAME})\s*\*\*\s*$")


def _bold_member(
    text: str, project: Project, alone: re.Match, s: int, following: list, offset: int
) -> Member | None:
    nxt = next(((ns + offset, ne + offset, ln) for ns, ne, ln in following if ln.strip()), None)
    if nxt is None:
        return None
    bio_start, bio_end, rest = nxt
    # 鲸芽创始人兼 CEO。…: the bio may open with the project's name before the role
    own = rest.strip().removeprefix(project.name).lstrip()
    leading = _LEADING_ROLE.match(own + "，")
    role = leading.group("role").strip() if leading else None
    if role is None and not _BIO_WORDS.search(rest):
        return None
    role_at = text.find(role, bio_start, bio_end) if role else -1
    return Member(
        alone.group("name"),
        (s + alone.start("name"), s + alone.end("name")),
        role,
        (role_at, role_at + len(role)) if role and role_at >= 0 else None,
        (bio_start, bio_end),
    )


@lru_cache(maxsize=512)  # asked once to find the projects, again to read them
def members(text: str, project: Project) -> tuple[Member, ...]:
    """The team members listed in a project's section."""
    start, end = project.body
    lines = [(s, e, ln) for s, e, ln in _lines(text[start:end])]
    found: list[Member] = _table_members(text, project) + _inline_members(text, start, end)
    seen = {m.span for m in found}

    def keep(member: Member) -> None:
        if member.span not in seen:
            found.append(member)
            seen.add(member.span)

    for i, (s, e, line) in enumerate(lines):
        s, e = s + start, e + start
        if not line.strip() or _TABLE_ROW.match(line):
            # A blank line names no one. Skipped before the patterns below: a mixed-language
            # post's other-language lines arrive blanked to spaces, and the patterns' runs of
            # \s* backtrack cubically over a long line of them.
            continue
        previous = next((ln for _, _, ln in reversed(lines[:i]) if ln.strip()), "")
        if previous.rstrip().endswith(("？", "?")):
            continue  # 禤之行：中联是客户… — an answer to the question before, not a member
        label = _ARROW_LABEL.match(line)
        if label:  # 掌舵人 ▸ 危之谦｜创始人 · CEO｜…: the field's label stands before the member
            line = " " * label.end() + line[label.end() :]
        fields = _FIELDS.match(line)
        if (
            fields
            and _is_name(fields.group("name"))
            and ROLE_PHRASE.search(fields.group("role"))
            and (fields.group("sep") in "|｜/" or line.lstrip().startswith(("-", "*", "•", "·")))
        ):
            member = _member_from(fields, s, (s + fields.start("bio"), s + fields.end("bio")))
            keep(member)
            continue
        role_line = _NAME_ROLE_LINE.match(line)
        if role_line and _is_name(role_line.group("name")) and ROLE_PHRASE.search(
            role_line.group("role")
        ):
            # **鄧卓謙**｜創辦人兼行政總裁 on one line, the bio on the next
            after = [(ns + start, ne + start) for ns, ne, ln in lines[i + 1 :] if ln.strip()]
            nxt = after[0] if after else None
            bio = nxt if nxt and not _NAME_ROLE_LINE.match(text[nxt[0] : nxt[1]]) else (e, e)
            member = _member_from(role_line, s, bio)
            keep(member)
            continue
        bold = _BOLD_NAME_ROLE.match(line)
        if bold and _is_name(bold.group("name")):
            member = _member_from(bold, s, (s + bold.start("bio"), e))
            keep(member)
            continue
        for member in _field_members(line, s, lines[i + 1 :], start):
            keep(member)
        if _FIELD_ROLE.match(line):
            continue
        head = _headed_member(line, s)
        if head is not None:
            keep(head)
            continue
        led = _ROLE_LED_MEMBER.match(line)
        if led and _is_name(led.group("name")):
            # 创始人（CEO）司马骁：北京航空航天大学…: the role, then the name and the bio
            member = _member_from(led, s, (s + led.start("rest"), e))
            keep(member)
            continue
        alone = _BOLD_NAME_ALONE.match(line)
        if alone and looks_like_name(alone.group("name")) and alone.start() != project.span[0] - s:
            member = _bold_member(text, project, alone, s, lines[i + 1 :], start)
            if member is not None:
                keep(member)
            continue
        match = _NAME_FIELD.match(line) or _MEMBER.match(line)
        if not match or not _is_name(match.group("name")):
            continue
        rest = match.group("rest").strip()
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
        leading = _LEADING_ROLE.match(rest + "，")
        if bracket and ROLE_PHRASE.fullmatch(bracket.strip()):
            role = bracket.strip()
            role_span = (s + match.start("bracket"), s + match.end("bracket"))
        elif leading:
            role = leading.group("role").strip()
            offset = text.find(role, bio_start, bio_end)
            role_span = (offset, offset + len(role)) if offset >= 0 else None
        if role is None and not _BIO_WORDS.search(rest):
            continue
        if name_span not in seen:
            found.append(
                Member(match.group("name"), name_span, role, role_span, (bio_start, bio_end))
            )
    return tuple(found)


def _member_from(match: re.Match, offset: int, bio: tuple[int, int]) -> Member:
    """A member from a line's match with `name` and `role` groups, `offset` the line's start."""
    return Member(
        match.group("name"),
        (offset + match.start("name"), offset + match.end("name")),
        match.group("role").strip(),
        (offset + match.start("role"), offset + match.end("role")),
        bio,
    )


_FIELD_ROLE = re.compile(
    r"^\s*(?:[-*•·]\s*)?\**\s*(?P<role>联合创始人|创始人|共同创始人|创始团队|核心成员|团队成员|成员|CEO|"
    r"CTO|COO|负责人|路演人|主讲人|路演嘉宾|[\u4e00-\u9fff]{0,2}顾问)\s*\**\s*[:：]\s*\**\s*(?P<names>.+)$"
)
_NAME_THEN_BIO = re.compile(
    rf"(?P<name>{_NAME})\s*\**\s*[，,]\s*(?:(?P<role>(?:C[A-Z]{{1,3}}O|[\u4e00-\u9fff]{{0,6}}"
    rf"(?:创始人|合伙人|总监|负责人|总裁|董事长|总经理))(?:\s*[&/兼、]\s*C[A-Z]{{1,3}}O)?)\s*[。；;，,])?"
    rf"(?P<bio>.+)$"
)
_FIELD_BIO = re.compile(r"^\s*(?:[-*•·]\s*)?(?:背景|履历|经历|简介|介绍)\s*[:：]\s*(?P<bio>.+)$")


# Names and nothing else: 匡若愚、贺兰舟（联合创始人）, 蒂莫·克劳斯（Timo Krause）.
_NAME_LIST = re.compile(
    rf"(?:{_NAME})\s*(?:[（(][^)）]{{1,24}}[)）])?(?:\s*(?:、|，|,|和|及|与|/)\s*(?:{_NAME})\s*(?:[（(][^)）]{{1,24}}[)）])?)*"
)


def _field_members(line: str, offset: int, after: list, base: int) -> list[Member]:
    """创始人：匡若愚、贺兰舟（联合创始人） then 背景：… — people listed under a field label, the
    role from the label or a bracket, the bio from the 背景 line that follows (each person's
    part of it where the line names them in turn: 匡若愚为…；贺兰舟为…)."""
    match = _FIELD_ROLE.match(line)
    if not match:
        return []
    led = _NAME_THEN_BIO.match(match.group("names"))
    if led and _is_name(led.group("name")) and not _NAME_LIST.fullmatch(
        match.group("names").strip(" 。.；;")
    ):
        # 创始人：邰振宇，CEO。中国农业大学博士，前极飞科技研发总监 — one person, their bio after
        at = offset + match.start("names")
        role = " ".join(r for r in (match.group("role"), led.group("role")) if r)
        return [
            Member(
                led.group("name"),
                (at + led.start("name"), at + led.end("name")),
                role,
                None,
                (at + led.start("bio"), at + led.end("bio")),
            )
        ]
    if not _NAME_LIST.fullmatch(match.group("names").strip(" 。.；;")):
        return []  # 创始团队：集数字娱乐技术与管理能力于一身… — prose about the team, not names
    bio, bio_text = (offset + len(line), offset + len(line)), ""
    for s, _, ln in after[:2]:
        if field := _FIELD_BIO.match(ln):
            bio, bio_text = (
                (s + base + field.start("bio"), s + base + field.end("bio")),
                field.group("bio"),
            )
            break
    people = []
    pattern = rf"(?P<name>{_NAME})\s*(?:[（(](?P<bracket>[^)）]{{1,24}})[)）])?"
    for name in re.finditer(pattern, match.group("names")):
        if not _is_name(name.group("name")):
            continue
        at = offset + match.start("names") + name.start("name")
        bracket = (name.group("bracket") or "").strip()
        role = bracket if ROLE_PHRASE.search(bracket) else match.group("role").strip()
        if role in ("路演人", "主讲人", "路演嘉宾"):
            role = None  # who pitched: a founder, in no role the post names
        people.append((name.group("name"), at, role))
    starts = {n: bio_text.find(n) for n, _, _ in people}
    split = len(people) > 1 and all(i >= 0 for i in starts.values())
    bounds = sorted(starts.values()) + [len(bio_text)]
    found = []
    for name, at, role in people:
        part = bio
        if split:
            i = starts[name]
            part = (bio[0] + i, bio[0] + bounds[bounds.index(i) + 1])
        found.append(Member(name, (at, at + len(name)), role, None, part))
    return found


_HONORIFIC_LEAD = re.compile(r"^\s*(?:博士|教授|先生|女士)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def _headed_member(line: str, offset: int) -> Member | None:
    """ "姓名（别名）：角色，bio…" in the many forms 奇绩创坛 posts use (Latin names, nicknames,
    L博士, the role before the colon), read by the demo-day head parser."""
    from pedigree.ingest.text.bios import _founder_head

    founder = _founder_head(line, offset)
    if founder is None or not founder.name.strip():
        return None
    after = _HONORIFIC_LEAD.sub("", line[founder.written_end - offset :])
    after = after.lstrip(" *")
    if founder.role_span and founder.role_span[0] - offset == len(line) - len(after):
        # "RZ CEO：…": the role written between the name and the colon
        after = line[founder.role_span[1] - offset :].lstrip(" *")
    led = founder.name_span[0] - offset > len(line) - len(line.lstrip(" *-•·"))
    if not after.startswith((":", "：")) and (led or not after.startswith((",", "，"))):
        # "创始人 邹逸，…" is prose about the project: the prose reader reads it. "何芳连博士，
        # 创始/CEO。…" opens with the name and a role follows the comma: a member.
        return None
    if _HAN_NAME.fullmatch(founder.name) and not _is_name(founder.name):
        return None
    if _NOT_A_NAME.search(founder.name):
        return None  # **一句话简介：** — a field label, not a person
    return Member(
        founder.name, founder.name_span, founder.role, founder.role_span, founder.bio_span
    )


_HAN_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _is_name(name: str) -> bool:
    """A member's name where the layout says a name stands: a surname and given characters
    (any: 李向南, 陈思为), or a Latin name."""
    if _NOT_A_NAME.search(name):
        return False
    if "·" in name:
        return name in foreign_names(name)
    if _HAN_NAME_ONLY.fullmatch(name):
        single, compound = surnames()
        return name[0] in single or name[:2] in compound
    return bool(re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,2}", name))


def _table_members(text: str, project: Project) -> list[Member]:
    found = []
    current = None
    for row in table_rows(text):
        project_cell = row.cell("项目", "公司", "项目名称", "名称")
        current = project_cell[0] if project_cell else current
        name_cell = row.cell("成员", "姓名", "创始人", "团队", "人员")
        if current != project.name or name_cell is None:
            continue
        if not _is_name(name_cell[0]):
            # 宦一苒（创始人兼CEO）：…；戚向川（联合创始人兼CTO）：… — a team in one cell
            cell_start = name_cell[1]
            bar = text.rfind(
                "|", 0, cell_start
            )  # the cell's own bar, where the first member starts
            found += _cell_members(text, bar, cell_start + len(name_cell[0]))
            continue
        name, at = name_cell
        role_cell = row.cell("职务", "角色", "职位", "身份")
        bio_cell = row.cell("背景", "经历", "简介", "履历", "介绍")
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


_CELL_MEMBER = re.compile(
    rf"(?<=[；;／/。|])\s*(?:[^：:；;|／]{{0,12}}?(?P<lead>{_ROLE}))?\s*(?P<name>{_NAME})\s*(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?"
    # 包铮（CEO），前优必选硬件总监…: after a bracketed role a comma starts the bio as well
    r"(?:\s*[:：]|(?<=[)）])\s*[，,])"
)


# 贾书逸（CEO，前Shopee客服产品负责人）；尤浩（CTO）: the role and the bio inside the brackets
_CELL_BRACKETED = re.compile(
    rf"(?<=[；;／/|])\s*(?P<name>{_NAME})\s*[（(]\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*"
    rf"(?:[，,、；;]\s*(?P<bio>[^)）\n]*))?[)）]\s*(?=[；;／/|]|$)",
    re.MULTILINE,
)


# 创始人兼CEO 訾若楠，北京大学生物学博士…；联合创始人兼CSO 东方砚，…: the role, then the name
_CELL_ROLE_FIRST = re.compile(
    rf"(?<=[；;／/|])\s*(?P<role>(?i:{ROLE_PHRASE.pattern}))\s*(?P<name>{_NAME})\s*[，,]"
    r"\s*(?P<bio>[^；;|\n]*)"
)


def _cell_members(text: str, start: int, end: int) -> list[Member]:
    """Members written one after another in a table cell, each NAME（ROLE）：bio,
    NAME（ROLE，bio） or ROLE NAME，bio."""
    found = []
    matches = [m for m in _CELL_MEMBER.finditer(text, start, end) if _is_name(m.group("name"))]
    if not matches:
        led = [m for m in _CELL_ROLE_FIRST.finditer(text, start, end) if _is_name(m.group("name"))]
        if led:
            return [
                Member(m["name"], m.span("name"), m["role"], m.span("role"), m.span("bio"))
                for m in led
            ]
        for match in _CELL_BRACKETED.finditer(text, start, end):
            if _is_name(match.group("name")):
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
        found.append(
            Member(match.group("name"), match.span("name"), role, role_span, (match.end(), bio_end))
        )
    return found


# Possessive runs of whitespace (\s*+): what follows each is never whitespace, so giving the run
# back cannot help — and a name followed by a blanked line's spaces gave them back one at a time,
# each time reading the rest of the run again.
_INLINE = re.compile(
    rf"(?:^|[；;。\s])\s*+\*\*(?P<name>{_NAME})\*\*\s*+(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?"
    r"\s*+[:：]"
)


def _inline_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """_INLINE.finditer(text, start, end), tried once per ** in the span. Every match opens
    with a ** that only whitespace separates from its first character (；;。, a space or the
    text's start), and from any of those characters the attempt reads on to the same **: so
    only the leftmost is tried. The plain scan tried every space of a line blanked to spaces
    (a mixed-language post's other language), each reading to the end of the blank run."""
    found: list[re.Match[str]] = []
    position = start  # where finditer would try next
    q = text.find("**", start, end)
    while q >= 0:
        p = q
        while p > position and text[p - 1].isspace():
            p -= 1  # back to the start of the whitespace before the **
        if p > position and text[p - 1] in "；;。":
            p -= 1
        p = max(p, position)
        # From p the pattern reads the whitespace to the ** and, failing after it, gives that
        # whitespace back one character at a time (a blanked line's run of spaces: thousands).
        # Tried from the character before the ** first, the rest of the match is the same, so
        # where it fails there, it fails from p too.
        if p < q and not _INLINE.match(text, q - 1, end):
            match = None
        else:
            match = _INLINE.match(text, p, end)
        if match:
            found.append(match)
            position = match.end()
        q = text.find("**", max(q + 1, position), end)
    return found


def _inline_members(text: str, start: int, end: int) -> list[Member]:
    """**邵其峰**（创始人兼CEO）：…；**裘若汐**（联合创始人兼CTO）：… — several on a line."""
    found = []
    matches = _inline_matches(text, start, end)
    for i, match in enumerate(matches):
        if not _is_name(match.group("name")):
            continue
        bio_end = matches[i + 1].start() if i + 1 < len(matches) else text.find("\n", match.end())
        bio_end = end if bio_end < 0 or bio_end > end else bio_end
        bracket = match.group("bracket")
        role = bracket.strip() if bracket and ROLE_PHRASE.search(bracket) else None
        role_span = (match.start("bracket"), match.end("bracket")) if role else None
        found.append(
            Member(match.group("name"), match.span("name"), role, role_span, (match.end(), bio_end))
        )
    return found
