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

    def commit(self) -> None:
        """Make the new results the current ones (atomic rename)."""
        if self._out.closed:
            return
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        os.replace(self.partial, self.path)

    def __enter__(self) -> DocumentsWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.commit()
        else:
            self._out.close()  # keep the .partial file: finished work is not lost


def read_documents(path: Path) -> list[DocumentAnalysis]:
    """Load a ``documents.jsonl`` written by :class:`DocumentsWriter`."""
    with path.open(encoding="utf-8") as lines:
        return [DocumentAnalysis.from_json(json.loads(line)) for line in lines if line.strip()]
