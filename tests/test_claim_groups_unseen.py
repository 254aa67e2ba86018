"""Claims and claim groups of kinds of news the blind sets showed (groups-blind3): a collapse whose toll is
raised by bodies found, an epidemic counted since January, nationwide and per province, refugees beside
the internally displaced. Invented French sentences; each test states what an analyst would read in them.
"""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import dossier_of, groups_of, independent_values
from recoupe.analyze import Analyzer
from recoupe.model import PEOPLE_CATEGORIES, Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _scored(analyze: Analyze, text: str) -> list[Claim]:
    return [c for c in analyze(text, published="2026-03-10").claims if c.category in PEOPLE_CATEGORIES]


# -- claims ---------------------------------------------------------------------------------------------


def test_bodies_of_people_once_missing_are_dead(analyze: Analyze) -> None:
    claims = _scored(analyze, "Les sauveteurs ont dégagé les corps de trois personnes qui étaient portées disparues.")
    assert [(c.category, c.value) for c in claims] == [("killed", 3)]


def test_other_before_a_noun_of_things_counts_things(analyze: Analyze) -> None:
    claims = _scored(analyze, "Le séisme a fait 30 blessés, les habitants de deux autres maisons ayant été évacués.")
    assert [(c.category, c.value) for c in claims] == [("injured", 30)]


def test_a_count_of_cases_is_no_toll(analyze: Analyze) -> None:
    claims = _scored(analyze, "La rougeole a fait 12 morts dans le district. Le nombre de cas dépasse 900.")
    assert [(c.category, c.value) for c in claims] == [("killed", 12)]


def test_en_stands_for_the_people_counted_last_even_uncategorized(analyze: Analyze) -> None:
    text = "Le séisme a fait 30 morts. Le gymnase, prévu pour 500 personnes, en accueille désormais 1 200."
    assert [(c.category, c.value) for c in _scored(analyze, text)] == [("killed", 30)]


def test_a_hyphenated_demonym_is_counted_by_its_verb(analyze: Analyze) -> None:
    claims = _scored(analyze, "Plus de 3 000 Centrafricains et 400 Sud-Soudanais ont franchi la frontière tchadienne.")
    assert [(c.category, c.value) for c in claims] == [("displaced", 3000), ("displaced", 400)]


def test_leaving_one_s_home_is_displacement(analyze: Analyze) -> None:
    claims = _scored(analyze, "Près de 150 riverains ont dû quitter leur logement par précaution.")
    assert [(c.category, c.value) for c in claims] == [("displaced", 150)]


def test_a_province_named_then_described_is_the_figure_s_place(analyze: Analyze) -> None:
    claims = _scored(analyze, "La province de Tete, dans l'ouest, est la plus touchée, avec 600 cas et 40 décès.")
    assert [(c.value, c.place) for c in claims] == [(40, "province de Tete")]


def test_a_place_after_its_kind_and_an_adjective(analyze: Analyze) -> None:
    claims = _scored(analyze, "Dans la province voisine de Manica, 12 morts ont été recensés.")
    assert [(c.value, c.place) for c in claims] == [(12, "Manica")]


def test_a_province_named_again_by_its_kind(analyze: Analyze) -> None:
    text = (
        "Les autorités de la province de Tete ont fermé les écoles. La province compte désormais 8 morts. "
        "Le ministère maintient un bilan de 6 morts pour cette province."
    )
    assert [(c.value, c.place) for c in _scored(analyze, text)] == [(8, "province de Tete"), (6, "province de Tete")]


def test_a_sentence_opening_on_the_dead_counts_dead(analyze: Analyze) -> None:
    claims = _scored(analyze, "Parmi les victimes figurent deux pompiers et un enfant.")
    assert [(c.category, c.value) for c in claims][:1] == [("killed", 2)]


def test_parmi_eux_counts_a_part_of_what_was_counted_before(analyze: Analyze) -> None:
    text = "Plus de 5 000 Burundais ont franchi la frontière, selon le HCR. Parmi eux, près de 3 000 enfants."
    claims = _scored(analyze, text)
    assert [(c.category, c.value, c.subject) for c in claims] == [
        ("displaced", 5000, "Burundais"),
        ("displaced", 3000, "enfants"),
    ]


def test_en_after_a_part_stands_for_the_whole(analyze: Analyze) -> None:
    text = "Les pompiers ont évacué 300 habitants, dont 40 enfants. La préfecture en a recensé 350."
    claims = _scored(analyze, text)
    assert [(c.category, c.value, c.subject) for c in claims][-1] == ("displaced", 350, "habitants")


def test_a_bulletin_asserts_nothing_its_publisher_does(analyze: Analyze) -> None:
    text = "La rougeole a fait 18 morts depuis janvier, selon le bulletin publié lundi par le ministère de la Santé."
    (claim,) = _scored(analyze, text)
    assert claim.source is not None and "ministère de la Santé" in claim.source.text


