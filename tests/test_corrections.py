"""Corrections (issue #18): each kind changes the store's views, survives an ``add`` that touches the
story and a re-analysis, and its undo gives back the machine's answer exactly.

Invented articles of a flood in the Pas-de-Calais (three) and a rail strike in Lyon (two).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from recoupe import api
from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.errors import RecoupeError
from recoupe.model import Article
from recoupe.present.export import export_acled, export_claims_csv
from recoupe.present.report import render_report
from recoupe.store import Store

FLOOD_1 = Article(
    id="crue-1",
    published="2023-11-07",
    outlet="La Gazette du Nord",
    title="Crues dans le Pas-de-Calais : 4 morts",
    text="Crues dans le Pas-de-Calais : 4 morts\n\nLes inondations dans le Pas-de-Calais ont fait quatre morts et "
    "12 blessés, selon la préfecture. Hier, la Liane est sortie de son lit à Boulogne-sur-Mer. « Nous n'avons "
    "jamais vu une crue pareille », a déclaré la maire Jeanne Fabre. Environ 300 habitants ont été évacués "
    "par les pompiers.",
)
FLOOD_2 = Article(
    id="crue-2",
    published="2023-11-08",
    outlet="Le Courrier",
    title="Inondations dans le Pas-de-Calais : le bilan s'alourdit",
    text="Inondations dans le Pas-de-Calais : le bilan s'alourdit\n\nLes crues du Pas-de-Calais ont fait cinq "
    "morts, a annoncé mercredi la préfecture. La Liane a de nouveau débordé à Boulogne-sur-Mer, où 400 "
    "habitants ont été évacués. « La situation reste critique », a affirmé Jeanne Fabre, maire de "
    "Boulogne-sur-Mer.",
)
FLOOD_3 = Article(
    id="crue-3",
    published="2023-11-09",
    outlet="L'Écho",
    title="Pas-de-Calais : la décrue de la Liane commence",
    text="Pas-de-Calais : la décrue de la Liane commence\n\nAprès les inondations qui ont fait cinq morts dans le "
    "Pas-de-Calais, la Liane a commencé à baisser jeudi à Boulogne-sur-Mer. Les pompiers ont évacué 450 "
    "habitants depuis lundi, selon la préfecture.",
)
STRIKE_1 = Article(
    id="greve-1",
    published="2023-11-08",
    outlet="Le Quotidien",
    title="Grève du rail : 2 000 cheminots manifestent à Lyon",
    text="Grève du rail : 2 000 cheminots manifestent à Lyon\n\nEnviron 2 000 cheminots ont manifesté mardi à "
    "Lyon à l'appel des syndicats, selon la police. « Nous ne lâcherons rien », a lancé Paul Garnier, "
    "délégué syndical.",
)
STRIKE_2 = Article(
    id="greve-2",
    published="2023-11-09",
    outlet="Le Courrier",
    title="Grève du rail à Lyon : les cheminots manifestent encore",
    text="Grève du rail à Lyon : les cheminots manifestent encore\n\nQuelque 1 500 cheminots ont de nouveau "
    "manifesté mercredi à Lyon, selon la police. Paul Garnier, délégué syndical, promet de continuer la grève.",
)


def span(article: Article, words: str) -> dict[str, Any]:
    """The target of the claim or quote at ``words`` of ``article``."""
    start = article.text.index(words)
    return {"doc": article.id, "start": start, "end": start + len(words)}


def views(store: Store) -> str:
    """Everything the store shows of its stories, as one JSON text to compare."""
    stories = sorted(store.stories(), key=lambda s: s.id)
    return json.dumps([[s.to_json(), store.view(s.id)] for s in stories], ensure_ascii=False, sort_keys=True)


def story_with(store: Store, doc: str) -> str:
    found = store.story_of(doc)
    assert found is not None
    return found


def groups(store: Store, doc: str) -> list[tuple[str, Any, list[str]]]:
    """(category, figure, reporting docs) of the claim groups of ``doc``'s story."""
    return [(g.category, g.figure, [r.doc for r in g.reports]) for g in store.claim_groups(story_with(store, doc))]


