"""Speakers on news no rule was written for, tenth round: a speaker named again, paragraphs later, by the label
the article introduced them with (``l'écologiste``, ``la bibliothécaire``, ``la présidente de l'association``), by
first name alone, or after a title written in capitals (``le PDG``); and the answers of an interview, which are not
the interviewer's. Each pinned by a short invented sentence (the causes of the misses measured once on
``tests/data/quotes-blind10.json``)."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]

FILLER = (
    "La séance a duré quatre heures. Le budget prévoit la rénovation de deux écoles. Les travaux de la piscine "
    "commenceront en mars. Le public était nombreux. "
)


# -- a label given at the introduction, taken up far later -------------------------------------------------------


def test_a_party_label_far_after_the_introduction_is_that_person(analyze: Analyze) -> None:
    analysis = analyze(
        "La cheffe de file de l'opposition socialiste, Claire Dumas, a voté contre le budget. "
        + FILLER
        + "« Nous saisirons le tribunal administratif », a annoncé la socialiste à la sortie."
    )
    assert said_by(analysis, "Nous saisirons").endswith("| Claire Dumas")


def test_a_title_the_tables_do_not_know_is_taken_up_by_its_noun(analyze: Analyze) -> None:
    analysis = analyze(
        "La bibliothécaire du village, Jeanne Pic, a organisé une grande vente de livres. "
        + FILLER
        + "Mais, insiste la bibliothécaire, « aucun livre ne sera jeté »."
    )
    assert said_by(analysis, "aucun livre").endswith("| Jeanne Pic")


def test_the_president_of_a_body_is_the_one_named_as_its_president(analyze: Analyze) -> None:
    """``Sa présidente, X`` after an association: ``la présidente de l'association`` later is X, not the body."""
    analysis = analyze(
        "L'association Les Amis du canal a porté plainte contre le projet. Sa présidente, Martine Roche, dénonce "
        "un saccage. " + FILLER + "« Nous irons jusqu'au bout », prévient la présidente de l'association."
    )
    assert said_by(analysis, "Nous irons").endswith("| Martine Roche")


def test_a_label_two_people_were_given_names_neither(analyze: Analyze) -> None:
    analysis = analyze(
        "Le conseiller socialiste Paul Vernet et l'adjoint socialiste Marc Roux ont voté contre. "
        + FILLER
        + "« Nous saisirons le tribunal », a annoncé le socialiste."
    )
    assert not said_by(analysis, "Nous saisirons").endswith(("| Paul Vernet", "| Marc Roux"))


# -- a first name, a title in capitals --------------------------------------------------------------------------


def test_a_bare_first_name_is_the_person_of_that_full_name(analyze: Analyze) -> None:
    analysis = analyze(
        "Karim Haddad tient la boulangerie de la place depuis dix ans. Le chantier a fait fuir ses clients. "
        "Pour Karim, l'avenir est sombre : « Je fermerai en juin si rien ne change. »"
    )
    assert said_by(analysis, "Je fermerai").endswith("| Karim Haddad")


def test_a_title_in_capitals_is_not_a_body(analyze: Analyze) -> None:
    """``le PDG du groupe, X`` then ``il``: the pronoun is X, not a body called "PDG"."""
    analysis = analyze(
        "Le PDG du groupe Valcor, Henri Blanc, a été entendu par les juges. Il a assuré que l'usine était "
        "« parfaitement sûre »."
    )
    assert "PDG" not in {e.name for e in analysis.entities}
    assert said_by(analysis, "parfaitement").endswith("| Henri Blanc")


# -- an interview ---------------------------------------------------------------------------------------------


def test_the_answers_of_an_interview_are_not_the_interviewers(analyze: Analyze) -> None:
    analysis = analyze(
        "Le maire de Dinan, Alain Corre, a répondu aux questions de notre journaliste Sophie Le Bihan.\n\n"
        "Pourquoi fermer le pont ?\n\n"
        "« Parce qu'il menace de s'effondrer. »"
    )
    assert said_by(analysis, "Parce qu'il menace").endswith("| Alain Corre")


# -- a member of a union, an expert, a rank -----------------------------------------------------------------------


