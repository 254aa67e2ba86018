"""Parallel analysis: N worker processes, each loading the spaCy pipeline once.

Articles are sent in chunks and results come back in input order, so ``--workers 4`` writes exactly
what ``--workers 1`` writes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from recoupe.analyze.pipeline import DEFAULT_BATCH_SIZE, Analyzer, Runner, StageTimes, chunks
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


class ParallelAnalyzer:
    """A :class:`~recoupe.analyze.pipeline.Runner` over ``workers`` processes (``--workers N``).

    Each call to :meth:`analyze_many` starts its pool and stops it when the results are all back, so
    nothing is left running between runs; ``times`` sums the workers' seconds per stage.

    Args:
        workers: processes, each loading the spaCy pipeline once.
        lang: language code of the articles.
        model: spaCy pipeline name (default: the language's).
        batch_size: articles per chunk sent to a worker (and per ``nlp.pipe`` batch there).
    """

    def __init__(
        self, workers: int, *, lang: str = "fr", model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        self.workers, self.lang, self.model, self.batch_size = workers, lang, model, batch_size
        self.times = StageTimes()

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | Skip]:
        """Analyze ``articles`` in the worker processes; yields in input order."""
        context = multiprocessing.get_context("spawn")  # no fork of a half-initialized parent
        with context.Pool(self.workers, initializer=_init, initargs=(self.lang, self.model, self.batch_size)) as pool:
            for results, seconds in pool.imap(_run, chunks(articles, self.batch_size)):
                for stage, value in seconds.items():
                    self.times.add(stage, value)
                yield from results


def local_runner(
    workers: int = 1, *, lang: str = "fr", model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE
) -> Runner:
    """This process (one worker) or ``workers`` processes: the runner ``--workers N`` stands for."""
    if workers > 1:
        return ParallelAnalyzer(workers, lang=lang, model=model, batch_size=batch_size)
    return Analyzer(lang=lang, model=model, batch_size=batch_size)
