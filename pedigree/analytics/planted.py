"""A synthetic market with a planted lineage premium, to check that the halo model finds it.

Real data cannot tell us whether an estimator is right: nobody knows the true premium of 商汤系.
So we plant one. Every company's log post-money valuation (USD) at each round is

    log V = 17.5 + 0.6·(log revenue − 15.5)  or −0.5 when no revenue is on record
                 + 0.3·(log users − 12)      or −0.3 when no user figure is on record
                 + 0.4·launched + 0.15·age in years + stage effect + sector effect
                 + β·member (first round) or persistence·β·member (follow-on round)
                 + ε,  ε ~ Normal(0, noise)

— the model class `pedigree.analytics.halo` fits (the coefficients are `TRUE_COEFFICIENTS`).
Members of a lineage (founder employed at one of the `academies` before founding) are confounded
on purpose: at later stages and more often frontier-model (`llm`) companies, but less often with
revenue or a launched product, so a naive comparison of members and non-members is biased (it
overstates β by about half a log point) and only a model that controls for fundamentals
recovers β.

Outcomes: a share of companies raises a follow-on round 9–24 months later, priced by the same
equation with grown fundamentals and only `persistence`·β of the premium (1: the halo holds;
0: it is gone at the next round); some shut down or are acquired instead; the rest have no news.

Reporting lag: every fact is published by its own source, `lag_months` (uniformly drawn) after it
happened — a round dated March may only be public in October — so `--as-of` tests see the gap
between valid time and knowledge time.

Usage:

    planted = generate(PlantedSpec(premium=0.4, seed=7))
    planted.load(store)             # or planted.write(folder) → import tables (CSV)
    planted.truth                   # one row per company and round: what was planted

Everything is drawn from `numpy.random.default_rng(seed)`: the same spec gives the same tables.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from pedigree.ingest.load import LoadReport, load_tables
from pedigree.kinds import IMPORT_TABLES
from pedigree.reference.fx import fx_rates

TRUE_COEFFICIENTS = {
    "intercept": 17.5,
    "log_revenue": 0.6,
    "no_revenue": -0.5,
    "log_users": 0.3,
    "no_users": -0.3,
    "launched": 0.4,
    "age_years": 0.15,
}
REVENUE_CENTRE, USERS_CENTRE = 15.5, 12.0
STAGES = ("seed", "A", "B", "C")
STAGE_EFFECTS = {"seed": 0.0, "A": 0.8, "B": 1.6, "C": 2.4}
# Members raise later rounds in hotter sectors (frontier models) but have revenue and launched
# products less often: the confounding a fair estimator must undo.
MEMBER_STAGE_SHARES = (0.15, 0.3, 0.3, 0.25)
OTHER_STAGE_SHARES = (0.35, 0.35, 0.18, 0.12)
STAGE_AGES = {"seed": (0.3, 2.0), "A": (1.0, 3.5), "B": (2.0, 5.0), "C": (3.0, 8.0)}
SECTOR_EFFECTS = {
    "llm": 0.8,
    "multimodal": 0.4,
    "embodied_ai": 0.3,
    "enterprise_software": 0.0,
    "fintech": -0.1,
    "ecommerce": -0.2,
}
MEMBER_SECTOR_SHARES = (0.4, 0.2, 0.15, 0.1, 0.1, 0.05)
OTHER_SECTOR_SHARES = (0.15, 0.15, 0.15, 0.2, 0.2, 0.15)
DAYS_PER_MONTH = 365.25 / 12
LINEAGE_MIXES = ("none", "some", "all")


@dataclass(frozen=True)
class PlantedSpec:
    """What to plant. `premium` is β in log points (a multiplier of exp(β)); `noise` the standard
    deviation of ε; `persistence` the share of β a follow-on round keeps. `lineage_mix` says where
    the founders of the companies outside the academies (non-members) come from: "none" — from
    no organisation (outside every lineage); "some" — half from an employer of their own (a
    lineage of one company), half from none; "all" — every one from one of `other_lineages`
    organisations (`other-1` …), lineages of many companies with no premium, so every company
    is inside some lineage, as in real data."""

    companies: int = 240
    academies: int = 3
    member_share: float = 0.35
    premium: float = 0.4
    noise: float = 0.6
    persistence: float = 0.5
    follow_on_share: float = 0.6
    shutdown_share: float = 0.1
    acquired_share: float = 0.05
    lag_months: tuple[float, float] = (1.0, 12.0)
    first_round: tuple[date, date] = (date(2019, 1, 1), date(2023, 12, 31))
    cny_share: float = 0.3
    lineage_mix: str = "some"
    other_lineages: int = 4
    seed: int = 0


@dataclass
class Planted:
    """The generated market: import tables by name (`tables`) and what was planted — `truth`:
    one row per company and priced round (fundamentals, lineage — `lineage_id` the academy,
    `employer` the founder's organisation before, academy or not —, planted premium, log
    valuation, the round's `date` and `published` day); `outcomes`: one row per company (follow_on,
    shutdown, acquired or none, with the day it happened and the day it was published)."""

    spec: PlantedSpec
    tables: dict[str, pd.DataFrame]
    truth: pd.DataFrame = field(repr=False)
    outcomes: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    def write(self, folder: str | Path) -> Path:
        """Write the import tables as CSV files (`pedigree load FOLDER` reads them)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in self.tables.items():
            frame.to_csv(folder / f"{name}.csv", index=False)
        return folder

    def true_premium(self, lineages, org_ids=None, as_of: date | None = None) -> float | None:
        """The planted premium of a lineage (or of a set of them, pooled) in the sense of the
        halo model: the mean planted premium (log points) of the member companies, at their
        latest round priced and published by `as_of`, minus that of every other company —
        fundamentals held equal, since the planted equation is additive. Counted over
        `org_ids` (say, the companies in a fit) when given; None without members or others.
        With three academies at β each, one academy's premium against the rest of the market
        is β minus β times the share of academy members among the others."""
        wanted = {lineages} if isinstance(lineages, str) else set(lineages)
        rounds = self.truth
        if as_of is not None:
            rounds = rounds[(rounds.date <= as_of) & (rounds.published <= as_of)]
        latest = rounds.sort_values("round_number").groupby("org_id").tail(1)
        if org_ids is not None:
            latest = latest[latest.org_id.isin(set(org_ids))]
        inside = latest.employer.isin(wanted)
        if not inside.any() or inside.all():
            return None
        return float(latest.premium[inside].mean() - latest.premium[~inside].mean())

    def load(self, store, folder: str | Path | None = None) -> LoadReport:
        """Load the tables into `store` (through CSV files in `folder`, a temporary one by
        default) and return the load report."""
        if folder is not None:
            return load_tables(store, [self.write(folder)])
        with tempfile.TemporaryDirectory(prefix="planted-") as tmp:
            return load_tables(store, [self.write(tmp)])


