"""The halo model: lineage premiums, and one company against its fundamentals."""

from __future__ import annotations

from datetime import date

from pedigree.analytics import halo as _halo
from pedigree.analytics import halo_company as _halo_company
from pedigree.api.stores import Db, opened
from pedigree.report import halo_text
from pedigree.store.lookup import find_entity


def halo(db: Db, *, as_of: date | None = None, engine: str = "duckdb") -> _halo.HaloModel:
    """The halo model: log valuation on fundamentals plus lineage indicators, fitted on the
    companies with a valuation known at `as_of`; per-lineage premiums with 95% intervals, or
    "not enough data" (see docs/halo.md)."""
    with opened(db, engine=engine) as store:
        return halo_text.with_text(_halo.market(store.views(as_of)))


def halo_company(
    db: Db, org: str, *, as_of: date | None = None, engine: str = "duckdb"
) -> _halo_company.CompanyHalo:
    """One company's valuation against its fundamentals-only estimate, its peers and its
    lineages, with flags and every input's source."""
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, org, "organization")
        views = store.views(as_of)
        return halo_text.described(views, _halo_company.company(views, org_id))
