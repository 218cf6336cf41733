"""Extraction end to end: a text in, facts out. Picks the reader for the text — demo-day bio
lists, Chinese prose, English prose — and removes facts found twice."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from pedigree.errors import PedigreeError
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.periods import find_periods
from pedigree.ingest.text.pieces import PIECE_LIMIT, pieces

LANGUAGES = ("auto", "zh", "en")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Each opens with one character, not a repeat ([A-Za-z]{2,}), so that re scans for where a
# match can start in C instead of trying a match at every character.
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff][^\u4e00-\u9fff]*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# A web address is in no language: a post's image lines (![图片](https://…), a hundred Latin
# characters each) are no English to read.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_LONG_LINE = 40  # shorter lines (headings, bylines) go with the language of the whole text


@lru_cache(maxsize=4)  # asked of a whole text by extraction and again by `unread`
def detect_language(text: str) -> str:
    """zh when Chinese characters are a fair share of the text, else en."""
    return _language(text)


def _language(text: str) -> str:
    # Han characters counted as what is left when the rest is cut out: one string, not one
    # per character.
    han = len(_NOT_HAN.sub("", text))
    words = len(_LATIN_WORD.findall(text))
    if han and words and not _HAN.search(_BRACKETED.sub("", text)):
        return "en"  # English glossing a name in brackets: "Zhen Liu — Tessellate (镶嵌机器人)"
    return "zh" if han >= words else "en"


def stated_publication(text: str) -> date | None:
    """The publication date a text states near its top (a full date such as 2024年12月1日 in
    its first lines), or None."""
    head = "\n".join(text.splitlines()[:12])[:800]
    for period in find_periods(head):
        if period.precision == "day":
            return period.first
    return None


def extract(
    original: str,
    *,
    lang: str = "auto",
    published: date | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Fact]:
    """The facts in `original`, sorted by position; `published` resolves relative dates.
    A long text is read in pieces (`pedigree.ingest.text.pieces`), and `on_progress` hears
    (characters read, characters in all) after each."""
    if lang not in LANGUAGES:
        raise PedigreeError(f"unknown language {lang!r} (use one of {', '.join(LANGUAGES)})")
    if not original.strip():
        return []
    published = published or stated_publication(original)
    facts: list[Fact] = []
    for start, end in pieces(original, PIECE_LIMIT):
        piece = original[start:end]
        for fact in _read_piece(piece, lang, published):
            if start:
                fact = replace(fact, start=fact.start + start, end=fact.end + start)
            facts.append(fact)
        if on_progress:
            on_progress(end, len(original))
    return _unique(facts)


def _read_piece(original: str, lang: str, published: date | None) -> Iterable[Fact]:
    if not original.strip():
        return
    if lang != "auto":
        yield from _read(Text(original, published), lang)
        return
    for language, part, places in _by_language(original):
        for fact in _read(Text(part, published), language):
            start, end = _placed(places, fact.start), _placed(places, fact.end, end=True)
            quote = original[start:end]
            if (start, end, quote) == (fact.start, fact.end, fact.quote):
                yield fact  # a one-language text's facts stand where they are (a copy is slow)
            else:
                yield replace(fact, start=start, end=end, quote=quote)


# (start in the part, start in the original) of each line a part holds
Places = list[tuple[int, int]]


@lru_cache(maxsize=2)  # asked by extraction, then by `unread` of the same piece
def _by_language(original: str) -> list[tuple[str, str, Places]]:
    """The text once per language it is written in. The main language's reader sees the whole
    text with the other paragraphs blanked (so its offsets are the original's and the layout
    keeps its shape); another language's reader sees only its own lines, joined (a few English
    bios in a long Chinese post cost what they are long, not what the post is). Short lines
    (headings, bylines) go with the language of the whole text; lines of web addresses are
    blanked for every reader."""
    overall = detect_language(original)
    lines = original.split("\n")
    languages = [_line_language(line, overall) for line in lines]
    if set(languages) == {overall}:
        return [(overall, original, [(0, 0)])]
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    parts = [
        (
            overall,
            "\n".join(
                line if mine == overall else " " * len(line)
                for line, mine in zip(lines, languages, strict=True)
            ),
            [(0, 0)],
        )
    ]
    for language in dict.fromkeys(languages):
        if language in (overall, None):
            continue
        own = [i for i, mine in enumerate(languages) if mine == language]
        places, at = [], 0
        for i in own:
            places.append((at, starts[i]))
            at += len(lines[i]) + 1
        parts.append((language, "\n".join(lines[i] for i in own), places))
    return parts


def _line_language(line: str, overall: str) -> str | None:
    """The language a line of a text is written in; None for a long line that is little but web
    addresses, which no reader sees."""
    if len(line.strip()) < _LONG_LINE or line.startswith("#"):
        return overall  # a heading names what the text around it is about
    prose = _WEB_ADDRESS.sub("", line) if "/" in line or "www." in line else line
    if prose == line or len(prose.strip()) >= _LONG_LINE:
        return _language(prose)
    return None


def _placed(places: Places, position: int, *, end: bool = False) -> int:
    """A position in a part, in the original text."""
    i = bisect_right([p for p, _ in places], position - 1 if end and position else position) - 1
    part_start, original_start = places[max(i, 0)]
    return original_start + position - part_start


def _read(text: Text, language: str) -> Iterable[Fact]:
    # Imported here: the readers load the NER model, which only extraction needs.
    if language == "en":
        from pedigree.ingest.text.en.reader import read_english

        return read_english(text)

    from pedigree.ingest.text.zh.reader import read_chinese

    compact, kept = _without_spacing(text.original)
    if kept is None:
        return read_chinese(text)
    # Read without the spaces; each fact's span then stands where its characters stand.
    facts = []
    for fact in read_chinese(Text(compact, text.published)):
        start = kept[fact.start] if fact.start < len(kept) else len(text.original)
        end = kept[fact.end - 1] + 1 if fact.end > fact.start else start
        facts.append(replace(fact, start=start, end=end, quote=text.original[start:end]))
    return facts


# A space typed between Chinese and a figure (2017 年创办, 于 2022 年, 做过 4 年): a style some
# outlets use throughout, which the Chinese reader's patterns, written for 2017年, do not expect.
# (Not before or after a Latin word: 文枢 IP is a name with its space.)
_SPACING = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9])"
    # (after a figure only before its unit: "No.2 仇立秋" keeps the space that ends a list number)
    r"|(?<=[0-9%])[ \u00a0](?=[年月日号万亿千百个名位人家元岁倍多余次天周台辆座款项条篇份])"
)


def _without_spacing(original: str) -> tuple[str, list[int] | None]:
    """The text with such spaces taken out, and the original position of each character kept
    (None where there are none)."""
    gaps = [m.start() for m in _SPACING.finditer(original)]
    if not gaps:
        return original, None
    # (by runs between the spaces: a long post is copied in slices, not character by character)
    pieces: list[str] = []
    kept: list[int] = []
    previous = 0
    for gap in [*gaps, len(original)]:
        pieces.append(original[previous:gap])
        kept.extend(range(previous, gap))
        previous = gap + 1
    return "".join(pieces), kept


def _unique(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per claim: the same kind and fields found by two rules (or twice in the text)
    keeps the surer one, the first found on a tie."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.kind, tuple(sorted((k, repr(v)) for k, v in fact.fields.items() if v)))
        kept = best.get(key)
        if kept is None or fact.confidence > kept.confidence:
            best[key] = fact
    return sorted(best.values(), key=lambda f: (f.start, f.end, f.kind))


def unread(original: str, facts: Iterable[Fact]) -> list[str]:
    """What the reader saw but could not turn into facts, one line each, so an ingest can say
    so instead of dropping it: a project a demo-day post presents with no founder named.
    Read piece by piece, as `extract` reads, so a long text costs what it is long."""
    if detect_language(original) != "zh":
        return []
    from pedigree.ingest.text.normalise import fold
    from pedigree.ingest.text.zh.bios import projects

    founded = [f for f in facts if f.kind == "founded"]
    notes, lines_before, counted = [], 0, 0
    for start, end in pieces(original, PIECE_LIMIT):
        lines_before += original.count("\n", counted, start)
        counted = start
        # the piece as the Chinese reader saw it (other languages' lines blanked), whose
        # projects that reader has just found and cached
        language, seen, _ = _by_language(original[start:end])[0]
        folded = fold(seen if language == "zh" else original[start:end])
        breaks = [m.start() for m in re.finditer("\n", folded)]
        orgs = [fold(f.fields["org"]) for f in founded if start <= f.start < end]
        for project in projects(folded):
            name = fold(project.name)
            if any(name in org or org in name for org in orgs):
                continue
            line = lines_before + bisect_right(breaks, project.span[0] - 1) + 1
            notes.append(f"line {line}: project {project.name!r} names no founder")
    return notes
