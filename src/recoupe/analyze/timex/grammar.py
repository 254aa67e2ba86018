"""Finding time expressions: a language's pattern table compiled into matchers (the *find* step).

The language module (``recoupe.lang.<code>.time``) gives word tables and pattern templates; this
module fills each template's ``{placeholder}`` with an alternation of the table's words, compiles the
patterns once, and turns the matches of one text into non-overlapping :class:`Candidate` records.
Nothing here decides what a date *means*: that is :mod:`recoupe.analyze.timex.resolve`'s job, so a
pattern can be added or fixed without touching the calendar arithmetic, and the reverse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType

from recoupe.text import fold_for_required, phrase_alternation, required_substrings, squash

#: A placeholder in a pattern template: ``{month}``. Quantifiers such as ``\d{4}`` are left alone
#: because only known names are replaced.
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

#: Kinds whose match is split into one candidate per member (``les 4 et 5 janvier``).
LIST_KINDS: Mapping[str, tuple[str, str, str]] = {
    # kind → (group holding the leading members, placeholder matching one member, member kind)
    "daylist": ("days", "day", "date"),
    "monthlist": ("months", "month", "month"),
    "weekdaylist": ("weekdays", "weekday", "weekday"),
    "centurylist": ("centuries", "century_ord", "century"),
    "decadelist": ("decades", "decade_num", "decade"),
    "hourlist": ("hours", "hour", "clock"),
}

#: Groups the leading members of a list borrow from the last member.
_SHARED_GROUPS: tuple[str, ...] = ("month", "year", "year2", "mod", "period")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched time expression before resolution.

    Attributes:
        start: code-point offset of the first character (into the article's text).
        end: offset after the last character.
        rule: the pattern's name, for debugging and tests.
        kind: which resolver gives it a value (``date``, ``weekday``, ``duration``...).
        groups: the pattern's named groups that matched, lower-cased with single spaces.
        priority: the pattern's rank in the table (lower wins a tie between overlapping matches).
        spans: where the groups a list is split on lie (``days``, ``day``...), as text offsets.
    """

    start: int
    end: int
    rule: str
    kind: str
    groups: Mapping[str, str] = field(default_factory=dict)
    priority: int = 0
    spans: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        """A group's text, or ``None`` when it did not take part in the match."""
        return self.groups.get(name)


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    kind: str
    regex: re.Pattern[str]
    priority: int
    #: Strings one of which every match holds (:func:`~recoupe.text.required_substrings`); ``None``: none known.
    required: frozenset[str] | None = None


def _alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest words first so that ``avant-hier`` beats ``hier``."""
    return f"(?:{phrase_alternation(words)})"


def _number_pattern(data: ModuleType) -> str:
    """Digits, or number words joined as French writes compounds (``vingt-cinq``, ``trente et un``)."""
    word = _alternation(data.NUMBER_WORDS)
    joiners = "|".join(rf"-{re.escape(j)}-|\s+{re.escape(j)}\s+" for j in data.NUMBER_JOINERS)
    return rf"(?:\d+(?:,\d+)?|{word}(?:(?:{joiners}|-){word})*)"


def placeholders(data: ModuleType) -> dict[str, str]:
    """The regex each ``{name}`` of a pattern template stands for, built from the language's tables."""
    abbreviations = "|".join(re.escape(a) for a in data.MONTH_ABBREVIATIONS)
    holidays = [*data.FIXED_HOLIDAYS, *data.EASTER_HOLIDAYS, *data.LUNAR_HOLIDAYS, *data.LITURGICAL_SEASONS]
    table = {
        # A month name is a whole word; an abbreviation only counts with its dot (``janv.``).
        "month": rf"(?:{_alternation(data.MONTHS)}(?![^\W\d_])|(?:{abbreviations})\.)",
        "weekday": _alternation(data.WEEKDAYS),
        "num": _number_pattern(data),
        "unit": _alternation(data.UNITS),
        "deictic": _alternation(data.DEICTIC_DAYS),
        "anaphor": _alternation(data.ANAPHORIC_DAYS),
        "season": _alternation(data.SEASONS),
        "part": _alternation(data.PARTS_OF_DAY),
        "holiday": _alternation(holidays),
        "free_holiday": _alternation(data.FREE_HOLIDAYS),
        "mod": _alternation(m for m in data.MODIFIERS if not m.startswith("-")),
        "edge": _alternation(data.EDGES),
        "ref": _alternation(data.REFERENCES),
        "ordinal": _alternation(data.ORDINALS),
        "week_ordinal": _alternation(data.WEEK_ORDINALS),
        "setword": _alternation(data.SET_WORDS),
    }
    table.update(data.FRAGMENTS)
    return table


