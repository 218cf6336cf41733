"""Where jieba's words fall in a text, and the known organisations that fit them."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from pedigree.ingest.text.gazetteer import find_known
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.name_candidates import is_han, word_frequency
from pedigree.ingest.text.zh.org_forms import kind_of


@lru_cache(maxsize=4)
def known_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Known organisations in the folded text; 商汤系 is a label for alumni, not 商汤 (but
    清华大学计算机系 is a department and 华为系统 a word)."""
    return tuple(
        (s, e)
        for s, e in find_known(text, folded=True)
        if not _lineage_label(text, s, e) and not inside_a_word(text, s, e)
    )


def in_word_start(text: str, start: int) -> bool:
    """Whether `start` falls inside a word jieba reads (a name there would cut the word)."""
    return start not in word_starts(text) and is_han(text[start - 1 : start] or " ")


def inside_a_word(text: str, start: int, end: int) -> bool:
    """A known name that is part of another word: 高通 in 高通量, 京东 in 京东方, 新浪 in 新浪潮
    (a dictionary word one character longer), 强生 in 增强生成 and 思科 in 沛思科技 (both of
    its ends inside jieba's words). 清华大学电子工程系 and 华为公司 extend the name: kept."""
    if not (is_han(text[start]) and end < len(text) and is_han(text[end])):
        return False
    if _LEGAL_TAIL.match(text, end):
        return False  # 安永华明会计师事务所: the longer legal name, read as one
    bounds = _word_bounds(text)
    i = bisect_right(bounds, end - 1) - 1
    word_start, word_end = bounds[i], bounds[i + 1]
    if word_end <= end:
        return False
    if word_start == start:
        return (
            word_end == end + 1
            and text[end] not in "云系"
            and word_frequency(text[start : end + 1]) > 0
        )
    j = bisect_right(bounds, start) - 1
    if text[bounds[j] : start] in ("前", "原") and end - start >= 3:
        return False  # 前台积电厂务工程师: "former", glued to the name's first character (前台)
    if bounds[j] < start and end - start >= 4:
        # 前小鹏|汽车底盘: jieba glued 前 to a name it did not know; a long known name is cut
        # only by a word the dictionary knows
        return word_frequency(text[bounds[j] : bounds[j + 1]]) > 0
    return bounds[j] < start


@lru_cache(maxsize=4)
def _word_bounds(text: str) -> tuple[int, ...]:
    """Where jieba's words start, and the text's end."""
    return (*word_offsets(text), len(text))


def _lineage_label(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] != "系" or text[end + 1 : end + 2] in ("统", "列", "数"):
        return False
    return kind_of(text[start:end]) != "school"


@lru_cache(maxsize=4)  # the text being read, not every text ever read
def words(text: str) -> tuple[str, ...]:
    """jieba's segmentation of the text (with its HMM, which finds new words such as names)."""
    from pedigree.ingest.text.segmenter import segment

    return tuple(segment(text))


@lru_cache(maxsize=1 << 12)  # (its own cache: `words` keeps the few whole texts being read)
def common_words_only(text: str) -> bool:
    """Whether jieba cuts `text` into two or more words, each a common one and none a place
    (儿童|体育, not 伦敦|帝国): a description, never a brand."""
    from pedigree.ingest.text.segmenter import segment

    parts = [w for w in segment(text) if w.strip()]
    return (
        len(parts) >= 2
        and all(word_frequency(w) >= 1000 for w in parts)
        and not any(w in place_names() for w in parts)
    )


@lru_cache(maxsize=4)
def word_starts(text: str) -> frozenset[int]:
    """Where jieba's words start: a name starts where a word does (嵌入式智能 is no 入式智能)."""
    return frozenset(word_offsets(text))


@lru_cache(maxsize=4)
def word_offsets(text: str) -> tuple[int, ...]:
    """Where jieba's words start, in order (summed in C, not word by word)."""
    return tuple(accumulate(map(len, words(text)), initial=0))[:-1]


_FUNCTION_CHARS = frozenset(
    "为是在于的了把被将从向对与和及或也都就还又再已并而但则即其该此本他她它我你著"
)


def splits_at_a_function_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads a one-character function word (or a verb with 着/了/过) inside
    text[start:end]."""
    bounds = _word_bounds(text)
    i = bisect_right(bounds, start) - 1
    while i + 1 < len(bounds) and bounds[i] < end:
        size = bounds[i + 1] - bounds[i]
        if bounds[i] >= start and size == 1 and text[bounds[i]] in _FUNCTION_CHARS:
            return True
        if bounds[i] >= start and size == 2 and text[bounds[i] + 1] in "着了过":
            return True  # 拉着(大学社团): a verb and its aspect particle
        i += 1
    return False


_LEGAL_TAIL = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:[（(][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]{0,10}?)?"
    r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|会计师事务所|律师事务所)"
    r"(?:[（(][\u4e00-\u9fff]{2,8}[)）])?"
)


_INSTITUTE_TAIL = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:研究所|研究院|实验室|所(?=[^\u4e00-\u9fff]|获|博士|硕士|任|工作|担任|读))"
)


_ACADEMY_END = re.compile(r"(?:中国科学院|中科院|科学院)$")


def legal_end(text: str, end: int) -> int:
    """Where a known name written as a legal name ends: 中芯国际集成电路制造（上海）有限公司,
    安永华明会计师事务所, 中国科学院武汉物理与数学研究所 — the mention covers the whole name."""
    if _ACADEMY_END.search(text[max(0, end - 5) : end]):
        institute = _INSTITUTE_TAIL.match(text, end)
        if institute and not re.search(r"[，。；、：\s,;:]", institute.group()):
            return institute.end()
    match = _LEGAL_TAIL.match(text, end)
    if match and not re.search(r"[，。；、：\s,;:]", match.group()):
        return match.end()
    return end
