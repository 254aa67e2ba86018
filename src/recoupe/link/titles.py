"""Story titles a reader can use: the most central headline of a story's articles, or a lead sentence, whole.

What ingestion calls a title is only the first short line of a text, and pages often open with a rubric
(``En Brève``), the outlet's name (``RMC``), a date line (``Mardi 27 octobre``) or a headline with its
photo caption glued on (``…en SyriePlus de 3800 morts``). None of these tells a reader which story it
is, so a title is the first line among an article's opening lines that reads as a headline; failing that,
the lead sentence, cut only at a word boundary when it is very long.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from recoupe.ingest.layout import HEAD_LINES, glued_at, is_masthead, is_opening_filler, kicker_end, text_after
from recoupe.link.text import sentences, weighted_terms
from recoupe.model import Article

#: A headline is at most this long; a longer first line is the body.
MAX_HEADLINE = 150
#: A lead sentence used as a title is cut (after a clause or a whole word, with an ellipsis) beyond this length.
MAX_LEAD = 200
#: A line of this many words that a sentence of the body goes on from is that sentence cut, not a headline
#: (a shorter one, ``Grève à la SNCB``, may open a sentence as a headline does).
CUT_COPY_WORDS = 6
_SENTENCE_END = '.!?…»"”'
#: A later report's headline becomes the story's title when it is this much more central (share of the
#: story's reports that use its words, :func:`centrality`): the first report may be an angle on the story.
TITLE_GAIN = 0.15
#: Reports a story needs before its title may change for a more central headline: with two, each
#: headline's words are those of half the story, and the newer would win as often as not.
RETITLE_REPORTS = 3


def clean_headline(line: str, lang: str = "fr", body: str = "") -> str | None:
    """``line`` as a headline, or ``None`` when it is a rubric, an outlet's name or a date alone.

    A caption glued to the headline (no space between them) is cut off, unless the article's ``body`` writes
    the glued word too (a name such as ``LockBit``), and so is a rubric printed before it on its line
    (``EN DIRECT - ``, :func:`~recoupe.ingest.layout.kicker_end`).
    """
    line = " ".join(line.split())
    if not line or len(line) > MAX_HEADLINE or line[-1] in ".…":
        return None
    if (glue := glued_at(line, lang, body)) is not None:
        line = line[:glue].strip()
    line = line[kicker_end(line, lang) :]
    return None if is_opening_filler(line, lang) else line


def headline(article: Article) -> str | None:
    """The article's headline: its recorded title if it reads as one, else the first of its opening short
    lines that does (a rubric, an outlet name and a date line are passed over, and so is a name printed
    above a longer headline, :func:`~recoupe.ingest.layout.is_masthead`). A line the body goes on
    from is no headline but the body's first words, cut (:func:`is_cut_copy`)."""
    body = article.text[article.body_start :]
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    title = " ".join(article.title.split()) if article.title else None
    masthead = bool(lines) and is_masthead(lines[0], _line(lines, 1), article.lang, text_after(lines, 1))
    if title and not (masthead and title == lines[0]) and (found := _headline_line(title, body, article.lang)):
        return found
    for index, line in enumerate(lines[:HEAD_LINES]):
        if len(line) > MAX_HEADLINE:
            break  # the body has begun
        following, rest = _line(lines, index + 1), text_after(lines, index + 1)
        if not is_masthead(line, following, article.lang, rest) and (found := _headline_line(line, body, article.lang)):
            return found
    return None


def _line(lines: list[str], index: int) -> str | None:
    """``lines[index]``, or ``None`` past the last line."""
    return lines[index] if index < len(lines) else None


def _headline_line(line: str, body: str, lang: str) -> str | None:
    """``line`` as a headline (:func:`clean_headline`), unless the body goes on from it (as printed, its
    glued caption included: :func:`is_cut_copy`)."""
    rest = body.split(line, 1)[-1]  # the article after the headline: where a name glued in it recurs
    found = clean_headline(line, lang, rest)
    return found if found and not is_cut_copy(" ".join(line.split()), body) else None


def is_cut_copy(line: str, text: str) -> bool:
    """Whether ``line`` is the start of a longer sentence of ``text`` cut off: somewhere the text has the
    same words and goes on, within the word (``…sans sommatio`` of ``…sans sommation.``) or, for a line
    of :data:`CUT_COPY_WORDS` words or more, past it in the same sentence. A line that ends a sentence is
    whole."""
    if not line or line[-1] in _SENTENCE_END:
        return False
    flat = re.sub(r"[ \t\u00a0]+", " ", text)
    long = len(line.split()) >= CUT_COPY_WORDS
    start = flat.find(line)
    while start >= 0:
        after = flat[start + len(line) : start + len(line) + 2]
        if after[:1].isalnum() or (long and after[:1] == " " and after[1:2].isalnum()):
            return True
        start = flat.find(line, start + 1)
    return False


def lead_sentence(article: Article) -> str:
    """The first sentence of the body (a short line before it, such as a rubric, or a teaser line the body
    goes on from, skipped), whole; cut after a clause or a whole word, with an ellipsis, only when longer
    than :data:`MAX_LEAD` (a later sentence is no better: it tells a detail, or another brief's news)."""
    text = article.text
    fallback = ""
    for start, end in sentences(text, article.body_start):
        candidate = " ".join(text[start:end].split())
        if is_cut_copy(candidate, text):
            continue  # a teaser line the body goes on from: the whole sentence comes later
        if not is_opening_filler(candidate, article.lang):
            return candidate if len(candidate) <= MAX_LEAD else _cut(candidate)
        fallback = fallback or candidate
    return fallback


def _cut(lead: str) -> str:
    """A sentence too long for a title cut after a clause, else after a whole word, with an ellipsis."""
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


def centrality(title: str, story_vector: Mapping[str, float], reports: int, lang: str = "fr") -> float:
    """How central a headline is to a story: over its content words, the mean share of the story's
    ``reports`` that use the word, read from the story's summed word weights (``w:<stem>``, a word's weight
    per use its rarity squared, :func:`~recoupe.link.text.weighted_terms`).

    ``Crues de la Savinja : six morts`` is made of words most reports of the flood use; ``À Laško, les
    bénévoles affluent``, the first report's angle, of words one report uses.
    """
    terms = weighted_terms(title, lang)
    if not terms or reports <= 0:
        return 0.0
    shares = [min(1.0, story_vector.get(f"w:{stem}", 0.0) / weight / reports) for stem, weight in terms.items()]
    return sum(shares) / len(shares)
