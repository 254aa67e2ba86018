"""Claims and groups that the lead's tenth groups set (``tests/data/groups-blind10.json``: a herder-farmer
clash, a pension march day, a plant explosion, a stadium riot) found wrong: the police part of an injury toll
named by ``parmi les forces de l'ordre`` (``forces`` alone names no class) taken for everyone's part,
a day's arrests told with and without their evening split in two, fans' own injury count merged with
everyone's, ``un salarié reste porté disparu`` not read as a figure, and a crowd's sources between its
figures and its verb hiding the verb.
Each on invented French sentences of other stories."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import population
from recoupe.model import PEOPLE_CATEGORIES, Article, Claim, DocumentAnalysis


def _analyze(analyzer: Analyzer, text: str, published: str = "2026-09-14") -> DocumentAnalysis:
    return analyzer.analyze(Article(id="a", text=text, published=published))


def _scored(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category in PEOPLE_CATEGORIES]


def test_a_part_among_the_forces_de_l_ordre_counts_security_forces(analyzer: Analyzer) -> None:
    """``dont 12 parmi les forces de l'ordre``: the complement ``de l'ordre`` says who the part counts."""
    text = "Les heurts ont fait 40 blessés, dont 12 parmi les forces de l'ordre, selon la préfecture."
    found = {c.value: population(c, text) for c in _scored(_analyze(analyzer, text))}
    assert found[12].startswith("security_forces")


def test_the_police_part_of_a_revised_toll_is_one_series(analyzer: Analyzer) -> None:
    """``dont 8 policiers`` then ``dont 11 parmi les forces de l'ordre``: the police part, revised."""
    dossier = dossier_of(
        analyzer,
        ("j1", "Les émeutes de samedi à Kénitra ont fait 30 blessés, dont 8 policiers.", "2026-09-13"),
        (
            "j2",
            "Le ministère a fait état lundi de 41 blessés lors des émeutes de Kénitra, "
            "dont 11 parmi les forces de l'ordre.",
            "2026-09-15",
        ),
    )
    values = sorted(sorted(r.value for r in g.reports) for g in groups_of(dossier, "injured"))
    assert values == [[8, 11], [30, 41]]


def test_a_night_s_arrests_told_with_and_without_the_evening_are_one_count(analyzer: Analyzer) -> None:
    """``Soixante personnes ont été interpellées`` the morning after, then ``les 60 casseurs interpellés
    vendredi soir``: the story dates one evening only, and the first count was given the next day."""
    dossier = dossier_of(
        analyzer,
        (
            "j1",
            "De violents incidents ont éclaté vendredi soir dans le centre de Grenoble. "
            "Soixante personnes ont été interpellées, selon la préfecture.",
            "2026-09-12",
        ),
        (
            "j2",
            "Le parquet de Grenoble a indiqué que, sur les 60 casseurs interpellés vendredi soir, "
            "25 restaient en garde à vue lundi.",
            "2026-09-14",
        ),
    )
    whole = [g for g in groups_of(dossier, "arrested") if 60 in [r.value for r in g.reports]]
    assert [sorted(r.value for r in g.reports) for g in whole] == [[60, 60]]
    assert whole[0].verdict == "agree"


def test_arrests_given_days_after_the_one_dated_night_stay_apart(analyzer: Analyzer) -> None:
    """A total given three days after the only dated night may include later arrests: not that night's."""
    dossier = dossier_of(
        analyzer,
        ("j1", "Vingt personnes ont été interpellées dans la nuit de vendredi à samedi à Grenoble.", "2026-09-12"),
        ("j2", "Au total, 45 personnes ont été interpellées à Grenoble, selon la préfecture.", "2026-09-15"),
    )
    values = sorted(sorted(r.value for r in g.reports) for g in groups_of(dossier, "arrested"))
    assert values == [[20], [45]]


def test_fans_hurt_are_not_everyone_hurt_in_a_stadium_riot(analyzer: Analyzer) -> None:
    """``plus de 200 supporters blessés``, the fans' own count, is not the toll of everyone hurt (police
    included), which the ministry revises from 70 to 90; arrested fans are the arrested."""
    dossier = dossier_of(
        analyzer,
        ("j1", "Les violences au stade de Sfax ont fait 70 blessés, selon le ministère de l'Intérieur.", "2026-09-13"),
        (
            "j2",
            "Le ministère a revu lundi le bilan des violences au stade de Sfax à 90 blessés. Un collectif de "
            "supporters affirme que plus de 200 supporters ont été blessés par la police.",
            "2026-09-15",
        ),
    )
    values = sorted(sorted(r.value for r in g.reports) for g in groups_of(dossier, "injured"))
    assert values == [[70, 90], [200]]
    text = "Trente supporters ont été arrêtés après le match."
    assert [population(c, text) for c in _scored(_analyze(analyzer, text))] == ["people"]


def test_one_person_still_missing_is_a_figure(analyzer: Analyzer) -> None:
    """``Un marin reste porté disparu``: the parser gives the singular ``reste`` its own lemma; still the
    state verb, it counts one missing, the latest of a falling series."""
    text = "Après le naufrage, un marin reste porté disparu, selon la préfecture maritime."
    assert [(c.category, c.value) for c in _scored(_analyze(analyzer, text))] == [("missing", 1)]


def test_the_missing_of_one_kind_and_of_everyone_are_one_falling_count(analyzer: Analyzer) -> None:
    """``trois disparus`` and ``Trois marins sont portés disparus`` one day, ``Un marin reste porté disparu``
    two days later: the missing are found, so the count falls; one series, not the sailors' apart."""
    dossier = dossier_of(
        analyzer,
        (
            "j1",
            "Naufrage au large de Lorient : deux morts et trois disparus\n\n"
            "Le chalutier a sombré dans la nuit. Trois marins sont portés disparus.",
            "2026-09-12",
        ),
        ("j2", "Deux marins ont été retrouvés vivants. Un marin reste porté disparu.", "2026-09-14"),
    )
    assert [sorted(r.value for r in g.reports) for g in groups_of(dossier, "missing")] == [[1, 3, 3]]
    assert groups_of(dossier, "missing")[0].figure == 1


def test_a_crowd_s_sources_between_its_figure_and_its_verb(analyzer: Analyzer) -> None:
    """``1 200 personnes selon la police, 3 000 selon les syndicats, ont défilé``: who counted stands
    between the figures and the verb that makes them a crowd; a source closing a sentence asserts no verb."""
    text = "Samedi, 1 200 personnes selon la police, 3 000 selon les syndicats, ont défilé dans les rues de Tours."
    assert [(c.category, c.value) for c in _scored(_analyze(analyzer, text))] == [
        ("participants", 1200),
        ("participants", 3000),
    ]
    aside = "Près de 500 personnes, d'après les organisateurs, se sont rassemblées devant la mairie de Tours."
    assert [(c.category, c.value) for c in _scored(_analyze(analyzer, aside))] == [("participants", 500)]
