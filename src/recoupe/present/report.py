"""The HTML report: one self-contained file (styles and charts inline) readable without a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recoupe.present.render import environment, stylesheet
from recoupe.present.views import anchor, cited_spans, marked_article, split_marks_css, story_page
from recoupe.store import Store


def render_report(store: Store, title: str = "dossier") -> str:
    """The report of every story in the store, with every article below, cited spans marked."""
    stories = store.stories()
    pages = [story_page(store, story) for story in stories]
    cited: dict[str, list[tuple[int, int]]] = {}
    for story in stories:
        for doc, spans in cited_spans(store, story).items():
            cited.setdefault(doc, []).extend(spans)
    articles: list[dict[str, Any]] = []
    split: list[str] = []
    for article, analysis in store.corrected_articles():
        html, cut = marked_article(article, analysis, cited.get(article.id, []))
        split.extend(cut)
        articles.append(
            {
                "doc": article.id,
                "anchor_id": anchor(article.id, 0, 0),
                "title": article.title or article.id,
                "outlet": article.outlet or "",
                "published": analysis.published,
                "url": article.url,
                "html": html,
            }
        )
    return (
        environment()
        .get_template("report.html")
        .render(
            pages=pages,
            articles=articles,
            count=len(articles),
            title=title,
            home="#",
            inline_css=stylesheet() + "\n" + split_marks_css(split),
            app=False,
            cite=lambda doc, target: f"#{target}",
            article_link=lambda doc: f"#{anchor(doc, 0, 0).replace('a-', 'article-a-', 1)}",
        )
    )


def write_report(store: Store, out: Path, title: str | None = None) -> Path:
    """Write the report atomically to ``out``."""
    from recoupe.store.files import atomic_write_text

    atomic_write_text(out, render_report(store, title or store.path.stem))
    return out
