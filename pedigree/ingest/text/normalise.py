"""Folding text for analysis without moving offsets: full-width → half-width, Traditional →
Simplified, character for character."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import cn2an

from pedigree.names import to_simplified


def fold(text: str, *, lower: bool = False) -> str:
    """Full-width → half-width and Traditional → Simplified, character for character.

    OpenCC converts some phrases as a whole; where that would change the length, characters are
    converted one by one instead, so offsets never move.
    """
    # Whole texts are cached apart from names and phrases: between a reader's fold of a text and
    # `unread`'s, the thousands of short folds would push the text out of one shared cache.
    return _fold_long(text, lower) if len(text) >= _LONG else _fold_short(text, lower)


_LONG = 1000


@lru_cache(maxsize=8)  # the texts being read: readers fold the same text more than once
def _fold_long(text: str, lower: bool) -> str:
    return _fold(text, lower)


@lru_cache(maxsize=16)
def _fold_short(text: str, lower: bool) -> str:
    return _fold(text, lower)


def _fold(text: str, lower: bool) -> str:
    narrow = text.translate(_NARROWED[lower])
    simplified = to_simplified(narrow)
    if len(simplified) != len(narrow):
        simplified = "".join(
            c if len(c) == 1 else n
            for n, c in zip(narrow, map(to_simplified, narrow), strict=True)
        )
    if "沈" in narrow:
        # OpenCC reads 沈默 as the old form of 沉默 (silence); in reporting 沈 is the surname
        simplified = "".join(
            n if n == "沈" else c for n, c in zip(narrow, simplified, strict=True)
        )
    if "募资" in simplified:
        # Taiwan's word for a company's raise (完成A輪募資), read as the mainland's 融资
        simplified = simplified.replace("募资", "融资")
    if '"' in simplified:
        simplified = _STRAIGHT_QUOTED.sub(_curled, simplified)
    if "<" in simplified:
        # a line break inside a table cell (…主治医师<br>秦越（联合创始人）：…) ends a clause
        simplified = _LINE_BREAK_TAG.sub(lambda m: ";" + " " * (len(m.group()) - 1), simplified)
    if "係" in text and _CANTONESE_IS.search(text):
        # 係 is Cantonese 是 after a pronoun or an adverb (佢係聯合創辦人), else 系 (關係)
        copulas = {m.start() for m in _CANTONESE_IS.finditer(text)}
        simplified = "".join("是" if i in copulas else c for i, c in enumerate(simplified))
    return simplified


_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Straight quotes typed in Chinese text (旗下"砺码标注云"平台) are the curly pair the readers know;
# a pair is curled where it holds or touches a Chinese character (English quotes stay).
_STRAIGHT_QUOTED = re.compile(r'"([^"\n]{1,40})"')
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _curled(match: re.Match[str]) -> str:
    text, (start, end) = match.string, match.span()
    if _HAN_CHAR.search(text, max(0, start - 1), end + 1):
        return f"“{match.group(1)}”"
    return match.group()


# Written Cantonese (Hong Kong interviews, 經濟一週): characters Mandarin never writes, read as
# the Mandarin word they stand for, one character for one, so the readers' cues apply
# (我喺羅兵咸永道做咗十年 reads as 我在…做了十年).
_CANTONESE = {
    "喺": "在", "嘅": "的", "咗": "了", "佢": "他", "哋": "们", "冇": "没", "嚟": "来", "嗰": "那",
    "啲": "些", "唔": "不", "睇": "看", "諗": "想", "搵": "找", "攞": "拿", "畀": "给",
}
_CANTONESE_IS = re.compile(r"(?<=[佢我你都就唔即仲先亦])係")


def _narrow(char: str, lower: bool) -> str:
    if char in _CANTONESE:
        return _CANTONESE[char]
    normal = unicodedata.normalize("NFKC", char)
    normal = normal.lower() if lower else normal
    return normal if len(normal) == 1 else char


class _Narrowed(dict[int, str]):
    """A `str.translate` table that fills itself: code point → `_narrow` of it, computed the
    first time the character is seen. Translating in C instead of a Python call per character
    made folding a tenth of its former cost; the result is the same, character for character."""

    def __init__(self, lower: bool) -> None:
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        narrow = self[code] = _narrow(chr(code), self.lower)
        return narrow


_NARROWED = {False: _Narrowed(False), True: _Narrowed(True)}


def numeral_value(text: str) -> float:
    """1,320 or 1320.5 or 一千三百二十 / 两千 as a number; ValueError when it is neither."""
    if text.replace(",", "").replace(".", "", 1).isdigit():
        return float(text.replace(",", ""))
    if text[:1] in "十百千万":
        text = "一" + text  # 百人 is a hundred people
    try:
        return float(cn2an.cn2an(text.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        raise ValueError(f"not a number: {text!r}") from None
