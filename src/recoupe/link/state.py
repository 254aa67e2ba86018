"""Where the linking indexes keep their state: in memory for one run, or in the SQLite store.

The story index and the shared-text index only ever ask for what one new article needs (the postings
of its features and shingles, the vectors of a few candidate stories), through this interface. The
in-memory state serves ``recoupe analyze``; ``store.sqlite.SqliteLinkState`` serves ``recoupe add``,
so adding an article to a store of 100 000 reads a few hundred rows, not the store.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

#: The time bucket of an undated article (dated ones use ``date.toordinal() // window``).
UNDATED = -1

#: A shingle keeps the postings of its most recent articles only: a passage in more articles than this is
#: boilerplate, and a copy is made from a recent article.
MAX_SHINGLE_POSTINGS = 20


@dataclass
class StoryRecord:
    """A story as the index keeps it: its articles and the dates of its first and last."""

    id: str
    title: str
    documents: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None


class LinkState(Protocol):
    """Storage for :class:`~recoupe.link.stories.StoryIndex` and :class:`~recoupe.link.shared.SharedTextIndex`."""

    def articles_seen(self) -> int: ...

    def document_frequencies(self, features: Iterable[str]) -> dict[str, int]: ...

    def add_document(self, features: Iterable[str]) -> None: ...

    def stories_with(self, features: Iterable[str], buckets: Iterable[int] | None = None) -> set[str]:
        """Stories holding any of ``features`` in one of the time ``buckets`` (all buckets if ``None``)."""
        ...

    def story(self, story_id: str) -> StoryRecord: ...

    def story_vector(self, story_id: str) -> Counter[str]: ...

    def story_count(self) -> int: ...

    def save_story(self, record: StoryRecord, added: Counter[str], bucket: int = UNDATED) -> None:
        """Store the story and add an article's features to it, posted under the article's time bucket."""
        ...

    def stories(self) -> list[StoryRecord]: ...

    def shingle_postings(self, hashes: Iterable[int], buckets: Iterable[int] | None = None
                         ) -> dict[int, list[tuple[str, int]]]:
        """Earlier ``(doc, position)`` of each shingle, from the given time ``buckets`` (all if ``None``)."""
        ...

    def add_shingles(self, doc: str, hashes: list[int], bucket: int = UNDATED) -> None: ...

    def remember_text(self, doc: str, text: str, body_start: int) -> None: ...

    def text_of(self, doc: str) -> tuple[str, int]: ...


class MemoryLinkState:
    """Linking state in dictionaries, for one run over a set of articles."""

    def __init__(self) -> None:
        self._seen = 0
        self._df: Counter[str] = Counter()
        self._postings: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._buckets: set[int] = set()
        self._stories: dict[str, StoryRecord] = {}
        self._vectors: dict[str, Counter[str]] = defaultdict(Counter)
        self._shingles: dict[int, deque[tuple[str, int, int]]] = defaultdict(
            lambda: deque(maxlen=MAX_SHINGLE_POSTINGS))
        self._texts: dict[str, tuple[str, int]] = {}

    def articles_seen(self) -> int:
        return self._seen

    def document_frequencies(self, features: Iterable[str]) -> dict[str, int]:
        return {f: self._df[f] for f in features}

    def add_document(self, features: Iterable[str]) -> None:
        self._seen += 1
        self._df.update(features)

    def stories_with(self, features: Iterable[str], buckets: Iterable[int] | None = None) -> set[str]:
        wanted = list(self._buckets) if buckets is None else list(buckets)
        found: set[str] = set()
        for feature in features:
            for bucket in wanted:
                found |= self._postings.get((feature, bucket), set())
        return found

    def story(self, story_id: str) -> StoryRecord:
        return self._stories[story_id]

    def story_vector(self, story_id: str) -> Counter[str]:
        return self._vectors[story_id]

    def story_count(self) -> int:
        return len(self._stories)

    def save_story(self, record: StoryRecord, added: Counter[str], bucket: int = UNDATED) -> None:
        self._stories[record.id] = record
        self._vectors[record.id].update(added)
        self._buckets.add(bucket)
        for feature in added:
            self._postings[(feature, bucket)].add(record.id)

    def stories(self) -> list[StoryRecord]:
        return list(self._stories.values())

    def shingle_postings(self, hashes: Iterable[int], buckets: Iterable[int] | None = None
                         ) -> dict[int, list[tuple[str, int]]]:
        wanted = None if buckets is None else set(buckets)
        found: dict[int, list[tuple[str, int]]] = {}
        for h in hashes:
            if h in self._shingles:
                found[h] = [(doc, pos) for doc, pos, bucket in self._shingles[h] if wanted is None or bucket in wanted]
        return found

    def add_shingles(self, doc: str, hashes: list[int], bucket: int = UNDATED) -> None:
        for position, value in enumerate(hashes):
            self._shingles[value].append((doc, position, bucket))  # the oldest falls off: copies are recent

    def remember_text(self, doc: str, text: str, body_start: int) -> None:
        self._texts[doc] = (text, body_start)

    def text_of(self, doc: str) -> tuple[str, int]:
        return self._texts[doc]
