"""A small web server on 127.0.0.1 for the fetching and watch tests: routes that tests change between
cycles, ETag / Last-Modified answered with 304, slow, huge and failing answers, and a log of every
request. It binds to the loopback address only, and stops by itself after ``lifetime`` seconds even if a
test forgets to stop it; no test reaches beyond this machine.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What one path answers. ``etag``: answer 304 to a matching If-None-Match (and send it)."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: bool = True
    last_modified: str | None = None
    stream: int = 0  # send this many bytes in chunks, with no Content-Length


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


class LocalWeb:
    """``web.routes["/feed.xml"] = Route(...)``; ``web.url("/feed.xml")``; ``web.hits``."""

    def __init__(self, lifetime: float = 180.0) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection; a body may end at the close
            timeout = 10

            def log_message(self, *_: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                with owner.lock:
                    owner.hits.append(Hit(self.path, dict(self.headers), time.monotonic()))
                    route = owner.routes.get(self.path) or owner.routes.get(self.path.split("?")[0])
                try:
                    self._answer(route)
                except (BrokenPipeError, ConnectionResetError, TimeoutError):
                    pass  # the client gave up (a timeout test): nothing to do

            def _answer(self, route: Route | None) -> None:
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"not found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                tag = f'"{hashlib.sha256(route.body).hexdigest()[:16]}"' if route.etag else None
                fresh = (tag is not None and self.headers.get("If-None-Match") == tag) or (
                    route.last_modified is not None and self.headers.get("If-Modified-Since") == route.last_modified
                )
                self.send_response(304 if fresh and route.status == 200 else route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if tag:
                    self.send_header("ETag", tag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                if fresh and route.status == 200:
                    self.end_headers()
                    return
                self.send_header("Content-Type", route.content_type)
                if route.stream:
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
                    for _ in range(route.stream // len(chunk) + 1):
                        self.wfile.write(chunk)
                    return
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False  # type: ignore[attr-defined]
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.watchdog = threading.Timer(lifetime, self.stop)
        self.watchdog.daemon = True

    def start(self) -> LocalWeb:
        self.thread.start()
        self.watchdog.start()
        return self

    def stop(self) -> None:
        self.watchdog.cancel()
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self, since: int = 0) -> list[str]:
        """The paths requested (from hit number ``since`` on), in order."""
        with self.lock:
            return [hit.path for hit in self.hits[since:]]

    def page(
        self,
        path: str,
        title: str,
        text: str,
        *,
        canonical: str | None = None,
        published: str = "2022-01-07",
        **route: object,
    ) -> None:
        """An article page: title, date, site name, optional canonical link, paragraphs of ``text``."""
        link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        html = (
            f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>{link}'
            f'<meta property="og:site_name" content="Le Courrier du Val">'
            f'<meta property="article:published_time" content="{published}T08:00:00+01:00"></head>'
            f"<body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><article><h1>{title}</h1>"
            f"{paragraphs}</article><footer>© Le Courrier du Val</footer></body></html>"
        )
        self.routes[path] = Route(html.encode("utf-8"), **route)  # type: ignore[arg-type]

    def feed(self, path: str, title: str, items: list[tuple[str, str, str]], **route: object) -> None:
        """An RSS feed whose items are ``(title, link path or URL, updated)``."""
        entries = "".join(
            f"<item><title>{t}</title><link>{link if link.startswith('http') else self.url(link)}</link>"
            f"<guid>{link}</guid><pubDate>{updated}</pubDate><description>{t}</description></item>"
            for t, link, updated in items
        )
        xml = (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{self.url('/')}</link><description>flux</description>{entries}</channel></rss>"
        )
        self.routes[path] = Route(xml.encode("utf-8"), content_type="application/rss+xml")  # type: ignore[arg-type]
        for key, value in route.items():
            setattr(self.routes[path], key, value)
