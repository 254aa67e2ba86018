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
