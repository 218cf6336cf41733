"""Scarce talent: who has research credentials and delivery experience, and one person's scores."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pedigree.analytics import founder_score as _founder_score
from pedigree.analytics import scarcity as _scarcity
from pedigree.api.stores import Db, opened
from pedigree.reference.sectors import find_sector
from pedigree.store import Store
from pedigree.store.lookup import find_entity


def _stored_talent(store, as_of: date | None) -> _scarcity.Talent | None:
    """The talent tables derived from everything known, when that is what is asked (None: the
    analytics compute them at `as_of`); on Spark, those the export holds."""
    if as_of is not None:
        return None
    if isinstance(store, Store):
        return _scarcity.stored_talent(store)
    return _scarcity.exported_talent(store)


def scarcity(
    db: Db,
    *,
    domain: str | None = None,
    require: Iterable[str] = _scarcity.REQUIREMENTS,
    min_team: int = _scarcity.DEFAULT_MIN_TEAM,
    min_gpus: float | None = None,
    lineage: str | None = None,
    as_of: date | None = None,
    top: int | None = None,
    engine: str = "duckdb",
) -> _scarcity.Scarcity:
    """Who has research credentials and/or delivery experience (`require`), optionally in a
    domain (any sector label or alias) and a lineage (an organisation they were at): the count
    and the `top` people (all when None) ranked by founder scores, each with the evidence."""
    sector = find_sector(domain) if domain else None
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, lineage, "organization") if lineage else None
        criteria = _scarcity.Criteria(
            require=tuple(require),
            min_team=min_team,
            min_gpus=min_gpus,
            domain=sector,
            lineage=org_id,
        )
        talent = _stored_talent(store, as_of)
        return _scarcity.scarcity(store.views(as_of), criteria, top=top, talent=talent)


def score(
    db: Db, name: str, *, as_of: date | None = None, engine: str = "duckdb"
) -> _founder_score.FounderScore:
    """A person's research-depth and delivery-experience scores, each with the facts, weights
    and sources that make it up."""
    with opened(db, engine=engine) as store:
        person_id = find_entity(store.con, name, "person")
        talent = _stored_talent(store, as_of)
        facts = talent.facts if talent is not None else None
        return _founder_score.founder_score(store.views(as_of), person_id, facts)
