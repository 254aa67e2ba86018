"""Cross-article entities: one entry per real-world entity, with every name the articles use."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from recoupe.model import DocumentAnalysis, DossierEntity


def name_key(name: str) -> str:
    """A comparison key that ignores case, accents and apostrophe style (``Tokaïev`` ~ ``tokaiev``)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def merge_entities(analyses: Iterable[DocumentAnalysis]) -> list[DossierEntity]:
    """Group mentions whose canonical names match, across articles.

    Each article already names its mentions canonically (surname → full name, acronym → expansion),
    so grouping by the canonical name's key joins ``Tokayev`` and ``Kassym-Jomart Tokayev``. The most
    frequent type and the most frequent spelling win.
    """
    groups: dict[str, dict[str, object]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, list[str]] = defaultdict(list)
    for analysis in analyses:
        for entity in analysis.entities:
            key = name_key(entity.name)
            groups.setdefault(key, {})
            names[key][entity.name] += 1
            types[key][entity.type] += 1
            aliases[key].update({entity.name, " ".join(entity.text.replace("’", "'").split())})
            if analysis.doc not in documents[key]:
                documents[key].append(analysis.doc)
    result = [
        DossierEntity(
            name=names[key].most_common(1)[0][0],
            type=types[key].most_common(1)[0][0],  # type: ignore[arg-type]
            aliases=sorted(aliases[key]),
            documents=documents[key],
            mentions=sum(types[key].values()),
        )
        for key in groups
    ]
    result.sort(key=lambda e: (-e.mentions, e.name))
    return result
