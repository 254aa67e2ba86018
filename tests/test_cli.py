"""The ``recoupe`` command as a user runs it: outputs, summary, skipped files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.errors import RecoupeError
from recoupe.store.files import DocumentsWriter, read_documents

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(autouse=True)
def _model_loaded(analyzer: Analyzer) -> None:
    """The CLI reuses the session's spaCy pipeline (cached per process)."""


def test_analyze_examples_writes_documents_and_dossier(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(ROOT / "examples"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    documents = read_documents(tmp_path / "documents.jsonl")
    assert len(documents) == 4
    dossier = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["documents"] == [d.doc for d in documents]
    assert {"name", "type", "aliases", "documents"} <= set(dossier["entities"][0])
    assert "4 articles analyzed" in result.stderr and "0 skipped" in result.stderr


def test_bad_inputs_are_named_the_rest_completes_and_exit_code_is_2(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "bon.txt").write_text("Selon la police, 1 200 personnes ont manifesté mardi à Lyon.", encoding="utf-8")
    (inputs / "vide.txt").write_text("", encoding="utf-8")
    (inputs / "lot.jsonl").write_text('{"id": "x", "text": "Deux morts."}\n{cassé\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(inputs), str(tmp_path / "absent"), "--out", str(out)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(lines) == 3
    assert any("vide.txt: empty file [E102]" in line for line in lines)
    assert any("lot.jsonl:2: line 2: not valid JSON" in line for line in lines)
    assert any("absent: no such file or folder [E101]" in line for line in lines)
    assert [d.doc for d in read_documents(out / "documents.jsonl")] == ["bon.txt", "x"]


def test_published_option_reaches_the_analysis(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hier, 300 personnes ont été évacuées.", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--published", "2023-05-03"]
    )
    assert result.exit_code == 0, result.output
    (document,) = read_documents(tmp_path / "o" / "documents.jsonl")
    assert document.published == "2023-05-03"


def test_interrupted_run_keeps_previous_results_and_finished_work(tmp_path: Path, analyzer: Analyzer) -> None:
    out = tmp_path / "documents.jsonl"
    out.write_text('{"ancien": true}\n', encoding="utf-8")
    from recoupe.model import Article

    analysis = analyzer.analyze(Article(id="a", text="Trois blessés à Nantes."))
    with pytest.raises(KeyboardInterrupt), DocumentsWriter(out) as writer:
        writer.write(analysis)
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == '{"ancien": true}\n'
    assert json.loads(out.with_name("documents.jsonl.partial").read_text(encoding="utf-8"))["doc"] == "a"


def test_eval_prints_every_metric(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    text = "Mardi, 12 personnes ont été interpellées à Rennes, selon la préfecture."
    (texts / "a.txt").write_text(text, encoding="utf-8")
    gold = {
        "documents": [
            {
                "doc": "a.txt",
                "published": "2023-03-08",
                "timexes": [{"text": "Mardi", "value": "2023-03-07"}],
                "claims": [
                    {
                        "evidence": "12 personnes ont été interpellées",
                        "category": "arrested",
                        "value": 12,
                        "qualifier": "exact",
                        "source": ["préfecture"],
                    }
                ],
                "quotes": [],
            }
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "gold.json"), "--texts", str(texts), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    assert {
        "timex.value",
        "timex.precision",
        "claims.recall",
        "claims.precision",
        "claims.qualifier",
        "claims.source",
        "quotes.direct.found",
        "quotes.partial.speaker",
    } <= set(metrics)
    assert metrics["claims.recall"]["value"] == 1.0


# First-run mistakes (issue #13): each gets one line that says what to do, and a non-zero exit.

PHRASE = "Selon la préfecture, 40 personnes ont été évacuées jeudi à Vierzon.\n"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_a_folder_without_article_files_is_one_line_naming_it_and_the_suffixes(tmp_path: Path) -> None:
    folder = tmp_path / "rapports"
    folder.mkdir()
    (folder / "bilan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "annexe.pdf").write_bytes(b"%PDF-1.4\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(folder), "--out", str(out)])
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert line.startswith(f"skipped {folder}: no article file in this folder") and line.endswith("[E109]")
    assert ".txt, .html, .htm, .jsonl, .xml, .rss, .atom" in line and "2 .pdf" in line
    assert not out.exists()  # no empty report, no "0 articles analyzed"


def test_a_folder_without_articles_beside_a_good_one_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "bons").mkdir()
    (tmp_path / "bons" / "a.txt").write_text(PHRASE, encoding="utf-8")
    (tmp_path / "vide").mkdir()
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path / "bons"), str(tmp_path / "vide"), "--out", str(out)])
    assert result.exit_code == 2
    assert f"skipped {tmp_path / 'vide'}: no article file in this folder" in result.stderr
    assert "found no file) [E109]" in result.stderr
    assert [d.doc for d in read_documents(out / "documents.jsonl")] == ["a.txt"]


