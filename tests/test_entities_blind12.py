"""Entities the lead's twelfth blind set (``tests/data/entities-blind12.json``) merged wrongly or left split: a
company and the foundation named after it, a company's bracketed acronym when spaCy took the company for a
person, the English names of an army, a foundation and a commission, an English ``ow`` for a French ``ou``. Each
behaviour on invented French sentences."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- within an article (analyze) ------------------------------------------------------------------------------


def test_a_foundation_named_after_a_company_is_not_the_company(analyze: Analyze) -> None:
    result = analyze(
        "Parmi les clients figurent plusieurs fournisseurs de Kwahu Gold, la compagnie minière dont le site a "
        "été pillé. Sur notre antenne, la directrice de la Fondation Kwahu Gold, Efua Owusu, a dit craindre pour "
        "les écoles."
    )
    found = entities_found(result)
    assert found["Fondation Kwahu Gold"] == ("ORG", "Fondation Kwahu Gold")
    assert found["Kwahu Gold"][1] == "Kwahu Gold"


def test_an_acronym_bracketed_after_a_company_taken_for_a_person_is_named_by_it(analyze: Analyze) -> None:
    result = analyze(
        "Les heurts ont eu lieu sur la concession d'Obosom Gold Resources (OGR), près de Konongo, où des "
        "orpailleurs ont incendié un engin."
    )
    assert entities_found(result)["OGR"][1] == "Obosom Gold Resources"


# -- across articles (link) ---------------------------------------------------------------------------------


def test_a_foundation_s_english_name_is_its_french_name() -> None:
    groups = merged(
        analysis_of("a", entity("Fondation Kwahu Gold", "ORG")),
        analysis_of("b", entity("Kwahu Gold Foundation", "ORG")),
    )
    assert together(groups, "Fondation Kwahu Gold", "Kwahu Gold Foundation")


def test_a_company_is_no_short_form_of_the_foundation_named_after_it() -> None:
    groups = merged(
        analysis_of("a", entity("Fondation Kwahu Gold", "ORG")),
        analysis_of("b", entity("Kwahu Gold", "ORG")),
    )
    assert not together(groups, "Fondation Kwahu Gold", "Kwahu Gold")


def test_an_army_s_english_name_is_its_french_name() -> None:
    groups = merged(
        analysis_of("a", entity("Forces armées du Togo", "ORG")),
        analysis_of("b", entity("Togo Armed Forces", "ORG")),
    )
    assert together(groups, "Forces armées du Togo", "Togo Armed Forces")


def test_an_english_ow_is_the_french_ou_of_one_surname() -> None:
    groups = merged(
        analysis_of("a", entity("Abdul Karim Chowdhury", "PER")),
        analysis_of("b", entity("Abdul Karim Choudhury", "PER")),
    )
    assert together(groups, "Abdul Karim Chowdhury", "Abdul Karim Choudhury")


def test_a_body_s_english_name_in_apposition_names_it(analyze: Analyze) -> None:
    result = analyze("La Commission ghanéenne des forêts, la Forestry Commission, a publié jeudi la liste des permis.")
    assert entities_found(result)["Forestry Commission"][1] == "Commission ghanéenne des forêts"


def test_a_body_s_english_other_name_joins_its_french_name_in_another_article() -> None:
    groups = merged(
        analysis_of("a", entity("Commission ghanéenne des hydrocarbures", "ORG", text="Petroleum Commission")),
        analysis_of("b", entity("Commission du pétrole", "ORG")),
    )
    assert together(groups, "Petroleum Commission", "Commission du pétrole")


def test_a_body_s_other_name_of_another_kind_stays_apart() -> None:
    groups = merged(
        analysis_of("a", entity("Commission ghanéenne des hydrocarbures", "ORG", text="Petroleum Commission")),
        analysis_of("b", entity("Bureau du pétrole", "ORG")),
    )
    assert not together(groups, "Petroleum Commission", "Bureau du pétrole")


def test_an_english_acronym_spells_a_french_body_s_name_in_english_order() -> None:
    groups = merged(
        analysis_of("a", entity("Agence togolaise de protection de l'environnement", "ORG")),
        analysis_of("b", entity("EPA", "ORG")),
    )
    assert together(groups, "Agence togolaise de protection de l'environnement", "EPA")


def test_an_acronym_one_body_spells_in_french_order_and_another_in_english_joins_neither() -> None:
    groups = merged(
        analysis_of("a", entity("Agence togolaise de protection de l'environnement", "ORG")),
        analysis_of("b", entity("EPA", "ORG")),
        analysis_of("c", entity("Environnement, protection et aménagement", "ORG")),
    )
    assert not together(groups, "Agence togolaise de protection de l'environnement", "EPA")
