"""What the displays show of the data: undated spin-out edges marked in the terminal tree and the
HTML report, with a legend line; store text in the landscape map's hover escaped."""

from __future__ import annotations

import json

from rich.console import Console

from pedigree import api
from pedigree.ingest import load_tables
from pedigree.report import landscape_chart, terminal
from tests.world import write_tables

# Y → Z rests on an undated job (Person R at Y, no start); Y → W is dated (2015 before 2020).
UNDATED = {
    "organizations.csv": "id,name,kind,founded\ny,Y Corp,company,2010\nz,Z Corp,company,\n"
    "w,W Corp,company,2020\n",
    "people.csv": "id,name\nr,Person R\ns,Person S\n",
    "stints.csv": "person_id,org_id,kind,start\nr,y,employment,\nr,z,founder,\n"
    "s,y,employment,2015\ns,w,founder,2020\n",
}


def rendered(renderable) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_terminal_tree_marks_undated_edges_with_a_legend(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "undated", UNDATED)])
    result = api.lineage(store, "y")
    assert dict(zip(result.edges.child_id, result.edges.dated, strict=True)) == {
        "z": False,
        "w": True,
    }
    text = rendered(
        terminal.lineage_view(result, api.sources(store, terminal.lineage_sources(result)))
    )
    lines = text.splitlines()
    assert any("Z Corp † undated" in line for line in lines)
    assert not any("W Corp" in line and "†" in line for line in lines)
    assert "† undated: no dates show the founder was at the parent" in text
    assert "(1 of 2 edges" in text


def test_terminal_tree_has_no_legend_when_every_edge_is_dated(store, tmp_path):
    tables = dict(UNDATED, **{"stints.csv": "person_id,org_id,kind,start\n"
                              "s,y,employment,2015\ns,w,founder,2020\n"})  # fmt: skip
    load_tables(store, [write_tables(tmp_path / "dated", tables)])
    result = api.lineage(store, "y")
    text = rendered(
        terminal.lineage_view(result, api.sources(store, terminal.lineage_sources(result)))
    )
    assert "W Corp" in text and "†" not in text


def test_html_report_marks_undated_edges_with_a_legend(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "undated", UNDATED)])
    page = api.report(store, "y", lang="en").html
    assert page.count('<span class="undated" title="undated">†</span>') == 1
    marked = page.split('<span class="undated"')[0].rsplit("<strong>", 1)[1]
    assert "Z Corp" in marked
    assert "† undated: no dates show the founder was at the parent" in page
    chinese = api.report(store, "y", lang="zh").html
    assert "† 无日期" in chinese


HOSTILE = "<script>alert(1)</script>"
# A market whose store text is markup: the company, its founder's former employer (the lineage),
# the round and the source's title.
MARKUP = {
    "sources.csv": "id,title,publisher,published,url\n"
    'src,"</script><script>alert(4)</script>",Wire,2024-03-15,\n',
    "organizations.csv": "id,name,kind,sector,founded,source_id\n"
    f"evil,{HOSTILE},company,llm,2022,src\n"
    "lab,<i>Evil Lab</i>,company,internet,2010,src\n"
    "good,Good Models,company,llm,2021,src\n",
    "people.csv": "id,name\np,Person P\n",
    "stints.csv": "person_id,org_id,kind,start,source_id\n"
    "p,lab,employment,2015,src\np,evil,founder,2022,src\n",
    "rounds.csv": "org_id,date,round,currency,post_money_valuation,source_id\n"
    "evil,2024-01,<img src=x onerror=alert(2)>,USD,2000000000,src\n"
    "good,2024-01,B,USD,1000000000,src\n",
}


def test_landscape_hover_escapes_store_text(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "markup", MARKUP)])
    result = api.landscape(store, sectors=["llm"])
    figure = landscape_chart.plotly_figure(result)
    hovers = [text for bar in figure.data for text in bar.hovertext]
    evil = next(text for text in hovers if "alert(1)" in text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil
    assert "&lt;i&gt;Evil Lab&lt;/i&gt;" in evil
    assert "&lt;img src=x onerror=alert(2)&gt;" in evil
    assert "&lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in evil
    assert evil.startswith("<b>")  # the hover's own markup stays
    page = landscape_chart.html(result, full_html=False)
    for raw in (HOSTILE, "<i>Evil Lab</i>", "<img src=x", "<script>alert(4)"):
        assert raw not in page and json.dumps(raw)[1:-1] not in page, raw
