"""Stories and entities, eighth round: a follow-up's toll update dated by the day it is announced, and names that
outlets transliterate their own way or give an English acronym in brackets. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import analysis_of, entities_found, entity, merged, together
from recoupe.link.stories import LEAD_DAY, StoryIndex
from recoupe.model import Article, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]
StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

SINKING = (
    "Naufrage d'un ferry au large de Sfax : au moins neuf morts\n\n"
    "Au moins neuf personnes ont péri vendredi soir dans le naufrage d'un ferry qui reliait Sfax aux îles "
    "Kerkennah, a annoncé samedi la garde nationale tunisienne. Le navire transportait 140 passagers.\n\n"
    "Les plongeurs de la garde nationale fouillent l'épave, couchée par douze mètres de fond au large de Sfax."
)
TOLL_UPDATE = (
    "Le bilan du naufrage du ferry Sfax-Kerkennah s'élève désormais à 17 morts, a annoncé ce lundi la garde "
    "nationale, après la découverte de quatre nouveaux corps près de l'épave.\n\n"
    "Les plongeurs poursuivent leurs recherches au large de Sfax, où deux passagers restent portés disparus. "
    "Le ministre du Transport a promis une enquête sur l'état du navire."
)


def test_the_day_a_toll_is_announced_is_not_the_incident_s_day(analyze: Analyze) -> None:
    """``a annoncé ce lundi`` dates the announcement: the follow-up's lead tells no incident on Monday."""
    article = Article(id="bilan", text=TOLL_UPDATE, published="2025-03-10")
    vector = StoryIndex().features(article, analyze(TOLL_UPDATE, published="2025-03-10"))
    assert f"{LEAD_DAY}2025-03-10" not in vector


def test_a_toll_update_three_days_on_joins_its_incident(stories_of: StoriesOf) -> None:
    stories = stories_of({"naufrage": ("2025-03-08", SINKING), "bilan": ("2025-03-10", TOLL_UPDATE)})
    assert stories["naufrage"] == stories["bilan"]


def test_a_cyrillic_kh_written_h_and_a_vowel_are_one_person_s_spellings() -> None:
    """``Timour Rakhmonov`` (French) and ``Timur Rahmonov`` (a Tajik spelling), ``Rustam Nazarzoda`` and
    ``Rustam Nazarzada``: two outlets of one story, each keeping to its own spelling."""
    groups = merged(
        analysis_of("a", entity("Timour Rakhmonov", "PER"), entity("Rustam Nazarzoda", "PER")),
        analysis_of("b", entity("Timur Rahmonov", "PER"), entity("Rustam Nazarzada", "PER")),
    )
    assert together(groups, "Timour Rakhmonov", "Timur Rahmonov")
    assert together(groups, "Rustam Nazarzoda", "Rustam Nazarzada")


def test_both_words_of_a_name_may_vary_and_a_cyrillic_v_may_be_written_u() -> None:
    groups = merged(
        analysis_of("a", entity("Davron Nazarzoda", "PER")), analysis_of("b", entity("Dauron Nazarzada", "PER"))
    )
    assert together(groups, "Davron Nazarzoda", "Dauron Nazarzada")


def test_two_names_one_article_writes_both_of_stay_two_people() -> None:
    groups = merged(analysis_of("a", entity("Rustam Nazarzoda", "PER"), entity("Rustam Nazarzada", "PER")))
    assert not together(groups, "Rustam Nazarzoda", "Rustam Nazarzada")


def test_another_consonant_in_a_surname_is_another_family() -> None:
    groups = merged(
        analysis_of("a", entity("Pierre Martinez", "PER")), analysis_of("b", entity("Pierre Marquez", "PER"))
    )
    assert not together(groups, "Pierre Martinez", "Pierre Marquez")
    groups = merged(analysis_of("a", entity("Jean Lambert", "PER")), analysis_of("b", entity("Jean Lampert", "PER")))
    assert not together(groups, "Jean Lambert", "Jean Lampert")


def test_an_english_un_acronym_bracketed_after_a_description_joins_the_french_acronym_s_body() -> None:
    """``l'Agence des Nations unies pour les réfugiés (UNHCR)`` in one article, ``le Haut-Commissariat des Nations
    unies pour les réfugiés (HCR)`` in another: one body, its English acronym the French one after ``UN``."""
    groups = merged(
        analysis_of(
            "a",
            entity("Haut-Commissariat des Nations unies pour les réfugiés", "ORG"),
            entity("Haut-Commissariat des Nations unies pour les réfugiés", "ORG", "HCR"),
        ),
        analysis_of(
            "b",
            entity("Agence des Nations unies pour les réfugiés", "ORG"),
            entity("Agence des Nations unies pour les réfugiés", "ORG", "UNHCR"),
        ),
    )
    assert together(
        groups, "Haut-Commissariat des Nations unies pour les réfugiés", "Agence des Nations unies pour les réfugiés"
    )


def test_a_mission_s_country_before_its_bracketed_short_name_is_the_name_s(analyze: Analyze) -> None:
    """spaCy stops ``Mission des Nations unies`` before ``au Soudan du Sud``: the short name in brackets after the
    country says the country is part of the body's name."""
    found = entities_found(
        analyze("La Mission des Nations unies au Soudan du Sud (Minuss) a condamné mardi les combats de Malakal.")
    )
    assert found["Minuss"] == ("ORG", "Mission des Nations unies au Soudan du Sud")


def test_a_person_and_a_country_before_an_agency_in_brackets_stay_apart(analyze: Analyze) -> None:
    found = entities_found(analyze("Le ministre Jean Dupont en France (AFP) a parlé de la réforme des retraites."))
    assert found["Jean Dupont"] == ("PER", "Jean Dupont")
    assert found["France"][0] == "LOC"
