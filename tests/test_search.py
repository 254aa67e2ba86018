"""Search (issue #18): accent-, case- and alias-insensitive, stemmed, filtered, ranked; shown with context.

Short invented French articles, stored without the analyzer (an empty analysis, or one quote) so that
these tests need no spaCy model; the merged entity is written into a story view as the linker would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.model import Article, Attribution, Claim, DocumentAnalysis, Quote
from recoupe.present.web import create_app
from recoupe.store import Store
from recoupe.store.sqlite import MIGRATIONS, SCHEMA_VERSION

ARTICLES = [
    Article(
        id="a1",
        title="Manifestations à Almaty",
        outlet="Le Quotidien",
        published="2022-01-05",
        text="Le président Tokaïev a décrété l'état d'urgence. Plusieurs personnes sont mortes dans la nuit.",
    ),
    Article(
        id="a2",
        title="Appel à l'OTSC",
        outlet="La Gazette",
        published="2022-01-06",
        text="Le président Tokayev demande l'aide de l'OTSC. Les autorités comptent huit morts.",
    ),
    Article(
        id="a3",
        title="Réunion à Moscou",
        outlet="Le Quotidien",
        published="2022-01-10",
        text="La CSTO envoie des troupes. Aucun blessé n'est signalé à la frontière.",
    ),
    Article(
        id="a4",
        title="Mort d'un policier",
        outlet="La Gazette",
        published="2022-02-01",
        text="Un mort à Almaty selon la police. Le bilan du mort reste incertain, un mort de plus.",
    ),
]
ENTITIES = [
    {
        "name": "Kassym-Jomart Tokaïev",
        "type": "PER",
        "aliases": ["Tokaïev", "Tokayev"],
        "documents": ["a1", "a2"],
        "mentions": 2,
    },
    {
        "name": "OTSC",
        "type": "ORG",
        "aliases": ["CSTO", "Organisation du traité de sécurité collective"],
        "documents": ["a2", "a3"],
        "mentions": 2,
    },
]


def _analysis(article: Article) -> DocumentAnalysis:
    analysis = DocumentAnalysis(
        doc=article.id, published=article.published, lang="fr", title=article.title, outlet=article.outlet
    )
    if article.id == "a2":
        start = article.text.index("demande")
        analysis.quotes.append(
            Quote(
                start=start,
                end=start + 30,
                text=article.text[start : start + 30],
                kind="indirect",
                speaker=Attribution("Tokayev", "Kassym-Jomart Tokaïev"),
            )
        )
        start = article.text.index("huit")
        analysis.claims.append(
            Claim(
                start=start,
                end=start + 10,
                text="huit morts",
                category="killed",
                value=8,
                source=Attribution("les autorités"),
            )
        )
    if article.id == "a1":
        start = article.text.index("Plusieurs")
        analysis.claims.append(
            Claim(
                start=start,
                end=start + 9,
                text="Plusieurs",
                category="killed",
                value=None,
                source=Attribution("Tokaïev", "Kassym-Jomart Tokaïev"),
            )
        )
    return analysis


def _fill(store: Store) -> None:
    with store.transaction():
        for article in ARTICLES:
            store.put(article, _analysis(article), "s1" if article.id != "a4" else "s2")
        store.save_view("s1", {"claim_groups": [], "timeline": [], "summary": [], "entities": ENTITIES})
        store.db.execute(
            "INSERT INTO stories (id, title, first, last, documents) VALUES"
            " ('s1', 'Crise au Kazakhstan', '2022-01-05', '2022-01-10', '[\"a1\", \"a2\", \"a3\"]')"
        )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "search.db")
    _fill(store)
    return store


def _docs(store: Store, query: str, **filters: str) -> list[str]:
    return [r["doc"] for r in store.search(query, **filters)["articles"]]  # type: ignore[arg-type]


def test_accents_and_case_do_not_matter(store: Store) -> None:
    assert set(_docs(store, "tokaiev")) >= {"a1"}
    assert set(_docs(store, "MANIFESTATIONS almaty")) == {"a1"}


def test_an_entity_name_matches_every_written_form(store: Store) -> None:
    assert set(_docs(store, "Tokayev")) == {"a1", "a2"}  # "Tokaïev" in a1, through the merged entity
    assert set(_docs(store, "CSTO")) == {"a2", "a3"}  # the acronym alias of another article
    assert set(_docs(store, "OTSC")) == {"a2", "a3"}
    assert set(_docs(store, "Kassym-Jomart Tokaïev")) == {"a1", "a2"}
    assert set(_docs(store, "Tokayev mort")) == {"a1", "a2"}  # a name and a word: both must match
    assert set(_docs(store, "mort CSTO*")) == {"a2"}


def test_words_match_by_stem(store: Store) -> None:
    assert set(_docs(store, "mort")) == {"a1", "a2", "a4"}  # mortes, morts, mort
    assert set(_docs(store, "manifestation")) == {"a1"}
    assert set(_docs(store, "mort*")) >= {"a4"}  # a prefix still works
    assert set(_docs(store, "manifestat*")) == {"a1"}  # even one longer than the stems indexed


def test_filters_by_story_outlet_and_dates(store: Store) -> None:
    assert set(_docs(store, "mort", story="s1")) == {"a1", "a2"}
    assert set(_docs(store, "mort", outlet="la gazette")) == {"a2", "a4"}
    assert set(_docs(store, "mort", since="2022-01-06", until="2022-01-31")) == {"a2"}
    assert _docs(store, "mort", outlet="Personne") == []


def test_results_ranked_by_relevance(store: Store) -> None:
    assert _docs(store, "mort")[0] == "a4"  # in the title and three times in the text


def test_results_carry_title_outlet_date_and_passage(store: Store) -> None:
    first = store.search("Tokayev")["articles"]
    a1 = next(r for r in first if r["doc"] == "a1")
    assert (a1["title"], a1["outlet"], a1["published"], a1["story"]) == (
        "Manifestations à Almaty",
        "Le Quotidien",
        "2022-01-05",
        "s1",
    )
    assert a1["passage"]["match"] == "Tokaïev" and "président" in a1["passage"]["before"]
    quotes = store.search("aide")["quotes"]
    assert [q["doc"] for q in quotes] == ["a2"] and quotes[0]["passage"]["match"] == "aide"


def test_hostile_queries_are_only_words(store: Store) -> None:
    for query in [
        '"; DROP TABLE articles; -- NEAR( *',
        "a\x00b",
        "OR AND NOT",
        "*",
        '"""',
        "^mort",
        "(Tokayev) AND",
        "OTSC OR mort*",
        "NEAR(mort Tokayev)",
        "mort:*",
        "title:mort",
    ]:
        store.search(query)
    assert store.article_count() == len(ARTICLES)


