"""Entities the lead's thirteenth blind set (``tests/data/entities-blind13.json``) merged wrongly or left split: a
region and the town it is named after, a dam and its village, a regional and a federal office of one field, a
party named after its country, a French ``Dj`` for an English ``J``. Each behaviour on invented French names."""

from __future__ import annotations

from entity_helpers import analysis_of, entity, merged, together

# -- kept apart -----------------------------------------------------------------------------------------------


def test_a_region_named_after_its_town_is_not_the_town() -> None:
    # « Les pluies ont noyé la province de Mendoza. » / « À Mendoza, les rues sont inondées. »
    groups = merged(
        analysis_of("a", entity("province de Mendoza", "LOC")),
        analysis_of("b", entity("Mendoza", "LOC")),
    )
    assert not together(groups, "province de Mendoza", "Mendoza")


def test_two_names_of_one_region_still_join_without_the_town() -> None:
    groups = merged(
        analysis_of("a", entity("département de Oruro", "LOC")),
        analysis_of("b", entity("région de Oruro", "LOC")),
    )
    assert together(groups, "département de Oruro", "région de Oruro")


def test_a_dam_is_not_the_village_it_is_named_after() -> None:
    # « Le barrage de Valmorel a cédé ; le village de Valmorel a été évacué. »
    groups = merged(
        analysis_of("a", entity("barrage de Valmorel", "LOC")),
        analysis_of("b", entity("Valmorel", "LOC")),
    )
    assert not together(groups, "barrage de Valmorel", "Valmorel")


def test_an_airport_is_not_its_town() -> None:
    groups = merged(
        analysis_of("a", entity("aéroport de Saint-Brévin", "LOC")),
        analysis_of("b", entity("Saint-Brévin", "LOC")),
    )
    assert not together(groups, "aéroport de Saint-Brévin", "Saint-Brévin")


def test_a_regional_and_a_federal_office_of_one_field_are_two_bodies() -> None:
    # « L'Office régional de protection civile et l'Office fédéral de protection civile se renvoient la faute. »
    groups = merged(
        analysis_of("a", entity("Office régional de protection civile", "ORG")),
        analysis_of("b", entity("Office fédéral de protection civile", "ORG")),
    )
    assert not together(groups, "Office régional de protection civile", "Office fédéral de protection civile")


def test_an_office_named_with_and_without_its_level_is_one_body() -> None:
    groups = merged(
        analysis_of("a", entity("Office fédéral de protection civile", "ORG")),
        analysis_of("b", entity("Office de protection civile", "ORG")),
    )
    assert together(groups, "Office fédéral de protection civile", "Office de protection civile")


def test_a_party_named_after_its_country_is_not_the_country() -> None:
    # « Le parti Kirghizistan libre conteste le scrutin organisé au Kirghizistan. »
    groups = merged(
        analysis_of("a", entity("Kirghizistan libre", "LOC")),
        analysis_of("b", entity("Kirghizistan", "LOC")),
    )
    assert not together(groups, "Kirghizistan libre", "Kirghizistan")


# -- joined ---------------------------------------------------------------------------------------------------


def test_a_french_dj_is_an_english_j_of_one_surname() -> None:
    # « Le président Rustam Jalilov… Jalilov a voté. » / « Djalilov a revendiqué la victoire. »
    groups = merged(
        analysis_of("a", entity("Rustam Jalilov", "PER"), entity("Jalilov", "PER")),
        analysis_of("b", entity("Djalilov", "PER")),
    )
    assert together(groups, "Rustam Jalilov", "Jalilov", "Djalilov")


def test_a_french_dj_is_an_english_j_of_one_town() -> None:
    groups = merged(
        analysis_of("a", entity("Djizak-Ouest", "LOC")),
        analysis_of("b", entity("Jizak-Ouest", "LOC")),
    )
    assert together(groups, "Djizak-Ouest", "Jizak-Ouest")


def test_a_lone_surname_in_another_transliteration_joins_the_one_full_name() -> None:
    # « Rustam Jalilov a prêté serment. » / « Le président Djalilov, lui, a reçu des félicitations. »
    groups = merged(
        analysis_of("a", entity("Rustam Jalilov", "PER")),
        analysis_of("b", entity("Djalilov", "PER")),
    )
    assert together(groups, "Rustam Jalilov", "Djalilov")


def test_a_lone_surname_that_sounds_like_two_people_s_joins_neither() -> None:
    groups = merged(
        analysis_of("a", entity("Rustam Jalilov", "PER"), entity("Aziz Jalilov", "PER")),
        analysis_of("b", entity("Djalilov", "PER")),
    )
    assert not together(groups, "Rustam Jalilov", "Djalilov")
    assert not together(groups, "Aziz Jalilov", "Djalilov")
