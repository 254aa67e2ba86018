"""Evaluation against the hand annotations of ``shared/gold`` (format and metrics: ``gold/FORMAT.md``)."""

from __future__ import annotations

from recoupe.eval.events import load_events_gold, match_events, read_acled_csv, score_events
from recoupe.eval.scorer import (
    METRIC_NAMES,
    SCORED_CATEGORIES,
    Metric,
    Report,
    format_table,
    is_date_value,
    load_gold,
    locate,
    normalize_apostrophes,
    score,
    validate_gold,
)

__all__ = [
    "METRIC_NAMES",
    "SCORED_CATEGORIES",
    "Metric",
    "Report",
    "format_table",
    "is_date_value",
    "load_events_gold",
    "load_gold",
    "locate",
    "match_events",
    "normalize_apostrophes",
    "read_acled_csv",
    "score",
    "score_events",
    "validate_gold",
]
