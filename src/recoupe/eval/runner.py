"""Run the analysis on a gold set's texts and score it: what ``recoupe eval`` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recoupe.analyze.pipeline import Analyzer
from recoupe.api import analyze_to_folder
from recoupe.eval.scorer import Report, load_gold, score
from recoupe.ingest import read_articles
from recoupe.model import Article, DocumentAnalysis, Skip


def evaluate(
    gold_path: Path,
    texts: Path,
    *,
    out: Path,
    model: str | None = None,
    workers: int = 1,
    analyzer: Analyzer | None = None,
    on_result: Callable[[DocumentAnalysis | Skip], None] | None = None,
) -> tuple[Report, list[Skip]]:
    """Analyze the gold's documents (their ``published`` given as metadata) and score the result.

    Returns:
        The report and the inputs that could not be analyzed (they count as predicting nothing).
    """
    gold = load_gold(gold_path)
    published = {doc["doc"]: doc.get("published") for doc in gold["documents"]}
    inputs: list[Article | Skip] = []
    for record in read_articles([texts / name for name in published]):
        if isinstance(record, Article) and published.get(record.id):
            record.published = published[record.id]  # metadata wins over markers
        inputs.append(record)
    result = analyze_to_folder(inputs, out, workers=workers, model=model, analyzer=analyzer, on_result=on_result)
    predictions = {a.doc: a.to_json() for a in result.analyses}
    texts_by_id = {r.id: r.text for r in inputs if isinstance(r, Article)}
    report = score(gold, predictions, texts_by_id, result.dossier.to_json())
    return report, result.skipped
