"""Mentions: the people, organisations, schools, titles, degrees and fields a text names, found by
the NER model and the alias table, cleaned, and given canonical names.

Relation patterns (`pedigree.ingest.text.news`, `.bios`) read these instead of raw model output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import (
    canonical_name,
    find_known,
    known_organization,
    stands_alone,
)
from pedigree.ingest.text.ner import default_tagger
from pedigree.ingest.text.regex import alternation

# Model labels → mention labels; the rest (LOC, CONT, RACE) are not used by any pattern.
_LABELS = {"NAME": "person", "ORG": "org", "TITLE": "title", "EDU": "degree", "PRO": "field"}
_SCHOOL = re.compile(
    r"(大学|学院|学校|中学|研究生院|中科院|科学院|university|college|institute|school|\bmit\b)",
    re.IGNORECASE,
)
# Endings that make a span an organisation rather than a title or a stray word.
_ORG_SUFFIX = re.compile(
    r"(公司|集团|科技|智能|资本|基金|创投|投资|银行|研究院|实验室|大学|学院|医院|"
    r"inc\.?|ltd\.?|corp\.?|capital|labs?|ai)$",
    re.IGNORECASE,
)
_NOT_ORG_ENDINGS = ("机构", "系", "团队", "部门", "内部", "布局")
# Han names ending like a company, after a boundary: 言图科技的创始人 (the model misses some).
_SUFFIXED = re.compile(
    r"(?:^|(?<=[，。；、：:“”\s和与及,;]))(?P<name>[\u4e00-\u9fff]{2,6}?(?:科技|智能|集团|资本|创投))"
    r"(?=的|[，。；、：:”\s(（,;]|$|(?:推出|发布|完成|获得|宣布|通过|成立|于|在|是|已|将|和|与|由|获))"
)
# Words the model tends to take for part of a name but that are not (商汤内部 → 商汤).
_TRAILING_NOISE = ("内部", "系", "的", "前", "等")
# A Latin name right after a word for a company is the company's name: 公司VAST, 项目Vivix AI.
_NAMED_AFTER = re.compile(
    r"(?:公司|项目|企业|平台|创企|初创|startup|company)\s?"
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:[ .-][A-Z0-9][A-Za-z0-9]*)*)"
)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}")


@dataclass(frozen=True)
class Mention:
    label: str  # person, org, school, title, degree, field
    start: int
    end: int
    name: str  # canonical: Simplified, half-width; an organisation's alias-table name
    written: str  # as the original text has it


def find_mentions(text: Text, *, start: int = 0, end: int | None = None) -> list[Mention]:
    """Mentions in text.original[start:end], line by line, sorted by position.

    A name recognised once counts everywhere in the range: the model may miss "Vivix AI" in one
    sentence and find it in another, but it is the same name."""
    end = len(text.original) if end is None else end
    found: list[Mention] = []
    offset = start
    for line in text.folded[start:end].split("\n"):
        if line.strip():
            found.extend(_line_mentions(text, line, offset))
        offset += len(line) + 1
    found.extend(_repeats(text, found, start, end))
    return sorted(found, key=lambda m: (m.start, -m.end))


def _repeats(text: Text, found: list[Mention], start: int, end: int) -> list[Mention]:
    """Other occurrences of the person and organisation names already found."""
    taken = [False] * (end - start)
    for m in found:
        taken[m.start - start : m.end - start] = [True] * (m.end - m.start)
    label_of = {
        text.folded[m.start : m.end]: m.label
        for m in found
        if m.label in ("person", "org", "school") and m.end - m.start >= 2
    }
    if not label_of:
        return []
    pattern = re.compile(alternation(set(label_of)))
    repeats = []
    for match in pattern.finditer(text.folded, start, end):
        s, e = match.span()
        if any(taken[s - start : e - start]) or not stands_alone(text.folded, s, e):
            continue
        mention = _mention(text, label_of[match.group()], s, e)
        if mention is not None:
            repeats.append(mention)
            taken[s - start : e - start] = [True] * (e - s)
    return repeats


def _line_mentions(text: Text, line: str, offset: int) -> list[Mention]:
    # 商汤系 is a label for alumni, not a mention of 商汤 itself.
    known = [(s + offset, e + offset) for s, e in find_known(line) if line[e : e + 1] != "系"]
    mentions = [_mention(text, "org", s, e) for s, e in known]
    for match in [*_NAMED_AFTER.finditer(line), *_SUFFIXED.finditer(line)]:
        s, e = match.span("name")
        if not any(ks < e + offset and s + offset < ke for ks, ke in known):
            known.append((s + offset, e + offset))
            mentions.append(_mention(text, "org", s + offset, e + offset))
    for label, s, e in default_tagger().entities(line):
        kind = _LABELS.get(label)
        if kind is None:
            continue
        s, e = s + offset, e + offset
        if kind == "title":
            mentions.extend(_split_title(text, s, e, known))
            continue
        overlapping = [ks for ks, ke in known if ks < e and s < ke]
        if overlapping:
            # The alias table is surer than the model: of 星河智能通过港交所 keep 星河智能.
            e = min(overlapping)
            if e - s < 2:
                continue
        mention = _mention(text, kind, s, e)
        if mention is not None:
            mentions.append(mention)
    return [m for m in mentions if m is not None]


def _split_title(
    text: Text, start: int, end: int, known: list[tuple[int, int]]
) -> list[Mention | None]:
    """A title span often starts with the employer: 大疆创新前高级研发经理 → org 大疆创新 and
    title 高级研发经理; a known name inside the span is an organisation, the rest the title."""
    inside = [(s, e) for s, e in known if start <= s and e <= end]
    if not inside:
        return [_mention(text, "title", start, end)]
    s, e = inside[0]
    rest = e
    while rest < end and text.folded[rest] in "前原现的":
        rest += 1
    pieces: list[Mention | None] = []
    if s - start >= 2:
        pieces.append(_mention(text, "title", start, s))
    if end - rest >= 2:
        pieces.append(_mention(text, "title", rest, end))
    return pieces


def _plausible_org(name: str) -> bool:
    """An unknown organisation name the model found: long enough, or with a company ending
    (the model also tags words such as 布局 or 股东机构)."""
    if name.endswith(_NOT_ORG_ENDINGS):
        return False
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in name)
    return bool(_ORG_SUFFIX.search(name)) or (han == 0 and len(name) >= 2) or han >= 4


def _mention(text: Text, label: str, start: int, end: int) -> Mention | None:
    surface = text.folded[start:end]
    # Trim what the model swallowed around a name: quotes, spaces, 商汤内部 → 商汤.
    while start < end and text.folded[start] in " \"'“”「」《》()（）【】*#":
        start += 1
    while end > start and text.folded[end - 1] in " \"'“”「」《》()（）【】*#":
        end -= 1
    for noise in _TRAILING_NOISE:
        if label == "org" and text.folded[start:end].endswith(noise) and end - start > 3:
            end -= len(noise)
    surface = text.folded[start:end]
    if not surface:
        return None
    if label == "person" and not (_HAN_NAME.fullmatch(surface) or _LATIN_NAME.fullmatch(surface)):
        return None
    if label == "org":
        known = known_organization(surface)
        if known is not None and known.kind == "university" or _SCHOOL.search(surface):
            label = "school"
        elif known is None and not _plausible_org(surface):
            return None
    name = canonical_name(surface) if label in ("org", "school") else surface.strip()
    return Mention(label, start, end, name, text.original[start:end])
