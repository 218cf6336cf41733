"""Dates near an English fact: the period written shortly after or before a position, as
`periods.iso_date` writes it."""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.periods import Period


def period_near(ctx: Context, start: int, end: int) -> Period | None:
    """The first date written shortly after `start` (within its clause, up to `end`)."""
    found = ctx.periods_in(start, min(end, start + 40))
    return found[0] if found else None


def period_before(ctx: Context, start: int, position: int) -> Period | None:
    """The last date written between `start` and `position`, not a birth year."""
    found = [p for p in ctx.periods_in(start, position) if not _birth(ctx, p)]
    return found[-1] if found else None


def _birth(ctx: Context, period: Period) -> bool:
    """ "(born 1988)": a birth year dates no tie."""
    before = ctx.lower(max(0, period.start - 12), period.start)
    return bool(re.search(r"\bborn\s*(?:in\s+|on\s+)?$", before))
