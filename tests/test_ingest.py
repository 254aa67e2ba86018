"""Reading inputs: each format, the date marker, and one clear reason for every bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from recoupe.errors import RecoupeError
from recoupe.ingest import read_articles
from recoupe.ingest.markers import check_published, leading_date_marker, normalize_published
from recoupe.model import Article, Skip

TEXTE = "Selon la police, 1 200 personnes ont manifesté mardi à Lyon.\n"


def _read(*paths: Path, **kwargs: object) -> tuple[list[Article], list[Skip]]:
    records = list(read_articles(list(paths), **kwargs))  # type: ignore[arg-type]
    return [r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, Skip)]


def test_txt_id_is_file_name_and_text_is_kept_as_read(tmp_path: Path) -> None:
    (tmp_path / "lyon.txt").write_text(TEXTE, encoding="utf-8")
    articles, skipped = _read(tmp_path)
    assert skipped == []
    assert [a.id for a in articles] == ["lyon.txt"]
    assert articles[0].text == TEXTE
    assert articles[0].published is None


def test_leading_date_marker_gives_month_and_is_not_the_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-01 Le calme revient à Almaty.", encoding="utf-8")
    (article,), _ = _read(tmp_path / "a.txt")
    assert article.published == "2022-01"
    assert article.text[article.body_start :] == "Le calme revient à Almaty."
    assert article.text.startswith(" date 2022-01 ")  # offsets still refer to the file as read


def test_marker_rule_only_at_the_start() -> None:
    assert leading_date_marker(" date 2022-01 Texte") == ("2022-01", 14)
    assert leading_date_marker("date 2021-12-31 Texte")[0] == "2021-12-31"
    assert leading_date_marker("Il a donné une date 2022-01 à la presse.") == (None, 0)


def test_published_option_fills_gaps_but_markers_win(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-01 Texte daté.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Texte sans date.", encoding="utf-8")
    articles, _ = _read(tmp_path, published="2022-01-13")
    assert {a.id: a.published for a in articles} == {"a.txt": "2022-01", "b.txt": "2022-01-13"}


def test_jsonl_metadata_and_optional_fields(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "text": TEXTE,
            "published": "2022-01-07T10:00:00Z",
            "title": "Lyon",
            "outlet": "Le Progrès",
            "url": "https://exemple.fr/a1",
            "lang": "fr",
        },
        {"id": 2, "text": "Deux mille soldats sont arrivés."},
    ]
    path = tmp_path / "lot.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    articles, skipped = _read(path)
    assert skipped == []
    first, second = articles
    assert (first.id, first.published, first.title, first.outlet, first.url) == (
        "a1",
        "2022-01-07",
        "Lyon",
        "Le Progrès",
        "https://exemple.fr/a1",
    )
    assert (second.id, second.published, second.lang) == ("2", None, "fr")


def test_jsonl_bad_lines_are_skipped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "lot.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": TEXTE}),
                "{pas du json",
                json.dumps(["une", "liste"]),
                json.dumps({"id": "sans-texte"}),
                json.dumps({"id": "nombre", "text": 42}),
                json.dumps({"id": "ok", "text": "Doublon."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    articles, skipped = _read(path)
    assert [a.id for a in articles] == ["ok"]
    assert [s.code for s in skipped] == ["E201", "E202", "E203", "E204", "E205"]
    assert [s.where.rsplit(":", 1)[1] for s in skipped] == ["2", "3", "4", "5", "6"]
    assert "line 4: missing required field 'text'" in skipped[2].reason


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
    <title>Grève à Lyon : 1 200 manifestants</title>
    <meta property="og:site_name" content="Le Progrès">
    <meta property="article:published_time" content="2023-03-07T09:00:00+01:00"></head>
    <body><nav><a href="/">Accueil</a> | <a href="/sport">Sport</a></nav>
    <article><h1>Grève à Lyon : 1 200 manifestants</h1>
    <p>Selon la police, 1 200 personnes ont défilé mardi dans les rues de Lyon contre la réforme des retraites.
    Les syndicats revendiquent quant à eux plus de 5 000 manifestants dans le cortège.</p>
    <p>« Nous ne lâcherons rien », a déclaré une porte-parole de l'intersyndicale devant la préfecture.</p>
    </article><footer>Mentions légales</footer></body></html>"""
    (tmp_path / "greve.html").write_text(page, encoding="utf-8")
    (article,), skipped = _read(tmp_path)
    assert skipped == []
    assert article.id == "greve.html"
    assert "1 200 personnes" in article.text and "Accueil" not in article.text
    assert article.published == "2023-03-07"
    assert article.title == "Grève à Lyon : 1 200 manifestants"
    assert article.outlet == "Le Progrès"


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Accueil</a></nav></body></html>",
        encoding="utf-8",
    )
    articles, (skip,) = _read(tmp_path)
    assert articles == [] and skip.code == "E206"


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Le Fil</title>
    <item><title>Séisme</title><link>https://exemple.fr/seisme</link><guid>seisme-1</guid>
    <pubDate>Mon, 06 Feb 2023 10:00:00 +0000</pubDate>
    <description>&lt;p&gt;Le séisme a fait au moins 1 500 morts, selon les autorités.&lt;/p&gt;</description></item>
    </channel></rss>"""
    (tmp_path / "fil.rss").write_text(feed, encoding="utf-8")
    (article,), skipped = _read(tmp_path)
    assert skipped == []
    assert (article.id, article.published, article.outlet) == ("seisme-1", "2023-02-06", "Le Fil")
    assert article.text == "Le séisme a fait au moins 1 500 morts, selon les autorités."


def test_latin1_and_utf16_are_decoded_not_skipped(tmp_path: Path) -> None:
    phrase = "Près de 3 000 manifestants ont défilé à Besançon, selon la préfecture. Les syndicats en ont compté 8 000."
    (tmp_path / "latin1.txt").write_bytes(phrase.encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes(("« " + phrase + " » – déclaré").encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(phrase.encode("utf-16"))
    articles, skipped = _read(tmp_path)
    assert skipped == []
    texts = {a.id: a.text for a in articles}
    assert texts["latin1.txt"] == phrase
    assert texts["utf16.txt"] == phrase
    assert texts["cp1252.txt"].startswith("« Près de 3 000")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("vide.txt", b"", "E102"),
        ("blanc.txt", b"  \n\t\n", "E102"),
        ("binaire.txt", bytes(range(256)) * 8, "E103"),
        ("image.png", b"\x89PNG\r\n", "E105"),
    ],
)
def test_bad_files_get_one_reason_each(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (tmp_path / "bon.txt").write_text(TEXTE, encoding="utf-8")
    articles, skipped = _read(path, tmp_path / "bon.txt")
    assert [a.id for a in articles] == ["bon.txt"]
    assert [(s.where, s.code) for s in skipped] == [(str(path), code)]


def test_missing_path_and_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(TEXTE, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Autre texte.", encoding="utf-8")
    articles, skipped = _read(tmp_path / "absent.txt", tmp_path)
    assert [a.path for a in articles] == [str(tmp_path / "a" / "x.txt")]
    assert [s.code for s in skipped] == ["E101", "E205"]
    assert "first seen in" in skipped[1].reason


def test_oversized_file_is_refused_with_its_size(tmp_path: Path) -> None:
    (tmp_path / "gros.txt").write_text(TEXTE * 100, encoding="utf-8")
    _, (skip,) = _read(tmp_path, max_bytes=1000)
    assert skip.code == "E106" and "over the limit of 1000 bytes" in skip.reason


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTE, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "boucle")
    os.symlink(tmp_path / "x.txt", tmp_path / "y.txt")
    os.symlink(tmp_path / "y.txt", tmp_path / "x.txt")
    articles, skipped = _read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert {s.code for s in skipped} == {"E108"}


def test_normalize_published() -> None:
    assert normalize_published("2022-01-07T10:00:00Z") == "2022-01-07"
    assert normalize_published("2022-01") == "2022-01"
    assert normalize_published("7 janvier 2022") is None
    assert normalize_published("2022-13-01") is None
    assert normalize_published(20220107) is None


def test_check_published_takes_a_real_day_or_month_and_nothing_else() -> None:
    assert check_published("2022-01-07") == "2022-01-07"
    assert check_published("2022-01") == "2022-01"
    assert check_published(" 2024-02-29 ") == "2024-02-29"
    for value in ("hier", "07/01/2022", "2022-13-45", "2023-02-29", "2022", "2022-1-7", "2022-01-07T10:00"):
        with pytest.raises(RecoupeError, match=r"YYYY-MM-DD .* or YYYY-MM .*\[E501\]"):
            check_published(value)


def test_read_articles_refuses_a_bad_published_date_before_reading_anything(tmp_path: Path) -> None:
    with pytest.raises(RecoupeError, match="E501"):
        read_articles([tmp_path / "absent"], published="hier")  # raised at the call, not at the first record


def test_an_address_recoupe_does_not_fetch_is_one_skip_whether_given_as_text_or_as_a_mangled_path() -> None:
    # http(s) addresses are fetched (tests/test_web_fetch.py, on 127.0.0.1): none is given here
    for given in ("ftp://www.exemple.fr/a.html", "FTP://exemple.fr", Path("ftp://www.exemple.fr/a.html")):
        _, (skip,) = _read(given)  # type: ignore[arg-type]
        assert skip.code == "E110" and "not an address recoupe reads (ftp:)" in skip.reason


def test_a_folder_with_no_article_file_is_one_skip_saying_what_it_held(tmp_path: Path) -> None:
    (tmp_path / "sous").mkdir()
    (tmp_path / "sous" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "LISEZMOI").write_text("rien", encoding="utf-8")
    articles, (skip,) = _read(tmp_path)
    assert articles == [] and skip.where == str(tmp_path) and skip.code == "E109"
    assert skip.reason == (
        "no article file in this folder (looked for .txt, .html, .htm, .jsonl, .xml, .rss, "
        ".atom; found 1 (no suffix), 1 .pdf, 1 .jpg)"
    )


def test_an_article_in_a_subfolder_is_enough(tmp_path: Path) -> None:
    (tmp_path / "sous").mkdir()
    (tmp_path / "sous" / "a.txt").write_text(TEXTE, encoding="utf-8")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    articles, skipped = _read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"] and skipped == []
