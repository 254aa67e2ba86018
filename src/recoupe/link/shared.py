"""Shared text: passages that two articles share nearly word for word (a wire text reused).

A claim repeated from the same wire copy is one report, not two confirmations. Passages are found
with word shingles: every run of ``SHINGLE`` folded words is hashed into an index; a later article
whose shingles hit an earlier article's in a row shares that passage, and is marked as the copy.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b

from recoupe.link.state import UNDATED, LinkState, MemoryLinkState
from recoupe.link.text import fold, words
from recoupe.model import Article, SharedPassage

#: Words per shingle; long enough that a common phrase ("le ministère de l'Intérieur a annoncé") is no match.
SHINGLE = 8
#: Copies are looked for among articles published within about this many days.
COPY_WINDOW_DAYS = 7
#: A shared passage must run at least this many words.
MIN_WORDS = 15


@dataclass
class _Hit:
    source: str
    source_word: int
    word: int


class SharedTextIndex:
    """Detect, for each new article, the passages it shares with articles already indexed.

    Args:
        state: where shingle postings and article texts live (memory by default, or the SQLite store).
    """

    def __init__(self, state: LinkState | None = None) -> None:
        self.state: LinkState = state if state is not None else MemoryLinkState()

    def add(self, article: Article, published: str | None = None) -> list[SharedPassage]:
        """The passages ``article`` shares with earlier ones; it is then indexed for later ones.

        Args:
            published: the article's date when the analysis knows better than the metadata (the day its
                text gives, ``DocumentAnalysis.published``); ``article.published`` otherwise.
        """
        spans = _word_spans(article.text, article.body_start)
        folded = [fold(article.text[s:e]) for s, e in spans]
        hashes = [_stable_hash(folded[i : i + SHINGLE]) for i in range(len(folded) - SHINGLE + 1)]
        hits: dict[str, list[_Hit]] = defaultdict(list)
        bucket, nearby = _buckets(published or article.published)
        postings = self.state.shingle_postings(set(hashes), nearby)
        for i, value in enumerate(hashes):
            for source, position in postings.get(value, ()):
                if source != article.id:
                    hits[source].append(_Hit(source, position, i))
        passages = [p for source, found in hits.items() for p in self._runs(article.id, spans, source, found)]
        self.state.remember_text(article.id, article.text, article.body_start)
        self.state.add_shingles(article.id, hashes, bucket)
        return passages

    def _runs(self, doc: str, spans: Sequence[tuple[int, int]], source: str, hits: list[_Hit]) -> list[SharedPassage]:
        """Join hits that follow each other in both texts into passages of at least MIN_WORDS words."""
        hits.sort(key=lambda h: h.word)
        runs: list[list[_Hit]] = []
        for hit in hits:
            if runs and hit.word - runs[-1][-1].word <= 2 and 0 < hit.source_word - runs[-1][-1].source_word <= 3:
                runs[-1].append(hit)
            elif not runs or hit.word != runs[-1][-1].word:
                runs.append([hit])
        runs = [run for run in runs if run[-1].word + SHINGLE - run[0].word >= MIN_WORDS]
        if not runs:  # most sources share a stray shingle or two: no need to re-read their text
            return []
        source_spans = _word_spans(*self.state.text_of(source))
        passages = []
        for run in runs:
            first, last = run[0], run[-1]
            count = last.word + SHINGLE - first.word
            passages.append(
                SharedPassage(
                    doc=doc,
                    start=spans[first.word][0],
                    end=spans[last.word + SHINGLE - 1][1],
                    source=source,
                    source_start=source_spans[first.source_word][0],
                    source_end=source_spans[last.source_word + SHINGLE - 1][1],
                    words=count,
                )
            )
        return passages


def _buckets(published: str | None) -> tuple[int, list[int] | None]:
    """The time bucket of an article published on ``published`` and the buckets its sources may be in
    (undated, or only a month: any).

    A copy is made from a recent article: looking only at the articles of the same weeks keeps the
    postings read per article bounded however large the collection grows.
    """
    try:
        day = dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        day = None
    if day is None:
        return UNDATED, None
    bucket = day.toordinal() // COPY_WINDOW_DAYS
    return bucket, [bucket - 1, bucket, bucket + 1, UNDATED]


@lru_cache(maxsize=256)
def _word_spans(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    """The body's words as offsets; remembered, as a source much copied from is read again for each copy."""
    return tuple((s + body_start, e + body_start) for _, s, e in words(text[body_start:]))


def _stable_hash(shingle: list[str]) -> int:
    """A hash that is the same in every process (Python's ``hash`` of a str is salted per run)."""
    return int.from_bytes(blake2b(" ".join(shingle).encode("utf-8"), digest_size=8).digest(), "big")
