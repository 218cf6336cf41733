"""Name keys: the form under which names in any script or spelling are compared.

商湯, 商汤 and "SenseTime " must meet: a key is the name in Simplified Chinese (OpenCC t2s),
Unicode-normalised (full-width letters become ASCII), case-folded, without spaces or punctuation.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import opencc


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _squeeze(text: str) -> str:
    # Keep letters, digits and marks (CJK ideographs are letters); drop spaces and punctuation.
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNM")


def to_simplified(text: str) -> str:
    return _to_simplified().convert(text)


def name_keys(names: list[str]) -> list[str]:
    """Keys of many names at once: one OpenCC call for the whole batch (it is the slow part)."""
    flat = [unicodedata.normalize("NFKC", name or "").replace("\n", " ") for name in names]
    simplified = to_simplified("\n".join(flat)).split("\n")
    return [_squeeze(name.casefold()) for name in simplified]


def name_key(name: str) -> str:
    return name_keys([name])[0]
