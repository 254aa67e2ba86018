"""What analysis components share: the per-article work record and the component registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span

from recoupe.lang import Language
from recoupe.model import Article, DocumentAnalysis
from recoupe.registry import Registry


@dataclass
class Parsed:
    """One article on its way through the analysis components.

    Attributes:
        article: the input record; ``article.text`` is what offsets refer to.
        doc: the spaCy parse of the prepared text (same length, so token offsets are article offsets).
        lang: the article's language data.
        analysis: the result, filled component by component (entities, then timexes, claims, quotes).
        notes: scratch space shared by components (e.g. the coreference table built from entities).
        prepared: the prepared text spaCy parsed, when the caller kept it (``Doc.text`` rebuilds it from
            every token on each access, which costs a fifth of the time tagger's time).
    """

    article: Article
    doc: Doc
    lang: Language
    analysis: DocumentAnalysis
    notes: dict[str, object] = field(default_factory=dict)
    prepared: str | None = None

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


class Component(Protocol):
    """An analysis step: reads what earlier steps wrote on ``parsed`` and adds its own records."""

    name: str

    def __call__(self, parsed: Parsed) -> None: ...


#: Factories ``(lang) -> Component``; :data:`DEFAULT_COMPONENTS` gives their order.
components: Registry[Callable[[Language], Component]] = Registry("analysis component")

#: The order components run in: each may read what the ones before it wrote.
DEFAULT_COMPONENTS: tuple[str, ...] = ("entities", "timexes", "claims", "quotes")
