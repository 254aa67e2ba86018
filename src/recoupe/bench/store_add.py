"""How long ``recoupe add`` of one article takes as the store grows (1 000, 10 000 … articles), and as
one story grows (30, 250, 1 000 articles of one event).

    python -m recoupe.bench.store_add [--sizes 1000,10000] [--out store_add.json]
    python -m recoupe.bench.store_add --story-sizes 30,250,1000 [--out story_add.json] [--quick]

The store is filled with the French texts of ``../shared`` (seeds and French TimeBank), analyzed
once and replicated under new ids, each replica published ten days after the previous one so that
replicas form new stories instead of one giant story (the time window keeps stories apart). Then one
new article is added with the public API, as ``recoupe add`` does (five of them, one at a time: the
median), and the time is split into analysis (spaCy and components) and storing + linking (story
assignment, copy detection, the touched story's views). The model is loaded before timing: a
long-running ``recoupe serve --allow-uploads`` or a batch ``add`` pays for it once.

``--story-sizes``: a store holding ONE story of N articles (invented articles of one flood,
``bench/story_corpus.py``, analyzed once), then :data:`PROBES` more articles of that story stored and
linked one at a time (the analysis is not timed: it does not depend on the story), each in a store of
exactly N articles (a copy of the filled one). Reported: the median add and the median seconds of each
stage of the story view's update (loading, claims, timeline, summary, entities, events, places, saving).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from statistics import median

from recoupe.analyze import Analyzer
from recoupe.api import add_to_store, link_into_store
from recoupe.bench.story_corpus import flood_articles
from recoupe.ingest import read_articles
from recoupe.link.dossier import StageClock
from recoupe.model import Article, DocumentAnalysis
from recoupe.store import Store

#: New articles added one by one at each size (the median is reported).
PROBES = 5
SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def _replicas(pairs: list[tuple[Article, DocumentAnalysis]], count: int) -> Iterator[tuple[Article, DocumentAnalysis]]:
    start = dt.date(2000, 1, 1)
    produced = 0
    round_ = 0
    while produced < count:
        day = (start + dt.timedelta(days=10 * round_)).isoformat()
        for article, analysis in pairs:
            if produced == count:
                return
            doc = f"r{round_}-{article.id}"
            yield (
                replace(article, id=doc, published=day),
                DocumentAnalysis.from_json({**analysis.to_json(), "doc": doc, "published": day}),
            )
            produced += 1
        round_ += 1


def run(sizes: list[int], folder: Path) -> dict[str, object]:
    """Fill stores to each size and time adding one article; returns the measures."""
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is absent: nothing to build a store from")
    analyzer = Analyzer()
    articles = [
        a
        for a in read_articles([SHARED / "seeds", SHARED / "benchmarks" / "fr-timebank" / "texts"])
        if isinstance(a, Article)
    ]
    pairs = [
        (a, d)
        for a, d in zip(articles, analyzer.analyze_many(articles), strict=True)
        if isinstance(d, DocumentAnalysis)
    ]
    probes = articles[:PROBES]
    results: dict[str, object] = {"articles_in_corpus": len(pairs), "sizes": {}}
    for size in sizes:
        store = Store(folder / f"store-{size}.db")
        started = time.perf_counter()
        link_into_store(store, _replicas(pairs, size), batch=256)
        filled = time.perf_counter() - started
        day = (dt.date(2000, 1, 1) + dt.timedelta(days=10 * (size // len(pairs)))).isoformat()
        adds, analyses = [], []
        for number, probe in enumerate(probes):  # several adds: one is at the mercy of a WAL checkpoint
            newcomer = replace(probe, id=f"new-article-{number}", published=day)
            analysis_started = time.perf_counter()
            analyzer.analyze(newcomer)
            analyses.append(time.perf_counter() - analysis_started)
            started = time.perf_counter()
            result = add_to_store([newcomer], store, analyzer=analyzer)
            adds.append(time.perf_counter() - started)
            assert result.added == [newcomer.id]
        total, analysis_seconds = median(adds), median(analyses)
        linking = median(a - b for a, b in zip(adds, analyses, strict=True))  # each add's own share
        results["sizes"][str(size)] = {  # type: ignore[index]
            "fill_seconds": round(filled, 1),
            "add_one_seconds": round(total, 3),
            "analysis_seconds": round(analysis_seconds, 3),
            "store_and_link_seconds": round(linking, 3),
            "store_and_link_each": [round(a - b, 3) for a, b in zip(adds, analyses, strict=True)],
            "store_mb": round((folder / f"store-{size}.db").stat().st_size / 1e6, 1),
        }
        store.close()
        print(
            f"{size} articles: add one = {total:.3f} s (analysis {analysis_seconds:.3f} s, "
            f"store + link {linking:.3f} s; medians of {len(probes)}); store filled in "
            f"{filled:.0f} s",
            flush=True,
        )
    results["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return results


def run_story(
    sizes: list[int], folder: Path, probes: int = PROBES, analyzer: Analyzer | None = None
) -> dict[str, object]:
    """Fill a store with one story of each size and time adding one more article of it."""
    analyzer = analyzer or Analyzer()
    articles = list(flood_articles(max(sizes) + probes))
    pairs = [
        (a, d)
        for a, d in zip(articles, analyzer.analyze_many(articles), strict=True)
        if isinstance(d, DocumentAnalysis)
    ]
    newcomers = pairs[-probes:]
    results: dict[str, object] = {"sizes": {}}
    for size in sizes:
        filled = folder / f"story-{size}.db"
        with Store(filled) as store:
            link_into_store(store, pairs[:size], batch=256)
            stories = sorted((len(s.documents) for s in store.stories()), reverse=True)
        adds: list[float] = []
        stages: dict[str, list[float]] = {}
        joined: list[int] = []
        for number, newcomer in enumerate(newcomers):
            probe = folder / f"story-{size}-{number}.db"
            shutil.copyfile(filled, probe)
            with Store(probe) as store:
                clock = StageClock()
                started = time.perf_counter()
                _, touched = link_into_store(store, [newcomer], batch=1, clock=clock)
                adds.append(time.perf_counter() - started)
                joined += [len(s.documents) for s in store.stories() if s.id in touched]
            probe.unlink()
            for stage, seconds in clock.seconds.items():
                stages.setdefault(stage, []).append(seconds)
        filled.unlink()
        results["sizes"][str(size)] = {  # type: ignore[index]
            "stories_in_store": len(stories),
            "largest_story": stories[0] if stories else 0,
            "story_joined": max(joined, default=0),
            "add_one_seconds": round(median(adds), 3),
            "add_each": [round(a, 3) for a in adds],
            "stage_seconds": {stage: round(median(times), 4) for stage, times in stages.items()},
        }
        print(
            f"story of {size} articles (largest {stories[0] if stories else 0}, joined {max(joined, default=0)}): "
            f"add one = {median(adds):.3f} s (store + link, median of {len(newcomers)}); "
            + ", ".join(f"{stage} {median(times):.3f}" for stage, times in stages.items()),
            flush=True,
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--story-sizes", default=None, help="one story of each size instead (30,250,1000)")
    parser.add_argument("--quick", action="store_true", help="with --story-sizes: 2 adds per size, not 5")
    parser.add_argument("--out", type=Path, default=Path("store_add.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="recoupe-store-bench-") as folder:
        if args.story_sizes:
            sizes = [int(s) for s in args.story_sizes.split(",")]
            results = run_story(sizes, Path(folder), 2 if args.quick else PROBES)
        else:
            results = run([int(s) for s in args.sizes.split(",")], Path(folder))
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
