"""Figures in lists and ellipses, and sources that are agents, on short French sentences.

An analyst compares counts across reports, so a figure written without its noun (``…, 3 millions selon
la CGT``, ``dix au Nangarhar``) must count what the figure it continues counts, with its own place and
source; and a source must be someone who asserts (``selon un décompte réalisé par X`` is X's figure).
The sentences are written for these tests (protests, earthquakes, floods, riots, attacks).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import PEOPLE_CATEGORIES, Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(analyze: Analyze, text: str, published: str | None = "2023-03-08") -> list[Claim]:
    """The claims of ``text`` that count people, in text order."""
    return [c for c in analyze(text, published=published).claims if c.category in PEOPLE_CATEGORIES]


def source_text(claim: Claim) -> str | None:
    return claim.source.text if claim.source is not None else None


# -- lists and ellipses ------------------------------------------------------------------------------


def test_ellipsis_after_a_source_counts_the_same_thing(analyze: Analyze) -> None:
    text = "Jeudi, 1,12 million de manifestants ont défilé selon l'Intérieur, 3 millions selon la CGT."
    ministry, unions = scored(analyze, text)
    assert (ministry.category, unions.category, unions.value) == ("participants", "participants", 3_000_000)
    assert (source_text(ministry), source_text(unions)) == ("l'Intérieur", "la CGT")


def test_enumeration_after_a_colon_takes_the_total_and_its_own_places(analyze: Analyze) -> None:
    text = (
        "Au moins 25 personnes ont été tuées dans des affrontements : dix à Goma, neuf dans le Nord-Kivu "
        "et six à Bukavu."
    )
    claims = scored(analyze, text)
    assert [(c.category, c.value) for c in claims] == [("killed", 25), ("killed", 10), ("killed", 9), ("killed", 6)]
    assert [c.place for c in claims] == [None, "Goma", "Nord-Kivu", "Bukavu"]


def test_contre_after_a_place_keeps_the_category_not_the_place(analyze: Analyze) -> None:
    text = "La police a procédé à 212 interpellations à Lyon, contre 45 dans toute la région la veille."
    lyon, region = scored(analyze, text)
    assert (region.category, region.value) == ("arrested", 45)
    assert lyon.place == "Lyon" and region.place != "Lyon"


def test_toll_per_country(analyze: Analyze) -> None:
    first, second = scored(analyze, "Le bilan s'élève à 2 100 morts au Maroc et 300 en Algérie.")
    assert (first.category, first.place, second.category, second.value, second.place) == (
        "killed",
        "Maroc",
        "killed",
        300,
        "Algérie",
    )


def test_ellipsis_before_a_day(analyze: Analyze) -> None:
    claims = scored(analyze, "Mardi, 14 personnes avaient été tuées, 21 mercredi et 30 jeudi.")
    assert [(c.category, c.value) for c in claims] == [("killed", 14), ("killed", 21), ("killed", 30)]


def test_a_date_between_two_counts_joins_nothing(analyze: Analyze) -> None:
    text = "Selon la préfecture, 9 000 personnes ont manifesté le 7 mars et 11 000 le 15 mars."
    _, second = scored(analyze, text)
    assert (second.category, second.value, source_text(second)) == ("participants", 11000, "la préfecture")


def test_bare_figure_before_a_counted_one(analyze: Analyze) -> None:
    first, second = scored(analyze, "Les syndicats annoncent 700 000 et 1,1 million de manifestants.")
    assert (first.category, first.value, second.category) == ("participants", 700000, "participants")


def test_forces_of_the_same_kind_in_a_list(analyze: Analyze) -> None:
    text = "Quelque 300 policiers ont été déployés, 150 gendarmes et 40 agents de la police municipale."
    assert [(c.category, c.value) for c in scored(analyze, text)] == [("troops", 300), ("troops", 150), ("troops", 40)]


def test_comma_apposition_details_a_toll(analyze: Analyze) -> None:
    claims = scored(analyze, "L'embuscade a fait 42 morts, 29 soldats et 13 civils.")
    assert [(c.category, c.value) for c in claims] == [("killed", 42), ("killed", 29), ("killed", 13)]


def test_subset_aside_before_the_verb(analyze: Analyze) -> None:
    text = "12 000 personnes, dont 3 000 enfants, ont été déplacées, 5 000 au Tchad et 7 000 au Niger."
    claims = scored(analyze, text)
    assert [(c.category, c.value) for c in claims] == [
        ("displaced", 12000),
        ("displaced", 3000),
        ("displaced", 5000),
        ("displaced", 7000),
    ]
    assert claims[2].subject == "personnes" and claims[2].place == "Tchad"  # the total's population, not the part's


def test_parenthesized_count_has_its_own_source(analyze: Analyze) -> None:
    text = "À Lille, les manifestants étaient 9 000 selon les syndicats (3 200 selon la police)."
    unions, police = scored(analyze, text)
    assert (police.category, source_text(unions), source_text(police)) == ("participants", "les syndicats", "la police")


def test_listed_figure_takes_the_source_of_its_count(analyze: Analyze) -> None:
    text = "Plus de 700 000 personnes ont fui selon l'OIM, contre 330 000 la semaine précédente."
    _, before = scored(analyze, text)
    assert (before.category, before.value, source_text(before)) == ("displaced", 330000, "l'OIM")


def test_competing_count_shares_the_place(analyze: Analyze) -> None:
    text = "12 000 personnes ont défilé à Rennes selon la police, contre 30 000 selon les syndicats."
    police, unions = scored(analyze, text)
    assert (police.place, unions.place, source_text(unions)) == ("Rennes", "Rennes", "les syndicats")


def test_a_list_resumes_after_a_parenthesis(analyze: Analyze) -> None:
    text = (
        "Jeudi, 1,3 million de personnes ont manifesté en France selon l'Intérieur (3,5 millions selon la "
        "CGT), dont 93 000 à Paris."
    )
    _, unions, paris = scored(analyze, text)
    assert (unions.category, source_text(unions)) == ("participants", "la CGT")
    assert (paris.category, paris.place, source_text(paris)) == ("participants", "Paris", "l'Intérieur")


def test_a_part_does_not_share_the_next_figures_verb(analyze: Analyze) -> None:
    claims = scored(analyze, "Au total, 45 personnes ont été blessées, dont 12 policiers, et 3 sont mortes.")
    assert [(c.category, c.value) for c in claims] == [("injured", 45), ("injured", 12), ("killed", 3)]


def test_an_ellipsis_with_a_verb_of_its_own_is_not_elided(analyze: Analyze) -> None:
    claims = scored(analyze, "Les secours ont évacué 2 000 habitants ; 500 autres ont refusé de partir.")
    assert [c.value for c in claims] == [2000]


def test_one_sources_list_of_places_gives_no_place_to_the_other(analyze: Analyze) -> None:
    text = "La préfecture a compté 8 000 manifestants à Rennes et 4 000 à Brest, la CGT 20 000 et 9 000."
    *_, first, second = scored(analyze, text)
    assert (first.place, second.place, source_text(first), source_text(second)) == (None, None, "la CGT", "la CGT")


def test_an_opening_place_is_the_clause_place(analyze: Analyze) -> None:
    text = "À Marseille, selon la police, 40 000 personnes ont manifesté ; dans l'Hérault, 2 000."
    marseille, herault = scored(analyze, text)
    assert (marseille.place, herault.category, herault.place) == ("Marseille", "participants", "Hérault")


def test_a_semicolon_closes_a_places_group(analyze: Analyze) -> None:
    text = "La police a recensé 1 900 manifestants à Caen, 2 500 à Rouen ; les syndicats 6 000 et 8 000."
    *_, first, second = scored(analyze, text)
    assert (first.place, second.place) == (None, None)
    assert (source_text(first), source_text(second)) == ("les syndicats", "les syndicats")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Quelque 200 manifestants, âgés de 18 à 25 ans, ont été interpellés.", [200]),
        ("Le coût est estimé à 3 millions d'euros, dont 400 000 pour la ville de Nice.", []),
        ("La hausse atteint 12 %, contre 8 % l'an dernier.", []),
        ("La mobilisation a réuni 48 000 personnes à Paris, 2 000 de plus que la semaine précédente.", [48000]),
        (
            "Plus de 600 personnes ont été interpellées, 300 voitures ont été incendiées et 45 bâtiments dégradés.",
            [600],
        ),
        ("Le taux de grévistes atteint 45 pour cent, contre 38 pour cent en 2019.", []),
    ],
)
def test_lists_of_other_things_stay_other(analyze: Analyze, text: str, values: list[int]) -> None:
    assert [c.value for c in scored(analyze, text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Trois personnes ont été tuées dans une attaque au sud de la ville.", [3]),
        ("Deux policiers ont été tués dans 3 attaques distinctes.", [2]),
        ("Le match s'est terminé sur un score de 2-2, avec 3 blessés dans les tribunes.", [3]),
    ],
)
def test_things_near_a_count_are_not_counted(analyze: Analyze, text: str, values: list[int]) -> None:
    assert [c.value for c in scored(analyze, text)] == values


def test_troops_sent_behind_an_adverbial(analyze: Analyze) -> None:
    (claim,) = scored(analyze, "Le gouvernement a déployé dans la capitale 3 000 soldats.")
    assert (claim.category, claim.value) == ("troops", 3000)


# -- attributions in a list of counts --------------------------------------------------------------


def test_pour_the_prefecture_is_a_source(analyze: Analyze) -> None:
    unions, prefecture = scored(analyze, "On comptait 95 000 manifestants selon la CGT, 42 000 pour la préfecture.")
    assert (prefecture.category, source_text(unions), source_text(prefecture)) == (
        "participants",
        "la CGT",
        "la préfecture",
    )


def test_cote_syndicats_is_a_source(analyze: Analyze) -> None:
    text = (
        "Samedi, le mouvement a rassemblé 46 000 personnes selon le ministère de l'Intérieur, "
        "et 120 000 côté syndicats."
    )
    ministry, unions = scored(analyze, text)
    assert (unions.category, source_text(ministry), source_text(unions)) == (
        "participants",
        "le ministère de l'Intérieur",
        "syndicats",
    )
    assert unions.source is not None and unions.source.entity is None


def test_pour_a_purpose_is_no_source(analyze: Analyze) -> None:
    text = "Le gouvernement a mobilisé 300 policiers pour la manifestation."
    (claim,) = scored(analyze, text)
    assert claim.category == "troops" and source_text(claim) == "Le gouvernement"


# -- sources are agents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Selon un comptage réalisé par le ministère de l'Intérieur, 757 000 personnes ont manifesté mardi.",
            "le ministère de l'Intérieur",
        ),
        (
            "Selon les derniers bilans de l'agence de protection civile, 1 400 personnes ont été blessées.",
            "l'agence de protection civile",
        ),
        ("Selon les chiffres du ministère, 300 personnes ont été interpellées.", "ministère"),
        ("Selon un bilan établi par les secours, 14 personnes ont péri.", "les secours"),
        ("Au moins 70 personnes sont mortes, selon un bilan publié mercredi par la Croix-Rouge.", "la Croix-Rouge"),
        (
            "D'après les données les plus récentes de l'agence HRANA, 18 000 personnes ont été arrêtées.",
            "l'agence HRANA",
        ),
        ("Les chiffres publiés par la préfecture font état de 9 000 manifestants.", "la préfecture"),
    ],
)
def test_the_source_is_the_agent_of_the_count(analyze: Analyze, text: str, source: str) -> None:
    (claim,) = scored(analyze, text)
    assert source_text(claim) == source


@pytest.mark.parametrize(
    "text",
    [
        "Selon un décompte, 40 personnes sont mortes.",
        "Selon certaines informations, 12 soldats ont été tués.",
        "Selon les données les plus récentes, 80 000 personnes ont été évacuées.",
        "Selon les chiffres officiels, 3 800 personnes sont mortes.",
        "Selon les chiffres de mardi, 300 personnes ont été interpellées.",
    ],
)
def test_a_count_that_names_no_one_is_no_source(analyze: Analyze, text: str) -> None:
    (claim,) = scored(analyze, text)
    assert claim.source is None


def test_a_sourceless_frame_still_bounds_the_next_one(analyze: Analyze) -> None:
    text = "On compte 3 800 morts au Népal selon les chiffres officiels, 1 500 en Inde selon l'OMS."
    nepal, india = scored(analyze, text)
    assert (nepal.source, source_text(india)) == (None, "l'OMS")


def test_the_same_source(analyze: Analyze) -> None:
    text = (
        "Selon l'état-major, 42 soldats ont été tués. "
        "Au moins 60 assaillants ont été neutralisés, d'après la même source."
    )
    _, attackers = scored(analyze, text)
    assert source_text(attackers) == "l'état-major"


def test_the_authority_that_makes_the_arrests(analyze: Analyze) -> None:
    (claim,) = scored(analyze, "La gendarmerie a procédé à 48 interpellations.")
    assert source_text(claim) == "La gendarmerie"


def test_a_reporting_verb_the_tagger_misreads(analyze: Analyze) -> None:
    (claim,) = scored(analyze, "L'intersyndicale revendique respectivement 2,8 millions de manifestants.")
    assert source_text(claim) == "L'intersyndicale"


def test_every_part_of_a_dont_list_counts_what_the_total_counts(analyze: Analyze) -> None:
    claims = scored(analyze, "Les crues ont fait 120 morts depuis lundi, dont 80 Italiens et 40 Suisses.")
    assert [(c.value, c.category) for c in claims] == [(120, "killed"), (80, "killed"), (40, "killed")]
