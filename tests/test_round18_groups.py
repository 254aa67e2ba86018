"""Claim groups, eighteenth round: two general causes of one figure split by place. A figure that names no
place, in an article whose headline sets it in one town, is that town's figure when the story counts no
country; ``la capitale`` is the story's country's capital when the story names it. Invented French
sentences of other stories than any set's."""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest import Article
from recoupe.link.claims import _capital_among, _capital_owns, _navigation_line, group_claims
from recoupe.model import ClaimGroup


def _one_story(analyzer: Analyzer, *articles: tuple[str, str, str]) -> list[ClaimGroup]:
    """The claim groups of articles ``(id, text, published)`` told as one story (whatever the clustering)."""
    records = [Article(id=doc, text=text, published=published, outlet=doc) for doc, text, published in articles]
    analyses = [analyzer.analyze(a) for a in records]
    return group_claims(analyses, {a.id: "s" for a in records}, [], {a.id: a.text for a in records})


# --- a figure that names no place is the town its article's headline names


@pytest.mark.parametrize(
    ("category", "unplaced", "placed", "figures"),
    [
        # the town opens the headline; the body's figure in digits, its source after it, another town's toll
        # beside it; the later placed figure is a rival source's lower count
        (
            "killed",
            "Tanger suffoque sous la canicule\n\nAu moins 40 personnes sont mortes depuis lundi, a indiqué la "
            "fondation qui gère les morgues. À Tétouan, six personnes sont mortes de la chaleur.",
            "Canicule : la bataille des chiffres\n\nLa direction régionale de la Santé ne reconnaît que 31 morts "
            "à Tanger depuis lundi, et quatre à Tétouan.",
            {40, 31},
        ),
        # the town after a preposition in the headline; figures in words, the source first
        (
            "injured",
            "Nuit d'émeutes à Lyon après la mort d'un adolescent\n\nSelon les syndicats, vingt-cinq policiers ont "
            "été blessés au cours de la nuit. À Villeurbanne, trois policiers ont été blessés.",
            "Émeutes : le ministère minimise\n\nLe ministère de l'Intérieur fait état de dix-huit policiers "
            "blessés à Lyon durant la nuit, et de deux à Villeurbanne.",
            {25, 18},
        ),
        # a region in the headline, a count of the missing; the source in the sentence before
        (
            "missing",
            "Crues dans le Var : les recherches reprennent\n\nLes familles ont fait le point jeudi matin. Douze "
            "personnes sont toujours portées disparues. Dans les Alpes-Maritimes, deux personnes sont portées "
            "disparues.",
            "Intempéries : la préfecture revoit ses chiffres\n\nLa préfecture ne compte plus que neuf disparus "
            "dans le Var, et un dans les Alpes-Maritimes.",
            {12, 9},
        ),
    ],
)
def test_an_unplaced_figure_joins_the_town_its_headline_names(
    analyzer: Analyzer, category: str, unplaced: str, placed: str, figures: set[int]
) -> None:
    """The headline's town's figure, and a rival source's count of that town: one group, though the story
    names another town with its own toll."""
    groups = _one_story(analyzer, ("a", unplaced, "2026-07-14"), ("b", placed, "2026-07-15"))
    assert any(g.category == category and figures <= {r.value for r in g.reports} for g in groups)


@pytest.mark.parametrize(
    ("first", "later", "whole", "part"),
    [
        # words, the source after the list
        (
            "Tanger : la colère ne retombe pas\n\nCinq personnes ont été tuées jeudi, trois à Tanger et deux à "
            "Salé, selon une organisation de défense des droits humains.",
            "Heurts à Tanger\n\nTrois manifestants ont été tués jeudi à Tanger, selon la même organisation.",
            5,
            3,
        ),
        # digits, the source first, the list after a comma
        (
            "Émeutes à Lyon\n\nSelon la préfecture, 14 policiers ont été blessés dans la nuit, 9 à Lyon, 5 à "
            "Vénissieux.",
            "Lyon : nuit de violences\n\nNeuf policiers ont été blessés à Lyon dans la nuit, selon la préfecture.",
            14,
            9,
        ),
        # arrests, the verb after the whole
        (
            "Grenoble sous tension\n\nLa police a interpellé 30 personnes samedi, 18 à Grenoble et 12 à "
            "Échirolles, a annoncé le parquet.",
            "Grenoble : 18 interpellations\n\nDix-huit personnes ont été interpellées samedi à Grenoble, selon le "
            "parquet.",
            30,
            18,
        ),
    ],
)
def test_a_whole_broken_down_by_town_stays_apart_from_the_headline_town(
    analyzer: Analyzer, first: str, later: str, whole: int, part: int
) -> None:
    """``cinq personnes ont été tuées jeudi, trois à Tanger et deux à Salé``: the five are not Tanger's."""
    for group in _one_story(analyzer, ("a", first, "2026-07-17"), ("b", later, "2026-07-18")):
        assert not {whole, part} <= {r.value for r in group.reports}


