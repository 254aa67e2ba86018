"""Events, seventeenth round: the dead of a disaster or an accident (a flood, a capsizing, a building that
falls) are not the toll of the demonstrations or riots it sparks, even when the story is coded for those.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

import pytest

from event_helpers import Analyze, story_view
from recoupe.link.events import _patterns, _says
from recoupe.link.text import fold


def _names_a_disaster(sentence: str) -> bool:
    return bool(_patterns("fr")["NOT_CODED"].search(fold(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "L'effondrement de la toiture d'une école a fait neuf morts mardi à Kisangani.",
        "Douze personnes sont mortes dans l'effondrement du mur d'un stade, selon les secours.",
        "Le bilan de l'effondrement de la marquise du marché est passé à sept morts.",
        "Après l'effondrement d'une grue sur un chantier, quatre ouvriers ont péri.",
        "Au moins 23 passagers ont péri dans le naufrage d'une pirogue sur le fleuve.",
        "Les inondations ont fait 40 morts dans la province, selon le gouverneur.",
    ],
)
def test_a_collapse_or_a_disaster_toll_names_a_disaster(sentence: str) -> None:
    assert _names_a_disaster(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "L'effondrement du régime a surpris les diplomates.",
        "Deux manifestants ont été tués par balle lors de la dispersion du cortège.",
        "Les émeutiers ont incendié la mairie et pillé deux banques.",
    ],
)
def test_a_fall_of_a_regime_or_a_riot_s_toll_is_no_disaster(sentence: str) -> None:
    assert not _names_a_disaster(sentence)


def test_a_capsizing_s_dead_are_not_the_riot_s(analyze: Analyze) -> None:
    text = (
        "Colère à Kalemie après un naufrage\n\n"
        "Au moins 27 personnes ont péri dans le naufrage d'une baleinière sur le lac Tanganyika, a annoncé "
        "lundi le gouverneur.\n\n"
        "Lundi, des centaines de jeunes en colère ont saccagé et incendié le bureau du port de Kalemie, qu'ils "
        "accusent d'avoir laissé partir le bateau surchargé. La police a tiré des gaz lacrymogènes pour les "
        "disperser. Les émeutiers ont aussi pillé deux boutiques et dressé des barricades."
    )
    view = story_view(analyze, [("a", text, "2026-03-10")])
    riots = [e for e in view.events if e.event_type == "Riots"]
    assert riots and all(e.fatalities == 0 for e in riots)


def test_a_flood_s_toll_stays_out_of_the_march_that_follows(analyze: Analyze) -> None:
    text = (
        "Inondations : la colère gronde à Saint-Louis\n\n"
        "Les inondations qui ont frappé la région ont fait 64 morts, selon le dernier bilan officiel.\n\n"
        "Samedi, des milliers de manifestants ont affronté la police devant le siège du gouvernorat de Saint-Louis, "
        "incendiant des pneus et jetant des pierres sur les policiers, qui ont riposté à coups de gaz lacrymogène."
    )
    view = story_view(analyze, [("a", text, "2026-09-14")])
    unrest = [e for e in view.events if e.event_type in ("Riots", "Protests")]
    assert unrest and all(e.fatalities == 0 for e in unrest)


def test_a_collapse_s_dead_are_not_the_riot_s(analyze: Analyze) -> None:
    text = (
        "Colère à Bukama après un effondrement\n\n"
        "L'effondrement du toit d'une église a fait onze morts dimanche à Bukama, en RD Congo, selon les autorités.\n\n"
        "Mardi, des centaines de jeunes ont incendié la mairie de Bukama et jeté des pierres sur les policiers, qui "
        "ont tiré des gaz lacrymogènes."
    )
    view = story_view(analyze, [("a", text, "2026-07-08")])
    riots = [e for e in view.events if e.event_type == "Riots"]
    assert riots and all(e.fatalities == 0 for e in riots)


def test_a_riot_s_own_dead_still_count(analyze: Analyze) -> None:
    text = (
        "Kenya : heurts meurtriers à Nakuru\n\n"
        "Des manifestants ont incendié des pneus et jeté des pierres sur les policiers mardi à Nakuru. Trois "
        "manifestants ont été tués par balle lors des heurts, selon la police locale."
    )
    view = story_view(analyze, [("a", text, "2026-07-08")])
    riots = [e for e in view.events if e.event_type == "Riots"]
    assert riots and max(e.fatalities for e in riots) == 3


def _fatalities_by_day(analyze: Analyze, articles: list[tuple[str, str]]) -> dict[str, int]:
    view = story_view(analyze, [(f"d{n}", text, published) for n, (text, published) in enumerate(articles)])
    return {e.event_date: e.fatalities for e in view.events if e.event_type == "Riots"}


@pytest.mark.parametrize(
    ("articles", "day", "dead"),
    [
        (
            [
                (
                    "Sénégal : heurts à Ziguinchor\n\nDeux personnes ont été tuées par balle lundi à Ziguinchor lors "
                    "de heurts entre la police et des jeunes qui incendiaient des pneus, selon l'hôpital régional.",
                    "2026-08-11",
                ),
                (
                    "Sénégal : la colère ne retombe pas\n\nMercredi, de nouveaux heurts ont éclaté à Ziguinchor, où "
                    "des émeutiers ont saccagé la mairie et affronté la police. Le bilan s'élève désormais à cinq "
                    "morts à Ziguinchor depuis lundi, selon l'hôpital régional.",
                    "2026-08-13",
                ),
            ],
            "2026-08-10",
            2,
        ),
        (
            [
                (
                    "Guinée : Conakry s'embrase\n\nQuatre personnes ont été tuées mardi à Conakry lors "
                    "d'affrontements entre la police et des jeunes qui incendiaient des pneus, selon l'opposition.",
                    "2026-08-12",
                ),
                (
                    "Guinée : nouvelles violences\n\nJeudi, des émeutiers ont pillé des boutiques et jeté des "
                    "pierres sur les policiers à Conakry. Selon l'opposition, neuf personnes ont été tuées à Conakry "
                    "depuis le début du mouvement.",
                    "2026-08-14",
                ),
            ],
            "2026-08-11",
            4,
        ),
        (
            [
                (
                    "Bolivie : heurts à El Alto\n\nTrois personnes ont été tuées lundi à El Alto lors de heurts entre "
                    "la police et des mineurs qui lançaient des bâtons de dynamite.",
                    "2026-08-11",
                ),
                (
                    "Bolivie : El Alto s'embrase\n\nMardi, les affrontements entre la police et les mineurs ont repris "
                    "à El Alto, où des barricades ont été incendiées. Huit personnes ont été tuées à El Alto en deux "
                    "jours, selon le médiateur.",
                    "2026-08-12",
                ),
            ],
            "2026-08-10",
            3,
        ),
    ],
)
def test_a_tally_since_a_start_is_not_the_first_day_s_toll(
    analyze: Analyze, articles: list[tuple[str, str]], day: str, dead: int
) -> None:
    assert _fatalities_by_day(analyze, articles)[day] == dead


@pytest.mark.parametrize(
    "text",
    [
        "Ghana : heurts meurtriers dans plusieurs villes\n\nAu moins six personnes ont été tuées lundi au Ghana "
        "lors de manifestations contre la hausse des prix. À Kumasi, des émeutiers ont incendié des pneus et jeté "
        "des pierres sur les policiers. À Tamale, des jeunes ont saccagé la préfecture et affronté la police.",
        "Colère au Ghana\n\nAu Ghana, six personnes ont été tuées lundi, selon la police, lors d'une journée "
        "d'émeutes. À Kumasi, des jeunes ont incendié des pneus et jeté des pierres sur les policiers. À Tamale, des "
        "émeutiers ont saccagé la mairie et affronté la police.",
    ],
)
def test_a_country_s_toll_is_no_town_s_when_several_towns_rioted(analyze: Analyze, text: str) -> None:
    view = story_view(analyze, [("a", text, "2026-08-11")])
    riots = [e for e in view.events if e.event_type == "Riots"]
    assert len({e.location for e in riots}) > 1 and all(e.fatalities == 0 for e in riots)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ce qui porte à neuf le nombre de morts à Bouaké depuis le 2 mars.",
        "Au moins 30 personnes ont été tuées depuis le début des affrontements, selon l'ONU.",
        "Le parti dénombre douze morts depuis la proclamation des résultats.",
        "Quinze personnes ont perdu la vie en trois jours, d'après l'hôpital.",
        "Six gendarmes auraient été tués lors des heurts des 7 et 8 avril.",
        "Le bilan des violences du 3 au 6 mai s'élève à vingt morts.",
    ],
)
def test_a_tally_over_several_days_is_recognised(sentence: str) -> None:
    assert _says("fr", "TALLY_SINCE", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deux manifestants ont été tués lundi à Bouaké.",
        "Le 3 mai, quatre personnes ont péri dans l'attaque du marché.",
        "Depuis l'hôpital, un médecin a confirmé la mort de trois blessés.",
    ],
)
def test_a_day_s_toll_is_no_tally(sentence: str) -> None:
    assert not _says("fr", "TALLY_SINCE", sentence)
