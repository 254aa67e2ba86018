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


# -- what the fifth blind set showed (groups-blind5) ------------------------------------------------------


def test_people_who_lost_their_home_are_displaced(analyze: Analyze) -> None:
    claims = _scored(
        analyze,
        "Près de 700 personnes ont perdu leur logement. La mairie estime à 300 le nombre de personnes privées "
        "de logement. Environ 250 habitants restent sans logement.",
    )
    assert claims == [("displaced", 700), ("displaced", 300), ("displaced", 250)]


def test_a_relative_where_counts_the_place_just_named(analyze: Analyze) -> None:
    claims = analyze("La crue a atteint Vaison, petite ville du Vaucluse, où 4 personnes sont mortes.").claims
    assert [(c.category, c.value, c.place) for c in claims] == [("killed", 4, "Vaison")]


SAMEDI = (
    "Heurts autour du barrage de Sivens-le-Haut\n\n"
    "Selon la préfecture, 3 000 personnes ont manifesté contre le barrage de Sivens-le-Haut. Le "
    "ministère fait état de 8 gendarmes blessés, dont 2 hospitalisés. Côté manifestants, les organisateurs "
    "recensent une vingtaine de blessés."
)
DIMANCHE = (
    "Sivens-le-Haut : le bilan s'alourdit\n\n"
    "Le ministère recense désormais 12 gendarmes blessés. Les organisateurs évoquent 35 blessés parmi les "
    "manifestants. La préfecture maintient son chiffre de 3 000 manifestants.\n\n"
    "Dimanche, un rassemblement a réuni 800 personnes à Albi, selon la police."
)
LUNDI = (
    "Sivens-le-Haut : le ministre dénonce les violences\n\n"
    "Selon le ministère, 12 gendarmes ont été blessés samedi. Trois d'entre eux restent hospitalisés. Les "
    "organisateurs font état de 35 manifestants blessés."
)


def _protest(analyzer: Analyzer, category: str) -> list[ClaimGroup]:
    dossier = dossier_of(
        analyzer, ("sa", SAMEDI, "2026-04-04"), ("di", DIMANCHE, "2026-04-05"), ("lu", LUNDI, "2026-04-06")
    )
    return groups_of(dossier, category)


def test_injured_protesters_named_around_the_figure_are_not_the_injured_police(analyzer: Analyzer) -> None:
    groups = _protest(analyzer, "injured")
    protesters, police = _holding(groups, 35), _holding(groups, 12)
    assert _values(protesters) == [20, 35, 35] and _values(police) == [8, 12, 12]
    assert protesters.figure == 35 and police.figure == 12


def test_the_injured_told_before_a_new_march_are_not_that_march_s(analyzer: Analyzer) -> None:
    police = _holding(_protest(analyzer, "injured"), 12)
    assert police.period is None and police.verdict == "update"


def test_those_in_hospital_are_one_state_whether_a_part_or_not(analyzer: Analyzer) -> None:
    (hospital,) = _protest(analyzer, "hospitalized")
    assert _values(hospital) == [2, 3]
    assert hospital.verdict == "update" and hospital.figure == 3


def test_a_crowd_figure_maintained_later_stays_its_day_s(analyzer: Analyzer) -> None:
    crowds = _protest(analyzer, "participants")
    site = _holding(crowds, 3000)
    assert _values(site) == [3000, 3000] and site.period == "2026-04-04"
    assert _values(_holding(crowds, 800)) == [800]


def test_a_death_added_to_a_toll_is_not_the_toll(analyzer: Analyzer) -> None:
    first = "À Hué, 4 personnes ont été tuées lors des manifestations, selon la police."
    later = "À Hué, le bilan est passé à 5 morts après le décès d'un blessé à l'hôpital."
    dossier = dossier_of(analyzer, ("a", first, "2026-04-04"), ("b", later, "2026-04-06"))
    toll = _holding(groups_of(dossier, "killed"), 5)
    assert _values(toll) == [4, 5] and toll.verdict == "update" and toll.figure == 5


def test_the_homeless_are_not_the_evacuated(analyzer: Analyzer) -> None:
    first = "À Alzira, 2 000 habitants ont été évacués. Près de 400 personnes ont perdu leur logement."
    later = "Les 2 000 habitants évacués à Alzira sont rentrés chez eux, mais 300 personnes restent sans logement."
    dossier = dossier_of(analyzer, ("a", first, "2026-04-04"), ("b", later, "2026-04-08"))
    groups = groups_of(dossier, "displaced")
    assert _values(_holding(groups, 2000)) == [2000, 2000]
    homeless = _holding(groups, 300)
    assert _values(homeless) == [300, 400] and homeless.figure == 300


def test_a_toll_after_a_part_counts_the_whole_s_people(analyzer: Analyzer) -> None:
    first = "À Hué, 5 personnes ont été tuées lundi, selon le gouvernement."
    later = (
        "Selon l'ONU, au moins 9 personnes ont été tuées lundi à Hué, dont deux enfants, un bilan supérieur à "
        "celui du gouvernement, qui maintient le chiffre de 5 morts."
    )
    dossier = dossier_of(analyzer, ("a", first, "2026-04-06"), ("b", later, "2026-04-07"))
    toll = _holding(groups_of(dossier, "killed"), 9)
    assert _values(toll) == [5, 5, 9] and toll.verdict == "conflict"
