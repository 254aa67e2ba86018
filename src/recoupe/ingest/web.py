"""Reading the web politely: fetch pages and feeds over HTTP(S) and turn them into articles.

A crisis is followed from sites that owe recoupe nothing, so every request is one a webmaster would
accept: a User-Agent naming recoupe and its version, robots.txt honoured (its Crawl-delay too), at most
one request per host per ``host_delay`` seconds, conditional GETs (ETag / Last-Modified) so an unchanged
feed costs one ``304``, timeouts on every operation and on the whole response, a size cap enforced
while streaming (a 10 MB page or a gzip bomb is cut off, not buffered), retries with backoff only where
a retry can help (5xx, timeouts, refused connections; never 4xx), a bounded number of redirects, and
only ``http``/``https``. Each failure is one :class:`~recoupe.model.Skip` with a code: a bad URL never
stops a batch or a watch cycle.

Feeds are refused when they declare XML entities (the billion-laughs expansion and external-entity
reads both need an internal DTD subset, which no real feed has); pages go through trafilatura like
``.html`` files, with the canonical URL (``<link rel=canonical>``, ``og:url``; same site only) kept.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from recoupe import __version__
from recoupe.errors import Errors
from recoupe.ingest.files import DEFAULT_MAX_BYTES, DecodeError, decode
from recoupe.ingest.markers import normalize_published
from recoupe.ingest.readers import MIN_HTML_WORDS, html_to_text
from recoupe.model import Article, Skip

#: The product token robots.txt rules are matched against, and the start of the User-Agent.
ROBOTS_AGENT = "recoupe"
USER_AGENT = f"recoupe/{__version__} (news cross-checking; honours robots.txt)"
#: robots.txt files larger than this are read up to it (RFC 9309 asks crawlers to read at least 500 KiB).
ROBOTS_MAX_BYTES = 512_000
#: How long a host's robots.txt is trusted before it is fetched again (a watch runs for days).
ROBOTS_TTL = 3600.0
#: A Crawl-delay above this is capped: recoupe then reads that host slowly rather than not at all.
MAX_CRAWL_DELAY = 60.0
#: After a host refused or did not accept connections through all retries, its other addresses fail
#: at once for this long: a dead site with 30 items must not cost 30 rounds of retries and timeouts.
HOST_DOWN_SECONDS = 300.0

#: Query parameters that only track where a reader came from; two URLs differing by them are one article.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "xtor",
        "xtref",
        "ocid",
        "cmpid",
        "icid",
        "ito",
        "at_medium",
        "at_campaign",
        "at_platform",
        "at_send_date",
        "at_creation",
        "at_link",
        "at_ptr_name",
        "at_format",
        "at_term",
        "at_variant",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "smid",
        "smtyp",
        "sr_share",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_")

_FEED_TYPES = ("rss", "atom", "rdf", "/xml", "+xml")
_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
_ENTITY_DECLARATION = re.compile(r"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FetchPolicy:
    """How recoupe behaves on the web; the defaults are what the README promises.

    Attributes:
        host_delay: seconds between two requests to one host (robots.txt ``Crawl-delay`` may raise it).
        timeout: seconds for each connect / read / write.
        deadline: seconds for a whole response (a server trickling one byte a second is cut off).
        max_bytes: largest body read (after decompression).
        retries: further attempts after a 5xx, a timeout or a refused connection.
        backoff: seconds before the first retry; doubled each time (or the server's ``Retry-After``,
            up to ``max_backoff``).
        max_redirects: redirects followed per request.
        robots: honour robots.txt.
    """

    host_delay: float = 1.0
    timeout: float = 15.0
    deadline: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_redirects: int = 5
    robots: bool = True
    user_agent: str = USER_AGENT


@dataclass
class Fetched:
    """One response recoupe read: ``status`` 200 with ``body``, or 304 (nothing new, no body)."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        match = re.search(r"charset=[\"']?([\w.:-]+)", self.content_type, re.IGNORECASE)
        return match.group(1) if match else None


