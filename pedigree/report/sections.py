"""The report's sections as HTML: the lineage tree, founder academies, the landscape map,
scarcity, financial charts and the source list, with the citation numbering they share. Each
takes the views (their as-of day applies) and the words of the report's language."""

from __future__ import annotations

import html
import importlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable

import ibis
import pandas as pd

from pedigree.analytics import academies as _academies
from pedigree.analytics import lineage as _lineage
from pedigree.analytics import spinouts as _spinouts
from pedigree.analytics.frames import among, date_text, entity_names, records
from pedigree.analytics.valuations import latest_valuations
from pedigree.errors import PedigreeError
from pedigree.reference import sectors as taxonomy
from pedigree.report.amounts import money
from pedigree.report.amounts import number as number_text
from pedigree.report.landscape_layout import empty_reason
from pedigree.report.offline import inline_svg
from pedigree.report.text import CRITERION_KEYS
from pedigree.store.views import Views

MAX_CITES = 6  # citations shown in one table cell; the rest are counted


def esc(value) -> str:
    """Text for HTML: escaped, missing values blank."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def name_html(value) -> str:
    """A person's or organisation's name, escaped, that a line never breaks inside (a narrow
    cell would split 闫俊杰 into 闫俊 / 杰: Chinese text may break between any two characters)."""
    text = esc(value)
    return f'<span class="name">{text}</span>' if text else ""


class Citations:
    """Numbers sources in order of first citation; renders [n] links to the source list."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def cite(self, ids: Iterable, limit: int | None = MAX_CITES, more: str = "+{n}") -> str:
        wanted = list(dict.fromkeys(i for i in ids if isinstance(i, str) and i))
        if not wanted:
            return ""
        shown = wanted if limit is None else wanted[:limit]
        links = []
        for source_id in shown:
            number = self.numbers.setdefault(source_id, len(self.numbers) + 1)
            links.append(f'<a href="#src-{number}">[{number}]</a>')
        rest = len(wanted) - len(shown)
        extra = f" {esc(more.format(n=rest))}" if rest else ""
        return f'<sup class="cite">{"".join(links)}{extra}</sup>'


# --- the lineage tree -------------------------------------------------------------------------


def tree_html(tree: _lineage.Lineage, words: dict, cites: Citations, lang: str) -> str:
    edges = tree.edges
    if edges.empty:
        return f"<p>{esc(words['no_lineage'].format(name=tree.root_name))}</p>"
    below: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for edge in records(edges):
        below[(edge["parent_id"], int(edge["generation"]))].append(edge)

    def children(parent: str, generation: int) -> str:
        items = [_edge_html(e, words, cites, lang) for e in below.get((parent, generation), [])]
        items = [
            item[:-5] + children(e["child_id"], generation + 1) + "</li>"
            for item, e in zip(items, below.get((parent, generation), []), strict=True)
        ]
        return f"<ul>{''.join(items)}</ul>" if items else ""

    note = words["lineage_note"].format(name=tree.root_name, n=len(edges), depth=tree.depth)
    root = f"<strong>{name_html(tree.root_name)}</strong>"
    tree_html = f'<ul class="tree"><li>{root}{children(tree.root_id, 1)}</li></ul>'
    undated = int((~edges.dated.fillna(False).astype(bool)).sum())
    if undated:
        legend = words["undated_legend"].format(n=undated)
        tree_html += f'\n<p class="note legend">{esc(legend)}</p>'
    return f'<p class="note">{esc(note)}</p>\n{tree_html}'


def _edge_html(edge: dict, words: dict, cites: Citations, lang: str) -> str:
    details = []
    if edge["founded"]:
        details.append(esc(words["founded"].format(date=edge["founded"])))
    if edge["sector"]:
        details.append(esc(taxonomy.label(edge["sector"], lang)))
    if _number(edge["valuation_usd"]):
        text = words["valued"].format(
            value=money(edge["valuation_usd"]), date=edge["valuation_date"] or "?"
        )
        details.append(esc(text) + cites.cite([edge["valuation_source"]]))
    founders = []
    for founder in edge["founders"]:
        roles = ", ".join(founder["titles_at_parent"])
        about = "; ".join(
            x for x in (founder["role"], roles and f"{roles} @ {edge['parent']}") if x
        )
        founders.append(
            f"{name_html(founder['name'])}"
            + (f" ({esc(about)})" if about else "")
            + cites.cite(founder["sources"], limit=None)
        )
    undated = (
        f' <span class="undated" title="{esc(words["undated"])}">†</span>'
        if not edge["dated"]
        else ""
    )
    return (
        f'<li><span class="gen">G{int(edge["generation"])}</span> '
        f"<strong>{name_html(edge['child'])}</strong>{undated}"
        f"{''.join(' · ' + d for d in details)}"
        f'<div class="via">{esc(words["via"])}: {"; ".join(founders)}</div></li>'
    )


