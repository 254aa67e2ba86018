"""Analysis throughput: the full ``analyze`` against spaCy's ``nlp.pipe`` alone, in one run.

The machine a benchmark runs on is rarely idle (here: two cores shared with other test runs), so
absolute speeds drift during a run. What the targets ask for are *ratios*, and a ratio is only
meaningful if both sides saw the same load. Each side therefore runs in its own process(es) — so that
each one's peak memory is its own — and the parent hands them the corpus block by block, taking
turns, so any change in background load hits every side alike (``--workers N`` included).
"""

from __future__ import annotations

import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any

from recoupe.bench.corpus import word_count
from recoupe.model import Article, DocumentAnalysis

#: Articles per turn when the sides take turns: a multiple of 2 workers × the default batch of 32, so a
#: pool's turn ends with every worker busy to the last chunk.
BLOCK = 128
#: Articles each side processes before its clock starts (first batches pay for allocations).
WARMUP = 16


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB of this process (or of its largest finished child)."""
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KB


@dataclass
class Side:
    """What one side (bare spaCy, or recoupe) measured."""

    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    peak_mb: float = 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.articles_per_s, 2),
            "words_per_s": round(self.words_per_s, 1),
            "peak_mb": round(self.peak_mb, 1),
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
        }


def _serve(conn: Connection, kind: str, model: str, batch_size: int) -> None:
    """Child process: load one side, then time each block it is sent until told to stop."""
    if kind == "spacy":
        import spacy

        nlp = spacy.load(model)  # the stock pipeline, every component it ships with

        def run(block: list[Article]) -> dict[str, float]:
            for _ in nlp.pipe((a.text for a in block), batch_size=batch_size):
                pass
            return {}
    else:
        from recoupe.analyze.pipeline import Analyzer

        analyzer = Analyzer(model=model, batch_size=batch_size)

        def run(block: list[Article]) -> dict[str, float]:
            analyzer.times.seconds.clear()
            for _ in analyzer.analyze_many(block):
                pass
            return dict(analyzer.times.seconds)

    conn.send("ready")
    while True:
        command, payload = conn.recv()
        if command == "time":
            started = time.perf_counter()
            stages = run(payload)
            conn.send((time.perf_counter() - started, stages))
        elif command == "warm":
            run(payload)
            conn.send(None)
        elif command == "analyses":  # untimed: the base analyses the linking benchmark builds on
            conn.send(list(analyzer.analyze_many(payload)))
        else:
            conn.send(peak_rss_mb())
            return


class _Child:
    def __init__(self, kind: str, model: str, batch_size: int) -> None:
        context = get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, kind, model, batch_size), daemon=True)
        self.process.start()

    def ask(self, command: str, payload: object = None) -> Any:
        self.conn.send((command, payload))
        return self.conn.recv()

    def ready(self) -> None:
        assert self.conn.recv() == "ready"

    def stop(self) -> float:
        peak = self.ask("stop")
        self.process.join()
        return float(peak)


def _worker_peak(_: int) -> float:
    return peak_rss_mb()


class _PoolSide:
    """``--workers N`` as ``recoupe analyze`` runs it (the same pool, initializer and chunk function),
    kept alive so that it can take its turns with the one-process sides."""

    def __init__(self, workers: int, model: str, batch_size: int) -> None:
        from recoupe.analyze import parallel

        self.parallel, self.workers, self.batch_size = parallel, workers, batch_size
        self.pool = get_context("spawn").Pool(workers, initializer=parallel._init, initargs=("fr", model, batch_size))

    def ask(self, command: str, payload: list[Article]) -> tuple[float, dict[str, float]]:
        started = time.perf_counter()
        stages: dict[str, float] = {}
        for _, seconds in self.pool.imap(self.parallel._run, self.parallel.chunks(payload, self.batch_size)):
            for stage, value in seconds.items():
                stages[stage] = stages.get(stage, 0.0) + value
        return time.perf_counter() - started, stages

    def stop(self) -> float:
        peak = max(self.pool.map(_worker_peak, range(self.workers * 4), chunksize=1))
        self.pool.close()
        self.pool.join()
        return peak


@dataclass
class Comparison:
    """Both sides of the one-process comparison, ``--workers N`` sides, and the base analyses for the
    linking benchmark."""

    spacy: Side
    recoupe: Side
    base_analyses: list[DocumentAnalysis]
    workers: dict[int, Side] = field(default_factory=dict)


def compare(
    articles: Sequence[Article],
    base: Sequence[Article],
    *,
    model: str,
    batch_size: int,
    block: int = BLOCK,
    workers: Sequence[int] = (),
) -> Comparison:
    """Time bare spaCy, the full analysis and ``--workers N`` on ``articles``, taking turns block by block.

    Args:
        articles: the (replicated) corpus.
        base: the distinct articles, analyzed once more untimed for the linking benchmark.
        model: spaCy pipeline for every side.
        batch_size: ``nlp.pipe`` batch size for every side.
        workers: also time a pool of N processes for each N (only N > 1).
    """
    bare, full = _Child("spacy", model, batch_size), _Child("recoupe", model, batch_size)
    pools = {n: _PoolSide(n, model, batch_size) for n in workers if n > 1}
    bare.ready()
    full.ready()
    warm = list(articles[:WARMUP])
    bare.ask("warm", warm)
    full.ask("warm", warm)
    for n, pool in pools.items():  # a first chunk for every worker
        pool.ask("warm", list(articles[: batch_size * n]))
    sides = {"spacy": Side(), "recoupe": Side(), **{f"workers{n}": Side() for n in pools}}
    for turn, start in enumerate(range(0, len(articles), block)):
        chunk = list(articles[start : start + block])
        order: list[tuple[str, _Child | _PoolSide]] = [("spacy", bare), ("recoupe", full)]
        order += [(f"workers{n}", pool) for n, pool in pools.items()]
        for name, child in order if turn % 2 == 0 else reversed(order):
            seconds, stages = child.ask("time", chunk)
            side = sides[name]
            side.seconds += seconds
            side.articles += len(chunk)
            side.words += word_count(chunk)
            for stage, value in stages.items():
                side.stages[stage] = side.stages.get(stage, 0.0) + value
    analyses = [a for a in full.ask("analyses", list(base)) if isinstance(a, DocumentAnalysis)]
    sides["spacy"].peak_mb = bare.stop()
    sides["recoupe"].peak_mb = full.stop()
    for n, pool in pools.items():
        sides[f"workers{n}"].peak_mb = pool.stop()
    return Comparison(sides["spacy"], sides["recoupe"], analyses, {n: sides[f"workers{n}"] for n in pools})
