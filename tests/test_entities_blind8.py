"""Entities that the lead's eighth set (``tests/data/entities-blind8.json``, measured once after the round's
entities work was merged) found split: a mixed-case acronym in brackets, a short name in brackets that opens
like its body, a person known by the initials of a long name, German umlauts written out. Each behaviour on
invented French sentences of other stories."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def test_a_mixed_case_acronym_in_brackets_is_the_body_before_it(analyze: Analyze) -> None:
    result = analyze("Le Bloc des gauches unies (BgU) a obtenu six sièges au parlement régional.")
    names = {e.text: e.name for e in result.entities}
    assert names.get("BgU") in ("Bloc des gauches unies", "BgU")
    groups = merged(result, analysis_of("b", entity("BgU", "ORG")))
    assert together(groups, "Bloc des gauches unies", "BgU")


def test_a_short_name_in_brackets_opening_like_its_body_is_its_name(analyze: Analyze) -> None:
    result = analyze("La Banque centrale du Pérou (Bancopé) a relevé ses taux mardi.")
    groups = merged(result, analysis_of("b", entity("Bancopé", "ORG")))
    assert together(groups, "Banque centrale du Pérou", "Bancopé")


def test_a_person_known_by_the_initials_of_a_long_name_within_a_story() -> None:
    groups = merged(
        analysis_of("a", entity("Luiz Carlos Pereira Souza", "PER")),
        analysis_of("b", entity("LCPS", "ORG")),
    )
    assert together(groups, "Luiz Carlos Pereira Souza", "LCPS")
    short = merged(analysis_of("a", entity("Ana Paz", "PER")), analysis_of("b", entity("AP", "ORG")))
    assert not together(short, "Ana Paz", "AP")


def test_umlauts_written_out_and_korean_romanizations_are_one_name_within_a_story() -> None:
    groups = merged(
        analysis_of("a", entity("Jürgen Müller", "PER"), entity("Park Jung-hoon", "PER")),
        analysis_of("b", entity("Juergen Mueller", "PER"), entity("Park Jeong-hoon", "PER")),
    )
    assert together(groups, "Jürgen Müller", "Juergen Mueller")
    assert together(groups, "Park Jung-hoon", "Park Jeong-hoon")
