"""Score an ACLED-style events table against hand-coded events (``shared/gold/FORMAT.md``, "Events").

The table is what ``recoupe export --format acled`` writes; it is read by ACLED's column names, so the
same scorer reads a real ACLED extract or a table written by another tool. A column the table lacks
is read as empty (and so can never agree with gold): the scorer measures what a researcher loading the
file would get, not what the exporter meant.

Matching is one-to-one and greedy in gold order (FORMAT.md); the per-field metrics are then computed
over the matched pairs only, so they say how good the matched rows are, apart from how many matched.
Where FORMAT.md leaves a choice open, the choice is written next to the code (search for "Choice:").
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from recoupe.errors import Errors
from recoupe.eval.scorer import Metric, Report, _Count, _Lenience, _number, _same_number
from recoupe.text import fold_compat, normalize_apostrophes

#: The ACLED columns the scorer reads (others are ignored).
ACLED_READ_COLUMNS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
)
#: How far apart two places may be and still be the same place (FORMAT.md: 25 km).
PLACE_KM: float = 25.0
#: Days a predicted date may differ from gold's when gold's time precision is 2 (FORMAT.md: 3 days).
WEEK_WINDOW_DAYS: int = 3
_EARTH_RADIUS_KM = 6371.0088
#: ACLED's actor names end with the start year of a government's or force's period: "(2019-)".
_ACTOR_PERIOD = re.compile(r"\s*\(\d{4}-\)\s*$")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)")


# --------------------------------------------------------------------------------------------------
# Reading


def _event_error(event: Any) -> str | None:
    """What is wrong with one hand-coded event, or None."""
    if not isinstance(event, dict):
        return "must be an object"
    for key in ("event_date", "event_type", "country"):
        if not isinstance(event.get(key), str) or not event[key]:
            return f"{key} must be a non-empty string"
    parsed = _parse_date(event["event_date"])
    if parsed is None or parsed[2] is None:
        return "event_date must be a day, YYYY-MM-DD"
    for key in ("time_precision", "geo_precision"):
        if event.get(key, 1) not in (1, 2, 3):
            return f"{key} must be 1, 2 or 3"
    for key in ("latitude", "longitude"):
        if event.get(key) is not None and _number(event[key]) is None:
            return f"{key} must be a number or null"
    for key in ("sub_event_type", "actor1", "admin1", "location"):
        if event.get(key) is not None and not isinstance(event[key], str):
            return f"{key} must be a string"
    if event.get("fatalities") is not None and _number(event["fatalities"]) is None:
        return "fatalities must be a number or null"
    return None


def validate_events_gold(gold: Any, where: str = "<events gold>", problems: list[str] | None = None) -> None:
    """Check the fields matching relies on, so a bad events file fails with one clear message.

    Args:
        gold: the parsed events file.
        where: how to name the file in messages.
        problems: when given, a malformed event is removed from ``gold`` in place and one line saying
            why is appended here, instead of failing (only a file without an ``events`` list fails).

    Raises:
        ValueError: naming the first event or field that is missing or of the wrong type (E401).
    """
    check = _Lenience(where, problems)
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        check.fail("the top level must be an object with an 'events' list")
    kept: list[Any] = []
    for e, event in enumerate(gold["events"]):
        error = _event_error(event)
        if error is None:
            kept.append(event)
        else:
            check.drop(f"events[{e}] {error}")
    gold["events"] = kept


def load_events_gold(path: str | Path, problems: list[str] | None = None) -> dict[str, Any]:
    """Read and validate a hand-coded events file (``shared/gold/*-events.json``).

    Raises:
        ValueError: not JSON, or not in the FORMAT.md structure (message coded E401).
        OSError: the file cannot be read.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        message = Errors.E401.format(path=path, error=f"not valid JSON ({error})")
        raise ValueError(f"{message} [E401]") from error
    validate_events_gold(data, str(path), problems)
    return data


def read_acled_csv(text: str) -> list[dict[str, str]]:
    """The rows of an ACLED-style CSV as column → text, every read column present (missing ones empty).

    Filling the columns here means a table from an exporter that lacks, say, ``country`` is scored as
    having no country, rather than failing or being scored on fewer conditions.
    """
    reader = csv.DictReader(io.StringIO(text))
    rows: list[dict[str, str]] = []
    for raw in reader:
        row = {key.strip(): (value or "").strip() for key, value in raw.items() if isinstance(key, str)}
        rows.append({**dict.fromkeys(ACLED_READ_COLUMNS, ""), **row})
    return rows


# --------------------------------------------------------------------------------------------------
# Comparing fields


def plain(text: Any) -> str:
    """A name as compared: accents removed, case folded, apostrophes unified, spaces collapsed (FORMAT.md
    compares ACLED names "once case, accents … are ignored")."""
    if not isinstance(text, str):
        return ""
    return " ".join(fold_compat(normalize_apostrophes(text)).split())


def same_actor(predicted: Any, gold: Any) -> bool:
    """ACLED actor names equal once case, accents and a trailing ``(YYYY-)`` are ignored.

    The period tells which government a force served; a tool cannot be expected to know ACLED's
    periods, but it must name the actor. Choice: only an open period ``(2019-)`` is dropped, as FORMAT.md
    says; a closed one ``(1991-2019)`` names another actor and must match.
    """
    a, b = plain(_ACTOR_PERIOD.sub("", predicted or "")), plain(_ACTOR_PERIOD.sub("", gold or ""))
    return bool(b) and a == b


def _parse_date(value: Any) -> tuple[int, int, int | None] | None:
    """``(year, month, day)`` of an ACLED date: ISO ``2022-01-04`` (a time after it is ignored),
    ``2022-01`` (day ``None``), or ACLED's own ``04 January 2022``; ``None`` if unreadable."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if match := _ISO_DAY.match(value):
        year, month, day = (int(g) for g in match.groups())
        try:
            date(year, month, day)
        except ValueError:
            return None
        return year, month, day
    if match := _ISO_MONTH.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return (year, month, None) if 1 <= month <= 12 else None
    for layout in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y"):
        try:
            parsed = datetime.strptime(value, layout)
        except ValueError:
            continue
        return parsed.year, parsed.month, parsed.day
    return None


def dates_agree(predicted: Any, gold: str, time_precision: int) -> bool:
    """FORMAT.md's date rule: same day (precision 1), within 3 days (2), same month (3).

    Choice: "within 3 days" is inclusive (a gap of 3 days matches); a predicted date without a day
    (``2022-01``) can only match at precision 3.
    """
    p, g = _parse_date(predicted), _parse_date(gold)
    if p is None or g is None:
        return False
    if time_precision >= 3:
        return p[:2] == g[:2]
    if p[2] is None or g[2] is None:
        return False
    gap = abs(date(p[0], p[1], p[2]) - date(g[0], g[1], g[2]))
    return gap <= (timedelta(days=WEEK_WINDOW_DAYS) if time_precision == 2 else timedelta(0))


def _coordinates(event: Mapping[str, Any]) -> tuple[float, float] | None:
    latitude, longitude = _number(event.get("latitude")), _number(event.get("longitude"))
    if latitude is None or longitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two ``(latitude, longitude)`` points, in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _near(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Both rows have coordinates and they are within :data:`PLACE_KM` of each other."""
    p, g = _coordinates(predicted), _coordinates(gold)
    return p is not None and g is not None and distance_km(p, g) <= PLACE_KM


def _same_name(predicted: Any, gold: Any) -> bool:
    """Two place or type names equal once accents and case are ignored; an empty name equals nothing."""
    g = plain(gold)
    return bool(g) and plain(predicted) == g


def places_agree(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Same location name, or coordinates within 25 km, or (gold geo precision 3) the same admin1.

    A geo precision 3 event is placed at a region's capital only for want of a place, so any row in
    that region is as good a place for it.
    """
    if _same_name(predicted.get("location"), gold.get("location")) or _near(predicted, gold):
        return True
    return gold.get("geo_precision") == 3 and _same_name(predicted.get("admin1"), gold.get("admin1"))


def event_matches(row: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """FORMAT.md's matching rule: same event type, date within gold's precision, same country, same place.

    Choice: event type and country are compared like places (case and accents ignored), since ACLED's
    own files and an exporter may differ in accents ("Cote d'Ivoire") but not in the value meant.
    """
    return (
        _same_name(row.get("event_type"), gold.get("event_type"))
        and dates_agree(row.get("event_date"), gold["event_date"], int(gold.get("time_precision") or 1))
        and _same_name(row.get("country"), gold.get("country"))
        and places_agree(row, gold)
    )


# --------------------------------------------------------------------------------------------------
# Scoring


def match_events(gold_events: Sequence[Mapping[str, Any]], rows: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, row index)`` pairs, greedy in gold order.

    Choice: each gold event, in file order, takes the first row of the table (in table order) that
    matches it and is still free; no search for a better overall assignment, as FORMAT.md says greedy.
    """
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for g, gold in enumerate(gold_events):
        for r, row in enumerate(rows):
            if r not in taken and event_matches(row, gold):
                taken.add(r)
                pairs.append((g, r))
                break
    return pairs


def score_events(
    gold: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    rows: Iterable[Mapping[str, Any]],
    report: Report | None = None,
) -> Report:
    """The ``events.*`` metrics of an ACLED-style table against hand-coded events.

    Args:
        gold: an events gold file's content (``{"events": [...]}``, validated here) or its event list.
        rows: the table's rows as column → value (:func:`read_acled_csv`, or dicts written by hand);
            a missing column is read as empty.
        report: a report to add the metrics to (``recoupe eval`` adds them to the per-article one);
            a new one when ``None``.

    Returns:
        The report, metrics in :data:`~recoupe.eval.scorer.METRIC_NAMES` order.
    """
    events = list(gold["events"] if isinstance(gold, Mapping) else gold)
    validate_events_gold({"events": events})
    table = list(rows)
    report = report if report is not None else Report()
    pairs = match_events(events, table)
    recall = Metric(len(pairs) / len(events) if events else None, len(pairs), len(events))
    precision = Metric(len(pairs) / len(table) if table else None, len(pairs), len(table))
    sub_type, fatalities, geo, actor = _Count(), _Count(), _Count(), _Count()
    for g, r in pairs:
        event, row = events[g], table[r]
        # Choice: sub-event types are compared like event types (case and accents ignored).
        if event.get("sub_event_type"):
            sub_type.add(_same_name(row.get("sub_event_type"), event["sub_event_type"]))
        gold_deaths = _number(event.get("fatalities"))
        if gold_deaths is not None:
            predicted_deaths = _number(row.get("fatalities"))
            fatalities.add(predicted_deaths is not None and _same_number(predicted_deaths, gold_deaths))
        # Choice: a gold event without coordinates is not scored for geo; a row without them is wrong.
        if _coordinates(event) is not None:
            geo.add(_near(row, event))
        if event.get("actor1"):
            actor.add(same_actor(row.get("actor1"), event["actor1"]))
    report.metrics.update(
        {
            "events.recall": recall,
            "events.precision": precision,
            "events.sub_event_type": sub_type.metric(),
            "events.fatalities": fatalities.metric(),
            "events.geo": geo.metric(),
            "events.actor1": actor.metric(),
        }
    )
    if not table:
        report.problems.append("events: the table has no rows")
    report.sort()
    return report
