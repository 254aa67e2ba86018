"""Issue #20, hardening round two: each thing a hostile tester broke, broken again here and survived.

Texts are short invented French sentences. Web behaviours that live in the server (body limits,
Origin/Host checks, headers on errors, the event loop) are tested against a real ``recoupe serve``
on 127.0.0.1 and a free port, with bounded requests; the server is stopped at the end of each test.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.model import Article, Claim, DocumentAnalysis
from recoupe.present.web import SECURITY_HEADERS, UPLOAD_QUEUE
from recoupe.store import SCHEMA_VERSION, Store
from recoupe.store.files import read_documents

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
runner = CliRunner()
HUGE = "Selon la police, 10000000000000000000 personnes ont été arrêtées jeudi à Almaty.\n"
PLAIN = "Selon la police, 12 personnes ont été arrêtées jeudi à Almaty.\n"


def child_env() -> dict[str, str]:
    """The environment of a child ``python -m recoupe``: it imports this checkout's code."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


def recoupe(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child process (its own imports, its own store connections)."""
    return subprocess.run(
        [sys.executable, "-m", "recoupe", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=child_env(),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


# -- 1. a 20-digit figure ----------------------------------------------------------------------------


def test_a_20_digit_figure_is_no_count_of_people_and_the_batch_is_stored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HUGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db, readonly=True) as store:
        assert store.article_count() == 2
        (claim,) = store.article("a.txt")[1].claims  # type: ignore[index]
    assert claim.category == "other" and claim.value == 1e19
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").is_file() and len(read_documents(out / "documents.jsonl")) == 2


def test_the_store_binds_any_figure(tmp_path: Path) -> None:
    """An analysis from elsewhere (the API, an older recoupe) with an int beyond 64 bits still stores."""
    article = Article(id="x", text=HUGE)
    analysis = DocumentAnalysis(
        doc="x",
        published=None,
        lang="fr",
        title=None,
        outlet=None,
        claims=[Claim(0, 10, "x", "arrested", 10**25, low=-(10**30), high=float("nan"))],
    )
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.put(article, analysis, None)
        row = store.db.execute("SELECT value, low, high FROM claims").fetchone()
    assert tuple(row) == (1e25, -1e30, None)


def test_figures_beyond_a_float_are_no_value() -> None:
    from recoupe.analyze.numbers import parse_number

    assert parse_number("1" + "0" * 400) is None
    assert parse_number("10000000000000000000").value == 1e19  # type: ignore[union-attr]


# -- 2. a file name that is not UTF-8 ----------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_analyzed_and_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").write_text(PLAIN, encoding="utf-8")
    with open(os.fsencode(folder) + b"/r\xe9sum\xe9.txt", "wb") as latin:  # a Latin-1 name from an old archive
        latin.write("Selon la police, 5 personnes ont été blessées jeudi à Lyon.\n".encode())
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(d.doc for d in read_documents(out / "documents.jsonl")) == ["b.txt", "r\\xe9sum\\xe9.txt"]
    assert (out / "report.html").is_file() and not (out / "documents.jsonl.partial").exists()
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["add", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db, readonly=True) as store:
        assert store.article_count() == 2


def test_lone_surrogates_in_a_jsonl_line_do_not_fail_the_batch(tmp_path: Path) -> None:
    from recoupe.ingest import read_articles

    (tmp_path / "lot.jsonl").write_text(
        '{"id": "x\\udce9", "text": "Deux bless\\ud800s \\u00e0 Lyon."}\n', encoding="utf-8"
    )
    (article,) = read_articles([tmp_path / "lot.jsonl"])
    assert isinstance(article, Article) and article.id == "x\\xe9" and article.text == "Deux bless\ufffds à Lyon."


# -- 12. file names cannot forge skip lines ----------------------------------------------------------


def test_a_file_name_cannot_forge_skip_lines_nor_print_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bon.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "x.txt\nskipped passwd: binary file (not text) [E103]\ny.txt").write_bytes(b"")
    (folder / "\x1b[2J\x1b[31mrouge.txt").write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    skipped = [line for line in lines if line.startswith("skipped ")]
    assert len(skipped) == 2 and all(line.endswith("[E102]") for line in skipped)
    assert "\x1b" not in result.stderr and any("\\x1b[2J\\x1b[31mrouge.txt" in line for line in skipped)
    assert any("x.txt\\nskipped passwd" in line for line in skipped)


# -- 3. two processes creating one store -------------------------------------------------------------

CREATE = """
import sys, time
from recoupe.store import Store
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
with Store(sys.argv[1]) as store:
    print(store.version())
"""


def test_processes_creating_one_store_at_once_take_turns(tmp_path: Path) -> None:
    for attempt in range(6):
        db = tmp_path / f"s{attempt}.db"
        start = f"{time.time() + 1.5:.3f}"  # all children are running by then
        children = [
            subprocess.Popen(
                [sys.executable, "-c", CREATE, str(db), start],
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        outcomes = [child.communicate(timeout=120) for child in children]
        assert [child.returncode for child in children] == [0] * 4, [err for _, err in outcomes]
        assert {out.strip() for out, _ in outcomes} == {str(SCHEMA_VERSION)}


# -- 17. two processes adding overlapping articles ---------------------------------------------------


def test_two_adds_of_overlapping_articles_analyze_and_count_each_article_once(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, town in enumerate(["Lyon", "Brest", "Arles", "Niort", "Albi", "Laval"]):
        (inputs / f"{i}.txt").write_text(
            f"Selon la préfecture, {i + 2} personnes ont été blessées mardi à {town} "
            "lors d'un incendie dans un entrepôt.\n",
            encoding="utf-8",
        )
    db = tmp_path / "s.db"
    Store(db).close()  # made beforehand: this is about adding, not creating (item 3)
    command = [sys.executable, "-m", "recoupe", "add", str(inputs), "--db", str(db)]
    children = [
        subprocess.Popen(
            command,
            env=child_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    errors = [child.communicate(timeout=300)[1] for child in children]
    assert [child.returncode for child in children] == [0, 0], errors
    added = [int(re.search(r"(\d+) articles added", err).group(1)) for err in errors]  # type: ignore[union-attr]
    assert sum(added) == 6, errors  # each article analyzed and linked by one process only
    with Store(db, readonly=True) as store:
        assert store.article_count() == 6
        seen = store.db.execute("SELECT value FROM link_meta WHERE key = 'articles_seen'").fetchone()[0]
        assert seen == 6  # the linking counter did not count an article twice
        assert store.db.execute("SELECT count(*) FROM pending").fetchone()[0] == 0


# -- 10. a failure while writing never mixes two runs in one folder ----------------------------------


def test_a_full_disk_while_writing_the_report_leaves_the_previous_run_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import recoupe.present.report as report

    first, second = tmp_path / "first", tmp_path / "second"
    for folder, count in ((first, 2), (second, 4)):
        folder.mkdir()
        for i in range(count):
            (folder / f"{i}.txt").write_text(
                f"Selon la police, {i + 3} personnes ont été blessées à Metz.\n", encoding="utf-8"
            )
    out = tmp_path / "out"
    assert runner.invoke(app, ["analyze", str(first), "--out", str(out)]).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("documents.jsonl", "dossier.json", "report.html")}

    def full(*_: object, **__: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "render_report", full)
    result = runner.invoke(app, ["analyze", str(second), "--out", str(out)])
    assert result.exit_code == 1 and "No space left on device" in result.stderr
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


# -- 13. rerunning analyze --out O --db X ------------------------------------------------------------


def _store_state(db: Path) -> tuple[object, ...]:
    with Store(db, readonly=True) as store:
        stories = sorted((s.id, tuple(sorted(s.documents))) for s in store.stories())
        seen = store.db.execute("SELECT value FROM link_meta WHERE key = 'articles_seen'").fetchone()[0]
        empty = store.db.execute("SELECT count(*) FROM stories WHERE documents = '[]'").fetchone()[0]
    return stories, seen, empty


def test_rerunning_analyze_into_a_store_changes_nothing(tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "out"
    command = ["analyze", str(ROOT / "examples"), "--out", str(out), "--db", str(db)]
    assert runner.invoke(app, command).exit_code == 0
    state = _store_state(db)
    assert runner.invoke(app, command).exit_code == 0
    assert _store_state(db) == state and state[2] == 0


def test_an_article_that_leaves_its_story_leaves_no_empty_story(tmp_path: Path) -> None:
    article = tmp_path / "x.txt"
    db = tmp_path / "s.db"
    article.write_text(
        "Selon les pompiers, 4 personnes ont été blessées dans un incendie à Quimper.\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["add", str(article), "--db", str(db)]).exit_code == 0
    article.write_text(
        "Le conseil municipal de Dijon a voté un budget de 12 millions d'euros pour les écoles.\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["add", str(article), "--db", str(db)]).exit_code == 0
    stories, _, empty = _store_state(db)
    assert empty == 0 and [docs for _, docs in stories] == [("x.txt",)]


# -- 14. a store that cannot be used is one line -----------------------------------------------------


def _one_error_line(result: object, code: str) -> None:
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith(f"[{code}]"), lines


def test_a_file_that_is_not_a_store_is_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Ceci n'est pas une base.\n" * 100, encoding="utf-8")
    for command in (
        ["report", "--db", str(notes), "--out", str(tmp_path / "r.html")],
        ["export", "--db", str(notes)],
        ["serve", "--db", str(notes), "--port", "0"],
        ["add", str(ROOT / "examples"), "--db", str(notes)],
    ):
        _one_error_line(runner.invoke(app, command), "E701")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE contacts (name TEXT)").connection.commit()
    _one_error_line(runner.invoke(app, ["add", str(ROOT / "examples"), "--db", str(other)]), "E701")
    assert {r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")} == {"contacts"}


def test_a_truncated_store_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["add", str(ROOT / "examples"), "--db", str(db)]).exit_code == 0
    with db.open("r+b") as data:
        data.truncate(db.stat().st_size // 3)
    for command in (
        ["report", "--db", str(db), "--out", str(tmp_path / "r.html")],
        ["export", "--db", str(db)],
        ["add", str(ROOT / "examples"), "--db", str(db)],
    ):
        _one_error_line(runner.invoke(app, command), "E701")


def test_a_store_from_a_newer_recoupe_is_one_line_for_every_command(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    sqlite3.connect(db).execute("PRAGMA user_version = 99").connection.commit()
    for command in (
        ["report", "--db", str(db), "--out", str(tmp_path / "r.html")],
        ["export", "--db", str(db)],
        ["serve", "--db", str(db), "--port", "0"],
        ["add", str(ROOT / "examples"), "--db", str(db)],
    ):
        _one_error_line(runner.invoke(app, command), "E702")
    assert not (tmp_path / "r.html").exists()


def test_out_pointing_at_a_file_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "results"
    target.write_text("déjà là", encoding="utf-8")
    _one_error_line(runner.invoke(app, ["analyze", str(ROOT / "examples"), "--out", str(target)]), "E704")
    assert target.read_text(encoding="utf-8") == "déjà là"


# -- 16. no formula in a CSV cell --------------------------------------------------------------------


def test_csv_and_acled_exports_write_no_formula(tmp_path: Path, analyzer: Analyzer) -> None:
    import csv
    import io

    from recoupe.api import add_to_store
    from recoupe.present.export import export_acled, export_claims_csv

    hostile = Article(
        id="+cmd|' /C calc'!A0",
        outlet='=HYPERLINK("http://evil.example","x")',
        published="2025-03-05",
        text="@SUM(1+1) Selon la police, 3 personnes ont été tuées mardi 4 mars à Metz.\n"
        "-2+3 Le 4 mars, selon la préfecture, 3 personnes ont été tuées dans une explosion à Metz.",
    )
    with Store(tmp_path / "s.db") as store:
        add_to_store([hostile], store, analyzer=analyzer)
        tables = [
            list(csv.reader(io.StringIO(export_claims_csv(store)))),
            list(csv.reader(io.StringIO(export_acled(store)))),
        ]
    assert len(tables[0]) > 1 and len(tables[1]) > 1
    cells = [cell for table in tables for row in table[1:] for cell in row]
    assert "'+cmd|' /C calc'!A0" in cells and '\'=HYPERLINK("http://evil.example","x")' in cells
    assert not [cell for cell in cells if cell.lstrip(" ").startswith(("=", "+", "-", "@"))]


# -- the web app, against a real `recoupe serve` -----------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(db: Path, *options: str, wrap: tuple[str, ...] = ()) -> Iterator[str]:
    """``recoupe serve`` on 127.0.0.1 and a free port, for the duration of the block: ``host:port``."""
    port = _free_port()
    process = subprocess.Popen(
        [*wrap, sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port), *options],
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"recoupe serve did not start: {process.communicate(timeout=10)[1].decode()}")
                time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def call(
    address: str,
    method: str,
    path: str,
    body: bytes | Iterator[bytes] = b"",
    headers: dict[str, str] | None = None,
    timeout: float = 120,
) -> tuple[int, dict[str, str], str]:
    """One bounded HTTP request; ``(status, headers, text)``."""
    host, port = address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        try:
            connection.request(
                method, path, body=body, headers=headers or {}, encode_chunked=not isinstance(body, bytes)
            )
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered before reading all of a body it refuses
        response = connection.getresponse()
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            response.read().decode("utf-8", "replace"),
        )
    finally:
        connection.close()


def session(address: str) -> tuple[str, str]:
    """A browser's session: the cookie the app gives it and the CSRF token its upload form holds."""
    status, answer, text = call(address, "GET", "/add")
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', text)
    assert status == 200 and token, text
    return answer["set-cookie"].split(";")[0], token.group(1)


def form(
    fields: dict[str, str], upload: tuple[str, bytes] | None = None, signed: tuple[str, str] | None = None
) -> tuple[bytes, dict[str, str]]:
    """A multipart/form-data body as the page's form sends it (with ``signed``: the session's cookie and
    token, as a browser sends the form it was given)."""
    boundary = "----recoupe-test-boundary"
    if signed is not None:
        fields = {**fields, "csrf": signed[1]}
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    if upload is not None:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{upload[0]}"\r\n'
            f"Content-Type: text/plain\r\n\r\n".encode()
            + upload[1]
            + b"\r\n"
        )
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    if signed is not None:
        headers["Cookie"] = signed[0]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), headers


