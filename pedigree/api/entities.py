"""One entity or source at a time: profiles, timelines, figures, names, search."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from pedigree.analytics import lineage as _lineage
from pedigree.analytics import profiles
from pedigree.analytics.frames import cited_sources, entity_names
from pedigree.api.stores import Db, opened
from pedigree.lazy import lazy
from pedigree.store.lookup import find_entity

# Modules only some calls need load on first use (see pedigree.lazy): `sources` and `names`,
# which every command citing sources asks, need none of them.
_financials = lazy("pedigree.analytics.financials")
_search = lazy("pedigree.analytics.search")
_source_facts = lazy("pedigree.analytics.source_facts")
_timeline = lazy("pedigree.analytics.timeline")
fact_lines = lazy("pedigree.report.fact_lines")
financial_text = lazy("pedigree.report.financial_text")
timeline_text = lazy("pedigree.report.timeline_text")


def sources(db: Db, ids: Iterable[str], *, engine: str = "duckdb") -> pd.DataFrame:
    """The sources with these ids (id, title, publisher, published, url): what an answer that
    cites ids shows a reader instead of `doc:54c6…`. Unknown ids are left out."""
    with opened(db, engine=engine) as store:
        return cited_sources(store.views(), ids)


def names(
    db: Db, entity_type: str, ids: Iterable[str], *, engine: str = "duckdb"
) -> dict[str, str]:
    """id → name of people or organisations (`entity_type` person or organization)."""
    table = {"person": "people", "organization": "organizations"}[entity_type]
    with opened(db, engine=engine) as store:
        return entity_names(store.views(), table, list(ids))


def person(
    db: Db, name: str, *, as_of: date | None = None, engine: str = "duckdb"
) -> profiles.Profile:
    with opened(db, engine=engine) as store:
        return profiles.person_profile(store.views(as_of), find_entity(store.con, name, "person"))


def org(
    db: Db,
    name: str,
    *,
    as_of: date | None = None,
    engine: str = "duckdb",
    tree: _lineage.Lineage | None = None,
) -> profiles.Profile:
    """An organisation's profile. `tree`: its `lineage(...)` at the same `as_of` with the
    default founders rule and no sector filter, when the caller has it already (its first
    generation are the spin-outs the profile lists; the web page shows both)."""
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, name, "organization")
        return fact_lines.profile_with_text(profiles.org_profile(store.views(as_of), org_id, tree))


def financials(
    db: Db,
    org: str,
    *,
    metric: str | None = None,
    as_of: date | None = None,
    usd: bool = False,
    engine: str = "duckdb",
) -> _financials.Financials:
    """Figures by period with their lengths, and the comparisons that respect them: annualised
    run-rate of partial periods, same-period and full-year growth (`.periods`, `.comparisons`,
    `.notes`, each comparison and note with its sentence in `text`: `pedigree.report.
    financial_text`). `usd` converts currencies at fixed approximate rates."""
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, org, "organization")
        found = _financials.financials(store.views(as_of), org_id, metric=metric, usd=usd)
        return financial_text.with_text(found)


def timeline(
    db: Db,
    name: str,
    *,
    as_of: date | None = None,
    entity_type: str | None = None,
    limit: int | None = None,
    engine: str = "duckdb",
) -> _timeline.Timeline:
    """An organisation's or a person's dated facts in order, with sources (`.entries`: the
    first `limit` when given; `.total` counts them all); a name that is both is an error unless
    `entity_type` ("organization" or "person") says which."""
    with opened(db, engine=engine) as store:
        kind, entity_id = _timeline.find_subject(store.con, name, entity_type)
        views = store.views(as_of)
        return _timeline.timeline(views, kind, entity_id, limit, sentence=timeline_text.sentence)


def search(db: Db, text: str, *, limit: int = 20) -> pd.DataFrame:
    """People and organisations whose names match `text` in any script or form (商湯, 商汤,
    SenseTime, shangtang): type, id, name, the form that matched, rank (0 exact … 3 loose)."""
    with opened(db) as store:
        return _search.search(store.con, text, limit=limit)


def source(
    db: Db, source_id: str, *, as_of: date | None = None, limit: int | None = None
) -> _source_facts.SourceFacts:
    """A source and every fact read from it, each with its quote and span (at most `limit` of
    each kind; `.total` counts them all)."""
    with opened(db) as store:
        found = _source_facts.source_facts(store.views(as_of), source_id, limit)
        return fact_lines.source_with_text(found)
