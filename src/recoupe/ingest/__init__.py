"""Ingest: from paths on disk to :class:`~recoupe.model.Article` records.

``read_articles`` walks files and folders, decodes each file, hands it to the reader registered for
its suffix, and enforces unique ids. Every input that cannot be used becomes a
:class:`~recoupe.model.Skip` with one reason; nothing stops the batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.errors import Errors
from recoupe.ingest.files import (
    DEFAULT_MAX_BYTES,
    DecodeError,
    decode,
    iter_files,
    read_bytes,
    valid_name,
    valid_text,
)
from recoupe.ingest.markers import check_published
from recoupe.ingest.readers import described_formats, readers
from recoupe.model import Article, Skip

__all__ = ["DEFAULT_MAX_BYTES", "check_published", "is_url", "read_articles"]

#: ``https://…``, or what a path library makes of it (``https:/…``, the double slash collapsed).
_URL = re.compile(r"(?i)^(https?://?[^/]|ftp://?[^/]|file:/)")


def read_articles(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Skip]:
    """Read every article under ``paths``, in a stable order.

    Args:
        paths: files or folders (folders are searched recursively), or ``http(s)://`` addresses of
            article pages and RSS/Atom feeds, fetched politely (``recoupe.ingest.web``; a feed's items'
            pages are fetched too). Another scheme (``ftp://``) is one Skip saying what is read.
        published: date (``YYYY-MM-DD`` or ``YYYY-MM``) given to articles whose metadata and markers
            give none.
        max_bytes: files (and fetched responses) larger than this are refused with a size message.

    Raises:
        RecoupeError: ``E501`` at once (before any file is read) when ``published`` is not such a date.
    """
    if published is not None:
        published = check_published(published)
    return _read(list(paths), published, max_bytes)


def is_url(path: str | Path) -> bool:
    """Whether an input is a web address; also catches one already turned into a Path (``https:/x``)."""
    return bool(_URL.match(str(path))) and not Path(path).exists()


def _read(paths: list[str | Path], published: str | None, max_bytes: int) -> Iterator[Article | Skip]:
    first_seen: dict[str, str] = {}
    suffixes = readers.names()
    formats = described_formats()
    fetcher = None
    try:
        for path in paths:
            if is_url(path):
                from recoupe.ingest.web import Fetcher, FetchPolicy, fix_url, read_url

                fetcher = fetcher or Fetcher(FetchPolicy(max_bytes=max_bytes))
                yield from _unique(read_url(fix_url(str(path)), fetcher), published, first_seen)
                continue
            yield from _read_path(Path(path), suffixes, formats, published, max_bytes, first_seen)
    finally:
        if fetcher is not None:
            fetcher.close()


def _valid(record: Article | Skip) -> Article | Skip:
    """Every string of a record as valid Unicode (see :func:`valid_name`): a file name that is not
    UTF-8, or a JSON line holding ``"\\udce9"``, must not fail the batch when it is written."""
    if isinstance(record, Skip):
        record.where, record.reason = valid_name(record.where), valid_text(record.reason)
        return record
    record.id = valid_name(record.id)
    record.path = valid_name(record.path) if record.path is not None else None
    record.text = valid_text(record.text)
    for name in ("title", "outlet", "url", "published", "lang"):
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, valid_text(value))
    return record


def _read_path(
    path: Path, suffixes: list[str], formats: str, published: str | None, max_bytes: int, first_seen: dict[str, str]
) -> Iterator[Article | Skip]:
    for item in iter_files([path], suffixes, formats):
        if isinstance(item, Skip):
            yield _valid(item)
            continue
        data = read_bytes(item, max_bytes)
        if isinstance(data, Skip):
            yield _valid(data)
            continue
        try:
            text = decode(data)
        except DecodeError as error:
            yield _valid(Skip(str(item), error.code.value, error.code.name))
            continue
        yield from _unique(readers.get(item.suffix.lower())(item, text), published, first_seen)


def _unique(
    records: Iterable[Article | Skip], published: str | None, first_seen: dict[str, str]
) -> Iterator[Article | Skip]:
    """Every record as valid Unicode; refuse a second article with an id already read; give
    ``published`` to undated ones."""
    for record in records:
        record = _valid(record)
        if isinstance(record, Article):
            if record.id in first_seen:
                record = Skip(
                    record.path or record.id, Errors.E205.format(id=record.id, first=first_seen[record.id]), "E205"
                )
            else:
                first_seen[record.id] = record.path or record.id
                if record.published is None and published:
                    record.published = published
        yield record
