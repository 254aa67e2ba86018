"""What a person sees: the report, the web app (and its safety), the exports."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from recoupe.analyze import Analyzer
from recoupe.api import add_to_store
from recoupe.ingest import read_articles
from recoupe.model import Article
from recoupe.present.export import export_acled, export_claims_csv, export_jsonl
from recoupe.present.report import render_report
from recoupe.present.web import MAX_UPLOAD_BYTES, UPLOADS_PER_MINUTE, create_app
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Article(
    id="piege",
    title="<b>titre</b>",
    outlet="<i>Le Piège</i>",
    published="2025-03-15",
    text="<script>alert(1)</script> Selon la préfecture, 3 personnes ont été blessées à Sarrans. "
    "« <img src=x onerror=alert(2)> », a déclaré le maire.",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("store") / "examples.db"
    articles = [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]
    add_to_store([*articles, HOSTILE], Store(path), analyzer=analyzer)
    return path


def test_report_is_one_self_contained_file(db: Path) -> None:
    html = render_report(Store(db, readonly=True))
    assert "<svg" in html and "Timeline" in html and "Who said what" in html and "Framing" in html
    assert not re.search(r"""src=["']https?://""", html)  # nothing fetched from the internet
    assert not re.search(r"""<link[^>]*href=["']https?://""", html)
    for link in re.findall(r"""<a [^>]*href=["']https?://[^>]*>""", html):  # only an article's source, to follow
        assert 'class="source"' in link and 'rel="noopener noreferrer nofollow"' in link
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for target in set(re.findall(r'href="#(a-[^"]+)"', html)):  # every citation lands on a marked span
        assert f'id="{target}"' in html, target


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1")


def test_pages_render_story_chart_timeline_quotes(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200 and "/story/s1" in home.text
    story = client.get("/story/s1")
    assert story.status_code == 200
    assert "<svg" in story.text and 'class="timeline"' in story.text and "blockquote" in story.text
    link = re.search(r'href="(/article/[^"]+\?hl=(\d+)-(\d+)#[^"]+)"', story.text)
    assert link
    article = client.get(link.group(1).replace("&amp;", "&"))
    assert article.status_code == 200 and re.search(r'class="[^"]*\bhighlight\b', article.text)


def test_article_text_titles_and_quotes_are_escaped(client: TestClient) -> None:
    page = client.get("/article/piege")
    assert "<script>alert(1)</script>" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;" in page.text and "&lt;b&gt;titre&lt;/b&gt;" in page.text
    assert "<script" not in page.text.lower()


def test_security_headers_and_no_inline_script(client: TestClient) -> None:
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy  # no script may run at all
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_no_route_reads_files_outside_the_store(client: TestClient) -> None:
    for path in (
        "/static/../../pyproject.toml",
        "/static/..%2F..%2Fpyproject.toml",
        "/article/../../etc/passwd",
        "/article/%2Fetc%2Fpasswd",
        "/story/..%2F..%2Fetc%2Fpasswd",
    ):
        response = client.get(path)
        assert response.status_code in (404, 422), path
        assert "root:" not in response.text and "[project]" not in response.text


def test_search_finds_articles_and_quotes(client: TestClient) -> None:
    page = client.get("/search", params={"q": "bombe"})
    assert page.status_code == 200 and '<mark class="hit">bombe</mark> à retardement' in page.text  # marked


def test_uploads_are_off_by_default(client: TestClient) -> None:
    assert client.get("/add").status_code == 403
    assert client.post("/add", data={"text": "Deux blessés à Lyon."}).status_code == 403


def test_uploads_when_allowed_are_analyzed_linked_and_limited(tmp_path: Path, analyzer: Analyzer) -> None:
    path = tmp_path / "up.db"
    add_to_store(
        [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)][:1], Store(path), analyzer=analyzer
    )
    app = create_app(path, allow_uploads=True)
    client = TestClient(app, base_url="http://127.0.0.1")
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/add").text)
    assert token
    csrf = {"csrf": token.group(1)}  # the token of this browser's session, as the page's form holds it
    assert client.post("/add", data={"text": "Deux blessés à Lyon."}).status_code == 403  # without it
    text = (
        "Rupture du barrage de Sarrans-le-Haut : selon la préfecture, 15 personnes ont été tuées "
        "et 2 500 habitants évacués dans la vallée."
    )
    response = client.post(
        "/add", data={"text": text, "published": "2025-03-15", "outlet": "Test", **csrf}, follow_redirects=False
    )
    assert response.status_code == 303
    article = client.get(response.headers["location"])
    assert article.status_code == 200 and "15 personnes ont été tuées" in article.text
    assert len(app.state.store.stories()) == 1  # linked into the existing story
    too_big = client.post("/add", data=csrf, files={"file": ("gros.txt", b"x" * (MAX_UPLOAD_BYTES + 20_000))})
    assert too_big.status_code == 413
    statuses = [
        client.post("/add", data={"text": f"{i} blessés à Lyon.", **csrf}, follow_redirects=False).status_code
        for i in range(UPLOADS_PER_MINUTE + 1)
    ]
    assert statuses[-1] == 429


def test_exports(db: Path) -> None:
    store = Store(db, readonly=True)
    rows = list(csv.DictReader(io.StringIO(export_claims_csv(store))))
    assert rows and {"category", "value", "qualifier", "source", "outlet", "published"} <= set(rows[0])
    assert all(r["category"] != "other" for r in rows)
    lines = export_jsonl(store).splitlines()
    assert len(lines) == 5 and all(json.loads(line)["doc"] for line in lines)
    # the examples are a dam failure: an accident, which ACLED does not code, so a header and no row
    reader = csv.DictReader(io.StringIO(export_acled(store)))
    assert list(reader) == []
    assert reader.fieldnames is not None and reader.fieldnames[:3] == ["event_id_cnty", "event_date", "year"]
