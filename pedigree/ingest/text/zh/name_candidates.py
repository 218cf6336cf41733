"""Candidate Chinese personal names: surname-led strings of name length (the bundled table of
surnames), none of whose characters is a function word, and how ordinary a word each is by
jieba's dictionary and the NER training text's name characters."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache
from importlib.resources import files

# Characters that end a stretch of name-like text: what follows a name, never the last character
# of one (a given name may hold 一 or 明 in the middle, but a name does not end in 的 or 表).
AFTER_NAME = set(
    "的了是在和与及或等曾于为被把从向对也都就还又再已将所其而但并这那们我你他她它说表称认告透"
    "回坦指笑问答却便才此该某各每以让给跟同今去本现任加担出毕获拿带负主持牵个年日时后前中内外上下做"
    "网"  # (雷锋网, 新浪网: an outlet, whose name ends as no person's does)
    "司"  # (公司 is no name, but 司 stands inside some: 侯司远)
    "接兼部"  # (宫澈接手…, 韦芃兼任…: a verb's start; 家居部前总经理: a department)
    "更"  # (曲未更看重数据: an adverb)
)
ALSO_ENDS_NAMES = ("为", "中", "和", "同", "回")  # (李叔同, 沈雁回: 同 and 回 end them)
_ALSO_A_GIVEN_NAME = frozenset({"笑"})
# A character that cannot be inside a name at all: function words and the commonest words of
# business reporting.
_NEVER_IN_NAME = set(
    "的了是在和与及或等于被把从对也都就还又再已将所而但并这那们我你他她它说表称认告透回坦"
    "指问答却便才此该某各每让给跟个年日时后内外上下公亿轮投资融队者面务场到"
    "谁啥哪吗呢"  # (技术部分由谁负责: a question, not the surname 由)
    "零〇"  # (於二零一五年: a year written in numerals, not the surname 于)
    "店厂"  # (亚马逊全球开店, 开厂: a shop or a plant, not the surname 开 and a given name)
    "丨"  # (盘点丨从…出走的: a bar of a headline, a Han character only to the regex)
)
_NUMERALS = frozenset("二三四五六七八九十两零〇百千万")  # (not 一: 滕一, 陈一舟)


# What goes before 年 in a word for a time, not in a name (今年, 多年, 成年).
_YEAR_WORD_HEADS = set("今去明前后当同每多半近往成少青中老元新全上下早晚次隔历翌该本周千万百十")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames), from the bundled table."""
    text = files("pedigree.data").joinpath("names", "han_surnames.txt").read_text("utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@cache
def common_surnames() -> frozenset[str]:
    """The thirty commonest single-character surnames: the first line of the bundled table,
    which lists them by population."""
    text = files("pedigree.data").joinpath("names", "han_surnames.txt").read_text("utf-8")
    first = next(line for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(first.split())


# Characters of given names that one sex is given almost always: women's (婷, 娟, 霞) and
# men's (刚, 伟, 峰). A name with one of them, and none of the other's, says 她 or 他.
_WOMENS_CHARACTERS = frozenset(
    "婷娟娜妍婉媛嫣姝妤娴婕娇婧妮姗莉莎芳芬芸萍蓉薇蕾霞燕凤翠玲珊丽倩雯秀梅菊瑶怡琴黛"
)
_MENS_CHARACTERS = frozenset("刚强伟军勇峰杰涛斌鹏龙雄彪虎豪栋坚磊")


def given_name_gender(name: str) -> str | None:
    """ "she" or "he" by the given name's characters (黄郁婷, 张志刚), else None."""
    single, compound = surnames()
    given = name[2:] if name[:2] in compound and len(name) >= 3 else name[1:]
    womens = any(c in _WOMENS_CHARACTERS for c in given)
    mens = any(c in _MENS_CHARACTERS for c in given)
    if womens != mens and all(is_han(c) for c in name):
        return "she" if womens else "he"
    return None


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_MONEY_UNITS = frozenset(("元", "美元", "港元", "港币", "欧元", "日元", "英镑", "澳元", "新元"))


@lru_cache(maxsize=1 << 16)  # asked for every surname-led string of a text; names repeat
def looks_like_name(name: str) -> bool:
    """A surname and one or two given characters (two or three after a compound surname), none
    of them a function word."""
    single, compound = surnames()
    if not all(is_han(c) for c in name):
        return False
    if len(name) >= 3 and stock_name(name):
        return True  # 阿拉坦, 才让卓玛: a Mongolian or Tibetan name, no surname leading it
    if name[:2] in compound and 3 <= len(name) <= 4:
        given = name[2:]
    elif name[0] in single and 2 <= len(name) <= 3:
        given = name[1:]
    else:
        return False
    if all(c in _NUMERALS for c in given):
        return False  # 於二零一五年: a year in numerals after the surname 于, not a given name
    if name[0] in "万亿" and given in _MONEY_UNITS:
        return False  # 1500万元, 3亿美元: a sum's unit after the surname 万, not a given name
    if len(given) == 2 and _common_verb(given) and not known_given_name(given):
        return False  # 一年后离职创办了…: the surname 后 before an everyday verb, not a name
    if len(given) == 2 and given[0] == "一" and _function_or_count_word(given):
        # 和我爱人贺兰一起创办: 一起 (together), not a given name after 贺兰 (but 苗依然: 依然,
        # "still", is a given name as often as not)
        return False
    if name[0] == "后" and (
        (dictionary()[0].get(given) or 0) >= 200 or dictionary()[1].get(given, "").startswith("v")
    ):
        # 辞职后全职加入, 金融危机后关停: "after", then an everyday word or a verb (后 is a rare
        # surname)
        return False
    if len(name) == 3 and name[-1] == "科" and (dictionary()[0].get(name[:2]) or 0) >= 300:
        return False  # 是皮肤科医生: a hospital's department (皮肤科), not 皮 and a given name
    if given[-1] in "市省县":
        return False  # 胡志明|市: a city's administrative word ends no given name
    if given in ("总", "董", "工"):
        return False  # 王总, 荣总, 李工: how people are addressed, or a hospital (台北荣总)
    if name[0] in "年月" and given in ("中", "底", "初", "末", "内"):
        return False  # 去年年中离职: a part of the year (the surname 年 and a given name 中)
    if len(given) == 2 and given[1] == "年":
        # 聂柏年, 谷永年: a classical given name ends in 年, but 去年, 多年 and 同年 are time
        return given[0] not in _NEVER_IN_NAME and given[0] not in _YEAR_WORD_HEADS
    if len(given) == 2 and given[0] == "于" and _names_own(given[1]):
        # 洪于婷, 王于涵, 廖于萱: 于 opens a given name whose second character is a name's own
        # (not 公司于今年: 今 is no name's)
        return given[1] not in _NEVER_IN_NAME and given[1] not in AFTER_NAME
    # 为, 中, 和, 同 and 回 end real names (蒯为, 庞可为, 乔翊中, 喻清和, 甘叔同) often enough to be
    # weighed by evidence, not ruled out
    if given in _ALSO_A_GIVEN_NAME:
        return True  # 闵笑: 笑 follows names as a verb (笑说), and is a given name alone
    if given[-1] in ALSO_ENDS_NAMES or (len(given) == 2 and given[-1] == "融"):
        # (喻清和: 和 ends it; 蔡孟融: 融 of 融资 ends a given name too, which the word
        # after it decides — 融|资 is a word, no name's end)
        return not any(c in _NEVER_IN_NAME for c in given[:-1])
    return not any(c in _NEVER_IN_NAME for c in given) and given[-1] not in AFTER_NAME


@cache
def _surname_start() -> re.Pattern[str]:
    """A character that can start a surname (single, or the first of a compound one)."""
    single, compound = surnames()
    return re.compile("[" + "".join(sorted(single | {c[0] for c in compound})) + "]")


def candidates(text: str) -> dict[str, list[int]]:
    """Every surname-led string of name length in `text` (folded), with where it occurs."""
    single, compound = surnames()
    found: dict[str, list[int]] = defaultdict(list)
    size = len(text)
    # Only where a surname can start (the scan runs in C): no other character leads a name.
    # (The loop body is the hot path of name finding: plain comparisons, no calls.)
    for match in _surname_start().finditer(text):
        i = match.start()
        char = text[i]
        if not "\u4e00" <= char <= "\u9fff":
            continue
        ends: tuple[int, ...] = ()
        if text[i : i + 2] in compound:
            ends = (i + 3, i + 4)
            # (联合创始人贺兰，前…: 贺兰 opens a compound surname, but standing alone before a
            # mark it is 贺 and the given name 兰 — not 欧阳 of 欧阳先生, a surname's address)
            if char in single and not "\u4e00" <= text[i + 2 : i + 3] <= "\u9fff":
                ends = (i + 2, *ends)
        elif char in single:
            ends = (i + 2, i + 3)
        if text[i + 1 : i + 4] in _MONGOLIAN_GIVEN:
            found[text[i : i + 4]].append(i)  # 包其木格: a surname and a Mongolian given name
        for end in ends:
            if end <= size and looks_like_name(name := text[i:end]):
                found[name].append(i)
    # Tibetan names have no surname: two names of a small stock, 多吉次仁, 才让卓玛.
    for match in _TIBETAN_NAME.finditer(text):
        found[match.group()].append(match.start())
    # Mongolian names likewise: 巴图孟和, 乌兰其其格, 那日松 (one name of three, or two).
    for match in _MONGOLIAN_NAME.finditer(text):
        found[match.group()].append(match.start())
    return found


# The stock Tibetan names are made from (each of two characters), and Mongolian given names
# of three that follow a surname (包其木格, 白巴特尔).
_TIBETAN = (
    "扎西|卓玛|次仁|多吉|格桑|旦增|丹增|央金|拉姆|尼玛|达瓦|平措|索朗|顿珠|德吉|白玛|洛桑|次旦|强巴|"
    "贡嘎|普布|边巴|巴桑|群培|曲珍|益西|仁青|嘎玛|桑珠|措姆|才让|卓嘎|央宗|拉巴|旺堆|罗布|次央|德庆|"
    "斯朗|泽仁|泽旺|仁增|贡布|土登|阿旺|加措|嘉措|次珍|玉珍|巴珠|多杰|拉珍|索南|旺姆|格勒|久美"
)
_TIBETAN_NAME = re.compile(f"(?:{_TIBETAN}){{2}}")
# Mongolian names, made of a stock of their own: two of them (巴图孟和, 斯琴高娃), or one of
# three or more characters alone (那日松, 阿拉坦); two characters alone (乌兰, 巴图) are words
# and places as often as names.
_MONGOLIAN_LONG = (
    "其其格|琪琪格|那日松|阿拉坦|额尔敦|巴特尔|乌力吉|吉日嘎拉|敖其尔|满都拉|毕力格|额尔德尼|"
    "其木格|乌日娜|苏日娜|阿古拉|特木尔|巴雅尔|道尔吉|额日和|青格勒|萨如拉|朝鲁门|格日勒|娜仁花"
)
_MONGOLIAN_SHORT = (
    "巴图|孟和|乌兰|那仁|娜仁|苏和|朝鲁|宝音|图雅|萨仁|达来|白音|哈斯|布和|孟克|扎那|那顺|托娅|"
    "赛罕|斯琴|高娃|塔娜|呼和|图门|诺敏|阿荣|敖登|巴音|乌云|阿斯|额尔|特古斯"
)
_MONGOLIAN_NAME = re.compile(
    rf"(?:(?:{_MONGOLIAN_SHORT}|{_MONGOLIAN_LONG})(?:{_MONGOLIAN_SHORT}|"
    rf"{_MONGOLIAN_LONG})|{_MONGOLIAN_LONG})"
)


def stock_name(name: str) -> bool:
    """Whether `name` is a Tibetan or Mongolian name made of the stock names (才让卓玛, 那日松),
    which no surname leads and whose parts may be everyday words (那日)."""
    return bool(_TIBETAN_NAME.fullmatch(name) or _MONGOLIAN_NAME.fullmatch(name))


_MONGOLIAN_GIVEN = frozenset(
    ("其木格", "巴特尔", "乌力吉", "苏日娜", "额尔敦")
    + ("敖其尔", "格日勒", "阿拉坦", "娜仁花", "乌日娜")
)


@cache
def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """Word frequencies and part-of-speech tags: how ordinary a word is. jieba's, with the
    everyday words of business and technology reporting it lacks (冷链, 领投, 营收) counted as
    common; a copy, so jieba's own segmentation is unchanged."""
    import jieba.posseg

    from pedigree.ingest.text.segmenter import jieba

    jieba.initialize()
    freq = dict(jieba.dt.FREQ)
    for word in trade_words():
        freq[word] = max(freq.get(word) or 0, _TRADE_WORD_FREQUENCY)
    return freq, jieba.posseg.dt.word_tag_tab


# As common as a word must be for a name candidate made of it, or of it and one more
# character, to be taken for that word (see `ordinariness`).
_TRADE_WORD_FREQUENCY = 1000


@cache
def trade_words() -> frozenset[str]:
    """Everyday words of business and technology reporting (data/words/trade_zh.txt)."""
    path = files("pedigree.data").joinpath("words", "trade_zh.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen the word (0 for words it does not know)."""
    return dictionary()[0].get(word) or 0


@lru_cache(maxsize=1 << 16)  # weighed for every candidate, often more than once
def ordinariness(name: str) -> float:
    """How much being an everyday word counts against a candidate: 方面, 管理 and 智能 are
    words, not names; 高峰 is both; 闻笛 is neither. A three-character candidate that starts or
    ends with a common word (严格来, 商管理) is a word and a stray character."""
    freq, tags = dictionary()

    def penalty(word: str, floor: int) -> float:
        count, tag = freq.get(word) or 0, tags.get(word, "")
        if count < floor:
            return 0.0
        return 1.5 if tag.startswith("nr") else 3.0

    own = penalty(name, 100)
    if not own and len(name) == 2 and tags.get(name) == "v" and (freq.get(name) or 0) >= 10:
        own = 1.0  # 危机后关停: a verb the dictionary knows, if a rare one, is more verb than name
    if len(name) == 3 and name[:2] not in surnames()[1]:
        partial = max(
            penalty(name[:2], 500), penalty(name[1:], 1000) if not known_given_name(name[1:]) else 0
        )
        own = max(own, min(partial, 1.5))
    if len(name) == 3 and name[-1] in _SITE_ENDS and penalty(name[1:], 100) and (
        tags.get(name[1:], "").startswith(("n", "s"))
    ):
        own = max(own, 1.5)  # 经营白茶园: a surname's character, then a place (茶园), is a place
    return own


_SITE_ENDS = frozenset("园厂店馆场坊铺庄")


@cache
def _name_chars() -> dict[str, float]:
    """Character → the share of its occurrences in the NER training text that are in a given
    name (built with the model by `pedigree train-ner`)."""
    path = files("pedigree.data").joinpath("name_chars.tsv")
    rows = (
        line.split("\t")
        for line in path.read_text("utf-8").splitlines()
        if not line.startswith("#")
    )
    return {ch: float(ratio) for ch, ratio in rows}


def _names_own(char: str) -> bool:
    """A character names are made of: mostly seen in names in the training text, or unseen
    there and rare as a word of its own (萱: the news the model learnt from names no 萱)."""
    share = _name_chars().get(char)
    return share >= 0.5 if share is not None else (dictionary()[0].get(char) or 0) < 1000


def name_like(name: str) -> bool:
    """Whether the given name's characters are ones names are made of: at least one seen in
    names often, or unseen in the training text altogether (rare characters are names' own)."""
    single, compound = surnames()
    return given_name_like(name[2:] if name[:2] in compound else name[1:])


def given_name_like(given: str) -> bool:
    """At least one of the characters seen in names often, or unseen in the training text
    altogether."""
    table = _name_chars()
    return any(
        table.get(ch, 0.0) >= 0.15 or ch not in table and not dictionary()[0].get(ch)
        for ch in given
    )


def everyday(word: str) -> bool:
    """A word so common that no context makes it a name (项目, 时代, 方面), or a common word
    that only links or qualifies others (陆续, 毕竟, 任何: 老兵陆续离开 names no one)."""
    freq, tags = dictionary()
    count, tag = freq.get(word) or 0, tags.get(word, "")
    return (count >= 3000 and not tag.startswith("nr")) or (
        count >= 500 and tag in _FUNCTION_WORD_TAGS
    )


# jieba's tags of adverbs, conjunctions, prepositions, pronouns and particles.
_FUNCTION_WORD_TAGS = frozenset({"d", "c", "p", "r", "u"})


def _function_or_count_word(word: str) -> bool:
    """An everyday adverb, conjunction or count word (一起, 一直, 一天): jieba tags it so and
    counts it often; no given name is one."""
    freq, tags = dictionary()
    return tags.get(word) in _FUNCTION_WORD_TAGS | {"m", "mq"} and (freq.get(word) or 0) >= 1000


def _common_verb(word: str) -> bool:
    """An everyday verb (离职, 加入, 担任): the dictionary tags it v and counts it often."""
    freq, tags = dictionary()
    return tags.get(word) == "v" and (freq.get(word) or 0) >= 1000


def known_given_name(pair: str) -> bool:
    """A two-character given name jieba knows as a name (婷婷, 子轩)."""
    return dictionary()[1].get(pair, "").startswith("nr")
