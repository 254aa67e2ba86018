"""Calendar arithmetic for time expressions: pure functions, no language, no spaCy.

Kept apart from the resolver so that every rule about *which* day a phrase means (the year of a
partial date, the direction of a weekday, the week of ``la semaine dernière``) can be tested on its own
with plain dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

#: Which way the event lies from the moment of writing, as the verb's tense says.
Direction = Literal["past", "future", "present"] | None

#: Article dates outside these years are taken for metadata errors and ignored.
MIN_YEAR, MAX_YEAR = 1000, 2999

#: A year that stands in when the year is unknown: leap, so that 29 February still exists.
PLACEHOLDER_YEAR = 2000

#: How much more a candidate date on the wrong side of the anchor costs than one on the right side.
#: News mostly reports the past, so even without a tense a future reading costs a little more.
_WRONG_SIDE_COST: dict[Direction, tuple[float, float]] = {
    # direction → (cost per day in the past, cost per day in the future)
    "past": (1.0, 8.0),
    "future": (8.0, 1.0),
    "present": (1.0, 1.5),
    None: (1.0, 1.5),
}
#: The same for a day with its month (``le 4 mars``): the verb is the day's own far more often than a month's
#: (``les chiffres de janvier seront publiés``), so the wrong side costs more. A day up to about two weeks
#: and a half ahead still beats a year back (the article's date may be late); beyond, a past verb means
#: last year's (``le 4 mars, la grève a éclaté``, written on 9 February, is not the 4 March to come).
_DAY_WRONG_SIDE_COST: dict[Direction, tuple[float, float]] = {
    "past": (1.0, 20.0),
    "future": (20.0, 1.0),
    "present": (1.0, 1.5),
    None: (1.0, 1.5),
}


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day whose year may be unknown (``XXXX-01-07``).

    Attributes:
        date: the day; when ``year_known`` is false its year is :data:`PLACEHOLDER_YEAR` (or the
            placeholder's neighbour after arithmetic) and must not be shown.
        year_known: whether the year is the real one.
    """

    date: dt.date
    year_known: bool = True

    def shift(self, days: int) -> Day | None:
        """The day ``days`` later (earlier if negative); ``None`` off the calendar."""
        try:
            return Day(self.date + dt.timedelta(days=days), self.year_known)
        except OverflowError:
            return None

    def value(self) -> str:
        """The TIMEX3 value: ``2022-01-07``, or ``XXXX-01-07`` without a year."""
        if self.year_known:
            return self.date.isoformat()
        return f"XXXX-{self.date.month:02d}-{self.date.day:02d}"


@dataclass(frozen=True, slots=True)
class Anchor:
    """The moment of writing: the article's date, or the date its text gives.

    Attributes:
        date: that day; with a coarser ``precision`` only its year (and month) are meaningful, the
            rest stands in for "some day then" (the 15th, or 1 July).
        year_known: the year is the real one (an undated article may still give ``vendredi 7 janvier``).
        precision: ``day`` (``YYYY-MM-DD`` metadata or a date in the text), ``month`` (a `` date
            2022-01 `` marker) or ``year``; deictic words (``hier``) and weekdays need a day, ``le mois
            dernier`` a month.
    """

    date: dt.date
    year_known: bool = True
    precision: Literal["day", "month", "year"] = "day"

    @property
    def day_known(self) -> bool:
        return self.precision == "day"

    @property
    def month_known(self) -> bool:
        return self.precision != "year"

    @property
    def day(self) -> Day:
        return Day(self.date, self.year_known)

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """An anchor from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` metadata; ``None`` otherwise."""
        if not published or not published[:4].isdigit() or not MIN_YEAR <= int(published[:4]) <= MAX_YEAR:
            return None
        try:
            if len(published) >= 10:
                return cls(dt.date.fromisoformat(published[:10]))
            if len(published) == 7:
                return cls(dt.date(int(published[:4]), int(published[5:7]), 15), precision="month")
            if len(published) == 4:
                return cls(dt.date(int(published), 7, 1), precision="year")
        except ValueError:
            return None
        return None


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _cost(days: int, direction: Direction, costs: dict[Direction, tuple[float, float]]) -> float:
    past, future = costs[direction]
    return -days * past if days <= 0 else days * future


def nearest(
    candidates: list[dt.date],
    anchor: dt.date,
    direction: Direction,
    costs: dict[Direction, tuple[float, float]] = _WRONG_SIDE_COST,
) -> dt.date | None:
    """The candidate the writer most likely means, seen from ``anchor`` with the verb's ``direction``."""
    if not candidates:
        return None
    return min(candidates, key=lambda d: (_cost((d - anchor).days, direction, costs), d))


def infer_year(
    month: int, day: int, anchor: dt.date, direction: Direction, modifier: int | None = None, weekday: int | None = None
) -> int | None:
    """The year of a day-month written without one (``le 2 janvier``).

    Args:
        month, day: the partial date.
        anchor: the moment of writing.
        direction: the governing verb's tense; a past event is before the anchor, a future one after.
        modifier: ``-1`` for ``dernier`` (strictly before the anchor), ``+1`` for ``prochain`` (after).
        weekday: a weekday written with it (``vendredi 7 janvier``, 0 = Monday): a year where the day
            falls on that weekday is preferred, which is how the pair pins the year.
    """
    candidates = [d for y in range(anchor.year - 1, anchor.year + 2) if (d := make_date(y, month, day))]
    if modifier is not None and modifier < 0:
        candidates = [d for d in candidates if d < anchor] or candidates
    elif modifier is not None and modifier > 0:
        candidates = [d for d in candidates if d > anchor] or candidates
    if weekday is not None:
        candidates = [d for d in candidates if d.weekday() == weekday] or candidates
    best = nearest(candidates, anchor, direction, _DAY_WRONG_SIDE_COST)
    return best.year if best else None


