"""Speakers, nineteenth round: who a pronoun after a quote stands for, each kind pinned by invented sentences of
other stories. The narrator's pronoun never takes up a name or a pronoun inside quoted words (``« … Elle avait
quitté le village. » dit-elle`` is the mother, not the daughter she speaks of); a woman named beside a noun deep in
a complement (``le corps de sa fille, Fatou``) does not outrank the sentence's subject for ``elle`` by her gender
alone; a name set after a long portfolio (``le ministre de la Crise climatique et de la Protection civile, X``) is
the minister; a spokesperson of a body the description names (``le porte-parole de la fondation Edhi``) stays that
spokesperson; ``ONG`` is a kind of body, never a body's name; an acronym that acts (``Le LHRC a porté …``) is a
body."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Depuis lundi, Awa Diop attend qu'on lui rende le corps de sa fille, Fatou, 19 ans. Jeudi, elle a donné "
            "son sang aux enquêteurs. « On m'a dit d'attendre. Elle avait quitté notre village il y a trois ans.\n\n"
            "« Je veux seulement l'enterrer dignement », dit-elle.",
            "Je veux seulement",
            "Awa Diop",
        ),
        (
            "La ministre de la Transition écologique et de la Cohésion des territoires, Nadia Ferhat, a salué « un "
            "héros ». « Mais je le redis : ces feux ne sont pas des accidents », a-t-elle poursuivi.",
            "ces feux ne sont pas",
            "Nadia Ferhat",
        ),
        (
            "Le ministre de la Crise climatique et de la Protection civile, Stavros Maniatis, a salué jeudi « un "
            "héros ». « Kostas est mort en protégeant les maisons. » « Mais je le redis : ces feux ne sont pas des "
            "accidents », a-t-il poursuivi.",
            "ces feux ne sont pas",
            "Stavros Maniatis",
        ),
        (
            "Le LHRC, principale ONG de défense des droits humains du pays, a porté dimanche son décompte à 131 "
            "morts, un chiffre qu'il qualifie de « plancher ».",
            "plancher",
            "LHRC",
        ),
    ],
)
def test_the_pronoun_after_a_quote_is_who_the_narrator_named(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_woman_named_as_the_object_still_outranks_by_her_gender(analyze: Analyze) -> None:
    result = analyze("Jean Dupont a reçu la ministre, Anne Genet. Elle a déclaré : « Nous allons reconstruire. »")
    assert "Anne Genet" in said_by(result, "Nous allons reconstruire")


def test_a_spokesperson_of_a_named_body_stays_that_spokesperson(analyze: Analyze) -> None:
    result = analyze(
        "La fondation Edhi a recensé 568 corps depuis samedi. « Nous comptons les corps », a répondu le "
        "porte-parole de la fondation Edhi, interrogé par RFI. « Ce sont des gens qui meurent de chaud, a-t-il "
        "ajouté, et que personne ne compte. »"
    )
    assert "porte-parole de la fondation Edhi" in said_by(result, "meurent de chaud")


def test_a_company_voice_by_a_generic_noun_is_still_the_company(analyze: Analyze) -> None:
    result = analyze(
        "Le groupe Valtherm exploite l'usine depuis 2009. « Aucune fuite n'a été détectée », a fait savoir la "
        "direction du groupe."
    )
    assert "Valtherm" in said_by(result, "Aucune fuite")


def test_ong_is_a_kind_of_body_and_no_name(analyze: Analyze) -> None:
    result = analyze("Une ONG locale, Terre Solidaire, distribue des vivres aux sinistrés de Tuléar.")
    assert "ONG" not in {e.text for e in result.entities}


def test_a_thing_written_in_capitals_is_no_body(analyze: Analyze) -> None:
    result = analyze("Un TGV a déraillé près de Mâcon. Il transportait 300 passagers, « un miracle » selon la SNCF.")
    assert "SNCF" in said_by(result, "un miracle")
    assert all(e.type != "ORG" for e in result.entities if e.text == "TGV")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Les cortèges ont convergé vers le Parlement de Podgorica, derrière une banderole proclamant « Le béton "
            "tue ».",
            "Le béton tue",
        ),
        (
            "Quelque 6 000 personnes ont manifesté devant la mairie de Tuléar en brandissant des pancartes « De l'eau "
            "pour tous ».",
            "De l'eau pour tous",
        ),
        (
            "Plusieurs centaines de personnes se sont rassemblées devant la préfecture pour dénoncer « l'abandon » "
            "des villages de montagne.",
            "l'abandon",
        ),
    ],
)
def test_a_marching_crowd_carries_its_signs_and_demands(analyze: Analyze, text: str, words: str) -> None:
    assert said_by(analyze(text), words).startswith("manifestants (")


def test_a_crowd_that_does_not_demonstrate_is_no_protester(analyze: Analyze) -> None:
    result = analyze("Des milliers de personnes ont fui la ville pour échapper aux « bombardements ».")
    assert said_by(result, "bombardements") == ""
    result = analyze("Des dizaines de personnes ont témoigné devant le juge : « Nous avons tout perdu ».")
    assert not said_by(result, "Nous avons tout perdu").startswith("manifestants")


def test_a_bare_title_after_a_description_tied_to_a_body_is_not_that_body(analyze: Analyze) -> None:
    result = analyze(
        "À Sochaux, la colère domine. Le délégué central CGT, Marc Ribeiro, parle d'« un carnage social ». « On a "
        "touché 40 millions d'aides publiques », s'indigne le syndicaliste, qui travaille sur le site depuis 1998."
    )
    assert "Marc Ribeiro" in said_by(result, "40 millions")


def test_a_body_acronym_in_a_speaker_s_complement_is_not_the_pronoun(analyze: Analyze) -> None:
    result = analyze(
        "Pour la sismologue Anne Verdier, de l'Institut de physique du globe de Paris (IPGP), qui a étudié les "
        "relevés, la faille reste une « menace ». « Une réplique forte reste probable », estime-t-elle."
    )
    assert "Anne Verdier" in said_by(result, "réplique forte")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le maire de Gap a été interpellé mardi. Il est poursuivi par le parquet pour « corruption ».",
            "corruption",
            "le parquet",
        ),
        (
            "Le pompier a été salué par le maire de Pau pour « son courage exemplaire ».",
            "son courage",
            "le maire de Pau",
        ),
        ("L'élu a été accusé par l'opposition de « trahison ».", "trahison", "l'opposition"),
    ],
)
def test_the_reason_for_a_passive_act_is_its_agent_s_words(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker)
