"""Time expressions, nineteenth round: ``la veille`` set against the day of writing.

A sentence whose main verb is in the present speaks of the day of writing; ``la veille`` in it (in a participle,
a relative clause, after ``depuis``) is the eve of that day, yesterday, even when the article told an earlier
day just before (``Le comité, formé la veille, réclame une enquête``). The news gold marks it so in most sets; a
sentence in the past (``La veille, il avait annoncé…``) and a sentence that names its own day keep counting from
the day told.
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

THURSDAY = "2031-06-19"  # the day of writing; Wednesday 18, Tuesday 17, Monday 16

# an earlier day told first (Monday), then a sentence in the present
_TOLD_MONDAY = "Le glissement de terrain a emporté lundi une dizaine de maisons du village de Sainte-Brune. "


def _check(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    "text",
    [
        # a participle after the subject, the main verb in the present
        _TOLD_MONDAY + "Le collectif des riverains, formé la veille, réclame une expertise du talus.",
        # a relative clause in the imperfect, the main verb in the present with ``désormais``
        _TOLD_MONDAY + "La préfecture, qui évoquait la veille six disparus, recense désormais quatre victimes.",
        # ``depuis la veille`` under a present
        _TOLD_MONDAY + "Devant la mairie, une mère attend depuis la veille des nouvelles de son fils.",
    ],
)
def test_eve_in_a_present_sentence_is_yesterday(analyze: Analyze, text: str) -> None:
    _check(analyze, text, THURSDAY, {"la veille": "2031-06-18"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence in the past keeps the day told: the eve of Monday
        (_TOLD_MONDAY + "La veille, le maire avait fait évacuer l'école.", "2031-06-15"),
        # the day named in the sentence itself: the eve of Tuesday
        (_TOLD_MONDAY + "Les pompiers comptent quatre blessés mardi, contre deux la veille.", "2031-06-16"),
        # ``la veille de`` + a date: that date's eve
        (_TOLD_MONDAY + "Les habitants se souviennent de la veille du 14 juin.", "2031-06-13"),
    ],
)
def test_eve_keeps_its_day_elsewhere(analyze: Analyze, text: str, expected: str) -> None:
    found = values(analyze(text, published=THURSDAY))
    assert [v for k, v in found.items() if "veille" in k.lower()] == [expected], found


# --- weekdays: a day of mourning decreed, a participle opening the sentence ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of mourning decreed for a weekday: the coming one
        ("Le gouvernement a décrété une journée de deuil national samedi, après l'effondrement du pont.", "2031-06-21"),
        ("La présidence a proclamé un deuil national lundi en mémoire des victimes.", "2031-06-23"),
        # the decree's own day stays past
        ("Le gouvernement a décrété samedi un deuil national de trois jours.", "2031-06-14"),
    ],
)
def test_day_of_mourning_decreed_lies_ahead(analyze: Analyze, text: str, expected: str) -> None:
    found = values(analyze(text, published=THURSDAY))
    assert [v for k, v in found.items() if k.lower() in ("samedi", "lundi")] == [expected], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle opening the sentence, the sentence in the present: an act done
        ("Limogé mardi, le directeur de la régie des eaux conteste sa révocation.", "2031-06-17"),
        ("Arrêtés samedi, les deux passeurs attendent leur procès à la prison centrale.", "2031-06-14"),
        # a verb of planning or scheduling says nothing: the coming day
        ("Prévue samedi, la marche des agriculteurs partira de la gare.", "2031-06-21"),
    ],
)
def test_participle_opening_the_sentence_tells_an_act_done(analyze: Analyze, text: str, expected: str) -> None:
    found = values(analyze(text, published=THURSDAY))
    assert [v for k, v in found.items() if k.lower() in ("mardi", "samedi")] == [expected], found


# --- a count after an event in a sentence whose main verb is in the present ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count hangs on no verb in the parse, the main verb is in the present: the day of writing
        (
            "Le barrage a cédé lundi. Quatre jours après la rupture de la digue, la vallée panse ses plaies.",
            "2031-06-19",
        ),
        # in the past, the day just told
        ("Le texte a été adopté mardi. Une défaite pour les syndicats, une semaine après la grève.", "2031-06-17"),
    ],
)
def test_count_after_an_event_in_a_present_sentence(analyze: Analyze, text: str, expected: str) -> None:
    found = values(analyze(text, published=THURSDAY))
    assert [v for k, v in found.items() if "après" in k] == [expected], found


# --- a count after an event told by a past infinitive or a clause ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day its sentence names, not five days after it
        (
            "Le maire a nommé mardi soir un nouvel adjoint, cinq jours après avoir limogé son directeur de cabinet.",
            "2031-06-17",
        ),
        ("Les gendarmes ont rouvert lundi la route, deux jours après que la coulée de boue l'a coupée.", "2031-06-16"),
        # no day told: the length between the two events, not two days after the day of writing
        ("Le randonneur est mort deux jours après être arrivé à l'hôpital.", "P2D"),
    ],
)
def test_count_after_an_infinitive_or_a_clause(analyze: Analyze, text: str, expected: str) -> None:
    found = values(analyze(text, published=THURSDAY))
    assert [v for k, v in found.items() if "après" in k] == [expected], found
