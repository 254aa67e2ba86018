"""Speakers, sixteenth round: kinds of miss seen on blind sets, each pinned by invented sentences of other stories.
A title's class (``la magistrate``, ``l'élue``) is not the ordinary person just named (``X, la mère d'une
fillette``); a title written with a prefix no table lists (``le haut-commissaire``) is an office of its own; a relative
clause hung on a description set beside a name (``X, un vendeur de thé, qui dit …``); a speech verb tagged a noun
inside the quote, before a name (``« …, souffle X, … »``); a verbless label whose participle has an agent (``Un
chiffre contesté par X : « … »``); a past participle after its noun is no verb (``un rapport détaillé « … »``); the
callers of a crowd (``à l'appel des syndicats, pour réclamer « … »``); a witness shown before the words and never
named (``une habitante balaie le seuil. « … »``); a superlative inside the speaker's description."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "not_speaker"),
    [
        (
            "« Je ne partirai pas sans elle », sanglotait Leïla Haddad, la mère d'une fillette de onze ans. La "
            "magistrate du district a pour sa part assuré que le rassemblement était autorisé. « Nous établirons les "
            "responsabilités », a-t-elle déclaré.",
            "responsabilités",
            "magistrate",
            "Leïla Haddad",
        ),
        (
            "« On a tout perdu », raconte Paul Lenoir, un habitant du quartier. Le maire a de son côté promis des "
            "aides. « Nous reconstruirons », a-t-il assuré.",
            "reconstruirons",
            "maire",
            "Paul Lenoir",
        ),
        (
            "« Mon fils était là », dit Marie Dubois, mère d'un lycéen blessé. L'élue a ensuite promis une enquête. "
            "« Toute la lumière sera faite », a-t-elle dit.",
            "lumière",
            "élue",
            "Marie Dubois",
        ),
    ],
)
def test_a_title_is_not_the_ordinary_person_just_named(
    analyze: Analyze, text: str, words: str, speaker: str, not_speaker: str
) -> None:
    said = said_by(analyze(text), words)
    assert speaker in said and not_speaker not in said


def test_a_trade_still_takes_up_the_person_it_describes(analyze: Analyze) -> None:
    said = said_by(
        analyze("« Tout a brûlé », dit Jean Morel, agriculteur. L'agriculteur de 58 ans assure « ne rien regretter »."),
        "regretter",
    )
    assert "Jean Morel" in said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Deux gendarmes ont été blessés, a annoncé le ministre de l'Intérieur, Hugo Marchal.\n\nLe "
            "haut-commissaire de la République dans l'archipel a fait état de 40 interpellations. « La nuit a été "
            "très violente », a-t-il déclaré.",
            "nuit a été",
            "haut-commissaire",
        ),
        (
            "Le maire, Paul Roux, a ouvert la séance. La vice-gouverneure de la province a ensuite pris la parole. "
            "« Nous ferons face », a-t-elle promis.",
            "ferons face",
            "vice-gouverneure",
        ),
        (
            "Le préfet, Jean Morin, est arrivé à 10 heures. Le sous-préfet a lui aussi parlé. « Tout est sous "
            "contrôle », a-t-il dit.",
            "sous contrôle",
            "sous-préfet",
        ),
    ],
)
def test_a_prefixed_title_is_an_office_of_its_own(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Les gens tombaient », a raconté Karim Salhi, un vendeur de journaux installé près du stade, qui dit "
            "avoir porté des blessés « à bout de bras ».",
            "bout de bras",
            "Karim Salhi",
        ),
        (
            "Selon Paul Durand, un retraité qui affirme avoir vu « des dizaines de blessés », la police est arrivée "
            "tard.",
            "dizaines de blessés",
            "Paul Durand",
        ),
    ],
)
def test_a_relative_on_a_description_set_beside_a_name_is_that_person(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Jeudi, le gouvernement régional a corrigé le bilan.\n\n« Ma maison est partie avec le courant, souffle "
            "Pedro Alvarez, éleveur d'un village voisin. Je n'ai rien pu sauver.\n\n« Je l'ai retrouvée le lendemain. "
            "Personne ne nous a aidés. »",
            "courant",
            "Pedro Alvarez",
        ),
        (
            "La mairie a ouvert un gymnase.\n\n« Tout est perdu, soupire Ana Ruiz. Il faudra des années. »",
            "Tout est perdu",
            "Ana Ruiz",
        ),
    ],
)
def test_a_speech_verb_inside_the_quote_before_a_name(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La police évalue la foule à 250 000 personnes. Un chiffre contesté par l'avocat de l'association, Paul "
            "Mercier : « Il n'y avait pas plus de 100 000 fidèles. » Lundi, les portes avaient été fermées, selon "
            "plusieurs habitants.",
            "100 000 fidèles",
            "Paul Mercier",
        ),
        (
            "Le gouvernement parle de 12 morts. Un bilan démenti par la Ligue des droits humains : « Nous avons "
            "compté au moins 40 corps. »",
            "40 corps",
            "Ligue des droits humains",
        ),
        (
            "La mairie assure que tout est prêt. Une version contestée par les riverains : « Rien n'a été fait. »",
            "Rien n'a été fait",
            "riverains",
        ),
    ],
)
def test_a_label_whose_participle_has_an_agent(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La Commission nationale des droits de l'homme a, de son côté, adressé une lettre au gouvernement, "
            "réclamant un rapport détaillé « sous quatre semaines ».",
            "quatre semaines",
            "Commission nationale des droits de l'homme",
        ),
        (
            "Le syndicat a publié un communiqué, exigeant un plan chiffré « avant l'été ».",
            "avant l'été",
            "syndicat",
        ),
    ],
)
def test_a_participle_after_its_noun_is_no_speech_verb(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Vendredi, des milliers de personnes se sont rassemblées place de la Mairie, à l'appel des syndicats, "
            "pour réclamer « le retour du dialogue ».",
            "retour du dialogue",
            "syndicats",
        ),
        (
            "Des milliers de manifestants ont défilé à l'appel de l'intersyndicale pour dénoncer une réforme "
            "« injuste ».",
            "injuste",
            "intersyndicale",
        ),
        (
            "À l'appel du collectif Stop Béton, 300 personnes ont marché samedi pour exiger « un moratoire ».",
            "moratoire",
            "Stop Béton",
        ),
        (
            "Des milliers de personnes ont manifesté, à l'appel des partis non alignés, pour réclamer « la paix ».",
            "la paix",
            "partis non alignés",
        ),
    ],
)
def test_a_crowd_called_out_carries_the_callers_words(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_without_callers_the_crowd_speaks(analyze: Analyze) -> None:
    assert "manifestants" in said_by(
        analyze("Les manifestants ont défilé pour dénoncer une loi « liberticide »."), "liberticide"
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Plus de 300 personnes ont été interpellées. Dans le quartier nord, la mère d'un jeune homme tué mardi "
            "soir ne décolère pas. « Il était allé acheter du pain. »",
            "acheter du pain",
            "la mère d'un jeune homme",
        ),
        (
            "Le village est encore sous la boue. Devant sa maison, une habitante balaie le seuil. « Nous avons tout "
            "perdu. »",
            "tout perdu",
            "une habitante",
        ),
        (
            "Un précédent rassemblement avait attiré une foule immense.\n\nRavi Kumar, un ouvrier agricole de 41 ans, "
            "a perdu sa femme dans la bousculade. « Elle voulait seulement recevoir la bénédiction. Je l'ai retrouvée "
            "sous les corps. »",
            "bénédiction",
            "Ravi Kumar",
        ),
    ],
)
def test_a_witness_shown_before_the_words(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Il a retiré la loi, mais il n'a pas ramené nos morts », résume sur X l'un des comptes les plus suivis "
            "du mouvement.",
            "ramené nos morts",
            "comptes les plus suivis du mouvement",
        ),
        (
            "« C'est une victoire », a déclaré l'un des élus les plus influents du parti.",
            "victoire",
            "élus les plus influents du parti",
        ),
    ],
)
def test_a_superlative_is_part_of_who_speaks(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Quand l'alerte est arrivée, l'eau montait déjà », a témoigné auprès de l'AFP Rosa Ibáñez, une habitante "
            "de 64 ans.",
            "alerte",
            "Rosa Ibáñez",
        ),
        (
            "« Nous n'avons plus rien », a déclaré à l'AFP Tomás Herrera Vidal, un pêcheur.",
            "plus rien",
            "Tomás Herrera Vidal",
        ),
        (
            "« Rien n'a changé », a confié auprès de notre journal un commerçant du port.",
            "Rien n'a changé",
            "un commerçant du port",
        ),
    ],
)
def test_the_agency_spoken_to_is_not_the_speaker(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_name_never_runs_into_quoted_words(analyze: Analyze) -> None:
    result = analyze(
        "Vendredi, Ana Ruiz a reconnu devant le Parlement régional des « défaillances ». « Des erreurs ont été "
        "commises », a-t-elle dit."
    )
    assert all("«" not in e.text and "défaillances" not in e.text for e in result.entities)
    assert "Ana Ruiz" in said_by(result, "erreurs")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Aux cris de « Martin, démission ! », des dizaines de milliers de personnes ont défilé samedi dans le "
            "centre de Lyon.",
            "démission",
            "des dizaines de milliers de personnes",
        ),
        (
            "Au son des slogans « Pas de justice, pas de paix », plusieurs milliers d'étudiants ont marché vers le "
            "ministère.",
            "pas de paix",
            "étudiants",
        ),
        (
            "Des milliers de personnes ont défilé aux cris de « Justice pour Lina ».",
            "Justice pour Lina",
            "Des milliers de personnes",
        ),
    ],
)
def test_a_crowd_chants_before_or_after_its_march(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_verb_of_the_chant_is_not_the_march(analyze: Analyze) -> None:
    result = analyze(
        "Vendredi soir, plusieurs centaines de manifestants ont défilé dans le centre, de la gare jusqu'au "
        "Parlement, aux cris de « Les frontières tuent »."
    )
    assert "manifestants" in said_by(result, "frontières tuent")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Une trentaine de rescapés attendent au port. Samir, un Syrien de 23 ans, montre ses mains "
            "entaillées.\n\n« Nous étions plus de cent sur le pont », raconte le jeune homme.",
            "plus de cent",
            "Samir",
        ),
        (
            "Les familles dorment sous des bâches. Nadia, 34 ans, y dort avec ses enfants depuis neuf jours.\n\n"
            "« On a entendu les premiers tirs », raconte la jeune femme.",
            "premiers tirs",
            "Nadia",
        ),
    ],
)
def test_a_young_man_or_woman_is_the_person_just_shown(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_man_is_not_the_minister_named_before(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre Paul Roux a visité le camp. Un homme l'a interpellé. « Où étiez-vous ? », a lancé l'homme."
    )
    assert "Paul Roux" not in said_by(result, "Où étiez-vous")


def test_a_businessman_is_still_the_boss_named_next(analyze: Analyze) -> None:
    result = analyze(
        "Le nouveau propriétaire, l'homme d'affaires texan Ryan Cole, a fait le déplacement. « Notre ambition est "
        "claire », a-t-il lancé. Le patron du fonds a promis de « respecter l'identité » du club."
    )
    assert "Ryan Cole" in said_by(result, "respecter l'identité")


def test_the_strong_man_of_a_city_is_not_the_minister_named_before(analyze: Analyze) -> None:
    result = analyze(
        "Le Premier ministre Luka Petrović a démissionné. « Ce n'est pas la rue qui choisira », a déclaré l'homme "
        "fort de Belgrade depuis 2017."
    )
    assert "Petrović" not in said_by(result, "la rue qui choisira")
