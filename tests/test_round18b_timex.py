"""Time expressions, eighteenth round (second pass): kinds of a blind development batch.

A day or feast that "falls" on a weekday (``Noël tombe un jeudi``, ``avec la Toussaint un samedi``) gives that
weekday its own date, and the feast is a date as the verb's subject. Palm Sunday is named by its plural alone after
a temporal word (``le jour des Rameaux``). A weekday with its day number takes an edge of its part of the day
(``le vendredi 20 en fin de matinée``); a part of a named day is that day's part whatever word opens it (``dès la
nuit de mercredi``). ``dans un délai d'un mois`` is a deadline as ``dans un mois`` is. A church named after a saint
or a feast is no date.
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

MONDAY = "2031-06-16"


def _check(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb and a year between the feast and its weekday
        (
            "Noël tombera cette année un jeudi, et les magasins fermeront plus tôt la veille.",
            {"Noël": "2031-12-25", "jeudi": "2031-12-25"},
        ),
        # a date, then a relative clause
        ("Le 14 juillet, qui tombe un lundi, le défilé partira de la Bastille.", {"lundi": "2031-07-14"}),
        # no verb: the feast and its weekday side by side
        ("Avec la Toussaint un samedi, les élèves perdent un jour de congé.", {"samedi": "2031-11-01"}),
        # a date with its year, a colon after
        (
            "Le 1er mai 2032 tombe un samedi : les syndicats défileront quand même.",
            {"samedi": "2032-05-01"},
        ),
    ],
)
def test_weekday_a_date_falls_on(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


def test_feast_of_a_market_does_not_fall(analyze: Analyze) -> None:
    found = values(analyze("Le marché de Noël tombe à pic pour les artisans du bourg.", published=MONDAY))
    assert not any("Noël" in text for text in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La chorale chantera le 21 mars, jour des Rameaux, dans la cathédrale.", {"jour des Rameaux": "2032-03-21"}),
        ("Les fleuristes préparent leurs stocks avant les Rameaux.", {"avant les Rameaux": "2032-03-21"}),
        ("La fête des Rameaux réunira les paroisses du canton.", {"fête des Rameaux": "2032-03-21"}),
    ],
)
def test_palm_sunday_by_its_plural(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, "2032-03-10", expected)


def test_palms_are_no_feast(analyze: Analyze) -> None:
    assert values(analyze("Les enfants ont rapporté des rameaux de buis.", published="2032-03-10")) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le jury rendra son verdict le vendredi 20 en fin de matinée.",
            {"le vendredi 20 en fin de matinée": "2031-06-20TMO"},
        ),
        (
            "L'assemblée générale se tiendra mardi 24 en début de soirée.",
            {"mardi 24 en début de soirée": "2031-06-24TEV"},
        ),
        (
            "Les ouvriers ont quitté le site samedi 14 en milieu de journée.",
            {"samedi 14 en milieu de journée": "2031-06-14TMI"},
        ),
    ],
)
def test_weekday_and_day_with_an_edge_of_its_part(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des orages sont prévus dès la nuit de mercredi sur les reliefs.",
            {"dès la nuit de mercredi": "2031-06-18TNI"},
        ),
        ("La nuit de samedi a été agitée dans le centre-ville.", {"La nuit de samedi": "2031-06-14TNI"}),
        (
            "Le tribunal siégera jusqu'à la soirée de jeudi pour entendre les témoins.",
            {"jusqu'à la soirée de jeudi": "2031-06-19TEV"},
        ),
    ],
)
def test_part_of_a_named_day(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire devra répondre dans un délai d'un mois.", {"dans un délai d'un mois": "2031-07"}),
        ("Les travaux seront livrés dans un délai de deux semaines.", {"dans un délai de deux semaines": "2031-06-30"}),
        # counted from an event, not from the day of writing: a length
        ("L'enquête sera close dans un délai de six mois à compter de son ouverture.", {"six mois": "P6M"}),
    ],
)
def test_deadline_written_as_a_delay(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    "text",
    [
        "La chorale répète à l'église Saint-Sylvestre tous les soirs.",
        "Le concert aura lieu à la chapelle Saint-Jean.",
        "Les travaux de la basilique Saint-Nicolas ont commencé.",
    ],
)
def test_church_named_after_a_feast(analyze: Analyze, text: str) -> None:
    found = values(analyze(text, published=MONDAY))
    assert not any(text.startswith("Saint") for text in found), found
