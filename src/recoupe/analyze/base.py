"""What analysis components share: the per-article work record and the component registry.

A component says what it reads and what it writes (``requires`` and ``assigns``, named after the
:class:`~recoupe.model.DocumentAnalysis` fields, as spaCy factories declare theirs), so that a pipeline
that runs one before what it needs fails when it is built, naming the missing field, instead of giving
empty results.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Protocol

from spacy.tokens import Doc, Span, Token

from recoupe.analyze.spans import SpanIndex
from recoupe.errors import Errors, RecoupeError
from recoupe.lang import Language
from recoupe.model import Article, DocumentAnalysis, Entity, Timex
from recoupe.registry import Registry

if TYPE_CHECKING:  # coref reads Parsed: imported when first used, not at module load
    from recoupe.analyze.coref import Coreference


@dataclass
class Parsed:
    """One article on its way through the analysis components.

    Attributes:
        article: the input record; ``article.text`` is what offsets refer to.
        doc: the spaCy parse of the prepared text (same length, so token offsets are article offsets).
        lang: the article's language data.
        analysis: the result, filled component by component (entities, then timexes, claims, quotes).
        prepared: the prepared text spaCy parsed, when the caller kept it (``Doc.text`` rebuilds it from
            every token on each access, which costs a fifth of the time tagger's time).
    """

    article: Article
    doc: Doc
    lang: Language
    analysis: DocumentAnalysis
    prepared: str | None = None
    _entity_index: tuple[list[Entity], int, SpanIndex[Entity]] | None = field(default=None, repr=False)
    _timex_index: tuple[list[Timex], int, SpanIndex[Timex]] | None = field(default=None, repr=False)

    def entity_index(self) -> SpanIndex[Entity]:
        """The article's entities sorted for range questions (rebuilt if the list was replaced or grew):
        scanning every entity for each figure or source made claims quadratic in article size."""
        spans, cached = self.analysis.entities, self._entity_index
        if cached is None or cached[0] is not spans or cached[1] != len(spans):
            cached = self._entity_index = (spans, len(spans), SpanIndex(spans))
        return cached[2]

    def timex_index(self) -> SpanIndex[Timex]:
        """The article's time expressions sorted for range questions (as :meth:`entity_index`)."""
        spans, cached = self.analysis.timexes, self._timex_index
        if cached is None or cached[0] is not spans or cached[1] != len(spans):
            cached = self._timex_index = (spans, len(spans), SpanIndex(spans))
        return cached[2]

    @cached_property
    def coref(self) -> Coreference:
        """The article's coreference table, built from its entities on first use and shared by every
        component after that (claims and quotes both resolve speakers through it): a component that
        reads it requires ``entities``."""
        from recoupe.analyze.coref import Coreference

        return Coreference(self)

    @property
    def prepared_text(self) -> str:
        """The prepared text (same length as the article's text): what spaCy parsed."""
        if self.prepared is None:
            self.prepared = self.doc.text
        return self.prepared

    @property
    def text(self) -> str:
        """The original article text (offsets refer to it)."""
        return self.article.text

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding character ``offset``."""
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if token is None or not len(token):
            return None
        return token[0].sent


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's sentences start, computed once per doc and shared.

    Read from the parse's arrays rather than by iterating ``doc.sents``, which builds a Span and every
    Token object in Python: several components ask, and that walk was a fifth of the time tagger's time.
    """
    cached = doc.user_data.get("recoupe.sentence_starts")
    if cached is None:
        cached = [0]
        if len(doc) and doc.has_annotation("SENT_START"):
            rows = doc.to_array(["SENT_START", "IDX"])
            cached = [int(rows[0, 1])] + [int(x) for x in rows[1:][rows[1:, 0] == 1, 1]]
        doc.user_data["recoupe.sentence_starts"] = cached
    return cached


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, in order, computed once per doc and shared: a bisection in it finds
    the token at an offset without walking a sentence (which, per figure, was quadratic in a long one)."""
    cached = doc.user_data.get("recoupe.token_starts")
    if cached is None:
        cached = [int(x) for x in doc.to_array("IDX")] if len(doc) else []
        doc.user_data["recoupe.token_starts"] = cached
    return cached


def tokens_between(sentence: Span, low: int, high: int | None = None, limit: int | None = None) -> list[Token]:
    """The sentence's tokens starting in ``[low, high)`` (``high`` None: to the sentence's end), at most
    ``limit`` of them: what ``[t for t in sentence if low <= t.idx < high]`` gives, without the walk."""
    starts = token_starts(sentence.doc)
    first = max(sentence.start, bisect_left(starts, low))
    last = sentence.end if high is None else min(sentence.end, bisect_left(starts, high))
    if limit is not None:
        last = min(last, first + limit)
    return list(sentence.doc[first:last]) if first < last else []


class Component(Protocol):
    """An analysis step: reads what earlier steps wrote on ``parsed`` and adds its own records.

    Attributes:
        name: the registered name, also the stage name in timings and in a skipped article's reason.
        requires: the ``DocumentAnalysis`` fields it reads, which an earlier component must assign.
        assigns: the ``DocumentAnalysis`` fields it writes.
    """

    name: str
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, parsed: Parsed) -> None: ...


def check_order(pipeline: Sequence[Component]) -> None:
    """Fail, naming what is missing, if a component runs before a component that assigns what it requires.

    Raises:
        RecoupeError: ``E302``, for the first component whose requirement is not met.
    """
    assigned: set[str] = set()
    for component in pipeline:
        missing = [field for field in component.requires if field not in assigned]
        if missing:
            raise RecoupeError(
                Errors.E302,
                component=component.name,
                missing=", ".join(missing),
                order=", ".join(c.name for c in pipeline),
            )
        assigned.update(component.assigns)


#: Factories ``(lang) -> Component``; :data:`DEFAULT_COMPONENTS` gives their order. The default ones are
#: registered by their own modules (``@components.register``), which the registry imports the first time
#: their name is asked for: nothing imports a module only for its side effect.
components: Registry[Callable[[Language], Component]] = Registry(
    "analysis component",
    modules={
        "entities": "recoupe.analyze.entities",
        "timexes": "recoupe.analyze.timex.tagger",
        "claims": "recoupe.analyze.claims.extractor",
        "quotes": "recoupe.analyze.quotes.extractor",
    },
)

#: The order components run in: each may read what the ones before it wrote.
DEFAULT_COMPONENTS: tuple[str, ...] = ("entities", "timexes", "claims", "quotes")
