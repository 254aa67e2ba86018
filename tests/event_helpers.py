"""What the events tests of later rounds share: one story of several analyzed articles, and its events."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.link.dossier import StoryView, view_story
from recoupe.model import Article, DocumentAnalysis, Story

Analyze = Callable[..., DocumentAnalysis]


def story_view(analyze: Analyze, texts: list[tuple[str, str, str]]) -> StoryView:
    """One story of several articles: (doc, text, published) each."""
    pairs = [
        (Article(id=doc, text=text, published=published, outlet=doc), analyze(text, published, doc))
        for doc, text, published in texts
    ]
    return view_story(Story(id="s1", title="test", documents=[d for d, _, _ in texts]), pairs, [])