def entity_names(store: Store, doc: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in store.entities(story_with(store, doc))}


def first_story(store: Store) -> Store:
    return store


# -- each kind: the correction, and what must hold after it (checked again after an add and a re-run) ---------

Case = tuple[str, Callable[[Store], dict[str, Any]], Callable[[Store], dict[str, Any]], Callable[[Store], None]]

CASES: dict[str, Case] = {
    "merge_stories": (
        "merge_stories",
        lambda s: {"story": story_with(s, "greve-1")},
        lambda s: {"into": story_with(s, "crue-1")},
        lambda s: _same_story(s, "greve-1", "crue-1", "crue-2"),
    ),
    "split_story": (
        "split_story",
        lambda s: {"story": story_with(s, "crue-1")},
        lambda s: {"documents": "crue-2"},
        lambda s: _apart(s, "crue-2", "crue-1"),
    ),
    "move_article": (
        "move_article",
        lambda s: {"doc": "crue-2"},
        lambda s: {"story": story_with(s, "greve-1")},
        lambda s: (_same_story(s, "crue-2", "greve-1"), _apart(s, "crue-2", "crue-1")),
    ),
    "set_date": (
        "set_date",
        lambda s: {"doc": "crue-1"},
        lambda s: {"published": "2023-11-05"},
        lambda s: _dated(s),
    ),
    "fix_claim": (
        "fix_claim",
        lambda s: span(FLOOD_1, "12 blessés"),
        lambda s: {"category": "hospitalized", "source": "les pompiers"},
        lambda s: _hospitalized(s),
    ),
    "reject_claim": (
        "reject_claim",
        lambda s: span(FLOOD_2, "400 habitants ont été évacués"),
        lambda s: {},
        lambda s: _no_report(s, "displaced", "crue-2"),
    ),
    "fix_speaker": (
        "fix_speaker",
        lambda s: span(FLOOD_1, "Nous n'avons jamais vu une crue pareille"),
        lambda s: {"speaker": "Marc Lenoir"},
        lambda s: _speaker(s, "Marc Lenoir"),
    ),
    "merge_entities": (
        "merge_entities",
        lambda s: {"names": "Liane,Boulogne-sur-Mer"},
        lambda s: {"into": "Boulogne-sur-Mer"},
        lambda s: _merged_entities(s),
    ),
    "split_entity": (
        "split_entity",
        lambda s: {"name": "Jeanne Fabre"},
        lambda s: {"forms": "Fabre"},
        lambda s: _split_entity(s),
    ),
}


def _same_story(store: Store, *docs: str) -> None:
    assert len({store.story_of(doc) for doc in docs}) == 1
    story = store.story(story_with(store, docs[0]))
    assert story is not None and set(docs) <= set(story.documents)


def _apart(store: Store, doc: str, other: str) -> None:
    assert store.story_of(doc) != store.story_of(other)
    assert all(not (doc in s.documents and other in s.documents) for s in store.stories())


def _dated(store: Store) -> None:
    (_, analysis), *_ = store.corrected_articles(["crue-1"])
    assert analysis.published == "2023-11-05"
    # "Hier" is read again against the corrected date
    assert [t.value for t in analysis.timexes if t.text == "Hier"] == ["2023-11-04"]
    assert any(e.date == "2023-11-04" for e in store.timeline(story_with(store, "crue-1")))


def _hospitalized(store: Store) -> None:
    found = [g for g in store.claim_groups(story_with(store, "crue-1")) if g.category == "hospitalized"]
    assert [(g.figure, [r.source for r in g.reports]) for g in found] == [(12, ["les pompiers"])]
    assert not [g for g in store.claim_groups(story_with(store, "crue-1")) if g.category == "injured"]


