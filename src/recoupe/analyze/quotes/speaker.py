"""Who speaks a quote: the cues French news uses to attribute quoted words, tried in a fixed order.

This is the *decide* step of quote extraction for the speaker. Each cue returns the span of the words
that name the speaker (``le chef de l'État``, ``il``, ``Jen Psaki``), or :data:`NOBODY` when the text
explicitly names no one (``ce qu'on a appelé``); :class:`recoupe.analyze.coref.Coreference` then says
which entity those words stand for. Cues:

* **incise after the quote**: ``« … », a ajouté le chef de l'État``, ``« … », assure-t-elle``;
* **incise inside the quote**: ``« Tous …, a-t-il assuré. Des militants … »`` (one quote, one speaker);
* **reporting clause before the quote**: the subject of the nearest speech verb on the left
  (``Tokaïev a promis l'«élimination»``, ``X a déclaré : « … »``, ``la police a déclaré que … « éliminé »``),
  following participles and coordinations to their subject (``…, ajoutant que l'Europe « … »``), and
  ``selon X`` frames;
* **incise at the end of the sentence**: ``Les « terroristes » ont été neutralisés, a affirmé X``;
* **label before a colon**: ``Le ministre : « … »``.

Spans are found on spaCy tokens of the prepared text, whose offsets are the article's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from spacy.tokens import Doc, Token

from recoupe.analyze.base import Parsed
from recoupe.analyze.quotes.find import QuoteSpan
from recoupe.analyze.syntax import (
    SUBJECT_DEPS,
    before_stressed_aside,
    carries_subject_over,
    misread_finite_verb,
    morph,
    noun_phrase,
    past_hyphen_compound,
)
from recoupe.lang import Language
from recoupe.text import fold

#: Dependencies of a noun's complement (``les lieux de l'accident``) and of an adjective set after a noun
#: (``présent sur les lieux``): a verb the parser hangs on such a word belongs to the phrase it completes.
_COMPLEMENT_DEPS: frozenset[str] = frozenset({"nmod", "amod"})


class _Nobody:
    """The text says the words are nobody's in particular (``on``): stop looking."""

    def __repr__(self) -> str:
        return "NOBODY"


NOBODY: Final = _Nobody()

#: A speaker cue's result: the character span naming the speaker, nobody, or nothing found.
Found = tuple[int, int] | _Nobody | None

_SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?(?=\s)|\n")
#: Most tokens a detached phrase between an incise's verb and its subject holds (``, le visage rougi par les gaz,``).
_DETACHED_MAX: Final = 8
_INCISE_END: frozenset[str] = frozenset({".", ",", ";", "!", "?", "»", "”", '"', "…", ":", ")", "—"})
_QUOTE_MARKS: frozenset[str] = frozenset('«»“”„‹›"')
_CLOSING_MARKS: frozenset[str] = frozenset("»”›")
#: Dashes that set an aside off inside a sentence (``Le ministère – officiellement … – a affirmé``).
_ASIDE_DASHES: frozenset[str] = frozenset("–—")
_OPENING_MARKS: frozenset[str] = frozenset("«“„‹")
_SPACES: frozenset[str] = frozenset(" \t\u00a0\u202f\u2009")
#: Parts of speech a clause's root can have when it says something of a subject (a verb, or the predicate
#: of a copula).
_PREDICATE_POS = ("VERB", "AUX", "ADJ", "NOUN")


def _third_person(token: Token) -> bool:
    """A personal pronoun of the third person (``lui``, ``elle``, ``eux``), not a demonstrative (``cela``)."""
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType", []) and "3" in token.morph.get("Person", [])


def _clause_roots(words: list[Token]) -> list[Token]:
    """The roots of the clause made of ``words`` (consecutive tokens), in order: the parser's root, or a word
    it hung on one outside the clause (it often joins a sentence to the one before)."""
    if not words:
        return []
    first, last = words[0].i, words[-1].i
    return [t for t in words if t.head.i == t.i or not first <= t.head.i <= last]


#: How many tokens after a speech verb its ``que`` may lie (``a fait savoir hier par le biais d'un communiqué qu'``).
_QUE_REACH = 14
#: How far back (tokens) a short aside between a subject and its verb may start: ``, à l'origine de l'appel,``.
_ASIDE_WINDOW = 9
#: How many tokens back from a verb the name before its appositions may lie.
_APPOSITION_REACH = 24


def _participle_noun(token: Token) -> bool:
    """Whether a token the tagger reads as a present participle stands where a noun does (``l'opposant``,
    ``un manifestant``: after an article), as French makes nouns of those participles."""
    return token.pos_ in ("VERB", "AUX") and "Part" in morph(token, "VerbForm") and "Pres" in morph(token, "Tense")


def _past_participle(token: Token) -> bool:
    """Whether a token is a past participle (``disparu``, ``arrivée``): set right after a noun of an unnamed
    description, it says which person the description is (``la sœur d'un mineur disparu``)."""
    return (
        token.pos_ in ("VERB", "AUX", "ADJ") and "Part" in morph(token, "VerbForm") and "Past" in morph(token, "Tense")
    )


def _verb_read_as_noun(token: Token) -> bool:
    """Whether a token the tagger calls a noun is a finite verb (``La société civile maintient un bilan``: the
    parser makes ``maintient`` a noun, yet gives it a subject before it). A noun takes a subject only as the
    predicate of a copula (``X est le président``), which has its ``cop``."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i for c in token.children)
        and not any(c.dep_ == "cop" for c in token.children)
    )


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The language's speech tables, folded once (see ``lang/fr/speech.py`` for what each holds)."""

    speech_verbs: frozenset[str]
    incise_only: frozenset[str]
    relay_verbs: frozenset[str]
    impersonal_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    decree_verbs: frozenset[str]
    mind_verbs: frozenset[str]
    continuing_openers: frozenset[str]
    speech_nouns: frozenset[str]
    chant_nouns: frozenset[str]
    cause_links: frozenset[str]
    sign_nouns: frozenset[str]
    sign_verbs: frozenset[str]
    call_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    purpose_markers: frozenset[str]
    adjective_negations: frozenset[str]
    superlative_adverbs: frozenset[str]
    one_of: frozenset[str]
    phrases: tuple[tuple[str, str], ...]  # (verb form, following word): ``fait savoir``
    phrase_rests: dict[tuple[str, str], tuple[str, ...]]  # words after those two: ``mis en`` + ``garde``
    prepositions: tuple[str, ...]
    clitics: frozenset[str]
    lemma_guesses: Callable[[str, str], frozenset[str]]
    conjugated_by_form: Callable[[str, str], bool]  # ``invoque`` of ``invoquer``, whatever the tagger says
    attribution_words: dict[str, str]  # folded word → the folded word required before it, or ""
    attribution_heads: frozenset[str]  # those that need nothing before them (``selon``)
    attribution_links: frozenset[str]  # ``de`` of ``aux yeux de X``
    not_attributed_after: frozenset[str]
    opinion_prepositions: frozenset[str]
    auxiliary_lemmas: frozenset[str]
    auxiliary_forms: frozenset[str]
    incise_prepositions: frozenset[str]
    incise_openers: frozenset[str]
    manner_links: frozenset[str]
    manner_articles: frozenset[str]
    complement_links: frozenset[str]
    np_links: frozenset[str]  # complement links and the hyphen
    affiliation_links: frozenset[str]
    field_links: frozenset[str]
    participle_places: frozenset[str]
    standing_complements: frozenset[tuple[str, str]]
    indefinite_articles: frozenset[str]
    partitive_articles: frozenset[str]  # ``des habitants … décrivent``: tagged a preposition, opens a subject
    institution_nouns: frozenset[str]
    time_words: frozenset[str]
    preverbal_clitics: frozenset[str]
    reflexive_clitics: frozenset[str]
    object_clitics: frozenset[str]
    subject_or_object_clitics: frozenset[str]
    stressed_pronouns: frozenset[str]
    first_person_possessives: frozenset[str]
    impersonal_clitics: frozenset[str]
    non_speaker_subjects: frozenset[str]
    relative_subjects: frozenset[str]
    gerund_markers: frozenset[str]
    relatives_after_subject: frozenset[str]
    complementizers: frozenset[str]
    coordinators: frozenset[str]
    civilities: frozenset[str]
    agent_prepositions: frozenset[str]
    attribution_clitics: frozenset[str]
    on_frames: tuple[tuple[str, ...], ...]  # folded words of each frame: (``du``, ``cote``, ``de``)
    person_endings: tuple[str, ...]
    word_carriers: frozenset[str]  # ``le rapport``, ``la préfecture``, ``un homme``: never a mere thing
    thing_pronouns: frozenset[str]
    same_source: tuple[str, ...]
    demonstratives: frozenset[str]
    object_relatives: frozenset[str]
    portfolio_titles: frozenset[str]
    event_name: re.Pattern[str]  # an event's noun opening a label (``Naufrage au sud de X``)
    participle_endings: tuple[str, ...]  # ``jugée``: a past participle by its written ending

    def is_aux(self, token: Token) -> bool:
        """An auxiliary by tag or by form (the tagger sometimes calls ``a`` in ``a tweeté`` unknown)."""
        return token.pos_ == "AUX" or fold(token.text) in self.auxiliary_forms


class SpeakerFinder:
    """Attribute quotes of one article (see the module docstring for the cues and their order).

    Args:
        lang: the language, for its ``speech`` data module (speech verbs, attribution prepositions).
    """

    def __init__(self, lang: Language) -> None:
        speech = lang.speech
        attribution = {fold(w): fold(before) for w, before in speech.ATTRIBUTION_WORDS.items()}
        phrases: list[tuple[str, str]] = []
        phrase_rests: dict[tuple[str, str], tuple[str, ...]] = {}
        phrase_auxiliaries = _folded(speech.PHRASE_AUXILIARIES)
        for phrase in speech.SPEECH_PHRASES:
            words = fold(phrase).split()
            while words and words[0] in phrase_auxiliaries:
                words = words[1:]
            if len(words) >= 2:
                phrases.append((words[0], words[1]))
                phrase_rests[(words[0], words[1])] = tuple(words[2:])
        self.lex = _Lexicon(
            speech_verbs=frozenset(
                fold(v) for v in speech.SPEECH_VERBS | speech.NAMING_VERBS | speech.INCISE_ONLY_VERBS
            ),
            incise_only=frozenset(fold(v) for v in speech.INCISE_ONLY_VERBS),
            relay_verbs=_folded(speech.RELAY_VERBS),
            impersonal_verbs=_folded(speech.IMPERSONAL_VERBS),
            naming_verbs=frozenset(fold(v) for v in speech.NAMING_VERBS),
            decree_verbs=_folded(speech.DECREE_VERBS),
            mind_verbs=_folded(speech.MIND_VERBS),
            continuing_openers=_folded(speech.CONTINUING_OPENERS),
            speech_nouns=_folded(speech.SPEECH_NOUNS),
            chant_nouns=_folded(speech.CHANT_NOUNS),
            cause_links=_folded(speech.CAUSE_LINKS),
            sign_nouns=_folded(speech.SIGN_NOUNS),
            sign_verbs=_folded(speech.SIGN_VERBS),
            call_nouns=_folded(speech.CALL_NOUNS),
            crowd_nouns=_folded(speech.CROWD_NOUNS),
            purpose_markers=_folded(speech.PURPOSE_MARKERS),
            adjective_negations=_folded(speech.ADJECTIVE_NEGATIONS),
            superlative_adverbs=_folded(speech.SUPERLATIVE_ADVERBS),
            one_of=_folded(speech.ONE_OF),
            phrases=tuple(dict.fromkeys(phrases)),
            phrase_rests=phrase_rests,
            prepositions=tuple(fold(p) for p in speech.ATTRIBUTION_PREPOSITIONS),
            clitics=frozenset(speech.INVERTED_CLITICS),
            lemma_guesses=speech.verb_lemma_guesses,
            conjugated_by_form=speech.conjugated_by_form,
            attribution_words=attribution,
            attribution_heads=frozenset(w for w, before in attribution.items() if not before),
            attribution_links=_folded(speech.ATTRIBUTION_LINKS),
            not_attributed_after=_folded(speech.NOT_ATTRIBUTED_AFTER),
            opinion_prepositions=_folded(speech.OPINION_PREPOSITIONS),
            auxiliary_lemmas=_folded(speech.AUXILIARY_LEMMAS),
            auxiliary_forms=_folded(speech.AUXILIARY_FORMS),
            incise_prepositions=_folded(speech.INCISE_PREPOSITIONS),
            incise_openers=_folded(speech.INCISE_COMPLEMENT_OPENERS),
            manner_links=_folded(speech.INCISE_MANNER_LINKS),
            manner_articles=_folded(speech.INCISE_MANNER_ARTICLES),
            complement_links=_folded(speech.COMPLEMENT_LINKS),
            np_links=_folded(speech.COMPLEMENT_LINKS) | {"-"},
            affiliation_links=_folded(speech.AFFILIATION_LINKS),
            field_links=_folded(speech.FIELD_LINKS),
            participle_places=_folded(speech.PARTICIPLE_PLACE_PREPOSITIONS),
            standing_complements=frozenset((fold(a), fold(b)) for a, b in speech.STANDING_COMPLEMENTS),
            indefinite_articles=_folded(speech.INDEFINITE_ARTICLES),
            partitive_articles=_folded(speech.PARTITIVE_ARTICLES),
            institution_nouns=_folded(speech.INSTITUTION_NOUNS),
            time_words=_folded(speech.INCISE_TIME_WORDS),
            preverbal_clitics=_folded(speech.PREVERBAL_CLITICS),
            reflexive_clitics=_folded(speech.REFLEXIVE_CLITICS),
            object_clitics=_folded(speech.INCISE_OBJECT_CLITICS),
            subject_or_object_clitics=_folded(speech.SUBJECT_OR_OBJECT_CLITICS),
            stressed_pronouns=_folded(speech.STRESSED_PRONOUNS),
            first_person_possessives=_folded(speech.FIRST_PERSON_POSSESSIVES),
            impersonal_clitics=_folded(speech.IMPERSONAL_CLITICS),
            non_speaker_subjects=_folded(speech.NON_SPEAKER_SUBJECTS),
            relative_subjects=_folded(speech.RELATIVE_SUBJECTS),
            gerund_markers=_folded(speech.GERUND_MARKERS),
            relatives_after_subject=frozenset(speech.RELATIVES_AFTER_SUBJECT),
            complementizers=frozenset(speech.COMPLEMENTIZERS),
            coordinators=_folded(speech.SPEAKER_COORDINATORS),
            civilities=frozenset(speech.SPEAKER_CIVILITIES),
            agent_prepositions=_folded(lang.claims.AGENT_PREPOSITIONS),
            attribution_clitics=_folded(speech.ATTRIBUTION_CLITICS),
            on_frames=tuple(tuple(fold(w) for w in f.split()) for f in speech.INDEFINITE_SUBJECT_FRAMES),
            person_endings=tuple(fold(e) for e in speech.PERSON_NOUN_ENDINGS),
            thing_pronouns=_folded(speech.THING_PRONOUNS),
            same_source=speech.SAME_SOURCE_PHRASES,
            demonstratives=_folded(speech.DEMONSTRATIVE_DETERMINERS),
            object_relatives=_folded(speech.OBJECT_RELATIVES),
            portfolio_titles=_folded(getattr(speech, "PORTFOLIO_TITLES", ())),
            event_name=re.compile(getattr(lang.claims, "EVENT_NAME", r"(?!)"), re.IGNORECASE),
            participle_endings=speech.FIRST_CONJUGATION_PARTICIPLE_ENDINGS,
            word_carriers=_folded(lang.claims.NON_ASSERTING_NOUNS)
            | _folded(speech.SPEECH_NOUNS)
            | _folded(speech.INSTITUTION_NOUNS)
            | _folded(speech.PEOPLE_NOUNS),
        )

    def bind(self, parsed: Parsed) -> ArticleSpeakers:
        """The finder for one article."""
        return ArticleSpeakers(self.lex, parsed)


def _finite_twin(token: Token) -> bool:
    """Whether a participle of a ``-ire`` verb (``décrit``, ``dit``, ``écrit``) is its present-tense twin: with no
    agent (``par X``) it says what its singular subject does (``Un pompier décrit de son côté « … »``), it does not
    describe that subject as in ``le rapport écrit par la ministre``."""
    lemma = token.lemma_.lower()
    return (
        lemma.endswith("ire")
        and token.lower_ == lemma[:-2] + "t"
        and "Plur" not in morph(token.head, "Number")
        and not any(c.dep_ == "obl:agent" for c in token.subtree)
    )


