"""The landscape map: which companies each panel shows, how lineages are coloured, `--as-of`,
and the drawn files (SVG text with the Chinese labels and no missing glyphs, PNG, offline HTML)."""

from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.errors import PedigreeError
from pedigree.ingest import load_tables
from pedigree.report import landscape_chart
from tests.world import write_tables

# A made-up market (no real facts). Academies: 阿尔法视觉 (alpha), 贝塔跳动 (byte), 星海大学
# (uni), 欧米茄研究院 (omega). Stored sectors use aliases the taxonomy maps (video generation,
# robotics, semiconductors). Lumen's 2026 round is published after 2025-12.
MARKET = {
    "sources.csv": """id,title,publisher,published,url
s2022,Academy alumni survey,Daily Tech,2022-06-01,
s2024,Round-up of AI rounds,Market Wire,2024-03-15,
s2025,Sector review,Daily Tech,2025-09,
late,Lumen mega-round,Market Wire,2026-02-01,
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
alpha,阿尔法视觉,阿尔法|Alpha Vision,company,computer_vision,CN,2014,s2022
byte,贝塔跳动,贝塔|Beta Jump,company,internet,CN,2012,s2022
uni,星海大学,Xinghai University,university,research,CN,1950,s2022
omega,欧米茄研究院,欧米茄|Omega Lab,lab,research,CN,2000,s2022
lumen,流明智能,Lumen AI,company,llm,CN,2021,s2022
nova,新星模型,Nova Models,company,large language model,CN,2022,s2024
quanta,量子语言,,company,llm,CN,2022,s2024
orbit,Orbit AI,,company,llm,US,2020,s2024
kite,风筝AI,,company,llm,CN,2023,s2024
pixel,像素跃动,,company,video generation,CN,2022,s2024
vivid,Vivid Labs,,company,multimodal,CN,2023,s2024
frame,帧率科技,,company,multimodal,CN,2023,s2025
drive,驭远驾驶,,company,autonomous_driving,CN,2016,s2022
road,RoadMind,,company,autonomous_driving,CN,2019,s2022
lane,车道智能,,company,autonomous_driving,CN,2020,s2022
stride,步履机器人,,company,robotics,CN,2021,s2024
grip,抓手科技,,company,embodied_ai,CN,2022,s2024
core,芯核半导体,,company,semiconductors,CN,2018,s2022
wafer,Wafer Micro,,company,chips,US,2015,s2022
echo,回声语音,,company,speech,HK,2019,s2022
fund,星河资本,,investor,ai,CN,2010,s2022
""",
    "people.csv": """id,name,aliases,domains
p-lumen,林明,Lin Ming,llm
p-nova,倪华,Ni Hua,llm
p-quanta,屈博,Qu Bo,llm
p-kite,柯一,Ke Yi,llm
p-pixel,裴晓,Pei Xiao,multimodal
p-vivid,魏迪,Wei Di,multimodal
p-frame,冯锐,Feng Rui,multimodal
p-drive,丁远,Ding Yuan,autonomous_driving
p-road,罗明,Luo Ming,autonomous_driving
p-stride,石步,Shi Bu,robotics
p-grip,葛力,Ge Li,robotics
p-core,柯芯,Ke Xin,chips
p-echo,殷声,Yin Sheng,speech
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
p-lumen,alpha,employment,research director,,200,2015,2020,s2022
p-lumen,lumen,founder,CEO,,,2021,,s2022
p-nova,byte,employment,AI lab head,,,2016,2021,s2024
p-nova,nova,founder,founder,,,2022,,s2024
p-quanta,uni,employment,professor,,,2010,,s2024
p-quanta,quanta,founder,founder,,,2022,,s2024
p-kite,uni,education,PhD,,,2012,2017,s2024
p-kite,alpha,employment,engineer,,,2018,2022,s2024
p-kite,kite,founder,founder,,,2023,,s2024
p-pixel,byte,employment,engineer,,,2017,2021,s2024
p-pixel,pixel,founder,founder,,,2022,,s2024
p-vivid,alpha,employment,engineer,,,2016,2020,s2024
p-vivid,lumen,employment,VP,,,2021,2022,s2024
p-vivid,vivid,founder,founder,,,2023,,s2024
p-frame,omega,employment,researcher,,,2015,2022,s2025
p-frame,frame,founder,founder,,,2023,,s2025
p-drive,alpha,employment,VP,,,2014,2016,s2022
p-drive,drive,founder,founder,,,2016,,s2022
p-road,uni,employment,professor,,,2005,,s2022
p-road,road,founder,founder,,,2019,,s2022
p-stride,byte,employment,director,,,2013,2020,s2024
p-stride,stride,founder,founder,,,2021,,s2024
p-grip,alpha,employment,engineer,,,2016,2021,s2024
p-grip,uni,employment,lecturer,,,2015,,s2024
p-grip,grip,founder,founder,,,2022,,s2024
p-core,omega,employment,director,,,2010,2018,s2022
p-core,core,founder,founder,,,2018,,s2022
p-echo,alpha,employment,scientist,,,2015,2019,s2022
p-echo,echo,founder,founder,,,2019,,s2022
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
lumen,2023-06,B,500000000,USD,3200000000,星河资本,s2024
lumen,2026-01,C,1000000000,USD,6000000000,星河资本,late
nova,2024-02,A,,CNY,14000000000,,s2024
quanta,2024-01,A,,USD,800000000,,s2024
orbit,2023-11,B,,USD,450000000,,s2024
pixel,2025-06,B,,USD,1100000000,,s2025
vivid,2024-02,A,,USD,600000000,,s2024
frame,2025-08,seed,,USD,150000000,,s2025
drive,2021-05,C,,USD,2000000000,,s2022
road,2022-01,B,,USD,700000000,,s2022
lane,2021-09,A,,USD,90000000,,s2022
stride,2023-12,B,,USD,1500000000,,s2024
grip,2024-01,A,,USD,300000000,,s2024
core,2022-03,D,,USD,5000000000,,s2022
wafer,2021-12,C,,USD,1200000000,,s2022
echo,2021-10,B,,HKD,2000000000,,s2022
""",
}

