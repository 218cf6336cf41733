"""Money and counts written the way Chinese and English reporting writes them, as numbers in units.

13.2億美元 → 1,320,000,000 USD; 5343.7萬美元 → 53,437,000 USD; 約2億美金 → 200,000,000 USD
(approximately); 3亿元人民币 → 300,000,000 CNY; 4000多张 → 4,000 (at least); US$1.32 billion →
1,320,000,000 USD. Spans index the text as given, Traditional or Simplified.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pedigree.ingest.text.normalise import fold, numeral_value

_QUALIFIERS = {
    "约": "about", "大约": "about", "约合": "about", "左右": "about", "about": "about",
    "近": "nearly", "接近": "nearly", "将近": "nearly", "nearly": "nearly", "almost": "nearly",
    "超过": "over", "超": "over", "逾": "over", "多": "over", "余": "over", "以上": "over",
    "over": "over", "more than": "over", "approximately": "about", "around": "about",
    "roughly": "about", "some": "about", "close to": "nearly", "at least": "over",
    "upwards of": "over",
}  # fmt: skip
_SCALES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
    "千": 1e3, "trillion": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
    "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5,
}  # fmt: skip
_CURRENCIES = {
    "美元": "USD", "美金": "USD", "us$": "USD", "usd": "USD", "$": "USD",
    "元人民币": "CNY", "人民币": "CNY", "rmb": "CNY", "cny": "CNY", "元": "CNY", "¥": "CNY",
    "港元": "HKD", "港币": "HKD", "hk$": "HKD", "hkd": "HKD",
    "欧元": "EUR", "eur": "EUR", "€": "EUR", "日元": "JPY", "英镑": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "hong kong dollars": "HKD", "hk dollars": "HKD", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "chf": "CHF", "swiss francs": "CHF",
    "s$": "SGD", "sgd": "SGD", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "nt$": "TWD", "twd": "TWD", "₹": "INR", "inr": "INR", "rupees": "INR", "jpy": "JPY",
    "yen": "JPY", "₩": "KRW", "krw": "KRW", "新台币": "TWD", "台币": "TWD", "韩元": "KRW",
    "新加坡元": "SGD", "澳元": "AUD", "加元": "CAD", "日圆": "JPY",
    "rm": "MYR", "myr": "MYR", "ringgit": "MYR", "令吉": "MYR", "rp": "IDR", "idr": "IDR",
    "rupiah": "IDR", "印尼盾": "IDR", "₱": "PHP", "฿": "THB", "thb": "THB", "baht": "THB",
    "泰铢": "THB", "₫": "VND", "vnd": "VND", "越南盾": "VND",
    "rs": "INR", "rs.": "INR", "won": "KRW", "nok": "NOK", "sek": "SEK", "dkk": "DKK",
    "kronor": "SEK", "krona": "SEK",
}  # fmt: skip


def _alternatives(words, whole: bool = False) -> str:
    """Longest first; a Latin word must end a word (the m of "3 m", not of "3 members"), and
    with `whole` start one too (the RM of "RM40 million", not of "platform 4")."""
    return "|".join(
        (r"(?<![a-z])" if whole and w[0].isascii() and w[0].isalpha() else "")
        + re.escape(w)
        + (r"(?![a-z])" if w[-1].isascii() and w[-1].isalpha() else "")
        for w in sorted(words, key=len, reverse=True)
    )


_CHINESE_DIGITS = "零〇一二两三四五六七八九十百千"
_TRAILING = ("多", "余", "以上", "左右")  # qualifiers written after the number
_CODES = (
    "rmb", "usd", "hkd", "cny", "eur", "gbp", "chf", "sgd", "inr", "jpy", "myr", "idr", "thb",
    "nok", "sek", "dkk", "krw",
)  # fmt: skip
# currencies written before it
_SYMBOLS = (
    "us$", "hk$", "s$", "a$", "c$", "nt$", "$", "¥", "€", "£", "₹", "₩", "rm", "rp", "₱", "฿",
    "rs.", "rs",
)  # fmt: skip
# Chinese currency words that may also stand before the number: 新台币1.8亿元, 人民币5000万元.
_WORDS_BEFORE = ("新台币", "台币", "人民币", "港币", "港元")
_LEADING = _alternatives(w for w in _QUALIFIERS if w not in _TRAILING and not w.isascii())
_LEADING_LATIN = _alternatives(w for w in _QUALIFIERS if w.isascii())
_WORDS = _alternatives(c for c in _CURRENCIES if c not in _SYMBOLS)
_PATTERN = re.compile(
    rf"(?P<before>{_LEADING}|(?<![a-z])(?:{_LEADING_LATIN}))?"
    r"\s{0,2}"
    rf"(?P<prefix>{_alternatives([*_SYMBOLS, *_CODES, *_WORDS_BEFORE], whole=True)})?"
    r"\s{0,2}"
    rf"(?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CHINESE_DIGITS}]+(?:点[{_CHINESE_DIGITS}]+)?)"
    r"\s{0,2}"
    # (a scale ends a word and starts no model code: the K of "3,100 K1 kilns" is none)
    rf"(?P<scale>(?:{_alternatives(_SCALES)})(?![0-9]))?"
    r"(?P<more>多|余)?"
    r"\s{0,2}"
    rf"(?P<currency>{_WORDS})?"
    r"(?P<after>以上|左右)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str | None  # ISO code; None for a plain count
    qualifier: str | None  # about, nearly, over — or None for an exact figure
    start: int
    end: int


_HAS_DIGIT = re.compile(r"\d")


def find_amounts(text: str) -> list[Amount]:
    """Every number in `text` with its scale, currency and qualifier."""
    folded = fold(text, lower=True)
    found = []
    for match in _matches(folded):
        number = match["number"]
        if not _HAS_DIGIT.search(number) and not match["scale"] and not match["currency"]:
            continue  # a lone Chinese numeral (一家, 十几分钟) is not an amount
        value = _number(number)
        if value is None:
            continue
        value *= _SCALES.get(match["scale"] or "", 1)
        symbol = match["prefix"] or match["currency"]
        currency = _CURRENCIES.get(symbol) if symbol else None
        qualifier = next(
            (_QUALIFIERS[q] for q in (match["before"], match["more"], match["after"]) if q), None
        )
        parts = [name for name in match.groupdict() if match[name]]
        start = min(match.start(name) for name in parts)
        end = max(match.end(name) for name in parts)  # not the spaces after the last part
        if start and _latin(folded[start]) and _latin(folded[start - 1]):
            continue  # the 2 of B2B, the 100 of A100: part of a word
        found.append(Amount(round(value, 6), currency, qualifier, start, end))
    # (most texts write no count in words: the scale words are looked for first, in C)
    if any(w in folded for w in (" million", " billion", " thousand")) and _WORD_COUNT.search(
        folded
    ):
        found = sorted([*found, *_word_counts(folded)], key=lambda a: a.start)
    return found


# A count written in words with its scale: "five million registered users", "two billion".
_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "several hundred": None, "a few": None,
}  # fmt: skip
_WORD_COUNT = re.compile(
    r"\b(?:(?P<qualifier>more than|about|around|roughly|nearly|almost|over|some)\s+)?"
    r"(?P<number>" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")"
    r"\s+(?P<scale>million|billion|thousand)\b"
    r"(?!\s+(?:(?:us|hong kong|singapore)\s+)?(?:dollars|yuan|euros|pounds|renminbi|rmb|yen))"
)  # (money in words, "five million dollars", is left unread rather than read as a count)


def _word_counts(folded: str) -> list[Amount]:
    found = []
    for match in _WORD_COUNT.finditer(folded):
        number = _UNITS_WORDS[match["number"]]
        if number is None:
            continue  # "a few million": no figure
        qualifier = _QUALIFIERS.get(match["qualifier"]) if match["qualifier"] else None
        start = match.start("qualifier") if match["qualifier"] else match.start("number")
        value = number * _SCALES[match["scale"]]
        found.append(Amount(value, None, qualifier, start, match.end()))
    return found


# \d+ or a run of Chinese digits, opening with one character class so that re scans for it in C
# (an alternation of repeats is tried at every character).
_NUMBER_START = re.compile(rf"[\d{_CHINESE_DIGITS}](?:(?<=\d)\d*|[{_CHINESE_DIGITS}]*)")
_LEAD = 24  # the most a match can start before its number: a qualifier, a currency, spaces
# The characters that end a word the pattern allows before a number (约, 人民币, us$, about).
_LEAD_ENDS = frozenset(
    w[-1] for w in (*_QUALIFIERS, *_SYMBOLS, *_CODES, *_WORDS_BEFORE) if w not in _TRAILING
)


def _matches(folded: str):
    """_PATTERN.finditer(folded), trying only near numbers (the pattern's optional words in
    front make the plain scan try every position of a long text)."""
    position = 0
    for number in _NUMBER_START.finditer(folded):
        start = number.start()
        if start < position:
            continue
        lead = max(position, start - _LEAD)
        if start == lead or _no_words_before(folded, lead, start):
            match = _PATTERN.match(folded, start)  # what the search would find, found directly
        else:
            match = _PATTERN.search(folded, lead)
        if match is None:
            return
        yield match
        position = max(match.end(), match.start() + 1)


def _no_words_before(folded: str, lead: int, start: int) -> bool:
    """Whether no match can start in folded[lead:start], before the number at `start`: none
    of its characters is a number's, and the one before the number is a Han character, an
    ASCII letter, punctuation or a symbol that ends no qualifier or currency in either case
    (第一, 于2019年, a100, id=3, **2), so nothing the pattern allows before a number reaches it.
    Spaces and other letters are left to the search, which tries every position of the lead."""
    before = folded[start - 1]
    return (
        before.lower() not in _LEAD_ENDS
        and before not in _LEAD_ENDS
        and (
            "\u4e00" <= before <= "\u9fff"
            or (before.isascii() and before.isalpha())
            or unicodedata.category(before)[0] in "PS"
        )
        and _NUMBER_START.search(folded, lead, start) is None
    )


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _number(text: str) -> float | None:
    try:
        return numeral_value(text)
    except ValueError:
        return None
