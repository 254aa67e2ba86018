"""In-article coreference: which named entity a description or pronoun stands for.

Attribution needs it: ``a ajouté le chef de l'État`` names no one, but the article said earlier
``Le président du Kazakhstan, Kassym-Jomart Tokayev``. The table is built once per article from its
own entities and appositions (no external model: coreferee's French model is hub-only) and cached
on ``parsed.notes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recoupe.analyze.base import Parsed
from recoupe.model import Entity


@dataclass
class Coreference:
    """Resolve a span of the article to the canonical name of the entity it refers to."""

    parsed: Parsed
    entities: list[Entity] = field(default_factory=list)

    @classmethod
    def of(cls, parsed: Parsed) -> Coreference:
        """The article's table, built on first use and shared by every component."""
        table = parsed.notes.get("coref")
        if not isinstance(table, Coreference):
            table = cls(parsed, sorted(parsed.analysis.entities, key=lambda e: e.start))
            parsed.notes["coref"] = table
        return table

    def resolve(self, start: int, end: int) -> str | None:
        """The canonical name for the mention at ``[start, end)``, or ``None`` if the text does not say.

        A span that contains a named entity resolves to it (a person first, then an organization).
        """
        inside = [e for e in self.entities if start <= e.start and e.end <= end]
        for wanted in ("PER", "ORG", "LOC", "MISC"):
            for entity in inside:
                if entity.type == wanted:
                    return entity.name
        return None
