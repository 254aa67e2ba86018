"""Cross-article entities: one entry per real-world entity, with every name the articles use.

Each article already names its mentions canonically (``Tokayev`` → ``Kassym-Jomart Tokayev``,
``OTSC`` → the expansion it was introduced with). Across articles, names still differ by spelling,
transliteration and language, so local entities are joined (union-find) when:

* their names have the same *transliteration key* (case, accents, ``y``/``ï``/``i`` ignored):
  ``Tokayev`` ~ ``Tokaïev``, ``REUTERS`` ~ ``Reuters``;
* a lone surname belongs to exactly one full name of a person (``Nazarbayev`` → ``Nursultan
  Nazarbayev``, ``de Lanversin`` → ``François de Lanversin``); two people sharing a surname keep the bare
  surname apart;
* an acronym spells the initials of an organization's name (``UE`` ~ ``Union européenne``), or has the
  same letters as another acronym of the collection (French ``OTSC``, English ``CSTO``, misspelt
  ``OSTC``: the word order changes across languages, the letters do not).
* an English acronym of a United Nations body is ``UN`` and its French one (``UNHCR`` ~ ``HCR``).

Within one story, where the variants of a name meet, names also join on evidence that would be too
loose across stories (:func:`_join_within_stories`):

* the same distinctive words, once a body's kind (``Institut``, ``Service``, ``Survey``), its generic
  modifiers (``national``) and its country (``turc``, ``de Turquie``) are set aside, compared by their
  first letters so that a translation's cognates meet (``géologique``/``geological``): ``ministère
  français de l'Intérieur`` ~ ``l'Intérieur``, ``Protection civile turque`` ~ ``Protection civile``,
  ``Assemblée nationale`` ~ ``Assemblée``, ``province de Kahramanmaraş`` ~ ``Kahramanmaras``;
* a name whose words are all in one longer name of the story (a short form: without a head noun, or the
  same one), when no other body of the story has them too;
* a one-word name that is the surname of exactly one person of the story, whatever spaCy typed it;
* an acronym of a one-word name (``TCO``, ``Tengizchevroil``), when only one name of the story fits;
* a name an article gives as another name of a body (``le Kizilay, le Croissant-Rouge turc, a…``) and the
  same name written alone in another article (``Kızılay``);
* a place's exonym and local name, when the gazetteer has one entry for each and it is the same
  (``Anvers`` / ``Antwerpen``);
* an acronym followed by the rest of a longer name (``SPF Mobilité`` / ``Service public fédéral
  Mobilité et Transports``), and a one-word name made of a body's first syllables (``Indeci`` /
  ``Institut national de défense civile``);
* a person's name and a longer one of the story with one more given name (``Tayyip Erdogan`` / ``Recep
  Tayyip Erdogan``);
* two full names of one surname whose first names are one transliteration's letter apart (``Yannis`` /
  ``Giannis``; not a feminine ending, ``Martin`` / ``Martine``, nor another consonant, ``Marin`` / ``Martin``;
  never two forms one article writes), and names equal once Greek digraphs are read as the letter they sound
  (``Varympompi`` / ``Varibobi``), or once transliterated (:func:`sound_key`: ``Mohammed ben Salmane`` / ``Mohammed bin
  Salman``, ``Guennadi Zoubarev`` / ``Gennady Zubarev``); names of three words or more one such letter apart in
  one word (``Daglo`` / ``Dagalo``); a surname without the particle its full name hyphens to it (``Burhane`` /
  ``al-Burhane``). A place that adds a cardinal point is another place (``Darfour du Nord``).

A person's name also joins the one longer name of the story it opens (a second surname, ``Ángel Manrique`` /
``Ángel Manrique Torres``), a given name alone the one person it opens the name of (``Prabowo``), a parliament's
own name the one assembly of its country (``Bundestag`` / ``Parlement allemand``), and an acronym bracketed after
a translation the native name it spells (``BNPB``, ``Badan Nasional Penanggulangan Bencana``). Stories that
name two people or more in common are one saga to these rules (:func:`_sagas`): a follow-up the stories layer
parts from its story still meets its spellings.

Country epithets count as their country (``hellénique`` as ``grec``) and English words of a body's name
as their French translation (``Fire`` as ``incendies``), from the language's tables. A name without a
head noun that gives a country is no short form of a headed name that gives none (``Protection civile
italienne`` is not the ``ministère de la Protection civile`` of a Greek story).

Two names that give different countries, or heads of different kinds (an ``Organisation`` is no
``ministère``), stay apart.

Candidates are found through dictionaries keyed by those keys, never by comparing all pairs, so the
cost stays flat as the collection grows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import combinations
from typing import TYPE_CHECKING

from recoupe.lang import country_names, get_language, word_zipf
from recoupe.link.memo import PerArticle
from recoupe.link.text import fold
from recoupe.model import DocumentAnalysis, DossierEntity
from recoupe.text import UPPER_LETTERS, mixed_case_acronym

if TYPE_CHECKING:
    from recoupe.link.places import Place

_ACRONYM = re.compile(rf"^[{UPPER_LETTERS}][{UPPER_LETTERS}0-9]{{1,6}}$")


#: Letters that Unicode does not decompose into a base letter and an accent, by code point: Turkish
#: dotless ``ı``, ``ø``, ``ł``, ``đ`` (and capitals), ``ß``; and the letters news transliterates as the
#: sound they write: Icelandic ``þ`` as ``th``, ``ð`` as ``d``, ``æ`` as ``ae`` (``Þórdís Guðmundsdóttir`` /
#: ``Thordis Gudmundsdottir``).
_PLAIN_LETTERS = str.maketrans(
    {
        0x131: "i",
        0xF8: "o",
        0xD8: "O",
        0x142: "l",
        0x141: "L",
        0x111: "d",
        0x110: "D",
        0xDF: "ss",
        0xFE: "th",
        0xDE: "Th",
        0xF0: "d",
        0xD0: "D",
        0xE6: "ae",
        0xC6: "Ae",
    }
)
#: Letters of a word's beginning that identify it across languages (``geolog``ique, ``geolog``ical).
STEM = 6
#: Longer words are compared whole: a compound (``Tengizchevroil``) is not its first part (``Tengiz``).
LONG_WORD = 12
#: The letters a surname needs for a one-letter spelling difference to be read as a transliteration, not
#: as another family (``Nazarzoda`` / ``Nazarzada``, not ``Roux`` / ``Raux``).
LONG_SURNAME = 6


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Transliteration-insensitive key: ``Kassym-Jomart Tokaïev`` → ``kassim-jomart tokaiev``,
    ``Pazarcık`` → ``pazarcik``."""
    folded = fold(name.translate(_PLAIN_LETTERS)).replace("y", "i").replace("'", " ")
    folded = re.sub(r"(.)\1+", r"\1", folded)  # Nazarbaiev / Nazarbayev / Nazarbaïev, double letters
    return " ".join(folded.split())


@cache
def _particles(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in get_language(lang).entities.NAME_PARTICLES)


def initials(name: str, lang: str = "fr") -> str:
    """Initials of a name's content words: ``Organisation du traité de sécurité collective`` → ``OTSC``,
    ``Jama'at Nusrat al-Islam wal-Muslimin`` → ``JNIM``."""
    words = [w for w in _name_words(name, lang) if fold(w) not in _particles(lang)]
    return "".join(_plain_initial(w) for w in words).upper() if len(words) >= 2 else ""


def _name_words(name: str, lang: str) -> list[str]:
    """A name's words, parted at spaces and hyphens, and at an apostrophe only after an elided word (``l'``,
    ``d'``, ``qu'``): inside a transliterated word it writes a sound (``Jama'at`` is one word)."""
    elided = re.compile(get_language(lang).entities.ELIDED_WORD)
    words: list[str] = []
    for word in re.split(r"[\s-]+", name):
        head, mark, rest = word.replace("’", "'").partition("'")
        if mark and elided.match(head):
            words.extend(w for w in (head, rest) if w)
        elif word:
            words.append(word)
    return words


def _plain_initial(word: str) -> str:
    """A word's first letter without its accent or dot, as an acronym writes it: ``École`` gives ``E``, Turkish
    ``İstihbarat`` ``I`` (``Millî İstihbarat Teşkilatı``, ``MIT``)."""
    return fold(word[0].translate(_PLAIN_LETTERS))


@dataclass
class _Local:
    """One entity of one article (its mentions grouped by canonical name)."""

    name: str
    types: Counter[str] = field(default_factory=Counter)
    surfaces: Counter[str] = field(default_factory=Counter)
    documents: list[str] = field(default_factory=list)
    relative: bool = False  # an article introduced the person as a relative of someone it names
    #: mentions in each document: how much an article speaks of a place weighs which country it is about
    counts: Counter[str] = field(default_factory=Counter)


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


def merge_entities(
    analyses: Iterable[DocumentAnalysis], story_of: Mapping[str, str] | None = None, lang: str = "fr"
) -> list[DossierEntity]:
    """The collection's entities, each with its aliases, documents and mention count.

    Args:
        story_of: each document's story; names of one story also join on the looser evidence of
            :func:`_join_within_stories`. Without it, only the rules that hold across stories apply.
    """
    locals_by_key: dict[str, _Local] = {}
    for analysis in analyses:
        for key, name, types, surfaces, relative in _MENTIONS.get((analysis,), None, partial(_mentions, analysis)):
            local = locals_by_key.get(key)
            if local is None:
                local = locals_by_key[key] = _Local(name)
            local.relative |= relative
            local.types.update(types)
            local.surfaces.update(surfaces)
            local.documents.append(analysis.doc)
            local.counts[analysis.doc] += sum(types.values())
    for local in locals_by_key.values():  # an analysis given twice counts its document once
        if len(set(local.documents)) < len(local.documents):
            local.documents = list(dict.fromkeys(local.documents))
    items = list(locals_by_key.values())
    keys = list(locals_by_key)
    joined = _UnionFind()
    _join_surnames(items, keys, joined)
    _join_spaced_names(items, keys, joined)
    _join_acronyms(items, joined)
    _join_united_nations_acronyms(items, joined, lang)
    _join_international_bodies(items, joined, lang)
    _join_acronyms_of_headless_names(items, joined, lang)
    if story_of:
        _join_within_stories(items, keys, story_of, joined, lang)
    return _collect(items, joined)


#: One article's mentions for :func:`merge_entities`, by name key: the first name, the types, the surfaces
#: (each in the order the article gives them, as the merge would meet them) and whether the article introduced
#: the person as a relative.
Mentions = tuple[tuple[str, str, Counter[str], Counter[str], bool], ...]

#: Each article's :data:`Mentions`, remembered: an add into a big story merges them all again.
_MENTIONS: PerArticle[Mentions] = PerArticle()


def _mentions(analysis: DocumentAnalysis) -> Mentions:
    names: dict[str, str] = {}
    types: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    relatives: set[str] = set()
    for entity in analysis.entities:
        key = name_key(entity.name)
        names.setdefault(key, entity.name)
        types[key][entity.type] += 1
        surfaces[key][" ".join(entity.text.replace("’", "'").split())] += 1
        surfaces[key][entity.name] += 0
        if entity.relative:
            relatives.add(key)
    return tuple((key, name, types[key], surfaces[key], key in relatives) for key, name in names.items())


@lru_cache(maxsize=4096)
def _big_city(name: str) -> bool:
    """Whether a one-word name is a city of at least half a million people (the gazetteer's): spaCy
    often takes a capital used for its government (``Washington``, ``Pékin``) for a person."""
    if not name[:1].isupper():
        return False
    from recoupe.link.places import gazetteer

    return any(p.kind == "city" and p.population >= 500_000 for p in gazetteer().candidates(name))


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
        surname = _bare_surname(key)
        if " " in surname or local.types["PER"] == 0:
            continue
        owners = full_by_part.get(surname, set())
        if len({keys[i] for i in owners}) == 1:
            joined.union(index, next(iter(owners)))


