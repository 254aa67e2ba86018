"""The analysis components declare what they read and write, and a pipeline in the wrong order fails
when it is built, naming what is missing (issue #15)."""

from __future__ import annotations

import pytest

from recoupe.analyze.base import DEFAULT_COMPONENTS, Component, check_order, components
from recoupe.errors import RecoupeError
from recoupe.lang import get_language
from recoupe.model import DocumentAnalysis


def build(*names: str) -> list[Component]:
    lang = get_language("fr")
    return [components.get(name)(lang) for name in names]


def test_default_components_are_known_without_importing_their_modules_first() -> None:
    assert all(name in components for name in DEFAULT_COMPONENTS)
    assert set(DEFAULT_COMPONENTS) <= set(components.names())


def test_every_default_component_declares_fields_of_the_analysis() -> None:
    fields = set(DocumentAnalysis.__dataclass_fields__)
    for component in build(*DEFAULT_COMPONENTS):
        assert set(component.requires) <= fields and set(component.assigns) <= fields, component.name
        assert component.assigns, component.name


def test_the_default_order_meets_every_requirement() -> None:
    check_order(build(*DEFAULT_COMPONENTS))


def test_a_component_before_what_it_requires_fails_naming_it() -> None:
    with pytest.raises(RecoupeError, match=r"'claims' requires timexes.*\[E302\]"):
        check_order(build("entities", "claims", "timexes"))
    with pytest.raises(RecoupeError, match=r"'quotes' requires entities, timexes"):
        check_order(build("quotes"))


def test_an_unknown_component_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known: claims, entities, quotes, timexes"):
        components.get("sentiment")
