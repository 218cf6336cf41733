"""Investors named without a round, in Chinese prose: 得到了X的投资, a company's listed
investors (…的投资方包括…), and a filing's shareholders (…为本公司的…投资者)."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import DENIAL
from pedigree.ingest.text.zh.money_company import company_before
from pedigree.ingest.text.zh.money_investors import investor_aliases, investors_in
from pedigree.ingest.text.zh.money_rounds import Round, hedged

_MANY_RECEIVE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几多数])\s?(?:家|个项目|个团队)[^，。；]{0,8}?"
    r"(?:获得|得到|拿到|获|接受)"
)


_RECEIVED_INVESTMENT = re.compile(
    r"(?:获得|得到|拿到|获|接受)(?:了|过)?[^。；;]{0,30}(?:投资|注资|入股)"
)


def investments(ctx: Context, rounds: list[Round]) -> list[Fact]:
    """随后Orbita得到了红杉中国、高瓴资本的投资: investors named without a round."""
    folded = ctx.text.folded
    found = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end) or hedged(folded[start:end]):
            continue
        if any(r.span == (start, end) for r in rounds):
            continue
        if not _RECEIVED_INVESTMENT.search(folded[start:end]):
            continue
        if _MANY_RECEIVE.search(folded[start:end]):
            continue  # 其中2家获X投资的公司: companies counted, not named
        for investor, mention in investors_in(ctx, start, end, None):
            org = company_before(ctx, start, mention.start)
            if org is None or org is investor:
                continue
            found.append(
                ctx.text.fact(
                    "investor",
                    (start, end),
                    0.75,
                    investor_aliases(ctx, mention, org),
                    investor=investor.name,
                    org=org.name,
                )
            )
    return found


# 高瓴资本为本公司的首次公开发售前投资者, 华登国际为公司股东; 本公司首次公开发售前投资者高瓴资本:
# a filing's statement of who holds the company's shares.
_HOLDER_STAKE = (
    r"(?:的)?(?:首次公开发售前|首次公开发行前|IPO前|上市前|[A-F]\+?轮|天使轮|种子轮|战略)?"
)
_HOLDER_WORD = r"(?:投资者|投资方|投资人|股东)"
_IS_HOLDER = re.compile(
    r"\s?(?:亦|也|同样|同时)?(?:为|是|系)(?P<company>本公司|本集团|公司|发行人)"
    + _HOLDER_STAKE
    + _HOLDER_WORD
)
_HOLDER_NAMED = re.compile(
    r"(?P<company>本公司|本集团|公司|发行人)" + _HOLDER_STAKE + _HOLDER_WORD + r"(?:之一)?\s?$"
)


# A company's investors listed after it: 保睿科技的投资方包括IDG资本、蓝驰创投和国寿股权投资.
_ITS_HOLDERS = re.compile(r"的(?:投资方|投资人|投资机构|股东)(?:主要)?(?:包括|为|是|有)\s?")
_LIST_JOIN = re.compile(r"\s?(?:、|和|与|及|以及|，|,)\s?")


def _listed_holders(ctx: Context) -> list[tuple[Mention, Entity]]:
    """(investor mention, company) for each investor listed after _ITS_HOLDERS."""
    folded = ctx.text.folded
    found = []
    for match in _ITS_HOLDERS.finditer(folded):
        owner = ctx.mentions.within(max(0, match.start() - 16), match.start(), "org", "ref")
        if not owner or owner[-1].end != match.start():
            continue
        company = ctx.resolve(owner[-1])
        if company is None or company.kind != "org":
            continue
        position = match.end()
        for mention in ctx.mentions.within(match.end(), ctx.sentence_at(match.end())[1], "org"):
            between = folded[position : mention.start]
            if between and not _LIST_JOIN.fullmatch(between):
                break
            if mention.entity is not None:
                found.append((mention, company))
            position = mention.end
    return found


def _filing_holders(ctx: Context) -> list[tuple[Mention, Entity]]:
    """(investor mention, company) for each investor a filing names as holding the company's
    shares (_IS_HOLDER after it, _HOLDER_NAMED before it)."""
    folded = ctx.text.folded
    found = []
    for mention in ctx.mentions.within(0, len(folded), "org"):
        if mention.entity is None or not ctx.readable(mention.start, mention.end):
            continue
        after = _IS_HOLDER.match(folded, mention.end)
        before = _HOLDER_NAMED.search(folded, max(0, mention.start - 24), mention.start)
        match = after or before
        if match is None or DENIAL.search(folded[mention.end : mention.end + 24]):
            continue
        ref = ctx.mentions.at(match.start("company"))
        company = ctx.resolve(ref) if ref is not None else None
        if company is not None and company.kind == "org":
            found.append((mention, company))
    return found


# A company registry's shareholders: 股东名单中出现了IDG资本旗下的一家投资主体, 公司股东新增五源
# 资本旗下关联主体, 经纬创投旗下基金于今年1月新进成为舶序科技股东.
_REGISTRY_BEFORE = re.compile(
    r"股东(?:名单)?(?:中|里)?[^，。；,;]{0,6}?(?:出现了?|新增了?|新进了?|多了|包括|有)\s?$"
)
_BECAME_HOLDER = re.compile(
    r"(?:旗下|关联)?[^，。；,;]{0,16}?(?:新进)?成为(?P<company>[^，。；,;]{0,16}?)的?(?:新)?股东"
)


def _registry_holders(ctx: Context) -> list[tuple[Mention, Entity]]:
    """(investor mention, company) for each organisation a company registry shows among the
    company's shareholders: the company named with it, else the one the story is about."""
    folded = ctx.text.folded
    found: list[tuple[Mention, Entity]] = []
    if "股东" not in folded:
        return found  # (most texts name no shareholder: asked once, in C)
    for mention in ctx.mentions.within(0, len(folded), "org"):
        if mention.entity is None or not ctx.readable(mention.start, mention.end):
            continue
        start, end = ctx.sentence_at(mention.start)
        if hedged(folded[start:end]) or DENIAL.search(folded[mention.end : end]):
            continue
        became = _BECAME_HOLDER.match(folded, mention.end)
        listed = _REGISTRY_BEFORE.search(folded, max(start, mention.start - 16), mention.start)
        if not (became or listed):
            continue
        named = []
        if became:
            named = ctx.mentions.within(became.start("company"), became.end("company"), "org")
        company = ctx.resolve(named[0]) if named else ctx.topic_company(mention.start)
        if company is not None and company.kind == "org" and company is not mention.entity:
            found.append((mention, company))
    return found


def shareholders(ctx: Context, known: set[tuple[str, str]]) -> list[Fact]:
    """Investors listed as a company's investors (_ITS_HOLDERS) or named by a filing as holding
    its shares, one fact per pair not already known."""
    found = []
    for mention, company in [
        *_listed_holders(ctx), *_filing_holders(ctx), *_registry_holders(ctx)
    ]:
        investor = mention.entity
        if company is investor or (investor.name, company.name) in known:
            continue
        known.add((investor.name, company.name))
        found.append(
            ctx.text.fact(
                "investor",
                ctx.sentence_at(mention.start),
                0.75,
                investor_aliases(ctx, mention, company),
                investor=investor.name,
                org=company.name,
            )
        )
    return found
