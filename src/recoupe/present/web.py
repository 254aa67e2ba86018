"""The local web app: the report's views over a live store, search, and (if allowed) adding articles
and correcting what the machine found (the analyst's desk).

Read-only unless started with ``--allow-uploads`` or ``--allow-edits``: the store is then opened for
writing. With uploads, a form takes a pasted or uploaded article, analyzes it and links it on the spot;
with edits, plain forms on the story, article and entity pages record corrections (``api.correct``)
under the editor's name, and ``/corrections`` lists them with an undo button. Every POST carries the
CSRF token of its session (``present/desk.py``) and is refused without it. It binds to 127.0.0.1 by
default. Every page is server-rendered with autoescaping; the Content-Security-Policy forbids script
(there is none), so text from an article can never run in the browser. Routes only read the store
(or write it through ``api``): no route maps a URL to a file on disk, except the packaged stylesheet.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import multiprocessing
import re
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile  # what request.form() yields (fastapi's is a subclass)

from recoupe.analyze.pipeline import Runner
from recoupe.errors import Errors, RecoupeError
from recoupe.model import Article, Correction, DocumentAnalysis, Skip
from recoupe.present.desk import (
    CATEGORIES,
    CSRF_FIELD,
    MAX_EDIT_BYTES,
    SESSION_COOKIE,
    PoolRunner,
    Proposed,
    Sessions,
    article_desk,
    described,
    landing,
    local_path,
    proposed,
    redated,
)
from recoupe.present.render import environment, stylesheet
from recoupe.present.views import article_html, cited_spans, story_page
from recoupe.store import Store

#: The largest article the form accepts (bytes).
MAX_UPLOAD_BYTES = 2_000_000
#: At most this many articles added per client per minute.
UPLOADS_PER_MINUTE = 10
#: A form's whole body may exceed the article by this much (field names, boundaries, title, outlet).
FORM_OVERHEAD = 10_000
#: Uploads waiting for, or in, analysis; one more is refused (503) rather than queued without end.
UPLOAD_QUEUE = 3

#: A search filter's day (``from``, ``to``), as the store's dates are written.
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

log = logging.getLogger("recoupe.web")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # not "no-referrer": under it a browser's form POST says ``Origin: null``, which is refused as a
    # cross-site write; "same-origin" still tells other sites nothing (an article's source link)
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class RateLimiter:
    """A sliding one-minute window of events per client."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.events: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            window = self.events.setdefault(client, deque())
            while window and now - window[0] > 60:
                window.popleft()
            if len(window) >= self.per_minute:
                return False
            window.append(now)
            return True


