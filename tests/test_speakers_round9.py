"""Speakers, ninth round (lead): a participle after its article is a noun, a collective is a body, a described
person's place is part of the description, and a relative clause hangs on the person, not on their town. Invented
French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def speakers(result: DocumentAnalysis) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Le peuple a parlé », a lancé l'opposant dans un message audio.", ["l'opposant"]),
        ("Le collectif a dénoncé « une provocation » de la préfecture.", ["Le collectif"]),
        (
            "« Nous ne céderons pas », a averti le commandant de la gendarmerie à Bastia.",
            ["le commandant de la gendarmerie à Bastia"],
        ),
        (
            "« La houle est forte », a expliqué la porte-parole de Salvamento aux Baléares.",
            ["la porte-parole de Salvamento aux Baléares"],
        ),
        ("Les pêcheurs de Lorient, qui dénoncent des quotas « absurdes », manifestent.", ["Les pêcheurs de Lorient"]),
    ],
)
def test_speakers(analyze: Analyze, text: str, expected: list[str]) -> None:
    assert speakers(analyze(text)) == expected


def test_whom_it_was_said_to_is_not_part_of_the_speaker(analyze: Analyze) -> None:
    assert speakers(analyze("« Nous partirons », a déclaré le ministre à l'AFP.")) == ["le ministre"]