# -- groups ---------------------------------------------------------------------------------------------

GLISSEMENT_LUNDI = (
    "Pérou : au moins 4 morts dans un glissement de terrain\n\n"
    "Un glissement de terrain a enseveli lundi plusieurs maisons à Huancayo, faisant au moins 4 morts, "
    "selon la protection civile."
)
GLISSEMENT_MARDI = (
    "Glissement de terrain à Huancayo : le bilan s'alourdit\n\n"
    "Les secouristes ont retrouvé mardi les corps de cinq personnes, portant le bilan à 9 morts, "
    "selon la protection civile."
)
GLISSEMENT_MERCREDI = (
    "Glissement de terrain : fin des recherches\n\n"
    "La protection civile a annoncé mercredi la fin des recherches. Le bilan définitif est de 12 morts."
)


def test_bodies_found_that_raise_a_toll_are_the_day_s_finds_and_a_city_told_toll_is_the_story_s(
    analyzer: Analyzer,
) -> None:
    dossier = dossier_of(
        analyzer,
        ("lundi", GLISSEMENT_LUNDI, "2026-03-09"),
        ("mardi", GLISSEMENT_MARDI, "2026-03-10"),
        ("mercredi", GLISSEMENT_MERCREDI, "2026-03-11"),
    )
    groups = groups_of(dossier, "killed")
    toll = max(groups, key=lambda g: len(g.reports))
    assert (toll.verdict, toll.figure) == ("update", 12)
    assert {4, 9, 12} <= set(independent_values(toll)) and 5 not in independent_values(toll)
    finds = [g for g in groups if 5 in independent_values(g)]
    assert len(finds) == 1 and finds[0].verdict is None


CHOLERA_J1 = (
    "Malawi : le choléra a fait 40 morts depuis le début de l'année\n\n"
    "L'épidémie de choléra a fait 40 morts depuis le début de l'année au Malawi, a annoncé le ministère "
    "de la Santé. La région de Blantyre est la plus touchée, avec 15 décès."
)
CHOLERA_J3 = "Choléra au Malawi\n\nL'épidémie a désormais fait 46 morts, selon le ministère de la Santé."
CHOLERA_J8 = (
    "Choléra : 55 morts au Malawi\n\n"
    "Le choléra a fait 55 morts au Malawi depuis le 1er janvier, dont 21 dans la région de Blantyre, selon le "
    "ministère de la Santé. Sur les sept derniers jours, 15 décès ont été enregistrés."
)


def test_an_epidemic_toll_with_and_without_its_start_is_one_series_apart_from_a_region_and_a_week(
    analyzer: Analyzer,
) -> None:
    dossier = dossier_of(
        analyzer,
        ("j1", CHOLERA_J1, "2026-02-10"),
        ("j3", CHOLERA_J3, "2026-02-12"),
        ("j8", CHOLERA_J8, "2026-02-17"),
    )
    groups = groups_of(dossier, "killed")
    toll = next(g for g in groups if 46 in independent_values(g))
    assert (toll.verdict, toll.figure) == ("update", 55)
    assert set(independent_values(toll)) == {40, 46, 55}
    region = next(g for g in groups if 15 in independent_values(g) and g is not toll and g.place)
    assert set(independent_values(region)) == {15, 21}
    week = [g for g in groups if independent_values(g) == [15] and not g.place]
    assert len(week) == 1


def test_two_round_estimates_that_differ_are_a_revision_not_an_agreement(analyzer: Analyzer) -> None:
    dossier = dossier_of(
        analyzer,
        ("j1", "Incendie\n\nPrès de 300 habitants ont été évacués lundi, selon la préfecture.", "2026-03-09"),
        ("j2", "Incendie\n\nQuelque 400 habitants ont été évacués depuis lundi, selon la préfecture.", "2026-03-10"),
    )
    (displaced,) = groups_of(dossier, "displaced")
    assert (displaced.verdict, displaced.figure) == ("update", 400)


def test_refugees_abroad_are_not_the_internally_displaced(analyzer: Analyzer) -> None:
    text = (
        "Combats au Soudan\n\nPlus de 6 000 réfugiés sont arrivés au Tchad depuis lundi, selon le HCR. "
        "Quelque 50 000 personnes ont été déplacées à l'intérieur du pays, selon l'Ocha."
    )
    dossier = dossier_of(analyzer, ("j1", text, "2026-03-10"))
    populations = {g.population: independent_values(g) for g in groups_of(dossier, "displaced")}
    assert populations == {"refugees": [6000], "people": [50000]}


def test_refugees_moved_inside_their_host_country_are_still_refugees(analyzer: Analyzer) -> None:
    text = "Crise au Sahel\n\nPlus de 5 000 réfugiés maliens ont été déplacés vers un nouveau camp, selon le HCR."
    dossier = dossier_of(analyzer, ("j1", text, "2026-03-10"))
    assert [g.population for g in groups_of(dossier, "displaced")] == ["refugees"]
