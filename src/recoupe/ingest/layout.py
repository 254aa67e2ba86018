"""What in an article's text is not the news: captions, credits, bylines, subheadings, rubrics, "lire aussi".

A crawled article is more than its paragraphs: a photo caption (``Le président russe lors d'une
réunion… via REUTERS``), a credit (``© AFP``), a byline (``Par Julie Roux``), a subheading
(``Manifestations terroristes selon le gouvernement``), a rubric (``En bref``), a link to another article
(``Lire aussi : …``). Read as sentences, they become summary sentences, timeline events, figures and
"entities" that no reporter wrote as news. They are found here, line by line, from each line's shape,
position and the language's credit and link words, and kept in the text (offsets stay valid) as
:class:`~recoupe.model.LayoutSpan` records: the analysis blanks them before spaCy reads the text, and
the summary and timeline skip them.

The first line of a text is its headline and stays news; a line that ends a sentence (``.``, ``!``,
``?``, a closing quote) is a paragraph, however short.
"""

from __future__ import annotations

import re
from functools import cache

from recoupe.lang import get_language
from recoupe.model import LayoutSpan
from recoupe.text import phrase_alternation

_LINE = re.compile(r"[^\n]+")
#: Characters that end a paragraph's last sentence.
_SENTENCE_END = '.!?…»"”:;)'


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = get_language(lang).data("text")
    credit = re.compile(rf"(?:{phrase_alternation(data.CREDIT_MARKS)})", re.IGNORECASE)
    link = re.compile(rf"^\s*(?:{phrase_alternation(data.LINK_LINES)})\b", re.IGNORECASE)
    byline = re.compile(rf"^\s*(?:{phrase_alternation(data.BYLINE_OPENERS)})\s+\S", re.IGNORECASE)
    return credit, link, byline, frozenset(w.casefold() for w in data.RUBRICS)


def layout_spans(text: str, body_start: int = 0, lang: str = "fr") -> list[LayoutSpan]:
    """The lines of ``text`` (from ``body_start``) that are layout, not news, with their kind."""
    credit, link, byline, rubrics = _patterns(lang)
    spans: list[LayoutSpan] = []
    lines = [m for m in _LINE.finditer(text, body_start) if m.group(0).strip()]
    for index, match in enumerate(lines):
        line = match.group(0)
        stripped = line.strip()
        start = match.start() + len(line) - len(line.lstrip())
        end = match.start() + len(line.rstrip())
        words = stripped.split()
        kind: str | None = None
        if credit.search(stripped) and len(words) <= 40:
            kind = "caption" if len(words) > 4 else "credit"
        elif link.match(stripped):
            kind = "link"
        elif byline.match(stripped) and len(words) <= 8 and not stripped.endswith("."):
            kind = "byline"
        elif stripped.casefold().strip(" :-–—") in rubrics:
            kind = "rubric"
        elif index > 0 and _heading_shaped(stripped, words) and index + 1 < len(lines):
            kind = "subheading"
        if kind is not None:
            spans.append(LayoutSpan(start=start, end=end, kind=kind, text=text[start:end]))
    return spans


def _heading_shaped(line: str, words: list[str]) -> bool:
    """A short line that ends no sentence and starts with a capital: a subheading between paragraphs."""
    return (
        len(words) <= 12
        and line[-1] not in _SENTENCE_END
        and line[0].isupper()
        and not any(ch.isdigit() for ch in line[:1])
    )
