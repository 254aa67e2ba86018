"""Claim groups, seventeenth round: three general causes of split or mis-judged groups. A past event's toll
told roughly and exactly is one settled figure, not a toll raised; ``porter à N le nombre de`` says a count
was raised, so a running count that raises one dated day's count is that count's series; a town and the
first-level region the gazetteer puts it in are one site told at two levels. Invented French sentences of
other stories than any set's."""

from __future__ import annotations

import pytest

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import _marks, decide, town_in_region
from recoupe.model import ClaimReport


def _report(doc: str, value: int, qualifier: str, published: str, source: str | None = None) -> ClaimReport:
    return ClaimReport(doc, 0, 5, str(value), value, None, None, qualifier, source, doc, published)


# --- a past event's toll is settled: ``plus de cent`` then ``104`` agree


@pytest.mark.parametrize(
    ("rough", "exact"),
    [
        (_report("a", 100, "at_least", "2026-08-11"), _report("b", 104, "exact", "2026-08-14")),
        (_report("a", 30, "at_least", "2026-02-02", "la presse locale"), _report("b", 31, "exact", "2026-02-20")),
        (_report("a", 2000, "at_least", "2025-11-30"), _report("b", 2143, "exact", "2025-12-01", "l'ONU")),
    ],
)
def test_a_settled_toll_told_roughly_then_exactly_agrees(rough: ClaimReport, exact: ClaimReport) -> None:
    """Years after the event, ``plus de cent morts`` in one article and ``104 morts`` in a later one tell one
    toll; the same two reports of a running toll are a toll raised (an update)."""
    settled = decide([rough, exact], "killed", settled=True)
    assert settled.verdict == "agree" and settled.figure == exact.value
    assert decide([rough, exact], "killed").verdict == "update"


def test_a_settled_toll_still_conflicts_when_the_figures_do_not_meet() -> None:
    """Settled is no licence to agree: ``au moins 50`` and ``31`` leave no figure both allow."""
    reports = [_report("a", 50, "at_least", "2026-02-02", "un syndicat"), _report("b", 31, "exact", "2026-02-03")]
    assert decide(reports, "killed", settled=True).verdict != "agree"


# --- ``porter à N le nombre de`` says a count was raised


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("L'arrestation d'un contremaître mardi porte à trois le nombre de personnes détenues.", "trois"),
        ("Deux nouveaux décès ont été signalés à l'hôpital, portant à 17 le nombre de victimes.", "17"),
        ("Ces interpellations portent à 45 le nombre de gardes à vue depuis lundi, selon le parquet.", "45"),
        ("Le préfet a décidé de porter à 300 le nombre de gendarmes déployés dans la vallée.", "300"),
    ],
)
def test_raising_a_number_to_a_figure_is_a_revision(text: str, figure: str) -> None:
    start = text.index(figure)
    assert _marks(text, start, start + len(figure), "fr")[2]


def test_carrying_a_door_is_no_revision() -> None:
    text = "Huit bénévoles ont distribué des vivres, de porte en porte, dans le quartier inondé."
    start = text.index("Huit")
    assert not _marks(text, start, start + 4, "fr")[2]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # digits then words, the source after
        (
            "Deux employés de la scierie ont été arrêtés dans la nuit de lundi à mardi, selon les gendarmes.",
            "Le contremaître de la scierie a été interpellé vendredi, ce qui porte à trois le nombre de "
            "personnes arrêtées dans l'enquête, a indiqué le parquet.",
        ),
        # the source first, a participle clause, figures in digits
        (
            "Selon la police, 4 personnes ont été interpellées mardi soir après l'effondrement du gradin.",
            "L'enquête a progressé samedi, portant à 5 le nombre de personnes interpellées après "
            "l'effondrement du gradin.",
        ),
        # a past tense, the count's noun before the figure's verb
        (
            "Trois gardiens du zoo ont été arrêtés dans la soirée de lundi, a annoncé la police.",
            "La police a porté à six le nombre de gardiens du zoo arrêtés, a-t-on appris samedi.",
        ),
    ],
)
def test_a_running_count_that_raises_the_day_joins_it(analyzer: Analyzer, first: str, later: str) -> None:
    """A day's arrests, then days later a count that says it raises them: one group, an update."""
    dossier = dossier_of(analyzer, ("a", first, "2026-03-03"), ("b", later, "2026-03-07"))
    arrested = groups_of(dossier, "arrested")
    assert len(arrested) == 1 and len(arrested[0].reports) == 2
    assert arrested[0].verdict == "update"


# --- a town and its region


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Besançon", "Bourgogne-Franche-Comté"),
        ("Besançon", "la région Bourgogne-Franche-Comté"),
        ("Kisangani", "province de la Tshopo"),
        ("Sikasso", "région de Sikasso"),
    ],
)
def test_a_town_lies_in_its_region(town: str, region: str) -> None:
    assert town_in_region(town, region)


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Dijon", "Besançon"),  # two towns of one region
        ("Cusco", "Lima"),  # two towns of one country
        ("Pau", "Bourgogne-Franche-Comté"),  # a town of another region
        ("Nouvelle-Aquitaine", "Pau"),  # the region is not in the town
    ],
)
def test_places_side_by_side_are_not_a_town_in_its_region(town: str, region: str) -> None:
    assert not town_in_region(town, region)
