"""The organisation page's financial chart: drawn by a request of its own, which the page makes
once it has loaded, so the page does not wait for matplotlib."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from pedigree import api  # noqa: E402
from pedigree.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = tmp_path_factory.mktemp("chart") / "demo.duckdb"
    api.load_demo(path)
    return TestClient(create_app(path, token=None))


def test_the_chart_of_an_organisation_with_figures_is_a_request_of_its_own(client):
    page = client.get("/org/minimax")
    assert page.status_code == 200
    assert '<figure class="chart" data-chart="/org-chart/minimax">' in page.text
    assert "<svg" not in page.text  # drawn apart, not inline
    assert client.get("/api/org/minimax").json()["financials"]["periods"]  # the table's data
    chart = client.get("/org-chart/minimax")
    assert chart.status_code == 200
    assert chart.text.startswith("<svg") and 'id="fin-minimax-' in chart.text  # ids unique
    dated = client.get("/org/minimax?as_of=2026-01-31").text  # the chart keeps the as-of day
    assert 'data-chart="/org-chart/minimax?as_of=2026-01-31"' in dated
    assert "data-chart=" not in client.get("/org/minimax?as_of=2025-01-31").text  # not known yet


def test_no_chart_without_figures(client):
    page = client.get("/org/sensetime")
    assert page.status_code == 200 and "data-chart=" not in page.text
    assert client.get("/org-chart/sensetime").status_code == 404
    assert client.get("/org-chart/no-such-org").status_code == 404