def create_app(
    db: Path,
    allow_uploads: bool = False,
    model: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
    allow_edits: bool = False,
    editor: str | None = None,
    analyzer: Runner | None = None,
) -> FastAPI:
    """The web app over the store at ``db``.

    Args:
        allow_uploads: open the store for writing and offer the form that adds articles.
        model: spaCy pipeline for added articles and re-dated ones (loaded on first use).
        allowed_hosts: host names accepted in the ``Host`` header besides IP addresses and
            ``localhost`` (DNS rebinding: a page of ``evil.example`` re-pointed at 127.0.0.1 sends
            ``Host: evil.example``, and is refused).
        allow_edits: open the store for writing and offer the correction forms and undo.
        editor: who the corrections made here are by (required with ``allow_edits``: every correction
            says who decided; one server, one editor, as ``recoupe correct --editor``).
        analyzer: where a re-dated article is analyzed again (default: the app's analysis process).

    Raises:
        ValueError: edits allowed with no editor named.
    """
    if allow_edits and not (editor or "").strip():
        raise ValueError("--allow-edits needs --editor NAME: every correction says who made it")
    editor = (editor or "").strip()
    store = Store(db, readonly=not (allow_uploads or allow_edits))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if "pool" in analysis:  # the analysis process ends with the server
            analysis.pop("pool").shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="recoupe", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    env = environment()
    limiter = RateLimiter(UPLOADS_PER_MINUTE)
    lock = threading.Lock()  # one connection: reads and the writer's transactions take turns
    # Uploads are analyzed in one separate process, off the event loop and out of its GIL (spaCy's
    # parser holds the GIL for seconds on a long text, so a thread would still freeze the pages).
    analysis: dict[str, ProcessPoolExecutor] = {}
    slots = asyncio.Semaphore(UPLOAD_QUEUE)  # uploads in analysis or waiting for it; beyond, 503
    hosts = {"localhost", *(h.lower() for h in allowed_hosts)}
    sessions = Sessions()
    pool_lock = threading.Lock()  # the analysis process is started once, from the loop or a worker thread
    edit_lock = threading.Lock()  # one correction at a time (a re-dating one analyzes before it stores)

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        """Refuse foreign hosts and cross-site writes; give a browser without a session one; every
        response, errors too, gets the headers."""
        session = request.cookies.get(SESSION_COOKIE)
        fresh = None if sessions.known(session) else sessions.new()
        request.state.session = fresh or session
        try:
            refusal = _refusal(request, hosts)
            response: Response = refusal if refusal is not None else await call_next(request)
        except Exception:  # a store that fails mid-request: a plain 500, with the same headers
            log.exception("error serving %s", request.url.path)
            response = PlainTextResponse("internal error", status_code=500)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if fresh is not None:
            response.headers.append("Set-Cookie", sessions.cookie(fresh))
        return response

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(
            app=True,
            uploads=allow_uploads,
            edits=allow_edits,
            editor=editor,
            csrf=sessions.token(request.state.session),
            here=_here(request),
            home="/",
            inline_css=None,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def require_token(request: Request, form: Any) -> None:
        """Refuse (403) a form whose token is not its session's: another site made the browser send it."""
        token = form.get(CSRF_FIELD)
        if not sessions.valid(request.cookies.get(SESSION_COOKIE), token if isinstance(token, str) else None):
            raise HTTPException(403, "form token missing or not this session's: load the page again and resend")

    def require_edits() -> None:
        if not allow_edits:
            raise HTTPException(403, "this app does not take corrections (start it with --allow-edits --editor NAME)")

    def cite(doc: str, target: str) -> str:
        start, end = target.rsplit("-", 2)[-2:]
        return f"/article/{_quote(doc)}?hl={start}-{end}#{target}"

    @app.get("/static/style.css")
    def style() -> PlainTextResponse:
        return PlainTextResponse(stylesheet(), media_type="text/css")

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        with lock:
            return page(request, "index.html", stories=store.stories(), count=store.article_count())

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story(request: Request, story_id: str) -> HTMLResponse:
        with lock:
            found = store.story(story_id)
            if found is None or not found.documents:
                raise HTTPException(404, "no such story")
            others = [s for s in store.stories() if s.id != found.id] if allow_edits else []
            return page(
                request,
                "story.html",
                page=story_page(store, found),
                cite=cite,
                article_link=lambda doc: f"/article/{_quote(doc)}",
                others=others,
            )

    @app.get("/article/{doc:path}", response_class=HTMLResponse)
    def article(request: Request, doc: str, hl: str | None = None) -> HTMLResponse:
        with lock:
            pairs = store.corrected_articles([doc])
            if not pairs:
                raise HTTPException(404, "no such article")
            item, analysis = pairs[0]
            story_id = store.story_of(doc)
            story_obj = store.story(story_id) if story_id else None
            cited = cited_spans(store, story_obj).get(doc, []) if story_obj else []
            desk = article_desk(analysis, store.corrections(include_undone=False))
        return page(
            request,
            "article.html",
            story=story_id,
            desk=desk,
            categories=CATEGORIES,
            item={
                "doc": item.id,
                "anchor_id": item.id,
                "title": item.title or item.id,
                "outlet": item.outlet or "",
                "published": analysis.published,
                "url": item.url,
                "html": article_html(item, analysis, cited, _span(hl, len(item.text))),
            },
        )

    @app.get("/search", response_class=HTMLResponse)
    def search(
        request: Request,
        q: str = "",
        story: str = "",
        outlet: str = "",
        since: str = Query("", alias="from"),
        until: str = Query("", alias="to"),
    ) -> HTMLResponse:
        """Search with optional filters, all plain query parameters (a GET form: no script needed)."""
        for name, value in (("from", since), ("to", until)):
            if value and not _day(value):
                raise HTTPException(400, f"{name}: a day as YYYY-MM-DD")
        filters = {"story": story[:100], "outlet": outlet[:200], "from": since, "to": until}
        with lock:
            stories = store.stories()
            results = (
                store.search(
                    q[:200],
                    story=filters["story"] or None,
                    outlet=filters["outlet"] or None,
                    since=since or None,
                    until=until or None,
                )
                if q.strip()
                else None
            )
        return page(
            request,
            "search.html",
            query=q,
            results=results or {"articles": [], "quotes": []},
            filters=filters,
            stories=stories,
            titles={s.id: s.title for s in stories},
        )

    @app.get("/entity/{name:path}", response_class=HTMLResponse)
    def entity(request: Request, name: str) -> HTMLResponse:
        """An entity under any of its names: its articles, quotes and figures across stories."""
        with lock:
            found = store.entity(name[:200])
            if found is None:
                raise HTTPException(404, "no such entity")
            titles = {s.id: s.title for s in store.stories()}
        return page(request, "entity.html", entity=found, titles=titles)

    @app.get("/add", response_class=HTMLResponse)
    def add_form(request: Request) -> HTMLResponse:
        if not allow_uploads:
            raise HTTPException(403, "this app is read-only (start it with --allow-uploads)")
        return page(request, "add.html")

    def fresh_of(articles: list[Article]) -> list[Article]:
        from recoupe.store import content_hash

        with lock:
            stored = store.hashes(a.id for a in articles)
        return [a for a in articles if stored.get(a.id) != content_hash(a)]

    def link(articles: list[Article], results: list[DocumentAnalysis | Skip]) -> None:
        from recoupe.api import link_into_store

        by_id = {a.id: a for a in articles}
        with lock:
            link_into_store(store, [(by_id[r.doc], r) for r in results if not isinstance(r, Skip)])

    def analysis_pool() -> ProcessPoolExecutor:
        """The analysis process, started on first use (an upload, a re-dating); it loads the model once."""
        with pool_lock:
            if "pool" not in analysis:
                main = threading.current_thread() is threading.main_thread()
                analysis["pool"] = ProcessPoolExecutor(
                    1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_analysis,
                    initargs=(model, main),
                )
            return analysis["pool"]

    async def add_articles(articles: list[Article]) -> list[Skip]:
        """Analyze in the analysis process, link in a thread: the event loop only waits."""
        fresh = await run_in_threadpool(fresh_of, articles)
        if not fresh:
            return []
        from recoupe.analyze.parallel import _run

        results, _ = await asyncio.wrap_future(analysis_pool().submit(_run, fresh))
        await run_in_threadpool(link, fresh, results)
        return [r for r in results if isinstance(r, Skip)]

    @app.post("/add")
    async def add(request: Request) -> Response:
        if not allow_uploads:
            raise HTTPException(403, "this app is read-only (start it with --allow-uploads)")
        limit = MAX_UPLOAD_BYTES + FORM_OVERHEAD
        declared = request.headers.get("content-length") or "0"
        if not declared.isdigit() or int(declared) > limit:
            raise HTTPException(413, f"article too large (limit {MAX_UPLOAD_BYTES} bytes)")
        await _read_body(request, limit)  # counted as it arrives: a chunked body has no Content-Length
        form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_UPLOAD_BYTES + 1)
        require_token(request, form)
        client = request.client.host if request.client else "unknown"
        if not limiter.allow(client):
            raise HTTPException(429, f"too many articles (limit {UPLOADS_PER_MINUTE} a minute)")
        records = await _form_articles(form)
        articles = [r for r in records if isinstance(r, Article)]
        if not articles:
            reason = "; ".join(r.reason for r in records if isinstance(r, Skip)) or "no article text"
            return page(request, "add.html", error=reason)
        if slots.locked():
            raise HTTPException(
                503, "busy analyzing other articles: try again in a minute", headers={"Retry-After": "60"}
            )
        async with slots:
            failed = await add_articles(articles)
        if failed and len(failed) == len(articles):
            return page(request, "add.html", error="; ".join(r.reason for r in failed))
        return RedirectResponse(f"/article/{_quote(articles[0].id)}", status_code=303)

    # -- the analyst's desk: corrections by plain forms, the audit page, undo ----------------------------

    def runner() -> Runner:
        return analyzer or PoolRunner(analysis_pool)

    def record(proposal: Proposed) -> Correction:
        """Store and apply one correction (in a worker thread); a new date is analyzed before the store
        lock is taken, so pages keep answering while the analysis process works."""
        with edit_lock:
            run = runner()
            day, doc = proposal.change.get("published"), proposal.target.get("doc")
            if isinstance(run, PoolRunner) and isinstance(day, str) and isinstance(doc, str):
                with lock:
                    pair = store.article(doc)
                if pair is not None:
                    run.prepare([redated(pair[0], day)])
            from recoupe import api

            with lock:
                return api.correct(
                    store,
                    proposal.kind,
                    proposal.target,
                    proposal.change,
                    editor=editor,
                    reason=proposal.reason,
                    analyzer=run,
                )

    def take_back(correction_id: int) -> Correction:
        from recoupe import api

        with edit_lock, lock:
            return api.undo(store, correction_id, editor=editor, analyzer=runner())

    async def edit_form(request: Request) -> Any:
        """The body of a correction or undo form, bounded, with its token checked."""
        require_edits()
        declared = request.headers.get("content-length") or "0"
        if not declared.isdigit() or int(declared) > MAX_EDIT_BYTES:
            raise HTTPException(413, f"form too large (limit {MAX_EDIT_BYTES} bytes)")
        await _read_body(request, MAX_EDIT_BYTES, "form")
        form = await request.form(max_files=0, max_fields=200)
        require_token(request, form)
        return form

    @app.post("/correct")
    async def correct(request: Request) -> Response:
        """Record a correction from a form, then show its page with the change marked."""
        form = await edit_form(request)
        try:
            proposal = proposed(form, form.getlist)
            done = await run_in_threadpool(record, proposal)
        except RecoupeError as error:
            back = local_path(str(form.get("back") or "/"))
            return page(request, "refused.html", status=400, error=str(error), back=back)
        return RedirectResponse(landing(done, proposal.back), status_code=303)

    @app.post("/undo/{correction_id}")
    async def undo(request: Request, correction_id: int) -> Response:
        """Undo a correction from the audit page: the machine's answer (or an earlier correction) is back."""
        await edit_form(request)
        try:
            await run_in_threadpool(take_back, correction_id)
        except RecoupeError as error:
            return page(request, "refused.html", status=400, error=str(error), back="/corrections")
        return RedirectResponse(f"/corrections#correction-{correction_id}", status_code=303)

    @app.get("/corrections", response_class=HTMLResponse)
    def corrections(request: Request) -> HTMLResponse:
        """The audit page: every correction, who made it and why, whether it holds, and who undid it."""
        from recoupe import api
        from recoupe.link.corrections import KINDS

        with lock:
            states = api.correction_states(store)
        rows = [
            {
                **c.to_json(),
                "state": state,
                "target_text": described(c.target),
                "change_text": described(c.change),
                "summary": KINDS[c.kind].summary if c.kind in KINDS else "",
            }
            for c, state in reversed(states)
        ]
        return page(request, "corrections.html", rows=rows)

    app.state.store = store
    app.state.sessions = sessions  # tests read a session's token from it
    return app


