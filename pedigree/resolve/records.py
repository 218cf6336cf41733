"""What the matcher compares: one record per stored person or organisation id, with its names
reduced to comparable keys and the ties that tell namesakes apart.

People: the Han name (Simplified), romanised full forms in either order, surname + initial, the
organisations they worked at or founded, the schools they went to. Organisations: names without
legal suffixes (上海稀宇科技有限公司 → 稀宇科技 → core 稀宇), the core in pinyin (星河智能 and
Xinghe AI meet at "xinghe"), founders' names and sector.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd
from pypinyin import Style, lazy_pinyin

from pedigree.names import name_key
from pedigree.resolve.romanise import latin_words, romanise, split_han

# Legal forms and generic words that do not tell two companies apart, longest first.
_LEGAL = (
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "控股有限公司", "集团", "控股",
    "公司", "incorporated", "corporation", "limited", "company", "holdings", "group", "inc",
    "ltd", "llc", "corp", "co", "plc", "gmbh",
)  # fmt: skip
_DESCRIPTORS = (
    "科技", "技术", "智能", "信息", "网络", "软件", "人工智能", "资本", "创投", "投资",
    "technologies", "technology", "tech", "labs", "lab", "ai", "capital", "ventures",
    "intelligence", "robotics", "software",
)  # fmt: skip
_CITIES = (
    "北京", "上海", "深圳", "杭州", "广州", "南京", "苏州", "成都", "武汉", "西安", "香港",
    "天津", "重庆", "合肥", "厦门", "珠海", "东莞", "无锡", "青岛", "长沙", "郑州",
)  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Romanised surnames common enough to tell which word of an English name is the surname.
_COMMON_SURNAMES = frozenset(
    {
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
        "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
        "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan",
        "pan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
        "shen", "yao", "jin", "tan", "fan", "shi", "qian", "ou", "yan",
    }
)  # fmt: skip


def _strip_words(key: str, words: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for word in words:
            if key.endswith(word) and len(key) > len(word) + 1:
                key, changed = key[: -len(word)], True
    return key


def org_name_key(name: str) -> str:
    """A name without spaces, punctuation and legal form: 上海稀宇科技有限公司 → 上海稀宇科技."""
    return _strip_words(name_key(name), _LEGAL)


def org_core(name: str) -> str:
    """The distinctive part of a company name: no city, legal form or descriptor
    (上海稀宇科技有限公司 → 稀宇; Vivix AI → vivix)."""
    key = _strip_words(org_name_key(name), _DESCRIPTORS)
    for city in _CITIES:
        if key.startswith(city) and len(key) > len(city) + 1:
            return key[len(city) :]
    return key


@cache
def pinyin_key(text: str) -> str:
    """Han characters in pinyin, other characters kept: 星河 → xinghe."""
    if not _HAN.search(text):
        return text
    return "".join(lazy_pinyin(text, style=Style.NORMAL))


def person_keys(name: str) -> dict[str, str | None]:
    """han (Simplified Han name), full (the romanised name, words sorted so either order meets)
    and initial (surname + first initial: "yan j")."""
    roman = romanise(name)
    if roman is not None:
        han = "".join(split_han(name) or ())
        full = " ".join(sorted([roman.surname, roman.given]))
        return {"han": han, "full": full, "initial": f"{roman.surname} {roman.given[:1]}"}
    words = latin_words(name)
    if len(words) < 2:
        return {"han": None, "full": words[0] if words else None, "initial": None}
    first, last = words[0], words[-1]
    # Surname first (Yan Junjie) when the first word reads as a Chinese surname and the last
    # does not; otherwise the English order (Junjie Yan, J. Yan).
    if first in _COMMON_SURNAMES and last not in _COMMON_SURNAMES:
        surname, given = first, "".join(words[1:])
    else:
        surname, given = last, "".join(words[:-1])
    full = " ".join(sorted([surname, given])) if len(given) > 1 else None
    return {"han": None, "full": full, "initial": f"{surname} {given[:1]}"}


def person_records(con) -> pd.DataFrame:
    """One row per stored person id (not merged ids: matching decides merges)."""
    names = con.execute(
        """
        SELECT entity_id, list(value ORDER BY prop = 'name' DESC, value) AS names
        FROM entity_statements WHERE entity_type = 'person' AND prop IN ('name', 'alias')
        GROUP BY entity_id
        """
    ).fetchdf()
    ties = con.execute(
        """
        SELECT s.person_id AS entity_id,
               list(DISTINCT coalesce(c.canonical_id, s.org_id))
                   FILTER (WHERE s.kind IN ('employment', 'founder')) AS employers,
               list(DISTINCT coalesce(c.canonical_id, s.org_id))
                   FILTER (WHERE s.kind = 'education') AS schools
        FROM stint_statements s LEFT JOIN canonical_ids c ON c.entity_id = s.org_id
        GROUP BY s.person_id
        """
    ).fetchdf()
    records = names.merge(ties, on="entity_id", how="left")
    rows = []
    for entity_id, forms, employers, schools in records.itertuples(index=False):
        keys = [person_keys(name) for name in forms]
        han = next((k["han"] for k in keys if k["han"]), None)
        full = next((k["full"] for k in keys if k["full"]), None)
        initial = next((k["initial"] for k in keys if k["initial"]), None)
        rows.append(
            {
                "unique_id": entity_id,
                "name": forms[0],
                "han": han,
                "full": full,
                "fulls": sorted({k["full"] for k in keys if k["full"]}) or None,
                "initial": initial,
                "employers": _list_or_none(employers),
                "schools": _list_or_none(schools),
            }
        )
    return pd.DataFrame(rows, columns=_PERSON_COLUMNS)


_PERSON_COLUMNS = ["unique_id", "name", "han", "full", "fulls", "initial", "employers", "schools"]


def _list_or_none(values) -> list[str] | None:
    """An empty list means "not known", which must not count as disagreement."""
    if values is None or values is pd.NA or (isinstance(values, float) and pd.isna(values)):
        return None
    values = [v for v in values if v]
    return sorted(values) or None


def org_records(con) -> pd.DataFrame:
    """One row per stored organisation id."""
    names = con.execute(
        """
        SELECT entity_id, list(value ORDER BY prop = 'name' DESC, value) AS names,
               max(value) FILTER (WHERE prop = 'sector') AS sector
        FROM entity_statements WHERE entity_type = 'organization'
          AND prop IN ('name', 'alias', 'sector')
        GROUP BY entity_id
        """
    ).fetchdf()
    founders = con.execute(
        """
        SELECT s.org_id AS entity_id, list(DISTINCT e.value) AS founders
        FROM stint_statements s JOIN entity_statements e
          ON e.entity_id = s.person_id AND e.prop = 'name'
        WHERE s.kind = 'founder' GROUP BY s.org_id
        """
    ).fetchdf()
    records = names.merge(founders, on="entity_id", how="left")
    rows = []
    for entity_id, forms, sector, founder_names in records.itertuples(index=False):
        forms = [f for f in forms if f]
        keys = sorted({org_name_key(f) for f in forms} - {""})
        cores = sorted({org_core(f) for f in forms} - {""})
        founder_keys = None
        if _list_or_none(founder_names):
            founder_keys = sorted({person_keys(n)["full"] or "" for n in founder_names} - {""})
        rows.append(
            {
                "unique_id": entity_id,
                "name": forms[0] if forms else entity_id,
                "keys": keys or None,
                "core": cores[0] if cores else None,
                "cores": cores or None,
                "core_pinyin": pinyin_key(cores[0]) if cores else None,
                "sector": sector,
                "founders": founder_keys or None,
            }
        )
    return pd.DataFrame(rows, columns=_ORG_COLUMNS)


_ORG_COLUMNS = [
    "unique_id", "name", "keys", "core", "cores", "core_pinyin", "sector", "founders",
]  # fmt: skip
