"""Data in and out: the bundled data, imports, text extraction, the store's upkeep, exports."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from pedigree.api.stores import Db, opened
from pedigree.errors import PedigreeError, option
from pedigree.ingest.load import DEFAULT_REJECTS, LoadReport, load_tables
from pedigree.lazy import lazy
from pedigree.output_paths import writable, write_failed
from pedigree.store.parquet import Export

# Modules only some calls need load on first use (see pedigree.lazy).
_articles = lazy("pedigree.ingest.articles")
_ftm = lazy("pedigree.export.ftm")
_unicorns = lazy("pedigree.ingest.unicorns")


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


def load_unicorns(
    db: Db, path: str | Path, *, published: str | None = None
) -> _unicorns.UnicornReport:
    """Import a unicorn list (unicorn_companies.csv shape) as one source published on
    `published` (YYYY, YYYY-MM or YYYY-MM-DD; default: its newest Date Joined); stored
    organisations of the same name keep their ids."""
    with opened(db, create=True) as store:
        return _unicorns.load_unicorns(store, path, published=published)


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
