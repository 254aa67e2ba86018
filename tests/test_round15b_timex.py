"""Time expressions, fifteenth round, second pass: a count after an event whose own date is set beside it by
commas counts from that date (``Une semaine après le début de l'incendie, le 11 juin, …``), and from the second
day of a night told from one day to the next; a day that only says which earlier event a sentence is about
(``l'éboulement survenu le 6 avril``) does not move the day the text is telling, so ``La veille`` after it is
the eve of that day. Invented French phrases; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the event's own date set beside it by commas: the count starts from it
        (
            "Une semaine après le début de l'incendie, le 11 juin, les pompiers luttent toujours sur deux fronts.",
            "2031-06-18",
            {"Une semaine après": "2031-06-18", "le 11 juin": "2031-06-11"},
        ),
        (
            "Trois jours après l'effondrement du pont, le 15 juin, la circulation reste coupée dans la vallée.",
            "2031-06-18",
            {"Trois jours après": "2031-06-18", "le 15 juin": "2031-06-15"},
        ),
        (
            "Dix jours après la mort du chanteur, le 5 juin, ses fans ont rendu hommage hier à son idole.",
            "2031-06-18",
            {"Dix jours après": "2031-06-15", "le 5 juin": "2031-06-05", "hier": "2031-06-17"},
        ),
        # a night from one day to the next: the event fell after midnight, the count starts from the second day
        (
            "Deux jours après la rupture de la digue, dans la nuit de dimanche à lundi, les secours ont "
            "retrouvé trois corps.",
            "2031-06-18",
            {"Deux jours après": "2031-06-18", "dans la nuit de dimanche à lundi": "2031-06-15TNI"},
        ),
        (
            "Quatre jours après l'attaque de la caserne, dans la nuit du 13 au 14 juin, l'armée a lancé une "
            "contre-offensive.",
            "2031-06-18",
            {"Quatre jours après": "2031-06-18", "dans la nuit du 13 au 14 juin": "2031-06-13TNI"},
        ),
        # the day of the clause stays where a clause has begun before it, or where the count would land after
        # the day of writing
        (
            "Une semaine après la manifestation, les syndicats ont défilé de nouveau ce mardi.",
            "2031-06-18",
            {"Une semaine après": "2031-06-17", "ce mardi": "2031-06-17"},
        ),
        (
            "Une semaine après la crue, le 16 juin, les sinistrés ont reçu les premières aides.",
            "2031-06-18",
            {"Une semaine après": "2031-06-16", "le 16 juin": "2031-06-16"},
        ),
    ],
)
def test_count_from_event_date_beside_it(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day naming an earlier event leaves the narrative on its day: the eve is that day's
        (
            "Les plongeurs poursuivaient vendredi les recherches. Selon le maire, douze personnes ont péri dans le "
            "naufrage survenu le 8 juin. La veille, la préfecture avait avancé un bilan de dix morts.",
            "2031-06-14",
            {"vendredi": "2031-06-13", "le 8 juin": "2031-06-08", "La veille": "2031-06-12"},
        ),
        (
            "Le procès s'est ouvert jeudi à Lyon. L'accusé répond de l'incendie survenu le 2 mars. La veille, ses "
            "avocats avaient demandé un report.",
            "2031-06-14",
            {"jeudi": "2031-06-12", "le 2 mars": "2031-03-02", "La veille": "2031-06-11"},
        ),
        (
            "Les mineurs ont repris le travail lundi. La grève déclenchée après l'accident intervenu le 28 mai "
            "avait duré dix jours. Le lendemain, la direction a annoncé des primes.",
            "2031-06-14",
            {"lundi": "2031-06-09", "le 28 mai": "2031-05-28", "dix jours": "P10D", "Le lendemain": "2031-06-10"},
        ),
        # with no later day told before it, the event's day is the one the text is on
        (
            "L'explosion survenue le 8 juin a fait douze morts. Le lendemain, le préfet a ouvert une enquête.",
            "2031-06-14",
            {"le 8 juin": "2031-06-08", "Le lendemain": "2031-06-09"},
        ),
    ],
)
def test_day_naming_earlier_event_keeps_narrative(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # counted from the night's second day, that count would lie after the day of writing: the first day
        (
            "Quatre jours après le glissement de terrain qui a frappé la vallée dans la nuit du 14 au 15 juin, "
            "les villageois attendent toujours de l'aide.",
            "2031-06-18",
            {"Quatre jours après": "2031-06-18", "dans la nuit du 14 au 15 juin": "2031-06-14TNI"},
        ),
        (
            "Trois jours après les inondations qui ont ravagé le bourg dans la nuit du 14 au 15 juin, le maire a "
            "réuni son conseil.",
            "2031-06-18",
            {"Trois jours après": "2031-06-18", "dans la nuit du 14 au 15 juin": "2031-06-14TNI"},
        ),
        (
            "Deux jours après l'incendie qui a détruit l'usine dans la nuit du 14 au 15 juin, les ouvriers ont "
            "manifesté devant la mairie.",
            "2031-06-18",
            {"Deux jours après": "2031-06-17", "dans la nuit du 14 au 15 juin": "2031-06-14TNI"},
        ),
    ],
)
def test_night_count_not_after_writing(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected
