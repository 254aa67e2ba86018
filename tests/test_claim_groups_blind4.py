"""Claims and claim groups of kinds of news the fourth blind set showed (groups-blind4): riots counted night
by night and in total, a jihadist attack whose toll the army revises, days of demonstrations a week apart.
Invented French sentences; each test states what an analyst would read in them.
"""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.model import PEOPLE_CATEGORIES, Claim, ClaimGroup, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _scored(analyze: Analyze, text: str) -> list[Claim]:
    return [c for c in analyze(text, published="2026-05-12").claims if c.category in PEOPLE_CATEGORIES]


def _values(group: ClaimGroup) -> list[float | int | None]:
    return sorted(r.value for r in group.reports if r.value is not None)


# -- claims ---------------------------------------------------------------------------------------------


def test_a_holder_qualified_by_total_still_names_what_it_counts(analyze: Analyze) -> None:
    claims = _scored(analyze, "La préfecture a porté à 45 le nombre total d'interpellations.")
    assert [(c.category, c.value) for c in claims] == [("arrested", 45)]


def test_the_article_of_a_toll_is_no_figure(analyze: Analyze) -> None:
    claims = _scored(analyze, "L'armée maintient un bilan de 11 soldats tués.")
    assert [(c.category, c.value) for c in claims] == [("killed", 11)]


def test_a_participle_after_the_holder_s_people_says_what_befell_them(analyze: Analyze) -> None:
    claims = _scored(
        analyze, "Le nombre de policiers blessés est de 17. Le nombre d'assaillants neutralisés est de 41."
    )
    assert [(c.category, c.value) for c in claims] == [("injured", 17), ("killed", 41)]


def test_the_holder_s_people_alone_keep_their_category(analyze: Analyze) -> None:
    claims = _scored(analyze, "Le nombre de policiers déployés est de 800.")
    assert [(c.category, c.value) for c in claims] == [("troops", 800)]


# -- groups ---------------------------------------------------------------------------------------------

JOUR_1 = (
    "Retraites : 200 000 manifestants en France\n\n"
    "La journée de mobilisation a rassemblé jeudi 200 000 personnes en France, selon le ministère de "
    "l'Intérieur. En marge des cortèges, 20 personnes ont été interpellées et 6 policiers ont été blessés."
)
JOUR_2 = (
    "Retraites : une deuxième journée moins suivie\n\n"
    "La deuxième journée de mobilisation a rassemblé jeudi 150 000 personnes en France, selon le ministère "
    "de l'Intérieur. Une semaine plus tôt, ils étaient 200 000 selon les autorités. À Lyon, la préfecture "
    "a compté 9 000 manifestants. Le ministère fait état de 31 interpellations et de 11 policiers blessés."
)


def test_each_march_day_has_its_own_arrests_and_injured(analyzer: Analyzer) -> None:
    dossier = dossier_of(analyzer, ("j1", JOUR_1, "2026-05-07"), ("j2", JOUR_2, "2026-05-14"))
    assert sorted(_values(g) for g in groups_of(dossier, "arrested")) == [[20], [31]]
    assert sorted(_values(g) for g in groups_of(dossier, "injured")) == [[6], [11]]


def test_a_crowd_recalled_from_last_week_lends_no_day(analyzer: Analyzer) -> None:
    dossier = dossier_of(analyzer, ("j1", JOUR_1, "2026-05-07"), ("j2", JOUR_2, "2026-05-14"))
    (lyon,) = [g for g in groups_of(dossier, "participants") if g.place == "Lyon"]
    assert lyon.period == "2026-05-14"


def test_a_revised_arrest_count_stays_its_march_s(analyzer: Analyzer) -> None:
    revised = (
        "Retraites : le bilan des interpellations revu\n\n"
        "Selon la préfecture, 160 000 personnes ont manifesté jeudi en France. Le ministère de l'Intérieur a "
        "revu vendredi son bilan : 44 personnes ont été interpellées jeudi, contre 31 annoncées la veille."
    )
    dossier = dossier_of(
        analyzer, ("j1", JOUR_1, "2026-05-07"), ("j2", JOUR_2, "2026-05-14"), ("j3", revised, "2026-05-15")
    )
    latest = next(g for g in groups_of(dossier, "arrested") if 44 in _values(g))
    assert 20 not in _values(latest)
    assert latest.verdict == "update" and latest.figure == 44


def test_injured_after_a_toll_of_soldiers_are_soldiers(analyzer: Analyzer) -> None:
    first = "L'armée maintient un bilan de 9 soldats tués et fait état de 14 blessés."
    later = "L'attaque du camp a fait 14 soldats blessés, selon l'état-major."
    dossier = dossier_of(analyzer, ("a", first, "2026-05-11"), ("b", later, "2026-05-14"))
    (injured,) = groups_of(dossier, "injured")
    assert injured.verdict == "agree" and injured.figure == 14


def test_a_toll_given_until_then_is_the_earlier_report(analyzer: Analyzer) -> None:
    first = "Au moins 8 soldats ont été tués dimanche dans l'attaque du camp, selon l'armée."
    later = (
        "Le bilan de l'attaque du camp a été revu à la hausse : 19 soldats ont été tués, a annoncé mercredi "
        "l'armée, qui faisait jusque-là état de 8 morts."
    )
    dossier = dossier_of(analyzer, ("a", first, "2026-05-10"), ("b", later, "2026-05-13"))
    (killed,) = groups_of(dossier, "killed")
    assert killed.verdict == "update" and killed.figure == 19
