"""In-article coreference: which named entity a description or pronoun stands for.

Attribution needs it: ``a ajouté le chef de l'État`` names no one, but the article said earlier
``Le président du Kazakhstan, Kassym-Jomart Tokayev``. The table is built once per article from its
own entities, appositions and subjects (no external model: coreferee's French model is hub-only) and
cached on the article's :class:`~recoupe.analyze.base.Parsed` (``parsed.coref``). It is deliberately
small and cautious: a mention the article does not tie to a name resolves to ``None``, because a wrong
speaker is worse than none.

How a mention is resolved (:meth:`Coreference.referent`):

* a span whose head word is part of a named entity is that entity;
* a pronoun (``il``, ``elle``, ``lui``, ``elles``, inverted ``a-t-il``) is the closest compatible
  mention before it outside quotation marks, subjects first (``Tokayev a dit qu'il…``), sentence by
  sentence backwards; earlier pronouns are resolved first, so chains work;
* a description with a title (``le président kazakh``, ``le dirigeant``) is the person the article
  tied that title to (``le président kazakh Kassym-Jomart Tokaïev``, ``Tokayev, président du
  Kazakhstan``), with country adjectives matched to country names; descriptions that mean a title
  (``le chef de l'État``, ``le maître du Kremlin``) go through ``lang/fr/coref.py``;
* an organization noun (``la société``, ``l'organisation régionale``) is the organization named with
  that word, tied to it (``son opérateur Chevron``), or for generic nouns the latest one;
* otherwise a span that contains a named entity resolves to it (``l'administration de Tokayev``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

import numpy
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from recoupe.analyze.base import Parsed
from recoupe.analyze.quotes.find import QuoteSpan, find_quote_spans
from recoupe.analyze.syntax import SUBJECT_DEPS, carries_subject_over, misread_finite_verb, morph, noun_phrase
from recoupe.ingest.layout import credit_mark
from recoupe.lang import Language
from recoupe.lang.tables import EntitiesTables
from recoupe.model import Entity
from recoupe.text import fold

_SENTENCE_WINDOW = 4
#: The most words a headline line has: the first longer line is the article's body.
_HEADLINE_WORDS = 30
#: The most words a byline line has (``Par Julie Moreau, à Rennes``).
_BYLINE_WORDS = 8
#: At most this many mentions are walked back from a pronoun. Four news sentences hold a few dozen; a
#: run-on text with no full stop (a list of thousands of figures, ``a-t-il dit`` repeated) is one
#: "sentence", and walking all of it for each pronoun made coreference quadratic (issue #20 item 9).
_MENTION_WINDOW = 256


@dataclass(frozen=True, slots=True)
class Referent:
    """What a mention stands for: the named entity (``entity``), or an unnamed description
    (``entity`` is ``None``, ``text`` the description as written: ``les autorités kazakhes``)."""

    text: str
    entity: str | None
    type: str | None = None


@dataclass(slots=True)
class Mention:
    """A candidate antecedent: a named entity, a subject description or a resolved pronoun."""

    start: int  # character offsets
    end: int
    head: int  # token index of the head
    sent: int
    subject: bool
    root_subject: bool
    gender: str | None
    number: str | None
    referent: Referent | None
    kind: str  # "name", "description", "pronoun"
    titled: bool = False  # a description by a person's title (``le chef du parti``)


@dataclass(frozen=True, slots=True)
class Tie:
    """A title or class noun the article attaches to a name: ``le président kazakh X``, ``X, une alliance``."""

    title: str  # folded
    quals: frozenset[str]  # folded qualifier words
    entity: str
    type: str
    start: int  # character offset of the name, for recency
    gender: str | None
    lemma: str = ""  # the title's folded lemma: ``chercheuse`` is written, ``chercheur`` described


@dataclass(frozen=True, slots=True)
class CorefTables:
    """A language's coreference word lists, folded (see ``lang/fr/coref.py`` for what each one is)."""

    pronouns: dict[str, tuple[str | None, str]]
    possessives: dict[str, tuple[str | None, str]]
    counts: frozenset[str]
    demonstratives: dict[str, tuple[str | None, str]]
    demonstrative_determiners: dict[str, tuple[str | None, str]]
    indefinite: frozenset[str]
    indefinite_articles: frozenset[str]
    equivalents: dict[str, tuple[str, tuple[str, ...]]]
    synonyms: dict[str, str]
    leader_nouns: frozenset[str]
    classes: dict[str, frozenset[str]]
    person_kinds: frozenset[str]
    generic_persons: frozenset[str]
    person_endings: tuple[str, ...]
    person_nouns: frozenset[str]
    taken_up_nouns: frozenset[str]
    role_nouns: frozenset[str]
    trial_parties: frozenset[str]
    court_officers: frozenset[str]
    court_bodies: frozenset[str]
    topic_markers: frozenset[str]
    attribution_words: dict[str, str]
    opinion_prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    medium_prepositions: frozenset[str]
    leader_titles: frozenset[str]
    titles: frozenset[str]
    epicene: frozenset[str]
    epicene_endings: tuple[str, ...]
    stale: frozenset[str]
    org_nouns: frozenset[str]
    serving_bodies: frozenset[str]
    body_voices: frozenset[str]
    named_places: frozenset[str]
    generic_org: frozenset[str]
    civil_bodies: frozenset[str]
    state_heads: frozenset[str]
    animate: frozenset[str]
    nationalities: dict[str, tuple[str, ...]]
    demonym_endings: tuple[str, ...]
    not_demonyms: frozenset[str]
    demonyms: frozenset[str]
    civilities: dict[str, str | None]
    feminine_ending: str
    feminine_articles: frozenset[str]
    feminine_determiners: frozenset[str]
    gendered_determiners: frozenset[str]
    masculine_determiners: frozenset[str]
    name_articles: dict[str, tuple[str | None, str]]
    complement_prepositions: frozenset[str]
    mention_lead_words: tuple[str, ...]
    qualifier_stopwords: frozenset[str]
    compound_titles: dict[str, str]
    latest_words: tuple[str, ...]
    latest_folded: frozenset[str]
    byline_words: tuple[str, ...]
    member_bodies: dict[str, str]
    gender_free_clitics: frozenset[str]
    trade_civilities: dict[str, str]
    object_clitics: frozenset[str]

    @classmethod
    @cache
    def of(cls, lang: Language) -> CorefTables:
        """The folded tables of ``lang``, built once."""
        coref = lang.coref
        entities = lang.entities
        titles = {fold(t) for t in entities.PERSON_TITLES | coref.EXTRA_TITLES} - {fold(c) for c in entities.CIVILITIES}
        feminine = frozenset(coref.FEMININE_ARTICLES) | frozenset(coref.FEMININE_POSSESSIVES)
        return cls(
            pronouns={fold(k): v for k, v in coref.PRONOUNS.items()},
            possessives={fold(k): v for k, v in coref.POSSESSIVES.items()},
            counts=frozenset(fold(k) for k in lang.numbers.APPROX_UNITS),
            demonstratives={fold(k): v for k, v in coref.DEMONSTRATIVES.items()},
            demonstrative_determiners={fold(k): v for k, v in coref.DEMONSTRATIVE_DETERMINERS.items()},
            indefinite=frozenset(fold(w) for w in coref.INDEFINITE_SUBJECTS),
            indefinite_articles=frozenset(fold(w) for w in lang.speech.INDEFINITE_ARTICLES),
            equivalents={
                k: (fold(v[0]), tuple(fold(q) for q in v[1])) for k, v in coref.DESCRIPTION_EQUIVALENTS.items()
            },
            synonyms={fold(k): fold(v) for k, v in coref.TITLE_SYNONYMS.items()},
            leader_nouns=frozenset(fold(w) for w in coref.LEADER_NOUNS),
            classes={fold(k): frozenset(fold(t) for t in v) for k, v in coref.DESCRIPTION_CLASSES.items()},
            person_kinds=frozenset(fold(w) for w in coref.PERSON_KIND_NOUNS),
            generic_persons=frozenset(fold(w) for w in coref.GENERIC_PERSON_NOUNS),
            person_endings=tuple(fold(e) for e in coref.PERSON_NOUN_ENDINGS),
            person_nouns=frozenset(fold(w) for w in coref.PERSON_NOUNS_OTHERWISE),
            taken_up_nouns=frozenset(fold(w) for w in coref.TAKEN_UP_PERSON_NOUNS),
            role_nouns=frozenset(fold(w) for w in coref.STORY_ROLES),
            trial_parties=frozenset(fold(w) for w in coref.TRIAL_PARTIES),
            court_officers=frozenset(fold(w) for w in coref.COURT_OFFICERS),
            court_bodies=frozenset(fold(w) for w in coref.COURT_BODIES),
            topic_markers=frozenset(fold(w) for w in coref.TOPIC_MARKERS),
            attribution_words={fold(k): fold(v) for k, v in lang.speech.ATTRIBUTION_WORDS.items()},
            opinion_prepositions=frozenset(fold(w) for w in lang.speech.OPINION_PREPOSITIONS),
            speech_verbs=frozenset(fold(w) for w in lang.speech.SPEECH_VERBS),
            medium_prepositions=frozenset(fold(w) for w in coref.MEDIUM_PREPOSITIONS),
            leader_titles=frozenset(fold(w) for w in coref.LEADER_TITLES),
            titles=frozenset(titles),
            epicene=frozenset(fold(w) for w in coref.EPICENE_TITLES),
            epicene_endings=tuple(fold(e) for e in coref.EPICENE_ENDINGS),
            stale=frozenset(fold(w) for w in coref.STALE_QUALIFIERS),
            org_nouns=frozenset(fold(w) for w in coref.ORG_NOUNS),
            serving_bodies=frozenset(fold(w) for w in coref.SERVING_BODY_NOUNS | coref.ORG_NOUNS),
            body_voices=frozenset(fold(w) for w in coref.BODY_VOICE_NOUNS),
            named_places=frozenset(fold(w) for w in coref.NAMED_PLACE_NOUNS),
            generic_org=frozenset(fold(w) for w in coref.GENERIC_ORG_NOUNS),
            civil_bodies=frozenset(fold(w) for w in coref.CIVIL_BODY_NOUNS),
            state_heads=frozenset(fold(w) for w in coref.STATE_BODY_HEADS),
            animate=frozenset(fold(w) for w in coref.ANIMATE_NOUNS)
            | frozenset(fold(w) for w in coref.PERSON_KIND_NOUNS)
            | frozenset(fold(w) for w in coref.DESCRIPTION_CLASSES),
            nationalities={fold(k): tuple(fold(c) for c in v) for k, v in coref.NATIONALITIES.items()},
            demonym_endings=tuple(fold(w) for w in coref.DEMONYM_ENDINGS),
            not_demonyms=frozenset(fold(w) for w in coref.NOT_DEMONYMS),
            demonyms=frozenset(fold(w) for w in entities.DEMONYMS),
            civilities={c: _civility_gender(c, entities) for c in entities.CIVILITIES},
            feminine_ending=coref.FEMININE_ENDING,
            feminine_articles=frozenset(coref.FEMININE_ARTICLES),
            feminine_determiners=feminine,
            gendered_determiners=feminine | frozenset(coref.GENDERLESS_POSSESSIVES),
            masculine_determiners=frozenset(coref.MASCULINE_DETERMINERS),
            name_articles=dict(coref.NAME_ARTICLES),
            complement_prepositions=frozenset(coref.COMPLEMENT_PREPOSITIONS),
            mention_lead_words=tuple(coref.MENTION_LEAD_WORDS),
            qualifier_stopwords=frozenset(coref.QUALIFIER_STOPWORDS),
            compound_titles=dict(coref.COMPOUND_TITLES),
            member_bodies={fold(k): fold(v) for k, v in coref.MEMBER_BODIES.items()},
            latest_words=tuple(coref.LATEST_WORDS),
            latest_folded=frozenset(fold(w) for w in coref.LATEST_WORDS),
            byline_words=tuple(fold(w) for w in coref.BYLINE_WORDS),
            gender_free_clitics=frozenset(fold(w) for w in coref.GENDER_FREE_CLITICS),
            trade_civilities=dict(coref.TRADE_CIVILITIES),
            object_clitics=frozenset(fold(w) for w in coref.OBJECT_CLITICS),
        )


def _civility_gender(civility: str, entities: EntitiesTables) -> str | None:
    """The gender a civility says (``Mme`` a woman, ``M.`` a man); ``Me`` and ``Dr`` say nothing."""
    if civility in entities.FEMININE_CIVILITIES:
        return "Fem"
    return "Masc" if civility in entities.MASCULINE_CIVILITIES else None


def _gender(token: Token, t: CorefTables) -> str | None:
    """Gender of a noun, read first from its article (``la ministre`` is feminine whatever the noun says)."""
    for child in token.children:
        if child.dep_ == "det":
            word = fold(child.text)
            if word in t.gendered_determiners:
                return "Fem" if word in t.feminine_determiners else None
            if word in t.masculine_determiners:
                return "Masc"
    if token.i > 0 and fold(token.doc[token.i - 1].text) in t.feminine_articles:
        return "Fem"
    if token.i > 0 and fold(token.doc[token.i - 1].text) in t.masculine_determiners:
        return "Masc"
    for child in token.children:
        word, lemma = fold(child.text), fold(child.lemma_)
        if child.dep_ == "amod" and child.i < token.i and word != lemma and word.endswith(t.feminine_ending):
            if not lemma.endswith(t.feminine_ending):
                return "Fem"  # ``l'ancienne maire``: the elided article hides it, the adjective says it
    if fold(token.text) in t.epicene:
        return None  # ``X, porte-parole de …``: the title alone says nothing of X's gender
    if fold(token.text).endswith(t.epicene_endings):
        # ``Élise Carrier, climatologue``: the tagger calls such a noun masculine by default, feminine only when
        # the context told it so (``l'épidémiologiste Claire Dumont``)
        return "Fem" if "Fem" in morph(token, "Gender") else None
    word, lemma = fold(token.text), fold(token.lemma_)
    if word != lemma and word.endswith(t.feminine_ending) and not lemma.endswith(t.feminine_ending):
        return "Fem"  # ``X, chercheuse en …``: the tagger often calls a bare feminine title masculine
    values = morph(token, "Gender")
    return values[0] if values else None


@cache
def _age_apposition(pattern: str) -> re.Pattern[str]:
    """The language's age apposition (``, 34 ans``) closed by its comma, compiled once."""
    return re.compile(pattern + r"\s*,\s*")


def _indefinite_article(token: Token) -> bool:
    """Whether ``token`` is an indefinite determiner (``un``, ``une``, ``des``): what brings someone new in."""
    return token.pos_ == "DET" and "Ind" in morph(token, "Definite")


def _number(token: Token) -> str | None:
    values = morph(token, "Number")
    return values[0] if values else None


#: Layout lines whose names are no one in the story: a photo's credit (``© Pablo Ruiz / AFP``), a byline (``Par Julie
#: Moreau``). A caption's own words name the story's people (``Le président russe Vladimir Poutine lors d'une
#: réunion …``): only its credit, after its last sentence, is left out.
_CREDIT_LAYOUT = frozenset({"credit", "byline"})


def _news_entities(parsed: Parsed) -> list[Entity]:
    """The article's entities, in text order, without those of a photo's credit or a byline: the photographer
    credited under the headline is not the person the article's descriptions take up."""
    article = parsed.article
    credits: list[tuple[int, int]] = []
    for span in parsed.analysis.layout:  # the pipeline's, found before the components ran
        if span.kind in _CREDIT_LAYOUT:
            credits.append((span.start, span.end))
        elif span.kind == "caption" and (mark := credit_mark(span.text, article.lang)) is not None:
            sentence_end = span.text.rfind(". ", 0, mark)
            credits.append((span.start + (sentence_end + 2 if sentence_end >= 0 else mark), span.end))
    return sorted(
        (e for e in parsed.analysis.entities if not any(a <= e.start < b for a, b in credits)), key=lambda e: e.start
    )


