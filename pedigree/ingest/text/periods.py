"""Dates and periods as reporting writes them, resolved to first and last day.

2025年前9個月 → 2025-01-01 … 2025-09-30; 2024全年 → the year; 2024年第二季度 → April–June;
2023年9月 → the month; 2022年底 → December 2022; 今年, 去年, 上个月, 近日 → resolved against the
publication date. Spans index the text as given, Traditional or Simplified.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from pedigree.ingest.text.normalise import fold, numeral_value

_NUMBER = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_YEAR_MONTH = rf"(?P<year>\d{{4}})年(?P<month>{_NUMBER})月"
_PATTERNS = [
    # 2025年前9个月 / 2025年前三季度 / 2024全年 / 2024年第二季度 / 2024年Q2 / 2024年上半年
    ("months_to", rf"(?P<year>\d{{4}})年?前(?P<n>{_NUMBER})个月"),
    ("quarters_to", rf"(?P<year>\d{{4}})年?前(?P<n>{_NUMBER})(?:个)?季度"),
    ("quarter", rf"(?P<year>\d{{4}})年?(?:第(?P<q>{_NUMBER})季度|q(?P<qq>[1-4]))"),
    ("half", r"(?P<year>\d{4})年?(?P<half>上|下)半年"),
    ("full_year", r"(?P<year>\d{4})年?全年"),
    # 2024年3月5日 / 2024年3月 / 2022年底 / 2024年初 / 2024年
    ("day", rf"{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]"),
    ("month", rf"{_YEAR_MONTH}(?:(?P<part>上旬|中旬|下旬|初|底|末))?"),
    ("year_end", r"(?P<year>\d{4})年?(?P<edge>底|末|年底|年末|初|年初)"),
    ("year", r"(?P<year>\d{4})年"),
    # relative to the publication date
    ("relative_year", rf"(?P<rel>今年|去年|前年|明年)(?:(?P<month>{_NUMBER})月)?"),
    ("relative_month", r"(?P<rel>本月|这个月|上个月|上月|下个月)"),
    ("recent", r"(?P<rel>近日|日前|近期|今天|今日|昨天|昨日)"),
]  # fmt: skip
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    precision: str  # day, month, quarter, half, year, or months (a run of months)
    start: int
    end: int


def find_periods(text: str, published: date | None = None) -> list[Period]:
    """Every date or period in `text`; relative ones only when `published` is known."""
    folded = fold(text, lower=True)
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in _PATTERNS:
        for match in re.finditer(pattern, folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue  # a longer form already claimed this text
            period = _resolve(kind, match, published)
            if period is None:
                continue
            first, last, precision = period
            taken.append((match.start(), match.end()))
            found.append(Period(first, last, precision, match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def _int(text: str | None) -> int | None:
    if not text:
        return None
    return int(numeral_value(text))


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _resolve(kind: str, match: re.Match, published: date | None):
    groups = match.groupdict()
    year = _int(groups.get("year"))
    try:
        if kind == "months_to":
            return date(year, 1, 1), _month(year, _int(groups["n"]))[1], "months"
        if kind == "quarters_to":
            return date(year, 1, 1), _month(year, 3 * _int(groups["n"]))[1], "months"
        if kind == "quarter":
            quarter = _int(groups["q"] or groups["qq"])
            return _month(year, 3 * quarter - 2)[0], _month(year, 3 * quarter)[1], "quarter"
        if kind == "half":
            first_month = 1 if groups["half"] == "上" else 7
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
