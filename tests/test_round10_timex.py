"""Time expressions, tenth round: a quoted title is no date, ``aujourd'hui en huit``, millennia, ``vers midi``
before a place, the capitalized Armistice. Invented French phrases; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def values(result: DocumentAnalysis) -> dict[str, str | None]:
    return {t.text: t.value for t in result.timexes}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a title quoted as the sentence's subject (no comma, its verb right after) names a work
        ("« Un lundi au soleil » sera chanté en ouverture du festival.", "2029-05-02", {}),
        ("« Samedi soir sur la Terre » figure parmi les disques les plus vendus.", "2029-05-02", {}),
        # someone's words quoted first keep their dates: a comma, or a speech verb, follows them
        ("« Nous serons dans la rue samedi », a prévenu le syndicat.", "2029-05-02", {"samedi": "2029-05-05"}),
        ("« Tous à la préfecture jeudi » lance l'intersyndicale.", "2029-05-02", {"jeudi": "2029-05-03"}),
        # a day, weeks on
        ("Le jugement sera rendu aujourd'hui en huit.", "2029-05-02", {"aujourd'hui en huit": "2029-05-09"}),
        ("La réunion est reportée à demain en quinze.", "2029-05-02", {"demain en quinze": "2029-05-17"}),
        # a millennium by its thousands digit
        ("Les premières digues datent du IIe millénaire avant notre ère.", "2029-05-02", {"du IIe millénaire": "1"}),
        ("au troisième millénaire", "2029-05-02", {"au troisième millénaire": "2"}),
        (
            "Le lac a perdu un tiers de sa surface depuis le début du millénaire.",
            "2029-05-02",
            {"depuis le début du millénaire": "2"},
        ),
        # midday before a place the march left from
        ("Les marcheurs sont partis vers midi de la gare de Nantes.", "2029-05-02", {"vers midi": "2029-05-02T12:00"}),
        ("Il est midi moins le quart de sa carrière politique.", "2029-05-02", {}),
        # the Armistice, capitalized and with no complement, is the 11 November
        ("Les anciens combattants défileront pour l'Armistice.", "2029-05-02", {"pour l'Armistice": "2029-11-11"}),
        ("L'armistice de 1940 fut signé dans la clairière de Rethondes.", "2029-05-02", {"1940": "1940"}),
        # a word of the expression the tagger takes for a verb is not its verb (``après-midi`` as a future)
        (
            "Un cycliste a été renversé par un camion mardi après-midi près du port.",
            "2029-05-02",
            {"mardi après-midi": "2029-05-01TAF"},
        ),
        # participles listed after one auxiliary share its past
        (
            "Les émeutiers avaient bloqué le pont, brûlé des voitures et saccagé la mairie de Tarbes, lundi.",
            "2029-05-04",
            {"lundi": "2029-04-30"},
        ),
        # a feast after ``en ce``: the day the text is on
        (
            "En ce lundi de Pentecôte, les plages sont bondées.",
            "2029-05-21",
            {"En ce lundi de Pentecôte": "2029-05-21"},
        ),
        ("En ce mardi gras, les écoles défilent.", "2029-02-13", {"En ce mardi gras": "2029-02-13"}),
        # ``ce week-end`` told in the past on a weekday: the weekend just over
        ("Ce week-end, les pompiers ont lutté contre trois incendies.", "2029-05-07", {"Ce week-end": "2029-W18-WE"}),
        ("Les pompiers resteront mobilisés ce week-end.", "2029-05-07", {"ce week-end": "2029-W19-WE"}),
        # a night keeps its own expression, dated by its evening; the hour after it is the next day's
        (
            "Le barrage a cédé dans la nuit de jeudi à vendredi, vers 2 h 15 du matin.",
            "2029-05-04",
            {"dans la nuit de jeudi à vendredi": "2029-05-03TNI", "vers 2 h 15 du matin": "2029-05-04T02:15"},
        ),
        # the Eastern churches' feasts, by their own Easter (Julian computus) and Christmas
        (
            "Les églises de Thessalonique seront pleines pour la Pâque orthodoxe.",
            "2027-04-20",
            {"la Pâque orthodoxe": "2027-05-02"},
        ),
        (
            "Les coptes ont fêté le Noël orthodoxe sous haute surveillance.",
            "2027-01-09",
            {"le Noël orthodoxe": "2027-01-07"},
        ),
        ("Les parcs du Caire étaient bondés pour Cham el-Nessim.", "2025-04-23", {"Cham el-Nessim": "2025-04-21"}),
        ("Les chocolatiers préparent Pâques.", "2025-03-20", {"Pâques": "2025-04-20"}),
    ],
)
def test_tenth_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected
