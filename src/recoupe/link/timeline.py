"""The dated timeline of each story, and its cited summary.

Timeline: every sentence that carries a calendar day (a ``DATE`` time expression resolved to
``YYYY-MM-DD``) is an event of that day; the same event told by several articles (same day, similar
words) becomes one item citing each sentence.

Summary: 5–8 sentences that cover the story's main facts without repeating each other, chosen
greedily (maximal marginal relevance) by how many of the story's frequent words they hold, with a
bonus for figures and dates; each is cited by article and offsets.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial
from itertools import repeat

from recoupe.link.memo import PerArticle
from recoupe.link.shared import SharedPassage
from recoupe.link.text import content_terms, sentences
from recoupe.model import Article, Citation, DocumentAnalysis, Story, TimelineEvent

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: Two sentences of the same day with at least this word overlap (Jaccard) tell the same event.
SAME_EVENT = 0.2
#: A summary sentence overlapping a chosen one by more than this is a repetition.
REDUNDANT = 0.35
MAX_EVENT_CHARS = 320


def _jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _sentence_spans(article: Article, analysis: DocumentAnalysis) -> list[tuple[int, int]]:
    """The article's sentences, less its layout lines (captions, credits, subheadings…): those are
    no news to cite."""
    layout = [(span.start, span.end) for span in analysis.layout]
    return [
        (s, e)
        for s, e in sentences(article.text, article.body_start)
        if not any(ls < e and s < le for ls, le in layout)
    ]


@dataclass(frozen=True, slots=True)
class _Dated:
    """One sentence of an article that carries a calendar day: a timeline event's making."""

    day: str
    start: int
    end: int
    text: str
    terms: frozenset[str]
    place: str | None


#: Each article's dated sentences, and its summary candidates for one set of copied passages: an add into
#: a big story reads every article again, and these depend on the article alone.
_DATED: PerArticle[tuple[_Dated, ...]] = PerArticle()
_CANDIDATES: PerArticle[tuple[tuple[tuple[Citation, tuple[str, ...], float, float], ...], frozenset[str]]] = (
    PerArticle()
)


def _dated(article: Article, analysis: DocumentAnalysis) -> tuple[_Dated, ...]:
    spans = _sentence_spans(article, analysis)
    location = {e.start: e.name for e in analysis.entities if e.type == "LOC"}
    found = []
    for timex in analysis.timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value or not _DAY.match(timex.value):
            continue
        span = next(((s, e) for s, e in spans if s <= timex.start < e), None)
        if span is None:
            continue
        start, end = span
        text = " ".join(article.text[start:end].split())
        terms = frozenset(content_terms(text, article.lang))
        place = next((name for offset, name in location.items() if start <= offset < end), None)
        found.append(_Dated(timex.value[:10], start, end, text, terms, place))
    return tuple(found)


def build_timeline(pairs: list[tuple[Article, DocumentAnalysis]], story_of: dict[str, str]) -> list[TimelineEvent]:
    """Events of every story, in date order, merged across articles."""
    events: list[TimelineEvent] = []
    # the events of each day and story, in order: a sentence joins the first one it tells the same as
    of_day: dict[tuple[str, str | None], list[tuple[TimelineEvent, frozenset[str]]]] = defaultdict(list)
    # each event's documents and cited sentences (doc, start) as sets: a big story's events cite hundreds
    known: dict[int, tuple[set[str], set[tuple[str, int]]]] = {}
    for article, analysis in pairs:
        story = story_of.get(article.id)
        for dated in _DATED.get((article, analysis), None, partial(_dated, article, analysis)):
            start, end, terms, place = dated.start, dated.end, dated.terms, dated.place
            citation = Citation(doc=article.id, start=start, end=end, text=article.text[start:end])
            same = next(
                (event for event, words in of_day[(dated.day, story)] if _jaccard(words, terms) >= SAME_EVENT), None
            )
            if same is not None:
                documents, cited = known[id(same)]
                if article.id not in documents:
                    documents.add(article.id)
                    same.documents.append(article.id)
                if (article.id, start) not in cited:
                    cited.add((article.id, start))
                    same.citations.append(citation)
                same.place = same.place or place
                continue
            event = TimelineEvent(
                date=dated.day,
                text=dated.text[:MAX_EVENT_CHARS],
                place=place,
                story=story,
                documents=[article.id],
                citations=[citation],
            )
            events.append(event)
            of_day[(dated.day, story)].append((event, terms))
            known[id(event)] = ({article.id}, {(article.id, start)})
    events.sort(key=lambda e: (e.story or "", e.date, -len(e.documents)))
    return events


def _candidates(
    article: Article, analysis: DocumentAnalysis, copies: frozenset[tuple[int, int]]
) -> tuple[tuple[tuple[Citation, tuple[str, ...], float, float], ...], frozenset[str]]:
    """The article's summary candidates (citation, distinct terms, their norm, bonus) and all its terms."""
    anchors = {c.start for c in analysis.claims if c.category != "other"} | {t.start for t in analysis.timexes}
    in_article: set[str] = set()  # sentences hold every word of the body: their terms are the body's
    candidates = []
    for position, (start, end) in enumerate(_sentence_spans(article, analysis)):
        words = Counter(content_terms(article.text[start:end], article.lang))
        in_article.update(words)
        if any(s <= start and end <= e for s, e in copies):
            continue  # a copied passage is summarized from its source
        if len(words) < 4:
            continue
        bonus = 0.3 if any(start <= a < end for a in anchors) else 0.0
        bonus += 0.2 if position == 0 else 0.0
        citation = Citation(article.id, start, end, article.text[start:end])
        candidates.append((citation, tuple(words), len(words) ** 0.5, bonus))
    return tuple(candidates), frozenset(in_article)


def summarize(
    story: Story,
    pairs: list[tuple[Article, DocumentAnalysis]],
    shared: list[SharedPassage],
    size: tuple[int, int] = (5, 8),
) -> list[Citation]:
    """5–8 cited sentences covering the story's main facts, without repetition."""
    documents = set(story.documents)
    members = [(a, d) for a, d in pairs if a.id in documents]
    copied: dict[str, set[tuple[int, int]]] = defaultdict(set)  # each article's copied passages
    for p in shared:
        copied[p.doc].add((p.start, p.end))
    candidates: list[tuple[Citation, tuple[str, ...], float, float]] = []
    document_frequency: Counter[str] = Counter()
    for article, analysis in members:
        copies = frozenset(copied.get(article.id, ()))
        own, in_article = _CANDIDATES.get((article, analysis), copies, partial(_candidates, article, analysis, copies))
        candidates.extend(own)
        document_frequency.update(in_article)
    if not candidates:
        return []
    weight = {term: count for term, count in document_frequency.items() if count > 1 or len(members) == 1}
    pages = max(1, len(members))

    def relevance(terms: tuple[str, ...], norm: float, bonus: float) -> float:
        return sum(map(weight.get, terms, repeat(0))) / norm / pages + bonus

    chosen: list[tuple[Citation, frozenset[str]]] = []
    pool = sorted(candidates, key=lambda c: -relevance(c[1], c[2], c[3]))
    for citation, words, _, _ in pool:
        terms = frozenset(words)
        if any(_jaccard(terms, other) > REDUNDANT for _, other in chosen):
            continue
        chosen.append((citation, terms))
        if len(chosen) == size[1]:
            break
    order = {doc: i for i, doc in enumerate(story.documents)}
    return sorted((c for c, _ in chosen), key=lambda c: (order.get(c.doc, 0), c.start))
