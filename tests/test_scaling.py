"""Issue #20 item 9: the scaling generators, the analysis of hostile texts, the tokenizer guard, and the
range index that keeps the extractors linear. No timing here: ``recoupe bench --scaling`` measures."""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.analyze.nlp import LONGEST_WORD, SYMBOL_RUN, parse_pieces, prepare_text
from recoupe.analyze.spans import SpanIndex, intervals
from recoupe.bench.generators import generators
from recoupe.bench.scaling import DEFAULT_PLAN, scaling_table
from recoupe.lang import get_language
from recoupe.model import Article, DocumentAnalysis, Entity


@pytest.mark.parametrize("name", generators.names())
@pytest.mark.parametrize("size", [1, 999, 5_000])
def test_each_generator_gives_the_size_asked(name: str, size: int) -> None:
    text = generators.get(name)(size)
    assert len(text) == size
    assert generators.get(name)(size) == text  # the same text every run: sizes compare


def test_the_bench_plan_names_every_generator() -> None:
    assert set(DEFAULT_PLAN) == set(generators.names())


def _valid(text: str, analysis: DocumentAnalysis) -> None:
    record = analysis.to_json()
    for field in ("entities", "timexes", "claims", "quotes"):
        for span in record[field]:
            assert 0 <= span["start"] <= span["end"] <= len(text), (field, span)
            assert text[span["start"] : span["end"]] == span["text"], (field, span)


@pytest.mark.parametrize("name", [n for n in generators.names() if n != "realistic"])
def test_hostile_texts_analyze_into_valid_spans(analyzer: Analyzer, name: str) -> None:
    text = generators.get(name)(3_000)
    _valid(text, analyzer.analyze(Article(id=name, text=text, published="2025-03-14")))


def test_the_realistic_text_reads_as_news(analyzer: Analyzer) -> None:
    text = generators.get("realistic")(4_000)
    analysis = analyzer.analyze(Article(id="news", text=text, published="2025-03-14"))
    _valid(text, analysis)
    assert analysis.entities and analysis.claims and analysis.timexes


def test_symbol_runs_are_broken_for_the_tokenizer_at_the_same_offsets(analyzer: Analyzer) -> None:
    text = "Crue : 8 morts (" + "(" * 200 + " selon la préfecture " + "=" * 50 + " fin " + "x" * 600 + "."
    prepared = prepare_text(Article(id="a", text=text), get_language("fr"))
    assert len(prepared) == len(text)
    assert all(p == t or p == " " for p, t in zip(prepared, text, strict=True))
    assert "(" * (SYMBOL_RUN + 1) not in prepared and "(" * SYMBOL_RUN + " " in prepared
    assert max(len(word) for word in prepared.split()) <= LONGEST_WORD
    assert prepared.startswith("Crue : 8 morts (")
    _valid(text, analyzer.analyze(Article(id="a", text=text, published="2024-10-10")))


def test_ordinary_punctuation_is_left_alone() -> None:
    text = "La grève continue !!! Les syndicats (CGT, FO) réclament 3 % ... et www.exemple.fr/greve"
    assert prepare_text(Article(id="a", text=text), get_language("fr")) == text


def _entity(start: int, end: int) -> Entity:
    return Entity(start=start, end=end, text="x" * (end - start), type="LOC", name="x")


def test_the_span_index_answers_as_a_walk_over_every_span_would() -> None:
    spans = [_entity(s, e) for s, e in [(0, 4), (2, 9), (10, 12), (10, 15), (20, 21), (30, 40)]]
    index = SpanIndex(spans)
    for low in range(0, 42, 3):
        for high in range(low, 45, 4):
            assert index.within(low, high) == [s for s in spans if low <= s.start and s.end <= high]
            assert list(index.starting_in(low, high)) == [s for s in spans if low <= s.start < high]
            assert index.overlapping(low, high) == [s for s in spans if s.start < high and low < s.end]
            assert index.covers(low, high) == any(s.start <= low and high <= s.end for s in spans)
    assert not intervals(()).covers(0, 1)
    assert intervals([(5, 8)]).covers(6, 8)


def test_the_scaling_table_shows_ratio_and_verdict() -> None:
    from rich.console import Console

    row = {
        "small": {"chars": 50_000, "seconds": 1.0, "peak_mb": 600.0},
        "large": {"chars": 200_000, "seconds": 4.2, "peak_mb": 700.0},
        "ratio": 4.2,
        "allowed_ratio": 5.0,
        "memory_limit_mb": None,
        "met": True,
    }
    console = Console(width=140, record=True)
    console.print(scaling_table({"selon": row}))
    out = console.export_text()
    assert "selon" in out and "×4.2 (≤5)" in out and "yes" in out


def test_a_long_text_is_cut_for_parsing_at_paragraph_breaks_and_joins_back() -> None:
    paragraphs = "Les eaux montent à Quimper.\n\n" * 40
    text = paragraphs + "Une seule ligne sans fin " * 30
    pieces = parse_pieces(text, 200)
    assert "".join(pieces) == text
    assert all(len(piece) <= 200 for piece in pieces)
    ends = [sum(len(p) for p in pieces[: i + 1]) for i in range(len(pieces))]
    assert all(piece.endswith("\n\n") for piece, end in zip(pieces, ends, strict=True) if end < len(paragraphs))
    assert all(
        piece.endswith(" ") for piece, end in zip(pieces, ends, strict=True) if len(paragraphs) < end < len(text)
    )
    assert parse_pieces("court", 200) == ["court"]


def test_an_article_parsed_in_pieces_is_analyzed_as_parsed_whole(analyzer: Analyzer) -> None:
    text = (
        "Les inondations ont fait au moins 12 morts à Quimper, selon la préfecture.\n\n"
        "« Nous avons tout perdu », a déclaré mardi Nadia Benali, une habitante.\n\n"
        "La grève des cheminots se poursuit : 40 % des trains sont annulés, d'après la direction.\n\n"
    ) * 3
    article = Article(id="pieces", text=text, published="2025-03-14")
    whole = analyzer.analyze(article)
    pieced = Analyzer()
    pieced.piece_chars = 250
    assert pieced.analyze(article).to_json() == whole.to_json()
