"""Claim groups: the reports of one figure, whether they agree, were revised or conflict, and what to quote.

An analyst reading a story asks four questions of its figures: which agree, which were revised, which
conflict, and which number to quote now — with where each comes from. A group answers them for one
figure, so the first job is to put together exactly the reports that count the same thing:

* the same **category** (killed, arrested…) and **population** counted: everyone, security forces,
  attackers or rioters, protesters, children… (:func:`population`). Arrested, detained and *interpellés*
  are one population; "dans les deux camps" is everyone; a subset (``dont 12 enfants``, ``400 d'entre
  elles``) is its own group;
* the same **place scope**: a city's or a province's figure is not the country's, a two-country total is
  neither country's; place names that share their distinctive word (``barrage de Sarrans-le-Haut`` /
  ``Sarrans``) are one place (:class:`_Places`). A figure that names no place is the story's own scope:
  it joins the story's one country, or its one place when it names no country;
* the same **period**: a crowd is counted for its day (the claim's own date, else its article's); a
  running toll (killed, arrests…) is one series, unless its sentence makes it one night's or one day's
  count (``dans la nuit de jeudi à vendredi``, ``la veille``) and not a total (``depuis``, ``au total``).

Then each group gets its verdict from time and source (:func:`decide`), over its *independent* reports —
a copy of another outlet's passage and an article repeating its own figure count once:

* ``agree``: every report's range holds one common figure (``des dizaines`` and ``26``);
* ``update``: they differ, and every difference follows time: a later report revises an earlier one — a
  running count that rose, the same source correcting itself, or a report that says it revises
  (``nouveau bilan``);
* ``conflict``: independent sources give incompatible figures that no later revision explains (the same
  day, or a running toll that falls from one source to another);
* ``None`` with fewer than two independent reports: nothing to cross-check.

The **figure to quote** (``figure``) is, for ``agree``, the most precise value inside every report's
range; for ``update``, the latest reports'; for ``conflict``, none — the range is what can be said. The
**conservative** figure follows ACLED's rule (the latest when revised, the lowest when sources conflict,
the codebook's numbers for vague counts: dozens → 12), never below a specific report compatible with all
the others.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial

from recoupe.lang import country_names, get_language
from recoupe.link.entities import name_key
from recoupe.link.memo import PerArticle
from recoupe.link.places import Place, gazetteer, story_country
from recoupe.link.text import fold
from recoupe.model import (
    PEOPLE_CATEGORIES,
    Claim,
    ClaimGroup,
    ClaimReport,
    DocumentAnalysis,
    SharedPassage,
    Verdict,
)
from recoupe.text import longest_first

#: Relative spread an approximate figure (``environ``, ``près de``) is taken to allow.
APPROX_TOLERANCE = 0.15
#: How far two approximate figures may differ and still be one estimate (``près de 200`` / ``environ
#: 200``): each is its writer's round best figure, so ``près de 200`` then ``près de 250`` is a change,
#: though their ±15 % ranges touch.
ESTIMATES_TOLERANCE = 0.05
#: How far past its figure ``plus de N`` is read (and below it ``moins de N``): "plus de 3 000" is not 8 000.
BOUND_SPREAD = 2.0
#: How many times every figure of the story's whole a place's figure must exceed to count something wider
#: (a region's season of heat deaths beside a town's toll): a toll revised up, or given later or by another
#: source at the site, stays within a few times the whole's (``17 hospitalisés à Potosí`` beside 14).
WIDER_COUNT_FACTOR = 3.0
#: ACLED's codebook numbers for vague counts, by the vague amount's upper bound.
ACLED_VAGUE: tuple[tuple[float, int], ...] = ((19, 10), (99, 12), (999, 100), (9_999, 1_000))
#: Categories that count a gathering (its crowd, its arrests): an article headlined on one city's march
#: reports that march, so its figures of these kinds that name no place are the city's.
GATHERING_CATEGORIES: frozenset[str] = frozenset({"participants", "arrested"})
#: Categories an article reporting a march counts on the march's day, not as a running total: a day of
#: demonstrations has its own arrests and injured police, and the next week's march has others.
MARCH_DAY_CATEGORIES: frozenset[str] = frozenset({"arrested", "injured"})
#: The longest first line read as a headline (a title, not a paragraph).
HEADLINE_MAX = 160
#: How precise each qualifier is, most precise first: the figure to quote is the most precise one.
PRECISION: dict[str, int] = {"exact": 0, "approx": 1, "at_least": 2, "at_most": 2, "range": 3, "vague": 4}


# --------------------------------------------------------------------------------------------------
# Language data


@dataclass(frozen=True)
class _Cues:
    """The language's words for grouping, folded once."""

    classes: dict[str, frozenset[str]]
    context_classes: tuple[tuple[frozenset[str], str, re.Pattern[str]], ...]
    population_cues: tuple[tuple[str, tuple[str, ...]], ...]
    refugee: re.Pattern[str]
    shelter: re.Pattern[str]
    internal: re.Pattern[str]
    homeless: re.Pattern[str]
    left_home: re.Pattern[str]
    evacuated: re.Pattern[str]
    by_category: dict[str, dict[str, str]]
    troop_classes: dict[str, frozenset[str]]
    cumulative_categories: frozenset[str]
    state_categories: frozenset[str]
    toll_categories: frozenset[str]
    current_categories: frozenset[str]
    current: re.Pattern[str]
    periodic_categories: frozenset[str]
    cumulative: re.Pattern[str]
    since: re.Pattern[str]
    increment: re.Pattern[str]
    others: re.Pattern[str] | None
    background: re.Pattern[str]
    period: re.Pattern[str]
    night: re.Pattern[str]
    window: re.Pattern[str]
    one_day: re.Pattern[str]
    revision: re.Pattern[str]
    repeat: re.Pattern[str]
    known_before: re.Pattern[str]
    recall: re.Pattern[str]
    recall_announced: re.Pattern[str]
    recalled_report: re.Pattern[str]
    raised: re.Pattern[str]
    nationwide: re.Pattern[str]
    generic_place_words: frozenset[str]
    body_heads: frozenset[str]
    not_who: re.Pattern[str]
    among_after: re.Pattern[str]
    side_heading: re.Pattern[str]
    subset_aside: re.Pattern[str]
    enemy_kill: re.Pattern[str]
    capital: re.Pattern[str]
    toll_nouns: frozenset[str]
    subject_time_words: frozenset[str]


