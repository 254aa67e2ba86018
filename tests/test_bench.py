"""The benchmark's helpers (corpus, synthetic stories, table), fast: no benchmark runs here."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from recoupe.bench import BenchConfig, build_table, targets
from recoupe.bench.corpus import SyntheticStream, find_shared, load_base_articles, replicate, word_count
from recoupe.bench.linking import measure
from recoupe.model import Article, DocumentAnalysis, Entity


def test_replication_reaches_the_size_with_unique_ids() -> None:
    base = [Article(id="a", text="Un deux trois.", published="2022-01-07"), Article(id="b", text="Quatre cinq.")]
    corpus = replicate(base, 5)
    assert [a.id for a in corpus] == ["a", "b", "a~1", "b~1", "a~2"]
    assert corpus[2].text == base[0].text and corpus[2].published == "2022-01-07"
    assert word_count(corpus) == 3 * 3 + 2 * 2


def test_shared_texts_are_found_and_dated(shared: Path) -> None:
    assert find_shared(shared) == shared
    articles = load_base_articles(shared)
    assert len(articles) >= 100
    assert all(a.published for a in articles)
    assert len(replicate(articles, 2000)) == 2000


def test_a_missing_shared_folder_is_none(tmp_path: Path) -> None:
    assert find_shared(tmp_path) is None


def _pairs() -> list[tuple[Article, DocumentAnalysis]]:
    texts = [
        "Le président Kassym-Jomart Tokayev a parlé à Almaty. Les forces de l'ordre ont arrêté des manifestants "
        "dans la nuit. Le gouvernement a démissionné mercredi sous la pression de la rue.",
        "Un séisme a frappé le Maroc dans la nuit de vendredi. Les secours fouillent les décombres à Marrakech. "
        "Le roi a décrété trois jours de deuil national après la catastrophe.",
    ]
    pairs = []
    for index, text in enumerate(texts):
        article = Article(id=f"base{index}", text=text, published="2023-01-01")
        names = ["Kassym-Jomart Tokayev", "Almaty"] if index == 0 else ["Maroc", "Marrakech"]
        entities = [Entity(start=text.index(n), end=text.index(n) + len(n), text=n, type="LOC", name=n) for n in names]
        pairs.append(
            (
                article,
                DocumentAnalysis(
                    doc=article.id, published="2023-01-01", lang="fr", title=None, outlet=None, entities=entities
                ),
            )
        )
    return pairs


def test_synthetic_stream_is_dated_in_order_and_reproducible() -> None:
    stream = SyntheticStream(_pairs(), stories_per_day=3)
    first = list(stream.pairs(40))
    again = list(stream.pairs(40))
    assert [a.text for a, _ in first] == [a.text for a, _ in again]
    dates = [a.published or "" for a, _ in first]
    assert dates == sorted(dates)
    assert len({a.id for a, _ in first}) == 40
    article, analysis = first[0]
    assert analysis.doc == article.id and analysis.entities
    assert all(article.text[e.start : e.end] == e.text for e in analysis.entities[:2])  # the story's own names


def test_linking_measure_reports_each_size() -> None:
    result = measure(_pairs(), [20, 40], probe=10)
    assert set(result["sizes"]) == {"20", "40"}
    assert all(row["total"] > 0 for row in result["sizes"].values())
    assert result["peak_mb"] > 0 and result["growth"] is not None


def test_table_and_targets_from_a_result() -> None:
    side = {
        "articles": 100,
        "words": 40_000,
        "seconds": 10.0,
        "articles_per_s": 10.0,
        "words_per_s": 4000.0,
        "peak_mb": 900.0,
        "stages": {},
    }
    result = {
        "machine": {"cpus": 2, "memory_gb": 24},
        "model": "fr_core_news_md",
        "corpus": {"articles": 100, "words": 40_000},
        "throughput": {
            "spacy": side,
            "recoupe": {**side, "articles_per_s": 8.5},
            "ratio": 0.85,
            "shares": {"spacy": 0.8, "claims": 0.2},
            "timex_claims_quotes_over_spacy": 0.25,
        },
        "workers": {"2": {**side, "articles_per_s": 15.0}},
        "linking": {
            "sizes": {
                "1000": {"stories": 1.0, "shared": 1.0, "total": 2.0},
                "100000": {"stories": 2.0, "shared": 1.5, "total": 3.5},
            },
            "peak_mb": 1500.0,
            "growth": 1.75,
            "articles_indexed": 100_500,
            "not_reached": [],
        },
    }
    result["targets"] = targets(result)
    assert result["targets"]["throughput_ratio"]["met"] is True
    assert result["targets"]["timex_claims_quotes_over_spacy"]["met"] is False
    assert result["targets"]["linking_growth"]["met"] is True
    console = Console(width=200, record=True)
    console.print(build_table(result))
    text = console.export_text()
    assert "0.85×" in text and "--workers 2" in text and "100,000" in text and "NOT met" in text


def test_quick_config_is_small() -> None:
    quick = BenchConfig.quick()
    assert quick.articles == 200 and max(quick.link_sizes) == 10_000


@pytest.mark.parametrize("sizes", [(1_000, 10_000, 100_000)])
def test_default_config_measures_the_issue_sizes(sizes: tuple[int, ...]) -> None:
    config = BenchConfig()
    assert config.articles >= 2000 and config.link_sizes == sizes and 2 in config.workers