def test_a_union_member_noun_is_the_person_titled_in_that_union(analyze: Analyze) -> None:
    analysis = analyze(
        "Le secrétaire général de la CFDT Santé, Marc Olivier, a quitté la réunion. "
        + FILLER
        + "« Nous reviendrons avec une grève », a prévenu le cédétiste."
    )
    assert said_by(analysis, "Nous reviendrons").endswith("| Marc Olivier")


def test_the_specialist_is_the_researcher_just_quoted(analyze: Analyze) -> None:
    analysis = analyze(
        "Selon Anne Lebrun, chercheuse en hydrologie à l'université de Rennes, la nappe est « très basse ». "
        "« Il faudrait trois hivers pluvieux pour la remplir », explique la spécialiste."
    )
    assert said_by(analysis, "trois hivers").endswith("| Anne Lebrun")


def test_the_gendarme_is_the_officer_named_by_rank(analyze: Analyze) -> None:
    analysis = analyze(
        "L'adjudante Lucie Favre a retrouvé le randonneur au fond du ravin. « Il était conscient et il parlait », "
        "raconte la gendarme."
    )
    assert said_by(analysis, "Il était conscient").endswith("| Lucie Favre")


# -- an unnamed witness whose relative clause misleads the parser ---------------------------------------------------


def test_a_witness_with_a_relative_clause_is_the_subject_after_it(analyze: Analyze) -> None:
    analysis = analyze(
        "Le directeur, Paul Morin, promet des renforts. Un ouvrier de la chaîne, qui a souhaité garder l'anonymat, "
        "décrit des nuits « interminables ». « On ne tient plus », confie-t-il."
    )
    assert "ouvrier" in said_by(analysis, "interminables")
    assert "ouvrier" in said_by(analysis, "On ne tient plus")


# -- a spokesperson of a body, an opinion frame ----------------------------------------------------------------


def test_a_spokesperson_by_possessive_speaks_for_the_body(analyze: Analyze) -> None:
    analysis = analyze(
        "L'Office national des forêts a envoyé des agents sur place. Son porte-parole a jugé la situation "
        "« préoccupante »."
    )
    assert "Office national des forêts" in said_by(analysis, "préoccupante")


def test_in_the_eyes_of_names_the_source(analyze: Analyze) -> None:
    analysis = analyze("Aux yeux de Nathalie Brun, la réforme est « une erreur historique ».")
    assert said_by(analysis, "une erreur").endswith("| Nathalie Brun")


# -- who a later description is not, who an athlete is ---------------------------------------------------------------


def test_an_office_is_not_a_person_introduced_by_a_trade(analyze: Analyze) -> None:
    """``La photographe X … a été libérée. Le ministre des Affaires étrangères a salué « … »``: not X."""
    analysis = analyze(
        "La photographe Léa Marchand, détenue depuis trois mois, a été libérée jeudi. Le ministre des Affaires "
        "étrangères a salué « une excellente nouvelle »."
    )
    assert not said_by(analysis, "une excellente").endswith("| Léa Marchand")


def test_the_athlete_is_the_sportswoman_named_before_not_the_federation(analyze: Analyze) -> None:
    analysis = analyze(
        "La Fédération internationale a suspendu la nageuse Clara Vidal pour deux ans. L'athlète de 24 ans conteste "
        "la sanction. « Je suis innocente », a-t-elle réagi."
    )
    assert said_by(analysis, "Je suis innocente").endswith("| Clara Vidal")


def test_a_reporter_read_as_a_verb_is_still_the_journalist(analyze: Analyze) -> None:
    """``le reporter de 38 ans``: the tagger reads the infinitive ``reporter``; after an article it is a noun."""
    analysis = analyze(
        "Le correspondant Marc Diallo a été libéré samedi. Le président a salué « un soulagement ».\n\n"
        "À sa descente d'avion, le reporter de 38 ans est apparu fatigué. « Je n'ai jamais cessé d'y croire », "
        "a-t-il confié."
    )
    assert said_by(analysis, "Je n'ai jamais cessé").endswith("| Marc Diallo")
