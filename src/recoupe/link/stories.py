"""Stories: streaming assignment of each new article to the story it reports, or a new one.

An article is compared only with stories that share one of its rarer terms or entities (an inverted
index) and that were active within a time window of its publication date, so the cost of adding one
article does not grow with the number of stories seen. Two strike days a week apart share every
word but not the window, and stay apart; when reports in between chain them (the first strike's
aftermath, the next one's announcement), the days they tell of part them (:func:`_another_day`).

A story's words drift as it lasts (toll, rescue, aid, blame): a report too unlike every story by its
words joins the story of its disaster core, accumulated over all its reports (the disaster's kind,
country and lasting places, :meth:`StoryIndex._core_stories`).

Dates come in three precisions (:class:`When`). A day (metadata's, or the one the text gives, see
``DocumentAnalysis.published``) is a point; a month (a `` date 2022-01 `` marker the text did not refine)
is the whole month, so it meets the stories of any of its days rather than only those near its 15th; a
day whose year the text does not tell (``XXXX-01-06``) meets a story when some year puts it inside the
story's window; the latest day a text reports, when not made its date, is a "not before". Coarse and
yearless articles are filed with the undated ones (seen from every bucket).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import mul

from recoupe.lang import get_language, word_zipf
from recoupe.link.entities import sound_key, story_key
from recoupe.link.state import UNDATED, LinkState, MemoryLinkState, StoryRecord
from recoupe.link.text import fold, rarity, sentences, term_stem, weighted_terms, words
from recoupe.link.titles import RETITLE_REPORTS, TITLE_GAIN, centrality, headline, is_headline, story_title
from recoupe.model import Article, DocumentAnalysis, Entity, Story, Timex
from recoupe.text import unaccented

#: Weight of an entity feature per point of rarity of its rarest word (a word weighs its rarity per use).
ENTITY_WEIGHT = 2.0
#: An article joins the most similar story at or above this cosine similarity.
JOIN_THRESHOLD = 0.16
#: A story accepts articles published at most this many days after its last one (and before its first).
WINDOW_DAYS = 4
#: A story an article is this alike joins too, when most of what they share is not places
#: (:meth:`StoryIndex._named_share`): the second report of a fire naming the same prime minister, the same
#: services and the event's words, where a small collection's frequencies keep the cosine low.
LOW_JOIN_THRESHOLD = 0.12
#: Share of the shared weight that must come from other features than place names for the lower threshold.
NAMED_SHARE = 0.5
#: Features shared by more than this share of all articles seen are not used to find candidates.
COMMON_FEATURE_SHARE = 0.5
#: Two stories an article could both join are merged when they are this alike themselves, as a share of
#: :data:`JOIN_THRESHOLD` (a story and its next-day report; not two events of one theme).
MERGE_SIMILARITY = 0.5
#: Words kept per article (the most frequent content words).
TERMS_PER_ARTICLE = 40
#: Cues of one disaster kind an article must hold for the disaster to be what it reports (a cue followed
#: by a year, ``comme lors du séisme de 1999``, is a comparison and does not count).
DISASTER_CUES = 1
#: Weight of an article's core feature (``k:earthquake:TR``) in its vector: small, since it is there to be
#: found in the index (:meth:`StoryIndex._core_stories`), not to move cosine scores.
CORE_WEIGHT = 1.0
#: Prefix of a local disaster report's place features (``p:Braga``): the places a story's core is made of.
PLACE = "p:"
#: A story's first report weighs this many reports in its place features: a place is part of the story's
#: lasting core when its first report names it or two reports do (a capital an angle article names in
#: passing, ``a annoncé le ministère à Paris``, is not).
FOUNDING_PLACES = 2.0
#: Feature of a report that tells a disaster's aftermath without naming a disaster (``AFTERMATH_CUES``).
AFTERMATH = "a:aftermath"
#: Prefix of such a report's countries (``c:EC``): it joins the one disaster story of its country.
COUNTRY = "c:"
#: Prefix of the days a report of a day event (a strike, a march: ``DAY_EVENT_CUES``) tells of: ``d:2025-03-11``.
DAY = "d:"
#: A report of a day event whose days are all this far from every day its story's reports tell of reports
#: another day of the same theme (the next strike, a week on): it does not join, however alike the words.
APART_DAYS = 6
#: A report names a day event this many times, when its headline and lead sentence do not, to report one.
DAY_EVENT_MENTIONS = 2
#: Days told of further than this from the report's date are history (``la grève de décembre``), not its news.
REPORT_SPAN = 10
#: Days after a report's date it may tell of as its event's (``grève demain``); later ones are plans
#: (``d'ici le 23 janvier``), not the day it reports.
AHEAD_DAYS = 1
#: A story whose reports tell of days this far apart at most reports one day's event (a strike day); one
#: that spans more (a week of unrest) is parted from no report by its days.
ONE_DAY_SPAN = 2
#: A national disaster's story (a quake, a cyclone in one country) accepts a report of its core this many
#: days after its last one, not only :data:`WINDOW_DAYS`: its rebuilding, donors' conference or inquiry
#: comes a week or two on, named by its kind and country.
LASTING_DAYS = 14
#: A local disaster's story (a flood, an avalanche in one valley) accepts a report of its kind or of its
#: aftermath naming its lasting places this many days after its last one: the funerals or the inquiry come a
#: week on, in words (a church, a club, a guide) its first reports never used.
LOCAL_LASTING_DAYS = 7
#: A report of no day event (no strike, no march) joins a story as alike this many days after its last.
FURTHER_DAYS = 9
#: ... when it is this alike (above :data:`JOIN_THRESHOLD`): the next report of one bill, not a second
#: raid on the same town a week on, which shares its places and its words.
FURTHER_THRESHOLD = 0.2
#: A report of no day event joins a story this many days after its last when it is far more alike than that:
#: a factory's closure announced, then its severance deal signed three weeks on; a party's new leader, then
#: her election as prime minister a fortnight later. Stories of politics and industry are covered at long
#: intervals, under the same rare names (a company, a person, a town).
LONG_DAYS = 31
#: ... when it is this alike (:data:`FURTHER_THRESHOLD` within :data:`FURTHER_DAYS`): a month on, two events
#: of one theme (two closures, two fires) share words and places, but not most of their weight.
LONG_THRESHOLD = 0.3
#: A report of a day event (a march, a blockade) joins a story in the window that names one of its towns when
#: it is this alike: a movement's reports of one day or the next, from two outlets or two angles (the
#: ministry's toll, the opposition's), share the town and the event's words but few rare ones, so their
#: cosine stays under :data:`LOW_JOIN_THRESHOLD`; two events of one town share the town but not the words.
MOVEMENT_THRESHOLD = 0.07
#: Prefix of an incident report's kind (``i:hostage``, ``INCIDENT_KINDS``).
INCIDENT = "i:"
#: Prefix of the days an incident report tells of (``t:2025-03-10``): its follow-ups join on the same day.
INCIDENT_DAY = "t:"
#: Prefix of the days an incident report's lead sentence tells its incident of (``l:2025-11-05`` for ``deux
#: hommes blessés par balle mercredi``): the day of the incident it reports, not of one it recalls later on.
LEAD_DAY = "l:"
#: Feature of a report whose lead recalls an incident to date its own news (``une semaine après la chute du
#: car``): it joins the one story of that incident at its places, whatever days it tells of.
RECALLED = "r:recalled"
#: A report whose lead tells of an incident this many days or more from every incident day its story's
#: leads tell of reports another incident of the same kind (a second shooting in one city three days on).
INCIDENT_APART_DAYS = 3
#: Characters between an incident's words and a time expression that dates them (``le naufrage, dans la nuit de
#: lundi``): the incident is told with its day (:func:`_dating_timexes`).
DATED_CUE_REACH = 40
#: ... or between a time expression and the incident's words after it (``morts lundi dans la chute de leur car``).
DATED_BEFORE_REACH = 20
#: A lead sentence has at least this many words (a headline or a caption line has fewer or ends no sentence).
LEAD_MIN_WORDS = 10
#: A place name whose rarest word is this common (Zipf) names no one event's place (``Europe``, ``Nord``).
COMMON_PLACE_ZIPF = 5.0
#: Prefix of the event families an article's words tell (``f:cyberattack``, ``EVENT_FAMILIES``).
FAMILY = "f:"
#: Prefix of the names an article's headline and lead sentence are about (``h:chu di lili``): the victim or
#: target of its event (a hospital, a missing man), which a follow-up leads with again.
ANCHOR = "h:"
#: Prefix of the towns of the sites an article's headline and lead sentence name (``v:lille`` for ``le CHU de
#: Lille``): a cyberattack's or a fire's target, :func:`_sites`.
SITE = "v:"
#: Prefix of the kinds of news an article's headline and lead sentence tell (``n:recall``, ``NEWS_KINDS``).
NEWS = "n:"
#: Prefix of the rare words of the names of the people an article names (``m:yoon`` for ``Yoon Suk-yeol``): a
#: follow-up may name a person by another part of the name than the story's reports did (``Yoon`` for ``Yoon
#: Suk-yeol``, whose family name comes first; ``Lula`` for ``Luiz Inácio Lula da Silva``), which the surname
#: key of an entity feature does not match.
NAME_WORD = "m:"
#: A word of a person's name this rare (Zipf) or rarer tells one person (``Yoon``, ``Merz``); a first name
#: (``Jean``, ``Pierre``) or a family name shared by millions (``Kim``, ``Lee``) is commoner.
NAME_WORD_ZIPF = 3.5
#: Characters before and after a person's name where a role makes them an official (``le préfet du Rhône, X``).
ROLE_REACH = 40


def _span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` value may stand for, first and last."""
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            return day, day
        year = int(value[:4])
        if len(value) >= 7:
            month = int(value[5:7])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class When:
    """When an article was published, as precisely as the analysis knows.

    Attributes:
        low, high: the first and last day it may have been (equal for a day; a month's first and last,
            or from the latest day its text reports to the month's last; ``None`` when ``published`` is).
        month_day: ``(month, day)`` of the day its text gives as today without a year (``XXXX-01-06``
            from ``aujourd'hui, 6 janvier``): some year's 6 January.
        not_before: the latest day its text reports (``published_inferred`` of kind ``latest-date``, not
            made its date): it was published that day or later.
        bound: ``month_day`` is such a latest day, without its year: only a lower bound too.
    """

    low: dt.date | None = None
    high: dt.date | None = None
    month_day: tuple[int, int] | None = None
    not_before: dt.date | None = None
    bound: bool = False

    @property
    def day(self) -> dt.date | None:
        """The day, when known to the day."""
        return self.low if self.low is not None and self.low == self.high else None

    @classmethod
    def of(cls, analysis: DocumentAnalysis) -> When:
        inferred = analysis.published_inferred
        bound = inferred is not None and inferred.how == "latest-date"
        latest = _span(inferred.value) if inferred is not None and bound else None
        if (span := _span(analysis.published)) is not None:
            if latest is not None and span[0] < latest[0] <= span[1]:
                return cls(latest[0], span[1])  # a month, from the latest day its text reports on
            return cls(*span)
        if inferred is None:
            return cls()
        if latest is not None:
            return cls(not_before=latest[0])
        try:
            return cls(month_day=(int(inferred.value[5:7]), int(inferred.value[8:10])), bound=bound)
        except ValueError:
            return cls()

    def fits(self, low: dt.date, high: dt.date) -> bool:
        """Whether this date may lie within ``[low, high]`` (any year, for a yearless day)."""
        if self.low is not None and self.high is not None:
            return self.low <= high and self.high >= low
        if self.month_day is not None:  # a yearless lower bound fits any window: some year's day is before it
            return self.bound or any(low <= date <= high for date in self.in_years(range(low.year, high.year + 1)))
        if self.not_before is not None:
            return self.not_before <= high
        return True

    def in_years(self, years: range) -> list[dt.date]:
        """The yearless day in each of ``years`` (29 February only where it exists)."""
        if self.month_day is None:
            return []
        month, day = self.month_day
        dates = []
        for year in years:
            try:
                dates.append(dt.date(year, month, day))
            except ValueError:
                continue
        return dates


