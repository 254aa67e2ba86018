"""What in an article's text is not the news: captions, credits, bylines, subheadings, rubrics, "lire aussi".

A crawled article is more than its paragraphs: a photo caption (``Le président russe lors d'une
réunion… via REUTERS``), a credit (``© AFP``), a byline (``Par Julie Roux``), a subheading
(``Manifestations terroristes selon le gouvernement``), a rubric (``En bref``), a link to another article
(``Lire aussi : …``). Read as sentences, they become summary sentences, timeline events, figures and
"entities" that no reporter wrote as news. They are found here, line by line, from each line's shape,
position and the language's credit and link words, and kept in the text (offsets stay valid) as
:class:`~recoupe.model.LayoutSpan` records: the analysis blanks them before spaCy reads the text, and
the summary and timeline skip them.

The headline stays news: the first line of a text, or the first after the lines a page prints above
it (a rubric, the outlet's name, a date line: :func:`is_opening_filler`); a caption glued to the headline
without a space (``…en SyriePlus de 3800 morts``, :func:`glued_at`) is a caption. A line that ends a
sentence (``.``, ``!``, ``?``, a closing quote) is a paragraph, however short.
"""

from __future__ import annotations

import re
from functools import cache

from recoupe.lang import get_language, word_zipf
from recoupe.model import LayoutSpan
from recoupe.text import fold, phrase_alternation

_LINE = re.compile(r"[^\n]+")
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Opening lines looked at for the headline (a rubric, an outlet and a date line may come before it).
HEAD_LINES = 4
#: A headline has at least this many words (``RMC``, ``En Brève`` have fewer).
MIN_HEADLINE_WORDS = 3
#: A line of at most this many words, each long word capitalized after a leading article, is a name: an
#: outlet's (``La Libre Belgique``, ``Le Journal du Dimanche``), not a headline.
MAX_NAME_WORDS = 5
#: A line longer than this is the body, not a headline.
MAX_HEADLINE_CHARS = 150
#: Characters that separate a rubric's parts (``Monde | Europe``, ``En bref - International``).
_RUBRIC_PARTS = re.compile(r"\s*[-–—|/•>:»]\s*")
#: Characters that end a paragraph's last sentence.
_SENTENCE_END = '.!?…»"”:;)'


@cache
def _furniture(lang: str) -> re.Pattern[str]:
    """The openings of the page's furniture lines (``Partager Facebook Twitter``, ``Temps de lecture : 3 min``)."""
    data = get_language(lang).data("text")
    return re.compile(rf"^\s*(?:{phrase_alternation(data.SITE_FURNITURE)})(?![\w-])", re.IGNORECASE)


#: A furniture line is short: a sentence that opens with ``Partager`` is news.
MAX_FURNITURE_WORDS = 12


def is_furniture_line(line: str, lang: str = "fr") -> bool:
    """Whether a line is the page's furniture (share buttons, reading time), not a line of the article."""
    return len(_WORDS.findall(line)) <= MAX_FURNITURE_WORDS and _furniture(lang).match(line) is not None


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = get_language(lang).data("text")
    credit = re.compile(rf"(?:{phrase_alternation(data.CREDIT_MARKS)})", re.IGNORECASE)
    link = re.compile(rf"^\s*(?:{phrase_alternation(data.LINK_LINES)})\b", re.IGNORECASE)
    byline = re.compile(rf"^\s*(?:{phrase_alternation(data.BYLINE_OPENERS)})\s+\S", re.IGNORECASE)
    return credit, link, byline, frozenset(w.casefold() for w in data.RUBRICS)


def credit_mark(line: str, lang: str = "fr") -> int | None:
    """Where the first credit mark of a caption line (``©``, ``/ AFP``, ``via REUTERS``) starts, if any."""
    found = _patterns(lang)[0].search(line)
    return found.start() if found is not None else None


