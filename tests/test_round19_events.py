"""Events, nineteenth round: a source's count is no event of its own; a town people came from is not where they act.

A statement whose object is a count of the dead, the arrested or the protesters (``le ministre a fait état de six
morts``, ``la préfecture a compté mardi 4 000 manifestants``) is the toll or the crowd of events told elsewhere:
its words are no cue, so it makes no event on the day it was given nor at the story's main place. A town named as
where people set out or came from (``des étudiants partis mardi de Tartu``, ``des paysans venus de Kolda``) is the
march's starting point, not where the sentence's event happens.

Each test is an invented story or sentence; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _day_after, _origin_of_people, _statement_count_spans


def _counted(sentence: str, days: tuple[str, ...] = ()) -> list[str]:
    """The clauses of ``sentence`` read as a source's count, given the days it names (their words)."""
    days_at = [(sentence.index(day), sentence.index(day) + len(day)) for day in days]
    return [sentence[a:b] for a, b in _statement_count_spans(sentence, days_at, "fr")]


def _kind_left(sentence: str, days: tuple[str, ...] = ()) -> tuple[str, str, str] | None:
    """The sentence's event kind once its source's counts are blanked."""
    spans = _statement_count_spans(sentence, [(sentence.index(d), sentence.index(d) + len(d)) for d in days], "fr")
    text = sentence
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return _cues(text, "fr").kind()


@pytest.mark.parametrize(
    ("sentence", "days", "words"),
    [
        # an official's toll: the dead and the arrested, nationwide
        ("Le ministre de la Sécurité, Omar Tall, a fait état de quatre morts et de 112 interpellations.", (), "112"),
        # a crowd counted by the authorities, with the day of the count
        ("La préfecture a compté mardi 4 000 manifestants dans le département.", ("mardi",), "4 000 manifestants"),
        # a toll after a colon, with what goes on with it, and arrests since a start
        (
            "Le gouvernement a livré jeudi un bilan détaillé : 14 morts, dont trois gendarmes, et 230 personnes "
            "arrêtées depuis le 2 mars.",
            ("jeudi", "le 2 mars"),
            "230 personnes",
        ),
        # a governor who speaks of people killed, in the present
        ("Le gouverneur de la province parle de neuf villageois tués.", (), "neuf villageois tués"),
    ],
)
def test_a_source_s_count_is_a_statement(sentence: str, days: tuple[str, ...], words: str) -> None:
    assert any(words in clause for clause in _counted(sentence, days))
    assert _kind_left(sentence, days) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the event reported, with its source after it
        "Au moins cinq personnes ont été tuées lundi lors de manifestations à Kindia, a annoncé la police.",
        # a statement that reports the event in a clause of its own
        "La police a annoncé que trois manifestants avaient été tués samedi lors de heurts.",
        # the police saying what they did: an arrest, not a count of what others did
        "La gendarmerie a annoncé avoir interpellé mercredi une vingtaine de casseurs.",
    ],
)
def test_a_reported_event_is_no_source_s_count(sentence: str) -> None:
    assert _counted(sentence) == []


def test_the_event_a_count_is_of_still_cues() -> None:
    sentence = "L'hôpital a fait état de trois morts lors de la manifestation de mardi dans le quartier."
    assert _counted(sentence, ("mardi",)) == ["a fait état de trois morts "]
    assert _kind_left(sentence, ("mardi",)) is not None  # ``lors de la manifestation``: the march itself


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Des centaines d'étudiants partis lundi de Tartu et de Pärnu ont rejoint la capitale.", "Tartu"),
        ("Des centaines d'étudiants partis lundi de Tartu et de Pärnu ont rejoint la capitale.", "Pärnu"),
        ("Ils étaient venus de Kolda, de Sédhiou ou de Vélingara pour défiler.", "Vélingara"),
        ("Des éleveurs arrivés la veille de Bouaké ont bloqué la route.", "Bouaké"),
    ],
)
def test_a_town_people_came_from_is_no_place_of_the_event(sentence: str, town: str) -> None:
    assert _origin_of_people(sentence, 0, sentence.index(town), "fr")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        # where they arrived
        ("Des centaines d'étudiants partis lundi de Tartu ont manifesté à Tallinn.", "Tallinn"),
        # a political party, not a departure
        ("Des militants du parti de Bouaké ont manifesté.", "Bouaké"),
        # the place of the march itself
        ("Des milliers de personnes ont défilé dans les rues de Kolda.", "Kolda"),
    ],
)
def test_where_people_act_is_still_a_place(sentence: str, town: str) -> None:
    assert not _origin_of_people(sentence, 0, sentence.index(town), "fr")


def test_an_official_s_count_makes_no_event_on_its_day(analyze: Analyze) -> None:
    text = (
        "CONAKRY, 12 mars 2026 (AFP) - Des milliers de manifestants ont défilé mardi à Kindia contre la hausse du "
        "prix du riz.\n\n"
        "Le ministère de la Sécurité a compté mercredi 12 000 manifestants dans tout le pays."
    )
    view = story_view(analyze, [("a", text, "2026-03-12")])
    days = {e.event_date for e in view.events}
    assert "2026-03-10" in days
    assert "2026-03-11" not in days  # the count's day: no protest at Kindia


def test_a_departure_town_holds_no_protest(analyze: Analyze) -> None:
    text = (
        "DAKAR, 14 mai 2026 (AFP) - Des dizaines de milliers de personnes ont manifesté samedi à Dakar contre la "
        "réforme des universités.\n\n"
        "Parmi eux, des centaines d'étudiants partis jeudi de Thiès et de Saint-Louis, qui ont marché plusieurs "
        "jours le long de la route nationale."
    )
    view = story_view(analyze, [("a", text, "2026-05-14")])
    places = {e.location for e in view.events}
    assert "Dakar" in places
    assert not places & {"Thiès", "Saint-Louis"}


@pytest.mark.parametrize(
    ("sentence", "state_day", "taken_day"),
    [
        (
            "Les six employés pris en otage vendredi étaient toujours retenus par les ravisseurs dimanche soir, au "
            "troisième jour de la crise.",
            "dimanche",
            "vendredi",
        ),
        ("Les passagers enlevés mardi sont encore séquestrés, jeudi, dans la forêt.", "jeudi", "mardi"),
    ],
)
def test_the_day_hostages_are_still_held_is_no_event_s_day(sentence: str, state_day: str, taken_day: str) -> None:
    assert _day_after("LATER_RELEASE_DAY", sentence, 0, sentence.index(state_day), "fr")
    assert not _day_after("LATER_RELEASE_DAY", sentence, 0, sentence.index(taken_day), "fr")


def test_hostages_still_held_make_no_abduction_on_that_day(analyze: Analyze) -> None:
    text = (
        "BOGOTA, 16 mars 2026 (AFP) - Des hommes armés ont enlevé samedi onze ouvriers d'un chantier près de Segovia, "
        "dans le département d'Antioquia.\n\n"
        "Les onze ouvriers enlevés samedi étaient toujours retenus par leurs ravisseurs lundi matin."
    )
    view = story_view(analyze, [("a", text, "2026-03-16")])
    days = {e.event_date for e in view.events}
    assert "2026-03-14" in days
    assert "2026-03-16" not in days


def test_a_count_placed_in_a_town_is_that_town_s_march() -> None:
    sentence = "Les organisateurs ont compté samedi 50 000 manifestants à Tours, un record."
    assert _counted(sentence, ("samedi",)) == []
    assert _kind_left(sentence, ("samedi",)) is not None
