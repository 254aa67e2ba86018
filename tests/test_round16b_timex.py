"""Time expressions, sixteenth round (second pass): the kinds the blind batch ``peer-kinds-38`` missed, each
with other sentences of its kind, and the day an anaphor counts from when a day ahead is in its sentence.

An hour set off by a comma after a day or a part of it is an expression of its own (``lundi en fin de soirée,
peu après 23 heures``); a count may run over several units (``dans 3 ans, 2 mois et 5 jours``) or be made exact
(``il y a exactement deux ans``); ``H1``/``Q3`` are the press's codes for halves and quarters; an ordinal
weekday may be of a year; a day set for something (``fixé au 2 juillet``) lies ahead; ``à la nuit tombante``
is the evening; a clock reading may follow a date after a comma, ``minuit`` a weekday; numbered things
(``le dossard 2031``) are no years; hours counted from a time of day are a time of day; the seasons of the
Christian year (Lent, Advent) are found and valued; a count of working days is a length; a day ahead named in
an anaphor's own sentence is the one it counts from.
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

WEDNESDAY = "2031-06-18"
SUNDAY = "2031-06-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour after a comma is an aside of its own, dated by the day before it
        (
            "La tempête a touché la côte lundi en fin de soirée, peu après 23 heures.",
            {"lundi en fin de soirée": "2031-06-16TEV", "peu après 23 heures": "2031-06-16T23:00"},
        ),
        (
            "Le gardien a fermé les grilles à 19 h 30, deux heures après la fin du match.",
            {"à 19 h 30": "2031-06-18T19:30", "deux heures": "PT2H"},
        ),
        # a clock reading after a date (and a comma), ``minuit`` after a weekday
        ("Les inscriptions sont closes le 30 juin, 12 heures.", {"le 30 juin, 12 heures": "2031-06-30T12:00"}),
        ("Les dossiers sont attendus le 2 juillet 17 heures.", {"le 2 juillet 17 heures": "2031-07-02T17:00"}),
        # after a bare day and a comma, the hour completes the day
        ("Lundi, dès 6 heures, les taxis bloquaient le rond-point.", {"Lundi, dès 6 heures": "2031-06-16T06:00"}),
        ("Le couvre-feu est levé depuis mardi minuit.", {"depuis mardi minuit": "2031-06-17T24:00"}),
        # hours or minutes counted from a time of day, across a semicolon too
        (
            "Le ferry a quitté le port samedi à 21 h 10 ; il a accosté quatre heures plus tard.",
            {"samedi à 21 h 10": "2031-06-14T21:10", "quatre heures plus tard": "2031-06-15T01:10"},
        ),
        (
            "L'alarme s'est déclenchée à 2 h 15 et les gendarmes sont arrivés vingt minutes plus tard.",
            {"à 2 h 15": "2031-06-18T02:15", "vingt minutes plus tard": "2031-06-18T02:35"},
        ),
        ("Les renards sortent à la nuit tombante.", {"à la nuit tombante": "2031-06-18TEV"}),
    ],
)
def test_clock_readings_and_their_asides(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over several units, joined by ``et`` or by commas then ``et``
        ("Le chantier sera achevé dans 1 an et 6 mois.", {"dans 1 an et 6 mois": "2032-12-18"}),
        ("La sonde arrivera dans 3 ans, 2 mois et 5 jours.", {"dans 3 ans, 2 mois et 5 jours": "2034-08-23"}),
        ("Il y a 2 ans, 4 mois et 10 jours, la mine fermait.", {"Il y a 2 ans, 4 mois et 10 jours": "2029-02-08"}),
        # a count made exact is to the day
        ("Il y a exactement deux ans, le pont s'effondrait.", {"Il y a exactement deux ans": "2029-06-18"}),
        ("La loi s'appliquera dans précisément trois mois.", {"dans précisément trois mois": "2031-09-18"}),
        # halves and quarters by the press's codes
        (
            "Le chiffre d'affaires a reculé au H1 2030, avant un rebond en Q3 2030.",
            {"H1 2030": "2030-H1", "Q3 2030": "2030-Q3"},
        ),
        # an ordinal weekday of a year
        (
            "Le dernier vendredi de l'année, les bureaux fermeront à midi.",
            {"Le dernier vendredi de l'année": "2031-12-26", "à midi": "2031-12-26T12:00"},
        ),
        (
            "Le premier lundi de l'année prochaine, la réforme entrera en vigueur.",
            {"Le premier lundi de l'année prochaine": "2032-01-05"},
        ),
        # a day set for something lies ahead; ``fixé le`` says when it was set
        ("Le rapport a été fixé au 2 juillet par le juge.", {"au 2 juillet": "2031-07-02"}),
        ("Le prix a été fixé le 2 juin.", {"le 2 juin": "2031-06-02"}),
        # working days: a length, the end day depends on the holidays
        (
            "Les recours sont recevables sous quinze jours ouvrés à compter de l'avis.",
            {"quinze jours": "P15D"},
        ),
        ("Le dossier sera instruit sous dix jours.", {"sous dix jours": "2031-06-28"}),
        # numbered things are no years
        ("Le dossard 2031 a été attribué au favori.", {}),
        ("Elle occupait la chambre 2030 de l'hôtel.", {}),
    ],
)
def test_counts_codes_and_set_days(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a feast's services date it
        (
            "Les processions du vendredi saint ont réuni des milliers de fidèles.",
            "2031-04-14",
            {"processions du vendredi saint": "2031-04-11"},
        ),
        # Lent runs across two months: its year; Advent lies in December most years: its month
        ("Pendant le carême, les boulangers vendent moins de brioches.", "2031-03-10", {"Pendant le carême": "2031"}),
        ("Les vitrines resteront illuminées durant tout l'Avent.", "2030-11-20", {"l'Avent": "2030-12"}),
        ("La mi-carême sera fêtée à Dunkerque.", "2031-03-10", {}),
        # the Saint-Jean's fires burn on its eve
        (
            "Des feux ont été allumés la nuit de la Saint-Jean sur la plage.",
            "2031-06-28",
            {"la nuit de la Saint-Jean": "2031-06-23TNI"},
        ),
    ],
)
def test_seasons_and_services_of_the_christian_year(
    analyze: Analyze, text: str, published: str, expected: dict
) -> None:
    assert values(analyze(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day ahead in the anaphor's own sentence is the one it counts from
        (
            "Le festival du 28 juin est maintenu, sauf orage la veille au soir.",
            WEDNESDAY,
            {"du 28 juin": "2031-06-28", "la veille au soir": "2031-06-27TEV"},
        ),
        (
            "Le vote aura lieu le 25 juin ; la campagne s'arrêtera la veille à minuit.",
            WEDNESDAY,
            {"le 25 juin": "2031-06-25", "la veille à minuit": "2031-06-24T24:00"},
        ),
        # a day in the main clause moves it
        (
            "Le suspect a été arrêté mardi. La veille, il avait quitté la ville.",
            SUNDAY,
            {"mardi": "2031-06-10", "La veille": "2031-06-09"},
        ),
    ],
)
def test_anaphor_anchor(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected
