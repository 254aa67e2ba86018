"""Claim groups, twelfth round: the worst hurt in hospital are a part, a day's figure is no report of the
toll, a week said before a whole dates its event, a part moved to a place is that place's count, and a toll
broken down by place is parts. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer


def _values(groups: list) -> list[list[float | int | None]]:
    return sorted(sorted(r.value for r in g.reports) for g in groups)


def test_intensive_care_is_a_part_of_the_patients(analyzer: Analyzer) -> None:
    """``Deux patients sont en soins intensifs``: the worst hurt among the patients, not a revision of them."""
    dossier = dossier_of(
        analyzer,
        ("a", "Incendie à Rouen : neuf habitants ont été hospitalisés, selon les pompiers.", "2026-03-02"),
        (
            "b",
            "Incendie à Rouen : douze habitants ont été hospitalisés, selon le CHU. Deux patients sont en soins "
            "intensifs.",
            "2026-03-03",
        ),
    )
    hospitalized = groups_of(dossier, "hospitalized")
    admitted = next(g for g in hospitalized if {r.value for r in g.reports} == {9, 12})
    assert (admitted.verdict, admitted.figure) == ("update", 12)


def test_one_days_deaths_are_no_report_of_the_toll(analyzer: Analyzer) -> None:
    """``Pour la seule journée de jeudi, 14 décès ont été enregistrés``: that day's deaths, beside the toll."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au Malawi, la dengue a fait 120 morts depuis le début de l'épidémie, selon le ministère de la Santé. "
            "Pour la seule journée de jeudi, 14 décès ont été enregistrés, un record depuis le début de la flambée.",
            "2026-04-11",
        ),
        ("b", "Au Malawi, la dengue a fait 150 morts depuis le début de l'épidémie, selon le ministère.", "2026-04-14"),
    )
    killed = groups_of(dossier, "killed")
    day = [g for g in killed if 14 in {r.value for r in g.reports}]
    assert [sorted(r.value for r in g.reports) for g in day] == [[14]]


def test_a_week_said_before_the_whole_dates_its_event(analyzer: Analyzer) -> None:
    """``les violences de la semaine dernière ont fait 30 morts, dont six enfants``: the children are a part
    of that toll, one series with the part an earlier report gave, not the week's own count."""
    dossier = dossier_of(
        analyzer,
        ("a", "Au Togo, les heurts ont fait 21 morts, dont quatre enfants, selon une ONG.", "2026-05-06"),
        (
            "b",
            "Au Togo, l'ONG, qui a publié samedi un rapport sur les violences de la semaine dernière, a documenté "
            "30 décès, dont six enfants.",
            "2026-05-16",
        ),
    )
    killed = groups_of(dossier, "killed")
    children = [g for g in killed if {r.value for r in g.reports} & {4, 6}]
    assert _values(children) == [[4, 6]]


def test_a_part_moved_to_a_place_is_that_places_count(analyzer: Analyzer) -> None:
    """``dont deux ont été transférés à Grenoble`` and ``dont deux à Grenoble``: one place's count, agreed."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Avalanche dans les Alpes : Sept skieurs sont toujours hospitalisés à Albertville, dont deux ont été "
            "transférés à Grenoble.",
            "2026-01-20",
        ),
        (
            "b",
            "Avalanche dans les Alpes : Cinq skieurs sont toujours hospitalisés à Albertville, dont deux à Grenoble.",
            "2026-01-23",
        ),
    )
    moved = [g for g in groups_of(dossier, "hospitalized") if 2 in {r.value for r in g.reports}]
    assert [(sorted(r.value for r in g.reports), g.verdict, g.figure) for g in moved] == [([2, 2], "agree", 2)]


def test_a_toll_broken_down_by_city_is_parts(analyzer: Analyzer) -> None:
    """``six morts à Kumasi, de deux à Tamale``: a city's part of the toll, even where its numbers are ones
    the whole had in other reports (the government's six, then eleven, dead nationwide)."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au Ghana, au moins neuf personnes ont été tuées lors des émeutes, selon l'opposition. Le parti a fait "
            "état de six morts à Kumasi, de deux à Tamale et d'un mort à Accra. Le gouvernement a pour sa part "
            "reconnu trois décès.",
            "2026-06-02",
        ),
        (
            "b",
            "Au Ghana, dix-sept personnes ont été tuées lors des émeutes, selon l'opposition : onze à Kumasi, "
            "quatre à Tamale et deux à Accra. Le gouvernement a pour sa part reconnu six décès.",
            "2026-06-03",
        ),
        (
            "c",
            "Au Ghana, 23 personnes ont été tuées lors des émeutes, selon l'opposition. Le gouvernement a pour sa "
            "part reconnu onze décès.",
            "2026-06-05",
        ),
    )
    killed = groups_of(dossier, "killed")
    kumasi = [g for g in killed if g.place == "Kumasi"]
    assert [sorted(r.value for r in g.reports) for g in kumasi] == [[6, 11]]
