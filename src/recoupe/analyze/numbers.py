"""Figures as news writes them: find them in text, read their value, and write them back.

French news writes one figure many ways: ``3.000``, ``5 000`` (with a plain, no-break or narrow no-break
space), ``2500``, ``1,28 million``, ``huit``, ``vingt-six``, ``une centaine``, ``des dizaines``, ``entre 10
et 20``, each perhaps preceded by a qualifier (``près de``, ``plus de``). :class:`NumberParser` turns each
of these into a :class:`Figure` (value, bounds, qualifier, offsets) and nothing else: what a figure
counts is decided by :mod:`recoupe.analyze.claims`, which reads the sentence around it.

The parser is built from a language's ``numbers`` data module (``lang/fr/numbers.py``), so another
language mirrors the data, not this code. :meth:`NumberParser.format` writes a value in each style the
parser reads, so a property test can check that ``parse(format(n)) == n`` for every style.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal

from text_to_num import text2num

from recoupe.lang import get_language
from recoupe.lang.tables import NumbersTables
from recoupe.model import Qualifier
from recoupe.text import phrase_alternation, phrase_regex, squash

FigureKind = Literal["digits", "words", "article", "unit", "vague", "range"]
Number = int | float

#: Styles :meth:`NumberParser.format` writes; each is one way news writes figures.
FORMAT_STYLES: tuple[str, ...] = ("plain", "space", "nbsp", "nnbsp", "dot", "scaled", "words")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in a text.

    Attributes:
        start: offset of the figure's first character, qualifier included (``plus de 3.000``).
        end: offset just past the figure (its noun is not included).
        number_start: offset of the number itself, after the qualifier.
        value: the figure (the lower bound of a range; ``None`` for a vague amount).
        low: lower bound of a range or vague amount, else ``None``.
        high: upper bound of a range or vague amount, else ``None``.
        qualifier: how exact the text says the figure is.
        kind: how it was written: ``digits``, ``words``, ``article`` (``un``/``une`` alone, which is
            usually the indefinite article), ``unit`` (``une centaine``), ``vague`` or ``range``.
    """

    start: int
    end: int
    number_start: int
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    qualifier: Qualifier = "exact"
    kind: FigureKind = "digits"


def _phrase(text: str) -> str:
    """A phrase of the number tables as a regex: any space run between words, either apostrophe."""
    return phrase_regex(text, any_apostrophe=True)


def _alternation(phrases: Iterable[str]) -> str:
    """The phrases of a data table, longest first: any space run between words, either apostrophe."""
    return phrase_alternation(phrases, any_apostrophe=True)


#: More people than live on Earth: a count above this is no count of people (a typo, a hoax, a test).
MAX_PEOPLE = 10**10
#: Whole values up to this stay ``int``; beyond, SQLite (signed 64-bit integers) could not bind them.
_MAX_INT = 2**63 - 1


def _normal(value: Decimal) -> Number | None:
    """An ``int`` when the value is whole (``3000``, not ``3000.0``), else a ``float``.

    A whole value beyond 64 bits stays a ``float`` (``1e19``: still comparable and storable, where an
    ``int`` would overflow SQLite and lose the whole batch); one beyond a float's range is no value.
    """
    if value == value.to_integral_value() and abs(value) <= _MAX_INT:
        return int(value)
    number = float(value)
    return number if math.isfinite(number) else None


