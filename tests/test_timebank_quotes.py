"""The French TimeBank quotes dev set (``tests/data/timebank-quotes*.json``): its annotations point at real
text, and the speakers it measures do not fall back below what was reached on it.

The texts stay in ``../shared/benchmarks/fr-timebank/texts``; the tests are skipped when that folder is
absent. Only the 15-text development part is run here: the 5 held-out texts are measured by hand, once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.eval.runner import evaluate
from recoupe.eval.scorer import load_gold, locate

DATA = Path(__file__).resolve().parent / "data"
GOLD_FILES = ("timebank-quotes.json", "timebank-quotes-holdout.json")
#: Every part, the two blind sets included: their annotations are checked against the texts and no text is in two.
ALL_FILES = (*GOLD_FILES, "timebank-quotes-blind.json", "timebank-quotes-blind2.json")

#: The development part's speaker scores when the set was last worked on, less a small margin: a drop
#: below these is a regression on news no rule was written for.
FLOORS = {"quotes.direct.speaker": 0.93, "quotes.partial.speaker": 0.85, "quotes.direct.found": 0.95}


def _texts(shared: Path) -> Path:
    folder = shared / "benchmarks" / "fr-timebank" / "texts"
    if not folder.is_dir():
        pytest.skip("the French TimeBank texts are absent")
    return folder


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_annotation_is_found_in_its_text(shared: Path, name: str) -> None:
    folder = _texts(shared)
    gold = load_gold(DATA / name)
    for document in gold["documents"]:
        text = (folder / document["doc"]).read_text(encoding="utf-8")
        for item in document.get("quotes", []) + document.get("claims", []):
            needle = item.get("text") or item["evidence"]
            assert locate(text, needle, item.get("occurrence", 1)) is not None, (document["doc"], needle)


def test_the_parts_share_no_text() -> None:
    docs = [{d["doc"] for d in load_gold(DATA / name)["documents"]} for name in ALL_FILES]
    assert all(not a & b for n, a in enumerate(docs) for b in docs[n + 1 :])


def test_speakers_on_the_dev_part_stay_above_their_floor(shared: Path, analyzer: Analyzer, tmp_path: Path) -> None:
    report, skipped = evaluate(DATA / GOLD_FILES[0], _texts(shared), out=tmp_path, analyzer=analyzer)
    assert skipped == []
    measured = {name: report[name].value for name in FLOORS}
    assert all(value is not None and value >= FLOORS[name] for name, value in measured.items()), measured