runner = CliRunner()


@pytest.fixture
def market(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "market", MARKET)])
    return store


@pytest.fixture
def market_db(tmp_path):
    path = tmp_path / "market.duckdb"
    api.load(path, [write_tables(tmp_path / "market", MARKET)])
    return str(path)


def by_sector(result) -> dict[str, list[str]]:
    return {sector: list(group.org_id) for sector, group in result.companies.groupby("sector_id")}


def colour_of(result, org_id: str) -> str | None:
    colour = result.companies.set_index("org_id").loc[org_id].lineage_id
    return None if pd.isna(colour) else colour


# --- the data ---------------------------------------------------------------------------------


def test_panels_follow_the_taxonomy_and_rank_by_latest_valuation(market):
    result = api.landscape(market)
    assert result.sectors == [
        "llm",
        "multimodal",
        "autonomous_driving",
        "embodied_ai",
        "speech",
        "chips",
    ]  # sectors without a valued company (computer_vision: alpha; internet: byte) are left out
    panels = by_sector(result)
    # CNY 14B ≈ US$1.96B ranks below Lumen's US$6B; the unvalued Kite comes after the valued.
    assert panels["llm"] == ["lumen", "nova", "quanta", "orbit", "kite"]
    assert panels["multimodal"] == ["pixel", "vivid", "frame"]  # "video generation" → multimodal
    assert panels["embodied_ai"] == ["stride", "grip"]  # "robotics" → embodied_ai
    assert panels["chips"] == ["core", "wafer"]  # "semiconductors" → chips
    assert "fund" not in set(result.companies.org_id)  # investors are not companies
    lumen = result.companies.set_index("org_id").loc["lumen"]
    assert (lumen.valuation_usd, lumen.valuation_date, lumen.valuation_source) == (
        6e9,
        "2026-01",
        "late",
    )
    assert result.data_date == "2026-02-01"


def test_top_and_sector_choice(market):
    result = api.landscape(market, sectors=["芯片", "LLM"], top=2)
    assert result.sectors == ["chips", "llm"]  # in the order asked
    assert by_sector(result) == {"chips": ["core", "wafer"], "llm": ["lumen", "nova"]}
    assert result.companies["rank"].tolist() == [1, 2, 1, 2]


def test_as_of_excludes_a_valuation_published_later(market):
    result = api.landscape(market, as_of=api_date("2025-12-31"), sectors=["llm"])
    lumen = result.companies.set_index("org_id").loc["lumen"]
    assert lumen.valuation_usd == 3.2e9 and lumen.valuation_date == "2023-06"
    assert result.data_date == "2025-12-31"
    assert "late" not in set(result.sources.id)
    # Frame's founding and round are published in 2025-09: not known at the end of 2024.
    earlier = api.landscape(market, as_of=api_date("2024-12-31"))
    assert "frame" not in set(earlier.companies.org_id)


