"""Round 11, entities: a body's native (or English) name bracketed after its French name, alone or beside its
acronym; a ministry's field as its short name whatever the field; a first name written the French way. Each
behaviour on invented French sentences."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together

# -- one article ----------------------------------------------------------------------------------------------


def test_a_native_name_and_an_acronym_in_brackets_name_the_body(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Le Parti des travailleurs (Partido dos Trabalhadores, PT) a remporté dimanche la mairie de la ville."
    )
    found = entities_found(result)
    assert found["Partido dos Trabalhadores"] == ("ORG", "Parti des travailleurs")
    assert found["PT"] == ("ORG", "Parti des travailleurs")


def test_an_english_name_before_the_acronym_names_the_body(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Le mot d'ordre a été lancé par l'Association nationale des enseignants du Ghana (Ghana National "
        "Association of Teachers, GNAT) lundi."
    )
    found = entities_found(result)
    assert found["Ghana National Association of Teachers"][1] == "Association nationale des enseignants du Ghana"
    assert found["GNAT"][1] == "Association nationale des enseignants du Ghana"


def test_a_native_name_of_rare_words_alone_in_brackets_names_the_body(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Le chiffre est contesté par l'Observatoire des libertés civiles (Opservatorija gradjanskih sloboda), "
        "une association indépendante de Zagreb."
    )
    found = entities_found(result)
    assert found["Opservatorija gradjanskih sloboda"] == ("ORG", "Observatoire des libertés civiles")


def test_a_town_in_brackets_after_a_body_is_its_seat(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze("Le ministère de la Santé (Buenos Aires) a publié un nouveau bilan mardi soir.")
    found = entities_found(result)
    assert found.get("Buenos Aires", ("LOC", "Buenos Aires"))[1] == "Buenos Aires"


def test_a_person_and_a_role_in_brackets_are_no_other_name(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze("La Banque centrale (Paul Morel, gouverneur) a relevé son taux directeur jeudi.")
    found = entities_found(result)
    assert found.get("Paul Morel", ("PER", "Paul Morel"))[1] == "Paul Morel"


# -- across articles --------------------------------------------------------------------------------------------


def test_a_ministry_is_named_by_its_field_alone() -> None:
    # « a annoncé le ministère grec de la Protection civile » / « a annoncé la Protection civile »
    groups = merged(
        analysis_of("a", entity("ministère grec de la Protection civile", "ORG")),
        analysis_of("b", entity("Protection civile", "ORG")),
    )
    assert together(groups, "ministère grec de la Protection civile", "Protection civile")


def test_a_council_of_a_union_is_still_not_the_union() -> None:
    groups = merged(
        analysis_of("a", entity("Conseil de l'Union européenne", "ORG")),
        analysis_of("b", entity("Union européenne", "ORG")),
    )
    assert not together(groups, "Conseil de l'Union européenne", "Union européenne")


def test_a_greek_first_name_written_the_french_way_is_one_person() -> None:
    # « a lancé Giorgos Antonakis, l'un des organisateurs » / « a lancé Georges Antonakis »
    groups = merged(
        analysis_of("a", entity("Giorgos Antonakis", "PER")),
        analysis_of("b", entity("Georges Antonakis", "PER")),
    )
    assert together(groups, "Giorgos Antonakis", "Georges Antonakis")


def test_two_first_names_of_one_family_stay_two_people() -> None:
    groups = merged(
        analysis_of("a", entity("Martin Antonakis", "PER")),
        analysis_of("b", entity("Martine Antonakis", "PER")),
        analysis_of("c", entity("Marion Antonakis", "PER")),
    )
    assert not together(groups, "Martin Antonakis", "Martine Antonakis")
    assert not together(groups, "Martin Antonakis", "Marion Antonakis")


def test_a_body_named_in_english_joins_its_french_name_whatever_rights_are_called() -> None:
    # « l'Office for Democratic Institutions and Human Rights » / « le Bureau des institutions démocratiques
    # et des droits de l'homme »
    groups = merged(
        analysis_of("a", entity("Office for Democratic Institutions and Human Rights", "ORG")),
        analysis_of("b", entity("Bureau des institutions démocratiques et des droits de l'homme", "ORG")),
    )
    assert together(
        groups,
        "Office for Democratic Institutions and Human Rights",
        "Bureau des institutions démocratiques et des droits de l'homme",
    )


def test_one_country_spelled_two_ways_by_two_outlets_is_one_place() -> None:
    groups = merged(analysis_of("a", entity("Ouzbékistan", "LOC")), analysis_of("b", entity("Ouzbekistan", "LOC")))
    assert together(groups, "Ouzbékistan", "Ouzbekistan")
    groups = merged(analysis_of("a", entity("Tadjikistan", "LOC")), analysis_of("b", entity("Tadjikstan", "LOC")))
    assert together(groups, "Tadjikistan", "Tadjikstan")


def test_two_spellings_in_one_article_are_two_places() -> None:
    groups = merged(analysis_of("a", entity("Kassala", "LOC"), entity("Kassela", "LOC")))
    assert not together(groups, "Kassala", "Kassela")


def test_a_greek_chi_written_h_or_ch_is_one_surname() -> None:
    # « a déclaré Nikos Zacharakis » / « selon Nikos Zaharakis »
    groups = merged(
        analysis_of("a", entity("Nikos Zacharakis", "PER")), analysis_of("b", entity("Nikos Zaharakis", "PER"))
    )
    assert together(groups, "Nikos Zacharakis", "Nikos Zaharakis")
