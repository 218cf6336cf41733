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
  revenue on record").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

from pedigree.analytics.financials import short_amount
from pedigree.analytics.frames import among, cited_sources, date_text, records
from pedigree.analytics.halo import HaloModel, annual_revenues, market
from pedigree.analytics.lineage import spinout_ties
from pedigree.analytics.membership import lineage_labels
from pedigree.errors import NotFound
from pedigree.reference.sectors import label as sector_label
from pedigree.store.views import Views, entity_attributes

MIN_PEERS = 3  # peers needed to narrow the peer group (to the sector, then to the stage)
FRONTIER_SECTOR = "llm"  # "valued like a frontier-model company" compares with this sector
MIN_SHARE_GAP = 0.1  # log points: closer to the mean than this, the share is not defined

SHARE_DEFINITION = (
    "of the gap between the company's log valuation and the mean log valuation of the fit, the "
    "part its fundamentals-only estimate accounts for: (estimate − mean) / (actual − mean), "
    "clipped to 0–1; undefined within 10% of the mean"
)


@dataclass
class CompanyHalo:
    """One company against the model and its peers. `estimate_usd` and `interval_usd` come
    from the fundamentals-only model (None when it could not be fitted); `inputs` lists every
    input with its source and how the model used it."""

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
    notes: list[str]
    sources: pd.DataFrame

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
            "lineages": records(self.lineages),
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
    notes = []
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
        notes.append(f"no fundamentals-only estimate: {model.notes[0]}")
    group, peers = _peers(model.inputs, row)
    paired = paired_revenues(views, pd.concat([mine, peers]))
    row = paired.iloc[0]
    peers = paired.iloc[1:]
    multiples = _multiples(row, peers)
    lineages = _lineages(views, row, model)
    inputs = _inputs(views, row, model)
    result = CompanyHalo(
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
        inputs=inputs,
        notes=notes,
        sources=cited_sources(views, inputs.source_id),
    )
    result.flags = flags(result, row, model.inputs)
    return result


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
    valuation is divided by: `paired_revenue_usd` (a year's worth) and `paired_revenue_period`.
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
        row.org_id: (float(row.revenue_usd), _period_text(row.period_start, row.period_end))
        for row in pairs.itertuples(index=False)
    }
    return frame.assign(
        paired_revenue_usd=[chosen.get(o, (None, None))[0] for o in frame.org_id],
        paired_revenue_period=[chosen.get(o, (None, None))[1] for o in frame.org_id],
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


def _period_text(start, end) -> str:
    return f"{date_text(start, 'day') or '?'} – {date_text(end, 'day') or '?'}"


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
    columns += ["paired_revenue_usd", "paired_revenue_period", "users"]
    columns += ["valuation_to_revenue", "valuation_to_users"]
    peers = _with_multiples(peers).sort_values(["valuation_usd", "org_id"], ascending=[False, True])
    dates = zip(peers.valuation_date, peers.valuation_precision, strict=True)
    peers = peers.assign(valuation_date=[date_text(d, p) for d, p in dates])
    return peers[columns].reset_index(drop=True)


# --- lineage and flags ---------------------------------------------------------------------


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
                "note": premium.get("note"),
            }
        )
    columns = ["lineage", "label", "multiplier", "ci_low", "ci_high", "n", "status", "note"]
    return pd.DataFrame(rows, columns=columns)


def _money(value: float) -> str:
    return short_amount(value, "USD")


