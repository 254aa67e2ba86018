"""The article's own date, read from its text when the metadata gives no day.

Many articles arrive undated (a crawled ``.txt``) or with only a month (a `` date 2022-01 `` marker), yet
their text says which day it is. The time tagger asks :class:`PublicationDater` for that day *before*
resolving anything, so that ``hier``, ``jeudi`` or ``la semaine dernière`` are counted from it, and the
analysis records it (:class:`~recoupe.model.InferredDate`) for story windows and publication order.

Evidence, strongest first (the first that fits the metadata wins; within a kind, the first in the text):

1. a **dateline**: ``PARIS, 7 janvier (Reuters) -`` (a place, the date, an agency, a dash);
2. a **publication line**: ``Publié le 7/01/2022``, ``mis à jour le 8 janvier`` (publication before update);
3. a **today phrase**: ``aujourd'hui, vendredi 7 janvier``, ``ce lundi 10 janvier``, ``ce 7 janvier``;
4. the **latest date** the text reports in a past tense (the narrative's "now"; French puts scheduled
   events in the present, ``la fête a lieu le 15 août``, so the present does not count): only a lower
   bound of the moment of writing (on the French TimeBank, undated, every one of them lies 3 days to
   decades before the real date), so it is recorded and read by linking as "not before", anchors only
   months and years (not ``hier`` or weekdays, which would be counted from the wrong day), and never
   becomes ``published``.

The year is the one written with the date; else the metadata's (a month marker); else the year that puts
the day nearest a date written with its year elsewhere in the text (a caption's ``10 janvier 2022``);
else, with a weekday, a year written in the text in which the day falls on it (``vendredi 7 janvier`` and
``les soldes 2011``), or the most recent such year up to today (a guess, marked low confidence); else it
stays unknown (``XXXX-01-07``) and is not invented (a bare year alone, ``démissionné en 2019``, is a
past event, not the year of writing).

A month from the metadata is refined to a day only by evidence inside that month; a metadata day is
never overridden (the dater is not even asked). Words come from the language's ``time`` module
(``PUBLICATION_WORDS``, ``TODAY_WORDS``, ``TODAY_DETERMINERS``, ``BOUNDARY_OPENERS``,
``DATELINE_BEFORE``/``AFTER``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from recoupe.analyze.timex.calendar import PLACEHOLDER_YEAR, Anchor, Day, infer_year, make_date
from recoupe.analyze.timex.grammar import Candidate
from recoupe.analyze.timex.resolve import Document, TimexResolver
from recoupe.model import DatingHow, InferredDate, YearSource
from recoupe.text import phrase_alternation

#: A date written with its year this close to a yearless evidence day gives it its year.
NEARBY_YEAR_DAYS = 45
#: How far back the weekday guess looks for a year (the calendar repeats every 28 years).
_WEEKDAY_YEARS = 28
#: Kinds of evidence, strongest first.
_RANK: dict[DatingHow, int] = {"dateline": 0, "publication-line": 1, "today-phrase": 2, "latest-date": 3}


@dataclass(frozen=True, slots=True)
class Dating:
    """What the dater found.

    Attributes:
        inferred: the record for ``DocumentAnalysis.published_inferred``.
        anchor: the moment of writing to resolve the article's time expressions against.
        published: the value ``DocumentAnalysis.published`` takes, or ``None`` to keep the metadata's
            (the year is unknown, or the day is only the latest the text reports).
    """

    inferred: InferredDate
    anchor: Anchor
    published: str | None


@dataclass(frozen=True, slots=True)
class _Evidence:
    cand: Candidate
    how: DatingHow
    start: int
    end: int


class PublicationDater:
    """Find the day an article treats as today.

    Args:
        data: the language's ``time`` module.
        resolver: the resolver whose readings of a date candidate (month, day, year, tense) are reused,
            so that the dater and the tagger never read one date two ways.
    """

    def __init__(self, data: ModuleType, resolver: TimexResolver) -> None:
        self.data = data
        self.resolver = resolver
        alternation = phrase_alternation(data.PUBLICATION_WORDS)
        # A byline: the words open the line or follow a bracket or separator (``(publié le``, ``, mis à
        # jour le``), so that ``le ministère a publié le 7 janvier un décret`` is no publication line.
        self._publication = re.compile(
            rf"(?:\A|[(\[|•·,;–—-])\s*(?P<word>{alternation})(?:\s+{re.escape(data.PUBLICATION_ARTICLE)})?\s*[:,]?\s*\Z",
            re.IGNORECASE,
        )
        self._dateline_before = re.compile(data.DATELINE_BEFORE)
        self._dateline_after = re.compile(data.DATELINE_AFTER)

    def date(self, doc: Document, published: str | None, text: str | None = None, body_start: int = 0) -> Dating | None:
        """The article's day from its text, or ``None`` (metadata with a day, or no usable evidence).

        Args:
            doc: the article's candidates and parse helpers; ``doc.anchor`` is the metadata's anchor.
            published: the metadata date (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``None``).
            text: the prepared text (straight apostrophes) the candidates were found in; ``doc.text``
                if not given.
            body_start: where the article proper begins (a leading marker's line is no dateline).
        """
        metadata = Anchor.parse(published)
        if metadata is not None and metadata.day_known:
            return None
        text = doc.text if text is None else text
        for evidence in self._evidence(doc, text, body_start, metadata):
            found = self._day(evidence.cand, doc, metadata, month_from_metadata=True)
            if found is None or not _fits(found[0], metadata):
                continue
            return self._dating(evidence, *found, doc, metadata, published)
        return self._latest(doc, text, metadata, published)

    # ----------------------------------------------------------------------------------------------
    # Evidence

    def _evidence(self, doc: Document, text: str, body_start: int, metadata: Anchor | None) -> list[_Evidence]:
        """Datelines, publication lines and today phrases, strongest first, then in text order."""
        found: list[tuple[int, int, _Evidence]] = []
        previous: Candidate | None = None
        for cand in doc.candidates:
            if (
                cand.kind in ("date", "numeric")
                and "listed" not in cand.groups
                and (self.resolver._month_of(cand) is not None or (metadata is not None and metadata.month_known))
            ):
                line_start = max(text.rfind("\n", 0, cand.start) + 1, body_start)
                before = text[line_start : cand.start]
                how: DatingHow | None = None
                start, end, rank = cand.start, cand.end, 0
                if self._dateline_before.search(before) and (after := self._dateline_after.match(text, cand.end)):
                    how, start = "dateline", line_start + len(before) - len(before.lstrip())
                    end = cand.end + len(after.group(0).rstrip("-–— \t"))  # the agency, not the dash
                elif match := self._publication.search(before):
                    how, start = "publication-line", line_start + match.start("word")
                    rank = self.data.PUBLICATION_WORDS.get(" ".join(match.group("word").lower().split()), 0)
                elif (
                    previous is not None
                    and previous.get("deictic") in self.data.TODAY_WORDS
                    and text[previous.end : cand.start].strip(" ,") == ""
                ):
                    how, start = "today-phrase", previous.start
                elif cand.get("det") in self.data.TODAY_DETERMINERS:
                    how = "today-phrase"
                if how is not None:
                    found.append((_RANK[how], rank, _Evidence(cand, how, start, end)))
            previous = cand
        found.sort(key=lambda item: (item[0], item[1], item[2].start))
        return [evidence for _, _, evidence in found]

    def _latest(self, doc: Document, text: str, metadata: Anchor | None, published: str | None) -> Dating | None:
        """The latest date with a month that the text puts in the past (``les heurts ont commencé le 2
        janvier``); a date ahead (future, present, conditional, ``prochain``) or a bound (``après le 23
        janvier``) is not "now"."""
        dated: list[tuple[Day, YearSource | None, Candidate]] = []
        for cand in doc.candidates:
            if cand.kind not in ("date", "numeric") or self.resolver._month_of(cand) is None:
                continue
            modifier = self.resolver._modifier(cand)
            opener = text[cand.start : cand.end].split(maxsplit=1)[0].lower()
            if (
                (modifier is not None and modifier > 0)
                or opener in self.data.BOUNDARY_OPENERS
                or self.resolver._direction(cand, doc) != "past"
            ):
                continue
            found = self._day(cand, doc, metadata, month_from_metadata=False, guess_year=False)
            if found is not None and _fits(found[0], metadata):
                dated.append((found[0], found[1], cand))
        if not dated:
            return None
        known = [item for item in dated if item[0].year_known]
        if known:
            latest = max(known, key=lambda item: (item[0].date, -item[2].start))
        else:
            latest = _circular_latest(dated)
        day, year, cand = latest
        return self._dating(_Evidence(cand, "latest-date", cand.start, cand.end), day, year, doc, metadata, published)

    # ----------------------------------------------------------------------------------------------
    # The day and its year

    def _day(
        self,
        cand: Candidate,
        doc: Document,
        metadata: Anchor | None,
        month_from_metadata: bool,
        guess_year: bool = True,
    ) -> tuple[Day, YearSource | None] | None:
        """The day a candidate names, with where its year comes from; ``None`` if it names none or its
        weekday disagrees with its date. ``guess_year``: whether a weekday may pick the year (not for
        the latest date, already a guess: ``jeudi 16 septembre`` there is as often an event to come)."""
        resolver = self.resolver
        month = resolver._month_of(cand)
        if month is None and month_from_metadata and metadata is not None and metadata.month_known:
            month = metadata.date.month  # ``ce vendredi 7`` under a `` date 2022-01 `` marker
        if month is None:
            return None
        number = resolver._day_number(cand.groups["day"])
        weekday = resolver.weekdays.get(cand.get("weekday") or "")
        source: YearSource | None = "text"
        year = resolver._year_of(cand, doc)
        if year is None and metadata is not None and metadata.year_known:
            source = "metadata"
            year = metadata.date.year
            if metadata.month_known:  # ``28 décembre`` under a January marker is the December before
                year = (
                    infer_year(
                        month, number, metadata.date, resolver._direction(cand, doc), resolver._modifier(cand), weekday
                    )
                    or year
                )
        if year is None:
            source, year = "text", self._nearby_year(month, number, doc)
        if year is None and weekday is not None:  # a year written in the text that the weekday agrees with
            year = next(
                (
                    y
                    for y in self._written_years(doc)
                    if (d := make_date(y, month, number)) and d.weekday() == weekday and d <= doc.today
                ),
                None,
            )
        if year is None and weekday is not None and guess_year:
            source, year = "weekday", _weekday_year(month, number, weekday, doc.today)
        if year is None:
            date = make_date(PLACEHOLDER_YEAR, month, number)
            return (Day(date, year_known=False), None) if date else None
        date = make_date(year, month, number)
        if date is None or (weekday is not None and date.weekday() != weekday):
            return None
        return Day(date), source

    def _written_years(self, doc: Document) -> list[int]:
        """Every year the text writes (``en 2011``, ``le 7 janvier 2022``), latest first."""
        years = {
            year
            for cand in doc.candidates
            if (cand.get("year") or cand.get("year2")) and (year := self.resolver._year_of(cand, doc)) is not None
        }
        return sorted(years, reverse=True)

    def _nearby_year(self, month: int, day: int, doc: Document) -> int | None:
        """The year that puts ``day``/``month`` nearest a date written with its year in the text (a
        caption's ``le 10 janvier 2022``, ``décembre 2021``), if one is within :data:`NEARBY_YEAR_DAYS`."""
        best: tuple[int, int] | None = None
        for cand in doc.candidates:
            if cand.kind not in ("date", "numeric", "month") or (year := self.resolver._year_of(cand, doc)) is None:
                continue
            written_month = self.resolver._month_of(cand)
            if written_month is None:
                continue
            number = self.resolver._day_number(cand.groups["day"]) if cand.get("day") else 15
            written = make_date(year, written_month, number)
            if written is None:
                continue
            for candidate_year in (year - 1, year, year + 1):
                date = make_date(candidate_year, month, day)
                if date is not None and (gap := abs((date - written).days)) <= NEARBY_YEAR_DAYS:
                    if best is None or gap < best[0]:
                        best = (gap, candidate_year)
        return best[1] if best else None

    # ----------------------------------------------------------------------------------------------
    # The result

    def _dating(
        self,
        evidence: _Evidence,
        day: Day,
        year: YearSource | None,
        doc: Document,
        metadata: Anchor | None,
        published: str | None,
    ) -> Dating:
        strong = evidence.how != "latest-date"
        confidence: Literal["high", "low"] = "high" if strong and year in ("text", "metadata") else "low"
        inferred = InferredDate(
            value=day.value(),
            how=evidence.how,
            start=evidence.start,
            end=evidence.end,
            text=doc.text[evidence.start : evidence.end],
            year=year,
            confidence=confidence,
            metadata=published if metadata is not None else None,
        )
        # The latest reported date is a lower bound of "now": it may set months and years, not days, and
        # it never becomes the article's date (``le 27 mai 1998`` in an article of May 1999; ``le 6 mai``
        # in one of 29 May): linking reads it as "not before" (``recoupe.link.stories.When``).
        anchor = Anchor(day.date, year_known=day.year_known, precision="day" if strong else "month")
        usable = day.year_known and strong
        return Dating(inferred, anchor, day.value() if usable else None)


def _fits(day: Day, metadata: Anchor | None) -> bool:
    """Evidence must lie inside the metadata's month (or year) to refine it."""
    if metadata is None:
        return True
    if metadata.month_known and day.date.month != metadata.date.month:
        return False
    return not day.year_known or not metadata.year_known or day.date.year == metadata.date.year


def _weekday_year(month: int, day: int, weekday: int, today: dt.date) -> int | None:
    """The most recent year, up to ``today``, in which ``day``/``month`` falls on ``weekday``."""
    for year in range(today.year, today.year - _WEEKDAY_YEARS - 1, -1):
        date = make_date(year, month, day)
        if date is not None and date <= today and date.weekday() == weekday:
            return year
    return None


def _circular_latest(dated: list[tuple[Day, YearSource | None, Candidate]]) -> tuple[Day, YearSource | None, Candidate]:
    """The latest of days whose year is unknown: the one just before the widest gap around the calendar
    (``28 décembre``, ``2 janvier`` → ``2 janvier``), first mention on ties."""
    ordered = sorted(dated, key=lambda item: (item[0].date.timetuple().tm_yday, item[2].start))
    days = [item[0].date.timetuple().tm_yday for item in ordered]
    gaps = [((days[(i + 1) % len(days)] - days[i]) % 366, i) for i in range(len(days))]
    widest = max(gaps, key=lambda gap: (gap[0], gap[1]))[1]
    same = [item for item in ordered if item[0].date == ordered[widest][0].date]
    return min(same, key=lambda item: item[2].start)
