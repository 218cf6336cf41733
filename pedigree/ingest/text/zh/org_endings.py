"""Candidate names found by a company-like ending (…科技, …资本), and where each one starts."""

from __future__ import annotations

import re
from collections import defaultdict

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import TITLE_WORD, UNIT
from pedigree.ingest.text.zh.name_candidates import is_han, ordinariness
from pedigree.ingest.text.zh.org_forms import (
    CITY,
    DESCRIPTOR,
    DESCRIPTOR_END,
    INSTITUTION_ENDINGS,
    SECTOR_WORDS,
    SUFFIX_PATTERN,
    UNIT_ENDINGS,
    brand_before_field,
)
from pedigree.ingest.text.zh.org_words import (
    common_words_only,
    splits_at_a_function_word,
    word_starts,
)

# Characters or words a name never runs across, scanning left from its ending.
LEFT_STOPS = re.compile(
    r"(?:领投|跟投|参投|收购|并购|创办|创立|成立|推出|加入|进入|公司|企业|创企|服务商|开发商|提供商|初创|旗下|"
    r"老股东|股东|投资方|领投方|投资者|合伙人|前往|离开|担任|任职|就职|来自|出身|一手打造|打造|任|"
    r"研发商|运营商|制造商|品牌商|厂商|创企|新锐|独角兽|平台|服务平台|"
    r"对话|专访|访谈|对谈|取得|获得|拿到|持有|拥有|获颁|考入|攻读|就读|毕业|赴|读|走进|位于|做|专做|专注|面向|服务|"
    r"由|和|与|及|在|于|从|为|是|了|获|被|向|对|把|将|让|给|到|去|的|前|原|曾|即|至|并|而|或|等|兼|"
    r"之一|其中|包括|以及|当时|今年|去年|此前|随后|同年|目前|现在|已经|已|该|这家|那家|一家|这位|那位|前身|"
    # (有消息称|毛伴科技已获得…: hearsay, then the name; 那家厂叫|宁波长根汽车用品厂: what it is
    # called)
    r"网传|据传|传闻|据悉|称|叫|名为|取名|"
    r"[」”\"]指|是指)$"  # 「本公司」指韶齿医疗…: a filing's definition of its terms
)
GENERIC_HEAD = re.compile(
    r"^(?:过|了)?(?:(?:该|这|那|本|其|某|一|每|各|多|此|我|你|他|她|几|数|两|全|首|新|老|原|前|大|小|整个|相关|"
    r"旗下|国内|国外|海外|本地|内地|上市|同类|传统|头部|知名|大型|中型|小型|初创|创业|科技|互联网|另一|另外)"
    r"(?:家|个|些|所|批|类|款|间)?$|(?:该|这|那|一|某|多|几|数|两|每|各)(?:家|个|些|所|批|类|款|间))"
)


# Terms of finance that end as a fund's name does (注册资本500万元): never a name.
_CAPITAL_TERM = re.compile(
    r"(?:注册|实缴|认缴|社会|国有|人力|风险|私募|民间|产业|金融|外资|股权|工商|货币)(?:资本|资金|基金)"
)


_BRACKETED_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,5}?)(?:市|省)?[)）]$")


def _place_in_brackets(text: str, end: int) -> int | None:
    """Where a bracketed place ending at `end` starts, when a name runs on before it."""
    found = _BRACKETED_PLACE.search(text, max(0, end - 8), end)
    # (衡仿医药研究（控股）有限公司: a holding company's word in brackets, as a place can be)
    if found is None or (
        found.group("place") not in place_names() and found.group("place") not in ("控股", "集团")
    ):
        return None
    return found.start() if is_han(text[found.start() - 1 : found.start()] or " ") else None
_TIME_HEAD = re.compile(
    r"^(?:上半年|下半年|全年|今年|去年|明年|年内|[一二三四]季度|第[一二三四]季度|彼时|此时|当时|那时|届时)"
)
_FIELD_AFTER = re.compile(r"(?:领域|赛道|行业|产业|板块|需求|装备|设备|市场)")


