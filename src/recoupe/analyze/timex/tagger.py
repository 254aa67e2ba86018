"""Time expressions and their TIMEX3 values, anchored on the article's date and on its narrative.

The component follows spaCy's split: :class:`~recoupe.analyze.timex.grammar.TimexGrammar` *finds*
candidates with the language's pattern table, :class:`~recoupe.analyze.timex.resolve.TimexResolver`
*decides* their values, and :class:`TimexTagger` writes ``parsed.analysis.timexes``. This module holds
what needs the spaCy parse: the tense of the verb governing an expression (``lundi`` after a past verb
is last Monday, after a future one next Monday), sentence boundaries, and the check that a four-digit
number is a year rather than a count (``2000 personnes``).
"""

from __future__ import annotations

import bisect
import re
from types import ModuleType
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from recoupe.analyze.base import Parsed, components, sentence_starts
from recoupe.analyze.syntax import morph
from recoupe.analyze.timex.calendar import Anchor, Direction
from recoupe.analyze.timex.dating import Dating, PublicationDater
from recoupe.analyze.timex.grammar import Candidate, TimexGrammar
from recoupe.analyze.timex.resolve import Document, TimexResolver
from recoupe.lang import Language
from recoupe.model import Timex

#: How far up the dependency tree to look for the verb that governs an expression.
_MAX_CLIMB = 6
#: Punctuation that ends a sentence as written (not only as the parser cut it).
_SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?", "…"})
#: The dependency of an auxiliary that makes a compound tense (``a`` in ``a nettoyé``), as against a passive's.
_TENSE_AUXILIARY = "aux:tense"
#: How a bare past participle hangs on its clause when it tells an event of its own: on a noun (``les otages
#: pris lundi``), as a verb's complement (``apparaît activée mardi``) or as a clause set before it (``Arrêté
#: lundi, il…``).
_PARTICIPLE_ATTACHMENTS: tuple[str, ...] = ("acl", "xcomp", "advcl")
#: Latest year accepted for a bare four-digit number, relative to the anchor's year.
_YEAR_HORIZON = 30
#: How far back a quoted title may open before the expression.
MAX_TITLE_CHARS = 90


#: A line break and the blank space after it, up to the next line's first character.
_LINE_BREAK = re.compile(r"\n\s*")


@components.register("timexes")
class TimexTagger:
    """Find dates (``le 2 janvier``, ``Deux jours plus tard``, ``mardi dernier``, ``en 1991``), durations
    and sets in an article and give each its TIMEX3 value.

    Args:
        lang: the article's language; its ``time`` data module gives every word and pattern.
    """

    name = "timexes"
    requires: ClassVar[tuple[str, ...]] = ()
    #: ``published``: the article's own day when the text gives it (linking dates the article by it).
    assigns: ClassVar[tuple[str, ...]] = ("timexes", "published", "published_inferred")

    def __init__(self, lang: Language) -> None:
        self.data: ModuleType = lang.data("time")
        self.speech_verbs: frozenset[str] = frozenset(lang.data("speech").SPEECH_VERBS)
        self.grammar = TimexGrammar(self.data)
        self.resolver = TimexResolver(self.data)
        self.dater = PublicationDater(self.data, self.resolver)

    def __call__(self, parsed: Parsed) -> None:
        analysis = parsed.analysis
        analysis.timexes, dating = self.tag_and_date(
            parsed.doc, parsed.text, analysis.published, parsed.article.body_start, parsed.prepared_text
        )
        if dating is not None:  # the article's own day, for the components after this one and linking
            analysis.published_inferred = dating.inferred
            if dating.published is not None:
                analysis.published = dating.published

    def tag(
        self, doc: Doc, text: str, published: str | None, body_start: int = 0, prepared: str | None = None
    ) -> list[Timex]:
        """The time expressions of ``text`` (see :meth:`tag_and_date`)."""
        return self.tag_and_date(doc, text, published, body_start, prepared)[0]

    def tag_and_date(
        self, doc: Doc, text: str, published: str | None, body_start: int = 0, prepared: str | None = None
    ) -> tuple[list[Timex], Dating | None]:
        """The time expressions of ``text`` (whose prepared form ``doc`` parses), and the day the text
        gives for itself when ``published`` has none.

        The day is settled before any expression is resolved: it is the moment of writing every
        ``hier`` and ``jeudi`` of the article is counted from.

        Args:
            doc: the spaCy parse of the prepared text (same length as ``text``).
            text: the article's original text; every returned span is a slice of it.
            published: ``YYYY-MM-DD``, ``YYYY-MM`` or ``None``: the metadata's moment of writing.
            body_start: where the article proper begins (a leading marker is never read as a date).
            prepared: ``doc.text``, when the caller has it.
        """
        reader = _ParseReader(doc, self.data, prepared, self.speech_verbs)
        anchor = Anchor.parse(published)
        candidates = self.grammar.find(reader.text, body_start, guard=lambda c: reader.plausible(c, anchor))
        document = Document(
            text=reader.text,
            candidates=candidates,
            anchor=anchor,
            tense=reader.tense,
            sentence=reader.sentence,
            clause=reader.clause,
            main_tense=reader.main_tense,
            original=text,
        )
        dating = self.dater.date(document, published, reader.text, body_start)
        if dating is not None:
            document.anchor = dating.anchor
        return self.resolver.resolve(document), dating


