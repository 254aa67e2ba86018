"""Time expressions, sixteenth round: which week a bare weekday falls in when the parse does not say.

A bare past participle right before the day dates a done act (``les chiffres communiqués jeudi``), whatever
the parser made of it; ``avancer`` with no ``à`` puts a figure forward, not a meeting; a call may name the
people called on, or quote the name of the march, before the day it calls for; the end of a measure put in
place in the passé composé (``a interdit la baignade jusqu'à samedi``) lies ahead. Invented French phrases;
the publication date (a Wednesday) is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

WEDNESDAY = "2031-06-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare participle before the day: the act is done, the day is past
        (
            "Les chiffres communiqués jeudi par le ministère ne convainquent pas les syndicats.",
            {"jeudi": "2031-06-12"},
        ),
        (
            "Les pompiers arrivés samedi, venus de trois départements, n'ont pas encore pu entrer dans la zone.",
            {"samedi": "2031-06-14"},
        ),
        (
            "Les médecins soignent encore dix blessés, contre une trentaine recensés vendredi par l'hôpital.",
            {"vendredi": "2031-06-13"},
        ),
        ("Le syndicat conteste les 3 000 manifestants avancés samedi par la police.", {"samedi": "2031-06-14"}),
        # what is planned, said in the future or after an auxiliary keeps its own time
        ("La marche organisée samedi réunira des milliers de personnes.", {"samedi": "2031-06-21"}),
        ("Le concert prévu samedi aura lieu au stade.", {"samedi": "2031-06-21"}),
        ("La séance sera présidée jeudi par le ministre.", {"jeudi": "2031-06-19"}),
        ("La réunion a été avancée à jeudi.", {"jeudi": "2031-06-19"}),
    ],
)
def test_bare_participle_dates_a_past_act(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le syndicat a appelé ses adhérents à une grève générale jeudi.", {"jeudi": "2031-06-19"}),
        ("Les évêques ont appelé les fidèles à une messe samedi.", {"samedi": "2031-06-21"}),
        (
            "Le collectif a appelé à une « journée ville morte » vendredi dans toute la région.",
            {"vendredi": "2031-06-20"},
        ),
    ],
)
def test_call_names_people_or_quotes_its_march(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La préfecture a interdit la baignade sur toute la côte jusqu'à samedi.", {"jusqu'à samedi": "2031-06-21"}),
        ("L'alerte orange a été maintenue jusqu'à vendredi soir.", {"jusqu'à vendredi soir": "2031-06-20TEV"}),
        ("Les écoles du canton ont fermé jusqu'à lundi.", {"jusqu'à lundi": "2031-06-23"}),
        # a past action's bound stays past
        ("Les manifestants ont défilé jusqu'à samedi dans la capitale.", {"jusqu'à samedi": "2031-06-14"}),
    ],
)
def test_measure_in_force_ends_ahead(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after an event opening a story that has named no day: the day of writing
        (
            "Crue de la Loire\n\nTrois jours après la rupture de la digue, quatre élus ont été entendus par les "
            "gendarmes.",
            {"Trois jours après": "2031-06-18"},
        ),
        (
            "Marché couvert : la colère\n\nUne semaine après l'incendie du marché, les commerçants s'étaient réunis "
            "devant la mairie.",
            {"Une semaine après": "2031-06-18"},
        ),
        # a lone sentence, with no headline above it: TimeML's length of time
        ("Deux jours après le match, l'entraîneur a été limogé.", {"Deux jours après": "P2D"}),
        ("Cinq jours après l'attentat, la ville restait sous le choc.", {"Cinq jours après": "P5D"}),
        (
            "Naufrage au large de Sète\n\nDeux jours après le chavirement du chalutier, le bilan s'établit à cinq "
            "disparus.",
            {"Deux jours après": "2031-06-18"},
        ),
        # in a title line, with the lead below it in the present (an -ir verb, not a passé simple)
        (
            "En Savoie, une semaine après l'éboulement, l'attente des habitants\n\nLe bilan s'établit désormais à "
            "trois morts.",
            {"une semaine après": "2031-06-18", "désormais": "PRESENT_REF"},
        ),
    ],
)
def test_lead_count_after_event_is_day_of_writing(analyze: Analyze, text: str, expected: dict) -> None:
    assert values(analyze(text, published=WEDNESDAY)) == expected