def flags(result: CompanyHalo, row, inputs: pd.DataFrame) -> list[str]:
    """What a reader should notice, in plain words."""
    found = []
    lacking = [
        what
        for what, absent in (
            ("no launched product", not row.launched),
            ("no revenue", pd.isna(row.revenue_usd)),
            ("no user figures", pd.isna(row.users)),
        )
        if absent
    ]
    frontier = inputs[(inputs.sector_key == FRONTIER_SECTOR) & (inputs.org_id != row.org_id)]
    substance = [what for what in lacking if what != "no user figures"]
    if substance and len(frontier) >= MIN_PEERS:
        median = float(frontier.valuation_usd.median())
        if result.valuation_usd >= median:
            found.append(
                f"valued like a frontier-model company ({_money(result.valuation_usd)}, at or "
                f"above the median {sector_label(FRONTIER_SECTOR, 'en')} valuation of "
                f"{_money(median)}) with {_and(substance)} on record"
            )
            lacking = [what for what in lacking if what not in substance]
    if lacking:
        found.append(f"{_and(lacking)} on record")
    if result.interval_usd is not None:
        low, high = result.interval_usd
        if result.valuation_usd > high:
            found.append(
                f"priced at {result.ratio:.1f}× its fundamentals-only estimate, above the 95% "
                "prediction interval"
            )
        elif result.valuation_usd < low:
            found.append(
                f"priced at {result.ratio:.2f}× its fundamentals-only estimate, below the 95% "
                "prediction interval"
            )
    for item in result.multiples.itertuples():
        if item.measure != "valuation" and item.percentile is not None and item.percentile >= 90:
            found.append(
                f"{item.measure} of {item.company:,.0f}× is above {item.percentile:.0f}% of its "
                f"{item.peers_with_figure} peers with the figure (median {item.peer_median:,.0f}×)"
            )
    if pd.notna(row.age_years) and row.age_years < 1 and result.valuation_usd >= 1e9:
        found.append(f"valued at {_money(result.valuation_usd)} at {row.age_years:.1f} years old")
    for item in result.lineages.itertuples():
        if item.status == "estimated":
            found.append(
                f"member of {item.label}: priced ×{item.multiplier:.2f} (95% CI "
                f"{item.ci_low:.2f}–{item.ci_high:.2f}) against companies with the same "
                "fundamentals outside it"
            )
        elif isinstance(item.note, str) and "outside it" in item.note:
            found.append(f"member of {item.label}: no premium estimated — {item.note}")
        else:
            found.append(
                f"member of {item.label}: too few of its companies have a valuation "
                f"({item.n}) to estimate a premium"
            )
    return found


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- inputs and their sources --------------------------------------------------------------


def _inputs(views: Views, row, model: HaloModel) -> pd.DataFrame:
    """Every input of the company: value, detail, date, source and how the model used it."""
    fit = model.fundamentals_fit
    used = set(fit.params.index) if fit is not None else set()

    def in_model(*columns: str) -> str:
        if fit is None:
            return "model not fitted"
        hit = [column for column in columns if column in used]
        return ", ".join(hit) if hit else "left out of the model"

    def level(name: str, value: str) -> str:
        """A categorical input: its own indicator, or counted with the reference level."""
        if fit is None:
            return "model not fitted"
        if f"{name}:{value}" in used:
            return f"{name}:{value}"
        if any(column.startswith(f"{name}:") for column in used):
            return f"reference level ({model.design.reference[name]})"
        return "left out of the model"

    attributes = _attribute_sources(views, "organization", row.org_id, ["founded", "sector"])
    round_name = row["round"] if isinstance(row["round"], str) else None
    rows = [
        _input(
            "valuation",
            _valuation_text(row),
            f"round {round_name}" if round_name else "",
            date_text(row.valuation_date, row.valuation_precision),
            row.valuation_source,
            "log_valuation (the outcome)",
        ),
        _revenue_input(row, in_model),
        _users_input(row, in_model),
        _launch_input(views, row, in_model),
        _input(
            "founded",
            date_text(row.founded, row.founded_precision) or "unknown",
            f"{row.age_years:.1f} years at the valuation" if pd.notna(row.age_years) else "",
            source=attributes.get("founded"),
            used=in_model("age_years", "no_age"),
        ),
        _input(
            "stage",
            row.stage,
            f"from the round label {round_name!r}" if round_name else "no round label",
            source=row.valuation_source if round_name else None,
            used=level("stage", row.stage),
        ),
        _input(
            "sector",
            sector_label(row.sector_key, "en") if row.sector_key != "unknown" else "unknown",
            row.sector if isinstance(row.sector, str) else "",
            source=attributes.get("sector"),
            used=level("sector", row.sector_key),
        ),
        *_lineage_inputs(views, row.org_id, set(model.design.lineage_columns)),
    ]
    return pd.DataFrame(rows)


