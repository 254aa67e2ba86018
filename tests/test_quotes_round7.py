"""Speakers, seventh round of causes found across all the quote sets: a conjugated verb the parser hung on the
noun before it (``le syndicat invoque``, tagged an infinitive) has that noun for subject, and so does one hung on
a noun's complement (``Un pompier présent sur les lieux du sinistre décrit``); a definite description of a
person that nothing else resolves takes up the person the text was just about, even one given another title;
a noun for people ending as epicene nouns do (``climatologue``) says nothing of the gender of the name beside it.
Each on short invented sentences, about other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.analyze import Analyzer
from recoupe.lang import get_language
from recoupe.model import DocumentAnalysis
from test_coref import resolve, table
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a conjugated verb the parser hung on a noun ------------------------------------------------------------------


def test_the_written_ending_tells_a_conjugated_first_conjugation_verb() -> None:
    speech = get_language("fr").speech
    assert speech.conjugated_by_form("invoque", "invoquer")
    assert speech.conjugated_by_form("rappellent", "rappeler")
    assert not speech.conjugated_by_form("invoquer", "invoquer")
    assert not speech.conjugated_by_form("rappelée", "rappeler")
    assert not speech.conjugated_by_form("dit", "dire")  # a participle as well: not judged


def test_a_body_whose_verb_the_parser_hung_on_it_speaks(analyze: Analyze) -> None:
    analysis = analyze(
        "La coopérative Laitière du Jura a annoncé la fermeture de sa fromagerie. Le fabricant, la société "
        "Comtoise, invoque dans un communiqué « un effondrement des commandes » sur le marché allemand."
    )
    assert "Comtoise" in said_by(analysis, "effondrement des commandes")


def test_a_body_with_a_frame_after_a_comma_is_the_speaker_without_the_frame(analyze: Analyze) -> None:
    analysis = analyze(
        "Les urgences de Vierzon fermeront la nuit. Santé publique France, de son côté, rappelle dans son bulletin "
        "que les passages ont « doublé en dix ans »."
    )
    who = said_by(analysis, "doublé en dix ans")
    assert who.startswith("Santé publique France")
    assert "côté" not in who


def test_the_noun_a_complement_belongs_to_speaks_not_the_complement(analyze: Analyze) -> None:
    analysis = analyze(
        "Un incendie a ravagé un entrepôt de Lorient dans la nuit. Un pompier présent sur les lieux du sinistre "
        "décrit une chaleur « insoutenable »."
    )
    who = said_by(analysis, "insoutenable")
    assert who.startswith("Un pompier")


# -- a description takes up the person the text was just about ---------------------------------------------------


def test_a_kind_of_person_takes_up_the_titled_person_just_named(analyze: Analyze) -> None:
    analysis = analyze(
        "« Nous ne lâcherons pas », prévient Paul Morvan, président du syndicat des pêcheurs du Morbihan. "
        "Le pêcheur de 61 ans dit avoir « tout tenté » depuis l'hiver."
    )
    assert said_by(analysis, "tout tenté").endswith("| Paul Morvan")


def test_an_unknown_word_for_someone_takes_up_the_subject_of_the_sentence_before(analyze: Analyze) -> None:
    analysis = analyze(
        "Directrice de recherche à Toulouse, Marion Lestrade étudie depuis vingt ans les orages du Sud-Ouest. "
        "De retour du terrain, la scientifique décrit une saison « exceptionnelle »."
    )
    assert said_by(analysis, "exceptionnelle").endswith("| Marion Lestrade")


def test_a_description_of_the_other_gender_does_not_take_up_the_person(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Mme Marion Lestrade étudie depuis vingt ans les orages du Sud-Ouest. Le scientifique décrit une saison "
        "exceptionnelle.",
    )
    assert resolve(coref, "Le scientifique") != "Marion Lestrade"


def test_an_office_is_left_to_the_ties(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Le directeur du port, Alain Kerlo, a présenté le projet. Le préfet a demandé une nouvelle étude.",
    )
    assert resolve(coref, "Le préfet") != "Alain Kerlo"


# -- epicene nouns for people ----------------------------------------------------------------------------------------


def test_an_epicene_noun_beside_a_name_leaves_a_woman_a_woman(analyze: Analyze) -> None:
    analysis = analyze(
        "Pour Léa Fournier, sismologue à l'université de Strasbourg, la secousse était prévisible. "
        "Aux yeux de la chercheuse, la faille « se réveille » depuis dix ans."
    )
    assert said_by(analysis, "se réveille").endswith("| Léa Fournier")


# -- a name set right after a description, read by the parser as a coordination -------------------------------------


def test_a_name_after_a_description_between_commas_is_who_it_is(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Marc Olivier, boulanger à Dinan, attend toujours sa livraison. La directrice départementale des "
        "territoires (DDT), Nadia Chérif, appelle au calme.",
    )
    assert resolve(coref, "La directrice départementale des territoires (DDT)") == "Nadia Chérif"


def test_then_her_pronoun_is_her_not_the_person_named_before(analyze: Analyze) -> None:
    analysis = analyze(
        "« Nous n'avons plus de farine », témoigne Julie Marchal, boulangère à Dinan.\n\n"
        "La directrice départementale des territoires (DDT), Nadia Chérif, appelle au calme. « Les camions "
        "repartiront demain », a-t-elle assuré lundi."
    )
    assert said_by(analysis, "Les camions").endswith("| Nadia Chérif")
