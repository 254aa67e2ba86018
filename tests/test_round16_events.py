"""Events, sixteenth round: a targeted arrest (people taken at home, a group's leaders arrested) is a
"Strategic developments / Arrests" event of its own, even on a day of demonstrations; a territory's police and
army are named after the state they belong to.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _actor_of, _says


@pytest.mark.parametrize(
    "sentence",
    [
        "Trois dirigeants du syndicat des dockers ont été interpellés jeudi matin à Tema.",
        "Dans la nuit, les gendarmes ont arrêté à leur domicile quatre membres du collectif.",
        "L'avocate Aïcha Benali a été interpellée lundi à son domicile de Sfax.",
        "La police a interpellé mardi le porte-parole de l'association des chauffeurs, Kofi Mensah.",
        "Cinq responsables de l'Union des étudiants, dont sa présidente, arrêtés dimanche à Cotonou, ont été déférés.",
        "Des dizaines d'opposants ont été arrêtés chez eux au petit matin, selon leur parti.",
        "Deux cadres du parti, appréhendés vendredi dans leur maison de Kumasi, sont toujours détenus.",
        "Les forces de sécurité ont arrêté samedi le coordinateur du mouvement à Bobo-Dioulasso.",
    ],
)
def test_a_targeted_arrest_is_recognised(sentence: str) -> None:
    assert _says("fr", "TARGETED_ARREST", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon un porte-parole de la police, 85 manifestants ont été interpellés.",
        "Une quarantaine de jeunes ont été arrêtés lors des heurts, a indiqué le chef de la police régionale.",
        "Le juge a inculpé deux responsables de l'entreprise, sans préciser s'ils avaient été arrêtés.",
        "Le porte-parole du gouvernement a annoncé que 300 personnes avaient été interpellées dans le pays.",
        "Le chef de la gendarmerie a été arrêté pour corruption.",
        "Les manifestants sont rentrés chez eux sans être inquiétés.",
    ],
)
def test_a_count_of_protesters_arrested_or_an_unsaid_arrest_is_not_targeted(sentence: str) -> None:
    assert not _says("fr", "TARGETED_ARREST", sentence)


def test_leaders_taken_at_home_the_night_of_a_march_are_an_arrest_event(analyze: Analyze) -> None:
    text = (
        "Ghana : marche des enseignants à Kumasi\n\n"
        "Des milliers d'enseignants ont défilé samedi dans les rues de Kumasi pour réclamer le paiement de leurs "
        "arriérés de salaire.\n\n"
        "Dans la nuit de samedi à dimanche, la police a interpellé à leur domicile, à Kumasi, trois dirigeants du "
        "syndicat des enseignants."
    )
    view = story_view(analyze, [("a", text, "2026-05-11")])
    types = {(e.event_type, e.sub_event_type, e.event_date, e.location) for e in view.events}
    assert ("Strategic developments", "Arrests", "2026-05-09", "Kumasi") in types
    protests = [e for e in view.events if e.event_type == "Protests"]
    assert protests and all(e.sub_event_type == "Peaceful protest" for e in protests)


def test_a_count_of_marchers_arrested_stays_the_police_s_intervention(analyze: Analyze) -> None:
    text = (
        "Sénégal : les étudiants dans la rue à Saint-Louis\n\n"
        "Plusieurs centaines d'étudiants ont manifesté mardi devant le rectorat de Saint-Louis. "
        "Une vingtaine de manifestants ont été interpellés."
    )
    view = story_view(analyze, [("a", text, "2026-03-12")])
    assert all(e.sub_event_type != "Arrests" for e in view.events)


@pytest.mark.parametrize(
    ("iso2", "country", "name"),
    [
        ("NC", "New Caledonia", "Police Forces of France (2017-)"),
        ("PF", "French Polynesia", "Police Forces of France (2017-)"),
        ("FR", "France", "Police Forces of France (2017-)"),
        ("SN", "Senegal", "Police Forces of Senegal (2024-)"),
    ],
)
def test_a_territory_s_police_is_its_state_s(iso2: str, country: str, name: str) -> None:
    assert _actor_of("police", iso2, country) == name
    assert _actor_of("protesters", iso2, country) == f"Protesters ({country})"
