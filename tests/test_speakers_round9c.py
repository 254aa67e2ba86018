"""Speakers, entities and stories, ninth round c (news-blind7–8): errors of form any article can show. A speaker's
role given first and the name in the next sentence; a name of three words the tagger cut; the words of a ``que``
clause are the reporting verb's subject's; ``de son côté`` is no subject; a ``Selon X,`` sentence's account goes
on in the next; a witness shown, then quoted; a photo credit is no one in the story; particles written glued; a
site named after a country tells no town. Each on short invented sentences, about other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entity, merged, together
from recoupe.link.entities import merge_entities
from recoupe.link.stories import _sites
from recoupe.model import DocumentAnalysis
from test_quotes_unseen import said_by

Analyze = Callable[..., DocumentAnalysis]


# -- a role first, the name in the next sentence ------------------------------------------------------------------


def test_a_role_after_a_speech_verb_and_its_complements_is_the_person_named_next(analyze: Analyze) -> None:
    result = analyze(
        "Les inspecteurs n'ont trouvé aucune trace du rapport. « Personne ne nous a prévenus », a déclaré à notre "
        "journal la présidente de l'association. Jointe par téléphone à Lille, Hélène Mercadier dénonce un silence."
    )
    assert "Hélène Mercadier" in said_by(result, "Personne ne nous a prévenus")


def test_a_photo_credit_under_the_headline_is_no_one_a_description_takes_up(analyze: Analyze) -> None:
    result = analyze(
        "Incendie à Brest : l'usine évacuée\n"
        "Des pompiers devant l'usine, le 3 mars 2026. © Lucas Ferrand / AFP\n\n"
        "Le feu a pris dans la nuit dans un entrepôt de la zone portuaire. « Nous avons évacué quarante ouvriers », "
        "a indiqué jeudi sur notre antenne le responsable des secours du Finistère. Interrogé sur les causes, "
        "Marc Olivier Tanguy a toutefois reconnu un « retard » dans l'alerte."
    )
    assert "Lucas Ferrand" not in said_by(result, "quarante ouvriers")
    assert "Marc Olivier Tanguy" in said_by(result, "quarante ouvriers")


def test_a_spanish_name_keeps_both_surnames_the_tagger_left_out(analyze: Analyze) -> None:
    """(In a longer article the tagger may keep only ``Ramón``: both surnames are then given back.)"""
    result = analyze(
        "Après la coupure, les habitants attendent. Interrogé sur le retard, Ramón Ortega Villalba a toutefois "
        "reconnu un « problème technique » au centre de contrôle."
    )
    assert "Ramón Ortega Villalba" in {e.name for e in result.entities if e.type == "PER"}
    assert "Ramón Ortega Villalba" in said_by(result, "problème technique")


# -- whose words a clause carries -----------------------------------------------------------------------------------


def test_a_partial_quote_in_a_que_clause_is_the_reporting_verb_s_subject_s(analyze: Analyze) -> None:
    result = analyze(
        "Dans une vidéo diffusée dimanche, le Tehrik-e-Taliban Pakistan (TTP) affirme que ses hommes ont abattu "
        "« des dizaines d'apostats » lors de l'assaut."
    )
    assert "Tehrik-e-Taliban Pakistan" in said_by(result, "des dizaines")
    assert "ses hommes" not in said_by(result, "des dizaines")


def test_de_son_cote_is_no_subject(analyze: Analyze) -> None:
    result = analyze("Le maire de Quimper a de son côté dénoncé une décision « prise à la hâte ».")
    assert "Le maire de Quimper" in said_by(result, "prise à la hâte")


def test_a_scare_quote_after_a_selon_sentence_is_the_source_s_word(analyze: Analyze) -> None:
    result = analyze(
        "D'après le parquet de Lille, deux hommes ont été interpellés mardi. Leur véhicule avait été « signalé "
        "volé » la veille."
    )
    assert "parquet de Lille" in said_by(result, "signalé")


def test_a_selon_sentence_of_another_paragraph_lends_nothing(analyze: Analyze) -> None:
    result = analyze(
        "Selon la préfecture, la manifestation a rassemblé 2 000 personnes.\n\nLe cortège a été « très calme »."
    )
    assert "préfecture" not in said_by(result, "très calme")


def test_a_witness_shown_then_quoted_speaks(analyze: Analyze) -> None:
    result = analyze(
        "Les pompiers ont évacué le quartier.\n\nDans sa cuisine, Marta Lopez montre la trace de l'eau sur le mur. "
        "« Elle est montée en dix minutes. Nous n'avons rien pu sauver. »"
    )
    assert "Marta Lopez" in said_by(result, "dix minutes")


def test_a_quote_after_a_sentence_quoting_someone_else_is_not_the_subject_s(analyze: Analyze) -> None:
    result = analyze(
        "Julien Morel, le maire, inspecte la digue et parle d'un « miracle ». « Nous avons eu de la chance », "
        "dit un voisin."
    )
    assert "Julien Morel" not in said_by(result, "de la chance")


# -- entities and stories -------------------------------------------------------------------------------------------


def test_a_surname_s_particles_written_glued_are_one_person_across_stories() -> None:
    """Two stories of one week (a protest in Liège, the next in Namur) quote one union leader, spelled two ways."""
    docs = [
        analysis_of("a", entity("Pieter Van den Berghe", "PER")),
        analysis_of("b", entity("Pieter Vandenberghe", "PER")),
    ]
    groups = [set(e.aliases) for e in merge_entities(docs)]
    assert together(groups, "Pieter Van den Berghe", "Pieter Vandenberghe")


def test_one_article_writing_both_spellings_keeps_two_people() -> None:
    groups = merged(analysis_of("a", entity("Pieter Van den Berghe", "PER"), entity("Pieter Vandenberghe", "PER")))
    assert not together(groups, "Pieter Van den Berghe", "Pieter Vandenberghe")


def test_a_site_named_after_its_country_tells_no_town() -> None:
    assert _sites("Un incendie a ravage le plus grand hopital du Portugal, mardi soir.", "fr") == set()
    assert _sites("Un incendie a ravage l'hopital de Coimbra, mardi soir.", "fr") == {"v:coimbra"}
