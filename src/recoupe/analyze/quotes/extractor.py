"""Quoted words and who said them.

The component follows spaCy's find / decide / write split:

* *find* (:mod:`recoupe.analyze.quotes.find`): pairs of quotation marks in the raw text, nested or
  across paragraphs; pieces of one quote that runs over several paragraphs share a group;
* *decide*: the kind of each quote (``direct``: someone's clause or sentence; ``partial``: a few words
  inside reported speech or a scare quote) and its speaker (:mod:`recoupe.analyze.quotes.speaker` for
  the cues, :mod:`recoupe.analyze.coref` for who the words naming the speaker stand for). Two article-
  level rules come last: a scare quote right after ``X a déclaré que …`` is X's, and quoted words that
  repeat words already attributed (a headline quoting the body) get the same speaker;
* *write*: :class:`recoupe.model.Quote` records, speaker ``None`` when the text does not say who.

Names of works and operations (``l'opération « Bouclier »``) are kept as quotes but get a speaker only
when the text says whose name it is (``ce que Moscou appelle « … »``, an explicit incise).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import ClassVar

from spacy.tokens import Token

from recoupe.analyze.base import Parsed, components
from recoupe.analyze.coref import Coreference, Referent
from recoupe.analyze.quotes.find import QuoteSpan
from recoupe.analyze.quotes.speaker import NOBODY, ArticleSpeakers, Found, SpeakerFinder
from recoupe.analyze.syntax import SUBJECT_DEPS, misread_finite_verb, morph, noun_phrase
from recoupe.lang import Language
from recoupe.model import Attribution, Quote, QuoteKind
from recoupe.text import fold, fold_words

#: A sentence boundary inside quoted words: ``… de longue date. Des militants …``.
_INNER_SENTENCE = re.compile(r"\w{2,}[.!?…]\s+[«“\"(]?[A-ZÀ-ÖØ-Þ]")
_WORD = re.compile(r"[\w'’-]+")
#: How many tokens back a body written by its kind alone (``le ministère``) looks for its fuller name.
_FULLER_WINDOW = 80


#: How an interviewer's line ends: a question, or a remark left hanging for the answer (``Certains vous
#: reprochent de noircir le tableau…``).
_QUESTION_ENDS = ("?", "…", "...")

#: The most words a line between two quotes may have to be a section heading (``Les travaux.``).
_HEADING_WORDS = 6


def _quiet_gap(parsed: Parsed, start: int, end: int, speaker: str | None = None) -> bool:
    """Whether the text between two quotes names nobody (no person or organization outside quotes) but the
    ``speaker`` of the first (``« … », raconte X, un étudiant. Son cousin … .`` then ``« … »``: the incise names
    who goes on speaking) and crosses paragraphs only through short heading lines."""
    lines = parsed.text[start:end].split("\n")
    if len(lines) > 1 and (lines[-1].strip() or any(len(_WORD.findall(line)) > _HEADING_WORDS for line in lines[1:-1])):
        return False  # across paragraphs, only to a quote that opens its paragraph, past headings
    # A heading's words (``Programme d'investissements``, often tagged as a name) name no speaker.
    narrative = [(start, start + len(lines[0]))]
    if len(lines) > 1:
        narrative.append((end - len(lines[-1]), end))
    coref = parsed.coref
    return not any(
        e.type in ("PER", "ORG")
        and any(a <= e.start < b for a, b in narrative)
        and not coref.is_quoted(e.start)
        and (speaker is None or e.name != speaker)
        for e in parsed.analysis.entities
    )


#: Marks that close a participle read with a speaker's description: what follows is another clause.
_CLAUSE_STOPS: frozenset[str] = frozenset({",", ".", ";", ":", "!", "?", "«", "»", "“", "”", '"', "(", ")"})


@dataclass(slots=True)
class _Decision:
    """One quote group being decided: its pieces, kind and speaker cue."""

    pieces: list[QuoteSpan]
    kind: QuoteKind
    is_name: bool
    found: Found = None


@components.register("quotes")
class QuoteExtractor:
    """Quotes with their kind and speaker (``analysis.quotes``).

    Args:
        lang: the language, for its speech verbs, attribution cues and name nouns.
    """

    name = "quotes"
    #: ``entities`` for speakers (through coreference), ``timexes`` so that a date is never a speaker.
    requires: ClassVar[tuple[str, ...]] = ("entities", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, lang: Language) -> None:
        speech = lang.speech
        self.speakers = SpeakerFinder(lang)
        self.name_nouns: frozenset[str] = frozenset(fold(w) for w in speech.NAME_NOUNS)
        self.first_person: frozenset[str] = frozenset(fold(w) for w in speech.FIRST_PERSON)
        self.euphonic_t: frozenset[str] = frozenset(speech.EUPHONIC_T)
        self.euphonic_prefix: str = speech.EUPHONIC_PREFIX
        self.institution_nouns: frozenset[str] = frozenset(fold(w) for w in speech.INSTITUTION_NOUNS)
        self.determiners: frozenset[str] = frozenset(fold(w) for w in speech.SPEAKER_DETERMINERS)
        links = sorted(speech.COMPLEMENT_LINKS, key=len, reverse=True)
        self.complement: re.Pattern[str] = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in links) + r")(?:\s+|(?<=')|(?<=’))", re.IGNORECASE
        )
        self.one_of: frozenset[str] = frozenset(fold(w) for w in speech.ONE_OF)
        #: ``l'un de ``, ``une d'``: one of a possessed group (``l'un de ses responsables``).
        self.one_of_possessive: re.Pattern[str] = re.compile(
            r"(?:l['’])?("
            + "|".join(re.escape(w) for w in speech.ONE_OF)
            + r")\s+"
            + r"(?:"
            + "|".join(re.escape(w) for w in speech.ONE_OF_LINKS)
            + r")\s*",
            re.IGNORECASE,
        )
        self.interviewers: frozenset[str] = frozenset(fold(w) for w in speech.INTERVIEWER_NOUNS)
        self.spokespersons: frozenset[str] = frozenset(fold(w) for w in speech.SPOKESPERSON_NOUNS)
        self.non_asserting: frozenset[str] = frozenset(fold(w) for w in lang.claims.NON_ASSERTING_NOUNS)
        self.speech_verbs: frozenset[str] = frozenset(speech.SPEECH_VERBS) | frozenset(speech.INCISE_ONLY_VERBS)
        #: Inverted forms the tagger may not lemmatize (``ajoute-t-il``): the third person of a verb in ``-er``,
        #: folded, read only before its hyphenated clitic (a bare stem matched ``ni`` for ``nier``).
        self.speech_forms: frozenset[str] = frozenset(fold(v[:-2]) + "e" for v in self.speech_verbs if v.endswith("er"))
        self.possessor_relatives: frozenset[str] = frozenset(fold(w) for w in speech.POSSESSOR_RELATIVES)
        self.possessor_link: str = speech.POSSESSOR_LINK
        self.protest_verbs: frozenset[str] = frozenset(fold(w) for w in speech.PROTEST_VERBS)
        self.protesters: str = speech.PROTESTERS
        self.age_after: re.Pattern[str] = re.compile(r"\s+" + lang.claims.AGE_COMPLEMENT)
        self.possessed_articles: dict[tuple[str, str], str] = speech.POSSESSED_ARTICLES
        self.elided_article: str = speech.ELIDED_ARTICLE
        self.owner_links: dict[str, str] = speech.OWNER_LINKS
        self.elided_link: str = speech.ELIDED_LINK
        self.eliding: frozenset[str] = frozenset(speech.ELIDING_LETTERS)

    def __call__(self, parsed: Parsed) -> None:
        groups = self.find(parsed)
        decisions = self.decide(parsed, groups)
        parsed.analysis.quotes = self.write(parsed, decisions)

    # -- find -------------------------------------------------------------------------------------

    def find(self, parsed: Parsed) -> list[list[QuoteSpan]]:
        """Quoted pieces grouped by quote (one group per quote; several pieces across paragraphs)."""
        groups: dict[int, list[QuoteSpan]] = {}
        for span in parsed.coref.quotes:
            groups.setdefault(span.group, []).append(span)
        return list(groups.values())

    # -- decide -----------------------------------------------------------------------------------

    def decide(self, parsed: Parsed, groups: list[list[QuoteSpan]]) -> list[_Decision]:
        """Kind and speaker cue of every quote group."""
        finder = self.speakers.bind(parsed)
        decisions: list[_Decision] = []
        for pieces in groups:
            kind = self.kind(parsed, pieces)
            is_name = self.is_name(parsed, pieces[0])
            decision = _Decision(pieces, kind, is_name)
            decision.found = self._cue(finder, decision)
            if decision.found is None and kind == "direct" and not is_name:
                decision.found = finder.introduced(pieces[-1])
            decisions.append(decision)
        for decision in decisions:
            if decision.found is None and decision.kind == "partial" and not decision.is_name:
                decision.found = finder.previous_sentence(decision.pieces[0])
        for decision in decisions:
            if decision.found is None and decision.kind == "partial" and not decision.is_name:
                decision.found = finder.governor(decision.pieces[0])
        self._elided_subjects(finder, decisions)
        for decision in decisions:
            if decision.is_name:
                continue
            if decision.found is None or self._thing_speaks(parsed, decision.found):
                decision.found = finder.previous_speaker(decision.pieces[0]) or decision.found
        for decision in decisions:
            if decision.found is None and decision.kind == "direct" and not decision.is_name:
                decision.found = finder.reporting_sentence(decision.pieces[0])
        for decision in decisions:
            # ``X a fait savoir qu'il … . « … »``: a whole sentence quoted right after X's reported speech
            # goes on with it, as a scare quote there would.
            first = decision.pieces[0]
            if (
                decision.found is None
                and decision.kind == "direct"
                and not decision.is_name
                and not finder.text[finder.sentence_start(first.open) : first.open].strip()
            ):
                decision.found = finder.previous_sentence(first)
        self._following_quotes(finder, decisions)
        self._paragraph_speaker(parsed, decisions)
        for decision in decisions:
            if decision.found is None and decision.kind == "direct" and not decision.is_name:
                decision.found = finder.paragraph_before(decision.pieces[0])
        for decision in decisions:
            if decision.found is None and decision.kind == "direct" and not decision.is_name:
                decision.found = finder.presented(decision.pieces[0]) or finder.portrayed(decision.pieces[0])
        self._interview_answers(parsed, decisions)
        self._repeated_words(parsed, decisions)
        self._taken_up_sources(parsed, finder, decisions)
        self._pronoun_after_quote(parsed, finder, decisions)
        self._incise_pronoun_after_source(parsed, finder, decisions)
        return decisions

    def _incise_pronoun_after_source(self, parsed: Parsed, finder: ArticleSpeakers, decisions: list[_Decision]) -> None:
        """``Le refuge a reçu dix blessés, a indiqué un médecin. « … », a-t-il ajouté.``: the pronoun of an incise
        after a quote that opens its sentence goes on with whoever the sentence before (same paragraph) reports
        as speaking. Coreference may take a body named there instead (the refuge, an acronym in parentheses);
        a body that speaks is left alone, and so is a person it found."""
        coref = parsed.coref
        retaken: dict[tuple[int, int], tuple[int, int]] = {}
        for decision in decisions:
            found, first = decision.found, decision.pieces[0]
            if isinstance(found, tuple) and found in retaken:
                # ``« … », a-t-il précisé, ajoutant que les équipes avaient « à peine commencé »``: the same
                # pronoun gives the words quoted after it to the same person
                decision.found = retaken[found]
                continue
            if decision.is_name or not isinstance(found, tuple) or found[0] < decision.pieces[-1].end:
                continue
            person = coref.t.pronouns.get(fold(parsed.text[found[0] : found[1]].strip().lstrip("-")))
            start = finder.sentence_start(first.open)
            if person is None or person[1] != "Sing" or parsed.text[start : first.open].strip() or start == 0:
                continue
            current = coref.referent(*found)
            if current is not None and current.type == "PER":
                continue
            if "\n" in parsed.text[finder.previous_sentence_start(start) : start].rstrip():
                continue
            source = finder.latest_source(first.open, 1) or self._named_previous_subject(parsed, finder, first)
            if source is None or not self._source_fits(parsed, finder, source, person[0], current):
                continue
            retaken[found] = source
            decision.found = source

    @staticmethod
    def _named_previous_subject(parsed: Parsed, finder: ArticleSpeakers, quote: QuoteSpan) -> tuple[int, int] | None:
        """The previous sentence's subject when it is a named person (``X, qui a perdu sa sœur, est restée
        silencieuse. « … », a-t-elle murmuré``): the pronoun takes up that subject, not a noun of its relative
        clause."""
        found = finder.previous_subject(quote)
        if not isinstance(found, tuple):
            return None
        said = parsed.coref.referent(*found)
        return found if said is not None and said.type == "PER" and said.entity else None

    def _source_fits(
        self,
        parsed: Parsed,
        finder: ArticleSpeakers,
        source: tuple[int, int],
        gender: str | None,
        current: Referent | None,
    ) -> bool:
        """Whether a pronoun of ``gender`` may stand for ``source``: a named person whose gender the article does not
        contradict, or an unnamed person whose head noun agrees; not a body the pronoun already stands for."""
        said = parsed.coref.referent(*source)
        if said is not None and said.entity is not None:
            if current is not None and said.entity == current.entity:
                return False
            return said.type == "PER" and self._gender_fits(parsed.coref, said, gender)
        words = finder.tokens(*source)
        heads = [t for t in words if t.pos_ == "NOUN"]
        if not heads or not parsed.coref.is_one_person(words[0].i, words[-1].i + 1, heads[0]):
            return False
        told = morph(heads[0], "Gender")
        return gender is None or not told or gender in told

    def _pronoun_after_quote(self, parsed: Parsed, finder: ArticleSpeakers, decisions: list[_Decision]) -> None:
        """``« … », a déclaré le gouverneur, X, joint à Uvira, où … l'AFC. Il a dénoncé l'« … »``: a sentence that
        opens on ``il`` / ``elle`` right after a sentence quoting a named person, in the same paragraph, goes on
        with that person. Coreference may take a body named later in the clause instead, or see no one when
        the name sits in an incise inside the quotation marks (``« …, a expliqué X, et … »``)."""
        coref = parsed.coref
        for n, decision in enumerate(decisions):
            found = decision.found
            if decision.is_name or not isinstance(found, tuple):
                continue
            word = fold(parsed.text[found[0] : found[1]].strip())
            person = coref.t.pronouns.get(word)
            if person is None or person[1] != "Sing" or parsed.text[finder.sentence_start(found[0]) : found[0]].strip():
                continue
            current = coref.referent(*found)
            if current is not None and current.type == "PER":
                continue
            start = finder.sentence_start(found[0])
            if "\n" in parsed.text[finder.previous_sentence_start(start) : start].rstrip():
                continue
            before = [
                d
                for d in decisions[:n]
                if isinstance(d.found, tuple) and finder.previous_sentence_start(start) <= d.pieces[-1].open < start
            ]
            said = coref.referent(*before[-1].found) if before and isinstance(before[-1].found, tuple) else None
            if said is not None and said.type == "PER" and said.entity and self._gender_fits(coref, said, person[0]):
                decision.found = before[-1].found

    @staticmethod
    def _gender_fits(coref: Coreference, person: Referent, gender: str | None) -> bool:
        """Whether nothing the article says of ``person``'s gender contradicts the pronoun's ``gender``."""
        told = {m.gender for m in coref.mentions if m.referent is not None and m.referent.entity == person.entity}
        told.discard(None)
        return gender is None or not told or gender in told

    def _taken_up_sources(self, parsed: Parsed, finder: ArticleSpeakers, decisions: list[_Decision]) -> None:
        """A speaker that only takes up a source cited before (``selon la même source``, ``a confié cet
        officier``) is that source: the latest one reported as speaking in the sentences before (the one
        before only, for a demonstrative, which takes up who was just introduced)."""
        for decision in decisions:
            how = finder.anaphoric_source(decision.found)
            if how is None:
                continue
            if how == "demonstrative":
                said = self.attribution(parsed, parsed.coref, decision.found)
                if said is None or said.entity is not None:
                    continue  # coreference already knows who the demonstrative is
            source = finder.latest_source(decision.pieces[0].open, 3 if how == "same" else 1)
            if source is not None:
                decision.found = source

    def _thing_speaks(self, parsed: Parsed, found: Found) -> bool:
        """Whether a cue found only a thing that names no one (``les données provisoires montrent que « … »``):
        the words are then someone else's."""
        if not isinstance(found, tuple):
            return False
        words = parsed.text[found[0] : found[1]].strip()
        return self._asserts_nothing(words) and self.attribution(parsed, parsed.coref, found) is None

    @staticmethod
    def _elided_subjects(finder: ArticleSpeakers, decisions: list[_Decision]) -> None:
        """A partial quote in a sentence without a subject of its own (``Mais plaidant aussi pour une « … »``,
        ``Et de dénoncer la « … »``) is the words of the sentence before's speaker: the speaker of a quote
        there, else that sentence's subject when it is someone."""
        for n, decision in enumerate(decisions):
            first = decision.pieces[0]
            if decision.found is not None or decision.kind != "partial" or decision.is_name:
                continue
            if not finder.text[first.start : first.start + 1].islower() or not finder.subjectless(first):
                continue  # a capitalized quote there is a title (``Au programme, « Le Dîner de cons »``)
            start = finder.sentence_start(first.open)
            previous = finder.previous_sentence_start(start)
            earlier = [
                d.found for d in decisions[:n] if isinstance(d.found, tuple) and previous <= d.pieces[-1].open < start
            ]
            decision.found = earlier[-1] if earlier else finder.previous_subject(first)

    def _interview_answers(self, parsed: Parsed, decisions: list[_Decision]) -> None:
        """An interview: a line that is only a question (``Le maintien est-il possible ?``) and then a line that is
        only a quote (``« Il reste quatorze matchs. »``, or after a dash): the answer is the words of the person
        the narrative line before the questions names last (``Le capitaine, X, a accepté de répondre``)."""
        text = parsed.text
        coref = parsed.coref

        def line(offset: int) -> tuple[int, int]:
            return text.rfind("\n", 0, offset) + 1, (text.find("\n", offset) + 1 or len(text) + 1) - 1

        def previous_line(start: int) -> tuple[int, int] | None:
            end = start - 1
            while end > 0 and not text[end - 1 : end].strip() and text[end - 1] == "\n":
                end -= 1
            if end <= 0:
                return None
            return line(end - 1)

        def answer_only(a: int, b: int) -> bool:
            outside = "".join(ch for i, ch in enumerate(text[a:b], a) if not coref.is_quoted(i))
            return not any(ch.isalnum() for ch in outside) and any(coref.is_quoted(i) for i in range(a, b))

        for decision in decisions:
            if decision.found is not None or decision.kind != "direct" or decision.is_name:
                continue
            a, b = line(decision.pieces[0].open)
            if not answer_only(a, b):
                continue
            previous = previous_line(a)
            if previous is None or not text[previous[0] : previous[1]].rstrip().endswith(_QUESTION_ENDS):
                continue
            while previous is not None:
                p_a, p_b = previous
                words = text[p_a:p_b].rstrip()
                if not (words.endswith(_QUESTION_ENDS) or answer_only(p_a, p_b) or not words):
                    break
                previous = previous_line(p_a)
            if previous is None:
                continue
            named = [
                e
                for e in parsed.analysis.entities
                if e.type == "PER"
                and previous[0] <= e.start < previous[1]
                and not coref.is_quoted(e.start)
                and not self._interviewer(text, e.start)
            ]
            if named:
                decision.found = named[-1].start, named[-1].end

    def _interviewer(self, text: str, start: int) -> bool:
        """Whether the name at ``start`` is introduced as the one asking (``notre journaliste X``): the words just
        before it hold an interviewer noun."""
        before = re.split(r"[\s'’]+", fold(text[max(0, start - 40) : start]))
        return bool(set(before[-4:]) & self.interviewers)

    @staticmethod
    def _paragraph_speaker(parsed: Parsed, decisions: list[_Decision]) -> None:
        """A direct quote without a cue goes on with the speaker of the latest attributed quote before it
        when nothing between them names someone else: in the same paragraph (``X a indiqué que … « … ».
        C'est le principe : « … »``), or past short heading lines only (``Les travaux.``)."""
        latest: _Decision | None = None
        for decision in decisions:
            if (
                decision.found is None
                and decision.kind == "direct"
                and not decision.is_name
                and latest is not None
                and isinstance(latest.found, tuple)
            ):
                gap_start, gap_end = latest.pieces[-1].end, decision.pieces[0].open
                said = parsed.coref.referent(*latest.found)
                speaker = said.entity if said is not None else None
                if gap_start <= gap_end and _quiet_gap(parsed, gap_start, gap_end, speaker):
                    decision.found = latest.found
            if isinstance(decision.found, tuple):
                latest = decision
            elif decision.found is NOBODY:
                latest = None

    @staticmethod
    def _following_quotes(finder: ArticleSpeakers, decisions: list[_Decision]) -> None:
        """A direct quote without a cue that follows another quote with nothing but that quote's incise in
        between (``« … », a-t-il dit.\n« … »``) goes on with the same speaker."""
        text = finder.text
        for previous, decision in pairwise(decisions):
            if decision.found is not None or decision.kind != "direct" or decision.is_name:
                continue
            if not isinstance(previous.found, tuple) or previous.kind != "direct":
                continue
            last = previous.pieces[-1]
            gap_start = finder.sentence_end(last.close + 1) if last.closed else last.end
            if gap_start <= decision.pieces[0].open and not text[gap_start : decision.pieces[0].open].strip():
                decision.found = previous.found

    def _cue(self, finder: ArticleSpeakers, decision: _Decision) -> Found:
        """Try the speaker cues in order; the first that finds someone (or explicitly no one) wins."""
        first, last = decision.pieces[0], decision.pieces[-1]
        if decision.is_name:
            for found in (finder.after(last), finder.left(first, naming_only=True)):
                if found is not None:
                    return found
            return None
        cues: list[Callable[[], Found]] = [lambda: finder.after(last)]
        if decision.kind == "direct":
            cues += [partial(finder.inside, p) for p in decision.pieces]
            cues += [
                lambda: finder.left(first),
                lambda: finder.copula(first),
                lambda: finder.colon(first),
                lambda: finder.right(last),
            ]
        else:
            cues += [
                lambda: finder.participle_agent(first),
                lambda: finder.charged(first),
                lambda: finder.incise_over_mind(last),
                lambda: finder.left(first),
                lambda: finder.stressed_aside(first),
                lambda: finder.quoted_verb(first),
                lambda: finder.copula(first),
                lambda: finder.right(last),
                lambda: finder.colon(first),
            ]
        cues.append(lambda: finder.headline_subject(last))
        cues.append(lambda: finder.stance(first))
        cues.append(lambda: finder.colon_agent(first))
        cues.append(lambda: finder.chanted(first))
        cues.append(lambda: finder.carried(first))
        if finder.relayed(last):
            cues = [*cues[1:], cues[0]]  # ``X s'est dit « … », a rapporté le journal``: X's own clause first
        for cue in cues:
            found = cue()
            if found is not None and not finder.inanimate(found):
                return found
        return None

    def kind(self, parsed: Parsed, pieces: list[QuoteSpan]) -> QuoteKind:
        """``direct`` for a sentence or a clause with its own subject, ``partial`` for a few words."""
        text = parsed.text
        inner = " ".join(text[p.start : p.end] for p in pieces)
        words = _WORD.findall(inner)
        if len(pieces) > 1 or (len(words) >= 4 and _INNER_SENTENCE.search(inner)):
            return "direct"
        if len(words) >= 3 and inner.rstrip('»”" ')[-1:] in (".", "!", "?", "…") and not inner.lstrip()[:1].islower():
            # A sentence's end; but words opening in lowercase are a piece of one (``« dans les pays qui … »``)
            return "direct"
        tokens = [t for t in parsed.doc.char_span(pieces[0].start, pieces[0].end, alignment_mode="expand") or []]
        inside = {t.i for t in tokens}
        finite = [t for t in tokens if t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm")]
        if len(words) >= 2 and finite and inner[:1].isupper() and tokens and tokens[0].pos_ != "PROPN":
            return "direct"
        if len(words) >= 3 and any(fold(t.text) in self.first_person for t in tokens):
            return "direct"
        if len(words) >= 4 and any(self._own_subject(t, inside) for t in tokens):
            return "direct"
        return "partial"

    def _own_subject(self, token: Token, inside: set[int]) -> bool:
        """A subject inside the quote whose verb is inside too (not a relative ``qui``)."""
        if token.dep_ not in SUBJECT_DEPS or token.head.i not in inside or token.head.i == token.i:
            return False
        return "Rel" not in morph(token, "PronType") and token.lower_ not in self.euphonic_t

    def is_name(self, parsed: Parsed, piece: QuoteSpan) -> bool:
        """A capitalized quote right after a noun such as ``opération`` or ``film``: a name, not words."""
        first = parsed.text[piece.start : piece.start + 1]
        if not first.isupper():
            return False
        # Only the words of the quote's own paragraph: a heading above it (``Programme d'investissements``)
        # does not make the quote a programme's name.
        before = parsed.text[max(0, piece.open - 40) : piece.open].rsplit("\n", 1)[-1]
        # Nor a noun a comma sets apart from the quote (``X, figure du mouvement, l'assure : « Nous … »``).
        before = re.split(r"[,;.!?]", before)[-1]
        words = _WORD.findall(before)
        if not words:
            return False
        # ``l'opération « X »``, ``l'opération militaire « X »``.
        # The elided article is cut off (``l'opération``), as the regular expression keeps it with the noun.
        return any(fold(w).replace("’", "'").split("'")[-1] in self.name_nouns for w in words[-2:])

    def _repeated_words(self, parsed: Parsed, decisions: list[_Decision]) -> None:
        """Quoted words without a cue that repeat words attributed elsewhere get the same speaker
        (a headline quoting the body, a scare quote used twice), when all such attributions agree — words said
        elsewhere must make at least half of the quote (a scare quote someone used is not the speaker of a long
        quote that repeats the word); a headline's
        or intertitle's quote takes them even over its own cue (see :meth:`_outranked`)."""
        coref = parsed.coref
        text = parsed.text
        attributed: list[tuple[str, str, int]] = []  # (folded words, who, decision)
        for n, decision in enumerate(decisions):
            if isinstance(decision.found, tuple):
                who = self._who(coref, decision.found)
                if who is not None:
                    for piece in decision.pieces:
                        attributed.append((fold_words(text[piece.start : piece.end]), who, n))
        for n, decision in enumerate(decisions):
            if decision.is_name or (decision.found is not None and not self._outranked(parsed, decision)):
                continue
            words = " ".join(fold_words(text[p.start : p.end]) for p in decision.pieces)
            if len(words) < 6:
                continue
            owners = {
                who
                for other, who, m in attributed
                if m != n and (words in other or (len(other) >= 6 and other in words and 2 * len(other) >= len(words)))
            }
            if len(owners) != 1:
                continue
            owner = next(iter(owners))
            source = next(d for d in decisions if isinstance(d.found, tuple) and self._who(coref, d.found) == owner)
            decision.found = source.found

    @staticmethod
    def _outranked(parsed: Parsed, decision: _Decision) -> bool:
        """Whether the body's attribution of the same words outranks a quote's own cue. A line holding nothing
        but the quote (an intertitle) got its cue from around it, and the body says who spoke it; in the
        article's first line (the headline), a cue that names no person or organization (``Brest : « … »``,
        ``selon un député``) yields to the body's; a named one (``l'association X alerte sur « … »``) stands."""
        text = parsed.text
        first = decision.pieces[0]
        line_start = text.rfind("\n", 0, first.open) + 1
        line_end = text.find("\n", first.open)
        line_end = len(text) if line_end < 0 else line_end
        alone = not text[line_start : first.open].strip() and not text[first.end : line_end].strip(" »”\"'.!?…")
        if alone and len(decision.pieces) == 1:
            return True
        if text[:line_start].strip() or not isinstance(decision.found, tuple):
            return False
        start, end = decision.found
        places = [(e.start, e.end) for e in parsed.analysis.entities if e.type == "LOC"]
        for word in re.finditer(r"\b[^\W\d_][\w-]*", text[start:end]):
            at = start + word.start()
            if word.group()[:1].isupper() and at != line_start and not any(a <= at < b for a, b in places):
                return False  # a name the headline gives (the tagger often tags none there)
        referent = parsed.coref.referent(start, end)
        return referent is None or referent.entity is None or referent.type not in ("PER", "ORG")

    @staticmethod
    def _incise_lead(lead: list[Token]) -> bool:
        """An incise puts its verb first, its subject after (``a-t-il assuré``, ``ajoute encore le maire``):
        only an auxiliary, an adverb or a hyphenated clitic may come between the comma and the verb. A
        subject before the verb makes it a clause of the quoted words (``la vérité : qui a signé, qui …``)."""
        return all(t.pos_ in ("AUX", "ADV") or t.text.startswith("-") for t in lead)

    @staticmethod
    def _who(coref: Coreference, found: tuple[int, int]) -> str | None:
        referent = coref.referent(*found)
        if referent is None:
            # an unnamed description (``la mère d'une victime``) is still someone, known by its words; a lone
            # word (an unresolved ``il``) is no one to share
            words = fold(coref.text[found[0] : found[1]].strip())
            return words if len(words.split()) >= 2 else None
        return referent.entity or fold(referent.text)

    # -- write ------------------------------------------------------------------------------------

    def write(self, parsed: Parsed, decisions: list[_Decision]) -> list[Quote]:
        """Contract records, in text order; every piece of a multi-paragraph quote has the same speaker."""
        coref = parsed.coref
        quotes: list[Quote] = []
        for decision in decisions:
            speaker = self.attribution(parsed, coref, decision.found)
            for piece in decision.pieces:
                spans = [(piece.start, piece.end)]
                if decision.kind == "direct":
                    spans = self.without_incises(parsed, piece.start, piece.end)
                for start, end in spans:
                    quotes.append(Quote(start, end, parsed.text[start:end], decision.kind, speaker))
        quotes.sort(key=lambda q: q.start)
        return quotes

    def without_incises(self, parsed: Parsed, start: int, end: int) -> list[tuple[int, int]]:
        """A direct quote's spans without the reporting clause written inside its marks (``« Tous les
        événements … de longue date, a-t-il assuré. Des militants … »``): the quoted words are the
        quote, the clause is its attribution. A clause is a comma, then within five tokens a speech
        verb (``a-t-il assuré``, ``ajoute-t-elle``, ``a déclaré le ministre``), up to the next comma,
        period or semicolon."""
        doc = parsed.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return [(start, end)]
        pieces: list[tuple[int, int]] = []
        cursor = start
        tokens = list(span)
        for i, token in enumerate(tokens):
            if token.text != "," or token.idx < cursor:
                continue
            verb = next(
                (
                    t
                    for t in tokens[i + 1 : i + 6]
                    if (t.lemma_ in self.speech_verbs and t.pos_ in ("VERB", "AUX"))
                    or (fold(t.text) in self.speech_forms and t.i + 1 < len(doc) and doc[t.i + 1].text.startswith("-"))
                ),
                None,
            )
            if verb is None or not self._incise_lead(tokens[i + 1 : verb.i - span.start]):
                continue
            stop = next(
                (t for t in tokens[verb.i - span.start + 1 : verb.i - span.start + 8] if t.text in (",", ".", ";")),
                None,
            )
            if stop is None or stop.idx + 1 >= end:
                continue
            pieces.append((cursor, token.idx))
            cursor = stop.idx + 1
        if not pieces:
            return [(start, end)]
        pieces.append((cursor, end))
        trimmed = []
        for a, b in pieces:
            while a < b and parsed.text[a].isspace():
                a += 1
            while b > a and parsed.text[b - 1].isspace():
                b -= 1
            if b > a:
                trimmed.append((a, b))
        return trimmed

    def _protesting_crowd(self, parsed: Parsed, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` count a crowd of people (``Quelque 10 000 personnes``, ``les
        cortèges``) who demonstrate in their clause (``ont défilé``, ``ont manifesté``): its quoted words are the
        protesters', and the speaker is named so, the count that described them in brackets."""
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        nouns = [t for t in span or () if t.pos_ == "NOUN"]
        if not nouns or fold(nouns[-1].text) not in self.speakers.lex.crowd_nouns:  # the finder's own table
            return False
        token = nouns[-1]
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in self.protest_verbs:
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def attribution(self, parsed: Parsed, coref: Coreference, found: Found) -> Attribution | None:
        """The speaker record for a cue's span: the words as written and the entity they stand for.

        A pronoun that stands for nobody the article names gives no speaker; one that stands for an
        unnamed description (``elles`` → ``les autorités kazakhes``) is written as that description.
        """
        if found is None or found is NOBODY or not isinstance(found, tuple):
            return None
        start, end = found
        words = parsed.text[start:end].strip()
        if not words:
            return None
        referent = coref.referent(start, end)
        word = fold(words).lstrip("-").removeprefix(self.euphonic_prefix)
        is_pronoun = word in coref.t.pronouns or word in coref.t.possessives
        if is_pronoun:
            if referent is None:
                return None
            if referent.entity is None:
                return Attribution(self._whole_title(parsed, referent.text, start), None)
            return Attribution(words.lstrip("-"), referent.entity)
        if referent is None or referent.entity is None:
            if self._protesting_crowd(parsed, start, end):
                return Attribution(f"{self.protesters} ({words})", None)
        owner = self._relative_owner(parsed, words, start)
        if owner is not None:
            return Attribution(f"{words} {self.possessor_link} {owner}", None)
        group = self._group_of_one(coref, words, end)
        if group is not None:
            return Attribution(f"{words} ({group})", None)
        spoken_for = self._spoken_for(coref, words, start)
        if spoken_for is not None:
            return Attribution(f"{words} ({spoken_for})", None)
        possessed = None if referent is not None and referent.entity else self._possessed(parsed, coref, words, start)
        if possessed is not None:
            return Attribution(possessed, None)
        if self._asserts_nothing(words) or self._first_noun(parsed, start, end) in self.non_asserting:
            # ``selon les chiffres du ministère de l'Intérieur``: the ministry; ``selon certaines
            # informations``: no one
            agent = next(
                (
                    e
                    for e in parsed.analysis.entities
                    if e.type in ("ORG", "PER") and start < e.start < start + len(words)
                ),
                None,
            )
            if agent is not None:
                return Attribution(agent.text, agent.name)
            complement = re.search(self.complement, words)
            rest = words[complement.end() :].strip() if complement else ""
            if rest and not self._asserts_nothing(rest) and self._head(rest) in self.institution_nouns:
                # ``les chiffres de la préfecture du Nord``: the prefecture; ``le rapport de l'institut`` after
                # ``L'Insee publiera …``: the body that kind stands for
                body = coref.referent(start + len(words) - len(rest), start + len(words))
                return Attribution(rest, body.entity if body is not None and body.type == "ORG" else None)
            named = self._named_in(parsed, start + len(words) - len(rest), start + len(words)) if rest else None
            if named is not None:
                return Attribution(rest, named)  # ``un communiqué de l'Alliance``: a body by its name
            return None
        if self._institution(words):
            # ``L'administration de Tokayev a déclaré``: the administration speaks, not the man it serves;
            # ``le ministère`` after ``le ministère italien de l'Intérieur``: the organization it resolves to
            organization = self._organization(parsed, start, end)
            if organization is None and referent is not None and referent.type == "ORG":
                organization = referent.entity
            if organization is None:
                fuller = self._named_before(parsed, words, start)
                if fuller is not None:
                    return Attribution(fuller, None)
            return Attribution(words, organization)
        entity = referent.entity if referent is not None else None
        if entity is not None and self._complement_only(parsed, words, start, entity):
            entity = None  # ``l'homme fort de Beauvau``: the description, not the place it is of
        if referent is not None and entity is None and referent.entity is None and referent.text != words:
            # ``La jeune fille`` taking up ``la fille de Marie Lenoir``: written as the description that says who
            return Attribution(referent.text, None)
        if entity is None and (introduced := coref.speaker_named_after(start, end)) is not None:
            entity = introduced.entity  # a role that speaks, then named as the next sentence's subject
        if entity is None:
            words = parsed.text[start : self._described_whole(parsed, start, end)].strip()
        return Attribution(words, entity)

    def _described_whole(self, parsed: Parsed, start: int, end: int) -> int:
        """Where an unnamed speaker's description ends once its participle and its age are read with it (``la mère
        d'un lycéen tué devant la mairie``, ``un gendarme joint sous couvert d'anonymat``, ``un rescapé guinéen de
        31 ans``): without them the description says less about who spoke, and may fit someone else."""
        doc = parsed.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return end
        members = set(range(span.start, span.end))
        i = span.end
        while i < len(doc):
            token = doc[i]
            if token.head.i not in members or token.dep_ != "acl" or "Part" not in morph(token, "VerbForm"):
                break
            if misread_finite_verb(token) or any(w.dep_ == "obl:agent" for w in token.subtree):
                break  # ``la scientifique décrit une situation``: a verb; ``interrogé par l'AFP``: who asked
            last = i
            for word in token.subtree:
                if word.i < i:
                    continue
                if word.text in _CLAUSE_STOPS or "\n" in word.text or parsed.coref.is_quoted(word.idx):
                    break
                last = word.i
            members.update(range(i, last + 1))
            i = last + 1
        stop = doc[i - 1].idx + len(doc[i - 1].text) if i > span.end else end
        age = self.age_after.match(parsed.text, stop)
        if age is not None:
            stop = age.end() - (1 if age.group().endswith(",") else 0)
        return max(stop, end)

    def _whole_title(self, parsed: Parsed, words: str, before: int) -> str:
        """The unnamed description a pronoun stands for, written whole: coreference reads it from the parse,
        which hangs a title's second portfolio elsewhere (``le ministre de la Pêche`` + ``et de la Mer``), and
        without it the title names another office. Its latest occurrence before ``before`` is read again."""
        at = parsed.text.rfind(words, 0, before)
        span = parsed.doc.char_span(at, at + len(words), alignment_mode="expand") if at >= 0 else None
        if span is None or not len(span):
            return words
        end = self.speakers.bind(parsed).with_second_portfolio(span.start, span.end)
        last = parsed.doc[end - 1]
        return parsed.text[at : max(at + len(words), last.idx + len(last.text))]

    def _relative_owner(self, parsed: Parsed, words: str, start: int) -> str | None:
        """``X, dont l'entourage assure …``: the name ``dont`` takes up, owner of the short description that speaks
        (the entourage speaks, not X: the description is written with its owner, the entity stays unset)."""
        if len(words.split()) > 2 or self._head(words) is None:
            return None
        before = parsed.text[:start].rstrip()
        relative = re.search(r"(?<!\w)(\w+)$", before)
        if relative is None or fold(relative.group(1)) not in self.possessor_relatives:
            return None
        antecedent_end = len(before[: relative.start()].rstrip(" ,\u00a0"))
        return next(
            (e.text for e in parsed.analysis.entities if e.type in ("PER", "ORG") and e.end == antecedent_end),
            None,
        )

    def _group_of_one(self, coref: Coreference, words: str, end: int) -> str | None:
        """``l'un d'eux`` after ``Les supporters de l'OM ont …``: the group the pronoun stands for, so that the
        speaker reads as one of them (a member speaks, not the group: the entity stays unset)."""
        parts = [w for w in re.split(r"[\s'’]+", fold(words)) if w]
        if len(parts) < 3 or not (set(parts[:2]) & self.one_of) or parts[-1] not in coref.t.pronouns:
            return None
        referent = coref.referent(end - len(words.split()[-1]), end)
        return referent.text if referent is not None else None

    def _spoken_for(self, coref: Coreference, words: str, start: int) -> str | None:
        """``Son porte-parole`` after ``L'Agence … a dépêché une équipe``: the body the possessive stands for, whose
        words the spokesperson gives (the person stays unnamed: the entity stays unset)."""
        parts = [w for w in re.split(r"\s+", fold(words)) if w]
        if len(parts) != 2 or parts[0] not in coref.t.possessives or parts[1] not in self.spokespersons:
            return None
        body = coref.referent(start, start + len(words.split()[0]))
        if body is None or body.type != "ORG":
            return None
        return body.entity or body.text

    def _possessed(self, parsed: Parsed, coref: Coreference, words: str, start: int) -> str | None:
        """``son cabinet`` after ``Le gouverneur du Nord-Kivu a réagi``: the possessive's noun written with the owner
        it stands for (``le cabinet du gouverneur du Nord-Kivu``, ``l'entourage d'Anne Roux``); the cabinet speaks,
        not its owner, so the entity stays unset. Without an owner the words stay as written."""
        one = self._one_of_possessed(words)
        if one is not None:
            # ``l'un de ses responsables``: one of the owner's, written ``un responsable du syndicat``
            article, offset = one
            group = words[offset:]
            possessed = self._possessed(parsed, coref, group, start + offset)
            span = parsed.doc.char_span(start + offset, start + len(words), alignment_mode="expand")
            tokens = list(span) if span is not None else []
            nouns = [t for t in tokens if t.pos_ in ("NOUN", "ADJ")]
            noun = group.split(maxsplit=1)[-1]
            if possessed is None or len(nouns) != 1 or noun not in possessed or any(t.pos_ == "PROPN" for t in tokens):
                return None  # ``un de ses militants, X``: the name says who
            owner_words = possessed[possessed.index(noun) + len(noun) :].strip()
            return f"{article} {nouns[0].lemma_} {owner_words}"
        parts = words.split(maxsplit=1)
        if len(parts) != 2 or fold(parts[0]) not in coref.t.possessives:
            return None
        owner = coref.referent(start, start + len(parts[0]))
        if owner is None:
            return None
        name = owner.entity or owner.text
        if not name or fold(name) in coref.t.pronouns:
            return None
        span = parsed.doc.char_span(start, start + len(words), alignment_mode="expand")
        head = next((t for t in span or () if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        gender = next(iter(morph(head, "Gender")), "Masc")
        number = next(iter(morph(head, "Number")), "Sing")
        noun = parts[1]
        article = self.possessed_articles.get((gender, number), "")
        if number != "Plur" and noun[:1].lower() in self.eliding:
            article = self.elided_article
        elif article:
            article += " "
        first, _, rest = name.partition(" ")
        link = self.owner_links.get(fold(first))
        if link is not None and rest:
            owner_words = f"{link} {rest}"
        elif fold(name).startswith(("l'", "l’")):
            owner_words = f"{self.owner_links.get(name[:2].lower(), self.possessor_link)}{name[2:]}"
        elif name[:1].lower() in self.eliding:
            owner_words = f"{self.elided_link}{name}"
        else:
            owner_words = f"{self.possessor_link} {name}"
        return f"{article}{noun} {owner_words}"

    def _one_of_possessed(self, words: str) -> tuple[str, int] | None:
        """For ``l'un de ses N`` / ``une de leurs N``: the article for one of them (``un``, ``une``) and where the
        possessive starts in ``words``; else ``None``."""
        match = self.one_of_possessive.match(words)
        if match is None:
            return None
        return fold(match.group(1)), match.end()

    def _complement_only(self, parsed: Parsed, words: str, start: int, entity: str) -> bool:
        """Whether a description (a lowercase common noun first) resolved only to the place or body named
        in its complement (``l'homme fort de Beauvau``, ``le numéro un de la CFDT``)."""
        first = next((w for w in re.split(r"[\s'’]+", words) if w and fold(w) not in self.determiners), "")
        if not first or not first[0].islower():
            return False
        # Only a complement (``de Beauvau``), not an apposition (``le syndicat Sud-Rail`` is Sud-Rail); a place
        # inside a description is always where the person is or was (``une femme blessée à Goma``).
        return any(
            e.name == entity
            and e.type != "PER"
            and start < e.start < start + len(words)
            and (e.type == "LOC" or self.complement.search(parsed.text, start, e.start) is not None)
            for e in parsed.analysis.entities
        )

    def _named_before(self, parsed: Parsed, words: str, start: int) -> str | None:
        """For a body written by its kind alone (``le ministère``), the latest fuller phrase with that head
        before it (``le ministère italien de l'Intérieur``), in the last few sentences outside quotes."""
        head = self._head(words)
        if head is None or len([w for w in re.split(r"[\s'’]+", fold(words)) if w]) > 2:
            return None
        doc = parsed.doc
        here = doc.char_span(start, start + 1, alignment_mode="expand")
        if here is None or not len(here):
            return None
        first = here[0].i
        for token in reversed(doc[max(0, first - _FULLER_WINDOW) : first]):
            if fold(token.text) != head or parsed.coref.is_quoted(token.idx):
                continue
            a, b = noun_phrase(token)
            named_after = any(t.pos_ == "PROPN" for t in doc[token.i + 1 : b])  # ``du groupe Thermalor``
            if (b - a > 2 or named_after) and b > token.i + 1:
                return str(doc[a:b].text)
            return None
        return None

    @staticmethod
    def _named_in(parsed: Parsed, start: int, end: int) -> str | None:
        """The name the words ``[start, end)`` end on, if the article names one there (a body, or a place
        standing for its authorities; the tagger calls ``l'Alliance`` a place as often as a body)."""
        return next(
            (
                e.name
                for e in parsed.analysis.entities
                if e.type != "PER" and start <= e.start and e.end <= end and e.end >= end - 1
            ),
            None,
        )

    @staticmethod
    def _first_noun(parsed: Parsed, start: int, end: int) -> str | None:
        """The first common noun of the words ``[start, end)``, folded, past adjectives before it
        (``le dernier bilan officiel``: ``bilan``)."""
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        noun = next((t for t in span or [] if t.pos_ in ("NOUN", "PROPN")), None)
        return fold(noun.text) if noun is not None and noun.pos_ == "NOUN" else None

    def _head(self, words: str) -> str | None:
        head = [w for w in re.split(r"[\s'’]+", fold(words)) if w and w not in self.determiners]
        return head[0] if head else None

    def _asserts_nothing(self, words: str) -> bool:
        """Whether a speaker's words are a thing that carries words rather than an agent (``certaines
        informations``, ``les données les plus récentes``): a speaker is a person, a body or a role."""
        return self._head(words) in self.non_asserting

    def _institution(self, words: str) -> bool:
        """Whether a speaker's words name a body by its kind (``l'administration de X``, ``le
        gouvernement``, ``les services de X``) rather than a person."""
        return self._head(words) in self.institution_nouns

    @staticmethod
    def _organization(parsed: Parsed, start: int, end: int) -> str | None:
        """The organization entity the speaker's words are, if the article names one there."""
        return next(
            (e.name for e in parsed.analysis.entities if e.type == "ORG" and e.start <= start + 3 and end - 3 <= e.end),
            None,
        )