def _input(name, value, detail="", when="", source=None, used="") -> dict:
    return {
        "input": name,
        "value": value,
        "detail": detail,
        "date": when or "",
        "source_id": source,
        "in_model": used,
    }


def _valuation_text(row) -> str:
    text = _money(row.valuation_usd)
    if isinstance(row.currency, str) and row.currency != "USD":
        text += f" ({short_amount(row.valuation, row.currency)})"
    return text


def _revenue_input(row, in_model) -> dict:
    if pd.isna(row.revenue_usd):
        return _input("revenue", "none on record", used=in_model("no_revenue"))
    detail = f"{row.revenue_metric} {short_amount(row.revenue_value, row.revenue_unit or 'USD')}"
    if pd.notna(row.revenue_months) and row.revenue_months < 12:
        detail += f" over {row.revenue_months:.3g} months: run-rate × 12 / months"
    start = date_text(row.revenue_start, "day") or "?"
    period = f"{start} – {date_text(row.revenue_end, 'day') or '?'}"
    return _input(
        "revenue (a year)",
        _money(row.revenue_usd),
        detail,
        period,
        row.revenue_source,
        in_model("log_revenue"),
    )


def _users_input(row, in_model) -> dict:
    if pd.isna(row.users):
        return _input("users", "none on record", used=in_model("no_users"))
    return _input(
        "users",
        short_amount(row.users),
        f"{row.users_metric} of {row.users_product}",
        date_text(row.users_date, row.users_precision),
        row.users_source,
        in_model("log_users"),
    )


def _launch_input(views: Views, row, in_model) -> dict:
    if isinstance(row["product"], str):
        source = _attribute_sources(views, "product", row.product_id, ["launched"])
        return _input(
            "product launched",
            "yes",
            row["product"],
            date_text(row.product_launched, row.product_precision),
            source.get("launched"),
            in_model("launched"),
        )
    if row.launched:
        return _input(
            "product launched",
            "yes",
            "counted as launched: it has user figures",
            source=row.users_source,
            used=in_model("launched"),
        )
    return _input("product launched", "none on record", used=in_model("launched"))


def _attribute_sources(views: Views, kind: str, entity_id: str, props: list[str]) -> dict:
    """prop → source of the value shown, for some attributes of one entity."""
    attributes = entity_attributes(views.backend, kind, views.as_of)
    attributes = attributes.filter(
        (attributes.entity_id == entity_id) & attributes.prop.isin(props)
    )
    found = views.backend.execute(attributes.select("prop", "source_id"))
    return dict(zip(found.prop, found.source_id, strict=True))


def _lineage_inputs(views: Views, org_id: str, indicators: set[str]) -> list[dict]:
    """The organisations the company's founders came from, with the evidence's source."""
    ties = spinout_ties(views)
    rows = views.backend.execute(ties.filter(ties.child_id == org_id))
    # The query's row order is arbitrary; the first tie of each parent must not be.
    rows = rows.sort_values(["parent_id", "person_id", "parent_source"], na_position="last")
    if rows.empty:
        return [_input("lineage", "none on record")]
    labels = lineage_labels(views, sorted(set(rows.parent_id)))
    found = []
    for parent_id, group in rows.groupby("parent_id", sort=True):
        title = next((t for t in group.parent_title if isinstance(t, str) and t), "")
        column = f"lineage:{parent_id}"
        found.append(
            _input(
                "lineage",
                labels.get(parent_id, parent_id),
                f"a founder was {title} there" if title else "a founder was there",
                source=group.parent_source.iloc[0],
                used="own indicator" if column in indicators else "no indicator of its own",
            )
        )
    return found
