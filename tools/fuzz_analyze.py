"""Fuzz ``analyze`` on mutated French articles: no crash, and every span valid, for a time budget.

Run it on its own (not in CI's default test run):

    python tools/fuzz_analyze.py --minutes 10

Hypothesis mutates the bundled example articles (and the French texts under ``../shared`` when
present): it cuts, duplicates and swaps slices, and inserts quotation marks, digits, number words,
dates, control characters, combining accents, emoji and random Unicode. Every analysis must succeed
and every span must satisfy ``text[start:end] == span.text``. Failures are printed with the input
that caused them and the script exits 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.analyze import Analyzer
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


def corpus() -> list[str]:
    folders = [ROOT / "examples", ROOT.parent / "shared" / "seeds"]
    return [a.text for a in read_articles([f for f in folders if f.exists()]) if isinstance(a, Article)]


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
    args = parser.parse_args()
    analyzer = Analyzer()
    texts = corpus()
    counts = {"runs": 0}

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
        check(article, analyzer.analyze(article))
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
        print(f"round {rounds}: {counts['runs']} analyses, no crash", flush=True)
    print(f"{counts['runs']} mutated articles analyzed in {args.minutes:g} min: zero crashes, every span valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
