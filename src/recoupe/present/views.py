"""What a person sees, computed once for the HTML report and the web app alike.

The views are plain data (dicts and lists) read from the :class:`~recoupe.store.Store`; the templates
only lay them out. Every item carries the citation (article, start, end) that links it to its
sentence in the article view.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from recoupe.link.corrections import Marks, note
from recoupe.link.text import fold
from recoupe.model import Article, ClaimGroup, DocumentAnalysis, Story
from recoupe.present.charts import claim_chart
from recoupe.present.maps import story_map
from recoupe.store import Store

#: Verdicts in a reader's words.
VERDICTS = {
    "agree": "sources agree",
    "update": "figure updated over time",
    "conflict": "sources conflict",
    None: "one report",
}
#: Populations in a reader's words.
POPULATIONS = {
    "people": "everyone",
    "security_forces": "security forces",
    "attackers": "attackers, rioters",
    "protesters": "protesters",
    "children": "children",
    "civilians": "civilians",
    "detainees": "detainees",
}
QUALIFIER_SIGNS = {"exact": "", "approx": "≈", "at_least": "≥", "at_most": "≤", "range": "", "vague": "~"}


def anchor(doc: str, start: int, end: int) -> str:
    """The id of a cited span in the article view (also its URL fragment)."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in doc)
    return f"a-{safe}-{start}-{end}"


def figure_text(value: float | int | None, low: float | int | None, high: float | int | None, qualifier: str) -> str:
    """``≥ 3 000``, ``≈ 216``, ``20–99`` — a figure as the report writes it."""

    def number(x: float | int) -> str:
        return f"{x:,.0f}".replace(",", "\u202f") if float(x).is_integer() else f"{x:,.2f}".replace(",", "\u202f")

    if qualifier in ("range", "vague") and low is not None and high is not None:
        return f"{QUALIFIER_SIGNS[qualifier]}{number(low)}–{number(high)}"
    if value is None:
        return "?"
    sign = QUALIFIER_SIGNS.get(qualifier, "")
    return f"{sign} {number(value)}".strip()


@dataclass
class StoryPage:
    """Everything the story view shows."""

    story: Story
    summary: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    framing: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    #: Proposed ACLED events, each with its anchor and cited sentences; places with coordinates; the SVG map.
    events: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    map: Markup = field(default_factory=Markup)
    #: The corrections that hold in the story (``Correction.to_json()`` and a ``note``), for its own list.
    corrections: list[dict[str, Any]] = field(default_factory=list)


def story_page(store: Store, story: Story) -> StoryPage:
    """The story's summary, timeline, claim groups with charts, quotes, framing, sources and entities."""
    pairs = store.corrected_articles(story.documents)
    outlets = {a.id: _outlet(a) for a, _ in pairs}
    page = StoryPage(story=story)
    page.articles = [
        {"doc": a.id, "title": a.title or a.id, "outlet": outlets[a.id], "published": d.published} for a, d in pairs
    ]
    page.summary = [
        {
            "text": " ".join(c.text.split()),
            "doc": c.doc,
            "outlet": outlets.get(c.doc),
            "anchor": anchor(c.doc, c.start, c.end),
        }
        for c in store.summary(story.id)
    ]
    page.timeline = [
        {
            "date": e.date,
            "text": e.text,
            "place": e.place,
            "cites": [
                {"doc": c.doc, "outlet": outlets.get(c.doc), "anchor": anchor(c.doc, c.start, c.end)}
                for c in e.citations
            ],
        }
        for e in store.timeline(story.id)
    ]
    page.groups = [_group(g, outlets) for g in store.claim_groups(story.id)]
    page.quotes, page.framing = _quotes(pairs, outlets)
    page.sources = _sources(pairs)
    mentions = entity_mentions(store, story)
    page.entities = [
        {
            "name": e.name,
            "type": e.type,
            "aliases": [a for a in e.aliases if a != e.name],
            "documents": len(e.documents),
            "mentions": e.mentions,
            "doc": mentions[e.name][0] if e.name in mentions else None,
            "anchor": anchor(*mentions[e.name]) if e.name in mentions else None,
        }
        for e in store.entities(story.id)
    ][:60]
    page.events = [
        {
            **e,
            "anchor": event_anchor(story.id, e),
            "cites": [
                {
                    "doc": ev["doc"],
                    "outlet": outlets.get(ev["doc"], ev["doc"]),
                    "text": " ".join(ev["text"].split()),
                    "anchor": anchor(ev["doc"], ev["start"], ev["end"]),
                }
                for ev in e["evidence"]
            ],
        }
        for e in store.events(story.id)
    ]
    page.places = [
        {**p["place"], "names": p["names"], "mentions": len(p["mentions"]), "anchor": f"place-{story.id}-{n}"}
        for n, p in enumerate(store.places(story.id))
    ]
    anchors = {p["name"] + p["kind"]: p["anchor"] for p in page.places}
    page.map = story_map(
        store.events(story.id),
        store.places(story.id),
        event_link=lambda e: "#" + event_anchor(story.id, e),
        place_link=lambda p: "#" + anchors.get(p["place"]["name"] + p["place"]["kind"], ""),
    )
    _mark_corrections(page, store.view(story.id)["corrections"])
    return page


