"""Money in Chinese prose: funding rounds and their investors, valuations, and financial figures.

A round is a round word (A轮, 天使轮, Pre-A轮) with a verb that says it happened (完成, 获得,
拿下) — unless the sentence hedges it (洽谈, 拟, 计划, 意向书, 尚未交割, 有消息称, 或将) or
denies it. Its company is the one the sentence is about; its investors are the organisations
that lead, follow or invest (由…领投, …跟投, 老股东…加注, 获得…的天使轮投资), in the sentence or
in the next one that speaks of 本轮. A valuation is 估值 or 投后估值 with an amount; a financial
figure is a metric word (营收, 毛利润, 经调整净亏损) with an amount and the period before it.

Each job has its module: `money_rounds`, `money_investors`, `money_holders` (investors named
without a round), `money_valuations`, `money_figures`, and `money_company` (the company each is
about); this one puts their facts together.
"""

from __future__ import annotations

from dataclasses import replace

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.money_figures import financials
from pedigree.ingest.text.zh.money_holders import investments, shareholders
from pedigree.ingest.text.zh.money_investors import investor_aliases
from pedigree.ingest.text.zh.money_rounds import Round, funding_fact, read_rounds, without_echoes
from pedigree.ingest.text.zh.money_valuations import valuations


def read_money(ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    rounds = without_echoes(read_rounds(ctx))
    # (the companies listed with a round's own took it too; its valuation stays the round's own)
    listed = [replace(item, org=other) for item in rounds for other in _listed_with(ctx, item)]
    for item in [*rounds, *listed]:
        facts.append(funding_fact(ctx, item))
        for investor, mention in item.investors:
            aliases = investor_aliases(ctx, mention, item.org)
            facts.append(
                ctx.text.fact(
                    "investor", item.span, 0.8, aliases, investor=investor.name, org=item.org.name
                )
            )
    facts += investments(ctx, rounds)
    facts += shareholders(
        ctx, {(f.fields["investor"], f.fields["org"]) for f in facts if f.kind == "investor"}
    )
    facts += valuations(ctx, rounds)
    facts += financials(ctx)
    return facts


_JOINERS = ("和", "与", "、", "及", "以及")


def _listed_with(ctx: Context, item: Round) -> list[Entity]:
    """The companies listed before the round's own at the head of its clause, which took the
    same round (爪爪营养和仿真码已完成由奇绩创坛领投的种子轮融资)."""
    folded = ctx.text.folded
    orgs = ctx.mentions.within(item.clause_start, item.span[1], "org")
    own = next((m for m in orgs if m.entity is item.org), None)
    if own is None:
        return []
    listed: list[Entity] = []
    head = own.start
    for mention in reversed([m for m in orgs if m.end <= own.start]):
        if folded[mention.end : head] not in _JOINERS:
            break
        entity = mention.entity
        if entity is None or entity is item.org or "investor" in entity.roles:
            break
        listed.append(entity)
        head = mention.start
    if listed and folded[item.clause_start : head].strip(" ，,"):
        return []  # the list must open the clause: it is what took the round
    return listed
