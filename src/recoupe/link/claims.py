"""Claim groups: figures that measure the same thing, and whether they agree, update or conflict.

Two claims measure the same thing when they share the story, the category, the class of people counted
(security forces, attackers, protesters…) and the place (a figure that names no place joins the story's
one counted place, if there is only one). The period is read from the reports' dates: later figures
revise earlier ones (``update``), same-day figures that differ ``conflict``. In each group the
reports are laid out in publication order with their source and outlet, and the group gets a verdict:

* ``agree``: every figure is compatible with every other (``plus de 5 000`` and ``5 000``);
* ``update``: the figures that disagree were published on different days, later ones revising earlier
  ones (arrests 3 000 → 8 000 → 10 000);
* ``conflict``: figures published the same day that cannot all be true (18 vs 8 police killed).

The conservative figure follows ACLED's rule: the latest figure when reports were revised, the lowest
one when sources conflict, and the codebook's numbers for vague counts (dozens → 12, hundreds → 100).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache

from recoupe.lang import get_language
from recoupe.link.entities import name_key
from recoupe.link.text import fold
from recoupe.model import (
    PEOPLE_CATEGORIES,
    Claim,
    ClaimGroup,
    ClaimReport,
    DocumentAnalysis,
    SharedPassage,
)

#: Relative spread an approximate figure (``environ``, ``près de``) is taken to allow.
APPROX_TOLERANCE = 0.15
#: How far past its figure ``plus de N`` is read (and below it ``moins de N``): "plus de 3 000" is not 8 000.
BOUND_SPREAD = 2.0
#: ACLED's codebook numbers for vague counts, by the vague amount's upper bound.
ACLED_VAGUE: tuple[tuple[float, int], ...] = ((19, 10), (99, 12), (999, 100), (9_999, 1_000))


@cache
def _subject_classes(lang: str) -> dict[str, frozenset[str]]:
    return {name: frozenset(fold(w) for w in words)
            for name, words in get_language(lang).data("link").SUBJECT_CLASSES.items()}


def subject_class(claim: Claim, lang: str = "fr") -> str:
    """The class of people a claim counts (``security_forces``…), ``people`` when nothing says."""
    text = fold(f"{claim.subject} {claim.text}")
    tokens = set(text.replace("'", " ").replace("«", " ").replace("»", " ").split())
    for name, words in _subject_classes(lang).items():
        if tokens & words:
            return name
    return "people"


def interval(report: ClaimReport) -> tuple[float, float]:
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


def _compatible(a: ClaimReport, b: ClaimReport) -> bool:
    low_a, high_a = interval(a)
    low_b, high_b = interval(b)
    return max(low_a, low_b) <= min(high_a, high_b)


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


def _same_figure(a: ClaimReport, b: ClaimReport) -> bool:
    return (a.doc, a.value, a.low, a.high, a.qualifier) == (b.doc, b.value, b.low, b.high, b.qualifier)


def verdict(reports: list[ClaimReport]) -> tuple[str, float | int | None, str]:
    """The group's verdict, its conservative figure and why that figure."""
    independent = [r for r in reports if r.copy_of is None] or reports
    clashes = [(a, b) for i, a in enumerate(independent) for b in independent[i + 1:] if not _compatible(a, b)]
    if not clashes:
        figure = min((f for f in map(lower_figure, independent) if f is not None), default=None)
        return "agree", figure, "all reports are compatible; ACLED keeps the lowest figure they support"
    if all(a.published and b.published and a.published[:10] != b.published[:10] for a, b in clashes):
        latest_day = max(r.published or "" for r in independent)[:10]
        latest = [r for r in independent if (r.published or "")[:10] == latest_day]
        figure = min((f for f in map(lower_figure, latest) if f is not None), default=None)
        source = ", ".join(sorted({r.source or "unnamed source" for r in latest}))
        return ("update", figure,
                f"later reports revise earlier ones; ACLED keeps the latest figure ({latest_day}, {source})")
    figure = min((f for f in map(lower_figure, independent) if f is not None), default=None)
    return "conflict", figure, "sources disagree for the same period; ACLED keeps the most conservative figure"


@cache
def _subset_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = get_language(lang).data("link")
    return re.compile(data.SUBSET_BEFORE, re.IGNORECASE), re.compile(data.SUBSET_AFTER, re.IGNORECASE)


def is_subset(claim: Claim, text: str | None, lang: str = "fr") -> bool:
    """Whether the figure counts part of another one (``dont 9 grièvement``, ``400 d'entre elles``)."""
    if not text:
        return False
    before, after = _subset_patterns(lang)
    return bool(before.search(text[max(0, claim.start - 30):claim.start].replace("’", "'"))
                or after.search(text[claim.end:claim.end + 30].replace("’", "'")))


def group_claims(
    analyses: list[DocumentAnalysis],
    story_of: dict[str, str],
    shared: list[SharedPassage],
    texts: dict[str, str] | None = None,
) -> list[ClaimGroup]:
    """Group the people-counting claims of a collection; each group sorted by publication date.

    Args:
        texts: article texts by id, to tell subset figures (``dont 9 grièvement``) from totals.
    """
    texts = texts or {}
    copies: dict[str, list[SharedPassage]] = defaultdict(list)
    for passage in shared:
        copies[passage.doc].append(passage)
    groups: dict[tuple[str | None, str, str, str], list[ClaimReport]] = defaultdict(list)
    places: dict[tuple[str | None, str, str, str], str] = {}
    for analysis in analyses:
        for claim in analysis.claims:
            if claim.category not in PEOPLE_CATEGORIES:
                continue
            copy_of = next((p.source for p in copies.get(analysis.doc, ())
                            if p.start <= claim.start and claim.end <= p.end), None)
            report = ClaimReport(
                doc=analysis.doc, start=claim.start, end=claim.end, text=claim.text, value=claim.value,
                low=claim.low, high=claim.high, qualifier=claim.qualifier,
                source=(claim.source.entity or claim.source.text) if claim.source else None,
                outlet=analysis.outlet, published=analysis.published, date=claim.date, copy_of=copy_of,
            )
            subject = subject_class(claim, analysis.lang)
            if is_subset(claim, texts.get(analysis.doc), analysis.lang):
                subject += " (subset)"
            key = (story_of.get(analysis.doc), claim.category, subject, name_key(claim.place) if claim.place else "")
            repeated = next((i for i, other in enumerate(groups[key]) if _same_figure(report, other)), None)
            if repeated is None:
                groups[key].append(report)
            elif report.source and not groups[key][repeated].source:
                groups[key][repeated] = report  # an article repeating its figure (title, body): keep the sourced one
            if claim.place:
                places.setdefault(key, claim.place)
    # A figure that names no place belongs with the figures of the one place the story counts, if one.
    for key in [k for k in groups if not k[3]]:
        placed = [k for k in groups if k[:3] == key[:3] and k[3]]
        if len(placed) == 1:
            groups[placed[0]].extend(groups.pop(key))
    result = []
    for key, reports in groups.items():
        story, category, subject, _ = key
        reports.sort(key=lambda r: (r.published or "", r.doc, r.start))
        label, figure, why = verdict(reports)
        result.append(ClaimGroup(
            id="", story=story, category=category, subject=subject, place=places.get(key),
            reports=reports, verdict=label, conservative=figure, why=why,  # type: ignore[arg-type]
        ))
    result.sort(key=lambda g: (g.story or "", g.category, -len(g.reports)))
    for number, group in enumerate(result, start=1):
        group.id = f"g{number}"
    return result
