"""Link: across articles, from per-article analyses to one dossier."""

from recoupe.link.dossier import build_dossier

__all__ = ["build_dossier"]
