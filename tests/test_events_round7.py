"""Events, seventh round: what a later report, a subset of arrests, a region or a blockade codes.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.dossier import StoryView


def _rows(view: StoryView) -> list[tuple[str, str, str]]:
    return [(e.event_date, e.sub_event_type, e.location) for e in view.events]


def test_injuries_told_the_next_day_by_a_minister_are_the_riot_s_not_a_new_one(analyze: Analyze) -> None:
    day_one = (
        "Heurts à Lyon\n\n"
        "Des casseurs ont brisé des vitrines et incendié des voitures jeudi à Lyon, en marge de la manifestation "
        "contre la fermeture de l'hôpital."
    )
    day_two = (
        "Lyon : le bilan des heurts\n\n"
        "Onze policiers ont été blessés, a précisé vendredi matin le ministre de l'Intérieur, qui a dénoncé des "
        "violences inacceptables."
    )
    view = story_view(analyze, [("a", day_one, "2026-03-12"), ("b", day_two, "2026-03-13")])
    assert _rows(view) == [("2026-03-12", "Violent demonstration", "Lyon")]


def test_a_second_night_told_the_next_day_stays_its_own_event(analyze: Analyze) -> None:
    text = (
        "Des émeutes ont éclaté dans la nuit de lundi à mardi à Bastia, où des commerces ont été pillés.\n\n"
        "Deux personnes ont été tuées lors de la deuxième nuit d'émeutes à Bastia, a annoncé mercredi le préfet."
    )
    view = story_view(analyze, [("a", text, "2026-04-15")])
    assert [row[0] for row in _rows(view)] == ["2026-04-13", "2026-04-14"]


def test_those_still_held_are_no_arrests_of_their_own(analyze: Analyze) -> None:
    text = (
        "Des supporters ont incendié des sièges et lancé des projectiles sur les policiers samedi soir au stade de "
        "Sfax. Sur les 60 supporters arrêtés samedi soir, 25 étaient toujours en garde à vue lundi."
    )
    view = story_view(analyze, [("a", text, "2026-05-04")])
    assert [row[1] for row in _rows(view)] == ["Violent demonstration"]


def test_arrests_after_a_clash_are_its_aftermath(analyze: Analyze) -> None:
    text = (
        "Au moins neuf personnes ont été tuées lundi dans des affrontements entre éleveurs et agriculteurs près de "
        "Mopti, a annoncé mardi le gouverneur. Quinze personnes ont été interpellées depuis lundi, a indiqué le "
        "procureur."
    )
    view = story_view(analyze, [("a", text, "2026-02-03")])
    assert [row[1] for row in _rows(view)] == ["Armed clash"]


def test_a_death_the_night_after_a_clash_keeps_the_clash_s_day(analyze: Analyze) -> None:
    text = (
        "Un manifestant blessé par balle mercredi lors des heurts entre étudiants et policiers à Dakar est mort dans "
        "la nuit de mercredi à jeudi, a-t-on appris jeudi de source hospitalière."
    )
    view = story_view(analyze, [("a", text, "2026-06-11")])
    assert [row[0] for row in _rows(view)] == ["2026-06-10"]


def test_a_dated_sentence_moves_the_narrative_to_its_day(analyze: Analyze) -> None:
    text = (
        "Des milliers d'enseignants ont défilé lundi dans le calme à Abidjan contre le gel des salaires. "
        "Le mouvement s'est durci ce mardi. Des grévistes qui tenaient un sit-in devant le ministère ont été "
        "dispersés en fin de matinée à coups de gaz lacrymogène."
    )
    view = story_view(analyze, [("a", text, "2026-01-13")])
    assert _rows(view) == [
        ("2026-01-12", "Peaceful protest", "Abidjan"),
        ("2026-01-13", "Protest with intervention", "Abidjan"),
    ]


def test_a_region_named_beside_its_town_is_one_event_at_the_town(analyze: Analyze) -> None:
    text = (
        "Une frappe aérienne de l'armée a fait douze morts mardi sur un marché près de Mandalay. Le bilan de la "
        "frappe menée mardi sur le marché, dans la région de Mandalay, s'est alourdi, ont indiqué jeudi des "
        "secouristes."
    )
    view = story_view(analyze, [("a", text, "2026-07-09")])
    assert [(row[1], row[2]) for row in _rows(view)] == [("Air/drone strike", "Mandalay")]


def test_a_road_named_after_a_town_does_not_place_the_event_there(analyze: Analyze) -> None:
    text = (
        "De violents combats ont opposé lundi deux groupes armés à Gao, près de la route de Tombouctou, selon des "
        "habitants."
    )
    view = story_view(analyze, [("a", text, "2026-08-11")])
    assert {row[2] for row in _rows(view)} == {"Gao"}


def test_a_truckers_blockade_is_a_protest_and_its_clearing_an_intervention(analyze: Analyze) -> None:
    text = (
        "Les gendarmes ont évacué mardi à l'aube le barrage installé depuis lundi par les agriculteurs sur "
        "l'autoroute à l'entrée de Toulouse, à coups de gaz lacrymogène. À Agen, le blocage s'est poursuivi dans le "
        "calme toute la journée de mardi."
    )
    view = story_view(analyze, [("a", text, "2026-01-21")])
    assert set(_rows(view)) == {
        ("2026-01-20", "Protest with intervention", "Toulouse"),
        ("2026-01-20", "Peaceful protest", "Agen"),
    }


def test_a_spark_of_an_idiom_and_a_jade_mine_are_no_violence(analyze: Analyze) -> None:
    text = (
        "Des étudiants ont manifesté lundi dans le calme à Lomé. Ces arrestations ont mis le feu aux poudres. "
        "Un glissement de terrain s'est produit lundi dans une mine de jade du nord du pays."
    )
    view = story_view(analyze, [("a", text, "2026-03-03")])
    assert [row[1] for row in _rows(view)] == ["Peaceful protest"]


def test_acled_names_the_congo_and_its_army_as_its_files_do(analyze: Analyze) -> None:
    text = (
        "Des combats ont opposé lundi l'armée congolaise à des rebelles près de Butembo, dans l'est de la République "
        "démocratique du Congo, a indiqué mardi un porte-parole militaire."
    )
    view = story_view(analyze, [("a", text, "2026-03-17")])
    [event] = view.events
    assert event.country == "Democratic Republic of Congo"
    assert {event.actor1, event.actor2} & {"Military Forces of the Democratic Republic of Congo"}


def test_a_territory_the_gazetteer_lacks_does_not_place_the_attack_at_its_namesake_town(analyze: Analyze) -> None:
    text = (
        "Au moins onze civils ont été tués lundi soir dans une attaque contre un village à une vingtaine de "
        "kilomètres de Butembo, dans le territoire de Beni, a annoncé mardi l'administrateur."
    )
    view = story_view(analyze, [("a", text, "2026-03-17")])
    assert [row[2] for row in _rows(view)] == ["Butembo"]


def test_an_unlocated_clash_goes_to_the_story_s_one_town_of_violence_not_the_capital(analyze: Analyze) -> None:
    text = (
        "Au moins onze civils ont été tués lundi soir dans une attaque de rebelles à Butembo, a "
        "annoncé mardi la mairie.\n\n"
        "L'armée affirme que quatre assaillants ont été tués lors de l'accrochage de lundi soir avec ses patrouilles."
    )
    view = story_view(analyze, [("a", text, "2026-03-17")])
    assert {row[2] for row in _rows(view)} == {"Butembo"}


def test_the_day_a_spokesman_reacted_is_not_a_clash_of_its_own(analyze: Analyze) -> None:
    day_one = "Des combats ont opposé lundi l'armée à des rebelles à Butembo, dans l'est du pays."
    day_three = (
        "Quatre assaillants ont été tués lors des combats, a réagi mercredi le porte-parole de l'armée à Butembo."
    )
    view = story_view(analyze, [("a", day_one, "2026-03-16"), ("b", day_three, "2026-03-18")])
    assert [row[0] for row in _rows(view)] == ["2026-03-16"]


def test_the_clashes_after_a_town_s_sentence_are_that_town_s(analyze: Analyze) -> None:
    text = (
        "Des centaines d'agriculteurs ont bloqué mardi les accès des villes de Rennes et de Brest.\n\n"
        "À Rennes, les manifestants ont déversé du fumier devant la préfecture. Des heurts ont éclaté en fin "
        "d'après-midi avec les gendarmes, qui ont fait usage de gaz lacrymogène."
    )
    view = story_view(analyze, [("a", text, "2026-02-11")])
    assert dict((row[2], row[1]) for row in _rows(view)) == {
        "Rennes": "Violent demonstration",
        "Brest": "Peaceful protest",
    }


def test_custody_the_next_morning_does_not_move_the_night_s_riot(analyze: Analyze) -> None:
    text = (
        "Mardi, quelque 400 pêcheurs ont manifesté à Sète contre le prix du gazole. Six personnes ont été "
        "interpellées. Quatre d'entre elles ont été placées en garde à vue mercredi matin, a indiqué le parquet. "
        "La porte de la sous-préfecture a été incendiée."
    )
    view = story_view(analyze, [("a", text, "2026-09-23")])
    assert [row[0] for row in _rows(view)] == ["2026-09-22"]