class FetchError(Exception):
    """A fetch that gave no usable response; ``skip`` is the line to print, ``transient`` whether a
    later cycle may succeed (a 5xx or a timeout may; a 404 or a robots.txt refusal will not)."""

    def __init__(self, url: str, code: Errors, transient: bool = False, **kwargs: object) -> None:
        self.skip = Skip(url, code.format(**kwargs), code.name)
        self.transient = transient
        super().__init__(str(self.skip))


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed (no robots.txt)
    fetched: float
    delay: float = 0.0


class Fetcher:
    """An HTTP client that keeps to :class:`FetchPolicy`; one per command or watch (it holds the
    per-host clock and the robots.txt cache). Not for concurrent use from several threads.

    Args:
        policy: limits and manners.
        sleep: the function that waits, and ``clock`` the one that tells the time (a test passes a
            fake pair to check the pacing without waiting).
        transport: an httpx transport (tests only; real runs use the network).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.sleep = sleep
        self.clock = clock
        self.client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept": "*/*"},
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,
            transport=transport,
            trust_env=False,
        )
        self._next_request: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self._down: dict[str, tuple[float, str]] = {}  # netloc → (when, why) of a failed connection
        self._lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- the public call ------------------------------------------------------------------------------

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely; a 304 when ``etag``/``last_modified`` still hold.

        Raises:
            FetchError: with the skip line (a bad scheme, robots.txt, 4xx, 5xx or timeouts after the
                retries, too many redirects, a body over the size cap).
        """
        current = url
        seen = [url]
        for _hop in range(self.policy.max_redirects + 1):
            _check_scheme(url, current)
            self._check_robots(url, current)
            conditional = {}
            if current == url:  # validators belong to the address they were given for
                if etag:
                    conditional["If-None-Match"] = etag
                if last_modified:
                    conditional["If-Modified-Since"] = last_modified
            result = self._get(url, current, conditional, self.policy.max_bytes)
            if isinstance(result, Fetched):
                result.url = url
                return result
            target = urljoin(current, result)
            if _same(target, seen):
                raise FetchError(url, Errors.E605, detail=f"redirect loop: {' → '.join([*seen, target])}")
            seen.append(target)
            current = target
        raise FetchError(url, Errors.E605, detail=f"more than {self.policy.max_redirects} redirects")

    # -- one address, with retries --------------------------------------------------------------------

    def _get(self, url: str, current: str, headers: dict[str, str], limit: int) -> Fetched | str:
        """The response at ``current`` (or the redirect target it names), retrying what may pass."""
        netloc = urlsplit(current).netloc
        if netloc in self._down:
            when, why = self._down[netloc]
            ago = self.clock() - when
            if ago < HOST_DOWN_SECONDS:
                raise FetchError(
                    url, Errors.E610, transient=True, host=netloc, seconds=ago, error=why, wait=HOST_DOWN_SECONDS - ago
                )
            del self._down[netloc]
        attempts = self.policy.retries + 1
        for attempt in range(1, attempts + 1):
            wait = self.policy.backoff * 2 ** (attempt - 1)
            try:
                return self._once(url, current, headers, limit)
            except _Retry as retry:
                if attempt == attempts:
                    if retry.unreachable:
                        self._down[netloc] = (self.clock(), str(retry.details.get("error", "no connection")))
                    raise FetchError(url, retry.code, transient=True, attempts=attempts, **retry.details) from None
                if retry.after is not None:
                    wait = retry.after
                self.sleep(min(wait, self.policy.max_backoff))
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, current: str, headers: dict[str, str], limit: int) -> Fetched | str:
        host = urlsplit(current).hostname or ""
        self._pace(host)
        started = time.monotonic()
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                status = response.status_code
                if response.is_redirect and response.headers.get("location"):
                    return response.headers["location"]
                if status >= 500:
                    raise _Retry(
                        Errors.E602,
                        _retry_after(response),
                        status=status,
                        reason=response.reason_phrase or "server error",
                    )
                if status == 304:
                    return self._fetched(url, current, response, b"")
                if status >= 400 or status < 200 or status >= 300:
                    raise FetchError(url, Errors.E601, status=status, reason=response.reason_phrase or "")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, Errors.E606, size=f"{int(declared)} bytes", limit=limit)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, Errors.E606, size=f"more than {limit} bytes", limit=limit)
                    if time.monotonic() - started > self.policy.deadline:
                        raise _Retry(Errors.E603, None, seconds=self.policy.deadline)
                    chunks.append(chunk)
                return self._fetched(url, current, response, b"".join(chunks))
        except httpx.ConnectTimeout:
            raise _Retry(Errors.E603, None, unreachable=True, seconds=self.policy.timeout) from None
        except httpx.TimeoutException:
            raise _Retry(Errors.E603, None, seconds=self.policy.timeout) from None
        except httpx.ConnectError as error:
            raise _Retry(Errors.E604, None, unreachable=True, error=_describe(error)) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
            raise _Retry(Errors.E604, None, error=_describe(error)) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(url, Errors.E110, scheme=str(error)) from None
        except httpx.DecodingError as error:
            raise FetchError(url, Errors.E604, error=f"undecodable body ({error})", attempts=1) from None

    @staticmethod
    def _fetched(url: str, current: str, response: httpx.Response, body: bytes) -> Fetched:
        return Fetched(
            url=url,
            final_url=current,
            status=response.status_code,
            body=body,
            content_type=response.headers.get("content-type", ""),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            headers=dict(response.headers),
        )

    def _pace(self, host: str) -> None:
        """Wait until ``host`` may be asked again (one request per ``host_delay`` or Crawl-delay)."""
        with self._lock:
            now = self.clock()
            ready = self._next_request.get(host, now)
            if ready > now:
                self.sleep(ready - now)
                now = self.clock()
            robots = next((r for origin, r in self._robots.items() if urlsplit(origin).hostname == host), None)
            delay = max(self.policy.host_delay, robots.delay if robots else 0.0)
            self._next_request[host] = max(ready, now) + delay
            self.requests += 1

    # -- robots.txt -----------------------------------------------------------------------------------

    def _check_robots(self, url: str, current: str) -> None:
        if not self.policy.robots:
            return
        parts = urlsplit(current)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        if robots is None or self.clock() - robots.fetched > ROBOTS_TTL:
            robots = self._robots[origin] = self._read_robots(url, origin)
        if robots.parser is not None and not robots.parser.can_fetch(ROBOTS_AGENT, current):
            raise FetchError(url, Errors.E607, robots=f"{origin}/robots.txt")

    def _read_robots(self, url: str, origin: str) -> _Robots:
        """RFC 9309: a 4xx means no rules; a 5xx means "do not crawl now"; unreachable, the fetch fails."""
        current = f"{origin}/robots.txt"
        for _hop in range(self.policy.max_redirects + 1):
            try:
                result = self._get(url, current, {}, ROBOTS_MAX_BYTES)
            except FetchError as error:
                if error.skip.code == "E602":
                    raise FetchError(
                        url, Errors.E607, transient=True, robots=f"{origin}/robots.txt (it answers with a server error)"
                    ) from None
                if error.skip.code in ("E601", "E110", "E606"):
                    return _Robots(None, self.clock())
                raise
            if isinstance(result, Fetched):
                break
            current = urljoin(current, result)
            if urlsplit(current).scheme not in ("http", "https"):
                return _Robots(None, self.clock())
        else:
            return _Robots(None, self.clock())
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        return _Robots(parser, self.clock(), min(float(delay or 0), MAX_CRAWL_DELAY))