class StoryIndex:
    """Assign articles to stories one at a time (``add``), as ``recoupe add`` receives them.

    Args:
        state: where postings, document frequencies and story vectors live (memory by default, or the
            SQLite store's tables).
    """

    def __init__(
        self, state: LinkState | None = None, window_days: int = WINDOW_DAYS, threshold: float = JOIN_THRESHOLD
    ) -> None:
        self.state: LinkState = state if state is not None else MemoryLinkState()
        self.window = dt.timedelta(days=window_days)
        self.threshold = threshold

    def features(self, article: Article, analysis: DocumentAnalysis) -> Counter[str]:
        """The article's weighted features: its content words (title included) weighted by how rare
        they are in general news, and its entities."""
        terms = weighted_terms(f"{article.title or ''}\n{article.text[article.body_start :]}", article.lang)
        top = sorted(terms.items(), key=lambda item: -item[1])[:TERMS_PER_ARTICLE]
        vector: Counter[str] = Counter({f"w:{t}": weight for t, weight in top})
        for entity in analysis.entities:
            key = f"e:{story_key(entity.name, entity.type, article.lang)}"  # (al-Burhane, al-Burhan: one man)
            if key not in vector:  # a rare name (Tokayev) says more than a common one (Assemblée nationale)
                # typeshed types Counter values as int; the weights here are floats, as Counter allows
                vector[key] = (
                    ENTITY_WEIGHT
                    * max(
                        (rarity(w.lower(), article.lang) for w, _, _ in words(entity.name)),  # type: ignore[assignment]
                        default=1.0,
                    )
                    ** 2
                )
        lead = _lead(article)
        for key in sorted(
            _name_words(analysis.entities, article.lang)
            | _core(article, analysis, lead)
            | _event_days(article, analysis)
            | _lead_days(article, analysis, lead)
            | _anchors(article, analysis, lead)
            | _news_kinds(article, lead)
        ):
            vector[key] = CORE_WEIGHT  # type: ignore[assignment]  # float weights, as above
        return vector

    def add(self, article: Article, analysis: DocumentAnalysis) -> str:
        """Assign the article to a story (an existing one or a new one) and return the story's id."""
        vector = self.features(article, analysis)
        self.state.add_document(vector.keys())
        seen = self.state.articles_seen()
        df = self.state.document_frequencies(vector.keys())
        limit = max(2.0, COMMON_FEATURE_SHARE * seen)
        when = When.of(analysis)
        best, best_score = None, 0.0
        bucket, nearby = self._buckets(when)
        known: dict[str, int] = dict(df)  # document frequencies read so far, for this article and candidates
        idf = _Idf(seen, known)
        norm = idf.norm(vector)
        joinable: list[tuple[float, StoryRecord, Counter[str]]] = []  # stories the article could join
        read: dict[str, Counter[str]] = {}  # the vectors of the stories compared, for the title of the one joined
        places: frozenset[str] | None = None  # the article's place features, once a story needs them
        days = _days(vector)
        leads = _days(vector, LEAD_DAY)
        national = [f for f in vector if f.startswith("k:") and f.count(":") == 2]  # its disaster's countries
        victim = _Victim.of(vector)  # whom or what its lead is about, if it reports an incident
        kinds = [f for f in vector if f.startswith(NEWS)]  # the kinds of news its lead tells (a recall, job cuts)
        people = _people(article, analysis, _lead(article))  # whom its headline and lead name, as features
        # a report of no day event (a bill, a crisis) may join a story it is clearly alike further back: such a
        # story is covered every few days, not every day; a strike day's report may not (the next strike a
        # week on is another story), nor a report only as alike as two raids on one town a week apart
        further = not _reports_a_day_event(article)
        candidates = self._lasting_buckets(when, nearby, LONG_DAYS) if further else nearby
        # a day event's report may join a story of its town on less (MOVEMENT_THRESHOLD)
        towns = _towns(analysis) if not further else frozenset()
        floor = min(LOW_JOIN_THRESHOLD, self.threshold, *([MOVEMENT_THRESHOLD] if towns else []))
        for story_id in sorted(self.state.stories_with((f for f in vector if df[f] <= limit), candidates)):
            story = self.state.story(story_id)
            if not (within := self._in_window(story, when)):
                if not further or not self._in_window(story, when, dt.timedelta(days=LONG_DAYS)):
                    continue
            story_vector = read[story_id] = self.state.story_vector(story_id)
            if (
                _another_day(days, story_vector)
                or _another_incident(leads, story_vector)
                or _another_country(national, story_vector)
                or victim.another_site(story_vector)
                or (not within and _another_kind(kinds, story_vector) and not self._near(story, when))
            ):
                continue
            dot = idf.dot(vector, story_vector)
            anchored = within and victim.same(story_vector)
            if not anchored and dot < floor * norm * math.hypot(*story_vector.values()):
                continue  # every weight is at least 1, so the cosine is at most this: below every bar, read no further
            if missing := [f for f in story_vector if f not in known]:
                known.update(self.state.document_frequencies(missing))
            score = self._cosine(vector, norm, story_vector, idf, dot)
            if not within and score < self._further_bar(story, when, any(f in story_vector for f in people)):
                continue
            if score > best_score:
                best, best_score = story, score
            if score < self.threshold and score >= LOW_JOIN_THRESHOLD and places is None:
                places = _place_features(analysis)  # read once, for the first story in the lower band
            if (
                score >= self.threshold
                or anchored
                or (within and score >= MOVEMENT_THRESHOLD and any(f in story_vector for f in towns))
                or (
                    score >= LOW_JOIN_THRESHOLD
                    and places is not None
                    and self._named_share(vector, story_vector, idf, places) >= NAMED_SHARE
                )
            ):
                joinable.append((score, story, story_vector))
        if len(joinable) > 1:
            best = self._merge(joinable, idf)
            read.clear()  # a merged story's vector is the sum of its parts
        elif joinable:
            best, best_score = joinable[0][1], max(best_score, self.threshold)
        if best is None or best_score < self.threshold:
            if core := self._core_stories(vector, article, when, nearby):
                best, best_score = self._absorb(core), self.threshold
                if len(core) > 1:
                    read.clear()
        if best is None or best_score < self.threshold:
            best = StoryRecord(id=f"s{self.state.story_count() + 1}", title=story_title(article))
            for feature in [f for f in vector if f.startswith(PLACE)]:
                vector[feature] *= FOUNDING_PLACES  # type: ignore[assignment]  # float weights, as above
        else:
            self._retitle(best, article, vector, read.get(best.id))
        best.documents.append(article.id)
        if when.low is not None:
            best.first, best.last = _widen(best.first, best.last, analysis.published)
        self.state.save_story(best, vector, bucket)
        return best.id

    def _retitle(
        self, story: StoryRecord, article: Article, vector: Counter[str], story_vector: Counter[str] | None
    ) -> None:
        """The story's title once ``article`` joins: a story first titled by a lead sentence takes the first
        real headline; a headline gives way to the new one when that is more central to a story of
        :data:`~recoupe.link.titles.RETITLE_REPORTS` reports or more (its words used by more of them,
        :func:`~recoupe.link.titles.centrality`, by :data:`~recoupe.link.titles.TITLE_GAIN` at least)."""
        if (better := headline(article)) is None:
            return
        if not is_headline(story.title):
            story.title = better
            return
        if (reports := len(story.documents) + 1) < RETITLE_REPORTS:
            return
        summed = (story_vector if story_vector is not None else self.state.story_vector(story.id)) + vector
        now, new = (centrality(title, summed, reports, article.lang) for title in (story.title, better))
        if new >= now + TITLE_GAIN:
            story.title = better

    def _merge(self, joinable: list[tuple[float, StoryRecord, Counter[str]]], idf: _Idf) -> StoryRecord:
        """One story of the stories an article could join that are one event seen twice.

        Streaming splits a story when its first two articles share too little (one tells the toll, the
        other the politics); an article that tells both joins each at the threshold. It then bridges
        them, provided the two stories are alike themselves (:data:`MERGE_SIMILARITY`): two events of
        one theme in one week, which an article may compare, stay apart, and so do two incidents whose
        leads tell of days apart (a suspect's arrest recalls the shooting, in words the next shooting's
        report used to recall it: :func:`_another_incident`). The oldest story absorbs the others, so
        that its id stays.
        """
        joinable.sort(key=lambda item: -item[0])
        _, best, best_vector = joinable[0]
        group = [best]
        best_leads = _days(best_vector, LEAD_DAY)
        for _, story, vector in joinable[1:]:
            if _another_incident(best_leads, vector):
                continue
            if self._cosine(vector, idf.norm(vector), best_vector, idf) >= MERGE_SIMILARITY * self.threshold:
                group.append(story)
        return self._absorb(group)

    def _absorb(self, group: list[StoryRecord]) -> StoryRecord:
        """The oldest story of ``group``, which the others are merged into (one event seen as several)."""
        if len(group) == 1:
            return group[0]
        group.sort(key=_story_order)
        into = group[0]
        for gone in group[1:]:
            into.documents.extend(gone.documents)
            if not is_headline(into.title) and is_headline(gone.title):
                into.title = gone.title
            for date in (gone.first, gone.last):
                into.first, into.last = _widen(into.first, into.last, date)
            self.state.merge_story(into, gone)
        return into

    @staticmethod
    def _named_share(vector: Counter[str], story_vector: Counter[str], idf: _Idf, places: frozenset[str]) -> float:
        """The share of the article's similarity to a story that comes from other features than place names.

        Two briefs from one city (a blackout in Algiers, a new mufti in Algiers) are alike by the city
        alone; two reports of one fire share its prime minister, its services and its words besides Athens.
        """
        shared = {f: w * story_vector[f] * idf[f] ** 2 for f, w in vector.items() if f in story_vector}
        total = sum(shared.values())
        return sum(v for f, v in shared.items() if f not in places) / total if total else 0.0

    def _core_stories(
        self, vector: Counter[str], article: Article, when: When, nearby: list[int] | None
    ) -> list[StoryRecord]:
        """The stories in the window that report the same disaster as the article, for an article too
        unlike every story to join one by its words.

        A story's words drift as it lasts: the quake's first reports give magnitude and toll, a report
        three days later tells of one town's ruins, of aid or of blame, and names no person the first
        reports named. What lasts is the event's core, accumulated over the story's reports, not only its
        latest: its kind, and its country (a quake, ``DISASTER_KINDS``: one kind in one country within a
        few days is one event) or its places (a flood, ``LOCAL_DISASTER_KINDS``: the article names one of
        the story's lasting places, :data:`FOUNDING_PLACES`, looked up in its text, so that a town the
        parser missed still counts). Several such stories are one event seen several times: merged. A
        report of the aftermath that names no disaster (rescuers in the ruins of a town, aid flown to the
        capital) joins the one disaster story of its country or places, if only one.
        """
        national = [f for f in vector if f.startswith("k:") and f.count(":") == 2]
        local = [f for f in vector if f.startswith("k:") and f.count(":") == 1]
        incident = [f for f in vector if f.startswith(INCIDENT)]
        days = [f for f in vector if f.startswith(INCIDENT_DAY)]
        recalled = RECALLED in vector  # its lead names the incident it follows: no day of it needed
        if aftermath := AFTERMATH in vector:  # any disaster, of its countries or its places
            kinds = [
                *_disaster_cues(article.lang, "DISASTER_KINDS"),
                *_disaster_cues(article.lang, "LOCAL_DISASTER_KINDS"),
            ]
            countries = [f[len(COUNTRY) :] for f in vector if f.startswith(COUNTRY)]
            national = [f"k:{kind}:{country}" for kind in kinds for country in countries]
            local = [f"k:{kind}" for kind in kinds]
        if not national and not local and not (incident and (days or recalled)):
            return []
        text = unaccented(f"{article.title or ''}\n{article.text[article.body_start :]}")
        lasting = self._lasting_buckets(when, nearby, LASTING_DAYS if national else LOCAL_LASTING_DAYS)
        leads = _days(vector, LEAD_DAY)
        found = []
        by_recall = False  # a story found by the incident its lead recalls, with no day in common
        for story_id in sorted(self.state.stories_with(national + local + incident, lasting)):
            story = self.state.story(story_id)
            within = self._in_window(story, when)
            lasting_local = bool(local) and self._in_window(story, when, dt.timedelta(days=LOCAL_LASTING_DAYS))
            if (
                not within
                and not lasting_local
                and not (national and self._in_window(story, when, dt.timedelta(days=LASTING_DAYS)))
            ):
                continue
            story_vector = self.state.story_vector(story_id)
            if _another_incident(leads, story_vector) or _another_country(national, story_vector):
                continue
            same_kind = any(f in story_vector for f in local)
            same_incident = any(f in story_vector for f in incident)
            same_day = same_incident and any(f in story_vector for f in days)
            if any(f in story_vector for f in national) or (
                ((within and (same_kind or same_day or (same_incident and recalled))) or (lasting_local and same_kind))
                and _names_a_lasting_place(text, story_vector)
            ):
                found.append(story)
                by_recall = by_recall or not (same_kind or same_day or any(f in story_vector for f in national))
        # an aftermath of two disasters, a recall of one of two incidents at one place: neither
        return found if not (aftermath or by_recall) or len(found) == 1 else []

    def _buckets(self, when: When) -> tuple[int, list[int] | None]:
        """The article's time bucket and the buckets whose stories it may join.

        Buckets are as wide as the window, so every story active within the window of the article's date
        was posted in the bucket before, the same or the next: the candidates never include the stories
        of other months, and their number does not grow with the collection. A month-precision article
        looks in the buckets of its whole month (and the window around it) and is filed with the undated
        ones, where every dated article of that month looks too. An undated article may join any story.
        """
        if when.day is not None:
            bucket = when.day.toordinal() // self.window.days
            return bucket, [bucket - 1, bucket, bucket + 1, UNDATED]
        if when.low is not None and when.high is not None and (when.high - when.low).days < 31:
            first = (when.low - self.window).toordinal() // self.window.days
            last = (when.high + self.window).toordinal() // self.window.days
            return UNDATED, [*range(first, last + 1), UNDATED]
        return UNDATED, None

    def _lasting_buckets(self, when: When, nearby: list[int] | None, days: int = 0) -> list[int] | None:
        """The buckets whose stories a report may join ``days`` after their last (a national disaster's:
        :data:`LASTING_DAYS`)."""
        if when.day is None or nearby is None:
            return nearby
        bucket, reach = when.day.toordinal() // self.window.days, -(-(days or LASTING_DAYS) // self.window.days)
        return [*range(bucket - reach, bucket + reach + 1), UNDATED]

    def _further_bar(self, story: StoryRecord, when: When, same_person: bool = False) -> float:
        """The similarity a report of no day event needs to join a story outside the window: the bar
        rises with the gap (:data:`FURTHER_THRESHOLD` within :data:`FURTHER_DAYS`, :data:`LONG_THRESHOLD`
        beyond), since the further back, the likelier a second event of the same theme. A report naming a
        person the story named (``same_person``, a rare name) keeps the nearer bar: an affair's later turns
        (a resignation, an indictment) name its protagonists again; two events of one theme name others."""
        return FURTHER_THRESHOLD if same_person or self._near(story, when) else LONG_THRESHOLD

    def _near(self, story: StoryRecord, when: When) -> bool:
        """Whether a report of ``when`` is within :data:`FURTHER_DAYS` of the story: nearer than a month."""
        return self._in_window(story, when, dt.timedelta(days=FURTHER_DAYS))

    def _in_window(self, story: StoryRecord, when: When, window: dt.timedelta | None = None) -> bool:
        first, last = _span(story.first), _span(story.last)
        if first is None or last is None:
            return True
        window = window or self.window
        return when.fits(first[0] - window, last[1] + window)

    @staticmethod
    def _cosine(a: Counter[str], norm_a: float, b: Counter[str], idf: _Idf, dot: float | None = None) -> float:
        """Cosine of idf-weighted vectors (``norm_a``: the norm of ``a``, the same for every candidate; ``dot``:
        their product, when known)."""
        dot = idf.dot(a, b) if dot is None else dot
        norm_b = idf.norm(b)
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

    def result(self) -> list[Story]:
        return [
            Story(id=s.id, title=s.title, documents=list(s.documents), first=s.first, last=s.last)
            for s in self.state.stories()
            if s.documents
        ]  # a story merged into another is left empty