class Coreference:
    """Resolve a span of the article to the canonical name of the entity it refers to.

    Build it with :meth:`of` (once per article, shared by every component). Public methods:
    :meth:`resolve` (the entity name or ``None``) and :meth:`referent` (also the words for an unnamed
    description such as ``les autorités kazakhes``).
    """

    def __init__(self, parsed: Parsed, lang: Language | None = None) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text = parsed.text
        self.t = CorefTables.of(lang or parsed.lang)
        self._age_apposition = _age_apposition((lang or parsed.lang).entities.AGE_APPOSITION)
        self.entities: list[Entity] = _news_entities(parsed)
        self.quotes: list[QuoteSpan] = find_quote_spans(self.text)
        self._quoted = bytearray(len(self.text) + 1)
        for q in self.quotes:
            self._quoted[q.start : q.end] = b"\x01" * (q.end - q.start)
        # Sentences are counted only when they hold words outside quotation marks, so that a long quote
        # does not push the narrative sentence before it out of a pronoun's reach.
        self._sent_of: list[int] = [0] * len(self.doc)
        k = -1
        for sent in self.doc.sents:
            for piece in self._sentence_pieces(sent.start, sent.end):
                if any(not self.is_quoted(t.idx) and not t.is_punct and not t.is_space for t in piece):
                    k += 1
                for i in range(piece.start, piece.end):
                    self._sent_of[i] = max(k, 0)
        self._entity_at: dict[int, Entity] = {}
        self._entity_tokens: dict[int, tuple[int, int]] = {}
        for index, entity in enumerate(self.entities):
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self._entity_tokens[index] = (span.start, span.end)
            for token in span:
                self._entity_at[token.i] = entity
        # The same, by first token, so "which names lie inside these tokens" is a bisection, not a walk
        # over every name of the article for each description (quadratic on a long one).
        pieces = self._entity_tokens.items()
        self._by_first_token: list[tuple[int, int, int]] = sorted((a, b, i) for i, (a, b) in pieces)
        self._first_tokens: list[int] = [a for a, _b, _i in self._by_first_token]
        self.ties: list[Tie] = self._find_ties()
        self.mentions: list[Mention] = []
        self._pronoun_referent: dict[int, Referent | None] = {}
        # A person's gender as the article's own pronouns told it (``Ce dernier`` for X: X is a man)
        self._told_gender: dict[str, str] = {}
        #: The names the recognizer typed as persons: a description resolved to one of them stands for someone
        #: (with a first name: a one-word "person" is as often a body the recognizer misread, ``délégué central CGT``)
        self._person_names: frozenset[str] = frozenset(e.name for e in self.entities if self._full_person_name(e))
        self._build_mentions()

    @staticmethod
    def _acronym(entity: Entity) -> bool:
        """A one-word name in capitals (``CGT``): a body's acronym the tagger called a person, never a person
        a title could be tied to."""
        return entity.type == "PER" and " " not in entity.name and entity.name.isupper()

    def _sentence_pieces(self, start: int, end: int) -> list[Span]:
        """The sentences within the parser's sentence ``[start, end)``: it often runs on past a full stop after a
        closing quotation mark (``… de « piège à rats ». À la sortie, …``); a full stop outside quotes followed
        by a capitalized word starts a new one."""
        doc = self.doc
        cuts = [start]
        for i in range(start + 1, end):
            if doc[i].is_space or not doc[i].text[:1].isupper():
                continue
            k = i - 1
            while k > start and doc[k].is_space:
                k -= 1
            before = doc[k]
            if before.text in (".", "!", "?") and not self.is_quoted(before.idx):
                cuts.append(i)
        cuts.append(end)
        return [doc[a:b] for a, b in pairwise(cuts) if a < b]

    def _entities_within(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """``(index, first, end)`` of the names lying in tokens ``[start, end)``, in their index order."""
        low, high = bisect_left(self._first_tokens, start), bisect_left(self._first_tokens, end)
        return sorted((i, a, b) for a, b, i in self._by_first_token[low:high] if b <= end)

    @classmethod
    def of(cls, parsed: Parsed) -> Coreference:
        """The article's table, built on first use and shared by every component (``parsed.coref``)."""
        return parsed.coref

    # -- public -----------------------------------------------------------------------------------

    def resolve(self, start: int, end: int) -> str | None:
        """The canonical name for the mention at ``[start, end)``, or ``None`` if the text does not say."""
        referent = self.referent(start, end)
        return referent.entity if referent is not None else None

    def referent(self, start: int, end: int) -> Referent | None:
        """What the mention at ``[start, end)`` stands for: a named entity, or for an unnamed description
        (or a pronoun standing for one) the description's words; ``None`` when the article does not say."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tokens = [t for t in span if not (t.is_punct or t.is_space)]
        while tokens and tokens[0].lower_ in self.t.mention_lead_words:
            tokens = tokens[1:]
        if not tokens:
            return None
        span = self.doc[tokens[0].i : tokens[-1].i + 1]
        if len(span) == 1 and (possessive := self.t.possessives.get(fold(span[0].text))) is not None:
            # ``Sa réponse est « … »``: whoever the possessive stands for, as a pronoun would
            return self._resolve_pronoun(span.start_char, self._sent_of[span.start], *possessive)
        demonstrative = self.t.demonstratives.get(" ".join(fold(span.text).split()))
        if demonstrative is not None:
            return self._resolve_latest(span.start_char, self._sent_of[span.start], *demonstrative)
        head = self._title_before_demonym(span.root)
        entity = self._entity_at.get(head.i)
        if entity is not None and self._common_noun_name(entity, head):
            return self._organization(fold(entity.name), span.start_char)  # ``selon l'ONG``: the body meant
        if entity is not None:
            return Referent(entity.name, entity.name, entity.type)
        word = fold(head.text).lstrip("-").removeprefix("t-")
        if head.pos_ == "PRON" or word in self.t.pronouns:
            if word in self.t.pronouns:
                if head.i in self._pronoun_referent:
                    return self._pronoun_referent[head.i]
                gender, number = self.t.pronouns[word]
                return self._resolve_pronoun(
                    head.idx, self._sent_of[head.i], gender, number, fronted=self._fronted_end(head)
                )
            return None
        if head.pos_ == "PROPN":
            named = self.name_for(head)
            if named is not None:
                return named
        if self._prefixed_former(head) and (former := self._former_title_topic(span.start, span.end, head)):
            return former  # ``L'ex-élu``: the word joined to its prefix is no title of the tables
        found = self.describe(span.start, span.end, head)
        if (
            found is None
            and head.pos_ == "NOUN"
            and (agreement := self.t.demonstrative_determiners.get(fold(span[0].text)))
        ):
            # ``cette habitante du quartier``, tied to no name: the person just mentioned, as ``elle`` would be
            person = self._resolve_pronoun(span.start_char, self._sent_of[span.start], *agreement)
            if person is not None and (person.type == "PER" or self._unnamed_newcomer(person)):
                return person
        if found is not None or self.is_person_description(span.start, span.end, head):
            # A title the article does not tie to a name stays unresolved: ``le maître du Kremlin`` is not
            # the Kremlin, ``la porte-parole de X`` is not X; a former title may name the article's topic.
            if found is None:
                found = self._former_title_topic(span.start, span.end, head)
            if found is None:
                found = self._fuller_description(head, span.start_char)
            if found is None:
                found = self._unnamed_role(span.start, span.end, head)
            if found is None:
                found = self._labelled_person(span.start, span.end, head)
            return found if found is not None else self._previous_sentence_topic(span.start, span.end, head)
        if (role := self._unnamed_role(span.start, span.end, head)) is not None:
            return role
        if (labelled := self._labelled_person(span.start, span.end, head)) is not None:
            return labelled
        contained = self._contained_entity(span.start, span.end, head)
        return contained if contained is not None else self._previous_sentence_topic(span.start, span.end, head)

    def _unnamed_newcomer(self, referent: Referent) -> bool:
        """Whether ``referent`` is someone the article brought in by an indefinite description and never named
        (``Un habitant joint par téléphone décrit … « … », raconte ce commerçant``): the demonstrative that takes
        them up is written as that description, which says who speaks."""
        words = referent.text.split()
        return referent.entity is None and len(words) > 1 and fold(words[0]) in self.t.indefinite_articles

    def _previous_sentence_topic(self, start: int, end: int, head: Token) -> Referent | None:
        """``« … », prévient Thierry Lacombe, président de la chambre d'agriculture. L'éleveur de 58 ans dit …``: a
        definite description of one person that nothing else resolved takes up the person the text was just about,
        even one the article gave another title: news
        varies its words for the person it is telling about, and brings in someone new with ``un``/``une`` or a
        name. That person is the latest subject, in the sentence before or this one; not an office (the ties decide
        who holds one); farther back, or when that subject is a thing or someone unnamed, the description stays as
        written."""
        if not self._definite_singular(head) or head.pos_ not in ("NOUN", "ADJ") or self._is_office(head):
            return None
        if self._names_an_office(start, end):
            return None  # ``le maître du Kremlin``, ``le chef de l'État``: one office, whoever was just named
        if not self._names_a_person(start, end, head):
            return None
        if any(self.entities[i].type in ("PER", "ORG") for i, _a, _b in self._entities_within(start, end)):
            return None  # ``l'avocat de X``, ``le patron de Forgeval``: someone the name in it does not say
        here = self._sent_of[head.i]
        latest = next(
            (
                m
                for m in self._walk_back(head.idx)
                if m.subject and m.end <= head.idx and m.referent is not None and not self.is_quoted(m.start)
            ),
            None,
        )
        if latest is None or latest.sent < here - 1 or latest.referent is None:
            return None
        referent = latest.referent
        if referent.type != "PER" or referent.entity is None:
            return None  # the text was just about something, or someone it did not name
        gender = _gender(head, self.t)
        latest_gender = self._person_gender(latest)
        if gender and latest_gender and gender != latest_gender:
            return None
        if self._contradicts(start, end, head, referent.entity) or self._ordinary_person(head, referent.entity):
            return None
        return Referent(referent.entity, referent.entity, "PER")

    def _contradicts(self, start: int, end: int, head: Token, entity: str) -> bool:
        """Whether the description's words say it is not ``entity``: a qualifier against one of that person's
        ties (``le dirigeant américain`` is not ``le président français X``), or a place that does not fit."""
        quals = {fold(t.text) for t in self.doc[start:end] if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
        if any(tie.entity == entity and self._clash(quals, tie) for tie in self.ties):
            return True
        places = self._modifier_places(head)
        return bool(places) and self._place_fit(places, entity) < 0

    def _names_an_office(self, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` opens with a phrase that means one office (:data:`DESCRIPTION_EQUIVALENTS`)."""
        first = start
        while first < end and self.doc[first].pos_ == "DET":
            first += 1
        phrase = " ".join(fold(self.doc[first:end].text).split())
        return any(phrase.startswith(key) for key in self.t.equivalents)

    def _names_a_person(self, start: int, end: int, head: Token) -> bool:
        """Whether the description's head is a word for a person: a title, a class or role, an ordinary person's
        kind (``l'éleveur``), or a noun no table knows that ends as nouns for people do (``la chercheuse``)."""
        words = {fold(head.lemma_), fold(head.text)}
        kinds = self.t.role_nouns | frozenset(self.t.classes) | self.t.person_kinds | self.t.leader_nouns
        return bool(words & kinds) or self.is_person_description(start, end, head) or self._unknown_person_noun(head)

    @cached_property
    def _person_labels(self) -> dict[str, tuple[set[str], str | None]]:
        """Every person the article introduces with words that say what they are, and those words (folded, with
        their lemmas) with the gender they give: the title and qualifiers of each tie, the description set beside
        the name (``X, la porte-parole du collectif``) and the one written just before it (``La conservatrice du
        musée, X``, ``l'adjudant X``), whether or not the title tables know its noun."""
        labels: dict[str, tuple[set[str], str | None]] = {}

        def add(name: str, words: set[str], gender: str | None) -> None:
            known, was = labels.get(name, (set(), None))
            labels[name] = (known | words, was or gender)

        for tie in self.ties:
            if tie.type == "PER":
                add(tie.entity, {w for w in (tie.title, tie.lemma) if w} | set(tie.quals), tie.gender)
        for phrase, name in self.appositions.items():
            add(name, set(phrase.split()), None)
        for index, (a, _b) in self._entity_tokens.items():
            entity = self.entities[index]
            if entity.type == "PER" and not self.is_quoted(entity.start):
                words, gender, _first = self._description_before(a)
                add(entity.name, words, gender)
        return labels

    def _description_before(self, a: int) -> tuple[set[str], str | None, Token | None]:
        """The content words (and lemmas) of the noun phrase written right before the name starting at token
        ``a`` (``La cheffe de file de l'opposition écologiste, X``, ``l'adjudant X``), within its sentence, and
        the gender its first noun gives, and that noun. The phrase opens with its article (``à la sortie X`` is no
        title)."""
        doc = self.doc
        k = a - 2 if a >= 2 and doc[a - 1].text == "," else a - 1
        if k < 0 or doc[k].pos_ not in ("NOUN", "ADJ"):
            return set(), None, None
        sentence_start = doc[a].sent.start
        words: set[str] = set()
        nouns: list[Token] = []
        while k >= sentence_start and a - k <= 12:
            token = doc[k]
            if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON") or "\n" in token.text:
                break
            if token.pos_ in ("NOUN", "ADJ", "PROPN"):
                words |= {fold(token.text), fold(token.lemma_)}
                if token.pos_ == "NOUN":
                    nouns.append(token)
            k -= 1
        if doc[k + 1].pos_ != "DET":
            return set(), None, None  # ``a lancé à la sortie X``: a complement before an inverted subject is no title
        first = nouns[-1] if nouns else None
        return words, (_gender(first, self.t) if first is not None else None), first

    def _labelled_person(self, start: int, end: int, head: Token) -> Referent | None:
        """``l'écologiste`` or ``la conservatrice`` paragraphs after ``La cheffe de file de l'opposition écologiste,
        X`` / ``la conservatrice du musée, Y``: the one person the article introduced with that word, however far
        back (news varies a speaker's name with the label it gave them). Its other words must be that person's
        too, or name a kind of body (``la présidente de l'association`` after ``Sa présidente, Z``); two people
        with the label, or a gender the person's contradicts, give nothing."""
        if not self._definite_singular(head) or head.pos_ not in ("NOUN", "ADJ"):
            return None
        wanted = {fold(head.text), fold(head.lemma_)}
        wanted |= {self.t.member_bodies[w] for w in wanted if w in self.t.member_bodies}
        extra = {
            fold(t.text)
            for t in self.doc[start:end]
            if t.i != head.i and t.pos_ in ("NOUN", "ADJ", "PROPN") and fold(t.text) not in self.t.org_nouns
        }
        gender = _gender(head, self.t)
        found = [
            name
            for name, (words, person_gender) in self._person_labels.items()
            if wanted & words
            and extra <= words
            and not (gender and person_gender and gender != person_gender)
            and self._named_before(name, head.idx)
        ]
        if len(found) != 1:
            return None
        return Referent(found[0], found[0], "PER")

    def _named_before(self, name: str, offset: int) -> bool:
        return any(e.name == name and e.start < offset for e in self.entities)

    def _is_role(self, start: int, end: int, head: Token) -> bool:
        """Whether ``doc[start:end]`` names one person by what they are in the story: a title, a class of titles
        (``le magistrat``) or a role (``le défenseur central``)."""
        words = {fold(head.lemma_), fold(head.text)}
        kinds = self.t.role_nouns | frozenset(self.t.classes)  # an ordinary person's kind has its own rule
        return bool(words & kinds) or self.is_person_description(start, end, head)

    def _unnamed_role(self, start: int, end: int, head: Token) -> Referent | None:
        """A person's description the article tied to no name (``a tranché le dirigeant``, ``selon l'avocat
        bordelais``, ``le sénateur socialiste``): the one person whose title carries all its adjectives, else
        the person the sentences before are about (:meth:`_description_topic`)."""
        if not self._definite_singular(head) or not self._is_role(start, end, head):
            return None
        if any(self._full_person_name(self.entities[i]) for i, _a, _b in self._entities_within(start, end)):
            return None  # ``la fille d'Ingrid Betancourt`` is someone the name does not say
        if self._specific_office(start, end):
            return None  # ``le maître du Kremlin`` is the Russian president, not whoever was just named
        return (
            self._qualified_person(start, end, head)
            or self._description_topic(start, end, head)
            or self._named_right_after(head)
        )

    def speaker_named_after(self, start: int, end: int) -> Referent | None:
        """``« … », a déclaré à notre journal la présidente de l'association. Jointe par téléphone, Ana Ruiz accuse
        …``: the person named right after a speaker's role (:meth:`_named_right_after`), for a role the quote
        layer found speaking, whatever the parser made of it (it often reads a role set after a speech verb and
        its complements as the complement's modifier)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = self._title_before_demonym(span.root)
        if head.pos_ != "NOUN" or not self._definite_singular(head) or not self._is_role(span.start, span.end, head):
            return None
        if any(self._full_person_name(self.entities[i]) for i, _a, _b in self._entities_within(span.start, span.end)):
            return None
        # A specific office (``le locataire de la place Beauvau``) is named right after as any role is: only
        # going back to whoever was just named is what it forbids (:meth:`_unnamed_role`).
        return self._named_right_after(head, speaking=True)

    def _named_right_after(self, head: Token, speaking: bool = False) -> Referent | None:
        """``La ministre de l'Agriculture a condamné … . « … », a insisté Claire Dumontel.``: news often gives a
        speaker's title first and the name in the next sentence, as its subject. A role that is a subject and was
        tied to no one is the person who opens the next sentence's subjects, named there in full for the first time
        and with no description of their own beside it (which would make them someone new), when the genders
        allow."""
        if not speaking and not head.dep_.startswith("nsubj"):
            return None
        here = self._sent_of[head.i]
        for entity in self.entities:
            if entity.start <= head.idx or entity.type != "PER":
                continue
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None or self._sent_of[span.start] <= here:
                continue
            if self._sent_of[span.start] > here + 1:
                return None
            return self._first_naming(entity, span, head)
        return None

    def _first_naming(self, entity: Entity, span: Span, head: Token) -> Referent | None:
        """The person ``entity`` (at ``span``) as the role ``head`` stands for, if the name is a subject written in
        full for the first time, with no apposition after it, and of the role's gender when both are known."""
        doc = self.doc
        if not self._full_person_name(entity) or self._named_before(entity.name, entity.start):
            return None
        if span.end < len(doc) and doc[span.end].text == ",":
            return None
        # a subject, or followed by its verb (``, Rafael Cuenca Morillas a reconnu``: a name of three words
        # the parser misreads, one of them made the sentence's root)
        if span.root.dep_ != "nsubj" and not (span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB")):
            return None
        gender = _gender(head, self.t)
        told, _number = self._entity_gender(entity, span.start)
        if gender and told and gender != told:
            return None
        return Referent(entity.name, entity.name, "PER")

    def _specific_office(self, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` means a title of one country or office (:data:`DESCRIPTION_EQUIVALENTS`
        with qualifiers: ``le maître du Kremlin``, ``le chef de la diplomatie``): only a tie names its holder."""
        first = start
        while first < end and self.doc[first].pos_ == "DET":
            first += 1
        phrase = " ".join(fold(self.doc[first:end].text).split())
        return any(phrase.startswith(key) and required for key, (_title, required) in self.t.equivalents.items())

    @staticmethod
    def _full_person_name(entity: Entity) -> bool:
        """Whether ``entity`` is a person written with a first name (``Ingrid Betancourt``): a one-word "person"
        in a description's complement is as often a company the recognizer misread (``le patron de Forgeval``)."""
        return entity.type == "PER" and " " in entity.name.strip()

    def _qualified_person(self, start: int, end: int, head: Token) -> Referent | None:
        """``le sénateur socialiste`` after ``le président du groupe socialiste, X`` and ``le rapporteur Les
        Républicains, Y``: the only person whose tied title carries every adjective of the description."""
        quals = {
            fold(t.text)
            for t in self.doc[start:end]
            if t.i != head.i and t.pos_ == "ADJ" and fold(t.text) not in self.t.stale and len(t.text) > 2
        }
        if not quals:
            return None
        gender = _gender(head, self.t)
        holders = {
            tie.entity
            for tie in self.ties
            if tie.type == "PER" and quals <= tie.quals and not (gender and tie.gender and gender != tie.gender)
        }
        if len(holders) != 1:
            return None
        name = next(iter(holders))
        return Referent(name, name, "PER")

    def _description_topic(self, start: int, end: int, head: Token) -> Referent | None:
        """``« … », a lancé le technicien savoyard`` / ``a demandé le magistrat`` where the article ties the
        description to no name: news varies the name of the person it is telling about, so the description
        stands, as ``il``/``elle`` would, for the closest person before it (subjects first). Not someone of its
        own clause (``X accuse le journaliste``: the journalist is not X), and not a person the article gave
        another office (``le préfet`` is not the mayor just named)."""
        if self._is_office(head) and not any(
            t.i != head.i and not t.is_punct and t.pos_ != "DET" for t in self.doc[start:end]
        ):
            return None  # a bare office (``Le maire a annoncé``) may be someone new: only a tie names its holder
        if self._is_office(head) and self._office_tied(head, start, end):
            return None  # the article tied that office to people: the ties decide (two directors: neither)
        if self._of_a_body(start, end, head):
            return None  # ``le porte-parole de la gendarmerie``: a member of that body, only a tie names them
        offset = self.doc[start].idx
        gender = _gender(head, self.t)
        found = self._resolve_pronoun(
            offset, self._sent_of[start], gender, "Sing", clause=self._governor(head.i), topic=True
        ) or self._headline_person(offset, gender)
        if found is None or found.type != "PER" or found.entity is None:
            return None
        if self._holds_other_office(start, end, head, found.entity) or self._ordinary_person(head, found.entity):
            return None
        quals = {fold(t.text) for t in self.doc[start:end] if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
        if any(tie.entity == found.entity and self._clash(quals, tie) for tie in self.ties):
            return None  # ``le dirigeant américain`` is not ``le président français X``
        if {fold(head.lemma_), fold(head.text)} & self.t.trial_parties and self._court_officer(found.entity):
            return self._latest_party(offset, gender)  # ``a répondu l'accusé`` after ``La présidente, X, …``
        places = self._modifier_places(head)
        if places and self._place_fit(places, found.entity) < 0:
            return self._placed_person(places, offset)  # ``le leader danois`` after ``le Belge X``: not X
        return found

    def _of_a_body(self, start: int, end: int, head: Token) -> bool:
        """Whether the description ``doc[start:end]`` names a body in the complement of its head (``le
        porte-parole de la gendarmerie``, ``un médecin de l'hôpital``, ``le délégué du syndicat``):
        the person is one of that body's, and news that has not tied them to a name brings in someone new."""
        for token in self.doc[start:end]:
            if token.head.i != head.i or token.i == head.i or token.dep_ not in ("nmod", "obl", "obl:mod"):
                continue
            if not any(c.dep_ == "case" and fold(c.text) in self.t.complement_prepositions for c in token.children):
                continue
            if {fold(token.lemma_), fold(token.text)} & self.t.serving_bodies and token.i not in self._entity_at:
                return True  # a body's noun, not a name the recognizer may have typed wrong (``du Finistère``)
        return False

    @cached_property
    def _headline_mentions(self) -> list[Mention]:
        """The persons the headline names (outside quotation marks): the short lines before the article's first
        long paragraph, without bylines (``Par Julie Moreau``). An interview or a portrait names its subject
        there and only varies it below (``l'autrice lilloise``, ``la navigatrice``)."""
        end = 0
        for line in self.text.split("\n"):
            if len(line.split()) > _HEADLINE_WORDS:
                break
            end += len(line) + 1
        return [
            m
            for m in self.mentions
            if m.start < end
            and m.kind == "name"
            and m.referent is not None
            and m.referent.type == "PER"
            and " " in (m.referent.entity or "").strip()  # a first name and a name: a headline's lone word is often not
            and not self.is_quoted(m.start)
        ]

    def _on_byline(self, offset: int) -> bool:
        """Whether the word at ``offset`` is on a byline (``Par Julie Moreau``): the journalist, no one in the story."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        line_end = self.text.find("\n", offset)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        return len(line.split()) <= _BYLINE_WORDS and fold(line).strip().startswith(self.t.byline_words)

    def _headline_person(self, offset: int, gender: str | None) -> Referent | None:
        """The one person the headline names, for a description below it the text ties to no one else, when the
        gender allows; two persons there leave it as written."""
        mentions = [m for m in self._headline_mentions if m.end <= offset]
        names = {m.referent.entity for m in mentions if m.referent is not None}
        if len(names) != 1 or any(gender and m.gender and m.gender != gender for m in mentions):
            return None
        return mentions[0].referent

    def _governor(self, i: int) -> int:
        """The token a mention at ``i`` depends on, past appositions and the parts of a name."""
        token = self.doc[i]
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head
        return token.head.i

    def _office_tied(self, head: Token, start: int, end: int) -> bool:
        """Whether the article tied the office ``head`` names to someone the description may be (``le directeur
        Marc Lenoir``); a holder whose title says another place or party (``le sénateur centriste du Gers`` for
        ``le sénateur du Finistère``) is not one."""
        lemma = fold(head.lemma_)
        title = self.t.synonyms.get(lemma, lemma)
        content = {
            fold(t.text)
            for t in self.doc[start:end]
            if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN") and fold(t.text) not in self.t.qualifier_stopwords
        }
        return any(
            tie.type == "PER"
            and self._title_match(title, tie)
            and (not tie.quals or all(any(self._place_match(q, t) for t in tie.quals) for q in content))
            for tie in self.ties
        )

    def _title_words(self, head: Token) -> set[str]:
        """``head``'s written form and lemma, folded, with the title each stands for (``présidente`` →
        ``président``): what the title tables are looked up with."""
        lemma, lower = fold(head.lemma_), fold(head.text)
        return {lemma, lower, self.t.synonyms.get(lemma, lemma), self.t.synonyms.get(lower, lower)}

    def _is_office(self, head: Token) -> bool:
        """Whether ``head`` is an office title (``maire``, ``préfet``), not a wider word for one (a class, a leader
        noun, a role in the story)."""
        words = self._title_words(head)
        wider = self.t.leader_nouns | frozenset(self.t.classes) | self.t.role_nouns
        if self._compound_title(head) and not words & wider:
            return True  # ``le haut-commissaire``, ``la vice-gouverneure``: an office of its own
        return bool(words & self.t.titles) and not words & wider

    def _holds_other_office(self, start: int, end: int, head: Token, entity: str) -> bool:
        """Whether a description by an office (``le préfet``) cannot be ``entity`` because the article gave
        that person another office (``le maire, X``) or introduced them by a trade (``la responsable
        départementale X``). Wider words (a class, a leader noun, a role) and former titles say nothing against
        it: the pediatrician may be the researcher."""
        if not self._is_office(head) or any(fold(t.text) in self.t.stale for t in self.doc[start:end]):
            return False
        words = self._title_words(head)
        forms = self._forms_of(entity)
        return bool(forms) and not words & forms

    def _ordinary_person(self, head: Token, entity: str) -> bool:
        """Whether a description by a title or a title's class (``la magistrate du district``, ``l'élu``) cannot
        be ``entity`` because the article introduced that person only as an ordinary person (``X, la mère d'une
        fillette``, ``l'habitant X``, :data:`PERSON_KIND_NOUNS`): a victim's mother is not the magistrate who
        speaks next, however close she was named."""
        words = self._title_words(head)
        if words & self.t.person_kinds or not words & (self.t.titles | frozenset(self.t.classes)):
            return False
        forms = self._forms_of(entity)
        return bool(forms) and forms <= self.t.person_kinds

    def _forms_of(self, entity: str) -> set[str]:
        """The titles the article tied to a person and the trade it introduced them by (folded)."""
        forms = {
            self.t.synonyms.get(w, w)
            for tie in self.ties
            if tie.type == "PER" and tie.entity == entity
            for w in (tie.title, tie.lemma)
            if w
        }
        return forms | self._introduced_as.get(entity, set())

    @cached_property
    def _introduced_as(self) -> dict[str, set[str]]:
        """The trade each person is introduced by right before their name when no tie says it (``La photographe
        X``): that person holds no office a later ``le ministre des …`` could vary. A leaning (``L'écologiste X``)
        is no trade: the senator may be the ecologist."""
        found: dict[str, set[str]] = {}
        for index, (a, _b) in self._entity_tokens.items():
            entity = self.entities[index]
            if entity.type != "PER" or self.is_quoted(entity.start):
                continue
            apposed = self._trade_apposed_after(_b)
            for head in (self._description_before(a)[2], apposed):
                forms = {fold(head.text), fold(head.lemma_)} if head is not None else set()
                if forms & (self.t.person_kinds | self.t.epicene | self.t.titles | self.t.role_nouns) or (
                    head is not None and (self._person_noun(head) or self._indefinite_apposition(head))
                ):
                    found.setdefault(entity.name, set()).update(forms)
        return found

    def _indefinite_apposition(self, noun: Token) -> bool:
        """Whether ``noun`` follows ``, un``/``, une`` right after a name (``Karim Haddad, un instituteur qui …``):
        whatever the noun, that is the trade the article introduces a newcomer by."""
        return noun.i > 0 and _indefinite_article(self.doc[noun.i - 1])

    def _person_noun(self, head: Token) -> bool:
        """One of the few nouns for what someone does that the tables do not list and that no title, trade or
        office may be beside (``la responsable départementale X``): not a trade by its ending (``le metteur en
        scène X`` may well be ``le directeur`` of the theatre)."""
        return head.pos_ == "NOUN" and fold(head.text) in self.t.person_nouns

    def _trade_apposed_after(self, b: int) -> Token | None:
        """The noun of an indefinite description set between commas after a name ending at token ``b``
        (``X, un commerçant dont …``, ``Y, une infirmière de 34 ans``): how the article introduces someone it
        names for the first time, who then holds no office a later ``le ministre`` could stand for."""
        doc = self.doc
        if b + 2 >= len(doc) or doc[b].text != "," or doc[b + 1].pos_ != "DET":
            return None
        noun = doc[b + 2]
        if noun.pos_ != "NOUN":
            return None
        if _indefinite_article(doc[b + 1]):
            return noun
        # ``X, la responsable départementale du syndicat``: a definite one introduces too, by a person noun that
        # is no office (an office there is a tie, which says it already)
        return noun if self._person_noun(noun) and not self._is_office(noun) else None

    def _former_title_topic(self, start: int, end: int, head: Token) -> Referent | None:
        """``l'ancien ministre socialiste``, tied to no name: the person the sentences before are about.

        A description by a former title (``ancien``, ``ex-``) and nothing that names another office or
        place (no capitalized word, ``l'ancien ministre de l'Intérieur`` is an office of its own) is how
        news varies the name of the person it is telling about: it refers back to the latest person who
        was the subject of a main clause, within a few sentences, when the gender allows. A present title
        (``le maire``) may be someone new and stays a description.
        """
        comma = next((t.i for t in self.doc[start:end] if t.text == ","), end)
        # ``L'ancienne maire, aujourd'hui cheffe de file du PS``: the apposition says what she is now, not which
        # former office; only the words before it are the description's own
        words = [t for t in self.doc[start:comma] if t.pos_ != "DET" and not t.is_punct]
        if not any(fold(t.text) in self.t.stale or fold(t.text).split("-")[0] in self.t.stale for t in words):
            return None
        if any(t.i != head.i and t.text[:1].isupper() for t in words) or any(
            i in self._entity_at for i in range(start, comma)
        ):
            return None
        if (former := self._former_holder(head)) is not None:
            return former
        sentence = self._sent_of[start]
        gender = _gender(head, self.t)
        offset = self.doc[start].idx
        for mention in self._walk_back(offset):
            if sentence - mention.sent > _SENTENCE_WINDOW:
                break
            if mention.end > offset:
                continue
            referent = mention.referent
            if mention.kind != "name" or referent is None or referent.type != "PER":
                continue
            if not (mention.root_subject or (mention.subject and sentence - mention.sent <= 1)):
                continue  # the sentence just before may name its topic in a clause: ``Une ligne que conteste X.``
            if gender and (told := self._person_gender(mention)) and gender != told:
                continue
            return referent
        return None

    def is_person_description(self, start: int, end: int, head: Token) -> bool:
        """Whether ``doc[start:end]`` describes a person by a title (``le chef de l'État``, ``le dirigeant``)."""
        lemma, lower = fold(head.lemma_), fold(head.text)
        if lemma in self.t.titles or lower in self.t.titles or lemma in self.t.leader_nouns:
            return True
        first = start
        while first < end and self.doc[first].pos_ == "DET":
            first += 1
        phrase = " ".join(fold(self.doc[first:end].text).split())
        return any(phrase.startswith(key) for key in self.t.equivalents)

    def _prefixed_former(self, token: Token) -> bool:
        """Whether ``token`` is a former title written as one word with its prefix (``ex-élu``, ``ex-ministre``)."""
        parts = fold(token.text).split("-")
        kinds = self.t.titles | self.t.leader_nouns | self.t.role_nouns | frozenset(self.t.classes)
        return len(parts) > 1 and parts[0] in self.t.stale and parts[-1] in kinds

    def _compound_title(self, token: Token) -> bool:
        """Whether ``token`` is a title written as one word with a prefix no table lists (``haut-commissaire``,
        ``vice-gouverneur``, ``co-présidente``): its last part says it is someone's office."""
        parts = fold(token.text).split("-")
        return len(parts) > 1 and parts[-1] in self.t.titles | self.t.leader_nouns

    def _former_holder(self, head: Token) -> Referent | None:
        """``L'ex-élu`` after ``X, ancien adjoint au maire``: the latest person before ``head`` the article tied
        to a former title the description's word means or covers (``élu`` covers ``adjoint``), when the gender
        allows; whoever spoke since (the lawyer) is not the former office holder."""
        word = fold(head.text).split("-")[-1]
        lemma = fold(head.lemma_).split("-")[-1]
        wanted = {word, lemma, self.t.synonyms.get(lemma, lemma)}
        wanted |= self.t.classes.get(lemma, self.t.classes.get(word, frozenset()))
        # the written ending says a woman (``l'ex-élue``); the tagger's guess on a prefixed word is not trusted
        gender = "Fem" if word.endswith(self.t.feminine_ending) and not lemma.endswith(self.t.feminine_ending) else None
        holders = {
            tie.entity
            for tie in self.ties
            if tie.type == "PER"
            and tie.start < head.idx
            and tie.quals & self.t.stale
            and {self.t.synonyms.get(w, w) for w in (tie.title, tie.lemma) if w} & wanted
            and not (gender and tie.gender and gender != tie.gender)
        }
        return self._latest(holders, head.idx, "PER")

    def is_one_person(self, start: int, end: int, head: Token) -> bool:
        """Whether ``doc[start:end]`` describes one person by a title, a class of titles, a role in the story or
        what they are (``le ministre``, ``le magistrat``, ``le coureur slovène``, ``la retraitée``)."""
        words = {fold(head.lemma_), fold(head.text)}
        kinds = self.t.role_nouns | self.t.person_kinds | frozenset(self.t.classes)
        return self.is_person_description(start, end, head) or bool(words & kinds) or self._prefixed_former(head)

    def is_agent_description(self, start: int, end: int, head: Token) -> bool:
        """Whether ``doc[start:end]`` describes someone who can speak or act: a person by a title, people
        by what they are or do (``les rebelles``, ``les grévistes``), or a body (``le syndicat``). Not a
        thing, a figure or an event (``les chiffres définitifs``, ``un tour de passe-passe``)."""
        if self.is_person_description(start, end, head):
            return True
        words = {fold(head.lemma_), fold(head.text)}
        return bool(words & (self.t.animate | self.t.org_nouns | self.t.role_nouns))

    def name_for(self, token: Token) -> Referent | None:
        """A proper noun spaCy did not mark as an entity (it often misses the first words of a text) that
        is a word of exactly one person's name in the article: ``Tokaïev`` → ``Kassym-Jomart Tokaïev``."""
        word = token.text
        if len(word) < 3 or not word[:1].isupper():
            return None
        names = {e.name for e in self.entities if e.type == "PER" and word in e.name.replace("-", " ").split()}
        if len(names) == 1:
            name = next(iter(names))
            return Referent(name, name, "PER")
        return None

    def is_quoted(self, offset: int) -> bool:
        """Whether character ``offset`` lies inside quoted words."""
        return 0 <= offset < len(self._quoted) and bool(self._quoted[offset])

    def is_indefinite(self, token: Token) -> bool:
        """Whether ``token`` is an indefinite subject (``on``) that names no one."""
        return fold(token.text) in self.t.indefinite

    # -- descriptions -----------------------------------------------------------------------------

    @cached_property
    def appositions(self) -> dict[str, str]:
        """Descriptions the article sets beside a person's name, folded without their determiner, and
        that person: ``Laurent Berger, le numéro un de la CFDT, …`` ties ``numero un de la cfdt`` to
        Laurent Berger, so that ``le numéro un de la CFDT a ajouté`` later names him. Only a
        description between commas (or a comma and a verb or period) right after the name counts, and
        one tied to two people is dropped: a wrong speaker is worse than none."""
        found: dict[str, set[str]] = {}
        doc = self.doc
        for entity in self.entities:
            if entity.type != "PER":
                continue
            span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
                continue
            if self._names_a_thing(span.start):
                continue  # ``À l'hôpital Édouard Herriot, un médecin …``: the name is the hospital's
            first = span.end + 1
            if doc[first].pos_ != "DET":
                continue
            last = first + 1
            while (
                last < len(doc)
                and last - first <= 10
                and doc[last].text not in (",", ".", ";", ":", "«", "»")
                and doc[last].pos_ not in ("VERB", "AUX")
            ):
                last += 1
            if (
                last - first < 2
                or last >= len(doc)
                or (doc[last].text not in (",", ".", ";") and doc[last].pos_ not in ("VERB", "AUX"))
            ):
                continue
            phrase = " ".join(fold(doc[first + 1 : last].text).split())
            if any(ch.isalpha() for ch in phrase):
                found.setdefault(phrase, set()).add(entity.name)
        return {phrase: next(iter(names)) for phrase, names in found.items() if len(names) == 1}

    def _names_a_thing(self, first: int) -> bool:
        """Whether the person's name starting at token ``first`` follows, inside a phrase of place, a noun for a
        place or a building named after someone (``à l'hôpital Aminu Kano``, ``dans la rue Jean Jaurès``): the name
        is the place's there, and the description after it is someone else. Other nouns may be what the person is
        (``Pour la vétérinaire X``, ``à la sortie X`` is where X spoke)."""
        if first < 1:
            return False
        noun = self.doc[first - 1]
        return (
            noun.pos_ == "NOUN"
            and noun.dep_.startswith("obl")
            and any(c.dep_ == "case" for c in noun.children)
            and bool({fold(noun.lemma_), fold(noun.text)} & self.t.named_places)
        )

    def describe(self, start: int, end: int, head: Token) -> Referent | None:
        """Resolve the description ``doc[start:end]`` headed by ``head`` (a common noun), or ``None``."""
        doc = self.doc
        lemma = fold(head.lemma_)
        lower = fold(head.text)
        is_title = lemma in self.t.titles or lower in self.t.titles
        is_org = lemma in self.t.org_nouns or lower in self.t.org_nouns
        # An apposition inside the span names it: ``le vice-ministre …, Mukhamedzhan Talasov``.
        for index, a, _b in self._entities_within(start, end):
            if a > head.i:
                entity = self.entities[index]
                before = doc[a - 1]
                if fold(before.text) in self.t.complement_prepositions or before.pos_ == "ADP":
                    continue
                if before.pos_ == "DET" and a >= 2 and doc[a - 2].pos_ == "ADP":
                    continue
                if self._inside_complement(head.i, a):
                    continue  # ``la veuve du pêcheur Yann Le Goff``: the fisherman is Yann Le Goff, not the widow
                if entity.type == "PER" or (entity.type == "ORG" and not is_title):
                    return Referent(entity.name, entity.name, entity.type)
        if (apposed := self._name_apposed_after(end, head)) is not None:
            return apposed
        words = [t for t in doc[start:end] if t.pos_ != "DET" and not t.is_punct]
        first = start
        while first < end and doc[first].pos_ == "DET":
            first += 1
        phrase = " ".join(fold(doc[first:end].text).split())
        # The article wrote this description beside a name: ``Laurent Berger, le numéro un de la CFDT``.
        if (named := self.appositions.get(phrase)) is not None:
            return Referent(named, named, "PER")
        participle = doc[end] if end < len(doc) else None
        if (
            participle is not None
            and participle.head.i == head.i
            and participle.dep_.startswith("acl")
            and "Part" in morph(participle, "VerbForm")
            and not any(True for _ in participle.children)
        ):
            phrase = f"{phrase} {fold(participle.text)}"  # ``la présidente élue``: the participle says which one
        for key, (title, required) in self.t.equivalents.items():
            if phrase.startswith(key):
                rest = {fold(t.text) for t in words if t.pos_ in ("ADJ", "PROPN", "NOUN") and fold(t.text) not in key}
                found = self._titled_person(title, set(required) | rest, head.idx, head)
                if found is None and required and rest:
                    found = self._office_holder(title, set(required), rest, head)
                return found or self._unnamed_title_holder(title, required, head)
        if is_title or lemma in self.t.leader_nouns:
            title = self.t.synonyms.get(lemma, lemma)
            quals = {fold(t.text) for t in words if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
            prefix = self.t.compound_titles.get(title)
            if prefix is not None and head.i > 0 and fold(doc[head.i - 1].text) == prefix:
                title = f"{prefix} {title}"
                quals.discard(prefix)
            titled = self._titled_person(title, quals, head.idx, head)
            if titled is None and self._definite_singular(head):
                titled = self._untitled_just_named(title, head)
            if titled is not None or not self._definite_singular(head):
                return titled
        covered = self.t.classes.get(lemma, self.t.classes.get(lower))
        if covered is not None and self._definite_singular(head):
            holder = self._class_holder(covered, head)
            if holder is not None or not (lemma in self.t.person_kinds or lower in self.t.person_kinds):
                return holder
        young = head.i > 0 and f"{fold(doc[head.i - 1].text)} {lower}" in self.t.generic_persons
        if (lemma in self.t.person_kinds or lower in self.t.person_kinds or young) and self._definite_singular(head):
            return self._untitled_topic(head)
        if (voiced := self._company_voiced(head)) is not None:
            return voiced
        if is_org:
            return self._organization(
                lemma if lemma in self.t.org_nouns else lower, head.idx, plural="Plur" in morph(head, "Number")
            )
        if (self._unknown_person_noun(head) or lower in self.t.taken_up_nouns) and self._definite_singular(head):
            return self._person_just_named(head)
        return None

    def _company_voiced(self, head: Token) -> Referent | None:
        """``Un porte-parole de l'entreprise a évoqué …``, ``a fait savoir la direction du groupe``: who speaks for a
        company by a generic noun (:data:`BODY_VOICE_NOUNS` + ``de`` + ``l'entreprise``, ``la société``) speaks its
        words; the company is the one the article named with that noun or last (:meth:`_organization`)."""
        if not {fold(head.lemma_), fold(head.text)} & self.t.body_voices:
            return None
        for child in head.children:
            if child.dep_ != "nmod" or child.i < head.i:
                continue
            noun = fold(child.lemma_)
            case = any(c.dep_ == "case" and fold(c.text) in self.t.complement_prepositions for c in child.children)
            # ``de l'entreprise``, or the article contracted with its preposition: ``du groupe``
            definite = any(c.dep_ in ("det", "case") and "Def" in morph(c, "Definite") for c in child.children)
            named = any(c.i > child.i and c.pos_ == "PROPN" for c in child.children) or (
                child.i + 1 < len(self.doc) and self.doc[child.i + 1].pos_ == "PROPN"
            )
            if named:
                return None  # ``le porte-parole de la fondation Edhi`` says whose voice it is: the description holds
            if case and definite and noun in self.t.generic_org and "Plur" not in morph(child, "Number"):
                return self._organization(noun, head.idx)
        return None

    def _name_apposed_after(self, end: int, head: Token) -> Referent | None:
        """``La directrice générale de l'agence, Catherine Lemaire, appelle …``: a person's name set right after the
        description between commas is who it is, even when the parser reads the pair as a coordination (no
        ``et`` joins them); never a person named sentences before."""
        doc = self.doc
        while end < len(doc) and doc[end].is_punct and doc[end].text != "," and doc[end].head.i < end:
            end += 1  # the closing bracket of ``(ARS)``
        end = self._past_participle_clause(end, head)
        while end < len(doc) and doc[end].text != "," and head.is_ancestor(doc[end]) and not doc[end].is_sent_end:
            # ``Le ministre de la Crise climatique et de la Protection civile, X``: the parser hangs the second
            # complement on the title as a coordination, which the description's words stop before
            end += 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        first = self._past_name_prefix(end + 1)
        entity = self._entity_at.get(first)
        name = doc[first] if first < len(doc) else doc[end]
        if entity is None or entity.type != "PER" or self.is_quoted(name.idx):
            return None
        if any(c.dep_ == "cc" for c in name.children):
            return None  # ``Le maire, et Marie Roux, …``: two people
        inside = range(head.i, end)  # on the title or on a word of its complement
        coordinated = any(
            t.dep_ in ("conj", "appos") and t.head.i in inside and (t.head.i == head.i or head.is_ancestor(t.head))
            for t in doc[end + 1 : first + 1]
        )
        if first > end + 1 and self._closed_after(entity):
            coordinated = True  # ``selon sa directrice, le Dr Anne Roux.``: a civility or title opens an apposition
        both_subjects = name.dep_ in SUBJECT_DEPS and head.dep_ in SUBJECT_DEPS  # the parser split the pair
        # ``Le ministre en chef du Kerala, Rajendra Tiwari, s'est rendu …``: the parser made the name the verb's head
        # and the description its subject; a name closed by a comma or a stop is still set beside the description.
        governs = self._entity_at.get(head.head.i) is entity and self._closed_after(entity)
        return Referent(entity.name, entity.name, "PER") if coordinated or both_subjects or governs else None

    def _past_participle_clause(self, end: int, head: Token) -> int:
        """Past a participle clause closing the description (``le porte-parole de la division basée dans la ville,
        le général X``): the name set after it between commas still names the description's holder."""
        doc = self.doc
        if end >= len(doc) or doc[end].pos_ not in ("VERB", "ADJ") or not doc[end].dep_.startswith("acl"):
            return end
        if not head.i <= doc[end].head.i < end or "Part" not in morph(doc[end], "VerbForm"):
            return end
        i = end + 1
        while i < len(doc) and doc[i].text not in (",", ".", ";") and not doc[i].is_sent_start:
            i += 1
        return i

    def _closed_after(self, entity: Entity) -> bool:
        """Whether punctuation or the text's end follows ``entity``: a name closing its phrase, not a subject."""
        after = self.doc.text[entity.end : entity.end + 2].strip()
        return not after or after[0] in ",.;)"

    def _past_name_prefix(self, i: int) -> int:
        """Where the name starts in ``le Dr Anne Roux``, ``le colonel Paul Ba``: past an article, a civility and
        up to two titles, which an apposed name carries as often as not."""
        doc = self.doc
        if i < len(doc) and doc[i].pos_ == "DET" and i not in self._entity_at:
            i += 1
        for _ in range(3):
            if i >= len(doc) or i in self._entity_at:
                break
            word = doc[i]
            if word.text in self.t.civilities or word.text == ".":
                i += 1
            elif fold(word.text) in self.t.titles or fold(word.lemma_) in self.t.titles:
                i += 1
                i = self._past_rank_complement(i)
            else:
                break
        return i

    def _past_rank_complement(self, i: int) -> int:
        """Past the ``de`` noun of a rank (``le général de brigade X``, ``le capitaine de frégate X``, ``le juge
        d'instruction X``): a lower-case noun after ``de`` still belongs to the title, not to a place or a name."""
        doc = self.doc
        if i + 1 >= len(doc) or fold(doc[i].text) not in self.t.complement_prepositions or i + 1 in self._entity_at:
            return i
        noun = doc[i + 1]
        if noun.is_lower and noun.is_alpha and noun.pos_ in ("NOUN", "ADJ", "PROPN") and i + 2 in self._entity_at:
            return i + 2
        return i

    def _unknown_person_noun(self, head: Token) -> bool:
        """Whether ``head`` is a noun no table knows that ends as nouns for people do (``l'aventurier``,
        ``la chercheuse``, ``le démineur``): the article's own word for someone it has just named."""
        words = {fold(head.lemma_), fold(head.text)}
        known = self.t.titles | self.t.leader_nouns | self.t.person_kinds | self.t.org_nouns | self.t.role_nouns
        if head.pos_ != "NOUN" or words & known or self._compound_title(head):
            return False  # ``le haut-commissaire`` is an office: only a tie names its holder
        return fold(head.text).endswith(self.t.person_endings)

    def _person_just_named(self, head: Token) -> Referent | None:
        """``Son chef, X, décrit … « … », a précisé le démineur``: a description by a word no table knows stands
        for the person named in its sentence or the one before, the latest such name, when the gender allows;
        titled or not (the article varies a title by a word of its own: ``la présidente`` → ``la socialiste``)."""
        gender = _gender(head, self.t)
        for mention, referent, _first in self._persons_just_named(head):
            if gender and (told := self._person_gender(mention)) and gender != told:
                return None
            return referent
        return None

    def _persons_just_named(self, head: Token) -> Iterator[tuple[Mention, Referent, int]]:
        """The persons named in the sentence of ``head`` or the one before, latest first, with the mention and its
        first token; not a name a building or a street carries (``à l'hôpital X``)."""
        here = self._sent_of[head.i]
        for mention in self._walk_back(head.idx):
            if here - mention.sent > 1:
                return
            referent = mention.referent
            if referent is None or referent.type != "PER" or mention.end > head.idx:
                continue
            if mention.kind == "description" and mention.subject and referent.entity in self._person_names:
                # ``« … », a déclaré le chef de l'État`` the article tied to X: X, as its head word speaks
                yield mention, referent, mention.head
                continue
            if mention.kind != "name":
                continue
            first = self._first_token(mention)
            if not self._names_a_thing(first):
                yield mention, referent, first

    def _untitled_just_named(self, title: str, head: Token) -> Referent | None:
        """``« … », a assuré Paul Kerr. Le ministre, qui dort sur place, …``: a title the article tied to no
        name stands for the person named in its sentence or the one before (the latest, past anyone the
        article gave another title: ``le directeur de campagne de X, Y. Le candidat`` is X), when the gender
        allows. An article that took up its holder by a bare title had no other one in mind."""
        if any(tie.type == "PER" and self._title_match(title, tie) for tie in self.ties):
            return None  # a holder of the title exists: only :meth:`_titled_person` may pick one
        gender = _gender(head, self.t)
        other_title = {tie.entity for tie in self.ties if tie.type == "PER"} | set(self.appositions.values())
        for mention, referent, first in self._persons_just_named(head):
            if referent.entity in other_title or self._titled_before(first, title):
                continue
            if not self._speaking(first):
                return None  # ``Anne X a perdu sa maison. Le préfet …``: someone the story tells of, not an official
            if gender and (told := self._person_gender(mention)) and gender != told:
                return None
            return referent
        return None

    def _speaking(self, first: int) -> bool:
        """Whether the name starting at token ``first`` is the subject of a speech verb (``a assuré X``, ``X a
        demandé``) or opens an opinion frame (``Pour X, …``): someone who speaks for an office, as the bare title
        after them does."""
        token = self.doc[first]
        while token.dep_ in ("flat:name", "flat") and token.head.i < token.i:
            token = token.head
        if self._opinion_frame(token):
            return True
        verb = token.head
        inverted = token.i > verb.i and token.dep_ in ("obj", "appos")  # ``a assuré jeudi X``: parsed an object
        return (token.dep_.startswith("nsubj") or inverted) and fold(verb.lemma_) in self.t.speech_verbs

    def _titled_before(self, first: int, title: str) -> bool:
        """Whether the name starting at token ``first`` follows, after a comma, a description by another title
        (``le directeur de campagne de X, Y``): Y holds that office, not the one a later bare title means."""
        doc = self.doc
        if first < 2 or doc[first - 1].text != ",":
            return False
        known = self.t.titles | self.t.leader_nouns | self.t.role_nouns
        for k in range(first - 2, max(first - 12, -1), -1):
            token = doc[k]
            if token.is_punct or token.pos_ in ("VERB", "AUX") or self._sent_of[k] != self._sent_of[first]:
                return False
            lemma = fold(token.lemma_)
            if token.pos_ == "NOUN" and lemma in known:
                return self.t.synonyms.get(lemma, lemma) != title
        return False

    def _unnamed_title_holder(self, title: str, required: tuple[str, ...], head: Token) -> Referent | None:
        """``le chef du gouvernement`` after ``le Premier ministre a défendu …``, never named: the description
        of the title it means, written a few sentences before (its words say who it is; the varied one alone is
        not a name)."""
        wanted = " ".join([title, *required])
        here = self._sent_of[head.i]
        for mention in self._walk_back(head.idx):
            if here - mention.sent > _SENTENCE_WINDOW:
                return None
            referent = mention.referent
            if mention.kind != "description" or referent is None or referent.entity is not None:
                continue
            if mention.end > head.idx:
                continue
            words = [t for t in self.doc[mention.head].subtree if t.pos_ != "DET" and not t.is_punct]
            phrase = " ".join(fold(" ".join(t.text for t in words)).split())
            if phrase.startswith(wanted):
                return referent
        return None

    def _office_holder(self, title: str, required: set[str], rest: set[str], head: Token) -> Referent | None:
        """``le chef de la diplomatie française`` after ``le ministre des Affaires étrangères, X``: the words that
        say the office (``affaires étrangères``) find its holder when the added ones (``française``) are written
        on no tie, unless they contradict the holder's (``le ministre équatorien des Affaires étrangères``)."""
        found = self._titled_person(title, required, head.idx, head)
        if found is None or any(tie.entity == found.entity and self._clash(rest, tie) for tie in self.ties):
            return None
        return found

    def _definite_singular(self, head: Token) -> bool:
        """Whether ``head`` is a singular noun after a definite article (``le médecin``, ``l'élue``): a description
        that refers back to someone already named, not ``un médecin`` or ``les élus``."""
        if "Plur" in morph(head, "Number"):
            return False
        if head.dep_ == "amod" and head.head.i > head.i:
            head = head.head  # ``Le leader danois`` parsed as ``leader`` modifying ``Danois``: the noun has the article
        return any(
            c.dep_ == "det" and "Def" in morph(c, "Definite") and "Art" in morph(c, "PronType") for c in head.children
        )

    def _class_holder(self, covered: frozenset[str], head: Token) -> Referent | None:
        """``le magistrat`` after ``le procureur X``, ``l'élu`` after ``Le maire, X``: the latest person before ``head``
        whom the article tied to a title the description's class covers (:data:`DESCRIPTION_CLASSES`), when the
        gender allows."""
        gender = _gender(head, self.t)
        holders: set[str] = set()
        for tie in self.ties:
            if tie.type != "PER" or tie.start >= head.idx or bool(tie.quals & self.t.stale):
                continue
            forms = {self.t.synonyms.get(w, w) for w in (tie.title, tie.lemma) if w}
            if not forms & covered:
                continue
            if gender and tie.gender and gender != tie.gender:
                continue
            holders.add(tie.entity)
        holders = self._by_place(head, holders)
        for mention in self._walk_back(head.idx):
            # ``Le maire lui a répondu … « … », a rétorqué l'élu``: the holder the text spoke of last, by name or by
            # a description, not the one whose name was written last
            if mention.kind == "pronoun" or mention.end > head.idx or mention.referent is None:
                continue  # ``lui``: an object pronoun says nothing of whom the story is about
            if mention.referent.entity in holders:
                return Referent(mention.referent.entity, mention.referent.entity, "PER")
        return self._latest(holders, head.idx, "PER")

    def _untitled_topic(self, head: Token) -> Referent | None:
        """``la retraitée`` after ``Josiane Mercadier, 78 ans, a été hélitreuillée``: a description of an ordinary
        person by what they are (:data:`PERSON_KIND_NOUNS`) stands for the latest person named within a few
        sentences before it, when the gender allows and the article gave that person no title (a mayor is not
        ``l'éleveur``); the latest person named decides, past one the gender rules out (``la mère`` after
        ``Anne X attend le corps de son fils. Paul X, 19 ans, a été touché``: Anne, not her son)."""
        gender = _gender(head, self.t)
        titled = {tie.entity for tie in self.ties if tie.type == "PER"}
        here = self._sent_of[head.i]
        passed: int | None = None  # the sentence of someone the gender ruled out
        for mention in self._walk_back(head.idx):
            if here - mention.sent > _SENTENCE_WINDOW:
                return None
            referent = mention.referent
            if mention.kind != "name" or referent is None or referent.type != "PER" or mention.end > head.idx:
                continue
            told = self._person_gender(mention)
            if gender and told and gender != told:
                passed = mention.sent if passed is None else passed
                continue
            if passed is not None and not told and passed - mention.sent > 1:
                return None  # past that one, someone of unknown gender only right before them
            if referent.entity in titled:
                return None
            return referent
        return None

    def _place_match(self, a: str, b: str) -> bool:
        """Whether two qualifiers name the same place or field: equal, nationality ~ country by first letters
        (``kazakh`` ~ ``kazakhstan``), or through the nationality table (``américain`` ~ ``états-unis``)."""
        if a == b:
            return True
        if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4] and (a.startswith(b[:5]) or b.startswith(a[:5])):
            return True
        common = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        if common >= 4 and common >= min(len(a), len(b)) - 2:
            return True  # ``vosgienne`` ~ ``vosges``, ``breton`` ~ ``bretagne``: the place name's stem
        return b in self.t.nationalities.get(a, ()) or a in self.t.nationalities.get(b, ())

    def _title_match(self, wanted: str, tie: Tie) -> bool:
        forms = {self.t.synonyms.get(w, w) for w in (tie.title, tie.lemma) if w}
        if wanted in forms:
            return True
        return wanted in self.t.leader_nouns and bool(forms & self.t.leader_titles)

    def _titled_person(self, title: str, quals: set[str], offset: int, head: Token) -> Referent | None:
        """The person the article tied ``title`` (with ``quals``) to, latest mentioned before ``offset``."""
        stale = self.t.stale
        quals = {q for q in quals if q not in self.t.qualifier_stopwords}
        wanted_stale = bool(quals & stale)
        content = {q for q in quals if q not in stale and len(q) > 2}
        gender = _gender(head, self.t)
        candidates: set[str] = set()
        bare: set[str] = set()  # holders of the title the article gave without any qualifier
        later: set[str] = set()  # holders the article names only further on, by the bare title or the same words
        for tie in self.ties:
            if tie.type != "PER" or not self._title_match(title, tie):
                continue
            if tie.start > offset and not (gender and tie.gender and gender != tie.gender):
                later.add(tie.entity)
            if bool(tie.quals & stale) != wanted_stale:
                continue
            if (
                gender
                and tie.gender
                and gender != tie.gender
                and title not in self.t.leader_nouns
                and fold(head.text) != tie.title
            ):
                continue
            if all(any(self._place_match(q, t) for t in tie.quals) for q in content):
                candidates.add(tie.entity)
            elif (
                not wanted_stale
                and (not tie.quals or title in self.t.leader_nouns)
                and not self._clash(content, tie)
                and tie.start < offset  # a holder named only further on is not the one a description takes up
            ):
                # ``le président`` + a name then ``le président américain``; ``le dirigeant syndical`` after ``le
                # secrétaire général de la CGT X``: a generic leader noun says nothing the tie could contradict
                bare.add(tie.entity)
        candidates, bare = self._by_place(head, candidates), self._by_place(head, bare)
        if not candidates and len(bare) == 1:
            return self._topic_holder(next(iter(bare)), offset)
        if not candidates and not bare:
            return self._named_further_on(title, content, later, offset)
        return self._latest(candidates, offset, "PER")

    def _named_further_on(self, title: str, content: set[str], later: set[str], offset: int) -> Referent | None:
        """``« … », a déclaré le ministre du Travail de l'État.`` … ``X, le ministre, rejette …``: an office the
        article describes before it names its holder is that holder's, when the article ties the title to one
        person only and says nothing of that tie the description contradicts."""
        ties = [tie for tie in self.ties if tie.type == "PER" and self._title_match(title, tie)]
        if len(later) != 1 or len({tie.entity for tie in ties}) != 1 or self.t.stale & content:
            return None
        for tie in ties:
            if self._clash(content, tie) or not all(any(self._place_match(q, c) for c in content) for q in tie.quals):
                return None
        entity = next(iter(later))
        return Referent(entity, entity, "PER")

    def _clash(self, quals: set[str], tie: Tie) -> bool:
        """Whether a description's nationality (``le président américain``) contradicts the one of a tie
        (``le président français X``)."""
        mine = [q for q in quals if q in self.t.nationalities]
        theirs = [t for t in tie.quals if t in self.t.nationalities]
        return bool(mine and theirs) and not any(self._place_match(q, t) for q in mine for t in theirs)

    def _court_officer(self, entity: str) -> bool:
        """Whether the article tied ``entity`` to an office of the court (``la présidente de la cour, X``, ``Me
        X``, ``le juge X``), which no party to the trial holds."""
        for tie in self.ties:
            if tie.type != "PER" or tie.entity != entity or tie.quals & self.t.stale:
                continue
            forms = {tie.title, tie.lemma, self.t.synonyms.get(tie.title, tie.title)}
            if forms & self.t.court_officers or (forms & self.t.leader_titles and tie.quals & self.t.court_bodies):
                return True
        return False

    def _latest_party(self, offset: int, gender: str | None) -> Referent | None:
        """The latest person named before ``offset``, within a few sentences, whom the article gave no office of
        the court: who ``l'accusé`` is when the judge questioning him was named since."""
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        here = self._sent_of[token[0].i] if token is not None and len(token) else 0
        for mention in self._walk_back(offset):
            if here - mention.sent > _SENTENCE_WINDOW:
                return None
            referent = mention.referent  # a name, or a pronoun that stood for one (``a-t-il répété``)
            if mention.kind == "description" or mention.end > offset or referent is None or referent.type != "PER":
                continue
            if referent.entity is None or self._court_officer(referent.entity):
                continue
            if gender and (told := self._person_gender(mention)) and gender != told:
                continue
            return referent
        return None

    def _is_place_word(self, word: str) -> bool:
        """Whether a folded modifier says a place or a nationality: ``danois`` (the table), ``rennais``,
        ``grenoblois``, ``slovène`` (a demonym's ending), not ``ancien`` or ``certain``."""
        if word in self.t.nationalities:
            return True
        if word in self.t.stale or word in self.t.not_demonyms or len(word) < 5:
            return False
        return word.endswith(self.t.demonym_endings)

    def _modifier_places(self, head: Token) -> set[str]:
        """The place words modifying a description's head: ``rennais`` in ``le technicien rennais``."""
        places = {fold(c.text) for c in head.children if c.dep_ == "amod" and self._is_place_word(fold(c.text))}
        if head.dep_ == "amod" and head.head.i > head.i and self._is_place_word(fold(head.head.text)):
            places.add(fold(head.head.text))  # ``le leader danois`` parsed with ``danois`` as the noun
        return places

    def _title_before_demonym(self, token: Token) -> Token:
        """The title in ``le leader danois`` when the parser made the demonym the noun (``Le Danois``) and the
        title its modifier: the person is the title's, the place word only qualifies it."""
        if token.pos_ not in ("NOUN", "PROPN") or not self._is_place_word(fold(token.text)):
            return token
        for child in token.children:
            words = {fold(child.text), fold(child.lemma_)}
            kinds = self.t.titles | self.t.leader_nouns | self.t.role_nouns | frozenset(self.t.classes)
            if child.dep_ == "amod" and child.i < token.i and words & kinds:
                return child
        return token

    def _place_evidence(self, entity: str) -> set[str]:
        """The place words the article wrote about ``entity``: on its ties (``l'entraîneur lensois X``), right
        before its name (``le Slovène X``, ``l'Italien X``) and on the descriptions already resolved to it (``le
        coach grenoblois``). News names a coach by the club's town and a rider by a nationality, so these say
        which of two holders of one title a later description means."""
        words = {q for tie in self.ties if tie.entity == entity for q in tie.quals if self._is_place_word(q)}
        for index, (a, _b) in self._entity_tokens.items():
            if self.entities[index].name != entity or a < 2:
                continue
            before = self.doc[a - 1]
            if before.text[:1].isupper() and self.doc[a - 2].pos_ == "DET" and self._is_place_word(fold(before.text)):
                words.add(fold(before.text))
        for mention in self.mentions:
            if mention.kind == "description" and mention.referent is not None and mention.referent.entity == entity:
                words |= self._modifier_places(self.doc[mention.head])
        return words

    def _place_fit(self, places: set[str], entity: str) -> int:
        """1 when ``entity`` carries a place word that matches one of ``places``, -1 when it carries only others
        (``le technicien rennais`` is not ``l'entraîneur lensois X``), 0 when the article says nothing."""
        known = self._place_evidence(entity)
        if not places or not known:
            return 0
        return 1 if any(self._place_match(p, k) for p in places for k in known) else -1

    def _by_place(self, head: Token, names: set[str]) -> set[str]:
        """Of the persons ``names`` a description may mean, those its place word allows: the ones that carry the
        same place if any, else the ones the article says nothing against."""
        places = self._modifier_places(head)
        if not places or not names:
            return names
        fits = {name: self._place_fit(places, name) for name in names}
        return {n for n, f in fits.items() if f > 0} or {n for n, f in fits.items() if f == 0}

    def _placed_person(self, places: set[str], offset: int) -> Referent | None:
        """The latest person named before ``offset`` whom the article wrote with one of ``places`` (``le Danois X``
        for ``le leader danois``), when the person the sentences are about carries another place."""
        for mention in self._walk_back(offset):
            referent = mention.referent
            if mention.kind != "name" or mention.end > offset or referent is None or referent.type != "PER":
                continue
            if referent.entity is not None and self._place_fit(places, referent.entity) > 0:
                return referent
        return None

    def _topic_holder(self, name: str, offset: int) -> Referent | None:
        """``Le président américain`` after ``Le président George W. Bush est arrivé``: a title with more words
        than the article tied to its only holder (``le président`` + a name, nothing said of what he
        presides) names that holder when they are the latest person named before, within a few sentences,
        as news varies the name of the person it is telling about. Anyone named in between, or a second
        holder of the bare title, leaves the description as written."""
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if token is None or not len(token):
            return None
        here = self._sent_of[token[0].i]
        for mention in self._walk_back(offset):
            if here - mention.sent > _SENTENCE_WINDOW:
                return None
            referent = mention.referent
            if mention.kind != "name" or mention.end > offset or referent is None or referent.type != "PER":
                continue
            if referent.entity == name:
                return referent
            if mention.subject:
                return None  # someone else was the subject since
        return None

    def _latest(self, names: set[str], offset: int, type_: str) -> Referent | None:
        """Of the entities ``names``, the one mentioned last before ``offset`` (outside quotes); if none is
        mentioned before, the only one mentioned after."""
        if not names:
            return None
        before = [e for e in self.entities if e.name in names and e.end <= offset and not self.is_quoted(e.start)]
        if before:
            return Referent(before[-1].name, before[-1].name, type_)
        if len(names) == 1:
            name = next(iter(names))
            return Referent(name, name, type_)
        return None

    def _common_noun_name(self, entity: Entity, head: Token) -> bool:
        """Whether the tagger took a generic organization noun after a determiner for a name (``l'ONG``,
        ``l'agence``): it is a description of the body named before, not a body of its own."""
        return (
            fold(entity.name) in self.t.generic_org
            and head.i > 0
            and self.doc[head.i - 1].pos_ == "DET"
            and entity.start == head.idx
        )

    def _organization(self, noun: str, offset: int, plural: bool = False) -> Referent | None:
        """``la société``, ``l'organisation régionale``: the organization named or tied with that noun, else
        (generic nouns only) the latest organization in the last few sentences. A generic noun the tagger
        took for a name (``l'ONG``) names no organization."""
        orgs = [
            e
            for e in self.entities
            if e.type == "ORG"
            and e.end <= offset
            and not self.is_quoted(e.start)
            and fold(e.name) not in self.t.generic_org
        ]
        named = [e for e in orgs if noun in fold(e.name).replace("'", " ").split()]
        if named:
            return Referent(named[-1].name, named[-1].name, "ORG")
        tied = {tie.entity for tie in self.ties if tie.type == "ORG" and tie.title == noun}
        if tied:
            return self._latest(tied, offset, "ORG")
        if noun in self.t.civil_bodies and not plural:
            orgs = [e for e in orgs if fold(e.name).replace("'", " ").split()[0] not in self.t.state_heads]
        if (noun in self.t.generic_org or noun in self.t.civil_bodies) and orgs and not plural:
            # ``les plateformes`` are not the latest body
            token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            here = self._sent_of[token[0].i] if token is not None and len(token) else 0
            last = orgs[-1]
            span = self.doc.char_span(last.start, last.end, alignment_mode="expand")
            if span is not None and len(span) and here - self._sent_of[span[0].i] <= 3:
                return Referent(last.name, last.name, "ORG")
        return None

    def _contained_entity(self, start: int, end: int, head: Token) -> Referent | None:
        """A span that contains a named entity resolves to it (a person first, then an organization);
        a person named as a title's complement (``la porte-parole de X``) is someone else, so is skipped."""
        head_is_title = fold(head.lemma_) in self.t.titles or fold(head.text) in self.t.titles
        inside = [(self.entities[i], a) for i, a, _b in self._entities_within(start, end)]
        for wanted in ("PER", "ORG", "LOC", "MISC"):
            if wanted == "PER" and head_is_title:
                continue
            for entity, a in inside:
                if entity.type != wanted:
                    continue
                if wanted == "PER" and head.pos_ == "NOUN" and a > head.i and self._in_complement(a):
                    continue  # ``l'auteur du programme de X`` is not X
                return Referent(entity.name, entity.name, entity.type)
        return None

    def _in_complement(self, a: int) -> bool:
        """Whether the name starting at token ``a`` follows a complement preposition (``… de X``)."""
        before = self.doc[a - 1]
        if before.pos_ == "DET" and a >= 2:
            before = self.doc[a - 2]
        return fold(before.text) in self.t.complement_prepositions or before.pos_ == "ADP"

    # -- ties ---------------------------------------------------------------------------------------

    def _find_ties(self) -> list[Tie]:
        ties: list[Tie] = []
        doc = self.doc
        titles: frozenset[str] = self.t.titles
        org_nouns: frozenset[str] = self.t.org_nouns
        for index, (a, b) in self._entity_tokens.items():
            entity = self.entities[index]
            if entity.type not in ("PER", "ORG") or self.is_quoted(entity.start) or self._acronym(entity):
                continue
            nouns = titles if entity.type == "PER" else org_nouns
            tie = self._tie_before(a, nouns, entity)
            if tie is not None:
                ties.append(tie)
            if entity.type == "PER" and (meant := self._equivalent_tie(a, entity)) is not None:
                ties.append(meant)
            if entity.type == "PER" and (trade := self._trade_tie(a, entity)) is not None:
                ties.append(trade)
            after = b
            if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
                after += 3
            aged = self._after_age(doc[b - 1].idx + len(doc[b - 1].text)) if entity.type == "PER" else None
            if aged is not None and doc[aged - 1].text == ",":
                after = aged - 1  # ``X, 47 ans, ancien adjoint au maire``: the title after the age is X's
            if after + 1 < len(doc) and doc[after].text == "," and not self._names_a_thing(a):
                tie = self._tie_after(after + 1, nouns, entity)
                if tie is not None:
                    ties.append(tie)
        return ties

    def _trade_tie(self, a: int, entity: Entity) -> Tie | None:
        """``Me Anne X``: the trade a civility says (:data:`TRADE_CIVILITIES`), a title the description classes
        cover (``l'avocate``), whose gender the civility leaves open."""
        doc = self.doc
        for k in (a, a - 1):
            if 0 <= k < len(doc) and (title := self.t.trade_civilities.get(doc[k].text)) is not None:
                return Tie(title, frozenset(), entity.name, entity.type, entity.start, None, title)
        return None

    def _tie_before(self, a: int, nouns: frozenset[str], entity: Entity) -> Tie | None:
        doc = self.doc
        if a > 1 and doc[a - 1].text in self.t.civilities and doc[a - 2].text == ",":
            a -= 1  # ``l'avocat du propriétaire, Me X``: the civility belongs with the name
        if (
            a > 0
            and doc[a].pos_ == "PROPN"  # not a name that swallowed an office (``[Affaires étrangères X]``)
            and (fold(doc[a - 1].text) in self.t.complement_prepositions or doc[a - 1].pos_ == "ADP")
        ):
            return None  # ``la fille d'Ingrid Betancourt``: the name is the complement, not the title's holder
        title_right_before = a > 0 and (fold(doc[a - 1].text) in nouns or fold(doc[a - 1].lemma_) in nouns)
        if not title_right_before and self._inside_complement(max(a - 12, -1), a):
            return None  # ``la veuve du pêcheur X``: X is the fisherman, no title before him ties to him
        between: list[Token] = []
        for i in range(a - 1, max(-1, a - 12), -1):
            token = doc[i]
            if token.text == ",":
                if i != a - 1 and not self._short_title_between(i + 1, a):
                    return None
                between.clear()  # ``Le président du jury, le dessinateur belge X``: the first title is X's too
                continue
            participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])
            if (
                (token.pos_ in ("VERB", "AUX") and not participle)  # ``ministre délégué aux Transports, X``
                or token.text in (".", ";", ":", "!", "?", "«", "»", '"', "(", ")")
                or "\n" in token.text
                or (
                    token.i in self._entity_at
                    and self._entity_at[token.i].type == "PER"
                    and not self._acronym(self._entity_at[token.i])
                )
            ):
                return None
            word, lemma = fold(token.text), fold(token.lemma_)
            if (word in nouns or lemma in nouns) and i > 0 and (token.pos_ == "ADJ" or participle):
                before = doc[i - 1]
                if fold(before.text) in nouns or fold(before.lemma_) in nouns:
                    # ``le secrétaire général X``, ``le ministre délégué aux Transports, X``: the title is the
                    # noun ``général``/``délégué`` qualifies
                    between.append(token)
                    continue
            if word in nouns or lemma in nouns:
                if self._apposed_title(i):
                    return None  # ``X, infirmière et déléguée Sud Santé``: the title is X's, the name its complement
                title = word if word in nouns else lemma
                prefix = self.t.compound_titles.get(title)
                if prefix is not None and i > 0 and fold(doc[i - 1].text) == prefix:
                    title = f"{prefix} {title}"
                quals = frozenset(
                    fold(t.text) for t in between if t.pos_ in ("ADJ", "NOUN", "PROPN") or fold(t.text) in self.t.stale
                )
                quals |= {fold(doc[j].text) for j in range(max(0, i - 2), i) if fold(doc[j].text) in self.t.stale}
                return Tie(
                    title,
                    frozenset(quals),
                    entity.name,
                    entity.type,
                    entity.start,
                    self._title_gender(token, apposed=doc[a - 1].text == ","),
                    self._title_lemma(token, title),
                )
            between.append(token)
        return None

    def _title_gender(self, token: Token, apposed: bool) -> str | None:
        """The gender a title set before a name gives that person: an office named first with a masculine
        article, its holder set after a comma, says nothing (``Le ministre des Mines, Anne X, … a-t-elle``: the
        office's usual form, whoever holds it), unlike ``le maire Paul X`` or a feminine article
        (``la ministre``)."""
        gender = _gender(token, self.t)
        if apposed and gender == "Masc" and fold(token.text) in self.t.epicene:
            return None
        return gender

    def _short_title_between(self, first: int, name: int) -> bool:
        """Whether tokens ``first`` up to the name at ``name`` are an article and a few lowercase words
        (``, le dessinateur belge X``): a second, apposed title that leaves the name tied to the first."""
        words = self.doc[first:name]
        return (
            1 < len(words) <= 4
            and words[0].pos_ == "DET"
            and all(t.pos_ in ("NOUN", "ADJ") and t.text.islower() for t in words[1:])
        )

    def _title_lemma(self, token: Token, title: str) -> str:
        """The lemma of a title word, unless the title is a compound read off several words (``premier ministre``)."""
        lemma = fold(token.lemma_)
        return lemma if " " not in title and lemma != title else ""

    def _equivalent_tie(self, a: int, entity: Entity) -> Tie | None:
        """``Le garde des Sceaux, X``, ``le représentant de l'État X``: a description before a name that means a
        title (:data:`DESCRIPTION_EQUIVALENTS`) ties that title, so that ``le ministre de la Justice`` names X."""
        doc = self.doc
        k = a - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        words: list[Token] = []
        while k >= 0 and len(words) < 8 and doc[k].pos_ != "DET":
            if doc[k].is_punct or "\n" in doc[k].text or doc[k].pos_ in ("VERB", "AUX"):
                return None
            words.insert(0, doc[k])
            k -= 1
        if not words or k < 0:
            return None
        phrase = " ".join(fold(doc[words[0].i : words[-1].i + 1].text).split())
        for key, (title, required) in self.t.equivalents.items():
            if phrase == key:
                gender = _gender(words[0], self.t)
                return Tie(title, frozenset(required), entity.name, entity.type, entity.start, gender)
        return None

    def _apposed_title(self, i: int) -> bool:
        """Whether the title at token ``i`` stands in an apposition to a person's name a few words before it
        (``Nolwenn Le Gall, infirmière et déléguée``): it is that person's title."""
        doc = self.doc
        for k in range(i - 1, max(-1, i - 5), -1):
            token = doc[k]
            if token.text == ",":
                entity = self._entity_at.get(k - 1) if k > 0 else None
                return entity is not None and entity.type == "PER" and not self._acronym(entity)
            if token.is_punct or token.pos_ in ("VERB", "AUX", "DET") or "\n" in token.text:
                return False
        return False

    def _tie_after(self, j: int, nouns: frozenset[str], entity: Entity) -> Tie | None:
        doc = self.doc
        words: list[Token] = []
        for i in range(j, min(len(doc), j + 10)):
            token = doc[i]
            if token.is_punct or token.pos_ in ("VERB", "AUX") or "\n" in token.text:
                break
            words.append(token)
        content = [t for t in words if t.pos_ not in ("DET",)]
        covered = frozenset().union(*self.t.classes.values()) if nouns is self.t.titles else frozenset()
        for k, token in enumerate(content[:3]):
            word, lemma = fold(token.text), fold(token.lemma_)
            # ``X, ancien adjoint au maire``: a former title a class covers is X's, as ``l'ex-élu`` will say
            former = k > 0 and fold(content[k - 1].text) in self.t.stale and (word in covered or lemma in covered)
            if word in nouns or lemma in nouns or former:
                title = word if word in nouns or (former and word in covered) else lemma
                quals = frozenset(
                    fold(t.text)
                    for n, t in enumerate(content)
                    if n != k and (t.pos_ in ("ADJ", "NOUN", "PROPN") or fold(t.text) in self.t.stale)
                )
                lemma = self._title_lemma(token, title)
                return Tie(title, quals, entity.name, entity.type, entity.start, _gender(token, self.t), lemma)
        return None

    # -- mentions and pronouns --------------------------------------------------------------------

    def _entity_gender(self, entity: Entity, first: int) -> tuple[str | None, str | None]:
        doc = self.doc
        if entity.type == "PER":
            for tie in self.ties:
                if tie.entity == entity.name and tie.gender:
                    return tie.gender, "Sing"
            if first > 0 and doc[first - 1].text in self.t.civilities:
                return self.t.civilities[doc[first - 1].text], "Sing"
            if self._demonym_before(first):
                return _gender(doc[first - 1], self.t), "Sing"  # ``la Japonaise X`` is a woman
            return None, "Sing"
        if first > 0:
            article = self.t.name_articles.get(fold(doc[first - 1].text))
            if article is not None:
                return article
        return None, "Sing"

    def _is_subject(self, token: Token) -> tuple[bool, bool]:
        """(is a subject, is the subject of the sentence's root), following appositions and names."""
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head
        if self._root_with_relative(token) or self._root_before_misread_verb(token):
            return True, True  # ``Un enseignant, qui préfère …, redoute …``: the parser made the subject the root
        subject = token.dep_ in SUBJECT_DEPS
        return subject, subject and token.head.dep_ == "ROOT"

    @staticmethod
    def _root_with_relative(token: Token) -> bool:
        """Whether ``token`` is a noun the parser made its sentence's root while a relative clause set off by
        commas follows it (``Un infirmier, qui a souhaité garder l'anonymat, décrit …``): the verb after the
        clause is the sentence's, and the noun its subject."""
        return (
            token.dep_ == "ROOT"
            and token.pos_ in ("NOUN", "PROPN")
            and any(
                c.dep_ == "acl:relcl" and c.i > token.i and token.doc[c.left_edge.i - 1].text == ","
                for c in token.children
            )
        )

    @staticmethod
    def _root_before_misread_verb(token: Token) -> bool:
        """Whether ``token`` is a noun the parser made its sentence's root while the sentence's verb hangs below it
        as a participle with an object (``Un riverain joint par téléphone décrit une ville morte``): the noun is
        that verb's subject (see :func:`misread_finite_verb`)."""
        return (
            token.dep_ == "ROOT"
            and token.pos_ in ("NOUN", "PROPN")
            and any(t.i > token.i and misread_finite_verb(t) for t in token.subtree)
        )

    def _opinion_frame(self, token: Token) -> bool:
        """Whether the name at ``token`` opens its sentence as an opinion frame (``Pour l'écologiste X, ce succès
        est …``): the sentence gives X's view, so X is who it is about, as a subject would be."""
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i < token.i:
            token = token.head  # ``Pour l'écologiste X``: the frame's preposition hangs on the title
        case = next((c for c in token.children if c.dep_ == "case"), None)
        if case is None or fold(case.text) not in self.t.opinion_prepositions:
            return False
        first = next((t for t in token.sent if not (t.is_punct or t.is_space)), None)
        return first is not None and first.i == case.i

    def _aged_subject(self, end: int) -> bool:
        """Whether the name ending at ``end`` is the subject of the verb after its age (``Karim B., 34 ans, a
        maintenu …``) though the parser hung it elsewhere (a name with an initial often ends up an apposition
        of the noun before): the verb right after ``, 34 ans,`` has no subject of its own."""
        k = self._after_age(end)
        if k is None:
            return False
        if self.doc[k].pos_ not in ("AUX", "VERB"):
            # ``Paul R., 47 ans, ancien adjoint au maire, est jugé``: a title apposed after the age, then the verb
            comma = next((t.i for t in self.doc[k : k + 12] if t.text == "," or t.pos_ in ("AUX", "VERB")), None)
            if comma is None or self.doc[comma].text != "," or comma + 1 >= len(self.doc):
                return False
            k = comma + 1
        token = self.doc[k]
        if token.pos_ not in ("AUX", "VERB"):
            return False
        verb = token if token.pos_ == "VERB" else token.head
        # a subject the parser found across a line break is the headline's, run into the lead by the parse; one
        # between the name and the verb is the age or the title it misread as the subject
        return not any(
            c.dep_ in SUBJECT_DEPS
            and not end <= c.idx < token.idx
            and "\n" not in self.text[min(c.idx, verb.idx) : max(c.idx, verb.idx)]
            for c in verb.children
        )

    def _after_age(self, end: int) -> int | None:
        """The token right after an age apposition (``, 34 ans,``) that follows character ``end``, or ``None``."""
        match = self._age_apposition.match(self.text, end)
        if match is None:
            return None
        span = self.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        return span[0].i if span is not None and len(span) else None

    def _build_mentions(self) -> None:
        doc = self.doc
        pronouns: dict[str, tuple[str | None, str]] = self.t.pronouns
        starts = {a: index for index, (a, _b) in self._entity_tokens.items()}
        for i in self._mention_candidates(starts):
            token = doc[i]
            if self.is_quoted(token.idx) or self._on_byline(token.idx):
                continue  # a byline's name is the journalist's: no one a pronoun or a description stands for
            index = starts.get(token.i)
            if index is not None:
                entity = self.entities[index]
                a, b = self._entity_tokens[index]
                if entity.type in ("PER", "ORG", "LOC"):
                    root = min(doc[a:b], key=lambda t: (t.head.i in range(a, b) and t.head.i != t.i, t.i))
                    subject, root_subject = self._is_subject(root)
                    if not subject and entity.type == "PER" and self._aged_subject(entity.end):
                        subject = root_subject = True
                    subject = subject or (entity.type == "PER" and self._opinion_frame(root))
                    if self._acronym(entity):
                        entity = Entity(entity.start, entity.end, entity.text, "ORG", entity.name)
                    gender, number = self._entity_gender(entity, a)
                    self.mentions.append(
                        Mention(
                            entity.start,
                            entity.end,
                            root.i,
                            self._sent_of[token.i],
                            subject,
                            root_subject,
                            gender,
                            number,
                            Referent(entity.name, entity.name, entity.type),
                            "name",
                        )
                    )
                continue
            if token.pos_ == "PROPN" and token.dep_ in SUBJECT_DEPS:
                named = self.name_for(token)
                if named is not None:
                    subject, root_subject = self._is_subject(token)
                    self.mentions.append(
                        Mention(
                            token.idx,
                            token.idx + len(token.text),
                            token.i,
                            self._sent_of[token.i],
                            subject,
                            root_subject,
                            None,
                            "Sing",
                            named,
                            "name",
                        )
                    )
                    continue
            if token.i > 0 and fold(token.text) in self.t.latest_folded:
                phrase = f"{fold(doc[token.i - 1].text)} {fold(token.text)}"
                if phrase in self.t.demonstratives:
                    gender, number = self.t.demonstratives[phrase]
                    before = doc[token.i - 1]
                    referent = self._resolve_latest(before.idx, self._sent_of[token.i], gender, number)
                    self._tell_gender(referent, gender, number)
                    subject, root_subject = self._is_subject(token)
                    self.mentions.append(
                        Mention(
                            before.idx,
                            token.idx + len(token.text),
                            token.i,
                            self._sent_of[token.i],
                            subject,
                            root_subject,
                            gender,
                            number,
                            referent,
                            "pronoun",
                        )
                    )
                    continue
            word = fold(token.text).lstrip("-").removeprefix("t-")
            if token.pos_ == "PRON" and word in pronouns:
                gender, number = pronouns[word]
                if self._dative_clitic(token):
                    gender = None
                referent = self._restated(token, gender, number)
                if referent is None:
                    referent = self._resolve_pronoun(
                        token.idx, self._sent_of[token.i], gender, number, fronted=self._fronted_end(token)
                    )
                self._pronoun_referent[token.i] = referent
                self._tell_gender(referent, gender, number)
                subject, root_subject = self._is_subject(token)
                if token.text.startswith("-"):
                    # ``a-t-il confié à notre correspondant``: an inverted clitic is its verb's subject, whatever
                    # the parser hung it on; a pronoun after it stands for him, not for whom he spoke to
                    subject = True
                self.mentions.append(
                    Mention(
                        token.idx,
                        token.idx + len(token.text),
                        token.i,
                        self._sent_of[token.i],
                        subject,
                        root_subject,
                        gender,
                        number,
                        referent,
                        "pronoun",
                    )
                )
                continue
            # A subject the tagger calls an adjective is a noun it misread (``la leader syndicale dit``).
            noun = (
                token.pos_ == "NOUN"
                or (token.pos_ == "ADJ" and token.dep_ in SUBJECT_DEPS)
                or self._infinitive_after_article(token)
            )
            if noun and token.i not in self._entity_at:
                token = self._title_before_demonym(token)
                lemma = fold(token.lemma_)
                if not (
                    lemma in self.t.animate
                    or fold(token.text) in self.t.animate
                    or lemma in self.t.titles
                    or lemma in self.t.org_nouns
                    or lemma in self.t.leader_nouns
                    or lemma in self.t.role_nouns
                    or self._prefixed_former(token)
                    or self._compound_title(token)
                ):
                    continue
                count = self._counted_by(token)
                if count is None and not any(
                    c.dep_ == "det" or (c.dep_ == "case" and fold(c.text) in self.t.masculine_determiners)
                    for c in token.children
                ):
                    continue  # a determiner, or one contracted with its preposition (``au chef``)
                start, end = noun_phrase(token)
                if self._root_with_relative(token):
                    end = next((t.i for t in doc[token.i : end] if t.text == ","), end)  # the noun, not its sentence
                if count is not None:
                    start = min(start, noun_phrase(count)[0])  # ``une dizaine de délégués``: the people counted
                end = self._through_name(end)
                span = doc[start:end]
                referent = self.describe(start, end, token)
                if referent is None and (self.is_person_description(start, end, token) or self._prefixed_former(token)):
                    # as :meth:`referent` reads it: a former title names the person the article is about
                    referent = self._former_title_topic(start, end, token)
                if referent is None:
                    referent = self._fuller_description(token, span.start_char)
                subject, root_subject = self._is_subject(count if count is not None else token)
                subject = subject or self._attributed(token)
                if referent is None and subject:
                    referent = self._unnamed_role(start, end, token)
                if referent is None:
                    referent = Referent(span.text, None, None)
                self.mentions.append(
                    Mention(
                        span.start_char,
                        span.end_char,
                        token.i,
                        self._sent_of[token.i],
                        subject,
                        root_subject,
                        _gender(token, self.t),
                        _number(token),
                        referent,
                        "description",
                        titled=referent.entity is None and self.is_person_description(start, end, token),
                    )
                )

    def _infinitive_after_article(self, token: Token) -> bool:
        """A noun the tagger reads as an infinitive (``le reporter de 41 ans``): no infinitive takes an article."""
        if token.pos_ != "VERB" or "Inf" not in morph(token, "VerbForm") or token.i == 0:
            return False
        article = self.doc[token.i - 1]
        return article.head.i == token.i and article.dep_ == "det" and "Art" in morph(article, "PronType")

    def _fronted_end(self, token: Token) -> int | None:
        """Where the words set before a subject pronoun end (``Dans un entretien à France Inter, il …``): the
        character offset of the comma right before it, or ``None`` when the pronoun does not follow one."""
        if token.i == 0 or self.doc[token.i - 1].text != "," or token.dep_ not in SUBJECT_DEPS:
            return None
        opening = next((t for t in token.sent if not (t.is_punct or t.is_space)), None)
        if opening is not None and fold(opening.text) in self.t.topic_markers:
            return None  # ``Quant au chef du parti, il …``: the fronted phrase names who ``il`` is
        return self.doc[token.i - 1].idx + 1

    def _restated(self, token: Token, gender: str | None, number: str) -> Referent | None:
        """``Les plateformes de location, elles, ont réagi``: a pronoun set off by commas right after a mention
        restates it (the subject the sentence sets up as its topic)."""
        doc = self.doc
        i = token.i
        if i < 2 or doc[i - 1].text != "," or i + 1 >= len(doc) or doc[i + 1].text != "," or not self.mentions:
            return None
        last = self.mentions[-1]
        if not doc[i - 2].idx < last.end <= doc[i - 1].idx or not self._compatible(last, gender, number):
            return None
        return last.referent

    def _attributed(self, token: Token) -> bool:
        """Whether the noun at ``token`` is the source of ``selon``/``d'après`` (``Selon un diplomate européen,
        …``): the one whose words the sentence reports, who a following ``il`` most often is."""
        for child in token.children:
            if child.dep_ != "case":
                continue
            before = self.t.attribution_words.get(fold(child.text))
            if before == "" or (before and child.i > 0 and fold(self.doc[child.i - 1].text) == before):
                return True
        return False

    def _through_name(self, end: int) -> int:
        """A phrase's end (token index) moved to the end of the name its last word begins: the parser often
        leaves the rest of a name out (``délégués de la FNEC FP`` + ``Force Ouvrière``)."""
        entity = self._entity_at.get(end - 1)
        if entity is None:
            return end
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return max(end, span.end) if span is not None else end

    def _counted_by(self, token: Token) -> Token | None:
        """The count noun a group of people hangs on (``une dizaine de délégués``, ``des centaines de
        pêcheurs``): the mention is the people, its role in the sentence the count's."""
        head = token.head
        if head.i == token.i or not (fold(head.text) in self.t.counts or fold(head.lemma_) in self.t.counts):
            return None
        if not any(c.dep_ == "case" and fold(c.text) in self.t.complement_prepositions for c in token.children):
            return None
        return head

    def _mention_candidates(self, entity_starts: dict[int, int]) -> list[int]:
        """Token indices that can start a mention: names, proper nouns, pronouns, nouns (adjectives too: the tagger
        calls some subject nouns adjectives; infinitives after an article, which are nouns) and ``dernier``.

        Read from the parse's arrays so that the other tokens (most of an article) are never built as
        Python objects; the mention finder would pass over them anyway.
        """
        doc = self.doc
        if not len(doc):
            return []
        strings = doc.vocab.strings
        rows = doc.to_array([POS, LOWER])
        wanted = numpy.isin(rows[:, 0], [strings[tag] for tag in ("PROPN", "PRON", "NOUN", "ADJ")])
        wanted |= numpy.isin(rows[:, 1], [strings[w] for w in self.t.latest_words])
        verbs = numpy.nonzero(rows[:, 0] == strings["VERB"])[0].tolist()
        misread = {i for i in verbs if self._infinitive_after_article(doc[i])}  # ``le reporter``
        return sorted(set(numpy.nonzero(wanted)[0].tolist()) | set(entity_starts) | misread)

    def _inside_complement(self, head: int, a: int) -> bool:
        """Whether the name at token ``a`` is set beside a common noun in a complement of the noun at ``head``
        (``la veuve du pêcheur X``: X is the fisherman). A capitalized complement is an office or a body
        whose holder the name is (``le ministre des Affaires étrangères X``, ``le secrétaire général de l'ONU
        X``), and a comma sets the name off as the head's own apposition (``le vice-ministre de l'Énergie, X``)."""
        if a - 2 <= head or self.doc[a - 1].pos_ != "NOUN":
            return False
        noun = {fold(self.doc[a - 1].text), fold(self.doc[a - 1].lemma_)}
        if not noun & (self.t.titles | self.t.animate):
            return False  # ``le juge d'instruction X``: an instruction is no one, the name is the judge's
        k = a - 1
        while k > head + 1 and self.doc[k].pos_ in ("NOUN", "ADJ"):
            if not self.doc[k].text[:1].islower():
                return False
            k -= 1
        link = self.doc[k]
        if link.pos_ == "DET" and k - 1 > head:
            link = self.doc[k - 1]
        return fold(link.text) in self.t.complement_prepositions or link.pos_ == "ADP"

    def _fuller_description(self, head: Token, offset: int) -> Referent | None:
        """``La jeune fille`` after ``la fille d'Ingrid Betancourt``: a description tied to no name that takes up
        the head noun of a longer description a few sentences before is that one, written in full (the
        complement says who she is; the short one alone says nothing)."""
        if any(c.dep_ == "det" and _indefinite_article(c) for c in head.children):
            return None  # ``un responsable de la Maison Blanche`` is someone new, not the one before
        lemma = fold(head.lemma_)
        number = _number(head)
        here = self._sent_of[head.i]
        for mention in self._walk_back(offset):
            if here - mention.sent > _SENTENCE_WINDOW:
                return None
            referent = mention.referent
            if mention.kind != "description" or referent is None or referent.entity is not None:
                continue
            other = self.doc[mention.head]
            if number and _number(other) and number != _number(other):
                continue
            if (
                fold(other.lemma_) in self.t.classes.get(lemma, ())
                and mention.titled
                and mention.subject
                and self._definite_singular(head)
                and self._bare_title(head)
            ):
                return referent  # ``le magistrat`` after ``le procureur général a annoncé``: the title its class covers
            if fold(other.lemma_) != lemma:
                continue
            following = [t for t in self.doc[other.i + 1 : other.i + 8] if mention.start <= t.idx < mention.end]
            if mention.end - mention.start > len(head.text) and any(
                t.pos_ == "PROPN" or t.i in self._entity_at for t in following
            ):
                return referent
            if (
                mention.titled
                and self._definite_singular(head)
                and self._bare_title(head)
                and self._of_complement(other)
            ):
                return referent  # ``le ministre`` after ``Le ministre de la Santé a annoncé``: that office
        return None

    def _bare_title(self, head: Token) -> bool:
        """Whether a description is its title alone (``le ministre``, ``la préfète``): no adjective and no
        ``de`` complement says which office, so a fuller one just before says it."""
        return not any(c.dep_ in ("amod", "appos", "acl", "acl:relcl") or self._complement(c) for c in head.children)

    def _of_complement(self, head: Token) -> bool:
        """Whether a title has a ``de`` complement that says which office (``le ministre de la Santé``)."""
        return any(c.i > head.i and self._complement(c) for c in head.children)

    def _complement(self, child: Token) -> bool:
        """Whether a noun's dependent ``child`` is a complement it takes through ``de`` (``de la Santé``)."""
        return child.dep_ == "nmod" and any(fold(g.text) in self.t.complement_prepositions for g in child.children)

    @cached_property
    def _elided_sentences(self) -> frozenset[int]:
        """Sentences (by :attr:`_sent_of` number) whose main verb is a participle or an infinitive without a
        subject (``Mais plaidant aussi pour …``, ``Et de dénoncer …``): news elides the subject it carries
        over from the sentence before."""
        found: set[int] = set()
        for sentence in self.doc.sents:
            root = sentence.root
            if carries_subject_over(root) and not self.is_quoted(root.idx):
                found.add(self._sent_of[root.i])
        return frozenset(found)

    def _walk_back(self, offset: int) -> Iterator[Mention]:
        """The mentions starting before ``offset``, closest first, at most :data:`_MENTION_WINDOW` of them."""
        i = bisect_left(self.mentions, offset, key=lambda m: m.start)
        for j in range(i - 1, max(-1, i - 1 - _MENTION_WINDOW), -1):
            yield self.mentions[j]

    def _resolve_pronoun(
        self,
        offset: int,
        sent: int,
        gender: str | None,
        number: str,
        clause: int | None = None,
        fronted: int | None = None,
        topic: bool = False,
    ) -> Referent | None:
        """The closest compatible antecedent before ``offset``: sentence by sentence backwards, subjects of
        the main clause first, then other subjects, then the other mentions from the closest. Never a mention
        that depends on the token ``clause`` (the same verb's other argument), nor one that is no subject
        before character ``fronted`` of the same sentence (``Interrogé par le juge X, il …``: the adjunct set
        before the subject names someone else). With ``topic``, only a person the sentence is about: not a name
        in a noun's complement (``la bijouterie Dufau``), and for a woman only one the article said is one."""
        by_sentence: dict[int, list[Mention]] = {}
        outside = not self.is_quoted(offset)
        for mention in self._walk_back(offset):  # in text order: walk back until out of the window
            if sent - mention.sent > _SENTENCE_WINDOW:
                break
            if mention.end > offset or mention.referent is None or mention.sent > sent:
                continue
            if outside and self.is_quoted(mention.start):
                # ``« … Elle avait quitté le village. » dit-elle``: inside quoted words a pronoun or a name is the
                # speaker's own reference (her daughter); the narrator's pronoun takes up the narrator's mentions
                continue
            if clause is not None and mention.sent == sent and self._governor(mention.head) == clause:
                continue
            if fronted is not None and mention.sent == sent and not mention.subject and mention.end <= fronted:
                continue
            if topic and not self._topical_person(mention, gender):
                continue
            by_sentence.setdefault(mention.sent, []).append(mention)
        for k in sorted(by_sentence, reverse=True):
            # A mention whose gender is known to match beats one whose gender is unknown (``Jean Dupont a reçu
            # la ministre Anne Genet. Elle…``); then subjects of the main clause, other subjects, the closest.
            # Masculine is what a name of unknown gender mostly is in news, so it only ranks for ``elle``/``elles``
            # (``Jacques Chirac … au côté du député-maire X. Il …``: Chirac, the subject).
            telling = gender if gender == "Fem" else None
            ranked = sorted(
                by_sentence[k],
                key=lambda m: (
                    not (m.kind == "name" and self._opinion_frame(self.doc[m.head])),  # ``Pour X, …``: X's view
                    not (telling and m.gender == telling and self._verb_argument(m)),
                    self._body_in_noun_complement(m),
                    not m.root_subject,
                    not m.subject,
                    -m.start,
                ),
            )
            titles = [m for m in by_sentence[k] if m.titled]
            if k != sent and k in self._elided_sentences:
                # ``Mais plaidant aussi pour … comme le souhaite X.``: a sentence whose main clause has no subject
                # goes on with the one before; the subject of its subordinate clause is not who it is about.
                ranked = [m for m in ranked if not (m.subject and not m.root_subject)]
            for mention in ranked:
                # An unnamed description is an antecedent only as a subject (``les autorités … elles``);
                # as an object (``la purge de l'agence``) it is too often not what ``il`` stands for. A
                # person's title is one in any role (``Quant au chef du parti, il …``), and the body named in
                # its complement is not (``du parti`` is not who ``il`` is).
                if (
                    mention.kind == "description"
                    and not mention.subject
                    and not mention.titled
                    and (mention.referent is None or mention.referent.type != "PER")
                ):
                    continue  # a description the article tied to a person (``accuse le syndicaliste``) is one
                if mention.kind == "name" and any(t.start <= mention.start and mention.end <= t.end for t in titles):
                    continue
                if self._medium(mention):
                    continue  # ``l'a redit sur RTL``: where the words were said, not who said them
                if mention.kind == "name" and self._names_a_thing(self._first_token(mention)):
                    continue  # ``à l'hôpital Édouard Herriot``: a building named after someone is no one
                if not self._compatible(mention, gender, number):
                    continue
                return mention.referent
        return None

    def _verb_argument(self, mention: Mention) -> bool:
        """Whether ``mention`` is an argument of a verb (past the noun it is set beside): ``la ministre Anne Genet``
        received by someone is, ``sa fille, Shapla`` in ``le corps de sa fille, Shapla`` is not. A woman named
        inside another noun's complement does not outrank the sentence's subject for ``elle`` by her gender alone
        (``X attend qu'on lui rende le corps de sa fille, Shapla. Elle …`` is X)."""
        token = self.doc[mention.head]
        first = self._first_token(mention)
        if first >= 2 and self.doc[first - 1].text == "," and self.doc[first - 2].pos_ == "NOUN":
            token = self.doc[first - 2]  # set beside that noun between commas, whatever the parser hung it on
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head
        return token.head.i == token.i or token.head.pos_ in ("VERB", "AUX")

    def _medium(self, mention: Mention) -> bool:
        """Whether ``mention`` names a body as the medium someone spoke on (``sur RTL``, ``sur France 2``): a
        station or a network is where the words were said, never whom a following pronoun stands for."""
        if mention.kind != "name" or mention.referent is None or mention.referent.type != "ORG" or mention.subject:
            return False
        head = self.doc[mention.head]
        return any(c.dep_ == "case" and fold(c.text) in self.t.medium_prepositions for c in head.children)

    def _body_in_noun_complement(self, mention: Mention) -> bool:
        """Whether ``mention`` names a body or place through a preposition hung on a noun (``économiste chez
        Natixis``, ``étudiante en BTS``): it says where the person works or studies; the pronoun that follows
        stands for that person, so such a name ranks after the others of its sentence."""
        if mention.kind != "name" or mention.referent is None or mention.referent.type == "PER":
            return False
        head = self.doc[mention.head]
        while head.dep_ == "appos" and head.head.i < head.i:
            head = head.head  # ``de l'École polytechnique fédérale de Lausanne (EPFL)``: the acronym is the body's
        governed_by_noun = head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN", "ADJ")  # économiste: ADJ
        return governed_by_noun and any(child.dep_ == "case" for child in head.children)

    def _topical_person(self, mention: Mention, gender: str | None) -> bool:
        """Whether ``mention`` is a person a description could vary the name of: a person of the wanted
        gender (a woman only when the article said so, or as the subject of a sentence: a bare name in any other
        role says nothing) who is an argument of a verb, not a name in a noun's complement."""
        referent = mention.referent
        if referent is None or referent.type != "PER":
            return False
        if gender == "Fem" and mention.gender != "Fem" and not mention.root_subject:
            return False
        if mention.kind == "name" and self._demonym_before(self._first_token(mention)):
            return True  # ``la Sud-Coréenne X``: a person by her nationality, not a shop's or a ship's name
        if mention.kind == "name" and self.doc[self._governor(mention.head)].pos_ in ("NOUN", "PROPN"):
            # ``la bijouterie Dufau`` names a shop; ``la pédiatre Hélène Garnier`` a person by her title
            return any(tie.entity == referent.entity and tie.start == mention.start for tie in self.ties)
        return True

    def _first_token(self, mention: Mention) -> int:
        """The index of the first token of ``mention``."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.start if span is not None and len(span) else mention.head

    def _demonym_before(self, first: int) -> bool:
        """Whether a capitalized demonym, after its article, stands right before the name starting at token
        ``first`` (``la Sud-Coréenne Park Ji-won``, ``le Danois X``): news names a person by nationality so."""
        if first < 2:
            return False
        word = self.doc[first - 1]
        return (
            word.text[:1].isupper()
            and (fold(word.text) in self.t.demonyms or self._is_place_word(fold(word.text)))
            and self.doc[first - 2].pos_ == "DET"
            and not self.is_quoted(word.idx)
        )

    def _resolve_latest(self, offset: int, sent: int, gender: str | None, number: str) -> Referent | None:
        """``ce dernier``, ``celle-ci``: the latest compatible mention before ``offset``, whatever its role, that
        the text wrote as a name or a description (a pronoun stands for someone named earlier: ``Elle s'en prend
        à la ministre, qu'elle accuse … Celle-ci …`` is the minister)."""
        for mention in self._walk_back(offset):
            if sent - mention.sent > _SENTENCE_WINDOW:
                break  # mentions are in text order: every earlier one is farther
            if mention.end > offset or mention.kind == "pronoun":
                continue
            if (
                mention.kind == "description"
                and not mention.subject
                and not mention.titled
                and mention.referent is not None
                and mention.referent.entity is None
            ):
                continue  # ``a succédé à l'équipe de X. Celle qui …``: a body's description as an object is no one
            if self._compatible(mention, gender, number):
                return mention.referent
        return None

    def _dative_clitic(self, token: Token) -> bool:
        """Whether ``token`` is ``lui`` set before its verb (``on lui rend``, ``qui lui a dit``): the indirect object
        clitic, which says nothing of the gender, unlike ``lui`` after a preposition (``selon lui``)."""
        if fold(token.text) not in self.t.gender_free_clitics or token.i + 1 >= len(token.doc):
            return False
        after = token.doc[token.i + 1]
        return after.pos_ in ("VERB", "AUX") or fold(after.text) in self.t.object_clitics

    def _tell_gender(self, referent: Referent | None, gender: str | None, number: str) -> None:
        """Remember the gender a singular pronoun gave the person it stands for, when the article had not said
        it: the first word that settles it (``son mari Pierre … Ce dernier``) holds for the later mentions."""
        if referent is not None and referent.type == "PER" and referent.entity and gender and number == "Sing":
            self._told_gender.setdefault(referent.entity, gender)

    def _person_gender(self, mention: Mention) -> str | None:
        """A mention's gender: its own, else the one the article's pronouns gave that person before."""
        if mention.gender or mention.referent is None or mention.referent.type != "PER" or not mention.referent.entity:
            return mention.gender
        return self._told_gender.get(mention.referent.entity)

    def _compatible(self, mention: Mention, gender: str | None, number: str) -> bool:
        referent = mention.referent
        if referent is None:
            return False
        if referent.type == "LOC" and not mention.subject:
            return False
        if referent.type in ("MISC",):
            return False
        if mention.number and number and mention.number != number and referent.type not in ("ORG",):
            return False
        if mention.number and mention.number != number and referent.type == "ORG" and mention.kind != "name":
            # a body's own name takes ``il`` or ``ils``; a description or a pronoun that took it up has its number
            # (``elles`` resolved to a body does not make the body the ``elle`` that follows)
            return False
        if gender and (told := self._person_gender(mention)) and gender != told:
            # ``ils`` is masculine or mixed: it may stand for a feminine plural only when nothing else fits.
            return False
        if referent.type == "PER" and number == "Plur":
            return False
        return True
