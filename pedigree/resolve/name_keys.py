"""Names reduced to the keys the matcher compares. Organisations: without legal forms, cities and
descriptors (上海稀宇科技有限公司 → 稀宇科技 → core 稀宇), with what their descriptor words
mean across languages (星河智能 and Xinghe AI: "ai"). People: the Han name, the romanised forms
in either order, surname and initial, the letters (`person_keys`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pypinyin import Style, lazy_pinyin

from pedigree.names import to_simplified
from pedigree.reference.romanise import latin_words, read_latin, romanise_all, split_han

# Legal forms and generic words that do not tell two companies apart, longest first.
_LEGAL = (
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "控股有限公司", "集团", "控股",
    "公司", "incorporated", "corporation", "limited", "company", "holdings", "group", "inc",
    "ltd", "llc", "corp", "co", "plc", "gmbh", "partners",
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
HAN = re.compile(r"[\u4e00-\u9fff]")
# What descriptor words and kind words mean, across languages: 星河智能 and Xinghe AI, 北辰资本
# and Beichen Capital, 鹿鸣医疗 and Luming Health say the same in two languages
# (`org_meaning`). Kind words (资本, Capital) are here though not in _DESCRIPTORS: they belong to
# the meaning, so 北辰芯片 and 北辰资本 mean different things.
_MEANINGS = {
    # Generic: nearly every Chinese company name says 科技, English ones often leave it out.
    "": ("科技", "技术", "technologies", "technology", "tech"),
    "ai": ("人工智能", "智能", "ai", "intelligence"),
    "robotics": ("机器人", "robotics", "robot"),
    "medical": ("医疗", "medical", "healthcare", "health"),
    "data": ("数据", "data"),
    "games": ("游戏", "games", "gaming"),
    "bio": ("生物", "bio", "biotech"),
    "semi": ("芯片", "半导体", "semiconductor", "semi", "chips", "chip"),
    "vision": ("视觉", "vision"),
    "speech": ("语音", "speech"),
    "quantum": ("量子", "quantum"),
    "software": ("软件", "software"),
    "cloud": ("云", "cloud"),
    "driving": ("智驾", "自动驾驶", "autonomousdriving", "autonomous"),
    "capital": ("资本", "创投", "投资", "capital", "ventures", "investment", "investments"),
}
_MEANING_OF = {word: meaning for meaning, words in _MEANINGS.items() for word in words}
_MEANING_WORDS = tuple(sorted(_MEANING_OF, key=len, reverse=True))  # longest first


def _strip_suffixes(key: str, words, starts: frozenset[int] = frozenset()) -> tuple[str, list[str]]:
    """`key` without the words it ends in, repeatedly (at least two characters stay), and the
    words stripped. A Latin word is stripped only where it is a word of its own in the name
    (`starts`: where the name's Latin words start in the key): "Vivix AI" ends in the word AI,
    while Bolttech is a brand of its own, not Bolt with "tech" said after it."""
    stripped = []
    changed = True
    while changed:
        changed = False
        for word in words:
            cut = len(key) - len(word)
            if key.endswith(word) and cut > 1 and (not word.isascii() or cut in starts):
                key, changed = key[:cut], True
                stripped.append(word)
    return key, stripped


def _org_key(name: str) -> tuple[str, frozenset[int]]:
    """The name's key (as `name_key`: Simplified, case-folded, no spaces or punctuation)
    without legal form, and where its Latin words start in it: a space, a punctuation mark or a
    change of script ends a word (智谱AI is 智谱 + AI; CamelCase does not: BoltTech is one)."""
    text = to_simplified(unicodedata.normalize("NFKC", name).replace("\n", " ")).casefold()
    key, starts, previous = [], set(), None
    for ch in text:
        if unicodedata.category(ch)[0] not in "LNM":
            previous = None
            continue
        if previous is None or previous != ch.isascii():
            starts.add(len(key))
        key.append(ch)
        previous = ch.isascii()
    key = "".join(key)
    starts = frozenset(starts)
    return _strip_suffixes(key, _LEGAL, starts)[0], starts


def _org_parts(name: str) -> tuple[str | None, str, frozenset[int]]:
    """(city, the rest of the key, where the rest's Latin words start)."""
    key, starts = _org_key(name)
    city, rest = split_city(key)
    shift = len(key) - len(rest)
    return city, rest, frozenset(i - shift for i in starts if i >= shift)


def org_name_key(name: str) -> str:
    """A name without spaces, punctuation and legal form: 上海稀宇科技有限公司 → 上海稀宇科技."""
    return _org_key(name)[0]


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
    _, rest, starts = _org_parts(name)
    return sorted(_strip_suffixes(rest, _DESCRIPTORS, starts)[1])


def org_core(name: str) -> str:
    """The distinctive part of a company name: no city, legal form or descriptor
    (上海稀宇科技有限公司 → 稀宇; Vivix AI → vivix; Bolttech stays bolttech)."""
    _, rest, starts = _org_parts(name)  # 深圳市大疆创新 and 深圳大疆创新 alike
    return _strip_suffixes(rest, _DESCRIPTORS, starts)[0]


def org_meaning(name: str) -> str | None:
    """The name as it would be said in any language: the core in pinyin and what its
    descriptor and kind words mean (星河智能 and Xinghe AI → "xinghe|ai"; 北辰资本 and Beichen
    Capital → "beichen|capital"); None for a name that is all descriptor."""
    _, rest, starts = _org_parts(name)
    rest, words = _strip_suffixes(rest, _MEANING_WORDS, starts)
    meanings = sorted({_MEANING_OF[word] for word in words} - {""})
    return f"{pinyin_key(rest)}|{','.join(meanings)}" if rest else None


@cache
def pinyin_key(text: str) -> str:
    """Han characters in pinyin, other characters kept: 星河 → xinghe."""
    if not HAN.search(text):
        return text
    return "".join(lazy_pinyin(text, style=Style.NORMAL))


def person_keys(name: str) -> dict[str, str | None]:
    """What a name gives the matcher:

    - han: the Han name in Simplified characters;
    - full: the romanised name, words sorted so that either order meets ("junjie yan");
    - initial: surname and the given name's initial ("yan j");
    - surname: the surname in pinyin (Wong → huang);
    - form: han, pinyin, initial (J. Yan) or other — a given name that no pinyin reading meets
      (Jason He) or that is misspelt (Junjei Lu);
    - letters: the letters of the romanised name, sorted, which a transposed pair of letters
      does not change (Junjei Lu and 卢俊杰 share them);
    - full_alt: a Han name's romanised name in its next reading, when a character of its given
      name has more than one (王长虎: "wang zhanghu", and "changhu wang" here).
    """
    readings = romanise_all(name)
    if readings:
        han = "".join(split_han(name) or ())
        surname, given, form = readings[0].surname, readings[0].given, "han"
    elif (latin := read_latin(name)) is not None:
        han, surname, given, form = None, latin.surname, latin.given, latin.kind
    else:
        # One word: nothing to tell surname from given name, compared as written.
        words = latin_words(name)
        return {**dict.fromkeys(PERSON_KEYS), "full": words[0] if words else None}
    initial_only = form == "initial"
    return {
        "han": han,
        "full": None if initial_only else " ".join(sorted([surname, given])),
        "initial": None if form == "other" else f"{surname} {given[:1]}",
        "surname": surname,
        "form": form,
        "letters": None if initial_only else "".join(sorted(surname + given)),
        "full_alt": " ".join(sorted([surname, readings[1].given])) if len(readings) > 1 else None,
    }


PERSON_KEYS = ("han", "full", "initial", "surname", "form", "letters", "full_alt")
# Name forms that leave the given name uncompared: only the surname (and initial) can meet.
PARTIAL_FORMS = ("initial", "other")
