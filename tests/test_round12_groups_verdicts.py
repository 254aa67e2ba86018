"""Claim groups, twelfth round, verdicts: two sources of a running count that differ on one day were both
overtaken by a later count (an update, not a conflict) unless the lower one never caught up; a toll given
as ``au moins N`` then as a higher exact figure was revised; a past event recalled with its year alone is
the one another article recalls with its day. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import decide
from recoupe.model import ClaimReport


def _report(value: int, day: str, qualifier: str = "exact", source: str | None = None, doc: str = "") -> ClaimReport:
    return ClaimReport(doc or f"{day}-{value}", 0, 5, str(value), value, None, None, qualifier, source, None, day)


def test_two_sources_overtaken_by_a_later_count_are_an_update() -> None:
    """``près de 300`` per the prefecture and ``plus de 500`` per a union the same day, then ``870`` per the
    prefecture: the lower count lagged behind arrests still going on."""
    decision = decide(
        [
            _report(300, "2026-05-02", "approx", "la préfecture"),
            _report(500, "2026-05-02", "at_least", "le syndicat"),
            _report(870, "2026-05-04", source="le préfet"),
        ],
        "arrested",
    )
    assert decision.verdict == "update"
    assert decision.figure == 870


def test_the_lower_source_never_catching_up_is_a_conflict() -> None:
    """Only the higher figure's own source goes on rising: the lower one's difference is not explained."""
    decision = decide(
        [
            _report(10, "2026-05-02", source="le gouvernement"),
            _report(30, "2026-05-02", source="l'opposition"),
            _report(35, "2026-05-04", source="l'opposition"),
        ],
        "killed",
    )
    assert decision.verdict == "conflict"


def test_sources_still_apart_on_the_last_day_conflict() -> None:
    """Both go on rising but still differ in the last reports: nothing later explains it."""
    decision = decide(
        [
            _report(4, "2026-05-02", source="l'armée"),
            _report(12, "2026-05-02", source="une ONG"),
            _report(9, "2026-05-05", source="l'armée"),
            _report(20, "2026-05-05", source="une ONG"),
        ],
        "killed",
    )
    assert decision.verdict == "conflict"


def test_a_toll_at_least_then_higher_is_revised() -> None:
    """``au moins 9 morts`` on Monday, ``15 morts`` on Wednesday: the toll so far, then revised (quote 15);
    the same figures of the injured, or of a part of the toll, are one rough count filled in (agree)."""
    reports = [_report(9, "2026-03-02", "at_least", "la police"), _report(15, "2026-03-04", source="le préfet")]
    toll = decide(reports, "killed")
    assert (toll.verdict, toll.figure) == ("update", 15)
    assert decide(reports, "injured").verdict == "agree"
    assert decide(reports, "killed", whole=False).verdict == "agree"
    same_day = [_report(9, "2026-03-02", "at_least", "la police"), _report(15, "2026-03-02", source="le préfet")]
    assert decide(same_day, "killed").verdict == "agree"


def test_a_past_event_by_its_year_is_the_one_recalled_by_its_day(analyzer: Analyzer) -> None:
    """``le séisme du 12 mars 2019, où 40 personnes avaient péri`` and ``le séisme de 2019, qui avait fait
    40 morts``: one background figure, two reports that agree."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Un nouveau séisme a frappé la région lundi. Il rappelle celui du 12 mars 2019, où au moins 40 "
            "personnes avaient trouvé la mort.",
            "2026-04-07",
        ),
        (
            "b",
            "La secousse de lundi a ravivé le souvenir du séisme de 2019, qui avait fait au moins 40 morts.",
            "2026-04-09",
        ),
    )
    recalled = [g for g in groups_of(dossier, "killed") if 40 in {r.value for r in g.reports}]
    assert len(recalled) == 1
    assert recalled[0].verdict == "agree"
    assert recalled[0].figure == 40


def test_a_year_total_is_not_one_event_of_that_year(analyzer: Analyzer) -> None:
    """``En 2019, plus de 90 mineurs avaient péri…`` counts the year, not the one disaster recalled by its day
    elsewhere with 40 dead: the two figures are not one recall, they stay apart."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Un nouveau coup de grisou a frappé la mine lundi. Il rappelle celui du 12 mars 2019, où 40 mineurs "
            "avaient trouvé la mort.",
            "2026-04-07",
        ),
        (
            "b",
            "Le coup de grisou de lundi a ravivé de mauvais souvenirs : en 2019, plus de 90 mineurs avaient péri "
            "dans les mines du pays.",
            "2026-04-09",
        ),
    )
    recalled = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {40, 90}]
    assert all(len({r.value for r in g.reports}) == 1 for g in recalled)


def test_an_unknown_source_of_the_higher_figure_is_not_overtaken() -> None:
    """The higher figure's giver unnamed: whether only its own side went on rising cannot be told; the lower
    one's giver unnamed does not matter, the later count is above it anyway."""
    unknown_higher = [
        _report(300, "2026-05-02", "approx", "la préfecture"),
        _report(500, "2026-05-02", "at_least"),
        _report(870, "2026-05-04", source="le préfet"),
    ]
    assert decide(unknown_higher, "arrested").verdict == "conflict"
    unknown_lower = [
        _report(300, "2026-05-02", "approx"),
        _report(500, "2026-05-02", "at_least", "le syndicat"),
        _report(870, "2026-05-04", source="le préfet"),
    ]
    assert decide(unknown_lower, "arrested").verdict == "update"
