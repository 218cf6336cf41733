"""Firms named by the money or the quotes around them: the investors listed before 领投 or
after 投资方为, and the firms of the analysts and investors a story quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.name_shape import NOT_A_NAME, not_a_name
from pedigree.ingest.text.zh.org_forms import SUFFIX_PATTERN, longer_name_elsewhere

# A list of investors before 领投/跟投: 顺为资本、复星锐正跟投 — each item a name.
# (an item holds no 由 or verb of raising: 凛泉刚拿下由拾穗资本领投 names 拾穗资本 alone)
_ITEM = r"(?:(?!由|拿下|拿到|获得|完成)[\u4e00-\u9fffA-Za-z0-9]){2,10}"
_INVESTOR_LIST = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s]|由|是|为))(?P<names>(?![由是为]){_ITEM}"
    # an item may be a fund of a parent: 宁德时代旗下的问鼎投资
    rf"(?:(?:、|和|与|及)(?:{_ITEM}旗下的?)?{_ITEM}){{0,6}})"
    r"(?=(?:联合领投|共同领投|领投|跟投|参投|继续追投|追投|继续加注|加注"
    r"|参与(?:[，。；,;]|$|了?(?:本轮|投资|融资))))"
)
# … and after 投资方为: 投资方为启明创投和GGV纪源资本, 出资方为险峰长青.
_INVESTORS_NAMED = re.compile(
    # (a roundup's field, 投资方：奇点天使)
    r"(?:投资方|出资方|投资机构|投资人|参投方|认购方)(?:为|是|包括|有|\s?[：:])\s?(?P<names>"
    r"[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z0-9]{2,12}){0,6})"
    r"(?<!领投)(?<!跟投)(?<!参投)(?=[，。；,;\n]|$)"
)


_LIST_CUES = ("领投", "跟投", "参投", "追投", "加注", "参与")
_NAMED_CUES = ("投资方", "出资方", "投资机构", "投资人", "参投方", "认购方")


@lru_cache(maxsize=8)  # asked for candidates, then again for the list's members
def listed_investors(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The names in lists before 领投/跟投 (顺为资本、复星锐正跟投), or after 投资方为, each where
    it stands."""
    found: list[tuple[str, tuple[int, int]]] = []
    # Each list ends before one of these words or follows a word for the investors: without
    # them the patterns (tried after every comma, 是 and 为) cannot match.
    lists = _INVESTOR_LIST.finditer(text) if any(w in text for w in _LIST_CUES) else ()
    named = _INVESTORS_NAMED.finditer(text) if any(w in text for w in _NAMED_CUES) else ()
    for match in [*lists, *named]:
        position = match.start("names")
        # 星轨创投营也参与了跟投, 云九资本曾领投: the words before the verb are no part of the
        # last name
        names = re.sub(
            r"(?:(?:也|亦|还|都|均|同样|同时|曾经|曾|此前|随后|再次|再度)有?(?:参与了?)?|参与了?)$",
            "",
            # (真格基金以数百万美元领投: the sum it put in is no part of the name)
            re.sub(r"以[^，。；,;、]{1,10}?[元万亿]$", "", match.group("names")),
        )
        if re.search(r"(?:未|没|没有|并未|不)$", names):
            continue  # 华兴资本未参与本轮: a denial, and no part of the name
        for item in re.split(r"(、|和|与|及|旗下的?)", names):
            name = re.sub(r"(?:联合|共同|继续|一同|一起|以个人名义|以个人身份)$", "", item)
            # (天使投资者罗启华: a person, named after what they are — no firm; 投资方为龙泽川个人:
            # a person investing in their own name)
            if re.match(r"(?:天使|个人|知名|资深)?投资(?:者|人)", name) or name.endswith(
                ("个人", "本人")
            ):
                position += len(item)
                continue
            if (
                item not in ("、", "和", "与", "及", "旗下", "旗下的")
                and 2 <= len(name) <= 10
                and not re.search(NOT_A_NAME + r"|老股东|股东|本轮", name)
                and position in starts
            ):
                found.append((name, (position, position + len(name))))
            position += len(item)
    return tuple(found)


# 云九资本领投了简衿的数千万元天使轮: the company whose round an investor led, right after the
# verb, then its amount and round.
_ROUND_OF = re.compile(
    r"(?:领投|跟投|参投|投资|独家投资)了?"
    # (not 领投了其数千万元…, 领投了数千万元…: a pronoun or a figure, no name)
    r"(?P<name>(?![其该本这此它他她数几近超逾约十百千万亿])[\u4e00-\u9fff]{2,6}?(?<![数几近超逾约的])"
    r"|[A-Za-z][A-Za-z0-9]{1,15})"
    r"(?:的|公司的)?(?:近|超|逾|约|数)?[\d.,]*[数几]?[十百千万亿]*(?:美元|元|人民币)?的?"
    r"(?:Pre-|pre-)?(?:[A-F]\+?|天使\+?|种子|战略|首)轮"
)


