"""Round 14, entities: a foreign body's name kept untranslated (``Guardia Civil``, ``Special Investigation Team``) is a
body, not a person; it joins its word-for-word translation in the story (``Defensa Civil`` / ``Défense civile``);
``St-`` is ``Saint-``; a town cut before its river (``Loriol`` for ``Loriol-sur-Drôme``) is that town. Invented
French examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from entity_helpers import analysis_of, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les agents de la Guardia Civil ont arrêté trois hommes à Ceuta.", "Guardia Civil"),
        ("La Polícia Federal a ouvert une enquête à Manaus.", "Polícia Federal"),
        ("Une équipe spéciale (Special Investigation Team) a été créée à Lucknow.", "Special Investigation Team"),
        ("Le Rapid Action Force a été déployé à Dacca.", "Rapid Action Force"),
    ],
)
def test_a_foreign_bodys_name_is_no_persons(analyze: Analyze, text: str, name: str) -> None:
    types = {e.text: e.type for e in analyze(text).entities}
    assert types.get(name) == "ORG"


def test_a_body_and_its_word_for_word_translation_are_one_body() -> None:
    groups = merged(
        analysis_of("a", entity("Defensa Civil", "ORG")),
        analysis_of("b", entity("Défense civile", "MISC")),
    )
    assert together(groups, "Defensa Civil", "Défense civile")


def test_two_places_that_only_begin_alike_stay_two() -> None:
    groups = merged(analysis_of("a", entity("Reykjavík", "LOC")), analysis_of("b", entity("Reykjanes", "LOC")))
    assert not together(groups, "Reykjavík", "Reykjanes")


@pytest.mark.parametrize(
    ("short", "long"), [("St-Fleur", "Saint-Fleur"), ("Ste-Anne-des-Monts", "Sainte-Anne-des-Monts")]
)
def test_st_is_saint(short: str, long: str) -> None:
    groups = merged(analysis_of("a", entity(f"Marc {short}", "PER")), analysis_of("b", entity(f"Marc {long}", "PER")))
    assert together(groups, f"Marc {short}", f"Marc {long}")


@pytest.mark.parametrize(("short", "long"), [("Loriol", "Loriol-sur-Drôme"), ("Châlons", "Châlons-en-Champagne")])
def test_a_town_cut_before_its_river_is_that_town(short: str, long: str) -> None:
    groups = merged(analysis_of("a", entity(long, "LOC")), analysis_of("b", entity(short, "LOC")))
    assert together(groups, short, long)


def test_a_town_cut_short_of_two_towns_joins_neither() -> None:
    groups = merged(
        analysis_of("a", entity("Villeneuve-sur-Lot", "LOC"), entity("Villeneuve-sur-Yonne", "LOC")),
        analysis_of("b", entity("Villeneuve", "LOC")),
    )
    assert not together(groups, "Villeneuve", "Villeneuve-sur-Lot")
    assert not together(groups, "Villeneuve", "Villeneuve-sur-Yonne")
