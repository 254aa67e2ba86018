"""Speakers on news no rule was written for, sixth round: the kinds quotes-blind5 still missed (a passive speech
verb, ``on`` framed by a circle or a body, a bank varied by its kind, a name set off after a relative clause,
a person named only in the headline), then the general causes of the misses measured once on
``tests/data/quotes-blind6.json``; each pinned by a short invented sentence of yet another story."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a passive speech verb names who was told, not who spoke --------------------------------------------------


def test_the_subject_of_a_passive_speech_verb_is_no_speaker(analyze: Analyze) -> None:
    result = analyze("Dans son arrêt, la cour relève que l'accusé avait été averti « à plusieurs reprises » du danger.")
    assert "la cour" in said_by(result, "plusieurs reprises")


def test_the_agent_of_a_passive_speech_verb_speaks(analyze: Analyze) -> None:
    result = analyze("Le projet a été annoncé par la ministre de la Culture, Rachida Benali, comme une « révolution ».")
    assert "Rachida Benali" in said_by(result, "révolution")


# -- ``on`` placed among a circle or a body ---------------------------------------------------------------------


def test_on_in_someones_circle_is_that_circle(analyze: Analyze) -> None:
    result = analyze("Dans l'entourage du Premier ministre, on relativise cet « échec d'étape ».")
    assert "entourage du Premier ministre" in said_by(result, "échec d'étape")


def test_on_at_a_company_is_that_company(analyze: Analyze) -> None:
    result = analyze("Chez Goldman Sachs, on juge la baisse « excessive ».")
    assert "Goldman Sachs" in said_by(result, "excessive")


def test_on_in_a_place_is_still_no_one(analyze: Analyze) -> None:
    result = analyze("Dans la rue, on crie « démission » à chaque passage du cortège.")
    assert said_by(result, "démission") == ""


# -- a company varied by its kind -------------------------------------------------------------------------------


def test_a_bank_described_by_its_kind_is_the_bank_just_named(analyze: Analyze) -> None:
    result = analyze(
        "Chez Goldman Sachs, le ton est moins alarmiste. La banque américaine a maintenu sa prévision, jugeant la "
        "baisse « excessive »."
    )
    assert "Goldman Sachs" in said_by(result, "excessive")


# -- a name set off after a relative clause ---------------------------------------------------------------------


def test_a_name_after_a_relative_clause_is_the_subject(analyze: Analyze) -> None:
    result = analyze(
        "Un romancier que j'admire, Jean-Paul Vernier, disait que le polar était « la grande littérature morale »."
    )
    assert "Jean-Paul Vernier" in said_by(result, "littérature morale")


def test_an_incise_subject_followed_by_a_relative_clause(analyze: Analyze) -> None:
    result = analyze(
        "« Le site ne fermera pas », a déclaré Marie Roux, qui dirige l'usine depuis 2015. « Nous avons des "
        "commandes jusqu'en 2027. »"
    )
    assert "Marie Roux" in said_by(result, "ne fermera pas")
    assert "Marie Roux" in said_by(result, "des commandes")


# -- the person of the headline -------------------------------------------------------------------------------------


def test_a_description_stands_for_the_person_named_in_the_headline(analyze: Analyze) -> None:
    result = analyze(
        "Léa Fontaine : « La mer ne pardonne rien »\n\n"
        "Avec « Cap au large », son deuxième livre, la navigatrice bretonne revient sur son tour du monde en "
        "solitaire et sur les tempêtes du Pacifique. « J'ai eu peur tous les jours », raconte-t-elle."
    )
    assert "Léa Fontaine" in said_by(result, "peur tous les jours")


def test_a_byline_names_no_one_in_the_story(analyze: Analyze) -> None:
    result = analyze(
        "Par Julie Moreau\n\n"
        "Le chantier reprend lundi, malgré la colère des habitants du quartier et le recours de leur association. "
        "« Les travaux dureront deux ans », a indiqué le conducteur de travaux."
    )
    assert "Julie Moreau" not in said_by(result, "deux ans")
