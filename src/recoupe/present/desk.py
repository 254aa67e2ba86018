"""The analyst's desk in the web app: sessions and CSRF tokens, and plain forms read into corrections.

Every state-changing request of the app is a POST from a form of its own pages. A browser tricked by
another site into sending one (cross-site request forgery) carries the session cookie but cannot read
the page, so it cannot know the token the page's hidden field holds: the token is an HMAC of the
session id under a secret that lives only in the server's memory, and a POST without the right one is
refused before anything changes. The cookie is ``HttpOnly`` and ``SameSite=Strict``; the pages run no
script, so there is nothing that could read it.

A correction form names its kind (``kind``), its target and change fields (``target.KEY``,
``change.KEY``, the keys of the kind in ``link/corrections.KINDS``), why (``reason``) and the page to
come back to (``back``). Nothing here knows a kind by name except where one lands after it is applied.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote

from recoupe.analyze.pipeline import StageTimes
from recoupe.errors import Errors, RecoupeError
from recoupe.link.corrections import KINDS, Marks, note
from recoupe.model import PEOPLE_CATEGORIES, Article, Correction, DocumentAnalysis, Skip

#: The session cookie's name.
SESSION_COOKIE = "recoupe_session"
#: The hidden field every POST form carries.
CSRF_FIELD = "csrf"
#: What a session id looks like (``secrets.token_urlsafe(32)``); anything else gets a new session.
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{43}")
#: The largest correction form accepted (bytes): a few names, spans and a reason.
MAX_EDIT_BYTES = 20_000
#: Categories a claim may be set to, as the fix form offers them.
CATEGORIES: tuple[str, ...] = (*PEOPLE_CATEGORIES, "other")


class Sessions:
    """Session ids and the CSRF token bound to each: ``HMAC-SHA256(secret, session id)``.

    The secret is made when the server starts: a restart ends every session (a page opened before
    must be loaded again before its forms are accepted), and nothing is written to disk.
    """

    def __init__(self, secret: bytes | None = None) -> None:
        self.secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new() -> str:
        """A fresh random session id."""
        return secrets.token_urlsafe(32)

    @staticmethod
    def known(session: str | None) -> bool:
        """Whether a cookie's value is shaped like a session id this server hands out."""
        return session is not None and SESSION_ID.fullmatch(session) is not None

    def token(self, session: str) -> str:
        """The CSRF token of ``session`` (what its pages' forms carry)."""
        return hmac.new(self.secret, b"csrf:" + session.encode("ascii"), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: str | None) -> bool:
        """Whether ``token`` is the one bound to ``session`` (compared in constant time)."""
        if not self.known(session) or not token:
            return False
        assert session is not None
        return hmac.compare_digest(self.token(session), token)

    @staticmethod
    def cookie(session: str) -> str:
        """The ``Set-Cookie`` value: unreadable by script, never sent by another site's request."""
        return f"{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict"


@dataclass(frozen=True)
class Proposed:
    """A correction as a form proposes it, before ``api.correct`` reads and checks its values."""

    kind: str
    target: dict[str, Any]
    change: dict[str, Any]
    reason: str
    back: str


def proposed(form: Mapping[str, Any], getlist: Callable[[str], Sequence[Any]]) -> Proposed:
    """Read a correction form: the kind's keys only, each a text (or a list when the field repeats:
    checkboxes of articles, of written forms).

    An optional change field left empty is not given (``fix_claim`` changes only what is filled in); a
    required one is given even empty (``fix_speaker`` with no name: nobody the text names).

    Raises:
        RecoupeError: ``E801`` for a kind that is not one.
    """
    kind = str(form.get("kind") or "")
    if kind not in KINDS:
        raise RecoupeError(Errors.E801, kind=kind or "?", detail=f"not a kind of correction ({', '.join(KINDS)})")
    spec = KINDS[kind]
    required = tuple(spec.change) if spec.required is None else spec.required

    def values(prefix: str, keys: Sequence[str], keep_empty: Callable[[str], bool]) -> dict[str, Any]:
        read: dict[str, Any] = {}
        for key in keys:
            given = [str(v).strip() for v in getlist(f"{prefix}.{key}") if isinstance(v, str)]
            filled = [v for v in given if v]
            if len(filled) > 1:
                read[key] = filled
            elif filled:
                read[key] = filled[0]
            elif given and keep_empty(key):
                read[key] = ""
        return read

    return Proposed(
        kind,
        values("target", list(spec.target), lambda _: True),
        values("change", list(spec.change), lambda key: key in required),
        str(form.get("reason") or "").strip()[:1000],
        local_path(str(form.get("back") or "/")),
    )


