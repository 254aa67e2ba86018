"""ACLED-style events of a story, proposed from its sentences and its reconciled claim groups.

ACLED codes one row per event type, location and day. recoupe proposes those rows the way a coder reads
the articles, with every field traceable to a sentence:

1. **Not coded**: a story whose sentences speak more of a disaster or an accident (``séisme``, ``collision``)
   than of demonstrations or violence yields only its demonstrations (the victims' relatives blocking a road),
   without fatalities or arrests, as ACLED codes those and not the disaster; nor do the
   explosions of a story that sets them in a factory or a gas pipe and names nothing deliberate.
2. **Evidence**: each sentence that names a day (a ``DATE``/``TIME`` expression resolved to a day; a night
   "de X à Y" is dated X by the time extractor) and carries event cues (``lang/<code>/events.py``, quoted
   speech blanked) is evidence of an event type for each place of the story's country it names. An
   undated sentence is background ("les émeutes ont commencé comme des manifestations") and codes nothing,
   unless it goes on with the last dated event of its paragraph or the one before ("En fin de parcours, des
   heurts ont opposé…", "Deux personnes ont été interpellées", after a march): it takes that day. A sentence
   naming a day after the article's own announces an event ("a fixé au 4 juin la prochaine journée").
3. **Places**: resolved by the gazetteer (:mod:`recoupe.link.places`); a region named beside a town in it,
   or the country named beside either, is dropped (ACLED keeps the most precise place). A sentence that
   names no place of the story's country is placed, for demonstrations, in the town its own article is about
   (a regional daily's march), else where that day's located evidence is, if at one place, else at the
   story's main place of unrest or the town its articles name most; other events likewise without the first
   and last steps; else at the capital with geo precision 3 (ACLED's convention for national reports). A
   town that ends a club's or a body's name (``l'Espérance de Tunis``) places nothing.
4. **Aggregation**: evidence of one place, day and family (demonstrations — protests and riots — or each
   other type) is one event. A sentence covering several days ("les émeutes des 4 et 5 janvier") is weaker
   than one about a single day and decides the type only where nothing better exists. The type is the
   gravest *act* described (a riot act — looting, arson, rioters — makes Riots; force on protesters makes a
   protest "with intervention"); when the only disagreement is the *label* (one outlet says "émeutes",
   another "manifestations", and no violent act is described), the milder label is kept, as ACLED keeps
   the conservative reading.
5. **Fatalities**: each ``killed`` claim group gives its conservative figure (ACLED's rule) to the one
   violent event its reports' sentences tie it to — the event built from the same sentence, else the
   latest violent event at the sentence's place on or before the report — never divided; a total that the
   story's other groups already cover is not added again.
6. **Arrests**: an ``arrested`` group becomes a "Strategic developments / Arrests" event (at its place, or
   the capital with geo precision 3; dated by its first report, time precision 2) unless it belongs to a
   day of demonstrations, where ACLED counts arrests as the police's intervention in that demonstration, or
   to the day of another of the story's events (the aftermath of a clash). A subset of arrests ("dont 21
   placées en garde à vue") or the number still held is no arrest of its own.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from types import ModuleType
from typing import Any

from recoupe.lang import get_language
from recoupe.link.memo import PerArticle
from recoupe.link.places import Place, gazetteer
from recoupe.link.text import fold, sentences
from recoupe.model import Article, ClaimGroup, ClaimReport, DocumentAnalysis, Entity, Timex

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: How long before its article a day is history recalled rather than news (ACLED codes events as reported).
_RECALLED_AFTER = dt.timedelta(days=365)
#: Start years of the governments ACLED names state forces by ("Police Forces of Kazakhstan (2019-)").
#: A country missing here is named without a period, which ACLED-aware readers (and the scorer) accept.
GOVERNMENT_SINCE: dict[str, int] = {
    "KZ": 2019,
    "RU": 2000,
    "FR": 2017,
    "US": 2025,
    "GB": 2024,
    "DE": 2021,
    "TR": 2003,
    "UA": 2019,
    "BY": 1994,
    "AM": 2018,
    "KG": 2020,
    "TJ": 1994,
    "IR": 2024,
    "IL": 2022,
    "MA": 1999,
    "DZ": 2019,
    "TN": 2021,
    "SN": 2024,
    "ML": 2021,
    "BF": 2022,
    "NE": 2023,
    "CN": 2012,
    "IN": 2014,
    "BR": 2023,
    "ES": 2018,
    "IT": 2022,
}
#: Territories whose police and army are another state's: ACLED names the forces in New Caledonia "Police Forces
#: of France (2017-)" (the protesters stay "Protesters (New Caledonia)"). Territory code → the state's code (its
#: name is the gazetteer's, as ACLED writes it).
FORCES_OF: dict[str, str] = {
    "NC": "FR",
    "PF": "FR",
    "WF": "FR",
    "PM": "FR",
    "PR": "US",
    "GU": "US",
    "GL": "DK",
    "FO": "DK",
}
#: Countries whose state forces ACLED names with an article: "Military Forces of the Democratic Republic of
#: Congo", "Police Forces of the United States" (but "Protesters (United States)").
STATE_OF_THE = frozenset({"CD", "CG", "US", "GB", "CF", "PH", "NL", "AE", "DO", "CZ", "BS", "KM", "MV", "SB"})
#: ACLED's actor types, numbered as in its ``inter1``/``inter2`` columns.
INTER = {
    "state": 1,
    "rebels": 2,
    "militia": 3,
    "identity": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
INTER_NAMES = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
#: Remote violence only armies wage (drones, missiles, artillery): a foreign army named is its actor 1.
REMOTE_BY_ARMIES = ("Air/drone strike", "Shelling/artillery/missile attack")
#: Remote violence whose actor, when no armed group is named, is the country's own air force.
AIR_STRIKE = "Air/drone strike"
#: The event types counted as violent: only they receive fatalities.
VIOLENT = ("Riots", "Battles", "Explosions/Remote violence", "Violence against civilians")
#: The demonstration types: a crowd's events, which a disaster's story may hold (see :func:`_a_disaster_s_toll`).
UNREST_TYPES = ("Protests", "Riots")
#: Gravity of each (type, sub-type) within the demonstrations family.
_GRAVITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 3,
    "Violent demonstration": 2,
    "Mob violence": 2,
}
#: ACLED's sub-event type (and recoupe's family) of armed men's looting or burning of property.
LOOTING = "Looting/property destruction"
_QUOTE_CHARS = '«»“”"'


@dataclass(slots=True)
class Evidence:
    """A sentence an event was coded from: article and code-point offsets (``text`` is the sentence)."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class AcledEvent:
    """One proposed ACLED row, with the sentences behind it.

    Field names are ACLED's; ``evidence`` and ``documents`` are recoupe's (exported after ACLED's columns).
    ``fatality_groups`` are the claim groups whose conservative figures make ``fatalities``.
    """

    event_id_cnty: str
    story: str
    event_date: str
    year: int
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: int
    actor2: str
    inter2: int
    interaction: str
    civilian_targeting: str
    iso: str
    country: str
    admin1: str
    location: str
    latitude: float
    longitude: float
    geo_precision: int
    source: str
    notes: str
    fatalities: int
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    fatality_groups: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Cues:
    """What one sentence says, as flags (see ``lang/<code>/events.py``); frozen, as one sentence's cues are
    remembered and shared by every view of its story (:func:`_cues`)."""

    protest: bool = False
    intervention: bool = False
    excessive: bool = False
    riot_act: bool = False
    looting_only: bool = False  # the only riot act is looting (``les pillages se sont poursuivis``)
    riot_label: bool = False
    mob: bool = False
    battle: bool = False
    clash: bool = False
    armed: bool = False  # armed men act (``des hommes armés ont pris d'assaut``)
    assault: bool = False  # a police station stormed
    explosion: str = ""
    civilians: str = ""
    deployment: bool = False
    agreement: bool = False
    arrest: bool = False
    police: bool = False
    military: bool = False
    organisation: str = ""
    armed_group: str = ""
    claimed: bool = False
    foreign: tuple[str, ...] = ()
    neighbourhood: bool = False  # told in a town's neighbourhood (``dans le quartier de …``), a part of a town
    killed: bool = False  # people killed (``au moins 27 morts``)

    def kind(self) -> tuple[str, str, str] | None:
        """``(family, event_type, sub_event_type)`` of the sentence, gravest first; ``None``: no event."""
        if self.explosion:
            return "Explosions/Remote violence", "Explosions/Remote violence", self.explosion
        armed_only = self.armed and not self.protest  # armed men's storming or looting is no riot
        fighting = self.battle or (self.clash and self.military and not self.police) or (self.assault and armed_only)
        if fighting and (armed_only or not (self.protest or self.riot_act)):
            return "Battles", "Battles", "Armed clash"
        if self.civilians and (armed_only or not (self.protest or self.riot_act or self.riot_label)):
            return "Violence against civilians", "Violence against civilians", self.civilians
        if armed_only and self.riot_act and self.killed and not self.looting_only:
            # "27 morts, lorsque des hommes lourdement armés ont pris d'assaut les quartiers": an attack on the people
            return "Violence against civilians", "Violence against civilians", "Attack"
        if armed_only and self.riot_act:
            return LOOTING, "Strategic developments", LOOTING
        if self.mob:
            return "unrest", "Riots", "Mob violence"
        if self.riot_act or self.riot_label or self.protest:
            if self.riot_act:
                return "unrest", "Riots", "Violent demonstration"
            if self.protest and self.excessive:
                return "unrest", "Protests", "Excessive force against protesters"
            if self.protest and self.intervention:
                return "unrest", "Protests", "Protest with intervention"
            if self.protest:
                return "unrest", "Protests", "Peaceful protest"
            return "unrest", "Riots", "Violent demonstration"
        if self.deployment:
            return "Change to group/activity", "Strategic developments", "Change to group/activity"
        if self.agreement:
            return "Agreement", "Strategic developments", "Agreement"
        return None


@dataclass
class _Item:
    """One piece of evidence for one place and day."""

    day: str
    place: Place | None
    cues: _Cues
    kind: tuple[str, str, str]
    evidence: Evidence
    span: bool  # the sentence covers several days
    outlet: str
    nth: int = 0  # the unrest's n-th night or day, counted from its first (0: the day is told)
    doc: str = ""
    #: the only day the sentence gives is the day a source spoke ("a précisé vendredi le ministre")
    reported: bool = False


