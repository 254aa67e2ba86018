"""Entities, fifteenth round: two full names of one story that are one person spelt two ways by two outlets, which
no transliteration rule lists (a surname nearly alike under one first name, a first name nearly alike under one
surname, a middle name one outlet adds), and the names that stay two people (a feminine first name, a first name
far from the other, names one article writes both of)."""

from __future__ import annotations

import pytest

from entity_helpers import analysis_of, entity, merged, together


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Dimitris Karagiannis", "Dimitris Karayannis"),
        ("Rubén Cevallos", "Ruben Zevallos"),
        ("Giorgos Papadakis", "Georgios Papadakis"),
        ("Taoufik Mansouri", "Tawfik Mansouri"),
        ("Kwame Yeboah Mensah", "Kwame Mensah"),
    ],
)
def test_one_person_spelt_two_ways_by_two_outlets(one: str, other: str) -> None:
    groups = merged(analysis_of("a", entity(one, "PER")), analysis_of("b", entity(other, "PER")))
    assert together(groups, one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jean Martin", "Jeanne Martin"),
        ("Marc Dubois", "Marie Dubois"),
        ("Moussa Diallo", "Mamadou Diallo"),
        ("Kostas Papadopoulos", "Kostas Papadakis"),
        ("Ahmed Ali", "Ahmed Alami"),
    ],
)
def test_two_people_of_one_story_stay_two(one: str, other: str) -> None:
    groups = merged(analysis_of("a", entity(one, "PER")), analysis_of("b", entity(other, "PER")))
    assert not together(groups, one, other)


def test_two_spellings_one_article_writes_both_of_are_two_people() -> None:
    groups = merged(
        analysis_of("a", entity("Giorgos Papadakis", "PER"), entity("Georgios Papadakis", "PER")),
        analysis_of("b", entity("Giorgos Papadakis", "PER")),
    )
    assert not together(groups, "Giorgos Papadakis", "Georgios Papadakis")
