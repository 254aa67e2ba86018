"""A story's stored view, updated at each add, is exactly the view computed from scratch (issue #20, 15).

An add into a big story reuses what earlier adds parsed and derived (articles parsed once per process,
sentences split, texts folded, place names looked up once, each article's figures, candidates, dated sentences,
mentions and places remembered per article object: ``link/memo.py``); these tests hold it to the full computation,
with corrections too.
"""

from __future__ import annotations

import json
from pathlib import Path

from recoupe import api
from recoupe.analyze import Analyzer
from recoupe.api import add_to_store, link_into_store
from recoupe.bench.store_add import run_story
from recoupe.bench.story_corpus import flood_articles
from recoupe.link.corrections import apply_to_entities
from recoupe.link.dossier import StageClock, plain, view_story
from recoupe.model import Article
from recoupe.store import Store

#: A strike over three days, told by several outlets: one story.
STRIKE = [
    (
        "2029-11-04",
        "Grève des cheminots : 40 % des trains annulés. Lundi 4 novembre, 40 % des trains ont été annulés "
        "en Bretagne, selon la SNCF. « Nous tiendrons jusqu'au bout », a déclaré Marc Le Goff, délégué syndical.",
    ),
    (
        "2029-11-05",
        "La grève des cheminots continue en Bretagne. Mardi, 3 000 grévistes ont défilé à Rennes, selon la "
        "préfecture, 6 000 selon les syndicats. Marc Le Goff a appelé à poursuivre le mouvement.",
    ),
    (
        "2029-11-05",
        "À Rennes, 3 000 cheminots en grève ont manifesté mardi 5 novembre, selon la préfecture. La SNCF "
        "annonce encore 35 % de trains supprimés en Bretagne.",
    ),
    (
        "2029-11-06",
        "Troisième jour de grève des cheminots en Bretagne : 4 000 manifestants à Rennes mercredi, selon la "
        "préfecture. « Le dialogue est rompu », a regretté Marc Le Goff.",
    ),
]


def _articles() -> list[Article]:
    return [Article(id=f"greve-{i}", text=text, published=day) for i, (day, text) in enumerate(STRIKE)]


def _from_scratch(store: Store, story_id: str) -> str:
    story = store.story(story_id)
    assert story is not None
    full = plain(view_story(story, store.articles(story.documents), store.shared(story.documents)))
    full["corrections"] = []  # no correction holds: the store lists none
    return json.dumps(full, ensure_ascii=False, sort_keys=True)


def _from_scratch_corrected(store: Store, story_id: str) -> str:
    """The view computed anew from freshly parsed articles with the corrections that hold (nothing an
    earlier add derived is reused: the memories of ``link/memo.py`` know only the objects they saw)."""
    story = store.story(story_id)
    assert story is not None
    held = store.corrections(include_undone=False)
    applied: set[int] = set()
    pairs = store.corrected_articles(story.documents, applied)
    view = view_story(story, pairs, store.shared(story.documents))
    view.entities = apply_to_entities(held, view.entities, [d for _, d in pairs], applied=applied)
    full = plain(view)
    full["corrections"] = [c.to_json() for c in held if c.id in applied]
    return json.dumps(full, ensure_ascii=False, sort_keys=True)


def _stored(store: Store, story_id: str) -> str:
    return json.dumps(store.view(story_id), ensure_ascii=False, sort_keys=True)


def test_each_add_leaves_the_view_a_full_computation_gives(analyzer: Analyzer) -> None:
    pairs = [(a, analyzer.analyze(a)) for a in _articles()]
    with Store(":memory:") as store:
        for pair in pairs:  # one add at a time, as `recoupe add` of one file does
            _, touched = link_into_store(store, [pair], batch=1)
            for story_id in touched:
                assert _stored(store, story_id) == _from_scratch(store, story_id)
        assert len(store.stories()) == 1  # the four reports are one story


