"""Speakers, eleventh round: a ``dont`` clause set off by commas is not the quote's reporting clause; ``la même
source`` and a demonstrative (``cet officier``) take up the source cited before; a hyphenated body (``l'état-major``)
is someone; a relative clause after ``selon X`` is X's; a participle on a noun with a partitive object is the
noun's finite verb; a noun a comma sets apart does not make a quote a name; a body named after a place is
someone; a noun cut at its hyphen does not hide the subject of ``se vouloir rassurant : « … »``. Each
pinned by a short invented sentence."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_a_dont_clause_before_the_quote_speaks_for_its_antecedent(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre des Finances, Paul Garnier, dont les syndicats exigent le départ, a refusé de « démissionner »."
    )
    assert "Paul Garnier" in said_by(analysis, "démissionner")


def test_a_dont_clause_holding_the_quote_keeps_its_subject(analyze: Analyze) -> None:
    analysis = analyze("Le directeur, dont les salariés dénoncent « le mépris », n'a pas répondu.")
    assert "salariés" in said_by(analysis, "le mépris")


def test_the_same_source_is_the_source_cited_before(analyze: Analyze) -> None:
    analysis = analyze(
        "La préfecture a annoncé la fermeture du pont. Deux ouvriers ont été « gravement blessés » lors de "
        "l'effondrement, selon la même source."
    )
    assert "préfecture" in said_by(analysis, "gravement blessés")


def test_a_demonstrative_speaker_is_the_source_just_introduced(analyze: Analyze) -> None:
    analysis = analyze(
        "Un policier interrogé par l'agence a fait état d'un bilan plus lourd. « Nous avons perdu trois hommes », "
        "a confié ce gradé sous couvert d'anonymat."
    )
    assert "Un policier" in said_by(analysis, "trois hommes")


def test_a_hyphenated_body_is_someone(analyze: Analyze) -> None:
    analysis = analyze(
        "Les rebelles, « très mobiles », ont attaqué deux casernes à l'aube, précise l'état-major dans un communiqué."
    )
    assert "état-major" in said_by(analysis, "très mobiles")


def test_a_relative_after_selon_takes_up_the_source(analyze: Analyze) -> None:
    analysis = analyze(
        "Des vols ont été signalés au marché, et 12 personnes ont été arrêtées, selon la gendarmerie, qui promet "
        "de punir sévèrement ces « voleurs »."
    )
    assert "gendarmerie" in said_by(analysis, "voleurs")


def test_a_participle_with_a_partitive_object_is_a_finite_verb(analyze: Analyze) -> None:
    analysis = analyze(
        "Plusieurs hameaux restent coupés du monde. À Saint-Lary, joint par radio, un élu municipal décrit des "
        "« maisons emportées par la boue »."
    )
    assert said_by(analysis, "maisons emportées").startswith("un élu municipal")


def test_a_noun_set_apart_by_a_comma_does_not_make_a_name(analyze: Analyze) -> None:
    analysis = analyze("Claire Dubois, devenue la voix du mouvement, l'affirme : « Nous ne céderons pas. »")
    assert "Claire Dubois" in said_by(analysis, "ne céderons pas")


def test_a_name_after_a_full_stop_does_not_make_a_name(analyze: Analyze) -> None:
    analysis = analyze(
        "Le maire, Paul Garnier, a confirmé l'arrivée de renforts pour l'opération Phénix. « Les secours seront là "
        "ce soir, a-t-il assuré. Personne ne sera oublié. »"
    )
    assert "Paul Garnier" in said_by(analysis, "Les secours seront")


def test_a_body_named_after_a_place_is_someone(analyze: Analyze) -> None:
    analysis = analyze(
        "Les pluies se poursuivent au Pérou. Radio Pérou avait alerté lundi les habitants de la côte, évoquant "
        "un « risque majeur » de crues."
    )
    assert "Radio Pérou" in said_by(analysis, "risque majeur")


def test_a_stance_subject_cut_at_a_hyphen(analyze: Analyze) -> None:
    analysis = analyze(
        "Le chef d'état-major de la marine, l'amiral Jean Morvan, s'est voulu confiant lors d'un point presse : "
        "« Nos navires sont prêts. »"
    )
    assert "Jean Morvan" in said_by(analysis, "Nos navires")


def test_a_present_participle_with_a_partitive_object_stays_a_participle(analyze: Analyze) -> None:
    analysis = analyze(
        "Pendant deux jours, Marc L. a contesté toute intention frauduleuse, évoquant des « erreurs de bonne foi »."
    )
    assert "Marc L." in said_by(analysis, "erreurs de bonne foi")


def test_a_title_with_two_portfolios_is_whole(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre de l'Agriculture et de la Souveraineté alimentaire a dénoncé une « provocation » des éleveurs."
    )
    assert "ministre de l'Agriculture et de la Souveraineté alimentaire" in said_by(analysis, "provocation")


def test_a_title_and_another_speaker_stay_as_written(analyze: Analyze) -> None:
    analysis = analyze("« Nous tiendrons », ont assuré le ministre de l'Intérieur et le maire de Brest.")
    assert said_by(analysis, "Nous tiendrons").startswith("le ministre de l'Intérieur et le maire de Brest |")


def test_a_headline_label_naming_an_event_is_no_speaker(analyze: Analyze) -> None:
    analysis = analyze(
        "Grève à la RATP : « Nous irons jusqu'au bout »\n\n"
        "« Nous irons jusqu'au bout », a prévenu Karima Benali, déléguée de l'Unsa."
    )
    assert "Karima Benali" in said_by(analysis, "jusqu'au bout")
    assert not any(q.speaker is not None and "Grève" in q.speaker.text for q in analysis.quotes)


def test_a_headline_label_naming_a_role_is_the_speaker(analyze: Analyze) -> None:
    analysis = analyze("Ministre de la Santé : « Les urgences tiendront »\n\nLe plan sera présenté mardi.")
    assert "Ministre de la Santé" in said_by(analysis, "urgences tiendront")


def test_a_headline_label_naming_words_names_their_owner(analyze: Analyze) -> None:
    analysis = analyze(
        "Le maire a promis des navettes. Réplique des commerçants : « Des navettes, encore des navettes. »"
    )
    assert "commerçants" in said_by(analysis, "encore des navettes")