_ENDING_ONLY_HEAD = re.compile(
    r"(?:集团|控股|公司|科技|国际|实业|企业)(?:[（(][\u4e00-\u9fff]{2,6}[)）])?"
)
_COUNTED_HEAD = re.compile(r"[一两二三四五六七八九十几数多](?:个|位|名|家|间)")
DESCRIBES_NEXT = re.compile(
    r"(?:[（(][A-Za-z][A-Za-z .&-]{0,30}[)）])?(?:" + DESCRIPTOR + r"|商)?\s?[“「]"  # (材料商「…」)
)
_STAKE_BEFORE = re.compile(r"(?:持有|持|拥有|认购|转让|出售|减持|增持|买入|卖出)[^，。；,;]{2,10}$")
_POST_VERB_BEFORE = re.compile(r"(?:现任|时任|曾任|担任|出任|兼任)$")
# 北京和|弦岛科技有限公司: a registered name's city, then a name that opens with 和 (read as
# "and" by the loop, which stops there)
_CITY_THEN_JOINER = re.compile(
    r"(?:^|(?<=[，,。；;：:\s“”\"]))(?P<city>" + CITY.pattern.lstrip("^") + r")[和与及]$"
)
_POST_VERB_HEAD = re.compile(
    r"(?:离开|离职)?[时前]?(?:时任|现任|曾任|担任|出任|原任|前任)|晋升|升任|升为|调任|提拔为?"
)
_OWN_COMPANY_WORD = re.compile(r"[本该其](?:公司|集团)")


