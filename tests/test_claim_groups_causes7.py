"""Causes of claim-group misses seen across several sets (seventh round), each on invented French
sentences of other stories: a regional report's city figures lose their city when a later paragraph
places the nation's figure; an organisation the tagger takes for a place (``La Croix-Rouge du Niger``)
places the figure its own source gives; a clause that counts without naming a place does not take the
place its sentence named before it, so a village's toll, a camp's toll and the total become one."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.model import PEOPLE_CATEGORIES, Article, ClaimGroup

_REGIONAL = (
    "Assurance chômage : à Lille, 4 000 manifestants selon la police, 9 000 selon les syndicats\n\n"
    "Le cortège s'est élancé jeudi en fin de matinée de la gare. Ils étaient 4 000 selon la police, "
    "9 000 selon l'intersyndicale.\n\n"
    "La manifestation s'est déroulée dans le calme. Trois personnes ont été interpellées pour des tags, "
    "a indiqué la police.\n\n"
    "Au niveau national, le ministère de l'Intérieur a recensé 120 000 manifestants, dont 20 000 à Paris.\n"
)
_NATIONAL = (
    "Assurance chômage : 120 000 manifestants selon l'Intérieur\n\n"
    "Les opposants à la réforme ont défilé jeudi dans toute la France. Ils étaient 120 000 dans tout le pays "
    "selon le ministère de l'Intérieur, 400 000 selon la CGT.\n\n"
    "À Paris, le cortège a rassemblé 20 000 personnes selon la préfecture de police. Quinze personnes ont été "
    "interpellées à Paris en fin de cortège, selon la préfecture de police.\n"
)


def _march(analyzer: Analyzer, category: str) -> list[ClaimGroup]:
    dossier = dossier_of(analyzer, ("lille", _REGIONAL, "2026-04-16"), ("national", _NATIONAL, "2026-04-16"))
    return groups_of(dossier, category)


def _holding(groups: list[ClaimGroup], value: int) -> ClaimGroup:
    return next(g for g in groups if any(r.value == value for r in g.reports))


def test_a_regional_report_s_crowd_is_its_headline_city_s_not_the_nation_s(analyzer: Analyzer) -> None:
    """The Lille crowd (4 000 against 9 000) is Lille's, though a later paragraph gives Paris's 20 000."""
    groups = _march(analyzer, "participants")
    lille = _holding(groups, 4000)
    assert sorted({r.value for r in lille.reports}) == [4000, 9000]
    assert lille.place == "Lille"
    assert 4000 not in {r.value for r in _holding(groups, 120000).reports}


def test_a_regional_report_s_arrests_are_not_another_city_s(analyzer: Analyzer) -> None:
    """``Trois personnes ont été interpellées`` in the Lille report are not Paris's fifteen: no conflict."""
    groups = _march(analyzer, "arrested")
    lille = _holding(groups, 3)
    assert 15 not in {r.value for r in lille.reports}
    assert lille.verdict != "conflict"


def test_the_nation_s_figure_after_the_city_s_keeps_no_city(analyzer: Analyzer) -> None:
    """``Au niveau national, … 120 000 manifestants`` in the Lille report joins the national count."""
    groups = _march(analyzer, "participants")
    national = _holding(groups, 120000)
    assert {r.doc for r in national.reports if r.value == 120000} == {"lille", "national"}


def test_an_organisation_taken_for_a_place_does_not_place_its_own_figure(analyzer: Analyzer) -> None:
    """``La Croix-Rouge du Niger affirme que plus de 3 000 personnes ont fui les environs de Tillabéri``:
    the source names no place; the town the people fled does."""
    text = (
        "La Croix-Rouge du Niger affirme que plus de 3 000 personnes ont fui les environs de Tillabéri, "
        "contre 1 800 selon le HCR."
    )
    result = analyzer.analyze(Article(id="a", text=text, published="2026-03-10"))
    places = {c.value: c.place for c in result.claims if c.category in PEOPLE_CATEGORIES}
    assert places[3000] == "Tillabéri"
    assert places[1800] == "Tillabéri"


