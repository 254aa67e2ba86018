"""Fetching over HTTP as a good citizen (``recoupe.ingest.web``), against a server on 127.0.0.1 only:
conditional GETs, User-Agent, robots.txt, per-host pacing, retries on 5xx and timeouts only, bounded
redirects, the size cap, http/https only, hostile feeds refused, addresses normalized."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from localweb import LocalWeb, Route
from recoupe import __version__
from recoupe.ingest.web import (
    Fetcher,
    FetchError,
    FetchPolicy,
    canonical_url,
    normalize_url,
    read_url,
    same_site,
)
from recoupe.model import Article, Skip

FAST = FetchPolicy(host_delay=0.0, timeout=2.0, retries=2, backoff=0.01)
TEXT = (
    "Lyon, 7 janvier 2022. La crue de la Saône a fait trois morts jeudi soir, selon la préfecture du "
    "Rhône. Plus de 200 personnes ont été évacuées des quais inondés pendant la nuit."
)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb().start()
    yield server
    server.stop()


def fail(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_conditional_get_answers_304_and_the_user_agent_names_recoupe(web: LocalWeb) -> None:
    web.page("/a", "Crue", TEXT, last_modified="Fri, 07 Jan 2022 08:00:00 GMT")
    with Fetcher(FAST) as fetcher:
        first = fetcher.fetch(web.url("/a"))
        again = fetcher.fetch(web.url("/a"), etag=first.etag, last_modified=first.last_modified)
    assert first.status == 200 and "Saône".encode() in first.body and first.etag
    assert again.not_modified and again.body == b""
    page_hits = [h for h in web.hits if h.path == "/a"]
    assert page_hits[1].headers["If-None-Match"] == first.etag
    assert page_hits[1].headers["If-Modified-Since"] == "Fri, 07 Jan 2022 08:00:00 GMT"
    assert all(h.headers["User-Agent"].startswith(f"recoupe/{__version__} ") for h in web.hits)


def test_a_500_is_retried_with_backoff_then_one_skip_but_a_404_is_not_retried(web: LocalWeb) -> None:
    web.routes["/panne"] = Route(b"oops", status=500)
    sleeps: list[float] = []
    with Fetcher(FAST, sleep=sleeps.append) as fetcher:
        error = fail(fetcher, web.url("/panne"))
        missing = fail(fetcher, web.url("/absent"))
    assert web.paths().count("/panne") == 3 and sleeps == [0.01, 0.02]  # doubled each time
    assert error.transient and error.skip.code == "E602"
    assert str(error.skip) == f"{web.url('/panne')}: HTTP 500 Internal Server Error (3 attempts) [E602]"
    assert web.paths().count("/absent") == 1 and not missing.transient
    assert str(missing.skip) == f"{web.url('/absent')}: HTTP 404 Not Found (not retried) [E601]"


def test_a_server_that_does_not_answer_is_a_timeout_retried_then_skipped(web: LocalWeb) -> None:
    web.page("/lent", "Lent", TEXT, delay=3.0)
    started = time.monotonic()
    with Fetcher(FetchPolicy(host_delay=0.0, timeout=0.3, retries=1, backoff=0.01)) as fetcher:
        error = fail(fetcher, web.url("/lent"))
    assert time.monotonic() - started < 2.5
    assert error.skip.code == "E603" and error.transient and "no answer within 0.3 s (2 attempts)" in error.skip.reason


def test_redirects_are_followed_a_bounded_number_of_times_and_a_loop_is_one_skip(web: LocalWeb) -> None:
    web.page("/page", "Crue", TEXT)
    web.routes["/court"] = Route(status=301, headers={"Location": "/page"})
    web.routes["/boucle-a"] = Route(status=302, headers={"Location": "/boucle-b"}, etag=False)
    web.routes["/boucle-b"] = Route(status=302, headers={"Location": web.url("/boucle-a")}, etag=False)
    for n in range(10):
        web.routes[f"/chaine{n}"] = Route(status=302, headers={"Location": f"/chaine{n + 1}"}, etag=False)
    web.routes["/ailleurs"] = Route(status=302, headers={"Location": "ftp://127.0.0.1/x"}, etag=False)
    with Fetcher(FAST) as fetcher:
        moved = fetcher.fetch(web.url("/court"))
        loop = fail(fetcher, web.url("/boucle-a"))
        chain = fail(fetcher, web.url("/chaine0"))
        scheme = fail(fetcher, web.url("/ailleurs"))
    assert moved.final_url == web.url("/page") and moved.url == web.url("/court") and "Saône".encode() in moved.body
    assert loop.skip.code == "E605" and "redirect loop" in loop.skip.reason
    assert web.paths().count("/boucle-a") == 1 and web.paths().count("/boucle-b") == 1
    assert chain.skip.code == "E605" and "more than 5 redirects" in chain.skip.reason
    assert "/chaine6" not in web.paths()
    assert scheme.skip.code == "E110"


def test_a_10_mb_page_is_cut_off_at_the_size_cap_while_streaming(web: LocalWeb) -> None:
    web.routes["/enorme"] = Route(stream=10_000_000, etag=False)  # no Content-Length: read until the cap
    web.routes["/annonce"] = Route(b"x" * 2_000_000, etag=False)  # Content-Length over the cap: not read
    policy = FetchPolicy(host_delay=0.0, timeout=5.0, max_bytes=1_000_000)
    with Fetcher(policy) as fetcher:
        streamed = fail(fetcher, web.url("/enorme"))
        declared = fail(fetcher, web.url("/annonce"))
    assert streamed.skip.code == "E606" and "over the limit of 1000000 bytes" in streamed.skip.reason
    assert declared.skip.code == "E606" and "2000000 bytes" in declared.skip.reason
    assert web.paths().count("/enorme") == 1  # a size is no reason to retry


class FakeClock:
    """A clock that only moves when the fetcher sleeps: pacing is checked without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def test_robots_txt_is_honoured_read_once_and_its_crawl_delay_kept(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /prive/\nCrawl-delay: 3\n", content_type="text/plain")
    web.page("/prive/note", "Note", TEXT)
    web.page("/public", "Crue", TEXT)
    clock = FakeClock()
    with Fetcher(FAST, sleep=clock.sleep, clock=clock) as fetcher:
        refused = fail(fetcher, web.url("/prive/note"))
        fetcher.fetch(web.url("/public"))
        fetcher.fetch(web.url("/public"))
    assert str(refused.skip) == f"{web.url('/prive/note')}: disallowed by {web.url('/robots.txt')} [E607]"
    assert "/prive/note" not in web.paths() and web.paths().count("/robots.txt") == 1
    assert clock.sleeps == [3.0]  # robots.txt read (no delay known yet), page, then 3 s before the next


def test_one_request_per_host_per_second_by_default(web: LocalWeb) -> None:
    web.page("/a", "Crue", TEXT)
    web.page("/b", "Crue", TEXT)
    clock = FakeClock()
    with Fetcher(FetchPolicy(), sleep=clock.sleep, clock=clock) as fetcher:  # the default policy
        for path in ("/a", "/b", "/a"):
            fetcher.fetch(web.url(path))
    assert FetchPolicy().host_delay == 1.0
    assert clock.sleeps == [1.0, 1.0, 1.0]  # robots.txt, then each page a second after the previous request
    assert web.paths() == ["/robots.txt", "/a", "/b", "/a"]


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/crue.txt", "file:///etc/passwd", "gopher://127.0.0.1/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with Fetcher(FAST) as fetcher:
        error = fail(fetcher, url)
    assert error.skip.code == "E110" and "give an http:// or https:// page or feed" in error.skip.reason
    assert fetcher.requests == 0


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "rire"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<rss version="2.0"><channel><title>&e;</title><item><title>&e;</title><description>&e;</description></item>
</channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>&secret;</description>
</item></channel></rss>"""


def test_hostile_and_malformed_feeds_are_one_skip_each(web: LocalWeb) -> None:
    xml = "application/rss+xml"
    web.routes["/rires.xml"] = Route(BILLION_LAUGHS, content_type=xml)
    web.routes["/secret.xml"] = Route(EXTERNAL_ENTITY, content_type=xml)
    web.routes["/casse.xml"] = Route(b"<rss><channel><item><title>oups</ti", content_type=xml)
    with Fetcher(FAST) as fetcher:
        results = {path: list(read_url(web.url(path), fetcher)) for path in ("/rires.xml", "/secret.xml", "/casse.xml")}
    for path in ("/rires.xml", "/secret.xml"):
        (skip,) = results[path]
        assert isinstance(skip, Skip) and skip.code == "E608" and "declares XML entities" in skip.reason
    (broken,) = results["/casse.xml"]
    assert isinstance(broken, Skip) and broken.code == "E208"
    assert "root:" not in repr(results)


def test_a_page_read_by_url_keeps_its_canonical_address_title_date_and_outlet(web: LocalWeb) -> None:
    web.page("/amp/crue", "La Saône en crue", TEXT, canonical="/articles/crue?utm_source=amp")
    with Fetcher(FAST) as fetcher:
        (article,) = read_url(web.url("/amp/crue?xtor=RSS-3"), fetcher)
    assert isinstance(article, Article)
    assert article.id == article.url == web.url("/articles/crue")
    assert article.title == "La Saône en crue" and article.published == "2022-01-07"
    assert article.outlet == "Le Courrier du Val" and article.path == web.url("/amp/crue?xtor=RSS-3")
    assert "Lyon, 7 janvier 2022. La crue" in article.text and "Accueil" not in article.text


def test_addresses_are_normalized_and_a_canonical_link_must_stay_on_its_site() -> None:
    assert (
        normalize_url("HTTPS://WWW.Exemple.fr:443/a/b?utm_source=x&id=3&xtor=RSS-1&fbclid=z#haut")
        == "https://www.exemple.fr/a/b?id=3"
    )
    assert normalize_url("http://exemple.fr") == "http://exemple.fr/"
    assert same_site("https://www.lemonde.fr/a", "https://lemonde.fr/b")
    assert same_site("https://amp.exemple.fr/a", "https://www.exemple.fr/a")
    assert not same_site("https://autre.example/a", "https://exemple.fr/a")
    hostile = '<html><head><link rel="canonical" href="https://autre.example/leur-article"></head></html>'
    assert canonical_url(hostile, "https://exemple.fr/a") == "https://exemple.fr/a"
    assert (
        canonical_url('<link rel="canonical" href="javascript:alert(1)">', "https://exemple.fr/a")
        == "https://exemple.fr/a"
    )


def test_read_articles_fetches_an_address_even_as_a_path_that_mangled_it(
    web: LocalWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    import recoupe.ingest.web as web_module
    from recoupe.ingest import read_articles

    monkeypatch.setattr(web_module, "FetchPolicy", lambda **kw: FetchPolicy(**{**kw, "host_delay": 0.0}))
    web.page("/a", "La Saône en crue", TEXT)
    (article,) = read_articles([Path(web.url("/a"))])  # http:/127.0.0.1:…/a
    assert isinstance(article, Article) and article.url == web.url("/a") and article.path == web.url("/a")


def test_a_feed_file_declaring_entities_is_refused_too(tmp_path: Path) -> None:
    from recoupe.ingest import read_articles

    (tmp_path / "rires.xml").write_bytes(BILLION_LAUGHS)
    (skip,) = read_articles([tmp_path / "rires.xml"])
    assert isinstance(skip, Skip) and skip.code == "E608"


def test_a_host_that_refuses_connections_is_retried_once_per_cycle_not_per_item() -> None:
    import socket

    with socket.socket() as probe:  # a port with nothing listening: connections are refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    with Fetcher(FAST, sleep=sleeps.append) as fetcher:
        first = fail(fetcher, f"http://127.0.0.1:{port}/rss.xml")
        second = fail(fetcher, f"http://127.0.0.1:{port}/articles/crue")
    assert first.skip.code == "E604" and first.transient and "(3 attempts)" in first.skip.reason
    assert sleeps == [0.01, 0.02]  # the retries of the first address only
    assert second.skip.code == "E610" and f"127.0.0.1:{port} could not be reached" in second.skip.reason