def suffix_candidates(text: str) -> dict[str, list[tuple[int, int]]]:
    """Han (or Latin) runs ending in an organisation ending. Where the name starts is the
    question: of the heads that end at the ending (走进沛思|科技: 沛思? 进沛思?), the one the text
    also uses alone (沛思营收…) or that starts after a boundary word wins; a shorter one on a
    tie."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pattern = SUFFIX_PATTERN
    starts = word_starts(text)
    for match in pattern.finditer(text):
        end = match.end()
        if end < len(text) and text[end] in "系" and match.group() != "大学":
            continue
        if text.startswith("学", end) and match.group() in INSTITUTION_ENDINGS:
            continue  # 攻读图书馆学硕士: a discipline, not a library
        if match.group() in ("学会", "总会") and not _AFTER_A_SOCIETY.match(text, end):
            continue  # 她真正学会做衣服, 他总会遇到…: "learned", "always will", no society
        if _FIELD_AFTER.match(text, end):
            continue  # 台湾长照科技领域: a field of business, not a company
        start = match.start()
        if match.group() == "股份" and _STAKE_BEFORE.search(text, max(0, start - 12), start):
            continue  # 并不持有竹屿股份: a stake in the company, not a name
        if _POST_VERB_BEFORE.search(text, max(0, start - 2), start):
            continue  # 暨晨现任集团联合创始人: the ending right after a verb names no one
        if text[start - 1 : start] in _VERB_OBJECT_BEFORE:
            continue  # 卖给幼儿园, 从Zenbo到幼儿园: the object of a verb or preposition, a kind
        latin_suffix = match.group() in ("AI", "Labs", "Lab", "Tech", "Robotics")
        best, best_score = None, float("-inf")
        head_start = start
        while head_start > 0 and start - head_start < 14:  # 中国农业科学院作物科学|研究所
            ch = text[head_start - 1]
            if ch in "）)" and (place := _place_in_brackets(text, head_start)) is not None:
                head_start = place  # 微链（宁波）智能科技有限公司: the registered place inside
                continue
            if not (is_han(ch) or ch.isalnum() or ch == "·"):
                break
            head_start -= 1
            head = text[head_start:start]
            if len(head) < 2:
                if known_organization(text[head_start:end]) and LEFT_STOPS.search(
                    text[max(0, head_start - 6) : head_start]
                ):
                    break  # 本轮由|深创投: a known name after a word that a name never runs across
                continue
            if latin_suffix and (len(head) > 4 or re.search(r"担任|出任|负责|加入|在|任", head)):
                break  # 米哈游担任AI技术中心负责人: a post's verb, then a field named AI
            if "的" in head:
                break  # 砺研的AI-Tox: a possessive, then a word; no name runs across 的
            if COUNTED.search(head) and not head.isascii():
                break  # 20年航天: a number and a unit, not a name (but 3M中国有限公司)
            if head[0] in "年月日" and text[head_start - 1 : head_start].isdigit():
                break  # 2019年|晋升为集团…: a date's unit opens no name
            if (
                head_start not in starts
                and is_han(text[head_start])
                and not LEFT_STOPS.search(text[max(0, head_start - 6) : head_start])
            ):
                continue  # the head would start inside a word
            if text[head_start - 1 : head_start] not in ("、", "") and splits_at_a_function_word(
                text, head_start, start
            ):
                continue  # 为|本集团, 前|为|智能: a verb or particle, not part of a name
            score = head_score(text, head_start, start, end)
            if score > best_score:
                best, best_score = head_start, score
            elif (
                best is not None
                and CITY.fullmatch(text[head_start:best])
                and text.endswith(("有限公司", "有限责任公司"), start, end)
            ):
                best = head_start  # 北京|律见科技有限公司: a registered name keeps its city
            if LEFT_STOPS.search(text[max(0, head_start - 6) : head_start]) and not (
                _ENDING_ONLY_HEAD.fullmatch(text[best:start])  # (best is set: score > -inf)
            ):
                break  # a word before that a name never runs across (思源生命服务|集团有限公司:
                # but not when what is left is an ending alone, which names nothing)
        if best is None:
            continue
        joined = _CITY_THEN_JOINER.search(text, max(0, best - 4), best)
        if joined and text.endswith(("有限公司", "有限责任公司"), start, end):
            best = joined.start("city")
        line_start = text.rfind("\n", 0, best) + 1
        if (
            text.endswith(("有限公司", "有限责任公司"), start, end)
            and 0 < best - line_start <= 8
            and all(is_han(c) for c in text[line_start:best])
            and not text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
        ):
            best = line_start  # 岐和中醫藥控股有限公司 alone on its line: the whole line, 和 too
        head = text[best:start]
        if (
            latin_suffix
            and re.search(r"(?:担任|出任|任)$", text[max(0, best - 2) : best])
            and re.match(rf"\s?(?:{TITLE_WORD})", text[end : end + 8])
        ):
            continue  # 担任理赔AI负责人: a post's verb, a field named …AI, then the post
        if (
            GENERIC_HEAD.match(head)
            # …服务|集团（香港）有限公司: an ending and a place are no name's head
            or _ENDING_ONLY_HEAD.fullmatch(head)
            or _TIME_HEAD.search(head)  # 上半年AI写作…: a period, then a word
            or SECTOR_WORDS.match(head)
            or _CAPITAL_TERM.fullmatch(text[best:end])
            or _COUNTED_HEAD.search(head)  # 创办人一个懂银行
            or _NEGATED_HEAD.search(head)  # 林砚秋没有去|设计院: a clause denied, no name
            or (head[0] in "由被向从在与和及为对将把" and known_organization(text[best + 1 : end]))
            or (
                head[0] == "得"
                and text[best - 1 : best] in "获取"
                and known_organization(text[best + 1 : end])
            )  # 获得深创投: 深创投
            or text[best - 1 : best + 1] in ("前文", "上文", "下文", "本文", "原文")
            or _POST_VERB_HEAD.match(head)
            # 光伏运维公司“晴维”, 法遵科技（RegTech）新创「律衡数据」: a description, then a name
            or DESCRIBES_NEXT.match(text, end)
            or _OWN_COMPANY_WORD.search(text[best:end])
            or UNIT.search(head)  # 九牧研究院|软件负责人: a unit, then its department's field
        ):
            continue
        if known_organization(head) and match.group() not in UNIT_ENDINGS:
            continue  # 华为智能(汽车…), 深创投投资: a known name and the word after it
        if head.endswith("系") and known_organization(head[:-1]):
            continue  # 商汤系AI创业者: a lineage and a sector, not a company
        if head.isascii() and not head[:1].isupper():
            continue
        found[text[best:end]].append((best, end))
    return found


_VERB_OBJECT_BEFORE = frozenset("给到向对把被")
# What follows a society's name (中国计算机学会会士, 学会理事长, 学会，): never a verb or its
# object, as after 学会 "learned" and 总会 "always will" (学会了, 学会“看天吃饭”, 总会遇到).
_AFTER_A_SOCIETY = re.compile(
    rf"$|[^\u4e00-\u9fff“「\"]|[会理副秘主常成颁发年奖青专分首总行执]|(?:{TITLE_WORD})"
)
_NEGATED_HEAD = re.compile(r"没|并未|从未|未曾|并非|不是")  # (没上过大学, 没有去设计院)
# A number and what it counts (20年航天, 3个月): never part of a name, as 58同城's 58 is.
COUNTED = re.compile(
    r"\d(?:[.,]\d+)?(?:年|月|日|个|名|位|人|万|亿|千|百|家|多|余|岁|天|周|%|倍|所|间|座|栋)|\d$"
)


def head_score(text: str, start: int, suffix_start: int, end: int) -> float:
    """How well text[start:suffix_start] reads as the head of the name ending at `end`."""
    head = text[start:suffix_start]
    ordinary = min(ordinariness(head), 3)
    han = sum(1 for c in head if is_han(c))
    score = -0.3 * (han + (2 if han < len(head) else 0)) - ordinary
    before = text[max(0, start - 6) : start]
    if not before or not (is_han(before[-1]) or before[-1].isalnum()):
        score += 2  # after punctuation or at a line start
    elif LEFT_STOPS.search(before) or DESCRIPTOR_END.search(before):
        score += 2
    if (
        len(head) <= 4
        and not GENERIC_HEAD.match(head)
        and ordinary < 1.5
        and not common_words_only(head)  # (儿童体育 elsewhere: a description, not the brand)
        and stands_alone_elsewhere(text, head, [(start, end)])
    ):
        score += 2.5  # 沛思 stands alone elsewhere: the brand
    elif (
        len(head) <= 8
        and (brand := brand_before_field(CITY.sub("", head)))
        and stands_alone_elsewhere(text, brand, [(start, end)])
    ):
        # 泓鲜海产科技, 苏州栎湖半导体: the brand stands alone elsewhere, then its field (and a
        # city before it is the registered name's, as the longer head keeps it)
        score += 2.5
    return score


def stands_alone_elsewhere(text: str, brand: str, places: list[tuple[int, int]]) -> bool:
    """Whether `brand` occurs outside `places`, not led by the character that leads it there
    (创业者基金 → 业者 in 创业者 elsewhere is the same word again, not the brand)."""
    leads = {text[s - 1] for s, _ in places if s > 0}
    inside = {i for s, e in places for i in range(s, e)}
    # Near the name only (a few thousand characters): what a long document says far away is
    # no evidence here, and looking everywhere for every candidate grows with the square.
    low, high = max(0, places[0][0] - NEAR), places[-1][1] + NEAR
    at = text.find(brand, low, high)
    while at >= 0:
        if (
            at not in inside
            and not (at > 0 and text[at - 1] in leads and is_han(text[at - 1]))
            and not _COUNTED_BEFORE.search(text, max(0, at - 4), at)
        ):
            return True
        at = text.find(brand, at + 1, high)
    return False


# 可搬运8个料箱: a thing counted is a common noun, not a brand written alone.
_COUNTED_BEFORE = re.compile(
    r"[\d一两二三四五六七八九十几多数百千万]\s?(?:个|台|件|只|款|套|箱|种|类)$"
)


NEAR = 4000
