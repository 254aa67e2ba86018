"""Claim-group and ``entities.merged`` metrics of the gold scorer, on small invented French articles.

Each test pairs a tiny gold (two articles about one incident) with a hand-written ``dossier.json``
fragment, so every B-cubed, verdict and figure count below can be checked with a pencil.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from recoupe.eval import Metric, Report, format_table, load_gold, score

A = "Lundi, 40 personnes ont été blessées à Lille, dont 6 policiers. La police a interpellé 12 personnes."
B = "Le bilan est passé à 45 blessés à Lille, dont 6 policiers, selon la mairie. Quinze personnes ont été interpellées."
TEXTS = {"a.txt": A, "b.txt": B}

CLAIMS = {
    "a.txt": [
        {"evidence": "40 personnes ont été blessées", "category": "injured", "value": 40},
        {"evidence": "6 policiers", "category": "injured", "value": 6},
        {"evidence": "interpellé 12 personnes", "category": "arrested", "value": 12},
    ],
    "b.txt": [
        {"evidence": "45 blessés", "category": "injured", "value": 45},
        {"evidence": "6 policiers", "category": "injured", "value": 6},
        {"evidence": "Quinze personnes ont été interpellées", "category": "arrested", "value": 15},
    ],
}


def member(doc: str, claim: int) -> dict[str, Any]:
    return {"doc": doc, "claim": claim}


def gold_groups(groups: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The two articles' claims and, unless ``groups`` says otherwise, three gold groups.

    ``injured-all`` (40 then 45: an update, quote 45), ``injured-police`` (6 and 6: agree, quote 6) and
    ``arrested`` (12 and 15 with no revision: a conflict, no figure).
    """
    if groups is None:
        groups = [
            {
                "id": "injured-all",
                "category": "injured",
                "members": [member("a.txt", 0), member("b.txt", 0)],
                "verdict": "update",
                "figure": [45],
            },
            {
                "id": "injured-police",
                "category": "injured",
                "members": [member("a.txt", 1), member("b.txt", 1)],
                "verdict": "agree",
                "figure": [6],
            },
            {
                "id": "arrested",
                "category": "arrested",
                "members": [member("a.txt", 2), member("b.txt", 2)],
                "verdict": "conflict",
                "figure": [],
            },
        ]
    return {"documents": [{"doc": doc, "claims": claims} for doc, claims in CLAIMS.items()], "groups": groups}


def reported(doc: str, words: str, occurrence: int = 1) -> dict[str, Any]:
    """A claim-group report at ``words`` in ``doc`` (the n-th match), as dossier.json writes it."""
    text = TEXTS[doc]
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return {"doc": doc, "start": start, "end": start + len(words), "text": words}


def claim_group(category: str, *reports: dict[str, Any], verdict: str = "agree", **extra: Any) -> dict[str, Any]:
    return {"id": f"g-{category}", "category": category, "reports": list(reports), "verdict": verdict, **extra}


def run_groups(claim_groups: list[dict[str, Any]], gold: dict[str, Any] | None = None) -> Report:
    return score(gold or gold_groups(), {}, TEXTS, {"documents": list(TEXTS), "claim_groups": claim_groups})


def counts(report: Report, name: str) -> tuple[int, int]:
    return report[name].numerator, report[name].denominator


# --------------------------------------------------------------------------------------------------
# B-cubed


def test_bcubed_when_two_gold_groups_are_merged() -> None:
    # Only the two injured groups; the dossier puts all four claims in one group.
    gold = gold_groups(gold_groups()["groups"][:2])
    merged = claim_group(
        "injured",
        reported("a.txt", "40 personnes"),
        reported("a.txt", "6 policiers"),
        reported("b.txt", "45 blessés"),
        reported("b.txt", "6 policiers"),
        verdict="update",
    )
    report = run_groups([merged], gold)
    # Each claim shares its predicted group with 4 claims, 2 of them of its gold group: precision 1/2.
    assert report["groups.bcubed_precision"] == Metric(pytest.approx(0.5), 0, 4, "mean")
    assert report["groups.bcubed_recall"].value == pytest.approx(1.0)
    assert report["groups.bcubed_f1"].value == pytest.approx(2 / 3)


