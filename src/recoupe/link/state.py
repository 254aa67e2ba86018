"""Where the linking indexes keep their state: in memory for one run, or in the SQLite store.

The story index and the shared-text index only ever ask for what one new article needs (the postings
of its features and shingles, the vectors of a few candidate stories), through this interface. The
in-memory state serves ``recoupe analyze``; ``store.sqlite.SqliteLinkState`` serves ``recoupe add``,
so adding an article to a store of 100 000 reads a few hundred rows, not the store.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

#: The time bucket of an article without a day: undated, a month (`` date 2022-01 ``) or a day without its
#: year; its postings are looked in by every article and never dropped. Dated ones use
#: ``date.toordinal() // window``.
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

    def merge_story(self, into: StoryRecord, gone: StoryRecord) -> None:
        """Move story ``gone``'s features, postings and articles to ``into`` (both already updated by the
        caller) and leave ``gone`` without articles: its id is never reused."""
        ...

    def shingle_postings(
        self, hashes: Iterable[int], buckets: Iterable[int] | None = None
    ) -> dict[int, list[tuple[str, int]]]:
        """Earlier ``(doc, position)`` of each shingle, from the given time ``buckets`` (all if ``None``)."""
        ...

    def add_shingles(self, doc: str, hashes: list[int], bucket: int = UNDATED) -> None: ...

    def remember_text(self, doc: str, text: str, body_start: int) -> None: ...

    def text_of(self, doc: str) -> tuple[str, int]: ...


class MemoryLinkState:
    """Linking state in dictionaries, for one run over a stream of articles.

    Everything an article can be linked to is filed under a time bucket, and an article only looks in
    its own bucket and the two around it. Articles arrive in publication order (``recoupe analyze``
    sorts them; a feed delivers them so), so once a bucket newer than ``B`` arrives, the buckets before
    ``B - 1`` can never be looked in again by a dated article: they are dropped (their postings, their
    shingles and texts, the vectors of stories last active in them). That keeps the memory of a run
    to the few weeks in flight, however long the run: a story record (id, title, documents) is all
    that stays of an old story.

    An undated article looks in every bucket still held; ``recoupe analyze`` hands them over last, so
    they meet the stories and copies of the run's last weeks (and every undated article before them).

    Args:
        keep: buckets held behind the newest; 2 covers the bucket before an article's and one more for
            articles arriving slightly out of order. ``None`` keeps everything.
    """

    def __init__(self, keep: int | None = 2) -> None:
        self.keep = keep
        self._seen = 0
        self._df: Counter[str] = Counter()
        self._stories: dict[str, StoryRecord] = {}
        # stories: bucket -> feature -> stories posted there; the vectors of stories still reachable
        self._postings: dict[int, dict[str, set[str]]] = {}
        self._vectors: dict[str, Counter[str]] = {}
        self._last_bucket: dict[str, float] = {}  # undated postings count as never old
        # shared text: bucket -> shingle -> (doc, position) of its most recent articles; texts by bucket
        self._shingles: dict[int, dict[int, list[tuple[str, int]]]] = {}
        self._texts: dict[str, tuple[str, int]] = {}
        self._texts_by_bucket: dict[int, list[str]] = defaultdict(list)
        self._newest_story_bucket = UNDATED
        self._newest_shingle_bucket = UNDATED

    def articles_seen(self) -> int:
        return self._seen

    def document_frequencies(self, features: Iterable[str]) -> dict[str, int]:
        return {f: self._df[f] for f in features}

    def add_document(self, features: Iterable[str]) -> None:
        self._seen += 1
        self._df.update(features)

    def stories_with(self, features: Iterable[str], buckets: Iterable[int] | None = None) -> set[str]:
        held = [self._postings[b] for b in (self._postings if buckets is None else buckets) if b in self._postings]
        found: set[str] = set()
        for feature in features:
            for postings in held:
                if feature in postings:
                    found |= postings[feature]
        return found

    def story(self, story_id: str) -> StoryRecord:
        return self._stories[story_id]

    def story_vector(self, story_id: str) -> Counter[str]:
        return self._vectors.get(story_id, Counter())

    def story_count(self) -> int:
        return len(self._stories)

    def save_story(self, record: StoryRecord, added: Counter[str], bucket: int = UNDATED) -> None:
        self._stories[record.id] = record
        self._vectors.setdefault(record.id, Counter()).update(added)
        when = math.inf if bucket == UNDATED else bucket
        self._last_bucket[record.id] = max(self._last_bucket.get(record.id, when), when)
        postings = self._postings.setdefault(bucket, {})
        for feature in added:
            postings.setdefault(feature, set()).add(record.id)
        if bucket > self._newest_story_bucket:
            self._newest_story_bucket = bucket
            for old in self._too_old(self._postings, bucket):
                self._drop_story_bucket(old)

    def stories(self) -> list[StoryRecord]:
        return list(self._stories.values())

    def merge_story(self, into: StoryRecord, gone: StoryRecord) -> None:
        vector = self._vectors.pop(gone.id, Counter())
        self._vectors.setdefault(into.id, Counter()).update(vector)
        for postings in self._postings.values():  # only the merged story's own features are looked up
            for feature in vector:
                if (owners := postings.get(feature)) is not None and gone.id in owners:
                    owners.discard(gone.id)
                    owners.add(into.id)
        last = self._last_bucket.pop(gone.id, None)
        if last is not None:
            self._last_bucket[into.id] = max(self._last_bucket.get(into.id, last), last)
        gone.documents = []
        self._stories[gone.id] = gone
        self._stories[into.id] = into

    def shingle_postings(
        self, hashes: Iterable[int], buckets: Iterable[int] | None = None
    ) -> dict[int, list[tuple[str, int]]]:
        held = [self._shingles[b] for b in (self._shingles if buckets is None else buckets) if b in self._shingles]
        found: dict[int, list[tuple[str, int]]] = {}
        for h in hashes:
            for shingles in held:
                if h in shingles:
                    found.setdefault(h, []).extend(shingles[h])
        return found

    def add_shingles(self, doc: str, hashes: list[int], bucket: int = UNDATED) -> None:
        shingles = self._shingles.setdefault(bucket, {})
        for position, value in enumerate(hashes):
            posting = shingles.setdefault(value, [])
            if len(posting) == MAX_SHINGLE_POSTINGS:
                del posting[0]  # the oldest falls off: copies are made from recent articles
            posting.append((doc, position))
        self._texts_by_bucket[bucket].append(doc)
        if bucket > self._newest_shingle_bucket:
            self._newest_shingle_bucket = bucket
            for old in self._too_old(self._shingles, bucket):
                del self._shingles[old]
                for gone in self._texts_by_bucket.pop(old, ()):
                    self._texts.pop(gone, None)

    def remember_text(self, doc: str, text: str, body_start: int) -> None:
        self._texts[doc] = (text, body_start)

    def text_of(self, doc: str) -> tuple[str, int]:
        return self._texts[doc]

    def _too_old(self, held: dict[int, Any], newest: int) -> list[int]:
        """Dated buckets no article from ``newest`` on will look in."""
        if self.keep is None:
            return []
        return [b for b in held if b != UNDATED and b < newest - self.keep]

    def _drop_story_bucket(self, bucket: int) -> None:
        for story_ids in self._postings.pop(bucket).values():
            for story_id in story_ids:
                if self._last_bucket.get(story_id, math.inf) <= bucket:
                    self._vectors.pop(story_id, None)
                    self._last_bucket.pop(story_id, None)
