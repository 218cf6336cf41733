"""Which encoding a file's bytes are in: UTF-8 first, then the legacy encodings Chinese and
English reporting arrives in. One place for articles (`text.documents`) and tables (`load`)."""

from __future__ import annotations

import functools
import math

import charset_normalizer

from pedigree.names import to_simplified

# Tried, in this order of preference, when the bytes are not UTF-8.
CANDIDATES = ("gb18030", "big5", "utf_16", "utf_32", "cp1252")
NAMES = "UTF-8, GB18030, Big5, UTF-16, UTF-32 or Windows-1252"
_BOMS = {b"\xff\xfe\x00\x00": "utf_32", b"\x00\x00\xfe\xff": "utf_32", b"\xff\xfe": "utf_16",
         b"\xfe\xff": "utf_16"}  # fmt: skip


def decode(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding name) of `raw`, or None when no candidate encoding reads it. A UTF-8 or
    UTF-16/32 byte-order mark decides; otherwise UTF-8 is tried before any guess."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for mark, encoding in _BOMS.items():
        if raw.startswith(mark):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        return None
    if best.encoding in _CHINESE:
        return _likelier_chinese(raw, str(best), best.encoding)
    return str(best), best.encoding


_CHINESE = ("gb18030", "big5")


def _likelier_chinese(raw: bytes, text: str, encoding: str) -> tuple[str, str]:
    """GB18030 or Big5, whichever reads the bytes as likelier Chinese. The same bytes are often
    valid in both, and on a few names (a short table) the detector's guess is a coin toss: 张伟
    in GB18030 reads as 桲帡 in Big5. A long text is left to the detector, which is reliable
    there (and this check costs a second, to count characters in jieba's dictionary)."""
    if len(text) > SHORT_TEXT:
        return text, encoding
    other = _CHINESE[1 - _CHINESE.index(encoding)]
    try:
        alternative = raw.decode(other)
    except UnicodeDecodeError:
        return text, encoding
    if _likelihood(alternative) > _likelihood(text):
        return alternative, other
    return text, encoding


SHORT_TEXT = 4000


def _likelihood(text: str) -> float:
    """Mean log frequency of a text's characters beyond ASCII (Traditional read as
    Simplified); kana, symbols and rare characters a wrong decoding makes count as never seen."""
    counts = _character_counts()
    wide = [ch for ch in to_simplified(text) if ord(ch) > 0x7F and not ch.isspace()]
    return sum(math.log1p(counts.get(ch, 0)) for ch in wide) / len(wide) if wide else 0.0


@functools.cache
def _character_counts() -> dict[str, int]:
    """How often each character occurs in the words of jieba's dictionary (shipped with it)."""
    import jieba  # only for a short file that is not UTF-8

    counts: dict[str, int] = {}
    with jieba.get_dict_file() as handle:
        for line in handle:
            word, count = line.decode("utf-8").split(" ")[:2]
            for ch in word:
                counts[ch] = counts.get(ch, 0) + int(count)
    return counts


def is_utf8_start(raw: bytes) -> bool:
    """Whether the first bytes of a file read as UTF-8 (a character cut at the end is fine)."""
    if raw.startswith(tuple(_BOMS)):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(raw) - 3 and error.reason == "unexpected end of data"
    return True