def _months(value) -> str:
    return number_text(value) if _number(value) else ""


def _number(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


# --- academies --------------------------------------------------------------------------------


def academies_html(
    views: Views, org_id: str, name: str, top: int, words: dict, cites: Citations
) -> str:
    table = _academies.academies_table(views, depth=1)
    # The rank as a window with the table's own order (a bare row_number has no order).
    order = [
        ibis.desc(table.spinouts),
        ibis.desc(table.unicorns),
        ibis.desc(table.total_valuation_usd.fill_null(0)),
        table.org_id,
    ]
    ranked = table.mutate(rank=ibis.row_number().over(order_by=order) + 1).order_by("rank")
    head = views.backend.execute(ranked.limit(top))
    if org_id not in set(head.org_id):
        head = pd.concat([head, views.backend.execute(ranked.filter(ranked.org_id == org_id))])
    sources = _academy_sources(views, list(head.org_id))
    rows = []
    for row in records(head):
        months = row["median_months_to_unicorn"]
        cells = [
            f'<td class="num">{int(row["rank"])}</td>',
            f"<td>{name_html(row['name'] or row['org_id'])}</td>",
            f'<td class="num">{int(row["spinouts"])}</td>',
            f'<td class="num">{_unicorns(row["unicorns"], row["valued"])}</td>',
            f'<td class="num">{esc(money(row["total_valuation_usd"]))}</td>',
            f'<td class="num">{"" if not _number(months) else f"{months:.0f}"}</td>',
            f"<td>{cites.cite(sources.get(row['org_id'], []), more=words['more'])}</td>",
        ]
        marker = ' class="root"' if row["org_id"] == org_id else ""
        rows.append(f"<tr{marker}>{''.join(cells)}</tr>")
    note = words["academies_note"].format(n=top, name=name)
    return f'<p class="note">{esc(note)}</p>\n' + _table(words["cols_academies"], rows)


def _unicorns(unicorns, valued) -> str:
    """Unicorns among the spin-outs valued ("2/5"); "?" when none has a valuation on record
    (unknown, not 0)."""
    return f"{int(unicorns)}/{int(valued)}" if valued else "?"


def _academy_sources(views: Views, org_ids: list[str]) -> dict[str, list[str]]:
    """org → the sources of its spin-out evidence and of its spin-outs' latest valuations."""
    ties = among(_spinouts.spinout_ties(views), "parent_id", org_ids)
    ties = views.backend.execute(
        ties.select("parent_id", "child_id", "parent_source", "founder_source").distinct()
    )
    valued = views.backend.execute(latest_valuations(views, sorted(set(ties.child_id))))
    valuation_source = dict(zip(valued.org_id, valued.source_id, strict=True))
    found: dict[str, list[str]] = defaultdict(list)
    order = ["parent_id", "child_id", "parent_source", "founder_source"]  # one order every time
    for row in ties.sort_values(order, na_position="last").itertuples():
        found[row.parent_id] += [row.parent_source, row.founder_source]
        found[row.parent_id].append(valuation_source.get(row.child_id))
    return found


# --- landscape --------------------------------------------------------------------------------


def landscape_html(
    views: Views, tree: _lineage.Lineage, lang: str, words: dict, cites: Citations
) -> str:
    stored = list(tree.edges.sector) if not tree.edges.empty else []
    stored += list(views.backend.execute(
        views.organizations.filter(views.organizations.id == tree.root_id).select("sector")
    ).sector)  # fmt: skip
    sector_ids = list(dict.fromkeys(s for s in map(taxonomy.sector_id, stored) if s))
    sector_ids = [s for s in taxonomy.sectors() if s in sector_ids]  # taxonomy order
    if not sector_ids:
        return f"<p>{esc(words['no_sectors'])}</p>"
    _landscape = _optional("pedigree.analytics.landscape")
    landscape_chart = _optional("pedigree.report.landscape_chart")
    result = _landscape.landscape(views, sector_ids=sector_ids, lang=lang)
    if not result.empty and tree.root_id not in set(result.lineages.lineage_id):
        # Colour the report's own lineage first, then the largest others.
        others = [i for i in result.lineages.lineage_id if i != tree.root_id]
        result = _landscape.landscape(
            views, sector_ids=sector_ids, lineage_ids=[tree.root_id, *others[:5]], lang=lang
        )
    if result.empty:
        return f"<p>{esc(empty_reason(result))}</p>"
    chart = inline_svg(landscape_chart.svg(result), "landscape")
    membership = _membership_sources(views, list(result.companies.org_id))
    rows = []
    for row in records(result.companies):
        value = (
            money(row["valuation"], row["currency"] or "USD") if _number(row["valuation"]) else ""
        )
        rows.append(
            "<tr>"
            f'<td>{esc(row["sector"])}</td><td class="num">{int(row["rank"])}</td>'
            f'<td>{name_html(row["name"])}</td><td class="num">{esc(value)}</td>'
            f"<td>{esc(row['valuation_date'])}</td>"
            f"<td>{', '.join(name_html(label) for label in row['lineages'])}</td>"
            f"<td>{cites.cite([row['valuation_source'], *membership.get(row['org_id'], [])])}"
            "</td></tr>"
        )
    map_sources = cites.cite(result.sources.id, limit=None)
    return (
        f'<p class="note">{esc(words["landscape_note"])}</p>\n<div class="chart">{chart}</div>\n'
        f'<p class="note">{esc(words["map_sources"])}{map_sources}</p>\n'
        f"<details><summary>{esc(words['map_data'])}</summary>\n"
        + _table(words["cols_map"], rows)
        + "</details>"
    )


def _membership_sources(views: Views, org_ids: list[str]) -> dict[str, list[str]]:
    """company → the sources of the spin-out evidence that puts it in each of its lineages."""
    ties = among(_spinouts.spinout_ties(views), "child_id", org_ids)
    ties = views.backend.execute(
        ties.select("child_id", "parent_id", "parent_source", "founder_source").distinct()
    )
    found: dict[str, list[str]] = defaultdict(list)
    for row in ties.sort_values(["child_id", "parent_id"]).itertuples():
        found[row.child_id] += [row.parent_source, row.founder_source]
    return found


# --- scarcity ---------------------------------------------------------------------------------


def scarcity_html(
    views: Views, tree: _lineage.Lineage, words: dict, cites: Citations, talent=None
) -> str:
    _scarcity = _optional("pedigree.analytics.scarcity")
    criteria = _scarcity.Criteria(lineage=tree.root_id)
    found = _scarcity.scarcity(views, criteria, top=20, talent=talent)
    note = words["scarcity_note"].format(name=tree.root_name, team=criteria.min_team, n=found.count)
    if found.people.empty:
        return f'<p class="note">{esc(note)}</p><p>{esc(words["no_people"])}</p>'
    rows = []
    for person in records(found.people):
        evidence = []
        for criterion, facts in person["evidence"].items():
            label = words.get(CRITERION_KEYS.get(criterion, ""), criterion)
            items = [_fact_html(fact, cites) for fact in facts]
            if items:
                evidence.append(f"<strong>{esc(label)}</strong>: " + "; ".join(items))
        rows.append(
            f'<tr><td class="num">{person["rank"]}</td><td>{name_html(person["name"])}</td>'
            f'<td class="num">{number_text(person["research"])}</td>'
            f'<td class="num">{number_text(person["delivery"])}</td>'
            f"<td>{'<br>'.join(evidence)}</td></tr>"
        )
    return f'<p class="note">{esc(note)}</p>\n' + _table(words["cols_people"], rows)


def _fact_html(fact: dict, cites: Citations) -> str:
    where = fact.get("org") or fact.get("product")
    kind, value = fact.get("kind"), fact.get("value")
    if kind and _number(value):
        kind = f"{kind} {number_text(value)}"
    bits = [kind, fact.get("detail"), where, fact.get("date")]
    text = ", ".join(str(b) for b in bits if b not in (None, ""))
    sources = [s.get("source_id") for s in fact.get("sources", [])]
    return esc(text) + cites.cite(sources, limit=None)


# --- financials -------------------------------------------------------------------------------


def financials_html(
    views: Views, tree: _lineage.Lineage, charts: int, words: dict, cites: Citations
) -> str:
    edges = tree.edges
    value = {tree.root_id: math.inf}
    for row in records(edges):
        usd = row["valuation_usd"]
        value.setdefault(row["child_id"], usd if _number(usd) else -1.0)
    figures = among(views.financials, "org_id", list(value)).select("org_id").distinct()
    having = set(views.backend.execute(figures).org_id)
    if not having:
        return f"<p>{esc(words['no_financials'])}</p>"
    ordered = sorted(having, key=lambda o: (-value[o], o))
    blocks = [f'<p class="note">{esc(words["financials_note"].format(n=charts))}</p>']
    for org_id in ordered[:charts]:
        blocks.append(_company_financials(views, org_id, words, cites))
    rest = ordered[charts:]
    if rest:
        names = entity_names(views, "organizations", rest)
        listed = ", ".join(names.get(o, o) for o in rest)
        blocks.append(f'<p class="note">{esc(words["not_charted"].format(names=listed))}</p>')
    return "\n".join(blocks)


def _company_financials(views: Views, org_id: str, words: dict, cites: Citations) -> str:
    _financials = _optional("pedigree.analytics.financials")
    financial_chart = _optional("pedigree.report.financial_chart")
    financial_text = _optional("pedigree.report.financial_text")
    fin = financial_text.with_text(_financials.financials(views, org_id))
    try:
        svg = inline_svg(financial_chart.financial_svg(fin), f"financials-{org_id}")
        chart = f'<div class="chart">{svg}</div>'
    except PedigreeError as error:
        chart = f'<p class="missing">{esc(words["unavailable"].format(reason=error))}</p>'
    rows = []
    for row in records(fin.periods):
        run = row["run_rate"]
        partial = _number(run) and row["partial"]
        run = financial_text.short_amount(run, row["unit"]) if partial else ""
        rows.append(
            f"<tr><td>{esc(row['metric'])}</td><td>{esc(row['period'])}</td>"
            f'<td class="num">{esc(_months(row["months"]))}</td>'
            f'<td class="num">{esc(financial_text.short_amount(row["value"], row["unit"]))}</td>'
            f'<td class="num">{esc(run)}</td>'
            f"<td>{cites.cite([row['source_id']])}</td></tr>"
        )
    said = [
        f"<li>{esc(_CITED_IDS.sub('', row['text']))}"
        f"{cites.cite([row['source_id'], row['base_source_id']])}</li>"
        for row in records(fin.comparisons)
    ]
    said += [f"<li>{esc(note['text'])}</li>" for note in fin.notes]
    return (
        f"<h3>{name_html(fin.name)}</h3>\n{chart}\n"
        + _table(words["cols_periods"], rows)
        + (f"<ul>{''.join(said)}</ul>" if said else "")
    )


# --- sources ----------------------------------------------------------------------------------


def sources_html(views: Views, cites: Citations, words: dict) -> tuple[str, list[str]]:
    ids = list(cites.numbers)
    by_id = {row["id"]: row for row in records(_source_rows(views, ids))}
    items = []
    for source_id, number in cites.numbers.items():
        row = by_id.get(source_id, {})
        bits = [
            f"<strong>{esc(row.get('title') or source_id)}</strong>",
            esc(row.get("publisher")),
            esc(row.get("published")),
        ]
        line = " — ".join(b for b in bits if b)
        line += f' <span class="note">[{esc(source_id)}]</span>'
        if row.get("url"):
            line += f"<br>{url_html(row['url'])}"
        items.append(f'<li id="src-{number}" value="{number}">{line}</li>')
    note = f'<p class="note">{esc(words["sources_note"])}</p>\n'
    return note + f'<ol class="sources">{"".join(items)}</ol>', ids


def url_html(url: str) -> str:
    """A source's address: a link a reader can click when it is on the web (http, https) — a
    link is followed only when clicked, so the file still loads nothing — else plain text (a
    local file's path)."""
    text = f'<span class="url">{esc(url)}</span>'
    if not WEB_URL.match(url):
        return text
    return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{text}</a>'


WEB_URL = re.compile(r"https?://[^\s\"'<>]+$", re.I)


def _source_rows(views: Views, ids: list[str]) -> pd.DataFrame:
    """id, title, publisher, published (as written, with its precision) and url of sources."""
    if not ids:
        return pd.DataFrame(columns=["id", "title", "publisher", "published", "url"])
    columns = ["id", "title", "publisher", "published", "published_precision", "url"]
    table = among(views.backend.table("sources"), "id", ids).select(*columns)
    frame = views.backend.execute(table)
    frame["published"] = [
        date_text(v, p) for v, p in zip(frame.published, frame.published_precision, strict=True)
    ]
    return frame.drop(columns="published_precision")


# --- helpers ----------------------------------------------------------------------------------


def _optional(module: str):
    """A module another part of the project provides, imported when its section is drawn: if it
    is missing or broken, that section says so and the rest of the report is still produced."""
    try:
        return importlib.import_module(module)
    except Exception as error:  # noqa: BLE001 (any failure to import means "not available")
        message = f"{module} could not be loaded ({type(error).__name__}: {error})"
        raise PedigreeError(message) from None


def _table(columns: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>\n"


_CITED_IDS = re.compile(r"\s*\[[^\]\s]+\]\s*$")  # a sentence's trailing "[source-id]"