def layout_spans(text: str, body_start: int = 0, lang: str = "fr") -> list[LayoutSpan]:
    """The lines of ``text`` (from ``body_start``) that are layout, not news, with their kind."""
    credit, link, byline, rubrics = _patterns(lang)
    spans: list[LayoutSpan] = []
    lines = [m for m in _LINE.finditer(text, body_start) if m.group(0).strip()]
    head = _headline_index([m.group(0).strip() for m in lines], lang)
    listed = _link_list_lines(text, lines, link)
    for index, match in enumerate(lines):
        line = match.group(0)
        stripped = line.strip()
        start = match.start() + len(line) - len(line.lstrip())
        end = match.start() + len(line.rstrip())
        words = stripped.split()
        kind: str | None = None
        if credit.search(stripped) and len(words) <= 40:
            kind = "caption" if len(words) > 4 else "credit"
        elif link.match(stripped) or index in listed:
            kind = "link"
        elif byline.match(stripped) and len(words) <= 8 and not stripped.endswith("."):
            kind = "byline"
        elif (
            stripped.casefold().strip(" :-–—") in rubrics
            or (index < head and not _is_date_line(stripped, lang))
            or is_furniture_line(stripped, lang)
        ):
            kind = "rubric"  # a section's name, or an outlet's printed above the headline
        elif index not in (0, head) and _heading_shaped(stripped, words) and index + 1 < len(lines):
            kind = "subheading"
        elif index == head and (glue := glued_at(stripped, lang, text[end:])) is not None:
            spans.append(LayoutSpan(start=start + glue, end=end, kind="caption", text=text[start + glue : end]))
        if kind is not None:
            spans.append(LayoutSpan(start=start, end=end, kind=kind, text=text[start:end]))
    return spans


def _link_list_lines(text: str, lines: list[re.Match[str]], link: re.Pattern[str]) -> set[int]:
    """The lines listed under a link heading that stands alone (``En savoir plus``, ``Sur le même sujet :``):
    the headlines of other articles, one a line, right under it and under each other (no blank line between),
    none ending with a full stop (a headline may ask, exclaim or quote: ``« Nous ne partirons pas »``). Read
    as news, ``Tunisie : au moins sept morts…`` would bring the toll of an earlier article into this one. The
    list ends at a blank line or at a line that ends with a full stop."""
    listed: set[int] = set()
    for index, match in enumerate(lines):
        heading = link.match(match.group(0))
        if heading is None or match.group(0)[heading.end() :].strip(" :-–—.…"):
            continue
        following = index + 1
        while following < len(lines):
            line = lines[following].group(0).strip()
            between = text[lines[following - 1].end() : lines[following].start()]
            if between.count("\n") > 1 or len(line) > MAX_HEADLINE_CHARS or line[-1:] in ".…;:":
                break
            listed.add(following)
            following += 1
    return listed


def _headline_index(lines: list[str], lang: str) -> int:
    """Which of the opening lines is the headline: the first that is not a rubric, an outlet's name
    (:func:`is_masthead` too) or a date line (0 when they all are, or when none of the first
    :data:`HEAD_LINES` is a headline)."""
    for index, line in enumerate(lines[:HEAD_LINES]):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if not is_opening_filler(line, lang) and not is_masthead(line, following, lang, text_after(lines, index + 1)):
            return index
    return 0


def text_after(lines: list[str], index: int) -> str:
    """The text of the lines after ``lines[index]``: a headline's article, where its subject is named again."""
    return "\n".join(lines[index + 1 :])


@cache
def _filler_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's rubrics (both lists: the layout's and the titles'), folded, and its date words."""
    link = get_language(lang).link
    rubrics = frozenset(fold(r) for r in get_language(lang).data("text").RUBRICS) | frozenset(link.RUBRICS)
    return rubrics, frozenset(link.DATE_WORDS)


def is_opening_filler(line: str, lang: str = "fr") -> bool:
    """Whether a line printed above an article says nothing of its story: too few words (an outlet,
    ``RMC``), a rubric or rubrics (``Monde | Europe``), a date alone (``Mardi 27 octobre``), or a name in
    title case after an article (``La Libre Belgique``)."""
    found = _WORDS.findall(line)
    return (
        len(found) < MIN_HEADLINE_WORDS
        or _is_rubric_line(line, lang)
        or is_furniture_line(line, lang)
        or _is_date_line(line, lang)
        or _is_name_line(line, found)
    )