def _start_analysis(model: str | None, die_with_parent: bool) -> None:
    """Set up the analysis process: it dies with the server (even a killed one), then loads the model.

    Linux delivers the parent-death signal when the *thread* that started the process ends, so it is
    asked for only when that is the main thread (uvicorn's event loop), not a test client's portal.
    """
    if die_with_parent and sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    from recoupe.analyze.parallel import _init

    _init("fr", model, 32)


def _refusal(request: Request, hosts: set[str]) -> Response | None:
    """Why a request is refused before any route sees it, or ``None``.

    ``Host`` must be an IP address or a known name (DNS rebinding). A write (POST) must not come from
    another site: browsers say so in ``Sec-Fetch-Site`` and ``Origin``; a client that sends neither
    (curl, a script) is no browser tricked into it.
    """
    host = request.headers.get("host", "")
    name = urlsplit(f"//{host}").hostname or ""
    if not _ip(name) and name not in hosts:
        return PlainTextResponse(f"unknown host {host!r}: open this app by its address (127.0.0.1)", 421)
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return PlainTextResponse("cross-site request refused", 403)
        origin = request.headers.get("origin")
        if origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host.lower()):
            return PlainTextResponse("cross-origin request refused", 403)
    return None


def _day(value: str) -> bool:
    """Whether a filter's day is a real one written ``YYYY-MM-DD`` (``2022-13-45`` is not)."""
    import datetime

    if not DAY.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


