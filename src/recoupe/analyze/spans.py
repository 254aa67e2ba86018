"""Range questions over an article's spans (entities, timexes, frames) in logarithmic time.

The extractors ask, for each figure or source, "which entities lie in this clause?", "is this word
inside a source's frame?", "which date is in this sentence?". Asked by walking every span of the article,
each question costs the article's length, and the analysis grows with its square (issue #20 item 9:
a 1M-character article took 50 times its 100k time). A :class:`SpanIndex` keeps the spans sorted by
start, with the running maximum of their ends, so each answer costs a bisection plus the spans it
returns, and comes back in text order, as the walk did.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class HasSpan(Protocol):
    """Anything with character offsets (``Entity``, ``Timex``, ``Frame``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)


class SpanIndex(Generic[S]):
    """Spans sorted by start (a stable sort: a list already in text order keeps its order)."""

    def __init__(self, spans: Iterable[S]) -> None:
        self.spans: list[S] = sorted(spans, key=lambda span: span.start)
        self.starts: list[int] = [span.start for span in self.spans]
        self._reach: list[int] = []  # the largest end among spans[: i + 1]
        reach = -1
        for span in self.spans:
            reach = max(reach, span.end)
            self._reach.append(reach)

    def __len__(self) -> int:
        return len(self.spans)

    def starting_in(self, low: int, high: int) -> Sequence[S]:
        """The spans whose start is in ``[low, high)``."""
        return self.spans[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def within(self, low: int, high: int) -> list[S]:
        """The spans lying wholly inside ``[low, high]`` (``low <= start`` and ``end <= high``)."""
        return [
            span
            for span in self.spans[bisect_left(self.starts, low) : bisect_right(self.starts, high)]
            if span.end <= high
        ]

    def overlapping(self, start: int, end: int) -> list[S]:
        """The spans sharing a character with ``[start, end)`` (``span.start < end and start < span.end``)."""
        found: list[S] = []
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self.spans[i].end > start:
                found.append(self.spans[i])
            i -= 1
        found.reverse()
        return found

    def reaching(self, start: int) -> Sequence[S]:
        """The spans from the first one (by start) that some span before or at it ends after ``start``:
        every span that can hold ``start``, then the rest, in order."""
        return self.spans[bisect_right(self._reach, start) :]

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds all of ``[start, end]`` (``span.start <= start`` and ``end <= span.end``)."""
        i = bisect_right(self.starts, start)
        return i > 0 and self._reach[i - 1] >= end


class Interval:
    """A bare ``(start, end)`` pair as a span, for the pairs the extractors keep (frames, list items)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


def intervals(pairs: Iterable[tuple[int, int]]) -> SpanIndex[Interval]:
    """An index over ``(start, end)`` pairs."""
    return SpanIndex(Interval(start, end) for start, end in pairs)