def _mark_corrections(page: StoryPage, corrections: list[dict[str, Any]]) -> None:
    """Say beside each figure, quote, entity and article what a person changed, who and why
    (``corrected``), and list the story's corrections (``page.corrections``)."""
    if not corrections:
        return
    marks = Marks.of(corrections)
    at = {anchor(doc, start, end): note(items) for (doc, start, end), items in marks.spans.items()}
    page.corrections = [{**c, "note": note([c])} for c in corrections]
    for group in page.groups:
        for report in group["reports"]:
            report["corrected"] = at.get(report["anchor"], "")
    for speaker in page.quotes:
        for quote in speaker["quotes"]:
            quote["corrected"] = at.get(quote["anchor"], "")
    for entity in page.entities:
        entity["corrected"] = note(marks.entities.get(entity["name"], []))
    for article in page.articles:
        article["corrected"] = note(marks.docs.get(article["doc"], []))


def event_anchor(story: str, event: dict[str, Any]) -> str:
    """The id of an event's row in the story view (the map's points link to it)."""
    return f"event-{story}-{event['event_id_cnty']}"


def _outlet(article: Article) -> str:
    return article.outlet or article.id


#: How badly the injured of a group were hurt (``link.claims`` adds it to the population), as a reader says it.
SEVERITIES = {" (lightly)": ", lightly hurt", " (seriously)": ", seriously hurt"}


def _population(population: str) -> str:
    subset = population.endswith(" (subset)")
    base = population.removesuffix(" (subset)")
    severity = next((suffix for suffix in SEVERITIES if base.endswith(suffix)), "")
    base = base.removesuffix(severity) if severity else base
    label = POPULATIONS.get(base, base.replace("_", " ")) + SEVERITIES.get(severity, "")
    return label + (" (part of another figure)" if subset else "")


def _group(group: ClaimGroup, outlets: dict[str, str]) -> dict[str, Any]:
    independent = [r for r in group.reports if r.copy_of is None] or group.reports
    reports = [
        {
            "figure": figure_text(r.value, r.low, r.high, r.qualifier),
            "source": r.source or "no source named",
            "doc": r.doc,
            "outlet": outlets.get(r.doc, r.doc),
            "published": r.published or "undated",
            "text": r.text,
            "anchor": anchor(r.doc, r.start, r.end),
            "copy_of": None
            if not r.copy_of
            else "its own article"
            if r.copy_of == r.doc
            else outlets.get(r.copy_of, r.copy_of),
        }
        for r in group.reports
    ]
    reported = (
        "—"
        if group.low is None
        else figure_text(group.low, None, None, "exact")
        if group.low == group.high
        else f"{figure_text(group.low, None, None, 'exact')}–{figure_text(group.high, None, None, 'exact')}"
    )
    return {
        "id": group.id,
        "category": group.category,
        "population": _population(group.population),
        "place": group.place,
        "period": group.period,
        "verdict": group.verdict or "single",
        "verdict_text": VERDICTS[group.verdict],
        "figure": figure_text(group.figure, None, None, "exact") if group.figure is not None else "—",
        "conservative": figure_text(group.conservative, None, None, "exact") if group.conservative is not None else "—",
        "range": reported,
        "why": group.why,
        "reports": reports,
        "sources": sorted({r.source or "no source named" for r in independent}),
        "chart": claim_chart(group, outlets),
    }


