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

import html
import importlib
import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import ibis
import pandas as pd

from pedigree.analytics import academies as _academies
from pedigree.analytics import lineage as _lineage
from pedigree.analytics import sectors as taxonomy
from pedigree.analytics.frames import among, date_text, entity_names, records
from pedigree.analytics.valuations import latest_valuations
from pedigree.errors import PedigreeError
from pedigree.report.terminal import money
from pedigree.store.views import Views

LANGS = ("zh", "en")
# Scarcity criterion → its label in TEXT ("lineage" there is the tree's heading).
CRITERION_KEYS = {c: c for c in ("research", "delivery", "domain", "compute")} | {
    "lineage": "lineage_c"
}
CHARTS = 4  # financial charts drawn by default: each costs about a second (query + drawing)
MAX_CITES = 6  # citations shown in one table cell; the rest are counted

# System fonts only (nothing is downloaded): CJK faces of macOS, Windows, Linux, then generic.
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif'
)

CSS = f"""
body {{ font-family: {FONT_STACK}; color: #1f2328; max-width: 1100px; margin: 2em auto;
  padding: 0 1em; line-height: 1.5; }}
h1 {{ margin-bottom: .2em; }} h2 {{ border-bottom: 1px solid #d0d4d9; padding-bottom: .2em;
  margin-top: 2em; }}
.meta, .note {{ color: #6a7078; font-size: .9em; }}
.missing {{ color: #8a1c1c; background: #fdf0f0; padding: .5em .8em; border-radius: 4px; }}
table {{ border-collapse: collapse; font-size: .9em; margin: .5em 0; }}
th, td {{ border-bottom: 1px solid #e4e7eb; padding: .25em .6em; text-align: left;
  vertical-align: top; }}
td.num {{ text-align: right; white-space: nowrap; }}
tr.root td {{ background: #fff7e0; }}
sup.cite a {{ text-decoration: none; color: #2e6da4; font-size: .85em; }}
ul.tree, ul.tree ul {{ list-style: none; padding-left: 1.2em; border-left: 1px solid #d0d4d9; }}
ul.tree li {{ margin: .3em 0; }}
.gen {{ color: #6a7078; font-size: .8em; }} .via {{ color: #444; font-size: .9em; }}
.chart svg {{ max-width: 100%; height: auto; }}
.chart svg text {{ font-family: {FONT_STACK} !important; }}
ol.sources li {{ margin: .3em 0; }} .url {{ font-family: monospace; word-break: break-all; }}
"""

