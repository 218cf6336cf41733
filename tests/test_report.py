"""The HTML report: self-contained, complete, escaped, as-of aware, with one-line errors."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.errors import NotFound, PedigreeError
from pedigree.ingest import load_tables
from pedigree.report.offline import external_references
from pedigree.store import Store
from tests.world import WORLD, write_tables

EVIL = '<script>alert("x")</script> & Co'

# The small world plus a spin-out with markup in its name, figures for Beta Labs (a 9-month
# period and a full year) and a source with a URL.
EXTRA = {
    "sources.csv": WORLD["sources.csv"]
    + "fin-2023,Beta prospectus,Exchange,2023-11-30,https://example.org/beta-prospectus\n",
    "organizations.csv": WORLD["organizations.csv"]
    + f'evil,"{EVIL.replace(chr(34), chr(34) * 2)}",,company,robotics,CN,2022,news-2023\n',
    "people.csv": WORLD["people.csv"] + "qian,钱七,,robotics\n",
    "stints.csv": WORLD["stints.csv"]
    + "qian,alpha,employment,engineer,,,2016,2021,news-2023\n"
    + "qian,evil,founder,founder,,,2022,,news-2023\n",
    "financials.csv": """org_id,metric,period_start,period_end,value,unit,source_id,quote
beta,revenue,2022-01-01,2022-12-31,40000000,USD,fin-2023,
beta,revenue,2023-01-01,2023-09-30,45000000,USD,fin-2023,
""",
}


@pytest.fixture(scope="module")
def report_world(tmp_path_factory):
    """One store for the module (no test changes it): building reports is the slow part."""
    with Store.memory() as store:
        load_tables(store, [write_tables(tmp_path_factory.mktemp("world"), WORLD | EXTRA)])
        yield store


@pytest.fixture(scope="module")
def alpha_en(report_world):
    return api.report(report_world, "alpha", lang="en")


def test_report_is_self_contained(report_world, tmp_path: Path):
    out = tmp_path / "alpha.html"
    report = api.report(report_world, "Alpha Vision", out=out, lang="en")
    text = out.read_text(encoding="utf-8")
    assert text == report.html
    assert external_references(text) == []
    # Every src/href/url()/@import is an in-page anchor or inline data, or a source's web
    # address as a link to click (stated independently of the module's own check).
    links = re.findall(r"""<a\s[^>]*href\s*=\s*["'](https?://[^"']*)""", text, re.I)
    for target in re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", text, re.I):
        assert target.startswith(("#", "data:")) or target in links, target
    assert not re.search(r"url\(\s*['\"]?\s*(?!data:|#)", text)
    assert "@import" not in text
    assert "<script" not in text  # no scripts at all, inline or not
    # Source URLs are links, only in the source list.
    assert "https://example.org/beta-prospectus" in links
    head, sources = text.split('<section id="sources">')
    assert "http://" not in head and "https://" not in head


def test_source_addresses_are_links_to_click(alpha_en):
    sources = alpha_en.html.split('<section id="sources">')[1]
    assert (
        '<a href="https://example.org/beta-prospectus" rel="noopener noreferrer" '
        'target="_blank"><span class="url">https://example.org/beta-prospectus</span></a>'
    ) in sources
    assert "URLs are plain text" not in alpha_en.html


def test_a_link_to_click_is_no_external_reference_but_a_load_is():
    assert external_references('<a href="https://example.org/a">a</a>') == []
    assert external_references('<link rel="stylesheet" href="https://x.org/a.css">') == [
        "https://x.org/a.css"
    ]
    assert external_references('<a href="javascript:alert(1)">x</a>') == ["javascript:alert(1)"]
    assert external_references('<a href="https://x.org"><img src="https://x.org/i.png"></a>') == [
        "https://x.org/i.png"
    ]


def test_a_local_file_address_stays_text():
    from pedigree.report.sections import url_html

    assert url_html("file:///tmp/a.md") == '<span class="url">file:///tmp/a.md</span>'
    assert 'href="https://x.org/?a=1&amp;b=2"' in url_html("https://x.org/?a=1&b=2")


def test_names_never_break_inside(alpha_en):
    """A narrow cell must not split a Chinese name (闫俊 / 杰): names are unbreakable spans."""
    text = alpha_en.html
    assert ".name { white-space: nowrap; }" in text
    assert '<span class="name">钱七</span>' in text  # a founder in the tree
    assert '<strong><span class="name">Beta Labs</span></strong>' in text


def test_figures_are_written_out_not_in_scientific_notation(alpha_en):
    from pedigree.report.sections import Citations, _fact_html
    from pedigree.report.terminal import number

    fact = {"kind": "product", "value": 3e6, "product": "秒画", "date": "2023-09", "sources": []}
    assert _fact_html(fact, Citations()) == "product 3,000,000, 秒画, 2023-09"
    assert [number(v) for v in (3e6, 12.5, 0.03125, 2.0, None)] == [
        "3,000,000", "12.5", "0.0312", "2", ""
    ]  # fmt: skip
    assert not re.search(r"\de[+-]\d", alpha_en.html.split("<svg")[0])


def test_report_has_every_section_and_cites_sources(alpha_en):
    report = alpha_en
    text = report.html
    for section in ("lineage", "academies", "landscape", "scarcity", "financials", "sources"):
        assert f'<section id="{section}">' in text
    for company in ("Beta Labs", "Gamma AI", "Delta 3D"):
        assert company in text
    assert set(report.companies) >= {"beta", "gamma", "delta", "evil"}
    for title in ("Alpha alumni feature", "Delta founding report", "Beta prospectus"):
        assert title in text
    assert report.unavailable == {}
    # Every citation points at an entry of the source list, and every entry is cited.
    cited = set(re.findall(r'href="#(src-\d+)"', text))
    listed = set(re.findall(r'<li id="(src-\d+)"', text))
    assert cited == listed and len(listed) == len(report.sources)
    # Ids are unique in the page (two inline charts included) and every anchor resolves.
    ids = re.findall(r'\bid="([^"]+)"', text)
    assert len(ids) == len(set(ids))
    anchors = set(re.findall(r'href="#([^"]+)"', text)) | set(re.findall(r"url\(#([^)]+)\)", text))
    assert anchors <= set(ids)
    # Charts are inline SVG with their text kept (the landscape and Beta's revenue).
    assert text.count("<svg") >= 2
    assert "FY2022" in text and "9M 2023" in text


def test_report_escapes_markup_in_names(report_world):
    text = api.report(report_world, "alpha").html
    assert "<script>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in text


def test_report_as_of_excludes_later_facts(report_world, alpha_en):
    later = alpha_en.html
    earlier = api.report(report_world, "alpha", lang="en", as_of=date(2023, 12, 31)).html
    assert "Gamma AI" in later and "Gamma round report" in later
    assert "Gamma AI" not in earlier and "Gamma round report" not in earlier
    assert "Delta 3D" in earlier and "2023-12-31" in earlier
    before_figures = api.report(report_world, "alpha", lang="en", as_of=date(2023, 6, 30))
    assert "Beta prospectus" not in before_figures.html
    assert "No financial figures on record" in before_figures.html


def test_report_in_chinese_and_for_an_org_without_spinouts(report_world):
    text = api.report(report_world, "Zeta Robotics").html
    assert '<html lang="zh-CN">' in text and "派系报告" in text
    assert "没有记录到从 Zeta Robotics 衍生的公司" in text
    assert external_references(text) == []


def test_unknown_org_is_an_error(report_world):
    with pytest.raises(NotFound):
        api.report(report_world, "Nobody Inc")


def test_external_references_finds_links():
    assert external_references('<img src="https://x.org/a.png"><a href="#s1">') == [
        "https://x.org/a.png"
    ]
    assert external_references("<style>@import url('http://f.org/a.css')</style>") != []
    assert external_references("<p>src=http://example.org in text</p>") == []
    assert external_references('<img src="data:image/png;base64,AAAA">') == []


def test_cli_report(tmp_path: Path):
    db = tmp_path / "store.duckdb"
    api.load(db, [write_tables(tmp_path / "world", WORLD | EXTRA)])
    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["--db", str(db), "report", "阿尔法", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "阿尔法视觉" in out.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["--db", str(db), "report", "Nobody Inc", "--out", str(out)])
    assert missing.exit_code == 1
    assert "Traceback" not in missing.output
    assert len(missing.output.strip().splitlines()) == 1 and "error" in missing.output
    lang = runner.invoke(
        app, ["--db", str(db), "report", "alpha", "--out", str(out)] + ["--lang", "fr"]
    )
    assert lang.exit_code == 1 and "zh, en" in lang.output
    wrong = runner.invoke(app, ["--db", str(db), "report", "alpha", "--out", "r.pdf"])
    assert wrong.exit_code == 1 and ".html" in wrong.output


def test_academies_row_of_org_outside_the_top(report_world):
    text = api.report(report_world, "Beta Labs", top=1, lang="en").html
    academies = text.split('<section id="academies">')[1].split("</section>")[0]
    assert academies.count("<tr>") + academies.count('<tr class="root">') == 3  # head + 2
    assert (
        '<tr class="root"><td class="num">2</td><td><span class="name">Beta Labs</span></td>'
        in academies
    )


def test_a_missing_module_leaves_its_section_saying_so(report_world, monkeypatch):
    from pedigree.report import sections

    real = sections._optional

    def broken(module: str):
        if module.endswith("scarcity"):
            raise PedigreeError(f"{module} could not be loaded (ImportError: test)")
        return real(module)

    monkeypatch.setattr(sections, "_optional", broken)
    report = api.report(report_world, "alpha", lang="en")
    assert set(report.unavailable) == {"scarcity"}
    scarcity = report.html.split('<section id="scarcity">')[1].split("</section>")[0]
    assert "could not be produced" in scarcity and "ImportError: test" in scarcity
    assert "Beta Labs" in report.html  # the other sections are there
