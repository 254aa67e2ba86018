"""The time tagger's development set (``tests/data/timex-dev.json``): invented French sentences of
every kind a public suite of French time expressions holds (clock times, parts of the day, relative
offsets, durations, sets, intervals, written-out dates), and sentences with none. The floor below is
what the tagger reaches today; a change that drops it has broken a form."""

from __future__ import annotations

import json
from pathlib import Path

from recoupe.analyze import Analyzer
from recoupe.bench.timex_dev import DEFAULT_SET, score, select_batch
from recoupe.model import Article, DocumentAnalysis

DEV_SET = Path(__file__).resolve().parent / "data" / "timex-dev.json"


def test_the_scorer_reads_the_set_beside_the_tests() -> None:
    assert DEFAULT_SET == DEV_SET


#: Floors of the batches added later, measured when each was last improved: (found, value, false friends).
BATCH_FLOORS: dict[str, tuple[float, float, int]] = {
    "peer-kinds": (0.99, 0.98, 0),
    "peer-kinds-2": (0.99, 0.99, 0),
    "peer-kinds-3": (0.86, 0.76, 0),
    "peer-kinds-7": (0.99, 0.99, 0),
    "peer-kinds-8": (0.99, 0.99, 0),
    "peer-kinds-9": (0.99, 0.99, 0),
    "peer-kinds-10": (0.99, 0.99, 0),
    "peer-kinds-11": (0.99, 0.99, 0),
    "peer-kinds-12": (0.99, 0.99, 1),
    "peer-kinds-13": (1.0, 1.0, 0),
    "peer-kinds-14": (1.0, 1.0, 0),
    # one case reads ``Trois semaines après le séisme, les secours cherchent encore`` as TimeML's length (P3W);
    # every news set annotates such a lead in the present as the day of writing, as recoupe now does
    "peer-kinds-15": (1.0, 0.99, 0),
    "peer-kinds-16": (1.0, 1.0, 0),
    "peer-kinds-17": (0.98, 0.98, 0),
    # one case reads ``doit trancher dans les 48 heures`` as a length (PT48H); batches 34 and 35 (four cases) read
    # ``dans les 72 heures``, ``sous 48 heures`` as the deadline's day, as ``d'ici 48 heures`` is, and recoupe does
    "peer-kinds-18": (1.0, 0.98, 0),
    "peer-kinds-19": (1.0, 1.0, 0),
    "peer-kinds-21": (1.0, 1.0, 0),
    "peer-kinds-22": (1.0, 1.0, 0),
    "peer-kinds-24": (1.0, 1.0, 0),
    "peer-kinds-25": (1.0, 1.0, 0),
    "peer-kinds-26": (1.0, 1.0, 0),
    "peer-kinds-28": (1.0, 1.0, 0),
    "peer-kinds-29": (1.0, 0.98, 1),
    "peer-kinds-33": (0.99, 0.99, 1),
    "peer-kinds-34": (0.97, 0.93, 0),
    "peer-kinds-35": (0.96, 0.90, 0),
    # left: ``une semaine après sa victoire`` and ``tout le week-end`` (gold P1W and an ISO weekend, where the news
    # sets and batches 1-35 read the day it lands on and ``toute la semaine`` as a length), a title in quotes
    # (``« Huit heures ne font pas un jour »``), ``H+2``, ``J-2``, ``ce WE``, ``dans 1/4 d'heure``
    "peer-kinds-36": (0.97, 0.92, 2),
    # measured after round 15's general rules (named days beside a day, straight apostrophes, line breaks): most
    # of its misses are single forms left for a later round (see docs/quality.md, "Round 15, timex")
    "peer-kinds-37": (0.90, 0.82, 1),
    # measured after round 16's second pass (an hour after a part of the day and a comma, compound and exact
    # counts, half-year codes, the Christian seasons, numbered things); misses left: see docs/quality.md
    "peer-kinds-38": (1.00, 0.96, 0),
    # measured after round 17's second pass (a year framing only its clause, a time zone between an hour and its
    # day, ranges of days with hours, a night's morning, the coming night, bare day numbers, saints' days, monthly
    # sets); misses left and gold questioned: see docs/quality.md, "Round 17 (second pass), timex"
    "peer-kinds-39": (0.97, 0.95, 0),
    # measured after round 18's second pass (a feast that falls on a weekday, Palm Sunday's plural, an edge of a
    # part after a weekday and its day, a part of a named day, a delay as a deadline, churches named after a
    # feast); misses left and gold questioned: see docs/quality.md, "Round 18 (second pass), timex"
    "peer-kinds-40": (0.97, 0.91, 1),
}


def _scores(analyzer: Analyzer, data: dict) -> tuple[float, float, list[str], list[str]]:
    items = [*data["cases"], *data["negatives"]]
    analyses = [
        analyzer.analyze(Article(id=f"s{i}", text=item["text"], published=item["dct"])) for i, item in enumerate(items)
    ]
    assert all(isinstance(a, DocumentAnalysis) for a in analyses)
    tallies, false = score(data, analyses)
    total = tallies["all"]
    misses = [m for t in tallies.values() for m in t.misses]
    return total.found / total.expected, total.right / total.expected, false, misses


def test_dev_set_found_right_value_and_no_false_friend(analyzer: Analyzer) -> None:
    data = json.loads(DEV_SET.read_text(encoding="utf-8"))
    first = {
        **data,
        "cases": [c for c in data["cases"] if "batch" not in c],
        "negatives": [n for n in data["negatives"] if "batch" not in n],
    }
    assert len(first["cases"]) >= 150 and len(first["negatives"]) >= 30
    found, right, false, misses = _scores(analyzer, first)
    assert found >= 0.99, misses
    assert right >= 0.98, misses
    assert not false


def test_later_batches_keep_their_floor(analyzer: Analyzer) -> None:
    data = json.loads(DEV_SET.read_text(encoding="utf-8"))
    for batch, (found_floor, value_floor, false_ceiling) in BATCH_FLOORS.items():
        found, right, false, misses = _scores(analyzer, select_batch(data, batch))
        assert found >= found_floor, (batch, misses)
        assert right >= value_floor, (batch, misses)
        assert len(false) <= false_ceiling, (batch, false)


def test_a_sentence_the_analyzer_fails_on_scores_nothing_in_its_place(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Dropped, a failed sentence would shift every case after it onto another's analysis."""
    import recoupe.analyze
    from recoupe.bench.timex_dev import run
    from recoupe.model import Timex

    data = {
        "cases": [
            {
                "text": "Il est parti hier.",
                "dct": "2025-03-12",
                "kind": "deictic",
                "timexes": [["hier", "DATE", "2025-03-11"]],
            },
            {
                "text": "Il revient demain.",
                "dct": "2025-03-12",
                "kind": "deictic",
                "timexes": [["demain", "DATE", "2025-03-13"]],
            },
        ],
        "negatives": [],
    }
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    class FailsOnTheFirst:
        def analyze_many(self, articles: list[Article]) -> list[DocumentAnalysis]:
            second = articles[1]
            timex = Timex(text="demain", start=11, end=17, type="DATE", value="2025-03-13")
            return [
                DocumentAnalysis(doc=second.id, published=None, lang="fr", title=None, outlet=None, timexes=[timex])
            ]

    monkeypatch.setattr(recoupe.analyze, "Analyzer", FailsOnTheFirst)
    tallies, _, _ = run(path)
    assert (tallies["all"].expected, tallies["all"].right) == (2, 1)
    assert "1 sentences could not be analyzed: Il est parti hier." in capsys.readouterr().err
