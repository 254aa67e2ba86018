"""``--engine dask`` gives exactly what the local run gives, on a real (local) Dask cluster."""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.model import Article

distributed = pytest.importorskip("distributed")

TEXTS = [
    (
        "crue",
        "2023-05-02",
        "Au moins 14 personnes ont été tuées et 40 blessées par la crue de la Durance, selon la préfecture. "
        "« Les secours sont toujours mobilisés », a déclaré mardi le préfet Jean Martin.",
    ),
    (
        "greve",
        "2023-03-07",
        "Plus de 3 000 manifestants ont défilé jeudi à Lyon, d'après la police, près de 10 000 selon la CGT. "
        "La veille, le ministre de l'Intérieur avait appelé au calme.",
    ),
    (
        "seisme",
        "2023-09-09",
        "Un séisme de magnitude 6,8 a frappé le Maroc dans la nuit de vendredi à samedi. Le bilan s'élève à "
        "2 012 morts, a annoncé le ministère de l'Intérieur marocain, qui dénombre aussi 2 059 blessés.",
    ),
    (
        "sommet",
        "2022-01-07",
        "Kassym-Jomart Tokayev a demandé l'aide de l'OTSC. Deux jours plus tard, environ 2 500 soldats "
        "étaient déployés au Kazakhstan, a indiqué l'Organisation du traité de sécurité collective.",
    ),
    ("vide", "2023-01-01", "Rien à signaler."),
]


def _articles() -> list[Article]:
    return [Article(id=doc, text=text, published=published) for doc, published, text in TEXTS]


def test_dask_cluster_matches_the_local_run(analyzer: Analyzer) -> None:
    from recoupe.analyze.engines import DaskAnalyzer

    articles = _articles()
    local = [r.to_json() for r in analyzer.analyze_many(articles)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        # batch_size=2: several chunks, spread over both workers, must come back in input order.
        with DaskAnalyzer(cluster.scheduler_address, model=analyzer.model, batch_size=2) as engine:
            remote = [r.to_json() for r in engine.analyze_many(articles)]
            workers_used = {w["id"] for w in engine.client.scheduler_info()["workers"].values()}
            assert engine.times.seconds["spacy"] > 0
    assert [r["doc"] for r in remote] == [a.id for a in articles]
    assert remote == local
    assert len(workers_used) == 2
