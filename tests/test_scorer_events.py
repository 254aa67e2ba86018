"""The ``events.*`` metrics: an ACLED-style table against hand-coded events, on invented French events.

Gold events and table rows are written by hand (a day of protest in Nantes, riots near Rennes, arrests
in the Paris region), so each matching rule of FORMAT.md — type, date window by time precision,
country, place by name, by distance or by region — can be switched on and off one at a time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from recoupe.analyze import Analyzer
from recoupe.cli import app
from recoupe.eval import METRIC_NAMES, Metric, Report, load_events_gold, match_events, read_acled_csv, score_events
from recoupe.eval.events import dates_agree, distance_km, same_actor

NANTES: dict[str, Any] = {
    "id": "nantes-protest",
    "event_date": "2023-03-07",
    "time_precision": 1,
    "event_type": "Protests",
    "sub_event_type": "Peaceful protest",
    "actor1": "Protesters (France)",
    "country": "France",
    "admin1": "Pays de la Loire",
    "location": "Nantes",
    "latitude": 47.22,
    "longitude": -1.55,
    "geo_precision": 1,
    "fatalities": 0,
}
RENNES: dict[str, Any] = {
    "id": "rennes-riot",
    "event_date": "2023-03-09",
    "time_precision": 2,
    "event_type": "Riots",
    "sub_event_type": "Violent demonstration",
    "actor1": "Rioters (France)",
    "country": "France",
    "admin1": "Bretagne",
    "location": "Rennes",
    "latitude": 48.11,
    "longitude": -1.68,
    "geo_precision": 1,
    "fatalities": 1,
}
PARIS: dict[str, Any] = {
    "id": "paris-arrests",
    "event_date": "2023-03-15",
    "time_precision": 3,
    "event_type": "Strategic developments",
    "sub_event_type": "Arrests",
    "actor1": "Police Forces of France (2017-)",
    "country": "France",
    "admin1": "Île-de-France",
    "location": "Paris",
    "latitude": 48.86,
    "longitude": 2.35,
    "geo_precision": 3,
    "fatalities": 0,
}


def row(**fields: Any) -> dict[str, str]:
    """A table row as :func:`read_acled_csv` gives it: text values, every unset column empty."""
    return {key: "" if value is None else str(value) for key, value in fields.items()}


def metrics(report: Report) -> dict[str, tuple[int, int]]:
    return {name: (m.numerator, m.denominator) for name, m in report.metrics.items()}


def matched(gold: dict[str, Any], **fields: Any) -> bool:
    """Whether one row matches one gold event."""
    return score_events([gold], [row(**fields)])["events.recall"].numerator == 1


# --------------------------------------------------------------------------------------------------
# The whole scoring, by hand


def test_three_events_matched_each_a_different_way() -> None:
    rows = [
        # Nantes by its name (case ignored), no coordinates: geo wrong; actor right once case is ignored.
        row(
            event_date="2023-03-07",
            event_type="Protests",
            sub_event_type="Peaceful protest",
            actor1="protesters (france)",
            country="France",
            location="NANTES",
            fatalities=0,
        ),
        # Rennes by coordinates (Saint-Jacques-de-la-Lande, ~4 km), two days late (precision 2: 3 days).
        row(
            event_date="2023-03-11",
            event_type="Riots",
            sub_event_type="Violent demonstration",
            actor1="Émeutiers",
            country="France",
            location="Saint-Jacques-de-la-Lande",
            latitude=48.09,
            longitude=-1.72,
            fatalities=2,
        ),
        # Paris region by admin1 (geo precision 3), accents ignored; same month (precision 3).
        row(
            event_date="2023-03-28",
            event_type="Strategic developments",
            sub_event_type="Arrests",
            actor1="Police Forces of France",
            country="France",
            admin1="Ile-de-France",
            location="Créteil",
        ),
        # An earthquake: a row ACLED would not code, so a false one.
        row(
            event_date="2023-03-20",
            event_type="Strategic developments",
            sub_event_type="Other",
            country="France",
            location="Marseille",
            fatalities=0,
        ),
    ]
    report = score_events({"events": [NANTES, RENNES, PARIS]}, rows)
    assert match_events([NANTES, RENNES, PARIS], rows) == [(0, 0), (1, 1), (2, 2)]
    assert metrics(report) == {
        "events.recall": (3, 3),
        "events.precision": (3, 4),
        "events.sub_event_type": (3, 3),
        # 0 = 0 right; 2 ≠ 1; an empty cell is no figure.
        "events.fatalities": (1, 3),
        # Only the Rennes row has coordinates (within 25 km).
        "events.geo": (1, 3),
        # "Émeutiers" is not "Rioters (France)"; "(2017-)" is ignored.
        "events.actor1": (2, 3),
    }
    assert list(report.metrics) == [name for name in METRIC_NAMES if name.startswith("events.")]


def test_nothing_matched_and_an_empty_table() -> None:
    report = score_events({"events": [NANTES]}, [])
    assert report["events.recall"] == Metric(0.0, 0, 1)
    assert report["events.precision"] == Metric(None, 0, 0)
    assert report["events.geo"] == Metric(None, 0, 0)
    assert any("no rows" in problem for problem in report.problems)


def test_events_metrics_join_an_existing_report() -> None:
    report = Report(metrics={"timex.value": Metric(1.0, 1, 1)})
    score_events(
        [NANTES], [row(event_date="2023-03-07", event_type="Protests", country="France", location="Nantes")], report
    )
    assert list(report.metrics)[:2] == ["timex.value", "events.recall"]


# --------------------------------------------------------------------------------------------------
# Matching rules, one at a time

SAME_NANTES = {"event_date": "2023-03-07", "event_type": "Protests", "country": "France", "location": "Nantes"}


@pytest.mark.parametrize(
    "change, right",
    [
        ({}, True),
        ({"event_type": "Riots"}, False),
        ({"event_type": "protests"}, True),
        ({"event_date": "2023-03-08"}, False),  # precision 1: the same day only
        ({"event_date": "07 March 2023"}, True),  # ACLED's own date layout
        ({"event_date": "2023-03"}, False),
        ({"country": "Belgique"}, False),
        ({"country": ""}, False),  # the column is missing from the table
        ({"location": "Nantes "}, True),
        ({"location": "Saint-Nazaire"}, False),
        # Another name, but coordinates ~4 km from Nantes' (Rezé): the same place.
        ({"location": "Rezé", "latitude": "47.19", "longitude": "-1.57"}, True),
        # Saint-Nazaire's coordinates, ~50 km away.
        ({"location": "Saint-Nazaire", "latitude": "47.27", "longitude": "-2.21"}, False),
        # Same admin1 counts only for gold geo precision 3.
        ({"location": "Angers", "admin1": "Pays de la Loire"}, False),
    ],
)
def test_match_rules(change: dict[str, str], right: bool) -> None:
    assert matched(NANTES, **{**SAME_NANTES, **change}) is right


def test_admin1_places_an_event_of_geo_precision_3() -> None:
    fields = {
        "event_date": "2023-03-15",
        "event_type": "Strategic developments",
        "country": "France",
        "location": "Versailles",
    }
    assert not matched(PARIS, **fields)
    assert matched(PARIS, **fields, admin1="île-de-france")
    assert matched(PARIS, **fields, latitude=48.85, longitude=2.30)  # ~4 km from Paris' coordinates
    assert not matched({**PARIS, "geo_precision": 1}, **fields, admin1="Île-de-France")


@pytest.mark.parametrize(
    "predicted, precision, right",
    [
        ("2023-03-09", 1, True),
        ("2023-03-10", 1, False),
        ("2023-03-06", 2, True),
        ("2023-03-12", 2, True),
        ("2023-03-13", 2, False),
        ("2023-03-05", 2, False),
        ("2023-03-31", 3, True),
        ("2023-03", 3, True),
        ("2023-04-01", 3, False),
        ("2022-03-09", 3, False),
        ("2023-03-09T18:00", 1, True),
        ("", 1, False),
        ("hier", 3, False),
    ],
)
def test_date_windows_by_time_precision(predicted: str, precision: int, right: bool) -> None:
    assert dates_agree(predicted, "2023-03-09", precision) is right


def test_greedy_one_to_one_in_gold_order() -> None:
    # Two protests in Nantes gold-coded on 7 and 9 March, the second with a 3-day window.
    second = {**NANTES, "id": "nantes-2", "event_date": "2023-03-09", "time_precision": 2}
    on_the_7th = row(**SAME_NANTES)
    on_the_9th = row(**{**SAME_NANTES, "event_date": "2023-03-09"})
    # One row, two gold events: it is used once.
    assert match_events([NANTES, second], [on_the_7th]) == [(0, 0)]
    # Greedy in gold order: the 9 March event (first in gold) takes the first row that fits it, the 7th,
    # and the 7 March event is left without one, though a pairing of both existed.
    assert match_events([second, NANTES], [on_the_7th, on_the_9th]) == [(0, 0)]
    assert match_events([NANTES, second], [on_the_7th, on_the_9th]) == [(0, 0), (1, 1)]


def test_actor_names() -> None:
    assert same_actor("Police Forces of Kazakhstan", "Police Forces of Kazakhstan (2019-)")
    assert same_actor("police forces of kazakhstan (2019-)", "Police Forces of Kazakhstan (2019-)")
    assert same_actor("Manifestants (Québec)", "manifestants (quebec)")
    assert not same_actor("Police Forces of Kazakhstan (1991-2019)", "Police Forces of Kazakhstan (2019-)")
    assert not same_actor("", "Protesters (France)")
    assert not same_actor("Rioters (France)", "Protesters (France)")


def test_distance() -> None:
    assert distance_km((48.86, 2.35), (45.76, 4.84)) == pytest.approx(392, abs=3)  # Paris–Lyon
    assert distance_km((47.22, -1.55), (47.22, -1.55)) == 0.0


# --------------------------------------------------------------------------------------------------
# Reading the table and the gold


def test_read_acled_csv_fills_missing_columns() -> None:
    text = (
        "event_date,event_type,sub_event_type,actor1,location,fatalities,source,notes\n"
        '2023-03-07,Protests,Peaceful protest,,Nantes,0,Ouest-Info,"Des milliers de manifestants, à Nantes."\n'
    )
    (parsed,) = read_acled_csv(text)
    assert parsed["location"] == "Nantes" and parsed["notes"] == "Des milliers de manifestants, à Nantes."
    assert parsed["country"] == "" and parsed["latitude"] == ""
    # Without a country column nothing matches; with one, the row does.
    assert not matched(NANTES, **parsed)
    assert matched(NANTES, **{**parsed, "country": "France"})


def test_load_events_gold(tmp_path: Path) -> None:
    good = tmp_path / "events.json"
    good.write_text(
        json.dumps({"about": "inventé", "events": [NANTES, RENNES, PARIS]}, ensure_ascii=False), encoding="utf-8"
    )
    assert [e["id"] for e in load_events_gold(good)["events"]] == ["nantes-protest", "rennes-riot", "paris-arrests"]
    for bad in (
        {"evenements": []},
        {"events": [{**NANTES, "event_date": "2023-03"}]},
        {"events": [{**NANTES, "time_precision": 4}]},
        {"events": [{**NANTES, "latitude": "nord"}]},
        {"events": [{**NANTES, "country": None}]},
    ):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(ValueError, match="E401"):
            load_events_gold(path)


def test_load_events_gold_with_a_problem_list_leaves_a_malformed_event_out(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    events = [NANTES, {**RENNES, "event_date": "2023-03"}, {**PARIS, "latitude": "nord"}]
    path.write_text(json.dumps({"events": events}, ensure_ascii=False), encoding="utf-8")
    problems: list[str] = []
    assert [e["id"] for e in load_events_gold(path, problems)["events"]] == ["nantes-protest"]
    assert [p.split(": ", 1)[1] for p in problems] == [
        "events[1] event_date must be a day, YYYY-MM-DD; left out",
        "events[2] latitude must be a number or null; left out",
    ]


def test_real_events_gold_scored_against_itself(shared: Path) -> None:
    gold = load_events_gold(shared / "gold" / "seeds-events.json")
    rows = [row(**{key: event.get(key) for key in event if key != "evidence"}) for event in gold["events"]]
    report = score_events(gold, rows)
    assert all(m.value == pytest.approx(1.0) for m in report.metrics.values()), metrics(report)


# --------------------------------------------------------------------------------------------------
# Through recoupe eval


ARTICLE = (
    "Mardi 7 mars 2023, plus de 20 000 manifestants ont défilé à Nantes contre la réforme des retraites, "
    "selon la préfecture. La police a interpellé 12 personnes en marge du cortège."
)


def test_eval_runs_the_acled_export_and_scores_it(analyzer: Analyzer, tmp_path: Path) -> None:
    from recoupe.eval.runner import EVENTS_CSV, evaluate

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "nantes.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": [{"doc": "nantes.txt", "published": "2023-03-08"}]}), encoding="utf-8")
    events = tmp_path / "events.json"
    events.write_text(json.dumps({"events": [NANTES]}), encoding="utf-8")
    out = tmp_path / "out"
    report, skipped = evaluate(gold, texts, out=out, analyzer=analyzer, events_path=events)
    assert skipped == []
    rows = read_acled_csv((out / EVENTS_CSV).read_text(encoding="utf-8"))
    assert report["events.recall"].denominator == 1
    assert report["events.precision"].denominator == len(rows)
    assert score_events([NANTES], rows).metrics == {
        name: m for name, m in report.metrics.items() if name.startswith("events.")
    }
    # Without --events, no events metric.
    plain, _ = evaluate(gold, texts, out=tmp_path / "again", analyzer=analyzer)
    assert not any(name.startswith("events.") for name in plain.metrics)


def test_eval_cli_refuses_a_missing_events_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": []}), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["eval", str(gold), "--texts", str(tmp_path), "--events", str(tmp_path / "absent.json")]
    )
    assert result.exit_code == 1
    assert "absent.json" in result.output
