"""Stories: streaming assignment of each new article to the story it reports, or a new one.

An article is compared only with stories that share one of its rarer terms or entities (an inverted
index) and that were active within a time window of its publication date, so the cost of adding one
article does not grow with the number of stories seen. Two strike days a week apart share every
word but not the window, and stay apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable

from recoupe.link.entities import name_key
from recoupe.link.state import UNDATED, LinkState, MemoryLinkState, StoryRecord
from recoupe.link.text import rarity, weighted_terms, words
from recoupe.model import Article, DocumentAnalysis, Story

#: Weight of an entity feature per point of rarity of its rarest word (a word weighs its rarity per use).
ENTITY_WEIGHT = 2.0
#: An article joins the most similar story at or above this cosine similarity.
JOIN_THRESHOLD = 0.16
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


class StoryIndex:
    """Assign articles to stories one at a time (``add``), as ``recoupe add`` receives them.

    Args:
        state: where postings, document frequencies and story vectors live (memory by default, or the
            SQLite store's tables).
    """

    def __init__(self, state: LinkState | None = None, window_days: int = WINDOW_DAYS,
                 threshold: float = JOIN_THRESHOLD) -> None:
        self.state: LinkState = state if state is not None else MemoryLinkState()
        self.window = dt.timedelta(days=window_days)
        self.threshold = threshold

    def features(self, article: Article, analysis: DocumentAnalysis) -> Counter[str]:
        """The article's weighted features: its content words (title included) weighted by how rare
        they are in general news, and its entities."""
        terms = weighted_terms(f"{article.title or ''}\n{article.text[article.body_start:]}", article.lang)
        top = sorted(terms.items(), key=lambda item: -item[1])[:TERMS_PER_ARTICLE]
        vector: Counter[str] = Counter({f"w:{t}": weight for t, weight in top})
        for entity in analysis.entities:
            key = f"e:{name_key(entity.name)}"
            if key not in vector:  # a rare name (Tokayev) says more than a common one (Assemblée nationale)
                vector[key] = ENTITY_WEIGHT * max((rarity(w.lower(), article.lang) for w, _, _ in words(entity.name)),
                                                  default=1.0) ** 2
        return vector

    def add(self, article: Article, analysis: DocumentAnalysis) -> str:
        """Assign the article to a story (an existing one or a new one) and return the story's id."""
        vector = self.features(article, analysis)
        self.state.add_document(vector.keys())
        seen = self.state.articles_seen()
        df = self.state.document_frequencies(vector.keys())
        limit = max(2.0, COMMON_FEATURE_SHARE * seen)
        published = _date(analysis.published)
        best, best_score = None, 0.0
        bucket, nearby = self._buckets(published)
        known: dict[str, int] = dict(df)  # document frequencies read so far, for this article and candidates
        weights: dict[str, float] = {}

        def idf(feature: str) -> float:  # each feature's weight computed once per article, not per candidate
            if (value := weights.get(feature)) is None:
                value = weights[feature] = math.log((1 + seen) / (1 + known.get(feature, 0))) + 1.0
            return value

        norm = math.sqrt(sum((w * idf(f)) ** 2 for f, w in vector.items()))
        for story_id in sorted(self.state.stories_with((f for f in vector if df[f] <= limit), nearby)):
            story = self.state.story(story_id)
            if not self._in_window(story, published):
                continue
            story_vector = self.state.story_vector(story_id)
            if missing := [f for f in story_vector if f not in known]:
                known.update(self.state.document_frequencies(missing))
            score = self._cosine(vector, norm, story_vector, idf)
            if score > best_score:
                best, best_score = story, score
        if best is None or best_score < self.threshold:
            best = StoryRecord(id=f"s{self.state.story_count() + 1}",
                               title=article.title or _first_sentence(article))
        best.documents.append(article.id)
        if published is not None:
            if _date(best.first) is None or published < (_date(best.first) or published):
                best.first = analysis.published
            if _date(best.last) is None or published > (_date(best.last) or published):
                best.last = analysis.published
        self.state.save_story(best, vector, bucket)
        return best.id

    def _buckets(self, published: dt.date | None) -> tuple[int, list[int] | None]:
        """The article's time bucket and the buckets whose stories it may join.

        Buckets are as wide as the window, so every story active within the window of the article's date
        was posted in the bucket before, the same or the next: the candidates never include the stories
        of other months, and their number does not grow with the collection. An undated article may join
        any story.
        """
        if published is None:
            return UNDATED, None
        bucket = published.toordinal() // self.window.days
        return bucket, [bucket - 1, bucket, bucket + 1, UNDATED]

    def _in_window(self, story: StoryRecord, published: dt.date | None) -> bool:
        first, last = _date(story.first), _date(story.last)
        if published is None or first is None or last is None:
            return True
        return first - self.window <= published <= last + self.window

    @staticmethod
    def _cosine(a: Counter[str], norm_a: float, b: Counter[str], idf: Callable[[str], float]) -> float:
        """Cosine of idf-weighted vectors (``norm_a``: the norm of ``a``, the same for every candidate)."""
        dot = sum(w * b[f] * idf(f) ** 2 for f, w in a.items() if f in b)
        norm_b = math.sqrt(sum((w * idf(f)) ** 2 for f, w in b.items()))
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

    def result(self) -> list[Story]:
        return [Story(id=s.id, title=s.title, documents=list(s.documents), first=s.first, last=s.last)
                for s in self.state.stories()]


def _first_sentence(article: Article) -> str:
    """A title for an untitled article: its first line or sentence, at most 120 characters."""
    text = article.text[article.body_start:].strip()
    end = min((i for i in (text.find(". "), text.find("\n")) if i > 0), default=len(text))
    return " ".join(text[:end].split())[:120]


def order_for_streaming(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[tuple[Article, DocumentAnalysis]]:
    """Publication order (undated last, then by id): how articles would have arrived."""
    return sorted(pairs, key=lambda p: (p[1].published is None, p[1].published or "", p[0].id))


def assign_stories(pairs: list[tuple[Article, DocumentAnalysis]]) -> tuple[list[Story], dict[str, str]]:
    """Stories of a collection, and each article's story id."""
    index = StoryIndex()
    story_of = {article.id: index.add(article, analysis) for article, analysis in order_for_streaming(pairs)}
    return index.result(), story_of
