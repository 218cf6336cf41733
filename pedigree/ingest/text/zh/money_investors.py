"""The organisations (and people) that invest, in Chinese prose: the role `investor`, and who
invested in a sentence (由…领投, …跟投, 老股东…加注, 获得…的天使轮投资)."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import DENIAL, RUMOUR

INVESTOR_AFTER = re.compile(
    # (真格基金以数百万美元领投: the sum first)
    r"^\s?(?:以[^，。；,;]{1,10}?[元万亿])?(?:也|亦|同样|同时|还|均|都|曾经|曾|此前|随后|再次|再度)?"
    r"(?:联合领投|共同领投|领投|跟投|超额跟投|继续跟投|参投|继续加注|继续追投|追投|加注|追加投资|"
    r"独家投资|共同投资|战略投资(?=[，。；,;]|$)|投资(?!者|关系)|投了|投的|注资|给了|独家出资|出资|追加了?投资|"
    r"参与(?:了)?(?:本轮|投资|融资)?(?=[，。；,;]|$)|参与了?(?:本轮|此轮)?的?(?:跟投|领投|投资|融资)|"
    r"以[^，。；,;]{0,10}(?:基金|资金)出资|"
    r"以[^，。；,;]{0,10}(?:投资者|投资方|股东)身份参与|作为[^，。；,;]{0,8}(?:投资方|股东))"
)
INVESTOR_BEFORE = re.compile(
    r"(?:由|领投方为|领投方是|投资方为|投资方是|投资方包括|投资者为|投资者包括|投资人包括|老股东|股东|"
    r"轮投资方|投资方|出资方为|出资方是|出资方包括|投资机构为|投资机构包括|投资机构是|投资人为|"
    r"认购人为|认购人包括|认购方为|认购方包括|认购者为|投资人是|投资者是|投资方有|投资人有|"
    r"获得|获|拿到|获得了|拿下|来自|得到了?|取得|获取|曾取得|曾获得"
    # (a roundup's field: · 投资方：X)
    r"|(?:^|\n)[ \t]*[·•\-*]?[ \t]*\**(?:投资方|投资人|投资机构|出资方)\**[ \t]*[：:])\s?$"
)
# Words before a name that say who gives or does something, money or not (由, 来自, 获得): an
# investor's frame only in a sentence about a round.
_MERE_AGENT = re.compile(r"由|来自|获得|获|拿到|获得了|拿下|得到了?|取得|获取")
_MONEY_WORD = re.compile(r"投资|融资|领投|跟投|注资|出资|轮|基金|资本|认购|入股")
# A table's header row and the line under it (| 项目 | 融资情况 |\n|---|---|).
_TABLE_HEADER = re.compile(r"^\|(?P<cells>[^\n]*)\n\|\s*:?-{3,}", re.M)


def in_funding_column(folded: str, at: int) -> bool:
    """Whether `at` stands in a table cell whose column the header calls funding (融资情况,
    融资进展): the cell reports a round without a verb (2025年6月天使轮1000万元，峰瑞资本)."""
    line_start = folded.rfind("\n", 0, at) + 1
    if not folded.startswith("|", line_start):
        return False
    headers = [m for m in _TABLE_HEADER.finditer(folded, 0, line_start)]
    if not headers:
        return False
    column = folded.count("|", line_start, at) - 1
    cells = headers[-1].group("cells").split("|")
    return 0 <= column < len(cells) and bool(re.search(r"融资|投资方|投资人", cells[column]))


# An organisation's service to a deal: 华兴资本担任独家财务顾问 (no investor, nobody's post).
ADVISER_AFTER = re.compile(r"^\s?(?:担任|作为|为)[^，。；,;]{0,10}(?:财务顾问|顾问)")


def mark_investors(ctx: Context) -> None:
    """Give the organisations that invest the role `investor`, before anything else reads them:
    they are never the company a sentence is about."""
    for mention in ctx.mentions.items:
        if mention.kind != "org" or mention.entity is None:
            continue
        start, end = ctx.sentence_at(mention.start)
        if (
            _invests(ctx, mention, start, end)
            or (known := known_organization(mention.entity.name))
            and known.kind == "investor"
        ):
            mention.entity.roles.add("investor")


_NOT_GAINED_BEFORE = re.compile(r"(?:未|没|没有|并未|尚未|从未)(?:获得?|拿到|得到)\s?$")
_OWNED_BY_NEXT = re.compile(r"^\s?旗下的?")
_JOINED_BEFORE = re.compile(r"(?:、|和|与|及|以及)\s?$")


_GAINED_AT = re.compile(
    r"^[^，。；,;]{0,6}(?:股权|股份|控制权|控股权|席次|席位|订单|合同|授权|许可)"
)


def _invests(ctx: Context, mention: Mention, start: int, end: int) -> bool:
    """Whether a sentence shows the organisation investing: 由X领投, Y、Z跟投, 老股东W继续加注,
    获得X（旗下Y）的…投资 — and not as an adviser or in a denial."""
    folded = ctx.text.folded
    own_after = folded[mention.end : mention.end + 14]
    owned = _OWNED_BY_NEXT.match(own_after)
    if owned and ctx.mentions.at(mention.end + owned.end()):
        return False  # 美团旗下的龙珠资本: the parent; the fund named next is the investor
    parent = _parent_before(ctx, mention)
    head = parent.start if parent is not None else mention.start
    before = folded[max(start, head - 10) : head]
    after = _skip_list(ctx, mention, folded[mention.end : mention.end + 12])
    if ADVISER_AFTER.match(own_after) or DENIAL.search(folded[mention.end : end]):
        return False
    if _NOT_GAINED_BEFORE.search(before):
        return False  # 该项目…未获英诺天使基金投资: money it did not get
    if RUMOUR.search(folded[start : mention.start]):
        return False  # 有报道称地平线也参与了本轮投资: only reported
    if _GAINED_AT.match(own_after):
        return False  # 取得暖域过半股权, 取得X董事席次: what was gained at X, not money from X
    if re.search(r"(?:向|对|给|为)\s?$", before) and re.match(r"\s?(?:注资|投资|出资|增资)", after):
        return False  # 以个人身份向醇汇注资1,200万港元: the one the money went to
    led = INVESTOR_BEFORE.search(before)
    if INVESTOR_AFTER.match(after) or (
        led and (not _MERE_AGENT.fullmatch(led.group().strip()) or _MONEY_WORD.search(
            folded, start, end
        ))
    ):
        return True  # (not 确认后由匠招自有工厂排产: 由 names who does it, no money in sight)
    cell = folded.rfind("|", 0, mention.start)
    if in_funding_column(folded, mention.start) and re.search(
        r"轮[^|]{0,16}[，,、]\s?$", folded[cell : mention.start]
    ):
        return True  # | 2025年6月天使轮1000万元，峰瑞资本 |: who gave the round the cell reports
    joined = _JOINED_BEFORE.search(before)
    if joined:  # 投资方为启明创投和GGV纪源资本: listed after an investor named the same way
        previous = ctx.mentions.within(max(start, head - 30), head - len(joined.group()), "org")
        if previous and previous[-1].end == head - len(joined.group()):
            earlier = folded[max(start, previous[-1].start - 10) : previous[-1].start]
            if INVESTOR_BEFORE.search(earlier):
                return True
    # 获得X的天使轮投资 — but not 再获融资：X完成…轮 or 「X」完成…轮, where X raised the round
    # itself, nor 36氪获悉 (learnt), which gains nothing
    return bool(
        re.match(
            r"^\s?(?:的|等|旗下[^，。；,;:：]{0,8}?)?(?![」』”\"》)]?\s?(?:完成|宣布|获|拿下|拿到))"
            r"[^，。；,;:：]{0,12}(?:天使轮|种子轮|轮|投资)",
            own_after,
        )
        and re.search(
            r"(?:获(?![悉知])得?|拿到|获得了|来自|由|得到了?|取得|获取)[^，。；,;:：]{0,8}$", before
        )
    )


_OWNED_BEFORE = re.compile(r"旗下的?\s?$")


def _parent_before(ctx: Context, mention: Mention) -> Mention | None:
    """The organisation named just before as the parent (美团旗下的 before 龙珠资本)."""
    folded = ctx.text.folded
    match = _OWNED_BEFORE.search(folded[max(0, mention.start - 4) : mention.start])
    if not match:
        return None
    for earlier in reversed(ctx.mentions.within(max(0, mention.start - 24), mention.start, "org")):
        if folded[earlier.end : mention.start].strip() in ("旗下", "旗下的"):
            return earlier
    return None


_ASIDE_NEXT = re.compile(r"\s?[（(][^()（）]{1,20}[)）]")
_JOINER_NEXT = re.compile(r"\s?(?:、|和|与|及|以及)\s?(?:老股东|股东|旧股东)?")


_INVESTOR_PERSON = re.compile(r"(?:天使|个人|知名|资深)?投资(?:者|人)\s?")


def _skip_list(ctx: Context, mention: Mention, after: str) -> str:
    """The words after a list of organisations: 源码资本、经纬创投跟投 → 跟投 for both."""
    folded = ctx.text.folded
    position = mention.end
    while True:
        aside = _ASIDE_NEXT.match(folded[position:])
        if aside:
            position += aside.end()
        match = _JOINER_NEXT.match(folded[position:])
        if not match:
            break
        # (数码港投资创业基金及天使投资者罗启华跟投: a person in the list, named as an investor)
        described = _INVESTOR_PERSON.match(folded, position + match.end())
        nxt = ctx.mentions.at(described.end() if described else position + match.end())
        if nxt is None or nxt.kind not in ("org", "person") or (
            nxt.kind == "person" and described is None
        ):
            break
        position = nxt.end
        # 、宁德时代旗下的问鼎投资跟投: a parent, then the fund of it that is the list's item
        owned = re.match(r"\s?旗下的?", folded[position:])
        unit = ctx.mentions.at(position + owned.end()) if owned else None
        if unit is not None and unit.kind == "org":
            position = unit.end
    return folded[position : position + 12]


def investors_in(ctx: Context, start: int, end: int, org: Entity) -> list[tuple[Entity, Mention]]:
    """Organisations that invest, in [start, end): 由X领投, Y、Z跟投, 老股东W继续加注,
    获得X的投资."""
    folded = ctx.text.folded
    found: list[tuple[Entity, Mention]] = []
    for mention in ctx.mentions.within(start, end, "person"):
        # 雷栩以个人名义跟投: a person can invest too.
        if mention.entity is not None and re.match(
            r"^\s?(?:以个人(?:名义|身份))?(?:也)?(?:跟投|领投|参投|个人投资|个人出资)",
            folded[mention.end : mention.end + 12],
        ):
            found.append((mention.entity, mention))
    for mention in ctx.mentions.within(start, end, "org"):
        entity = mention.entity
        if entity is None or entity is org:
            continue
        if _invests(ctx, mention, start, end) and entity not in [e for e, _ in found]:
            found.append((entity, mention))
    return found


def investor_aliases(ctx: Context, mention: Mention, org: Entity) -> dict[str, str]:
    aliases = {}
    written = ctx.text.original[mention.start : mention.end]
    if mention.entity is not None and written != mention.entity.name:
        aliases[mention.entity.name] = written
    if org.written != org.name:
        aliases[org.name] = org.written
    return aliases
