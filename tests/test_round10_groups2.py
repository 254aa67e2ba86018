"""Claim groups, tenth round (place levels): one event's toll told at different levels of its site — its town,
a region, the country — by different articles is one toll, while a country's toll beside sibling towns' counts
stays apart from each town's. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import _one_site, _siblings


def test_two_towns_are_siblings() -> None:
    """Two towns (of one region or not) each have their own count."""
    assert _siblings("Lyon", "Marseille")
    assert _siblings("Séville", "Malaga")


def test_a_region_or_country_holds_its_town() -> None:
    """A town lies in its region and its country."""
    assert not _siblings("Séville", "Andalousie")
    assert not _siblings("Maroc", "Fès")


def test_an_unknown_name_is_a_sibling_unless_a_part_of_the_country() -> None:
    """A village the gazetteer lacks may lie anywhere (its count is a part); a region named after its
    country (``le Nord-Cameroun``) holds or lies beside that country's towns at a level the data lack."""
    assert _siblings("Fès", "Douar Imintanout-Tizgui")
    assert not _siblings("Garoua", "Nord-Cameroun")
    assert _siblings("Lyon", "Nord-Cameroun")


def test_one_site_is_a_chain_of_levels() -> None:
    """Nested places are one site; two towns make two."""
    assert _one_site(["Séville", "Andalousie"])
    assert not _one_site(["Séville", "Andalousie", "Cordoue"])


#: The lead the articles of one collapse share, so that they make one story.
_COLLAPSE = "Effondrement d'un immeuble de six étages : les secours fouillent les décombres.\n\n"


def test_one_events_toll_at_town_and_country_levels_is_one_group(analyzer: Analyzer) -> None:
    """The town's, the region's and the country's toll of one accident: one series, revised."""
    dossier = dossier_of(
        analyzer,
        ("a", _COLLAPSE + "Au moins 11 personnes ont été tuées à Séville, selon les pompiers.", "2026-10-02"),
        ("b", _COLLAPSE + "Le bilan s'élève à 14 morts en Andalousie, selon les pompiers.", "2026-10-03"),
        ("c", _COLLAPSE + "Le bilan passe à 16 morts en Espagne, selon les pompiers.", "2026-10-04"),
    )
    killed = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {11, 14, 16}]
    assert [sorted(r.value for r in g.reports) for g in killed] == [[11, 14, 16]]


def test_a_part_of_the_country_named_after_it_joins_the_towns_toll(analyzer: Analyzer) -> None:
    """``dans le Nord-Cameroun`` and ``à Garoua`` name one collapse's site at two levels: one toll."""
    dossier = dossier_of(
        analyzer,
        ("a", _COLLAPSE + "Au moins 12 personnes ont été tuées à Garoua, selon les pompiers.", "2026-11-02"),
        ("b", _COLLAPSE + "Le bilan s'élève à 15 morts dans le Nord-Cameroun, selon les pompiers.", "2026-11-03"),
        ("c", _COLLAPSE + "Le bilan passe à 17 morts au Cameroun, selon les pompiers.", "2026-11-04"),
    )
    killed = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {12, 15, 17}]
    assert [sorted(r.value for r in g.reports) for g in killed] == [[12, 15, 17]]


def test_sibling_towns_tolls_stay_apart_from_the_countrys(analyzer: Analyzer) -> None:
    """A wave of riots: each town's dead are a part of the country's, not the same toll."""
    dossier = dossier_of(
        analyzer,
        ("a", "Émeutes : deux personnes ont été tuées à Séville, selon la police.", "2026-10-02"),
        ("b", "Émeutes : trois personnes ont été tuées à Malaga, selon la police.", "2026-10-02"),
        ("c", "Émeutes : le bilan s'élève à neuf morts en Espagne, selon le ministère.", "2026-10-03"),
    )
    killed = groups_of(dossier, "killed")
    assert sorted(sorted(r.value for r in g.reports) for g in killed) == [[2], [3], [9]]


def test_a_figure_told_at_the_country_and_the_village_ties_them(analyzer: Analyzer) -> None:
    """``Chili : 20 disparus`` and ``20 sont portées disparues à Farellones`` are one count: the village's
    later lower count revises it, it is not a part of the country's."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Chili : 20 disparus après une avalanche\n\n20 personnes sont portées disparues à Farellones après "
            "l'avalanche, selon les secours.",
            "2026-07-02",
        ),
        (
            "b",
            "Quinze personnes restent portées disparues à Farellones après l'avalanche, selon les secours.",
            "2026-07-04",
        ),
    )
    missing = groups_of(dossier, "missing")
    assert [sorted(r.value for r in g.reports) for g in missing] == [[15, 20, 20]]
