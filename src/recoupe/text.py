"""How recoupe compares words: the text folds, and the regex alternations built from word tables.

Every room compares words, and each comparison needs a slightly different "same": merging the folds
below would change what recoupe writes, so they stay separate, and this list names the difference.

- :func:`fold`: lower case, accents removed (NFD), ``’`` → ``'``, no-break space → space. The analysis.
- :func:`fold_compat`: casefold, accents and compatibility characters removed (NFKD), ``’`` → ``'``.
  Linking.
- :func:`fold_loose`: :func:`fold_compat` with hyphens and apostrophes as spaces. Place names.
  (Scoring ACLED names, ``eval/events.plain``, is :func:`fold_compat` after every apostrophe variant
  became ``'``, spaces collapsed.)
- :func:`fold_words`: the words of :func:`fold`, one space apart. Quoted words.
- :func:`squash`: lower case, ``’`` → ``'``, one space; accents kept. Time expressions, number phrases.
- :func:`fold_typography`: casefold, every apostrophe → ``'``, typographic spaces plain, ends stripped;
  accents kept. Scoring.

Why they differ:

* :func:`fold` compares an article's tokens with the language tables (both folded). NFD with ``lower``
  leaves compatibility characters alone (``²``, the ligature ``ﬁ``, the narrow no-break space U+202F
  French puts before ``;:!?``): :func:`fold_compat` in its place would change which tokens match.
* :func:`fold_compat` compares names and words *across* articles, written by outlets with different
  typography: NFKD also unifies those compatibility characters, and ``casefold`` maps ``ß`` to ``ss``.
* :func:`fold_loose` looks a place up in the gazetteer, whose names hyphenate freely (``Alma-Ata``).
* :func:`squash` compares a time expression's (or a number phrase's) matched words with the keys of the
  tables, which are written with their accents (``août``, ``février``): accents must stay.
* :func:`fold_typography` compares predicted names with the names annotators typed (``eval``): the
  apostrophe and space variants of typing are unified, and the accents kept, as the scorer always did.

What a pattern needs (:func:`required_substrings`): the strings one of which its every match holds, so that
a pattern need not run over a text without them.

The alternations: a table of phrases becomes one regex, longest phrase first, because Python's regex
takes the first alternative that leads to a match (``avant-hier`` must be tried before ``hier``).
"""

from __future__ import annotations

import re
import re._constants as _sre  # the regex parser's: private, but stable since Python 3.11
import re._parser as _sre_parser
import unicodedata
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

#: The capital letters of the Latin alphabets, accented and others (``É``, Turkish dotted ``İ``, ``Ş``,
#: Polish ``Ł``, Icelandic ``Þ``), for a regex character class: an acronym of a foreign body keeps its
#: language's letters (``TİM``), which ``A-Z`` misses.
UPPER_LETTERS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch.isalpha())


def mixed_case_acronym(word: str) -> bool:
    """An acronym that writes one of its letters in lower case, the initial of a small word of its name
    (``AfD``, *Alternative für Deutschland*): three to five letters, the first and at least two capitals, one
    lower-case letter at most."""
    lower = sum(ch.islower() for ch in word)
    return (
        3 <= len(word) <= 5
        and word.isalpha()
        and word[0].isupper()
        and lower == 1
        and sum(ch.isupper() for ch in word) >= 2
    )


# ----------------------------------------------------------------------------------------------------
# Folds


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, straight apostrophes, no accents: the form the analysis compares tokens and tables in."""
    return unaccented(text.replace("’", "'").replace("\u00a0", " ").lower())


def unaccented(text: str) -> str:
    """``text`` without accents, its case kept (``Guimarães`` → ``Guimaraes``)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def fold_compat(text: str) -> str:
    """Casefolded without accents or compatibility characters: ``Tokaïev`` → ``tokaiev``.

    Called for every word the linker compares, so words (short strings, which repeat) are remembered,
    and plain ASCII skips the Unicode decomposition.
    """
    if text.isascii():
        return text.casefold()
    return _fold_compat_word(text) if len(text) <= 40 else _fold_compat_text(text)


