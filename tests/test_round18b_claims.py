"""Claims, eighteenth round (second pass): people taken away, bodies taken up by a pronoun, people present at a
scene, the faithful as a crowd, and what became of people a participle describes. Kinds counted over every
set's misses (recall: missing, troops, participants read as ``other``), each seen in three sets or more:

* people abducted (``huit militants ont été enlevés``, ``45 personnes enlevées depuis janvier``, ``30
  enlèvements de syndicalistes``) are unaccounted for: ``missing``; a thing taken away (``300 tonnes de gravats``) is
  no count;
* ``ceux``/``celles`` taking up a remains noun (``parmi les corps figurent ceux de trois otages``, ``onze corps,
  dont ceux de deux enfants``) count dead, whatever the verb after says of them before;
* a state of presence after a copula (``sont à pied d'œuvre``, ``étaient présents``, ``sont sur place``): forces
  there are ``troops``, other people a crowd (``participants``), a category noun keeps its own;
* ``fidèles``, ``pèlerins`` name a crowd as ``spectateurs`` does;
* a participle describing the people, then a short time or place complement, then the finite verb that says
  what became of them (``blessés samedi à Lyon sont morts``), or that they came back (``enlevées la veille ont
  été libérées``: no longer missing, counted in no category).

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _scored(result: DocumentAnalysis) -> list[tuple[str, float | int | None]]:
    return [(c.category, c.value) for c in claims(result)]


# -- people taken away are missing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins huit militants ont été enlevés par des hommes cagoulés dans la nuit de lundi à mardi.", 8),
        ("L'ONG recense désormais 45 personnes enlevées depuis le début de l'année.", 45),
        ("Des hommes armés ont kidnappé trois personnes sur le chantier du barrage.", 3),
        ("Les ravisseurs ont enlevé douze enfants à la sortie de l'école, selon la police.", 12),
        ("Le collectif a recensé 30 enlèvements de syndicalistes depuis le printemps.", 30),
    ],
)
def test_people_taken_away_are_missing(analyze: Analyze, text: str, expected: int) -> None:
    assert _scored(analyze(text)) == [("missing", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Les bulldozers ont enlevé 300 tonnes de gravats.",
        "Les grues ont enlevé 40 conteneurs du quai.",
    ],
)
def test_things_taken_away_are_no_count(analyze: Analyze, text: str) -> None:
    assert _scored(analyze(text)) == []


# -- a pronoun taking up a remains noun counts dead --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parmi les corps retrouvés figurent ceux de quatre pêcheurs qui avaient été enlevés dimanche.",
            [("killed", 4)],
        ),
        ("Neuf corps ont été repêchés dans le fleuve, dont ceux de trois enfants.", [("killed", 9), ("killed", 3)]),
        ("Les dépouilles identifiées sont celles de six mineurs portés disparus depuis mardi.", [("killed", 6)]),
    ],
)
def test_remains_taken_up_by_a_pronoun(analyze: Analyze, text: str, expected: list) -> None:
    assert _scored(analyze(text)) == expected


# -- people present at a scene ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quelque 300 gendarmes sont déjà à pied d'œuvre pour rétablir les lignes électriques.", [("troops", 300)]),
        ("Selon le préfet, seuls 40 policiers étaient présents au moment des faits.", [("troops", 40)]),
        ("Une centaine de pompiers sont toujours sur place, selon les secours.", [("troops", 100)]),
        ("Près de 5 000 personnes étaient présentes dans la salle lors du concert.", [("participants", 5000)]),
        ("Douze blessés sont encore sur place.", [("injured", 12)]),
    ],
)
def test_people_present_at_a_scene(analyze: Analyze, text: str, expected: list) -> None:
    assert _scored(analyze(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quarante véhicules étaient présents sur le parking.",
        "Des dizaines de soldats sont entrés sur la place principale.",
    ],
)
def test_presence_of_things_or_no_presence_is_no_count(analyze: Analyze, text: str) -> None:
    assert _scored(analyze(text)) == []


# -- the faithful are a crowd ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des milliers de pèlerins se sont pressés vers le temple à l'aube.", None),
        ("Plus de 80 000 fidèles s'étaient rassemblés devant la basilique.", 80000),
        ("Selon les organisateurs, près de trois millions de pèlerins ont gagné la ville sainte.", 3000000),
    ],
)
def test_the_faithful_are_a_crowd(analyze: Analyze, text: str, expected: int | None) -> None:
    assert _scored(analyze(text)) == [("participants", expected)]


# -- what became of people a participle describes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cinq manifestants blessés samedi à Lyon sont morts à l'hôpital.", [("killed", 5)]),
        ("Trois otages enlevés en mars ont été tués par leurs ravisseurs.", [("killed", 3)]),
        ("Deux personnes enlevées la veille ont été libérées samedi.", []),
        ("Huit mineurs bloqués depuis mardi ont été retrouvés sains et saufs.", []),
        ("Six journalistes séquestrés pendant une semaine ont été relâchés jeudi.", []),
    ],
)
def test_later_fate_past_a_short_complement(analyze: Analyze, text: str, expected: list) -> None:
    assert _scored(analyze(text)) == expected


def test_an_arrest_stays_one_after_a_release(analyze: Analyze) -> None:
    """Released after an arrest: the arrest happened, unlike people lost who come back."""
    text = "Les quatre militants interpellés lundi ont été relâchés dans la soirée."
    assert _scored(analyze(text)) == [("arrested", 4)]
