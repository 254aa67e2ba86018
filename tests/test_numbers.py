"""The figure parser: every French way of writing a number, qualifiers, vague amounts, ranges.

No spaCy here: these tests run in milliseconds.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.analyze.numbers import FORMAT_STYLES, format_number, parse_number, parser_for


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3.000", 3000),
        ("5 000", 5000),
        ("5\u00a0000", 5000),
        ("5\u202f000", 5000),
        ("2500", 2500),
        ("1 234 567", 1234567),
        ("1,28 million", 1_280_000),
        ("2,5 millions", 2_500_000),
        ("3 milliards", 3_000_000_000),
        ("2,5", 2.5),
        ("huit", 8),
        ("Huit", 8),
        ("vingt-six", 26),
        ("vingt et un", 21),
        ("quatre-vingt-dix-neuf", 99),
        ("deux cent trente", 230),
        ("deux millions", 2_000_000),
    ],
)
def test_formats(written: str, value: float) -> None:
    figure = parse_number(written)
    assert figure is not None and figure.value == value and figure.qualifier == "exact"


@pytest.mark.parametrize(
    ("written", "value", "qualifier"),
    [
        ("un millier", 1000, "approx"),
        ("une centaine", 100, "approx"),
        ("une dizaine de milliers", 10_000, "approx"),
        ("près de 10 000", 10_000, "approx"),
        ("près d'un millier", 1000, "approx"),
        ("environ 216", 216, "approx"),
        ("quelque 2 500", 2500, "approx"),
        ("plus de 3.000", 3000, "at_least"),
        ("plus d’un millier", 1000, "at_least"),
        ("au moins 12", 12, "at_least"),
        ("pas moins de 5", 5, "at_least"),
        ("moins de 50", 50, "at_most"),
        ("jusqu'à 300", 300, "at_most"),
    ],
)
def test_qualifiers(written: str, value: int, qualifier: str) -> None:
    figure = parse_number(written)
    assert figure is not None
    assert (figure.value, figure.qualifier) == (value, qualifier)
    assert figure.start == 0 and figure.end == len(written)


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("des dizaines", 20, 99),
        ("plusieurs dizaines", 20, 99),
        ("des centaines", 200, 999),
        ("plusieurs centaines", 200, 999),
        ("quelques centaines", 200, 999),
        ("des milliers", 2000, 9999),
        ("des dizaines de milliers", 20_000, 99_999),
        ("des millions", 2_000_000, 9_999_999),
    ],
)
def test_vague(written: str, low: int, high: int) -> None:
    figure = parse_number(written)
    assert figure is not None
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (None, low, high, "vague")


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("entre 10 et 20", 10, 20),
        ("de 10 à 20", 10, 20),
        ("10 à 15", 10, 15),
        ("entre 10 000 et 15 000", 10_000, 15_000),
        ("entre 1,2 et 1,5 million", 1_200_000, 1_500_000),
    ],
)
def test_ranges(written: str, low: int, high: int) -> None:
    figure = parse_number(written)
    assert figure is not None
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (low, low, high, "range")


def test_a_change_is_not_a_range() -> None:
    """``passé de 100 à 200``: two figures, the old and the new."""
    figures = parser_for().find("Le bilan est passé de 100 à 200 morts.")
    assert [f.value for f in figures] == [100, 200]
    assert all(f.qualifier == "exact" for f in figures)


def test_offsets_in_a_sentence() -> None:
    text = "la police est intervenue pour disperser les plus de 5 000 manifestants"
    (figure,) = parser_for().find(text)
    assert text[figure.start : figure.end] == "plus de 5 000"
    assert text[figure.number_start : figure.end] == "5 000"


def test_elided_qualifier_after_apostrophe() -> None:
    text = "tandis qu’environ 216 ont été blessés"
    (figure,) = parser_for().find(text)
    assert (figure.value, figure.qualifier, text[figure.start : figure.end]) == (216, "approx", "environ 216")


@pytest.mark.parametrize("text", ["G20", "1er", "le 2e jour", "10h30", "A320", "Paris2024"])
def test_numbers_glued_to_letters_are_not_figures(text: str) -> None:
    assert parser_for().find(text) == []


def test_article_words_are_marked() -> None:
    """``un``/``une`` alone is probably the article: the parser says so and claims decide."""
    figure = parse_number("un")
    assert figure is not None and figure.kind == "article"


@pytest.mark.parametrize("text", ["", "   ", "bonjour", "50 %", "plus de", "des", "3 000 manifestants"])
def test_parse_rejects_what_is_not_one_figure(text: str) -> None:
    assert parse_number(text) is None


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_find_never_crashes_and_stays_inside(text: str) -> None:
    for figure in parser_for().find(text):
        assert 0 <= figure.start <= figure.number_start < figure.end <= len(text)


_FRENCH_BITS = st.lists(
    st.sampled_from(
        [
            "plus de",
            "environ",
            "3.000",
            "5 000",
            "1,28",
            "million",
            "des",
            "dizaines",
            "de",
            "milliers",
            "entre",
            "et",
            "à",
            "vingt-six",
            "une",
            "centaine",
            "morts",
            "qu'",
            "’",
            ",",
            "\u202f",
            "\u00a0",
            "d'",
            "un",
            "millier",
            "quelque",
            "jusqu'à",
            "0",
            "00",
            ".",
        ]
    ),
    max_size=12,
).map(" ".join)


@given(_FRENCH_BITS)
@settings(max_examples=300)
def test_find_never_crashes_on_number_like_text(text: str) -> None:
    for figure in parser_for().find(text):
        assert 0 <= figure.start <= figure.number_start < figure.end <= len(text)
        assert figure.value is not None or (figure.low is not None and figure.high is not None)


@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(FORMAT_STYLES))
@settings(max_examples=400)
def test_parse_reads_back_what_format_writes(value: int, style: str) -> None:
    written = format_number(value, style)
    figure = parse_number(written)
    assert figure is not None, written
    assert figure.value == value, written


@given(st.decimals(min_value=0, max_value=1000, places=2).filter(lambda d: d != d.to_integral_value()))
@settings(max_examples=100)
def test_decimal_round_trip(value: object) -> None:
    number = float(value)  # type: ignore[arg-type]
    figure = parse_number(format_number(number, "plain"))
    assert figure is not None and figure.value == pytest.approx(number)
