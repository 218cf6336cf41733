"""The Python API: what the CLI does, as calls returning objects and DataFrames.

Every function takes `db`: a path to the store file, None for the default ($PEDIGREE_DB or
./pedigree.duckdb), or an open `Store` (kept open, for notebooks and tests). The analytics also
take `engine`: "duckdb" (the default), or "spark" to run the same expressions on Spark over a
Parquet export — `db` is then the export's folder, or a store that is exported for the call
(`pedigree.store.spark`); a `SparkSource` as `db` means Spark too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TextIO

import pandas as pd

from pedigree.analytics import academies as _academies
from pedigree.analytics import backtest as _backtest
from pedigree.analytics import changes as _changes
from pedigree.analytics import financials as _financials
from pedigree.analytics import founder_score as _founder_score
from pedigree.analytics import halo as _halo
from pedigree.analytics import halo_company as _halo_company
from pedigree.analytics import landscape as _landscape
from pedigree.analytics import lineage as _lineage
from pedigree.analytics import profiles
from pedigree.analytics import scarcity as _scarcity
from pedigree.analytics import source_facts as _source_facts
from pedigree.analytics import timeline as _timeline
from pedigree.analytics.frames import cited_sources, entity_names
from pedigree.errors import NotFound, PedigreeError, option
from pedigree.ingest.load import DEFAULT_REJECTS, LoadReport, load_tables
from pedigree.lazy import lazy
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.output_paths import writable, write_failed
from pedigree.reference.sectors import find_sector
from pedigree.report import financial_text, halo_text, landscape_chart
from pedigree.report import html as _html
from pedigree.store import Store, resolve_path
from pedigree.store.lookup import find_entity, find_judged, find_judged_ids
from pedigree.store.parquet import Export
from pedigree.store.spark import SparkSource, SparkUnsupported
from pedigree.store.views import refresh

# Modules only some calls need load on first use (see pedigree.lazy).
_articles = lazy("pedigree.ingest.articles")
_ftm = lazy("pedigree.export.ftm")
_search = lazy("pedigree.analytics.search")
_unicorns = lazy("pedigree.ingest.unicorns")
judgements = lazy("pedigree.resolve.judgements")
resolver = lazy("pedigree.resolve.resolver")

Db = str | Path | Store | SparkSource | None


def store_path(db: Db) -> Path:
    if isinstance(db, SparkSource):
        return resolve_path(db.path)
    return db.path if isinstance(db, Store) else resolve_path(db)


@contextmanager
def opened(
    db: Db, *, write: bool = False, create: bool = False, engine: str | None = None
) -> Iterator[Store]:
    """The store `db` names, opened for the duration (an open Store is passed through): for
    reading, shared with other readers, unless `write` (or `create`: a new store when there is
    none). Either waits while another process writes (see `pedigree.store.locking`).

    Functions that run on Spark pass `engine`; with "spark" (or a SparkSource `db`) they get a
    `SparkStore` over a Parquet export, which reads like a Store (`pedigree.store.spark`)."""
    if engine == "spark" or isinstance(db, SparkSource):
        if engine is None or write or create:
            raise SparkUnsupported(
                "this works on the DuckDB store only; Spark runs the analytics over an export"
            )
        from pedigree.store.spark import open_spark

        with open_spark(db) as store:
            yield store
        return
    if engine not in (None, "duckdb"):
        raise PedigreeError(f"engine {engine!r}: choose duckdb or spark")
    if isinstance(db, Store):
        yield db
        return
    with Store.open(db, create=create, read_only=not (write or create)) as store:
        yield store


def demo_data() -> Path:
    """The bundled curated data set (the import format, every row citing a source)."""
    return Path(str(files("pedigree.data").joinpath("demo")))


def example_data() -> Path:
    """The bundled example files of the README's tour (invented: an article, a bio list,
    import tables, a unicorn list)."""
    return Path(str(files("pedigree.data").joinpath("examples")))


def copy_examples(target: str | Path, *, force: bool = False) -> list[tuple[Path, str]]:
    """Copy the example files into the folder `target` (made if its parent exists): each file
    with what happened — "written", "unchanged" (the same file is there), or "kept" (a
    different file is there; `force` overwrites it)."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise PedigreeError(f"{str(target)!r} is a file; give a folder for the examples")
    if not target.exists():
        writable(target, "examples")  # the parent folder must exist and be writable
    done = []
    source = example_data()
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        to = target / path.relative_to(source)
        data = path.read_bytes()
        if to.exists() and to.read_bytes() == data:
            done.append((to, "unchanged"))
            continue
        if to.exists() and not force:
            done.append((to, "kept"))
            continue
        try:
            to.parent.mkdir(parents=True, exist_ok=True)
            to.write_bytes(data)
        except OSError as error:
            raise write_failed(to, "examples", error) from None
        done.append((to, "written"))
    return done