def test_a_place_in_a_source_s_complement_still_places_the_figure(analyzer: Analyzer) -> None:
    """``selon la préfecture de la Gironde`` names where the count was made, not an organisation only."""
    text = "Quelque 5 000 personnes ont manifesté samedi à Bordeaux, selon la préfecture de la Gironde."
    result = analyzer.analyze(Article(id="a", text=text, published="2026-03-10"))
    places = {c.value: c.place for c in result.claims if c.category in PEOPLE_CATEGORIES}
    assert places[5000] == "Bordeaux"


def _places(analyzer: Analyzer, text: str) -> dict[float | int | None, str | None]:
    result = analyzer.analyze(Article(id="a", text=text, published="2026-03-10"))
    return {c.value: c.place for c in result.claims if c.category in PEOPLE_CATEGORIES}


def test_a_toll_takes_the_place_its_sentence_names_first(analyzer: Analyzer) -> None:
    """``Le bilan des affrontements de dimanche à Kidal, près de Gao, …, est passé à 14 morts``: the clause
    that counts names no place; the sentence's first place is the event's, the later ones say where it lies."""
    text = (
        "Le bilan des affrontements de dimanche à Kidal, près de Gao, dans le nord du Mali, "
        "est passé à 14 morts, a indiqué lundi le gouverneur."
    )
    assert _places(analyzer, text)[14] == "Kidal"


def test_a_participle_s_toll_takes_the_place_of_the_attack(analyzer: Analyzer) -> None:
    """``…ont attaqué un village à une dizaine de kilomètres de Tillabéri, tuant sept personnes``."""
    text = (
        "Mardi, des hommes armés ont attaqué un village à une dizaine de kilomètres de Tillabéri, tuant sept personnes."
    )
    assert _places(analyzer, text)[7] == "Tillabéri"


def test_a_relative_clause_s_figure_takes_no_place_from_the_main_clause(analyzer: Analyzer) -> None:
    """``Le Premier ministre reçoit à Matignon…, au lendemain d'une journée qui a rassemblé 20 000
    agriculteurs``: Matignon is where the meeting is, not where the farmers marched."""
    text = (
        "Le Premier ministre reçoit ce vendredi à Matignon les représentants des syndicats agricoles, "
        "au lendemain d'une journée de mobilisation qui a rassemblé plus de 20 000 agriculteurs."
    )
    assert _places(analyzer, text)[20000] is None


def test_a_camp_s_toll_and_the_total_are_two_series(analyzer: Analyzer) -> None:
    """A village toll, a camp toll and the total over two days (``Au total, 24 personnes…``) are three
    counts: the camp's 5 then 6 is its own update, the total's 24 then 25 another, no conflict."""
    first = (
        "Mali : 24 morts en deux jours de violences dans la région de Mopti\n\n"
        "Le bilan des affrontements de dimanche à Bankass, près de Mopti, est passé à 19 morts, a indiqué mardi "
        "le gouverneur. Lundi, des hommes armés ont attaqué un campement à une trentaine de kilomètres de Djenné, "
        "tuant cinq personnes.\n\n"
        "Au total, 24 personnes ont été tuées en deux jours, selon les autorités régionales.\n"
    )
    second = (
        "Mali : le bilan des violences s'alourdit dans la région de Mopti\n\n"
        "Dans le campement attaqué lundi près de Djenné, un nouveau corps a été retrouvé, ce qui porte à six le "
        "nombre de victimes de cette attaque. Au total, les violences ont fait 25 morts, selon le décompte "
        "officiel établi jeudi.\n"
    )
    groups = groups_of(dossier_of(analyzer, ("j1", first, "2026-03-10"), ("j2", second, "2026-03-12")), "killed")
    camp, total = _holding(groups, 5), _holding(groups, 25)
    assert sorted(r.value for r in camp.reports) == [5, 6]
    assert (camp.verdict, camp.figure) == ("update", 6)
    assert 5 not in {r.value for r in total.reports}
    assert (total.verdict, total.figure) == ("update", 25)
