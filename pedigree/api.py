"""The Python API: what the CLI does, as calls returning objects and DataFrames.

Every function takes `db`: a path to the store file, None for the default ($PEDIGREE_DB or
./pedigree.duckdb), or an open `Store` (kept open, for notebooks and tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib.resources import files
from pathlib import Path

import pandas as pd

from pedigree.analytics import academies as _academies
from pedigree.analytics import lineage as _lineage
from pedigree.analytics import profiles
from pedigree.errors import PedigreeError
from pedigree.ingest.articles import IngestReport, ReadFile, ingest_files, read_file
from pedigree.ingest.load import LoadReport, load_tables
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.resolve import judgements, resolver
from pedigree.resolve.judgements import Judgement
from pedigree.resolve.resolver import Explanation, ResolveReport
from pedigree.store import Store, resolve_path
from pedigree.store.lookup import find_entity, find_judged
from pedigree.store.views import refresh

Db = str | Path | Store | None


def store_path(db: Db) -> Path:
    return db.path if isinstance(db, Store) else resolve_path(db)


@contextmanager
def opened(db: Db, *, create: bool = False) -> Iterator[Store]:
    """The store `db` names, opened for the duration (an open Store is passed through)."""
    if isinstance(db, Store):
        yield db
        return
    store = Store.open(db, create=create)
    try:
        yield store
    finally:
        store.close()


def demo_data() -> Path:
    """The bundled curated data set (the import format, every row citing a source)."""
    return Path(str(files("pedigree.data").joinpath("demo")))


def load(db: Db, paths: Iterable[str | Path], **options) -> LoadReport:
    """Import table files; see `pedigree.ingest.load.load_tables` for the options."""
    with opened(db, create=True) as store:
        return load_tables(store, paths, **options)


def load_demo(db: Db) -> LoadReport:
    return load(db, [demo_data()])


def extract(
    paths: Iterable[str | Path], *, on_file: Callable[[Path], None] | None = None, **options
) -> list[ReadFile]:
    """Facts in articles and bios, not stored; options as `pedigree.ingest.articles.read_file`
    (lang, title, publisher, published, url)."""
    read = []
    for path in paths:
        read.append(read_file(path, **options))
        if on_file:
            on_file(Path(path))
    return read


def ingest(db: Db, paths: Iterable[str | Path], **options) -> IngestReport:
    """Extract facts from articles and bios and store them as statements of each file's source;
    see `pedigree.ingest.articles.ingest_files` for the options."""
    with opened(db, create=True) as store:
        return ingest_files(store, paths, **options)


def judge(db: Db, first: str, second: str, verdict: str) -> Judgement:
    """Record a person's judgement that two entities (names or ids) are the same or different,
    and derive the canonical ids again; statements are never changed."""
    with opened(db) as store:
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


def undo(db: Db) -> Judgement:
    """Withdraw the latest judgement a person made; the canonical ids are derived again, so
    everything is as it was before that judgement."""
    with opened(db) as store:
        with store.transaction():
            judgement = judgements.undo_last(store)
            refresh(store)
        return judgement


def resolve(db: Db) -> ResolveReport:
    """Run the match models: confident matches become the matcher's judgements, uncertain ones
    are returned for review (`report.review`)."""
    with opened(db) as store:
        return resolver.resolve(store)


def review_queue(db: Db) -> pd.DataFrame:
    """The pairs waiting for a person's judgement, from the last `resolve`."""
    with opened(db) as store:
        return resolver.review_queue(store)


def why(db: Db, first: str, second: str) -> Explanation:
    """How the match model scores two entities: each comparison's level and weight."""
    with opened(db) as store:
        return resolver.why(store, first, second)


def lineage(
    db: Db,
    org: str,
    *,
    depth: int = 3,
    as_of: date | None = None,
    sector: str | None = None,
    education: bool = False,
) -> _lineage.Lineage:
    kinds = LINEAGE_TIE_KINDS + (("education",) if education else ())
    with opened(db) as store:
        org_id = find_entity(store.con, org, "organization")
        return _lineage.lineage(
            store.views(as_of), org_id, depth=depth, sector=sector, tie_kinds=kinds
        )


def academies(
    db: Db, *, depth: int = 1, top: int | None = 20, as_of: date | None = None
) -> pd.DataFrame:
    with opened(db) as store:
        return _academies.academies(store.views(as_of), depth=depth, top=top)


def person(db: Db, name: str, *, as_of: date | None = None) -> profiles.Profile:
    with opened(db) as store:
        return profiles.person_profile(store.views(as_of), find_entity(store.con, name, "person"))


def org(db: Db, name: str, *, as_of: date | None = None) -> profiles.Profile:
    with opened(db) as store:
        org_id = find_entity(store.con, name, "organization")
        return profiles.org_profile(store.views(as_of), org_id)


def info(db: Db) -> dict:
    with opened(db) as store:
        return {
            "path": str(store.path.resolve()) if store.path else ":memory:",
            "schema_version": store.schema_version,
            "counts": store.counts(),
        }
