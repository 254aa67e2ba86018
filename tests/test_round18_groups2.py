"""Claim groups, eighteenth round (second pass): a figure written as a share of a whole (``N des M`` + the
whole's noun) reports the whole, since the noun and participle after the whole's number say whom the whole
counts, and the verb around the share only tells what befell part of them. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest import Article
from recoupe.link.claims import group_claims, whole_of_share
from recoupe.model import ClaimGroup


def _one_story(analyzer: Analyzer, *articles: tuple[str, str, str]) -> list[ClaimGroup]:
    """The claim groups of articles ``(id, text, published)`` told as one story (whatever the clustering)."""
    records = [Article(id=doc, text=text, published=published, outlet=doc) for doc, text, published in articles]
    analyses = [analyzer.analyze(a) for a in records]
    return group_claims(analyses, {a.id: "s" for a in records}, [], {a.id: a.text for a in records})


@pytest.mark.parametrize(
    ("category", "first", "share", "whole"),
    [
        # words; the share freed by a judge, the source before the whole's count
        (
            "arrested",
            "Selon la préfecture, trente manifestants ont été interpellés samedi soir.",
            "Le procureur a fait relâcher lundi douze des trente manifestants interpellés samedi soir.",
            30,
        ),
        # digits; the share sent home, the source opening the sentence
        (
            "injured",
            "L'accident de car a fait 23 blessés vendredi, a indiqué le Samu.",
            "Selon l'hôpital, 18 des 23 blessés ont pu regagner leur domicile dimanche.",
            23,
        ),
        # ``l'un des deux``: the share is one, found; the whole still missing in the first report
        (
            "missing",
            "Deux alpinistes sont portés disparus depuis mardi, selon la gendarmerie.",
            "Les secours ont retrouvé jeudi l'un des deux alpinistes disparus, a annoncé la gendarmerie.",
            2,
        ),
    ],
)
def test_a_share_reports_its_whole(analyzer: Analyzer, category: str, first: str, share: str, whole: int) -> None:
    """The share's report counts the whole: one group agreeing on the whole, no share beside it in conflict."""
    groups = _one_story(analyzer, ("a", first, "2026-07-14"), ("b", share, "2026-07-16"))
    joined = [g for g in groups if g.category == category and any(r.doc == "b" for r in g.reports)]
    assert joined
    assert {r.value for r in joined[0].reports} == {whole}
    assert joined[0].verdict != "conflict"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le procureur a fait relâcher douze des quinze manifestants interpellés samedi soir.",
        "Selon l'hôpital, 18 des 23 blessés ont pu regagner leur domicile.",
        "Huit des dix pêcheurs disparus sont originaires du village, a précisé le maire.",
        "Les secours ont retrouvé l'un des deux alpinistes disparus.",
    ],
)
def test_whole_of_share_reads_the_whole(analyzer: Analyzer, sentence: str) -> None:
    """Digits and words, the share first or after a verb, ``l'un des``: the whole's number is read."""
    analysis = analyzer.analyze(Article(id="a", text=sentence, published="2026-07-14", outlet="a"))
    people = [c for c in analysis.claims if c.category != "other"]
    assert people
    wholes = {whole_of_share(c, analysis.claims, sentence) for c in people}
    assert wholes & {15, 23, 10, 2}


@pytest.mark.parametrize(
    "sentence",
    [
        # a share set in a place of its own is that place's count
        "La commune de Saint-Lô concentre six des dix morts recensés dans le département.",
        "Cinq des sept victimes ont été recensées à Brest, selon la préfecture.",
        # no share: a whole that comes after its own verb (``sur les 41``) or a bare figure
        "Sur les 30 personnes interpellées, 25 ont été relâchées.",
        "Trente personnes ont été interpellées dans la nuit.",
    ],
)
def test_no_whole_for_a_placed_share_or_a_plain_figure(analyzer: Analyzer, sentence: str) -> None:
    """A placed share, or a figure that is no share, keeps its own number."""
    analysis = analyzer.analyze(Article(id="a", text=sentence, published="2026-07-14", outlet="a"))
    assert all(whole_of_share(c, analysis.claims, sentence) is None for c in analysis.claims)