TEXT = {
    "zh": {
        "title": "{name}派系报告",
        "as_of": "数据截至 {date}（只含当日及以前发表的来源）",
        "all_known": "全部已知数据",
        "generated": "生成于 {date}",
        "lineage": "派系谱系",
        "lineage_note": "{name}的前员工与创始人创办的公司，共 {n} 条衍生关系，{depth} 代以内。",
        "no_lineage": "没有记录到从 {name} 衍生的公司。",
        "founded": "成立于 {date}",
        "valued": "估值 {value}（{date}）",
        "via": "创始人",
        "academies": "创业黄埔军校",
        "academies_note": "按衍生公司数排名的机构（前 {n} 名）；{name}所在行高亮。",
        "landscape": "赛道格局",
        "landscape_note": "派系公司所在赛道的头部公司，按最新估值排名，颜色为创始人派系。",
        "no_sectors": "派系公司没有可归入分类表的赛道，无法绘制格局图。",
        "map_data": "图中数据",
        "map_sources": "图中数据的来源：",
        "scarcity": "稀缺人才",
        "scarcity_note": "曾在{name}任职、同时具备研究背景与落地经验"
        "（团队至少 {team} 人等）的人：共 {n} 人。",
        "no_people": "没有符合条件的人。",
        "financials": "财务数据",
        "financials_note": "派系内有财务数据的公司（按估值排序，最多 {n} 家绘图）。",
        "no_financials": "派系内的公司没有财务数据记录。",
        "not_charted": "另有财务数据但未绘图的公司：{names}",
        "sources": "来源",
        "sources_note": "报告中引用的全部来源；网址为纯文本，不链接到网络。",
        "unavailable": "此部分无法生成：{reason}",
        "more": "另 {n} 个",
        "cols_academies": [
            "#",
            "机构",
            "衍生公司",
            "独角兽",
            "估值合计",
            "成为独角兽中位月数",
            "来源",
        ],
        "cols_map": ["赛道", "#", "公司", "最新估值", "日期", "派系", "来源"],
        "cols_people": ["#", "姓名", "研究", "落地", "依据"],
        "cols_periods": ["指标", "期间", "月数", "数值", "年化", "来源"],
        "research": "研究",
        "delivery": "落地",
        "domain": "领域",
        "lineage_c": "派系",
        "compute": "算力",
    },
    "en": {
        "title": "{name} lineage report",
        "as_of": "Data as of {date} (only sources published by that day)",
        "all_known": "Everything on record",
        "generated": "generated {date}",
        "lineage": "Lineage tree",
        "lineage_note": "Companies founded by people who were at {name}: {n} spin-out edges, "
        "up to {depth} generations.",
        "no_lineage": "No spin-outs of {name} on record.",
        "founded": "founded {date}",
        "valued": "valued {value} ({date})",
        "via": "via",
        "academies": "Founder academies",
        "academies_note": "Organisations ranked by the companies their people founded (top {n}); "
        "{name}'s row is highlighted.",
        "landscape": "Landscape",
        "landscape_note": "Leading companies by latest valuation in the sectors of the lineage's "
        "companies, coloured by founder lineage.",
        "no_sectors": "The lineage's companies have no sector in the taxonomy: nothing to map.",
        "map_data": "Data behind the map",
        "map_sources": "Sources of the map: ",
        "scarcity": "Scarce talent",
        "scarcity_note": "People who were at {name} with both research credentials and delivery "
        "experience (teams of at least {team}, …): {n}.",
        "no_people": "Nobody meets the criteria.",
        "financials": "Financials",
        "financials_note": "Companies of the lineage with financial figures (by valuation; "
        "at most {n} charted).",
        "no_financials": "No financial figures on record for the lineage's companies.",
        "not_charted": "Also with figures, not charted: {names}",
        "sources": "Sources",
        "sources_note": "Every source cited in this report; URLs are plain text, not links.",
        "unavailable": "This section could not be produced: {reason}",
        "more": "+{n} more",
        "cols_academies": [
            "#",
            "Organisation",
            "Spin-outs",
            "Unicorns",
            "Total valuation",
            "Median months to unicorn",
            "Sources",
        ],
        "cols_map": ["Sector", "#", "Company", "Latest valuation", "Date", "Lineage", "Source"],
        "cols_people": ["#", "Name", "Research", "Delivery", "Evidence"],
        "cols_periods": ["Metric", "Period", "Months", "Value", "Run-rate", "Source"],
        "research": "research",
        "delivery": "delivery",
        "domain": "domain",
        "lineage_c": "lineage",
        "compute": "compute",
    },
}


