"""The sector taxonomy: which track an organisation, product or person belongs to.

The taxonomy is data (`pedigree/data/taxonomy.csv`: id, Chinese and English labels, aliases), so a
sector is added by adding a row. Stored sectors are free text — `computer_vision` from a curated
table, `video generation` or 视频生成 from an article, `Fintech` from a company list — and meet the
taxonomy through their name key (script-, case- and punctuation-insensitive, `pedigree.names`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pandas as pd

from pedigree.errors import NotFound, clip
from pedigree.names import name_key, name_keys


@dataclass(frozen=True)
class Sector:
    id: str
    zh: str
    en: str
    aliases: tuple[str, ...]

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


@cache
def sectors() -> dict[str, Sector]:
    """Every sector of the bundled taxonomy, by id, in the file's order."""
    with files("pedigree.data").joinpath("taxonomy.csv").open(encoding="utf-8") as handle:
        rows = pd.read_csv(handle, dtype=str, keep_default_na=False)
    return {
        row.id: Sector(row.id, row.zh, row.en, tuple(a for a in row.aliases.split("|") if a))
        for row in rows.itertuples(index=False)
    }


@cache
def _ids_by_key() -> dict[str, str]:
    """name key of every id, label and alias → sector id (the first sector to claim a key wins)."""
    found: dict[str, str] = {}
    for sector in sectors().values():
        names = [sector.id, sector.zh, sector.en, *sector.aliases]
        for key in name_keys(names):
            if key:
                found.setdefault(key, sector.id)
    return found


def sector_id(text: str | None) -> str | None:
    """The taxonomy id a stored or typed sector name stands for, None when it is not listed."""
    if not isinstance(text, str) or not text:
        return None  # also pandas' missing markers
    return _ids_by_key().get(name_key(text))


def find_sector(text: str) -> str:
    """The sector a user named (id, label or alias, any script); a clear error otherwise."""
    found = sector_id(text)
    if found is None:
        known = ", ".join(sectors())
        raise NotFound(f"unknown sector {clip(text)!r}; known sectors: {known}")
    return found


def label(sector: str | None, lang: str = "zh") -> str:
    """A sector's display label; an unlisted sector shows as stored."""
    known = sectors().get(sector_id(sector) or "")
    return known.label(lang) if known else (sector or "")