#: Put before a template that opens with an optional group: every time expression starts a word, and
#: failing fast elsewhere makes such a pattern about a third faster (``re`` cannot skip ahead by itself
#: when the first element is optional).
_WORD_START = r"(?<![^\W_])(?=[^\W_])"


def compile_template(template: str, table: Mapping[str, str]) -> re.Pattern[str]:
    """Fill a template's placeholders (those named in ``table``) and compile it case-insensitively."""
    source = _PLACEHOLDER.sub(lambda m: table.get(m.group(1), m.group(0)), template)
    if source.startswith(("(?:", "(?<=")):  # a placeholder may open with a group or a chain of lookbehinds
        source = _WORD_START + source
    return re.compile(source, re.IGNORECASE)


#: A guard may veto a raw match before overlaps are settled (e.g. a number that counts people, not a year).
Guard = Callable[[Candidate], bool]


class TimexGrammar:
    """The compiled patterns of one language.

    Args:
        data: the language's ``time`` data module (tables, :data:`FRAGMENTS`, :data:`PATTERNS`).
    """

    def __init__(self, data: ModuleType) -> None:
        self.table = placeholders(data)
        self.patterns: list[_Pattern] = [
            _Pattern(name, kind, regex, rank, required_substrings(regex))
            for rank, (name, kind, template) in enumerate(data.PATTERNS)
            for regex in [compile_template(template, self.table)]
        ]
        self.members: dict[str, re.Pattern[str]] = {
            kind: re.compile(self.table[member], re.IGNORECASE) for kind, (_, member, _) in LIST_KINDS.items()
        }

    def find(self, text: str, start: int = 0, guard: Guard | None = None) -> list[Candidate]:
        """Every time expression of ``text`` from offset ``start``, without overlaps, in text order.

        Args:
            text: the prepared text (same length as the article's text).
            start: where the article proper begins (a leading marker is not read).
            guard: called on each raw match; a match it rejects is dropped before overlaps are settled,
                so a shorter valid reading can still win.
        """
        raw = [c for c in self._matches(text, start) if guard is None or guard(c)]
        return [member for c in self._select(raw) for member in self._split(c, text)]

    def _matches(self, text: str, start: int) -> Iterable[Candidate]:
        """Every pattern's matches; a pattern is not run over a text that lacks all the strings its every
        match holds (most patterns find nothing in most articles, and reading a text costs each the same)."""
        folded = fold_for_required(text)
        holds: dict[str, bool] = {}

        def present(required: frozenset[str]) -> bool:
            for string in required:
                if (found := holds.get(string)) is None:
                    found = holds[string] = string in folded
                if found:
                    return True
            return False

        for pattern in self.patterns:
            if pattern.required is not None and not present(pattern.required):
                continue
            for match in pattern.regex.finditer(text, start):
                if match.end() == match.start():
                    continue
                groups = {k: squash(v) for k, v in match.groupdict().items() if v is not None}
                spans = {k: match.span(k) for k in _LIST_GROUPS if k in groups}
                yield Candidate(match.start(), match.end(), pattern.name, pattern.kind, groups, pattern.priority, spans)

    @staticmethod
    def _select(candidates: list[Candidate]) -> list[Candidate]:
        """Keep the longest match where matches overlap (then the earlier pattern, then the leftmost)."""
        chosen: list[Candidate] = []
        starts: list[int] = []  # the chosen spans, sorted; they never overlap, so ends are sorted too
        ends: list[int] = []
        for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
            i = bisect.bisect_right(starts, cand.start)
            if (i and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
                continue
            starts.insert(i, cand.start)
            ends.insert(i, cand.end)
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)

    def _split(self, cand: Candidate, text: str) -> list[Candidate]:
        """One candidate per member of a list; other candidates are returned as they are."""
        if cand.kind not in LIST_KINDS:
            return [cand]
        group, member, kind = LIST_KINDS[cand.kind]
        first, last = cand.spans[group], cand.spans[member]
        shared = {k: v for k, v in cand.groups.items() if k in _SHARED_GROUPS}
        members = [
            Candidate(
                m.start(),
                m.end(),
                cand.rule,
                kind,
                {**shared, member: squash(m.group(0)), "listed": "1"},
                cand.priority,
            )
            for m in self.members[cand.kind].finditer(text, first[0], first[1])
        ]
        last_groups = {k: v for k, v in cand.groups.items() if k != group}
        members.append(Candidate(last[0], cand.end, cand.rule, kind, last_groups, cand.priority))
        return members


#: Groups whose offsets the list splitter needs.
_LIST_GROUPS: tuple[str, ...] = tuple({g for pair in LIST_KINDS.values() for g in pair[:2]})