class _ParseReader:
    """Questions about one spaCy parse, answered by character offset."""

    def __init__(
        self, doc: Doc, data: ModuleType, text: str | None = None, speech_verbs: frozenset[str] = frozenset()
    ) -> None:
        self.doc = doc
        self.speech_verbs = speech_verbs
        self.text = doc.text if text is None else text  # ``Doc.text`` joins every token on each access
        self.data = data
        self._starts: list[int] | None = None
        self._sentence_starts: list[int] | None = None
        self._has_verb: bool | None = None
        self._age_before = re.compile(data.AGE_BEFORE, re.IGNORECASE)
        self._age_apposed_before = re.compile(data.AGE_APPOSED_BEFORE)
        self._age_apposed_after = re.compile(data.AGE_APPOSED_AFTER)
        self._quoted_subject_title = re.compile(data.QUOTED_SUBJECT_TITLE)

    @property
    def starts(self) -> list[int]:
        """Token start offsets, built on first use (most articles never need them)."""
        if self._starts is None:
            self._starts = [token.idx for token in self.doc]
        return self._starts

    def token_at(self, offset: int) -> Token | None:
        """The token covering ``offset`` (or the last one starting before it)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def token_after(self, offset: int) -> Token | None:
        """The first token starting at or after ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.doc[i] if i < len(self.doc) else None

    def sentence(self, offset: int) -> int:
        """The index of the sentence holding ``offset``: the parse's sentences, each cut again where a line
        ends (see :func:`_line_starts`)."""
        if self._sentence_starts is None:
            self._sentence_starts = sorted(set(sentence_starts(self.doc)) | set(_line_starts(self.text)))
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def tense(self, start: int, end: int) -> Direction:
        """Whether the verb governing ``text[start:end]`` puts its event in the past or the future.

        A text with no verb at all is a bare phrase, as an agenda, a form or a query writes one (``lundi``,
        ``le 5 avril``, ``à Noël``): it names the coming day, as a calendar reads it. An article always has
        verbs, so this never overrides the nearest day for a verbless sentence inside one."""
        tense = self._governing_tense(start, end)
        if tense in (None, "present") and (self._after_bare_participle(start) or self._opening_participle(start, end)):
            return "past"
        if tense is None and self._verbless():
            return "future"
        return tense

    def main_tense(self, start: int, end: int) -> Direction:
        """The tense of the main verb of the sentence holding ``text[start:end]`` (its root), ``None`` when the
        root is no verb."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        sentence = span.root.sent
        root = sentence.root
        if root.is_title and root.i != sentence.start:
            # a name inside the sentence the parser took for its verb (``appelle à manifester à Santa Olalla``,
            # ``Olalla`` as the root): the first finite verb that opens no relative clause is the main one
            root = next(
                (
                    t
                    for t in sentence
                    if t.pos_ in ("VERB", "AUX")
                    and not t.is_title
                    and "Fin" in morph(t, "VerbForm")
                    and not any("Rel" in morph(c, "PronType") for c in t.children)
                ),
                root,
            )
        if root.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in root.children):
            if not any(c.dep_ in ("det", "case") or c.pos_ == "AUX" for c in root.children):
                # a verb the parser read as a noun with a subject and no determiner (``la ville panse ses plaies``):
                # the simple forms so misread are the present's (``panse``, ``compte``, ``reste``)
                return "present"
        return self._verb_tense(root, depth=0) if root.pos_ in ("VERB", "AUX") else None

    def clause(self, start: int, end: int) -> int | None:
        """The clause ``text[start:end]`` hangs in, named by the index of its verb: the first verb above the
        span's root, taken back along ``et`` to the first verb of a list (``a été élu en 2019 et a démissionné
        en mars`` is one story). ``None`` when no verb is above it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        token = span.root
        for _ in range(2 * _MAX_CLIMB):
            if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
                break
            if token.head.i == token.i:
                return None if token.pos_ not in ("VERB", "AUX") else token.i
            token = token.head
        else:
            return None
        while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
        return token.i

    def _opening_participle(self, start: int, end: int) -> bool:
        """Whether the span follows a past participle that opens its sentence and a comma closes it (``Limogé
        jeudi, le gouvernement expédie les affaires courantes``, ``Arrêtés lundi, les deux suspects ont été
        relâchés``): a participle clause set before the subject tells an act done, even when the sentence is
        in the present. Not for a verb of planning or scheduling (``Prévue samedi, la marche…``, ``Organisée
        dimanche, la fête…``)."""
        token = self.token_before(start)
        if token is None or not token.is_title or not token.lower_.endswith(self.data.PARTICIPLE_ENDINGS):
            return False
        before = self.text[: token.idx].rstrip(" \t")
        if token.sent.start != token.i and before and before[-1] not in ".!?\n":
            return False  # a sentence's first word, or a line's
        if token.lemma_ in self.data.PLANNING_VERBS or token.lemma_ in self.data.SCHEDULING_VERBS:
            return False
        return self.text[end : end + 2].lstrip(" ").startswith(",")

    def _after_bare_participle(self, start: int) -> bool:
        """Whether ``start`` follows right away a past participle standing alone after a noun (``les
        résultats proclamés jeudi``, ``les soldats arrivés samedi``, ``8 000 avancés mardi par la
        Croix-Rouge``): the day says when that act was done, so it is past. The parser often misreads such a
        participle (a present, a root, an adjective), so its tense is not asked; only its form, its part of
        speech and the word before it. Not after an auxiliary (``sera inaugurée jeudi``: the verb's own tense),
        a determiner (``le comité jeudi``), for a planning verb (``la marche prévue samedi``), nor in a
        sentence that speaks of what lies ahead (``la marche organisée samedi réunira``)."""
        token = self.token_before(start)
        if token is None or token.pos_ not in ("VERB", "ADJ", "NOUN"):
            return False
        endings = self.data.ANY_PARTICIPLE_ENDINGS if token.pos_ == "NOUN" else self.data.PARTICIPLE_ENDINGS
        if not token.lower_.endswith(endings):
            return False
        if token.lemma_ in self.data.PLANNING_VERBS or token.lemma_ in self.data.SCHEDULING_VERBS:
            return False
        previous = token.nbor(-1) if token.i > 0 else None
        if token.pos_ == "NOUN" and (
            previous is None or previous.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or "-" in previous.text
        ):
            # a participle the parser took for a noun (``des marcheurs partis mardi``: ``partis`` as parties) is
            # still one right after the noun it qualifies; a noun after a determiner is a noun (``les partis``),
            # and so is a word's hyphenated end (``Rendez-vous le 2/10``)
            return False
        if previous is None or previous.pos_ in ("AUX", "DET", "ADP") or previous.lemma_ in self.data.AUXILIARY_LEMMAS:
            return False
        return not any(t.pos_ in ("VERB", "AUX") and self._finite(t) == "future" for t in token.sent if t.i != token.i)

    def token_before(self, offset: int) -> Token | None:
        """The last token ending at or before ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def _verbless(self) -> bool:
        """Whether the parse holds no verb (nor auxiliary) at all. A text in capitals is no bare phrase: the
        parser reads its verbs as nouns (``EN MARS, LA CARTE A ÉTÉ PUBLIÉE``)."""
        if self._has_verb is None:
            self._has_verb = self.text.isupper() or any(t.pos_ in ("VERB", "AUX") for t in self.doc)
        return not self._has_verb

    def _governing_tense(self, start: int, end: int) -> Direction:
        """The tense of the verb governing ``text[start:end]``, ``None`` when no verb says it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        # The span's root first; then its other words attached outside it, for a parse that makes an
        # opening weekday the sentence's root and hangs the rest on the verb (``Mardi vers 18 heures, la
        # police a bouclé…``).
        heads = [span.root, *(t for t in span if t.i != span.root.i and not span.start <= t.head.i < span.end)]
        for head in heads:
            if head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head  # ``mardi après-midi`` with ``après-midi`` tagged as a future verb: no word of
                # the expression is its verb
            elif head.pos_ in ("VERB", "AUX"):
                continue
            if (tense := self._climb(head)) is not None:
                return tense
        # A parse that makes the opening weekday a verbless root and the clause after it a dependent of it
        # (``Jeudi`` ← ``ont arrêté``): the tense of that clause.
        root = span.root
        if root.dep_ == "ROOT" and root.pos_ not in ("VERB", "AUX"):
            verb = next((c for c in root.rights if c.pos_ in ("VERB", "AUX") and c.i >= span.end), None)
            if verb is not None and (tense := self._verb_tense(verb, depth=0)) is not None:
                return tense
        # A parse that cuts the opening words off as a verbless sentence of their own, with no full stop
        # (``Mardi | vers 18 heures, la police a bouclé…``): the verb of the sentence they open.
        # A headline in capitals, which the parser reads as a string of nouns (``LE VILLAGE FERA LA FÊTE
        # DIMANCHE``): the tense of the lead sentence below it, which tells the same event.
        sentence = root.sent
        following = self._next_sentence(sentence)
        if following is None:
            return None
        cut_off = sentence[-1].text not in _SENTENCE_ENDS and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
        return self._climb(following.root) if cut_off or _in_capitals(sentence) else None

    def _next_sentence(self, sentence: Span) -> Span | None:
        """The sentence after ``sentence`` that holds a word (a lone full stop the parser cut off is none)."""
        at = sentence.end
        while at < len(self.doc):
            following = self.doc[at].sent
            if any(t.is_alpha for t in following):
                return following
            at = following.end
        return None

    def _climb(self, token: Token) -> Direction:
        """The tense of the first verb (or copula) above ``token``."""
        for _ in range(_MAX_CLIMB):
            if token.pos_ in ("VERB", "AUX"):
                return self._verb_tense(token, depth=0)
            if token.pos_ == "ADJ" and (auxiliaries := [c for c in token.children if c.dep_.startswith("aux")]):
                # a participle tagged as an adjective keeps its auxiliaries (``seront connus`` ← aux:pass)
                return self._compound_tense(token, auxiliaries)
            copula = next((c for c in token.children if c.dep_ == "cop"), None)
            if copula is not None and (clause := self._cleft_clause(token)) is not None:
                return self._verb_tense(clause, depth=0)
            if copula is not None:  # ``sont incertains pour samedi``: the copula carries the tense
                return self._finite(copula)
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _cleft_clause(self, token: Token) -> Token | None:
        """The verb of the ``que`` clause when ``token`` is put forward by a cleft (``C'est dimanche que se
        déroulera la fête``): the present of ``est`` says nothing of when the event is, its clause does."""
        subjects = (c for c in token.children if c.dep_.startswith(("nsubj", "expl")))
        if not any(c.lower_ in self.data.CLEFT_SUBJECTS for c in subjects):
            return None
        return next(
            (
                c
                for c in token.children
                if c.i > token.i
                and c.pos_ in ("VERB", "AUX")
                and any(m.i < c.i and m.lower_ in self.data.CLEFT_CONJUNCTIONS for m in c.children)
            ),
            None,
        )

    def _verb_tense(self, verb: Token, depth: int) -> Direction:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if auxiliaries and ("Part" in morph(verb, "VerbForm") or any(c.dep_ == _TENSE_AUXILIARY for c in auxiliaries)):
            # A tense auxiliary makes the verb a participle whatever form the tagger gave it (``ont nettoyé``
            # tagged as an infinitive): an infinitive never takes one.
            return self._compound_tense(verb, auxiliaries)
        if "Inf" in morph(verb, "VerbForm") and self._present_singular(verb):
            return "present"  # ``le comité se réunit le mardi``: a present the parser took for an infinitive
        if "Inf" in morph(verb, "VerbForm"):
            # An infinitive's time is set by what governs it: ``va partir``/``doit partir`` look ahead,
            # ``a pu partir`` back; after anything else (``avant de partir``) it is unknown.
            head = verb.head
            if head.i == verb.i or depth > 2 or head.pos_ not in ("VERB", "AUX"):
                return None
            if head.lemma_ in self.data.FUTURE_AUXILIARIES and "Imp" in morph(head, "Tense"):
                # ``le ministre devait se rendre jeudi dans la région``: a future seen from the past, planned
                # then and most often still ahead when the article is written; the nearest such day
                return None
            if head.lemma_ in self.data.FUTURE_AUXILIARIES:
                return "past" if self._verb_tense(head, depth + 1) == "past" else "future"
            return None
        if "Part" in morph(verb, "VerbForm") and "Pres" in morph(verb, "Tense"):
            # a present participle shares the time of the verb it hangs on (``ont succombé jeudi, portant à 21
            # le nombre de morts de lundi``)
            head = verb.head
            if head.i == verb.i or depth > 2 or head.pos_ not in ("VERB", "AUX"):
                return None
            return self._verb_tense(head, depth + 1)
        if "Part" in morph(verb, "VerbForm") and self._future_form(verb):
            return "future"  # ``le Sénat votera mardi``: a future the tagger took for a participle
        if "Part" in morph(verb, "VerbForm"):
            return self._bare_participle_tense(verb, depth)
        return self._finite(verb)

    def _bare_participle_tense(self, verb: Token, depth: int) -> Direction:
        """The time of a bare past participle hung on a noun or a verb (``les gardiens pris en otage lundi ont
        été libérés``, ``le rapport publié jeudi montre``): an event already done when the clause it hangs in
        is told in the past or the present. Before a future (``la marche organisée samedi réunira``), or for
        what is planned (``prévue le 15``), it says nothing about when."""
        if verb.dep_ == "conj" and depth <= 2 and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
            # ``avaient dressé des barricades, pillé des commerces et incendié un poste``: a participle in a list
            # shares the auxiliary written once before it, which the parse may hang on the first one only
            tense = self._verb_tense(verb.head, depth + 1)
            return "past" if tense in (None, "past", "present") and "Past" in morph(verb, "Tense") else tense
        if verb.dep_ not in _PARTICIPLE_ATTACHMENTS or depth > 2 or verb.head.i == verb.i:
            return None
        if verb.lemma_ in self.data.PLANNING_VERBS or verb.lemma_ in self.data.SCHEDULING_VERBS:
            return None
        head = verb.head
        tense = self._verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else self._climb_from(head, depth)
        return "past" if tense in ("past", "present") else None

    def _climb_from(self, token: Token, depth: int) -> Direction:
        """The tense of the first verb above ``token`` (a noun a participle qualifies), counted as one more level."""
        for _ in range(_MAX_CLIMB):
            if token.pos_ in ("VERB", "AUX"):
                return self._verb_tense(token, depth + 1)
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _compound_tense(self, participle: Token, auxiliaries: list[Token]) -> Direction:
        """The tense of a participle (or an adjective the tagger took for one) with its auxiliaries."""
        compound = [c for c in auxiliaries if c.dep_ != "aux:pass"]
        first = self._finite(auxiliaries[0])
        if not compound and participle.lemma_ in self.data.ETRE_VERBS and first == "present":
            return "past"  # ``est sortie``: a passé composé with être, not a passive
        if not compound and first == "present" and _reflexive(participle):
            return "past"  # ``se sont réunies``: a pronominal verb's passé composé, which has no passive
        if not compound and participle.lemma_ in self.data.PLANNING_VERBS and first == "present":
            return "future"  # ``les élections sont prévues au printemps``: what is planned lies ahead
        if not compound:  # plain passive: the auxiliary's own tense (``sera organisé``)
            return first
        # passé composé, plus-que-parfait, conditionnel passé; futur antérieur looks ahead
        return "future" if "Fut" in morph(compound[0], "Tense") else "past"

    def _finite(self, verb: Token) -> Direction:
        tense = morph(verb, "Tense")
        if "Fut" in tense or self._future_form(verb):
            return "future"
        if "Imp" in tense and self._conditional_form(verb):
            return "future"  # ``le risque resterait élevé ce week-end``: a conditional tagged as an imperfect
        if "Past" in tense and self._present_singular(verb):
            # ``le bilan s'établit à 19 morts``: an ``-ir`` verb's singular is the same in the present and the
            # passé simple, and news writes the present
            return "present"
        if "Past" in tense or "Imp" in tense:
            return "past"
        if "Cnd" in morph(verb, "Mood"):
            # ``a indiqué qu'une réunion se tiendrait lundi``: the conditional of reported speech is the
            # future seen from the past; a compound conditional (``aurait été tué``) is read above as past.
            return "future"
        if "Pres" in tense:
            return "present"
        return None

    def _present_singular(self, verb: Token) -> bool:
        """Whether an ``-ir`` verb is written as its present singular (``réunit``, ``finit``), not as the
        infinitive the parser may call it."""
        lemma, form = verb.lemma_.lower(), verb.text.lower()
        return lemma.endswith("ir") and form in (lemma[:-1] + "t", lemma[:-1] + "s")

    def _future_form(self, verb: Token) -> bool:
        """Whether the verb is written as its infinitive's future (``réunira``, ``prendront``), which the
        parser sometimes tags as a past: a passé simple is never the infinitive with a future ending."""
        form = verb.text.lower()
        return any(form == stem + e for stem in self._future_stems(verb) for e in self.data.FUTURE_ENDINGS)

    def _conditional_form(self, verb: Token) -> bool:
        """Whether the verb is written as its infinitive's conditional (``resterait``, ``prendraient``, and on an
        irregular stem ``tiendrait``, ``viendraient``), which the parser sometimes tags as an imperfect:
        reported speech's future seen from the past."""
        form = verb.text.lower()
        endings = getattr(self.data, "CONDITIONAL_ENDINGS", ())
        return any(form == stem + e for stem in self._future_stems(verb) for e in endings)

    def _future_stems(self, verb: Token) -> list[str]:
        """The stems the future and the conditional add their endings to: the infinitive (``prendre`` →
        ``prendr``), or the irregular stem of the infinitive's ending (``maintenir`` → ``maintiendr``)."""
        lemma = verb.lemma_.lower()
        stems = [lemma[:-1] if lemma.endswith("re") else lemma] if lemma.endswith(("er", "ir", "re")) else []
        irregular = getattr(self.data, "IRREGULAR_FUTURE_STEMS", {})
        ending = max((e for e in irregular if lemma.endswith(e)), key=len, default=None)
        if ending is not None:
            stems.append(lemma[: -len(ending)] + irregular[ending])
        return stems

    def _inside_sentence(self, start: int) -> bool:
        """Whether a word precedes ``start`` in its sentence (a capital there is not the sentence's). A line
        break ends what came before: a heading, a byline or a photo credit carries no full stop, and the
        capital after it opens its paragraph (``Lire aussi : ... dangers`` then ``Dimanche, la police ...``)."""
        before = self.text[max(0, start - 40) : start]
        words = before.split()
        if not words or "\n" in before[before.rfind(words[-1]) :]:
            return False
        return words[-1][-1:].isalpha() and words[-1][-1:].islower()

    def _after_name(self, start: int) -> bool:
        """Whether ``start`` follows a capitalised word inside a sentence (a first name: ``Jean Toussaint``)."""
        before = self.text[max(0, start - 40) : start]
        words = before.split()
        if not words or not before[-1:].isspace() or not words[-1][:1].isupper() or not words[-1].isalpha():
            return False
        return len(words) > 1 and words[-2][-1:] not in '.!?:«"'

    def _before_name(self, end: int) -> bool:
        """Whether ``end`` is followed by a surname: a word written with a capital then lower case (a holiday
        that is a first name, ``Toussaint Louverture``, ``Noël Mamère``; a headline in capitals says nothing)."""
        following = self.text[end : end + 40]
        words = following.split()
        if not words or not following[:1].isspace() or following[1:2].isspace():
            return False
        word = words[0]
        return word.isalpha() and word[:1].isupper() and not word.isupper()

    def _word_before(self, start: int) -> str:
        """The word right before ``start``, lower-cased and without its elided article (``l'avenue`` →
        ``avenue``); empty at the start of the text."""
        words = self.text[max(0, start - 40) : start].split()
        return words[-1].lower().replace("’", "'").rsplit("'", 1)[-1] if words else ""

    def _in_title(self, start: int) -> bool:
        """Whether ``start`` follows ``du``/``de`` after a capitalised word inside a sentence (``le Journal du
        dimanche``), where a date would follow a common noun (``le marché du dimanche``)."""
        before = self.text[max(0, start - 60) : start]
        words = before.split()
        if len(words) < 2 or words[-1].lower() not in self.data.TITLE_LINKS or not before[-1:].isspace():
            return False
        at = before.rfind(words[-2])
        name = words[-2].replace("’", "'").rsplit("'", 1)[-1]  # ``L'Équipe``: the name after its article
        return name[:1].isupper() and name.isalpha() and self._inside_sentence(max(0, start - 60) + at)

    def _quoted_work(self, start: int) -> bool:
        """Whether ``start`` opens a quotation right after a work's noun or a verb of writing or performing
        (``le roman « Vendredi ou la vie sauvage »``, ``a repris « Dimanche à Bamako »``): a title, quoted
        for its name. A quotation after a colon or a speech verb is someone's words, and keeps its dates."""
        before = self.text[max(0, start - 40) : start].rstrip()
        if not before.endswith(("«", "“", '"')):
            return False
        words = before[:-1].split()
        return bool(words) and words[-1].lower() in self.data.WORK_CUES

    def _quoted_subject(self, cand: Candidate) -> bool:
        """Whether the expression lies in a short quotation that opens its sentence, starts with a capital,
        ends with no full stop and is followed by its verb with no comma (``« Vendredi ou les Limbes du
        Pacifique » figure au programme``): a title the sentence is about. Someone's words quoted first are
        followed by a comma and their speaker (``« Nous reviendrons dimanche », a dit…``)."""
        window = (max(0, cand.start - MAX_TITLE_CHARS), cand.end + MAX_TITLE_CHARS)
        for found in self._quoted_subject_title.finditer(self.text, *window):
            if found.start() >= cand.start:
                break
            if cand.end <= found.end("title") and self._opens_sentence(found.start()):
                return not self._speech_after(found.end())
        return False

    def _speech_after(self, offset: int) -> bool:
        """Whether a speech verb comes first after ``offset``, past its auxiliaries (``« Rendez-vous dimanche »
        lance le syndicat``, ``… » a lancé la CGT``): the quotation is someone's words, not a title."""
        token = self.token_after(offset)
        while token is not None and token.pos_ == "AUX" and token.i + 1 < len(token.doc):
            token = token.doc[token.i + 1]
        return token is not None and token.lemma_.lower() in self.speech_verbs

    def _opens_sentence(self, start: int) -> bool:
        """Whether nothing but a sentence's end or a line's start comes before ``start``."""
        before = self.text[max(0, start - 3) : start]
        return not before.strip() or before.rstrip()[-1:] in ".!?\n"

    def _capitalised_inside(self, cand: Candidate, unit: str) -> bool:
        """Whether ``unit`` is written with a capital inside a sentence and a text not all in capitals."""
        written = self.text[cand.start : cand.end]
        at = written.lower().rfind(unit)
        return at > 0 and written[at].isupper() and not written.isupper() and self._inside_sentence(cand.start)

    def _opens_a_title(self, cand: Candidate) -> bool:
        """Whether the expression starts with a capital inside a sentence, in a text not all in capitals
        (``le film Un jour sans fin``): a title's first word, where a count is written in lower case."""
        written = self.text[cand.start : cand.end]
        return written[:1].isupper() and not written.isupper() and self._inside_sentence(cand.start)

    def _capitalised_word(self, cand: Candidate, word: str | None) -> bool:
        """Whether ``word`` is written with a capital after another word of its sentence, in a text not all
        in capitals (``de Mars``), where a calendar word is written in lower case."""
        written = self.text[cand.start : cand.end]
        at = written.lower().rfind(word) if word else -1
        return at >= 0 and written[at].isupper() and not written.isupper() and self._inside_sentence(cand.start + at)

    def _qualified_holiday(self, cand: Candidate) -> bool:
        """Whether a holiday that is another country's when qualified is followed by an adjective or a
        complement (``la fête nationale belge``, ``la fête nationale du Québec``)."""
        if cand.get("holiday") not in self.data.QUALIFIED_HOLIDAYS:
            return False
        following = self.token_after(cand.end)
        if following is None or following.idx - cand.end > 1:
            return False
        return following.pos_ == "ADJ" or following.lower_ in self.data.HOLIDAY_COMPLEMENTS

    def _after_code(self, start: int) -> bool:
        """Whether ``start`` follows a code in capitals after a noun that is numbered so (``vol AF``)."""
        words = self.text[max(0, start - 40) : start].split()
        if len(words) < 2 or not self.text[start - 1 : start].isspace():
            return False
        code, noun = words[-1], words[-2].lower()
        if code in self.data.VEHICLE_CODES:
            return True  # ``le TGV 2035``, ``le RER 2031``: a train's number
        return code.isalpha() and code.isupper() and len(code) <= 4 and noun in self.data.CODED_NOUNS

    def _is_age(self, cand: Candidate) -> bool:
        """Whether the years are a person's age (``âgée de 20 ans``, ``une femme de 35 ans``, ``Kadda, 20
        ans,``), which TimeML leaves out: an age says how old someone is, not when or how long."""
        before = self.text[max(0, cand.start - 40) : cand.start]
        if self._age_before.search(before):
            return True
        return bool(self._age_apposed_before.search(before) and self._age_apposed_after.match(self.text, cand.end))

    def plausible(self, cand: Candidate, anchor: Anchor | None) -> bool:
        """Veto readings the parse contradicts: a bare four-digit number that counts something
        (``plus de 2000 manifestants``) or lies far in the future is not a year; a unit the parser
        does not read as a noun (``une seconde audition``) is no duration."""
        unit = cand.get("unit")
        if cand.kind == "duration" and unit is not None and unit in self.data.AMBIGUOUS_UNITS:
            at = self.text.lower().rfind(unit, cand.start, cand.end)
            token = self.token_at(at if at >= 0 else cand.end - 1)
            return token is None or token.pos_ == "NOUN"  # ``une seconde audition``: the ordinal
        if cand.kind == "duration" and unit is not None and self._capitalised_inside(cand, unit):
            return False  # ``le 20 Heures de France 2``: a programme's name, not a length of time
        if cand.kind == "duration" and unit in self.data.AGE_UNITS and self._is_age(cand):
            return False  # ``un joueur de 20 ans``, ``Johnny Kadda, 20 ans,``: a person's age
        if cand.kind == "duration" and self._opens_a_title(cand):
            return False  # ``le film Un jour sans fin``: a title's first word, not a length of time
        if cand.rule == "day_month_hyphen_of" and self._word_before(cand.start) in self.data.STREET_NOUNS:
            return False  # ``la rue du 8-Mai``: a street named after the day
        if (
            cand.kind == "holiday"
            and self.text[cand.start].isupper()
            and self._word_before(cand.start) in self.data.STREET_NOUNS
        ):
            return False  # ``l'église Saint-Sylvestre``, ``la place Saint-Jean``: a place named after the feast
        if cand.rule == "holiday_free" and self._after_name(cand.start):
            return False  # ``le député Jean Toussaint``: a surname, not the holiday
        if cand.rule == "holiday_free" and self._before_name(cand.end):
            return False  # ``Toussaint Louverture``: a first name, not the holiday
        if cand.kind == "holiday" and self._qualified_holiday(cand):
            return False  # ``la fête nationale chinoise``: another country's day
        if cand.kind == "month" and "year" not in cand.groups and self._capitalised_word(cand, cand.get("month")):
            return False  # ``les images de Mars``: the planet; a month is written in lower case in a sentence
        if cand.kind == "set" and self._capitalised_word(cand, cand.get("weekday")):
            return False  # ``le collectif Les Samedis solidaires``: a name's capital, not every Saturday
        if cand.kind == "anaphoric" and self._capitalised_word(cand, cand.get("anaphor")):
            return False  # ``le film « Le Jour d'après »``: a title's capital, not the day after
        capital = self.text[cand.start].isupper()
        if capital and self._quoted_work(cand.start):
            return False  # ``la chanson « Dimanche à Bamako »``: a work's title opens there, not a date
        if self._quoted_subject(cand):
            return False  # ``« Un dimanche à la campagne » sera projeté``: a title the sentence is about
        if cand.rule == "weekday" and self._in_title(cand.start):
            return False  # ``le Journal du dimanche``: the weekday ends a title
        if cand.rule in ("weekday", "deictic") and capital and self._inside_sentence(cand.start):
            return False  # ``le film Lundi matin``, ``Demain``: a day is written in lower case inside a sentence
        if cand.rule != "year" or not self.text[cand.start].isdigit():
            return True
        year = int(cand.groups["year"])
        before = " ".join(self.text[max(0, cand.start - 20) : cand.start].lower().split())
        if re.search(self.data.YEAR_NOUN_BEFORE, before.replace("\u2019", "'")):
            return True  # ``l'an 2100``: a year by its noun, however far
        if anchor is not None and anchor.year_known and year > anchor.date.year + _YEAR_HORIZON:
            return False
        if any(
            before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
            for word in self.data.NOT_YEAR_BEFORE
        ):
            return False
        if self._after_code(cand.start):
            return False  # ``le vol AF 1830``: a flight's number
        if self.text[cand.end : cand.end + 2][:1] in ("-", "/") and self.text[cand.end + 1 : cand.end + 2].isdigit():
            return True  # a span of years (``1982-1990``)
        following = self.token_after(cand.end)
        if following is not None and following.idx - cand.end <= 1:
            if following.pos_ == "NOUN" and following.lower_ not in self.data.YEAR_NOUNS_AFTER:
                return False
            if following.text in ("%", "€", "$", "£"):
                return False
        return True


def _line_starts(text: str) -> list[int]:
    """Where each line after the first begins: a line break always ends a sentence, but the parser runs a
    headline with no full stop (``Une semaine après les massacres, la région compte ses morts``) and at times a
    paragraph into the next one, so that a day of the next paragraph would date the headline's count."""
    return [found.end() for found in _LINE_BREAK.finditer(text)]


def _reflexive(participle: Token) -> bool:
    """Whether a participle has a reflexive pronoun (``se``, ``s'``): a pronominal verb, whose compound tenses
    take être, so that ``se sont rassemblés`` is told as done, where the parser may read être as a passive's."""
    return any("Yes" in morph(child, "Reflex") for child in participle.children if child.i < participle.i)


def _in_capitals(sentence: Span) -> bool:
    """Whether a sentence is written in capitals (a headline), where the parse of its verbs is unreliable."""
    letters = [c for c in sentence.text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