def test_default_colours_go_to_the_lineages_with_most_companies(market):
    result = api.landscape(market)
    key = result.lineages
    # alpha: lumen, kite, vivid, drive, grip, echo (6); byte: nova, pixel, stride (3);
    # uni: quanta, road (+ grip, already alpha's) and omega: frame, core tie at 2 — uni has more
    # spin-outs in the store (3: grip too), so it comes first; lumen's only company, vivid, is
    # already coloured by alpha, so lumen gets no colour of its own.
    assert key.lineage_id.tolist() == ["alpha", "byte", "uni", "omega"]
    assert key.lineage.tolist() == ["阿尔法系", "贝塔系", "星海大学系", "欧米茄系"]
    assert key.companies.tolist() == [6, 3, 2, 2]
    assert colour_of(result, "vivid") == "alpha"  # alpha and lumen: the larger lineage
    assert colour_of(result, "grip") == "alpha"  # alpha and uni
    assert colour_of(result, "orbit") is None
    orbit = result.companies.set_index("org_id").loc["orbit"]
    assert orbit.lineage == "其他" and orbit.lineages == []
    vivid = result.companies.set_index("org_id").loc["vivid"]
    assert vivid.lineage_ids == ["alpha", "lumen"]  # every lineage is kept


def test_colour_limit_and_asked_lineages(market):
    two = api.landscape(market, colours=2)
    assert two.lineages.lineage_id.tolist() == ["alpha", "byte"]
    assert colour_of(two, "road") is None
    # Asked lineages in the order asked, by name, id or 系-label; first one asked wins.
    asked = api.landscape(market, lineages=["流明智能系", "alpha", "星海大学"])
    assert asked.lineages.lineage_id.tolist() == ["lumen", "alpha", "uni"]
    assert colour_of(asked, "vivid") == "lumen"
    assert colour_of(asked, "grip") == "alpha"
    assert colour_of(asked, "nova") is None
    assert asked.companies.set_index("org_id").loc["vivid"].lineage_ids == ["lumen", "alpha"]


def test_study_counts_only_when_asked(market):
    def lineages_of_kite(result):
        return result.companies.set_index("org_id").loc["kite"].lineage_ids

    assert lineages_of_kite(api.landscape(market, sectors=["llm"])) == ["alpha"]
    with_study = api.landscape(market, sectors=["llm"], education=True)
    assert sorted(lineages_of_kite(with_study)) == ["alpha", "uni"]


def test_english_labels(market):
    result = api.landscape(market, lang="en", sectors=["llm"])
    assert result.companies.sector.unique().tolist() == ["LLM / foundation models"]
    assert result.companies.set_index("org_id").loc["orbit"].lineage == "other"


# --- the CLI ------------------------------------------------------------------------------------


def cli(db, *args):
    return runner.invoke(app, ["--db", db, "landscape", *args])


def test_json_shape(market_db):
    result = cli(market_db, "--json", "--top", "3", "--sector", "llm", "--sector", "语音")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {
        "top",
        "lang",
        "as_of",
        "data_date",
        "sectors",
        "empty_sectors",
        "lineages",
        "sources",
    }
    assert [s["id"] for s in data["sectors"]] == ["llm", "speech"]
    assert data["sectors"][0]["label"] == "大模型"
    first = data["sectors"][0]["companies"][0]
    assert first["name"] == "流明智能" and first["rank"] == 1
    assert first["valuation_usd"] == 6e9 and first["valuation_source"] == "late"
    assert first["lineage"] == "阿尔法系"
    assert first["lineages"] == [{"id": "alpha", "label": "阿尔法系"}]
    assert {"lineage_id", "lineage", "companies", "members"} <= set(data["lineages"][0])
    assert {s["id"] for s in data["sources"]} >= {"late", "s2022"}


def test_table_and_errors(market_db, tmp_path):
    table = cli(market_db, "--sector", "chips")
    assert table.exit_code == 0 and "芯核半导体" in table.stdout and "$5B" in table.stdout
    for args, message in [
        (["--out", str(tmp_path / "map.pdf")], "the map is drawn as .png, .svg, .html"),
        (["--sector", "火箭"], "unknown sector '火箭'"),
        (["--lineage", "Nobody Inc"], "no organisation named 'Nobody Inc'"),
        (["--lang", "fr"], "choose one of zh, en"),
    ]:
        result = cli(market_db, *args)
        assert result.exit_code == 1, args
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_sources_are_shown_by_title(market_db, market):
    """The table numbers each valuation's source and lists the sources by title; the HTML map's
    hover names the source by title, not by id."""
    table = " ".join(cli(market_db, "--sector", "chips").stdout.split())
    assert "[1]" in table and "Academy alumni survey" in table
    assert " s2022 " not in table
    html = landscape_chart.html(api.landscape(market, sectors=["chips"]), full_html=False)
    assert "[Academy alumni survey]" in html and "[s2022]" not in html


