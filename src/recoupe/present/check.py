"""Traceability, proved: every link from an item to its words lands on exactly those words.

The report promises that every figure, quote, event and summary sentence links to its sentence,
highlighted. :func:`check_report` walks a report and verifies it: for each link to a cited span
(``#a-<doc>-<start>-<end>``) the target exists, its pieces (a span cut to nest with another carries
``data-part``) hold exactly ``end - start`` characters, and a link that shows the item's own words
(a figure as written, a quote) shows the same words as the target. ``recoupe check-links`` runs it;
the tests run it over the examples and the seed articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

#: A link target made by :func:`recoupe.present.views.anchor`: the span's offsets are its last two numbers.
_ANCHOR = re.compile(r"^a-.+-(\d+)-(\d+)$")
#: Links whose text is the item's own words (compared with the target); other links show a label
#: (an outlet, ``[source]``).
WORD_LINKS: frozenset[str] = frozenset({"claim-link", "quote-link"})


@dataclass(frozen=True, slots=True)
class LinkFailure:
    """A link that does not land on its words: where it points and what is wrong."""

    target: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"#{self.target} ({self.text[:60]!r}): {self.reason}"


def _words(text: str) -> str:
    return " ".join(text.split())


def target_text(root: lxml.html.HtmlElement, ident: str) -> str | None:
    """The whole text a link target highlights: its element and the other pieces of a cut span."""
    pieces = root.xpath("//*[@data-part=$i]", i=ident)
    if not pieces:
        found = root.get_element_by_id(ident, None)
        return None if found is None else found.text_content()
    # Nested pieces of one span never contain each other: each adds its own characters.
    return "".join(_own_text(piece, ident) for piece in pieces)


def _own_text(element: lxml.html.HtmlElement, ident: str) -> str:
    """The text of ``element`` without what nested pieces of the same span add again."""
    parts = [element.text or ""]
    for child in element:
        if child.get("data-part") != ident:
            parts.append(_own_text(child, ident))
        parts.append(child.tail or "")
    return "".join(parts)


def check_html(html: str, only: str = "#a-") -> list[LinkFailure]:
    """Every failing link of one page whose targets are on the same page (the report)."""
    root = lxml.html.fromstring(html)
    failures: list[LinkFailure] = []
    for link in root.iter("a"):
        href = link.get("href") or ""
        if not href.startswith(only):
            continue
        failures.extend(_check_link(root, href.split("#", 1)[1], link))
    return failures


def _check_link(root: lxml.html.HtmlElement, ident: str, link: lxml.html.HtmlElement) -> list[LinkFailure]:
    shown = _words(link.text_content())
    match = _ANCHOR.match(ident)
    if match is None:
        return [LinkFailure(ident, shown, "not a span anchor")]
    text = target_text(root, ident)
    if text is None:
        return [LinkFailure(ident, shown, "no element with this id: the words are not marked")]
    start, end = int(match.group(1)), int(match.group(2))
    if len(text) != end - start:
        return [LinkFailure(ident, shown, f"marks {len(text)} characters, the span has {end - start}")]
    if set(link.classes) & WORD_LINKS and _words(text) != shown:
        return [LinkFailure(ident, shown, f"links to other words: {_words(text)[:60]!r}")]
    return []


def check_report(html: str) -> list[LinkFailure]:
    """Every failing citation link of a report (targets on the same page)."""
    return check_html(html)


def check_app_page(page_html: str, fetch: object) -> list[LinkFailure]:
    """Every failing citation link of a web-app page: each ``/article/…?hl=…#a-…`` link is followed
    with ``fetch(url) -> html`` and must highlight exactly its span, with the words the link shows."""
    root = lxml.html.fromstring(page_html)
    failures: list[LinkFailure] = []
    for link in root.iter("a"):
        href = link.get("href") or ""
        if not href.startswith("/article/") or "#a-" not in href:
            continue
        url, ident = href.split("#", 1)
        article = lxml.html.fromstring(fetch(url))  # type: ignore[operator]
        failures.extend(_check_link(article, ident, link))
        lit = "".join(
            _own_text(m, "")
            for m in article.xpath(
                "//mark[contains(@class,'highlight')][not(ancestor::mark[contains(@class,'highlight')])]"
            )
        )
        match = _ANCHOR.match(ident)
        if match and len(lit) != int(match.group(2)) - int(match.group(1)):
            failures.append(
                LinkFailure(ident, _words(link.text_content()), f"highlights {len(lit)} characters in the article view")
            )
    return failures