class NumberParser:
    """Find and read figures with one language's tables.

    Args:
        data: the language's ``numbers`` module (``recoupe.lang.fr.numbers``).
    """

    def __init__(self, data: NumbersTables) -> None:
        self.data = data
        self.lang_code: str = data.TEXT2NUM_LANG
        self.multipliers: dict[str, int] = {k.lower(): v for k, v in data.MULTIPLIERS.items()}
        self.units: dict[str, int] = {k.lower(): v for k, v in data.APPROX_UNITS.items()}
        self.vague_multipliers: dict[str, int] = {
            " ".join(k.lower().split()): v for k, v in data.VAGUE_MULTIPLIERS.items()
        }
        self.qualifiers: dict[str, str] = {self._key(k): v for k, v in data.QUALIFIERS.items()}
        self.articles: frozenset[str] = frozenset(data.ARTICLE_WORDS)
        self.decimal_mark: str = data.DECIMAL_MARK
        self.range_blockers: frozenset[str] = frozenset(data.RANGE_BLOCKERS)
        groups = "".join(re.escape(c) for c in data.GROUP_SEPARATORS if c != ".")
        decimal = re.escape(self.decimal_mark)
        multipliers = _alternation(self.multipliers)
        numeral = (
            rf"(?<![\w.,])(?:\d{{1,3}}(?:[{groups}]\d{{3}})+(?![\d])|\d{{1,3}}(?:\.\d{{3}})+(?![\d])"
            rf"|\d+(?:{decimal}\d+)?)(?![^\W_]|[.,]\d)(?:\s+(?:{multipliers})(?![\w-]))?"
        )
        word = _alternation(data.NUMBER_WORDS)
        joiners = phrase_alternation(data.NUMBER_WORD_JOINERS)
        words = rf"(?<![\w-])(?:{word})(?:(?:{joiners})(?:{word}))*(?![\w-])"
        # ``deux millions`` is a number, ``des millions`` a vague amount: multipliers are units only
        # after a vague determiner.
        units = _alternation(k for k in self.units if k not in self.multipliers)
        plural_units = _alternation(k for k in self.units if k.endswith(("s", "x")))
        vague_multipliers = _alternation(self.vague_multipliers)
        determiners = _alternation(data.VAGUE_DETERMINERS)
        self.atom = re.compile(
            rf"(?P<vague>(?<![\w-])(?:{determiners})\s+(?P<vunit>{plural_units})(?![\w-])"
            rf"(?:\s+(?P<vmul>{vague_multipliers})(?![\w-]))?)"
            rf"|(?P<unit>(?P<count>{numeral}|{words})\s+(?P<uunit>{units})(?![\w-])"
            rf"(?:\s+(?P<umul>{vague_multipliers})(?![\w-]))?)"
            rf"|(?P<numeral>{numeral})|(?P<words>{words})",
            re.IGNORECASE,
        )
        self.numeral = re.compile(numeral, re.IGNORECASE)
        # Where a figure can start: a digit, a number word or a vague determiner. Trying the full
        # pattern only there is several times faster than searching with it.
        self.anchor = re.compile(r"\d+|[^\W\d_]+")
        self.anchor_words: frozenset[str] = frozenset(
            w.split()[0].lower() for w in (*data.NUMBER_WORDS, *data.VAGUE_DETERMINERS)
        )
        self.word_run = re.compile(word, re.IGNORECASE)
        qualifier_parts = []
        for phrase in sorted(data.QUALIFIERS, key=len, reverse=True):
            tail = r"\s*" if phrase.endswith("'") else r"\s+"
            qualifier_parts.append(_phrase(phrase) + tail)
        self.qualifier_before = re.compile(rf"(?<!\w)(?:{'|'.join(qualifier_parts)})$", re.IGNORECASE)
        self.trailing_qualifiers: dict[str, str] = {self._key(k): v for k, v in data.TRAILING_QUALIFIERS.items()}
        self.range_gap = {
            (self._key(opener), self._key(joiner)): re.compile(rf"\s+{_phrase(joiner)}\s+", re.IGNORECASE)
            for opener, joiner in data.RANGE_FRAMES
        }
        self.range_openers = {
            self._key(opener): re.compile(rf"(?:^|(?<=[\s(]))(?P<opener>{_phrase(opener)})\s+$", re.IGNORECASE)
            for opener, _ in data.RANGE_FRAMES
            if opener
        }
        self.word_before = re.compile(r"([\w'\u2019-]+)\s*$")

    @staticmethod
    def _key(phrase: str) -> str:
        return squash(phrase)

    # -- reading ----------------------------------------------------------------------------------

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Figure]:
        """Every figure in ``text[start:end]``, in order, with its qualifier and ranges merged.

        Offsets are offsets into ``text``. Never raises on any input.
        """
        stop = len(text) if end is None else end
        atoms: list[Figure] = []
        position = start
        for word in self.anchor.finditer(text, start, stop):
            if word.start() < position:
                continue
            if not word.group(0)[0].isdigit() and word.group(0).lower() not in self.anchor_words:
                continue
            match = self.atom.match(text, word.start(), stop)
            if match is None:
                continue
            figure = self._read(text, match)
            if figure is None:
                continue
            atoms.append(self._qualify(text, figure, start))
            position = figure.end
        return self._ranges(text, atoms, start)

    def parse(self, text: str) -> Figure | None:
        """The figure that ``text`` is, when it is nothing but one figure (``"plus de 3.000"``), else ``None``."""
        stripped = text.strip()
        offset = len(text) - len(text.lstrip())
        figures = self.find(text)
        if len(figures) == 1 and figures[0].start == offset and figures[0].end == offset + len(stripped):
            return figures[0]
        return None

    def trailing_qualifier(self, words: str) -> str | None:
        """The qualifier for words written after a figure's noun (``au moins``), or ``None``."""
        return self.trailing_qualifiers.get(self._key(words))

    def _read(self, text: str, match: re.Match[str]) -> Figure | None:
        start, end = match.span()
        if match.group("vague"):
            unit = self.units[match.group("vunit").lower()]
            factor = self.vague_multipliers.get(self._key(match.group("vmul") or ""), 1)
            low_units, high_units = self.data.VAGUE_SPAN
            low, high = low_units * unit * factor, high_units * unit * factor - 1
            return Figure(start, end, start, None, low, high, "vague", "vague")
        if match.group("unit"):
            count = self._value(match.group("count"))
            if count is None:
                return None
            unit = self.units[match.group("uunit").lower()]
            factor = self.vague_multipliers.get(self._key(match.group("umul") or ""), 1)
            value = _normal(Decimal(str(count)) * unit * factor)
            if value is None:
                return None
            return Figure(start, end, start, value, None, None, "approx", "unit")
        if match.group("numeral"):
            value = self._value(match.group("numeral"))
            return None if value is None else Figure(start, end, start, value, kind="digits")
        return self._read_words(text, start, end)

    def _read_words(self, text: str, start: int, end: int) -> Figure | None:
        """Number words through ``text2num``; a run it rejects is cut back word by word."""
        runs = list(self.word_run.finditer(text, start, end))
        for keep in range(len(runs), 0, -1):
            stop = runs[keep - 1].end()
            words = text[start:stop]
            try:
                value = text2num(self._key(words), self.lang_code)
            except (ValueError, IndexError, KeyError, AttributeError):
                continue
            kind: FigureKind = "article" if self._key(words) in self.articles else "words"
            return Figure(start, stop, start, value, kind=kind)
        return None

    def _value(self, written: str) -> Number | None:
        """The value of digits (with an optional multiplier) or of number words."""
        written = written.strip()
        if not written:
            return None
        if not written[0].isdigit():
            figure = self._read_words(written, 0, len(written))
            return None if figure is None else figure.value
        number = self.numeral.match(written)
        if number is None:
            return None
        parts = number.group(0).split()
        multiplier = 1
        if parts and parts[-1].lower() in self.multipliers:
            multiplier = self.multipliers[parts[-1].lower()]
            digits = written[: number.group(0).lower().rfind(parts[-1].lower())].rstrip()
        else:
            digits = number.group(0)
        if self.decimal_mark in digits:
            whole, _, fraction = digits.partition(self.decimal_mark)
        else:
            whole, fraction = digits, ""
        whole = re.sub(r"\D", "", whole)
        try:
            value = Decimal(f"{whole}.{fraction}" if fraction else whole)
        except InvalidOperation:
            return None
        return _normal(value * multiplier)

    def _qualify(self, text: str, figure: Figure, floor: int) -> Figure:
        """Attach the qualifier written just before the figure (``près de``, ``plus d'``)."""
        if figure.kind == "vague":
            return figure
        window = text[max(floor, figure.start - 40) : figure.start]
        match = self.qualifier_before.search(window)
        if match is None:
            return figure
        qualifier = self.qualifiers.get(self._key(match.group(0).strip()))
        if qualifier is None:
            return figure
        start = figure.start - (len(window) - match.start())
        return replace(figure, start=start, qualifier=qualifier)  # type: ignore[arg-type]

    def _ranges(self, text: str, atoms: list[Figure], floor: int) -> list[Figure]:
        """Merge ``entre 10 et 20``, ``de 10 à 20`` and ``10 à 20`` into one ``range`` figure."""
        merged: list[Figure] = []
        index = 0
        while index < len(atoms):
            first = atoms[index]
            second = atoms[index + 1] if index + 1 < len(atoms) else None
            ranged = self._range(text, first, second, floor) if second is not None else None
            if ranged is not None:
                merged.append(ranged)
                index += 2
            else:
                merged.append(first)
                index += 1
        return merged

    def _range(self, text: str, first: Figure, second: Figure, floor: int) -> Figure | None:
        if first.value is None or second.value is None or first.qualifier != "exact":
            return None
        if "article" in (first.kind, second.kind) or second.qualifier != "exact":
            return None
        gap = text[first.end : second.start]
        window_start = max(floor, first.start - 30)
        before = text[window_start : first.start]
        for (opener, _joiner), gap_pattern in self.range_gap.items():
            if not gap_pattern.fullmatch(gap):
                continue
            start = first.start
            if opener:
                found = self.range_openers[opener].search(before)
                if found is None:
                    continue
                start = window_start + found.start("opener")
                previous = self.word_before.search(text[max(floor, start - 30) : start])
                if previous and previous.group(1).lower() in self.range_blockers:
                    return None
            low = self._scale_like(
                text[first.number_start : first.end], first.value, text[second.number_start : second.end]
            )
            high = second.value
            if low is None or not low < high:
                return None
            return Figure(start, second.end, first.number_start, low, low, high, "range", "range")
        return None

    def _scale_like(self, first: str, low: Number, second: str) -> Number | None:
        """``entre 1,2 et 1,5 million``: the first bound takes the second's multiplier."""
        words = second.lower().split()
        if words and words[-1] in self.multipliers and first.lower().split()[-1] not in self.multipliers:
            return _normal(Decimal(str(low)) * self.multipliers[words[-1]])
        return low

    # -- writing ----------------------------------------------------------------------------------

    def format(self, value: Number, style: str = "space") -> str:
        """Write ``value`` the way news does in ``style`` (one of :data:`FORMAT_STYLES`).

        ``scaled`` writes ``1,28 million`` for millions and above; ``words`` spells whole numbers out.
        Styles that cannot write ``value`` (``words`` for a fraction) fall back to ``plain``.
        """
        if style == "words" and isinstance(value, int) and 0 <= value < 10**12:
            return str(self.data.spell(value))
        if style == "scaled" and abs(value) >= 1_000_000:
            for word, factor in sorted(self.multipliers.items(), key=lambda kv: -kv[1]):
                if abs(value) >= factor and factor >= 1_000_000:
                    scaled = Decimal(str(value)) / factor
                    plural = [w for w, f in self.multipliers.items() if f == factor and w != word]
                    name = word if abs(scaled) < 2 or not plural else max([word, *plural], key=len)
                    return f"{self._decimal(scaled)} {name}"
        if isinstance(value, float) and not value.is_integer():
            return self._decimal(Decimal(str(value)))
        whole = int(value)
        separator = {"space": " ", "nbsp": "\u00a0", "nnbsp": "\u202f", "dot": "."}.get(style)
        if separator is None:
            return str(whole)
        digits = str(abs(whole))
        groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
        return ("-" if whole < 0 else "") + separator.join(groups)

    def _decimal(self, value: Decimal) -> str:
        text = format(value.normalize(), "f")
        return text.replace(".", self.decimal_mark)


@cache
def parser_for(lang: str = "fr") -> NumberParser:
    """The parser for a language code, built once."""
    return NumberParser(get_language(lang).numbers)


def parse_number(text: str, lang: str = "fr") -> Figure | None:
    """The figure ``text`` is (``"plus de 3.000"`` → 3000, ``at_least``), or ``None``."""
    return parser_for(lang).parse(text)


def format_number(value: Number, style: str = "space", lang: str = "fr") -> str:
    """Write ``value`` in ``style`` so that :func:`parse_number` reads it back."""
    return parser_for(lang).format(value, style)