def _no_report(store: Store, category: str, doc: str) -> None:
    for found_category, _, docs in groups(store, "crue-1"):
        if found_category == category:
            assert doc not in docs


def _speaker(store: Store, name: str) -> None:
    (_, analysis), *_ = store.corrected_articles(["crue-1"])
    assert [q.speaker.entity for q in analysis.quotes if q.speaker] == [name]


def _merged_entities(store: Store) -> None:
    names = entity_names(store, "crue-1")
    assert "Liane" not in names
    assert {"Liane", "Boulogne-sur-Mer"} <= set(names["Boulogne-sur-Mer"])


def _split_entity(store: Store) -> None:
    names = entity_names(store, "crue-1")
    assert names["Jeanne Fabre"] == ["Jeanne Fabre"]
    assert names["Fabre"] == ["Fabre"]


# -- the stores ----------------------------------------------------------------------------------------------


def base(path: Path, analyzer: Analyzer) -> Store:
    store = Store(path)
    api.add_to_store([FLOOD_1, FLOOD_2, STRIKE_1], store, analyzer=analyzer)
    return store


def grow(store: Store, analyzer: Analyzer) -> None:
    """An ``add`` of new articles that join both stories."""
    api.add_to_store([FLOOD_3, STRIKE_2], store, analyzer=analyzer)


def rerun(store: Store, analyzer: Analyzer) -> None:
    """A re-analysis of every article (as with a new model): each is analyzed and linked again."""
    again = [replace(a, title=(a.title or "") + " ") for a in (FLOOD_1, FLOOD_2, FLOOD_3, STRIKE_1, STRIKE_2)]
    api.add_to_store(again, store, analyzer=analyzer)