class _Retry(Exception):
    """A failure worth another attempt (5xx, timeout, connection)."""

    def __init__(self, code: Errors, after: float | None, unreachable: bool = False, **details: object) -> None:
        self.code = code
        self.after = after
        self.unreachable = unreachable  # no connection at all: the host, not this page, is the problem
        self.details = details
        super().__init__(code.name)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def _describe(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text.split("] ")[-1] if "Errno" in text else text


def _check_scheme(url: str, current: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https") or not urlsplit(current).hostname:
        raise FetchError(url, Errors.E110, scheme=f"{scheme}:" if scheme else current)


def _same(target: str, seen: list[str]) -> bool:
    normal = normalize_url(target)
    return any(normalize_url(s) == normal for s in seen)


def fix_url(text: str) -> str:
    """``https:/x`` (a double slash collapsed by a path library) back to ``https://x``."""
    return re.sub(r"(?i)^(https?):/(?!/)", r"\1://", text.strip())


def normalize_url(url: str) -> str:
    """The one spelling of an article's address: lower-case scheme and host, no default port, no
    fragment, no tracking parameters (``utm_*``, ``xtor``, ``fbclid``…), other parameters kept in order."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"[{host}]" if ":" in host else host
    if port:
        netloc += f":{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMETERS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def same_site(a: str, b: str) -> bool:
    """Whether two addresses belong to one site (``www.``, ``m.``, ``amp.`` and subdomains aside).

    A page may only name a canonical URL of its own site: otherwise any page could replace another
    outlet's article in the store by claiming its address.
    """

    def bare(url: str) -> str:
        host = (urlsplit(url).hostname or "").lower()
        return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)

    x, y = bare(a), bare(b)
    return bool(x) and (x == y or x.endswith("." + y) or y.endswith("." + x))


# -- what a response is ---------------------------------------------------------------------------------


def is_feed(fetched: Fetched) -> bool:
    """A feed by its Content-Type, or by its first element when the server says only text/xml or less."""
    kind = fetched.content_type.split(";")[0].strip().lower()
    if any(t in kind for t in _FEED_TYPES) and "html" not in kind:
        return True
    if kind.startswith(_PAGE_TYPES):
        return False
    head = fetched.body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and b"<html" not in head


def feed_entities_declared(body: bytes) -> bool:
    """Whether a feed's DTD declares entities: the shape of entity-expansion and external-entity attacks."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = body[:200_000].decode("utf-16", errors="replace")
    else:
        text = body[:200_000].decode("latin-1")
    return bool(_ENTITY_DECLARATION.search(text))


@dataclass
class FeedItem:
    """One entry of a feed: the page it links to, and what the feed itself says about it."""

    link: str | None
    title: str | None
    published: str | None
    text: str
    fingerprint: str
    number: int


@dataclass
class Feed:
    title: str | None
    items: list[FeedItem]


def parse_feed(fetched: Fetched) -> Feed:
    """The entries of a fetched feed.

    Raises:
        FetchError: ``E608`` for declared entities, ``E208`` for what feedparser cannot read.
    """
    import feedparser

    if feed_entities_declared(fetched.body):
        raise FetchError(fetched.url, Errors.E608)
    try:
        parsed = feedparser.parse(
            fetched.body,
            response_headers={"content-type": fetched.content_type},
            sanitize_html=True,
            resolve_relative_uris=True,
        )
    except Exception as error:  # feedparser raises many types on hostile input
        raise FetchError(fetched.url, Errors.E208, error=error) from None
    if not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "") or "no entries")
        raise FetchError(fetched.url, Errors.E208, error=reason)
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        html = entry.content[0].get("value", "") if entry.get("content") else ""
        text = html_to_text(html or entry.get("summary", ""))
        # dict.get: feedparser's own get maps "updated" to "published" with a deprecation warning
        stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
        link = entry.get("link")
        link = urljoin(fetched.final_url, link) if link else None
        marks = [
            entry.get("id"),
            link,
            entry.get("title"),
            dict.get(entry, "updated"),
            dict.get(entry, "published"),
            text,
        ]
        fingerprint = hashlib.sha256(repr(marks).encode("utf-8")).hexdigest()[:32]
        items.append(FeedItem(link, entry.get("title") or None, published, text, fingerprint, number))
    if parsed.get("bozo") and not any(item.link or item.text for item in items):
        # not well-formed, and what the lenient parser salvaged holds neither a link nor a text
        raise FetchError(fetched.url, Errors.E208, error=parsed.get("bozo_exception") or "not well-formed")
    return Feed(parsed.feed.get("title") or None, items)


