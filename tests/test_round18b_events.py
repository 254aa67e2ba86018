"""Events, eighteenth round (second pass): the actor of armed violence.

ACLED names a gang or a militia as it calls itself (``le gang Gran Mapou``), and names as actor the group that
claimed an attack, whatever tense the claim is told in (``avait revendiqué``, ``revendique``) and whichever
article of the story tells it.

Each test is an invented story or sentence; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _named_armed_group, _patterns
from recoupe.link.text import fold


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the gang after its toll, the source after
        (
            "Au moins neuf habitants ont été tués dans la nuit par le gang Kraze Baryè, selon la mairie.",
            "Kraze Baryè",
        ),
        # a coalition of gangs, the actor first
        ("Les gangs de la coalition Kore Nou ont incendié plusieurs maisons du quartier lundi.", "Kore Nou"),
        # a band whose name has a Spanish article, in apposition after a comma
        ("Selon la police, la bande Los Halcones, armée de fusils, a attaqué le poste frontière.", "Los Halcones"),
        # a militia, a number in its name
        ("Des hommes de la milice 5 Segonn ont ouvert le feu sur un autobus mardi.", "5 Segonn"),
        # an armed group of a rebellion, the name with an accent
        ("Le groupe rebelle Éveil du Nord a pris le contrôle de la localité samedi.", "Éveil du Nord"),
    ],
)
def test_a_group_named_by_what_it_is_is_the_actor(sentence: str, name: str) -> None:
    assert _named_armed_group(sentence, "fr") == name


@pytest.mark.parametrize(
    "sentence",
    [
        # a gang named after a place is no name of its own
        "Les gangs de Martissant ont attaqué un commissariat dans la nuit.",
        # no name at all
        "Des bandes armées ont pillé le marché, selon des témoins.",
        "Un groupe armé a enlevé quinze passagers sur la route nationale.",
    ],
)
def test_no_name_no_named_group(sentence: str) -> None:
    assert _named_armed_group(sentence, "fr") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # the pluperfect, the group before
        "La veille, le GSIM avait revendiqué l'opération en affirmant avoir tué des dizaines de soldats.",
        # the present, a headline with no object
        "Embuscade contre un convoi : le JNIM revendique",
        # a relative clause
        "Les shebab, qui revendiquent l'attentat, menacent de nouvelles attaques.",
        # the passive with the agent
        "L'attaque a été revendiquée samedi par Boko Haram dans une vidéo.",
    ],
)
def test_a_claim_in_any_tense_names_its_group(sentence: str) -> None:
    cues = _cues(sentence, "fr")
    assert cues.claimed and cues.armed_group


@pytest.mark.parametrize(
    "sentence",
    [
        "L'attaque n'a pas été revendiquée, mais elle porte la marque du JNIM.",
        "Le JNIM n'a pas revendiqué l'embuscade.",
    ],
)
def test_a_denied_claim_is_no_claim(sentence: str) -> None:
    assert not _cues(sentence, "fr").claimed


def test_a_claim_told_in_a_follow_up_names_the_attack_s_actor(analyze: Analyze) -> None:
    first = (
        "NIAMEY, 3 février 2026 (AFP) - Au moins dix-huit soldats ont été tués lundi dans l'attaque de leur camp à "
        "Téra, dans l'ouest du Niger, par des hommes armés, selon le ministère de la Défense."
    )
    follow_up = (
        "NIAMEY, 5 février 2026 (AFP) - L'État islamique au Sahel a revendiqué mercredi l'attaque du camp "
        "militaire dans un communiqué, affirmant avoir tué une trentaine de soldats."
    )
    view = story_view(analyze, [("a", first, "2026-02-03"), ("b", follow_up, "2026-02-05")])
    armed = [e for e in view.events if e.event_type in ("Battles", "Violence against civilians")]
    assert armed and all("Islamic State" in (e.actor1 + e.actor2) for e in armed)


@pytest.mark.parametrize(
    "sentence",
    [
        # the forces take a town back, a day between the verb and its object
        "Les soldats ont repris dimanche le contrôle de la ville, après deux jours de combats.",
        # the pluperfect, the act a killing, the source first
        "Selon le gouverneur, les militaires avaient abattu trois assaillants lors d'un accrochage près du pont.",
        # the act a noun after the event
        "Les otages n'ont été libérés que le lendemain, par un assaut des forces spéciales.",
        # an adverb before the verb
        "La police a finalement lancé jeudi une opération contre le gang dans le bidonville.",
    ],
)
def test_the_state_s_forces_acting_first(sentence: str) -> None:
    assert _patterns("fr")["STATE_ATTACKS"].search(fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Un poste de l'armée a été attaqué dans la nuit par des hommes armés.",
        "Des combats ont opposé l'armée à des rebelles près de la frontière.",
        "Des assaillants ont attaqué des gendarmes qui escortaient un convoi.",
    ],
)
def test_the_state_s_forces_suffering_the_attack(sentence: str) -> None:
    assert not _patterns("fr")["STATE_ATTACKS"].search(fold(sentence))
