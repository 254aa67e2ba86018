"""The ``recoupe`` command: a thin layer over the library API (``recoupe.api``)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from recoupe.ingest import DEFAULT_MAX_BYTES, read_articles
from recoupe.model import DocumentAnalysis, Skip

app = typer.Typer(
    help="recoupe — cross-check the news: turn articles into a source-attributed event dossier.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

ModelOption = Annotated[
    str | None,
    typer.Option(help="spaCy pipeline (an installed package); default: the language's default, fr_core_news_md."),
]


def _print_skip(record: Skip) -> None:
    err.print(f"skipped {record}", markup=False, soft_wrap=True)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


@app.command()
def analyze(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html, .jsonl or feeds.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for documents.jsonl and dossier.json.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for articles that give none.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes analyzing in parallel.")] = 1,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Analyze articles: entities, dated time expressions, numeric claims with sources, quotes."""
    from recoupe.api import analyze_to_folder

    records = list(read_articles(inputs, published=published, max_bytes=max_bytes))
    total = sum(1 for r in records if not isinstance(r, Skip))
    with _progress() as progress:
        task = progress.add_task("analyzing", total=total)

        def advance(_: DocumentAnalysis | Skip) -> None:
            progress.advance(task)

        result = analyze_to_folder(records, out, workers=workers, model=model,
                                   on_result=advance, on_skip=_print_skip)
    rate = len(result.analyses) / result.seconds if result.seconds else 0.0
    err.print(
        f"{len(result.analyses)} articles analyzed in {result.seconds:.1f} s ({rate:.1f}/s), "
        f"{len(result.skipped)} skipped; results in {out}/documents.jsonl and {out}/dossier.json",
        markup=False, soft_wrap=True,
    )
    if result.skipped:
        raise typer.Exit(2)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (see ../shared/gold/FORMAT.md).")],
    texts: Annotated[Path, typer.Option(help="Folder holding the gold's documents.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    model: ModelOption = None,
    workers: Annotated[int, typer.Option(min=1)] = 1,
    out: Annotated[Path | None, typer.Option(help="Keep the analysis here (default: a temporary folder).")] = None,
) -> None:
    """Score recoupe against hand annotations and print every metric of FORMAT.md."""
    from recoupe.eval.runner import evaluate as run_eval
    from recoupe.eval.scorer import format_table

    if not gold.is_file():
        err.print(f"{gold}: no such gold file", markup=False)
        raise typer.Exit(1)
    with tempfile.TemporaryDirectory(prefix="recoupe-eval-") as scratch:
        report, skipped = run_eval(gold, texts, out=out or Path(scratch), model=model, workers=workers)
    for record in skipped:
        _print_skip(record)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        Console().print(format_table(report))
    for problem in report.problems:
        err.print(f"warning: {problem}", markup=False, soft_wrap=True)


def main() -> None:  # pragma: no cover - console entry point
    app()
