"""Round 12, entities: a body named without its head noun joins the acronym that keeps the noun's letter
(``les Nations unies``, ``l'ONU``). Invented French examples."""

from __future__ import annotations

from entity_helpers import analysis_of, entity, merged, together


def test_the_united_nations_are_the_un_organisation() -> None:
    groups = merged(
        analysis_of("a", entity("Nations unies", "ORG")),
        analysis_of("b", entity("ONU", "ORG")),
    )
    assert together(groups, "Nations unies", "ONU")


def test_an_acronym_does_not_join_a_body_whose_letters_it_only_ends_with_without_an_o() -> None:
    groups = merged(
        analysis_of("a", entity("Nations unies", "ORG")),
        analysis_of("b", entity("ANU", "ORG")),
    )
    assert not together(groups, "Nations unies", "ANU")
