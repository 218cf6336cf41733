"""Where Chinese prose is cut into sentences: at stops and line ends, at the bars of a table row
after a cell of prose, and within a run too long to be one; and the `Clause` record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pedigree.ingest.text.pieces import pieces

# [。！？!?]+[」”’』]* or \n+, opening with one character class so that re scans for it in C (an
# alternation of repeats is tried at every character).
SENTENCE_END = re.compile(r"[。！？!?\n](?:(?<=\n)\n*|[。！？!?]*[」”’』]*)")
# A table row is cut after a cell of prose (a bio): what follows (the progress so far) is not
# its sentence; a row of short fields (2022年11月 | A轮 | 1.2亿元 | 线性资本) is one record.
_CELL_BAR = re.compile(r"\|")
_PROSE_CELL = 16
# Rules scan a sentence once per mention in it, which is quadratic in its length: a "sentence"
# longer than any written one (a text without stops) is cut at its last clause end under the
# limit, else at the limit.
LONGEST_SENTENCE = 600
_CUT_MARK = re.compile(r"[，,；;：:、 ]")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int  # index of its sentence


def table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at the bars of a table row that end a cell of prose (more than
    _PROSE_CELL characters); any other text whole."""
    if not text.startswith("|", start + len(text[start:end]) - len(text[start:end].lstrip())):
        return [(start, end)]
    bars = [m.start() for m in _CELL_BAR.finditer(text, start, end)]
    cuts = [
        bar
        for i, bar in enumerate(bars)
        if 0 < i < len(bars) - 1 and bar - bars[i - 1] > _PROSE_CELL
    ]
    parts, begin = [], start
    for cut in cuts:
        parts.append((begin, cut))
        begin = cut + 1
    parts.append((begin, end))
    if not cuts:
        return [(start, end)]
    trimmed = [(s + len(text[s:e]) - len(text[s:e].lstrip(" \t|")), e) for s, e in parts]
    return [(s, s + len(text[s:e].rstrip(" \t|"))) for s, e in trimmed if text[s:e].strip(" |")]


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as sentences of at most LONGEST_SENTENCE characters."""
    return pieces(text, LONGEST_SENTENCE, start=start, end=end, boundaries=(_CUT_MARK,))