def test_replaced_article_is_reindexed(store: Store) -> None:
    changed = Article(id="a3", title="Réunion", outlet="Le Quotidien", published="2022-01-10", text="Rien à signaler.")
    with store.transaction():
        store.put(changed, _analysis(changed), "s1")
    assert "a3" not in _docs(store, "troupes")
    assert "a3" in _docs(store, "signaler")


#: The schema version that added the stem tables (migration 4): an old store is one version before it.
STEMS = 4


def _old_store(path: Path) -> None:
    """A store as the previous recoupe left it (schema 3, no stem tables), with article a1."""
    db = sqlite3.connect(path)
    for version in range(STEMS - 1):
        db.executescript(MIGRATIONS[version])
    db.execute(f"PRAGMA user_version = {STEMS - 1}")
    article = ARTICLES[0]
    db.execute(
        "INSERT INTO articles (id, hash, text, body_start, published, title, outlet, lang, analysis, story)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (article.id, "x", article.text, 0, article.published, article.title, article.outlet, "fr", "{}", "s1"),
    )
    db.execute("INSERT INTO articles_fts (rowid, doc, title, text) SELECT rowid, id, title, text FROM articles")
    db.commit()
    db.close()


def test_migration_stems_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_store(path)
    with Store(path, readonly=True) as old:  # the web app on an old store: words folded, not stemmed
        assert _docs(old, "TOKAIEV") == ["a1"] and _docs(old, "mortes") == ["a1"]
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION
        assert _docs(store, "mort") == ["a1"]