def test_bcubed_verdict_and_figure_by_hand() -> None:
    claim_groups = [
        # The police subset merged into the total; the right verdict and figure for the total.
        claim_group(
            "injured",
            reported("a.txt", "40 personnes ont été blessées"),
            reported("b.txt", "45 blessés"),
            reported("a.txt", "6 policiers"),
            verdict="update",
            figure=45,
        ),
        claim_group("injured", reported("b.txt", "6 policiers"), figure=6),
        # 12 arrests reported; b's 15 reported by no group (a singleton).
        claim_group("arrested", reported("a.txt", "12 personnes")),
    ]
    report = run_groups(claim_groups)
    # precision: a0, b0 2/3 each, a1 1/3, b1, a2, b2 1 each → 14/3 over 6 claims.
    assert report["groups.bcubed_precision"].value == pytest.approx(7 / 9)
    # recall: a0, b0 1 each; a1, b1, a2, b2 1/2 each → 4 over 6.
    assert report["groups.bcubed_recall"].value == pytest.approx(2 / 3)
    assert report["groups.bcubed_f1"].value == pytest.approx(28 / 39)
    assert report["groups.bcubed_recall"].denominator == 6
    # injured-all: the first group reports both members, says update → right. injured-police: its
    # members are in two groups, one each (fewer than two) → wrong. arrested: one member reported → wrong.
    assert counts(report, "groups.verdict") == (1, 3)
    # Figures: 45 for injured-all (right); injured-police has no predicted group (wrong); arrested none.
    assert counts(report, "groups.figure") == (1, 2)


def test_a_report_of_another_category_does_not_place_the_claim() -> None:
    # The span overlaps "6 policiers" but the group counts the arrested: both injured claims stay alone.
    wrong = claim_group("arrested", reported("a.txt", "6 policiers"), reported("b.txt", "6 policiers"))
    gold = gold_groups(gold_groups()["groups"][1:2])
    report = run_groups([wrong], gold)
    assert report["groups.bcubed_precision"].value == pytest.approx(1.0)
    assert report["groups.bcubed_recall"].value == pytest.approx(0.5)
    assert counts(report, "groups.verdict") == (0, 1)


def test_the_claim_group_overlapping_most_wins_then_the_first_listed() -> None:
    gold = gold_groups(gold_groups()["groups"][:1])
    evidence_a = reported("a.txt", "40 personnes ont été blessées")
    barely = reported("a.txt", "blessées à Lille")  # overlaps the evidence by 8 characters only
    first = claim_group("injured", barely, reported("b.txt", "45"), verdict="conflict")
    second = claim_group("injured", evidence_a, verdict="update")
    report = run_groups([first, second], gold)
    # a0 goes to ``second`` (larger overlap), b0 to ``first``: split, and no group reports two members.
    assert report["groups.bcubed_recall"].value == pytest.approx(0.5)
    assert counts(report, "groups.verdict") == (0, 1)
    # Equal overlaps: the group listed first in the dossier.
    tie_first = claim_group("injured", evidence_a, reported("b.txt", "45 blessés"), verdict="update")
    tie_second = claim_group("injured", evidence_a, verdict="conflict")
    assert counts(run_groups([tie_first, tie_second], gold), "groups.verdict") == (1, 1)
    assert counts(run_groups([tie_second, tie_first], gold), "groups.verdict") == (0, 1)


def test_most_members_decides_the_predicted_group() -> None:
    gold = gold_groups(
        [
            {
                "id": "injured",
                "category": "injured",
                "members": [member("a.txt", 0), member("b.txt", 0), member("b.txt", 1)],
                "verdict": "update",
                "figure": [45],
            }
        ]
    )
    two = claim_group(
        "injured", reported("a.txt", "40 personnes"), reported("b.txt", "45 blessés"), verdict="update", figure=45
    )
    one = claim_group("injured", reported("b.txt", "6 policiers"), verdict="agree", figure=6)
    report = run_groups([one, two], gold)
    assert counts(report, "groups.verdict") == (1, 1)
    assert counts(report, "groups.figure") == (1, 1)


@pytest.mark.parametrize(
    "extra, right",
    [
        ({"figure": 45}, True),
        ({"figure": 45.0}, True),
        ({"figure": 40}, False),
        ({"figure": None}, False),
        # No ``figure`` key: the dossier has not said what to quote; ``conservative`` is not read in its place.
        ({"conservative": 45}, False),
    ],
)
def test_figure_compares_the_figure_field_only(extra: dict[str, Any], right: bool) -> None:
    gold = gold_groups(gold_groups()["groups"][:1])
    group = claim_group(
        "injured", reported("a.txt", "40 personnes"), reported("b.txt", "45 blessés"), verdict="update", **extra
    )
    assert counts(run_groups([group], gold), "groups.figure") == (int(right), 1)


def test_figure_may_be_any_of_the_listed_values() -> None:
    groups = gold_groups()["groups"][:1]
    groups[0]["figure"] = [40, 45]
    group = claim_group("injured", reported("a.txt", "40 personnes"), reported("b.txt", "45 blessés"), figure=40)
    assert counts(run_groups([group], gold_groups(groups)), "groups.figure") == (1, 1)


def test_null_verdicts_and_empty_figures_are_not_scored() -> None:
    groups = gold_groups()["groups"]
    for group in groups:
        group["verdict"], group["figure"] = None, []
    report = run_groups([], gold_groups(groups))
    assert report["groups.verdict"] == Metric(None, 0, 0)
    assert report["groups.figure"] == Metric(None, 0, 0)
    # Nothing grouped: every claim alone, perfect precision, recall 1/2 for each pair.
    assert report["groups.bcubed_precision"].value == pytest.approx(1.0)
    assert report["groups.bcubed_recall"].value == pytest.approx(0.5)


def test_groups_are_scored_only_with_gold_groups_and_claim_groups() -> None:
    no_groups = {"documents": gold_groups()["documents"]}
    assert "groups.bcubed_f1" not in run_groups([], no_groups)
    assert "groups.verdict" not in score(gold_groups(), {}, TEXTS, None)
    report = score(gold_groups(), {}, TEXTS, {"documents": list(TEXTS)})
    assert "groups.bcubed_f1" not in report
    assert any("claim_groups" in problem for problem in report.problems)


def test_unusable_reports_and_missing_evidence_are_reported() -> None:
    claims = json.loads(json.dumps(CLAIMS))
    claims["b.txt"][0]["evidence"] = "46 blessés"  # not in the text: left out of every group metric
    gold = {
        "documents": [{"doc": doc, "claims": c} for doc, c in claims.items()],
        "groups": gold_groups()["groups"][:1],
    }
    group = claim_group("injured", reported("a.txt", "40 personnes"), {"doc": "b.txt", "start": None, "end": 3})
    report = run_groups([group], gold)
    assert report["groups.bcubed_recall"].denominator == 1
    assert any("not found in the text" in problem for problem in report.problems)
    assert any("without a valid doc/start/end" in problem for problem in report.problems)


def test_a_document_without_text_leaves_its_claims_alone() -> None:
    gold = gold_groups(gold_groups()["groups"][:1])
    group = claim_group("injured", reported("a.txt", "40 personnes"), reported("b.txt", "45 blessés"))
    report = score(gold, {}, {"a.txt": A}, {"documents": list(TEXTS), "claim_groups": [group]})
    assert report["groups.bcubed_recall"].value == pytest.approx(0.5)


