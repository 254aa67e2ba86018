"""Claim groups, ninth round (a): people who left their home are displaced, not homeless; a headline's figure
the body gives once is one report even when the two name the place in wider or narrower words. Invented
French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import _may_hold, population
from recoupe.model import Article


def test_people_who_had_to_leave_their_home_are_the_displaced(analyzer: Analyzer) -> None:
    """``ont dû quitter leur logement``: the evacuated, whom ``ont été évacuées`` counts too."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Un incendie a ravagé la forêt des Landes mardi. Près de 900 personnes ont dû quitter leur logement, "
            "selon la préfecture.",
            "2026-08-04",
        ),
        (
            "b",
            "L'incendie des Landes n'est pas fixé. 1 400 personnes ont été évacuées, a indiqué mercredi la préfecture.",
            "2026-08-05",
        ),
    )
    displaced = groups_of(dossier, "displaced")
    assert len(displaced) == 1
    assert {r.value for r in displaced[0].reports} == {900, 1400}


def test_who_left_their_home_is_not_who_lost_it(analyzer: Analyzer) -> None:
    """``ont fui leur domicile`` counts the displaced; ``ont perdu leur logement`` the homeless."""
    for text, who in (
        ("Après la crue de la Loire, quelque 300 habitants ont fui leur domicile mardi.", "people"),
        ("Après la crue de la Loire, quelque 300 habitants ont dû quitter leur logement mardi.", "people"),
        ("Après la crue de la Loire, quelque 40 habitants ont perdu leur logement mardi.", "homeless"),
    ):
        result = analyzer.analyze(Article(id="a", text=text, published="2026-03-10"))
        assert [population(c, text) for c in result.claims if c.category == "displaced"] == [who], text


def test_places_in_one_region_may_be_one_scope() -> None:
    """A region holds its towns; two towns of two regions, or of two countries, are two places."""
    assert _may_hold("Bretagne", "Brest")
    assert _may_hold("France", "Brest")
    assert not _may_hold("Lyon", "Marseille")
    assert not _may_hold("Brest", "Genève")
    assert not _may_hold("Kerlouan-Plage", "Brest")  # a name the gazetteer does not know: not known to be one
    assert _may_hold(None, "Brest")


def test_a_headline_figure_placed_in_the_region_is_the_body_s_figure_placed_in_its_town(analyzer: Analyzer) -> None:
    """``au moins six morts en Bretagne`` above ``six personnes ont été tuées à Brest``: one report."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Tempête : au moins six morts en Bretagne\n\nAu moins six personnes ont été tuées dans la nuit de "
            "lundi à mardi à Brest, a annoncé la préfecture maritime.",
            "2026-12-08",
        ),
    )
    killed = groups_of(dossier, "killed")
    assert len(killed) == 1
    assert [r.copy_of for r in killed[0].reports].count(None) == 1


def test_a_headline_figure_placed_in_another_region_is_not_the_body_s(analyzer: Analyzer) -> None:
    """``deux morts à Lyon`` above ``deux morts à Marseille``: two towns, two figures."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Intempéries : deux morts à Lyon\n\nDeux personnes ont été tuées mardi à Marseille par la chute d'un "
            "arbre, a indiqué la mairie.",
            "2026-12-08",
        ),
    )
    killed = groups_of(dossier, "killed")
    assert sorted(len([r for r in g.reports if r.copy_of is None]) for g in killed) == [1, 1]
