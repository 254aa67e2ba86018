"""Speakers and sources, eighth round (news-blind2–4): how a speaker or a source is written and found again.
A name introduced by a company's noun (``la société privée Nordmine``, ``l'exploitant, Nordmine,``) is that
company all along, even where spaCy reads it as a place, so ``la compagnie`` said later resolves to it; a
participle noun (``l'exploitant``) heads a subject and a speech verb tagged as a noun (``X avance le chiffre``)
reports the figure; a name apposed with its article and civility (``selon sa directrice, le Dr X.``) is who the
description is; a company counts its own dead. Each on short invented sentences, about other stories than any
set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.analyze import Analyzer
from recoupe.model import DocumentAnalysis
from test_coref import resolve, table
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def sources(result: DocumentAnalysis) -> dict[float | None, str]:
    """Each claim's figure with its source's words and entity, joined (empty when none)."""
    return {c.value: ("" if c.source is None else f"{c.source.text} | {c.source.entity or ''}") for c in result.claims}


# -- a name introduced by a company's noun is a company ------------------------------------------------------------


def test_a_name_after_a_company_noun_and_its_adjective_is_a_company(analyze: Analyze) -> None:
    result = analyze(
        "Un glissement de terrain a enseveli une carrière exploitée par la société privée Valdora Minerals. "
        "Valdora Minerals a suspendu l'activité sur le site."
    )
    assert {e.name for e in result.entities if e.type == "ORG"} >= {"Valdora Minerals"}


def test_a_place_after_a_comma_that_closes_no_apposition_stays_a_place(analyze: Analyze) -> None:
    """``le réseau ferroviaire, Lyon paralysée``: a headline's list, not the network's name."""
    result = analyze(
        "Grève : perturbations sur le réseau ferroviaire, Lyon paralysée. À Lyon, les trains restent à quai."
    )
    assert "Lyon" not in {e.name for e in result.entities if e.type == "ORG"}


def test_the_company_said_later_is_the_company_named_before(analyze: Analyze) -> None:
    analysis = analyze(
        "Une explosion a détruit un silo exploité par la société céréalière Orvenza à Vierzon. "
        "La compagnie a fait état dans un communiqué de « dégâts considérables » sur le site."
    )
    assert "Orvenza" in said_by(analysis, "dégâts considérables")


def test_the_operator_named_in_apposition_asserts_its_toll(analyze: Analyze) -> None:
    result = analyze(
        "Le ministère de l'Industrie parle de neuf morts dans l'effondrement du puits. L'exploitant, Castelmine, "
        "avance pour sa part le chiffre de 12 morts."
    )
    assert "Castelmine" in sources(result)[12]


def test_a_participle_noun_opens_the_subject_of_a_figure(analyze: Analyze) -> None:
    """``L'exploitant`` tagged as a verb still heads the subject that announces the toll."""
    result = analyze("L'exploitant, Castelmine, a annoncé 12 morts.")
    assert "Castelmine" in sources(result)[12]


def test_a_speech_verb_taken_for_a_noun_after_a_name_reports_the_figure(analyze: Analyze) -> None:
    """``avance`` is also a noun; right after a name it is the name's verb."""
    result = analyze("Castelmine avance pour sa part le chiffre de 12 morts.")
    assert "Castelmine" in sources(result)[12]


def test_an_advance_after_an_article_is_no_speech_verb(analyze: Analyze) -> None:
    result = analyze("Une avance de 12 millions d'euros a été versée aux familles des 4 mineurs tués.")
    assert all(source == "" for source in sources(result).values())


# -- a name apposed with its civility or title ---------------------------------------------------------------------


def test_a_name_apposed_with_a_civility_is_who_the_description_is(analyze: Analyze) -> None:
    """``selon sa directrice, le Dr Anne Morvan``: the description, then who it is; ``elle`` takes her up."""
    analysis = analyze(
        "À Brest, douze blessés étaient soignés jeudi, selon sa directrice, le Dr Anne Morvan. « Nous manquons "
        "de lits », indique-t-elle."
    )
    assert "Anne Morvan" in sources(analysis)[12]
    assert "Anne Morvan" in said_by(analysis, "manquons")


def test_a_name_after_a_description_that_opens_a_clause_is_not_apposed(analyzer: Analyzer) -> None:
    """``Selon sa directrice, le Dr Anne Morvan a reçu…``: the name is the subject of the clause, not the director."""
    coref = table(analyzer, "Selon sa directrice, le Dr Anne Morvan a reçu des menaces.")
    assert resolve(coref, "sa directrice") != "Anne Morvan"
    apposed = table(analyzer, "Des lits manquent, selon sa directrice, le Dr Anne Morvan.")
    assert resolve(apposed, "sa directrice") == "Anne Morvan"


# -- a company counts its own dead ---------------------------------------------------------------------------------


def test_a_company_counting_its_dead_is_the_source_of_the_toll(analyze: Analyze) -> None:
    result = analyze("Un coup de grisou a frappé la mine de Lens. La veille au soir, l'entreprise comptait 18 morts.")
    assert sources(result)[18].startswith("l'entreprise")


def test_a_procession_counting_people_is_still_no_source(analyze: Analyze) -> None:
    result = analyze("Le cortège comptait 5 000 manifestants à Lyon.")
    assert sources(result)[5000] == ""


# -- a person introduced by a trade holds no office -----------------------------------------------------------------


def test_a_title_after_someone_introduced_by_a_trade_is_not_that_person(analyze: Analyze) -> None:
    """``X, un commerçant``: the minister who speaks next is not the shopkeeper just quoted."""
    analysis = analyze(
        "« Il n'y avait personne pour arrêter la foule », affirme Paul Girard, un commerçant dont l'échoppe fait face "
        "au quai. Le ministre en chef de la région a ordonné dimanche une enquête. « Toute négligence sera "
        "sanctionnée », a-t-il promis."
    )
    who = said_by(analysis, "Toute négligence")
    assert "Girard" not in who
    assert who.startswith("Le ministre en chef")


# -- anonymous sources and who asked them ---------------------------------------------------------------------------


def test_an_anonymous_source_asserts_its_toll(analyze: Analyze) -> None:
    result = analyze("Une source sécuritaire, jointe par téléphone, a fait état d'au moins 25 militaires tués.")
    assert sources(result)[25].startswith("Une source sécuritaire")


def test_who_interviewed_the_asserters_is_not_the_source(analyze: Analyze) -> None:
    """``interrogés par notre journal``: the newspaper asked; the neighbours assert."""
    result = analyze(
        "Plusieurs voisins des victimes, interrogés par notre journal, avancent de leur côté le chiffre de 31 morts."
    )
    assert sources(result)[31].startswith("Plusieurs voisins")


def test_the_agent_of_a_reporting_participle_in_an_aside_still_asserts(analyze: Analyze) -> None:
    result = analyze("Le bilan, communiqué par le ministère de la Santé, fait état de 12 morts.")
    assert "ministère de la Santé" in sources(result)[12]
