"""The records that flow between recoupe's stages.

Data flows one way: ``ingest`` makes :class:`Article` records, ``analyze`` turns each into a
:class:`DocumentAnalysis` (entities, time expressions, claims, quotes, all anchored by character
offsets into the article's original text), ``link`` combines analyses into a :class:`Dossier`.

Every offset is a Unicode code-point offset into ``Article.text`` with ``end`` exclusive, so that
``article.text[span.start:span.end] == span.text`` always holds. That invariant is what lets every
figure in a report be traced back to its sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
ClaimCategory = Literal[
    "killed", "injured", "hospitalized", "arrested", "participants", "troops", "displaced", "missing", "other"
]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
QuoteKind = Literal["direct", "partial"]
Verdict = Literal["agree", "update", "conflict"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
DatingHow = Literal["dateline", "publication-line", "today-phrase", "latest-date"]
YearSource = Literal["text", "metadata", "weekday"]

#: Categories that count people affected; every other number is ``other`` and not scored.
PEOPLE_CATEGORIES: tuple[str, ...] = (
    "killed",
    "injured",
    "hospitalized",
    "arrested",
    "participants",
    "troops",
    "displaced",
    "missing",
)


@dataclass(frozen=True, slots=True)
class LayoutSpan:
    """A line of an article that is layout, not news: ``caption``, ``credit``, ``byline``,
    ``subheading``, ``rubric`` or ``link`` (``Lire aussi : …``). Kept in the text so offsets hold
    (``text == original[start:end]``); never read as a sentence, a figure or an entity."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(slots=True, weakref_slot=True)  # weakly keyed memories: link/memo.py
class Article:
    """One input article, as read, before any analysis.

    ``text`` is the article's original text: the ``.txt`` file as read (after decoding), the ``text``
    field of a JSONL line, or the main text trafilatura extracted from a page. Offsets everywhere
    refer to it. ``body_start`` marks where the article proper begins when the file opens with a
    marker (`` date 2022-01 ``) that is not part of the article.
    """

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str = "fr"
    path: str | None = None
    body_start: int = 0


@dataclass(slots=True)
class Entity:
    """A named-entity mention; ``name`` is its canonical name within the article.

    ``relative`` says the article introduced the person named as a relative of someone it names (``son fils,
    le député X``): the link gives a family's bare surname to the one member never so introduced, which it
    cannot tell from the names alone."""

    start: int
    end: int
    text: str
    type: EntityType
    name: str
    relative: bool = False


@dataclass(slots=True)
class Timex:
    """A time expression with its TIMEX3 value (``None`` when it cannot be resolved).

    ``type`` says whether ``value`` is a calendar date or time (``DATE``/``TIME``) or something that
    must never be placed on a timeline (``DURATION`` such as ``P5D``, ``SET`` such as ``XXXX-WXX-1``).
    """

    start: int
    end: int
    text: str
    value: str | None
    type: TimexType = "DATE"


@dataclass(slots=True)
class Attribution:
    """Who asserts a figure or speaks a quote: the words of the text, and the entity they name."""

    text: str
    entity: str | None = None


@dataclass(slots=True)
class Claim:
    """A number in the article, what it counts, how sure it is, and who says so."""

    start: int
    end: int
    text: str
    category: ClaimCategory
    value: float | int | None
    low: float | int | None = None
    high: float | int | None = None
    qualifier: Qualifier = "exact"
    subject: str = ""
    source: Attribution | None = None
    date: str | None = None
    place: str | None = None
    reported: bool = False


