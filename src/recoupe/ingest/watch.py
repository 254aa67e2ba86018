"""Following a crisis live: each cycle reads every feed, follows new items, and adds what is new.

``recoupe watch`` calls :func:`run_cycle` every ``--every``; this module keeps what it needs to be
cheap and correct across cycles, restarts and crashes in a few tables of the store itself (created
here, ``IF NOT EXISTS``, beside the store's migrated schema; a store without them is simply one never
watched):

- ``web_fetch``: per address (feed or page), the validators of its last answer (ETag, Last-Modified)
  for the next conditional GET, the article it gave, and whether it failed for good (a 404, robots.txt)
  or may succeed later (a 5xx, a timeout).
- ``web_items``: per feed and item link, a fingerprint of the entry (title, dates, summary): an item is
  fetched when it is new or its entry changed, or when its page is due for a re-check (``recheck``).
- ``web_texts``: the hash of each stored article's text, so the same text reached under another
  address (a syndicated copy, a second URL without a canonical link) is stored once.

Crash safety follows from the order of writes. Each article is committed with its analysis and links
(one ``add_to_store`` batch), then its item state; a feed's validators are saved only once all its
items were handled. A ``kill -9`` anywhere loses no committed article, and the next cycle fetches the
feed again in full (it was not marked read) and takes up the items not yet recorded; an article stored
but not yet recorded is found unchanged by its content hash and not analyzed again.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.errors import Errors
from recoupe.ingest.web import (
    Feed,
    FeedItem,
    Fetched,
    Fetcher,
    FetchError,
    fix_url,
    is_feed,
    normalize_url,
    page_article,
    parse_feed,
)
from recoupe.model import Article, Skip
from recoupe.store import Store

#: How long a page that was read stays trusted while its feed entry does not change (seconds).
DEFAULT_RECHECK = 3600.0

WATCH_TABLES = """
CREATE TABLE IF NOT EXISTS web_fetch (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, doc TEXT, status TEXT NOT NULL, reason TEXT,
    checked REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS web_items (
    feed TEXT NOT NULL, link TEXT NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (feed, link)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS web_texts (hash TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS web_texts_doc ON web_texts(doc);
"""


@dataclass
class CycleReport:
    """What one cycle did, for the status line and for tests."""

    feeds: int = 0
    feeds_read: int = 0
    feeds_unchanged: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    stopped: bool = False
    seconds: float = 0.0

    def status(self, number: int, next_at: float | None) -> str:
        """``cycle 3: 4 feeds read (2 unchanged), 2 new articles, 1 updated, 1 skipped (E602); next …``."""
        parts = [
            f"{self.feeds_read + self.feeds_unchanged}/{self.feeds} feeds read ({self.feeds_unchanged} unchanged)",
            f"{len(self.new)} new article{'s' * (len(self.new) != 1)}",
            f"{len(self.updated)} updated",
        ]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} duplicate{'s' * (len(self.duplicates) != 1)}")
        codes = sorted({s.code for s in self.skipped})
        parts.append(f"{len(self.skipped)} skipped" + (f" ({', '.join(codes)})" if codes else ""))
        when = (
            "stopped"
            if self.stopped or next_at is None
            else f"next cycle at {time.strftime('%H:%M:%S', time.localtime(next_at))}"
        )
        return f"{time.strftime('%H:%M:%S')} cycle {number}: {', '.join(parts)} in {self.seconds:.1f} s; {when}"


class WatchState:
    """The watch's tables in the store (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self.db.executescript(WATCH_TABLES)

    def page(self, url: str) -> dict[str, object] | None:
        row = self.db.execute("SELECT * FROM web_fetch WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def save_page(
        self,
        url: str,
        fetched: Fetched | None,
        *,
        doc: str | None = None,
        status: str = "ok",
        reason: str | None = None,
    ) -> None:
        """Record how ``url`` answered; a 304 keeps the validators and article it had."""
        old = self.page(url) or {}
        etag = fetched.etag if fetched and fetched.etag else old.get("etag") if fetched else None
        modified = (
            fetched.last_modified
            if fetched and fetched.last_modified
            else old.get("last_modified")
            if fetched
            else None
        )
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO web_fetch (url, etag, last_modified, doc, status, reason, checked)"
                " VALUES (?,?,?,?,?,?,?)",
                (url, etag, modified, doc if doc is not None else old.get("doc"), status, reason, time.time()),
            )

    def items(self, feed: str) -> dict[str, str]:
        """The links last listed by ``feed``, with their entry fingerprints."""
        return dict(self.db.execute("SELECT link, fingerprint FROM web_items WHERE feed = ?", (feed,)).fetchall())

    def save_item(self, feed: str, link: str, fingerprint: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO web_items (feed, link, fingerprint) VALUES (?,?,?)", (feed, link, fingerprint)
            )

    def forget_items(self, feed: str, keep: set[str]) -> None:
        """Drop the items a feed no longer lists (if one comes back, it is checked like a new one)."""
        gone = [link for link in self.items(feed) if link not in keep]
        with self.db:
            self.db.executemany("DELETE FROM web_items WHERE feed = ? AND link = ?", [(feed, g) for g in gone])

    def doc_with_text(self, text_hash: str) -> str | None:
        row = self.db.execute("SELECT doc FROM web_texts WHERE hash = ?", (text_hash,)).fetchone()
        return row[0] if row else None

    def save_text(self, doc: str, text_hash: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM web_texts WHERE doc = ?", (doc,))
            self.db.execute("INSERT OR REPLACE INTO web_texts (hash, doc) VALUES (?, ?)", (text_hash, doc))


def text_hash(article: Article) -> str:
    """What makes two addresses one article: the same words (whitespace and case aside)."""
    words = " ".join(article.text[article.body_start :].split()).casefold()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def read_feed_list(path: Path) -> tuple[list[str], list[Skip]]:
    """The addresses of a feeds file: one per line; blank lines and ``#`` comments ignored.

    A line that is not an http(s) address is a Skip (the others are watched). Duplicates (after
    normalization) are read once.

    Raises:
        OSError: the file cannot be read (the command says so and stops: there is nothing to watch).
    """
    feeds: list[str] = []
    skips: list[Skip] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not text:
            continue
        url = fix_url(text)
        if not re.match(r"(?i)^https?://[^/\s]+", url):
            scheme = url.split(":", 1)[0] + ":" if ":" in url else url
            skips.append(Skip(f"{path}:{number}", Errors.E110.format(scheme=scheme), "E110"))
            continue
        key = normalize_url(url)
        if key not in seen:
            seen.add(key)
            feeds.append(url)
    return feeds, skips


AddArticle = Callable[[Article], tuple[str, list[Skip]]]


class Watcher:
    """Runs cycles over a list of feeds into one store.

    Args:
        store: the store (opened for writing).
        fetcher: the polite HTTP client, kept across cycles (robots.txt cache, per-host clock).
        add: stores one article (analysis, links, story views; one transaction) and says whether it
            was ``"new"``, ``"updated"`` or ``"unchanged"``, with any analysis skips.
        recheck: seconds after which an item's page is asked again (conditionally) even if its entry
            did not change; 0 asks every cycle.
        on_skip: told each skip as it happens (the CLI prints the line).
        stop: set by SIGINT/SIGTERM: the cycle finishes the article in hand and returns.
    """

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        add: AddArticle,
        *,
        recheck: float = DEFAULT_RECHECK,
        on_skip: Callable[[Skip], None] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.state = WatchState(store)
        self.fetcher = fetcher
        self.add = add
        self.recheck = recheck
        self.on_skip = on_skip
        self.stop = stop or threading.Event()

    def cycle(self, feeds: list[str]) -> CycleReport:
        """Read every feed once; follow its new, changed or due items; store what is new or changed."""
        started = time.monotonic()
        report = CycleReport(feeds=len(feeds))
        done: set[str] = set()  # pages checked this cycle (two feeds listing one article: one request)
        for url in feeds:
            if self.stop.is_set():
                report.stopped = True
                break
            self._feed(url, report, done)
        report.seconds = time.monotonic() - started
        return report

    def _skip(self, report: CycleReport, skip: Skip) -> None:
        report.skipped.append(skip)
        if self.on_skip is not None:
            self.on_skip(skip)

    def _feed(self, url: str, report: CycleReport, done: set[str]) -> None:
        key = normalize_url(url)
        previous = self.state.page(key)
        try:
            fetched = self.fetcher.fetch(
                url, etag=_text(previous, "etag"), last_modified=_text(previous, "last_modified")
            )
            if fetched.not_modified:
                report.feeds_unchanged += 1
                known = self.state.items(key)
                feed = Feed(
                    None,
                    [
                        FeedItem(link, None, None, "", fingerprint, n)
                        for n, (link, fingerprint) in enumerate(known.items(), start=1)
                    ],
                )
            elif is_feed(fetched):
                feed = parse_feed(fetched)
                report.feeds_read += 1
            else:  # a page in the feeds list: watched as a feed of one item (a live blog)
                report.feeds_read += 1
                if key not in done:
                    done.add(key)
                    self._page(key, fetched, None, None, report)
                self.state.save_page(key, fetched, status="ok")
                return
        except FetchError as error:
            self._skip(report, error.skip)
            return
        complete = self._items(key, feed, report, done)
        if complete and not fetched.not_modified:
            self.state.forget_items(key, {normalize_url(i.link) for i in feed.items if i.link})
            self.state.save_page(key, fetched, status="ok")

    def _items(self, feed_key: str, feed: Feed, report: CycleReport, done: set[str]) -> bool:
        """Handle a feed's items; False when one may succeed later or the watch is stopping (the feed's
        validators are then not saved, so the next cycle reads it in full again)."""
        known = self.state.items(feed_key)
        complete = True
        for item in feed.items:
            if self.stop.is_set():
                report.stopped = True
                return False
            if item.link is None:
                continue  # an entry without a page: nothing to follow (a feed file gives its text instead)
            link = normalize_url(item.link)
            if link in done:
                self.state.save_item(feed_key, link, item.fingerprint)
                continue
            page = self.state.page(link)
            due = (
                page is None
                or page["status"] == "retry"
                or known.get(link) != item.fingerprint
                or time.time() - float(page["checked"]) >= self.recheck  # type: ignore[arg-type]
            )
            if not due:
                continue
            done.add(link)
            conditional = page is not None and page["status"] == "ok"
            try:
                fetched = self.fetcher.fetch(
                    item.link,
                    etag=_text(page, "etag") if conditional else None,
                    last_modified=_text(page, "last_modified") if conditional else None,
                )
            except FetchError as error:
                self._skip(report, error.skip)
                self.state.save_page(
                    link, None, status="retry" if error.transient else "failed", reason=str(error.skip)
                )
                if error.transient:
                    complete = False
                else:
                    self.state.save_item(feed_key, link, item.fingerprint)
                continue
            if not self._page(link, fetched, item, feed.title, report):
                complete = False
                continue
            self.state.save_item(feed_key, link, item.fingerprint)
        return complete

    def _page(
        self, link: str, fetched: Fetched, item: FeedItem | None, outlet: str | None, report: CycleReport
    ) -> bool:
        """Store the article of a fetched page (or note a 304). Always True today: every outcome of a
        page that answered is final until it changes (kept as a bool for outcomes worth a retry)."""
        if fetched.not_modified:
            self.state.save_page(link, fetched, status="ok")
            report.unchanged += 1
            return True
        try:
            article = page_article(fetched, item, outlet)
        except FetchError as error:
            self._skip(report, error.skip)
            self.state.save_page(link, fetched, status="failed", reason=str(error.skip))
            return True
        digest = text_hash(article)
        twin = self.state.doc_with_text(digest)
        if twin is not None and twin != article.id:
            report.duplicates.append((article.id, twin))
            self.state.save_page(link, fetched, doc=twin, status="ok")
            return True
        outcome, skips = self.add(article)
        for skip in skips:
            self._skip(report, skip)
        if outcome == "failed":  # the analysis failed (E301): it would fail again on the same text
            self.state.save_page(link, fetched, status="failed", reason=str(skips[0]) if skips else None)
            return True
        if outcome == "new":
            report.new.append(article.id)
        elif outcome == "updated":
            report.updated.append(article.id)
        else:
            report.unchanged += 1
        self.state.save_text(article.id, digest)
        self.state.save_page(link, fetched, doc=article.id, status="ok")
        return True


def _text(row: dict[str, object] | None, key: str) -> str | None:
    value = row.get(key) if row else None
    return value if isinstance(value, str) else None


def store_adder(store: Store, analyzer_factory: Callable[[], object]) -> AddArticle:
    """The ``add`` a :class:`Watcher` uses: :func:`recoupe.api.add_to_store`, one article per transaction,
    the analyzer built on the first article that needs it (a cycle of 304s loads no model)."""
    from recoupe.api import add_to_store
    from recoupe.store import content_hash

    holder: dict[str, object] = {}

    def add(article: Article) -> tuple[str, list[Skip]]:
        stored = store.hashes([article.id]).get(article.id)
        if stored == content_hash(article):
            return "unchanged", []
        if "analyzer" not in holder:
            holder["analyzer"] = analyzer_factory()
        result = add_to_store([article], store, analyzer=holder["analyzer"], batch=1)  # type: ignore[arg-type]
        if not result.added:
            return "failed", result.skipped
        return ("updated" if stored is not None else "new"), result.skipped

    return add


def parse_every(text: str) -> float:
    """``10m`` → 600.0; ``30s``, ``1h``, ``90`` (seconds) and ``1h30m`` too.

    Raises:
        ValueError: anything else, or under one second (a watch that hammers its feeds is a bug).
    """
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    compact = text.strip().lower().replace(" ", "")
    if re.fullmatch(r"\d+(\.\d+)?", compact):
        seconds = float(compact)
    elif re.fullmatch(r"(\d+(\.\d+)?[smhd])+", compact):
        seconds = sum(float(n) * units[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)([smhd])", compact))
    else:
        raise ValueError(f"--every {text!r}: give a duration such as 30s, 10m, 1h or 1h30m")
    if seconds < 1:
        raise ValueError(f"--every {text!r}: at least one second")
    return seconds


def run_watch(
    feeds_file: Path,
    db: Path,
    *,
    every: str = "10m",
    once: bool = False,
    recheck: str = "1h",
    host_delay: float = 1.0,
    timeout: float = 15.0,
    max_bytes: int | None = None,
    model: str | None = None,
    console: object = None,
) -> int:
    """``recoupe watch``: cycles until SIGINT/SIGTERM (or one with ``once``); returns the exit code.

    Skips are printed as they happen (``skipped WHERE: reason [Exxx]``); one status line follows each
    cycle unless ``once`` (cron mails whatever a job prints: only the skips should reach it). A signal
    lets the article in hand finish, then the watch stops with exit code 0; a second one interrupts.
    """
    import signal

    from recoupe.ingest.files import DEFAULT_MAX_BYTES
    from recoupe.ingest.web import FetchPolicy

    def say(line: str) -> None:
        if console is not None:
            console.print(line, markup=False, soft_wrap=True)  # type: ignore[attr-defined]

    try:
        period = parse_every(every)
        recheck_after = 0.0 if recheck.strip() in ("0", "0s") else parse_every(recheck)
    except ValueError as error:
        say(f"error: {error}")
        return 1
    try:
        feeds, bad_lines = read_feed_list(feeds_file)
    except (OSError, UnicodeDecodeError) as error:
        say(f"error: {Errors.E609.format(path=feeds_file, error=getattr(error, 'strerror', None) or error)} [E609]")
        return 1
    for skip in bad_lines:
        say(f"skipped {skip}")
    if not feeds:
        say(f"error: {Errors.E609.format(path=feeds_file, error='no http(s) address in it')} [E609]")
        return 1

    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        if stop.is_set():  # a second signal: the user will not wait
            raise KeyboardInterrupt
        stop.set()
        if not once:
            say(f"{signal.Signals(signum).name}: stopping after the article in hand")

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    policy = FetchPolicy(host_delay=host_delay, timeout=timeout, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    skipped_any = bool(bad_lines)
    try:
        with Store(db) as store, Fetcher(policy) as fetcher:

            def make_analyzer() -> object:
                from recoupe.analyze import Analyzer

                return Analyzer(model=model)

            watcher = Watcher(
                store,
                fetcher,
                store_adder(store, make_analyzer),
                recheck=recheck_after,
                on_skip=lambda skip: say(f"skipped {skip}"),
                stop=stop,
            )
            number = 0
            while not stop.is_set():
                number += 1
                began = time.time()
                report = watcher.cycle(feeds)
                skipped_any = skipped_any or bool(report.skipped)
                if once:
                    break
                next_at = began + period
                say(report.status(number, None if stop.is_set() else next_at))
                stop.wait(max(0.0, next_at - time.time()))
    except KeyboardInterrupt:
        say("interrupted: the article in hand was not stored (every committed one is)")
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if once:
        return 2 if skipped_any else 0
    return 0
