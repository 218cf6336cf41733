"""The graph as FollowTheMoney entities (JSON Lines), for Aleph, OpenSanctions tooling and the
rest of the FtM ecosystem.

What is exported, and as which schema (docs/export.md says why):

    sources                    Article; Document for a table file that was imported
                               (rows that name no source cite their file)
    people                     Person
    organisations              Company (companies, investors), PublicBody (government),
                               Organization (universities, labs, others)
    employment                 Employment        founder, advisor     UnknownLink (role)
    board seats                Directorship      education            Membership (role: degree)
    funding rounds             Event (involving the company and its investors), and an
                               Ownership for each investor the store knows, in a Company
    events (listings, …)       Event

Values are the ones the store shows (the documented rule in pedigree.store.views), after entity
resolution. Provenance is kept where FtM has room for it: every entity and tie has `proof`
pointing at the Article of each source that states it; a tie also carries the quote
(`summary`) and the id of the statement shown (`recordId`). Dates keep their precision (FtM
dates are prefixes: 2024, 2024-03). Products, product metrics, financial figures and
credentials have no FtM schema and are not exported (the report counts them).

Ids are derived from pedigree's ids (sha1 of a namespace and the id), so an export of the same
store is the same file, and a later export updates the same entities in Aleph.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

from pedigree.errors import PedigreeError
from pedigree.kinds import KINDS
from pedigree.names import name_key
from pedigree.store.views import Views, known_statements

NAMESPACE = "pedigree"
_ORG_SCHEMA = {"company": "Company", "investor": "Company", "government": "PublicBody"}
# stint kind → (schema, the person's property, the organisation's property, default role)
_STINT_SCHEMA = {
    "employment": ("Employment", "employee", "employer", None),
    "founder": ("UnknownLink", "subject", "object", "founder"),
    "advisor": ("UnknownLink", "subject", "object", "advisor"),
    "board": ("Directorship", "director", "organization", "board member"),
    "education": ("Membership", "member", "organization", "student"),
}
# The kinds of tie (pedigree.kinds) the export maps below; the others, and products, have no FtM
# schema and are counted as not exported — a kind registered later included.
EXPORTED_KINDS = ("stints", "rounds", "events")
NOT_EXPORTED = ("products", "product_metrics", "financials", "credentials")
NOT_EXPORTED += tuple(k.name for k in KINDS if k.name not in EXPORTED_KINDS + NOT_EXPORTED)


@dataclass
class FtmReport:
    """What an export wrote: entities per schema, and what FtM has no schema for."""

    path: Path
    schemata: Counter = field(default_factory=Counter)
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def entities(self) -> int:
        return sum(self.schemata.values())

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "entities": self.entities,
            "schemata": dict(sorted(self.schemata.items())),
            "not_exported": self.skipped,
        }


def model():
    """The FtM model; a one-line error when the optional package is missing."""
    try:
        from followthemoney import model as ftm_model
    except ImportError:
        raise PedigreeError(
            "FtM export needs the followthemoney package: pip install 'pedigree[ftm]'"
        ) from None
    return ftm_model


def ftm_id(kind: str, pedigree_id: str) -> str:
    """The FtM id of a pedigree id: FtM ids are ASCII, ours may be Chinese."""
    from followthemoney.util import make_entity_id

    return make_entity_id(NAMESPACE, kind, pedigree_id)


def write_ftm(store, path: str | Path | TextIO) -> FtmReport:
    """Write the store's graph to `path` as FtM JSON Lines; the file appears whole or not at
    all (written beside it, then renamed). An open text stream (standard output, for a pipe
    into `alephclient write-entities`) is written as the entities come."""
    if not isinstance(path, str | Path):
        report = FtmReport(Path("-"))
        _write(store, report, path)
        return report
    path = Path(path)
    report = FtmReport(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            _write(store, report, out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return report


def _write(store, report: FtmReport, out: TextIO) -> None:
    for entity in entities(store, report):
        out.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


def entities(store, report: FtmReport | None = None) -> Iterator:
    """Every FtM entity of the store, sources first, then parties, then ties between them."""
    ftm = model()
    report = report if report is not None else FtmReport(Path("-"))
    views = Views(store.backend)
    frames = {name: views.table(name).execute() for name in ("organizations", "people")}
    emitted: set[str] = set()

    def make(schema: str, kind: str, pedigree_id: str):
        entity = ftm.make_entity(schema)
        entity.id = ftm_id(kind, pedigree_id)
        return entity

    def done(entity):
        emitted.add(entity.id)
        report.schemata[entity.schema.name] += 1
        return entity

    # sources
    source_ids: dict[str, str] = {}
    for row in _rows(store.backend.table("sources").execute()):
        web = (row["url"] or "").startswith(("http://", "https://"))
        schema = "Document" if row["url"] and not web else "Article"
        entity = make(schema, "source", row["id"])
        entity.add("title", row["title"])
        entity.add("publisher", row["publisher"])
        entity.add("publishedAt", _partial(row["published"], row["published_precision"]))
        if web:
            entity.add("sourceUrl", row["url"])
        elif row["url"]:  # a table file that was imported: known by its name
            entity.add("fileName", Path(row["url"]).name)
        source_ids[row["id"]] = entity.id
        yield done(entity)

    proofs = _entity_proofs(store)

    def prove(entity, *sources: str | None) -> None:
        entity.add("proof", [source_ids[s] for s in sources if s in source_ids])

    # people and organisations
    party_ids: dict[str, str] = {}
    org_schemas: dict[str, str] = {}
    for row in _rows(frames["people"]):
        entity = make("Person", "person", row["id"])
        entity.add("name", row["name"] or row["id"])
        entity.add("alias", _others(row["aliases"], row["name"]))
        entity.add("keywords", row.get("domains"))
        prove(entity, *proofs.get(row["id"], ()))
        party_ids[row["id"]] = entity.id
        yield done(entity)
    organizations = list(_rows(frames["organizations"]))
    for row in organizations:
        schema = _ORG_SCHEMA.get(row["kind"] or "", "Organization")
        party_ids[row["id"]] = ftm_id("organization", row["id"])
        org_schemas[row["id"]] = schema
    for row in organizations:
        entity = make(org_schemas[row["id"]], "organization", row["id"])
        entity.add("name", row["name"] or row["id"])
        entity.add("alias", _others(row["aliases"], row["name"]))
        entity.add("sector", row["sector"])
        entity.add("country", row["country"], fuzzy=True)
        entity.add("incorporationDate", _partial(row["founded"], row["founded_precision"]))
        entity.add("parent", party_ids.get(row["part_of"]))
        prove(entity, *proofs.get(row["id"], ()))
        yield done(entity)

    def tie(schema: str, row: dict, **ends: str):
        """A tie between exported parties, with its statement's provenance; None when an end
        is not exported (counted as skipped)."""
        if any(end not in party_ids for end in ends.values()):
            report.skipped["ties to unknown parties"] = (
                report.skipped.get("ties to unknown parties", 0) + 1
            )
            return None
        entity = make(schema, schema.lower(), row["id"])
        for prop, end in ends.items():
            entity.add(prop, party_ids[end])
        entity.add("recordId", row["id"])
        entity.add("summary", row.get("quote"))
        prove(entity, row.get("source_id"))
        return entity

    # stints
    for row in _rows(views.table("stints").execute()):
        schema, person, org, role = _STINT_SCHEMA[row["kind"]]
        entity = tie(schema, row, **{person: row["person_id"], org: row["org_id"]})
        if entity is None:
            continue
        entity.add("role", row["title"] or role)
        entity.add("description", row["field"])
        entity.add("startDate", _partial(row["start_date"], row["start_precision"]))
        entity.add("endDate", _partial(row["end_date"], row["end_precision"]))
        yield done(entity)

    # funding rounds: an Event, and an Ownership per known investor in a Company
    investors = _org_names(organizations)
    names = {row["id"]: row["name"] or row["id"] for row in organizations}
    for row in _rows(views.table("rounds").execute()):
        event = tie("Event", row, involved=row["org_id"])
        if event is None:
            continue
        label = row["round"] or "funding round"
        when = _partial(row["date"], row["date_precision"])
        event.add("name", f"{names[row['org_id']]}: {label}")
        event.add("date", when)
        event.add("description", _round_text(row))
        known = []
        for investor in row["investors"] if row["investors"] is not None else ():
            matches = investors.get(name_key(investor), set())
            if len(matches) == 1:
                known.append(next(iter(matches)))
            else:
                event.add("namesMentioned", investor)
        event.add("involved", [party_ids[org_id] for org_id in known])
        yield done(event)
        if org_schemas[row["org_id"]] != "Company":
            continue
        for investor_id in known:
            stake = make("Ownership", "ownership", f"{row['id']}/{investor_id}")
            stake.add("owner", party_ids[investor_id])
            stake.add("asset", party_ids[row["org_id"]])
            stake.add("role", f"investor ({label})")
            stake.add("startDate", when)
            stake.add("recordId", row["id"])
            stake.add("summary", row.get("quote"))
            prove(stake, row.get("source_id"))
            yield done(stake)

    # dated events: listings, acquisitions, hearings
    for row in _rows(views.table("events").execute()):
        event = tie("Event", row, involved=row["org_id"])
        if event is None:
            continue
        event.add("name", f"{names[row['org_id']]}: {row['type'].replace('_', ' ')}")
        event.add("date", _partial(row["date"], row["date_precision"]))
        event.add("description", row["detail"])
        yield done(event)

    for name in NOT_EXPORTED:
        count = int(views.table(name).count().execute())
        if count:
            report.skipped[name] = count


def _rows(frame: pd.DataFrame) -> Iterator[dict]:
    """Records with missing values as None (pandas gives NaN and NaT)."""
    for record in frame.to_dict("records"):
        yield {k: _plain(v) for k, v in record.items()}


def _plain(value):
    """A cell as a plain Python value: lists for arrays, None for NaN and NaT."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    return None if _missing(value) else value


