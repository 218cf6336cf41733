"""Reading Chinese prose in order: sentences, clauses, and who each clause is about.

Chinese reporting names a person once and then drops the subject or says 他/她 for sentences on
end; a company becomes 公司, 该公司 or 这家公司. `Context` walks the text once, keeping the
person and the company the story is about at each point, so that rules can ask "whose is this
clause?" and get an entity, never a pronoun.

This module holds the sentences and clauses; whom a reference means and who the story is about
at each point is `zh/coreference.py`, which company the piece is about `zh/companies.py`, and
the person a clause is about `zh/subjects.py`, mixed into `Context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.entities import Entity, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.periods import Period, find_periods
from pedigree.ingest.text.zh.companies import CompanySteps
from pedigree.ingest.text.zh.coreference import ReferenceSteps
from pedigree.ingest.text.zh.sentences import SENTENCE_END, Clause, bounded, table_cells
from pedigree.ingest.text.zh.subjects import SubjectSteps

# (a dash before 他 or 她 opens a clause about the one just named: 找到了伍樾——他此前在…)
_CLAUSE_END = frozenset("，,；;：:—")
_CLAUSE_MARKS = re.compile(r"[(（“「《)）”」》，,；;：:]|—(?=[他她])")


@dataclass
class Context(ReferenceSteps, CompanySteps, SubjectSteps):
    text: Text
    layout: Layout
    mentions: Mentions
    registry: Registry
    _topics: list[tuple[int, Entity]] = field(default_factory=list)  # (position, person)
    _foci: set[int] = field(default_factory=set)  # positions of topics named as a cleft's focus
    _kin: set[int] = field(default_factory=set)  # positions of topics named as someone's kin
    _companies: list[tuple[int, Entity]] = field(default_factory=list)  # (position, company)
    # organisations named as where someone works (在平安科技担任), by where first so named
    employers_named: dict[Entity, int] = field(default_factory=dict)
    sections: list[tuple[int, int, Entity]] = field(default_factory=list)  # demo-day projects
    _sorted_sections: list[tuple[int, int, Entity]] = field(default_factory=list)
    _pronouns: dict[Entity, str] = field(default_factory=dict)  # person → "he" or "she"
    _readable: dict[tuple[int, int, int, int], bool] = field(default_factory=dict)

    # -- structure -------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        found, start = [], 0
        folded = self.text.folded
        for match in SENTENCE_END.finditer(folded):
            if match.start() > start:
                for s, e in table_cells(folded, start, match.start()):
                    found.extend(bounded(folded, s, e))
            start = match.end()
        if start < len(folded):
            for s, e in table_cells(folded, start, len(folded)):
                found.extend(bounded(folded, s, e))
        return found

    @cached_property
    def clauses(self) -> list[Clause]:
        found = []
        folded = self.text.folded
        # 「…，」心元资本合伙人曾品睿说: the words after a quotation are a clause of their own
        speech_ends = {e for _, e in self.layout.speech}
        for index, (start, end) in enumerate(self.sentences):
            depth, begin = 0, start
            # Only brackets, quotes and clause ends matter; the rest of the sentence is skipped
            # in C.
            for mark in _CLAUSE_MARKS.finditer(folded, start, end):
                i, ch = mark.start(), mark.group()
                depth += 1 if ch in "(（“「《" else -1 if ch in ")）”」》" else 0
                if i in speech_ends and depth <= 0 and i + 1 < end:
                    found.append(Clause(begin, i + 1, index))
                    begin, depth = i + 1, 0
                    continue
                spoken = depth == 1 and self.layout.answer_at(i) is not None
                if (
                    (depth <= 0 or spoken)  # “我是缑其骁，湘雅医院…”: a pitch reads as prose
                    and ch in _CLAUSE_END
                    and not (
                        ch == ","
                        and (
                            (folded[i - 1 : i].isdigit() and folded[i + 1 : i + 2].isdigit())
                            or self.mentions.covering(i) is not None  # Align Technology, Inc.
                        )
                    )
                ):
                    if i > begin:
                        found.append(Clause(begin, i, index))
                    begin = i + 1
                    depth = 1 if spoken else 0
            if end > begin:
                found.append(Clause(begin, end, index))
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self.sentences[i] if self.sentences else (0, 0)

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    def clause_at(self, position: int) -> Clause | None:
        i = bisect_right(self._clause_starts, position) - 1
        if i >= 0 and position < self.clauses[i].end:
            return self.clauses[i]
        return None

    def clauses_before(self, clause: Clause) -> list[Clause]:
        """The clauses of `clause`'s sentence that come before it."""
        i = bisect_right(self._clause_starts, clause.start) - 1
        found = []
        while i > 0 and self.clauses[i - 1].sentence == clause.sentence:
            i -= 1
            found.append(self.clauses[i])
        return found[::-1]

    @cached_property
    def amounts(self) -> list[Amount]:
        return find_amounts(self.text.original)

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text.original, self.text.published)

    @cached_property
    def _amount_starts(self) -> list[int]:
        return [a.start for a in self.amounts]

    @cached_property
    def _period_starts(self) -> list[int]:
        return [p.start for p in self.periods]

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        i, j = bisect_left(self._amount_starts, start), bisect_left(self._amount_starts, end)
        return [a for a in self.amounts[i:j] if a.end <= end]

    def periods_in(self, start: int, end: int) -> list[Period]:
        i, j = bisect_left(self._period_starts, start), bisect_left(self._period_starts, end)
        return [p for p in self.periods[i:j] if p.end <= end]

    def readable(self, start: int, end: int) -> bool:
        """Whether the span states facts: not a byline, boilerplate, question or quoted speech."""
        # Each relation reader asks this of every clause in turn (ties, products, credentials,
        # financials): answered once per position while the layout's spans stay as they are
        # (they are only ever appended to, so their counts tell).
        layout = self.layout
        key = (start, len(layout.skipped), len(layout.questions), len(layout.speech))
        known = self._readable.get(key)
        if known is None:
            known = self._readable[key] = not (
                layout.is_skipped(start) or layout.in_question(start) or layout.in_speech(start)
            )
        return known
