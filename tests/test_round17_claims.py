"""Claims, seventeenth round: who asserts a figure when the parse breaks the verb chain, and one person of a
population inside a total. Kinds counted over every set's misses, each seen in three sets or more:

* a subject that acts and counts (``la police a arrêté…``) lost its figure when the tagger broke the chain
  between them: an aside after the auxiliary (``a pour sa part soigné``, ``a de son côté recensé``), a
  causative (``a fait arrêter``), a verb coordinated with the one that has the subject (``a ouvert une
  enquête et placé en garde à vue``); a judge and a guard corps are authorities too;
* ``par X`` names who gives a figure also when a day stands between participle and agent (``les 30 annoncés
  jeudi par l'armée``), when the counted noun is a participle (``les 1 200 évacués annoncés par…``), and
  after a bare participle (``Parmi les victimes recensées par l'ONU figurent…``); a passive has no inverted
  subject (``a été revu mardi par l'état-major : …``);
* ``dont un policier`` counts one of a population inside the total, as ``dont deux policiers`` would
  (not ``dont un homme``, ``dont une partie`` nor ``dont un dans un état grave``).

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _counts(result: DocumentAnalysis) -> list[tuple[str, float | int | None, str | None]]:
    return [(c.category, c.value, source(c)) for c in claims(result)]


# -- the subject that acts keeps its figure though the parse breaks the verb chain ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside after the auxiliary
        ("L'hôpital a pour sa part soigné 40 blessés.", [("injured", 40, "L'hôpital")]),
        ("La préfecture a de son côté interpellé 12 personnes.", [("arrested", 12, "La préfecture")]),
        (
            "La Garde nationale a par ailleurs arrêté dimanche soir deux passeurs, soupçonnés de trafic.",
            [("arrested", 2, "La Garde nationale")],
        ),
        # a causative
        (
            "Le procureur de Rennes a fait arrêter six personnes, dont le gérant du bar.",
            [("arrested", 6, "Le procureur de Rennes")],
        ),
        ("La juge d'instruction a fait placer en détention trois hommes.", [("arrested", 3, "La juge d'instruction")]),
        ("Le parquet a quant à lui fait arrêter huit suspects.", [("arrested", 8, "Le parquet")]),
        # a verb coordinated with the one that has the subject
        (
            "Le procureur a ouvert une enquête et placé en garde à vue trois personnes.",
            [("arrested", 3, "Le procureur")],
        ),
        ("La gendarmerie a bouclé le quartier et interpellé 14 jeunes.", [("arrested", 14, "La gendarmerie")]),
        (
            "Les pompiers ont fouillé les décombres toute la nuit et retrouvé cinq corps.",
            [("killed", 5, "Les pompiers")],
        ),
    ],
)
def test_subject_of_a_broken_verb_chain_gives_the_figure(analyze: Analyze, text: str, expected: list) -> None:
    assert _counts(analyze(text)) == expected


def test_an_aside_keeps_a_named_body_as_source(analyze: Analyze) -> None:
    [claim] = claims(analyze("La Croix-Rouge a de son côté recensé 40 blessés."))
    assert claim.category == "injured" and "Croix-Rouge" in (source(claim) or "")


def test_an_ordinary_subject_is_still_no_source(analyze: Analyze) -> None:
    """Whoever acts is no source unless it can put out a figure: attackers kill, they do not count."""
    assert _counts(analyze("Des hommes armés ont tué 12 villageois.")) == [("killed", 12, None)]


# -- ``par X`` after a reporting participle ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "who"),
    [
        ("L'ONG recense 45 morts, loin des 30 morts annoncés jeudi par l'armée.", 30, "l'armée"),
        ("La mairie compte 2 000 sinistrés, loin des 5 000 sinistrés avancés lundi soir par l'ONU.", 5000, "l'ONU"),
        (
            "Le HCR recense 8 000 réfugiés, contre 5 000 déplacés annoncés mardi par le gouvernement.",
            5000,
            "le gouvernement",
        ),
        (
            "Une ONG affirme qu'environ 900 personnes ont été évacuées, bien plus que les 600 évacués annoncés par la "
            "préfecture.",
            600,
            "la préfecture",
        ),
        ("Le séisme a fait 2 000 morts. Parmi les victimes recensées par l'ONU figurent 310 enfants.", 310, "l'ONU"),
        (
            "Parmi les personnes interpellées et recensées par la préfecture figurent 12 mineurs.",
            12,
            "la préfecture",
        ),
        (
            "Le bilan de l'incendie du marché, dans le centre-ville, a été revu à la hausse mardi par la protection "
            "civile : neuf personnes y ont péri.",
            9,
            "la protection civile",
        ),
    ],
)
def test_agent_of_a_reporting_participle_gives_the_figure(analyze: Analyze, text: str, value: int, who: str) -> None:
    found = {c.value: source(c) for c in claims(analyze(text))}
    assert found[value] == who


# -- ``dont un policier``: one of a population inside the total ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("L'explosion a fait quatre morts, dont un enfant.", ("killed", 1)),
        ("Onze personnes ont été blessées, dont une infirmière, selon la mairie.", ("injured", 1)),
        ("Trois gendarmes ont été blessés, dont un hospitalisé.", ("hospitalized", 1)),
        ("La police a interpellé 20 personnes, dont un mineur.", ("arrested", 1)),
        ("Le porte-parole a fait état de trois morts, « dont un soldat abattu près du pont ».", ("killed", 1)),
    ],
)
def test_one_of_a_population_is_a_subset(analyze: Analyze, text: str, part: tuple[str, int]) -> None:
    assert part in [(c.category, c.value) for c in claims(analyze(text))]


def test_one_of_a_population_keeps_the_totals_source(analyze: Analyze) -> None:
    found = _counts(analyze("Onze personnes ont été blessées, dont une infirmière, selon la mairie."))
    assert found == [("injured", 11, "la mairie"), ("injured", 1, "la mairie")]


@pytest.mark.parametrize(
    "text",
    [
        "La ville pleure ses 13 victimes, dont un homme retrouvé mort mardi.",
        "Huit supporters ont été blessés, dont un jeune homme de la ville.",
        "Six personnes sont mortes, parmi lesquelles un ouvrier agricole de 54 ans.",
        "Trois blessés sont hospitalisés, dont une femme dans un état critique.",
        "Douze blessés sont hospitalisés, dont un dans un état grave.",
        "Quarante familles ont été relogées, dont une partie à l'hôtel.",
    ],
)
def test_one_person_of_no_population_is_no_figure(analyze: Analyze, text: str) -> None:
    assert [c.value for c in claims(analyze(text)) if c.value == 1] == []
