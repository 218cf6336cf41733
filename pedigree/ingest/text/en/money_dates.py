"""The date of an English round or valuation: the nearest not another event's, else the news's."""

from __future__ import annotations

import re

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.periods import Period

_OTHER_EVENT = re.compile(r"\b(?:founded|established|incorporated|started|born|launched)\b[^,;]*$")
_DAY_WORDS = re.compile(
    r"\b(?:today|yesterday|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def near(ctx: Context, amount: Amount, start: int, end: int) -> Period | None:
    """The date nearest an amount: after it in its segment, else before it in the clause —
    not a date another verb governs ("founded in 2019", "born in 1980")."""
    after = ctx.periods_in(amount.end, min(end, amount.end + 80))
    before = list(reversed(ctx.periods_in(start, amount.start)))
    for period in [*after, *before]:
        cue = ctx.lower(max(start, period.start - 25), period.start)
        if not _OTHER_EVENT.search(cue):
            return period
    return None


def period_in(ctx: Context, start: int, end: int) -> Period | None:
    found = ctx.periods_in(start, end)
    return found[0] if found else None


def said_date(ctx: Context, start: int, end: int) -> str | None:
    """ "said Tuesday", "today announced": the news is as old as the article."""
    published = ctx.text.published
    if published and _DAY_WORDS.search(ctx.lower(start, end)):
        return published.strftime("%Y-%m")
    return None
