"""Speakers on news no rule was written for, eighth round: the misses quotes-blind7 left (a description's town
or country, a name with an initial behind ``l'accusé``, an unnamed Prime Minister varied as ``le chef du
gouvernement``, a former title with a time apposition) and the general causes of the misses measured once on
``tests/data/quotes-blind8.json``; each pinned by a short invented sentence of another story."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a description's place word --------------------------------------------------------------------------------


def test_a_coach_described_by_his_club_s_town_is_not_the_other_coach(analyze: Analyze) -> None:
    """``Le technicien brestois`` after ``l'entraîneur nantais X``: the town says it is not X."""
    analysis = analyze(
        "Battu à Nantes, le Stade brestois a perdu. L'entraîneur nantais Paul Durand a salué « un bon match ». "
        "En face, Éric Roy fulminait. Le technicien brestois a dénoncé « un scandale »."
    )
    assert said_by(analysis, "un scandale").endswith("| Éric Roy")


def test_a_coach_by_his_town_takes_up_the_coach_the_text_gave_that_town(analyze: Analyze) -> None:
    analysis = analyze(
        "Le président du club, Marc Lebon, a critiqué son entraîneur, Paul Rivet. « Si on veut ma tête, qu'on le "
        "dise », a rétorqué le coach lyonnais. Côté marseillais, l'entraîneur Luc Faure savourait. Le technicien "
        "lyonnais, lui, joue son avenir. « Je ne lâcherai pas », a-t-il prévenu."
    )
    assert said_by(analysis, "qu'on le dise").endswith("| Paul Rivet")
    assert said_by(analysis, "Je ne lâcherai pas").endswith("| Paul Rivet")


def test_a_nationality_names_the_rider_written_with_it(analyze: Analyze) -> None:
    """``Le leader danois`` after ``le Danois X`` and ``le Belge Y``: X, even though Y is the latest subject."""
    analysis = analyze(
        "Derrière, le Danois Jonas Lund garde la tête. Quant au Belge Tom Peeters, il a évoqué une « défaillance ». "
        "Le leader danois a promis de « répondre demain »."
    )
    assert said_by(analysis, "répondre demain").endswith("| Jonas Lund")


def test_a_rider_by_his_nationality_before_a_colon_speaks(analyze: Analyze) -> None:
    analysis = analyze(
        "Le Slovène Luka Horvat a gagné l'étape. Le directeur sportif de l'équipe, l'Italien Marco Conti, était "
        "ravi. Le coureur slovène, lui, reste prudent : « Rien n'est joué. »"
    )
    assert said_by(analysis, "Rien n'est joué").endswith("| Luka Horvat")


# -- titles and roles ------------------------------------------------------------------------------------------


def test_the_head_of_government_takes_up_the_unnamed_prime_minister(analyze: Analyze) -> None:
    analysis = analyze(
        "Au niveau national, le Premier ministre a salué des résultats « encourageants ». Le politologue Paul "
        "Vidal, lui, parle d'une « fatigue ». Le chef du gouvernement a aussi félicité « tous les élus »."
    )
    assert said_by(analysis, "tous les élus").startswith("le Premier ministre")


def test_the_accused_is_the_defendant_named_by_an_initial_not_the_judge(analyze: Analyze) -> None:
    analysis = analyze(
        "Procès du braquage de Vienne : l'accusé principal nie tout\n\n"
        "Au premier jour de son procès devant la cour d'assises de l'Isère, Yanis K., 29 ans, a maintenu jeudi sa "
        "version : il n'était pas sur place. « On me confond avec un autre », a-t-il répété à la barre.\n\n"
        "Le président de la cour, Henri Vasseur, lui a rappelé que son empreinte avait été relevée sur le coffre. "
        "« Comment l'expliquez-vous ? », a-t-il demandé. « Ce blouson, je l'ai vendu il y a un an », a répondu "
        "l'accusé, provoquant des rires dans la salle."
    )
    assert said_by(analysis, "On me confond").endswith("| Yanis K.")
    assert said_by(analysis, "Ce blouson").endswith("| Yanis K.")


def test_a_former_title_with_what_she_is_now_names_the_subject_just_before(analyze: Analyze) -> None:
    """``L'ancienne maire, aujourd'hui cheffe de file de l'opposition``: the woman the sentence before names, not
    the outgoing mayor (``ancienne`` says she is a woman, the elided article does not)."""
    analysis = analyze(
        "Le maire sortant, Paul Renard, affrontait l'ancien député Jean Morel. Une ligne que conteste Lucie Ferrand. "
        "L'ancienne maire, aujourd'hui cheffe de file de l'opposition, a dénoncé « un budget insincère »."
    )
    assert said_by(analysis, "un budget insincère").endswith("| Lucie Ferrand")