def _words_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` (folded) as whole words, longest first."""
    alternatives = longest_first(re.escape(fold(p)) for p in phrases)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)") if alternatives else re.compile(r"(?!)")


@cache
def _stems_pattern(stems: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``stems`` (folded) at a word's start: ``réfugié`` finds ``réfugiées``."""
    alternatives = longest_first(re.escape(fold(s)) for s in stems)
    return re.compile(r"(?<!\w)(?:" + alternatives + ")") if alternatives else re.compile(r"(?!)")


@cache
def _cues(lang: str) -> _Cues:
    """The language's cues, compiled once: every figure of every story reads them."""
    data = get_language(lang).link
    return _Cues(
        classes={name: frozenset(fold(w) for w in words) for name, words in data.SUBJECT_CLASSES.items()},
        context_classes=tuple(
            (frozenset(fold(words).split()), name, re.compile(pattern))
            for words, name, pattern in getattr(data, "CONTEXT_CLASSES", ())
        ),
        population_cues=tuple((name, tuple(fold(s) for s in stems)) for name, stems in data.POPULATION_CUES),
        refugee=_stems_pattern(getattr(data, "REFUGEE_CUES", ())),
        shelter=_words_pattern(getattr(data, "SHELTER_NOT_REFUGE", ())),
        internal=_stems_pattern(getattr(data, "INTERNAL_DISPLACEMENT_CUES", ())),
        homeless=_stems_pattern(getattr(data, "HOMELESS_CUES", ())),
        left_home=re.compile(getattr(data, "LEFT_HOME_NOT_LOST", r"(?!)")),
        evacuated=_stems_pattern(getattr(data, "EVACUATION_CUES", ())),
        by_category=data.POPULATION_BY_CATEGORY,
        troop_classes={name: frozenset(fold(w) for w in words) for name, words in data.TROOP_CLASSES.items()},
        cumulative_categories=data.CUMULATIVE_CATEGORIES,
        state_categories=data.STATE_CATEGORIES,
        toll_categories=getattr(data, "TOLL_CATEGORIES", frozenset()),
        current_categories=getattr(data, "CURRENT_STATE_CATEGORIES", frozenset()),
        current=re.compile(getattr(data, "CURRENT_STATE_AFTER", r"(?!)")),
        periodic_categories=data.PERIODIC_CATEGORIES,
        cumulative=_words_pattern(data.CUMULATIVE_CUES),
        since=_words_pattern(data.SINCE_CUES),
        increment=_words_pattern(data.INCREMENT_WORDS),
        others=_words_pattern(others) if (others := tuple(getattr(data, "INCREMENT_OTHERS", ()))) else None,
        background=_words_pattern(data.BACKGROUND_TENSE_CUES),
        period=_words_pattern(data.PERIOD_CUES),
        night=_words_pattern(getattr(data, "NIGHT_CUES", ())),
        window=_words_pattern(getattr(data, "WINDOW_CUES", ())),
        one_day=_words_pattern(getattr(data, "ONE_DAY_CUES", ())),
        revision=_words_pattern(data.REVISION_CUES),
        repeat=_words_pattern(getattr(data, "REPEAT_CUES", ())),
        known_before=re.compile(getattr(data, "KNOWN_COUNT_BEFORE", r"(?!)")),
        recall=_words_pattern(data.RECALL_CUES),
        recall_announced=re.compile(getattr(data, "RECALL_ANNOUNCED", r"(?!)")),
        recalled_report=_words_pattern(getattr(data, "RECALLED_REPORT_SUBJECTS", ())),
        raised=_words_pattern(getattr(data, "RECALLED_REPORT_RAISED", ())),
        nationwide=_words_pattern(data.NATIONWIDE_CUES),
        generic_place_words=frozenset(fold(w) for w in data.GENERIC_PLACE_WORDS),
        body_heads=frozenset(fold(w) for w in getattr(data, "BODY_NAME_HEADS", ())),
        not_who=_words_pattern(data.NOT_WHO_PHRASES),
        among_after=re.compile(getattr(data, "POPULATION_AMONG_AFTER", r"(?!)")),
        side_heading=re.compile(getattr(data, "POPULATION_SIDE_HEADING", r"(?!)")),
        subset_aside=re.compile(getattr(data, "POPULATION_SUBSET_ASIDE", r"(?!)")),
        enemy_kill=_stems_pattern(tuple(getattr(data, "ENEMY_KILL_CUES", ()))),
        capital=_words_pattern(data.CAPITAL_PHRASES),
        toll_nouns=frozenset(fold(w) for words in get_language(lang).claims.CATEGORY_NOUNS.values() for w in words),
        subject_time_words=frozenset(fold(w) for w in getattr(data, "SUBJECT_TIME_WORDS", ())),
    )


def _tokens(text: str) -> set[str]:
    return set(re.split(r"[\s'«»\"“”(),.;:!?]+", fold(text))) - {""}


# --------------------------------------------------------------------------------------------------
# What a claim counts, where and when


#: Entries of the memories of the words around a figure: a story of 1 000 articles holds ~7 000 figures,
#: read again at every add into it (their texts are the same objects while the articles are unchanged).
AROUND_MEMORY = 1 << 16


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the claim's clause before it (from the last comma, colon or sentence end) and of its
    sentence after it (to the sentence end): where a verb or a phrase says whom a figure counts."""
    before_start = max((text.rfind(mark, max(0, start - 200), start) for mark in ",;:.!?\n"), default=-1)
    after = text[end : end + 200]
    cut = re.search(r"[.;!?\n]", after)
    return text[before_start + 1 : start], after[: cut.start()] if cut else after


def _sentence_and_clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The figure's sentence up to ``start`` and its own clause after ``end`` (to the next comma or
    sentence end): where what the figure itself says is read, not what a later clause adds."""
    opening = max((text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n"), default=-1)
    after = text[end : end + 300]
    cut = re.search(r"[,;.!?\n]", after)
    return text[opening + 1 : start], after[: cut.start()] if cut else after


@lru_cache(maxsize=AROUND_MEMORY)
def _whole_sentence(text: str, start: int, end: int) -> str:
    """The claim's sentence, folded: where a period (``dans la nuit de jeudi à vendredi``), a running total
    (``depuis le début``) or a revision (``nouveau bilan``) is said."""
    opening = max((text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n"), default=-1)
    after = text[end : end + 300]
    cut = re.search(r"[.!?\n]", after)
    return fold(text[opening + 1 : end] + (after[: cut.start()] if cut else after))


def population(claim: Claim, text: str | None = None, lang: str = "fr", previous: str | None = None) -> str:
    """Whom a figure counts: ``people`` (everyone), ``security_forces``, ``attackers``, ``protesters``,
    ``children``…, from its counted noun first, then from the words around it; folded per category
    (arrested detainees are the arrested, a crowd of people at a march its protesters).

    Args:
        previous: whom the figure before it in the same sentence counts; a figure with no counted noun
            of its own continues it (``18 policiers ont été tués, tandis qu'environ 216 ont été blessés``).
    """
    return _population(claim.category, claim.subject, claim.text, claim.start, claim.end, text, lang, previous)


@lru_cache(maxsize=AROUND_MEMORY)
def _population(
    category: str, subject: str, said: str, start: int, end: int, text: str | None, lang: str, previous: str | None
) -> str:
    """:func:`population` of the claim's fields that decide it, remembered."""
    cues = _cues(lang)
    # a phrase that says what befell the counted (``placées en garde à vue``) is blanked, even where the
    # figure's words stop inside it (``26 personnes ont été placées en garde``)
    folded = fold(f"{subject} {cues.subset_aside.sub(' ', fold(said))}")
    spill = fold(text[end : end + 20]) if text is not None else ""
    tokens = _tokens(cues.not_who.sub(lambda m: " " * len(m.group()), folded + spill)[: len(folded)])
    if category == "troops":
        return next((name for name, words in cues.troop_classes.items() if tokens & words), "forces")
    found = _class_in_context(tokens, text, lang)
    found = found or next((name for name, words in cues.classes.items() if tokens & words), None)
    toll_only = _tokens(subject) - cues.subject_time_words <= cues.toll_nouns
    if found is None and text is not None and toll_only:
        # no people noun of its own (``52 blessés``); one that names them (``23 agriculteurs``) is theirs
        found = _named_around(text, start, end, lang)
    if found is None and text is not None:
        before, after = _sentence(text, start, end)
        around = fold(f"{before} {said} {after}")
        for name, stems in cues.population_cues:
            # Verbs say who a crowd is (``manifestaient``, ``attaquée par``); for a toll they say where it
            # happened (``blessées lors des manifestations``), not who was hurt: only "both sides" counts.
            if name != "people" and category != "participants":
                continue
            if any(stem in around for stem in stems):
                found = name
                break
    if found is None and category == "killed" and text is not None:
        found = _enemies_killed(text, start, end, lang)
    if category == "displaced" and text is not None and _moved_ahead(text, start, end, lang):
        found = "evacuated_ahead"
    if found is None and category == "displaced":
        found = _displaced_who(folded, text, start, end, lang)
    if found is None and previous is not None and toll_only:
        # no counted noun, or only the toll's (``11 soldats tués et 17 blessés``): the figure before's
        found = previous.removesuffix(" (subset)")
    found = cues.by_category.get(category, {}).get(found or "people", found or "people")
    if category in _severity_categories(lang) and (severity := _severity(folded, lang)):
        found += f" ({severity})"
    return found


def _class_in_context(tokens: set[str], text: str | None, lang: str) -> str | None:
    """The class of a counted noun whose sense the article's subject decides (``mineurs`` in a story of a
    mine are miners), or ``None``: a noun read out of context split a mine's toll from its own miners'."""
    for words, name, context in _cues(lang).context_classes:
        if tokens & words and text is not None and _says_in_article(context, text):
            return name
    return None


@lru_cache(maxsize=1024)
def _says_in_article(context: re.Pattern[str], text: str) -> bool:
    """Whether the folded article matches ``context``, remembered: every figure of it asks."""
    return context.search(fold(text)) is not None


@lru_cache(maxsize=8)
def _severities(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(getattr(get_language(lang).link, "INJURY_SEVERITY", ()))


@lru_cache(maxsize=8)
def _severity_categories(lang: str) -> frozenset[str]:
    """The categories whose figures a severity word splits (the injured, the hospitalized)."""
    return frozenset(getattr(get_language(lang).link, "SEVERITY_CATEGORIES", {"injured"}))


def _severity(own_words: str, lang: str) -> str:
    """How badly the injured a figure counts were hurt, from its own folded words (``légèrement blessées``:
    ``lightly``), or ``""``: the words after it (``14 blessés, dont deux graves``) tell of a part."""
    return next((name for name, stems in _severities(lang) if any(stem in own_words for stem in stems)), "")


def _enemies_killed(text: str, start: int, end: int, lang: str) -> str | None:
    """``attackers`` when the figure's clause kills with a verb said only of enemies (``l'armée en a
    « neutralisé » une vingtaine``), else ``None``."""
    before, _ = _sentence_and_clause(text, start, end)
    return "attackers" if _cues(lang).enemy_kill.search(fold(before[-80:])) else None


def _named_around(text: str, start: int, end: int, lang: str) -> str | None:
    """The people class a figure without a people noun takes from the words naming its people around it:
    ``parmi les manifestants`` right after it, or ``Côté manifestants,`` heading its sentence."""
    cues = _cues(lang)
    found = cues.among_after.match(fold(text[end : end + 60]))
    if found is None:
        opening = max((text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n"), default=-1)
        found = cues.side_heading.match(fold(text[opening + 1 : start]))
    if found is None:
        return None
    named = _tokens(found.group(1))  # a noun, or a noun and its complement (``forces de l'ordre``)
    return next((name for name, words in cues.classes.items() if named & words), None)


def _displaced_who(own: str, text: str | None, start: int, end: int, lang: str) -> str | None:
    """Whom a count of the displaced counts: ``refugees`` who crossed a border, the ``homeless`` who lost
    their home, or ``people`` displaced inside their country (``None`` when nothing says). The figure's own
    words decide first, the homeless and refugees before the displaced; then its sentence, inside the
    country before refugees, and the homeless unless its own words say evacuated."""
    cues = _cues(lang)
    own = cues.left_home.sub(" ", own)  # ``ont dû quitter leur logement``: displaced, not homeless
    if cues.homeless.search(own):
        return "homeless"
    if cues.refugee.search(cues.shelter.sub(" ", own)):
        return "refugees"
    if cues.internal.search(own):
        return "people"
    if text is None:
        return None
    sentence = cues.left_home.sub(" ", cues.shelter.sub(" ", _whole_sentence(text, start, end)))
    if cues.internal.search(sentence):
        return "people"
    if cues.refugee.search(sentence):
        return "refugees"
    return "homeless" if cues.homeless.search(sentence) and not cues.evacuated.search(own) else None


@cache
def _ahead_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "MOVED_AHEAD", r"(?!)"))


def _moved_ahead(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a count of the displaced counts people moved out before the disaster struck (``3 000
    personnes avaient été évacuées préventivement avant l'arrivée de la tempête``): a figure of its own,
    fixed before the event, not an early report of the count of those it drove from home."""
    _, clause = _sentence_and_clause(text, start, end)
    return _ahead_pattern(lang).search(fold(text[start:end] + " " + clause)) is not None


def _day(value: str | None, year_from: str | None = None) -> str:
    """A day ``YYYY-MM-DD`` from a date value (the year borrowed when the value leaves it open), or ``""``. An ISO
    week (``la semaine dernière``: ``2026-W28``) is its Monday: two weeks' counts are two periods."""
    if value and (week := _ISO_WEEK.fullmatch(value)):
        return datetime.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
    if not value or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return ""
    if value.startswith("XXXX") and year_from and year_from[:4].isdigit():
        value = year_from[:4] + value[4:]
    return value[:10] if value[:4].isdigit() else ""


_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")

#: How long before its article a figure's own date must end for the figure to be another, past event's
#: (``les inondations de 1990 avaient fait 60 morts``): half a year, longer than a story's running count
#: is ever dated back except by ``depuis`` (a running total since its start).
PAST_EVENT_DAYS = 180
#: How long before its article a figure told in the background tense, dated to its day and asserted by no
#: one, must be for it to be another event's (``le 4 mars, 9 migrants avaient trouvé la mort`` in a report
#: of 11 March): longer than the few days an earlier report of the story's own count is recalled.
PAST_EVENT_NARRATED_DAYS = 5
_DATE_PREFIX = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _date_end(value: str | None) -> datetime.date | None:
    """The last day a date value (``1990``, ``1990-11``, ``1990-11-05``…) covers, or ``None``."""
    match = _DATE_PREFIX.match(value or "")
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2] or 12), match[3]
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(int(day), last) if day else last)


def past_event(claim: Claim, published: str | None, text: str | None, lang: str = "fr") -> bool:
    """Whether the figure counts a past event cited for comparison, not the story's own: its own date
    ends half a year or more before its article (``En 2012, des crues avaient fait 3 morts``), and its
    sentence does not make it a running total since then (``depuis février 2022, 8 000 civils ont été
    tués``) unless a background tense says the clause is the past event's (``depuis celles de 1990, qui
    avaient fait 60 morts``)."""
    end, day = _date_end(claim.date), _date_end(published[:10] if published and len(published) >= 10 else None)
    if end is None or day is None or (day - end).days < PAST_EVENT_NARRATED_DAYS:
        return False
    if text is None:
        return (day - end).days >= PAST_EVENT_DAYS
    cues = _cues(lang)
    around = _whole_sentence(text, claim.start, claim.end)
    if (day - end).days < PAST_EVENT_DAYS and not _whole_year(claim.date):
        # a few days back, only a fact told in the background tense and asserted by no one is another event
        # (``le 4 mars, 9 migrants avaient trouvé la mort``); ``lundi, la préfecture avait annoncé 12 morts``
        # is an earlier report of the story's own count
        before, clause = _sentence_and_clause(text, claim.start, claim.end)
        # an aside on the subject (``Le bilan des feux, qui avaient éclaté le 13 août, s'établit à…``) dates
        # what is counted, not the figure: its tense is not the figure's
        before = _relative_aside(lang).sub(",", before)
        own = fold(before + " " + text[claim.start : claim.end] + " " + clause)
        return claim.source is None and len(claim.date or "") >= 10 and bool(cues.background.search(own))
    return not cues.cumulative.search(around) or bool(cues.background.search(around))


def names_body(place: str | None, lang: str = "fr") -> bool:
    """Whether a claim's place is a body's name (``Plateau State Emergency Management Agency``): the tagger
    took the source's name, often given in English in brackets, for a place; the figure counts no place
    of its own, and a place it does not count would keep it apart from the reports of its series."""
    return bool(place) and not _tokens(place or "").isdisjoint(_cues(lang).body_heads)


def _whole_year(value: str | None) -> bool:
    """Whether a date value is a year alone (``En 2025, 1 380 personnes ont été tuées sur les routes``): a
    figure dated by a year that has ended before its article counts that whole year, another period than the
    story's event, however few days ago the year ended."""
    return bool(value) and len(value or "") == 4 and (value or "").isdigit()


@cache
def _relative_aside(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "RELATIVE_ASIDE", r"(?!)"), re.IGNORECASE)


def period(claim: Claim, published: str | None, text: str | None, lang: str = "fr") -> str:
    """The day a figure counts, or ``""`` for a running count (one series however long the story); for a
    past event's figure, that event's date (:func:`past_event`)."""
    cues = _cues(lang)
    if claim.date and past_event(claim, published, text, lang):
        return claim.date
    since = running_since(claim, published, text, lang)
    if since:
        return f"since {since}"
    if claim.category == "participants":
        return _day(claim.date, published) or _day(published)
    if (
        _past_week(claim.date, published)
        and text is not None
        and is_subset(claim, text, lang)
        and _week_said_after(text, claim.start, claim.end, lang)
    ):
        # ``dont 410 la semaine dernière``: that week's part of the total, not a revision of last report's part; a
        # toll told of last week's event (``les crues de la semaine dernière ont fait huit morts``) stays the toll
        return f"week of {_day(claim.date)}"
    if text is not None and _window(text, claim.start, claim.end, lang):
        return f"last days to {_day(published)}"  # ``sur les sept derniers jours, 21 décès``: not the toll
    if text is not None and _one_day(text, claim.start, claim.end, lang):
        return _day(claim.date, published) or _day(published)  # ``pour la seule journée de mardi, 29 décès``
    if claim.category not in cues.periodic_categories or text is None:
        return ""
    if _marks(text, claim.start, claim.end, lang)[0]:
        return _day(claim.date, published) or _undated_period_day(claim, published, text, lang)
    return ""


def _past_week(value: str | None, published: str | None) -> bool:
    """Whether a date value is an ISO week that ended before its article's day (``la semaine dernière``): a week's
    count. A running toll told ``cette semaine`` is dated to the article's own week and stays the toll."""
    if not value or not _ISO_WEEK.fullmatch(value) or not (day := _day(published)):
        return False
    return datetime.date.fromisoformat(_day(value)) + datetime.timedelta(days=6) < datetime.date.fromisoformat(day)


def _undated_period_day(claim: Claim, published: str | None, text: str, lang: str) -> str:
    """The day an undated one-period count is of: its article's, or for a night (``au cours de la nuit``)
    the evening before — a night is dated by the evening it began (``la nuit de lundi à mardi`` is Monday's),
    and the night an article reports has ended by the time it is written."""
    day = _day(published)
    before, clause = _sentence_and_clause(text, claim.start, claim.end)
    if not day or not _cues(lang).night.search(fold(before + " " + text[claim.start : claim.end] + " " + clause)):
        return day
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


@cache
def _part_week(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "PART_WEEK_AFTER", r"(?!)"))


def _week_said_after(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a part's own words or its clause after them say a week (``dont 210 la semaine dernière``): only
    then is the part that week's count; a week said before its whole dates the event the whole counts."""
    _, clause = _sentence_and_clause(text, start, end)
    return bool(_part_week(lang).search(fold(text[start:end] + " " + clause)))


def _one_day(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the figure's sentence, up to its clause, says it counts one day or night alone (``pour la
    seule journée de samedi``): a day's figure is no report of the running total, whatever the category."""
    cues = _cues(lang)
    before, clause = _sentence_and_clause(text, start, end)
    own = fold(before + " " + text[start:end] + " " + clause)
    said = [m.start() for m in cues.one_day.finditer(own)]
    # the day must be this figure's: a running total the sentence goes on to (``118 interpellations pour
    # la seule journée de jeudi, ce qui porte à 181 le nombre … depuis le début``) is no day's count
    return bool(said) and not cues.cumulative.search(own[said[-1] :])


def _window(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the figure's sentence, up to its clause, counts the last few days (``sur les sept derniers
    jours``, ``au cours des dernières 24 heures``) and says no running total (``depuis``, ``au total``)."""
    cues = _cues(lang)
    before, clause = _sentence_and_clause(text, start, end)
    own = fold(before + " " + text[start:end] + " " + clause)
    return bool(cues.window.search(own)) and not cues.cumulative.search(own)


#: How long before its article a running total's start must be for the total to count more than the
#: story's own event (``plus de 300 migrants sont morts depuis le 1er janvier`` beside one shipwreck's
#: toll, ``1 180 décès depuis le 1er juin`` beside one heatwave's): two weeks, longer than an event's
#: ``depuis samedi``.
SINCE_DAYS = 14


def running_since(claim: Claim, published: str | None, text: str | None, lang: str = "fr") -> str:
    """The first day of the running total a figure gives since a start two weeks or more before its
    article (its sentence up to its clause says ``depuis`` and its date is that start; a month stands for
    its first day), or ``""``.
    Totals since one start are one series; they are not the story's own event's count."""
    if text is None or claim.category == "participants" or not claim.date:
        return ""
    match = _DATE_PREFIX.match(claim.date)
    day = _date_end(published[:10] if published and len(published) >= 10 else None)
    if match is None or day is None or (not match[2] and claim.date != match[1]):
        return ""  # a week or a season (``2026-W29``, ``2025-WI``) is no start a total runs from
    start = f"{match[1]}-{match[2] or '01'}-{match[3] or '01'}"  # a year or a month stands for its first day
    try:
        first = datetime.date.fromisoformat(start)
    except ValueError:
        return ""
    if (day - first).days < SINCE_DAYS:
        return ""
    before, clause = _sentence_and_clause(text, claim.start, claim.end)
    own = fold(before + " " + text[claim.start : claim.end] + " " + clause)
    return start if _cues(lang).since.search(own) else ""


@lru_cache(maxsize=AROUND_MEMORY)
def _marks(text: str, start: int, end: int, lang: str) -> tuple[bool, bool, bool]:
    """Whether the figure's sentence makes it one period's count (a period said, no running total), says
    it is nationwide, and says it revises an earlier figure; remembered per figure."""
    cues = _cues(lang)
    around = _whole_sentence(text, start, end)
    # the period is read up to the figure's own clause: a later clause's "la veille" dates the figure it
    # recalls (``41 personnes ont été placées en garde à vue, contre 33 annoncées la veille``), not this one
    before, clause = _sentence_and_clause(text, start, end)
    own = fold(before + text[start:end] + clause)
    if recalls(text, start, end, lang):
        # the recalled figure's "la veille" says when it was reported, not that it is one day's count
        # (``contre 33 annoncées la veille`` is the series' earlier report; ``contre 250 la nuit
        # précédente`` stays that night's)
        own = cues.recall.sub(" ", own)
    return (
        bool(cues.period.search(own) and not cues.cumulative.search(around)),
        bool(cues.nationwide.search(around)),
        bool(cues.revision.search(around)),
    )


@lru_cache(maxsize=AROUND_MEMORY)
def recalls(text: str, start: int, end: int, lang: str = "fr") -> bool:
    """Whether the figure's own clause gives it as an earlier day's (``qui recensait la veille 12
    victimes``, ``contre 33 annoncées la veille``): read in its clause only, since the sentence's new
    figure (``11 morts, selon les pompiers, qui recensaient la veille 6 victimes``) is today's."""
    before, after = _sentence(text, start, end)
    comma = after.find(",")
    cues = _cues(lang)
    own_after = fold(after[:comma] if comma >= 0 else after)
    return (
        bool(cues.recall.search(fold(before) + " " + own_after))
        or _announced_earlier(own_after, lang)
        or _given_by_recalled_report(text, start, lang)
    )


def _announced_earlier(after: str, lang: str) -> bool:
    """Whether the folded words after a figure, in its clause, give it as announced on an earlier named day
    (``contre 19 morts et 94 blessés annoncés jeudi soir``): read after the figure only, since before it the
    same words name the report that gives today's figure (``Selon le bilan annoncé samedi, 31 morts``)."""
    return bool(_cues(lang).recall_announced.search(after))


def _given_by_recalled_report(text: str, start: int, lang: str) -> bool:
    """Whether the figure's sentence opens on an earlier report that gives it (``Le précédent bilan,
    communiqué dimanche, faisait état de 18 morts et 43 blessés``): past the aside, its clause alone no
    longer says so. Not when the sentence says that report's count was raised (``porté à``)."""
    cues = _cues(lang)
    window = max(0, start - 300)
    mark = max((text.rfind(mark, window, start) for mark in ".!?\n"), default=-1)
    sentence_start = mark + 1 if mark >= 0 else window
    opening = fold(text[sentence_start:start])
    found = cues.recalled_report.search(opening)
    return found is not None and found.start() < 40 and not cues.raised.search(opening)


class _Places:
    """The place scopes of one story: names that share a distinctive word are one place, and a country
    name is told from a place inside a country, so a city's figure is never the country's."""

    def __init__(self, names: Iterable[str], lang: str, districts: Iterable[str] = ()) -> None:
        self.lang = lang
        #: the keys of names the story's articles call a neighbourhood (``le quartier de Planoise``)
        self.districts = frozenset(name_key(n) for n in districts)
        self.generic = _cues(lang).generic_place_words
        self.countries = {name_key(n) for n in country_names(lang)}
        self.key: dict[str, str] = {}
        words_of: dict[str, set[str]] = {}
        for name in sorted(set(names), key=lambda n: (len(n), n)):
            words = self._words(name)
            words_of[name] = words
            every = set(name_key(name).split())
            same = next(
                (other for other, w in words_of.items() if other != name and (w & words or _sole_word(other) in every)),
                None,
            ) or next((other for other in words_of if other != name and _one_entry(other, name)), None)
            self.key[name] = self.key[same] if same else name_key(name)

    def _words(self, name: str) -> set[str]:
        return {w for w in re.split(r"[\s'’-]+", name_key(name)) if len(w) >= 4 and w not in self.generic}

    def only_city(self) -> str | None:
        """The story's one place that is not a country, if it names exactly one."""
        cities = {self.key[name]: name for name in self.key if name_key(name) not in self.countries}
        return next(iter(cities.values())) if len(cities) == 1 else None

    def capital(self) -> str | None:
        """The story's name for its country's capital, if its figures name it (``Nairobi`` in a story of
        Kenya): what ``la capitale`` stands for, whichever town an article named last."""
        return _capital_among(tuple(sorted(self.key)))

    def scope(self, place: str | None) -> str:
        """``country:<key>`` for a country, ``place:<key>`` for a place inside one, ``""`` for none."""
        if not place:
            return ""
        key = self.key.get(place) or name_key(place)
        return f"country:{key}" if name_key(place) in self.countries else f"place:{key}"


@lru_cache(maxsize=AROUND_MEMORY)
def _capital_among(names: tuple[str, ...]) -> str | None:
    """The one name of ``names`` the gazetteer reads as the capital of the country the names point to
    (:func:`story_country`), or ``None``."""
    iso2 = story_country(names)
    capital = gazetteer().capital(iso2) if iso2 else None
    if capital is None:
        return None
    found = {n for n in names if (p := gazetteer().resolve(n, iso2)) is not None and p.geonameid == capital.geonameid}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=AROUND_MEMORY)
def _one_entry(a: str, b: str) -> bool:
    """Whether two names share no word but the gazetteer reads them as one town (``Fénérive-Est`` and
    ``Fenoarivo Atsinanana``, a French name and the local one): one place, one scope."""
    one, other = _resolve_beside(a, b)
    return (
        one is not None
        and other is not None
        and one.kind == other.kind == "city"
        and (one.iso2, one.geonameid) == (other.iso2, other.geonameid)
    )


def _sole_word(name: str) -> str:
    """The one word of a one-word place name, however short (``Fès``): the longer names that hold it (``la
    médina de Fès``) are the same place. ``""`` for a name of several words."""
    key = name_key(name)
    return key if " " not in key and "-" not in key else ""


# --------------------------------------------------------------------------------------------------
# Ranges and figures


def interval(report: ClaimReport | Claim) -> tuple[float, float]:
    """The values a report allows: ``plus de 3 000`` → [3000, 6000], ``environ 200`` → [170, 230]."""
    value = report.value
    low = report.low if report.low is not None else value
    high = report.high if report.high is not None else value
    if report.qualifier in ("range", "vague") and low is not None and high is not None:
        return float(low), float(high)
    if value is None:
        return 0.0, math.inf
    if report.qualifier == "at_least":
        return float(value), float(value) * BOUND_SPREAD
    if report.qualifier == "at_most":
        return float(value) / BOUND_SPREAD, float(value)
    if report.qualifier == "approx":
        return float(value) * (1 - APPROX_TOLERANCE), float(value) * (1 + APPROX_TOLERANCE)
    return float(value), float(value)


def _compatible(a: ClaimReport | Claim, b: ClaimReport | Claim) -> bool:
    low_a, high_a = interval(a)
    low_b, high_b = interval(b)
    return max(low_a, low_b) <= min(high_a, high_b) and not _different_estimates(a, b)


def _different_estimates(a: ClaimReport | Claim, b: ClaimReport | Claim) -> bool:
    """Whether two approximate figures are two estimates, not one (``près de 200``, then ``près de 250``)."""
    if a.qualifier != "approx" or b.qualifier != "approx" or a.value is None or b.value is None:
        return False
    return abs(float(a.value) - float(b.value)) > ESTIMATES_TOLERANCE * max(abs(float(a.value)), abs(float(b.value)))


def _compatibility(reports: list[ClaimReport]) -> Callable[[ClaimReport, ClaimReport], bool]:
    """:func:`_compatible` over ``reports``, each report's range read once: a group compares many pairs."""
    spans = {id(r): interval(r) for r in reports}

    def compatible(a: ClaimReport, b: ClaimReport) -> bool:
        (low_a, high_a), (low_b, high_b) = spans[id(a)], spans[id(b)]
        return max(low_a, low_b) <= min(high_a, high_b) and not _different_estimates(a, b)

    return compatible


def _common(reports: list[ClaimReport]) -> tuple[float, float]:
    """The values every report allows (``low > high`` when there is none)."""
    ranges = [interval(r) for r in reports]
    return max(low for low, _ in ranges), min(high for _, high in ranges)


def lower_figure(report: ClaimReport) -> float | int | None:
    """The figure a report supports at the least (vague counts by ACLED's codebook)."""
    if report.qualifier == "vague":
        high = report.high if report.high is not None else report.value
        if high is None:
            return report.low
        return next((code for bound, code in ACLED_VAGUE if high <= bound), report.low)
    if report.qualifier == "range":
        return report.low if report.low is not None else report.value
    return report.value


def most_precise(reports: list[ClaimReport]) -> float | int | None:
    """The most precise figure inside every report's range: an exact report's value before an approximate
    one's, a later report's before an earlier one's; ``None`` when no report gives a single value there."""
    low, high = _common(reports)
    inside = [
        r for r in reports if r.value is not None and r.qualifier not in ("vague", "range") and low <= r.value <= high
    ]
    if not inside:
        return None
    best = min(inside, key=lambda r: (PRECISION.get(r.qualifier, 5), _negated(r.published or "")))
    return best.value


def _negated(day: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in day)


def as_written(report: ClaimReport) -> str:
    """A figure in a few characters, whatever the language: ``≥3 000``, ``~8 000``, ``20–99``."""

    def number(value: float | int | None) -> str:
        if value is None:
            return "?"
        return f"{value:,.0f}".replace(",", " ") if float(value).is_integer() else f"{value:,}".replace(",", " ")

    if report.qualifier in ("vague", "range") and (report.low is not None or report.high is not None):
        return f"{number(report.low)}–{number(report.high)}"
    mark = {"approx": "~", "at_least": "≥", "at_most": "≤"}.get(report.qualifier, "")
    return mark + number(report.value)


def _cited(report: ClaimReport) -> str:
    who = report.source or "no source named"
    where = report.outlet or report.doc
    return f"{as_written(report)} ({who}; {where}, {report.published or 'undated'})"


# --------------------------------------------------------------------------------------------------
# Verdicts


@dataclass(frozen=True, slots=True)
class Decision:
    """A group's verdict, the figure to quote, ACLED's conservative figure, the range and why."""

    verdict: Verdict | None
    figure: float | int | None
    conservative: float | int | None
    low: float | int | None
    high: float | int | None
    why: str


def _explained(
    earlier: ClaimReport,
    later: ClaimReport,
    cumulative: bool,
    revises: bool,
    state: bool = False,
    days: dict[int, str] | None = None,
) -> bool:
    """Whether a later report's different figure revises an earlier one rather than contradicting it."""
    days = days or {}
    day_a = days.get(id(earlier), _day(earlier.published))
    day_b = days.get(id(later), _day(later.published))
    if not day_a or not day_b or day_a > day_b:
        return False
    if day_a == day_b:
        # the same day, only a sentence that says it revises explains a different figure (``le bilan a été
        # porté à sept morts`` after ``cinq personnes ont été tuées`` in one article)
        return revises
    if revises or state or (earlier.source and later.source and name_key(earlier.source) == name_key(later.source)):
        return True
    if cumulative:
        low_a, high_a = interval(earlier)
        low_b, high_b = interval(later)
        return low_b >= low_a and high_b >= high_a
    return False


def _toll_raised(reports: list[ClaimReport]) -> bool:
    """Whether a toll given as ``au moins N`` was given later, on another day, as an exact higher figure
    (``au moins 14 morts`` on Monday, ``21 morts`` on Wednesday): the toll so far, then the toll revised —
    the later one is what to quote, and the two are an update even though 21 is "at least 14"."""
    return any(
        bound.qualifier == "at_least"
        and bound.value is not None
        and later.qualifier == "exact"
        and later.value is not None
        and later.value > bound.value
        and bool(_day(bound.published))
        and _day(later.published) > _day(bound.published)
        for bound in reports
        for later in reports
    )


def _overtaken(a: ClaimReport, b: ClaimReport, reports: list[ClaimReport], days: dict[int, str]) -> bool:
    """Whether a running count's two incompatible reports were both overtaken by a later one: a report of a
    later day than both reaches both their lower bounds, and comes from another source than the higher of
    the two (``près de 400 interpellations`` per the ministry and ``plus de 600`` per an NGO the same day,
    then ``1 042`` per the minister). The lower figure lagged behind a count still rising, as the later one
    shows; when only the higher figure's own source goes on rising (or nobody reports after them), the
    difference stands unexplained."""
    last = max(days.get(id(a), ""), days.get(id(b), ""))
    if not last or not days.get(id(a)) or not days.get(id(b)):
        return False
    higher = b if interval(b)[0] >= interval(a)[0] else a
    if higher.source is None:
        return False  # who gave the higher figure unknown, whether only its own side went on rising is too
    floor = max(interval(a)[0], interval(b)[0])
    return any(
        days.get(id(c), "") > last
        and c.source is not None
        and name_key(c.source) != name_key(higher.source or "")
        and interval(c)[0] >= floor
        for c in reports
    )


_BEFORE, _AFTER = "0000-00-00", "9999-99-99"


def _recalled_day(report: ClaimReport) -> str:
    """The day a recalled figure was current: the earlier date its sentence gives, else the day before
    its article (``la veille``)."""
    published = _day(report.published)
    own = _day(report.date, report.published)
    if own and (not published or own < published):
        return own
    if not published:
        return ""
    return (datetime.date.fromisoformat(published) - datetime.timedelta(days=1)).isoformat()


def _behind(reports: list[ClaimReport], days: dict[int, str]) -> None:
    """An outlet still giving an earlier day's figure when a newer one is out the same day is behind, not
    contradicting: a report incompatible with another article's report of its day, but compatible with
    another article's report of an earlier day, is dated to the latest such day (in ``days``)."""
    compatible = _compatibility(reports)
    moved: dict[int, str] = {}
    for report in reports:
        day = days.get(id(report), "")
        others = [o for o in reports if o.doc != report.doc and days.get(id(o))]
        if not day or not any(days[id(o)] == day and not compatible(report, o) for o in others):
            continue
        earlier = [days[id(o)] for o in others if days[id(o)] < day and compatible(report, o)]
        if earlier:
            moved[id(report)] = max(earlier)
    days.update(moved)


def _placed_days(
    reports: list[ClaimReport], cumulative: bool, recalled: frozenset[int] = frozenset(), state: bool = False
) -> dict[int, str]:
    """Each report's publication day — or, for a figure its sentence recalls (``la veille``, ids in
    ``recalled``), the day it was current; a report behind the news is dated to the figure it repeats
    (:func:`_behind`, in a running count or a state count). In a running count, an undated report whose
    figure is above (below) every dated one is read as later (earlier) than all of them — the only place
    the count allows it. Any other undated report stays undated, and a difference with it is not explained."""
    days = {id(r): _recalled_day(r) if id(r) in recalled else _day(r.published) for r in reports}
    if cumulative or state:
        _behind(reports, days)
    dated = [interval(r) for r in reports if days[id(r)]]
    if not cumulative or not dated:
        return days
    # above every dated one is above the highest bounds, below every one below the lowest
    highest = max(low for low, _ in dated), max(high for _, high in dated)
    lowest = min(low for low, _ in dated), min(high for _, high in dated)
    for report in reports:
        if days[id(report)]:
            continue
        low, high = interval(report)
        if low >= highest[0] and high >= highest[1]:
            days[id(report)] = _AFTER
        elif low <= lowest[0] and high <= lowest[1]:
            days[id(report)] = _BEFORE
    return days


def decide(
    reports: list[ClaimReport],
    category: str = "killed",
    revising: frozenset[int] = frozenset(),
    lang: str = "fr",
    recalled: frozenset[int] = frozenset(),
    current: bool = False,
    whole: bool = True,
    settled: bool = False,
) -> Decision:
    """The verdict of a group's reports (in publication order), its figures and why, in plain words.

    Args:
        revising: indexes into ``reports`` of reports whose sentence says they revise a figure.
        recalled: indexes into ``reports`` of reports whose clause gives them as an earlier day's.
        current: the reports count who is still in a state (:func:`counts_current_state`): a state
            that changes either way, whatever the category.
        whole: the reports count a whole, not a part of it (``dont au moins six enfants``): only a whole
            toll's ``au moins`` is revised by a later exact one (:func:`_toll_raised`).
        settled: the reports count a past event's toll (:func:`_past_period`), settled long before any of
            the articles: ``plus de cent morts`` in one and ``104 morts`` in a later one tell one toll
            roughly and exactly, not a toll raised between them.
    """
    independent = [r for r in reports if r.copy_of is None] or list(reports)
    lows = [r.low if r.low is not None else r.value for r in independent]
    highs = [r.high if r.high is not None else r.value for r in independent]
    low = min((x for x in lows if x is not None), default=None)
    high = max((x for x in highs if x is not None), default=None)
    lower = [f for f in map(lower_figure, independent) if f is not None]
    if len(independent) < 2:
        only = independent[0]
        figure = most_precise(independent)
        return Decision(
            None,
            figure,
            figure if figure is not None else lower_figure(only),
            low,
            high,
            f"one report: {_cited(only)}; nothing to cross-check yet",
        )
    common_low, common_high = _common(independent)
    if (
        common_low <= common_high
        and not any(_different_estimates(a, b) for i, a in enumerate(independent) for b in independent[i + 1 :])
        and not (whole and not settled and category in _cues(lang).toll_categories and _toll_raised(independent))
    ):
        figure = most_precise(independent)
        conservative = max(lower, default=None)  # no report's lower bound is below what all allow
        reason = (
            f"{figure:,}".replace(",", " ") + " is the most precise figure every report allows"
            if figure is not None
            else "no report gives a single figure"
        )
        return Decision(
            "agree",
            figure,
            conservative,
            low,
            high,
            f"{len(independent)} independent reports agree: "
            + "; ".join(_cited(r) for r in independent)
            + f". {reason}",
        )
    cumulative = category in _cues(lang).cumulative_categories and not current
    state = category in _cues(lang).state_categories or current
    position = {id(r): i for i, r in enumerate(reports)}
    days = _placed_days(independent, cumulative, frozenset(id(reports[i]) for i in recalled), state)
    ordered = sorted(independent, key=lambda r: (days.get(id(r)) or "9999", position[id(r)]))
    compatible = _compatibility(independent)

    # the first pair of incompatible reports (in order) that no revision explains, if any
    unexplained = next(
        (
            (a, b)
            for i, a in enumerate(ordered)
            for b in ordered[i + 1 :]
            if not compatible(a, b)
            and not _explained(a, b, cumulative, position[id(b)] in revising, state, days)
            and not (cumulative and _overtaken(a, b, ordered, days))
        ),
        None,
    )
    if unexplained is None:
        latest_day = days.get(id(ordered[-1]), "")
        latest = [r for r in ordered if days.get(id(r), "") == latest_day]
        if latest_day == _AFTER:
            latest_day = "undated, the highest running count"
        figure = most_precise(latest)
        if figure is None:
            figure = max((f for f in map(lower_figure, latest) if f is not None), default=None)
        steps = " → ".join(_cited(r) for r in ordered)
        return Decision(
            "update", figure, figure, low, high, f"revised over time: {steps}; quote the latest ({latest_day})"
        )
    specific = [
        r
        for r in independent
        if r.qualifier not in ("vague", "range")
        and r.value is not None
        and all(compatible(r, o) for o in independent if o is not r)
    ]
    conservative = max([min(lower, default=0), *(r.value for r in specific if r.value is not None)]) if lower else None
    a, b = unexplained
    same_day = bool(_day(a.published)) and _day(a.published) == _day(b.published)
    return Decision(
        "conflict",
        None,
        conservative,
        low,
        high,
        f"sources disagree{' the same day' if same_day else ''}: {_cited(a)} vs {_cited(b)}; "
        "no later revision explains it — quote both",
    )


# --------------------------------------------------------------------------------------------------
# Grouping


@cache
def _subset_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = get_language(lang).link
    return re.compile(data.SUBSET_BEFORE, re.IGNORECASE), re.compile(data.SUBSET_AFTER, re.IGNORECASE)


@cache
def _among_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "SUBSET_AMONG", r"(?!)"), re.IGNORECASE)


def is_subset(claim: Claim, text: str | None, lang: str = "fr") -> bool:
    """Whether the figure counts part of another one (``dont 9 grièvement``, ``400 d'entre elles``)."""
    if not text:
        return False
    return _is_subset(text, claim.start, claim.end, lang)


@lru_cache(maxsize=AROUND_MEMORY)
def _is_subset(text: str, start: int, end: int, lang: str) -> bool:
    before, after = _subset_patterns(lang)
    own = text[start:end].replace("’", "'")
    return bool(
        before.search(text[max(0, start - 60) : start].replace("’", "'"))
        or after.search(text[end : end + 30].replace("’", "'"))
        # inside the figure's own words, right after its number (``Cinq d'entre eux restent hospitalisés``)
        or any(after.match(own[space.start() :]) for space in re.finditer(r"\s", own[:20]))
        # a clause saying the figure's people are among a count (``huit pêcheurs figurent parmi les disparus``)
        or _among_pattern(lang).match(text[start : end + 40]) is not None
    )


@cache
def _share_of_whole(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "SHARE_OF_WHOLE", r"(?!)"), re.IGNORECASE)


def whole_of_share(claim: Claim, claims: Iterable[Claim], text: str | None, lang: str = "fr") -> int | float | None:
    """The whole a figure written as a share of it counts (``la libération de 37 des 41 personnes
    interpellées``: 41 arrested), or None. The noun and participle after the whole's number say whom the whole
    counts; the verb around the share only tells what befell part of them (freed, found, sent home), which is
    no count of the category. Reported as the share, the figure would set the story's one toll in conflict
    with itself. A share set in a place of its own (``six des neuf morts`` in one region) is that place's
    count, and stays the share."""
    if not text or claim.place:
        return None
    share = _share_of_whole(lang)
    for whole in claims:
        if (
            claim.start < whole.start
            and whole.end < claim.end
            and isinstance(whole.value, int | float)
            and isinstance(claim.value, int | float)
            and whole.value > claim.value
            and share.match(text[claim.start : whole.start].replace("’", "'"))
        ):
            return whole.value
    return None


@cache
def _whole_named(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "SUBSET_WHOLE_NAMED", r"(?!)"))


def names_own_whole(claim: Claim, text: str | None, lang: str = "fr") -> bool:
    """Whether the words before a part name its whole with a noun of the part's own kind (``Parmi les
    disparus figurent six pêcheurs``): it is then a part of its own kind's count, even right after a figure
    of another kind, which only a bare ``dont`` would divide (``34 blessés, dont 3 hospitalisés``)."""
    if not text:
        return False
    found = _whole_named(lang).search(fold(text[max(0, claim.start - 60) : claim.start]))
    nouns = get_language(lang).claims.CATEGORY_NOUNS.get(claim.category, frozenset())
    return found is not None and bool(set(found.group(1).split()) & {fold(n) for n in nouns})


@cache
def _one_victim_before(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "ONE_VICTIM_BEFORE", r"(?!)"))


def one_victim_told(claim: Claim, text: str, lang: str = "fr") -> bool:
    """Whether a victim figure of one is one person's death or body told (``Le corps d'un homme de 73 ans
    a été découvert``, ``quatre morts, avec le décès à l'hôpital d'une femme``): that victim is one of the
    toll, a part of it, not a toll of one that the story's tolls contradict."""
    if claim.category not in _VICTIM_CATEGORIES or claim.value != 1:
        return False
    return _one_victim_before(lang).search(fold(text[max(0, claim.start - 50) : claim.start])) is not None


def counts_current_state(claim: Claim, text: str | None, lang: str = "fr") -> bool:
    """Whether a running category's figure counts who is still in a state as the article writes (``38
    personnes étaient toujours en garde à vue``, ``cinq blessés sont encore hospitalisés``): a count that
    falls as people are released or discharged, its own series beside the arrests or injuries so far."""
    cues = _cues(lang)
    if claim.category not in cues.current_categories or not text:
        return False
    _, clause = _sentence_and_clause(text, claim.start, claim.end)
    return bool(cues.current.search(fold(text[claim.start : claim.end] + " " + clause)))


def is_increment(claim: Claim, lang: str = "fr", text: str | None = None) -> bool:
    """Whether the figure counts what was added to a count (``sept nouveaux corps``, ``six corps
    supplémentaires``, ``les corps de cinq personnes ont été retrouvés, portant le bilan à 11 morts``): the
    day's finds, not the toll they raise (``portant à 31 le nombre de victimes``)."""
    if _cues(lang).increment.search(fold(claim.text)):
        return True
    if text and _increment_before(lang).search(fold(text[max(0, claim.start - 30) : claim.start])):
        return True  # ``après le décès d'un blessé``
    return bool(text) and _raises_total(text or "", claim.end, lang)


#: The kinds that count the victims of one event: others of one kind are other victims than another's.
_VICTIM_CATEGORIES = frozenset({"killed", "injured", "hospitalized", "missing"})


def _others_than_another_kind(claim: Claim, before: Claim | None, lang: str, other_people: bool = False) -> bool:
    """Whether only ``autres`` makes the figure an addition, and the figure before it counts another kind of
    victim (``31 détenus ont été tués ; quatorze autres ont été blessés``) or, with ``other_people``, other
    people of its kind (``3 000 sont hébergés dans des écoles et 9 000 autres chez des proches``): the others
    are other people than those, not an addition to an earlier count of theirs."""
    others = _cues(lang).others
    if others is None or before is None or (before.category == claim.category and not other_people):
        return False
    if not other_people and not {before.category, claim.category} <= _VICTIM_CATEGORIES:
        return False  # ``deux autres personnes ont été interpellées`` after the injured: two more arrests
    words = fold(claim.text)
    return bool(others.search(words)) and not _cues(lang).increment.search(others.sub(" ", words))


@cache
def _sheltered_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "SHELTERED_CLAUSE", r"(?!)"))


def sheltered_beside(claims: Iterable[Claim], text: str | None, lang: str = "fr") -> frozenset[int]:
    """The starts of the displaced figures that count people in shelters beside another count of the
    displaced in their sentence (``9 000 ont quitté leur maison et 2 500 sont hébergées dans des écoles``):
    those in shelters and those who left home for elsewhere are two series, not a toll and its revision.
    A figure whose sentence has no other displaced figure, or only its own part (``…, dont 800 à Kigoma``),
    stays with the displaced."""
    if not text:
        return frozenset()
    shown = sorted((c for c in claims if c.category == "displaced"), key=lambda c: c.start)
    found: set[int] = set()
    for i, claim in enumerate(shown):
        sentence_end = re.search(r"[.!?\n]", text[claim.end :])
        stop = claim.end + (sentence_end.start() if sentence_end else len(text) - claim.end)
        following = shown[i + 1].start if i + 1 < len(shown) else len(text)
        if not _sheltered_pattern(lang).search(fold(text[claim.start : min(stop, following)])):
            continue
        if any(
            other is not claim and _same_sentence(text, claim, other) and not is_subset(other, text, lang)
            for other in shown
        ):
            found.add(claim.start)
    return frozenset(found)


def _same_sentence(text: str, a: Claim, b: Claim) -> bool:
    """Whether two figures stand in one sentence (no sentence end between them)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return not re.search(r"[.!?\n]", text[first.end : second.start])


@cache
def _unconfirmed_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "UNCONFIRMED_CLAUSE", r"(?!)"))


def unconfirmed(claim: Claim, text: str, lang: str = "fr") -> bool:
    """Whether a figure's own clause says it awaits confirmation (``quatre autres décès font l'objet de
    vérifications``): the deaths being checked are their own count, not the confirmed toll's revision."""
    _, clause = _sentence_and_clause(text, claim.start, claim.end)
    return bool(_unconfirmed_pattern(lang).search(fold(text[claim.start : claim.end] + " " + clause)))


@cache
def _increment_before(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "INCREMENT_BEFORE", r"(?!)"))


@cache
def _raises_total_pattern(lang: str) -> re.Pattern[str] | None:
    pattern = getattr(get_language(lang).link, "RAISES_TOTAL_AFTER", None)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _raises_total(text: str, end: int, lang: str) -> bool:
    """Whether the rest of the figure's sentence raises a running total by it (``…, portant le bilan à``)."""
    pattern = _raises_total_pattern(lang)
    return pattern is not None and bool(pattern.search(fold(text[end : end + 260])))


@cache
def _placed_part_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.PLACED_PART_AFTER, re.IGNORECASE)


def is_placed_part(claim: Claim, text: str | None, lang: str = "fr") -> bool:
    """Whether a subset figure is a place's part of a total (``14 morts, dont 5 dans la province de
    Cusco``): a bare figure followed by its place. It is then that place's count — the one another report
    gives as ``Neuf personnes ont perdu la vie dans la province de Cusco`` — and groups by its place."""
    bare = not re.search(r"[^\W\d_]", claim.text) or len(claim.text.split()) == 1  # ``28 000``, ``cinq``
    return bool(text and claim.place and bare and _placed_part_pattern(lang).search(text[claim.end : claim.end + 30]))


@dataclass(slots=True)
class _Entry:
    report: ClaimReport
    population: str
    period: str
    place: str | None
    scope: str
    revises: bool
    recalled: bool
    repeats: bool = False
    told_past: bool = False


GroupKey = tuple[str | None, str, str, str, str]  # story, category, population, period, scope


def group_claims(
    analyses: list[DocumentAnalysis],
    story_of: dict[str, str],
    shared: list[SharedPassage],
    texts: dict[str, str] | None = None,
) -> list[ClaimGroup]:
    """Group the people-counting claims of a collection; each group sorted by publication date.

    Args:
        texts: article texts by id, to read the words around each figure (subsets, populations, periods).
    """
    texts = texts or {}
    copies: dict[str, list[SharedPassage]] = defaultdict(list)
    for passage in shared:
        copies[passage.doc].append(passage)
    lang = analyses[0].lang if analyses else "fr"
    places_by_story: dict[str | None, list[str]] = defaultdict(list)
    for analysis in analyses:
        text = texts.get(analysis.doc)
        places_by_story[story_of.get(analysis.doc)].extend(
            place
            for c in analysis.claims
            if c.category in PEOPLE_CATEGORIES and (place := own_place(c, text, analysis.lang))
        )
    districts = _districts(analyses, story_of, texts)
    places = {story: _Places(names, lang, districts[story]) for story, names in places_by_story.items()}

    dated_on = _report_days(analyses, story_of)
    copied_date = _copied_dates(analyses, shared)
    groups: dict[GroupKey, list[_Entry]] = defaultdict(list)
    story_figures = [
        (story_of.get(analysis.doc), figure)
        for analysis in analyses
        for figure in _figures(
            analysis,
            texts.get(analysis.doc),
            dated_on.get(analysis.doc),
            places[story_of.get(analysis.doc)],
            copies.get(analysis.doc, []),
            copied_date,
        )
    ]
    broken_down = _severity_breakdowns(story_figures, texts, lang)
    for story, figure in story_figures:
        entry = _Entry(
            ClaimReport(*figure.report),
            _plain_unless_broken_down(
                figure.who, story, figure.category, broken_down, _told_as_part(figure, texts, lang)
            ),
            figure.when,
            figure.place,
            figure.scope,
            figure.revises,
            figure.recalled,
            figure.repeats,
            figure.told_past,
        )
        groups[(story, figure.category, entry.population, figure.when, figure.scope)].append(entry)
    _join_repeated(groups, texts)
    _join_unplaced(
        groups,
        {story: {p.scope(n) for n in places_by_story[story]} - {""} for story, p in places.items()},
        lang,
        {story: frozenset(p.scope(n) for n in districts[story]) for story, p in places.items()},
        texts,
    )
    _join_headline_place(groups, _headline_scopes(analyses, texts, places, story_of), texts, lang)
    _join_contained(groups, texts, lang)
    _join_nested(groups, texts, lang)
    _join_running_since(groups, lang)
    _join_past_year(groups)
    _join_told_gathering(groups)
    _join_sole_period(groups, lang)
    _join_sole_population(groups, lang)

    result = []
    for (story, category, who, when, _), entries in groups.items():
        entries.sort(key=lambda e: (e.report.published or "", e.report.doc, e.report.start))
        reports = [e.report for e in entries]
        decision = decide(
            reports,
            category,
            frozenset(i for i, e in enumerate(entries) if e.revises),
            lang,
            frozenset(i for i, e in enumerate(entries) if e.recalled),
            current=who.endswith("(current)"),
            whole="(subset)" not in who,
            settled=all(_past_period(e) for e in entries),
        )
        place = next((e.place for e in entries if e.place), None)
        result.append(
            ClaimGroup(
                id="",
                story=story,
                category=category,
                population=who,
                place=place,
                period=when or None,
                reports=reports,
                verdict=decision.verdict,
                figure=decision.figure,
                conservative=decision.conservative,
                low=decision.low,
                high=decision.high,
                why=decision.why,
            )
        )
    result.sort(key=lambda g: (g.story or "", g.category, -len(g.reports)))
    for number, group in enumerate(result, start=1):
        group.id = f"g{number}"
    return result


LIGHTLY = " (lightly)"
SERIOUSLY = " (seriously)"


def _base_population(who: str) -> str:
    """Whom a figure counts without its severity or part marks (``security_forces (lightly)``: the police)."""
    return who.split(" (", 1)[0]


def _severity_breakdowns(
    story_figures: list[tuple[str | None, _Figure]], texts: dict[str, str], lang: str = "fr"
) -> frozenset[tuple[str | None, str, str]]:
    """The (story, category, people) whose injured a story splits by how badly they were hurt: it gives a
    figure of the seriously hurt (``trois blessés graves``), or a part said to be badly hurt (``dont deux
    graves``)."""
    return frozenset(
        (story, figure.category, _base_population(figure.who))
        for story, figure in story_figures
        if SERIOUSLY in figure.who
        or ("(subset)" in figure.who and _badly_hurt_part(ClaimReport(*figure.report), texts, lang))
    )


def _told_as_part(figure: _Figure, texts: dict[str, str], lang: str) -> bool:
    """Whether a figure's words make it a part of another count (``Deux d'entre eux``, ``dont trois``)."""
    report = ClaimReport(*figure.report)
    text = texts.get(report.doc)
    return bool(text) and _is_subset(text or "", report.start, report.end, lang)


@cache
def _severity_part(lang: str) -> re.Pattern[str]:
    return _words_pattern(getattr(get_language(lang).link, "SEVERITY_PART_WORDS", ()))


PART_WORDS_AFTER = 40  # how far after a part's number its words may go (``dont deux dans un état grave``)


def _badly_hurt_part(report: ClaimReport, texts: dict[str, str], lang: str) -> bool:
    """Whether a part's own words, up to the end of its clause, say it counts the badly hurt (``dont deux
    graves``, ``dont trois dans un état critique``): the number alone is often all the part's figure holds."""
    after = texts.get(report.doc, "")[report.end : report.end + PART_WORDS_AFTER]
    clause = re.split(r"[,;.!?()\n]", after, maxsplit=1)[0]
    return _severity_part(lang).search(fold(f"{report.text} {clause}")) is not None


def _plain_unless_broken_down(
    who: str,
    story: str | None,
    category: str,
    broken_down: frozenset[tuple[str | None, str, str]],
    part: bool = False,
) -> str:
    """Whom a lightly-hurt figure counts: the lightly hurt apart only where the story breaks its injured down by
    severity (``14 blessés, dont deux graves`` … ``les douze autres légèrement``); elsewhere ``légèrement``
    only says how the counted were hurt (``trois policiers légèrement blessés`` mardi, ``sept policiers
    blessés`` mercredi), and the figure counts all the injured of its people: one toll, revised or agreed.
    A ``part`` (``Deux d'entre eux ont été légèrement blessés``) breaks its own whole down: it stays apart."""
    if LIGHTLY not in who or (story, category, _base_population(who)) in broken_down or part:
        return who
    return who.replace(LIGHTLY, "", 1)


#: A :class:`ClaimReport`'s fields, in order.
ReportFields = tuple[
    str,
    int,
    int,
    str,
    float | int | None,
    float | int | None,
    float | int | None,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
]


@dataclass(frozen=True, slots=True)
class _Figure:
    """One people-counting figure of an article, with what decides its group: the fields of its report
    (in :class:`ClaimReport`'s order), whom, when and where it counts, and whether it says it revises."""

    report: ReportFields
    category: str
    who: str
    when: str
    place: str | None
    scope: str
    revises: bool
    recalled: bool
    repeats: bool
    told_past: bool = False


#: Each article's figures (:class:`_Figure`), for what they read of the story: the article's report day,
#: the scopes of their places, the dates their copies give and the article's copied passages.
_FIGURES: PerArticle[tuple[_Figure, ...]] = PerArticle()


def _figures(
    analysis: DocumentAnalysis,
    text: str | None,
    published: str | None,
    places: _Places,
    copies: list[SharedPassage],
    copied_date: dict[tuple[str, int], str],
) -> tuple[_Figure, ...]:
    """:func:`_figures_of`, remembered per analysis object and all it reads of the story."""
    claims = [c for c in analysis.claims if c.category in PEOPLE_CATEGORIES]
    context = (
        text,
        published,
        tuple(c.place and places.scope(c.place) for c in claims),
        tuple(copied_date.get((analysis.doc, c.start)) for c in claims),
        tuple((p.start, p.end, p.source) for p in copies),
        places.only_city(),  # what ``la capitale`` stands for when the article names no city
        places.capital(),  # what ``la capitale`` stands for when the story names its country's capital
        places.districts,  # which headline places are neighbourhoods
    )
    return _FIGURES.get(
        (analysis,), context, partial(_figures_of, analysis, text, published, places, copies, copied_date)
    )


@cache
def _district_before(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "DISTRICT_BEFORE", r"(?!)"))


def _districts(
    analyses: list[DocumentAnalysis], story_of: dict[str, str], texts: dict[str, str]
) -> dict[str | None, frozenset[str]]:
    """The places each story's articles call a neighbourhood (``dans le quartier de Planoise, à
    Besançon``): a headline naming one sets its article in a part of the city, not the city's count."""
    found: dict[str | None, set[str]] = defaultdict(set)
    for analysis in analyses:
        text = texts.get(analysis.doc)
        if not text:
            continue
        district_before = _district_before(analysis.lang)
        for entity in analysis.entities:
            if entity.type == "LOC" and district_before.search(fold(text[max(0, entity.start - 30) : entity.start])):
                found[story_of.get(analysis.doc)].add(entity.name or entity.text)
    return defaultdict(frozenset, {story: frozenset(names) for story, names in found.items()})


def headline_line(text: str | None, lang: str = "fr") -> tuple[int, int] | None:
    """Where an article's headline stands (start and end offsets), or ``None`` where its first line is no
    headline (a paragraph: too long, or ending on a full stop). A site's navigation trail (``Info > Monde >
    Europe``) is no headline: it is the page's path, and the headline is the next line that holds words — a
    copied web page keeps its trail above its title, and the title still sets the article's place."""
    if text is None:
        return None
    start = 0
    end = text.find("\n")
    if 0 < end and _navigation_line(text[:end], lang):
        start = end + 1
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
        end = text.find("\n", start)
    line = text[start:end] if end > start else ""
    if not line.strip() or len(line) > HEADLINE_MAX or line.rstrip().endswith("."):
        return None
    return start, end


def headline_place(analysis: DocumentAnalysis, text: str | None, places: _Places) -> tuple[str, int] | None:
    """The one place, not a country, an article's headline names (``Grève : forte mobilisation à Paris``),
    and how far into the article it reaches: the place the article reports on, up to the first paragraph
    holding a figure placed elsewhere or said to be nationwide. A regional report tells its city's march
    first and the nation's after (``Au niveau national, … 245 000 manifestants, dont 38 000 à Paris``): that
    paragraph ends the city's figures; it does not make the city's unplaced ones before it nobody's. A place
    that heads the headline as its rubric (``Sivens-le-Haut : le bilan s'alourdit``) labels the story, not the
    article's figures: it reaches them only when no figure of the article is placed elsewhere."""
    line = headline_line(text, analysis.lang)
    if text is None or line is None:
        return None
    top, first_break = line
    located = {
        places.scope(e.name or e.text): e
        for e in analysis.entities
        if e.type == "LOC" and top <= e.start and e.end <= first_break
    }
    named = {
        scope: entity
        for scope, entity in located.items()
        if scope.startswith("place:") and name_key(entity.name or entity.text) not in places.districts
    }
    if len(named) != 1:
        return None
    ((scope, entity),) = named.items()
    name = entity.name or entity.text
    if _is_rubric(text, entity.start, entity.end, analysis.lang):
        placed = {places.scope(c.place) for c in analysis.claims if c.place and c.category in PEOPLE_CATEGORIES}
        return (name, len(text)) if placed <= {scope} else None
    elsewhere = [
        c.start
        for c in analysis.claims
        if c.category in PEOPLE_CATEGORIES
        and (places.scope(c.place) != scope if c.place else _marks(text, c.start, c.end, analysis.lang)[1])
    ]
    if not elsewhere:
        return name, len(text)
    reach = text.rfind("\n", 0, min(elsewhere)) + 1  # the start of that figure's paragraph
    return (name, reach) if reach > first_break else None


def _is_rubric(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words at ``start:end`` open their line and end at the rubric's colon (``Sivens-le-Haut :``)."""
    line_start = text.rfind("\n", 0, start) + 1
    rubric_after = getattr(get_language(lang).claims, "RUBRIC_AFTER", r"(?!)")
    return not text[line_start:start].strip() and re.match(rubric_after, text[end:]) is not None


def paragraph_place(analysis: DocumentAnalysis, text: str, at: int, places: _Places) -> str | None:
    """The place, not a country, that opens the paragraph holding offset ``at`` (``À Toulouse, quelque 600
    tracteurs ont convergé… La préfecture comptait 1 800 manifestants``): a paragraph set in one place
    reports that place's gathering, as a headline on one city does its article's."""
    start = text.rfind("\n", 0, at) + 1
    opener = _paragraph_opener(analysis.lang)
    for entity in analysis.entities:
        if entity.type != "LOC" or not start <= entity.start <= start + 20 or entity.end > at:
            continue
        name = entity.name or entity.text
        if (
            opener.fullmatch(fold(text[start : entity.start]))
            and text[entity.end : entity.end + 1] == ","
            and places.scope(name).startswith("place:")
        ):
            return name
    return None


def _headline_reaching(headline: tuple[str, int] | None, claim: Claim) -> str | None:
    """The headline's place for an unplaced figure before the headline's reach (:func:`headline_place`)."""
    return headline[0] if headline is not None and claim.start < headline[1] else None


@cache
def _paragraph_opener(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.PARAGRAPH_PLACE_OPENER)


@cache
def _dateline_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "DATELINE_PLACE", r"(?!)"))


@cache
def _joined_place(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = get_language(lang).link
    return (
        re.compile(getattr(data, "JOINED_PLACE_BEFORE", r"(?!)"), re.IGNORECASE),
        re.compile(getattr(data, "JOINED_PLACE_AFTER", r"(?!)")),
    )


def one_of_joined_places(text: str, claim: Claim, lang: str = "fr") -> bool:
    """Whether the figure's place is named, in its sentence, as the first of two joined places after a plural
    noun of places (``Au moins 95 personnes ont été tuées dans les districts de Jajarkot et de Rukum``): the
    figure counts both, the story's whole toll, not the first one's."""
    if not claim.place:
        return False
    opening = max((text.rfind(mark, max(0, claim.start - 300), claim.start) for mark in ".!?\n"), default=-1)
    rest = text[claim.end : claim.end + 300]
    cut = re.search(r"[.!?\n]", rest)
    end = claim.end + (cut.start() if cut else len(rest))
    before, after = _joined_place(lang)
    for found in re.finditer(re.escape(claim.place), text[opening + 1 : end]):
        at = opening + 1 + found.start()
        if after.match(text, at + len(claim.place), end) and before.search(text, max(0, at - 80), at):
            return True
    return False


@cache
def _pronoun_place(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = get_language(lang).link
    return (
        re.compile(getattr(data, "PRONOUN_PLACE_AFTER", r"(?!)")),
        re.compile(getattr(data, "PRONOUN_PLACE_BEFORE", r"(?!)")),
    )


def pronoun_place(text: str, claim: Claim, lang: str = "fr") -> str | None:
    """The place a pronoun next to a bare figure names (``58 dans le district de Jajarkot et 37 dans celui
    de Rukum``, ``Jajarkot compte 98 victimes, celui de Rukum 65``), or ``None``: the pronoun stands for the
    place noun of the figure before, so the name after it is this figure's place, not the one before."""
    after, before = _pronoun_place(lang)
    found = after.match(text, claim.end, min(len(text), claim.end + 120))
    if found is None:
        found = before.search(text, max(0, claim.start - 120), claim.start)
    return found.group(1) if found else None


def own_place(claim: Claim, text: str | None, lang: str = "fr") -> str | None:
    """The place a figure counts, its analysis's place corrected by what the link reads around it: none for
    a body's name (:func:`names_body`) or the first of two joined places (:func:`one_of_joined_places`), the
    place a pronoun next to it names (:func:`pronoun_place`)."""
    if text is None:
        return None if names_body(claim.place, lang) else claim.place
    if (told := pronoun_place(text, claim, lang)) is not None:
        return told
    if names_landmark(claim.place, lang):
        return landmark_town(text, claim, lang)
    if names_body(claim.place, lang) or one_of_joined_places(text, claim, lang) or names_source(claim, lang):
        return None
    return claim.place


@cache
def _landmark_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "LANDMARK_NAME", r"(?!)"))


def names_landmark(place: str | None, lang: str = "fr") -> bool:
    """Whether a claim's place is a landmark inside a town (``la place Syntagma``, ``le pont de la Liberté``,
    ``Unity Fountain``) rather than a town: a crowd gathered there is the town's crowd, which the other
    reports name by the town (:func:`landmark_town`)."""
    return bool(place) and _landmark_pattern(lang).search(fold(place or "")) is not None


@cache
def _landmark_town_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "LANDMARK_TOWN", r"(?!)"))


@cache
def _country_keys_of(lang: str) -> frozenset[str]:
    return frozenset(name_key(n) for n in country_names(lang))


def landmark_town(text: str, claim: Claim, lang: str = "fr") -> str | None:
    """The town a figure's landmark lies in (``À Novi Sad, … ont bloqué le pont de la Liberté``): the one its
    sentence names with a preposition (a town, not a country), the nearest before the figure first. Two
    landmarks of two towns stay apart that way, and each joins its town's reports. With no town in the
    sentence, the landmark stays the figure's place: a town named earlier in the article may hold a part of
    the crowd of its own (``près de la place de la Nation, … un millier de manifestants vêtus de noir``)."""
    sentence_start = max(text.rfind(". ", 0, claim.start) + 1, text.rfind("\n", 0, claim.start) + 1)
    end = re.search(r"[.!?\n]", text[claim.end :])
    sentence_end = claim.end + end.start() if end else len(text)
    pattern = _landmark_town_pattern(lang)
    towns = [
        (m.start("town"), m.group("town"))
        for m in pattern.finditer(text, max(sentence_start - 1, 0), sentence_end)
        if not names_landmark(m.group("town"), lang) and name_key(m.group("town")) not in _country_keys_of(lang)
    ]
    inside = [t for t in towns if t[0] >= sentence_start]
    before = [t for t in inside if t[0] < claim.start] or inside
    if not before:
        return claim.place
    return (before[-1] if before[-1][0] < claim.start else before[0])[1]


def names_source(claim: Claim, lang: str = "fr") -> bool:
    """Whether a claim's place is its source's name (``l'ONG espagnole Mer ouverte (Mar Abierto) parle de 57
    disparus``): the tagger took the body's name for a place. A place in the source's words that no
    preposition attaches to a noun before it (``la mairie de Mbour``) names who speaks, not where the figure
    counts, and would keep the figure apart from the other reports of its count."""
    if not claim.place or claim.source is None:
        return False
    words = re.split(r"[\s'’(),]+", fold(claim.source.text))
    place = re.split(r"[\s'’(),]+", fold(claim.place))
    links = frozenset(fold(w) for w in getattr(get_language(lang).link, "SOURCE_PLACE_LINKS", ()))
    starts = [i for i in range(len(words) - len(place) + 1) if words[i : i + len(place)] == place]
    return bool(starts) and all(i > 0 and words[i - 1] not in links for i in starts)


def filed_from(text: str, at: int, place: str, lang: str = "fr") -> bool:
    """Whether ``place`` is only the dateline of the line holding offset ``at`` (``LAGOS, 9 juin (AFP) -
    Au moins 12 morts…``): the town a dispatch was filed from, not the place its figures count — the
    national toll a capital's wire gives is the country's, not the capital's."""
    line_start = text.rfind("\n", 0, at) + 1
    found = _dateline_pattern(lang).match(text, line_start, at)
    if found is None or fold(found.group(1)) != fold(place):
        return False
    # the sentence naming the town again after the dateline (``NAIROBI (AFP) - … le Parlement à Nairobi …,
    # faisant au moins cinq morts``) sets the figure there, not only the dispatch
    sentence_end = re.search(r"[.!?\n]", text[at:])
    told = fold(text[found.end() : at + (sentence_end.start() if sentence_end else len(text) - at)])
    return re.search(rf"(?<!\w){re.escape(fold(place))}(?!\w)", told) is None


@cache
def _own_count_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "OWN_COUNT_BEFORE", r"(?!)"))


def place_as_before(text: str, told: list[tuple[Claim, str | None]], claim: Claim, lang: str = "fr") -> str | None:
    """The place of an unplaced figure that counts what a figure before it counts (``told``: the article's
    figures so far, each with its place), or ``None``: a bare number of the sentence of the figure right
    before, of its kind, that takes its noun by ``en`` (``le BNGRC attribue neuf décès à la ville, quand la mairie en
    compte quatorze``); the same event's toll of another kind joined to it by ``et`` (``Quatre soldats ont
    été tués et cinq blessés``); a source's own count set against the last figure of its kind (``La mairie
    maintient son propre chiffre de 14 victimes``). Each gives the place's figure another way, not a toll of
    its own for the whole story."""
    if recalls(text, claim.start, claim.end, lang):
        return None  # an earlier report set beside the figure (``contre 480 000 une semaine plus tôt``)
    if told and told[-1][0].end <= claim.start:
        before, place = told[-1]
        between = text[before.end : claim.start]
        if before.category != claim.category:
            if _joined_toll(text, before, claim, lang):
                return place
        elif (
            _bare(claim, lang)
            and _takes_noun(between, lang, across=not _bare(before, lang))
            and not is_subset(claim, text, lang)
        ):
            # not a part (``dont deux dans un état grave``) nor after a list's last item (``10 morts, 7 à Lima
            # et 3 à Cusco ; l'ONG en recense 16``): their number counts some of the figure before, or a whole
            return None if _names_total(text, before.end, claim.start, lang) else place
    opening, _ = _sentence_and_clause(text, claim.start, claim.end)
    if not _own_count_pattern(lang).search(fold(opening)):
        return None
    of_kind = [(before, place) for before, place in told if before.category == claim.category]
    if _ends_breakdown(text, of_kind):
        return None
    return of_kind[-1][1] if of_kind else None


def _ends_breakdown(text: str, of_kind: list[tuple[Claim, str | None]]) -> bool:
    """Whether the last figures of a kind break a count down by place in one sentence (``Jajarkot compte 98
    victimes, celui de Rukum 65``): a source's own count set against them (``La Croix-Rouge maintient son
    propre décompte : 181 morts``) is set against the whole they divide, not against the last place's part."""
    if len(of_kind) < 2:
        return False
    (first, first_place), (last, last_place) = of_kind[-2], of_kind[-1]
    one_sentence = first.end <= last.start and not re.search(r"[.!?\n]", text[first.end : last.start])
    return one_sentence and bool(first_place) and bool(last_place) and first_place != last_place


@cache
def _en_count(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "EN_COUNT_BEFORE", r"(?!)"))


def _takes_noun(between: str, lang: str, across: bool = False) -> bool:
    """Whether the words from the figure before, in its sentence (or, ``across``, the next one of its
    paragraph), end by standing for its noun (``quand la mairie en compte quatorze``; ``… 14 morts. Le maire
    affirme qu'il y en a « au moins 20 »``): the bare number counts what that figure counts — ``en`` stands for
    the noun just said, whoever gives the rival count. Only a figure with its own noun is stood for across a
    sentence end: after a list's last bare item (``… 7 à Lima et 3 à Cusco. L'ONG en recense 16``) ``en``
    stands for the list's whole."""
    if re.search(r"[;\n]", between) or len(re.findall(r"[.!?]+", between)) > (1 if across else 0):
        return False
    return _en_count(lang).search(fold(between)) is not None


def _bare(claim: Claim, lang: str = "fr") -> bool:
    """Whether a figure is written as its number alone (``quatorze``, ``14``, ``au moins 20``): it takes
    another's noun. A qualifier before the number (:data:`QUALIFIER_LEAD`) adds no noun."""
    lead = getattr(get_language(lang).link, "QUALIFIER_LEAD", r"(?!)")
    return _bare_text(re.sub(lead, "", fold(claim.text)))


def _bare_text(text: str) -> bool:
    """:func:`_bare` on a figure's words."""
    return not re.search(r"[^\W\d_]", text) or len(text.split()) == 1


def _joined_toll(text: str, before: Claim, claim: Claim, lang: str) -> bool:
    """Whether a figure of another kind is joined to the one before by ``et`` and names only its toll
    (``Quatre soldats ont été tués et cinq blessés``): the same event's other count, at its place."""
    cues = _cues(lang)
    gap = getattr(get_language(lang).link, "JOINED_TOLL_GAP", r"(?!)")
    joined = re.fullmatch(gap, text[before.end : claim.start]) is not None
    return joined and bool(claim.subject) and _tokens(claim.subject) - cues.subject_time_words <= cues.toll_nouns


def capital_place(claim: Claim, text: str, earlier: list[str], places: _Places, lang: str) -> str | None:
    """The place ``la capitale`` stands for in a figure's words (its sentence up to it, its clause after
    it): the story's country's capital where the story names it (:meth:`_Places.capital`), else the last city
    the article's figures named before it, else the story's one city, else the phrase itself — a place of its
    own, never the country's count. A site of the capital (:func:`_capital_owns`) is not read as the city."""
    before, clause = _sentence_and_clause(text, claim.start, claim.end)
    words = fold(before + " " + clause)
    found = _cues(lang).capital.search(words)
    if not found:
        return None
    cities = [p for p in earlier if not places.scope(p).startswith("country:")]
    named = None if _capital_owns(words[: found.start()], lang) else places.capital()
    return named or (cities[-1] if cities else places.only_city() or found.group())


@cache
def _capital_owner_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "CAPITAL_OWNED_BEFORE", r"(?!)"))


def _capital_owns(before: str, lang: str) -> bool:
    """Whether the folded words before ``la capitale`` make it the owner of a site or body (``la principale
    prison de la capitale``, ``les hôpitaux de la capitale``): the figure counts that site, which a story may
    tell apart from the city's toll, not the city itself."""
    return _capital_owner_pattern(lang).search(before) is not None


def _figures_of(
    analysis: DocumentAnalysis,
    text: str | None,
    published: str | None,
    places: _Places,
    copies: list[SharedPassage],
    copied_date: dict[tuple[str, int], str],
) -> tuple[_Figure, ...]:
    """The article's people-counting figures, each with its report and the keys of its group."""
    figures: list[_Figure] = []
    subjects: list[str] = []  # each figure's counted noun
    last: tuple[Claim, str] | None = None  # the figure before, and whom it counts
    previous: tuple[Claim, str] | None = None  # the figure right before, even a part, and whom it counts
    headline = headline_place(analysis, text, places)
    named: list[str] = []  # the places the article's figures named so far
    told: list[tuple[Claim, str | None]] = []  # the figures before, each with its place
    in_context = _in_context(analysis, text, places)
    sheltered = sheltered_beside(analysis.claims, text, analysis.lang)
    march = _march_day([keyed for _, keyed, _ in in_context], published)
    march_from = _march_paragraph(in_context, march, text)
    for claim, keyed, repeat in in_context:
        if text is not None and keyed.place != (own := own_place(keyed, text, analysis.lang)):
            keyed = replace(keyed, place=own)
        if keyed.place and text and filed_from(text, keyed.start, keyed.place, analysis.lang):
            keyed = replace(keyed, place=None)
        if not keyed.place and text:
            keyed = replace(keyed, place=capital_place(keyed, text, named, places, analysis.lang))
        known = bool(text) and names_known_count(text or "", claim.start, analysis.lang)
        # a count its sentence says is the country's (``263 interpellations au total dans le pays``) is not
        # the city that opens its paragraph
        nationwide_said = bool(text) and _marks(text or "", keyed.start, keyed.end, analysis.lang)[1]
        if not keyed.place and keyed.category in GATHERING_CATEGORIES and text and not known and not nationwide_said:
            keyed = replace(
                keyed,
                place=paragraph_place(analysis, text, claim.start, places) or _headline_reaching(headline, keyed),
            )
        if not keyed.place and text:
            keyed = replace(keyed, place=place_as_before(text, told, claim, analysis.lang))
        if keyed.place:
            named.append(keyed.place)
        told.append((claim, keyed.place))
        copy_of = next((p.source for p in copies if p.start <= claim.start and claim.end <= p.end), None)
        if repeat and copy_of is None:
            copy_of = analysis.doc  # the article repeating its own figure (headline, body): one report
        if not keyed.date and copied_date.get((analysis.doc, claim.start)):
            keyed = replace(keyed, date=copied_date[(analysis.doc, claim.start)])
        shared_whole = whole_of_share(claim, analysis.claims, text, analysis.lang)
        report: ReportFields = (
            analysis.doc,
            claim.start,
            claim.end,
            claim.text,
            claim.value if shared_whole is None else shared_whole,
            claim.low if shared_whole is None else None,
            claim.high if shared_whole is None else None,
            claim.qualifier,
            (claim.source.entity or claim.source.text) if claim.source else None,
            analysis.outlet,
            published,
            claim.date,
            copy_of,
        )
        same_sentence = (
            last is not None
            and text is not None
            and last[0].end <= claim.start
            and not re.search(r"[.!?\n]", text[last[0].end : claim.start])
        )
        before_it = last[0] if last is not None else None
        part = is_subset(keyed, text, analysis.lang) and not is_placed_part(keyed, text, analysis.lang)
        # a part points back to its whole, even across a sentence (``17 gendarmes ont été blessés. Cinq
        # d'entre eux…``): it counts the whole's people
        continues = (
            last is not None
            and (same_sentence or part)
            and not _names_total(text, last[0].end, claim.start, analysis.lang)
        )
        who = population(
            keyed, text, analysis.lang, last[1] if last and continues and _carries_people(last[0], claim) else None
        )
        if claim.start in sheltered and who == "people":
            who = "sheltered"
        if not who.endswith(")") and text and unconfirmed(claim, text, analysis.lang):
            who += " (unconfirmed)"
        whole = last
        # a figure after a part continues the whole's people (``…, dont deux enfants, … quatre morts``); but a
        # part of another kind's count is a whole of its own kind, which a part after it divides (``dont 14
        # hospitalisés, trois d'entre eux dans un état grave``: three of the fourteen)
        own_kind = whole is None or whole[0].category == claim.category or names_own_whole(claim, text, analysis.lang)
        if not part or not own_kind:
            last = (claim, who)
        if part and own_kind:
            # a part of another kind's count is its own kind's whole (``17 blessés, dont 3 hospitalisés``:
            # the gendarmes in hospital, whom a later ``Deux gendarmes restaient hospitalisés`` counts again)
            who += " (subset)"
            if previous is not None and _part_of_part(previous, claim, text, analysis.lang):
                who += " (subset)"
        if not who.endswith(")") and text and one_victim_told(claim, text, analysis.lang):
            who += " (subset)"
        previous = (claim, who)
        if not who.endswith(")") and counts_current_state(keyed, text, analysis.lang):
            who += " (current)"
        when = period(keyed, published, text, analysis.lang)
        recalled = bool(text) and recalls(text or "", claim.start, claim.end, analysis.lang)
        if (
            march
            and not when
            and claim.start >= march_from
            and _on_march_day(keyed, march, recalled, text, analysis.lang)
            and not paragraph_of_another_day(analysis, text, claim.start, march)
        ):
            when = march
        one_period = bool(when) and claim.category in _cues(analysis.lang).periodic_categories
        if (
            not who.endswith(")")
            and not one_period
            and is_increment(claim, analysis.lang, text)
            and not _others_than_another_kind(
                claim,
                before_it,
                analysis.lang,
                before_it is not None and before_it.start in sheltered and same_sentence,
            )
        ):
            who += " (increment)"
            when = _day(keyed.date, published) or _day(published)  # each day's finds are that day's
        scope = places.scope(keyed.place)
        _, nationwide, revises = _marks(text, keyed.start, keyed.end, analysis.lang) if text else (False,) * 3
        if not scope and nationwide:
            scope = "nationwide"
        repeats = recalled or known or _says_repeated(text, claim, analysis.lang)
        told_past = (
            claim.category == "participants"
            and not keyed.date
            and text is not None
            and told_in_past(text, claim.start, claim.end, analysis.lang)
        )
        figures.append(
            _Figure(report, claim.category, who, when, keyed.place, scope, revises, recalled, repeats, told_past)
        )
        subjects.append(keyed.subject)
    if text is not None:
        _name_listed_parts(figures, subjects, text, analysis.lang)
    return tuple(figures)


#: Categories whose figure counts the people an act was done to, not who did it: a count of arrests
#: (``640 interpellations``) after a count of injured police or a deployment in its sentence counts the
#: arrested, not the police who arrest them.
_OWN_PEOPLE_CATEGORIES = frozenset({"arrested"})


def _carries_people(before: Claim, claim: Claim) -> bool:
    """Whether a figure with no people noun of its own may count the people of the figure before it in its
    sentence (``18 policiers ont été tués et 216 blessés``). Not after a deployment, whose forces are who
    acts, not whom the next figure counts (``qui a déployé 4 000 agents, a annoncé 93 interpellations``),
    and not for arrests after another kind's figure (``31 policiers blessés et 640 interpellations``)."""
    if before.category == "troops" and claim.category != "troops":
        return False
    return not (claim.category in _OWN_PEOPLE_CATEGORIES and before.category != claim.category)


def _part_of_part(previous: tuple[Claim, str], claim: Claim, text: str | None, lang: str) -> bool:
    """Whether a part points back to the part right before it, of its kind (``20 mineurs secourus, dont 12
    hospitalisés, deux d'entre eux dans un état grave``: two of the twelve): the pronoun after it stands for
    the nearest count, so it is a part of that part, not another part of the whole beside it."""
    before, who = previous
    if not text or before.category != claim.category or not who.endswith("(subset)"):
        return False
    if re.search(r"[.!?\n]", text[before.end : claim.start]):
        return False
    _, after = _subset_patterns(lang)
    own = text[claim.start : claim.end].replace("’", "'")
    return bool(
        after.search(text[claim.end : claim.end + 30].replace("’", "'"))
        or any(after.match(own[space.start() :]) for space in re.finditer(r"\s", own[:20]))
    )


def _names_total(text: str | None, start: int, end: int, lang: str = "fr") -> bool:
    """Whether the words between two figures name a total (``…, portant le bilan à 14 morts``): the second
    figure counts everyone, not the people the first one did (``les corps de cinq mineurs``)."""
    return text is not None and _total_nouns(lang).search(fold(text[start:end])) is not None


@cache
def _total_nouns(lang: str) -> re.Pattern[str]:
    return _words_pattern(get_language(lang).claims.TOTAL_NOUNS)


@cache
def _listed_parts(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.LISTED_PARTS)


def _name_listed_parts(figures: list[_Figure], subjects: list[str], text: str, lang: str) -> None:
    """Two figures of one category listed side by side with different people nouns (``4 700 habitants et
    quelque 20 000 touristes``) are parts of the event's count, each its own population: grouped with the
    total (``25 000 personnes évacuées``), they made a conflict of a sum."""
    for i in range(1, len(figures)):
        before, after = figures[i - 1], figures[i]
        nouns = _noun_stem(subjects[i - 1]), _noun_stem(subjects[i])
        if before.category != after.category or not all(nouns) or nouns[0] == nouns[1]:
            continue
        if before.who != after.who or before.who.endswith(")"):
            continue
        if _bare_text(after.report[3]):
            continue  # ``95 morts, 58 dans le district de …``: a number alone borrows the noun before, its part
        between = fold(text[before.report[2] : after.report[1]]).strip()
        if _listed_parts(lang).fullmatch(between) is None:
            continue
        figures[i - 1] = replace(before, who=f"{before.who} ({nouns[0]})")
        figures[i] = replace(after, who=f"{after.who} ({nouns[1]})")


def _noun_stem(subject: str) -> str:
    """A counted noun without its plural ``s``/``x``, folded: ``touristes`` → ``touriste``."""
    words = fold(subject).split()
    return words[-1].rstrip("sx") if len(words) == 1 else ""


def _copied_dates(analyses: list[DocumentAnalysis], shared: list[SharedPassage]) -> dict[tuple[str, int], str]:
    """A figure's date read in either copy of a shared passage: the wire text and its copy count the same
    thing, though only one of them may have the sentence that dates it resolved."""
    involved = {p.doc for p in shared} | {p.source for p in shared}  # no other article's figures are met
    claim_at = {(a.doc, c.start): c for a in analyses if a.doc in involved for c in a.claims}
    of_doc: dict[str, list[tuple[int, Claim]]] = defaultdict(list)  # each copy meets its own claims only
    for (doc, start), claim in claim_at.items():
        of_doc[doc].append((start, claim))
    dates: dict[tuple[str, int], str] = {}
    for passage in shared:
        doc = passage.doc
        for start, claim in of_doc.get(doc, ()):
            if not passage.start <= start < passage.end:
                continue
            original = claim_at.get((passage.source, passage.source_start + start - passage.start))
            if original is None:
                continue
            date = claim.date or original.date
            if date:
                dates[(doc, start)] = dates.get((doc, start)) or date
                dates[(passage.source, original.start)] = dates.get((passage.source, original.start)) or date
    return dates


#: How many days after a march an article may be published and still report that march's figures.
MARCH_REPORT_DAYS = 1


def _march_day(keyed: list[Claim], published: str | None) -> str:
    """The day of the march an article reports, or ``""``: its newest dated crowd count, if the article
    was published that day or the day after (a later piece looks back rather than reports). A march is
    counted (``412 000 manifestants``); a vague crowd (``des centaines de personnes manifestaient``) is
    unrest the article tells of, not the march whose toll it reports."""
    counted = [c for c in keyed if c.category == "participants" and c.value is not None and c.qualifier != "vague"]
    days = [day for day in (_day(c.date) for c in counted) if day]
    article_day = _date_end(published[:10] if published and len(published) >= 10 else None)
    if not days or article_day is None:
        return ""
    newest = max(days)
    behind = (article_day - datetime.date.fromisoformat(newest)).days
    return newest if 0 <= behind <= MARCH_REPORT_DAYS else ""


def _march_paragraph(in_context: list[tuple[Claim, Claim, bool]], march: str, text: str | None) -> int:
    """Where an article starts reporting its march: the paragraph of the march's first crowd count. Arrests
    and injured told before it (``Au lendemain des affrontements, 17 gendarmes blessés…`` above ``Dimanche,
    un nouveau rassemblement a réuni 2 500 personnes``) are the earlier events' the article opens on."""
    if not march or text is None:
        return 0
    # a crowd dated by its own words: an undated one only borrows the march's day from them
    starts = [c.start for c, _, _ in in_context if c.category == "participants" and _day(c.date) == march]
    return text.rfind("\n", 0, min(starts)) + 1 if starts else 0


def paragraph_of_another_day(analysis: DocumentAnalysis, text: str | None, at: int, march: str) -> bool:
    """Whether the figure's paragraph opens on a day before the march's (``Le bilan de la bousculade de
    mardi s'élève à 57 morts … 81 personnes ont été blessées`` below a sit-in of Thursday): the paragraph tells
    that earlier event, whose injured and arrested are not the march's. Only the paragraph's first day counts: a
    day it recalls later (``contre 33 annoncées la veille``) does not change what it reports; a later day is
    when the march's figures were given (``Le ministère a revu vendredi son bilan``)."""
    if text is None:
        return False
    opening = text.rfind("\n", 0, at) + 1
    days = sorted(
        (t.start, _day(t.value))
        for t in analysis.timexes
        if opening <= t.start < at and t.type == "DATE" and t.value and len(t.value) >= 10
    )
    return bool(days) and days[0][1] < march


def _on_march_day(claim: Claim, march: str, recalled: bool, text: str | None, lang: str) -> bool:
    """Whether a figure of a march report counts that march's day: an arrest or injury count with no day
    of its own, or dated that day, or recalled as an earlier report of it (``contre 41 annoncées la
    veille``), and no running total said in its own words (``25 policiers blessés depuis le début``) —
    read from the colon that opens them (``le ministère a revu son bilan : 54 personnes interpellées``)."""
    if claim.category not in MARCH_DAY_CATEGORIES or text is None:
        return False
    if claim.date and _day(claim.date) != march and not recalled:
        return False
    before, clause = _sentence_and_clause(text, claim.start, claim.end)
    own = fold(before.rsplit(":", 1)[-1] + " " + text[claim.start : claim.end] + " " + clause)
    return not _cues(lang).cumulative.search(own)


def _report_days(analyses: list[DocumentAnalysis], story_of: dict[str, str]) -> dict[str, str | None]:
    """When each article reported its figures: its publication date, else the day its text shows it was
    written on or after (``published_inferred``), the year taken from its story's dated articles when the
    text leaves it open (``le 6 janvier`` in a story of January 2022)."""
    years: dict[str | None, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        if analysis.published and analysis.published[:4].isdigit():
            years[story_of.get(analysis.doc)][analysis.published[:4]] += 1
    days: dict[str, str | None] = {}
    for analysis in analyses:
        days[analysis.doc] = analysis.published
        inferred = analysis.published_inferred
        if analysis.published or inferred is None:
            continue
        story_years = years.get(story_of.get(analysis.doc))
        year = story_years.most_common(1)[0][0] if story_years else None
        days[analysis.doc] = _day(inferred.value, year) or None
    return days


#: Each article's people-counting claims in their article's context (:func:`_with_article_context`), for
#: the place scopes the story gives their places: an add into a big story reads them all again.
_IN_CONTEXT: PerArticle[list[tuple[Claim, Claim, bool]]] = PerArticle()


def _in_context(analysis: DocumentAnalysis, text: str | None, places: _Places) -> list[tuple[Claim, Claim, bool]]:
    """:func:`_with_article_context` of the analysis's people-counting claims, remembered per analysis
    object, its text and the scopes of its claims' places (all it reads of the story)."""
    claims = [c for c in analysis.claims if c.category in PEOPLE_CATEGORIES]
    scopes = tuple(c.place and places.scope(c.place) for c in claims)
    return _IN_CONTEXT.get(
        (analysis,), (text, scopes), partial(_with_article_context, claims, text, places, analysis.lang)
    )


def _with_article_context(
    claims: list[Claim], text: str | None, places: _Places, lang: str
) -> list[tuple[Claim, Claim, bool]]:
    """An article's claims, each completed from the article itself, with whether it repeats another.

    A headline and its body give one figure twice (``Séisme : 1 500 morts`` then ``au moins 1 500 personnes
    ont été tuées en Turquie, selon…``): the less informed mention takes the place, date and source of the
    better one and counts as a repeat, so both land in one group as one report; so does a headline's rounder
    figure for the body's (``le bilan dépasse 3 400 morts`` above ``3 419 personnes ont été tuées``). Two
    different figures of the body are two reports (``la veille, la préfète avait évoqué au moins 12 morts``).
    A crowd figure with no date of its own is counted on the day the article's neighbouring crowd figure
    names (``Jeudi, 80 000 à Lyon. À Marseille, 30 000…``): an article reports one march at a time —
    not a crowd recalled from an earlier march (``contre 10 000 une semaine plus tôt``).

    Returns each claim, the claim whose words decide its group (itself, or the better mention it repeats),
    and whether it repeats another.
    """
    first_break = (text or "").find("\n", 0, 400)
    headline_end = first_break if first_break > 0 else 0

    def richness(claim: Claim) -> tuple[int, int, bool, int]:
        """Which mention of a figure speaks for it: the one saying most, the most precise, the body's."""
        return (
            bool(claim.source) + bool(claim.place) + bool(claim.date),
            -PRECISION.get(claim.qualifier, 5),
            claim.start >= headline_end,
            -claim.start,
        )

    def day(claim: Claim) -> str | None:
        return claim.date[:10] if claim.date else None

    who = [population(c, text, lang) for c in claims]
    # a part (``dont deux ouvriers``) is no mention of a whole of equal figure (``le ministère n'en reconnaît
    # que deux``): the pronoun takes up the count, not its part
    part = [bool(text) and is_subset(c, text, lang) for c in claims]

    def alike(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        return (
            i != j
            and a.category == b.category
            and who[i] == who[j]
            and part[i] == part[j]
            and all(
                x is None or y is None or x == y
                for x, y in ((a.place and places.scope(a.place), b.place and places.scope(b.place)), (day(a), day(b)))
            )
        )

    main: list[Claim] = list(claims)
    for i, claim in enumerate(claims):
        if claim.value is None and claim.low is None:
            continue
        figure = (claim.value, claim.low, claim.high)
        same = [
            other for j, other in enumerate(claims) if alike(i, j) and (other.value, other.low, other.high) == figure
        ]
        main[i] = max([claim, *same], key=richness)
    for i, claim in enumerate(claims):
        if main[i] is not claim or claim.start >= headline_end:
            continue
        # A headline figure the body gives in other words: the body's most precise compatible figure.
        body = [
            claims[j]
            for j in range(len(claims))
            if alike(i, j)
            and claims[j].start >= headline_end
            and main[j] is claims[j]
            and _compatible(claim, claims[j])
        ]
        if body:
            main[i] = max(body, key=richness)
    for i, claim in enumerate(claims):
        if main[i] is not claim or claim.start >= headline_end or claim.value is None:
            continue
        # A headline figure the body gives once, placed in a wider or narrower name (``au moins sept morts en
        # Andalousie`` above ``sept personnes tuées dans la province d'Almería``): the headline sums up the body.
        written = (claim.value, claim.low, claim.high, claim.qualifier)
        body = [
            other
            for j, other in enumerate(claims)
            if other.start >= headline_end
            and main[j] is other
            and other.category == claim.category
            and who[j] == who[i]
            and (other.value, other.low, other.high, other.qualifier) == written
            and (day(claim) is None or day(other) is None or day(claim) == day(other))
        ]
        if len(body) == 1 and _may_hold(claim.place, body[0].place):
            main[i] = body[0]
    result: list[tuple[Claim, Claim, bool]] = [(c, m, m is not c) for c, m in zip(claims, main, strict=True)]
    # a crowd the sentence recalls from an earlier march (``contre 10 000 une semaine plus tôt``) lends no day
    crowd_days = [
        (c.start, c.date)
        for c, _, _ in result
        if c.category == "participants" and c.date and not (text and recalls(text, c.start, c.end, lang))
    ]
    crowd_days = _newest_march(crowd_days)
    for i, (claim, keyed, repeat) in enumerate(result):
        if keyed.category == "participants" and not keyed.date and crowd_days:
            before = [d for start, d in crowd_days if start < keyed.start]
            keyed = replace(keyed, date=before[-1] if before else crowd_days[0][1])
            result[i] = (claim, keyed, repeat)
    return result


def _may_hold(a: str | None, b: str | None) -> bool:
    """Whether two place names may be one place, or one inside the other: the gazetteer does not put them in
    two countries, or in two regions of one country (``Andalousie`` holds ``Almería``; ``Lyon`` is not in
    ``Paris``); a name of several towns is read as the one beside the other name. A name it does not know (a
    village, a building) is not known to hold or lie in the other: a headline may name the nearest town
    (``près d'Oicha``) for a village whose toll the article sets beside the town's."""
    if not a or not b:
        return True
    one, other = _resolve_beside(a, b)
    if one is None or other is None:
        return False
    if one.iso2 != other.iso2:
        return False
    return "country" in (one.kind, other.kind) or one.admin1 == other.admin1


def _resolve_beside(a: str, b: str) -> tuple[Place | None, Place | None]:
    """Two place names as the gazetteer reads them, the second beside the first (``Brest`` beside ``Bretagne``:
    the Breton one); an empty name is no place."""
    one = gazetteer().resolve(a) if a else None
    other = gazetteer().resolve(b, near=[one] if one is not None else ()) if b else None
    if one is not None and other is not None and one.iso2 != other.iso2:
        # a region's name several countries share (``le Centre``, ``le Plateau``) is the one of the other
        # name's country, whichever of the two was read first
        other = _namesake_in(b, one.iso2) or other
        one = _namesake_in(a, other.iso2) or one
    return one, other


def _namesake_in(name: str, iso2: str) -> Place | None:
    """The gazetteer's entry by ``name`` in the country ``iso2``, when the name is shared across countries."""
    return next((p for p in gazetteer().candidates(name) if p.iso2 == iso2), None)


def _newest_march(crowd_days: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The dated crowd figures of an article's newest march: an article reports its latest day, and a crowd
    dated earlier is recalled for comparison (``Une semaine plus tôt, ils étaient 412 000``), so it lends
    its day to no undated crowd after it."""
    days = [date[:10] for _, date in crowd_days if len(date) >= 10 and date[:4].isdigit()]
    if not days:
        return crowd_days
    newest = max(days)
    return [(start, date) for start, date in crowd_days if not (len(date) >= 10 and date[:10] < newest)]


def names_known_count(text: str, start: int, lang: str = "fr") -> bool:
    """Whether a definite article or a demonstrative comes right before the figure (``Les trois agriculteurs
    interpellés mardi ont été relâchés``): the count is one already given, here recalled, so it goes with the
    report that gave it, wherever the article's own paragraph is."""
    return bool(_cues(lang).known_before.search(fold(text[max(0, start - 12) : start])))


def _says_repeated(text: str | None, claim: Claim, lang: str) -> bool:
    """Whether the figure's sentence, up to its clause, says its source gives it again (``maintient son
    chiffre de 6 000 manifestants``, ``évalue toujours à 6 000``)."""
    if text is None:
        return False
    before, clause = _sentence_and_clause(text, claim.start, claim.end)
    return bool(_cues(lang).repeat.search(fold(before + " " + text[claim.start : claim.end] + " " + clause)))


def _join_repeated(groups: dict[GroupKey, list[_Entry]], texts: dict[str, str] | None = None) -> None:
    """A figure given again (``la préfecture maintient son chiffre de 6 000 manifestants``, ``contre quatre
    annoncées initialement``) counts what it counted when first given: it joins the one group of its story,
    kind and people, in its place or the story's, that reported the same figure on an earlier day — not the
    day its article reports (a later march, a revised toll). A one-day count (a crowd) dated by its own words
    stays that day's, unless the earlier report gave it that very day (``Les trois agriculteurs interpellés
    mardi`` recalls Tuesday's report of three arrests)."""
    for key in list(groups):
        entries = groups.get(key, [])
        for entry in [e for e in entries if e.repeats]:
            report = entry.report
            # a day of its own makes a one-day count (a crowd) that day's; a running toll's date is no period
            day = (report.date or "")[:10] if report.date and key[3] else None
            if any(_same_figure(o.report, report) and _earlier(o.report, report) for o in groups.get(key, [])):
                continue  # its own group already holds it
            targets = [
                other
                for other, members in groups.items()
                if other[:3] == key[:3]
                and other != key
                # a figure naming no place may be any place's; a recalled count naming one may be the unplaced
                # count it recalls (``Sur les onze personnes interpellées jeudi à Paris`` after ``Onze personnes…``)
                and (not key[4] or not other[4] or other[4] == key[4])
                and any(
                    _same_figure(o.report, report)
                    and _earlier(o.report, report)
                    and (day is None or (o.report.date or o.report.published or "")[:10] == day)
                    for o in members
                )
            ]
            if len(targets) == 1:
                movers = [entry, *_revising(entries, entry, (texts or {}).get(report.doc))]
                for mover in movers:
                    groups[key].remove(mover)
                    groups[targets[0]].append(mover)
        if key in groups and not groups[key]:
            del groups[key]


def _revising(entries: list[_Entry], recalled: _Entry, text: str | None) -> list[_Entry]:
    """The figure that revises a recalled one in its sentence (``Le ministère fait désormais état de neuf
    blessés, contre six annoncés la veille``): the new figure counts what the recalled one counted, so it
    goes where the recalled one goes (the day of the march both count), not to a running series of its own."""
    if text is None or not recalled.recalled:
        return []
    start = recalled.report.start
    before = [
        e
        for e in entries
        if e is not recalled
        and not e.repeats
        and e.report.doc == recalled.report.doc
        and e.report.end <= start
        and not re.search(r"[.!?\n]", text[e.report.end : start])
    ]
    return before[-1:]


def _same_figure(a: ClaimReport, b: ClaimReport) -> bool:
    return a.value is not None and (a.value, a.low, a.high) == (b.value, b.low, b.high)


def _earlier(a: ClaimReport, b: ClaimReport) -> bool:
    """Whether report ``a`` was published on a day before ``b``'s."""
    return bool(_day(a.published)) and bool(_day(b.published)) and _day(a.published) < _day(b.published)


def _join_unplaced(
    groups: dict[GroupKey, list[_Entry]],
    scopes: dict[str | None, set[str]] | None = None,
    lang: str = "fr",
    districts: dict[str | None, frozenset[str]] | None = None,
    texts: dict[str, str] | None = None,
) -> None:
    """A figure that names no place is the story's own scope: it joins the one country the story's figures
    of that kind name (or those said to be nationwide), else their one place when they name no country.
    A nationwide figure joins the one country named."""
    families: dict[tuple[str | None, str, str, str], list[GroupKey]] = defaultdict(list)
    story_countries: dict[str | None, set[str]] = defaultdict(set)  # the countries the story's figures name
    for story, named in (scopes or {}).items():
        story_countries[story].update(scope for scope in named if scope.startswith("country:"))
    for key in groups:
        families[key[:4]].append(key)
        if key[4].startswith("country:"):
            story_countries[key[0]].add(key[4])
    for (story, *_), keys in families.items():
        countries = [k for k in keys if k[4].startswith("country:")]
        nationwide = next((k for k in keys if k[4] == "nationwide"), None)
        if nationwide is not None and len(countries) == 1:
            groups[countries[0]].extend(groups.pop(nationwide))
            nationwide = None
        blank = next((k for k in keys if not k[4]), None)
        if blank is None:
            continue
        national = countries + ([nationwide] if nationwide is not None else [])
        local = [k for k in keys if k[4].startswith("place:")]
        # a blank figure is the story's one country's when the story names one elsewhere (``1 180 décès en
        # Espagne`` beside ``9 décès par coup de chaleur``), not its one region's (``260 en Andalousie``)
        regional = not national and len(story_countries[story]) != 1
        if regional and len(local) > 1:
            # a town and a neighbourhood of it (``le quartier de Beni Makada, à Tanger``), a region and towns
            # inside it (``en Thessalie``, ``trois morts à Volos``): the town, the region is the scope
            towns = [k for k in local if k[4] not in (districts or {}).get(story, frozenset())]
            local = towns if len(towns) == 1 else local
            local = [region] if len(local) > 1 and (region := _enclosing_region(groups, local)) else local
        target = national[0] if len(national) == 1 else (local[0] if regional and len(local) == 1 else None)
        if target is not None:
            groups[target].extend(groups.pop(blank))
    _join_story_wide(groups, families, lang, texts)


def _headline_scopes(
    analyses: list[DocumentAnalysis],
    texts: dict[str, str],
    places: dict[str | None, _Places],
    story_of: dict[str, str],
) -> dict[str, str]:
    """Each article's headline place scope (:func:`headline_scope`), by article id, where it names one."""
    found = {}
    for analysis in analyses:
        scope = headline_scope(analysis, texts.get(analysis.doc), places[story_of.get(analysis.doc)])
        if scope:
            found[analysis.doc] = scope
    return found


def headline_scope(analysis: DocumentAnalysis, text: str | None, places: _Places) -> str | None:
    """The scope of the one place, not a country nor a neighbourhood, an article's headline names (``À
    Tanger, la canicule tue en silence``), or ``None``: the place the article is about, whatever the figures
    of its body name. Unlike :func:`headline_place` it does not stop at a figure placed elsewhere: it says
    where the article is set, not which of its figures are the place's."""
    line = headline_line(text, analysis.lang)
    if text is None or line is None:
        return None
    top, first_break = line
    located = [
        e
        for e in analysis.entities
        if e.type == "LOC"
        and top <= e.start
        and e.end <= first_break
        and name_key(e.name or e.text) not in places.districts
    ]
    if any(_named_as_region(text[: e.start], e.text, analysis.lang) for e in located):
        return None
    local = {s for e in located if (s := places.scope(e.name or e.text)).startswith("place:")}
    return next(iter(local)) if len(local) == 1 else None


@cache
def _region_before(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "REGION_HEAD_BEFORE", r"(?!)"))


def _named_as_region(before: str, name: str, lang: str) -> bool:
    """Whether a headline names a place with a region's head noun (``la région de Mopti``, ``province du
    Nord``): the article is set in a region, whose figures that name no place may sum its towns' tolls (``Au
    total, 24 morts``), and a town of the region's name may hold one of them."""
    return bool(_region_before(lang).search(fold(before)) or _region_head(lang).match(fold(name)))


@cache
def _navigation_trail(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "NAVIGATION_TRAIL", r"(?!)"))


def _navigation_line(line: str, lang: str) -> bool:
    """Whether a first line is a site's navigation trail (``Accueil > Monde > Afrique``), not a headline: its
    last rubric names the desk's region or country, not where the article's figures count."""
    return _navigation_trail(lang).search(line) is not None


def _join_headline_place(
    groups: dict[GroupKey, list[_Entry]],
    headline: dict[str, str],
    texts: dict[str, str] | None = None,
    lang: str = "fr",
) -> None:
    """A figure that names no place, in a family whose figures name no country and none said nationwide,
    counts the place its articles' headlines set them in (``À Tanger, la canicule tue…`` then ``Plus de 600
    morts selon la fondation``): it joins that place's group of its kind when every one of its articles
    with a headline place names the same one. A story counted for a whole country says so somewhere (a
    country's or a nationwide figure), and then the blank figures are the country's (:func:`_join_unplaced`).
    Nor does a blank figure an article breaks down into the place's (``cinq morts jeudi, trois à Tanger et deux
    à Salé``) join it: the place's is a part of it (:func:`_told_beside`)."""
    families: dict[tuple[str | None, str, str, str], list[GroupKey]] = defaultdict(list)
    for key in groups:
        families[key[:4]].append(key)
    for family, keys in families.items():
        if any(k[4].startswith(("country:", "nationwide")) for k in keys):
            continue
        blank = (*family, "")
        if blank not in groups:
            continue
        scopes = {headline[e.report.doc] for e in groups[blank] if e.report.doc in headline}
        if len(scopes) != 1:
            continue
        target = (*family, next(iter(scopes)))
        if target in groups and not _told_beside(groups[blank], groups[target], texts or {}, lang):
            groups[target].extend(groups.pop(blank))


def _told_beside(these: list[_Entry], those: list[_Entry], texts: dict[str, str], lang: str = "fr") -> bool:
    """Whether a report of ``these`` is broken down in its sentence into a smaller one of ``those`` followed by
    its place (``cinq personnes ont été tuées jeudi, trois à Tanger et deux à Salé``): the place's figure is a
    part of the blank one, which counts more than that place."""
    placed = _placed_part_pattern(lang)
    for a in these:
        whole, text, most = a.report, texts.get(a.report.doc), lower_figure(a.report)
        if text is None or most is None:
            continue
        for b in those:
            part = b.report
            if whole.doc != part.doc or not whole.end <= part.start:
                continue
            least = lower_figure(part)
            if (
                least is not None
                and least < most
                and not re.search(r"[.!?\n]", text[whole.end : part.start])
                and placed.search(text[part.end : part.end + 30])
            ):
                return True
    return False


def _enclosing_region(groups: dict[GroupKey, list[_Entry]], local: list[GroupKey]) -> GroupKey | None:
    """The one group of ``local`` placed in a first-level region that holds every other group's town (the
    gazetteer says Volos lies in Thessaly), or ``None``: a story of floods in Thessaly that also counts Volos's
    dead is the region's story, and its figures that name no place are the region's."""
    resolved = {}
    names = {}
    for key in local:
        name = next((e.place for e in groups[key] if e.place), None)
        place = gazetteer().resolve(name) if name else None
        if name is None or place is None:
            return None
        resolved[key], names[key] = place, name
    regions = [key for key, place in resolved.items() if names_region(names[key], place)]
    if len(regions) != 1:
        return None
    region = resolved[regions[0]]
    inside = all(
        place.kind in ("city", "admin2") and place.iso2 == region.iso2 and place.admin1 == region.admin1
        for key, place in resolved.items()
        if key != regions[0]
    )
    return regions[0] if inside else None


def names_region(name: str, place: Place) -> bool:
    """Whether a place name names a first-level region: the gazetteer says so, or the name is the region
    its resolved place lies in (``Rio Grande do Sul`` read as the city of Rio Grande, in the state of Rio
    Grande do Sul; ``Santa Cruz`` as a town of Santa Cruz province): the name is the region's, whatever town
    shares its first words."""
    return place.kind == "admin1" or (bool(place.admin1) and fold(name) == fold(place.admin1 or ""))


def _join_contained(groups: dict[GroupKey, list[_Entry]], texts: dict[str, str], lang: str = "fr") -> None:
    """A place's count is the story's whole count when the place lies in the story's scope and no article
    sets the two apart: ``27 morts sur le lac Kivu`` here and ``27 morts en RDC`` or ``52 morts`` there are one
    toll. Only the story's one place of the kind is read so: where figures of the kind name two places (``deux
    à Dakar et une à Ziguinchor``, arrests near Toulouse and on the A7), each counts a part. An article also sets
    a place apart when it gives a different figure it places itself in the whole's scope (``cinq morts au
    Tchad`` beside ``trois sur le lac``), or gives the place's figure as a part (``dont 1 200 sur l'A7``); and a place's
    figure above all of the whole's counts something else (a longer period, a wider event)."""
    families: dict[tuple[str | None, str, str, str], list[GroupKey]] = defaultdict(list)
    places: dict[tuple[str | None, str, str], dict[str, str]] = defaultdict(dict)  # a population's scopes → a name
    for key in groups:
        families[key[:4]].append(key)
        if key[4].startswith("place:") and not all(_past_period(e) for e in groups[key]):
            name = next((e.place for e in groups[key] if e.place), None)
            places[key[:3]].setdefault(key[4], name or "")
    for family, keys in families.items():
        national = [k for k in keys if not k[4].startswith("place:")]
        if len(national) != 1 or not _one_site(list(places[family[:3]].values()), lang):
            continue  # figures of two places of the kind (a march in two cities) are parts, not the whole
        whole = groups[national[0]]
        # what the story's articles place in the whole's scope, of any period or population of the kind
        placed = [
            e for k, entries in groups.items() if k[:2] == family[:2] and not k[4].startswith("place:") for e in entries
        ]
        local = [k for k in keys if k[4].startswith("place:")]
        # a figure the story gives both at a place and in the whole's scope is one count told at two levels
        told = {_figure_of(e) for k in local for e in groups[k]}
        for key in local:
            if _set_apart(groups[key], whole, placed, texts, lang, told) or _part_of_nationwide(
                groups[key], national[0], whole
            ):
                continue
            for entry in groups[key]:
                entry.place = None  # the group is the story's, not this place's
            whole.extend(groups.pop(key))


def _part_of_nationwide(local: list[_Entry], key: GroupKey, whole: list[_Entry]) -> bool:
    """Whether a place's reports count a part of a whole the articles say spans the country (``sept
    policiers blessés dans tout le pays`` beside ``un gendarme blessé à Agen``): the words tell the count
    adds up many places, so a place's other figure is one of them. The same figure told at both levels is one
    count (the story's one site)."""
    figures = {_figure_of(e) for e in whole}
    return key[4] == "nationwide" and any(_figure_of(e) not in figures for e in local)


@cache
def _within_aside(lang: str) -> re.Pattern[str] | None:
    """The language's aside that sets a place inside a wider one (``Porga, dans la commune de Matéri``)."""
    pattern = getattr(get_language(lang).link, "PLACE_WITHIN_ASIDE", None)
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=AROUND_MEMORY)
def said_within(small: str, wide: str, text: str, lang: str = "fr") -> bool:
    """Whether the text sets the place ``small`` inside the place ``wide`` in an aside right after its name
    (``à Kwahaslalek, un village de la zone de Mangu``, ``l'hôpital Laquintinie, le principal établissement de
    Douala``): the article tells one site at two levels, so a figure at either counts the same people."""
    aside = _within_aside(lang)
    if aside is None or not small or not wide or fold(small) == fold(wide):
        return False
    pattern = rf"(?<!\w){re.escape(fold(small))}{aside.pattern}{re.escape(fold(wide))}(?!\w)"
    return re.search(pattern, fold(text)) is not None


def _may_lie_in(small: str, wide: str) -> bool:
    """Whether the gazetteer allows ``small`` inside ``wide``: a name it does not know (a village, a hospital,
    a landmark) may lie anywhere, a town lies in its region or country; two towns or two regions lie side by
    side, whatever an aside seems to say (``à Lyon, à deux heures de Marseille``)."""
    one, other = _resolve_beside(small, wide)
    if one is None or other is None:
        return True
    if one.iso2 != other.iso2:
        return False
    if other.kind == "country":
        return True
    return other.kind == "admin1" and one.kind != "admin1" and one.admin1 == other.admin1


def _wider_place(
    small: GroupKey, keys: list[GroupKey], names: dict[GroupKey, str], texts: list[str], lang: str
) -> GroupKey | None:
    """The one place of ``keys`` the story's articles set ``small`` inside, or ``None``."""
    wider = [
        key
        for key in keys
        if key != small
        and (
            (
                _may_lie_in(names[small], names[key])
                and any(said_within(names[small], names[key], t, lang) for t in texts)
            )
            or town_in_region(names[small], names[key], lang)
        )
    ]
    return wider[0] if len(wider) == 1 else None


@cache
def _region_head(lang: str) -> re.Pattern[str]:
    """The language's head noun of a region's name (``la région``, ``le département du``)."""
    return re.compile(getattr(get_language(lang).link, "REGION_NAME_HEAD", r"(?!)"))


@lru_cache(maxsize=1024)
def town_in_region(town: str, region: str, lang: str = "fr") -> bool:
    """Whether the gazetteer puts the town ``town`` in the first-level region ``region`` (``Jos`` in the
    ``Plateau``, ``Vatomandry`` in ``la région Atsinanana``): a figure at each is one site's count told at two
    levels, as an aside saying so would (:func:`said_within`). The region is read as the gazetteer's, or
    as the name of the region the town lies in once its head noun is off (the gazetteer does not know every
    ``région X``). A district (``le district de Jajarkot`` in the province of Karnali) is one of the region's
    parts, beside others the story may count: its figures are a part of the region's, not the same count."""
    one, other = _resolve_beside(town, region)
    if one is None or one.kind != "city" or not one.admin1:
        return False
    if other is not None and other.kind == "admin1" and other.iso2 == one.iso2 and other.admin1 == one.admin1:
        return True
    return name_key(_region_head(lang).sub("", fold(region))) == name_key(one.admin1)


def _told_apart(small: list[_Entry], wide: list[_Entry], texts: dict[str, str], lang: str) -> bool:
    """Whether a place's reports count a part of the wider place's: an article gives both places different
    figures (``trois morts à Porga, sept dans l'Atacora``), the place's figure is given as a part (``dont``), or
    it is above every figure of the wider place (it counts something else)."""
    highest = max((interval(e.report)[1] for e in wide), default=0.0)
    if any(interval(e.report)[0] > highest for e in small):
        return True
    for entry in small:
        text = texts.get(entry.report.doc)
        if text is not None and _is_subset(text, entry.report.start, entry.report.end, lang):
            return True
        beside = [w for w in wide if w.report.doc == entry.report.doc and not (w.recalled or entry.recalled)]
        if any(_figure_of(w) != _figure_of(entry) for w in beside):
            return True
    return False


def _join_nested(groups: dict[GroupKey, list[_Entry]], texts: dict[str, str], lang: str = "fr") -> None:
    """A place an article sets inside a wider one (``Karimama (département de l'Alibori)``, ``l'hôpital
    Laquintinie, le principal établissement de Douala``) is the wider place's site told closer up: a figure of
    the kind given at each counts the same people, one group, under the wider name. Two places of the kind set
    inside one wider place are two parts of it (two villages of a district), and stay apart, as does a place
    whose figures an article sets apart from the wider place's (:func:`_told_apart`)."""
    families: dict[tuple[str | None, str, str, str], list[GroupKey]] = defaultdict(list)
    docs: dict[str | None, set[str]] = defaultdict(set)
    for key, entries in groups.items():
        docs[key[0]].update(e.report.doc for e in entries)
        if key[4].startswith("place:"):
            families[key[:4]].append(key)
    for family, keys in families.items():
        names = {k: name for k in keys if (name := next((e.place for e in groups[k] if e.place), None))}
        keys = [k for k in keys if k in names]
        if len(keys) < 2:
            continue
        story_texts = [texts[d] for d in sorted(docs[family[0]]) if d in texts]
        inside = {k: wide for k in keys if (wide := _wider_place(k, keys, names, story_texts, lang)) is not None}
        for small, wide in inside.items():
            if wide in inside or list(inside.values()).count(wide) > 1:
                continue  # a chain of places, or two parts of one place: each its own count
            if small not in groups or wide not in groups or _told_apart(groups[small], groups[wide], texts, lang):
                continue
            for entry in groups[small]:
                entry.place, entry.scope = names[wide], wide[4]
            groups[wide].extend(groups.pop(small))


def _one_site(names: list[str], lang: str = "fr") -> bool:
    """Whether the places a story's figures of a kind name are one event's site told at different levels
    (``à Garoua``, ``dans le Nord-Cameroun``, ``au Cameroun``) rather than sibling places, each with its own count (a
    protest wave's ``Lyon`` and ``Marseille``): no two of them lie side by side. A story's past events
    (:func:`_past_period`) are left out by the caller."""
    return len(names) <= 1 or not any(_siblings(a, b, lang) for i, a in enumerate(names) for b in names[i + 1 :])


def _siblings(a: str, b: str, lang: str = "fr") -> bool:
    """Whether two place names lie side by side, neither holding the other: two towns (of one region too: a
    wave of marches in a region's towns), two regions, a town outside a region, places of two countries.

    A name the gazetteer does not know (a village, a landmark) may lie anywhere: it is a sibling, as two
    places always were. A part of a country named after it (``le Nord-Cameroun``) holds or lies beside its
    country's places at a level the data do not give: it is no sibling of a place in that country."""
    one, other = _resolve_beside(a, b)
    if one is None or other is None:
        part, known = (a, other) if one is None else (b, one)
        country = _country_part_of(part, lang)
        return not (country is not None and known is not None and known.iso2 == country)
    if one.iso2 != other.iso2:
        return True
    if "country" in (one.kind, other.kind) or (one.kind, one.name) == (other.kind, other.name):
        return False
    regions = [p for p in (one, other) if p.kind == "admin1"]
    return len(regions) != 1 or one.admin1 != other.admin1


def _country_part_of(name: str, lang: str = "fr") -> str | None:
    """The ISO2 country a name names a part of by ending in that country's name (``le Nord-Cameroun``,
    ``le nord-Mali``), or ``None``."""
    key = name_key(name)
    for country, written in _country_keys(lang):
        if key != country and re.search(rf"(?:^|[\s'’-]){re.escape(country)}$", key):
            place = gazetteer().resolve(written)
            return place.iso2 if place is not None and place.kind == "country" else None
    return None


@cache
def _country_keys(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's country names with their keys, longest key first (``guinee-bissau`` before ``guinee``)."""
    return tuple(sorted(((name_key(n), n) for n in country_names(lang)), key=lambda k: (-len(k[0]), k)))


def _past_period(entry: _Entry) -> bool:
    """Whether a report counts a past event cited for comparison (its period ends half a year or more before
    its article: ``plus de 5 600 personnes ont été tuées en 2024``): another event's toll, which neither sets
    a place's count of the story apart from the whole nor bounds it from below."""
    end = _date_end(entry.period)
    day = _date_end(_day(entry.report.published) or None)
    return end is not None and day is not None and (day - end).days >= PAST_EVENT_DAYS


def _set_apart(
    local: list[_Entry],
    whole: list[_Entry],
    placed: list[_Entry],
    texts: dict[str, str],
    lang: str,
    told: frozenset[FigureValues] | set[FigureValues] = frozenset(),
) -> bool:
    """Whether a place's reports (``local``) count a part of the ``whole`` (see :func:`_join_contained`):
    ``placed`` are the story's reports of the kind outside any one place, of every period; ``told`` the
    figures the story's places of the kind give (a whole's figure among them is theirs too).

    A recalled figure (``contre 45 blessés annoncés mardi``) is the earlier report of the count the article
    revises, not a count it sets apart; and a whole's figure a place also gave (``20 disparus au Chili``, ``20
    disparus à Farellones``) is that place's count, which a later lower one revises rather than being a part of.
    A place's figure above the whole's but within :data:`WIDER_COUNT_FACTOR` times it is the same toll risen
    or told by another source, not a wider count."""
    highest = max((interval(e.report)[1] for e in whole), default=0.0)
    if any(interval(e.report)[0] > highest * WIDER_COUNT_FACTOR for e in local):
        return True
    for entry in local:
        report = entry.report
        text = texts.get(report.doc)
        if text is not None and _is_subset(text, report.start, report.end, lang):
            return True
        scoped = [w for w in placed if w.scope and w.scope != entry.scope and not _past_period(w)]
        beside = [w for w in scoped if w.report.doc == report.doc and not (w.recalled or entry.recalled)]
        if any(_figure_of(w) != _figure_of(entry) for w in beside):
            return True  # the article gives the whole's figure and the place's apart
        day = report.published or ""
        before = [w for w in scoped if (w.report.published or "") <= day and _figure_of(w) not in told]
        if any(interval(w.report)[0] > interval(report)[1] for w in before):
            return True  # below what the whole's scope already counted (``27 interpellations sur l'ensemble du
            # territoire`` the day a town counts 8): a part of it
        if _far_below_counted(entry, whole):
            return True
    return False


def _far_below_counted(entry: _Entry, whole: list[_Entry]) -> bool:
    """Whether a place's report is many times (:data:`WIDER_COUNT_FACTOR`) below a figure the whole already gave
    that day or before (``300 manifestants à Agra`` the day the story counts 100 000; ``4 800 sinistrés à
    Mananjary`` after 21 000 in the country): a toll does not fall so far, so the place's figure counts a part.
    A figure the article recalls, or a past event's, bounds nothing."""
    if entry.recalled:
        return False
    day = entry.report.published or ""
    upper = interval(entry.report)[1]
    return any(
        interval(w.report)[0] > upper * WIDER_COUNT_FACTOR
        for w in whole
        if (w.report.published or "") <= day and not w.recalled and not _past_period(w)
    )


def _join_running_since(groups: dict[GroupKey, list[_Entry]], lang: str = "fr") -> None:
    """A running toll given without its start (``l'épidémie a désormais fait 51 morts``) is the one the
    story gives since a start (``63 morts depuis le 1er janvier``) when the two make one rising series:
    no figure of either falls below one the other gave on an earlier day or the same day. A count of
    another kind (9 heatstroke deaths beside 1 180 deaths since 1 June) falls below and stays apart."""
    running = _cues(lang).cumulative_categories
    by_family: dict[tuple[str | None, str, str], list[GroupKey]] = defaultdict(list)
    for key in groups:
        by_family[(key[0], key[1], key[2])].append(key)
    for (_, category, _), keys in by_family.items():
        if category not in running:
            continue
        for scope in {k[4] for k in keys if k[3].startswith("since ")}:
            since = [k for k in keys if k[3].startswith("since ") and k[4] == scope]
            # a figure that names no place is the story's whole scope's, as the country's is
            fits = (scope, "") if scope.startswith("country:") else (scope,)
            bare = [k for k in keys if not k[3] and k[4] in fits and k in groups]
            if len(since) != 1 or len(bare) != 1:
                continue
            if _one_rising_series(groups[bare[0]], groups[since[0]]):
                groups[since[0]].extend(groups.pop(bare[0]))


def _join_past_year(groups: dict[GroupKey, list[_Entry]]) -> None:
    """A past event recalled with its year alone (``le naufrage de 2019, qui avait fait 40 morts``) is the
    one another article recalls with its day (``le 3 mars 2019, où 40 personnes avaient péri``) when the
    story recalls only that one event of that year for the same count, with a figure each of its reports
    allows: the two are one background figure. A year's total (``En 2021, plus de 300 détenus avaient été
    tués…, dont 119 dans la seule prison du Littoral, le 28 septembre``) is not one event's recalled figure:
    it stays apart. A figure that names no place joins the dated one's place; two places stay apart, and so do
    two events dated within the year."""
    for key in list(groups):
        year = key[3]
        if key not in groups or not re.fullmatch(r"\d{4}", year):
            continue
        published = [_day(e.report.published) for e in groups[key]]
        if not all(day and day[:4] > year for day in published):
            continue  # the story's own year: a month's or a day's count of it is no recall
        dated = [
            k
            for k in groups
            if k[:3] == key[:3] and k[3].startswith(year + "-") and (not key[4] or not k[4] or k[4] == key[4])
        ]
        if len(dated) == 1 and _recalled_alike(groups[key], groups[dated[0]]):
            groups[dated[0]].extend(groups.pop(key))


@cache
def _past_gathering(lang: str) -> re.Pattern[str]:
    return re.compile(getattr(get_language(lang).link, "PAST_GATHERING", r"(?!)"))


def told_in_past(text: str, start: int, end: int, lang: str = "fr") -> bool:
    """Whether a figure's clause tells it in the pluperfect (``8 000 personnes s'étaient rassemblées``): what
    it counts had happened before the article was written."""
    before, clause = _sentence_and_clause(text, start, end)
    return bool(_past_gathering(lang).search(fold(before.rsplit(",", 1)[-1] + " " + text[start:end] + " " + clause)))


def _join_told_gathering(groups: dict[GroupKey, list[_Entry]]) -> None:
    """An undated crowd told in the pluperfect (``près de 9 000 personnes s'étaient massées``) counts the
    gathering the story dated before the article, not one on the article's day: it joins the one earlier
    dated gathering of its people and place. Where the story dated several gatherings before it, which one
    it counts is not known and it stays apart."""
    for key in list(groups):
        entries = groups.get(key)
        if not entries or key[1] != "participants" or not all(e.told_past for e in entries):
            continue
        if not all(_day(e.report.published) == key[3] for e in entries):
            continue  # dated by its article's day only
        earlier = [
            k
            for k in groups
            if k[:3] == key[:3] and k[4] == key[4] and k != key and _day(k[3]) == k[3] and k[3] and k[3] < key[3]
        ]
        if len(earlier) == 1:
            groups[earlier[0]].extend(groups.pop(key))


def _recalled_alike(these: list[_Entry], those: list[_Entry]) -> bool:
    """Whether every report of ``these`` allows the figure of every report of ``those``: a past event's
    figure is recalled, not revised, so two recalls of one event give compatible figures."""
    return all(_compatible(a.report, b.report) for a in these for b in those)


#: How many days after a one-period count's day a running count of its kind, given with no period of its own,
#: can still be that period's: an article reports the evening or night before (``Quatre-vingts personnes ont
#: été arrêtées`` the morning after a riot) — no later period has yet been counted.
SOLE_PERIOD_REPORT_DAYS = 1


def _join_sole_period(groups: dict[GroupKey, list[_Entry]], lang: str = "fr") -> None:
    """A count with no period of its own (``80 personnes ont été arrêtées``) is the one period's count of its
    kind (``les 80 supporters arrêtés samedi soir``) when the story dates only that one period and every such
    count was given on that day or the next: nothing yet had happened after it for the total to include.
    Without this a day's arrests, told once with its evening and once without, were two groups each of one
    report. Stories of several nights (a riot's nightly arrests) keep their running totals apart. The injured
    an article reporting a march counts on the march's day (:data:`MARCH_DAY_CATEGORIES`) are read so too: the
    next day's ``sept policiers ont été blessés`` revises the march day's ``trois policiers blessés`` — but not
    a country's count (``dans toute la France``), which holds other towns' injured."""
    periodic = _cues(lang).periodic_categories | MARCH_DAY_CATEGORIES
    families: dict[tuple[str | None, str, str], list[GroupKey]] = defaultdict(list)
    for key in groups:
        if key[1] in periodic:
            families[(key[0], key[1], key[2])].append(key)
    for keys in families.values():
        dated = [k for k in keys if _day(k[3]) == k[3] and k[3]]
        bare = [k for k in keys if not k[3]]
        if len(dated) != 1 or len(bare) != 1:
            continue
        period_key, running_key = dated[0], bare[0]
        if period_key[4] and running_key[4] and period_key[4] != running_key[4]:
            continue  # two places' counts
        if period_key[1] not in _cues(lang).periodic_categories and _wide_scope(period_key, running_key):
            continue  # a day's injured beside the whole country's: the country's counts more than the day's
        last = datetime.date.fromisoformat(period_key[3]) + datetime.timedelta(days=SOLE_PERIOD_REPORT_DAYS)
        given = [_day(e.report.published) for e in groups[running_key]]
        if all(day and period_key[3] <= day <= last.isoformat() for day in given) or _raises_the_day(
            groups[running_key], groups[period_key]
        ):
            groups[period_key].extend(groups.pop(running_key))


def _wide_scope(*keys: GroupKey) -> bool:
    """Whether any of the groups counts a whole country (a country's or a nationwide figure)."""
    return any(k[4].startswith(("country:", "nationwide")) for k in keys)


def _raises_the_day(running: list[_Entry], day: list[_Entry]) -> bool:
    """Whether a running count given later says it raises the one dated period's count (``Deux personnes ont
    été arrêtées dans la nuit de mercredi``, then ``…, ce qui porte à trois le nombre de personnes arrêtées``):
    every later report says it revises a figure and is at least every figure of the day, so it adds to that
    day's count — the same series, one group — not another period's count."""
    highest = max((interval(e.report)[0] for e in day), default=0.0)
    return bool(running) and all(e.revises and interval(e.report)[0] >= highest for e in running)


def _join_sole_population(groups: dict[GroupKey, list[_Entry]], lang: str = "fr") -> None:
    """A count of one kind of people (``31 détenus tués`` in a prison riot, ``cinq mineurs tués`` in a mine)
    is the story's whole count of its kind, period and place when the story's other figures count everyone
    the same way: each of its figures is one the whole gives, or the two make one rising series, and no
    article gives the two apart (``deux pompiers emportés`` beside ``sept morts``: a part). Without this one
    toll split in two, each half with its own verdict. A state's count (the missing) may fall: there the two
    need only give the same figure on each day both give one (``quatre salariés disparus`` beside ``quatre
    disparus``, then ``un salarié reste porté disparu``). A kind's count that names no place (``Quinze ouvriers
    ont péri``) is the story's, as everyone's blank count is (:func:`_join_unplaced`): where no blank count of
    everyone is left, its whole is the story's one count of everyone, wherever placed (``12 morts à Sfax``)."""
    states = _cues(lang).state_categories
    families: dict[tuple[str | None, str, str, str], list[GroupKey]] = defaultdict(list)
    for key in groups:
        families[(key[0], key[1], key[3], key[4])].append(key)
    for (story, category, when, scope), keys in families.items():
        whole = [k for k in keys if k[2] == "people"]
        kinds = [k for k in keys if k[2] != "people" and not k[2].endswith(")")]
        if not scope and not whole:
            # a kind's figure that names no place is the story's, as everyone's blank figure is: the whole it
            # may be part of is the story's one count of everyone, wherever that one is placed
            whole = [k for k in groups if k[:2] == (story, category) and k[3] == when and k[2] == "people"]
        if len(whole) != 1 or len(kinds) != 1:
            continue
        mine, everyone = groups[kinds[0]], groups[whole[0]]
        if _given_apart(mine, everyone):
            continue
        given = {_figure_of(e) for e in everyone}
        if (
            all(_figure_of(e) in given for e in mine)
            or _one_rising_series(mine, everyone)
            or (kinds[0][1] in states and _same_by_day(mine, everyone))
        ):
            everyone.extend(groups.pop(kinds[0]))


def _same_by_day(part: list[_Entry], whole: list[_Entry]) -> bool:
    """Whether every figure of ``part`` is one ``whole`` gives on its day, where ``whole`` gives any that
    day, and at least one day has both: one state's count told of one kind of people and of everyone."""
    shared = False
    for entry in part:
        day = _day(entry.report.published)
        that_day = {_figure_of(e) for e in whole if day and _day(e.report.published) == day}
        if that_day and _figure_of(entry) not in that_day:
            return False
        shared = shared or bool(that_day)
    return shared


def _given_apart(part: list[_Entry], whole: list[_Entry]) -> bool:
    """Whether an article gives a figure of ``part`` that none of its figures of ``whole`` is: the article
    counts the two apart, one a part of the other."""
    for entry in part:
        beside = {_figure_of(e) for e in whole if e.report.doc == entry.report.doc}
        if beside and _figure_of(entry) not in beside:
            return True
    return False


def _one_rising_series(first: list[_Entry], second: list[_Entry]) -> bool:
    """Whether two lists of reports read as one running count: each figure is at least every figure of the
    other list given on an earlier day or the same day, and the lists share at least one such pair."""
    paired = False
    for mine, theirs in ((first, second), (second, first)):
        for entry in mine:
            day, figure = entry.report.published, lower_figure(entry.report)
            if not day or figure is None:
                return False
            earlier = [lower_figure(t.report) for t in theirs if t.report.published and t.report.published <= day]
            if any(e is None or e > figure for e in earlier):
                return False
            paired = paired or bool(earlier)
    return paired


def _keeps_pace(local: list[_Entry], whole: list[_Entry]) -> bool:
    """Whether a place's running toll is the whole story's, told with the place where it happened (``au
    moins 6 morts`` in Morocco, then ``11 morts`` in Tanger, then ``19 morts``): each of its figures is one
    the whole gave, or continues the whole's series — given after the whole's first figure, at least what
    the whole said before it and that day, at most what it said after. A part falls below the whole the
    day both are given (a province's 19 deaths beside the country's 42); a count of something longer rises
    above the whole's later figures (a region's 30 deaths this winter beside the country's 4, then 6)."""
    given = {lower_figure(w.report) for w in whole}
    dated = [(w.report.published, lower_figure(w.report)) for w in whole if w.report.published]
    if any(f is None for _, f in dated):
        return False
    for entry in local:
        day, figure = entry.report.published, lower_figure(entry.report)
        if figure is None or not day:
            return False
        if figure in given:
            continue
        before = [f for d, f in dated if d <= day and f is not None]
        after = [f for d, f in dated if d > day and f is not None]
        if not any(d < day for d, _ in dated):
            return False  # a place counted before the whole is not known to be it
        if max(before) > figure or min(after, default=figure) < figure:
            return False
    return True


#: A report's figure: its value, low and high.
FigureValues = tuple[float | int | None, float | int | None, float | int | None]


def _figure_of(entry: _Entry) -> FigureValues:
    return entry.report.value, entry.report.low, entry.report.high


def _join_story_wide(
    groups: dict[GroupKey, list[_Entry]],
    families: dict[tuple[str | None, str, str, str], list[GroupKey]],
    lang: str = "fr",
    texts: dict[str, str] | None = None,
) -> None:
    """A place whose every figure is one the story gives for its whole scope (``les inondations qui ont
    dévasté la Toscane … 8 morts`` where others say ``8 morts`` or ``8 morts en Italie``) names where the
    whole story happens, not a part of it: its reports join the story's own group. A part's figures
    (``dont 3 à Prato``) are never the whole's, so they stay apart, as are a place's figures that an article
    lists beside a sibling place's (:func:`_broken_down`)."""
    for keys in families.values():
        present = [k for k in keys if k in groups]
        national = [k for k in present if not k[4].startswith("place:")]
        if len(national) != 1:
            continue
        whole = {_figure_of(e) for e in groups[national[0]]}
        # a country's toll broken down by city keeps its cities apart; a story told of one region, with no
        # country named, is that region's, and its figures may name it beside another region's
        national_scope = national[0][4].startswith(("country:", "nationwide"))
        running = national[0][1] in _cues(lang).cumulative_categories  # the family's category
        for key in present:
            broken = national_scope and _broken_down(key, present, groups, texts or {}, lang)
            if (key[4].startswith("place:") and not broken) and (
                all(_figure_of(e) in whole for e in groups[key])
                or (running and _keeps_pace(groups[key], groups[national[0]]))
            ):
                for entry in groups[key]:
                    entry.place = None  # the group is the story's, not this place's
                groups[national[0]].extend(groups.pop(key))


def _broken_down(
    key: GroupKey, family: list[GroupKey], groups: dict[GroupKey, list[_Entry]], texts: dict[str, str], lang: str
) -> bool:
    """Whether an article gives the place's figure in one sentence with a sibling place's figure of the same
    kind (``six morts à Douala, deux à Garoua et un à Yaoundé``): a toll broken down by place, each a part,
    none the story's whole even where its number happens to be one the whole once had."""
    name = next((e.place for e in groups[key] if e.place), None)
    if name is None:
        return False
    for other in family:
        if other == key or other not in groups or not other[4].startswith("place:"):
            continue
        beside = next((e.place for e in groups[other] if e.place), None)
        if beside is None or not _siblings(name, beside, lang):
            continue
        if any(
            a.report.doc == b.report.doc and _listed_side_by_side(texts.get(a.report.doc), a.report, b.report, lang)
            for a in groups[key]
            for b in groups[other]
        ):
            return True
    return False


def _listed_side_by_side(text: str | None, a: ClaimReport, b: ClaimReport, lang: str) -> bool:
    """Whether two reports of one article stand in one sentence, each figure followed by its place (``six
    morts à Douala, de deux à Garoua``): a list of places' counts, not a toll and a find told apart."""
    if text is None:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    placed = _placed_part_pattern(lang)
    return not re.search(r"[.!?\n]", text[first.end : second.start]) and all(
        placed.search(text[r.end : r.end + 30]) for r in (a, b)
    )
