"""Claims, eighth round: who asserts a figure when a reporting participle and ``par`` follow it. Invented French
sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def sources(result: DocumentAnalysis) -> dict[float | None, str | None]:
    return {c.value: (c.source.text if c.source else None) for c in result.claims}


def test_the_agent_of_a_reporting_participle_asserts_the_figure_before_it(analyze: Analyze) -> None:
    """The battle of figures: each count has its own source, named after it by ``par``."""
    result = analyze(
        "À Rennes, 9 000 personnes ont défilé selon la préfecture, loin des 25 000 manifestants revendiqués par "
        "l'intersyndicale et des 40 000 avancés par les organisateurs."
    )
    assert sources(result) == {9000: "la préfecture", 25000: "l'intersyndicale", 40000: "les organisateurs"}


def test_a_toll_announced_by_a_ministry_is_the_ministry_s(analyze: Analyze) -> None:
    result = analyze("Les 17 morts annoncés par le ministère de la Santé ont été inhumés samedi à Mopti.")
    assert sources(result) == {17: "le ministère de la Santé"}


def test_the_agent_of_the_counted_event_is_no_source(analyze: Analyze) -> None:
    """``arrêtées par la police``: the police arrested them; nothing says who counted."""
    result = analyze("Samedi soir, 120 personnes ont été arrêtées par la police à Marseille.")
    assert sources(result) == {120: None}


def test_a_bare_figure_before_a_reporting_participle_counts_what_the_figure_before_counts(analyze: Analyze) -> None:
    """``et des 12 000 avancées par la police``: no noun, the crowd again, by another source."""
    result = analyze(
        "Environ 30 000 personnes ont défilé à Nantes selon notre décompte, loin des 60 000 revendiquées par "
        "la CGT et des 11 000 avancées par la préfecture."
    )
    assert {c.value: c.category for c in result.claims} == {
        30000: "participants",
        60000: "participants",
        11000: "participants",
    }
    assert sources(result)[60000] == "la CGT" and sources(result)[11000] == "la préfecture"