class _Idf(dict[str, float]):
    """Each feature's inverse document frequency as one article is linked, computed on first use.

    An article is compared with tens of stories whose vectors hold hundreds of features each; a feature's
    weight is the same for all of them, so it is computed once per article, and the norms are taken in C
    (:meth:`norm`): this is the bulk of story assignment's cost at 10 000 articles.
    """

    def __init__(self, seen: int, frequencies: dict[str, int]) -> None:
        super().__init__()
        self.seen = seen
        self.frequencies = frequencies  # read so far, for this article and its candidates; filled by the caller

    def __missing__(self, feature: str) -> float:
        self._fill([feature])
        return dict.__getitem__(self, feature)

    def _fill(self, features: list[str]) -> None:
        """Compute the weights of ``features`` in one pass (the one place the formula is written)."""
        log, total, frequency = math.log, 1 + self.seen, self.frequencies.get
        self.update(zip(features, [log(total / (1 + frequency(f, 0))) + 1.0 for f in features], strict=True))

    def dot(self, a: Counter[str], b: Counter[str]) -> float:
        """The weighted product of ``a`` (whose features' frequencies are all known) and ``b``."""
        return sum(w * b[f] * self[f] ** 2 for f, w in a.items() if f in b)

    def norm(self, vector: Counter[str]) -> float:
        """The norm of ``vector`` weighted by these frequencies (the weights it lacks computed in one pass)."""
        if new := [f for f in vector if f not in self]:
            self._fill(new)
        return math.hypot(*map(mul, vector.values(), map(self.__getitem__, vector)))


