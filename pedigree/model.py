"""The vocabulary of pedigree: what kinds of entities and ties exist, and dates that keep their
precision.

Every fact in the store is a *statement*: one claim, with the source that made it. Entity
attributes (a name, a sector, a founding date) are statements about an entity; ties (a job, a
founding, a funding round, a financial period) are statements about a dated relationship. See
docs/model.md for the rule that picks the value shown when statements disagree.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

ENTITY_TYPES = ("person", "organization", "product")
ORG_KINDS = ("company", "university", "lab", "investor", "government", "other")
# How a unit is part of its parent organisation (organizations.csv `relation`; data/hierarchy.csv).
PART_OF_RELATIONS = ("subsidiary", "brand", "lab", "unit")
STINT_KINDS = ("employment", "founder", "education", "advisor", "board")
CREDENTIAL_TYPES = ("phd", "paper", "competition", "award", "patent", "delivery")
EVENT_TYPES = ("ipo_hearing", "listing", "prospectus", "acquired", "shutdown", "other")

# Ties through which a person counts as having been "at" an organisation for lineage purposes.
LINEAGE_TIE_KINDS = ("employment", "founder")

UNICORN_USD = 1_000_000_000

PRECISIONS = ("year", "month", "day")
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?)?")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day: 2024, 2024-03 or 2024-03-05.

    `start` is the first day of the period; `end` the last. A comparison that must not look
    ahead uses `end` (the period is certainly over only then).
    """

    start: date
    precision: str

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse YYYY, YYYY-MM or YYYY-MM-DD (also with / or . separators)."""
        cleaned = text.strip()
        # A timestamp written by a tool ("2024-03-05 00:00:00") is a day.
        cleaned = re.sub(r"[ T]00:00:00(\.0+)?$", "", cleaned)
        match = _PARTIAL_DATE.fullmatch(cleaned)
        if not match:
            raise ValueError(f"not a date (use YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = match.groups()
        precision = "day" if day else "month" if month else "year"
        try:
            start = date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise ValueError(f"not a valid date: {text!r}") from None
        return cls(start, precision)

    @property
    def end(self) -> date:
        if self.precision == "year":
            return date(self.start.year, 12, 31)
        if self.precision == "month":
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return date(self.start.year, self.start.month, last)
        return self.start

    def __str__(self) -> str:
        return format_partial_date(self.start, self.precision)


def format_partial_date(start: date | None, precision: str | None) -> str:
    """Write a stored (date, precision) pair back with the precision it was known to."""
    if start is None:
        return ""
    if precision == "year":
        return f"{start.year:04d}"
    if precision == "month":
        return f"{start.year:04d}-{start.month:02d}"
    return start.isoformat()
