"""Round 12, entities: a body named without its head noun joins the acronym that keeps the noun's letter
(``les Nations unies``, ``l'ONU``). Invented French examples."""

from __future__ import annotations

from entity_helpers import analysis_of, entity, merged, together


def test_the_united_nations_are_the_un_organisation() -> None:
    groups = merged(
        analysis_of("a", entity("Nations unies", "ORG")),
        analysis_of("b", entity("ONU", "ORG")),
    )
    assert together(groups, "Nations unies", "ONU")


def test_an_acronym_does_not_join_a_body_whose_letters_it_only_ends_with_without_an_o() -> None:
    groups = merged(
        analysis_of("a", entity("Nations unies", "ORG")),
        analysis_of("b", entity("ANU", "ORG")),
    )
    assert not together(groups, "Nations unies", "ANU")


def test_a_town_read_as_a_body_joins_the_town_as_another_outlet_spells_it() -> None:
    # « les combats autour d'El Fasher » (tagged as a body) / « à El-Facher, capitale du Darfour-Nord »
    groups = merged(
        analysis_of("a", entity("El Fasher", "ORG")),
        analysis_of("b", entity("El-Facher", "LOC")),
    )
    assert together(groups, "El Fasher", "El-Facher")


def test_a_body_named_after_its_town_stays_apart_from_the_town() -> None:
    groups = merged(
        analysis_of("a", entity("Université de Douala", "ORG")),
        analysis_of("b", entity("Douala", "LOC")),
    )
    assert not together(groups, "Université de Douala", "Douala")


def test_a_ministry_is_not_the_world_health_organisation() -> None:
    # ``OMS`` less its ``O`` spells ``ministère de la Santé`` too: a body with its own head noun keeps it
    groups = merged(
        analysis_of("a", entity("ministère de la Santé", "ORG")),
        analysis_of("b", entity("OMS", "ORG"), entity("Organisation mondiale de la santé", "ORG")),
    )
    assert not together(groups, "ministère de la Santé", "OMS")
