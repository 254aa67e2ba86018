"""Exports: claims as CSV, analyses as JSONL, and an ACLED-style events table.

The ACLED table puts each dated event of the timeline in the columns a conflict researcher loads next
to ACLED data (event_date, event_type, sub_event_type, actor1, location, fatalities, source, notes).
Event types come from the words of the event's sentence (``lang/<code>/export.py``); fatalities are
the conservative figure of the story's ``killed`` claim group for that day, else 0, as ACLED codes it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from recoupe.lang import get_language
from recoupe.link.text import fold
from recoupe.registry import Registry
from recoupe.store import Store

CLAIM_COLUMNS = ("doc", "outlet", "published", "category", "value", "low", "high", "qualifier", "subject",
                 "source", "source_entity", "date", "place", "reported", "text", "start", "end")
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "location", "fatalities", "source",
                 "notes")


exporters: Registry[Callable[[Store], str]] = Registry("export format")

#: What makes a spreadsheet read a cell as a formula (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM``, ``-2+3``).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: article text starting like a formula gets a ``'``.

    The texts come from whoever wrote the articles; opened in a spreadsheet, ``=HYPERLINK(…)`` would
    run. Numbers are written as they are (a negative figure stays a number).
    """
    if isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


@exporters.register("csv")
def export_claims_csv(store: Store) -> str:
    """Every claim about people, one row each, with its article's outlet and date."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CLAIM_COLUMNS)
    for article, analysis in store.articles():
        for c in analysis.claims:
            if c.category == "other":
                continue
            writer.writerow([_cell(v) for v in (
                article.id, article.outlet or "", analysis.published or "", c.category, c.value, c.low, c.high,
                c.qualifier, c.subject, c.source.text if c.source else "", c.source.entity or "" if c.source else "",
                c.date or "", c.place or "", int(c.reported), c.text, c.start, c.end)])
    return out.getvalue()


@exporters.register("jsonl")
def export_jsonl(store: Store) -> str:
    """The per-article contract, one JSON line per article (like ``documents.jsonl``)."""
    return "".join(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n" for _, analysis in store.articles())


def event_type(text: str, lang: str = "fr") -> tuple[str, str]:
    """ACLED event type and sub-type from the words of an event's sentence (first match in the table)."""
    words = set(fold(text).replace("'", " ").split())
    for cues, kind, sub in get_language(lang).data("export").ACLED_EVENT_TYPES:
        if words & cues:
            return kind, sub
    return "Strategic developments", "Other"


@exporters.register("acled")
def export_acled(store: Store) -> str:
    """An ACLED-style events table of every story's timeline."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ACLED_COLUMNS)
    outlets = {a.id: a.outlet or a.id for a, _ in store.articles()}
    for story in store.stories():
        killed_by_day: dict[str, float | int] = {}
        for group in store.claim_groups(story.id):
            if group.category != "killed" or group.conservative is None:
                continue
            for report in group.reports:
                day = (report.date or "")[:10]
                if day:
                    killed_by_day[day] = max(killed_by_day.get(day, 0), group.conservative)
        for event in store.timeline(story.id):
            kind, sub = event_type(event.text)
            pairs = store.articles(event.documents[:1])
            actor = ""
            if pairs:
                citation = event.citations[0]
                actor = next((e.name for e in pairs[0][1].entities
                              if e.type in ("PER", "ORG") and citation.start <= e.start < citation.end), "")
            writer.writerow([_cell(v) for v in (
                event.date, kind, sub, actor, event.place or "", killed_by_day.get(event.date, 0),
                "; ".join(sorted({outlets.get(d, d) for d in event.documents})), event.text)])
    return out.getvalue()
