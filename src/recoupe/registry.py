"""Named registries: how readers, analysis components and languages plug in.

Following spaCy's ``registry``, a strategy is looked up by name instead of chosen by an if-chain, so a
new input format, extractor or language is one decorated function in its own module, and nothing
else changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """A name → object table with a decorator to fill it.

    Args:
        kind: what is registered (``"reader"``, ``"component"``...), for error messages.
        modules: name → module that registers it, imported when the name is first asked for, so that
            what registers itself is loaded only when used and never imported for its side effect.
    """

    def __init__(self, kind: str, modules: Mapping[str, str] | None = None) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._modules: dict[str, str] = dict(modules or {})

    def register(self, *names: str) -> Callable[[T], T]:
        """Register the decorated object under one or more names."""

        def decorate(obj: T) -> T:
            for name in names:
                self._items[name] = obj
            return obj

        return decorate

    def get(self, name: str) -> T:
        if name not in self._items and name in self._modules:
            importlib.import_module(self._modules[name])
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self.names())) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})") from None

    def __contains__(self, name: object) -> bool:
        return name in self._items or name in self._modules

    def names(self) -> list[str]:
        return list(dict.fromkeys([*self._modules, *self._items]))
