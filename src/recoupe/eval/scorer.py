"""Score recoupe's output against hand annotations in the gold format of ``shared/gold/FORMAT.md``.

Gold items are anchored by their words (``text``/``evidence`` plus ``occurrence``), predictions by
character offsets; :func:`locate` turns the first into the second so that both can be compared by span
overlap, the one matching rule every metric uses. :func:`score` computes every metric FORMAT.md
defines but the events ones (``recoupe.eval.events`` scores the ACLED table), with its counts, and lists
what it could not score (gold text missing from the file, documents without a prediction) instead of
failing, so a broken annotation is visible but does not hide the rest.

The metric definitions follow FORMAT.md; where it leaves a choice open, the choice is written next to the
code that makes it (search for "Choice:").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Literal, NoReturn, TypeVar

from rich.table import Table

from recoupe.errors import Errors
from recoupe.model import PEOPLE_CATEGORIES
from recoupe.text import fold_typography, normalize_apostrophes

#: Claim categories that are scored; ``other`` (money, ages, percentages...) is not.
SCORED_CATEGORIES: frozenset[str] = frozenset(PEOPLE_CATEGORIES)
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial")

#: A calendar value: ``YYYY``, ``YYYY-MM(-DD)``, ``YYYY-Www``, season ``YYYY-WI``, decade ``199``,
#: century ``19``, each optionally followed by ``T`` and a time. Durations (``P…``), sets (``XXXX-…``)
#: and ``PRESENT_REF``-style values do not start with digits, so they never match.
_DATE_VALUE = re.compile(r"\d{2,4}(?:$|[-T])")

MetricKind = Literal["ratio", "mean", "hmean"]

#: Every metric :func:`score` can report, in report order.
METRIC_NAMES: tuple[str, ...] = (
    "timex.value",
    "timex.precision",
    "timex.f1",
    "claims.recall",
    "claims.precision",
    "claims.f1",
    "claims.qualifier",
    "claims.source",
    "quotes.direct.found",
    "quotes.direct.speaker",
    "quotes.partial.found",
    "quotes.partial.speaker",
    "stories.bcubed_precision",
    "stories.bcubed_recall",
    "stories.bcubed_f1",
    "entities.merge_recall",
    "entities.merge_precision",
    "entities.merged",
    "groups.bcubed_precision",
    "groups.bcubed_recall",
    "groups.bcubed_f1",
    "groups.verdict",
    "groups.figure",
    "events.recall",
    "events.precision",
    "events.sub_event_type",
    "events.fatalities",
    "events.geo",
    "events.actor1",
)

#: Verdicts a gold claim group may carry (``null`` = not scored).
VERDICTS: tuple[str, ...] = ("agree", "update", "conflict")

#: What a ``mean`` metric averages over, by metric family, for the table's ``n`` column.
_MEAN_UNITS: dict[str, str] = {"stories": "docs", "groups": "claims"}

Span = tuple[int, int]
#: A gold claim: its document and its index in that document's ``claims``.
ClaimKey = tuple[str, int]


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class Metric:
    """One number of the report with what it was computed from.

    Attributes:
        value: the score in [0, 1]; ``None`` when there was nothing to score (denominator 0; for an
            F1, see :func:`_hmean`), so "not measured" never reads as a perfect or a null score.
        numerator: items counted as right (``ratio`` metrics only; 0 otherwise).
        denominator: items scored (``ratio``), documents averaged over (``mean``, B-cubed), 0 (``hmean``).
        kind: ``ratio`` (value = numerator / denominator), ``mean`` (average of per-document scores)
            or ``hmean`` (harmonic mean of two other metrics, the F1s), because only a ratio can be
            summarised by two integers.
    """

    value: float | None
    numerator: int
    denominator: int
    kind: MetricKind = "ratio"

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator, "kind": self.kind}


@dataclass(slots=True)
class Report:
    """Every metric by name, in :data:`METRIC_NAMES` order, and what could not be scored.

    Attributes:
        metrics: metric name → :class:`Metric`. Story, entity and group metrics appear only when they
            can be computed (gold labels and a dossier), events metrics only when events were scored,
            so their absence says "not measured".
        problems: one readable line per gold item or document that was left out or scored as empty,
            so annotation errors and missing predictions are never silent.
    """

    metrics: dict[str, Metric] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> Metric:
        return self.metrics[name]

    def __contains__(self, name: object) -> bool:
        return name in self.metrics

    def sort(self) -> None:
        """Put the metrics in :data:`METRIC_NAMES` order (metrics added later, e.g. events, included)."""
        self.metrics = {name: self.metrics[name] for name in METRIC_NAMES if name in self.metrics}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (``recoupe eval --json``), metrics in report order."""
        return {"metrics": {name: m.to_json() for name, m in self.metrics.items()}, "problems": list(self.problems)}


