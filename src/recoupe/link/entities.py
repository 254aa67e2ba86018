"""Cross-article entities: one entry per real-world entity, with every name the articles use.

Each article already names its mentions canonically (``Tokayev`` → ``Kassym-Jomart Tokayev``,
``OTSC`` → the expansion it was introduced with). Across articles, names still differ by spelling,
transliteration and language, so local entities are joined (union-find) when:

* their names have the same *transliteration key* (case, accents, ``y``/``ï``/``i`` ignored):
  ``Tokayev`` ~ ``Tokaïev``, ``REUTERS`` ~ ``Reuters``;
* a lone surname belongs to exactly one full name of a person (``Nazarbayev`` → ``Nursultan
  Nazarbayev``); two people sharing a surname keep the bare surname apart;
* an acronym spells the initials of an organization's name (``UE`` ~ ``Union européenne``), or has the
  same letters as another acronym of the collection (French ``OTSC``, English ``CSTO``, misspelt
  ``OSTC``: the word order changes across languages, the letters do not).

Candidates are found through dictionaries keyed by those keys, never by comparing all pairs, so the
cost stays flat as the collection grows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from recoupe.link.text import fold
from recoupe.model import DocumentAnalysis, DossierEntity

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_PARTICLES = frozenset("de du des d la le les l et en au aux pour sur of the and for".split())


def name_key(name: str) -> str:
    """Transliteration-insensitive key: ``Kassym-Jomart Tokaïev`` → ``kassim-jomart tokaiev``."""
    folded = fold(name).replace("y", "i").replace("'", " ")
    folded = re.sub(r"(.)\1+", r"\1", folded)  # Nazarbaiev / Nazarbayev / Nazarbaïev, double letters
    return " ".join(folded.split())


def initials(name: str) -> str:
    """Initials of a name's content words: ``Organisation du traité de sécurité collective`` → ``OTSC``."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w and fold(w) not in _PARTICLES]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


@dataclass
class _Local:
    """One entity of one article (its mentions grouped by canonical name)."""

    name: str
    types: Counter[str] = field(default_factory=Counter)
    surfaces: Counter[str] = field(default_factory=Counter)
    documents: list[str] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def merge_entities(analyses: Iterable[DocumentAnalysis]) -> list[DossierEntity]:
    """The collection's entities, each with its aliases, documents and mention count."""
    locals_by_key: dict[str, _Local] = {}
    for analysis in analyses:
        for entity in analysis.entities:
            key = name_key(entity.name)
            local = locals_by_key.setdefault(key, _Local(entity.name))
            local.types[entity.type] += 1
            local.surfaces[" ".join(entity.text.replace("’", "'").split())] += 1
            local.surfaces[entity.name] += 0
            if analysis.doc not in local.documents:
                local.documents.append(analysis.doc)
    items = list(locals_by_key.values())
    keys = list(locals_by_key)
    joined = _UnionFind()
    _join_surnames(items, keys, joined)
    _join_acronyms(items, joined)
    return _collect(items, joined)


def _type(local: _Local) -> str:
    return local.types.most_common(1)[0][0]


def _join_surnames(items: list[_Local], keys: list[str], joined: _UnionFind) -> None:
    """A one-word person name joins the single full name it is the surname (or first name) of."""
    full_by_part: dict[str, set[int]] = defaultdict(set)
    for index, (local, key) in enumerate(zip(items, keys, strict=True)):
        parts = key.split()
        if _type(local) == "PER" and len(parts) > 1:
            full_by_part[parts[-1]].add(index)
    for index, (local, key) in enumerate(zip(items, keys, strict=True)):
        if " " in key or local.types["PER"] == 0:
            continue
        owners = full_by_part.get(key, set())
        if len({keys[i] for i in owners}) == 1:
            joined.union(index, next(iter(owners)))


def _join_acronyms(items: list[_Local], joined: _UnionFind) -> None:
    """Acronyms join the organization whose initials they spell, and acronyms with the same letters."""
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_letters: dict[str, list[int]] = defaultdict(list)
    for index, local in enumerate(items):
        if _type(local) in ("ORG", "MISC"):
            code = initials(local.name)
            if len(code) >= 2:
                by_initials[code].append(index)
        for surface in local.surfaces:
            if _ACRONYM.match(surface) and len(surface) >= 3:
                by_letters["".join(sorted(surface))].append(index)
    for index, local in enumerate(items):
        if not _ACRONYM.match(local.name):
            continue
        owners = by_initials.get(local.name, [])
        if len({joined.find(i) for i in owners}) == 1:
            joined.union(index, owners[0])
    for group in by_letters.values():
        for other in group[1:]:
            joined.union(group[0], other)


def _collect(items: list[_Local], joined: _UnionFind) -> list[DossierEntity]:
    clusters: dict[int, list[_Local]] = defaultdict(list)
    for index, local in enumerate(items):
        clusters[joined.find(index)].append(local)
    # Surnames that belong to exactly one person of the collection (two Martins keep "Martin" to neither).
    surname_owners: Counter[str] = Counter()
    for members in clusters.values():
        if sum((m.types for m in members), Counter()).most_common(1)[0][0] == "PER":
            surname_owners.update({m.name.split()[-1] for m in members if " " in m.name})
    result = []
    for members in clusters.values():
        types: Counter[str] = Counter()
        surfaces: Counter[str] = Counter()
        documents: list[str] = []
        for member in members:
            types.update(member.types)
            surfaces.update(member.surfaces)
            documents.extend(d for d in member.documents if d not in documents)
        # The entity's name: the longest canonical name that is not an acronym, else the commonest.
        names = [m.name for m in members if not _ACRONYM.match(m.name)] or [m.name for m in members]
        name = max(names, key=lambda n: (len(n.split()), surfaces[n], n))
        kind = types.most_common(1)[0][0]
        aliases = set(surfaces) | {m.name for m in members}
        if kind == "PER":  # a person is also known by the surname of each full form of the name
            aliases |= {surname for alias in aliases if " " in alias
                        and surname_owners[(surname := alias.split()[-1])] <= 1}
        result.append(DossierEntity(
            name=name, type=kind,  # type: ignore[arg-type]
            aliases=sorted(aliases),
            documents=documents, mentions=sum(types.values()),
        ))
    result.sort(key=lambda e: (-e.mentions, e.name))
    return result
