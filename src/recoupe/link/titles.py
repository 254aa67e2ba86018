"""Story titles a reader can use: an article's headline, or its lead sentence, whole.

What ingestion calls a title is only the first short line of a text, and pages often open with a rubric
(``En Brève``), the outlet's name (``RMC``), a date line (``Mardi 27 octobre``) or a headline with its
photo caption glued on (``…en SyriePlus de 3800 morts``). None of these tells a reader which story it
is, so a title is the first line among an article's opening lines that reads as a headline; failing that,
the lead sentence, cut only at a word boundary when it is very long.
"""

from __future__ import annotations

from functools import cache

from recoupe.lang import get_language
from recoupe.link.text import fold, sentences, words
from recoupe.model import Article

#: A headline is at most this long; a longer first line is the body.
MAX_HEADLINE = 150
#: Opening lines looked at for a headline (a rubric, an outlet and a date line may come before it).
HEAD_LINES = 4
#: A headline has at least this many words (``RMC``, ``En Brève`` have fewer).
MIN_HEADLINE_WORDS = 3
#: A lead sentence used as a title is cut (after a clause or a whole word, with an ellipsis) beyond this length.
MAX_LEAD = 200


@cache
def _data(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    data = get_language(lang).link
    return data.RUBRICS, data.DATE_WORDS


def _unglued(line: str) -> str:
    """``line`` without a caption glued to it: cut before a capitalized word that follows a lower-case
    letter with no space (``…en SyriePlus de 3800 morts`` → ``…en Syrie``)."""
    for i in range(1, len(line) - 1):
        if line[i - 1].islower() and line[i].isupper():
            end = i + 1
            while end < len(line) and line[end].isalpha() and line[end].islower():
                end += 1
            if end > i + 1 and end < len(line) and line[end].isspace():
                return line[:i]
    return line


def clean_headline(line: str, lang: str = "fr") -> str | None:
    """``line`` as a headline, or ``None`` when it is a rubric, an outlet's name or a date alone.

    A caption glued to the headline (no space between them) is cut off.
    """
    line = " ".join(line.split())
    if not line or len(line) > MAX_HEADLINE or line[-1] in ".…":
        return None
    line = _unglued(line).strip()
    return None if is_filler(line, lang) else line


def is_filler(line: str, lang: str = "fr") -> bool:
    """Whether a line says nothing of the story: too few words (an outlet), a rubric, or a date alone."""
    rubrics, date_words = _data(lang)
    found = [fold(w) for w, _, _ in words(line)]
    return (
        len(found) < MIN_HEADLINE_WORDS or fold(line).strip(" :-–—|.") in rubrics or all(w in date_words for w in found)
    )


def headline(article: Article) -> str | None:
    """The article's headline: its recorded title if it reads as one, else the first of its opening short
    lines that does (a rubric, an outlet name and a date line are passed over)."""
    if article.title and (found := clean_headline(article.title, article.lang)):
        return found
    lines = [line.strip() for line in article.text[article.body_start :].strip().splitlines() if line.strip()]
    for line in lines[:HEAD_LINES]:
        if len(line) > MAX_HEADLINE:
            break  # the body has begun
        if found := clean_headline(line, article.lang):
            return found
    return None


def lead_sentence(article: Article) -> str:
    """The first sentence of the body (a short line before it, such as a rubric, skipped), whole; cut after
    a clause or a whole word, with an ellipsis, only when longer than :data:`MAX_LEAD`."""
    text = article.text
    lead = ""
    for start, end in sentences(text, article.body_start):
        candidate = " ".join(text[start:end].split())
        if not is_filler(candidate, article.lang):
            lead = candidate
            break
        lead = lead or candidate
    if len(lead) <= MAX_LEAD:
        return lead
    head = lead[:MAX_LEAD]
    clause = max(head.rfind(", "), head.rfind(" : "), head.rfind("; "))
    cut = head[:clause] if clause >= MAX_LEAD // 3 else head.rsplit(" ", 1)[0]  # a clause, else whole words
    return f"{cut.rstrip(' ,;:-–—')}…"


def story_title(article: Article) -> str:
    """A title for a story that starts with ``article``: its headline, else its lead sentence."""
    return headline(article) or lead_sentence(article)


def is_headline(title: str) -> bool:
    """Whether a story's title is a headline (no final stop) rather than a lead sentence, which a later
    article's headline replaces."""
    return bool(title) and title.rstrip()[-1] not in ".…!?»"