def _people(article: Article, analysis: DocumentAnalysis, lead: tuple[int, int] | None) -> list[str]:
    """The entity features (``e:…``) of the people the article's headline and lead sentence name by a rare
    name: whom its news is about (an affair's protagonist), not a leader named in passing further down
    (``le mouvement Fatah de Yasser Arafat``), who is in many stories."""
    if lead is None:
        return []
    head = headline(article) or ""
    leading = [
        entity
        for entity in analysis.entities
        if entity.type == "PER"
        and (lead[0] <= entity.start < lead[1] or entity.name in head)
        and _distinctive(entity.name, analysis.lang)
    ]
    keys = {f"e:{story_key(entity.name, entity.type, analysis.lang)}" for entity in leading}
    return sorted(keys | _name_words(leading, analysis.lang))


def _name_words(entities: Sequence[Entity], lang: str) -> set[str]:
    """The rare words of the people's names among ``entities`` as features (``m:yoon``, :data:`NAME_WORD`): a
    person is found again by any rare part of the name, whichever part a report writes (``Yoon``, ``Yoon
    Suk-yeol``), where a surname key takes the last word for the family name."""
    return {
        f"{NAME_WORD}{fold(word)}"
        for entity in entities
        if entity.type == "PER"
        for word, _, _ in words(entity.name)
        if word[:1].isupper() and len(word) > 2 and (word_zipf(word.lower(), lang) or 0.0) <= NAME_WORD_ZIPF
    }


