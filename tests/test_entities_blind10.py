"""Entities that the lead's tenth blind set (``tests/data/entities-blind10.json``) found split: a surname alone
beside a full name written with and without its particle, an English acronym whose small letter is a
linking word, a court spaCy calls ``MISC`` bracketed with its native acronym, a mayor's town glued to his
name, a Portuguese name known by an inner word. Each behaviour on invented French sentences."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]

# -- across articles (link) ---------------------------------------------------------------------------


def test_a_surname_alone_joins_a_full_name_written_with_and_without_its_particle() -> None:
    groups = merged(
        analysis_of("a", entity("Carlos de Almeida", "PER")),
        analysis_of("b", entity("Carlos Almeida", "PER")),
        analysis_of("c", entity("Almeida", "PER")),
    )
    assert together(groups, "Almeida", "Carlos de Almeida")


def test_a_surname_alone_between_two_given_names_stays_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Carlos de Almeida", "PER"), entity("Rita Almeida", "PER")),
        analysis_of("b", entity("Almeida", "PER")),
    )
    assert not together(groups, "Almeida", "Carlos de Almeida")
    assert not together(groups, "Almeida", "Rita Almeida")


def test_a_mixed_case_acronym_s_small_letter_is_a_linking_word() -> None:
    groups = merged(
        analysis_of("a", entity("Banque du Canada", "ORG")),
        analysis_of("b", entity("BoC", "ORG")),
    )
    assert together(groups, "Banque du Canada", "BoC")


def test_a_town_glued_before_a_person_s_name_is_that_person() -> None:
    groups = merged(
        analysis_of("a", entity("Marseille Karim Benhadj", "PER")),
        analysis_of("b", entity("Karim Benhadj", "ORG")),
    )
    assert together(groups, "Marseille Karim Benhadj", "Karim Benhadj")


def test_a_person_known_by_an_inner_word_of_a_long_name_is_that_person() -> None:
    groups = merged(
        analysis_of("a", entity("Joaquim Pedro Tavinho da Costa", "PER")),
        analysis_of("b", entity("Tavinho", "PER")),
    )
    assert together(groups, "Joaquim Pedro Tavinho da Costa", "Tavinho")


def test_an_inner_word_that_ends_another_person_s_name_stays_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Joaquim Pedro Tavinho da Costa", "PER"), entity("Ana Pedro", "PER")),
        analysis_of("b", entity("Pedro", "PER")),
    )
    assert not together(groups, "Joaquim Pedro Tavinho da Costa", "Pedro")


# -- within one article (analyze) -----------------------------------------------------------------------


def test_a_court_bracketed_with_its_native_acronym_names_it(analyze: Analyze) -> None:
    result = analyze("Le Tribunal électoral supérieur (TSE) a validé mardi les résultats du scrutin.")
    names = {e.text: e.name for e in result.entities}
    assert names["TSE"] == "Tribunal électoral supérieur"