def load(db: Db, paths: Iterable[str | Path], **options) -> LoadReport:
    """Import table files; see `pedigree.ingest.load.load_tables` for the options."""
    if options.get("skip_bad"):  # before the store is even opened
        writable(options.get("rejects_path", DEFAULT_REJECTS), option("rejects_path"))
    with opened(db, create=True) as store:
        return load_tables(store, paths, **options)


def load_demo(db: Db) -> LoadReport:
    return load(db, [demo_data()])


def extract(
    paths: Iterable[str | Path],
    *,
    on_file: Callable[[Path], None] | None = None,
    on_progress: Callable[[Path, int, int], None] | None = None,
    **options,
) -> list[_articles.ReadFile]:
    """Facts in articles and bios, not stored; options as `pedigree.ingest.articles.read_file`
    (lang, title, publisher, published, url). `on_progress` hears (file, characters read,
    characters in all) as a long file is read."""
    read = []
    for path in paths:
        progress = _articles.per_file(on_progress, Path(path))
        read.extend(_articles.read_articles(path, on_progress=progress, **options))
        if on_file:
            on_file(Path(path))
    return read


def ingest(db: Db, paths: Iterable[str | Path], **options) -> _articles.IngestReport:
    """Extract facts from articles and bios and store them as statements of each file's source;
    see `pedigree.ingest.articles.read_files` for the options, and `progress` (a Rich Progress)
    for storing. The files are read before the store is opened: a long file takes minutes, and
    other commands need not wait for it."""
    progress = options.pop("progress", None)
    read = _articles.read_files(paths, **options)
    with opened(db, create=True) as store:
        return _articles.store_files(store, read, progress=progress)


def judge(db: Db, first: str, second: str, verdict: str) -> judgements.Judgement:
    """Record a person's judgement that two entities (names or ids) are the same or different,
    and derive the canonical ids again; statements are never changed."""
    with opened(db, write=True) as store:
        first_type, first_id = find_judged(store.con, first)
        second_type, second_id = find_judged(store.con, second)
        if first_type != second_type:
            raise PedigreeError(
                f"{first!r} is a {first_type} and {second!r} a {second_type}: "
                "only entities of one type can be the same"
            )
        with store.transaction():
            judgement = judgements.record(store, first_type, first_id, second_id, verdict)
            refresh(store)
        return judgement


def undo(db: Db, *, run: bool = False) -> judgements.Undone:
    """Withdraw the latest thing done — a person's judgement, or a whole `resolve` run (with
    `run`: the latest run, whatever people judged since); the canonical ids are derived again,
    so everything is as it was before it."""
    with opened(db, write=True) as store:
        with store.transaction():
            undone = judgements.undo_last(store, run=run)
            refresh(store)
        return undone


def judgement_list(
    db: Db,
    *,
    name: str | None = None,
    judged_by: str | None = None,
    run_id: int | None = None,
    entity_type: str | None = None,
    verdict: str | None = None,
    include_undone: bool = False,
    limit: int | None = None,
) -> pd.DataFrame:
    """The matcher's and people's judgements, latest first (see `judgements.listing`);
    `name` keeps those about any stored id with that name or in its merged entity."""
    with opened(db) as store:
        ids = None if name is None else find_judged_ids(store.con, name)
        return judgements.listing(
            store.con,
            judged_by=judged_by,
            run_id=run_id,
            entity_type=entity_type,
            verdict=verdict,
            ids=ids,
            include_undone=include_undone,
            limit=limit,
        )


def resolve(db: Db, *, progress: Callable[[str], None] | None = None) -> resolver.ResolveReport:
    """Run the match models: confident matches become the matcher's judgements, uncertain ones
    are returned for review (`report.review`). `progress` hears each step as it starts."""
    with opened(db, write=True) as store:
        return resolver.resolve(store, progress)


def review_queue(db: Db) -> pd.DataFrame:
    """The pairs waiting for a person's judgement, from the last `resolve`."""
    with opened(db) as store:
        return resolver.review_queue(store)


def why(db: Db, first: str, second: str) -> resolver.Explanation:
    """How the match model scores two entities: each comparison's level and weight."""
    with opened(db) as store:
        return resolver.why(store, first, second)


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
        return profiles.org_profile(store.views(as_of), org_id, tree)


def migrate(db: Db) -> dict:
    """Upgrade a store written by an older pedigree and derive its tables again, so that read
    commands, which open it read-only and never write, can read it."""
    with opened(db, write=True) as store:
        found, now = store.migrate()
        path = str(store.path.resolve()) if store.path else ":memory:"
        return {"path": path, "from_version": found, "version": now}