def pin_year(month: int, day: int, weekday: int, latest: int) -> int | None:
    """The most recent year up to ``latest`` in which ``day``/``month`` falls on ``weekday``.

    Used only when nothing else gives the year: ``vendredi 7 janvier`` in an undated article.
    """
    for year in range(latest, latest - 28, -1):  # the calendar repeats every 28 years
        date = make_date(year, month, day)
        if date is not None and date.weekday() == weekday:
            return year
    return None


def weekday_offset(anchor_weekday: int, weekday: int, direction: Direction, modifier: int | None) -> int:
    """Days from the anchor to the ``weekday`` the text means.

    ``mardi dernier`` is within the 7 days before, ``lundi prochain`` within the 7 days after; otherwise
    a past verb looks back (today included), a future one ahead, and without a tense the nearest wins
    (ties go to the past).
    """
    back = -((anchor_weekday - weekday) % 7)  # 0..-6
    ahead = (weekday - anchor_weekday) % 7  # 0..6
    if modifier is not None and modifier < 0:
        return back or -7
    if modifier is not None and modifier > 0:
        return ahead or 7
    if direction == "past":
        return back
    if direction == "future":
        return ahead
    return back if -back <= ahead else ahead


def this_week_offset(anchor_weekday: int, weekday: int, direction: Direction) -> int:
    """Days from the anchor to ``ce mardi``: that day of the current week (Monday to Sunday), unless the
    tense says it is over and the day is still ahead (then the last one), or says it is to come and the
    day is over (then the nearest: ``ce lundi`` written on a Sunday about what will happen is tomorrow).
    """
    offset = weekday - anchor_weekday  # -6..6
    if direction == "past" and offset > 0:
        return offset - 7
    if direction == "future" and offset < 0:
        return weekday_offset(anchor_weekday, weekday, None, None)
    return offset


def iso_week(date: dt.date) -> str:
    """``2022-W01``."""
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``months`` (negative goes back)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus), for the movable holidays."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    day = (h + m - 7 * n + 114) % 31 + 1
    return dt.date(year, month, day)


def liturgical_season(kind: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a season of the Christian year that starts in ``year``: ``lenten`` (Lent) from Ash
    Wednesday to Holy Saturday, ``advent`` from the fourth Sunday before Christmas to Christmas Eve."""
    if kind == "lenten":
        sunday = easter(year)
        return sunday - dt.timedelta(days=46), sunday - dt.timedelta(days=1)
    christmas = dt.date(year, 12, 25)
    last_sunday = christmas - dt.timedelta(days=(christmas.weekday() + 1) % 7 or 7)
    return last_sunday - dt.timedelta(weeks=3), christmas - dt.timedelta(days=1)


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Eastern churches (Orthodox, Coptic): the Julian computus, moved to the
    Gregorian calendar (13 days apart from 1900 to 2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_gap = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_gap)


def hijri_dates(month: int, day: int, around: dt.date) -> list[dt.date]:
    """The Gregorian dates of a day of the Islamic year (``10, 1``: the Aïd el-Fitr) in the lunar years
    around ``around``, by the Umm al-Qura calendar most announcements follow within a day. A lunar year is
    eleven days short of a solar one, so a feast walks through the seasons: none is tied to a month."""
    from hijridate import Gregorian, Hijri

    try:
        year = Gregorian(around.year, around.month, around.day).to_hijri().year
    except (OverflowError, ValueError):  # outside 1924–2077, the table's range
        return []
    dates = []
    for y in range(year - 2, year + 3):
        try:
            dates.append(Hijri(y, month, day).to_gregorian())
        except (OverflowError, ValueError):
            continue
    return [dt.date(d.year, d.month, d.day) for d in dates]


#: Season codes in calendar order, with the month and day each starts on (astronomical, rounded).
SEASON_STARTS: dict[str, tuple[int, int]] = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}


def season_bounds(code: str, year: int) -> tuple[dt.date, dt.date]:
    """The first day of a season's instance and the day after it (a winter carries its January's year)."""
    month, day = SEASON_STARTS[code]
    start = dt.date(year - 1 if code == "WI" else year, month, day)
    return start, start + dt.timedelta(days=91)


def season_value(code: str, anchor: dt.date, modifier: int | None) -> str:
    """The TIMEX3 value of a season seen from ``anchor`` (``cet hiver`` → ``2022-WI``).

    A winter carries the year of its January (the winter of 2021–2022 is ``2022-WI``). ``dernier``
    is the last one that ended before the anchor's season, ``prochain`` the next one to start; with
    no modifier the season holding the anchor, or else this year's.
    """

    def instances() -> list[tuple[int, dt.date, dt.date]]:
        out = []
        for year in range(anchor.year - 2, anchor.year + 3):
            month, day = SEASON_STARTS[code]
            start = dt.date(year - 1 if code == "WI" else year, month, day)
            out.append((year, start, start + dt.timedelta(days=91)))
        return out

    found = instances()
    if modifier is not None and modifier < 0:
        year = max(y for y, s, e in found if e <= anchor)
    elif modifier is not None and modifier > 0:
        year = min(y for y, s, e in found if s > anchor)
    else:
        current = [y for y, s, e in found if s <= anchor < e]
        year = current[0] if current else anchor.year
    return f"{year}-{code}"