def _missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float | pd.Timestamp) or value is pd.NaT:
        return bool(pd.isna(value))
    return False


def _others(aliases, name: str | None) -> list[str]:
    return sorted({a for a in (aliases if aliases is not None else ()) if a and a != name})


def _partial(day, precision: str | None) -> str | None:
    """A date at its precision, as FtM writes a date prefix: 2024, 2024-03, 2024-03-05."""
    if day is None:
        return None
    text = (day.date() if isinstance(day, pd.Timestamp) else day).isoformat()
    return {"year": text[:4], "month": text[:7]}.get(precision or "day", text[:10])


def _round_text(row: dict) -> str | None:
    parts = []
    currency = row.get("currency") or ""
    if row.get("amount") is not None:
        parts.append(f"raised {currency} {row['amount']:,.0f}".replace("  ", " "))
    if row.get("post_money_valuation") is not None:
        parts.append(f"post-money valuation {currency} {row['post_money_valuation']:,.0f}")
    return "; ".join(parts) or None


def _org_names(organizations: list[dict]) -> dict[str, set[str]]:
    """Organisation ids by the key of each name and alias, to find investors named in rounds."""
    ids: dict[str, set[str]] = defaultdict(set)
    for row in organizations:
        for name in [row["name"], *(row["aliases"] if row["aliases"] is not None else ())]:
            if name:
                ids[name_key(name)].add(row["id"])
    return ids


def _entity_proofs(store) -> dict[str, list[str]]:
    """The sources of each entity's own statements (names, kinds, …), by canonical id."""
    statements = known_statements(store.backend, "entity_statements", None)
    frame = statements.select("entity_id", "source_id").distinct().execute()
    proofs: dict[str, list[str]] = defaultdict(list)
    for entity_id, source_id in zip(frame.entity_id, frame.source_id, strict=True):
        proofs[entity_id].append(source_id)
    return {entity_id: sorted(sources) for entity_id, sources in proofs.items()}
