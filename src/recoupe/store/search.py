"""What search compares: words folded (case, accents) and stemmed, so that a query finds every form.

The store indexes a second, *stemmed* copy of each article's title and body and of each quote
(``articles_stem``, ``quotes_stem``): every word folded with :func:`~recoupe.text.fold_compat` then cut
to its Snowball stem (``morts``, ``mortes`` → ``mort``; ``Tokaïev`` → ``tokaiev``). A query goes through
the same two steps, so it matches whatever inflection or accent the article used. The stemmer is the
language's (``Language.snowball``); SQLite calls :func:`stem_text` while migrating old stores.

The stemmed copy has no original offsets, so the passage shown with a result is found here, in the
original text, as the first word whose stem the query asked for (:func:`passage`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from recoupe.lang import get_language
from recoupe.text import fold_compat

#: A word for search: letters and digits (apostrophes and hyphens separate words, as in FTS5's unicode61).
WORD = re.compile(r"\w+")
#: Words shown on each side of the matched word in a result's passage.
PASSAGE_WORDS = 12


@lru_cache(maxsize=8)
def _stemmer(lang: str) -> Any:
    """The Snowball stemmer of ``lang``, or ``None`` when the language names none (words stay folded)."""
    import snowballstemmer

    try:
        name = get_language(lang).snowball
    except KeyError:
        name = get_language("fr").snowball
    return snowballstemmer.stemmer(name) if name else None


@lru_cache(maxsize=1 << 16)
def stem_word(word: str, lang: str = "fr") -> str:
    """One word folded and stemmed: the form both the index and the query use."""
    folded = fold_compat(word)
    stemmer = _stemmer(lang)
    return str(stemmer.stemWord(folded)) if stemmer is not None else folded


def stem_words(text: str, lang: str = "fr") -> list[str]:
    """The stems of the words of ``text``, in order."""
    return [stem_word(w, lang) for w in WORD.findall(text)]


def stem_text(text: str | None, lang: str = "fr") -> str:
    """The stemmed copy of ``text`` that the stem tables index (words one space apart)."""
    return " ".join(stem_words(text or "", lang))


def passage(text: str, phrases: set[tuple[str, ...]], lang: str = "fr", words: int = PASSAGE_WORDS) -> dict[str, str]:
    """The passage around the first run of words of ``text`` that one of ``phrases`` asked for (each a
    run of stems; a stem ending in ``*`` is a prefix of the folded word), in three parts (``before``,
    ``match``, ``after``) so that the template, not SQL, marks the match (and escapes it).

    At each position the longest phrase is tried first: ``Kassym-Jomart Tokaïev`` is marked whole.
    Without a matching run (a hit in the title only), the passage is the text's beginning.
    """
    found = list(WORD.finditer(text))
    stems = [stem_word(m.group(), lang) for m in found]
    ordered = sorted((p for p in phrases if p), key=len, reverse=True)
    for i in range(len(found)):
        for phrase in ordered:
            if i + len(phrase) <= len(found) and all(
                _matches(want, stems[i + k], found[i + k].group()) for k, want in enumerate(phrase)
            ):
                last = i + len(phrase) - 1
                start = found[max(0, i - words)].start()
                end = found[last + words].end() if last + words < len(found) - 1 else len(text)
                return {
                    "before": ("…" if start > 0 else "") + text[start : found[i].start()],
                    "match": text[found[i].start() : found[last].end()],
                    "after": text[found[last].end() : end] + ("…" if end < len(text) else ""),
                }
    end = found[2 * words].end() if 2 * words < len(found) - 1 else len(text)
    return {"before": text[:end] + ("…" if end < len(text) else ""), "match": "", "after": ""}


def _matches(want: str, stem: str, word: str) -> bool:
    """Whether a word (with its stem) is the one a query phrase asked for; ``abc*`` is a prefix."""
    if want.endswith("*"):
        return fold_compat(word).startswith(want[:-1])
    return stem == want


def fts_alternatives(forms: list[str], lang: str = "fr", stemmed: bool = True) -> str:
    """An FTS5 expression matching any of the written ``forms`` (each a quoted phrase of stems, or of
    folded words for the unstemmed tables of a store not yet migrated).

    Stems are made of word characters only, so quoting them leaves no FTS5 operator to inject.
    """

    def words(form: str) -> list[str]:
        return stem_words(form, lang) if stemmed else [fold_compat(w) for w in WORD.findall(form)]

    phrases = list(dict.fromkeys(" ".join(words(f)) for f in forms))
    phrases = [p for p in phrases if p]
    if not phrases:
        return ""
    quoted = [f'"{p}"' for p in phrases]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