def _fold_compat(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_fold_compat_word = lru_cache(maxsize=1 << 16)(_fold_compat)
#: Sentences and article bodies, remembered too (fewer): a story's view folds the same ones at every add.
_fold_compat_text = lru_cache(maxsize=1 << 13)(_fold_compat)


def fold_loose(text: str) -> str:
    """:func:`fold_compat` with hyphens and apostrophes read as spaces: ``Alma-Ata`` = ``alma ata``."""
    return " ".join(fold_compat(text).replace("-", " ").replace("'", " ").split())


_WORD = re.compile(r"[\w'’-]+")


def fold_words(text: str) -> str:
    """The words of :func:`fold` ``(text)``, one space apart, without punctuation: quoted words compared
    with each other (``« Nous partirons. »`` = ``nous partirons``)."""
    return " ".join(_WORD.findall(fold(text)))


def squash(text: str) -> str:
    """Lower case, single spaces, straight apostrophes, accents kept: matched words against table keys."""
    return " ".join(text.lower().replace("\u2019", "'").split())


#: Characters written for an apostrophe in real text; each is read as ``'``. One character for one, so
#: offsets found in the normalized text are offsets into the original.
APOSTROPHES: str = "\u2019\u2018\u02bc\u02bb\u2032\uff07\u00b4`"
_APOSTROPHE_MAP = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
#: Spaces French typography puts inside names and numbers; read as a plain space when comparing names.
_SPACES_MAP = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007\u2009", " "))


def normalize_apostrophes(text: str) -> str:
    """Replace every apostrophe variant by ``'``, one character for one (offsets are unchanged).

    Annotators type ``'`` where the article prints ``’`` (or the reverse); the two must compare equal.
    """
    return text.translate(_APOSTROPHE_MAP)


def fold_typography(text: str) -> str:
    """Apostrophes unified, typographic spaces plain, case folded, ends stripped; accents kept."""
    return normalize_apostrophes(text).translate(_SPACES_MAP).casefold().strip()


# ----------------------------------------------------------------------------------------------------
# Alternations

#: Either apostrophe, straight or typographic, as a regex character class.
ANY_APOSTROPHE = "['\u2019]"


def phrase_regex(phrase: str, *, any_apostrophe: bool = False) -> str:
    """``phrase`` as a regex: its characters literal, any whitespace run where it has a space, and with
    ``any_apostrophe`` either apostrophe where it has ``'`` (tables write ``'``, articles print ``’``)."""
    pattern = re.escape(phrase).replace(r"\ ", r"\s+")
    return pattern.replace("'", ANY_APOSTROPHE) if any_apostrophe else pattern


def longest_first(patterns: Iterable[str]) -> str:
    """One alternation (without its group) of ``patterns``, each once, longest first, so that a phrase
    is tried before its own beginning. Ties keep their table order."""
    return "|".join(sorted(dict.fromkeys(patterns), key=len, reverse=True))


def phrase_alternation(phrases: Iterable[str], *, any_apostrophe: bool = False) -> str:
    """The phrases of a word table as one alternation (without its group), longest first."""
    return longest_first(phrase_regex(p, any_apostrophe=any_apostrophe) for p in phrases)


Trie = dict[str, "Trie"]


def trie_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex factored on their shared beginnings (without an outer group): what
    :func:`phrase_alternation` matches, longest first too, but tried letter by letter rather than phrase by
    phrase. For a table of a thousand phrases (the years written in words), a flat alternation makes
    ``re`` try every phrase at every position; the factored form fails at the first letter no phrase has."""
    root: Trie = {}  # unit → subtree; "" → a phrase ends here
    for phrase in dict.fromkeys(phrases):
        node = root
        for unit in (r"\s+" if ch == " " else re.escape(ch) for ch in phrase):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: Trie) -> str:
        branches = [unit + emit(child) for unit, child in node.items() if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # a phrase ends here: the longer ones first

    return emit(root)


# -- what a regex cannot match without ---------------------------------------------------------------------

#: Letters ``re.IGNORECASE`` takes for another besides their lower case (``ı`` for ``i``, ``ſ`` for ``s``), and
#: ``İ``, whose lower case is two characters (``i`` and a combining dot, which would part ``mille`` written
#: ``MİLLE``): :func:`fold_for_required` maps them onto that letter before lower-casing, so that a text such a
#: pattern matches holds its strings. (The Kelvin sign lower-cases to ``k`` already.)
_CASE_EXTRAS = str.maketrans({"ı": "i", "ſ": "s", "İ": "i"})
#: Strings at most in one requirement: a table of thousands of phrases tells little one string at a time.
_REQUIRED_MAX = 256
Requirement = frozenset[str]


def fold_for_required(text: str) -> str:
    """The text as :func:`required_substrings` compares its strings with it: lower case, case extras
    unified (a case-insensitive pattern's match, lower-cased this way, holds one of its strings)."""
    return text.translate(_CASE_EXTRAS).lower()


def required_substrings(pattern: re.Pattern[str]) -> Requirement | None:
    """Strings one of which every match of ``pattern`` contains (lower case), or ``None`` when the pattern
    has no such short list.

    A time-expression grammar runs a hundred patterns over every article, and most find nothing in most
    articles (a holiday, a century, a clock time): a pattern whose every match holds ``noël`` or
    ``pâques`` need not run over a text that holds neither. This reads the parsed pattern: a run of
    literal letters is a string (``la veille``), alternatives add up (``janvier|février``), an optional
    part requires nothing, and of a sequence's requirements the most selective is kept (longest shortest
    string, then fewest strings). Nothing is guessed: a text without any of the strings cannot match.
    """
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError):  # a construct this reader does not know: no shortcut
        return None
    return _required(list(parsed))


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
_DIGITS = frozenset("0123456789")


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a sequence matches, when they are few (``None``: too many, or any letter)."""
    found = {""}
    for op, av in items:
        options = _exact_item(op, av)
        if options is None:
            return None
        found = {a + b for a in found for b in options}
        if len(found) > _REQUIRED_MAX:
            return None
    return found


def _group_items(op: Any, av: Any) -> list[tuple[Any, Any]] | None:
    """The items a group holds (``(?:…)``, ``(?>…)``), or ``None`` for an item that is no group."""
    if op is _sre.SUBPATTERN:
        return list(av[3])
    if op is _sre.ATOMIC_GROUP:
        return list(av)
    return None


def _union(branches: Any, each: Callable[[list[tuple[Any, Any]]], AbstractSet[str] | None]) -> set[str] | None:
    """The strings ``each`` finds in every branch of an alternation, together; ``None`` when a branch has none
    or they are too many to test (over :data:`_REQUIRED_MAX`)."""
    found: set[str] = set()
    for branch in branches:
        options = each(list(branch))
        if options is None:
            return None
        found |= options
    return found if len(found) <= _REQUIRED_MAX else None


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is _sre.LITERAL:
        return {fold_for_required(chr(av))}
    if op is _sre.IN:  # a class of a few letters: [ée]
        members = list(av)
        if len(members) <= 8 and all(kind is _sre.LITERAL for kind, _ in members):
            return {fold_for_required(chr(code)) for _, code in members}
        return None
    if (inner := _group_items(op, av)) is not None:
        return _exact(inner)
    if op is _sre.BRANCH:
        return _union(av[1], _exact)
    if op in _REPEATS:
        low, high, sub = av
        if high > 1:
            return None
        options = _exact(list(sub))
        return None if options is None else (options | {""} if low == 0 else options)
    if op in _ZERO_WIDTH:
        return {""}
    return None


def _required(items: list[tuple[Any, Any]]) -> Requirement | None:
    """Of a sequence: the most selective requirement among its runs of exact items and its other items."""
    found: list[Requirement] = []
    run: list[tuple[Any, Any]] = []

    def close() -> None:
        if not run:
            return
        options = _exact(run)
        if options is not None and "" not in options:
            found.append(frozenset(options))
        elif options is None:  # too many strings together: each item on its own
            found.extend(r for op, av in run if (r := _required_item(op, av)) is not None)
        run.clear()

    for op, av in items:
        if _exact_item(op, av) is not None:
            run.append((op, av))
            continue
        close()
        if (requirement := _required_item(op, av)) is not None:
            found.append(requirement)
    close()
    best = max(found, key=lambda r: (min(map(len, r)), -len(r)), default=None)
    # a string holding another of the list adds nothing: février holds fév
    return None if best is None else frozenset(s for s in best if not any(o != s and o in s for o in best))


def _required_item(op: Any, av: Any) -> Requirement | None:
    if op is _sre.IN and list(av) == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
        return _DIGITS
    if op in (_sre.LITERAL, _sre.IN):
        options = _exact_item(op, av)
        return frozenset(options) if options else None
    if (inner := _group_items(op, av)) is not None:
        return _required(inner)
    if op is _sre.BRANCH:
        found = _union(av[1], _required)
        return None if found is None else frozenset(found)
    if op in _REPEATS and av[0] >= 1:
        return _required(list(av[2]))
    return None
