"""The halo check of one company: its price against its fundamentals, its peers and its lineage.

Four views of one valuation, each with the inputs and sources behind it:

- the fundamentals-only estimate of the market model (`halo.market`) with a 95% prediction
  interval — what a company with these fundamentals is priced at in this data;
- the share of its log-price the fundamentals explain (`SHARE_DEFINITION`);
- sector/stage peers: valuation, valuation/revenue and valuation/users, and the company's
  percentile among the peers that have the figure. A valuation is divided by the revenue of its
  own time (`paired_revenues`), never by a later year's: a 2024 price over 2025 revenue is no
  multiple anyone paid;
- flags in plain words ("valued like a frontier-model company with no launched product and no
  revenue on record"), written with the inputs' table by `pedigree.report.halo_text`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from pedigree.analytics.frames import among, date_text, records
from pedigree.analytics.halo import HaloModel, market
from pedigree.analytics.halo_inputs import annual_revenues
from pedigree.analytics.membership import lineage_labels
from pedigree.analytics.spinouts import spinout_ties
from pedigree.errors import NotFound
from pedigree.reference.sectors import label as sector_label
from pedigree.store.views import Views, entity_attributes

MIN_PEERS = 3  # peers needed to narrow the peer group (to the sector, then to the stage)
FRONTIER_SECTOR = "llm"  # "valued like a frontier-model company" compares with this sector
MIN_SHARE_GAP = 0.1  # log points: closer to the mean than this, the share is not defined

INPUT_COLUMNS = ["input", "value", "detail", "date", "source_id", "in_model"]

SHARE_DEFINITION = (
    "of the gap between the company's log valuation and the mean log valuation of the fit, the "
    "part its fundamentals-only estimate accounts for: (estimate − mean) / (actual − mean), "
    "clipped to 0–1; undefined within 10% of the mean"
)


@dataclass
class CompanyHalo:
    """One company against the model and its peers. `estimate_usd` and `interval_usd` come
    from the fundamentals-only model (None when it could not be fitted); `inputs` lists every
    input with its source and how the model used it, and `flags` says in words what a reader
    should notice: both written by `pedigree.report.halo_text.described` (the API does)."""

    org_id: str
    name: str
    as_of: date | None
    valuation_usd: float
    estimate_usd: float | None
    interval_usd: tuple[float, float] | None
    share_explained: float | None
    peer_group: str
    multiples: pd.DataFrame
    peers: pd.DataFrame
    lineages: pd.DataFrame
    flags: list[str]
    inputs: pd.DataFrame
    remarks: list[dict]  # caveats as data; `notes` says them in words (`halo_text.described`)
    sources: pd.DataFrame
    # The company's row of the model's inputs, and the model: what `flags` and `inputs` are
    # written from (`pedigree.report.halo_text`); not part of the answer.
    fundamentals: pd.Series | None = field(default=None, repr=False)
    model: HaloModel | None = field(default=None, repr=False)
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        """The valuation as a multiple of the fundamentals-only estimate."""
        return self.valuation_usd / self.estimate_usd if self.estimate_usd else None

    def to_json(self) -> dict:
        return {
            "org_id": self.org_id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "valuation_usd": self.valuation_usd,
            "estimate_usd": self.estimate_usd,
            "prediction_interval_usd": list(self.interval_usd) if self.interval_usd else None,
            "ratio": self.ratio,
            "share_explained": self.share_explained,
            "share_definition": SHARE_DEFINITION,
            "peer_group": self.peer_group,
            "multiples": records(self.multiples),
            "peers": records(self.peers),
            "lineages": records(self.lineages.drop(columns="reason")),
            "flags": self.flags,
            "inputs": records(self.inputs),
            "notes": self.notes,
            "sources": records(self.sources),
        }


def share_explained(actual: float, estimate: float, mean: float) -> float | None:
    """See SHARE_DEFINITION (all three in logs)."""
    gap = actual - mean
    if abs(gap) < MIN_SHARE_GAP:
        return None
    return float(min(max((estimate - mean) / gap, 0.0), 1.0))


def company(views: Views, org_id: str, model: HaloModel | None = None) -> CompanyHalo:
    """The halo check of one company (the market model is fitted unless given)."""
    model = model or market(views)
    mine = model.inputs[model.inputs.org_id == org_id]
    if mine.empty:
        when = f" as of {views.as_of}" if views.as_of else ""
        raise NotFound(
            f"{_name(views, org_id)} has no valuation on record{when}: "
            "the halo check compares a valuation with fundamentals"
        )
    row = mine.iloc[0]
    estimate = interval = share = None
    remarks = []
    fit = model.fundamentals_fit
    if fit is not None:
        exog = model.design.data.loc[mine.index, list(fit.params.index.drop("const"))]
        exog.insert(0, "const", 1.0)
        predicted = fit.get_prediction(exog.astype(float)).summary_frame(alpha=0.05).iloc[0]
        estimate = math.exp(predicted["mean"])
        interval = (math.exp(predicted["obs_ci_lower"]), math.exp(predicted["obs_ci_upper"]))
        mean = float(model.design.data.log_valuation.mean())
        share = share_explained(math.log(row.valuation_usd), predicted["mean"], mean)
    else:
        remarks.append({"kind": "no_estimate", "because": model.remarks[0]})
    group, peers = _peers(model.inputs, row)
    paired = paired_revenues(views, pd.concat([mine, peers]))
    row = paired.iloc[0]
    peers = paired.iloc[1:]
    multiples = _multiples(row, peers)
    lineages = _lineages(views, row, model)
    return CompanyHalo(
        org_id=org_id,
        name=row["name"],
        as_of=views.as_of,
        valuation_usd=float(row.valuation_usd),
        estimate_usd=estimate,
        interval_usd=interval,
        share_explained=share,
        peer_group=group,
        multiples=multiples,
        peers=_peer_table(peers),
        lineages=lineages,
        flags=[],
        inputs=pd.DataFrame(columns=INPUT_COLUMNS),
        remarks=remarks,
        sources=pd.DataFrame(columns=["id", "title", "publisher", "published", "url"]),
        fundamentals=row,
        model=model,
    )


def _name(views: Views, org_id: str) -> str:
    orgs = views.organizations
    found = views.backend.execute(orgs.filter(orgs.id == org_id).select("name"))
    return str(found.name.iloc[0]) if len(found) and found.name.iloc[0] else org_id


# --- peers ---------------------------------------------------------------------------------


def _peers(inputs: pd.DataFrame, row) -> tuple[str, pd.DataFrame]:
    """Companies of the same sector and stage; of the sector when that leaves fewer than
    MIN_PEERS; every valued company when the sector has fewer."""
    others = inputs[inputs.org_id != row.org_id]
    sector = others[others.sector_key == row.sector_key]
    if row.sector_key != "unknown" and len(sector) >= MIN_PEERS:
        name = sector_label(row.sector_key, "en")
        staged = sector[sector.stage == row.stage]
        if row.stage != "unknown" and len(staged) >= MIN_PEERS:
            return f"{name}, stage {row.stage}", staged
        return name, sector
    return "all companies with a valuation", others


def paired_revenues(views: Views, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (companies with `valuation_date` and `valuation_precision`) with the revenue its
    valuation is divided by: `paired_revenue_usd` (a year's worth) and the days of its period,
    `paired_revenue_start` and `paired_revenue_end` (`pedigree.report.halo_text` writes them).
    It is the revenue of the period the valuation falls in, else of the latest period over by
    then; a period that starts after the valuation (its month or year, at that precision) is
    never used, so a company valued in 2024 with only 2025 revenue on record has no multiple."""
    columns = ["org_id", "id", "period_start", "period_end", "revenue_usd", "revenue_months"]
    periods = among(annual_revenues(views), "org_id", list(frame.org_id)).select(*columns)
    periods = views.backend.execute(periods)
    dates = zip(frame.valuation_date, frame.valuation_precision, strict=True)
    valued = pd.DataFrame(
        {"org_id": frame.org_id.to_numpy(), "_by": [_period_end(d, p) for d, p in dates]}
    )
    pairs = periods.merge(valued, on="org_id")
    begins = pd.to_datetime(pairs.period_start.fillna(pairs.period_end))
    pairs = pairs[pairs._by.notna() & (begins <= pairs._by)]
    pairs = pairs.sort_values(
        ["org_id", "period_end", "revenue_months", "id"], ascending=[True, False, False, True]
    ).drop_duplicates("org_id")
    chosen = {
        row.org_id: (float(row.revenue_usd), row.period_start, row.period_end)
        for row in pairs.itertuples(index=False)
    }
    return frame.assign(
        paired_revenue_usd=[chosen.get(o, (None, None, None))[0] for o in frame.org_id],
        paired_revenue_start=[chosen.get(o, (None, None, None))[1] for o in frame.org_id],
        paired_revenue_end=[chosen.get(o, (None, None, None))[2] for o in frame.org_id],
    )


