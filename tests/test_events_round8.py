"""Events, eighth round: the noun of an attack on a camp, an air strike nobody else flies, pilgrims gathered.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view


def test_soldiers_killed_in_the_attack_of_a_camp_is_an_armed_clash(analyze: Analyze) -> None:
    text = (
        "Mali : huit soldats tués dans l'attaque d'un camp militaire\n\n"
        "Au moins huit soldats maliens ont été tués mardi à l'aube dans l'attaque d'un camp militaire à Douentza, "
        "dans le centre du pays, a annoncé l'armée."
    )
    view = story_view(analyze, [("a", text, "2026-05-12")])
    assert [(e.event_date, e.sub_event_type, e.location) for e in view.events] == [
        ("2026-05-12", "Armed clash", "Douentza")
    ]


def test_an_air_strike_no_armed_group_is_said_to_fly_is_the_army_s(analyze: Analyze) -> None:
    text = (
        "Burkina Faso : frappes aériennes près de Djibo\n\n"
        "Des frappes aériennes menées mercredi près de Djibo ont fait une vingtaine de morts, a annoncé jeudi "
        "l'état-major burkinabè dans un communiqué."
    )
    view = story_view(analyze, [("a", text, "2026-05-14")])
    [event] = view.events
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Burkina Faso")


def test_pilgrims_gathered_are_no_demonstration(analyze: Analyze) -> None:
    text = (
        "Inde : bousculade meurtrière lors d'un pèlerinage\n\n"
        "Des milliers de pèlerins rassemblés sur les rives du fleuve attendaient l'aube samedi à Nashik quand une "
        "bousculade a fait au moins neuf morts."
    )
    view = story_view(analyze, [("a", text, "2026-08-01")])
    assert view.events == []


def test_relatives_of_victims_gathered_before_a_ministry_are_a_demonstration(analyze: Analyze) -> None:
    text = (
        "Drame du stade : la colère des familles\n\n"
        "Une centaine de proches des victimes se sont rassemblés mardi devant le ministère de l'Intérieur, à Dakar, "
        "pour réclamer justice."
    )
    view = story_view(analyze, [("a", text, "2026-08-04")])
    assert [e.sub_event_type for e in view.events] == ["Peaceful protest"]


def test_a_protest_before_a_town_s_prefecture_is_in_that_town(analyze: Analyze) -> None:
    """The tagger names the body (``la préfecture de Lyon``); the town at its end places the protest."""
    text = (
        "Colère des éleveurs\n\n"
        "Une centaine d'éleveurs se sont rassemblés mardi devant la préfecture de Lyon pour réclamer des aides."
    )
    view = story_view(analyze, [("a", text, "2026-08-04")])
    assert [(e.sub_event_type, e.location) for e in view.events] == [("Peaceful protest", "Lyon")]


def test_a_body_named_after_no_town_places_nothing(analyze: Analyze) -> None:
    text = "Colère des éleveurs\n\nDes éleveurs ont manifesté mardi devant le ministère de l'Agriculture."
    view = story_view(analyze, [("a", text, "2026-08-04")])
    assert view.events == []