def test_an_article_readded_with_another_text_is_read_again(analyzer: Analyzer) -> None:
    articles = _articles()
    with Store(":memory:") as store:
        add_to_store(articles, store, analyzer=analyzer)
        story_id = store.stories()[0].id
        before = _stored(store, story_id)
        changed = Article(
            id=articles[1].id,
            text=articles[1].text.replace("3 000 grévistes", "3 500 grévistes"),
            published=articles[1].published,
        )
        result = add_to_store([changed], store, analyzer=analyzer)
        assert result.added == [changed.id]
        story_id = store.story_of(changed.id)
        assert story_id is not None
        after = _stored(store, story_id)
        assert after != before and "3 500" in after
        assert after == _from_scratch(store, story_id)


def test_the_stage_clock_names_every_stage_of_a_view(analyzer: Analyzer) -> None:
    clock = StageClock()
    with Store(":memory:") as store:
        link_into_store(store, [(a, analyzer.analyze(a)) for a in _articles()[:2]], batch=1, clock=clock)
    assert {"load articles", "claims", "timeline", "summary", "entities", "events", "places", "save view"} <= set(
        clock.seconds
    )


def test_the_big_story_bench_runs_small(tmp_path: Path, analyzer: Analyzer) -> None:
    results = run_story([3, 6], tmp_path, probes=1, analyzer=analyzer)
    sizes = results["sizes"]
    assert isinstance(sizes, dict) and set(sizes) == {"3", "6"}
    for measured in sizes.values():
        assert measured["add_one_seconds"] >= 0 and "claims" in measured["stage_seconds"]


#: One more report of the strike, after an analyst's correction.
LATER = (
    "2029-11-07",
    "Grève des cheminots en Bretagne : quatrième jour. Jeudi 7 novembre, 2 500 cheminots en grève ont défilé "
    "à Rennes, selon la préfecture. La SNCF annonce 30 % de trains annulés. Marc Le Goff, délégué syndical, "
    "appelle à poursuivre le mouvement.",
)


def test_a_correction_between_adds_is_in_the_view_as_a_full_computation_gives(analyzer: Analyzer) -> None:
    articles = _articles()
    with Store(":memory:") as store:
        for article in articles:  # what each add derives is remembered for the next
            add_to_store([article], store, analyzer=analyzer)
        story_id = store.stories()[0].id
        strikers = articles[1].text.index("3 000 grévistes ont défilé")
        target = {"doc": articles[1].id, "start": strikers, "end": strikers + len("3 000 grévistes ont défilé")}
        api.correct(store, "reject_claim", target, {}, editor="Léa")
        corrected = _stored(store, story_id)
        assert corrected == _from_scratch_corrected(store, story_id)
        assert json.loads(corrected)["corrections"]  # the correction is in the view
        later = Article(id="greve-later", text=LATER[1], published=LATER[0])
        add_to_store([later], store, analyzer=analyzer)
        assert store.story_of(later.id) == story_id
        assert _stored(store, story_id) == _from_scratch_corrected(store, story_id)
        rejected = [r for g in json.loads(_stored(store, story_id))["claim_groups"] for r in g["reports"]]
        assert not any(r["doc"] == articles[1].id and r["start"] == strikers for r in rejected)


def test_adds_into_a_story_with_wire_copies_keep_the_view_a_full_computation_gives(analyzer: Analyzer) -> None:
    # the bench's invented flood (tolls revised by the day, several sources, one article in ten a wire copy):
    # copied passages, copied dates and revised groups go through what earlier adds remembered
    articles = list(flood_articles(44))
    pairs = [(a, analyzer.analyze(a)) for a in articles]
    with Store(":memory:") as store:
        link_into_store(store, pairs[:40], batch=16)
        assert store.shared()  # some articles copy others
        for pair in pairs[40:]:
            _, touched = link_into_store(store, [pair], batch=1)
            for story_id in touched:
                assert _stored(store, story_id) == _from_scratch(store, story_id)
