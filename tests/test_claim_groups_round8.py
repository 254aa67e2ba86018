"""Claim groups, eighth round: what keeps a figure out of the wrong group. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def places(result: DocumentAnalysis) -> dict[float | None, str | None]:
    return {c.value: c.place for c in result.claims}


def test_a_place_in_an_aside_describing_the_source_is_not_the_figure_s(analyze: Analyze) -> None:
    """``une association de Toulouse`` says who the collective is, not where the 31 died."""
    result = analyze(
        "Le Collectif des familles, une association de Toulouse, avance de son côté le chiffre de 31 morts."
    )
    assert places(result) == {31: None}


def test_a_place_in_an_aside_with_a_participle_is_not_the_figure_s_either(analyze: Analyze) -> None:
    result = analyze("Le Collectif des familles, une association basée à Toulouse, affirme avoir recensé 25 morts.")
    assert places(result) == {25: None}


def test_a_firm_named_between_commas_after_the_opening_noun_is_no_place(analyze: Analyze) -> None:
    """``L'exploitant, Ardenne Mining,``: the tagger may read the firm's name as a place."""
    result = analyze("L'exploitant, Ardenne Mining, avance pour sa part le chiffre de 15 morts.")
    assert places(result) == {15: None}


def test_an_aside_describing_the_place_keeps_the_place(analyze: Analyze) -> None:
    """``Mèze, une commune de l'Hérault``: the first place is still the event's."""
    result = analyze("Le village de Mèze, une commune de l'Hérault, a été dévasté par la crue : 12 morts.")
    assert places(result) == {12: "Mèze"}


def test_an_opening_place_stays_the_figure_s(analyze: Analyze) -> None:
    result = analyze("À Toulouse, 31 morts ont été recensés.")
    assert places(result) == {31: "Toulouse"}


def test_a_part_of_a_part_is_its_own_group(analyzer: Analyzer) -> None:
    """``deux d'entre eux`` are two of the twelve in hospital, not another count of them."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Un coup de grisou a frappé une mine de Lens mardi. Vingt ouvriers ont été secourus, dont douze ont été "
            "hospitalisés, deux d'entre eux dans un état grave, selon la préfecture.",
            "2026-05-05",
        ),
    )
    hospitalized = groups_of(dossier, "hospitalized")
    assert sorted([r.value for r in g.reports] for g in hospitalized) == [[2], [12]]
    assert all(g.verdict is None for g in hospitalized)


def test_a_figure_revising_a_recalled_one_joins_the_recalled_one_s_group(analyzer: Analyzer) -> None:
    """``huit …, contre cinq annoncés la veille``: the eight revise Tuesday's five, the march's injured."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Plusieurs milliers de personnes ont manifesté mardi à Rennes contre la loi sur l'eau, 8 000 selon la "
            "préfecture. Cinq gendarmes ont été blessés, a indiqué le ministre de l'Intérieur.",
            "2026-03-10",
        ),
        (
            "b",
            "Au lendemain de la manifestation de Rennes, la colère ne retombait pas mercredi. Le ministère fait "
            "désormais état de huit gendarmes blessés, contre cinq annoncés la veille.",
            "2026-03-11",
        ),
    )
    [injured] = groups_of(dossier, "injured")
    assert sorted(r.value for r in injured.reports) == [5, 5, 8]
    assert (injured.verdict, injured.figure) == ("update", 8)


def test_a_toll_noun_with_a_day_glued_to_it_counts_the_people_before(analyzer: Analyzer) -> None:
    """``douze soldats tués et huit blessés mardi``: eight soldiers, whom the army's ``14 blessés`` revises."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au moins douze soldats ont été tués et huit blessés mardi dans l'attaque d'une caserne à Gao, a "
            "annoncé l'armée.",
            "2026-11-10",
        ),
        (
            "b",
            "L'armée fait désormais état de 17 soldats tués et de 14 blessés dans l'attaque de la caserne de Gao.",
            "2026-11-11",
        ),
    )
    [injured] = groups_of(dossier, "injured")
    assert injured.population == "security_forces"
    assert (injured.verdict, injured.figure) == ("update", 14)


def test_the_figures_of_a_recalled_report_are_that_report_s(analyzer: Analyzer) -> None:
    """``Le précédent bilan, communiqué dimanche, faisait état de … 43 blessés``: Sunday's 43, which the 61 revise."""
    dossier = dossier_of(
        analyzer,
        ("a", "Une bousculade a fait des dizaines de blessés samedi à Lourdes, selon la police.", "2026-07-18"),
        ("b", "Le bilan de la bousculade de Lourdes s'élève à 43 blessés, selon la préfecture.", "2026-07-19"),
        (
            "c",
            "Au total, 61 personnes ont été blessées à Lourdes, a précisé la préfète. Le précédent bilan, "
            "communiqué dimanche, faisait état de 18 morts et 43 blessés.",
            "2026-07-20",
        ),
    )
    [injured] = groups_of(dossier, "injured")
    assert (injured.verdict, injured.figure) == ("update", 61)


def test_people_who_left_home_to_take_shelter_are_displaced_not_refugees(analyzer: Analyzer) -> None:
    """``pour se réfugier dans des gymnases``: sheltered in their own country, counted with the displaced;
    ``trouvé refuge au Tchad`` crossed a border."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Selon la préfecture, plus de 2 000 personnes ont dû quitter leur domicile pour se réfugier dans des "
            "gymnases après la crue du Var.",
            "2026-02-18",
        ),
        ("b", "Le nombre de déplacés atteint désormais 3 500 personnes dans le Var.", "2026-02-19"),
        ("c", "Près de 4 000 Soudanais ont trouvé refuge au Tchad depuis lundi, selon le HCR.", "2026-02-19"),
    )
    displaced = {g.population: sorted(r.value for r in g.reports) for g in groups_of(dossier, "displaced")}
    assert displaced == {"people": [2000, 3500], "refugees": [4000]}
