"""Analyze: per article, from text to entities, time expressions, claims and quotes."""

from recoupe.analyze.pipeline import Analyzer

__all__ = ["Analyzer"]
