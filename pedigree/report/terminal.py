"""Rich renderings of answers for the terminal. Everything here has a `--json` twin."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from rich.console import Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from pedigree.analytics.lineage import Lineage
from pedigree.report.amounts import money, number

if TYPE_CHECKING:  # names for the signatures; a lineage needs neither module
    from pedigree.analytics.profiles import Profile
    from pedigree.ingest.load import LoadReport


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return number(value)
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value)


def frame_table(frame: pd.DataFrame, title: str | None = None, money_columns=()) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in frame.columns:
        table.add_column(column, overflow="fold")
    for row in frame.itertuples(index=False):
        cells = [
            money(value) if column in money_columns else _cell(value)
            for column, value in zip(frame.columns, row, strict=True)
        ]
        table.add_row(*cells)
    return table


def source_label(source: dict, width: int = 60) -> str:
    """A source as a reader knows it: its title, else its publisher, else the file or page its
    address names, else (nothing better known) its id."""
    for key in ("title", "publisher"):
        value = source.get(key)
        if isinstance(value, str) and value.strip():
            return _clip(value.strip(), width)
    url = source.get("url")
    if isinstance(url, str) and url.strip("/"):
        return _clip(url.rstrip("/").rsplit("/", 1)[-1], width)
    return str(source.get("id", ""))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def sources_table(sources: pd.DataFrame, numbers: dict[str, str]) -> Table:
    """The numbered source list under an answer: number, title (else what `source_label` says),
    publisher, date and address."""
    titles = [source_label(row, width=200) for row in sources.to_dict("records")]
    listed = sources.assign(title=titles, id=[numbers[s] for s in sources.id])
    return frame_table(listed.rename(columns={"id": "#"}), title="sources")


def source_numbers(sources: pd.DataFrame | None) -> dict[str, str]:
    """source id → its number in an answer's source list ([1], [2] …)."""
    ids = [] if sources is None else list(sources.id)
    return {source_id: f"[{i}]" for i, source_id in enumerate(ids, start=1)}


def entity_heading(name: str, entity_id: str, sources: pd.DataFrame | None = None) -> str:
    """An entity's name and id; an id made from the source it was read in (person:周英@doc:…)
    also says which source that is, by number and title, not by its hash alone."""
    heading = f"{name} ({entity_id})"
    _, at, source_id = entity_id.rpartition("@")
    if not at or sources is None or source_id not in set(sources.id):
        return heading
    row = sources[sources.id == source_id].iloc[0].to_dict()
    number = source_numbers(sources)[source_id]
    return f"{name} ({entity_id}, as named in {number} {source_label(row)})"


def lineage_sources(result: Lineage) -> list[str]:
    """The ids of every source the tree cites (founders' ties and valuations)."""
    edges = result.edges
    if edges.empty:
        return []
    ids = [s for founders in edges.founders for f in founders for s in f["sources"]]
    ids += [s for s in edges.valuation_source if isinstance(s, str)]
    return sorted(set(ids))


def lineage_view(result: Lineage, sources: pd.DataFrame) -> Group:
    """The tree with its sources numbered ([1]) and listed under it by title."""
    numbers = source_numbers(sources)
    parts = [lineage_tree(result, numbers)]
    legend = undated_legend(result)
    if legend is not None:
        parts.append(legend)
    if not sources.empty:
        parts.append(sources_table(sources, numbers))
    return Group(*parts)


UNDATED_MARK = "†"


def undated_legend(result: Lineage) -> Text | None:
    """The legend line for the undated edges (marked †), or None when every edge is dated."""
    edges = result.edges
    if edges.empty:
        return None
    undated = int((~edges.dated.fillna(False).astype(bool)).sum())
    if not undated:
        return None
    return Text(
        f"{UNDATED_MARK} undated: no dates show the founder was at the parent before founding the "
        f"company; kept under the benefit of the doubt ({undated} of {len(edges)} edges; "
        "docs/lineage.md)",
        style="yellow",
    )


