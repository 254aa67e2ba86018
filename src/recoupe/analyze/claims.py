"""Numeric claims: each figure in the article, what it counts, how sure, and who says so."""

from __future__ import annotations

import re

from spacy.tokens import Span

from recoupe.analyze.base import Parsed, components
from recoupe.lang import Language
from recoupe.model import Attribution, Claim

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ .]\d{3})+(?![\d])|(?<![\w.,])\d+(?:,\d+)?(?![\d])")


@components.register("claims")
class ClaimExtractor:
    """Figures with their category (from nearby cue words), qualifier and ``selon X`` source."""

    name = "claims"

    def __init__(self, lang: Language) -> None:
        numbers = lang.data("numbers")
        self.qualifiers: dict[str, str] = numbers.QUALIFIERS
        self.cues: dict[str, frozenset[str]] = lang.data("claims").CATEGORY_CUES
        self.attribution: tuple[str, ...] = lang.data("speech").ATTRIBUTION_PREPOSITIONS

    def __call__(self, parsed: Parsed) -> None:
        text = parsed.doc.text
        claims: list[Claim] = []
        for match in _NUMBER.finditer(text, parsed.article.body_start):
            sentence = parsed.sentence_at(match.start())
            if sentence is None:
                continue
            value = float(re.sub(r"[ .]", "", match.group(0)).replace(",", "."))
            category = self._category(parsed, match.end(), sentence)
            qualifier, start = self._qualifier(text, match.start())
            claims.append(Claim(
                start=start, end=match.end(), text=parsed.text[start:match.end()], category=category,  # type: ignore[arg-type]
                value=int(value) if value.is_integer() else value, qualifier=qualifier,  # type: ignore[arg-type]
                source=self._source(parsed, sentence),
            ))
        parsed.analysis.claims = claims

    def _category(self, parsed: Parsed, end: int, sentence: Span) -> str:
        after = [t for t in sentence if t.idx >= end][:8]
        for token in after:
            for category, cues in self.cues.items():
                if token.lower_ in cues or token.lemma_.lower() in cues:
                    return category
        return "other"

    def _qualifier(self, text: str, start: int) -> tuple[str, int]:
        before = text[max(0, start - 30):start].lower()
        for phrase in sorted(self.qualifiers, key=len, reverse=True):
            if before.endswith(phrase + " "):
                return self.qualifiers[phrase], start - len(phrase) - 1
        return "exact", start

    def _source(self, parsed: Parsed, sentence: Span) -> Attribution | None:
        lowered = sentence.text.lower()
        for preposition in self.attribution:
            at = lowered.find(preposition + " ")
            if at < 0:
                continue
            begin = sentence.start_char + at + len(preposition) + 1
            for entity in parsed.analysis.entities:
                if begin <= entity.start < begin + 60:
                    stop = entity.end
                    return Attribution(text=parsed.text[begin:stop].strip(" ,"), entity=entity.name)
            words = parsed.text[begin:sentence.end_char].split(",")[0]
            return Attribution(text=" ".join(words.split()[:6]), entity=None)
        return None
