"""Events, eighteenth round (third pass): events dated on a day with no event of their own.

A toll counted over a range of days (``le bilan des émeutes, du 5 au 12 mai, à 19 morts``) is a period's, no event
of its first day; an event the sentence calls an earlier one (``lors de la précédente manifestation``), or names
as what its people or its length belong to (``les organisateurs des manifestations``, ``trois semaines de
grève``), is recalled or labelled, not reported on the sentence's day.

Each test is an invented story or sentence; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _range_tally_spans


def _range_tallied(sentence: str, days: tuple[str, ...] = ()) -> list[str]:
    """The clauses of ``sentence`` read as a toll over a range of days, given the days it names (their words)."""
    days_at = [(sentence.index(day), sentence.index(day) + len(day)) for day in days]
    return [sentence[a:b] for a, b in _range_tally_spans(sentence, days_at, "fr")]


@pytest.mark.parametrize(
    ("sentence", "days", "words"),
    [
        # the range set apart by commas, the toll after it, the source's day before
        (
            "Dans un rapport publié jeudi, l'observatoire a arrêté le bilan des émeutes, du 5 au 12 mai, à 19 morts, "
            "dont trois enfants, et 210 blessés.",
            ("jeudi",),
            "19 morts",
        ),
        # the range opening the sentence, the source's day after
        (
            "Du 2 au 9 mars, les violences ont fait 14 morts dans la province, a indiqué lundi le gouverneur.",
            ("lundi",),
            "14 morts",
        ),
        # the count before the range, entre … et
        ("L'ONG a recensé 27 morts entre le 3 et le 10 avril dans les heurts de la capitale.", (), "27 morts"),
        # two months, the toll in words, a verb
        (
            "Selon la Croix-Rouge, les affrontements du 28 février au 4 mars ont tué quarante personnes.",
            (),
            "quarante personnes",
        ),
    ],
)
def test_a_toll_over_a_range_of_days_is_a_tally(sentence: str, days: tuple[str, ...], words: str) -> None:
    clauses = _range_tallied(sentence, days)
    assert any(words in clause for clause in clauses)
    assert not any(day in clause for clause in clauses for day in days)  # the source's own day stays


@pytest.mark.parametrize(
    "sentence",
    [
        # a range with a crowd, no toll: the marches of those days
        "Des milliers de personnes ont manifesté du 3 au 5 mai dans les rues de la ville.",
        # a count of arrests: the police's intervention
        "La police a procédé à 300 interpellations du 3 au 5 mai.",
        # a toll of one day, no range
        "Le bilan des heurts de mardi s'élève à trois morts, selon l'hôpital.",
    ],
)
def test_no_range_or_no_toll_is_no_range_tally(sentence: str) -> None:
    assert _range_tallied(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an earlier march, to say what became of its wounded
        "Le lycéen, blessé lors de la précédente manifestation, a quitté l'hôpital dimanche.",
        # an earlier gathering, to compare
        "Un précédent rassemblement, organisé à la fin de l'hiver, avait attiré davantage de monde.",
        # the adjective after the noun, another event
        "Les affrontements antérieurs avaient fait fuir des centaines de familles, a rappelé le maire.",
        # the organisers of a movement, what a minister said of them
        "Le ministre a qualifié mardi les organisateurs des marches de « irresponsables ».",
        # a length of unrest, the day of a resignation
        "Le maire a démissionné lundi, au terme de trois semaines de manifestations.",
    ],
)
def test_an_event_recalled_or_labelled_is_no_cue(sentence: str) -> None:
    assert _cues(sentence, "fr").kind() is None


@pytest.mark.parametrize(
    "sentence",
    [
        # an event reported, not recalled
        "Des centaines de manifestants ont défilé samedi dans le centre-ville.",
        # the organisers marching themselves
        "Les organisateurs ont rassemblé mardi plusieurs milliers de personnes devant la mairie.",
    ],
)
def test_a_reported_event_is_still_a_cue(sentence: str) -> None:
    assert _cues(sentence, "fr").kind() is not None


def test_a_range_toll_dates_no_protest_on_its_first_day(analyze: Analyze) -> None:
    text = (
        "LOMÉ, 20 mai 2026 (AFP) - Des milliers de manifestants ont défilé lundi à Lomé contre la hausse des prix "
        "du carburant.\n\n"
        "Dans un rapport publié mardi, une ligue des droits humains a arrêté le bilan des manifestations, du 4 au "
        "11 mai, à 12 morts, dont deux adolescents, et 90 blessés."
    )
    view = story_view(analyze, [("a", text, "2026-05-20")])
    assert "2026-05-04" not in {e.event_date for e in view.events}
    assert "2026-05-18" in {e.event_date for e in view.events}
