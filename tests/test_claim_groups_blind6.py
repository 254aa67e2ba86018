"""Claims and groups that the lead's sixth groups set (``tests/data/groups-blind6.json``, measured once after
the round's groups work was merged) found wrong: the rank of one more dead read as a figure, and the lightly
injured taken for a revision of all the injured. Each on invented French sentences of other stories."""

from __future__ import annotations

from recoupe.analyze import Analyzer
from recoupe.link.claims import population
from recoupe.model import PEOPLE_CATEGORIES, Article, DocumentAnalysis


def _scored(result: DocumentAnalysis) -> list[tuple[str, float | int | None]]:
    return [(c.category, c.value) for c in result.claims if c.category in PEOPLE_CATEGORIES]


def test_the_rank_of_one_more_dead_is_no_figure(analyzer: Analyzer) -> None:
    text = "Une troisième victime de l'incendie de l'entrepôt est décédée dimanche, portant le bilan à trois morts."
    result = analyzer.analyze(Article(id="a", text=text, published="2026-04-12"))
    assert _scored(result) == [("killed", 3)]


def test_the_lightly_injured_are_a_population_of_their_own(analyzer: Analyzer) -> None:
    """``seize personnes avaient été légèrement blessées`` counts a part of the injured (the others were hurt
    badly), not a revision of all of them; ``vingt blessés`` counts everyone."""
    texts = {
        "light": "Seize personnes avaient été légèrement blessées dans le carambolage.",
        "grave": "Trois pompiers ont été grièvement blessés vendredi.",
        "all": "Le carambolage a fait vingt blessés, dont quatre graves.",
    }
    found: dict[str, str] = {}
    for key, text in texts.items():
        result = analyzer.analyze(Article(id=key, text=text, published="2026-04-12"))
        found[key] = next(population(c, text) for c in result.claims if c.category == "injured")
    assert found == {"light": "people (lightly)", "grave": "security_forces (seriously)", "all": "people"}
