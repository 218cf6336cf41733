"""How common a personal name is among people at large: where term frequencies start from.

A store's own counts are a poor guide to how common a name is while the store is small: a name
seen twice out of a few hundred records looks common only because the two records are one
person. So each name's share starts from a population estimate, and the store's counts pull it
towards what they show as they grow (`pedigree.resolve.backends.smoothed_frequencies`).

The estimates are coarse on purpose — three bands, not a census:
- a name listed in `pedigree/data/aliases/common_names.csv` (the most common full names in
  mainland China, from public name-frequency rankings) is common;
- a Han name with a one-character given name (王伟-shaped) is middling: few given names, many
  people;
- a longer Han name is rare. A romanised name is ten times as common as the Han name it could
  come from, since many Han names share one spelling.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib.resources import files

from pedigree.resolve.romanise import romanise, split_han

_VOWEL_GROUPS = re.compile(r"[aeiouv]+")

# Set high on purpose: a shared common name must not carry a merge however little else is known,
# and in one field's reporting the common names cluster more than in the population.
COMMON_SHARE = 2e-3
SHORT_GIVEN_NAME_SHARE = 2e-4
RARE_SHARE = 2e-5
ROMANISED_FACTOR = 10


@cache
def common_han_names() -> frozenset[str]:
    path = files("pedigree.data").joinpath("aliases", "common_names.csv")
    with path.open(encoding="utf-8") as handle:
        return frozenset(row["name"] for row in csv.DictReader(handle))


@cache
def _common_romanised() -> frozenset[str]:
    names = (romanise(name) for name in common_han_names())
    return frozenset(" ".join(sorted([n.surname, n.given])) for n in names if n)


def han_name_share(han: str) -> float:
    """The share of people called `han` (a Simplified Han name), by band."""
    if han in common_han_names():
        return COMMON_SHARE
    parts = split_han(han)
    if parts is not None and len(parts[1]) == 1:
        return SHORT_GIVEN_NAME_SHARE
    return RARE_SHARE


def romanised_name_share(full: str) -> float:
    """The share of people whose name is spelled `full` (words sorted: "junjie yan")."""
    if full in _common_romanised():
        return COMMON_SHARE * ROMANISED_FACTOR
    words = full.split()
    # Surname and given name of one syllable each ("wang wei"): one vowel group per word.
    if len(words) == 2 and all(len(_VOWEL_GROUPS.findall(word)) == 1 for word in words):
        return SHORT_GIVEN_NAME_SHARE * ROMANISED_FACTOR
    return RARE_SHARE * ROMANISED_FACTOR


SHARES = {"han": han_name_share, "full": romanised_name_share}
