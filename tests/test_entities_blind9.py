"""Entities that the ninth blind set (``tests/data/entities-blind9.json``) and the lead's eighth found split or
run together: names with a second surname or a grandfather's name, people named by their given name, an
acronym a translation was bracketed with, German and French spellings of one sound, a town inside another
town's name, follow-up stories that name the same people. Each behaviour on invented French sentences."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.link.entities import merge_entities
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]

# -- across articles (link) ---------------------------------------------------------------------------


def test_a_name_without_its_second_surname_is_the_person() -> None:
    groups = merged(
        analysis_of("a", entity("Lucía Gómez Herrera", "PER")),
        analysis_of("b", entity("Lucía Gómez", "PER")),
    )
    assert together(groups, "Lucía Gómez Herrera", "Lucía Gómez")


def test_a_name_opening_two_longer_names_stays_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Pedro Salas Vega", "PER"), entity("Pedro Salas Ruiz", "PER")),
        analysis_of("b", entity("Pedro Salas", "PER")),
    )
    assert not together(groups, "Pedro Salas", "Pedro Salas Vega")
    assert not together(groups, "Pedro Salas", "Pedro Salas Ruiz")


def test_a_given_name_alone_is_the_one_person_it_opens_the_name_of() -> None:
    groups = merged(
        analysis_of("a", entity("Budi Santoso", "PER")),
        analysis_of("b", entity("Budi", "PER")),
    )
    assert together(groups, "Budi Santoso", "Budi")


def test_a_given_name_that_is_also_a_surname_of_the_story_stays_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Martin Leclerc", "PER"), entity("Julie Martin", "PER")),
        analysis_of("b", entity("Martin", "PER", "Martin")),
    )
    assert not together(groups, "Martin Leclerc", "Martin")


def test_a_translation_bracketed_with_an_acronym_meets_the_native_name_it_spells() -> None:
    groups = merged(
        analysis_of(
            "a", entity("Office national des routes", "ORG"), entity("Office national des routes", "ORG", "BJP")
        ),
        analysis_of("b", entity("Badan Jalan Pusat", "ORG")),
    )
    assert together(groups, "Office national des routes", "BJP", "Badan Jalan Pusat")


def test_german_and_french_spellings_of_one_sound_are_one_person() -> None:
    groups = merged(
        analysis_of("a", entity("Oleh Baritschenko", "PER")),
        analysis_of("b", entity("Oleh Baritchenko", "PER")),
        analysis_of("c", entity("Tadesse Guétatchew", "PER")),
        analysis_of("d", entity("Tadesse Getachew", "PER")),
    )
    assert together(groups, "Oleh Baritschenko", "Oleh Baritchenko")
    assert together(groups, "Tadesse Guétatchew", "Tadesse Getachew")


def test_a_person_spacy_called_misc_sounds_like_the_person() -> None:
    groups = merged(
        analysis_of("a", entity("Park Sung-jeong", "PER")),
        analysis_of("b", entity("Park Sung-jung", "MISC")),
    )
    assert together(groups, "Park Sung-jeong", "Park Sung-jung")


def test_a_town_inside_another_town_s_name_is_another_town() -> None:
    groups = merged(
        analysis_of("a", entity("Santiago", "LOC")),
        analysis_of("b", entity("Santiago Atitlán", "LOC")),
    )
    assert not together(groups, "Santiago", "Santiago Atitlán")


def test_follow_up_stories_naming_the_same_people_share_their_short_forms() -> None:
    docs = [
        analysis_of(
            "a", entity("Ilse Brandt", "PER"), entity("Tomas Weiler", "PER"), entity("Office fédéral des digues", "ORG")
        ),
        analysis_of(
            "b", entity("Ilse Brandt", "PER"), entity("Tomas Weiler", "PER"), entity("Office des digues", "ORG")
        ),
    ]
    groups = [set(e.aliases) for e in merge_entities(docs, {"a": "election", "b": "coalition"})]
    assert together(groups, "Office fédéral des digues", "Office des digues")


def test_stories_sharing_one_person_keep_their_short_forms_apart() -> None:
    docs = [
        analysis_of("a", entity("Ilse Brandt", "PER"), entity("Office fédéral des digues", "ORG")),
        analysis_of("b", entity("Ilse Brandt", "PER"), entity("Office des digues", "ORG")),
    ]
    groups = [set(e.aliases) for e in merge_entities(docs, {"a": "election", "b": "floods"})]
    assert not together(groups, "Office fédéral des digues", "Office des digues")


# -- within one article (analyze) -----------------------------------------------------------------------


def test_a_civility_before_a_name_makes_it_a_person(analyze: Analyze) -> None:
    result = analyze(
        "Le Servicio Geológico Andino annonce un retour au calme. Le Dr Ramírez Ortega, son directeur, reste prudent."
    )
    assert entities_found(result).get("Ramírez Ortega", ("PER",))[0] == "PER"


def test_a_one_word_name_explained_by_a_body_in_apposition_is_that_body(analyze: Analyze) -> None:
    result = analyze(
        "Les secouristes de Tagana, l'agence nationale de protection civile, ont retrouvé lundi trois corps."
    )
    assert entities_found(result)["Tagana"] == ("ORG", "agence nationale de protection civile")


def test_a_first_name_and_a_role_in_apposition_stay_a_person(analyze: Analyze) -> None:
    result = analyze("Paul, le maire, a ouvert la séance. Claire, la directrice de l'école, a répondu.")
    assert entities_found(result).get("Paul", ("PER",))[0] == "PER"


def test_a_relative_introduced_after_the_surname_does_not_take_it(analyze: Analyze) -> None:
    result = analyze(
        "M. Kovalenko a visité l'hôpital mardi. Son frère, l'ancien nageur Bohdan Kovalenko, a lancé une collecte."
    )
    names = {e.text: e.name for e in result.entities}
    assert names["Kovalenko"] == "Kovalenko"
    assert names["Bohdan Kovalenko"] == "Bohdan Kovalenko"


def test_a_surname_written_after_a_relative_s_introduction_is_the_relative_s(analyze: Analyze) -> None:
    result = analyze("Sa fille, Anna Kovalenko, a pris la parole. Mme Kovalenko a remercié les secours.")
    assert {e.text: e.name for e in result.entities}["Kovalenko"] == "Anna Kovalenko"


def test_a_lone_surname_beside_a_relative_joins_the_other_namesake_of_the_story() -> None:
    groups = merged(
        analysis_of("a", entity("Petro Kovalenko", "PER")),
        analysis_of("b", entity("Kovalenko", "PER"), entity("Bohdan Kovalenko", "PER")),
    )
    assert together(groups, "Petro Kovalenko", "Kovalenko")
    assert not together(groups, "Bohdan Kovalenko", "Kovalenko")


def test_a_parliament_s_own_name_is_the_translated_parliament_of_its_country() -> None:
    groups = merged(
        analysis_of("a", entity("Knesset", "ORG")),
        analysis_of("b", entity("Parlement israélien", "ORG"), entity("Parlement libanais", "ORG")),
    )
    assert together(groups, "Knesset", "Parlement israélien")
    assert not together(groups, "Knesset", "Parlement libanais")


def test_a_town_followed_by_its_country_in_apposition_is_a_place(analyze: Analyze) -> None:
    result = analyze("Un hôpital a été touché à Omdourman, au Soudan.")  # spaCy: a person
    assert entities_found(result)["Omdourman"][0] == "LOC"
    person = analyze("Le ministre a écrit à Paul Durand, en vacances en Bretagne.")
    assert entities_found(person)["Paul Durand"][0] == "PER"


def test_a_foreign_body_s_name_goes_on_through_its_own_language_s_links(analyze: Analyze) -> None:
    result = analyze("L'Instituto Nacional de Sismología e Hidrografía publiera son rapport jeudi.")
    names = {e.name for e in result.entities}
    assert "Instituto Nacional de Sismología e Hidrografía" in names


def test_a_spanish_body_name_meets_its_translation_and_its_syllable_name() -> None:
    groups = merged(
        analysis_of("a", entity("Office national de cartographie et d'hydrographie", "ORG")),
        analysis_of("b", entity("Oficina Nacional de Cartografía e Hidrografía", "ORG")),
        analysis_of("c", entity("Onacahi", "MISC")),
    )
    assert together(
        groups, "Office national de cartographie et d'hydrographie", "Oficina Nacional de Cartografía e Hidrografía"
    )
    assert together(groups, "Onacahi", "Oficina Nacional de Cartografía e Hidrografía")


def test_stories_sharing_surnames_of_other_first_names_are_no_saga() -> None:
    docs = [
        analysis_of(
            "a", entity("Marc Dupuis", "PER"), entity("Anne Royer", "PER"), entity("Office fédéral des digues", "ORG")
        ),
        analysis_of("b", entity("Luc Dupuis", "PER"), entity("Paul Royer", "PER"), entity("Office des digues", "ORG")),
    ]
    groups = [set(e.aliases) for e in merge_entities(docs, {"a": "election", "b": "floods"})]
    assert not together(groups, "Office fédéral des digues", "Office des digues")
