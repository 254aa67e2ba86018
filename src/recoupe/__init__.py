"""recoupe — cross-check the news.

Pipeline, one package per stage: ``ingest`` (files → articles) → ``analyze`` (per article: entities,
time expressions, claims, quotes) → ``link`` (across articles: dossier) → ``store`` → ``present``.
"""

__version__ = "0.1.0"
