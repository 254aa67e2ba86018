"""Time expressions, thirteenth round: a count after an event that opens a lead in the present (``Trois jours
après l'effondrement, le bilan atteint 12 morts``) is the day of writing; the event's own day in a relative
clause on it is where the count starts; a planned action an announcement names lies ahead; a future seen from
the past (``devait se rendre jeudi``) is the nearest such day; the one before the last, every other week, within
so many hours, a weekday with a bare day number, a night between two weekdays, mid-Lent and saints' days, a
deadline's bare day, the week of a day. Invented French phrases; the publication date is
given with each."""

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
        # a lead in the present: the count after the event is the day it is written on
        (
            "Au Chili, une semaine après les incendies, la colère des habitants de Viña grandit.",
            "2031-02-12",
            {"une semaine après": "2031-02-12"},
        ),
        # in the past, with no day told, TimeML's length stands
        (
            "Trois jours après l'attentat, la ville restait sous le choc.",
            "2031-02-12",
            {"Trois jours après": "P3D"},
        ),
        # the event's day in a relative clause on it: the count starts there
        (
            "Deux jours après l'attentat qui a visé, dans la soirée du vendredi 6 mars, un marché de Kaboul, la "
            "police a relevé lundi son bilan.",
            "2031-03-10",
            {
                "Deux jours après": "2031-03-08",
                "dans la soirée du vendredi 6 mars": "2031-03-06TEV",
                "lundi": "2031-03-10",
            },
        ),
        # past the relative clause, the day is the main clause's
        (
            "Quatre jours après le coup de grisou qui a tué 12 mineurs à Zonguldak, dans le nord, la justice a "
            "placé samedi un responsable en détention.",
            "2031-03-10",
            {"Quatre jours après": "2031-03-08", "samedi": "2031-03-08"},
        ),
        # a planned action an announcement names lies ahead; the day of the announcement does not
        (
            "Le gouvernement a annoncé l'envoi lundi d'une équipe de secouristes.",
            "2031-03-12",
            {"lundi": "2031-03-17"},
        ),
        ("Le gouvernement a annoncé lundi l'envoi d'une équipe.", "2031-03-12", {"lundi": "2031-03-10"}),
        (
            "Le recteur a confirmé la réouverture vendredi des écoles de la ville.",
            "2031-03-12",
            {"vendredi": "2031-03-14"},
        ),
        # a future seen from the past: the nearest such day
        ("Le ministre devait se rendre jeudi dans la région sinistrée.", "2031-03-12", {"jeudi": "2031-03-13"}),
        ("Le président allait signer le décret vendredi.", "2031-03-12", {"vendredi": "2031-03-14"}),
        (
            "Le ministre devait se rendre lundi à Lyon, mais sa visite a été annulée.",
            "2031-03-12",
            {"lundi": "2031-03-10"},
        ),
        # the one before the last
        ("l'avant-dernier dimanche de juillet", "2033-03-02", {"avant-dernier dimanche de juillet": "2033-07-24"}),
        ("l'avant-dernier jour de l'année", "2033-03-02", {"avant-dernier jour de l'année": "2033-12-30"}),
        # every other week, on that day
        ("La déchetterie ouvre un samedi sur deux.", "2033-03-02", {"un samedi sur deux": "P2W"}),
        # within that time: its last day ahead; told in the past, a length
        ("L'eau devrait revenir dans les 72 heures.", "2033-03-02", {"dans les 72 heures": "2033-03-05"}),
        ("Le juge statuera sous dix jours.", "2033-03-02", {"sous dix jours": "2033-03-12"}),
        ("Le suspect a été relâché dans les 48 heures.", "2033-03-02", {"dans les 48 heures": "PT48H"}),
        # a weekday and a day number without a month, in a list or before a verb
        (
            "Le marché du vendredi 11 est déplacé au jeudi 10.",
            "2033-03-02",
            {"du vendredi 11": "2033-03-11", "au jeudi 10": "2033-03-10"},
        ),
        (
            "Les guichets ouvriront le lundi 7 et le mardi 8.",
            "2033-03-02",
            {"le lundi 7": "2033-03-07", "le mardi 8": "2033-03-08"},
        ),
        ("Le film Vendredi 13 a été restauré.", "2033-03-02", {}),
        # a night between two days each with its weekday
        (
            "Les travaux auront lieu dans la nuit du vendredi 4 au samedi 5 mars.",
            "2033-03-02",
            {"dans la nuit du vendredi 4 au samedi 5 mars": "2033-03-04TNI"},
        ),
        # feasts: mid-Lent from Easter, a saint's day
        ("Le carnaval défilera à la mi-carême.", "2033-03-02", {"à la mi-carême": "2033-03-24"}),
        ("La ville illuminera ses rues à la Sainte-Lucie.", "2033-03-02", {"à la Sainte-Lucie": "2033-12-13"}),
        # a bare day after a deadline's words; the week of a day of the month the text is in
        ("Les dossiers doivent être rendus au plus tard le 15.", "2033-03-02", {"au plus tard le 15": "2033-03-15"}),
        ("Le tarif change à compter du 20.", "2033-03-02", {"à compter du 20": "2033-03-20"}),
        ("Le salon se tiendra la semaine du 21.", "2033-03-02", {"la semaine du 21": "2033-W12"}),
    ],
)
def test_thirteenth_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected
