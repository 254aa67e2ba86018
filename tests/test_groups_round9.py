"""Claim groups, ninth round (lead): a week's count is that week's, and a building or a group named as a place
scope is no place. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer


def test_last_weeks_counts_of_two_reports_are_two_weeks(analyzer: Analyzer) -> None:
    """Each report gives the deaths of the week before it: two periods, not one figure revised."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Selon Santé publique France, 900 décès sont attribuables à la chaleur depuis le 1er juin, dont 210 "
            "la semaine dernière.",
            "2026-07-14",
        ),
        (
            "b",
            "Selon Santé publique France, 1 150 décès sont attribuables à la chaleur depuis le 1er juin, dont 250 "
            "la semaine dernière.",
            "2026-07-21",
        ),
    )
    weeks = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {210, 250}]
    assert sorted(sorted(r.value for r in g.reports) for g in weeks) == [[210], [250]]


def test_a_toll_of_last_weeks_event_stays_the_toll(analyzer: Analyzer) -> None:
    """``les crues de la semaine dernière ont fait huit morts``: the flood's toll, revised, not a week's part."""
    dossier = dossier_of(
        analyzer,
        ("a", "Crues dans le Gard : le bilan s'alourdit à six morts, selon la préfecture.", "2026-10-15"),
        ("b", "Les crues de la semaine dernière dans le Gard ont fait huit morts, selon la préfecture.", "2026-10-24"),
    )
    killed = groups_of(dossier, "killed")
    assert [sorted(r.value for r in g.reports) for g in killed] == [[6, 8]]
