"""Entities, nineteenth round: causes seen across several blind sets, each mended where it arises on any French
news text — a foreign body's name translated in fewer words by one outlet, each word a cognate of the other
translation's; a foreign ministry's whole title, without its country, in articles about that country; a region's
adjective (``est-africaine``) inside a body's name read as the body's country; a ``département`` whose complement
is a portfolio, an office and no place; a province's level; words of foreign bodies' names. Each behaviour on
invented French names and places of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from entity_helpers import analysis_of, entity, merged, together
from recoupe.link.entities import _shape
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]

# -- a shorter translation whose words are cognates of the longer's ---------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # one outlet writes the compound, the other its two halves
        (
            "Institut national de veille hydrométéorologique",
            "Institut national de veille météorologique et hydrologique",
        ),
        # a noun for one outlet, an adjective and another noun for the other
        ("Office fédéral des forêts et des mines", "Office fédéral des forêts et de l'exploitation minière"),
    ],
)
def test_a_shorter_translation_with_cognate_words_joins(one: str, other: str) -> None:
    """Two translations of one foreign body's name, the same head noun, one word the same, the others cognates."""
    groups = merged(analysis_of("a", entity(one, "ORG")), analysis_of("b", entity(other, "ORG")))
    assert together(groups, one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # no word the same: cognate beginnings are not enough
        ("Office national des mines", "Office national de la météorologie et des minéraux"),
        # a ministry is named by its portfolios: two ministries
        ("ministère des Forêts et des Mines", "ministère des Forêts, de la Mer et de l'Exploitation minière"),
        # fewer than half the longer's words
        (
            "Agence de veille des mines",
            "Agence de veille des minéraux, des sols, des littoraux et des forêts",
        ),
        # a national and a regional office
        ("Office national des forêts et des mines", "Office régional des forêts et de l'exploitation minière"),
    ],
)
def test_other_bodies_with_cognate_words_stay_apart(one: str, other: str) -> None:
    groups = merged(analysis_of("a", entity(one, "ORG")), analysis_of("b", entity(other, "ORG")))
    assert not together(groups, one, other)


# -- a foreign ministry's whole title, in articles about its country ---------------------------------------------


def _ministries(
    first: str, first_places: tuple[str, ...], second: str, second_places: tuple[str, ...]
) -> list[set[str]]:
    return merged(
        analysis_of("a", entity(first, "ORG"), *(entity(p, "LOC") for p in first_places)),
        analysis_of("b", entity(second, "ORG"), *(entity(p, "LOC") for p in second_places)),
    )


def test_a_ministrys_whole_title_joins_its_countrys_ministry() -> None:
    """An article about Chile lists the portfolios of the ministry another calls Chilean by one of them."""
    groups = _ministries(
        "ministère de la Pêche et de l'Aquaculture",
        ("Valparaíso", "Concepción", "Antofagasta"),
        "ministère chilien de la Pêche",
        ("Santiago", "Chili"),
    )
    assert together(groups, "ministère de la Pêche et de l'Aquaculture", "ministère chilien de la Pêche")


def test_an_article_naming_the_home_country_keeps_its_ministry_apart() -> None:
    """``En France, le ministère …``: a French article may mean the French ministry of that name."""
    groups = _ministries(
        "ministère de la Pêche et de la Souveraineté alimentaire",
        ("Valparaíso", "Concepción", "Antofagasta", "France"),
        "ministère chilien de la Pêche",
        ("Santiago", "Chili"),
    )
    assert not together(
        groups, "ministère de la Pêche et de la Souveraineté alimentaire", "ministère chilien de la Pêche"
    )


def test_a_ministry_of_another_country_stays_apart() -> None:
    """An article about Chile does not make its ministry the Ecuadorian one."""
    groups = _ministries(
        "ministère de la Pêche et de l'Aquaculture",
        ("Valparaíso", "Concepción", "Antofagasta"),
        "ministère équatorien de la Pêche",
        ("Quito", "Équateur"),
    )
    assert not together(groups, "ministère de la Pêche et de l'Aquaculture", "ministère équatorien de la Pêche")


def test_an_article_about_two_countries_alike_joins_neither() -> None:
    groups = _ministries(
        "ministère de la Pêche et de l'Aquaculture",
        ("Valparaíso", "Quito"),
        "ministère chilien de la Pêche",
        ("Santiago", "Chili"),
    )
    assert not together(groups, "ministère de la Pêche et de l'Aquaculture", "ministère chilien de la Pêche")


# -- a region's adjective is no country ---------------------------------------------------------------------------


def test_a_regions_adjective_is_a_field_not_a_country() -> None:
    """``est-africaine``, ``ouest-africaine`` name a region; ``sud-africaine`` still names South Africa."""
    assert not _shape("ministère de l'Intégration ouest-africaine", "fr", True).countries
    assert not _shape("Communauté est-africaine", "fr", True).countries
    assert _shape("ambassade sud-africaine", "fr", True).countries
    assert _shape("Union africaine", "fr", True).countries


