"""Folding text for analysis without moving offsets: full-width → half-width, Traditional →
Simplified, character for character."""

from __future__ import annotations

import unicodedata

from pedigree.names import to_simplified


def fold(text: str, *, lower: bool = False) -> str:
    """Full-width → half-width and Traditional → Simplified, character for character.

    OpenCC converts some phrases as a whole; where that would change the length, characters are
    converted one by one instead, so offsets never move.
    """
    narrow = "".join(_narrow(ch, lower) for ch in text)
    simplified = to_simplified(narrow)
    if len(simplified) == len(narrow):
        return simplified
    return "".join(
        c if len(c) == 1 else n for n, c in zip(narrow, map(to_simplified, narrow), strict=True)
    )


def _narrow(char: str, lower: bool) -> str:
    normal = unicodedata.normalize("NFKC", char)
    normal = normal.lower() if lower else normal
    return normal if len(normal) == 1 else char
