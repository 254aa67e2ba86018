"""Speakers, eighteenth round: kinds of miss seen on blind sets, each pinned by invented sentences of other stories.
A bare title the article tied to no name is the person just named (``… a assuré Paul Kerrien. Le ministre, …``),
past someone the article gave another title; an office described before its holder is named further on is that
holder's; the relative clause after ``Name, description,`` is the named person's; a speech verb the tagger took
for an adjective is proven by a complement and a subject after it (``raconte à l'AFP X``); a sentence after a
quote whose verb has its own subject before a comma is no incise of the quote; ``selon X`` after a count sources
the count, not the slogans of the crowd counted; a description between commas after a witness's name does not part
it from its verb (``Devant l'usine, X, soudeur depuis vingt ans, attend … « … »``); a gerund between an incise's
verb and its subject is skipped (``a raconté en sanglotant X``); a description before an aside opening on a participle
is the lost subject (``la présidente, arrivée au pouvoir en 2021, a promis``); a verb the tagger read as a noun right
after an apposed name is that name's (``Son directeur, X, juge toutefois que « … »``)."""

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
            "« Nous gardons espoir pour les trois marins », a assuré jeudi Paul Kerrien. Le ministre, qui dort "
            "sur le port depuis deux nuits, a promis « tous les moyens ».",
            "tous les moyens",
            "Paul Kerrien",
        ),
        (
            "Le cabinet de Lena Varga tente de reprendre la main. La Première ministre a promis mardi « une "
            "enquête rapide ».",
            "une enquête rapide",
            "Lena Varga",
        ),
        (
            "Pour Marc Olivier, tête de liste écologiste, la région est ruinée. Le candidat a promis « des trains "
            "gratuits ».",
            "des trains gratuits",
            "Marc Olivier",
        ),
    ],
)
def test_a_bare_title_tied_to_no_name_is_the_person_just_named(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    "text",
    [
        "« On a tout perdu », explique Jean Morel, un agriculteur de la vallée. Le maire a promis « une aide rapide ».",
        "Paul Leroy, 54 ans, a perdu sa maison. Le préfet a promis « une aide rapide ».",
        "Anne Vidal a perdu sa maison. Le préfet a promis « une aide rapide ».",
    ],
)
def test_a_bare_title_is_not_someone_described_otherwise_or_of_another_gender(analyze: Analyze, text: str) -> None:
    who = said_by(analyze(text), "une aide rapide")
    assert "Morel" not in who and "Leroy" not in who and "Vidal" not in who


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Toutes les victimes ont été identifiées », a déclaré le ministre du Travail de l'État, venu "
            "rencontrer les familles. Les syndicats réclament une enquête. Rahul Mehta, le ministre, rejette ces "
            "accusations.",
            "Toutes les victimes",
            "Rahul Mehta",
        ),
        (
            "Le porte-parole de la police nationale a défendu les agents. « Ils ont agi avec retenue », a-t-il dit. "
            "Interrogé sur les tirs, le porte-parole, Amadou Sy, a assuré que les agents n'avaient tiré « qu'en "
            "l'air ».",
            "Ils ont agi",
            "Amadou Sy",
        ),
    ],
)
def test_an_office_described_before_its_holder_is_named_is_that_holder(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


def test_an_office_named_later_with_other_words_is_someone_else(analyze: Analyze) -> None:
    result = analyze(
        "« Nous sommes prêts », a déclaré le ministre de l'Intérieur. Plus tard, le ministre de la Santé, Jean "
        "Roux, a visité l'hôpital."
    )
    assert "Roux" not in said_by(result, "Nous sommes prêts")


def test_a_relative_after_a_name_and_its_description_is_the_named_person(analyze: Analyze) -> None:
    result = analyze(
        "« On a tout perdu », a raconté à l'AFP Louis Perrin, un pêcheur installé sur le port, qui dit avoir vu "
        "« une vague de cinq mètres »."
    )
    assert "Louis Perrin" in said_by(result, "une vague de cinq")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Ils couraient partout », raconte à la radio Amina Diallo, une vendeuse du marché.", "Amina Diallo"),
        ("« Le marché est fermé », raconte à la radio locale un commerçant.", "un commerçant"),
    ],
)
def test_a_speech_verb_before_a_complement_and_a_subject_is_a_verb(analyze: Analyze, text: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), text[2:12])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous n'avions pas le choix. Les murs menacent de tomber. » Le maire de Vierzon, Alain Berthier, a "
            "annoncé la nouvelle jeudi soir, après avoir reçu le rapport des experts.",
            "Alain Berthier",
        ),
        (
            "« Nous n'avions pas le choix. » La directrice de l'école, Anne Morel, a annoncé la nouvelle lundi "
            "matin aux parents.",
            "Anne Morel",
        ),
    ],
)
def test_a_sentence_with_its_own_subject_after_a_quote_is_no_incise(analyze: Analyze, text: str, speaker: str) -> None:
    who = said_by(analyze(text), "pas le choix")
    assert speaker in who and "nouvelle" not in who


