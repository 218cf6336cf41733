"""What a text says of an employer between a verb and its name (在丹麦酶制剂公司诺维信)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

# A kind of company named before the company: 酶制剂公司, 物流平台, 科技巨头.
_KIND_OF_COMPANY_WORDS = (  # (法遵科技(RegTech)新创: a field with its English name, then the kind)
    # (涂料B2B集采平台: a figure between letters, B2B, O2O, is a word's)
    # (主打“泡泡+软体”的室内乐园品牌: what it features quoted, counted as one word)
    r"(?:[\u4e00-\u9fffA-Za-z]|(?<=[A-Za-z])\d(?=[A-Za-z])|[“「][^“”「」，。；]{1,10}[”」]){1,14}?(?:\([A-Za-z]{2,16}\))?(?:公司|企业|巨头|大厂|厂商|代工厂|集团|机构|平台|新创|初创|创企|品牌|连锁"
    r"|服务商|供应商|运营商|制造商|开发商|提供商|研发商|零售商|经销商|方案商)"
)
# What a text says of an employer between 在 and its name: 在丹麦酶制剂公司诺维信, 在德国博世,
# 在美国西雅图的微软 — a kind of company, its places, or a clause ending in 的.
# (and whose it is: 在比亚迪旗下弗迪电池负责…)
_EMPLOYER_DESCRIPTION = re.compile(
    rf"{_KIND_OF_COMPANY_WORDS}|[^，。；,;]{{1,18}}的|[^，。；,;]{{2,12}}旗下的?"
)


# Verbs and prepositions that take an organisation as object (an employer, or the company
# founded), so a description may stand between: 加盟物流平台|Lalamove, 创办了AI测试工具公司|墨格.
_TAKES_ORGANISATION = re.compile(
    r"(?:在|(?<![处位属对由关至等基])于|加入|加盟|进入|入职|离开|转投|转战|跳槽到|跳槽至|来到|回到|任职于|就职于|"
    r"供职于|效力于|服务于|来自|创办|创立|创建|成立|注册|是|担任|出任|(?<=[年曾])任|开了一?家)了?"
    r"(?P<words>[^，。；,;：:在于\s]{1,20})$"
)


def without_description(before: str) -> str:
    """`before` without a description of the organisation that follows it, when a verb that
    takes an employer stands before that description: …加盟物流平台|Lalamove → …加盟."""
    verb = _TAKES_ORGANISATION.search(before)
    if verb is not None:
        # the verb nearest the name (…于2009年与友人共同创办|废纸回收贸易公司: 创办, not 于)
        verb = next(
            m
            for i in range(len(before) - 1, verb.start() - 1, -1)
            if (m := _TAKES_ORGANISATION.match(before, i))
        )
    if verb is None or not describes_employer(verb.group("words")):
        return before
    if verb.group().startswith("来自") and verb.group("words").endswith("的"):
        return before  # 来自索诺瓦的|验配软件团队: whose team, not a description of it
    return before[: verb.start("words")]


# …before a Han name (a Latin one after a description is _DESCRIBED's).
KIND_OF_COMPANY = re.compile(rf"{_KIND_OF_COMPANY_WORDS}(?=[\u4e00-\u9fff])")


_AT_END = re.compile(r"(?:在|于)$")


def after_at(before: str) -> bool:
    """Whether `before` ends in 在 or 于, with perhaps a description of the place after it."""
    return _AT_END.search(without_description(before)) is not None


def describes_employer(words: str) -> bool:
    """Whether `words`, standing between 在 and an organisation, only describe it."""
    if _EMPLOYER_DESCRIPTION.fullmatch(words):
        # (离开|后创立的 逆熵互动: a second verb, not a description of the place left)
        return not re.search(
            r"[本该其这那](?:公司|集团|企业)$|^(?:公司|集团)$|^[后时]|创立|创办|创建|成立|加入",
            words,
        )
    places = place_names()
    rest = words
    while rest:
        head = next((rest[:k] for k in range(min(len(rest), 5), 1, -1) if rest[:k] in places), "")
        if not head:
            return False
        rest = rest[len(head) :]
    return True


@cache
def place_names() -> frozenset[str]:
    """Places a text names where it could name an employer (在慕尼黑工作6年), bundled."""
    text = files("pedigree.data").joinpath("names", "han_places.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )
