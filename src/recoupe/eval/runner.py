"""Run the analysis on a gold set's texts and score it: what ``recoupe eval`` does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from recoupe.analyze.pipeline import Runner
from recoupe.api import analyze_to_folder, link_into_store
from recoupe.eval.events import load_events_gold, read_acled_csv, score_events
from recoupe.eval.scorer import Report, load_gold, score
from recoupe.ingest import read_articles
from recoupe.ingest.markers import normalize_published
from recoupe.model import Article, DocumentAnalysis, Skip
from recoupe.store import Store
from recoupe.store.files import atomic_write_text

#: Where :func:`evaluate` leaves the events table it scored, inside ``out``.
EVENTS_CSV = "acled.csv"


def acled_table(articles: Sequence[Article], analyses: Sequence[DocumentAnalysis]) -> str:
    """The ACLED CSV ``recoupe export --format acled`` would write for these analyses.

    The exporter reads a store, so the analyses are linked into a throw-away in-memory one, as
    ``recoupe analyze`` does for its report: the events scored are exactly those a user would export.
    """
    from recoupe.present.export import exporters

    by_id = {a.id: a for a in articles}
    with Store(":memory:") as store:
        link_into_store(store, ((by_id[a.doc], a) for a in analyses if a.doc in by_id))
        return exporters.get("acled")(store)


def evaluate(
    gold_path: Path,
    texts: Path,
    *,
    out: Path,
    model: str | None = None,
    workers: int = 1,
    analyzer: Runner | None = None,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
    events_path: Path | None = None,
) -> tuple[Report, list[Skip]]:
    """Analyze the gold's documents (their ``published`` given as metadata) and score the result.

    With ``events_path`` (hand-coded events, FORMAT.md "Events"), the ACLED table of the result is
    also written to ``out/acled.csv`` and scored; both gold files are read before the analysis so a
    malformed one fails at once. A malformed item in a well-formed file (a misspelled quote kind, a
    claim in two groups) is left out and listed in the report's problems: one annotator's slip costs
    that item, not the whole evaluation.

    Returns:
        The report and the inputs that could not be analyzed (they count as predicting nothing).
    """
    gold_problems: list[str] = []
    gold = load_gold(gold_path, gold_problems)
    events_gold = load_events_gold(events_path, gold_problems) if events_path is not None else None
    published = {doc["doc"]: doc.get("published") for doc in gold["documents"]}
    inputs: list[Article | Skip] = []
    for record in read_articles([texts / name for name in published]):
        if isinstance(record, Article) and published.get(record.id):
            day = normalize_published(published[record.id])
            if day is None:
                gold_problems.append(
                    f"{gold_path}: {record.id}: published {published[record.id]!r} is not an ISO date "
                    "(YYYY-MM-DD); the article's own date line is used"
                )
            else:
                record.published = day  # metadata wins over markers
        inputs.append(record)
    result = analyze_to_folder(inputs, out, workers=workers, model=model, analyzer=analyzer, on_result=on_result)
    predictions = {a.doc: a.to_json() for a in result.analyses}
    articles = [r for r in inputs if isinstance(r, Article)]
    texts_by_id = {a.id: a.text for a in articles}
    report = score(gold, predictions, texts_by_id, result.dossier.to_json())
    report.problems[:0] = gold_problems
    if events_gold is not None:
        table = acled_table(articles, result.analyses)
        atomic_write_text(out / EVENTS_CSV, table)
        score_events(events_gold, read_acled_csv(table), report)
    return report, result.skipped
