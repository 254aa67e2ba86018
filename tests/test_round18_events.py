"""Events, eighteenth round: a clause that tallies people since a start (``32 personnes enlevées depuis le
16 juin``, ``plus de 600 interpellations depuis le début du mouvement``) counts the people of every day since. It
is no event of its own: its words are no cue (no abduction, no protest) and its days no event's day.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _tally_spans


def _tallied(sentence: str, days: tuple[str, ...] = ()) -> list[str]:
    """The clauses of ``sentence`` read as a tally, given the days it names (their words)."""
    days_at = [(sentence.index(day), sentence.index(day) + len(day)) for day in days]
    return [sentence[a:b] for a, b in _tally_spans(sentence, days_at, "fr")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the tally after the day's toll, in a relative clause
        (
            "Quatre personnes ont été tuées jeudi à Gulu, a précisé l'ONG, qui recense aussi 40 blessés et "
            "dix-neuf personnes enlevées depuis le 2 mars.",
            "enlevées",
        ),
        # the tally first, its figure in words, its start a movement's beginning
        (
            "Plus de six cents blessés ont été soignés depuis le début du mouvement, selon le ministère.",
            "blessés",
        ),
        # a vague count, a weekday start, the source before
        (
            "Selon les secours, plusieurs dizaines de manifestants ont été blessés depuis lundi dans la capitale.",
            "manifestants",
        ),
        # the tally goes on after it (``dont``, ``et de``), with no day of its own
        (
            "L'association a fait état de 12 morts depuis le 3 avril, dont deux enfants, et de 30 personnes "
            "portées disparues.",
            "disparues",
        ),
        # its start dated in apposition
        (
            "Au moins 9 civils ont été tués depuis le début des combats, le 20 mai, a indiqué l'ONU.",
            "combats",
        ),
    ],
)
def test_a_tally_since_a_start_is_blanked(sentence: str, words: str) -> None:
    days = tuple(d for d in ("le 2 mars", "le 3 avril", "le 20 mai", "jeudi") if d in sentence)
    assert any(words in clause for clause in _tallied(sentence, days))


@pytest.mark.parametrize(
    "sentence",
    [
        # a state since a day counts no one
        "Les grévistes, qui occupent l'usine depuis lundi, ont été évacués mardi par les gendarmes.",
        "Le barrage installé depuis le 4 mai a été levé par la police.",
        # a count with no start
        "Trois manifestants ont été tués mardi à Bouaké.",
        # arrests since a start: the police's intervention in the movement, kept
        "Selon la police, 112 personnes ont été interpellées depuis lundi soir dans la capitale.",
    ],
)
def test_a_state_since_a_day_or_a_day_s_count_is_no_tally(sentence: str) -> None:
    assert _tallied(sentence) == []


def test_a_tally_broken_down_by_place_after_a_colon_is_kept() -> None:
    sentence = "Quatre personnes ont été tuées depuis samedi : deux à Gonaïves et deux à Saint-Marc, selon l'ONU."
    assert _tallied(sentence) == []


def test_a_clause_with_a_day_of_its_own_stays() -> None:
    sentence = (
        "Au moins 20 personnes ont été tuées depuis le 8 juin, dont sept pour la seule journée de vendredi, "
        "selon la police."
    )
    clauses = _tallied(sentence, ("le 8 juin", "vendredi"))
    assert clauses and not any("vendredi" in clause for clause in clauses)


def test_a_tally_of_the_abducted_is_no_abduction_and_the_day_s_dead_are_the_riot_s(analyze: Analyze) -> None:
    text = (
        "KAMPALA, 13 mai 2026 (AFP) - Des milliers de manifestants ont dressé des barricades et incendié des pneus "
        "mardi dans le centre de Kampala, avant d'être dispersés par la police à coups de gaz lacrymogène.\n\n"
        "Trois personnes ont été tuées par balle mardi à Kampala, a précisé la commission des droits humains, "
        "qui fait aussi état de 70 blessés et de 14 personnes enlevées ou portées disparues depuis le 2 mai."
    )
    view = story_view(analyze, [("a", text, "2026-05-13")])
    assert not [e for e in view.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date, e.event_type, e.fatalities) for e in view.events] == [("2026-05-12", "Riots", 3)]


@pytest.mark.parametrize(
    ("lead", "published", "march_day", "start_day"),
    [
        # the start a movement's beginning, dated in apposition
        (
            "LIBREVILLE, 13 février 2026 (AFP) - Au moins huit manifestants ont été blessés à Libreville depuis le "
            "début de la contestation des enseignants, le 3 février, a indiqué jeudi un syndicat.",
            "2026-02-13",
            "2026-02-12",
            "2026-02-03",
        ),
        # the injured counted since a weekday and a date
        (
            "ABIDJAN, 20 mars 2026 (AFP) - La police a dénombré 45 blessés parmi les manifestants depuis lundi "
            "16 mars à Abidjan, a annoncé vendredi le ministre de l'Intérieur.",
            "2026-03-20",
            "2026-03-19",
            "2026-03-16",
        ),
    ],
)
def test_a_tally_s_start_is_no_protest_day(
    analyze: Analyze, lead: str, published: str, march_day: str, start_day: str
) -> None:
    text = lead + " Jeudi, des centaines d'enseignants ont manifesté dans le calme devant le ministère."
    view = story_view(analyze, [("a", text, published)])
    days = {e.event_date for e in view.events}
    assert start_day not in days
    assert march_day in days