async def _read_body(request: Request, limit: int, what: str = "article") -> None:
    """Read the body, refusing it (413) as soon as it passes ``limit``; the form is parsed from it."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            shown = MAX_UPLOAD_BYTES if what == "article" else limit
            raise HTTPException(413, f"{what} too large (limit {shown} bytes)")
    request._body = bytes(body)  # Request.form() reads a body already read from here


async def _form_articles(form: Any) -> list[Article | Skip]:
    """The article(s) a submitted form holds: an uploaded file (read by its reader) or pasted text."""
    import hashlib
    import tempfile

    from recoupe.ingest import read_articles
    from recoupe.ingest.markers import normalize_published

    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            return [Skip(upload.filename, f"file over {MAX_UPLOAD_BYTES} bytes", "E106")]
        suffix = Path(upload.filename).suffix.lower()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(data)
            records = list(read_articles([path], max_bytes=MAX_UPLOAD_BYTES))
        for record in records:
            if isinstance(record, Article):
                record.id = f"upload-{hashlib.sha1(record.text.encode()).hexdigest()[:12]}"
        return records
    text = str(form.get("text") or "")
    if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
        return [Skip("form", f"text over {MAX_UPLOAD_BYTES} bytes", "E106")]
    if not text.strip():
        return [Skip("form", "empty article text", "E207")]
    return [
        Article(
            id=f"paste-{hashlib.sha1(text.encode()).hexdigest()[:12]}",
            text=text,
            title=str(form.get("title") or "") or None,
            outlet=str(form.get("outlet") or "") or None,
            published=normalize_published(str(form.get("published") or "")),
        )
    ]


def _here(request: Request) -> str:
    """The page's own path as the browser wrote it (percent-encoded): where its forms come back to."""
    raw = request.scope.get("raw_path")
    return local_path(raw.decode("latin-1") if isinstance(raw, bytes) else request.url.path)