def kicker_end(line: str, lang: str = "fr") -> int:
    """Where a headline starts after a rubric printed on its own line's start (``EN DIRECT - Prise d'otages…``,
    ``Vidéo. Le volcan…``, ``Analyse | Le départ…``), or 0: the kicker says how the outlet presents the
    article, not what story it tells, and a reader of a story's title does not need it. The kicker is a
    rubric, or a rubric in capitals followed by the outlet's name (``INFO FRANCE 2``); a hyphen separates
    only with spaces around it (``Saint-Denis``), and what follows must still read as a headline."""
    match = _KICKER.match(line)
    if match is None:
        return 0
    kicker = fold(match.group("kicker")).strip()
    rubrics, _ = _filler_words(lang)
    if kicker not in rubrics and not (match.group("kicker").isupper() and kicker.split()[0] in rubrics):
        return 0
    return 0 if is_opening_filler(line[match.end() :], lang) else match.end()


#: A short run of words at a line's start, then a full stop, a bar or a spaced dash: a possible kicker.
_KICKER = re.compile(r"(?P<kicker>[^\W\d_][^.|:\n]{0,30}?)\s*(?:[.|]|\s[-–—])\s+(?=\S)")


def _is_rubric_line(line: str, lang: str) -> bool:
    """A line made only of rubrics (``Éditorial``, ``Monde | Europe``): a section's name, printed under the
    outlet's and above the headline, never under a headline. A breadcrumb is one too, whatever its sections
    are called (``Accueil > Afrique > Mali``: :func:`_is_breadcrumb`)."""
    if _is_breadcrumb(line):
        return True
    rubrics, _ = _filler_words(lang)
    parts = [fold(p).strip(" .") for p in _RUBRIC_PARTS.split(line.strip()) if p.strip(" .")]
    return bool(parts) and all(p in rubrics for p in parts)


#: What separates the steps of a breadcrumb (``Accueil > Monde > Europe``, ``Accueil › Sport``).
_BREADCRUMB_STEP = re.compile(r"\s+[>›»]\s+")


def _is_breadcrumb(line: str) -> bool:
    """A site's path to the article (``Accueil > Monde > Europe``, ``Actualité › Faits divers › Lyon``): three
    steps or more, each a capitalized name of at most four words, no figure and no sentence's punctuation. A
    headline has one ``>`` at most, between clauses (``Inflation > 5 %``)."""
    steps = _BREADCRUMB_STEP.split(line.strip())
    return len(steps) >= 3 and all(
        0 < len(step.split()) <= 4 and step[:1].isupper() and not any(ch.isdigit() or ch in ".,;:!?«»" for ch in step)
        for step in steps
    )


def _is_place_line(line: str, lang: str) -> bool:
    """A short line of capitalized words, not in capitals and not a date (``Dijon``, ``Boulogne-sur-Mer``): the
    edition's town, printed under the outlet's name as a section is; a credit (``AFP``) is in capitals."""
    found = _WORDS.findall(line)
    return (
        0 < len(found) < MIN_HEADLINE_WORDS
        and all(w[0].isupper() and not w.isupper() for w in found)
        and not _is_date_line(line, lang)
    )


def _is_date_line(line: str, lang: str) -> bool:
    """A line made only of date words and numbers: ``Vendredi 18 octobre 2024``, ``Publié le 3/10 à 10h``."""
    _, date_words = _filler_words(lang)
    found = _WORDS.findall(line)
    return bool(found) and all(fold(w) in date_words for w in found)


