"""Speakers, seventeenth round: kinds of miss seen on blind sets, each pinned by invented sentences of other stories.
A clause with its own subject inside a quote is no incise (``la vérité : qui a signé, qui …``); an adjective
after its article is the noun of an unnamed speaker (``un étudiant``), and ``en`` + a bare noun says which one
(``un étudiant en architecture``); a description set between commas after the subject describes it (``Le président,
l'homme fort du pays depuis 2012, a dénoncé``); the participle of a speech or decree verb right after the quote,
with its agent (``la « grève totale » décrétée par X``); an official by the title before a quote with no cue;
a finite verb the tagger calls a noun, with its subject (``La ligue maintient un bilan « … »``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import quote, said_by

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Nous voulons savoir : qui a validé, qui a payé, qui a menti », lançait mardi soir au mégaphone un "
            "étudiant en médecine, juché sur un banc.",
            "qui a menti",
            "un étudiant en médecine",
        ),
        (
            "« On ne lâchera rien, ni lundi, ni mardi, ni après », criait une infirmière en grève devant l'hôpital.",
            "ni après",
            "une infirmière en grève",
        ),
        (
            "« Ceux qui ont décidé, ceux qui ont signé, doivent répondre », martelait samedi une retraitée.",
            "doivent répondre",
            "une retraitée",
        ),
    ],
)
def test_a_clause_with_its_own_subject_inside_a_quote_is_no_incise(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    result = analyze(text)
    assert len(result.quotes) == 1
    assert speaker in said_by(result, words)


def test_a_real_incise_inside_a_quote_still_splits_it(analyze: Analyze) -> None:
    result = analyze("« Le pont restera fermé, a-t-il encore assuré. Les travaux dureront un an. »")
    assert len([q for q in result.quotes if q.kind == "direct"]) == 2


def test_a_field_is_part_of_who_but_a_date_is_not(analyze: Analyze) -> None:
    result = analyze("« Il fallait partir », a dit un habitant en mars.")
    assert said_by(result, "Il fallait partir").startswith("un habitant |")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le président tchadien, l'homme fort du pays depuis 2021, a dénoncé sur X une « tentative de "
            "déstabilisation ».",
            "déstabilisation",
            "Le président tchadien",
        ),
        (
            "La ministre de la Santé, la cheffe de file des modérés depuis 2020, a dénoncé une « campagne de "
            "dénigrement ».",
            "dénigrement",
            "La ministre de la Santé",
        ),
        (
            "Le porte-parole de la mairie, Jean Dupont, a dénoncé une « provocation ».",
            "provocation",
            "Jean Dupont",
        ),
        (
            "Cette réforme, le ministre la défend : « Elle est juste ».",
            "Elle est juste",
            "le ministre",
        ),
    ],
)
def test_a_description_between_commas_describes_the_subject_before_it(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("La « grève illimitée » décrétée par le syndicat a été peu suivie jeudi.", "grève", "le syndicat"),
        (
            "Les « mesures fortes » annoncées lundi par le ministre de l'Intérieur tardent à venir.",
            "mesures fortes",
            "le ministre de l'Intérieur",
        ),
        ("Le « dialogue » proposé par la maire a tourné court.", "dialogue", "la maire"),
    ],
)
def test_a_speech_or_decree_participle_after_the_quote_names_its_agent(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker)


def test_another_participle_after_the_quote_names_no_one(analyze: Analyze) -> None:
    result = analyze("La « grève » suivie par 80 % des enseignants a paralysé les écoles.")
    assert quote(result, "grève").speaker is None


def test_an_official_by_the_title_speaks_the_quote_that_follows_without_cue(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet s'est rendu mardi à Lannion, où les secours fouillent encore les décombres. « Nous ne "
        "laisserons personne sous les gravats. »"
    )
    assert said_by(result, "gravats").startswith("Le préfet")


def test_a_body_does_not_speak_the_quote_that_follows_without_cue(analyze: Analyze) -> None:
    result = analyze("La police a bouclé le quartier. « On n'a rien vu venir. »")
    assert quote(result, "rien vu").speaker is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "L'association des familles maintient pour sa part un bilan « d'au moins 60 morts ».",
            "60 morts",
            "L'association des familles",
        ),
        ("Le syndicat maintient son appel à une « mobilisation massive ».", "mobilisation", "Le syndicat"),
    ],
)
def test_a_finite_verb_read_as_a_noun_still_gives_its_subject(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker)


def test_a_predicate_noun_gives_no_speaker(analyze: Analyze) -> None:
    assert quote(analyze("Cette décision est une « trahison » pour les salariés."), "trahison").speaker is None


def test_a_verb_left_without_subject_takes_the_name_before_it(analyze: Analyze) -> None:
    result = analyze("Le collectif citoyen Justice pour tous (JPT) accuse la préfecture de « mentir » sur les blessés.")
    assert "Justice pour tous" in said_by(result, "mentir")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« J'ai tout perdu », raconte une femme blessée à Goma, rencontrée à l'hôpital.",
            "tout perdu",
            "une femme blessée à Goma",
        ),
        (
            "« Nous respectons le droit de manifester », a déclaré le porte-parole du parti au pouvoir.",
            "droit de manifester",
            "le porte-parole du parti au pouvoir",
        ),
    ],
)
def test_a_place_or_a_set_phrase_completes_an_unnamed_description(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    said = said_by(analyze(text), words)
    assert said == f"{speaker} | "  # the place in the description is not who spoke


def test_a_spokesperson_of_a_body_is_not_the_person_named_before(analyze: Analyze) -> None:
    result = analyze(
        "« Rien ne permet de conclure », a souligné Paul Garnier lors d'une conférence de presse. À Lyon, de "
        "nouveaux heurts ont éclaté la même nuit. Le porte-parole de la police a fait état de 38 blessés. « Nos "
        "hommes font face à des tirs », a-t-il déclaré."
    )
    said = said_by(result, "Nos hommes")
    assert said.startswith("Le porte-parole de la police") and "Garnier" not in said


def test_a_building_named_after_someone_is_not_who_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet Paul Garnier a pris la parole. À l'hôpital Édouard Herriot, un médecin joint par téléphone, qui "
        "a requis l'anonymat, évoque un afflux de blessés. « Nous avons reçu 47 blessés », dit-il."
    )
    said = said_by(result, "47 blessés")
    assert said.startswith("un médecin") and "Herriot" not in said


def test_the_agent_place_of_a_thing_does_not_make_it_speak(analyze: Analyze) -> None:
    result = analyze(
        "Un porte-parole de la gendarmerie maritime a confirmé l'opération, menée « dans une mer très formée » par "
        "un bateau basé à Brest."
    )
    assert said_by(result, "mer très formée").startswith("Un porte-parole")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le syndicat des cheminots a appelé à la grève. « On fait rouler des trains sur des ponts centenaires », "
            "a dénoncé l'un de ses responsables.",
            "ponts centenaires",
            "un responsable du syndicat des cheminots",
        ),
        (
            "Le chauffeur Paul Morel a été arrêté. « Il n'a fait qu'obéir », assure un de ses proches.",
            "obéir",
            "un proche de Paul Morel",
        ),
        (
            "La militante Anne Roux est en garde à vue. « Elle n'a rien fait », dit une de ses amies.",
            "rien fait",
            "une amie d'Anne Roux",
        ),
    ],
)
def test_one_of_someone_s_people_is_written_with_its_owner(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words) == f"{speaker} | "


def test_the_subject_of_a_relative_clause_is_its_antecedent_alone(analyze: Analyze) -> None:
    result = analyze(
        "Le maire, qui avait reconnu dans son discours du 3 mai « des erreurs regrettables », n'a pas reçu les "
        "familles."
    )
    assert said_by(result, "erreurs regrettables") == "Le maire | "


def test_a_present_participle_after_the_quote_starts_no_incise(analyze: Analyze) -> None:
    result = analyze(
        "La juge a libéré les prévenus. Elle a estimé qu'il n'existait « aucune preuve » justifiant leur détention."
    )
    assert "détention" not in said_by(result, "aucune preuve")


def test_a_name_set_beside_a_title_is_a_person_the_recognizer_missed(analyze: Analyze) -> None:
    result = analyze(
        "« Les forces de l'ordre ont été attaquées », a déclaré la ministre de la Sécurité, Verónica Aldazábal. La "
        "ministre de la Santé, Inés Zubeldía, a qualifié les blessures de « superficielles »."
    )
    names = {e.name for e in result.entities if e.type == "PER"}
    assert {"Verónica Aldazábal", "Inés Zubeldía"} <= names
    assert "Aldazábal" in said_by(result, "attaquées")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La Confédération paysanne parle, elle, d'« une trentaine » de blessés dans ses rangs.",
            "une trentaine",
            "La Confédération paysanne",
        ),
        (
            "L'association des familles maintient, elle, un bilan « d'au moins 57 morts ».",
            "57 morts",
            "L'association des familles",
        ),
    ],
)
def test_a_stressed_aside_after_the_verb_repeats_the_subject_before_it(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker)


def test_a_stressed_aside_after_the_verb_gives_the_figure_its_source(analyze: Analyze) -> None:
    result = analyze("La Croix-Rouge maintient, elle, le chiffre de 57 disparus.")
    assert [c.source.text if c.source else None for c in result.claims] == ["La Croix-Rouge"]
