"""The self-contained HTML report on an organisation's lineage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pedigree.api.stores import Db, opened
from pedigree.api.talent import _stored_talent
from pedigree.errors import PedigreeError, option
from pedigree.output_paths import writable, write_failed
from pedigree.report import html as _html
from pedigree.store.lookup import find_entity


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
