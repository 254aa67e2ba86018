"""Time expressions, thirteenth round: a count after an event that opens a lead in the present (``Trois jours
après l'effondrement, le bilan atteint 12 morts``) is the day of writing; the event's own day in a relative
clause on it is where the count starts; a planned action an announcement names lies ahead; a future seen from
the past (``devait se rendre jeudi``) is the nearest such day. Invented French phrases; the publication date is
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
    ],
)
def test_thirteenth_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected
