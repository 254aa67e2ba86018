"""Hostile input: every bad file gets one clear line and the batch goes on, with nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.ingest import DEFAULT_MAX_BYTES, read_articles
from recoupe.model import Article, Skip
from recoupe.store.files import read_documents

PHRASE = "Selon la préfecture, 1 200 personnes ont manifesté mardi à Besançon.\n"
runner = CliRunner()


def test_a_50_mb_text_file_is_refused_with_its_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "enorme.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing to read
    (tmp_path / "petit.txt").write_text(PHRASE, encoding="utf-8")
    records = list(read_articles([tmp_path]))
    (skip,) = [r for r in records if isinstance(r, Skip)]
    assert skip.code == "E106" and "52428800 bytes" in skip.reason and f"{DEFAULT_MAX_BYTES} bytes" in skip.reason
    assert [r.id for r in records if isinstance(r, Article)] == ["petit.txt"]


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PHRASE * 50, encoding="utf-8")
    assert [r.id for r in read_articles([tmp_path], max_bytes=10_000_000) if isinstance(r, Article)] == ["a.txt"]


def test_a_folder_of_10_000_files_is_read_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "dix-mille"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Article {i}. {PHRASE}", encoding="utf-8")
    ids = [r.id for r in read_articles([folder]) if isinstance(r, Article)]
    assert len(ids) == 10_000 and ids[:2] == ["00000.txt", "00001.txt"] and ids[-1] == "09999.txt"


def test_a_file_that_vanishes_mid_run_is_one_skip(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(PHRASE, encoding="utf-8")
    records = []
    for record in read_articles([tmp_path]):
        records.append(record)
        if isinstance(record, Article) and record.id == "a.txt":
            (tmp_path / "b.txt").unlink()  # removed after the folder was listed
    assert [(r.id if isinstance(r, Article) else r.code) for r in records] == ["a.txt", "E101", "c.txt"]


def test_every_bad_input_kind_in_one_run(tmp_path: Path, analyzer: Analyzer) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "bon.txt").write_text(PHRASE, encoding="utf-8")
    (inputs / "vide.txt").write_bytes(b"")
    (inputs / "binaire.txt").write_bytes(bytes(range(256)) * 16)
    (inputs / "latin1.txt").write_bytes(PHRASE.encode("latin-1"))
    (inputs / "utf16.txt").write_bytes(PHRASE.encode("utf-16"))
    menus = "<html><body><script>x()</script><nav><a href='/'>Accueil</a></nav></body></html>"
    (inputs / "menus.html").write_text(menus, encoding="utf-8")
    (inputs / "lot.jsonl").write_text(
        "\n".join(
            [
                "pas du json",
                json.dumps([1, 2]),
                json.dumps({"id": "x"}),
                json.dumps({"id": "y", "text": 3}),
                json.dumps({"id": "bon.txt", "text": "Doublon."}),
                json.dumps({"id": "z", "text": PHRASE}),
            ]
        ),
        encoding="utf-8",
    )
    (inputs / "boucle").symlink_to(inputs)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(inputs), str(tmp_path / "absent.txt"), "--out", str(out)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    codes = sorted(line.rsplit("[", 1)[1].rstrip("]") for line in lines)
    assert codes == sorted(["E101", "E102", "E103", "E206", "E201", "E202", "E203", "E204", "E205", "E108"])
    kept = {d.doc for d in read_documents(out / "documents.jsonl")}
    assert kept == {"bon.txt", "latin1.txt", "utf16.txt", "z"}