class _Count:
    """A running ratio: how many scored items were right."""

    __slots__ = ("den", "num")

    def __init__(self) -> None:
        self.num = 0
        self.den = 0

    def add(self, right: bool) -> None:
        self.den += 1
        self.num += int(right)

    def metric(self) -> Metric:
        return Metric(self.num / self.den if self.den else None, self.num, self.den)


def _hmean(a: Metric, b: Metric) -> Metric:
    """Harmonic mean of two scores (F1).

    It is 0 as soon as one score is 0, even when the other is unmeasured (a system that finds nothing
    has no precision, but its F1 is 0, not "not measured"); otherwise ``None`` if either is unmeasured.
    """
    if a.value == 0 or b.value == 0:
        return Metric(0.0, 0, 0, "hmean")
    if a.value is None or b.value is None:
        return Metric(None, 0, 0, "hmean")
    return Metric(2 * a.value * b.value / (a.value + b.value), 0, 0, "hmean")


# --------------------------------------------------------------------------------------------------
# Text helpers


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Find the ``occurrence``-th match of a gold ``text``/``evidence`` in the article's text.

    Args:
        text: the document as read (the text that prediction offsets refer to).
        needle: the gold words, an exact substring of ``text`` up to apostrophe variants.
        occurrence: which match to take, counting from 1, as the gold ``occurrence`` field says.

    Returns:
        ``(start, end)`` code-point offsets into the original ``text`` (``end`` exclusive), or
        ``None`` when there are fewer matches (or the needle is empty), so the caller can report the
        gold item instead of scoring against a wrong place.

    Matches are counted without overlap, as a text editor's "find next" counts them.
    """
    if not needle or occurrence < 1:
        return None
    haystack = normalize_apostrophes(text)
    wanted = normalize_apostrophes(needle)
    start = -1
    position = 0
    for _ in range(occurrence):
        start = haystack.find(wanted, position)
        if start < 0:
            return None
        position = start + len(wanted)
    return start, start + len(wanted)


def _contains_name(haystack: str, name: str) -> bool:
    """Whether ``name`` occurs in ``haystack`` as whole words (case- and apostrophe-insensitive).

    Choice: FORMAT.md says the prediction must "contain" a gold name; containment is checked on word
    boundaries so that a short alias such as ``UE`` is not found inside ``République``.
    """
    folded = fold_typography(name)
    if not folded:
        return False
    return re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", fold_typography(haystack)) is not None


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _number(value: Any) -> float | None:
    """A claim figure as a float (``3000``, ``3000.0`` and ``"3000"`` are equal), else ``None``."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


_ISO_WEEK = re.compile(r"^\d{4}-W\d\d$")


def is_date_value(value: Any) -> bool:
    """Whether a TIMEX3 value places the expression on the calendar (and so counts for precision)."""
    return isinstance(value, str) and _DATE_VALUE.match(value) is not None


def _same_time(predicted: Any, gold: str) -> bool:
    """Predicted value equals gold's, or is gold's date with a time of day added (``…T10:00``), or gold's ISO
    week with its weekend picked out (TimeML's ``2026-W20-WE`` for a gold ``2026-W20``): the right day or week
    made more precise, as FORMAT.md counts a time of day added to the right date."""
    if not isinstance(predicted, str):
        return False
    weekend = _ISO_WEEK.match(gold) is not None and predicted == gold + "-WE"
    return predicted == gold or predicted.startswith(gold + "T") or weekend


# --------------------------------------------------------------------------------------------------
# Gold loading and validation


