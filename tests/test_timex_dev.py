"""The time tagger's development set (``tests/data/timex-dev.json``): invented French sentences of
every kind a public suite of French time expressions holds (clock times, parts of the day, relative
offsets, durations, sets, intervals, written-out dates), and sentences with none. The floor below is
what the tagger reaches today; a change that drops it has broken a form."""

from __future__ import annotations

import json
from pathlib import Path

from recoupe.analyze import Analyzer
from recoupe.bench.timex_dev import DEFAULT_SET, score
from recoupe.model import Article, DocumentAnalysis

DEV_SET = Path(__file__).resolve().parent / "data" / "timex-dev.json"


def test_the_scorer_reads_the_set_beside_the_tests() -> None:
    assert DEFAULT_SET == DEV_SET


def test_dev_set_found_right_value_and_no_false_friend(analyzer: Analyzer) -> None:
    data = json.loads(DEV_SET.read_text(encoding="utf-8"))
    items = [*data["cases"], *data["negatives"]]
    assert len(data["cases"]) >= 150 and len(data["negatives"]) >= 30
    analyses = [
        analyzer.analyze(Article(id=f"s{i}", text=item["text"], published=item["dct"])) for i, item in enumerate(items)
    ]
    assert all(isinstance(a, DocumentAnalysis) for a in analyses)
    tallies, false = score(data, analyses)
    total = tallies["all"]
    assert total.found / total.expected >= 0.99, [m for t in tallies.values() for m in t.misses]
    assert total.right / total.expected >= 0.98, [m for t in tallies.values() for m in t.misses]
    assert not false
