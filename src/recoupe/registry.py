"""Named registries: how readers, analysis components and languages plug in.

Following spaCy's ``registry``, a strategy is looked up by name instead of chosen by an if-chain, so a
new input format, extractor or language is one decorated function in its own module, and nothing
else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """A name → object table with a decorator to fill it.

    Args:
        kind: what is registered (``"reader"``, ``"component"``...), for error messages.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, *names: str) -> Callable[[T], T]:
        """Register the decorated object under one or more names."""

        def decorate(obj: T) -> T:
            for name in names:
                self._items[name] = obj
            return obj

        return decorate

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})") from None

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def names(self) -> list[str]:
        return list(self._items)
