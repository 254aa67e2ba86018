"""Build the cross-article dossier from per-article analyses.

Order matters and is the same as for a stream: articles in publication order are assigned to stories
and checked for shared passages against the ones before them. Everything else is computed per story
(:func:`view_story`), so that adding an article to a large store recomputes one story, not the store.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import partial
from typing import Any

from recoupe.link.claims import group_claims
from recoupe.link.entities import merge_entities
from recoupe.link.events import AcledEvent, code_events, number_events
from recoupe.link.memo import PerArticle
from recoupe.link.places import PlaceMention, group_places
from recoupe.link.shared import SharedTextIndex
from recoupe.link.state import LinkState
from recoupe.link.stories import StoryIndex, order_for_streaming
from recoupe.link.timeline import build_timeline, summarize
from recoupe.model import (
    Article,
    Citation,
    ClaimGroup,
    DocumentAnalysis,
    Dossier,
    DossierEntity,
    Entity,
    SharedPassage,
    Story,
    TimelineEvent,
)


@dataclass
class StoryView:
    """What the dossier says about one story: its figures, events, summary and entities."""

    claim_groups: list[ClaimGroup] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    summary: list[Citation] = field(default_factory=list)
    entities: list[DossierEntity] = field(default_factory=list)
    #: ACLED-style events proposed from the story's sentences and claim groups (``link/events.py``).
    events: list[AcledEvent] = field(default_factory=list)
    #: The story's places resolved to the gazetteer, with coordinates (``link/places.py``).
    places: list[PlaceMention] = field(default_factory=list)


#: Values :func:`plain` hands back as they are.
_SCALARS = (str, int, float, bool, type(None))


#: Field names of each dataclass :func:`plain` met (``None`` for a type that is not one).
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    return _FIELD_NAMES[kind]


def plain(value: Any) -> Any:
    """``value`` as JSON-ready dicts and lists: what ``dataclasses.asdict`` gives a view (same keys, same
    order), several times faster; saving a big story's view at every add was a large share of the add."""
    if isinstance(value, _SCALARS):
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    raise TypeError(f"not a view value: {type(value).__name__}")


def _fields_of(value: Any) -> dict[str, Any]:
    """A dataclass as the dict :func:`plain` makes of it, one level deep (the encoder does the rest)."""
    names = _field_names(type(value))
    if names is None:
        raise TypeError(f"not a view value: {type(value).__name__}")
    return {name: getattr(value, name) for name in names}


def view_json(view: StoryView, corrections: list[dict[str, Any]] | None = None) -> str:
    """The view as the store keeps it: the JSON of :func:`plain` (with the corrections that hold in it),
    written by the C encoder straight from the dataclasses, without spaces; readers parse it, so they get
    what ``plain`` gives. A 1 000-article story's view is ~1.6 MB: building it as dicts first was most
    of saving it."""
    data = _fields_of(view)
    if corrections is not None:
        data["corrections"] = corrections
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False, default=_fields_of)


