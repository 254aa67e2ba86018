"""Entities that the seventh round found split or run together: first names one letter apart, names with a
particle after a civility, bodies written in lowercase without an acronym. Each behaviour on an invented
French sentence."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together

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
