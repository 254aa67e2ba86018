"""Speakers, fourteenth round: forms seen on articles nobody tuned on, each pinned by invented sentences of other
stories. An object clitic before an incise's verb (``y affirme-t-il``, ``lui répond X``); a present participle beside
a speech verb (``…, dénonçant des « … »``); a ``que`` clause whose subject is the reporter's own service; a verbless
comment with ``pour X`` after the quoted word; ``qui revendique « … »`` (a verb the tagger calls an adjective); a
bare title after the same title with its complement; a ministry's seat for its minister (``le locataire de la place
Beauvau``) named in the next sentence; an office never someone introduced by a trade; a title before an apposed name
the recognizer calls a place; ``Le préfet, lui, …``; a team that speaks as ``elle``."""

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
            "Le pasteur Jean Okello est sorti de son silence jeudi, dans une vidéo. « Je n'étais pas sur place au "
            "moment du drame. Je prie pour les victimes », y affirme-t-il.",
            "pas sur place",
            "Jean Okello",
        ),
        (
            "La chanteuse Awa Diallo a publié dimanche une lettre ouverte. « Je ne me tairai pas, quoi qu'il en "
            "coûte », y écrit-elle.",
            "tairai",
            "Awa Diallo",
        ),
        (
            "« On ne lâchera rien, absolument rien, jusqu'au vote », lui répond le maire de Tulle, Paul Gendre.",
            "lâchera",
            "Paul Gendre",
        ),
    ],
)
def test_an_object_clitic_before_the_incise_verb(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le pasteur Jean Okello a parlé jeudi. « Je prie pour les familles », y affirme-t-il, accusant des "
            "« forces hostiles » d'avoir semé la panique.",
            "forces hostiles",
            "Jean Okello",
        ),
        (
            "La députée Claire Morin a quitté l'hémicycle, fustigeant un texte « indigne ».",
            "indigne",
            "Claire Morin",
        ),
        ("Le maire a présenté son plan lundi, dénonçant au passage « l'inertie » de l'État.", "inertie", "Le maire"),
    ],
)
def test_a_present_participle_beside_the_verb(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le directeur de la police nationale, Marc Oyono, a répété lundi devant la presse que son service ne "
            "communiquait « que des chiffres vérifiés ».",
            "chiffres vérifiés",
            "Marc Oyono",
        ),
        (
            "La directrice de l'hôpital, Awa Ndiaye, a assuré mardi que ses équipes avaient dénoncé « une situation "
            "intenable » dès janvier.",
            "intenable",
            "Awa Ndiaye",
        ),
    ],
)
def test_a_que_clause_about_the_reporters_own_service(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_que_clause_about_others_keeps_the_reporter(analyze: Analyze) -> None:
    analysis = analyze("Le ministre affirme que les rebelles ont tué « des dizaines de civils ».")
    assert "Le ministre" in said_by(analysis, "dizaines de civils")


def test_a_verbless_comment_with_pour_after_the_quote(analyze: Analyze) -> None:
    analysis = analyze(
        "Selon la préfecture, 2 000 personnes ont défilé samedi. Un chiffre « ridicule » pour la CGT, qui revendique "
        "« plus de 10 000 » manifestants."
    )
    assert "CGT" in said_by(analysis, "ridicule")
    assert "CGT" in said_by(analysis, "plus de 10 000")


def test_pour_a_titled_person_after_the_quote(analyze: Analyze) -> None:
    analysis = analyze(
        "Le gouvernement a annoncé 12 millions d'euros. Une somme « dérisoire » pour le président de la chambre "
        "d'agriculture, Luc Morel."
    )
    assert "Luc Morel" in said_by(analysis, "dérisoire")


def test_pour_the_people_helped_is_no_speaker(analyze: Analyze) -> None:
    analysis = analyze("Une aide « vitale » pour les sinistrés, selon le maire.")
    assert "sinistrés" not in said_by(analysis, "vitale")


def test_a_bare_title_after_the_same_title_with_its_portfolio(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre de la Santé a annoncé l'envoi de 40 médecins. « Aucun malade ne sera abandonné », a martelé le "
        "ministre sur une radio."
    )
    assert "ministre de la Santé" in said_by(analysis, "Aucun malade")


def test_a_bare_title_tied_to_a_name_stays_that_person(analyze: Analyze) -> None:
    analysis = analyze("Le préfet de l'Aude, Jean Morel, a visité Trèbes. « Nous tenons bon », a dit le préfet.")
    assert "Jean Morel" in said_by(analysis, "tenons bon")


def test_a_ministrys_seat_named_in_the_next_sentence(analyze: Analyze) -> None:
    analysis = analyze(
        "Le ministre de l'Intérieur a défendu les policiers. « Ils ont fait preuve d'un grand sang-froid », a déclaré "
        "le locataire de la place Beauvau. Interrogé sur France 2, Paul Marchetti a précisé que 300 personnes avaient "
        "été interpellées."
    )
    assert "Paul Marchetti" in said_by(analysis, "sang-froid")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Le bilan risque de s'alourdir », a déclaré à la presse le magistrat du district de Kasese, Tumwesigye "
            "Bwambale.",
            "Tumwesigye Bwambale",
        ),
        (
            "« Le bilan risque de s'alourdir », a indiqué le responsable de la police du comté, Odhiambo Kiprop.",
            "Kiprop",
        ),
    ],
)
def test_a_title_before_an_apposed_foreign_name(analyze: Analyze, text: str, speaker: str) -> None:
    analysis = analyze(text)
    assert speaker in said_by(analysis, "Le bilan")
    assert any(e.type == "PER" and speaker in e.name for e in analysis.entities)


