"""The shapes in which a line of a demo-day project's section writes a team member."""

from __future__ import annotations

import re

from pedigree.ingest.text.zh.bio_records import (
    NAME,
    NOT_A_NAME,
    ROLE,
    ROLE_PHRASE,
    Member,
    Project,
    is_name,
)
from pedigree.ingest.text.zh.name_candidates import looks_like_name

# 张璐帅博士：创始人/CEO, Michael Yuan 博士：… — an honorific between the name and the colon
_HONORIFIC = r"(?:\s?(?:博士|教授|先生|女士|老师|医生))?"
_LAZY_NAME = NAME.replace("[\u4e00-\u9fff]{2,4}", "[\u4e00-\u9fff]{2,4}?")
MEMBER = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?P<name>{_LAZY_NAME}){_HONORIFIC}\s*\**\s*"
    rf"(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?\s*\**\s*[:：]\s*\**\s*(?P<rest>.*)$"
)
# **鄧卓謙**｜創辦人兼行政總裁 — a name and a role alone on a line (the bio follows on the next).
# (申屠嘉　创始人兼CEO: a space between, where what follows is a role and nothing else)
NAME_ROLE_LINE = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**(?P<name>{_LAZY_NAME})(?:\s*[（(][^)）\n]{{1,24}}[)）])?\**\s*"
    rf"(?:[|｜/]\s*(?P<role>[^|｜/\n]{{1,24}}?)"
    rf"|\s+(?P<spaced>(?:{ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{ROLE}))*))\s*$"
)
# **卓玛央金** 创始人兼CEO。前星巴克中国…: a bold name, its role after a space, then the bio.
BOLD_NAME_ROLE = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\*\*\s*(?P<name>{NAME})(?:\s*[（(][^)）\n]{{1,24}}[)）])?\s*\*\*"
    rf"\s*(?P<role>(?:{ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{ROLE}))*)\s*[。，,；;]\s*(?P<bio>.*)$"
)
# 姓名：边照 on its own line, the role and bio on the next: the name as a field's value.
NAME_FIELD = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?:姓名|名字|成员姓名)\s*\**\s*[:：]\s*\**\s*(?P<name>{NAME})"
    rf"\s*\**\s*(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?\s*(?P<rest>)$"
)
# 卫思源 | 创始人、CEO | 连续创业者…; · 桂欣，创始人，前美团…: a member as fields on a line.
FIELDS = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**(?P<name>{_LAZY_NAME}){_HONORIFIC}\**\s*(?P<sep>[|｜/，,])\s*"
    rf"(?P<role>[^|｜/，,\n]{{1,24}}?)\s*(?:(?P=sep)|(?<=[^|｜/\s])\s*[，,])\s*(?P<bio>.+)$"
)
LEADING_ROLE = re.compile(
    rf"^\s*(?P<role>(?:{ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{ROLE}))*)\s*[，,。；;：:\s]"
)
# 创始人（CEO）司马骁：…, 联合创始人兼CTO 秋禾：…: a member line that opens with the role.
ROLE_LED_MEMBER = re.compile(
    rf"^\s*(?:[-*•·]\s*)?\**\s*(?P<role>(?:{ROLE})(?:\s*(?:/|&|、|兼|和|及|\+)\s*(?:{ROLE}))*"
    rf"(?:\s*[（(][^)）\n]{{1,12}}[)）])?)\s*\**\s*(?P<name>{_LAZY_NAME})\s*\**\s*[:：]\s*\**"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


# A card's field label and its arrow: 掌舵人 ▸, 搭档 ▸, Team ▶.
ARROW_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[▸►▶➤→]\s*")


# Words a bio without a role still has: a name and such a line after it is a member.
BIO_WORDS = re.compile(r"毕业|博士|硕士|本科|前|曾|任|负责|经验")
# **房思远** alone on its line, the bio (opening with the role) on the next; or the name unmarked
# (任舒扬 on its line, 创始人兼CEO。… on the next), where the bio must open with the role.
NAME_ALONE = re.compile(rf"^\s*(?P<bold>\*\*)?\s*(?P<name>{NAME})\s*(?(bold)\*\*)\s*$")


def alone_member(
    text: str, project: Project, alone: re.Match, s: int, following: list, offset: int
) -> Member | None:
    nxt = next(((ns + offset, ne + offset, ln) for ns, ne, ln in following if ln.strip()), None)
    if nxt is None:
        return None
    bio_start, bio_end, rest = nxt
    # 鲸芽创始人兼 CEO。…: the bio may open with the project's name before the role
    own = rest.strip().removeprefix(project.name).lstrip()
    leading = LEADING_ROLE.match(own + "，")
    role = leading.group("role").strip() if leading else None
    if role is None and (not alone.group("bold") or not BIO_WORDS.search(rest)):
        return None
    role_at = text.find(role, bio_start, bio_end) if role else -1
    return Member(
        alone.group("name"),
        (s + alone.start("name"), s + alone.end("name")),
        role,
        (role_at, role_at + len(role)) if role and role_at >= 0 else None,
        (bio_start, bio_end),
    )


def member_from(match: re.Match, offset: int, bio: tuple[int, int]) -> Member:
    """A member from a line's match with `name` and `role` groups (or `spaced`, the role after
    a space), `offset` the line's start."""
    role = "role" if match.group("role") is not None else "spaced"
    return Member(
        match.group("name"),
        (offset + match.start("name"), offset + match.end("name")),
        match.group(role).strip(),
        (offset + match.start(role), offset + match.end(role)),
        bio,
    )


FIELD_ROLE = re.compile(
    r"^\s*(?:[-*•·]\s*)?\**\s*(?P<role>联合创始人|创始人|共同创始人|创始团队|核心成员|团队成员|成员|CEO|"
    r"CTO|COO|负责人|路演人|主讲人|路演嘉宾|[\u4e00-\u9fff]{0,2}顾问)\s*\**\s*[:：]\s*\**\s*(?P<names>.+)$"
)
_NAME_THEN_BIO = re.compile(
    rf"(?P<name>{NAME})\s*\**\s*[，,]\s*(?:(?P<role>(?:C[A-Z]{{1,3}}O|[\u4e00-\u9fff]{{0,6}}"
    rf"(?:创始人|合伙人|总监|负责人|总裁|董事长|总经理))(?:\s*[&/兼、]\s*C[A-Z]{{1,3}}O)?)\s*[。；;，,])?"
    rf"(?P<bio>.+)$"
)
_FIELD_BIO = re.compile(r"^\s*(?:[-*•·]\s*)?(?:背景|履历|经历|简介|介绍)\s*[:：]\s*(?P<bio>.+)$")


# Names and nothing else: 匡若愚、贺兰舟（联合创始人）, 蒂莫·克劳斯（Timo Krause）.
_NAME_LIST = re.compile(
    rf"(?:{NAME})\s*(?:[（(][^)）]{{1,24}}[)）])?(?:\s*(?:、|，|,|和|及|与|/)\s*(?:{NAME})\s*(?:[（(][^)）]{{1,24}}[)）])?)*"
)


def field_members(line: str, offset: int, after: list, base: int) -> list[Member]:
    """创始人：匡若愚、贺兰舟（联合创始人） then 背景：… — people listed under a field label, the
    role from the label or a bracket, the bio from the 背景 line that follows (each person's
    part of it where the line names them in turn: 匡若愚为…；贺兰舟为…)."""
    match = FIELD_ROLE.match(line)
    if not match:
        return []
    led = _NAME_THEN_BIO.match(match.group("names"))
    if led and is_name(led.group("name")) and not _NAME_LIST.fullmatch(
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
    pattern = rf"(?P<name>{NAME})\s*(?:[（(](?P<bracket>[^)）]{{1,24}})[)）])?"
    for name in re.finditer(pattern, match.group("names")):
        if not is_name(name.group("name")):
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
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,}")  # (报名下一期：… is a label, no name)


def headed_member(line: str, offset: int) -> Member | None:
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
    if _HAN_NAME.fullmatch(founder.name) and not is_name(founder.name):
        return None
    if NOT_A_NAME.search(founder.name):
        return None  # **一句话简介：** — a field label, not a person
    han = "".join(re.findall(r"[\u4e00-\u9fff]", founder.name))
    if re.search(r"[A-Za-z]", founder.name) and len(han) >= 3 and not looks_like_name(han):
        # AI 扒谱工具：上传…: what the project is, in words and letters (not L博士, nor Karen
        # Wang王翰元, a name in both)
        return None
    role, role_span = founder.role, founder.role_span
    rest = after[1:].lstrip() if after.startswith((":", "：")) else ""
    leading = LEADING_ROLE.match(rest + "，") if role is None and rest else None
    if leading:
        # 何悠然：首席染色师，… — a role the head parser does not know opens the bio
        role = leading.group("role").strip()
        at = offset + len(line) - len(rest) + leading.start("role")
        role_span = (at, at + len(role))
    return Member(founder.name, founder.name_span, role, role_span, founder.bio_span)


# Possessive runs of whitespace (\s*+): what follows each is never whitespace, so giving the run
# back cannot help — and a name followed by a blanked line's spaces gave them back one at a time,
# each time reading the rest of the run again.
_INLINE = re.compile(
    rf"(?:^|[；;。\s])\s*+\*\*(?P<name>{NAME})\*\*\s*+(?:[（(](?P<bracket>[^)）\n]{{1,24}})[)）])?"
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


def inline_members(text: str, start: int, end: int) -> list[Member]:
    """**邵其峰**（创始人兼CEO）：…；**裘若汐**（联合创始人兼CTO）：… — several on a line."""
    found = []
    matches = _inline_matches(text, start, end)
    for i, match in enumerate(matches):
        if not is_name(match.group("name")):
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
