"""Process memories of what a story's view derives from each article, so that an add into a big story
costs the new article and not the story (issue #20, 15).

An add recomputes the story's whole view (it must equal a computation from scratch), but most of that
work is per article and the same at every add: a claim's population and period, an article's summary
candidates, its dated sentences, its entity mentions. :class:`PerArticle` remembers such a record for
one article *object*: the store hands back the very objects it parsed earlier while a row is unchanged
(``Store.articles(reuse=True)``), and corrections derive new objects instead of changing them, so an
object seen again has the same content, and a changed article or a corrected one is a new object and a
miss. Records hold their objects weakly and go with them, so an object's ``id`` reused by a new object
never finds the old one's record.
"""

from __future__ import annotations

import gc
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: Records kept per kind: more than the articles of the biggest story a process is expected to view
#: again (the store keeps as many parsed articles, ``sqlite.PARSED_MAX``).
PER_ARTICLE_MAX = 20_000


class PerArticle(Generic[T]):
    """One kind of record derived from an article's objects (and a small hashable context), remembered
    while those objects live; the least recently used record goes first past ``size``.

    The objects are held weakly: a record never keeps an article alive (the store's own memory of parsed
    articles decides that), and it goes when one of its objects does.
    """

    def __init__(self, size: int = PER_ARTICLE_MAX) -> None:
        self.size = size
        self._records: OrderedDict[tuple[Hashable, ...], tuple[tuple[weakref.ref[Any], ...], T]] = OrderedDict()

    def get(self, objects: tuple[object, ...], context: Hashable, compute: Callable[[], T]) -> T:
        """The record of ``objects`` (compared by identity) in ``context``, computed on a miss."""
        key = (*map(id, objects), context)
        found = self._records.get(key)
        if found is not None and all(ref() is obj for ref, obj in zip(found[0], objects, strict=True)):
            with suppress(KeyError):  # dropped meanwhile by a dying object's callback
                self._records.move_to_end(key)
            return found[1]
        record = compute()

        def forget(_: weakref.ref[Any]) -> None:
            self._records.pop(key, None)

        self._records[key] = (tuple(weakref.ref(obj, forget) for obj in objects), record)
        while len(self._records) > self.size:
            self._records.popitem(last=False)
        return record

    def __len__(self) -> int:
        return len(self._records)


@contextmanager
def no_collection_pauses() -> Iterator[None]:
    """Run a story view's computation without the cyclic garbage collector.

    The view builds tens of thousands of short-lived objects while the process holds the story's parsed
    articles (millions of objects): the collector then promotes the temporaries and soon scans the whole
    heap, a pause of ~0.4 s at 1 000 articles, about once per add. The view makes no reference cycles
    worth collecting early; reference counting frees its temporaries, and the collector runs again after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
