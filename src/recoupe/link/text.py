"""Text tools for linking: words, sentences and shingles, without re-running spaCy.

Linking must stay cheap enough to run on every ``recoupe add`` over a large store, so it works on
plain word lists rather than on a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from recoupe.lang import get_language, word_zipf
from recoupe.text import fold_compat

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
#: Sentence ends: . ! ? … followed by space and a capital, an opening quote, or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+")


#: Linking's fold, under the name the link modules import: lowercase without accents (``Tokaïev`` →
#: ``tokaiev``), compatibility characters unified; why it is not the analysis fold: :mod:`recoupe.text`.
fold = fold_compat


def words(text: str) -> list[tuple[str, int, int]]:
    """Every word with its offsets: ``[(word, start, end), …]``."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


@cache
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in get_language(lang).link.STOP_WORDS)


@cache
def rarity(word: str, lang: str = "fr") -> float:
    """How rare a word is in general text, from 1 (``le``) to 8 (never seen: a name like ``Tokayev``).

    Background frequencies (``wordfreq``, shipped with its data) make story matching work on small
    collections, where the collection's own document frequencies say nothing yet.
    """
    zipf = word_zipf(word, lang)
    return 4.0 if zipf is None else max(1.0, 8.0 - zipf)


#: Letters a word is cut to for matching: the crude stem that joins ``manifestants``/``manifestation``.
STEM_LETTERS = 7


def term_stem(word: str) -> str:
    """A word as :func:`weighted_terms` counts it: lowercase, its elided article dropped (``l'Intérieur``),
    folded, cut to :data:`STEM_LETTERS` letters."""
    return fold(word.lower().replace("’", "'").split("'")[-1])[:STEM_LETTERS]


def weighted_terms(text: str, lang: str = "fr") -> dict[str, float]:
    """Content-word stems of ``text`` with their weight: occurrences (at most 3) times rarity squared
    (squared so that one shared rare word, a place or a name, outweighs several shared common ones)."""
    stops = stop_words(lang)
    counts: dict[str, int] = {}
    rare: dict[str, float] = {}
    for word, _, _ in words(text):
        lowered = word.lower().replace("’", "'").split("'")[-1]
        folded = fold(lowered)
        if len(folded) <= 2 or folded in stops:
            continue
        stem = folded[:STEM_LETTERS]
        counts[stem] = counts.get(stem, 0) + 1
        rare[stem] = max(rare.get(stem, 0.0), rarity(lowered, lang))
    return {stem: min(count, 3) * rare[stem] ** 2 for stem, count in counts.items()}


def content_terms(text: str, lang: str = "fr") -> list[str]:
    """Folded content words (stop words and one-letter words dropped), crudely stemmed to 7 letters.

    The crude stem joins ``manifestants``/``manifestation`` and ``arrestations``/``arrestation``, which is
    what story matching needs; it never has to be a real lemma.
    """
    return list(_content_terms(text, lang))


@lru_cache(maxsize=1 << 16)
def _content_terms(text: str, lang: str) -> tuple[str, ...]:
    """:func:`content_terms`, remembered: a story's view reads the same sentences again at every add."""
    stops = stop_words(lang)
    terms = []
    for word, _, _ in words(text):
        folded = fold(word).split("'")[-1]
        if len(folded) > 2 and folded not in stops:
            terms.append(folded[:STEM_LETTERS])
    return tuple(terms)


@cache
def _abbreviation(lang: str) -> re.Pattern[str]:
    """A period that ends one of the language's abbreviations (``M.``), at the end of the searched text."""
    names = "|".join(re.escape(a) for a in get_language(lang).text.ABBREVIATIONS)
    return re.compile(rf"(?:\b(?:{names}))\.$")


def sentences(text: str, start: int = 0, lang: str = "fr") -> Iterator[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text`` from ``start``, trimmed of surrounding space.

    A rule splitter (end punctuation followed by a capital, or a line break) that knows French
    abbreviations such as ``M.``; good enough to cite a sentence, which is all linking needs.
    """
    return iter(_sentences(text, start, lang))


@lru_cache(maxsize=1 << 12)
def _sentences(text: str, start: int, lang: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentences`, remembered: every add into a story splits its articles again (timeline, summary,
    events), and a big story's texts are the same from one add to the next."""
    abbreviation = _abbreviation(lang)
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        if "\n" not in match.group(0) and abbreviation.search(text[max(begin, match.start() - 6) : match.start()]):
            continue
        spans += _trimmed(text, begin, match.start())
        begin = match.end()
    spans += _trimmed(text, begin, len(text))
    return tuple(spans)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        yield start, end
