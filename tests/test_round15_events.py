"""Events, fifteenth round: a gathering announced, called, kept up or refused is no event; the day people
arrested were released or brought before a judge is no event's day; ``ce jour-là`` is the day just told.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _day_after, _same_day_anaphor, _says


@pytest.mark.parametrize(
    "sentence",
    [
        "Un rassemblement est prévu samedi devant la mairie de Lens.",
        "Les syndicats ont appelé à une « marche blanche » dimanche à Nantes.",
        "Une nouvelle manifestation doit avoir lieu jeudi devant le rectorat.",
        "Le cortège se tiendra mardi matin entre la gare et la préfecture.",
        "Les enseignants comptent manifester lundi devant le ministère.",
        "Le collectif d'habitants maintient ses rassemblements devant la sous-préfecture ce vendredi.",
        "L'imam a appelé les fidèles à rester chez eux et à ne pas manifester après la prière.",
        "Les étudiants n'ont pas défilé jeudi, faute d'autorisation de la préfecture.",
        "Faute d'accord, les chauffeurs menacent de manifester devant le port dès lundi.",
    ],
)
def test_a_gathering_announced_called_or_refused_is_no_event(sentence: str) -> None:
    assert _cues(sentence, "fr").kind() is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Des milliers de personnes ont manifesté samedi à Lyon.",
        "La manifestation, prévue à 14 heures, a rassemblé 2 000 personnes devant la mairie.",
        "Le rassemblement qui était prévu samedi a finalement réuni un millier de personnes.",
        "Plusieurs centaines de personnes se sont rassemblées devant la préfecture, à l'appel du syndicat.",
        "Les habitants, qui ne pouvaient plus circuler, ont manifesté lundi devant la mairie.",
    ],
)
def test_a_gathering_that_took_place_is_still_one(sentence: str) -> None:
    assert _cues(sentence, "fr").kind() is not None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Les onze jeunes interpellés jeudi devant la mairie ont été relâchés le lendemain", "le lendemain"),
        ("Arrêtés lors du sit-in de lundi, les militants ont été remis en liberté mercredi", "mercredi"),
        ("Quatre manifestants, interpellés dimanche, ont été déférés mardi au parquet", "mardi"),
        ("Les deux meneurs de la marche ont été présentés vendredi à un juge d'instruction", "vendredi"),
    ],
)
def test_a_release_or_court_day_is_no_event_s_day(sentence: str, day: str) -> None:
    at = sentence.index(day)
    assert _day_after("LATER_RELEASE_DAY", sentence, 0, at, "fr")
    assert not _says("fr", "RELEASED_DURING", sentence[at + len(day) :])


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Les otages ont été libérés lundi soir à l'issue d'un assaut des forces spéciales", "lundi soir"),
        ("Les employés retenus ont été libérés jeudi lors d'une opération de la gendarmerie", "jeudi"),
        ("Les touristes ont été libérés samedi par l'armée après trois jours de captivité", "samedi"),
    ],
)
def test_a_release_by_an_operation_is_that_operation_s_day(sentence: str, day: str) -> None:
    at = sentence.index(day)
    assert _day_after("LATER_RELEASE_DAY", sentence, 0, at, "fr")
    assert _says("fr", "RELEASED_DURING", sentence[at + len(day) :])


@pytest.mark.parametrize(
    ("expression", "anaphor"),
    [
        ("ce jour-là", True),
        ("Cette nuit-là", True),
        ("le jour même", True),
        ("la même nuit", True),
        ("ce soir-là", True),
        ("le lendemain", False),
        ("à ce jour", False),
        ("ce jour", False),
    ],
)
def test_an_expression_pointing_back_to_the_day_just_told(expression: str, anaphor: bool) -> None:
    assert _same_day_anaphor(expression, "fr") is anaphor


def test_the_day_just_told_not_the_release_named_on_the_way(analyze: Analyze) -> None:
    text = (
        "Bolivie : les manifestants de Sucre relâchés\n\n"
        "Les vingt étudiants interpellés samedi lors de la manifestation devant le rectorat de Sucre ont été "
        "relâchés lundi. Deux policiers avaient été blessés ce jour-là, selon la police."
    )
    view = story_view(analyze, [("a", text, "2026-05-12")])
    assert {e.event_date for e in view.events} == {"2026-05-09"}
