"""A person in a browser: Playwright drives Debian's Chromium against ``recoupe serve``.

Opens a story, checks that the claim chart, the timeline and the quotes render, clicks a figure
through to its highlighted sentence, searches, and saves a screenshot. At the analyst's desk
(``serve --allow-edits``), submits the pages' own forms: a story merge, then a claim fix, each seen
marked on the page it lands on, then a search. Skipped, with the reason, only where Chromium is not
installed (``apt-get install chromium``; ``.ci/run`` installs it).
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
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _served(db: Path, *flags: str) -> Iterator[str]:
    """``recoupe serve`` over ``db`` (with ``flags``) on a free port, as a real user starts it: its address,
    once it answers; stopped after the test."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
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


@pytest.fixture()
def server(tmp_path: Path, analyzer: Analyzer) -> Iterator[str]:
    db = tmp_path / "examples.db"
    add_to_store(list(read_articles([ROOT / "examples"])), Store(db), analyzer=analyzer)
    yield from _served(db)


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


RIOTS = (
    "Dans la nuit de mercredi à jeudi, des violences urbaines ont éclaté à Nanterre. Des dizaines de voitures "
    "ont été incendiées.\nDans la nuit de jeudi à vendredi, des émeutiers ont pillé des magasins à Marseille et "
    "à Lyon, où des heurts ont opposé des jeunes aux forces de l'ordre."
)


@pytest.fixture()
def riots_server(tmp_path: Path, analyzer: Analyzer) -> Iterator[str]:
    """``recoupe serve`` on a store of one invented riots article (events at three towns)."""
    from recoupe.model import Article

    db = tmp_path / "riots.db"
    add_to_store(
        [Article(id="riots", text=RIOTS, published="2023-07-01", outlet="Le Témoin")], Store(db), analyzer=analyzer
    )
    yield from _served(db)


def test_story_map_renders_points_linking_to_events_and_sentences(riots_server: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(riots_server + "/")
        page.click("a.story-link")
        page.wait_for_selector("svg.story-map")
        assert page.locator("svg.story-map polygon").count() >= 1  # country outlines, drawn offline
        points = page.locator("svg.story-map a.map-event")
        assert points.count() == 3
        box = page.locator("svg.story-map").bounding_box()
        assert box is not None and box["width"] > 300
        target = points.first.get_attribute("href")
        assert target and target.startswith("#event-")
        page.locator("svg.story-map").scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "map.png"))
        points.first.dispatch_event("click")
        row = page.locator(f"tr[id='{target[1:]}']")
        assert row.count() == 1 and "Riots" in row.inner_text()
        row.locator("a.event-cite").first.click()
        page.wait_for_url("**/article/**")
        assert page.locator("mark").count() >= 1
        browser.close()
    assert (tmp_path / "map.png").stat().st_size > 10_000


#: The desk's options: corrections allowed, by Ana.
EDITS = ("--allow-edits", "--editor", "Ana")

DOCKERS = (
    "Grève des dockers : 900 manifestants au Havre\n\nEnviron 900 dockers ont manifesté jeudi au Havre à "
    "l'appel des syndicats, selon la police. « Le port restera bloqué », a lancé Marie Lefort, déléguée syndicale."
)


@pytest.fixture()
def desk_server(tmp_path: Path, analyzer: Analyzer) -> Iterator[str]:
    """``recoupe serve --allow-edits --editor Ana`` on the examples and an invented strike article
    (two stories)."""
    from recoupe.model import Article

    db = tmp_path / "desk.db"
    strike = Article(
        id="dockers",
        text=DOCKERS,
        published="2025-03-16",
        outlet="Le Témoin",
        title="Grève des dockers : 900 manifestants au Havre",
    )
    add_to_store([*read_articles([ROOT / "examples"]), strike], Store(db), analyzer=analyzer)
    yield from _served(db, *EDITS)


def test_desk_merges_stories_fixes_a_claim_and_searches(desk_server: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(desk_server + "/")
        assert page.locator("header a[href='/corrections']").count() == 1
        page.locator("a.story-link", has_text="Sarrans").first.click()
        page.wait_for_url("**/story/**")
        story_url = page.url
        merge = page.locator("form.merge-story")
        merge.locator("select[name='target.story']").select_option(
            label="Grève des dockers : 900 manifestants au Havre (1 articles)"
        )
        merge.locator("input[name=reason]").fill("même dossier")
        with page.expect_navigation():
            merge.locator("button").click()
        assert page.url == story_url, page.content()  # back on the story, which now holds the strike article
        articles = page.locator("h2:has-text('Articles in this story') + ul").inner_text()
        assert "Grève des dockers" in articles
        assert "corrected by Ana (#1 merge_stories: même dossier)" in page.locator("ul.corrections").inner_text()
        page.screenshot(path=str(tmp_path / "merged.png"), full_page=True)

        page.locator("a", has_text="Grève des dockers").first.click()
        page.wait_for_url("**/article/dockers")
        row = page.locator("table.desk-claims tr", has_text="Environ 900 dockers").first
        row.locator("form.fix-claim input[name='change.value']").fill("1200")
        row.locator("form.fix-claim input[name='change.source']").fill("les syndicats")
        row.locator("form.fix-claim input[name=reason]").fill("chiffre des syndicats")
        row.locator("form.fix-claim button").click()
        page.wait_for_url("**/article/dockers")
        row = page.locator("table.desk-claims tr", has_text="Environ 900 dockers").first
        fixed = row.inner_text()
        assert "1200" in fixed and "source: les syndicats" in fixed
        assert "corrected by Ana (#2 fix_claim: chiffre des syndicats)" in fixed
        page.goto(story_url)
        groups = "\n".join(page.locator("div.claim-group").all_inner_texts())  # the figure, marked in its group
        assert "les syndicats" in groups and "corrected by Ana (#2 fix_claim: chiffre des syndicats)" in groups

        page.goto(desk_server + "/corrections")
        assert page.locator("table.corrections-audit tbody tr").count() == 2
        assert page.locator("form.undo button").count() == 2

        page.fill("header input[name=q]", "dockers")
        page.press("header input[name=q]", "Enter")
        page.wait_for_url("**/search?q=dockers")
        assert "Grève des dockers" in page.locator("ul.results").first.inner_text()
        browser.close()
    assert (tmp_path / "merged.png").stat().st_size > 10_000