def _join_spaced_names(items: list[_Local], keys: list[str], joined: _UnionFind) -> None:
    """Two names of one kind that are one once their spaces and hyphens are dropped join: a surname with
    particles is written spaced by one outlet and glued by another (``Hendrik Van der Auwera`` /
    ``Hendrik Vanderauwera``, ``Jean-Marie Le Pen`` / ``Jean-Marie Lepen``), and so is a transcribed word of a
    company's or a place's name (``Dong Fang Steel`` / ``Dongfang Steel``). A person never joins a body or a
    place. One article keeps to its spelling, so two names it writes both of stay two."""
    by_glued: dict[tuple[bool, str], list[int]] = {}
    for index, key in enumerate(keys):
        if " " in key:
            person = _type(items[index]) == "PER"
            by_glued.setdefault((person, re.sub(r"[\s-]+", "", key)), []).append(index)
    for group in by_glued.values():
        for a, b in combinations(group, 2):
            if not _written_together(items[a], items[b]):
                joined.union(a, b)


def _bare_surname(key: str, lang: str = "fr") -> str:
    """A name key without the particles it opens with: ``M. de Lanversin`` is written ``de Lanversin``, whose
    surname is the last word of ``François de Lanversin`` (``d aubigni`` → ``aubigni``). A name of particles
    only stays whole."""
    words = key.split()
    first = next((i for i, word in enumerate(words) if word not in _particles(lang)), 0)
    return " ".join(words[first:])


def _join_acronyms(items: list[_Local], joined: _UnionFind, members: Iterable[int] | None = None) -> None:
    """Acronyms join the organization whose initials they spell, and acronyms with the same letters.

    With ``members`` (a story's names), only among them, once the story's other rules have joined its
    spellings of one name (``AS Nancy-Lorraine`` / ``AS Nancy Lorraine``, which ``ASNL`` spells both)."""
    indices = list(range(len(items))) if members is None else list(members)
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_letters: dict[str, list[int]] = defaultdict(list)
    written_in_capitals: dict[str, set[str]] = defaultdict(set)  # sorted letters → the acronyms, as spelled
    for index in indices:
        local = items[index]
        if _type(local) in ("ORG", "MISC", "LOC") and not _acronym_letters(local.name):  # (``BEA-RI`` spells itself)
            code = initials(local.name)
            # spaCy calls some bodies and countries places (``Centre sismologique euro-méditerranéen``,
            # ``République démocratique du Congo``): their initials count from three letters, where a
            # place's two initials (``Saint-Denis``, ``SD``) would be chance
            if len(code) >= (2 if _type(local) != "LOC" else 3):
                by_initials[code].append(index)
            spelled = _initials_with_acronyms(local.name)
            if spelled != code and len(spelled) >= 3:
                by_initials[spelled].append(index)
            listed = initials(_first_field(local.name))
            if listed not in (code, spelled) and len(listed) >= 3:
                by_initials[listed].append(index)
        english = _english_initials(local.name) if members is not None and _type(local) in ("ORG", "MISC") else ""
        if len(english) >= 3:  # within a story only: the English acronym of a body named in French
            by_initials[english].append(index)
        if members is not None and _type(local) == "PER" and len(local.name.split()) >= 3:
            # within a story, a person known by the initials of a long name (``AMLO``, ``Andrés Manuel López
            # Obrador``): four or more letters, as two or three would be chance
            if len(code := initials(local.name)) >= 4:
                by_initials[code].append(index)
        for surface in local.surfaces:
            if len(letters := _acronym_letters(surface)) >= 3:
                # Turkish ``TİM`` and ``TIM`` written without its dot: the same letters; a hyphenated one's
                # English and French orders too (``CPN-UML``, ``PCN-MLU``)
                plain = fold(letters.translate(_PLAIN_LETTERS))
                by_letters["".join(sorted(plain))].append(index)
                written_in_capitals["".join(sorted(plain))].add(plain)
    for index in indices:
        local = items[index]
        letters = _acronym_letters(local.name)
        if not letters:
            continue
        owners = by_initials.get(letters, [])
        if not owners and mixed_case_acronym(local.name):
            owners = by_initials.get(_capitals(local.name), [])
        if len({joined.find(i) for i in owners}) == 1:
            joined.union(index, owners[0])
    if members is not None:
        # within a story, an acronym one outlet writes as a word (``Ocha``, ``Unicef``) is the one another
        # writes in capitals (``OCHA``): same letters
        for index in indices:
            for surface in items[index].surfaces:
                if surface.istitle() and surface.isalpha() and 3 <= len(surface) <= 6:
                    letters = fold(surface.translate(_PLAIN_LETTERS))
                    key = "".join(sorted(letters))
                    if letters in written_in_capitals.get(key, ()) and index not in by_letters[key]:
                        by_letters[key].append(index)
    for group in by_letters.values():
        for other in group[1:]:
            joined.union(group[0], other)
    _join_bracketed_acronyms(items, indices, by_initials, joined)


def _english_initials(name: str, lang: str = "fr") -> str:
    """The initials of a French body's name read in English order, as the English acronym news keeps spells
    them: the head noun last, the complements before it from the last (``Agence ghanéenne de protection de
    l'environnement``, ``Environmental Protection Agency``, ``EPA``). The country is left out (the English name
    often drops it) and a name that does not open with a head noun has no such reading (``""``)."""
    heads, ignored, countries = _shape_words(lang)
    words = [w for w in re.split(r"[\s'’-]+", fold(name)) if w and w not in ignored and w not in countries]
    if len(words) < 3 or words[0] not in heads or not name[:1].isupper():
        return ""
    return "".join(w[0] for w in [*reversed(words[1:]), words[0]]).upper()


def _join_bracketed_acronyms(
    items: list[_Local], indices: list[int], by_initials: Mapping[str, list[int]], joined: _UnionFind
) -> None:
    """A body an article names by its French name with its acronym in brackets joins the one name the
    acronym spells, in its own language: ``Agence nationale de gestion des catastrophes (BNPB)`` is the
    ``Badan Nasional Penanggulangan Bencana``. The article already named the acronym by the translation
    (the local entity's name), so only its written forms still show the acronym; three letters or more."""
    for index in indices:
        local = items[index]
        if _acronym_letters(local.name):
            continue
        for surface in local.surfaces:
            if surface == local.name or len(surface) < 3 or not _ACRONYM.match(surface):
                continue
            owners = {joined.find(i) for i in by_initials.get(surface, [])} - {joined.find(index)}
            if len(owners) == 1:
                joined.union(index, owners.pop())


def _first_field(name: str, lang: str = "fr") -> str:
    """A name cut before the first field it adds with a conjunction: an acronym often spells only the first
    (``Agence nationale de sécurité du médicament et des produits de santé``, ``ANSM``)."""
    words = name.split()
    conjunctions = _list_conjunctions(lang)
    cut = next((i for i, word in enumerate(words) if word in conjunctions), len(words))
    return " ".join(words[:cut])


def _acronym_letters(name: str) -> str:
    """The letters of an acronym, a hyphenated one's too (``BEA-RI``: the ``Bureau d'enquêtes et d'analyses sur
    les risques industriels``, whose initials are ``BEARI``); ``""`` for a name that is no acronym."""
    parts = name.split("-")
    if len(parts) > 1 and parts[-1].isdigit() and len(_acronym_letters("-".join(parts[:-1]))) >= 3:
        # a number after the letters (``SNPT-21``: a founding year, a rank) is no initial of the name
        return _acronym_letters("-".join(parts[:-1]))
    if len(parts) > 1 and all(_ACRONYM.match(p) or (len(p) > 1 and p.isupper() and p.isalpha()) for p in parts):
        return "".join(parts)
    if mixed_case_acronym(name):
        return name.upper()  # ``AfD``: the initials of *Alternative für Deutschland*
    return name if _ACRONYM.match(name) else ""


def _capitals(acronym: str) -> str:
    """The capitals of a mixed-case acronym, its lower-case letter left out: that letter often stands
    for a linking word of another language (``BoC``, *Bank of Canada*), which a French name's initials
    skip (``Banque du Canada``, ``BC``)."""
    return "".join(ch for ch in acronym if ch.isupper())


def _initials_with_acronyms(name: str, lang: str = "fr") -> str:
    """A name's initials, an acronym among its words giving all its letters: ``AS Nancy-Lorraine`` → ``ASNL``
    (the club's own acronym), where :func:`initials` reads ``ANL``."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w and fold(w) not in _particles(lang)]
    if len(words) < 2:
        return ""
    return "".join(w if _ACRONYM.match(w) else _plain_initial(w) for w in words).upper()


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a name says about which body or place it is, for comparing names of one story.

    Attributes:
        stems: its distinctive words' stems (:func:`_stem`; kind, modifiers and country left out).
        countries: the first three letters of the countries it names (``turc``, ``Turquie``: ``tur``).
        head: the kind of body its head noun names (``agency`` for ``Institut``/``Survey``), if any.
        head_word: that noun, folded.
        enumerates: whether it lists several fields (``ministère du Travail, de la Santé et des Solidarités``).
        words: its distinctive words whole (a plural ``s`` and a final ``e`` off), what a name without a head
            noun is compared by: ``Reykjavík`` and ``Reykjanes`` share their first six letters, not a word.
        levels: the levels of government its modifiers say (``fédéral``: ``federal``), left out of ``stems``.
    """

    stems: frozenset[str]
    countries: frozenset[str]
    head: str | None
    head_word: str
    enumerates: bool = False
    words: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()

    def fits(self, other: _Shape) -> bool:
        """Whether the two may be one: no two kinds of body, no two levels of government (a regional and a
        federal office of one field are two), no two countries."""
        if self.head and other.head and self.head != other.head:
            return False
        if self.levels and other.levels and self.levels != other.levels:
            return False
        return not (self.countries and other.countries and self.countries != other.countries)


@cache
def _list_conjunctions(lang: str) -> frozenset[str]:
    return get_language(lang).entities.LIST_CONJUNCTIONS


@cache
def _shape_words(lang: str) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Heads by kind; words to leave out; country words (names of countries and of their peoples)."""
    data = get_language(lang).entities
    heads = {fold(w): kind for w, kind in data.ORGANIZATION_HEADS.items()}
    ignored = frozenset(fold(w) for w in (*data.ORGANIZATION_MODIFIERS, *data.ADMINISTRATIVE_WORDS)) | _particles(lang)
    countries = frozenset(fold(w) for w in (*data.DEMONYMS, *data.ENGLISH_DEMONYMS))
    countries |= frozenset(fold(n) for n in country_names(lang) if " " not in n)
    return heads, ignored, countries


@cache
def _word_equivalents(lang: str) -> dict[str, str]:
    """Words a name is compared by another word of: a country's epithet by its plain demonym
    (``hellénique`` → ``grec``), an English word of a body's name by its French translation
    (``fire`` → ``incendie``), so that the names outlets give one body in two languages meet."""
    data = get_language(lang).entities
    pairs = (*data.COUNTRY_EPITHETS.items(), *data.ENGLISH_NAME_WORDS.items(), *data.NAME_SYNONYMS.items())
    return {fold(k): fold(v) for k, v in pairs}


@cache
def _shape(name: str, lang: str, body: bool = False) -> _Shape:
    """What ``name`` says about which body or place it is (:class:`_Shape`).

    Args:
        body: whether the articles call it an organization: then a word that names a place's kind or an
            institution (``préfecture``) is the head of a body, the state's office (``préfecture de l'Isère``
            is not the ``Isère``); for a place it is the kind of place (``préfecture de Fukushima``).
    """
    heads, ignored, country_words = _shape_words(lang)
    equivalents = _word_equivalents(lang)
    stems: set[str] = set()
    whole: set[str] = set()
    countries: set[str] = set()
    head: str | None = None
    head_word = ""
    level_of = get_language(lang).entities.ORGANIZATION_LEVELS
    words = [
        equivalents.get(w, w)
        for w in re.split(r"[\s'’\-]+", _regions_glued(fold(name.translate(_PLAIN_LETTERS)), lang))
    ]
    if name.split(" ", 1)[0] in get_language(lang).entities.LOCAL_AUTHORITY_WORDS and _names_a_territory(name, lang):
        # ``Ville du Havre``: the town's council, a body of the town ``Havre`` names, not a name of it
        head, head_word, words = "local_authority", words[0], words[1:]
    headed = head is not None or any(w in heads for w in words)
    for word in words:
        if not word or (word in ignored and not (body and word in heads)):
            continue
        if word in heads:
            head, head_word = head or heads[word], head_word or word
        elif word in country_words:
            countries.add(word[:3])
        elif len(word) > 1 or word.isdigit():  # a number tells bodies apart (``Ligue 1`` / ``Ligue 2``)
            stems.add(_stem(word, whole_if_long=not headed))
            whole.add(word.removesuffix("s").removesuffix("e"))
    if not stems and head_word:  # a body named by its kind alone (``Assemblée nationale``, ``l'Assemblée``)
        stems.add(_stem(head_word))
        whole.add(head_word.removesuffix("s").removesuffix("e"))
    enumerates = "," in name or any(w in _list_conjunctions(lang) for w in name.split())
    levels = frozenset(level_of[w] for w in words if w in level_of)
    return _Shape(frozenset(stems), frozenset(countries), head, head_word, enumerates, frozenset(whole), levels)


def _names_a_territory(name: str, lang: str) -> bool:
    """Whether a name opening on a local authority's word (``Ville``, ``Département``) goes on with the territory's
    name: a link or a capital (``Ville du Havre``, ``Région Normandie``). A lowercase adjective after it says a
    body's field (``Département sismologique du Chili``, a translated ``Seismological Department``): the
    word is then the head of that body, as ``Service`` is."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[1][:1].isupper():
        return True
    data = get_language(lang).entities
    links = {fold(w) for w in (*data.COMPLEMENT_LINKS, *data.DEFINITE_ARTICLES, *data.CONTRACTED_ARTICLES)}
    second = fold(words[1])
    return second in links or second.split("'")[0] + "'" in links or fold(words[0]) not in _shape_words(lang)[0]


