"""``recoupe watch`` and ``recoupe analyze|add URL``: a loopback server serves feeds and pages and changes
them between cycles; the store gets each article once, re-analyzes changed ones, and every broken feed
or page costs one skip line while the rest goes on. No test reaches beyond 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from localweb import LocalWeb, Route
from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.ingest.watch import CycleReport, Watcher, parse_every, read_feed_list, store_adder
from recoupe.ingest.web import Fetcher, FetchPolicy
from recoupe.present.web import create_app
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
FAST = FetchPolicy(host_delay=0.0, timeout=1.0, retries=1, backoff=0.01, max_bytes=1_000_000)

CRUE = (
    "Lyon, 7 janvier 2022. La crue de la Saône a fait trois morts jeudi soir, selon la préfecture du Rhône.\n\n"
    "Plus de 200 personnes ont été évacuées des quais inondés pendant la nuit, a indiqué le maire de Lyon."
)
CRUE_V2 = (
    "Lyon, 8 janvier 2022. La crue de la Saône a fait cinq morts depuis jeudi, selon la préfecture du Rhône."
    "\n\nPrès de 400 personnes ont été évacuées des quais inondés, a indiqué le maire de Lyon."
)
DIGUE = (
    "Mâcon, 7 janvier 2022. Une digue a cédé vendredi matin au nord de Mâcon, selon les pompiers de "
    "Saône-et-Loire.\n\nUne cinquantaine d'habitants ont été relogés dans un gymnase de la ville."
)
PLUIE = (
    "Chalon-sur-Saône, 9 janvier 2022. De nouvelles pluies sont attendues dimanche sur le bassin de la "
    "Saône, a annoncé Météo-France.\n\nDeux blessés ont été hospitalisés samedi, selon les secours."
)
JAN7 = "Fri, 07 Jan 2022 09:00:00 GMT"
JAN8 = "Sat, 08 Jan 2022 09:00:00 GMT"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb().start()
    yield server
    server.stop()


def watcher(store: Store, analyzer: Analyzer, **options: object) -> tuple[Watcher, list[str]]:
    lines: list[str] = []
    fetcher = Fetcher(FAST)
    return Watcher(
        store, fetcher, store_adder(store, lambda: analyzer), on_skip=lambda s: lines.append(str(s)), **options
    ), lines  # type: ignore[arg-type]


def stored(db: Path) -> dict[str, tuple[str, str | None]]:
    """Article id → (text, url), read through a connection of its own (as another process would)."""
    with sqlite3.connect(db) as connection:
        return {row[0]: (row[1], row[2]) for row in connection.execute("SELECT id, text, url FROM articles")}


def test_cycles_add_new_items_once_304s_fetch_nothing_more_and_a_changed_page_is_reanalyzed(
    web: LocalWeb, analyzer: Analyzer, tmp_path: Path
) -> None:
    web.page("/articles/crue", "Trois morts dans la crue de la Saône", CRUE)
    web.page("/articles/digue", "Une digue cède près de Mâcon", DIGUE)
    web.page("/amp/crue", "Trois morts dans la crue de la Saône", CRUE, canonical="/articles/crue")
    web.feed(
        "/a.xml",
        "Le Courrier du Val",
        [("Crue", "/articles/crue?utm_source=rss", JAN7), ("Digue", "/articles/digue", JAN7)],
    )
    web.feed(
        "/b.xml",
        "L'Écho de Saône",
        [
            ("Crue", "/articles/crue?xtor=RSS-12", JAN7),  # tracking
            ("Crue (AMP)", "/amp/crue", JAN7),
        ],
    )  # canonical link
    feeds = [web.url("/a.xml"), web.url("/b.xml")]
    db = tmp_path / "live.db"
    with Store(db) as store:
        watch, lines = watcher(store, analyzer)
        first = watch.cycle(feeds)
        crue, digue = web.url("/articles/crue"), web.url("/articles/digue")
        assert sorted(first.new) == [crue, digue] and not first.updated and not lines
        assert set(stored(db)) == {crue, digue}  # two feeds, three addresses, one article
        assert stored(db)[crue][1] == crue and "trois morts" in stored(db)[crue][0]

        mark = len(web.hits)
        second = watch.cycle(feeds)
        assert web.paths(mark) == ["/a.xml", "/b.xml"]  # both answered 304: no page asked
        assert second.feeds_unchanged == 2 and not second.new and not second.updated

        # read-only, as `recoupe serve` runs beside the watch
        app_client = TestClient(create_app(db), base_url="http://127.0.0.1")
        assert "2 articles in" in app_client.get("/").text

        web.page("/articles/crue", "Cinq morts dans la crue de la Saône", CRUE_V2)
        web.page("/articles/pluie", "De nouvelles pluies attendues", PLUIE)
        web.feed(
            "/a.xml",
            "Le Courrier du Val",
            [
                ("Pluie", "/articles/pluie", JAN8),
                ("Crue, nouveau bilan", "/articles/crue?utm_source=rss", JAN8),
                ("Digue", "/articles/digue", JAN7),
            ],
        )
        mark = len(web.hits)
        third = watch.cycle(feeds)
        assert third.new == [web.url("/articles/pluie")] and third.updated == [crue] and not lines
        assert "/articles/digue" not in web.paths(mark)  # its entry did not change
        assert [p for p in web.paths(mark) if "crue" in p] == ["/articles/crue?utm_source=rss"]  # entry changed
        assert len(stored(db)) == 3 and "cinq morts" in stored(db)[crue][0]
        claims = [c for c in store.article(crue)[1].claims if c.category == "killed"]  # type: ignore[index]
        assert claims and {c.value for c in claims} == {5}  # the old analysis (3) replaced, not kept beside

        # a running web app on the same store shows the new article and the new text without restart
        assert "3 articles in" in app_client.get("/").text
        page = app_client.get(f"/article/{quote(crue, safe='')}")
        assert page.status_code == 200 and "cinq morts" in page.text and f">{crue}</a>" in page.text
        assert app_client.get(f"/article/{quote(web.url('/articles/pluie'), safe='')}").status_code == 200


def test_a_page_that_changes_under_an_unchanged_feed_is_reanalyzed_when_due(
    web: LocalWeb, analyzer: Analyzer, tmp_path: Path
) -> None:
    web.page("/articles/crue", "Trois morts dans la crue", CRUE)
    web.feed("/a.xml", "Le Courrier du Val", [("Crue", "/articles/crue", JAN7)])
    with Store(tmp_path / "s.db") as store:
        watch, lines = watcher(store, analyzer, recheck=0.0)  # every page re-asked each cycle (conditionally)
        assert len(watch.cycle([web.url("/a.xml")]).new) == 1
        mark = len(web.hits)
        same = watch.cycle([web.url("/a.xml")])
        assert web.paths(mark) == ["/a.xml", "/articles/crue"] and same.unchanged == 1  # a 304 each
        web.page("/articles/crue", "Cinq morts dans la crue", CRUE_V2)
        changed = watch.cycle([web.url("/a.xml")])
    assert changed.updated == [web.url("/articles/crue")] and not lines


def test_down_slow_looping_huge_forbidden_and_malformed_cost_one_skip_line_each(
    web: LocalWeb, analyzer: Analyzer, tmp_path: Path
) -> None:
    web.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /prive/\n", content_type="text/plain")
    web.page("/articles/digue", "Une digue cède près de Mâcon", DIGUE)
    web.page("/articles/lent", "Lent", CRUE, delay=3.0)
    web.page("/prive/crue", "Interdit", CRUE)
    web.routes["/articles/panne"] = Route(b"erreur", status=500)
    web.routes["/articles/enorme"] = Route(stream=10_000_000, etag=False)
    web.routes["/articles/boucle"] = Route(status=302, headers={"Location": "/articles/boucle2"}, etag=False)
    web.routes["/articles/boucle2"] = Route(status=302, headers={"Location": "/articles/boucle"}, etag=False)
    web.feed(
        "/a.xml",
        "Le Courrier du Val",
        [
            (name, f"/{name}", JAN7)
            for name in (
                "articles/panne",
                "articles/lent",
                "articles/boucle",
                "articles/enorme",
                "prive/crue",
                "articles/digue",
            )
        ],
    )
    web.routes["/casse.xml"] = Route(
        b"<?xml version='1.0'?><rss><channel><item><title>oups</ti", content_type="application/rss+xml"
    )
    web.routes["/down.xml"] = Route(b"", status=503)
    feeds = [web.url(p) for p in ("/down.xml", "/casse.xml", "/a.xml")]
    with Store(tmp_path / "s.db") as store:
        watch, lines = watcher(store, analyzer)
        started = time.monotonic()
        report = watch.cycle(feeds)
        elapsed = time.monotonic() - started
        assert report.new == [web.url("/articles/digue")]  # the rest went on
        codes = {line.split(": ", 1)[0]: line.rsplit("[", 1)[1].rstrip("]") for line in lines}
        assert codes == {
            web.url("/down.xml"): "E602",
            web.url("/casse.xml"): "E208",
            web.url("/articles/panne"): "E602",
            web.url("/articles/lent"): "E603",
            web.url("/articles/boucle"): "E605",
            web.url("/articles/enorme"): "E606",
            web.url("/prive/crue"): "E607",
        }
        assert len(lines) == 7 and elapsed < 15
        assert "/prive/crue" not in web.paths()
        status = report.status(1, time.time() + 600)
        assert "1 new article" in status and "7 skipped (E208, E602, E603, E605, E606, E607)" in status

        # next cycle: what may pass later (5xx, timeouts) is tried again; what will not (a loop, a size,
        # robots.txt) is not asked again until its feed entry changes
        mark = len(web.hits)
        lines.clear()
        web.page("/articles/lent", "Trois morts dans la crue", CRUE)  # back to speed
        again = watch.cycle(feeds)
        asked = web.paths(mark)
        assert "/articles/boucle" not in asked and "/articles/enorme" not in asked and "/articles/digue" not in asked
        assert again.new == [web.url("/articles/lent")]
        assert sorted(line.rsplit("[", 1)[1] for line in lines) == ["E208]", "E602]", "E602]"]


def test_two_addresses_with_the_same_text_store_one_article(web: LocalWeb, analyzer: Analyzer, tmp_path: Path) -> None:
    web.page("/articles/crue", "Trois morts dans la crue", CRUE)
    web.page("/depeche/crue-afp", "Trois morts dans la crue", CRUE)  # a syndicated copy, no canonical link
    web.feed("/a.xml", "Le Courrier du Val", [("Crue", "/articles/crue", JAN7)])
    web.feed("/b.xml", "L'Écho de Saône", [("Crue", "/depeche/crue-afp", JAN7)])
    with Store(tmp_path / "s.db") as store:
        watch, _ = watcher(store, analyzer)
        report = watch.cycle([web.url("/a.xml"), web.url("/b.xml")])
    assert report.new == [web.url("/articles/crue")]
    assert report.duplicates == [(web.url("/depeche/crue-afp"), web.url("/articles/crue"))]
    assert list(stored(tmp_path / "s.db")) == [web.url("/articles/crue")]


def test_analyze_and_add_read_a_page_and_a_feed_by_url(
    web: LocalWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import recoupe.ingest.web as web_module

    monkeypatch.setattr(web_module, "FetchPolicy", lambda **kw: FetchPolicy(**{**kw, "host_delay": 0.0}))
    web.page("/articles/crue", "Trois morts dans la crue de la Saône", CRUE)
    web.page("/articles/digue", "Une digue cède près de Mâcon", DIGUE)
    web.feed("/a.xml", "Le Courrier du Val", [("Digue", "/articles/digue", JAN7), ("Absent", "/absent", JAN7)])
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "analyze",
            web.url("/articles/crue?utm_campaign=x"),
            web.url("/a.xml"),
            "ftp://127.0.0.1/crue.txt",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 2, result.output
    assert f"skipped {web.url('/absent')}: HTTP 404 Not Found (not retried) [E601]" in result.stderr
    assert "skipped ftp://127.0.0.1/crue.txt: not an address recoupe reads (ftp:)" in result.stderr
    documents = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    assert sorted(d["url"] for d in documents) == [web.url("/articles/crue"), web.url("/articles/digue")]
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert f'href="{web.url("/articles/crue")}"' in report  # the source a click away
    added = runner.invoke(app, ["add", web.url("/articles/digue"), "--db", str(tmp_path / "s.db")])
    assert added.exit_code == 0, added.output
    assert stored(tmp_path / "s.db")[web.url("/articles/digue")][1] == web.url("/articles/digue")


def test_feed_lists_and_durations(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        "# les flux\nhttps://exemple.fr/rss.xml\n\nhttps://exemple.fr/rss.xml?utm_source=x\n"
        "exemple.fr/flux\nhttps:/exemple.fr/atom\n",
        encoding="utf-8",
    )
    urls, skips = read_feed_list(feeds)
    assert urls == ["https://exemple.fr/rss.xml", "https://exemple.fr/atom"]
    assert [str(s) for s in skips] == [
        f"{feeds}:5: not an address recoupe reads (exemple.fr/flux): give an "
        "http:// or https:// page or feed, or a saved file [E110]"
    ]
    assert [parse_every(t) for t in ("10m", "30s", "1h30m", "90")] == [600, 30, 5400, 90]
    for bad in ("0s", "dix minutes", "-5m"):
        with pytest.raises(ValueError):
            parse_every(bad)
    assert CycleReport(feeds=2, feeds_unchanged=2).status(4, None).endswith("stopped")


def _wait(condition: object, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is being created
        return 0


def test_kill_9_loses_nothing_committed_sigterm_finishes_the_article_and_the_next_run_resumes(
    web: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    web.page("/articles/crue", "Trois morts dans la crue", CRUE)
    web.page("/articles/digue", "Une digue cède", DIGUE, delay=2.5)
    web.page("/articles/pluie", "De nouvelles pluies", PLUIE)
    web.feed(
        "/a.xml",
        "Le Courrier du Val",
        [("Crue", "/articles/crue", JAN7), ("Digue", "/articles/digue", JAN7), ("Pluie", "/articles/pluie", JAN7)],
    )
    feeds, db = tmp_path / "feeds.txt", tmp_path / "live.db"
    feeds.write_text(web.url("/a.xml") + "\n", encoding="utf-8")
    options = ["--feeds", str(feeds), "--db", str(db), "--host-delay", "0", "--timeout", "10"]

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.Popen(  # the small model: the fastest to load in a new process
        [sys.executable, "-m", "recoupe", "watch", *options, "--model", "fr_core_news_sm", "--every", "1m"],
        env=env,
        text=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:  # killed while the second page is in flight, after the first article was committed
        _wait(lambda: _count(db) == 1 and "/articles/digue" in web.paths())
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        first.kill()
    assert _count(db) == 1

    # the next run resumes; SIGTERM (sent to this process, where `recoupe watch` runs on the loaded
    # model) while the slow page is in flight: that article is finished and stored, the next not started
    mark = len(web.hits)

    def terminate_when_in_flight() -> None:
        deadline = time.monotonic() + 60
        while "/articles/digue" not in web.paths(mark):
            if time.monotonic() > deadline:
                return  # the watch failed before: the assertions below say how
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGTERM)

    sender = threading.Thread(target=terminate_when_in_flight, daemon=True)
    sender.start()
    second = CliRunner().invoke(app, ["watch", *options, "--every", "1m"])
    sender.join(timeout=5)
    assert second.exit_code == 0, second.output
    assert "SIGTERM: stopping after the article in hand" in second.stderr
    assert "cycle 1: 1/1 feeds read (0 unchanged), 1 new article, 0 updated, 0 skipped" in second.stderr
    assert "/articles/crue" not in web.paths(mark)  # committed before the kill: not asked again
    assert "/articles/pluie" not in web.paths(mark) and _count(db) == 2

    web.routes["/articles/digue"].delay = 0.0
    third = CliRunner().invoke(app, ["watch", *options, "--once"])
    assert third.exit_code == 0 and third.stderr == ""  # quiet for cron
    urls = sorted(stored(db))
    assert urls == sorted(web.url(p) for p in ("/articles/crue", "/articles/digue", "/articles/pluie"))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (documents,) = connection.execute("SELECT group_concat(documents) FROM stories").fetchone()
    assert sorted(doc for docs in json.loads(f"[{documents}]") for doc in docs) == urls  # each in one story, once