def _towns(analysis: DocumentAnalysis) -> frozenset[str]:
    """The entity features of the places the article names by a rare name (``e:dakar``; not ``Europe``): where a
    day event happened, which a movement's reports of one day share, whatever else they tell."""
    return frozenset(
        f"e:{sound_key(entity.name, entity.type, analysis.lang)}"
        for entity in analysis.entities
        if entity.type == "LOC" and _distinctive(entity.name, analysis.lang)
    )


def _place_features(analysis: DocumentAnalysis) -> frozenset[str]:
    """The features the article's place names give: the entity's (``e:athenes``) and its words' (``w:athenes``),
    stemmed as :func:`~recoupe.link.text.weighted_terms` stems words."""
    found: set[str] = set()
    for entity in analysis.entities:
        if entity.type != "LOC":
            continue
        found.add(f"e:{sound_key(entity.name, entity.type, analysis.lang)}")
        found.update(f"w:{term_stem(word)}" for word, _, _ in words(entity.name))
    return frozenset(found)


def _core(article: Article, analysis: DocumentAnalysis, lead: tuple[int, int] | None) -> set[str]:
    """The article's core features: ``k:<disaster kind>:<ISO2>`` for each disaster kind it reports (at
    least :data:`DISASTER_CUES` cues) and each country its place names lie in without doubt; and for every
    disaster kind, ``k:<kind>`` and its places (``p:Braga``, :func:`_place_names`): a flood is found by its
    places only, a quake by its places too when a report names no place that tells its country."""
    from recoupe.link.places import gazetteer  # loaded on first use: a few seconds, then shared

    text = fold(f"{article.title or ''}\n{article.text[article.body_start :]}")
    kinds = _reported(text, article.lang, "DISASTER_KINDS")
    local = _reported(text, article.lang, "LOCAL_DISASTER_KINDS")
    incidents = [] if kinds or local else _reported(text, article.lang, "INCIDENT_KINDS")
    aftermath = not kinds and not local and not incidents and _tells_an_aftermath(text, article.lang)
    if not kinds and not local and not incidents and not aftermath:
        return set()
    gaz = gazetteer()
    countries: set[str] = set()
    leading: set[str] = set()  # the countries of the headline and the lead sentence
    places: set[str] = set()
    head = _head_text(article, lead)
    for name in _place_names(article, analysis):
        found = {place.iso2 for place in gaz.candidates(name)}
        if len(found) == 1:  # Antakya, Hatay, Turquie; not Valence (Spain, France) nor Paris (Texas too)
            countries |= found
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head):
                leading |= found
        if not all(place.kind == "country" for place in gaz.candidates(name)) or not found:
            places.add(name)
    countries = leading or countries  # a report leads with its own disaster's country
    core = {f"k:{kind}:{country}" for kind in kinds for country in countries}
    core |= {f"k:{kind}" for kind in [*kinds, *local]}
    core |= {f"{PLACE}{name}" for name in places if _distinctive(name, article.lang)}
    if aftermath:
        core |= {AFTERMATH} | {f"{COUNTRY}{country}" for country in countries}
    if incidents:
        core |= {f"{INCIDENT}{kind}" for kind in incidents} | _told_days(analysis, INCIDENT_DAY)
    return core


def _anchors(article: Article, analysis: DocumentAnalysis, lead: tuple[int, int] | None) -> set[str]:
    """What a report of an incident is about, as features: its event families (``f:cyberattack``,
    ``EVENT_FAMILIES``), the people its headline and lead sentence name (``h:lamothi``; not an official,
    :func:`_names_a_victim`) and the sites they name after their town (``v:lille`` for ``le CHU de Lille``,
    :func:`_sites`). A follow-up that tells a new turn (a group claims the attack, an autopsy) shares few
    words with its story's first reports, but leads with the same victim or target, in the same family of
    events. Organisations are no anchor: an agency, a relief body or a newswire leads reports of many events.
    None for a report of no family: a minister leading two stories of a week names no victim."""
    families = _families(article)
    if not families or lead is None:
        return set()
    head = headline(article) or ""
    found = _sites(_head_text(article, lead), article.lang)
    for entity in analysis.entities:
        if entity.type != "PER" or not (lead[0] <= entity.start < lead[1] or entity.name in head):
            continue
        if _names_a_victim(article.text, entity.start, entity.end, article.lang):
            found.add(f"{ANCHOR}{story_key(entity.name, entity.type, article.lang)}")
    return found | {f"{FAMILY}{family}" for family in families} if found else set()


def _families(article: Article) -> list[str]:
    """The event families (``EVENT_FAMILIES``) whose words the article uses."""
    text = fold(f"{article.title or ''}\n{article.text[article.body_start :]}")
    return _reported(text, article.lang, "EVENT_FAMILIES")


