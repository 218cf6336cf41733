"""Dates and periods as reporting writes them, resolved to first and last day.

2025年前9個月 → 2025-01-01 … 2025-09-30; 2024全年 → the year; 2024年第二季度 → April–June;
2023年9月 → the month; 2022年底 → December 2022; 今年, 去年, 上个月, 近日 → resolved against the
publication date. The same in English: "the first nine months of 2025", "Q2 2024", "fiscal 2024",
"the fiscal year ended March 31, 2025", "the three months ended Sept. 30", "fiscal 2025, ended
March 31" (twelve, three or n months to that month's end),
"March 5, 2024", "in March 2024", "late 2022", "last year", "in March" (the latest March by the
publication date). Spans index the text as given, Traditional or Simplified. The forms
themselves (patterns and clue words) are in `period_forms`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from pedigree.ingest.text.normalise import fold, numeral_value
from pedigree.ingest.text.period_forms import (
    CLUES,
    COMPILED,
    EN_MONTHS,
    EN_NUMBERS,
    FISCAL_ASIDE,
    MONTH_NAME,
    YEARLESS_COMPILED,
)

_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
# Comparisons, not periods: 去年同期 is "the same period a year before", whatever it is.
_NOT_A_PERIOD = re.compile(r"(?:去年|上年|今年)同期")
# What stands before a period the text compares with, not one it reports on: 较2024年的…
_COMPARED = re.compile(r"(?:较|比|相比|由|从|对比)\s?$")
# Spans written without their year (第三季度, 前三季度, 上半年): the year is the one the text last
# named, else the publication's.
_EVENT_YEAR = re.compile(r"(?:成立|创立|创办|创建|始创|出生|生)于?\s?$")
_YEAR_REACH = 120  # characters over which a named year still dates a yearless span


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    precision: str  # day, month, quarter, half, year, or months (a run of months)
    start: int
    end: int


def iso_date(period: Period | None) -> str | None:
    """A period as the date a fact carries: ISO text at its precision (2024-03-05, 2024-03,
    2024); a quarter, half or run of months is known to the year."""
    if period is None:
        return None
    if period.precision == "day":
        return period.first.isoformat()
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)


def find_periods(text: str, published: date | None = None) -> list[Period]:
    """Every date or period in `text`; relative ones only when `published` is known."""
    folded = fold(text, lower=True)
    taken = bytearray(len(folded))  # characters a longer form already claimed
    for match in _NOT_A_PERIOD.finditer(folded):
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    found = []
    fiscal_end = _fiscal_year_end(folded)
    # Counted first (findall of one character allocates nothing): the positions are needed only
    # when they are few enough to try one by one. At fewer than one per 20 characters that beats
    # the plain scan of every character; the matches are the same either way.
    sparse = None
    if len(_WORD_START.findall(folded)) * 20 < len(folded):
        sparse = [m.start() for m in _WORD_START.finditer(folded)]
    may_occur = _Clues(folded)
    for kind, pattern in COMPILED:
        if not may_occur(kind):
            continue
        for match in _scan(pattern, folded, sparse):
            if any(taken[match.start() : match.end()]):
                continue  # a longer form already claimed this text
            resolve = _resolve_english if kind.startswith("en_") else _resolve
            period = resolve(kind, match, published)
            if period is None:
                continue
            if kind == "en_full_year" and fiscal_end and match.group().startswith(("fiscal", "fy")):
                period = _fiscal_year(int(match.group("year")), fiscal_end)
            first, last, precision = period
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            # "in March": the cue word places the month but is not part of the date
            start, end = match.span("quote") if "quote" in match.groupdict() else match.span()
            found.append(Period(first, last, precision, start, end))
    found.sort(key=lambda p: p.start)
    for kind, pattern in YEARLESS_COMPILED:
        if not may_occur(kind):
            continue
        for match in pattern.finditer(folded):
            if any(taken[match.start() : match.end()]):
                continue
            named = [
                p.last.year
                for p in found
                if p.end <= match.start()
                and match.start() - p.end <= _YEAR_REACH  # a year named long before is history
                and "\n" not in folded[p.end : match.start()]  # …or in another paragraph
                and not _EVENT_YEAR.search(folded, max(0, p.start - 6), p.start)  # 成立于2019年
                and p.precision != "day"
                and not _COMPARED.search(folded, 0, p.start)
            ]
            year = named[-1] if named else published.year if published else None
            if year is None:
                continue
            period = _resolve(kind, _WithYear(match, year), published)
            if period is not None:
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                found.append(Period(*period, match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


# How a report says when its fiscal year ends: "the fiscal year that ended in March", "fiscal
# 2025, the twelve months to March 31", "fiscal year ending June 30".
_FISCAL_END = re.compile(
    r"\bfiscal (?:year )?(?:(?:19|20)\d{2}" + FISCAL_ASIDE + r")?"
    r"(?:\(?(?:the )?(?:twelve|12) months "
    r"(?:to|ended|ending|through)|(?:which |that )?(?:ended|ending|ends|closed)) (?:in |on )?"
    r"(?:\d{1,2} )?" + MONTH_NAME
)


def _fiscal_year_end(folded: str) -> int | None:
    """The month a text's fiscal years end in, when it says one other than December."""
    if "fiscal" not in folded:
        return None
    found = _FISCAL_END.search(folded)
    month = EN_MONTHS.get(found.group("mname")[:3]) if found else None
    return month if month != 12 else None


