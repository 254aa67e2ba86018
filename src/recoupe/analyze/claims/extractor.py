"""Numeric claims: each figure in the article, what it counts, how sure, and who says so.

The component follows spaCy's split between finding and writing:

* *find*: every figure of the article body (:class:`~recoupe.analyze.numbers.NumberParser`), placed on
  the parse's tokens;
* *decide*: what each figure counts, from the words around it: the counted noun (``300 morts``,
  ``5 000 manifestants``), the verb it is the subject or object of (``ont été tués``, ``a arrêté``,
  ``attaquée par``), the total it is the value of (``le nombre de détenus s'élève à``), or the figure it
  is listed with. A noun that names a category (``blessés``) decides unless a verb says otherwise (``18
  policiers ont été tués``); a verb that also takes things (``évacuer``, ``envoyer``) decides only for
  people. What is not about people (money, ages, percentages, dates, labels such as ``Non. 2``) is
  ``other``;
* *lists and ellipses*: news writes the counted noun once and lists the rest bare (``1,28 million de
  manifestants selon l'Intérieur, 3,5 millions selon la CGT``, ``25 tués : dix au Nangarhar, neuf …``,
  ``…, dont 408 à Paris, contre 31 la veille``). A figure with no noun or verb of its own, after a
  joiner, counts what the figure it continues counts; its own place and source stay its own, and what
  it lacks it takes from that count (a part keeps the total's source; a competing count of another
  source, the total's place);
* *attribute*: the source (:mod:`recoupe.analyze.claims.sources`), the date (a timex of the sentence),
  the place (a location of the clause, or of an opening ``À Marseille,``) and whether the verb is
  conditional (``seraient``);
* *write*: :class:`~recoupe.model.Claim` records on ``parsed.analysis.claims``.

The dependency parse is used where it is reliable (a speech verb's subject) and a linear reading of
the tokens elsewhere: ``fr_core_news_md`` attaches figures erratically (``3.000`` as a pronoun, ``26
criminels`` as a conjunct of the preceding noun), while word order around a French figure is regular.
"""

from __future__ import annotations

import datetime
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from recoupe.analyze.base import Parsed, components
from recoupe.analyze.claims.sources import Frame, SourceFinder, assign
from recoupe.analyze.numbers import MAX_PEOPLE, Figure, NumberParser
from recoupe.analyze.quotes.find import find_quote_spans
from recoupe.analyze.spans import Interval, SpanIndex, intervals
from recoupe.analyze.syntax import morph
from recoupe.lang import Language
from recoupe.model import PEOPLE_CATEGORIES, Attribution, Claim, Entity

_QUOTES = frozenset({"«", "»", '"', "“", "”", "'", "‘", "’"})
#: Marks that open or close a quotation (no apostrophes): a count in a quote is its speaker's.
_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
#: Categories an indefinite ``un``/``une`` may count: ``un policier a été tué`` is a figure, ``un
#: manifestant`` in a description is not.
_ARTICLE_CATEGORIES = frozenset({"killed", "injured", "hospitalized", "arrested", "missing"})
#: Categories of a role rather than an outcome: ``26 assaillants et 18 policiers ont été tués`` counts
#: assaillants killed, while ``72 interpellations et 2 policiers blessés`` keeps its arrests.
_ROLE_CATEGORIES = frozenset({"participants", "troops"})
#: Categories of a toll: a sentence that opens with one, right after a sentence that named its source, goes
#: on with that source's report (``…, a indiqué l'agence. Neuf personnes restent portées disparues``).
_TOLL_CATEGORIES = frozenset({"killed", "injured", "hospitalized", "arrested", "missing", "displaced"})
#: Categories of what became of people a participle already counts: in ``dix ouvriers blessés restent
#: hospitalisés`` or ``vingt personnes arrêtées restent introuvables`` the finite verb tells where they are now.
_LATER_FATES = frozenset({"killed", "hospitalized", "missing"})
#: How far (in tokens) the verb of a figure may be from it.
_VERB_REACH = 7
#: How far a counted subject's complements and asides may reach before its verb (``800 soldats de la garde,
#: le corps d'élite de l'armée, ont été dépêchés``).
_COMPLEMENT_REACH = 24
#: How far past a describing participle its noun's verb may be (``deux hommes soupçonnés d'avoir allumé le
#: feu ont été arrêtés``).
_PARTICIPLE_REACH = 9
#: Words of a time or place complement between a participle and the finite verb of its noun (``enlevés en mars
#: ont été tués``): at most this many, of these parts of speech.
_SHORT_COMPLEMENT_REACH = 5
_COMPLEMENT_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADV", "ADJ"})
#: How many tokens an apposition between a figure and its verb may hold (``Au moins 41 personnes, pour la
#: plupart des enfants de moins de cinq ans, sont mortes``).
_APPOSITION_REACH = 15
#: How many tokens an apposition holding a participle may hold (``Des dizaines de jeunes, parfois cagoulés,``).
_SHORT_APPOSITION = 10
#: Signs that pair a figure with the next one into a score, a ratio or a clock time (``2-2``, ``3/4``).
_PAIRING = frozenset("-–/:")
#: How far (in tokens) a listed figure may be from the one it continues when a joiner opens its item
#: (``… ont fui les combats en une semaine selon l'Organisation internationale pour les migrations,
#: contre 330 000``): a source or a place may come between.
_LIST_REACH = 24
#: How far (in tokens) a figure's verb is looked for on its left; further for a count of people, whose verb
#: may come before a time and a place.
_OBJECT_REACH = 6
#: How far back (in tokens) the people a pronoun's figure counts are looked for (``Ils étaient 1 200``).
_ANTECEDENT_REACH = 60
_PEOPLE_OBJECT_REACH = 9
#: How far (tokens) the parse may attach a verb phrase's object (``répondu lundi matin à l'appel``).
_PHRASE_OBJECT_REACH = 8


@dataclass
class _Candidate:
    """A figure on its way to becoming a claim."""

    figure: Figure
    sentence: Span
    first: int  # token index of the figure's number
    last: int  # token index just past the figure
    np_start: int | None = None  # token range of the counted noun phrase
    np_end: int | None = None
    noun: Token | None = None
    noun_category: str | None = None
    noun_kind: str = "none"  # "category", "weak", "people", "thing", "unknown", "partitive", "none"
    verb: Token | None = None
    verb_category: str | None = None
    verb_side: str = ""  # "right" (figure is the subject) or "left" (object or agent)
    verb_end: int | None = None  # char offset where the right-hand verb phrase ends
    chain: list[Token] = field(default_factory=list)  # the verb and its auxiliaries
    category: str = "other"
    subject: str = ""
    qualifier: str = "exact"
    shared_verb: bool = False
    agent: bool = False  # the figure is the agent of a passive (``attaquée par 20 000 individus``)
    pronoun_holder: bool = False  # ``ils étaient 245 000``: what is counted was named before
    timeish: bool = False  # part of a time expression (``le 19 janvier``): a position, not a count
    continues: _Candidate | None = None  # the figure whose list this one continues (``…, 3,5 millions selon la CGT``)
    subset: bool = False  # joined by ``dont``/``parmi``: a part of the figure it continues
    enumerated: bool = False  # an item of an enumeration after ``:`` (``25 tués : dix à …, neuf à …``)
    elided: bool = False  # its category came from the list, not from its own noun or verb (``dix au Nangarhar``)
    support: Token | None = None  # ``a procédé à 124 interpellations``: the verb whose subject acts


#: Tokens that can end a sentence (a closing quote ends one only after one of these).
_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_FINAL_TUPLE = tuple(_FINAL)


#: The smallest count of a force's members read as the force deployed with no verb saying so (``Quelque 1 200
#: policiers``, ``une vingtaine de policiers``, ``aux 900 policiers et gendarmes déjà présents``).
_DEPLOYED_FORCE_MIN = 20


def _deployed_force(candidate: _Candidate) -> bool:
    """Whether a figure no verb or noun put in a category counts tens or more of a force's members: news counts
    the police, gendarmes and soldiers sent to a place, not the few in an incident (``quatre policiers ont été
    suspendus``), whose verb gives their category anyway when it is one (``18 policiers tués``)."""
    if candidate.noun_kind != "weak" or candidate.noun_category != "troops":
        return False
    size = candidate.figure.value  # a vague amount (``Des dizaines de soldats sont entrés``) counts no force
    return size is not None and size >= _DEPLOYED_FORCE_MIN


def _is_word(text: str) -> bool:
    """Letters, or hyphenated letters: a demonym or a compound (``Sud-Soudanais``) names people as a
    plain noun does."""
    return all(part.isalpha() for part in text.split("-"))


def _holds(index: SpanIndex[Interval] | None, offset: int) -> bool:
    """Whether a span of ``index`` holds the character at ``offset`` (a figure or word inside a timex)."""
    return index is not None and bool(index.overlapping(offset, offset + 1))


def _designation(doc: Doc, first: int) -> bool:
    """Whether the number at token ``first`` ends a model's or a unit's name: right after a code in
    capitals that itself follows a common noun (``un char AMX 10``, ``l'avion A 320``)."""
    if first < 2:
        return False
    code, noun = doc[first - 1], doc[first - 2]
    return code.text.isalpha() and code.text.isupper() and noun.pos_ == "NOUN" and noun.text.islower()


def _capitalized_number(doc: Doc, span: Span) -> bool:
    """Whether a number in words is capitalized after a determiner or a preposition: ``les Vingt-Sept``,
    ``des Quinze``, ``aux Vingt-Huit`` name a group of states (the EU's members), they count no one."""
    first = doc[span.start]
    if span.start == 0 or first.text[:1].isdigit() or not first.text[:1].isupper():
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("DET", "ADP") and before.text.islower()


def _hypothetical(doc: Doc, first: int, openers: frozenset[str]) -> bool:
    """Whether the number at token ``first`` stands in a clause that supposes rather than reports (``tant qu'il
    restera un seul disparu``, ``jusqu'à ce que le dernier des 40 mineurs soit remonté``): one of the language's
    openers of such a clause comes before it in its clause (no punctuation between)."""
    words: list[str] = []
    for i in range(first - 1, max(first - 9, -1), -1):
        token = doc[i]
        if token.is_punct or token.is_sent_end:
            break
        words.insert(0, token.lower_)
        phrase = " ".join(words).replace("' ", "'")  # ``jusqu'`` ``à``: as written
        if any(phrase.startswith(opener) for opener in openers):
            return True
    return False


def _finite(token: Token) -> bool:
    """Whether a token is a verb that makes a clause of its own: a participle (``venue de Lyon``,
    ``cagoulés``) only describes a noun (the tagger calls some participles infinitives: ``évacués``)."""
    forms = token.morph.get("VerbForm", [])
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Part" not in forms and "Inf" not in forms)


def _clause_verb(token: Token) -> bool:
    """Whether a token opens the finite verb of a clause: an auxiliary in the infinitive or a participle
    (``soupçonnés d'avoir incendié``, ``après avoir été blessés``) belongs to a complement, not to a clause."""
    forms = token.morph.get("VerbForm", [])
    return _finite(token) and "Inf" not in forms and "Part" not in forms


def _absurd(figure: Figure) -> bool:
    """Whether a figure is beyond any count of people (it stays a claim, of category ``other``)."""
    return any(v is not None and abs(v) > MAX_PEOPLE for v in (figure.value, figure.low, figure.high))


_NEWLINES = re.compile(r"\n\s*")
_CLOSERS = frozenset({"»", "”", '"', ")"})


class _SentenceUnits:
    """Sentences as recoupe reads them, looked up by token.

    spaCy's parser-made boundaries are fixed in two ways: a line break always ends a sentence (spaCy
    runs some over a paragraph break, ``plus de 3.000.\nEn parallèle``, and a source must never be
    carried over one), and a boundary that follows no final punctuation is dropped (spaCy cuts ``2.059 |
    blessés, selon le ministère`` and ``« … 300 personnes » | , a déclaré le préfet``). Only the tokens
    around boundaries are looked at, so the cost is per sentence, not per token.
    """

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        offsets = doc.to_array("IDX").tolist()
        starts = {0}
        for i in (doc.to_array("SENT_START") == 1).nonzero()[0].tolist():  # -1 marks a non-start
            if i > 0 and self._ends_sentence(doc, i):
                starts.add(i)
        for match in _NEWLINES.finditer(text):
            i = bisect_right(offsets, match.end() - 1)
            if 0 < i < len(doc):
                starts.add(i)
        self.starts = sorted(starts)
        self.cache: dict[int, Span] = {}

    @staticmethod
    def _ends_sentence(doc: Doc, i: int) -> bool:
        if doc[i].text in (",", ";", ":"):
            return False
        previous = doc[i - 1].text
        if previous in _CLOSERS and i >= 2:
            previous = doc[i - 2].text
        return previous in _FINAL or previous.endswith(_FINAL_TUPLE)

    def of(self, token: int) -> Span:
        """The sentence holding token index ``token``."""
        at = bisect_right(self.starts, token) - 1
        span = self.cache.get(at)
        if span is None:
            end = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.doc)
            span = self.cache[at] = self.doc[self.starts[at] : end]
        return span


def _place_link(prepositions: Sequence[str], articles: Sequence[str], kind: str = "") -> re.Pattern[str]:
    """The words between a figure and its place: a preposition, an optional article (``dans la``) and an
    optional place kind (``dans la province voisine de``)."""
    preps = "|".join(re.escape(p) for p in prepositions)
    arts = "|".join(re.escape(a) + (r"\s*" if a.endswith("'") else r"\s+") for a in articles)
    kinds = f"(?:{kind})?" if kind else ""
    return re.compile(rf"\s*(?:{preps})\s+(?:{arts})?{kinds}", re.IGNORECASE)


