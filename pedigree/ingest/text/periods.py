"""Dates and periods as reporting writes them, resolved to first and last day.

2025年前9個月 → 2025-01-01 … 2025-09-30; 2024全年 → the year; 2024年第二季度 → April–June;
2023年9月 → the month; 2022年底 → December 2022; 今年, 去年, 上个月, 近日 → resolved against the
publication date. The same in English: "the first nine months of 2025", "Q2 2024", "fiscal 2024",
"the fiscal year ended March 31, 2025", "the three months ended Sept. 30", "fiscal 2025, ended
March 31" (twelve, three or n months to that month's end),
"March 5, 2024", "in March 2024", "late 2022", "last year", "in March" (the latest March by the
publication date). Spans index the text as given, Traditional or Simplified.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from pedigree.ingest.text.normalise import fold, numeral_value

_NUMBER = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
# Four digits, written as a digit and three more: re finds where a pattern can start by scanning
# for its first character in C, which it cannot do when the pattern opens with a repeat (\d{4}),
# and then tries a whole match at every character of the text (twice the cost).
_YEAR4 = r"(?P<year>\d\d{3})"
_YEAR_MONTH = rf"{_YEAR4}年(?P<month>{_NUMBER})月"
_PATTERNS = [
    # 2025年1月至6月 / 2025.03.18 / 2025年前9个月 / 2025年前三季度 / 2024全年 / 2024年第二季度
    (
        "month_range",
        rf"{_YEAR4}年(?P<m1>{_NUMBER})月(?:份)?(?:至|到|-|—|–|~)(?P<m2>{_NUMBER})月",
    ),
    ("dotted_day", r"(?P<year>(?:19|20)\d{2})[./](?P<month>[01]?\d)[./](?P<day>[0-3]?\d)(?!\d)"),
    # 截至2025年9月30日止三个月 / 截至2024年12月31日止年度: a filing's reporting periods
    ("months_ended", rf"截至{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]止?的?(?P<n>{_NUMBER})个月"),
    ("year_ended", rf"截至{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]止?的?(?:财政|会计)?(?:年度|财年)"),
    # 截至2025年6月30日的中期业绩, 截至9月30日止的季度: the report's span, ending that day
    ("half_ended", rf"截至{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]止?的?(?:中期|半年度|半年|上半年)"),
    ("quarter_ended", rf"截至{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]止?的?(?:第[一二三四1-4])?季度"),
    ("relative_quarter", r"(?P<rel>今年|去年)(?:第)?(?P<q>[一二三四1-4])季度"),
    # 今年1—3月, 去年1至6月: a span of months, the year relative to publication
    (
        "relative_month_range",
        rf"(?P<rel>今年|去年)(?P<m1>{_NUMBER})月?(?:份)?(?:至|到|-|—|–|~)(?P<m2>{_NUMBER})月",
    ),
    # 今年上半年, 去年前三季度, 今年前9个月: the same spans, the year relative to publication
    ("relative_half", r"(?P<rel>今年|去年)(?P<half>上|下)半年"),
    ("relative_months_to", rf"(?P<rel>今年|去年)(?:前|首)(?P<n>{_NUMBER})个月"),
    ("relative_quarters_to", rf"(?P<rel>今年|去年)(?:前|首)(?P<n>{_NUMBER})(?:个)?季度?"),
    # 2025年前9个月, 2025年首九个月, 2025年前三季 (Taiwan writes 季 for 季度)
    ("months_to", rf"{_YEAR4}年?(?:前|首)(?P<n>{_NUMBER})个月"),
    ("quarters_to", rf"{_YEAR4}年?(?:前|首)(?P<n>{_NUMBER})(?:个)?季度?"),
    ("quarter", rf"{_YEAR4}年?(?:第(?P<q>{_NUMBER})季度?|q(?P<qq>[1-4]))"),
    ("half", rf"{_YEAR4}年?(?P<half>上|下)半年"),
    ("full_year", rf"{_YEAR4}年?(?:全年|年度|财年)"),
    # 2025年中期, 2025年半年度报告, 2025年半年报: the first half, as a report names it
    ("half", rf"{_YEAR4}年?(?:中期|上半财年|半年度|半年报|中报)"),
    # 2024年3月5日 / 2024年3月 / 2022年底 / 2024年初 / 2024年
    ("day", rf"{_YEAR_MONTH}(?P<day>{_NUMBER})[日号]"),
    ("month", rf"{_YEAR_MONTH}(?:(?P<part>上旬|中旬|下旬|初|底|末))?"),
    ("year_end", rf"{_YEAR4}年?(?P<edge>底|末|年底|年末|初|年初)"),
    ("year", rf"{_YEAR4}年"),
    # relative to the publication date
    ("relative_year", rf"(?P<rel>今年|去年|前年|明年)(?:(?P<month>{_NUMBER})月)?"),
    ("relative_month", r"(?P<rel>本月|这个月|上个月|上月|下个月)"),
    ("recent", r"(?P<rel>近日|日前|近期|今天|今日|昨天|昨日)"),
]  # fmt: skip
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
# Comparisons, not periods: 去年同期 is "the same period a year before", whatever it is.
_NOT_A_PERIOD = re.compile(r"(?:去年|上年|今年)同期")
# What stands before a period the text compares with, not one it reports on: 较2024年的…
_COMPARED = re.compile(r"(?:较|比|相比|由|从|对比)\s?$")
# Spans written without their year (第三季度, 前三季度, 上半年): the year is the one the text last
# named, else the publication's.
_EVENT_YEAR = re.compile(r"(?:成立|创立|创办|创建|始创|出生|生)于?\s?$")
_YEAR_REACH = 120  # characters over which a named year still dates a yearless span
# Each opens with its first word and then looks behind it (第 not after a year or a digit): a
# pattern that opens with a literal is scanned for in C, one that opens with a lookbehind is
# tried at every character of the text.
_YEARLESS = [
    ("quarter", r"第(?<![\d年]第)(?P<q>[一二三四1-4])季度?"),
    ("quarters_to", r"(?:前|首)(?<![\d年今去][前首])(?P<n>[一二三1-3])(?:个)?季度?"),
    (
        "months_to",
        r"(?:前|首)(?<![\d年今去][前首])(?P<n>[一二三四五六七八九十]{1,2}|\d{1,2})个月",
    ),
    ("half", r"(?P<half>上|下)(?<![\d年今去][上下])半年"),
    ("half", r"半年(?<![\d年今去]半年)(?:度报告|报)"),  # the half-year report's period
]

# English forms, tried after the Chinese ones; the text is lower-cased before matching.
_EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
_EN_N = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
_MONTH_NAME = (
    r"(?P<mname>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\w%])"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_FISCAL_ASIDE = r"(?:,? |\s*[—–(]\s*(?:that's |that is )?(?:the (?:fiscal )?year )?)"
_EN_PATTERNS = [
    # a reporting period named by its last day: "the fiscal year ended March 31, 2025", "the
    # quarter ended Sept. 30" (the latest such month), "fiscal 2025, ended March 31"
    ("en_span_ended", rf"\b(?:(?P<span>(?:fiscal |financial )?year|(?:(?:{_EN_ORDINAL})[ -])?"
                      rf"(?:fiscal )?quarter|(?P<n>{_EN_N}) months) "
                      rf"(?:ended|ending|to|through) (?:on )?"
                      rf"(?:{_DAY} )?{_MONTH_NAME}(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? {_YEAR})?)"),
    # ("fiscal 2025 — that's the year that ended March 31": the end told in an aside)
    ("en_fiscal_ended", rf"\bfiscal (?:year )?{_YEAR}{_FISCAL_ASIDE}(?:which |that )?"
                        rf"(?:ended|ending|ends) "
                        rf"(?:on )?(?:{_DAY} )?{_MONTH_NAME}(?: \d{{1,2}}(?:st|nd|rd|th)?)?"),
    ("en_months_to", rf"\b(?:the )?first (?P<n>{_EN_N}) months (?:of |in )?(?:fiscal )?{_YEAR}"),
    ("en_months_ended", rf"\b(?P<n>{_EN_N}) months (?:ended|ending|to|through) "
                        rf"(?:{_DAY} )?{_MONTH_NAME}(?: \d{{1,2}})?,? {_YEAR}"),
    ("en_months_to", rf"\b(?:the )?first (?P<q>two|three|2|3) quarters (?:of |in )?{_YEAR}"),
    # "2024's first nine months", "2025's second quarter", "2024's first half": the year's own
    ("en_months_to", rf"\b{_YEAR}(?:'s|’s) first (?P<n>{_EN_N}) months"),
    ("en_quarter", rf"\b{_YEAR}(?:'s|’s) (?P<q>{_EN_ORDINAL})[ -]quarter"),
    ("en_half", rf"\b{_YEAR}(?:'s|’s) (?P<h>first|second) half"),
    ("en_quarter", rf"\b(?:the )?(?P<q>{_EN_ORDINAL})[ -]quarter (?:of )?(?:fiscal )?{_YEAR}"),
    ("en_quarter", rf"\bq(?P<q>[1-4]) (?:of )?(?:fiscal )?{_YEAR}"),
    ("en_quarter", rf"\b{_YEAR} q(?P<q>[1-4])\b"),
    ("en_half", rf"\b(?:the )?(?P<h>first|second) half (?:of )?{_YEAR}"),
    ("en_half", rf"\b(?:h(?P<h>[12])|(?P<hh>[12])h) {_YEAR}"),
    ("en_full_year", rf"\b(?:fiscal(?: year)?|fy|full[ -]year|(?:the )?(?:whole|entirety) of"
                     rf"|all of) ?{_YEAR}"),
    ("en_day", rf"\b{_MONTH_NAME} {_DAY},? {_YEAR}"),
    ("en_day", rf"\b{_DAY} {_MONTH_NAME},? {_YEAR}"),
    ("en_day", r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("en_month", rf"\b(?:(?:early|mid|late)[ -]|(?:the )?(?:end|beginning|start) of )?"
                 rf"{_MONTH_NAME},? (?:of )?{_YEAR}"),
    ("en_year_edge", rf"\b(?P<edge>late|early|mid|(?:the )?(?:end|beginning|start|middle) of"
                     rf"|year-end)[ -](?:the year )?{_YEAR}"),
    ("en_year", rf"(?<![\w$¥€£.,/]){_YEAR}(?![.,]\d)"),
    # relative to the publication date
    ("en_relative_year", r"\b(?P<rel>this|last|next) year\b"),
    ("en_relative_month", r"\b(?P<rel>this|last|next) month\b"),
    ("en_recent", r"\b(?P<rel>today|yesterday|recently)\b"),
    ("en_day_only", rf"\b(?P<quote>{_MONTH_NAME} {_DAY})(?![\d,])\b"),
    ("en_month_only", rf"\b(?P<rel>in|since|last|this|early|late|mid|(?:the )?end of)[ -]"
                      rf"(?P<quote>{_MONTH_NAME})(?![ ,]*\d)"),
]  # fmt: skip
# Compiled once: a long text's other patterns (names, one per text) would push these out of
# re's own cache, and each eviction costs a recompile on the next text.
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS + _EN_PATTERNS]
_YEARLESS_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _YEARLESS]
_MONTH_CLUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Per kind, words at least one of which every match of every pattern of that kind contains: a
# pattern is tried only on a text that has one. Each pattern scans the whole text, so a
# Chinese text's English patterns (and the reverse) cost more than all its dates; the clues
# leave the matches exactly as they were. A kind missing here is always tried.
_CLUES: dict[str, tuple[str, ...]] = {
    "month_range": ("月",),
    "dotted_day": (".", "/"),
    "months_ended": ("截至",),
    "year_ended": ("截至",),
    "relative_quarter": ("季度",),
    "relative_month_range": ("月",),
    "relative_half": ("半年",),
    "relative_months_to": ("个月",),
    "relative_quarters_to": ("季",),
    "months_to": ("个月",),
    "quarters_to": ("季",),
    "quarter": ("季", "q"),
    "half": ("半年", "中期", "半财年", "中报"),
    "full_year": ("年",),
    "day": ("日", "号"),
    "month": ("月",),
    "year_end": ("底", "末", "初"),
    "year": ("年",),
    "relative_year": ("年",),
    "relative_month": ("月",),
    "recent": ("近", "日前", "今", "昨"),
    "en_span_ended": ("end",),
    "en_fiscal_ended": ("fiscal",),
    "en_months_to": ("first",),
    "en_months_ended": ("months",),
    "en_quarter": ("q",),
    "en_half": ("h",),
    "en_full_year": ("fiscal", "fy", "full", "of"),
    "en_day": (*_MONTH_CLUES, "-"),
    "en_month": _MONTH_CLUES,
    "en_year_edge": ("late", "early", "mid", "end", "beginning", "start"),
    "en_relative_year": ("year",),
    "en_relative_month": ("month",),
    "en_recent": ("today", "yesterday", "recently"),
    "en_day_only": _MONTH_CLUES,
    "en_month_only": _MONTH_CLUES,
}
_EN_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


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
    for kind, pattern in _COMPILED:
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
    for kind, pattern in _YEARLESS_COMPILED:
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
    r"\bfiscal (?:year )?(?:(?:19|20)\d{2}" + _FISCAL_ASIDE + r")?"
    r"(?:\(?(?:the )?(?:twelve|12) months "
    r"(?:to|ended|ending|through)|(?:which |that )?(?:ended|ending|ends|closed)) (?:in |on )?"
    r"(?:\d{1,2} )?" + _MONTH_NAME
)


def _fiscal_year_end(folded: str) -> int | None:
    """The month a text's fiscal years end in, when it says one other than December."""
    if "fiscal" not in folded:
        return None
    found = _FISCAL_END.search(folded)
    month = _EN_MONTHS.get(found.group("mname")[:3]) if found else None
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
    """Whether a kind's patterns may match `folded` (_CLUES): each clue looked for once per
    text, though many kinds share one (年, the month names)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.seen: dict[str, bool] = {}

    def __call__(self, kind: str) -> bool:
        clues = _CLUES.get(kind)
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
    if text in _EN_NUMBERS:
        return _EN_NUMBERS[text]
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
    month = _EN_MONTHS.get((groups.get("mname") or "")[:3]) or _int(groups.get("month"))
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
