"""Find quoted spans in raw text: pairs of quotation marks, nested or not, across paragraphs.

This is the *find* step of quote extraction, kept free of spaCy so that it is fast, can be tested on any
string, and can be reused by the coreference step (which must ignore what is said inside quotes). It
knows typography only:

* French guillemets ``« … »`` (with or without inner spaces), English ``“ … ”``, German ``„ … “``,
  single guillemets ``‹ … ›`` and straight ``" … "``;
* nested quotes (``« il a parlé d'“ennemis” »``): only the outermost pair is a quote, the inner marks
  are part of its words;
* a quote that goes on in the next paragraph: French typography leaves the first paragraph open and
  starts the next one with ``«`` (or ``»``); each paragraph gives one piece, and the pieces share a
  ``group`` so that one speaker is decided for all of them;
* an opening mark never closed is closed at the end of its paragraph (a missing ``»`` is a more common
  typo than a stray ``«``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark → the closing marks that end it.
PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", "‹": "›"}
#: Marks that may start a paragraph that continues the quote left open at the end of the previous one.
CONTINUATION_MARKS: str = "«»“"
_STRAIGHT = '"'
#: Every character that can close an open quote.
_CLOSERS = frozenset("".join(PAIRS.values()) + _STRAIGHT)
_SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
#: The only characters the scan stops at: quotation marks and line breaks.
_MARKS = re.compile('[«»“”„‹›"\n]')
#: What may come just before an opening straight quote.
_BEFORE_OPEN_STRAIGHT = " \t\n\u00a0\u202f([{«“'’:;,—–-/"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted piece of text.

    Attributes:
        start: offset of the first quoted character (after the opening mark and inner spaces).
        end: offset just after the last quoted character (before inner spaces and the closing mark).
        open: offset of the opening mark (or of the continuation mark for a later piece).
        close: offset of the closing mark, or of the paragraph end when the quote goes on or is unclosed.
        mark: the opening mark.
        closed: whether a closing mark ends this piece.
        group: pieces of one quote that runs over several paragraphs share a group number.
    """

    start: int
    end: int
    open: int
    close: int
    mark: str
    closed: bool
    group: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _SPACES or text[start] in "\r\n"):
        start += 1
    while end > start and (text[end - 1] in _SPACES or text[end - 1] in "\r\n"):
        end -= 1
    return start, end


def _opens_straight(text: str, i: int) -> bool:
    """A straight ``"`` opens when it follows a space or an opening punctuation and precedes a word."""
    before_ok = i == 0 or text[i - 1] in _BEFORE_OPEN_STRAIGHT
    after_ok = i + 1 < len(text) and text[i + 1] not in _SPACES and text[i + 1] not in "\r\n"
    return before_ok and after_ok


def _closes_straight(text: str, i: int) -> bool:
    """A straight ``"`` closes when it follows a non-space (a word or punctuation)."""
    return i > 0 and text[i - 1] not in _SPACES and text[i - 1] not in "\r\n"


def _paragraph_continues(text: str, newline: int) -> int | None:
    """If the paragraph after ``newline`` starts with a continuation mark, the offset of that mark."""
    j = newline
    while j < len(text) and (text[j] in _SPACES or text[j] in "\r\n"):
        j += 1
    if j < len(text) and text[j] in CONTINUATION_MARKS:
        return j
    return None


def _closes_in_next_paragraph(text: str, newline: int, mark: str) -> bool:
    """Whether the paragraph after ``newline`` holds a closing mark for ``mark`` before any opening mark
    (``« Un paragraphe\nsuite du discours. »``: the writer did not repeat the guillemet)."""
    begin = newline + 1
    while begin < len(text) and (text[begin] in _SPACES or text[begin] in "\r\n"):
        begin += 1  # past the blank line between two paragraphs
    end = text.find("\n", begin)
    paragraph = text[begin : end if end >= 0 else len(text)]
    closers = PAIRS[mark]
    for ch in paragraph:
        if ch in closers:
            return True
        if ch in PAIRS:
            return False
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted piece of ``text``, in order; see the module docstring for the rules.

    Args:
        text: any string (an article's original text).

    Returns:
        Non-overlapping :class:`QuoteSpan` records with ``text[start:end]`` the quoted words, never empty.
    """
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    piece_open = 0  # where the current outermost piece began (its mark)
    group = 0
    skip_to = 0
    n = len(text)

    def emit(open_at: int, start: int, end: int, close_at: int, mark: str, closed: bool) -> None:
        s, e = _trim(text, start, end)
        if s < e:
            spans.append(QuoteSpan(s, e, open_at, close_at, mark, closed, group))

    for match in _MARKS.finditer(text):
        i = match.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "\n":
            if not stack:
                continue
            mark = stack[0][0]
            cont = _paragraph_continues(text, i)
            if cont is None and mark != _STRAIGHT and _closes_in_next_paragraph(text, i, mark):
                cont = i  # no mark opens the next paragraph, but its closing mark ends this quote
            if cont is not None and mark != _STRAIGHT:
                # The quote goes on: emit this paragraph's piece and start the next after the mark.
                emit(piece_open, piece_open + 1, i, i, mark, False)
                del stack[1:]
                piece_open = cont
                skip_to = cont + 1
                continue
            if mark != _STRAIGHT:
                emit(piece_open, piece_open + 1, i, i, mark, False)
            stack.clear()
            group += 1
            continue
        closing = (
            next(
                (
                    k
                    for k in range(len(stack) - 1, -1, -1)
                    if ch in PAIRS.get(stack[k][0], "")
                    or (ch == _STRAIGHT == stack[k][0] and _closes_straight(text, i))
                ),
                None,
            )
            if ch in _CLOSERS
            else None
        )  # only a closing mark walks the open ones: unclosed « made this quadratic
        if closing is not None and not (ch == "“" and stack[closing][0] != "„"):
            if closing == 0:
                emit(piece_open, piece_open + 1, i, i, stack[0][0], True)
                group += 1
            del stack[closing:]
            continue
        if ch in PAIRS or (ch == _STRAIGHT and _opens_straight(text, i)):
            if not stack:
                piece_open = i
            stack.append((ch, i))
    if stack and stack[0][0] != _STRAIGHT:
        emit(piece_open, piece_open + 1, n, n, stack[0][0], False)
    return spans


def inside_any(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (quoted words, marks excluded)."""
    return any(s.start <= start and end <= s.end for s in spans)
