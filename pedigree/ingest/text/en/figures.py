"""The period a financial figure in English prose is for.

A figure is either a result ("revenue was $51.3 million") or the same figure for an earlier
period it is compared with (", up from $36.0 million in the same period of 2024", "from 158
million yuan a year earlier", "compared with a net loss of $7.6 million for the third quarter of
2024"). A result's period is the one written after it (up to the next figure or an outlook),
else one the text gives relative to the report ("in the quarter", "the fourth quarter of the
fiscal year", "the first nine months of the year", "for the full year"), else the last one
before it in its sentence — not one an earlier comparison took — else the period the figures
just read were for, or one a heading or the sentence just before names ("Third Quarter 2025
Financial Highlights" above a list of figures). A compared figure's period is the result's a
year back, or the same span of months in the year it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.periods import Period

# What introduces the figure a result is compared with: "up from", "compared with", "versus".
COMPARED = re.compile(
    r"\b(?:from|compared (?:with|to)|versus|vs\.?|against|than)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
)
# Where a figure's own wording ends: an outlook, or its comparison begins.
_STOP = re.compile(
    r"\b(?:expects?|plans?|aims?|hopes?|forecasts?|projects?|targets?)\b|;"
    # ("Revenue last year was £4.2 million, and this year should be …": the next clause's year)
    r"|,\s+(?:and|but|while|whereas)\b"
    r"|\b(?:from|compared (?:with|to)|versus|vs\.?|against)\b"
)
_A_YEAR_BACK = re.compile(
    r"^[^.;$¥€£]{0,40}?\b(?:a year (?:earlier|before|ago)|the year (?:before|earlier)"
    r"|(?:in |for )?the (?:prior|previous|preceding) (?:fiscal |financial )?(?:year|period|quarter)"
    r"|(?:in |for )?the same (?:period|quarter|months|time)(?: a year (?:earlier|ago|before)"
    r"| last year| of the (?:prior|previous) year)|prior[- ]year|year[- ]earlier)\b"
)
_OTHER_EVENT = re.compile(r"\b(?:founded|established|incorporated|started|born|launched)\b[^,;]*$")
_COMPARED_PERIOD = re.compile(
    r"(?:\bsame (?:period|quarter|months|time|half) (?:of|in)|\bfrom|\bthan|\bcompared (?:with|to)"
    r"|\bversus|\bvs\.?)\s+(?:the\s+)?$"
)
_SAME_SPAN = re.compile(r"\bsame (?:period|quarter|months|time|half)\s+(?:of|in)\s+(?:the\s+)?$")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNT = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
# Spans written relative to the report or the year in question.
_RELATIVE = re.compile(
    r"\b(?:in|during|for|over|of)\s+the\s+(?P<quarter>quarter|three months|period)\b"
    r"|\b(?:the\s+)?first\s+(?P<n>three|six|nine|\d{1,2})\s+months\s+of\s+(?:the|this)\s+"
    r"(?P<nfiscal>fiscal\s+|financial\s+)?year\b"
    r"|\b(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter\s+of\s+(?:the|this)\s+"
    r"(?P<qfiscal>fiscal\s+|financial\s+)?year\b"
    r"|\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the|this)\s+(?P<hfiscal>fiscal\s+"
    r"|financial\s+)?year\b"
    r"|\b(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+(?:fiscal\s+|financial\s+)?year\b"
    r"|\b(?P<bare>first|second|third|fourth)[- ]quarter\b(?!\s+(?:of\s+)?(?:fiscal\s+)?\d)"
)


@dataclass
class Report:
    """What the figures read so far were for: the last result's period, the last twelve
    months named, and where that result stood."""

    period: Period | None = None
    year: Period | None = None
    at: int = -1
    taken: list[tuple[int, int]] = field(default_factory=list)  # periods comparisons took

    def record(self, period: Period, at: int) -> None:
        self.period, self.at = period, at
        if _months(period) == 12:
            self.year = period


def result_period(ctx: Context, amount: Amount, end: int, limit: int, report: Report):
    """The period a result is for (see the module's account), or None."""
    sentence = ctx.sentence_at(amount.start)
    stop = _stop(ctx, amount, min(end, limit))
    own = _own(ctx, amount.end, stop, sentence[0])
    if own is not None:
        return refine(ctx, own)
    relative = _relative(ctx, amount, stop, sentence[0], report)
    if relative is not None:
        return relative
    for period in reversed(ctx.periods_in(sentence[0], amount.start)):
        if _usable(ctx, period, sentence[0]) and (period.start, period.end) not in report.taken:
            return refine(ctx, period)
    if report.period is not None and 0 <= amount.start - report.at < 1500:
        return report.period
    return _heading_period(ctx, sentence[0])


def compared_period(ctx: Context, amount: Amount, end: int, limit: int, reference: Period,
                    report: Report):
    """The period of a figure a result (for `reference`) is compared with."""
    stop = _stop(ctx, amount, min(end, limit))
    after = ctx.lower(amount.end, stop)
    if _A_YEAR_BACK.match(after):
        return _in_year(reference, reference.last.year - 1)
    own = _own(ctx, amount.end, stop, ctx.sentence_at(amount.start)[0], compared=True)
    if own is None:
        return _in_year(reference, reference.last.year - 1)  # "narrowed to $X from $Y"
    report.taken.append((own.start, own.end))
    same = _SAME_SPAN.search(ctx.lower(max(amount.end, own.start - 30), own.start))
    fiscal = ctx.lower(own.start, own.end).startswith("fiscal") and _months(reference) == 12
    if own.precision == "year" and (same or fiscal):
        return _in_year(reference, own.last.year)  # "in the same period of 2024"
    return refine(ctx, own)  # "compared with $20.5 million in 2024": that year


def _stop(ctx: Context, amount: Amount, limit: int) -> int:
    window = ctx.lower(amount.end, min(limit, amount.end + 70))
    cut = _STOP.search(window)
    return amount.end + (cut.start() if cut else len(window))


def _own(ctx: Context, start: int, stop: int, floor: int, compared: bool = False):
    for period in ctx.periods_in(start, stop):
        if _usable(ctx, period, floor, compared):
            return period
    return None


def _usable(ctx: Context, period: Period, floor: int, compared: bool = False) -> bool:
    if period.precision == "day":
        return False
    cue = ctx.lower(max(floor, period.start - 30), period.start)
    return not _OTHER_EVENT.search(cue) and (compared or not _COMPARED_PERIOD.search(cue))


def _relative(ctx: Context, amount: Amount, stop: int, sentence_start: int, report: Report):
    after = _RELATIVE.search(ctx.lower(amount.end, stop))
    before = list(_RELATIVE.finditer(ctx.lower(sentence_start, amount.start)))
    match = after or (before[-1] if before else None)
    if match is None:
        return None
    year = report.period.last.year if report.period else None
    if year is None and ctx.text.published is not None:
        year = ctx.text.published.year
    if match.group("quarter"):
        found = report.period if report.period and _months(report.period) == 3 else None
        return found
    if match.group("bare"):  # "third-quarter revenue": this year's, or last year's if not over
        q = _ORDINAL[match.group("bare")]
        fiscal_year = report.year
        if fiscal_year is not None and _months(fiscal_year) == 12 and fiscal_year.first.month != 1:
            # a report on a fiscal year to March: its fourth quarter is January to March
            return _span(fiscal_year.first.year, fiscal_year.first.month + 3 * (q - 1), 3)
        if report.period is None and ctx.text.published is not None:
            published = ctx.text.published
            year = published.year if 3 * q <= published.month else published.year - 1
        return _span(year, 3 * q - 2, 3) if year else None
    fiscal = match.group("nfiscal") or match.group("qfiscal") or match.group("hfiscal")
    base = report.year if report.year is not None else None
    if fiscal and base is None:
        return None
    first_month = base.first.month if fiscal and base else 1
    first_year = base.first.year if fiscal and base else year
    if first_year is None:
        return None
    if match.group("n"):
        n = _COUNT.get(match.group("n")) or int(match.group("n"))
        return _span(first_year, first_month, n)
    if match.group("q"):
        return _span(first_year, first_month + 3 * (_ORDINAL[match.group("q")] - 1), 3)
    if match.group("h"):
        return _span(first_year, first_month + (6 if match.group("h") == "second" else 0), 6)
    return base  # "for the full year": the twelve months in question


def _heading_period(ctx: Context, sentence_start: int) -> Period | None:
    """A period the sentence just before states (any span), or one of the two before that
    heading a report ("Third Quarter 2025 Financial Highlights"): a quarter, half or months."""
    earlier = [s for s in ctx.sentences if s[1] <= sentence_start and s[0] >= sentence_start - 600]
    for back, (start, end) in enumerate(reversed(earlier[-3:])):
        for period in reversed(ctx.periods_in(start, end)):
            if not _usable(ctx, period, start):
                continue
            if back == 0 or period.precision in ("quarter", "half", "months"):
                return refine(ctx, period)
    return None


def _months(period: Period) -> int:
    return (period.last.year - period.first.year) * 12 + period.last.month - period.first.month + 1


def _span(year: int, month: int, months: int) -> Period:
    """`months` months from `month` of `year` (a month past December runs into next year)."""
    index = year * 12 + month - 1
    last_index = index + months - 1
    last_year, last_month = last_index // 12, last_index % 12 + 1
    last = date(last_year + (last_month == 12), last_month % 12 + 1, 1).toordinal() - 1
    return Period(date(index // 12, index % 12 + 1, 1), date.fromordinal(last), "months", 0, 0)


def _in_year(period: Period, year: int) -> Period:
    """The same span of months ending in `year` (fiscal years are named by their end)."""
    shift = year - period.last.year
    return _span(period.first.year + shift, period.first.month, _months(period))


_RELATIVE_PART = re.compile(
    r"(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter"
    r"|first\s+(?P<n>three|six|nine|\d{1,2})\s+months)\s+of\s+$"
)


def refine(ctx: Context, period: Period) -> Period:
    """ "the first half of this year": a part of a year written relative to publication."""
    part = _RELATIVE_PART.search(ctx.lower(max(0, period.start - 40), period.start))
    if part is None or period.precision != "year":
        return period
    year = period.first.year
    if part.group("half"):
        return _span(year, 1 if part.group("half") == "first" else 7, 6)
    if part.group("q"):
        return _span(year, 3 * _ORDINAL[part.group("q")] - 2, 3)
    n = part.group("n")
    return _span(year, 1, _COUNT.get(n) or int(n))
