"""The library API behind the CLI: analyze inputs into a results folder or into a SQLite store.

Users who import recoupe call :func:`analyze_to_folder` and :func:`add_to_store` exactly as
``recoupe analyze`` and ``recoupe add`` do.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from recoupe.analyze.parallel import local_runner
from recoupe.analyze.pipeline import DEFAULT_BATCH_SIZE, Runner
from recoupe.errors import Errors, RecoupeError
from recoupe.link import Linker, view_story
from recoupe.link.corrections import (
    KINDS,
    apply_to_entities,
    apply_to_membership,
    kind_of,
    membership_scope,
    story_for_split,
)
from recoupe.link.dossier import StageClock, news_entities, view_json
from recoupe.link.entities import merge_entities
from recoupe.link.memo import no_collection_pauses
from recoupe.link.state import StoryRecord
from recoupe.link.stories import order_for_streaming
from recoupe.link.titles import story_title
from recoupe.model import Article, Correction, DocumentAnalysis, Dossier, Skip, Story
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
    if added and store.corrections(include_undone=False):  # a changed article's corrected date is read again
        touched |= apply_corrections(store, analyzer=analyzer or local_runner(workers, model=model))
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
        with store.transaction(), no_collection_pauses():  # a process holding big stories: no full scans
            dirty: set[str] = set()
            stored = store.hashes(article.id for article, _ in chunk)
            for article, analysis in order_for_streaming(chunk):
                if stored.get(article.id) == content_hash(article):
                    continue
                previous_story = store.linked_story(article.id)
                if previous_story is not None:
                    _leave_story(store, article.id, previous_story)
                    dirty.add(previous_story)
                    dirty.add(store.story_of(article.id) or previous_story)  # shown there, if corrected
                store.put(article, analysis, None)
                story, passages = linker.add(article, analysis)
                store.set_story(article.id, story)
                store.add_shared(passages)
                dirty.add(story)
                added.append(article.id)
            store.release(article.id for article, _ in chunk)
            dirty |= _apply_membership(store)
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
    """Recompute one story's claim groups, timeline, summary and entities from its articles, with the
    corrections that hold applied to its inputs (and listed in the view, for the report and exports).

    Args:
        clock: if given, receives the seconds of each stage (loading, each part of the view, saving).
    """
    clock = clock or StageClock()
    story = store.story(story_id)
    if story is None or not story.documents:  # merged into another story
        return
    with no_collection_pauses():  # a big story's view would otherwise pay a full collection
        held = store.corrections(include_undone=False)
        applied: set[int] = set()
        with clock.stage("load articles"):
            pairs = store.corrected_articles(story.documents, applied, reuse=True)
        with clock.stage("load shared"):
            shared = store.shared(story.documents)
        view = view_story(story, pairs, shared, clock)
        if held:
            view.entities = apply_to_entities(held, view.entities, [d for _, d in pairs], applied=applied)
            overlay = store.overlay().get(story_id)
            applied |= set(overlay[1]) if overlay else set()
        with clock.stage("save view"):
            listed = [c.to_json() for c in held if c.id in applied] if applied else None
            store.save_view(story_id, view_json(view, listed))


def dossier_from_store(store: Store) -> Dossier:
    """The whole store as a dossier (the same shape as ``dossier.json``), corrections applied."""
    held = store.corrections(include_undone=False)
    pairs = store.corrected_articles()
    dossier = Dossier(documents=[a.id for a, _ in pairs], stories=store.stories(), shared=store.shared())
    story_of = {doc: story.id for story in dossier.stories for doc in story.documents}
    dossier.entities = apply_to_entities(held, merge_entities(news_entities(pairs), story_of), [d for _, d in pairs])
    for story in dossier.stories:
        dossier.claim_groups.extend(store.claim_groups(story.id))
        dossier.timeline.extend(store.timeline(story.id))
        dossier.summaries[story.id] = store.summary(story.id)
    return dossier


# -- corrections: the analyst decides (``link/corrections.py``) ---------------------------------------------

CorrectionState = Literal["applied", "not applied", "undone"]


def correct(
    store: Store,
    kind: str,
    target: Mapping[str, Any],
    change: Mapping[str, Any],
    *,
    editor: str,
    reason: str = "",
    analyzer: Runner | None = None,
) -> Correction:
    """Record a person's correction and apply it: the store's views show it as soon as this returns.

    The values may be strings (``start="12"``, ``documents="a1,a2"``): each kind reads its own. The
    target must exist now (an article, a claim or quote at that span, a story, an entity name), else
    ``E801``; later, a re-analysis that loses it leaves the correction listed as not applied.

    Args:
        editor: who decides (required: every correction says who made it).
        reason: why, shown beside the corrected item.
        analyzer: for ``set_date``, which analyzes the article again with the new date (its relative
            dates depend on it); loaded on first use when not given.

    Returns:
        The stored correction, with its id.
    """
    spec = kind_of(kind)
    target_read, change_read = spec.read(target, change)
    if not editor.strip():
        raise RecoupeError(Errors.E801, kind=kind, detail="say who decides (--editor NAME)")
    _check_target(store, kind, target_read, change_read)
    correction = Correction(None, kind, target_read, change_read, editor.strip(), reason.strip(), _now())
    with store.transaction():
        store.add_correction(correction)
        _refresh(store, _stories_of(store, correction) | _apply_membership(store))
    if kind == "set_date":
        apply_corrections(store, analyzer=analyzer)
    return correction


def undo(store: Store, correction_id: int, *, editor: str, analyzer: Runner | None = None) -> Correction:
    """Undo a correction: it stays listed (who undid it, when) and the machine's answer comes back, or
    the earlier correction of the same thing that still holds.

    Raises:
        RecoupeError: ``E802`` no such correction, ``E803`` already undone.
    """
    if not editor.strip():
        raise RecoupeError(Errors.E801, kind="undo", detail="say who decides (--editor NAME)")
    with store.transaction():
        correction = store.undo_correction(correction_id, editor.strip(), _now())
        # the stories it touched, found before its effect is taken away
        stories = _stories_of(store, correction)
        _refresh(store, stories | _apply_membership(store))
    if correction.kind == "set_date":
        apply_corrections(store, analyzer=analyzer)
    return correction


def correction_states(store: Store) -> list[tuple[Correction, CorrectionState]]:
    """Every correction with whether it holds now: ``applied``, ``not applied`` (its target is gone,
    the text changed), or ``undone``; for ``recoupe corrections`` and the audit page."""
    shown: set[int] = set()
    for story in store.stories():
        shown.update(item["id"] for item in store.view(story.id)["corrections"])
    return [(c, "undone" if c.undone else "applied" if c.id in shown else "not applied") for c in store.corrections()]


def apply_corrections(store: Store, *, analyzer: Runner | None = None) -> set[str]:
    """Apply the corrections that hold again, after the machine's answer changed (an ``add``, a
    re-analysis with a new model): story membership, the analyses of re-dated articles (made again when
    missing or stale), and the views of every story a correction touches.

    Returns:
        The stories whose views were recomputed.
    """
    held = store.corrections(include_undone=False)
    dates = {c.target["doc"]: c.change["published"] for c in held if c.kind == "set_date"}
    current = store.redated_dates()
    stale = {doc: day for doc, day in dates.items() if current.get(doc) != day and store.article(doc) is not None}
    redone: dict[str, DocumentAnalysis] = {}
    if stale:
        runner = analyzer or local_runner(1)
        articles = [replace(pair[0], published=stale[doc]) for doc in stale if (pair := store.article(doc))]
        redone = {r.doc: r for r in runner.analyze_many(articles) if isinstance(r, DocumentAnalysis)}
    with store.transaction():
        for doc, analysis in redone.items():
            store.put_redated(doc, stale[doc], analysis)
        store.drop_redated(dates)
        stories = _apply_membership(store) | {s for doc in {*stale, *current} if (s := store.story_of(doc))}
        for correction in held:
            stories |= _stories_of(store, correction)
        _refresh(store, stories)
    return stories


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _refresh(store: Store, stories: Iterable[str]) -> None:
    for story_id in sorted(set(stories)):
        refresh_story(store, story_id)


def _check_target(store: Store, kind: str, target: Mapping[str, Any], change: Mapping[str, Any]) -> None:
    """Refuse a correction of something the store does not hold (``E801`` saying what is missing)."""

    def refuse(detail: str) -> RecoupeError:
        return RecoupeError(Errors.E801, kind=kind, detail=detail)

    doc = target.get("doc")
    pair = store.article(doc) if doc is not None else None
    if doc is not None and pair is None:
        raise refuse(f"no article {doc!r} in the store")
    if pair is not None and "start" in target:
        spans = pair[1].quotes if kind == "fix_speaker" else pair[1].claims
        if not any((s.start, s.end) == (target["start"], target["end"]) for s in spans):
            what = "quote" if kind == "fix_speaker" else "figure"
            raise refuse(f"no {what} at {target['start']}-{target['end']} in {doc!r}")
    for story_id in (target.get("story"), change.get("into") if "story" in target else None, change.get("story")):
        if story_id is not None and not (store.story(story_id) or Story("", "", [])).documents:
            raise refuse(f"no story {story_id!r} in the store")
    if kind == "split_story":
        members = set((store.story(target["story"]) or Story("", "", [])).documents)
        if outside := [d for d in change["documents"] if d not in members]:
            raise refuse(f"{outside[0]!r} is not in story {target['story']!r}")
        if not members - set(change["documents"]):
            raise refuse("a split leaves at least one article in the story")
    names = [*target.get("names", []), *([target["name"]] if "name" in target else [])]
    if names:
        known = {e.name for story in store.stories() for e in store.entities(story.id)}
        if missing := [n for n in names if n not in known]:
            raise refuse(f"no entity named {missing[0]!r} in the store")


def _stories_of(store: Store, correction: Correction) -> set[str]:
    """The stories whose views a correction changes: its article's, or those showing its entities."""
    stories: set[str] = set()
    if "doc" in correction.target and (story := store.story_of(correction.target["doc"])):
        stories.add(story)
    if KINDS[correction.kind].layer == "entities":
        names = {
            *correction.target.get("names", []),
            correction.target.get("name"),
            correction.change.get("into"),
            *correction.change.get("forms", []),
        }
        for story_ in store.stories():
            if any(e.name in names or names & set(e.aliases) for e in store.entities(story_.id)):
                stories.add(story_.id)
    return stories


