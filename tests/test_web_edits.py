"""The analyst's desk in the web app (issue #18): corrections by plain forms, each POST carrying the
session's CSRF token, an audit page with undo; with edits off, no form and every edit POST refused.

Invented articles: an earthquake in the Alpes-Maritimes (two, one story) and a dockers' strike in
Marseille (one, another story).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from recoupe import api
from recoupe.analyze import Analyzer
from recoupe.cli import app as cli
from recoupe.model import Article
from recoupe.present.desk import SESSION_COOKIE
from recoupe.present.web import SECURITY_HEADERS, create_app
from recoupe.store import Store

QUAKE_1 = Article(
    id="seisme-1",
    published="2024-02-12",
    outlet="Le Journal des Alpes",
    title="Séisme dans les Alpes-Maritimes : 3 morts",
    text="Séisme dans les Alpes-Maritimes : 3 morts\n\nUn séisme de magnitude 5,2 a secoué les Alpes-Maritimes "
    "et a fait trois morts et 20 blessés, selon la préfecture. Hier, des maisons se sont effondrées à "
    "Roquebillière. « La terre a tremblé pendant de longues secondes », a raconté le maire Louis Bernard.",
)
QUAKE_2 = Article(
    id="seisme-2",
    published="2024-02-13",
    outlet="La Voix du Sud",
    title="Séisme dans les Alpes-Maritimes : le bilan monte à 4 morts",
    text="Séisme dans les Alpes-Maritimes : le bilan monte à 4 morts\n\nLe séisme des Alpes-Maritimes a fait "
    "quatre morts, a annoncé mardi la préfecture. À Roquebillière, 150 habitants ont été évacués. « Nous "
    "reconstruirons », a promis Louis Bernard, maire de Roquebillière.",
)
DOCKS = Article(
    id="dockers-1",
    published="2024-02-13",
    outlet="Le Quotidien",
    title="Grève des dockers : 800 manifestants à Marseille",
    text="Grève des dockers : 800 manifestants à Marseille\n\nEnviron 800 dockers ont manifesté mardi à "
    "Marseille à l'appel des syndicats, selon la police. « Le port est à l'arrêt », a lancé Claire Martin, "
    "déléguée syndicale.",
)


# -- reading the served forms as a browser would ---------------------------------------------------------------


@dataclass
class Form:
    """One form of a page: its classes, action, hidden fields, and the choices of its selects/checkboxes."""

    classes: set[str]
    action: str
    method: str
    hidden: list[tuple[str, str]] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)

    def data(self, **filled: str | list[str]) -> dict[str, Any]:
        """The body a browser sends: the hidden fields, the text fields as shown, and ``filled``
        (a field name written with ``__`` for ``.``: ``change__value="9"``)."""
        body: dict[str, Any] = {}
        for name, value in [*self.hidden, *self.fields.items()]:
            body.setdefault(name, []).append(value)
        for name, value in filled.items():
            body[name.replace("__", ".")] = value if isinstance(value, list) else [value]
        return {name: values if len(values) > 1 else values[0] for name, values in body.items()}


class Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self.select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(Form(set(a.get("class", "").split()), a.get("action", ""), a.get("method", "get")))
        elif not self.forms:
            return
        elif tag == "input" and a.get("type") == "hidden":
            self.forms[-1].hidden.append((a["name"], a.get("value", "")))
        elif tag == "input" and a.get("type") == "checkbox":
            self.forms[-1].choices.setdefault(a["name"], []).append(a.get("value", ""))
        elif tag == "input" and "name" in a:
            self.forms[-1].fields[a["name"]] = a.get("value", "")
        elif tag == "select":
            self.select = a.get("name")
        elif tag == "option" and self.select:
            self.forms[-1].choices.setdefault(self.select, []).append(a.get("value", ""))


def forms(html: str, kind: str) -> list[Form]:
    """The forms of class ``kind`` (``merge-story``, ``fix-claim``…) on a page."""
    parser = Forms()
    parser.feed(html)
    return [f for f in parser.forms if kind in f.classes]


def only(html: str, kind: str) -> Form:
    [found] = forms(html, kind)
    return found


# -- stores and apps ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("desk") / "built.db"
    with Store(path) as store:
        api.add_to_store([QUAKE_1, QUAKE_2, DOCKS], store, analyzer=analyzer)
        assert story(store, "seisme-1") == story(store, "seisme-2") != story(store, "dockers-1")
    return path


@pytest.fixture()
def db(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built store for each test."""
    return Path(shutil.copy(built, tmp_path / "desk.db"))


