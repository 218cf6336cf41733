"""The web app in a real browser: Playwright driving Debian's chromium against `pedigree serve`'s
app on the bundled demo data. Takes the README's screenshot of the 商汤 organisation page."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from pedigree import api
from pedigree.store import Store

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip("no /usr/bin/chromium here (CI installs it)", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from pedigree.web import create_app  # noqa: E402

TOKEN = "browser-token-9d2"
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "img" / "sensetime-org.png"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "demo.duckdb"
    api.load_demo(path)
    with Store.open(path) as store:  # the queue a `resolve` run leaves: one grey-band pair
        store.con.execute(
            'CREATE OR REPLACE TABLE match_review (type VARCHAR, left_id VARCHAR, "left" VARCHAR, '
            'right_id VARCHAR, "right" VARCHAR, probability DOUBLE)'
        )
        store.con.execute(
            "INSERT INTO match_review VALUES "
            "('person', 'liu-yu', '刘宇', 'luo-yuchen', '罗予晨', 0.71)"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(path, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()
    assert errors == [], errors  # no console errors on any page of the test


def _cjk_fonts_cover(page, selector: str) -> None:
    """Every character of the element's text is drawn from a real font (no missing glyphs):
    chromium reports the fonts it used and how many glyphs each drew."""
    page.evaluate("document.fonts.ready")
    text = page.inner_text(selector).strip()
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    drawn = sum(font["glyphCount"] for font in fonts)
    families = " ".join(font["familyName"] for font in fonts)
    assert drawn == len(text.replace(" ", "")), (text, fonts)
    assert "CJK" in families or "Pedigree" in families, fonts


def test_search_org_lineage_person_source_and_back(server, page):
    page.goto(server + "/")
    page.fill("#q", "商湯")
    page.wait_for_selector("#suggestions li a")  # suggestions as you type
    assert "商汤科技" in page.inner_text("#suggestions")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?**")
    page.click("ul.results a:has-text('商汤科技')")
    page.wait_for_url("**/org/sensetime")
    assert page.inner_text("#org-name") == "商汤科技"
    assert "MiniMax" in page.inner_text("#lineage-tree")
    _cjk_fonts_cover(page, "#org-name")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)

    page.click("a:has-text('派系树')")
    page.wait_for_url("**/lineage/sensetime")
    branch = page.locator("#lineage details:has(> summary a:has-text('MiniMax'))").first
    branch.locator("> summary > span.gen").click()  # the tree folds …
    assert branch.get_attribute("open") is None
    branch.locator("> summary > span.gen").click()  # … and unfolds
    assert branch.get_attribute("open") is not None
    page.click("#lineage a:has-text('闫俊杰')")
    page.wait_for_url("**/person/yan-junjie")
    assert page.inner_text("#person-name") == "闫俊杰"
    person_url = page.url
    page.click("#career a.cite >> nth=0")
    page.wait_for_url("**/source/**")
    assert page.locator("tr.about mark.quote").count() > 0  # the facts about him, highlighted
    _cjk_fonts_cover(page, "tr.about mark.quote")
    page.go_back()
    page.wait_for_url(person_url)
    assert page.inner_text("#person-name") == "闫俊杰"


def test_as_of_changes_what_is_shown(server, page):
    page.goto(server + "/lineage/sensetime")
    assert "Vivix AI" in page.inner_text("#lineage")
    page.fill("#as-of", "2019")
    page.press("#as-of", "Enter")
    page.wait_for_url("**as_of=2019**")
    assert "Vivix AI" not in page.inner_text("#lineage")
    page.click("#lineage p.root a")  # links keep the day
    page.wait_for_url("**/org/sensetime?as_of=2019")


def test_review_queue_round_trip_with_a_token(server, page):
    page.goto(server + "/review")
    assert page.locator("tr.pair").count() == 1
    page.fill("#token", TOKEN)
    page.click("form.login button")
    page.wait_for_selector("#signed-in")
    page.click("tr.pair button.different")
    page.wait_for_load_state()
    assert page.locator("tr.pair").count() == 0
    page.click("#undo")
    page.wait_for_load_state()
    assert page.locator("tr.pair").count() == 1


def test_traditional_script_and_landscape(server, page):
    page.goto(server + "/org/sensetime?lang=zh-Hant")
    assert page.inner_text("#org-name") == "商湯科技"
    _cjk_fonts_cover(page, "#org-name")
    page.goto(server + "/landscape")
    page.wait_for_selector("#landscape-chart .main-svg")  # plotly.js from the package drew it
