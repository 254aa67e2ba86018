"""Issue #20, hardening round two: each thing a hostile tester broke, broken again here and survived.

Texts are short invented French sentences. Web behaviours that live in the server (body limits,
Origin/Host checks, headers on errors, the event loop) are tested against a real ``recoupe serve``
on 127.0.0.1 and a free port, with bounded requests; the server is stopped at the end of each test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from recoupe.cli import app
from recoupe.model import Article, Claim, DocumentAnalysis
from recoupe.store import Store
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
    return subprocess.run([sys.executable, "-m", "recoupe", *args], capture_output=True, text=True, cwd=cwd,
                          env=child_env(), timeout=timeout, stdin=subprocess.DEVNULL)


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
    analysis = DocumentAnalysis(doc="x", published=None, lang="fr", title=None, outlet=None, claims=[
        Claim(0, 10, "x", "arrested", 10**25, low=-(10**30), high=float("nan"))])
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

    (tmp_path / "lot.jsonl").write_text('{"id": "x\\udce9", "text": "Deux bless\\ud800s \\u00e0 Lyon."}\n',
                                        encoding="utf-8")
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