def _quote(doc: str) -> str:
    from urllib.parse import quote

    return quote(doc, safe="")


def _span(value: str | None, limit: int) -> tuple[int, int] | None:
    """``"12-40"`` → ``(12, 40)`` when it is a valid span of the article, else nothing to highlight."""
    if not value or "-" not in value:
        return None
    start, _, end = value.partition("-")
    if not (start.isdigit() and end.isdigit()):
        return None
    first, last = int(start), int(end)
    return (first, last) if 0 <= first < last <= limit else None


def listen(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A socket listening on ``host:port`` (port 0: any free one), bound as uvicorn would bind it.

    Binding here, before anything is announced, turns a port in use into one clear error instead of
    a "serving on …" line followed by uvicorn's log and exit.

    Raises:
        RecoupeError: ``E502`` with the system's reason (address in use, unknown host, no permission).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen()  # the port is taken from here on (uvicorn listens again with its own backlog)
    except OSError as error:
        sock.close()
        reason = error.strerror or str(error)
        if error.errno == errno.EADDRINUSE:
            reason += " (another program listens there: stop it or choose another --port)"
        raise RecoupeError(Errors.E502, host=host, port=port, error=reason) from error
    return sock


def serve(
    db: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_uploads: bool = False,
    model: str | None = None,
    sock: socket.socket | None = None,
    allowed_hosts: tuple[str, ...] = (),
    allow_edits: bool = False,
    editor: str | None = None,
) -> None:
    """Run the app with uvicorn (blocking), on ``sock`` if given (see :func:`listen`), else on ``host:port``.

    Raises:
        RecoupeError: ``E502`` when ``host:port`` cannot be bound.
    """
    import uvicorn

    sock = sock or listen(host, port)
    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(
        create_app(
            db,
            allow_uploads=allow_uploads,
            model=model,
            allowed_hosts=allowed_hosts,
            allow_edits=allow_edits,
            editor=editor,
        ),
        host=host,
        port=port,
        log_level="warning",
    )
    uvicorn.Server(config).run(sockets=[sock])