@pytest.mark.parametrize(
    "line",
    ["Accueil > Monde > Afrique", "Monde » Europe » Grèce", "Actualités / International / Asie", "Home > Monde"],
)
def test_a_navigation_trail_is_no_headline(line: str) -> None:
    """A site's trail of rubrics (its last one a country or a continent) does not say where an article is set."""
    assert _navigation_line(line, "fr")


@pytest.mark.parametrize(
    "line",
    ["Grève à Lyon : 300 manifestants devant la mairie", "Incendie : 12 morts à Porto", "Séisme en Turquie"],
)
def test_a_headline_is_no_navigation_trail(line: str) -> None:
    assert not _navigation_line(line, "fr")


# --- ``la capitale`` is the story's country's capital


@pytest.mark.parametrize(
    ("names", "capital"),
    [
        (("Zambie", "Ndola", "Lusaka"), "Lusaka"),
        (("Tachkent", "Samarcande", "Ouzbékistan"), "Tachkent"),
        (("Paraguay", "Asunción", "Ciudad del Este"), "Asunción"),
    ],
)
def test_the_story_names_its_country_capital(names: tuple[str, ...], capital: str) -> None:
    assert _capital_among(names) == capital


def test_a_story_without_its_capital_names_none() -> None:
    assert _capital_among(("Zambie", "Ndola", "Kitwe")) is None


@pytest.mark.parametrize(
    ("before", "owned"),
    [
        ("une mutinerie a fait 33 morts dans la principale prison de ", True),
        ("douze blesses ont ete admis dans les hopitaux de ", True),
        ("trois mille policiers deployes dans le centre de ", False),
        ("des barricades dans les rues de ", False),
        ("112 personnes ont ete interpellees dans ", False),
    ],
)
def test_a_site_of_the_capital_is_not_the_city(before: str, owned: bool) -> None:
    """``la prison de la capitale`` counts the prison; ``le centre de la capitale`` is the city."""
    assert _capital_owns(before, "fr") is owned


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the capital's name in one article, ``la capitale`` in another that names another town after it
        (
            "Au moins 20 personnes ont été blessées mardi à Lusaka lors de heurts avec la police, selon le "
            "ministère de la Santé.",
            "Une manifestation a dégénéré mardi en Zambie. À Ndola, deux policiers ont été blessés. Selon le "
            "ministère de la Santé, 20 personnes ont été blessées dans la capitale.",
        ),
        # the phrase opens its sentence, after another town's figure of the same kind
        (
            "À Samarcande, 200 soldats ont été déployés mercredi. Dans la capitale, quelque 1 500 soldats ont été "
            "déployés jeudi, a annoncé le gouvernement ouzbek.",
            "Le gouvernement a annoncé jeudi le déploiement de 1 500 soldats à Tachkent.",
        ),
        # arrests, the source after, words in one article and digits in the other
        (
            "À Encarnación, douze manifestants ont été arrêtés mardi. Dans la capitale, la police a interpellé "
            "quarante personnes, selon un communiqué.",
            "Quarante personnes ont été interpellées mardi à Asunción, selon la police paraguayenne.",
        ),
    ],
)
def test_the_capital_joins_its_named_figure(analyzer: Analyzer, first: str, second: str) -> None:
    groups = _one_story(analyzer, ("a", first, "2026-03-03"), ("b", second, "2026-03-04"))
    categories = {g.category for g in groups if {r.doc for r in g.reports} == {"a", "b"}}
    assert categories & {"injured", "troops", "arrested"}