def _apply_membership(store: Store) -> set[str]:
    """Show every article in the story the membership corrections say (the linker's stories stay as it
    made them) and return the stories whose articles changed, before or now.

    Cheap when there is nothing to do: no membership correction and nothing shown otherwise.
    """
    held = [c for c in store.corrections(include_undone=False) if KINDS[c.kind].layer == "membership"]
    before = store.overlay()
    if not held and not before:
        return set()
    named_stories, named_docs = membership_scope(held)
    machine = store.linked_members(named_stories, named_docs)
    shown, applied = apply_to_membership(held, machine)
    moved = {doc: story for doc, story in shown.items() if machine.get(doc) != story}
    touched = {machine[doc] for doc in moved if doc in machine} | set(moved.values())
    state = SqliteLinkState(store)
    known = {record.id for record in state.stories()} if touched else set()
    records: list[tuple[Story, list[int]]] = []
    for story_id in sorted(touched):
        base = state.story(story_id) if story_id in known else None
        kept = [d for d in (base.documents if base else []) if d not in moved]
        arrived = [a.id for a, _ in store.articles(d for d, s in moved.items() if s == story_id)]
        documents = kept + arrived
        pairs = store.articles(documents[:1]) if base is None and documents else []
        title = base.title if base else (story_title(pairs[0][0]) if pairs else story_id)
        dates = sorted(d.published for _, d in store.articles(documents) if d.published) if documents else []
        by = [c.id or 0 for c in held if c.id in applied and story_id in _membership_stories(c, machine)]
        story = Story(story_id, title, documents, dates[0] if dates else None, dates[-1] if dates else None)
        records.append((story, by))
    store.set_overlay(records, moved)
    return touched | set(before)


def _membership_stories(correction: Correction, machine: Mapping[str, str]) -> set[str]:
    """The stories a membership correction names or takes an article from."""
    stories = {correction.target.get("story"), correction.change.get("into"), correction.change.get("story")}
    if correction.kind == "split_story":
        stories.add(story_for_split(correction.id or 0))
    if "doc" in correction.target:
        stories.add(machine.get(correction.target["doc"]))
    return {s for s in stories if s}
