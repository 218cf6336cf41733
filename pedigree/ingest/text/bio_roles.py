"""The role in "姓名：角色，bio…": the first short stretch after the colon when it reads as a
title (解决方案事业部总监, 联合创始人、常务副总/CTO, Solution/Product VP, 技术联创), else the role
words the grammar knows ("CEO 清华大学…" → CEO).

A first stretch that only says the person is on the team (初创团队成员, 核心员工) gives way to the
next one when that is a title. "CDO首席设计官" is one title written twice: the role is CDO.
"""

from __future__ import annotations

import re

# A role: the words a role is made of, joined by / & 、 兼 和 ，; nothing else.
ROLE_WORD = (
    r"(?:联合创始人|联合创办人|创始合伙人|创始人|创办人|创始成员|联创|创始|co-?founder|founders?|"
    r"首席[\u4e00-\u9fff]{1,6}官|首席科学家|首席[\u4e00-\u9fff]{0,4}顾问|[\u4e00-\u9fff]{0,6}负责人|"
    r"[\u4e00-\u9fff]{0,4}总监|[\u4e00-\u9fff]{0,4}顾问|合伙人|总裁|董事长|董事|总经理|常务副总|副总|"
    r"科学家|主设计师|(?:Co-)?C[A-Z]{1,3}O|VP(?: of)?(?: [A-Z][a-z]+)?|Chairman|President|"
    r"Chief [A-Z]\w+ Officer|(?:[A-Z][\w]* )?(?:Scientist|Designer|Engineer|Lead|Producer|Manager|"
    r"Director))"
)
ROLE = re.compile(rf"{ROLE_WORD}(?:[ ]*(?:/|&|、|兼|和|，|,)[ ]*{ROLE_WORD})*", re.IGNORECASE)
_ROLE_END = re.compile(r"[ ]*[，,。；;：:][ *]*|[ ]+(?=\S)")
_SEGMENT = re.compile(r"[^，,。；;：:\n]*")
_SEGMENT_END = re.compile(r"[ ]*[，,。；;：:]?[ *]*")
_PART_SEPARATOR = re.compile(r"[ ]*(?:/|&|、|兼|和)[ ]*")
_FOUNDER_WORD = r"联合创始人|联合创办人|创始合伙人|创始人|创办人|联创|co-?founder|founder"
# What a title ends in; the words before it say of what (解决方案事业部, 首席 AI, 硬件芯片与产线).
_TITLE_PART = re.compile(
    r"(?P<pre>[\u4e00-\u9fffA-Za-z0-9 .+-]{0,10}?)[ ]?(?P<title>"
    rf"{_FOUNDER_WORD}|总监|经理|负责人|专家|科学家|工程师|架构师|设计师|合伙人|制作人|策划|"
    r"运营|顾问|主管|总裁|董事长|董事|总经理|副总|官|主理人|教授|研究员|主任|"
    r"(?:Co-)?C[A-Z]{1,3}O|VP|Lead|Manager|Director|Engineer|Scientist|Designer|Producer|"
    r"Officer|President|Chairman|Researcher)",
    re.IGNORECASE,
)
# Words that make a stretch a bio, not a title: a former job, a school, a company, a span of years.
_NOT_TITLE = re.compile(
    r"^[前原](?!端)|曾|毕业|大学|学院|学校|公司|集团|实验室|研究院|在|于|的|年|经验|从业|多年|"
    r"连续|者|岁|是|为|有|领域|行业|科技|早期|北京|上海|深圳|杭州|广州|\d"
)
_MEMBER = re.compile(r"^(?:初创|核心|早期)?(?:团队)?(?:成员|员工)$")
_DOUBLED = re.compile(r"(?<![A-Za-z])((?:Co-)?C[A-Z]{1,3}O)[ ]?首席[\u4e00-\u9fff]{1,6}官")


def role_after(line: str, start: int) -> tuple[int, int, int] | None:
    """(role start, role end, bio start) for the role written at line[start:], or None."""
    found = _titled_segment(line, start)
    if found is not None:
        s, e, bio = found
        if _MEMBER.match(line[s:e]):
            after = _titled_segment(line, bio)
            if after is not None:
                return after
        return found
    role = ROLE.match(line, start)
    end = role.end() if role else start
    after = _ROLE_END.match(line, end)
    if role and (after or end == len(line)):
        return role.start(), role.end(), after.end() if after else end
    return None


_SEPARATOR_SPACES = re.compile(r"[ ]*([/&、，,])[ ]*")


def role_value(written: str) -> str:
    """The role as a field: separators without spaces, no space between Han and Latin (the
    typesetting of "AI 合伙人" is not part of the title)."""
    role = _SEPARATOR_SPACES.sub(r"\1", written.strip())
    return re.sub(
        r"(?<=[\u4e00-\u9fff])[ ]+(?=[A-Za-z])|(?<=[A-Za-z])[ ]+(?=[\u4e00-\u9fff])", "", role
    )


def _titled_segment(line: str, start: int) -> tuple[int, int, int] | None:
    segment = _SEGMENT.match(line, start)
    assert segment is not None
    s, e = _strip(line, *segment.span())
    text = line[s:e]
    if not text or len(text) > 20:
        return None
    doubled = _DOUBLED.search(text)
    if doubled and doubled.end() == len(text):
        e = s + doubled.end(1)
        text = line[s:e]
    if _MEMBER.match(text):
        return s, e, _after(line, segment.end())
    if not _is_title(text):
        return None
    end = segment.end()
    # "创始人，首席科学家": role words after a comma belong to the role.
    while line[end : end + 1] in ("，", ","):
        more = _SEGMENT.match(line, end + 1)
        assert more is not None
        ms, me = _strip(line, *more.span())
        if ms == me or not ROLE.fullmatch(line, ms, me):
            break
        e, end = me, more.end()
    return s, e, _after(line, end)


def _after(line: str, end: int) -> int:
    after = _SEGMENT_END.match(line, end)
    assert after is not None
    return after.end()


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in " *":
        start += 1
    while end > start and line[end - 1] in " *":
        end -= 1
    return start, end


def _is_title(text: str) -> bool:
    """Whether a stretch is one title or several joined by / & 、 兼 和; a bare word before "/"
    shares the title after it (Solution/Product VP)."""
    if _NOT_TITLE.search(text):
        return False
    parts = [p for p in _PART_SEPARATOR.split(text) if p]
    if not parts or not _is_title_part(parts[-1]):
        return False
    return all(_is_title_part(p) or _is_modifier(p) for p in parts[:-1])


_FOUNDER_TITLE = re.compile(_FOUNDER_WORD, re.IGNORECASE)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MODIFIER = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]{1,4}")


def _is_title_part(part: str) -> bool:
    match = _TITLE_PART.fullmatch(part)
    if match is None:
        return bool(ROLE.fullmatch(part))
    pre = match.group("pre").strip()
    if _FOUNDER_TITLE.fullmatch(match.group("title")):
        # "shareAI 创始人" names an earlier company; "技术联创" is a kind of co-founder.
        return not _LATIN_LETTER.search(pre) and len(pre) <= 4
    return True


def _is_modifier(part: str) -> bool:
    return bool(_MODIFIER.fullmatch(part))
