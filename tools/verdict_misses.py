"""Split the misses of ``groups.verdict`` and ``groups.figure`` into membership misses and verdict misses.

Usage (from the repository root, ``PYTHONPATH=src``)::

    python tools/verdict_misses.py OUT_PATTERN SET [SET ...]

``OUT_PATTERN`` is an eval ``--out`` folder with ``SET`` in place of the set's name
(``/tmp/base/SET.out``); ``seeds`` reads ``../shared``. For each gold group with a verdict or a figure, the
script shows the predicted group the scorer matches, its reports, verdict, figure and ``why`` next to gold's,
then decides the same group again on only the reports that overlap gold's members. A miss that this
re-decision gets right is a membership miss (extra reports); one it still gets wrong, with every member
there, is a verdict or figure miss. The table at the end counts each kind and in how many sets it occurs.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from recoupe.eval.scorer import (
    _matching_claim_group,
    _number,
    _predicted_claim_groups,
    _same_number,
    load_gold,
    locate,
)
from recoupe.ingest import read_articles
from recoupe.link.claims import decide
from recoupe.model import Article, ClaimReport

Span = tuple[int, int]


def _paths(name: str) -> tuple[Path, Path]:
    if name == "seeds":
        return Path("../shared/gold/seeds.json"), Path("../shared/seeds")
    return Path(f"tests/data/{name}.json"), Path(f"tests/data/{name}")


def _overlaps(report: dict[str, Any], spans: list[tuple[str, Span]]) -> bool:
    return any(doc == report["doc"] and report["start"] < end and start < report["end"] for doc, (start, end) in spans)


def _kind(miss: str, group: dict[str, Any], match: dict[str, Any] | None, spans: list[tuple[str, Span]]) -> str:
    """Which kind of miss: no match, membership (right on gold's members), or the verdict/figure rules."""
    if match is None:
        return "(a) no predicted group holds two or more members"
    kept = [ClaimReport.from_json(r) for r in match["reports"] if _overlaps(r, spans)]
    who = match.get("population") or ""
    again = decide(kept, match["category"], current=who.endswith("(current)"), whole="(subset)" not in who)
    if miss == "verdict":
        right = again.verdict == group["verdict"]
    else:
        right = again.figure is not None and any(_same_number(float(again.figure), _number(v)) for v in group["figure"])
    found = sum(1 for doc, span in spans if any(_overlaps(r, [(doc, span)]) for r in match["reports"]))
    if right:
        return "(a) extra reports in the group; right on gold's members"
    if found < len(spans):
        return "(a) the group misses members"
    return "(b/c) members right, verdict or figure still wrong"


def misses(name: str, out: Path) -> list[tuple[str, str, str]]:
    """Print each missed group of one set; return (set, metric, kind) for each miss."""
    gold_path, texts_dir = _paths(name)
    gold = load_gold(gold_path, [])
    texts = {
        r.id: r.text for r in read_articles([texts_dir / d["doc"] for d in gold["documents"]]) if isinstance(r, Article)
    }
    claim_groups = json.loads((out / "dossier.json").read_text())["claim_groups"]
    predicted = _predicted_claim_groups(gold, texts, claim_groups, [])
    claims = {d["doc"]: d.get("claims", []) for d in gold["documents"]}
    found: list[tuple[str, str, str]] = []
    for group in gold.get("groups", []):
        match = _matching_claim_group(group, predicted, claim_groups)
        spans: list[tuple[str, Span]] = []
        for member in group["members"]:
            claim = claims[member["doc"]][member["claim"]]
            span = locate(texts.get(member["doc"], ""), claim["evidence"], claim.get("occurrence", 1))
            if span is not None:
                spans.append((member["doc"], span))
        wrong = []
        if group.get("verdict") is not None and (match is None or match.get("verdict") != group["verdict"]):
            wrong.append("verdict")
        if group.get("figure"):
            figure = _number(match.get("figure")) if match else None
            if figure is None or not any(_same_number(figure, _number(v)) for v in group["figure"]):
                wrong.append("figure")
        if not wrong:
            continue
        print(f"=== {name} {group['id']}: gold {group.get('verdict')} {group.get('figure')}  who={group.get('who')!r}")
        if match is not None:
            print(f"    predicted {match.get('verdict')} {match.get('figure')}: {match.get('why')}")
        for miss in wrong:
            kind = _kind(miss, group, match, spans)
            print(f"    {miss}: {kind}")
            found.append((name, miss, kind))
    return found


def main(pattern: str, names: list[str]) -> None:
    """Print every miss, then the table of kinds: misses per metric and number of sets."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sets: dict[str, set[str]] = defaultdict(set)
    for name in names:
        out = Path(pattern.replace("SET", name))
        if not (out / "dossier.json").exists():
            print(f"skip {name}: no {out / 'dossier.json'}", file=sys.stderr)
            continue
        for set_name, miss, kind in misses(name, out):
            counts[kind][miss] += 1
            sets[kind].add(set_name)
    print("| kind | verdict misses | figure misses | sets |")
    for kind in sorted(counts):
        print(f"| {kind} | {counts[kind]['verdict']} | {counts[kind]['figure']} | {len(sets[kind])} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
