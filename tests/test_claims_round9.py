"""Claims, ninth round: a figure in a clause that supposes is no count. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def counted(result: DocumentAnalysis) -> dict[float | None, str]:
    return {c.value: c.category for c in result.claims}


def test_a_figure_after_tant_que_is_supposed_not_counted(analyze: Analyze) -> None:
    result = analyze(
        "Trois marins sont toujours portés disparus. « Nous chercherons tant qu'il restera un seul disparu », "
        "a assuré le préfet maritime."
    )
    assert counted(result) == {3: "missing", 1: "other"}


def test_a_figure_after_si_is_still_a_count(analyze: Analyze) -> None:
    """``si`` opens a contrast as often as a supposition: both counts stand."""
    result = analyze("Si la police compte 12 morts, l'ONG en recense 30.")
    assert counted(result) == {12: "killed", 30: "killed"}


def test_one_dead_reported_is_a_count(analyze: Analyze) -> None:
    assert counted(analyze("Un seul mort a été recensé par les pompiers de l'Aude.")) == {1: "killed"}


def test_a_building_named_with_its_noun_is_no_place_scope(analyze: Analyze) -> None:
    """The tagger takes ``Hôtel`` or a foreign ``Penitenciaría`` into the name: the site, not the place counted."""
    for text in (
        "Douze clients sont morts à l'Hôtel Sahel.",
        "Au moins 31 détenus ont été tués à la Penitenciaría del Norte.",
    ):
        assert [c.place for c in analyze(text).claims] == [None]


def test_a_count_that_shares_the_heads_auxiliary_shares_its_place(analyze: Analyze) -> None:
    result = analyze(
        "La semaine dernière, à Liège, la manifestation avait dégénéré : sept policiers avaient été blessés, "
        "selon le ministère de l'Intérieur, et 23 personnes arrêtées."
    )
    assert [(c.value, c.place) for c in result.claims] == [(7, "Liège"), (23, "Liège")]


def test_a_group_with_branches_is_no_place(analyze: Analyze) -> None:
    """spaCy reads Al-Qaïda as a place; a place has no branch, and a figure is not counted there."""
    result = analyze(
        "Le GSIM, la branche sahélienne d'Al-Qaïda, a revendiqué l'attaque en affirmant avoir tué « plus de "
        "quarante soldats »."
    )
    assert {e.text: e.type for e in result.entities}.get("Al-Qaïda") == "ORG"
    assert [c.place for c in result.claims] == [None]


def test_a_partitive_subject_speaks(analyze: Analyze) -> None:
    """The parser tags ``des`` as a preposition; ``de son côté`` is still no subject."""
    result = analyze("À Tamatave, des habitants joints par téléphone décrivent une ville « dévastée ».")
    assert [q.speaker.text if q.speaker else None for q in result.quotes] == ["des habitants joints"]
