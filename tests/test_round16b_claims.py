"""Claims, sixteenth round (second pass): a report that goes on past its source, from causes seen in many sets.

* an incise's words end with its subject, after the verb: a figure after ``…, a indiqué le ministère, ce qui
  porte à N le nombre …`` goes on with that report;
* a quoted term (``ont été « neutralisés »``) is no one's quoted words: the toll of such a sentence still goes
  on with the report of the sentence before;
* in ``Le nombre de déplacés atteint …`` the participle after ``de`` is what is counted, not a verb: the
  sentence is a total going on with the report before.

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- a figure going on after an incise ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "who"),
    [
        (
            "Trois personnes ont été tuées, a annoncé dimanche la préfecture, ce qui porte à onze le nombre de "
            "morts depuis lundi.",
            [("killed", 3), ("killed", 11)],
            "la préfecture",
        ),
        (
            "Deux soldats ont été blessés lors de l'embuscade, a indiqué l'armée, portant à quatorze le nombre "
            "de blessés depuis mars.",
            [("injured", 2), ("injured", 14)],
            "l'armée",
        ),
        (
            "Dans la nuit, 38 supporters ont été interpellés, a précisé jeudi matin le parquet de Lille, ce qui "
            "porte à 90 le nombre total d'interpellations depuis le début du tournoi.",
            [("arrested", 38), ("arrested", 90)],
            "le parquet de Lille",
        ),
    ],
)
def test_a_figure_after_an_incise_goes_on_with_its_report(
    analyze: Analyze, text: str, expected: list[tuple[str, int]], who: str
) -> None:
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == expected
    assert [source(c) for c in found] == [who] * len(expected)


# -- a quoted term does not stop a report going on ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Selon la préfecture, trois gendarmes ont été blessés. Cinq émeutiers ont aussi été « interpellés » "
            "dans la nuit.",
            "la préfecture",
        ),
        (
            "Selon les pompiers, six personnes sont mortes dans l'incendie. Deux enfants ont également "
            '"disparu" dans les flammes.',
            "les pompiers",
        ),
        (
            "D'après l'état-major, douze soldats ont été tués. Huit « terroristes » ont été arrêtés lors du ratissage.",
            "l'état-major",
        ),
    ],
)
def test_a_quoted_term_keeps_the_report_going(analyze: Analyze, text: str, who: str) -> None:
    found = claims(analyze(text))
    assert len(found) == 2
    assert source(found[1]) == who


def test_someones_quoted_words_still_stop_the_report(analyze: Analyze) -> None:
    """A longer quotation is somebody's words: its figure is not the report's before it."""
    text = (
        "Selon la police, trois manifestants ont été blessés. Cinq autres ont été « frappés à coups de barre "
        "devant la gare centrale »."
    )
    found = claims(analyze(text))
    assert source(found[0]) == "la police"
    assert all(source(c) is None for c in found[1:])


# -- a total named by a participle noun ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "who"),
    [
        (
            "Le dernier bilan des secours fait état de 14 morts. Le nombre de déplacés atteint désormais 3 500 "
            "personnes.",
            ("displaced", 3500),
            "secours",
        ),
        ("Selon l'ONU, 40 personnes ont été tuées. Le nombre de blessés s'élève à 120.", ("injured", 120), "l'ONU"),
        (
            "Le ministère a recensé huit morts. Le total des disparus dépasse désormais 40 personnes.",
            ("missing", 40),
            "Le ministère",
        ),
    ],
)
def test_a_total_of_participle_nouns_goes_on_with_the_report(
    analyze: Analyze, text: str, expected: tuple[str, int], who: str
) -> None:
    found = claims(analyze(text))
    assert (found[-1].category, found[-1].value) == expected
    assert source(found[-1]) == who
