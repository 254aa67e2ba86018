"""Entities the fifth blind set (an Icelandic eruption, EU-Turkey customs talks, an LPG depot explosion)
found written several ways or run together: each behaviour on an invented French sentence."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.link.entities import name_key

# -- across articles (link) ---------------------------------------------------------------------------


def test_icelandic_letters_read_as_their_transliteration() -> None:
    assert name_key("Þórdís Guðmundsdóttir") == name_key("Thordis Gudmundsdottir")
    assert name_key("Ragnar Þórhallsson") == name_key("Ragnar Thorhallsson")
    assert name_key("Paweł Łukaszewski") == name_key("Pawel Lukaszewski")
    assert name_key("Kerem Işıklar") == name_key("Kerem Isiklar")


def test_two_places_that_only_begin_alike_stay_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Reykjavík", "LOC"), entity("péninsule de Reykjanes", "LOC")),
        analysis_of("b", entity("Reykjanes", "LOC"), entity("Reykjanesbær", "LOC")),
    )
    assert together(groups, "Reykjanes", "péninsule de Reykjanes")
    assert not together(groups, "Reykjavík", "Reykjanes")
    assert not together(groups, "Reykjanesbær", "Reykjanes")


def test_a_town_is_no_short_form_of_a_town_whose_hyphenated_name_holds_it() -> None:
    groups = merged(
        analysis_of("a", entity("Roussillon", "LOC"), entity("Péage-de-Roussillon", "LOC")),
        analysis_of("b", entity("UE", "ORG"), entity("UE-Turquie", "ORG"), entity("Tel Aviv", "LOC")),
        analysis_of("c", entity("Tel-Aviv", "LOC")),
    )
    assert not together(groups, "Roussillon", "Péage-de-Roussillon")
    assert not together(groups, "UE", "UE-Turquie")
    assert together(groups, "Tel Aviv", "Tel-Aviv")


def test_a_prefecture_named_as_an_organization_is_not_its_department() -> None:
    groups = merged(analysis_of("a", entity("préfecture de l'Isère", "ORG"), entity("Isère", "LOC")))
    assert not together(groups, "Isère", "préfecture de l'Isère")


def test_a_foreign_ministry_with_its_country_is_not_the_home_ministry_of_more_portfolios() -> None:
    groups = merged(
        analysis_of("a", entity("ministère de l'Europe et des Affaires étrangères", "ORG")),
        analysis_of("b", entity("ministère islandais des Affaires étrangères", "ORG"), entity("Quai d'Orsay", "LOC")),
    )
    assert not together(
        groups, "ministère islandais des Affaires étrangères", "ministère de l'Europe et des Affaires étrangères"
    )
    assert together(groups, "Quai d'Orsay", "ministère de l'Europe et des Affaires étrangères")


def test_an_english_demonym_counts_as_its_country() -> None:
    groups = merged(
        analysis_of("a", entity("Institut météorologique islandais", "ORG")),
        analysis_of("b", entity("Icelandic Meteorological Office", "ORG")),
    )
    assert together(groups, "Institut météorologique islandais", "Icelandic Meteorological Office")


def test_a_hyphenated_acronym_spells_its_body_and_a_dotless_spelling_is_the_same_acronym() -> None:
    groups = merged(
        analysis_of("a", entity("Bureau d'enquêtes et d'analyses sur les risques industriels", "ORG")),
        analysis_of("b", entity("BEA-RI", "ORG")),
        analysis_of("c", entity("Assemblée des exportateurs de Turquie", "ORG", "TİM")),
        analysis_of("d", entity("TIM", "ORG")),
    )
    assert together(groups, "BEA-RI", "Bureau d'enquêtes et d'analyses sur les risques industriels")
    assert together(groups, "TIM", "TİM", "Assemblée des exportateurs de Turquie")


# -- within an article (analyze) -----------------------------------------------------------------------


def test_a_scientist_s_title_before_a_surname_makes_it_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    said = analyze("« La lave ralentit », a déclaré la volcanologue Þórdís Guðmundsdóttir.")
    assert entities_found(said)["Þórdís Guðmundsdóttir"][0] == "PER"
    alone = analyze("Pour la volcanologue Guðmundsdóttir, « le réservoir continue de se remplir ».")
    assert entities_found(alone)["Guðmundsdóttir"][0] == "PER"


def test_an_acronym_then_an_english_name_in_brackets_name_the_body_before(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Institut météorologique norvégien (NMI, Norwegian Meteorological Institute en anglais) a relevé "
        "des vents violents. Le NMI maintient son alerte."
    )
    found = entities_found(analysis)
    assert found["NMI"] == ("ORG", "Institut météorologique norvégien")
    assert found["Norwegian Meteorological Institute"] == ("ORG", "Institut météorologique norvégien")


def test_a_foreign_acronym_with_its_own_letters_names_the_body_before(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'Union des chambres de Turquie (TOBB) et l'Assemblée des exportateurs (TİM) ont protesté.")
    assert entities_found(analysis)["TİM"] == ("ORG", "Assemblée des exportateurs")


def test_a_listed_portfolio_spacy_misses_stays_in_the_ministry(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministère de l'Europe et des Affaires étrangères a appelé les voyageurs à la prudence mardi."
    )
    names = {e.name for e in analysis.entities}
    assert "ministère de l'Europe et des Affaires étrangères" in names


def test_a_hyphenated_acronym_is_one_name_and_a_body_goes_on_with_sur(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le Bureau d'enquêtes et d'analyses sur les risques industriels a envoyé deux enquêteurs. "
        "Le BEA-RI rendra ses conclusions en juin."
    )
    names = {e.text for e in analysis.entities}
    assert "BEA-RI" in names and "RI" not in names
    assert "Bureau d'enquêtes et d'analyses sur les risques industriels" in names


def test_an_adjective_ends_a_body_before_sur(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le député a demandé une commission d'enquête à l'Assemblée nationale sur la sécurité des usines."
    )
    assert "Assemblée nationale" in {e.text for e in analysis.entities}


def test_a_company_after_a_title_word_and_a_cue_is_no_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Sa maison mère, le groupe Valmoreau, a promis de coopérer avec les enquêteurs.")
    assert entities_found(analysis)["Valmoreau"][0] == "ORG"


def test_a_counted_noun_and_the_abbreviation_of_numero_are_no_names(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Plus de 150 Hommes sont engagés sur le site. Bernard Vautrin occupait la position de Non. 2 du dépôt."
    )
    names = {e.text for e in analysis.entities}
    assert not {"Hommes", "Non"} & names
    assert "Bernard Vautrin" in names


def test_a_lowercase_body_before_an_acronym_of_another_language_is_an_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'eurodéputée est rapporteure de la commission des affaires juridiques (JURI) du Parlement européen. "
        "La commission JURI votera jeudi."
    )
    found = entities_found(analysis)
    assert found["commission des affaires juridiques"][0] == "ORG"
    assert found["JURI"] == ("ORG", "commission des affaires juridiques")
    assert not entities_found(analyze("Le prix du gaz naturel liquéfié (GNL) a bondi."))  # a term is still none


def test_a_role_s_portfolio_with_its_adjective_is_no_entity(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La ministre de la Transition écologique, Sandrine Aubertin, a demandé un rapport.")
    assert set(entities_found(analysis)) == {"Sandrine Aubertin"}


def test_a_hyphenated_role_with_its_portfolio_is_no_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le négociateur en chef, Kerem Aydın, vice-ministre du Commerce, a quitté la salle.")
    assert set(entities_found(analysis)) == {"Kerem Aydın"}
