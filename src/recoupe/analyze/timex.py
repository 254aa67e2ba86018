"""Time expressions and their TIMEX3 values, anchored on the article's date."""

from __future__ import annotations

import datetime as dt
import re

from recoupe.analyze.base import Parsed, components
from recoupe.lang import Language
from recoupe.model import Timex


@components.register("timexes")
class TimexTagger:
    """Find dates (``le 2 janvier``, ``7 janvier 2022``, ``en 1991``, ``hier``) and resolve them."""

    name = "timexes"

    def __init__(self, lang: Language) -> None:
        data = lang.data("time")
        self.months: dict[str, int] = data.MONTHS
        self.deictic: dict[str, int] = data.DEICTIC_DAYS
        months = "|".join(sorted(self.months, key=len, reverse=True))
        deictic = "|".join(re.escape(w) for w in sorted(self.deictic, key=len, reverse=True))
        self.pattern = re.compile(
            rf"\b(?:(?P<day>[0-3]?\d|1er)\s+(?P<month>{months})(?:\s+(?P<year>\d{{4}}))?"
            rf"|(?P<month_only>{months})\s+(?P<month_year>\d{{4}})"
            rf"|en\s+(?P<bare_year>1[89]\d\d|20\d\d)"
            rf"|(?P<deictic>{deictic}))\b",
            re.IGNORECASE,
        )

    def __call__(self, parsed: Parsed) -> None:
        anchor = _anchor(parsed.analysis.published)
        text = parsed.doc.text
        found: list[Timex] = []
        for match in self.pattern.finditer(text, parsed.article.body_start):
            value = self.resolve(match, anchor)
            found.append(Timex(match.start(), match.end(), parsed.text[match.start():match.end()], value))
        parsed.analysis.timexes = found

    def resolve(self, match: re.Match[str], anchor: dt.date | None) -> str | None:
        groups = match.groupdict()
        if groups["bare_year"]:
            return groups["bare_year"]
        if groups["month_only"]:
            return f"{groups['month_year']}-{self.months[groups['month_only'].lower()]:02d}"
        if groups["deictic"]:
            if anchor is None:
                return None
            return (anchor + dt.timedelta(days=self.deictic[groups["deictic"].lower()])).isoformat()
        month = self.months[groups["month"].lower()]
        day = 1 if groups["day"].lower() == "1er" else int(groups["day"])
        year = int(groups["year"]) if groups["year"] else _infer_year(month, day, anchor)
        if year is None:
            return f"XXXX-{month:02d}-{day:02d}"
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None


def _anchor(published: str | None) -> dt.date | None:
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _infer_year(month: int, day: int, anchor: dt.date | None) -> int | None:
    """News mostly reports the past: a day-month more than 2 months after the anchor is last year's."""
    if anchor is None:
        return None
    try:
        candidate = dt.date(anchor.year, month, day)
    except ValueError:
        return anchor.year
    return anchor.year - 1 if (candidate - anchor).days > 60 else anchor.year