def info(db: Db, *, engine: str = "duckdb") -> dict:
    with opened(db, engine=engine) as store:
        return {
            "path": str(store.path.resolve()) if store.path else ":memory:",
            "schema_version": store.schema_version,
            "counts": store.counts(),
        }


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
        return _timeline.timeline(store.views(as_of), kind, entity_id, limit)


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
        return _backtest.backtest(
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


def load_unicorns(
    db: Db, path: str | Path, *, published: str | None = None
) -> _unicorns.UnicornReport:
    """Import a unicorn list (unicorn_companies.csv shape) as one source published on
    `published` (YYYY, YYYY-MM or YYYY-MM-DD; default: its newest Date Joined); stored
    organisations of the same name keep their ids."""
    with opened(db, create=True) as store:
        return _unicorns.load_unicorns(store, path, published=published)


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
            raise PedigreeError(result.empty_reason())
        try:
            landscape_chart.save(result, out, title=title, scale=scale)
        except OSError as error:
            raise write_failed(out, option("out"), error) from None
    return result


def _stored_talent(store, as_of: date | None) -> _scarcity.Talent | None:
    """The talent tables derived from everything known, when that is what is asked (None: the
    analytics compute them at `as_of`); on Spark, those the export holds."""
    if as_of is not None:
        return None
    if isinstance(store, Store):
        return _scarcity.stored_talent(store)
    return _scarcity.exported_talent(store)


def export_parquet(db: Db, directory: str | Path, *, overwrite: bool = False) -> Export:
    """Every table of the store as Parquet in `directory`, with a manifest.json (schema version,
    row counts, export time); atomic, and a non-empty `directory` is refused unless
    `overwrite` (`pedigree.store.parquet`, docs/formats.md)."""
    from pedigree.store.parquet import export_parquet as _export

    with opened(db) as store:
        return _export(store, directory, overwrite=overwrite)


def export_ftm(db: Db, path: str | Path | TextIO) -> _ftm.FtmReport:
    """The graph as FollowTheMoney entities, JSON Lines at `path` or into an open text stream
    (`pedigree.export.ftm` says which schemata and what provenance); needs the followthemoney
    package (pedigree[ftm])."""
    if not hasattr(path, "write"):
        writable(path, option("path"))  # before the store is read
    _ftm.model()  # a missing package is said before any work
    with opened(db) as store:
        if hasattr(path, "write"):  # a stream: its errors (a closed pipe) are the caller's
            return _ftm.write_ftm(store, path)
        try:
            return _ftm.write_ftm(store, path)
        except OSError as error:
            raise write_failed(path, option("path"), error) from None


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


def halo(db: Db, *, as_of: date | None = None, engine: str = "duckdb") -> _halo.HaloModel:
    """The halo model: log valuation on fundamentals plus lineage indicators, fitted on the
    companies with a valuation known at `as_of`; per-lineage premiums with 95% intervals, or
    "not enough data" (see docs/halo.md)."""
    with opened(db, engine=engine) as store:
        return _halo.market(store.views(as_of))


def halo_company(
    db: Db, org: str, *, as_of: date | None = None, engine: str = "duckdb"
) -> _halo_company.CompanyHalo:
    """One company's valuation against its fundamentals-only estimate, its peers and its
    lineages, with flags and every input's source."""
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, org, "organization")
        views = store.views(as_of)
        return halo_text.described(views, _halo_company.company(views, org_id))


def report(
    db: Db,
    org: str,
    *,
    out: str | Path | None = None,
    as_of: date | None = None,
    lang: str = "zh",
    depth: int = 3,
    top: int = 20,
    charts: int = _html.CHARTS,
    engine: str = "duckdb",
) -> _html.Report:
    """One self-contained HTML file on an organisation's lineage: tree, academies, landscape,
    scarce talent, financial charts and every source cited (`pedigree.report.html`); written to
    `out` when given, always returned as `.html`."""
    if out is not None and Path(out).suffix.lower() not in (".html", ".htm"):
        raise PedigreeError(f"{option('out')} {str(out)!r}: the report is an .html file")
    if out is not None:
        writable(out, option("out"))
    with opened(db, engine=engine) as store:
        org_id = find_entity(store.con, org, "organization")
        talent = _stored_talent(store, as_of)
        result = _html.build(
            store.views(as_of),
            org_id,
            lang=lang,
            depth=depth,
            top=top,
            charts=charts,
            talent=talent,
        )
    if out is not None:
        try:
            Path(out).write_text(result.html, encoding="utf-8")
        except OSError as error:
            raise write_failed(out, option("out"), error) from None
    return result


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
        return _source_facts.source_facts(store.views(as_of), source_id, limit)


def changes(
    db: Db, lineage: str, *, since: date, as_of: date | None = None, depth: int = 3
) -> _changes.Changes:
    """What is new in a lineage since `since`: spin-outs, rounds, figures and departures whose
    source was published after that day (and by `as_of`)."""
    with opened(db) as store:
        root_id = _find_lineage(store, lineage)
        return _changes.changes(store, root_id, since, as_of=as_of, depth=depth)
