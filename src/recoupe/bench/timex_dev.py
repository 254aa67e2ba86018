"""The time tagger on its own development set of invented French sentences, kind by kind.

    python -m recoupe.bench.timex_dev [tests/data/timex-dev.json] [--misses] [--json] [--batch NAME]

The set (``tests/data/timex-dev.json``) holds short sentences written for recoupe, each with its
publication date and the expressions a TimeML annotator would mark (text, type, TIMEX3 value), plus
sentences with no time expression at all. It measures what a public test suite of French time
expressions measures, without copying one:

- **found**: share of expected expressions overlapped by a predicted one (extent recall);
- **value**: share overlapped by a predicted one with exactly the expected value;
- **false**: predicted expressions in the sentences that have none (the false friends: ``Mai`` as a
  name, ``les 35 heures`` as a policy, scores, versions).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recoupe.model import Article, DocumentAnalysis, Timex

#: The development set beside the tests.
DEFAULT_SET = Path(__file__).resolve().parents[3] / "tests" / "data" / "timex-dev.json"


@dataclass(slots=True)
class Tally:
    """Counts for one kind of expression."""

    expected: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        """``kind  found 0.900 (9/10)  value 0.800 (8/10)``."""
        n = self.expected or 1
        return (
            f"{name:<12} found {self.found / n:.3f} ({self.found}/{self.expected})"
            f"  value {self.right / n:.3f} ({self.right}/{self.expected})"
        )


def _overlaps(timex: Timex, start: int, end: int) -> bool:
    return timex.start < end and start < timex.end


def score(data: dict[str, Any], analyses: list[DocumentAnalysis]) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per kind (and ``all``) for the cases, and the expressions wrongly found in the negatives.

    ``analyses`` holds one analysis per case, then one per negative, in the set's order.
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    cases = data["cases"]
    for case, analysis in zip(cases, analyses, strict=False):
        cursor = 0
        for text, kind, value in case["timexes"]:
            start = case["text"].find(text, cursor)
            if start < 0:
                start = case["text"].find(text)
            end = start + len(text)
            cursor = end
            hits = [t for t in analysis.timexes if _overlaps(t, start, end)]
            right = any(t.value == value for t in hits)
            for name in (case["kind"], "all"):
                tally = tallies[name]
                tally.expected += 1
                tally.found += bool(hits)
                tally.right += right
            if not right:
                got = ", ".join(f"{t.text!r}={t.value} {t.type}" for t in hits) or "nothing"
                tallies[case["kind"]].misses.append(f"{case['text']}  [{text!r} {kind} {value}]  got {got}")
    false = [
        f"{negative['text']}  got {t.text!r}={t.value}"
        for negative, analysis in zip(data["negatives"], analyses[len(cases) :], strict=False)
        for t in analysis.timexes
    ]
    return dict(tallies), false


def select_batch(data: dict[str, Any], batch: str | None) -> dict[str, Any]:
    """The cases and negatives of one batch (``"batch": NAME``), or the whole set when ``batch`` is None.

    A batch is a group of sentences added together (``peer-kinds``: kinds a general-purpose suite
    holds); measuring it alone shows what a change did for those kinds.
    """
    if batch is None:
        return data
    return {
        **data,
        "cases": [c for c in data["cases"] if c.get("batch") == batch],
        "negatives": [n for n in data["negatives"] if n.get("batch") == batch],
    }


def run(path: Path, batch: str | None = None) -> tuple[dict[str, Tally], list[str], int]:
    """Analyze every sentence of the set (or of one batch, with the default analyzer) and score it. A sentence
    the analyzer fails on is said on stderr and scored as finding nothing, in its place: dropped, it would
    shift every case after it onto another's analysis."""
    from recoupe.analyze import Analyzer

    data = select_batch(json.loads(path.read_text(encoding="utf-8")), batch)
    items = [*data["cases"], *data["negatives"]]
    articles = [Article(id=f"s{i}", text=item["text"], published=item["dct"]) for i, item in enumerate(items)]
    done = {a.doc: a for a in Analyzer().analyze_many(articles) if isinstance(a, DocumentAnalysis)}
    if failed := [a for a in articles if a.id not in done]:  # scored as finding nothing, in their place
        listed = "; ".join(a.text[:60] for a in failed)
        print(f"{len(failed)} sentences could not be analyzed: {listed}", file=sys.stderr)
    analyses = [
        done.get(a.id) or DocumentAnalysis(doc=a.id, published=a.published, lang="fr", title=None, outlet=None)
        for a in articles
    ]
    tallies, false = score(data, analyses)
    return tallies, false, len(data["negatives"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--misses", action="store_true", help="list every expression not given its value")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--batch", help="score only the cases and negatives marked with this batch name")
    args = parser.parse_args(argv)
    tallies, false, negatives = run(args.path, args.batch)
    if args.json:
        scores = {k: {"expected": t.expected, "found": t.found, "right": t.right} for k, t in tallies.items()}
        print(json.dumps({"kinds": scores, "false": len(false), "negatives": negatives}, indent=1))
        return 0
    for name in sorted(tallies, key=lambda k: (k == "all", k)):
        print(tallies[name].line(name))
    print(f"{'negatives':<12} {len(false)} expressions found in {negatives} sentences that have none")
    if args.misses:
        for name, tally in sorted(tallies.items()):
            for miss in tally.misses:
                print(f"  {name}: {miss}")
        for item in false:
            print(f"  false: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
