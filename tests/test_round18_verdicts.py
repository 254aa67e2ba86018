"""Claim groups, round 18, verdicts and the figure to quote: the convention the gold groups follow, read over
every annotated set (FORMAT.md "Verdicts" and "Figure"), pinned on invented reports of other stories.

Round 18 found the verdict and figure rules right on the gold members of nearly every group; the misses
left come from membership (which reports form the group). These tests keep the convention fixed while the
membership rules change around it:

* ``agree`` when every report's range holds one figure; the figure is the most precise value inside all of
  them (an exact count beside ``des dizaines`` or ``près de``);
* ``update`` when the figures differ and time explains it (a later count, the same source correcting itself);
  the figure is the latest report's;
* ``conflict`` when independent sources give incompatible figures the same day; no figure;
* a copy of one agency passage in two outlets is one report;
* ``plus de N`` then a higher exact count: agree for the injured (a rough count filled in), update for a
  whole death toll (the bodies counted so far, then the toll raised), agree for a part of a toll.
"""

from __future__ import annotations

from recoupe.link.claims import decide
from recoupe.model import ClaimReport


def _report(
    value: int | None,
    day: str,
    qualifier: str = "exact",
    source: str | None = None,
    doc: str = "",
    low: int | None = None,
    high: int | None = None,
    copy_of: str | None = None,
) -> ClaimReport:
    name = doc or f"{day}-{value}-{source}"
    return ClaimReport(name, 0, 5, str(value), value, low, high, qualifier, source, None, day, None, copy_of)


def test_dozens_and_an_exact_count_agree_on_the_exact_one() -> None:
    """``Des dizaines de fidèles ont été blessés`` then ``26 blessés, selon l'hôpital``: one figure, 26."""
    decision = decide(
        [
            _report(None, "2026-09-03", "vague", low=20, high=99),
            _report(26, "2026-09-04", source="l'hôpital régional"),
        ],
        "injured",
    )
    assert decision.verdict == "agree"
    assert decision.figure == 26


def test_an_approximation_holds_a_nearby_exact_count() -> None:
    """``près de 50 gardes mobiles`` and ``48 gardes mobiles ont été envoyés``: compatible, quote 48."""
    decision = decide(
        [_report(50, "2026-02-11", "approx", "la préfecture"), _report(48, "2026-02-11", source="le ministère")],
        "troops",
    )
    assert decision.verdict == "agree"
    assert decision.figure == 48


def test_a_count_rising_over_days_is_an_update_quoting_the_latest() -> None:
    """``Onze pêcheurs arrêtés`` (Monday), ``le parquet porte à dix-neuf le nombre d'interpellés`` (Wednesday)."""
    decision = decide(
        [_report(11, "2026-06-01", source="la gendarmerie"), _report(19, "2026-06-03", source="le parquet")],
        "arrested",
    )
    assert decision.verdict == "update"
    assert decision.figure == 19


def test_government_and_an_ngo_apart_the_same_day_conflict() -> None:
    """``Le gouvernement fait état de 9 morts``; ``une ONG en recense 40`` the same day: no figure to quote."""
    decision = decide(
        [
            _report(9, "2026-10-20", source="le gouvernement", doc="a"),
            _report(40, "2026-10-20", source="une ONG locale", doc="b"),
        ],
        "killed",
    )
    assert decision.verdict == "conflict"
    assert decision.figure is None


def test_an_agency_passage_copied_by_two_outlets_is_one_report() -> None:
    """The same wire paragraph (``sept mineurs sont portés disparus``) in a daily and on a radio's site."""
    decision = decide(
        [
            _report(7, "2026-01-15", source="la compagnie minière", doc="quotidien"),
            _report(7, "2026-01-15", source="la compagnie minière", doc="radio", copy_of="quotidien"),
        ],
        "missing",
    )
    assert decision.verdict is None
    assert decision.figure == 7


def test_more_than_then_a_higher_exact_count_of_injured_agree() -> None:
    """``plus de 60 blessés`` (a doctor), then ``85 blessés ont été soignés`` (the hospital) two days later."""
    decision = decide(
        [_report(60, "2026-03-02", "at_least", "un médecin"), _report(85, "2026-03-04", source="l'hôpital")],
        "injured",
    )
    assert decision.verdict == "agree"
    assert decision.figure == 85


def test_at_least_then_a_higher_exact_death_toll_is_an_update() -> None:
    """``au moins 12 morts`` on Friday, ``le bilan s'établit à 19 morts`` on Sunday: the toll was raised."""
    decision = decide(
        [_report(12, "2026-07-10", "at_least", "la protection civile"), _report(19, "2026-07-12", source="le préfet")],
        "killed",
    )
    assert decision.verdict == "update"
    assert decision.figure == 19


def test_a_part_of_a_toll_at_least_then_higher_agrees() -> None:
    """``dont au moins quatre enfants`` then ``dont six mineurs``: a part's rough count, filled in."""
    decision = decide(
        [_report(4, "2026-07-10", "at_least", "la mairie"), _report(6, "2026-07-12", source="la mairie")],
        "killed",
        whole=False,
    )
    assert decision.verdict == "agree"
    assert decision.figure == 6


def test_a_falling_hospital_count_is_an_update() -> None:
    """``Quatorze blessés restent hospitalisés`` then ``neuf sont encore hospitalisés``: a state that changes."""
    decision = decide(
        [_report(14, "2026-04-05", source="le CHU"), _report(9, "2026-04-08", source="le CHU")],
        "hospitalized",
    )
    assert decision.verdict == "update"
    assert decision.figure == 9
