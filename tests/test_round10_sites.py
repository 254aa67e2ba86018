"""Entities, tenth round: a site named after a person lends no surname to the article. Invented French
sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def types(result: DocumentAnalysis) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entity in result.entities:
        found.setdefault(entity.text, set()).add(entity.type)
    return found


def test_a_site_named_after_someone_leaves_the_city_a_place(analyze: Analyze) -> None:
    """``l'hôpital universitaire Ibrahim Lagos``: the hospital's name, not a person of the story; ``Lagos`` the
    city stays a place."""
    result = analyze(
        "Les blessés ont été admis à l'hôpital universitaire Ibrahim Lagos. À Lagos, la police a dispersé "
        "la foule. Le calme est revenu à Lagos dans la soirée."
    )
    assert types(result)["Lagos"] == {"LOC"}


def test_a_person_still_lends_a_surname(analyze: Analyze) -> None:
    result = analyze("Le ministre Ahmadu Bello a démissionné. Selon Bello, la décision était prise depuis longtemps.")
    assert types(result)["Bello"] == {"PER"}


def test_a_letter_with_a_stroke_is_written_out_the_same_name() -> None:
    """``Đurić`` / ``Djuric``, ``Wałęsa`` / ``Walesa``: outlets that drop the letter write it out."""
    from recoupe.link.entities import sound_key

    assert sound_key("Milica Đorđević", "PER") == sound_key("Milica Djordjevic", "PER")
    assert sound_key("Jan Wałkowski", "PER") == sound_key("Jan Walkowski", "PER")
    assert sound_key("Jan Wałkowski", "PER") != sound_key("Jan Markowski", "PER")
