"""jieba, the word segmenter, as every reader imports it: quiet. Loading its dictionary logs four
lines on stderr, which `pedigree extract` and `ingest` must not print; whichever reader loads it
first, the log level is set before."""

from __future__ import annotations

import logging
from math import log

import jieba
import jieba.finalseg
from jieba.finalseg import MIN_FLOAT, emit_P, start_P, trans_P

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
        words.extend(_hmm_cut(buf))
    else:
        words.extend(buf)


def _hmm_cut(text: str) -> list[str]:
    """jieba.finalseg.cut(text), word for word: its Han runs cut by the HMM, the rest split at
    Latin letters and digits (re.split with one group: the runs are the odd items)."""
    forced = jieba.finalseg.Force_Split_Words
    if not forced and jieba.finalseg.re_han.fullmatch(text):
        return _hmm_words(text)  # the common case: Han characters only, no words split by force
    words: list[str] = []
    for index, block in enumerate(jieba.finalseg.re_han.split(text)):
        if index % 2:
            for word in _hmm_words(block):
                words.extend(word if word in forced else (word,))
        else:
            words.extend(x for x in jieba.finalseg.re_skip.split(block) if x)
    return words


# The transitions the HMM allows (the others are MIN_FLOAT, never chosen over these).
_BE, _BM = trans_P["B"]["E"], trans_P["B"]["M"]
_EB, _ES = trans_P["E"]["B"], trans_P["E"]["S"]
_ME, _MM = trans_P["M"]["E"], trans_P["M"]["M"]
_SB, _SS = trans_P["S"]["B"], trans_P["S"]["S"]


def _hmm_words(run: str) -> list[str]:
    """jieba.finalseg's Viterbi tagging of a Han run (B, M, E, S) and its words, with the same
    floats added in the same order and ties going to the state jieba's max() of (score, state)
    picks (the later letter); each state's best predecessor is kept instead of a copy of its
    whole path at every character."""
    emit_b, emit_m, emit_e, emit_s = emit_P["B"], emit_P["M"], emit_P["E"], emit_P["S"]
    first = run[0]
    b = start_P["B"] + emit_b.get(first, MIN_FLOAT)
    m = start_P["M"] + emit_m.get(first, MIN_FLOAT)
    e = start_P["E"] + emit_e.get(first, MIN_FLOAT)
    s = start_P["S"] + emit_s.get(first, MIN_FLOAT)
    back: list[tuple[str, str, str, str]] = []  # per character after the first: B's, M's, E's, S's
    for char in run[1:]:
        em = emit_b.get(char, MIN_FLOAT)
        from_e, from_s = e + _EB + em, s + _SB + em
        nb, pb = (from_s, "S") if from_s >= from_e else (from_e, "E")
        em = emit_m.get(char, MIN_FLOAT)
        from_m, from_b = m + _MM + em, b + _BM + em
        nm, pm = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = emit_e.get(char, MIN_FLOAT)
        from_b, from_m = b + _BE + em, m + _ME + em
        ne, pe = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = emit_s.get(char, MIN_FLOAT)
        from_s, from_e = s + _SS + em, e + _ES + em
        ns, ps = (from_s, "S") if from_s >= from_e else (from_e, "E")
        b, m, e, s = nb, nm, ne, ns
        back.append((pb, pm, pe, ps))
    state = "S" if s >= e else "E"
    tags = [state]
    for step in reversed(back):
        state = step["BMES".index(state)]
        tags.append(state)
    tags.reverse()
    words: list[str] = []
    begin = after = 0
    for i, tag in enumerate(tags):
        if tag == "B":
            begin = i
        elif tag == "E":
            words.append(run[begin : i + 1])
            after = i + 1
        elif tag == "S":
            words.append(run[i])
            after = i + 1
    if after < len(run):
        words.append(run[after:])
    return words
