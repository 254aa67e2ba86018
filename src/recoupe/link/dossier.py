"""Build the cross-article dossier from per-article analyses.

Order matters and is the same as for a stream: articles in publication order are assigned to stories
and checked for shared passages against the ones before them; then entities are merged, claims
grouped, the timeline and the summaries built.
"""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.link.claims import group_claims
from recoupe.link.entities import merge_entities
from recoupe.link.shared import SharedTextIndex
from recoupe.link.stories import StoryIndex, order_for_streaming
from recoupe.link.timeline import build_timeline, summarize
from recoupe.model import Article, DocumentAnalysis, Dossier, SharedPassage


def build_dossier(analyses: Sequence[DocumentAnalysis], articles: Sequence[Article] | None = None) -> Dossier:
    """The dossier of a set of articles (``dossier.json``).

    Args:
        analyses: one per article, in input order (the dossier lists documents in that order).
        articles: the articles themselves; without them (analyses read back from JSON) only the entities
            can be merged, since stories, shared text, timeline and summaries need the text.
    """
    dossier = Dossier(documents=[a.doc for a in analyses], entities=merge_entities(analyses))
    if articles is None:
        dossier.claim_groups = group_claims(list(analyses), {}, [])
        return dossier
    by_id = {a.id: a for a in articles}
    pairs = [(by_id[a.doc], a) for a in analyses if a.doc in by_id]
    stories = StoryIndex()
    shared_text = SharedTextIndex()
    shared: list[SharedPassage] = []
    story_of: dict[str, str] = {}
    for article, analysis in order_for_streaming(pairs):
        story_of[article.id] = stories.add(article, analysis)
        shared.extend(shared_text.add(article))
    dossier.stories = stories.result()
    dossier.shared = shared
    dossier.claim_groups = group_claims([a for _, a in pairs], story_of, shared)
    dossier.timeline = build_timeline(pairs, story_of)
    dossier.summaries = {story.id: summarize(story, pairs, shared) for story in dossier.stories}
    return dossier