def _regions_glued(folded: str, lang: str) -> str:
    """A folded name with each compound of a side and a people's adjective that is no country's demonym written
    as one word (``integration ouest-africaine`` → ``integration ouestafricaine``): it names a region, a field of
    the body (a ``ministère du Commerce et de l'Intégration ouest-africaine`` is one country's), not the body's
    country; ``sud-africain``, ``nord-coréen`` are countries' and stay."""
    data = get_language(lang).entities
    countries = _folded_demonyms(lang)

    def glue(match: re.Match[str]) -> str:
        side, people = match.group(1), match.group(2)
        if side not in data.COMPASS_WORDS or people not in countries or match.group(0) in countries:
            return match.group(0)
        return side + people

    return re.sub(r"\b([a-z]+)-([a-z]+)\b", glue, folded) if "-" in folded else folded


@cache
def _folded_demonyms(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in get_language(lang).entities.DEMONYMS)


def _stem(word: str, whole_if_long: bool = True) -> str:
    """A folded word's first :data:`STEM` letters, once a plural ``s`` and a final ``e`` are off (``civile``,
    ``civil``); a word longer than :data:`LONG_WORD` whole, unless the name has a body's head noun: there a
    long word describes the body (``météorologique``/``Meteorological``/``météorologie``), it is no compound
    name (``Tengizchevroil``, not ``Tengiz``)."""
    word = word.removesuffix("s").removesuffix("e")
    return word if whole_if_long and len(word) > LONG_WORD else word[:STEM]


def _join_within_stories(
    items: list[_Local], keys: list[str], story_of: Mapping[str, str], joined: _UnionFind, lang: str
) -> None:
    """Join the names of each story that name one body or place (see the module's docstring).

    Each story's names are compared through a dictionary of their stems, so the cost is that of the
    story's own names.
    """
    saga = _sagas(items, story_of, lang)
    by_story: dict[str, list[int]] = defaultdict(list)
    for index, local in enumerate(items):
        for story in {saga.get(story_of[d], story_of[d]) for d in local.documents if d in story_of}:
            by_story[story].append(index)
    for members in by_story.values():
        _join_story(items, keys, members, joined, lang)


#: Two stories that name as many people in common are one saga to the entity rules (:func:`_sagas`).
SAGA_PEOPLE = 2
#: A person named in more stories than this (a head of state) is no sign that two of them are one saga.
SAGA_PERSON_STORIES = 8


def _sagas(items: list[_Local], story_of: Mapping[str, str], lang: str) -> dict[str, str]:
    """Each story that names :data:`SAGA_PEOPLE` people or more of another story → the story their names are
    compared in: a follow-up weeks later (an impeachment after a coup, a coalition after an election) may be
    a story of its own, but the people it names again are the same, and so are the bodies and the spellings
    around them (``Han Duck-soo`` / ``Han Duk-soo`` across the two). A person counts by :func:`story_key`
    (the surname as it sounds), only when named in few stories, and not when the two stories give the surname
    other first names (``Marc`` and ``Luc Dupuis`` are two people)."""
    first_names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for local in items:
        if _type(local) == "PER":
            person = story_key(local.name, "PER", lang)
            first = sound_key(local.name.split()[0], "PER", lang) if " " in local.name.strip() else ""
            for story in {story_of[d] for d in local.documents if d in story_of}:
                first_names[person][story].add(first)
    shared: Counter[tuple[str, str]] = Counter()
    for by_story in first_names.values():
        if len(by_story) > SAGA_PERSON_STORIES:
            continue
        for one, other in combinations(sorted(by_story), 2):
            firsts, others = by_story[one], by_story[other]
            if "" in firsts or "" in others or firsts & others:
                shared[one, other] += 1
    sagas = _UnionFind()
    names = sorted(set(story_of.values()))
    number = {story: i for i, story in enumerate(names)}
    for (one, other), count in shared.items():
        if count >= SAGA_PEOPLE:
            sagas.union(number[one], number[other])
    return {story: names[sagas.find(number[story])] for story in names}


def _join_story(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str) -> None:
    shapes = {i: _shape(items[i].name, lang, _type(items[i]) == "ORG") for i in members if _type(items[i]) != "PER"}
    places = {i for i in shapes if _type(items[i]) == "LOC"}

    def fits(a: int, b: int) -> bool:  # a town is not its town hall: a place joins a name of a body only as one
        heads = bool(shapes[a].head), bool(shapes[b].head)
        if heads[0] != heads[1]:
            headless = a if heads[1] else b
            headed = b if headless == a else a
            if headless in places and _known_place(items[headless].name):
                return False  # (one it does not know joins as a short form, not as what the body is of, below)
            # a short form drops the head noun, it does not add a country: ``Protection civile italienne``
            # is not short for a ``ministère de la Protection civile`` that names none
            if not shapes[headless].countries <= shapes[headed].countries:
                return False
            if _body_of(items[headless].name, items[headed].name, lang):
                return False
            if _body_of_named(shapes[headless], items[headed].name, lang):
                return False
        if _region_of_town(items[a].name, items[b].name, lang) or _region_of_town(items[b].name, items[a].name, lang):
            return False
        return shapes[a].fits(shapes[b])

    by_stem: dict[str, list[int]] = defaultdict(list)
    for index, shape in shapes.items():
        for stem in shape.stems:
            by_stem[stem].append(index)
    candidates = {
        index: {o for stem in shape.stems for o in by_stem[stem] if o != index and fits(index, o)}
        for index, shape in shapes.items()
    }
    # a name without a country among namesakes of two countries (``l'Intérieur`` in a story of the Turkish and
    # the French ministries) could be either: it joins only other names without a country
    torn = {
        i for i, shape in shapes.items() if not shape.countries and _torn(shape, [shapes[o] for o in candidates[i]])
    }
    for index, shape in shapes.items():
        if not shape.stems:
            continue
        usable = {
            o
            for o in candidates[index]
            if not ((index in torn or o in torn) and (shape.countries or shapes[o].countries))
        }
        same = [
            o
            for o in usable
            if shapes[o].stems == shape.stems
            and (_same_words(shape, shapes[o]) or _translated_body(items, index, o, shape))
            and not _piece_of_compound(items[index].name, items[o].name)
            and not _piece_of_compound(items[o].name, items[index].name)
        ]
        longer = [
            o
            for o in usable
            if _short_form(shape, shapes[o], listed=index not in torn, lang=lang)
            and _same_words(shape, shapes[o])
            and not _place_of_a_body(items, index, o)
            and not _part_of_place(items[index].name, items[o].name, lang)
            and not _piece_of_compound(items[index].name, items[o].name)
            and not _named_after_town(items, index, o)
            and not _named_after(items[index].name, items[o].name, lang)
            and not _body_of_named(shape, items[o].name, lang)
        ]
        if len({(shapes[o].stems, shapes[o].countries) for o in longer}) > 1:
            longer = []  # a short form of two different bodies: which one is not known
        # a name that is another's whole name is the body it equals, not a short form of a longer name of another
        # level or kind: the bare ``Pêche`` of the ``ministère de la Pêche`` is not an association ``Femmes et
        # pêche``, the ``Office de l'eau`` of a story naming the ``Office fédéral de l'eau`` not the ``Office
        # de l'eau du canton de Vaud``
        longer = [
            o
            for o in longer
            if not any(
                (shapes[s].levels and shapes[s].levels != shapes[o].levels)
                or (shapes[s].head and shapes[o].head != shapes[s].head)
                for s in same
            )
        ]
        loose = [
            o
            for o in usable
            if o not in same and (_cognate_translation(shape, shapes[o]) or _cognate_short_form(shape, shapes[o]))
        ]
        if any(
            shapes[a].stems != shapes[b].stems
            and not _cognate_translation(shapes[a], shapes[b])
            and not _cognate_short_form(shapes[a], shapes[b], loosely=True)
            and not _cognate_short_form(shapes[b], shapes[a], loosely=True)
            for a, b in combinations(loose, 2)
        ):
            loose = []  # translations of two different bodies: which one is not known
        for other in same + longer + loose:
            joined.union(index, other)
    _join_torn_by_country(items, members, shapes, torn, candidates, joined, lang)
    _join_ministries_of_the_country(items, members, shapes, joined, lang)
    _join_compound_acronyms(items, members, joined)
    _join_metonyms(items, members, shapes, joined, lang)
    _join_native_assemblies(items, members, shapes, joined, lang)
    _join_names_after_their_town(items, keys, members, joined)
    _join_initialled_names(items, keys, members, joined)
    _join_lone_surnames(items, keys, members, joined, lang)
    _join_inner_names(items, keys, members, joined, lang)
    _join_first_name_spellings(items, keys, members, joined, lang)
    _join_one_word_spellings(items, members, joined, lang)
    _join_two_word_spellings(items, members, joined, lang)
    _join_shorter_full_names(items, keys, members, joined)
    _join_names_with_more_surnames(items, keys, members, joined)
    _join_given_names(items, keys, members, joined, lang)
    _join_lone_surnames(items, keys, members, joined, lang)  # again, now that a surname's full names are joined
    _join_other_names(items, keys, members, joined)
    _join_other_names_translated(items, keys, members, shapes, joined, lang)
    _join_places_of_one_town(items, members, joined, lang)
    _join_towns_tagged_as_bodies(items, members, joined, lang)
    _join_place_spellings(items, members, joined, lang)
    _join_compass_variants(items, members, joined, lang)
    _join_town_short_forms(items, members, joined, lang)
    _join_acronym_prefixed(items, members, shapes, joined, lang)
    _join_syllable_acronyms(items, keys, members, joined, lang)
    _join_acronyms(items, joined, members)
    _join_same_sounds(items, keys, members, joined, lang)
    _join_close_spellings(items, members, joined, lang)