def test_table_counts_group_metrics_in_claims() -> None:
    console = Console(width=100, record=True)
    console.print(format_table(run_groups([])))
    output = console.export_text()
    assert "groups.bcubed_f1" in output and "6 claims" in output


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda g: g["groups"][0]["members"].append(member("a.txt", 7)), "must index"),
        (lambda g: g["groups"][0]["members"].append(member("c.txt", 0)), "not a gold document"),
        (lambda g: g["groups"][1]["members"].append(member("a.txt", 0)), "already in groups"),
        (lambda g: g["groups"][0].update(verdict="revised"), "verdict"),
        (lambda g: g["groups"][0].update(figure=45), "figure"),
        (lambda g: g["groups"][0].update(members=[]), "members"),
    ],
)
def test_malformed_groups_are_rejected(tmp_path: Path, change: Any, message: str) -> None:
    gold = gold_groups()
    change(gold)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        load_gold(path)
    assert "E401" in str(error.value)


def test_recoupe_eval_leaves_a_malformed_group_member_out_and_says_so(tmp_path: Path) -> None:
    """What ``recoupe eval`` does with an annotator's slip: the slip costs its item, not the whole run."""
    gold = gold_groups()
    gold["groups"][1]["members"].append(member("a.txt", 0))  # already the first group's
    gold["groups"][0].update(verdict="revised", figure=45)  # not a verdict; a number, not a list
    gold["groups"][2]["members"].append(member("a.txt", 7))  # a.txt has 3 claims
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems: list[str] = []
    loaded = load_gold(path, problems)
    assert [len(g["members"]) for g in loaded["groups"]] == [2, 2, 2]
    assert loaded["groups"][0]["verdict"] is None and loaded["groups"][0]["figure"] == [45]
    assert len(problems) == 4 and all("gold.json" in p and p.endswith("left out") for p in problems)
    assert any("already in groups[0]" in p for p in problems)


# --------------------------------------------------------------------------------------------------
# entities.merged

ENTITIES = [
    {"name": "Élise Garnier", "aliases": ["Élise Garnier", "Garnier", "É. Garnier"]},
    {"name": "Office français de l'eau", "aliases": ["Office français de l'eau", "OFE"]},
    {"name": "Lyon", "aliases": ["Lyon"]},
    {"name": "Marc Dubois", "aliases": ["Marc Dubois", "Dubois"]},
]


def merged(entities: list[dict[str, Any]]) -> tuple[int, int]:
    gold = {"documents": [{"doc": "a"}], "entities": ENTITIES}
    dossier = {
        "documents": ["a"],
        "entities": [
            {"type": "PER", "documents": ["a"], "mentions": 1, "aliases": [], **entity} for entity in entities
        ],
    }
    return counts(score(gold, {}, {"a": ""}, dossier), "entities.merged")


def test_merged_counts_each_entity_once() -> None:
    # Garnier: three of its names listed, split over two entities → wrong (counted once, not per pair).
    # Office: both names in one entity (the apostrophe differs) → right, even with Lyon put in with it.
    # Lyon: one name only; Dubois: only "Dubois" listed → neither is counted.
    assert merged(
        [
            {"name": "Élise Garnier", "aliases": ["Garnier"]},
            {"name": "É. Garnier"},
            {"name": "OFE", "aliases": ["Office français de l’eau", "Lyon"]},
            {"name": "Dubois"},
        ]
    ) == (1, 2)


def test_merged_needs_one_entity_holding_every_listed_name() -> None:
    # Garnier also listed alone by a second entity: one entity still holds all three names → right.
    assert merged([{"name": "Élise Garnier", "aliases": ["Garnier", "É. Garnier"]}, {"name": "Garnier"}]) == (1, 1)
    # Case counts, as for the pair metrics: "dubois" is not a listed gold name.
    assert merged([{"name": "Marc Dubois", "aliases": ["dubois"]}]) == (0, 0)
    assert merged([{"name": "Marc Dubois"}, {"name": "Dubois"}]) == (0, 1)
