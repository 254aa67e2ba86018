"""Entities, eighth round: name forms that cut or lose a name in any French news text — a given name spaCy left
before a surname, a verb it ran a name into, a role and portfolio it took into a name, a name written after a
speech verb, a body's name on ``droits de l'homme``. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import entities_found
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def test_a_given_name_before_a_surname_is_the_name_s(analyze: Analyze) -> None:
    """``Ayşe`` is no word the French model knows as a first name: the name is still ``Ayşe Demir``."""
    found = entities_found(
        analyze("« On nous dit d'attendre », a confié à l'AFP Ayşe Demir, 34 ans, sœur d'un mineur.")
    )
    assert found["Ayşe Demir"][0] == "PER"
    assert "Demir" not in found


def test_a_civility_before_a_surname_stays_out_of_the_name(analyze: Analyze) -> None:
    found = entities_found(analyze("Selon Mme Demir, la galerie était fermée depuis la veille."))
    assert "Demir" in found and "Mme Demir" not in found


def test_a_verb_after_a_name_is_not_the_name_s(analyze: Analyze) -> None:
    found = entities_found(analyze("Dans le camp d'en face, Kouassi N'Guessan savoure sa victoire."))
    assert "Kouassi N'Guessan" in found
    assert not any("savoure" in text for text in found)


def test_a_participle_inside_a_body_s_name_stays(analyze: Analyze) -> None:
    found = entities_found(analyze("Les Forces armées royales ont défilé devant la tribune officielle."))
    assert "Forces armées royales" in found


def test_the_holder_of_a_role_and_portfolio_is_a_person(analyze: Analyze) -> None:
    """``ministre de l'Énergie Murat Kalkan``: spaCy may take the whole as one organization."""
    found = entities_found(
        analyze("Le bilan s'établit à 21 morts, a indiqué le ministre de l'Énergie Murat Kalkan, très ému.")
    )
    assert found["Murat Kalkan"][0] == "PER"
    found = entities_found(analyze("Le ministre des Affaires étrangères Hakan Fidan est arrivé vendredi à Bakou."))
    assert found["Hakan Fidan"][0] == "PER"


def test_a_role_and_portfolio_without_a_name_names_no_one(analyze: Analyze) -> None:
    found = entities_found(analyze("Le ministre de la Santé a visité l'hôpital de Brest mardi."))
    assert not any("Santé" in text and kind == "PER" for text, (kind, _) in found.items())


def test_a_full_name_written_after_a_speech_verb_is_a_person(analyze: Analyze) -> None:
    result = analyze("« Nous ne perdons pas espoir », a assuré jeudi matin Murat Kalkan. Les recherches continuent.")
    assert entities_found(result)["Murat Kalkan"][0] == "PER"
    (quote,) = result.quotes
    assert quote.speaker is not None and quote.speaker.entity == "Murat Kalkan"


def test_a_body_named_on_human_rights_keeps_de_l_homme(analyze: Analyze) -> None:
    found = entities_found(
        analyze("Le Haut-Commissariat des Nations unies aux droits de l'homme a demandé une enquête indépendante.")
    )
    assert "Haut-Commissariat des Nations unies aux droits de l'homme" in found


def test_a_second_acronym_in_the_brackets_names_the_body_too(analyze: Analyze) -> None:
    found = entities_found(
        analyze(
            "La région subit les attaques du Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son "
            "acronyme arabe). Le JNIM a revendiqué l'embuscade."
        )
    )
    assert found["JNIM"] == ("ORG", "Groupe de soutien à l'islam et aux musulmans")


def test_a_rare_word_in_brackets_after_a_body_is_its_short_name(analyze: Analyze) -> None:
    """``(Ocha)``: the English acronym of the French name before it, written as a word."""
    found = entities_found(
        analyze(
            "Selon le Bureau de la coordination des affaires humanitaires des Nations unies (Ocha), 900 familles "
            "ont fui. L'Ocha réclame des fonds."
        )
    )
    assert found["Ocha"] == ("ORG", "Bureau de la coordination des affaires humanitaires des Nations unies")


def test_a_place_in_brackets_after_a_body_stays_a_place(analyze: Analyze) -> None:
    found = entities_found(analyze("La Fédération française de football (Paris) a saisi la commission de discipline."))
    assert found.get("Paris", ("LOC", ""))[0] == "LOC"


def test_initials_of_a_transliterated_name_skip_its_particles_and_keep_its_words_whole() -> None:
    from recoupe.link.entities import initials

    assert initials("Jama'at Nusrat al-Islam wal-Muslimin") == "JNIM"
    assert initials("Groupe de soutien à l'islam et aux musulmans") == "GSIM"
    assert initials("Organisation du traité de sécurité collective") == "OTSC"


def test_one_person_whose_particle_outlets_join_or_part_is_one_entity() -> None:
    from entity_helpers import analysis_of, entity, merged, together

    groups = merged(
        analysis_of("a", entity("Ibrahim Alkassoum Dandobi", "PER"), entity("Niamey", "LOC")),
        analysis_of("b", entity("Ibrahim Al-Kassoum Dandobi", "PER"), entity("Niamey", "LOC")),
    )
    assert together(groups, "Ibrahim Alkassoum Dandobi", "Ibrahim Al-Kassoum Dandobi")


def test_an_acronym_one_outlet_writes_as_a_word_is_the_one_another_writes_in_capitals() -> None:
    from entity_helpers import analysis_of, entity, merged, together

    groups = merged(
        analysis_of(
            "a",
            entity("Bureau de la coordination des affaires humanitaires", "ORG"),
            entity("Bureau de la coordination des affaires humanitaires", "ORG", "OCHA"),
        ),
        analysis_of(
            "b",
            entity("Bureau onusien de coordination humanitaire", "ORG"),
            entity("Bureau onusien de coordination humanitaire", "ORG", "Ocha"),
        ),
    )
    assert together(groups, "OCHA", "Ocha")
