"""Linking at scale: what adding one article costs with 1 000, 10 000 or 100 000 already indexed.

A store that receives articles one by one (``recoupe add``) links each new article against everything
before it: story assignment (:class:`~recoupe.link.stories.StoryIndex`), shared-text detection
(:class:`~recoupe.link.shared.SharedTextIndex`) and the entity merge. The cost per article must not
grow with the store. The benchmark feeds a synthetic stream (:class:`~recoupe.bench.corpus.SyntheticStream`)
and times every ``add`` in a window just after each size is reached: the *marginal* cost at that size.

The entity merge (:func:`~recoupe.link.entities.merge_entities`) is a batch function over the whole
collection; it is reported both amortized (one merge of N articles / N) and as what re-merging on
every added article would cost (one merge of N articles).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from multiprocessing import get_context
from statistics import mean
from typing import Any

from recoupe.bench.corpus import SyntheticStream
from recoupe.bench.throughput import peak_rss_mb
from recoupe.model import Article, DocumentAnalysis

#: Articles timed after each size is reached.
PROBE = 500


def measure(pairs: Sequence[tuple[Article, DocumentAnalysis]], sizes: Sequence[int], *, probe: int = PROBE,
            merge: bool = True, budget: float | None = None) -> dict[str, Any]:
    """Per-article linking cost at each size, and this process's peak memory.

    Meant to run in a fresh process (see :func:`measure_isolated`) so the peak is the indexes' alone.

    Args:
        pairs: the base articles and their analyses, recombined into the synthetic stream.
        sizes: index sizes to measure at (ascending).
        probe: articles timed after each size.
        merge: also time the batch entity merge at each size.
        budget: stop feeding after this many seconds; sizes not reached are reported as such.
    """
    from recoupe.link.entities import merge_entities
    from recoupe.link.shared import SharedTextIndex
    from recoupe.link.stories import StoryIndex

    sizes = sorted(sizes)
    stream = SyntheticStream(pairs)
    stories, shared = StoryIndex(), SharedTextIndex()
    windows = {size: (size, size + probe) for size in sizes}
    timings: dict[int, dict[str, list[float]]] = {size: {"stories": [], "shared": []} for size in sizes}
    started = time.perf_counter()
    for index, (article, analysis) in enumerate(stream.pairs(sizes[-1] + probe)):
        t0 = time.perf_counter()
        stories.add(article, analysis)
        t1 = time.perf_counter()
        shared.add(article)
        t2 = time.perf_counter()
        for size, (low, high) in windows.items():
            if low <= index < high:
                timings[size]["stories"].append(t1 - t0)
                timings[size]["shared"].append(t2 - t1)
        if budget is not None and t2 - started > budget:
            break
    build_seconds = time.perf_counter() - started
    result: dict[str, Any] = {"sizes": {}, "stories": len(stories.result()), "build_seconds": round(build_seconds, 1),
                              "articles_indexed": index + 1, "not_reached": []}
    for size in sizes:
        if not timings[size]["stories"]:
            result["not_reached"].append(size)
            continue
        row = {name: round(mean(values) * 1000, 3) for name, values in timings[size].items()}
        if merge:
            analyses = (analysis for _, analysis in stream.pairs(size))
            t0 = time.perf_counter()
            merge_entities(analyses)
            seconds = time.perf_counter() - t0
            row["merge_amortized"] = round(seconds / size * 1000, 3)
            row["merge_all"] = round(seconds * 1000, 1)
        row["total"] = round(row["stories"] + row["shared"] + row.get("merge_amortized", 0.0), 3)
        result["sizes"][str(size)] = row
    result["peak_mb"] = round(peak_rss_mb(), 1)
    measured = list(result["sizes"].values())
    result["growth"] = (round(measured[-1]["total"] / measured[0]["total"], 2)
                        if len(measured) > 1 and measured[0]["total"] else None)
    return result


def _child(queue: Any, pairs: list[tuple[Article, DocumentAnalysis]], sizes: list[int], probe: int,
           merge: bool, budget: float | None) -> None:
    queue.put(measure(pairs, sizes, probe=probe, merge=merge, budget=budget))


def measure_isolated(pairs: Sequence[tuple[Article, DocumentAnalysis]], sizes: Sequence[int], *,
                     probe: int = PROBE, merge: bool = True, budget: float | None = None) -> dict[str, Any]:
    """:func:`measure` in a fresh process, so its peak memory holds no spaCy model and no corpus."""
    context = get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(queue, list(pairs), list(sizes), probe, merge, budget))
    process.start()
    result = queue.get()
    process.join()
    return result
