"""The SQLite store: schema, incremental add, search, and runs that survive being killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.api import add_to_store, dossier_from_store
from recoupe.errors import RecoupeError
from recoupe.ingest import read_articles
from recoupe.model import Article
from recoupe.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent


def _examples() -> list[Article]:
    return [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "dossier.db")


def test_new_store_has_the_current_schema_and_wal(store: Store) -> None:
    assert store.version() == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_from_a_newer_recoupe_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "futur.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RecoupeError, match="newer than this recoupe"):
        Store(path)


def test_add_analyzes_only_new_or_changed_articles(store: Store, analyzer: Analyzer) -> None:
    first = add_to_store(_examples(), store, analyzer=analyzer)
    assert len(first.added) == 4 and first.unchanged == []
    again = add_to_store(_examples(), store, analyzer=analyzer)
    assert again.added == [] and len(again.unchanged) == 4
    changed = _examples()
    changed[0].text = changed[0].text.replace("au moins 12 morts et 40 blessés", "au moins 14 morts et 40 blessés")
    third = add_to_store(changed, store, analyzer=analyzer)
    assert third.added == [changed[0].id] and len(third.unchanged) == 3
    assert store.article_count() == 4
    (story,) = store.stories()
    assert sorted(story.documents) == sorted(a.id for a in changed)


def test_adding_one_article_updates_its_story_incrementally(store: Store, analyzer: Analyzer) -> None:
    examples = _examples()
    add_to_store(examples[:2], store, analyzer=analyzer)
    before = {g.id: len(g.reports) for g in store.claim_groups("s1")}
    result = add_to_store(examples[2:3], store, analyzer=analyzer)
    assert result.stories == {"s1"}
    assert sum(len(g.reports) for g in store.claim_groups("s1")) > sum(before.values())
    dossier = dossier_from_store(store)
    assert dossier.stories[0].documents == [a.id for a in examples[:3]]


def test_full_text_search_over_articles_and_quotes(store: Store, analyzer: Analyzer) -> None:
    add_to_store(_examples(), store, analyzer=analyzer)
    found = store.search("barrage")
    assert {r["doc"] for r in found["articles"]} >= {"04-lesoir-2025-03-17.html"}
    assert any("bombe à retardement" in q["text"] for q in store.search("bombe")["quotes"])
    store.search('"; DROP TABLE articles; -- NEAR( *')  # a hostile query is only words: no error, no effect
    assert store.article_count() == 4


def test_readonly_store_cannot_be_written(store: Store, analyzer: Analyzer) -> None:
    add_to_store(_examples()[:1], store, analyzer=analyzer)
    reader = Store(store.path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        reader.db.execute("DELETE FROM articles")


def test_kill_during_add_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    """A real ``kill -9`` in the middle of ``recoupe add``, then the same command again."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    base = (ROOT / "examples" / "01-ledepeche-2025-03-14.txt").read_text(encoding="utf-8")
    for i in range(24):
        (inputs / f"a{i:02d}.txt").write_text(base.replace("12 morts", f"{12 + i} morts"), encoding="utf-8")
    db = tmp_path / "kill.db"
    script = textwrap.dedent(f"""
        from recoupe.api import add_to_store
        from recoupe.ingest import read_articles
        from recoupe.store import Store
        add_to_store(list(read_articles([{str(inputs)!r}])), Store({str(db)!r}), batch=4)
    """)
    process = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until some batches are committed, then kill hard
        time.sleep(0.3)
        try:
            count = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if count >= 4:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    store = Store(db)
    partial = store.article_count()
    assert 4 <= partial <= 24 and partial % 4 == 0  # whole batches only
    done = {a for (a,) in store.db.execute("SELECT id FROM articles")}
    rerun = subprocess.run(
        [sys.executable, "-m", "recoupe", "add", str(inputs), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    store = Store(db)
    ids = [a for (a,) in store.db.execute("SELECT id FROM articles")]
    assert sorted(ids) == [f"a{i:02d}.txt" for i in range(24)]
    assert f"{len(done)} unchanged" in rerun.stderr
    stories = store.stories()
    assert sorted(d for s in stories for d in s.documents) == sorted(ids)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_version_1_store_is_migrated_and_keeps_linking(tmp_path: Path, analyzer: Analyzer) -> None:
    from recoupe.store.sqlite import MIGRATIONS

    path = tmp_path / "v1.db"
    old = sqlite3.connect(path)
    old.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    old.execute(
        "INSERT INTO articles (id, hash, text, body_start, lang, analysis) VALUES ('ancien', 'x', "
        '\'Texte ancien.\', 0, \'fr\', \'{"doc": "ancien", "published": null, "lang": "fr", '
        '"title": null, "outlet": null}\')'
    )
    old.execute("INSERT INTO articles_fts (rowid, doc, title, text) VALUES (77, 'ancien', '', 'Texte ancien.')")
    old.commit()
    old.close()
    store = Store(path)
    assert store.version() == SCHEMA_VERSION >= 2
    assert store.search("ancien")["articles"][0]["doc"] == "ancien"  # full-text rows realigned
    examples = _examples()
    add_to_store(examples[:2], store, analyzer=analyzer)
    add_to_store(examples[2:], store, analyzer=analyzer)
    assert [len(s.documents) for s in store.stories()] == [4]
    assert {r["doc"] for r in store.search("barrage")["articles"]} >= {examples[0].id}
