"""Speakers, fifteenth round: kinds of miss that recur over many blind sets, each pinned by invented sentences of
other stories. A description whose apposed name the parser made the verb's head (``Le ministre en chef du Kerala, X,
s'est rendu``); a rank with its ``de`` noun before an apposed name (``le général de brigade X``); a participle clause
closing the description before the name; an aside between the auxiliary and the participle (``a de son côté
appelé``); ``décrit``/``dit`` read as a participle; an aside after a comma before the verb (``, sous couvert
d'anonymat,``); ``l'intéressé`` for the person just named; a relative after a thing and its owner (``Un chiffre …
pour la fédération, qui revendique``); counting verbs (``a recensé « … »``); the quoted participle after its
auxiliary (``a lui aussi « regretté »``); one pronoun, one speaker for the two quotes it introduces; a body named
after its country (``Météo Madagascar``)."""

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
            "Le ministre en chef du Kerala, Rajan Pillai, s'est rendu à Kochi mercredi. Il a annoncé une enquête. "
            "« Les coupables ne seront pas épargnés », a-t-il déclaré.",
            "coupables",
            "Rajan Pillai",
        ),
        (
            "Le rédacteur en chef du quotidien, Omar Benali, a été interpellé lundi. « Nous ne céderons pas », a-t-il "
            "assuré.",
            "céderons",
            "Omar Benali",
        ),
        (
            "Le médecin-chef de l'hôpital, Ana Costa, a fait le point jeudi. « Nous manquons de sang », a-t-elle dit.",
            "manquons",
            "Ana Costa",
        ),
    ],
)
def test_a_name_apposed_to_a_description_the_parser_made_the_head(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Les recherches continuent », a déclaré à la radio le porte-parole de la marine à Brest, le capitaine "
            "de frégate Yves Le Gall.",
            "recherches",
            "Yves Le Gall",
        ),
        (
            "« Il n'y a aucune trace d'effraction », a précisé le porte-parole du parquet, le juge d'instruction Marc "
            "Petit.",
            "effraction",
            "Marc Petit",
        ),
        (
            "« Nous sommes là pour protéger les habitants », a indiqué jeudi le porte-parole de la division basée "
            "dans la ville, le général de brigade Samuel Okafor.",
            "protéger",
            "Samuel Okafor",
        ),
        (
            "« La digue a cédé dans la nuit », a expliqué l'ingénieur chargé du barrage, Paul Henry, devant la presse.",
            "digue",
            "Paul Henry",
        ),
    ],
)
def test_a_rank_or_a_participle_clause_between_description_and_name(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le ministère de la Santé a de son côté appelé les habitants à « rester chez eux ».", "rester", "Santé"),
        ("La mairie a pour sa part appelé les riverains à « la prudence ».", "prudence", "La mairie"),
        ("Les syndicats ont de leur côté qualifié la réforme d'« injuste ».", "injuste", "Les syndicats"),
        (
            "Un gendarme mobile, sous couvert d'anonymat, décrit de son côté « une semaine éprouvante ».",
            "éprouvante",
            "gendarme mobile",
        ),
        ("Une infirmière, sous couvert d'anonymat, décrit « des couloirs saturés ».", "saturés", "Une infirmière"),
        ("Un pompier décrit de son côté « une nuit d'enfer ».", "enfer", "Un pompier"),
    ],
)
def test_an_aside_between_subject_and_verb(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le rapport écrit par la ministre « reste confidentiel ».", "confidentiel"),
        ("Le plan décrit dans la note « ne tient pas ».", "tient"),
    ],
)
def test_a_participle_describing_a_thing_gives_no_speaker(analyze: Analyze, text: str, words: str) -> None:
    assert said_by(analyze(text), words) == ""


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Plusieurs élus réclament la démission du ministre des Transports, Paul Ferrand. L'intéressé, lui, assure "
            "n'avoir « jamais reçu d'alerte ».",
            "alerte",
            "Paul Ferrand",
        ),
        (
            "La maire de Lens, Claire Petit, est mise en cause par l'opposition. L'intéressée dément avoir été "
            "« prévenue ».",
            "prévenue",
            "Claire Petit",
        ),
    ],
)
def test_the_person_concerned_is_the_one_just_named(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Un chiffre sous-évalué pour la fédération, qui revendique « plus de 15 000 » éleveurs mobilisés.",
            "15 000",
            "la fédération",
        ),
        ("Le bilan de la police, qui évoque « une soirée calme », est contesté.", "soirée calme", "la police"),
        ("La mère de la victime, qui réclame « la vérité », a porté plainte.", "vérité", "La mère de la victime"),
        (
            "Les proches du chauffeur, qui dénoncent « un acharnement », ont manifesté.",
            "acharnement",
            "Les proches du chauffeur",
        ),
    ],
)
def test_a_relative_after_a_thing_and_its_owner(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Les organisateurs ont recensé « au moins 2 000 » participants.", "2 000", "Les organisateurs"),
        ("La préfecture a chiffré à « moins de 500 » le nombre de manifestants.", "500", "La préfecture"),
        ("Le syndicat a dénombré « plus de 300 » grévistes.", "300", "Le syndicat"),
    ],
)
def test_a_counting_verb_reports_the_quoted_figure(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Paul Girard, le patron de la fédération, a lui aussi « regretté » l'incident.", "regretté", "Paul Girard"),
        ("Paul Girard a « regretté » l'incident.", "regretté", "Paul Girard"),
        ("La directrice de l'école, Anne Roux, a aussitôt « condamné » l'agression.", "condamné", "Anne Roux"),
    ],
)
def test_a_quoted_participle_after_its_auxiliary(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_quoted_participle_of_a_thing_has_no_speaker(analyze: Analyze) -> None:
    assert said_by(analyze("Le texte a été « adopté » mardi."), "adopté") == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le Secours populaire avance un bilan inférieur, selon son porte-parole, Marc Vidal. « Le chiffre est "
            "énorme, mais beaucoup de familles ont fui », a-t-il précisé, ajoutant que les équipes du SP avaient "
            "« à peine commencé » à fouiller.",
            "Marc Vidal",
        ),
        (
            "L'ONG Terre d'asile dénonce des refoulements, selon sa présidente, Inès Garcia. « Nous avons des "
            "témoignages précis », a-t-elle déclaré, ajoutant que les garde-côtes avaient « laissé dériver » un canot.",
            "Inès Garcia",
        ),
    ],
)
def test_one_pronoun_one_speaker_for_both_quotes(analyze: Analyze, text: str, speaker: str) -> None:
    result = analyze(text)
    assert all(q.speaker is not None and q.speaker.entity == speaker for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les prévisionnistes de Météo Madagascar ont levé l'alerte rouge mardi soir.", "Météo Madagascar"),
        ("Selon Météo Madagascar, le cyclone a faibli dans la nuit.", "Météo Madagascar"),
    ],
)
def test_a_body_named_after_its_country_is_no_person(analyze: Analyze, text: str, name: str) -> None:
    assert {e.type for e in analyze(text).entities if e.text == name} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« On m'a dit d'aller chercher mon fils à la morgue », raconte la mère d'un lycéen tué devant la mairie.",
            "morgue",
            "la mère d'un lycéen tué devant la mairie",
        ),
        ("« Tout le monde criait », raconte un rescapé guinéen de 31 ans.", "criait", "un rescapé guinéen de 31 ans"),
        (
            "« On nous a abandonnés », confie un gendarme joint sous couvert d'anonymat.",
            "abandonnés",
            "un gendarme joint sous couvert d'anonymat",
        ),
        (
            "« Nous ne reculerons pas », a déclaré le ministre délégué chargé des Transports.",
            "reculerons",
            "le ministre délégué chargé des Transports",
        ),
    ],
)
def test_an_unnamed_speaker_is_written_with_its_participle_and_age(
    analyze: Analyze, text: str, words: str, speaker: str
) -> None:
    assert said_by(analyze(text), words).startswith(speaker + " |")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le gouverneur du Nord-Kivu a réagi mardi. « Certains corps ont été comptés deux fois », a indiqué son "
            "cabinet.",
            "comptés",
            "le cabinet du gouverneur du Nord-Kivu",
        ),
        (
            "La présidence a annoncé un deuil national. Son porte-parole a évoqué une décision « douloureuse mais "
            "nécessaire ».",
            "douloureuse",
            "le porte-parole de la présidence",
        ),
        (
            "La ministre Hélène Vasseur n'a pas commenté. Son entourage évoque un « fonds de transition ».",
            "transition",
            "l'entourage d'Hélène Vasseur",
        ),
        (
            "Les éleveurs ont bloqué la route. Leurs représentants dénoncent « un mépris total ».",
            "mépris",
            "les représentants des éleveurs",
        ),
    ],
)
def test_a_possessive_speaker_is_written_with_its_owner(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert said_by(analyze(text), words).startswith(speaker + " |")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le prédicateur Hariom Das est sorti de son silence mercredi soir, dans une vidéo.", "Hariom Das"),
        (
            "Les fidèles attendaient.\n\nJean-Claude Mbarga s'est exprimé pour la première fois dimanche soir, dans "
            "une allocution télévisée.",
            "Jean-Claude Mbarga",
        ),
        (
            "La foule s'est dispersée.\n\nMarie-Ange Koffi s'est exprimée lundi devant la presse, à Abidjan.",
            "Marie-Ange Koffi",
        ),
    ],
)
def test_a_name_spacy_cut_short_gets_its_missing_words(analyze: Analyze, text: str, name: str) -> None:
    assert name in {e.name for e in analyze(text).entities if e.type == "PER"}


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "Le ministère de l'Agriculture a reçu les éleveurs. À la Coordination rurale, on n'entend pas désarmer. "
            "Le syndicat appelle à une « journée de colère ».",
            "colère",
            "Coordination rurale",
        ),
        (
            "Le Mouvement pour le changement (MPC) a perdu deux sièges, selon le ministère de l'Intérieur. Le parti "
            "dénonce « une fraude massive ».",
            "fraude",
            "Mouvement pour le changement",
        ),
    ],
)
def test_a_union_or_a_party_takes_up_the_latest_citizens_body(
    analyze: Analyze, text: str, words: str, body: str
) -> None:
    assert said_by(analyze(text), words).endswith(f"| {body}")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Liban : « Nous ne céderons pas », le Premier ministre Karim Haddad refuse de démissionner\n\nAprès trois "
            "jours de manifestations, le Premier ministre a parlé.",
            "céderons",
            "Karim Haddad",
        ),
        (
            "« On ne lâchera rien », la maire de Lille Anne Roux maintient son projet\n\nLa maire a parlé lundi.",
            "lâchera",
            "Anne Roux",
        ),
    ],
)
def test_a_headline_names_its_speaker_after_the_quote(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    assert speaker in said_by(analyze(text), words)


def test_a_place_rubric_before_a_headline_quote_is_no_speaker(analyze: Analyze) -> None:
    result = analyze("Chili : « Le feu avance vite »\n\nLes pompiers luttent depuis lundi contre les flammes.")
    assert "Chili" not in said_by(result, "avance vite")


def test_a_plural_pronoun_taken_for_a_body_does_not_make_it_the_singular_one_after(analyze: Analyze) -> None:
    result = analyze(
        "Il est tombé 300 litres d'eau par mètre carré à Gandia, selon l'Agence nationale de météorologie (Aemet)."
        "\n\nÀ Oliva, au moins 23 personnes ont péri, selon la maire, Rosa Ferrer. Beaucoup ont été surprises dans des "
        "garages souterrains, où elles étaient descendues pour mettre leur véhicule à l'abri. « L'eau est montée de "
        "deux mètres en dix minutes », a-t-elle raconté."
    )
    assert said_by(result, "deux mètres").endswith("| Rosa Ferrer")