def generate(spec: PlantedSpec | None = None, **overrides) -> Planted:
    """A planted market for `spec` (fields may be overridden by keyword: premium=0, seed=3)."""
    spec = replace(spec or PlantedSpec(), **overrides)
    return _Generator(spec).run()


def log_valuation(row: dict, premium: float) -> float:
    """The deterministic part of the planted equation for one round (see the module docstring)."""
    c = TRUE_COEFFICIENTS
    value = c["intercept"] + c["launched"] * row["launched"] + c["age_years"] * row["age_years"]
    value += STAGE_EFFECTS[row["stage"]] + SECTOR_EFFECTS[row["sector"]] + premium
    if np.isnan(row["log_revenue"]):
        value += c["no_revenue"]
    else:
        value += c["log_revenue"] * (row["log_revenue"] - REVENUE_CENTRE)
    if np.isnan(row["log_users"]):
        value += c["no_users"]
    else:
        value += c["log_users"] * (row["log_users"] - USERS_CENTRE)
    return value


class _Generator:
    def __init__(self, spec: PlantedSpec):
        self.spec = spec
        self.rng = np.random.default_rng(spec.seed)
        self.rows: dict[str, list[dict]] = {name: [] for name in IMPORT_TABLES}
        self.truth: list[dict] = []
        self.outcomes: list[dict] = []
        self.cny_per_usd = 1 / float(fx_rates().set_index("currency").usd_per_unit["CNY"])

    def run(self) -> Planted:
        if self.spec.lineage_mix not in LINEAGE_MIXES:
            raise ValueError(f"lineage_mix must be one of {', '.join(LINEAGE_MIXES)}")
        self._background()
        for i in range(self.spec.companies):
            self._company(i)
        tables = {name: pd.DataFrame(rows) for name, rows in self.rows.items() if rows}
        return Planted(self.spec, tables, pd.DataFrame(self.truth), pd.DataFrame(self.outcomes))

    # --- helpers -----------------------------------------------------------------------------

    def _source(self, source_id: str, happened: date, title: str) -> str:
        """A source that reports something that happened on `happened`, after a reporting lag."""
        low, high = self.spec.lag_months
        lag = timedelta(days=round(self.rng.uniform(low, high) * DAYS_PER_MONTH))
        self._last_published = (happened + lag).isoformat()
        self.rows["sources"].append(
            {
                "id": source_id,
                "title": title,
                "publisher": "Planted Daily",
                "published": self._last_published,
            }
        )
        return source_id

    def _day(self, low: date, high: date) -> date:
        return low + timedelta(days=int(self.rng.integers(0, max((high - low).days, 0) + 1)))

    def _background(self) -> None:
        """The academies, known long before any company here was founded."""
        self.rows["sources"].append(
            {"id": "background", "title": "Who is who", "publisher": "Planted Daily",
             "published": "2010-01-01"}
        )  # fmt: skip
        for k in range(1, self.spec.academies + 1):
            self.rows["organizations"].append(
                {"id": f"academy-{k}", "name": f"Academy {k}", "kind": "company",
                 "sector": "internet", "founded": "2005", "source_id": "background"}
            )  # fmt: skip
        if self.spec.lineage_mix == "all":
            for k in range(1, self.spec.other_lineages + 1):
                self.rows["organizations"].append(
                    {"id": f"other-{k}", "name": f"Other {k}", "kind": "company",
                     "sector": "internet", "founded": "2005", "source_id": "background"}
                )  # fmt: skip

    # --- one company -------------------------------------------------------------------------

    def _company(self, i: int) -> None:
        spec, rng = self.spec, self.rng
        org_id, name = f"co-{i:03d}", f"Planted {i:03d}"
        member = bool(rng.random() < spec.member_share)
        academy = f"academy-{int(rng.integers(spec.academies)) + 1}" if member else None
        shares = MEMBER_SECTOR_SHARES if member else OTHER_SECTOR_SHARES
        sector = str(rng.choice(list(SECTOR_EFFECTS), p=shares))
        stage_shares = MEMBER_STAGE_SHARES if member else OTHER_STAGE_SHARES
        stage = str(rng.choice(STAGES, p=stage_shares))
        age = float(rng.uniform(*STAGE_AGES[stage]))
        first = self._day(*spec.first_round)
        founded = first - timedelta(days=round(age * 365.25))
        age = (first - founded).days / 365.25
        has_revenue = rng.random() < (0.45 if member else 0.6)
        launched = bool(rng.random() < (0.55 if member else 0.75))
        state = {
            "log_revenue": float(rng.normal(15.5 + 0.2 * STAGES.index(stage), 1.2))
            if has_revenue
            else np.nan,
            "launched": launched,
            "log_users": float(rng.normal(USERS_CENTRE, 1.5))
            if launched and rng.random() < 0.6
            else np.nan,
        }
        source = self._source(f"found-{org_id}", founded, f"{name} is founded")
        self.rows["organizations"].append(
            {"id": org_id, "name": name, "kind": "company", "sector": sector,
             "founded": founded.isoformat(), "source_id": source}
        )  # fmt: skip
        employer = self._founder(i, org_id, founded, academy, source)
        # Launched before the user figure reported 15 days before the round.
        launch = founded + timedelta(days=round(rng.uniform(0.1, 0.9) * (first - founded).days))
        launch = min(launch, first - timedelta(days=20))
        if launched:
            self._product(org_id, name, sector, launch)
        base = {"org_id": org_id, "name": name, "member": member, "lineage_id": academy,
                "employer": employer, "sector": sector, "founded": founded}  # fmt: skip
        self._round(base, 1, first, stage, age, state, spec.premium * member)

        self._outcome(base, first, launched, state, stage)

    def _outcome(self, base: dict, first: date, launched: bool, state: dict, stage: str) -> None:
        """What happens next: a follow-on round, a shutdown, an acquisition, or no news."""
        spec, rng = self.spec, self.rng
        org_id, name = base["org_id"], base["name"]
        draw = rng.random()
        later = first + timedelta(days=round(rng.uniform(9, 24) * DAYS_PER_MONTH))
        outcome = {
            "org_id": org_id,
            "member": base["member"],
            "lineage_id": base["lineage_id"],
            "first_round": first,
            "outcome": "none",
            "date": None,
            "published": None,
        }
        if draw < spec.follow_on_share:
            stage = STAGES[min(STAGES.index(stage) + 1, len(STAGES) - 1)]
            state = self._grown(state)
            if state["launched"] and not launched:
                launch = self._day(first, later - timedelta(days=30))
                self._product(org_id, name, base["sector"], launch)
            age = (later - base["founded"]).days / 365.25
            premium = spec.persistence * spec.premium * base["member"]
            self._round(base, 2, later, stage, age, state, premium)
            outcome.update(outcome="follow_on", date=later, published=self.truth[-1]["published"])
        else:
            shares = (spec.shutdown_share, spec.acquired_share)
            for kind, upper in zip(("shutdown", "acquired"), np.cumsum(shares), strict=True):
                if draw < spec.follow_on_share + upper:
                    published = self._event(org_id, name, kind, later)
                    outcome.update(outcome=kind, date=later, published=published)
                    break
        self.outcomes.append(outcome)

    def _grown(self, state: dict) -> dict:
        """Fundamentals at the follow-on round: revenue and users grow; some gain them."""
        rng = self.rng
        revenue, users = state["log_revenue"], state["log_users"]
        if not np.isnan(revenue):
            revenue += rng.normal(0.5, 0.4)
        elif rng.random() < 0.3:
            revenue = float(rng.normal(15.0, 1.2))
        launched = state["launched"] or bool(rng.random() < 0.5)
        if not np.isnan(users):
            users += rng.normal(0.5, 0.4)
        elif launched and rng.random() < 0.4:
            users = float(rng.normal(USERS_CENTRE - 0.5, 1.5))
        return {"log_revenue": revenue, "launched": launched, "log_users": users}

    def _founder(self, i: int, org_id: str, founded: date, academy: str | None, source):
        """The founder, and the job before: at an academy (a member) or, for the others, by
        `lineage_mix`: nowhere, an employer of their own for half of them (a lineage of one
        company, too small to estimate), or one of the other organisations. Returns the
        organisation (None without one)."""
        person = f"p-{i:03d}"
        self.rows["people"].append({"id": person, "name": f"Founder {i:03d}", "source_id": source})
        self.rows["stints"].append(
            {"person_id": person, "org_id": org_id, "kind": "founder", "title": "CEO",
             "start": founded.isoformat(), "source_id": source}
        )  # fmt: skip
        employer, mix = academy, self.spec.lineage_mix
        draw = self.rng.random() if employer is None else 1.0  # drawn in every mix: same stream
        if employer is None and mix == "all":
            employer = f"other-{int(self.rng.integers(self.spec.other_lineages)) + 1}"
        elif employer is None and mix == "some" and draw < 0.5:
            employer = f"employer-{i:03d}"
            self.rows["organizations"].append(
                {"id": employer, "name": f"Employer {i:03d}", "kind": "company",
                 "source_id": "background"}
            )  # fmt: skip
        if employer is not None:
            start = founded - timedelta(days=round(self.rng.uniform(2, 8) * 365.25))
            end = founded - timedelta(days=round(self.rng.uniform(0, 0.5) * 365.25))
            self.rows["stints"].append(
                {"person_id": person, "org_id": employer, "kind": "employment",
                 "title": "engineer", "start": start.isoformat(), "end": end.isoformat(),
                 "source_id": source}
            )  # fmt: skip
        return employer

    def _product(self, org_id: str, name: str, sector: str, launch: date) -> None:
        product = f"{org_id}-app"
        source = self._source(f"launch-{org_id}", launch, f"{name} launches its app")
        self.rows["products"].append(
            {"id": product, "name": f"{name} app", "org_id": org_id,
             "launched": launch.isoformat(), "sector": sector, "source_id": source}
        )  # fmt: skip

    def _round(self, base: dict, number: int, day: date, stage: str, age: float, state: dict,
               premium: float) -> None:  # fmt: skip
        """A priced round, and the revenue and users reported with it (each by its own source)."""
        org_id, name = base["org_id"], base["name"]
        row = {**base, "round_number": number, "date": day, "stage": stage, "age_years": age,
               **state, "premium": premium}  # fmt: skip
        row["fundamentals"] = log_valuation(row, 0.0)
        row["log_valuation"] = row["fundamentals"] + premium + self.rng.normal(0, self.spec.noise)
        usd = float(np.exp(row["log_valuation"]))
        in_cny = self.rng.random() < self.spec.cny_share
        source = self._source(f"round-{org_id}-{number}", day, f"{name} raises a {stage} round")
        self.rows["rounds"].append(
            {"org_id": org_id, "date": day.isoformat(), "round": stage,
             "currency": "CNY" if in_cny else "USD",
             "post_money_valuation": round(usd * self.cny_per_usd if in_cny else usd),
             "source_id": source}
        )  # fmt: skip
        row["valuation_usd"] = usd
        row["published"] = date.fromisoformat(self._last_published)
        if not np.isnan(state["log_revenue"]):
            # The twelve whole months before the round's month: the run-rate is the figure.
            end = day.replace(day=1) - timedelta(days=1)
            start = date(end.year - 1, end.month, 1) + timedelta(days=31)
            start = start.replace(day=1)
            source = self._source(f"revenue-{org_id}-{number}", end, f"{name} reports revenue")
            self.rows["financials"].append(
                {"org_id": org_id, "metric": "revenue", "period_start": start.isoformat(),
                 "period_end": end.isoformat(), "value": round(float(np.exp(row["log_revenue"]))),
                 "unit": "USD", "source_id": source}
            )  # fmt: skip
        if not np.isnan(state["log_users"]):
            when = day - timedelta(days=15)
            source = self._source(f"users-{org_id}-{number}", when, f"{name} user numbers")
            self.rows["product_metrics"].append(
                {"product_id": f"{org_id}-app", "metric": "mau",
                 "value": round(float(np.exp(row["log_users"]))), "date": when.isoformat(),
                 "source_id": source}
            )  # fmt: skip
        self.truth.append(row)

    def _event(self, org_id: str, name: str, kind: str, day: date) -> date:
        """A shutdown or acquisition; returns the day it was published."""
        source = self._source(f"{kind}-{org_id}", day, f"{name}: {kind}")
        self.rows["events"].append(
            {"org_id": org_id, "type": kind, "date": day.isoformat(), "source_id": source}
        )
        return date.fromisoformat(self._last_published)
