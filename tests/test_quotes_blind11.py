"""Speakers on news no rule was written for, eleventh round: a thing is never a speaker (``un camion``,
``la fermeture``, the adverbial ``y``), so the cue that found one is passed over for the next; and the article's
own word for someone it has just named (``le plongeur``, ``la navigatrice``), which no table knows, stands for that
person. Each pinned by a short invented sentence (the causes of the misses measured once on
``tests/data/quotes-blind11.json``)."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a thing is not a speaker ------------------------------------------------------------------------------------


def test_the_agent_of_a_participle_that_is_a_thing_does_not_speak(analyze: Analyze) -> None:
    analysis = analyze(
        "Un porte-parole de la gendarmerie maritime a confirmé l'opération, menée « dans une mer très formée » "
        "par un canot basé à Roscoff."
    )
    assert said_by(analysis, "mer très formée").startswith("Un porte-parole")


def test_a_thing_subject_of_a_that_clause_leaves_the_quote_to_who_reported_it(analyze: Analyze) -> None:
    analysis = analyze("Le maire de Brest a rappelé que la fermeture du pont relevait d'une « décision de sécurité ».")
    who = said_by(analysis, "décision de sécurité")
    assert "fermeture" not in who
    assert "maire" in who


def test_an_opinion_frame_names_who_speaks_when_the_verb_has_a_thing_for_subject(analyze: Analyze) -> None:
    analysis = analyze(
        "Les fouilles ont repris lundi. Aux yeux de l'archéologue Paul Renaud, ces vestiges rappellent que la ville "
        "« n'a jamais été abandonnée »."
    )
    assert said_by(analysis, "jamais été abandonnée").startswith("l'archéologue Paul Renaud")


# -- the article's own word for the person it just named ---------------------------------------------------------


def test_a_word_no_table_knows_stands_for_the_person_just_named(analyze: Analyze) -> None:
    analysis = analyze(
        "Le chef de la brigade nautique, Julien Morvan, a dirigé les recherches. « Le courant était trop fort pour "
        "descendre », a expliqué le plongeur."
    )
    assert said_by(analysis, "Le courant était").endswith("| Julien Morvan")


def test_that_word_does_not_reach_a_person_named_paragraphs_before(analyze: Analyze) -> None:
    analysis = analyze(
        "Julien Morvan a dirigé les recherches. Le bateau est rentré au port. La mer s'est calmée le soir. "
        "Le vent est tombé dans la nuit. « Le courant était trop fort », a expliqué le plongeur."
    )
    assert "Julien Morvan" not in said_by(analysis, "Le courant était")


# -- a quote that leads its paragraph, before the sentence that names who said it -----------------------------------


def test_a_quote_leading_its_paragraph_is_the_person_the_next_sentence_introduces(analyze: Analyze) -> None:
    analysis = analyze(
        "Le directeur du port défend le projet. « Nous avons consulté tout le monde », assure-t-il.\n\n"
        "« Personne ne nous a écoutés. » Pêcheur à Concarneau depuis trente ans, Yves Le Bihan conteste le "
        "chantier devant le tribunal."
    )
    assert said_by(analysis, "Personne ne nous").endswith("| Yves Le Bihan")


def test_a_leading_quote_followed_by_a_sentence_about_a_thing_keeps_no_new_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "Le directeur du port défend le projet. « Nous avons consulté tout le monde », assure-t-il.\n\n"
        "« Personne ne nous a écoutés. » Le chantier doit durer deux ans."
    )
    assert "Le Bihan" not in said_by(analysis, "Personne ne nous")


def test_people_by_a_noun_of_either_gender_still_speak(analyze: Analyze) -> None:
    analysis = analyze(
        "Le maître d'école a pris sa retraite. Ses anciens collègues saluent un homme « d'une patience rare »."
    )
    assert "collègues" in said_by(analysis, "patience rare")
