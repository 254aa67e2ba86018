"""Time expressions, eleventh round: ``sous quinzaine``, the n-th weekday of this or next month, a part of a day
of the month alone, a century's edge without ``siècle``, a year written ``'33``, a road's number, the first
light of the day. Invented French phrases; the publication date is given with each."""

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
        # within eight or fifteen days: the deadline's last day
        (
            "Le tribunal statuera sous quinzaine sur la demande du maire.",
            "2030-03-06",
            {"sous quinzaine": "2030-03-21"},
        ),
        ("La préfecture répondra sous huitaine.", "2030-03-06", {"sous huitaine": "2030-03-14"}),
        ("Une quinzaine de manifestants étaient présents.", "2030-03-06", {}),
        # the n-th weekday of this month or of the next
        (
            "Le conseil municipal se réunira le premier lundi du mois prochain.",
            "2030-03-06",
            {"le premier lundi du mois prochain": "2030-04-01"},
        ),
        (
            "La braderie a eu lieu le dernier samedi du mois dernier.",
            "2030-03-06",
            {"le dernier samedi du mois dernier": "2030-02-23"},
        ),
        # a part of a day of the month the text is in
        (
            "Le 5 mars, la crue a commencé. Dans la soirée du 6, la digue a cédé.",
            "2030-03-09",
            {"Le 5 mars": "2030-03-05", "Dans la soirée du 6": "2030-03-06TEV"},
        ),
        # a century's edge, ``siècle`` left out at the end of the phrase
        (
            "Le château, bâti au XVe siècle, a été agrandi au début du XVIIIe.",
            "2030-03-06",
            {"au XVe siècle": "14", "début du XVIIIe": "17"},
        ),
        ("Le lycée est situé à la fin du XIe arrondissement.", "2030-03-06", {}),
        # a year after an apostrophe
        ("La ligne devrait ouvrir en '33, selon la région.", "2031-05-12", {"en '33": "2033"}),
        # a road's number is no year
        ("Un poids lourd s'est couché sur la D 2031 près de Vitré.", "2031-05-12", {}),
        ("L'accident a eu lieu sur l'A 1990, en direction de Lyon.", "2031-05-12", {}),
        # the first light of the day is its morning
        (
            "Les sauveteurs ont repris les recherches aux premières lueurs du jour.",
            "2031-05-12",
            {"aux premières lueurs du jour": "2031-05-12TMO"},
        ),
        # the n-th day of an event is the day of the clause it dates; not the n-th day of a calendar's unit
        (
            "Au cinquième jour de la grève, les raffineries de Donges restent à l'arrêt.",
            "2031-05-16",
            {"Au cinquième jour de la grève": "2031-05-16"},
        ),
        (
            "Une rue déserte de Kaolack, le 14 mai 2031, au deuxième jour du couvre-feu.",
            "2031-05-16",
            {"le 14 mai 2031": "2031-05-14", "au deuxième jour du couvre-feu": "2031-05-14"},
        ),
        ("Au premier jour de l'année, la neige tombait.", "2031-05-16", {"Au premier jour de l'année": "2031-01-01"}),
        # days after an event told in the present: the day of writing, as every news set annotates such a lead
        # (round 13; the day is the writing day's, so it dates the clause's figures as an undated clause is)
        (
            "Quatre jours après l'éboulement, la préfecture maintient son bilan.",
            "2031-05-16",
            {"Quatre jours après": "2031-05-16"},
        ),
        (
            "Au deuxième jour de leur grève, les dockers bloquent le port.",
            "2031-05-16",
            {"Au deuxième jour de leur grève": "2031-05-16"},
        ),
        # a month a state runs since has begun: never the coming one
        ("Depuis janvier, 212 migrants ont péri en mer.", "2031-12-28", {"Depuis janvier": "2031-01"}),
        # a conditional the parser tags as an imperfect still looks ahead
        (
            "Les pompiers ont prévenu que le danger resterait « maximal » ce week-end.",
            "2031-05-16",
            {"ce week-end": "2031-W20-WE"},
        ),
        ("Le danger restait maximal ce week-end.", "2031-05-16", {"ce week-end": "2031-W19-WE"}),
    ],
)
def test_eleventh_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected


def test_a_byline_date_is_not_the_day_the_story_tells(analyze: Analyze) -> None:
    text = (
        "Par Anne Leroy\nPublié le 04/05/2031 à 18:05, mis à jour le 04/05/2031 à 19:40\n\n"
        "Marc n'a pas manqué un rassemblement depuis le 12 avril. Ce jour-là, sa sœur a été blessée "
        "devant la mairie. Deux jours plus tard, elle quittait l'hôpital."
    )
    found = values(analyze(text, published="2031-05-04"))
    assert found["Ce jour-là"] == "2031-04-12"
    assert found["Deux jours plus tard"] == "2031-04-14"
