"""The SQLite store: every article, its analysis, the linking indexes and the per-story views.

One file, stdlib ``sqlite3``, WAL journal (readers such as the web app never block a writer), schema
versioned with ordered migrations. Everything that touches the file goes through :class:`Store`.

Writes are grouped in transactions of one batch: a run killed midway leaves every committed article
exactly once with its finished analysis and links, and running the same command again resumes where
it stopped (articles are keyed by id and content hash).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import socket
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recoupe.errors import Errors, RecoupeError
from recoupe.link.corrections import apply_to_pairs
from recoupe.link.state import MAX_SHINGLE_POSTINGS, UNDATED, StoryRecord
from recoupe.model import (
    Article,
    Citation,
    ClaimGroup,
    Correction,
    DocumentAnalysis,
    DossierEntity,
    SharedPassage,
    Story,
    TimelineEvent,
)
from recoupe.store.search import fts_alternatives, passage, stem_text, stem_word
from recoupe.text import fold_compat

#: Schema migrations, in order; ``MIGRATIONS[i]`` takes the schema from version ``i`` to ``i + 1``.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, hash TEXT NOT NULL, text TEXT NOT NULL, body_start INTEGER NOT NULL,
        published TEXT, title TEXT, outlet TEXT, url TEXT, lang TEXT NOT NULL, path TEXT,
        analysis TEXT NOT NULL, story TEXT, added TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE TABLE entities (doc TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, type TEXT, name TEXT);
    CREATE INDEX entities_doc ON entities(doc);
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE claims (
        doc TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, category TEXT, value REAL, low REAL,
        high REAL, qualifier TEXT, subject TEXT, source_text TEXT, source_entity TEXT, date TEXT, place TEXT,
        reported INTEGER
    );
    CREATE INDEX claims_doc ON claims(doc);
    CREATE TABLE quotes (
        doc TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, kind TEXT, speaker_text TEXT,
        speaker_entity TEXT
    );
    CREATE INDEX quotes_doc ON quotes(doc);
    CREATE VIRTUAL TABLE articles_fts USING fts5(doc UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        doc UNINDEXED, start UNINDEXED, "end" UNINDEXED, text, speaker, tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE link_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    CREATE TABLE link_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, first TEXT, last TEXT, documents TEXT NOT NULL);
    CREATE TABLE story_features (
        story TEXT NOT NULL, feature TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (story, feature)
    ) WITHOUT ROWID;
    CREATE INDEX story_features_feature ON story_features(feature);
    CREATE TABLE shingles (hash INTEGER NOT NULL, doc TEXT NOT NULL, position INTEGER NOT NULL);
    CREATE INDEX shingles_hash ON shingles(hash);
    CREATE TABLE shared (
        doc TEXT NOT NULL, start INTEGER, "end" INTEGER, source TEXT, source_start INTEGER,
        source_end INTEGER, words INTEGER
    );
    CREATE INDEX shared_doc ON shared(doc);
    CREATE TABLE story_views (story TEXT PRIMARY KEY, view TEXT NOT NULL);
    """,
    # 2: story postings by time bucket, so that an article only meets the stories of its weeks.
    """
    CREATE TABLE link_postings (
        feature TEXT NOT NULL, bucket INTEGER NOT NULL, story TEXT NOT NULL, PRIMARY KEY (feature, bucket, story)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO link_postings (feature, bucket, story) SELECT feature, -1, story FROM story_features;
    ALTER TABLE shingles ADD COLUMN bucket INTEGER NOT NULL DEFAULT -1;
    DROP INDEX shingles_hash;
    CREATE INDEX shingles_hash_bucket ON shingles(hash, bucket);
    CREATE INDEX shingles_doc ON shingles(doc);
    DELETE FROM articles_fts;
    INSERT INTO articles_fts (rowid, doc, title, text)
        SELECT rowid, id, coalesce(title, ''), substr(text, body_start + 1) FROM articles;
    DELETE FROM quotes_fts;
    INSERT INTO quotes_fts (rowid, doc, start, "end", text, speaker)
        SELECT a.rowid * 10000 + row_number() OVER (PARTITION BY q.doc ORDER BY q.rowid) - 1, q.doc, q.start,
               q."end", q.text, coalesce(q.speaker_entity, q.speaker_text, '')
        FROM quotes q JOIN articles a ON a.id = q.doc;
    """,
    # 3: articles being analyzed, by whom: two processes adding the same article analyze it once.
    """
    CREATE TABLE pending (id TEXT PRIMARY KEY, hash TEXT NOT NULL, owner TEXT NOT NULL, since REAL NOT NULL);
    """,
    # 4: search by stems (``store/search.py``): a folded, stemmed copy of each title, body and quote, at
    # the rowids of ``articles_fts`` and ``quotes_fts``; existing rows are stemmed by ``recoupe_stem``.
    """
    CREATE VIRTUAL TABLE articles_stem USING fts5(title, text, tokenize='unicode61 remove_diacritics 2');
    INSERT INTO articles_stem (rowid, title, text)
        SELECT rowid, recoupe_stem(coalesce(title, ''), lang), recoupe_stem(substr(text, body_start + 1), lang)
        FROM articles;
    CREATE VIRTUAL TABLE quotes_stem USING fts5(text, speaker, tokenize='unicode61 remove_diacritics 2');
    INSERT INTO quotes_stem (rowid, text, speaker)
        SELECT f.rowid, recoupe_stem(f.text, a.lang), recoupe_stem(f.speaker, a.lang)
        FROM quotes_fts f JOIN articles a ON a.rowid = f.rowid / 10000;
    """,
    # 5: corrections (``link/corrections.py``). ``articles.linked`` is the story the linker gave an article,
    # ``articles.story`` the one it is shown in once corrections hold; ``story_overlay`` holds the shown
    # record of every story a correction changed (the linker's ``stories`` rows stay the machine's);
    # ``redated`` the analysis of an article made again with the date a ``set_date`` correction gives.
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL, change TEXT NOT NULL,
        editor TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, undone TEXT, undone_by TEXT
    );
    ALTER TABLE articles ADD COLUMN linked TEXT;
    UPDATE articles SET linked = story;
    CREATE INDEX articles_linked ON articles(linked);
    CREATE TABLE story_overlay (
        id TEXT PRIMARY KEY, title TEXT, first TEXT, last TEXT, documents TEXT NOT NULL, corrected_by TEXT NOT NULL
    );
    CREATE TABLE redated (doc TEXT PRIMARY KEY, hash TEXT NOT NULL, published TEXT NOT NULL, analysis TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: Words, as search splits names (apostrophes and hyphens separate them).
WORDS = re.compile(r"\w+")

#: Full-text rows reserved per article for its quotes (their rowids follow the article's).
QUOTE_SLOTS = 10_000


#: The row columns that make a parsed article and analysis (``added`` and ``story`` do not).
_PARSED_KEY = ("hash", "text", "body_start", "published", "title", "outlet", "url", "lang", "path", "analysis")
#: Articles parsed by ``Store.articles(reuse=True)`` in this process: id → (row content, pair). Bounded.
PARSED: dict[str, tuple[tuple[Any, ...], tuple[Article, DocumentAnalysis]]] = {}
PARSED_MAX = 20_000


def content_hash(article: Article) -> str:
    """What decides whether an article changed: its text and the metadata that shape its analysis."""
    data = json.dumps([article.text, article.published, article.title, article.lang], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class Store:
    """A recoupe SQLite file.

    Args:
        path: the database file (created with the current schema if missing, migrated if older).
        readonly: open without write access (the web app's default).
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._forms: tuple[tuple[int, int], dict[str, list[str]]] | None = None  # see entity_forms
        if readonly and not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no such store")
        if self.path.is_dir():
            raise RecoupeError(Errors.E703, path=self.path, error="it is a folder")
        try:
            self.db = self._connect()
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, error) from error
        try:
            self._check()
        except BaseException:
            self.db.close()
            raise
        #: whether the file has the corrections' tables (a store of an older recoupe opened read-only has not)
        self.corrigible = self.version() >= 5

    def _connect(self) -> sqlite3.Connection:
        """Open the file; a read-only store in a folder nobody may write to is opened immutable.

        A WAL database is read through its ``-shm`` file, which SQLite cannot create in a read-only
        folder: every query then fails ("unable to open database file"). Nobody can be writing there,
        so reading it as immutable is exact.
        """
        if self.readonly:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                db.close()
                if os.access(self.path.parent, os.W_OK):
                    raise
                db = sqlite3.connect(f"{self.path.resolve().as_uri()}?immutable=1", uri=True, check_same_thread=False)
            _functions(db)
            return db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # a writer waits up to 30 s for another one (two `recoupe add` on one store take turns)
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        try:
            _wal(db)
            db.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            db.close()
            raise
        _functions(db)
        return db

    def _check(self) -> None:
        """Migrate a writable store; refuse a file that is no recoupe store, or one from a newer recoupe."""
        try:
            version = self.version()
            if version > SCHEMA_VERSION:
                raise RecoupeError(Errors.E702, path=self.path, version=version, supported=SCHEMA_VERSION)
            if not self.readonly:
                self.migrate()
            elif version == 0:
                raise RecoupeError(Errors.E701, path=self.path, error="no recoupe tables in it")
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, error) from error

    def _tables(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------------

    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema to :data:`SCHEMA_VERSION`, all migrations in one write transaction.

        The version is read again under the write lock: two processes creating one store at once
        take turns, and the second finds the schema made (not "table articles already exists").
        """
        if self.version() == SCHEMA_VERSION:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self.version()
            if current > SCHEMA_VERSION:
                raise RecoupeError(Errors.E702, path=self.path, version=current, supported=SCHEMA_VERSION)
            if current == 0 and self._tables() - {"sqlite_sequence"}:  # not ours: never add tables to it
                raise RecoupeError(Errors.E701, path=self.path, error="an SQLite file of another program")
            for version in range(current, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[version]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- articles and analyses ------------------------------------------------------------------------

    def hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored content hashes of the given article ids (absent ids are left out)."""
        found: dict[str, str] = {}
        batch = list(ids)
        for i in range(0, len(batch), 500):
            chunk = batch[i : i + 500]
            rows = self.db.execute(f"SELECT id, hash FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            found.update({row["id"]: row["hash"] for row in rows})
        return found

    def put(self, article: Article, analysis: DocumentAnalysis, story: str | None) -> None:
        """Insert or replace one article with its analysis (inside the caller's transaction).

        Full-text rows are addressed by the article's rowid (quotes: ``rowid * QUOTE_SLOTS + i``), so
        replacing an article never scans the FTS tables, and adding a new one deletes nothing.
        """
        previous = self.db.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
        if previous is not None:
            self._delete(article.id, previous[0])
        cursor = self.db.execute(
            "INSERT INTO articles (id, hash, text, body_start, published, title, outlet, url, lang, path, analysis,"
            " story, linked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                content_hash(article),
                article.text,
                article.body_start,
                analysis.published,
                article.title,
                article.outlet,
                article.url,
                article.lang,
                article.path,
                json.dumps(analysis.to_json(), ensure_ascii=False),
                story,
                story,
            ),
        )
        rowid = int(cursor.lastrowid or 0)
        self.db.executemany(
            'INSERT INTO entities (doc, start, "end", text, type, name) VALUES (?,?,?,?,?,?)',
            [(article.id, e.start, e.end, e.text, e.type, e.name) for e in analysis.entities],
        )
        self.db.executemany(
            'INSERT INTO claims (doc, start, "end", text, category, value, low, high, qualifier, subject,'
            " source_text, source_entity, date, place, reported) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article.id,
                    c.start,
                    c.end,
                    c.text,
                    c.category,
                    _real(c.value),
                    _real(c.low),
                    _real(c.high),
                    c.qualifier,
                    c.subject,
                    c.source.text if c.source else None,
                    c.source.entity if c.source else None,
                    c.date,
                    c.place,
                    int(c.reported),
                )
                for c in analysis.claims
            ],
        )
        self.db.executemany(
            'INSERT INTO quotes (doc, start, "end", text, kind, speaker_text, speaker_entity) VALUES (?,?,?,?,?,?,?)',
            [
                (
                    article.id,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    q.speaker.text if q.speaker else None,
                    q.speaker.entity if q.speaker else None,
                )
                for q in analysis.quotes
            ],
        )
        self.db.execute(
            "INSERT INTO articles_fts (rowid, doc, title, text) VALUES (?,?,?,?)",
            (rowid, article.id, article.title or "", article.text[article.body_start :]),
        )
        self.db.executemany(
            'INSERT INTO quotes_fts (rowid, doc, start, "end", text, speaker) VALUES (?,?,?,?,?,?)',
            [
                (
                    rowid * QUOTE_SLOTS + i,
                    article.id,
                    q.start,
                    q.end,
                    q.text,
                    (q.speaker.entity or q.speaker.text) if q.speaker else "",
                )
                for i, q in enumerate(analysis.quotes[:QUOTE_SLOTS])
            ],
        )
        lang = article.lang
        self.db.execute(
            "INSERT INTO articles_stem (rowid, title, text) VALUES (?,?,?)",
            (rowid, stem_text(article.title, lang), stem_text(article.text[article.body_start :], lang)),
        )
        self.db.executemany(
            "INSERT INTO quotes_stem (rowid, text, speaker) VALUES (?,?,?)",
            [
                (
                    rowid * QUOTE_SLOTS + i,
                    stem_text(q.text, lang),
                    stem_text((q.speaker.entity or q.speaker.text) if q.speaker else "", lang),
                )
                for i, q in enumerate(analysis.quotes[:QUOTE_SLOTS])
            ],
        )

    def _delete(self, doc: str, rowid: int) -> None:
        """Remove an article and everything derived from it (indexed deletes only)."""
        for table in ("entities", "claims", "quotes", "shared", "shingles"):
            self.db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
        self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        self.db.execute(
            "DELETE FROM quotes_fts WHERE rowid >= ? AND rowid < ?", (rowid * QUOTE_SLOTS, (rowid + 1) * QUOTE_SLOTS)
        )
        self.db.execute("DELETE FROM articles_stem WHERE rowid = ?", (rowid,))
        self.db.execute(
            "DELETE FROM quotes_stem WHERE rowid >= ? AND rowid < ?", (rowid * QUOTE_SLOTS, (rowid + 1) * QUOTE_SLOTS)
        )
        self.db.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))

    def article_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article(self, doc: str) -> tuple[Article, DocumentAnalysis] | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (doc,)).fetchone()
        return self._pair(row) if row else None

    def articles(
        self, ids: Iterable[str] | None = None, *, reuse: bool = False
    ) -> list[tuple[Article, DocumentAnalysis]]:
        """Articles with their analyses (all, or the given ids), in publication order.

        Args:
            reuse: hand back the very objects an earlier call of this process parsed from the same row
                (:data:`PARSED`), not new ones: a story's view reads its 1 000 articles again at every
                add, and parsing their analyses would be most of the add. The caller must not change them
                in place (derive new objects, as ``dataclasses.replace`` does).
        """
        pair = self._reused if reuse else self._pair
        if ids is None:
            rows = self.db.execute("SELECT * FROM articles ORDER BY published IS NULL, published, id")
            return [pair(row) for row in rows]
        wanted = list(ids)
        fetched: list[Any] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            fetched += self.db.execute(
                f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        pairs = [pair(row) for row in fetched]
        pairs.sort(key=lambda p: (p[1].published is None, p[1].published or "", p[0].id))
        return pairs

    def corrected_articles(
        self, ids: Iterable[str] | None = None, applied: set[int] | None = None, reuse: bool = False
    ) -> list[tuple[Article, DocumentAnalysis]]:
        """:meth:`articles` as a person corrected them (dates, claims, speakers: ``link/corrections.py``),
        what story views, the report, the exports and the web app read.

        Args:
            applied: if given, receives the ids of the corrections that found their target.
            reuse: as for :meth:`articles` (the corrected pairs are new objects; the shared ones stay as
                they were).
        """
        pairs = self.articles(ids, reuse=reuse)
        held = self.corrections(include_undone=False)
        if not held:
            return pairs
        return apply_to_pairs(held, pairs, redated=self.redated(a.id for a, _ in pairs), applied=applied)

    @classmethod
    def _reused(cls, row: sqlite3.Row) -> tuple[Article, DocumentAnalysis]:
        """The pair of ``row``, parsed once per process while the row's content stays the same."""
        key = tuple(row[column] for column in _PARSED_KEY)
        found = PARSED.get(row["id"])
        if found is not None and found[0] == key:
            return found[1]
        pair = cls._pair(row)
        if len(PARSED) >= PARSED_MAX:
            PARSED.pop(next(iter(PARSED)))
        PARSED[row["id"]] = (key, pair)
        return pair

    @staticmethod
    def _pair(row: sqlite3.Row) -> tuple[Article, DocumentAnalysis]:
        article = Article(
            id=row["id"],
            text=row["text"],
            published=row["published"],
            title=row["title"],
            outlet=row["outlet"],
            url=row["url"],
            lang=row["lang"],
            path=row["path"],
            body_start=row["body_start"],
        )
        return article, DocumentAnalysis.from_json(json.loads(row["analysis"]))

    # -- dossier views --------------------------------------------------------------------------------

    def add_shared(self, passages: Iterable[SharedPassage]) -> None:
        self.db.executemany(
            'INSERT INTO shared (doc, start, "end", source, source_start, source_end, words) VALUES (?,?,?,?,?,?,?)',
            [(p.doc, p.start, p.end, p.source, p.source_start, p.source_end, p.words) for p in passages],
        )

    def shared(self, docs: Iterable[str] | None = None) -> list[SharedPassage]:
        """Shared passages (all, or those of the given copying articles, read by index), in storing order."""
        columns = 'rowid, doc, start, "end", source, source_start, source_end, words'
        if docs is None:
            rows = self.db.execute(f"SELECT {columns} FROM shared ORDER BY rowid").fetchall()
        else:
            wanted = list(dict.fromkeys(docs))
            rows = []
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows += self.db.execute(
                    f"SELECT {columns} FROM shared WHERE doc IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
            rows.sort(key=lambda row: row[0])
        return [SharedPassage(*row[1:]) for row in rows]

    def story_of(self, doc: str) -> str | None:
        row = self.db.execute("SELECT story FROM articles WHERE id = ?", (doc,)).fetchone()
        return row[0] if row else None

    def set_story(self, doc: str, story: str) -> None:
        """The story the linker puts the article in (shown there until a correction says otherwise)."""
        self.db.execute("UPDATE articles SET story = ?, linked = ? WHERE id = ?", (story, story, doc))

    def linked_story(self, doc: str) -> str | None:
        """The story the linker gave the article, whatever corrections say."""
        row = self.db.execute("SELECT linked FROM articles WHERE id = ?", (doc,)).fetchone()
        return row[0] if row else None

    # -- corrections ------------------------------------------------------------------------------------

    def add_correction(self, correction: Correction) -> int:
        """Store a correction (inside the caller's transaction) and return its id."""
        cursor = self.db.execute(
            "INSERT INTO corrections (kind, target, change, editor, reason, created, undone, undone_by)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                correction.kind,
                json.dumps(correction.target, ensure_ascii=False),
                json.dumps(correction.change, ensure_ascii=False),
                correction.editor,
                correction.reason,
                correction.created,
                correction.undone,
                correction.undone_by,
            ),
        )
        correction.id = int(cursor.lastrowid or 0)
        return correction.id

    def corrections(self, include_undone: bool = True) -> list[Correction]:
        """The corrections in the order they were made (the order they apply in)."""
        if not self.corrigible:
            return []
        query = "SELECT * FROM corrections" + ("" if include_undone else " WHERE undone IS NULL") + " ORDER BY id"
        return [_correction(row) for row in self.db.execute(query)]

    def correction(self, correction_id: int) -> Correction | None:
        row = self.db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        return _correction(row) if row else None

    def undo_correction(self, correction_id: int, editor: str, when: str) -> Correction:
        """Mark a correction undone (kept, for the audit list); ``E802`` if unknown, ``E803`` if undone."""
        found = self.correction(correction_id)
        if found is None:
            raise RecoupeError(Errors.E802, id=correction_id)
        if found.undone is not None:
            raise RecoupeError(Errors.E803, id=correction_id, when=found.undone, who=found.undone_by)
        self.db.execute("UPDATE corrections SET undone = ?, undone_by = ? WHERE id = ?", (when, editor, correction_id))
        found.undone, found.undone_by = when, editor
        return found

    def linked_members(self, stories: Iterable[str] = (), docs: Iterable[str] = ()) -> dict[str, str]:
        """The linker's story of the articles of ``stories`` and of the articles ``docs``."""
        found: dict[str, str] = {}
        for column, wanted in (("linked", list(dict.fromkeys(stories))), ("id", list(dict.fromkeys(docs)))):
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows = self.db.execute(
                    f"SELECT id, linked FROM articles WHERE {column} IN ({','.join('?' * len(chunk))})", chunk
                )
                found.update({row[0]: row[1] for row in rows if row[1] is not None})
        return found

    def overlay(self) -> dict[str, tuple[Story, list[int]]]:
        """The stories corrections changed, as shown, with the ids of the corrections that changed each."""
        if not self.corrigible:
            return {}
        rows = self.db.execute("SELECT id, title, first, last, documents, corrected_by FROM story_overlay")
        return {
            r["id"]: (
                Story(
                    id=r["id"], title=r["title"], documents=json.loads(r["documents"]), first=r["first"], last=r["last"]
                ),
                json.loads(r["corrected_by"]),
            )
            for r in rows
        }

    def set_overlay(self, stories: Iterable[tuple[Story, list[int]]], shown: dict[str, str]) -> None:
        """Replace the shown stories corrections changed, and put each article in its shown story
        (``shown``: article → story; every other article is shown where the linker put it)."""
        self.db.execute("DELETE FROM story_overlay")
        self.db.executemany(
            "INSERT INTO story_overlay (id, title, first, last, documents, corrected_by) VALUES (?,?,?,?,?,?)",
            [
                (s.id, s.title, s.first, s.last, json.dumps(s.documents, ensure_ascii=False), json.dumps(ids))
                for s, ids in stories
            ],
        )
        self.db.execute("UPDATE articles SET story = linked WHERE story IS NOT linked")
        self.db.executemany(
            "UPDATE articles SET story = ? WHERE id = ?", [(story, doc) for doc, story in shown.items()]
        )

    def redated(self, docs: Iterable[str]) -> dict[str, DocumentAnalysis]:
        """Analyses made again with a corrected date, of those of ``docs`` whose text is unchanged since."""
        found: dict[str, DocumentAnalysis] = {}
        wanted = list(dict.fromkeys(docs))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = self.db.execute(
                "SELECT r.doc, r.analysis FROM redated r JOIN articles a ON a.id = r.doc AND a.hash = r.hash"
                f" WHERE r.doc IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update({row[0]: DocumentAnalysis.from_json(json.loads(row[1])) for row in rows})
        return found

    def redated_dates(self) -> dict[str, str]:
        """The corrected date of every article with a current re-dated analysis."""
        rows = self.db.execute(
            "SELECT r.doc, r.published FROM redated r JOIN articles a ON a.id = r.doc AND a.hash = r.hash"
        )
        return {row[0]: row[1] for row in rows}

    def put_redated(self, doc: str, published: str, analysis: DocumentAnalysis) -> None:
        """Keep the analysis of ``doc`` made with the corrected date ``published``."""
        self.db.execute(
            "INSERT OR REPLACE INTO redated (doc, hash, published, analysis)"
            " SELECT id, hash, ?, ? FROM articles WHERE id = ?",
            (published, json.dumps(analysis.to_json(), ensure_ascii=False), doc),
        )

    def drop_redated(self, keep: Iterable[str]) -> None:
        """Forget the re-dated analyses of every article but ``keep``."""
        wanted = list(keep)
        self.db.execute(f"DELETE FROM redated WHERE doc NOT IN ({','.join('?' * len(wanted))})", wanted)

    def save_view(self, story: str, view: dict[str, Any] | str) -> None:
        """Keep a story's view: a dict, or its JSON already written (``link.dossier.view_json``)."""
        self.db.execute(
            "INSERT OR REPLACE INTO story_views (story, view) VALUES (?, ?)",
            (story, view if isinstance(view, str) else json.dumps(view, ensure_ascii=False)),
        )

    def release(self, docs: Iterable[str]) -> None:
        """End the reservations of stored articles (inside the transaction that stores them)."""
        self.db.executemany("DELETE FROM pending WHERE id = ?", [(doc,) for doc in docs])

    def drop_story(self, story_id: str) -> None:
        """Remove a story that no article is in any more, with its index rows and its view."""
        for table, column in (
            ("stories", "id"),
            ("story_features", "story"),
            ("link_postings", "story"),
            ("story_views", "story"),
        ):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (story_id,))

    def story(self, story_id: str) -> Story | None:
        """The story as shown: the linker's, or the record corrections made of it."""
        row = (
            self.db.execute(
                "SELECT id, title, first, last, documents FROM story_overlay WHERE id = ?", (story_id,)
            ).fetchone()
            or self.db.execute(
                "SELECT id, title, first, last, documents FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
        )
        if row is None:
            return None
        return Story(
            id=row["id"],
            title=row["title"],
            documents=json.loads(row["documents"]),
            first=row["first"],
            last=row["last"],
        )

    def stories(self) -> list[Story]:
        """Every story as shown (corrections applied), largest first."""
        rows = self.db.execute(
            "SELECT id, title, first, last, documents FROM story_overlay WHERE documents != '[]' UNION ALL"
            " SELECT id, title, first, last, documents FROM stories WHERE documents != '[]'"
            " AND id NOT IN (SELECT id FROM story_overlay)"
            if self.corrigible
            else "SELECT id, title, first, last, documents FROM stories WHERE documents != '[]'"
        )
        stories = [
            Story(id=r["id"], title=r["title"], documents=json.loads(r["documents"]), first=r["first"], last=r["last"])
            for r in rows
        ]
        stories = [s for s in stories if s.documents]  # emptied by a store of an older recoupe
        stories.sort(key=lambda s: (-len(s.documents), int(s.id[1:]) if s.id[1:].isdigit() else 0))
        return stories

    def view(self, story: str) -> dict[str, Any]:
        """A story's claim groups, timeline, summary and entities, as computed at its last change."""
        row = self.db.execute("SELECT view FROM story_views WHERE story = ?", (story,)).fetchone()
        view = json.loads(row["view"]) if row else {"claim_groups": [], "timeline": [], "summary": [], "entities": []}
        view.setdefault("events", [])  # views saved before events and places existed
        view.setdefault("places", [])
        view.setdefault("corrections", [])  # the corrections that hold in it (``Correction.to_json()``)
        return view

    def claim_groups(self, story: str) -> list[ClaimGroup]:
        return [ClaimGroup.from_json(g) for g in self.view(story)["claim_groups"]]

    def timeline(self, story: str) -> list[TimelineEvent]:
        return [
            TimelineEvent(**{**e, "citations": [Citation(**c) for c in e["citations"]]})
            for e in self.view(story)["timeline"]
        ]

    def summary(self, story: str) -> list[Citation]:
        return [Citation(**c) for c in self.view(story)["summary"]]

    def events(self, story: str) -> list[dict[str, Any]]:
        """The story's proposed ACLED events (``link/events.py``), as stored (ACLED field names)."""
        return list(self.view(story)["events"])

    def places(self, story: str) -> list[dict[str, Any]]:
        """The story's places with gazetteer coordinates (``link/places.py``), most mentioned first."""
        return list(self.view(story)["places"])

    def entities(self, story: str) -> list[DossierEntity]:
        return [DossierEntity(**e) for e in self.view(story)["entities"]]

    # -- search ---------------------------------------------------------------------------------------

    def entity_forms(self) -> dict[str, list[str]]:
        """Every written form of every merged entity, under each of its forms folded.

        A query naming ``Tokayev`` is then widened to ``Tokaïev`` and ``Kassym-Jomart Tokaïev`` when
        any story merged them into one entity; the forms of every story are pooled (one name may be
        merged with more aliases in one story than in another). Read once per change of the file
        (``PRAGMA data_version`` moves on another connection's commit, ``total_changes`` on this one's).
        """
        key = (int(self.db.execute("PRAGMA data_version").fetchone()[0]), self.db.total_changes)
        if self._forms is not None and self._forms[0] == key:
            return self._forms[1]
        forms: dict[str, list[str]] = {}
        for (view,) in self.db.execute("SELECT view FROM story_views"):
            for entity in json.loads(view).get("entities", []):
                written = list(dict.fromkeys([entity["name"], *entity.get("aliases", [])]))
                for form in written:
                    known = forms.setdefault(_folded_words(form), [])
                    known.extend(w for w in written if w not in known)
        self._forms = (key, forms)
        return forms

    def entity(self, name: str, limit: int = 200) -> dict[str, Any] | None:
        """One entity across stories: its written forms, the articles naming it, its quotes and figures.

        ``name`` is any of its forms (case and accents aside). Every story's merged entity with that
        form is pooled, so the page also gathers the stories that named it differently. Quotes and
        figures are those the analysis attributed to one of its forms (speaker, source).
        """
        wanted = _folded_words(name)
        if not wanted:
            return None
        found: dict[str, Any] | None = None
        for story, view in self.db.execute("SELECT story, view FROM story_views ORDER BY story"):
            for entity in json.loads(view).get("entities", []):
                written = [entity["name"], *entity.get("aliases", [])]
                if wanted not in {_folded_words(w) for w in written}:
                    continue
                if found is None:
                    found = {
                        "name": entity["name"],
                        "type": entity.get("type"),
                        "forms": [],
                        "documents": [],
                        "stories": [],
                    }
                found["forms"] = list(dict.fromkeys([*found["forms"], *written]))
                found["documents"] += [d for d in entity.get("documents", []) if d not in found["documents"]]
                found["stories"].append(story)
        if found is None:
            return None
        forms, docs = found["forms"], found["documents"][:limit]
        found["articles"] = (
            [
                {
                    "doc": row["id"],
                    "title": row["title"],
                    "outlet": row["outlet"],
                    "published": row["published"],
                    "story": row["story"],
                }
                for row in self.db.execute(
                    "SELECT id, title, outlet, published, story FROM articles"
                    f" WHERE id IN ({','.join('?' * len(docs))})"
                    " ORDER BY published IS NULL, published, id",
                    docs,
                )
            ]
            if docs
            else []
        )
        marks = ",".join("?" * len(forms))
        found["quotes"] = [
            dict(row)
            for row in self.db.execute(
                'SELECT q.doc, q.start, q."end", q.text, q.kind, a.title, a.outlet, a.published FROM quotes q'
                f" JOIN articles a ON a.id = q.doc WHERE q.speaker_entity IN ({marks}) OR q.speaker_text IN ({marks})"
                " ORDER BY a.published IS NULL, a.published, q.doc, q.start LIMIT ?",
                (*forms, *forms, limit),
            )
        ]
        found["figures"] = [
            dict(row)
            for row in self.db.execute(
                'SELECT c.doc, c.start, c."end", c.text, c.category, c.value, c.date, a.title, a.outlet, a.published'
                f" FROM claims c JOIN articles a ON a.id = c.doc WHERE c.source_entity IN ({marks})"
                f" OR c.source_text IN ({marks}) ORDER BY a.published IS NULL, a.published, c.doc, c.start LIMIT ?",
                (*forms, *forms, limit),
            )
        ]
        return found

    def search(
        self,
        query: str,
        limit: int = 50,
        story: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """Articles and quotes matching every word of ``query``, best first (bm25, titles weigh double).

        Words match by stem, without case or accents; a word (or run of words) that names an entity
        matches all its written forms; ``*`` after a word keeps it a prefix. ``story``, ``outlet``
        (any case) and the publication days ``since`` … ``until`` (``YYYY-MM-DD``, inclusive) filter.
        Each result carries its title, outlet, date, story and the matching passage in three parts.
        """
        # a store opened read-only before migration 4 has no stem tables: its folded words, unstemmed
        stemmed = self.version() >= 4
        index, weights, quote_index = (
            ("articles_stem", "2.0, 1.0", "quotes_stem") if stemmed else ("articles_fts", "0.0, 2.0, 1.0", "quotes_fts")
        )
        match, stems = _stem_query(query, self.entity_forms(), stemmed)
        if not match:
            return {"articles": [], "quotes": [], "stems": []}
        where, parameters = _filters(story, outlet, since, until)
        articles = []
        for row in self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.story, a.text, a.body_start, a.lang,"
            f" bm25({index}, {weights}) AS score FROM {index} JOIN articles a"
            f" ON a.rowid = {index}.rowid WHERE {index} MATCH ?{where} ORDER BY score LIMIT ?",
            (match, *parameters, limit),
        ):
            articles.append(
                {
                    "doc": row["id"],
                    "title": row["title"],
                    "outlet": row["outlet"],
                    "published": row["published"],
                    "story": row["story"],
                    "score": row["score"],
                    "passage": passage(row["text"][row["body_start"] :], stems, row["lang"]),
                }
            )
        quotes = []
        for row in self.db.execute(
            'SELECT q.doc, q.start, q."end", q.text, q.speaker, a.title, a.outlet, a.published, a.story, a.lang,'
            f' bm25({quote_index}) AS score FROM {quote_index} JOIN (SELECT rowid AS id, doc, start, "end", text,'
            f" speaker FROM quotes_fts) q ON q.id = {quote_index}.rowid"
            f" JOIN articles a ON a.rowid = {quote_index}.rowid / {QUOTE_SLOTS}"
            f" WHERE {quote_index} MATCH ?{where} ORDER BY score LIMIT ?",
            (match, *parameters, limit),
        ):
            item = dict(row)
            item["passage"] = passage(row["text"], stems, row["lang"], words=40)
            quotes.append(item)
        return {"articles": articles, "quotes": quotes, "stems": sorted(" ".join(p) for p in stems)}


def _folded_words(text: str) -> str:
    """A name as entity forms are looked up: folded words, one space apart (``Kassym-Jomart`` too)."""
    return " ".join(WORDS.findall(fold_compat(text)))


def _stem_query(query: str, forms: dict[str, list[str]], stemmed: bool = True) -> tuple[str, set[tuple[str, ...]]]:
    """The FTS5 expression over the stem tables for ``query``, and the runs of stems it looks for.

    The longest run of words that names an entity becomes the alternatives of all its forms; every
    other word its stem. Terms are quoted (see :func:`_fts_query`): no operator can be injected.
    """
    words = [w for w in _fts_query(query).replace('"', "").split() if w.strip("*")]
    groups: list[str] = []
    stems: set[tuple[str, ...]] = set()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            run = " ".join(w.rstrip("*") for w in words[i:j])
            written = forms.get(_folded_words(run))
            if written:
                expression = fts_alternatives(written, stemmed=stemmed)
                if expression:
                    groups.append(expression)
                    stems.update(tuple(stem_word(w) for w in WORDS.findall(f)) for f in written)
                i = j
                break
        else:
            word = words[i]
            i += 1
            parts = WORDS.findall(word.rstrip("*"))
            if not parts:
                continue
            if word.endswith("*") and len(parts) == 1:
                prefix = fold_compat(parts[0])
                groups.append(_prefix_expression(prefix) if stemmed else f'"{prefix}"*')
                stems.add((prefix + "*",))
                continue
            expression = fts_alternatives([" ".join(parts)], stemmed=stemmed)
            groups.append(expression)
            stems.add(tuple(stem_word(p) for p in parts))
    return " AND ".join(g for g in groups if g), stems  # explicit: FTS5 refuses "(a OR b) c"


def _prefix_expression(prefix: str) -> str:
    """The stems of the words that start with ``prefix``: those starting with it, and those it starts
    with (a stem is a start of its word: ``manifestations`` is indexed ``manifest``, which
    ``manifestat*`` must find), down to six letters shorter than the prefix (three at least).
    """
    shorter = [f'"{prefix[:k]}"' for k in range(max(3, len(prefix) - 6), len(prefix))]
    return "(" + " OR ".join([f'"{prefix}"*', *shorter]) + ")" if shorter else f'"{prefix}"*'


def _filters(story: str | None, outlet: str | None, since: str | None, until: str | None) -> tuple[str, list[str]]:
    """SQL conditions on the joined ``articles a`` for the search filters, and their parameters."""
    where, parameters = "", []
    if story:
        where += " AND a.story = ?"
        parameters.append(story)
    if outlet:
        where += " AND a.outlet = ? COLLATE NOCASE"
        parameters.append(outlet)
    if since:
        where += " AND a.published >= ?"
        parameters.append(since)
    if until:
        where += " AND substr(a.published, 1, 10) <= ?"
        parameters.append(until)
    return where, parameters


def _fts_query(query: str) -> str:
    """A safe FTS5 query from user text: each word quoted (no operator injection), ``*`` kept as prefix."""
    terms = []
    query = "".join(ch if ch.isprintable() else " " for ch in query)  # a NUL ends FTS5's string: a 500
    for word in query.replace('"', " ").split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms)


class SqliteLinkState:
    """:class:`~recoupe.link.state.LinkState` in the store's tables: only the rows one article needs."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def articles_seen(self) -> int:
        row = self.db.execute("SELECT value FROM link_meta WHERE key = 'articles_seen'").fetchone()
        return int(row[0]) if row else 0

    def document_frequencies(self, features: Iterable[str]) -> dict[str, int]:
        wanted = list(dict.fromkeys(features))
        found = dict.fromkeys(wanted, 0)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for feature, df in self.db.execute(
                f"SELECT feature, df FROM link_df WHERE feature IN ({','.join('?' * len(chunk))})", chunk
            ):
                found[feature] = df
        return found

    def add_document(self, features: Iterable[str]) -> None:
        self.db.execute(
            "INSERT INTO link_meta (key, value) VALUES ('articles_seen', 1)"
            " ON CONFLICT(key) DO UPDATE SET value = value + 1"
        )
        self.db.executemany(
            "INSERT INTO link_df (feature, df) VALUES (?, 1) ON CONFLICT(feature) DO UPDATE SET df = df + 1",
            [(f,) for f in features],
        )

    def stories_with(self, features: Iterable[str], buckets: Iterable[int] | None = None) -> set[str]:
        wanted = list(features)
        bucket_list = None if buckets is None else list(buckets)
        found: set[str] = set()
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ",".join("?" * len(chunk))
            if bucket_list is None:
                rows = self.db.execute(f"SELECT DISTINCT story FROM link_postings WHERE feature IN ({marks})", chunk)
            else:
                rows = self.db.execute(
                    f"SELECT DISTINCT story FROM link_postings WHERE feature IN ({marks})"
                    f" AND bucket IN ({','.join('?' * len(bucket_list))})",
                    [*chunk, *bucket_list],
                )
            found.update(row[0] for row in rows)
        return found

    def story(self, story_id: str) -> StoryRecord:
        row = self.db.execute(
            "SELECT id, title, first, last, documents FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        return StoryRecord(id=row[0], title=row[1], documents=json.loads(row[4]), first=row[2], last=row[3])

    def story_vector(self, story_id: str) -> Counter[str]:
        return Counter(
            dict(self.db.execute("SELECT feature, weight FROM story_features WHERE story = ?", (story_id,)).fetchall())
        )

    def story_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def save_story(self, record: StoryRecord, added: Counter[str], bucket: int = UNDATED) -> None:
        self.db.execute(
            "INSERT INTO stories (id, title, first, last, documents) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE"
            " SET title = excluded.title, first = excluded.first, last = excluded.last, documents = excluded.documents",
            (record.id, record.title, record.first, record.last, json.dumps(record.documents, ensure_ascii=False)),
        )
        self.db.executemany(
            "INSERT INTO story_features (story, feature, weight) VALUES (?,?,?)"
            " ON CONFLICT(story, feature) DO UPDATE SET weight = weight + excluded.weight",
            [(record.id, feature, weight) for feature, weight in added.items()],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO link_postings (feature, bucket, story) VALUES (?,?,?)",
            [(feature, bucket, record.id) for feature in added],
        )

    def merge_story(self, into: StoryRecord, gone: StoryRecord) -> None:
        """Rows move through the merged story's own features (postings are keyed by feature first)."""
        gone.documents = []
        for record in (into, gone):
            self.save_story(record, Counter())
        features = "SELECT feature FROM story_features WHERE story = ?"
        self.db.execute(
            "INSERT OR IGNORE INTO link_postings (feature, bucket, story) SELECT feature, bucket, ?"
            f" FROM link_postings WHERE feature IN ({features}) AND story = ?",
            (into.id, gone.id, gone.id),
        )
        self.db.execute(f"DELETE FROM link_postings WHERE feature IN ({features}) AND story = ?", (gone.id, gone.id))
        self.db.execute(
            "INSERT INTO story_features (story, feature, weight) SELECT ?, feature, weight FROM story_features"
            " WHERE story = ? ON CONFLICT(story, feature) DO UPDATE SET weight = weight + excluded.weight",
            (into.id, gone.id),
        )
        self.db.execute("DELETE FROM story_features WHERE story = ?", (gone.id,))
        self.db.execute("UPDATE articles SET story = ? WHERE story = ?", (into.id, gone.id))
        self.db.execute("UPDATE articles SET linked = ? WHERE linked = ?", (into.id, gone.id))
        self.db.execute("DELETE FROM story_views WHERE story = ?", (gone.id,))

    def stories(self) -> list[StoryRecord]:
        return [
            StoryRecord(id=r[0], title=r[1], documents=json.loads(r[4]), first=r[2], last=r[3])
            for r in self.db.execute("SELECT id, title, first, last, documents FROM stories")
        ]

    def shingle_postings(
        self, hashes: Iterable[int], buckets: Iterable[int] | None = None
    ) -> dict[int, list[tuple[str, int]]]:
        wanted = [_signed(h) for h in hashes]
        bucket_list = None if buckets is None else list(buckets)
        found: dict[int, list[tuple[str, int]]] = {}
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            query = f"SELECT hash, doc, position FROM shingles WHERE hash IN ({','.join('?' * len(chunk))})"
            parameters: list[int] = chunk
            if bucket_list is not None:
                query += f" AND bucket IN ({','.join('?' * len(bucket_list))})"
                parameters = [*chunk, *bucket_list]
            for value, doc, position in self.db.execute(query + " ORDER BY rowid DESC", parameters):
                posting = found.setdefault(value & ((1 << 64) - 1), [])
                if len(posting) < MAX_SHINGLE_POSTINGS:  # the most recent articles, as in memory
                    posting.insert(0, (doc, position))
        return found

    def add_shingles(self, doc: str, hashes: list[int], bucket: int = UNDATED) -> None:
        self.db.executemany(
            "INSERT INTO shingles (hash, doc, position, bucket) VALUES (?,?,?,?)",
            [(_signed(h), doc, i, bucket) for i, h in enumerate(hashes)],
        )

    def remember_text(self, doc: str, text: str, body_start: int) -> None:
        """Nothing to do: the article's text is stored with it."""

    def text_of(self, doc: str) -> tuple[str, int]:
        row = self.db.execute("SELECT text, body_start FROM articles WHERE id = ?", (doc,)).fetchone()
        return (row[0], row[1]) if row else ("", 0)


class Reservations:
    """The articles this process is analyzing for a store, so that another process adding the same
    ones (same id, same content) leaves them to it instead of analyzing them a second time.

    It has its own connection: with ``--workers`` the pool pulls articles (and so takes them) from
    another thread than the one storing them. A reservation lasts until its article is stored (the
    batch's transaction removes it) or this process ends; one left by a dead process is ignored.
    """

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def take(self, doc: str, digest: str) -> bool:
        """Reserve ``doc`` for analysis; False when it is stored with this content already, or another
        live process has reserved it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            stored = self.db.execute("SELECT hash FROM articles WHERE id = ?", (doc,)).fetchone()
            if stored is not None and stored[0] == digest:
                return False
            other = self.db.execute("SELECT hash, owner, since FROM pending WHERE id = ?", (doc,)).fetchone()
            if other is not None and other[0] == digest and other[1] != self.owner and _alive(other[1], other[2]):
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO pending (id, hash, owner, since) VALUES (?,?,?,?)",
                (doc, digest, self.owner, time.time()),
            )
            return True
        finally:
            self.db.execute("COMMIT")

    def close(self) -> None:
        """Give back what was reserved and not stored (analyses that failed, a run interrupted)."""
        try:
            self.db.execute("DELETE FROM pending WHERE owner = ?", (self.owner,))
        finally:
            self.db.close()


def _correction(row: sqlite3.Row) -> Correction:
    return Correction(
        id=row["id"],
        kind=row["kind"],
        target=json.loads(row["target"]),
        change=json.loads(row["change"]),
        editor=row["editor"],
        reason=row["reason"],
        created=row["created"],
        undone=row["undone"],
        undone_by=row["undone_by"],
    )


def _alive(owner: str, since: float) -> bool:
    """Whether the process that reserved an article may still be analyzing it."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return time.time() - since < 3600  # another machine: trust its reservation for an hour
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True


def _functions(db: sqlite3.Connection) -> None:
    """Rows as mappings, and ``recoupe_stem(text, lang)``: migration 4 stems the stored rows in SQL."""
    db.row_factory = sqlite3.Row
    db.create_function("recoupe_stem", 2, stem_text, deterministic=True)


def _wal(db: sqlite3.Connection, patience: float = 30.0) -> None:
    """Put the file in WAL mode, waiting for other processes doing the same.

    Changing the journal mode takes an exclusive lock and SQLite reports "database is locked" at once,
    without its busy timeout, when another process opening the new file holds it: retry briefly.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one by one (``executescript`` would commit first)."""
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending.strip()
            pending = ""


def _store_error(path: Path, error: sqlite3.DatabaseError) -> RecoupeError:
    """SQLite's reason as one catalogued line: not a store or damaged (E701), or not openable (E703)."""
    message = str(error)
    if isinstance(error, sqlite3.OperationalError) and (
        "unable to open" in message or "readonly" in message or "read-only" in message or "locked" in message
    ):
        return RecoupeError(Errors.E703, path=path, error=message)
    return RecoupeError(Errors.E701, path=path, error=message)


def _real(value: float | int | None) -> float | int | None:
    """A claim's figure as SQLite can bind it: the column is REAL, but a Python ``int`` beyond 64 bits
    raises ``OverflowError`` (one absurd figure would lose its whole batch), and NaN is stored as NULL."""
    if value is None or (isinstance(value, int) and -(1 << 63) <= value < (1 << 63)):
        return value
    number = float(value)
    return number if math.isfinite(number) else None


def _signed(value: int) -> int:
    """SQLite integers are signed 64-bit; shingle hashes are unsigned."""
    return value - (1 << 64) if value >= (1 << 63) else value
