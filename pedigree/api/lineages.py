"""Lineages: spin-out trees, founder academies, the landscape, what changed, cohort backtests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from pedigree.analytics import academies as _academies
from pedigree.analytics import lineage as _lineage
from pedigree.api.stores import Db, opened
from pedigree.errors import NotFound, PedigreeError, option
from pedigree.lazy import lazy
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.output_paths import writable, write_failed
from pedigree.reference.sectors import find_sector
from pedigree.store import Store
from pedigree.store.lookup import find_entity

# What only the landscape, changes and backtest calls need loads when they are called, so a
# lineage or academies question (`pedigree lineage 商汤`) does not pay for it (see pedigree.lazy).
_backtest = lazy("pedigree.analytics.backtest")
_changes = lazy("pedigree.analytics.changes")
_landscape = lazy("pedigree.analytics.landscape")
backtest_text = lazy("pedigree.report.backtest_text")
landscape_chart = lazy("pedigree.report.landscape_chart")
landscape_layout = lazy("pedigree.report.landscape_layout")


def lineage(
    db: Db,
    org: str,
    *,
    depth: int = 3,
    as_of: date | None = None,
    sector: str | None = None,
    education: bool = False,
    interns: bool = False,
    engine: str = "duckdb",
) -> _lineage.Lineage:
    """The spin-out tree of `org`. Founders count through the academies' alumni rule: as
    founders, employees or faculty there; `interns` counts internships and visiting posts too,
    `education` counts study (students)."""
    kinds = LINEAGE_TIE_KINDS + (("education",) if education else ())
    roles = _academies.academy_roles(interns=interns, students=education)
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, org, "organization")
        return _lineage.lineage(
            store.views(as_of), org_id, depth=depth, sector=sector, tie_kinds=kinds, roles=roles
        )


def academies(
    db: Db,
    *,
    depth: int = 1,
    top: int | None = 20,
    as_of: date | None = None,
    schools: bool = False,
    interns: bool = False,
    sector: str | None = None,
    country: str | None = None,
    engine: str = "duckdb",
) -> pd.DataFrame:
    """The founder-academies table. Alumni are founders, employees and faculty; `interns` counts
    internships and visiting posts too, `schools` counts study (so schools rank by their
    students' companies). Every row shows the faculty, interns, visitors and students columns.
    `sector` (any label or alias) and `country` (a code such as CN) filter the academies."""
    kinds = LINEAGE_TIE_KINDS + (("education",) if schools else ())
    roles = _academies.academy_roles(interns=interns, students=schools)
    with opened(db, engine=engine) as store:
        return _academies.academies(
            store.views(as_of),
            depth=depth,
            top=top,
            tie_kinds=kinds,
            roles=roles,
            sector=find_sector(sector) if sector else None,
            country=country,
        )


def landscape(
    db: Db,
    *,
    lineages: Iterable[str] = (),
    sectors: Iterable[str] = (),
    top: int = 8,
    colours: int = 6,
    as_of: date | None = None,
    lang: str = "zh",
    education: bool = False,
    out: str | Path | None = None,
    title: str | None = None,
    scale: str = "shared",
    engine: str = "duckdb",
) -> _landscape.Landscape:
    """Each sector's leading companies by latest valuation, coloured by founder lineage (the
    rules: `pedigree.analytics.landscape`, docs/landscape.md). `lineages` (names, ids or 商汤系)
    pick the coloured lineages; `out` (.png, .svg, .html) draws the map there, its bars on one
    scale shared by all panels (`scale="shared"`) or scaled per panel (`"panel"`)."""
    if out is not None:
        writable(landscape_chart.check_path(out), option("out"))
        landscape_chart.check_scale(scale)
    if lang not in _landscape.OTHER:
        raise PedigreeError(
            f"{option('lang')} {lang!r}: choose one of {', '.join(_landscape.OTHER)}"
        )
    if top < 1 or not 1 <= colours <= landscape_chart.MAX_COLOURS:
        raise PedigreeError(
            f"{option('top')} must be ≥ 1 and {option('colours')} 1–{landscape_chart.MAX_COLOURS}"
        )
    kinds = LINEAGE_TIE_KINDS + (("education",) if education else ())
    with opened(db, engine=engine) as store:
        lineage_ids = list(dict.fromkeys(_find_lineage(store, name) for name in lineages))
        if len(lineage_ids) > landscape_chart.MAX_COLOURS:
            raise PedigreeError(f"at most {landscape_chart.MAX_COLOURS} lineages can be coloured")
        sector_ids = list(dict.fromkeys(find_sector(text) for text in sectors)) or None
        result = _landscape.landscape(
            store.views(as_of),
            sector_ids=sector_ids,
            lineage_ids=lineage_ids or None,
            top=top,
            colours=colours,
            lang=lang,
            tie_kinds=kinds,
        )
    if out is not None:
        if result.empty:
            raise PedigreeError(landscape_layout.empty_reason(result))
        try:
            landscape_chart.save(result, out, title=title, scale=scale)
        except OSError as error:
            raise write_failed(out, option("out"), error) from None
    return result


def _find_lineage(store: Store, name: str) -> str:
    """The organisation a lineage is named after: 商汤, SenseTime, or 商汤系 itself."""
    try:
        return find_entity(store.con, name, "organization")
    except NotFound:
        stem = name.strip().removesuffix("系").removesuffix("係").strip()
        if not stem or stem == name.strip():
            raise
        try:
            return find_entity(store.con, stem, "organization")
        except NotFound:
            pass
        raise


def changes(
    db: Db, lineage: str, *, since: date, as_of: date | None = None, depth: int = 3
) -> _changes.Changes:
    """What is new in a lineage since `since`: spin-outs, rounds, figures and departures whose
    source was published after that day (and by `as_of`)."""
    with opened(db) as store:
        root_id = _find_lineage(store, lineage)
        return _changes.changes(store, root_id, since, as_of=as_of, depth=depth)


def backtest(
    db: Db,
    lineage: str,
    *,
    as_of: date,
    horizon: str = "12m",
    sector: str | None = None,
    rule: _backtest.MatchRule | None = None,
    vintage_window: int = 1,
    min_n: int = 5,
    leaky: bool = False,
    engine: str = "duckdb",
) -> _backtest.Backtest:
    """How many of a lineage's startups with a valuation known at `as_of` matched it by
    `as_of` + `horizon`, against a control cohort of the same sectors and vintages; only facts
    published by each day count (`leaky=True`: the hindsight variant, for comparison only)."""
    with opened(db, engine=engine) as store:
        lineage_id = find_entity(store.con, lineage, "organization")
        result = _backtest.backtest(
            store,
            lineage_id,
            as_of,
            horizon,
            sector=sector,
            rule=rule,
            vintage_window=vintage_window,
            min_n=min_n,
            leaky=leaky,
        )
        return backtest_text.with_text(result)
