"""Speakers on news no rule was written for, seventh round: the general causes of the misses measured once on
``tests/data/quotes-blind7.json`` (written by the lead before the round's quotes work was merged); each pinned
by a short invented sentence of another story."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_a_reflexive_speech_verb_the_tagger_reads_as_an_adjective_opens_an_incise(analyze: Analyze) -> None:
    """``s'indigne``: after a reflexive clitic right after the quote, the word is the incise's verb."""
    analysis = analyze("« On nous ment depuis des mois », s'indigne Corinne Vasseur, déléguée FO de l'usine.")
    assert "Corinne Vasseur" in said_by(analysis, "On nous ment")


def test_an_opinion_frame_with_a_pronoun_is_the_person_just_named(analyze: Analyze) -> None:
    analysis = analyze(
        "La navigatrice Clarisse Crémer a bouclé son tour du monde. Pour elle, cette course fut « la plus dure »."
    )
    assert said_by(analysis, "la plus dure").endswith("| Clarisse Crémer")


def test_a_demonstrative_after_pour_frames_no_one(analyze: Analyze) -> None:
    analysis = analyze("Pour cela, il faudra selon les experts un « sursaut » collectif.")
    assert not said_by(analysis, "sursaut").startswith("cela")
