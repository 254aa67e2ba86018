"""Claims, eleventh round (sources): a carrier's reporting participle the tagger calls a noun, a revised toll's
agent, an apposition's comma before a verb, ``appris auprès de``, a speech phrase in an incise or after an
adverb, ``en compte`` after its subject, a semicolon's own incise, and ``un`` after a kin noun.
Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category != "other"]


def sources(result: DocumentAnalysis) -> list[tuple[str, int, str | None]]:
    return [(c.category, c.value, c.source.text if c.source else None) for c in scored(result)]  # type: ignore[misc]


def test_a_report_communicated_by_a_body_names_that_body(analyze: Analyze) -> None:
    result = analyze("Trois gardes ont été tués et deux blessés, selon un bilan communiqué lundi par la gendarmerie.")
    assert sources(result) == [("killed", 3, "la gendarmerie"), ("injured", 2, "la gendarmerie")]


def test_a_toll_revised_by_a_body_in_the_passive_is_that_bodys(analyze: Analyze) -> None:
    result = analyze(
        "Le bilan de la collision de jeudi a été revu à la hausse vendredi par la préfecture : neuf personnes "
        "y ont été tuées."
    )
    assert sources(result) == [("killed", 9, "la préfecture")]


def test_a_comma_closing_an_apposition_opens_no_incise(analyze: Analyze) -> None:
    result = analyze("Le ministre de l'Intérieur, Paul Lemoine, a confirmé l'envoi de 300 gendarmes à Brest.")
    (claim,) = scored(result)
    assert claim.category == "troops" and claim.source is not None and "Paul Lemoine" in claim.source.text


def test_what_was_learned_from_someone_is_theirs(analyze: Analyze) -> None:
    result = analyze("Depuis mardi, la police a arrêté une vingtaine de personnes, a-t-on appris auprès du parquet.")
    assert sources(result) == [("arrested", 20, "parquet")]


def test_a_speech_phrase_in_an_incise_names_its_inverted_subject(analyze: Analyze) -> None:
    result = analyze(
        "Au total, 5 200 personnes sont hébergées dans des écoles, a fait état mardi l'agence, qui recense aussi "
        "80 blessés."
    )
    assert [s for _, _, s in sources(result)] == ["l'agence", "l'agence"]


def test_a_speech_phrase_with_an_adverb_inside_speaks_its_subject(analyze: Analyze) -> None:
    result = analyze(
        "Onze gendarmes ont été blessés, a précisé lundi la préfecture, qui fait désormais état de 40 interpellations."
    )
    assert ("arrested", 40, "la préfecture") in sources(result)


def test_a_subject_and_en_before_compte_count_their_own_figure(analyze: Analyze) -> None:
    result = analyze("L'agence attribue six décès à la ville de Brest, quand la municipalité en compte dix.")
    assert sources(result)[-1] == ("killed", 10, "la municipalité")


def test_an_incise_after_a_semicolon_speaks_its_own_clause(analyze: Analyze) -> None:
    result = analyze(
        "La gendarmerie s'en tient à huit morts ; quatre randonneurs sont toujours portés disparus, a précisé "
        "son porte-parole."
    )
    assert sources(result) == [("killed", 8, "La gendarmerie"), ("missing", 4, "son porte-parole")]


def test_un_after_a_kin_or_remains_noun_counts_no_one(analyze: Analyze) -> None:
    assert scored(analyze("« Il reviendra », répète la sœur d'un marin disparu à Lorient.")) == []
    assert scored(analyze("Le corps d'une femme de 62 ans a été retrouvé jeudi près du lac.")) == []


def test_a_crowd_estimated_in_the_passive_is_each_agents_figure(analyze: Analyze) -> None:
    result = analyze(
        "Mardi, à Nantes, la foule était estimée à 6 000 personnes par la préfecture, et à 15 000 par les syndicats."
    )
    assert sources(result) == [("participants", 6000, "la préfecture"), ("participants", 15000, "les syndicats")]


def test_au_total_inside_the_verb_chain_keeps_the_verb(analyze: Analyze) -> None:
    result = analyze("Selon le parquet, 28 personnes ont au total été interpellées depuis vendredi.")
    assert sources(result) == [("arrested", 28, "le parquet")]


def test_an_inverted_pronoun_split_by_the_tokenizer_is_the_incise_subject(analyze: Analyze) -> None:
    result = analyze(
        "« Je veux la vérité », a déclaré Claire Morin, infirmière à Metz. « Six enfants sont morts, a-t-elle "
        "rappelé, et personne ne répond. »"
    )
    (claim,) = scored(result)
    assert claim.category == "killed" and claim.source is not None and claim.source.entity == "Claire Morin"
