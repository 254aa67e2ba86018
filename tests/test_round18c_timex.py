"""Time expressions, eighteenth round (third pass): the news kinds of a weekday read in the wrong week, and the
weekend alone.

Reported speech writes its future as a conditional, often on an irregular stem (``se tiendrait``, ``viendrait``,
``ferait``) that the parser tags as an imperfect: the weekday under it is the coming one. A past participle the
parser takes for a noun (``des marcheurs partis mardi``) still dates an act done. A count ahead earlier in the
sentence (``sous dix jours``, ``d'ici deux semaines``) is no day the sentence is on: ``pour mercredi`` after it is
the coming Wednesday. ``jusqu'au week-end`` is the coming weekend.
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

SATURDAY = "2031-06-21"
MONDAY = "2031-06-16"
THURSDAY = "2031-06-19"


def _check(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    "text",
    [
        # a ``que`` clause after a past verb of saying, the reflexive verb
        "Le ministre a confirmé qu'une rencontre avec les syndicats se tiendrait mardi à la préfecture.",
        # another verb of saying, the sentence's last word
        "La mairie a fait savoir que le conseil municipal se tiendrait mardi.",
        # the source before, a compound of ``venir`` (and its plain form)
        "Les enquêteurs pensaient que le suspect reviendrait mardi chez sa mère.",
        "Selon son avocat, l'ancien maire viendrait mardi s'expliquer devant les juges.",
        # ``faire`` and its stem ``fer-``
        "Le club a précisé que l'entraîneur ferait mardi le point sur les blessés.",
    ],
)
def test_irregular_conditional_looks_ahead(analyze: Analyze, text: str) -> None:
    _check(analyze, text, SATURDAY, {"mardi": "2031-06-24"})


def test_imperfect_of_an_irregular_verb_stays_past(analyze: Analyze) -> None:
    _check(analyze, "Le conseil se tenait mardi dans la salle des fêtes.", SATURDAY, {"mardi": "2031-06-17"})


@pytest.mark.parametrize(
    "text",
    [
        # ``partis`` read as parties: a verbless sentence, a relative clause after
        "Parmi eux, des dizaines de cyclistes partis mardi de Lyon, qui ont roulé toute la nuit.",
        # no clause at all after it
        "Parmi les blessés, des randonneurs partis mardi du refuge.",
        # feminine plural, another participle after a comma
        "Parmi les sinistrés, des familles parties mardi de la vallée, hébergées depuis au gymnase.",
        # a third-group participle, a main verb after
        "Des centaines de fidèles venus mardi de tout le pays ont prié devant la grotte.",
    ],
)
def test_participle_read_as_noun_is_past(analyze: Analyze, text: str) -> None:
    _check(analyze, text, SATURDAY, {"mardi": "2031-06-17"})


def test_party_after_a_number_is_a_noun(analyze: Analyze) -> None:
    _check(analyze, "Les présidents des deux partis se réuniront mardi.", SATURDAY, {"mardi": "2031-06-24"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``sous`` + days, a relative clause after the source
        (
            "L'audit doit livrer ses résultats sous huit jours, selon la mairie, qui a promis des renforts pour jeudi.",
            {"jeudi": "2031-06-19"},
        ),
        # ``d'ici`` + weeks, a second clause joined by ``et``
        (
            "Les experts rendront leur avis d'ici deux semaines, et le syndicat appelle à la grève pour mercredi.",
            {"mercredi": "2031-06-18"},
        ),
        # ``dans`` + days, a passive after ``mais``
        (
            "Le chantier sera achevé dans dix jours, mais une visite des lieux est prévue pour vendredi.",
            {"vendredi": "2031-06-20"},
        ),
        # a day the sentence is on still counts (``pour jeudi`` after that Tuesday)
        ("La préfecture maintenait mardi soir une vigilance orange pour jeudi.", {"jeudi": "2031-06-12"}),
    ],
)
def test_count_ahead_is_not_the_sentence_day(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Selon les prévisionnistes, la canicule devrait durer jusqu'au week-end dans le sud.",
        "Les pluies continueront jusqu'au week-end.",
        "Le stade restera fermé jusqu'au week-end, a annoncé le club.",
    ],
)
def test_until_the_weekend_is_the_coming_one(analyze: Analyze, text: str) -> None:
    _check(analyze, text, THURSDAY, {"week-end": "2031-W25-WE"})


def test_weekend_as_a_habit_stays_a_set(analyze: Analyze) -> None:
    _check(analyze, "Le marché est ouvert le week-end.", THURSDAY, {"le week-end": "XXXX-WXX-WE"})


def test_hyphenated_word_end_is_no_participle(analyze: Analyze) -> None:
    # ``-vous`` of ``Rendez-vous`` ends as a participle would: the verbless line still names the coming day
    _check(analyze, "Rendez-vous le 3/10 devant la gare.", "2031-06-16", {"le 3/10": "2031-10-03"})
