"""Parallel analysis: N worker processes, each loading the spaCy pipeline once.

Articles are sent in chunks and results come back in input order, so ``--workers 4`` writes exactly
what ``--workers 1`` writes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from recoupe.analyze.pipeline import Analyzer
from recoupe.model import Article, DocumentAnalysis, Skip

_worker: Analyzer | None = None


def _init(lang: str, model: str | None, batch_size: int) -> None:
    global _worker
    _worker = Analyzer(lang=lang, model=model, batch_size=batch_size)


def _run(chunk: list[Article]) -> tuple[list[DocumentAnalysis | Skip], dict[str, float]]:
    assert _worker is not None
    _worker.times.seconds.clear()
    results = list(_worker.analyze_many(chunk))
    return results, dict(_worker.times.seconds)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_parallel(
    articles: Iterable[Article],
    workers: int,
    *,
    lang: str = "fr",
    model: str | None = None,
    batch_size: int = 32,
    times: dict[str, float] | None = None,
) -> Iterator[DocumentAnalysis | Skip]:
    """Analyze ``articles`` with ``workers`` processes; yields in input order.

    Args:
        times: if given, receives the summed seconds per stage across workers.
    """
    context = multiprocessing.get_context("spawn")  # no fork of a half-initialized parent
    with context.Pool(workers, initializer=_init, initargs=(lang, model, batch_size)) as pool:
        for results, seconds in pool.imap(_run, _chunks(articles, batch_size)):
            if times is not None:
                for stage, value in seconds.items():
                    times[stage] = times.get(stage, 0.0) + value
            yield from results