@lru_cache(maxsize=8)  # asked for candidates, then again for the evidence
def funded_companies(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The companies named right after 领投/投资 and before their round (领投了简衿的天使轮)."""
    if "轮" not in text:
        return ()
    return tuple(
        (m.group("name"), m.span("name"))
        for m in _ROUND_OF.finditer(text)
        # (the verb before and the round after bound the name, wherever the segmenter cut;
        # 领投了山隅…A轮 beside 「山隅咖啡」 is the longer name's short form)
        if not not_a_name(text, *m.span("name"), starts)
        and not longer_name_elsewhere(text, m.group("name"))
    )


# 招银国际分析师鄂子涵认为, 高工锂电（GGII）研究总监车以恒判断, 招银国际董事总经理车明澈表示,
# 中信建投证券非银金融首席分析师龙映雪认为: the firm of a source the story quotes — a firm, a
# post there, a name, then what the person said (after an aside: 则更为谨慎，认为).
_EXPERT_AT = re.compile(
    r"(?:^|(?<=[，,。；;：:、\s“”「」])|(?<=机构|公司|智库))"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:[（(][A-Za-z]{2,8}[)）])?的?"
    r"(?:主任|高级|资深|首席|执行)?(?:行业)?(?:分析师|研究员|研究总监|经济学家|策略师|董事总经理|"
    r"管理合伙人|创始合伙人|合伙人|副总裁|总裁|副总经理|总经理|投资总监|秘书长|协理|投资经理)"
    r"[\u4e00-\u9fff]{2,3}(?:则|也|亦|就)?(?:[^，。；“”「」,;]{0,8}[，,])?(?:对[^，。；“”「」]{1,12}?)?"
    r"(?:认为|表示|指出|称|说|判断|坦言|分析|提醒|预计|预测|透露)"
)


# The posts _EXPERT_AT ends its frame with: every match holds one, its name starting 2 to 25
# characters before it (a name of 2–10, an English name in brackets of up to 10, 的, 主任|…,
# 行业). An occurrence may start up to 3 characters inside a longer one found instead (管理|合伙人),
# so a match starts between 25 before an occurrence found and 1 after it.
_EXPERT_POST = re.compile(
    r"分析师|研究员|研究总监|经济学家|策略师|董事总经理|管理合伙人|创始合伙人|合伙人|副总裁|总裁|"
    r"副总经理|总经理|投资总监|秘书长|协理|投资经理"
)
_EXPERT_LEAD = 25


_NOT_A_FIRM = re.compile(NOT_A_NAME + r"|兼$|创始人|创办人|董事|总裁|经理|总监|合伙人|C[ETOF]O")


@lru_cache(maxsize=4)  # asked for candidates, then again for their evidence
def quoted_firms(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The firms of the sources a story quotes (_EXPERT_AT), each cut after its own ending
    where a unit follows it unmarked (中信建投证券|非银金融首席分析师)."""
    found = []
    # _EXPERT_AT.finditer(text), tried only before its posts: the pattern opens with
    # lookbehinds and a name of any characters, which the plain scan tried at every position.
    for match in matches_before(_EXPERT_AT, _EXPERT_POST, text, -1, _EXPERT_LEAD):
        name, start = match.group("name"), match.start("name")
        if name[0] in "前原" and start + 1 in starts:
            name, start = name[1:], start + 1  # 前华北玻璃行业协会秘书长…表示: a former post
        if start not in starts or re.search(_NOT_A_FIRM, name):
            continue  # not 联合创始人兼|总裁戈文博表示: a post of one's own company
        inner = [m for m in SUFFIX_PATTERN.finditer(name) if 2 <= m.end() < len(name)]
        if inner and len(name) - inner[-1].end() <= 6 and inner[-1].start() >= 2:
            name = name[: inner[-1].end()]
        elif text.startswith("行业", start + len(name)):
            # 奥维云网|厨电行业分析师: the sector the analyst covers, a word of its own
            cut = next(
                (k for k in (2, 3) if len(name) - k >= 2 and start + len(name) - k in starts), 0
            )
            name = name[: len(name) - cut]
        found.append((name, (start, start + len(name))))
    return tuple(found)
