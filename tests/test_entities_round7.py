"""Entities, seventh round: causes seen across several blind sets, each mended by a mechanism that holds on any
French news text — the country an article is about scopes a ministry it names without one; a native name given
in apposition to a body's French name is that body's. Each behaviour on invented French sentences of other
stories than any set's."""

from __future__ import annotations

from entity_helpers import analysis_of, entity, merged, together

# -- the country an article is about (link) -------------------------------------------------------------------


def test_a_ministry_without_country_is_that_of_the_country_its_article_is_about() -> None:
    """An article on Chile's fires that mentions Argentina once still means Chile's ministry."""
    groups = merged(
        analysis_of(
            "a",
            entity("ministère chilien de l'Intérieur", "ORG"),
            entity("Chili", "LOC"),
            entity("ministère argentin de l'Intérieur", "ORG"),
            entity("Mendoza", "LOC"),
        ),
        analysis_of(
            "b",
            entity("ministère de l'Intérieur", "ORG"),
            entity("Chili", "LOC"),
            entity("Viña del Mar", "LOC"),
            entity("Viña del Mar", "LOC"),
            entity("Mendoza", "LOC"),
        ),
    )
    assert together(groups, "ministère de l'Intérieur", "ministère chilien de l'Intérieur")
    assert not together(groups, "ministère de l'Intérieur", "ministère argentin de l'Intérieur")


def test_a_ministry_without_country_stays_apart_when_its_article_reports_two_countries_alike() -> None:
    groups = merged(
        analysis_of(
            "a",
            entity("ministère chilien de l'Intérieur", "ORG"),
            entity("ministère argentin de l'Intérieur", "ORG"),
        ),
        analysis_of(
            "b",
            entity("ministère de l'Intérieur", "ORG"),
            entity("Chili", "LOC"),
            entity("Viña del Mar", "LOC"),
            entity("Argentine", "LOC"),
            entity("Mendoza", "LOC"),
        ),
    )
    assert not together(groups, "ministère de l'Intérieur", "ministère chilien de l'Intérieur")
    assert not together(groups, "ministère de l'Intérieur", "ministère argentin de l'Intérieur")
