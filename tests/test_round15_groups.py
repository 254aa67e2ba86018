"""Claim groups, fifteenth round: a place an article sets inside a wider one in an aside (``Kivolo, un village
de la commune de Sanbé``, ``l'hôpital Saint-Rémi, le principal établissement de Tarvel``) is the wider place's
site told closer up, so figures given at either level are one count; a region's name several countries share is
read in the country of the place beside it; a town's French name and its local one are one place. Invented
French sentences of other stories than any set's."""

from __future__ import annotations

import pytest

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import _may_lie_in, _one_entry, _resolve_beside, said_within

# --- a place set inside a wider one


@pytest.mark.parametrize(
    ("text", "small", "wide"),
    [
        # a noun phrase before the preposition, comma after the name
        ("Les pillards ont frappé à Kivolo, un village de la commune de Sanbé, avant l'aube.", "Kivolo", "Sanbé"),
        # a parenthesis, and a department's name after a chain of words
        ("L'éboulement a touché Morvenne (département de l'Ardival) lundi soir.", "Morvenne", "Ardival"),
        # a bare ``au`` right after the comma
        ("Au camp de Dobeli, au Kordofan-Sud, les familles manquent d'eau.", "Dobeli", "Kordofan-Sud"),
        # a building's description, the town after ``de``
        (
            "À l'hôpital Saint-Rémi, le principal établissement public de Tarvel, les lits manquent.",
            "Saint-Rémi",
            "Tarvel",
        ),
        # ``dans`` after the comma, the name of the wider place with an article
        ("Le barrage de Koubra, dans la province du Lékéti, a cédé dans la nuit.", "Koubra", "province du Lékéti"),
        # a town's description, ``du`` before a region named with its own noun
        ("Les tirs ont repris à Mbanza, une ville du district du Haut-Sélé, selon la police.", "Mbanza", "Haut-Sélé"),
    ],
)
def test_an_aside_sets_a_place_inside_a_wider_one(text: str, small: str, wide: str) -> None:
    """The aside right after a place's name locates it: one site, told at two levels."""
    assert said_within(small, wide, text)


@pytest.mark.parametrize(
    ("text", "small", "wide"),
    [
        # a list of places: a bare ``à`` right after the comma
        ("Des rassemblements ont eu lieu à Kivolo, à Sanbé et à Dobeli.", "Kivolo", "Sanbé"),
        # the wider place in another sentence
        ("Les secours sont arrivés à Kivolo. La commune de Sanbé a ouvert un gymnase.", "Kivolo", "Sanbé"),
        # the other way round: the wider place first, the smaller in its aside
        ("Les pillards ont frappé à Kivolo, un village de la commune de Sanbé, avant l'aube.", "Sanbé", "Kivolo"),
        # ``et`` lists a second place, not a part
        ("Les pluies ont inondé Morvenne et Ardival, deux bourgs voisins.", "Morvenne", "Ardival"),
    ],
)
def test_no_aside_sets_a_place_inside_another(text: str, small: str, wide: str) -> None:
    assert not said_within(small, wide, text)


def test_two_known_towns_lie_side_by_side_whatever_the_aside() -> None:
    """``à Lyon, à deux heures de Marseille``: the gazetteer knows two towns; neither holds the other."""
    assert not _may_lie_in("Lyon", "Marseille")


@pytest.mark.parametrize(("town", "region"), [("Brest", "Bretagne"), ("Jos", "Plateau"), ("Lascahobas", "Centre")])
def test_a_town_may_lie_in_its_region(town: str, region: str) -> None:
    assert _may_lie_in(town, region)


@pytest.mark.parametrize(("region", "town", "iso2"), [("Plateau", "Jos", "NG"), ("Centre", "Lascahobas", "HT")])
def test_a_region_name_several_countries_share_is_the_one_beside(region: str, town: str, iso2: str) -> None:
    """``le Centre`` beside a Haitian town is Haiti's Centre, read first or second."""
    for one, other in (_resolve_beside(region, town), _resolve_beside(town, region)):
        assert one is not None and other is not None and one.iso2 == other.iso2 == iso2


def test_a_village_toll_and_its_region_toll_are_one_count(analyzer: Analyzer) -> None:
    """One article places the village in its region; another gives the region's figure: one toll, revised."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Des hommes armés ont attaqué Kivolo, un village de la région de Kédougou, lundi soir. "
            "Sept personnes ont été tuées à Kivolo, selon la police.",
            "2026-05-12",
        ),
        (
            "b",
            "Le bilan s'est alourdi à Kédougou : neuf personnes ont été tuées lundi à Kédougou par des hommes "
            "armés, a indiqué mercredi le gouverneur. À Dakar, le gouvernement a condamné l'attaque.",
            "2026-05-14",
        ),
    )
    killed = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {7, 9}]
    assert len(killed) == 1 and killed[0].verdict == "update" and killed[0].figure == 9


def test_two_villages_of_one_region_stay_two_counts(analyzer: Analyzer) -> None:
    """Two places set inside one wider place are two parts of it, each its own count."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Des hommes armés ont attaqué Kivolo, un village de la région de Kédougou, et Tamaro, un village de la "
            "région de Kédougou. Sept personnes ont été tuées à Kivolo. Quatre personnes ont été tuées à Tamaro.",
            "2026-05-12",
        ),
        (
            "b",
            "Neuf personnes ont été tuées lundi à Kédougou par des hommes armés, a indiqué mercredi le gouverneur.",
            "2026-05-14",
        ),
    )
    killed = groups_of(dossier, "killed")
    assert not any({7, 4} <= {r.value for r in g.reports} for g in killed)
    assert not any({7, 9} <= {r.value for r in g.reports} for g in killed)


# --- a town's two names


@pytest.mark.parametrize(("french", "local"), [("Fénérive-Est", "Fenoarivo Atsinanana"), ("Moscou", "Moscow")])
def test_a_towns_french_and_local_names_are_one_place(french: str, local: str) -> None:
    assert _one_entry(french, local)


@pytest.mark.parametrize(("a", "b"), [("Lyon", "Paris"), ("Nord", "Sud"), ("Centre", "Lascahobas")])
def test_two_places_are_not_one(a: str, b: str) -> None:
    assert not _one_entry(a, b)


def test_a_toll_under_a_towns_two_names_is_one_count(analyzer: Analyzer) -> None:
    """``huit morts à Fénérive-Est`` then ``onze morts à Fenoarivo Atsinanana``: one town's toll, revised."""
    dossier = dossier_of(
        analyzer,
        ("a", "Le cyclone a fait huit morts à Fénérive-Est, selon les autorités du district.", "2026-02-13"),
        (
            "b",
            "Selon un nouveau bilan, onze personnes ont perdu la vie à Fenoarivo Atsinanana depuis le passage du "
            "cyclone.",
            "2026-02-18",
        ),
    )
    killed = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {8, 11}]
    assert len(killed) == 1 and killed[0].figure == 11