@pytest.fixture(scope="module")
def machine(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> dict[str, str]:
    """The machine's views at each step, without corrections."""
    with base(tmp_path_factory.mktemp("machine") / "m.db", analyzer) as store:
        steps = {"base": views(store)}
        assert story_with(store, "crue-1") == story_with(store, "crue-2") != story_with(store, "greve-1")
        grow(store, analyzer)
        assert story_with(store, "crue-3") == story_with(store, "crue-1")
        assert story_with(store, "greve-2") == story_with(store, "greve-1")
        steps["grown"] = views(store)
        rerun(store, analyzer)
        steps["rerun"] = views(store)
    return steps


@pytest.mark.parametrize("name", list(CASES))
def test_correction_holds_through_add_and_rerun_and_undo_restores(
    name: str, tmp_path: Path, analyzer: Analyzer, machine: dict[str, str]
) -> None:
    kind, target, change, check = CASES[name]
    with base(tmp_path / "x.db", analyzer) as store:
        assert views(store) == machine["base"]
        correction = api.correct(
            store, kind, target(store), change(store), editor="Ana", reason="relu", analyzer=analyzer
        )
        assert correction.id is not None
        check(store)
        assert views(store) != machine["base"]
        assert api.correction_states(store) == [(correction, "applied")]
        grow(store, analyzer)
        check(store)
        rerun(store, analyzer)
        check(store)
        api.undo(store, correction.id, editor="Bea", analyzer=analyzer)
        assert views(store) == machine["rerun"]
        [(listed, state)] = api.correction_states(store)
        assert state == "undone" and listed.undone_by == "Bea"


def test_undo_right_after_gives_back_the_same_views(
    tmp_path: Path, analyzer: Analyzer, machine: dict[str, str]
) -> None:
    with base(tmp_path / "x.db", analyzer) as store:
        for kind, target, change, _ in CASES.values():
            done = api.correct(store, kind, target(store), change(store), editor="Ana", analyzer=analyzer)
            assert done.id is not None
            api.undo(store, done.id, editor="Ana", analyzer=analyzer)
            assert views(store) == machine["base"], kind


def test_a_new_article_of_a_merged_story_lands_in_the_survivor(tmp_path: Path, analyzer: Analyzer) -> None:
    with base(tmp_path / "x.db", analyzer) as store:
        flood = story_with(store, "crue-1")
        api.correct(store, "merge_stories", {"story": story_with(store, "greve-1")}, {"into": flood}, editor="Ana")
        grow(store, analyzer)
        assert story_with(store, "greve-2") == flood
        assert [s.id for s in store.stories()] == [flood]


def test_report_and_exports_mark_what_a_person_changed(tmp_path: Path, analyzer: Analyzer) -> None:
    with base(tmp_path / "x.db", analyzer) as store:
        target = span(FLOOD_1, "12 blessés")
        api.correct(store, "fix_claim", target, {"category": "hospitalized"}, editor="Ana", reason="à l'hôpital")
        api.correct(store, "reject_claim", span(FLOOD_2, "400 habitants ont été évacués"), {}, editor="Ana")
        rows = export_claims_csv(store).splitlines()
        [fixed] = [row for row in rows if f",{target['start']},{target['end']}," in row]
        assert "hospitalized" in fixed and "corrected by Ana" in fixed and "à l'hôpital" in fixed
        assert not [row for row in rows if "400 habitants" in row]
        html = render_report(store)
        assert "corrected by Ana" in html and "à l&#39;hôpital" in html
        assert export_acled(store).startswith("event_id_cnty")


def test_corrections_are_refused_when_their_target_is_not_in_the_store(tmp_path: Path, analyzer: Analyzer) -> None:
    with base(tmp_path / "x.db", analyzer) as store:
        refusals = [
            ("fix_claim", {"doc": "crue-9", "start": 0, "end": 3}, {"value": 2}),
            ("fix_claim", {"doc": "crue-1", "start": 0, "end": 3}, {"value": 2}),
            ("fix_claim", span(FLOOD_1, "12 blessés"), {}),
            ("fix_claim", span(FLOOD_1, "12 blessés"), {"category": "wounded"}),
            ("merge_stories", {"story": "s99"}, {"into": story_with(store, "crue-1")}),
            ("split_story", {"story": story_with(store, "greve-1")}, {"documents": "greve-1"}),
            ("merge_entities", {"names": "Atlantide"}, {"into": "Liane"}),
            ("renumber", {}, {}),
        ]
        for kind, target, change in refusals:
            with pytest.raises(RecoupeError) as error:
                api.correct(store, kind, target, change, editor="Ana")
            assert error.value.code == "E801", kind
        with pytest.raises(RecoupeError, match="E802"):
            api.undo(store, 42, editor="Ana")
        assert store.corrections() == []


def test_cli_round_trip(tmp_path: Path, analyzer: Analyzer) -> None:
    db = tmp_path / "x.db"
    with base(db, analyzer) as store:
        target = span(FLOOD_1, "12 blessés")
        before = views(store)
    runner = CliRunner()
    done = runner.invoke(
        app,
        ["correct", "fix_claim", "--db", str(db), "--editor", "Ana", "--reason", "relu"]
        + [f"{key}={value}" for key, value in target.items()]
        + ["value=14"],
    )
    assert done.exit_code == 0, done.output
    assert "#1" in done.output
    listed = runner.invoke(app, ["corrections", "--db", str(db)])
    assert listed.exit_code == 0 and "applied" in listed.output and "Ana" in listed.output
    with Store(db) as store:
        assert any(g.figure == 14 for g in store.claim_groups(story_with(store, "crue-1")))
    refused = runner.invoke(app, ["correct", "fix_claim", "--db", str(db), "--editor", "Ana", "doc=crue-1", "start=x"])
    assert refused.exit_code != 0 and "E801" in refused.output and "Traceback" not in refused.output
    undone = runner.invoke(app, ["undo", "1", "--db", str(db), "--editor", "Bea"])
    assert undone.exit_code == 0, undone.output
    again = runner.invoke(app, ["undo", "1", "--db", str(db), "--editor", "Bea"])
    assert again.exit_code != 0 and "E803" in again.output
    with Store(db) as store:
        assert views(store) == before
