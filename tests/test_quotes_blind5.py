"""Speakers on news no rule was written for, fifth round: the general causes of the misses measured once on
``tests/data/quotes-blind5.json`` (invented articles of eleven genres: reportage, fait divers, interview, live
blog, study, wire, politics, sport, markets, obituary, verdict), each pinned by a short invented sentence of
yet another story."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- witnesses of a reportage: a first name and an age ------------------------------------------------------


def test_a_first_name_given_an_age_is_a_person_who_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Sur le marché de Lodève, Fatou, 34 ans, vend des olives depuis dix ans. Cet hiver, elle a perdu la moitié "
        "de ses clients. « Les gens n'ont plus les moyens », raconte-t-elle."
    )
    assert "Fatou" in said_by(result, "plus les moyens")


# -- a pronoun stands for the person, not the body where that person works -----------------------------------


def test_a_pronoun_is_the_person_not_the_body_of_his_apposition(analyze: Analyze) -> None:
    result = analyze(
        "Pour Lucien Garcin, économiste chez Natixis, la Banque centrale a trop attendu. « Elle paiera ce retard "
        "au printemps », estime-t-il."
    )
    assert "Lucien Garcin" in said_by(result, "paiera ce retard")


def test_a_pronoun_is_the_witness_not_her_school(analyze: Analyze) -> None:
    result = analyze(
        "Devant la gare, Inès, 19 ans, étudiante en BTS, attend un bus qui ne vient pas. « Ça fait une heure », "
        "soupire-t-elle."
    )
    assert "Inès" in said_by(result, "une heure")


# -- verbs that report words -----------------------------------------------------------------------------------


def test_se_souvenir_in_an_incise_reports_the_words(analyze: Analyze) -> None:
    result = analyze("« Il montait au col tous les dimanches, même sous la neige », se souvient sa sœur, Martine Roux.")
    assert "Martine Roux" in said_by(result, "tous les dimanches")


# -- a bare noun between commas describes the subject before it -------------------------------------------------


def test_a_bare_noun_between_commas_is_no_speaker(analyze: Analyze) -> None:
    result = analyze("L'association Vélo en ville (AVV), partie civile, a salué un jugement « exemplaire ».")
    assert "Vélo en ville" in said_by(result, "exemplaire")


# -- a match report varies the name by the player's position ---------------------------------------------------


def test_a_position_on_the_pitch_stands_for_the_player_just_named(analyze: Analyze) -> None:
    result = analyze(
        "Buteur à la dernière minute, Malo Guéguen savourait. « J'ai fermé les yeux et j'ai tapé », a raconté "
        "le jeune ouvreur."
    )
    assert "Malo Guéguen" in said_by(result, "fermé les yeux")


# -- an unnamed witness of a fait divers is the antecedent of the incise's pronoun ------------------------------


def test_a_gendarme_or_a_firefighter_is_who_il_stands_for(analyze: Analyze) -> None:
    result = analyze(
        "Selon la préfecture, le feu est fixé. Un pompier arrivé parmi les premiers évoque des flammes immenses. "
        "« On n'avait jamais vu ça », confie-t-il."
    )
    assert "pompier" in said_by(result, "jamais vu ça")
