"""Speakers on news no rule was written for, third round: the general causes of the misses measured once on
``tests/data/quotes-blind3.json`` (invented articles of eleven stories), each pinned by a short invented
sentence of yet another story (a drought, a ferry strike, a ski resort, a court case in another town…)."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import quote, said_by

Analyze = Callable[..., DocumentAnalysis]
__all__ = ["quote", "said_by"]  # shared with test_quotes_unseen, the first round's


# -- descriptions the article ties to a name -------------------------------------------------------------


def test_a_wider_word_for_a_title_names_its_holder(analyze: Analyze) -> None:
    result = analyze(
        "Le juge d'instruction Marc Aubert a ordonné une nouvelle expertise du barrage. "
        "« Les délais seront tenus », a assuré le magistrat."
    )
    assert "Marc Aubert" in said_by(result, "Les délais")


def test_l_elue_after_a_senator_is_that_senator(analyze: Analyze) -> None:
    result = analyze(
        "La sénatrice Anne Villard a visité la digue rompue samedi. « Il faut reconstruire avant l'hiver », a "
        "insisté l'élue."
    )
    assert "Anne Villard" in said_by(result, "Il faut reconstruire")


def test_a_civility_between_the_title_and_the_name_keeps_the_tie(analyze: Analyze) -> None:
    result = analyze(
        "L'avocat du skipper, Me Paul Garnier, a demandé la relaxe. « Mon client n'a commis aucune faute », a "
        "plaidé le pénaliste."
    )
    assert "Paul Garnier" in said_by(result, "Mon client")


def test_an_ordinary_person_is_varied_by_what_they_are(analyze: Analyze) -> None:
    result = analyze(
        "Marcel Dufour, 82 ans, a perdu sa grange dans l'incendie. « Tout est parti en dix minutes », raconte "
        "l'octogénaire."
    )
    assert "Marcel Dufour" in said_by(result, "Tout est parti")


def test_a_titled_person_is_not_an_ordinary_description(analyze: Analyze) -> None:
    result = analyze(
        "Le maire Paul Roche a visité le quartier inondé. « L'eau est entrée partout », raconte l'habitante."
    )
    assert "Paul Roche" not in said_by(result, "L'eau est entrée")


def test_the_states_representative_is_the_prefect(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet du Var, Jean Morel, a ordonné l'évacuation du camping. « La situation reste dangereuse », a "
        "martelé le représentant de l'État."
    )
    assert "Jean Morel" in said_by(result, "La situation reste")


def test_the_keeper_of_the_seals_is_the_justice_minister(analyze: Analyze) -> None:
    result = analyze(
        "Le garde des Sceaux, Henri Lacombe, a présenté sa réforme des prud'hommes mercredi. Le ministre de la "
        "Justice a défendu « un texte d'équilibre »."
    )
    assert "Henri Lacombe" in said_by(result, "un texte d'équilibre")


def test_a_bare_feminine_title_says_the_person_is_a_woman(analyze: Analyze) -> None:
    result = analyze(
        "Le bulletin a été publié par le site Hydro-Info. Selon Inès Morel, chercheuse en hydrologie à "
        "l'université de Tours, les nappes sont « au plus bas ». « Il faudra des mois de pluie », ajoute-t-elle."
    )
    assert "Inès Morel" in said_by(result, "Il faudra des mois")


def test_a_name_after_a_persons_apposed_title_is_its_complement(analyze: Analyze) -> None:
    result = analyze(
        "« Les lits manquent », a déclaré Julie Kerros, infirmière et déléguée Sud Santé. « Nous sommes "
        "épuisées », ajoute-t-elle."
    )
    assert "Julie Kerros" in said_by(result, "Nous sommes")


def test_a_pronoun_set_off_after_a_description_restates_it(analyze: Analyze) -> None:
    result = analyze(
        "Les compagnies de ferry, elles, ont réagi dans un communiqué commun. Elles y dénoncent « une grève "
        "injustifiée »."
    )
    assert "compagnies de ferry" in said_by(result, "une grève")


def test_a_sentence_ends_at_a_full_stop_after_a_closing_mark(analyze: Analyze) -> None:
    result = analyze(
        "Le procureur Denis Hardy a parlé de « négligences graves ». À la sortie de l'audience, l'avocat de la "
        "défense, Me Luc Perrin, a annoncé un appel. « Mon client est innocent », a-t-il affirmé."
    )
    assert "Luc Perrin" in said_by(result, "Mon client est innocent")


# -- speaker cues ----------------------------------------------------------------------------------------


def test_a_subject_the_parser_hangs_on_the_auxiliary_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet Alain Guérin a visité les pistes fermées. Il a par ailleurs dénoncé des « comportements "
        "irresponsables » de skieurs hors-piste."
    )
    assert "Alain Guérin" in said_by(result, "comportements")


def test_selon_x_speaks_for_a_thing_that_explains(analyze: Analyze) -> None:
    result = analyze(
        "La météorologue Léa Martin a publié son bilan de l'hiver. Selon elle, la hausse de la consommation "
        "s'explique par « un mois de février très froid »."
    )
    assert "Léa Martin" in said_by(result, "février très froid")


def test_an_outlet_relaying_a_quote_is_not_its_speaker(analyze: Analyze) -> None:
    result = analyze(
        "Le maire, Jacques Berthier, s'est dit « très inquiet » pour la saison, a rapporté la radio locale."
    )
    assert "Jacques Berthier" in said_by(result, "très inquiet")


def test_selon_an_outlet_after_a_speech_verb_relays_its_subject(analyze: Analyze) -> None:
    result = analyze("Le directeur du port, Yves Le Du, a évoqué, selon Le Marin, des « pertes considérables ».")
    assert "Yves Le Du" in said_by(result, "pertes considérables")


def test_a_quote_after_a_sentence_presenting_a_person_is_theirs(analyze: Analyze) -> None:
    result = analyze(
        "Au bord de la Loire, l'inquiétude domine. Lucien Garnier, 64 ans, pêche ici depuis l'enfance. "
        "« Je n'ai jamais vu le fleuve aussi bas. »"
    )
    assert "Lucien Garnier" in said_by(result, "Je n'ai jamais vu")


def test_a_sentence_about_a_thing_between_does_not_stop_the_person(analyze: Analyze) -> None:
    result = analyze(
        "Bernard Lacoste cultive du maïs à Nérac depuis trente ans. Ses parcelles n'ont pas vu de pluie depuis "
        "mai. « On a tout essayé, et rien ne pousse. »"
    )
    assert "Bernard Lacoste" in said_by(result, "On a tout essayé")


def test_an_interview_answer_is_the_interviewees(analyze: Analyze) -> None:
    result = analyze(
        "La gardienne du refuge, Élise Bonnet, a répondu à nos questions.\n\n"
        "Le refuge rouvrira-t-il cet été ?\n"
        "« Oui, dès le mois de juin. »\n\n"
        "Les randonneurs seront-ils nombreux ?\n"
        "« Nous attendons deux mille nuitées. »"
    )
    assert "Élise Bonnet" in said_by(result, "dès le mois de juin")
    assert "Élise Bonnet" in said_by(result, "deux mille nuitées")


def test_an_interview_answer_after_a_dash_is_the_interviewees(analyze: Analyze) -> None:
    result = analyze(
        "Présidente de l'association des commerçants, Nadine Faure s'inquiète. Nous l'avons interrogée.\n\n"
        "– Comment tenez-vous ?\n"
        "– « Difficilement, le chiffre d'affaires a chuté de moitié. »"
    )
    assert "Nadine Faure" in said_by(result, "Difficilement")


def test_a_person_in_apposition_before_a_colon_says_the_quote(analyze: Analyze) -> None:
    result = analyze(
        "La mine fermera en juin. « À mon âge, qui va m'embaucher ? » Son collègue Kevin Marchal, 29 ans, se "
        "montre plus combatif : « On ne va pas se laisser faire. »"
    )
    assert "Kevin Marchal" in said_by(result, "se laisser faire")


def test_a_restating_pronoun_after_the_verb_is_not_the_subject(analyze: Analyze) -> None:
    result = analyze("Le syndicat des pilotes parle, lui, d'une « provocation » de la direction.")
    assert "syndicat des pilotes" in said_by(result, "provocation")


def test_the_day_after_an_inverted_subject_is_not_the_speaker(analyze: Analyze) -> None:
    result = analyze("« Nous avons tout perdu », a confié la commerçante dimanche matin.")
    assert "dimanche" not in said_by(result, "Nous avons tout perdu")


def test_an_infinitive_after_a_communique_is_the_subjects(analyze: Analyze) -> None:
    result = analyze("La mairie de Nérac a rappelé dans un communiqué avoir alerté la préfecture « à deux reprises ».")
    assert "mairie" in said_by(result, "à deux reprises")


def test_a_plural_body_noun_is_not_the_latest_named_body(analyze: Analyze) -> None:
    result = analyze(
        "La Région a voté une aide. Les compagnies aériennes ont réagi dans la soirée. Elles dénoncent « un chantage »."
    )
    assert "Région" not in said_by(result, "un chantage")


def test_a_regional_adjective_matches_its_region_in_a_tie(analyze: Analyze) -> None:
    result = analyze(
        "Le secrétaire de l'union départementale CFDT de la Savoie, Louis Brun, appelle à la grève. La maire, "
        "Anne Roux, reste prudente. Le patron de la CFDT savoyarde réclame « un vrai dialogue »."
    )
    assert "Louis Brun" in said_by(result, "un vrai dialogue")


def test_a_speech_verb_tagged_a_noun_before_a_quote_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Dans un avis publié mardi, la Haute Autorité de santé juge « insuffisante » la couverture vaccinale."
    )
    assert "Haute Autorité de santé" in said_by(result, "insuffisante")


def test_the_president_elect_is_the_candidate_the_article_named(analyze: Analyze) -> None:
    result = analyze(
        "Le candidat social-démocrate Tomas Lindqvist a remporté le second tour avec 54 % des voix. Devant ses "
        "partisans, le président élu a promis de gouverner « pour tout le pays »."
    )
    assert "Tomas Lindqvist" in said_by(result, "pour tout le pays")


def test_a_participle_after_an_inverted_incise_goes_on_with_its_speaker(analyze: Analyze) -> None:
    result = analyze(
        "La maire Claire Vidal a coupé le ruban. « Ce pont change tout », a-t-elle lancé, avant d'annoncer la "
        "création d'une navette « gratuite et rapide »."
    )
    assert "Claire Vidal" in said_by(result, "gratuite et rapide")


def test_a_personal_il_the_tagger_calls_impersonal_still_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Le groupe Vélonor a confirmé la fermeture de son atelier de Roubaix. Il s'engage à proposer « une "
        "solution à chaque salarié »."
    )
    assert "Vélonor" in said_by(result, "une solution")


def test_an_impersonal_il_is_no_speaker(analyze: Analyze) -> None:
    result = analyze("Le maire Paul Roche a visité le chantier. Il s'agit d'un « projet structurant ».")
    assert "Paul Roche" not in said_by(result, "projet structurant")


def test_a_profession_noun_names_the_untitled_person_just_quoted(analyze: Analyze) -> None:
    result = analyze(
        "« La dalle a tenu », assure Marc Petit, le numéro trois du bureau d'études. « Le béton était "
        "conforme », explique l'ingénieur."
    )
    assert "Marc Petit" in said_by(result, "Le béton")
