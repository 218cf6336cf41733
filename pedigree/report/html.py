"""The lineage report: one self-contained HTML file about an organisation and its spin-outs.

Sections: the lineage tree, the founder-academies table, the landscape map of the lineage's
sectors, the scarcity table of the lineage's people, financial charts of its companies that
report figures, and the list of every source cited. Every fact carries a citation link ([n]) to
its entry in the source list, an in-page anchor.

Self-contained means no network at all: no scripts, fonts, images or stylesheets from elsewhere.
Charts are inline SVG drawn by matplotlib (their labels stay text, in a CJK font stack of system
fonts, so Chinese reads offline); source URLs are printed as plain text, never as links, so the
only `href`s in the file are `#…` anchors (`assert_offline` checks this). All text from the store
is HTML-escaped.

Large lineages stay readable and fast: the financial charts are drawn for the `charts` most
valuable companies with figures (the rest are named), and a table cell cites at most
`MAX_CITES` sources (saying how many more there are).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from pedigree.analytics import lineage as _lineage
from pedigree.errors import PedigreeError, option
from pedigree.report.offline import assert_offline
from pedigree.report.sections import (
    Citations,
    academies_html,
    esc,
    financials_html,
    landscape_html,
    scarcity_html,
    sources_html,
    tree_html,
)
from pedigree.report.text import CSS, LANGS, TEXT
from pedigree.store.views import Views

CHARTS = 4  # financial charts drawn by default: each costs about a second (query + drawing)


@dataclass
class Report:
    """The document and what went into it (for tests, the CLI's summary and the API)."""

    org_id: str
    name: str
    as_of: date | None
    lang: str
    html: str = field(repr=False)
    companies: list[str]
    sources: list[str]
    unavailable: dict[str, str]  # section → why it could not be produced

    def to_json(self) -> dict:
        return {
            "org_id": self.org_id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "lang": self.lang,
            "companies": self.companies,
            "sources": self.sources,
            "unavailable": self.unavailable,
        }


def build(
    views: Views,
    org_id: str,
    *,
    lang: str = "zh",
    depth: int = 3,
    top: int = 20,
    charts: int = CHARTS,
    today: date | None = None,
    timings: dict[str, float] | None = None,
    talent=None,
) -> Report:
    """The report on `org_id` from `views` (their as-of day applies to every section);
    `timings`, when given, receives the seconds each section took (for the benchmark);
    `talent`, the store's derived talent tables (`scarcity.stored_talent`) when the views are
    of everything known, spares the scarcity section from deriving them."""
    if lang not in LANGS:
        raise PedigreeError(f"{option('lang')} {lang!r}: choose one of {', '.join(LANGS)}")
    words = TEXT[lang]
    cites = Citations()
    started = time.perf_counter()
    tree = _lineage.lineage(views, org_id, depth=depth)
    if timings is not None:
        timings["lineage_query"] = time.perf_counter() - started
    name = tree.root_name
    companies = list(dict.fromkeys(tree.edges.child_id)) if not tree.edges.empty else []
    unavailable: dict[str, str] = {}

    def section(key: str, heading: str, render) -> str:
        started = time.perf_counter()
        try:
            body = render()
        except PedigreeError as error:
            unavailable[key] = str(error)
            body = f'<p class="missing">{esc(words["unavailable"].format(reason=error))}</p>'
        if timings is not None:
            timings[key] = time.perf_counter() - started
        return f'<section id="{key}"><h2>{esc(heading)}</h2>\n{body}</section>'

    parts = [
        section("lineage", words["lineage"], lambda: tree_html(tree, words, cites, lang)),
        section(
            "academies",
            words["academies"],
            lambda: academies_html(views, org_id, name, top, words, cites),
        ),
        section(
            "landscape",
            words["landscape"],
            lambda: landscape_html(views, tree, lang, words, cites),
        ),
        section(
            "scarcity", words["scarcity"], lambda: scarcity_html(views, tree, words, cites, talent)
        ),
        section(
            "financials",
            words["financials"],
            lambda: financials_html(views, tree, charts, words, cites),
        ),
    ]
    started = time.perf_counter()
    sources_part, listed = sources_html(views, cites, words)
    if timings is not None:
        timings["sources"] = time.perf_counter() - started
    parts.append(
        f'<section id="sources"><h2>{esc(words["sources"])}</h2>\n{sources_part}</section>'
    )
    title = words["title"].format(name=name)
    when = words["as_of"].format(date=views.as_of) if views.as_of else words["all_known"]
    generated = words["generated"].format(date=(today or date.today()).isoformat())
    document = (
        f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n'
        f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n"
        f'<p class="meta">{esc(name)} ({esc(org_id)}) · {esc(when)} · {esc(generated)}</p>\n'
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )
    assert_offline(document)
    return Report(org_id, name, views.as_of, lang, document, companies, listed, unavailable)
