"""Valuations in one currency, so companies can be ranked and unicorns counted.

Conversion uses the fixed, approximate rates of `pedigree.reference.fx` (US dollars per unit). They
are for ranking and thresholds, not accounting; a currency missing from the file gives no USD value.
"""

from __future__ import annotations

from collections.abc import Iterable

import ibis
import ibis.expr.types as ir

from pedigree.analytics import compiled
from pedigree.analytics.frames import among
from pedigree.model import UNICORN_USD
from pedigree.reference.fx import fx_rates
from pedigree.store.views import Views


def happened_by(when: ir.DateValue, views: Views) -> ir.BooleanValue:
    """True where a dated fact had happened by the views' as-of day (always, without one)."""
    if views.as_of is None:
        return ibis.literal(True)
    return when.isnull() | (when <= views.as_of)


def valuations_usd(views: Views, org_ids: Iterable[str] | ir.Table | None = None) -> ir.Table:
    """Every shown round with a post-money valuation, valued in US dollars (of `org_ids` only,
    when given: ids, or a table of them in column `_wanted`, `pedigree.analytics.compiled`)."""
    if org_ids is None:
        rounds = views.rounds
    elif isinstance(org_ids, ir.Table):
        rounds = compiled.among(org_ids, views.rounds, "org_id")
    else:
        rounds = among(views.rounds, "org_id", org_ids)
    rounds = rounds.filter(rounds.post_money_valuation.notnull() & happened_by(rounds.date, views))
    fx = ibis.memtable(fx_rates()).rename(fx_currency="currency")
    joined = rounds.left_join(fx, rounds.currency.fill_null("USD") == fx.fx_currency)
    return joined.select(
        "org_id",
        "date",
        "date_precision",
        "round",
        "source_id",
        valuation=joined.post_money_valuation,
        currency=joined.currency,
        valuation_usd=joined.post_money_valuation * joined.usd_per_unit,
    )


def latest_valuations(views: Views, org_ids: Iterable[str] | ir.Table | None = None) -> ir.Table:
    """Each organisation's most recent valuation (undated rounds count as oldest)."""
    values = valuations_usd(views, org_ids)
    order = [values.date.fill_null(ibis.date(1, 1, 1)).desc(), values.valuation_usd.desc()]
    ranked = values.mutate(_rank=ibis.row_number().over(group_by="org_id", order_by=order))
    return ranked.filter(ranked._rank == 0).drop("_rank")


def unicorn_dates(views: Views) -> ir.Table:
    """The first dated round at which each organisation was valued at US$1B or more."""
    values = valuations_usd(views)
    values = values.filter((values.valuation_usd >= UNICORN_USD) & values.date.notnull())
    return values.group_by("org_id").aggregate(unicorn_date=values.date.min())
