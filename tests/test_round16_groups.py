"""Claim groups, sixteenth round: ``légèrement`` said of a count of the injured only says how they were hurt,
unless the story breaks its injured down by severity (``dont deux graves``): a first report of ``trois
surveillants légèrement blessés`` and a later ``cinq surveillants blessés`` are one toll, revised. Invented
French sentences of other stories than any set's."""

from __future__ import annotations

import pytest

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import _plain_unless_broken_down

# --- the rule on populations


def test_lightly_is_dropped_where_the_story_gives_no_severity() -> None:
    assert _plain_unless_broken_down("security_forces (lightly)", "s", "injured", frozenset()) == "security_forces"


def test_lightly_stays_where_the_story_breaks_its_injured_down() -> None:
    broken = frozenset({("s", "injured", "people")})
    assert _plain_unless_broken_down("people (lightly)", "s", "injured", broken) == "people (lightly)"
    # another story's breakdown does not count
    assert _plain_unless_broken_down("people (lightly)", "t", "injured", broken) == "people"


def test_other_marks_are_kept() -> None:
    assert _plain_unless_broken_down("people (subset)", "s", "injured", frozenset()) == "people (subset)"


# --- whole stories


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # subject first, the source after, digits then words
        (
            "Lors de la mutinerie de lundi à la prison de Varennes, 3 surveillants ont été légèrement blessés, "
            "selon la direction de l'établissement.",
            "Le bilan de la mutinerie de Varennes s'est alourdi : cinq surveillants ont été blessés, a indiqué "
            "mercredi le ministère de la Justice.",
        ),
        # the source first, ``blessés légers`` after the number
        (
            "La préfecture a fait état de deux blessés légers parmi les pompiers engagés contre le feu de forêt "
            "de Sorèze.",
            "Quatre pompiers ont finalement été blessés en luttant contre le feu de forêt de Sorèze, a précisé "
            "jeudi la préfecture.",
        ),
        # an inverted sentence, the adverb before the participle, the source in the sentence before
        (
            "Les secours ont donné un premier bilan. Légèrement blessés dans l'effondrement du balcon, six "
            "spectateurs ont été soignés sur place.",
            "Huit spectateurs ont été blessés dans l'effondrement du balcon du théâtre, selon les pompiers.",
        ),
    ],
)
def test_a_lightly_injured_first_count_is_revised_by_a_plain_one(analyzer: Analyzer, first: str, later: str) -> None:
    """Without any figure of the seriously hurt, the two counts of one people's injured are one group."""
    dossier = dossier_of(analyzer, ("a", first, "2026-06-02"), ("b", later, "2026-06-04"))
    injured = groups_of(dossier, "injured")
    assert len(injured) == 1 and len(injured[0].reports) == 2
    assert injured[0].verdict == "update"


def test_a_severity_breakdown_keeps_the_lightly_injured_apart(analyzer: Analyzer) -> None:
    """``vingt blessés, dont quatre graves`` then ``Seize … légèrement blessées``: the sixteen are the other part,
    no revision of the twenty."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Le carambolage de l'autoroute a fait vingt blessés, dont quatre graves, selon les pompiers.",
            "2026-06-02",
        ),
        ("b", "Seize personnes avaient été légèrement blessées dans le carambolage de l'autoroute.", "2026-06-04"),
    )
    injured = [g for g in groups_of(dossier, "injured") if {r.value for r in g.reports} & {16, 20}]
    assert len(injured) == 2


@pytest.mark.parametrize(
    "part",
    [
        "Deux d'entre eux ont été légèrement blessés lundi.",
        "Parmi eux, deux ont été légèrement blessés.",
        "Les sauveteurs étaient une quarantaine, dont deux légèrement blessés.",
    ],
)
def test_a_lightly_hurt_part_of_a_count_stays_apart(analyzer: Analyzer, part: str) -> None:
    """A part said lightly hurt (``Deux d'entre eux``) breaks its whole down; it does not join the whole's toll."""
    dossier = dossier_of(
        analyzer,
        ("a", "Une quarantaine de sauveteurs ont fouillé les décombres de l'immeuble effondré. " + part, "2026-06-02"),
        ("b", "L'effondrement de l'immeuble a fait neuf blessés, selon la mairie.", "2026-06-04"),
    )
    injured = [g for g in groups_of(dossier, "injured") if 9 in {r.value for r in g.reports}]
    assert len(injured) == 1 and {r.value for r in injured[0].reports} == {9}
