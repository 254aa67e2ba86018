"""Events, fourteenth round: a road blocked by its number or paralysed, armed men firing on anyone but the forces,
armed men's attack amid a disaster, a neighbourhood's event in its town, a region by its own name, a region's
riot with that day's riot, a relative clause's own day, gatherings that are no demonstration, a crush as an
accident, a road between two towns, an offensive's start recalled, a storming that kills, a prison attacked.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import (
    Evidence,
    _bucket_type,
    _cues,
    _days_of_the_event_clause,
    _fold_regions,
    _Item,
    _neighbourhood,
    _region_by_its_name,
)
from recoupe.link.places import gazetteer
from recoupe.model import Timex

PROTEST = ("unrest", "Protests", "Peaceful protest")
ATTACK = ("Violence against civilians", "Violence against civilians", "Attack")
BATTLE = ("Battles", "Battles", "Armed clash")


def test_a_road_blocked_by_its_number_or_paralysed_is_a_demonstration() -> None:
    for sentence in (
        "Mardi, une centaine de chauffeurs de taxi ont bloqué durant toute la matinée la RN 2 à l'entrée de la ville.",
        "Des pêcheurs en colère ont paralysé pendant près de trois heures le pont principal du port.",
        "La N7 a été bloquée par plusieurs dizaines de viticulteurs jeudi.",
        "Des étudiants bloquent depuis l'aube la BR-101 pour dénoncer la hausse des frais.",
        "Le barrage de la D 906 a été levé dans la nuit.",
        "Les éleveurs ont levé le camp après six jours d'occupation de la rocade.",
    ):
        assert _cues(sentence, "fr").kind() == PROTEST, sentence
    assert _cues("Le barrage de la rivière a cédé dans la nuit.", "fr").kind() is None  # a dam


def test_armed_men_firing_on_anyone_but_the_forces_attack_civilians() -> None:
    for sentence in (
        "Des hommes armés ont ouvert le feu sur une ambulance à la sortie du village.",
        "Deux tireurs cagoulés ont ouvert le feu contre un minibus de passagers.",
        "Selon la police, des individus armés, arrivés à bord d'un pick-up, avaient ouvert le feu sur un bar.",
    ):
        assert _cues(sentence, "fr").kind() == ATTACK, sentence
    forces = _cues("Des hommes armés ont ouvert le feu sur une patrouille de gendarmes.", "fr")
    assert forces.kind() != ATTACK


def test_armed_men_s_attack_amid_a_flood_is_coded_in_its_town(analyze: Analyze) -> None:
    text = (
        "Inondations : la ville de Joinville toujours sous les eaux\n\n"
        "Les inondations ont fait douze morts dans l'État de Santa Catarina, et la crue du fleuve continue. "
        "À Joinville, des milliers d'habitants ont été évacués. Les secouristes fouillent les décombres.\n\n"
        "Dans la nuit de lundi à mardi, des hommes armés ont ouvert le feu sur une embarcation de secouristes "
        "dans le quartier de Boa Vista, blessant deux bénévoles."
    )
    view = story_view(analyze, [("a", text, "2025-06-11")])
    attacks = [e for e in view.events if e.sub_event_type == "Attack"]
    assert [(e.event_date, e.location) for e in attacks] == [("2025-06-09", "Joinville")]


def test_a_region_by_its_own_name_is_not_a_town_known_by_it() -> None:
    gaz = gazetteer()
    for name in ("Mato Grosso", "Jalisco", "Chiapas"):
        place = _region_by_its_name(name, gaz.resolve(name))
        assert place is not None and place.kind == "admin1" and place.name == name, name
    for town in ("Alger", "Tunis", "Québec"):  # a region's seat, or a town spelled so, keeps the name
        place = _region_by_its_name(town, gaz.resolve(town))
        assert place is not None and place.kind == "city", town


def _item(place_name: str, sentence: str) -> _Item:
    gaz = gazetteer()
    place = gaz.resolve(place_name, "FR")
    assert place is not None
    cues = _cues(sentence, "fr")
    kind = cues.kind()
    assert kind is not None
    return _Item("2025-03-04", place, cues, kind, Evidence("a", 0, len(sentence), sentence), False, "o")


def test_a_region_s_riot_goes_to_that_day_s_riot_not_its_march() -> None:
    riot = _item("Colombes", "Des voitures ont été incendiées et des vitrines brisées à Colombes.")
    march = _item("Versailles", "Quelque 2 000 personnes ont manifesté dans le calme à Versailles.")
    region = _item("Hauts-de-Seine", "Des heurts ont opposé des jeunes aux policiers, des voitures incendiées.")
    assert region.place is not None and region.place.kind in ("admin1", "admin2")
    buckets = {(p.place.geonameid, "2025-03-04", "unrest"): [p] for p in (riot, march, region) if p.place is not None}
    assert _bucket_type("unrest", [region]) == "Riots"
    region_key = (region.place.geonameid, "2025-03-04", "unrest")
    _fold_regions(buckets)
    assert riot.place is not None
    assert region_key not in buckets
    assert len(buckets[(riot.place.geonameid, "2025-03-04", "unrest")]) == 2


def test_a_relative_clause_keeps_its_day_from_the_main_clause() -> None:
    sentence = "À Rennes, où les syndicats avaient lancé la grève lundi, des voitures ont été incendiées mardi soir."
    monday, tuesday = sentence.index("lundi"), sentence.index("mardi")
    said = [
        Timex(monday, monday + 5, "lundi", "2025-03-03"),
        Timex(tuesday, tuesday + 5, "mardi", "2025-03-04"),
    ]
    days = _days_of_the_event_clause(sentence, 0, said, ["2025-03-03", "2025-03-04"], "fr")
    assert days == ["2025-03-04"]


def test_a_gathering_for_worship_or_a_procession_is_no_demonstration() -> None:
    for sentence in (
        "Des milliers de personnes ont pris part dimanche à un rassemblement religieux près du fleuve.",
        "Le gouvernement veut mieux encadrer les grands rassemblements de prière.",
        "La foule s'est pressée pour voir passer son cortège.",
        "Le cortège présidentiel a traversé la ville sous les applaudissements.",
    ):
        assert _cues(sentence, "fr").kind() is None, sentence
    assert _cues("Un rassemblement a réuni 300 personnes devant la mairie.", "fr").kind() == PROTEST


def test_a_crush_in_a_crowd_is_an_accident(analyze: Analyze) -> None:
    text = (
        "Au moins 40 morts dans une bousculade lors d'un pèlerinage\n\n"
        "La bousculade s'est produite samedi à l'entrée du sanctuaire, lors d'un rassemblement religieux qui "
        "réunissait des dizaines de milliers de fidèles. Un mouvement de foule a suivi l'effondrement d'une "
        "barrière. Le principal organisateur du rassemblement religieux a été arrêté dimanche."
    )
    view = story_view(analyze, [("a", text, "2025-07-07")])
    assert view.events == []


def test_a_road_between_two_towns_places_the_event_at_neither() -> None:
    text = "Des habitants ont bloqué la route nationale entre Bouaké et Korhogo, à hauteur de Niakara."
    assert _neighbourhood(text, 0, text.index("Bouaké"), "fr")
    assert _neighbourhood(text, 0, text.index("Korhogo"), "fr")
    assert not _neighbourhood(text, 0, text.index("Niakara"), "fr")


def test_an_offensive_s_start_recalled_is_no_battle() -> None:
    for sentence in (
        "Plus de 5 000 familles ont fui la ville depuis le début de l'offensive, selon l'ONU.",
        "Onze jours après le début des combats, les écoles restent fermées.",
    ):
        assert _cues(sentence, "fr").kind() is None, sentence
    assert _cues("L'armée a lancé jeudi une offensive contre les rebelles.", "fr").kind() == BATTLE
    # a start the sentence dates is that day's event
    dated = _cues("Des centaines de personnes ont été interpellées depuis le début des manifestations, le 3 mai.", "fr")
    assert dated.kind() is not None and dated.kind()[0] == "unrest"


def test_armed_men_storming_and_killing_attack_the_people() -> None:
    stormed = _cues(
        "Au moins 12 morts, lorsque des dizaines d'hommes armés ont pris d'assaut le marché de la ville.", "fr"
    )
    assert stormed.kind() == ATTACK
    looted = _cues("Des hommes armés ont pris d'assaut le marché et pillé les boutiques.", "fr")
    assert looted.kind() == ("Looting/property destruction", "Strategic developments", "Looting/property destruction")
    for sentence in (
        "Neuf personnes ont été tuées vendredi lors de l'attaque d'un quartier de la ville par un gang.",
        "Le bilan de l'attaque du marché par des hommes armés s'élève à sept morts.",
    ):
        assert _cues(sentence, "fr").kind() == ATTACK, sentence


def test_armed_men_attacking_a_prison_fight_its_guards() -> None:
    for sentence in (
        "Des hommes armés ont attaqué la prison de la ville, libérant des centaines de détenus.",
        "Des assaillants ont pris d'assaut la maison d'arrêt dans la nuit.",
    ):
        assert _cues(sentence, "fr").kind() == BATTLE, sentence


def test_some_neighbourhood_of_a_town_names_the_town() -> None:
    text = "Huit personnes ont été tuées lors de l'attaque d'un quartier de Bambari."
    assert not _neighbourhood(text, 0, text.index("Bambari"), "fr")
    named = "Des tirs ont visé les quartiers de Lakouanga et de Boy-Rabe."
    assert _neighbourhood(named, 0, named.index("Lakouanga"), "fr")
    assert _neighbourhood(named, 0, named.index("Boy-Rabe"), "fr")