def lineage_tree(result: Lineage, numbers: dict[str, str] | None = None) -> Tree:
    """The spin-out tree: each child with founders, their titles at the parent, founding date,
    sector, latest valuation and the sources behind the edge (as their `numbers` in the list
    under the tree when given)."""
    as_of = f" as of {result.as_of}" if result.as_of else ""
    tree = Tree(Text(f"{result.root_name} ({result.root_id}){as_of}", style="bold"))
    edges = result.edges
    if edges.empty:
        tree.add(Text("no spin-outs on record", style="dim"))
        return tree
    nodes = {result.root_id: tree}
    for generation in sorted(edges.generation.unique()):
        for edge in edges[edges.generation == generation].itertuples(index=False):
            parent = nodes.get((edge.parent_id, generation - 1)) or nodes.get(edge.parent_id)
            if parent is None:
                continue
            node = parent.add(_edge_label(edge, numbers or {}))
            nodes.setdefault((edge.child_id, generation), node)
    return tree


def _edge_label(edge, numbers: dict[str, str]) -> Text:
    label = Text()
    label.append(f"G{edge.generation} ", style="dim")
    label.append(str(edge.child), style="bold cyan")
    if not edge.dated:
        label.append(f" {UNDATED_MARK} undated", style="yellow")
    founded, sector = _cell(edge.founded), _cell(edge.sector)
    details = [d for d in (founded and f"founded {founded}", sector) if d]
    if _cell(edge.valuation_usd):
        when = f" ({edge.valuation_date})" if _cell(edge.valuation_date) else ""
        cited = numbers.get(edge.valuation_source, f"[{edge.valuation_source}]")
        details.append(f"valued {money(edge.valuation_usd)}{when} {cited}")
    if details:
        label.append("  " + " · ".join(details))
    for founder in edge.founders:
        was = " / ".join(founder["titles_at_parent"])
        was = f"{was} at {edge.parent}" if was else f"at {edge.parent}"
        role = f"{founder['role']}; " if founder["role"] else ""
        label.append(f"\n  via {founder['name']} ({role}{was})", style="green")
        cited = [numbers.get(s, s).strip("[]") for s in founder["sources"]]
        label.append(f" [{', '.join(cited)}]", style="dim")
    return label


def academies_view(frame: pd.DataFrame, depth: int, *, schools: bool = False) -> Table:
    """The league table. Unicorns are counted among the spin-outs with a valuation on record
    ("2/5": 2 unicorns of 5 valued); none valued is unknown ("?"), not 0. `via` says how many
    direct spin-outs came through faculty, interns, visitors or students; `kind` shows with
    `schools` (study counted, schools beside companies). Sector, valuation and months columns
    show only where some row has one."""
    roles = [c for c in ("faculty", "interns", "visitors", "students") if c in frame]
    shown = frame.drop(columns=["org_id", "valued", *roles]).assign(
        unicorns=[
            "?" if not valued else f"{unicorns}/{valued}"
            for unicorns, valued in zip(frame.unicorns, frame.valued, strict=True)
        ],
        median_months_to_unicorn=frame.median_months_to_unicorn.map(
            lambda m: "" if pd.isna(m) else f"{m:.0f}"
        ),
    )
    if not schools:
        shown = shown.drop(columns=["kind"])
    optional = ["sector", "total_valuation_usd", "median_months_to_unicorn"]
    shown = shown.drop(columns=[c for c in optional if not shown[c].map(_cell).any()])
    one = {"faculty": "faculty", "interns": "intern", "visitors": "visitor", "students": "student"}
    via = [
        " · ".join(f"{row[c]} {one[c] if row[c] == 1 else c}" for c in roles if row[c])
        for row in frame.to_dict("records")
    ]
    if any(via):
        shown["via"] = via
    shown = shown.rename(
        columns={
            "total_valuation_usd": "total valuation",
            "median_months_to_unicorn": "median months to $1B",
        }
    )
    table = frame_table(
        shown,
        title=f"Founder academies (spin-outs within {depth} generation{'s' * (depth > 1)})",
        money_columns=("total valuation",),
    )
    table.caption = (
        "unicorns: of the spin-outs valued (?: none has a valuation on record). via: direct "
        "spin-outs with a founder who was faculty, an intern, a visitor or a student there; "
        "interns and visitors count as alumni only with --interns, students with --schools."
    )
    return table