def _as_names(value: Any) -> list[str]:
    """A gold ``source``/``speaker`` as a list of names (a single string is one name; null is none)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [name for name in value if isinstance(name, str) and name.strip()]


class _Lenience:
    """How a validator treats a malformed item: fail at once (strict), or leave it out and say so.

    Strict is for code that builds gold in memory; ``recoupe eval`` reads annotators' files, where one
    slip (a quote kind misspelled, a claim listed in two groups) must cost that item, not the whole run.
    """

    def __init__(self, where: str, problems: list[str] | None) -> None:
        self.where = where
        self.problems = problems

    def fail(self, error: str) -> NoReturn:
        raise ValueError(f"{Errors.E401.format(path=self.where, error=error)} [E401]")

    def drop(self, error: str) -> bool:
        """Fail when strict; otherwise record ``error`` and return True (the caller leaves the item out)."""
        if self.problems is None:
            self.fail(error)
        self.problems.append(f"{self.where}: {error}; left out")
        return True


def _names_ok(value: Any) -> bool:
    return (
        value is None or isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    )


def _item_error(section: str, key: str, item: Any) -> str | None:
    """What is wrong with one timex, claim or quote of a gold document, or None."""
    if not isinstance(item, dict):
        return "must be an object"
    if not isinstance(item.get(key), str) or not item[key]:
        return f"{key} must be a non-empty string"
    occurrence = item.get("occurrence", 1)
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        return "occurrence must be a positive integer"
    if section == "timexes" and not (item.get("value") is None or isinstance(item["value"], str)):
        return "value must be a string or null"
    if section == "claims":
        if not isinstance(item.get("category"), str):
            return "category must be a string"
        if not _names_ok(item.get("source")):
            return "source must be a list of names"
    if section == "quotes":
        if item.get("kind") not in QUOTE_KINDS:
            return f"kind must be one of {', '.join(QUOTE_KINDS)}"
        if not _names_ok(item.get("speaker")):
            return "speaker must be a name or null"
    return None


def validate_gold(gold: Any, where: str = "<gold>", problems: list[str] | None = None) -> None:
    """Check the structure :func:`score` relies on, so a bad file fails with one clear message.

    Args:
        gold: the parsed gold file.
        where: how to name the file in the message.
        problems: when given, a malformed item (a timex, claim, quote, entity, group or group member) is
            removed from ``gold`` in place and one line saying why is appended here, instead of failing;
            only a file whose overall structure is wrong still fails. A malformed claim is kept in place
            (groups point at claims by index) and scored as a claim of no category.

    Raises:
        ValueError: naming the first field that is missing or of the wrong type.
    """
    check = _Lenience(where, problems)
    if not isinstance(gold, dict):
        check.fail("the top level must be a JSON object")
    documents = gold.get("documents")
    if not isinstance(documents, list):
        check.fail("'documents' must be a list")
    seen: set[str] = set()
    kept_documents: list[dict[str, Any]] = []
    for d, doc in enumerate(documents):
        here = f"documents[{d}]"
        if not isinstance(doc, dict):
            check.fail(f"{here} must be an object")
        name = doc.get("doc")
        if not isinstance(name, str) or not name:
            check.fail(f"{here}.doc must be a non-empty string")
        if name in seen and check.drop(f"{here}.doc {name!r} appears twice"):
            continue
        seen.add(name)
        if doc.get("story") is not None and not isinstance(doc["story"], str):
            check.drop(f"{here}.story must be a string")
            doc["story"] = None
        for section, key in (("timexes", "text"), ("claims", "evidence"), ("quotes", "text")):
            if section not in doc:
                continue  # a layer the gold does not annotate stays absent: it is not scored
            items = doc[section]
            if not isinstance(items, list):
                check.drop(f"{here}.{section} must be a list")
                doc[section] = []
                continue
            kept: list[Any] = []
            for i, item in enumerate(items):
                error = _item_error(section, key, item)
                if error is None:
                    kept.append(item)
                elif check.drop(f"{here}.{section}[{i}] {error}") and section == "claims":
                    kept.append(_placeholder_claim(item, key))
            doc[section] = kept
        kept_documents.append(doc)
    gold["documents"] = kept_documents
    _validate_entities(gold, check)
    _validate_groups(gold, check)


def _placeholder_claim(item: Any, key: str) -> dict[str, Any]:
    """A malformed claim, repaired so that it keeps its index (groups point at claims by index).

    A bad ``source`` is read as "not stated", a missing category as ``other`` (not scored), a missing
    evidence as one no text contains (reported as not found).
    """
    claim = dict(item) if isinstance(item, dict) else {}
    if not isinstance(claim.get(key), str) or not claim[key]:
        claim[key] = "\x00"
    if not isinstance(claim.get("category"), str):
        claim["category"] = "other"
    if not _names_ok(claim.get("source")):
        claim["source"] = []
    occurrence = claim.get("occurrence", 1)
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        claim["occurrence"] = 1
    return claim


def _validate_entities(gold: dict[str, Any], check: _Lenience) -> None:
    """Check ``entities``: each an object with a string ``name`` and a list of string ``aliases``."""
    entities = gold.get("entities", [])
    if not isinstance(entities, list):
        check.drop("'entities' must be a list")
        gold["entities"] = []
        return
    kept: list[dict[str, Any]] = []
    for e, entity in enumerate(entities):
        if not isinstance(entity, dict) or not isinstance(entity.get("name"), str):
            check.drop(f"entities[{e}] must be an object with a string 'name'")
            continue
        aliases = entity.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            check.drop(f"entities[{e}].aliases must be a list of strings")
            entity["aliases"] = [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []
        kept.append(entity)
    if "entities" in gold:
        gold["entities"] = kept


def _validate_groups(gold: dict[str, Any], check: _Lenience) -> None:
    """Check ``groups``: members that point at existing claims, each claim in one group only.

    A member that names a missing claim, or a claim listed in two groups, would silently distort
    B-cubed (FORMAT.md: "every gold claim belongs to exactly one group"), so both fail loudly, or, when
    lenient, the member is left out (a claim stays in the first group listing it) and said so.
    """
    groups = gold.get("groups", [])
    if not isinstance(groups, list):
        check.drop("'groups' must be a list")
        gold["groups"] = []
        return
    claim_counts = {d["doc"]: len(d.get("claims", [])) for d in gold["documents"]}
    owner: dict[ClaimKey, int] = {}
    kept_groups: list[dict[str, Any]] = []
    for g, group in enumerate(groups):
        here = f"groups[{g}]"
        if not isinstance(group, dict):
            check.drop(f"{here} must be an object")
            continue
        if group.get("category") is not None and not isinstance(group["category"], str):
            check.drop(f"{here}.category must be a string")
            group["category"] = None
        members = group.get("members")
        if not isinstance(members, list) or not members:
            check.drop(f"{here}.members must be a non-empty list")
            continue
        kept_members: list[dict[str, Any]] = []
        for m, member in enumerate(members):
            at = f"{here}.members[{m}]"
            if not isinstance(member, dict):
                check.drop(f"{at} must be an object")
                continue
            doc, claim = member.get("doc"), member.get("claim")
            if not isinstance(doc, str) or doc not in claim_counts:
                check.drop(f"{at}.doc {doc!r} is not a gold document")
            elif isinstance(claim, bool) or not isinstance(claim, int) or not 0 <= claim < claim_counts[doc]:
                check.drop(f"{at}.claim must index {doc}'s claims (0 to {claim_counts[doc] - 1})")
            elif (doc, claim) in owner:
                check.drop(f"{at}: claim {claim} of {doc} is already in groups[{owner[doc, claim]}]")
            else:
                owner[doc, claim] = g
                kept_members.append(member)
        if not kept_members:
            continue
        group["members"] = kept_members
        if group.get("verdict") is not None and group["verdict"] not in VERDICTS:
            check.drop(f"{here}.verdict must be one of {', '.join(VERDICTS)} or null")
            group["verdict"] = None
        figure = group.get("figure", [])
        if not isinstance(figure, list) or any(_number(v) is None for v in figure):
            check.drop(f"{here}.figure must be a list of numbers")
            values = figure if isinstance(figure, list) else [figure]
            group["figure"] = [v for v in values if _number(v) is not None]
        kept_groups.append(group)
    if "groups" in gold:
        gold["groups"] = kept_groups


def load_gold(path: str | Path, problems: list[str] | None = None) -> dict[str, Any]:
    """Read and validate a gold file (``shared/gold/*.json``).

    With ``problems``, malformed items are left out and listed there (see :func:`validate_gold`).

    Raises:
        ValueError: the file is not JSON or not in the FORMAT.md structure (message coded E401).
        OSError: the file cannot be read.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        message = Errors.E401.format(path=path, error=f"not valid JSON ({error})")
        raise ValueError(f"{message} [E401]") from error
    validate_gold(data, str(path), problems)
    return data


# --------------------------------------------------------------------------------------------------
# Scoring


class _Aliases:
    """Gold entity names, to credit any alias of a gold source or speaker.

    A gold name that equals (case- and apostrophe-insensitively) an entity's ``name`` or one of its
    ``aliases`` stands for all of that entity's names.
    """

    def __init__(self, entities: Iterable[Mapping[str, Any]]) -> None:
        self._groups: list[tuple[set[str], list[str]]] = []
        for entity in entities:
            names = [entity["name"], *entity.get("aliases", [])]
            self._groups.append(({fold_typography(n) for n in names}, names))

    def expand(self, names: Iterable[str]) -> list[str]:
        found = dict.fromkeys(names)
        for name in list(found):
            key = fold_typography(name)
            for folded, group in self._groups:
                if key in folded:
                    found.update(dict.fromkeys(group))
        return list(found)


def _names_someone(attribution: Any, names: Sequence[str]) -> bool:
    """Whether a predicted ``source``/``speaker`` (its ``text`` or ``entity``) contains one of ``names``."""
    if isinstance(attribution, str):
        fields = [attribution]
    elif isinstance(attribution, Mapping):
        fields = [v for v in (attribution.get("text"), attribution.get("entity")) if isinstance(v, str)]
    else:
        return False
    return any(_contains_name(f, name) for f in fields for name in names)


def _claim_matches(p_span: Span, pred: Mapping[str, Any], g_span: Span, gold: Mapping[str, Any]) -> bool:
    """The claim matching rule of FORMAT.md: overlap, same category, same figure.

    Gold without a value (``vague``: "des dizaines") matches a prediction whose value, or whose whole
    low–high range, lies inside gold's ``[low, high]``, or which is itself ``vague``. Choice: a missing
    bound is open; with neither bound only a ``vague`` prediction matches.
    """
    if not _overlaps(p_span, g_span) or pred.get("category") != gold.get("category"):
        return False
    gold_value = _number(gold.get("value"))
    if gold_value is not None:
        value = _number(pred.get("value"))
        return value is not None and _same_number(value, gold_value)
    if pred.get("qualifier") == "vague":
        return True
    low, high = _number(gold.get("low")), _number(gold.get("high"))
    if low is None and high is None:
        return False
    low = -math.inf if low is None else low
    high = math.inf if high is None else high
    value = _number(pred.get("value"))
    if value is not None and low <= value <= high:
        return True
    p_low, p_high = _number(pred.get("low")), _number(pred.get("high"))
    return p_low is not None and p_high is not None and low <= p_low and p_high <= high


def _gold_spans(
    doc: str, text: str | None, section: str, key: str, items: Sequence[Mapping[str, Any]], problems: list[str]
) -> list[tuple[Span, Mapping[str, Any]]]:
    """Locate a document's gold items; those not found are reported and left out of every metric.

    Choice: an item whose words are not in the file is an annotation error, not a miss of the system,
    so it counts neither as a miss (recall) nor as gold (precision). Without a text (a document that
    could not be read, hence has no prediction either) every item is kept, at an empty span, so that
    it counts as missed.
    """
    if text is None:
        return [((0, 0), item) for item in items]
    located: list[tuple[Span, Mapping[str, Any]]] = []
    for i, item in enumerate(items):
        occurrence = item.get("occurrence", 1)
        span = locate(text, item[key], occurrence)
        if span is None:
            problems.append(
                f"{doc}: gold {section}[{i}] {key} {item[key]!r} (occurrence {occurrence}) "
                "not found in the text; not scored"
            )
        else:
            located.append((span, item))
    return located


def _predicted_spans(
    doc: str, text: str | None, prediction: Mapping[str, Any], section: str, problems: list[str]
) -> list[tuple[Span, Mapping[str, Any]]]:
    """A document's predicted items with their spans; spans are checked against the text.

    A prediction without usable offsets cannot overlap anything and is dropped; one whose ``text``
    differs from the document at its offsets is still scored by its offsets, but reported, because it
    means the offsets are not code points into the text as read (the contract of ``model.py``).
    """
    items = prediction.get(section) or []
    spans: list[tuple[Span, Mapping[str, Any]]] = []
    unusable: list[int] = []
    mismatched: list[int] = []
    for i, item in enumerate(items):
        start, end = (item.get("start"), item.get("end")) if isinstance(item, Mapping) else (None, None)
        if (
            not isinstance(start, int)
            or not isinstance(end, int)
            or isinstance(start, bool)
            or isinstance(end, bool)
            or not 0 <= start <= end
        ):
            unusable.append(i)
            continue
        if text is not None and isinstance(item.get("text"), str) and text[start:end] != item["text"]:
            mismatched.append(i)
        spans.append(((start, end), item))
    if unusable:
        problems.append(f"{doc}: predicted {section} {unusable[:5]} have no valid start/end; not scored")
    if mismatched:
        problems.append(
            f"{doc}: predicted {section} {mismatched[:5]} ({len(mismatched)} in all): "
            "text differs from the document at their offsets"
        )
    return spans


#: An item clustered by B-cubed: a document name (stories) or a gold claim (claim groups).
_Item = TypeVar("_Item", bound=Hashable)


def _bcubed(gold_clusters: Mapping[_Item, Hashable], predicted: Mapping[_Item, Hashable]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering of the same items (item → cluster label).

    Items are documents for stories and gold claims for claim groups; labels only need to be equal
    within one clustering.
    """
    by_gold: dict[Hashable, set[_Item]] = {}
    by_pred: dict[Hashable, set[_Item]] = {}
    for doc, label in gold_clusters.items():
        by_gold.setdefault(label, set()).add(doc)
        by_pred.setdefault(predicted[doc], set()).add(doc)
    precision = recall = 0.0
    for doc, label in gold_clusters.items():
        same_gold = by_gold[label]
        same_pred = by_pred[predicted[doc]]
        both = len(same_gold & same_pred)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    n = len(gold_clusters)
    return precision / n, recall / n


def _score_stories(gold: Mapping[str, Any], dossier: Mapping[str, Any] | None, report: Report) -> None:
    """B-cubed of the dossier's ``stories`` against the gold ``story`` labels.

    Choice: only gold documents with a label are scored; a document the dossier puts in no story is its
    own cluster; one it puts in several stories is counted in the first and reported.
    """
    labels = {d["doc"]: d["story"] for d in gold["documents"] if d.get("story")}
    if not labels or dossier is None:
        return
    stories = dossier.get("stories")
    if not isinstance(stories, list):
        report.problems.append("stories not scored: the gold has story labels but the dossier has no 'stories'")
        return
    assigned: dict[str, Any] = {}
    repeated: set[str] = set()
    for number, story in enumerate(stories):
        for doc in (story.get("documents") or []) if isinstance(story, Mapping) else []:
            if doc not in labels:
                continue
            if doc in assigned and assigned[doc] != number:
                repeated.add(doc)
            else:
                assigned[doc] = number
    if repeated:
        report.problems.append(
            f"stories: {len(repeated)} document(s) in several stories, scored in the first: {sorted(repeated)[:5]}"
        )
    predicted = {doc: assigned.get(doc, ("alone", doc)) for doc in labels}
    precision, recall = _bcubed(labels, predicted)
    n = len(labels)
    p = Metric(precision, 0, n, "mean")
    r = Metric(recall, 0, n, "mean")
    report.metrics["stories.bcubed_precision"] = p
    report.metrics["stories.bcubed_recall"] = r
    report.metrics["stories.bcubed_f1"] = _hmean(p, r)


def _score_entities(gold: Mapping[str, Any], dossier: Mapping[str, Any] | None, report: Report) -> None:
    """Whether the dossier's entities keep each gold entity's aliases together and different ones apart.

    Aliases are compared exactly after apostrophe normalization (case counts: the dossier should list
    the forms the articles use). A gold entity's ``name`` counts as one of its aliases.

    ``entities.merged`` counts each gold entity once, where the pair metrics weigh an entity by the
    square of its alias count, so one well-merged person with many spellings cannot hide several
    split ones.
    """
    entities = gold.get("entities") or []
    if not entities or dossier is None:
        return
    groups = [{normalize_apostrophes(n) for n in [e["name"], *e.get("aliases", [])] if n} for e in entities]
    same = {frozenset(pair) for group in groups for pair in combinations(sorted(group), 2)}
    universe = set().union(*groups)
    predicted_groups: list[set[str]] = []
    for entity in dossier.get("entities") or []:
        if not isinstance(entity, Mapping):
            continue
        names = [entity.get("name"), *(entity.get("aliases") or [])]
        predicted_groups.append({normalize_apostrophes(n) for n in names if isinstance(n, str)} & universe)
    together = {frozenset(pair) for group in predicted_groups for pair in combinations(sorted(group), 2)}
    recall = _Count()
    for pair in sorted(same, key=sorted):
        recall.add(pair in together)
    precision = _Count()
    for pair in together:
        precision.add(pair in same)
    report.metrics["entities.merge_recall"] = recall.metric()
    report.metrics["entities.merge_precision"] = precision.metric()
    # Choice: "aliases in the entity list" are the gold entity's names (gold name included) that some
    # dossier entity lists as its name or an alias; the entity is right when one dossier entity lists
    # them all (an alias listed by two dossier entities does not spoil that, as it does not for the pairs).
    listed = set().union(*predicted_groups)
    merged = _Count()
    for group in groups:
        present = group & listed
        if len(present) >= 2:
            merged.add(any(present <= predicted for predicted in predicted_groups))
    report.metrics["entities.merged"] = merged.metric()


def _report_span(report: Any) -> Span | None:
    """A claim-group report's ``(start, end)``, or ``None`` when its offsets are unusable."""
    if not isinstance(report, Mapping):
        return None
    start, end = report.get("start"), report.get("end")
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or isinstance(start, bool)
        or isinstance(end, bool)
        or not 0 <= start <= end
    ):
        return None
    return start, end


def _predicted_claim_groups(
    gold: Mapping[str, Any], texts: Mapping[str, str], claim_groups: Sequence[Any], problems: list[str]
) -> dict[ClaimKey, Hashable]:
    """Each scorable gold claim of a gold group → the index of its predicted claim group.

    A claim no group reports gets a label of its own (a singleton). Claims whose evidence is not in the
    text are left out (the claim metrics already report them); a claim of a document without text
    cannot be reported by any group, so it is a singleton (missed), as it is a miss for claims.recall.
    """
    reports_by_doc: dict[str, list[tuple[Span, Any, int]]] = {}
    unusable = 0
    for number, group in enumerate(claim_groups):
        if not isinstance(group, Mapping):
            continue
        for report in group.get("reports") or []:
            span = _report_span(report)
            if span is None or not isinstance(report.get("doc"), str):
                unusable += 1
                continue
            reports_by_doc.setdefault(report["doc"], []).append((span, group.get("category"), number))
    if unusable:
        problems.append(f"groups: {unusable} claim-group report(s) without a valid doc/start/end; not scored")
    claims = {d["doc"]: d.get("claims", []) for d in gold["documents"]}
    predicted: dict[ClaimKey, Hashable] = {}
    for group in gold["groups"]:
        for member in group["members"]:
            key: ClaimKey = (member["doc"], member["claim"])
            gold_claim = claims[key[0]][key[1]]
            text = texts.get(key[0])
            if text is None:
                predicted[key] = ("alone", key)
                continue
            g_span = locate(text, gold_claim["evidence"], gold_claim.get("occurrence", 1))
            if g_span is None:
                continue
            # Choice: when several claim groups report the claim (same category, overlapping span), the
            # one whose report overlaps the evidence most wins, ties going to the group listed first in
            # the dossier, so the pick does not depend on the order of the reports.
            candidates = [
                (min(span[1], g_span[1]) - max(span[0], g_span[0]), -number)
                for span, category, number in reports_by_doc.get(key[0], [])
                if category == gold_claim.get("category") and _overlaps(span, g_span)
            ]
            predicted[key] = -max(candidates)[1] if candidates else ("alone", key)
    return predicted


def _score_groups(
    gold: Mapping[str, Any], texts: Mapping[str, str], dossier: Mapping[str, Any] | None, report: Report
) -> None:
    """B-cubed, verdict and figure of the dossier's ``claim_groups`` against the gold ``groups``.

    Only computed when the gold has groups and there is a dossier (a layer the gold does not annotate
    is not scored); a dossier without ``claim_groups`` is reported, not scored as empty.
    """
    groups = gold.get("groups") or []
    if not groups or dossier is None:
        return
    claim_groups = dossier.get("claim_groups")
    if not isinstance(claim_groups, list):
        report.problems.append("groups not scored: the gold has groups but the dossier has no 'claim_groups'")
        return
    predicted = _predicted_claim_groups(gold, texts, claim_groups, report.problems)
    labels: dict[ClaimKey, Hashable] = {}
    for number, group in enumerate(groups):
        for member in group["members"]:
            key = (member["doc"], member["claim"])
            if key in predicted:
                labels[key] = number
    if labels:
        precision, recall = _bcubed(labels, predicted)
        p = Metric(precision, 0, len(labels), "mean")
        r = Metric(recall, 0, len(labels), "mean")
        report.metrics["groups.bcubed_precision"] = p
        report.metrics["groups.bcubed_recall"] = r
        report.metrics["groups.bcubed_f1"] = _hmean(p, r)

    verdicts = _Count()
    figures = _Count()
    for group in groups:
        match = _matching_claim_group(group, predicted, claim_groups)
        if group.get("verdict") is not None:
            verdicts.add(match is not None and match.get("verdict") == group["verdict"])
        listed = [_number(v) for v in group.get("figure") or []]
        if listed:
            # The figure an analyst should quote is the group's ``figure``; a dossier without one has not
            # said which number to quote, so the group is wrong (no fall-back to another field).
            figure = _number(match.get("figure")) if match is not None else None
            figures.add(figure is not None and any(v is not None and _same_number(figure, v) for v in listed))
    report.metrics["groups.verdict"] = verdicts.metric()
    report.metrics["groups.figure"] = figures.metric()


def _matching_claim_group(
    group: Mapping[str, Any], predicted: Mapping[ClaimKey, Hashable], claim_groups: Sequence[Any]
) -> Mapping[str, Any] | None:
    """A gold group's predicted claim group: the one reporting most of its members, at least two.

    Choice: "most" is the largest number of members (not necessarily a majority); a tie goes to the
    claim group listed first in the dossier. Members left out (evidence not in the text) do not count.
    """
    tally: dict[int, int] = {}
    for member in group["members"]:
        label = predicted.get((member["doc"], member["claim"]))
        if isinstance(label, int):
            tally[label] = tally.get(label, 0) + 1
    if not tally:
        return None
    count, negative_number = max((count, -number) for number, count in tally.items())
    match = claim_groups[-negative_number]
    return match if count >= 2 and isinstance(match, Mapping) else None


def score(
    gold: dict[str, Any],
    predictions: dict[str, dict[str, Any]],
    texts: dict[str, str],
    dossier: dict[str, Any] | None = None,
) -> Report:
    """Compute every FORMAT.md metric of ``predictions`` against ``gold``.

    Args:
        gold: a gold file's content (see :func:`load_gold`); validated again here.
        predictions: document id → per-article analysis (``DocumentAnalysis.to_json()``). A gold
            document without one is scored as predicting nothing; documents not in the gold are ignored.
        texts: document id → the document's text as read, which both gold words and predicted offsets
            refer to. A gold document without text is scored as predicting nothing if it has no
            prediction either (it could not be read), and left out if it has one (reported both ways).
        dossier: the cross-article result (``dossier.json``), for the story, entity and claim-group
            metrics.

    Returns:
        A :class:`Report` with the metrics in :data:`METRIC_NAMES` order (story, entity and group
        metrics only when they apply; events are scored apart, by ``recoupe.eval.events``) and the
        problems met.

    Matching: a prediction matches a gold item when their spans overlap. When several predictions
    match one gold claim or quote, the gold item gets credit for qualifier, source or speaker if any
    of them has it right (choice: a system is not penalised for a duplicate, only for never being right).
    """
    validate_gold(gold)
    report = Report()
    problems = report.problems
    aliases = _Aliases(gold.get("entities") or [])
    counts = {
        name: _Count()
        for name in (
            "timex.value",
            "timex.precision",
            "claims.recall",
            "claims.precision",
            "claims.qualifier",
            "claims.source",
            "quotes.direct.found",
            "quotes.direct.speaker",
            "quotes.partial.found",
            "quotes.partial.speaker",
        )
    }

    for gold_doc in gold["documents"]:
        doc = gold_doc["doc"]
        text = texts.get(doc)
        prediction = predictions.get(doc)
        if text is None and prediction is not None:
            problems.append(f"{doc}: no text for this document; its prediction cannot be scored")
            continue
        if prediction is None:
            problems.append(
                f"{doc}: no prediction{' and no text' if text is None else ''}; scored as predicting nothing"
            )
            prediction = {}

        # A layer the gold document does not annotate (no "claims" key in a dates-only set) is not scored
        # for that document: its predictions are neither right nor wrong.
        # Time expressions.
        gold_timexes = _gold_spans(doc, text, "timexes", "text", gold_doc.get("timexes", []), problems)
        pred_timexes = _predicted_spans(doc, text, prediction, "timexes", problems)
        for g_span, g in gold_timexes:
            if g.get("value") is None:
                continue
            counts["timex.value"].add(
                any(_overlaps(p_span, g_span) and _same_time(p.get("value"), g["value"]) for p_span, p in pred_timexes)
            )
        for p_span, p in pred_timexes if "timexes" in gold_doc else []:
            if is_date_value(p.get("value")):
                counts["timex.precision"].add(any(_overlaps(p_span, g_span) for g_span, _ in gold_timexes))

        # Claims. Choice: a gold claim outside the scored categories (``other``) is not scored either.
        gold_claims = [
            (s, g)
            for s, g in _gold_spans(doc, text, "claims", "evidence", gold_doc.get("claims", []), problems)
            if g.get("category") in SCORED_CATEGORIES
        ]
        pred_claims = _predicted_spans(doc, text, prediction, "claims", problems)
        for g_span, g in gold_claims:
            matches = [p for p_span, p in pred_claims if _claim_matches(p_span, p, g_span, g)]
            counts["claims.recall"].add(bool(matches))
            if not matches:
                continue
            if g.get("qualifier") is not None:
                counts["claims.qualifier"].add(any(p.get("qualifier") == g["qualifier"] for p in matches))
            sources = _as_names(g.get("source"))
            if sources:
                names = aliases.expand(sources)
                counts["claims.source"].add(any(_names_someone(p.get("source"), names) for p in matches))
        for p_span, p in pred_claims if "claims" in gold_doc else []:
            if p.get("category") in SCORED_CATEGORIES:
                counts["claims.precision"].add(any(_claim_matches(p_span, p, g_span, g) for g_span, g in gold_claims))

        # Quotes: found by a predicted quote of any kind; the speaker must be named by one of them.
        gold_quotes = _gold_spans(doc, text, "quotes", "text", gold_doc.get("quotes", []), problems)
        pred_quotes = _predicted_spans(doc, text, prediction, "quotes", problems)
        for g_span, g in gold_quotes:
            kind = g["kind"]
            overlapping = [p for p_span, p in pred_quotes if _overlaps(p_span, g_span)]
            counts[f"quotes.{kind}.found"].add(bool(overlapping))
            speakers = _as_names(g.get("speaker"))
            if speakers:
                names = aliases.expand(speakers)
                counts[f"quotes.{kind}.speaker"].add(any(_names_someone(p.get("speaker"), names) for p in overlapping))

    metrics = {name: count.metric() for name, count in counts.items()}
    metrics["timex.f1"] = _hmean(metrics["timex.value"], metrics["timex.precision"])
    metrics["claims.f1"] = _hmean(metrics["claims.recall"], metrics["claims.precision"])
    _score_stories(gold, dossier, report)
    _score_entities(gold, dossier, report)
    _score_groups(gold, texts, dossier, report)
    metrics.update(report.metrics)
    report.metrics = metrics
    report.sort()
    return report


# --------------------------------------------------------------------------------------------------
# Display


def format_table(report: Report) -> Table:
    """The report as a table for the terminal: metric, value (3 decimals), and what it counts."""
    table = Table(title="recoupe eval")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for name, metric in report.metrics.items():
        value = "—" if metric.value is None else f"{metric.value:.3f}"
        if metric.kind == "ratio":
            n = f"{metric.numerator}/{metric.denominator}"
        elif metric.kind == "mean":
            n = f"{metric.denominator} {_MEAN_UNITS.get(name.split('.')[0], 'items')}"
        else:
            n = "hmean"
        table.add_row(name, value, n)
    return table