def page_article(fetched: Fetched, item: FeedItem | None = None, outlet: str | None = None) -> Article:
    """The article of a fetched page: main text, title, date and site name by trafilatura; its id and
    ``url`` are the canonical address (normalized), so two routes to one article give one id.

    Raises:
        FetchError: ``E206`` when the page holds no article text, ``E104`` when it cannot be decoded.
    """
    import trafilatura

    html = _page_text(fetched)
    try:
        result = trafilatura.bare_extraction(
            html,
            url=fetched.final_url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as error:  # trafilatura raises many types on hostile markup
        raise FetchError(fetched.url, Errors.E107, error=error) from None
    data: dict[str, Any] = {}
    if isinstance(result, dict):
        data = result
    elif result is not None:  # trafilatura's Document
        data = result.as_dict()
    body = (data.get("text") or "").strip()
    if fetched.content_type.lower().startswith("text/plain"):
        body = html.strip()
    if len(body.split()) < MIN_HTML_WORDS:
        raise FetchError(fetched.url, Errors.E206)
    address = normalize_url(canonical_url(html, fetched.final_url))
    return Article(
        id=address,
        text=body,
        published=normalize_published(data.get("date")) or (item.published if item else None),
        title=data.get("title") or (item.title if item else None),
        outlet=data.get("sitename") or outlet or data.get("hostname") or urlsplit(address).hostname,
        url=address,
        lang="fr",
        path=fetched.url,
    )


def canonical_url(html: str, final_url: str) -> str:
    """The page's own name for itself (``<link rel=canonical>``, else ``og:url``), if it is on the
    same site and http(s); else the address it was fetched from."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html[:500_000])
    except Exception:
        return final_url
    candidates = [
        *root.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"),
        *root.xpath("//meta[@property='og:url']/@content"),
    ]
    for candidate in candidates:
        address = urljoin(final_url, str(candidate).strip())
        if urlsplit(address).scheme in ("http", "https") and same_site(address, final_url):
            return address
    return final_url


def _page_text(fetched: Fetched) -> str:
    charset = fetched.charset
    if charset:
        try:
            return fetched.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(fetched.body)
    except DecodeError as error:
        raise FetchError(fetched.url, error.code) from None


def item_article(item: FeedItem, feed: Feed, feed_url: str) -> Article:
    """An entry without a link: the feed's own text is the article (as for a feed file)."""
    if not item.text.strip():
        raise FetchError(f"{feed_url}#{item.number}", Errors.E207)
    return Article(
        id=f"{normalize_url(feed_url)}#{item.number}",
        text=item.text,
        published=item.published,
        title=item.title,
        outlet=feed.title,
        path=f"{feed_url}#{item.number}",
    )


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | Skip]:
    """An article page, or a feed and the page of each of its items, read like a file.

    Every failure (the address, a feed item's page) is one Skip; the other items go on.
    """
    try:
        fetched = fetcher.fetch(url)
        if not is_feed(fetched):
            yield page_article(fetched)
            return
        feed = parse_feed(fetched)
    except FetchError as error:
        yield error.skip
        return
    for item in feed.items:
        try:
            if item.link is None:
                yield item_article(item, feed, url)
            else:
                yield page_article(fetcher.fetch(item.link), item, feed.title)
        except FetchError as error:
            yield error.skip
