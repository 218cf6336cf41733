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

from pedigree.analytics.sectors import sector_id
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.names import name_key
from pedigree.resolve.romanise import latin_words, romanise, split_han

# Legal forms and generic words that do not tell two companies apart, longest first.
_LEGAL = (
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "控股有限公司", "集团", "控股",
    "公司", "incorporated", "corporation", "limited", "company", "holdings", "group", "inc",
    "ltd", "llc", "corp", "co", "plc", "gmbh",
)  # fmt: skip
# Words that describe what a company does and that reporting often leaves out (月之暗面 for
# 月之暗面科技). Words that name a different kind of entity — 投资, 资本, 研究院, Capital — are not
# here: 腾讯投资 is not 腾讯.
_DESCRIPTORS = (
    "科技", "技术", "智能", "信息", "网络", "软件", "人工智能", "机器人", "医疗", "数据",
    "游戏", "生物", "芯片", "语音", "视觉", "量子", "管理", "技术研发", "基础技术研究",
    "technologies", "technology", "tech", "ai", "intelligence", "robotics", "software",
    "medical", "games", "gaming", "data", "bio", "semiconductor", "vision", "speech", "quantum",
    "cloud",
)  # fmt: skip
_CITIES = (
    "北京", "上海", "深圳", "杭州", "广州", "南京", "苏州", "成都", "武汉", "西安", "香港",
    "天津", "重庆", "合肥", "厦门", "珠海", "东莞", "无锡", "青岛", "长沙", "郑州",
)  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]")
# The most common Chinese surnames, read as surnames (pedigree.resolve.romanise): a romanised
# name whose first word is one of these, and whose last is not, is written surname first.
_COMMON_SURNAMES_HAN = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "令狐", "皇甫")


@cache
def common_surname_readings() -> frozenset[str]:
    readings = {romanise(ch + "一").surname for ch in _COMMON_SURNAMES_HAN}
    return frozenset(readings | {romanise(c + "一").surname for c in _COMPOUND_SURNAMES})


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


def split_city(key: str) -> tuple[str | None, str]:
    """(city, rest) of a name key: 上海稀宇科技 → (上海, 稀宇科技); no city → (None, key).
    A school keeps its city: 北京大学 is not a 大学 in 北京."""
    if key.endswith(("大学", "学院", "university", "college")):
        return None, key
    for city in _CITIES:
        for prefix in (city + "市", city):
            if key.startswith(prefix) and len(key) > len(prefix) + 1:
                return city, key[len(prefix) :]
    return None, key


def org_descriptors(name: str) -> list[str]:
    """The descriptor words `org_core` strips after the city: 北京百川智能科技 → [智能, 科技]."""
    _, rest = split_city(org_name_key(name))
    words = []
    changed = True
    while changed:
        changed = False
        for word in _DESCRIPTORS:
            if rest.endswith(word) and len(rest) > len(word) + 1:
                rest, changed = rest[: -len(word)], True
                words.append(word)
    return sorted(words)


def org_core(name: str) -> str:
    """The distinctive part of a company name: no city, legal form or descriptor
    (上海稀宇科技有限公司 → 稀宇; Vivix AI → vivix)."""
    _, rest = split_city(org_name_key(name))  # 深圳市大疆创新 and 深圳大疆创新 alike
    return _strip_words(rest, _DESCRIPTORS)


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
    # Xiao-Dong and Jun-Jie are one given name written in syllables.
    words = latin_words(re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", name))
    if len(words) < 2:
        return {"han": None, "full": words[0] if words else None, "initial": None}
    surnames = common_surname_readings()
    first, last = words[0], words[-1]
    # Surname first (Yan Junjie) when the first word reads as a Chinese surname and the last
    # does not; otherwise the English order (Junjie Yan, J. Yan).
    if first in surnames and last not in surnames:
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
        SELECT entity_id,
               list(value ORDER BY prop = 'name' DESC, value)
                   FILTER (WHERE prop IN ('name', 'alias')) AS names,
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
        # The bundled alias table knows that 月之暗面 is Moonshot AI: its canonical name joins
        # the forms, so two records it names alike share a key.
        forms += sorted({known.name for f in forms if (known := known_organization(f))})
        keys = sorted({org_name_key(f) for f in forms} - {""})
        places = [split_city(k) for k in keys]
        cities = sorted({city for city, _ in places if city})
        cores = sorted({org_core(f) for f in forms} - {""})
        founder_keys = None
        if _list_or_none(founder_names):
            founder_keys = sorted({person_keys(n)["full"] or "" for n in founder_names} - {""})
        rows.append(
            {
                "unique_id": entity_id,
                "name": forms[0] if forms else entity_id,
                "keys": keys or None,
                # A legal name without its city meets the short name (上海稀宇科技 / 稀宇科技);
                # the city then tells 深圳星河科技 and 杭州星河科技 apart.
                "local_keys": sorted({rest for _, rest in places}) or None,
                "city": cities[0] if cities else None,
                # 百川智能 and 北京百川智能科技 agree (one set holds the other); 星河智能 and
                # 星河科技 do not.
                "descriptors": org_descriptors(forms[0]) if forms else [],
                # Blocking reads one core: the main name's (a sorted list would put Latin aliases
                # first, and 上海稀宇科技 would never meet 稀宇科技).
                "core": (org_core(forms[0]) or None) if forms else None,
                "cores": cores or None,
                "core_pinyin": pinyin_key(org_core(forms[0])) if forms else None,
                # Through the taxonomy: "LLM" and "large language models" are one sector.
                "sector": sector_id(sector) or sector,
                "founders": founder_keys or None,
            }
        )
    return pd.DataFrame(rows, columns=_ORG_COLUMNS)


_ORG_COLUMNS = [
    "unique_id", "name", "keys", "local_keys", "city", "descriptors", "core", "cores",
    "core_pinyin", "sector", "founders",
]  # fmt: skip