def test_a_pdf_given_directly_keeps_E105_and_says_which_formats_are_read(tmp_path: Path) -> None:
    pdf = tmp_path / "communique.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(pdf), "--out", str(out)])
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert line.startswith(f"skipped {pdf}: unsupported file type '.pdf'") and line.endswith("[E105]")
    assert (
        "plain text (.txt), web pages (.html, .htm), JSON Lines (.jsonl) and RSS/Atom feeds (.xml, .rss, .atom)"
    ) in line
    assert "pdftotext" in line
    assert not out.exists()


@pytest.mark.parametrize("value", ["hier", "07/01/2022", "2022-13-45", "2022-02-30", "2022-1", ""])
@pytest.mark.parametrize("command", ["analyze", "add"])
def test_a_published_date_outside_the_accepted_forms_is_refused(tmp_path: Path, value: str, command: str) -> None:
    (tmp_path / "a.txt").write_text(PHRASE, encoding="utf-8")
    target = ["--out", str(tmp_path / "out")] if command == "analyze" else ["--db", str(tmp_path / "s.db")]
    result = runner.invoke(app, [command, str(tmp_path / "a.txt"), "--published", value, *target])
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert line == (
        f"error: --published {value!r} is not a date recoupe accepts: give YYYY-MM-DD (2022-01-07) "
        "or YYYY-MM (2022-01) [E501]"
    )
    assert not (tmp_path / "out").exists() and not (tmp_path / "s.db").exists()


def test_a_published_month_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PHRASE, encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--published", "2023-05"]
    )
    assert result.exit_code == 0, result.output
    (document,) = read_documents(tmp_path / "o" / "documents.jsonl")
    assert document.published == "2023-05"


@pytest.mark.parametrize("url", ["ftp://www.exemple.fr/2022/01/07/crue.html", "file:///etc/passwd"])
def test_an_address_that_is_not_http_is_not_mangled_into_a_missing_file_but_said_not_read(
    tmp_path: Path, url: str
) -> None:
    # http(s) addresses are fetched: tests/test_watch.py serves them on 127.0.0.1
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", url, "--out", str(out)])
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    scheme = url.split(":")[0]
    assert line == (
        f"skipped {url}: not an address recoupe reads ({scheme}:): give an http:// or https:// page "
        "or feed, or a saved file [E110]"
    )
    assert not out.exists()


def test_an_unreadable_address_beside_a_file_is_skipped_and_the_file_analyzed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PHRASE, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["add", "ftp://exemple.fr/a", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 2
    assert "skipped ftp://exemple.fr/a: not an address recoupe reads" in result.stderr
    assert "1 articles added" in result.stderr


def test_serve_on_a_port_in_use_is_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    import socket

    from recoupe.store import Store

    db = tmp_path / "s.db"
    Store(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    (line,) = _lines(result.output)  # stdout and stderr: no "serving on" line before the error
    assert line.startswith(f"error: cannot serve on 127.0.0.1:{port}: ") and line.endswith("[E502]")
    assert "already in use" in line and "--port" in line


def test_serve_binds_before_it_says_where_it_serves(tmp_path: Path) -> None:
    from recoupe.present.web import listen

    with listen("127.0.0.1", 0) as sock:
        host, port = sock.getsockname()
        assert host == "127.0.0.1" and port > 0
        with pytest.raises(RecoupeError, match=r"\[E502\]"):
            listen("127.0.0.1", port)


def test_analyze_db_without_out_keeps_the_engine_options(tmp_path: Path) -> None:
    """``--scheduler`` was silently dropped when ``--db`` came without ``--out``; now it is checked."""
    (tmp_path / "a.txt").write_text("Paris, 3 mars 2024 — Un texte.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--scheduler", "tcp://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    assert "--scheduler needs --engine dask" in result.output


def test_analyze_out_report_agrees_with_the_dossier(tmp_path: Path) -> None:
    """The folder's report and dossier come from one linking: same stories."""
    result = runner.invoke(app, ["analyze", str(ROOT / "examples"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    dossier = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert dossier["stories"] and all(story["title"].split()[0] in report for story in dossier["stories"])


def test_every_error_code_is_defined_once() -> None:
    """A code defined twice in the catalogue silently replaces the first message (class attributes)."""
    import ast

    source = (ROOT / "src" / "recoupe" / "errors.py").read_text(encoding="utf-8")
    names = [
        t.id
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    ]
    codes = [name for name in names if name[:1] == "E" and name[1:].isdigit()]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
