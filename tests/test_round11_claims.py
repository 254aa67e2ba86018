"""Claims, eleventh round: a figure's clause standing at a place by ``y``, a body that attributes a toll, a
sending noun with a place before its ``de``, and a place the tagger finds once but not where it is named again.
Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category != "other"]


def test_y_stands_for_the_place_the_previous_sentence_names(analyze: Analyze) -> None:
    (claim,) = scored(
        analyze("C'est à Saint-Louis que la crue a été la plus violente. Six personnes y ont péri, selon la mairie.")
    )
    assert claim.category == "killed" and claim.place == "Saint-Louis"


def test_il_y_a_and_y_compris_stand_for_no_place(analyze: Analyze) -> None:
    claims = scored(analyze("La tempête a touché Lorient mardi. Il y a eu onze blessés, y compris deux pompiers."))
    assert all(c.place is None for c in claims)


def test_a_body_that_attributes_a_toll_is_its_source(analyze: Analyze) -> None:
    (claim,) = scored(analyze("La protection civile attribue sept décès aux inondations de la vallée."))
    assert claim.category == "killed"
    assert claim.source is not None and claim.source.text == "La protection civile"


def test_sending_forces_from_a_place_counts_troops(analyze: Analyze) -> None:
    (claim,) = scored(analyze("Le gouvernement a annoncé l'envoi depuis Dakar de 200 gendarmes dans la région."))
    assert claim.category == "troops" and claim.value == 200


def test_a_place_named_again_in_a_longer_phrase_is_still_the_place(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "La crue a frappé Kindia dans la nuit. Selon la préfecture, la commune urbaine de Kindia compte neuf morts."
        )
    )
    assert [(c.category, c.place) for c in claims] == [("killed", "Kindia")]


def test_an_events_name_in_a_headline_is_no_place(analyze: Analyze) -> None:
    claims = scored(analyze("Naufrage de Kerlouan : le bilan s'alourdit à sept morts\n\nLes recherches continuent."))
    assert [(c.category, c.value, c.place) for c in claims] == [("killed", 7, None)]
