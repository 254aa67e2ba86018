"""Quoted words and who said them."""

from __future__ import annotations

import re

from recoupe.analyze.base import Parsed, components
from recoupe.lang import Language
from recoupe.model import Attribution, Quote

_QUOTED = re.compile(r"«\s*(?P<a>[^«»]+?)\s*»|“\s*(?P<b>[^“”]+?)\s*”|\"(?P<c>[^\"\n]+?)\"")


@components.register("quotes")
class QuoteExtractor:
    """Spans in quotation marks; ``direct`` when they hold a clause, else ``partial``."""

    name = "quotes"

    def __init__(self, lang: Language) -> None:
        self.speech_verbs: frozenset[str] = lang.data("speech").SPEECH_VERBS

    def __call__(self, parsed: Parsed) -> None:
        quotes: list[Quote] = []
        for match in _QUOTED.finditer(parsed.text):
            group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
            start, end = match.start(group), match.end(group)
            inner = parsed.text[start:end]
            kind = "direct" if len(inner.split()) >= 6 else "partial"
            quotes.append(Quote(start, end, inner, kind, self._speaker(parsed, start)))  # type: ignore[arg-type]
        parsed.analysis.quotes = quotes

    def _speaker(self, parsed: Parsed, offset: int) -> Attribution | None:
        sentence = parsed.sentence_at(offset)
        if sentence is None:
            return None
        for token in sentence:
            if token.lemma_.lower() in self.speech_verbs:
                for child in token.children:
                    if child.dep_.startswith("nsubj"):
                        subtree = list(child.subtree)
                        begin, stop = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
                        entity = next((e.name for e in parsed.analysis.entities
                                       if begin <= e.start < stop and e.type in ("PER", "ORG")), None)
                        return Attribution(parsed.text[begin:stop], entity)
        return None
