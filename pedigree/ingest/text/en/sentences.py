"""Sentences, clauses and asides of English text, by punctuation.

Relation rules look for a clause's subject; an aside (", a former engineer at Baidu,", ", who
holds a PhD from …", "(墨衡科技)", "— she never worked there —") belongs to the name before it
and is skipped when looking for the subject of the main verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pedigree.ingest.text.en.lexicon import words

_ABBREVIATIONS = words(
    "mr mrs ms dr prof st jr sr inc ltd co corp u.s u.k no vs e.g i.e etc jan feb mar apr jun "
    "jul aug sep sept oct nov dec approx est dept univ gen"
)
_END = re.compile(r"[.!?]+[\"”’)]*(?:\[\d+\])*(?=\s+[\"“‘(\[A-Z0-9]|\s*$)|\n+")
# Words that open an aside after a comma: an apposition or a relative clause.
_ASIDE_OPENERS = re.compile(
    r"\s*(?:who|whose|whom|which|where|when|a|an|the|former|formerly|previously|now|then"
    r"|currently|once|later|also|both|its|his|her|their|one|each|himself|herself|itself"
    r"|co-?founder|cofounder|founder|chief|head|vice|senior|general|managing|professor|partner"
    r"|director|ceo|cto|coo|cfo|\d{1,3},|\d{1,3}\s*$|previously|most recently|ex-|then-"
    r"|based|known|also known|aged)\b",
    re.I,
)

_RELATIVE = re.compile(r"\s*(?:who|whose|which)\b", re.I)
# After a relative clause, an adverb and a finite verb resume the main clause.
_RESUMED = re.compile(
    r"\s*(?:previously|formerly|now|then|currently|once|later|also|most recently)\s+"
    r"(?:[a-z]+ed|was|were|is|are|has|have|had|ran|runs|led|leads|left|spent|built|became"
    r"|went|holds|held|took|won|works|heads|oversaw|oversees|taught|teaches|sold|wrote)\b"
)


@dataclass(frozen=True)
class Aside:
    start: int  # the comma, bracket or dash that opens it
    end: int  # just past what closes it
    anchor: int  # where the text before it ends (the name it describes ends here)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; a line break always ends one (headings, list lines)."""
    spans, start = [], 0
    for match in _END.finditer(text):
        if match.group().startswith(".") and _abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"(?<![\w'’])([\w.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).rstrip(".")
    if len(token) == 1 and _LETTERED.search(text, max(0, dot - 12), dot - 1):
        return False  # "participated in the Series B.": a round's letter, not an initial
    # an initial, or initials run together (J.P. Morgan, A.I. researcher)
    return token.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token))


_LETTERED = re.compile(r"\b(?:[Ss]eries|[Cc]lass|[Pp]re-)\s?$")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's clauses: split at semicolons (outside brackets)."""
    clauses, begin, depth = [], start, 0
    for i in range(start, end):
        ch = text[i]
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if ch == ";" and depth <= 0:
            clauses.append((begin, i))
            begin = i + 1
    clauses.append((begin, end))
    return [(s, e) for s, e in clauses if text[s:e].strip()]


def find_asides(text: str, start: int, end: int) -> list[Aside]:
    """Brackets, dash pairs, and comma-delimited appositions and relative clauses."""
    asides: list[Aside] = []
    for match in re.finditer(r"\([^()]*\)|\[[^\[\]]*\]", text[start:end]):
        asides.append(Aside(start + match.start(), start + match.end(), start + match.start()))
    for match in re.finditer(r"\s[—–]\s[^—–]*?\s[—–]\s|—[^—]*?—", text[start:end]):
        asides.append(Aside(start + match.start(), start + match.end(), start + match.start()))
    relative_ends = set()
    for match in re.finditer(r",", text[start:end]):
        comma = start + match.start()
        if _inside(asides, comma) or not _ASIDE_OPENERS.match(text, comma + 1):
            continue
        if comma in relative_ends and _RESUMED.match(text, comma + 1):
            continue  # "Pan, who holds a PhD …, previously worked at Baidu": the main verb
        close = _aside_end(text, comma + 1, end)
        asides.append(Aside(comma, close, comma))
        if _RELATIVE.match(text, comma + 1):
            relative_ends.add(close)
    return sorted(asides, key=lambda a: a.start)


def _aside_end(text: str, start: int, end: int) -> int:
    """An apposition runs to the next comma or dash outside brackets, or to the sentence end."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth <= 0 and (ch in ",;" or text.startswith(" — ", i) or text.startswith(" – ", i)):
            return i
    return end


def _inside(asides: list[Aside], position: int) -> bool:
    return any(a.start < position < a.end for a in asides)
