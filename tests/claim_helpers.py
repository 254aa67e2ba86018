"""What the claim tests share: the scored claims of an analysis and their sources; a dossier built from invented
articles, and the groups of one category."""

from __future__ import annotations

from recoupe.analyze import Analyzer
from recoupe.link.dossier import build_dossier
from recoupe.model import Article, Claim, ClaimGroup, DocumentAnalysis, Dossier


def dossier_of(analyzer: Analyzer, *articles: tuple[str, str, str]) -> Dossier:
    """The dossier of articles given as ``(id, text, published)``, each its own outlet."""
    records = [Article(id=doc, text=text, published=published, outlet=doc) for doc, text, published in articles]
    return build_dossier([analyzer.analyze(a) for a in records], records)


def groups_of(dossier: Dossier, category: str) -> list[ClaimGroup]:
    return [g for g in dossier.claim_groups if g.category == category]


def independent_values(group: ClaimGroup) -> list[float | int | None]:
    """The group's independent figures (a headline repeating its body counts once)."""
    return [r.value for r in group.reports if r.copy_of is None]


def claims(result: DocumentAnalysis) -> list[Claim]:
    """The claims of the scored categories (``other`` aside)."""
    return [c for c in result.claims if c.category != "other"]


def scored(result: DocumentAnalysis) -> list[tuple[str, float | int | None]]:
    return [(c.category, c.value) for c in claims(result)]


def source(claim: Claim) -> str | None:
    return claim.source.text if claim.source is not None else None
