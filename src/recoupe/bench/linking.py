"""Linking at scale: what adding one article costs with 1 000, 10 000 or 100 000 already indexed.

A collection that receives articles one by one links each new article against everything before it:
story assignment (:class:`~recoupe.link.stories.StoryIndex`), shared-text detection
(:class:`~recoupe.link.shared.SharedTextIndex`), then the view of the story it joined is recomputed
(:func:`~recoupe.link.dossier.view_story`: its claims grouped, its entities merged, its timeline and
summary), as ``recoupe add`` does. The cost per article must not grow with the collection. The
benchmark feeds a synthetic stream (:class:`~recoupe.bench.corpus.SyntheticStream`) through the
in-memory state (:class:`~recoupe.link.state.MemoryLinkState`, which forgets the weeks no new article
can reach) and times every article in a window just after each size is reached: the *marginal* cost
at that size.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from multiprocessing import get_context
from statistics import mean
from typing import Any

from recoupe.bench.corpus import SyntheticStream
from recoupe.bench.throughput import peak_rss_mb
from recoupe.model import Article, DocumentAnalysis, SharedPassage, Story

#: Articles timed after each size is reached.
PROBE = 500
#: Parts of one article's linking, in the order they run.
PARTS = ("stories", "shared", "views")


class _LiveStories:
    """The articles and copies of the stories a new article can still join (the store's rows, in memory).

    A story whose last article is older than the story window can take no new article, so its articles
    are let go: the benchmark's own memory stays that of the weeks in flight, as the linker's does.
    """

    def __init__(self, window_days: int) -> None:
        self.window = dt.timedelta(days=window_days + 1)
        self.pairs: dict[str, list[tuple[Article, DocumentAnalysis]]] = {}
        self.shared: dict[str, list[SharedPassage]] = {}
        self.last: dict[str, dt.date] = {}
        self.today: dt.date | None = None

    def add(self, story: str, pair: tuple[Article, DocumentAnalysis], passages: list[SharedPassage]) -> None:
        self.pairs.setdefault(story, []).append(pair)
        self.shared.setdefault(story, []).extend(passages)
        day = dt.date.fromisoformat(pair[1].published or "2000-01-01")
        self.last[story] = day
        if self.today != day:
            self.today = day
            for old in [s for s, last in self.last.items() if last < day - self.window]:
                del self.pairs[old], self.shared[old], self.last[old]


def measure(
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    sizes: Sequence[int],
    *,
    probe: int = PROBE,
    budget: float | None = None,
) -> dict[str, Any]:
    """Per-article linking cost at each size (milliseconds, by part), and this process's peak memory.

    Meant to run in a fresh process (see :func:`measure_isolated`) so the peak is the linker's alone.

    Args:
        pairs: the base articles and their analyses, recombined into the synthetic stream.
        sizes: collection sizes to measure at (ascending).
        probe: articles timed after each size.
        budget: stop feeding after this many seconds; sizes not reached are reported as such.
    """
    from recoupe.link.dossier import Linker, view_story
    from recoupe.link.stories import WINDOW_DAYS

    sizes = sorted(sizes)
    stream = SyntheticStream(pairs)
    linker = Linker()
    live = _LiveStories(WINDOW_DAYS)
    windows = {size: (size, size + probe) for size in sizes}
    timings: dict[int, dict[str, list[float]]] = {size: {part: [] for part in PARTS} for size in sizes}
    started = time.perf_counter()
    index = -1
    for index, (article, analysis) in enumerate(stream.pairs(sizes[-1] + probe)):
        t0 = time.perf_counter()
        story_id = linker.stories.add(article, analysis)
        t1 = time.perf_counter()
        passages = linker.shared_text.add(article)
        t2 = time.perf_counter()
        live.add(story_id, (article, analysis), passages)
        record = linker.stories.state.story(story_id)
        view_story(
            Story(
                id=record.id, title=record.title, documents=list(record.documents), first=record.first, last=record.last
            ),
            live.pairs[story_id],
            live.shared[story_id],
        )
        t3 = time.perf_counter()
        for size, (low, high) in windows.items():
            if low <= index < high:
                for part, seconds in zip(PARTS, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                    timings[size][part].append(seconds)
        if budget is not None and t3 - started > budget:
            break
    result: dict[str, Any] = {
        "sizes": {},
        "stories": linker.stories.state.story_count(),
        "build_seconds": round(time.perf_counter() - started, 1),
        "articles_indexed": index + 1,
        "not_reached": [],
    }
    for size in sizes:
        if not timings[size]["stories"]:
            result["not_reached"].append(size)
            continue
        row = {part: round(mean(values) * 1000, 3) for part, values in timings[size].items()}
        row["total"] = round(sum(row[part] for part in PARTS), 3)
        result["sizes"][str(size)] = row
    result["peak_mb"] = round(peak_rss_mb(), 1)
    measured = list(result["sizes"].values())
    result["growth"] = (
        round(measured[-1]["total"] / measured[0]["total"], 2) if len(measured) > 1 and measured[0]["total"] else None
    )
    return result


def _child(
    queue: Any, pairs: list[tuple[Article, DocumentAnalysis]], sizes: list[int], probe: int, budget: float | None
) -> None:
    queue.put(measure(pairs, sizes, probe=probe, budget=budget))


def measure_isolated(
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    sizes: Sequence[int],
    *,
    probe: int = PROBE,
    budget: float | None = None,
) -> dict[str, Any]:
    """:func:`measure` in a fresh process, so its peak memory holds no spaCy model and no corpus."""
    context = get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(queue, list(pairs), list(sizes), probe, budget))
    process.start()
    result = queue.get()
    process.join()
    return result