def local_path(value: str) -> str:
    """``value`` if it is a path of this app (``/story/s1``), else ``/``: a form cannot send the
    browser to another site after a correction (``//evil.example``, ``https://…``)."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 500:
        return "/"
    return value if all(31 < ord(c) < 127 for c in value) else "/"


#: Where a correction's kind lands when its page may be gone: a merged story's page is the survivor's.
LANDINGS: dict[str, Callable[[Correction], str]] = {
    "merge_stories": lambda c: f"/story/{quote(str(c.change['into']), safe='')}",
}


def landing(correction: Correction, back: str) -> str:
    """The page to show after ``correction``: its kind's landing, else the page the form was on."""
    where = LANDINGS.get(correction.kind)
    return where(correction) if where else back


def described(values: Mapping[str, Any]) -> str:
    """A target or change in one line for the audit page: ``doc=a1, start=10, end=14``."""
    return ", ".join(f"{key}={','.join(map(str, v)) if isinstance(v, list) else v}" for key, v in values.items())


# -- the article page's forms: each claim and quote as a person corrects it -----------------------------------


@dataclass
class Desk:
    """What the article page's forms show: the claims (people first) and quotes as corrected, each with
    what a person changed (``corrected``), and every correction of the article, rejected claims too."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    date_note: str = ""


def article_desk(analysis: DocumentAnalysis, corrections: Sequence[Correction]) -> Desk:
    """The forms' data for one article, given its corrected analysis and the corrections that hold."""
    mine = [c.to_json() for c in corrections if c.target.get("doc") == analysis.doc]
    marks = Marks.of(mine)
    desk = Desk(notes=[{**c, "note": note([c])} for c in mine], date_note=note(marks.docs.get(analysis.doc, [])))
    for claim in analysis.claims:
        row = {
            "start": claim.start,
            "end": claim.end,
            "text": claim.text,
            "category": claim.category,
            "value": "" if claim.value is None else claim.value,
            "subject": claim.subject,
            "source": claim.source.text if claim.source else "",
            "corrected": note(marks.spans.get((analysis.doc, claim.start, claim.end), [])),
        }
        (desk.others if claim.category == "other" else desk.claims).append(row)
    desk.quotes = [
        {
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker": (q.speaker.entity or q.speaker.text) if q.speaker else "",
            "corrected": note(marks.spans.get((analysis.doc, q.start, q.end), [])),
        }
        for q in analysis.quotes
    ]
    return desk


# -- set_date in the app's analysis process -------------------------------------------------------------------


class PoolRunner:
    """A ``Runner`` over the app's analysis process (the one uploads use), for ``set_date``: the article
    is analyzed again there, out of the web server's GIL, while the caller's thread waits.

    ``prepare`` analyzes before the store lock is taken, so pages keep answering meanwhile; ``analyze_many``
    then hands back what was prepared and analyzes only what was not.
    """

    def __init__(self, pool: Callable[[], Executor]) -> None:
        self.pool = pool
        self.times = StageTimes()
        self.ready: dict[tuple[str, str | None, str], DocumentAnalysis | Skip] = {}

    @staticmethod
    def _key(article: Article) -> tuple[str, str | None, str]:
        return article.id, article.published, hashlib.sha1(article.text.encode()).hexdigest()

    def prepare(self, articles: Sequence[Article]) -> None:
        """Analyze ``articles`` now, to be handed back by :meth:`analyze_many`."""
        from recoupe.analyze.parallel import _run

        wanted = [a for a in articles if self._key(a) not in self.ready]
        if wanted:
            results, _ = self.pool().submit(_run, wanted).result()
            self.ready.update((self._key(a), r) for a, r in zip(wanted, results, strict=True))

    def analyze_many(self, articles: Any) -> Any:
        """The results of ``articles`` in order, prepared ones first taken from what :meth:`prepare` made."""
        listed = list(articles)
        self.prepare(listed)
        return iter([self.ready.pop(self._key(a)) for a in listed])


def redated(article: Article, published: str) -> Article:
    """The article as ``set_date`` analyzes it again: the same text, the new date."""
    return replace(article, published=published)
