"""The per-article contract: valid against the JSON Schema, and every span points into the original text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest import read_articles
from recoupe.link import build_dossier
from recoupe.model import Article, DocumentAnalysis, Dossier, SharedPassage

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"
SPAN_FIELDS = ("entities", "timexes", "claims", "quotes")


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def _check_offsets(article: Article, analysis: DocumentAnalysis) -> int:
    record = analysis.to_json()
    checked = 0
    for field in SPAN_FIELDS:
        for span in record[field]:
            assert 0 <= span["start"] < span["end"] <= len(article.text), (field, span)
            assert article.text[span["start"] : span["end"]] == span["text"], (field, span)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def example_run(analyzer: Analyzer) -> list[tuple[Article, DocumentAnalysis]]:
    articles = [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]
    return [(a, analyzer.analyze(a)) for a in articles]


def test_examples_validate_against_the_schemas(example_run: list[tuple[Article, DocumentAnalysis]]) -> None:
    document_schema = _schema("document.schema.json")
    for _, analysis in example_run:
        jsonschema.validate(analysis.to_json(), document_schema)
    dossier = build_dossier([analysis for _, analysis in example_run], [a for a, _ in example_run]).to_json()
    jsonschema.validate(dossier, _schema("dossier.schema.json"))
    assert dossier["stories"] and dossier["claim_groups"] and dossier["timeline"] and dossier["summaries"]


def test_every_span_of_every_example_is_exact(example_run: list[tuple[Article, DocumentAnalysis]]) -> None:
    assert sum(_check_offsets(a, analysis) for a, analysis in example_run) > 50


def test_every_field_is_produced(example_run: list[tuple[Article, DocumentAnalysis]]) -> None:
    for field in SPAN_FIELDS:
        assert any(getattr(analysis, field) for _, analysis in example_run), field


def test_offsets_survive_curly_apostrophes_spaces_and_markers(analyzer: Analyzer) -> None:
    text = " date 2022-01 L’armée a arrêté plus de 3\u202f000 personnes, a déclaré à l’AFP le ministère de l’Intérieur."
    article = Article(id="t", text=text, published="2022-01", body_start=len(" date 2022-01 "))
    analysis = analyzer.analyze(article)
    assert _check_offsets(article, analysis) > 0
    assert not any(e.text in ("L’", "l’", "qu’") for e in analysis.entities)
    assert all(t.start >= len(" date 2022-01 ") for t in analysis.timexes)


def test_every_span_of_the_shared_articles_is_exact(analyzer: Analyzer, shared: Path) -> None:
    folders = [shared / "seeds", shared / "benchmarks" / "fr-timebank" / "texts"]
    articles = [a for a in read_articles(folders) if isinstance(a, Article)]
    assert articles
    for article, analysis in zip(articles, analyzer.analyze_many(articles), strict=True):
        assert isinstance(analysis, DocumentAnalysis)
        _check_offsets(article, analysis)


def test_analysis_round_trips_through_json(example_run: list[tuple[Article, DocumentAnalysis]]) -> None:
    for _, analysis in example_run:
        assert DocumentAnalysis.from_json(json.loads(json.dumps(analysis.to_json()))) == analysis


def test_dossier_round_trips_through_json(example_run: list[tuple[Article, DocumentAnalysis]]) -> None:
    dossier = build_dossier([analysis for _, analysis in example_run], [a for a, _ in example_run])
    assert dossier.stories and dossier.claim_groups and dossier.timeline and dossier.summaries
    dossier.shared.append(SharedPassage("b", 0, 40, "a", 10, 50, 7))  # the examples copy no passage
    record = json.loads(json.dumps(dossier.to_json()))
    assert Dossier.from_json(record) == dossier
    assert Dossier.from_json(record).to_json() == record
    for part in (
        dossier.entities[0],
        dossier.stories[0],
        dossier.shared[0],
        dossier.claim_groups[0],
        dossier.claim_groups[0].reports[0],
        dossier.timeline[0],
        dossier.timeline[0].citations[0],
    ):
        assert type(part).from_json(json.loads(json.dumps(part.to_json()))) == part
