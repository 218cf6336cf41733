"""Where a Chinese text names people: words the segmenter found that start with a surname,
scored by the words around them (`people.score_names`), the NER model asked only about the
names still in doubt, and places that read like names dropped."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from itertools import accumulate

from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.name_candidates import dictionary, surnames
from pedigree.ingest.text.zh.name_readings import NameEvidence, with_model
from pedigree.ingest.text.zh.org_words import word_offsets, words
from pedigree.ingest.text.zh.people import score_names

NAME_THRESHOLD = 1.5


def person_names(text: Text) -> list[NameEvidence]:
    """The people a text names, with their evidence."""
    folded = text.folded
    return [
        e
        for e in _name_evidence(folded)
        # 回台後先在…: 后 is a surname, 後 (after) folded to it is not
        if not (e.name[0] == "后" and all(text.original[p] == "後" for p in e.places))
        # 於高雄創立: a city written after a word for "in" or "to" is a place, not a person
        and not (
            e.name in place_names()
            and any(_AT_PLACE.search(folded, max(0, p - 5), p) for p in e.places)
        )
        # 在福建晋江创立: a town the dictionary knows, after its province
        and not (
            dictionary()[1].get(e.name, "").startswith("ns")
            and any(_in_region(folded, p) for p in e.places)
        )
    ]


@cache
def _tagger():
    from pedigree.ingest.text.ner import default_tagger

    return default_tagger()


def _segmenter_hints(folded: str) -> list[tuple[int, int]]:
    """Words jieba's segmenter found that its dictionary does not hold and that start with a
    surname: the new words its HMM discovers are mostly names (cheap: plain segmentation)."""
    # (the dictionary loaded first: jieba's FREQ before it loads is an empty placeholder, which
    # gave a process's first text other hints than the same text read later)
    freq, tags = dictionary()
    single, compound = surnames()
    # The dictionary is asked only about words of a name's length that start with a surname:
    # this loop sees every word of the text (each blank of a blanked line is one).
    return [
        (position, position + len(word))
        for word, position in zip(words(folded), word_offsets(folded), strict=True)
        if 2 <= len(word) <= 4
        and (word[0] in single or word[:2] in compound)
        and (not freq.get(word) or tags.get(word, "").startswith("nr"))
    ]


def _model_hints(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans the NER model reads as names, in the sentences around `spans` only: the model is
    the slowest step, so it is asked only where the words around a name left it undecided."""
    hints, done = [], set()
    window_words = _words_between(folded)
    for start, end in spans:
        # The clause around the name, at most 30 characters each side: enough context for the
        # model's window, and the model's cost grows with the characters it reads.
        low, high = max(0, start - 30), min(len(folded), end + 30)
        left = max(max(folded.rfind(ch, low, start) for ch in "。\n!?;,，") + 1, low)
        right = min(
            (i for i in (folded.find(ch, end, high) for ch in "。\n!?;,，") if i >= 0), default=high
        )
        if (left, right) in done:
            continue
        done.add((left, right))
        hints += [
            (s + left, e + left)
            for label, s, e in _tagger().entities(
                folded[left:right], folded=True, words=window_words(left, right)
            )
            if label == "NAME"
        ]
    return hints


def _words_between(folded: str) -> Callable[[int, int], tuple[str, ...] | None]:
    """jieba's words of folded[left:right], taken from the whole text's segmentation where that
    is what segmenting the window alone gives, else None. jieba segments each run of Han, Latin
    and digit characters on its own and splits all else character by character, so a window
    whose ends fall between words and cut no such run is segmented as the whole text is (the
    model's windows would otherwise segment a second time what `words` already did)."""
    from pedigree.ingest.text.segmenter import jieba

    whole = words(folded)
    # Where each word starts, bisected: a text has tens of thousands of words, a few windows.
    starts = list(accumulate(map(len, whole), initial=0))

    def index(at: int) -> int | None:
        i = bisect_right(starts, at) - 1  # the last word starting there, as a dict would keep
        return i if i >= 0 and starts[i] == at else None

    def cuts_run(at: int) -> bool:
        return 0 < at < len(folded) and bool(jieba.re_han_default.fullmatch(folded, at - 1, at + 1))

    def between(left: int, right: int) -> tuple[str, ...] | None:
        i, j = index(left), index(right)
        if i is None or j is None or cuts_run(left) or cuts_run(right):
            return None
        return whole[i:j]

    return between


_AT_PLACE = re.compile(r"(?:在|于|到|赴|从|来自|位于|落户|总部设在)\s?$")


def _in_region(folded: str, position: int) -> bool:
    """Whether a place the list names (a province, a country) stands right before
    `position`, after a word for "in" or "to"."""
    for n in (2, 3):
        region = folded[max(0, position - n) : position]
        before = max(0, position - n - 5)
        if region in place_names() and _AT_PLACE.search(folded, before, position - n):
            return True
    return False


def _name_evidence(folded: str) -> list:
    """Names with their evidence: words around them and the segmenter first, then the NER
    model for the candidates still in doubt."""
    hints = _segmenter_hints(folded)
    scored = score_names(folded, hints)
    doubtful = [
        (p, p + len(e.name)) for e in scored if 0.5 <= e.score < NAME_THRESHOLD for p in e.places
    ]
    if doubtful:
        scored = with_model(folded, scored, _model_hints(folded, doubtful))
    kept = [e for e in scored if e.score >= NAME_THRESHOLD]
    return _without_cut_surnames(kept)


# Characters that are surnames but far more often a word before a name (由, 向, 于 …).
_FUNCTION_SURNAMES = frozenset("由向于和与及从把被将对在为同跟让给叫说是")


def _without_cut_surnames(names: list) -> list:
    """郗明澈 and 明澈 read at the same places: the shorter is the longer with a rare surname cut
    off (the NER model knows 明 as a surname better than 郗), never written alone."""
    by_name = {e.name: e for e in names}
    cut = set()
    for e in names:
        # (范姜宜蓁 and 姜宜蓁: a compound surname's first character cut off likewise)
        inner = by_name.get(e.name[1:]) if len(e.name) in (3, 4) else None
        if (
            inner is not None
            and e.name[0] not in _FUNCTION_SURNAMES
            and {p + 1 for p in e.places} == set(inner.places)
        ):
            cut.add(inner.name)
    return [e for e in names if e.name not in cut]
