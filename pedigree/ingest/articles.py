"""`pedigree extract` and `pedigree ingest`: facts read from articles and bios, shown or stored.

Storing goes through the table importer (`pedigree.ingest.load`): the facts become rows of the
import tables, written to a scratch folder and loaded in one transaction. So text facts get the
same checks, content-hash ids (ingesting a file twice adds nothing) and derived-table refresh as
any table, and there is one place where statements are written.

Entity ids. An organisation or product is the same entity wherever its canonical name appears:
an existing entity with that name (or alias) is reused, else the id is `org:NAME`. People are
not merged on a name alone (two 李睿 are usually two people): a person is reused only when the
store has exactly one curated person (loaded from tables) of that name; otherwise each source
gets its own `person:NAME@SOURCE`. Entity resolution across sources is a separate step.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pedigree.errors import PedigreeError
from pedigree.ingest.load import LoadReport, Progress
from pedigree.ingest.rows import load_rows
from pedigree.ingest.text.documents import Document, articles, read_document
from pedigree.ingest.text.extract import extract, stated_publication, unread
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.kinds import BY_FACT, IMPORT_TABLES, FactRow, Kind
from pedigree.model import ORG_KINDS, PartialDate, format_partial_date
from pedigree.store.lookup import stored_ids

PERSON_PREFIX = "person:"


@dataclass
class ReadFile:
    """One file, read: its document, the source it will be registered as, and its facts."""

    document: Document
    source: dict[str, str | None]
    facts: list[Fact]
    unread: list[str] = field(default_factory=list)  # what was seen but yielded no fact


@dataclass
class IngestReport:
    files: list[ReadFile] = field(default_factory=list)
    load: LoadReport | None = None

    @property
    def facts(self) -> int:
        return sum(len(f.facts) for f in self.files)

    @property
    def added(self) -> int:
        return self.load.added if self.load else 0


def read_file(
    path: str | Path,
    *,
    lang: str = "auto",
    title: str | None = None,
    publisher: str | None = None,
    published: PartialDate | None = None,
    url: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ReadFile:
    """Read one file, whole, and extract its facts. The publication date is `published`, else
    the page's metadata, else a date the text states near its top. `on_progress` hears
    (characters read, characters in all) as a long text is read."""
    return _read(read_document(path), lang, title, publisher, published, url, on_progress)


def read_articles(
    path: str | Path,
    *,
    lang: str = "auto",
    title: str | None = None,
    publisher: str | None = None,
    published: PartialDate | None = None,
    url: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[ReadFile]:
    """Read one file as the articles it holds (`pedigree.ingest.text.boundaries`): each with
    its own source, publication date and title, so that articles concatenated into one file are
    read as they were published. Options as `read_file`; a URL gets `#article-N`."""
    document = read_document(path)
    parts = articles(document)
    if len(parts) == 1:
        return [_read(document, lang, title, publisher, published, url, on_progress)]
    base = url or str(Path(path).resolve().as_uri())
    read, offset = [], 0
    for part in parts:
        shifted = _shifted(on_progress, offset, len(document.text))
        link = f"{base}#article-{part.part[0]}"
        read.append(_read(part, lang, title, publisher, published, link, shifted))
        offset += len(part.text)
    return read


def _shifted(on_progress, offset: int, total: int) -> Callable[[int, int], None] | None:
    """Progress through one article, told as progress through the whole file."""
    if on_progress is None:
        return None
    return lambda done, _: on_progress(offset + done, total)


def _read(
    document: Document,
    lang: str,
    title: str | None,
    publisher: str | None,
    published: PartialDate | None,
    url: str | None,
    on_progress: Callable[[int, int], None] | None,
) -> ReadFile:
    stated = document.published or stated_publication(document.text)
    when = published or (PartialDate(stated, "day") if stated else None)
    facts = extract(
        document.text,
        lang=lang,
        published=when.start if when else None,
        on_progress=on_progress,
    )
    digest = hashlib.sha1(document.text.encode("utf-8")).hexdigest()[:16]
    source = {
        "id": f"doc:{digest}",
        "title": title or document.title or _first_line(document.text),
        "publisher": publisher,
        "published": str(when) if when else None,
        "url": url or str(document.path.resolve().as_uri()),
    }
    return ReadFile(document, source, facts, unread(document.text, facts))


def _first_line(text: str) -> str:
    for line in text.splitlines():
        cleaned = line.strip(" #*\t")
        if cleaned:
            return cleaned[:120]
    return ""


def ingest_files(
    store,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    **options,
) -> IngestReport:
    """Extract facts from every file and store them, all files in one transaction; options as
    `read_files`."""
    return store_files(store, read_files(paths, **options), progress=progress)


def read_files(
    paths: Iterable[str | Path],
    *,
    lang: str = "auto",
    title: str | None = None,
    publisher: str | None = None,
    published: PartialDate | None = None,
    url: str | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_progress: Callable[[Path, int, int], None] | None = None,
) -> list[ReadFile]:
    """The articles in every file, read and not stored: reading a long file takes minutes, and
    the store need not be held meanwhile. `on_progress` hears (file, characters read, characters
    in all) as a long file is read."""
    read: list[ReadFile] = []
    for path in paths:
        read.extend(
            read_articles(
                path,
                lang=lang,
                title=title,
                publisher=publisher,
                published=published,
                url=url,
                on_progress=per_file(on_progress, Path(path)),
            )
        )
        if on_file:
            on_file(Path(path))
    return read


def store_files(store, read: list[ReadFile], *, progress: Progress | None = None) -> IngestReport:
    """Store what `read_files` read, as statements of each article's source, in one
    transaction."""
    report = IngestReport(files=read)
    _check_sources(store, report.files)
    tables = fact_tables(report.files, _existing_ids(store, report.files))
    files = {file.source["id"]: str(file.document.path) for file in report.files}

    def origin(table: str, row: dict) -> str:
        """The file a row was read from (its source's), for error messages."""
        source_id = row.get("id") if table == "sources" else row.get("source_id")
        return files.get(source_id, str(source_id))

    report.load = load_rows(store, tables, origin=origin, progress=progress)
    return report


def per_file(
    on_progress: Callable[[Path, int, int], None] | None, path: Path
) -> Callable[[int, int], None] | None:
    """A progress callback over many files, bound to one of them."""
    if on_progress is None:
        return None
    return lambda done, total: on_progress(path, done, total)


SOURCE_DETAILS = ("title", "publisher", "published", "url")


def _check_sources(store, files: list[ReadFile]) -> None:
    """A file whose text is stored already (same content, same source id) with other details —
    say, another `--published` — is an error that names the file and what differs: a source is
    immutable once stored (docs/model.md), and its id comes from the text alone. So is the same
    text twice in one run under two file names (their URLs differ)."""
    first: dict[str, ReadFile] = {}
    for read in files:
        earlier = first.setdefault(read.source["id"], read)
        if earlier is not read and earlier.source != read.source:
            raise PedigreeError(
                f"{read.document.path}: the same text as {earlier.document.path} (one source, "
                f"{read.source['id']}) with other details; ingest one of the two"
            )
    ids = [read.source["id"] for read in files]
    rows = store.con.execute(
        "SELECT id, title, publisher, published, published_precision, url FROM sources "
        "WHERE id IN (SELECT unnest($ids))",
        {"ids": ids},
    ).fetchall()
    stored = {
        source_id: {
            "title": title,
            "publisher": publisher,
            "published": format_partial_date(day, precision) or None,
            "url": url,
        }
        for source_id, title, publisher, day, precision, url in rows
    }
    for read in files:
        before = stored.get(read.source["id"])
        if before is None:
            continue
        changed = [
            f"{name} {before[name] or '(none)'!s} → {read.source.get(name) or '(none)'!s}"
            for name in SOURCE_DETAILS
            if (before[name] or None) != (read.source.get(name) or None)
        ]
        if changed:
            raise PedigreeError(
                f"{read.document.path}: this text is stored already as {read.source['id']} "
                f"with other details ({'; '.join(changed)}); a stored source is never changed — "
                "ingest it with the same details"
            )


# --- facts → import-table rows ------------------------------------------------------------


_ENTITY_FIELDS = {"person": "person", "org": "organization", "investor": "organization"}


def _existing_ids(store, files: list[ReadFile]) -> dict[tuple[str, str], str]:
    """(entity type, canonical name) → the id of the one stored entity by that name."""
    wanted: set[tuple[str, str]] = set()
    for read in files:
        for fact in read.facts:
            for name_field, entity_type in _ENTITY_FIELDS.items():
                if fact.fields.get(name_field):
                    wanted.add((entity_type, fact.fields[name_field]))
            if fact.kind == "education":
                wanted.add(("organization", fact.fields["org"]))
    if not wanted:
        return {}
    existing = {}
    for (entity_type, name), ids in stored_ids(store.con, sorted(wanted)).items():
        if entity_type == "person":
            ids = [i for i in ids if not i.startswith(PERSON_PREFIX)]
        if len(ids) == 1:
            existing[(entity_type, name)] = ids[0]
    return existing


class _Rows:
    """The import tables being filled, with one row per entity."""

    def __init__(self, existing: dict[tuple[str, str], str]):
        self.existing = existing
        self.tables: dict[str, list[dict]] = {name: [] for name in IMPORT_TABLES}
        self._entities: dict[tuple[str, str], dict] = {}

    def entity(self, table: str, entity_id: str, row: dict) -> str:
        """Register an entity row once (later calls fill in what earlier ones lacked)."""
        kept = self._entities.get((table, entity_id))
        if kept is None:
            kept = {"id": entity_id, **row}
            self._entities[(table, entity_id)] = kept
            self.tables[table].append(kept)
        else:
            for column, value in row.items():
                if value and not kept.get(column):
                    kept[column] = value
                elif column == "aliases" and value:
                    kept[column] = "|".join(dict.fromkeys(kept[column].split("|") + [value]))
        return entity_id

    def org(self, name: str, fact: Fact, source_id: str, **row) -> str:
        entity_id = self.existing.get(("organization", name)) or f"org:{name}"
        alias = fact.aliases.get(name)
        known = known_organization(name)
        if known is not None:
            # The alias table knows 中国科学院 is a lab, not a school; its finer kinds (hospital,
            # school) are the reader's, and the store files them under `other`.
            row["kind"] = known.kind if known.kind in ORG_KINDS else "other"
        return self.entity(
            "organizations",
            entity_id,
            {"name": name, "aliases": alias or "", "source_id": source_id, **row},
        )

    def person(self, name: str, fact: Fact, source_id: str) -> str:
        entity_id = self.existing.get(("person", name)) or f"{PERSON_PREFIX}{name}@{source_id}"
        alias = fact.aliases.get(name)
        return self.entity(
            "people", entity_id, {"name": name, "aliases": alias or "", "source_id": source_id}
        )

    def product(self, name: str, org_id: str | None, source_id: str, launched=None) -> str:
        owner = org_id.removeprefix("org:") if org_id else ""
        entity_id = f"product:{owner}/{name}" if owner else f"product:{name}"
        return self.entity(
            "products",
            entity_id,
            {"name": name, "org_id": org_id or "", "launched": launched, "source_id": source_id},
        )


def fact_tables(files: list[ReadFile], existing: dict[tuple[str, str], str]) -> dict:
    """Import-table rows (table name → rows) for the facts of `files`."""
    rows = _Rows(existing)
    for read in files:
        rows.tables["sources"].append(read.source)
        products = {f.fields["product"]: f for f in read.facts if f.kind == "product"}
        for fact in read.facts:
            _add_fact(rows, fact, read.source, products)
    return rows.tables


def _add_fact(rows: _Rows, fact: Fact, source: dict, products: dict[str, Fact]) -> None:
    """The rows a fact makes: the entities it names and, for a fact stored as a kind of tie
    (`pedigree.kinds`, each kind's `facts`), one row of that kind's input table."""
    source_id, f = source["id"], fact.fields
    investors = f.get("investors") or ([f["investor"]] if f.get("investor") else [])
    entry = BY_FACT.get(fact.kind)
    if entry is not None:
        how = entry.facts[fact.kind]
        row = _tie_row(rows, fact, entry, how, source_id, products)
        # A fund named in a round is an investor, whichever fact names it.
        for investor in investors:
            rows.org(investor, fact, source_id, kind="investor")
        for column in how.dated_by_source:
            row[column] = row.get(column) or source.get("published")
        rows.tables[entry.name].append(row)
    elif fact.kind == "product":
        org = rows.org(f["org"], fact, source_id) if f.get("org") else None
        rows.product(f["product"], org, source_id, f.get("launched"))
    elif fact.kind == "sector":
        rows.org(f["org"], fact, source_id, sector=f["sector"])


# Extracted facts that are entities' properties, not ties: handled by `_add_fact` itself.
ENTITY_FACTS = ("product", "sector")


def _tie_row(
    rows: _Rows, fact: Fact, entry: Kind, how: FactRow, source_id: str, products: dict[str, Fact]
) -> dict:
    row: dict = dict(how.fixed)
    for column, name in how.fields.items():
        value = fact.fields.get(name)
        entity_type = entry.ids.get(column)
        if entity_type is not None and value:
            value = _entity(rows, entity_type, value, fact, how, source_id, products)
        elif isinstance(value, list):
            value = "|".join(value)
        elif isinstance(value, bool):
            value = str(value).lower()
        row[column] = value
    return row | {
        "source_id": source_id,
        "quote": fact.quote,
        "span_start": fact.start,
        "span_end": fact.end,
        "confidence": fact.confidence,
    }


def _entity(
    rows: _Rows,
    entity_type: str,
    name: str,
    fact: Fact,
    how: FactRow,
    source_id: str,
    products: dict[str, Fact],
) -> str:
    """The id of the entity a fact names, registered with its row."""
    if entity_type == "person":
        return rows.person(name, fact, source_id)
    if entity_type == "organization":
        return rows.org(name, fact, source_id, kind=how.org_kind)
    # A product's maker is the organisation the article's product fact names, if any.
    made = products.get(name)
    maker = made.fields.get("org") if made else None
    org = rows.org(maker, made, source_id) if made and maker else None
    return rows.product(name, org, source_id)
