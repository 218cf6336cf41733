"""Chinese personal names in pinyin, and the forms a name takes in English reporting.

闫俊杰 is written Yan Junjie, Junjie Yan, J. Yan or Yan J.; 单田芳 is Shan Tianfang, not Dan
Tianfang: a surname has its own reading (`pedigree/data/aliases/surnames.csv`), and compound
surnames (欧阳, 司马 …) stay whole.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from pypinyin import Style, lazy_pinyin

from pedigree.names import to_simplified

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,5}$")
_WORD = re.compile(r"[a-z]+")


@cache
def _surname_readings() -> dict[str, str]:
    path = files("pedigree.data").joinpath("aliases", "surnames.csv")
    with path.open(encoding="utf-8") as handle:
        return {row["surname"]: row["pinyin"] for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class RomanName:
    surname: str  # pinyin, lower case, no tones: "yan"
    given: str  # "junjie"

    @property
    def forms(self) -> frozenset[str]:
        """Keys under which English reporting writes this name: both orders, and the surname
        with the given name's initial ("yan junjie", "junjie yan", "j yan")."""
        full = {f"{self.surname} {self.given}", f"{self.given} {self.surname}"}
        return frozenset(full | {f"{self.given[:1]} {self.surname}"})


@cache
def split_han(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Chinese name in Han characters, Simplified; None when the
    name is not 2–5 Han characters."""
    name = to_simplified(name.strip())
    if not _HAN.match(name):
        return None
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


def latin_words(name: str) -> list[str]:
    """ "Junjie YAN", "Yan, Junjie" or "J. Yan" → lower-case ASCII words (accents dropped)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(plain)


def name_forms(name: str) -> frozenset[str]:
    """Every comparable form of a name, Han or Latin: 闫俊杰, Yan Junjie and Junjie Yan share
    "yan junjie"; J. Yan gives "j yan", which both of them also have."""
    roman = romanise(name)
    if roman is not None:
        return roman.forms
    words = latin_words(name)
    if len(words) < 2:
        return frozenset(words)
    # Either word order may be the surname-first one: keep both readings.
    first, last = words[0], words[-1]
    given_first = " ".join(words[:-1])
    forms = {" ".join(words), " ".join([last, *words[:-1]])}
    forms |= {f"{given_first[:1]} {last}", f"{words[1][:1]} {first}"} if len(words) == 2 else set()
    # A given name written as two syllables ("Jun Jie Yan") meets "junjie".
    if len(words) == 3:
        forms |= {f"{words[0]}{words[1]} {last}", f"{first} {words[1]}{words[2]}"}
    return frozenset(forms)
