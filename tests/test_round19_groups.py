"""Claim groups, nineteenth round: the headline below a site's navigation trail sets its article's place; a
march day's injured, revised the next day without a day, are one count. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest import Article
from recoupe.link.claims import group_claims, headline_line
from recoupe.model import ClaimGroup


def _one_story(analyzer: Analyzer, *articles: tuple[str, str, str]) -> list[ClaimGroup]:
    """The claim groups of articles ``(id, text, published)`` told as one story (whatever the clustering)."""
    records = [Article(id=doc, text=text, published=published, outlet=doc) for doc, text, published in articles]
    analyses = [analyzer.analyze(a) for a in records]
    return group_claims(analyses, {a.id: "s" for a in records}, [], {a.id: a.text for a in records})


def _with(groups: list[ClaimGroup], category: str, values: set[int]) -> list[ClaimGroup]:
    return [g for g in groups if g.category == category and values <= {r.value for r in g.reports}]


# --- the headline under a navigation trail


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Accueil > Monde > Afrique\n\nGrève à Dakar : les enseignants dans la rue\n\nCorps.", "Grève à Dakar"),
        ("Info » International » Asie\nSéisme à Sendai\nCorps du texte.", "Séisme à Sendai"),
        ("Inondations à Valence : la colère monte\n\nCorps du texte.", "Inondations à Valence"),
    ],
)
def test_the_headline_is_the_line_under_the_trail(text: str, headline: str) -> None:
    """The page's path of rubrics is no headline: the title is the next line that holds words."""
    line = headline_line(text)
    assert line is not None
    assert text[line[0] : line[1]].startswith(headline)


@pytest.mark.parametrize(
    "text",
    [
        # a first line that is a paragraph: it ends on a full stop
        "Des milliers de personnes ont défilé samedi à Rennes contre la fermeture de la maternité.\n\nSuite.",
        # a trail and nothing under it
        "Accueil > Monde > Europe",
        # a trail, then a paragraph
        "Accueil > Monde > Europe\n\nLes manifestants se sont dispersés dans le calme vers 22 heures.\nSuite.",
        # no line at all
        "",
    ],
)
def test_no_headline(text: str) -> None:
    assert headline_line(text) is None


def test_an_unplaced_crowd_joins_the_town_the_headline_under_the_trail_names(analyzer: Analyzer) -> None:
    """``La police a compté 4 000 participants``, in an article titled on Cluj under its site's trail, counts
    the march in Cluj, as a later article's figure placed there does."""
    first = (
        "Info > Monde > Europe\n\nRoumanie : des milliers de manifestants à Cluj contre la réforme des retraites\n\n"
        "Ils étaient des milliers, samedi, à défiler dans le centre-ville. La police a compté 4 000 participants, "
        "les syndicats 9 000. À Iași, quelques centaines de personnes se sont rassemblées devant la préfecture."
    )
    later = (
        "Retraites : la mobilisation ne faiblit pas\n\nSamedi, 4 000 manifestants ont défilé à Cluj selon la "
        "police, et 300 à Iași."
    )
    groups = _one_story(analyzer, ("a", first, "2026-03-08"), ("b", later, "2026-03-09"))
    cluj = _with(groups, "participants", {4000, 9000})
    assert cluj and cluj[0].place == "Cluj"
    assert not _with(groups, "participants", {9000, 300})


def test_a_trail_without_a_town_under_it_places_nothing(analyzer: Analyzer) -> None:
    """Under the trail, a headline naming only the country, a body naming two towns: the unplaced figures stay
    apart from either town's."""
    first = (
        "Accueil > Monde > Europe\n\nRoumanie : la mobilisation contre la réforme s'étend\n\n"
        "La police a compté 4 000 participants, les syndicats 9 000. À Iași, 300 personnes se sont rassemblées. "
        "À Brașov, 200 personnes ont défilé."
    )
    groups = _one_story(analyzer, ("a", first, "2026-03-08"))
    assert not _with(groups, "participants", {300, 9000})
    assert not _with(groups, "participants", {200, 9000})


# --- a march day's injured revised the next day


