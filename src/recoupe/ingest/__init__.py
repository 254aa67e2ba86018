"""Ingest: from paths on disk to :class:`~recoupe.model.Article` records.

``read_articles`` walks files and folders, decodes each file, hands it to the reader registered for
its suffix, and enforces unique ids. Every input that cannot be used becomes a
:class:`~recoupe.model.Skip` with one reason; nothing stops the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.errors import Errors
from recoupe.ingest.files import DEFAULT_MAX_BYTES, DecodeError, decode, iter_files, read_bytes
from recoupe.ingest.readers import readers
from recoupe.model import Article, Skip

__all__ = ["DEFAULT_MAX_BYTES", "read_articles"]


def read_articles(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Skip]:
    """Read every article under ``paths``, in a stable order.

    Args:
        paths: files or folders (folders are searched recursively).
        published: date (``YYYY-MM-DD``) given to articles whose metadata and markers give none.
        max_bytes: files larger than this are refused with a size message.
    """
    first_seen: dict[str, str] = {}
    suffixes = set(readers.names())
    for item in iter_files([Path(p) for p in paths], suffixes):
        if isinstance(item, Skip):
            yield item
            continue
        data = read_bytes(item, max_bytes)
        if isinstance(data, Skip):
            yield data
            continue
        try:
            text = decode(data)
        except DecodeError as error:
            yield Skip(str(item), error.code.value, error.code.name)
            continue
        for record in readers.get(item.suffix.lower())(item, text):
            if isinstance(record, Article):
                if record.id in first_seen:
                    record = Skip(record.path or record.id,
                                  Errors.E205.format(id=record.id, first=first_seen[record.id]), "E205")
                else:
                    first_seen[record.id] = record.path or record.id
                    if record.published is None and published:
                        record.published = published
            yield record
