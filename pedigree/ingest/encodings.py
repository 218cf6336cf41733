"""Which encoding a file's bytes are in: UTF-8 first, then the legacy encodings Chinese and
English reporting arrives in. One place for articles (`text.documents`) and tables (`load`)."""

from __future__ import annotations

import charset_normalizer

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
    return str(best), best.encoding


def is_utf8_start(raw: bytes) -> bool:
    """Whether the first bytes of a file read as UTF-8 (a character cut at the end is fine)."""
    if raw.startswith(tuple(_BOMS)):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(raw) - 3 and error.reason == "unexpected end of data"
    return True
