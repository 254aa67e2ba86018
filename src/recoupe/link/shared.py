"""Shared text: passages that two articles share nearly word for word (a wire text reused).

A claim repeated from the same wire copy is one report, not two confirmations. Passages are found
with word shingles: every run of ``SHINGLE`` folded words is hashed into an index; a later article
whose shingles hit an earlier article's in a row shares that passage, and is marked as the copy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from hashlib import blake2b

from recoupe.link.text import fold, words
from recoupe.model import Article, SharedPassage

#: Words per shingle; long enough that a common phrase ("le ministère de l'Intérieur a annoncé") is no match.
SHINGLE = 8
#: A shared passage must run at least this many words.
MIN_WORDS = 15
#: Shingles more frequent than this across articles are boilerplate, not copying.
MAX_POSTINGS = 20


@dataclass
class _Hit:
    source: str
    source_word: int
    word: int


class SharedTextIndex:
    """Detect, for each new article, the passages it shares with articles already indexed."""

    def __init__(self) -> None:
        self.postings: dict[int, list[tuple[str, int]]] = defaultdict(list)
        self.word_spans: dict[str, list[tuple[int, int]]] = {}

    def add(self, article: Article) -> list[SharedPassage]:
        tokens = words(article.text[article.body_start:])
        spans = [(s + article.body_start, e + article.body_start) for _, s, e in tokens]
        folded = [fold(w) for w, _, _ in tokens]
        hashes = [_stable_hash(folded[i:i + SHINGLE]) for i in range(len(folded) - SHINGLE + 1)]
        hits: dict[str, list[_Hit]] = defaultdict(list)
        for i, value in enumerate(hashes):
            for source, position in self.postings.get(value, ()):
                if source != article.id:
                    hits[source].append(_Hit(source, position, i))
        passages = [p for source, found in hits.items() for p in self._runs(article.id, spans, source, found)]
        self.word_spans[article.id] = spans
        for i, value in enumerate(hashes):
            posting = self.postings[value]
            if len(posting) < MAX_POSTINGS:
                posting.append((article.id, i))
        return passages

    def _runs(self, doc: str, spans: list[tuple[int, int]], source: str, hits: list[_Hit]) -> list[SharedPassage]:
        """Join hits that follow each other in both texts into passages of at least MIN_WORDS words."""
        hits.sort(key=lambda h: h.word)
        runs: list[list[_Hit]] = []
        for hit in hits:
            if runs and hit.word - runs[-1][-1].word <= 2 and 0 < hit.source_word - runs[-1][-1].source_word <= 3:
                runs[-1].append(hit)
            elif not runs or hit.word != runs[-1][-1].word:
                runs.append([hit])
        source_spans = self.word_spans[source]
        passages = []
        for run in runs:
            first, last = run[0], run[-1]
            count = last.word + SHINGLE - first.word
            if count < MIN_WORDS:
                continue
            passages.append(SharedPassage(
                doc=doc, start=spans[first.word][0], end=spans[last.word + SHINGLE - 1][1], source=source,
                source_start=source_spans[first.source_word][0],
                source_end=source_spans[last.source_word + SHINGLE - 1][1], words=count,
            ))
        return passages


def _stable_hash(shingle: list[str]) -> int:
    """A hash that is the same in every process (Python's ``hash`` of a str is salted per run)."""
    return int.from_bytes(blake2b(" ".join(shingle).encode("utf-8"), digest_size=8).digest(), "big")
