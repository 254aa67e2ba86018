"""``--workers N`` gives exactly what one process gives."""

from __future__ import annotations

from pathlib import Path

from recoupe.analyze import Analyzer
from recoupe.api import analyze_articles
from recoupe.ingest import read_articles
from recoupe.model import Article

ROOT = Path(__file__).resolve().parent.parent


def test_two_workers_match_one_process(analyzer: Analyzer) -> None:
    articles = [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]
    articles += [Article(id=f"copie-{a.id}", text=a.text, published=a.published) for a in articles]
    alone = [r for r in analyze_articles(articles, analyzer=analyzer, batch_size=3)]
    parallel = list(analyze_articles(articles, workers=2, batch_size=3))
    assert [r.to_json() for r in parallel] == [r.to_json() for r in alone]
