"""The ``recoupe`` command as a user runs it: outputs, summary, skipped files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.analyze import Analyzer
from recoupe.cli import app
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
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                                 "--published", "2023-05-03"])
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
    gold = {"documents": [{"doc": "a.txt", "published": "2023-03-08",
                           "timexes": [{"text": "Mardi", "value": "2023-03-07"}],
                           "claims": [{"evidence": "12 personnes ont été interpellées", "category": "arrested",
                                       "value": 12, "qualifier": "exact", "source": ["préfecture"]}],
                           "quotes": []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "gold.json"), "--texts", str(texts), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    assert {"timex.value", "timex.precision", "claims.recall", "claims.precision", "claims.qualifier",
            "claims.source", "quotes.direct.found", "quotes.partial.speaker"} <= set(metrics)
    assert metrics["claims.recall"]["value"] == 1.0
