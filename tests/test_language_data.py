"""No French word is written in ``analyze/`` or ``link/``: they live in ``lang/fr/`` (issue #15).

Another language is added by mirroring ``lang/fr``; a French word left in an extractor would silently
apply French rules to it. The check walks the code's string constants (docstrings and comments are
exempt: they explain in French examples) and flags one that is French:

* it holds a lowercase accented letter (``après``, ``à``), which code outside ``lang/`` has no other use for;
* or its words are French words: found in the ``lang/fr`` tables and more frequent in French than in
  English text (``wordfreq``, shipped offline), so that ``"selon"`` or ``("le", "la")`` are caught while
  ``"nsubj"``, ``"source"`` or ``"at_least"`` are not. A string of several words is French when at least
  half of them are (a French regex alternation), not when one word of an English message happens to be.

Labels of spaCy's French models that are also French words (``aux``, ``det``, ``Fin``, ``Masc``…) and
registered language codes are allowed; so are all-capital labels (``NUM``, ``SENT_START``).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

import recoupe.lang.fr
from recoupe.lang import get_language, languages, tables

SRC = Path(__file__).resolve().parent.parent / "src" / "recoupe"
CHECKED = ("analyze", "link")
#: Folders and files not checked yet, each with why.
PENDING: dict[str, str] = {}
#: Dependency labels and morphology values of spaCy's French models that are also French words.
LABELS: frozenset[str] = frozenset({"aux", "det", "fin", "masc", "fem", "sing", "plur"})
#: Words that are names of things in the code, not French text (``FigureKind`` ``"article"``).
NAMES: frozenset[str] = frozenset(
    {
        "article",
        "dossier",  # names of things in the code
        "num",
        "dir",
        "pres",
        "en",  # regex group names, spaCy's Tense=Pres, the English locale code
        "violence",  # ACLED's English labels (Mob violence, Political violence)
        "palestine",  # ACLED's English country name (link/places.py), spelled as in French
        "documents",
        "qualifier",  # field names of model records (Story.documents, Claim.qualifier), read by corrections
    }
)

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ACCENTED = re.compile(r"[à-öø-ÿœæ]")
_LABEL = re.compile(r"[A-Z_:]+")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def french_vocabulary() -> frozenset[str]:
    """Every word of every ``lang/fr`` table, with and without accents."""
    words: set[str] = set()
    for module_info in pkgutil.iter_modules(recoupe.lang.fr.__path__):
        module = importlib.import_module(f"recoupe.lang.fr.{module_info.name}")
        for name, value in vars(module).items():
            if name.isupper():
                for text in _strings(value):
                    for word in _WORD.findall(text.lower()):
                        words.update((word, _plain(word)))
    return frozenset(words)


@cache
def is_french_word(word: str) -> bool:
    allowed = LABELS | NAMES | set(languages.names())
    return (
        len(word) >= 2
        and word not in allowed
        and word in french_vocabulary()
        and zipf_frequency(word, "fr") > zipf_frequency(word, "en")
    )


def is_french(text: str) -> bool:
    """Whether a string constant is French words (see the module docstring for the rule)."""
    if _LABEL.fullmatch(text):
        return False
    if _ACCENTED.search(text):
        return True
    words = [w for w in _WORD.findall(text.lower()) if len(w) >= 2]
    if not words:
        return False
    french = sum(is_french_word(w) for w in words)
    return french >= 1 if len(words) == 1 else 2 * french >= len(words)


def _docstrings(tree: ast.AST) -> set[int]:
    """The string expressions that document (module, class, function and attribute docstrings)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:
                if (
                    isinstance(statement, ast.Expr)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                ):
                    found.add(id(statement.value))
    return found


def french_literals(path: Path) -> list[str]:
    """``file:line: 'literal'`` for each French string constant in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    relative = path.relative_to(SRC).as_posix()
    return [
        f"{relative}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and is_french(node.value)
    ]


def checked_files() -> list[Path]:
    files = []
    for folder in CHECKED:
        for path in sorted((SRC / folder).rglob("*.py")):
            relative = path.relative_to(SRC).as_posix()
            if not any(relative.startswith(pending) for pending in PENDING):
                files.append(path)
    return files


def test_no_french_words_in_analyze_or_link() -> None:
    found = [line for path in checked_files() for line in french_literals(path)]
    assert not found, "French words belong in lang/fr/ (read them through get_language(code)):\n" + "\n".join(found)


@pytest.mark.parametrize(
    "text",
    [
        "selon",
        "après",
        "Mme",
        "ils elles",
        r"(?:^|\s)(?:lequel|laquelle|que|qu['’])\b",
        "premier ministre",
        "de du des d la le les l et en au aux pour sur of the and for",
    ],
)
def test_the_check_sees_french(text: str) -> None:
    assert is_french(text)


@pytest.mark.parametrize(
    "text",
    [
        "nsubj",
        "nsubj:pass",
        "obl:agent",
        "aux",
        "det",
        "Fin",
        "Masc",
        "PROPN",
        "SENT_START",
        "fr",
        "source",
        "at_least",
        "killed",
        "participants",
        "expand",
        "CHAR_MAP must be one-to-one",
        r"[\s'’-]+",
        "E301",
        "no report gives a single figure",
        r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$",
    ],
)
def test_the_check_leaves_code_alone(text: str) -> None:
    assert not is_french(text)


@pytest.mark.parametrize("code", languages.names())
def test_each_language_provides_the_typed_tables(code: str) -> None:
    """What ``Language.speech`` (and the others) promise mypy holds at run time: every name is there."""
    language = get_language(code)
    for name in ("text", "entities", "numbers", "claims", "speech", "coref", "link"):
        protocol = getattr(tables, f"{name.capitalize()}Tables")
        module = language.data(name)
        members = set(protocol.__annotations__) | {n for n, v in vars(protocol).items() if isinstance(v, staticmethod)}
        missing = sorted(member for member in members if not hasattr(module, member))
        assert not missing, f"{code}/{name}.py lacks {missing}"
        assert isinstance(module, protocol)
