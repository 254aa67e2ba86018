"""Events, thirteenth round: a village too small for the gazetteer, armed men shooting at a village's people,
a road named by its towns, another article's headline, an event named by its own date, a march mourning its dead.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _neighbourhood, _unknown_village
from recoupe.model import Entity


def test_a_village_the_gazetteer_lacks_is_the_event_s_place(analyze: Analyze) -> None:
    text = (
        "OUAGADOUGOU, 14 mars 2025 - Les violences se multiplient autour de Kaya, dans le centre-nord du "
        "Burkina Faso.\n\n"
        "Jeudi soir, des hommes armés ont ouvert le feu sur les habitants à Sambtenga, selon des rescapés."
    )
    view = story_view(analyze, [("a", text, "2025-03-14")])
    attacks = [e for e in view.events if e.sub_event_type == "Attack"]
    assert [(e.location, e.admin1, e.geo_precision) for e in attacks] == [("Sambtenga", "Centre-Nord", 2)]


def test_a_name_the_text_calls_a_village_is_one_whatever_its_tag() -> None:
    text = "Les assaillants ont frappé à Tamboura, un village de la zone de Kéra."
    start = text.index("Tamboura")
    named = Entity(start, start + len("Tamboura"), "Tamboura", "ORG", "Tamboura")
    assert _unknown_village(text, named, 0, "BF", "fr")
    bare = "Les assaillants ont frappé Tamboura Gold."  # no place word before it: a name, not a village
    assert not _unknown_village(bare, Entity(27, 35, "Tamboura", "ORG", "Tamboura"), 0, "BF", "fr")


def test_the_residents_of_a_village_act_there() -> None:
    text = "Quelque 300 habitants de Gorgadji ont bloqué la route nationale."
    start = text.index("Gorgadji")
    assert _unknown_village(text, Entity(start, start + 8, "Gorgadji", "LOC", "Gorgadji"), 0, "BF", "fr")
    known = "Quelque 300 habitants de Dori ont bloqué la route nationale."  # a town the gazetteer knows
    assert not _unknown_village(known, Entity(25, 29, "Dori", "LOC", "Dori"), 0, "BF", "fr")


def test_armed_men_shooting_at_a_village_s_people_attack_it() -> None:
    shot = _cues(
        "Les assaillants, venus à moto selon des témoins, ont ouvert le feu sur les villageois et brûlé des cases.",
        "fr",
    )
    assert shot.kind() == ("Violence against civilians", "Violence against civilians", "Attack")
    again = _cues("Dimanche, des hommes armés ont de nouveau frappé, cette fois à Tamboura.", "fr")
    assert again.kind() == ("Violence against civilians", "Violence against civilians", "Attack")


def test_a_road_named_by_its_towns_places_nothing() -> None:
    text = "Les habitants ont bloqué la route Tarija-Sucre pendant six heures."
    assert _neighbourhood(text, 0, text.index("Tarija"), "fr")
    assert not _neighbourhood("Les habitants ont manifesté à Tarija.", 0, 30, "fr")


def test_another_article_s_headline_tells_no_event(analyze: Analyze) -> None:
    text = (
        "LIMA, 3 mai 2025 - Des milliers de mineurs ont manifesté vendredi à Arequipa contre la réforme.\n\n"
        "Lire aussi : Pérou : les émeutes de la faim embrasent Cuzco\n\n"
        "Le gouvernement a promis de recevoir les syndicats lundi."
    )
    view = story_view(analyze, [("a", text, "2025-05-03")])
    assert {e.location for e in view.events} == {"Arequipa"}


def test_an_event_named_by_its_own_date_is_recalled() -> None:
    funeral = _cues("Mardi, les familles ont inhumé deux jeunes tués lors des affrontements du 4 mars.", "fr")
    assert funeral.kind() is None
    told = _cues("Mardi, deux jeunes ont été tués lors d'affrontements avec la police.", "fr")
    assert told.kind() is not None


def test_massacres_recalled_are_no_new_event() -> None:
    assert _cues("Dix jours après les massacres de la Toussaint, la région compte ses morts.", "fr").kind() is None


def test_the_deaths_a_march_mourns_are_no_force_on_it() -> None:
    mourning = _cues(
        "Samedi, des centaines de mères ont défilé en silence à Lima pour réclamer justice après la mort de "
        "manifestants tués par la police.",
        "fr",
    )
    assert mourning.kind() == ("unrest", "Protests", "Peaceful protest")
    shot = _cues("Samedi, deux manifestants ont été tués par la police lors d'une marche à Lima.", "fr")
    assert shot.kind() == ("unrest", "Protests", "Excessive force against protesters")


def test_a_count_after_an_event_naming_the_day_of_writing_dates_no_event(analyze: Analyze) -> None:
    text = (
        "NIAMEY - L'armée a annoncé mercredi des frappes aériennes. Cette annonce intervient deux jours après "
        "l'assaut contre le camp militaire de Tillabéri, dans l'ouest du pays."
    )
    view = story_view(analyze, [("a", text, "2031-11-12")])
    assert not [e for e in view.events if e.event_date == "2031-11-12" and e.sub_event_type == "Armed clash"]