# -- from quotes-blind8's misses -------------------------------------------------------------------------------


def test_the_mayor_varied_as_edile_is_the_woman_tied_to_mayor(analyze: Analyze) -> None:
    """``l'édile`` says nothing of gender: the tagger's masculine must not pass over the mayor, a woman."""
    analysis = analyze(
        "Avec 51,8 % des voix, la maire sortante, Claire Vernet, est réélue face au candidat de la droite, Luc "
        "Bassan.\n\n« Les électeurs ont choisi la continuité », a lancé l'édile devant ses partisans."
    )
    assert said_by(analysis, "choisi la continuité").endswith("| Claire Vernet")


def test_selon_qui_is_the_phrase_before_its_comma(analyze: Analyze) -> None:
    analysis = analyze(
        "Le capitaine, Yanis Berrada, a tenté de calmer le jeu. « On est tous responsables », a confié le milieu "
        "de terrain, selon qui le groupe reste « derrière son entraîneur »."
    )
    assert said_by(analysis, "derrière son entraîneur").endswith("| Yanis Berrada")


def test_a_participle_s_agent_after_the_quote_judged_its_words(analyze: Analyze) -> None:
    analysis = analyze(
        "Le Premier ministre a présenté un plan. Une annonce jugée « très insuffisante » par Marc Tellier."
    )
    assert said_by(analysis, "très insuffisante").endswith("| Marc Tellier")


def test_a_verbless_line_s_agent_before_a_colon_speaks(analyze: Analyze) -> None:
    analysis = analyze(
        "La ministre a proposé une réunion vendredi. Une ouverture saluée du bout des lèvres par Fabien Lecomte : "
        "« On jugera sur pièces. »"
    )
    assert said_by(analysis, "On jugera sur pièces").endswith("| Fabien Lecomte")


def test_a_passive_infinitive_s_agent_is_not_the_speaker(analyze: Analyze) -> None:
    """``a demandé à être reçu « … » par le groupe``: the mayor asks; the group would receive him."""
    analysis = analyze("Le maire, Gilles Fontaine, a demandé à être reçu « dans les plus brefs délais » par le groupe.")
    assert said_by(analysis, "plus brefs délais").endswith("| Gilles Fontaine")


def test_the_ex_official_is_the_defendant_with_that_former_title(analyze: Analyze) -> None:
    """``L'ex-élu`` after ``X, 47 ans, ancien adjoint au maire``: X, not the lawyer who spoke last."""
    analysis = analyze(
        "Devant le tribunal de Nîmes, Paul R., 47 ans, ancien adjoint au maire de Beaucaire, est jugé pour "
        "escroquerie.\n\nEn défense, Me Julien Abitbol a dénoncé un dossier « vide ». « Mon client a été naïf », "
        "a-t-il soutenu. L'ex-élu, lui, a eu le dernier mot : « Je demande pardon à ma famille. »"
    )
    assert said_by(analysis, "Je demande pardon").endswith("| Paul R.")


def test_a_pronoun_after_an_opinion_frame_is_the_person_framed_not_the_body(analyze: Analyze) -> None:
    analysis = analyze(
        "Pour Hélène Marty, économiste chez Natixis, la BCE « se garde des marges ». « Elle baisse aujourd'hui "
        "pour ne pas baisser demain », analyse-t-elle."
    )
    assert said_by(analysis, "Elle baisse").endswith("| Hélène Marty")


def test_a_station_someone_spoke_on_is_not_the_pronoun_s_antecedent(analyze: Analyze) -> None:
    analysis = analyze(
        "Réforme du collège : la ministre tient bon\n\nLa ministre de l'Éducation nationale, Agnès Perrin, l'a "
        "redit lundi sur RTL : la réforme entrera en vigueur « dès 2027 ». « Je ne reculerai pas », a-t-elle "
        "affirmé."
    )
    assert said_by(analysis, "Je ne reculerai pas").endswith("| Agnès Perrin")


def test_a_member_of_the_government_is_the_minister_named(analyze: Analyze) -> None:
    analysis = analyze(
        "La ministre du Logement, Sarah Colin, a reconnu une situation « grave ». « Nous allons débloquer des "
        "fonds », a promis la membre du gouvernement."
    )
    assert said_by(analysis, "débloquer des fonds").endswith("| Sarah Colin")
