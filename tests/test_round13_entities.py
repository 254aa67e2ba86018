"""Round 13, entities: a person's name spelled with ``b`` or ``v`` or with an ``h`` more by two outlets, one
side of a place written in French, in English or as an adjective, and an international body's acronym that
spells neither of its names. Invented French examples, each article of one story."""

from __future__ import annotations

from entity_helpers import analysis_of, entity, merged, together


def test_a_b_and_a_v_of_one_transliterated_name_are_one_person() -> None:
    groups = merged(
        analysis_of("a", entity("Bikram Lal Adhikari", "PER")),
        analysis_of("b", entity("Vikram Lal Adhikari", "PER")),
    )
    assert together(groups, "Bikram Lal Adhikari", "Vikram Lal Adhikari")


def test_an_h_one_outlet_adds_after_an_s_is_one_surname() -> None:
    groups = merged(
        analysis_of("a", entity("Hari Bahadur Shrestha", "PER")),
        analysis_of("b", entity("Hari Bahadur Shreshtha", "PER")),
    )
    assert together(groups, "Hari Bahadur Shrestha", "Hari Bahadur Shreshtha")


def test_two_names_one_article_writes_both_stay_two_people() -> None:
    groups = merged(analysis_of("a", entity("Bikram Lal Adhikari", "PER"), entity("Vikram Lal Adhikari", "PER")))
    assert not together(groups, "Bikram Lal Adhikari", "Vikram Lal Adhikari")


def test_one_side_of_a_place_in_french_english_or_as_an_adjective_is_one_place() -> None:
    groups = merged(
        analysis_of("a", entity("Darfour-Ouest", "LOC")),
        analysis_of("b", entity("West Darfour", "LOC")),
        analysis_of("c", entity("Darfour occidental", "LOC")),
    )
    assert together(groups, "Darfour-Ouest", "West Darfour", "Darfour occidental")


def test_a_side_of_a_place_is_not_the_whole_nor_another_side() -> None:
    groups = merged(
        analysis_of("a", entity("Darfour-Ouest", "LOC"), entity("Darfour", "LOC")),
        analysis_of("b", entity("Darfour-Nord", "LOC")),
    )
    assert not together(groups, "Darfour-Ouest", "Darfour")
    assert not together(groups, "Darfour-Ouest", "Darfour-Nord")


def test_an_international_body_s_acronym_joins_its_french_name() -> None:
    groups = merged(
        analysis_of("a", entity("Unicef", "ORG")),
        analysis_of("b", entity("Fonds des Nations unies pour l'enfance", "ORG")),
    )
    assert together(groups, "Unicef", "Fonds des Nations unies pour l'enfance")
