"""Claims that the lead's eleventh groups set (``tests/data/groups-blind11.json``: a rebel attack told over
five days, fishermen's blockades, a concert stampede) read in the wrong category: a crowd that
``s'est massée`` taken for forces sent (the reflexive read as a passive), people who ``ont quitté`` a place
``pour se réfugier`` not counted as displaced, people ``évacuées vers l'hôpital`` counted as displaced,
children ``toujours recherchés`` or ``restent recherchés`` (an adjective to the tagger) not counted as
missing, and ``spectateurs`` not read as a crowd.
Each on invented French sentences of other stories."""

from __future__ import annotations

from recoupe.analyze import Analyzer
from recoupe.model import Article, Claim


def _claims(analyzer: Analyzer, text: str) -> list[Claim]:
    return analyzer.analyze(Article(id="a", text=text, published="2026-05-02")).claims


def _categories(analyzer: Analyzer, text: str) -> dict[float | int | None, str]:
    return {c.value: c.category for c in _claims(analyzer, text)}


def test_a_crowd_that_gathered_itself_counts_participants(analyzer: Analyzer) -> None:
    """``se sont massées``: reflexive, what the crowd did; ``ont été massés``: forces someone sent."""
    assert _categories(analyzer, "Quelque 3 000 personnes se sont massées devant la mairie de Dax.") == {
        3000: "participants"
    }
    assert _categories(analyzer, "Quelque 300 policiers ont été massés devant la mairie de Dax.") == {300: "troops"}


def test_people_who_left_to_take_refuge_count_displaced(analyzer: Analyzer) -> None:
    """``ont quitté la ville pour se réfugier``: the purpose clause says they fled."""
    text = "Environ 2 000 habitants ont quitté la ville et les villages voisins pour se réfugier à Dax."
    assert _categories(analyzer, text) == {2000: "displaced"}


def test_people_taken_to_hospital_count_hospitalized(analyzer: Analyzer) -> None:
    """``évacuées vers l'hôpital`` is care; ``évacués vers un gymnase`` is shelter; ``blessés`` taken to
    hospital stay the wounded of the injury toll."""
    assert _categories(analyzer, "Sept personnes ont été évacuées vers l'hôpital de Dax.") == {7: "hospitalized"}
    assert _categories(analyzer, "Sept blessés ont été évacués vers l'hôpital de Dax.") == {7: "injured"}
    assert _categories(analyzer, "Quelque 300 habitants ont été évacués vers un gymnase.") == {300: "displaced"}


def test_people_still_sought_count_missing(analyzer: Analyzer) -> None:
    """``sont toujours recherchés`` after a disaster: unaccounted for."""
    assert _categories(analyzer, "Trois randonneurs sont toujours recherchés dans le massif.") == {3: "missing"}


def test_spectators_count_a_crowd(analyzer: Analyzer) -> None:
    """``30 000 spectateurs`` is a crowd size; a verb still says what happened to some of them."""
    assert _categories(analyzer, "Les organisateurs revendiquent 30 000 spectateurs.") == {30000: "participants"}
    assert _categories(analyzer, "Trois spectateurs ont été tués dans la bousculade.") == {3: "killed"}


def test_a_participle_after_a_copula_keeps_its_verb(analyzer: Analyzer) -> None:
    """``restent recherchés``: the tagger reads the participle as an adjective; its verb still counts."""
    assert _categories(analyzer, "Deux enfants restent recherchés.") == {2: "missing"}
    assert _categories(analyzer, "Cinq manifestants restent détenus à Dax.") == {5: "arrested"}


def test_wanted_suspects_are_not_missing(analyzer: Analyzer) -> None:
    """``sont recherchés`` of suspects, or of ``deux autres`` after arrests, is a police search."""
    assert _categories(analyzer, "Quatre suspects sont activement recherchés par la police.") == {4: "other"}
    found = _categories(analyzer, "Trois suspects ont été interpellés, deux autres sont recherchés.")
    assert found == {3: "arrested", 2: "other"}
