"""Issue #16, stories-blind9: a story's title is a headline a reader can use. Outlets print a rubric before the
headline on its own line (``EN DIRECT - ``, ``Vidéo. ``, ``Analyse | ``, ``INFO FRANCE 2 - ``): it tells how the
page presents the article, not which story it is, and is dropped; a place or a name before a dash or a stop
(``Saint-Denis - …``, ``M. Martin …``) is the headline's own."""

from __future__ import annotations

import pytest

from recoupe.ingest.layout import kicker_end
from recoupe.link.titles import story_title
from recoupe.model import Article


def _title(text: str) -> str:
    return story_title(Article(id="a", text=text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EN DIRECT - Incendie d'un entrepôt à Rungis : les pompiers toujours mobilisés\n\nLe texte.",
            "Incendie d'un entrepôt à Rungis : les pompiers toujours mobilisés",
        ),
        (
            "Vidéo. Le glacier du Rhône recule de vingt mètres en un été\n\nLe texte.",
            "Le glacier du Rhône recule de vingt mètres en un été",
        ),
        (
            "Analyse | La hausse des taux pèse sur les promoteurs immobiliers\n\nLe texte.",
            "La hausse des taux pèse sur les promoteurs immobiliers",
        ),
        (
            "INFO FRANCE 2 - La mairie de Tours renonce à son tramway\n\nLe texte.",
            "La mairie de Tours renonce à son tramway",
        ),
        (
            "Saint-Denis - un incendie ravage un entrepôt de la zone portuaire\n\nLe texte.",
            "Saint-Denis - un incendie ravage un entrepôt de la zone portuaire",
        ),
        (
            "M. Martin quitte la présidence du club de Laval\n\nLe texte.",
            "M. Martin quitte la présidence du club de Laval",
        ),
    ],
)
def test_a_rubric_before_the_headline_on_its_line_is_no_part_of_the_title(text: str, expected: str) -> None:
    assert _title(text) == expected


def test_a_rubric_alone_before_a_stop_is_not_cut_from_a_line_that_is_only_rubrics() -> None:
    """``Monde | Europe`` is a rubric line, not a rubric and a headline: nothing is cut from it."""
    assert kicker_end("Monde | Europe") == 0
