"""Events, tenth round: a dateline's day and town, a clock time, armed men storming and looting, scare-quoted
rioters, calls to protest, a place told by ``y`` or by ``la capitale``, a crowd's violence where the police shot.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import _names_the_capital, _town_mistyped
from recoupe.link.places import gazetteer
from recoupe.model import Entity


def test_a_dateline_s_day_and_town_are_no_event_s(analyze: Analyze) -> None:
    text = (
        "Sénégal : des manifestants dispersés à Thiès\n\n"
        "DAKAR, 12 mars 2026 (AFP) - Des centaines de manifestants ont été dispersés mardi à Thiès à coups de gaz "
        "lacrymogène, a indiqué jeudi la police."
    )
    view = story_view(analyze, [("a", text, "2026-03-12")])
    assert [(e.event_date, e.location, e.sub_event_type) for e in view.events] == [
        ("2026-03-10", "Thiès", "Protest with intervention")
    ]


def test_a_clock_time_after_the_day_s_lead_is_on_that_day_at_that_place(analyze: Analyze) -> None:
    text = (
        "Colombie : attaque meurtrière contre Tumaco\n\n"
        "Au moins six personnes ont été tuées mardi lors d'une attaque de gangs armés contre Tumaco, dans le "
        "sud-ouest du pays, selon la mairie.\n\n"
        "Des dizaines d'hommes lourdement armés ont pris d'assaut la ville vers 5 heures du matin, attaquant le "
        "commissariat, selon des habitants."
    )
    view = story_view(analyze, [("a", text, "2026-09-09")])
    kinds = {(e.event_date, e.location, e.event_type) for e in view.events}
    assert ("2026-09-08", "Tumaco", "Battles") in kinds
    assert ("2026-09-08", "Tumaco", "Violence against civilians") in kinds


def test_armed_men_looting_is_property_destruction_not_a_riot(analyze: Analyze) -> None:
    text = (
        "Colombie : la mairie de Tumaco incendiée\n\n"
        "Les assaillants ont pillé et incendié mercredi la mairie et des dizaines de maisons à Tumaco, selon des "
        "habitants."
    )
    view = story_view(analyze, [("a", text, "2026-09-10")])
    assert [(e.event_type, e.sub_event_type, e.actor2) for e in view.events] == [
        ("Strategic developments", "Looting/property destruction", "Civilians (Colombia)")
    ]


def test_a_scare_quoted_rioter_is_the_police_s_word_not_a_riot(analyze: Analyze) -> None:
    text = (
        "Chili : marche contre la vie chère à Valparaiso\n\n"
        "Des milliers de personnes ont manifesté samedi à Valparaiso. La police, qui dénonce la présence de "
        "« casseurs », a dispersé la foule au gaz lacrymogène."
    )
    view = story_view(analyze, [("a", text, "2026-10-04")])
    assert [(e.event_type, e.sub_event_type) for e in view.events] == [("Protests", "Protest with intervention")]


def test_a_call_to_demonstrate_is_no_demonstration(analyze: Analyze) -> None:
    text = (
        "Argentine : les syndicats mobilisent\n\n"
        "Les syndicats appellent à de grands rassemblements aujourd'hui à Rosario et à Mendoza, a annoncé jeudi "
        "la CGT."
    )
    view = story_view(analyze, [("a", text, "2026-11-05")])
    assert view.events == []


def test_y_places_a_sentence_where_the_one_before_it_is(analyze: Analyze) -> None:
    text = (
        "Kenya : la colère contre les taxes gagne le pays\n\n"
        "Des milliers de personnes ont manifesté lundi à Nairobi contre la hausse des taxes. À Nairobi, le "
        "cortège est resté calme jusqu'au soir.\n\n"
        "Les heurts ont été les plus violents à Mombasa. Des jeunes y ont pillé des commerces lundi soir."
    )
    view = story_view(analyze, [("a", text, "2026-07-07")])
    assert ("Mombasa", "Riots") in {(e.location, e.event_type) for e in view.events}


def test_the_capital_by_its_title_is_the_country_s_capital(analyze: Analyze) -> None:
    text = (
        "Pérou : marche contre l'insécurité\n\n"
        "Plusieurs milliers de personnes ont défilé samedi dans les rues de la capitale péruvienne pour dénoncer "
        "l'insécurité. Le Pérou connaît depuis deux ans une vague d'extorsions."
    )
    view = story_view(analyze, [("a", text, "2026-04-12")])
    assert [(e.location, e.geo_precision) for e in view.events] == [("Lima", 1)]


def test_a_crowd_s_violence_where_the_police_shot_is_a_riot(analyze: Analyze) -> None:
    text = (
        "Kenya : journée de violences à Kisumu\n\n"
        "La police a ouvert le feu lundi sur les manifestants à Kisumu. Des jeunes avaient dressé des barricades "
        "et pillé des commerces dans le centre-ville."
    )
    view = story_view(analyze, [("a", text, "2026-07-08")])
    assert [(e.event_type, e.sub_event_type) for e in view.events] == [("Riots", "Violent demonstration")]


def test_a_town_the_tagger_made_a_person_is_a_place_after_a() -> None:
    text = "C'est à Mombasa que les heurts ont été les plus violents."
    start = text.index("Mombasa")
    town = Entity(start, start + len("Mombasa"), "Mombasa", "PER", "Mombasa")
    assert _town_mistyped(text, town, "KE", "fr")
    person = Entity(0, len("C'est"), "C'est", "PER", "C'est")
    assert not _town_mistyped(text, person, "KE", "fr")


def test_a_compound_town_written_in_two_words_is_found_in_one() -> None:
    place = gazetteer().resolve("Villa-Vicencio", "CO")
    assert place is not None and place.name == "Villavicencio"


def test_a_disaster_story_codes_only_its_demonstrations(analyze: Analyze) -> None:
    """The collapse is an accident (no row, and its dead are no demonstration's); the relatives' march is coded."""
    text = (
        "Effondrement d'un immeuble à Mombasa : la colère des familles\n\n"
        "L'effondrement d'un immeuble a fait au moins quatorze morts lundi à Mombasa, après un glissement de "
        "terrain provoqué par des pluies diluviennes. Les secouristes fouillent toujours les décombres.\n\n"
        "Mercredi, des centaines de proches des victimes ont manifesté devant la mairie de Mombasa pour réclamer "
        "justice."
    )
    view = story_view(analyze, [("a", text, "2026-05-07")])
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in view.events] == [
        ("2026-05-06", "Peaceful protest", 0)
    ]


def test_the_capital_s_suburbs_are_not_the_capital() -> None:
    assert _names_the_capital("Des milliers de personnes ont défilé dans les rues de la capitale haïtienne.", "fr")
    assert not _names_the_capital("Des heurts ont éclaté au stade, dans la banlieue sud de la capitale.", "fr")
