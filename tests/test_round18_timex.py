"""Time expressions, eighteenth round: kinds of misses seen in several blind news sets.

A day written with a capital after a line break opens its paragraph, whatever line stands above it (a heading, a
"read also" link, a byline, a photo credit: none ends with a full stop). A pronominal verb's compound tense
(``se sont réunis``) tells what is done, although the parser may read its être as a passive's. A count after an
event (``Dix jours après le début des pluies``) is not on the day a ``depuis`` in its clause names: that day is
where a tally starts.
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
        # a heading without a full stop, then a paragraph opening on a day
        (
            "Le port pleure ses marins\n\nDimanche, les familles ont veillé sur la jetée.",
            {"Dimanche": "2031-06-15"},
        ),
        # a "read also" link
        (
            "Les vignes ont gelé. Lire aussi : Le vignoble face au froid tardif\n\nSamedi soir, les viticulteurs "
            "ont allumé des bougies entre les rangs.",
            {"Samedi soir": "2031-06-14TEV"},
        ),
        # a byline
        (
            "Les bus restent au dépôt. Par Jeanne Morel et Paul Vidal\n\nDepuis jeudi, aucune ligne ne circule dans "
            "la vallée.",
            {"Depuis jeudi": "2031-06-12"},
        ),
        # a photo credit, and a day set beside an ordinal count
        (
            "Des parents devant l'école, vendredi. © Photo Luc Barre\n\nMardi, premier des deux jours de grève, "
            "les écoles sont restées fermées.",
            {"Mardi": "2031-06-10"},
        ),
    ],
)
def test_day_opening_a_paragraph_below_a_line(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    "text",
    [
        # inside a sentence a capital day is still a name's
        "Le jury a primé le court métrage Dimanche à la mer.",
        "La salle projette ce soir le documentaire Samedi soir au village.",
    ],
)
def test_capital_day_inside_a_sentence_is_a_title(analyze: Analyze, text: str) -> None:
    found = values(analyze(text, published=MONDAY))
    assert not any(k.lower().startswith(("dimanche", "samedi")) for k in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mercredi soir, près de 300 habitants se sont réunis en silence devant la mairie.",
            {"Mercredi soir": "2031-06-11TEV"},
        ),
        (
            "Jeudi, des centaines de fidèles se sont rassemblées en prière devant la basilique.",
            {"Jeudi": "2031-06-12"},
        ),
        ("Les deux clubs se sont affrontés en amical samedi à Lens.", {"samedi": "2031-06-14"}),
        ("Vendredi, les négociateurs se sont quittés en froid, sans accord.", {"Vendredi": "2031-06-13"}),
    ],
)
def test_pronominal_compound_tense_is_past(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inondations dans le Gard\n\nDix jours après le début des pluies, la Croix-Rouge a recensé 80 morts "
            "depuis le 6 juin.",
            {"Dix jours après": "2031-06-16", "depuis le 6 juin": "2031-06-06"},
        ),
        (
            "Grève des dockers\n\nDeux semaines après le début du mouvement, le port a vu partir 30 navires vers "
            "Anvers depuis le 2 juin.",
            {"Deux semaines après": "2031-06-16"},
        ),
        (
            "La mine sous les eaux\n\nCinq jours après l'effondrement de la galerie, les secours pompent l'eau sans "
            "relâche depuis le 11 juin.",
            {"Cinq jours après": "2031-06-16"},
        ),
    ],
)
def test_count_after_event_is_not_on_a_since_day(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feast no table knows, by ``jour de`` and its proper name beside a date
        (
            "Ils manifesteront le 12 août, jour de Raksha Bandhan, devant le Parlement.",
            {"jour de Raksha Bandhan": "2031-08-12"},
        ),
        # another country's national day: the day beside it, not the French one
        (
            "Lundi, jour de la fête nationale belge, le roi a reçu les anciens combattants.",
            {"Lundi": "2031-06-16", "jour de la fête nationale belge": "2031-06-16"},
        ),
        # a world day in lower case is an institution's name
        (
            "Vendredi, journée mondiale de la santé, les soignants ont défilé.",
            {"journée mondiale de la santé": "2031-06-13"},
        ),
        # the place where the day was spent may stand between the day and the feast
        (
            "Ils ont défilé mardi dans la capitale, jour de la fête de l'Indépendance.",
            {"jour de la fête de l'Indépendance": "2031-06-10"},
        ),
        (
            "Les pêcheurs ont bloqué le port samedi à Sète, jour de la Fête de la mer.",
            {"jour de la Fête de la mer": "2031-06-14"},
        ),
    ],
)
def test_named_day_beside_a_day(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a common noun phrase beside a day is no feast
        "Jeudi, journée de grève, les trains sont restés à quai.",
        "Le 5 mars, jour de marché, la place était pleine.",
    ],
)
def test_common_day_phrase_is_no_named_day(analyze: Analyze, text: str) -> None:
    found = values(analyze(text, published=MONDAY))
    assert not any(k.startswith("jour") for k in found), found


@pytest.mark.parametrize(
    "text",
    [
        # inside a paragraph too: the tally since a day runs up to the day of writing
        "Les villages comptent leurs morts. Trois semaines après le début des pluies, la Croix-Rouge a recensé "
        "80 victimes depuis le 26 mai.",
        "Le port reste désert. Six semaines après l'accident, 40 navires ont été détournés vers Gênes "
        "depuis le 16 mai.",
        "Quinze jours après la panne, les hôpitaux tournent sur groupes électrogènes depuis le 2 juin.",
    ],
)
def test_count_after_event_with_a_tally_is_today(analyze: Analyze, text: str) -> None:
    found = values(analyze(text, published=MONDAY))
    assert [v for k, v in found.items() if "après" in k] == ["2031-06-16"], found
