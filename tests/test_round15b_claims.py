"""Claims, fifteenth round (second pass): people counted but left ``other``, and a crowd given as two
competing counts. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import scored
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- a crowd given as two competing counts, each with its counter -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reflexive verb after both sources, the second figure with its qualifier
        (
            "Près de 700 personnes selon la gendarmerie, plus de 2 000 selon le collectif, se sont réunies devant "
            "le lycée.",
            [("participants", 700), ("participants", 2000)],
        ),
        # a verb of no category (``ont réclamé``)
        (
            "Environ 3 000 parents selon le rectorat, 8 000 selon la FCPE, ont réclamé des postes d'enseignants.",
            [("participants", 3000), ("participants", 8000)],
        ),
        # no verb at all
        (
            "À Rennes, 4 200 personnes selon la préfecture, 11 000 selon les syndicats.",
            [("participants", 4200), ("participants", 11000)],
        ),
        # a pronoun holds the figures
        (
            "Ils étaient 900 selon la police, 2 500 d'après les organisateurs.",
            [("participants", 900), ("participants", 2500)],
        ),
        # bare figures after a clause that says a crowd marched
        (
            "Les infirmières ont défilé samedi à Lille : 1 800 selon la police, 5 000 selon la CGT.",
            [("participants", 1800), ("participants", 5000)],
        ),
    ],
)
def test_two_competing_counts_are_one_crowd(analyze: Analyze, text: str, expected: list[tuple[str, int]]) -> None:
    assert scored(analyze(text)) == expected


def test_competing_counts_keep_a_category_their_noun_gives(analyze: Analyze) -> None:
    found = scored(analyze("On déplore 14 morts selon le gouvernement, 40 selon l'opposition."))
    assert found == [("killed", 14), ("killed", 40)]


def test_bare_competing_figures_without_a_crowd_count_no_one(analyze: Analyze) -> None:
    assert scored(analyze("Le déficit atteint 3 selon Bercy, 5 selon la Cour des comptes.")) == []


# -- a subject's verb past an aside that holds things counted, or before a reflexive clitic ------------------


def test_a_participle_aside_with_counted_things_before_the_verb(analyze: Analyze) -> None:
    text = "Quelque 450 pompiers, appuyés par 90 camions et trois avions, étaient mobilisés lundi dans le Gard."
    assert scored(analyze(text)) == [("troops", 450)]


def test_an_apposed_description_before_a_reflexive_verb(analyze: Analyze) -> None:
    text = "Jeudi, plusieurs centaines de personnes, surtout des étudiants, se sont rassemblées devant le rectorat."
    assert [c for c, _ in scored(analyze(text))] == ["participants"]


# -- an attempt: the infinitive after ``tenter de`` is the act counted ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs centaines de jeunes, selon la mairie, ont tenté de bloquer le pont.",
        "Environ 200 grévistes ont essayé de bloquer l'entrée de l'usine.",
        "Quelques dizaines de militants tentaient d'occuper le hall de la gare.",
    ],
)
def test_an_attempted_act_counts_its_subject(analyze: Analyze, text: str) -> None:
    assert [c for c, _ in scored(analyze(text))] == ["participants"]


# -- forces and rescuers at work, or held by a camp or a garrison -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quelque 700 pompiers luttent toujours contre le feu dans les Landes.", 700),
        ("Environ 150 gendarmes fouillent depuis mardi les bois autour du village.", 150),
        ("Plus de 60 sauveteurs, policiers et militaires se sont relayés toute la nuit.", 60),
        ("La caserne abritait environ 300 militaires au moment de l'attaque.", 300),
        ("La garnison comptait près de 90 hommes avant l'assaut.", 90),
        ("Les jihadistes ont attaqué une garnison de 120 hommes à l'aube.", 120),
    ],
)
def test_forces_at_work_or_stationed(analyze: Analyze, text: str, value: int) -> None:
    assert scored(analyze(text)) == [("troops", value)]


def test_other_people_at_work_are_no_forces(analyze: Analyze) -> None:
    assert scored(analyze("Environ 400 habitants luttent contre les flammes avec des seaux.")) == []


# -- kin are people: a verb after them counts them ----------------------------------------------------------


def test_mothers_and_wives_before_a_protest_verb(analyze: Analyze) -> None:
    text = "Près d'une cinquantaine de mères et d'épouses de marins avaient manifesté devant l'armateur."
    assert scored(analyze(text)) == [("participants", 50)]


# -- ``se trouver`` as a copula before a state; participles of harm --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon le parquet, 95 personnes se trouvaient en garde à vue mardi soir.", [("arrested", 95)]),
        ("Douze supporters se trouvent toujours en garde à vue au commissariat.", [("arrested", 12)]),
        ("Près de 40 000 personnes se trouvaient hors de chez elles après la crue.", [("displaced", 40000)]),
        ("Trois techniciens ont été légèrement intoxiqués par les fumées.", [("injured", 3)]),
        ("Au moins six reporters ont été agressés pendant le rassemblement.", [("injured", 6)]),
    ],
)
def test_states_and_participles_of_people(analyze: Analyze, text: str, expected: list[tuple[str, int]]) -> None:
    assert scored(analyze(text)) == expected


# -- a participle with an infinitive complement describes the subject; its verb comes after -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Deux hommes soupçonnés d'avoir allumé le feu ont été arrêtés samedi.",
        "Trois suspects, soupçonnés d'avoir incendié la forêt, ont été placés en détention provisoire.",
        "Quatre jeunes accusés d'avoir tagué la mairie ont été interpellés lundi.",
    ],
)
def test_suspected_of_having_done(analyze: Analyze, text: str) -> None:
    assert [c for c, _ in scored(analyze(text))] == ["arrested"]


def test_a_partitive_of_people(analyze: Analyze) -> None:
    assert scored(analyze("Deux des infirmiers avaient été blessés pendant la mutinerie.")) == [("injured", 2)]


def test_an_article_in_apposition_takes_no_far_verb(analyze: Analyze) -> None:
    """``La victime, un lycéen … de 17 ans, a été …``: the apposition names the victim, it counts no one."""
    found = scored(analyze("La victime, un lycéen en terminale de 17 ans, a été mortellement blessée."))
    assert found == []


def test_an_age_complement_before_the_verb(analyze: Analyze) -> None:
    assert scored(analyze("Un passant de 52 ans a été blessé par une balle perdue.")) == [("injured", 1)]


def test_things_listed_with_the_subject_share_its_verb(analyze: Analyze) -> None:
    """``3 000 manifestants et 200 tracteurs ont pris part``: the claim of the people stops before the things."""
    found = analyze("Selon la police, quelque 3 000 manifestants et environ 200 tracteurs ont pris part au cortège.")
    people = [c for c in found.claims if c.category == "participants"]
    assert [(c.text, c.value) for c in people] == [("quelque 3 000 manifestants", 3000)]
