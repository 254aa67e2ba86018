"""Build the cross-article dossier from per-article analyses."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.link.entities import merge_entities
from recoupe.model import DocumentAnalysis, Dossier


def build_dossier(analyses: Sequence[DocumentAnalysis]) -> Dossier:
    """The dossier of a set of articles (``dossier.json``)."""
    return Dossier(documents=[a.doc for a in analyses], entities=merge_entities(analyses))