@components.register("claims")
class ClaimExtractor:
    """Figures with what they count, their qualifier, source, date, place and reported-speech flag."""

    name = "claims"
    #: ``entities`` for sources (through coreference), ``timexes`` for the figure's date.
    requires: ClassVar[tuple[str, ...]] = ("entities", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("claims",)

    def __init__(self, lang: Language) -> None:
        self.numbers = NumberParser(lang.numbers)
        data = lang.claims
        self.category_nouns: dict[str, str] = {w: c for c, words in data.CATEGORY_NOUNS.items() for w in words}
        self.verb_asides: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in data.SUBJECT_VERB_ASIDES)
        self.weak: frozenset[str] = frozenset(data.WEAK_NOUN_CATEGORIES)
        self.people: frozenset[str] = frozenset(data.PEOPLE_NOUNS)
        self.not_counted: frozenset[str] = frozenset(data.NOT_COUNTED)
        self.not_counted_before: frozenset[str] = frozenset(data.NOT_COUNTED_BEFORE)
        self.patient_verbs: dict[str, str] = dict(data.PATIENT_VERBS)
        self.holding_verbs: frozenset[str] = frozenset(getattr(data, "HOLDING_VERBS", ()))
        self.held_nouns: frozenset[str] = frozenset(getattr(data, "HELD_NOUNS", ()))
        self.inmate_moves: frozenset[str] = frozenset(data.INMATE_MOVE_VERBS)
        self.people_only: frozenset[str] = frozenset(data.PEOPLE_ONLY_VERBS)
        self.protest_deploy: frozenset[str] = frozenset(data.PROTEST_DEPLOY_VERBS)
        self.deployed_people: frozenset[str] = frozenset(data.DEPLOYED_PEOPLE_NOUNS)
        self.subject_verbs: dict[str, str] = dict(data.SUBJECT_VERBS)
        self.lack_verbs: frozenset[str] = frozenset(data.LACK_VERBS)
        self.participle_endings: tuple[str, ...] = tuple(data.PARTICIPLE_ENDINGS)
        self.correction_links: frozenset[str] = frozenset(data.CORRECTION_LINKS)
        self.continuation_openers: frozenset[str] = frozenset(data.REPORT_CONTINUATION_OPENERS)
        self.continuation_counts = re.compile(data.REPORT_CONTINUATION_COUNTS, re.IGNORECASE)
        continued = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data.TRAILING_SOURCE_CONTINUATIONS)
        self.trailing_continuation = re.compile(rf"[\s)»\"”]*,\s*(?:{continued})\s*$", re.IGNORECASE)
        self.lack_prepositions: frozenset[str] = frozenset(data.LACK_PREPOSITIONS)
        self.reflexives: frozenset[str] = frozenset(getattr(data, "REFLEXIVE_CLITICS", ()))
        self.sought_verbs: frozenset[str] = frozenset(getattr(data, "SOUGHT_VERBS", ()))
        self.wanted_nouns: frozenset[str] = frozenset(getattr(data, "WANTED_NOUNS", ()))
        self.purpose_markers: frozenset[str] = frozenset(getattr(data, "PURPOSE_MARKERS", ()))
        self.care_verbs: frozenset[str] = frozenset(getattr(data, "CARE_VERBS", ()))
        self.care_places: frozenset[str] = frozenset(getattr(data, "CARE_PLACES", ()))
        self.weapon_only: frozenset[str] = frozenset(getattr(data, "WEAPON_ONLY_VERBS", ()))
        self.weapons: frozenset[str] = frozenset(getattr(data, "WEAPON_NOUNS", ()))
        self.care_centres: frozenset[str] = frozenset(getattr(data, "CARE_CENTRES", ()))
        self.care_centre_kinds: frozenset[str] = frozenset(getattr(data, "CARE_CENTRE_KINDS", ()))
        self.verb_objects: dict[tuple[str, str], str] = dict(data.VERB_OBJECT_PHRASES)
        self.dative_objects: dict[tuple[str, str], str] = dict(data.DATIVE_OBJECT_PHRASES)
        self.agent_verbs: frozenset[str] = frozenset(data.AGENT_VERBS)
        self.totals: dict[str, str | None] = dict(data.TOTAL_NOUNS)
        self.measures: frozenset[str] = frozenset(data.MEASURE_VERBS)
        self.joiners: frozenset[str] = frozenset(data.LIST_JOINERS)
        self.subset_markers: frozenset[str] = frozenset(data.SUBSET_MARKERS)
        self.partitives: tuple[str, ...] = tuple(data.PARTITIVE_PHRASES)
        self.partitive_words: frozenset[str] = frozenset(data.PARTITIVE_WORDS)
        self.part_of_words: frozenset[str] = frozenset(data.PART_OF_WORDS)
        self.part_of_possessives: frozenset[str] = frozenset(getattr(data, "PART_OF_POSSESSIVES", ()))
        self.place_prepositions: frozenset[str] = frozenset(data.PLACE_PREPOSITIONS)
        self.noun_qualifiers: frozenset[str] = frozenset(data.NOUN_QUALIFIERS)
        self.present_endings: tuple[tuple[str, str], ...] = tuple(data.PRESENT_ENDINGS)
        self.attached_openers: frozenset[str] = frozenset(data.ATTACHED_OPENERS)
        self.place_relatives: frozenset[str] = frozenset(getattr(data, "PLACE_RELATIVES", ()))
        self.reinforce_verbs: frozenset[str] = frozenset(data.REINFORCE_VERBS)
        self.operation_verbs: frozenset[str] = frozenset(data.OPERATION_VERBS)
        self.means_prepositions: frozenset[str] = frozenset(data.MEANS_PREPOSITIONS)
        self.force_subject_verbs: frozenset[str] = frozenset(data.FORCE_SUBJECT_VERBS)
        self.clause_breaks: frozenset[str] = frozenset(data.CLAUSE_BREAKS)
        self.links: frozenset[str] = frozenset(data.NOUN_PHRASE_LINKS)
        self.article_nouns: frozenset[str] = frozenset(data.ARTICLE_COUNT_NOUNS)
        self.generic_persons: frozenset[str] = frozenset(data.GENERIC_PERSON_NOUNS)
        self.complement_articles: frozenset[str] = frozenset(data.ARTICLE_COMPLEMENT_LINKS)
        self.relative_nouns: frozenset[str] = frozenset(data.RELATIVE_NOUNS)
        self.infinitive_links: frozenset[str] = frozenset(getattr(data, "INFINITIVE_LINKS", ()))
        self.modals: frozenset[str] = frozenset(data.MODAL_VERBS)
        self.modal_links: frozenset[str] = frozenset(getattr(data, "MODAL_LINKS", ()))
        self.hypothetical_openers: frozenset[str] = frozenset(data.HYPOTHETICAL_OPENERS)
        self.nominal_cues: dict[str, str] = dict(data.NOMINAL_CUES)
        self.remains: frozenset[str] = frozenset(getattr(data, "REMAINS_NOUNS", ()))
        self.remains_pronouns: frozenset[str] = frozenset(getattr(data, "REMAINS_PRONOUNS", ()))
        self.release_verbs: frozenset[str] = frozenset(getattr(data, "RELEASE_VERBS", ()))
        self.states: list[tuple[str, str]] = sorted(data.STATE_PHRASES.items(), key=lambda kv: -len(kv[0]))
        self.presence_states: list[tuple[str, str]] = sorted(
            getattr(data, "PRESENCE_STATES", {}).items(), key=lambda kv: -len(kv[0])
        )
        self.list_gaps: frozenset[str] = frozenset(data.SHARED_VERB_GAPS)
        self.list_attributions: tuple[str, ...] = tuple(sorted(data.LIST_ATTRIBUTIONS, key=len, reverse=True))
        self.per_words: frozenset[str] = frozenset(data.PER_WORDS)
        self.differences: tuple[str, ...] = tuple(data.DIFFERENCE_PHRASES)
        self.support_verbs: frozenset[str] = frozenset(data.SUPPORT_VERBS)
        self.object_barriers: frozenset[str] = frozenset(data.OBJECT_BARRIERS)
        self.figure_complements: frozenset[str] = frozenset(data.FIGURE_COMPLEMENTS)
        self.counted_complement_links: frozenset[str] = frozenset(data.COUNTED_COMPLEMENT_LINKS)
        self.shelter_category: str = data.SHELTER_CATEGORY
        self.trailing_total_articles: frozenset[str] = frozenset(data.TRAILING_TOTAL_ARTICLES)
        self.recalled_openers: frozenset[str] = frozenset(data.RECALLED_OPENERS)
        self.day_after_phrases: frozenset[str] = frozenset(data.DAY_AFTER_PHRASES)
        self.count_after_event = re.compile(data.COUNT_AFTER_EVENT, re.IGNORECASE)
        self.day_after_links: tuple[str, ...] = tuple(data.DAY_AFTER_LINKS)
        self.coordinators: frozenset[str] = frozenset(data.COORDINATORS)
        self.verb_chain_words: frozenset[str] = frozenset(data.VERB_CHAIN_WORDS)
        self.state_copulas: frozenset[str] = frozenset(getattr(data, "STATE_COPULAS", ()))
        self.state_copula_forms: frozenset[str] = frozenset(getattr(data, "STATE_COPULA_FORMS", ()))
        self.passive_auxiliary: str = data.PASSIVE_AUXILIARY
        self.plural_pronouns: frozenset[str] = frozenset(data.PLURAL_SUBJECT_PRONOUNS)
        self.counted_clitics: frozenset[str] = frozenset(data.COUNTED_CLITICS)
        self.age_complement: re.Pattern[str] = re.compile(data.AGE_COMPLEMENT, re.IGNORECASE)
        self.restrictive_negations: frozenset[str] = frozenset(getattr(data, "RESTRICTIVE_NEGATIONS", ()))
        self.attributed_after: re.Pattern[str] = re.compile(
            getattr(data, "ATTRIBUTED_FIGURE_AFTER", r"(?!)"), re.IGNORECASE
        )
        self.total_complements: frozenset[str] = frozenset(getattr(data, "TOTAL_COMPLEMENTS", ()))
        self.total_targets: frozenset[str] = frozenset(data.TOTAL_TARGET_LINKS)
        self.membership_verbs: frozenset[str] = frozenset(getattr(data, "MEMBERSHIP_VERBS", ()))
        self.aside_dashes: frozenset[str] = frozenset(getattr(data, "ASIDE_DASHES", ()))
        self.count_question = re.compile(getattr(data, "COUNT_QUESTION", r"(?!)"), re.IGNORECASE)
        self.crowd_question = re.compile(getattr(data, "CROWD_QUESTION", r"(?!)"), re.IGNORECASE)
        self.place_share_verbs: frozenset[str] = frozenset(getattr(data, "PLACE_SHARE_VERBS", ()))
        self.most_hit_share = re.compile(data.MOST_HIT_SHARE, re.IGNORECASE)
        self.revision_link = re.compile(getattr(data, "REVISION_LINK", r"(?!)"), re.IGNORECASE)
        self.revision_verbs: frozenset[str] = frozenset(getattr(data, "REVISION_VERBS", ()))
        self.revision_from: str = getattr(data, "REVISION_FROM", "")
        self.source_aside: re.Pattern[str] = re.compile(getattr(data, "SOURCE_ASIDE", r"(?!)"), re.IGNORECASE)
        self.competing_gap = re.compile(getattr(data, "COMPETING_COUNT_GAP", r"(?!)"), re.IGNORECASE)
        self.competing_after = re.compile(getattr(data, "COMPETING_COUNT_AFTER", r"(?!)"), re.IGNORECASE)
        self.competing_category: str = getattr(data, "COMPETING_COUNT_CATEGORY", "other")
        self.complementizers: frozenset[str] = frozenset(data.COMPLEMENTIZERS)
        self.agent_prepositions: frozenset[str] = frozenset(data.AGENT_PREPOSITIONS)
        self.place_link: re.Pattern[str] = _place_link(
            data.PLACE_PREPOSITIONS, data.PLACE_ARTICLES, getattr(data, "PLACE_KIND_LINK", "")
        )
        arts = "|".join(re.escape(a) + (r"\s*" if a.endswith("'") else r"\s+") for a in data.PLACE_ARTICLES)
        kind = getattr(data, "PLACE_KIND_LINK", "")
        #: what may open a clause before the place it is about: ``La province de`` (Tete), ``L'``(Andalousie)
        self.subject_place_opening: re.Pattern[str] = re.compile(
            rf"\s*(?:{arts})?" + (f"(?:{kind})?" if kind else ""), re.IGNORECASE
        )
        #: a place the tagger did not recognise, named after its kind in an opening adverbial (``Dans la seule
        #: commune de Prundu Bârgăului, …``): the kind says the capitalised words are a place
        self.kind_named_place: re.Pattern[str] | None = (
            re.compile(
                _place_link(data.PLACE_PREPOSITIONS, data.PLACE_ARTICLES).pattern
                + rf"(?:{kind})"
                + r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})\s*",
                re.IGNORECASE,
            )
            if kind
            else None
        )
        self.rubric_after: re.Pattern[str] = re.compile(getattr(data, "RUBRIC_AFTER", r"(?!)"))
        #: the words right before a place the figure lies in (``à``, ``dans la``), not near (``près de``)
        self.in_place_before: re.Pattern[str] = re.compile(
            r"(?:^|\s)(?:" + "|".join(re.escape(p) for p in data.PLACE_PREPOSITIONS) + rf")\s+(?:{arts})?$",
            re.IGNORECASE,
        )
        self.facility_before: re.Pattern[str] = re.compile(getattr(data, "FACILITY_BEFORE", r"(?!)"), re.IGNORECASE)
        self.affiliation_before: re.Pattern[str] = re.compile(
            getattr(data, "AFFILIATION_BEFORE", r"(?!)"), re.IGNORECASE
        )
        self.facility_name: re.Pattern[str] = re.compile(getattr(data, "FACILITY_NAME", r"(?!)"), re.IGNORECASE)
        self.event_name: re.Pattern[str] = re.compile(getattr(data, "EVENT_NAME", r"(?!)"), re.IGNORECASE)
        self.describing_aside: re.Pattern[str] = re.compile(
            getattr(data, "DESCRIBING_ASIDE_BEFORE", r"(?!)"), re.IGNORECASE
        )
        self.naming_aside: re.Pattern[str] = re.compile(getattr(data, "NAMING_ASIDE_BEFORE", r"(?!)"))
        self.place_pronoun: re.Pattern[str] = re.compile(getattr(data, "PLACE_PRONOUN", r"(?!)"), re.IGNORECASE)
        anaphora = getattr(data, "PLACE_ANAPHORA", "")
        self.place_anaphora: re.Pattern[str] | None = re.compile(anaphora, re.IGNORECASE) if anaphora else None
        self.sources = SourceFinder(lang.speech, data, exclude=frozenset(data.PATIENT_VERBS))
        self.frame_index: SpanIndex[Interval] = intervals(())  # per article, set by :meth:`_sources`
        self.framed: set[int] = set()  # per article, set by :meth:`_sources`: sentences holding a frame
        self._comma_cache: dict[tuple[int, int], list[int]] = {}  # per article, by :meth:`_commas`
        try:
            self.months: frozenset[str] = frozenset(lang.data("time").MONTHS)
            self.weekdays: frozenset[str] = frozenset(lang.data("time").WEEKDAYS)
        except (ImportError, AttributeError):  # the time tables are optional for claims
            self.months, self.weekdays = frozenset(), frozenset()

    def __call__(self, parsed: Parsed) -> None:
        candidates = self.find(parsed)
        self.decide(parsed, candidates)
        parsed.analysis.claims = self.write(parsed, candidates)

    # -- find -------------------------------------------------------------------------------------

    def find(self, parsed: Parsed) -> list[_Candidate]:
        """Every figure of the article body, placed on the parse's tokens."""
        doc = parsed.doc
        units = _SentenceUnits(doc, parsed.text)
        found: list[_Candidate] = []
        for figure in self.numbers.find(parsed.text, parsed.article.body_start):
            span = doc.char_span(figure.number_start, figure.end, alignment_mode="expand")
            if span is None or not len(span) or self._label_number(doc, span):
                continue
            found.append(_Candidate(figure, units.of(span.start), span.start, span.end, qualifier=figure.qualifier))
        return found

    def _label_number(self, doc: Doc, span: Span) -> bool:
        """Whether a number glued to the common noun before it names that thing: ``le service d'urgences 112
        Andalousie``, ``la ligne 4``, ``la route 66``. French counts with a determiner or a preposition before
        the figure, never a bare noun; a number of digits only, with no counted noun after it, is a label (a
        figure after a noun of people, ``Bilan : morts 12``, still counts)."""
        if _capitalized_number(doc, span):
            return True
        if len(span) != 1 or not span[0].text.isdigit() or span.start == 0:
            return False
        before = doc[span.start - 1]
        if before.pos_ != "NOUN" or not before.text.islower() or before.whitespace_ == "":
            return False
        if before.lower_ in self.category_nouns or before.lower_ in self.people:
            return False
        if self._verb_after_clitic(doc, before):
            return False  # ``la mairie en annonce 31``: a verb tagged as a noun, whose object the figure is
        after = doc[span.end] if span.end < len(doc) else None
        return after is None or not (after.pos_ == "NOUN" and after.text.islower())

    # -- decide -----------------------------------------------------------------------------------

    def decide(self, parsed: Parsed, candidates: list[_Candidate]) -> None:
        """Set each candidate's category, subject and qualifier, sentence by sentence."""
        timex_spans = intervals((t.start, t.end) for t in parsed.analysis.timexes)
        by_sentence: dict[int, list[_Candidate]] = {}
        for candidate in candidates:
            by_sentence.setdefault(candidate.sentence.start, []).append(candidate)
        last_counted: _Candidate | None = None
        answered: tuple[int, str] | None = None  # the end of the last sentence answering a count question, its count
        for group in by_sentence.values():
            starts = {c.figure.start for c in group}
            for candidate in group:
                self._noun(parsed.doc, parsed.text, candidate, starts, timex_spans)
            for candidate in reversed(group):  # right to left: a listed figure shares the next one's verb
                self._verb(parsed.doc, parsed.text, candidate, group)
            asides = self._asides(group[0].sentence)
            previous: _Candidate | None = None
            outside: _Candidate | None = None  # the last figure not inside parentheses
            for candidate in group:
                aside = any(o < candidate.figure.start < c for o, c in asides)
                before = previous
                if (
                    not aside
                    and previous is not None
                    and any(o < previous.figure.start < c <= candidate.figure.start for o, c in asides)
                ):
                    before = outside  # ``1,3 million (3,5 millions selon la CGT), dont 93 000``: the list resumes
                if _holds(timex_spans, candidate.figure.number_start) or self._is_date(parsed.doc, candidate):
                    candidate.category, candidate.timeish = "other", True
                else:
                    self._categorize(parsed.doc, candidate, before)
                    if candidate.category == "other" and candidate.noun_kind in ("people", "unknown"):
                        self._part_of_opening(parsed.doc, parsed.text, candidate)
                if candidate.category in PEOPLE_CATEGORIES and _absurd(candidate.figure):
                    candidate.category = "other"  # more people than live on Earth: not a count of people
                if candidate.category in PEOPLE_CATEGORIES and _designation(parsed.doc, candidate.first):
                    candidate.category = "other"  # ``un char AMX 10``: a model's name, not a count
                if candidate.category in PEOPLE_CATEGORIES and _hypothetical(
                    parsed.doc, candidate.first, self.hypothetical_openers
                ):
                    candidate.category = "other"  # ``tant qu'il restera un seul disparu``: supposed, not counted
                if candidate.category == "other" and not candidate.timeish and candidate.noun_kind == "none":
                    self._attributed_bare(parsed, candidate, before)
                if candidate.category == "other" and not candidate.timeish and candidate.noun_kind == "none":
                    self._total_set_at(parsed.doc, candidate)
                if candidate.category == "other" and not candidate.timeish and _deployed_force(candidate):
                    candidate.category = "troops"
                named = last_counted
                if named is not None and named.subset and named.continues is not None:
                    named = named.continues  # ``300 habitants, dont 40 enfants. La préfecture en a recensé 350``
                holder = candidate.pronoun_holder and not candidate.timeish
                total = self._sentence_total(parsed.doc, candidate) if holder else None
                if total is not None and candidate.category == "other":
                    # ``Le décompte des blessés … : la police en annonce 36``
                    candidate.category, candidate.subject = total
                elif (
                    holder
                    and candidate.category == "other"
                    and named is not None
                    and named.category in PEOPLE_CATEGORIES
                ):
                    candidate.category = named.category
                    if candidate.noun is None:  # ``Parmi eux, 12 000 enfants`` keeps its own noun
                        candidate.subject = named.subject
                elif holder and candidate.category == "other" and named is None:
                    self._antecedent_count(parsed, candidate)
                if candidate.category in PEOPLE_CATEGORIES or (
                    candidate.noun_kind == "people" and not candidate.timeish
                ):
                    # ``conçu pour 3 000 personnes, en accueille 11 000``: ``en`` stands for the people
                    # counted last, even when that figure counts no one in a category (a capacity)
                    last_counted = candidate
                if candidate.category != "skip" and not candidate.timeish:
                    previous = candidate  # a date between two counts (``le 19 janvier et 1,27 million``) joins nothing
                    outside = candidate if not aside else outside
            answered = self._answer(parsed, group, answered)
            self._revised_from(parsed, group)
            self._parallel(parsed.text, group)
            self._competing(parsed.doc, parsed.text, group)

    def _answer(
        self, parsed: Parsed, group: list[_Candidate], answered: tuple[int, str] | None
    ) -> tuple[int, str] | None:
        """``Combien étaient-ils ? Environ 15 000, selon la police. Plus de 100 000, assurent les organisateurs.``:
        a sentence that opens with a bare figure answers the count question of the sentence right before it (or
        goes on answering it, after another answer) and counts what it asks. Returns where this answer ends and
        what it counts, for the next sentence; ``None`` when the sentence answers nothing."""
        first = group[0]
        sentence = first.sentence
        if first.category != "other" or first.noun_kind != "none" or first.timeish:
            return None
        if parsed.text[sentence.start_char : first.figure.start].strip():
            return None
        before = parsed.text[: sentence.start_char].rstrip()
        category = answered[1] if answered is not None and answered[0] == len(before) else None
        if category is None and before.endswith("?"):
            category = self._question_category(before[max(before.rfind(c, 0, len(before) - 1) for c in ".!?\n") + 1 :])
        if category is None:
            return None
        first.category = category
        return sentence.end_char, category

    def _revised_from(self, parsed: Parsed, group: list[_Candidate]) -> None:
        """``la police a porté de sept à neuf le nombre de tués``: a bare figure after ``de``, right before ``à``
        and the revised count, is that count's earlier value: it counts what the revised one counts."""
        doc = parsed.doc
        for before, after in itertools.pairwise(group):
            if before.category != "other" or before.noun_kind != "none" or before.timeish:
                continue
            if after.category not in PEOPLE_CATEGORIES or before.first < 2:
                continue
            if (
                doc[before.first - 1].lower_ != self.revision_from
                or doc[before.first - 2].lemma_.lower() not in self.revision_verbs
            ):
                continue
            if not self.revision_link.match(parsed.text[before.figure.end : after.figure.start]):
                continue
            before.category, before.subject = after.category, after.subject

    def _question_category(self, question: str) -> str | None:
        """What a count question asks to count (``Combien de blessés ?``: injured; ``Combien étaient-ils ?``: a
        crowd's size), or ``None`` for any other question."""
        question = question.strip()
        if self.crowd_question.match(question):
            return "participants"
        asked = self.count_question.match(question)
        if asked is None:
            return None
        category = self.category_nouns.get(asked.group(1).lower())
        return category if category in PEOPLE_CATEGORIES else None

    def _sentence_total(self, doc: Doc, candidate: _Candidate) -> tuple[str, str] | None:
        """The count holder its sentence names before the figure (``Le décompte des blessés divise les
        autorités : …``, ``le nombre de morts varie : …``) and what it counts, as (category, counted noun):
        a figure with no noun of its own after it is that count as someone gives it."""
        found: tuple[str, str] | None = None
        tokens = doc[candidate.sentence.start : candidate.first]
        for token in tokens:
            if token.lower_ not in self.totals or token.i + 2 >= candidate.first:
                continue
            link, counted = doc[token.i + 1], doc[token.i + 2]
            kind, category = self._noun_class(counted)
            if link.lower_ in self.total_complements and kind == "category" and category in PEOPLE_CATEGORIES:
                found = (category, counted.text)
        return found

    def _total_set_at(self, doc: Doc, candidate: _Candidate) -> None:
        """A bare figure a count holder right before it is set at (``…, portant le nombre de morts à cinq``, ``Le
        ministre a porté mercredi le nombre de victimes à 3 100``): it counts what the holder names. The holder's
        words run up to the figure; only a list joined to the count before found the category, so a time or a
        place between that count and the holder left the figure uncounted."""
        first = candidate.first
        if first < 4 or doc[first - 1].lower_ not in self.total_targets:
            return
        counted = doc[first - 2]
        kind, category = self._noun_class(counted)
        holder, link = doc[first - 4], doc[first - 3]
        if (
            holder.i < candidate.sentence.start
            or holder.lower_ not in self.totals
            or link.lower_ not in self.total_complements
            or kind != "category"
            or category not in PEOPLE_CATEGORIES
        ):
            return
        candidate.category, candidate.subject, candidate.elided = category, counted.text, True

    def _attributed_bare(self, parsed: Parsed, candidate: _Candidate, previous: _Candidate | None) -> None:
        """``Le décompte des blessés : trente selon la police, 25 selon l'hôpital``; ``le bilan varie de 12
        morts selon la police à 40 selon une ONG``: a figure with no noun, given as someone's count, counts
        what the sentence's count holder counts, else what the count before it in the sentence counts (when
        no verb of its own stands between them)."""
        if not self.attributed_after.match(parsed.text, candidate.figure.end):
            return
        total = self._sentence_total(parsed.doc, candidate)
        if total is not None:
            candidate.category, candidate.subject = total
            candidate.elided = True
            return
        if previous is None or previous.category not in PEOPLE_CATEGORIES:
            return
        if previous.sentence.start != candidate.sentence.start:
            return
        start = previous.np_end if previous.np_end is not None else previous.last
        gap = parsed.doc[start : candidate.first]
        if any(_finite(t) and t.lemma_.lower() not in self.sources.verbs for t in gap):
            return  # ``12 morts selon la police ; 40 ont été enterrés``: another clause
        candidate.category, candidate.subject = previous.category, previous.subject
        candidate.elided = True
        candidate.continues = previous.continues or previous

    def _antecedent_count(self, parsed: Parsed, candidate: _Candidate) -> None:
        """``Des agriculteurs ont bloqué l'A7. Ils étaient 1 200``: a pronoun's figure, when no figure was
        counted before it, counts the people the last earlier clause names as doing what its verb's category
        says (its subject's verb: ``ont bloqué``, ``manifestaient``). Sets the category and subject."""
        doc = parsed.doc
        stop = max(0, candidate.sentence.start - _ANTECEDENT_REACH)
        for token in reversed(doc[stop : candidate.sentence.start]):
            if token.idx < parsed.article.body_start:
                return
            if not token.dep_.startswith("nsubj"):
                continue
            kind, noun_category = self._noun_class(token)
            if kind not in ("people", "category"):
                continue
            category = self.subject_verbs.get(token.head.lemma_.lower()) or noun_category
            if category in PEOPLE_CATEGORIES:
                candidate.category, candidate.subject = category, token.text
            return

    @staticmethod
    def _asides(sentence: Span) -> list[tuple[int, int]]:
        """Where the sentence's parentheses open and close (character offsets)."""
        spans: list[tuple[int, int]] = []
        opened: int | None = None
        for token in sentence:
            if token.text == "(":
                opened = token.idx
            elif token.text == ")" and opened is not None:
                spans.append((opened, token.idx))
                opened = None
        return spans

    def _parallel(self, text: str, group: list[_Candidate]) -> None:
        """``2 millions et 2,8 millions de manifestants``: a bare figure listed right before a counted one
        counts what that one counts (the noun is written once, on the last figure of the list)."""
        carried: set[int] = set()  # figures that took their category here, and may pass it on leftwards
        for candidate, following in zip(reversed(group[:-1]), reversed(group[1:]), strict=True):
            if candidate.category != "other" or candidate.noun_kind != "none" or candidate.timeish:
                continue
            if following.category not in PEOPLE_CATEGORIES or (following.noun is None and id(following) not in carried):
                continue
            gap = " ".join(text[candidate.figure.end : following.figure.start].split()).lower()
            if gap in self.list_gaps:
                candidate.category, candidate.subject = following.category, following.subject
                carried.add(id(candidate))

    def _competing(self, doc: Doc, text: str, group: list[_Candidate]) -> None:
        """``800 personnes selon la police, 2 000 selon les syndicats(, ont défilé)``: one count given twice, by
        two counters, each figure followed by its own source. Of people (a people noun or none), both figures
        count one crowd: the category one of them got elsewhere (its verb), else a crowd's size, with or
        without a verb (``À Lyon, 3 000 selon la police, 9 000 selon la CGT.``)."""
        for first, second in itertools.pairwise(group):
            pair = (first, second)
            if any(c.timeish or c.noun_kind not in ("people", "none") for c in pair):
                continue
            if all(c.noun_kind == "none" and not c.pronoun_holder for c in pair) and not self._crowd_before(doc, first):
                continue  # ``3 selon X, 5 selon Y``: nothing says these are people
            gap = self.competing_gap.fullmatch(text, first.figure.end, second.figure.start)
            if gap is None or not self.competing_after.match(text, second.figure.end):
                continue
            known = [c.category for c in pair if c.category in PEOPLE_CATEGORIES]
            if any(c.category not in PEOPLE_CATEGORIES and c.category != "other" for c in pair):
                continue
            if len(set(known)) > 1:
                continue
            category = known[0] if known else self.competing_category
            subject = next((c.subject for c in pair if c.subject), "")
            for candidate in pair:
                if candidate.category == "other":
                    candidate.category, candidate.subject = category, candidate.subject or subject
                    candidate.elided = candidate.noun is None

    def _crowd_before(self, doc: Doc, candidate: _Candidate) -> bool:
        """Whether the figure's sentence, before it, says a crowd gathered (``Les enseignants ont manifesté
        mardi : 5 000 selon la police, …``, ``la manifestation a rassemblé …``): a verb or a noun of a crowd."""
        for token in doc[candidate.sentence.start : candidate.first]:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and self.subject_verbs.get(lemma) == self.competing_category:
                return True
            if token.pos_ == "NOUN" and self.nominal_cues.get(token.lower_) == self.competing_category:
                return True
        return False

    def _is_date(self, doc: Doc, candidate: _Candidate) -> bool:
        following = doc[candidate.last] if candidate.last < len(doc) else None
        return following is not None and following.lower_ in self.months

    def _noun(
        self,
        doc: Doc,
        text: str,
        candidate: _Candidate,
        figure_starts: set[int],
        timex_spans: SpanIndex[Interval] | None = None,
    ) -> None:
        """Find the noun phrase the figure counts (``« criminels armés »``, ``membres de la Garde``).

        A figure followed by a time expression (``994 la nuit suivante``, ``300 mardi``) or by an
        attribution (``42 000 pour la préfecture``, ``120 000 côté syndicats``) has no noun of its own:
        it is an ellipsis, and counts what the figure it continues counts.
        """
        index = candidate.last
        sentence_end = candidate.sentence.end
        rest = text[candidate.figure.end : candidate.figure.end + 20].lower().replace("’", "'").lstrip()
        if any(rest.startswith(p) and not rest[len(p) : len(p) + 1].isalpha() for p in self.differences):
            candidate.noun_kind = "thing"  # ``2 000 de plus que la semaine dernière``: a difference
            return
        end = candidate.figure.end
        if text[end : end + 1] in _PAIRING and text[end + 1 : end + 2].isdigit():
            candidate.noun_kind = "thing"  # ``(2-2)``, ``3/4``: a score or a ratio, which no list continues
            return
        if self._opens_attribution(rest):
            return
        if any(rest.startswith(p) for p in self.partitives):
            candidate.noun_kind = "partitive"
            length = len(next(p for p in self.partitives if rest.startswith(p)))
            window = text[candidate.figure.end : candidate.figure.end + 20]
            stop = candidate.figure.end + (len(window) - len(window.lstrip())) + length
            span = doc.char_span(candidate.figure.end, stop, alignment_mode="expand")
            candidate.np_start, candidate.np_end = (span.start, span.end) if span is not None else (None, None)
            return
        before = doc[candidate.first - 1] if candidate.first > candidate.sentence.start else None
        if (
            before is not None
            and before.lower_.rstrip(".") in self.not_counted_before
            and not self._corrects(doc, before)
        ):
            candidate.noun_kind = "thing"
            return
        if (
            before is not None
            and before.lower_ in self.part_of_words
            and candidate.first - 2 >= candidate.sentence.start
            and doc[candidate.first - 2].like_num
        ):
            candidate.noun_kind = "thing"  # ``12 des 30 passagers ont été blessés``: the whole, not who was hurt
            return
        takes_de = (
            candidate.figure.kind in ("vague", "unit")
            or text[candidate.figure.number_start : candidate.figure.end].split()[-1].lower()
            in self.numbers.multipliers
        )
        while index < sentence_end and (
            doc[index].text in _QUOTES or (takes_de and doc[index].lower_ in self.figure_complements)
        ):
            index += 1
        if index >= sentence_end:
            return
        if doc[index].lower_ in self.trailing_total_articles:
            index = self._past_trailing_holder(doc, index, sentence_end)
        if (
            doc[index].lower_ in self.part_of_words
            and index + 1 < sentence_end
            and self._noun_class(doc[index + 1])[0] in ("category", "weak", "people")
        ):
            index += 1  # ``Quatre des blessés ont été hospitalisés``: a part of people named by their noun
        elif (
            doc[index].lower_ in self.part_of_words
            and index + 2 < sentence_end
            and doc[index + 1].like_num
            and self._noun_class(doc[index + 2])[0] != "none"
        ):
            index += 2  # ``31 des 48 drones``: a part of a counted whole, which names what both count
        elif (
            doc[index].lower_ in self.figure_complements
            and index + 2 < sentence_end
            and doc[index + 1].lower_ in self.part_of_possessives
            and self._noun_class(doc[index + 2])[0] in ("category", "weak", "people")
        ):
            index += 2  # ``la perte de six de ses combattants``: a part of the people its possessive names
        token = doc[index]
        lower = token.lower_
        if (
            lower not in self.not_counted
            and (lower in self.weekdays or _holds(timex_spans, token.idx))
            and not _holds(timex_spans, candidate.figure.number_start)
        ):
            return  # ``719 dimanche soir``: when, not what (but ``de 18 à 25 ans`` counts years)
        if lower in self.partitive_words:
            following = doc[index + 1] if index + 1 < sentence_end else None
            if (
                following is None
                or self._noun_class(following)[0] == "none"
                or following.lower_ in self.state_copula_forms  # ``d'autres restent`` (tagged a noun)
            ):
                candidate.noun_kind, candidate.np_start, candidate.np_end = "partitive", index, index + 1
                return
            index += 1  # ``trois autres blessés``, ``deux autres immeubles``: ``autres`` qualifies the noun
            token, lower = doc[index], doc[index].lower_
        if lower in self.not_counted or token.text == "%":
            candidate.noun_kind, candidate.noun = "thing", token
            return
        if (
            token.pos_ == "ADJ"
            and lower not in self.category_nouns
            and lower not in self.people
            and index + 1 < sentence_end
            and doc[index + 1].pos_ in ("NOUN", "PROPN")
        ):
            index += 1
            token, lower = doc[index], doc[index].lower_
        kind, category = self._noun_class(token)
        if kind == "none":
            return
        candidate.noun, candidate.noun_kind, candidate.noun_category = token, kind, category
        candidate.np_start = index
        candidate.np_end = self._noun_phrase_end(doc, index, sentence_end, figure_starts)
        if kind in ("people", "unknown"):
            for other in doc[index + 1 : candidate.np_end]:
                other_kind, other_category = self._noun_class(other)
                if other_kind in ("category", "weak") and (
                    doc[other.i - 1].lower_ in self.coordinators or doc[other.i - 1].lower_ == ","
                ):
                    candidate.noun_kind, candidate.noun_category = other_kind, other_category
                    break
                if other_kind == "category" and self._attributive_participle(token, other):
                    # ``le nombre de personnes détenues``: the tagger makes the participle a noun
                    candidate.noun_kind, candidate.noun_category = other_kind, other_category
                    break

    def _corrects(self, doc: Doc, before: Token) -> bool:
        """Whether the word before a figure ends a correction (``…, et non 23``): the figure is the count
        it corrects, no label (``non. 2``)."""
        if before.i == 0:
            return False
        return f"{doc[before.i - 1].lower_} {before.lower_}" in self.correction_links

    def _attributive_participle(self, noun: Token, other: Token) -> bool:
        """Whether ``other`` is a participle set right after the people noun it qualifies (``cheminots
        détenus``, ``personnes hospitalisées``), which the tagger may call a noun: what befell the people
        says what they count, as ``personnes arrêtées`` does (a noun in apposition, ``mineurs prisonniers``,
        does not)."""
        return (
            other.i == noun.i + 1
            and other.head.i == noun.i
            and other.dep_ in ("amod", "acl")
            and other.lower_.endswith(self.participle_endings)
        )

    def _opens_attribution(self, rest: str) -> bool:
        """Whether ``rest`` (the lowercase words after a figure) opens ``pour X`` / ``côté X``, not ``pour cent``,
        or a reporting participle and its agent (``des 12 000 avancées par la police``: who gave that count)."""
        reported = re.match(r"([^\W\d_]+)\s+(\w+)", rest)
        if (
            reported is not None
            and reported.group(2) in self.sources.agent_prepositions
            and self.sources.participle_infinitive(reported.group(1)) in self.sources.verbs
        ):
            return True
        for phrase in self.list_attributions:
            if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalpha():
                following = rest[len(phrase) :].split(maxsplit=1)
                return not (following and following[0].strip(".,;") in self.per_words)
        return False

    def _noun_class(self, token: Token) -> tuple[str, str | None]:
        lower = token.lower_
        category = self.category_nouns.get(lower)
        if category is not None:
            return ("weak" if category in self.weak else "category"), category
        if lower in self.people or token.lemma_.lower() in self.people:
            return "people", None
        if lower in self.not_counted:
            return "thing", None
        if token.pos_ in ("NOUN", "PROPN") and _is_word(token.text):
            return "unknown", None
        return "none", None

    def _noun_phrase_end(self, doc: Doc, head: int, limit: int, figure_starts: set[int]) -> int:
        """One past the noun phrase that starts at ``head``: adjectives, ``de`` complements, ``et`` nouns."""
        end = head + 1
        index = head + 1
        while index < limit and index - head < 12:
            token = doc[index]
            if token.idx in figure_starts or token.text[:1].isdigit() or token.lower_ in self.state_copula_forms:
                break
            if token.text in _QUOTES:
                index += 1
                continue
            if token.lower_ in self.noun_qualifiers:  # ``trois passeurs présumés arrêtés``
                end = index + 1
                index += 1
                continue
            if token.pos_ in ("ADJ", "VERB") and (self._is_predicate(token) or self._state(doc.text, token.idx)):
                break  # ``2 policiers blessés``, ``privées de logement``: what happened, not the noun
            if token.pos_ in ("ADJ", "NOUN", "PROPN") and not token.text[:1].isdigit():
                if (
                    doc[index - 1].lower_ in self.coordinators
                    and token.pos_ == "ADJ"
                    and token.lower_ not in self.category_nouns
                ):
                    break
                end = index + 1
                index += 1
                continue
            if token.lower_ in self.links and token.lower_ not in (",",):
                nxt = doc[index + 1] if index + 1 < limit else None
                if (
                    nxt is not None
                    and (nxt.pos_ in ("NOUN", "PROPN", "DET", "ADJ") or nxt.text in _QUOTES)
                    and nxt.idx not in figure_starts
                    and not nxt.text[:1].isdigit()
                ):
                    index += 1
                    continue
            break
        while end > head + 1 and doc[end - 1].text in _QUOTES:
            end -= 1
        if end < limit and doc[end].text in ("»", "”") and any(t.text in ("«", "“") for t in doc[head - 1 : end]):
            end += 1
        return end

    def _is_predicate(self, token: Token) -> bool:
        """A participle or adjective that gives a category (``blessés``, ``tuées``, ``évacuées``)."""
        category = self.category_nouns.get(token.lower_)
        if category is not None and category not in self.weak:
            return True
        lemma = token.lemma_.lower()
        return "Part" in morph(token, "VerbForm") and (lemma in self.patient_verbs or lemma in self.subject_verbs)

    def _verb(self, doc: Doc, text: str, candidate: _Candidate, group: list[_Candidate]) -> None:
        """The verb the figure is the subject of (right) or the object or agent of (left)."""
        if self._remains_of(doc, candidate):
            return
        after = candidate.np_end if candidate.np_end is not None else candidate.last
        if self._right_verb(doc, text, candidate, after):
            return
        joined = self._listed_next(text, candidate, group, after)
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        if (
            opening is not None
            and opening.start > candidate.sentence.start
            and doc[opening.start - 1].lower_ in self.subset_markers
        ):
            joined = None  # ``45 blessés, dont 12 policiers, et 3 sont mortes``: the part is the total's, not the next
        if candidate.noun is not None and candidate.noun.dep_ == "obj":
            joined = None  # ``transportait 110 personnes et 60 personnes manquent``: the object has its own verb
        if joined is not None and joined.verb is not None and joined.verb_side == "right":
            candidate.verb, candidate.verb_category = joined.verb, joined.verb_category
            candidate.verb_side, candidate.chain, candidate.shared_verb = "right", joined.chain, True
            return
        if self._governing_verb(doc, candidate):
            return
        far = self._past_subject_complement(doc, candidate, after)
        if far > after and self._right_verb(doc, text, candidate, far):
            return
        self._left_verb(doc, candidate)

    def _past_subject_complement(self, doc: Doc, candidate: _Candidate, index: int) -> int:
        """Where the verb of a counted subject starts past a long complement or aside (``près de 300 habitants
        des maisons bâties au pied de la digue ont été évacués``, ``800 soldats de la garde, le corps d'élite de
        l'armée, ont été dépêchés``, ``3 000 soldats, gendarmes et policiers quadrillent la ville``), else
        ``index``. The figure opens its clause (no finite verb before it whose object it could be); the
        words skipped hold no clause of their own (no finite verb, no clause word, no other count); after a
        comma they either close an aside right before the verb or only add bare nouns to a list (not ``300
        manifestants, la police a chargé``).
        """
        sentence = candidate.sentence
        if candidate.noun_kind not in ("people", "category", "weak"):
            return index
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        first = opening.start if opening is not None else candidate.first
        if first > sentence.start and doc[first - 1].lower_ in self.subset_markers:
            return index  # ``dont une fillette, ont été …``: the verb after the part's aside is the total's
        if first > sentence.start and doc[first - 1].pos_ == "ADP":
            return index  # ``déclenché avec 90 policiers, a visé …``: a complement, not the subject
        if candidate.figure.kind == "article" and first > sentence.start and doc[first - 1].text == ",":
            return index  # ``La victime, un étudiant de 19 ans, a été …``: an apposition; the verb is the named one's
        for token in reversed(doc[sentence.start : candidate.first]):
            if token.lower_ in self.clause_breaks:
                break
            if _finite(token):
                return index
        limit = min(sentence.end, index + _COMPLEMENT_REACH)
        last_comma: int | None = None
        for k in range(index, limit):
            token = doc[k]
            if _clause_verb(token):
                if k == index:
                    return index
                if last_comma is not None and last_comma != k - 1:
                    # the verb's own clitics (``, se sont rassemblées``, ``, n'ont pas``) list nothing
                    listed = [t for t in doc[last_comma + 1 : k] if t.lower_ not in self.verb_chain_words]
                    if any(t.pos_ in ("DET", "PRON", "PROPN") for t in listed):
                        return index
                return k
            if token.lower_ in self.clause_breaks or token.text in _FINAL:
                return index
            thing = k + 1 < limit and doc[k + 1].lower_ in self.not_counted
            described = last_comma is not None or (k > index and doc[k - 1].lower_ in self.figure_complements)
            if (token.like_num or token.text[:1].isdigit()) and not (thing and described):
                # another count; but things counted in an aside or a complement only describe (``, appuyés par 40
                # véhicules,``, ``un émeutier de 19 ans``), while things listed with the subject share its verb
                # (``800 manifestants et 90 tracteurs ont``)
                return index
            if token.lower_ in self.coordinators and k + 1 < limit and doc[k + 1].pos_ in ("DET", "PRON"):
                return index  # ``… et les pompiers ont …``: another subject
            if token.text == ",":
                last_comma = k
        return index

    def _governing_verb(self, doc: Doc, candidate: _Candidate) -> bool:
        """The verb the parse makes the counted noun the subject of, past a relative clause the walk to the
        right stops at (``deux responsables de la société qui exploite l'ouvrage ont été placés en garde à
        vue``). Sets it when it gives a category."""
        noun = candidate.noun
        if noun is None or not noun.dep_.startswith("nsubj") or candidate.noun_kind not in ("people", "category"):
            return False
        verb = noun.head
        if verb.i <= noun.i or verb.i >= candidate.sentence.end or verb.pos_ != "VERB":
            return False
        if not any(t.lower_ in self.clause_breaks for t in doc[noun.i + 1 : verb.i]):
            return False  # no clause between them: the walk to the right read it already
        chain = [t for t in verb.children if t.dep_.startswith("aux")]
        passive = any(t.lemma_ == self.passive_auxiliary for t in chain) or not chain
        category = self._predicate_category(doc, verb, passive, subject=True)
        if category is None:
            return False
        candidate.verb, candidate.verb_category, candidate.verb_side = verb, category, "right"
        candidate.chain = [*chain, verb]
        phrase = self._phrase_object(doc, verb)
        last = phrase[0] if phrase is not None else verb
        candidate.verb_end = last.idx + len(last)
        return True

    def _state(self, text: str, start: int) -> tuple[int, str] | None:
        """A state phrase starting at ``start`` (``en grève``): where it ends and its category."""
        window = text[start : start + 30].lower().replace("’", "'")
        for phrase, category in self.states:
            if window.startswith(phrase) and not window[len(phrase) : len(phrase) + 1].isalpha():
                return start + len(phrase), category
        return None

    def _presence(self, doc: Doc, candidate: _Candidate, verb: Token, limit: int) -> tuple[int, str] | None:
        """A state of people present at a scene starting at ``start`` (``présents``, ``à pied d'œuvre``, ``sur
        place``) after a copula: where it ends and the category of the people it counts. Forces there were sent
        there (``seuls 60 policiers étaient présents``: troops), other people make the crowd (``2 000 fidèles
        étaient présents``: participants), and a category noun keeps its own (``dix blessés sont sur place``).
        People the figure does not name as such (``300 véhicules``, ``40 ingénieurs``) are no count. ``verb`` is
        the copula (``sont``, ``restent``); adverbs after it are skipped (``sont toujours sur place``)."""
        index = verb.i + 1
        while index < limit and doc[index].pos_ == "ADV":
            index += 1
        if index >= limit:
            return None
        start = doc[index].idx
        window = doc.text[start : start + 30].lower().replace("’", "'")
        end = next(
            (
                start + len(phrase)
                for phrase, _ in self.presence_states
                if window.startswith(phrase) and not window[len(phrase) : len(phrase) + 1].isalpha()
            ),
            None,
        )
        if end is None:
            return None
        kind, noun = candidate.noun_kind, candidate.noun
        if kind == "weak" or (noun is not None and noun.lower_ in self.deployed_people):
            return end, "troops"
        if kind == "category" and candidate.noun_category is not None:
            return end, candidate.noun_category
        if kind == "people":
            return end, "participants"
        return None

    def _right_verb(self, doc: Doc, text: str, candidate: _Candidate, index: int) -> bool:
        limit = candidate.sentence.end
        index = self._past_subset_aside(doc, index, limit)
        index = self._past_age(doc, text, index, limit)
        # a figure set after its noun by a comma (``Les pillards, une cinquantaine selon la mairie, ont fui``)
        # is an apposition: the verb after its source is the noun's, not the figure's
        apposition = any(
            doc[i].text == "," for i in range(max(candidate.sentence.start, candidate.first - 2), candidate.first)
        )
        index = self._past_dash_aside(doc, index, limit)
        if not apposition:
            index = self._past_source_aside(doc, text, index, limit)
        index = self._past_counted_complement(doc, index, limit)
        index = self._past_participle_modifier(doc, text, index, limit)
        index = self._past_time_before_infinitive(doc, index, limit)
        chain: list[Token] = []
        passive = False
        start = index
        while index < limit and index - start < _VERB_REACH:
            token = doc[index]
            aside = self._verb_aside(doc, index, limit)
            if aside:
                index += aside  # ``ont par ailleurs été interpellées``: the aside is no part of the verb
                continue
            modal = token.pos_ == "VERB" and token.lemma_.lower() in self.modals
            # ``ont tenté de bloquer``: the infinitive after an attempt is the act counted
            linked = token.lower_ in self.modal_links and index > start and self._modal(doc[index - 1])
            if (
                token.pos_ == "AUX"
                or modal
                or linked
                or token.lower_ in self.verb_chain_words
                or token.text in _QUOTES
                or (token.pos_ == "ADV" and token.lower_ not in self.clause_breaks)
            ):
                if token.pos_ == "AUX":
                    chain.append(token)
                    passive = passive or token.lemma_ == self.passive_auxiliary
                index += 1
                continue
            break
        if index >= limit:
            return False
        token = doc[index]
        state = self._state(text, token.idx)
        copula = token.lemma_.lower() in self.state_copulas or token.lower_ in self.state_copula_forms
        after_copula = index + 1
        while copula and after_copula + 1 < limit and doc[after_copula].pos_ == "ADV":
            after_copula += 1  # ``12 supporters se trouvent toujours en garde à vue``
        if state is None and copula and after_copula < limit:
            state = self._state(text, doc[after_copula].idx)  # ``900 personnes restent sans logement``
        if state is None and copula and index + 2 < limit and doc[index + 1].pos_ in ("VERB", "ADJ"):
            state = self._state(text, doc[index + 2].idx)  # ``neuf autres restent bloqués sous terre``
        if state is None and (copula or passive or token.lemma_ == self.passive_auxiliary):
            # ``400 soldats sont à pied d'œuvre``, ``60 policiers restaient sur place``
            state = self._presence(doc, candidate, token if copula or not passive else chain[-1], limit)
        if state is not None:  # ``3 000 salariés en grève``, ``sont en garde à vue``
            candidate.verb, candidate.verb_category, candidate.verb_side = token, state[1], "right"
            candidate.verb_end, candidate.chain = state[0], [*chain, token]
            return True
        if token.pos_ not in ("VERB", "ADJ", "NOUN"):
            return False
        category = self._predicate_category(doc, token, passive or not chain, subject=True)
        if self._wanted(candidate, token):
            return False
        if category is None and (shelter := self._shelter_after(doc, text, candidate, token)) is not None:
            candidate.verb, candidate.verb_category, candidate.verb_side = token, self.shelter_category, "right"
            candidate.verb_end, candidate.chain = shelter, [*chain, token]
            return True
        if category == "hospitalized" and self._taken_to_care(token):
            category = self._counted_noun_category(candidate) or category
        if (
            category is None
            and passive
            and token.pos_ == "NOUN"
            and chain
            and all(doc[k].pos_ == "ADV" for k in range(chain[-1].i + 1, index))
        ):
            # ``3 pêcheurs sont morts``: the tagger takes the participle after ``être`` for the noun
            noun_category = self.category_nouns.get(token.lower_)
            category = noun_category if noun_category not in self.weak else None
        if category is None:
            return False
        if not chain and self._later_fate(doc, text, candidate, token, category):
            return True
        candidate.verb, candidate.verb_category, candidate.verb_side = token, category, "right"
        phrase = self._phrase_object(doc, token)
        last = phrase[0] if phrase is not None else token
        candidate.verb_end = last.idx + len(last)
        if last.i + 1 < limit and doc[last.i + 1].text in ("»", "”"):
            candidate.verb_end = doc[last.i + 1].idx + 1
        candidate.chain = [*chain, token]
        return True

    def _modal(self, token: Token) -> bool:
        """Whether the token is a verb that passes its subject to an infinitive (``tenter``, ``pouvoir``)."""
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.modals

    def _shelter_after(self, doc: Doc, text: str, candidate: _Candidate, verb: Token) -> int | None:
        """Where a shelter phrase right after a verb of no category ends (``47 000 personnes s'entassent dans des
        abris``, ``17 800 sont accueillies dans des gymnases``), if the figure counts people; else ``None``."""
        if candidate.noun_kind not in ("people", "none") or verb.i + 1 >= candidate.sentence.end:
            return None
        state = self._state(text, doc[verb.i + 1].idx)
        return state[0] if state is not None and state[1] == self.shelter_category else None

    def _later_fate(
        self, doc: Doc, text: str, candidate: _Candidate, participle: Token, described: str | None = None
    ) -> bool:
        """Whether a finite verb right after a participle that describes the counted people says what became
        of them (``dix ouvriers blessés restent hospitalisés``, ``vingt personnes arrêtées restent
        introuvables``, ``deux otages blessés sont morts``): the participle tells who they are, the finite verb
        what the sentence counts. Sets that verb when it gives one of :data:`_LATER_FATES`. People the
        participle says were lost or taken (``described`` missing) whom the verb says came back count in no
        category; an arrest stays one whatever followed (``trois militants interpellés mardi ont été
        relâchés``)."""
        if participle.pos_ not in ("VERB", "ADJ") or _finite(participle):
            return False
        index = participle.i + 1
        limit = candidate.sentence.end
        while index < limit and doc[index].pos_ == "ADV":
            index += 1
        index = self._past_short_complement(doc, index, limit)
        if index >= limit or not _finite(doc[index]):
            return False
        saved = (candidate.verb, candidate.verb_category, candidate.verb_side, candidate.verb_end, candidate.chain)
        if self._right_verb(doc, text, candidate, index) and candidate.verb_category in _LATER_FATES:
            return True
        candidate.verb, candidate.verb_category, candidate.verb_side, candidate.verb_end, candidate.chain = saved
        released = self._release_verb(doc, index, limit) if described == "missing" else None
        if released is None:
            return False
        candidate.verb, candidate.verb_category, candidate.verb_side = released, None, "right"
        candidate.verb_end, candidate.chain = released.idx + len(released), [released]
        return True

    def _past_short_complement(self, doc: Doc, index: int, limit: int) -> int:
        """Where a finite verb starts past a short time or place complement after a participle (``enlevés
        en mars ont été tués``, ``évacués la veille sont rentrés``): no punctuation, no clause break, a few
        words of a complement only. ``index`` itself when none ends on a finite verb."""
        for k in range(index, min(index + _SHORT_COMPLEMENT_REACH, limit)):
            token = doc[k]
            if _finite(token):
                return k
            if token.is_punct or token.lower_ in self.clause_breaks or token.pos_ not in _COMPLEMENT_POS:
                return index
        return index

    def _release_verb(self, doc: Doc, index: int, limit: int) -> Token | None:
        """The verb of release or return from ``index`` on (``ont été libérées``, ``ont été relâchés``,
        ``ont été retrouvés sains et saufs``), past its auxiliaries: people taken or lost whom the sentence
        says came back are no longer unaccounted for, and counted in no category. Not when a category word
        follows (``ont été retrouvés morts``): that says what they were found."""
        for token in doc[index : min(index + _VERB_REACH, limit)]:
            if token.pos_ == "AUX" or token.pos_ == "ADV":
                continue
            if token.lemma_.lower() not in self.release_verbs:
                return None
            following = doc[token.i + 1] if token.i + 1 < limit else None
            if following is not None and self._noun_class(following)[0] == "category":
                return None
            return token
        return None

    def _past_time_before_infinitive(self, doc: Doc, index: int, limit: int) -> int:
        """Skip a time or place set between a figure and ``à`` + infinitive (``Ils étaient plusieurs milliers,
        vendredi 12 juin, à converger…``, ``Ils étaient 300 jeudi à défiler``): what they were doing says
        what the figure counts, as in ``Ils étaient 300 à défiler``. The words skipped hold no verb and at
        most two commas (an aside), and ``à`` must open an infinitive."""
        end = min(limit, index + _SHORT_APPOSITION)
        for k in range(index, end):
            token = doc[k]
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != ","):
                return index
            if (
                k > index
                and token.lower_ in self.infinitive_links
                and k + 1 < limit
                and "Inf" in morph(doc[k + 1], "VerbForm")
                and sum(t.text == "," for t in doc[index:k]) <= 2
            ):
                return k
        return index

    def _verb_aside(self, doc: Doc, index: int, limit: int) -> int:
        """How many tokens an adverbial phrase at ``index`` takes inside a verb chain (``par ailleurs``, ``de
        leur côté``, :data:`SUBJECT_VERB_ASIDES`), else 0."""
        for words in self.verb_asides:
            end = index + len(words)
            if end <= limit and tuple(t.lower_ for t in doc[index:end]) == words:
                return len(words)
        return 0

    def _past_dash_aside(self, doc: Doc, index: int, limit: int) -> int:
        """Skip an aside between dashes after the counted noun (``plusieurs centaines de paysans – près de
        5 000 selon les organisateurs – ont défilé``): the verb after the closing dash is the noun's. Only
        when a verb follows: a dash left open runs to the sentence's end and sets no verb."""
        if index >= limit or not self._aside_dash(doc[index]):
            return index
        closing = next((t.i for t in doc[index + 1 : limit] if self._aside_dash(t)), None)
        if closing is None or closing + 1 >= limit:
            return index
        after = doc[closing + 1]
        verb_next = after.pos_ in ("AUX", "VERB") or after.lower_ in self.verb_chain_words
        return closing + 1 if verb_next else index

    def _aside_dash(self, token: Token) -> bool:
        """Whether the token is a dash set apart by spaces, as an aside's opening or closing one (not the
        hyphen inside ``Croix-Rouge``, which the tokenizer splits off too)."""
        spaced = bool(token.whitespace_) and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))
        return token.text in self.aside_dashes and spaced

    def _past_source_aside(self, doc: Doc, text: str, index: int, limit: int) -> int:
        """Skip who gives the figure, and another's figure for it, between the figure and its verb (``400
        personnes selon la police, 800 selon la CGT, se sont rassemblées``): the source says who counted, the
        verb what was counted. Only when a verb follows: ``selon la police`` closing a sentence asserts none."""
        if index >= limit:
            return index
        match = self.source_aside.match(text, doc[index].idx)
        if match is None:
            return index
        after = next((t.i for t in doc[index:limit] if t.idx >= match.end()), limit)
        verb_next = after < limit and (doc[after].pos_ in ("AUX", "VERB") or doc[after].lower_ in self.verb_chain_words)
        return after if verb_next else index

    def _past_age(self, doc: Doc, text: str, index: int, limit: int) -> int:
        """Skip a person's age between the counted noun and its verb (``un pompier de 24 ans est mort``,
        ``un sauveteur âgé de 31 ans a été blessé``): the age describes, the verb counts."""
        if index >= limit:
            return index
        match = self.age_complement.match(text, doc[index].idx)
        if match is None:
            return index
        return next((t.i for t in doc[index:limit] if t.idx >= match.end()), limit)

    def _past_counted_complement(self, doc: Doc, index: int, limit: int) -> int:
        """Skip a complement that counts something else between the counted noun and its verb (``500
        habitants de trois hameaux ont été évacués``, ``8 000 militaires des deux armées sont engagés``): the verb
        is the noun's."""
        if index + 2 >= limit or doc[index].lower_ not in self.counted_complement_links or not doc[index + 1].like_num:
            return index
        end = index + 2
        while (
            end < limit
            and end - index < 9
            and (
                doc[end].pos_ in ("NOUN", "ADJ", "PROPN")
                # its own complement (``deux membres d'une faction dissidente des FARC ont été tués``)
                or (doc[end].lower_ in self.links and end + 1 < limit and doc[end + 1].pos_ in ("NOUN", "PROPN", "DET"))
            )
        ):
            end += 1
        return end if end > index + 2 and end < limit and doc[end].pos_ in ("AUX", "VERB") else index

    def _past_participle_modifier(self, doc: Doc, text: str, index: int, limit: int) -> int:
        """Skip a participle that only places or describes the counted noun (``1 200 habitants des villages
        situés en aval ont été évacués``): the finite verb a few words on is the noun's. A participle that
        says what befell them (``blessés``, ``en garde à vue``) is the predicate and is kept."""
        if index >= limit:
            return index
        start = index
        while index + 1 < limit and doc[index].pos_ == "ADV" and doc[index + 1].pos_ in ("VERB", "ADJ"):
            index += 1  # ``des centaines d'hommes lourdement armés ont pris…``: the adverb grades the participle
        token = doc[index]
        if (
            token.pos_ not in ("VERB", "ADJ")
            or "Part" not in morph(token, "VerbForm")
            or self._is_predicate(token)
            or self._state(text, token.idx) is not None
        ):
            return start
        for following in doc[index + 1 : min(index + _PARTICIPLE_REACH, limit)]:
            if (following.is_punct and following.text not in _QUOTES) or following.lower_ in self.clause_breaks:
                return start
            if _clause_verb(following):  # not ``avoir`` of ``soupçonnés d'avoir allumé le feu``
                return following.i
        return start

    def _past_subset_aside(self, doc: Doc, index: int, limit: int) -> int:
        """Skip ``, dont 3 000 enfants,`` between a figure and its verb (``12 000 personnes, dont 3 000
        enfants, ont été déplacées``): the aside is the subset's, the verb is the total's. So is an apposition
        that names them (``Deux passeurs présumés, un Tunisien et un Égyptien, ont été arrêtés``) or describes
        them (``Des dizaines de jeunes, parfois cagoulés, ont affronté``): no verb but a participle, no figure
        in digits, and a verb right after it."""
        if index + 1 >= limit or doc[index].text != ",":
            return index
        if doc[index + 1].lower_ not in self.subset_markers:
            # an apposition that names them may run to a dozen words (``, pour la plupart des enfants de moins
            # de cinq ans,``); one that tells what befell them (``, touché à la tête par un tir,``) is short
            participle = doc[index + 1].pos_ == "VERB"
            for close in range(index + 2, min(index + _APPOSITION_REACH, limit - 1)):
                token = doc[close]
                if _finite(token) or token.lower_ in self.clause_breaks or token.text[:1].isdigit():
                    return index
                participle = participle or token.pos_ == "VERB"
                if participle and close - index >= _SHORT_APPOSITION:
                    return index
                if token.text == ",":
                    return close + 1 if doc[close + 1].pos_ in ("AUX", "VERB") else index
            return index
        described = False  # a participle in the part (``dont une compagnie venue de Lyon``)
        for close in range(index + 2, min(index + 12, limit)):
            token = doc[close]
            if _finite(token) or token.lower_ in self.clause_breaks:
                return index
            described = described or token.pos_ == "VERB"
            if token.text == ",":
                # past a participle, only a finite verb is the total's: ``17 blessés, dont 5 grièvement
                # atteints, évacués vers Gao`` has none
                return close + 1 if not described or _finite(doc[close + 1]) else index
        return index

    def _reflexive(self, verb: Token) -> bool:
        """Whether a verb carries a reflexive clitic: ``se sont massées`` is what the subject did, not what
        was done to it, so its subject-verb category wins over the passive reading of ``être`` + participle."""
        return any(child.lower_ in self.reflexives for child in verb.children if child.i < verb.i)

    def _counted_noun_category(self, candidate: _Candidate) -> str | None:
        """The category the counted noun gives by itself: ``douze blessés soignés à l'hôpital`` stay the
        wounded (the injury toll), only ``sept personnes transportées à l'hôpital`` count the hospitalized."""
        noun = candidate.noun
        category = self.category_nouns.get(noun.lower_) if noun is not None else None
        return category if category not in self.weak else None

    def _wanted(self, candidate: _Candidate, verb: Token) -> bool:
        """Whether people ``recherchés`` are wanted (``deux suspects sont recherchés``), not missing: the
        verb is the same, only the counted noun tells the police's search from a rescue."""
        if verb.lemma_.lower() not in self.sought_verbs:
            return False
        # ``deux autres sont recherchés`` after arrests: the others of the count before, whoever they are
        noun = candidate.noun
        return candidate.noun_kind == "partitive" or (noun is not None and noun.lower_ in self.wanted_nouns)

    def _purpose_category(self, verb: Token) -> str | None:
        """The subject-verb category of a purpose clause of ``verb`` (``ont quitté la ville pour se réfugier``):
        its unsaid subject is the counted people, so what they went to do says what they are."""
        for child in verb.children:
            if child.dep_ != "advcl" or child.pos_ != "VERB" or child.i < verb.i:
                continue
            if any(mark.lower_ in self.purpose_markers for mark in child.children if mark.i < child.i):
                category = self.subject_verbs.get(child.lemma_.lower())
                if category is not None:
                    return category
        return None

    def _taken_to_care(self, verb: Token) -> bool:
        """Whether ``verb`` takes people to a place of care or keeps them there (``évacués vers l'hôpital``,
        ``à l'hôpital, neuf blessés sont soignés``): they are hospitalized, whatever else the verb counts."""
        if verb.lemma_.lower() not in self.care_verbs:
            return False
        return any(child.dep_.startswith("obl") and self._care_place(child) for child in verb.children)

    def _care_place(self, token: Token) -> bool:
        """Whether a noun names a place of care: ``l'hôpital``, or a centre that its complement makes one
        (``dans son centre de traitement``, ``au centre de santé``): a general noun says it only with it."""
        if token.lemma_.lower() in self.care_places:
            return True
        return token.lower_ in self.care_centres and any(
            child.lower_ in self.care_centre_kinds for child in token.children if child.i > token.i
        )

    def _predicate_category(self, doc: Doc, token: Token, passive: bool, subject: bool) -> str | None:
        """The category a verb (or predicate adjective) gives its subject or object."""
        if token.pos_ == "VERB" and self._taken_to_care(token):
            return "hospitalized"
        category = self._predicate_category_proper(doc, token, passive, subject)
        if category is None and subject and token.pos_ == "VERB":
            return self._purpose_category(token)
        return category

    def _predicate_category_proper(self, doc: Doc, token: Token, passive: bool, subject: bool) -> str | None:
        """The category the verb (or predicate adjective) itself gives its subject or object."""
        lemma, lower = token.lemma_.lower(), token.lower_
        phrase = self._phrase_object(doc, token)
        if phrase is not None:
            return phrase[1]
        if subject:
            noun_category = self.category_nouns.get(lower)
            if noun_category is not None and noun_category not in self.weak and token.pos_ in ("ADJ", "VERB"):
                return noun_category
            if token.pos_ == "ADJ" and passive and lemma in self.patient_verbs:
                # ``deux enfants restent recherchés``: the tagger makes the participle after a copula an
                # adjective, but keeps its verb's lemma
                return self.patient_verbs[lemma]
            if token.pos_ != "VERB":
                return None
            among = self._among_category(doc, token)
            if among is not None:
                return among
            passive = passive and not self._reflexive(token)
            if passive and lemma in self.patient_verbs:
                return self.patient_verbs[lemma]
            if (
                lemma in self.subject_verbs
                and not (passive and "Part" in morph(token, "VerbForm") and lemma in self.patient_verbs)
                and not self._lacking(doc, token)
            ):
                return self.subject_verbs[lemma]
            if not passive and lemma in self.agent_verbs:
                return "participants"
            if lemma in self.force_subject_verbs:
                return "troops"  # ``500 policiers sont intervenus``; of forces only, see ``_forces_only``
            return None
        if token.pos_ != "VERB":
            return None
        return self.patient_verbs.get(lemma)

    def _among_category(self, doc: Doc, verb: Token) -> str | None:
        """``au moins 30 enfants figurent parmi les victimes``: a verb of membership puts its subject among the
        people its ``parmi`` complement counts, in that noun's category (a force's noun gives none)."""
        if verb.lemma_.lower() not in self.membership_verbs:
            return None
        index = verb.i + 1
        end = min(len(doc), verb.i + 6)
        while index < end and doc[index].pos_ == "ADV" and doc[index].lower_ not in self.subset_markers:
            index += 1  # ``figurent désormais parmi…``
        if index >= end or doc[index].lower_ not in self.subset_markers:
            return None
        index += 1
        if index < len(doc) and doc[index].pos_ == "DET":
            index += 1
        if index >= len(doc):
            return None
        noun = doc[index]
        category = self.category_nouns.get(noun.lower_)
        return category if category is not None and category not in self.weak else None

    def _lacking(self, doc: Doc, verb: Token) -> bool:
        """Whether ``manquer`` means to lack here: a ``de`` complement follows it (``manquent de vivres``)."""
        if verb.lemma_.lower() not in self.lack_verbs:
            return False
        following = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.pos_ != "ADV"), None)
        return following is not None and following.lower_ in self.lack_prepositions

    def _phrase_object(
        self, doc: Doc, verb: Token, phrases: dict[tuple[str, str], str] | None = None
    ) -> tuple[Token, str] | None:
        """The object completing a verb phrase and its category: ``perdu la vie``, ``portées disparues`` (from
        ``phrases``, by default the phrases whose subject is counted)."""
        lemma = verb.lemma_.lower()
        phrases = self.verb_objects if phrases is None else phrases
        read = 0
        for nxt in doc[verb.i + 1 : min(verb.i + 7, len(doc))]:
            category = phrases.get((lemma, nxt.lower_)) or phrases.get((lemma, nxt.lemma_))
            if category is not None:
                return nxt, category
            if nxt.is_punct and nxt.text not in _QUOTES:
                break
            if nxt.pos_ != "ADV":  # ``manquent toujours à l'appel``: an adverb does not part the phrase
                read += 1
                if read == 3:
                    break
        return self._parsed_phrase_object(doc, verb, phrases)

    @staticmethod
    def _parsed_phrase_object(doc: Doc, verb: Token, phrases: dict[tuple[str, str], str]) -> tuple[Token, str] | None:
        """The phrase's object as the parse attaches it, past a time the words put between (``avaient répondu
        lundi matin à l'appel du syndicat``); not past a comma, which opens an aside of another clause."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.i <= verb.i or child.i - verb.i > _PHRASE_OBJECT_REACH or child.dep_ not in ("obj", "obl:arg"):
                continue
            if any(t.is_punct and t.text not in _QUOTES for t in doc[verb.i + 1 : child.i]):
                continue
            category = phrases.get((lemma, child.lower_)) or phrases.get((lemma, child.lemma_))
            if category is not None:
                return child, category
        return None

    def _listed_next(self, text: str, candidate: _Candidate, group: list[_Candidate], after: int) -> _Candidate | None:
        """The next figure when only ``et``/``,`` separates it from this one (``26 … et 18 … ont été tués``)."""
        doc = candidate.sentence.doc
        end = doc[after - 1].idx + len(doc[after - 1])
        at = bisect_left(group, end, key=lambda c: c.figure.start)  # the group is in text order
        if at == len(group):
            return None
        nxt = group[at]
        gap = " ".join(text[end : nxt.figure.start].replace("«", " ").replace("»", " ").replace('"', " ").split())
        return nxt if gap.lower() in self.list_gaps else None

    def _part_of_opening(self, doc: Doc, text: str, candidate: _Candidate) -> None:
        """The category of people counted as a part of a group the sentence opens on: ``Parmi les victimes
        figurent trois enfants`` counts dead children; ``Parmi eux, 12 000 enfants`` counts a part of what
        was counted before (the category is then read from that figure, as for ``en``)."""
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        first = opening.start if opening is not None else candidate.first
        words = [t for t in doc[candidate.sentence.start : first] if not t.is_punct]
        if not words or words[0].lower_ not in self.subset_markers:
            return
        lead = text[words[0].idx : candidate.figure.start].lower().replace("’", "'")
        if any(lead.startswith(p) for p in self.partitives) and len(words) == 2:
            candidate.pronoun_holder = True  # ``Parmi eux, …``
            return
        for token in words[1:4]:
            kind, category = self._noun_class(token)
            if kind == "category" and category is not None:
                candidate.category = category  # ``Parmi les victimes figurent…``
                return

    def _remains_of(self, doc: Doc, candidate: _Candidate) -> bool:
        """Whether the figure counts the people whose bodies a noun before it names (``les corps de cinq
        personnes qui étaient portées disparues``): they are dead, and the verb after (what they were
        before) does not count them. Sets the noun as the figure's cue."""
        if candidate.noun_kind not in ("people", "unknown"):
            return False
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        first = opening.start if opening is not None else candidate.first
        index = first - 1
        while index > candidate.sentence.start and (
            doc[index].lower_ in self.figure_complements
            or doc[index].lower_ in self.part_of_words
            or doc[index].pos_ == "DET"
        ):
            index -= 1
        if index < candidate.sentence.start or index == first - 1:
            return False  # nothing joined to the figure by ``de``/``des``
        if doc[index].lower_ not in self.remains and not self._remains_taken_up(doc, candidate, index):
            return False
        candidate.verb, candidate.verb_side, candidate.verb_category = doc[index], "left", "killed"
        return True

    def _remains_taken_up(self, doc: Doc, candidate: _Candidate, index: int) -> bool:
        """Whether token ``index`` is a demonstrative (``ceux``, ``celles``) that takes up a remains noun
        earlier in the sentence (``Parmi les corps retrouvés figurent ceux de trois otages qui avaient été
        enlevés``; ``Onze corps ont été repêchés, dont ceux de deux enfants``): the people it counts are the
        dead whose bodies were found, whatever the verb after says of them before."""
        if doc[index].lower_ not in self.remains_pronouns:
            return False
        return any(doc[k].lower_ in self.remains for k in range(candidate.sentence.start, index))

    def _left_verb(self, doc: Doc, candidate: _Candidate) -> None:
        sentence = candidate.sentence
        first = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        first_i = first.start if first is not None else candidate.first
        index = first_i - 1
        if self._apposed_to_noun(doc, candidate, index):
            return
        agent = means = False
        steps = 0
        # an object of people may stand further from its verb, past a time and a place (``ont tué samedi
        # dans le village de Koro au moins vingt civils``)
        reach = _PEOPLE_OBJECT_REACH if candidate.noun_kind in ("people", "category") else _OBJECT_REACH
        while index >= sentence.start and steps < reach:
            token = doc[index]
            steps += 1
            if self._participle_after_auxiliary(doc, candidate, token):
                return
            if token.text in _QUOTES or token.pos_ in ("DET", "ADV", "ADJ") or token.lower_ in self.figure_complements:
                index -= 1
                continue
            if token.lower_ in self.agent_prepositions:
                agent = True
                index -= 1
                continue
            if self._restrictive_que(doc, index, sentence.start):
                index -= 1  # ``n'en reconnaît que six``: the figure is the verb's object all the same
                continue
            if token.lower_ in self.means_prepositions and candidate.noun_kind == "weak":
                means = True  # ``lancée avec 300 gendarmes``: the means of an operation
                index -= 1
                continue
            if token.lower_ in self.totals and candidate.noun_kind == "none":
                self._apposed_total(doc, candidate, token)
                if candidate.verb is None and self.totals[token.lower_] is None and token.i + 2 == first_i:
                    # ``La FDSEA avançait le chiffre de 8 000``: the count the text is about, named before
                    # (not ``le nombre de cas dépasse 3 600``, whose holder names what it counts)
                    candidate.pronoun_holder = doc[token.i + 1].lower_ in self.figure_complements
                return
            if token.lower_ in self.nominal_cues and (
                doc[token.i + 1].lower_ in self.figure_complements
                # ``l'envoi depuis La Réunion de 60 militaires``: a place or a time between the noun and its ``de``
                or (token.i + 1 < first_i - 1 and doc[first_i - 1].lower_ in self.figure_complements)
            ):
                candidate.verb, candidate.verb_side = token, "left"
                candidate.verb_category = self.nominal_cues[token.lower_]
                return
            if token.lower_ in self.object_barriers and (
                candidate.figure.kind == "article" or candidate.noun_kind == "unknown"
            ):
                return  # ``tués dans une attaque``; but ``envoyant dans le pays 2 500 hommes``
            if self._verb_after_clitic(doc, token) and token.i + 1 == first_i and candidate.noun_kind == "none":
                candidate.pronoun_holder = True  # ``la mairie en annonce 31``: ``annonce`` tagged as a noun
                return
            if token.pos_ in ("ADP", "NOUN", "PROPN") and not token.text[:1].isdigit():
                index -= 1
                continue
            if token.pos_ in ("VERB", "AUX"):
                self._left_category(doc, candidate, token, agent, means)
                if candidate.verb is None and not agent and token.lemma_.lower() in self.support_verbs:
                    candidate.support = token  # ``la police a procédé à 124 interpellations``
            return

    def _verb_after_clitic(self, doc: Doc, token: Token) -> bool:
        """Whether a word tagged a noun stands between the clitic ``en`` after a noun and a figure (``la
        mairie en annonce 31``, ``la police en compte 12``): no noun stands there, so it is that subject's
        verb, and ``en`` the people counted before."""
        return (
            token.pos_ == "NOUN"
            and token.lower_ not in self.months  # ``94 morts en février 2023``: a date
            and token.i >= 2
            and doc[token.i - 1].lower_ in self.counted_clitics
            and doc[token.i - 2].pos_ in ("NOUN", "PROPN")
        )

    def _restrictive_que(self, doc: Doc, index: int, start: int) -> bool:
        """Whether ``que`` at ``index`` closes ``ne … que`` right after its verb (``la police n'en reconnaît
        que six``, ``n'en a recensé que 29``): a restriction on the object, not a clause opening."""
        if doc[index].lower_ not in self.complementizers or index - 1 < start:
            return False
        verb = doc[index - 1]
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        before = doc[max(start, verb.i - 4) : verb.i]
        return any(t.lower_ in self.restrictive_negations for t in before)

    def _apposed_to_noun(self, doc: Doc, candidate: _Candidate, comma: int) -> bool:
        """``Les assaillants, une trentaine selon un élu local, sont arrivés``: a figure with no noun set by
        a comma right after a counted noun is that noun's count (an apposition), whatever verb follows."""
        if candidate.noun_kind != "none" or comma - 2 < candidate.sentence.start or doc[comma].text != ",":
            return False
        noun = doc[comma - 1]
        kind, category = self._noun_class(noun)
        if kind != "category" or category is None or noun.pos_ != "NOUN" or doc[comma - 2].pos_ != "DET":
            return False  # ``ont été déplacées, 5 000 au Tchad``: a predicate, whose list goes on
        candidate.verb, candidate.verb_side, candidate.verb_category = doc[comma - 1], "left", category
        candidate.subject = doc[comma - 1].text
        return True

    def _participle_after_auxiliary(self, doc: Doc, candidate: _Candidate, token: Token) -> bool:
        """``L'armée en a « neutralisé » une vingtaine``: the tagger takes a quoted participle after its
        auxiliary for an adjective; it is still the verb whose object the figure is. Sets it as the verb."""
        category = self.patient_verbs.get(token.lemma_.lower())
        if token.pos_ != "ADJ" or category is None:
            return False
        index = token.i - 1
        while index >= candidate.sentence.start and doc[index].text in _QUOTES:
            index -= 1
        if index < candidate.sentence.start or doc[index].pos_ != "AUX" or doc[index].lemma_ == self.passive_auxiliary:
            return False
        candidate.verb, candidate.verb_category, candidate.verb_side = token, category, "left"
        candidate.chain = [doc[index], token]
        if candidate.noun_kind == "none" and self._counted_clitic(doc[index]):
            candidate.pronoun_holder = True  # ``en`` stands for the people named before
        return True

    def _apposed_total(self, doc: Doc, candidate: _Candidate, total: Token) -> None:
        """``Les manifestants, au nombre de 3 000``: the figure counts the noun before ``au nombre de``."""
        index = total.i - 1
        while index >= candidate.sentence.start and total.i - index <= 4:
            token = doc[index]
            kind, category = self._noun_class(token)
            if kind in ("category", "weak"):
                candidate.verb, candidate.verb_side, candidate.verb_category = total, "left", category
                candidate.subject = token.text
                return
            index -= 1

    def _left_category(self, doc: Doc, candidate: _Candidate, verb: Token, agent: bool, means: bool = False) -> None:
        lemma = verb.lemma_.lower()
        if candidate.noun_kind == "none" and not agent and self._counted_clitic(verb):
            candidate.pronoun_holder = True  # ``la CGT en a revendiqué 2,8 millions``: what was counted before
        chain = [t for t in verb.children if t.dep_.startswith("aux")] + [verb]
        if (
            lemma in self.measures or (verb.pos_ == "AUX" and verb.dep_ == "cop")
        ) and candidate.noun_kind != "category":  # ``le bilan s'élève à 300 blessés``: blessés
            holder = self._holder(verb.doc, verb, candidate.sentence)
            if holder is None and candidate.noun_kind == "none":
                candidate.pronoun_holder = candidate.pronoun_holder or self._pronoun_subject(verb)
            if holder is not None:
                candidate.verb, candidate.verb_side, candidate.chain = verb, "left", chain
                candidate.verb_category, holder_subject = holder
                if candidate.noun_kind in ("none", "partitive") and holder_subject:
                    candidate.subject = holder_subject
                return
        if verb.pos_ != "VERB":
            return
        category: str | None
        if agent and lemma in self.reinforce_verbs and candidate.noun_kind == "weak":
            category = "troops"  # ``les secours ont été renforcés par 300 militaires``: forces sent in
        elif (agent or means) and lemma in self.operation_verbs and candidate.noun_kind == "weak":
            category = "troops"  # ``l'assaut, mené par 400 policiers``: forces carry out an operation
        elif self._inverted_force_subject(verb, candidate):
            category = "troops"  # ``l'opération, à laquelle ont participé 200 gendarmes``
        elif not agent and candidate.noun_kind == "weak" and self._holds_people(verb):
            category = "troops"  # ``le camp abritait 400 soldats``: forces stationed there
        elif agent:
            category = "participants" if lemma in self.agent_verbs else None
        else:
            category = self._predicate_category(doc, verb, passive=False, subject=False)
            if lemma in self.weapon_only and not self._struck_by_weapon(verb):
                category = None  # ``la campagne a touché deux millions de personnes``: reached, not wounded
            if category is None and (phrase := self._phrase_object(doc, verb, self.dative_objects)) is not None:
                category = phrase[1]  # ``a coûté la vie à 23 soldats``: the figure after the phrase is who died
        if category is not None:
            candidate.verb, candidate.verb_category, candidate.verb_side = verb, category, "left"
            candidate.chain = chain
            candidate.agent = agent

    def _struck_by_weapon(self, verb: Token) -> bool:
        """Whether an active verb's subject is a weapon or a blast (``les tirs ont touché trois passants``)."""
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.weapons for c in verb.children)

    def _inverted_force_subject(self, verb: Token, candidate: _Candidate) -> bool:
        """Whether forces are the subject written after a verb of forces at work (``à laquelle ont participé
        200 gendarmes``): the inversion of a relative clause puts the subject where an object would stand."""
        noun = candidate.noun
        return (
            candidate.noun_kind == "weak"
            and verb.lemma_.lower() in self.force_subject_verbs
            and noun is not None
            and noun.head.i == verb.i
            and noun.dep_.startswith(("nsubj", "obj"))  # the tagger may take the inverted subject for an object
        )

    def _counted_clitic(self, verb: Token) -> bool:
        """Whether a clitic pronoun standing for the counted thing comes right before the verb and its
        auxiliaries (``en a revendiqué``, ``en dénombraient``); not the preposition of a gerund (``en
        marquant``): the word after it is a present participle. (The tagger calls the clitic a preposition
        as often as a pronoun, so its tag does not decide.)"""
        index = verb.i - 1
        while index >= 0 and verb.doc[index].pos_ == "AUX":
            index -= 1
        if index < 0 or verb.doc[index].lower_ not in self.counted_clitics:
            return False
        following = verb.doc[index + 1]
        gerund = "Part" in following.morph.get("VerbForm", []) and "Pres" in following.morph.get("Tense", [])
        return verb.doc[index].pos_ == "PRON" or not gerund

    def _pronoun_subject(self, verb: Token) -> bool:
        """Whether the measure verb's subject is a plural personal pronoun (``ils étaient 245 000``)."""
        index = verb.i - 1
        while index >= 0 and verb.doc[index].pos_ in ("AUX", "ADV"):
            index -= 1
        return index >= 0 and verb.doc[index].lower_ in self.plural_pronouns

    def _holder(self, doc: Doc, verb: Token, sentence: Span) -> tuple[str | None, str] | None:
        """What a measured figure counts: ``le nombre de détenus`` / ``le bilan`` / ``les manifestants``.

        Returns the category (``None`` if the holder names none) and the counted words, or ``None``
        when the clause has no holder.
        """
        index = verb.i - 1
        found: tuple[str | None, str] | None = None
        while index >= sentence.start and verb.i - index <= 12:
            token = doc[index]
            if token.is_punct and token.text not in _QUOTES:
                break
            if token.lower_ in self.clause_breaks and token.lower_ not in self.complementizers:
                break
            lower = token.lower_
            if lower in self.totals:
                for nxt in doc[index + 1 : min(index + 4, verb.i)]:
                    kind, category = self._noun_class(nxt)
                    if kind in ("category", "weak"):
                        if category in _ROLE_CATEGORIES:  # ``le nombre de policiers blessés``
                            category = self._patient_participle(doc, nxt.i + 1, verb.i) or category
                        return category, nxt.text
                    if kind == "people":
                        return self._patient_participle(doc, nxt.i + 1, verb.i), nxt.text
                return self.totals[lower], ""
            kind, category = self._noun_class(token)
            if found is None and kind in ("category", "weak"):
                found = (category, token.text)
            if found is None and lower in self.nominal_cues:  # ``le cortège comptait 5 000 personnes``
                found = (self.nominal_cues[lower], "")
            index -= 1
        return found

    def _patient_participle(self, doc: Doc, index: int, limit: int) -> str | None:
        """The category a participle right after a holder's people noun gives it (``le nombre de
        policiers blessés``, ``de terroristes neutralisés``): the people are counted by what befell them.
        Other people nouns listed with the first are passed over (``de policiers et gendarmes blessés``)."""
        while (
            index + 1 < limit
            and doc[index].lower_ in self.list_gaps
            and self._noun_class(doc[index + 1])[0] in ("people", "category", "weak")
        ):
            index += 2
        if index >= limit:
            return None
        token = doc[index]
        category = self.patient_verbs.get(token.lemma_.lower())
        if category is None and self._noun_class(token)[0] in ("category", "weak"):
            category = self._noun_class(token)[1]
        if category is None:
            state = self._state(doc.text, token.idx)  # ``le nombre de personnes privées de logement``
            category = state[1] if state is not None else None
        return category

    def _as_infinitive(self, lemma: str) -> str:
        """The infinitive of a present tense the lemmatizer left as written (``compte`` → ``compter``), or ``""``."""
        return next((lemma[: -len(e)] + i for e, i in self.present_endings if lemma.endswith(e)), "")

    def _holds_people(self, verb: Token) -> bool:
        """Whether ``verb`` is one of a place holding people (``compte``, ``abrite``), even where the
        lemmatizer left a present tense as written."""
        lemma = verb.lemma_.lower()
        return lemma in self.holding_verbs or self._as_infinitive(lemma) in self.holding_verbs

    def _categorize(self, doc: Doc, candidate: _Candidate, previous: _Candidate | None) -> None:
        """Combine noun, verb and list cues into the candidate's category and subject."""
        kind, noun_category, verb_category = candidate.noun_kind, candidate.noun_category, candidate.verb_category
        verb_lemma = candidate.verb.lemma_.lower() if candidate.verb is not None else ""
        category: str | None = None
        if kind == "thing":
            category = "other"
        elif (verb_category is not None and kind != "unknown") or (
            verb_category is not None and verb_lemma not in self.people_only
        ):
            category = verb_category
            if (
                verb_category == "troops"
                and kind == "people"
                and verb_lemma in self.protest_deploy
                and candidate.noun is not None
                and candidate.noun.lower_ not in self.deployed_people
            ):
                category = "participants"  # ``des milliers d'agriculteurs mobilisés``: a crowd, not forces
            if (
                kind == "category"
                and noun_category is not None
                and (verb_category == "troops" or (candidate.shared_verb and noun_category not in _ROLE_CATEGORIES))
            ):
                category = noun_category  # ``5 000 manifestants mobilisés``; ``72 interpellations et 2 blessés``
            if (
                kind == "weak"
                and verb_category == "participants"
                and candidate.verb_side == "left"
                and verb_lemma not in self.agent_verbs
            ):
                category = noun_category  # ``le rassemblement de 300 policiers``
            if (
                verb_category == "participants"
                and kind == "category"
                and candidate.verb_side == "left"
                and noun_category is not None
                and verb_lemma not in self.agent_verbs
            ):
                category = noun_category
        elif kind == "category":
            category = noun_category
        category = self._forces_only(candidate, category, verb_lemma)
        noun = candidate.noun
        held = noun is not None and (
            noun.lower_ in self.held_nouns
            or any(c.lower_ in self.held_nouns and self._attributive_participle(noun, c) for c in noun.children)
        )  # ``8 000 détenus``, ``8 000 personnes détenues``
        holder = noun.head if noun is not None and noun.dep_ == "obj" and held else None
        if category == "arrested" and holder is not None and self._holds_people(holder):
            category = "other"  # ``la prison, qui compte 8 000 détenus``: its inmates, not an event's arrests
        if category == "arrested" and held and verb_category is None and self._inmates_moved(candidate):
            category = "other"  # ``des centaines de détenus se sont évadés``: held before, arrested by no one
        if kind == "partitive" and previous is not None and not candidate.subject:
            candidate.subject = previous.subject  # ``plus de 400 d'entre elles``: the group named before
        joined = self._listed(doc, previous, candidate) if previous is not None else None
        head = previous
        if (
            previous is not None
            and joined is not None
            and previous.continues is not None
            and ((previous.subset and joined != "subset") or (previous.enumerated and joined == "enumeration"))
        ):
            head = previous.continues  # after ``dont 3 000 enfants``, ``, 5 000 au Tchad`` goes with the total
        inherited = False
        if joined == "list" and kind in ("people", "weak") and self._apposed(doc, previous, candidate):
            joined = "enumeration"  # ``a fait 42 morts, 29 soldats et 13 civils``: the parts of the total
        elif (
            joined == "list"
            and kind in ("people", "unknown")
            and previous is not None
            and previous.subset
            and self._coordinated(doc, previous, candidate)
            and not self._has_own_verb(doc, candidate)
        ):
            joined = "subset"  # ``120 morts, dont 80 Italiens et 40 Suisses``: another part of the same total
        own = category
        if category is None and previous is not None and head is not None and joined is not None:
            if kind in ("none", "partitive") and (joined == "subset" or not self._has_own_verb(doc, candidate)):
                # ``…, 3,5 millions selon la CGT``; ``dix au Nangarhar``; not ``500 autres ont refusé de partir``
                category = head.category if joined == "list" else previous.category
                candidate.subject = candidate.subject or (head if joined == "list" else previous).subject
            elif kind == "weak" and previous.category in _ROLE_CATEGORIES:
                # ``300 policiers déployés, 150 gendarmes``; never a crowd's: ``quelques centaines de manifestants
                # face à un dispositif massif : environ 2 000 agents`` counts the forces facing them
                category = noun_category
            elif kind == "weak" and (noun_category == previous.category or joined != "list"):
                category = previous.category  # ``dont 2 policiers`` (injured)
            elif kind == "people" and (
                joined == "subset" or (joined == "enumeration" and not self._has_own_verb(doc, candidate))
            ):
                category = previous.category  # ``dont 300 mineurs``; ``25 tués : 10 civils et 15 soldats``
            elif kind == "unknown" and joined == "subset":
                category, inherited = previous.category, True  # ``dont trois grièvement``
            elif (
                kind == "people"
                and joined == "list"
                and previous.verb_side == "left"
                and previous.verb is not None
                and not self._has_own_verb(doc, candidate)
            ):
                category = previous.category  # ``ont évacué 4 700 habitants et 20 000 touristes``: one verb
        candidate.category = category or "other"
        candidate.elided = own is None and category is not None
        if head is not None and joined is not None and candidate.category in PEOPLE_CATEGORIES:
            candidate.subset, candidate.enumerated = joined == "subset", joined == "enumeration"
            candidate.continues = head  # the count this one goes with: a total, not its part
        if candidate.figure.kind == "article" and not self._article_counts(candidate):
            candidate.category = "skip"
        if inherited and previous is not None:
            candidate.subject = previous.subject
        elif candidate.noun is not None and candidate.np_start is not None and candidate.np_end is not None:
            candidate.subject = doc[candidate.np_start : candidate.np_end].text.strip(' «»"“”')
        self._trailing_qualifier(doc, candidate)

    def _inmates_moved(self, candidate: _Candidate) -> bool:
        """Whether the verb of a count of inmates (``détenus``, ``prisonniers``) says they left or were moved out of
        their prison (``se sont évadés``, ``ont été transférés``, ``libérant 400 prisonniers``): the count is of
        people held before the event, not of people it arrested. The verb is the noun's first verbal ancestor
        within two steps (``plusieurs centaines de détenus`` hangs the noun on the figure's word)."""
        token = candidate.noun
        for _ in range(2):
            if token is None or token.head.i == token.i:
                return False
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token.lemma_.lower() in self.inmate_moves
        return False

    def _forces_only(self, candidate: _Candidate, category: str | None, verb_lemma: str) -> str | None:
        """The category a verb of forces at work leaves: ``500 policiers sont intervenus`` (or ``ont participé
        à l'opération``) counts forces deployed, ``500 habitants sont intervenus`` nothing, and ``500
        manifestants ont participé`` stays the crowd its noun or verb says."""
        if verb_lemma not in self.force_subject_verbs or candidate.verb_side != "right":
            return category
        if candidate.noun_kind == "weak" or (
            candidate.noun is not None and candidate.noun.lower_ in self.deployed_people
        ):
            return "troops"  # ``500 policiers sont intervenus``; ``900 pompiers luttent contre le feu``
        return None if category == "troops" else category

    def _coordinated(self, doc: Doc, previous: _Candidate, candidate: _Candidate) -> bool:
        """Whether only a coordinating word lies between ``previous``'s noun and ``candidate``'s figure
        (``80 Italiens et 40 Suisses``)."""
        start = previous.np_end if previous.np_end is not None else previous.last
        gap = [t for t in doc[start : candidate.first] if not t.is_space]
        return len(gap) == 1 and gap[0].lower_ in self.coordinators

    def _article_counts(self, candidate: _Candidate) -> bool:
        """Whether ``un``/``une`` is a figure here: a verb of its own or a count noun says so."""
        if candidate.category not in _ARTICLE_CATEGORIES:
            return False
        doc = candidate.sentence.doc
        following = doc[candidate.last] if candidate.last < candidate.sentence.end else None
        if following is not None and "Ord" in following.morph.get("NumType", []):
            return False  # ``un deuxième salarié est décédé``: the rank of one more, not a figure
        if following is not None and following.lower_ in self.totals:
            return False  # ``maintient un bilan de 11 morts``: the article of the count's holder, not a figure
        if (
            candidate.first > 0
            and doc[candidate.first - 1].lower_ in self.complement_articles
            and candidate.verb is not None
            and _plural_verb(candidate.verb)
        ):
            return False  # ``des membres d'un gang ont été lynchés``: the plural verb counts the members
        if self._someones_relative(candidate):
            return False  # ``la mère d'un soldat tué``: that soldier's mother, not one soldier killed
        if self._held_thing(candidate):
            return False  # ``le bilan reste l'objet d'une bataille de chiffres``: a thing, not one dead
        if candidate.verb_category is not None and not candidate.shared_verb:
            return True
        if self._one_of_a_population(candidate, following):
            return True
        if candidate.elided and candidate.continues is not None and following is not None:
            # ``deux à Dakar et une à Ziguinchor``: an item of a list of places, counting what the list counts
            # (not ``dont un dans un état grave``: a place has a name)
            named = doc[following.i + 1 : min(following.i + 3, candidate.sentence.end)]
            return following.lower_ in self.place_prepositions and any(t.text[:1].isupper() for t in named)
        return candidate.noun is not None and candidate.noun.lower_ in self.article_nouns

    def _one_of_a_population(self, candidate: _Candidate, following: Token | None) -> bool:
        """Whether ``un``/``une`` right after ``dont`` counts one of a population inside the total: ``six
        morts, dont un policier`` is a subset of one (the security forces' dead), as ``dont deux policiers``
        would be. Not ``dont un dans un état grave`` (no noun), ``dont une partie`` (a share), nor ``dont une
        femme retrouvée mardi`` (a person, of no population of her own)."""
        doc = candidate.sentence.doc
        noun = candidate.noun
        return (
            candidate.subset
            and candidate.noun_kind in ("people", "category", "weak")
            and noun is not None
            and following is not None
            and following.i == noun.i
            and candidate.first > candidate.sentence.start
            and doc[candidate.first - 1].lower_ in self.subset_markers
            and noun.lemma_.lower() not in self.generic_persons
            and noun.lower_ not in self.generic_persons
        )

    def _someones_relative(self, candidate: _Candidate) -> bool:
        """Whether ``un``/``une`` follows a kin or remains noun and its ``de`` (``la veuve d'un sergent``,
        ``le corps d'un homme``): it names whose they are."""
        doc = candidate.sentence.doc
        first = candidate.first
        return (
            first >= 2
            and doc[first - 1].lower_ in self.complement_articles
            and doc[first - 2].lower_ in self.relative_nouns
        )

    def _held_thing(self, candidate: _Candidate) -> bool:
        """Whether ``un``/``une`` after a holder's measure verb is the article of a noun that counts no one
        (``le bilan est l'objet d'une polémique``): the holder says what a figure counts, and this article
        holds no figure; ``le bilan est d'un mort`` names its dead."""
        verb = candidate.verb
        return (
            verb is not None
            and candidate.verb_side == "left"
            and (verb.lemma_.lower() in self.measures or (verb.pos_ == "AUX" and verb.dep_ == "cop"))
            and candidate.noun is not None
            and candidate.noun_kind not in ("people", "category", "weak")
        )

    def _listed(self, doc: Doc, previous: _Candidate, candidate: _Candidate) -> str | None:
        """How ``candidate`` continues the list ``previous`` opened, or ``None``.

        ``subset`` (``…, dont 408 à Paris``: a part of it), ``enumeration`` (after ``:``, ``25 tués : dix
        au Nangarhar, neuf …``: the parts of a total) or ``list`` (``, ; et contre``: another count of the
        same kind, ``…, 3,5 millions selon la CGT``). A people noun after a plain ``list`` joiner may count
        another group, so only the first two pass a category to one.

        The words between them may hold a place, a source or a time (``…, selon l'OIM, contre 330 000``;
        further when the joiner opens the candidate's item) but no verb of their own: a finite verb or a
        verb of the counted event opens another clause.
        """
        if previous.category not in PEOPLE_CATEGORIES:
            return None
        start = previous.np_end if previous.np_end is not None else previous.last
        if previous.verb is not None and previous.verb_side == "right" and previous.verb.i < candidate.first:
            start = max(start, previous.verb.i + 1)
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        gap = doc[start : opening.start if opening is not None else candidate.first]
        own = {t.i for t in (previous.verb, previous.continues.verb if previous.continues else None) if t is not None}
        adjacent = any(t.lower_ in self.joiners | self.subset_markers for t in gap[-2:])
        if len(gap) > (_LIST_REACH if adjacent else 14):
            return None
        lowers = {t.lower_ for t in gap}
        if any(self._aside_dash(t) for t in gap):
            lowers.add("(")  # ``plusieurs centaines de paysans – 5 000 selon …``: an aside, as in parentheses
        if lowers & self.subset_markers:
            kind = "subset"
        elif not lowers & self.joiners:
            return None
        else:
            kind = "enumeration" if ":" in lowers or previous.enumerated else "list"
        for token in gap:
            if token.pos_ != "VERB" or token.i in own:  # the count's own verb (``…, dont …, ont été déplacées``)
                continue
            lemma = token.lemma_.lower()
            if lemma in self.sources.verbs:
                continue
            if "Fin" in morph(token, "VerbForm") or lemma in self.patient_verbs or lemma in self.subject_verbs:
                return None
        return kind

    def _apposed(self, doc: Doc, previous: _Candidate | None, candidate: _Candidate) -> bool:
        """``42 morts, 29 soldats``: a people figure set by a bare comma right after a counted noun, with no
        verb of its own, details the count before it (``et`` alone may add another group)."""
        if previous is None or previous.noun_kind != "category" or previous.np_end is None:
            return False
        if [t.text for t in doc[previous.np_end : candidate.first]] != [","]:
            return False
        return not self._has_own_verb(doc, candidate)

    def _has_own_verb(self, doc: Doc, candidate: _Candidate) -> bool:
        """Whether a verb follows the figure's noun (``3 manifestants ont été relâchés``)."""
        end = candidate.np_end if candidate.np_end is not None else candidate.last
        index = end
        while index < candidate.sentence.end and doc[index].pos_ == "ADV":
            index += 1
        if index >= candidate.sentence.end or doc[index].pos_ not in ("VERB", "AUX"):
            return False
        token = doc[index]
        reported = token.lemma_.lower() in self.sources.verbs or (
            self.sources.participle_infinitive(token.lower_) in self.sources.verbs
        )
        # ``…, contre 14 annoncés la veille``: a participle of reporting says who gave the count, not what
        # befell anyone; the figure still counts what the figure before it counts
        return not (reported and "Part" in morph(token, "VerbForm"))

    def _trailing_qualifier(self, doc: Doc, candidate: _Candidate) -> None:
        if candidate.qualifier != "exact" or candidate.figure.kind == "range":
            return
        end = candidate.np_end if candidate.np_end is not None else candidate.last
        words = doc[end : end + 2]
        for size in (2, 1):
            qualifier = self.numbers.trailing_qualifier(words[:size].text) if len(words) >= size else None
            if qualifier is not None:
                candidate.qualifier = qualifier
                return

    # -- write ------------------------------------------------------------------------------------

    def write(self, parsed: Parsed, candidates: list[_Candidate]) -> list[Claim]:
        """Claims with source, date, place and reported flag, in text order."""
        doc = parsed.doc
        sources = self._sources(parsed, candidates)
        self._comma_cache = {}
        items: dict[int, list[int]] = {}  # per sentence, where the elided list items start (a place's bounds)
        for candidate in candidates:
            if candidate.category in PEOPLE_CATEGORIES and candidate.elided:
                items.setdefault(candidate.sentence.start, []).append(candidate.figure.start)
        for starts in items.values():
            starts.sort()
        written: dict[int, Claim] = {}
        claims: list[Claim] = []
        for candidate, source in zip(candidates, sources, strict=True):
            if candidate.category == "skip":
                continue
            start, end = self._span(doc, candidate)
            figure = candidate.figure
            scored = candidate.category in PEOPLE_CATEGORIES
            actor = (
                candidate.verb
                if candidate.verb is not None and candidate.verb_side == "left" and not candidate.agent
                else candidate.support
            )
            if scored and source is None and actor is None:
                actor = (
                    self._holder_verb(doc, candidate)
                    or self._object_verb(candidate)
                    or self._participle_before(doc, candidate)
                )
            if scored and source is None and actor is not None:
                source = self.sources.authority(parsed, actor, candidate.sentence)
                if source is None and "Pres" in morph(actor, "Tense") and actor.head.pos_ == "VERB":
                    # ``Les garde-côtes ont retrouvé six corps, portant à 31 le nombre de victimes``
                    source = self.sources.authority(parsed, actor.head, candidate.sentence)
            head = written.get(id(candidate.continues)) if candidate.continues is not None else None
            opener = (
                written.get(id(candidate.continues.continues))
                if candidate.continues is not None and candidate.continues.continues is not None
                else None
            )
            place = (
                self._place(parsed, candidate, start, end, items.get(candidate.sentence.start, ()), source)
                if scored
                else None
            )
            if scored and place is None and head is None:
                place = self._sentence_place(parsed, candidate, start, source)
            if scored and place is None and head is None:
                place = self._pronoun_place(parsed, candidate, start, end, source)
            if scored and head is not None:
                source, place = self._from_list(candidate, head, source, place, parsed.text[head.end : start], opener)
            claim = Claim(
                start=start,
                end=end,
                text=parsed.text[start:end],
                category=candidate.category,  # type: ignore[arg-type]
                value=figure.value,
                low=figure.low,
                high=figure.high,
                qualifier=candidate.qualifier,  # type: ignore[arg-type]
                subject=candidate.subject if scored else (candidate.subject or ""),
                source=source if scored else None,
                date=self._date(parsed, candidate, start, end) if scored else None,
                place=place,
                reported=scored and any("Cnd" in morph(t, "Mood") for t in candidate.chain),
            )
            written[id(candidate)] = claim
            claims.append(claim)
        self._carry_sources(parsed, [(c, written[id(c)]) for c in candidates if id(c) in written])
        return claims

    def _past_trailing_holder(self, doc: Doc, index: int, sentence_end: int) -> int:
        """The index of the counted noun after a holder set after its figure (``porte à 25 le nombre de
        morts``, ``portant à 45 le nombre total d'interpellations``: a second holder word qualifies the
        first), or ``index`` itself when no holder follows."""
        holder = index + 1
        while holder < sentence_end and holder - index <= 2 and doc[holder].lower_ in self.totals:
            holder += 1
        if holder == index + 1 or holder + 1 >= sentence_end or doc[holder].lower_ not in self.figure_complements:
            return index
        return holder + 1

    def _holder_verb(self, doc: Doc, candidate: _Candidate) -> Token | None:
        """The verb that sets a count's holder to the figure, whose subject gives it: ``Le ministère a porté
        à 13 le nombre de personnes interpellées``; ``Le ministère a revu à la hausse le nombre
        d'interpellations : 41 personnes ont été placées en garde à vue``."""
        sentence = candidate.sentence
        opening = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        index = (opening.start if opening is not None else candidate.first) - 1
        while index > sentence.start and doc[index].pos_ == "ADV":
            index -= 1
        if index <= sentence.start:
            return None
        if candidate.np_start is not None and doc[candidate.np_start - 1].lower_ in self.figure_complements:
            holder = doc[candidate.np_start - 2] if candidate.np_start - 2 > candidate.last else None
            if holder is not None and holder.lower_ in self.totals and doc[index].pos_ == "ADP":
                verb = doc[index - 1]
                lemma = verb.lemma_.lower()
                present = self._as_infinitive(lemma)
                counts = lemma in self.measures or lemma in self.sources.verbs or present in self.sources.verbs
                return verb if counts and verb.pos_ in ("VERB", "NOUN", "ADJ") else None
        if doc[index].text != ":":
            return None
        for token in reversed(doc[sentence.start : index]):
            if (
                token.pos_ == "VERB"
                and token.lemma_.lower() in self.measures
                and any(child.lower_ in self.totals for child in token.children)
            ):
                return token
        return None

    def _participle_before(self, doc: Doc, candidate: _Candidate) -> Token | None:
        """A past participle written right before the figure, whose object the figure is, however the parse
        hangs them: an aside after the auxiliary (``l'hôpital a pour sa part soigné 40 blessés``, ``la police
        a de son côté interpellé 12 personnes``) makes the tagger read ``a`` as *to have* and the participle as
        an adjective of the aside's noun, so the count seems to have no verb."""
        first = doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
        if first is None or first.start == candidate.sentence.start:
            return None
        before = doc[first.start - 1]
        participle = "Part" in morph(before, "VerbForm") or before.lower_.endswith(self.participle_endings)
        if before.pos_ not in ("VERB", "ADJ") or not participle:
            return None
        return before

    @staticmethod
    def _object_verb(candidate: _Candidate) -> Token | None:
        """The verb whose object is the counted noun, when the noun alone gave the category (``Les garde-côtes
        ont repêché six corps``): its subject, if an authority, is the count's source, as for a verb that
        gives the category (``la police a arrêté 12 personnes``)."""
        noun = candidate.noun
        # (a word with an object is a verb, though the tagger may call the participle an adjective:
        # ``l'hôpital a pour sa part soigné 40 blessés``)
        if noun is None or noun.dep_ != "obj" or noun.head.pos_ not in ("VERB", "ADJ") or noun.head.i > noun.i:
            return None
        return noun.head

    @staticmethod
    def _from_list(
        candidate: _Candidate,
        head: Claim,
        source: Attribution | None,
        place: str | None,
        between: str,
        opener: Claim | None = None,
    ) -> tuple[Attribution | None, str | None]:
        """What a listed figure takes from the count it continues (``head``).

        Its source, when it names none of its own and has no verb of its own (``…, selon l'OIM, contre
        330 000 la semaine précédente``; ``…, dont 8 000 à Paris``). Its place, when it is a competing
        count of the same thing — same category, another source, not a part (``12 000 à Paris selon la
        police, contre 50 000 selon la CGT``): a figure with a place of its own keeps it, a ``;`` closes
        a place's group (``1 900 à Caen, 2 500 à Rouen ; les syndicats 6 000 et 8 000``), and a count
        that ends one source's list of places (``8 000 à Rennes et 4 000 à Brest, la CGT 20 000 et
        9 000``) is no single place's. A count of another kind that shares the head's verb or has none (``sept
        policiers ont été blessés à Liège, et 23 personnes arrêtées``) tells the same event's toll: its place too.
        """
        own_verb = candidate.verb is not None and candidate.verb_side == "right" and not candidate.shared_verb
        if source is None and not own_verb:
            return head.source, place
        places = opener is not None and opener.source == head.source and opener.place != head.place
        if (
            place is None
            and not candidate.subset
            and head.category == candidate.category
            and ";" not in between
            and head.source is not None
            and source is not None
            and source.text != head.source.text
            and not places
        ):
            place = head.place
        verb = candidate.verb
        elided_auxiliary = (
            verb is not None
            and "Part" in morph(verb, "VerbForm")
            and not any(c.dep_.startswith("aux") for c in verb.children)
        )
        if (
            place is None
            and not candidate.subset
            and (not own_verb or elided_auxiliary)
            and head.category != candidate.category
            and ";" not in between
        ):
            place = head.place  # ``sept policiers ont été blessés à Liège, et 23 personnes arrêtées``: one event's
        return source, place

    def _span(self, doc: Doc, candidate: _Candidate) -> tuple[int, int]:
        start, end = candidate.figure.start, candidate.figure.end
        if candidate.np_end is not None and candidate.np_end > 0:
            last = doc[candidate.np_end - 1]
            end = max(end, last.idx + len(last))
        if candidate.verb_end is not None and not candidate.shared_verb:
            end = max(end, candidate.verb_end)
        return start, end

    def _sources(self, parsed: Parsed, candidates: Sequence[_Candidate]) -> list[Attribution | None]:
        """Each candidate's source; also notes where the frames are (a source's words are no place)."""
        frame_spans: list[tuple[int, int]] = []
        result: list[Attribution | None] = [None] * len(candidates)
        framed: set[int] = set()  # the sentences (by first token) that hold a frame
        by_sentence: dict[int, list[int]] = {}
        for i, candidate in enumerate(candidates):
            by_sentence.setdefault(candidate.sentence.start, []).append(i)
        for indexes in by_sentence.values():
            counted = [i for i in indexes if candidates[i].category in PEOPLE_CATEGORIES]
            if not counted:
                continue
            sentence = candidates[indexes[0]].sentence
            stops = [candidates[i].figure.start for i in indexes if candidates[i].category != "skip"]
            frames = self.sources.frames(
                parsed,
                sentence,
                stops,
                [candidates[i].figure.start for i in counted],
                [candidates[i].figure.end for i in counted],
            )
            if not frames:
                continue
            spans = [(candidates[i].figure.start, candidates[i].figure.end) for i in counted]
            commas = [t.idx for t in sentence if t.text in (",", ";", "(")]  # ``9 000 (3 200 selon la police)``
            semicolons = [t.idx for t in sentence if t.text == ";"]
            assigned = assign(frames, spans, sentence.start_char, commas, semicolons)
            for i, source in zip(counted, assigned, strict=True):
                if source is None and candidates[i].category in _TOLL_CATEGORIES:
                    source = self._continued_frame(parsed.text, frames, candidates[i].figure.start)
                result[i] = source
            frame_spans.extend((f.start, f.end) for f in frames)
            framed.add(sentence.start)
        self._quoted_sources(parsed, candidates, result)
        self.frame_index = intervals(frame_spans)
        self.framed = framed
        last_gapped: tuple[int, Attribution] | None = None  # where the last gapped figure ends, its source
        for i, candidate in enumerate(candidates):
            if candidate.category in PEOPLE_CATEGORIES and candidate.noun_kind == "none":
                first = parsed.doc.char_span(candidate.figure.start, candidate.figure.end, alignment_mode="expand")
                if first is not None:
                    gapped = self.sources.gapped(parsed, first[0], candidate.sentence)
                    if (
                        gapped is None
                        and last_gapped is not None
                        and " ".join(parsed.text[last_gapped[0] : candidate.figure.start].split()).lower()
                        in self.list_gaps
                    ):
                        gapped = last_gapped[1]  # ``les syndicats 6 000 et 8 000``: both are the unions'
                    result[i] = gapped or result[i]
                    last_gapped = (candidate.figure.end, gapped) if gapped is not None else None
        named: Attribution | None = None
        named_in = -1  # the sentence (by first token) of the source named last
        for i, source in enumerate(result):  # ``d'après la même source``: the source named last
            sentence = candidates[i].sentence
            if source is not None and self.sources.is_same_source(source):
                earlier = None if named_in == sentence.start else self._last_named_frame(parsed, sentence)
                result[i] = earlier or named
            elif source is not None:
                named, named_in = source, sentence.start
        return result

    #: How many sentences back ``la même source`` is looked for.
    _SAME_SOURCE_REACH: ClassVar[int] = 3

    def _last_named_frame(self, parsed: Parsed, sentence: Span) -> Attribution | None:
        """Who ``la même source`` / ``selon ces sources`` stands for: the source named last in the sentences
        before, whether or not it gave a figure there (``…, a-t-on appris de sources sécuritaires. Trois
        personnes ont été tuées, selon ces sources``; ``Le porte-parole a confirmé l'incendie. Quatre blessés,
        selon la même source``). Only the counts' sources were remembered, so a source that named no count
        left the phrase standing for an older one, or for no one."""
        units = _SentenceUnits(parsed.doc, parsed.text)  # recoupe's sentences, not spaCy's (``l'état-major``)
        earlier = sentence
        for _ in range(self._SAME_SOURCE_REACH):
            if earlier.start == 0:
                return None
            earlier = units.of(earlier.start - 1)
            frames = self.sources.frames(parsed, earlier, (), ())
            named = [
                f.attribution
                for f in frames
                if f.attribution is not None and not self.sources.is_same_source(f.attribution)
            ]
            if named:
                return named[-1]
        return None

    def _quoted_sources(
        self, parsed: Parsed, candidates: Sequence[_Candidate], result: list[Attribution | None]
    ) -> None:
        """Give a count inside a quotation of several sentences, with no source in its own sentence, the
        quotation's speaker (``« Douze corps ont été remontés. Les recherches continuent », a déclaré le
        préfet``): the speech verb that covers it stands in the quotation's last sentence (or first)."""
        waiting = [i for i, c in enumerate(candidates) if result[i] is None and c.category in PEOPLE_CATEGORIES]
        if not waiting:
            return
        quotes = [q for q in find_quote_spans(parsed.text) if q.closed]
        units = _SentenceUnits(parsed.doc, parsed.text)
        for i in waiting:
            candidate = candidates[i]
            start = candidate.figure.start
            quote = next((q for q in quotes if q.start <= start < q.end), None)
            if quote is None:
                continue
            opening = parsed.doc.char_span(quote.open, quote.open + 1, alignment_mode="expand")
            closing = parsed.doc.char_span(quote.close, quote.close + 1, alignment_mode="expand")
            if opening is None or closing is None or not len(opening) or not len(closing):
                continue
            first, last = units.of(opening.start), units.of(closing.start)
            if first.start == last.start:
                continue  # a quotation within one sentence: its frames were read with the figure's
            result[i] = self.sources.quote_speaker(parsed, first, last, quote.open, quote.close)

    def _continued_frame(self, text: str, frames: Sequence[Frame], start: int) -> Attribution | None:
        """The source of a trailing ``selon X`` / incise whose report a figure after it goes on with (``…,
        selon l'agence, et douze personnes restent portées disparues``, ``…, ce qui porte à neuf le nombre de
        morts``): only those words may stand between the source and the figure."""
        before = [f for f in frames if not f.leading and f.end <= start]
        if not before:
            return None
        frame = before[-1]
        if not self.trailing_continuation.match(text, _incise_end(text, frame, start), start):
            return None
        return frame.attribution

    def _carry_sources(self, parsed: Parsed, written: Sequence[tuple[_Candidate, Claim]]) -> None:
        """Give a sentence that goes on with the report before it that report's source.

        A source is named in its sentence, save one case: a sentence that opens with a toll (``Neuf
        personnes restent portées disparues et quatre blessés …``; a time may come first: ``Samedi, trois
        autres ont été interpellés``), names no source of its own and holds no quote, right after a sentence
        of the same paragraph whose last count has a source (``…, a indiqué l'agence.``), continues that
        report: a writer gives the rest of an official toll in the next sentence without repeating who gave
        it. Only the sentence right after is read: the one after that may be the newspaper's own count. A vague
        count (``Des centaines de personnes …``) is the writer's summary, not a report's figure, and a count in
        the conditional (``auraient été tués``) is an unconfirmed one of someone else: neither is carried to.
        """
        text = parsed.text
        last_source: dict[int, Attribution | None] = {}  # per sentence end (token): its last count's source
        first_counts: dict[int, tuple[_Candidate, Claim]] = {}  # per sentence start (token): its first count
        carried: dict[int, Attribution] = {}  # per sentence end (token): the source carried to it
        for candidate, claim in written:
            first_counts.setdefault(candidate.sentence.start, (candidate, claim))
            if claim.category in PEOPLE_CATEGORIES:
                last_source[candidate.sentence.end] = claim.source
        for candidate, claim in written:
            sentence = candidate.sentence
            if (
                claim.source is not None
                or claim.category not in _TOLL_CATEGORIES
                or claim.qualifier == "vague"  # ``Des centaines de personnes sont portées disparues``: the writer's
                or claim.reported  # ``Huit policiers auraient été tués``: unconfirmed, someone else's
                or (
                    sentence.start in self.framed
                    and not self._place_share(parsed, sentence, first_counts[sentence.start][0])
                )  # ``Le district de X compte 98 victimes``: a place's "frame" gives no figure of its own
            ):
                continue
            marked = self._marked_continuation(parsed, first_counts[sentence.start], sentence)
            source = last_source.get(sentence.start) or (carried.get(sentence.start) if marked else None)
            if source is None and candidate is first_counts[sentence.start][0] and candidate.noun_kind == "partitive":
                source = self._source_before(parsed, sentence)  # ``Sept d'entre eux …``: the people just reported
            if source is None or not self._opens_with_count(parsed, first_counts[sentence.start], sentence):
                continue
            previous = parsed.doc[sentence.start - 1].idx
            if "\n" in text[previous : sentence.start_char] or self._holds_quotation(text, sentence):
                continue
            claim.source = source
            carried.setdefault(sentence.end, source)
            if marked and last_source.get(sentence.end) is None:
                last_source[sentence.end] = source  # ``On compte aussi 36 blessés.`` says the report goes on

    def _source_before(self, parsed: Parsed, sentence: Span) -> Attribution | None:
        """The source named last in the sentence right before, whether or not it gave a count there: a sentence
        that opens with a part of a group (``Sept d'entre eux ont été hospitalisés``) takes up the people that
        sentence reported on (``Les blessés ont été évacués vers la capitale, a-t-on appris de source
        hospitalière``), and goes on with its report."""
        if sentence.start == 0:
            return None
        earlier = _SentenceUnits(parsed.doc, parsed.text).of(sentence.start - 1)
        named = [
            f.attribution
            for f in self.sources.frames(parsed, earlier, (), ())
            if f.attribution is not None and not self.sources.is_same_source(f.attribution)
        ]
        return named[-1] if named else None

    #: The most words a quoted stretch may hold and still be a term the writer quotes (``quatre assaillants
    #: ont été « neutralisés »``, ``des « casseurs »``) rather than someone's words.
    _TERM_QUOTE_WORDS: ClassVar[int] = 3

    def _holds_quotation(self, text: str, sentence: Span) -> bool:
        """Whether the sentence holds someone's quoted words, whose speaker, not the report before, gives its
        figures. A quoted term (``quatre assaillants ont été « neutralisés »``) is the writer's distance from
        a word, not a speaker: any quote mark used to stop a toll from going on with the report before it."""
        marks = [t for t in sentence if t.text in _QUOTE_MARKS]
        if not marks:
            return False
        low, high = sentence.start_char, sentence.end_char
        quotes = [q for q in find_quote_spans(text[low:high]) if q.closed]
        if not quotes:
            return True  # a quotation opened or closed in another sentence
        return any(len(text[low + q.start : low + q.end].split()) > self._TERM_QUOTE_WORDS for q in quotes)

    def _opens_with_count(self, parsed: Parsed, first: tuple[_Candidate, Claim], sentence: Span) -> bool:
        """Whether the sentence's first figure (``first``) opens it, after a time (``Samedi, …``) or ``Parmi
        eux,`` at most, and counts a toll (``Quelque 300 habitants ont dû fuir``): the form of a toll going on
        from the sentence before."""
        if first[1].category not in _TOLL_CATEGORIES:
            return False
        opening = parsed.text[sentence.start_char : first[0].figure.start].strip()
        if not opening:
            return True
        if self._place_share(parsed, sentence, first[0]):
            return True
        if self._marked_continuation(parsed, first, sentence):
            return True
        if not opening.endswith(","):
            return False
        time_end = sentence.start_char + len(opening[:-1].rstrip())
        return parsed.timex_index().covers(sentence.start_char, time_end)

    def _marked_continuation(self, parsed: Parsed, first: tuple[_Candidate, Claim], sentence: Span) -> bool:
        """Whether the words before the sentence's first figure say that the report before goes on: ``On compte
        aussi 36 blessés``, ``Au total, …``, ``Parmi eux, …``, ``Le nombre de blessés atteint 374``. Such a
        sentence goes on with a source carried to the sentence before it, and passes its own on to the next
        one: a bulletin read over several sentences marks each step (an unmarked third sentence may be the
        newspaper's own count, and keeps none)."""
        opening = " ".join(parsed.text[sentence.start_char : first[0].figure.start].split())
        if self.continuation_counts.fullmatch(opening):
            return True
        if opening.endswith(",") and opening[:-1].rstrip().lower() in self.continuation_openers:
            return True
        return self._total_opening(parsed, sentence, first[0])

    def _total_opening(self, parsed: Parsed, sentence: Span, first: _Candidate) -> bool:
        """Whether the sentence opens with a count's holder and its measure verb, and nothing else, before the
        figure (``Le nombre de blessés atteint 374``, ``Le total des disparus s'élève à 40``): a total that
        names no one who gives it is the report before it going on, like ``On compte aussi …``."""
        words = [t for t in parsed.doc[sentence.start : first.first] if not t.is_space]
        if len(words) < 3 or words[0].pos_ != "DET" or words[1].lower_ not in self.totals:
            return False
        if any(
            t.is_punct or t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ not in self.reflexives) for t in words
        ):
            return False  # ``Le bilan, selon X, …``, ``le nombre de victimes à Y``: another frame, another place
        verbs = [
            t for t in words[2:] if t.pos_ in ("VERB", "AUX") and t.nbor(-1).lower_ not in self.total_complements
        ]  # ``Le nombre de déplacés atteint …``: a participle after ``de`` is what is counted, no verb
        return bool(verbs) and all(
            t.lemma_.lower() in self.measures or t.pos_ == "AUX" or t.dep_.startswith("aux") for t in verbs
        )

    def _place_share(self, parsed: Parsed, sentence: Span, first: _Candidate) -> bool:
        """Whether the sentence opens with a place's share of a toll (``Le district de X compte 98 victimes``):
        a place as the subject, then a verb of holding a count, then the figure. A place cannot give a figure,
        so the count is the report's before it, broken down."""
        opening = " ".join(parsed.text[sentence.start_char : first.figure.start].split())
        if self.most_hit_share.fullmatch(opening):
            return True  # ``La Castille est la région la plus touchée, avec 260 décès``
        words = parsed.doc[sentence.start : first.first]
        verb = words[-1] if len(words) else None
        if verb is None or not {verb.lemma_.lower(), verb.lower_} & self.place_share_verbs:
            return False
        subject = words[:-1]
        if not len(subject) or any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADP", "ADJ") for t in subject):
            return False
        found = list(parsed.entity_index().within(subject.start_char, subject.end_char))
        return bool(found) and all(e.type == "LOC" for e in found)

    def _date(self, parsed: Parsed, candidate: _Candidate, start: int, end: int) -> str | None:
        """The date of the sentence's time expression closest to the figure, if any; not one inside
        another figure's clause that gives an earlier count (``…, contre 14 annoncés la veille, et 31
        personnes ont été interpellées``: ``la veille`` is the 14's)."""
        sentence = candidate.sentence
        text = parsed.text
        commas = self._commas(sentence)
        best: tuple[int, str] | None = None
        for timex in parsed.timex_index().starting_in(sentence.start_char, sentence.end_char):
            if timex.value is None or timex.type not in ("DATE", "TIME") or not timex.value[:1].isdigit():
                continue
            if self.count_after_event.match(timex.text) and timex.value[:10] == (parsed.article.published or "")[:10]:
                continue  # ``Cinq jours après les affrontements``: the day of writing, not the figures' day
            at = bisect_left(commas, timex.start)
            low = commas[at - 1] + 1 if at else sentence.start_char
            high = commas[at] if at < len(commas) else sentence.end_char
            opener = text[low:high].lstrip().split(maxsplit=1)
            if (
                not low <= start < high
                and opener
                and opener[0].lower() in self.recalled_openers
                and self.numbers.find(text, low, high)
            ):
                continue
            distance = timex.start - end if timex.start >= end else start - timex.end
            own = low <= start < high
            if own and opener and opener[0].lower() in self.recalled_openers:
                distance = -1  # the earlier count's own time: ``contre 14 annoncés la veille``
            elif not own:
                # a time in the figure's own clause is its own (``1 530 décès depuis le 1er juin``, not
                # ``l'estimation, publiée lundi,``)
                distance += len(text)
            value = timex.value
            if own and timex.start < start:
                value = self._day_before_day_after(parsed, timex.start, timex.end, value)
            if best is None or distance < best[0]:
                best = (distance, value)
        return None if best is None else best[1]

    def _day_before_day_after(self, parsed: Parsed, start: int, end: int, value: str) -> str:
        """The day of the event ``au lendemain d'une journée qui a rassemblé 20 000 personnes`` names: a
        figure in that complement counts the day before the day after, the article's day at the latest (the
        day after an unnamed event is the day the article speaks from)."""
        said = parsed.text[start:end].lower().replace("’", "'")
        rest = parsed.text[end : end + 5].lower().replace("’", "'").lstrip()
        if said not in self.day_after_phrases or not any(
            rest.startswith(w) and (w.endswith("'") or rest[len(w) : len(w) + 1] == " ") for w in self.day_after_links
        ):
            return value
        published = parsed.article.published or ""
        days = [d for d in (value[:10], published[:10]) if len(d) == 10 and d[:4].isdigit()]
        try:
            day = min(datetime.date.fromisoformat(d) for d in days)
        except ValueError:
            return value
        return (day - datetime.timedelta(days=1)).isoformat() if days else value

    def _place(
        self,
        parsed: Parsed,
        candidate: _Candidate,
        start: int,
        end: int,
        items: Sequence[int] = (),
        source: Attribution | None = None,
    ) -> str | None:
        """The location the figure applies to: right after it (``dont 408 à Paris``), else the nearest
        location of its comma-delimited clause that is not part of a source (``ministère de la Santé``)
        nor beyond a listed figure (``31 tués … : douze à Baghlan``: Baghlan is the twelve's; but in ``9
        Palestiniens et un soldat ont été tués … à Gaza`` the place is both figures'), nor the figure's
        source itself, an organisation the tagger took for a place (``La Croix-Rouge du Niger affirme que…``)."""
        sentence = candidate.sentence
        text = parsed.text
        commas = self._commas(sentence)
        low, high = self._clause_bounds(sentence, commas, start, end)
        best: tuple[int, str] | None = None
        for entity in parsed.entity_index().within(low, high):
            if entity.type != "LOC":
                continue
            if entity.start < end and start < entity.end:
                continue
            if self.frame_index.covers(entity.start, entity.end) or self._not_a_place(parsed, entity.start, entity.end):
                continue
            if source is not None and _names_source(entity.text, source.text):
                continue
            if entity.start >= end and self.place_link.fullmatch(text, end, entity.start):
                return entity.name
            gap = (end, entity.start) if entity.start >= end else (entity.end, start)
            if self._items_between(items, *gap, candidate.figure.start):
                continue
            if text[max(0, entity.start - 4) : entity.start].strip().lower() in self.agent_prepositions:
                continue  # ``envoyés par Paris``: the sender, not the place
            between = text[end : entity.start] if entity.start >= end else text[entity.end : start]
            distance = len(between)
            if best is None or distance < best[0]:
                best = (distance, entity.name)
        if best is None and low > sentence.start_char:
            best_name = (
                self._leading_place(parsed, sentence, commas, low)
                or self._subject_place(parsed, sentence, commas, low, start)
                or self._relative_place(parsed, sentence, commas, low, start)
            )
            if best_name is not None:
                return best_name
        if best is None:
            return self._place_named_again(parsed, low, high)
        return best[1]

    def _sentence_place(
        self, parsed: Parsed, candidate: _Candidate, start: int, source: Attribution | None
    ) -> str | None:
        """The first place the figure's sentence names before it, when its own clause names none: the
        sentence tells where its event happened before the clause that counts it (``Le bilan des
        affrontements de dimanche à Kidal, près de Gao, est passé à 14 morts``; ``…ont attaqué un village à
        une dizaine de kilomètres de Tillabéri, tuant sept personnes``), and the first place is the event's own, the
        later ones say where that lies. A source's words (``selon la préfecture du Rhône``), a sender (``par
        Paris``), a headline's rubric and an organisation taken for a place are no place."""
        opening = self._relative_clause_start(parsed, start)
        for entity in parsed.entity_index().within(candidate.sentence.start_char, start):
            if entity.end <= start and entity.start >= opening and self._place_told(parsed, entity, source):
                return entity.name
        return None

    def _place_told(self, parsed: Parsed, entity: Entity, source: Attribution | None) -> bool:
        """Whether a location named in another clause may be a figure's place: not a headline's rubric, a
        source's words (``selon la préfecture du Rhône``), a sender (``par Paris``) nor an organisation the
        tagger took for a place."""
        text = parsed.text
        if entity.type != "LOC" or self._rubric(text, entity):
            return False
        if self.frame_index.covers(entity.start, entity.end) or self._not_a_place(parsed, entity.start, entity.end):
            return False
        if source is not None and _names_source(entity.text, source.text):
            return False
        return text[max(0, entity.start - 4) : entity.start].strip().lower() not in self.agent_prepositions

    @staticmethod
    def _clause_bounds(sentence: Span, commas: Sequence[int], start: int, end: int) -> tuple[int, int]:
        """The character bounds of the comma-delimited clause holding ``[start, end)`` in its sentence."""
        at = bisect_left(commas, start)
        low = commas[at - 1] if at else sentence.start_char
        at = bisect_left(commas, end)
        high = commas[at] if at < len(commas) else sentence.end_char
        return low, high

    def _pronoun_place(
        self, parsed: Parsed, candidate: _Candidate, start: int, end: int, source: Attribution | None
    ) -> str | None:
        """The place the previous sentence names last, when the figure's clause stands at a place by ``y``
        (``C'est à Fénérive-Est que la situation est la plus grave. Huit personnes y ont été tuées``): the
        pronoun is that place. A source's words, a sender and an organisation taken for a place are no place."""
        sentence = candidate.sentence
        text = parsed.text
        low, high = self._clause_bounds(sentence, self._commas(sentence), start, end)
        if self.place_pronoun.search(text, low, high) is None or sentence.start == 0:
            return None
        previous = parsed.doc[sentence.start - 1].sent
        named: str | None = None
        for entity in parsed.entity_index().within(previous.start_char, previous.end_char):
            if self._place_told(parsed, entity, source):
                named = entity.name  # the last one wins: entities come in text order
        return named

    def _rubric(self, text: str, entity: Entity) -> bool:
        """Whether a location opens its line as a headline's rubric (``Turquie : les derniers mineurs de Kozlu
        remontés sans vie, le bilan atteint 14 morts``): the label of the story's country, not where the
        headline's figure happened."""
        line_start = text.rfind("\n", 0, entity.start) + 1
        return not text[line_start : entity.start].strip() and self.rubric_after.match(text, entity.end) is not None

    @staticmethod
    def _relative_clause_start(parsed: Parsed, start: int) -> int:
        """Where the relative clause holding the figure begins (``…, au lendemain d'une journée qui a rassemblé
        20 000 agriculteurs``), or 0: a relative clause tells of its antecedent, and a place named before it
        belongs to the main clause's event (``Le Premier ministre reçoit à Matignon…``), not the figure's. A
        relative on a pronoun (``…, ce qui porte à six le nombre de victimes``) goes on with the whole clause
        before it, so that clause's place is the figure's."""
        token = parsed.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or not len(token):
            return 0
        for ancestor in token[0].ancestors:
            if ancestor.dep_.startswith("acl:relcl") and ancestor.head.pos_ != "PRON":
                return int(min(t.idx for t in ancestor.subtree))
        return 0

    def _not_a_place(self, parsed: Parsed, start: int, end: int) -> bool:
        """Whether a location the tagger found names no figure's place: a headline's rubric that the line
        sets in one town (``Équateur : 31 détenus tués à Guayaquil``: the label of the story's country, where
        the town is the figure's place; ``Sénégal : trois morts à Dakar et Ziguinchor`` is the country's
        toll, and so is ``… tués près de Djibo``), or an institution's name (``le pénitencier du Littoral``,
        ``l'hôpital Ibn Al Khatib``, ``l'hôtel Bani`` whose noun the tagger took into the name), an event's name
        (``Éboulement de Mulimbi``), or the power an affiliation names (``le GSIM, lié à Al-Qaïda``)."""
        text = parsed.text
        if self.event_name.match(text[start:end].replace("’", "'")):
            return True  # ``Éboulement de Mulimbi``: an event's name, not where it happened
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and self.rubric_after.match(text, end):
            line_end = text.find("\n", end) % (len(text) + 1)
            others = [e for e in parsed.entity_index().within(end, line_end) if e.type == "LOC"]
            return len(others) == 1 and self.in_place_before.search(text, end, others[0].start) is not None
        before = text[max(0, start - 60) : start].replace("’", "'")
        if self.facility_name.match(text[start:end].replace("’", "'")):
            return True  # ``l'hôtel Bani``: the noun in the name itself
        if self.facility_before.search(before) is not None or self.affiliation_before.search(before) is not None:
            return True
        return self._in_describing_aside(text, before, end)

    def _in_describing_aside(self, text: str, before: str, end: int) -> bool:
        """Whether a location lies in a comma aside describing the noun before it (``Le Collectif des familles,
        une association de Toulouse, avance le chiffre de 31 morts``): it tells who that noun is — often the
        source — not where the figure's event happened. The aside must close (a comma) in the sentence."""
        if self.describing_aside.search(before) is None:
            return self._names_the_opening_noun(text, before, end)
        after = re.match(r"[^,.;:!?\n]*,", text[end : end + 80])
        return after is not None

    def _names_the_opening_noun(self, text: str, before: str, end: int) -> bool:
        """Whether a location is the name of the noun opening its sentence, set between commas (``L'exploitant,
        Houillères Dumontier, avance le chiffre de 15 morts``): the firm, not where the dead died."""
        opening = re.split(r"[.!?\n]", before)[-1]
        return self.naming_aside.match(opening) is not None and re.match(r"\s*,", text[end : end + 3]) is not None

    def _place_named_again(self, parsed: Parsed, low: int, high: int) -> str | None:
        """The place a clause names again by its kind alone (``La province compte désormais 11 morts``,
        ``un bilan de 24 morts pour cette province``): the last place of that kind named before it
        (``la province de Zambézia``), within the few sentences before."""
        if self.place_anaphora is None:
            return None
        text = parsed.text
        found = self.place_anaphora.search(text, low, high)
        if found is None:
            return None
        kind = found.group(1).lower()
        named: str | None = None
        for entity in parsed.entity_index().within(max(0, found.start() - 600), found.start()):
            if entity.type != "LOC" or self.frame_index.covers(entity.start, entity.end):
                continue
            before = text[max(0, entity.start - 30) : entity.end].lower()
            if kind in before:
                named = entity.name  # the last one wins: entities come in text order
        return named

    def _subject_place(self, parsed: Parsed, sentence: Span, commas: Sequence[int], low: int, start: int) -> str | None:
        """The place a clause is about when the figure's clause hangs on it with ``avec``: ``L'Andalousie est
        la région la plus touchée, avec 260 décès`` (the place opens the clause before)."""
        text = parsed.text
        opener = text[low + 1 : start].strip().split(maxsplit=1)
        if not opener or opener[0].lower() not in self.attached_openers:
            return None
        bound = low
        for _ in range(3):  # ``La province de Nampula, dans le nord, est la plus touchée, avec…``: past asides
            at = bisect_left(commas, bound)
            opening = commas[at - 1] + 1 if at else sentence.start_char
            for entity in parsed.entity_index().within(opening, bound):
                if entity.type != "LOC":
                    continue
                if self.subject_place_opening.fullmatch(text[opening : entity.start].replace("’", "'")):
                    return entity.name
            if opening <= sentence.start_char:
                return None
            bound = opening - 1
        return None

    def _relative_place(
        self, parsed: Parsed, sentence: Span, commas: Sequence[int], low: int, start: int
    ) -> str | None:
        """The place a relative ``où`` opening the figure's clause stands for: the last place named in the clause
        before it, past an apposition (``à Toamasina, deuxième ville du pays, où 2 personnes ont été tuées``)."""
        text = parsed.text
        opener = text[low + 1 : start].strip().split(maxsplit=1)
        if not opener or opener[0].lower() not in self.place_relatives:
            return None
        bound = low
        for _ in range(2):  # past an apposition that describes the place (``petite ville du Vaucluse``)
            at = bisect_left(commas, bound)
            opening = commas[at - 1] + 1 if at else sentence.start_char
            piece = text[opening:bound]
            first, last = opening + len(piece) - len(piece.lstrip()), bound - (len(piece) - len(piece.rstrip()))
            named = [e for e in parsed.entity_index().within(opening, bound) if e.type == "LOC"]
            named = [e for e in named if not self.frame_index.covers(e.start, e.end)]
            if named and not (first < last and self._apposition(parsed.doc, first, last)):
                return named[-1].name
            if opening <= sentence.start_char:
                return None
            bound = opening - 1
        return None

    def _commas(self, sentence: Span) -> list[int]:
        """Where the sentence's commas and semicolons are, read once per sentence (a place's clause is
        asked for each figure; walking the sentence each time was quadratic in a long one)."""
        key = (sentence.start, sentence.end)
        found = self._comma_cache.get(key)
        if found is None:
            found = self._comma_cache[key] = [t.idx for t in sentence if t.text in (",", ";")]
        return found

    @staticmethod
    def _items_between(starts: Sequence[int], low: int, high: int, own: int) -> bool:
        """Whether a listed figure other than the one at ``own`` starts in ``[low, high)`` (``starts`` sorted)."""
        lo, hi = bisect_left(starts, low), bisect_left(starts, high)
        mine = max(0, min(hi, bisect_right(starts, own)) - max(lo, bisect_left(starts, own)))
        return hi - lo - mine > 0

    @staticmethod
    def _apposition(doc: Doc, first: int, last: int) -> bool:
        """Whether ``[first, last)`` is a noun phrase set beside the clause before it, no verb and no figure:
        ``À Toulouse, épicentre de la mobilisation, la préfecture a dénombré…``."""
        span = doc.char_span(first, last, alignment_mode="expand")
        return (
            span is not None
            and span[0].pos_ in ("NOUN", "DET", "ADJ")
            and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in span)
        )

    def _kind_named_place(self, text: str, opening: int, bound: int) -> str | None:
        """The name of an opening adverbial made of a place's kind and capitalised words (``Dans la seule
        commune de Prundu Bârgăului``), when no entity was recognised there; ``None`` otherwise."""
        if self.kind_named_place is None:
            return None
        found = self.kind_named_place.fullmatch(text, opening, bound)
        if found is None or not all(word[:1].isupper() for word in found.group("name").split()):
            return None
        return found.group("name")

    def _leading_place(self, parsed: Parsed, sentence: Span, commas: Sequence[int], bound: int) -> str | None:
        """The place of an opening adverbial (``À Marseille, 40 000 personnes…``, ``Dans l'Aude, mardi,
        …``): a clause made of a preposition and a location only, before the figure's clause; clauses
        that are a source or a time (``À Lyon, selon la police, …``) are passed over."""
        text = parsed.text
        times = parsed.timex_index()
        for _ in range(3):
            at = bisect_left(commas, bound)
            opening = commas[at - 1] + 1 if at else sentence.start_char
            for entity in parsed.entity_index().within(opening, bound):
                if (
                    entity.type == "LOC"
                    and self.place_link.fullmatch(text, opening, entity.start)
                    and not text[entity.end : bound].strip()
                ):
                    return entity.name
            unrecognised = self._kind_named_place(text, opening, bound)
            if unrecognised is not None:
                return unrecognised
            piece = text[opening:bound]
            first, last = opening + len(piece) - len(piece.lstrip()), bound - (len(piece) - len(piece.rstrip()))
            if (
                first >= last
                or opening <= sentence.start_char
                or not (
                    self.frame_index.covers(first, last)
                    or times.covers(first, last)
                    or self._apposition(parsed.doc, first, last)
                )
            ):
                return None
            bound = opening - 1
        return None


