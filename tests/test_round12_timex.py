"""Time expressions, twelfth round: the Islamic feasts by their own calendar, Easter Monday as a public holiday,
a day of the month a verb dates (``sera rendu le 12``), ``le 15 prochain``, a weekday naming the date before it
(``le 4, un lundi``), ``dans l'heure``, the night of Christmas, Black Friday, the holy week, parts of a night, a
part of the day before its weekday, ``l'an 2100``, a century to come, a train's number. Invented French phrases;
the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def values(result: DocumentAnalysis) -> dict[str, str | None]:
    return {t.text: t.value for t in result.timexes}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the Islamic feasts walk eleven days a year through the calendar (Umm al-Qura)
        (
            "Les fidèles ont prié à Tunis pour l'Aïd el-Fitr.",
            "2027-03-12",
            {"pour l'Aïd el-Fitr": "2027-03-09"},
        ),
        ("La Tabaski sera célébrée à Dakar.", "2027-04-30", {"La Tabaski": "2027-05-16"}),
        ("Depuis l'Aïd, les prix du mouton ont baissé.", "2027-05-25", {"Depuis l'Aïd": "2027-05-16"}),
        ("Pendant le ramadan, les cafés ferment plus tôt.", "2027-01-20", {"Pendant le ramadan": "2027"}),
        # a first name is no feast
        ("Mouloud Kaci a été élu maire.", "2027-01-20", {}),
        # Easter Monday as the public holiday it is
        (
            "Lundi dernier, jour férié du lundi de Pâques, le marché était fermé.",
            "2029-04-05",
            {"Lundi dernier": "2029-04-02", "jour férié du lundi de Pâques": "2029-04-02"},
        ),
        # a bare day of the month dated by what happens on it
        ("Le verdict sera rendu le 12, a indiqué le greffe.", "2030-09-03", {"le 12": "2030-09-12"}),
        ("Le club a dévoilé son maillot ; le capitaine porte le 10, comme son père.", "2030-09-03", {}),
        ("Le festival s'achèvera le 15 prochain.", "2030-09-20", {"le 15 prochain": "2030-10-15"}),
        ("Le suspect a été interpellé le 2 dernier.", "2030-09-20", {"le 2 dernier": "2030-09-02"}),
        # the weekday says which day of the week the date is
        (
            "La vente avait commencé le 5, un jeudi, et se poursuit.",
            "2030-09-09",
            {"le 5": "2030-09-05", "jeudi": "2030-09-05"},
        ),
        # within the hour to come
        ("Les résultats seront connus dans l'heure.", "2030-09-09", {"dans l'heure": "2030-09-09"}),
        # the night of Christmas is the night of 24 to 25 December
        ("La messe sera célébrée la nuit de Noël.", "2030-12-10", {"la nuit de Noël": "2030-12-24TNI"}),
        # the day after Thanksgiving; the week that ends on Easter
        ("Le Black Friday devrait battre des records.", "2030-11-10", {"Black Friday": "2030-11-29"}),
        (
            "Pendant la semaine sainte, les églises seront pleines.",
            "2031-03-30",
            {"Pendant la semaine sainte": "2031-W15"},
        ),
        # the parts of a night the forecasts and reports name
        ("Au cœur de la nuit, le vent a arraché des toits.", "2030-02-03", {"Au cœur de la nuit": "2030-02-03TNI"}),
        (
            "Des orages sont attendus en seconde partie de nuit.",
            "2030-02-03",
            {"en seconde partie de nuit": "2030-02-03TNI"},
        ),
        # the part of the day before its weekday
        (
            "Les éleveurs manifesteront en fin de journée mercredi.",
            "2030-02-04",
            {"en fin de journée mercredi": "2030-02-06TEV"},
        ),
        # a year far ahead by its noun; a century to come with its noun
        ("En l'an 2100, la mer aura monté d'un mètre.", "2030-02-04", {"l'an 2100": "2100"}),
        ("Au XXIIe siècle, la côte aura changé.", "2030-02-04", {"Au XXIIe siècle": "21"}),
        # the middle of this week; the first so many months, a length; a deadline's midnight right after its day
        ("La décrue est attendue à la mi-semaine.", "2030-02-04", {"à la mi-semaine": "2030-W06"}),
        ("Les ventes ont chuté durant les six premiers mois.", "2030-02-04", {"durant les six premiers mois": "P6M"}),
        (
            "Les candidats ont jusqu'à ce soir minuit pour déposer leur dossier.",
            "2030-02-04",
            {"ce soir minuit": "2030-02-04T24:00"},
        ),
        # the first bound of a range of days by weekday and number
        (
            "Le pont s'étendra du jeudi 11 au dimanche 14.",
            "2038-11-02",
            {"du jeudi 11": "2038-11-11", "au dimanche 14": "2038-11-14"},
        ),
        # a race's time to the second is a length; a starting time to the second is a time of day
        ("Le vainqueur a couru le marathon en 2 h 05 min 12 s.", "2030-04-07", {"2 h 05 min 12 s": "PT2H5M12S"}),
        # the eve of a feast of a year the text names; another calendar's new year is not the first of January
        ("À la veille de Noël 2031, la tempête a frappé.", "2034-04-05", {"À la veille de Noël 2031": "2031-12-24"}),
        # (round 15: the day set beside it by a comma dates it)
        (
            "Samedi, jour du Nouvel An tibétain, les moines ont prié.",
            "2034-04-05",
            {"Samedi": "2034-04-01", "jour du Nouvel An tibétain": "2034-04-01"},
        ),
        # a train's number is no year
        ("Les passagers du TGV 2031 ont été évacués à Lyon.", "2030-02-04", {}),
    ],
)
def test_twelfth_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected


def test_a_day_dating_an_event_leaves_the_sentence_on_its_own_day(analyze: Analyze) -> None:
    text = (
        "Les pompiers fouillaient encore jeudi les décombres de l'immeuble effondré, un drame survenu le 2 mars. "
        "La veille, la mairie avait publié un premier bilan."
    )
    assert values(analyze(text, published="2031-03-07"))["La veille"] == "2031-03-05"
