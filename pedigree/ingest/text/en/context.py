"""Reading English prose in order: who each clause is about, and whom "he", "she", "it", "the
company", "we" and "I" mean at each point.

`Context` holds the text with its mentions written into a *shape* (every name overwritten by a
marker of its kind, so a rule can say "a person, a comma, a title, at, an organisation"), the
sentences and their asides, and the timelines of people and companies the story moves
through. Rules ask it for the subject of a verb and get entities, never pronouns.

This module holds the text's geometry (shape, sentences, clauses, asides, amounts, periods);
whom a reference means is `en/coreference.py`, which company the text speaks of
`en/companies.py`, and who does what a verb says `en/subjects.py`, mixed into `Context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.en.companies import CompanySteps
from pedigree.ingest.text.en.coreference import ReferenceSteps
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.en.sentences import (
    Aside,
    find_asides,
    split_clauses,
    split_sentences,
)
from pedigree.ingest.text.en.subjects import SubjectSteps
from pedigree.ingest.text.entities import Entity, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.periods import Period, find_periods

_RELATIVE = re.compile(r"\s*(?:who|whose|whom|which|where|when)\b")
# A wire story's dateline: "SHANGHAI, March 18, 2025 /AsiaNet Wire/ --", "BEIJING (Reuters) -".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,40}(?:,[^\n/()]{0,40}?)?(?:\s*/[^/\n]{2,60}/|\s*\([^)\n]{2,40}\))?"
    r"\s*(?:--|—|–|-)\s+"
)


@dataclass
class Context(ReferenceSteps, CompanySteps, SubjectSteps):
    text: Text
    layout: Layout
    mentions: Mentions
    registry: Registry
    blocks: list[tuple[int, int, Entity]] = field(default_factory=list)  # name-led blocks
    _resolved: dict[int, Entity | None] = field(default_factory=dict)  # ref start → entity
    _genders: dict[Entity, str] = field(default_factory=dict)  # the pronoun a person took

    # -- structure --------------------------------------------------------------------------

    @cached_property
    def shape(self) -> str:
        chars = list(self.text.folded)
        folded = self.text.folded
        for m in self.mentions.items:
            if m.kind in MARK:
                chars[m.start : m.end] = MARK[m.kind] * (m.end - m.start)
                # "with her former colleague **Felix Grant**, who": bold inside a sentence is
                # no word (a line's bold lead, "**Felix Grant** ran …", stays as it is)
                if folded.startswith("**", m.end) and folded.startswith("**", m.start - 2):
                    line_start = folded.rfind("\n", 0, m.start) + 1
                    if folded[line_start : m.start - 2].strip():
                        chars[m.start - 2 : m.start] = chars[m.end : m.end + 2] = [" ", " "]
        return "".join(chars)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text.folded)

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """Every word of every person's name the text names (Salleh of Ridhwan Salleh)."""
        return frozenset(
            word
            for m in self.mentions.items
            if m.kind == "person" and m.entity is not None
            for word in m.entity.name.split()
        )

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        found = []
        for start, end in self.sentences:
            dateline = _DATELINE.match(self.text.folded, start, end)
            found += split_clauses(self.text.folded, dateline.end() if dateline else start, end)
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self.sentences[i] if self.sentences else (0, 0)

    def clause_at(self, position: int) -> tuple[int, int]:
        start, end = self.sentence_at(position)
        for s, e in split_clauses(self.text.folded, start, end):
            if s <= position < e:
                return s, e
        return start, end

    @cached_property
    def _asides(self) -> dict[int, list[Aside]]:
        return {
            s: [a for a in find_asides(self.text.folded, s, e) if self._describes(a)]
            for s, e in self.sentences
        }

    def _describes(self, aside: Aside) -> bool:
        """An apposition stands right after the name it describes; ", previously studied …"
        after a date goes on with the main clause. Brackets, dashes and relative clauses are
        asides wherever they stand."""
        text = self.text.folded
        if text[aside.start] != "," or _RELATIVE.match(text, aside.start + 1):
            return True
        position = aside.anchor
        while position > 0 and text[position - 1] in " )\"”’":
            position -= 1
        named = self.mentions.covering(position - 1)
        return named is not None and named.kind != "place"

    def asides(self, position: int) -> list[Aside]:
        return self._asides.get(self.sentence_at(position)[0], [])

    def aside_at(self, position: int) -> Aside | None:
        inner = [a for a in self.asides(position) if a.start < position < a.end]
        return max(inner, key=lambda a: a.start) if inner else None

    @cached_property
    def amounts(self) -> list[Amount]:
        return find_amounts(self.text.folded)

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text.folded, self.text.published)

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        return _between(self.amounts, self._amount_starts, start, end)

    def periods_in(self, start: int, end: int) -> list[Period]:
        return _between(self.periods, self._period_starts, start, end)

    @cached_property
    def _amount_starts(self) -> list[int]:
        return [a.start for a in self.amounts]

    @cached_property
    def _period_starts(self) -> list[int]:
        return [p.start for p in self.periods]

    @cached_property
    def _unreadable(self) -> bytearray:
        """Per character: 1 in a byline, boilerplate, an interviewer's question or quoted
        speech."""
        marks = bytearray(len(self.text.folded) + 1)
        for start, end in [*self.layout.skipped, *self.layout.questions, *self.layout.speech]:
            marks[start:end] = b"\x01" * (min(end, len(marks)) - start)
        return marks

    def readable(self, position: int) -> bool:
        """Whether text at `position` states facts: not a byline, boilerplate, question or
        quoted speech."""
        return not self._unreadable[position]

    def lower(self, start: int, end: int) -> str:
        return self.shape[start:end].lower()

    def _sentence_back(self, position: int, count: int) -> int:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self._sentence_starts[max(0, i - count)] if self.sentences else 0


    def block_person(self, position: int) -> Entity | None:
        """The person a name-led block (a team page entry, a list line, an infobox) is about."""
        return next((e for s, end, e in self.blocks if s <= position < end), None)


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by start) that lie within [start, end)."""
    i = bisect_left(starts, start)
    found = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            found.append(items[i])
        i += 1
    return found

