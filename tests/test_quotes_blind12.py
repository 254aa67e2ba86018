"""Speakers on news no rule was written for, twelfth round: a question or an exclamation closing the quote takes no
comma before its incise; an opening quote is given to the office the next sentence introduces (not to the person
quoted before); ``en`` in ``X en a profité pour dénoncer`` is no speaker; a verb that announces a quote with a
colon has its object after it, not an inverted subject; and a pronoun that already said a person is a man keeps
``elle`` from him. Each pinned by a short invented sentence (the causes of the misses measured once on
``tests/data/quotes-blind12.json``)."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_an_incise_after_a_question_needs_no_comma(analyze: Analyze) -> None:
    analysis = analyze("Les commerces ferment. « Qui va payer les factures ? » s'indigne Claire Moreau, boulangère.")
    assert said_by(analysis, "Qui va payer").startswith("Claire Moreau")


def test_an_incise_after_an_exclamation_needs_no_comma(analyze: Analyze) -> None:
    analysis = analyze("Le stade a fermé. « Quelle honte pour la ville ! » peste Marc Gilles, supporter depuis 1990.")
    assert "Marc Gilles" in said_by(analysis, "Quelle honte")


def test_couper_is_a_speech_verb_of_incises(analyze: Analyze) -> None:
    analysis = analyze(
        "La gérante, Anne Roux, a parlé longuement. « Je ne dirai rien de plus », coupe son associé, Paul Mercier."
    )
    assert "Paul Mercier" in said_by(analysis, "rien de plus")


def test_an_office_the_next_sentence_introduces_speaks_the_opening_quote(analyze: Analyze) -> None:
    analysis = analyze(
        "Un incendie a ravagé l'entrepôt. « Personne ne partira sans réponse », a lancé Luc Ferrand.\n\n"
        "« Toutes les pistes restent ouvertes. » Le procureur de la République de Nantes a ouvert une enquête."
    )
    assert said_by(analysis, "Toutes les pistes").startswith("Le procureur de la République de Nantes")


def test_en_is_the_occasion_not_the_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "Le viaduc est fermé depuis lundi. Le président de la région en a profité pour dénoncer un « abandon de "
        "l'État » dans ce dossier."
    )
    assert said_by(analysis, "abandon de").startswith("Le président de la région")


def test_the_object_of_a_verb_announcing_a_quote_is_not_its_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "La mairie vendra la chapelle. Un habitant, venu assister au conseil, résume le sentiment général : "
        "« Triste, mais inévitable. »"
    )
    assert said_by(analysis, "Triste, mais").startswith("Un habitant")


def test_elle_does_not_stand_for_a_man_a_pronoun_already_named(analyze: Analyze) -> None:
    analysis = analyze(
        "La boulangerie est pleine. « Le pain se vend bien », s'amuse la gérante, Nadia Rocher, qui tient le "
        "commerce avec son mari Pierre depuis 2004. Ce dernier, plus discret, reconnaît une « petite fatigue ». "
        "« On ne compte pas nos heures », coupe Pierre Rocher.\n\n"
        "La boulangère touchera une prime. « Ça paiera le four », glisse-t-elle."
    )
    assert "Pierre Rocher" in said_by(analysis, "On ne compte pas")
    assert "Pierre Rocher" not in said_by(analysis, "Ça paiera le four")
