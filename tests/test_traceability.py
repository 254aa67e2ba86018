"""Every item one click from its words: the report's and the web app's citation links, all followed.

``recoupe check-links`` (``recoupe.present.check``) walks a report; these tests run it over the bundled
examples, an invented article whose quote crosses a cited sentence, and the seed articles when
``../shared`` is there, and follow every citation link of the web app's story page.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from recoupe.analyze import Analyzer
from recoupe.api import add_to_store
from recoupe.ingest import read_articles
from recoupe.model import Article
from recoupe.present.check import check_app_page, check_report, target_text
from recoupe.present.report import render_report
from recoupe.present.views import anchor, marked_article
from recoupe.present.web import create_app
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent

#: A quote that runs over a sentence end, so its mark must cross the marks of two sentences.
CROSSING = Article(
    id="crue",
    published="2024-10-18",
    outlet="La Gazette du Gard",
    text=(
        "Crue du Gardon : 3 morts à Alès\n\n"
        "La crue du Gardon a fait 3 morts à Alès, selon la préfecture. « Les secours ont évacué 200 habitants "
        "pendant la nuit. Nous restons mobilisés », a déclaré le préfet, Jean Morel. Jeudi, 3 morts ont été "
        "confirmés par la préfecture du Gard."
    ),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Store:
    path = tmp_path_factory.mktemp("trace") / "examples.db"
    articles = [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]
    add_to_store([*articles, CROSSING], Store(path), analyzer=analyzer)
    return Store(path, readonly=True)


def test_every_report_link_lands_on_exactly_its_words(store: Store) -> None:
    assert check_report(render_report(store)) == []


def test_a_span_crossing_another_is_marked_in_pieces_that_nest(analyzer: Analyzer) -> None:
    """« Les secours … mobilisés » crosses a cited span that ends inside it: both keep all their words."""
    analysis = analyzer.analyze(CROSSING)
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    cited = (CROSSING.text.index("selon"), CROSSING.text.index("nuit.") + 5)
    assert cited[0] < quote.start < cited[1] < quote.end
    html, cut = marked_article(CROSSING, analysis, [cited])
    assert anchor(CROSSING.id, quote.start, quote.end) in cut
    root = lxml.html.fromstring(f"<div>{html}</div>")
    for start, end in (cited, (quote.start, quote.end)):
        assert target_text(root, anchor(CROSSING.id, start, end)) == CROSSING.text[start:end]


def test_the_web_app_highlights_exactly_each_cited_span(store: Store) -> None:
    client = TestClient(create_app(store.path), base_url="http://127.0.0.1")
    story = client.get("/").text
    story_link = story.split('href="/story/', 1)[1].split('"', 1)[0]
    page = client.get(f"/story/{story_link}").text
    assert check_app_page(page, lambda url: client.get(url).text) == []


def test_check_links_command_reports_a_broken_link(tmp_path: Path) -> None:
    broken = tmp_path / "r.html"
    broken.write_text(
        '<html><body><a class="claim-link" href="#a-x-txt-0-5">Lyon</a>'
        '<mark id="a-x-txt-0-5">Nantes</mark></body></html>',
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, "-m", "recoupe", "check-links", str(broken)], capture_output=True, text=True)
    assert run.returncode == 1 and "marks 6 characters, the span has 5" in run.stdout


def test_the_seed_articles_report_has_no_broken_link(shared: Path, analyzer: Analyzer, tmp_path: Path) -> None:
    articles = [a for a in read_articles([shared / "seeds"]) if isinstance(a, Article)]
    add_to_store(articles, Store(tmp_path / "seeds.db"), analyzer=analyzer)
    assert check_report(render_report(Store(tmp_path / "seeds.db", readonly=True))) == []


def test_the_french_timebank_report_has_no_broken_link(shared: Path, analyzer: Analyzer, tmp_path: Path) -> None:
    """108 real news texts no rule was written for: every citation of their report lands on its words."""
    texts = shared / "benchmarks" / "fr-timebank" / "texts"
    articles = [a for a in read_articles([texts]) if isinstance(a, Article)]
    add_to_store(articles, Store(tmp_path / "timebank.db"), analyzer=analyzer)
    assert check_report(render_report(Store(tmp_path / "timebank.db", readonly=True))) == []