def profile_view(profile: Profile) -> Group:
    """The profile as tables; sources are numbered and listed once at the end."""
    head = Text(entity_heading(profile.name, profile.id, profile.sources), style="bold")
    attributes = [
        f"{key}: {_cell(value)}" for key, value in profile.attributes.items() if _cell(value)
    ]
    if profile.as_of:
        attributes.append(f"as of: {profile.as_of}")
    parts = [head, Text("  " + " · ".join(attributes))]
    sources = profile.sources if profile.sources is not None else pd.DataFrame(columns=["id"])
    numbers = source_numbers(sources)
    for section, frame in profile.facts.items():
        if frame is None or frame.empty:
            continue
        money_columns = [c for c in frame.columns if c.endswith("valuation_usd")]
        parts.append(
            frame_table(
                _compact(frame, numbers),
                title=section.replace("_", " "),
                money_columns=money_columns,
            )
        )
    if not sources.empty:
        parts.append(sources_table(sources, numbers))
    return Group(*parts)


_SOURCE_COLUMNS = ("source_id", "parent_source", "valuation_source", "sources")


def _compact(frame: pd.DataFrame, numbers: dict[str, str]) -> pd.DataFrame:
    """Fit a fact table to a terminal: sources as [n], no id columns, no empty columns."""
    frame = frame.copy()
    for column in _SOURCE_COLUMNS:
        if column in frame:
            frame[column] = [
                "".join(numbers.get(s, s) for s in (v if isinstance(v, list) else [v]) if s)
                if isinstance(v, list | str) else ""
                for v in frame[column]
            ]  # fmt: skip
    drop = [c for c in frame.columns if c.endswith("_id") and c not in _SOURCE_COLUMNS]
    if "reports" in frame and (frame["reports"] == 1).all():
        drop.append("reports")
    drop += [c for c in frame.columns if all(_cell(v) == "" for v in frame[c])]
    frame = frame.drop(columns=sorted(set(drop)))
    return frame.rename(columns={c: "src" for c in _SOURCE_COLUMNS if c in frame})


def load_view(report: LoadReport) -> Table:
    rows = pd.DataFrame(
        [
            {
                "file": str(f.path),
                "table": f.table,
                "rows": f.rows,
                "statements added": f.added,
                "rejected": f.rejected,
            }
            for f in report.files
        ]
    )
    return frame_table(rows, title=f"Loaded in {report.seconds:.1f}s")


def _fact_summary(fact) -> str:
    """The fact's fields as `name: value` pairs, money shortened, empty ones left out."""
    parts = []
    for name, value in fact.fields.items():
        if value is None or value == [] or value == "":
            continue
        if name == "amount":
            value = money(value, fact.fields.get("currency") or "USD")
        elif name == "currency":
            continue
        parts.append(f"{name}: {_cell(value)}")
    return " · ".join(parts)


def facts_view(read) -> Table:
    """The facts of one file (`pedigree.ingest.articles.ReadFile`) with their quotes."""
    source = read.source
    title = f"{read.document.path} — {len(read.facts)} facts"
    if source.get("published"):
        title += f" (published {source['published']})"
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in ("kind", "fact", "quote", "span", "conf"):
        table.add_column(column, overflow="fold")
    for fact in read.facts:
        quote = fact.quote if len(fact.quote) <= 40 else fact.quote[:39] + "…"
        table.add_row(
            fact.kind,
            _fact_summary(fact),
            quote,
            f"{fact.start}–{fact.end}",
            f"{fact.confidence:.2f}",
        )
    return table


def unread_lines(report, limit: int = 10) -> list[str]:
    """What each ingested file showed but gave no fact for (`ReadFile.unread`), a few per file
    and a count of the rest."""
    lines = []
    for f in report.files:
        if not f.unread:
            continue
        lines.append(f"{f.document.path}: {len(f.unread)} item(s) read without facts")
        lines += [f"  {note}" for note in f.unread[:limit]]
        if len(f.unread) > limit:
            lines.append(f"  … and {len(f.unread) - limit} more (--json lists them all)")
    return lines


def ingest_view(report) -> Table:
    """What `pedigree ingest` stored (`pedigree.ingest.articles.IngestReport`)."""
    rows = pd.DataFrame(
        [
            {
                "file": str(f.document.path),
                "title": source_label(f.source),
                "source": f.source["id"],
                "facts": len(f.facts),
            }
            for f in report.files
        ]
    )
    added = report.added
    note = f"{added} statements added" if added else "nothing new (already ingested)"
    return frame_table(rows, title=f"Ingested {report.facts} facts: {note}")