def desk(db: Path, analyzer: Analyzer, **options: Any) -> TestClient:
    """A browser on the app with edits allowed, by Ana."""
    app = create_app(db, allow_edits=True, editor="Ana", analyzer=analyzer, **options)
    return TestClient(app, base_url="http://127.0.0.1")


def story(store: Store, doc: str) -> str:
    found = store.story_of(doc)
    assert found is not None
    return found


def state(db: Path) -> str:
    """Everything the store shows and every correction, as one text to compare."""
    with Store(db, readonly=True) as store:
        stories = sorted(store.stories(), key=lambda s: s.id)
        shown = [[s.to_json(), store.view(s.id)] for s in stories]
        corrections = [c.to_json() for c in store.corrections()]
    return json.dumps([shown, corrections], ensure_ascii=False, sort_keys=True)


def machine_views(db: Path) -> str:
    with Store(db, readonly=True) as store:
        stories = sorted(store.stories(), key=lambda s: s.id)
        return json.dumps([[s.to_json(), store.view(s.id)] for s in stories], ensure_ascii=False, sort_keys=True)


def claim_form(page: str, words: str) -> tuple[Form, Form]:
    """The fix and reject forms of the claim whose row shows ``words``."""
    rows = re.findall(r'<tr id="claim-\d+-\d+">.*?</tr>', page, re.S)
    [row] = [r for r in rows if re.search(rf"<td>{re.escape(words)}\s*(<br>|</td>)", r)]
    return only(row, "fix-claim"), only(row, "reject-claim")


def post(client: TestClient, form: Form, **filled: str | list[str]) -> Any:
    return client.post(form.action, data=form.data(**filled), follow_redirects=False)


# -- refusals ------------------------------------------------------------------------------------------------------


