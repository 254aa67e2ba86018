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
        "Six membres d'une faction rebelle ont été tués dans l'embuscade.": "attackers",
        "Deux membres des forces spéciales ont été tués lors de l'assaut.": "security_forces",
        "Trois membres d'une même famille ont péri dans l'incendie.": "people",
    }
    for text, expected in cases.items():
        assert population(only(analyze(text)), text) == expected, text


# -- news-blind11/12 round: forces at work, what a crowd does, a stressed pronoun before the verb ----------


def claims_of(result: DocumentAnalysis) -> list[tuple[str, float | None]]:
    return [(c.category, c.value) for c in result.claims if c.category != "other"]


def test_forces_that_intervene_are_deployed(analyze: Analyze) -> None:
    """``intervenir``: forces at work in an operation were sent there; other people count nothing."""
    assert claims_of(analyze("Vendredi, environ 120 gendarmes sont intervenus pour dégager le rond-point.")) == [
        ("troops", 120)
    ]
    assert claims_of(analyze("Une quinzaine de voisins sont intervenus pour éteindre le feu.")) == []


def test_forces_written_after_a_relative_verb_are_its_subject(analyze: Analyze) -> None:
    result = analyze("L'évacuation du squat, à laquelle ont participé quelque 80 policiers, a duré une heure.")
    assert claims_of(result) == [("troops", 80)]


def test_the_agents_and_means_of_an_operation_are_forces(analyze: Analyze) -> None:
    assert claims_of(analyze("La perquisition a été menée par une soixantaine de gendarmes.")) == [("troops", 60)]
    result = analyze("Le coup de filet, déclenché à l'aube avec 90 policiers, a visé trois immeubles.")
    assert ("troops", 90) in claims_of(result)


def test_protesters_still_participate(analyze: Analyze) -> None:
    assert claims_of(analyze("Près de 4 000 manifestants ont participé à la marche de Brest.")) == [
        ("participants", 4000)
    ]


def test_what_a_crowd_does_makes_it_a_crowd(analyze: Analyze) -> None:
    """Answering a call, raising barricades, storming a building, holding a sit-in: protest acts."""
    for sentence in (
        "Des milliers de salariés avaient répondu mardi matin à l'appel de l'intersyndicale.",
        "Des centaines de jeunes ont dressé des barricades dans le quartier du port.",
        "Des dizaines d'hommes lourdement armés ont pris d'assaut la mairie de Vilnor.",
        "Plusieurs centaines d'étudiants ont tenu un sit-in devant le rectorat.",
    ):
        assert [c for c, _ in claims_of(analyze(sentence))] == ["participants"], sentence


def test_an_attempt_counts_its_agents(analyze: Analyze) -> None:
    result = analyze("Selon la mairie, une centaine de casseurs ont tenté d'incendier la gare routière.")
    assert claims_of(result) == [("participants", 100)]


def test_a_stressed_pronoun_keeps_the_subject_as_source(analyze: Analyze) -> None:
    """``La préfecture, elle, reconnaît…``: the comma before the verb closes the aside, it opens no incise."""
    claim = only(analyze("La préfecture, elle, reconnaît quatre morts depuis le début des crues."))
    assert claim.source is not None and claim.source.text == "La préfecture"
