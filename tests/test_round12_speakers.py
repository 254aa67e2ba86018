"""Speakers, twelfth round: a past participle after a description's noun says which person it is (``la fille
d'un mineur disparu``, ``une mère arrivée de X``), not one with its agent (``interrogé par l'AFP``); a pronoun
standing for a minister keeps the title's second portfolio; ``Il`` opening the sentence after a named person's
quote is that person; a headline label opening on an event's noun is no speaker; a paragraph that is only a
quote goes on with the speaker of the paragraph before, even past the incise that names them; the subject
before an aside set off by dashes speaks. Each pinned by a short invented sentence."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_a_past_participle_ends_the_description(analyze: Analyze) -> None:
    analysis = analyze("« On ne nous dit rien », lance la fille d'un mineur disparu, venue de Lens.")
    assert "la fille d'un mineur disparu" in said_by(analysis, "On ne nous dit rien")


def test_a_participle_and_its_place_say_which_one(analyze: Analyze) -> None:
    analysis = analyze(
        'Des familles ont quitté la vallée. "Nous avons tout perdu", confie une mère de famille arrivée de Tarbes, '
        "jointe par téléphone."
    )
    assert "une mère de famille arrivée de Tarbes" in said_by(analysis, "tout perdu")


def test_a_participle_with_its_agent_stays_out(analyze: Analyze) -> None:
    analysis = analyze("« Tout est calme », a affirmé le porte-parole interrogé par l'AFP.")
    assert said_by(analysis, "Tout est calme").startswith("le porte-parole |")


def test_a_pronoun_keeps_the_second_portfolio(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre de l'Agriculture et de la Pêche a exprimé sa « vive inquiétude ». « Ceux qui polluent les "
        "rivières paieront », a-t-il ajouté."
    )
    assert "et de la Pêche" in said_by(analysis, "polluent")


def test_il_after_a_quote_whose_incise_names_the_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "« Les routes sont coupées, a expliqué Jean Dupuis, chef de projet de la Croix-Rouge à Lille, et nous "
        "manquons de tentes. » Il évoque « un désastre total »."
    )
    assert "Jean Dupuis" in said_by(analysis, "un désastre total")


def test_a_headline_label_on_an_event_noun_is_no_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "Accueil > France > Société\n\nNaufrage au large de la Corse : « On voyait les vagues passer sur le pont »\n\n"
        "Le bilan s'élève à trois morts.\n\nPierre, un marin de 40 ans originaire de Calvi, montre ses mains.\n\n"
        "« Nous étions dix à bord. Quand le mât a cédé, on voyait les vagues passer sur le pont », raconte Pierre."
    )
    assert "Pierre" in said_by(analysis, "On voyait les vagues")
    assert "Naufrage" not in said_by(analysis, "On voyait les vagues")


def test_a_quote_paragraph_after_the_sentence_naming_its_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "La grève a touché 40 écoles depuis lundi. Pour la seule journée de mardi, 9 écoles ont fermé, a précisé "
        "le recteur, Jacques Morel, qui a défendu l'action de l'académie.\n\n"
        "« Nous avons ouvert dix nouvelles classes en deux semaines. Aucune académie n'aurait fait mieux. »"
    )
    assert "Jacques Morel" in said_by(analysis, "dix nouvelles classes")


def test_a_quote_paragraph_goes_on_past_the_incise_naming_its_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "« Ils nous battaient avec des bâtons quand on réclamait de l'eau », raconte Ahmed, un Malien de 20 ans, "
        "rencontré devant le gymnase. Son frère était dans le camion.\n\n"
        "« Je ne l'ai plus vu. Personne ne sait me dire où il est. »"
    )
    assert "Ahmed" in said_by(analysis, "Je ne l'ai plus vu")


def test_the_subject_before_a_dashed_aside_speaks(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministère belge de la Santé – officiellement ministère des Affaires sociales – a affirmé lundi que "
        "« la situation est maîtrisée dans tout le pays »."
    )
    assert "ministère belge de la Santé" in said_by(analysis, "la situation est maîtrisée")