def test_web_search_shows_context_and_filters(tmp_path: Path) -> None:
    path = tmp_path / "web.db"
    with Store(path) as store:
        _fill(store)
    client = TestClient(create_app(path), base_url="http://127.0.0.1")
    page = client.get("/search", params={"q": "Tokayev"})
    assert page.status_code == 200
    assert "Manifestations à Almaty" in page.text and "Le Quotidien" in page.text and "2022-01-05" in page.text
    assert '<mark class="hit">Tokaïev</mark>' in page.text
    filtered = client.get(
        "/search", params={"q": "mort", "outlet": "La Gazette", "from": "2022-01-01", "to": "2022-01-31", "story": "s1"}
    )
    assert filtered.status_code == 200
    assert "Appel à l" in filtered.text and "Mort d" not in filtered.text and "Almaty</a>" not in filtered.text
    assert client.get("/search", params={"q": "mort", "from": "hier"}).status_code == 400
    assert client.get("/search", params={"q": "mort", "to": "2022-13-45"}).status_code == 400
    assert client.get("/search", params={"q": "mort", "story": "s1'--"}).status_code == 200


def test_entity_page_lists_articles_quotes_and_figures(tmp_path: Path) -> None:
    path = tmp_path / "entity.db"
    with Store(path) as store:
        _fill(store)
        found = store.entity("tokayev")
        assert found is not None and found["name"] == "Kassym-Jomart Tokaïev"
        assert found["forms"] == ["Kassym-Jomart Tokaïev", "Tokaïev", "Tokayev"]
        assert [a["doc"] for a in found["articles"]] == ["a1", "a2"]
        assert [q["doc"] for q in found["quotes"]] == ["a2"]
        assert [f["doc"] for f in found["figures"]] == ["a1"]  # a2's figure is the authorities'
        assert store.entity("Personne") is None
    client = TestClient(create_app(path), base_url="http://127.0.0.1")
    page = client.get("/entity/Tokaïev")
    assert page.status_code == 200
    assert "Manifestations à Almaty" in page.text and "Appel à l" in page.text and "Plusieurs" in page.text
    assert client.get("/entity/CSTO").status_code == 200
    assert client.get("/entity/Personne").status_code == 404
    story = client.get("/story/s1")
    assert 'href="/entity/Kassym-Jomart%20Toka%C3%AFev"' in story.text


def test_passage_marks_the_whole_name_asked_for() -> None:
    from recoupe.store.search import passage, stem_word

    text = "Selon Kassym-Jomart Tokaïev, de nombreux manifestants sont morts."
    phrases = {("kassym", "jomart", "tokaiev"), ("tokaiev",), ("de",)}
    assert passage(text, phrases)["match"] == "Kassym-Jomart Tokaïev"
    assert passage(text, {(stem_word("mort"),)})["match"] == "morts"
    assert passage(text, {("manif*",)})["match"] == "manifestants"
    assert passage(text, {("absent",)}) == {"before": text, "match": "", "after": ""}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.sampled_from(list("ab é\"*()^:-+ \x00'OTSCmortNEARAND{}")), max_size=30))
def test_any_query_is_answered(store: Store, query: str) -> None:
    """No query, however built, is an FTS5 syntax error (a 500 in the web app)."""
    result = store.search(query, outlet=query or None, since="2022-01-01")
    assert isinstance(result["articles"], list)


def test_entity_forms_follow_new_views(tmp_path: Path) -> None:
    """The forms are cached, but a view saved since (here or by another process) is seen."""
    path = tmp_path / "views.db"
    with Store(path) as store, Store(path, readonly=True) as reader:
        _fill(store)
        assert "tokayev" in reader.entity_forms() and "tokayev" in store.entity_forms()
        with store.transaction():
            store.save_view(
                "s2", {"entities": [{"name": "Almaty", "type": "LOC", "aliases": ["Alma-Ata"], "documents": ["a4"]}]}
            )
        assert "alma ata" in store.entity_forms() and "alma ata" in reader.entity_forms()
        assert set(_docs(reader, "Alma-Ata")) == {"a1", "a4"}