def _join_same_sounds(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Names of one story that sound the same once transliterated (:func:`sound_key`, :func:`_digraph_key`) join,
    but two persons' names one article writes both of stay apart: an outlet keeps to its spelling, so
    ``Khaled`` and ``Khalid Mansouri`` in one article are two brothers. A person's or place's name is heard
    without its spaces: outlets join or part a particle as they please (``Ibrahim Alkassoum Dandobi`` /
    ``Ibrahim Al-Kassoum Dandobi``, ``Ouagadougou`` / ``Ouaga dougou``)."""
    by_sound: dict[str, int] = {}
    for index in members:
        sound = _digraph_key(keys[index])
        if _type(items[index]) in ("PER", "LOC") or _misc_full_name(items[index]):
            sound = sound_key(items[index].name, "PER", lang).replace(" ", "")
        if sound not in by_sound:
            by_sound[sound] = index
        elif not (_type(items[index]) == "PER" and _written_together(items[index], items[by_sound[sound]])):
            joined.union(index, by_sound[sound])


#: How close (rapidfuzz ratio, 0–100, on the names as they sound) a surname must be to another for two full names
#: with the same first name to be one person spelt two ways (``Karagiannis`` / ``Karayannis``, ``Cevallos`` /
#: ``Zevallos``), and a first name for two full names with the same surname (``Giorgos`` / ``Georgios``, ``Taoufik``
#: / ``Tawfik``); ``Marc`` / ``Marie`` (67) stay two.
CLOSE_SURNAME = 85
CLOSE_FIRST_NAME = 70
#: Shortest word the closeness is asked of: short names differ by one letter and are other names (``Ali`` / ``Alia``,
#: ``Dupont`` / ``Dumont``).
CLOSE_SHORTEST = 5
CLOSE_SURNAME_SHORTEST = 7
#: Below this frequency (wordfreq's Zipf scale) a first name is foreign to the language (:func:`_foreign_first_name`).
FOREIGN_FIRST_NAME_ZIPF = 3.0


def _foreign_first_name(word: str, lang: str) -> bool:
    """Whether a first name is rare in the language (``Giorgos``, ``Tawfik``): a transliteration, whose spellings
    vary; the language's own first names two letters apart are two names (``Marion`` / ``Martin``)."""
    zipf = word_zipf(word, lang)
    return zipf is not None and zipf < FOREIGN_FIRST_NAME_ZIPF


def _join_close_spellings(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Two full names of one story, never written by one article, are one person when they share a first name and
    their surnames sound nearly alike, or share a surname and their first names do (``Vassilis Karagiannis`` /
    ``Vasilis Karayannis``, ``Giorgos`` / ``Georgios Vlachos``, ``Taoufik`` / ``Tawfik Bouzid``), or when one only
    adds a middle name (``Edem Kodjovi Afanvi`` / ``Edem Afanvi``): transliterations no rule lists. A feminine
    first name (``Jean`` / ``Jeanne``) is someone else."""
    from rapidfuzz import fuzz

    # each person's name as it sounds, and its first name as written (a feminine ending is read there)
    people = [
        (index, sound_key(items[index].name, "PER", lang).split(), name_key(items[index].name).split()[0])
        for index in members
        if _type(items[index]) == "PER" and len(items[index].name.split()) >= 2
    ]
    fuller: dict[int, set[int]] = {}
    for (a, words_a, written_a), (b, words_b, written_b) in combinations(people, 2):
        if len(words_a) < 2 or len(words_b) < 2 or _written_together(items[a], items[b]):
            continue
        first_a, last_a, first_b, last_b = words_a[0], words_a[-1], words_b[0], words_b[-1]
        if _gendered(written_a, written_b, lang) or _gendered(written_b, written_a, lang):
            continue
        if first_a == first_b and last_a == last_b:
            if len(words_a) != len(words_b):  # a middle name one outlet writes: join if only one fuller name fits
                short, full = (a, b) if len(words_a) < len(words_b) else (b, a)
                fuller.setdefault(short, set()).add(full)
            continue
        if first_a == first_b:
            close = (
                min(len(last_a), len(last_b)) >= CLOSE_SURNAME_SHORTEST and fuzz.ratio(last_a, last_b) >= CLOSE_SURNAME
            )
        elif last_a == last_b:
            # the language's own first names a letter or two apart are two names (``Marin`` / ``Martin``)
            close = (
                min(len(first_a), len(first_b)) >= CLOSE_SHORTEST
                and first_a[0] == first_b[0]
                and first_a[-1] == first_b[-1]
                and fuzz.ratio(first_a, first_b) >= CLOSE_FIRST_NAME
                and all(_foreign_first_name(w, lang) for w in (written_a, written_b))
            )
        else:
            close = False
        if close:
            joined.union(a, b)
    for short, fulls in fuller.items():
        if len(fulls) == 1:  # ``Ana Costa`` beside ``Ana Maria`` and ``Ana Beatriz Costa``: which one is not known
            joined.union(short, next(iter(fulls)))


def _join_names_after_their_town(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind) -> None:
    """A person's name that opens with a big city joins the story's name without it: spaCy glues the town of
    a title to the name after it (``le maire de Lyon Paul Durand`` → ``Lyon Paul Durand``), which is that
    ``Paul Durand`` the other articles name, whatever type spaCy gave them."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for index in members:
        by_key[keys[index]].append(index)
    for index in members:
        words = items[index].name.split()
        if _type(items[index]) != "PER" or len(words) < 3 or not _big_city(words[0]):
            continue
        for other in by_key.get(" ".join(keys[index].split()[1:]), ()):
            joined.union(index, other)


def _join_lone_surnames(
    items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str
) -> None:
    """A one-word name that is the surname of exactly one person of the story, however spaCy typed it, joins
    that person. A person's surname an article leaves alone beside a full name of it that it writes is not
    that full name's (the article introduced a relative: ``M. Kovalenko`` … ``son frère, Wladimir
    Kovalenko``), so that full name does not count for it. A name no surname is written like joins the
    surname it sounds like (:func:`sound_key`): an outlet that follows another transliteration writes
    ``Djalilov`` for the ``Rustam Jalilov`` of the others."""
    owners: dict[str, list[int]] = defaultdict(list)
    owners_by_sound: dict[str, list[int]] = defaultdict(list)
    for index in members:
        parts = keys[index].split()
        if _type(items[index]) == "PER" and len(parts) > 1:
            for surname in _surnames(parts[-1], lang):
                owners[surname].append(index)
                owners_by_sound[sound_key(surname, "PER", lang)].append(index)
    country_words = _shape_words(lang)[2]
    for index in members:
        person = _type(items[index]) == "PER"
        key = _bare_surname(keys[index], lang) if person else keys[index]
        if " " in key or key in country_words:
            continue
        written = owners.get(key) or owners_by_sound.get(sound_key(key, "PER", lang), [])
        found = [o for o in written if not (person and _written_together(items[index], items[o]))]
        if not _one_person(found, keys, joined, lang) and not items[index].relative:
            found = _head_of_family(items, found)
        if found and _one_person(found, keys, joined, lang):
            joined.union(index, found[0])


def _one_person(owners: list[int], keys: list[str], joined: _UnionFind, lang: str) -> bool:
    """Whether full names are one person's: already joined (``Bassirou Diomaye Faye`` / ``Diomaye Faye``), or
    the same once particles are set aside (``Jean de Lattre`` / ``Jean Lattre``)."""
    return len({joined.find(o) for o in owners}) == 1 or len({_without_particles(keys[o], lang) for o in owners}) == 1


#: A name's first word made of a person's initials: ``KP`` (``KP Sharma Oli``), ``K.P.``, ``K.``.
_INITIALS = re.compile(rf"^(?:[{UPPER_LETTERS}]\.?){{1,3}}$")


def _join_initialled_names(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind) -> None:
    """A person's name that gives its first names by their initials (``KP Sharma Oli``, ``K. P. Sharma Oli``)
    joins the one longer name of the story that ends with the same words and whose first names those initials
    spell (``Khadga Prasad Sharma Oli``): South Asian news writes a politician so."""
    persons = [i for i in members if _type(items[i]) == "PER" and len(keys[i].split()) >= 2]
    for index in persons:
        words = items[index].name.split()
        opening = [w for w in words if _INITIALS.match(w)]
        if not opening or words[: len(opening)] != opening:
            continue
        letters = "".join(opening).replace(".", "").lower()
        rest = keys[index].split()[len(opening) :]
        found = [
            o
            for o in persons
            if o != index
            and (longer := keys[o].split())[len(longer) - len(rest) :] == rest
            and "".join(w[0] for w in longer[: len(longer) - len(rest)]) == letters
        ]
        if len({joined.find(o) for o in found}) == 1 and rest:
            joined.union(index, found[0])


def _head_of_family(items: list[_Local], owners: list[int]) -> list[int]:
    """The owners of a shared surname that no article introduced as a relative: news names a family by the
    member it is about (``Jair Bolsonaro``) and introduces the others by their kinship (``son fils, Eduardo
    Bolsonaro``), so the surname alone, in an article that names no one of the family in full, is that member's.
    All of them when none or several are (two brothers, each the news of his own article)."""
    heads = [o for o in owners if not items[o].relative]
    return heads if len(heads) < len(owners) else owners


def _without_particles(key: str, lang: str) -> str:
    """A name key without its particles: outlets write one person's name with and without them
    (``Jean de Lattre`` / ``Jean Lattre``), so the surname alone is still that one person's."""
    return " ".join(word for word in key.split() if word not in _particles(lang))


def _join_inner_names(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str) -> None:
    """A one-word person name that is an inner word of exactly one long full name of the story joins it:
    Portuguese and Spanish names carry the name a person is known by between the given name and the last
    surname (``Pedro Sánchez Pérez-Castejón`` is ``Sánchez``), and Senegalese news its second given name
    (``Diomaye`` of ``Bassirou Diomaye Faye``), which spaCy may type otherwise (:func:`_may_be_person`). Not a word
    that is also some person's last word, which :func:`_join_lone_surnames` weighs."""
    last_words: set[str] = set()
    inner_owners: dict[str, set[str]] = defaultdict(set)
    for index in members:
        words = [w for w in keys[index].split() if w not in _particles(lang)]
        if _type(items[index]) != "PER" or len(words) < 2:
            continue
        last_words.add(words[-1])
        for word in words[1:-1]:
            inner_owners[word].add(keys[index])
    by_key = {keys[index]: index for index in members}
    for index in members:
        key = keys[index]
        if " " in key or key in last_words or not _may_be_person(items[index]):
            continue
        owners = inner_owners.get(key, set())
        if len(owners) == 1:
            joined.union(index, by_key[owners.pop()])


def _may_be_person(local: _Local) -> bool:
    """Whether a one-word name may be a person's whatever spaCy typed it: a person, or a name the gazetteer knows
    as no place (``entre Diomaye et moi``, which spaCy reads as a place)."""
    return _type(local) == "PER" or not _known_place(local.name)


def _misc_full_name(local: _Local) -> bool:
    """Whether spaCy's ``MISC`` name has a person's shape, capitalized words none of which is a body's head
    noun: it often types a foreign person so (``Lee Jae-myeong a appelé…``), who then sounds like the
    ``Lee Jae-myung`` another article names."""
    words = local.name.split()
    return (
        _type(local) == "MISC"
        and len(words) >= 2
        and all(w[:1].isupper() and not _ACRONYM.match(w) for w in words)
        and not _shape(local.name, "fr").head
    )


def _join_torn_by_country(
    items: list[_Local],
    members: list[int],
    shapes: Mapping[int, _Shape],
    torn: set[int],
    candidates: Mapping[int, set[int]],
    joined: _UnionFind,
    lang: str,
) -> None:
    """A name torn between namesakes of two countries (``le ministère de la Santé`` in a story of the Brazilian
    and the French ministries) joins the namesake of the country its articles are about (:func:`_main_country`):
    an article about one country names its bodies without the country, and mentions a neighbour in passing
    (``En Équateur voisin, …`` in an article on Peru's floods) without making its own ministry ambiguous."""
    places_of_document = _places_by_country(items, members, lang)
    for index in torn:
        country = _main_country(sum((places_of_document[d] for d in items[index].documents), Counter()))
        if country is None:
            continue
        found = {
            joined.find(o)
            for o in candidates[index]
            if shapes[o].countries == {country} and shapes[o].stems == shapes[index].stems
        }
        if len(found) == 1:
            joined.union(index, found.pop())


def _places_by_country(items: list[_Local], members: list[int], lang: str) -> dict[str, Counter[str]]:
    """Each document of a story → how many times it names places of each country (:func:`_place_country`)."""
    places_of_document: dict[str, Counter[str]] = defaultdict(Counter)
    for index in members:
        if _type(items[index]) == "LOC" and (country := _place_country(items[index].name, lang)):
            for document, count in items[index].counts.items():
                places_of_document[document][country] += count
    return places_of_document


#: The articles that list a ministry's portfolios are about the country they name places of this many times as
#: often as any other's (:func:`_join_ministries_of_the_country`): a ministry's whole title is evidence of its
#: own, a neighbour's capital named in passing is not of the other country.
MINISTRY_COUNTRY_RATIO = 2


def _join_ministries_of_the_country(
    items: list[_Local], members: list[int], shapes: Mapping[int, _Shape], joined: _UnionFind, lang: str
) -> None:
    """A ministry named by its full list of portfolios without a country (``ministère de la Pêche et de
    l'Aquaculture``) joins the one ministry of the story named with the country and some of those portfolios
    (``ministère chilien de la Pêche``), when the articles that list them are about that country
    (:func:`_main_country`) and name no place of the home country: an outlet writing from abroad gives a foreign
    ministry's whole title where another writes its country and main field. An article that names a place of
    the home country may mean the home ministry (``En France, le ministère de l'Europe et des Affaires
    étrangères …`` in an article on Iceland), which keeps apart."""
    ministries = [i for i in members if i in shapes and shapes[i].head == "ministry"]
    if len(ministries) < 2:
        return
    places_of_document = _places_by_country(items, members, lang)
    home = next(iter(_home_country(lang)))
    for index in ministries:
        shape = shapes[index]
        if shape.countries or not shape.enumerates or len(shape.stems) < 2:
            continue
        places = sum((places_of_document[d] for d in items[index].documents), Counter())
        country = _main_country(places, MINISTRY_COUNTRY_RATIO)
        if country is None or places[home]:
            continue
        found = {
            joined.find(o)
            for o in ministries
            if shapes[o].countries == {country}
            and shapes[o].head_word == shape.head_word
            and shapes[o].stems < shape.stems
            and shapes[o].levels <= shape.levels
        }
        if len(found) == 1:
            joined.union(index, found.pop())


#: An article is about the country of its places when it names that country's places this many times as often as
#: any other's: a passing mention of a neighbour does not count, two countries reported alike do.
MAIN_COUNTRY_RATIO = 3


def _main_country(places: Counter[str], ratio: int = MAIN_COUNTRY_RATIO) -> str | None:
    """The country most of an article's place mentions are in, by ``ratio`` over the next one;
    ``None`` when none stands out, or the article names no place the gazetteer knows."""
    ranked = places.most_common(2)
    if not ranked:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= ratio * runner_up else None


@lru_cache(maxsize=4096)
def _place_country(name: str, lang: str) -> str | None:
    """The country a place name is in, as :class:`_Shape` gives countries (``Campinas``: ``bre``, of ``Brésil``),
    when every gazetteer entry of the name is in one country."""
    from babel import Locale

    from recoupe.link.places import gazetteer

    codes = {place.iso2 for place in gazetteer().candidates(name)}
    if len(codes) != 1:
        return None
    country = Locale.parse(lang).territories.get(codes.pop())
    return fold(country)[:3] if country else None


#: Greek's ``μπ``, ``ντ``, ``γκ`` sound ``b``, ``d``, ``g`` at a word's start and are written either way
#: inside it (``Varympompi`` / ``Varibobi``); applied to name keys, which are already folded.
_DIGRAPHS = (("mp", "b"), ("nt", "d"), ("gk", "g"))


def _digraph_key(key: str) -> str:
    """A name key with transliteration digraphs read as the letter they sound: too loose across stories
    (it would join any ``nt`` with any ``d``), used only among the names of one story."""
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    return key


def _transliteration_key(key: str, lang: str) -> str:
    """A person's or place's name key with one spelling for each sound that transliterations from Arabic,
    Russian or Hebrew write two ways (``al-Rachidi`` / ``al-Rashidi``, ``Khan Younès`` / ``Khan Younis``,
    ``Guennadi`` / ``Gennady``), and hyphens as spaces (``Abdel-Ghaffar`` / ``Abdel Ghaffar``): like
    :func:`_digraph_key`, only among the names of one story.

    In a name with an Arabic particle, the particle has one spelling (``el``/``al``, ``ben``/``bin``) and a
    French mute final ``e`` is off (``Salmane`` / ``Salman``): ``Mohammed ben Salmane`` ~ ``Mohammed bin
    Salman``, ``Khaled el-Amine`` ~ ``Khalid al-Amin``."""
    data = get_language(lang).entities
    words = key.replace("-", " ").split()
    if any(word in data.ARABIC_NAME_PARTICLES for word in words):
        words = [data.ARABIC_NAME_PARTICLES.get(word, word) for word in words]
        words = [re.sub(data.ARABIC_MUTE_ENDING, "", word) for word in words]
    key = " ".join(words)
    for pattern, other in data.TRANSLITERATION_PATTERNS:
        key = re.sub(pattern, other, key)
    for spelling, other in data.TRANSLITERATION_SPELLINGS:
        key = key.replace(spelling, other)
    return key


def sound_key(name: str, kind: str, lang: str = "fr") -> str:
    """A person's or place's name as it sounds across transliterations (``Mohammed bin Salman`` and
    ``Mohammed ben Salmane`` alike), other names' :func:`name_key`: what tells that two articles speak of one
    person or place although their outlets spell the name their own way."""
    if kind not in ("PER", "LOC"):
        return name_key(name)
    return _transliteration_key(_digraph_key(_transliterated_name_key(name, lang)), lang)


def story_key(name: str, kind: str, lang: str = "fr") -> str:
    """What tells that two articles name one actor, for finding their story: a person's surname as it sounds
    (``Zelensky`` alone and ``Volodymyr Zelensky``, ``Burhane`` and ``Abdel Fattah al-Burhan``: a follow-up names
    the person it introduced in full by the surname), other names' :func:`sound_key`."""
    if kind != "PER" or " " not in name.strip():
        return sound_key(name, kind, lang)
    surname = _surnames(name_key(name.split()[-1]), lang)[-1]
    return sound_key(surname, kind, lang)


def _transliterated_name_key(name: str, lang: str) -> str:
    """:func:`name_key` of a name once the letters French writes for a foreign sound are read as the plain
    letter other languages use (``Fayçal`` as ``Faysal``, so ``Faisal``)."""
    data = get_language(lang).entities
    key = name_key("".join(data.TRANSLITERATION_LETTERS.get(c, c) for c in name))
    for pattern, full in data.NAME_ABBREVIATIONS:
        key = re.sub(pattern, full, key)  # ``St-Fleur`` is ``Saint-Fleur``, before ``nt`` is read as ``d``
    return key


def _join_metonyms(
    items: list[_Local], members: list[int], shapes: Mapping[int, _Shape], joined: _UnionFind, lang: str
) -> None:
    """The address news names a ministry by (``Quai d'Orsay``) joins the one ministry of the story whose
    name holds its portfolio and gives no country (``ministère de l'Europe et des Affaires étrangères``): the
    address is the home country's ministry, a foreign one says its country."""
    metonyms = {fold(k): v for k, v in get_language(lang).entities.METONYMS.items()}
    ministries = [i for i in shapes if shapes[i].head == "ministry" and not shapes[i].countries]
    for index in members:
        portfolio = metonyms.get(fold(items[index].name))
        if portfolio is None:
            continue
        stems = _shape(portfolio, lang).stems
        found = {joined.find(i) for i in ministries if stems and stems <= shapes[i].stems}
        if len(found) == 1:
            joined.union(index, found.pop())


def _join_native_assemblies(
    items: list[_Local], members: list[int], shapes: Mapping[int, _Shape], joined: _UnionFind, lang: str
) -> None:
    """A parliament's own name (``Bundestag``) joins the one assembly of the story named by the language's
    word and its country (``Parlement allemand``, ``Assemblée allemande``): outlets translate it or not."""
    native = {fold(k): _shape(v, lang).countries for k, v in get_language(lang).entities.NATIVE_ASSEMBLIES.items()}
    assemblies = [i for i in shapes if shapes[i].head == "assembly" and shapes[i].countries]
    for index in members:
        countries = native.get(fold(items[index].name))
        if not countries:
            continue
        found = {joined.find(i) for i in assemblies if shapes[i].countries == countries}
        if len(found) == 1:
            joined.union(index, found.pop())


def _join_first_name_spellings(
    items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str
) -> None:
    """Two full names of persons of one story with one surname join when their first names are two spellings
    of one name (:func:`_spelling_variant`: ``Yannis`` / ``Giannis`` Papadakis, ``Mohamed`` / ``Mohamad``), or
    with one first name when their surnames are (``Mykola Hrytsenko`` / ``Mykola Grytsenko``), and no article
    writes both: an outlet spells one person one way, so two forms in one article are two people.
    ``Martin`` and ``Martine`` Dupont are a man and a woman, ``Marin`` and ``Martin`` two names."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_first_name: dict[str, list[int]] = defaultdict(list)
    for index in members:
        parts = keys[index].split()
        if _type(items[index]) == "PER" and len(parts) == 2 and min(len(parts[0]), len(parts[1])) >= 4:
            by_surname[parts[1]].append(index)
            by_first_name[parts[0]].append(index)
    for position, groups in ((0, by_surname), (1, by_first_name)):
        for group in groups.values():
            for a, b in combinations(group, 2):
                differing = keys[a].split()[position], keys[b].split()[position]
                if not _written_together(items[a], items[b]) and _spelling_variant(*differing, lang):
                    joined.union(a, b)


def _written_together(one: _Local, other: _Local) -> bool:
    """Whether one article writes both names: then they are two, an article keeps to its spelling."""
    return not set(one.documents).isdisjoint(other.documents)


#: Letters from which two spellings of a name may differ by two vowels (:func:`_spelling_variant`).
LONG_SPELLING = 6


def _spelling_variant(one: str, other: str, lang: str) -> bool:
    """Whether two different words of a name (folded keys) one letter apart are one name transliterated two
    ways: a vowel for a vowel, a consonant for its transliteration twin (``Olga`` / ``Olha``), a vowel or a mute
    ``h`` written or not (``Fatima`` / ``Fatma``, ``Mikhail`` / ``Mikail``), a ``k`` before ``h`` written or not
    (``Rakhmon`` / ``Rahmon``), a ``g`` opening a Greek name
    (``Giannis`` / ``Yannis``); not a feminine ending (``Martin`` / ``Martine``, ``Mario`` / ``Maria``), nor any
    other consonant (``Marin`` / ``Martin``, ``Paul`` / ``Raul``). A long name (:data:`LONG_SPELLING`) may have two
    vowels of another language's: a Greek or Slavic first name written the French way (``Giorgos`` /
    ``Georges``)."""
    if one == other or _gendered(one, other, lang) or _gendered(other, one, lang):
        return False
    data = get_language(lang).entities
    vowels = data.TRANSLITERATION_VOWELS
    if len(one) == len(other) >= LONG_SPELLING:
        differing = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
        if len(differing) == 2 and all(a in vowels and b in vowels for a, b in differing):
            return True
    if not _one_edit(one, other):
        return False
    position = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))
    if len(one) == len(other):
        a, b = one[position], other[position]
        return (a in vowels and b in vowels) or frozenset((a, b)) in data.TRANSLITERATION_CONSONANT_PAIRS
    longer = max(one, other, key=len)
    letter = longer[position]
    if letter in vowels or letter == data.TRANSLITERATION_SILENT_CONSONANT:
        return True
    if (after := data.TRANSLITERATION_DROPPED_BEFORE.get(letter)) is not None:
        return longer[position + 1 : position + 2] == after
    opening = position == 0 and letter == data.TRANSLITERATION_OPENING_CONSONANT
    return opening and longer[1:2] in tuple(vowels)


def _gendered(masculine: str, feminine: str, lang: str) -> bool:
    """Whether ``feminine`` is ``masculine`` with a feminine first name's ending (``Martin`` / ``Martine``)."""
    for ending, feminine_ending in get_language(lang).entities.GENDERED_FIRST_NAME_ENDINGS:
        if masculine.endswith(ending) and feminine.endswith(feminine_ending):
            stem = masculine[: len(masculine) - len(ending)]
            if stem and stem == feminine[: len(feminine) - len(feminine_ending)]:
                return True
    return False


def _surnames(last: str, lang: str) -> tuple[str, ...]:
    """The surnames a full name's last word (a key) stands for: itself, and without a particle hyphened to it,
    which articles drop after a title (``al-burhane``: ``le général Burhane``)."""
    particle, _, rest = last.partition("-")
    return (last, rest) if rest and particle in _particles(lang) and len(rest) >= 3 else (last,)


def _join_one_word_spellings(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Two persons' names of three words or more of one story join when, once transliterated
    (:func:`_transliteration_key`), they differ by one word, and that word by one letter (``Mohamed Hamdan
    Daglo`` / ``Mohammed Hamdan Dagalo``, a vowel an outlet writes): with two words the same besides, two
    people are far rarer than two spellings. A father and his son share the other words, not the first."""
    by_rest: dict[tuple[int, str], list[tuple[int, str, str]]] = defaultdict(list)
    for index in members:
        if _type(items[index]) != "PER":
            continue
        words = _transliteration_key(_transliterated_name_key(items[index].name, lang), lang).split()
        plain = name_key(items[index].name).split()
        if len(words) < 3:
            continue
        for position, word in enumerate(words):
            if len(word) >= 5:
                rest = " ".join([*words[:position], "_", *words[position + 1 :]])
                as_written = plain[position] if len(plain) == len(words) else word
                by_rest[(position, rest)].append((index, word, as_written))
    for group in by_rest.values():
        for (a, word_a, plain_a), (b, word_b, plain_b) in combinations(group, 2):
            # the letters as written too: French's reading of ``sh`` as ``ch`` hides an ``h`` one outlet adds
            # (``Shrestha`` / ``Shreshtha``)
            if _written_together(items[a], items[b]):
                continue  # one article keeps to its spelling: two names it writes are two people
            if _spelling_variant(word_a, word_b, lang) or _spelling_variant(plain_a, plain_b, lang):
                joined.union(a, b)


def _join_two_word_spellings(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Two persons' first-and-last names of one story join when, once transliterated, each word is the other's
    or a spelling variant of it (:func:`_spelling_variant`) and the surnames are long and written differently
    (``Rustam Nazarzoda`` / ``Rustam Nazarzada``, ``Timour Rakhmonov`` / ``Timur Rahmonov``): outlets that
    transliterate a Cyrillic or Persian name their own way vary both words, and two people of one story
    whose names are one letter apart in each are far rarer than two spellings. One article keeps to its
    spelling, so two names it writes both of stay two."""
    full: list[tuple[int, list[str]]] = []
    for index in members:
        if _type(items[index]) != "PER":
            continue
        words = _transliteration_key(_transliterated_name_key(items[index].name, lang), lang).split()
        if len(words) == 2 and len(words[1]) >= LONG_SURNAME:
            full.append((index, words))
    for (a, words_a), (b, words_b) in combinations(full, 2):
        if words_a[1] == words_b[1] or _written_together(items[a], items[b]):
            continue  # one surname spelled alike is for the surname joins, with their own checks
        if all(x == y or _spelling_variant(x, y, lang) for x, y in zip(words_a, words_b, strict=True)):
            joined.union(a, b)


def _join_international_bodies(items: list[_Local], joined: _UnionFind, lang: str) -> None:
    """An international body's acronym and its names of :data:`INTERNATIONAL_BODIES` (``Unicef`` / ``Fonds des
    Nations unies pour l'enfance``): one body in every story, since its name is its own."""
    keys: dict[str, str] = {}
    for acronym, names in get_language(lang).entities.INTERNATIONAL_BODIES.items():
        for name in (acronym, *names):
            keys[name_key(name)] = acronym
    first: dict[str, int] = {}
    for index, local in enumerate(items):
        body = next((keys[k] for k in map(name_key, (local.name, *local.surfaces)) if k in keys), None)
        if body is None:
            continue
        if body in first:
            joined.union(index, first[body])
        else:
            first[body] = index


def _join_united_nations_acronyms(items: list[_Local], joined: _UnionFind, lang: str) -> None:
    """An English acronym of a United Nations body (``UNHCR``) joins the body whose French acronym it ends
    with (``HCR``), when that body's name says it is of the United Nations (``Haut-Commissariat des Nations
    unies pour les réfugiés``) and only one such body has that acronym. The English acronym may be the name
    itself or one a description brackets (``l'Agence des Nations unies pour les réfugiés (UNHCR)``)."""
    data = get_language(lang).entities
    prefix, words = data.UNITED_NATIONS_ACRONYM_PREFIX, fold(data.UNITED_NATIONS_WORDS)
    united = {joined.find(i) for i, local in enumerate(items) if words in fold(local.name)}
    by_acronym: dict[str, set[int]] = defaultdict(set)
    for index, local in enumerate(items):
        root = joined.find(index)
        if root in united:
            for surface in (local.name, *local.surfaces):
                if _ACRONYM.match(surface):
                    by_acronym[surface].add(root)
    for index, local in enumerate(items):
        for name in (local.name, *local.surfaces):  # or a description's bracketed acronym: ``l'agence … (UNHCR)``
            if not (_ACRONYM.match(name) and name.startswith(prefix) and len(name) > len(prefix) + 1):
                continue
            owners = by_acronym.get(name[len(prefix) :], set()) - {joined.find(index)}
            if len(owners) == 1:
                joined.union(index, owners.pop())


def _join_acronyms_of_headless_names(items: list[_Local], joined: _UnionFind, lang: str) -> None:
    """A body named without its head noun joins its acronym, which keeps that noun's letter: ``les Nations unies``
    is the ``ONU`` (*Organisation des Nations unies*). Only the heads of :data:`OMITTED_HEAD_INITIALS`, and only
    where one body of the dossier has those initials."""
    heads = get_language(lang).entities.OMITTED_HEAD_INITIALS
    by_letters: dict[str, set[int]] = defaultdict(set)
    headless_names: dict[int, str] = {}
    for index, local in enumerate(items):
        if _type(local) != "ORG" or _ACRONYM.match(local.name) or not (letters := initials(local.name, lang)):
            continue
        if _shape(local.name, lang, True).head is None:  # ``les Nations unies``; not ``le ministère de la Santé``
            by_letters[letters].add(joined.find(index))
            headless_names[joined.find(index)] = fold(local.name).lower()
    for index, local in enumerate(items):
        if _type(local) != "ORG" or not _ACRONYM.match(local.name) or local.name[0] not in heads:
            continue
        owners = by_letters.get(local.name[1:], set()) - {joined.find(index)}
        if len(owners) != 1:
            continue
        owner = owners.pop()
        # an acronym already spelt out by its full name (``OMS``, ``Organisation mondiale de la santé``) joins only
        # the name that full name ends with
        root = joined.find(index)
        spelt = [fold(other.name).lower() for i, other in enumerate(items) if joined.find(i) == root]
        spelt = [name for name in spelt if initials(name, lang) == local.name]
        if all(name.endswith(headless_names[owner]) for name in spelt):
            joined.union(index, owner)


def _join_other_names(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind) -> None:
    """A name that one article of the story gives as another name of a body (an apposition, ``le Kizilay, le
    Croissant-Rouge turc, a…``: a surface of that body) joins the name another article of the story writes
    alone (``Kızılay``). Not a surface that is part of the body's name (a surname, a short form: those have
    their rules, which keep namesakes apart), nor an acronym (joined by its letters)."""
    by_key = {keys[i]: i for i in members}
    given: dict[str, int] = {}  # two articles that give one body the same other name (``Codelco``) name one body
    for index in members:
        own = set(keys[index].split())
        for surface in items[index].surfaces:
            key = name_key(surface)
            if key == keys[index] or set(key.split()) <= own or _ACRONYM.match(surface):
                continue
            if key in given:
                joined.union(index, given[key])
            else:
                given[key] = index
            other = by_key.get(key)
            if other is None or other == index:
                continue
            joined.union(index, other)


def _join_other_names_translated(
    items: list[_Local], keys: list[str], members: list[int], shapes: dict[int, _Shape], joined: _UnionFind, lang: str
) -> None:
    """A body's other name an article gives (``la Commission ghanéenne des forêts, la Forestry Commission``)
    joins the body another article of the story names with the same words, in its own language (``Commission
    des forêts``): as :func:`_join_other_names`, but by the name's shape (a head noun of one kind and the same
    distinctive stems, no two countries), not letter for letter. Only a name with a head noun and a word of its
    own: a head alone (``la Commission``) could be any commission."""
    for index in members:
        if index not in shapes:
            continue
        for surface in items[index].surfaces:
            if name_key(surface) == keys[index] or _ACRONYM.match(surface) or " " not in surface.strip():
                continue
            other_name = _shape(surface, lang, True)
            if not other_name.head or other_name.stems == {_stem(other_name.head_word)}:
                continue
            for other, shape in shapes.items():
                if (
                    other != index
                    and shape.head == other_name.head
                    and shape.stems == other_name.stems
                    and shape.fits(other_name)
                ):
                    joined.union(index, other)


def _body_of(headless: str, headed: str, lang: str) -> bool:
    """Whether ``headed`` is a body of what ``headless`` names: its head noun, then ``de`` and ``headless``,
    capital kept (``Conseil de l'Union européenne`` is the Union's council, not the ``Union européenne``;
    ``Commission de l'Union africaine``). A portfolio is no body of its own: ``l'Intérieur`` is short for
    the ``ministère de l'Intérieur``, and a ministry is of a field, whatever its words (``la Protection civile``
    is short for the ``ministère de la Protection civile``)."""
    headless, headed = headless.replace("’", "'"), headed.replace("’", "'")
    if not headless[:1].isupper() or not headed.endswith(headless) or len(headed) == len(headless):
        return False
    data = get_language(lang).entities
    before = headed[: -len(headless)].split()
    links = {fold(w) for w in (*data.COMPLEMENT_LINKS, *data.DEFINITE_ARTICLES)}
    if not before or not (fold(before[-1]) in links or before[-1].endswith("'")):
        return False
    if _shape(headed, lang, True).head == "ministry":
        return False
    portfolios = {fold(w) for w in data.PORTFOLIOS}
    words = [w for w in re.split(r"[\s'’-]+", fold(headless)) if w and w not in _particles(lang)]
    return not all(w in portfolios for w in words)


def _body_of_named(headless: _Shape, headed: str, lang: str) -> bool:
    """Whether ``headed`` is a noun, ``de`` and a name of the body ``headless`` names in other words: the
    ``Syndicat de la Police nationale suisse`` is a union of the ``Police nationale de Suisse``, not a longer
    name of it. As :func:`_body_of`, but the complement is compared by its shape (same distinctive words, same
    country), as outlets write a country by its adjective or its name."""
    words = headed.replace("’", "'").split()
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    data = get_language(lang).entities
    links = {fold(w) for w in (*data.COMPLEMENT_LINKS, *data.DEFINITE_ARTICLES, *data.CONTRACTED_ARTICLES)}
    rest = words[1:]
    while rest and (fold(rest[0]) in links or (rest[0].endswith("'") and len(rest[0]) <= 3)):
        rest = rest[1:]
    if rest and re.match(r"^[dl]'.", rest[0], re.IGNORECASE):
        rest = [rest[0][2:], *rest[1:]]  # (``de l'Union``)
    if len(rest) == len(words) - 1 or not rest or not rest[0][:1].isupper():
        return False
    portfolios = {fold(w) for w in data.PORTFOLIOS}
    if all(fold(w) in portfolios or fold(w) in links for w in rest):
        return False  # a portfolio is no body of its own (``ministère de la Santé``, ``la Santé``)
    complement = _shape(" ".join(rest), lang)
    return bool(headless.stems) and complement.stems == headless.stems and complement.countries == headless.countries


def _place_of_a_body(items: list[_Local], short: int, long: int) -> bool:
    """Whether ``short`` is a place the gazetteer knows and ``long`` a body named after it: ``Alberta`` is
    where the ``Sécurité publique de l'Alberta`` works, not a short form of it."""
    if _type(items[short]) != "LOC" or _type(items[long]) == "LOC":
        return False
    from recoupe.link.places import gazetteer

    return bool(gazetteer().candidates(items[short].name))


def _named_after_town(items: list[_Local], short: int, long: int) -> bool:
    """Whether ``long`` is a place that adds a name of its own to a town the gazetteer knows: ``Padang
    Panjang`` is another town than ``Padang``, as ``Saint-Jean-de-Luz`` is not ``Saint-Jean``. A lowercase
    word added says what the place is (``péninsule de Reykjanes``), not another one."""
    if _type(items[short]) != "LOC" or _type(items[long]) != "LOC" or not _known_place(items[short].name):
        return False
    own = set(fold(items[short].name).split())
    return any(word[:1].isupper() and fold(word) not in own for word in items[long].name.split())


def _named_after(short: str, long: str, lang: str) -> bool:
    """Whether ``long`` adds to ``short``'s words a head noun of a body named after another (``Fondation
    Kwahu Gold`` of the company ``Kwahu Gold``): a foundation, a prize, a museum is its own body, the name
    without that noun the one it honours."""
    heads = get_language(lang).entities.NAMED_AFTER_HEADS
    added = set(re.split(r"[\s'’]+", fold(long))) - set(re.split(r"[\s'’]+", fold(short)))
    return bool(added & heads)


def _region_of_town(town: str, region: str, lang: str) -> bool:
    """Whether ``region`` names a region after the town the gazetteer knows ``town`` for (``département de
    Potosí`` / ``Potosí``): the bare name is the town (``à Potosí``), the region around it another place,
    though both have one name once the administrative word is left out."""
    first, _, rest = region.replace("’", "'").partition(" ")
    if fold(first) not in get_language(lang).entities.REGION_WORDS:
        return False
    links = (link if link.endswith("'") else link + " " for link in get_language(lang).entities.COMPLEMENT_LINKS)
    named = next((rest[len(link) :] for link in links if rest.startswith(link)), "")
    if not named:
        return False
    if name_key(named) != name_key(town):
        return False
    from recoupe.link.places import gazetteer

    return any(place.kind == "city" for place in gazetteer().candidates(town))


def _part_of_place(short: str, long: str, lang: str) -> bool:
    """Whether ``long`` adds a cardinal point to ``short``'s words: a part of the place, another one
    (``Darfour du Nord`` of ``Darfour``, ``Corée du Sud`` of ``Corée``)."""
    cardinals = get_language(lang).entities.CARDINAL_WORDS
    added = set(re.split(r"[\s'’]+", fold(long))) - set(re.split(r"[\s'’]+", fold(short)))
    return any(word in cardinals or set(word.split("-")) & cardinals for word in added)


@lru_cache(maxsize=4096)
def _known_place(name: str) -> bool:
    """Whether the gazetteer knows the name: what spaCy calls a place and the gazetteer does not may be a
    body's name written without its head noun (``Minera Atacama Sur`` of the ``Compañía Minera Atacama Sur``)."""
    from recoupe.link.places import gazetteer

    return bool(gazetteer().candidates(name))


@lru_cache(maxsize=4096)
def _place_id(name: str) -> tuple[str, int] | None:
    """The gazetteer's one entry for a place name, by kind and id, when it has exactly one: ``Anvers`` and
    ``Antwerpen`` both name the town of Antwerp, ``Valence`` names three towns. (A region is placed at its
    largest town, whose id it shares: ``Flandre`` is not ``Anvers``, the kind tells them apart.)"""
    from recoupe.link.places import gazetteer

    candidates = gazetteer().candidates(name)
    entries = {(p.kind, p.geonameid) for p in candidates}
    countries = {entry for entry in entries if entry[0] == "country"}
    # a country's name in another language that is also the name of a small town (``Chile``, and Şile in
    # Turkey): the country; not beside a big city of that name (``Mexico``, in French the capital)
    if len(countries) == 1 and all(p.kind == "country" or p.population < SMALL_TOWN for p in candidates):
        return next(iter(countries))
    if len(entries) == 1:
        return next(iter(entries))
    return _capital_meaning(candidates)


def _capital_meaning(candidates: list[Place]) -> tuple[str, int] | None:
    """The city a name with several entries means, when it is a big city that outnumbers every other entry of
    the name, its region included, and :data:`DOMINANT_CITY` times every other town: ``Kyiv`` (the capital,
    not the oblast) as ``Kiev``; not ``Valence``, three towns of a size."""
    cities = sorted((p for p in candidates if p.kind == "city"), key=lambda p: -p.population)
    if not cities or cities[0].population < BIG_CITY or len({p.kind for p in candidates} - {"city", "admin1"}) > 0:
        return None
    first = cities[0]
    if any(p.population > first.population for p in candidates):
        return None
    if any(p.geonameid != first.geonameid and DOMINANT_CITY * p.population > first.population for p in cities[1:]):
        return None
    return ("city", first.geonameid)


#: Below this many people, a town that shares a country's name (in some language) is not what the name means.
SMALL_TOWN = 100_000
#: A name's biggest town is what it means when it has at least this many people (a region's capital or more)…
BIG_CITY = 500_000
#: …and this many times as many as any other town of that name.
DOMINANT_CITY = 10


#: Letters from which a one-word place name may be spelled two ways in one story (:func:`_join_place_spellings`).
PLACE_SPELLING_LENGTH = 6


def _join_place_spellings(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """One-word places of a story whose names are two spellings of one (:func:`_spelling_variant`: ``Kirghizistan``
    / ``Kirghizstan``, a vowel an outlet writes), when no article writes both and the gazetteer does not know
    them as two places. Long names only: two short names one letter apart are often two towns."""
    places = [
        i
        for i in members
        if _type(items[i]) == "LOC" and " " not in items[i].name and len(items[i].name) >= PLACE_SPELLING_LENGTH
    ]
    for a, b in combinations(places, 2):
        one, other = fold(items[a].name).lower(), fold(items[b].name).lower()
        if one == other or _written_together(items[a], items[b]) or not _spelling_variant(one, other, lang):
            continue
        known = _place_id(items[a].name), _place_id(items[b].name)
        if None not in known and known[0] != known[1]:
            continue
        joined.union(a, b)


def _compass_key(name: str, lang: str) -> tuple[str, str] | None:
    """A place's name as its other words and the one side it names (``Rukum West`` → ``("rukum", "W")``), or
    ``None`` for a name with no side, or more than one, or nothing else."""
    data = get_language(lang).entities
    words = [w for w in re.split(r"[\s'’\-]+", fold(name).lower()) if w and w not in data.COMPASS_LINKS]
    sides = [data.COMPASS_WORDS[w] for w in words if w in data.COMPASS_WORDS]
    rest = [w for w in words if w not in data.COMPASS_WORDS]
    if len(sides) != 1 or not rest:
        return None
    return " ".join(sorted(rest)), sides[0]


def _join_compass_variants(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Places of a story that name one side of one place in two languages or two orders (``Rukum-Ouest`` /
    ``Rukum West`` / ``Rukum occidental``, ``Sud-Kivu`` / ``South Kivu``): one district. A side alone never
    joins the whole (``Kivu`` and ``Sud-Kivu`` are two provinces)."""
    by_key: dict[tuple[str, str], int] = {}
    for index in members:
        if _type(items[index]) != "LOC" or (key := _compass_key(items[index].name, lang)) is None:
            continue
        if key in by_key:
            joined.union(index, by_key[key])
        else:
            by_key[key] = index


def _join_places_of_one_town(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """Places of a story whose names are the exonym and the local name of one gazetteer entry (``Anvers`` /
    ``Antwerpen``, ``Thessalonique`` / ``Thessaloniki``), each name having no other entry. Not a local
    authority the gazetteer reads as its territory (``Région Bretagne``)."""
    authorities = get_language(lang).entities.LOCAL_AUTHORITY_WORDS
    by_place: dict[tuple[str, int], int] = {}
    for index in members:
        if _type(items[index]) != "LOC" or items[index].name.split(" ", 1)[0] in authorities:
            continue
        if (place := _place_id(items[index].name)) is None:
            continue
        if place in by_place:
            joined.union(index, by_place[place])
        else:
            by_place[place] = index


def _join_towns_tagged_as_bodies(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """A town's name the tagger read as a body's in one article (``El Fasher``, no head noun of a body) joins that
    town as another article writes it (``El-Facher``): the gazetteer gives both names one entry, and they sound
    alike. A body named after its town has a head noun (``Université de Douala``) and stays apart."""
    towns: dict[tuple[tuple[str, int], str], int] = {}
    for index in members:
        if _type(items[index]) == "LOC" and (place := _place_id(items[index].name)) is not None:
            towns.setdefault((place, sound_key(items[index].name, "LOC", lang)), index)
    for index in members:
        local = items[index]
        if _type(local) != "ORG" or _ACRONYM.match(local.name) or _shape(local.name, lang, True).head is not None:
            continue
        if (place := _place_id(local.name)) is None:
            continue
        town = towns.get((place, sound_key(local.name, "LOC", lang)))
        if town is not None:
            joined.union(index, town)


def _join_acronym_prefixed(
    items: list[_Local], members: list[int], shapes: Mapping[int, _Shape], joined: _UnionFind, lang: str
) -> None:
    """A name that opens with the acronym of a longer name's first words and goes on with its other words
    joins it within the story, when only one name fits: ``SPF Mobilité`` / ``Service public fédéral
    Mobilité et Transports``."""
    for index in shapes:
        first, _, rest = items[index].name.partition(" ")
        if not rest or not _ACRONYM.match(first):
            continue
        rest_stems = _shape(rest, lang).stems
        found = {
            other
            for other in shapes
            if other != index
            and rest_stems
            and rest_stems <= shapes[other].stems
            and _opens_with_initials(items[other].name, first, rest, lang)
        }
        if len({joined.find(o) for o in found}) == 1:
            joined.union(index, next(iter(found)))


def _opens_with_initials(name: str, acronym: str, rest: str, lang: str) -> bool:
    """Whether ``name``'s first content words spell ``acronym`` and ``rest`` follows them."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w]
    for cut in range(2, len(words)):
        if initials(" ".join(words[:cut]), lang) == acronym:
            return fold(" ".join(words[cut:])).startswith(fold(rest.split()[0]))
    return False


def _join_syllable_acronyms(
    items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str
) -> None:
    """A one-word name made of the first syllables of a body's name (``Indeci``: IN-stituto nacional de
    DE-fensa CI-vil, written in French ``Institut national de défense civile``) joins that name
    within the story, when only one fits: two letters or more from each word it draws on, the first word
    always, in order; or a letter or more from every word of a name of three words or more (``Anvisa``:
    A-gência N-acional de VI-gilância SA-nitária). Not a place (``Ankara`` is no body's syllables), nor a person
    of a full name."""
    bodies = [i for i in members if " " in items[i].name and _type(items[i]) in ("ORG", "MISC", "LOC")]
    for index in members:
        word = keys[index]
        if " " in word or "-" in word or len(word) < 4 or _type(items[index]) == "LOC":
            continue
        found = [b for b in bodies if _abbreviates_body(word, _content_words(keys[b], lang))]
        if len({joined.find(b) for b in found}) == 1:
            joined.union(index, found[0])


def _content_words(key: str, lang: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s-]+", key) if w and w not in _particles(lang))


def _abbreviates_body(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` is a short name of the body of content words ``words`` (:func:`_join_syllable_acronyms`)."""
    return _syllables_of(word, words) or (len(words) >= 3 and _prefixes_of_every(word, words))


@lru_cache(maxsize=1 << 14)
def _prefixes_of_every(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` is made of a prefix (a letter or more) of each of ``words``, in order, none left out."""
    if not words:
        return not word
    head, tail = words[0], words[1:]
    return any(
        word.startswith(head[:length]) and _prefixes_of_every(word[length:], tail)
        for length in range(min(len(head), len(word)), 0, -1)
    )


@lru_cache(maxsize=1 << 14)
def _syllables_of(word: str, words: tuple[str, ...], used: int = 0) -> bool:
    """Whether ``word`` is made of prefixes (two letters or more) of ``words`` in order, the first one
    included, from at least two of them."""
    if not word:
        return used >= 2
    if not words:
        return False
    head, tail = words[0], words[1:]
    for length in range(min(len(head), len(word)), 1, -1):
        if word.startswith(head[:length]) and _syllables_of(word[length:], tail, used + 1):
            return True
    return used > 0 and _syllables_of(word, tail, used)


def _join_shorter_full_names(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind) -> None:
    """A person's name of two words or more that is a longer name of the story with a given name left out
    (``Tayyip Erdogan`` / ``Recep Tayyip Erdogan``, ``Fatima Idrissi`` / ``Fatima Zahra Idrissi``) joins it:
    same surname, the other words in order; not when two longer names of the story fit."""
    persons = [i for i in members if _type(items[i]) == "PER" and len(keys[i].split()) >= 2]
    by_surname: dict[str, list[int]] = defaultdict(list)
    for index in persons:
        by_surname[keys[index].split()[-1]].append(index)
    for group in by_surname.values():
        for index in group:
            words = keys[index].split()
            longer = [o for o in group if len(keys[o].split()) > len(words) and _in_order(words, keys[o].split())]
            if longer and len({joined.find(o) for o in longer}) == 1:
                joined.union(index, longer[0])


def _join_names_with_more_surnames(
    items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind
) -> None:
    """A person's name of two words or more that opens a longer name of the story joins it, when only one
    person's name fits: a Spanish name gives a second surname (``Ángel Manrique`` / ``Ángel Manrique
    Torres``), an Ethiopian one a grandfather's name (``Abiy Ahmed`` / ``Abiy Ahmed Ali``), and outlets write
    the first surname alone. Two longer names that both open so (two brothers' second surnames) leave it."""
    persons = [i for i in members if _type(items[i]) == "PER" and len(keys[i].split()) >= 2]
    by_opening: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in persons:
        words = keys[index].split()
        by_opening[words[0], words[1]].append(index)
    for group in by_opening.values():
        for index in group:
            words = keys[index].split()
            longer = [o for o in group if keys[o].split()[: len(words)] == words and len(keys[o].split()) > len(words)]
            if longer and len({joined.find(o) for o in longer}) == 1:
                joined.union(index, longer[0])


def _join_given_names(items: list[_Local], keys: list[str], members: list[int], joined: _UnionFind, lang: str) -> None:
    """A one-word person's name that is the first name of exactly one person of the story, and no person's
    surname there, joins that person: Indonesian and Ethiopian news names people by their given name (``M.
    Prabowo`` of ``Prabowo Subianto``, ``le Dr Abiy`` of ``Abiy Ahmed``), as a reportage its witnesses."""
    owners: dict[str, set[int]] = defaultdict(set)
    surnames: set[str] = set()
    for index in members:
        words = keys[index].split()
        if _type(items[index]) == "PER" and len(words) >= 2:
            owners[words[0]].add(index)
            surnames.update(_surnames(words[-1], lang))
    for index in members:
        key = keys[index]
        if " " in key or _type(items[index]) != "PER" or key in surnames:
            continue
        found = {joined.find(o) for o in owners.get(key, ())}
        if len(found) == 1:
            joined.union(index, found.pop())


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` appear in ``longer`` in the same order (``tayip erdogan`` in ``recep tayip erdogan``)."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


@cache
def _home_country(lang: str) -> frozenset[str]:
    """The home country as :class:`_Shape` gives countries (its first three letters, folded)."""
    return frozenset({fold(get_language(lang).entities.HOME_COUNTRY)[:3]})


def _short_form(short: _Shape, long: _Shape, listed: bool = True, lang: str = "fr") -> bool:
    """Whether ``short`` may be a short form or a looser translation of ``long``, a name of the same story.

    Its distinctive words are some of the longer name's, and either

    * it gives no country the longer does not (the home country counts as none against a name that gives
      none: ``ministère français de la Santé`` / ``ministère de la Santé et de l'Accès aux soins``), has the
      longer's head noun or none, and at least half the
      longer's words (``Intérieur``, ``Protection civile``; ``France Travail`` is no short form of the
      ``Confédération française démocratique du travail``: one word of three) — or, with the longer's head
      noun, any of the fields a longer name lists (``ministère du Travail`` / ``ministère du Travail, de la
      Santé et des Solidarités``), unless ``listed`` is false: a name torn between namesakes of two countries
      (the ``ministère de la Santé`` of a story of the Brazilian and the French ones) is no evidence which
      ministry listing that field it is. A ``Conseil de sécurité`` is not short for a ``Comité de sécurité de
      l'État``; or
    * both have a head noun of one kind, not a ministry's, and share two distinctive words: outlets translate
      a foreign body's name each their way (``Agence turque de gestion des catastrophes`` / ``Disaster and
      Emergency Management Authority``), and two words of one kind of body are evidence enough within a story.
    """
    if not short.stems < long.stems:
        return False
    countries = short.countries - _home_country(lang) if not long.countries else short.countries
    if countries <= long.countries and short.head_word in ("", long.head_word):
        return 2 * len(short.stems) >= len(long.stems) or (listed and short.head_word != "" and long.enumerates)
    # (a ministry is named by its portfolios in every language, so its translation has all the same words:
    # the ``ministère islandais des Affaires étrangères`` is not the ``ministère de l'Europe et des Affaires
    # étrangères`` a French article names without a country)
    return bool(short.head) and short.head == long.head and short.head != "ministry" and 2 <= len(short.stems)


def _same_words(one: _Shape, other: _Shape) -> bool:
    """Whether two names of one story, where either has no head noun, share their words whole and not only
    their stems (the fewer words all the other's): first letters meet a translation's cognates in a body's
    name (``géologique``/``geological``), but two places of one island (``Reykjavík``, ``Reykjanes``) only
    begin alike."""
    if one.head and other.head:
        return True
    shorter, longer = sorted((one.words, other.words), key=len)
    return shorter <= longer


def _translated_body(items: list[_Local], one: int, other: int, shape: _Shape) -> bool:
    """Whether two names of one story with the same stems, two or more, name one body in two languages, word for
    word (``Brigada Militar`` / ``Brigade militaire``, ``Guardia Civil`` / ``Garde civile``): one of them is a body.
    Two places only begin alike (``Reykjavík`` / ``Reykjanes``) and need their words whole (:func:`_same_words`)."""
    return len(shape.stems) >= 2 and "ORG" in (_type(items[one]), _type(items[other]))


def _join_town_short_forms(items: list[_Local], members: list[int], joined: _UnionFind, lang: str) -> None:
    """A town's name cut before its river or region (``Loriol`` for ``Loriol-sur-Drôme``, ``Châlons`` for
    ``Châlons-en-Champagne``) joins it, when the story names one such town only."""
    links = get_language(lang).entities.TOWN_NAME_LINKS
    places = [i for i in members if _type(items[i]) == "LOC"]
    by_key = {name_key(items[i].name): i for i in places}
    towns: dict[str, list[int]] = defaultdict(list)
    for index in places:
        parts = name_key(items[index].name).split("-")
        cut = next((k for k in range(1, len(parts) - 1) if parts[k] in links), None)
        if cut is not None and len("-".join(parts[:cut])) >= 4:
            towns["-".join(parts[:cut])].append(index)
    for short, found in towns.items():
        if len(found) == 1 and short in by_key:
            joined.union(by_key[short], found[0])


def _piece_of_compound(short: str, long: str, lang: str = "fr") -> bool:
    """Whether ``short``'s words are only part of a hyphenated name within ``long``: ``Roussillon`` is
    another town than ``Le Péage-de-Roussillon``, the ``UE`` no short form of ``UE-Turquie``; a hyphenated
    name whole is (``Croissant-Rouge`` of ``Croissant-Rouge turc``), and so is one written with a space
    (``Tel Aviv`` / ``Tel-Aviv``). A particle is no part (``Deir el-Balah`` / ``Deir al-Balah``)."""
    particles = _particles(lang)
    short_words = set(name_key(short).replace("-", " ").split())
    for token in name_key(long).split():
        parts = set(token.split("-")) - particles
        if len(parts) > 1 and short_words & parts and not parts <= short_words:
            return True
    return False


def _cognate_translation(one: _Shape, other: _Shape) -> bool:
    """Whether two names of one kind of body, in one story, are the same name in two languages whose words
    are cognates that part after their first letters (``Service national de géologie et des mines`` /
    ``Servicio Nacional de Geología y Minería`` / ``National Geology and Mining Service``: ``min``,
    ``minería``, ``mining``): a head noun of one kind, no two countries, as many distinctive words (two or
    more), one of them the same, each of the others sharing its first three letters with one of the other's."""
    if not one.head or one.head != other.head or len(one.stems) != len(other.stems) or len(one.stems) < 2:
        return False
    if one.countries != other.countries:
        return False
    common = one.stems & other.stems
    if not common:
        return False
    # (``y`` for ``i``, as the name key reads it: ``hydrologie`` / ``hidrología``)
    rest = sorted(stem.replace("y", "i") for stem in one.stems - common)
    others = sorted(stem.replace("y", "i") for stem in other.stems - common)
    return all(len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3] for a, b in zip(rest, others, strict=True)) and len(
        {a[:3] for a in rest}
    ) == len(rest)


def _cognate_short_form(short: _Shape, long: _Shape, loosely: bool = False) -> bool:
    """Whether ``short`` is a shorter translation of the foreign body ``long`` names, in one story, each of its
    words a cognate of one of the longer's: outlets translate a foreign body's name each their way, one word
    for word, one in fewer words (``Institut de veille hydrométéorologique`` / ``Institut de veille
    météorologique et hydrologique``; ``Office des forêts et des mines`` / ``Office des forêts et de
    l'exploitation minière``). The same head noun, level and countries, two distinctive words or more, one of
    them the same, each of the others beginning as one of the longer's (its first three letters, as
    :func:`_cognate_translation` reads cognates: ``min`` / ``minier``), and half the longer's words at least,
    as for a short form. Not a ministry: its portfolios are its name in every language (:func:`_short_form`).

    ``loosely``: a head noun of one kind is enough (``Servicio`` / ``Service``), to tell whether two of a name's
    translations may be one body."""
    if not short.head_word or short.head == "ministry":
        return False
    if short.head_word != long.head_word and not (loosely and short.head == long.head):
        return False
    if short.countries != long.countries or short.levels != long.levels:
        return False
    if not 2 <= len(short.stems) < len(long.stems) or 2 * len(short.stems) < len(long.stems):
        return False
    common = short.stems & long.stems
    if not common:
        return False
    rest = [s.replace("y", "i") for s in short.stems - common]
    others = [s.replace("y", "i") for s in long.stems - common]

    matched = {next((b for b in others if len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]), None) for a in rest}
    return None not in matched and len(matched) == len(rest)


def _torn(shape: _Shape, candidates: list[_Shape]) -> bool:
    """Whether a name without a country has namesakes (same distinctive words) of two countries.

    Namesakes with the name's own head noun speak first: a ``ministère de la Protection civile`` in a
    story of the Greek ministry and of the Italian ``Protection civile`` is the ministry, not torn."""
    namesakes = [c for c in candidates if c.stems == shape.stems]
    if shape.head_word:
        headed = {c.countries for c in namesakes if c.head_word == shape.head_word} - {frozenset()}
        if len(headed) == 1:
            return False
    return len({c.countries for c in namesakes} - {frozenset()}) > 1


def _join_compound_acronyms(items: list[_Local], members: list[int], joined: _UnionFind) -> None:
    """An acronym joins the one-word name of the story it abbreviates syllable by syllable (``TCO`` for
    ``Tengizchevroil``): same first letter, the others in order within the word, and no other such name
    in the story. A one-word name has no initials to match, which is why this needs the story."""
    words_of_story = [
        i
        for i in members
        if _type(items[i]) != "PER"
        and not _ACRONYM.match(items[i].name)
        and " " not in items[i].name.strip()
        and len(items[i].name) > 5
    ]
    for index in members:
        acronym = items[index].name
        if not _ACRONYM.match(acronym) or len(acronym) < 3 or not acronym.isalpha():
            continue
        letters = acronym.lower()
        found = [i for i in words_of_story if _abbreviates(letters, fold(items[i].name))]
        if len(found) == 1:
            joined.union(index, found[0])


def _abbreviates(letters: str, word: str) -> bool:
    """Whether ``word`` starts with ``letters[0]`` and holds the other letters in order after it."""
    if not word.startswith(letters[0]):
        return False
    position = 1
    for letter in letters[1:]:
        position = word.find(letter, position) + 1
        if position == 0:
            return False
    return True


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
        seen: set[str] = set()  # ``documents`` as a set: a big story's entities are in ~1 000 articles
        for member in members:
            types.update(member.types)
            surfaces.update(member.surfaces)
            for doc in member.documents:
                if doc not in seen:
                    seen.add(doc)
                    documents.append(doc)
        # The entity's name: the longest canonical name that is not an acronym, else the commonest.
        names = [m.name for m in members if not _ACRONYM.match(m.name)] or [m.name for m in members]
        name = max(names, key=lambda n: (len(n.split()), surfaces[n], n))
        kind = types.most_common(1)[0][0]
        aliases = set(surfaces) | {m.name for m in members}
        if kind == "PER" and all(" " not in alias for alias in aliases) and _big_city(name):
            kind = "LOC"  # ``Washington surveillerait…``: a capital speaking for its government
        if kind == "PER":  # a person is also known by the surname of each full form of the name
            aliases |= {
                surname for alias in aliases if " " in alias and surname_owners[(surname := alias.split()[-1])] <= 1
            }
        result.append(
            DossierEntity(
                name=name,
                type=kind,  # type: ignore[arg-type]
                aliases=sorted(aliases),
                documents=documents,
                mentions=sum(types.values()),
            )
        )
    result.sort(key=lambda e: (-e.mentions, e.name))
    return result
