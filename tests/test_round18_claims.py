"""Claims, eighteenth round: who asserts a figure given after a participial clause, and a count's holder that
names who drew it up. Kinds counted over every set's misses, each seen in three sets or more:

* a present participle after a comma speaks for the clause before it (``…, a déclaré le préfet, précisant
  que 12 personnes…``, ``Le ministre a pris la parole, annonçant que…``): its figures are that clause's
  subject's, the inverted subject of an incise included;
* a count's holder that names its author, as the subject of a verb that only measures (``Le bilan établi
  par le ministère s'élève à…``, ``Le dernier bilan, publié lundi par la préfecture, s'établit à…``,
  ``Le décompte de l'ONG atteint…``): the author asserts the figures after it.

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _counts(result: DocumentAnalysis) -> list[tuple[str, float | int | None, str | None]]:
    return [(c.category, c.value, source(c)) for c in claims(result)]


# -- a participial clause speaks for the clause before it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an incise, whose inverted subject speaks
        (
            "« Nous tiendrons », a déclaré le ministre, précisant que trois enfants figuraient parmi les morts.",
            [("killed", 3, "le ministre")],
        ),
        (
            "« Le calme est revenu », a assuré le gouverneur, ajoutant que 25 personnes avaient été interpellées.",
            [("arrested", 25, "le gouverneur")],
        ),
        (
            "« L'ordre sera rétabli », a affirmé le préfet à la radio, indiquant que douze manifestants avaient "
            "été arrêtés.",
            [("arrested", 12, "le préfet")],
        ),
        # after a clause whose subject comes first, its verb no speech verb
        (
            "La gendarmerie a bouclé le secteur, précisant que quatre randonneurs restaient portés disparus.",
            [("missing", 4, "La gendarmerie")],
        ),
        (
            "Le porte-parole a démenti, assurant qu'aucun civil n'avait été tué et que 15 soldats avaient été blessés.",
            [("injured", 15, "Le porte-parole")],
        ),
        (
            "La police a dispersé la foule, affirmant que 300 casseurs étaient présents.",
            [("participants", 300, "La police")],
        ),
    ],
)
def test_participial_clause_speaks_for_the_clause_before(analyze: Analyze, text: str, expected: list) -> None:
    assert _counts(analyze(text)) == expected


def test_participle_of_an_event_leaves_the_incise_its_figure(analyze: Analyze) -> None:
    """``portant le bilan à…`` tells what the event did: the incise after it names who says so."""
    text = (
        "Les pompiers ont retrouvé le corps d'un troisième ouvrier, portant le bilan à trois morts, a indiqué le "
        "préfet."
    )
    assert ("killed", 3, "le préfet") in _counts(analyze(text))


# -- a count's holder that names its author -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan provisoire établi par la protection civile s'élève à 27 morts et 80 blessés.",
            [("killed", 27, "la protection civile"), ("injured", 80, "la protection civile")],
        ),
        (
            "Le dernier bilan, publié lundi par la préfecture, s'établit à neuf morts, dont deux enfants.",
            [("killed", 9, "la préfecture"), ("killed", 2, "la préfecture")],
        ),
        (
            "Samedi, le bilan provisoire dressé par les secours était de neuf morts.",
            [("killed", 9, "les secours")],
        ),
        (
            "Le nouveau bilan officiel de la protection civile atteint 31 morts.",
            [("killed", 31, "la protection civile")],
        ),
        ("Le décompte de l'ONG atteint désormais 140 interpellations.", [("arrested", 140, "l'ONG")]),
    ],
)
def test_holder_names_who_gives_the_figures(analyze: Analyze, text: str, expected: list) -> None:
    assert _counts(analyze(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan du glissement de terrain s'élève à 40 morts.",  # an event, no one who counts
        "Le bilan définitif s'établit à 16 morts et 61 blessés.",
    ],
)
def test_holder_without_author_names_no_one(analyze: Analyze, text: str) -> None:
    assert all(s is None for _c, _v, s in _counts(analyze(text)))


def test_holder_after_a_figure_answers_it(analyze: Analyze) -> None:
    """``…, un chiffre contesté par X`` disputes the figure before it: X does not give it."""
    text = "Selon la préfecture, 8 000 personnes ont défilé, un chiffre contesté par le syndicat."
    assert _counts(analyze(text)) == [("participants", 8000, "la préfecture")]
