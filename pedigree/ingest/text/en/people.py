"""Personal names in English text: which capitalised runs are people, how a name splits into
family and given name, and the short forms reporting refers back with.

A Chinese name in pinyin comes in either order — Zhou Kaiwen (surname first) and Siyu Li — and
often with an English given name besides (Kevin Zhou, "Max to almost everyone"). One person is
one entity whatever the form; "Zhou", "Kevin" and "Dr. Zhou" later in the text refer back to it
when no one else in the text answers to that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pedigree.ingest.text.en.lexicon import NAME_PARTICLES, PLACE_WORDS, PLACES, words
from pedigree.reference.romanise import english_given_names, is_pinyin, surname_ranks

# One word of a personal name: Lindqvist, O'Neil, Krüger, Jean-Luc, Xi'an (a place, not a name).
# A capitalised word, or one with a second capital after a prefix (McCallister, MacLeod, DeLuca).
NAME_WORD = re.compile(
    r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:['’-][A-Za-zÀ-ÿ][a-zß-öø-ÿā-ž]+)?"
)
# A family name in capitals before the given names, as Hong Kong filings write them: "DU
# Haoran", "LEUNG Ka Wai Patrick".
CAPITAL_SURNAME = re.compile(r"[A-Z]{2,8}")




def is_surname(word: str) -> bool:
    return word.lower() in surname_ranks()


def name_shaped(words: list[str], titled: bool = False) -> bool:
    """Two to four words that can make a personal name: capitalised words, or particles
    between them (Ursula von der Leyen); not a place (Des Moines, Santa Clara). A family
    name in capitals leads one when it is a known surname or an honorific stands before the
    name (`titled`: "Mr. LEUNG Ka Wai"), not an acronym (DHL Global Forwarding)."""
    if not 2 <= len(words) <= 4:
        return False
    if any(not NAME_WORD.fullmatch(w) and w not in NAME_PARTICLES for w in words[1:]):
        return False
    capitals = CAPITAL_SURNAME.fullmatch(words[0]) and (titled or is_surname(words[0]))
    first = NAME_WORD.fullmatch(words[0]) or capitals
    if not first or not NAME_WORD.fullmatch(words[-1]):
        return False
    lower = " ".join(words).lower()
    return lower not in PLACES and words[-1].lower() not in PLACE_WORDS and not all(
        w.lower() in PLACES for w in words
    )


# Surnames romanised outside pinyin that lead three-word names (Lim Wei Jie, Dinh Quang Minh):
# Hokkien, Teochew and Cantonese spellings used in Southeast Asia, and Vietnamese.
_VIETNAMESE_SURNAMES = words(
    "nguyen tran le pham hoang huynh phan vu vo dang bui ngo duong ly dinh"
)
_OTHER_SURNAMES = words(
    "lim ng goh ong teo tay chng koh yeo chua quek sim toh wee lau chan cheung wong leung"
) | _VIETNAMESE_SURNAMES


def chinese_order(words: list[str]) -> bool:
    """Surname first, as Chinese names are written in pinyin: Zhou Kaiwen, Gao Feng — the first
    word a common surname and the rest pinyin that is not an English given name; and three-word
    names with syllable given names (Tan Wei Ming, Dinh Quang Minh)."""
    if len(words) == 3:
        first = words[0].lower()
        return (is_surname(words[0]) or first in _OTHER_SURNAMES) and all(
            w.isalpha() and len(w) <= 5 and w.lower() not in english_given_names()
            for w in words[1:]
        )
    if len(words) != 2 or not is_surname(words[0]):
        return False
    given = words[1].lower().replace("-", "").replace("'", "")
    return is_pinyin(given) and given not in english_given_names()


def pinyin_name(words: list[str]) -> bool:
    """A romanised Chinese name in either order: a surname and a pinyin given name."""
    if len(words) != 2:
        return False
    first, last = (w.lower().replace("-", "") for w in words)
    if words[0].isupper():
        return is_surname(first) and is_pinyin(last)
    return (is_surname(first) and is_pinyin(last)) or (is_surname(last) and is_pinyin(first))


@dataclass
class PersonName:
    """A person's full name as written, split into the words a text refers back with."""

    full: str
    family: str
    given: str
    nicknames: set[str] = field(default_factory=set)  # Kevin, Max: given names used besides

    @classmethod
    def read(cls, full: str) -> PersonName:
        words = full.split()
        if CAPITAL_SURNAME.fullmatch(words[0]):  # DU Haoran: "Mr. Du" later
            return cls(full, words[0].capitalize(), " ".join(words[1:]))
        if chinese_order(words):
            return cls(full, words[0], " ".join(words[1:]))
        return cls(full, words[-1], " ".join(words[:-1]))

    @property
    def pinyin_first(self) -> bool:
        return self.full.split()[0].lower() == self.family.lower()

    def answers_to(self, word: str) -> str | None:
        """How `word` alone names this person: "family", "given", "nickname", or None."""
        if word == self.family:
            return "family"
        if word == self.given.split()[0] and len(self.given.split()) == 1:
            return "given"
        if (
            self.pinyin_first
            and self.family.lower() in _VIETNAMESE_SURNAMES
            and word == self.given.split()[-1]
        ):
            return "given"  # Tran Ngoc Lan is "Lan": a Vietnamese name's last word
        if word in self.nicknames:
            return "nickname"
        return None
