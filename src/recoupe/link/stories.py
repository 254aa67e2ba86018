"""Stories: streaming assignment of each new article to the story it reports, or a new one.

An article is compared only with stories that share one of its rarer terms or entities (an inverted
index) and that were active within a time window of its publication date, so the cost of adding one
article does not grow with the number of stories seen. Two strike days a week apart share every
word but not the window, and stay apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from recoupe.link.entities import name_key
from recoupe.link.text import content_terms
from recoupe.model import Article, DocumentAnalysis, Story

#: Weight of an entity feature against a word feature: shared names say more than shared words.
ENTITY_WEIGHT = 3.0
#: An article joins the most similar story at or above this cosine similarity.
JOIN_THRESHOLD = 0.22
#: A story accepts articles published at most this many days after its last one (and before its first).
WINDOW_DAYS = 4
#: Features shared by more than this share of all articles seen are not used to find candidates.
COMMON_FEATURE_SHARE = 0.5
#: Words kept per article (the most frequent content words).
TERMS_PER_ARTICLE = 40


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else dt.date.fromisoformat(value[:7] + "-15")
    except ValueError:
        return None


@dataclass
class _StoryState:
    id: str
    title: str
    documents: list[str] = field(default_factory=list)
    vector: Counter[str] = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None
    first_text: str | None = None
    last_text: str | None = None


class StoryIndex:
    """Assign articles to stories one at a time (``add``), as ``recoupe add`` receives them."""

    def __init__(self, window_days: int = WINDOW_DAYS, threshold: float = JOIN_THRESHOLD) -> None:
        self.window = dt.timedelta(days=window_days)
        self.threshold = threshold
        self.stories: dict[str, _StoryState] = {}
        self.postings: dict[str, set[str]] = defaultdict(set)
        self.document_frequency: Counter[str] = Counter()
        self.articles_seen = 0

    def features(self, article: Article, analysis: DocumentAnalysis) -> Counter[str]:
        """The article's weighted features: its commonest content words and its entities' keys."""
        terms = Counter(content_terms(article.text[article.body_start:], article.lang))
        vector: Counter[str] = Counter({f"w:{t}": min(c, 3) for t, c in terms.most_common(TERMS_PER_ARTICLE)})
        for entity in analysis.entities:
            key = f"e:{name_key(entity.name)}"
            vector[key] = min(vector[key] + ENTITY_WEIGHT, 3 * ENTITY_WEIGHT)
        return vector

    def add(self, article: Article, analysis: DocumentAnalysis) -> str:
        """Assign the article to a story (an existing one or a new one) and return the story's id."""
        vector = self.features(article, analysis)
        self.articles_seen += 1
        self.document_frequency.update(vector.keys())
        published = _date(analysis.published)
        best, best_score = None, 0.0
        for story_id in self._candidates(vector):
            story = self.stories[story_id]
            if not self._in_window(story, published):
                continue
            score = self._cosine(vector, story.vector)
            if score > best_score:
                best, best_score = story, score
        if best is None or best_score < self.threshold:
            best = _StoryState(id=f"s{len(self.stories) + 1}", title=article.title or _first_sentence(article))
            self.stories[best.id] = best
        best.documents.append(article.id)
        best.vector.update(vector)
        if published is not None:
            if best.first is None or published < best.first:
                best.first, best.first_text = published, analysis.published
            if best.last is None or published > best.last:
                best.last, best.last_text = published, analysis.published
        for feature in vector:
            self.postings[feature].add(best.id)
        return best.id

    def _candidates(self, vector: Counter[str]) -> set[str]:
        limit = max(2.0, COMMON_FEATURE_SHARE * self.articles_seen)
        found: set[str] = set()
        for feature in vector:
            if self.document_frequency[feature] <= limit:
                found |= self.postings.get(feature, set())
        return found

    def _in_window(self, story: _StoryState, published: dt.date | None) -> bool:
        if published is None or story.last is None or story.first is None:
            return True
        return story.first - self.window <= published <= story.last + self.window

    def _idf(self, feature: str) -> float:
        return math.log((1 + self.articles_seen) / (1 + self.document_frequency[feature])) + 1.0

    def _cosine(self, a: Counter[str], b: Counter[str]) -> float:
        dot = sum(w * b[f] * self._idf(f) ** 2 for f, w in a.items() if f in b)
        norm_a = math.sqrt(sum((w * self._idf(f)) ** 2 for f, w in a.items()))
        norm_b = math.sqrt(sum((w * self._idf(f)) ** 2 for f, w in b.items()))
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

    def result(self) -> list[Story]:
        return [
            Story(id=s.id, title=s.title, documents=list(s.documents), first=s.first_text, last=s.last_text)
            for s in self.stories.values()
        ]


def _first_sentence(article: Article) -> str:
    text = " ".join(article.text[article.body_start:].split())
    end = min((i for i in (text.find(". "), text.find("\n")) if i > 0), default=len(text))
    return text[: min(end, 120)]


def order_for_streaming(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[tuple[Article, DocumentAnalysis]]:
    """Publication order (undated last, then by id): how articles would have arrived."""
    return sorted(pairs, key=lambda p: (p[1].published is None, p[1].published or "", p[0].id))


def assign_stories(pairs: list[tuple[Article, DocumentAnalysis]]) -> tuple[list[Story], dict[str, str]]:
    """Stories of a collection, and each article's story id."""
    index = StoryIndex()
    story_of = {article.id: index.add(article, analysis) for article, analysis in order_for_streaming(pairs)}
    return index.result(), story_of