def test_a_day_count_of_injured_police_revised_the_next_day_is_one_group(analyzer: Analyzer) -> None:
    """``Deux policiers ont été blessés`` in the march day's article, ``sept policiers blessés`` the next day: the
    revision has no day of its own, and the story dates only that one march."""
    first = (
        "Manifestation contre la loi sur l'eau\n\nSamedi, 5 000 personnes ont défilé à Nantes, selon la police. "
        "En fin de cortège, des heurts ont éclaté et deux policiers ont été blessés, selon la préfecture."
    )
    later = (
        "Loi sur l'eau : le bilan des heurts revu\n\nLe ministère de l'Intérieur a fait état de sept policiers blessés."
    )
    groups = _one_story(analyzer, ("a", first, "2026-06-13"), ("b", later, "2026-06-14"))
    assert _with(groups, "injured", {2, 7})


def test_injured_counted_days_later_stay_apart_from_the_day_s(analyzer: Analyzer) -> None:
    """A count given four days after the march may hold later days' injured: two groups."""
    first = (
        "Manifestation contre la loi sur l'eau\n\nSamedi, 5 000 personnes ont défilé à Nantes, selon la police. "
        "En fin de cortège, des heurts ont éclaté et deux policiers ont été blessés, selon la préfecture."
    )
    later = (
        "Loi sur l'eau : le bilan des heurts revu\n\nLe ministère de l'Intérieur a fait état de sept policiers blessés."
    )
    groups = _one_story(analyzer, ("a", first, "2026-06-13"), ("b", later, "2026-06-17"))
    assert not _with(groups, "injured", {2, 7})


def test_a_nationwide_count_of_injured_is_not_the_day_s(analyzer: Analyzer) -> None:
    """The next day's count for the whole country counts more than the one march's: it does not join the day's
    injured as their revision."""
    first = (
        "Manifestation contre la loi sur l'eau\n\nSamedi, 5 000 personnes ont défilé à Nantes, selon la police. "
        "En fin de cortège, des heurts ont éclaté et deux policiers ont été blessés, selon la préfecture."
    )
    later = (
        "Loi sur l'eau : le bilan national\n\nLe ministère de l'Intérieur a fait état de 31 policiers blessés dans "
        "toute la France."
    )
    groups = _one_story(analyzer, ("a", first, "2026-06-13"), ("b", later, "2026-06-14"))
    assert not _with(groups, "injured", {2, 31})


# --- a kind's unplaced toll and the story's one toll of everyone, placed


def test_a_kind_s_unplaced_toll_joins_the_story_s_placed_toll(analyzer: Analyzer) -> None:
    """``Quinze ouvriers ont péri`` names no place; the story's one toll of everyone is placed in the town
    (``Douze personnes ont été tuées jeudi à Sfax``): one rising toll, one group."""
    first = (
        "Explosion dans une usine de Sfax\n\nDouze personnes ont été tuées jeudi à Sfax dans l'explosion d'un "
        "réservoir, selon la protection civile."
    )
    later = (
        "Explosion de Sfax : le bilan s'alourdit\n\nQuinze ouvriers ont péri dans l'explosion, selon la "
        "protection civile."
    )
    groups = _one_story(analyzer, ("a", first, "2026-02-05"), ("b", later, "2026-02-06"))
    assert _with(groups, "killed", {12, 15})


def test_a_kind_s_toll_given_apart_from_everyone_s_stays_apart(analyzer: Analyzer) -> None:
    """An article that gives both, each its own figure, counts the workers as a part of everyone: two groups."""
    first = (
        "Explosion dans une usine de Sfax\n\nDouze personnes ont été tuées jeudi à Sfax dans l'explosion d'un "
        "réservoir, selon la protection civile."
    )
    later = (
        "Explosion de Sfax : le bilan s'alourdit\n\nVingt-deux personnes sont mortes, selon la protection civile. "
        "Quinze ouvriers ont péri dans l'atelier, les autres dans la rue."
    )
    groups = _one_story(analyzer, ("a", first, "2026-02-05"), ("b", later, "2026-02-06"))
    assert not _with(groups, "killed", {22, 15})
