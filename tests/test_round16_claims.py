"""Claims, sixteenth round: who asserts a figure, from general causes seen in many sets.

* a bracket or a relative clause that closes on the subject before a reporting verb opens no incise: the words
  after the verb are its object, the subject before it gives the figure;
* a participle inside a body's name (``des Nations unies``) does not cut the name short;
* a present form in ``-tient`` (``maintient``) is the verb ``-tenir`` when the tagger takes it for a noun;
* an acronym names a body even when the recognizer missed it, and a district's administration is an
  authority;
* ``corriger`` a toll and ``parler de`` a figure report it.

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- an aside that closes on the subject opens no incise ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "who"),
    [
        (
            "La Ligue marocaine des droits humains (LMDH) a dénombré vendredi neuf morts dans la région.",
            [("killed", 9)],
            "La Ligue marocaine des droits humains (LMDH)",
        ),
        (
            "Le Comité international de secours (CIS) chiffre à 4 000 le nombre de sinistrés.",
            [("displaced", 4000)],
            "Le Comité international de secours (CIS)",
        ),
        (
            "La fédération, qui regroupe les comités de quartier, avance un tout autre bilan : 31 blessés.",
            [("injured", 31)],
            "La fédération",
        ),
        (
            "Le collectif, qui suit les procès depuis juin, recense désormais 212 interpellations.",
            [("arrested", 212)],
            "Le collectif",
        ),
    ],
)
def test_a_closed_aside_leaves_the_subject_before_the_verb(
    analyze: Analyze, text: str, expected: list[tuple[str, int]], who: str
) -> None:
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == expected
    assert source(found[0]) == who


def test_an_incise_after_a_figure_still_names_its_speaker(analyze: Analyze) -> None:
    """A comma after the figure's own clause still opens an incise whose subject follows the verb."""
    found = claims(analyze("Douze mineurs ont été blessés, a indiqué mardi la compagnie minière."))
    assert [(c.category, c.value) for c in found] == [("injured", 12)]
    assert source(found[0]) == "la compagnie minière"


def test_a_bracketed_acronym_then_parts_of_the_total(analyze: Analyze) -> None:
    text = "L'Association des familles de victimes (AFV) a compté lundi 27 morts, dont onze femmes, sur le site."
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 27), ("killed", 11)]
    assert all(source(c) == "L'Association des familles de victimes (AFV)" for c in found)


# -- a participle inside a body's name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Le Programme des Nations unies au Soudan a porté jeudi son bilan à 48 morts.",
            "Le Programme des Nations unies au Soudan",
        ),
        (
            "La Mission des Nations unies en Libye a recensé 15 blessés après les heurts.",
            "La Mission des Nations unies en Libye",
        ),
        ("Le Bureau des Émirats arabes unis a dénombré 7 disparus.", "Le Bureau des Émirats arabes unis"),
    ],
)
def test_a_participle_inside_the_name_keeps_the_whole_body(analyze: Analyze, text: str, who: str) -> None:
    found = claims(analyze(text))
    assert len(found) == 1
    assert source(found[0]) == who


# -- ``maintient`` taken for a noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "who"),
    [
        ("La préfecture maintient pour sa part un bilan de 14 morts.", ("killed", 14), "La préfecture"),
        (
            "Le gouvernement du Nord maintient pour sa part un bilan de 3 400 morts.",
            ("killed", 3400),
            "Le gouvernement du Nord",
        ),
        ("Le syndicat des mineurs maintient le chiffre de 300 grévistes arrêtés.", ("arrested", 300), None),
        ("Le gouvernement provincial maintient 62 disparus dans son dernier point.", ("missing", 62), None),
    ],
)
def test_a_tient_form_is_the_verb_of_its_subject(
    analyze: Analyze, text: str, expected: tuple[str, int], who: str | None
) -> None:
    found = claims(analyze(text))
    assert (found[0].category, found[0].value) == expected
    assert source(found[0]) is not None
    if who is not None:
        assert source(found[0]) == who


# -- an acronym or a district's administration after a report noun -----------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Selon le dernier décompte de la FIDH, publié lundi, 19 personnes ont été tuées.", "la FIDH"),
        ("D'après le bilan de l'UNRWA, actualisé mercredi, 2 300 personnes ont été déplacées.", "l'UNRWA"),
        (
            "Selon un rapport de l'administration du comté, consulté par la presse, 800 personnes ont été évacuées.",
            "l'administration du comté",
        ),
        ("L'administration régionale a dénombré 45 blessés.", "L'administration régionale"),
    ],
)
def test_an_acronym_or_an_administration_asserts(analyze: Analyze, text: str, who: str) -> None:
    found = claims(analyze(text))
    assert len(found) == 1
    assert source(found[0]) == who


def test_a_report_of_a_year_names_no_one(analyze: Analyze) -> None:
    """A capitalized word that is no acronym (a month, a place) still names no one."""
    found = claims(analyze("Selon le bilan de mars, 19 personnes ont été tuées."))
    assert len(found) == 1
    assert source(found[0]) is None


# -- ``corriger`` a toll, ``parler de`` a figure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mardi, la mairie a corrigé à la hausse le bilan, désormais de 23 morts.", "la mairie"),
        ("Le ministère de la Santé a corrigé son bilan : 41 blessés.", "Le ministère de la Santé"),
        ("Le gouverneur, Paul Ndiaye, parle de 60 morts.", "Le gouverneur, Paul Ndiaye"),
        ("L'opposition parle pour sa part de 2 000 arrestations.", "L'opposition"),
    ],
)
def test_correcting_or_speaking_of_a_figure_reports_it(analyze: Analyze, text: str, who: str) -> None:
    found = claims(analyze(text))
    assert len(found) == 1
    assert source(found[0]) == who