#: The longest word before an organisation's name in its source's words (``La``, ``l'``): a determiner.
_DETERMINER_MAX = 3


def _incise_end(text: str, frame: Frame, limit: int) -> int:
    """Where an incise's words end: its subject follows its verb (``…, a indiqué mercredi le ministère, ce qui
    porte à 241 le nombre …``) while the frame's span stops at the verb, so what comes after the frame is read
    after the subject. Other frames end where their span does."""
    if frame.kind != "speech" or frame.leading or frame.attribution is None:
        return frame.end
    found = text.find(frame.attribution.text, frame.end, limit)
    return frame.end if found < 0 else found + len(frame.attribution.text)


def _plural_verb(verb: Token) -> bool:
    """Whether a verb agrees with a plural subject, by itself or by its auxiliary (``ont péri``: the
    participle of ``avoir`` does not agree)."""
    auxiliaries = [child for child in verb.children if child.dep_.startswith("aux")]
    return any("Plur" in morph(token, "Number") for token in (verb, *auxiliaries))


#: An acronym in brackets that may end a source's words: ``… (JNIM)``.
_TRAILING_ACRONYM = re.compile(r"\s*\([^()]{1,12}\)$")


def _names_source(place: str, source: str) -> bool:
    """Whether a location's words are the whole name of the figure's source, a determiner aside (``Croix-Rouge
    du Niger`` for ``La Croix-Rouge du Niger``): an organisation the tagger took for a place. A place inside a
    source's complement (``la préfecture du Rhône``) still places the figure."""
    name, said = " ".join(place.split()), " ".join(source.replace("’", "'").split())
    said = _TRAILING_ACRONYM.sub("", said)  # ``la Jama'at Nusrat al-Islam wal-Muslimin (JNIM)``
    if not name or not said.endswith(name):
        return False
    before = said[: len(said) - len(name)].strip()
    return len(before) <= _DETERMINER_MAX and " " not in before
