"""What the Chinese prose rules read: a text's sentences, its mentions, and regular-expression
pieces that match exactly the names found in it.

Rules (`news_people`, `news_business`) are regular expressions over the folded text in which
`{PERSON}`, `{ORG}` and `{SCHOOL}` stand for the people, organisations and schools this text
mentions; a match is then checked against the mentions and turned into facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.mentions import Mention, find_mentions
from pedigree.ingest.text.periods import Period, find_periods
from pedigree.ingest.text.regex import alternation

_SENTENCE_END = re.compile(r"[。！？!?\n]+|(?<=[a-z0-9])\.\s")
_NEVER = "(?!x)x"  # matches nothing: a slot with no names in this text
# Bylines: the people who wrote or edited the piece are never subjects of its facts.
_BYLINE = re.compile(
    r"^\s*(?:文|作者|撰文|记者|编辑|责编|责任编辑|校对|来源|出品|采访|整理)\s*[|｜:：/]\s*"
    r"(?P<names>[^\n]{1,30})$",
    re.MULTILINE,
)
PRONOUNS = ("他", "她")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass
class Prose:
    text: Text
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def read(cls, text: Text) -> Prose:
        return cls(text, find_mentions(text))

    # -- what the text holds -------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[Sentence]:
        found, start = [], 0
        for match in _SENTENCE_END.finditer(self.text.folded):
            if match.start() > start:
                found.append(Sentence(start, match.start()))
            start = match.end()
        if start < len(self.text.folded):
            found.append(Sentence(start, len(self.text.folded)))
        return found

    @cached_property
    def amounts(self) -> list[Amount]:
        return find_amounts(self.text.original)

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text.original, self.text.published)

    @cached_property
    def bylined(self) -> frozenset[str]:
        """Names in the byline (文|周鑫雨, 编辑|苏建勋): authors and editors."""
        names = set()
        for match in _BYLINE.finditer(self.text.folded):
            names |= {n.strip() for n in re.split(r"[、,，\s]+", match.group("names")) if n}
        return frozenset(names)

    @cached_property
    def _by_start(self) -> dict[int, Mention]:
        return {m.start: m for m in self.mentions}

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def slot(self, *labels: str) -> str:
        """An alternation of the names this text mentions with one of `labels`, longest first."""
        names = {self.text.folded[m.start : m.end] for m in self.mentions if m.label in labels}
        return alternation(names) if names else _NEVER

    @cached_property
    def slots(self) -> dict[str, str]:
        return {
            "PERSON": self.slot("person"),
            "ORG": self.slot("org", "school"),
            "COMPANY": self.slot("org"),
            "SCHOOL": self.slot("school"),
        }

    def rule(self, pattern: str) -> re.Pattern:
        """`pattern` with {PERSON}, {ORG}, {COMPANY} and {SCHOOL} filled in for this text."""
        filled = pattern
        for name, names in self.slots.items():
            filled = filled.replace("{" + name + "}", names)
        return re.compile(filled)

    def matches(self, pattern: str):
        yield from self.rule(pattern).finditer(self.text.folded)

    # -- looking around a position ---------------------------------------------------------

    def mention_at(self, start: int, end: int, *labels: str) -> Mention | None:
        """The mention spanning exactly [start, end) (labels, when given, must match)."""
        mention = self._by_start.get(start)
        if mention is None or mention.end != end or (labels and mention.label not in labels):
            return None
        return mention

    def mentions_in(self, start: int, end: int, *labels: str) -> list[Mention]:
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (not labels or m.label in labels):
                found.append(m)
            i += 1
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_of(self, position: int) -> Sentence:
        i = bisect_right(self._sentence_starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i]
        return Sentence(position, position)

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        i = bisect_right(self._sentence_starts, sentence.start) - 1
        while i >= 0 and self.sentences[i].end > sentence.start:
            i -= 1
        return self.sentences[i] if i >= 0 else None

    def last_before(self, position: int, *labels: str, sentences: int = 1) -> Mention | None:
        """The nearest mention before `position` in its sentence or, with `sentences` > 1, in
        as many sentences counting back."""
        sentence = self.sentence_of(position)
        for _ in range(sentences):
            found = self.mentions_in(sentence.start, position, *labels)
            if found:
                return found[-1]
            previous = self.previous_sentence(sentence)
            if previous is None:
                return None
            sentence, position = previous, previous.end
        return None

    def subject_before(self, position: int, *labels: str) -> Mention | None:
        """Like `last_before` in the sentence, but passing over names in a bracketed aside:
        in Orbita(由前字节跳动…创立)的估值 the valuation is Orbita's, not 字节跳动's."""
        sentence = self.sentence_of(position)
        text = self.text.folded
        candidates = self.mentions_in(sentence.start, position, *labels)
        for mention in reversed(candidates):
            between = text[mention.end : position]
            depth = 0
            for ch in between:
                depth += 1 if ch in "(（" else -1 if ch in ")）" else 0
            if depth >= 0:  # no bracket closes after it: it is not inside an aside
                return mention
        return None

    def person_for_pronoun(self, position: int) -> Mention | None:
        """The person 他/她 at `position` most likely refers to: the last one named before it,
        looking back up to three sentences."""
        return self.last_before(position, "person", sentences=3)

    def period_in(self, start: int, end: int, *, before: int | None = None) -> Period | None:
        """The last period inside [start, end) — ending before `before` when given."""
        limit = end if before is None else before
        inside = [p for p in self.periods if start <= p.start and p.end <= limit]
        return inside[-1] if inside else None

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        return [a for a in self.amounts if start <= a.start and a.end <= end]

    def is_subject(self, mention: Mention) -> bool:
        """False for bylined people: authors and editors are not subjects of the facts."""
        return not (mention.label == "person" and mention.name in self.bylined)


def date_text(period: Period | None) -> str | None:
    """A period as a date at its precision: a day or month as such, anything else as its year
    (2024年第二季度 founded → 2024)."""
    if period is None:
        return None
    if period.precision == "day":
        return period.first.isoformat()
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)


def aliases_of(*mentions: Mention | None) -> dict[str, str]:
    """Canonical name → the form the text used, for the mentions whose forms differ."""
    return {m.name: m.written for m in mentions if m is not None and m.written != m.name}
