"""Claim groups, tenth round: a figure announced on an earlier named day is recalled, a deployment or an
injured count does not lend its people to the arrests after it, teenagers are minors, gang members are the
attackers, and a past event's toll does not set a place's count apart from the story's. Invented French
sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import recalls


def _recalls(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return recalls(sentence, start, start + len(figure))


def test_a_figure_announced_on_an_earlier_day_is_recalled() -> None:
    """``contre 11 morts annoncés mardi soir``: the earlier report, not today's count."""
    sentence = "Le ministère fait état de 14 morts et de 60 blessés, contre 11 morts et 45 blessés annoncés mardi soir."
    assert _recalls(sentence, "11 morts")
    assert _recalls(sentence, "45 blessés")
    assert not _recalls(sentence, "14 morts")


def test_a_report_announced_on_a_day_before_its_figure_is_not_recalled() -> None:
    """``Selon le bilan annoncé mardi, 14 personnes``: the day names the report giving today's figure."""
    sentence = "Selon le bilan annoncé mardi par la préfecture, 14 personnes sont mortes dans les éboulements."
    assert not _recalls(sentence, "14 personnes")


def test_recalled_announcement_makes_the_new_figure_an_update(analyzer: Analyzer) -> None:
    """The later article's own figure and the one it recalls follow time: an update, quote the latest."""
    dossier = dossier_of(
        analyzer,
        ("a", "Séisme dans la province de Van : 45 blessés, selon le ministère de la Santé.", "2026-03-03"),
        (
            "b",
            "Le ministère de la Santé fait désormais état de 60 blessés, contre 45 blessés annoncés mardi soir.",
            "2026-03-04",
        ),
    )
    injured = [g for g in groups_of(dossier, "injured") if {r.value for r in g.reports} & {45, 60}]
    assert len(injured) == 1
    assert injured[0].verdict == "update"
    assert injured[0].figure == 60


def test_arrests_after_a_deployment_count_the_arrested(analyzer: Analyzer) -> None:
    """``qui a mobilisé 800 gendarmes, a annoncé 42 interpellations``: the gendarmes arrest, they are not
    whom the arrests count."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "À Rennes, la préfecture, qui a mobilisé 800 gendarmes, a annoncé 42 interpellations depuis samedi.",
            "2026-05-04",
        ),
    )
    arrested = groups_of(dossier, "arrested")
    assert [g.population for g in arrested] == ["people"]


def test_arrests_after_injured_officers_count_the_arrested(analyzer: Analyzer) -> None:
    """``12 gendarmes blessés et 57 interpellations``: the arrested are not the injured gendarmes."""
    dossier = dossier_of(
        analyzer,
        ("a", "Le préfet fait état de 12 gendarmes blessés et de 57 interpellations à Nantes.", "2026-05-04"),
        ("b", "La préfecture a annoncé 80 interpellations à Nantes depuis vendredi.", "2026-05-06"),
    )
    arrested = groups_of(dossier, "arrested")
    assert len(arrested) == 1
    assert sorted(r.value for r in arrested[0].reports) == [57, 80]


def test_teenagers_and_minors_are_one_part(analyzer: Analyzer) -> None:
    """``dont deux adolescents`` then ``dont trois mineurs``: one part of the dead, revised."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au moins dix personnes ont été tuées dans l'incendie, dont deux adolescents, selon les pompiers.",
            "2026-08-01",
        ),
        ("b", "Le bilan de l'incendie s'élève à douze morts, dont trois mineurs, selon les pompiers.", "2026-08-03"),
    )
    parts = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {2, 3}]
    assert len(parts) == 1
    assert parts[0].population == "children (subset)"


def test_gang_members_killed_are_the_attackers(analyzer: Analyzer) -> None:
    """Gang members killed by the police are not the toll of the gangs' attack."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Onze membres de gangs ont été tués par la police lors de l'opération, selon son porte-parole.",
            "2026-06-02",
        ),
    )
    assert [g.population for g in groups_of(dossier, "killed")] == ["attackers"]


def test_a_past_years_toll_does_not_set_the_towns_count_apart(analyzer: Analyzer) -> None:
    """``En 2024, plus de 4 000 personnes avaient été tuées au Mali`` is another event's toll: the town's
    count of the attack and the later unplaced toll of it stay one series."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Attaque jihadiste à Ségou : le maire accuse le groupe armé.\n\nNeuf personnes ont été tuées jeudi à "
            "Ségou lors d'une attaque jihadiste, selon le maire. En 2024, plus de 4 000 personnes avaient été tuées "
            "au Mali, selon l'ONU.",
            "2026-09-10",
        ),
        (
            "b",
            "Attaque jihadiste à Ségou : le maire accuse le groupe armé.\n\nLe bilan de l'attaque jihadiste passe à "
            "14 morts, selon le maire.",
            "2026-09-12",
        ),
    )
    series = [g for g in groups_of(dossier, "killed") if {r.value for r in g.reports} & {9, 14}]
    assert [sorted(r.value for r in g.reports) for g in series] == [[9, 14]]
