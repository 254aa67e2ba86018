"""Undated articles: the day an article's own text gives (dateline, publication line, today phrase, latest
reported date), how it anchors the article's time expressions, and how linking uses it and month dates.

Every text is invented, about other stories than the development set, short enough to check by eye.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema

from recoupe.analyze import Analyzer
from recoupe.link import build_dossier
from recoupe.link.stories import StoryIndex, When, order_for_streaming, streaming_date
from recoupe.model import Article, DatingHow, DocumentAnalysis, InferredDate

Analyze = Callable[..., DocumentAnalysis]
SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "schema" / "document.schema.json"


def _values(analysis: DocumentAnalysis) -> dict[str, str | None]:
    return {t.text: t.value for t in analysis.timexes}


def _inferred(analysis: DocumentAnalysis, text: str) -> InferredDate:
    """The inferred date, checked to point at its evidence in the original text."""
    inferred = analysis.published_inferred
    assert inferred is not None
    assert text[inferred.start : inferred.end] == inferred.text
    return inferred


# --------------------------------------------------------------------------------------------------
# Evidence


def test_a_dateline_dates_the_article_and_anchors_its_deictic_words(analyze: Analyze) -> None:
    text = (
        "LYON, 14 mars 2023 (AFP) - Les éboueurs de la métropole ont reconduit leur grève. "
        "Hier, 200 salariés ont manifesté devant l'hôtel de ville."
    )
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.text) == ("2023-03-14", "dateline", "LYON, 14 mars 2023 (AFP)")
    assert (inferred.year, inferred.confidence, inferred.metadata) == ("text", "high", None)
    assert analysis.published == "2023-03-14"
    assert _values(analysis)["Hier"] == "2023-03-13"


def test_a_dateline_without_a_year_does_not_invent_one(analyze: Analyze) -> None:
    text = "MARSEILLE, 7 mars (Reuters) - Les dockers du port ont cessé le travail pour la troisième fois."
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.year) == ("XXXX-03-07", "dateline", None)
    assert analysis.published is None  # a day without a year cannot be ordered or windowed


def test_a_dateline_without_a_date_and_a_comma_in_a_sentence_are_no_evidence(analyze: Analyze) -> None:
    assert analyze("Bamako (AFP) – La junte a suspendu les partis politiques.").published_inferred is None
    text = "Ensuite, le 3 avril, la junte a suspendu les partis - une décision contestée."
    assert _inferred(analyze(text), text).how == "latest-date"


def test_a_publication_line_dates_the_article_before_an_update_line(analyze: Analyze) -> None:
    text = (
        "Publié le 12/05/2023 à 18h10, mis à jour le 13/05/2023\n"
        "Les pompiers luttent depuis mardi contre un incendie dans les Landes. Jeudi, 300 hectares avaient brûlé."
    )
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.text) == ("2023-05-12", "publication-line", "Publié le 12/05/2023")
    values = _values(analysis)
    assert values["depuis mardi"] == "2023-05-09"
    assert values["Jeudi"] == "2023-05-11"


def test_a_publication_line_is_a_byline_not_a_verb(analyze: Analyze) -> None:
    text = "(Publié le 07/01/22) Le ministère a publié le 5 janvier un décret sur les loyers."
    inferred = _inferred(analyze(text), text)
    assert (inferred.value, inferred.how, inferred.text) == ("2022-01-07", "publication-line", "Publié le 07/01/22")
    text = "Le ministère a publié le 5 janvier un décret sur les loyers."
    assert _inferred(analyze(text), text).how == "latest-date"


def test_a_today_phrase_with_a_weekday_guesses_the_most_recent_year(analyze: Analyze) -> None:
    text = (
        "Ce jeudi 16 mars, les enseignants sont de nouveau en grève. Mardi, ils étaient 40 % à avoir cessé "
        "le travail. Deux jours plus tard, le ministre les recevra."
    )
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    # 16 March falls on a Thursday in 2017, 2023, 2028...: the most recent one up to today (2023 until 2028)
    year = max(
        y
        for y in range(2017, dt.date.today().year + 1)
        if dt.date(y, 3, 16).weekday() == 3 and dt.date(y, 3, 16) <= dt.date.today()
    )
    assert (inferred.value, inferred.how, inferred.text) == (f"{year}-03-16", "today-phrase", "Ce jeudi 16 mars")
    assert (inferred.year, inferred.confidence) == ("weekday", "low")
    values = _values(analysis)
    assert values["Mardi"] == f"{year}-03-14"
    assert values["Deux jours plus tard"] == f"{year}-03-16"  # counted from Tuesday, the narrative's last day


def test_a_written_year_that_agrees_with_the_weekday_beats_the_most_recent_one(analyze: Analyze) -> None:
    text = "Ce vendredi 7 janvier, les commerçants de Rouen lancent les soldes d'hiver 2011."
    inferred = _inferred(analyze(text), text)
    assert (inferred.value, inferred.year, inferred.confidence) == ("2011-01-07", "text", "high")


def test_today_word_before_a_date_takes_its_year_from_a_caption(analyze: Analyze) -> None:
    text = (
        "Les secouristes fouillent toujours les décombres aujourd'hui, 8 février. "
        "Photo prise à Antakya le 7 février 2023."
    )
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.text) == ("2023-02-08", "today-phrase", "aujourd'hui, 8 février")
    assert (inferred.year, inferred.confidence) == ("text", "high")


def test_the_latest_past_date_is_a_lower_bound_not_the_articles_date(analyze: Analyze) -> None:
    text = (
        "Les inondations ont commencé le 2 novembre dans le Pas-de-Calais. Le 4 novembre 2023, la Liane est "
        "sortie de son lit. Hier, les pompiers sont intervenus 300 fois. Le préfet présentera un bilan le "
        "20 novembre."
    )
    analysis = analyze(text)
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.text) == ("2023-11-04", "latest-date", "Le 4 novembre 2023")
    assert inferred.confidence == "low"
    assert analysis.published is None  # published that day or any day after: linking reads "not before"
    values = _values(analysis)
    assert values["le 2 novembre"] == "2023-11-02"  # the year of partial dates is set
    assert values["Hier"] is None  # but not the day "hier" counts from


def test_a_passe_compose_with_etre_is_past_not_a_passive_present(analyze: Analyze) -> None:
    # Read as a present passive, ``est sortie`` made ``Jeudi`` the nearest Thursday, three days ahead.
    assert _values(analyze("Jeudi, la rivière est sortie de son lit.", published="2023-03-13"))["Jeudi"] == "2023-03-09"
    assert _values(analyze("Le maire est parti jeudi.", published="2023-03-13"))["jeudi"] == "2023-03-09"


def test_present_tense_events_are_scheduled_not_past(analyze: Analyze) -> None:
    text = "Le festival a ouvert le 2 juillet. La finale a lieu le 14 juillet au stade."
    assert _inferred(analyze(text), text).text == "le 2 juillet"


def test_a_bound_or_a_future_date_is_not_the_narratives_now(analyze: Analyze) -> None:
    text = (
        "La mairie a fermé la piscine le 3 juin. Elle ne rouvrira pas avant le 15 juillet, "
        "et le conseil votera le 20 juin."
    )
    inferred = _inferred(analyze(text), text)
    assert (inferred.value, inferred.text) == ("XXXX-06-03", "le 3 juin")


# --------------------------------------------------------------------------------------------------
# Metadata


def _marked(analyzer: Analyzer, month: str, body: str) -> tuple[str, DocumentAnalysis]:
    marker = f" date {month} "
    text = marker + body
    return text, analyzer.analyze(Article(id="m", text=text, published=month, body_start=len(marker)))


def test_a_month_marker_is_refined_by_a_day_inside_it(analyzer: Analyzer) -> None:
    text, analysis = _marked(
        analyzer, "2023-03", "Les agriculteurs bloquent l'A7 ce mardi 21 mars. Hier, ils avaient défilé à Valence."
    )
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.year, inferred.confidence, inferred.metadata) == (
        "2023-03-21",
        "metadata",
        "high",
        "2023-03",
    )
    assert analysis.published == "2023-03-21"
    assert _values(analysis)["Hier"] == "2023-03-20"


def test_a_month_marker_keeps_its_month_after_the_latest_past_day_inside_it(analyzer: Analyzer) -> None:
    text, analysis = _marked(
        analyzer, "2023-11", "La Liane est sortie de son lit le 4 novembre. Le 6 novembre, l'Aa a débordé à son tour."
    )
    inferred = _inferred(analysis, text)
    assert (inferred.value, inferred.how, inferred.year) == ("2023-11-06", "latest-date", "metadata")
    assert analysis.published == "2023-11"  # published from 6 to 30 November: still the month
    assert (When.of(analysis).low, When.of(analysis).high) == (dt.date(2023, 11, 6), dt.date(2023, 11, 30))


def test_a_month_marker_is_not_refined_by_a_day_outside_it(analyzer: Analyzer) -> None:
    _, analysis = _marked(analyzer, "2023-04", "Les agriculteurs bloquent l'A7 ce mardi 21 mars.")
    assert analysis.published == "2023-04"
    assert analysis.published_inferred is None


def test_a_metadata_day_is_never_overwritten(analyze: Analyze) -> None:
    analysis = analyze("Les agriculteurs bloquent l'A7 ce mardi 21 mars. Hier, ils ont défilé.", published="2023-03-22")
    assert analysis.published == "2023-03-22"
    assert analysis.published_inferred is None
    assert _values(analysis)["Hier"] == "2023-03-21"


def test_the_inferred_date_is_in_the_contract(analyze: Analyze) -> None:
    text = "LYON, 14 mars 2023 (AFP) - Les éboueurs ont reconduit leur grève."
    analysis = analyze(text)
    record = json.loads(json.dumps(analysis.to_json()))
    jsonschema.validate(record, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert record["published_inferred"]["how"] == "dateline"
    assert DocumentAnalysis.from_json(record) == analysis


# --------------------------------------------------------------------------------------------------
# Linking


GREVE = (
    "Grève des éboueurs : les poubelles s'entassent à Lyon. La CGT et FO appellent à reconduire le mouvement "
    "contre la privatisation de la collecte, selon la métropole de Lyon."
)
GREVE_BIS = (
    "À Lyon, la grève des éboueurs se poursuit et les poubelles s'entassent. FO et la CGT dénoncent la "
    "privatisation de la collecte voulue par la métropole."
)


def _analysis(
    doc: str, published: str | None = None, inferred: str | None = None, how: DatingHow = "today-phrase"
) -> DocumentAnalysis:
    record = InferredDate(value=inferred, how=how, start=0, end=1, text="x") if inferred else None
    return DocumentAnalysis(doc=doc, published=published, lang="fr", title=None, outlet=None, published_inferred=record)


def _stories(*pairs: tuple[str, str, DocumentAnalysis]) -> set[tuple[str, ...]]:
    index = StoryIndex()
    articles = [(Article(id=doc, text=text), analysis) for doc, text, analysis in pairs]
    for article, analysis in order_for_streaming(articles):
        index.add(article, analysis)
    return {tuple(story.documents) for story in index.result()}


def test_a_month_precision_article_meets_the_stories_of_any_day_of_its_month() -> None:
    # A month used to stand for its 15th: out of the window of a story of the 7th (and of its time bucket).
    assert _stories(
        ("jour", GREVE, _analysis("jour", "2023-03-07")), ("mois", GREVE_BIS, _analysis("mois", "2023-03"))
    ) == {("mois", "jour")}
    assert _stories(
        ("jour", GREVE, _analysis("jour", "2023-03-28")), ("mois", GREVE_BIS, _analysis("mois", "2023-03"))
    ) == {("mois", "jour")}


def test_a_month_precision_article_stays_out_of_other_months() -> None:
    assert _stories(
        ("mars", GREVE, _analysis("mars", "2023-03-07")), ("mai", GREVE_BIS, _analysis("mai", "2023-05"))
    ) == {("mars",), ("mai",)}


def test_a_day_without_its_year_joins_a_story_whose_window_holds_that_day() -> None:
    assert _stories(
        ("date", GREVE, _analysis("date", "2023-03-07")),
        ("sans-an", GREVE_BIS, _analysis("sans-an", None, "XXXX-03-08")),
    ) == {("date", "sans-an")}
    assert _stories(
        ("date", GREVE, _analysis("date", "2023-03-07")),
        ("sans-an", GREVE_BIS, _analysis("sans-an", None, "XXXX-03-20")),
    ) == {("date",), ("sans-an",)}


def test_the_latest_reported_day_keeps_an_article_out_of_earlier_stories_only() -> None:
    bound = _analysis("borne", None, "2023-03-10", "latest-date")
    assert _stories(("avant", GREVE, _analysis("avant", "2023-03-01")), ("borne", GREVE_BIS, bound)) == {
        ("avant",),
        ("borne",),
    }
    assert _stories(("apres", GREVE, _analysis("apres", "2023-03-12")), ("borne", GREVE_BIS, bound)) == {
        ("borne", "apres")
    }


def test_a_day_without_its_year_arrives_at_that_day_of_the_collections_year() -> None:
    yearless = _analysis("sans-an", None, "XXXX-01-06", "latest-date")
    assert streaming_date(yearless, [When.of(_analysis("a", "2024-01-07")).day]) == "2024-01-06"  # type: ignore[list-item]
    assert streaming_date(yearless, []) is None
    pairs = [
        (Article(id=d.doc, text=""), d)
        for d in (_analysis("b", "2024-01-07"), _analysis("c", "2024-01-09"), yearless, _analysis("d"))
    ]
    assert [a.id for a, _ in order_for_streaming(pairs)] == ["sans-an", "b", "c", "d"]


def test_an_undated_wire_and_a_dated_follow_up_form_one_story(analyzer: Analyzer) -> None:
    first = Article(id="sans-date", text="LYON, 14 mars 2023 (AFP) - " + GREVE)
    second = Article(id="suite", text=GREVE_BIS, published="2023-03-16")
    analyses = [analyzer.analyze(first), analyzer.analyze(second)]
    dossier = build_dossier(analyses, [first, second])
    assert [(s.documents, s.first, s.last) for s in dossier.stories] == [
        (["sans-date", "suite"], "2023-03-14", "2023-03-16")
    ]
