"""Time expressions, fourteenth round: sayings and everyday names for parts of the day (``dès potron-minet``,
``entre chien et loup``, ``au chant du coq``, ``à la nuit close``, ``pendant la pause déjeuner``, ``cet aprèm``);
a part of the day with its day right after it (``au lever du jour samedi``, ``aux premières heures de ce
jeudi``); dawn or dusk of something else than a day (a figure of speech); a feast a count leads up to (``à
quelques jours de Noël``) and Trinity Sunday; ordinals written ``2ème``; a forecast's halves of a week; every
other weekend, every end of month, ``tlj``; a round count with an adjective after ``il y a``; quarters of a
century; the half of a century; the strokes of midnight; an age after ``l'âge de``. Invented French phrases;
the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # sayings for the day's edges: their part of the day, on the day the text is on
        ("Les pêcheurs ont pris la mer dès potron-minet.", "2034-05-10", {"dès potron-minet": "2034-05-10TMO"}),
        ("Les maraîchers s'installent de bon matin sur la place.", "2034-05-10", {"de bon matin": "2034-05-10TMO"}),
        (
            "Le cambrioleur a été surpris entre chien et loup par un voisin.",
            "2034-05-10",
            {"entre chien et loup": "2034-05-10TEV"},
        ),
        (
            "Les policiers ont frappé à la porte au chant du coq, jeudi, à Brest.",
            "2034-05-12",
            {"au chant du coq": "2034-05-11TMO", "jeudi": "2034-05-11"},
        ),
        (
            "Les fouilles ont repris à la nuit close, lundi, dans la forêt.",
            "2034-05-10",
            {"à la nuit close": "2034-05-08TEV", "lundi": "2034-05-08"},
        ),
        # hours a report names by what they are
        (
            "La canicule culminera aux heures les plus chaudes de la journée dans la vallée du Rhône.",
            "2034-07-20",
            {"aux heures les plus chaudes de la journée": "2034-07-20TAF"},
        ),
        # a standing rule, every day: no afternoon in particular
        ("Le parc ferme ses allées aux heures les plus chaudes.", "2034-07-20", {}),
        (
            "Le Sénat a voté le budget mardi à une heure avancée de la nuit.",
            "2034-12-07",
            {"mardi": "2034-12-05", "à une heure avancée de la nuit": "2034-12-05TNI"},
        ),
        ("Le verdict est attendu d'ici la mi-journée.", "2034-05-10", {"d'ici la mi-journée": "2034-05-10TMI"}),
        # breaks and drinks name their part of the day as meals do, on the day the sentence names
        (
            "Les infirmières se rassembleront jeudi pendant la pause déjeuner devant l'hôpital.",
            "2034-05-10",
            {"jeudi": "2034-05-11", "pendant la pause déjeuner": "2034-05-11TMI"},
        ),
        (
            "Le conseil municipal se réunira vendredi ; les habitants sont invités dès l'heure de l'apéritif.",
            "2034-05-10",
            {"vendredi": "2034-05-12", "dès l'heure de l'apéritif": "2034-05-12TEV"},
        ),
        ("On se retrouve cet aprèm au local.", "2034-05-10", {"cet aprèm": "2034-05-10TAF"}),
        # a part of the day with its day right after it is that day's
        (
            "Les chutes de neige se poursuivront jusqu'au lever du jour dimanche dans le Jura.",
            "2034-01-12",
            {"jusqu'au lever du jour": "2034-01-15TMO", "dimanche": "2034-01-15"},
        ),
        (
            "Le trafic restera perturbé en début de matinée demain sur la ligne.",
            "2034-01-12",
            {"en début de matinée": "2034-01-13TMO", "demain": "2034-01-13"},
        ),
        (
            "Les premiers électeurs se sont présentés aux premières heures de ce dimanche.",
            "2034-01-15",
            {"aux premières heures": "2034-01-15TMO", "ce dimanche": "2034-01-15"},
        ),
        (
            "La gare a été évacuée aux premières heures du 2 janvier.",
            "2034-01-15",
            {"aux premières heures": "2034-01-02TMO", "du 2 janvier": "2034-01-02"},
        ),
        # dawn or dusk of something else than a day is a figure of speech
        ("À l'aube de sa carrière, le chanteur jouait dans les bals.", "2034-01-15", {}),
        ("Au crépuscule de son règne, le roi se méfiait de tous.", "2034-01-15", {}),
        (
            "Le port a été bombardé à l'aube de mardi.",
            "2034-01-15",
            {"à l'aube": "2034-01-10TMO", "mardi": "2034-01-10"},
        ),
        ("Les chasseurs partent à l'aube, quand la brume se lève.", "2034-01-15", {"à l'aube": "2034-01-15TMO"}),
        # a feast a count leads up to is a date; Trinity Sunday by its full name
        (
            "À deux semaines de Noël, les commerçants craignent une saison morose.",
            "2034-12-11",
            {"À deux semaines de Noël": "2034-12-25"},
        ),
        (
            "Le marché sera inauguré samedi, à quelques jours de la Sainte-Catherine.",
            "2034-11-20",
            {"samedi": "2034-11-25", "à quelques jours de la Sainte-Catherine": "2034-11-25"},
        ),
        (
            "La procession aura lieu le dimanche de la Trinité.",
            "2034-05-10",
            {"le dimanche de la Trinité": "2034-06-04"},
        ),
        ("Il a longtemps vécu à Trinité-et-Tobago.", "2034-05-10", {}),
        # ordinals written with ``ème``
        ("Le vide-greniers a lieu le 3ème dimanche de juin.", "2034-05-10", {"le 3ème dimanche de juin": "2034-06-18"}),
        ("Les résultats tombent la 2ème semaine de juillet.", "2034-05-10", {"la 2ème semaine de juillet": "2034-W28"}),
        # a forecast's halves of a week or a year
        (
            "Le temps se dégradera en seconde partie de semaine sur la Bretagne.",
            "2034-05-10",
            {"en seconde partie de semaine": "2034-W19"},
        ),
        (
            "Les ventes devraient rebondir en deuxième partie d'année.",
            "2034-05-10",
            {"en deuxième partie d'année": "2034"},
        ),
        ("La seconde partie du spectacle a été annulée.", "2034-05-10", {}),
        # every other weekend, every end or start of a period, the shop-window ``tlj``
        ("Les enfants dorment chez leur père un week-end sur deux.", "2034-05-10", {"un week-end sur deux": "P2W"}),
        ("Le club joue à domicile tous les deux week-ends.", "2034-05-10", {"tous les deux week-ends": "P2W"}),
        ("La mairie publie ses comptes chaque fin de mois.", "2034-05-10", {"chaque fin de mois": "P1M"}),
        ("Les stocks sont comptés toutes les fins de semaine.", "2034-05-10", {"toutes les fins de semaine": "P1W"}),
        (
            "La bibliothèque est ouverte tlj sauf le dimanche.",
            "2034-05-10",
            {"tlj": "P1D", "le dimanche": "XXXX-WXX-7"},
        ),
        # a round count with an adjective, back from today; quarters of a century
        (
            "La ferme a fermé il y a une bonne vingtaine d'années.",
            "2034-05-10",
            {"il y a une bonne vingtaine d'années": "2014"},
        ),
        (
            "Il y a une petite quinzaine de jours, le pont a cédé.",
            "2034-05-10",
            {"Il y a une petite quinzaine de jours": "2034-04-25"},
        ),
        (
            "Il y a trois quarts de siècle, le village comptait deux écoles.",
            "2034-05-10",
            {"Il y a trois quarts de siècle": "1959"},
        ),
        ("La querelle dure depuis trois quarts de siècle.", "2034-05-10", {"trois quarts de siècle": "P75Y"}),
        # a half of a century is dated by the century
        (
            "Le niveau des mers montera encore dans la seconde moitié du siècle.",
            "2034-05-10",
            {"dans la seconde moitié du siècle": "20"},
        ),
        (
            "La ville s'est industrialisée dans la première moitié du siècle dernier.",
            "2034-05-10",
            {"dans la première moitié du siècle dernier": "19"},
        ),
        # the strokes of an hour are the hour
        (
            "Le feu d'artifice partira aux douze coups de minuit.",
            "2034-12-31",
            {"aux douze coups de minuit": "2034-12-31T24:00"},
        ),
        (
            "Les cloches sonneront dès les douze coups de midi.",
            "2034-05-10",
            {"dès les douze coups de midi": "2034-05-10T12:00"},
        ),
        # an age, however it is introduced, is no length of time
        ("L'actrice est morte à l'âge de 91 ans à Nice.", "2034-05-10", {}),
        ("Il a appris le piano à l'âge de six ans.", "2034-05-10", {}),
        ("Elle a dépassé l'âge de la retraite depuis trois ans.", "2034-05-10", {"trois ans": "P3Y"}),
    ],
)
def test_fourteenth_round_kinds(analyze: Analyze, text: str, published: str, expected: dict[str, str | None]) -> None:
    assert values(analyze(text, published=published)) == expected
