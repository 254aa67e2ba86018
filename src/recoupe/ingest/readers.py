"""Readers, one per input format, registered by file suffix.

A reader takes a file's path and decoded text and yields :class:`Article` records, or :class:`Skip`
records for the parts it cannot use (a broken JSONL line does not cost the other lines).
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recoupe.errors import Errors
from recoupe.ingest.markers import leading_date_marker, normalize_published
from recoupe.model import Article, Skip
from recoupe.registry import Registry

Reader = Callable[[Path, str], Iterator[Article | Skip]]

#: Fewer words than this in a page's main text means trafilatura found navigation, not an article.
MIN_HTML_WORDS = 8
readers: Registry[Reader] = Registry("reader")


@readers.register(".txt")
def read_txt(path: Path, text: str) -> Iterator[Article | Skip]:
    """A plain-text article; its id is the file name. A leading date marker gives ``published``."""
    if not text.strip():
        yield Skip(str(path), Errors.E102.value, "E102")
        return
    published, body_start = leading_date_marker(text)
    if not text[body_start:].strip():
        yield Skip(str(path), Errors.E207.value, "E207")
        return
    yield Article(
        id=path.name,
        text=text,
        published=published,
        path=str(path),
        body_start=body_start,
        title=heading_line(text[body_start:]),
    )


@readers.register(".html", ".htm")
def read_html(path: Path, text: str) -> Iterator[Article | Skip]:
    """A web page: main text, title, date and site name extracted by trafilatura."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as error:  # trafilatura raises many types on hostile markup
        yield Skip(str(path), Errors.E107.format(error=error), "E107")
        return
    data: dict[str, Any] = dict(result or {}) if result is None or isinstance(result, dict) else result.as_dict()
    body = (data.get("text") or "").strip()
    if len(body.split()) < MIN_HTML_WORDS:  # what is left of a page of menus and scripts
        yield Skip(str(path), Errors.E206.value, "E206")
        return
    yield Article(
        id=path.name,
        text=body,
        published=normalize_published(data.get("date")),
        title=data.get("title") or None,
        outlet=data.get("sitename") or data.get("hostname") or None,
        url=data.get("url") or None,
        lang="fr",
        path=str(path),
    )


@readers.register(".jsonl")
def read_jsonl(path: Path, text: str) -> Iterator[Article | Skip]:
    """One article per line: ``id`` and ``text`` required; ``published``, ``title``, ``outlet``,
    ``url``, ``lang`` optional. Each bad line is one Skip naming its line number."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skip(where, Errors.E201.format(line=number, error=error.msg), "E201")
            continue
        if not isinstance(record, dict):
            yield Skip(where, Errors.E202.format(line=number), "E202")
            continue
        missing = next((name for name in ("id", "text") if name not in record), None)
        if missing:
            yield Skip(where, Errors.E203.format(line=number, field=missing), "E203")
            continue
        if not isinstance(record["text"], str):
            yield Skip(where, Errors.E204.format(line=number, field="text"), "E204")
            continue
        if not isinstance(record["id"], str | int) or isinstance(record["id"], bool):
            yield Skip(where, Errors.E204.format(line=number, field="id"), "E204")
            continue
        if not record["text"].strip():
            yield Skip(where, Errors.E207.value, "E207")
            continue
        yield Article(
            id=str(record["id"]),
            text=record["text"],
            published=normalize_published(record.get("published")),
            title=_optional_str(record.get("title")),
            outlet=_optional_str(record.get("outlet")),
            url=_optional_str(record.get("url")),
            lang=_optional_str(record.get("lang")) or "fr",
            path=where,
        )


@readers.register(".xml", ".rss", ".atom")
def read_feed(path: Path, text: str) -> Iterator[Article | Skip]:
    """An RSS or Atom feed: one article per entry, its HTML content reduced to text."""
    import feedparser

    from recoupe.ingest.web import feed_entities_declared

    if feed_entities_declared(text.encode("utf-8", errors="replace")):
        yield Skip(str(path), Errors.E608.value, "E608")
        return
    feed = feedparser.parse(text)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "no entries"))
        yield Skip(str(path), Errors.E208.format(error=reason), "E208")
        return
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        body = html_to_text(html)
        where = f"{path}#{number}"
        if not body:
            yield Skip(where, Errors.E207.value, "E207")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = None
        if parsed:
            published = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
            calendar.timegm(parsed)  # validates the struct
        yield Article(
            id=str(entry.get("id") or entry.get("link") or f"{path.name}#{number}"),
            text=body,
            published=published,
            title=entry.get("title") or None,
            outlet=outlet,
            url=entry.get("link") or None,
            path=where,
        )


def html_to_text(html: str) -> str:
    """Text of an HTML fragment, paragraph breaks kept as newlines (feed entries, file or fetched)."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable fragment: keep nothing rather than markup
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


#: What each reader reads, in words, for the messages that tell a user which formats recoupe takes.
FORMAT_NAMES = {
    "read_txt": "plain text",
    "read_html": "web pages",
    "read_jsonl": "JSON Lines",
    "read_feed": "RSS/Atom feeds",
}


def described_formats() -> str:
    """``plain text (.txt), web pages (.html, .htm), …``: the registered readers and their suffixes.

    Built from the registry, so a new reader shows up in the messages without editing them.
    """
    groups: dict[str, list[str]] = {}
    for suffix in readers.names():
        name = readers.get(suffix).__name__
        groups.setdefault(FORMAT_NAMES.get(name, name), []).append(suffix)
    parts = [f"{name} ({', '.join(suffixes)})" for name, suffixes in groups.items()]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def heading_line(text: str) -> str | None:
    """A plain-text article's title: a short first line without final punctuation, then a blank line.

    It stays in the text (offsets never move); it is only also recorded as the title.
    """
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or len(first) > 150 or first[-1] in '.!?…»"' or (not rest.startswith("\n") and rest.strip()):
        return None
    return first


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
