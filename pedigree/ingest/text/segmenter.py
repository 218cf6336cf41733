"""jieba, the word segmenter, as every reader imports it: quiet. Loading its dictionary logs four
lines on stderr, which `pedigree extract` and `ingest` must not print; whichever reader loads it
first, the log level is set before."""

from __future__ import annotations

import logging

import jieba

jieba.setLogLevel(logging.WARNING)

__all__ = ["jieba", "segment"]


def segment(text: str) -> list[str]:
    """jieba.lcut(text, HMM=True), word for word. jieba cuts the text into runs of Han, Latin and
    digit characters and the stretches between them, and segments each on its own: a run the
    text repeats (a heading, 创始人, a school's name; a fifth of a demo-day post's characters)
    is segmented once."""
    done: dict[str, list[str]] = {}
    words: list[str] = []
    for block in jieba.re_han_default.split(text):
        if block:
            cut = done.get(block)
            if cut is None:
                cut = done[block] = jieba.lcut(block, HMM=True)
            words += cut
    return words
