"""Speakers on news no rule was written for, ninth round: the general causes of the misses measured once on
``tests/data/quotes-blind9.json`` (incise verbs of enthusiasm and grumbling, a title apposed to another title
before a name); each pinned by a short invented sentence of another story."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- incise verbs of mood ----------------------------------------------------------------------------------------


def test_an_enthusiastic_incise_names_its_speaker(analyze: Analyze) -> None:
    analysis = analyze("« Le pont sera prêt avant l'été », s'enthousiasme l'ingénieure du projet, Sophie Marchal.")
    assert said_by(analysis, "Le pont sera prêt").endswith("| Sophie Marchal")


def test_a_grumbling_incise_names_its_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "Les travaux durent. « On ne dort plus depuis un mois », peste Jacques Morin, boulanger du quartier."
    )
    assert said_by(analysis, "On ne dort plus").startswith("Jacques Morin")


# -- a title apposed to another title ------------------------------------------------------------------------------


def test_a_name_after_a_second_title_is_the_speaker_of_the_first(analyze: Analyze) -> None:
    """``Le président du club, l'ancien gardien X, a dénoncé``: X speaks, not an unnamed president."""
    analysis = analyze(
        "La présidente de la chambre d'agriculture, l'éleveuse bretonne Anne Morel, a dénoncé « un mépris »."
    )
    assert said_by(analysis, "un mépris").endswith("| Anne Morel")


def test_a_pronoun_after_a_doubly_titled_speaker_is_that_person(analyze: Analyze) -> None:
    analysis = analyze(
        "Le directeur du musée, le peintre suisse Marc Vallotton, a salué « un don exceptionnel ». Il a ajouté "
        "que l'exposition serait « gratuite »."
    )
    assert said_by(analysis, "gratuite").endswith("| Marc Vallotton")


# -- a person named by nationality -------------------------------------------------------------------------------


def test_a_nationality_noun_before_a_name_is_not_part_of_the_name(analyze: Analyze) -> None:
    analysis = analyze("Le trophée a été remis à la Nord-Coréenne Kim Su-bin pour son film.")
    assert ("Kim Su-bin", "PER") in [(e.text, e.type) for e in analysis.entities]


def test_a_role_after_a_woman_named_by_nationality_is_that_woman(analyze: Analyze) -> None:
    """``l'autrice`` after ``décerné à la Japonaise X``: the nationality noun says X is a woman."""
    analysis = analyze(
        "Le grand prix du salon a été décerné samedi à la Japonaise Aiko Tanaka pour « Les Nuits blanches ». "
        "« Je le dédie à ma mère », a déclaré l'autrice, visiblement émue, en recevant le prix."
    )
    assert said_by(analysis, "Je le dédie").endswith("| Aiko Tanaka")
