"""Chinese personal names in pinyin, and the forms a name takes in English reporting.

闫俊杰 is written Yan Junjie, Junjie Yan, J. Yan or Yan J.; 单田芳 is Shan Tianfang, not Dan
Tianfang: a surname has its own reading (`pedigree/data/aliases/surnames.csv`), and compound
surnames (欧阳, 司马 …) stay whole. English reporting also writes names that no pinyin reading
meets: a Cantonese or Wade-Giles surname (Wong, Chan, Hsu: `surname_spellings.csv`) and an
English given name (Jason He: `english_given_names.csv`); `read_latin` says which it has.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pypinyin import Style, lazy_pinyin, pinyin

from pedigree.data import csv_rows
from pedigree.names import to_simplified

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,5}$")
_WORD = re.compile(r"[a-z]+")
_VOWEL = re.compile(r"[aeiouv]")
# The most common Chinese surnames, most common first (public surname rankings): a romanised
# name whose first word reads as one of these, and whose last does not, is written surname
# first; the rank also says how common a surname is (pedigree.resolve.commonness).
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)


@cache
def _surname_readings() -> dict[str, str]:
    return {row["surname"]: row["pinyin"] for row in csv_rows("aliases", "surnames.csv")}


@cache
def _surname_spellings() -> dict[str, str]:
    """Latin surname spellings that are not pinyin → the pinyin reading: wong → huang."""
    return {row["spelling"]: row["pinyin"] for row in csv_rows("aliases", "surname_spellings.csv")}


@cache
def _given_name_genders() -> dict[str, str]:
    """Given name → "he", "she" or "" (either), from the bundled table."""
    pronoun = {"m": "he", "f": "she"}
    return {
        row["name"]: pronoun.get(row["gender"], "")
        for row in csv_rows("aliases", "english_given_names.csv")
    }


@cache
def english_given_names() -> frozenset[str]:
    """Given names English reporting uses (for Chinese professionals, and others)."""
    return frozenset(_given_name_genders())


def given_name_pronoun(given: str) -> str:
    """ "he" or "she" for a given name the table knows as a man's or a woman's, else ""."""
    return _given_name_genders().get(given.lower(), "")


@cache
def surname_ranks() -> dict[str, int]:
    """Pinyin surname → rank among the common surnames (0 = 王/wang); compound surnames are
    ranked after them. Homophones (张/章 zhang) keep the better rank."""
    ranks: dict[str, int] = {}
    compounds = [s for s, row in _surname_readings().items() if len(s) == 2]
    for rank, surname in enumerate([*COMMON_SURNAMES, *compounds]):
        ranks.setdefault(romanise(surname + "一").surname, rank)
    return ranks


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (ü written v), from pypinyin's dictionary."""
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = unicodedata.normalize("NFKD", reading.replace("ü", "v"))
            syllables.add(plain.encode("ascii", "ignore").decode())
    return frozenset(s for s in syllables if _VOWEL.search(s))


@cache
def is_pinyin(word: str) -> bool:
    """Whether `word` splits into pinyin syllables: junjie and xiaodong do, jason does not."""
    syllables = pinyin_syllables()
    ends = {0}  # positions where a split can stop
    for end in range(1, len(word) + 1):
        starts = range(max(0, end - 6), end)
        if any(start in ends and word[start:end] in syllables for start in starts):
            ends.add(end)
    return len(word) in ends


@dataclass(frozen=True)
class RomanName:
    surname: str  # pinyin, lower case, no tones: "yan"
    given: str  # "junjie"


@cache
def _surname_variants() -> dict[str, str]:
    """Surname characters that one family is written with interchangeably → the one kept:
    阎 → 闫 (`pedigree/data/aliases/surname_variants.csv`)."""
    return {row["variant"]: row["surname"] for row in csv_rows("aliases", "surname_variants.csv")}


@cache
def split_han(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Chinese name in Han characters, Simplified, the surname in
    the form kept among its variants (阎 as 闫); None when the name is not 2–5 Han
    characters."""
    name = to_simplified(name.strip())
    if not _HAN.match(name):
        return None
    name = _surname_variants().get(name[0], name[0]) + name[1:]
    if len(name) >= 3 and name[:2] in _surname_readings():
        return name[:2], name[2:]
    return name[:1], name[1:]


@cache
def romanise(name: str) -> RomanName | None:
    """闫俊杰 → RomanName("yan", "junjie"); None for a name that is not in Han characters."""
    parts = split_han(name)
    if parts is None:
        return None
    surname, given = parts
    reading = _surname_readings().get(surname) or "".join(lazy_pinyin(surname, style=Style.NORMAL))
    return RomanName(reading, "".join(lazy_pinyin(given, style=Style.NORMAL)))


@cache
def romanise_all(name: str, limit: int = 8) -> tuple[RomanName, ...]:
    """Every reading of a Han name whose given name has characters of more than one reading
    (王长虎: wang zhanghu and wang changhu), the usual one first; at most `limit`."""
    first = romanise(name)
    if first is None:
        return ()
    given = split_han(name)[1]
    readings = [""]
    for char in given:
        options = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
        readings = [r + o for r in readings for o in options][:limit]
    rest = [RomanName(first.surname, g) for g in readings if g != first.given]
    return (first, *rest)[:limit]


def latin_words(name: str) -> list[str]:
    """ "Junjie YAN", "Yan, Junjie" or "J. Yan" → lower-case ASCII words (accents dropped)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(plain)


@dataclass(frozen=True)
class LatinName:
    surname: str  # pinyin where the spelling is known to mean one: Wong → huang
    given: str  # as written, words joined: "junjie", "j", "jason"
    kind: str  # "pinyin" (Yan Junjie), "initial" (J. Yan), "other" (Jason He, Junjei Lu)


@cache
def read_latin(name: str) -> LatinName | None:
    """A name in Latin letters read as surname and given name: "Yan Junjie", "Junjie YAN",
    "Yan, Junjie" and "J. Yan" alike; None for fewer than two words."""
    # Xiao-Dong and Jun-Jie are one given name written in syllables.
    words = latin_words(re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", name))
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    # Surname first (Yan Junjie) when the first word reads as a surname and the last does not;
    # otherwise the English order (Junjie Yan, J. Yan).
    if _surname_of(first) and not _surname_of(last):
        surname, given = _surname_of(first), "".join(words[1:])
    else:
        surname, given = _surname_of(last) or last, "".join(words[:-1])
    if len(given) == 1:
        kind = "initial"
    elif given in english_given_names() or not is_pinyin(given):
        kind = "other"
    else:
        kind = "pinyin"
    return LatinName(surname, given, kind)


def _surname_of(word: str) -> str | None:
    """The pinyin surname a word spells, if it spells one: yan → yan, wong → huang."""
    if word in surname_ranks():
        return word
    return _surname_spellings().get(word)