def _quotes(
    pairs: list[tuple[Article, DocumentAnalysis]], outlets: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    framing: dict[str, dict[str, Any]] = {}
    for article, analysis in pairs:
        for quote in analysis.quotes:
            speaker = (quote.speaker.entity or quote.speaker.text) if quote.speaker else "unattributed"
            item = {
                "text": quote.text,
                "kind": quote.kind,
                "doc": article.id,
                "outlet": outlets[article.id],
                "anchor": anchor(article.id, quote.start, quote.end),
            }
            by_speaker[speaker].append(item)
            if quote.kind == "partial" and len(quote.text.split()) <= 4:
                label = fold(quote.text).strip(" .,;:")
                entry = framing.setdefault(
                    label, {"label": quote.text, "outlets": Counter(), "speakers": Counter(), "anchors": []}
                )
                entry["outlets"][outlets[article.id]] += 1
                entry["speakers"][speaker] += 1
                entry["anchors"].append((article.id, item["anchor"]))
    quotes = [
        {"speaker": s, "quotes": q}
        for s, q in sorted(by_speaker.items(), key=lambda kv: (kv[0] == "unattributed", -len(kv[1]), kv[0]))
    ]
    table = [
        {
            "label": e["label"],
            "outlets": sorted(e["outlets"].items()),
            "speakers": sorted(e["speakers"].items()),
            "doc": e["anchors"][0][0],
            "anchor": e["anchors"][0][1],
            "uses": sum(e["outlets"].values()),
        }
        for e in framing.values()
    ]
    table.sort(key=lambda e: (-e["uses"], e["label"]))
    return quotes, table


def _sources(pairs: list[tuple[Article, DocumentAnalysis]]) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    for _, analysis in pairs:
        for claim in analysis.claims:
            if claim.source is None or claim.category == "other":
                continue
            name = claim.source.entity or claim.source.text
            counts[name] += 1
            categories[name][claim.category] += 1
    return [
        {"source": name, "claims": n, "categories": ", ".join(c for c, _ in categories[name].most_common())}
        for name, n in counts.most_common()
    ]


def article_html(
    article: Article,
    analysis: DocumentAnalysis,
    cited: Sequence[tuple[int, int]] = (),
    highlight: tuple[int, int] | None = None,
) -> Markup:
    """The article's text as escaped HTML with nested ``<mark>`` tags: claims, quotes and the sentences
    the dossier cites, each with the id its citations link to (``#a-doc-start-end``).

    Every span is marked whole, even one that crosses another (a quote running over a sentence end): it
    is cut into pieces that nest, the first piece carrying the id, every piece ``data-part="<id>"``, so
    that the link target and its whole text can be found (:func:`split_marks` says which spans were cut;
    :mod:`recoupe.present.check` verifies every link). ``highlight`` marks every piece of one span with
    class ``highlight``.
    """
    return marked_article(article, analysis, cited, highlight)[0]


def marked_article(
    article: Article,
    analysis: DocumentAnalysis,
    cited: Sequence[tuple[int, int]] = (),
    highlight: tuple[int, int] | None = None,
) -> tuple[Markup, list[str]]:
    """:func:`article_html` and the ids of the spans that had to be cut into pieces."""
    kinds: dict[tuple[int, int], list[str]] = defaultdict(list)
    for c in analysis.claims:
        if c.category != "other":
            kinds[(c.start, c.end)].append("claim")
    for q in analysis.quotes:
        kinds[(q.start, q.end)].append("quote")
    for start, end in cited:
        kinds[(start, end)].append("cite")
    if highlight is not None:
        kinds[highlight].append("highlight")
    spans = sorted(
        ((start, end) for start, end in kinds if article.body_start <= start < end <= len(article.text)),
        key=lambda sp: (sp[0], -sp[1]),
    )
    # Pieces to open, as (start, -end, order, span): a crossing span's rest is queued as a new piece.
    pending: list[tuple[int, int, int, tuple[int, int]]] = [(s, -e, i, (s, e)) for i, (s, e) in enumerate(spans)]
    pending.sort()
    out: list[str] = []
    stack: list[int] = []
    split: set[tuple[int, int]] = set()
    cursor = article.body_start
    order = len(pending)
    while pending:
        start, negative_end, _, span = pending.pop(0)
        end = -negative_end
        while stack and stack[-1] <= start:
            out.append(str(escape(article.text[cursor : stack[-1]])) + "</mark>")
            cursor = stack.pop()
        if stack and end > stack[-1]:  # crosses the enclosing mark: this piece stops where it ends
            rest = (stack[-1], -end, order, span)
            order += 1
            insort(pending, rest)
            end = stack[-1]
            split.add(span)
        out.append(str(escape(article.text[cursor:start])))
        ident = anchor(article.id, *span)
        classes = " ".join(dict.fromkeys(kinds[span]))
        first = start == span[0]
        attributes = f' id="{ident}"' if first else ""
        out.append(f'<mark class="{classes}"{attributes} data-part="{ident}">')
        cursor = start
        stack.append(end)
    while stack:
        out.append(str(escape(article.text[cursor : stack[-1]])) + "</mark>")
        cursor = stack.pop()
    out.append(str(escape(article.text[cursor:])))
    return Markup("".join(out)), [anchor(article.id, *span) for span in sorted(split)]


def split_marks_css(idents: Iterable[str]) -> str:
    """Style rules that light every piece of a cut span when its link is followed (``:target`` alone
    lights only the first piece); ids are generated, never article text."""
    return "\n".join(f'body:has(#{i}:target) mark[data-part="{i}"] {{ background: #ffd54a; }}' for i in idents)


def cited_spans(store: Store, story: Story) -> dict[str, list[tuple[int, int]]]:
    """Per article, the sentences the story's timeline, summary and events cite (targets in the article view)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for event in store.timeline(story.id):
        for citation in event.citations:
            spans[citation.doc].append((citation.start, citation.end))
    for citation in store.summary(story.id):
        spans[citation.doc].append((citation.start, citation.end))
    for acled in store.events(story.id):
        for evidence in acled["evidence"]:
            spans[evidence["doc"]].append((evidence["start"], evidence["end"]))
    for doc, start, end in entity_mentions(store, story).values():
        spans[doc].append((start, end))
    return spans


def entity_mentions(store: Store, story: Story) -> dict[str, tuple[str, int, int]]:
    """Each entity of the story's list → its first mention in the news (not in a caption or a
    subheading), as (article, start, end): the entity table links every name to its words."""
    written: dict[str, str] = {}
    entities = store.entities(story.id)
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            written.setdefault(form.casefold(), entity.name)
    found: dict[str, tuple[str, int, int]] = {}
    for article, analysis in store.corrected_articles(story.documents):
        layout = [(span.start, span.end) for span in analysis.layout]
        for mention in analysis.entities:
            name = written.get(mention.text.casefold()) or written.get(mention.name.casefold())
            if name is None or name in found or any(a <= mention.start < b for a, b in layout):
                continue
            if article.text[mention.start : mention.end] == mention.text:
                found[name] = (article.id, mention.start, mention.end)
    return found
