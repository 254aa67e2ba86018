"""Time expressions, seventeenth round: kinds that recur over the news sets.

A weekday that opens a measure or a stretch of days (``à partir de mardi``) under a verb that is not future is
the occurrence nearest the day of writing: the verb's tense is the decision's, not the start's. An anaphor that
frames its clause with an event (``au lendemain de son passage``) after a day its sentence names is that day.
An anaphor with a day set beside it by a comma (``le lendemain, mercredi``) is that day, unless the count lands
on the same weekday (the count then tells its week).
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

MONDAY = "2031-06-16"
SATURDAY = "2031-06-21"
TUESDAY = "2031-06-17"
THURSDAY = "2031-06-19"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # decided in the past, the measure starts on the nearest such weekday: tomorrow
        (
            "Le gouverneur a décrété deux jours de deuil régional à partir de mardi.",
            MONDAY,
            {"à partir de mardi": "2031-06-17"},
        ),
        (
            "Des navettes gratuites ont été mises en place par la ville à partir de dimanche.",
            SATURDAY,
            {"à partir de dimanche": "2031-06-22"},
        ),
        (
            "La préfecture impose depuis peu la circulation alternée à compter de lundi dans la vallée.",
            SATURDAY,
            {"à compter de lundi": "2031-06-23"},
        ),
        # … or yesterday, when that one is the nearest
        (
            "Le syndicat a appelé les cheminots à cesser le travail pendant deux jours à partir de lundi.",
            TUESDAY,
            {"à partir de lundi": "2031-06-16"},
        ),
        (
            "Les écoles de la commune restent fermées à partir de mercredi, a annoncé le maire.",
            THURSDAY,
            {"à partir de mercredi": "2031-06-18"},
        ),
        # a future verb looks ahead, whatever day is nearest
        ("La piscine municipale sera fermée à partir de lundi.", TUESDAY, {"à partir de lundi": "2031-06-23"}),
    ],
)
def test_weekday_opening_a_measure(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day the sentence names is the morrow of the event the anaphor frames it with
        (
            "Le bilan publié jeudi par la protection civile, au lendemain de la tempête, fait état de six morts.",
            THURSDAY,
            {"jeudi": "2031-06-19", "au lendemain": "2031-06-19"},
        ),
        (
            "Les grévistes ont repris le travail lundi matin, au lendemain d'un accord arraché aux patrons.",
            TUESDAY,
            {"lundi matin": "2031-06-16TMO", "au lendemain": "2031-06-16"},
        ),
        (
            "Mardi, à la veille du scrutin, les candidats ont multiplié les meetings.",
            THURSDAY,
            {"Mardi": "2031-06-17", "à la veille": "2031-06-17"},
        ),
    ],
)
def test_anaphor_framing_the_day_named(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday set beside the anaphor says which day it is
        (
            "La ville a tenu sa cérémonie du 10 au 12 juin ; le village voisin a organisé la sienne le lendemain, "
            "mercredi.",
            SATURDAY,
            {"le lendemain": "2031-06-18", "mercredi": "2031-06-18"},
        ),
        (
            "Le tribunal a rendu son jugement le 13 juin. La veille, jeudi, les avocats avaient plaidé la relaxe.",
            SATURDAY,
            {"La veille": "2031-06-12"},
        ),
        # … where the count lands on the weekday beside it, the count tells its week
        (
            "Le convoi est arrivé à la frontière le 2 juin. Le surlendemain, mercredi, les premiers camions ont "
            "été déchargés.",
            SATURDAY,
            {"Le surlendemain": "2031-06-04"},
        ),
    ],
)
def test_anaphor_with_a_day_beside_it(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a feast within a week of the day of writing is that one, whatever the tense
        (
            "Le car transportait des familles qui rentraient au village pour Noël.",
            "2031-12-22",
            {"pour Noël": "2031-12-25"},
        ),
        (
            "Les pèlerins affluaient déjà vers le sanctuaire à deux jours de l'Assomption.",
            "2031-08-13",
            {"à deux jours de l'Assomption": "2031-08-15"},
        ),
        (
            "Le marché de la place était bondé à l'approche de la Toussaint.",
            "2031-11-03",
            {"la Toussaint": "2031-11-01"},
        ),
        (
            "À la veille de Noël, les bénévoles ont servi trois cents repas.",
            "2031-12-24",
            {"À la veille de Noël": "2031-12-24"},
        ),
        # further off, or under a future verb, the tense still decides
        ("Les galettes seront servies à la Chandeleur.", "2031-02-03", {"à la Chandeleur": "2032-02-02"}),
        ("La fête de la Saint-Jean a réuni tout le village.", "2031-05-20", {"fête de la Saint-Jean": "2030-06-24"}),
        ("Noël dernier, la neige avait bloqué les routes.", "2031-12-22", {"Noël dernier": "2030-12-25"}),
    ],
)
def test_feast_at_hand(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday set beside a count takes the day the count reached when the two agree
        (
            "Les mineurs ont été bloqués samedi au fond du puits. Ils ne seront remontés que deux jours plus "
            "tard, le lundi soir.",
            "2031-06-20",
            {"le lundi soir": "2031-06-16TEV"},
        ),
        (
            "Le tribunal a rendu son jugement le 13 juin. La veille, jeudi, les avocats avaient plaidé la relaxe.",
            SATURDAY,
            {"La veille": "2031-06-12", "jeudi": "2031-06-12"},
        ),
        (
            "Le ferry a quitté le port le 10 juin. Le lendemain, mercredi, il a essuyé une tempête.",
            SATURDAY,
            {"Le lendemain": "2031-06-11", "mercredi": "2031-06-11"},
        ),
    ],
)
def test_weekday_beside_a_count(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # any determiner may open the event an anaphor frames its clause with
        (
            "Un premier bilan a été publié mardi par la préfecture, au lendemain de son passage sur l'île.",
            THURSDAY,
            {"au lendemain": "2031-06-17"},
        ),
        (
            "Les deux opposants ont été relâchés samedi, au lendemain de leur interpellation.",
            MONDAY,
            {"au lendemain": "2031-06-14"},
        ),
        # a date after the anaphor keeps its own day
        (
            "Il a été entendu lundi, au lendemain du 15 juin.",
            THURSDAY,
            {"au lendemain": "2031-06-16", "du 15 juin": "2031-06-15"},
        ),
    ],
)
def test_anaphor_framing_with_any_determiner(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found
