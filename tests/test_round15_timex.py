"""Time expressions, fifteenth round: the resolver reads the text with straight apostrophes (``l’envoi
lundi``, ``Au lendemain de l’incendie`` read as ``l'envoi``, ``l'incendie``); a line break ends a sentence (a
headline's count after an event is not dated by a day of the paragraph below); a named day no table knows is
dated by the day a comma sets beside it (``la fête de l'Indépendance, le 4 août``, ``mardi 3 juin, jour de la
Fête des fleurs``). Invented French phrases; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the words before a day read the same with a curly apostrophe: an action announced lies ahead
        (
            "Le préfet a annoncé l’envoi lundi d’une colonne de secours vers la vallée.",
            "2031-03-08",
            {"lundi": "2031-03-10"},
        ),
        (
            "La préfecture a annoncé l’ouverture lundi d’un centre d’accueil.",
            "2031-03-08",
            {"lundi": "2031-03-10"},
        ),
        # ``Au lendemain de <event>`` before any day is the day of writing, with either apostrophe
        (
            "Au lendemain de l’incendie, le maire a réuni son conseil municipal.",
            "2031-03-08",
            {"Au lendemain": "2031-03-08"},
        ),
        (
            "Deux jours après l’explosion de l’entrepôt, les secours fouillent toujours les décombres.",
            "2031-03-08",
            {"Deux jours après": "2031-03-08"},
        ),
    ],
)
def test_curly_apostrophe_reads_as_straight(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a headline without a full stop: the day of the paragraph below dates nothing in it
        (
            "Cinq jours après le naufrage, l'émotion ne retombe pas\n\nLes plongeurs ont repêché vendredi un "
            "sixième corps.",
            "2031-03-08",
            {"Cinq jours après": "2031-03-08", "vendredi": "2031-03-07"},
        ),
        (
            "Dix jours après l'incendie, le quartier se reconstruit\n\nLes pompiers ont quitté les lieux mardi.",
            "2031-03-08",
            {"Dix jours après": "2031-03-08", "mardi": "2031-03-04"},
        ),
        (
            "Trois semaines après la crue, les habitants attendent toujours les indemnités\n\nLe maire a réuni "
            "son conseil lundi soir.",
            "2031-03-08",
            {"Trois semaines après": "2031-03-08", "lundi soir": "2031-03-03TEV"},
        ),
    ],
)
def test_line_break_ends_sentence(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day after the name, set off by a comma
        (
            "La fête de l'Indépendance, le 4 août, sera célébrée sans défilé.",
            "2031-07-20",
            {"fête de l'Indépendance": "2031-08-04", "le 4 août": "2031-08-04"},
        ),
        (
            "Le défilé de Labour Day, le 7 septembre, partira du port.",
            "2031-08-30",
            {"Labour Day": "2031-09-07", "le 7 septembre": "2031-09-07"},
        ),
        # the day before it, the name in apposition (with or without ``jour de``)
        (
            "Le marché sera fermé mardi 3 juin, jour de la Fête des fleurs, sur décision du maire.",
            "2031-05-20",
            {"mardi 3 juin": "2031-06-03", "jour de la Fête des fleurs": "2031-06-03"},
        ),
        (
            "Les écoles planteront des arbres le 21 mars, Journée internationale des forêts.",
            "2031-03-10",
            {"le 21 mars": "2031-03-21", "Journée internationale des forêts": "2031-03-21"},
        ),
        # another calendar's new year, dated by the weekday beside it
        (
            "Vendredi, jour du Nouvel An persan, les bureaux resteront fermés.",
            "2031-03-18",
            {"Vendredi": "2031-03-21", "jour du Nouvel An persan": "2031-03-21"},
        ),
        # a common noun is no named day
        (
            "La journée de mobilisation, le 5 mars, a rassemblé des milliers de personnes.",
            "2031-03-02",
            {"le 5 mars": "2031-03-05"},
        ),
        # the place the day is spent in may stand between them (round 18: blind sets date such a feast so)
        (
            "Les cortèges partiront jeudi à Lille, jour de la Fête du citron.",
            "2031-03-02",
            {"jeudi": "2031-03-06", "jour de la Fête du citron": "2031-03-06"},
        ),
        # a clause, not a place, between them
        (
            "Les cortèges partiront jeudi, a dit le maire, jour de la Fête du citron.",
            "2031-03-02",
            {"jeudi": "2031-03-06"},
        ),
    ],
)
def test_named_day_beside_a_day(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    assert values(analyze(text, published=published)) == expected
