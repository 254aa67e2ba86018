"""Events, twelfth round (second pass): a state's own troops deployed, an industrial blast's inquiry, one arrests
row per place and day, a comparison's ``depuis``, a place added in passing, a march called by someone.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import _cues, _since_before


def test_a_state_s_own_troops_deployed_at_home_are_no_event(analyze: Analyze) -> None:
    text = (
        "ZAGREB, 5 mai 2025 - Des milliers de manifestants ont défilé lundi à Zagreb contre la hausse des prix. "
        "L'armée a déployé lundi des blindés aux principaux carrefours de Zagreb, selon une source sécuritaire."
    )
    view = story_view(analyze, [("a", text, "2025-05-05")])
    assert [e.sub_event_type for e in view.events] == ["Peaceful protest"]


def test_an_industrial_blast_s_inquiry_arrests_are_not_coded(analyze: Analyze) -> None:
    text = (
        "SOFIA, 4 mars 2025 - Une explosion a ravagé mardi une usine de peinture à Plovdiv, faisant six morts. "
        "L'explosion s'est produite dans un atelier de mélange, selon les pompiers. Une seconde explosion a "
        "soufflé les vitres du quartier. Le directeur de l'usine et deux contremaîtres ont été arrêtés mardi soir "
        "dans le cadre de l'enquête, a annoncé le parquet."
    )
    view = story_view(analyze, [("a", text, "2025-03-04")])
    assert view.events == []


def test_a_comparison_s_since_is_read_before_the_time_expression() -> None:
    text = "l'une des plus grandes foules qu'ait connues la ville depuis octobre 1998"
    assert _since_before(text, text.index("octobre"), "fr")
    assert not _since_before("ont manifesté le 3 octobre", len("ont manifesté le 3 "), "fr")
    habit = "les rebelles y ont multiplié les raids depuis 2019"
    assert not _since_before(habit, habit.index("2019"), "fr")  # a habit's start: background


def test_a_place_added_in_passing_does_not_move_the_day_s_narrative(analyze: Analyze) -> None:
    text = (
        "ZAGREB, 5 mai 2025 - Des dizaines de milliers de personnes ont manifesté dimanche à Zagreb contre la "
        "corruption.\n\n"
        "Selon la police, 20 000 personnes ont participé au rassemblement, la plus grande foule depuis mars 1999.\n\n"
        "Les cortèges ont convergé vers le Parlement. Plusieurs milliers de personnes ont également défilé à "
        "Split.\n\n"
        "En fin de soirée, des jeunes cagoulés ont lancé des pierres sur la police devant le Parlement."
    )
    view = story_view(analyze, [("a", text, "2025-05-05")])
    kinds = {(e.event_date, e.location, e.sub_event_type) for e in view.events}
    assert ("2025-05-04", "Split", "Peaceful protest") in kinds
    assert ("2025-05-04", "Zagreb", "Violent demonstration") in kinds


def test_a_march_called_by_someone_is_a_demonstration() -> None:
    cues = _cues("Samedi, la marche convoquée par l'opposant a réuni quelques centaines de personnes.", "fr")
    assert cues.kind() == ("unrest", "Protests", "Peaceful protest")