class ArticleSpeakers:
    """Speaker cues over one article's tokens."""

    def __init__(self, lex: _Lexicon, parsed: Parsed) -> None:
        self.lex = lex
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text = parsed.text
        self.coref = parsed.coref
        self._starts = [t.idx for t in self.doc]

    # -- tokens -----------------------------------------------------------------------------------

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self._starts, offset)

    def tokens(self, start: int, end: int, unquoted: bool = True) -> list[Token]:
        """Tokens wholly inside ``[start, end)``, by default without quoted words and quotation marks."""
        out: list[Token] = []
        for i in range(self.token_at(start), len(self.doc)):
            token = self.doc[i]
            if token.idx + len(token.text) > end:
                break
            if token.is_space or (unquoted and (self.coref.is_quoted(token.idx) or token.text in _QUOTE_MARKS)):
                continue
            out.append(token)
        return out

    def sentence_start(self, offset: int) -> int:
        """Start of the sentence holding ``offset``: after the last sentence end outside quotation marks."""
        text = self.text
        i = offset - 1
        while i >= 0:
            ch = text[i]
            if ch == "\n":
                return i + 1
            if ch in ".!?…" and not self.coref.is_quoted(i) and i + 1 < len(text) and text[i + 1].isspace():
                return i + 1
            if ch in _CLOSING_MARKS and self._quote_ends_sentence(i):
                return i + 1
            i -= 1
        return 0

    def _quote_ends_sentence(self, close: int) -> bool:
        """Whether the closing mark at ``close`` ends a sentence: its quote ends on a full stop, a question or an
        exclamation mark, and a capitalized word follows (``« … qui va m'embaucher ? » Son collègue …``)."""
        text = self.text
        j = close - 1
        while j >= 0 and text[j] in _SPACES:
            j -= 1
        k = close + 1
        while k < len(text) and text[k] in _SPACES:
            k += 1
        return j >= 0 and text[j] in ".!?…" and k < len(text) and text[k].isupper()

    def previous_sentence_start(self, start: int) -> int:
        """Start of the sentence before the one starting at ``start`` (across a paragraph break too)."""
        j = start - 1
        while j > 0 and self.text[j].isspace():
            j -= 1
        return self.sentence_start(j) if j > 0 else 0

    def sentence_end(self, offset: int) -> int:
        """End of the sentence holding ``offset`` (exclusive), skipping sentence ends inside quotation marks."""
        text = self.text
        i = offset
        while i < len(text):
            ch = text[i]
            if ch == "\n":
                return i
            if ch in ".!?…" and not self.coref.is_quoted(i) and (i + 1 == len(text) or text[i + 1].isspace()):
                return i + 1
            i += 1
        return len(text)

    def is_speech_verb(self, token: Token, incise: bool = False, any_pos: bool = False) -> bool:
        """A verb that reports words: by lemma, or as the verb of a phrase such as ``fait savoir``.
        Verbs such as ``poursuivre`` count only in an incise (``incise=True``); ``any_pos`` trusts the
        form over the tagger where the context already proves a verb (``martèle-t-il``)."""
        if token.pos_ not in ("VERB", "AUX") and not any_pos:
            return False
        if token.pos_ == "AUX" and fold(token.lemma_) in self.lex.auxiliary_lemmas:
            return False
        lemmas = self.lex.lemma_guesses(fold(token.text), fold(token.lemma_))
        if (
            not incise
            and lemmas & self.lex.incise_only
            and not self._has_que_after(token)
            and not self._colon_then_quote(token)
        ):
            return False  # ``lance une offensive``; but ``glisse que …`` and ``lâche : « … »`` report words
        if lemmas & self.lex.speech_verbs:
            return True
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and any(fold(token.text) == v and fold(nxt.text) == w for v, w in self.lex.phrases)

    # -- cues -------------------------------------------------------------------------------------

    def after(self, quote: QuoteSpan) -> Found:
        """``« … », a déclaré X`` / ``« … », dit-il`` right after the closing mark."""
        if not quote.closed:
            return None
        i = self.token_at(quote.close + 1)
        if i < len(self.doc) and self.doc[i].text == ":":
            return self._after_colon(i + 1)
        if i < len(self.doc) and self.doc[i].text == ",":
            i += 1
        elif (
            i < len(self.doc)
            and not self._incise_after_mark(quote, self.doc[i])
            and (self.doc[i].is_punct or (self.doc[i].pos_ not in ("AUX", "VERB") and not self.lex.is_aux(self.doc[i])))
        ):
            return None
        return self.incise(i, quote_end=None, strict=False)

    def _incise_after_mark(self, quote: QuoteSpan, token: Token) -> bool:
        """Whether ``token`` opens an incise right after quoted words ending on ``?``, ``!`` or ``…``: French puts
        no comma there (``« Qui va payer ? » s'indigne X``), and the lowercase word after the closing mark says the
        sentence goes on, so the clitic or verb there starts the incise as it would after a comma."""
        inner = self.text[quote.start : quote.close].rstrip("".join(_SPACES) + '»”"')
        return inner[-1:] in ("?", "!", "…") and token.text[:1].islower() and not token.is_punct

    def relayed(self, quote: QuoteSpan) -> bool:
        """Whether the incise right after the quote is an outlet relaying it (``« … », a rapporté le journal``)."""
        if not quote.closed:
            return False
        i = self.token_at(quote.close + 1)
        if i < len(self.doc) and self.doc[i].text == ",":
            i += 1
        for token in self.doc[i : i + 3]:
            if self.lex.lemma_guesses(fold(token.text), fold(token.lemma_)) & self.lex.relay_verbs:
                return True
            if not self.lex.is_aux(token) and token.pos_ != "ADV":
                return False
        return False

    def presented(self, quote: QuoteSpan) -> Found:
        """A quote opening its sentence with no cue, right after a sentence that presents a person as its subject
        (``Sandrine Colin, 51 ans, travaille ici depuis 1998. « … »``): that person's words. A sentence about
        something else in between (``Ses bêtes doivent être abattues.``) is passed over; one whose subject is
        another speaker, or a paragraph break, ends the search."""
        start = self.sentence_start(quote.open)
        if self.text[start : quote.open].strip():
            return None
        for _ in range(2):
            if start == 0 or self.text[start - 1] == "\n":
                return None
            start = self.previous_sentence_start(start)
            words = [t for t in self.tokens(start, self.sentence_end(start)) if not t.is_punct]
            for root in _clause_roots(words)[:1]:
                if root.i in self._persons[1]:
                    # ``Lucien Garnier, 64 ans, pêche ici …`` with ``pêche`` read as a noun: the parser made the
                    # name the sentence's head, and the sentence is about that person
                    return self.span_of(*noun_phrase(root))
                if root.pos_ not in _PREDICATE_POS:
                    continue
                found = self._own_subject(root, agent=False)
                if not isinstance(found, tuple) or not self._is_agent(found):
                    continue
                named = [t for t in self.tokens(*found) if t.i in self._persons[1]]
                if named:
                    return found
                # ``Le gouverneur s'est rendu mardi à X, où … . « … »``: one official by the title is as present
                return self._name_before_description(found) or (found if self._titled_one(found) else None)
        return None

    def _name_before_description(self, found: tuple[int, int]) -> tuple[int, int] | None:
        """``Ravi Kumar, un ouvrier agricole de 41 ans, a perdu …``: the person's name set right before a
        subject that describes someone, a comma between them (the parser often makes the description the
        subject and leaves the name aside)."""
        first = self.token_at(found[0])
        if first < 2 or self.doc[first - 1].text != "," or first - 2 not in self._persons[1]:
            return None
        start = first - 2
        while start - 1 in self._persons[1]:
            start -= 1
        if self.coref.is_quoted(self.doc[start].idx):
            return None
        return self.span_of(start, first - 1)

    def introduced(self, quote: QuoteSpan) -> Found:
        """A quote that is a whole sentence opening its paragraph, with no cue (``« C'est illégal. » Juriste à
        l'association, X accompagne …``): the lead of the person the next sentence then names as its subject,
        or as the subject of a speech verb there (``C'est par un message que X a raconté …``)."""
        if not quote.closed:
            return None
        start = self.sentence_start(quote.open)
        if self.text[start : quote.open].strip() or (start > 0 and self.text[start - 1] != "\n"):
            return None
        nxt = self._sentence_after(quote)
        if nxt is None:
            return None
        words = [t for t in self.tokens(nxt, self.sentence_end(nxt)) if not t.is_punct]
        verbs = [t for t in _clause_roots(words)[:1] if t.pos_ in _PREDICATE_POS]
        verbs += [t for t in words if t.pos_ == "VERB" or self.is_speech_verb(t)]
        for verb in verbs:
            found = self._own_subject(verb, agent=False)
            if isinstance(found, tuple) and (
                any(t.i in self._persons[1] for t in self.tokens(*found)) or self._titled_one(found)
            ):
                return found
        return None

    def _titled_one(self, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are one person by a title, with a definite article (``Le procureur de la
        République de Nantes a ouvert …``): news introduces an official after their opening words by the office as
        often as by the name; a body or people (``La police``, ``Les habitants``) are not who gave one sentence."""
        words = self.tokens(*span)
        if not words or words[0].pos_ != "DET" or "Def" not in morph(words[0], "Definite"):
            return False
        heads = [t for t in words if not (words[0].i <= t.head.i <= words[-1].i) or t.head.i == t.i]
        head = heads[0] if heads else words[-1]
        if head.pos_ != "NOUN" or "Plur" in morph(head, "Number"):
            return False
        return self.coref.is_person_description(words[0].i, words[-1].i + 1, head)

    def _sentence_after(self, quote: QuoteSpan) -> int | None:
        """Where the sentence after a quote that ends its own sentence starts, in the same paragraph: right after
        the closing mark when the quoted words end on a full stop (``« … . » Juriste …``), else after the full
        stop that follows the mark (``« … ». Elle …``)."""
        text = self.text
        inner = text[quote.open : quote.close].rstrip("".join(_SPACES) + '»”"')
        k = quote.close + 1
        while k < len(text) and text[k] in _SPACES:
            k += 1
        if inner[-1:] in (".", "!", "?", "…") and k < len(text) and text[k].isupper():
            return k
        end = self.sentence_end(quote.close + 1)
        if any(ch.isalnum() for ch in text[quote.close + 1 : end]) or end >= len(text) or text[end] == "\n":
            return None  # words of the quote's own sentence, or the next sentence is another paragraph's
        return end + 1

    def _after_colon(self, i: int) -> Found:
        """A headline ``« … » : le président promet la fermeté``: the subject of the clause after the colon,
        when its verb reports words."""
        if i >= len(self.doc):
            return None
        end = self.sentence_end(self.doc[i].idx)
        for token in self.tokens(self.doc[i].idx, end):
            if self.is_speech_verb(token):
                found = self._own_subject(token, agent=True)
                if isinstance(found, tuple) and found[0] >= self.doc[i].idx:
                    return found
                return None
        return None

    def inside(self, quote: QuoteSpan) -> Found:
        """An incise within the quoted words: ``« A, a-t-il assuré. B »``."""
        for token in self.tokens(quote.start, quote.end, unquoted=False):
            if token.text == "," and token.i + 1 < len(self.doc):
                found = self.incise(token.i + 1, quote_end=quote.end)
                if found is not None:
                    return found
        return None

    def left(self, quote: QuoteSpan, naming_only: bool = False) -> Found:
        """The nearest reporting cue on the left in the quote's sentence: a speech verb's subject, ``selon X``."""
        start = self.sentence_start(quote.open)
        if start == quote.open or not self.text[start : quote.open].strip():
            previous = self._previous_paragraph_colon(quote.open)
            if previous is not None:
                start = self.sentence_start(previous)
        words = self.tokens(start, quote.open)
        for n, token in reversed(list(enumerate(words))):
            if not naming_only and fold(token.text) in self.lex.attribution_words and self._attribution_prep(token):
                if n >= 2 and words[n - 1].text == "," and self.is_speech_verb(words[n - 2], any_pos=True):
                    continue  # ``X a évoqué, selon Le Télégramme, des « … »``: the outlet relays X's words
                if self._sources_a_count(token):
                    continue  # ``3 000 personnes selon les syndicats, 1 200 selon la police, ont défilé pour …``
                found = self._after_preposition(token)
                if found is not None:
                    return found
            # After an auxiliary the participle is a verb whatever the tagger says (``X a tweeté : « … »``).
            after_aux = token.i > 0 and (
                self.lex.is_aux(self.doc[token.i - 1])
                # ``qui revendique « … »``: after a subject relative the word is its verb, whatever the tagger says
                or fold(self.doc[token.i - 1].text) in self.lex.relative_subjects
                # ``X, dont le fils a été tué, l'interpelle : « … »``: a lowercase word after an object clitic
                or self._verb_after_clitic(token)
                or self._verb_after_apposed_name(token)
            )
            if self._describes_subject(token):
                continue
            # a word with a subject of its own is a verb, whatever the tagger says (``que la Coordination rurale
            # menace d'« … »``: ``menace`` tagged a noun)
            has_subject = token.pos_ in ("NOUN", "ADJ") and any(c.dep_.startswith("nsubj") for c in token.children)
            if self.is_speech_verb(token, any_pos=after_aux or has_subject or self._adjective_before_quote(token)):
                if naming_only and fold(token.lemma_) not in self.lex.naming_verbs:
                    continue
                if self._passive(token):
                    # ``le prévenu avait été alerté « à six reprises »``: he was told; only an agent spoke
                    found = self._agent(token)
                    if found is None:
                        continue
                elif (caller := self._caller(token, start)) is not None:
                    return caller
                else:
                    found = self._possessor_reporting(token, self.subject(token))
                if found is None and self._verb_after_apposed_name(token):
                    found = self._name_before_commas(token.i - 1)  # the parser left the misread verb no subject
                if found is None and self._adjective_before_quote(token):
                    # the parser, reading an adjective, hung the verb on the quote: its subject is right before it
                    found = self._noun_phrase_before(self._subject_end(token.i))
                if (
                    isinstance(found, tuple)
                    and (
                        any(fold(w.text) in self.lex.attribution_heads for w in words[:n])
                        or fold(words[0].text) in self.lex.opinion_prepositions
                    )
                    and not self._is_agent(found)
                    and self._common_words(found)
                ):
                    # ``Selon lui, l'afflux s'explique par « … »``, ``Selon l'élu, un audit avait pointé « … »``: a
                    # thing reports no words; the frame further left says whose they are
                    continue
                if (
                    isinstance(found, tuple)
                    and self.lex.lemma_guesses(fold(token.text), fold(token.lemma_)) & self.lex.mind_verbs
                    and any(fold(w.text) in self.lex.attribution_heads for w in words[:n])
                ):
                    continue  # ``Selon un conseiller, le gouvernement espère « … »``: the source tells the hope
                if isinstance(found, tuple):
                    found = self._past_object_relative(found, quote.open)
                if found is not None and not self.inanimate(found):
                    return found  # ``X a rappelé que la desserte relevait d'une « … »``: X, not the desserte
            elif not naming_only and self._verb_tagged_noun(token):
                found = self._noun_phrase_before(self._subject_end(token.i))
                if found is not None:
                    return found
        if naming_only:
            return None
        for n, token in reversed(list(enumerate(words))):
            # ``Pour le ministre, « … »``, ``La crue est, pour le maire, « historique »``: an opinion frame at
            # the head of the sentence or set off by commas.
            if fold(token.text) not in self.lex.opinion_prepositions or not self._opens_frame(words, n):
                continue
            pronoun = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if pronoun is not None and _third_person(pronoun):
                return pronoun.idx, pronoun.idx + len(pronoun.text)  # ``Pour lui, ce succès est un « déclic »``
            found = self.noun_phrase_at(token.i + 1)
            if found is not None and self._ends_incise(self.token_at(found[1]), None):
                return found
        return None

    def _verb_after_clitic(self, token: Token) -> bool:
        """Whether ``token``, in lowercase after an object clitic and right before a colon or a quote (``X, dont le
        fils a été tué, l'interpelle : « … »``), is the verb the tagger misread as a name; a noun after an article
        (``la critique « … »``) stays a noun."""
        doc = self.doc
        if token.i == 0 or token.i + 1 >= len(doc) or not token.text[:1].islower() or token.pos_ in ("NOUN", "ADJ"):
            return False
        after = doc[token.i + 1].text
        return fold(doc[token.i - 1].text) in self.lex.preverbal_clitics and (after == ":" or after in _QUOTE_MARKS)

    def _verb_after_apposed_name(self, token: Token) -> bool:
        """Whether ``token``, in lowercase right after a comma that closes a person's name set beside its
        subject (``Son directeur, Paul Amadou, juge toutefois que …``), is the verb the tagger misread as a noun."""
        doc = self.doc
        if token.i < 2 or doc[token.i - 1].text != "," or not token.text[:1].islower() or token.pos_ == "PROPN":
            return False
        return doc[token.i - 2].i in self._persons[1]

    def _sources_a_count(self, prep: Token) -> bool:
        """Whether ``selon X`` right after a count (``Environ 3 000 personnes selon les syndicats, 1 200 selon la
        police, ont défilé``) says whose count it is: it sources the figure, not the words the crowd then
        chants or demands."""
        if prep.i == 0:
            return False
        before = self.doc[prep.i - 1]
        return before.like_num or any(c.dep_ == "nummod" or c.like_num for c in before.children if c.i < before.i)

    def _caller(self, verb: Token, start: int) -> tuple[int, int] | None:
        """``Des milliers de personnes se sont rassemblées, à l'appel des syndicats, pour réclamer « … »``: the
        words of a purpose clause in a sentence that says who called the crowd are the callers' (their demand,
        which the crowd carries)."""
        if "Inf" not in morph(verb, "VerbForm"):
            return None
        if not any(c.dep_ == "mark" and fold(c.text) in self.lex.purpose_markers for c in verb.children):
            return None
        for token in self.tokens(start, verb.idx):
            if fold(token.text) not in self.lex.call_nouns or token.i < 2:
                continue
            if fold(self.doc[token.i - 2].text) != "a" and fold(self.doc[token.i - 1].text) != "a":
                continue
            k = token.i + 1
            if k < len(self.doc) and fold(self.doc[k].text) in self.lex.np_links:
                found = self.noun_phrase_at(k + 1) or self.noun_phrase_at(k)
                if found is not None and not self.coref.is_quoted(found[0]) and self._is_agent(found):
                    return self._through_negated_adjective(found)
        return None

    def _through_negated_adjective(self, found: tuple[int, int]) -> tuple[int, int]:
        """``les partis non indépendantistes``: a phrase read up to ``non`` goes on with the adjective it negates."""
        k = self.token_at(found[1])
        if k + 1 < len(self.doc) and fold(self.doc[k].text) in self.lex.adjective_negations:
            if self.doc[k + 1].pos_ == "ADJ" or _past_participle(self.doc[k + 1]):
                return found[0], self.doc[k + 1].idx + len(self.doc[k + 1].text)
        return found

    def _possessor_reporting(self, verb: Token, found: Found) -> Found:
        """``X a répété que son service ne publiait « que des faits établis »``: a speech verb in the ``que`` clause
        of another whose subject is the reporter's own body or people (``son service``, ``ses équipes``): the
        reporter speaks for them, and the words are the reporter's."""
        if not isinstance(found, tuple):
            return found
        first = self.doc[self.token_at(found[0])]
        if "Yes" not in morph(first, "Poss") or first.lower_ in self.lex.first_person_possessives:
            return found
        reporter = self._reporting_verb_above(verb)
        if reporter is None:
            return found
        outer = self.subject(reporter)
        return outer if isinstance(outer, tuple) and self._is_agent(outer) else found

    def _past_object_relative(self, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """``X, dont les syndicats exigent le départ, a refusé de « … »``: a subject found in a ``dont`` clause set
        off by commas that closes before the quote is that clause's, not the quote's; the noun phrase the clause
        follows (its antecedent, the main clause's subject) is the speaker."""
        first = self.token_at(found[0])
        if first < len(self.doc) and fold(self.doc[first].text) not in self.lex.object_relatives:
            first -= 1
        if first < 2 or fold(self.doc[first].text) not in self.lex.object_relatives or self.doc[first - 1].text != ",":
            return found
        if "," not in self.text[found[1] : limit]:
            return found  # the quote is inside the relative clause: its subject speaks
        antecedent = self.np_ending_at(first - 2)
        if antecedent is None or self._after_preposition_word(self.token_at(antecedent[0])):
            return found  # ``À Lyon, dont …``: a place the sentence opens on is no subject
        # a proper name there is the subject whatever type the recognizer gave it
        named = self.doc[self.token_at(antecedent[0])].pos_ == "PROPN"
        return antecedent if named or self._is_agent(antecedent) else found

    def _opens_frame(self, words: list[Token], n: int) -> bool:
        """Whether word ``n`` of a sentence can open an opinion frame: at the sentence's head, after a comma, or
        after the conjunction that goes on from the sentence before (``Mais pour le syndicaliste, … : « … »``)."""
        if n == 0 or words[n - 1].text == ",":
            return True
        return n == 1 and fold(words[0].text) in self.lex.continuing_openers

    @staticmethod
    def _passive(verb: Token) -> bool:
        """Whether a speech verb is passive (``le prévenu avait été alerté``, ``Les riverains ont été prévenus``):
        its subject is who was told or what was said, never who spoke."""
        return any(c.dep_ == "aux:pass" for c in verb.children)

    @staticmethod
    def _describes_subject(token: Token) -> bool:
        """A participle inside a clause's subject (``les primes annoncées par la ministre « restent … »``):
        it says who announced the thing the sentence is about, not whose words the quote is, so it is no
        reporting cue and an opinion frame (``Pour le syndicat, …``) is left to speak. Not a relative clause with
        its own subject and auxiliary (``Le ministère, qui avait annoncé la « … », a …``): the noun it takes up
        spoke."""
        return (
            token.dep_.startswith("acl")
            and not misread_finite_verb(token)
            and not any(c.dep_.startswith(("nsubj", "aux")) for c in token.children)
            and "Part" in morph(token, "VerbForm")
            and "Past" in morph(token, "Tense")  # not ``X répond, Y soulignant que …``
            and token.head.dep_ in SUBJECT_DEPS
            and token.head.head.i != token.i
            and not _finite_twin(token)
        )

    def stance(self, quote: QuoteSpan) -> Found:
        """``Le président du syndicat n'est pas optimiste : « … »``, ``Le maire se veut rassurant : « … »``:
        a clause that ends on a colon right before the quote, whose subject is a person or a body, says
        whose words follow."""
        j = self._colon_before(quote)
        if j is None:
            return None
        words = self.tokens(self.sentence_start(j), j)
        if not words:
            return None
        roots = [t for t in _clause_roots(words) if t.pos_ in _PREDICATE_POS]
        verbal = [t for t in roots if t.pos_ in ("VERB", "AUX")]
        if len(roots) > 1 and len(verbal) == 1:
            roots = verbal  # ``Le chef d'état-major …, s'est voulu rassurant``: a noun the parser cut off at a hyphen
        if len(roots) != 1:
            return None
        subjects = [c for c in roots[0].children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if len(subjects) > 1:
            subjects = subjects[-1:]  # ``Sa force, elle la tire …``: the nearer is the subject, the other a topic
        if len(subjects) != 1 or self.coref.is_quoted(subjects[0].idx):
            return None
        subject = subjects[0]
        if subject.pos_ == "PRON":
            # ``Ses convictions, il les puise dans le rêve : « … »``: a personal pronoun, which coreference resolves
            found = subject.idx, subject.idx + len(subject.text)
            return found if self._is_agent(found) else None
        start, end = noun_phrase(subject)
        start = self._before_hyphen_compound(start)
        span = self.span_of(start, end)
        if subject.i not in self._name_tokens() and not self.coref.is_one_person(start, end, subject):
            # ``La situation reste tendue : « … »``: not someone; ``Son collègue X se montre combatif`` is
            if not any(t.i in self._persons[1] for t in self.tokens(*span)):
                return None
        return span

    def right(self, quote: QuoteSpan) -> Found:
        """A sentence-final incise further right (``Des « terroristes » ont attaqué, a affirmé X.``), or the
        agent of a passive speech verb whose subject holds the quote (``Une « trêve » a été annoncée par X``)."""
        end = self.sentence_end(quote.close + 1 if quote.closed else quote.end)
        following = self.tokens(quote.close + 1, end)
        for token in following:
            if fold(token.text) in self.lex.attribution_words and self._attribution_prep(token):
                found = self._after_preposition(token)
                if found is not None:
                    return found
            if not self.is_speech_verb(token):
                continue
            for child in token.children:
                if child.dep_ == "nsubj:pass":
                    subtree = list(child.subtree)
                    if subtree[0].idx <= quote.start < subtree[-1].idx + len(subtree[-1].text):
                        found = self._own_subject(token, agent=True)
                        if isinstance(found, tuple) and found[0] > quote.end:
                            return found
        return self._verbless_opinion(quote, following) or self.final_incise(quote)

    def _verbless_opinion(self, quote: QuoteSpan, following: list[Token]) -> Found:
        """``Un chiffre « ridicule » pour la CGT``, ``Une décision « scandaleuse » pour l'opposition``: a verbless
        comment whose quoted word is followed by ``pour`` and who holds that view; the words are theirs. Only a
        body or a person the article names or titles, not a group helped (``une aide « vitale » pour les
        sinistrés``)."""
        if not following or fold(following[0].text) not in self.lex.opinion_prepositions:
            return None
        before = self.tokens(self.sentence_start(quote.open), quote.open)
        if not before or any(t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm") for t in before):
            return None
        found = self.noun_phrase_at(following[0].i + 1)
        if found is None or not self._is_agent(found):
            return None
        words = self.tokens(*found)
        named = any(t.i in self._entity_tokens for t in words)
        heads = [t for t in words if t.pos_ == "NOUN"]
        titled = bool(heads) and self.coref.is_one_person(words[0].i, words[-1].i + 1, heads[0])
        return found if named or titled else None

    def colon_agent(self, quote: QuoteSpan) -> Found:
        """``Une ouverture saluée du bout des lèvres par X : « … »``: a verbless line before a colon whose
        participle on a noun has an agent; that agent's words follow."""
        j = self._colon_before(quote)
        if j is None:
            return None
        words = self.tokens(self.sentence_start(j), j)
        if any(t.pos_ in ("VERB", "AUX") and "Part" not in morph(t, "VerbForm") for t in words):
            return None
        for k, token in enumerate(words):
            if fold(token.text) not in self.lex.agent_prepositions or k + 1 >= len(words):
                continue
            if any(self._noun_participle(t) for t in words[max(0, k - 6) : k]):
                return self.noun_phrase_at(words[k + 1].i)
        return None

    def _before_hyphen_compound(self, start: int) -> int:
        """Token ``start`` of a phrase moved back to the phrase a hyphenated compound's tail begins it with
        (``major général des armées`` of ``Le chef d'état-major général des armées``): the tokenizer cut the
        compound, and the parser left its head in another phrase."""
        doc = self.doc
        if start >= 2 and doc[start].text == "-" and not doc[start - 1].whitespace_ and not doc[start].whitespace_:
            start += 1
        if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_ or doc[start - 1].whitespace_:
            return start
        found = self.np_ending_at(start - 2)
        return self.token_at(found[0]) if found is not None else start

    def _noun_participle(self, token: Token) -> bool:
        """A past participle qualifying a noun, with no auxiliary (``une annonce jugée``, ``une ouverture saluée``)."""
        return (
            token.pos_ in ("VERB", "ADJ")
            and ("Part" in morph(token, "VerbForm") or self._speech_participle_by_form(token))
            and token.head.pos_ in ("NOUN", "PROPN")
            and not any(self.lex.is_aux(c) for c in token.children)
        )

    def _speech_participle_by_form(self, token: Token) -> bool:
        """A speech verb's past participle the tagger calls a bare adjective (``une somme jugée``): its written
        ending and a speech verb's stem say what its features do not."""
        form = token.text.lower()
        return form.endswith(self.lex.participle_endings) and bool(
            self.lex.lemma_guesses(fold(form), fold(token.lemma_)) & self.lex.speech_verbs
        )

    def participle_agent(self, quote: QuoteSpan) -> Found:
        """``Une annonce jugée « très insuffisante » par X``, ``un texte qualifié de « … » par X``: a past
        participle on a noun right before the quote whose agent comes after it judged the words, so the agent
        said them."""
        before = [t for t in self.tokens(self.sentence_start(quote.open), quote.open) if not t.is_punct]
        for verb in reversed(before[-3:]):
            if not self._noun_participle(verb):
                continue  # ``a demandé à être reçu « … » par le groupe``: the main verb's subject speaks
            agent = self._agent(verb)
            if agent is not None and agent[0] > quote.end:
                return agent
            after = self.tokens(quote.close + 1, self.sentence_end(quote.close + 1)) if quote.closed else []
            if after and fold(after[0].text) in self.lex.agent_prepositions:
                return self.noun_phrase_at(after[0].i + 1)  # the parser hung ``par X`` on the noun
        return self._participle_after(quote)

    def _participle_after(self, quote: QuoteSpan) -> Found:
        """``La « paralysie totale » décrétée par X``, ``les « mesures fortes » annoncées lundi par le ministre``:
        a past participle of a speech or decree verb right after the quoted words, then its agent: the agent set
        those words. Another participle (``la « grève » suivie par 80 % des agents``) names no speaker."""
        if not quote.closed:
            return None
        after = self.tokens(quote.close + 1, self.sentence_end(quote.close + 1))
        if not after or "Part" not in morph(after[0], "VerbForm"):
            return None
        verb = after[0]
        lemma = fold(verb.lemma_)
        if not (self.is_speech_verb(verb, any_pos=True) or lemma in self.lex.decree_verbs):
            return None
        k = verb.i + 1
        while k < len(self.doc) and (self.doc[k].pos_ == "ADV" or k in self._timex_tokens):
            k += 1
        if k + 1 >= len(self.doc) or fold(self.doc[k].text) not in self.lex.agent_prepositions:
            return None
        return self.noun_phrase_at(k + 1)

    def stressed_aside(self, quote: QuoteSpan) -> Found:
        """``La Coordination rurale parle, elle, d'« une vingtaine » de blessés``: a stressed pronoun between commas
        right after a word repeats the subject written before that word, its verb (the parser, thrown by the aside,
        often reads the verb as a noun or an adverb): that subject speaks the words quoted after it."""
        start = self.sentence_start(quote.open)
        words = [t for t in self.tokens(start, quote.open) if not t.is_space]
        for k in range(1, len(words) - 3):
            if not words[k].is_punct and before_stressed_aside(words[k], self.lex.stressed_pronouns):
                subject = words[:k]
                if not subject or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in subject):
                    return None  # only a plain noun phrase opening the sentence is that subject
                found = self.span_of(subject[0].i, subject[-1].i + 1)
                return found if self._is_agent(found) else None
        return None

    def incise_over_mind(self, quote: QuoteSpan) -> Found:
        """``Les autorités espèrent que … « revitaliser » …, a indiqué la ministre X``: quoted words inside what
        someone hopes or believes (a verb of :data:`MIND_VERBS` and ``que`` before the quote) are the words of
        whoever the incise ending the sentence names, the one telling it, not of the subject of the hope."""
        start = self.sentence_start(quote.open)
        words = self.tokens(start, quote.open)
        if not any(
            self.lex.lemma_guesses(fold(t.text), fold(t.lemma_)) & self.lex.mind_verbs and self._has_que_after(t)
            for t in words
        ):
            return None
        return self.final_incise(quote)

    def final_incise(self, quote: QuoteSpan) -> Found:
        """The incise that ends the quote's sentence (``…, a indiqué X.``)."""
        end = self.sentence_end(quote.close + 1 if quote.closed else quote.end)
        following = self.tokens(quote.close + 1, end)
        for token in following:
            if token.text == "," and token.i + 1 < len(self.doc):
                # Right after another closing mark (``La commune « … » et le préfet « … », a indiqué X …``),
                # the incise is as sure as one right after this quote's own mark.
                after_quote = self.text[: token.idx].rstrip()[-1:] in _QUOTE_MARKS
                if not after_quote and self._subject_before_comma(token, quote):
                    continue
                found = self.incise(token.i + 1, quote_end=None, strict=not after_quote)
                if found is None:
                    found = self._last_clause_incise(token.i + 1, end)
                if found is not None:
                    return found
        return None

    def _subject_before_comma(self, comma: Token, quote: QuoteSpan) -> bool:
        """Whether the verb after ``comma`` has a subject of its own between the quote and the comma (``« … » Le
        président du conseil, X, a annoncé la nouvelle vendredi``): a sentence of its own, not an incise, whose
        object after the verb is no speaker."""
        verb = next((t for t in self.doc[comma.i + 1 : comma.i + 4] if t.pos_ == "VERB"), None)
        if verb is None:
            return False
        return any(
            c.dep_ in SUBJECT_DEPS and quote.close < c.idx < comma.idx and c.pos_ in ("NOUN", "PROPN")
            for c in verb.children
        )

    def _last_clause_incise(self, i: int, end: int) -> Found:
        """``…, a indiqué jeudi la secrétaire à l'Intérieur (Environnement), Gale Norton.``: an incise that runs
        to the end of its sentence with no other verb after its subject is one, however long the subject's
        complements and appositions."""
        found = self.incise(i, quote_end=None, strict=False)
        if not isinstance(found, tuple):
            return None
        rest = self.tokens(found[1], end, unquoted=False)
        return None if any(t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_MARKS for t in rest) else found

    def _with_final_name(self, found: tuple[int, int]) -> tuple[int, int]:
        """An incise's subject, widened to the person's name that ends its sentence after complements and
        appositions with no verb between (``la secrétaire à l'Intérieur (Environnement), Gale Norton.``):
        the title is that person."""
        end = self.sentence_end(found[1])
        rest = self.tokens(found[1], end, unquoted=False)
        if any(t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_MARKS or "\n" in t.text for t in rest):
            return found
        words = [t for t in rest if not t.is_punct]
        if not words or words[-1].i not in self._persons[1]:
            return found
        name_start = min((t for t in words if t.i in self._persons[1]), key=lambda t: t.i).i
        while name_start - 1 in self._persons[1]:
            name_start -= 1
        name_start = self._title_start(name_start)  # ``…, le capitaine Marc Durand.``: the name with its rank
        if self.doc[name_start - 1].text != "," or any(t.i in self._persons[1] for t in self.tokens(*found)):
            return found  # only a name set off as the apposition of a title that names no one itself
        return found[0], words[-1].idx + len(words[-1].text)

    def _colon_before(self, quote: QuoteSpan) -> int | None:
        """The offset of a colon right before the quote's opening mark (spaces between), or ``None``."""
        j = quote.open - 1
        while j >= 0 and self.text[j].isspace():
            j -= 1
        return j if j >= 0 and self.text[j] == ":" else None

    def colon(self, quote: QuoteSpan) -> Found:
        """``Le ministre : « … »``: a short label without a verb before a colon."""
        j = self._colon_before(quote)
        if j is None:
            return None
        words = self.tokens(self.sentence_start(j), j)
        if words and (agent := self._participle_agent_label(words)) is not None:
            return agent
        if not words or len(words) > 10 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return None
        possessor = self._possessor(words)
        if possessor is not None:
            return possessor
        if self._topic_label(words):
            return None
        if self._place_rubric(words):
            return None
        return words[0].idx, words[-1].idx + len(words[-1].text)

    def _participle_agent_label(self, words: list[Token]) -> tuple[int, int] | None:
        """``Un chiffre contesté par l'avocat du groupe, X : « … »``: a label without a finite verb whose
        participle of speech has an agent; the agent is who answers with the quoted words."""
        if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and "Part" not in morph(t, "VerbForm")) for t in words):
            return None
        for token in words:
            if token.pos_ == "VERB" and self.is_speech_verb(token, any_pos=True):
                found = self._agent(token)
                if found is not None and self._is_agent(found):
                    return self._with_final_name(found) if found[1] < words[-1].idx + len(words[-1].text) else found
        return None

    def headline_subject(self, quote: QuoteSpan) -> Found:
        """``Kenya : « Je ne signerai pas ce texte », le président Korir retire le projet``: in a line that opens on
        the quote (past a rubric and its colon) and has no stop before it, the subject set after the quote's comma
        is who said it: a headline quotes its subject before naming them."""
        text = self.text
        line_start = text.rfind("\n", 0, quote.open) + 1
        before = text[line_start : quote.open]
        if any(mark in before for mark in ".!?«»") or (before.strip() and not before.rstrip().endswith(":")):
            return None
        if not quote.closed or not text[quote.close + 1 : quote.close + 3].lstrip(" ").startswith(","):
            return None
        i = self.token_at(text.index(",", quote.close) + 1)
        found = self.noun_phrase_at(i)
        if found is None or "\n" in text[quote.close : found[1]]:
            return None
        span = range(self.token_at(found[0]), self.token_at(found[1]))
        roots = [self.doc[k] for k in span if self.doc[k].head.i not in span]
        # (a title and its holder's name are often two subjects of the verb to the parser)
        if not roots or any(r.dep_ not in SUBJECT_DEPS or r.head.i != roots[0].head.i for r in roots):
            return None
        verb = roots[0].head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < roots[0].i:
            return None
        return found if self._is_agent(found) else None

    def _place_rubric(self, words: list[Token]) -> bool:
        """Whether a label before a colon opening its line is only a place (``Kenya : « Je ne signerai pas »,
        le président …``): a headline's rubric says where, and the words are someone's the headline or body names."""
        first = words[0]
        opens_line = not self.text[self.text.rfind("\n", 0, first.idx) + 1 : first.idx].strip()
        return opens_line and all(t.i in self._entity_tokens and self._in_place(t) for t in words if not t.is_punct)

    def _topic_label(self, words: list[Token]) -> bool:
        """Whether a headline's label before the colon names what happened, not who speaks: a common noun
        without an article, then a complement (``Grève à la SNCF : « … »``, ``Naufrage au sud de la Crète :
        « … »``), the noun no one (a ``Ministre de l'Intérieur`` is someone) nor words (``Réponse de l'opposition``).
        The body's speaker is asked."""
        first = words[0]
        if len(words) < 2 or not any(t.pos_ == "ADP" for t in words[1:]):
            return False
        if self.lex.event_name.match(first.text):
            return True  # ``Naufrage au sud de X``: what happened, even where the tagger and recognizer read a name
        if first.pos_ != "NOUN":
            return False
        if {fold(first.text), fold(first.lemma_)} & self.lex.speech_nouns:
            return False  # ``Réponse cinglante de l'opposition : « … »``: words, whose owner the label names
        head = (first.idx, first.idx + len(first.text))
        return not self._is_agent(head)

    def _possessor(self, words: list[Token]) -> Found:
        """``Son credo``, ``Sa réponse``, ``Leur mot d'ordre``: a possessive on a noun for what someone says or
        holds (:data:`SPEECH_NOUNS`) names its owner as the speaker (the possessive's span, which coreference
        resolves as a pronoun). ``Son adjoint`` is someone else: ``None``."""
        if len(words) < 2 or fold(words[0].text) not in self.coref.t.possessives:
            return None
        if not ({fold(words[1].text), fold(words[1].lemma_)} & self.lex.speech_nouns):
            return None
        return words[0].idx, words[0].idx + len(words[0].text)

    def copula(self, quote: QuoteSpan) -> Found:
        """``Julie Marchand est « très inquiète »``, ``Sa réponse est « … »``: quoted words that are the predicate of
        ``être`` are the words of its subject when that is someone, or of the owner a possessive gives a
        subject that is not (``Sa réponse``); a thing (``Le bilan est « lourd »``) names no one."""
        i = self.token_at(quote.open) - 1
        while i >= 0 and self.doc[i].pos_ == "ADV":
            i -= 1
        if i < 0 or self.doc[i].dep_ != "cop" or self.coref.is_quoted(self.doc[i].idx):
            return None
        predicate = self.doc[i].head
        # The parser hangs the subject on the predicate, or on ``est`` itself when the predicate is a clause.
        subjects = [c for t in (predicate, self.doc[i]) for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < i]
        if not subjects or self.coref.is_quoted(subjects[-1].idx):
            return None
        subject = subjects[-1]
        start, end = noun_phrase(subject)
        words = [t for t in self.doc[start:end] if not t.is_punct]
        possessor = self._possessor(words)
        if possessor is not None:
            return possessor
        found = self.span_of(start, end) if subject.pos_ != "PRON" else (subject.idx, subject.idx + len(subject.text))
        return found if self._is_agent(found) else None

    def previous_sentence(self, quote: QuoteSpan) -> Found:
        """Reported speech going on: a scare quote in a sentence right after ``X a déclaré que …`` in the
        same paragraph is X's word (``L'administration a déclaré que … Cependant, d'autres « bandits »…``);
        so is a whole sentence quoted there (``X a fait savoir qu'il … . « … »``)."""
        start = self.sentence_start(quote.open)
        if start == 0 or self.text[start - 1] == "\n":
            return None
        prev_start = self.sentence_start(start - 1)
        words = self.tokens(prev_start, start)
        if any(self.is_speech_verb(t) for t in self.tokens(start, quote.open)):
            return None
        for token in reversed(words):
            # The reported clause hangs on the verb, or on the infinitive of its phrase (``fait savoir que``).
            verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
            if self.is_speech_verb(token) and (
                self._has_que_after(token)
                or self._colon_after(token)
                or any(c.dep_ == "ccomp" for v in verbs for c in v.children)
            ):
                found = self.subject(token)
                if found is not None:
                    return found
        return self._source_going_on(words)

    def _source_going_on(self, words: list[Token]) -> Found:
        """A source's account going on: a scare quote in the sentence right after one that opens on ``Selon X,``
        / ``D'après X,`` in the same paragraph is X's word (``Selon le communiqué de l'armée, six soldats ont
        péri. Trois assaillants ont été « neutralisés ».``): news gives a statement's points one sentence each."""
        opening = next((t for t in words if not (t.is_punct or t.is_space)), None)
        if opening is None:
            return None
        prep = opening
        if fold(opening.text) in self.lex.attribution_words.values() and opening.i + 1 < len(self.doc):
            prep = self.doc[opening.i + 1]  # ``D'après``: the preposition after its elided ``d'``
        if fold(prep.text) not in self.lex.attribution_words or not self._attribution_prep(prep):
            return None
        return self._after_preposition(prep)

    def previous_speaker(self, quote: QuoteSpan) -> Found:
        """A quote in a sentence about a thing (``Le déficit doit être réduit « … »``, ``Mais les données
        montrent que « … »``) right after a sentence in which someone speaks (``X a mis en garde le gouvernement``,
        ``…, a-t-elle précisé``), in the same paragraph: the briefing goes on, the words are that speaker's."""
        start = self.sentence_start(quote.open)
        if start == 0 or self.text[start - 1] == "\n" or self._has_agent_subject(start, quote.open):
            return None
        if any(self.is_speech_verb(t) for t in self.tokens(start, quote.open)):
            return None
        return self._last_speaker_in(self.sentence_start(start - 1), start)

    def paragraph_before(self, quote: QuoteSpan) -> Found:
        """A paragraph that is only a quote, after a paragraph whose last sentence has someone speak (``…, a
        précisé le ministre, X, qui a défendu son action.`` then ``« Nous avons ouvert … »``): news sets the
        words apart from the sentence that introduces their speaker; they are that speaker's."""
        line_start = self.text.rfind("\n", 0, quote.open) + 1
        line_end = self.text.find("\n", quote.open)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start : quote.open].strip() or any(
            ch.isalnum() and not self.coref.is_quoted(i)
            for i, ch in enumerate(self.text[quote.end : line_end], quote.end)
        ):
            return None
        end = line_start - 1
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end <= 0:
            return None
        return self._last_speaker_in(self.sentence_start(end - 1), end)

    def _last_speaker_in(self, start: int, end: int) -> Found:
        """The subject of the last speech verb between characters ``start`` and ``end`` when it is someone."""
        for token in reversed(self.tokens(start, end)):
            if not self.is_speech_verb(token, incise=True, any_pos=self.lex.is_aux(self.doc[token.i - 1])):
                continue
            found = self.subject(token)
            if not (isinstance(found, tuple) and self._is_agent(found)) and self._in_incise(token):
                # ``Les résultats arriveront en mai, a précisé la pédiatre X.``: the parse took the thing before the
                # incise for its subject; the incise names its own after the verb
                found = self.incise(self._incise_start(token), quote_end=None)
            if isinstance(found, tuple) and self._is_agent(found):
                return found
            return None
        return None

    def _has_agent_subject(self, start: int, end: int) -> bool:
        """Whether a verb between characters ``start`` and ``end`` has a subject that is someone."""
        for token in self.tokens(start, end):
            if token.dep_ not in SUBJECT_DEPS:
                continue
            span = (token.idx, token.idx + len(token.text))
            if token.pos_ != "PRON":
                span = self.span_of(*noun_phrase(token))
            if self._is_agent(span):
                return True
        return False

    def subjectless(self, quote: QuoteSpan) -> bool:
        """Whether the quote's sentence has no subject of its own and follows another in its paragraph: led by
        a participle or an infinitive (``Mais plaidant aussi pour une « … »``, ``Et de dénoncer la « … »``) or
        without a verb (``Avec en corollaire la création d'une « … »``). Such a sentence goes on with the
        subject of the one before: news elides it."""
        start = self.sentence_start(quote.open)
        end = self.sentence_end(quote.end)
        # The clause holding the quote: up to a colon or semicolon after it (``Et de dénoncer la « … » :
        # actuellement, la taxe …`` says more in a clause of its own).
        stop = re.search(r"[:;]", self.text[quote.end : end])
        words = [t for t in self.tokens(start, quote.end + stop.start() if stop else end) if not t.is_punct]
        if not words or start == 0:
            return False
        if self.text[start - 1] == "\n" and fold(words[0].text) not in self.lex.continuing_openers:
            return False
        roots = _clause_roots(words)
        if not roots:
            return False
        root = roots[0]
        if any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return False
        if root.pos_ in ("VERB", "AUX"):
            return carries_subject_over(root)
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm") for t in words)

    def previous_subject(self, quote: QuoteSpan) -> Found:
        """The subject of the main verb of the sentence before the quote's, when that is someone."""
        start = self.sentence_start(quote.open)
        return self._sentence_subject(self.previous_sentence_start(start), start)

    def anaphoric_source(self, found: Found) -> str | None:
        """Whether a cue's words only take up a source cited before: ``same`` for ``la même source``,
        ``demonstrative`` for ``cet officier`` (a demonstrative on a noun), else ``None``."""
        if not isinstance(found, tuple):
            return None
        words = self.tokens(*found)
        if not words:
            return None
        if fold(" ".join(t.text for t in words)).endswith(self.lex.same_source):
            return "same"
        if fold(words[0].text) in self.lex.demonstratives and len(words) >= 2 and words[1].pos_ == "NOUN":
            return "demonstrative"
        return None

    def latest_source(self, offset: int, sentences: int) -> tuple[int, int] | None:
        """Who the ``sentences`` sentences before the one at ``offset`` last report as speaking (``selon X``, a
        speech verb's subject or an incise's): the one ``la même source`` or ``cet officier`` takes up."""
        start = self.sentence_start(offset)
        for _ in range(sentences):
            if start == 0:
                return None
            previous = self.previous_sentence_start(start)
            found = self._source_in(previous, start)
            if found is not None:
                return found
            start = previous
        return None

    def _source_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The last someone the sentence ``[start, end)`` reports as speaking, itself no mere take-up."""
        for token in reversed(self.tokens(start, end)):
            found: Found = None
            if fold(token.text) in self.lex.attribution_words and self._attribution_prep(token):
                found = self._after_preposition(token)
            elif self.is_speech_verb(token, incise=True, any_pos=self._after_auxiliary(token)):
                if self._in_incise(token):
                    found = self.incise(self._incise_start(token), quote_end=None, strict=False)
                if not (isinstance(found, tuple) and self._is_agent(found)):
                    found = self.subject(token)
            if isinstance(found, tuple) and self._is_agent(found) and self.anaphoric_source(found) is None:
                return found
        return None

    def _after_auxiliary(self, token: Token) -> bool:
        """Whether an auxiliary comes right before ``token``: a verb then, whatever the tagger says."""
        return token.i > 0 and self.lex.is_aux(self.doc[token.i - 1])

    def _sentence_subject(self, start: int, end: int) -> Found:
        """The subject of the main verb of the sentence ``[start, end)``, when that is someone."""
        words = [t for t in self.tokens(start, end) if not t.is_punct]
        if not words:
            return None
        for root in _clause_roots(words):
            if root.pos_ not in _PREDICATE_POS:
                continue
            found = self._own_subject(root, agent=True)
            if isinstance(found, tuple) and self._is_agent(found):
                return found
            return None
        return None

    def reporting_sentence(self, quote: QuoteSpan) -> Found:
        """A quote opening its sentence right after one that ends on its speech verb, with nothing
        reported after the verb (``Paul Girard, le gardien du refuge, confirme. « … »``): that verb's subject."""
        start = self.sentence_start(quote.open)
        if self.text[start : quote.open].strip() or start == 0 or self.text[start - 1] == "\n":
            return None
        words = [t for t in self.tokens(self.sentence_start(start - 1), start) if not t.is_punct]
        if not words or not self.is_speech_verb(words[-1], any_pos=True):
            return None
        return self.subject(words[-1])

    def portrayed(self, quote: QuoteSpan) -> Found:
        """A quote opening its sentence with no cue, right after a sentence of its paragraph whose subject is a
        person named there doing something (``Dans sa cuisine, Marta Lopez montre la trace de l'eau sur le mur.
        « Elle est montée en dix minutes. »``): a reportage shows the witness, then gives their words. Not when
        that sentence quotes someone already, nor when its verb is passive (``X a été blessé.``: the words that
        follow are someone else's about X)."""
        start = self.sentence_start(quote.open)
        if self.text[start : quote.open].strip() or start == 0 or self.text[start - 1] == "\n":
            return None
        previous = self.sentence_start(start - 1)
        if any(self.coref.is_quoted(i) for i in range(previous, start)):
            return None
        words = [t for t in self.tokens(previous, start) if not t.is_punct]
        roots = [t for t in _clause_roots(words)[:1] if t.pos_ == "VERB" and not self._passive(t)]
        for root in roots:
            found = self._own_subject(root, agent=False)
            if isinstance(found, tuple) and any(t.i in self._persons[1] for t in self.tokens(*found)):
                return found
            if isinstance(found, tuple) and self._ordinary_witness(found):
                # ``la mère d'un jeune homme tué ne décolère pas. « … »``: a witness the article does not name
                return found
        # the parser lost the sentence's root in a long frame before it (``Dans la rue principale de Santa Olalla,
        # couverte de boue, X montre …``): a person's name followed by its active verb
        ends, _tokens = self._persons
        for first in (t.i for t in words if t.i in ends):
            after = self._past_apposition(ends[first], start)
            verb = self.doc[after] if after < len(self.doc) else None
            if verb is not None and verb.pos_ == "VERB" and not self._passive(verb):
                return self.span_of(first, ends[first])
        return None

    def _past_apposition(self, i: int, limit: int) -> int:
        """The token after the apposition set off by commas at token ``i`` (``X, soudeur depuis vingt ans, attend``),
        or ``i`` when none starts there: what describes a name does not part it from its verb."""
        doc = self.doc
        if i >= len(doc) or doc[i].text != ",":
            return i
        for k in range(i + 1, min(i + 10, len(doc))):
            if doc[k].idx >= limit or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in _QUOTE_MARKS:
                return i
            if doc[k].text == ",":
                return k + 1 if k > i + 1 else i
        return i

    def _ordinary_witness(self, found: tuple[int, int]) -> bool:
        """Whether ``found`` describes one ordinary person with a definite or indefinite article (``la mère d'un
        jeune homme tué``, ``une habitante du quartier``): the witness a reportage shows before giving their
        words, though it never names them."""
        words = self.tokens(*found)
        if not words or words[0].pos_ != "DET":
            return False
        head = next((t for t in words if t.head.i == t.i or not words[0].i <= t.head.i <= words[-1].i), words[-1])
        kinds = self.coref.t.person_kinds
        return "Sing" in morph(head, "Number") and (fold(head.lemma_) in kinds or fold(head.text) in kinds)

    def governor(self, quote: QuoteSpan) -> Found:
        """A partial quote with no reporting cue at all: whoever does the verb the quoted words hang on, when
        that is a person or a body (``Julie Marchand rejette « le catastrophisme »``, ``X oppose sa volonté
        de rester « une femme libre »``, ``…, rejetant le terme de « populisme »``): a few words quoted in a
        sentence about someone's stance are that someone's words, or the framing the sentence lends them.
        Not a thing or an event (``Les prix ont « explosé »``): no one is named, the quote stays without."""
        inside = self.tokens(quote.start, quote.end, unquoted=False)
        if not inside:
            return None
        j = self.token_at(quote.open) - 1
        while j >= 0 and self.doc[j].pos_ == "DET":
            j -= 1
        if 0 <= j < self.token_at(quote.open) - 1 and self.doc[j].text == ",":
            # ``Ils ont voté pour lui, une « évidence »``: a noun phrase set off by a comma, the writer's comment
            # (a quoted relative clause after a comma, ``…, « qui organisent … »``, is still the subject's words)
            return None
        sentence = self.sentence_start(quote.open)
        current = inside[0]
        for _ in range(12):
            if current.head.i == current.i:
                return None
            current = current.head
            if current.idx < sentence:
                return None
            if quote.start <= current.idx < quote.end or (
                current.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(current)
            ):
                continue
            reporter = self._reporting_verb_above(current)
            if reporter is not None:
                # ``X affirme que ses combattants ont tué « … »``: the words are X's, not the clause's subject's
                found = self.subject(reporter)
                if found is None:
                    return self._name_before_verb(reporter)
                return found if isinstance(found, tuple) and self._is_agent(found) else None
            found = self.subject(current) or self._inverted_clitic(current)
            if found is None and self._present_participle_adjunct(current):
                continue  # ``…, y affirme-t-il, accusant des « … »``: who does the verb it hangs on speaks
            if found is None and "Fin" in morph(current, "VerbForm"):
                # ``Le mouvement X (Lucha) accuse les autorités de « minimiser »``: a finite verb the parser left
                # without its subject has the name written right before it
                found = self._name_before_verb(current)
            return found if isinstance(found, tuple) and self._is_agent(found) else None
        return None

    def _inverted_clitic(self, verb: Token) -> Found:
        """The subject clitic set after ``verb`` (``affirme-t-il``, ``dit-elle``), which the parser leaves loose."""
        j = self._inverted_clitic_at(verb)
        if j is None:
            return None
        if fold(self.doc[j].text).lstrip("-") in self.lex.impersonal_clitics:
            return NOBODY
        return self.doc[j].idx, self.doc[j].idx + len(self.doc[j].text)

    def _inverted_clitic_at(self, verb: Token) -> int | None:
        """The index of the subject clitic joined by hyphens to ``verb`` (``a-t-il``, ``dit-elle``): among the
        two tokens after it, all hyphen-led (``-t``, ``-il``); ``None`` when there is none."""
        doc = self.doc
        for j in range(verb.i + 1, min(verb.i + 3, len(doc))):
            word = fold(doc[j].text)
            if not word.startswith("-"):
                return None
            if word.lstrip("-") in self.lex.clitics:
                return j
        return None

    @staticmethod
    def _present_participle_adjunct(verb: Token) -> bool:
        """Whether ``verb`` is a present participle with no subject of its own, set beside another verb
        (``…, dénonçant des « … »``): its subject is that verb's."""
        return (
            "Part" in morph(verb, "VerbForm")
            and "Pres" in morph(verb, "Tense")
            and verb.head.i != verb.i
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        )

    def quoted_verb(self, quote: QuoteSpan) -> Found:
        """``X a lui aussi « regretté » l'incident``: the quoted words open on the participle of a verb whose
        auxiliary stands just before the quotation mark (past a stressed pronoun or an adverb); the words are the
        subject's, like those quoted after a speech verb."""
        doc = self.doc
        i = self.token_at(quote.start)
        if i >= len(doc) or doc[i].pos_ not in ("VERB", "ADJ") or "Part" not in morph(doc[i], "VerbForm"):
            return None
        k = i - 1
        while k >= 0 and (doc[k].is_punct and doc[k].idx >= quote.open):
            k -= 1  # the opening mark
        while k >= 0 and (fold(doc[k].text) in self.lex.stressed_pronouns or doc[k].pos_ == "ADV"):
            k -= 1  # ``a lui aussi``, ``a d'ailleurs``
        if k < 0 or not self.lex.is_aux(doc[k]) or self.coref.is_quoted(doc[k].idx):
            return None
        found = self._own_subject(doc[i], agent=False) or self._own_subject(doc[k], agent=False)
        return found if isinstance(found, tuple) and self._is_agent(found) else None

    def chanted(self, quote: QuoteSpan) -> Found:
        """``des manifestants ont défilé aux cris de « … »``: words a crowd chants are said by the subject of the
        verb the chant noun completes, when that subject is someone."""
        j = self.token_at(quote.open) - 1
        if j < 1 or fold(self.doc[j].text) not in self.lex.complement_links:
            return None
        noun = self.doc[j - 1]
        if fold(noun.text) not in self.lex.chant_nouns:
            return None
        verb = noun.head
        sentence = self.sentence_start(quote.open)
        for _ in range(4):
            if (verb.pos_ in ("VERB", "AUX") and not quote.start <= verb.idx < quote.end) or verb.head.i == verb.i:
                break  # a verb of the chant itself (``aux cris de « Les frontières tuent »``) is not the march's
            if verb.idx < sentence:
                break
            verb = verb.head
        # ``Aux cris de « … », des milliers de personnes ont défilé``: a chant set before its clause is the clause's
        fronted = not self.text[sentence : noun.idx].strip(" «\"'").count(" ")
        if fronted and verb.pos_ not in ("VERB", "AUX"):
            # the parser cut the sentence at the chant's ``!``: the clause's verb is the first one with a subject
            after = self.tokens(quote.close + 1, self.sentence_end(quote.close + 1))
            verb = next((t for t in after if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)), verb)
        fronted = fronted and verb.idx > quote.end
        if verb.pos_ not in ("VERB", "AUX") or verb.idx < sentence or (verb.i > noun.i and not fronted):
            return None
        found = self.subject(verb)
        return found if isinstance(found, tuple) and (self._is_agent(found) or self._crowd(found)) else None

    def carried(self, quote: QuoteSpan) -> Found:
        """``derrière une banderole proclamant « … »``, ``en brandissant des pancartes « … »``: words written on
        what a crowd carries are said by the subject of the clause the sign completes (past the verbs of the sign
        and of carrying it), when that subject is someone or a crowd."""
        doc = self.doc
        j = self.token_at(quote.open) - 1
        while j >= 1 and (doc[j].text in (":", ",") or fold(doc[j].lemma_) in self.lex.sign_verbs):
            j -= 1  # ``une banderole proclamant :``
        noun = doc[j] if j >= 0 else None
        if noun is None or not {fold(noun.text), fold(noun.lemma_)} & self.lex.sign_nouns:
            return None
        sentence = self.sentence_start(quote.open)
        verb = noun.head
        for _ in range(5):
            own = verb.pos_ in ("VERB", "AUX") and fold(verb.lemma_) not in self.lex.sign_verbs
            if (own and not quote.start <= verb.idx < quote.end) or verb.head.i == verb.i or verb.idx < sentence:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.idx < sentence or fold(verb.lemma_) in self.lex.sign_verbs:
            return None
        found = self.subject(verb)
        return found if isinstance(found, tuple) and (self._is_agent(found) or self._crowd(found)) else None

    def charged(self, quote: QuoteSpan) -> Found:
        """``Il est poursuivi par le parquet pour « sabotage »``, ``a été salué par le maire pour « son courage »``:
        the words that say why, after ``pour``/``de`` completing a passive verb with its agent, are the agent's
        (the prosecution's charge, the mayor's praise), never its subject's (the accused)."""
        doc = self.doc
        sentence = self.sentence_start(quote.open)
        k = self.token_at(quote.open) - 1
        linked = False
        while k >= 0 and doc[k].idx >= sentence:
            token = doc[k]
            if token.pos_ in ("VERB", "AUX") and not self.coref.is_quoted(token.idx):
                break
            linked = linked or fold(token.text) in self.lex.cause_links
            k -= 1
        if k < 0 or doc[k].idx < sentence or not linked or not self._passive(doc[k]):
            return None
        agent = self._agent(doc[k])
        if agent is None:
            return None
        words = self.tokens(*agent)
        # the parser hangs the reason on the agent (``le parquet pour « … »``): the agent ends before it
        cut = next(
            (
                t
                for t in words[1:]
                if fold(t.text) in self.lex.cause_links
                and (t.i + 1 >= len(doc) or doc[t.i + 1].text in _OPENING_MARKS or doc[t.i + 1].text == '"')
            ),
            None,
        )
        return agent if cut is None or cut.i == words[0].i else self.span_of(words[0].i, cut.i)

    def _crowd(self, found: tuple[int, int]) -> bool:
        """Whether ``found`` is a crowd (``des dizaines de milliers de personnes``), who chant what they march for."""
        nouns = [t for t in self.tokens(*found) if t.pos_ == "NOUN"]
        return bool(nouns) and fold(nouns[-1].text) in self.lex.crowd_nouns  # the counted noun ends the phrase

    def _reporting_verb_above(self, verb: Token) -> Token | None:
        """The speech verb whose ``que`` clause ``verb`` heads (``affirme que … ont tué``), outside quotes and in
        the same sentence, if any."""
        head = verb.head
        if (
            head.i == verb.i
            or verb.dep_ != "ccomp"
            or head.i > verb.i
            or self.coref.is_quoted(head.idx)
            or head.idx < self.sentence_start(verb.idx)
            or not self.is_speech_verb(head)
        ):
            return None
        return head

    def _name_before_verb(self, verb: Token) -> tuple[int, int] | None:
        """The name written right before ``verb``, past an acronym in brackets (``la Jama'at Nusrat al-Islam
        (JNIM) affirme``): the subject of a speech verb the parser left without one, a foreign name it
        misread."""
        j = verb.i - 1
        if j >= 2 and self.doc[j].text == ")" and self.doc[j - 2].text == "(":
            j -= 3
        if j < 0 or j not in self._entity_tokens:
            return None  # only a name: a common noun there is the parser's own subject, which it did not find
        return self._name_ending_at(j)

    def _common_words(self, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are a common noun phrase (no pronoun, no capitalized word after the first):
        a thing the tagger cannot have missed a name in."""
        words = self.tokens(*span)
        return (
            bool(words)
            and all(t.pos_ != "PRON" and not t.text[:1].isupper() for t in words[1:])
            and (words[0].pos_ in ("DET", "NOUN"))
        )

    def _is_agent(self, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are someone: a person's or a body's name, a description of a person,
        of people or of a body (``le ministre``, ``les rebelles``, ``le syndicat``), or a personal pronoun
        (which coreference then resolves)."""
        words = self.tokens(*span)
        if not words:
            return False
        if any(t.i in self._name_tokens() for t in words):
            return True
        heads = [t for t in words if not (words[0].i <= t.head.i <= words[-1].i) or t.head.i == t.i]
        head = self._counted_head(heads[0] if heads else words[-1])
        if self._unrecognized_name(words) or self._named_after_place(words):
            return True  # a bare name the recognizer missed (``Météo-France a placé …``) is someone or a body
        if head.pos_ == "PRON":
            if head.dep_.startswith("expl") and (
                head.dep_ != "expl:subj" or fold(head.head.lemma_) in self.lex.impersonal_verbs
            ):
                return False  # ``Il s'agit de « … »``: impersonal; ``Il s'engage à …`` is the tagger's slip
            # The tagger often leaves ``PronType`` out (``elle``): the language's personal pronouns say it.
            word = fold(head.text).lstrip("-").removeprefix("t-")
            if word in self.coref.t.pronouns:
                return True  # ``a-t-elle lancé``: an inverted clitic, whatever the tagger says of it
            personal = "Prs" in morph(head, "PronType")
            return personal and "3" in morph(head, "Person")
        if self._compound(head) in self.lex.institution_nouns | self.coref.t.org_nouns | self.coref.t.role_nouns:
            return True  # ``l'état-major``, which the tokenizer cuts into ``état`` ``-`` ``major``
        return self.coref.is_agent_description(words[0].i, words[-1].i + 1, head)

    def _without_participle_place(self, words: list[Token]) -> list[Token]:
        """``words`` up to the place that completes a participle in them (``un canot basé`` of ``un canot basé à
        Roscoff``): what the phrase is, without where."""
        for k, token in enumerate(words):
            if k and self._participle_place_end(token.i) is not None:
                return words[:k]
        return words

    def _counted_head(self, head: Token) -> Token:
        """The noun a count word counts (``plusieurs centaines de manifestants``: the demonstrators), who are the
        agents; ``head`` itself otherwise."""
        if fold(head.text) not in self.coref.t.counts and fold(head.lemma_) not in self.coref.t.counts:
            return head
        counted = next((c for c in head.children if c.i > head.i and c.pos_ == "NOUN" and c.dep_ == "nmod"), None)
        return counted if counted is not None else head

    def _compound(self, token: Token) -> str:
        """The folded hyphenated word ``token`` begins (``état-major``): the tokenizer splits it, and its first
        piece alone (``état``) is another word than the body the whole one names."""
        end = past_hyphen_compound(self.doc, token.i + 1)
        return fold(self.doc[token.i : end].text)

    def inanimate(self, found: Found) -> bool:
        """Whether a cue's span is a thing, not someone (``un hélicoptère``, ``ces découvertes``, the adverbial
        ``y``): a speaker is a person, a body or a role, so such a cue found no speaker and the next cue (the
        speech verb's own subject, the speaker before) is asked instead."""
        if not isinstance(found, tuple) or self._is_agent(found) or self._crowd(found):
            return False  # ``les cortèges`` are people marching
        words = self.tokens(*found)
        if not words:
            return False
        heads = [t for t in words if not (words[0].i <= t.head.i <= words[-1].i) or t.head.i == t.i]
        head = heads[0] if heads else words[-1]
        if head.pos_ == "PRON":
            return fold(head.text) in self.lex.thing_pronouns
        words = self._without_participle_place(words)  # ``un canot basé à Roscoff``: the place says where
        if head.pos_ != "NOUN" or head.text[:1].isupper() or any(t.pos_ == "PROPN" for t in words):
            return False  # a name, or a noun the tagger doubts: not surely a thing
        if {fold(head.text), fold(head.lemma_)} & self.lex.word_carriers or any(
            t.i in self._entity_tokens for t in words
        ):
            return False  # ``le rapport de l'institut``: its author's words, which the attribution finds
        before = self.doc[max(0, words[0].i - 2) : words[0].i]
        if any(fold(t.text) in self.lex.attribution_words for t in before):
            return False  # ``Selon la délibération adoptée lundi``: a source the article cites
        # every noun of the span, not only the head the tagger chose (``Le leader danois``: ``danois``)
        for token in [head, *(t for t in words if t.pos_ in ("NOUN", "ADJ") and t.i != head.i)]:
            word = fold(token.text).rstrip("sx")
            if {fold(token.text), fold(token.lemma_)} & self.lex.word_carriers:
                return False  # ``un jeune docker``: ``jeune`` says someone, whatever noun follows
            if word in self.coref.t.epicene or fold(token.lemma_) in self.coref.t.epicene:
                return False  # ``ses anciens collègues``: a noun for people of either gender
            last = word.split("-")[-1]
            if last in self.coref.t.animate | self.coref.t.titles | self.coref.t.role_nouns:
                return False  # ``l'ex-élu``: a prefixed title is still someone
            if word.endswith(self.lex.person_endings):
                return False
        return True

    def _unrecognized_name(self, words: list[Token]) -> bool:
        """Whether ``words`` are a bare proper name (capitalized, no determiner) that the recognizer did not
        mark at all: a place it did mark (``Moscou ne tolèrera pas``) stays a place."""
        return (
            words[0].pos_ in ("PROPN", "NOUN")
            and words[0].text[:1].isupper()
            and any(t.pos_ == "PROPN" for t in words)
            and not any(t.i in self._entity_tokens for t in words)
        )

    def _named_after_place(self, words: list[Token]) -> bool:
        """Whether ``words`` are a capitalized noun without determiner followed by a place's name (``Météo
        Madagascar``, ``Radio Lorraine``): a body named after the place it serves, which the recognizer often
        reduces to the place alone."""
        if len(words) < 2 or words[0].pos_ not in ("NOUN", "PROPN") or not words[0].text[:1].isupper():
            return False
        if words[0].i in self._entity_tokens or words[0].i in self._timex_tokens:
            return False
        rest = words[1:]
        return all(t.i in self._entity_tokens and self._in_place(t) for t in rest)

    @cached_property
    def _entity_tokens(self) -> set[int]:
        """Tokens of every name the recognizer found, whatever its type."""
        tokens: set[int] = set()
        for entity in self.parsed.analysis.entities:
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is not None:
                tokens.update(t.i for t in span)
        return tokens

    # -- building blocks --------------------------------------------------------------------------

    def _verb_tagged_noun(self, token: Token) -> bool:
        """A speech verb's form the tagger calls a noun, proved a verb by the ``que`` after it and by no
        determiner before it: ``le président du syndicat juge que …`` (not ``le juge que …``). Not a past
        participle's form, which qualifies the noun before it (``un rapport détaillé « … »``)."""
        doc = self.doc
        return (
            token.pos_ in ("NOUN", "ADJ")
            and not (token.pos_ == "ADJ" and token.lower_.endswith(self.lex.participle_endings))
            and token.i + 1 < len(doc)
            # ``la Cour des comptes juge « alarmante » la situation``: an opening mark proves the verb as ``que`` does,
            # also after the object it qualifies (``le sénateur du Finistère juge le texte « timoré »``)
            and (doc[token.i + 1].lower_ in self.lex.complementizers or self._object_then_quote(token.i + 1))
            and (before := self._subject_end(token.i)) > 0
            and doc[before - 1].pos_ in ("NOUN", "PROPN", "ADJ")
            and self.is_speech_verb(token, any_pos=True)
        )

    def _subject_end(self, i: int) -> int:
        """Where the subject of the verb form at token ``i`` ends: before an aside set off by commas, then before
        the acronym the name gives in parentheses (``La Fédération des taxis (FNT), à l'origine de l'appel,``)."""
        end = self._past_restating_pronoun(i)
        doc = self.doc
        if end < 3 or doc[end - 1].text != ")":
            return end
        for k in range(end - 2, max(0, end - 5), -1):
            if doc[k].text == "(":
                return k
        return end

    def _past_restating_pronoun(self, i: int) -> int:
        """Token ``i``, or where a short aside set off by commas before it starts (``L'Unsa ferroviaire, elle,
        juge``, ``L'association X, à l'inverse, parle``, ``Le syndicat, à l'origine de l'appel, revendique``): the
        subject ends before that."""
        doc = self.doc
        if i < 3 or doc[i - 1].text != ",":
            return i
        for k in range(i - 2, max(0, i - _ASIDE_WINDOW), -1):
            if doc[k].text == ",":
                return k if k < i - 1 else i
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or self.coref.is_quoted(doc[k].idx):
                return i
        return i

    def _object_then_quote(self, i: int) -> bool:
        """Whether an opening quotation mark stands at token ``i`` or right after a short object starting there
        (a determiner, then nouns and adjectives): ``juge [le texte] « timoré »``, also past an adverb
        (``juge désormais le risque « grave »``), and with a straight double quote opening the words."""
        doc = self.doc
        while i < len(doc) and doc[i].pos_ == "ADV" and not doc[i].is_punct:
            i += 1
        if i < len(doc) and self._opening_mark(i):
            return True
        if i + 1 < len(doc) and doc[i].pos_ in ("ADP", "DET") and self._opening_mark(i + 1):
            return True  # ``parle d'« une occasion manquée »``
        if i >= len(doc) or doc[i].pos_ != "DET":
            return False
        for k in range(i + 1, min(len(doc), i + 5)):
            if self._opening_mark(k):
                return k > i + 1
            if doc[k].pos_ not in ("NOUN", "ADJ", "PROPN"):
                return False
        return False

    def _opening_mark(self, k: int) -> bool:
        """Whether token ``k`` opens quoted words: a guillemet, or a straight double quote (which opens and
        closes alike) followed by words inside a quote."""
        doc = self.doc
        if doc[k].text in _OPENING_MARKS:
            return True
        return doc[k].text == '"' and k + 1 < len(doc) and self.coref.is_quoted(doc[k + 1].idx)

    def _noun_phrase_before(self, i: int) -> tuple[int, int] | None:
        """The noun phrase ending right before token ``i``, past its trailing adjectives."""
        j = i - 1
        while j >= 0 and self.doc[j].pos_ == "ADJ":
            j -= 1
        if j < 0 or self.coref.is_quoted(self.doc[j].idx):
            return None
        found = self.np_ending_at(j)
        if found is None:
            return None
        last = self.doc[i - 1]
        return found[0], max(found[1], last.idx + len(last.text))

    def _colon_after(self, verb: Token) -> bool:
        """``X explique le danger : si …``: the verb's words follow a colon a few words on, before any other
        punctuation (reported speech going on, as after ``que``)."""
        for i in range(verb.i + 1, min(len(self.doc), verb.i + 8)):
            if self.doc[i].is_punct:
                return self.doc[i].text == ":" and not self.coref.is_quoted(self.doc[i].idx)
        return False

    def _adjective_before_quote(self, token: Token) -> bool:
        """``une voisine lâche : « … »``: a speech verb's form the tagger calls an adjective, right before a colon and
        an opening mark, is that verb (an adjective ends no clause before a quote; a noun may: ``Sa réplique :``)."""
        return token.pos_ == "ADJ" and self._colon_then_quote(token)

    def _colon_then_quote(self, verb: Token) -> bool:
        """``X lâche : « … »``: a colon right after the verb, then an opening mark. Verbs that report words only in
        an incise (``lâcher``, ``glisser``) report them there too: the quote is the verb's object."""
        i = verb.i + 1
        return i + 1 < len(self.doc) and self.doc[i].text == ":" and self.doc[i + 1].is_quote

    def _has_que_after(self, verb: Token) -> bool:
        """``que`` after the verb within its clause (no punctuation between), past complements of manner and time
        (``a fait savoir hier par le biais d'un communiqué qu'il …``); not past a coordinator (``maintiendra sa
        subvention et qu'un directeur …``: that ``que`` opens a clause coordinated with another, not this verb's)."""
        for i in range(verb.i + 1, min(len(self.doc), verb.i + _QUE_REACH)):
            if self.doc[i].lower_ in self.lex.complementizers:
                return True
            if self.doc[i].is_punct or self.doc[i].pos_ == "CCONJ":
                return False
        return False

    def _previous_paragraph_colon(self, offset: int) -> int | None:
        """For a quote opening a paragraph: the previous paragraph's last colon, if it ends with one."""
        i = offset - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        if i >= 0 and self.text[i] == ":" and "\n" in self.text[i:offset]:
            return i
        return None

    def _attribution_prep(self, token: Token) -> bool:
        """``selon`` / ``d'après`` opening an attribution (not ``selon lequel``)."""
        before = self.lex.attribution_words.get(fold(token.text))
        if before:
            if token.i == 0 or fold(self.doc[token.i - 1].text) != before:
                return False
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return nxt is not None and fold(nxt.text) not in self.lex.not_attributed_after

    def _after_preposition(self, prep: Token) -> Found:
        """The words after ``selon``: a pronoun (``selon lui``) or a noun phrase up to the punctuation."""
        i = prep.i + 1
        if i >= len(self.doc):
            return None
        first = self.doc[i]
        if prep.pos_ == "NOUN" and fold(first.text) in self.lex.attribution_links and i + 1 < len(self.doc):
            i += 1  # ``aux yeux de X``: the source follows the link
            first = self.doc[i]
        if first.is_punct and prep.i >= 2 and fold(self.doc[prep.i - 2].text) in self.lex.attribution_clitics:
            # ``À l'en croire, …``: the clitic stands for the person the sentence before is about
            here = self.sentence_start(prep.idx)
            return self._sentence_subject(self.previous_sentence_start(here), here)
        if fold(first.text) in self.lex.relative_subjects and prep.i >= 2 and self.doc[prep.i - 1].text == ",":
            # ``a confié le milieu de terrain, selon qui …``: the relative stands for the phrase before the comma
            return self.np_ending_at(prep.i - 2)
        if first.pos_ == "PRON":
            return first.idx, first.idx + len(first.text)
        return self.noun_phrase_at(i)

    def noun_phrase_at(self, i: int) -> tuple[int, int] | None:
        """A noun phrase read linearly from token ``i``: determiners, adjectives, nouns, names and ``de``
        complements, plus an apposition that is a name (``le vice-ministre …, Mukhamedzhan Talasov``).
        Read linearly rather than from the parse because inverted subjects are often mis-attached."""
        doc = self.doc
        if i >= len(doc):
            return None
        for k in (i, i + 1):
            if k < len(doc) and (one := self._one_of(k)) is not None and (k == i or doc[i].pos_ == "DET"):
                return one
        first = doc[i]
        persons = self._persons[1]  # a person's name is a noun phrase whatever the tagger calls its words (``Man``)
        if (
            first.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
            and first.text not in self.lex.civilities
            and i not in persons
        ):
            return None
        end = i
        seen_noun = False
        j = i
        while j < len(doc):
            token = doc[j]
            word = fold(token.text)
            if seen_noun and j in self._timex_tokens:
                break  # ``a justifié la préfète samedi matin``: the day is not part of who
            if (
                token.pos_ in ("NOUN", "PROPN")
                or j in persons
                or token.text in self.lex.civilities
                or (not seen_noun and j > i and self._after_article(j) and _participle_noun(token))
                or (not seen_noun and j > i and self._nominal_adjective(j))
                or (
                    seen_noun
                    and token.text[:1].isupper()
                    and token.is_alpha
                    and fold(doc[j - 1].text) in self.lex.np_links
                )
            ):
                seen_noun = True  # ``l'opposant``, ``le manifestant``: a participle after its article is a noun
                end = j + 1
            elif token.pos_ in ("DET", "ADJ", "NUM") or (token.pos_ == "ADP" and word in self.lex.np_links):
                if token.pos_ == "ADJ":
                    end = j + 1
            elif seen_noun and end == j and (place_end := self._participle_place_end(j)) is not None:
                end = place_end  # ``la mère d'un étudiant tué devant le Parlement``: the place says which one
                break
            elif seen_noun and end == j and self._standing_at(j):
                end = j + 2  # ``le parti au pouvoir``
                j += 1
            elif seen_noun and self._field_at(j):
                end = j + 2  # ``un étudiant en architecture``: the field says which one
                j += 1
            elif seen_noun and self._superlative_at(j):
                end = j + 2  # ``les comptes les plus suivis``: the superlative says which ones
                j += 1
            elif seen_noun and token.dep_ in ("amod", "nummod") and i <= token.head.i < j:
                end = j + 1  # a modifier the tagger calls otherwise: ``le numéro un``, ``l'homme fort``
            elif seen_noun and first.pos_ == "DET" and doc[j - 1].pos_ == "NOUN" and self._identifying_participle(j):
                end = j + 1  # ``une mère de famille arrivée de X``: the participle and its place say which one
            elif token.text == "," and seen_noun and (name := self._apposed_name_start(j + 1)) is not None:
                j = name
                while (
                    j < len(doc)
                    and (
                        doc[j].i in self._name_tokens()
                        # ``La ministre, Verónica Aldazábal,``: a surname the recognizer left out of the name
                        or (j > name and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN")
                    )
                ):
                    end = j + 1
                    j += 1
                break
            elif word in self.lex.coordinators and seen_noun:
                pass  # two speakers: ``ont déclaré Paris et Berlin``
            else:
                break
            if "\n" in token.text:
                break
            j += 1
        if not seen_noun or end <= i:
            return None
        if end == j and first.pos_ == "DET":
            # ``un responsable du HCR au Tchad``, ``la porte-parole de Sasemar aux Canaries``: the place or body
            # the described person serves is part of who they are
            end = self._affiliation_end(j)
        return self.span_of(i, end)

    def _participle_place_end(self, j: int) -> int | None:
        """Token end of a place that completes the past participle just before token ``j`` (``tué`` + ``devant le
        Parlement``, ``blessée`` + ``à Goma``), or ``None``: only a preposition of place, then a noun or a name."""
        doc = self.doc
        if j < 1 or not _past_participle(doc[j - 1]) or fold(doc[j].text) not in self.lex.participle_places:
            return None
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or k in self._timex_tokens:
            return None
        k = self._skip_noun_group(k)
        while k + 1 < len(doc) and fold(doc[k].text) in self.lex.np_links:
            # ``rencontrée dans le camp`` + ``de Lunel``: the place's own complement is part of it
            after = k + 1
            while after < len(doc) and doc[after].pos_ == "DET":
                after += 1
            if after >= len(doc) or doc[after].pos_ not in ("NOUN", "PROPN"):
                break
            k = self._skip_noun_group(after)
        return k

    def _standing_at(self, j: int) -> bool:
        """Whether a set phrase that completes a description starts at token ``j`` (``au pouvoir``)."""
        doc = self.doc
        return j + 1 < len(doc) and (fold(doc[j].text), fold(doc[j + 1].text)) in self.lex.standing_complements

    def _field_at(self, j: int) -> bool:
        """Whether a field link at token ``j`` opens a bare noun for a person's field or state (``en
        architecture``, ``en grève``); not a place (``en France``), a date (``en mars``) or a phrase with an
        article (``en tête du cortège``)."""
        doc = self.doc
        return (
            fold(doc[j].text) in self.lex.field_links
            and j + 1 < len(doc)
            and doc[j + 1].pos_ == "NOUN"
            and j + 1 not in self._timex_tokens
            and not (j + 2 < len(doc) and fold(doc[j + 2].text) in self.lex.np_links)
        )

    def _superlative_at(self, j: int) -> bool:
        """Whether ``plus``/``moins`` at token ``j``, after an article, opens a superlative (``les plus suivis``)."""
        doc = self.doc
        return (
            fold(doc[j].text) in self.lex.superlative_adverbs
            and doc[j - 1].pos_ == "DET"
            and j + 1 < len(doc)
            and doc[j + 1].pos_ in ("ADJ", "VERB")
        )

    def _identifying_participle(self, j: int) -> bool:
        """Whether token ``j`` is a past participle that says which person a description is: the phrase ends
        with it (``la sœur d'un mineur disparu``) or a ``de`` complement follows (``arrivée de X``). One with
        its agent (``interrogé par l'AFP``) says how the words were had, not who spoke."""
        doc = self.doc
        if not _past_participle(doc[j]) or "\n" in doc[j].text_with_ws:
            return False
        after = doc[j + 1] if j + 1 < len(doc) else None
        return (
            after is None
            or after.is_punct
            or fold(after.text) in self.lex.np_links
            or self._participle_place_end(j + 1) is not None
        )

    def _nominal_adjective(self, j: int) -> bool:
        """Whether token ``j``, tagged an adjective right after its article, is the noun of its phrase (``un
        étudiant en architecture``, ``une proche de la victime``): no noun follows it for it to qualify, only a
        complement or the end of the phrase. ``un jeune manifestant`` keeps ``manifestant`` as its noun."""
        doc = self.doc
        if doc[j].pos_ != "ADJ" or doc[j - 1].pos_ != "DET":
            return False
        after = doc[j + 1] if j + 1 < len(doc) else None
        return after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ")

    def _after_article(self, j: int) -> bool:
        """Whether token ``j`` follows an article, right after it or after one adjective (``un manifestant``,
        ``un jeune manifestant``): a present participle there is a noun for someone."""
        doc = self.doc
        if j >= 1 and doc[j - 1].pos_ == "DET":
            return True
        return j >= 2 and doc[j - 1].pos_ == "ADJ" and doc[j - 2].pos_ == "DET"

    def _affiliation_end(self, j: int) -> int:
        """Token end of an unnamed speaker's description carried over the place or body it serves, from the link
        at ``j`` (``un responsable du HCR`` + ``au Tchad``, ``un conseiller`` + ``au ministère des Finances``):
        without it the description names someone else, or a whole agency. Only a place name or an institution's
        noun follows; ``à l'AFP`` (whom it was said to) and ``à Lyon lundi`` stop where they should."""
        doc = self.doc
        if j + 1 >= len(doc) or fold(doc[j].text) not in self.lex.affiliation_links:
            return j
        k = j + 1
        if doc[k].pos_ == "DET" and k + 1 < len(doc):
            k += 1
        starting = self.parsed.entity_index().starting_in(doc[k].idx, doc[k].idx + 1)
        place = next((e for e in starting if e.type == "LOC"), None)
        if place is not None:
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            return span.end if span is not None else j
        if fold(doc[k].lemma_) in self.lex.institution_nouns or fold(doc[k].text) in self.lex.institution_nouns:
            return noun_phrase(doc[k])[1]
        return j

    def _apposed_name_start(self, k: int) -> int | None:
        """Where the name set beside a description after its comma starts, from token ``k``: right there
        (``le vice-ministre …, Mukhamedzhan Talasov``) or after a short title of its own (``a résumé la
        directrice de l'ARS, la docteure Isabelle Ranchin``); ``None`` when no name follows."""
        doc = self.doc
        starts = self._name_starts()
        j = k
        if j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        while (
            j < len(doc) and j - k <= 4 and j not in starts and (doc[j].pos_ in ("NOUN", "ADJ") or doc[j].text == "-")
        ):
            if not doc[j].text[:1].islower() and doc[j].text != "-":
                return None  # a capital starts a name of its own; the hyphen joins a title (``lieutenant-colonel``)
            j += 1
        if j >= len(doc) or j not in starts or (j > k and j not in self._persons[0]):
            return None
        return j

    def _one_of(self, k: int) -> tuple[int, int] | None:
        """``l'un d'eux``, ``l'une des habitantes``, ``un des grévistes`` at token ``k`` (the ``un``): the span of
        the whole phrase, its article and its group included; ``None`` for any other word."""
        doc = self.doc
        if fold(doc[k].text) not in self.lex.one_of or k + 2 >= len(doc):
            return None
        if fold(doc[k + 1].text) not in self.lex.complement_links:
            return None
        start = k - 1 if k > 0 and doc[k - 1].pos_ == "DET" and doc[k - 1].whitespace_ == "" else k
        group = doc[k + 2]
        if group.pos_ == "PRON":
            end = group.idx + len(group.text)
        else:
            found = self.noun_phrase_at(k + 2)
            if found is None:
                return None
            end = found[1]
        return doc[start].idx, end

    @cached_property
    def _timex_tokens(self) -> set[int]:
        """Tokens of the article's time expressions (``a déclaré mardi X``: ``mardi`` is not the speaker),
        found once per article (the finder is bound to one article)."""
        tokens: set[int] = set()
        for timex in self.parsed.analysis.timexes:
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None:
                tokens.update(t.i for t in span)
        return tokens

    @cached_property
    def _persons(self) -> tuple[dict[int, int], set[int]]:
        """Persons' names: first token → the token after the name, and every token of a name."""
        ends: dict[int, int] = {}
        tokens: set[int] = set()
        for entity in self.parsed.analysis.entities:
            if entity.type == "PER":
                span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
                if span is not None and len(span):
                    ends[span.start] = span.end
                    tokens.update(t.i for t in span)
        return ends, tokens

    def _name_starts(self) -> set[int]:
        """First tokens of the article's person and organization names."""
        return self._names[0]

    def _name_tokens(self) -> set[int]:
        """Every token of the article's person and organization names."""
        return self._names[1]

    @cached_property
    def _names(self) -> tuple[set[int], set[int]]:
        """Name start tokens and name tokens, found in one pass over the entities, once per article."""
        starts: set[int] = set()
        tokens: set[int] = set()
        for entity in self.parsed.analysis.entities:
            if entity.type in ("PER", "ORG"):
                span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
                if span is not None and len(span):
                    starts.add(span.start)
                    tokens.update(t.i for t in span)
        return starts, tokens

    def incise(self, i: int, quote_end: int | None, strict: bool = True) -> Found:
        """Parse an incise starting at token ``i``: ``a-t-il assuré``, ``dit-elle``, ``a déclaré à la presse X``,
        ``estime X``, ``selon X``. Where nothing else proves an incise (``strict``), its subject must end at
        punctuation (or at ``quote_end`` inside a quote); right after a closing mark, ``, a indiqué X`` is
        proof enough, whatever follows X (``… dans un communiqué publié lundi``)."""
        doc = self.doc
        if i >= len(doc):
            return None
        token = doc[i]
        word = fold(token.text)
        following = fold(doc[i + 1].text) if i + 1 < len(doc) else None
        if word in self.lex.attribution_heads or (word and self.lex.attribution_words.get(following or "") == word):
            prep = token if word in self.lex.attribution_heads else doc[i + 1]
            if not self._attribution_prep(prep):
                return None
            found = self._after_preposition(prep)
            if isinstance(found, tuple) and self._ends_incise(self.token_at(found[1]), quote_end):
                return found
            return None
        reflexive = False
        if self._object_clitic_before_verb(i):
            i += 1  # ``y affirme-t-il``, ``nous a-t-il confié``: where or to whom, the incise goes on
            token = doc[i]
        if fold(token.text) in self.lex.reflexive_clitics and i + 1 < len(doc):
            i += 1  # ``s'interroge X``, ``s'est-il félicité``
            token = doc[i]
            reflexive = True
        if "Part" in morph(token, "VerbForm") and "Pres" in morph(token, "Tense"):
            return None  # ``« aucun élément » justifiant leur maintien``: a present participle starts no incise
        # Inverted clitic: ``a-t-il assuré``, ``assure-t-elle``, ``dit-il``, ``ont-ils ajouté``. The form is
        # proof enough of a verb, whatever the tagger says of ``martèle``.
        j = self._inverted_clitic_at(token)
        if j is not None:
            if not self.is_speech_verb(token, incise=True, any_pos=True):
                k = j + 1
                while k < len(doc) and doc[k].pos_ == "ADV":
                    k += 1
                if k >= len(doc) or not self.is_speech_verb(doc[k], incise=True, any_pos=True):
                    return None
            if fold(doc[j].text).lstrip("-") in self.lex.impersonal_clitics:
                return NOBODY
            return doc[j].idx, doc[j].idx + len(doc[j].text)
        # Right after a closing mark and a comma, a speech verb's form followed by its subject is the verb
        # whatever the tagger says (``« … », analyse le propriétaire``: ``analyse`` tagged a noun).
        # So is one after a reflexive clitic, or followed by a capitalised word (``« … », s'indigne Sandrine
        # Lefort``: ``indigne`` tagged an adjective, ``Sandrine`` a noun).
        # Inside a quote too, a speech verb's form right before a person's name is one (``« …, souffle Ana
        # Ruiz, voisine. … »``: ``souffle`` tagged a noun).
        trusted = (i + 1 in self._persons[1] and self.text[doc[i - 1].idx] == ",") or (
            not strict
            and i + 1 < len(doc)
            and (
                reflexive
                or doc[i + 1].pos_ in ("DET", "PROPN")
                or doc[i + 1].text[:1].isupper()
                or self._subject_after_detached(i + 1, quote_end) is not None
                or self._subject_past_complement(i + 1)
            )
        )
        if (
            token.pos_ not in ("AUX", "VERB")
            and not self.lex.is_aux(token)
            and not self.is_speech_verb(token, incise=True, any_pos=trusted)
        ):
            return None
        # ``a déclaré X``, ``a également ajouté X``, ``estime X``.
        verb = token
        k = i
        if not reflexive and self._qualifies_noun_before(verb):
            return None
        if not self.is_speech_verb(verb, incise=True, any_pos=trusted):
            if not self.lex.is_aux(token):
                return None
            k = i + 1
            while k < len(doc) and doc[k].pos_ == "ADV":
                k += 1
            # After an auxiliary the participle is a verb whatever the tagger says (``a tweeté``).
            if k >= len(doc) or not self.is_speech_verb(doc[k], incise=True, any_pos=True):
                return None
            verb = doc[k]
        k += 1
        if k < len(doc) and (fold(verb.text), fold(doc[k].text)) in self.lex.phrase_rests:
            # ``a mis en garde l'officier``: the whole phrase is the verb, its subject comes after ``garde``
            rest = self.lex.phrase_rests[(fold(verb.text), fold(doc[k].text))]
            k += 1
            if tuple(fold(t.text) for t in doc[k : k + len(rest)]) == rest:
                k += len(rest)
        k = self._skip_complements(k)
        if k >= len(doc) or fold(doc[k].text) in self.lex.complementizers:
            return None
        found = self.noun_phrase_at(k)
        if found is None:
            found = self._subject_after_detached(k, quote_end)
        if found is None:
            return None
        if quote_end is None:
            found = self._with_final_name(found)
        after = self.token_at(found[1])
        after = self._skip_complements(after)
        if (
            strict
            and not self._ends_incise(after, quote_end)
            and not (after < len(doc) and doc[after].lower_ in self.lex.relatives_after_subject)
        ):
            return None
        return found

    def _subject_past_complement(self, k: int) -> bool:
        """Whether a complement an incise skips starts at token ``k`` and a subject follows it (``« … », raconte à
        l'AFP Amina Diallo``): as a capitalised word would, it proves a verb the tagger took for an adjective."""
        doc = self.doc
        after = self._skip_complements(k)
        return k < after < len(doc) and (doc[after].pos_ in ("DET", "PROPN") or doc[after].text[:1].isupper())

    def _object_clitic_before_verb(self, i: int) -> bool:
        """Whether token ``i`` is an object clitic set before an incise's verb (``y affirme-t-il``, ``lui répond
        X``). ``nous`` and ``vous`` are subjects as often (``nous avions annoncé des cumuls``): only an inverted
        subject after the verb (``nous a-t-il confié``) makes them objects."""
        doc = self.doc
        word = fold(doc[i].text)
        if word not in self.lex.object_clitics or i + 1 >= len(doc) or not doc[i + 1].text[:1].islower():
            return False
        if word in self.lex.subject_or_object_clitics:
            return any(t.text.startswith("-") for t in doc[i + 2 : i + 4])
        return True

    def _qualifies_noun_before(self, verb: Token) -> bool:
        """Whether a speech verb's form is a past participle hung on the noun before it, with no auxiliary
        (``l'opération, lancée à l'aube avec deux cents gendarmes``): a detached participle describes that
        noun; an incise's verb is finite (``a lancé X``, ``lance X``), so what follows is no speaker."""
        if "Part" not in morph(verb, "VerbForm") or "Past" not in morph(verb, "Tense"):
            return False
        if any(self.lex.is_aux(c) for c in verb.children) or verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return False
        noun = self.doc[verb.i - 2]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        # the participle agrees with that noun (the parser may hang it on the main verb)
        return all(
            not morph(verb, feature) or not morph(noun, feature) or morph(verb, feature) == morph(noun, feature)
            for feature in ("Gender", "Number")
        )

    def _subject_after_detached(self, k: int, quote_end: int | None) -> tuple[int, int] | None:
        """The subject after a detached phrase set between commas right after an incise's verb (``criait, le
        visage couvert de boue, la femme d'un pêcheur``): French may describe the speaker's manner before
        naming them. The phrase holds no verb of its own, and the subject ends the incise."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != ",":
            return None
        j = k + 1
        while j < len(doc) and j - k <= _DETACHED_MAX and doc[j].text != ",":
            if doc[j].is_quote or "\n" in doc[j].text or "Fin" in morph(doc[j], "VerbForm"):
                return None
            j += 1
        if j >= len(doc) or doc[j].text != "," or j == k + 1 or j + 1 >= len(doc) or doc[j + 1].pos_ != "DET":
            return None
        found = self.noun_phrase_at(j + 1)
        if found is None:
            return None
        after = self._skip_complements(self.token_at(found[1]))
        if not self._ends_incise(after, quote_end) and not (after < len(doc) and _past_participle(doc[after])):
            return None  # the subject ends the incise, or a participle goes on describing it (``…, rencontrée à X``)
        return found

    def _skip_complements(self, k: int) -> int:
        """Skip adverbs and prepositional phrases between an incise verb and its subject
        (``a déclaré à la presse l'attachée…``, ``a dit lors d'une conférence X``)."""
        doc = self.doc
        timed = self._timex_tokens
        for _ in range(4):
            while k < len(doc) and (
                (
                    doc[k].pos_ == "ADV"
                    and fold(doc[k].text) not in self.lex.attribution_heads
                    and not self._prepositional_adverb(k)
                )
                or k in timed
                or fold(doc[k].text) in self.lex.time_words
            ):
                k += 1
            if k >= len(doc):
                return k
            if self._gerund_at(k):
                k += 2  # ``a raconté en sanglotant X``: how the words were said, not who said them
                continue
            word = fold(doc[k].text)
            if not (
                (doc[k].pos_ == "ADP" and word in self.lex.incise_prepositions)
                or self._prepositional_adverb(k)
                or word in self.lex.incise_openers
                or self._manner_opener(k)
            ):
                return k
            k += 1
            if k < len(doc) and fold(doc[k].text) in self.lex.complement_links:
                k += 1
            while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NUM"):
                k += 1
            k = self._skip_noun_group(k)
            while (
                k + 1 < len(doc)
                and fold(doc[k].text) in self.lex.complement_links
                and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN")
            ):
                k += 1
                while k < len(doc) and doc[k].pos_ in ("DET", "ADJ"):
                    k += 1
                k = self._skip_noun_group(k)
        return k

    def _gerund_at(self, k: int) -> bool:
        """Whether a gerund starts at token ``k``: ``en`` and a present participle (``en sanglotant``, ``en
        pleurant``), by its tag or its ``-ant`` form when the tagger misread it."""
        doc = self.doc
        if k + 1 >= len(doc) or fold(doc[k].text) not in self.lex.gerund_markers:
            return False
        participle = doc[k + 1]
        tagged = "Part" in morph(participle, "VerbForm") and "Pres" in morph(participle, "Tense")
        return tagged or (participle.text.islower() and participle.text.endswith("ant") and len(participle.text) > 5)

    def _prepositional_adverb(self, k: int) -> bool:
        """Whether token ``k`` is a preposition the tagger calls an adverb, its ``de`` after it (``a témoigné
        auprès de l'AFP X``): the complement goes on past it to the subject."""
        doc = self.doc
        return (
            doc[k].pos_ == "ADV"
            and fold(doc[k].text) in self.lex.incise_prepositions
            and k + 1 < len(doc)
            and fold(doc[k + 1].text) in self.lex.complement_links
        )

    def _manner_opener(self, k: int) -> bool:
        """Whether token ``k`` opens a manner complement (``d'une voix blanche``), which an incise may set before
        its subject: ``de`` then an indefinite or possessive article."""
        doc = self.doc
        return (
            k + 1 < len(doc)
            and fold(doc[k].text) in self.lex.manner_links
            and fold(doc[k + 1].text) in self.lex.manner_articles
        )

    def _skip_noun_group(self, k: int) -> int:
        """Skip one run of nouns (one name: ``à l'AFP Jean Dupont`` stops before ``Jean Dupont``)."""
        doc = self.doc
        starts = self._name_starts()
        first = k
        while k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
            if k > first and k in starts:
                break
            k += 1
        return k

    def _ends_incise(self, k: int, quote_end: int | None) -> bool:
        doc = self.doc
        if k >= len(doc):
            return True
        token = doc[k]
        if quote_end is not None and token.idx >= quote_end:
            return True
        return token.text in _INCISE_END or "\n" in token.text or token.is_space

    def subject(self, verb: Token) -> Found:
        """Who does ``verb``: its subject, an agent (``par X``), an inverted subject in an incise; for a
        participle, infinitive or coordinated verb without one, the subject of a reporting verb it depends
        on (``X a déclaré que …, ajoutant que …``), else of the nearest verb above it that has one. The walk
        stops at quoted words: a subject inside a quotation is never the speaker of the quotation."""
        antecedent = self._relative_antecedent(verb)
        if antecedent is not None:
            return antecedent
        own = self._own_subject(verb, agent=True)
        if own is not None and self._across_lines(own, verb):
            own = self._line_opening_subject(verb)
        if own is not None:
            return own
        controller = self._object_control(verb)
        if controller is not None:
            return controller
        fallback: Found = None
        current = verb
        sentence = self.sentence_start(verb.idx)
        for _ in range(8):
            if current.head.i == current.i:
                break
            current = current.head
            if self.coref.is_quoted(current.idx) or current.idx < sentence:
                break  # never a subject from quoted words, nor from an earlier sentence the parser joined
            if current.pos_ not in ("VERB", "AUX"):
                continue
            found = self._own_subject(current, agent=False)
            if found is None:
                continue
            if self.is_speech_verb(current):
                return found
            if fallback is None and (not isinstance(found, tuple) or self._is_agent(found) or self._crowd(found)):
                # A verb that reports nothing lends its subject only when that is someone: in ``Un plan
                # qui lui permet de se présenter : « … »`` the plan is no speaker; a crowd that marches to demand
                # ``« justice »`` is (``2 000 personnes ont défilé pour réclamer``).
                fallback = found
        return fallback

    def _inside_relative(self, first: Token, second: Token, verb: Token) -> bool:
        """Whether ``second`` lies in a subject relative clause (``qui …``) that follows ``first`` and that a comma
        closes before ``verb`` (``Une mère, qui cherchait sa fille devant l'hôpital, a raconté``): the clause's
        object, which the parser misread as a second subject of the main verb. In ``X, dont les salariés
        dénoncent …`` the verb is the clause's own, and so is its subject."""
        if not first.i < second.i < verb.i:
            return False
        opening = [t for t in self.doc[first.i + 1 : second.i] if fold(t.text) in self.lex.relative_subjects]
        return (
            bool(opening)
            and not any(t.text == "," for t in self.doc[opening[-1].i : second.i])
            and any(t.text == "," for t in self.doc[second.i : verb.i])
        )

    def _across_lines(self, found: Found, verb: Token) -> bool:
        """Whether a subject the parser gave ``verb`` ends on an earlier line than the verb's: a link line (``Lire
        aussi : …``) or a heading the parser joined to the paragraph below names no one who speaks there."""
        return isinstance(found, tuple) and found[1] <= verb.idx and "\n" in self.text[found[1] : verb.idx]

    def _line_opening_subject(self, verb: Token) -> tuple[int, int] | None:
        """The noun phrase opening ``verb``'s line, read linearly, when only auxiliaries and adverbs stand between
        it and the verb (``Le Syndicat des agents a dénoncé``): the subject the parser lost to a line above."""
        doc = self.doc
        first = self.token_at(self.text.rfind("\n", 0, verb.idx) + 1)
        while first < verb.i and doc[first].is_space:
            first += 1
        found = self.noun_phrase_at(first)
        if found is None:
            return None
        between = [t for t in doc[self.token_at(found[1]) : verb.i] if not t.is_space]
        if any(t.pos_ not in ("AUX", "ADV") and not self.lex.is_aux(t) for t in between):
            return None
        return found

    def _placed_description(self, place: Token) -> tuple[int, int] | None:
        """The description a place name ends, read linearly back (``la coordinatrice de Mar Abierto aux Canaries``,
        ``les pêcheurs de Lorient``), when it opens with a determiner and describes someone; the parser often cuts
        such a phrase and hangs a relative clause on its place."""
        doc = self.doc
        k = place.i
        while k > 0 and (
            doc[k - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
            or fold(doc[k - 1].text) in self.lex.np_links
            or fold(doc[k - 1].text) in self.lex.affiliation_links
        ):
            if doc[k - 1].text in (",", ".") or "\n" in doc[k - 1].text:
                break
            k -= 1
        while k < place.i and doc[k].pos_ != "DET":
            k += 1
        if k >= place.i:
            return None
        found = (doc[k].idx, place.idx + len(place.text))
        words = [t for t in doc[k : place.i] if t.pos_ in ("NOUN", "PROPN") and not self._in_place(t)]
        return found if words and self._is_agent((doc[k].idx, words[0].idx + len(words[0].text))) else None

    def _in_place(self, token: Token) -> bool:
        """Whether ``token`` lies in a place's name the article's entities hold (``Canaries``)."""
        return any(e.type == "LOC" for e in self.parsed.entity_index().overlapping(token.idx, token.idx + 1))

    def _animate_before_relative(self, relative: Token, noun: Token) -> tuple[int, int]:
        """The antecedent of a subject relative: the parser's ``noun``, unless that noun is no one and the noun
        right before the comma is someone (``Un chiffre sous-évalué pour la fédération, qui revendique « … »``: the
        federation claims, not the figure)."""
        named = self._name_described(noun)
        if named is not None:
            return named
        start, end = noun_phrase(noun)
        whole = self.span_of(start, end)
        comma = relative.i - 1
        if comma < 1 or self.doc[comma].text != "," or not noun.i < comma - 1:
            return whole
        if self._is_agent(self.span_of(start, noun.i + 1)):
            return whole
        nearest = self.np_ending_at(comma - 1)
        if nearest is not None and nearest[0] > whole[0] and self._is_agent(nearest):
            return nearest
        return whole

    def _name_described(self, noun: Token) -> tuple[int, int] | None:
        """The person's name a description is set beside (``Marc Roux, un retraité du quartier, qui affirme …``):
        the relative clause hangs on the description, but the one who speaks is the person it describes."""
        if noun.dep_ != "appos" or noun.head.i >= noun.i:
            return None
        # the name the parser hung the description on, or the one right before the comma that opens it when the
        # parser hung both on an earlier noun (``a raconté au journal X, un pêcheur installé sur le port, qui …``)
        comma = noun.left_edge.i - 1
        heads = [noun.head]
        if comma >= 1 and self.doc[comma].text == "," and noun.left_edge.pos_ != "ADP":
            # not ``X, aux responsables qui accusent …``: a complement of the verb, not a description of X
            heads.append(self.doc[comma - 1])
        for head in heads:
            for entity in self.parsed.entity_index().overlapping(head.idx, head.idx + len(head.text)):
                if entity.type == "PER" and not self.coref.is_quoted(entity.start):
                    return entity.start, entity.end
        return None

    def _auxiliary_before_aside(self, verb: Token) -> Token | None:
        """The auxiliary of ``verb`` when an aside split them (``Le ministère a de son côté appelé …``, ``La mairie
        a pour sa part demandé …``): the parser hangs the participle on the aside's noun, itself behind a
        preposition, and that noun on the auxiliary, whose subject is the verb's."""
        aside = verb.head
        if not verb.dep_.startswith("acl") or aside.pos_ != "NOUN" or not aside.i < verb.i:
            return None
        if not any(c.dep_ == "case" and c.i < aside.i for c in aside.children):
            return None
        auxiliary = aside.head
        if auxiliary.i < aside.i and fold(auxiliary.lemma_) in self.lex.auxiliary_lemmas:
            return auxiliary
        return None

    def _relative_antecedent(self, verb: Token) -> tuple[int, int] | None:
        """``Un infirmier, qui a souhaité garder l'anonymat, décrit des journées « … »``: the parser makes the noun
        the sentence's root and hangs the verb after the relative clause on that clause. A verb right after a
        comma whose heads lead to a relative clause of a root noun before it has that noun for subject."""
        doc = self.doc
        if verb.i == 0 or doc[verb.i - 1].text != ",":
            return None
        current = verb
        for _ in range(6):
            if current.head.i == current.i:
                return None
            current = current.head
            noun = current.head
            if current.dep_ == "acl:relcl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN"):
                comma = next((t.i for t in doc[noun.i : current.i] if t.text == ","), None)
                if comma is None or self.coref.is_quoted(noun.idx):
                    return None
                return self.span_of(noun.left_edge.i, comma)
        return None

    def _cited_before_relative(self, relative: Token) -> tuple[int, int] | None:
        """``…, selon la police nationale, qui promet de punir ces « pillards »``: a relative pronoun right after a
        source cited with ``selon`` takes up that source, wherever the parser hung the clause (often on the
        sentence's subject, since the ``selon`` phrase modifies its verb)."""
        doc = self.doc
        comma = relative.i - 1
        if comma < 2 or doc[comma].text != ",":
            return None
        sentence = self.sentence_start(relative.idx)
        for k in range(comma - 1, max(comma - 8, 0), -1):
            token = doc[k]
            if token.idx < sentence or token.is_punct or self.coref.is_quoted(token.idx):
                return None
            if fold(token.text) in self.lex.attribution_heads and self._attribution_prep(token):
                found = self._after_preposition(token)
                if isinstance(found, tuple) and found[1] <= doc[comma].idx and self._is_agent(found):
                    return found
                return None
        return None

    def _bare_apposition(self, subject: Token, verb: Token) -> bool:
        """Whether a subject the parser found describes the subject before it, set between commas right before
        the verb: a noun without determiner (``X, partie civile, a salué``) or a description with its article
        (``Le président, l'homme fort du pays depuis 2012, a dénoncé``, ``Le collectif, un groupe qui compte les
        foules, en a recensé``). A topic set off before the subject is the other way round: the nearer one is
        the subject and no comma follows it (``Cette réforme, le ministre la défend``). A name set beside a
        title is who speaks (``Le porte-parole, Jean Dupont, a dit``) and stays."""
        if subject.pos_ != "NOUN" or subject.i in self._persons[1]:
            return False
        first, last = subject.left_edge.i, subject.right_edge.i
        before = self.doc[first - 1] if first > 0 else None
        after = self.doc[last + 1] if last + 1 < len(self.doc) else None
        if before is None or before.text != "," or after is None or after.text != ",":
            return False
        if not any(child.dep_ == "det" for child in subject.children):
            return True
        following = self.doc[last + 2] if last + 2 < len(self.doc) else None
        return following is not None and (following.i == verb.i or following.head.i == verb.i) and following.i <= verb.i

    def _own_subject(self, verb: Token, agent: bool) -> Found:
        """``verb``'s own subject span (or the agent of a passive speech verb, or an incise's inverted one).

        Of two subjects the parser hangs on one verb, the nearer is the subject: the other is a topic set
        off before it (``Ses priorités, elle les résume : « … »``, ``Cette réforme, le ministre la défend``),
        taken up again by the object pronoun."""
        # a noun behind a preposition is no subject, whatever the parser says (``a de son côté dénoncé``,
        # ``a pour sa part estimé``: the parser makes ``côté``, ``part`` the verb's subject); a partitive article
        # it tags as a preposition still opens a subject (``des habitants joints par téléphone décrivent``)
        subjects = [
            child
            for child in verb.children
            if child.dep_ in SUBJECT_DEPS
            and any(ch.isalnum() for ch in child.text)  # a dash the parser made the subject says no one
            and not any(
                c.dep_ == "case" and c.i < child.i and fold(c.text) not in self.lex.partitive_articles
                for c in child.children
            )
        ]
        if not subjects:
            # ``Il a par ailleurs dénoncé``: the parser sometimes hangs the subject on the auxiliary
            auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
            subjects = [c for a in auxiliaries for c in a.children if c.dep_ in SUBJECT_DEPS and c.i < a.i]
        if not subjects and (auxiliary := self._auxiliary_before_aside(verb)) is not None:
            return self._own_subject(auxiliary, agent)
        if len(subjects) > 1:
            subjects.sort(key=lambda child: abs(child.i - verb.i))
            if subjects[0].i > verb.i and subjects[0].pos_ == "PRON" and subjects[1].i < verb.i:
                subjects = subjects[1:]  # ``Une source syndicale parle, elle, de …``: the pronoun restates the subject
            elif self._bare_apposition(subjects[0], verb) and subjects[1].i < subjects[0].i:
                subjects = subjects[1:]  # ``L'association X, partie civile, a salué``: the bare noun describes X
            elif self._inside_relative(subjects[1], subjects[0], verb):
                subjects = subjects[1:]  # ``Une mère, qui cherchait sa fille, a raconté``: the object is no subject
        for child in subjects:
            if fold(child.text) not in self.lex.non_speaker_subjects:
                if self.coref.is_quoted(child.idx):
                    continue
                if self.coref.is_indefinite(child):
                    return self._on_frame(child) or NOBODY
                if "Rel" in morph(child, "PronType") or fold(child.text) in self.lex.relative_subjects:
                    cited = self._cited_before_relative(child)
                    if cited is not None:
                        return cited
                    if verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                        antecedent = verb.head
                        if self._in_place(antecedent) and (described := self._placed_description(antecedent)):
                            # ``la porte-parole de Sasemar aux Canaries, qui reconnaît``: the place completes
                            # the description that is the antecedent; a place says nothing
                            return described
                        return self._animate_before_relative(child, verb.head)
                    before = child.i - 1
                    while before >= 0 and self.doc[before].text == ",":
                        before -= 1
                    return self.np_ending_at(before)
                if (one := self._one_of(child.i)) is not None:
                    return one
                if child.pos_ == "PRON":
                    return self._hyphenated_start(child), child.idx + len(child.text)
                return self._name_set_before(verb, child) or self.span_of(*noun_phrase(child))
        if (
            (misread_finite_verb(verb) or self._conjugated_on_noun(verb) or self._partitive_object(verb))
            and verb.head.i < verb.i
            and not self.coref.is_quoted(verb.head.idx)
        ):
            # ``la scientifique décrit une situation``, ``le groupe invoque``: the noun the parser hung the verb on
            return self._phrase_before_misread_verb(verb)
        if self._absolute_participle(verb):
            # ``…, Pierre Dupont soulignant que « … »``: the name right before a present participle
            found = self.np_ending_at(verb.i - 1)
            if found is not None:
                return found
        if (
            "Fin" in morph(verb, "VerbForm")
            or misread_finite_verb(verb)
            or self.lex.conjugated_by_form(verb.lower_, verb.lemma_.lower())
            or any(c.dep_.startswith("aux") and "Inf" not in morph(c, "VerbForm") for c in verb.children)
        ):  # not ``dans un communiqué avoir signalé``: an infinitive's subject is not the noun before it
            # The parser often misses a subject just before the verb (``Kassym-Jomart Tokaïev a fait savoir``).
            first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux")]], key=lambda t: t.i)
            before = first.i - 1
            while before >= 0 and (
                self.doc[before].pos_ == "ADV" or fold(self.doc[before].text) in self.lex.preverbal_clitics
            ):
                before -= 1
            if (
                before >= 0
                and self.doc[before].pos_ in ("NOUN", "PROPN")
                and not self.coref.is_quoted(self.doc[before].idx)
            ):
                found = self.np_ending_at(before)
                if found is not None:
                    return found
            if before >= 1 and self._aside_dash(before):
                found = self._subject_before_aside(before)
                if found is not None:
                    return found
            if before >= 1 and self.doc[before].text == ",":
                # ``Laurent Berger, le numéro un de la CFDT, a jugé``, ``Daniel Dupont, maire, en préambule, a
                # rappelé``: the name before the appositions and complements set off by commas
                found = self._name_before_commas(before) or self._subject_before_participle_aside(before)
                if found is not None:
                    return found
        if agent and (by := self._agent(verb)) is not None:
            return by
        if self._in_incise(verb) and not self._announces_quote(verb):
            return self.incise(self._incise_start(verb), quote_end=None)
        return None

    def _subject_before_aside(self, closing: int) -> tuple[int, int] | None:
        """``Le ministère de X – officiellement ministère de Y – a affirmé``: the noun phrase before an aside
        set off by dashes, whose closing dash is token ``closing``, is the verb's subject."""
        doc = self.doc
        k = closing - 1
        while k > 0 and not self._aside_dash(k) and "\n" not in doc[k].text:
            k -= 1
        if k <= 0 or not self._aside_dash(k):
            return None
        return self.np_ending_at(k - 1)

    def _aside_dash(self, k: int) -> bool:
        """Whether token ``k`` is a dash setting an aside off: a long dash as written (the parser may be given a
        hyphen in its place), or a hyphen with a space on either side."""
        token = self.doc[k]
        if self.text[token.idx : token.idx + 1] in _ASIDE_DASHES:
            return True
        return token.text == "-" and token.whitespace_ != "" and k > 0 and self.doc[k - 1].whitespace_ != ""

    def _announces_quote(self, verb: Token) -> bool:
        """Whether the verb's clause ends on a colon before a quote (``X, venu au conseil, résume l'ambiance :
        « … »``): such a verb introduces the words that follow, so the phrase after it is its object, never the
        inverted subject of an incise (an incise comes after the words it reports)."""
        end = min(len(self.doc), verb.i + 12)
        for k in range(verb.i + 1, end):
            token = self.doc[k]
            if token.text == ":":
                return k + 1 < len(self.doc) and self.doc[k + 1].text in _OPENING_MARKS
            if token.is_punct and token.text != "'":
                return False
        return False

    def _phrase_before_misread_verb(self, verb: Token) -> tuple[int, int]:
        """The subject of a finite verb the parser hung on a noun before it: that noun's phrase, or when the noun
        is itself a complement of another (``Un gendarme présent sur les lieux de l'accident décrit une scène``:
        the verb hangs on ``accident``), the phrase of the noun that complement belongs to, up to the verb."""
        top = verb.head
        while (
            self._inside_description(top)
            and top.head.i < top.i
            and not self.coref.is_quoted(top.head.idx)
            and self.sentence_start(top.head.idx) == self.sentence_start(verb.idx)
        ):
            top = top.head
        if top.pos_ == "ADJ" and top.head.i < top.i and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head  # ``Un gendarme présent sur les lieux``: the adjective's noun
        if self._aside_after_comma(top) and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head  # ``Un gendarme, sous couvert d'anonymat, décrit``: the aside is nobody
        start, end = noun_phrase(top)
        end = min(end, verb.i)
        determiners = [c.i for c in top.children if c.dep_ == "det" and c.i < top.i]
        if determiners:
            # ``À Mananara Nord, joint par téléphone, un responsable local décrit``: the noun's own determiner opens
            # its phrase; the frame before it, set off by a comma, is none of it
            start = max([start, *(k + 1 for k in range(start, min(determiners)) if self.doc[k].text == ",")])
        for k in range(top.i + 1, end - 1):
            if self.doc[k].text == "," and self.doc[k + 1].pos_ == "ADP":
                end = k  # ``Santé publique France, de son côté, rappelle``: the frame after the comma is no name
                break
        return self.span_of(start, end)

    def _aside_after_comma(self, noun: Token) -> bool:
        """Whether ``noun`` heads a prepositional aside opened by a comma (``, sous couvert d'anonymat,``, ``, de
        son côté,``) after a noun it hangs on: the parser's conjunct or modifier, never a speaker."""
        cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        if not cases or noun.head.i >= noun.i:
            return False
        before = cases[0].i - 1
        return before > noun.head.i and self.doc[before].text == ","

    @staticmethod
    def _inside_description(token: Token) -> bool:
        """Whether ``token`` is a part of the description of the word it hangs on: a noun's complement
        (``lieux de l'accident``), or, on the way up from ``Un riverain joint par téléphone décrit``, the
        participle's complement (``téléphone``) and the participle set beside the noun (``joint``)."""
        head = token.head
        if token.dep_ in _COMPLEMENT_DEPS:
            return head.pos_ in ("NOUN", "PROPN", "ADJ")
        if token.dep_.startswith("obl"):
            return head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") and not morph(head, "Mood")
        return token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not morph(token, "Mood")

    def _partitive_object(self, verb: Token) -> bool:
        """A past participle the parser hung on a noun (``acl``) whose complement opens on a partitive article it
        tagged a preposition (``un responsable local décrit des « villages … »``): a participle on a noun takes
        no such object, so it is the finite verb of that noun."""
        return (
            verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and "Part" in morph(verb, "VerbForm")
            and "Past" in morph(verb, "Tense")  # ``…, évoquant des « … »`` is a present participle indeed
            and any(
                child.dep_ in ("obj", "obl:arg")
                and child.i > verb.i
                and any(fold(c.text) in self.lex.partitive_articles and c.i < child.i for c in child.children)
                for child in verb.children
            )
        )

    def _conjugated_on_noun(self, verb: Token) -> bool:
        """A verb the parser hung on a noun (``acl``) whose written form is conjugated (``le groupe invoque``,
        tagged an infinitive) or may be (``décrit`` without an agent): the noun is its subject."""
        return (
            verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and (
                self.lex.conjugated_by_form(verb.lower_, verb.lemma_.lower())
                or (_finite_twin(verb) and verb.head.i < verb.i)  # ``Un pompier décrit de son côté « … »``
            )
        )

    def _on_frame(self, on: Token) -> tuple[int, int] | None:
        """``Dans l'entourage du ministre, on assure que …``, ``Chez Airbus, on se dit « serein »``: an indefinite
        subject set right after a frame that places it among a body or someone's circle is that body or circle
        (the frame's noun phrase, when it is someone); any other ``on`` names no one."""
        doc = self.doc
        if on.i < 3 or doc[on.i - 1].text != ",":
            return None
        sentence = self.sentence_start(on.idx)
        start = on.i - 1
        while start > 0 and doc[start - 1].idx >= sentence and doc[start - 1].text != ",":
            start -= 1
        words = [fold(t.text) for t in doc[start : on.i - 1]]
        for frame in self.lex.on_frames:
            if tuple(words[: len(frame)]) == frame and len(words) > len(frame):
                found = self.noun_phrase_at(start + len(frame))
                if found is not None and found[1] <= doc[on.i - 1].idx and self._is_agent(found):
                    return found
        return None

    def _name_set_before(self, verb: Token, subject: Token) -> tuple[int, int] | None:
        """``Un romancier que j'admire, Jean-Paul Vernier, disait …``: a person's name set off by commas right
        before the verb, after a subject that is no name (whatever clause comes between), is who the subject is."""
        doc = self.doc
        persons = self._persons[1]
        if subject.i in persons or subject.i > verb.i:
            return None
        first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux")]], key=lambda t: t.i)
        k = first.i - 1
        while k >= 0 and (doc[k].pos_ == "ADV" or fold(doc[k].text) in self.lex.preverbal_clitics):
            k -= 1
        if k < 2 or doc[k].text != "," or k - 1 not in persons:
            return None
        start = k - 1
        while start - 1 in persons:
            start -= 1
        comma = self._title_start(start) - 1
        if comma <= subject.i or doc[comma].text != "," or self.coref.is_quoted(doc[start].idx):
            return None
        return self.span_of(start, k)

    def _title_start(self, name: int) -> int:
        """Where the short title a name may carry starts, from the name's first token ``name``: the name
        itself, or the article of a few lowercase words before it (``Le président du jury, le dessinateur
        belge François Demeyer, a salué``), so that the apposition is still seen between its commas."""
        doc = self.doc
        k = name
        while name - k < 3 and k - 1 >= 0 and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].text.islower():
            k -= 1
        if k < name and k - 1 >= 0 and doc[k - 1].pos_ == "DET":
            return k - 1
        return name

    def _agent(self, verb: Token) -> tuple[int, int] | None:
        """The agent of a passive verb (``annoncé par la ministre``), without its preposition."""
        for child in verb.children:
            if child.dep_ == "obl:agent":
                words = [
                    t for t in self.doc[slice(*noun_phrase(child))] if fold(t.text) not in self.lex.agent_prepositions
                ]
                if words:
                    return self.span_of(words[0].i, words[-1].i + 1)
        return None

    def _hyphenated_start(self, token: Token) -> int:
        """Where the pronoun ending at ``token`` starts when the tagger cut it at its hyphen (``Celle`` ``-``
        ``ci``): the whole ``Celle-ci`` names the speaker, its last piece alone nothing."""
        doc = self.doc
        i = token.i
        while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text == "-" or doc[i].text == "-"):
            i -= 1
        return doc[i].idx

    def _object_control(self, verb: Token) -> tuple[int, int] | None:
        """``… qui lui permet de se présenter``, ``Il leur a demandé de …``: an infinitive whose verb has an
        indirect object is done by that object (``lui``), not by the verb's subject."""
        if "Inf" not in morph(verb, "VerbForm") or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        for child in verb.head.children:
            if child.dep_ == "iobj" and child.i < verb.i and not self.coref.is_quoted(child.idx):
                if fold(child.text) in self.lex.thing_pronouns:
                    continue  # ``X en a profité pour dénoncer``: ``en`` is the occasion, X still speaks
                if child.pos_ == "PRON":
                    return child.idx, child.idx + len(child.text)
                return self.span_of(*noun_phrase(child))
        return None

    def _absolute_participle(self, verb: Token) -> bool:
        """A present participle right after a name (``son adjoint Paul Roux soulignant``): its subject is
        that name, whatever verb the parser hangs the participle on."""
        if verb.i == 0 or "Part" not in morph(verb, "VerbForm") or "Pres" not in morph(verb, "Tense"):
            return False
        before = self.doc[verb.i - 1]
        return before.pos_ == "PROPN" and verb.i - 1 in self._name_tokens() and not self.coref.is_quoted(before.idx)

    def _name_before_commas(self, comma: int) -> tuple[int, int] | None:
        """The name that ends right before one of the commas leading back from token ``comma`` (itself a
        comma before a verb) within the sentence: the subject an apposition separates from its verb."""
        doc = self.doc
        sentence = self.sentence_start(doc[comma].idx)
        if comma >= 2 and doc[comma - 1].i in self._persons[1] and doc[comma - 2].idx >= sentence:
            # ``Le porte-parole du gouvernement, Olivier Véran, a quant à lui appelé``: a person's name right
            # before the comma is the apposition that names the subject described before it
            found = self.np_ending_at(comma - 1)
            if found is not None and not self._after_preposition_word(self.token_at(found[0])):
                return found
        for k in range(comma - 1, max(comma - _APPOSITION_REACH, 0), -1):
            if doc[k].idx < sentence or self.coref.is_quoted(doc[k].idx):
                return None
            # the tagger calls the last word of a body's name a noun or an adjective (``France Nature
            # Environnement``, ``Rivières Vivantes``)
            if doc[k].text == "," and k >= 1 and k - 1 in self._name_tokens():
                found = self._name_ending_at(k - 1)
                if found is not None and self._after_preposition_word(self.token_at(found[0])):
                    return None  # ``Le rapport, remis à M. X, secrétaire général, dresse …``: X receives it
                return found
        return None

    def _subject_before_participle_aside(self, comma: int) -> tuple[int, int] | None:
        """``la présidente, arrivée au pouvoir en 2021, a promis``: the description before an aside that opens on a
        participle and ends at ``comma`` (right before the verb) is the subject the parser lost."""
        doc = self.doc
        sentence = self.sentence_start(doc[comma].idx)
        for k in range(comma - 1, max(comma - _APPOSITION_REACH, 0), -1):
            token = doc[k]
            if token.idx < sentence or self.coref.is_quoted(token.idx) or token.text in _QUOTE_MARKS:
                return None
            if token.text != ",":
                continue
            opening = doc[k + 1]
            if k + 1 >= comma or "Part" not in morph(opening, "VerbForm") or k < 1:
                return None
            if doc[k - 1].pos_ not in ("NOUN", "PROPN"):
                return None
            found = self.np_ending_at(k - 1)
            return found if found is not None and self._is_agent(found) else None
        return None

    def _name_ending_at(self, j: int) -> tuple[int, int] | None:
        """The noun phrase ending on the name whose last token is ``j`` (``L'association France Rivières
        Vivantes``), whatever the tagger calls that last word."""
        if self.doc[j].pos_ in ("PROPN", "NOUN"):
            return self.np_ending_at(j)
        names = self._name_tokens()
        a = j
        while a - 1 >= 0 and a - 1 in names:
            a -= 1
        if a == j:
            return None
        found = self.np_ending_at(a - 1) if a - 1 >= 0 and self.doc[a - 1].pos_ == "NOUN" else None
        start = found[0] if found is not None else self.doc[a].idx
        return start, self.doc[j].idx + len(self.doc[j].text)

    def _after_preposition_word(self, first: int) -> bool:
        """Whether the phrase starting at token ``first`` follows a preposition (past a civility): an object."""
        j = first - 1
        while j >= 0 and (self.doc[j].text in self.lex.civilities or self.doc[j].pos_ == "DET"):
            j -= 1
        return j >= 0 and self.doc[j].pos_ == "ADP"

    def np_ending_at(self, j: int) -> tuple[int, int] | None:
        """The noun phrase whose last token is ``j``, read leftwards: names, nouns, adjectives, ``de``
        complements, up to and including its determiner (``le président du Kazakhstan``)."""
        doc = self.doc
        if j < 0 or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        k = j
        while k - 1 >= 0:
            token = doc[k - 1]
            word = fold(token.text)
            if "\n" in token.text or self.coref.is_quoted(token.idx):
                break
            if token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or word in self.lex.np_links or token.text == "-":
                k -= 1
                continue
            if token.pos_ == "DET":
                k -= 1
                if k - 1 >= 0 and fold(doc[k - 1].text) in self.lex.np_links:
                    continue
                break
            break
        while k < j and (fold(doc[k].text) in self.lex.np_links or doc[k].is_punct):
            k += 1
        return self.span_of(k, j + 1)

    def with_second_portfolio(self, start: int, end: int) -> int:
        """Token ``end`` moved past a second portfolio of a title the phrase stops before (``le ministre de la
        Marine marchande`` + ``et de la Politique insulaire``): one title, whose parse hangs the second
        portfolio on the first. Only after a capitalized portfolio, and for a capitalized one."""
        doc = self.doc
        title = next((k for k in range(start, end) if fold(doc[k].text) in self.lex.portfolio_titles), None)
        if title is None or not any(doc[k].text[:1].isupper() for k in range(title + 1, end)):
            return end
        k = end
        if k + 2 >= len(doc) or fold(doc[k].text) not in self.lex.coordinators:
            return end
        if fold(doc[k + 1].text) not in self.lex.complement_links:
            return end
        k += 2
        if doc[k].pos_ == "DET":
            k += 1
        if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
            return end
        while (
            k < len(doc)
            and "\n" not in doc[k].text_with_ws[: len(doc[k].text)]
            and ((doc[k].text[:1].isupper() and doc[k].is_alpha) or (doc[k].pos_ == "ADJ" and doc[k].is_lower))
        ):
            k += 1
        return k

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Character span of tokens ``[start, end)``, widened to whole named entities (the parser
        often splits ``Kassym-Jomart Tokaïev``)."""
        doc = self.doc
        if end - start > 2 and doc[end - 2].text == "," and fold(doc[end - 1].text) in self.lex.stressed_pronouns:
            end -= 2  # ``Le préfet du Gers, lui, a salué``: the contrast's pronoun is no part of who speaks
        # A hyphenated first name the parser cut off: ``Kassym`` ``-`` ``Jomart Tokaïev``.
        while (
            start > 0
            and doc[start - 1].whitespace_ == ""
            and (doc[start - 1].text == "-" or doc[start].text.startswith("-") or doc[start].text == "-")
        ):
            start -= 1
        end = past_hyphen_compound(doc, end)
        # A title followed by its name the parser left out of the phrase: ``l'assureur`` ``Axa``,
        # ``le secrétaire général de l'ONU`` ``Kofi Annan`` (a person's name right after a title's complement).
        if end < len(doc) and end in self._name_starts():
            if doc[end - 1].pos_ == "NOUN":
                end += 1
            elif doc[end - 1].pos_ == "PROPN" and end - 1 not in self._persons[1]:
                end = self._persons[0].get(end, end)
        # A person's name set off by commas right after a title (``le secrétaire général de l'OTAN, Javier
        # Solana, a estimé``): the name is who the title is.
        if end + 1 < len(doc) and doc[end].text == "," and doc[end - 1].i not in self._persons[1]:
            name_end = self._persons[0].get(end + 1)
            if name_end is not None and name_end < len(doc) and doc[name_end].text == ",":
                end = name_end
        end = self.with_second_portfolio(start, end)
        first, last = doc[start], doc[end - 1]
        begin, stop = first.idx, last.idx + len(last.text)
        for entity in self.parsed.analysis.entities:
            if entity.start < stop and begin < entity.end:
                begin, stop = min(begin, entity.start), max(stop, entity.end)
        return begin, stop

    def _in_incise(self, verb: Token) -> bool:
        first = verb
        for child in verb.children:
            if child.dep_.startswith("aux") and child.i < first.i:
                first = child
        return first.i > 0 and (self.doc[first.i - 1].text == "," or self.doc[first.i - 1].text in _QUOTE_MARKS)

    def _incise_start(self, verb: Token) -> int:
        first = verb
        for child in verb.children:
            if child.dep_.startswith("aux") and child.i < first.i:
                first = child
        return first.i
