"""Writing results so that a crash never corrupts what an earlier run wrote, and loses little.

``documents.jsonl`` is streamed to ``documents.jsonl.partial`` (one flushed line per article) and
renamed over the old file only when the run completes: an interrupted run leaves the previous
results whole and the finished part of the new run readable in the ``.partial`` file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from recoupe.model import DocumentAnalysis


def atomic_write_json(path: Path, data: Any) -> None:
    """Write JSON to ``path`` through a temporary file and an atomic rename."""
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    """Write text to ``path`` through a temporary file and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would surprise whoever reads the results
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class StagedFiles:
    """Files written beside their final names and renamed into place together, once all are written.

    ``analyze --out`` publishes ``documents.jsonl``, ``dossier.json`` and ``report.html`` this way: a
    failure while writing any of them (a full disk) leaves the previous run's three files untouched,
    never the new documents beside the old dossier.
    """

    def __init__(self) -> None:
        self.items: list[tuple[Path, Path]] = []
        self.owned: list[Path] = []

    def write_text(self, path: Path, text: str) -> None:
        """Write ``text`` to a temporary file beside ``path`` (flushed to disk), to become ``path``."""
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.owned.append(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        self.items.append((Path(tmp), path))

    def add(self, written: Path, path: Path) -> None:
        """A file already written in full (``documents.jsonl.partial``) that is to become ``path``."""
        self.items.append((written, path))

    def publish(self) -> None:
        """Rename every file into place (renames in one folder: no space needed, nothing half-written)."""
        for written, path in self.items:
            os.replace(written, path)
        self.items.clear()
        self.owned.clear()

    def discard(self) -> None:
        """Remove the temporary files this object wrote (an added ``.partial`` file is kept)."""
        for tmp in self.owned:
            tmp.unlink(missing_ok=True)
        self.items.clear()
        self.owned.clear()


class DocumentsWriter:
    """Stream analyses to ``documents.jsonl``, published atomically on :meth:`commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._out = self.partial.open("w", encoding="utf-8")
        self.count = 0

    def write(self, analysis: DocumentAnalysis) -> None:
        self._out.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
        self._out.flush()
        self.count += 1

    def finish(self) -> Path:
        """Flush the finished ``.partial`` file to disk and close it, without renaming it."""
        if not self._out.closed:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
        return self.partial

    def commit(self) -> None:
        """Make the new results the current ones (atomic rename)."""
        if self._out.closed:
            return
        self.finish()
        os.replace(self.partial, self.path)

    def abandon(self) -> None:
        """Stop writing and keep the ``.partial`` file (finished work is not lost)."""
        self._out.close()

    def __enter__(self) -> DocumentsWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            self.commit()
        else:
            self._out.close()  # keep the .partial file: finished work is not lost


def read_documents(path: Path) -> list[DocumentAnalysis]:
    """Load a ``documents.jsonl`` written by :class:`DocumentsWriter`."""
    with path.open(encoding="utf-8") as lines:
        return [DocumentAnalysis.from_json(json.loads(line)) for line in lines if line.strip()]