def test_empty_result_is_a_message_and_no_file(market_db, tmp_path):
    out = tmp_path / "map.png"
    result = cli(market_db, "--as-of", "2019", "--out", str(out))
    assert result.exit_code == 1
    assert "nothing to map: no company in a listed sector has a valuation as of 2019-12-31" in (
        result.output
    )
    assert not out.exists()
    assert "no companies on record in 游戏" in cli(market_db, "--sector", "gaming").output
    empty = json.loads(cli(market_db, "--as-of", "2019", "--json").stdout)
    assert empty["sectors"] == [] and empty["lineages"] == []


# --- the drawings -------------------------------------------------------------------------------


def test_svg_keeps_chinese_labels_as_text_without_missing_glyphs(market_db, tmp_path):
    out = tmp_path / "map.svg"
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from (current )?font.*")
        warnings.filterwarnings("error", message=".*findfont.*")
        result = cli(market_db, "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "<text" in text  # labels are text, not glyph paths
    for label in ["大模型", "多模态与视频生成", "芯片", "流明智能", "新星模型", "Orbit AI"]:
        assert label in text, label
    for label in [
        "阿尔法系",
        "贝塔系",
        "其他",
        "$6B",
        "$1.96B",
        "估值未披露",
        "数据截至 2026-02-01",
    ]:
        assert label in text, label
    assert "Noto Sans CJK SC" in text
    assert "\ufffd" not in text and "□" not in text


def test_svg_in_english(market):
    text = landscape_chart.svg(api.landscape(market, lang="en", sectors=["llm", "chips"]))
    assert "LLM / foundation models" in text and "Chips" in text and "Data as of" in text
    assert "流明智能" in text


def test_png_is_written(market_db, tmp_path):
    out = tmp_path / "map.png"
    result = cli(market_db, "--out", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000


def test_html_is_self_contained(market_db, tmp_path):
    out = tmp_path / "map.html"
    result = cli(market_db, "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert re.search(r"<script[^>]*\ssrc=", html) is None  # plotly.js is inlined
    assert re.search(r"<link[^>]*href=[\"']https?:", html) is None
    assert len(html) > 1_000_000  # the inlined library
    for label in ["大模型", "流明智能", "阿尔法系"]:
        assert label in html or json.dumps(label)[1:-1] in html, label


def api_date(text: str):
    from datetime import date

    return date.fromisoformat(text)


def _bar_lengths(result, scale: str | None = None) -> dict[str, float]:
    """org id → the length of its bar as drawn (inches), valued companies only."""
    options = {"scale": scale} if scale else {}
    canvas = landscape_chart.matplotlib_figure(result, **options).axes[0]
    bars = [patch.get_width() for patch in canvas.patches]
    ordered = pd.concat([result.companies[result.companies.sector_id == s] for s in result.sectors])
    assert len(bars) == len(ordered)
    return {
        org: bar
        for org, bar, value in zip(ordered.org_id, bars, ordered.valuation_usd, strict=True)
        if pd.notna(value)
    }


def test_panels_share_one_scale_by_default(market):
    """A $256M bar in one panel is not drawn as long as a $6B bar in the next."""
    result = api.landscape(market, sectors=["llm", "speech"])
    value = result.companies.set_index("org_id").valuation_usd
    bars = _bar_lengths(result)
    assert bars["echo"] / bars["lumen"] == pytest.approx(value["echo"] / value["lumen"])
    assert bars["nova"] / bars["lumen"] == pytest.approx(value["nova"] / value["lumen"])
    # per panel on request: each panel's largest bar is as long as any other's
    panel = _bar_lengths(result, "panel")
    assert panel["echo"] == pytest.approx(panel["lumen"])


def test_each_value_shows_its_date(market):
    result = api.landscape(market, sectors=["llm", "speech"])
    svg = landscape_chart.svg(result)
    assert "$6B · 2026-01" in svg and "$256M · 2021-10" in svg
    html = landscape_chart.html(result, full_html=False)
    # plotly writes JSON: escaped with the json module, as it is with orjson when installed
    label = "$6B · 2026-01"
    assert json.dumps(label)[1:-1] in html or label in html


def test_scale_choice_and_embedding(market):
    result = api.landscape(market, sectors=["llm", "speech"])
    assert "各面板比例尺相同" in landscape_chart.svg(result)
    assert "各面板比例尺独立" in landscape_chart.svg(result, scale="panel")
    div = landscape_chart.html(result, full_html=False)
    assert div.lstrip().startswith("<div") and "<html" not in div
    with pytest.raises(PedigreeError, match="^scale 'log': choose one of panel, shared"):
        landscape_chart.svg(result, scale="log")
