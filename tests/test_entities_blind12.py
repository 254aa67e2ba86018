"""Entities the lead's twelfth blind set (``tests/data/entities-blind12.json``) merged wrongly or left split: a
company and the foundation named after it, … Each behaviour on invented French sentences."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import entities_found
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- within an article (analyze) ------------------------------------------------------------------------------


def test_a_foundation_named_after_a_company_is_not_the_company(analyze: Analyze) -> None:
    result = analyze(
        "Parmi les clients figurent plusieurs fournisseurs de Kwahu Gold, la compagnie minière dont le site a été "
        "pillé. Sur notre antenne, la directrice de la Fondation Kwahu Gold, Efua Owusu, a dit craindre pour les écoles."
    )
    found = entities_found(result)
    assert found["Fondation Kwahu Gold"] == ("ORG", "Fondation Kwahu Gold")
    assert found["Kwahu Gold"][1] == "Kwahu Gold"


def test_an_acronym_bracketed_after_a_company_taken_for_a_person_is_named_by_it(analyze: Analyze) -> None:
    result = analyze(
        "Les heurts ont eu lieu sur la concession d'Obosom Gold Resources (OGR), près de Konongo, où des "
        "orpailleurs ont incendié un engin."
    )
    assert entities_found(result)["OGR"][1] == "Obosom Gold Resources"