def _articles_in(db: Path) -> int:
    with Store(db, readonly=True) as store:
        return store.article_count()


def test_web_uploads_of_a_file_and_of_a_20_digit_figure_are_stored(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with served(db, "--allow-uploads") as address:
        signed = session(address)
        fields = {"title": "", "outlet": "", "published": "", "text": ""}
        upload = ("a.txt", "Selon les pompiers, 7 personnes ont été blessées jeudi à Lorient.\n".encode())
        body, headers = form(fields, upload)  # no token: refused, nothing stored
        assert call(address, "POST", "/add", body, headers)[0] == 403
        body, headers = form(fields, upload, (signed[0], session(address)[1]))  # another session's token
        assert call(address, "POST", "/add", body, headers)[0] == 403
        assert _articles_in(db) == 0
        body, headers = form(fields, upload, signed)
        status, answer, _ = call(address, "POST", "/add", body, headers)
        assert status == 303 and answer["location"].startswith("/article/upload-")  # item 5
        page = call(address, "GET", answer["location"])
        assert page[0] == 200 and "7 personnes ont été blessées" in page[2]
        body, headers = form({"text": HUGE, "published": "2022-01-06"}, signed=signed)
        status, answer, text = call(address, "POST", "/add", body, headers)  # item 1
        assert status == 303, text
    assert _articles_in(db) == 2


def test_web_analysis_runs_off_the_event_loop_with_a_bounded_queue(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    paste = (
        "Selon la préfecture, 1 200 personnes ont manifesté mardi à Besançon contre la fermeture de l'usine. " * 2000
    )[:200_000]
    with served(db, "--allow-uploads") as address:
        results: list[int] = []
        signed = session(address)
        body, headers = form({"text": paste}, signed=signed)
        upload = threading.Thread(
            target=lambda: results.append(call(address, "POST", "/add", body, headers, timeout=600)[0])
        )
        upload.start()
        time.sleep(1.0)
        queued: list[int] = []
        small = [
            threading.Thread(
                target=lambda i=i: queued.append(
                    call(
                        address,
                        "POST",
                        "/add",
                        *form({"text": f"{i + 2} blessés à Lyon mardi."}, None, signed),
                        timeout=600,
                    )[0]
                )
            )
            for i in range(UPLOAD_QUEUE)
        ]
        for thread in small:
            thread.start()
        pages = []
        while upload.is_alive() and len(pages) < 60:
            started = time.monotonic()
            status = call(address, "GET", "/", timeout=90)[0]
            pages.append((status, time.monotonic() - started, upload.is_alive()))
            time.sleep(0.3)
        upload.join(timeout=600)
        for thread in small:
            thread.join(timeout=600)
    during = [seconds for status, seconds, busy in pages if busy and status == 200]
    # The app answered while the paste was analyzed: typically in milliseconds; the bound on the slowest
    # page leaves room for a machine shared with other work (a blocked loop would take the whole analysis).
    assert len(during) >= 3 and sorted(during)[len(during) // 2] < 2.0 and max(during) < 10.0, pages
    assert results == [303]
    assert 503 in queued and set(queued) <= {303, 503}  # a full queue says so rather than grow
    assert _articles_in(db) == 1 + queued.count(303)


def test_web_body_limits_origin_host_and_headers_on_errors(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with served(db, "--allow-uploads") as address:
        own = {"Origin": f"http://{address}", "Sec-Fetch-Site": "same-origin"}
        signed = session(address)
        body, headers = form({"text": " " * 1_500_000}, signed=signed)  # under the 2 MB the page promises
        status, _, text = call(address, "POST", "/add", body, {**headers, **own})
        assert status == 200 and "empty article text" in text  # item 6: not "Part exceeded maximum size"
        body, headers = form({"text": "x" * 2_500_000})
        assert call(address, "POST", "/add", body, headers)[0] == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts what arrives (5 MB at most)
            prefix, _ = form({"text": ""}, ("gros.txt", b""))
            yield prefix[: prefix.rindex(b"\r\n--")]
            for _ in range(80):
                yield b"x" * 65_536

        status, answer, _ = call(address, "POST", "/add", chunks(), headers)
        assert status == 413 and answer["x-frame-options"] == "DENY"
        assert call(address, "GET", "/")[0] == 200

        body, headers = form({"text": PLAIN}, signed=signed)  # item 7: cross-site and rebinding writes
        for hostile in (
            {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
            {"Origin": "http://evil.example"},
            {"Sec-Fetch-Site": "cross-site"},
            {"Origin": "null"},
        ):
            assert call(address, "POST", "/add", body, {**headers, **hostile})[0] == 403, hostile
        status, answer, _ = call(address, "GET", "/", headers={"Host": "evil.example"})
        assert status == 421 and "content-security-policy" in answer
        rebound = {**headers, "Host": f"evil.example:{address.split(':')[1]}"}
        assert call(address, "POST", "/add", body, rebound)[0] == 421
        assert _articles_in(db) == 0

        status, answer, _ = call(address, "GET", "/search?q=%00")  # item 8
        assert status == 200 and "content-security-policy" in answer
        status, answer, _ = call(address, "GET", "/story/none")
        assert status == 404 and "content-security-policy" in answer
        with sqlite3.connect(db) as other:
            other.execute("DROP TABLE story_views")
            other.execute("DROP TABLE stories")
        status, answer, text = call(address, "GET", "/")
        assert status == 500 and "Traceback" not in text
        assert {name.lower() for name in SECURITY_HEADERS} <= set(answer)


def test_serve_reads_a_store_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    Store(db).close()
    wrap: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root writes anywhere: drop the capabilities that let it
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot make a folder read-only")
        wrap = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--inh-caps", "-all")
    folder.chmod(0o555)
    try:
        with served(db, "--allow-host", "veille.local", wrap=wrap) as address:
            assert call(address, "GET", "/")[0] == 200
            assert call(address, "GET", "/search?q=barrage")[0] == 200
            assert call(address, "GET", "/", headers={"Host": "veille.local:8000"})[0] == 200  # a name given
            assert call(address, "GET", "/", headers={"Host": "evil.example"})[0] == 421
    finally:
        folder.chmod(0o755)


# -- 11. legacy-encoded French -----------------------------------------------------------------------

FRENCH = [
    "Le préfet a évacué 300 habitants à Sète.",
    "Déjà à l'été, la mairie a prévu des travaux.",
    "Grève à la SNCF : « C'est inacceptable », dit un élu.",
    "Noël à Besançon : fête réussie.",
    "Il a déclaré être très déçu.",
    "Où sont passés les élèves ?",
    "L'Œuvre a coûté 3 € à la régie.",
    "Les pompiers ont été appelés vers 2 h à Orléans.",
    "Un garçon âgé de 12 ans a été blessé à Reims.",
    "La Préfecture évoque « une situation très dégradée » à Nîmes.",
    "Çà et là, des forêts brûlent.",
    "Les secours ont évacué l'hôpital de Dôle – une première.",
    "Ambiguïté : le maire s'est tu.",
    "Le député a été reçu à l'Élysée jeudi.",
    "Il était 9 h 30 ; la foule s'était dispersée.",
]


def test_legacy_encoded_french_is_decoded_exactly(tmp_path: Path) -> None:
    from recoupe.ingest import read_articles

    texts = [f"{a} {b}" for a in FRENCH for b in FRENCH[:8]] + FRENCH  # 135 texts, short and long
    for i, text in enumerate(texts):
        (tmp_path / f"{i:03d}.txt").write_bytes(text.encode("cp1252"))
    read = {a.id: a.text for a in read_articles([tmp_path]) if isinstance(a, Article)}
    wrong = [(read[f"{i:03d}.txt"], text) for i, text in enumerate(texts) if read[f"{i:03d}.txt"] != text]
    assert not wrong, f"{len(wrong)} of {len(texts)} decoded wrongly: {wrong[:3]}"


def test_a_page_whose_meta_charset_lies_is_decoded_by_its_bytes(tmp_path: Path) -> None:
    from recoupe.ingest import read_articles

    body = " ".join(FRENCH[:6])
    page = (
        f'<html><head><meta charset="utf-8"><title>Grève à Sète</title></head><body><article><p>{body}</p>'
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_bytes(page.encode("cp1252"))
    (article,) = read_articles([tmp_path / "page.html"])
    assert isinstance(article, Article) and FRENCH[0] in article.text and "ŕ" not in article.text