def _names_a_victim(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the person named at ``text[start:end]`` may be the event's victim: a name rare enough to tell
    one person, not an official named by a role just before or after (``le ministre de l'Intérieur, X``, ``X,
    porte-parole des pompiers``, ``ROLE_WORDS``), who speaks of many events."""
    if not _distinctive(text[start:end], lang):
        return False
    around = fold(f"{text[max(0, start - ROLE_REACH) : start]} {text[end : end + ROLE_REACH]}")
    return not _role_words(lang).search(around)


@cache
def _role_words(lang: str) -> re.Pattern[str]:
    """The language's role words (``ROLE_WORDS``), as one regex over folded text."""
    return re.compile(rf"\b(?:{'|'.join(fold(word) for word in get_language(lang).link.ROLE_WORDS)})\b")


def _sites(head: str, lang: str) -> set[str]:
    """The sites a headline and lead (accents dropped, case kept) name after their town, as features of
    their town (``v:lille`` for ``le CHU de Lille``, ``l'hôpital de Lille``, ``le centre hospitalier
    universitaire de Lille``; ``SITE_WORDS``): what a cyberattack or a fire strikes, however each report
    words it. A site named after a recall (``trois jours après l'université de Limoges``) is another
    event's target. A site named after a country (``la plus grande prison d'Équateur``) tells no town: the
    next report names the same prison after its town."""
    recalled = _recalled_incident(lang)
    found = set()
    for match in _site_pattern(lang).finditer(head):
        if not recalled.search(fold(head[: match.start()])) and not _a_country(match.group("town")):
            found.add(f"{SITE}{fold(match.group('town'))}")
    return found


def _a_country(name: str) -> bool:
    """Whether ``name`` may be a country's (``Equateur``, also a Congolese province; ``Mali``, also towns)."""
    from recoupe.link.places import gazetteer  # loaded on first use: a few seconds, then shared

    return any(place.kind == "country" for place in gazetteer().candidates(name))


@cache
def _site_pattern(lang: str) -> re.Pattern[str]:
    """A site's word, an adjective at most, a link word and a capitalized town (accents dropped)."""
    data = get_language(lang).link
    words = "|".join(unaccented(word) for word in data.SITE_WORDS)
    return re.compile(rf"(?i:\b(?:{words})(?:\s+[a-z]+)?\s+{data.SITE_TOWN_LINK})(?P<town>[A-Z][\w-]*)")


@dataclass(frozen=True, slots=True)
class _Victim:
    """Whom or what a report's lead is about (:func:`_anchors`), read once from its features for all its
    candidate stories: its ``h:`` names and ``v:`` sites, its sites alone and its event families."""

    anchors: tuple[str, ...]
    sites: tuple[str, ...]
    families: tuple[str, ...]

    @classmethod
    def of(cls, vector: Counter[str]) -> _Victim:
        return cls(
            anchors=tuple(f for f in vector if f.startswith((ANCHOR, SITE))),
            sites=tuple(f for f in vector if f.startswith(SITE)),
            families=tuple(f for f in vector if f.startswith(FAMILY)),
        )

    def same(self, story_vector: Counter[str]) -> bool:
        """Whether the report and a story lead with one victim or target in one event family."""
        return (
            bool(self.families)
            and any(f in story_vector for f in self.anchors)
            and any(f in story_vector for f in self.families)
        )

    def another_site(self, story_vector: Counter[str]) -> bool:
        """Whether the report leads with another site than the story's in one event family: two cyberattacks
        on two hospitals, however alike their words (``cyberattaque``, ``rançongiciel``, ``urgences``)."""
        if not self.sites or not any(f in story_vector for f in self.families):
            return False
        return not any(f in story_vector for f in self.sites) and any(f.startswith(SITE) for f in story_vector)


def _head_text(article: Article, lead: tuple[int, int] | None) -> str:
    """The article's headline and lead sentence (``lead``, its span: :func:`_lead`), accents dropped as
    :func:`_place_names` writes names: where a report names its own event's country. A country named further
    down may be another disaster's, recalled (``Mercredi, un séisme avait fait quatre morts en Albanie``), or
    one sending aid."""
    end = lead[1] if lead is not None else len(article.text)
    return unaccented(f"{article.title or ''}\n{article.text[article.body_start : end]}")


def _tells_an_aftermath(text: str, lang: str) -> bool:
    """Whether the folded ``text`` uses ``AFTERMATH_MIN`` distinct aftermath cues (rescue, ruins, aid)."""
    data = get_language(lang).link
    return sum(1 for cue in _aftermath_cues(lang) if cue.search(text)) >= data.AFTERMATH_MIN


@cache
def _aftermath_cues(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\b{cue}\b") for cue in get_language(lang).link.AFTERMATH_CUES)


def _place_names(article: Article, analysis: DocumentAnalysis) -> set[str]:
    """The article's place names as written (accents dropped, case kept), one per line they are on: the
    parser may run a name over a line break (a rubric line and the headline's first word, ``Monde`` /
    ``Portugal``), and a name never spans two lines. Rubric lines are not places."""
    rubrics = get_language(article.lang).link.RUBRICS
    names: set[str] = set()
    for entity in analysis.entities:
        if entity.type != "LOC" and not _mistyped_place(article, entity):
            continue
        for piece in article.text[entity.start : entity.end].splitlines():
            if (name := " ".join(unaccented(piece).split())) and fold(name) not in rubrics:
                names.add(name)
    if (kicker := _kicker_place(article)) is not None:
        names.add(kicker)
    return names


def _mistyped_place(article: Article, entity: Entity) -> bool:
    """Whether a name the parser typed as a person or an organisation is a place: right after a place's
    preposition (``à Omdourman``, ``près de Karditsa``, ``PLACE_BEFORE``) and known to the gazetteer. spaCy often
    types a foreign town as a person; its story would lose the place it happened at."""
    from recoupe.link.places import gazetteer  # loaded on first use, as in _core

    before = fold(article.text[max(0, entity.start - ROLE_REACH) : entity.start])
    if not _place_before(article.lang).search(before):
        return False
    return bool(gazetteer().candidates(" ".join(unaccented(article.text[entity.start : entity.end]).split())))


@cache
def _place_before(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.PLACE_BEFORE)


#: Kinds of gazetteer entries a headline's kicker is taken for a place by: a country or a region, whose names
#: are seldom words of a topic (a town may be: ``Mercato``, ``Rail``).
KICKER_PLACE_KINDS = frozenset({"country", "admin1", "admin2"})


def _kicker_place(article: Article) -> str | None:
    """The country, region or district a headline's kicker names (``Grèce`` in ``Grèce : un séisme frappe la Crète``),
    accents dropped as :func:`_place_names` writes names, when the gazetteer knows it as one. The parser often
    types no entity at the head of a line, so a report would lose the country it leads with."""
    from recoupe.link.places import gazetteer  # loaded on first use, as in _core

    match = _kicker_pattern(article.lang).match(headline(article) or "")
    if match is None:
        return None
    name = " ".join(unaccented(match.group("kicker")).split())
    known = gazetteer()
    if any(place.kind in KICKER_PLACE_KINDS for place in known.candidates(name)) or known.districts(name):
        return name  # a département (``Ardèche :``) is a district, which the candidates leave out
    return None


@cache
def _kicker_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.HEADLINE_KICKER)


def _distinctive(name: str, lang: str) -> bool:
    """Whether a place name can tell one event's place: its rarest word is not as common as ``Europe``."""
    zipfs = [word_zipf(word.lower(), lang) or 0.0 for word, _, _ in words(name)]
    return bool(zipfs) and min(zipfs) < COMMON_PLACE_ZIPF


def _event_days(article: Article, analysis: DocumentAnalysis) -> set[str]:
    """The days a report of a day event tells of by their date (``d:2025-03-11`` for ``mardi 11 mars``),
    from :data:`REPORT_SPAN` days before its date to :data:`AHEAD_DAYS` after; none for a report of
    anything else. A weekday alone
    (``mardi``) is not read: its week is a guess, and a wrong guess would part a story's own reports."""
    if not _reports_a_day_event(article):
        return set()
    return _told_days(analysis, DAY, numeric=True)


def _told_days(analysis: DocumentAnalysis, prefix: str, numeric: bool = False) -> set[str]:
    """The days the article's time expressions tell of, from :data:`REPORT_SPAN` days before its date to
    :data:`AHEAD_DAYS` after, as features (``prefix`` and the day); ``numeric``: only those written with a
    figure (``mardi 11 mars``), whose week is no guess."""
    published = _span(analysis.published)
    found = set()
    for timex in analysis.timexes:
        if numeric and not any(ch.isdigit() for ch in timex.text):
            continue
        if timex.value is None or (day := _span(timex.value[:10])) is None or day[0] != day[1]:
            continue
        if published is None or -REPORT_SPAN <= (day[0] - published[0]).days <= AHEAD_DAYS:
            found.add(f"{prefix}{day[0].isoformat()}")
    return found


def _reports_a_day_event(article: Article) -> bool:
    """Whether the article reports a day event (a strike, a march: ``DAY_EVENT_CUES``): its headline or lead
    sentence names one, or its text does :data:`DAY_EVENT_MENTIONS` times. A report of something else may
    name one in passing (``la séance avait été interrompue par des manifestants``): it stays a report of no
    day event, which its story may take in weeks on, not only within the window."""
    cues = _day_event_cues(article.lang)
    text = fold(f"{article.title or ''}\n{article.text[article.body_start :]}")
    if len(cues.findall(text)) >= DAY_EVENT_MENTIONS:
        return True
    return bool(cues.search(fold(_head_text(article, _lead(article))))) if cues.search(text) else False


def _days(vector: Counter[str], prefix: str = DAY) -> list[dt.date]:
    """The days of a vector's ``d:`` features (or those of another ``prefix``)."""
    return [dt.date.fromisoformat(f[len(prefix) :]) for f in vector if f.startswith(prefix)]


def _lead_days(article: Article, analysis: DocumentAnalysis, lead: tuple[int, int] | None) -> set[str]:
    """The days the lead sentence of an incident report tells of (``l:2025-11-05``), when that sentence
    names an incident (``INCIDENT_KINDS``): the day of the incident the report is about. A later sentence
    may recall an earlier incident of the same town (``Dimanche déjà, un homme avait été tué par balle``);
    a follow-up leads with its own news (an arrest, a trial) and tells no incident day there. When the lead
    dates the incident's words themselves (``le naufrage, dans la nuit de lundi à mardi, du chalutier``,
    :func:`_dating_timexes`), that day alone is the incident's: the follow-up's own news day (``le corps
    retrouvé mercredi``) is not, and would bring the story within reach of the next incident of its kind. Nor is
    the day a lead dates its announcement by (``le bilan du naufrage s'élève à 17 morts, a annoncé ce lundi la
    police``, ``REPORTED_DAY_BEFORE``): a toll update days later would be parted from its incident."""
    if lead is None:
        return set()
    start, end = lead
    sentence = fold(article.text[start:end])
    told, recalled = _incident_cues(sentence, article.lang)
    dating = _dating_timexes(sentence, start, analysis, article.lang)
    if not told and not dating:
        return {RECALLED} if recalled else set()
    published = _span(analysis.published)
    found = {RECALLED} if recalled and not told else set()
    reported = _reported_day(article.lang)
    for timex in dating or analysis.timexes:
        if not (start <= timex.start < end) or timex.value is None:
            continue
        if not dating and reported.search(sentence[: timex.start - start]):
            continue  # the day the toll was announced (``a annoncé ce dimanche la police``), not the incident's
        if (day := _span(timex.value[:10])) is None or day[0] != day[1]:
            continue
        if published is None or -REPORT_SPAN <= (day[0] - published[0]).days <= AHEAD_DAYS:
            found.add(f"{LEAD_DAY}{day[0].isoformat()}")
    return found


def _dating_timexes(sentence: str, start: int, analysis: DocumentAnalysis, lang: str) -> list[Timex]:
    """The time expressions that date an incident's words in the folded lead ``sentence`` (at ``start`` in the
    text): those that begin within :data:`DATED_CUE_REACH` characters after them (``deux marins disparus
    après le naufrage, dans la nuit de lundi à mardi, du chalutier``) or end within :data:`DATED_BEFORE_REACH`
    before them (``neuf pensionnés morts lundi dans la chute de leur car``). The incident is then told with its
    day, even after a word that would make it a recall; a follow-up that recalls its incident dates its own
    news instead (``au lendemain du chavirage de l'Étoile, qui a coûté la vie à un marin vendredi soir``)."""
    cues = [
        (start + cue.start(), start + cue.end())
        for pattern in _disaster_cues(lang, "INCIDENT_KINDS").values()
        for cue in pattern.finditer(sentence)
    ]
    return [
        timex
        for timex in analysis.timexes
        if _one_day(timex)  # a day, not a span (``dans la semaine`` after ``la chute du car``)
        and any(
            0 <= timex.start - end <= DATED_CUE_REACH
            # a count that recalls the incident (``une semaine après la chute du car``: the day of its clause)
            # dates the follow-up's own news, not the incident
            or (
                0 <= begin - timex.end <= DATED_BEFORE_REACH and not _ends_a_recall(sentence, start, timex, begin, lang)
            )
            for begin, end in cues
        )
    ]


def _ends_a_recall(sentence: str, start: int, timex: Timex, cue_start: int, lang: str) -> bool:
    """Whether the recall's words before the incident's cue begin inside ``timex`` (``une semaine après`` +
    ``la chute``): the expression is the count of the recall, not a day of the incident."""
    match = _recalled_incident(lang).search(sentence[: cue_start - start])
    return match is not None and match.start() < timex.end - start


def _one_day(timex: Timex) -> bool:
    """Whether ``timex`` stands for one day (``lundi``, ``le 12 mai``), not a month, a year or a duration."""
    return (day := _span(timex.value[:10] if timex.value else None)) is not None and day[0] == day[1]


def _incident_cues(sentence: str, lang: str) -> tuple[bool, bool]:
    """Whether the folded ``sentence`` tells of an incident (``INCIDENT_KINDS``), and whether it recalls one
    to date its own news (``une semaine après la chute de l'autocar``, ``RECALLED_INCIDENT_BEFORE``): a
    follow-up that leads with an indictment tells no incident day, and is parted from its story by none."""
    before = _recalled_incident(lang)
    recalled = [
        bool(before.search(sentence[: cue.start()]))
        for pattern in _disaster_cues(lang, "INCIDENT_KINDS").values()
        for cue in pattern.finditer(sentence)
    ]
    return not all(recalled), any(recalled)


@cache
def _reported_day(lang: str) -> re.Pattern[str]:
    """What comes before a day that dates a report's announcement (``a annoncé lundi``): the language's
    ``REPORTED_DAY_BEFORE``."""
    return re.compile(get_language(lang).link.REPORTED_DAY_BEFORE)


@cache
def _recalled_incident(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).link.RECALLED_INCIDENT_BEFORE)


