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

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.money_figures import financials
from pedigree.ingest.text.zh.money_holders import investments, shareholders
from pedigree.ingest.text.zh.money_investors import investor_aliases
from pedigree.ingest.text.zh.money_rounds import funding_fact, read_rounds, without_echoes
from pedigree.ingest.text.zh.money_valuations import valuations


def read_money(ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    rounds = without_echoes(read_rounds(ctx))
    for item in rounds:
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
