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


def test_every_engine_is_one_runner_interface_with_its_stage_times(analyzer: Analyzer) -> None:
    from recoupe.analyze.engines import open_engine
    from recoupe.analyze.parallel import ParallelAnalyzer

    with open_engine("local", workers=2) as runner:
        assert isinstance(runner, ParallelAnalyzer)
        seconds: dict[str, float] = {}
        results = list(
            analyze_articles(
                [Article(id="a", text="Hier, 300 personnes ont manifesté.")], analyzer=runner, stage_seconds=seconds
            )
        )
    assert [r.doc for r in results] == ["a"]
    assert {"spacy", "entities", "timexes", "claims", "quotes"} <= set(seconds)
    with open_engine("local", workers=1, model=analyzer.model) as runner:
        assert isinstance(runner, Analyzer)
