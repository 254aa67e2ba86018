"""Corrections: a person's decisions, applied on top of whatever the machine computed.

The machine's answer is never overwritten: the store keeps each article's analysis and the linker's
stories as the machine made them, and the corrections (``model.Correction``) beside them. Every
recomputation — an ``add`` that touches a story, a re-analysis, a new model — starts again from the
machine's answer and applies the corrections that hold, in the order they were made. Undoing one is
recomputing without it, so the machine's answer comes back exactly.

Three layers, each a pure function over the inputs of a story view:

* membership (:func:`apply_to_membership`): which story each article is in (merge, split, move);
* analyses (:func:`apply_to_pairs`): an article's date, a claim's fields, a quote's speaker;
* entities (:func:`apply_to_entities`): the merged entities of a story or of the dossier.

Each kind is a :class:`Kind` in :data:`KINDS` (a registry, not an if-chain): the keys its target and
change take, how a command-line string becomes a value, and the function of its layer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from recoupe.errors import Errors, RecoupeError
from recoupe.model import (
    PEOPLE_CATEGORIES,
    Article,
    Attribution,
    Correction,
    DocumentAnalysis,
    DossierEntity,
)
from recoupe.registry import Registry

Layer = Literal["membership", "analysis", "entities"]
Pair = tuple[Article, DocumentAnalysis]

#: A publication date a person may set: a day or a month.
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")

#: Claim fields ``fix_claim`` may change; ``subject`` is whom the figure counts (the population).
CLAIM_FIELDS: tuple[str, ...] = ("category", "value", "low", "high", "subject", "source")


def story_for_split(correction_id: int) -> str:
    """The id of the story a ``split_story`` correction opens: ``c`` and the correction's number, never
    an id the linker gives (``s`` and a number)."""
    return f"c{correction_id}"


# -- value readers: a command-line string (or a JSON value) into the value a field holds ------------------


def _text(value: Any) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError("a text is expected")
    return str(value).strip()


def _nonempty(value: Any) -> str:
    text = _text(value)
    if not text:
        raise ValueError("an empty value")
    return text


def _offset(value: Any) -> int:
    number = int(value)
    if number < 0:
        raise ValueError("an offset is never negative")
    return number


def _number(value: Any) -> float | int | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "null")):
        return None
    if isinstance(value, bool):
        raise ValueError("a number is expected")
    number = float(value)
    return int(number) if number.is_integer() and abs(number) < 1 << 53 else number


def _names(value: Any) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [_text(item) for item in items]
    if not all(names) or not names:
        raise ValueError("a list of names, comma-separated")
    return names


def _category(value: Any) -> str:
    category = _text(value)
    if category not in (*PEOPLE_CATEGORIES, "other"):
        raise ValueError(f"one of {', '.join((*PEOPLE_CATEGORIES, 'other'))}")
    return category


def _date(value: Any) -> str:
    date = _text(value)
    if not DATE.match(date):
        raise ValueError("YYYY-MM-DD or YYYY-MM")
    return date


def _speaker(value: Any) -> str:
    return _text(value)  # empty: the quote has no speaker the text names


Reader = Callable[[Any], Any]


@dataclass(frozen=True)
class Kind:
    """One kind of correction: what it names, what it changes, and the layer that applies it.

    Attributes:
        target: required target keys and how each value is read.
        change: change keys and how each is read; ``required`` lists those that must be given (all of
            ``change`` when ``None``), the others are optional (``fix_claim`` changes any of its fields).
        summary: one line for ``recoupe correct --help`` and the audit page.
    """

    name: str
    layer: Layer
    target: Mapping[str, Reader]
    change: Mapping[str, Reader]
    summary: str
    required: tuple[str, ...] | None = None
    at_least_one: bool = False
    membership: Callable[[Correction, dict[str, str], dict[str, str]], bool] | None = None
    analysis: Callable[[Correction, dict[str, Pair]], bool] | None = None
    entities: (
        Callable[[Correction, list[DossierEntity], Sequence[DocumentAnalysis]], tuple[list[DossierEntity], bool]] | None
    ) = None

    def read(self, target: Mapping[str, Any], change: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """The target and change with each value read (``"12"`` → 12), or ``E801`` saying what is wrong."""
        read_target = self._read("target", self.target, target, tuple(self.target))
        required = tuple(self.change) if self.required is None else self.required
        read_change = self._read("change", self.change, change, required)
        if self.at_least_one and not read_change:
            raise RecoupeError(Errors.E801, kind=self.name, detail=f"give at least one of {', '.join(self.change)}")
        return read_target, read_change

    def _read(
        self, part: str, readers: Mapping[str, Reader], given: Mapping[str, Any], required: tuple[str, ...]
    ) -> dict[str, Any]:
        if unknown := [key for key in given if key not in readers]:
            known = ", ".join(readers) or "nothing"
            raise RecoupeError(Errors.E801, kind=self.name, detail=f"unknown {part} key {unknown[0]!r} (takes {known})")
        if missing := [key for key in required if key not in given]:
            raise RecoupeError(Errors.E801, kind=self.name, detail=f"missing {part} key {missing[0]!r}")
        values: dict[str, Any] = {}
        for key, value in given.items():
            try:
                values[key] = readers[key](value)
            except (TypeError, ValueError) as error:
                raise RecoupeError(Errors.E801, kind=self.name, detail=f"{key}={value!r}: {error}") from None
        return values


kinds: Registry[Kind] = Registry("correction kind")


def register(kind: Kind) -> Kind:
    """Add a kind to the registry (``KINDS``)."""
    kinds.register(kind.name)(kind)
    return kind


def kind_of(name: str) -> Kind:
    """The kind named ``name``, or ``E801`` listing the known ones."""
    if name not in kinds:
        raise RecoupeError(Errors.E801, kind=name, detail=f"unknown kind (known: {', '.join(kinds.names())})")
    return kinds.get(name)


# -- membership ------------------------------------------------------------------------------------------


def _merge_stories(correction: Correction, story_of: dict[str, str], merged: dict[str, str]) -> bool:
    gone, into = correction.target["story"], _follow(correction.change["into"], merged)
    if gone == into:
        return False
    moved = [doc for doc, story in story_of.items() if story == gone]
    for doc in moved:
        story_of[doc] = into
    merged[gone] = into
    return bool(moved)


def _split_story(correction: Correction, story_of: dict[str, str], merged: dict[str, str]) -> bool:
    story = _follow(correction.target["story"], merged)
    new = story_for_split(correction.id or 0)
    moved = [doc for doc in correction.change["documents"] if story_of.get(doc) == story]
    for doc in moved:
        story_of[doc] = new
    return bool(moved)


def _move_article(correction: Correction, story_of: dict[str, str], merged: dict[str, str]) -> bool:
    doc = correction.target["doc"]
    if doc not in story_of:
        return False
    story_of[doc] = _follow(correction.change["story"], merged)
    return True


def _follow(story: str, merged: Mapping[str, str]) -> str:
    """Where a story merged away by an earlier correction went (a move into it lands in the survivor)."""
    seen = set()
    while story in merged and story not in seen:
        seen.add(story)
        story = merged[story]
    return story


def apply_to_membership(
    corrections: Iterable[Correction], story_of: Mapping[str, str]
) -> tuple[dict[str, str], set[int]]:
    """Each article's story once the membership corrections hold, and the ids of those that changed it.

    Args:
        corrections: the corrections that hold, in the order they were made (others are skipped).
        story_of: the machine's story of every article a correction may move: the articles of every
            story a correction names, and every article it names.
    """
    result = dict(story_of)
    merged: dict[str, str] = {}
    applied: set[int] = set()
    for correction in corrections:
        kind = kinds.get(correction.kind) if correction.kind in kinds else None
        if correction.undone or kind is None or kind.membership is None:
            continue
        if kind.membership(correction, result, merged):
            applied.add(correction.id or 0)
    return result, applied


def membership_scope(corrections: Iterable[Correction]) -> tuple[set[str], set[str]]:
    """The stories and the articles the membership corrections name: whose machine story the
    recomputation must read."""
    stories: set[str] = set()
    docs: set[str] = set()
    for correction in corrections:
        if correction.undone or kinds.get(correction.kind).layer != "membership":
            continue
        for key in ("story", "into"):
            for part in (correction.target, correction.change):
                if key in part:
                    stories.add(part[key])
        docs.update(correction.change.get("documents", []))
        if "doc" in correction.target:
            docs.add(correction.target["doc"])
    return stories, docs


# -- analyses ---------------------------------------------------------------------------------------------


def _span(correction: Correction) -> tuple[str, int, int]:
    return correction.target["doc"], correction.target["start"], correction.target["end"]


def _set_date(correction: Correction, pairs: dict[str, Pair]) -> bool:
    doc = correction.target["doc"]
    if doc not in pairs:
        return False
    article, analysis = pairs[doc]
    published = correction.change["published"]
    if analysis.published != published:  # not already the re-dated analysis the store made
        analysis = replace(analysis, published=published)
    pairs[doc] = (replace(article, published=published), analysis)
    return True


def _fix_claim(correction: Correction, pairs: dict[str, Pair]) -> bool:
    doc, start, end = _span(correction)
    if doc not in pairs:
        return False
    article, analysis = pairs[doc]
    claims = list(analysis.claims)
    for i, claim in enumerate(claims):
        if (claim.start, claim.end) == (start, end):
            fields = {k: v for k, v in correction.change.items() if k != "source"}
            if "source" in correction.change:
                source = correction.change["source"]
                fields["source"] = Attribution(text=source, entity=source) if source else None
            if "value" in fields and "low" not in fields and "high" not in fields:
                fields["low"] = fields["high"] = None  # one figure given: no longer a range
                if claim.qualifier == "range":
                    fields["qualifier"] = "exact"
            claims[i] = replace(claim, **fields)
            pairs[doc] = (article, replace(analysis, claims=claims))
            return True
    return False


def _reject_claim(correction: Correction, pairs: dict[str, Pair]) -> bool:
    doc, start, end = _span(correction)
    if doc not in pairs:
        return False
    article, analysis = pairs[doc]
    kept = [c for c in analysis.claims if (c.start, c.end) != (start, end)]
    if len(kept) == len(analysis.claims):
        return False
    pairs[doc] = (article, replace(analysis, claims=kept))
    return True


def _fix_speaker(correction: Correction, pairs: dict[str, Pair]) -> bool:
    doc, start, end = _span(correction)
    if doc not in pairs:
        return False
    article, analysis = pairs[doc]
    quotes = list(analysis.quotes)
    for i, quote in enumerate(quotes):
        if (quote.start, quote.end) == (start, end):
            speaker = correction.change["speaker"]
            quotes[i] = replace(quote, speaker=Attribution(text=speaker, entity=speaker) if speaker else None)
            pairs[doc] = (article, replace(analysis, quotes=quotes))
            return True
    return False


def apply_to_pairs(
    corrections: Iterable[Correction],
    pairs: Sequence[Pair],
    *,
    redated: Mapping[str, DocumentAnalysis] | None = None,
    applied: set[int] | None = None,
) -> list[Pair]:
    """The articles and analyses of a story view with the analysis corrections applied (copies: the
    inputs are left as they are).

    Args:
        redated: analyses of articles made again with the date a ``set_date`` correction gives (its
            relative time expressions resolved against it); an article without one keeps its machine
            analysis with only its date changed.
        applied: if given, receives the ids of the corrections that found their target.
    """
    by_doc: dict[str, Pair] = {article.id: (article, analysis) for article, analysis in pairs}
    for doc, analysis in (redated or {}).items():
        if doc in by_doc:
            by_doc[doc] = (by_doc[doc][0], analysis)
    held = [c for c in corrections if not c.undone and c.kind in kinds and kinds.get(c.kind).analysis is not None]
    held.sort(key=lambda c: (c.kind != "set_date", c.id or 0))  # a date first: it may bring a new analysis
    for correction in held:
        apply = kinds.get(correction.kind).analysis
        if apply is not None and apply(correction, by_doc) and applied is not None:
            applied.add(correction.id or 0)
    result = [by_doc[article.id] for article, _ in pairs]
    result.sort(key=lambda p: (p[1].published is None, p[1].published or "", p[0].id))
    return result


# -- entities ---------------------------------------------------------------------------------------------


def _merge_entities(
    correction: Correction, entities: list[DossierEntity], _: Sequence[DocumentAnalysis]
) -> tuple[list[DossierEntity], bool]:
    names = {*correction.target["names"]}
    into = correction.change["into"]
    members = [e for e in entities if e.name in names or e.name == into]
    if len(members) < 2:
        return entities, False
    largest = max(members, key=lambda e: e.mentions)
    documents: list[str] = []
    for member in members:
        documents.extend(d for d in member.documents if d not in documents)
    merged = DossierEntity(
        name=into,
        type=largest.type,
        aliases=sorted({alias for m in members for alias in m.aliases} | {m.name for m in members} | {into}),
        documents=documents,
        mentions=sum(m.mentions for m in members),
    )
    kept = [e for e in entities if e not in members]
    return _ordered([*kept, merged]), True


def _split_entity(
    correction: Correction, entities: list[DossierEntity], analyses: Sequence[DocumentAnalysis]
) -> tuple[list[DossierEntity], bool]:
    name = correction.target["name"]
    forms = set(correction.change["forms"])
    found = next((e for e in entities if e.name == name), None)
    if found is None or not forms & set(found.aliases) or not set(found.aliases) - forms:
        return entities, False

    def count(aliases: set[str]) -> tuple[list[str], int]:
        documents: list[str] = []
        mentions = 0
        for analysis in analyses:
            for entity in analysis.entities:
                if entity.name in aliases or " ".join(entity.text.replace("’", "'").split()) in aliases:
                    mentions += 1
                    if analysis.doc not in documents:
                        documents.append(analysis.doc)
        return documents, mentions

    left = set(found.aliases) - forms
    gone = forms & set(found.aliases)
    left_docs, left_mentions = count(left)
    gone_docs, gone_mentions = count(gone)
    kept_name = found.name if found.name in left else max(left, key=lambda n: (len(n.split()), n))
    split_off = [
        DossierEntity(kept_name, found.type, sorted(left), left_docs or found.documents, left_mentions),
        DossierEntity(max(gone, key=lambda n: (len(n.split()), n)), found.type, sorted(gone), gone_docs, gone_mentions),
    ]
    return _ordered([*(e for e in entities if e is not found), *split_off]), True


def _ordered(entities: list[DossierEntity]) -> list[DossierEntity]:
    """The order :func:`~recoupe.link.entities.merge_entities` gives: most mentioned first."""
    return sorted(entities, key=lambda e: (-e.mentions, e.name))


def apply_to_entities(
    corrections: Iterable[Correction],
    entities: Sequence[DossierEntity],
    analyses: Sequence[DocumentAnalysis],
    *,
    applied: set[int] | None = None,
) -> list[DossierEntity]:
    """Merged entities (of a story or of the dossier) with the entity corrections applied.

    Args:
        analyses: the analyses the entities were merged from (a split counts each part's mentions).
        applied: if given, receives the ids of the corrections that found their target.
    """
    result = list(entities)
    for correction in corrections:
        kind = kinds.get(correction.kind) if correction.kind in kinds else None
        if correction.undone or kind is None or kind.entities is None:
            continue
        result, done = kind.entities(correction, result, analyses)
        if done and applied is not None:
            applied.add(correction.id or 0)
    return result


# -- marks: how the report, the web app and the exports find what a person changed ---------------------------


@dataclass
class Marks:
    """The corrections that hold in a story view, found by what they name.

    ``spans``: (doc, start, end) of a claim or a quote → the corrections of it; ``docs``: an article
    id → the corrections of its date or its story; ``entities``: an entity name → the corrections that
    made it; ``story``: the corrections of the story's membership.
    """

    spans: dict[tuple[str, int, int], list[dict[str, Any]]] = field(default_factory=dict)
    docs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    story: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, corrections: Iterable[Mapping[str, Any]]) -> Marks:
        """From a view's ``corrections`` list (each a ``Correction.to_json()``)."""
        marks = cls()
        for item in corrections:
            target, change = item["target"], item["change"]
            if "start" in target:
                marks.spans.setdefault((target["doc"], target["start"], target["end"]), []).append(dict(item))
            elif "doc" in target:
                marks.docs.setdefault(target["doc"], []).append(dict(item))
            if kinds.get(item["kind"]).layer == "membership":
                marks.story.append(dict(item))
                for doc in change.get("documents", []):
                    marks.docs.setdefault(doc, []).append(dict(item))
            for name in (change.get("into"), *change.get("forms", [])) if "names" in target or "name" in target else ():
                if name:
                    marks.entities.setdefault(name, []).append(dict(item))
            if "name" in target:
                marks.entities.setdefault(target["name"], []).append(dict(item))
        return marks


def note(items: Sequence[Mapping[str, Any]]) -> str:
    """One line saying who changed something and why: ``corrected by Ana (#3: the ministry's figure)``."""
    parts = []
    for item in items:
        why = f": {item['reason']}" if item.get("reason") else ""
        parts.append(f"corrected by {item['editor']} (#{item['id']} {item['kind']}{why})")
    return "; ".join(parts)


register(
    Kind(
        "merge_stories",
        "membership",
        {"story": _nonempty},
        {"into": _nonempty},
        "the articles of story STORY join story INTO",
        membership=_merge_stories,
    )
)
register(
    Kind(
        "split_story",
        "membership",
        {"story": _nonempty},
        {"documents": _names},
        "the listed articles of STORY leave it for a new story",
        membership=_split_story,
    )
)
register(
    Kind(
        "move_article",
        "membership",
        {"doc": _nonempty},
        {"story": _nonempty},
        "article DOC moves to story STORY",
        membership=_move_article,
    )
)
register(
    Kind(
        "set_date",
        "analysis",
        {"doc": _nonempty},
        {"published": _date},
        "article DOC was published on PUBLISHED (its relative dates are read again from it)",
        analysis=_set_date,
    )
)
register(
    Kind(
        "fix_claim",
        "analysis",
        {"doc": _nonempty, "start": _offset, "end": _offset},
        {
            "category": _category,
            "value": _number,
            "low": _number,
            "high": _number,
            "subject": _text,
            "source": _text,
        },
        "the figure at DOC START-END counts another category, value, population (subject) or source",
        required=(),
        at_least_one=True,
        analysis=_fix_claim,
    )
)
register(
    Kind(
        "reject_claim",
        "analysis",
        {"doc": _nonempty, "start": _offset, "end": _offset},
        {},
        "the figure at DOC START-END is no claim: it leaves groups, verdicts and exports",
        analysis=_reject_claim,
    )
)
register(
    Kind(
        "fix_speaker",
        "analysis",
        {"doc": _nonempty, "start": _offset, "end": _offset},
        {"speaker": _speaker},
        "the quote at DOC START-END is SPEAKER's (empty: nobody the text names)",
        analysis=_fix_speaker,
    )
)
register(
    Kind(
        "merge_entities",
        "entities",
        {"names": _names},
        {"into": _nonempty},
        "the entities NAMES are one, named INTO",
        entities=_merge_entities,
    )
)
register(
    Kind(
        "split_entity",
        "entities",
        {"name": _nonempty},
        {"forms": _names},
        "the listed FORMS of entity NAME are another entity",
        entities=_split_entity,
    )
)

#: Every kind, by name.
KINDS: dict[str, Kind] = {name: kinds.get(name) for name in kinds.names()}
