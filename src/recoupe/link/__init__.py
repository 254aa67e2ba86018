"""Link: across articles, from per-article analyses to one dossier."""

from recoupe.link.dossier import Linker, StoryView, build_dossier, view_story

__all__ = ["Linker", "StoryView", "build_dossier", "view_story"]