def _period_end(day, precision) -> pd.Timestamp | None:
    """The last day of a date written at `precision` (2024 → 2024-12-31)."""
    if day is None or pd.isna(day):
        return None
    day = pd.Timestamp(day)
    if precision == "year":
        return pd.Timestamp(day.year, 12, 31)
    if precision == "month":
        return day + pd.offsets.MonthEnd(0)
    return day


def _with_multiples(frame: pd.DataFrame) -> pd.DataFrame:
    revenue = frame.paired_revenue_usd.astype(float)
    users = frame.users.astype(float)
    valuation = frame.valuation_usd.astype(float)
    return frame.assign(
        valuation_to_revenue=valuation / revenue.where(revenue > 0),
        valuation_to_users=valuation / users.where(users > 0),
    )


def percentile(value: float | None, others: pd.Series) -> float | None:
    """Percent of `others` below `value`, ties counting half (None without both)."""
    others = others.dropna()
    if value is None or pd.isna(value) or others.empty:
        return None
    below = (others < value).sum() + 0.5 * (others == value).sum()
    return float(100 * below / len(others))


MEASURES = (
    ("valuation", "valuation_usd"),
    ("valuation / revenue", "valuation_to_revenue"),
    ("valuation / users", "valuation_to_users"),
)


def _multiples(row, peers: pd.DataFrame) -> pd.DataFrame:
    """The company's valuation and multiples against its peers' (median, percentile)."""
    mine = _with_multiples(row.to_frame().T).iloc[0]
    peers = _with_multiples(peers)
    rows = []
    for measure, column in MEASURES:
        value = None if pd.isna(mine[column]) else float(mine[column])
        known = peers[column].dropna().astype(float)
        rows.append(
            {
                "measure": measure,
                "company": value,
                "peer_median": float(known.median()) if len(known) else None,
                "peers_with_figure": len(known),
                "percentile": percentile(value, known),
            }
        )
    return pd.DataFrame(rows)


