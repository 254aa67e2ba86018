"""Speakers, twelfth round (second pass): ``la mère`` past a son the gender rules out, ``lui`` before a verb
telling no gender; a masculine office before a woman's name (``Le ministre …, Anne X, … a-t-elle``); ``Me X``
taken up as ``l'avocate``; ``X juge désormais … « … »`` past an adverb and with straight quotes; a count word's
people (``des milliers de manifestants``) chanting ``aux cris de « … »``; ``X, dont l'entourage assure``; a
relative clause with its own subject (``Le ministère, qui avait annoncé la « … »``); ``maintenir que``;
``les garde-côtes``. Each pinned by a short invented sentence."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_the_mother_is_not_the_son_just_named(analyze: Analyze) -> None:
    analysis = analyze(
        "Devant la morgue, Sylvie Martin attend qu'on lui rende le corps de son fils. Lucas Martin, 20 ans, a été "
        "touché au ventre. Il rentrait du travail. « Il ne faisait rien. Il rentrait chez lui », dit la mère."
    )
    assert "Sylvie Martin" in said_by(analysis, "Il ne faisait rien")


def test_a_masculine_office_held_by_a_woman(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre régional de la Santé, Claire Dubois, rappelle que la plage était interdite. « Personne "
        "n'aurait dû se baigner », a-t-elle déclaré."
    )
    assert "Claire Dubois" in said_by(analysis, "se baigner")


def test_a_lawyer_by_her_civility_then_by_her_trade(analyze: Analyze) -> None:
    analysis = analyze(
        "Le collectif, qui a publié un rapport, a recensé dix décès. « Chaque nom de la liste est une famille », "
        "assure Me Anne Kouassi, la présidente de l'association. Le ministère de la Justice a affirmé dimanche que "
        "« tout est calme ». Son titulaire, Koffi Adjovi Tano, a précisé que cent personnes avaient été arrêtées. "
        "Selon le collectif, vingt personnes restent introuvables. « Les familles attendent depuis une semaine », "
        "dénonce l'avocate."
    )
    assert "Anne Kouassi" in said_by(analysis, "Les familles attendent")


def test_juger_past_an_adverb(analyze: Analyze) -> None:
    analysis = analyze("L'Unicef juge désormais la situation « catastrophique » dans le pays.")
    assert "Unicef" in said_by(analysis, "catastrophique")


def test_juger_with_straight_quotes(analyze: Analyze) -> None:
    analysis = analyze(
        'Le paludisme progresse. L\'Organisation mondiale de la santé (OMS) juge désormais le risque "très élevé" '
        "dans la région."
    )
    assert "Organisation mondiale de la santé" in said_by(analysis, "très élevé")


def test_a_crowd_chanting(analyze: Analyze) -> None:
    analysis = analyze(
        "Mardi soir, une centaine de personnes se sont rassemblées devant la mairie de Nantes. Mercredi soir, "
        "plusieurs milliers de manifestants ont défilé dans le centre de Lille, de la gare jusqu'à la préfecture, "
        "aux cris de « Les loyers tuent »."
    )
    assert "manifestants" in said_by(analysis, "Les loyers tuent")


def test_the_entourage_of_the_one_dont_takes_up(analyze: Analyze) -> None:
    analysis = analyze("Marc Durand, dont l'entourage assure qu'il est « en bonne santé », a quitté la ville.")
    assert "l'entourage de Marc Durand" in said_by(analysis, "en bonne santé")


def test_a_relative_clause_with_its_subject_speaks(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministère des Transports, qui avait annoncé samedi la « suspension immédiate » de toutes les lignes "
        "du réseau de Lille, a repris le bilan officiel."
    )
    assert "ministère des Transports" in said_by(analysis, "suspension immédiate")


def test_maintenir_que_reports_words(analyze: Analyze) -> None:
    analysis = analyze(
        "L'association maintient pour sa part que les secours ont été prévenus « trois heures » avant le drame."
    )
    assert "L'association" in said_by(analysis, "trois heures")


def test_the_coast_guards_speak(analyze: Analyze) -> None:
    analysis = analyze(
        "Selon le bilan communiqué jeudi, dix corps ont été repêchés. Les garde-côtes estiment qu'« une "
        "vingtaine » de personnes sont toujours portées disparues."
    )
    assert "garde-côtes" in said_by(analysis, "une vingtaine")


def test_a_coordinated_que_is_not_maintenir_s(analyze: Analyze) -> None:
    analysis = analyze(
        "Au ministère, un conseiller du ministre indique que l'État maintiendra son aide et qu'un nouveau "
        "directeur sera nommé « avant l'automne »."
    )
    assert "conseiller" in said_by(analysis, "avant l'automne")
