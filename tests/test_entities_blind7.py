"""Entities that the seventh round found split or run together: first names one letter apart, names with a
particle after a civility, bodies written in lowercase without an acronym. Each behaviour on an invented
French sentence."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.link.entities import story_key

# -- across articles (link) ---------------------------------------------------------------------------


def test_a_feminine_first_name_is_another_person() -> None:
    groups = merged(
        analysis_of("a", entity("Martin Lebrun", "PER")),
        analysis_of("b", entity("Martine Lebrun", "PER")),
        analysis_of("c", entity("Mario Ferrante", "PER")),
        analysis_of("d", entity("Maria Ferrante", "PER")),
    )
    assert not together(groups, "Martin Lebrun", "Martine Lebrun")
    assert not together(groups, "Mario Ferrante", "Maria Ferrante")


def test_a_first_name_with_another_consonant_is_another_person() -> None:
    groups = merged(
        analysis_of("a", entity("Marin Goasdoué", "PER")),
        analysis_of("b", entity("Martin Goasdoué", "PER")),
    )
    assert not together(groups, "Marin Goasdoué", "Martin Goasdoué")


def test_a_first_name_transliterated_two_ways_is_one_person() -> None:
    groups = merged(
        analysis_of("a", entity("Mohamad Karrouchi", "PER"), entity("Olga Bondarenko", "PER")),
        analysis_of("b", entity("Mohamed Karrouchi", "PER"), entity("Olha Bondarenko", "PER")),
        analysis_of("c", entity("Fatma Oueddei", "PER")),
        analysis_of("d", entity("Fatima Oueddei", "PER")),
    )
    assert together(groups, "Mohamad Karrouchi", "Mohamed Karrouchi")
    assert together(groups, "Olga Bondarenko", "Olha Bondarenko")
    assert together(groups, "Fatma Oueddei", "Fatima Oueddei")


def test_two_first_names_one_article_writes_are_two_people() -> None:
    """An outlet spells one person one way: ``Khaled`` and ``Khalid`` in one article are two brothers."""
    groups = merged(
        analysis_of("a", entity("Khaled Mansouri", "PER"), entity("Khalid Mansouri", "PER")),
        analysis_of("b", entity("Khalid Mansouri", "PER")),
    )
    assert not together(groups, "Khaled Mansouri", "Khalid Mansouri")


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    groups = merged(
        analysis_of("a", entity("Hélène de Kerguelen", "PER")),
        analysis_of("b", entity("de Kerguelen", "PER")),
    )
    assert together(groups, "Hélène de Kerguelen", "de Kerguelen")


def test_a_surname_with_its_particle_stays_apart_from_two_namesakes() -> None:
    groups = merged(
        analysis_of("a", entity("Hélène de Kerguelen", "PER"), entity("Yves de Kerguelen", "PER")),
        analysis_of("b", entity("de Kerguelen", "PER")),
    )
    assert not together(groups, "Hélène de Kerguelen", "de Kerguelen")
    assert not together(groups, "Yves de Kerguelen", "de Kerguelen")


def test_a_lowercase_body_meets_its_capitalized_name_and_acronym() -> None:
    groups = merged(
        analysis_of("a", entity("direction générale de la santé", "ORG")),
        analysis_of("b", entity("Direction générale de la santé", "ORG"), entity("DGS", "ORG")),
    )
    assert together(groups, "direction générale de la santé", "Direction générale de la santé", "DGS")


def test_a_surname_transliterated_two_ways_is_one_person_but_not_the_father() -> None:
    groups = merged(
        analysis_of("a", entity("Ostap Hordienko", "PER"), entity("Taras Hordienko", "PER")),
        analysis_of("b", entity("Ostap Gordienko", "PER"), entity("Taras Gordienko", "PER")),
    )
    assert together(groups, "Ostap Hordienko", "Ostap Gordienko")
    assert together(groups, "Taras Hordienko", "Taras Gordienko")
    assert not together(groups, "Ostap Hordienko", "Taras Hordienko")


def test_a_short_name_drawing_a_letter_or_more_from_every_word_is_the_body() -> None:
    groups = merged(
        analysis_of("a", entity("Corporación Nacional Forestal", "ORG")),
        analysis_of("b", entity("Conaf", "MISC")),
    )
    assert together(groups, "Corporación Nacional Forestal", "Conaf")


def test_an_acronym_may_spell_only_the_first_field_of_a_name() -> None:
    groups = merged(
        analysis_of("a", entity("Office national de surveillance des forêts et des espaces naturels", "ORG")),
        analysis_of("b", entity("ONSF", "ORG")),
    )
    assert together(groups, "Office national de surveillance des forêts et des espaces naturels", "ONSF")


def test_a_dotted_capital_gives_its_plain_letter_to_an_acronym() -> None:
    groups = merged(
        analysis_of("a", entity("Türkiye İhracatçılar Meclisi", "ORG")),
        analysis_of("b", entity("TIM", "ORG")),
    )
    assert together(groups, "Türkiye İhracatçılar Meclisi", "TIM")


def test_an_english_or_portuguese_body_name_meets_its_french_translation() -> None:
    groups = merged(
        analysis_of("a", entity("Service national du renseignement", "ORG"), entity("Sénat fédéral", "ORG")),
        analysis_of("b", entity("National Intelligence Service", "ORG"), entity("Senado Federal", "ORG")),
    )
    assert together(groups, "Service national du renseignement", "National Intelligence Service")
    assert together(groups, "Sénat fédéral", "Senado Federal")


def test_a_capital_and_its_other_spelling_are_one_city() -> None:
    groups = merged(analysis_of("a", entity("Kiev", "LOC")), analysis_of("b", entity("Kyiv", "LOC")))
    assert together(groups, "Kiev", "Kyiv")


def test_the_home_country_s_ministry_is_its_full_name_without_a_country() -> None:
    groups = merged(
        analysis_of("a", entity("ministère de l'Agriculture et de la Souveraineté alimentaire", "ORG")),
        analysis_of("b", entity("ministère français de l'Agriculture", "ORG")),
    )
    assert together(
        groups, "ministère de l'Agriculture et de la Souveraineté alimentaire", "ministère français de l'Agriculture"
    )


def test_a_ministry_torn_between_two_countries_is_no_field_of_a_listing_ministry() -> None:
    """In a story of the Brazilian and the French ministries, a ministry without a country could be either."""
    groups = merged(
        analysis_of("a", entity("ministère brésilien de la Santé", "ORG")),
        analysis_of("b", entity("ministère de la Santé", "ORG")),
        analysis_of("c", entity("ministère de la Santé et de l'Accès aux soins", "ORG")),
        analysis_of("d", entity("ministère français de la Santé", "ORG")),
    )
    assert not together(groups, "ministère de la Santé", "ministère de la Santé et de l'Accès aux soins")
    assert not together(groups, "ministère brésilien de la Santé", "ministère français de la Santé")


def test_a_ministry_without_a_country_is_the_one_of_the_country_its_article_is_in() -> None:
    groups = merged(
        analysis_of("a", entity("ministère chilien de l'Intérieur", "ORG")),
        analysis_of("b", entity("ministère de l'Intérieur", "ORG"), entity("Antofagasta", "LOC")),
        analysis_of("c", entity("ministère français de l'Intérieur", "ORG"), entity("France", "LOC")),
    )
    assert together(groups, "ministère chilien de l'Intérieur", "ministère de l'Intérieur")
    assert not together(groups, "ministère français de l'Intérieur", "ministère de l'Intérieur")


def test_a_person_s_story_feature_is_the_surname() -> None:
    assert story_key("Oksana Melnytchenko", "PER") == story_key("Melnytchenko", "PER")
    assert story_key("Abdel Karim al-Nouri", "PER") == story_key("Nouri", "PER")


# -- within an article (analyze) -----------------------------------------------------------------------


def test_a_particle_after_a_civility_is_the_surname_s(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le gouvernement a chuté. M. de Kerguelen a remis sa démission, puis Mme d'Estienne a parlé.")
    found = entities_found(analysis)
    assert found["de Kerguelen"][0] == "PER"
    assert found["d'Estienne"][0] == "PER"


def test_a_name_after_a_civility_opening_the_article_is_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("M. de Kerguelen a répondu aux députés pendant deux heures.")
    assert entities_found(analysis)["de Kerguelen"][0] == "PER"


def test_a_lowercase_body_of_national_reach_is_an_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Selon la direction générale de la santé, douze cas ont été confirmés. "
        "L'agence régionale de santé de Bretagne a ouvert une cellule de crise."
    )
    found = entities_found(analysis)
    assert found["direction générale de la santé"][0] == "ORG"
    assert found["agence régionale de santé"][0] == "ORG"


def test_a_lowercase_ministry_with_its_portfolio_is_an_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le ministère brésilien de la santé a démenti, comme le ministère de l'agriculture.")
    found = entities_found(analysis)
    assert found["ministère brésilien de la santé"][0] == "ORG"
    assert found["ministère de l'agriculture"][0] == "ORG"


def test_a_head_noun_with_a_common_complement_is_no_body(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La direction de l'usine n'a pas répondu. Le conseil municipal a voté la subvention.")
    assert not any(e.type == "ORG" for e in analysis.entities)
