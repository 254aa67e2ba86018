"""Fuzz ``analyze`` on mutated French articles: no crash, and every span valid, for a time budget.

Run it on its own (not in CI's default test run):

    python tools/fuzz_analyze.py --minutes 10

Hypothesis mutates the bundled example articles (and the French texts under ``../shared`` when
present): it cuts, duplicates and swaps slices, and inserts quotation marks, digits, number words,
dates, control characters, combining accents, emoji and random Unicode. Every analysis must succeed
and every span must satisfy ``text[start:end] == span.text``. Failures are printed with the input
that caused them and the script exits 1.

The scaling generators of :mod:`recoupe.bench.generators` (news-like text, number runs, "selon" chains,
repeated incises, capitalized runs, unclosed «, one long line, runs of "(" and "=") join the inputs:
small pieces of each are mutated with the rest, and each is analyzed whole at ``--generated-chars``
first. Every analysis is timed; the slowest, in seconds per 100 000 characters (an article shorter than
10 000 counts as 10 000, so spaCy's fixed cost does not dominate), is reported, and one over
``--budget-seconds-per-100k`` fails the run (exit 1), as a crash does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.analyze import Analyzer
from recoupe.bench.generators import generators
from recoupe.ingest import read_articles
from recoupe.model import Article, DocumentAnalysis

ROOT = Path(__file__).resolve().parent.parent
FRAGMENTS = [
    "«",
    "»",
    "« ",
    " »",
    "“",
    "”",
    '"',
    "‹",
    "›",
    "’",
    "'",
    "\u00a0",
    "\u202f",
    "\u200b",
    "\u0301",
    "\x00",
    "\x0b",
    "3.000",
    "5 000",
    "1,28 million",
    "des dizaines",
    "vingt-six",
    "près de",
    "plus de",
    "entre 10 et",
    "%",
    "€",
    "le 4 et 5 janvier",
    "du 2 au",
    "Deux jours plus tard",
    "la veille",
    "lundi prochain",
    "en 1991",
    "2022-01",
    ", a-t-il déclaré.",
    "selon",
    "d'après",
    " date 2022-01 ",
    "\n\n",
    "...",
    "…",
    "(",
    ")",
    "[",
    "]",
    "😀",
    "Ω",
]


#: Articles shorter than this are timed as if this long (spaCy's per-article cost is not a size cost).
TIMED_FLOOR = 10_000


def corpus() -> list[str]:
    folders = [ROOT / "examples", ROOT.parent / "shared" / "seeds"]
    texts = [a.text for a in read_articles([f for f in folders if f.exists()]) if isinstance(a, Article)]
    return texts + [generators.get(name)(3_000) for name in generators.names()]


class Budget:
    """The slowest analysis seen, in seconds per 100 000 characters, against the allowed figure."""

    def __init__(self, seconds_per_100k: float) -> None:
        self.allowed = seconds_per_100k
        self.worst = 0.0
        self.worst_label = ""

    def time(self, analyzer: Analyzer, article: Article, label: str) -> DocumentAnalysis:
        started = time.perf_counter()
        analysis = analyzer.analyze(article)
        rate = (time.perf_counter() - started) * 100_000 / max(len(article.text), TIMED_FLOOR)
        if rate > self.worst:
            self.worst, self.worst_label = rate, f"{label} ({len(article.text):,} chars)"
        return analysis

    @property
    def exceeded(self) -> bool:
        return self.worst > self.allowed

    def report(self) -> str:
        verdict = "OVER" if self.exceeded else "within"
        return (
            f"slowest article: {self.worst_label}, {self.worst:.2f} s per 100k characters "
            f"({verdict} the budget of {self.allowed:g})"
        )


def mutate(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 8))):
        if not text:
            text = data.draw(st.text(max_size=50))
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 200)))
        action = data.draw(st.sampled_from(["insert", "delete", "duplicate", "swap", "unicode"]))
        if action == "insert":
            text = text[:i] + data.draw(st.sampled_from(FRAGMENTS)) + text[i:]
        elif action == "delete":
            text = text[:i] + text[j:]
        elif action == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif action == "swap":
            text = text[i:j] + text[:i] + text[j:]
        else:
            text = text[:i] + data.draw(st.text(max_size=20)) + text[i:]
    return text


def check(article: Article, analysis: DocumentAnalysis) -> None:
    record = analysis.to_json()
    for field in ("entities", "timexes", "claims", "quotes"):
        for span in record[field]:
            assert 0 <= span["start"] <= span["end"] <= len(article.text), (field, span)
            assert article.text[span["start"] : span["end"]] == span["text"], (field, span)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--examples", type=int, default=200, help="examples per Hypothesis round")
    parser.add_argument(
        "--generated-chars", type=int, default=50_000, help="size of each scaling generator's whole article"
    )
    parser.add_argument(
        "--budget-seconds-per-100k",
        type=float,
        default=60.0,
        help="fail when one article's analysis takes longer than this per 100 000 characters",
    )
    args = parser.parse_args()
    analyzer = Analyzer()
    texts = corpus()
    counts = {"runs": 0}
    budget = Budget(args.budget_seconds_per_100k)
    for name in generators.names():
        text = generators.get(name)(args.generated_chars)
        article = Article(id=name, text=text, published="2025-03-14")
        check(article, budget.time(analyzer, article, f"generator {name}"))
        counts["runs"] += 1
    print(f"generators at {args.generated_chars:,} characters: every span valid; {budget.report()}", flush=True)

    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def round_(data: st.DataObject) -> None:
        text = mutate(data.draw(st.sampled_from(texts)), data)
        published = data.draw(st.sampled_from([None, "2022-01", "2022-01-07", "1999-12-31"]))
        article = Article(id="fuzz", text=text, published=published)
        marker = text.startswith(" date ")
        if marker:
            from recoupe.ingest.markers import leading_date_marker

            article.published, article.body_start = leading_date_marker(text)
        check(article, budget.time(analyzer, article, "mutated article"))
        counts["runs"] += 1

    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        try:
            round_()
        except Exception as error:  # report the falsifying input Hypothesis printed, then fail
            print(f"FAILED after {counts['runs']} analyses: {error!r}", file=sys.stderr)
            return 1
        rounds += 1
        print(f"round {rounds}: {counts['runs']} analyses, no crash; {budget.report()}", flush=True)
    print(f"{counts['runs']} articles analyzed in {args.minutes:g} min: zero crashes, every span valid")
    print(budget.report())
    return 1 if budget.exceeded else 0


if __name__ == "__main__":
    sys.exit(main())