@dataclass(slots=True)
class Quote:
    """A quoted span (without its quotation marks) and its speaker, if the text says who."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Attribution | None = None


@dataclass(slots=True)
class InferredDate:
    """The publication date an article's own text gives, and the words that give it.

    Read when the metadata gives no day (nothing, or only a month from a `` date 2022-01 `` marker):
    a dateline (``PARIS, 7 janvier (Reuters) -``), a publication line (``publié le 7/01/2022``), a phrase
    that names today (``aujourd'hui, vendredi 7 janvier``, ``ce lundi 10 janvier``), or else the latest
    date the narrative reports in the past (a lower bound of the moment of writing, hence weaker).

    Attributes:
        value: ``YYYY-MM-DD``, or ``XXXX-MM-DD`` when nothing tells the year. It becomes ``published``
            when its year is known, except a ``latest-date``: that is only a lower bound (linking reads
            it as "not before", see ``recoupe.link.stories.When``).
        how: which kind of evidence: ``dateline``, ``publication-line``, ``today-phrase``, ``latest-date``.
        start, end, text: the evidence, ``text == original[start:end]``.
        year: where the year comes from: written with the date or with a nearby date (``text``), the
            metadata's month or year (``metadata``), the most recent year in which the day falls on the
            written weekday (``weekday``: a guess), or ``None`` (unknown).
        confidence: ``high`` for a dateline, publication line or today phrase whose year is written or
            given; ``low`` for the latest date or a year guessed from the weekday.
        metadata: the metadata date this one refines (``2022-01``), or ``None`` when there was none.
    """

    value: str
    how: DatingHow
    start: int
    end: int
    text: str
    year: YearSource | None = None
    confidence: Literal["high", "low"] = "low"
    metadata: str | None = None


@dataclass(slots=True, weakref_slot=True)  # weakly keyed memories: link/memo.py
class DocumentAnalysis:
    """Everything recoupe finds in one article: one line of ``documents.jsonl``.

    ``published`` is the date everything downstream uses (story windows, publication order of claim
    groups, claim reports, timeline, store, report): the metadata's day when it gives one (never
    overwritten), else the day the text gives (``published_inferred``) when its year is known and it is
    more than a lower bound, else the metadata's month or ``None``. The inferred day is written into
    ``published`` rather than kept apart behind an "effective date" so that every consumer gets the
    best date without learning a second field; ``published_inferred`` says that it was inferred, from
    which words, and what the metadata said before (``metadata``), so nothing is lost.
    """

    doc: str
    published: str | None
    lang: str
    title: str | None
    outlet: str | None
    url: str | None = None
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    published_inferred: InferredDate | None = None
    layout: list[LayoutSpan] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The per-article contract (``docs/schema/document.schema.json``)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DocumentAnalysis:
        """Rebuild an analysis from its contract form (the inverse of :meth:`to_json`)."""

        def attribution(value: dict[str, Any] | None) -> Attribution | None:
            return Attribution(**value) if value else None

        return cls(
            doc=data["doc"],
            published=data.get("published"),
            lang=data.get("lang", "fr"),
            title=data.get("title"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            entities=[Entity(**e) for e in data.get("entities", [])],
            timexes=[Timex(**t) for t in data.get("timexes", [])],
            claims=[Claim(**{**c, "source": attribution(c.get("source"))}) for c in data.get("claims", [])],
            quotes=[Quote(**{**q, "speaker": attribution(q.get("speaker"))}) for q in data.get("quotes", [])],
            published_inferred=InferredDate(**inferred) if (inferred := data.get("published_inferred")) else None,
            layout=[LayoutSpan(**span) for span in data.get("layout", [])],
        )


@dataclass(slots=True)
class Skip:
    """An input that could not be used: where it is and why, for one clear line on stderr."""

    where: str
    reason: str
    code: str = "E000"

    def __str__(self) -> str:
        """One line, whatever the file was called: a name holding a newline cannot forge a second skip
        line, nor an ANSI escape recolour the terminal (see :func:`printable`)."""
        return f"{printable(self.where)}: {printable(self.reason)} [{self.code}]"


def printable(text: str) -> str:
    """``text`` with control, format and separator characters written as escapes (``\\n``, ``\\x1b``).

    File names come from whoever filled the folder; printed raw, ``a\\nskipped b: … [E102]`` is two
    lines and ``\\x1b[2J`` clears the screen. Escaped, each stays visibly what it is.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text)


@dataclass(slots=True)
class DossierEntity:
    """One real-world entity across articles, with every name the articles give it."""

    name: str
    type: EntityType
    aliases: list[str]
    documents: list[str]
    mentions: int = 0

    def to_json(self) -> dict[str, Any]:
        """Its fields, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DossierEntity:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)


@dataclass(slots=True)
class Citation:
    """Where a statement is in an article: ``doc`` and code-point offsets into its original text."""

    doc: str
    start: int
    end: int
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        """Its fields, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Citation:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)


@dataclass(slots=True)
class Story:
    """Articles that report the same story, with the dates of the first and last one."""

    id: str
    title: str
    documents: list[str]
    first: str | None = None
    last: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Its fields, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Story:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)


