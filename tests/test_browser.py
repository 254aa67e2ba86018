"""A person in a browser: Playwright drives Debian's Chromium against ``recoupe serve``.

Opens a story, checks that the claim chart, the timeline and the quotes render, clicks a figure
through to its highlighted sentence, searches, and saves a screenshot. Skipped, with the reason,
only where Chromium is not installed (``apt-get install chromium``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.api import add_to_store
from recoupe.ingest import read_articles
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def server(tmp_path: Path, analyzer: Analyzer) -> Iterator[str]:
    db = tmp_path / "examples.db"
    add_to_store(list(read_articles([ROOT / "examples"])), Store(db), analyzer=analyzer)
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"recoupe serve did not start: {process.stderr.read().decode() if process.stderr else ''}")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_story_chart_timeline_quotes_claim_click_and_search(server: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(server + "/")
        page.click("a.story-link")
        page.wait_for_selector("svg.chart")
        assert page.locator("svg.chart").count() >= 1
        assert page.locator("ol.timeline li").count() >= 3
        assert page.locator("blockquote").count() >= 3
        assert page.locator("table.figures-now tbody tr").count() >= 1  # "Figures now" comes before the charts
        page.screenshot(path=str(tmp_path / "story.png"), full_page=True)
        claim = page.locator("a.claim-link").first
        figure = claim.inner_text()
        claim.click()
        page.wait_for_url("**/article/**")
        highlighted = page.locator("mark.highlight")
        assert highlighted.count() == 1 and figure.split()[0] in highlighted.inner_text()
        page.fill("header input[name=q]", "retardement")
        page.press("header input[name=q]", "Enter")
        page.wait_for_url("**/search?q=retardement")
        assert "bombe à retardement" in page.locator("ul.results").last.inner_text()
        page.screenshot(path=str(tmp_path / "search.png"))
        browser.close()
    assert (tmp_path / "story.png").stat().st_size > 10_000
