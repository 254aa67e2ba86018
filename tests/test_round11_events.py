"""Events, eleventh round: a fire's noun and a wildfire story, looting after a disaster, a day that starts a
period, a town of a thing recalled, counter-rallies and blocked interchanges, attacks on army posts,
a clock time ``avant 22 h``.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import _clock_time, _cues, _recalled_spans


def test_a_fire_s_noun_is_no_riot_act_where_the_participle_is() -> None:
    assert _cues("Un second incendie s'est déclaré jeudi près de Sintra.", "fr").kind() is None
    assert _cues("Deux incendies font rage depuis lundi en Algarve.", "fr").kind() is None
    assert _cues("Des voitures ont été incendiées jeudi à Porto.", "fr").riot_act


def test_brush_set_alight_is_no_riot() -> None:
    assert not _cues("Un homme soupçonné d'avoir mis le feu à des broussailles a été arrêté.", "fr").riot_act
    assert _cues("Des jeunes ont mis le feu à des poubelles.", "fr").riot_act


def test_a_wildfire_story_codes_only_its_demonstration(analyze: Analyze) -> None:
    text = (
        "Portugal : les incendies ravagent l'Algarve\n\n"
        "Deux incendies font rage depuis jeudi en Algarve. Plus de 5 000 hectares ont brûlé, selon la protection "
        "civile, et des bombardiers d'eau ont été mobilisés.\n\n"
        "Un second incendie s'est déclaré vendredi près de Faro. Samedi, 300 soldats ont été déployés à Faro.\n\n"
        "Dimanche, des centaines d'habitants ont manifesté devant la mairie de Faro contre la lenteur des secours."
    )
    view = story_view(analyze, [("a", text, "2026-08-24")])
    assert [(e.event_date, e.event_type) for e in view.events] == [("2026-08-23", "Protests")]


def test_looting_after_a_disaster_is_no_demonstration(analyze: Analyze) -> None:
    text = (
        "Mozambique : après le cyclone, la colère à Beira\n\n"
        "Le cyclone a fait des dizaines de morts et détruit des milliers de maisons. Les inondations ont coupé "
        "les routes et un glissement de terrain a emporté un village.\n\n"
        "Mardi, les pillages se sont poursuivis dans le port de Beira, selon la police.\n\n"
        "Mercredi, des centaines de sinistrés ont manifesté devant la mairie de Beira."
    )
    view = story_view(analyze, [("a", text, "2026-03-12")])
    assert [(e.event_date, e.event_type) for e in view.events] == [("2026-03-11", "Protests")]


def test_a_day_that_starts_a_period_dates_no_event(analyze: Analyze) -> None:
    text = (
        "Chili : les étudiants ne désarment pas\n\n"
        "Une militante de Valparaiso n'a pas manqué une manifestation depuis le 3 mai, raconte-t-elle."
    )
    view = story_view(analyze, [("a", text, "2026-05-20")])
    assert view.events == []


def test_a_town_of_a_thing_recalled_is_not_where_the_event_is() -> None:
    sentence = "Ils ont manifesté samedi à Lima, dix jours après l'effondrement d'un pont à Cusco, dans le sud."
    spans = _recalled_spans(sentence, 0, "fr")
    assert len(spans) == 1
    assert spans[0][0] < sentence.index("Cusco") < spans[0][1]
    assert not any(a <= sentence.index("Lima") < b for a, b in spans)


def test_a_counter_rally_and_a_blocked_interchange_are_demonstrations() -> None:
    assert _cues("Le parti au pouvoir a répliqué jeudi par un contre-rassemblement à Lima.", "fr").protest
    assert _cues("Des étudiants ont bloqué pendant deux heures l'échangeur nord lundi.", "fr").protest


def test_attacks_on_army_posts_are_battles() -> None:
    battle = ("Battles", "Battles", "Armed clash")
    sentence = "Dix soldats ont été tués lors d'attaques simultanées contre deux postes de l'armée."
    assert _cues(sentence, "fr").kind() == battle
    assert _cues("Les assaillants, arrivés à moto, ont pris pour cible les positions de l'armée.", "fr").kind() == (
        battle
    )
    assert _cues("Le chef de l'assaut contre trois camps militaires a été arrêté.", "fr").kind() == battle


def test_a_clock_time_before_an_hour_is_a_clock_time() -> None:
    assert _clock_time("avant 22 h", "fr")
    assert _clock_time("après 23 heures", "fr")


def test_care_and_a_load_are_no_police_charge() -> None:
    assert not _cues("Les équipes ont pris en charge une vingtaine de blessés.", "fr").intervention
    assert _cues("La police a chargé les manifestants.", "fr").intervention
