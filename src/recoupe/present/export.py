"""Exports: claims as CSV, analyses as JSONL, and an ACLED-style events table.

The ACLED table lists the events each story view proposes (``recoupe.link.events``: one row per event
type, location and day, actors named by ACLED's patterns, gazetteer coordinates, conservative fatalities
from the claim groups) in ACLED's columns, so a conflict researcher loads it next to ACLED data; extra
columns after ACLED's keep the articles and sentence offsets every row was coded from.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable

from recoupe.link.corrections import Marks, note
from recoupe.registry import Registry
from recoupe.store import Store

CLAIM_COLUMNS = (
    "doc",
    "outlet",
    "published",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "subject",
    "source",
    "source_entity",
    "date",
    "place",
    "reported",
    "text",
    "start",
    "end",
    "corrected",
)
#: ACLED's own columns, in ACLED's order (those recoupe cannot fill, such as ``admin2``, stay empty).
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
#: recoupe's columns after ACLED's: where each row comes from.
EXTRA_COLUMNS = ("story", "documents", "evidence", "fatality_groups")


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
    """Every claim about people, one row each, with its article's outlet and date, as corrected: a
    rejected figure is left out, and ``corrected`` says who changed a row (its figure or its date) and why."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CLAIM_COLUMNS)
    marks = Marks.of(c.to_json() for c in store.corrections(include_undone=False))
    for article, analysis in store.corrected_articles():
        for c in analysis.claims:
            if c.category == "other":
                continue
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        article.id,
                        article.outlet or "",
                        analysis.published or "",
                        c.category,
                        c.value,
                        c.low,
                        c.high,
                        c.qualifier,
                        c.subject,
                        c.source.text if c.source else "",
                        c.source.entity or "" if c.source else "",
                        c.date or "",
                        c.place or "",
                        int(c.reported),
                        c.text,
                        c.start,
                        c.end,
                        note([*marks.spans.get((article.id, c.start, c.end), []), *_dated(marks, article.id)]),
                    )
                ]
            )
    return out.getvalue()


def _dated(marks: Marks, doc: str) -> list[dict[str, object]]:
    """The corrections of an article's date (its figures' publication date comes from it)."""
    return [m for m in marks.docs.get(doc, []) if m["kind"] == "set_date"]


@exporters.register("jsonl")
def export_jsonl(store: Store) -> str:
    """The per-article contract, one JSON line per article (like ``documents.jsonl``)."""
    return "".join(
        json.dumps(analysis.to_json(), ensure_ascii=False) + "\n" for _, analysis in store.corrected_articles()
    )


@exporters.register("acled")
def export_acled(store: Store) -> str:
    """Every story's proposed ACLED events (``link/events.py``), in ACLED's columns, then recoupe's own.

    Event ids are numbered here, per country across the whole store, in date order, so that two stories of
    one country never share an id. The extra columns keep, for every row, the story, the articles and the
    sentence offsets (``doc:start-end``) it was coded from.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ACLED_COLUMNS + EXTRA_COLUMNS)
    events = []
    for story in store.stories():
        marks = Marks.of(store.view(story.id)["corrections"])
        for event in store.events(story.id):
            changed = [m for (doc, _, _), found in marks.spans.items() if doc in event["documents"] for m in found]
            changed += [m for doc in event["documents"] for m in marks.docs.get(doc, [])] + marks.story
            if changed:  # an ACLED row says when a person changed what it was coded from
                unique = list({m["id"]: m for m in changed}.values())
                event = {**event, "notes": f"{event['notes']} [{note(unique)}]".strip()}
            events.append(event)
    events.sort(key=lambda e: (e["event_date"], e["iso"], e["location"], e["event_type"]))
    numbers: Counter[str] = Counter()
    for event in events:
        numbers[event["iso"]] += 1
        row = {
            **event,
            "event_id_cnty": f"{event['iso']}{numbers[event['iso']]}",
            "inter2": event["inter2"] or "",
            "evidence": " ".join(f"{e['doc']}:{e['start']}-{e['end']}" for e in event["evidence"]),
            "documents": " ".join(event["documents"]),
            "fatality_groups": " ".join(event["fatality_groups"]),
        }
        writer.writerow([_cell(row.get(column, "")) for column in ACLED_COLUMNS + EXTRA_COLUMNS])
    return out.getvalue()
