"""Known organisation names (the bundled alias table), marked in text as a feature for the NER
model: 商湯科技, 商汤, SenseTime and 上海商汤智能科技有限公司 are all one company's names."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

from pedigree.ingest.text.normalise import fold


@cache
def organization_names() -> frozenset[str]:
    """Every name, alias and English name in `pedigree/data/aliases/organizations.csv`, folded."""
    path = files("pedigree.data").joinpath("aliases", "organizations.csv")
    names = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for cell in (row["name"], row["aliases"], row["english"]):
                names |= {fold(n.strip(), lower=True) for n in (cell or "").split("|") if n.strip()}
    return frozenset(n for n in names if len(n) >= 2)


def organization_marks(text: str) -> list[str]:
    """Per character: B, M, E or S inside the longest known organisation name there, else ""."""
    names = organization_names()
    longest = max(map(len, names), default=0)
    folded = fold(text, lower=True)
    marks = [""] * len(text)
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 1, -1):
            if folded[i : i + size] in names:
                marks[i : i + size] = ["B"] + ["M"] * (size - 2) + ["E"]
                i += size
                break
        else:
            i += 1
    return marks
