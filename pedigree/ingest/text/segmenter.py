"""jieba, the word segmenter, as every reader imports it: quiet. Loading its dictionary logs four
lines on stderr, which `pedigree extract` and `ingest` must not print; whichever reader loads it
first, the log level is set before."""

from __future__ import annotations

import logging
from math import log

import jieba
import jieba.finalseg

jieba.setLogLevel(logging.WARNING)

__all__ = ["jieba", "segment"]

# log(frequency) - log(total) of each dictionary word the texts have used (None for a prefix of
# words only, which the dictionary holds with frequency 0), for the dictionary it was computed
# from: jieba recomputes the logarithm for every candidate word of every character it reads.
_weights: dict[str, float | None] = {}
_weights_of: list = [None, 0]  # that dictionary and its total
_UNSEEN = object()


def segment(text: str) -> list[str]:
    """jieba.lcut(text, HMM=True), word for word. jieba cuts the text into runs of Han, Latin and
    digit characters and the stretches between them, and segments each on its own: a run the
    text repeats (a heading, 创始人, a school's name; a fifth of a demo-day post's characters)
    is segmented once."""
    done: dict[str, list[str]] = {}
    words: list[str] = []
    # re.split with the pattern's one group: the runs are the odd items, the rest between them
    for index, block in enumerate(jieba.re_han_default.split(text)):
        if block:
            cut = done.get(block)
            if cut is None:
                cut = done[block] = _cut_run(block) if index % 2 else jieba.lcut(block)
            words += cut
    return words


def _cut_run(run: str) -> list[str]:
    """jieba's cut of one run of Han, Latin and digit characters with its HMM (Tokenizer's
    __cut_DAG), computing the same floats in the same order: the best route from each character
    by the dictionary's word frequencies, read backwards in one pass (jieba builds every
    character's word list first, then scores it, slicing each word twice and recomputing its
    logarithm); the characters left single and unknown together go to the HMM."""
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    freq, total = tokenizer.FREQ, tokenizer.total
    if _weights_of[0] is not freq or _weights_of[1] != total:  # another dictionary
        _weights.clear()
        _weights_of[:] = [freq, total]
    weights, unknown = _weights, log(1) - log(total)
    n = len(run)
    score: list[float] = [0.0] * (n + 1)
    ends = list(range(1, n + 1))  # where the best word from each character ends
    for i in range(n - 1, -1, -1):
        best = None
        j = i + 1
        word = run[i]
        while True:
            weight = weights.get(word, _UNSEEN)
            if weight is _UNSEEN:
                if word not in freq:
                    break  # no dictionary word starts with it
                count = freq[word]
                weight = weights[word] = log(count) - log(total) if count else None
            if weight is not None:
                value = weight + score[j]
                if best is None or value >= best:  # a tie goes to the longer word, as in jieba
                    best, ends[i] = value, j
            if j == n:
                break
            j += 1
            word = run[i:j]
        score[i] = unknown + score[i + 1] if best is None else best
    words: list[str] = []
    buf = ""
    i = 0
    while i < n:
        j = ends[i]
        if j - i == 1:
            buf += run[i]
        else:
            if buf:
                _flush(buf, freq, words)
                buf = ""
            words.append(run[i:j])
        i = j
    if buf:
        _flush(buf, freq, words)
    return words


def _flush(buf: str, freq: dict[str, int], words: list[str]) -> None:
    """Single characters in a row: one word, the HMM's words if not a dictionary word, else the
    characters one by one (as jieba's __cut_DAG)."""
    if len(buf) == 1:
        words.append(buf)
    elif not freq.get(buf):
        words.extend(jieba.finalseg.cut(buf))
    else:
        words.extend(buf)
