"""Entities the sixth blind set (a truce in Sudan, an international court's warrant, a French government
censured) found written several ways or run together: each behaviour on an invented French sentence."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.link.entities import sound_key

# -- across articles (link) ---------------------------------------------------------------------------


def test_arabic_particles_and_a_mute_final_e_are_one_spelling() -> None:
    groups = merged(
        analysis_of("a", entity("Hassan ben Tarfane", "PER"), entity("Samir el-Houdaybi", "PER")),
        analysis_of("b", entity("Hassan bin Tarfan", "PER"), entity("Samir Al-Houdaybi", "PER")),
        analysis_of("c", entity("Hassan Ben Tarfane", "PER"), entity("Samir al-Houdaybi", "PER")),
    )
    assert together(groups, "Hassan ben Tarfane", "Hassan bin Tarfan", "Hassan Ben Tarfane")
    assert together(groups, "Samir el-Houdaybi", "Samir Al-Houdaybi", "Samir al-Houdaybi")


def test_a_cedilla_and_french_gu_read_as_other_languages_write_them() -> None:
    assert sound_key("Fayçal ben Harrane", "PER") == sound_key("Faisal bin Harran", "PER")
    assert sound_key("Guennadi Sokhourov", "PER") == sound_key("Gennady Sokhurov", "PER")


def test_a_mute_final_e_counts_only_in_arabic_names() -> None:
    """``Martine`` is no spelling of ``Martin``: the ending is dropped where an Arabic particle shows the name."""
    assert sound_key("Martine Roussel", "PER") != sound_key("Martin Roussel", "PER")
    assert sound_key("Amine ben Saïd", "PER") == sound_key("Amin bin Said", "PER")


def test_a_place_spelt_with_el_and_al_and_sh_or_ch_is_one_place() -> None:
    groups = merged(analysis_of("a", entity("El-Machef", "LOC")), analysis_of("b", entity("Al-Mashif", "LOC")))
    assert together(groups, "El-Machef", "Al-Mashif")


def test_a_surname_after_a_title_drops_its_particle() -> None:
    groups = merged(
        analysis_of("a", entity("Abdel Karim al-Nouri", "PER")),
        analysis_of("b", entity("Nouri", "PER", "Nouri")),
    )
    assert together(groups, "Abdel Karim al-Nouri", "Nouri")


def test_three_word_names_one_vowel_apart_are_one_person_but_not_father_and_son() -> None:
    groups = merged(
        analysis_of("a", entity("Ahmed Salim Dakro", "PER"), entity("Karim Salim Dakro", "PER")),
        analysis_of("b", entity("Ahmed Salim Dakaro", "PER")),
    )
    assert together(groups, "Ahmed Salim Dakro", "Ahmed Salim Dakaro")
    assert not together(groups, "Ahmed Salim Dakro", "Karim Salim Dakro")


def test_united_nations_bodies_in_english_meet_their_french_names() -> None:
    groups = merged(
        analysis_of("a", entity("Programme alimentaire mondial", "ORG"), entity("PAM", "ORG", "PAM")),
        analysis_of("b", entity("World Food Programme", "ORG"), entity("WFP", "ORG")),
        analysis_of(
            "c", entity("Organisation mondiale de la santé", "ORG"), entity("World Health Organization", "ORG")
        ),
        analysis_of("d", entity("Cour pénale internationale", "ORG"), entity("International Criminal Court", "ORG")),
        analysis_of("e", entity("Cour internationale de justice", "ORG")),
    )
    assert together(groups, "Programme alimentaire mondial", "World Food Programme")
    assert together(groups, "Organisation mondiale de la santé", "World Health Organization")
    assert together(groups, "Cour pénale internationale", "International Criminal Court")
    assert not together(groups, "Cour pénale internationale", "Cour internationale de justice")


def test_an_english_acronym_of_a_united_nations_body_is_its_french_one_after_un() -> None:
    groups = merged(
        analysis_of("a", entity("Haut-Commissariat des Nations unies pour les réfugiés", "ORG", "HCR")),
        analysis_of("b", entity("UNHCR", "ORG")),
        analysis_of("c", entity("UNCR", "ORG")),
    )
    assert together(groups, "Haut-Commissariat des Nations unies pour les réfugiés", "HCR", "UNHCR")
    assert not together(groups, "UNCR", "HCR")


def test_a_region_with_a_cardinal_point_is_not_the_region() -> None:
    groups = merged(analysis_of("a", entity("Kordofan", "LOC")), analysis_of("b", entity("Kordofan du Sud", "LOC")))
    assert not together(groups, "Kordofan", "Kordofan du Sud")


# -- within an article (analyze) -----------------------------------------------------------------------


def test_a_nickname_after_dit_names_the_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le chef rebelle Ibrahim Moussa Tahir, dit Tchaga, a rejeté la trêve.")
    assert entities_found(analysis)["Tchaga"] == ("PER", "Ibrahim Moussa Tahir")


def test_an_article_in_a_party_s_acronym_belongs_to_its_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "La motion déposée par La Gauche unie (LGU) a été votée. Chez Les Républicains (LR), on regrette ce vote."
    )
    found = entities_found(analysis)
    assert found["LGU"] == ("ORG", "La Gauche unie")
    assert found["LR"] == ("ORG", "Les Républicains")
    assert "La Gauche" not in found and "Républicains" not in found


def test_a_given_name_opening_a_paragraph_stays_in_the_person_s_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La trêve tient.\n\nMohamed Hamdan Daglo, dit Hemedti, a promis de faciliter l'aide.")
    assert entities_found(analysis)["Hemedti"] == ("PER", "Mohamed Hamdan Daglo")


def test_a_lowercase_body_spelling_an_acronym_of_the_article_is_that_body(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le mandat de la CPI inquiète Moscou. « La cour pénale internationale poursuit des individus », "
        "rappelle un juriste. Selon la commission électorale, le vote aura lieu."
    )
    found = entities_found(analysis)
    assert found["cour pénale internationale"][0] == "ORG"
    assert "commission électorale" not in found  # no acronym of the article spelled: a common noun phrase
