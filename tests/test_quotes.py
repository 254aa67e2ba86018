"""Quotes and their speakers: each quotation style, incise form and speaker pattern, on short French
sentences written for the tests (no article text), plus property tests of the quote finder."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.analyze.quotes.find import find_quote_spans
from recoupe.lang import get_language
from recoupe.model import DocumentAnalysis, Quote

Analyze = Callable[..., DocumentAnalysis]


def quote(result: DocumentAnalysis, words: str) -> Quote:
    """The quote whose text contains ``words``."""
    found = [q for q in result.quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in result.quotes]}"
    return found[0]


def speaker(result: DocumentAnalysis, words: str) -> str | None:
    """The entity name (or, failing that, the words) of the speaker of the quote containing ``words``."""
    who = quote(result, words).speaker
    if who is None:
        return None
    return who.entity or who.text


# -- finding ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il parle de « crise grave » ici.", ["crise grave"]),
        ("Il parle de «crise grave» ici.", ["crise grave"]),
        ("Il parle de\u00a0«\u00a0crise grave\u00a0» ici.", ["crise grave"]),
        ("Il parle de “crise grave” ici.", ["crise grave"]),
        ('Il parle de "crise grave" ici.', ["crise grave"]),
        ("Il parle de ‹ crise grave › ici.", ["crise grave"]),
        ("Il parle de „crise grave“ ici.", ["crise grave"]),
        ("« Nous parlons d'“ennemis” ici », dit-il.", ["Nous parlons d'“ennemis” ici"]),
        ("« Un » et « deux ».", ["Un", "deux"]),
    ],
)
def test_quotation_styles(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


def test_quote_over_two_paragraphs_is_one_group() -> None:
    text = "« La route est coupée.\n« Les secours arrivent », a dit le maire."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["La route est coupée.", "Les secours arrivent"]
    assert len({s.group for s in spans}) == 1


def test_quote_closed_in_next_paragraph_without_new_mark() -> None:
    text = "« La route est coupée.\nLes secours arrivent. »"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["La route est coupée.", "Les secours arrivent."]
    assert len({s.group for s in spans}) == 1


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "Il a parlé de « crise\nLe lendemain, rien."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["crise"]


def test_stray_marks_give_no_quote() -> None:
    assert find_quote_spans('Un écran de 12" et » seul') == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab «»“”„‹›\"'.,\n\u00a0:")), max_size=60))
def test_finder_never_crashes_and_spans_are_valid(text: str) -> None:
    spans = find_quote_spans(text)
    previous_end = -1
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        assert span.start >= previous_end
        previous_end = span.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_finder_on_any_string(text: str) -> None:
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Il a dit «»“”".,\n:')), max_size=50))
def test_extractor_never_crashes(analyze: Analyze, text: str) -> None:
    result = analyze(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "partial")


# -- kind ---------------------------------------------------------------------------------------------


def test_direct_sentence_and_partial_words(analyze: Analyze) -> None:
    result = analyze(
        "« Nous ne céderons jamais devant la violence », a déclaré le maire Paul Durand. "
        "Il a dénoncé des « voyous » et une « dérive »."
    )
    assert quote(result, "Nous ne céderons").kind == "direct"
    assert quote(result, "voyous").kind == "partial"
    assert quote(result, "dérive").kind == "partial"


def test_clause_without_subject_is_partial(analyze: Analyze) -> None:
    result = analyze("La ministre Claire Martin a assuré que le pays « est prêt à aider ses voisins ».")
    assert quote(result, "est prêt").kind == "partial"


# -- speakers: incises -----------------------------------------------------------------------------


def test_incise_with_inverted_pronoun(analyze: Analyze) -> None:
    result = analyze(
        "Le maire de Lyon, Paul Durand, a visité le quartier. « Les dégâts sont immenses », a-t-il assuré."
    )
    assert speaker(result, "Les dégâts") == "Paul Durand"


def test_incise_with_verb_then_pronoun(analyze: Analyze) -> None:
    result = analyze("La juge Anne Morel a reçu les familles. « Nous ferons toute la lumière », promet-elle.")
    assert speaker(result, "Nous ferons") == "Anne Morel"


def test_incise_with_named_subject_after_complement(analyze: Analyze) -> None:
    result = analyze("« Rien n'est décidé », a déclaré à la presse le porte-parole du gouvernement, Marc Petit.")
    assert speaker(result, "Rien n'est") == "Marc Petit"


def test_incise_inside_the_quote_leaves_the_quoted_words_with_one_speaker(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre Jean Roux s'est exprimé lundi. « La situation est grave, a-t-il reconnu. Nous devons agir vite. »"
    )
    assert [q.text for q in result.quotes] == ["La situation est grave", "Nous devons agir vite."]
    assert speaker(result, "La situation") == speaker(result, "Nous devons") == "Jean Roux"
    assert quote(result, "La situation").kind == "direct"


def test_incise_with_present_tense_verb_and_name(analyze: Analyze) -> None:
    result = analyze("« Le calme revient », estime Sophie Blanc, chercheuse au CNRS.")
    assert speaker(result, "Le calme") == "Sophie Blanc"


def test_incise_with_reflexive_verb(analyze: Analyze) -> None:
    result = analyze("La députée Lucie Garnier a posé la question. « Qui paiera ? », s'interroge-t-elle.")
    assert speaker(result, "Qui paiera") == "Lucie Garnier"


def test_incise_with_indefinite_on(analyze: Analyze) -> None:
    result = analyze("« Tout ira bien », dit-on au ministère.")
    assert quote(result, "Tout ira").speaker is None


def test_opinion_frame_pour(analyze: Analyze) -> None:
    result = analyze("Pour le sociologue Marc Lévy, « la colère vient de loin ».")
    assert speaker(result, "la colère") == "Marc Lévy"


def test_incise_with_selon(analyze: Analyze) -> None:
    result = analyze("Les manifestants sont des « casseurs », selon la préfecture de police.")
    assert "préfecture" in (quote(result, "casseurs").speaker.text or "")


# -- speakers: reporting clause before the quote ----------------------------------------------------


def test_colon_after_speech_verb(analyze: Analyze) -> None:
    result = analyze("Le Premier ministre Pierre Lenoir a déclaré : « Le gouvernement ne reculera pas. »")
    assert "Pierre Lenoir" in (speaker(result, "Le gouvernement ne") or "")


def test_headline_quote_then_colon(analyze: Analyze) -> None:
    result = analyze("« Nous ne plierons pas » : la présidente Laura Costa promet la fermeté")
    assert speaker(result, "Nous ne plierons") == "Laura Costa"


def test_label_before_colon(analyze: Analyze) -> None:
    result = analyze("Le syndicat CGT : « Nous appelons à la grève générale. »")
    assert speaker(result, "Nous appelons") is not None


def test_partial_quote_takes_the_subject_of_the_reporting_clause(analyze: Analyze) -> None:
    result = analyze("Le président Marc Dubois a promis l'« élimination » des « bandes armées ».")
    assert speaker(result, "élimination") == "Marc Dubois"
    assert speaker(result, "bandes armées") == "Marc Dubois"


def test_participle_takes_the_main_subject(analyze: Analyze) -> None:
    result = analyze(
        "Le général Louis Caron a appelé à l'aide de ses alliés, accusant des groupes « terroristes » "
        "venus de l'étranger."
    )
    assert speaker(result, "terroristes") == "Louis Caron"


def test_participle_after_an_incise(analyze: Analyze) -> None:
    result = analyze(
        "« Le pays souffre », a déclaré Julie Perrin dans un entretien, ajoutant que l'Europe "
        "« doit agir sans tarder »."
    )
    assert speaker(result, "doit agir") == "Julie Perrin"


def test_selon_pronoun_in_next_sentence(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre Henri Leroy a annoncé des renforts. Selon lui, les émeutiers avaient un « plan précis »."
    )
    assert speaker(result, "plan précis") == "Henri Leroy"


def test_indefinite_subject_gives_no_speaker(analyze: Analyze) -> None:
    result = analyze("La police a mené ce qu'on a appelé une « opération de nettoyage » dans la ville.")
    assert quote(result, "opération de nettoyage").speaker is None


def test_unattributed_scare_quote_has_no_speaker(analyze: Analyze) -> None:
    result = analyze("Des « experts » se sont succédé sur les plateaux de télévision.")
    assert quote(result, "experts").speaker is None


def test_name_of_an_operation_is_not_attributed_to_who_launched_it(analyze: Analyze) -> None:
    result = analyze("L'armée a lancé jeudi l'opération « Bouclier du Nord » dans la région.")
    assert quote(result, "Bouclier").speaker is None


def test_naming_verb_attributes_a_name(analyze: Analyze) -> None:
    result = analyze("Les autorités ont annoncé la fin de ce qu'elles ont appelé une « opération de sécurisation ».")
    assert "autorités" in (quote(result, "sécurisation").speaker.text or "")


def test_passive_speech_verb_with_agent(analyze: Analyze) -> None:
    result = analyze("Une « trêve humanitaire » a été annoncée par la ministre Claire Vidal.")
    assert speaker(result, "trêve") == "Claire Vidal"


# -- speakers: organizations and continuations ------------------------------------------------------


def test_organization_named_by_a_class_noun(analyze: Analyze) -> None:
    result = analyze(
        "La production a baissé, a indiqué son exploitant Total. « Les opérations reprendront bientôt », "
        "a déclaré la société dans un communiqué."
    )
    assert speaker(result, "Les opérations") == "Total"


def test_quote_over_two_paragraphs_keeps_its_speaker(analyze: Analyze) -> None:
    result = analyze(
        "Le maire Paul Durand a pris la parole. « La route est coupée depuis hier.\n"
        "« Les secours arrivent et nous tiendrons », a-t-il ajouté."
    )
    assert speaker(result, "La route") == "Paul Durand"
    assert speaker(result, "Les secours") == "Paul Durand"


def test_next_quote_paragraph_goes_on_with_the_speaker(analyze: Analyze) -> None:
    result = analyze(
        "La ministre Anne Genet a visité l'hôpital. « Nous tiendrons », a-t-elle dit.\n"
        "« Les renforts arrivent lundi. »\nLe directeur Paul Roche a de son côté parlé de « pénurie »."
    )
    assert speaker(result, "Les renforts") == "Anne Genet"


def test_demonstrative_ce_dernier(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre Paul Roche a rencontré le maire Jean Vidal. Ce dernier a jugé la situation « critique »."
    )
    assert speaker(result, "critique") == "Jean Vidal"


def test_scare_quote_after_reported_speech_in_same_paragraph(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre Henri Leroy a déclaré que les suspects avaient été identifiés. "
        "Cependant, d'autres « complices » sont toujours recherchés."
    )
    assert speaker(result, "complices") == "Henri Leroy"


def test_headline_repeating_attributed_words(analyze: Analyze) -> None:
    result = analyze(
        "« Nous ne plierons pas »\n"
        "La présidente Laura Costa s'est adressée au pays. « Nous ne plierons pas devant la menace », "
        "a-t-elle lancé."
    )
    headline = result.quotes[0]
    assert headline.text == "Nous ne plierons pas"
    assert headline.speaker is not None and headline.speaker.entity == "Laura Costa"


# -- the word lists ---------------------------------------------------------------------------------


def test_speech_verb_list_holds_the_usual_verbs() -> None:
    speech = get_language("fr").data("speech")
    for verb in (
        "déclarer",
        "ajouter",
        "assurer",
        "préciser",
        "avertir",
        "estimer",
        "affirmer",
        "indiquer",
        "expliquer",
        "annoncer",
        "souligner",
        "promettre",
        "défendre",
    ):
        assert verb in speech.SPEECH_VERBS
    assert "fait savoir" in speech.SPEECH_PHRASES
    assert "selon" in speech.ATTRIBUTION_PREPOSITIONS
    assert "poursuivre" in speech.INCISE_ONLY_VERBS


def test_a_direct_quote_is_its_words_without_the_reporting_clause_inside_its_marks(analyze: Analyze) -> None:
    text = (
        "« Les digues ont tenu pendant la nuit, a-t-il assuré. Nous restons vigilants », a ajouté le préfet "
        "de l'Aude, Pierre Valat."
    )
    quotes = [q for q in analyze(text, published="2024-10-18").quotes if q.kind == "direct"]
    assert [q.text for q in quotes] == ["Les digues ont tenu pendant la nuit", "Nous restons vigilants"]
    assert all(q.speaker is not None and "Valat" in (q.speaker.entity or q.speaker.text) for q in quotes)


def test_an_institution_that_speaks_is_the_speaker_not_the_man_it_serves(analyze: Analyze) -> None:
    text = (
        "Le président Arnaud Lemaire a visité Nîmes. L'administration de Lemaire a déclaré que des "
        "« casseurs organisés » étaient à l'œuvre."
    )
    (quote,) = [q for q in analyze(text, published="2024-10-18").quotes if "casseurs" in q.text]
    assert quote.speaker is not None and quote.speaker.text == "L'administration de Lemaire"
    assert quote.speaker.entity != "Arnaud Lemaire"


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon certaines informations, les cheminots préparent une « grève reconductible ».",
        "Les données les plus récentes évoquent une « situation critique » dans les hôpitaux de Lille.",
    ],
)
def test_words_that_carry_information_are_no_speaker(analyze: Analyze, sentence: str) -> None:
    (found,) = analyze(sentence, published="2023-03-08").quotes
    assert found.speaker is None


def test_figures_of_a_body_are_the_bodys_words(analyze: Analyze) -> None:
    result = analyze(
        "Selon les chiffres de la préfecture du Nord, des « casseurs » ont pillé trois magasins à Lille.",
        published="2023-03-08",
    )
    (found,) = result.quotes
    assert found.speaker is not None and "préfecture" in found.speaker.text


def test_a_description_set_beside_a_name_later_names_that_person(analyze: Analyze) -> None:
    result = analyze(
        "Laurent Berger, le numéro un de la CFDT, a jugé la réforme « injuste et brutale ». "
        "Le numéro un de la CFDT a ajouté : « Nous ne lâcherons rien. »",
        published="2023-03-08",
    )
    assert speaker(result, "injuste") == speaker(result, "Nous ne lâcherons") == "Laurent Berger"


def test_a_description_without_a_name_stays_a_description_not_the_place_it_is_of(analyze: Analyze) -> None:
    result = analyze(
        "Gérald Darmanin a annoncé 180 interpellations. L'homme fort de Beauvau a dénoncé des "
        "« violences inacceptables ».",
        published="2023-06-30",
    )
    (found,) = result.quotes
    assert found.speaker is not None and found.speaker.text == "L'homme fort de Beauvau"
    assert found.speaker.entity is None