class StageClock:
    """Seconds spent per stage of a story view (claims, timeline…), summed: the add benchmark reads them
    to say where an add into a big story goes."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


class Linker:
    """Streaming linker: each article is assigned to a story and checked for shared text on arrival.

    Args:
        state: the indexes' storage (memory for one run, the SQLite store for ``recoupe add``).
    """

    def __init__(self, state: LinkState | None = None) -> None:
        self.stories = StoryIndex(state)
        self.shared_text = SharedTextIndex(self.stories.state)

    def add(self, article: Article, analysis: DocumentAnalysis) -> tuple[str, list[SharedPassage]]:
        """The story the article joins, and the passages it copies from earlier articles."""
        return self.stories.add(article, analysis), self.shared_text.add(article, analysis.published)


def view_story(
    story: Story,
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    shared: Sequence[SharedPassage],
    clock: StageClock | None = None,
) -> StoryView:
    """Claim groups, timeline, summary and entities of one story, from its articles.

    Args:
        clock: if given, receives the seconds of each stage.
    """
    clock = clock or StageClock()
    members = set(story.documents)
    mine = [(a, d) for a, d in pairs if a.id in members]
    copies = [p for p in shared if p.doc in members]
    story_of = {a.id: story.id for a, _ in mine}
    with clock.stage("claims"):
        groups = group_claims([d for _, d in mine], story_of, copies, {a.id: a.text for a, _ in mine})
        for number, group in enumerate(groups, start=1):
            group.id = f"{story.id}-g{number}"
    with clock.stage("events"):
        events, mentions = code_events(story.id, mine, groups)
        number_events(events)
    with clock.stage("timeline"):
        timeline = build_timeline(mine, story_of)
    with clock.stage("summary"):
        summary = summarize(story, mine, copies)
    with clock.stage("entities"):
        entities = merge_entities(news_entities(mine), story_of)
    with clock.stage("places"):
        places = group_places(mentions)
    return StoryView(
        claim_groups=groups, timeline=timeline, summary=summary, entities=entities, events=events, places=places
    )


@dataclass(frozen=True, slots=True)
class _Names:
    """What one article brings to :func:`news_entities`: the names it gives outside its layout lines
    (casefolded), and those of its layout lines, in order."""

    outside: frozenset[str]
    inside: tuple[str, ...]


#: Each article's names (:class:`_Names`), and each layout article's kept entities for one answer of the
#: story's news to its layout names: an add into a big story reads them again.
_NAMES: PerArticle[_Names] = PerArticle()
_KEPT: PerArticle[DocumentAnalysis] = PerArticle()


def _inside(analysis: DocumentAnalysis, start: int) -> bool:
    return any(span.start <= start < span.end for span in analysis.layout)


def _names(analysis: DocumentAnalysis) -> _Names:
    outside, inside = set(), []
    for entity in analysis.entities:
        if _inside(analysis, entity.start):
            inside.append(entity.name.casefold())
        else:
            outside.add(entity.name.casefold())
    return _Names(frozenset(outside), tuple(inside))


def news_entities(pairs: Sequence[tuple[Article, DocumentAnalysis]]) -> list[DocumentAnalysis]:
    """The analyses with the names of their layout lines (captions, credits, subheadings) kept only as
    mentions of entities the story's news names, or as an acronym a caption introduces in brackets
    (``… collective (OSTC)``): no entity is born of a caption or a subheading.

    A layout article's result depends on the story only through which of its layout names the news
    gives, so for the same answer it is the same object as at the previous add (and what is derived
    from it downstream is remembered too)."""
    names = [_NAMES.get((analysis,), None, partial(_names, analysis)) for _, analysis in pairs]
    named = set().union(*(n.outside for n in names))
    result = []
    for (article, analysis), own in zip(pairs, names, strict=True):
        if not analysis.layout:
            result.append(analysis)
            continue
        answer = tuple(name in named for name in own.inside)
        result.append(_KEPT.get((article, analysis), answer, partial(_kept, article, analysis, named)))
    return result


def _kept(article: Article, analysis: DocumentAnalysis, named: set[str]) -> DocumentAnalysis:
    kept: list[Entity] = []
    for entity in analysis.entities:
        introduced = bool(kept) and article.text[kept[-1].end : entity.start].strip() == "("
        if not _inside(analysis, entity.start) or entity.name.casefold() in named or introduced:
            kept.append(entity)
    return replace(analysis, entities=kept)


def build_dossier(analyses: Sequence[DocumentAnalysis], articles: Sequence[Article] | None = None) -> Dossier:
    """The dossier of a set of articles (``dossier.json``).

    Args:
        analyses: one per article, in input order (the dossier lists documents in that order).
        articles: the articles themselves; without them (analyses read back from JSON) only entities and
            claim groups can be built, since stories, shared text, timeline and summaries need the text.
    """
    dossier = Dossier(documents=[a.doc for a in analyses], entities=merge_entities(analyses))
    if articles is None:
        dossier.claim_groups = group_claims(list(analyses), {}, [])
        return dossier
    by_id = {a.id: a for a in articles}
    pairs = [(by_id[a.doc], a) for a in analyses if a.doc in by_id]
    linker = Linker()
    for article, analysis in order_for_streaming(pairs):
        _, passages = linker.add(article, analysis)
        dossier.shared.extend(passages)
    dossier.stories = linker.stories.result()
    # each story's articles and copies handed over alone: a view costs its story, not the collection
    story_of = {doc: story.id for story in dossier.stories for doc in story.documents}
    # names of one story join on looser evidence; a caption's names only as mentions of the news's
    dossier.entities = merge_entities(news_entities(pairs), story_of)
    pairs_of: dict[str, list[tuple[Article, DocumentAnalysis]]] = defaultdict(list)
    for pair in pairs:
        pairs_of[story_of[pair[0].id]].append(pair)
    shared_of: dict[str, list[SharedPassage]] = defaultdict(list)
    for passage in dossier.shared:
        shared_of[story_of[passage.doc]].append(passage)
    for story in dossier.stories:
        view = view_story(story, pairs_of[story.id], shared_of[story.id])
        dossier.claim_groups.extend(view.claim_groups)
        dossier.timeline.extend(view.timeline)
        dossier.summaries[story.id] = view.summary
    return dossier
