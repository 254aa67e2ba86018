"""Claims and claim groups of what the fourth blind set still missed (groups-blind4), told in new sentences:
riot arrests counted per night beside the running total and beside those still held, a neighbourhood named
in a headline, minors among the arrested, figures whose noun is described before its verb.
Invented French sentences; each test states what an analyst would read in them.
"""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.model import PEOPLE_CATEGORIES, Claim, ClaimGroup, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _scored(analyze: Analyze, text: str) -> list[tuple[str, float | int | None]]:
    claims: list[Claim] = analyze(text, published="2026-03-10").claims
    return [(c.category, c.value if c.value is not None else c.low) for c in claims if c.category in PEOPLE_CATEGORIES]


def _values(group: ClaimGroup) -> list[float | int | None]:
    return sorted(r.value for r in group.reports if r.value is not None)


def _holding(groups: list[ClaimGroup], value: int) -> ClaimGroup:
    return next(g for g in groups if value in _values(g))


# -- claims ---------------------------------------------------------------------------------------------


def test_a_holder_that_stays_passes_its_count(analyze: Analyze) -> None:
    claims = _scored(analyze, "Le nombre de policiers et gendarmes blessés reste de 9, selon la préfecture.")
    assert claims == [("injured", 9)]


def test_a_part_described_by_a_participle_leaves_the_total_its_verb(analyze: Analyze) -> None:
    claims = _scored(analyze, "Quelque 300 gendarmes, dont un escadron venu de Rennes, étaient mobilisés samedi.")
    assert claims == [("troops", 300)]


def test_a_crowd_described_between_commas_keeps_its_verb(analyze: Analyze) -> None:
    claims = _scored(analyze, "Des dizaines de manifestants, parfois masqués, ont bloqué le rond-point.")
    assert claims == [("participants", 20)]


def test_a_part_with_its_own_participle_gives_no_verb_to_the_total(analyze: Analyze) -> None:
    claims = _scored(analyze, "Les secours font état de 14 blessés, dont 4 gravement brûlés, transportés à Lille.")
    assert [category for category, _ in claims] == ["injured", "injured"]


# -- groups ---------------------------------------------------------------------------------------------

NUIT_1 = (
    "Violences urbaines à Tourcoing\n\n"
    "Dans la nuit de vendredi à samedi, 22 personnes ont été interpellées à Tourcoing, selon la préfecture du "
    "Nord. Les heurts ont éclaté dans le quartier de la Bourgogne après un contrôle de police."
)
NUIT_2 = (
    "Tourcoing : deuxième nuit de tensions\n\n"
    "Le ministère de l'Intérieur fait état de 35 interpellations au cours de la nuit à Tourcoing. Le parquet "
    "de Lille retient 28 interpellations pour cette deuxième nuit. Au total, 57 personnes ont été interpellées "
    "depuis vendredi."
)
QUARTIER = (
    "La Bourgogne : « Les voitures brûlaient sous nos fenêtres »\n\n"
    "Au total, 57 personnes ont été interpellées depuis vendredi, selon le ministère de l'Intérieur. Parmi les "
    "personnes interpellées figurent 8 mineurs, selon une source policière."
)
BILAN = (
    "Tourcoing : le calme revient\n\n"
    "Au total, 80 personnes ont été interpellées à Tourcoing depuis vendredi, dont 15 mineurs, selon le "
    "ministère de l'Intérieur. Le parquet indique que 31 personnes restaient en garde à vue lundi."
)


def _riots(analyzer: Analyzer) -> list[ClaimGroup]:
    dossier = dossier_of(
        analyzer,
        ("n1", NUIT_1, "2026-03-07"),
        ("n2", NUIT_2, "2026-03-08"),
        ("q", QUARTIER, "2026-03-08"),
        ("b", BILAN, "2026-03-09"),
    )
    return groups_of(dossier, "arrested")


def test_two_sources_counting_one_night_conflict(analyzer: Analyzer) -> None:
    night = _holding(_riots(analyzer), 35)
    assert _values(night) == [28, 35]
    assert night.verdict == "conflict" and night.period == "2026-03-07"


def test_the_running_total_quotes_its_latest_figure_not_a_night_s(analyzer: Analyzer) -> None:
    total = _holding(_riots(analyzer), 80)
    assert _values(total) == [57, 57, 80]
    assert total.verdict == "update" and total.figure == 80


def test_those_still_held_are_not_the_arrests_so_far(analyzer: Analyzer) -> None:
    held = _holding(_riots(analyzer), 31)
    assert _values(held) == [31]


def test_minors_among_the_arrested_are_one_revised_part(analyzer: Analyzer) -> None:
    minors = _holding(_riots(analyzer), 15)
    assert _values(minors) == [8, 15]
    assert minors.verdict == "update" and minors.figure == 15


def test_a_neighbourhood_s_headline_leaves_the_city_s_count_the_city_s(analyzer: Analyzer) -> None:
    total = _holding(_riots(analyzer), 80)
    assert {r.doc for r in total.reports} == {"n2", "q", "b"}
