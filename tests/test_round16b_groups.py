"""Claim groups, sixteenth round (second pass): a place's figure and the story's figure that names no place.

- **Siblings of the same people only.** A place's count joins the story's whole count unless the story's figures
  of that kind name two places side by side; the places are now read among the figures of the same population
  only: a subset's place (``dont neuf à Béja``) or refugees' camps say nothing of where the dead or the
  displaced were counted.
- **A little above is the same toll.** A place's figure above every figure of the whole counted something wider
  only when it is many times above (:data:`WIDER_COUNT_FACTOR`); a few more are the toll risen, or another
  source's count of the same people.
- **Far below what was already counted is a part.** A place's figure many times below a figure the whole gave
  that day or before (``300 à Agra`` beside ``100 000``) counts a part of it, and so does a place's other
  figure beside a count said to span the country.

Invented French sentences of other stories than any set's."""

from __future__ import annotations

import pytest

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import WIDER_COUNT_FACTOR, _Entry, _far_below_counted, _part_of_nationwide, _set_apart
from recoupe.model import ClaimReport, Dossier


def _entry(value: int, published: str, scope: str = "", recalled: bool = False) -> _Entry:
    report = ClaimReport("d", 0, 1, str(value), value, None, None, "exact", None, None, published)
    return _Entry(report, "people", "", None, scope, False, recalled)


# --- the rules on their own


def test_a_little_above_the_whole_is_not_set_apart() -> None:
    local, whole = [_entry(17, "2026-03-02")], [_entry(14, "2026-03-03"), _entry(11, "2026-03-05")]
    assert not _set_apart(local, whole, whole, {}, "fr")


def test_many_times_above_the_whole_is_set_apart() -> None:
    local, whole = [_entry(260, "2026-03-02")], [_entry(11, "2026-03-03")]
    assert 260 > 11 * WIDER_COUNT_FACTOR
    assert _set_apart(local, whole, whole, {}, "fr")


def test_far_below_a_count_already_given_is_a_part() -> None:
    whole = [_entry(21000, "2026-03-01"), _entry(52000, "2026-03-04")]
    assert _far_below_counted(_entry(4800, "2026-03-04"), whole)


def test_far_below_a_later_count_is_not_a_part() -> None:
    """A first count at the site, then a higher whole days later: the toll rose."""
    assert not _far_below_counted(_entry(40, "2026-03-01"), [_entry(120, "2026-03-06")])


def test_a_recalled_or_close_figure_is_not_a_part() -> None:
    whole = [_entry(500, "2026-03-01")]
    assert not _far_below_counted(_entry(200, "2026-03-01"), whole)
    assert not _far_below_counted(_entry(20, "2026-03-02", recalled=True), whole)


def test_a_place_beside_a_nationwide_count() -> None:
    whole = [_entry(7, "2026-03-01", "nationwide"), _entry(11, "2026-03-02", "nationwide")]
    key = ("s", "injured", "people", "", "nationwide")
    assert _part_of_nationwide([_entry(1, "2026-03-01", "place:x")], key, whole)
    # the same figure told at both levels is one count
    assert not _part_of_nationwide([_entry(7, "2026-03-01", "place:x")], key, whole)
    # a whole that is only the story's (no word of the whole country) is not read so
    assert not _part_of_nationwide([_entry(1, "2026-03-01", "place:x")], (*key[:4], ""), whole)


# --- whole stories

#: A sentence that names the story's country with a figure of another kind: the story's figures that name no
#: place are then the country's, read against each place's by the rules above (a story naming no country at all
#: has its one place's scope, another rule).
COUNTRY = " Par ailleurs, deux personnes ont été tuées en France depuis le début du mois."


def _group_with(dossier: Dossier, category: str, value: int) -> set[int | float | None]:
    return next(
        {r.value for r in g.reports} for g in groups_of(dossier, category) if value in {r.value for r in g.reports}
    )


@pytest.mark.parametrize(
    ("first", "later", "values"),
    [
        # a town's first count, the story's count that names no place, a few more
        (
            "Dix-sept blessés ont été hospitalisés à Tarbes après l'accident du car scolaire, selon les pompiers.",
            "Quatorze personnes restaient hospitalisées jeudi après l'accident du car scolaire, a indiqué la "
            "préfecture.",
            {17, 14},
        ),
        # the source first, the place in the sentence of the figure, words and digits
        (
            "Selon la mairie, 2 500 habitants ont été évacués à Carcassonne après la crue de dimanche.",
            "Un millier d'habitants ont été évacués après la crue de dimanche, selon un premier bilan de la "
            "préfecture.",
            {2500, 1000},
        ),
        # an inverted sentence, the source before
        (
            "D'après la gendarmerie, ont été évacués à Lourdes 1 400 riverains menacés par l'incendie de forêt.",
            "Environ 1 200 riverains ont été évacués à cause de l'incendie de forêt, a annoncé mardi la préfecture.",
            {1400, 1200},
        ),
    ],
)
def test_a_place_a_little_above_joins_the_story_count(
    analyzer: Analyzer, first: str, later: str, values: set[int]
) -> None:
    dossier = dossier_of(analyzer, ("a", first, "2026-05-02"), ("b", later + COUNTRY, "2026-05-04"))
    category = next(g.category for g in dossier.claim_groups if values & {r.value for r in g.reports})
    assert values <= _group_with(dossier, category, min(values))


@pytest.mark.parametrize(
    ("whole", "part", "big", "small"),
    [
        # a crowd told in one town the day the story counts a national tide
        (
            "Plus de 100 000 personnes ont défilé mardi contre la réforme, selon les syndicats.",
            "A Vesoul, 300 manifestants ont défilé mardi contre la réforme, selon la police.",
            100000,
            300,
        ),
        # the source first, a town's displaced after the story's larger count
        (
            "Selon la sécurité civile, 21 000 personnes ont été déplacées par le cyclone.",
            "D'après la mairie, 4 800 personnes ont été déplacées par le cyclone à Morondava.",
            21000,
            4800,
        ),
        # the place before the figure, words
        (
            "Les inondations ont fait soixante blessés, a indiqué le ministère de l'Intérieur.",
            "A Sfax, cinq personnes ont été blessées dans les inondations, selon la protection civile.",
            60,
            5,
        ),
    ],
)
def test_a_place_far_below_what_was_counted_is_a_part(
    analyzer: Analyzer, whole: str, part: str, big: int, small: int
) -> None:
    dossier = dossier_of(analyzer, ("a", whole + COUNTRY, "2026-05-02"), ("b", part, "2026-05-02"))
    category = next(g.category for g in dossier.claim_groups if big in {r.value for r in g.reports})
    assert big not in _group_with(dossier, category, small)
