"""Where the per-article analysis runs: this process, local worker processes, or a Dask cluster.

A monitoring desk that outgrows one machine should not need a home-made scheduler, so the
cluster engine is a thin layer over Dask distributed: articles go out in chunks, each Dask worker
loads the spaCy pipeline once (a worker plugin warms it when the worker joins), and results come
back in input order so the output is byte-for-byte what the local run writes.

:class:`DaskAnalyzer` is a :class:`~recoupe.analyze.pipeline.Runner`, like
:class:`~recoupe.analyze.pipeline.Analyzer`, so the library API and the CLI pass it wherever an analyzer
goes; :func:`open_engine` gives the runner an engine name stands for. Dask is an optional dependency
(``pip install "recoupe[dask]"``): it is imported only when this engine is used.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, Any

from recoupe.analyze.parallel import local_runner
from recoupe.analyze.pipeline import DEFAULT_BATCH_SIZE, Analyzer, Runner, StageTimes, chunks
from recoupe.model import Article, DocumentAnalysis, Skip

if TYPE_CHECKING:  # pragma: no cover - typing only
    from distributed import Client

try:  # the plugin base class decides how Dask registers the plugin; without Dask, nothing registers it
    from distributed import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover - depends on the install
    _WorkerPluginBase = object  # type: ignore[assignment,misc]

#: Engines the CLI offers: ``local`` (this process, or ``--workers N`` processes) and ``dask``.
ENGINES: tuple[str, ...] = ("local", "dask")

#: Chunks kept in flight per worker thread: enough to keep workers busy while results stream back,
#: few enough that a large input is never all on the cluster (or in memory) at once.
CHUNKS_IN_FLIGHT_PER_THREAD = 2

_analyzers: dict[tuple[str, str | None, int], Analyzer] = {}
_analyzers_lock = threading.Lock()
#: One analysis at a time per worker process: a spaCy pipeline is not meant to be shared by threads.
_analysis_lock = threading.Lock()


def worker_analyzer(lang: str, model: str | None, batch_size: int) -> Analyzer:
    """The worker process's analyzer for these settings, created on first use and then reused.

    Lives at module level so that every task a Dask worker runs finds the pipeline already loaded.
    """
    key = (lang, model, batch_size)
    with _analyzers_lock:
        if key not in _analyzers:
            _analyzers[key] = Analyzer(lang=lang, model=model, batch_size=batch_size)
        return _analyzers[key]


def analyze_chunk(
    chunk: list[Article], lang: str, model: str | None, batch_size: int
) -> tuple[list[DocumentAnalysis | Skip], dict[str, float]]:
    """Analyze one chunk on a worker; returns the results (input order) and seconds per stage."""
    analyzer = worker_analyzer(lang, model, batch_size)
    with _analysis_lock:
        analyzer.times.seconds.clear()
        results = list(analyzer.analyze_many(chunk))
        return results, dict(analyzer.times.seconds)


class LoadPipeline(_WorkerPluginBase):
    """Dask worker plugin: load the pipeline when a worker starts, not on its first chunk.

    Registered by :class:`DaskAnalyzer`; a worker that joins the cluster later gets it too.
    """

    name = "recoupe-load-pipeline"

    def __init__(self, lang: str, model: str | None, batch_size: int) -> None:
        self.lang, self.model, self.batch_size = lang, model, batch_size

    def setup(self, worker: Any) -> None:
        worker_analyzer(self.lang, self.model, self.batch_size)


class DaskAnalyzer:
    """Analyze articles on a Dask distributed cluster, yielding results in input order.

    Args:
        scheduler: address of a running scheduler (``tcp://host:8786``); ``None`` starts a
            ``LocalCluster`` of ``workers`` processes on this machine, closed again by :meth:`close`.
        workers: worker processes of the local cluster (ignored with ``scheduler``).
        lang: language code of the articles.
        model: spaCy pipeline name; must be installed on every worker.
        batch_size: articles per task (and per ``nlp.pipe`` batch on the worker).
    """

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        workers: int = 2,
        lang: str = "fr",
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:  # pragma: no cover - depends on the install
            raise ImportError('the dask engine needs Dask distributed: pip install "recoupe[dask]"') from error
        self.lang, self.model, self.batch_size = lang, model, batch_size
        self.times = StageTimes()
        self._cluster: LocalCluster | None = None
        if scheduler is None:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            scheduler = self._cluster.scheduler_address
        self.client: Client = Client(scheduler)
        self.client.register_plugin(LoadPipeline(lang, model, batch_size))

    def _threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def analyze(self, article: Article) -> DocumentAnalysis:
        """Analyze one article (mirrors :meth:`Analyzer.analyze`)."""
        (result,) = list(self.analyze_many([article]))
        if isinstance(result, Skip):
            raise RuntimeError(str(result))
        return result

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | Skip]:
        """Send chunks to the cluster and yield their results in input order as they come back.

        At most a few chunks per worker thread are in flight, so results stream back while the input
        is still being read, and a slow chunk holds back only the ones after it.
        """
        pending: deque[Any] = deque()
        pending_chunks = chunks(articles, self.batch_size)
        limit = CHUNKS_IN_FLIGHT_PER_THREAD * self._threads()

        def submit(chunk: list[Article]) -> None:
            # pure=False: two identical chunks (a replicated corpus) are still two pieces of work.
            pending.append(self.client.submit(analyze_chunk, chunk, self.lang, self.model, self.batch_size, pure=False))

        for chunk in islice(pending_chunks, limit):
            submit(chunk)
        try:
            while pending:
                results, seconds = pending.popleft().result()
                next_chunk = next(pending_chunks, None)
                if next_chunk is not None:
                    submit(next_chunk)
                for stage, value in seconds.items():
                    self.times.add(stage, value)
                yield from results
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        """Disconnect from the scheduler, and stop the local cluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskAnalyzer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def open_engine(
    engine: str, *, scheduler: str | None = None, workers: int = 1, lang: str = "fr", model: str | None = None
) -> AbstractContextManager[Runner]:
    """The runner an engine name stands for, as a context manager that releases it.

    ``local`` gives this process's :class:`Analyzer`, or ``workers`` processes when ``workers > 1``;
    ``dask`` connects to ``scheduler``, or starts a local cluster of ``workers`` processes.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler is not None:
            raise ValueError("--scheduler needs --engine dask")
        return nullcontext(local_runner(workers, lang=lang, model=model))
    return DaskAnalyzer(scheduler, workers=max(workers, 1), lang=lang, model=model)