@dataclass(slots=True)
class SharedPassage:
    """A passage that ``doc`` shares nearly word for word with ``source`` (an earlier article).

    Claims inside it are copies, not independent confirmations.
    """

    doc: str
    start: int
    end: int
    source: str
    source_start: int
    source_end: int
    words: int

    def to_json(self) -> dict[str, Any]:
        """Its fields, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SharedPassage:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)


@dataclass(slots=True)
class ClaimReport:
    """One figure of a claim group, with who gave it, where and when."""

    doc: str
    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    source: str | None
    outlet: str | None
    published: str | None
    date: str | None = None
    copy_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Its fields, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimReport:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)


@dataclass(slots=True)
class ClaimGroup:
    """The reports of one figure — same category, population, place scope and period — and what they
    amount to (see :mod:`recoupe.link.claims`).

    Attributes:
        population: whom the figure counts (``people`` = everyone, ``security_forces``, ``attackers``,
            ``protesters``, ``children``…; `` (subset)`` appended for part of another figure).
        place: the place the figure is for, as written (``None``: the story's own scope).
        period: the day a count is for (a crowd's day, one night's arrests); ``None`` for a running count.
        verdict: ``agree`` (compatible figures), ``update`` (later reports revise the figure), ``conflict``
            (figures that cannot all be true), ``None`` with fewer than two independent reports.
        figure: the number to quote now (the most precise agreed one, the latest revised one); ``None`` when
            sources conflict or no report gives a single number.
        conservative: the figure ACLED's rule keeps (latest when revised, lowest when conflicting).
        low, high: the range the independent reports span.
        why: the reports that decided the verdict, in words.
    """

    id: str
    story: str | None
    category: str
    population: str
    place: str | None
    reports: list[ClaimReport]
    verdict: Verdict | None
    figure: float | int | None
    conservative: float | int | None
    why: str
    period: str | None = None
    low: float | int | None = None
    high: float | int | None = None

    def to_json(self) -> dict[str, Any]:
        """Its fields and its reports, as written in ``dossier.json`` and in a story's stored view."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimGroup:
        """Rebuild a group from its JSON form; views stored before groups had a population and a figure
        (``subject``, no ``figure``) still load."""
        data = dict(data)
        if "subject" in data:
            data.setdefault("population", data.pop("subject"))
        data.setdefault("figure", None)
        data["reports"] = [ClaimReport.from_json(r) for r in data["reports"]]
        return cls(**data)


@dataclass(slots=True)
class TimelineEvent:
    """A dated event of a story, merged across the articles that report it."""

    date: str
    text: str
    place: str | None
    story: str | None
    documents: list[str]
    citations: list[Citation]

    def to_json(self) -> dict[str, Any]:
        """Its fields and citations, as written in ``dossier.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TimelineEvent:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**{**data, "citations": [Citation.from_json(c) for c in data["citations"]]})


@dataclass(slots=True)
class Dossier:
    """The cross-article result written to ``dossier.json``."""

    documents: list[str]
    entities: list[DossierEntity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    shared: list[SharedPassage] = field(default_factory=list)
    claim_groups: list[ClaimGroup] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    summaries: dict[str, list[Citation]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The cross-article contract (``docs/schema/dossier.schema.json``)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Dossier:
        """Rebuild a dossier from its contract form (the inverse of :meth:`to_json`): a ``dossier.json``
        read back, for exporters and tools that start from a finished run."""
        return cls(
            documents=list(data["documents"]),
            entities=[DossierEntity.from_json(e) for e in data.get("entities", [])],
            stories=[Story.from_json(story) for story in data.get("stories", [])],
            shared=[SharedPassage.from_json(p) for p in data.get("shared", [])],
            claim_groups=[ClaimGroup.from_json(g) for g in data.get("claim_groups", [])],
            timeline=[TimelineEvent.from_json(e) for e in data.get("timeline", [])],
            summaries={
                story: [Citation.from_json(c) for c in citations]
                for story, citations in data.get("summaries", {}).items()
            },
        )


@dataclass(slots=True)
class Correction:
    """A person's decision that overrides the machine's, kept in the store and applied on top of every
    recomputation (``link/corrections.py``): the machine proposes, the analyst decides.

    Targets name what the machine produced by keys that survive a re-analysis while the text is
    unchanged: an article's id and a character span of its text (a claim, a quote), a story id, entity
    names. A correction whose target is gone (the text changed) stays listed, as not applied.

    Attributes:
        id: the store's number for it (``None`` before it is stored).
        kind: one of ``recoupe.link.corrections.KINDS`` (``merge_stories``, ``fix_claim``…).
        target: what it corrects (``{"doc": "a1", "start": 10, "end": 14}``, ``{"story": "s2"}``…).
        change: what the person says instead (``{"category": "injured"}``, ``{"into": "s1"}``…).
        editor: who decided (``serve --editor NAME``, ``recoupe correct --editor NAME``).
        reason: why, in the editor's words (shown on the audit page, the report and the exports).
        created: when, ISO 8601 UTC.
        undone: when it was undone (ISO 8601 UTC), ``None`` while it holds.
        undone_by: who undid it.
    """

    id: int | None
    kind: str
    target: dict[str, Any]
    change: dict[str, Any]
    editor: str
    reason: str = ""
    created: str = ""
    undone: str | None = None
    undone_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Its fields, as the audit list and the exports write them."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Correction:
        """Rebuild it from :meth:`to_json`'s form."""
        return cls(**data)