def _fiscal_year(year: int, end_month: int) -> tuple[date, date, str]:
    """Fiscal `year`, named by the calendar year it ends in, ending in `end_month`."""
    return _month(year - 1, end_month + 1)[0], _month(year, end_month)[1], "months"


# Where a pattern that opens with \b can start: every one opens with a letter or a digit, so at
# a letter or digit with no word character before it.
_WORD_START = re.compile(r"[a-z\d](?<!\w[a-z\d])")


def _scan(
    compiled: re.Pattern[str], folded: str, word_starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """compiled.finditer(folded), tried only at `word_starts` when the pattern opens with \b
    and they are given (a Chinese text has few; the plain scan tries every character)."""
    if word_starts is None or not compiled.pattern.startswith(r"\b"):
        yield from compiled.finditer(folded)
        return
    position = 0  # where finditer would try next: after the last match
    for start in word_starts:
        if start >= position and (match := compiled.match(folded, start)):
            yield match
            position = match.end()


class _Clues:
    """Whether a kind's patterns may match `folded` (CLUES): each clue looked for once per
    text, though many kinds share one (年, the month names)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.seen: dict[str, bool] = {}

    def __call__(self, kind: str) -> bool:
        clues = CLUES.get(kind)
        return clues is None or any(self._has(clue) for clue in clues)

    def _has(self, clue: str) -> bool:
        found = self.seen.get(clue)
        if found is None:
            found = self.seen[clue] = clue in self.folded
        return found


class _WithYear:
    """A match whose year comes from the context, for _resolve."""

    def __init__(self, match: re.Match, year: int) -> None:
        self.match, self.year = match, year

    def groupdict(self) -> dict:
        return {**self.match.groupdict(), "year": str(self.year)}


def _int(text: str | None) -> int | None:
    if not text:
        return None
    if text in EN_NUMBERS:
        return EN_NUMBERS[text]
    return int(numeral_value(text))


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _resolve(kind: str, match: re.Match, published: date | None):
    groups = match.groupdict()
    year = _int(groups.get("year"))
    if kind in (
        "relative_half", "relative_months_to", "relative_quarters_to", "relative_month_range"
    ):
        if published is None:
            return None
        year, kind = published.year + _RELATIVE_YEARS[groups["rel"]], kind.removeprefix("relative_")
    try:
        if kind == "month_range":
            first, last = _int(groups["m1"]), _int(groups["m2"])
            if not 1 <= first <= last <= 12:
                return None
            return _month(year, first)[0], _month(year, last)[1], "months"
        if kind == "dotted_day":
            day = date(year, _int(groups["month"]), _int(groups["day"]))
            return day, day, "day"
        if kind in ("months_ended", "year_ended", "half_ended", "quarter_ended"):
            last = date(year, _int(groups["month"]), _int(groups["day"]))
            fixed = {"year_ended": 12, "half_ended": 6, "quarter_ended": 3}
            months = fixed.get(kind) or _int(groups["n"])
            index = year * 12 + _int(groups["month"]) - months  # the month before the first
            return date(index // 12, index % 12 + 1, 1), last, "months"
        if kind == "months_to":
            return date(year, 1, 1), _month(year, _int(groups["n"]))[1], "months"
        if kind == "quarters_to":
            return date(year, 1, 1), _month(year, 3 * _int(groups["n"]))[1], "months"
        if kind == "quarter":
            quarter = _int(groups["q"] or groups["qq"])
            return _month(year, 3 * quarter - 2)[0], _month(year, 3 * quarter)[1], "quarter"
        if kind == "half":
            first_month = 7 if groups.get("half") == "下" else 1
            return _month(year, first_month)[0], _month(year, first_month + 5)[1], "half"
        if kind in ("full_year", "year"):
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "year_end":
            month = 1 if "初" in groups["edge"] else 12
            return (*_month(year, month), "month")
        if kind == "day":
            day = date(year, _int(groups["month"]), _int(groups["day"]))
            return day, day, "day"
        if kind == "month":
            return (*_month(year, _int(groups["month"])), "month")
        if published is None:
            return None
        if kind == "relative_year":
            year = published.year + _RELATIVE_YEARS[groups["rel"]]
            if groups["month"]:
                return (*_month(year, _int(groups["month"])), "month")
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "relative_quarter":
            year = published.year + _RELATIVE_YEARS[groups["rel"]]
            quarter = _int(groups["q"])
            return _month(year, 3 * quarter - 2)[0], _month(year, 3 * quarter)[1], "quarter"
        if kind == "relative_month":
            shift = {"本月": 0, "这个月": 0, "上个月": -1, "上月": -1, "下个月": 1}[groups["rel"]]
            index = published.year * 12 + published.month - 1 + shift
            return (*_month(index // 12, index % 12 + 1), "month")
        if kind == "recent":
            if groups["rel"] in ("昨天", "昨日"):
                day = date.fromordinal(published.toordinal() - 1)
                return day, day, "day"
            return published, published, "day"
    except (ValueError, TypeError):
        return None  # 2024年13月, 前0个月: not a date
    return None


def _resolve_english(kind: str, match: re.Match, published: date | None):
    groups = match.groupdict()
    year = _int(groups.get("year"))
    month = EN_MONTHS.get((groups.get("mname") or "")[:3]) or _int(groups.get("month"))
    try:
        if kind in ("en_span_ended", "en_fiscal_ended"):
            span = groups.get("span") or "year"
            months = _int(groups.get("n")) or (3 if "quarter" in span else 12)
            if year is None:  # "the three months ended Sept. 30": the latest such month
                if published is None:
                    return None
                year = published.year if month <= published.month else published.year - 1
            index = year * 12 + month - months  # the month before the first
            return _month(index // 12, index % 12 + 1)[0], _month(year, month)[1], "months"
        if kind == "en_months_to":
            months = _int(groups.get("n")) or 3 * _int(groups.get("q"))
            return date(year, 1, 1), _month(year, months)[1], "months"
        if kind == "en_months_ended":
            index = year * 12 + month - _int(groups["n"])  # the month before the first
            return _month(index // 12, index % 12 + 1)[0], _month(year, month)[1], "months"
        if kind == "en_quarter":
            quarter = _int(groups["q"])
            return _month(year, 3 * quarter - 2)[0], _month(year, 3 * quarter)[1], "quarter"
        if kind == "en_half":
            first_month = 1 if (groups["h"] or groups.get("hh")) in ("first", "1") else 7
            return _month(year, first_month)[0], _month(year, first_month + 5)[1], "half"
        if kind in ("en_full_year", "en_year"):
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "en_year_edge":
            edge = groups["edge"]
            if edge.startswith("mid") or "middle" in edge:
                return date(year, 1, 1), date(year, 12, 31), "year"
            opening = any(word in edge for word in ("early", "beginning", "start"))
            return (*_month(year, 1 if opening else 12), "month")
        if kind == "en_day":
            day = date(year, month, _int(groups["day"]))
            return day, day, "day"
        if kind == "en_month":
            return (*_month(year, month), "month")
        if published is None:
            return None
        if kind == "en_relative_year":
            year = published.year + {"this": 0, "last": -1, "next": 1}[groups["rel"]]
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "en_relative_month":
            shift = {"this": 0, "last": -1, "next": 1}[groups["rel"]]
            index = published.year * 12 + published.month - 1 + shift
            return (*_month(index // 12, index % 12 + 1), "month")
        if kind == "en_recent":
            if groups["rel"] == "yesterday":
                day = date.fromordinal(published.toordinal() - 1)
                return day, day, "day"
            return published, published, "day"
        # A month without a year is the latest such month by the publication date ("last March":
        # strictly before this month); news reports what has happened.
        latest = published.year if month <= published.month else published.year - 1
        if groups.get("rel") == "last" and month == published.month:
            latest -= 1
        if groups.get("rel") == "this":
            latest = published.year
        if kind == "en_day_only":
            day = date(latest, month, _int(groups["day"]))
            if day > published:
                day = date(latest - 1, month, day.day)
            return day, day, "day"
        if kind == "en_month_only":
            return (*_month(latest, month), "month")
    except (ValueError, TypeError, KeyError):
        return None  # February 30, 2024: not a date
    return None
