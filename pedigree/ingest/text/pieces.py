"""Long texts in pieces, so reading costs what a text is long and not its square.

The readers look around every name they find (back to the line's start, on to the paragraph's
end), which is cheap in an article and quadratic in a 20 MB file, or in a text with no line
breaks at all. A piece is at most `PIECE_LIMIT` characters, cut at the strongest boundary near
its end: a blank line, else a line break, else a sentence's end, else anywhere. The limit is
above the longest article or demo-day post we have measured (41k characters), so texts of the
usual kinds are read whole, as before.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.regex import last_match

PIECE_LIMIT = 50_000

# Boundaries, strongest first. A cut is looked for in the last half of the window only, so a
# piece is never shorter than half the limit unless the text ends.
_BOUNDARIES = (
    re.compile(r"\n[ \t\u3000]*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[。！？!?；;])|(?<=[.!?] )"),
)


def pieces(
    text: str,
    limit: int = PIECE_LIMIT,
    *,
    start: int = 0,
    end: int | None = None,
    boundaries: tuple[re.Pattern[str], ...] = _BOUNDARIES,
) -> list[tuple[int, int]]:
    """[start, end) spans that cover text[start:end] in order, each at most `limit` characters,
    cut at the end of the last match of the first of `boundaries` found in a span's last half."""
    if limit < 2:
        raise ValueError(f"a piece must allow at least 2 characters, not {limit}")
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        cut = _cut(text, start + limit // 2, start + limit, boundaries)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _cut(text: str, low: int, high: int, boundaries: tuple[re.Pattern[str], ...]) -> int:
    """The end of the last, strongest boundary in text[low:high], else `high`."""
    for boundary in boundaries:
        last = last_match(boundary, text, low, high)
        if last is not None and last.end() > low:
            return last.end()
    return high
