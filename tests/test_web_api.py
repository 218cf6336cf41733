"""The web app's JSON API and pages over the test world (FastAPI's TestClient, no server)."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from pedigree import api  # noqa: E402
from pedigree.store import Store  # noqa: E402
from pedigree.web import create_app  # noqa: E402
from tests.world import WORLD, write_tables  # noqa: E402

TOKEN = "test-token-5f1c"
LONG = "长" * 10_000
HOSTILE = {
    "h-script": "<script>alert('x')</script>",
    "h-quotes": "\"Quoted\" & 'single' Co",
    "h-long": LONG,
    "h-sql": "'; DROP TABLE people; --",
}
HOSTILE_TABLES = {
    "sources.csv": "id,title,publisher,published,url\n"
    'h-src,"<img src=x onerror=alert(1)> ""report""",<b>Daily</b>,2022-01-05,'
    "javascript:alert(1)\n",
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    + "".join(
        f'{key},"{name.replace(chr(34), chr(34) * 2)}",,company,llm,CN,2021,h-src\n'
        for key, name in HOSTILE.items()
    ),
    "people.csv": "id,name,aliases,domains\nh-person,<script>alert(2)</script>,,\n",
    "stints.csv": "person_id,org_id,kind,title,field,team_size,start,end,source_id\n"
    "h-person,h-script,founder,<i>CEO</i>,,,2021,,h-src\n",
}
# A later import, loaded while the app serves (test_an_import_while_serving).
LATER = {
    "sources.csv": "id,title,publisher,published,url\nlater,Later news,Daily Tech,2025-01-02,\n",
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    "omega,Omega Newco,,company,llm,CN,2024,later\n",
    "people.csv": "id,name,aliases,domains\n",
    "stints.csv": "person_id,org_id,kind,title,field,team_size,start,end,source_id\n"
    "li,omega,founder,founder,,,2024,,later\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    path = folder / "web.duckdb"
    api.load(path, [write_tables(folder / "world", WORLD)])
    api.load(path, [write_tables(folder / "hostile", HOSTILE_TABLES)])
    with Store.open(path) as store:
        _queue(store, [("person", "li", "李娜", "wang", "王伟", 0.7)])
    return path


def _queue(store: Store, rows) -> None:
    """The review queue a `resolve` run leaves (pedigree.resolve.resolver), pairs in id order."""
    store.con.execute(
        'CREATE OR REPLACE TABLE match_review (type VARCHAR, left_id VARCHAR, "left" VARCHAR, '
        'right_id VARCHAR, "right" VARCHAR, probability DOUBLE)'
    )
    store.con.executemany("INSERT INTO match_review VALUES (?, ?, ?, ?, ?, ?)", rows)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


@pytest.fixture(scope="module")
def readonly(db) -> TestClient:
    return TestClient(create_app(db, token=None))


def _counts(db) -> dict:
    return api.info(db)["counts"]


# Every JSON endpoint, with the sections it must hold.
ENDPOINTS = [
    ("/api/search?q=阿爾法", ["query", "search"]),
    ("/api/org/alpha", ["org", "lineage", "financials", "timeline"]),
    ("/api/halo/beta", ["halo"]),
    ("/api/lineage/Alpha%20Vision?depth=2", ["lineage", "sources"]),
    ("/api/person/王偉", ["person", "score", "timeline"]),
    ("/api/timeline/alpha?type=organization", ["timeline"]),
    ("/api/source/news-2020", ["source"]),
    ("/api/academies?depth=2", ["academies"]),
    ("/api/scarcity?require=research", ["scarcity"]),
    ("/api/landscape", ["landscape"]),
    ("/api/halo", ["halo"]),
    ("/api/backtest?lineage=alpha&as_of=2022", ["backtest"]),
    ("/api/new/alpha?since=2021", ["changes"]),
    ("/api/review", ["review", "note"]),
]


@pytest.mark.parametrize(("path", "keys"), ENDPOINTS)
def test_every_endpoint_answers_json(client, path, keys):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert set(keys) <= set(response.json())


def test_every_page_renders(client):
    for path, _ in ENDPOINTS:
        page = client.get(path.removeprefix("/api"))
        assert page.status_code == 200, (path, page.text[:300])
        assert page.headers["content-type"].startswith("text/html")
    assert client.get("/").status_code == 200


def test_json_twins_have_the_cli_shapes(client, db):
    org = client.get("/api/org/alpha").json()
    assert org["org"] == _plain(api.org(db, "alpha").to_json())
    tree = client.get("/api/lineage/alpha?depth=2").json()["lineage"]
    assert tree == _plain(api.lineage(db, "alpha", depth=2).to_json())
    children = {edge["child_id"] for edge in tree["edges"]}
    assert {"beta", "gamma", "delta"} <= children


def _plain(value):
    import json

    return json.loads(json.dumps(value, default=str))


@pytest.mark.parametrize(
    "query", ["阿爾法視覺", "阿尔法视觉", "Alpha Vision", "alpha vision", "aerfa"]
)
def test_search_finds_any_script_and_form(client, query):
    hits = client.get("/api/search", params={"q": query}).json()["search"]
    assert hits and hits[0]["id"] == "alpha", hits


def test_search_finds_people_by_romanised_name(client):
    hits = client.get("/api/search", params={"q": "Wang Wei"}).json()["search"]
    assert [h["id"] for h in hits][:1] == ["wang"]


def test_as_of_changes_what_is_shown(client):
    now = client.get("/api/lineage/alpha?depth=2").json()["lineage"]["edges"]
    then = client.get("/api/lineage/alpha?depth=2&as_of=2021").json()["lineage"]["edges"]
    assert {e["child_id"] for e in then} < {e["child_id"] for e in now}
    page = client.get("/lineage/alpha?depth=2&as_of=2021").text
    assert "Delta 3D" not in page and "Delta 3D" in client.get("/lineage/alpha?depth=2").text
    assert 'value="2021"' in page  # the as-of control shows the day


def test_bad_input_is_one_line(client):
    bad = client.get("/api/org/alpha?as_of=someday")
    assert bad.status_code == 400 and "as_of" in bad.json()["error"]
    missing = client.get("/api/org/Nobody%20Inc")
    assert missing.status_code == 404 and "Nobody Inc" in missing.json()["error"]
    page = client.get("/org/Nobody%20Inc")
    assert page.status_code == 404 and "Traceback" not in page.text


def test_source_page_shows_its_facts_with_quotes(client):
    source = client.get("/api/source/news-2020").json()["source"]
    assert source["source"]["title"] == "Alpha alumni feature"
    subjects = {f["subject_id"] for f in source["facts"]}
    assert {"wang", "alpha"} <= subjects
    page = client.get("/source/news-2020?subject=wang").text
    assert 'class="about"' in page


def test_changes_and_feed(client):
    changes = client.get("/api/new/alpha?since=2021").json()["changes"]
    kinds = {(e["kind"], e["org_id"]) for e in changes["entries"]}
    assert ("spinout", "delta") in kinds and ("spinout", "beta") not in kinds
    feed = client.get("/feed/alpha?since=2021")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert "<entry>" in feed.text and "Delta 3D" in feed.text


@pytest.mark.parametrize("key", sorted(HOSTILE))
def test_hostile_names_render_escaped_and_change_nothing(client, db, key):
    before = _counts(db)
    name = HOSTILE[key]
    hits = client.get("/api/search", params={"q": name[:200]}).json()["search"]
    assert key in {h["id"] for h in hits}
    for path in (f"/org/{key}", "/search?q=" + name[:200].replace("#", "")):
        page = client.get(path)
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
    page = client.get(f"/org/{key}").text
    if key == "h-script":
        assert "&lt;script&gt;alert(" in page
    if key == "h-long":
        assert LONG in page
    assert client.get(f"/api/org/{key}").json()["org"]["name"] == name
    assert _counts(db) == before


def test_hostile_source_and_person_escaped(client):
    page = client.get("/source/h-src").text
    assert "<img src=x" not in page and "&lt;img src=x" in page
    assert 'href="javascript:' not in page or "rel=" in page
    assert "<script>alert(2)" not in client.get("/person/h-person").text


def test_writes_without_the_token_are_refused(client, readonly, db):
    before = _counts(db)
    pair = {"first": "wang", "second": "li", "verdict": "same"}
    assert client.post("/api/review/judge", json=pair).status_code == 401
    assert (
        client.post(
            "/api/review/judge", json=pair, headers={"Authorization": "Bearer wrong"}
        ).status_code
        == 401
    )
    assert client.post("/api/review/undo").status_code == 401
    assert (
        readonly.post(
            "/api/review/judge", json=pair, headers={"Authorization": f"Bearer {TOKEN}"}
        ).status_code
        == 403
    )
    assert client.post("/review/judge", data=pair).status_code == 401
    assert (
        "read-only" in readonly.get("/review").text.lower()
        or "只读" in readonly.get("/review").text
    )
    assert _counts(db) == before


def test_judgements_with_the_token_work_and_undo(client, db):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    before = _counts(db)
    assert client.get("/api/review").json()["review"][0]["left_id"] == "li"
    done = client.post(
        "/api/review/judge",
        json={"first": "wang", "second": "li", "verdict": "different"},
        headers=headers,
    )
    assert done.status_code == 200, done.text
    assert done.json()["verdict"] == "different"
    assert client.get("/api/review").json()["review"] == []  # judged: off the queue
    undone = client.post("/api/review/undo", headers=headers)
    assert undone.status_code == 200 and undone.json()["verdict"] == "different"
    assert client.get("/api/review").json()["review"][0]["left_id"] == "li"
    assert _counts(db)["canonical_ids"] == before["canonical_ids"]


def test_review_page_round_trip_with_a_cookie(db):
    browser = TestClient(create_app(db, token=TOKEN))
    assert browser.post("/review/login", data={"token": "nope"}).status_code == 401
    signed = browser.post("/review/login", data={"token": TOKEN}, follow_redirects=False)
    assert signed.status_code == 303
    page = browser.get("/review").text
    assert 'id="signed-in"' in page and 'class="same"' in page
    browser.post("/review/judge", data={"first": "wang", "second": "li", "verdict": "different"})
    assert "王伟" not in browser.get("/review").text.split('id="queue"')[-1]
    browser.post("/review/undo")
    assert 'id="queue"' in browser.get("/review").text


def test_language_and_script(client):
    hant = client.get("/org/alpha?lang=zh-Hant")
    assert "阿爾法視覺" in hant.text and "創始人" in hant.text
    assert hant.cookies.get("pedigree_lang") == "zh-Hant"
    english = client.get("/org/alpha?lang=en").text
    assert "Founders" in english and "阿尔法视觉" in english
    hans = client.get("/person/王偉?lang=zh-Hans").text
    assert "王伟" in hans and "履历" in hans


def test_openapi_docs_work_offline(client):
    docs = client.get("/docs").text
    assert "swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    schema = client.get("/openapi.json").json()
    for path in ("/api/org/{name}", "/api/lineage/{name}", "/api/search", "/api/review/judge"):
        assert path in schema["paths"], path
    assert client.get("/static/app.js").status_code == 200


def _load_later(path: str, folder: str) -> None:
    api.load(path, [folder])


def test_an_import_while_serving(tmp_path):
    """An import in another process: requests wait for it or come before it; none fails, none
    sees half of it, and what it loaded shows up after."""
    path = tmp_path / "live.duckdb"
    api.load(path, [write_tables(tmp_path / "world", WORLD)])
    later = write_tables(tmp_path / "later", LATER)
    client = TestClient(create_app(path))
    assert client.get("/api/search?q=Omega").json()["search"] == []
    context = multiprocessing.get_context("spawn")
    loader = context.Process(target=_load_later, args=(str(path), str(later)))
    loader.start()
    seen, deadline = [], time.monotonic() + 120
    while loader.is_alive() and time.monotonic() < deadline:
        response = client.get("/api/lineage/alpha?depth=2")
        assert response.status_code == 200, response.text
        children = {e["child_id"] for e in response.json()["lineage"]["edges"]}
        org_hits = client.get("/api/search?q=Omega").json()["search"]
        # all or nothing: the new company and its founder's spin-out edge arrive together
        seen.append((bool(org_hits), "omega" in children))
    loader.join(60)
    assert loader.exitcode == 0
    # the lineage is asked first: once it shows the spin-out, the company is found too
    assert all(found or not edge for found, edge in seen), seen
    assert client.get("/api/search?q=Omega").json()["search"][0]["id"] == "omega"
    assert "omega" in {
        e["child_id"] for e in client.get("/api/lineage/alpha?depth=2").json()["lineage"]["edges"]
    }


def test_serve_command(tmp_path):
    from typer.testing import CliRunner

    from pedigree.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["serve", "--help"])
    assert shown.exit_code == 0 and "--token" in shown.output and "127.0.0.1" in shown.output
    missing = runner.invoke(app, ["--db", str(tmp_path / "none.duckdb"), "serve"])
    assert missing.exit_code == 1 and "no store at" in missing.output
    assert "Traceback" not in missing.output


