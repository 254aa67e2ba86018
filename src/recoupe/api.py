"""The library API behind the CLI: analyze inputs into a results folder or into a SQLite store.

Users who import recoupe call :func:`analyze_to_folder` and :func:`add_to_store` exactly as
``recoupe analyze`` and ``recoupe add`` do.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from recoupe.analyze.parallel import local_runner
from recoupe.analyze.pipeline import DEFAULT_BATCH_SIZE, Runner
from recoupe.link import Linker, view_story
from recoupe.link.dossier import StageClock, news_entities, plain
from recoupe.link.entities import merge_entities
from recoupe.link.state import StoryRecord
from recoupe.link.stories import order_for_streaming
from recoupe.model import Article, DocumentAnalysis, Dossier, Skip
from recoupe.store import DocumentsWriter, SqliteLinkState, Store, content_hash
from recoupe.store.files import StagedFiles
from recoupe.store.sqlite import Reservations

#: Articles committed to the store per transaction: a crash loses at most the batch in progress.
STORE_BATCH = 32


@dataclass
class RunResult:
    """What a run produced: analyses, the dossier, what was skipped, and where it all is."""

    analyses: list[DocumentAnalysis]
    dossier: Dossier
    skipped: list[Skip]
    seconds: float
    out: Path | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)


class _SkipLog:
    """Collects what could not be used, and tells the caller as it happens (one line per skip)."""

    def __init__(self, on_skip: Callable[[Skip], None] | None) -> None:
        self.records: list[Skip] = []
        self.on_skip = on_skip

    def add(self, record: Skip) -> None:
        self.records.append(record)
        if self.on_skip is not None:
            self.on_skip(record)

    def articles(self, inputs: Iterable[Article | Skip]) -> list[Article]:
        """The usable inputs; every Skip among them is logged."""
        usable = []
        for item in inputs:
            if isinstance(item, Skip):
                self.add(item)
            else:
                usable.append(item)
        return usable


def analyze_articles(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    model: str | None = None,
    lang: str = "fr",
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    analyzer: Runner | None = None,
    stage_seconds: dict[str, float] | None = None,
) -> Iterable[DocumentAnalysis | Skip]:
    """Analyze articles with ``analyzer`` (any :class:`~recoupe.analyze.pipeline.Runner`: this process,
    worker processes, a Dask cluster), or when none is given, in this process or ``workers`` processes.

    Args:
        stage_seconds: if given, receives the runner's seconds per stage once the results are all out.
    """
    runner = analyzer or local_runner(workers, lang=lang, model=model, batch_size=batch_size)
    for result in runner.analyze_many(articles):
        if on_result is not None:
            on_result(result)
        yield result
    if stage_seconds is not None:
        stage_seconds.update(runner.times.seconds)


def analyze_to_folder(
    inputs: Sequence[Article | Skip],
    out: Path,
    *,
    workers: int = 1,
    model: str | None = None,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    analyzer: Runner | None = None,
    report: bool = False,
    extra: Callable[[RunResult], dict[str, str]] | None = None,
) -> RunResult:
    """Analyze ``inputs`` and write ``out/documents.jsonl``, ``out/dossier.json`` and, with ``report``,
    ``out/report.html`` (titled after the folder).

    The articles are linked once, into an in-memory store: the dossier and the report both read that
    store, so they cannot disagree. Skips already in ``inputs`` (unreadable files) and analyses that fail
    are reported through ``on_skip`` and listed in the result; the rest of the batch always completes.

    Args:
        report: also write ``report.html`` (titled after the folder).
        extra: more files of the run (name → text), made from its result.

    Every file is written in full before any replaces its predecessor: a failure midway (a full disk)
    leaves the previous run's files as they were, never two runs mixed.
    """
    started = time.perf_counter()
    skips = _SkipLog(on_skip)
    articles = skips.articles(inputs)
    analyses: list[DocumentAnalysis] = []
    stage_seconds: dict[str, float] = {}
    out.mkdir(parents=True, exist_ok=True)
    writer = DocumentsWriter(out / "documents.jsonl")
    staged = StagedFiles()
    try:
        for result in analyze_articles(
            articles, workers=workers, model=model, on_result=on_result, analyzer=analyzer, stage_seconds=stage_seconds
        ):
            if isinstance(result, Skip):
                skips.add(result)
            else:
                writer.write(result)
                analyses.append(result)
        staged.add(writer.finish(), writer.path)
        with Store(":memory:") as scratch:
            dossier = link_folder(scratch, articles, analyses)
            staged.write_text(out / "dossier.json", json.dumps(dossier.to_json(), ensure_ascii=False, indent=1) + "\n")
            if report:
                from recoupe.present.report import render_report

                staged.write_text(out / "report.html", render_report(scratch, title=out.name))
        run = RunResult(analyses, dossier, skips.records, 0.0, out, stage_seconds)
        for name, text in (extra(run) if extra is not None else {}).items():
            staged.write_text(out / name, text)
        staged.publish()
    except BaseException:
        writer.abandon()
        staged.discard()
        raise
    run.seconds = time.perf_counter() - started
    return run


def link_folder(scratch: Store, articles: Sequence[Article], analyses: Sequence[DocumentAnalysis]) -> Dossier:
    """Link one run's articles into the empty store ``scratch`` and return their dossier.

    One transaction, so the articles are ordered for streaming all together (as a store fed the whole
    run at once would be). Unlike :func:`dossier_from_store` (a store lists its largest stories first),
    a run's dossier lists documents and merges entities in input order, and lists stories in the order
    they were opened (``s1``, ``s2``…).
    """
    by_id = {a.id: a for a in articles}
    pairs = [(by_id[a.doc], a) for a in analyses if a.doc in by_id]
    link_into_store(scratch, pairs, batch=max(1, len(pairs)))
    stories = sorted(scratch.stories(), key=lambda s: int(s.id[1:]) if s.id[1:].isdigit() else 0)
    story_of = {doc: story.id for story in stories for doc in story.documents}
    # names of one story join on looser evidence; a caption's names only as mentions of the news's
    dossier = Dossier(
        documents=[a.doc for a in analyses],
        entities=merge_entities(news_entities(pairs), story_of),
        stories=stories,
        shared=scratch.shared(),
    )
    for story in stories:
        dossier.claim_groups.extend(scratch.claim_groups(story.id))
        dossier.timeline.extend(scratch.timeline(story.id))
        dossier.summaries[story.id] = scratch.summary(story.id)
    return dossier


@dataclass
class StoreResult:
    """What an ``add`` into the store did.

    ``elsewhere``: articles another process was adding at the same time (same id and content); this
    one left them to it rather than analyze them twice.
    """

    added: list[str]
    unchanged: list[str]
    skipped: list[Skip]
    stories: set[str]
    seconds: float
    elsewhere: list[str] = field(default_factory=list)


def add_to_store(
    inputs: Sequence[Article | Skip],
    store: Store,
    *,
    workers: int = 1,
    model: str | None = None,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    analyzer: Runner | None = None,
    batch: int = STORE_BATCH,
) -> StoreResult:
    """Analyze only new or changed articles (by content hash) and link them into the store.

    Each batch is one transaction: its articles, their analyses, their story assignment, shared
    passages and the views of the stories they touched. A run killed midway keeps every finished
    batch; running it again skips what is stored and resumes. Each article is reserved in the store
    just before it is analyzed: a second process adding the same article meanwhile leaves it alone.
    """
    started = time.perf_counter()
    skips = _SkipLog(on_skip)
    articles = skips.articles(inputs)
    stored = store.hashes(a.id for a in articles)
    fresh = [a for a in articles if stored.get(a.id) != content_hash(a)]
    unchanged = [a.id for a in articles if stored.get(a.id) == content_hash(a)]
    by_id = {a.id: a for a in fresh}
    elsewhere: list[str] = []
    reservations = None if store.readonly or str(store.path) == ":memory:" else Reservations(store.path)

    def reserved() -> Iterator[Article]:
        for article in fresh:
            if reservations is None or reservations.take(article.id, content_hash(article)):
                yield article
            else:
                elsewhere.append(article.id)

    def analyzed() -> Iterator[tuple[Article, DocumentAnalysis]]:
        for result in analyze_articles(
            reserved(), workers=workers, model=model, on_result=on_result, analyzer=analyzer
        ):
            if isinstance(result, Skip):
                skips.add(result)
            else:
                analyzed_ids.append(result.doc)
                yield by_id[result.doc], result

    analyzed_ids: list[str] = []
    try:
        added, touched = link_into_store(store, analyzed(), batch=batch)
    finally:
        if reservations is not None:
            reservations.close()
    stored_here = set(added)
    elsewhere += [doc for doc in analyzed_ids if doc not in stored_here]  # stored meanwhile by another process
    return StoreResult(added, unchanged, skips.records, touched, time.perf_counter() - started, elsewhere)


def link_into_store(
    store: Store,
    pairs: Iterable[tuple[Article, DocumentAnalysis]],
    *,
    batch: int = STORE_BATCH,
    clock: StageClock | None = None,
) -> tuple[list[str], set[str]]:
    """Store analyzed articles and link them (stories, shared text, story views), one transaction a batch.

    An article already stored with the same content is left as it is: linking it again would count
    its words twice and could move it to a new story (a rerun of ``analyze --out O --db X``, or
    another process that stored it first).

    Args:
        clock: if given, receives the seconds of each stage of the story views' updates.

    Returns:
        The ids stored and the stories whose views were recomputed.
    """
    linker = Linker(SqliteLinkState(store))
    added: list[str] = []
    touched: set[str] = set()
    iterator = iter(pairs)
    while chunk := list(islice(iterator, batch)):
        with store.transaction():
            dirty: set[str] = set()
            stored = store.hashes(article.id for article, _ in chunk)
            for article, analysis in order_for_streaming(chunk):
                if stored.get(article.id) == content_hash(article):
                    continue
                previous_story = store.story_of(article.id)
                if previous_story is not None:
                    _leave_story(store, article.id, previous_story)
                    dirty.add(previous_story)
                store.put(article, analysis, None)
                story, passages = linker.add(article, analysis)
                store.set_story(article.id, story)
                store.add_shared(passages)
                dirty.add(story)
                added.append(article.id)
            store.release(article.id for article, _ in chunk)
            for story_id in dirty:
                refresh_story(store, story_id, clock)
            touched |= dirty
    return added, touched


def _leave_story(store: Store, doc: str, story_id: str) -> None:
    """Take a changed article out of the story it was in (it is linked again as new)."""
    state = SqliteLinkState(store)
    record = state.story(story_id)
    if doc in record.documents:
        record.documents.remove(doc)
        if not record.documents:  # an empty story would stay in the report and the web app
            store.drop_story(story_id)
            return
        state.save_story(StoryRecord(record.id, record.title, record.documents, record.first, record.last), Counter())


def refresh_story(store: Store, story_id: str, clock: StageClock | None = None) -> None:
    """Recompute one story's claim groups, timeline, summary and entities from its articles.

    Args:
        clock: if given, receives the seconds of each stage (loading, each part of the view, saving).
    """
    clock = clock or StageClock()
    story = store.story(story_id)
    if story is None or not story.documents:  # merged into another story
        return
    with clock.stage("load articles"):
        pairs = store.articles(story.documents, reuse=True)
    with clock.stage("load shared"):
        shared = store.shared(story.documents)
    view = view_story(story, pairs, shared, clock)
    with clock.stage("save view"):
        store.save_view(story_id, plain(view))


def dossier_from_store(store: Store) -> Dossier:
    """The whole store as a dossier (the same shape as ``dossier.json``)."""
    pairs = store.articles()
    dossier = Dossier(documents=[a.id for a, _ in pairs], stories=store.stories(), shared=store.shared())
    story_of = {doc: story.id for story in dossier.stories for doc in story.documents}
    dossier.entities = merge_entities(news_entities(pairs), story_of)
    for story in dossier.stories:
        dossier.claim_groups.extend(store.claim_groups(story.id))
        dossier.timeline.extend(store.timeline(story.id))
        dossier.summaries[story.id] = store.summary(story.id)
    return dossier
