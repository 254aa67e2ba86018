"""Entities the fifth blind set (an Icelandic eruption, EU-Turkey customs talks, an LPG depot explosion)
found written several ways or run together: each behaviour on an invented French sentence."""

from __future__ import annotations

from recoupe.link.entities import merge_entities, name_key
from recoupe.model import DocumentAnalysis, Entity


def _entity(name: str, kind: str, text: str | None = None) -> Entity:
    return Entity(start=0, end=len(text or name), text=text or name, type=kind, name=name)  # type: ignore[arg-type]


def _doc(doc_id: str, *entities: Entity) -> DocumentAnalysis:
    return DocumentAnalysis(doc=doc_id, published=None, lang="fr", title=None, outlet=None, entities=list(entities))


def _merged(*docs: DocumentAnalysis) -> list[set[str]]:
    """The aliases of each merged entity, the documents all of one story."""
    return [set(e.aliases) for e in merge_entities(docs, {d.doc: "story" for d in docs})]


def _together(groups: list[set[str]], *names: str) -> bool:
    return any(set(names) <= group for group in groups)


def _entities(analysis) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {e.text: (e.type, e.name) for e in analysis.entities}


# -- across articles (link) ---------------------------------------------------------------------------


def test_icelandic_letters_read_as_their_transliteration() -> None:
    assert name_key("Þórdís Guðmundsdóttir") == name_key("Thordis Gudmundsdottir")
    assert name_key("Ragnar Þórhallsson") == name_key("Ragnar Thorhallsson")
    assert name_key("Paweł Łukaszewski") == name_key("Pawel Lukaszewski")
    assert name_key("Kerem Işıklar") == name_key("Kerem Isiklar")


def test_two_places_that_only_begin_alike_stay_apart() -> None:
    groups = _merged(
        _doc("a", _entity("Reykjavík", "LOC"), _entity("péninsule de Reykjanes", "LOC")),
        _doc("b", _entity("Reykjanes", "LOC"), _entity("Reykjanesbær", "LOC")),
    )
    assert _together(groups, "Reykjanes", "péninsule de Reykjanes")
    assert not _together(groups, "Reykjavík", "Reykjanes")
    assert not _together(groups, "Reykjanesbær", "Reykjanes")


def test_a_town_is_no_short_form_of_a_town_whose_hyphenated_name_holds_it() -> None:
    groups = _merged(
        _doc("a", _entity("Roussillon", "LOC"), _entity("Péage-de-Roussillon", "LOC")),
        _doc("b", _entity("UE", "ORG"), _entity("UE-Turquie", "ORG"), _entity("Tel Aviv", "LOC")),
        _doc("c", _entity("Tel-Aviv", "LOC")),
    )
    assert not _together(groups, "Roussillon", "Péage-de-Roussillon")
    assert not _together(groups, "UE", "UE-Turquie")
    assert _together(groups, "Tel Aviv", "Tel-Aviv")


def test_a_prefecture_named_as_an_organization_is_not_its_department() -> None:
    groups = _merged(_doc("a", _entity("préfecture de l'Isère", "ORG"), _entity("Isère", "LOC")))
    assert not _together(groups, "Isère", "préfecture de l'Isère")


def test_a_foreign_ministry_with_its_country_is_not_the_home_ministry_of_more_portfolios() -> None:
    groups = _merged(
        _doc("a", _entity("ministère de l'Europe et des Affaires étrangères", "ORG")),
        _doc("b", _entity("ministère islandais des Affaires étrangères", "ORG"), _entity("Quai d'Orsay", "LOC")),
    )
    assert not _together(
        groups, "ministère islandais des Affaires étrangères", "ministère de l'Europe et des Affaires étrangères"
    )
    assert _together(groups, "Quai d'Orsay", "ministère de l'Europe et des Affaires étrangères")


def test_an_english_demonym_counts_as_its_country() -> None:
    groups = _merged(
        _doc("a", _entity("Institut météorologique islandais", "ORG")),
        _doc("b", _entity("Icelandic Meteorological Office", "ORG")),
    )
    assert _together(groups, "Institut météorologique islandais", "Icelandic Meteorological Office")


def test_a_hyphenated_acronym_spells_its_body_and_a_dotless_spelling_is_the_same_acronym() -> None:
    groups = _merged(
        _doc("a", _entity("Bureau d'enquêtes et d'analyses sur les risques industriels", "ORG")),
        _doc("b", _entity("BEA-RI", "ORG")),
        _doc("c", _entity("Assemblée des exportateurs de Turquie", "ORG", "TİM")),
        _doc("d", _entity("TIM", "ORG")),
    )
    assert _together(groups, "BEA-RI", "Bureau d'enquêtes et d'analyses sur les risques industriels")
    assert _together(groups, "TIM", "TİM", "Assemblée des exportateurs de Turquie")


# -- within an article (analyze) -----------------------------------------------------------------------


def test_a_scientist_s_title_before_a_surname_makes_it_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    said = analyze("« La lave ralentit », a déclaré la volcanologue Þórdís Guðmundsdóttir.")
    assert _entities(said)["Þórdís Guðmundsdóttir"][0] == "PER"
    alone = analyze("Pour la volcanologue Guðmundsdóttir, « le réservoir continue de se remplir ».")
    assert _entities(alone)["Guðmundsdóttir"][0] == "PER"


def test_an_acronym_then_an_english_name_in_brackets_name_the_body_before(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Institut météorologique norvégien (NMI, Norwegian Meteorological Institute en anglais) a relevé "
        "des vents violents. Le NMI maintient son alerte."
    )
    found = _entities(analysis)
    assert found["NMI"] == ("ORG", "Institut météorologique norvégien")
    assert found["Norwegian Meteorological Institute"] == ("ORG", "Institut météorologique norvégien")


def test_a_foreign_acronym_with_its_own_letters_names_the_body_before(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'Union des chambres de Turquie (TOBB) et l'Assemblée des exportateurs (TİM) ont protesté.")
    assert _entities(analysis)["TİM"] == ("ORG", "Assemblée des exportateurs")


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
    assert _entities(analysis)["Valmoreau"][0] == "ORG"


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
    found = _entities(analysis)
    assert found["commission des affaires juridiques"][0] == "ORG"
    assert found["JURI"] == ("ORG", "commission des affaires juridiques")
    assert not _entities(analyze("Le prix du gaz naturel liquéfié (GNL) a bondi."))  # a term is still none


def test_a_role_s_portfolio_with_its_adjective_is_no_entity(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La ministre de la Transition écologique, Sandrine Aubertin, a demandé un rapport.")
    assert set(_entities(analysis)) == {"Sandrine Aubertin"}


def test_a_hyphenated_role_with_its_portfolio_is_no_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le négociateur en chef, Kerem Aydın, vice-ministre du Commerce, a quitté la salle.")
    assert set(_entities(analysis)) == {"Kerem Aydın"}