def test_server_timing_header(client):
    assert client.get("/api/search?q=Beta").headers["server-timing"].startswith("app;dur=")


def test_halo_check_of_one_company(client):
    beta = client.get("/api/halo/beta").json()["halo"]
    assert beta.get("org_id") == "beta" or "error" in beta
    zeta = client.get("/api/halo/zeta").json()["halo"]
    assert "no valuation" in zeta["error"]
    assert "/halo/beta" in client.get("/org/beta").text


def test_a_source_lists_at_most_limit_facts_of_each_kind(client):
    everything = client.get("/api/source/news-2020").json()["source"]
    assert everything["total"] == len(everything["facts"]) > 2
    few = client.get("/api/source/news-2020?limit=1").json()["source"]
    assert few["total"] == everything["total"] and len(few["facts"]) < everything["total"]
    assert len({f["kind"] for f in few["facts"]}) == len(few["facts"])  # one of each kind


def test_the_pages_show_the_first_timeline_entries_and_say_how_many_more(client, monkeypatch):
    from pedigree.web import pages

    full = client.get("/api/timeline/alpha?type=organization").json()["timeline"]
    assert full["total"] == len(full["entries"]) > 2 and full["more"] == 0
    monkeypatch.setattr(pages, "TIMELINE_SHOWN", 2)
    shown = client.get("/api/org/alpha").json()["timeline"]
    assert shown["entries"] == full["entries"][:2]
    assert (shown["total"], shown["more"]) == (full["total"], full["total"] - 2)
    page = client.get("/org/alpha").text
    assert f"+{full['total'] - 2}" in page
    link = f"/timeline/alpha?type=organization&amp;limit={full['total']}"
    assert link in page
    listed = client.get(link.replace("&amp;", "&"))
    assert listed.status_code == 200 and full["entries"][-1]["text"] in listed.text
    few = client.get("/api/timeline/alpha?type=organization&limit=1").json()["timeline"]
    assert len(few["entries"]) == 1 and few["more"] == full["total"] - 1
    assert client.get("/api/timeline/alpha?limit=0").status_code == 422
