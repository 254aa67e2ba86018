"""Speakers, tenth round (news-blind11–12): errors of form any article can show. A postposed subject with an
adjective before its participle noun (``un jeune manifestant``); ``jeune`` saying someone before a noun the lexicon
does not know; a detached phrase between the incise's verb and its subject (``criait, le visage couvert de boue,
la femme …``); a headline's or intertitle's quote takes the speaker the body gives the same words. Each on short
invented sentences, about other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_an_adjective_before_a_participle_noun_keeps_the_postposed_subject(analyze: Analyze) -> None:
    result = analyze(
        "« Mon seul tort, c'est d'avoir parlé », a lancé un jeune manifestant à sa sortie du tribunal de Vannes."
    )
    assert "un jeune manifestant" in said_by(result, "Mon seul tort")


def test_jeune_before_an_unknown_noun_is_someone(analyze: Analyze) -> None:
    result = analyze(
        "La grève a paralysé le port de Brest lundi. « Personne ne nous écoute depuis des mois », a lancé un "
        "jeune docker à la sortie de la réunion."
    )
    assert "un jeune docker" in said_by(result, "Personne ne nous écoute")


def test_a_detached_phrase_between_the_verb_and_its_subject_is_skipped(analyze: Analyze) -> None:
    result = analyze(
        "Les pompiers sont arrivés trop tard. « Ils nous ont laissés seuls », criait, le visage couvert de boue, "
        "la femme d'un pêcheur, dont la maison a été emportée."
    )
    assert "la femme d'un pêcheur" in said_by(result, "laissés seuls")


def test_a_headline_quote_takes_the_body_speaker_over_the_place_before_its_colon(analyze: Analyze) -> None:
    result = analyze(
        "Brest : « Nous avons tout perdu », le bilan de la tempête s'alourdit\n"
        "Le port a été dévasté dans la nuit. « Nous avons tout perdu », a déclaré Yann Kerbrat, un pêcheur de "
        "50 ans."
    )
    headline = next(q for q in result.quotes if q.start < 40)
    assert headline.speaker is not None and headline.speaker.entity == "Yann Kerbrat"


def test_an_intertitle_quote_takes_the_body_speaker_not_the_paragraph_before(analyze: Analyze) -> None:
    result = analyze(
        "Inondations à Morlaix\n\n"
        "Le maire, Alain Le Bris, a demandé des moyens. « Nous manquons de tout », a-t-il dit.\n\n"
        "« Ma maison est partie avec l'eau »\n\n"
        "Dans le quartier du port, la veuve d'un marin ne décolère pas. « Ma maison est partie avec l'eau. Qui va "
        "m'aider ? » dit-elle."
    )
    intertitle = next(q for q in result.quotes if q.text == "Ma maison est partie avec l'eau")
    assert intertitle.speaker is not None and "la veuve d'un marin" in intertitle.speaker.text


def test_a_headline_quote_takes_an_unnamed_witness_from_the_body(analyze: Analyze) -> None:
    result = analyze(
        "À Quimper, les sinistrés face aux gendarmes : « On nous chasse au lieu de nous aider »\n\n"
        "Les gendarmes ont évacué la place mercredi. « On nous chasse au lieu de nous aider », criait, les "
        "larmes aux yeux, la mère d'un sinistré, dont la maison a brûlé."
    )
    headline = next(q for q in result.quotes if q.start < 90)
    assert headline.speaker is not None and "la mère d'un sinistré" in headline.speaker.text


def test_a_headline_cue_that_names_a_body_stands_over_the_body_s_description(analyze: Analyze) -> None:
    result = analyze(
        "Santé : l'association Aides Rurales alerte sur « un désert médical »\n\n"
        "Dans son rapport publié lundi, l'association Aides Rurales compte 300 communes sans médecin, ce qui "
        "traduit selon l'ONG « un désert médical qui s'étend »."
    )
    headline = next(q for q in result.quotes if q.start < 70)
    assert headline.speaker is not None and "Aides Rurales" in headline.speaker.text


def test_a_manner_complement_between_the_verb_and_its_subject_is_skipped(analyze: Analyze) -> None:
    result = analyze(
        "« Nous l'avons cherché toute la nuit », raconte d'une voix blanche la mère d'un apprenti tué dans "
        "l'incendie, rencontrée chez elle."
    )
    assert "la mère d'un apprenti" in said_by(result, "cherché toute la nuit")
    result = analyze("« Personne ne nous a prévenus », lâche d'un ton sec le maire de Quimperlé.")
    assert "le maire de Quimperlé" in said_by(result, "Personne ne nous a prévenus")


def test_a_link_line_above_a_paragraph_is_not_its_subject(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet a parlé lundi.\n\n"
        "Lire aussi : Bretagne : la colère des marins\n\n"
        "Le Syndicat des agents pénitentiaires a dénoncé pour sa part « l'abandon » des surveillants."
    )
    assert "Lire" not in said_by(result, "abandon")
    assert "Syndicat des agents pénitentiaires" in said_by(result, "abandon")


def test_a_scare_quote_s_speaker_does_not_take_a_long_quote_that_repeats_the_word(analyze: Analyze) -> None:
    """``Les autorités`` used « pillards »; a long quote with its own incise that says the word again is
    still its own speaker's."""
    result = analyze(
        "Le préfet a publié un bilan lundi. Les autorités n'ont cependant apporté aucune preuve de "
        "l'implication de « pillards » étrangers.\n\n"
        "« Tout le monde sait que, par les réseaux sociaux, des tentatives sont faites pour pousser nos jeunes "
        "vers des actions de pillards, comme le préfet l'a clairement souligné aujourd'hui, a déclaré Paul "
        "Mercier. C'est le scénario exact de ce qui s'est passé. »"
    )
    assert "Paul Mercier" in said_by(result, "Tout le monde sait que")
