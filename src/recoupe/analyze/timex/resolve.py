"""Giving found time expressions their TIMEX3 values (the *decide* step).

Candidates are resolved in text order against two reference points:

- the **anchor**, the moment of writing (the article's date, or the date its text gives), for deictic
  words (``hier``, ``la semaine dernière``, ``mardi``) and for the year of partial dates;
- the **narrative**, the last day (and year, and month) the text talks about, for anaphoric words
  (``la veille``, ``deux jours plus tard``, ``le même jour``) and for months whose year the sentence
  has just set (``en 97 (en janvier…)``).

Each candidate kind has one method; a method returns a :class:`Resolved` (value, type, and the day,
month or year it establishes for the narrative). Nothing here reads the text's words directly beyond
the candidate's groups: the language's tables give every word its meaning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from recoupe.analyze.timex.calendar import (
    PLACEHOLDER_YEAR,
    Anchor,
    Day,
    Direction,
    add_months,
    easter,
    hijri_dates,
    infer_year,
    iso_week,
    liturgical_season,
    make_date,
    nearest,
    orthodox_easter,
    pin_year,
    season_bounds,
    season_value,
    this_week_offset,
    weekday_offset,
)
from recoupe.analyze.timex.grammar import Candidate
from recoupe.model import Timex, TimexType

#: ``(start, end) -> direction``: the tense of the verb governing a span (supplied by the tagger).
TenseOf = Callable[[int, int], Direction]
#: ``offset -> sentence index``.
SentenceOf = Callable[[int], int]
#: ``(start, end) -> clause``: an index naming the clause (the verb, taken back to the first of a list of verbs
#: joined by ``et``) a span hangs in, ``None`` when no verb governs it (supplied by the tagger).
ClauseOf = Callable[[int, int], int | None]

#: Beyond this many units a relative expression is not a calendar position worth computing.
_MAX_SHIFT = 10_000

_ROMAN: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50}
#: The number of a century written with its ordinal suffix (``xviie``, ``21e``).
_CENTURY_NUMBER = re.compile(r"[ivxl]+|\d+")

#: TIMEX3 time units and the next smaller one with its scale: ``une demi-heure`` is ``PT30M``.
_SMALLER_TIME_UNITS: dict[str, tuple[str, int, str]] = {"H": ("M", 60, ""), "M": ("S", 60, "")}
#: The same for calendar units, where the smaller unit's scale is exact: half a year is six months, half
#: a day twelve hours (written after ``T``). A half of a month or a week has no exact smaller unit.
_SMALLER_DATE_UNITS: dict[str, tuple[str, int, str]] = {"Y": ("M", 12, ""), "D": ("H", 24, "T")}
#: Hours in a day, to move a date by a number of hours (``dans 48 heures``).
_HOURS_PER_DAY = 24
#: Days from the day of writing within which a feast named without a year is the one at hand, past or ahead
#: (a week before the new year, ``la veille du jour de l'an, les rues étaient bondées`` is still last year's).
_FEAST_AT_HAND_DAYS = 3
#: From this month on, the new year is the coming one (``la nouvelle année`` written in December).
_NEW_YEAR_TURN_MONTH = 7


#: A value that is a day with its part of the day (``2047-06-26TNI``).
_PART_VALUE = re.compile(r"T(?:MO|AF|EV|NI|DT|MI)$")
#: A value that holds a clock time (``2051-05-04T16:00``).
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
#: A value that is a day with its time of day (``2047-06-29T13:15``), the part an offset in hours moves.
_DAY_TIME_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A candidate's value and what it tells the narrative.

    Attributes:
        value: the TIMEX3 value, or ``None`` when it cannot be computed.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        day: the calendar day it names, if it names one (the narrative moves there).
        month: ``(year or None, month)`` it names, for day numbers written without a month.
        year: an explicit year it names, for months written without one in the same sentence.
        joins: the expression completes the one just before it (``le 6 janvier`` + ``à 14 h``), and the
            two become one expression with this value.
    """

    value: str | None
    type: TimexType = "DATE"
    day: Day | None = None
    month: tuple[int | None, int] | None = None
    year: int | None = None
    joins: bool = False


@dataclass(slots=True)
class Narrative:
    """What the text has been talking about so far."""

    day: Day | None = None
    day_sentence: int = -10
    #: Whether that day is a count ahead of the day of writing (``sous dix jours``, ``d'ici deux semaines``): a
    #: deadline or a day to come, which the sentence's own events are not on.
    day_ahead: bool = False
    month: tuple[int | None, int] | None = None
    month_sentence: int = -10
    year: int | None = None
    year_sentence: int = -10
    #: The clause the year was written in; ``None`` when it heads its sentence (``En 2019, …``) or no clause is
    #: known: it then frames the whole sentence.
    year_clause: int | None = None
    #: The year a whole date wrote (``Pâques 2027``, ``le 3 mai 2027``), and its sentence: a bare year
    #: (``à l'aube de l'an 2000``) is too loose a frame for the days after it.
    dated_year: int | None = None
    dated_year_sentence: int = -10


@dataclass(slots=True)
class Document:
    """One text being resolved: its candidates and the helpers that read its parse.

    ``text`` is what the patterns read: the prepared text, whose curly apostrophes are straight ones
    (``jusqu’à lundi`` reads as ``jusqu'à lundi``), one character for one so every offset holds; ``original``,
    when given, is the article as written, which the returned expressions quote.
    """

    text: str
    candidates: Sequence[Candidate]
    anchor: Anchor | None
    tense: TenseOf
    sentence: SentenceOf
    today: dt.date = field(default_factory=dt.date.today)
    narrative: Narrative = field(default_factory=Narrative)
    index: int = 0
    resolved: list[tuple[Candidate, Resolved]] = field(default_factory=list)
    original: str | None = None
    clause: ClauseOf | None = None
    main_tense: TenseOf | None = None

    def clause_of(self, cand: Candidate) -> int | None:
        """The clause the candidate hangs in, when a parse says."""
        return self.clause(cand.start, cand.end) if self.clause is not None else None

    def quote(self, start: int, end: int) -> str:
        """The words of the article as written between two offsets."""
        return (self.original if self.original is not None else self.text)[start:end]


