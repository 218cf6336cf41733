"""Lineage membership: which lineages (商汤系, 字节系 …) each company belongs to, and their labels.

A company belongs to the lineage of X when one of its founders was at X before or while founding
it — exactly a spin-out edge X → company (`pedigree.analytics.spinouts.spinout_ties`), so a
company can belong to several lineages (VAST: 商汤系 and, via MiniMax, MiniMax系). The landscape
colours companies by it, the halo model turns it into indicators, the backtest draws cohorts
from it.
"""

from __future__ import annotations

import re

import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics.frames import among, records
from pedigree.analytics.spinouts import spinout_ties
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.names import to_simplified
from pedigree.store.views import Views

_HAN = re.compile(r"^[\u3400-\u9fff]+$")


def company_lineages(views: Views, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS) -> ir.Table:
    """(org_id, lineage_id): one row per company and organisation its founders came from."""
    ties = spinout_ties(views, tie_kinds)
    return ties.select(org_id="child_id", lineage_id="parent_id").distinct()


def lineage_label(name: str, aliases: list[str] | None = None) -> str:
    """How reporting names a lineage: the shortest form of the name + 系, in Simplified Chinese
    when the name is Chinese (商汤科技, alias 商汤 → 商汤系), else in the name's own script
    (MiniMax → MiniMax系, Palantir Technologies, alias Palantir → Palantir系)."""
    forms = [form for form in [name, *(aliases or [])] if form]
    chinese = bool(_HAN.match(name))
    forms = [to_simplified(f) for f in forms if bool(_HAN.match(f)) == chinese] or [name]
    shortest = min(forms, key=lambda form: (len(form), form != name, form))
    return f"{shortest}系"


def lineage_labels(views: Views, lineage_ids: list[str]) -> dict[str, str]:
    """lineage id → label (see `lineage_label`), for the given organisation ids."""
    if not lineage_ids:
        return {}
    orgs = views.organizations
    rows = views.backend.execute(among(orgs, "id", lineage_ids).select("id", "name", "aliases"))
    return {
        row["id"]: lineage_label(row["name"] or row["id"], _as_list(row["aliases"]))
        for row in records(rows)
    }


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(item) for item in value if isinstance(item, str)]


def lineage_members(views: Views, lineage_id: str) -> pd.DataFrame:
    """The companies of one lineage (org_id), for cohorts and filters."""
    table = company_lineages(views)
    return views.backend.execute(table.filter(table.lineage_id == lineage_id).select("org_id"))
