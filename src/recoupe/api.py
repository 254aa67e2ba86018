"""The library API behind the CLI: analyze a set of inputs into a results folder.

Users who import recoupe call :func:`analyze_to_folder` exactly as ``recoupe analyze`` does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.analyze.pipeline import DEFAULT_BATCH_SIZE, Analyzer
from recoupe.link import build_dossier
from recoupe.model import Article, DocumentAnalysis, Dossier, Skip
from recoupe.store import DocumentsWriter, atomic_write_json


@dataclass
class RunResult:
    """What a run produced: analyses, the dossier, what was skipped, and where it all is."""

    analyses: list[DocumentAnalysis]
    dossier: Dossier
    skipped: list[Skip]
    seconds: float
    out: Path | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)


def analyze_articles(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    model: str | None = None,
    lang: str = "fr",
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    analyzer: Analyzer | None = None,
    stage_seconds: dict[str, float] | None = None,
) -> Iterable[DocumentAnalysis | Skip]:
    """Analyze articles in one process (reusing ``analyzer`` if given) or in ``workers`` processes."""
    if workers > 1:
        from recoupe.analyze.parallel import analyze_parallel

        results = analyze_parallel(articles, workers, lang=lang, model=model, batch_size=batch_size,
                                   times=stage_seconds)
    else:
        analyzer = analyzer or Analyzer(lang=lang, model=model, batch_size=batch_size)
        results = analyzer.analyze_many(articles)
    for result in results:
        if on_result is not None:
            on_result(result)
        yield result
    if workers <= 1 and stage_seconds is not None and analyzer is not None:
        stage_seconds.update(analyzer.times.seconds)


def analyze_to_folder(
    inputs: Sequence[Article | Skip],
    out: Path,
    *,
    workers: int = 1,
    model: str | None = None,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    analyzer: Analyzer | None = None,
) -> RunResult:
    """Analyze ``inputs`` and write ``out/documents.jsonl`` and ``out/dossier.json``.

    Skips already in ``inputs`` (unreadable files) and analyses that fail are reported through
    ``on_skip`` and listed in the result; the rest of the batch always completes.
    """
    started = time.perf_counter()
    skipped: list[Skip] = []

    def skip(record: Skip) -> None:
        skipped.append(record)
        if on_skip is not None:
            on_skip(record)

    articles = []
    for item in inputs:
        if isinstance(item, Skip):
            skip(item)
        else:
            articles.append(item)
    analyses: list[DocumentAnalysis] = []
    stage_seconds: dict[str, float] = {}
    out.mkdir(parents=True, exist_ok=True)
    with DocumentsWriter(out / "documents.jsonl") as writer:
        for result in analyze_articles(articles, workers=workers, model=model, on_result=on_result,
                                       analyzer=analyzer, stage_seconds=stage_seconds):
            if isinstance(result, Skip):
                skip(result)
            else:
                writer.write(result)
                analyses.append(result)
    dossier = build_dossier(analyses, articles)
    atomic_write_json(out / "dossier.json", dossier.to_json())
    return RunResult(analyses, dossier, skipped, time.perf_counter() - started, out, stage_seconds)