def esc(value) -> str:
    """Text for HTML: escaped, missing values blank."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


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
        raise PedigreeError(f"--lang {lang!r}: choose one of {', '.join(LANGS)}")
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
        section("lineage", words["lineage"], lambda: _tree_html(tree, words, cites, lang)),
        section(
            "academies",
            words["academies"],
            lambda: _academies_html(views, org_id, name, top, words, cites),
        ),
        section(
            "landscape",
            words["landscape"],
            lambda: _landscape_html(views, tree, lang, words, cites),
        ),
        section(
            "scarcity", words["scarcity"], lambda: _scarcity_html(views, tree, words, cites, talent)
        ),
        section(
            "financials",
            words["financials"],
            lambda: _financials_html(views, tree, charts, words, cites),
        ),
    ]
    started = time.perf_counter()
    sources_html, listed = _sources_html(views, cites, words)
    if timings is not None:
        timings["sources"] = time.perf_counter() - started
    parts.append(
        f'<section id="sources"><h2>{esc(words["sources"])}</h2>\n{sources_html}</section>'
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


# --- the lineage tree -------------------------------------------------------------------------


def _tree_html(tree: _lineage.Lineage, words: dict, cites: Citations, lang: str) -> str:
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
    root = f"<strong>{esc(tree.root_name)}</strong>"
    tree_html = f'<ul class="tree"><li>{root}{children(tree.root_id, 1)}</li></ul>'
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
            f"{esc(founder['name'])}"
            + (f" ({esc(about)})" if about else "")
            + cites.cite(founder["sources"], limit=None)
        )
    return (
        f'<li><span class="gen">G{int(edge["generation"])}</span> '
        f"<strong>{esc(edge['child'])}</strong>{''.join(' · ' + d for d in details)}"
        f'<div class="via">{esc(words["via"])}: {"; ".join(founders)}</div></li>'
    )


def _months(value) -> str:
    return f"{value:g}" if _number(value) else ""


def _number(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


# --- academies --------------------------------------------------------------------------------


def _academies_html(
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
            f"<td>{esc(row['name'] or row['org_id'])}</td>",
            f'<td class="num">{int(row["spinouts"])}</td>',
            f'<td class="num">{int(row["unicorns"] or 0)}</td>',
            f'<td class="num">{esc(money(row["total_valuation_usd"]))}</td>',
            f'<td class="num">{"" if not _number(months) else f"{months:.0f}"}</td>',
            f"<td>{cites.cite(sources.get(row['org_id'], []), more=words['more'])}</td>",
        ]
        marker = ' class="root"' if row["org_id"] == org_id else ""
        rows.append(f"<tr{marker}>{''.join(cells)}</tr>")
    note = words["academies_note"].format(n=top, name=name)
    return f'<p class="note">{esc(note)}</p>\n' + _table(words["cols_academies"], rows)


def _academy_sources(views: Views, org_ids: list[str]) -> dict[str, list[str]]:
    """org → the sources of its spin-out evidence and of its spin-outs' latest valuations."""
    ties = among(_lineage.spinout_ties(views), "parent_id", org_ids)
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