def _lead(article: Article) -> tuple[int, int] | None:
    """The span of the body's first sentence: the first of :data:`LEAD_MIN_WORDS` words or more that ends
    as a sentence does (a rubric, a headline and a caption line come before it)."""
    text = article.text
    for start, end in sentences(text, article.body_start, article.lang):
        if len(text[start:end].split()) >= LEAD_MIN_WORDS and text[start:end].rstrip()[-1:] in ".!?»":
            return start, end
    return None


def _another_incident(leads: list[dt.date], story_vector: Counter[str]) -> bool:
    """Whether a report whose lead tells of an incident on ``leads`` reports another incident than its
    story's: every lead day is :data:`INCIDENT_APART_DAYS` or more from every incident day the story's
    leads told of. Unknown days never part them."""
    theirs = _days(story_vector, LEAD_DAY) if leads else []
    return bool(theirs) and all(abs((day - other).days) >= INCIDENT_APART_DAYS for day in leads for other in theirs)


def _another_country(national: list[str], story_vector: Counter[str]) -> bool:
    """Whether a report of a disaster in its countries (``k:earthquake:MX``) tells of another one than the
    story's, which struck none of them (``k:earthquake:GR``): a place of the story it names (``près de
    Kalamata``) then recalls the other disaster, and does not bring the report to it."""
    if not national or any(f in story_vector for f in national):
        return False
    kinds = [kind for kind in {f.rsplit(":", 1)[0] for f in national} if kind in story_vector]  # k:earthquake
    return bool(kinds) and any(f.startswith(f"{kind}:") for f in story_vector for kind in kinds)