def test_a_post_without_the_token_or_with_another_sessions_token_is_refused_and_changes_nothing(
    db: Path, analyzer: Analyzer
) -> None:
    ana = desk(db, analyzer)
    fix, _ = claim_form(ana.get("/article/seisme-1").text, "20 blessés")
    before = state(db)
    without = {k: v for k, v in fix.data(change__value="25").items() if k != "csrf"}
    assert ana.post("/correct", data=without, follow_redirects=False).status_code == 403
    assert ana.post("/correct", data={**without, "csrf": ""}, follow_redirects=False).status_code == 403
    other = TestClient(ana.app, base_url="http://127.0.0.1")
    other.get("/")  # another browser, its own session
    assert other.cookies[SESSION_COOKIE] != ana.cookies[SESSION_COOKIE]
    stolen = fix.data(change__value="25")  # Ana's token, sent with the other session's cookie
    assert other.post("/correct", data=stolen, follow_redirects=False).status_code == 403
    assert ana.post("/undo/1", data={}, follow_redirects=False).status_code == 403
    cross = ana.post("/correct", data=stolen, headers={"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    assert state(db) == before
    assert post(ana, fix, change__value="25").status_code == 303  # the same form, as the page gave it


def test_with_edits_off_no_form_is_shown_and_every_edit_post_is_refused(db: Path, analyzer: Analyzer) -> None:
    for app in (create_app(db), create_app(db, allow_uploads=True)):
        reader = TestClient(app, base_url="http://127.0.0.1")
        pages = [reader.get(p).text for p in ("/", "/story/s1", "/article/seisme-1", "/entity/Louis%20Bernard")]
        assert all('action="/correct"' not in p and 'href="/corrections"' not in p for p in pages)
        token = app.state.sessions.token(reader.cookies[SESSION_COOKIE])  # a valid token does not open it
        before = state(db)
        body = {"csrf": token, "kind": "reject_claim", "target.doc": "seisme-1", "target.start": "0"}
        assert reader.post("/correct", data=body, follow_redirects=False).status_code == 403
        assert reader.post("/undo/1", data={"csrf": token}, follow_redirects=False).status_code == 403
        assert state(db) == before


def test_the_session_cookie_is_httponly_samesite_strict_and_a_refused_correction_says_why(
    db: Path, analyzer: Analyzer
) -> None:
    ana = desk(db, analyzer)
    cookie = ana.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "set-cookie" not in ana.get("/").headers  # one session per browser, not one per page
    fix, _ = claim_form(ana.get("/article/seisme-1").text, "20 blessés")
    refused = post(ana, fix)  # nothing filled in
    assert refused.status_code == 400 and "E801" in refused.text and "<script" not in refused.text.lower()
    away = post(ana, fix, change__value="25", back="//evil.example/")
    assert away.status_code == 303 and away.headers["location"] == "/"  # never sent to another site
    assert len(api.correction_states(Store(db, readonly=True))) == 1


def test_serve_needs_an_editor_with_edits(db: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--allow-edits"])
    assert result.exit_code == 1 and "--editor" in result.output
    with pytest.raises(ValueError, match="--editor"):
        create_app(db, allow_edits=True)


# -- each form ------------------------------------------------------------------------------------------------


def test_story_forms_merge_split_and_move(db: Path, analyzer: Analyzer) -> None:
    ana = desk(db, analyzer)
    page = ana.get("/story/s1").text
    merge = only(page, "merge-story")
    assert merge.choices["target.story"] == ["s2"]
    done = post(ana, merge, target__story="s2", reason="même journée de crise")
    assert done.status_code == 303 and done.headers["location"] == "/story/s1"
    merged = ana.get("/story/s1").text
    assert "Grève des dockers" in merged and "corrected by Ana (#1 merge_stories: même journée de crise)" in merged
    assert ana.get("/story/s2").status_code == 404
    split = only(merged, "split-story")
    assert set(split.choices["change.documents"]) == {"seisme-1", "seisme-2", "dockers-1"}
    done = post(ana, split, change__documents=["dockers-1"], reason="autre sujet")
    assert done.status_code == 303 and done.headers["location"] == "/story/s1"
    with Store(db, readonly=True) as store:
        alone = story(store, "dockers-1")
        assert alone not in ("s1", "s2") and store.story_of("seisme-1") == "s1"
    move = only(ana.get("/story/s1").text, "move-article")
    done = post(ana, move, target__doc="seisme-2", change__story=alone)
    assert done.status_code == 303
    with Store(db, readonly=True) as store:
        assert story(store, "seisme-2") == alone and story(store, "seisme-1") == "s1"
    assert "corrected by Ana" in ana.get(f"/story/{alone}").text


def test_article_forms_date_claim_reject_and_speaker(db: Path, analyzer: Analyzer) -> None:
    ana = desk(db, analyzer)
    page = ana.get("/article/seisme-1").text
    done = post(ana, only(page, "set-date"), change__published="2024-02-10", reason="date du site")
    assert done.status_code == 303 and done.headers["location"] == "/article/seisme-1"
    page = ana.get("/article/seisme-1").text
    assert "2024-02-10" in page and "#1 set_date: date du site" in page
    with Store(db, readonly=True) as store:  # "Hier" is read again from the new date
        assert any(e.date == "2024-02-09" for e in store.timeline("s1"))
    fix, _ = claim_form(page, "20 blessés")
    assert post(ana, fix, change__category="hospitalized", change__source="les pompiers").status_code == 303
    page = ana.get("/article/seisme-1").text
    assert "hospitalized · <strong>20</strong>" in page and "source: les pompiers" in page
    assert "#2 fix_claim" in page
    _, reject = claim_form(ana.get("/article/seisme-2").text, "150 habitants ont été évacués")
    assert post(ana, reject, reason="pas un bilan").status_code == 303
    page = ana.get("/article/seisme-2").text
    assert not re.search(r"<td>150 habitants ont été évacués", page) and "#3 reject_claim: pas un bilan" in page
    speaker = only(ana.get("/article/seisme-2").text, "fix-speaker")
    assert speaker.fields["change.speaker"] == "Louis Bernard"
    assert post(ana, speaker, change__speaker="Anne Roux").status_code == 303
    page = ana.get("/article/seisme-2").text
    assert only(page, "fix-speaker").fields["change.speaker"] == "Anne Roux" and "#4 fix_speaker" in page
    story_page = ana.get("/story/s1").text
    assert "Anne Roux" in story_page and "corrected by Ana (#2 fix_claim)" in story_page


def test_entity_forms_merge_and_split(db: Path, analyzer: Analyzer) -> None:
    ana = desk(db, analyzer)
    merge = only(ana.get("/entity/Louis%20Bernard").text, "merge-entities")
    done = post(ana, merge, **{"target.names": ["Louis Bernard", "Roquebillière"]}, reason="test")
    assert done.status_code == 303 and done.headers["location"] == "/entity/Louis%20Bernard"
    page = ana.get("/entity/Louis%20Bernard").text
    split = only(page, "split-entity")
    assert "Roquebillière" in split.choices["change.forms"]  # a written form of Louis Bernard now
    assert post(ana, split, change__forms="Roquebillière").status_code == 303
    with Store(db, readonly=True) as store:
        names = {e.name: e.aliases for e in store.entities("s1")}
    assert "Roquebillière" not in names["Louis Bernard"] and "Roquebillière" in names


# -- the audit page and undo ------------------------------------------------------------------------------------


def test_undo_from_the_audit_page_gives_back_the_machines_answer(db: Path, analyzer: Analyzer) -> None:
    machine = machine_views(db)
    ana = desk(db, analyzer)
    assert post(ana, only(ana.get("/story/s1").text, "merge-story"), target__story="s2").status_code == 303
    fix, _ = claim_form(ana.get("/article/seisme-1").text, "20 blessés")
    assert post(ana, fix, change__value="22", reason="relu").status_code == 303
    assert machine_views(db) != machine
    audit = ana.get("/corrections").text
    assert audit.index('id="correction-2"') < audit.index('id="correction-1"')  # newest first
    assert "merge_stories" in audit and "value=22" in audit and "relu" in audit and audit.count(">applied<") == 2
    for form in forms(audit, "undo"):
        done = post(ana, form)
        assert done.status_code == 303 and done.headers["location"].startswith("/corrections#correction-")
    assert machine_views(db) == machine
    audit = ana.get("/corrections").text
    assert audit.count(">undone<") == 2 and "by Ana" in audit and not forms(audit, "undo")
    token = ana.app.state.sessions.token(ana.cookies[SESSION_COOKIE])
    again = ana.post("/undo/1", data={"csrf": token}, follow_redirects=False)
    assert again.status_code == 400 and "E803" in again.text


def test_pages_keep_the_strict_policy_run_no_script_and_every_post_form_carries_the_token(
    db: Path, analyzer: Analyzer
) -> None:
    ana = desk(db, analyzer, allow_uploads=True)
    fix, _ = claim_form(ana.get("/article/seisme-1").text, "20 blessés")
    post(ana, fix, change__value="21")
    token = ana.app.state.sessions.token(ana.cookies[SESSION_COOKIE])
    for path in ("/", "/story/s1", "/article/seisme-1", "/entity/Louis%20Bernard", "/corrections", "/add"):
        response = ana.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
        assert "form-action 'self'" in response.headers["content-security-policy"]
        assert "<script" not in response.text.lower() and not re.search(r"<[^>]+\son\w+=", response.text)
        parser = Forms()
        parser.feed(response.text)
        posts = [f for f in parser.forms if f.method == "post"]
        assert bool(posts) == (path != "/"), path
        assert all(("csrf", token) in f.hidden for f in posts), path
