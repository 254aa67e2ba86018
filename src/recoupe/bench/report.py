"""The benchmark's results as a table: the figures the targets are about, with the target beside each."""

from __future__ import annotations

from typing import Any

from rich.table import Table

#: The targets of the speed issue, as (key in ``targets``, label, threshold, higher is better).
TARGETS: tuple[tuple[str, str, float, bool], ...] = (
    ("throughput_ratio", "analyze / spaCy throughput", 0.8, True),
    ("timex_claims_quotes_over_spacy", "timex+claims+quotes / spaCy time", 0.2, False),
    ("linking_growth", "linking cost, largest / smallest size", 2.0, False),
    ("linking_peak_gb", "linking peak memory, GB", 2.0, False),
)


def targets(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target's measured value and whether it is met (``None`` when not measured)."""
    values: dict[str, float | None] = {}
    throughput = result.get("throughput")
    if throughput:
        values["throughput_ratio"] = throughput["ratio"]
        values["timex_claims_quotes_over_spacy"] = throughput["timex_claims_quotes_over_spacy"]
    linking = result.get("linking")
    if linking:
        values["linking_growth"] = linking.get("growth")
        values["linking_peak_gb"] = round(linking["peak_mb"] / 1024, 2)
    met = {}
    for key, label, threshold, higher in TARGETS:
        value = values.get(key)
        ok = None if value is None else (value >= threshold if higher else value <= threshold)
        met[key] = {"label": label, "value": value, "target": threshold, "met": ok}
    return met


def _rate(side: dict[str, Any]) -> tuple[str, str]:
    return f"{side['articles_per_s']:.1f}", f"{side['words_per_s']:,.0f}"


def build_table(result: dict[str, Any]) -> Table:
    """One table: throughput rows, stage shares, linking per size, and the targets."""
    machine = result.get("machine", {})
    corpus = result.get("corpus", {})
    table = Table(
        title=(
            f"recoupe bench — {corpus.get('articles', '?')} articles, {corpus.get('words', 0):,} words, "
            f"{result.get('model')} — {machine.get('cpus', '?')} cores, "
            f"{machine.get('memory_gb', '?')} GB"
        ),
        show_lines=False,
    )
    for column in ("measure", "art/s", "words/s", "value", "peak MB", "note"):
        table.add_column(column, justify="left" if column in ("measure", "note") else "right")
    throughput = result.get("throughput")
    if throughput:
        spacy_side, full = throughput["spacy"], throughput["recoupe"]
        table.add_row(
            "spaCy nlp.pipe alone", *_rate(spacy_side), "", f"{spacy_side['peak_mb']:.0f}", "1 process, stock pipeline"
        )
        table.add_row(
            "recoupe analyze",
            *_rate(full),
            f"{throughput['ratio']:.2f}×",
            f"{full['peak_mb']:.0f}",
            "1 process; × spaCy alone",
        )
        for stage, share in throughput["shares"].items():
            table.add_row(f"  {stage}", "", "", f"{share:.1%}", "", "share of analyze time")
        for workers, side in result.get("workers", {}).items():
            speedup = side["articles_per_s"] / full["articles_per_s"] if full["articles_per_s"] else 0.0
            table.add_row(
                f"analyze --workers {workers}",
                *_rate(side),
                f"{speedup:.2f}×",
                f"{side['peak_mb']:.0f}",
                "× 1 process; peak per worker",
            )
    linking = result.get("linking")
    if linking:
        for size, row in linking["sizes"].items():
            views = f", story view {row['views']:.1f}" if "views" in row else ""
            table.add_row(
                f"link 1 article at {int(size):,}",
                "",
                "",
                f"{row['total']:.1f} ms",
                "",
                f"stories {row['stories']:.1f}, shared text {row['shared']:.1f}{views}",
            )
        table.add_row(
            "linking peak memory",
            "",
            "",
            "",
            f"{linking['peak_mb']:.0f}",
            f"{linking['articles_indexed']:,} articles indexed",
        )
        if linking.get("not_reached"):
            table.add_row(
                "link sizes not reached",
                "",
                "",
                "",
                "",
                ", ".join(f"{s:,}" for s in linking["not_reached"]) + " (time budget)",
            )
    for item in result.get("targets", {}).values():
        if item["value"] is None:
            continue
        mark = "met" if item["met"] else "NOT met"
        table.add_row(
            item["label"],
            "",
            "",
            f"{item['value']}",
            "",
            f"target {'≥' if item['label'].startswith('analyze') else '≤'} {item['target']}: {mark}",
        )
    for note in result.get("skipped", []):
        table.add_row("skipped", "", "", "", "", note)
    return table
