"""Forces counted as deployed (held-out short fix, round 19): tens or more of a force's members that no verb or noun
put in another category are the force sent to a place (``Quelque 1 200 gendarmes``), a few officers in an incident
are not (``Quatre policiers ont été suspendus``), and a verb that gives a category keeps it (``Trente policiers ont
été blessés``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _category(result: DocumentAnalysis, value: int) -> str:
    return next(c.category for c in result.claims if c.value == value)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Quelque 1 200 gendarmes mobiles sont arrivés mardi à Nouméa.", 1200, "troops"),
        ("Ils s'ajoutent aux 900 policiers et gendarmes déjà présents sur l'île de la Réunion.", 900, "troops"),
        ("Une vingtaine de policiers gardaient la préfecture de Tarbes jeudi soir.", 20, "troops"),
        ("Quatre policiers ont été suspendus après la bavure de Vénissieux.", 4, "other"),
        ("Trente policiers ont été blessés lors des heurts de Pau.", 30, "injured"),
    ],
)
def test_tens_of_a_force_s_members_are_the_force_deployed(
    analyze: Analyze, text: str, value: int, category: str
) -> None:
    assert _category(analyze(text, published="2026-05-10"), value) == category
