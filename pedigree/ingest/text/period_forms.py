"""How reporting writes dates and periods: one pattern per form and kind, Chinese
(2025年前9个月, 2024年第二季度, 去年) and English ("the first nine months of 2025", "Q2 2024",
"fiscal 2025, ended March 31"), compiled once, with the clue words that let a text skip the
patterns it cannot match. `periods` finds and resolves them."""

from __future__ import annotations

import re

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
EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
_EN_N = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
MONTH_NAME = (
    r"(?P<mname>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\w%])"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
FISCAL_ASIDE = r"(?:,? |\s*[—–(]\s*(?:that's |that is )?(?:the (?:fiscal )?year )?)"
_EN_PATTERNS = [
    # a reporting period named by its last day: "the fiscal year ended March 31, 2025", "the
    # quarter ended Sept. 30" (the latest such month), "fiscal 2025, ended March 31"
    ("en_span_ended", rf"\b(?:(?P<span>(?:fiscal |financial )?year|(?:(?:{_EN_ORDINAL})[ -])?"
                      rf"(?:fiscal )?quarter|(?P<n>{_EN_N}) months) "
                      rf"(?:ended|ending|to|through) (?:on )?"
                      rf"(?:{_DAY} )?{MONTH_NAME}(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? {_YEAR})?)"),
    # ("fiscal 2025 — that's the year that ended March 31": the end told in an aside)
    ("en_fiscal_ended", rf"\bfiscal (?:year )?{_YEAR}{FISCAL_ASIDE}(?:which |that )?"
                        rf"(?:ended|ending|ends) "
                        rf"(?:on )?(?:{_DAY} )?{MONTH_NAME}(?: \d{{1,2}}(?:st|nd|rd|th)?)?"),
    ("en_months_to", rf"\b(?:the )?first (?P<n>{_EN_N}) months (?:of |in )?(?:fiscal )?{_YEAR}"),
    ("en_months_ended", rf"\b(?P<n>{_EN_N}) months (?:ended|ending|to|through) "
                        rf"(?:{_DAY} )?{MONTH_NAME}(?: \d{{1,2}})?,? {_YEAR}"),
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
    ("en_day", rf"\b{MONTH_NAME} {_DAY},? {_YEAR}"),
    ("en_day", rf"\b{_DAY} {MONTH_NAME},? {_YEAR}"),
    ("en_day", r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("en_month", rf"\b(?:(?:early|mid|late)[ -]|(?:the )?(?:end|beginning|start) of )?"
                 rf"{MONTH_NAME},? (?:of )?{_YEAR}"),
    ("en_year_edge", rf"\b(?P<edge>late|early|mid|(?:the )?(?:end|beginning|start|middle) of"
                     rf"|year-end)[ -](?:the year )?{_YEAR}"),
    ("en_year", rf"(?<![\w$¥€£.,/]){_YEAR}(?![.,]\d)"),
    # relative to the publication date
    ("en_relative_year", r"\b(?P<rel>this|last|next) year\b"),
    ("en_relative_month", r"\b(?P<rel>this|last|next) month\b"),
    ("en_recent", r"\b(?P<rel>today|yesterday|recently)\b"),
    ("en_day_only", rf"\b(?P<quote>{MONTH_NAME} {_DAY})(?![\d,])\b"),
    ("en_month_only", rf"\b(?P<rel>in|since|last|this|early|late|mid|(?:the )?end of)[ -]"
                      rf"(?P<quote>{MONTH_NAME})(?![ ,]*\d)"),
]  # fmt: skip
# Compiled once: a long text's other patterns (names, one per text) would push these out of
# re's own cache, and each eviction costs a recompile on the next text.
COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS + _EN_PATTERNS]
YEARLESS_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _YEARLESS]
_MONTH_CLUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Per kind, words at least one of which every match of every pattern of that kind contains: a
# pattern is tried only on a text that has one. Each pattern scans the whole text, so a
# Chinese text's English patterns (and the reverse) cost more than all its dates; the clues
# leave the matches exactly as they were. A kind missing here is always tried.
CLUES: dict[str, tuple[str, ...]] = {
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
EN_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