def _peer_table(peers: pd.DataFrame) -> pd.DataFrame:
    columns = ["org_id", "name", "stage", "valuation_usd", "valuation_date"]
    columns += ["paired_revenue_usd", "paired_revenue_start", "paired_revenue_end", "users"]
    columns += ["valuation_to_revenue", "valuation_to_users"]
    peers = _with_multiples(peers).sort_values(["valuation_usd", "org_id"], ascending=[False, True])
    dates = zip(peers.valuation_date, peers.valuation_precision, strict=True)
    peers = peers.assign(valuation_date=[date_text(d, p) for d, p in dates])
    return peers[columns].reset_index(drop=True)


# --- lineage ---------------------------------------------------------------------


def _lineages(views: Views, row, model: HaloModel) -> pd.DataFrame:
    """The company's lineages with the premium the model estimated for each — the market
    view's number, priced against every company outside the lineage — or why not."""
    labels = lineage_labels(views, list(row.lineages))
    premiums = {r["lineage"]: r for r in records(model.premiums)}
    rows = []
    for lineage_id in row.lineages:
        premium = premiums.get(lineage_id, {})
        rows.append(
            {
                "lineage": lineage_id,
                "label": labels.get(lineage_id, lineage_id),
                "multiplier": premium.get("multiplier"),
                "ci_low": premium.get("ci_low"),
                "ci_high": premium.get("ci_high"),
                "n": premium.get("n", 1),
                "status": premium.get("status", "not enough data"),
                "reason": premium.get("reason"),
            }
        )
    columns = ["lineage", "label", "multiplier", "ci_low", "ci_high", "n", "status", "reason"]
    return pd.DataFrame(rows, columns=columns)


# --- inputs and their sources --------------------------------------------------------------


def attribute_sources(views: Views, kind: str, entity_id: str, props: list[str]) -> dict:
    """prop → source of the value shown, for some attributes of one entity."""
    attributes = entity_attributes(views.backend, kind, views.as_of)
    attributes = attributes.filter(
        (attributes.entity_id == entity_id) & attributes.prop.isin(props)
    )
    found = views.backend.execute(attributes.select("prop", "source_id"))
    return dict(zip(found.prop, found.source_id, strict=True))


def founder_origins(views: Views, org_id: str) -> pd.DataFrame:
    """The organisations the company's founders came from, one row each: `parent_id`, its
    lineage `label`, a `title` a founder held there (or empty) and the evidence's `source_id`."""
    ties = spinout_ties(views)
    rows = views.backend.execute(ties.filter(ties.child_id == org_id))
    # The query's row order is arbitrary; the first tie of each parent must not be.
    rows = rows.sort_values(["parent_id", "person_id", "parent_source"], na_position="last")
    labels = lineage_labels(views, sorted(set(rows.parent_id))) if len(rows) else {}
    found = []
    for parent_id, group in rows.groupby("parent_id", sort=True):
        title = next((t for t in group.parent_title if isinstance(t, str) and t), "")
        found.append(
            {
                "parent_id": parent_id,
                "label": labels.get(parent_id, parent_id),
                "title": title,
                "source_id": group.parent_source.iloc[0],
            }
        )
    return pd.DataFrame(found, columns=["parent_id", "label", "title", "source_id"])
