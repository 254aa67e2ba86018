"""``recoupe bench --scaling``: is analysis linear in article size?

Each generator of :mod:`recoupe.bench.generators` is analyzed at a small and a large size, one article
per child process: the child's peak resident memory (``ru_maxrss``) is then the honest figure for that
one article (spaCy's model included), and one size's garbage cannot inflate the next. The time is the
analysis only (spaCy and every component), after the model is loaded and warmed on a short text.

The targets (issue #20 item 9) are ratios measured in the same run: realistic text at 1M characters in
at most 15× its 100k time and 1.5 GB; each hostile generator at 200k in at most 5× its 50k time.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.bench.generators import generators

#: (small, large) sizes in characters per generator, and the allowed time ratio between them.
DEFAULT_PLAN: dict[str, tuple[int, int, float]] = {
    "realistic": (100_000, 1_000_000, 15.0),
    **{
        name: (50_000, 200_000, 5.0)
        for name in ("numbers", "selon", "incises", "capitals", "unclosed", "one-line", "parens", "equals")
    },
}
#: Peak memory allowed for the realistic text at its large size.
MEMORY_LIMIT_MB = 1_536.0
#: Fresh child processes per size; the fastest counts (as ``timeit`` takes the best run): on a shared
#: machine another process's burst only ever slows a run down, and a linear ×4 leaves little room under ×5.
REPEAT = 2


@dataclass(frozen=True)
class Measure:
    """One article of ``chars`` characters from ``generator``: analysis seconds and the child's peak RSS."""

    generator: str
    chars: int
    seconds: float
    peak_mb: float


def measure_here(generator: str, chars: int, model: str | None = None) -> Measure:
    """Analyze one generated article in this process (the child's side of :func:`measure`)."""
    from recoupe.analyze import Analyzer
    from recoupe.model import Article

    analyzer = Analyzer(model=model)
    analyzer.analyze(Article(id="warm", text="Selon la police, 12 personnes ont été blessées jeudi à Laval."))
    text = generators.get(generator)(chars)
    started = time.perf_counter()
    analyzer.analyze(Article(id=generator, text=text, published="2025-03-14"))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return Measure(generator, chars, round(seconds, 3), round(peak_mb, 1))


def measure(generator: str, chars: int, model: str | None = None, timeout: float | None = None) -> Measure:
    """Analyze one generated article in a fresh child process and return what it measured."""
    command = [sys.executable, "-m", "recoupe.bench.scaling", generator, str(chars)]
    if model:
        command.append(model)
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    return Measure(**json.loads(done.stdout.strip().splitlines()[-1]))


def best_of(generator: str, chars: int, model: str | None = None, repeat: int = REPEAT) -> Measure:
    """The fastest of ``repeat`` fresh children on one generated article, with the highest peak memory."""
    runs = [measure(generator, chars, model) for _ in range(max(1, repeat))]
    fastest = min(runs, key=lambda run: run.seconds)
    return Measure(generator, chars, fastest.seconds, max(run.peak_mb for run in runs))


def run_scaling(
    plan: dict[str, tuple[int, int, float]] | None = None,
    model: str | None = None,
    names: Sequence[str] = (),
    log: Callable[[str], None] = lambda _: None,
    repeat: int = REPEAT,
) -> dict[str, Any]:
    """Measure every generator of ``plan`` (or only ``names``) at its two sizes, the best of ``repeat``
    fresh children each; the bench JSON's part."""
    rows: dict[str, Any] = {}
    for name, (small, large, allowed) in (plan or DEFAULT_PLAN).items():
        if names and name not in names:
            continue
        log(f"scaling: {name} at {small:,} and {large:,} characters…")
        low, high = best_of(name, small, model, repeat), best_of(name, large, model, repeat)
        ratio = round(high.seconds / low.seconds, 2) if low.seconds else None
        limit_mb = MEMORY_LIMIT_MB if name == "realistic" else None
        rows[name] = {
            "small": {"chars": small, "seconds": low.seconds, "peak_mb": low.peak_mb},
            "large": {"chars": large, "seconds": high.seconds, "peak_mb": high.peak_mb},
            "ratio": ratio,
            "allowed_ratio": allowed,
            "memory_limit_mb": limit_mb,
            "met": ratio is not None and ratio <= allowed and (limit_mb is None or high.peak_mb <= limit_mb),
        }
    return rows


def scaling_table(rows: dict[str, Any]) -> Any:
    """The scaling results as a rich table (the README copies it)."""
    from rich.table import Table

    table = Table(title="Analysis cost against article size (one article per child process, best of runs)")
    for column in ("text", "small", "s", "large", "s", "ratio (allowed)", "peak MB (large)", "met"):
        table.add_column(column, justify="left" if column == "text" else "right")
    for name, row in rows.items():
        table.add_row(
            name,
            f"{row['small']['chars']:,}",
            f"{row['small']['seconds']:.2f}",
            f"{row['large']['chars']:,}",
            f"{row['large']['seconds']:.2f}",
            f"×{row['ratio']} (≤{row['allowed_ratio']:g})",
            f"{row['large']['peak_mb']:.0f}" + (f" (≤{row['memory_limit_mb']:.0f})" if row["memory_limit_mb"] else ""),
            "yes" if row["met"] else "NO",
        )
    return table


if __name__ == "__main__":  # the child of :func:`measure`
    result = measure_here(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
    print(json.dumps(result.__dict__))