def _landscape_html(
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
        return f"<p>{esc(result.empty_reason())}</p>"
    chart = _inline_svg(landscape_chart.svg(result), "landscape")
    membership = _membership_sources(views, list(result.companies.org_id))
    rows = []
    for row in records(result.companies):
        value = (
            money(row["valuation"], row["currency"] or "USD") if _number(row["valuation"]) else ""
        )
        rows.append(
            "<tr>"
            f'<td>{esc(row["sector"])}</td><td class="num">{int(row["rank"])}</td>'
            f'<td>{esc(row["name"])}</td><td class="num">{esc(value)}</td>'
            f"<td>{esc(row['valuation_date'])}</td><td>{esc(', '.join(row['lineages']))}</td>"
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
    ties = among(_lineage.spinout_ties(views), "child_id", org_ids)
    ties = views.backend.execute(
        ties.select("child_id", "parent_id", "parent_source", "founder_source").distinct()
    )
    found: dict[str, list[str]] = defaultdict(list)
    for row in ties.sort_values(["child_id", "parent_id"]).itertuples():
        found[row.child_id] += [row.parent_source, row.founder_source]
    return found


# --- scarcity ---------------------------------------------------------------------------------


def _scarcity_html(
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
            f'<tr><td class="num">{person["rank"]}</td><td>{esc(person["name"])}</td>'
            f'<td class="num">{person["research"]:g}</td>'
            f'<td class="num">{person["delivery"]:g}</td>'
            f"<td>{'<br>'.join(evidence)}</td></tr>"
        )
    return f'<p class="note">{esc(note)}</p>\n' + _table(words["cols_people"], rows)


def _fact_html(fact: dict, cites: Citations) -> str:
    where = fact.get("org") or fact.get("product")
    kind, value = fact.get("kind"), fact.get("value")
    if kind and _number(value):
        kind = f"{kind} {value:g}"
    bits = [kind, fact.get("detail"), where, fact.get("date")]
    text = ", ".join(str(b) for b in bits if b not in (None, ""))
    sources = [s.get("source_id") for s in fact.get("sources", [])]
    return esc(text) + cites.cite(sources, limit=None)


# --- financials -------------------------------------------------------------------------------


def _financials_html(
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
    fin = _financials.financials(views, org_id)
    try:
        svg = _inline_svg(financial_chart.financial_svg(fin), f"financials-{org_id}")
        chart = f'<div class="chart">{svg}</div>'
    except PedigreeError as error:
        chart = f'<p class="missing">{esc(words["unavailable"].format(reason=error))}</p>'
    rows = []
    for row in records(fin.periods):
        run = row["run_rate"]
        run = _financials.short_amount(run, row["unit"]) if _number(run) and row["partial"] else ""
        rows.append(
            f"<tr><td>{esc(row['metric'])}</td><td>{esc(row['period'])}</td>"
            f'<td class="num">{esc(_months(row["months"]))}</td>'
            f'<td class="num">{esc(_financials.short_amount(row["value"], row["unit"]))}</td>'
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
        f"<h3>{esc(fin.name)}</h3>\n{chart}\n"
        + _table(words["cols_periods"], rows)
        + (f"<ul>{''.join(said)}</ul>" if said else "")
    )


# --- sources ----------------------------------------------------------------------------------


def _sources_html(views: Views, cites: Citations, words: dict) -> tuple[str, list[str]]:
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
            line += f'<br><span class="url">{esc(row["url"])}</span>'
        items.append(f'<li id="src-{number}" value="{number}">{line}</li>')
    note = f'<p class="note">{esc(words["sources_note"])}</p>\n'
    return note + f'<ol class="sources">{"".join(items)}</ol>', ids


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
_SVG_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.S)
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>", re.S)
_SVG_NAMESPACES = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


_SVG_IDS = re.compile(r'(\bid="|href="#|url\(#)([^"\)]+)')


def _inline_svg(svg: str, name: str) -> str:
    """Matplotlib's SVG file as an element for HTML: no XML prolog or DOCTYPE, no RDF metadata,
        no namespace declarations (HTML's parser knows SVG; none of them may point at the web), and
        its ids prefixed with the chart's `name`, unique in the page, so two charts never share one
    (figure_1, clip paths) and the same report is the same document every time."""
    svg = _SVG_PROLOG.sub("", svg, count=1)
    svg = _SVG_METADATA.sub("", svg)
    svg = _SVG_NAMESPACES.sub("", svg)
    prefix = f"{re.sub(r'[^A-Za-z0-9_-]', '_', name)}-"
    return _SVG_IDS.sub(lambda m: m.group(1) + prefix + m.group(2), svg)


# What a document may reference: in-page anchors and inline data only. Only markup is
# scanned (tags and style sheets): text is escaped, so "src=" in a name is not a reference.
_MARKUP = re.compile(r"<style\b[^>]*>.*?</style>|<[a-zA-Z][^>]*>", re.S)
_REFERENCE = re.compile(
    r"""(?:\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*["']?\s*([^"'\s>]*))"""
    r"""|(?:url\(\s*["']?\s*([^"')\s]*))|(?:@import\s+(?:url\(\s*)?["']?\s*([^"');\s]*))""",
    re.I,
)


def external_references(document: str) -> list[str]:
    """Every src/href/url()/@import target in `document`'s markup that is neither a `#…`
    anchor nor a `data:` URI: what a browser would fetch or navigate to (should be none)."""
    bad = []
    for markup in _MARKUP.finditer(document):
        for match in _REFERENCE.finditer(markup.group()):
            target = next(g for g in match.groups() if g is not None)
            if not (target.startswith("#") or target.lower().startswith("data:")):
                bad.append(target)
    return bad


def assert_offline(document: str) -> None:
    bad = external_references(document)
    if bad:
        raise PedigreeError(f"report would load external resources: {', '.join(bad[:3])}")