def _is_name_line(line: str, found: list[str]) -> bool:
    """A short line that is a proper name: an article, then only capitalized long words (``La Voix du
    Nord``), no digit and no colon, as outlets write their names; headlines are written in sentence case."""
    if not _name_shaped(line, found):
        return False
    long_words = [w for w in map(_elided, found[1:]) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _name_shaped(line: str, found: list[str]) -> bool:
    """A short line that opens as a name does: an article, then a capitalized word (``Le Dauphiné
    libéré``, ``La Voix du Nord``), no digit, colon or quote."""
    if not found or len(found) > MAX_NAME_WORDS or any(ch.isdigit() or ch in ":?!«" for ch in line):
        return False
    if (name := _elided(found[0])) != found[0] and fold(found[0][:2]) in ("l'", "l’"):
        return name[:1].isupper()  # the article elided before the name's first word (``L'Hebdo de la Vienne``)
    return fold(found[0]) in ("le", "la", "les", "l") and len(found) > 1 and found[1][0].isupper()


def _elided(word: str) -> str:
    """A word without the one-letter article elided before it (``l'Air`` → ``Air``): a name's capital is
    the word's (``Le Journal de l'Air``)."""
    return re.sub(r"^[^\W\d_]['’]", "", word)


def is_masthead(line: str, next_line: str | None, lang: str = "fr", rest: str = "") -> bool:
    """Whether ``line`` is an outlet's name printed above the headline ``next_line``: it opens as a name
    (:func:`_name_shaped`: ``Le Dauphiné libéré``, whose adjective is in lower case, as a few outlets
    write their names) and a longer headline follows it. A headline is not followed by another one, and
    a short sentence-case headline (``Le Pen condamnée``) is followed by the body, or by a subtitle and
    then a body (``rest``, the text after ``next_line``) that names its subject again
    (:func:`_named_again`)."""
    found = _WORDS.findall(line)
    if next_line is None or not _name_shaped(line, found):
        return False
    next_line = next_line.strip()
    if _is_rubric_line(next_line, lang) or _is_place_line(next_line, lang):
        return True  # the outlet, then its section (``La Charente hebdo`` / ``Éditorial``): a headline has none below
    return (
        len(next_line) <= MAX_HEADLINE_CHARS
        and next_line[-1:] not in _SENTENCE_END
        and len(_WORDS.findall(next_line)) > len(found)
        and not is_opening_filler(next_line, lang)
        and not _named_again(found, rest)
    )


def _named_again(found: list[str], rest: str) -> bool:
    """Whether a name-shaped line in sentence case (``Le Rhône en crue``: a word after the name is in lower
    case, as outlets but a few write theirs) has its name written again, capitalized, in ``rest``: a headline
    tells what its article is about (``Le Rhône est sorti de son lit``); an outlet's name is not in its own
    article. A line of capitalized words only (``La Voix du Nord``) is a name whatever follows."""
    if all(w[0].isupper() for w in found[1:] if len(w) > 3):
        return False
    name = elided if (elided := _elided(found[0])) != found[0] else found[1]
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest) is not None


def glued_at(line: str, lang: str = "fr", elsewhere: str = "") -> int | None:
    """Where a caption glued to a headline starts: a capital right after a lower-case letter with no space
    (``…en SyriePlus de 3800 morts`` → at ``Plus``), when the two glued words make no word of the language
    (``YouTube``, ``PlayStation`` are words), the article does not write them so ``elsewhere`` (``le groupe
    LockBit`` in the body: a name with a capital inside it) and the caption has two words or more."""
    for match in re.finditer(r"(?<=[^\W\d_]{2})(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+\S)", line):
        i = match.start()
        left = re.search(r"[^\W\d_]+$", line[:i])
        right = re.match(r"[^\W\d_]+", line[i:])
        if left is None or right is None or len(line[:i].split()) < 2:
            continue
        glued = left.group(0) + right.group(0)
        if not word_zipf(fold(glued), lang) and not re.search(rf"(?<!\w){re.escape(glued)}(?!\w)", elsewhere):
            return i
    return None


def _heading_shaped(line: str, words: list[str]) -> bool:
    """A short line that ends no sentence and starts with a capital: a subheading between paragraphs."""
    return (
        len(words) <= 12
        and line[-1] not in _SENTENCE_END
        and line[0].isupper()
        and not any(ch.isdigit() for ch in line[:1])
    )
