"""Speakers, thirteenth round: an incise verb the lists lacked (``murmure``, ``sanglote``); ``raconte``, tagged an
adjective, before a detached manner phrase and a subject a participle goes on describing; ``lâche : « … »`` (a verb
of incises before a colon and a quote); ``une somme jugée « … » par X`` (a participle tagged a bare adjective);
``a-t-il ajouté`` right after a sentence whose incise names its speaker (``a indiqué un médecin``), and a final
name with its rank (``…, le capitaine X.``); a person's name whose first word the tagger does not call a noun.
Each pinned by a short invented sentence."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


def test_murmure_after_the_quote(analyze: Analyze) -> None:
    analysis = analyze("La digue a cédé. « On nous a tout pris », murmure la femme d'un éleveur noyé.")
    assert "la femme d'un éleveur" in said_by(analysis, "tout pris")


def test_sanglote_after_the_quote(analyze: Analyze) -> None:
    analysis = analyze(
        "La digue a cédé. « Mon frère dormait », sanglote la sœur d'un pêcheur, assise devant la mairie."
    )
    assert "la sœur d'un pêcheur" in said_by(analysis, "Mon frère")


def test_raconte_before_a_manner_phrase(analyze: Analyze) -> None:
    analysis = analyze(
        "Vingt blessés sont hospitalisés, a indiqué un porte-parole de la clinique. « Nous manquons de lits », a-t-il "
        "ajouté.\n\n« Ils ont brûlé notre maison. Ensuite ils sont partis », raconte, la voix brisée, la femme d'un "
        "berger rencontrée dans le camp de Lunel."
    )
    assert "la femme d'un berger" in said_by(analysis, "brûlé notre maison")


def test_lache_before_a_colon(analyze: Analyze) -> None:
    analysis = analyze(
        "La digue a cédé. «Nous avons tout perdu», dit Paul Girard, un maraîcher. A côté de lui, une voisine lâche: "
        "«Plus rien ne reste.»"
    )
    assert "une voisine" in said_by(analysis, "Plus rien")


def test_a_participle_tagged_an_adjective(analyze: Analyze) -> None:
    analysis = analyze(
        "Les sinistrés ont reçu une aide de 300 euros, une somme jugée « insultante » par le collectif des riverains, "
        "fondé cette semaine."
    )
    assert "collectif des riverains" in said_by(analysis, "insultante")


def test_the_pronoun_after_an_unnamed_source(analyze: Analyze) -> None:
    analysis = analyze(
        "L'hôpital Saint-Louis de Lyon a reçu 50 blessés, a indiqué à la presse un médecin sous couvert d'anonymat. "
        "« Les urgences sont pleines », a-t-il ajouté."
    )
    assert "médecin" in said_by(analysis, "urgences sont pleines")


def test_the_pronoun_after_a_ranked_name(analyze: Analyze) -> None:
    analysis = analyze(
        "Un randonneur est toujours porté disparu, a indiqué lundi le chef des secours en montagne (PGHM), le "
        "capitaine Marc Durand. « Nous fouillons le glacier avec des chiens », a-t-il assuré."
    )
    assert "Marc Durand" in said_by(analysis, "fouillons le glacier")


def test_a_speaking_body_keeps_its_pronoun(analyze: Analyze) -> None:
    analysis = analyze(
        "La mairie de Nantes a annoncé la fermeture du parc. « Nous rouvrirons dès que possible », a-t-elle précisé."
    )
    assert "mairie de Nantes" in said_by(analysis, "rouvrirons")


def test_a_name_the_tagger_misreads(analyze: Analyze) -> None:
    analysis = analyze(
        "La digue a cédé.\n\n«Nous avons tout perdu. Où irons-nous?» interroge Man Singh Thakur, un pêcheur de 60 ans "
        "qui a perdu sa barque."
    )
    assert "Man Singh Thakur" in said_by(analysis, "tout perdu")


def test_the_pronoun_takes_up_the_named_subject(analyze: Analyze) -> None:
    analysis = analyze(
        "Claire Morel, qui a perdu sa sœur dans l'accident, est restée longtemps silencieuse après le verdict. "
        "« Un an, pour deux vies... Mais au moins, il est coupable », a-t-elle murmuré."
    )
    assert "Claire Morel" in said_by(analysis, "deux vies")