def test_a_ministry_with_a_regional_field_joins_its_countrys_short_name() -> None:
    groups = _ministries(
        "ministère du Commerce et de l'Intégration ouest-africaine",
        ("Dakar", "Thiès", "Ziguinchor"),
        "ministère sénégalais du Commerce",
        ("Dakar", "Sénégal"),
    )
    assert together(
        groups, "ministère du Commerce et de l'Intégration ouest-africaine", "ministère sénégalais du Commerce"
    )


# -- a département whose complement is a portfolio is an office (analyze) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le département de la Santé du Pendjab a recensé 40 morts jeudi.", "département de la Santé"),
        (
            "Selon le département provincial de la Santé, douze patients sont morts.",
            "département provincial de la Santé",
        ),
        ("Le département de la Justice a ouvert une enquête sur la société.", "département de la Justice"),
        # what follows the field is whose office it is
        (
            "Le bilan a été revu, selon le département de la Santé du Khyber, qui compte 40 morts.",
            "département de la Santé du Khyber",
        ),
    ],
)
def test_a_departement_of_a_portfolio_is_an_office(analyze: Analyze, text: str, name: str) -> None:
    """A US state's or a province's ministry is a ``département`` whose complement is its field."""
    found = {e.text: e.type for e in analyze(text).entities}
    assert found.get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le département de la Somme a fermé plusieurs routes inondées.", "département de la Somme"),
        ("Le préfet du département du Nord a annoncé la fermeture des écoles.", "département du Nord"),
    ],
)
def test_a_french_departement_stays_a_place(analyze: Analyze, text: str, name: str) -> None:
    found = {e.text: e.type for e in analyze(text).entities}
    assert found.get(name) == "LOC"


def test_a_provincial_office_and_its_short_names_join() -> None:
    """``provincial`` says a level, as ``régional`` does: the office is the same with or without it."""
    groups = merged(
        analysis_of("a", entity("département de la Santé du Pendjab", "ORG"), entity("Pendjab", "LOC")),
        analysis_of("b", entity("département de la Santé", "ORG")),
        analysis_of("c", entity("département provincial de la Santé", "ORG")),
    )
    assert together(
        groups, "département de la Santé du Pendjab", "département de la Santé", "département provincial de la Santé"
    )


def test_a_provincial_and_a_federal_office_stay_apart() -> None:
    groups = merged(
        analysis_of("a", entity("ministère provincial de la Santé", "ORG")),
        analysis_of("b", entity("ministère fédéral de la Santé", "ORG")),
    )
    assert not together(groups, "ministère provincial de la Santé", "ministère fédéral de la Santé")


def test_a_capitalized_departement_before_an_adjective_heads_a_body() -> None:
    """``Département sismologique du Chili`` translates a ``Seismological Department``: no local authority."""
    assert _shape("Département sismologique du Chili", "fr", True).head == "agency"
    assert _shape("Département du Nord", "fr", True).head == "local_authority"
    groups = merged(
        analysis_of("a", entity("Département sismologique du Chili", "ORG")),
        analysis_of("b", entity("Service sismologique chilien", "ORG")),
    )
    assert together(groups, "Département sismologique du Chili", "Service sismologique chilien")


# -- words of foreign bodies' names, and a French synonym ---------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Ministerio de Seguridad", "ministère uruguayen de la Sécurité", "ORG"),
        ("Servicio de Salud de Valparaíso", "Service de santé de Valparaíso", "ORG"),
        ("Comité international de crise", "International Crisis Committee", "ORG"),
        ("Conférence épiscopale du Cameroun", "Conférence des évêques du Cameroun", "ORG"),
        ("Lagos State Emergency Management Agency", "Agence de gestion des urgences de l'État de Lagos", "ORG"),
        ("Nepal Water Supply Board", "Bureau de l'eau du Népal", "ORG"),
    ],
)
def test_a_translated_word_of_a_body_meets_its_french(one: str, other: str, kind: str) -> None:
    groups = merged(analysis_of("a", entity(one, kind)), analysis_of("b", entity(other, kind)))
    assert together(groups, one, other)


def test_a_translated_word_does_not_join_two_fields() -> None:
    groups = merged(
        analysis_of("a", entity("Ministerio de Seguridad", "ORG")),
        analysis_of("b", entity("ministère uruguayen de la Santé", "ORG")),
    )
    assert not together(groups, "Ministerio de Seguridad", "ministère uruguayen de la Santé")


# -- a name equal to a body's is not a short form of another kind's longer name -----------------------------------


def test_a_bare_field_of_a_ministry_is_not_an_association_named_with_it() -> None:
    """``Pêche`` is the ``ministère de la Pêche`` the story names, not ``Femmes et pêche``."""
    groups = merged(
        analysis_of("a", entity("ministère de la Pêche", "ORG"), entity("Pêche", "ORG")),
        analysis_of("b", entity("Femmes et pêche", "ORG")),
    )
    assert together(groups, "ministère de la Pêche", "Pêche")
    assert not together(groups, "Pêche", "Femmes et pêche")


def test_a_bare_field_alone_still_joins_the_longer_name() -> None:
    """With no body of that whole name in the story, the short form joins as before."""
    groups = merged(
        analysis_of("a", entity("Pêche", "ORG")),
        analysis_of("b", entity("ministère de la Pêche et de l'Aquaculture", "ORG")),
    )
    assert together(groups, "Pêche", "ministère de la Pêche et de l'Aquaculture")