def test_an_office_is_not_someone_introduced_by_another_trade(analyze: Analyze) -> None:
    analysis = analyze(
        "« Il n'y a jamais eu autant de monde ici », assure Hélène Vidal, la responsable départementale du "
        "syndicat.\n\nLe préfet du Gers, lui, a salué une levée « dans le calme ». « Je remercie les agriculteurs », "
        "a-t-il écrit."
    )
    assert "Vidal" not in said_by(analysis, "Je remercie")
    assert said_by(analysis, "dans le calme").startswith("Le préfet du Gers |")


@pytest.mark.parametrize("noun", ["L'équipe spéciale d'enquête", "La cellule de crise"])
def test_a_body_named_by_a_feminine_noun_speaks_as_elle(analyze: Analyze, noun: str) -> None:
    analysis = analyze(
        f"{noun} a remis dimanche son rapport au ministre en chef, Rajendra Pratap Tiwari. Elle y met en cause "
        "« l'organisation défaillante » du rassemblement."
    )
    assert "Tiwari" not in said_by(analysis, "organisation défaillante")


def test_a_quote_going_on_after_a_blank_line_without_a_new_mark(analyze: Analyze) -> None:
    analysis = analyze(
        "Le colonel Pedro Alvarenga défend la méthode : seuls les décès constatés par un médecin entrent dans le "
        "bilan. « Nous ne publions que ce qui est confirmé. Chaque nom est une famille.\n\nJe comprends la douleur "
        "des maires, mais les chiffres viendront », a-t-il expliqué mardi."
    )
    assert "Pedro Alvarenga" in said_by(analysis, "Nous ne publions")
    assert "Pedro Alvarenga" in said_by(analysis, "Je comprends")


def test_a_speech_verb_the_tagger_calls_a_noun_in_a_que_clause(analyze: Analyze) -> None:
    analysis = analyze(
        "Le préfet a annoncé la mobilisation de 800 gendarmes, dont une centaine autour du port, que le syndicat des "
        "marins menace de « bloquer » dès lundi."
    )
    assert "syndicat des marins" in said_by(analysis, "bloquer")


def test_nous_before_a_verb_inside_a_quote_is_its_subject(analyze: Analyze) -> None:
    analysis = analyze(
        "Le directeur de l'observatoire, Marc Lenoir, a répliqué jeudi : « Nos cartes étaient publiques. À 17 heures, "
        "nous avions annoncé des pluies exceptionnelles. »"
    )
    assert "Marc Lenoir" in said_by(analysis, "Nos cartes")


def test_a_trade_before_a_name_does_not_forbid_an_office(analyze: Analyze) -> None:
    analysis = analyze(
        "Le metteur en scène Paul Vernier a annoncé mercredi sa démission de la direction du théâtre. Des rumeurs de "
        "tensions circulaient. Le directeur démissionnaire les balaie : il s'agit, selon lui, de « bruits sans "
        "fondement »."
    )
    assert "Paul Vernier" in said_by(analysis, "bruits sans fondement")


def test_an_indefinite_description_is_someone_new(analyze: Analyze) -> None:
    analysis = analyze(
        "L'ONU a accueilli ces annonces avec « prudence », selon un responsable de l'Organisation des Nations unies."
        "\nWashington a réagi. « Nous devrons vérifier que ces promesses sont suivies d'actes », a déclaré un "
        "responsable de la Maison Blanche."
    )
    assert "Maison Blanche" in said_by(analysis, "Nous devrons vérifier")


def test_celle_qui_is_not_a_body_named_as_an_object(analyze: Analyze) -> None:
    analysis = analyze(
        "L'actuelle maire de Vitrolles, Sylvie Ortolan, qui a succédé à l'équipe de Richard Fabre en 2023, s'est "
        "constituée partie civile. Celle qui fut son adversaire dit avoir alerté la préfecture « dès 2021 »."
    )
    assert "équipe" not in said_by(analysis, "dès 2021")


def test_a_class_of_titles_takes_up_the_title_it_covers(analyze: Analyze) -> None:
    analysis = analyze(
        "« Ils savaient que la digue allait céder », a lancé Karim Haddad, un instituteur qui a perdu sa maison.\n\n"
        "Quelques heures plus tard, le procureur général a annoncé huit placements en détention. « Il s'agit d'une "
        "première étape », a déclaré le magistrat dans un communiqué."
    )
    assert "procureur général" in said_by(analysis, "première étape")
