"""The benchmark's texts: the French articles under ``../shared``, replicated, and synthetic stories.

Throughput is measured on real news text (the seed articles and the French TimeBank texts), replicated
to the requested size so that a run is long enough to measure. Linking at 100 000 articles needs far
more articles than exist, so :class:`SyntheticStream` recombines the real sentences into synthetic
stories with shifted dates: the words, entities and sentence lengths are real, the story structure
(several articles per story over a few days, new stories every day) is controlled.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from recoupe.ingest import read_articles
from recoupe.link.text import sentences
from recoupe.model import Article, Claim, DocumentAnalysis, Entity, Quote, Timex

#: Where the shared texts are, relative to the folder holding the project.
SHARED_FOLDERS: tuple[tuple[str, str | None], ...] = (
    ("seeds", "gold/seeds.json"),
    ("benchmarks/fr-timebank/texts", "gold/fr-timebank.json"),
)
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def find_shared(explicit: Path | None = None) -> Path | None:
    """The ``shared`` folder beside the project (or ``explicit``), if it holds the benchmark texts."""
    project = Path(__file__).resolve().parents[3]
    for candidate in [explicit] if explicit else [project.parent / "shared", Path.cwd().parent / "shared"]:
        if candidate is not None and any((candidate / folder).is_dir() for folder, _ in SHARED_FOLDERS):
            return candidate
    return None


def load_base_articles(shared: Path) -> list[Article]:
    """The real French articles: seeds and TimeBank texts, dated from their gold files (or file names).

    Dates matter: the time tagger resolves relative expressions against them, and the benchmark must
    run the tagger as it runs on real input.
    """
    articles: list[Article] = []
    for folder, gold in SHARED_FOLDERS:
        if not (shared / folder).is_dir():
            continue
        published: dict[str, str] = {}
        if gold and (shared / gold).is_file():
            for doc in json.loads((shared / gold).read_text(encoding="utf-8")).get("documents", []):
                if doc.get("published"):
                    published[doc["doc"]] = doc["published"]
        for record in read_articles([shared / folder]):
            if not isinstance(record, Article):
                continue
            if record.id in published:
                record.published = published[record.id]
            elif record.published is None and (match := _DATE_PREFIX.match(record.id)):
                record.published = match.group(1)
            articles.append(record)
    return articles


def replicate(articles: Sequence[Article], count: int) -> list[Article]:
    """``count`` articles cycling through ``articles``, each copy with its own id (``doc~2``).

    Copies keep the text and date, so every pass over the corpus costs the same.
    """
    if not articles:
        return []
    result = []
    for index in range(count):
        base = articles[index % len(articles)]
        copy = index // len(articles)
        result.append(
            Article(
                id=base.id if copy == 0 else f"{base.id}~{copy}",
                text=base.text,
                published=base.published,
                title=base.title,
                outlet=base.outlet,
                lang=base.lang,
                body_start=base.body_start,
            )
        )
    return result


def word_count(articles: Sequence[Article]) -> int:
    """Whitespace-separated words of the articles' bodies (what "words/s" counts)."""
    return sum(len(a.text[a.body_start :].split()) for a in articles)


@dataclass(frozen=True)
class _Sentence:
    text: str
    entities: tuple[tuple[str, str, str], ...]  # (surface, type, canonical name)
    spans: tuple[Timex | Claim | Quote, ...] = ()  # the real analysis' findings inside, placed by their text


@dataclass(frozen=True)
class _Planned:
    day: int
    story: int
    number: int


