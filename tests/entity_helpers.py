"""What the entity tests of the blind sets share: entities and analyses built by hand, and the merge of one story."""

from __future__ import annotations

from recoupe.link.entities import merge_entities
from recoupe.model import DocumentAnalysis, Entity


def entity(name: str, kind: str, text: str | None = None) -> Entity:
    return Entity(start=0, end=len(text or name), text=text or name, type=kind, name=name)  # type: ignore[arg-type]


def analysis_of(doc_id: str, *entities: Entity) -> DocumentAnalysis:
    return DocumentAnalysis(doc=doc_id, published=None, lang="fr", title=None, outlet=None, entities=list(entities))


def merged(*docs: DocumentAnalysis) -> list[set[str]]:
    """The aliases of each merged entity, the documents all of one story."""
    return [set(e.aliases) for e in merge_entities(docs, {d.doc: "story" for d in docs})]


def together(groups: list[set[str]], *names: str) -> bool:
    return any(set(names) <= group for group in groups)


def entities_found(result: DocumentAnalysis) -> dict[str, tuple[str, str]]:
    """Each entity's text → (type, name)."""
    return {e.text: (e.type, e.name) for e in result.entities}
