"""Speakers, eighth round b (news-blind5–6): how an unnamed speaker's description is written in full. A hyphenated
noun the parser splits stays whole (``un officier de l'état-major``, not ``… de l'état``), and an anonymous source
keeps the place or body it serves (``un responsable du HCR au Tchad``), which is who it is; whom the words were
said to (``à l'AFP``) stays out. Each on short invented sentences, about other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a hyphenated noun stays whole ----------------------------------------------------------------------------------


def test_a_hyphenated_body_stays_whole_in_the_source_a_pronoun_restates(analyze: Analyze) -> None:
    result = analyze(
        "Deux gardes ont été blessés, selon un officier de l'état-major joint par téléphone. "
        "« Nous avons tenu la position toute la nuit », a-t-il affirmé sous couvert d'anonymat."
    )
    assert "un officier de l'état-major" in said_by(result, "tenu la position")


def test_an_inverted_pronoun_is_no_part_of_the_speaker(analyze: Analyze) -> None:
    result = analyze("« Nous tiendrons », a-t-il promis devant les élus du conseil régional.")
    assert "-t" not in said_by(result, "Nous tiendrons")


# -- an anonymous source keeps the place or body it serves ----------------------------------------------------------


def test_an_anonymous_source_keeps_the_country_it_serves_in(analyze: Analyze) -> None:
    result = analyze(
        "Les secours manquent de tentes. « Il nous faut des couvertures avant l'hiver », a déclaré à notre "
        "rédaction un responsable de la Croix-Rouge au Liban."
    )
    assert "un responsable de la Croix-Rouge au Liban" in said_by(result, "des couvertures")


def test_an_anonymous_source_keeps_the_ministry_it_works_at(analyze: Analyze) -> None:
    result = analyze(
        "« Le budget a doublé en cinq ans. Ce n'est pas soutenable », justifie un proche du dossier au "
        "ministère des Finances."
    )
    assert "un proche du dossier au ministère des Finances" in said_by(result, "Le budget a doublé")


def test_whom_the_words_were_said_to_stays_out_of_the_speaker(analyze: Analyze) -> None:
    result = analyze("« Nous manquons de tout », a déclaré un infirmier à l'AFP.")
    assert said_by(result, "Nous manquons").startswith("un infirmier |")


def test_a_named_speaker_keeps_no_place_after_the_name(analyze: Analyze) -> None:
    result = analyze("« Nous manquons de tout », a déclaré le maire, Paul Garnier, au Havre.")
    assert "Havre" not in said_by(result, "Nous manquons")


# -- the title first, the name in the next sentence -------------------------------------------------------------------


def test_a_minister_named_in_the_next_sentence_is_who_the_title_was(analyze: Analyze) -> None:
    result = analyze(
        "Invitée de notre matinale, la ministre de l'Agriculture a condamné « avec vigueur » les dégradations. "
        "« Rien ne justifie la casse », a insisté Claire Dumontel."
    )
    assert "Claire Dumontel" in said_by(result, "avec vigueur")


def test_a_title_then_its_name_as_the_next_subject(analyze: Analyze) -> None:
    result = analyze(
        "Le ministre belge de l'Énergie, qui s'est rendu sur place mardi, a promis un rapport « sous un mois ». "
        "Luc Verhaegen a reconnu que la centrale figurait sur une liste d'installations à surveiller."
    )
    assert "Luc Verhaegen" in said_by(result, "sous un mois")


def test_a_name_with_its_own_description_is_someone_new(analyze: Analyze) -> None:
    result = analyze(
        "Le préfet de la Manche a évoqué « une nuit calme ». Marc Lenoir, un riverain, a dénoncé au contraire "
        "des tirs de mortiers jusqu'à l'aube."
    )
    assert "Marc Lenoir" not in said_by(result, "une nuit calme")


def test_a_name_met_before_is_not_the_title_s_first_naming(analyze: Analyze) -> None:
    result = analyze(
        "Marc Lenoir, un riverain, a filmé la scène. Le préfet de la Manche a évoqué « une nuit calme ». "
        "Marc Lenoir a dénoncé au contraire des tirs de mortiers jusqu'à l'aube."
    )
    assert "Marc Lenoir" not in said_by(result, "une nuit calme")


# -- a subject set apart from its verb by an aside ------------------------------------------------------------------


def test_a_body_with_an_aside_before_its_verb_claims_the_quoted_figure(analyze: Analyze) -> None:
    """``revendique`` read as an adjective after the aside's comma is still the body's verb."""
    result = analyze("Le syndicat, à l'origine de l'appel, revendique « plus de 3 000 tracteurs » sur les routes.")
    assert said_by(result, "3 000 tracteurs").startswith("Le syndicat")


def test_a_body_with_its_acronym_and_an_aside_claims_the_quoted_figure(analyze: Analyze) -> None:
    result = analyze(
        "La Confédération rurale (CR), à l'origine de l'appel, revendique « plus de 3 000 tracteurs » sur les routes."
    )
    assert "Confédération rurale" in said_by(result, "3 000 tracteurs")


# -- an unnamed witness reached by phone, taken up by a demonstrative ------------------------------------------------


WITNESS = (
    "« La situation est sous contrôle », a assuré le préfet, Marc Lenoir. Un riverain du port joint par téléphone "
    "décrit pourtant une ville « morte ». « Tout le monde est parti dès l'alerte », raconte ce pêcheur, qui a requis "
    "l'anonymat."
)


def test_a_witness_reached_by_phone_describes_the_quoted_word(analyze: Analyze) -> None:
    """``décrit`` read as a participle hung on ``téléphone`` is still the witness's verb."""
    assert said_by(analyze(WITNESS), "morte").startswith("Un riverain du port")


def test_this_fisherman_is_the_witness_just_brought_in_not_the_prefect(analyze: Analyze) -> None:
    who = said_by(analyze(WITNESS), "Tout le monde est parti")
    assert who.startswith("Un riverain du port")
    assert "Lenoir" not in who


# -- an opinion frame after the conjunction that goes on ------------------------------------------------------------


def test_but_for_the_unionist_frames_the_quote_after_the_colon(analyze: Analyze) -> None:
    result = analyze(
        "Paul Garnier, le patron de la CGA, a regretté l'incident, en rappelant que son organisation appelle au "
        "calme. Mais pour le syndicaliste, la réunion de jeudi ne suffira pas : « Une réunion, ce n'est pas un recul. »"
    )
    assert "Paul Garnier" in said_by(result, "ce n'est pas un recul")


# -- a name apposed with a hyphenated rank --------------------------------------------------------------------------


def test_a_spokesman_named_after_his_hyphenated_rank(analyze: Analyze) -> None:
    result = analyze(
        "« La ville est reprise », a déclaré à notre antenne le porte-parole de l'armée, le lieutenant-colonel "
        "Paul Ngaba."
    )
    assert "Paul Ngaba" in said_by(result, "La ville est reprise")
