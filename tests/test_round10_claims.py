"""Claims, tenth round: who a gerund's figure is said by, a name an affiliation gives is no place, and the
members of a commando are its attackers. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.link.claims import population
from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def only(result: DocumentAnalysis) -> Claim:
    (claim,) = [c for c in result.claims if c.category != "other"]
    return claim


def test_a_gerund_says_what_its_clause_subject_says(analyze: Analyze) -> None:
    """``en affirmant``: the group that claimed the attack affirms, not the operation it claimed."""
    claim = only(
        analyze("Le groupe Ansarul Islam a revendiqué l'embuscade en affirmant avoir tué « plus de trente soldats ».")
    )
    assert claim.source is not None and claim.source.text == "Le groupe Ansarul Islam"


def test_a_gerund_before_its_clause_is_said_by_the_clause_subject(analyze: Analyze) -> None:
    claim = only(analyze("En annonçant un bilan de 12 morts, le gouverneur de Mopti a décrété trois jours de deuil."))
    assert claim.source is not None and claim.source.text == "le gouverneur de Mopti"


def test_a_gerund_the_tagger_hangs_on_a_noun_still_finds_the_clause_subject(analyze: Analyze) -> None:
    claim = only(
        analyze(
            "Les plongeurs ont sondé le lac toute la journée en expliquant que 30 personnes restaient "
            "portées disparues."
        )
    )
    assert claim.source is not None and claim.source.text == "Les plongeurs"


def test_a_power_named_by_an_affiliation_is_no_place(analyze: Analyze) -> None:
    """``lié à Al-Qaïda``, ``proches de Kigali``: who stands behind the group, not where the dead died."""
    for text in (
        "Le JNIM, lié à Al-Qaïda, affirme avoir tué 40 soldats.",
        "Des miliciens proches de Kigali ont tué douze civils.",
    ):
        assert only(analyze(text)).place is None, text
    assert only(analyze("Douze civils ont été tués près de Goma.")).place == "Goma"


def test_a_source_written_with_its_acronym_is_no_place(analyze: Analyze) -> None:
    claim = only(
        analyze("La Jama'at Nusrat al-Islam wal-Muslimin (JNIM) affirme que ses combattants ont tué 25 soldats.")
    )
    assert claim.place is None


def test_members_are_counted_by_what_they_are_members_of(analyze: Analyze) -> None:
    """``membres`` alone says nothing: of a commando they are attackers, of the special forces security
    forces, of a family everyone."""
    cases = {
        "Cinq membres du commando ont été abattus par l'armée.": "attackers",
        "Neuf membres de gangs ont été abattus lors de l'opération.": "attackers",
        "Deux membres des forces spéciales ont été tués lors de l'assaut.": "security_forces",
        "Trois membres d'une même famille ont péri dans l'incendie.": "people",
    }
    for text, expected in cases.items():
        assert population(only(analyze(text)), text) == expected, text
