"""The gold scorer (``recoupe.eval``) on small hand-written French examples.

Each test builds a one- or two-sentence document, a gold annotation in the ``shared/gold/FORMAT.md``
format and predictions in the per-article contract, and checks one metric's counts, so a change in a
definition shows up as a precise failure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.table import Table

from recoupe.eval import Metric, Report, format_table, is_date_value, load_gold, locate, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# --------------------------------------------------------------------------------------------------
# Helpers


def span(text: str, words: str, occurrence: int = 1) -> dict[str, Any]:
    """Offsets of ``words`` in ``text`` (the n-th match), as a predicted item carries them."""
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words}


def timex(text: str, words: str, value: str | None, occurrence: int = 1) -> dict[str, Any]:
    return {**span(text, words, occurrence), "value": value, "type": "DATE"}


def claim(
    text: str,
    words: str,
    category: str,
    value: float | None,
    qualifier: str = "exact",
    low: float | None = None,
    high: float | None = None,
    source: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        **span(text, words),
        "category": category,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "subject": "",
        "source": source,
        "date": None,
        "place": None,
        "reported": False,
    }


def quote(text: str, words: str, kind: str = "direct", speaker: dict[str, Any] | None = None) -> dict[str, Any]:
    return {**span(text, words), "kind": kind, "speaker": speaker}


def who(text: str, entity: str | None = None) -> dict[str, Any]:
    return {"text": text, "entity": entity}


def prediction(doc: str, **sections: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "doc": doc,
        "published": None,
        "lang": "fr",
        "title": None,
        "outlet": None,
        "url": None,
        "entities": [],
        "timexes": sections.get("timexes", []),
        "claims": sections.get("claims", []),
        "quotes": sections.get("quotes", []),
    }


def gold_of(doc: str, entities: list[dict[str, Any]] | None = None, **sections: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {"documents": [{"doc": doc, "published": "2024-03-12", **sections}]}
    if entities is not None:
        gold["entities"] = entities
    return gold


def run(text: str, gold: dict[str, Any], pred: dict[str, Any] | None, dossier: dict[str, Any] | None = None) -> Report:
    doc = gold["documents"][0]["doc"]
    return score(gold, {doc: pred} if pred is not None else {}, {doc: text}, dossier)


def counts(report: Report, name: str) -> tuple[int, int]:
    metric = report[name]
    return metric.numerator, metric.denominator


# --------------------------------------------------------------------------------------------------
# locate


def test_locate_returns_original_offsets() -> None:
    text = "Selon la préfecture, 1 200 personnes ont manifesté mardi à Lyon."
    assert locate(text, "1 200 personnes") == (21, 36)
    assert text[21:36] == "1 200 personnes"


@pytest.mark.parametrize("in_text, in_gold", [("’", "'"), ("'", "’"), ("ʼ", "'"), ("‘", "’")])
def test_locate_treats_apostrophe_variants_alike(in_text: str, in_gold: str) -> None:
    text = f"Le maire a parlé aujourd{in_text}hui devant l{in_text}hôtel de ville."
    found = locate(text, f"l{in_gold}hôtel de ville")
    assert found is not None
    start, end = found
    assert text[start:end] == f"l{in_text}hôtel de ville"


def test_locate_occurrence_picks_the_nth_match() -> None:
    text = "Mardi, la police a bouclé le quartier. Mardi soir, le calme est revenu."
    first, second = locate(text, "Mardi"), locate(text, "Mardi", occurrence=2)
    assert first == (0, 5)
    assert second == (text.index("Mardi soir"), text.index("Mardi soir") + 5)
    assert locate(text, "Mardi", occurrence=3) is None


def test_locate_missing_or_empty() -> None:
    assert locate("Il pleuvait sur Brest.", "Quimper") is None
    assert locate("Il pleuvait sur Brest.", "") is None
    assert locate("Il pleuvait sur Brest.", "Brest", occurrence=0) is None


# --------------------------------------------------------------------------------------------------
# Time expressions

TIMEX_TEXT = (
    "Mardi 12 mars, des syndicats ont défilé à Rennes. La veille, la mairie avait fermé le parc "
    "pendant trois jours. Le cortège est parti à 10 heures."
)


def timex_gold() -> dict[str, Any]:
    return gold_of(
        "t.txt",
        timexes=[
            {"text": "Mardi 12 mars", "value": "2024-03-12"},
            {"text": "La veille", "value": "2024-03-11"},
            {"text": "pendant trois jours", "value": None},
            {"text": "à 10 heures", "value": None},
        ],
    )


def test_timex_value_and_precision() -> None:
    t = TIMEX_TEXT
    pred = prediction(
        "t.txt",
        timexes=[
            timex(t, "Mardi 12 mars", "2024-03-12"),  # right
            timex(t, "veille", "2024-03-10"),  # overlaps gold, wrong value
            timex(t, "trois jours", "P3D"),  # duration: not date-valued, ignored by precision
            timex(t, "à 10 heures", "2024-03-12T10:00"),  # overlaps a null-valued gold: not held against it
            timex(t, "le parc", "2024-03-01"),  # overlaps nothing: counts against precision
        ],
    )
    report = run(t, timex_gold(), pred)
    assert counts(report, "timex.value") == (1, 2)
    assert counts(report, "timex.precision") == (3, 4)
    assert report["timex.f1"].value == pytest.approx(2 * 0.5 * 0.75 / 1.25)
    assert report["timex.f1"].kind == "hmean"


@pytest.mark.parametrize(
    "value, right",
    [
        ("2024-03-12", True),
        ("2024-03-12T10:00", True),
        ("2024-03-12TNI", True),
        ("2024-03-13", False),
        ("2024-03", False),
        ("2024-03-120", False),
        (None, False),
    ],
)
def test_timex_value_accepts_time_of_day_on_the_right_date(value: str | None, right: bool) -> None:
    t = TIMEX_TEXT
    gold = gold_of("t.txt", timexes=[{"text": "Mardi 12 mars", "value": "2024-03-12"}])
    report = run(t, gold, prediction("t.txt", timexes=[timex(t, "Mardi 12 mars", value)]))
    assert counts(report, "timex.value") == (int(right), 1)


@pytest.mark.parametrize(
    "value, right",
    [("2024-W11", True), ("2024-W11-WE", True), ("2024-W12-WE", False), ("2024-W11-1", False)],
)
def test_timex_value_accepts_the_weekend_of_the_right_week(value: str, right: bool) -> None:
    """« ce week-end »: TimeML writes the weekend of the week, an annotator the ISO week; the weekend of the
    right week is that week made more precise, as a time of day on the right date is."""
    t = "Les secours ont travaillé ce week-end à Vannes."
    gold = gold_of("w.txt", timexes=[{"text": "ce week-end", "value": "2024-W11"}])
    report = run(t, gold, prediction("w.txt", timexes=[timex(t, "ce week-end", value)]))
    assert counts(report, "timex.value") == (int(right), 1)


def test_timex_value_needs_overlap() -> None:
    t = TIMEX_TEXT
    gold = gold_of("t.txt", timexes=[{"text": "Mardi 12 mars", "value": "2024-03-12"}])
    report = run(t, gold, prediction("t.txt", timexes=[timex(t, "Rennes", "2024-03-12")]))
    assert counts(report, "timex.value") == (0, 1)
    assert counts(report, "timex.precision") == (0, 1)


def test_timex_occurrence_field_places_the_gold_item() -> None:
    t = "Lundi, le conseil a voté. Il se réunira de nouveau lundi prochain, puis lundi 25 mars."
    gold = gold_of("o.txt", timexes=[{"text": "lundi", "occurrence": 2, "value": "2024-03-25"}])
    on_first = prediction("o.txt", timexes=[timex(t, "lundi", "2024-03-25", occurrence=1)])
    on_second = prediction("o.txt", timexes=[timex(t, "lundi", "2024-03-25", occurrence=2)])
    assert counts(run(t, gold, on_first), "timex.value") == (0, 1)
    assert counts(run(t, gold, on_second), "timex.value") == (1, 1)


@pytest.mark.parametrize(
    "value, dated",
    [
        ("2024", True),
        ("2024-03", True),
        ("2024-03-12", True),
        ("2024-W11", True),
        ("199", True),
        ("19", True),
        ("2024-WI", True),
        ("2024-03-12T10:00", True),
        ("P3D", False),
        ("PT2H", False),
        ("XXXX-WXX-1", False),
        ("PRESENT_REF", False),
        ("PAST_REF", False),
        ("FUTURE_REF", False),
        (None, False),
        ("", False),
        ("1", False),
    ],
)
def test_is_date_value(value: str | None, dated: bool) -> None:
    assert is_date_value(value) is dated


# --------------------------------------------------------------------------------------------------
# Claims

CLAIM_TEXT = (
    "Selon la préfecture, 1 200 personnes ont manifesté mardi à Lyon. Des dizaines de manifestants "
    "ont été interpellés. Trois policiers ont été blessés, a indiqué le ministère de l’Intérieur. "
    "Les dégâts sont estimés à 40 000 euros."
)


def claim_gold() -> dict[str, Any]:
    return gold_of(
        "c.txt",
        entities=[
            {"name": "ministère de l'Intérieur", "aliases": ["ministère de l'Intérieur", "place Beauvau"]},
        ],
        claims=[
            {
                "evidence": "1 200 personnes ont manifesté",
                "category": "participants",
                "value": 1200,
                "qualifier": "exact",
                "low": None,
                "high": None,
                "source": ["préfecture"],
            },
            {
                "evidence": "Des dizaines de manifestants ont été interpellés",
                "category": "arrested",
                "value": None,
                "qualifier": "vague",
                "low": 20,
                "high": 99,
                "source": [],
            },
            {
                "evidence": "Trois policiers ont été blessés",
                "category": "injured",
                "value": 3,
                "qualifier": "exact",
                "source": ["place Beauvau"],
            },
        ],
    )


def test_claims_recall_precision_and_other_is_ignored() -> None:
    t = CLAIM_TEXT
    pred = prediction(
        "c.txt",
        claims=[
            claim(t, "1 200 personnes", "participants", 1200.0, source=who("la préfecture")),
            claim(t, "Trois policiers", "injured", 4),  # wrong value
            claim(t, "40 000 euros", "other", 40000),  # not scored
            claim(t, "mardi à Lyon", "killed", 2),  # scored category, no gold
        ],
    )
    report = run(t, claim_gold(), pred)
    assert counts(report, "claims.recall") == (1, 3)
    assert counts(report, "claims.precision") == (1, 3)
    assert report["claims.f1"].value == pytest.approx(1 / 3)


def test_claim_needs_same_category() -> None:
    t = CLAIM_TEXT
    report = run(t, claim_gold(), prediction("c.txt", claims=[claim(t, "1 200 personnes", "arrested", 1200)]))
    assert counts(report, "claims.recall") == (0, 3)
    assert counts(report, "claims.precision") == (0, 1)


@pytest.mark.parametrize(
    "kwargs, matches",
    [
        ({"value": 50, "qualifier": "approx"}, True),  # value inside [20, 99]
        ({"value": None, "qualifier": "range", "low": 30, "high": 60}, True),  # range inside
        ({"value": None, "qualifier": "vague"}, True),  # vague, no figure
        ({"value": 10, "qualifier": "vague"}, True),  # vague wins even out of range
        ({"value": 120, "qualifier": "approx"}, False),  # value outside
        ({"value": None, "qualifier": "range", "low": 10, "high": 60}, False),  # range sticks out
        ({"value": None, "qualifier": "exact"}, False),  # nothing to compare
    ],
)
def test_vague_gold_claim(kwargs: dict[str, Any], matches: bool) -> None:
    t = CLAIM_TEXT
    pred = prediction("c.txt", claims=[claim(t, "Des dizaines de manifestants", "arrested", **kwargs)])
    report = run(t, claim_gold(), pred)
    assert counts(report, "claims.recall") == (int(matches), 3)
    assert counts(report, "claims.precision") == (int(matches), 1)


def test_claims_qualifier_credits_any_matching_prediction() -> None:
    t = CLAIM_TEXT
    pred = prediction(
        "c.txt",
        claims=[
            claim(t, "1 200 personnes", "participants", 1200, qualifier="approx"),
            claim(t, "1 200 personnes ont manifesté", "participants", 1200, qualifier="exact"),
            claim(t, "Trois policiers", "injured", 3, qualifier="at_least"),
        ],
    )
    report = run(t, claim_gold(), pred)
    assert counts(report, "claims.recall") == (2, 3)
    assert counts(report, "claims.qualifier") == (1, 2)


def test_claims_source_uses_aliases_and_only_gold_with_a_source() -> None:
    t = CLAIM_TEXT
    pred = prediction(
        "c.txt",
        claims=[
            claim(t, "1 200 personnes", "participants", 1200, source=who("Selon la Préfecture")),
            # gold names "place Beauvau", an alias of the ministry; the prediction's apostrophe differs.
            claim(t, "Trois policiers", "injured", 3, source=who("le ministère de l’Intérieur")),
            claim(t, "Des dizaines", "arrested", None, qualifier="vague", source=None),  # gold has no source
        ],
    )
    report = run(t, claim_gold(), pred)
    assert counts(report, "claims.recall") == (3, 3)
    assert counts(report, "claims.source") == (2, 2)


def test_claims_source_entity_field_and_wrong_source() -> None:
    t = CLAIM_TEXT
    right = prediction(
        "c.txt",
        claims=[
            claim(t, "Trois policiers", "injured", 3, source=who("le ministère", entity="ministère de l'Intérieur")),
        ],
    )
    wrong = prediction(
        "c.txt",
        claims=[
            claim(t, "Trois policiers", "injured", 3, source=who("les syndicats")),
        ],
    )
    missing = prediction("c.txt", claims=[claim(t, "Trois policiers", "injured", 3, source=None)])
    assert counts(run(t, claim_gold(), right), "claims.source") == (1, 1)
    assert counts(run(t, claim_gold(), wrong), "claims.source") == (0, 1)
    assert counts(run(t, claim_gold(), missing), "claims.source") == (0, 1)


def test_names_are_matched_as_whole_words() -> None:
    t = "La République a été saluée par l'UE : 30 blessés, selon l'UE."
    gold = gold_of(
        "u.txt",
        entities=[{"name": "Union européenne", "aliases": ["UE"]}],
        claims=[
            {
                "evidence": "30 blessés",
                "category": "injured",
                "value": 30,
                "qualifier": "exact",
                "source": ["Union européenne"],
            }
        ],
    )
    inside_word = prediction("u.txt", claims=[claim(t, "30 blessés", "injured", 30, source=who("La République"))])
    whole_word = prediction("u.txt", claims=[claim(t, "30 blessés", "injured", 30, source=who("l'UE"))])
    assert counts(run(t, gold, inside_word), "claims.source") == (0, 1)
    assert counts(run(t, gold, whole_word), "claims.source") == (1, 1)


# --------------------------------------------------------------------------------------------------
# Quotes

QUOTE_TEXT = (
    "« Nous ne céderons pas », a déclaré Élise Garnier. La maire a dénoncé des « casseurs » venus "
    "d'ailleurs. Le chef de l'État a promis « une réponse ferme »."
)

QUOTE_ENTITIES = [
    {"name": "Élise Garnier", "aliases": ["Élise Garnier", "Garnier", "la maire Élise Garnier"]},
    {"name": "Paul Verdier", "aliases": ["Paul Verdier", "Verdier"]},
]


def quote_gold() -> dict[str, Any]:
    return gold_of(
        "q.txt",
        entities=QUOTE_ENTITIES,
        quotes=[
            {"text": "Nous ne céderons pas", "kind": "direct", "speaker": "Élise Garnier"},
            {"text": "casseurs", "kind": "partial", "speaker": "Garnier"},
            {"text": "une réponse ferme", "kind": "partial", "speaker": "Paul Verdier"},
            {"text": "venus d'ailleurs", "kind": "partial", "speaker": None},
        ],
    )


def test_quotes_found_by_any_kind_and_speaker_aliases() -> None:
    t = QUOTE_TEXT
    pred = prediction(
        "q.txt",
        quotes=[
            quote(t, "Nous ne céderons", kind="partial", speaker=who("Garnier")),  # kind differs: still found
            quote(t, "casseurs", kind="partial", speaker=who("La maire", entity="Élise Garnier")),
            quote(t, "une réponse ferme", kind="partial", speaker=who("Le chef de l'État")),
        ],
    )
    report = run(t, quote_gold(), pred)
    assert counts(report, "quotes.direct.found") == (1, 1)
    assert counts(report, "quotes.direct.speaker") == (1, 1)
    assert counts(report, "quotes.partial.found") == (2, 3)
    # "Le chef de l'État" names nobody; the quote without a gold speaker is not in the denominator.
    assert counts(report, "quotes.partial.speaker") == (1, 2)


def test_quote_speaker_alias_expansion_from_a_short_gold_name() -> None:
    t = QUOTE_TEXT
    # Gold says "Garnier"; the prediction gives the full name, another alias of the same entity.
    pred = prediction("q.txt", quotes=[quote(t, "casseurs", "partial", speaker=who("Élise GARNIER"))])
    report = run(t, quote_gold(), pred)
    assert counts(report, "quotes.partial.speaker") == (1, 2)


def test_quote_speaker_only_counts_with_overlap() -> None:
    t = QUOTE_TEXT
    pred = prediction("q.txt", quotes=[quote(t, "La maire a dénoncé", "partial", speaker=who("Élise Garnier"))])
    report = run(t, quote_gold(), pred)
    assert counts(report, "quotes.partial.found") == (0, 3)
    assert counts(report, "quotes.partial.speaker") == (0, 2)


def test_speaker_with_a_description_that_contains_the_name() -> None:
    t = QUOTE_TEXT
    pred = prediction(
        "q.txt", quotes=[quote(t, "une réponse ferme", "partial", speaker=who("le chef de l'État, Paul Verdier"))]
    )
    assert counts(run(t, quote_gold(), pred), "quotes.partial.speaker") == (1, 2)


# --------------------------------------------------------------------------------------------------
# Stories (B-cubed)


def story_gold(labels: dict[str, str]) -> dict[str, Any]:
    return {"documents": [{"doc": doc, "story": story} for doc, story in labels.items()]}


def test_bcubed_by_hand() -> None:
    gold = story_gold({"a": "grève", "b": "grève", "c": "grève", "d": "crue"})
    dossier = {
        "documents": ["a", "b", "c", "d"],
        "stories": [{"id": "s1", "documents": ["a", "b"]}, {"id": "s2", "documents": ["c", "d"]}],
    }
    report = score(gold, {}, {doc: "" for doc in "abcd"}, dossier)
    # precision: a 1, b 1, c 1/2, d 1/2; recall: a 2/3, b 2/3, c 1/3, d 1.
    assert report["stories.bcubed_precision"].value == pytest.approx(0.75)
    assert report["stories.bcubed_recall"].value == pytest.approx(2 / 3)
    assert report["stories.bcubed_f1"].value == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert report["stories.bcubed_precision"].denominator == 4


def test_bcubed_document_in_no_story_is_a_singleton() -> None:
    gold = story_gold({"a": "grève", "b": "grève", "c": "crue"})
    dossier = {"documents": ["a", "b", "c"], "stories": [{"id": "s1", "documents": ["a", "b"]}]}
    report = score(gold, {}, {doc: "" for doc in "abc"}, dossier)
    assert report["stories.bcubed_precision"].value == pytest.approx(1.0)
    assert report["stories.bcubed_recall"].value == pytest.approx(1.0)
    lonely = score(
        story_gold({"a": "grève", "b": "grève"}), {}, {"a": "", "b": ""}, {"documents": ["a", "b"], "stories": []}
    )
    assert lonely["stories.bcubed_precision"].value == pytest.approx(1.0)
    assert lonely["stories.bcubed_recall"].value == pytest.approx(0.5)


def test_stories_need_labels_and_dossier_stories() -> None:
    unlabeled = {"documents": [{"doc": "a"}]}
    assert "stories.bcubed_f1" not in score(unlabeled, {}, {"a": ""}, {"documents": ["a"], "stories": []})
    labeled = story_gold({"a": "grève"})
    assert "stories.bcubed_f1" not in score(labeled, {}, {"a": ""}, None)
    report = score(labeled, {}, {"a": ""}, {"documents": ["a"]})
    assert "stories.bcubed_f1" not in report
    assert any("stories" in problem for problem in report.problems)


# --------------------------------------------------------------------------------------------------
# Entities (merge recall / precision)

MERGE_ENTITIES = [
    {"name": "Élise Garnier", "aliases": ["Élise Garnier", "Garnier", "É. Garnier"]},
    {"name": "Office français de l'eau", "aliases": ["Office français de l'eau", "OFE"]},
    {"name": "Lyon", "aliases": ["Lyon"]},
]


def merge_report(entities: list[dict[str, Any]]) -> Report:
    gold = {"documents": [{"doc": "a"}], "entities": MERGE_ENTITIES}
    dossier = {
        "documents": ["a"],
        "entities": [{"type": "PER", "documents": ["a"], "mentions": 1, **entity} for entity in entities],
    }
    return score(gold, {}, {"a": ""}, dossier)


def test_merge_recall_and_precision() -> None:
    report = merge_report(
        [
            {"name": "Élise Garnier", "aliases": ["Garnier"]},
            # the dossier's apostrophe differs from gold's: the same alias after normalization.
            {"name": "OFE", "aliases": ["Office français de l’eau", "Lyon", "Marseille"]},
        ]
    )
    # gold pairs: 3 for Garnier, 1 for the Office; found together: (Élise Garnier, Garnier), (OFE, Office).
    assert counts(report, "entities.merge_recall") == (2, 4)
    # put together: the two right pairs, plus (OFE, Lyon) and (Office, Lyon) which are wrong.
    assert counts(report, "entities.merge_precision") == (2, 4)


def test_merge_is_exact_after_apostrophes_and_none_without_pairs() -> None:
    report = merge_report([{"name": "garnier", "aliases": ["élise garnier"]}, {"name": "Lyon", "aliases": []}])
    assert counts(report, "entities.merge_recall") == (0, 4)
    assert report["entities.merge_precision"] == Metric(None, 0, 0)


def test_merge_metrics_need_gold_entities_and_a_dossier() -> None:
    assert "entities.merge_recall" not in score({"documents": [{"doc": "a"}]}, {}, {"a": ""}, {"documents": []})
    gold = {"documents": [{"doc": "a"}], "entities": MERGE_ENTITIES}
    assert "entities.merge_recall" not in score(gold, {}, {"a": ""}, None)


# --------------------------------------------------------------------------------------------------
# What cannot be scored


def test_missing_prediction_counts_as_predicting_nothing() -> None:
    report = run(CLAIM_TEXT, claim_gold(), None)
    assert counts(report, "claims.recall") == (0, 3)
    assert report["claims.precision"].value is None
    assert report["claims.f1"].value == 0.0
    assert any("c.txt" in problem and "no prediction" in problem for problem in report.problems)


def test_gold_not_in_the_text_is_reported_and_not_scored() -> None:
    t = TIMEX_TEXT
    gold = gold_of(
        "t.txt",
        timexes=[
            {"text": "Mardi 12 mars", "value": "2024-03-12"},
            {"text": "jeudi 14 mars", "value": "2024-03-14"},
            {"text": "Mardi 12 mars", "occurrence": 2, "value": "2024-03-12"},
        ],
    )
    report = run(t, gold, prediction("t.txt", timexes=[timex(t, "Mardi 12 mars", "2024-03-12")]))
    assert counts(report, "timex.value") == (1, 1)
    assert sum("not found in the text" in problem for problem in report.problems) == 2


def test_document_without_text_is_reported() -> None:
    gold = timex_gold()
    # A prediction without its text cannot be placed: left out.
    report = score(gold, {"t.txt": prediction("t.txt")}, {}, None)
    assert counts(report, "timex.value") == (0, 0)
    assert any("no text" in problem for problem in report.problems)
    # No text and no prediction (an input that could not be read): every gold item is missed.
    unread = score(gold, {}, {}, None)
    assert counts(unread, "timex.value") == (0, 2)
    assert counts(unread, "timex.precision") == (0, 0)
    assert any("no prediction and no text" in problem for problem in unread.problems)


def test_predicted_offsets_that_do_not_fit_the_text_are_reported() -> None:
    t = TIMEX_TEXT
    bad = {**timex(t, "Mardi 12 mars", "2024-03-12"), "text": "Mercredi"}
    report = run(t, timex_gold(), prediction("t.txt", timexes=[bad, {"value": "2024-03-12"}]))
    assert counts(report, "timex.value") == (1, 2)
    assert any("text differs" in problem for problem in report.problems)
    assert any("no valid start/end" in problem for problem in report.problems)


def test_predictions_for_documents_outside_the_gold_are_ignored() -> None:
    t = TIMEX_TEXT
    preds = {"t.txt": prediction("t.txt"), "x.txt": prediction("x.txt", timexes=[timex(t, "Rennes", "2024")])}
    report = score(timex_gold(), preds, {"t.txt": t, "x.txt": t}, None)
    assert counts(report, "timex.precision") == (0, 0)


# --------------------------------------------------------------------------------------------------
# Report, table, loading


def test_report_json_and_table() -> None:
    t = CLAIM_TEXT
    report = run(t, claim_gold(), prediction("c.txt", claims=[claim(t, "1 200 personnes", "participants", 1200)]))
    data = json.loads(json.dumps(report.to_json()))
    assert list(data["metrics"])[:3] == ["timex.value", "timex.precision", "timex.f1"]
    assert data["metrics"]["claims.recall"] == {
        "value": pytest.approx(1 / 3),
        "numerator": 1,
        "denominator": 3,
        "kind": "ratio",
    }
    table = format_table(report)
    assert isinstance(table, Table)
    console = Console(width=100, record=True)
    console.print(table)
    output = console.export_text()
    assert "claims.recall" in output and "0.333" in output and "1/3" in output and "—" in output


def test_load_gold_accepts_valid_and_rejects_malformed(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(claim_gold(), ensure_ascii=False), encoding="utf-8")
    assert load_gold(good)["documents"][0]["doc"] == "c.txt"

    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="E401"):
        load_gold(broken)

    for bad in (
        {"docs": []},
        {"documents": [{"timexes": []}]},
        {"documents": [{"doc": "a", "claims": [{"evidence": "x"}]}]},
        {"documents": [{"doc": "a", "quotes": [{"text": "x", "kind": "indirect"}]}]},
        {"documents": [{"doc": "a", "timexes": [{"text": "x", "value": None, "occurrence": 0}]}]},
        {"documents": [{"doc": "a"}, {"doc": "a"}]},
        {"documents": [], "entities": [{"aliases": []}]},
    ):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(ValueError, match=r"bad\.json"):
            load_gold(path)


def test_load_gold_with_a_problem_list_leaves_malformed_items_out(tmp_path: Path) -> None:
    """``recoupe eval`` reads annotators' files: a slip costs its item and one line, not the run."""
    gold = {
        "documents": [
            {
                "doc": "a.txt",
                "timexes": [
                    {"text": "mardi", "value": "2024-05-14", "occurrence": 0},
                    {"text": "lundi", "value": None},
                ],
                "claims": [
                    {"evidence": "12 morts", "category": "killed", "value": 12, "source": {"nom": "la préfecture"}},
                    {"evidence": "3 blessés", "value": 3},
                ],
                "quotes": [{"text": "Nous sommes effondrés", "kind": "indirect", "speaker": "le maire"}],
            },
            {"doc": "a.txt"},
        ],
        "entities": [{"name": "Lille", "aliases": ["lille", 3]}, {"aliases": ["Roubaix"]}],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems: list[str] = []
    loaded = load_gold(path, problems)
    (document,) = loaded["documents"]
    assert [t["text"] for t in document["timexes"]] == ["lundi"]
    assert document["quotes"] == []
    # claims keep their places, since groups point at them by index: a bad source reads "not stated"
    assert [(c["category"], c.get("source")) for c in document["claims"]] == [("killed", []), ("other", None)]
    assert [e["name"] for e in loaded["entities"]] == ["Lille"] and loaded["entities"][0]["aliases"] == ["lille"]
    assert len(problems) == 7 and all(p.startswith(str(path)) for p in problems)


# --------------------------------------------------------------------------------------------------
# The real gold files, scored against themselves (skipped when ../shared is absent)


def _perfect(gold: dict[str, Any], texts: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Predictions and dossier that say exactly what the gold says."""
    preds: dict[str, Any] = {}
    for d in gold["documents"]:
        text = texts[d["doc"]]

        def at(item: dict[str, Any], key: str, text: str = text) -> dict[str, Any]:
            found = locate(text, item[key], item.get("occurrence", 1))
            assert found is not None, item
            return {"start": found[0], "end": found[1], "text": text[found[0] : found[1]]}

        preds[d["doc"]] = prediction(
            d["doc"],
            timexes=[{**at(x, "text"), "value": x["value"]} for x in d.get("timexes", []) if x["value"]],
            claims=[
                {
                    **at(c, "evidence"),
                    "category": c["category"],
                    "value": c["value"],
                    "low": c.get("low"),
                    "high": c.get("high"),
                    "qualifier": c.get("qualifier"),
                    "source": who(c["source"][0]) if c.get("source") else None,
                }
                for c in d.get("claims", [])
            ],
            quotes=[
                {**at(q, "text"), "kind": q["kind"], "speaker": who(q["speaker"]) if q.get("speaker") else None}
                for q in d.get("quotes", [])
            ],
        )
    gold_claims = {d["doc"]: d.get("claims", []) for d in gold["documents"]}
    stories: dict[str, list[str]] = {}
    for d in gold["documents"]:
        if d.get("story"):
            stories.setdefault(d["story"], []).append(d["doc"])
    claim_groups = []
    for g in gold.get("groups", []):
        reports = []
        for member in g["members"]:
            evidence = gold_claims[member["doc"]][member["claim"]]
            found = locate(texts[member["doc"]], evidence["evidence"], evidence.get("occurrence", 1))
            assert found is not None, member
            reports.append({"doc": member["doc"], "start": found[0], "end": found[1]})
        claim_groups.append(
            {
                "id": g["id"],
                "category": g["category"],
                "reports": reports,
                "verdict": g.get("verdict") or "agree",
                "figure": g["figure"][0] if g.get("figure") else None,
            }
        )
    dossier = {
        "documents": list(preds),
        "stories": [{"id": s, "documents": docs} for s, docs in stories.items()],
        "entities": [
            {"name": e["name"], "type": "MISC", "aliases": e.get("aliases", []), "documents": [], "mentions": 0}
            for e in gold.get("entities", [])
        ],
        "claim_groups": claim_groups,
    }
    return preds, dossier


@pytest.mark.parametrize(
    "gold_file, texts_dir", [("gold/seeds.json", "seeds"), ("gold/fr-timebank.json", "benchmarks/fr-timebank/texts")]
)
def test_real_gold_scored_against_itself(gold_file: str, texts_dir: str) -> None:
    if not (SHARED / gold_file).exists():
        pytest.skip("../shared is not available")
    gold = load_gold(SHARED / gold_file)
    texts = {d["doc"]: (SHARED / texts_dir / d["doc"]).read_text(encoding="utf-8") for d in gold["documents"]}
    preds, dossier = _perfect(gold, texts)
    report = score(gold, preds, texts, dossier)
    assert report.problems == []
    measured = {name: m.value for name, m in report.metrics.items() if m.value is not None}
    assert measured and all(value == pytest.approx(1.0) for value in measured.values()), measured


def test_a_layer_the_gold_does_not_annotate_is_not_scored() -> None:
    text = "Mardi, 300 personnes ont été évacuées."
    gold = {"documents": [{"doc": "d", "timexes": [{"text": "Mardi", "value": "2023-03-07"}]}]}
    prediction = {
        "doc": "d",
        "timexes": [],
        "quotes": [],
        "claims": [{"start": 7, "end": 10, "text": "300", "category": "displaced", "value": 300}],
    }
    report = score(gold, {"d": prediction}, {"d": text})
    assert report["claims.precision"].denominator == 0