def _news_kinds(article: Article, lead: tuple[int, int] | None) -> set[str]:
    """The kinds of news (``NEWS_KINDS``) the article's headline and lead sentence tell, as features
    (``n:recall``): what it reports about its company, club or court. A kind recalled to date the news
    (``un mois après le rappel de 80 000 voitures``, ``RECALLED_INCIDENT_BEFORE``) is the story's past, not
    what this report tells."""
    head = fold(_head_text(article, lead))
    before = _recalled_incident(article.lang)
    return {
        f"{NEWS}{kind}"
        for kind, cues in _disaster_cues(article.lang, "NEWS_KINDS").items()
        if any(not before.search(head[: cue.start()]) for cue in cues.finditer(head))
    }


def _another_kind(kinds: list[str], story_vector: Counter[str]) -> bool:
    """Whether a report tells another kind of news than every report of its story: a company's job cuts,
    not its recall of a month before. Either telling none (an aid appeal, a portrait) parts nothing."""
    return bool(kinds) and not any(f in story_vector for f in kinds) and any(f.startswith(NEWS) for f in story_vector)


def _another_day(days: list[dt.date], story_vector: Counter[str]) -> bool:
    """Whether a day event's report tells of another day than its story's: the story reports one day's
    event (its days within :data:`ONE_DAY_SPAN`), and every day of the report is :data:`APART_DAYS` or
    more from it (the strike of the 18th, not the one of the 11th that the story reports, with its
    aftermath). Unknown days never part them, nor days of a story that spans a week (unrest, a quake)."""
    theirs = _days(story_vector) if days else []
    if not theirs or (max(theirs) - min(theirs)).days > ONE_DAY_SPAN:
        return False
    return all(abs((day - other).days) >= APART_DAYS for day in days for other in theirs)


@cache
def _day_event_cues(lang: str) -> re.Pattern[str]:
    """The language's day event cues, as one regex over folded text."""
    return re.compile(rf"\b(?:{'|'.join(get_language(lang).link.DAY_EVENT_CUES)})\b")


def _names_a_lasting_place(text: str, story_vector: Counter[str]) -> bool:
    """Whether ``text`` (accents dropped) names one of the story's lasting places: named by its first
    report or by two (:data:`FOUNDING_PLACES`), written with their capitals as whole words."""
    return any(
        weight >= FOUNDING_PLACES * CORE_WEIGHT and re.search(rf"(?<!\w){re.escape(f[len(PLACE) :])}(?!\w)", text)
        for f, weight in story_vector.items()
        if f.startswith(PLACE)
    )


def _reported(text: str, lang: str, table: str) -> list[str]:
    """The disaster kinds of ``table`` the folded ``text`` reports (:data:`DISASTER_CUES` cues or more)."""
    return [kind for kind, cues in _disaster_cues(lang, table).items() if len(cues.findall(text)) >= DISASTER_CUES]


@cache
def _disaster_cues(lang: str, table: str) -> dict[str, re.Pattern[str]]:
    """One regex per disaster kind of the language's ``table`` (``LOCAL_DISASTER_KINDS`` too), over folded text."""
    data = get_language(lang).link
    past = data.DISASTER_OF_YEAR
    return {kind: re.compile(rf"\b(?:{'|'.join(cues)})\b(?!{past})") for kind, cues in getattr(data, table).items()}


def _story_order(story: StoryRecord) -> tuple[int, str]:
    """Stories in the order they were opened (``s2`` before ``s10``)."""
    number = story.id[1:]
    return (int(number) if number.isdigit() else 0, story.id)


def _widen(first: str | None, last: str | None, published: str | None) -> tuple[str | None, str | None]:
    """A story's first and last dates once an article of date ``published`` has joined.

    Days take over from months: a story that began with a month-precision article is dated by its
    first day-precision one, and later months inside it do not stretch it.
    """
    new = _span(published)
    if new is None:
        return first, last
    is_day = new[0] == new[1]

    def better(current: str | None, earlier: bool) -> str | None:
        span = _span(current)
        if span is None:
            return published
        current_is_day = span[0] == span[1]
        if is_day != current_is_day:
            return published if is_day else current
        if earlier:
            return published if new[0] < span[0] else current
        return published if new[1] > span[1] else current

    return better(first, earlier=True), better(last, earlier=False)


def streaming_date(
    analysis: DocumentAnalysis, dated: Sequence[dt.date] = (), window_days: int = WINDOW_DAYS
) -> str | None:
    """The date an article sorts by in a stream: its ``published``; or for a day its text gives but that
    is not its ``published`` (no year, ``XXXX-01-06``, or only the latest day it reports), that day in
    the year that puts it within ``window_days`` of the nearest of the collection's ``dated`` days (an
    article on 6 January among articles of 7–10 January 2022 arrived on 6 January 2022). ``None``: it
    arrives with the undated, last."""
    if analysis.published is not None:
        return analysis.published
    when = When.of(analysis)
    best: tuple[int, dt.date] | None = None
    for other in dated:
        options = [when.not_before] if when.not_before else when.in_years(range(other.year - 1, other.year + 2))
        for date in options:
            gap = abs((date - other).days)
            if gap <= window_days and (best is None or gap < best[0]):
                best = (gap, date)
    return best[1].isoformat() if best else None


def order_for_streaming(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[tuple[Article, DocumentAnalysis]]:
    """Publication order (undated last, then by id): how articles would have arrived.

    An article whose text gives its day but not its year is placed at that day of the collection's year
    (:func:`streaming_date`): left last, it would only meet stories that the articles around it had
    already split, since a story's first articles decide what it looks like.
    """
    dated = sorted({day for _, analysis in pairs if (day := When.of(analysis).day) is not None})
    keys = {id(analysis): streaming_date(analysis, dated) for _, analysis in pairs}
    return sorted(pairs, key=lambda p: (keys[id(p[1])] is None, keys[id(p[1])] or "", _comments(p[1]), p[0].id))


def _comments(analysis: DocumentAnalysis) -> bool:
    """Whether the article names no person: an editorial or a column on the day's news, which comes after the
    reports of its day, so that their story is there (and within its window) when it is read."""
    return not any(entity.type == "PER" for entity in analysis.entities)


def assign_stories(pairs: list[tuple[Article, DocumentAnalysis]]) -> tuple[list[Story], dict[str, str]]:
    """Stories of a collection, and each article's story id."""
    index = StoryIndex()
    story_of = {article.id: index.add(article, analysis) for article, analysis in order_for_streaming(pairs)}
    return index.result(), story_of