@lru_cache(maxsize=8)
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    data: ModuleType = get_language(lang).data("events")

    def union(items: Sequence[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(items) + r")(?![\w-])")

    table = {
        name: union(getattr(data, name))
        for name in (
            "PROTEST",
            "INTERVENTION",
            "EXCESSIVE_FORCE",
            "RIOT_ACTS",
            "RIOT_LABEL",
            "MOB",
            "BATTLE",
            "DEPLOYMENT",
            "AGREEMENT",
            "ARREST",
            "NOT_CODED",
            "AFTERMATH",
            "POLICE",
            "MILITARY",
            "STATE_ATTACKS",
        )
    }
    if clash := getattr(data, "CLASH", ()):
        table["CLASH"] = union(clash)
    for optional in ("ARMED_MEN", "POLICE_POST_ASSAULT", "LOOTING"):
        if words := getattr(data, optional, ()):
            table[optional] = union(words)
    for name in ("EXPLOSION", "VIOLENCE_AGAINST_CIVILIANS"):
        for n, (pattern, sub) in enumerate(getattr(data, name)):
            table[f"{name}:{n}:{sub}"] = union([pattern])
    for n, (pattern, actor) in enumerate(data.ORGANISATIONS):
        table[f"ORG:{n}:{actor}"] = union([pattern])
    for n, (pattern, actor) in enumerate(getattr(data, "ARMED_GROUPS", ())):
        table[f"GROUP:{n}:{actor}"] = union([pattern])
    return table


@lru_cache(maxsize=1 << 15)
def _cues(text: str, lang: str) -> _Cues:
    """The sentence's cues; remembered, as a story's sentences are read again at every add into it."""
    patterns = _patterns(lang)
    folded = fold(text)
    if (recalled := _optional_pattern(lang, "RECALLED_EVENT")) is not None:  # "deux jours après les manifestations"
        folded = recalled.sub(lambda m: " " * len(m.group()), folded)
    if (called := _optional_pattern(lang, "CALLED_EVENT")) is not None:  # "appellent à de grands rassemblements"
        folded = called.sub(lambda m: " " * len(m.group()), folded)
    acts_text = folded  # "la présence de « casseurs »": a label, no act
    if (quoted := _optional_pattern(lang, "SCARE_QUOTED")) is not None:
        acts_text = quoted.sub(lambda m: " " * len(m.group()), folded)
    if (fire := _optional_pattern(lang, "FIRE_NOUN")) is not None and len(text) == len(folded):
        acts_text = _blank(acts_text, [m.span() for m in fire.finditer(text)])  # "un second incendie", a noun
    found: dict[str, str] = {}  # the first value of each family of several patterns
    for key, pattern in patterns.items():
        if ":" not in key:
            continue
        family, _, value = key.split(":", 2)
        if family not in found and pattern.search(folded):
            found[family] = value
    nationalities = get_language(lang).data("events").NATIONALITIES
    protest_text = folded
    if (gathering := _optional_pattern(lang, "GATHERING_NOT_PROTEST")) is not None:  # "des pèlerins rassemblés"
        protest_text = gathering.sub(lambda m: " " * len(m.group()), folded)
    if (named := _optional_pattern(lang, "NAMED_GATHERING")) is not None and len(text) == len(folded):
        protest_text = _blank(protest_text, [m.span() for m in named.finditer(text)])  # "du Rassemblement national"
    riot_act = bool(patterns["RIOT_ACTS"].search(acts_text))
    return _Cues(
        protest=bool(patterns["PROTEST"].search(protest_text)),
        intervention=bool(patterns["INTERVENTION"].search(folded)),
        excessive=bool(patterns["EXCESSIVE_FORCE"].search(folded)),
        riot_act=riot_act,
        looting_only=riot_act and _looting_only(acts_text, patterns),
        riot_label=bool(patterns["RIOT_LABEL"].search(folded)),
        mob=bool(patterns["MOB"].search(acts_text)),
        battle=bool(patterns["BATTLE"].search(folded)),
        clash="CLASH" in patterns and bool(patterns["CLASH"].search(folded)),
        armed="ARMED_MEN" in patterns and bool(patterns["ARMED_MEN"].search(folded)),
        assault="POLICE_POST_ASSAULT" in patterns and bool(patterns["POLICE_POST_ASSAULT"].search(folded)),
        deployment=bool(patterns["DEPLOYMENT"].search(folded)),
        agreement=bool(patterns["AGREEMENT"].search(folded)),
        arrest=bool(patterns["ARREST"].search(folded)),
        police=bool(patterns["POLICE"].search(folded)),
        military=bool(patterns["MILITARY"].search(folded)),
        explosion=found.get("EXPLOSION", ""),
        civilians=found.get("VIOLENCE_AGAINST_CIVILIANS", ""),
        organisation=found.get("ORG", ""),
        armed_group=found.get("GROUP", "") or _named_armed_group(text, lang),
        claimed=(claimed := _optional_pattern(lang, "CLAIMED_BY")) is not None and bool(claimed.search(folded)),
        neighbourhood=_says(lang, "IN_A_NEIGHBOURHOOD", text),
        killed=_says(lang, "KILLED", text),
        # a plain containment test first: most sentences name no nationality, and a regex per word is slow
        foreign=tuple(
            code for word, code in nationalities.items() if word in folded and re.search(rf"\b{word}\b", folded)
        ),
    )


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces, offsets kept."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _looting_only(acts_text: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether looting is the only riot act of a sentence (folded, labels blanked): after a disaster that is
    a crime ACLED does not code, where burning or stoning is a riot."""
    looting = patterns.get("LOOTING")
    if looting is None or not looting.search(acts_text):
        return False
    return not patterns["RIOT_ACTS"].search(looting.sub(lambda m: " " * len(m.group()), acts_text))


def _named_armed_group(text: str, lang: str) -> str:
    """The gang or militia a sentence names by what it is (``le gang Gran Mapou``): ACLED names such a group as
    it calls itself, where a list of known groups can never hold every gang; ``""`` when it names none."""
    pattern = _optional_pattern(lang, "NAMED_ARMED_GROUP")
    found = pattern.search(text) if pattern is not None else None
    return found.group("name") if found is not None else ""


@lru_cache(maxsize=64)
def _optional_pattern(lang: str, name: str) -> re.Pattern[str] | None:
    """The language's optional events regex ``name`` (``REPORTED_DAY``, ``NTH_NIGHT``…), compiled once; ``None``
    when the language has none, and the rule it serves does not apply."""
    pattern: str | None = getattr(get_language(lang).data("events"), name, None)
    return re.compile(pattern) if pattern else None


def _says(lang: str, name: str, text: str, *, whole: bool = False) -> bool:
    """Whether the language's optional events regex ``name`` finds its words in ``text``, folded (from its
    start with ``whole``): ``False`` when the language has no such regex."""
    pattern = _optional_pattern(lang, name)
    if pattern is None:
        return False
    folded = fold(text)
    return (pattern.match(folded) if whole else pattern.search(folded)) is not None


def _nth_night(text: str, lang: str) -> int:
    """The n-th night or day of an unrest the sentence tells of (``la deuxième nuit d'émeutes``: 2), or 0."""
    pattern = _optional_pattern(lang, "NTH_NIGHT")
    found = pattern.search(fold(text)) if pattern is not None else None
    return int(get_language(lang).data("events").ORDINALS.get(found.group("n"), 0)) if found else 0


def _neighbourhood(text: str, sentence_start: int, name_start: int, lang: str) -> bool:
    """Whether the place named at ``name_start`` is a neighbourhood (``les quartiers de Magenta``): the event
    is placed where the article's town is, as ACLED places it; or only a direction (``la route de Gao``),
    which places nothing."""
    before = fold(text[max(sentence_start, name_start - 60) : name_start])
    return any(
        (pattern := _optional_pattern(lang, name)) is not None and pattern.search(before) is not None
        for name in ("NEIGHBOURHOOD", "DIRECTION_TO_PLACE")
    )


def _inside_a_name(text: str, sentence_start: int, name_start: int, lang: str) -> bool:
    """Whether the place named at ``name_start`` ends the name of a club or a body (``l'Espérance de Tunis``,
    ``l'Olympique de Marseille``): that name says nothing of where the event took place."""
    pattern = _optional_pattern(lang, "NAME_BEFORE_PLACE")
    if pattern is None:
        return False
    found = pattern.search(text[max(sentence_start, name_start - 40) : name_start])
    return found is not None and max(sentence_start, name_start - 40) + found.start() > sentence_start


def _anchored_on_an_event(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the time expression at ``start:end`` is a day told from another event (``au lendemain d'une
    manifestation``): the time extractor gives it the day after the reference day, not a reported one."""
    return _says(lang, "EVENT_ANCHORED_DAY", text[start : end + 4])


@lru_cache(maxsize=4096)
def _since(text: str, lang: str) -> bool:
    """Whether a time expression starts a period (``depuis lundi``, ``depuis octobre 2000``): the day a state
    began (``le barrage installé depuis lundi``, ``arrêtées depuis mercredi``), a tally's start or a
    comparison (``la plus grande mobilisation depuis octobre 2000``), never the day of an event the sentence
    reports; the sentence is dated as if it named no day."""
    return _says(lang, "SINCE_DAY", text, whole=True)


def _writing_day_after_event(text: str, value: str, published: str | None, lang: str) -> bool:
    """Whether a time expression is a count after an event that names the day of writing (``Cette annonce
    intervient deux jours après l'assaut``): the lead's now, no event's day; the sentence is dated as if it
    named no day."""
    return published is not None and value[:10] == published[:10] and _says(lang, "COUNT_AFTER_EVENT", text, whole=True)


def _since_before(text: str, start: int, lang: str) -> bool:
    """Whether the words right before a time expression close a comparison (``la plus grande foule qu'ait connue
    le pays depuis |octobre 2000|``): the time tagger left ``depuis`` out of the expression, which still dates no
    event (:func:`_since`). A habit's start (``a multiplié les massacres depuis 2022``) stays background."""
    pattern = _optional_pattern(lang, "SINCE_BEFORE")
    return pattern is not None and pattern.search(fold(text[max(0, start - 100) : start])) is not None


def _tally_spans(text: str, days_at: Sequence[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The spans (sentence offsets) of the clauses that tally people since a start, with the clauses going on
    with them up to one that names a day of its own.

    ``… qui fait aussi état de 160 blessés et de 21 personnes enlevées depuis le 18 juin``, ``… a recensé 27 morts
    depuis lundi, dont quatre mineurs, et 45 personnes enlevées``: the people of every day since, no event of
    the sentence's own day or place. Their words are no cue and their days no event's day; the clause that
    names a day of its own (``dont onze pour la seule journée de mardi``, ``a indiqué jeudi le Bureau``) stays.
    A state since a day counts no one (``qui bloquent l'usine depuis lundi``) and is no tally; a tally a colon
    breaks down by place is kept (each place's event), and arrests counted since a start stay the intervention
    they tell.

    Args:
        text: the sentence.
        days_at: the spans (sentence offsets) of the days the sentence names.
        lang: its language.
    """
    start_words, count, breaks = (
        _optional_pattern(lang, n) for n in ("SINCE_A_START", "TALLY_COUNT", "TALLY_CLAUSE_BREAK")
    )
    folded = fold(text)
    if start_words is None or count is None or breaks is None or len(folded) != len(text):
        return []
    ends = _optional_pattern(lang, "TALLY_END")
    stop = next((m.start() for m in ends.finditer(folded)), len(text)) if ends is not None else len(text)
    cuts = [(m.start(), m.end()) for m in breaks.finditer(folded) if m.end() <= stop] + [(stop, stop)]
    spans: list[tuple[int, int]] = []
    for found in start_words.finditer(folded[:stop]):
        clause = max((b for a, b in cuts if b <= found.start()), default=0)
        if not count.search(folded[clause : found.start()]) or _says(
            lang, "TALLY_OF_ARRESTS", text[clause : found.start()]
        ):
            continue
        end = next(i for i, (a, _) in enumerate(cuts) if a >= found.end())
        while end + 1 < len(cuts) and not _a_day_of_its_own(text, (cuts[end][1], cuts[end + 1][0]), days_at):
            end += 1  # ``, dont quatre mineurs``, ``et de 45 personnes enlevées``, the start's date: the tally goes on
        if cuts[end][0] == stop < len(text):
            continue  # ``: deux à Ouanaminthe, une à Fort-Liberté``: broken down by place, each one's event
        spans.append((clause, cuts[end][0]))
    return spans


def _statement_count_spans(text: str, days_at: Sequence[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The spans (sentence offsets) of a source's count (``le ministre a fait état de six morts et de 276
    interpellations``, ``le ministère a compté mardi 6 100 manifestants``), from the speech verb to the end of the
    clauses going on with it (``, dont six policiers``, ``et 1 187 personnes arrêtées depuis le 4 novembre``), up
    to one that names a day of its own or the event the count is of (``lors des heurts de mardi``).

    A statement whose counted people are its object (the dead, the arrested, the protesters) is the toll or the
    crowd of events told elsewhere: ACLED codes the events, not the day an official gave the figure, and a
    national count places nothing. Its words are no cue; the rest of the sentence is read as before. A count placed
    in a town (``a compté 50 000 manifestants à Tours``) is that town's march and stays.
    """
    pattern, stop_words, breaks = (
        _optional_pattern(lang, n) for n in ("STATEMENT_COUNT", "STATEMENT_COUNT_STOP", "TALLY_CLAUSE_BREAK")
    )
    folded = fold(text)
    if pattern is None or stop_words is None or breaks is None or len(folded) != len(text):
        return []
    town = _optional_pattern(lang, "STATEMENT_COUNT_TOWN")
    since = _optional_pattern(lang, "SINCE_A_START")
    starts = [m.span() for m in since.finditer(folded)] if since is not None else []
    # a start (``depuis le 4 novembre``) dates what is counted since, no day of the clause's own
    own_days = [(a, b) for a, b in days_at if not any(s <= a < e or a <= s < b for s, e in starts)]
    spans: list[tuple[int, int]] = []
    for found in pattern.finditer(folded):
        stop = next((m.start() for m in stop_words.finditer(folded, found.end())), len(text))
        cuts = [(m.start(), m.end()) for m in breaks.finditer(folded, found.end()) if m.end() <= stop]
        cuts.append((stop, stop))
        end = 0
        while end + 1 < len(cuts) and not _a_day_of_its_own(text, (cuts[end][1], cuts[end + 1][0]), own_days):
            end += 1
        if town is not None and town.search(text[found.start() : cuts[end][0]]):
            continue  # "a compté 50 000 manifestants à Tours": that town's march
        spans.append((found.start(), cuts[end][0]))
    return spans


def _range_tally_spans(text: str, days_at: Sequence[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The spans (sentence offsets) of the clauses that count a toll over a range of days, with the clauses
    going on with them up to one that names a day of its own.

    ``… a arrêté le bilan des émeutes, du 5 au 12 mai, à 19 morts``, ``Du 2 au 9 mars, les violences ont fait
    14 morts``, ``L'ONG a recensé 27 morts entre le 3 et le 10 avril``: the dead of a period, no event of its
    first or last day (the days are each told elsewhere). A range set apart by commas goes with the clauses on
    either side of it, where the toll's noun and count are. A range with no toll (``ont manifesté du 3 au 5
    mai``, ``des milliers de personnes du 3 au 5 mai``, ``300 interpellations du 3 au 5 mai``) stays.
    """
    ranges, toll, count, breaks = (
        _optional_pattern(lang, n) for n in ("DAY_RANGE", "RANGE_TOLL", "TALLY_COUNT", "TALLY_CLAUSE_BREAK")
    )
    folded = fold(text)
    if ranges is None or toll is None or count is None or breaks is None or len(folded) != len(text):
        return []
    cuts = [(0, 0), *((m.start(), m.end()) for m in breaks.finditer(folded)), (len(text), len(text))]
    spans: list[tuple[int, int]] = []
    for found in ranges.finditer(folded):
        first = max(i for i, (_, b) in enumerate(cuts) if b <= found.start())
        last = min(i for i, (a, _) in enumerate(cuts) if a >= found.end())
        if not folded[cuts[first][1] : cuts[last][0]].replace(found.group(), "").strip(" ,;:.()-–—"):
            first, last = max(first - 1, 0), min(last + 1, len(cuts) - 1)  # ", du 18 au 25 mai,": the clauses around
        while last + 1 < len(cuts) and not _a_day_of_its_own(text, (cuts[last][1], cuts[last + 1][0]), days_at):
            last += 1  # ``, dont quatre mineurs``, ``et 361 blessés``: the toll goes on
        span = (cuts[first][1], cuts[last][0])
        words = folded[span[0] : span[1]].replace(found.group(), " ")
        if toll.search(words) and count.search(words):
            spans.append(span)
    return spans


def _a_day_of_its_own(text: str, clause: tuple[int, int], days_at: Sequence[tuple[int, int]]) -> bool:
    """Whether a clause names a day and more than it (``dont onze pour la seule journée de mardi``): a clause of
    its own day, where a tally before it stops. A clause that is only a date (``depuis le début du mouvement,
    le 16 juin``) dates the start and goes with the tally."""
    days = [(a - clause[0], b - clause[0]) for a, b in days_at if clause[0] <= a < clause[1]]
    return bool(days) and bool(_blank(text[clause[0] : clause[1]], days).strip(" ,;:.()-–—\n"))


@lru_cache(maxsize=4096)
def _part_of_day_only(text: str, lang: str) -> bool:
    """Whether a time expression is only a part of the day (``en pleine matinée``): it names no day of its
    own, and the day the time extractor gave it may be the day a source spoke, not the event's."""
    return _says(lang, "PART_OF_DAY_ONLY", text, whole=True)


def _dateline(article: Article, analysis: DocumentAnalysis, lang: str) -> tuple[int, int]:
    """Where the article's dateline is (``LAGOS, 9 juin 2026 (AFP) -``), as offsets, or ``(0, 0)``: its day is
    when the dispatch was filed and its town where, not an event's day or place."""
    before = _optional_pattern(lang, "DATELINE_BEFORE")
    after = _optional_pattern(lang, "DATELINE_AFTER")
    if before is None or after is None:
        return 0, 0
    for timex in analysis.timexes:
        line_start = article.text.rfind("\n", 0, timex.start) + 1
        if line_start < article.body_start or timex.type != "DATE":
            continue
        if before.search(article.text[line_start : timex.start]) and (end := after.match(article.text, timex.end)):
            return line_start, end.end()
    return 0, 0


def _day_after(name: str, text: str, sentence_start: int, day_start: int, lang: str) -> bool:
    """Whether the sentence's text up to the day at ``day_start`` ends as the language's events regex ``name``
    says, making the day no event's:

    - ``REPORTED_DAY``: the day a source spoke (``ont indiqué lundi des sources``), not the day of what it
      reports;
    - ``LATER_DEATH_DAY``: the day of a later death (``un blessé ayant succombé mercredi``), not the day of the
      violence;
    - ``COMPARED_DAY``: the day of a figure the sentence compares with (``contre 480 000 une semaine plus
      tôt``): that march is recalled, not reported.
    """
    return _says(lang, name, text[sentence_start:day_start])


def _spoken_day(text: str, sentence_start: int, day_start: int, lang: str) -> bool:
    """Whether the day at ``day_start`` is when a source spoke (``REPORTED_DAY``: ``a indiqué lundi``) or a
    statement was issued or a count revised (``ISSUED_DAY``: ``un communiqué lu samedi``), not an event's."""
    return _day_after("REPORTED_DAY", text, sentence_start, day_start, lang) or _day_after(
        "ISSUED_DAY", text, sentence_start, day_start, lang
    )


@lru_cache(maxsize=4096)
def _same_day_anaphor(text: str, lang: str) -> bool:
    """Whether a time expression points back to the day just told (``ce jour-là``, ``la même nuit``): the time
    extractor dates it from the last day the text named, which may be a later day named on the way (a release,
    a source's day), where the words mean the day of the event the sentence before told of."""
    return _says(lang, "SAME_DAY_ANAPHOR", text.strip(), whole=True)


def _died_during(text: str, day_end: int, sentence_end: int, lang: str) -> bool:
    """Whether the death told before a day happened in the violence the sentence names next (``est mort
    samedi soir lors de violences``): then the day is the violence's, not a later death's."""
    return _says(lang, "DIED_DURING", text[day_end:sentence_end])


def _blank_quotes(text: str, start: int, end: int, analysis: DocumentAnalysis) -> str:
    """The sentence with quoted speech (direct quotes) replaced by spaces, offsets kept."""
    chars = list(text[start:end])
    for quote in analysis.quotes:
        if quote.kind != "direct" or quote.end <= start or quote.start >= end:
            continue
        for i in range(max(quote.start, start), min(quote.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def codable(pairs: Sequence[tuple[Article, DocumentAnalysis]]) -> bool:
    """Whether ACLED would code this story's violence and developments: not when disaster or accident words
    outnumber the words of demonstrations and political violence (an earthquake story mentioning a protest of
    survivors, of which only the protest is coded). In a story whose explosions are an accident (a firedamp
    blast in a pit, a chemical plant blowing up: :func:`_accidental_blasts`), the word ``explosion`` is the
    accident's, not a bomb's."""
    disaster = conflict = 0
    accidental = _accidental_blasts(pairs)
    for article, analysis in pairs:
        article_disaster, article_conflict, blasts = _cue_counts(
            article.text[article.body_start :], analysis.lang or "fr"
        )
        disaster += article_disaster + (blasts if accidental else 0)
        conflict += article_conflict - (blasts if accidental else 0)
    return not (disaster >= 2 and disaster >= conflict)


@lru_cache(maxsize=1 << 12)
def _cue_counts(body: str, lang: str) -> tuple[int, int, int]:
    """How many disaster words and conflict words a body holds, and how many of the latter are a plain blast's
    (``explosion``, with no bomb or device said); remembered, as a story's articles are counted again at every
    add into it."""
    patterns = _patterns(lang)
    folded = fold(body)
    disaster = len(patterns["NOT_CODED"].findall(folded))
    if (fire := _optional_pattern(lang, "FIRE_NOUN")) is not None and len(body) == len(folded):
        # "deux incendies font rage": a fire, no arson, and a disaster's word
        fires = [m.span() for m in fire.finditer(body)]
        folded = _blank(folded, fires)
        disaster += len(fires)
    if (gathering := _optional_pattern(lang, "GATHERING_NOT_PROTEST")) is not None:
        # "lors d'un rassemblement religieux", "des pèlerins rassemblés": no demonstration's word
        folded = gathering.sub(lambda m: " " * len(m.group()), folded)
    conflict = sum(
        len(pattern.findall(folded))
        for name, pattern in patterns.items()
        if name in ("PROTEST", "RIOT_ACTS", "RIOT_LABEL", "MOB", "BATTLE", "DEPLOYMENT")
        or name.startswith(("EXPLOSION:", "VIOLENCE_AGAINST_CIVILIANS:"))  # a drone strike's rubble is no quake's
    )
    blasts = sum(len(p.findall(folded)) for name, p in patterns.items() if name.endswith(f":{_GENERIC_BLAST}"))
    return disaster + (len(patterns["AFTERMATH"].findall(folded)) if disaster else 0), conflict, blasts


def _actor_of(kind: str, iso2: str, country: str) -> str:
    """ACLED's name of an actor of ``kind`` in a country: state forces named after the state (the sovereign's
    for a territory's, :data:`FORCES_OF`) and its government's start year, other actors after the country."""
    state_iso2 = FORCES_OF.get(iso2, iso2)
    state_name = country if state_iso2 == iso2 else gazetteer().countries[state_iso2]["name"]
    since = GOVERNMENT_SINCE.get(state_iso2)
    period = f" ({since}-)" if since else ""
    state = f"the {state_name}" if state_iso2 in STATE_OF_THE else state_name
    return {
        "police": f"Police Forces of {state}{period}",
        "military": f"Military Forces of {state}{period}",
        "protesters": f"Protesters ({country})",
        "rioters": f"Rioters ({country})",
        "civilians": f"Civilians ({country})",
        "unidentified": f"Unidentified Armed Group ({country})",
    }[kind]


def _interaction(inter1: int, inter2: int) -> str:
    """ACLED's interaction in words: ``Protesters only``, ``State forces-Protesters`` (lower code first)."""
    if not inter2:
        return f"{INTER_NAMES[inter1]} only"
    low, high = sorted((inter1, inter2))
    return f"{INTER_NAMES[low]}-{INTER_NAMES[high]}"


def _disorder(event_type: str) -> str:
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def code_events(
    story_id: str, pairs: Sequence[tuple[Article, DocumentAnalysis]], groups: Sequence[ClaimGroup]
) -> tuple[list[AcledEvent], list[tuple[Place, str, str, int, int]]]:
    """The story's ACLED events, and every place mention resolved (place, name, doc, start, end).

    Args:
        story_id: the story the events belong to.
        pairs: its articles and analyses.
        groups: its claim groups (fatalities and arrests come from them).
    """
    gaz = gazetteer()
    # -- places -----------------------------------------------------------------------------------------
    votes: Counter[str] = Counter()
    for article, analysis in pairs:
        votes.update(_VOTES.get((analysis,), None, partial(_votes, article.text, analysis)))
    home = votes.most_common(1)[0][0] if votes else None
    resolved: list[tuple[Place, str, str, int, int]] = []
    for article, analysis in pairs:
        resolved += _RESOLVED.get((article, analysis), home, partial(_resolved, article, analysis, home))
    if home is None:
        return [], resolved
    # a disaster or an accident is not coded, but the demonstrations it gives rise to are (the victims' relatives
    # blocking a road, marching against the authorities), as ACLED codes them
    demonstrations_only = not codable(pairs)
    capital = gaz.capital(home)
    places_at: dict[tuple[str, int], list[Place]] = defaultdict(list)
    for mentioned, _, doc, start, _end in resolved:
        places_at[(doc, start)].append(mentioned)
    places_in: dict[str, list[tuple[int, list[Place]]]] = defaultdict(list)  # each article's, in that order
    for (doc, start), found in places_at.items():
        places_in[doc].append((start, found))

    # -- evidence ---------------------------------------------------------------------------------------
    items: list[_Item] = []
    arrest_sentences: dict[tuple[str, int], tuple[str, ...]] = {}
    targeted_arrests: list[tuple[_Targeted, list[Place], str]] = []
    for article, analysis in pairs:
        lang = analysis.lang or "fr"
        outlet = article.outlet or analysis.outlet or article.id
        # (paragraph, days, nth, places, family) of the last dated event sentence
        running: tuple[int, list[str], int, list[Place], str] = (-1, [], 0, [], "")
        running_spoken = False  # the running days are only the day a source spoke
        running_set_at = -1  # where the sentence that last set the running days starts
        dateline = _dateline(article, analysis, lang)
        previous = current = -1  # the paragraphs (their starts) of the last event sentences: before, current
        before = this = (0, 0)  # the previous sentence's span, and this one's
        links = _link_lines(analysis)
        for start, end in sentences(article.text, article.body_start):
            if any(a <= start < b for a, b in links):
                continue  # "Lire aussi | Les enlèvements, arme de la peur": another article's headline
            before, this = this, (start, end)
            text = _blank_quotes(article.text, start, end, analysis)
            days_at = [(t.start - start, t.end - start) for t in analysis.timexes if start <= t.start < end]
            tallies = (
                _tally_spans(text, days_at, lang)
                + _range_tally_spans(text, days_at, lang)
                + _statement_count_spans(text, days_at, lang)
            )
            text = _blank(text, tallies)
            cues = _cues(text, lang)
            kind = cues.kind()
            said = [
                t
                for t in analysis.timexes
                if start <= t.start < end
                and t.type in ("DATE", "TIME")
                and t.value
                and not any(a <= t.start - start < b for a, b in tallies)
                and not _part_of_day_only(t.text, lang)
                and not _since(t.text, lang)
                and not _since_before(article.text, t.start, lang)
                and not _writing_day_after_event(t.text, t.value, analysis.published, lang)
            ]
            paragraph = paragraph_of(article.text, start)
            on_running = bool(running[1]) and running[0] in (paragraph, current if paragraph != current else previous)
            clock = [t for t in said if _clock_time(t.text, lang)]
            if clock and on_running:
                # "ont pris d'assaut la ville vers 4 heures du matin", after the day's lead: that day, that place
                said = [t for t in said if t not in clock]
            # each day the sentence names, and whether every mention of it is only when a source spoke or a
            # wounded person died later ("blessé mercredi …, mort dans la nuit de mercredi à jeudi": Wednesday
            # is still the clash's day)
            told: dict[str, bool] = {}
            for t in said:
                if running_set_at == before[0] and _same_day_anaphor(t.text, lang):
                    # "Trois manifestants avaient été blessés ce jour-là", right after the day's event: that day
                    for day in running[1]:
                        told[day] = told.get(day, True) and running_spoken
                    continue
                if (
                    not t.value
                    or not _DAY.match(t.value)
                    or (analysis.published is not None and t.value[:10] > analysis.published[:10])
                    or _recalled(t.value[:10], analysis.published)
                    or _day_after("COMPARED_DAY", article.text, start, t.start, lang)
                    or _anchored_on_an_event(article.text, t.start, t.end, lang)
                ):
                    continue
                aside = (
                    dateline[0] <= t.start < dateline[1]
                    or _spoken_day(article.text, start, t.start, lang)
                    or (
                        _day_after("LATER_DEATH_DAY", article.text, start, t.start, lang)
                        and not _died_during(article.text, t.end, end, lang)
                    )
                    or (
                        _day_after("LATER_RELEASE_DAY", article.text, start, t.start, lang)
                        and not _says(lang, "RELEASED_DURING", article.text[t.end : end])
                    )
                )
                told[t.value[:10]] = told.get(t.value[:10], True) and aside
            # the day a source spoke is no event's day when the sentence names the day of what it reports
            days = sorted(day for day, reported in told.items() if not reported)
            nth = 0 if days or kind is None else _nth_night(text, lang)
            spoken_only = not days and bool(told) and not nth  # ("la deuxième nuit d'émeutes" dates itself)
            days = days or sorted(told)
            if len(days) > 1 and kind is not None:
                days = _days_of_the_event_clause(text, start, said, days, lang)
            planned = analysis.published is not None and any(
                bool(t.value and _DAY.match(t.value)) and (t.value or "")[:10] > analysis.published[:10] for t in said
            )
            targeted = not planned and _says(lang, "TARGETED_ARREST", text)
            if targeted and (arrest := _targeted_arrest(article, (start, end), days, said, running, on_running)):
                located_arrest = _located(
                    article.text, places_in.get(article.id, ()), (start, end), dateline, home, lang
                )
                targeted_arrests.append((arrest, located_arrest, outlet))
            # (people taken at home, a group's leaders: an arrest of its own, not the police's intervention in a march)
            joined = kind is None and cues.intervention and not said and running[4] == "unrest" and not targeted
            if joined:
                # "Deux personnes ont été interpellées pour des tags", after the march: the police's intervention
                kind = ("unrest", "Protests", "Protest with intervention")
            if (
                kind is None
                and not spoken_only
                and not planned
                and not _any_cue(cues)
                and len(days) == 1
                and running[1]
                and days[0] > max(running[1])
            ):
                # "Le mouvement a pris un tour plus tendu ce mardi.": the narrative moves on to that day, and the
                # undated sentences after it tell of it ("Le sit-in a été dispersé en milieu de matinée")
                paragraph = paragraph_of(article.text, start)
                if paragraph != current:
                    previous, current = current, paragraph
                running = (paragraph, days, 0, running[3], running[4])
                running_spoken = False
                running_set_at = start
            if kind is None or (planned and kind[0] == "unrest" and not (cues.riot_act or cues.mob or cues.excessive)):
                continue  # no event; or one announced ("a fixé au 4 juin la prochaine journée de grève")
            in_doc = places_in.get(article.id, ())
            located = _located(article.text, in_doc, (start, end), dateline, home, lang)
            paragraph = paragraph_of(article.text, start)
            if not located and _place_pronoun(text, lang) and paragraph_of(article.text, before[0]) == paragraph:
                # "C'est à Kano que les heurts ont été les plus violents. Des jeunes y ont dressé des barricades"
                located = _located(article.text, in_doc, before, dateline, home, lang)
            if not located and capital is not None and _names_the_capital(text, lang):
                located = [replace(capital, geo_precision=1)]  # "dans les rues de la capitale haïtienne": that town
            if not any(p.kind == "city" for p in located):
                # "à Tamba et à Koro", "à Tamba, un village de la zone de Kéra": villages too small for the
                # gazetteer, more precise than the region or district the sentence may name beside them
                villages = _unknown_villages(article.text, analysis, in_doc, (start, end), dateline, home, lang)
                located = villages or located
            if paragraph != current:
                previous, current = current, paragraph
            if days:
                running = (paragraph, days, nth, located, kind[0])
                running_spoken = spoken_only
                running_set_at = start
            elif not said and running[0] in (paragraph, previous) and (located or running[4] == kind[0] or clock):
                # "À Paris, le cortège a réuni 81 000 personnes", or "En fin de parcours, des heurts ont opposé…"
                # after a march, in the paragraph of the last dated event or the next: that event's day, and its
                # place when the sentence names none. A sentence dated otherwise (a year, a month) is background.
                days, nth = running[1], running[2]
                # (after "Selon un communiqué lu samedi, neuf civils ont été tués", the sentence going on with it
                # is known only from the day the source spoke, too)
                spoken_only = running_spoken
                located = running[3] if joined else located or running[3]  # (the préfecture's department)
                # the narrative of that day goes on, at the place this sentence names ("À Lorient, … Des heurts
                # ont éclaté en fin d'après-midi": Lorient's, not every port the day's first sentence named)
                # (not where the sentence only adds another place: "Des milliers ont également défilé à Split")
                kept = running[3] if running[3] and _says(lang, "ALSO_ELSEWHERE", text) else located
                running = (paragraph, running[1], running[2], kept, running[4])
            if not days:
                continue
            evidence = Evidence(article.id, start, end, article.text[start:end])
            places: list[Place | None] = [*located] if located else [None]
            for day in days:
                for place in places:
                    items.append(
                        _Item(day, place, cues, kind, evidence, len(days) > 1, outlet, nth, article.id, spoken_only)
                    )
            arrest_sentences[(article.id, start)] = tuple(days)

    if demonstrations_only:  # (a disaster's looting is a crime, not its victims' demonstration)
        items = [i for i in items if _coded_in_a_disaster(i)]
    # "lors de la deuxième nuit d'émeutes", reported on Wednesday: the unrest's first day plus one
    if first := min((i.day for i in items if i.kind[0] == "unrest" and not i.nth), default=""):
        for item in items:
            if item.nth and item.kind[0] in ("unrest", "Violence against civilians", "Battles"):
                item.day = (dt.date.fromisoformat(first) + dt.timedelta(days=item.nth - 1)).isoformat()
    # an unlocated item goes where that day's located evidence is, else where its own article is about, else to
    # the main place, else the capital
    located_items = [i for i in items if i.place is not None]
    own_place = {article.id: _article_place(article, places_in.get(article.id, ()), home) for article, _ in pairs}
    story_place = _story_place(pairs, places_in, home)
    main = Counter(i.place.geonameid for i in located_items if i.place and i.kind[0] == "unrest")
    violence_town, violence_anywhere = _violence_towns(located_items)
    by_id = {i.place.geonameid: i.place for i in located_items if i.place}
    for item in items:
        if item.place is not None:
            continue
        same_day = {
            i.place.geonameid for i in located_items if i.place and i.day == item.day and i.kind[0] == item.kind[0]
        }
        same_article = {
            i.place.geonameid
            for i in located_items
            if i.place and i.doc == item.doc and i.day == item.day and i.kind[0] == item.kind[0]
        }
        # a regional daily's march; or what a neighbourhood saw, in the town the article is about ("des hommes armés
        # ont ouvert le feu dans le quartier de …", where the gazetteer knows no such town)
        own = own_place.get(item.doc) if item.kind[0] == "unrest" or item.cues.neighbourhood else None
        if own is not None:
            item.place = own
        elif len(same_article) == 1 and item.kind[0] == "unrest":
            item.place = by_id[same_article.pop()]
        elif len(same_day) == 1:
            item.place = by_id[same_day.pop()]
        elif item.kind[0] == "unrest" and main:
            item.place = by_id[main.most_common(1)[0][0]]
        elif item.kind[0] == "unrest" and story_place is not None:
            item.place = story_place  # a rally outside the factory of a local story, not the capital
        elif (item.kind[1] in VIOLENT or item.kind[2] == LOOTING) and (
            town := violence_town.get(item.kind[0], violence_anywhere)
        ) is not None:
            # "l'accrochage de lundi soir" in a story whose every located attack or clash is at one town: there
            item.place = by_id[town]
        else:
            item.place = capital

    if _accidental_blasts(pairs):
        items = [i for i in items if i.kind[2] != _GENERIC_BLAST]

    story_lang = next((analysis.lang for _, analysis in pairs if analysis.lang), "fr")
    # -- aggregation ------------------------------------------------------------------------------------
    buckets: dict[tuple[int, str, str], list[_Item]] = defaultdict(list)
    for item in items:
        if item.place is None:
            continue
        buckets[(item.place.geonameid, item.day, item.kind[0])].append(item)
    _fold_spoken_days(buckets)
    _fold_regions(buckets)
    events: list[AcledEvent] = []
    for (_, day, family), bucket in sorted(buckets.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        best = [i for i in bucket if not i.span] or bucket
        event_type, sub = _decide(family, best)
        event = _event(story_id, day, event_type, sub, bucket, best, home, story_lang)
        if not _own_forces_moved(event):
            events.append(event)

    if demonstrations_only:  # the disaster's dead and the inquiry's arrests are no demonstration's
        events.sort(key=lambda e: (e.event_date, e.event_type, e.location))
        return events, resolved
    _attach_fatalities(events, groups, pairs, places_at, home)
    _one_killed(events, story_lang)
    _claimed(events, pairs, home)
    arrests = _targeted_arrest_events(story_id, targeted_arrests, pairs, places_in, home, capital)
    events.extend(arrests + _arrests(story_id, events, groups, pairs, home, capital, arrests))
    events.sort(key=lambda e: (e.event_date, e.event_type, e.location))
    return events, resolved


def _coded_in_a_disaster(item: _Item) -> bool:
    """Whether ACLED codes this evidence in a disaster's or an accident's story: the demonstrations it gives rise
    to (not its looting, a crime of a few), and armed men's attack on civilians amid it (``des hommes armés ont
    ouvert le feu sur un bateau de sauveteurs``): violence told with its armed actor is no part of the disaster,
    where a removal (``l'enlèvement des gravats``) or a death of the flood may read as one."""
    if item.kind[0] == "unrest":
        return not (item.cues.looting_only and not item.cues.protest)
    return item.kind[0] == "Violence against civilians" and item.kind[2] == "Attack" and item.cues.armed


def _days_of_the_event_clause(text: str, start: int, said: Sequence[Timex], days: list[str], lang: str) -> list[str]:
    """Of the days a sentence names, those named in a clause that tells an event (all, if none or every one is).

    A sentence may set a present fact on one day and recall an event in a clause of its own ("La campagne
    débute aujourd'hui à Kassala, où l'hôpital avait été touché par une frappe le 28 au soir"): the event is on
    the clause's day, not on both days, nor a span of them.
    """
    pattern = _optional_pattern(lang, "CLAUSE_BREAK")
    folded = fold(text)
    if pattern is None or len(folded) != len(text):
        return days
    breaks = [m.start() for m in pattern.finditer(folded)]
    if (close := _optional_pattern(lang, "CLAUSE_CLOSE")) is not None:
        breaks += [m.start(1) for m in close.finditer(folded)]  # "À Rennes, où …, des vitrines ont été brisées"
    if not breaks:
        return days
    kept = []
    for day in days:
        for timex in said:
            if not (timex.value or "").startswith(day):
                continue
            at = timex.start - start
            left = max((b for b in breaks if b <= at), default=0)
            right = min((b for b in breaks if b > at), default=len(text))
            if _cues(text[left:right], lang).kind() is not None:
                kept.append(day)
                break
    return kept or days


def _located(
    text: str,
    places: Sequence[tuple[int, list[Place]]],
    span: tuple[int, int],
    dateline: tuple[int, int],
    home: str,
    lang: str,
) -> list[Place]:
    """The places of the story's country a sentence (``span``) names as where it happens, most precise first: not
    the dateline's town, a neighbourhood, a direction or the town ending a club's name."""
    start, end = span
    recalled = _recalled_spans(text[start:end], start, lang)
    named = [
        p
        for s, ps in places
        if start <= s < end
        and not any(a <= s < b for a, b in recalled)
        and _names_where(text, start, s, dateline, lang)
        for p in ps
    ]
    return _most_precise([p for p in named if p.iso2 == home])


def _names_where(text: str, sentence_start: int, offset: int, dateline: tuple[int, int], lang: str) -> bool:
    """Whether a place named at ``offset`` may say where its sentence's event happens: not the dateline's town, a
    neighbourhood, a direction or the town ending a club's name."""
    return (
        not dateline[0] <= offset < dateline[1]
        and not _neighbourhood(text, sentence_start, offset, lang)
        and not _inside_a_name(text, sentence_start, offset, lang)
        and not _origin_of_people(text, sentence_start, offset, lang)
    )


def _origin_of_people(text: str, sentence_start: int, name_start: int, lang: str) -> bool:
    """Whether the place named at ``name_start`` is where people came from (``des étudiants partis mardi de Novi
    Sad``, ``des paysans venus de Kolda et de Sédhiou``): a departure is no protest where it starts, and the
    sentence's event is where they arrived (or, if it names no other place, where the story places it)."""
    pattern = _optional_pattern(lang, "ORIGIN_OF_PEOPLE")
    before = fold(text[max(sentence_start, name_start - 110) : name_start])
    return pattern is not None and pattern.search(before) is not None


def _link_lines(analysis: DocumentAnalysis) -> list[tuple[int, int]]:
    """The article's lines that link to another article (``Lire aussi : …``, marked by the layout reader): a
    headline of another story, dated by nothing of its own, tells no event of this one."""
    return [(span.start, span.end) for span in analysis.layout if span.kind == "link"]


def _unknown_villages(
    text: str,
    analysis: DocumentAnalysis,
    places: Sequence[tuple[int, list[Place]]],
    span: tuple[int, int],
    dateline: tuple[int, int],
    home: str,
    lang: str,
) -> list[Place]:
    """The villages a sentence (``span``) places its event in that the gazetteer does not know, each placed at the
    nearest town of the story's country the article names (``à Tamba et à Koro``, after ``la zone de Kéra``).

    The gazetteer holds towns of 5 000 people or more; the villages of a rural attack or a road blockade are
    smaller, and without this the event falls back on the capital, hundreds of kilometres away. ACLED codes such
    a village by its own name with geo precision 2 (coordinates of a place nearby); only a name after ``à`` or
    ``près de`` that nothing in the gazetteer is, or only a foreign town by one of its alternate names, counts.
    """
    start, end = span
    found: list[Place] = []
    for entity in analysis.entities:
        if not start <= entity.start < end or not _names_where(text, start, entity.start, dateline, lang):
            continue
        if not _unknown_village(text, entity, start, home, lang):
            continue
        anchor = _nearest_town(places, entity.start, home)
        if anchor is None:
            continue
        key = zlib.crc32(f"{home}:{fold(entity.text)}".encode())
        village = replace(anchor, name=entity.text, kind="city", population=0, geo_precision=2, geonameid=-key)
        if all(p.geonameid != village.geonameid for p in found):
            found.append(village)
    return found


def _unknown_village(text: str, entity: Entity, sentence_start: int, home: str, lang: str) -> bool:
    """Whether ``entity`` names, after ``à``, ``près de`` or ``habitants de``, a village the gazetteer lacks: a
    place name (or any name the text calls a village) that resolves to nothing, or only to a foreign town by an
    alternate name (``Mushu`` is not ``Muş``). (Where it stands in its sentence, :func:`_names_where` has read.)"""
    before = text[max(sentence_start, entity.start - 25) : entity.start]
    if not any(
        (pattern := _optional_pattern(lang, name)) is not None and pattern.search(before)
        for name in ("PLACE_AFTER", "VILLAGE_BEFORE")
    ):
        return False
    apposition = _optional_pattern(lang, "VILLAGE_APPOSITION")
    called_village = apposition is not None and apposition.match(text[entity.end : entity.end + 40]) is not None
    if entity.type != "LOC" and not called_village:
        return False
    if not entity.text[:1].isupper() or any(w[:1].islower() for w in entity.text.split()):
        return False  # "Plateau nigérian", "la région de …": not one village's name
    gaz = gazetteer()
    candidates = gaz.candidates(entity.text) + gaz.districts(entity.text)
    return all(p.kind == "city" and p.iso2 != home and fold(p.name) != fold(entity.text) for p in candidates)


def _nearest_town(places: Sequence[tuple[int, list[Place]]], offset: int, home: str) -> Place | None:
    """The town of the story's country the article names nearest before ``offset`` (else after): where an
    unknown village is placed."""
    towns = [(s, p) for s, ps in places for p in ps if p.iso2 == home and p.kind == "city" and p.geonameid > 0]
    before = [(s, p) for s, p in towns if s < offset]
    if before:
        return max(before, key=lambda sp: sp[0])[1]
    after = [(s, p) for s, p in towns if s > offset]
    return min(after, key=lambda sp: sp[0])[1] if after else None


def _recalled_spans(sentence: str, offset: int, lang: str) -> list[tuple[int, int]]:
    """Where a sentence recalls a thing by its distance in time (``onze jours après l'effondrement d'une
    passerelle à Niš``), as text offsets: the towns named there are that thing's, not the event's."""
    pattern = _optional_pattern(lang, "RECALLED_PLACE")
    folded = fold(sentence)
    if pattern is None or len(folded) != len(sentence):
        return []
    return [(offset + m.start(), offset + m.end()) for m in pattern.finditer(folded)]


def _names_the_capital(text: str, lang: str) -> bool:
    """Whether the sentence names the country's capital by its title (``la capitale haïtienne``)."""
    pattern = _optional_pattern(lang, "THE_CAPITAL")
    folded = fold(text)
    if (near := _optional_pattern(lang, "NEAR_THE_CAPITAL")) is not None:  # "la banlieue sud de la capitale"
        folded = near.sub(" ", folded)
    return pattern is not None and pattern.search(folded) is not None


def _clock_time(text: str, lang: str) -> bool:
    """Whether a time expression is a clock time only (``vers 11 heures``): see ``CLOCK_TIME``."""
    return _says(lang, "CLOCK_TIME", text, whole=True)


def _place_pronoun(text: str, lang: str) -> bool:
    """Whether the sentence stands at a place by a pronoun (``des jeunes y ont dressé des barricades``)."""
    return _says(lang, "PLACE_PRONOUN", text)


def _recalled(day: str, published: str | None) -> bool:
    """Whether a day lies a year or more before its article (``En 2021, … le 28 septembre``): history the
    article recalls, not an event it reports."""
    if published is None or len(published) < len("YYYY-MM-DD"):
        return False
    try:
        return dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(day) >= _RECALLED_AFTER
    except ValueError:
        return False


def _fold_spoken_days(buckets: dict[tuple[int, str, str], list[_Item]]) -> None:
    """Fold an event known only from the day a source spoke into that place's event of a day or two before.

    "Dans toute la France, 14 policiers ont été blessés, a précisé vendredi le ministre" recounts Thursday's
    riot: the Friday in it is when the minister spoke. Only a day with no other evidence at that place is
    folded, and only into an event of the same family there on one of the two days before; a day that some
    sentence dates itself ("de nouvelles émeutes ont éclaté vendredi") stays its own event. When that place has
    only an event of another family a day or two before, the reported event is dated on that event's day.
    """
    for key in sorted(buckets, key=lambda k: k[1], reverse=True):
        bucket = buckets.get(key)
        if not bucket or not all(item.reported for item in bucket):
            continue
        place, day, family = key
        earlier_days = [(dt.date.fromisoformat(day[:10]) - dt.timedelta(days=back)).isoformat() for back in (1, 2)]
        into = next(((place, d, family) for d in earlier_days if (place, d, family) in buckets), None)
        if into is not None:
            _move_bucket(buckets, key, into)
            continue
        # "Selon un communiqué lu samedi, neuf civils ont été tués dans l'attaque": the attack is that place's
        # event of a day or two before (another family's: the clash it began with), on that day
        told = next((d for d in earlier_days if any(k[0] == place and k[1] == d for k in buckets)), None)
        if told is not None:
            for item in bucket:
                item.day = told
            buckets.setdefault((place, told, family), []).extend(buckets.pop(key))


def _move_bucket(
    buckets: dict[tuple[int, str, str], list[_Item]], key: tuple[int, str, str], into: tuple[int, str, str]
) -> None:
    """Move the evidence of one event into another's, each item taking that event's day and place."""
    for item in buckets[key]:
        item.day = into[1]
        if item.place is None or item.place.geonameid != into[0]:
            item.place = buckets[into][0].place
    buckets[into].extend(buckets.pop(key))


def _fold_regions(buckets: dict[tuple[int, str, str], list[_Item]]) -> None:
    """Fold a region's event into the one town of that region with an event of the same family that day.

    "La frappe menée mardi sur le marché, près de Monywa, dans la région de Sagaing" and "la frappe sur
    Monywa" tell one strike: the region only says where the town is. With two towns of the region that day,
    the region's evidence says nothing of which, and stays its own event (ACLED's region-level row).
    """
    for key in list(buckets):
        bucket = buckets.get(key) or []
        region = bucket[0].place if bucket else None
        if region is None or region.kind not in ("admin1", "admin2"):
            continue
        _, day, family = key
        towns = [
            other
            for other, items in buckets.items()
            if other != key
            and other[1:] == (day, family)
            and (town := items[0].place) is not None
            and town.kind == "city"
            and (town.iso2, town.admin1) == (region.iso2, region.admin1)
        ]
        if len(towns) > 1:
            # a riot at one town and a march at another that day: the region's riot is the riot's town's
            towns = [town for town in towns if _bucket_type(family, buckets[town]) == _bucket_type(family, bucket)]
        if len(towns) == 1:
            _move_bucket(buckets, key, towns[0])


def _bucket_type(family: str, bucket: list[_Item]) -> str:
    """The event type a bucket's evidence makes (a riot or a march, in the family of unrest), as the event is
    coded: from its single-day evidence where it has some."""
    return _decide(family, [i for i in bucket if not i.span] or bucket)[0]


#: Each article's votes for the story's country, and its place mentions resolved for one country: an add
#: into a big story resolves every article's places again, and they depend on the article and that country.
_VOTES: PerArticle[Counter[str]] = PerArticle()
_RESOLVED: PerArticle[tuple[tuple[Place, str, str, int, int], ...]] = PerArticle()


def _votes(text: str, analysis: DocumentAnalysis) -> Counter[str]:
    """The countries the article's place names resolve to, out of context: each a vote for the story's (a
    share of one for a name of towns in several countries: ``Valence`` does not outvote ``la Drôme``)."""
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    towns = [town for _, town in _towns_of_bodies(text, analysis, None)]  # ``la préfecture de Lyon`` votes too
    for entity in [*analysis.entities, *towns]:
        if entity.type != "LOC":
            continue
        place = gaz.resolve(entity.text)
        if place is not None:  # a name of towns in several countries (Valence) votes for each, a share
            countries = {p.iso2 for p in gaz.candidates(entity.text)} if place.kind != "country" else set()
            votes[place.iso2] += 1 / max(1, len(countries))  # type: ignore[assignment]  # float shares
    return votes


def _resolved(
    article: Article, analysis: DocumentAnalysis, home: str | None
) -> tuple[tuple[Place, str, str, int, int], ...]:
    """The article's place mentions resolved in the story's country, each near its sentence's others."""
    gaz = gazetteer()
    resolved = []
    lang = analysis.lang or "fr"
    region = _optional_pattern(lang, "REGION_BEFORE_PLACE")
    towns = _towns_of_bodies(article.text, analysis, home)
    for start, end in sentences(article.text, article.body_start):
        here = [e for e in analysis.entities if start <= e.start < end and e.type == "LOC"]
        here += [town for body, town in towns if start <= body < end]
        here += [e for e in analysis.entities if start <= e.start < end and _town_mistyped(article.text, e, home, lang)]
        first = {e.start: gaz.resolve(e.text, home) for e in here}
        for entity in here:
            near = [p for s, p in first.items() if p is not None and s != entity.start]
            named = region.search(article.text[max(start, entity.start - 20) : entity.start]) if region else None
            # "la région de Sagaing": resolved with its region word, as the region and not its namesake town;
            # a region the gazetteer lacks ("le territoire de Beni") places nothing rather than at that town
            name = article.text[entity.start - len(named.group(0)) : entity.end] if named else entity.text
            place = gaz.resolve(name, home, near)
            if place is not None and named and place.kind == "city":
                place = None
            place = _region_by_its_name(name, place)
            if place is not None:
                resolved.append((place, entity.text, article.id, entity.start, entity.end))
    return tuple(resolved)


def _region_by_its_name(name: str, place: Place | None) -> Place | None:
    """The region ``name`` spells exactly, where the gazetteer resolves it to a town known by it only as an
    alternate name and not that region's largest town: ``Rio Grande do Sul`` is the state, not the port of
    Rio Grande; a region's name counted as a town makes that town rival the one an article is about. A town
    that is the region's seat keeps the name (``Alger``, ``Bahia`` for Salvador), as does one spelled so."""
    if place is None or place.kind != "city" or fold(place.name) == fold(name):
        return place
    gaz = gazetteer()
    for candidate in gaz.candidates(name):
        if (
            candidate.kind == "admin1"
            and candidate.iso2 == place.iso2
            and fold(candidate.name) == fold(name)
            and candidate.geonameid != place.geonameid
        ):
            return candidate
    return place


def _town_mistyped(text: str, entity: Entity, home: str | None, lang: str) -> bool:
    """Whether a name the tagger typed a person or a body is a town of the story's country where it stands
    (``C'est à Kano que``): after ``à`` no person is a place, and a town that shares a person's name
    (``Aminu Kano``) is typed as that person throughout the article."""
    if entity.type == "LOC" or home is None:
        return False
    pattern = _optional_pattern(lang, "PLACE_AFTER")
    if pattern is None or not pattern.search(text[max(0, entity.start - 25) : entity.start]):
        return False
    place = gazetteer().resolve(entity.text, home)
    return place is not None and place.kind == "city" and place.iso2 == home


def _towns_of_bodies(text: str, analysis: DocumentAnalysis, home: str | None) -> list[tuple[int, Entity]]:
    """The towns named at the end of the article's bodies (``devant la préfecture de Lyon``: Lyon), as place
    mentions, each with where its body starts: the tagger names the body, and an event before it has no other
    place. Only a town of the story's country the gazetteer knows (``Banque de France`` names no town,
    ``ministère de l'Intérieur`` none)."""
    pattern = _optional_pattern(analysis.lang or "fr", "TOWN_OF_BODY")
    at_body = _optional_pattern(analysis.lang or "fr", "AT_BODY")
    if pattern is None or at_body is None:
        return []
    gaz = gazetteer()
    towns: list[tuple[int, Entity]] = []
    for entity in analysis.entities:
        if entity.type != "ORG":
            continue
        if not at_body.search(text[max(0, entity.start - 30) : entity.start]):
            continue  # ``le parquet de Rouen`` covers towns around: only an event standing at the body is there
        found = pattern.search(entity.text)
        if found is None:
            continue
        place = gaz.resolve(found.group("town"), home)
        if place is None or place.kind != "city" or (home is not None and place.iso2 != home):
            continue
        town_start = entity.start + found.start("town")
        towns.append((entity.start, Entity(town_start, entity.end, found.group("town"), "LOC", found.group("town"))))
    return towns


#: The sub-event type of an explosion the sentence does not say was set off (the bare word ``explosion``).
_GENERIC_BLAST = "Remote explosive/landmine/IED"


def _accidental_blasts(pairs: Sequence[tuple[Article, DocumentAnalysis]]) -> bool:
    """Whether the story's explosions are an accident (``une explosion dans une usine d'engrais``): its articles
    name an industrial or accidental setting and nothing deliberate (no bomb, attack, claim or strike)."""
    accidental = deliberate = False
    for article, analysis in pairs:
        lang = analysis.lang or "fr"
        folded = fold(article.text)
        accidental = accidental or bool((a := _optional_pattern(lang, "ACCIDENTAL_BLAST")) and a.search(folded))
        if (d := _optional_pattern(lang, "DELIBERATE_BLAST")) is not None and d.search(folded):
            deliberate = True
            break
    return accidental and not deliberate


def _town_counts(
    article: Article, places: Sequence[tuple[int, list[Place]]], home: str, by_id: dict[int, Place]
) -> Counter[int]:
    """How often an article names each town of the story's country, its headline counting twice (``by_id``
    gets the towns); a region or the country is no town."""
    counts: Counter[int] = Counter()
    first_line_end = article.text.find("\n", article.body_start)
    for start, found in places:
        for place in found:
            if place.kind == "city" and place.iso2 == home:
                counts[place.geonameid] += 2 if start < first_line_end else 1
                by_id[place.geonameid] = place
    return counts


def _article_place(article: Article, places: Sequence[tuple[int, list[Place]]], home: str) -> Place | None:
    """The town an article is about: the one it names most, when no other comes as close (a regional daily's
    ``à Marseille`` against the ``Paris`` of a national round-up), or the only one it names."""
    by_id: dict[int, Place] = {}
    ranked = _town_counts(article, places, home, by_id).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return by_id[ranked[0][0]]


def _any_cue(cues: _Cues) -> bool:
    """Whether the sentence says anything of violence, force, arrests or the forces (``placées en garde à vue
    mercredi``): a dated sentence that does tells of an aftermath, and does not move the narrative's day."""
    return any(bool(value) for value in vars(cues).values())


def _violence_towns(located: Sequence[_Item]) -> tuple[dict[str, int | None], int | None]:
    """Where an unlocated attack or clash goes: by family, the only town of that family's located evidence,
    else (and for a family with none) the only town of all the story's violence but demonstrations'."""
    towns: dict[str, set[int]] = defaultdict(set)
    violence: set[int] = set()
    for item in located:
        if item.place is None:
            continue
        towns[item.kind[0]].add(item.place.geonameid)
        if item.kind[0] != "unrest" and item.kind[1] in VIOLENT:
            violence.add(item.place.geonameid)
    anywhere = next(iter(violence)) if len(violence) == 1 else None
    return {family: next(iter(ids)) if len(ids) == 1 else anywhere for family, ids in towns.items()}, anywhere


def _story_place(
    pairs: Sequence[tuple[Article, DocumentAnalysis]], places_in: dict[str, list[tuple[int, list[Place]]]], home: str
) -> Place | None:
    """The town of the story's country its articles name most (the earliest named first on a tie): where a
    local story's unlocated demonstration is, rather than the capital."""
    counts: Counter[int] = Counter()
    by_id: dict[int, Place] = {}
    for article, _ in pairs:
        counts.update(_town_counts(article, places_in.get(article.id, ()), home, by_id))
    return by_id[counts.most_common(1)[0][0]] if counts else None


def _sentence_at(article: Article, offset: int) -> tuple[int, int] | None:
    """The span of the article's sentence that holds ``offset`` (a report's), if any."""
    return next(((s, e) for s, e in sentences(article.text, article.body_start) if s <= offset < e), None)


def paragraph_of(text: str, offset: int) -> int:
    """The paragraph an offset is in, as the offset where that paragraph starts (after a line break)."""
    return text.rfind("\n", 0, offset) + 1


def _previous_paragraph(text: str, start: int) -> int:
    """The paragraph before the one starting at ``start`` (blank lines between skipped), as its start."""
    end = start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return paragraph_of(text, end) if end > 0 else -1


def _most_precise(places: list[Place]) -> list[Place]:
    """Drop a country named beside a town or region of it, and a region named beside a town in it."""
    out: list[Place] = []
    seen: set[int] = set()
    for place in places:
        if place.kind == "country" and any(p.kind != "country" and p.iso2 == place.iso2 for p in places):
            continue
        if place.kind == "admin1" and any(p.kind == "city" and p.admin1 == place.admin1 for p in places):
            continue
        if place.kind == "admin2" and any(p.kind == "city" and p.admin1 == place.admin1 for p in places):
            continue  # "À Agen, dans le Lot-et-Garonne": Agen
        if place.kind == "country":
            continue  # a country alone is no location: the caller places it
        key = place.geonameid if place.kind == "city" else -hash(place.name)
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out


def _decide(family: str, items: list[_Item]) -> tuple[str, str]:
    """Type and sub-type of one place-day from its evidence (see the module's step 4)."""
    if family != "unrest":
        return items[0].kind[1], items[0].kind[2]
    acts = [i for i in items if i.cues.riot_act or i.cues.mob or i.cues.excessive]
    if any(i.cues.mob for i in acts) and not any(i.cues.protest for i in items):
        return "Riots", "Mob violence"  # a crowd's violence where no one demonstrated (supporters at a match)
    if any(i.cues.riot_act for i in acts) and any(i.cues.excessive for i in acts):
        # barricades, looting and arson where the police shot: the crowd's own violence makes the day a riot
        # (ACLED keeps "Excessive force against protesters" for force on peaceful demonstrators)
        return "Riots", "Violent demonstration"
    if acts:
        kinds = [i.kind for i in acts]
        return max(((k[1], k[2]) for k in kinds), key=lambda k: _GRAVITY.get(k[1], 0))
    intervention = any(i.cues.intervention for i in items)
    if any(i.cues.protest for i in items):
        return "Protests", "Protest with intervention" if intervention else "Peaceful protest"
    return "Riots", "Violent demonstration"


def _place_fields(place: Place, geo_precision: int) -> dict[str, Any]:
    """An event's place columns (ACLED's iso, country, admin1, location, coordinates, geo precision) from one
    gazetteer place, so every kind of row fills them alike; the precision is the caller's, as an arrest placed
    in the capital by default is coded at the region's precision (3) rather than the city's."""
    return {
        "iso": place.iso3,
        "country": place.country,
        "admin1": place.admin1,
        "location": place.name,
        "latitude": round(place.latitude, 4),
        "longitude": round(place.longitude, 4),
        "geo_precision": geo_precision,
    }


def _event(
    story_id: str,
    day: str,
    event_type: str,
    sub: str,
    bucket: list[_Item],
    best: list[_Item],
    home: str,
    lang: str = "fr",
) -> AcledEvent:
    place = bucket[0].place
    assert place is not None
    country = place.country
    police = any(i.cues.police for i in bucket)
    military = any(i.cues.military for i in bucket)
    assoc = actor2 = ""
    inter2 = 0
    if event_type == "Protests":
        actor1, inter1 = _actor_of("protesters", home, country), INTER["protesters"]
        if sub != "Peaceful protest":
            actor2 = _actor_of("military" if military and not police else "police", home, country)
            inter2 = INTER["state"]
    elif event_type == "Riots":
        actor1, inter1 = _actor_of("rioters", home, country), INTER["rioters"]
        if police or military:
            actor2 = _actor_of("military" if military and not police else "police", home, country)
            inter2 = INTER["state"]
    elif sub == LOOTING:
        actor1, inter1 = _armed_actor(bucket, home, country)
        actor2, inter2 = _actor_of("civilians", home, country), INTER["civilians"]
    elif event_type == "Strategic developments":
        organisation = next((i.cues.organisation for i in bucket if i.cues.organisation), "")
        foreign_place = _foreign(bucket, home)
        if organisation:
            actor1, inter1 = organisation, INTER["external"]
            if foreign_place:
                assoc = _actor_of("military", foreign_place.iso2, foreign_place.country)
        elif foreign_place:
            actor1, inter1 = _actor_of("military", foreign_place.iso2, foreign_place.country), INTER["external"]
        else:
            actor1, inter1 = _actor_of("military", home, country), INTER["state"]
    elif event_type == "Violence against civilians":
        actor1, inter1 = _armed_actor(bucket, home, country)
        actor2, inter2 = _actor_of("civilians", home, country), INTER["civilians"]
    elif event_type == "Explosions/Remote violence" and sub in REMOTE_BY_ARMIES and (foreign := _foreign(bucket, home)):
        # "un drone russe a frappé Kharkiv": only an army has drones, missiles and artillery; the one named
        actor1, inter1 = _actor_of("military", foreign.iso2, foreign.country), INTER["external"]
        actor2, inter2 = _actor_of("civilians", home, country), INTER["civilians"]
    elif (
        event_type == "Explosions/Remote violence" and sub == AIR_STRIKE and not any(i.cues.armed_group for i in bucket)
    ):
        # "des frappes aériennes menées dans la zone d'Ayorou": no armed group named flies them; the state does
        actor1, inter1 = _actor_of("military", home, country), INTER["state"]
        if any(i.cues.civilians for i in bucket):
            actor2, inter2 = _actor_of("civilians", home, country), INTER["civilians"]
    else:
        actor1, inter1 = _armed_actor(bucket, home, country)
        if event_type == "Explosions/Remote violence" and any(i.cues.civilians for i in bucket):
            actor2, inter2 = _actor_of("civilians", home, country), INTER["civilians"]
        if event_type == "Battles" and (police or military):
            state = _actor_of("military" if military else "police", home, country)
            if _state_acts_first(best, lang):  # "l'armée a accroché un groupe de jihadistes"
                actor1, inter1, actor2, inter2 = state, INTER["state"], actor1, inter1
            else:
                actor2, inter2 = state, INTER["state"]
    evidence: list[Evidence] = []
    for item in best + [i for i in bucket if i not in best]:
        if all(e.doc != item.evidence.doc or e.start != item.evidence.start for e in evidence):
            evidence.append(item.evidence)
    notes = " ".join(dict.fromkeys(" ".join(e.text.split()) for e in evidence[:3]))
    return AcledEvent(
        event_id_cnty="",
        story=story_id,
        event_date=day,
        year=int(day[:4]),
        time_precision=2 if all(i.span for i in bucket) else 1,
        disorder_type=_disorder(event_type),
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        assoc_actor_1=assoc,
        inter1=inter1,
        actor2=actor2,
        inter2=inter2,
        interaction=_interaction(inter1, inter2),
        civilian_targeting="Civilian targeting" if event_type == "Violence against civilians" else "",
        **_place_fields(place, place.geo_precision),
        source="; ".join(sorted({i.outlet for i in bucket})),
        notes=notes,
        fatalities=0,
        documents=sorted({e.doc for e in evidence}),
        evidence=evidence,
    )


def _own_forces_moved(event: AcledEvent) -> bool:
    """Whether the event is a state's forces deployed inside their own country (``l'armée a déployé des
    blindés aux carrefours``, ``des renforts de gendarmes ont été envoyés``).

    ACLED codes "Change to group/activity" for a force's move that changes the conflict, such as foreign or
    multinational troops arriving; a government sending its own troops or police to quell unrest is the state's
    response to the coded demonstrations, not an event of its own.
    """
    return event.sub_event_type == "Change to group/activity" and event.inter1 == INTER["state"]


def _armed_actor(bucket: list[_Item], home: str, country: str) -> tuple[str, int]:
    """Actor 1 of armed violence: the non-state group the event's sentences name (``des bombardements des
    Forces de soutien rapide``), else ACLED's unidentified armed group of the country."""
    named = next((i.cues.armed_group for i in bucket if i.cues.armed_group), "")
    if named:
        return named, INTER["rebels"]
    return _actor_of("unidentified", home, country), INTER["militia"]


def _foreign(bucket: list[_Item], home: str) -> Place | None:
    """The first foreign country whose forces the event's sentences name (``un drone russe``)."""
    foreign = next((c for i in bucket for c in i.cues.foreign if c != home), "")
    return gazetteer().country(foreign) if foreign else None


def _state_acts_first(items: list[_Item], lang: str) -> bool:
    """Whether the clash's sentences have the state's forces attack (``une unité de l'armée a accroché un
    groupe de combattants``): they initiated it, and are ACLED's actor 1."""
    pattern = _patterns(lang)["STATE_ATTACKS"]
    return any(pattern.search(fold(item.evidence.text)) for item in items)


def _attach_fatalities(
    events: list[AcledEvent],
    groups: Sequence[ClaimGroup],
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    places_at: dict[tuple[str, int], list[Place]],
    home: str,
) -> None:
    """Give each ``killed`` group's conservative figure to the violent event its reports tie it to."""
    violent = [e for e in events if e.event_type in VIOLENT or e.sub_event_type == "Excessive force against protesters"]
    if not violent:
        return
    killed = [g for g in groups if g.category == "killed" and g.conservative and not g.population.endswith("(subset)")]
    # the specific populations' tolls (not the deaths added since a toll, which revise everyone's)
    parts = sum(g.conservative or 0 for g in killed if g.population != "people" and not _added(g))
    texts = {a.id: a for a, _ in pairs}
    analyses = {a.id: d for a, d in pairs}
    tied: dict[int, list[ClaimGroup]] = defaultdict(list)
    for group in killed:
        if group.population == "people" and parts and (group.conservative or 0) <= parts:
            continue  # a total that the story's other groups already count
        day_s = _a_day_s_toll(group, texts, analyses)  # tied by the day's figure, not by a tally since
        target = _tie(day_s, violent, texts, analyses, places_at, home)
        if target is None:
            continue
        if target.event_type in UNREST_TYPES and _a_disaster_s_toll(group, texts, analyses):
            continue  # the dead of the flood or the collapse the crowd marched over, not the march's
        if not _added(group) and _the_country_s_toll(group, home) and _towns_of_the_day(target, violent) > 1:
            continue  # the country's dead of a day of unrest in several towns: no one town's
        tied[id(target)].append(day_s)
    for event in violent:
        groups_of = tied.get(id(event), [])
        raised = {g.population.removesuffix(" (increment)") for g in groups_of if _added(g)}
        event.fatalities = _combined([g for g in groups_of if not _told_with_its_toll(g, groups_of, texts)], raised)
        event.fatality_groups = [g.id for g in groups_of]


def _the_country_s_toll(group: ClaimGroup, home: str) -> bool:
    """Whether a group's figure is for the whole country (``sept morts lundi au Nigeria``), not for a town.

    Only a toll: deaths added since one (``quatre personnes ont encore été tuées dans la ville``) are told of
    the event at hand, whatever scope the grouping gave them."""
    place = gazetteer().resolve(group.place, home) if group.place else None
    return place is not None and place.kind == "country" and place.iso2 == home


def _towns_of_the_day(event: AcledEvent, violent: Sequence[AcledEvent]) -> int:
    """How many places the story's violent events of an event's day are at.

    ACLED counts each event's own dead, the lowest credible figure for its place: a country's toll of a day
    of unrest in several towns is the sum of theirs, and no town's alone (``au moins cinq morts au Mozambique,
    trois à Maputo et deux à Nampula``).
    """
    return len({e.location for e in violent if e.event_date == event.event_date})


def _a_day_s_toll(group: ClaimGroup, texts: dict[str, Article], analyses: dict[str, DocumentAnalysis]) -> ClaimGroup:
    """The group as the toll of one event: without the reports that tally the dead since a start (``ce qui porte
    à cinq le nombre de morts à Lagos depuis le 8 juin``, ``onze à Douala depuis la proclamation des
    résultats``), when other reports give the figure itself.

    A tally since a start counts the dead of every day since, where ACLED gives each day's event its own dead;
    the grouping may keep it with the first day's figure (same population and place). With only tallies, the
    group stands as it is: the story tells no day's figure.
    """
    day_s = [r for r in group.reports if not _tallied_since(r, texts, analyses)]
    values = [r.value for r in day_s if r.value is not None]
    if not values or len(day_s) == len(group.reports):
        return group
    return replace(group, reports=day_s, conservative=min(values))


def _report_sentence(
    report: ClaimReport, texts: dict[str, Article], analyses: dict[str, DocumentAnalysis]
) -> tuple[str, str] | None:
    """The sentence a report's figure stands in and its article's language, or ``None`` without its article."""
    article, analysis = texts.get(report.doc), analyses.get(report.doc)
    span = _sentence_at(article, report.start) if article is not None else None
    if article is None or span is None:
        return None
    return article.text[span[0] : span[1]], (analysis.lang if analysis is not None else None) or "fr"


def _tallied_since(report: ClaimReport, texts: dict[str, Article], analyses: dict[str, DocumentAnalysis]) -> bool:
    """Whether a report's sentence counts the dead since a start (see :func:`_a_day_s_toll`)."""
    told = _report_sentence(report, texts, analyses)
    return told is not None and _says(told[1], "TALLY_SINCE", told[0])


def _a_disaster_s_toll(group: ClaimGroup, texts: dict[str, Article], analyses: dict[str, DocumentAnalysis]) -> bool:
    """Whether a ``killed`` group counts a disaster's or an accident's dead: a report's sentence names one
    (``au moins 30 morts dans le naufrage``, ``le bilan des inondations passe à 80 morts``).

    A story may be coded for the demonstrations or riots a disaster sparked (relatives blocking a road, a crowd
    burning the office it blames): the disaster's toll, told in the same articles, is no death of theirs, and
    ACLED gives those events the dead of the demonstration alone.
    """
    for report in group.reports:
        told = _report_sentence(report, texts, analyses)
        if told is not None and _patterns(told[1])["NOT_CODED"].search(fold(told[0])):
            return True
    return False


def _combined(groups: Sequence[ClaimGroup], raised: frozenset[str] | set[str] = frozenset()) -> int:
    """The dead of one event from the ``killed`` groups tied to it.

    Groups of different populations add up (soldiers and assailants of a clash). Groups of one population
    tied to one event are reports of one toll the grouping kept apart (a toll without a place revised from
    one with it): the largest stands, or the first plus the deaths added since (``deux blessés ayant
    succombé``), whichever is more; never their sum. Everyone's toll (``people``) already counts the
    specific ones: it stands if it is larger than their sum. The first figure counts only for a population
    whose toll was ``raised`` by deaths added since (told apart or with it): else a conflict's lowest figure
    stands, whatever figure came first.
    """
    by_population: dict[str, list[ClaimGroup]] = defaultdict(list)
    for group in groups:
        by_population[group.population.removesuffix(" (increment)")].append(group)
    counts: dict[str, int] = {}
    for population, members in by_population.items():
        tolls = [g for g in members if not _added(g)]
        totals = [int(g.conservative or 0) for g in tolls]
        added = sum(int(g.conservative or 0) for g in members if _added(g))
        first = _first_told(tolls) + added if added or population in raised else 0
        counts[population] = max(max(totals, default=0), first)
    everyone = counts.pop("people", 0)
    return max(everyone, sum(counts.values()))


def _told_with_its_toll(group: ClaimGroup, groups: Sequence[ClaimGroup], texts: dict[str, Article]) -> bool:
    """Whether deaths added since a toll are told in the sentence of the toll they raise (``le bilan est passé
    à trois morts, un blessé ayant succombé``): that toll counts them already."""
    if not _added(group):
        return False
    tolls = {(r.doc, r.start) for g in groups if not _added(g) for r in g.reports}
    for report in group.reports:
        article = texts.get(report.doc)
        span = _sentence_at(article, report.start) if article is not None else None
        if span is None or not any(doc == report.doc and span[0] <= start < span[1] for doc, start in tolls):
            return False
    return True


def _added(group: ClaimGroup) -> bool:
    """Whether the group counts deaths added since a toll (``un blessé ayant succombé``), not a toll."""
    return group.population.endswith("(increment)")


def _first_told(tolls: Sequence[ClaimGroup]) -> int:
    """The earliest figure the tolls' reports gave (0 without one): the toll the deaths added since add to,
    as a revised toll (``deux morts`` then ``trois morts, un blessé ayant succombé``) already counts them."""
    reports = [r for g in tolls for r in g.reports if r.value is not None]
    if not reports:
        return int(tolls[0].conservative or 0) if tolls else 0
    first = min(reports, key=lambda r: (r.date or r.published or "")[:10])
    return int(first.value or 0)


def _one_killed(events: list[AcledEvent], lang: str) -> None:
    """One fatality for a violent event no figure counts, whose sentences tell of one person killed (``un
    candidat a été abattu mardi soir``): ACLED counts that death, and no claim holds a number for it."""
    pattern = _optional_pattern(lang, "ONE_KILLED")
    if pattern is None:
        return
    for event in events:
        if event.fatalities or event.event_type not in VIOLENT:
            continue
        if any(pattern.search(fold(evidence.text)) for evidence in event.evidence):
            event.fatalities = 1


def _claimed(events: list[AcledEvent], pairs: Sequence[tuple[Article, DocumentAnalysis]], home: str) -> None:
    """Name the armed group that claimed an attack (``l'attaque a été revendiquée par le JNIM``) as actor 1
    of the event its article reports, when the event's own sentences name none: the claim is in another
    sentence, and ACLED codes the claimant.

    A claim told only in another article of the story (a follow-up: ``le groupe a revendiqué l'attaque``)
    names the actor too, when the story's claims all name one group: the story is about that group's
    attack, though the follow-up's sentences placed no event of their own.
    """
    claims = _claims_by_article(pairs)
    story_wide = set(claims.values())
    only = next(iter(story_wide)) if len(story_wide) == 1 else ""
    for event in events:
        if event.event_type not in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
            continue
        unidentified = _actor_of("unidentified", home, event.country)
        if unidentified not in (event.actor1, event.actor2):
            continue
        group = next((claims[doc] for doc in event.documents if doc in claims), "") or only
        if not group:
            continue
        if event.actor1 == unidentified:
            event.actor1, event.inter1 = group, INTER["rebels"]
        else:
            event.actor2, event.inter2 = group, INTER["rebels"]
        event.interaction = _interaction(event.inter1, event.inter2)


def _claims_by_article(pairs: Sequence[tuple[Article, DocumentAnalysis]]) -> dict[str, str]:
    """Each article's first claim of responsibility: article id → the armed group its claiming sentence names."""
    claims: dict[str, str] = {}
    for article, analysis in pairs:
        lang = analysis.lang or "fr"
        for start, end in sentences(article.text, article.body_start):
            cues = _cues(_blank_quotes(article.text, start, end, analysis), lang)
            if cues.claimed and cues.armed_group:
                claims[article.id] = cues.armed_group
                break
    return claims


def _tie(
    group: ClaimGroup,
    violent: list[AcledEvent],
    texts: dict[str, Article],
    analyses: dict[str, DocumentAnalysis],
    places_at: dict[tuple[str, int], list[Place]],
    home: str,
) -> AcledEvent | None:
    """The violent event a group's reports point to (see the module's step 5); a town's toll tied to another
    town's event goes to its own town's, if the story has one there."""
    target = _tie_among(group, violent, texts, analyses, places_at, home)
    at_its_town = _at_the_group_s_town(group, violent, home)
    if target is not None and at_its_town and all(target is not e for e in at_its_town):
        # "onze à Douala, deux à Yaoundé": tied by a sentence naming several towns, the figure is its own town's
        return _tie_among(group, at_its_town, texts, analyses, places_at, home) or max(
            at_its_town, key=lambda e: e.event_date
        )
    return target


def _at_the_group_s_town(group: ClaimGroup, violent: list[AcledEvent], home: str) -> list[AcledEvent]:
    """The violent events at the town a group's figure is for (its ``place``), if a town of the story's country."""
    if not group.place:
        return []
    towns = {p.name for p in gazetteer().candidates(group.place) if p.kind == "city" and p.iso2 == home}
    return [e for e in violent if e.location in towns and e.geo_precision == 1]


def _tie_among(
    group: ClaimGroup,
    violent: list[AcledEvent],
    texts: dict[str, Article],
    analyses: dict[str, DocumentAnalysis],
    places_at: dict[tuple[str, int], list[Place]],
    home: str,
) -> AcledEvent | None:
    """Of ``violent``, the event a group's reports point to, or ``None``."""
    # the event coded from the very sentence of a report: the latest day it names
    for report in group.reports:
        same = [
            e for e in violent if any(ev.doc == report.doc and ev.start <= report.start < ev.end for ev in e.evidence)
        ]
        if same:
            return max(same, key=lambda e: e.event_date)
    # else the latest violent event at a place the report's sentence names, on or before the report
    for report in group.reports:
        article = texts.get(report.doc)
        if article is None:
            continue
        span = _sentence_at(article, report.start)
        if span is None:
            continue
        named = [
            p
            for (doc, s), ps in places_at.items()
            if doc == report.doc and span[0] <= s < span[1]
            for p in ps
            if p.iso2 == home and p.kind != "country"
        ]
        before = (report.date or report.published or "9999")[:10]
        here = [e for e in violent if any(p.name == e.location for p in named) and e.event_date <= before]
        if here:
            return max(here, key=lambda e: e.event_date)
    # else the one violent event of a day the report's sentence tells of, the day a source spoke aside
    # ("le bilan de l'attaque perpétrée dimanche s'élève à 41 morts, a annoncé mardi le gouverneur")
    for report in group.reports:
        article, analysis = texts.get(report.doc), analyses.get(report.doc)
        if article is None or analysis is None:
            continue
        span = _sentence_at(article, report.start)
        if span is None:
            continue
        lang = analysis.lang or "fr"
        told = {
            t.value[:10]
            for t in analysis.timexes
            if span[0] <= t.start < span[1]
            and t.type in ("DATE", "TIME")
            and t.value
            and _DAY.match(t.value)
            and not _part_of_day_only(t.text, lang)
            and not _spoken_day(article.text, span[0], t.start, lang)
        }
        on_day = [e for e in violent if e.event_date in told]
        if len(on_day) == 1:
            return on_day[0]
    # else the latest violent event coded from the report's paragraph ("Douze soldats ont été tués.")
    for report in group.reports:
        article = texts.get(report.doc)
        if article is None:
            continue
        paragraph = paragraph_of(article.text, report.start)
        same = [
            e
            for e in violent
            if any(ev.doc == report.doc and paragraph_of(article.text, ev.start) == paragraph for ev in e.evidence)
        ]
        if same:
            return max(same, key=lambda e: e.event_date)
    # else the violent event of the day a report dates the deaths to
    for report in group.reports:
        if report.date:
            same_day = [e for e in violent if e.event_date == report.date[:10]]
            if same_day:
                return same_day[0]
    return None


def _arrests(
    story_id: str,
    events: list[AcledEvent],
    groups: Sequence[ClaimGroup],
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    home: str,
    capital: Place | None,
    targeted: Sequence[AcledEvent] = (),
) -> list[AcledEvent]:
    """Arrest events from the story's ``arrested`` groups (see the module's step 6); a count of the day and
    place of a ``targeted`` arrest event already made is joined to it."""
    out: list[AcledEvent] = []
    gaz = gazetteer()
    texts = {a.id: a for a, _ in pairs}
    outlets = {a.id: a.outlet or d.outlet or a.id for a, d in pairs}
    # arrests on the day of one of the story's events are that event's aftermath ("quatorze interpellations
    # dans les deux localités" after Monday's clashes), not a police operation of their own
    event_days = {e.event_date for e in events}
    unrest_paragraphs = {
        (ev.doc, paragraph_of(texts[ev.doc].text, ev.start))
        for e in events
        if e.event_type in ("Protests", "Riots")
        for ev in e.evidence
        if ev.doc in texts
    }
    for group in groups:
        if group.category != "arrested" or not group.conservative:
            continue
        if group.population.endswith(("(subset)", "(current)")):
            continue  # a subset ("dont 21 placées en garde à vue") or a status ("28 toujours détenus") arrests no one
        dated = sorted((r.date or r.published or "")[:10] for r in group.reports if (r.date or r.published))
        if not dated or not _DAY.match(dated[0]):
            continue
        day = dated[0]
        if day in event_days or any(
            r.doc in texts and (r.doc, paragraph_of(texts[r.doc].text, r.start)) in unrest_paragraphs
            for r in group.reports
        ):
            continue  # arrests during a demonstration: the police's intervention in it
        if any(
            r.doc in texts
            and not r.date
            and (r.doc, _previous_paragraph(texts[r.doc].text, paragraph_of(texts[r.doc].text, r.start)))
            in unrest_paragraphs
            for r in group.reports
        ):
            continue  # undated, in the paragraph after a demonstration's: the count of that day's arrests
        place = gaz.resolve(group.place, home) if group.place else None
        if place is None or place.iso2 != home or place.kind == "country":
            place = capital
        if place is None:
            continue
        evidence: list[Evidence] = []
        for report in group.reports:
            article = texts.get(report.doc)
            if article is None:
                continue
            span = _sentence_at(article, report.start) or (report.start, report.end)
            evidence.append(Evidence(report.doc, span[0], span[1], article.text[span[0] : span[1]]))
        sources = {outlets.get(r.doc, r.doc) for r in group.reports}
        if same := next((e for e in targeted if e.event_date == day and e.location == place.name), None):
            _add_evidence(same, evidence, sources)
            continue  # the count of a targeted arrest already made (the leaders taken at home that night)
        if same := next((e for e in out if e.event_date == day and e.location == place.name), None):
            _add_evidence(same, evidence, sources)
            continue  # one event per type, place and day: a second count of that day's arrests there
        precision = place.geo_precision if place is not capital else 3
        out.append(_arrest_event(story_id, day, 2, place, precision, home, evidence, sources))
    return out


def _arrest_event(
    story_id: str,
    day: str,
    time_precision: int,
    place: Place,
    geo_precision: int,
    home: str,
    evidence: list[Evidence],
    sources: set[str],
) -> AcledEvent:
    """A "Strategic developments / Arrests" row: the home country's police arresting civilians."""
    country = place.country
    return AcledEvent(
        event_id_cnty="",
        story=story_id,
        event_date=day,
        year=int(day[:4]),
        time_precision=time_precision,
        disorder_type="Strategic developments",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1=_actor_of("police", home, country),
        assoc_actor_1="",
        inter1=INTER["state"],
        actor2=_actor_of("civilians", home, country),
        inter2=INTER["civilians"],
        interaction=_interaction(INTER["state"], INTER["civilians"]),
        civilian_targeting="",
        **_place_fields(place, geo_precision),
        source="; ".join(sorted(sources - {""})),
        notes=" ".join(dict.fromkeys(" ".join(e.text.split()) for e in evidence[:3])),
        fatalities=0,
        documents=sorted({e.doc for e in evidence}),
        evidence=evidence,
    )


@dataclass(frozen=True, slots=True)
class _Targeted:
    """A sentence telling a targeted arrest (``TARGETED_ARREST``), with the one day it happened."""

    day: str
    evidence: Evidence
    time_precision: int


def _targeted_arrest(
    article: Article,
    span: tuple[int, int],
    days: Sequence[str],
    said: Sequence[Timex],
    running: tuple[int, list[str], int, list[Place], str],
    on_running: bool,
) -> _Targeted | None:
    """The targeted arrest a sentence tells, dated by its own one day, or, undated ("des dizaines de militants
    ont été arrêtés à leur domicile dans la nuit"), by the day the paragraph before it tells of (time precision
    2, as ACLED dates what is known only around a day); ``None`` with no day or several."""
    start, end = span
    evidence = Evidence(article.id, start, end, article.text[start:end])
    if len(days) == 1:
        return _Targeted(days[0], evidence, 1)
    if not days and not said and on_running and len(running[1]) == 1:
        return _Targeted(running[1][0], evidence, 2)
    return None


def _targeted_arrest_events(
    story_id: str,
    found: Sequence[tuple[_Targeted, list[Place], str]],
    pairs: Sequence[tuple[Article, DocumentAnalysis]],
    places_in: dict[str, list[tuple[int, list[Place]]]],
    home: str,
    capital: Place | None,
) -> list[AcledEvent]:
    """One "Arrests" event per place and day of the story's targeted arrests (see ``TARGETED_ARREST``).

    Placed where the sentence says, else in the town its article is about, else at the capital with geo
    precision 3 (ACLED's place for a national report): a leader taken at home is arrested where the movement's
    article is set, and a raid told without a town is the capital's more often than not."""
    articles = {a.id: a for a, _ in pairs}
    out: list[AcledEvent] = []
    for arrest, located, outlet in found:
        place = next((p for p in located if p.iso2 == home and p.kind != "country"), None)
        precision = place.geo_precision if place is not None else 1
        if place is None and (article := articles.get(arrest.evidence.doc)) is not None:
            place = _article_place(article, places_in.get(article.id, ()), home)
        if place is None:
            place, precision = capital, 3
        if place is None:
            continue
        if same := next((e for e in out if e.event_date == arrest.day and e.location == place.name), None):
            _add_evidence(same, [arrest.evidence], {outlet})
            same.time_precision = min(same.time_precision, arrest.time_precision)
            continue
        out.append(
            _arrest_event(
                story_id, arrest.day, arrest.time_precision, place, precision, home, [arrest.evidence], {outlet}
            )
        )
    return out


def _add_evidence(event: AcledEvent, evidence: list[Evidence], outlets: set[str]) -> None:
    """Join another count's sentences and outlets to an event of the same type, place and day."""
    for item in evidence:
        if all(e.doc != item.doc or e.start != item.start for e in event.evidence):
            event.evidence.append(item)
    event.documents = sorted({e.doc for e in event.evidence})
    event.source = "; ".join(sorted({*event.source.split("; "), *outlets} - {""}))


def number_events(events: list[AcledEvent]) -> None:
    """ACLED event ids: the country's ISO3 code and a running number, in date order (``KAZ1``, ``KAZ2``)."""
    counters: Counter[str] = Counter()
    for event in sorted(events, key=lambda e: (e.event_date, e.event_type, e.location)):
        counters[event.iso] += 1
        event.event_id_cnty = f"{event.iso}{counters[event.iso]}"
