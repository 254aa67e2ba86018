"""Claim groups, eleventh round: a part that names its whole (``Parmi les disparus figurent…``) stays a part
after a figure of another kind; people evacuated ahead of a disaster are not its displaced; a dispatch's
dateline town is no figure's place; a figure that counts what the placed one before it counts (``quand la
mairie en compte quatorze``, ``son propre chiffre``, ``pour leur part``, ``tués et cinq blessés``) takes
its place; an aside's tense (``, qui avaient éclaté le 3 mai,``) is not the figure's; one victim's body
or death told is a part of the toll. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import filed_from, names_own_whole, one_victim_told, population
from recoupe.model import Claim


def _claim(text: str, figure: str, category: str, value: int, **fields: object) -> Claim:
    start = text.index(figure)
    return Claim(text=figure, start=start, end=start + len(figure), category=category, value=value, **fields)  # type: ignore[arg-type]


def test_a_part_naming_its_whole_of_its_own_kind() -> None:
    """``Parmi les disparus figurent trois bergers``: the whole is named, a count of the missing."""
    text = "Vingt blessés ont été soignés. Parmi les disparus figurent trois bergers du village."
    assert names_own_whole(_claim(text, "trois bergers", "missing", 3), text)
    assert not names_own_whole(_claim(text, "trois bergers", "killed", 3), text)


def test_a_named_part_after_another_kind_stays_a_part(analyzer: Analyzer) -> None:
    """The part of the missing after an injured count does not contradict the missing's toll."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Après la crue, douze personnes sont portées disparues, selon la préfecture. Vingt blessés ont été "
            "hospitalisés à Tarbes. Parmi les disparus figurent trois bergers partis en estive.",
            "2026-06-02",
        ),
        ("b", "Selon la préfecture, quinze personnes sont toujours portées disparues après la crue.", "2026-06-03"),
    )
    missing = [g for g in groups_of(dossier, "missing") if {r.value for r in g.reports} & {12, 15}]
    assert len(missing) == 1
    assert 3 not in {r.value for r in missing[0].reports}
    assert missing[0].verdict == "update"


def test_people_evacuated_ahead_are_their_own_figure() -> None:
    """``évacuées préventivement avant l'arrivée de la tempête``: fixed before the event, not its toll."""
    text = "Quelque 2 000 personnes avaient été évacuées préventivement avant l'arrivée de la tempête."
    ahead = _claim(text, "Quelque 2 000 personnes", "displaced", 2000, subject="personnes")
    text2 = "Quelque 9 000 personnes ont été évacuées après la rupture de la digue."
    after = _claim(text2, "Quelque 9 000 personnes", "displaced", 9000, subject="personnes")
    assert population(ahead, text) != population(after, text2)


def test_the_dateline_town_is_not_the_figure_place() -> None:
    """``LIMA, 4 mai 2026 (AFP) - Au moins 9 morts``: the town the wire was filed from."""
    text = "LIMA, 4 mai 2026 (AFP) - Au moins neuf personnes ont été tuées par les pluies dans le nord du pays."
    assert filed_from(text, text.index("Au moins"), "LIMA")
    assert not filed_from(text, text.index("Au moins"), "Piura")
    plain = "À Lima, au moins neuf personnes ont été tuées."
    assert not filed_from(plain, plain.index("au moins"), "Lima")


def test_a_count_set_against_a_placed_one_takes_its_place(analyzer: Analyzer) -> None:
    """``la préfecture attribue six décès à Ajaccio, quand la mairie en compte dix`` and ``son propre
    chiffre``: the town's counts disagree; the national toll stays apart."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au moins 30 personnes ont été tuées par la tempête en Corse, selon la préfecture.\n\n"
            "Mais les chiffres divergent : la préfecture attribue six décès à Ajaccio, quand la mairie en compte "
            "dix.",
            "2026-10-02",
        ),
        (
            "b",
            "Selon la préfecture, 34 personnes ont été tuées par la tempête en Corse.\n\n"
            "La préfecture a porté à sept le nombre de morts à Ajaccio. La mairie maintient son propre chiffre "
            "de 10 victimes.",
            "2026-10-04",
        ),
    )
    killed = groups_of(dossier, "killed")
    whole = [g for g in killed if {r.value for r in g.reports} & {30, 34}]
    assert len(whole) == 1
    assert {r.value for r in whole[0].reports} == {30, 34}


def test_a_toll_joined_by_et_takes_the_place_of_the_one_before(analyzer: Analyzer) -> None:
    """``Trois gendarmes ont été tués à Kidal et quatre blessés``: the injured are Kidal's too."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Dix soldats ont été blessés à Gao jeudi, selon l'armée.\n\n"
            "Dimanche, trois soldats ont été tués à Kidal et quatre blessés, selon l'armée.",
            "2026-04-06",
        ),
    )
    injured = groups_of(dossier, "injured")
    assert len(injured) == 2
    assert all(len(g.reports) == 1 for g in injured)


def test_an_aside_tense_is_not_the_figure_tense(analyzer: Analyzer) -> None:
    """``Le bilan des crues, qui avaient commencé le 3 mai, s'établit désormais à neuf morts``: the toll now,
    not a past event's figure."""
    dossier = dossier_of(
        analyzer,
        ("a", "Les crues ont fait sept morts dans le Gard, selon la préfecture.", "2026-05-05"),
        (
            "b",
            "Le bilan des crues, qui avaient commencé le 3 mai, s'établit désormais à neuf morts dans le Gard.",
            "2026-05-11",
        ),
    )
    killed = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {7, 9}]
    assert len(killed) == 1
    assert killed[0].verdict == "update"
    assert killed[0].figure == 9


def test_one_victim_told_is_a_part_of_the_toll() -> None:
    """``Le corps d'une randonneuse de 61 ans``, ``le décès à l'hôpital d'un homme``: one of the dead."""
    text = "Le corps d'une randonneuse de 61 ans a été retrouvé mardi."
    assert one_victim_told(_claim(text, "une randonneuse", "killed", 1), text)
    text2 = "Le bilan passe à six morts, avec le décès à l'hôpital d'un homme de 80 ans."
    assert one_victim_told(_claim(text2, "un homme", "killed", 1), text2)
    text3 = "Un homme de 40 ans a été arrêté mardi."
    assert not one_victim_told(_claim(text3, "Un homme", "arrested", 1), text3)
    text4 = "Un mort et trois blessés ont été recensés."
    assert not one_victim_told(_claim(text4, "Un mort", "killed", 1), text4)