class TimexResolver:
    """Resolve candidates with one language's tables.

    Args:
        data: the language's ``time`` data module.
    """

    def __init__(self, data: ModuleType) -> None:
        self.data = data
        self.months: dict[str, int] = {**data.MONTHS, **data.MONTH_ABBREVIATIONS}
        # an abbreviation is written with its dot (``lun. 3 mars``)
        self.weekdays: dict[str, int] = {**data.WEEKDAYS, **{f"{k}.": v for k, v in data.WEEKDAY_ABBREVIATIONS.items()}}
        self.modifiers: dict[str, int] = data.MODIFIERS
        # the words before a day something is put off to (``reportée à``): it lies ahead
        self.postponed_to = re.compile(data.POSTPONED_TO, re.IGNORECASE)
        self.clock_zone_gap = re.compile(data.CLOCK_ZONE_GAP, re.IGNORECASE)
        # a byline's line (``Publié le 04/04/2026 à 18:05, mis à jour le …``): its days date the page, not the story
        words = "|".join(re.escape(w) for w in sorted(data.PUBLICATION_WORDS, key=len, reverse=True))
        opening = getattr(data, "BYLINE_OPENING", r"(?!)")
        self.publication_line = re.compile(rf"\s*(?:{opening})?(?:{words})\b", re.IGNORECASE)
        self.called_for = re.compile(data.CALLED_FOR, re.IGNORECASE)
        self.decreed_from = re.compile(data.DECREED_FROM, re.IGNORECASE)
        self.measure_until = re.compile(data.MEASURE_UNTIL, re.IGNORECASE)
        self.clock_end_gap = re.compile(data.CLOCK_END_GAP, re.IGNORECASE)
        self.event_complement = re.compile(data.EVENT_COMPLEMENT, re.IGNORECASE)
        self.framing_complement = re.compile(data.FRAMING_COMPLEMENT, re.IGNORECASE)
        self.day_alone_cues = re.compile(data.DAY_ALONE_CUES, re.IGNORECASE)
        self.restrictive_relative = re.compile(data.EVENT_RELATIVE_CLAUSE, re.IGNORECASE)
        self.event_apposed_date = re.compile(data.EVENT_APPOSED_DATE)
        self.apposition_close = re.compile(data.APPOSITION_CLOSE)
        self.night_span = re.compile(data.NIGHT_SPAN, re.IGNORECASE)
        self.announced_plan = re.compile(data.ANNOUNCED_PLAN, re.IGNORECASE)
        self.decreed_day = re.compile(getattr(data, "DECREED_DAY", r"(?!)"), re.IGNORECASE)
        self.event_dated_before = re.compile(data.EVENT_DATED_BEFORE, re.IGNORECASE)
        self.target_day_before = re.compile(data.TARGET_DAY_BEFORE, re.IGNORECASE)
        self.named_day = re.compile(data.NAMED_DAY, re.IGNORECASE)
        self.named_day_gap = re.compile(data.NAMED_DAY_GAP)
        self.instituted_day = re.compile(getattr(data, "INSTITUTED_DAY", r"(?!)"), re.IGNORECASE)
        reported_on = getattr(data, "REPORTED_ON", None)
        self.reported_on = re.compile(reported_on, re.IGNORECASE) if reported_on else None
        self.methods: dict[str, Callable[[Candidate, Document], Resolved | None]] = {
            "date": self._date,
            "numeric": self._date,
            "month": self._month,
            "year": self._year,
            "decade": self._decade,
            "century": self._century,
            "millennium": self._millennium,
            "season": self._season,
            "holiday": self._holiday,
            "deictic": self._deictic,
            "anaphoric": self._anaphoric,
            "offset": self._offset,
            "after_event": self._after_event,
            "event_day": self._event_day,
            "ago": self._relative,
            "ahead": self._relative,
            "period": self._period,
            "weekday": self._weekday,
            "clock": self._clock,
            "duration": self._duration,
            "set": self._set,
            "reference": self._reference,
            "ordinal": self._ordinal,
            "month_day": self._month_day,
            "month_week": self._month_week,
            "month_weekday": self._month_weekday,
            "part": self._part,
            "week_of": self._week_of,
            "period_day": self._period_day,
            "hm_duration": self._hm_duration,
            "week_number": self._week_number,
            "weekend": self._weekend,
            "weekday_holiday": self._weekday_holiday,
            "new_year": self._new_year,
            "same_season": self._same_season,
            "blocked": self._blocked,
        }

    # ----------------------------------------------------------------------------------------------
    # Driver

    def resolve(self, doc: Document) -> list[Timex]:
        """Resolve every candidate in text order; the narrative follows the text as it goes.

        ``doc.anchor`` is the moment of writing as the caller settled it: the metadata's date, or the
        day the text gives for an article without one (:mod:`recoupe.analyze.timex.dating`).
        """
        out: list[Timex] = []
        for index, cand in enumerate(doc.candidates):
            doc.index = index
            result = self.methods[cand.kind](cand, doc)
            if result is None:
                continue
            if (clock := self._clock_before(result, cand, doc, out)) is not None:
                result = clock  # ``vers 16h ce jeudi``: the clock time on the day written after it
            self._date_zoned_clock(result, cand, doc, out)
            self._remember(result, cand, doc)
            doc.resolved.append((cand, result))
            start = out.pop().start if result.joins and out else cand.start
            out.append(Timex(start, cand.end, doc.quote(start, cand.end), result.value, result.type))
        return self._with_named_days(out, doc)

    def _with_named_days(self, out: list[Timex], doc: Document) -> list[Timex]:
        """``out`` with the named days no table knows that a day stands beside, dated by that day (``la fête de
        Holi, le 4 mars``; ``lundi 18 mai, jour de la Fête du drapeau``): a country's feast, a world day, another
        calendar's new year. The text gives their date; no list of the world's feasts could."""
        added: list[Timex] = []
        for found in self.named_day.finditer(doc.text):
            start, end = found.start(), found.start() + len(found.group(0).rstrip())
            name = found.group(0)
            if any(t.start < end and start < t.end for t in out):
                continue
            if not _proper_name(name, doc.text[:start]) and not self.instituted_day.search(name):
                continue
            day = self._day_beside(start, end, out, doc)
            if day is not None:
                added.append(Timex(start, end, doc.quote(start, end), day, "DATE"))
        return sorted(out + added, key=lambda t: t.start) if added else out

    def _day_beside(self, start: int, end: int, out: list[Timex], doc: Document) -> str | None:
        """The day of the expression set beside ``text[start:end]`` by a comma, before or after it."""
        for timex in out:
            if timex.value is None or not _DAY_VALUE.match(timex.value):
                continue
            gap = doc.text[timex.end : start] if timex.end <= start else doc.text[end : timex.start]
            if (timex.end <= start or timex.start >= end) and self.named_day_gap.fullmatch(gap):
                return timex.value[:10]
        return None

    def _clock_before(self, result: Resolved, cand: Candidate, doc: Document, out: list[Timex]) -> Resolved | None:
        """A day written right after a clock time (``à 20 h ce soir``, ``vers 16h ce jeudi``) gives that
        time its day: the two become one expression."""
        if result.day is None or result.joins or not doc.resolved or not out:
            return None
        previous, before = doc.resolved[-1]
        if previous.kind != "clock" or before.value is None or "T" not in before.value:
            return None
        if before.joins:
            return None  # ``du samedi 12 à 22 h au lundi 14``: the hour has its day; the next day is the range's end
        gap = doc.text[previous.end : cand.start].strip(" ,")
        if gap.lower() in self.data.CLOCK_EXACT_WORDS:
            gap = ""  # ``à 9 h précises demain matin``
        elif cand.start - previous.end > 3:
            return None
        if gap or "," in doc.text[previous.end : cand.start]:
            return None  # ``à 21 h, une semaine après la défaite``: an aside after a comma is its own expression
        clock = before.value[before.value.index("T") :]
        day = result.day
        if result.value is not None and result.value.endswith("TNI") and clock < "T12":
            day = day.shift(1) or day  # ``à 3 h du matin dans la nuit de lundi à mardi``: Tuesday's 3 a.m.
        return Resolved(day.value() + clock, "TIME", day=day, joins=True)

    def _date_zoned_clock(self, result: Resolved, cand: Candidate, doc: Document, out: list[Timex]) -> None:
        """Date the clock time just before by this day when a time zone stands between them (``à 0 h 00 GMT dans
        la nuit de mercredi à jeudi``, ``à 7 h heure locale, mardi``): TimeML leaves the zone out of both, so each
        stays its own expression; a morning hour of a night is the next day's."""
        if result.day is None or result.joins or not doc.resolved or not out:
            return
        previous, before = doc.resolved[-1]
        if previous.kind != "clock" or before.value is None or "T" not in before.value or out[-1].end != previous.end:
            return
        if not self.clock_zone_gap.match(doc.text[previous.end : cand.start]):
            return
        clock = before.value[before.value.index("T") :]
        day = result.day
        if result.value is not None and result.value.endswith("TNI") and clock < "T12":
            day = day.shift(1) or day
        last = out[-1]
        out[-1] = Timex(last.start, last.end, last.text, day.value() + clock, last.type)

    def _remember(self, result: Resolved, cand: Candidate, doc: Document) -> None:
        narrative = doc.narrative
        sentence = doc.sentence(cand.start)
        if self._on_publication_line(cand, doc):
            return  # the page's dates: the story's narrative has not begun
        if (
            result.day is not None
            and not (
                narrative.day_sentence == sentence and (self._reported_on(cand, doc) or self._dates_an_event(cand, doc))
            )
            and not self._names_earlier_event(result.day, cand, doc)
            and not self._since(cand, doc)
        ):
            narrative.day, narrative.day_sentence = result.day, sentence
            narrative.day_ahead = cand.kind == "ahead" and not cand.get("ago")
        if result.month is not None:
            narrative.month, narrative.month_sentence = result.month, sentence
        if result.year is not None:
            narrative.year, narrative.year_sentence = result.year, sentence
            narrative.year_clause = None if self._frames_sentence(cand, doc) else doc.clause_of(cand)
            if result.day is not None or (cand.kind == "year" and self._frames_sentence(cand, doc)):
                narrative.dated_year, narrative.dated_year_sentence = result.year, sentence

    def _on_publication_line(self, cand: Candidate, doc: Document) -> bool:
        """Whether the candidate dates the page on its byline (``Publié le 04/04/2026 à 18:05, mis à jour
        le …``): a day read there is no day the story tells, and ``depuis le 17 mars. Ce jour-là`` after it is
        the 17 March."""
        line_start = doc.text.rfind("\n", 0, cand.start) + 1
        return self.publication_line.match(doc.text, line_start, cand.start) is not None

    def _since(self, cand: Candidate, doc: Document) -> bool:
        """Whether the day opens a state still going on (``quadrillent depuis samedi le centre-ville``): the
        text stays on the day it tells, and ``La veille`` after it is the eve of that day, not of Friday."""
        if doc.narrative.day is None:
            return False
        words = doc.text[cand.start : cand.end].lower().split(maxsplit=1)
        return bool(words) and words[0] in self.data.PAST_OPENERS

    @staticmethod
    def _frames_sentence(cand: Candidate, doc: Document) -> bool:
        """Whether a year heads its sentence, set off by a comma (``En 2021, …, le 28 septembre``): it frames
        the days written without a year in that sentence, as a whole date's year does."""
        before = doc.text[max(0, cand.start - 3) : cand.start].rstrip(" ")
        after = doc.text[cand.end : cand.end + 3].lstrip(" ")
        return (not before or before[-1] in ".!?\n") and after.startswith(",")

    def _dates_an_event(self, cand: Candidate, doc: Document) -> bool:
        """Whether the day says when an event the sentence names took place (``l'éboulement survenu le 6 avril``):
        it tells which event, not the day the sentence is on, so the narrative stays on its day."""
        return bool(self.event_dated_before.search(doc.text[max(0, cand.start - 40) : cand.start]))

    def _names_earlier_event(self, day: Day, cand: Candidate, doc: Document) -> bool:
        """Whether the day only says which earlier event a later sentence is about (``Les secours fouillaient
        vendredi. … ont péri dans l'éboulement survenu le 6 avril. La veille, …``): the narrative stays on
        the later day it was telling, and ``La veille`` is the eve of Friday, not of the 6th."""
        told = doc.narrative.day
        return told is not None and day.date < told.date and self._dates_an_event(cand, doc)

    def _reported_on(self, cand: Candidate, doc: Document) -> bool:
        """Whether the day is the one a source spoke on (``a indiqué lundi``), by the words before it."""
        return self.reported_on is not None and bool(
            self.reported_on.search(doc.text[max(0, cand.start - 40) : cand.start])
        )

    # ----------------------------------------------------------------------------------------------
    # Helpers

    def _after_preposition(self, cand: Candidate, doc: Document) -> int:
        """Where the candidate's words proper begin: after the ``à``/``au`` it opens with (``fixé | au 2
        octobre``), which belongs to the verb before it; else its start."""
        first = doc.text[cand.start : cand.end].split(maxsplit=1)[0]
        return cand.start + len(first) if first.lower() in self.data.VERB_DATE_PREPOSITIONS else cand.start

    def _direction(self, cand: Candidate, doc: Document) -> Direction:
        """Past or future: an opening word such as ``depuis`` decides, else the governing verb's tense."""
        text = doc.text[cand.start : cand.end].lower()
        if text.split(maxsplit=1)[0] in self.data.PAST_OPENERS:
            return "past"
        if self.postponed_to.search(doc.text[max(0, cand.start - 40) : self._after_preposition(cand, doc)]):
            return "future"  # ``a été reportée à mardi``: what is put off lies ahead
        if self.called_for.search(doc.text[max(0, cand.start - 80) : cand.start]):
            return "future"  # ``a appelé à la grève lundi``: what is called for lies ahead
        if self.announced_plan.search(doc.text[max(0, cand.start - 60) : cand.start]):
            return "future"  # ``a annoncé l'envoi lundi d'une mission``: the action announced lies ahead
        if self.decreed_day.search(doc.text[max(0, cand.start - 80) : cand.start]):
            return "future"  # ``a décrété une journée de deuil national samedi``: the day set lies ahead
        if self.decreed_from.search(doc.text[max(0, cand.start - 40) : cand.end]):
            return "future"  # ``décrété à partir de jeudi``: the measure starts ahead
        if text.startswith(self.data.UNTIL_OPENERS) and self.measure_until.search(
            doc.text[max(0, cand.start - 100) : cand.start]
        ):
            return "future"  # ``a interdit l'accès jusqu'à lundi``: a measure still in force ends ahead
        tense = doc.tense(cand.start, cand.end)
        if tense not in ("past", "future") and text.startswith(self.data.FUTURE_OPENERS):
            return "future"  # ``ouverte jusqu'au 28``: a bound ahead unless the verb is past
        return tense

    def _modifier(self, cand: Candidate) -> int | None:
        mod = cand.get("mod")
        return self.modifiers.get(mod.strip()) if mod else None

    def number(self, text: str | None) -> float | None:
        """A number written in digits (``10``, ``30,4``) or words (``vingt-cinq``); ``None`` if vague."""
        if text is None:
            return None
        text = text.strip()
        if text.replace(",", "", 1).isdigit():
            return float(text.replace(",", ".")) if "," in text else int(text)
        words = self.data.NUMBER_WORDS
        total = 0
        for word in text.replace("-", " ").split():
            if word in self.data.NUMBER_JOINERS:
                continue
            if word not in words:
                return None
            value = words[word]
            if word in self.data.NUMBER_MULTIPLIERS and 0 < total < value and (value == 100 or total == 4):
                total *= value  # quatre-vingts, deux cents
            else:
                total += value
        return total or None

    def _day_number(self, text: str) -> int:
        """``7``, ``1er``, ``premier``, ``vingt-trois``."""
        return self.data.DAY_WORDS[text] if text in self.data.DAY_WORDS else int(text)

    def _amount(self, cand: Candidate) -> float | None:
        """How many units: a number, an approximate count (``une vingtaine``), or ``None`` when vague."""
        if approx := cand.get("approx"):
            return self.data.APPROX_NUMBERS[approx]
        if span := cand.get("span"):  # ``dans une quinzaine``: the days the noun counts
            return self.data.DAY_SPAN_NOUNS[span]
        if cand.get("within_one"):  # ``dans l'heure``: one of the unit
            return 1.0
        return self.number(cand.get("num") or cand.get("num2"))

    def _year_of(self, cand: Candidate, doc: Document) -> int | None:
        """An explicit year: four digits, or two digits read in the century that makes sense."""
        if word := cand.get("yearword"):
            return self.data.YEAR_WORDS.get(word)
        year = cand.get("year")
        if year and len(year.lstrip("'")) > 2:
            return int(year.lstrip("'"))
        if short := cand.get("year2") or year:  # ``07/01/22`` writes its year in two digits too
            two = int(short.lstrip("'"))
            reference = doc.anchor.date.year if doc.anchor and doc.anchor.year_known else doc.today.year
            return 2000 + two if 2000 + two <= reference + 5 else 1900 + two
        return None

    def _month_of(self, cand: Candidate) -> int | None:
        if monthnum := cand.get("monthnum"):
            return int(monthnum)
        month = cand.get("month")
        return self.months.get(month.rstrip(".")) if month else None

    @staticmethod
    def _with_part(day: Day, part: str | None, data: ModuleType) -> tuple[str, TimexType]:
        if part and part in data.PARTS_OF_DAY:
            return f"{day.value()}T{data.PARTS_OF_DAY[part]}", "TIME"
        return day.value(), "DATE"

    def _day_result(self, day: Day | None, cand: Candidate) -> Resolved:
        if day is None:
            return Resolved(None)
        # (``edge_part``: a part with its edge, ``en fin d'après-midi``, where a pattern names ``part`` already)
        value, kind = self._with_part(day, cand.get("part") or cand.get("edge_part"), self.data)
        # Only a written month sets the month later day numbers (``le 7``) fall in.
        month = (day.date.year if day.year_known else None, day.date.month) if cand.get("month") else None
        return Resolved(value, kind, day=day, month=month)

    # ----------------------------------------------------------------------------------------------
    # Calendar dates

    def _absolute_day(self, cand: Candidate, doc: Document, for_anchor: bool = False) -> Day | None:
        """The day a date with a month names (``le 2 janvier``, ``vendredi 7 janvier 2022``)."""
        month = self._month_of(cand)
        if month is None:
            return None
        day = self._day_number(cand.groups["day"])
        weekday = self.weekdays.get(cand.get("weekday") or "")
        year = self._year_of(cand, doc)
        anchor = doc.anchor
        narrative = doc.narrative
        if year is None and not for_anchor:
            year = self._range_end_year(cand, doc, month, day)
        if year is None and not for_anchor and narrative.dated_year is not None and self._modifier(cand) is None:
            if narrative.dated_year_sentence == doc.sentence(cand.start):
                year = narrative.dated_year  # ``Pâques 2027 tombera le 28 mars``: the year the sentence's date names
        if year is None and not for_anchor and doc.clause is not None and self._modifier(cand) is None:
            clause = doc.clause_of(cand)
            framing = self._sentence_year(cand, doc) if clause is not None and clause == narrative.year_clause else None
            if framing is not None and _weekday_fits(framing, month, day, weekday):
                # a bare year or ``l'an dernier`` in the day's own clause; not one its weekday denies (``cette
                # saison 2002/2003, … le jeudi 12 septembre``: a Thursday in 2002)
                year = framing
        if year is None and anchor is not None and anchor.year_known:
            direction = None if for_anchor else self._direction(cand, doc)
            year = infer_year(month, day, anchor.date, direction, self._modifier(cand), weekday)
        if year is None and weekday is not None:
            year = pin_year(month, day, weekday, doc.today.year)
        if year is None:
            date = make_date(PLACEHOLDER_YEAR, month, day)
            return Day(date, year_known=False) if date else None
        date = make_date(year, month, day)
        return Day(date) if date else None

    def _range_end_year(self, cand: Candidate, doc: Document, month: int, day: int | None) -> int | None:
        """The year of a range's first end, written once at its other end (``du 18 novembre au 19 décembre
        2015``, ``d'octobre à janvier 2030``): the end's year, or the year before when the first end's month
        (and day) come later in the year than the end's. None when the next expression is not the range's
        end or writes no year."""
        if doc.index + 1 >= len(doc.candidates):
            return None
        end = doc.candidates[doc.index + 1]
        joiner = doc.text[cand.end : end.start].strip().lower() or (end.get("det") or "").lower()
        if joiner not in self.data.RANGE_JOINERS or (year := self._year_of(end, doc)) is None:
            return None
        end_month = self._month_of(end)
        if end_month is None:
            return None
        end_day = self._day_number(end.groups["day"]) if end.get("day") else None
        first, last = (month, day or 1), (end_month, end_day or (day or 1))
        return year if first <= last else year - 1

    def _list_end(self, doc: Document) -> Candidate | None:
        """The last member of the list the current candidate leads (``5 janvier`` for ``les 4 et 5 janvier``)."""
        for following in doc.candidates[doc.index + 1 :]:
            if "listed" not in following.groups:
                return following
        return None

    def _date(self, cand: Candidate, doc: Document) -> Resolved | None:
        if self._month_of(cand) is None:
            return self._partial_day(cand, doc)
        last = self._list_end(doc) if "listed" in cand.groups else None
        if last is not None and (last_day := self._absolute_day(last, doc)) is not None:
            # A list's members share the year the last one gets (``les 30 et 31 décembre``).
            date = make_date(last_day.date.year, last_day.date.month, self._day_number(cand.groups["day"]))
            return self._day_result(Day(date, last_day.year_known) if date else None, cand)
        day = self._absolute_day(cand, doc)
        if day is None:
            return None
        result = self._day_result(day, cand)
        explicit = self._year_of(cand, doc)
        if (hour := cand.get("hour")) is not None and result.value is not None:  # ``2028-03-06T14:30``
            clock = f"T{int(hour):02d}:{int(cand.groups['minute']):02d}" + _seconds(cand)
            return Resolved(result.value + clock, "TIME", day, result.month, explicit)
        return Resolved(result.value, result.type, day, result.month, explicit)

    def _partial_day(self, cand: Candidate, doc: Document) -> Resolved | None:
        """A day number without a month (``le 7``, ``vendredi 7``): the month the text is in."""
        day = self._day_number(cand.groups["day"])
        weekday = self.weekdays.get(cand.get("weekday") or "")
        narrative = doc.narrative
        if narrative.month is not None and doc.sentence(cand.start) - narrative.month_sentence <= 1:
            year, month = narrative.month
            if year is None:
                date = make_date(PLACEHOLDER_YEAR, month, day)
                return self._day_result(Day(date, False) if date else None, cand)
            date = make_date(year, month, day)
            return self._day_result(Day(date) if date else None, cand)
        day_mod = cand.get("day_mod")
        if cand.rule == "day_alone" and day_mod is None and not self._dated_day_alone(cand, doc):
            return None  # ``le 10`` outside a month the text is in: a house number as likely as a day
        anchor = doc.anchor
        if anchor is None or not anchor.year_known or not anchor.month_known:
            return Resolved(None)
        options = [
            d for shift in (-1, 0, 1) if (d := make_date(*add_months(anchor.date.year, anchor.date.month, shift), day))
        ]
        if weekday is not None:
            options = [d for d in options if d.weekday() == weekday]
        direction = self._direction(cand, doc)
        if day_mod is not None:  # ``le 15 prochain``: the next 15th after today; ``le 20 dernier``: the last one
            ahead = day_mod.lower() in self.data.AHEAD_DAY_MODIFIERS
            direction = "future" if ahead else "past"
            options = [d for d in options if (d > anchor.date if ahead else d < anchor.date)]
        best = nearest(options, anchor.date, direction)
        return self._day_result(Day(best) if best else None, cand)

    def _dated_day_alone(self, cand: Candidate, doc: Document) -> bool:
        """A bare day number is a date after a temporal preposition (``à partir du 20``) or before a time
        of day (``le 3 à 9 h``)."""
        if cand.get("det") in self.data.DAY_ALONE_OPENERS:
            return True
        if self.day_alone_cues.search(doc.text[max(0, cand.start - 40) : cand.end].rsplit(" ", 1)[0] + " "):
            return True  # ``aura lieu le 25``: what takes place on a day
        following = doc.candidates[doc.index + 1] if doc.index + 1 < len(doc.candidates) else None
        return following is not None and following.kind == "clock" and following.start - cand.end <= 2

    def _month(self, cand: Candidate, doc: Document) -> Resolved | None:
        month = self._month_of(cand)
        if month is None:
            return None
        year = self._year_of(cand, doc)
        explicit = year
        modifier = self._modifier(cand)
        anchor = doc.anchor
        last = self._list_end(doc) if "listed" in cand.groups else None
        if last is not None and (end := self._month(last, doc)) and end.month:
            # ``mai et juin derniers``, ``de novembre à janvier``, ``d'octobre à janvier 2030``: members run up
            # to the last one, whose year the list may give them all
            last_year, last_month = end.month
            if last_year is not None and (year is None or year == self._year_of(last, doc)):
                year = last_year if month <= last_month else last_year - 1
        if year is None:
            year = self._range_end_year(cand, doc, month, None)
        if year is None:
            year = self._sentence_year(cand, doc)
        if year is None and anchor is not None and anchor.year_known and anchor.month_known:
            a_year, a_month = anchor.date.year, anchor.date.month
            since = doc.text[cand.start : cand.end].lower().split(maxsplit=1)[0] in self.data.PAST_OPENERS
            if modifier is not None and modifier < 0:
                year = a_year if month < a_month else a_year - 1
            elif since and modifier is None:
                year = a_year if month <= a_month else a_year - 1  # ``depuis janvier``: a month begun, never ahead
            elif modifier is not None and modifier > 0:
                year = a_year if month > a_month else a_year + 1
            elif month == a_month:
                year = a_year
            else:
                options = [dt.date(y, month, 15) for y in (a_year - 1, a_year, a_year + 1)]
                best = nearest(options, anchor.date, self._direction(cand, doc))
                year = best.year if best else a_year
        elif year is None and anchor is not None and anchor.year_known and modifier is None:
            year = anchor.date.year  # only the year of writing is known: its own months
        value = f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"
        return Resolved(value, month=(year, month), year=explicit)

    def _year(self, cand: Candidate, doc: Document) -> Resolved | None:
        """A year; it frames the months written without one in its sentence unless it is a goal (``le
        budget pour 2027 sera présenté en octobre``: the coming October)."""
        year = self._year_of(cand, doc)
        if year is None:
            return None
        if _ends_with_words(doc.text[max(0, cand.start - 20) : cand.start], self.data.TARGET_YEAR_OPENERS):
            return Resolved(f"{year:04d}")
        return Resolved(f"{year:04d}", year=year)  # ``l'an 910`` is 0910

    @staticmethod
    def _sentence_year(cand: Candidate, doc: Document) -> int | None:
        """The year written earlier in the sentence, when it frames the candidate: it heads the sentence, or it
        was written in the candidate's own clause (``la récolte de l'an dernier avait été amputée par la grêle
        du 14 juin``). A year in another clause dates another act (``les barrages, construits en 1977, avaient
        été signalés dans un rapport remis fin février``; ``fondée en 2019, … où il avait entamé début mars``)."""
        narrative = doc.narrative
        if narrative.year is None or narrative.year_sentence != doc.sentence(cand.start):
            return None
        clause = doc.clause_of(cand)
        if narrative.year_clause is not None and clause is not None and clause != narrative.year_clause:
            return None
        return narrative.year

    def _framing_year(self, cand: Candidate, doc: Document) -> int | None:
        """The year written earlier in the sentence that frames a bare season, as it frames a bare month
        (``sera renouvelée l'an prochain, le premier dimanche du printemps``); not for ``cet été`` nor
        ``l'été dernier``, which count from the moment of writing."""
        if cand.get("det") in self.data.THIS_DETERMINERS or cand.get("mod"):
            return None
        narrative = doc.narrative
        return narrative.year if narrative.year_sentence == doc.sentence(cand.start) else None

    def _new_year(self, cand: Candidate, doc: Document) -> Resolved | None:
        """``la nouvelle année``: the year of the 1 January nearest the moment of writing (written on
        2 January, the year just begun; in December, the coming one)."""
        if doc.anchor is None or not doc.anchor.year_known or not doc.anchor.month_known:
            return None
        anchor = doc.anchor.date
        year = anchor.year + 1 if anchor.month >= _NEW_YEAR_TURN_MONTH else anchor.year
        return Resolved(str(year))

    def _same_season(self, cand: Candidate, doc: Document) -> Resolved | None:
        """``à la même période de l'an dernier``, ``l'an dernier à la même époque``: the month of writing in
        the year the expression names, or else in the year named just before it in the sentence."""
        if doc.anchor is None or not doc.anchor.month_known:
            return None
        year = self._year_of(cand, doc)
        if year is None and (mod := cand.get("mod")) is not None:
            year = doc.anchor.date.year + self.modifiers.get(mod.strip(), 0)
        if year is None and doc.resolved:
            previous, told = doc.resolved[-1]
            if told.value and told.value.isdigit() and len(told.value) == 4:
                if doc.sentence(previous.start) == doc.sentence(cand.start):
                    year = int(told.value)
        if year is None:
            return None
        return Resolved(f"{year:04d}-{doc.anchor.date.month:02d}", month=(year, doc.anchor.date.month))

    def _decade(self, cand: Candidate, doc: Document) -> Resolved:
        digits = cand.get("decade") or cand.groups["decade_num"]  # a leading member of a list has its own
        if digits in self.data.DECADE_WORDS:  # ``les années soixante``
            digits = str(self.data.DECADE_WORDS[digits])
        if len(digits) == 4:
            return Resolved(digits[:3])
        if len(digits) == 3:
            return Resolved(None)
        reference = doc.anchor.date.year if doc.anchor and doc.anchor.year_known else doc.today.year
        two = int(digits)
        start = 2000 + two if 2000 + two + 9 < reference else 1900 + two
        return Resolved(str(start // 10))

    def _century(self, cand: Candidate, doc: Document) -> Resolved:
        if (word := cand.get("century_word")) is not None:  # ``au dix-huitième siècle``
            return Resolved(f"{self.data.CENTURY_WORDS[word] - 1:02d}")
        letters = cand.get("century")
        if letters is None:  # a member of a list (``du XVIIe au XIXe siècle``) keeps its suffix
            number_part = _CENTURY_NUMBER.match(cand.groups["century_ord"])
            if number_part is None:
                return Resolved(None)
            letters = number_part.group(0)
        if letters.isdigit():  # ``le 21e siècle``
            number = int(letters)
        else:
            values = [_ROMAN[c] for c in letters]
            number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        # a century to come needs its noun (``le XXIIe siècle``); alone, ``le XXIIe`` may be a congress or a district
        last = 30 if self.data.CENTURY_NOUN in doc.text[cand.start : cand.end].lower() else 21
        return Resolved(f"{number - 1:02d}") if 0 < number <= last else Resolved(None)

    def _millennium(self, cand: Candidate, doc: Document) -> Resolved:
        """``le troisième millénaire``: TIMEX3 writes a millennium by its thousands digit (``2``)."""
        if (word := cand.get("millennium_word")) is not None:
            number = self.data.CENTURY_WORDS[word]
        else:
            letters = cand.groups["millennium"]
            number = int(letters) if letters.isdigit() else len(letters)
        return Resolved(str(number - 1)) if 0 < number <= 3 else Resolved(None)

    def _season(self, cand: Candidate, doc: Document) -> Resolved:
        code = self.data.SEASONS[cand.groups["season"]]
        year = self._year_of(cand, doc) or self._framing_year(cand, doc)
        if year is not None and (year_end := cand.get("year_end")) and int(year_end) == year + 1 and code == "WI":
            year += 1  # ``l'hiver 2021-2022``: a winter carries the year of its January
        if year is not None:
            return Resolved(f"{year}-{code}", year=year)
        if doc.anchor is None or not doc.anchor.year_known:
            return Resolved(None)
        anchor, modifier = doc.anchor.date, self._modifier(cand)
        if (mod := cand.get("mod")) and mod.strip() in self.data.NARRATIVE_MODIFIERS:
            told = self._narrative_date(doc)  # ``En mars 2019, … l'hiver suivant``: from the narrative's date
            if told is None:
                return Resolved(None)
            anchor = told
        value = season_value(code, anchor, modifier)
        start, end = season_bounds(code, int(value[:4]))
        holds_anchor = start <= anchor < end
        if modifier is None and (cand.get("det") not in self.data.THIS_DETERMINERS or not holds_anchor):
            # ``les ventes ont augmenté au printemps``, written in March: last spring, not the coming one;
            # ``cet hiver`` is the one under way, or, written in October, the one the verb points to
            direction = self._direction(cand, doc)
            if direction == "past" and start > anchor:
                value = season_value(code, anchor, -1)
            elif direction == "future" and end <= anchor:
                value = season_value(code, anchor, 1)
        return Resolved(value)

    def _holiday(self, cand: Candidate, doc: Document) -> Resolved:
        feast = cand.get("eastern_feast")
        name = feast or cand.groups["holiday"]
        name = self.data.HOLIDAY_ADJECTIVES.get(name, name)  # ``le week-end pascal``: Easter's
        eastern = feast is not None or cand.get("eastern") is not None
        year = self._year_of(cand, doc)
        anchor = doc.anchor

        def on(y: int) -> list[dt.date]:
            if name in self.data.LITURGICAL_SEASONS:  # ``pendant le carême``: from its first day
                return [liturgical_season(self.data.LITURGICAL_SEASONS[name], y)[0]]
            if name in self.data.LUNAR_HOLIDAYS:
                # ``l'Aïd el-Fitr``, ``la Tabaski``: a day of the Islamic year, eleven days earlier each solar year
                # (a solar year may hold two); ``l'Aïd`` alone is either Eid
                days = self.data.LUNAR_HOLIDAYS[name]
                return sorted({d for m, k in days for d in hijri_dates(m, k, dt.date(y, 7, 1)) if d.year == y})
            if eastern and name in self.data.EASTERN_FIXED_HOLIDAYS:
                date = make_date(y, *self.data.EASTERN_FIXED_HOLIDAYS[name])
            elif eastern:  # ``la Pâque copte``, ``Cham el-Nessim``: by the Eastern churches' Easter
                date = orthodox_easter(y) + dt.timedelta(days=self.data.EASTERN_EASTER_HOLIDAYS[name])
            elif name in self.data.FIXED_HOLIDAYS:
                date = make_date(y, *self.data.FIXED_HOLIDAYS[name])
            else:
                date = easter(y) + dt.timedelta(days=self.data.EASTER_HOLIDAYS[name])
            return [date] if date else []

        if year is None:
            if anchor is None or not anchor.year_known:
                return Resolved(None)
            options = [d for y in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1) for d in on(y)]
            direction = self._direction(cand, doc)
            # A feast comes once a year: a past verb means the last one, a future verb the next one, however
            # near the other (``la fête de la Saint-Jean a réuni le village``, said a month before it) —
            # unless the feast is a bound the tense says nothing of (``fleuris avant la Toussaint``).
            opener = doc.text[cand.start : cand.end].lower().split(maxsplit=1)[0]
            direction = self._bound_direction(opener, direction)
            if (modifier := self._modifier(cand)) is not None and modifier:  # ``Noël dernier``, ``Noël prochain``
                direction = "past" if modifier < 0 else "future"
            at_hand = _feast_at_hand(options, anchor.date) if not modifier and direction != "future" else None
            if at_hand is not None and not self._told_ahead_in_past(at_hand, direction, cand, doc):
                return self._feast_result(self._feast_night(Day(at_hand), name, cand), name, cand)
            if re.search(self.data.HOLIDAY_AHEAD_BEFORE, doc.text[max(0, cand.start - 30) : cand.start], re.I):
                direction = "future"  # ``à l'approche d'Halloween``: the feast a season leads up to is ahead
            if direction == "past":
                options = [d for d in options if d <= anchor.date] or options
            elif direction == "future":
                options = [d for d in options if d >= anchor.date] or options
            best = nearest(options, anchor.date, direction)
            return self._feast_result(self._feast_night(Day(best), name, cand) if best else None, name, cand)
        dates = on(year)
        result = self._feast_result(self._feast_night(Day(dates[0]), name, cand) if dates else None, name, cand)
        return Resolved(result.value, result.type, result.day, result.month, year)

    def _told_ahead_in_past(self, feast: dt.date, direction: Direction, cand: Candidate, doc: Document) -> bool:
        """Whether a past verb tells the day the expression names (the feast, or its eve) while that day is still
        ahead of the day of writing (``la veille du jour de l'an, les rues étaient bondées``, written on the 29th):
        it cannot be this one. A feast the clause is counted from or aimed at may be ahead (``à trois jours de
        Pâques``, ``il rentrait pour Pâques``)."""
        text = doc.text[cand.start : cand.end].lower()
        if direction != "past" or cand.rule == "holiday_countdown" or text.startswith(self.data.FUTURE_OPENERS):
            return False
        shift = self.data.ANAPHORIC_DAYS.get(cand.get("anaphor") or "", 0) if cand.kind == "anaphoric" else 0
        anchor = doc.anchor
        return anchor is not None and feast + dt.timedelta(days=shift) > anchor.date

    def _feast_result(self, day: Day | None, name: str, cand: Candidate) -> Resolved:
        """A feast's day, or the week it names (``la semaine sainte``: the week that ends on Easter), or the year
        a lunar month begins in (``pendant le ramadan``: thirty days across two Gregorian months)."""
        if day is not None and name in self.data.WEEK_HOLIDAYS:
            return Resolved(iso_week(day.date))
        if day is not None and cand.get("weekend"):
            return Resolved(_feast_weekend(day.date))
        if day is not None and name in self.data.LUNAR_MONTHS:
            return Resolved(str(day.date.year), year=day.date.year)
        if day is not None and (season := self.data.LITURGICAL_SEASONS.get(name)) is not None:
            first, last = liturgical_season(season, day.date.year)
            if (first.year, first.month) == (last.year, last.month):
                return Resolved(f"{first.year:04d}-{first.month:02d}", month=(first.year, first.month))
            return Resolved(str(first.year), year=first.year)
        return self._day_result(day, cand)

    def _feast_night(self, day: Day, name: str, cand: Candidate) -> Day | None:
        """``la nuit de Noël``: a feast kept from its eve (Christmas's midnight mass, the Easter vigil) has its
        night the evening before, where a night is dated by the evening it starts."""
        if (cand.get("part") or "").lower() in self.data.NIGHT_PARTS and name in self.data.FEASTS_KEPT_FROM_THE_EVE:
            return day.shift(-1)
        return day

    def _bound_direction(self, opener: str, direction: Direction) -> Direction:
        """The tense a day written as a bound keeps. An event over before the day says nothing of it
        (``fleuris avant la Toussaint`` may be the coming one); an event to come before it puts it ahead
        (``ouvrira avant Noël``), and an event after it is on the day's side of the moment of writing."""
        before_the_day = opener in self.data.BOUNDARY_OPENERS and opener not in self.data.AFTER_BOUND_OPENERS
        return None if before_the_day and direction == "past" else direction

    def _weekday_holiday(self, cand: Candidate, doc: Document) -> Resolved:
        """``la fête des mères``: the n-th (or last) weekday of its month, the year the verb's tense says."""
        month, weekday, nth, easter_day, days_after = self.data.WEEKDAY_HOLIDAYS[cand.groups["holiday"]]

        def on(y: int) -> dt.date | None:
            days = [d for k in range(1, 32) if (d := make_date(y, month, k)) and d.weekday() == weekday]
            if not days or nth > len(days):
                return None
            day = days[nth - 1] if nth > 0 else days[-1]
            if easter_day is not None and day == easter(y) + dt.timedelta(days=easter_day):
                day += dt.timedelta(days=7)  # the feast of Easter's cycle keeps its Sunday
            return day + dt.timedelta(days=days_after)

        year = self._year_of(cand, doc)
        if year is None:
            anchor = doc.anchor
            if anchor is None or not anchor.year_known:
                return Resolved(None)
            options = [d for y in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1) if (d := on(y))]
            best = nearest(options, anchor.date, self._direction(cand, doc))
            return self._day_result(Day(best) if best else None, cand)
        date = on(year)
        return self._day_result(Day(date) if date else None, cand)

    def _weekend(self, cand: Candidate, doc: Document) -> Resolved:
        """``le week-end``: every weekend with a present verb, else the last or the coming one; the
        coming one after ``pour`` (``de la neige est annoncée pour le week-end``)."""
        direction = self._direction(cand, doc)
        if direction not in ("past", "future") and _ends_with_words(
            doc.text[max(0, cand.start - 20) : cand.start], self.data.COMING_WEEKEND_OPENERS
        ):
            direction = "future"
        anchor = doc.anchor
        if direction not in ("past", "future"):
            return Resolved("XXXX-WXX-WE", "SET")
        if anchor is None or not anchor.day_known:
            return Resolved(None)
        weekday = anchor.date.weekday()
        if direction == "past":
            day = anchor.date - dt.timedelta(days=7) if weekday < 5 else anchor.date
        else:
            day = anchor.date if weekday < 5 else anchor.date + dt.timedelta(days=7)
        return Resolved(iso_week(day) + "-WE")

    def _week_number(self, cand: Candidate, doc: Document) -> Resolved:
        """``en semaine 12``: the ISO week of that number, in the year written or the article's."""
        year = self._year_of(cand, doc)
        if year is None and doc.anchor is not None and doc.anchor.year_known:
            year = doc.anchor.date.year
        number = int(cand.groups["weeknum"])
        if year is None or number > dt.date(year, 12, 28).isocalendar()[1]:
            return Resolved(None)
        return Resolved(f"{year:04d}-W{number:02d}")

    # ----------------------------------------------------------------------------------------------
    # Deictic, anaphoric and relative expressions

    def _deictic(self, cand: Candidate, doc: Document) -> Resolved:
        anchor = doc.anchor
        if anchor is None or not anchor.day_known:
            return Resolved(None)
        offset = self.data.DEICTIC_DAYS.get(cand.get("deictic") or "", 0)
        if later := cand.get("later"):  # ``aujourd'hui en huit``: that day, weeks on
            offset += 7 * self.data.WEEKS_LATER[later.lower()]
        return self._day_result(anchor.day.shift(offset), cand)

    def _narrative_base(self, doc: Document) -> Day | None:
        if doc.narrative.day is not None:
            return doc.narrative.day
        if doc.anchor is not None and doc.anchor.day_known:
            return doc.anchor.day
        return None

    def _anaphoric(self, cand: Candidate, doc: Document) -> Resolved | None:
        """``la veille``: the day before the date that follows (``la veille du 4 janvier``) or, without
        one, before the last day the narrative talked about."""
        offset = self.data.ANAPHORIC_DAYS.get(cand.get("anaphor") or "", 0)  # ``le soir même``: that day
        offset += self.data.PART_SHIFTS.get(cand.get("shift") or "", 0)  # ``la nuit précédente``: the day before
        holiday = self._holiday(cand, doc).day if cand.get("holiday") else None  # la veille de Noël
        if holiday is None and (same := self._apposed_day(cand, doc)) is not None:
            return self._day_result(same, cand)  # ``hier, au lendemain de la démission``: yesterday itself
        if holiday is None and (framed := self._framed_day(cand, doc)) is not None:
            return self._day_result(framed, cand)  # ``un bilan publié mercredi, au lendemain de son passage``
        if holiday is None and cand.rule == "anaphor_beside":
            return None  # ``le maire, lendemain de fête``: no day beside it, no date
        if holiday is None and offset > 0 and (today := self._morrow_told_now(cand, doc)) is not None:
            return self._day_result(today, cand)
        base = holiday or self._following_day(cand, doc) or self._eve_of_now(offset, cand, doc)
        base = base or self._told_base(cand, doc)
        counted = base.shift(offset) if base else None
        if holiday is None and (named := self._apposed_following_day(cand, doc)) is not None:
            if counted is None or counted.date.weekday() != named.date.weekday():
                return self._day_result(named, cand)  # ``a proclamé son deuil le lendemain, mercredi``
        return self._day_result(counted, cand)

    def _framed_day(self, cand: Candidate, doc: Document) -> Day | None:
        """The day its sentence named before an anaphor that frames the clause with an event (``un bilan publié
        mercredi par les secours, au lendemain de son passage``): that day is the morrow of the event, so the
        anaphor names it, not the day after it. Only ``au lendemain de`` / ``à la veille de`` frame so (``libéré
        le lendemain de son audition`` tells a day of its own), and a semicolon ends the clause that named it."""
        first = doc.text[cand.start : cand.end].split(maxsplit=1)[0].lower()
        if first not in self.data.FRAMING_ANAPHOR_OPENERS or not self.framing_complement.match(
            doc.text[cand.end : cand.end + 40]
        ):
            return None
        if self._following_day(cand, doc) is not None:
            return None  # ``au lendemain du 4 mai``: the day after that date
        day = self._day_earlier_in_sentence(cand, doc)
        if day is None or ";" in doc.text[doc.resolved[-1][0].end : cand.start]:
            return None
        return day

    def _morrow_told_now(self, cand: Candidate, doc: Document) -> Day | None:
        """``Au lendemain de la manifestation, le bilan s'est alourdi``, before the text has named any day: the
        event is the latest news and the clause is the day of writing, not the day after it."""
        anchor = doc.anchor
        if doc.narrative.day is not None or anchor is None or not anchor.day_known:
            return None
        if not self.event_complement.match(doc.text[cand.end : cand.end + 40]) or cand.get("part"):
            return None
        return anchor.day if self._direction(cand, doc) != "future" else None

    def _eve_of_now(self, offset: int, cand: Candidate, doc: Document) -> Day | None:
        """The day of writing, for ``la veille`` in a sentence whose main verb is in the present and which names
        no day before it (``Le comité, formé la veille, réclame une enquête``; ``une mère attend depuis la veille
        devant l'hôpital``; ``la préfecture, qui parlait la veille de douze morts, en compte désormais quinze``):
        the present is the day of writing, and the eve set against it is yesterday, not the eve of the last day
        the article told. A sentence in the past (``La veille, il avait annoncé…``) keeps the narrative's day."""
        anchor = doc.anchor
        if offset >= 0 or doc.main_tense is None or anchor is None or not anchor.day_known:
            return None
        if doc.resolved and doc.sentence(doc.resolved[-1][0].start) == doc.sentence(cand.start):
            return None  # ``mardi, contre six la veille``: the eve of the day just named
        if doc.main_tense(cand.start, cand.end) != "present":
            return None
        return anchor.day

    def _told_base(self, cand: Candidate, doc: Document) -> Day | None:
        """The day an anaphor counts from: the narrative's, unless that day is still to come and the anaphor's
        clause does not look ahead (``a appelé à une grève lundi. La veille au soir, l'entreprise comptait 18
        morts``): a day planned ahead is not the one the text is telling, the day of writing is. (``Le sommet
        aura lieu mardi. La veille, les ministres se réuniront`` looks ahead, and counts from Tuesday.)"""
        base = self._narrative_base(doc)
        anchor = doc.anchor
        if (
            base is not None
            and anchor is not None
            and anchor.day_known
            and base.date > anchor.date
            and doc.narrative.day is base
            and not self._just_named(base, cand, doc)
            and self._direction(cand, doc) != "future"
        ):
            # (a day ahead named in the anaphor's own sentence is the one it counts from: ``les feux du 15 août
            # sont maintenus, sauf alerte la veille au soir``)
            return anchor.day
        return base

    @staticmethod
    def _just_named(day: Day, cand: Candidate, doc: Document) -> bool:
        """Whether ``day`` is the last one named, earlier in the candidate's own sentence (no full stop between)."""
        if not doc.resolved:
            return False
        previous, result = doc.resolved[-1]
        return result.day is day and not re.search(r"[.!?]", doc.text[previous.end : cand.start])

    def _apposed_day(self, cand: Candidate, doc: Document) -> Day | None:
        """The day of the expression just before when the anaphor is set beside it by a comma and tells
        what that day was the eve or the morrow of (``hier, au lendemain de la démission``): the same day."""
        if not doc.resolved or not self.event_complement.match(doc.text[cand.end : cand.end + 40]):
            return None
        previous, result = doc.resolved[-1]
        if doc.text[previous.end : cand.start].strip() != "," or result.day is None:
            return None
        return result.day

    def _following_day(self, cand: Candidate, doc: Document, gaps: Sequence[str] | None = None) -> Day | None:
        """The day of the date or holiday right after ``cand``, when only one of ``gaps`` (default: the
        language's complement words, ``la veille de Noël``) stands between them."""
        if doc.index + 1 >= len(doc.candidates):
            return None
        following = doc.candidates[doc.index + 1]
        gap = doc.text[cand.end : following.start].strip().lower()
        if gap not in (self.data.COMPLEMENT_GAPS if gaps is None else gaps) or following.kind not in (
            "date",
            "holiday",
        ):
            return None
        if following.kind == "holiday":
            return self._holiday(following, doc).day
        return self._absolute_day(following, doc) if self._month_of(following) else None

    def _shift(
        self,
        base_day: Day | None,
        base_year: int | None,
        base_month: tuple[int, int] | None,
        amount: float,
        unit: str,
        cand: Candidate,
    ) -> Resolved:
        """Move a reference point by ``amount`` units; the value has the unit's granularity."""
        letter, factor, is_time = self.data.UNITS[unit]
        if is_time and abs(amount * factor) <= _MAX_SHIFT:
            # ``dans 48 heures`` is two days on; ``dans deux heures`` the same day (no time of day is known)
            days = _whole_days(amount * factor, letter)
            return self._day_result(base_day.shift(days), cand) if base_day else Resolved(None, "TIME")
        steps = int(amount * factor) if float(amount * factor).is_integer() else None
        if steps is None and letter in ("Y", "M"):
            return self._fractional_shift(base_day, base_month, amount * factor, letter)
        if steps is None or abs(steps) > _MAX_SHIFT:
            return Resolved(None)
        if letter in ("D", "W", "WE"):
            days = steps * (1 if letter == "D" else 7)
            return self._day_result(base_day.shift(days) if base_day else None, cand)
        if letter == "M" and base_month is not None and 0 < base_month[0] + steps // 12 < 10_000:
            year, month = add_months(*base_month, steps)
            return Resolved(f"{year:04d}-{month:02d}", month=(year, month))
        if letter == "Y" and base_year is not None and 0 < base_year + steps < 10_000:
            return Resolved(f"{base_year + steps:04d}")
        return Resolved(None)

    def _fractional_shift(
        self, base_day: Day | None, base_month: tuple[int, int] | None, amount: float, letter: str
    ) -> Resolved:
        """``dans un an et demi``, ``il y a un mois et demi``: a month, the half counted in the next smaller
        unit (18 months; 45 days from the day of writing)."""
        if letter == "Y" and float(amount * 12).is_integer() and base_month is not None:
            if abs(amount) > _MAX_SHIFT:
                return Resolved(None)
            year, month = add_months(*base_month, int(amount * 12))
            return Resolved(f"{year:04d}-{month:02d}", month=(year, month))
        if letter == "M" and base_day is not None and abs(amount) <= _MAX_SHIFT:
            moved = base_day.shift(round(amount * 30))
            if moved is not None:
                return Resolved(
                    f"{moved.date.year:04d}-{moved.date.month:02d}", month=(moved.date.year, moved.date.month)
                )
        return Resolved(None)

    def _offset(self, cand: Candidate, doc: Document) -> Resolved:
        """``deux jours plus tard``: counted from the narrative's last day, not from the article's."""
        amount = self.number(cand.get("num"))
        if amount is None:
            return Resolved(None)  # ``quelques jours plus tard``: found, but no day to name
        if (clocked := self._offset_from_clock(cand, doc, amount)) is not None:
            return clocked
        apposed = self._apposed_following_day(cand, doc)
        counted = self._counted_offset(cand, doc, amount)
        if apposed is not None and not (
            counted.day is not None and counted.day.date.weekday() == apposed.date.weekday()
        ):
            # ``deux jours plus tard, dimanche``: that Sunday; but where the count lands on the weekday named
            # beside it (``deux jours plus tard, le lundi soir`` after a Saturday), the count tells its week
            return self._day_result(apposed, cand)
        return counted

    def _offset_from_clock(self, cand: Candidate, doc: Document, amount: float) -> Resolved | None:
        """``samedi à 13 h 15 ; la caravane passera deux heures plus tôt``: hours or minutes counted from a time
        of day the same sentence gave, a time of day themselves (a day alone would lose the hour)."""
        unit = self.data.UNITS.get(cand.groups["unit"])
        if unit is None or not unit[2] or not doc.resolved:
            return None
        previous, result = doc.resolved[-1]
        found = _DAY_TIME_VALUE.match(result.value or "")
        if found is None or re.search(r"[.!?]", doc.text[previous.end : cand.start]):
            return None  # (a semicolon, which the parser may take for a sentence's end, keeps the sentence going)
        moment = dt.datetime.fromisoformat(found.group(0))
        sign = 1 if cand.groups["dir"] in self.data.LATER_WORDS else -1
        letter, factor = unit[0], unit[1]
        minutes = amount * factor * (60 if letter == "H" else 1 if letter == "M" else 1 / 60)
        moved = moment + dt.timedelta(minutes=sign * minutes)
        return Resolved(moved.strftime("%Y-%m-%dT%H:%M"), "TIME", day=Day(moved.date()))

    def _counted_offset(self, cand: Candidate, doc: Document, amount: float) -> Resolved:
        """An offset counted from the date or feast right after it, else from the narrative's day."""
        later = cand.groups["dir"] in self.data.LATER_WORDS
        anchored = self._holiday(cand, doc).day if cand.get("holiday") else self._anchoring_day(cand, doc)
        if anchored is not None and anchored.year_known:  # ``deux jours après Noël``, ``trois jours avant le 5``
            return self._shift_from(anchored, amount if later else -amount, cand)
        base = self._narrative_base(doc)
        month = (base.date.year, base.date.month) if base and base.year_known else None
        if (told := self._narrative_month(cand, doc)) is not None:
            month = told  # ``En mars 2020, … deux mois plus tard``: from the month the text is in
        year = base.date.year if base and base.year_known else None
        narrative = doc.narrative
        if narrative.year is not None and doc.sentence(cand.start) - narrative.year_sentence <= 1:
            year = narrative.year  # ``En 2020, … trois ans plus tôt``: the year the text is in
        return self._shift(base, year, month, amount if later else -amount, cand.groups["unit"], cand)

    def _anchoring_day(self, cand: Candidate, doc: Document) -> Day | None:
        """The day an offset counts from when a date follows it right away (``deux jours après Noël``, ``trois
        jours avant le 15 mars``, whose ``avant`` the date took): that date's day, if its year is known."""
        day = self._following_day(cand, doc, gaps=("",))
        return day if day is not None and day.year_known else None

    def _shift_from(self, day: Day, amount: float, cand: Candidate) -> Resolved:
        """``amount`` of the candidate's units from ``day`` (``deux jours après Noël``)."""
        return self._shift(day, day.date.year, (day.date.year, day.date.month), amount, cand.groups["unit"], cand)

    def _anchored_length(self, cand: Candidate, doc: Document) -> Resolved | None:
        """A length of time right before a date that opens with ``avant``/``après`` (``trois jours avant le 15
        mars``): the day that far from that date, not a length."""
        if doc.index + 1 >= len(doc.candidates) or cand.get("unit") is None:
            return None
        following = doc.candidates[doc.index + 1]
        opener = (following.get("det") or "").split(maxsplit=1)[:1]
        sign = self.data.ANCHORED_OFFSET_WORDS.get(opener[0].lower()) if opener else None
        amount = self.number(cand.get("num"))
        if sign is None or amount is None or (day := self._anchoring_day(cand, doc)) is None:
            return None
        if self.data.UNITS[cand.groups["unit"]][2]:
            return None  # ``a duré trois heures avant le 15 mars``: hours count no day from a date
        return self._shift_from(day, sign * amount, cand)

    def _after_event(self, cand: Candidate, doc: Document) -> Resolved | None:
        """``L'annonce intervient trois jours après l'explosion``: the day of the clause it dates, not three days
        after the article's. Written in the present, that is the day of writing; in the past, the day the
        narrative is on (``le second cortège intervenait deux jours après le premier``). Elsewhere (the past
        of a text that names no day, or ahead) no day is known and TimeML's reading stands: the length of
        time between the two events, ``P3D``."""
        if (same := self._day_earlier_in_sentence(cand, doc) or self._day_later_in_sentence(cand, doc)) is not None:
            return self._day_result(same, cand)  # ``Ils ont défilé hier, quatre jours après la crue``: yesterday
        direction = self._direction(cand, doc)
        if direction is None and doc.main_tense is not None and doc.main_tense(cand.start, cand.end) == "present":
            # ``Quatre jours après la proclamation des résultats, la ville panse ses plaies``, the count hung on no
            # verb by the parse: the sentence's main verb is in the present, the day of writing
            direction = "present"
        narrative = doc.narrative
        if direction == "past" and narrative.day is not None:
            return self._day_result(narrative.day, cand)
        anchor = doc.anchor
        if narrative.day is None and anchor is not None and anchor.day_known and self._opens_lead(cand, doc):
            # ``Trois jours après l'accident, six cheminots ont été arrêtés.`` opening the lead of an article that
            # has named no day yet: the count says how the news stands on the day of writing (a lone sentence
            # keeps TimeML's length of time); as for the present below, the story told after it does not go on
            # from that day
            today = self._day_result(anchor.day, cand)
            return Resolved(today.value, today.type)
        if direction is None and narrative.day is not None and doc.sentence(cand.start) - narrative.day_sentence <= 1:
            # ``Le texte a été adopté mardi. Une défaite pour les syndicats, une semaine après la manifestation``:
            # a clause with no tense of its own goes on with the day just told
            return self._day_result(narrative.day, cand)
        if direction is None and anchor is not None and anchor.day_known:
            return self._day_result(anchor.day, cand)
        if direction == "present" and anchor is not None and anchor.day_known:
            # ``Trois jours après la crue, le bilan atteint 24 morts``: the day of writing, the lead's "now"; a
            # story told later goes on from the day it told last, not from this one
            today = self._day_result(anchor.day, cand)
            return Resolved(today.value, today.type)
        return self._duration(cand, doc)

    @staticmethod
    def _opens_lead(cand: Candidate, doc: Document) -> bool:
        """Whether ``cand`` is the first words of a paragraph below a headline: the place of an article's lead."""
        line_start = doc.text.rfind("\n", 0, cand.start) + 1
        return bool(doc.text[:line_start].strip()) and not doc.text[line_start : cand.start].strip()

    def _event_day(self, cand: Candidate, doc: Document) -> Resolved | None:
        """``Au troisième jour de la contestation``: the day of the clause it dates (the event's start is rarely
        dated): a day named in the sentence, else the narrative's when the clause is past or goes on with the
        day just told, else the day of writing."""
        if (same := self._day_earlier_in_sentence(cand, doc) or self._day_later_in_sentence(cand, doc)) is not None:
            return self._day_result(same, cand)
        direction = self._direction(cand, doc)
        narrative = doc.narrative
        if narrative.day is not None and (
            direction == "past" or doc.sentence(cand.start) - narrative.day_sentence <= 1
        ):
            return self._day_result(narrative.day, cand)
        anchor = doc.anchor
        if anchor is not None and anchor.day_known and direction != "future":
            return self._day_result(anchor.day, cand)
        return Resolved(None)

    @staticmethod
    def _day_earlier_in_sentence(cand: Candidate, doc: Document) -> Day | None:
        """The day the last expression before ``cand`` named, when it is in the same sentence: the day of the
        clause a count after an event dates."""
        if not doc.resolved:
            return None
        previous, result = doc.resolved[-1]
        if result.day is None or not result.day.year_known or doc.sentence(previous.start) != doc.sentence(cand.start):
            return None
        return result.day

    def _apposed_following_day(self, cand: Candidate, doc: Document) -> Day | None:
        """The day named right after a count, set beside it by a comma (``repris la ville deux jours plus tard,
        dimanche,``): the text says which day the count lands on, whatever day it counted from."""
        if doc.index + 1 >= len(doc.candidates):
            return None
        following = doc.candidates[doc.index + 1]
        if following.kind not in _SENTENCE_DAY_KINDS or doc.text[cand.end : following.start].strip() != ",":
            return None
        result = self._resolve_next(doc)
        return result.day if result is not None and result.day is not None and result.day.year_known else None

    def _resolve_next(self, doc: Document) -> Resolved | None:
        """The reading of the candidate after the current one, resolved ahead of its turn (the current one needs
        its day); the text's position is put back after."""
        following = doc.candidates[doc.index + 1]
        index, doc.index = doc.index, doc.index + 1
        try:
            return self.methods[following.kind](following, doc)
        finally:
            doc.index = index

    def _day_later_in_sentence(self, cand: Candidate, doc: Document) -> Day | None:
        """The day the clause of a count after an event is on, by the next expression of its sentence: that day
        when a comma sets it in the clause (``Une semaine après la manifestation, ils ont convergé ce mardi``),
        the count after it when it dates the event itself (``Deux jours après la présidentielle de dimanche``)."""
        if doc.index + 1 >= len(doc.candidates):
            return None
        following = doc.candidates[doc.index + 1]
        if following.kind not in _SENTENCE_DAY_KINDS or doc.sentence(following.start) != doc.sentence(cand.start):
            return None
        if self._opens_span(following, doc):
            # ``…, la fondation a compté 900 morts depuis le 16 mai``: where a tally starts, not its day; the tally
            # runs up to the day of writing, the day its clause is told on
            anchor = doc.anchor
            return anchor.day if anchor is not None and anchor.day_known else None
        result = self._resolve_next(doc)
        if result is None or result.day is None or not result.day.year_known:
            return None
        between = doc.text[cand.end : following.start]
        if "," in between and not self.restrictive_relative.match(between):
            counted = self._count_from_apposed(cand, following, result.day, doc)
            return counted or result.day
        # ``Deux jours après la présidentielle de dimanche``, ``… après les attaques qui ont frappé, dans la nuit
        # de samedi, …``: the day is the event's own, counted from
        return self._count_from_event_day(cand, following, result.day, doc)

    def _opens_span(self, cand: Candidate, doc: Document) -> bool:
        """Whether the expression opens with a word that starts a stretch of time still running (``depuis le 16
        mai``): the day the stretch began, which is not the day its clause is told on."""
        words = doc.text[cand.start : cand.end].lower().split(maxsplit=1)
        return bool(words) and words[0] in self.data.PAST_OPENERS

    def _count_from_event_day(self, cand: Candidate, event: Candidate, day: Day, doc: Document) -> Day | None:
        """The day a count after an event lands on, counted from the event's own day; from the second day of a
        night told from one day to the next (``deux jours après la rupture de la digue, dans la nuit de
        dimanche à lundi``: Wednesday), the event having fallen after midnight, where the day of writing
        allows it."""
        amount = self.number(cand.get("num"))
        letter = self.data.UNITS[cand.groups["unit"]][0]
        if amount is None or not float(amount).is_integer() or letter not in ("D", "W"):
            return None
        counted = day.shift(int(amount) * (7 if letter == "W" else 1))
        if counted is None or not self.night_span.search(doc.text[event.start : event.end]):
            return counted
        # from the night's second day, unless that lands after the day of writing (``quatre jours après le
        # séisme qui a frappé dans la nuit du 7 au 8``, written on the 11th: counted from its first)
        anchor = doc.anchor
        later = counted.shift(1)
        return counted if later is None or (anchor is not None and later.date > anchor.date) else later

    def _count_from_apposed(self, cand: Candidate, event: Candidate, day: Day, doc: Document) -> Day | None:
        """A date set beside the event by commas right after it dates the event, not the clause (``Une semaine
        après le début de l'incendie, le 11 juin, les pompiers luttent toujours``: the 18th). Only a date that
        names its day of the month or a night from one day to the next is read so (``…, samedi, …`` is as
        often the clause's day), and only when the count does not land after the day of writing."""
        between = doc.text[cand.end : event.start]
        if not self.event_apposed_date.match(between) or not self.apposition_close.match(doc.text[event.end :]):
            return None
        if not event.get("day") and not self.night_span.search(doc.text[event.start : event.end]):
            return None
        counted = self._count_from_event_day(cand, event, day, doc)
        anchor = doc.anchor
        if counted is None or (anchor is not None and anchor.day_known and counted.date > anchor.date):
            return None
        return counted

    def _relative(self, cand: Candidate, doc: Document) -> Resolved:
        """``il y a dix ans``, ``dans trois jours``: counted from the moment of writing."""
        ahead = cand.kind == "ahead" and not cand.get("ago")
        if cand.get("within") and self._direction(cand, doc) == "past":
            # ``il a été libéré dans les 48 heures``: a length, no deadline
            return self._duration(cand, doc) or Resolved(None)
        amount = self._amount(cand)
        if amount is None:
            return Resolved("FUTURE_REF" if ahead else "PAST_REF")
        if half := cand.get("half"):  # ``dans une heure et demie``
            amount += self.data.FRACTIONS[half.split()[-1].removesuffix("e")]
        anchor = doc.anchor
        if anchor is None or not anchor.year_known:
            return Resolved(None)
        unit = cand.get("unit") or self.data.DAY_UNIT  # a day-count noun (``une quinzaine``) has none
        base = anchor.day if anchor.day_known else None
        month = (anchor.date.year, anchor.date.month) if anchor.month_known else None
        sign = 1 if ahead else -1
        exact = cand.get("exact") or cand.get("exact_before")
        if exact and base is not None:  # ``il y a un an jour pour jour``, ``il y a pile un an``: to the day
            moved = _calendar_shift(base.date, sign * amount, self.data.UNITS[unit])
            return self._day_result(Day(moved) if moved else None, cand)
        if cand.get("unit2") and base is not None:
            return self._day_result(self._compound_shift(base, sign, amount, cand), cand)
        return self._shift(base, anchor.date.year, month, sign * amount, unit, cand)

    def _compound_shift(self, base: Day, sign: int, amount: float, cand: Candidate) -> Day | None:
        """``il y a 3 mois et 2 jours``, ``dans 2 ans, 3 mois et 12 jours``: the larger unit first, then the
        smaller ones, to the day."""
        moved: dt.date | None = _calendar_shift(base.date, sign * amount, self.data.UNITS[cand.groups["unit"]])
        for num, unit in (("num2", "unit2"), ("num3", "unit3")):
            if moved is None or (name := cand.get(unit)) is None:
                continue
            if (more := self.number(cand.get(num))) is None:
                return None
            moved = _calendar_shift(moved, sign * more, self.data.UNITS[name])
        return Day(moved) if moved else None

    def _period(self, cand: Candidate, doc: Document) -> Resolved:
        """``la semaine dernière``, ``cette année``, ``le mois suivant``, ``la fin de l'année``."""
        mod = (cand.get("mod") or "").strip()
        if cand.get("same"):  # ``la même année``: the one the narrative is in, as ``cette année-là``
            mod = self.data.SAME_MODIFIER
        offset = self.modifiers.get(mod, 0)
        if cand.get("det") in self.data.PLURAL_DETERMINERS:
            return Resolved("FUTURE_REF" if offset > 0 else "PAST_REF")
        unit = cand.groups["unit"]
        letter, factor, _ = self.data.UNITS[unit]
        if mod in self.data.NARRATIVE_MODIFIERS:
            base = doc.narrative.day or (doc.anchor.day if doc.anchor else None)
            if letter == "M" and (told := self._narrative_month(cand, doc)) is not None:
                base = Day(dt.date(told[0], told[1], 1))  # ``En mars, … le mois suivant``
            if letter == "Y" and doc.narrative.year is not None:  # ``En 1991, … l'année suivante``
                base = Day(dt.date(doc.narrative.year, 7, 1))
            if base is None or not base.year_known:
                return Resolved(None)
            reference, day_known = base.date, True
        else:
            if doc.anchor is None or not doc.anchor.year_known:
                return Resolved(None)
            reference, day_known = doc.anchor.date, doc.anchor.day_known
        if letter in ("W", "WE"):
            if not day_known:
                return Resolved(None)
            if letter == "WE" and offset > 0 and mod in self.data.NARRATIVE_MODIFIERS and reference.weekday() < 5:
                offset = 0  # ``le 12 janvier (a Wednesday), … le week-end suivant``: the weekend of that week
            if (
                letter == "WE"
                and not mod
                and reference.weekday() < 5
                and cand.get("det")
                and self._direction(cand, doc) == "past"
            ):
                offset = -1  # ``ce week-end`` told in the past on a weekday: the weekend just over
            if letter == "W" and not mod and cand.get("edge"):
                offset += self._week_edge_shift(cand, doc, reference)
            week = iso_week(reference + dt.timedelta(days=7 * offset))
            return Resolved(week + ("-WE" if letter == "WE" else ""))
        if letter == "M":
            if doc.anchor is not None and not doc.anchor.month_known and reference == doc.anchor.date:
                return Resolved(None)
            year, month = add_months(reference.year, reference.month, offset * factor)
            if factor == 1:
                return Resolved(f"{year:04d}-{month:02d}", month=(year, month))
            return Resolved(f"{year:04d}-{'Q' if factor == 3 else 'H'}{(month - 1) // factor + 1}")
        if letter == "Y":
            year = reference.year + offset * factor
            if factor == 1:
                return Resolved(str(year), year=year)
            return Resolved(str(year // factor))
        return Resolved(None)

    def _week_edge_shift(self, cand: Candidate, doc: Document, reference: dt.date) -> int:
        """``en début de semaine`` told ahead on a weekend is next week's start (this week's is over); ``en fin de
        semaine`` told in the past on a Monday is last week's end (this week's has not come)."""
        edge = self.data.EDGES.get(cand.groups["edge"].lower())
        direction = self._direction(cand, doc)
        if edge == "START" and direction == "future" and reference.weekday() >= 5:
            return 1
        if edge == "END" and direction == "past" and reference.weekday() == 0:
            return -1
        return 0

    @staticmethod
    def _narrative_date(doc: Document) -> dt.date | None:
        """The date the narrative is on, as precise as it was told: its day, else the middle of its month,
        else the middle of its year."""
        narrative = doc.narrative
        if narrative.day is not None and narrative.day.year_known:
            return narrative.day.date
        if narrative.month is not None and narrative.month[0] is not None:
            return dt.date(narrative.month[0], narrative.month[1], 15)
        if narrative.year is not None:
            return dt.date(narrative.year, 7, 1)
        return None

    def _narrative_month(self, cand: Candidate, doc: Document) -> tuple[int, int] | None:
        """The month (with a known year) the text is in, when it was named in this or the last sentence."""
        narrative = doc.narrative
        if narrative.month is None or narrative.month[0] is None:
            return None
        if doc.sentence(cand.start) - narrative.month_sentence > 1:
            return None
        return narrative.month[0], narrative.month[1]

    def _period_day(self, cand: Candidate, doc: Document) -> Resolved:
        """``le dernier jour de l'année``, ``le premier jour du mois prochain``: the first or last day of
        that period; without a modifier, of the current period or, if that day lies on the wrong side of
        the moment of writing for the verb's tense, of the one before or after."""
        anchor = doc.anchor
        if anchor is None or not anchor.day_known or not anchor.year_known:
            return Resolved(None)
        letter = self.data.UNITS[cand.groups["unit"]][0]
        nth = self.data.WEEKDAY_ORDINALS[cand.groups["nth"]]
        first = nth > 0
        modifier = self._modifier(cand)
        day = _period_edge_day(anchor.date, letter, modifier or 0, first)
        if modifier is None and day is not None:
            direction = self._direction(cand, doc)
            if direction == "past" and day > anchor.date:
                day = _period_edge_day(anchor.date, letter, -1, first)
            elif direction == "future" and day < anchor.date:
                day = _period_edge_day(anchor.date, letter, 1, first)
        if day is not None and abs(nth) > 1:
            # ``le deuxième jour du mois``, ``l'avant-dernier jour de l'année``: counted from that edge
            day = day + dt.timedelta(days=nth - 1 if first else nth + 1)
        return self._day_result(Day(day) if day else None, cand)

    def _month_day(self, cand: Candidate, doc: Document) -> Resolved:
        """``le 20 du mois prochain``: a day of the month before or after the article's (or the
        narrative's, with ``suivant``/``précédent``)."""
        mod = cand.get("mod") or ""  # ``le 28 du mois``: this month
        offset = self.modifiers.get(mod, 0)
        base = doc.anchor.day if doc.anchor else None
        if mod in self.data.NARRATIVE_MODIFIERS and doc.narrative.day is not None:
            base = doc.narrative.day
        if base is None or not base.year_known or (doc.anchor is not None and not doc.anchor.month_known):
            return Resolved(None)
        year, month = add_months(base.date.year, base.date.month, offset)
        date = make_date(year, month, self._day_number(cand.groups["day"]))
        return self._day_result(Day(date) if date else None, cand)

    def _month_week(self, cand: Candidate, doc: Document) -> Resolved:
        """``la dernière semaine de juillet``: the ISO week holding that month's first (n-th, last)
        Thursday, the week the month owns by ISO's own rule; the month's year as ``en juillet`` gets it."""
        month_result = self._month(cand, doc)
        if month_result is None or month_result.value is None or len(month_result.value) != 7:
            return Resolved(None)
        year, month = int(month_result.value[:4]), int(month_result.value[5:7])
        thursdays = [d for day in range(1, 32) if (d := make_date(year, month, day)) and d.weekday() == 3]
        number = self.data.WEEK_ORDINALS[cand.groups["week"]]
        if not thursdays or number > len(thursdays):
            return Resolved(None)
        chosen = thursdays[number - 1] if number > 0 else thursdays[-1]
        return Resolved(iso_week(chosen), month=(year, month))

    def _month_weekday(self, cand: Candidate, doc: Document) -> Resolved:
        """``le premier lundi de mars``: the n-th (or last) such weekday of the month, in the year
        ``en mars`` would get; of a season, see :meth:`_season_weekday`."""
        if cand.get("season"):
            return self._season_weekday(cand, doc)
        if cand.get("this_year"):
            return self._year_weekday(cand, doc)
        if cand.get("this_month"):
            if doc.anchor is None:
                return Resolved(None)
            shift = self.modifiers.get((cand.get("mod") or "").strip(), 0)
            year, month = add_months(doc.anchor.date.year, doc.anchor.date.month, shift)
            return self._nth_result(
                self._nth_day(cand, [d for day in range(1, 32) if (d := make_date(year, month, day))]), cand
            )
        month_result = self._month(cand, doc)
        if month_result is None or month_result.value is None or len(month_result.value) != 7:
            return Resolved(None)
        year, month = int(month_result.value[:4]), int(month_result.value[5:7])
        chosen = self._nth_day(cand, [d for day in range(1, 32) if (d := make_date(year, month, day))])
        return self._nth_result(chosen, cand)

    def _year_weekday(self, cand: Candidate, doc: Document) -> Resolved:
        """``le dernier jeudi de l'année``: the n-th (or last) such weekday of the year written, else of the
        year of writing moved by its modifier (``de l'année prochaine``)."""
        if (written := cand.get("year")) is not None:
            year = int(written)
        elif doc.anchor is not None and doc.anchor.year_known:
            year = doc.anchor.date.year + self.modifiers.get((cand.get("ymod") or "").strip(), 0)
        else:
            return Resolved(None)
        first = dt.date(year, 1, 1)
        days = [first + dt.timedelta(days=n) for n in range((dt.date(year + 1, 1, 1) - first).days)]
        return self._nth_result(self._nth_day(cand, days), cand)

    def _nth_day(self, cand: Candidate, days: list[dt.date]) -> dt.date | None:
        """The n-th (or last) of ``days`` that is the candidate's weekday, or its Saturday for a weekend,
        or any day for ``jour``."""
        unit = self.data.MONTH_ORDINAL_UNITS.get(cand.get("unit") or "")
        weekday = self.weekdays.get(cand.get("weekday") or "", 5 if unit == "WE" else None)
        days = [d for d in days if weekday is None or d.weekday() == weekday]
        number = self.data.WEEKDAY_ORDINALS[cand.groups["nth"]]
        if abs(number) > len(days) or not days:
            return None
        return days[number - 1] if number > 0 else days[number]

    def _nth_result(self, chosen: dt.date | None, cand: Candidate) -> Resolved:
        if chosen is None:
            return Resolved(None)
        if self.data.MONTH_ORDINAL_UNITS.get(cand.get("unit") or "") == "WE":
            return Resolved(iso_week(chosen) + "-WE")
        return self._day_result(Day(chosen), cand)

    def _season_weekday(self, cand: Candidate, doc: Document) -> Resolved:
        """``le premier dimanche du printemps``: the n-th such day of the season ``au printemps`` would
        get; a day already gone is next year's when the verb looks ahead (written in May: ``la fête
        aura lieu le premier dimanche du printemps``, next March), and the reverse."""
        season = self._season(cand, doc)
        if season.value is None:
            return Resolved(None)
        code, year = self.data.SEASONS[cand.groups["season"]], int(season.value[:4])

        def in_season(of_year: int) -> dt.date | None:
            start, end = season_bounds(code, of_year)
            return self._nth_day(cand, [start + dt.timedelta(days=n) for n in range((end - start).days)])

        chosen = in_season(year)
        if chosen is not None and season.year is None and doc.anchor is not None and doc.anchor.day_known:
            direction = self._direction(cand, doc)
            if direction == "future" and chosen < doc.anchor.date:
                chosen = in_season(year + 1)
            elif direction == "past" and chosen > doc.anchor.date:
                chosen = in_season(year - 1)
        return self._nth_result(chosen, cand)

    def _ordinal(self, cand: Candidate, doc: Document) -> Resolved:
        """``le premier trimestre 2023`` → ``2023-Q1``; the year is the article's unless written."""
        unit = self.data.PERIOD_CODES[code.lower()] if (code := cand.get("code")) else cand.get("unit")
        if unit is None:  # ``la première moitié de l'année``: a half of it
            unit = self.data.HALF_UNIT
        _, factor, _ = self.data.UNITS[unit]
        ordinal = cand.groups["ordinal"]
        number = (
            int(ordinal) if ordinal.isdigit() else self.data.ORDINALS.get(ordinal) or self.data.HALF_ORDINALS[ordinal]
        )
        if number < 0:  # ``le dernier trimestre``: the last of the year
            number += 12 // factor + 1
        if number > 12 // factor:
            return Resolved(None)
        year = self._year_of(cand, doc)
        if year is None and doc.anchor is not None and doc.anchor.year_known:
            modifier = self._modifier(cand)
            year = doc.anchor.date.year + (modifier or 0)
            if modifier is None and doc.anchor.month_known:
                # ``les ventes ont chuté au quatrième trimestre``, written in February: last year's
                first_month, current = (number - 1) * factor + 1, doc.anchor.date.month
                direction = self._direction(cand, doc)
                if direction == "past" and first_month > current:
                    year -= 1
                elif direction == "future" and first_month + factor - 1 < current:
                    year += 1
        if year is None:
            return Resolved(None)
        return Resolved(f"{year:04d}-{'Q' if factor == 3 else 'H'}{number}", year=self._year_of(cand, doc))

    def _weekday_naming_date(self, cand: Candidate, doc: Document, weekday: int) -> Day | None:
        """``le 4, un lundi``: a weekday set beside a date says which day of the week that date is, so it is
        that date (when the two agree), not a Monday of its own."""
        if not doc.resolved:
            return None
        before, result = doc.resolved[-1]
        gap = doc.text[before.end : cand.start]
        counted = before.kind in _COUNTED_DAY_KINDS and gap.strip() == ","
        # (``deux jours plus tard, le lundi soir``, ``la veille, jeudi,``: the weekday says which day the count
        # reached; when the two agree, it is that day, not the Monday the tense alone would pick)
        if not counted and not self.data.APPOSED_WEEKDAY.fullmatch(gap):
            return None
        day = result.day
        return day if day is not None and day.year_known and day.date.weekday() == weekday else None

    def _weekday_falls_on(self, cand: Candidate, doc: Document, weekday: int) -> Day | None:
        """``Noël tombera cette année un lundi``, ``avec la Toussaint un jeudi``: ``un lundi`` says which day of the
        week the day named just before falls on (another expression such as ``cette année`` may stand between), so
        it is that day when the two agree."""
        for before, result in reversed(doc.resolved[-3:]):
            day = result.day
            if day is None or not day.year_known or result.type != "DATE":
                continue
            if not self.data.FALLS_ON_WEEKDAY.fullmatch(doc.text[before.end : cand.start]):
                return None
            return day if day.date.weekday() == weekday else None
        return None

    def _weekday(self, cand: Candidate, doc: Document) -> Resolved:
        """``mardi``: the past or the coming Tuesday, as the governing verb's tense says (which day of
        the week today is needs the year)."""
        anchor = doc.anchor
        if anchor is None or not anchor.day_known or not anchor.year_known:
            return Resolved(None)
        weekday = self.weekdays[cand.groups["weekday"]]
        if (named := self._weekday_naming_date(cand, doc, weekday)) is not None:
            return self._day_result(named, cand)
        if (fallen := self._weekday_falls_on(cand, doc, weekday)) is not None:
            return self._day_result(fallen, cand)
        if (week := cand.get("weekmod")) or cand.get("weekthis"):
            # ``mardi de la semaine dernière``: that week's Tuesday; ``de cette semaine``: this week's
            shift = 7 * self.modifiers.get(week or "", 0) + weekday - anchor.date.weekday()
            return self._day_result(anchor.day.shift(shift), cand)
        if later := cand.get("later"):  # ``mardi en huit``: the coming Tuesday (today's included), weeks on
            ahead = (weekday - anchor.date.weekday()) % 7
            return self._day_result(anchor.day.shift(ahead + 7 * self.data.WEEKS_LATER[later]), cand)
        mod = (cand.get("mod") or "").strip()
        narrative = doc.narrative.day
        if mod in self.data.NARRATIVE_MODIFIERS and narrative is not None and narrative.year_known:
            # ``le mardi suivant``: the first Tuesday after the day the text is on, not after today
            offset = weekday_offset(narrative.date.weekday(), weekday, None, self.modifiers[mod])
            return self._day_result(narrative.shift(offset), cand)
        modifier = self._modifier(cand)
        if modifier is None and not mod and not cand.get("det") and self._for_day(cand, doc):
            return self._day_result(self._target_weekday(weekday, cand, doc), cand)
        if (
            modifier is None
            and cand.get("det") in self.data.HABITUAL_DETERMINERS
            and self._direction(cand, doc) == "present"
        ):
            # ``le club s'entraîne le mardi``: every Tuesday (in the past or future it is one Tuesday)
            value = f"XXXX-WXX-{weekday + 1}"
            part = cand.get("part")
            code = self.data.PARTS_OF_DAY.get(part) if part else None
            return Resolved(value + (f"T{code}" if code else ""), "SET")
        if modifier is None and cand.get("det") in self.data.TODAY_DETERMINERS:
            # ``ce vendredi``: this week's Friday, unless the tense says otherwise
            offset = this_week_offset(anchor.date.weekday(), weekday, self._direction(cand, doc))
        else:
            direction = None if modifier is not None or self._starts_period(cand, doc) else self._direction(cand, doc)
            offset = weekday_offset(anchor.date.weekday(), weekday, direction, modifier)
        day = anchor.day.shift(offset)
        if modifier is None and day is not None and (start := self._range_start(cand, doc)) is not None:
            while day is not None and day.date < start.date:  # ``du lundi au vendredi``: the end follows
                day = day.shift(7)
        return self._day_result(day, cand)

    def _starts_period(self, cand: Candidate, doc: Document) -> bool:
        """Whether the weekday opens a measure or a stretch of days (``trois jours de deuil à partir de mardi``)
        under a verb that is not future: the verb's tense is the decision's, so the weekday is the occurrence
        nearest the day of writing, ahead or past. (``la route sera fermée à partir de lundi`` looks ahead.)"""
        text = doc.text[cand.start : cand.end].lower()
        return text.startswith(self.data.PERIOD_START_OPENERS) and doc.tense(cand.start, cand.end) != "future"

    def _for_day(self, cand: Candidate, doc: Document) -> bool:
        """Whether the weekday is the one a forecast or a plan is for (``une vigilance orange pour jeudi``)."""
        return bool(self.target_day_before.search(doc.text[max(0, cand.start - 30) : cand.start]))

    @staticmethod
    def _target_weekday(weekday: int, cand: Candidate, doc: Document) -> Day | None:
        """The first ``weekday`` after the day its sentence is on (``maintenait mercredi soir une vigilance
        pour jeudi``: the Thursday after that Wednesday), or after the day of writing. A count ahead earlier in
        the sentence is no day it is on (``doit conclure sous dix jours, … des renforts pour mercredi``: the
        coming Wednesday)."""
        narrative = doc.narrative
        on_day = narrative.day is not None and narrative.day_sentence == doc.sentence(cand.start)
        base = narrative.day if on_day and not narrative.day_ahead else None
        if base is None or not base.year_known:
            base = doc.anchor.day if doc.anchor is not None else None
        if base is None:
            return None
        return base.shift((weekday - base.date.weekday()) % 7 or 7)

    def _range_start(self, cand: Candidate, doc: Document) -> Day | None:
        """The day of the expression just before, when the two are the ends of a range (``du lundi au
        vendredi``, ``entre mardi et jeudi``)."""
        if not doc.resolved:
            return None
        previous, result = doc.resolved[-1]
        gap = doc.text[previous.end : cand.start].strip().lower()
        return result.day if gap in self.data.RANGE_JOINERS and result.day and result.day.year_known else None

    # ----------------------------------------------------------------------------------------------
    # Times of day, durations, sets and references

    def _clock(self, cand: Candidate, doc: Document) -> Resolved:
        """``14 h 30``: a time of day, on the day written just before it (``hier à 14 h``) if any."""
        named = cand.get("named")
        hour = self.data.CLOCK_WORDS[named] if named else self._clock_number(cand.get("hour"))
        minute = self._clock_number(cand.get("minute"))
        if words := cand.get("minute_word"):
            minute = self.data.CLOCK_MINUTES[words]
            if minute < 0:  # ``9 h moins le quart``
                hour, minute = hour - 1, 60 + minute
        if (period := cand.get("period")) and hour < 12:
            hour += self.data.CLOCK_PERIODS[period]  # ``3 heures de l'après-midi``
        if not 0 <= hour <= 24:
            return Resolved(None, "TIME")
        next_day = hour == 24 and minute > 0  # ``minuit et demi`` is half past midnight, the day after
        clock = f"T{0 if next_day else hour:02d}:{minute:02d}" + _seconds(cand)
        if doc.resolved:
            previous, result = doc.resolved[-1]
            gap = doc.text[previous.end : cand.start]
            if (
                result.day is not None
                and len(gap) <= 3
                and gap.strip(" ,") == ""
                and not _CLOCK_VALUE.search(result.value or "")
            ):  # (a day that has its hour already, ``de 16 h ce vendredi à 6 h samedi``: the range's other end)
                # ``la nuit de samedi à dimanche vers 3 h``: a morning hour of a night is the next day's
                night = result.value is not None and result.value.endswith("TNI") and hour < 12
                if night and previous.rule == _THIS_PART_RULE and self._direction(cand, doc) == "past":
                    night = False  # ``cette nuit vers 3 h``, told in the past: the night just over, today
                day = result.day.shift(1) if next_day or night else result.day
                if night and previous.rule != _THIS_PART_RULE:
                    # a named night keeps its own expression, dated by the evening it starts on (``la nuit de
                    # dimanche à lundi``); the hour after it is the next day's, an expression of its own
                    return Resolved((day or result.day).value() + clock, "TIME", day=day)
                # after a part of the day and a comma (``mercredi en début de nuit, peu après 22 heures``) the hour is
                # an aside of its own; after a bare day (``lundi, dès 6 heures``) it completes the day
                joins = "," not in gap or not _PART_VALUE.search(result.value or "")
                return Resolved((day or result.day).value() + clock, "TIME", day=result.day, joins=joins)
        if (start := self._clock_range_start(cand, doc)) is not None and start[1] > clock:
            # ``de 22 h à 5 h``: an end earlier than its start is on the next day
            moved = start[0].shift(1)
            return Resolved((moved or start[0]).value() + clock, "TIME")
        # TimeML: a time of day alone is on the day the text is talking about, else the day of writing.
        base = self._narrative_base(doc)
        if base is not None and next_day:
            base = base.shift(1)
        return Resolved((base.value() if base else "XXXX-XX-XX") + clock, "TIME")

    def _clock_range_start(self, cand: Candidate, doc: Document) -> tuple[Day, str] | None:
        """The day and clock reading of the time just before, when the two are a range's ends (``de 22 h
        à 5 h``, ``entre 23 h et 2 h``)."""
        if not doc.resolved:
            return None
        previous, result = doc.resolved[-1]
        if previous.kind != "clock" or result.value is None or len(result.value) < 16 or "T" not in result.value:
            return None
        gap = doc.text[previous.end : cand.start].strip().lower()
        if not self.clock_end_gap.search(gap):  # ``commence à 22 h et se termine à 6 h``: an end whatever opens it
            before = doc.text[: previous.start].split()
            if not before or before[-1].lower() not in self.data.RANGE_OPENERS:
                return None
            opener = doc.text[cand.start : cand.end].split()[0].lower()
            if gap not in self.data.RANGE_JOINERS and not (not gap and opener in self.data.RANGE_JOINERS):
                return None
        try:
            day = dt.date.fromisoformat(result.value[:10])
        except ValueError:
            return None
        return Day(day), result.value[10:]

    def _clock_number(self, text: str | None) -> int:
        """An hour or a minute in digits or words (``15``, ``quinze``); 0 when absent."""
        if not text:
            return 0
        if text == self.data.CLOCK_ONE:  # ``à une heure du matin``
            return 1
        return int(text) if text.isdigit() else self.data.CLOCK_NUMBERS.get(text, 0)

    def _part(self, cand: Candidate, doc: Document) -> Resolved:
        """``en fin de matinée``, ``dans la soirée``: that part of the narrative's day (or the article's)."""
        groups = [f"part{n}" if n > 1 else "part" for n in range(1, 14)]  # ``part``, ``part2`` … ``part13``
        part = next((p for g in groups if (p := cand.get(g))), "")
        code = self.data.PARTS_OF_DAY.get(part) or self.data.PARTS_OF_DAY.get(part.split(" ")[-1])
        base = (
            self._day_after_part(cand, doc) or self._morning_after_night(code, cand, doc) or self._narrative_base(doc)
        )
        if (modifier := self._modifier(cand)) is not None:  # ``la nuit dernière``: from the day of writing
            if modifier > 0 and code in self.data.NIGHT_CODES:
                modifier -= 1  # ``la nuit prochaine``: the coming night begins on the day of writing
            anchor = doc.anchor
            base = anchor.day.shift(modifier) if anchor is not None and anchor.day_known else None
        day = base.value() if base else "XXXX-XX-XX"
        if part in self.data.WHOLE_DAY_WORDS:  # ``dans la journée``: the day itself
            return Resolved(day if base else None)
        if code is None:
            return Resolved(None, "TIME")
        return Resolved(f"{day}T{code}", "TIME")

    def _morning_after_night(self, code: str | None, cand: Candidate, doc: Document) -> Day | None:
        """The day after the night the sentence just named, for a morning (``dans la nuit de lundi à mardi, …
        au petit matin``, ``Dans la nuit de samedi à dimanche, … à l'aube``): the night is dated by the evening it
        begins on, its morning is the next day's."""
        if code not in self.data.MORNING_CODES or not doc.resolved or self._day_after_part(cand, doc):
            return None
        previous, result = doc.resolved[-1]
        if doc.sentence(previous.start) != doc.sentence(cand.start) or result.day is None:
            return None
        if not any((result.value or "").endswith("T" + night) for night in self.data.NIGHT_CODES):
            return None
        return result.day.shift(1)

    def _day_after_part(self, cand: Candidate, doc: Document) -> Day | None:
        """The day named right after a part of the day, with nothing, a comma or ``de`` between (``au lever du
        jour samedi``, ``en milieu de journée demain``, ``au chant du coq, ce mardi``, ``aux premières heures de
        ce jeudi``): the part is that day's, not the one the narrative was on."""
        if doc.index + 1 >= len(doc.candidates):
            return None
        following = doc.candidates[doc.index + 1]
        gap = " ".join(doc.text[cand.end : following.start].lower().split())
        if following.kind not in _SENTENCE_DAY_KINDS or gap not in self.data.PART_DAY_GAPS:
            return None
        result = self._resolve_next(doc)
        return result.day if result is not None and result.day is not None and result.day.year_known else None

    def _week_of(self, cand: Candidate, doc: Document) -> Resolved:
        """``la semaine du 7 octobre``: the ISO week holding that day; ``la semaine du 24``: of the month the
        text is in."""
        if cand.get("month") is None:
            partial = self._partial_day(cand, doc)
            day = partial.day if partial is not None else None
        else:
            day = self._absolute_day(cand, doc)
        if day is None or not day.year_known:
            return Resolved(None)
        unit = cand.get("unit")
        if unit is not None and self.data.UNITS[unit][0] == "WE":  # ``le week-end du 14 juin``
            return Resolved(iso_week(day.date) + "-WE", day=day)
        return Resolved(iso_week(day.date), day=day)

    def _blocked(self, cand: Candidate, doc: Document) -> None:
        """A phrase the language marks as no time expression (``les 35 heures``, the law)."""
        return None

    def _duration(self, cand: Candidate, doc: Document) -> Resolved | None:
        if (anchored := self._anchored_length(cand, doc)) is not None:
            return anchored
        if cand.get("unit2"):
            return self._compound_duration(cand)
        unit = cand.get("whole") or cand.groups["unit"]
        letter, factor, is_time = self.data.UNITS[unit]
        fraction = cand.get("fraction")
        amount = self.data.FRACTIONS[fraction] if fraction else self._amount(cand)
        if amount == 1 and cand.get("num") and unit in self.data.PLURAL_UNITS:
            return None  # ``les Mille et Une Nuits``: one of a plural unit is a title, not a length of time
        half = cand.get("half")
        if cand.get("whole"):
            amount = 1.0  # ``toute la semaine``: one whole week
        elif amount is not None and half:
            amount += self.data.FRACTIONS[half.split()[-1].removesuffix("e")]  # ``une heure et demie``, ``et quart``
        prefix = "PT" if is_time else "P"
        if amount is None:
            return Resolved(f"{prefix}X{letter}", "DURATION")
        total = amount * factor
        if letter == "WE":
            letter, total = "D", total * 2
        whole, rest = divmod(total, 1)
        smaller = (_SMALLER_TIME_UNITS if is_time else _SMALLER_DATE_UNITS).get(letter)
        halved = half is not None and self.data.FRACTIONS.get(half.split()[-1].lower().removesuffix("e")) == 0.5
        if rest and smaller is not None and float(rest * smaller[1]).is_integer() and not (whole and halved):
            # A fraction is written in the next smaller unit, as ``une demi-heure`` is PT30M and ``une heure et
            # quart`` PT1H15M; a half after whole units keeps its decimal, as the units' count is written
            # (``une heure et demie`` PT1.5H, ``trois ans et demi`` P3.5Y, ``un mois et demi`` P1.5M).
            small, scale, separator = smaller
            head = f"{int(whole)}{letter}" if whole else ""
            return Resolved(f"{prefix}{head}{separator}{int(rest * scale)}{small}", "DURATION")
        text = str(int(total)) if float(total).is_integer() else str(total)
        return Resolved(f"{prefix}{text}{letter}", "DURATION")

    def _compound_duration(self, cand: Candidate) -> Resolved:
        """``un an et trois mois`` → P1Y3M, ``deux jours et six heures`` → P2DT6H, ``un an, deux mois et dix
        jours`` → P1Y2M10D: each unit in its place."""
        date_part: dict[str, float] = {}
        time_part: dict[str, float] = {}
        parts = [(cand.get("num"), cand.groups["unit"]), (cand.get("num2"), cand.groups["unit2"])]
        if (third := cand.get("unit3")) is not None:  # ``un an, deux mois et dix jours``
            parts.append((cand.get("num3"), third))
        for num, unit in parts:
            amount = self.number(num)
            letter, factor, is_time = self.data.UNITS[unit]
            if amount is None:
                return Resolved(None, "DURATION")
            if letter == "WE":
                letter, factor = "D", 2 * factor
            part = time_part if is_time else date_part
            part[letter] = part.get(letter, 0) + amount * factor

        def written(part: dict[str, float], order: str) -> str:
            return "".join(f"{int(part[k]) if float(part[k]).is_integer() else part[k]}{k}" for k in order if k in part)

        time = written(time_part, "HMS")
        return Resolved("P" + written(date_part, "YMWD") + (f"T{time}" if time else ""), "DURATION")

    def _hm_duration(self, cand: Candidate, doc: Document) -> Resolved:
        """``pendant 2 h 30``, ``3 heures et 20 minutes``: hours and minutes of a length of time."""
        hours = self.number(cand.groups["hours"])
        minutes = self.number(cand.get("minutes")) or 0
        seconds = int(cand.get("seconds") or 0)
        if hours is None or not float(hours).is_integer() or not float(minutes).is_integer():
            return Resolved(None, "DURATION")
        value = f"PT{int(hours)}H" + (f"{int(minutes)}M" if minutes else "") + (f"{seconds}S" if seconds else "")
        return Resolved(value, "DURATION")

    def _set(self, cand: Candidate, doc: Document) -> Resolved:
        if word := cand.get("setword"):
            return Resolved(self.data.SET_WORDS[word], "SET")
        if cand.get("monthly"):  # ``chaque premier dimanche du mois``: once a month
            return Resolved("P1M", "SET")
        if cand.get("weekday") and (every := self.number(cand.get("every"))):
            return Resolved(f"P{every}W", "SET")  # ``un dimanche sur deux``: every other week
        if weekday := cand.get("weekday"):
            value = f"XXXX-WXX-{self.weekdays[weekday] + 1}"
            if (wpart := cand.get("wpart")) and (code := self.data.PARTS_OF_DAY.get(wpart.rstrip("s"))):
                value += f"T{code}"  # ``chaque dimanche matin``
            return Resolved(value, "SET")
        if season := cand.get("season"):  # ``chaque été``, ``tous les hivers``
            code = self.data.SEASONS.get(season) or self.data.SEASON_PLURALS[season]
            return Resolved(f"XXXX-{code}", "SET")
        if cand.get("month") and not cand.get("day"):  # ``chaque mois de mai``
            return Resolved(f"XXXX-{self._month_of(cand):02d}", "SET")
        if day := cand.get("day"):  # ``chaque 14 juillet``, ``le 1er de chaque mois``
            month = self._month_of(cand)
            months = f"{month:02d}" if month is not None else "XX"
            return Resolved(f"XXXX-{months}-{self._day_number(day):02d}", "SET")
        if part := cand.get("part"):
            code = self.data.PARTS_OF_DAY.get(part) or self.data.PARTS_OF_DAY.get(part.rstrip("s"))
            return Resolved(f"XXXX-XX-XXT{code}" if code else None, "SET")
        unit = cand.groups["unit"]
        letter, factor, is_time = self.data.UNITS[unit]
        amount = self.number(cand.get("num")) or 1
        if letter == "WE" and amount > 1:  # ``un week-end sur deux``: every other week, as ``un dimanche sur deux``
            return Resolved(f"P{int(amount)}W", "SET")
        if letter == "WE":  # ``les week-ends``, ``chaque week-end``
            return Resolved("XXXX-WXX-WE", "SET")
        total = amount * factor
        text = str(int(total)) if float(total).is_integer() else str(total)
        return Resolved(f"{'PT' if is_time else 'P'}{text}{letter}", "SET")

    def _reference(self, cand: Candidate, doc: Document) -> Resolved:
        if (aside := cand.get("aside")) is not None:  # ``À terme, …``
            return Resolved(self.data.ASIDE_REFERENCES[aside])
        return Resolved(self.data.REFERENCES[cand.groups["ref"]])


#: The pattern of a part of the current day (``cette nuit``): a morning hour after it, told in the past, is
#: today's.
_THIS_PART_RULE = "this_part"
#: Kinds of expression that name a day by themselves, which a count after an event in their sentence takes.
_SENTENCE_DAY_KINDS: tuple[str, ...] = ("deictic", "weekday", "date")
#: The kinds of expression that count a day from another (``deux jours plus tard``, ``la veille``).
_COUNTED_DAY_KINDS: tuple[str, ...] = ("offset", "anaphoric")


#: A value that names a calendar day (with or without a time of day after it).
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T|$)")


def _proper_name(name: str, before: str) -> bool:
    """Whether ``name`` is written as a proper name (``fête de Holi``, ``La Journée mondiale du climat``), not
    as a common noun phrase (``la journée de grève``): a capital on a word after its first, or on its first
    where no sentence opens."""
    words = [word.rsplit("'", 1)[-1] for word in name.split()]  # ``l'Indépendance``: the noun after its article
    opens_sentence = not before.rstrip() or before.rstrip()[-1] in ".!?\n»:"
    return any(word[:1].isupper() for word in words[1:]) or (words[0][:1].isupper() and not opens_sentence)


def _weekday_fits(year: int, month: int, day: int, weekday: int | None) -> bool:
    """Whether the date falls on the weekday written with it, when one is."""
    date = make_date(year, month, day)
    return date is not None and (weekday is None or date.weekday() == weekday)


def _feast_weekend(feast: dt.date) -> str:
    """The weekend a feast's adjective names (``le week-end pascal``): the one of the feast's own week, or for a
    feast on a Monday or a Tuesday the one just before, which it makes a long weekend."""
    if feast.weekday() <= 1:
        feast -= dt.timedelta(days=feast.weekday() + 1)
    return iso_week(feast) + "-WE"


def _feast_at_hand(options: list[dt.date], today: dt.date) -> dt.date | None:
    """The feast's day within :data:`_FEAST_AT_HAND_DAYS` of the day of writing, if one is: the news of those days
    is of that feast, even in the past tense (``le ferry transportait des familles à trois jours de Pâques``,
    written two days before it; ``à l'approche de Pâques``, written the day after). The caller asks only when the
    verb is not future (``les crêpes seront servies à la Chandeleur``, written the day after it, is next year's);
    a year away, the text says which (``Noël dernier``)."""
    close = [d for d in options if abs((d - today).days) <= _FEAST_AT_HAND_DAYS]
    return min(close, key=lambda d: abs((d - today).days)) if close else None


def _seconds(cand: Candidate) -> str:
    """``:10`` for a reading with its seconds (``14 h 32 min 10 s``, ``23:59:59``), else nothing."""
    second = cand.get("second")
    return f":{int(second):02d}" if second is not None else ""


#: Hours in one of each time unit (``H``, ``M`` minutes, ``S``).
_HOURS_PER_UNIT: dict[str, float] = {"H": 1, "M": 1 / 60, "S": 1 / 3600}


def _ends_with_words(before: str, words: Iterable[str]) -> bool:
    """Whether the text ``before`` an expression ends with one of ``words`` as whole words (``pour``, not
    ``retour``), case and spacing aside."""
    squashed = " ".join(before.lower().split())
    return any(
        squashed.endswith(word) and (len(squashed) == len(word) or not squashed[-len(word) - 1].isalnum())
        for word in words
    )


def _whole_days(amount: float, letter: str) -> int:
    """The whole days in ``amount`` of a time unit (``48`` hours: 2; ``2`` hours: 0, the same day)."""
    return int(amount * _HOURS_PER_UNIT[letter] / _HOURS_PER_DAY)


def _period_edge_day(reference: dt.date, letter: str, step: int, first: bool) -> dt.date | None:
    """The first (or last) day of the year, month or ISO week ``step`` periods from ``reference``'s."""
    if letter == "Y":
        return dt.date(reference.year + step, 1 if first else 12, 1 if first else 31)
    if letter == "M":
        year, month = add_months(reference.year, reference.month, step)
        if first:
            return dt.date(year, month, 1)
        following = add_months(year, month, 1)
        return dt.date(following[0], following[1], 1) - dt.timedelta(days=1)
    if letter == "W":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=7 * step)
        return monday if first else monday + dt.timedelta(days=6)
    return None


def _calendar_shift(date: dt.date, amount: float, unit: tuple[str, int, bool]) -> dt.date | None:
    """``date`` moved by ``amount`` of a calendar unit (months keep their day where it exists); a time
    unit moves whole days only."""
    letter, factor, is_time = unit
    steps = amount * factor
    if not float(steps).is_integer() or abs(steps) > _MAX_SHIFT:
        return None
    n = int(steps)
    if is_time:
        return date + dt.timedelta(days=_whole_days(n, letter))
    if letter in ("D", "W", "WE"):
        return date + dt.timedelta(days=n * (1 if letter == "D" else 7))
    months = n if letter == "M" else 12 * n if letter == "Y" else None
    if months is None:
        return None
    year, month = add_months(date.year, date.month, months)
    if not 0 < year < 10_000:
        return None
    return make_date(year, month, date.day) or make_date(year, month, 28)
