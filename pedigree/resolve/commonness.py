"""How common a name or an employer is among people at large: where term frequencies start.

A store's own counts are a poor guide to how common a name is while the store is small: a name
seen twice out of a few hundred records looks common only because the two records are one
person. So each value's share starts from a population estimate, and the store's counts pull it
towards what they show as they grow (`smoothed_frequencies`).

The estimates are coarse on purpose — bands, not a census:
- a name listed in `pedigree/data/aliases/common_names.csv` (the most common full names in
  mainland China, from public name-frequency rankings) is common;
- a Han name with a one-character given name (王伟-shaped) is middling: few given names, many
  people; so is a longer one whose given name is among the most popular of its generation
  (俊杰, 建华, 子轩: `popular_given_names.csv`);
- any other Han name is rare: a few thousand people in China share a typical three-character
  name. A romanised name is ten times as common as the Han name it could come from, since many
  Han names share one spelling;
- a surname (for "J. Yan" or "Jason He", where little else of the name can be compared) by its
  rank among the common surnames, and surname + initial a tenth of that;
- an employer listed in `pedigree/data/aliases/large_employers.csv` (more than 10,000 staff) is
  common: two namesakes who both worked at Tencent are not thereby one person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
import pandas as pd

from pedigree.data import csv_rows
from pedigree.ingest.text.gazetteer import canonical_name
from pedigree.reference.romanise import romanise, split_han, surname_ranks

_VOWEL_GROUPS = re.compile(r"[aeiouv]+")

# The common and middling bands are set high on purpose, about ten times the population's
# figures (the commonest name, 张伟, is about 0.02% of people): a shared common name must not
# carry a merge however little else is known, and in one field's reporting the common names
# cluster more than in the population. The rare band is near the population's own: set as high
# (as in models v1 and v2), it made a rare name written in two scripts (胡语嫣 / Yuyan Hu) look
# ten times commoner than it is, and left such pairs for review.
COMMON_SHARE = 2e-3
SHORT_GIVEN_NAME_SHARE = 2e-4
POPULAR_GIVEN_NAME_SHARE = 2e-5
RARE_SHARE = 2e-6
ROMANISED_FACTOR = 10
# 王, the most common surname, is about 7% of people; shares fall with rank about as rank^-0.85
# (public surname rankings: the 10th is about 1%, the 100th about 0.15%).
TOP_SURNAME_SHARE = 0.07
SURNAME_DECAY = 0.85
UNRANKED_SURNAME_SHARE = 5e-4
TYPICAL_SURNAME_SHARE = 0.01
INITIAL_FACTOR = 0.1
LARGE_EMPLOYER_SHARE = 1e-2
EMPLOYER_SHARE = 1e-4
# An employer whose smoothed share is below this is rare: sharing it says much.
RARE_EMPLOYER_BELOW = 1e-3
# The population estimate counts as this many imagined records next to the store's own.
PSEUDO_RECORDS = 100_000


@cache
def common_han_names() -> frozenset[str]:
    return frozenset(row["name"] for row in csv_rows("aliases", "common_names.csv"))


@cache
def popular_given_names() -> frozenset[str]:
    return frozenset(row["given_name"] for row in csv_rows("aliases", "popular_given_names.csv"))


@cache
def _popular_given_romanised() -> frozenset[str]:
    return frozenset(romanise("王" + given).given for given in popular_given_names())


@cache
def _large_employers() -> frozenset[str]:
    return frozenset(row["name"] for row in csv_rows("aliases", "large_employers.csv"))


@cache
def _common_romanised() -> frozenset[str]:
    names = (romanise(name) for name in common_han_names())
    return frozenset(" ".join(sorted([n.surname, n.given])) for n in names if n)


def han_name_share(han: str) -> float:
    """The share of people called `han` (a Simplified Han name), by band, scaled by how common
    its surname is: 王磊 is commoner than 骆磊."""
    if han in common_han_names():
        return COMMON_SHARE
    parts = split_han(han)
    if parts is None:
        return RARE_SHARE
    if len(parts[1]) == 1:
        band = SHORT_GIVEN_NAME_SHARE
    elif parts[1] in popular_given_names():
        band = POPULAR_GIVEN_NAME_SHARE
    else:
        band = RARE_SHARE
    roman = romanise(han)
    return band * _surname_factor(roman.surname if roman else "")


def romanised_name_share(full: str) -> float:
    """The share of people whose name is spelled `full` (words sorted: "junjie yan")."""
    if full in _common_romanised():
        return COMMON_SHARE * ROMANISED_FACTOR
    words = full.split()
    # Surname and given name of one syllable each ("wang wei"): one vowel group per word.
    if len(words) == 2 and all(len(_VOWEL_GROUPS.findall(word)) == 1 for word in words):
        band = SHORT_GIVEN_NAME_SHARE
    elif any(word in _popular_given_romanised() for word in words):
        band = POPULAR_GIVEN_NAME_SHARE
    else:
        band = RARE_SHARE
    # Sorted words hide which one is the surname: the commoner reading counts.
    factor = max((_surname_factor(w) for w in words if w in surname_ranks()), default=1.0)
    return band * factor * ROMANISED_FACTOR


def _surname_factor(surname: str) -> float:
    """How much commoner than a typical (1%) surname this one is, within [1/10, 4]: a name's
    share is roughly its surname's times its given name's."""
    return min(max(surname_share(surname) / TYPICAL_SURNAME_SHARE, 0.1), 4.0)


def surname_share(surname: str) -> float:
    """The share of people with this pinyin surname."""
    rank = surname_ranks().get(surname)
    if rank is None:
        return UNRANKED_SURNAME_SHARE
    return max(TOP_SURNAME_SHARE * (rank + 1) ** -SURNAME_DECAY, UNRANKED_SURNAME_SHARE)


def initial_share(initial: str) -> float:
    """The share of people whose name is surname + this initial ("yan j")."""
    return surname_share(initial.split(" ")[0]) * INITIAL_FACTOR


def is_large_employer(name: str) -> bool:
    return canonical_name(name) in _large_employers()


def employer_share(large: bool) -> float:
    return LARGE_EMPLOYER_SHARE if large else EMPLOYER_SHARE


SHARES: dict[str, Callable[[str], float]] = {
    "han": han_name_share,
    "full": romanised_name_share,
    "initial": initial_share,
    "surname": surname_share,
}


def smoothed_frequencies(values: pd.Series, share_of: Callable[[str], float]) -> pd.DataFrame:
    """How common each value is: its share among people at large (`share_of`) as if seen in
    PSEUDO_RECORDS imagined records, plus the store's own counts. In a small store a name seen
    twice is usually one person seen twice, which says nothing about how common the name is; in
    a large store the observed share wins."""
    counts = values.dropna().value_counts()
    population = np.array([share_of(value) for value in counts.index])
    # A value seen k times is evidence of k - 1 others besides the record at hand, one of which
    # may be the same person: counting all k would make every pair of duplicates look common.
    others = np.maximum(counts.to_numpy() - 1, 0)
    share = (others + PSEUDO_RECORDS * population) / (counts.sum() + PSEUDO_RECORDS)
    name = values.name
    return pd.DataFrame({name: counts.index, f"tf_{name}": share})


def rare_values(lists: Iterable[list[str] | None], large: set[str]) -> set[str]:
    """The employers (ids) rare enough that two records sharing one is strong evidence: their
    smoothed share (`large` ones start from LARGE_EMPLOYER_SHARE) is below RARE_EMPLOYER_BELOW.
    A record counts an employer once, however it lists it."""
    flat = pd.Series([e for values in lists if values for e in set(values)], name="employer")
    shares = smoothed_frequencies(flat, lambda org: employer_share(org in large))
    return set(shares.loc[shares["tf_employer"] < RARE_EMPLOYER_BELOW, "employer"])