@pytest.mark.parametrize(
    "text",
    [
        "Environ 3 000 personnes selon les syndicats, 1 200 selon la police, ont défilé samedi à Lyon pour réclamer "
        "« la vérité » sur l'accident.",
        "Quelque 5.000 personnes selon les organisateurs ont manifesté devant la mairie en brandissant des pancartes "
        "« Non à la fermeture ».",
    ],
)
def test_the_source_of_a_crowd_count_does_not_chant_its_slogans(analyze: Analyze, text: str) -> None:
    who = said_by(analyze(text), text[text.index("«") + 2 : text.index("»") - 1])
    assert "police" not in who and "organisateurs" not in who


def test_a_witness_named_with_a_description_after_a_frame_speaks_the_quote_that_follows(analyze: Analyze) -> None:
    result = analyze(
        "Devant l'usine fermée, Karim Haddad, soudeur depuis vingt ans, attend depuis l'aube. « Je ne sais pas "
        "comment payer le loyer. »"
    )
    assert "Karim Haddad" in said_by(result, "payer le loyer")


def test_an_office_is_not_someone_of_the_other_gender_named_later(analyze: Analyze) -> None:
    result = analyze(
        "« Les chiffres officiels mentent », a déclaré la présidente de l'association, venue au tribunal. Le "
        "président Marc Duval a promis une enquête."
    )
    assert "Duval" not in said_by(result, "Les chiffres officiels")


def test_a_relative_after_a_complement_of_the_verb_is_not_the_named_speaker(analyze: Analyze) -> None:
    result = analyze(
        "« Il n'y a pas de rumeurs », a rétorqué lundi la juge de Lyon, Anne Morel, aux élus régionaux qui "
        "accusent la justice de « gonfler » les chiffres."
    )
    assert "Morel" not in said_by(result, "gonfler")


def test_the_management_of_a_company_named_by_a_generic_noun_speaks_for_it(analyze: Analyze) -> None:
    result = analyze(
        "Deux cadres de la société Andes Cobre ont été arrêtés. « Nous coopérons pleinement avec la justice », a "
        "fait savoir la direction de l'entreprise."
    )
    assert "Andes Cobre" in said_by(result, "Nous coopérons")


def test_a_spokesperson_of_a_state_body_is_not_the_company_named_before(analyze: Analyze) -> None:
    result = analyze(
        "La société Andes Cobre a suspendu ses activités. Un porte-parole de la préfecture a évoqué un « dossier "
        "complexe »."
    )
    assert "Andes Cobre" not in said_by(result, "dossier complexe")


def test_a_verb_after_an_object_clitic_is_a_verb_whatever_the_tagger_says(analyze: Analyze) -> None:
    result = analyze("Anne Roux, dont le fils a été tué, l'interpelle : « Monsieur le ministre, écoutez les mères. »")
    assert "Anne Roux" in said_by(result, "écoutez les mères")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Ma fille travaillait au quatrième étage. Depuis, plus rien », a raconté en sanglotant Shirin Akter, "
            "46 ans.",
            "Shirin Akter",
        ),
        ("« Nous avons tout perdu », a raconté en pleurant Marie Dupont, 52 ans.", "Marie Dupont"),
    ],
)
def test_a_gerund_between_an_incise_verb_and_its_subject_is_skipped(analyze: Analyze, text: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), text[2:14])


def test_a_description_before_a_participle_aside_is_the_subject(analyze: Analyze) -> None:
    result = analyze(
        "Devant les invités, la présidente, arrivée au pouvoir en 2021, a promis de « réconcilier le pays »."
    )
    assert "la présidente" in said_by(result, "réconcilier le pays")


def test_a_thing_before_a_participle_aside_speaks_no_words(analyze: Analyze) -> None:
    assert said_by(analyze("Le rapport, publié en 2021, a dénoncé des « failles graves »."), "failles graves") == ""


def test_a_verb_misread_as_a_noun_after_an_apposed_name_is_the_name_s(analyze: Analyze) -> None:
    result = analyze(
        "Le centre a maintenu l'alerte. Son directeur, Paul Amadou, juge toutefois que l'activité a « nettement » "
        "diminué depuis vendredi."
    )
    assert "Paul Amadou" in said_by(result, "nettement")
