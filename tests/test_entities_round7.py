"""Entities, seventh round: causes seen across several blind sets, each mended by a mechanism that holds on any
French news text — the country an article is about scopes a ministry it names without one; a native name given
in apposition to a body's French name is that body's. Each behaviour on invented French sentences of other
stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


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


# -- a native name in apposition (analyze) --------------------------------------------------------------------


def test_a_native_name_before_its_french_translation_is_named_by_it(analyze: Analyze) -> None:
    result = analyze(
        "À Erevan, la majorité reste soudée. En face, Kaghakatsiakan Paymanagir, le Contrat civil, ne cède rien "
        "et promet un nouveau scrutin."
    )
    found = entities_found(result)
    assert found["Kaghakatsiakan Paymanagir"][1] == "Contrat civil"


def test_a_french_name_before_a_shorter_french_name_keeps_its_own(analyze: Analyze) -> None:
    result = analyze(
        "Le Conseil constitutionnel, le Conseil d'État, ont rendu leurs avis le même jour, selon le gouvernement."
    )
    found = entities_found(result)
    assert found["Conseil constitutionnel"][1] == "Conseil constitutionnel"


def test_a_body_after_a_noun_it_completes_keeps_its_apposition_whatever_the_verb(analyze: Analyze) -> None:
    result = analyze(
        "Les plongeurs de Baznasar, l'agence nationale de secours et de sauvetage, ont retrouvé lundi deux rescapés."
    )
    found = entities_found(result)
    assert found["Baznasar"][1] == found["agence nationale de secours et de sauvetage"][1]
