"""Per-article memories (``link/memo.py``): a record is found again only for the very objects it was
derived from, in the same context, and goes with them; the view's computation runs without collector
pauses and leaves the collector as it found it."""

from __future__ import annotations

import gc
from dataclasses import replace

from recoupe.link.claims import group_claims
from recoupe.link.dossier import news_entities, plain
from recoupe.link.memo import PerArticle, no_collection_pauses
from recoupe.model import Article, Claim, DocumentAnalysis, Entity, LayoutSpan


def _article(doc: str, text: str) -> Article:
    return Article(id=doc, text=text, published="2031-05-02")


def test_a_record_is_found_again_for_the_same_objects_and_context_only() -> None:
    memo: PerArticle[str] = PerArticle()
    calls: list[str] = []

    def derive(what: str) -> str:
        calls.append(what)
        return what.upper()

    first = _article("a1", "La rivière déborde.")
    twin = _article("a1", "La rivière déborde.")  # equal content, another object: not trusted
    assert memo.get((first,), "fr", lambda: derive("a")) == "A"
    assert memo.get((first,), "fr", lambda: derive("b")) == "A"
    assert memo.get((first,), "en", lambda: derive("c")) == "C"
    assert memo.get((twin,), "fr", lambda: derive("d")) == "D"
    assert calls == ["a", "c", "d"]


def test_a_record_goes_with_its_article_and_the_memory_is_bounded() -> None:
    memo: PerArticle[int] = PerArticle(size=2)
    kept = [_article(f"a{i}", "Le pont est fermé.") for i in range(3)]
    for number in range(3):
        memo.get((kept[number],), None, lambda number=number: number)
    assert len(memo) == 2  # the oldest went
    del kept[2]
    gc.collect()
    assert len(memo) == 1


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with no_collection_pauses():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with no_collection_pauses():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def _captioned() -> tuple[Article, DocumentAnalysis]:
    text = "Photo : Paul Morel.\nLa Garonne déborde à Agen."
    article = _article("legende", text)
    analysis = DocumentAnalysis(
        doc="legende",
        published="2031-05-02",
        lang="fr",
        title=None,
        outlet=None,
        entities=[
            Entity(8, 18, "Paul Morel", "PER", "Paul Morel"),
            Entity(text.index("Agen"), text.index("Agen") + 4, "Agen", "LOC", "Agen"),
        ],
        layout=[LayoutSpan(0, 19, "caption", "Photo : Paul Morel.")],
    )
    return article, analysis


def _naming() -> tuple[Article, DocumentAnalysis]:
    text = "Paul Morel, maire d'Agen, appelle au calme."
    analysis = DocumentAnalysis(
        doc="maire",
        published="2031-05-03",
        lang="fr",
        title=None,
        outlet=None,
        entities=[Entity(0, 10, "Paul Morel", "PER", "Paul Morel")],
    )
    return _article("maire", text), analysis


def test_a_caption_name_follows_what_the_story_names_from_one_add_to_the_next() -> None:
    captioned, naming = _captioned(), _naming()

    def names(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[str]:
        return [e.name for e in news_entities(pairs)[0].entities]

    assert names([captioned]) == ["Agen"]  # no entity born of a caption
    assert names([captioned, naming]) == ["Paul Morel", "Agen"]  # the news names him now
    assert names([captioned]) == ["Agen"]  # and no longer


def _dam_report(doc: str, text: str, figure: str, value: int, place: str) -> tuple[Article, DocumentAnalysis]:
    start = text.index(figure)
    claim = Claim(start, start + len(figure), figure, "displaced", value, place=place)
    analysis = DocumentAnalysis(doc=doc, published="2031-05-02", lang="fr", title=None, outlet=None, claims=[claim])
    return _article(doc, text), analysis


def test_figures_remembered_follow_the_place_names_the_story_adds() -> None:
    # "Sarrans" joining the story makes it the name of the dam's place: the first article's figure, seen
    # again, must move to that scope as it would when grouped from scratch
    first = _dam_report(
        "barrage",
        "Au barrage de Sarrans-le-Haut, 120 habitants évacués.",
        "120 habitants",
        120,
        "barrage de Sarrans-le-Haut",
    )
    second = _dam_report("village", "À Sarrans, 150 habitants évacués.", "150 habitants", 150, "Sarrans")

    def grouped(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[dict[str, object]]:
        texts = {a.id: a.text for a, _ in pairs}
        groups = group_claims([d for _, d in pairs], {a.id: "s1" for a, _ in pairs}, [], texts)
        return [plain(g) for g in groups]

    def fresh(pair: tuple[Article, DocumentAnalysis]) -> tuple[Article, DocumentAnalysis]:
        return replace(pair[0]), DocumentAnalysis.from_json(pair[1].to_json())

    grouped([first])  # remembered here
    assert grouped([first, second]) == grouped([fresh(first), fresh(second)])