class SyntheticStream:
    """Synthetic articles in publication order, made from the real sentences of the base articles.

    Each story has a *core* (one base article), a pair of invented names of its own (a person and a
    place, as real stories have), and 1–9 articles over 0–3 days; ``stories_per_day`` new stories
    start every day. An article takes most sentences of its core (30 % kept verbatim, as wire copy is
    reused; the others lightly reordered, so most word shingles are new) and one sentence of another
    base article. Its analysis carries the real analysis' entities, dates, figures and quotes of the
    sentences it took (those a reordering broke are left out), so the per-story views (claim groups,
    timeline, entity merge) have real work to do. Everything is drawn from a seeded generator: the
    same ``seed`` gives the same stream, so an article can be rebuilt instead of kept in memory.

    Args:
        pairs: the base articles with their analyses (the analyses give the entities).
        stories_per_day: new stories starting each day.
        seed: random seed.
    """

    def __init__(
        self, pairs: Sequence[tuple[Article, DocumentAnalysis]], stories_per_day: int = 10, seed: int = 8
    ) -> None:
        self.cores: list[list[_Sentence]] = [_split(article, analysis) for article, analysis in pairs]
        self.cores = [core for core in self.cores if core]
        if not self.cores:
            raise ValueError("no sentences to build synthetic articles from")
        self.stories_per_day = stories_per_day
        self.seed = seed
        self.start = dt.date(2020, 1, 1)

    def _plan(self, count: int) -> list[_Planned]:
        rng = random.Random(self.seed)
        planned: list[_Planned] = []
        story = 0
        while len(planned) < count:
            day = story // self.stories_per_day
            for number in range(rng.randint(1, 9)):
                planned.append(_Planned(day + rng.randint(0, 3), story, number))
            story += 1
        planned.sort(key=lambda p: (p.day, p.story, p.number))
        return planned[:count]

    def pairs(self, count: int) -> Iterator[tuple[Article, DocumentAnalysis]]:
        """The first ``count`` articles and their analyses, in publication order, built on the fly."""
        for planned in self._plan(count):
            yield self._build(planned)

    def _build(self, planned: _Planned) -> tuple[Article, DocumentAnalysis]:
        rng = random.Random(f"{self.seed}:{planned.story}:{planned.number}")
        core = self.cores[planned.story % len(self.cores)]
        names = _invented_names(planned.story)
        chosen = [s for s in core if rng.random() < 0.8] or core[:1]
        chosen.insert(rng.randint(0, len(chosen)), rng.choice(self.cores[rng.randrange(len(self.cores))]))
        person, place = names
        lead = _Sentence(
            f"{person} s'est exprimé à {place} sur la situation.", ((person, "PER", person), (place, "LOC", place))
        )
        parts: list[str] = []
        entities: list[Entity] = []
        offset = 0
        found: dict[type, list[Any]] = {Timex: [], Claim: [], Quote: []}
        for sentence in [lead, *chosen]:
            text = sentence.text if sentence is lead or rng.random() < 0.3 else _reorder(sentence.text, rng)
            for surface, kind, name in sentence.entities:
                if (at := text.find(surface)) >= 0:
                    entities.append(
                        Entity(
                            start=offset + at,
                            end=offset + at + len(surface),
                            text=surface,
                            type=kind,  # type: ignore[arg-type]
                            name=name,
                        )
                    )
            for span in sentence.spans:
                if (at := text.find(span.text)) >= 0:
                    found[type(span)].append(replace(span, start=offset + at, end=offset + at + len(span.text)))
            parts.append(text)
            offset += len(text) + 1
        published = (self.start + dt.timedelta(days=planned.day)).isoformat()
        doc = f"syn-{planned.story}-{planned.number}"
        article = Article(id=doc, text=" ".join(parts), published=published)
        analysis = DocumentAnalysis(
            doc=doc,
            published=published,
            lang="fr",
            title=None,
            outlet=None,
            entities=entities,
            timexes=found[Timex],
            claims=found[Claim],
            quotes=found[Quote],
        )
        return article, analysis


def _split(article: Article, analysis: DocumentAnalysis) -> list[_Sentence]:
    """The article's sentences with the entities inside each."""
    result = []
    for start, end in sentences(article.text, article.body_start):
        inside = tuple((e.text, e.type, e.name) for e in analysis.entities if start <= e.start and e.end <= end)
        every: tuple[Timex | Claim | Quote, ...] = (*analysis.timexes, *analysis.claims, *analysis.quotes)
        spans = tuple(
            replace(span, text=" ".join(span.text.split())) for span in every if start <= span.start and span.end <= end
        )
        result.append(_Sentence(" ".join(article.text[start:end].split()), inside, spans))
    return result


def _reorder(text: str, rng: random.Random) -> str:
    """Swap about one word pair in six: the words (and so the story's vocabulary) stay, the shingles change."""
    tokens = text.split(" ")
    for i in range(0, len(tokens) - 1, 2):
        if rng.random() < 1 / 3:
            tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
    return " ".join(tokens)


_SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "dor", "su", "bel", "tin", "gar", "po", "zek", "ni", "ul", "fa", "ros")


def _invented_names(story: int) -> tuple[str, str]:
    """A person and a place name unique to the story (``Kalomi Imolov``, ``Kalomigrad``).

    The stem spells the story's number in syllables, the fastest-changing first, and the surname is
    made from its first letters: stories running at the same time never share a name, at story 100
    as at story 20 000, so the stream looks the same whatever its length (a surname made from the
    slow-changing last syllables would be shared by ever more simultaneous stories as numbers grow).
    """
    digits = []
    value = story + 1
    while value:
        value, digit = divmod(value, len(_SYLLABLES))
        digits.append(_SYLLABLES[digit])
    stem = "".join(digits)
    return f"{stem.capitalize()} {(stem[:4][::-1] + 'ov').capitalize()}", f"{stem.capitalize()}grad"
