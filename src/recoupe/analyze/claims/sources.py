"""Who asserts a figure: the attribution frames of one sentence, and which figures each one covers.

A figure's source is named in its own sentence or not at all (recoupe never carries a source across
sentences: the next sentence may report the newspaper's own count). Four frames name it:

* ``selon X`` / ``d'après X`` *before* the figures (``Selon la police, 12 000 personnes…``): covers every
  figure after it in the sentence, so a list of figures keeps its source;
* ``selon X`` *after* figures (``…, contre 50 000 selon la CGT``): covers the figures just before it;
* a speech or reporting verb with its subject before it (``le ministère a annoncé que…``, ``la CGT
  revendique 50 000 manifestants``): covers the figures after the verb;
* the same verb in an incise, subject after it (``…, a annoncé le ministre``, ``a-t-il dit``): covers the
  figures before it;
* in a list of counts, ``pour X`` / ``côté X`` right after a figure (``87 000 manifestants, contre 500 000
  pour l'intersyndicale``): covers that figure, like a trailing ``selon``.

A source is someone who asserts: a person, an organization or a role. A noun that only carries a figure
(``selon un décompte réalisé par l'ONG X``, ``selon les chiffres du ministère``, ``les données les plus
récentes de l'agence X``) is followed to its agent or complement; without one (``selon les chiffres
officiels``) the figure has no stated source, and the frame still bounds what the next one covers.

The innermost frame wins: a trailing ``selon`` over anything, then the closest frame before the figure,
then an incise after it. Descriptions and pronouns (``Selon lui``, ``a ajouté le chef de l'État``) are
resolved to an entity by :class:`~recoupe.analyze.coref.Coreference`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from recoupe.analyze.base import Parsed, tokens_between
from recoupe.analyze.syntax import before_stressed_aside, morph
from recoupe.lang.tables import ClaimsTables, SpeechTables
from recoupe.model import Attribution
from recoupe.text import fold, phrase_alternation

#: Tokens after ``selon``/``pour`` that the source's words are looked for in. The noun phrase takes at most
#: 14 and :meth:`SourceFinder._asserter` follows it three times by at most 8 more, so 128 holds every word
#: read; handing over the whole rest of the sentence instead made a long sentence quadratic.
#: An acronym: two to six capitals, none lower case (``OMS``, ``KNCHR``); a body's name.
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
_PHRASE_WINDOW = 128

#: Punctuation that may sit inside a name or a quoted phrase without ending it.
_INNER_PUNCT = frozenset({"-", "'", "’", "«", "»", '"', "“", "”", "(", ")"})


@dataclass(frozen=True, slots=True)
class Frame:
    """An attribution frame in a sentence.

    Attributes:
        start: where the frame's words begin (``selon``, or the speech verb).
        end: where they end.
        attribution: the source it names; ``None`` for a frame that names none (``selon les chiffres
            officiels``).
        kind: ``preposition`` (``selon X``, ``pour X``) or ``speech`` (a verb with its subject).
        leading: whether it covers the figures *after* it (else those before it).
    """

    start: int
    end: int
    attribution: Attribution | None
    kind: str
    leading: bool


class SourceFinder:
    """Find attribution frames and assign each figure of a sentence its source.

    Args:
        speech: the language's ``speech`` data module (speech verbs, ``selon``-type prepositions).
        claims: the language's ``claims`` data module (figure-reporting verbs, authority nouns).
        exclude: lemmas never read as speech here: verbs of the counted event (``interpeller`` reports
            words in a quote but arrests people in a figure).
    """

    def __init__(self, speech: SpeechTables, claims: ClaimsTables, exclude: frozenset[str] = frozenset()) -> None:
        self.speech_verbs: frozenset[str] = frozenset(speech.SPEECH_VERBS) - exclude
        self.verbs: frozenset[str] = self.speech_verbs | (frozenset(claims.FIGURE_REPORT_VERBS) - exclude)
        self.phrases: frozenset[str] = frozenset(" ".join(p.split()[-2:]) for p in speech.SPEECH_PHRASES)
        self.report_phrases: frozenset[str] = frozenset(claims.FIGURE_REPORT_PHRASES)
        preps = phrase_alternation(speech.ATTRIBUTION_PREPOSITIONS, any_apostrophe=True)
        self.preposition = re.compile(rf"(?<![\w'’])(?:{preps})(?![\w])", re.IGNORECASE)
        informants = phrase_alternation(claims.INFORMANT_PREPOSITIONS, any_apostrophe=True)
        self.informant = re.compile(rf"(?<![\w'’])(?:{informants})(?=[\s\w])", re.IGNORECASE)
        relatives = "|".join(re.escape(w).replace("'", "['’]") for w in claims.NOT_ATTRIBUTED_AFTER)
        self.relative = re.compile(rf"\s*(?:{relatives})\b", re.IGNORECASE)
        self.pronouns: frozenset[str] = frozenset(claims.SOURCE_PRONOUNS)
        self.article = re.compile(claims.DEFINITE_ARTICLE_OPENING)
        self.possessives: frozenset[str] = frozenset(claims.SOURCE_POSSESSIVES)
        self.authorities: frozenset[str] = frozenset(claims.AUTHORITY_NOUNS)
        self.carriers: frozenset[str] = frozenset(claims.NON_ASSERTING_NOUNS)
        listed = phrase_alternation(claims.LIST_ATTRIBUTIONS)
        self.list_preposition = re.compile(rf"(?<![\w'’])(?:{listed})(?![\w])", re.IGNORECASE)
        self.per_words: frozenset[str] = frozenset(claims.PER_WORDS)
        self.same_source: frozenset[str] = frozenset(claims.SAME_SOURCE)
        self.heading: tuple[str, ...] = tuple(claims.HEADING_ATTRIBUTIONS)
        self.agent_prepositions: frozenset[str] = frozenset(claims.AGENT_PREPOSITIONS)
        self.subject_breaks: frozenset[str] = frozenset(claims.SUBJECT_BREAKS)
        self.present_endings: tuple[tuple[str, str], ...] = tuple(claims.PRESENT_ENDINGS)
        self.name_links: frozenset[str] = frozenset(claims.SOURCE_NAME_LINKS)
        self.postings: frozenset[tuple[str, ...]] = frozenset(
            tuple(p.split()) for p in getattr(claims, "SOURCE_POSTINGS", ())
        )
        self.clitics: frozenset[str] = frozenset(claims.SOURCE_CLITICS)
        self.counted_clitics: frozenset[str] = frozenset(claims.COUNTED_CLITICS)
        self.subject_relatives: frozenset[str] = frozenset(claims.SUBJECT_RELATIVES)
        self.clause_words: frozenset[str] = frozenset(claims.CLAUSE_WORDS)
        self.subject_pronouns: frozenset[str] = frozenset(claims.SUBJECT_PRONOUNS)
        self.possessive_relatives: frozenset[str] = frozenset(claims.POSSESSIVE_RELATIVES)
        self.proxy_nouns: frozenset[str] = frozenset(claims.PROXY_SOURCE_NOUNS)
        self.stressed_pronouns: frozenset[str] = frozenset(speech.STRESSED_PRONOUNS)
        self.indirect_object_prepositions: frozenset[str] = frozenset(claims.INDIRECT_OBJECT_PREPOSITIONS)
        self.list_breaks: frozenset[str] = frozenset(claims.LIST_BREAK_WORDS)
        self.participle_infinitive: Callable[[str], str] = claims.participle_infinitive
        self.interview_verbs: frozenset[str] = frozenset(claims.INTERVIEW_VERBS)
        self.subject_asides: tuple[tuple[str, ...], ...] = tuple(
            tuple(phrase.split()) for phrase in claims.SUBJECT_VERB_ASIDES
        )
        self.indefinites: frozenset[str] = frozenset(speech.INDEFINITE_ARTICLES)
        self.side_asides: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in claims.SOURCE_SIDE_ASIDES)
        self.institution_adjectives: frozenset[str] = frozenset(claims.INSTITUTION_ADJECTIVES)
        self.auxiliary_forms: frozenset[str] = frozenset(speech.AUXILIARY_FORMS)
        self.causatives: frozenset[str] = frozenset(claims.CAUSATIVE_VERBS)
        self.portfolio_holders: frozenset[str] = frozenset(claims.PORTFOLIO_HOLDERS)
        self.portfolio_to_holders: frozenset[str] = frozenset(claims.PORTFOLIO_TO_HOLDERS)
        word = claims.PORTFOLIO_WORD
        self.portfolio_charged = re.compile(rf"\s+{claims.PORTFOLIO_CHARGED}{word}")
        self.portfolio_to = re.compile(rf"\s+{claims.PORTFOLIO_TO}{word}")
        self.portfolio_delegated = re.compile(rf"\s+{claims.PORTFOLIO_DELEGATED}{word}")
        openers = phrase_alternation(claims.SOURCE_ADJECTIVE_OPENERS)
        self.adjective_source = re.compile(rf"(?<![\w'’])(?:{openers})\s+(?P<adjective>\w+)(?![\w])", re.IGNORECASE)

    # -- frames -----------------------------------------------------------------------------------

    def frames(
        self,
        parsed: Parsed,
        sentence: Span,
        figure_starts: Sequence[int],
        counted_starts: Sequence[int],
        counted_ends: Sequence[int] = (),
    ) -> list[Frame]:
        """Every attribution frame of ``sentence``, in text order.

        Args:
            parsed: the article being analyzed.
            sentence: the sentence.
            figure_starts: offsets where figures (qualifier included) begin: a ``selon`` phrase ends
                before a figure even without a comma (``selon le ministère plus de 1 000 personnes``).
            counted_starts: offsets of the figures that count people: a ``selon`` with none of them
                before it in the sentence opens the sentence (``Le 6 janvier, selon la police, …``).
            counted_ends: where those figures end: ``pour X`` is a source only right after one.
        """
        found = (
            self._selon_frames(parsed, sentence, figure_starts, counted_starts)
            + self._list_frames(parsed, sentence, figure_starts, counted_starts, counted_ends)
            + self._agent_frames(parsed, sentence, figure_starts, counted_ends)
            + self._speech_frames(parsed, sentence)
            + self._adjective_frames(parsed, sentence, counted_starts)
            + self._holder_frames(parsed, sentence, figure_starts, counted_starts)
        )
        return sorted(found, key=lambda f: f.start)

    def _holder_frames(
        self, parsed: Parsed, sentence: Span, figure_starts: Sequence[int], counted_starts: Sequence[int]
    ) -> list[Frame]:
        """A count's holder that names who drew it up, as the subject of the clause giving the figures: ``Le bilan
        établi par le ministère s'élève à 48 morts``, ``Le bilan définitif, publié lundi par les autorités,
        s'établit à 16 morts``, ``Le décompte de la préfecture atteint 40 blessés``. The verb only measures
        (``s'élever``, ``atteindre``), so no speech frame reads it; the holder's agent or complement asserts
        the figures after it, as after ``Selon le bilan établi par…``."""
        frames: list[Frame] = []
        for token in sentence:
            if token.lower_ not in self.carriers or not token.dep_.startswith("nsubj") or token.i == sentence.start:
                continue
            opener = token.doc[token.i - 1]
            while opener.pos_ == "ADJ" and opener.i > sentence.start:
                opener = token.doc[opener.i - 1]  # ``Le dernier bilan``
            verb = next((t for t in token.doc[token.i + 1 : sentence.end] if self._finite_verb(t)), None)
            if opener.pos_ != "DET" or verb is None:
                continue
            subject = list(token.doc[opener.i : verb.i])
            while subject and (subject[-1].lower_ in self.clitics or subject[-1].pos_ in ("AUX", "ADV", "PUNCT")):
                subject.pop()  # the verb's own words: ``s'``, ``désormais``
            if any(sentence.start_char <= s < verb.idx for s in counted_starts):
                continue  # a figure inside the subject is its own (``Le bilan de 12 morts établi par…``), and one
                # before it is answered (``…, un chiffre contesté par l'ONG``), not given by who drew it up
            words = [t for t in subject if t.text != ","]  # an aside's commas
            agent = self._asserter(parsed, words, figure_starts)
            if not agent:
                continue
            start, end = self._cover_entities(parsed, agent[0].idx, agent[-1].idx + len(agent[-1]))
            frames.append(Frame(opener.idx, end, self._attribution(parsed, start, end), "preposition", True))
        return frames

    def _selon_frames(
        self, parsed: Parsed, sentence: Span, figure_starts: Sequence[int], counted_starts: Sequence[int]
    ) -> list[Frame]:
        text = parsed.text
        frames: list[Frame] = []
        matches = [
            *self.preposition.finditer(text, sentence.start_char, sentence.end_char),
            *self.informant.finditer(text, sentence.start_char, sentence.end_char),  # ``appris auprès de X``
        ]
        for match in sorted(matches, key=lambda m: m.start()):
            if self.relative.match(text, match.end()):
                continue  # ``selon lequel``: a relative clause, not a source
            tokens = tokens_between(sentence, match.end(), limit=_PHRASE_WINDOW)
            phrase = self._noun_phrase(tokens, figure_starts)
            if not phrase:
                continue
            end = phrase[-1].idx + len(phrase[-1])
            agent = self._asserter(parsed, tokens, figure_starts)
            attribution = None
            if agent:
                start, agent_end = self._cover_entities(parsed, agent[0].idx, agent[-1].idx + len(agent[-1]))
                attribution, end = self._attribution(parsed, start, agent_end), max(end, agent_end)
            leading = not any(sentence.start_char <= s < match.start() for s in counted_starts)
            frames.append(Frame(match.start(), end, attribution, "preposition", leading))
        return frames

    @staticmethod
    def _finite_verb(token: Token) -> bool:
        """Whether a word is a clause's finite verb or copula (``s'élève``, ``était de``): a subject ends there."""
        return token.pos_ in ("VERB", "AUX") and ("Fin" in morph(token, "VerbForm") or token.dep_ == "cop")

    def _adjective_frames(self, parsed: Parsed, sentence: Span, counted_starts: Sequence[int]) -> list[Frame]:
        """``de source policière``, ``de sources sécuritaires``: an anonymous source named by its body's
        adjective. Like ``selon``, it covers the figures before it, or after it when it opens the sentence."""
        text = parsed.text
        frames: list[Frame] = []
        for match in self.adjective_source.finditer(text, sentence.start_char, sentence.end_char):
            if match.group("adjective").lower() not in self.institution_adjectives:
                continue
            start = match.start() + len(match.group().split()[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            attribution = Attribution(text=text[start : match.end()])
            leading = not any(sentence.start_char <= s < match.start() for s in counted_starts)
            frames.append(Frame(match.start(), match.end(), attribution, "preposition", leading))
        return frames

    def _list_frames(
        self,
        parsed: Parsed,
        sentence: Span,
        figure_starts: Sequence[int],
        counted_starts: Sequence[int],
        counted_ends: Sequence[int],
    ) -> list[Frame]:
        """``pour X`` / ``côté X`` in a list of counts (``9 500 à Rennes pour la police``, ``Côté syndicats, …``).

        Elsewhere ``pour`` means something else (``mobilisés pour la manifestation``), so ``pour X`` is a
        source only right after a counted figure (its noun or place may come between, a verb or a comma
        may not), ``côté X`` also at the head of the sentence or of a clause, and only when ``X`` can
        assert a figure.
        """
        text = parsed.text
        frames: list[Frame] = []
        for match in self.list_preposition.finditer(text, sentence.start_char, sentence.end_char):
            tokens = tokens_between(sentence, match.end(), limit=_PHRASE_WINDOW)
            if tokens and tokens[0].lower_ in self.per_words:
                continue  # ``5 pour cent``
            asserter = self._asserting_phrase(parsed, tokens, figure_starts)
            if asserter is None:
                continue
            phrase, start, end = asserter
            near = max((e for e in counted_ends if e <= match.start()), default=None)
            between = tokens_between(sentence, near, match.start()) if near is not None else []
            trailing = (
                near is not None
                and len(between) <= 6
                and not any((t.is_punct and t.text not in _INNER_PUNCT) or t.pos_ in ("VERB", "AUX") for t in between)
            )
            opening = text[sentence.start_char : match.start()].rstrip()
            after = next(iter(tokens_between(sentence, end, limit=1)), None)
            heading = (
                " ".join(match.group().lower().split()) in self.heading
                and (not opening or opening.endswith(","))
                and after is not None
                and after.text == ","
            )
            if not (trailing or heading):
                continue
            leading = heading and not any(sentence.start_char <= s < match.start() for s in counted_starts)
            attribution = self._attribution(parsed, start, end)
            if phrase[0].pos_ != "DET" and not _names_someone(parsed, start, end):
                attribution = Attribution(attribution.text)  # ``côté syndicats``: a role, no one in particular
            frames.append(Frame(match.start(), end, attribution, "preposition", leading))
        return frames

    def _agent_frames(
        self, parsed: Parsed, sentence: Span, figure_starts: Sequence[int], counted_ends: Sequence[int]
    ) -> list[Frame]:
        """``par X`` after a figure's reporting participle: ``loin des 150 000 revendiquées par le Front
        syndical et des 12 000 avancées par la police``, ``les 40 morts annoncés par le ministère``. The
        participle follows the counted figure (its noun may come between, no verb nor punctuation may), so
        ``X`` asserts that figure only; ``arrêtées par la police`` is no report (the verb is the event's)."""
        frames: list[Frame] = []
        for token in sentence:
            if token.lower_ not in self.agent_prepositions or token.i == sentence.start:
                continue
            participle = self._before_time(parsed, sentence, token)
            # (the tagger often calls such a participle a noun or an adjective: its ending says what it is)
            verb_participle = "Part" in morph(participle, "VerbForm") and participle.lemma_.lower() in self.verbs
            if verb_participle or self.participle_infinitive(participle.lower_) in self.verbs:
                near = max((e for e in counted_ends if e <= participle.idx), default=None)
                reach = participle.idx
            elif self._after_passive_report(sentence, token):
                # ``la foule était estimée à 8 000 personnes par la police, et à 20 000 par les syndicats``
                near = max((e for e in counted_ends if e <= token.idx), default=None)
                reach = token.idx
            else:
                continue
            if near is None:
                continue
            between = tokens_between(sentence, near, reach)
            if len(between) > 3 or any(t.is_punct or self._clause_verb(t) for t in between):
                continue
            tokens = tokens_between(sentence, token.idx + len(token), limit=_PHRASE_WINDOW)
            asserter = self._asserting_phrase(parsed, tokens, figure_starts)
            if asserter is None:
                continue
            _, start, end = asserter
            frames.append(Frame(participle.idx, end, self._attribution(parsed, start, end), "preposition", False))
        return frames

    @staticmethod
    def _clause_verb(token: Token) -> bool:
        """Whether a word between a figure and its reporting participle is a verb of its own clause: an
        auxiliary or a finite verb is (``12 000 ont été annoncés par…``), a bare participle is the counted
        noun the tagger calls a verb (``les 1 200 évacués annoncés par les autorités``)."""
        return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Part" not in morph(token, "VerbForm"))

    def _before_time(self, parsed: Parsed, sentence: Span, token: Token) -> Token:
        """The word before ``token``, a time expression between them passed over: the day a figure was given
        sits between its participle and its agent (``les 41 annoncés jeudi par les autorités``, ``contre 30 000
        revendiqués la veille par les syndicats``)."""
        doc = parsed.doc
        last = doc[token.i - 1]
        for k in range(token.i - 2, max(sentence.start, token.i - 5) - 1, -1):
            word = doc[k]
            if word.is_punct or self._only_time(parsed, word.idx, word.idx + len(word)):
                continue  # (inside the time expression: ``la veille``)
            return word if self._only_time(parsed, doc[k + 1].idx, last.idx + len(last)) else last
        return last

    def _after_passive_report(self, sentence: Span, token: Token) -> bool:
        """Whether a reporting verb in the passive comes before ``token`` in the sentence (``la foule était
        estimée à…``): each ``par X`` after one of its figures then names who gives that figure."""
        return any(
            t.i < token.i and t.pos_ == "VERB" and t.lemma_.lower() in self.verbs and self._passive(t) for t in sentence
        )

    def _asserting_phrase(
        self, parsed: Parsed, tokens: Sequence[Token], figure_starts: Sequence[int]
    ) -> tuple[list[Token], int, int] | None:
        """The noun phrase opening ``tokens`` (after ``pour``, ``côté``, ``par``), widened to whole entities,
        with its offsets, when it holds a noun and names someone who can assert a figure; else None."""
        phrase = self._noun_phrase(tokens, figure_starts)
        if not phrase or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
            return None
        start, end = self._cover_entities(parsed, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
        if not self._can_assert(parsed, start, end):
            return None
        return phrase, start, end

    def is_same_source(self, attribution: Attribution) -> bool:
        """Whether the source's words stand for the source named before (``d'après la même source``)."""
        return " ".join(attribution.text.lower().split()) in self.same_source

    def _asserter(self, parsed: Parsed, tokens: Sequence[Token], figure_starts: Sequence[int]) -> list[Token]:
        """The words of who asserts, from the words after ``selon`` (or of a speech verb's subject).

        A noun that only carries a figure (``un décompte``, ``les chiffres``, ``les données les plus
        récentes``) is followed through its participle and adjectives to its agent (``réalisé par X``)
        or its complement (``du ministère``); a complement must be someone who can assert (``les
        chiffres de mardi`` name no one). Returns no words when there is no such agent.
        """
        current = list(tokens)
        checked = False
        times = parsed.timex_index()
        for _ in range(3):
            phrase = self._noun_phrase(current, figure_starts)
            head = next(
                (
                    i
                    for i, t in enumerate(phrase)  # past ``les derniers``
                    if t.lower_ in self.carriers or t.pos_ not in ("DET", "ADJ", "NUM")
                ),
                None,
            )
            if head is None:
                return []
            if self._body_adjective(phrase, head):
                return phrase[: head + 2]  # ``un communiqué gouvernemental``: the government's
            if phrase[head].lower_ not in self.carriers:
                if checked and not self._can_assert(parsed, phrase[0].idx, phrase[-1].idx + len(phrase[-1])):
                    return []
                return phrase
            following: list[Token] | None = None
            for index in range(head + 1, min(len(current), head + 8)):
                token = current[index]
                if token.idx in figure_starts:
                    break
                if token.lower_ in self.agent_prepositions:
                    following, checked = current[index + 1 :], False
                    break
                if token.lower_ in self.name_links:
                    following, checked = current[index + 1 :], True
                    break
                finite = "Fin" in morph(token, "VerbForm")
                if (
                    token.pos_ in ("ADJ", "ADV", "DET")
                    or (token.pos_ == "VERB" and not finite)
                    or times.covers(token.idx, token.idx + 1)
                    or self._reporting_participle(token)
                ):
                    continue  # ``les plus récentes``, ``réalisé``, ``publié mercredi par``
                break
            if following is None:
                return []
            current = following
        return []

    def _reporting_participle(self, token: Token) -> bool:
        """Whether a word is a reporting verb's past participle, whatever the tagger called it: in ``un bilan
        communiqué dimanche par les FAB`` it takes ``communiqué`` for a noun, yet the agent after it asserts."""
        return token.pos_ in ("NOUN", "ADJ", "VERB") and self.participle_infinitive(token.lower_) in self.verbs

    def _body_adjective(self, phrase: Sequence[Token], head: int) -> bool:
        """Whether a carrier noun's adjective names its body and nothing more follows: ``un communiqué
        gouvernemental`` (but ``le bilan officiel du ministère`` goes on to the ministry, and a noun that
        asserts keeps its whole name: ``le baromètre sécuritaire du Kivu``)."""
        if phrase[head].lower_ not in self.carriers or head + 1 >= len(phrase):
            return False
        if phrase[head + 1].lower_ not in self.institution_adjectives:
            return False
        return head + 2 >= len(phrase) or phrase[head + 2].lower_ not in self.name_links

    def _noun_phrase(self, tokens: Sequence[Token], figure_starts: Sequence[int]) -> list[Token]:
        """The words after ``selon``: up to a comma, a verb, a clause word or the next figure."""
        phrase: list[Token] = []
        starts = set(figure_starts)
        posted = -1  # where the preposition after ``en poste`` may stand
        for k, token in enumerate(tokens[:14]):
            if token.idx in starts or token.is_space:
                break
            if phrase and (length := self._posting(tokens, k)):
                posted = k + length
            if posted >= k and not token.is_punct:
                phrase.append(token)  # ``un diplomate en poste dans la capitale``
                continue
            if token.is_punct and (token.text not in _INNER_PUNCT or _spaced_dash(token)):
                break  # a dash with a space on each side closes an aside (``– 600 selon la police –``)
            if token.text == ")" and not any(t.text == "(" for t in phrase):
                break  # ``(… selon la police) se sont rassemblés``: the bracket the figure opened closes
            finite = token.pos_ == "VERB" and "Fin" in morph(token, "VerbForm")
            if finite or token.pos_ in ("AUX", "SCONJ", "CCONJ"):
                break
            label = token.text.isdigit() and bool(phrase) and phrase[-1].pos_ == "NOUN"  # ``les urgences 112``
            if (token.text[:1].isdigit() and not label) or (
                token.pos_ == "ADP" and token.lower_ not in self.name_links
            ):
                break  # ``selon l'ONU depuis le début du conflit``
            phrase.append(token)
        while phrase and (phrase[-1].is_punct or phrase[-1].pos_ in ("ADP", "DET")):
            phrase.pop()
        return phrase

    def _posting(self, tokens: Sequence[Token], k: int) -> int:
        """How many words at ``tokens[k]`` say that the source serves somewhere (``en poste``); 0 if none."""
        for words in self.postings:
            if tuple(t.lower_ for t in tokens[k : k + len(words)]) == words:
                return len(words)
        return 0

    def _speech_frames(self, parsed: Parsed, sentence: Span) -> list[Frame]:
        frames: list[Frame] = []
        for token in sentence:
            if not self._is_speech(token):
                continue
            gerund = self._gerund_clause_verb(token)
            participle = (
                None if gerund is not None else self._participle_clause_verb(token, sentence, self.speech_verbs)
            )
            head = gerund or participle or self._verb_head(token)
            # (a phrase's verb may open an incise too: ``…, a fait état jeudi le bureau``)
            # (a passive has no inverted subject: ``a été revu mardi par l'état-major`` names its agent)
            inverted = (gerund is None or participle is not None) and not self._passive(head)
            subject = self._subject_after(head, sentence, None if participle else token) if inverted else None
            if subject is not None and self._only_time(parsed, *subject):
                subject = None  # ``Le ministre, X, a indiqué jeudi que…``: the day is no inverted subject
            if subject is not None and participle is None and self._unsigned_count(parsed, *subject):
                subject = None  # ``L'ONG X, qui …, avance un chiffre plus élevé : …``: the count is the object
            leading = subject is None or participle is not None
            if subject is None:
                subject = self._subject_before(head, sentence)
            if subject is None:
                continue
            start, end = self._cover_entities(parsed, subject[0], subject[1])
            if any(ch.isdigit() for ch in parsed.text[start:end]):
                continue  # ``les 3 200 personnes interpellées``: a figure is not a speaker
            span = parsed.doc.char_span(start, end, alignment_mode="expand")
            passive = self._passive(head)
            passive_agent = (
                self._passive_agent(parsed, head, sentence) if passive or self._bare_participle(head) else None
            )
            passive = passive or passive_agent is not None
            if passive_agent is not None:
                start, end = passive_agent  # ``Le bilan a été revu mardi par l'état-major : six morts``
            elif passive:
                continue  # ``la foule était estimée à 8 000 personnes``: what is reported, not who reports
            elif span is not None and any(t.lower_ in self.carriers for t in span):
                agent = self._asserter(parsed, list(span), ())
                if not agent:
                    continue  # ``les chiffres officiels font état de…``: no one says it
                start = max(start, agent[0].idx)
            lemma = token.lemma_.lower()
            if lemma == token.lower_ and token.pos_ == "VERB":
                lemma = self._mistagged_verb(token) or lemma  # ``indique`` left as its own lemma
            elif token.pos_ in ("NOUN", "AUX"):
                lemma = self._verb_taken_for_noun(token) or lemma
            spoken = lemma in self.speech_verbs or self._in_phrase(token)
            if not spoken and not self._can_assert(parsed, start, end):
                continue  # ``le cortège comptait 5 000 personnes``: counting verbs need a counter
            attribution = self._attribution(parsed, start, end)
            frames.append(
                Frame(token.idx if leading else head.idx, token.idx + len(token), attribution, "speech", leading)
            )
        return frames

    def _unsigned_count(self, parsed: Parsed, start: int, end: int) -> bool:
        """Whether the noun phrase after a verb is a count's holder that names no author, opened by an indefinite
        article (``…, qui tient sa propre comptabilité, avance un chiffre plus élevé : 171 morts``): no one who
        speaks, but what the subject before the verb puts forward. After an aside closed by a comma the verb
        looked like an incise's and that phrase like its inverted subject, so the figure lost its source. A
        holder that names its author (``…, indique un communiqué de l'armée``) still speaks."""
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span[0].lower_ not in self.indefinites:
            return False
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
        return head is not None and head.lower_ in self.carriers and not self._asserter(parsed, list(span), ())

    @staticmethod
    def _only_time(parsed: Parsed, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds nothing but a time expression (``jeudi``, ``mardi soir``): the
        parser takes a day after a speech verb for its inverted subject."""
        words = parsed.text[start:end]
        for timex in parsed.timex_index().overlapping(start, end):
            low, high = max(start, timex.start) - start, min(end, timex.end) - start
            words = words[:low] + " " * (high - low) + words[high:]
        return not words.strip(" ,")

    @staticmethod
    def _passive(verb: Token) -> bool:
        """Whether a verb is in the passive: its subject is what is reported (``Le bilan a été revu``,
        ``la foule était estimée à…``), never who reports it."""
        return any(c.dep_ == "aux:pass" for c in verb.children)

    @staticmethod
    def _bare_participle(verb: Token) -> bool:
        """Whether a verb is a past participle hung on a noun, without auxiliary (``Parmi les victimes recensées
        par l'OMS figurent…``): with an agent it is a passive, and the noun before it is what was reported."""
        if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
            verb = verb.head  # ``les personnes interpellées et recensées par la préfecture``
        return verb.dep_ in ("acl", "amod") and "Part" in morph(verb, "VerbForm") and verb.head.i < verb.i

    def _passive_agent(self, parsed: Parsed, verb: Token, sentence: Span) -> tuple[int, int] | None:
        """The agent of a reporting verb in the passive (``Le bilan a été revu à la hausse mardi par
        l'état-major``, ``la foule était estimée à 8 000 personnes par la police``): it comes after ``par``,
        before any punctuation or other verb."""
        for token in sentence[verb.i + 1 - sentence.start :]:
            if (token.is_punct and token.text not in _INNER_PUNCT) or token.pos_ in ("VERB", "AUX"):
                return None
            if token.lower_ in self.agent_prepositions:
                tokens = tokens_between(sentence, token.idx + len(token), limit=_PHRASE_WINDOW)
                asserter = self._asserting_phrase(parsed, tokens, ())
                return None if asserter is None else (asserter[1], asserter[2])
        return None

    def _is_speech(self, token: Token) -> bool:
        if (
            token.pos_ in ("NOUN", "AUX", "ADV", "ADJ", "PROPN")  # ``maintient`` read as a name's last word
            and (before_stressed_aside(token, self.stressed_pronouns) or self._before_side_aside(token))
            and self._verb_taken_for_noun(token) in self.verbs
        ):
            return True  # ``La mairie avance, elle, le chiffre de…``: ``avance`` tagged a noun or an auxiliary
        if token.pos_ == "ADJ" and self._mistagged_verb(token) in self.verbs:
            return True
        if token.pos_ == "NOUN" and self._verb_taken_for_noun(token) in self.verbs:
            return True  # ``Nordmine avance le chiffre de 12 morts``: ``avance`` tagged as the noun
        if token.pos_ not in ("VERB", "NOUN") or token.dep_.startswith("aux"):
            return False
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and self._clitic_phrase(token):
            return True
        if token.pos_ == "VERB" and lemma in self.verbs:
            return True
        if token.pos_ == "VERB" and lemma == token.lower_ and self._mistagged_verb(token) in self.verbs:
            return True  # ``Le ministère indique que…``: a present form the lemmatizer left as it is
        return self._in_phrase(token)

    def _in_phrase(self, token: Token) -> bool:
        """Whether the word ends a speech phrase with the verb it hangs on, or the word before it
        (``fait état``, ``fait savoir``): such a phrase speaks whoever its subject is, like a speech verb."""
        lemma = token.lemma_.lower()
        head = token.head if token.head.i < token.i else token.doc[max(token.i - 1, 0)]
        if f"{head.lemma_.lower()} {lemma}" in self.phrases or f"{head.text.lower()} {token.lower_}" in self.phrases:
            return True
        return self._phrase_opener(token) is not None

    def _phrase_opener(self, token: Token) -> Token | None:
        """The verb right before a word when the two are written as a speech phrase (``fait`` in ``a fait
        savoir``), else ``None``. The phrase is in the words, whatever the parse: in an incise after the figure
        (``12 personnes ont été interpellées, a fait savoir le parquet``) the parser hangs ``savoir`` on the
        clause's own verb, so the head alone missed the phrase and took the counted verb for the speaker's."""
        if token.i == 0:
            return None
        before = token.doc[token.i - 1]
        if before.pos_ not in ("VERB", "AUX"):
            return None
        written = (f"{before.lemma_.lower()} {token.lemma_.lower()}", f"{before.lower_} {token.lower_}")
        return before if any(phrase in self.phrases for phrase in written) else None

    def _clitic_phrase(self, token: Token) -> bool:
        """Whether the verb and the clitic before it make a reporting phrase (``s'en tient à six``), whatever
        the parse hangs the verb on."""
        return token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lemma_.lower()}" in self.report_phrases

    def _mistagged_verb(self, token: Token) -> str:
        """The infinitive of a present-tense verb the tagger took for an adjective with a subject
        (``L'intersyndicale revendique 2 millions…``), else ``""``. A form tagged a verb needs no subject in the
        parse when a noun or an adjective ends right before it (``la Croix-Rouge népalaise estime que…``: the
        parser may hang the name elsewhere, and the lemmatizer leave ``estime`` as it is)."""
        children = list(token.children)
        if any(c.dep_ == "cop" for c in children):
            return ""
        after_noun = token.pos_ == "VERB" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "ADJ")
        if not any(c.dep_.startswith("nsubj") for c in children) and not after_noun:
            return ""
        return self._present_infinitive(token.lower_)

    def _present_infinitive(self, lower: str) -> str:
        """The infinitive of a lowercase present-tense form by its ending (``revendique`` → ``revendiquer``)."""
        for ending, infinitive in self.present_endings:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                return lower[: -len(ending)] + infinitive
        return ""

    def _verb_taken_for_noun(self, token: Token) -> str:
        """The infinitive of a present-tense verb the tagger took for a noun (``avance``, ``annonce``,
        ``compte``: words that are both), else ``""``. A noun follows a determiner, a preposition or an
        adjective; right after a name or the comma closing an apposition, such a form is the verb of that
        subject, the head of its clause."""
        if token.i == 0 or token.is_title:
            return ""
        if self._after_noun_and_clitic(token):
            return self._present_infinitive(token.lower_)  # ``quand la mairie en compte quatorze``
        if (
            token.dep_ not in ("ROOT", "conj")
            and not before_stressed_aside(token, self.stressed_pronouns)
            and not self._before_side_aside(token)
        ):
            return ""
        before = token.doc[token.i - 1]
        if before.pos_ not in ("PROPN", "NOUN") and before.text != ",":
            return ""
        return self._present_infinitive(token.lower_)

    def _before_side_aside(self, token: Token) -> bool:
        """Whether an aside that sets a body's figure against another's follows the word, a comma between them
        or not (``La fédération X maintient pour sa part…``, ``L'Union Y compte, de son côté, 12 morts``): such an
        aside stands between a subject and its verb or right after the verb, so after a noun-like word it is that
        word that is the verb (the tagger, thrown by a long foreign name, takes ``maintient`` or ``compte`` for
        the name's last word)."""
        doc = token.doc
        start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        return any(tuple(t.lower_ for t in doc[start : start + len(words)]) == words for words in self.side_asides)

    def _after_noun_and_clitic(self, token: Token) -> bool:
        """Whether the word follows a noun and the clitic ``en`` (``la mairie en compte quatorze``): no noun
        stands there, so the word is that subject's verb, however the parse hangs it."""
        doc = token.doc
        return (
            token.i >= 2
            and doc[token.i - 1].lower_ in self.counted_clitics
            and doc[token.i - 2].pos_ in ("NOUN", "PROPN")
        )

    @staticmethod
    def _gerund_clause_verb(token: Token) -> Token | None:
        """The verb whose subject a gerund shares (``le GSIM a revendiqué l'opération en affirmant avoir tué…``:
        the group affirms, not the operation; ``En annonçant un bilan de 12 morts, le préfet a appelé…``): the
        gerund has no subject of its own, and the words before it are that verb's object."""
        if token.i == 0 or token.doc[token.i - 1].lower_ != "en" or not token.lower_.endswith("ant"):
            return None
        # the tagger may hang the gerund on the noun before it (``…les décombres toute la nuit en expliquant``)
        head = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return head

    @staticmethod
    def _participle_clause_verb(token: Token, sentence: Span, speech_verbs: frozenset[str]) -> Token | None:
        """The verb whose subject a present participle after a comma shares (``…, a déclaré le préfet, précisant
        que 12 personnes…``, ``Le ministre a pris la parole, annonçant que…``): a participial clause has no
        subject of its own; it speaks for the clause before it, the incise's inverted subject included, and
        covers the figures after it. That clause's verb is the last one before the comma (the parse often
        hangs the participle on a quotation's verb instead). Only a speech verb: ``…, portant le bilan à trois
        morts, a indiqué le préfet`` tells what the event did, and the incise after it names who says so."""
        if token.i == 0 or token.doc[token.i - 1].text != "," or token.lemma_.lower() not in speech_verbs:
            return None
        if "Part" not in morph(token, "VerbForm") or "Pres" not in morph(token, "Tense"):
            return None
        return next((t for t in reversed(token.doc[sentence.start : token.i - 1]) if t.pos_ == "VERB"), None)

    def _verb_head(self, token: Token) -> Token:
        """``fait`` for ``a fait savoir``: the verb that carries the subject and auxiliaries (the word before,
        when the two are written as a phrase, however the parse hangs them)."""
        opener = self._phrase_opener(token)
        if opener is not None:
            return opener
        if token.dep_ in ("xcomp", "obj") and token.head.i < token.i and token.head.pos_ == "VERB":
            return token.head
        return token

    def _subject_before(self, verb: Token, sentence: Span) -> tuple[int, int] | None:
        """The subject written before a speech verb (``le ministère de l'Intérieur a annoncé``), or, for a verb
        with none of its own, the subject of the verb it is coordinated with."""
        return self._own_subject_before(verb, sentence) or self._conjunct_subject(verb, sentence)

    #: How many words back the comma opening an aside between a subject and its verb is looked for: an
    #: apposition with a relative clause (``La BPBD, l'agence du district qui s'appuie sur les listes établies
    #: par les chefs de village, compte…``) runs to some twenty words; 15 lost such a subject.
    _ASIDE_REACH: ClassVar[int] = 24

    def _own_subject_before(self, verb: Token, sentence: Span) -> tuple[int, int] | None:
        """The subject written right before a verb (``le ministère de l'Intérieur a annoncé``).

        A parenthetical between subject and verb is read too: an apposition is part of the subject
        (``Le président, Kassym-Jomart Tokaïev, a déclaré``), and a participle with an agent names the
        real source (``Le bilan, communiqué par le ministère, fait état de…`` → ``le ministère``).
        """
        doc = verb.doc
        index = verb.i - 1
        while index >= sentence.start:
            skipped = next(
                (
                    len(words)
                    for words in self.subject_asides
                    if index - len(words) + 1 >= sentence.start
                    and tuple(t.lower_ for t in doc[index - len(words) + 1 : index + 1]) == words
                ),
                0,
            )
            if skipped:
                index -= skipped  # ``Le ministère a par ailleurs porté…``, ``a de son côté confirmé``
            elif (
                doc[index].pos_ in ("AUX", "ADV")
                or doc[index].dep_.startswith("aux")  # an auxiliary the tagger calls a verb
                or doc[index].lower_ in self.clitics
                or self._in_verb_chain(doc[index], verb)
            ):
                index -= 1
            else:
                break
        if index >= sentence.start and doc[index].lower_ in self.subject_relatives:
            index -= 1  # ``la CGT, qui revendique…``: the antecedent speaks
            if index >= sentence.start and doc[index].text == ",":
                index -= 1
        if index < sentence.start:
            return None
        last = doc[index]
        if last.pos_ == "PRON" and not _in_name(last):
            if last.lower_ in self.subject_pronouns:
                return last.idx, last.idx + len(last)
            return None
        aside_end: Token | None = None
        if last.text == ",":
            reach = doc[max(sentence.start, index - self._ASIDE_REACH) : index]
            opening = next((t for t in reversed(reach) if t.text == ","), None)
            if opening is None:
                return None
            aside = doc[opening.i + 1 : index]
            agent = self._agent(aside)
            if agent is not None:
                return agent
            clause = any(t.pos_ in ("VERB", "AUX") or t.lower_ in self.clause_words for t in aside)
            aside_end = None if clause else doc[index - 1]  # a relative clause is no part of the name
            index = opening.i - 1
            last = doc[index] if index >= sentence.start else last
        if (
            last.pos_ not in ("NOUN", "PROPN", "ADJ", "X")
            and not last.is_punct
            and not self._noun_participle(last)
            and not self._adjectival(last)
            and not _in_name(last)
            and not (last.is_title and last.i > sentence.start)  # ``Le préfet de l'Ouham-Pendé, X, parle…``
        ):
            return None
        words: list[Token] = []
        while index >= sentence.start and len(words) < 14:
            token = doc[index]
            if token.is_punct and token.text not in _INNER_PUNCT:
                break
            if (
                token.pos_ in ("SCONJ", "VERB", "AUX", "CCONJ")
                and not self._noun_participle(token)
                and not self._adjectival(token)
                and not self._portfolio_participle(token)
            ) or token.lower_ in self.subject_breaks:
                break  # ``…, où l'armée a arrêté…``: the relative word is no part of the subject
            words.append(token)
            index -= 1
        while words and (words[-1].pos_ in ("ADP",) or words[-1].is_punct):
            words.pop()
        if not words or not any(t.pos_ in ("NOUN", "PROPN", "X") or self._noun_participle(t) for t in words):
            return None
        if self._speaks_through(doc, index, sentence, words):
            return self._subject_before(doc[index - 1], sentence)  # the comma before ``dont``
        first, final = words[-1], aside_end or words[0]
        return first.idx, final.idx + len(final)

    def _in_verb_chain(self, token: Token, verb: Token) -> bool:
        """Whether ``token``, right before ``verb`` once asides are passed, is part of the verb's own chain
        though the tagger calls it a main verb: an auxiliary's form (``La Croix-Rouge a pour sa part soigné…``,
        where an aside after ``a`` makes the tagger take it for *to have*), or a causative before an
        infinitive (``le procureur a fait arrêter six personnes``: ``faire``'s subject acts)."""
        if token.lower_ in self.auxiliary_forms:
            return not (token.is_title and token.i > 0 and token.doc[token.i - 1].pos_ == "DET")  # ``de l'Est``
        return token.lemma_.lower() in self.causatives and "Inf" in morph(verb, "VerbForm") and token.i < verb.i

    def _conjunct_subject(self, verb: Token, sentence: Span) -> tuple[int, int] | None:
        """The subject of the verb a conjunct shares it with: ``le parquet a ouvert une enquête et placé en
        garde à vue trois personnes`` (``placé`` has no subject of its own, ``ouvert``'s is the parquet's)."""
        head = verb.head
        if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX") or head.i < sentence.start:
            return None
        return self._subject_before(head, sentence)

    def _speaks_through(self, doc: Doc, index: int, sentence: Span, words: Sequence[Token]) -> bool:
        """Whether the subject read backwards (``words``, last word first) is a proxy of the phrase before a
        possessive relative at ``index`` (``Le préfet, dont les services font état de…``): then that phrase
        speaks."""
        return (
            index > sentence.start
            and doc[index].lower_ in self.possessive_relatives
            and any(t.lower_ in self.proxy_nouns for t in words)
            and doc[index - 1].text == ","
        )

    @staticmethod
    def _adjectival(token: Token) -> bool:
        """A participle the parse attaches to a noun as its adjective (``les Nations unies``, ``les forces
        armées``): part of the subject's name, not the verb of another clause. The parse may call such a
        participle a clause of an earlier noun (``Le Bureau des Nations unies en Haïti``: ``unies`` an ``acl``
        of ``Bureau``); a past participle right after a noun is still that noun's adjective."""
        if token.pos_ != "VERB" or token.head.i >= token.i:
            return False
        if token.dep_ == "amod":
            return True
        return (
            token.dep_ == "acl"
            and "Part" in morph(token, "VerbForm")
            and "Past" in morph(token, "Tense")
            and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
        )

    def _portfolio_participle(self, token: Token) -> bool:
        """Whether a participle opens the portfolio of the office before it (``le ministre délégué aux
        Armées``, ``la secrétaire d'État chargée de la Mer``): the tagger calls it a verb, yet it is part of the
        subject's name, not the verb of another clause."""
        if token.i == 0 or token.doc[token.i - 1].lower_ not in self.portfolio_holders:
            return False
        text = token.doc.text
        start = token.doc[token.i - 1].idx + len(token.doc[token.i - 1])
        return bool(self.portfolio_charged.match(text, start) or self.portfolio_delegated.match(text, start))

    @staticmethod
    def _noun_participle(token: Token) -> bool:
        """A present participle after a determiner is a noun the tagger called a verb: ``l'exploitant``,
        ``les manifestants``; it heads a subject instead of ending one."""
        return token.pos_ == "VERB" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET"

    def _agent(self, aside: Span) -> tuple[int, int] | None:
        """``communiqué dimanche par le ministère``: the agent of a reporting participle, if any."""
        for token in aside:
            lower = token.lower_
            stem = self.participle_infinitive(lower)
            if token.lemma_.lower() in self.interview_verbs or stem in self.interview_verbs:
                return None  # ``interrogés par notre journal``: who asked is not who asserts
            if token.pos_ in ("VERB", "NOUN", "ADJ") and (token.lemma_.lower() in self.verbs or stem in self.verbs):
                by = next((t for t in aside if t.i > token.i and t.lower_ in self.agent_prepositions), None)
                if by is None:
                    return None
                words = [t for t in aside if t.i > by.i]
                if words and any(t.pos_ in ("NOUN", "PROPN") for t in words):
                    return words[0].idx, words[-1].idx + len(words[-1])
        return None

    def _subject_after(self, verb: Token, sentence: Span, last: Token | None = None) -> tuple[int, int] | None:
        """The subject of an incise (``a annoncé Gérald Darmanin``, ``a-t-il dit``), else ``None``; ``last``
        is the phrase's last word when the verb heads one (``a fait état jeudi le bureau``): the subject
        follows it."""
        last = last if last is not None and last.i > verb.i else verb
        before = verb.doc[verb.i - 1] if verb.i > sentence.start else None
        chain = verb.i - 1
        while chain >= sentence.start and (verb.doc[chain].pos_ == "AUX" or verb.doc[chain].dep_ == "expl:subj"):
            chain -= 1
        opener = verb.doc[chain] if chain >= sentence.start else None
        incise = (opener is None or opener.is_punct or opener.lower_ in ("»", "”", '"')) and not self._stressed_subject(
            verb
        )
        for child in verb.children:
            if child.dep_ == "expl:subj" and child.lower_.lstrip("-") in self.subject_pronouns:
                return child.idx + (1 if child.text.startswith("-") else 0), child.idx + len(child)
        inverted = self._hyphenated_subject(verb, sentence)
        if inverted is not None:
            return inverted
        if not incise or before is None:
            return None
        for child in verb.children:
            if child.dep_.startswith("nsubj") and child.i > last.i:
                tokens = [t for t in child.subtree if t.i >= child.i or t.pos_ == "DET"]
                tokens = [t for t in tokens if sentence.start <= t.i < sentence.end]
                stop = next((t.i for t in tokens if t.is_punct and t.text not in _INNER_PUNCT and t.i > child.i), None)
                words = [t for t in tokens if stop is None or t.i < stop]
                if words:
                    return words[0].idx, words[-1].idx + len(words[-1])
        if self._subject_and_object(verb) or self._closes_subject_aside(verb):
            return None  # ``Le ministre, X, a confirmé l'envoi de…``: the comma closed an apposition
        # spaCy sometimes misses the inverted subject: take the noun phrase right after the verb.
        words = []
        for token in sentence[last.i + 1 - sentence.start :]:
            if token.is_punct and token.text not in _INNER_PUNCT:
                break
            if token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            words.append(token)
        if words and words[0].lower_ in self.indirect_object_prepositions:  # ``a déclaré à l'AFP le ministère``
            noun = next((i for i, t in enumerate(words) if t.pos_ in ("NOUN", "PROPN")), len(words))
            words = words[noun + 1 :]
        if (words and words[0].pos_ == "ADP") or any(t.text[:1].isdigit() for t in words):
            return None
        if words and any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return words[0].idx, words[-1].idx + len(words[-1])
        return None

    def _hyphenated_subject(self, verb: Token, sentence: Span) -> tuple[int, int] | None:
        """The inverted pronoun between an auxiliary and its verb, split by the tokenizer (``a`` ``-t``
        ``-elle`` ``rappelé``): the incise's subject, whatever the parse calls it."""
        index = verb.i - 1
        while index >= sentence.start and verb.i - index <= 3:
            token = verb.doc[index]
            if not token.text.startswith("-"):
                return None
            if token.lower_.lstrip("-") in self.subject_pronouns:
                return token.idx + 1, token.idx + len(token)
            index -= 1
        return None

    @staticmethod
    def _subject_and_object(verb: Token) -> bool:
        """Whether the comma before the verb closes an apposition of its noun subject and a noun object follows
        (``Le ministre, Jean Dupont, a confirmé l'envoi de…``): the noun after the verb is what is said, not an
        inverted speaker. The word before the comma must end an apposition of that subject, so a misparsed
        subject far before an incise (``Le bilan est passé à quatre morts, …, a annoncé le ministère``) does
        not count."""
        doc = verb.doc
        index = verb.i - 1
        while index >= 0 and (doc[index].pos_ == "AUX" or doc[index].dep_.startswith("aux")):
            index -= 1
        if index < 1 or doc[index].text != ",":
            return False
        closing = doc[index - 1]
        subject = next(
            (c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")),
            None,
        )
        if subject is None:
            return False
        appositions = [c for c in subject.children if c.dep_ == "appos"]
        if not any(t.i == closing.i for c in appositions for t in c.subtree):
            return False
        return any(c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)

    @staticmethod
    def _closes_subject_aside(verb: Token) -> bool:
        """Whether the punctuation right before the verb closes a relative clause or a bracket of its noun
        subject (``L'Observatoire (OTDH) a recensé onze morts``, ``Le syndicat, qui représente les ouvriers,
        avance le chiffre de 23 morts``): it opens no incise, so the words after the verb are its object, not
        an inverted speaker. An apposition is left to :meth:`_subject_and_object`, which needs an object."""
        doc = verb.doc
        index = verb.i - 1
        while index >= 0 and (doc[index].pos_ == "AUX" or doc[index].dep_.startswith("aux")):
            index -= 1
        if index < 1 or doc[index].text not in (",", ")"):
            return False
        closing = doc[index] if doc[index].text == ")" else doc[index - 1]
        for subject in verb.children:
            if not subject.dep_.startswith("nsubj") or subject.i > verb.i or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            if closing.text == ")" and closing.head.i == subject.i:
                return True
            if any(c.dep_ == "acl:relcl" and closing in c.subtree for c in subject.children):
                return True
        return False

    def _stressed_subject(self, verb: Token) -> bool:
        """Whether a stressed pronoun set off by commas stands before the verb as its subject (``La police,
        elle, reconnaît huit morts``): the comma before the verb closes that aside, it opens no incise."""
        return any(
            child.dep_.startswith("nsubj") and child.i < verb.i and child.lower_ in self.stressed_pronouns
            for child in verb.children
        )

    # -- attributions -----------------------------------------------------------------------------

    @staticmethod
    def _cover_entities(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
        """Widen ``[start, end)`` to whole entity mentions it cuts (``Kassym-Jomart Tokaïev``)."""
        for entity in parsed.entity_index().overlapping(start, end):
            start, end = min(start, entity.start), max(end, entity.end)
        return start, end

    def _portfolio_end(self, parsed: Parsed, start: int, end: int) -> int:
        """Where a source ends once the portfolio of the office it names is read (``le ministre délégué`` →
        ``le ministre délégué chargé de la Défense``, ``le secrétariat`` → ``le secrétariat à la Sécurité
        publique``); ``end`` when no portfolio follows. Whichever frame found the source, its words stopped at
        the preposition, or the parser hung the portfolio on the verb, and the office alone names no one."""
        words = re.split(r"[\s'’]+", parsed.text[start:end].lower())
        last = words[-1].rsplit("-", 1)[-1] if words else ""
        if last not in self.portfolio_holders:
            return end
        to = self.portfolio_to if last in self.portfolio_to_holders else self.portfolio_delegated
        match = self.portfolio_charged.match(parsed.text, end) or to.match(parsed.text, end)
        if match is None:
            return end
        return self._with_adjectives(parsed, match.end())

    @staticmethod
    def _with_adjectives(parsed: Parsed, stop: int) -> int:
        """``stop`` moved past the lower-case adjectives right after it (``la Sécurité publique``)."""
        for token in (t for t in parsed.doc if t.idx >= stop):
            if token.pos_ != "ADJ" or not token.text.islower():
                break
            stop = token.idx + len(token)
        return stop

    def _attribution(self, parsed: Parsed, start: int, end: int) -> Attribution:
        # ``a annoncé dimanche le gouvernement``; ``a fait état jeudi le bureau, qui recense…`` (a relative's
        # antecedent read backwards takes the incise's words): a date is no part of who speaks
        for timex in parsed.timex_index().overlapping(start, end):
            if timex.end < end:
                start = max(start, timex.end)
        end = self._portfolio_end(parsed, start, end)
        text = parsed.text[start:end].strip(' ,«»"')
        try:
            referent = parsed.coref.referent(start, end)
        except Exception:  # coreference is being extended elsewhere; a failure must not cost the claim
            referent = None
        if referent is None or referent.entity is None:
            owner = self._possessor(parsed, start, end)
            if owner is not None:
                return Attribution(text=text, entity=owner)  # ``selon ses équipes``: the possessor's figure
        if referent is None:
            return Attribution(text=text, entity=None)
        if referent.entity is None and (self._bare_pronoun(text) or self._fuller(referent.text, text)):
            # ``…, a déclaré le commandant de la gendarmerie. Il a fait état de 12 blessés``: ``Il`` says
            # nothing of who; the unnamed description it stands for does, as the full description (``le
            # porte-parole du ministère de l'Intérieur``) says more than its shortened repetition
            return Attribution(text=referent.text, entity=None)
        return Attribution(text=text, entity=referent.entity)

    def _possessor(self, parsed: Parsed, start: int, end: int) -> str | None:
        """The named body or person whose staff or papers a source opening with a possessive is (``selon ses
        équipes``, ``leurs relevés``), as coreference resolves the possessive; ``None`` when it does not say."""
        first = re.match(r"\s*(\w+)\s", parsed.text[start:end])
        if first is None or first.group(1).lower() not in self.possessives:
            return None
        try:
            owner = parsed.coref.referent(start + first.start(1), start + first.end(1))
        except Exception:  # coreference is being extended elsewhere; a failure must not cost the claim
            return None
        return owner.entity if owner is not None else None

    def _fuller(self, description: str, short: str) -> bool:
        """Whether ``description`` is ``short`` said in full (``le porte-parole du ministère de l'Intérieur`` for
        ``le porte-parole du ministère``): it begins with the same words, determiner aside, and goes on."""
        long_words, short_words = self._without_article(description), self._without_article(short)
        return (
            bool(short_words) and len(long_words) > len(short_words) and long_words[: len(short_words)] == short_words
        )

    def _without_article(self, words: str) -> list[str]:
        """The words of a description, folded, without the definite article it opens with."""
        return self.article.sub("", fold(words).strip()).split()

    def _bare_pronoun(self, text: str) -> bool:
        """Whether a source's words are a pronoun alone (``Il``, ``lui``, ``-t-elle``)."""
        word = text.lower().lstrip("-").removeprefix("t-")
        return word in self.pronouns or word in self.subject_pronouns

    def gapped(self, parsed: Parsed, first: Token, sentence: Span) -> Attribution | None:
        """The source of a gapped clause: ``…, la police 800 000`` (``la police [compte] 800 000``).

        Only an authority or a named organization or person qualifies, and only right after a comma
        or ``et``: otherwise the words before a figure are the sentence's own.
        """
        words: list[Token] = []
        index = first.i - 1
        while index >= sentence.start and len(words) < 8:
            token = first.doc[index]
            if token.text in (",", ";") or token.lower_ in self.list_breaks:
                break
            if token.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP") and token.text not in _INNER_PUNCT:
                return None
            words.append(token)
            index -= 1
        else:
            return None
        if not words or index < sentence.start:
            return None
        words.reverse()
        if words[0].pos_ == "ADP" or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return None
        start, end = self._cover_entities(parsed, words[0].idx, words[-1].idx + len(words[-1]))
        lowered = _with_compound_heads(t.lower_ for t in words)
        named = _names_someone(parsed, start, end)
        if not named and not (lowered & self.authorities):
            return None
        return self._attribution(parsed, start, end)

    def _can_assert(self, parsed: Parsed, start: int, end: int) -> bool:
        """Whether ``[start, end)`` names someone who can put out a figure: an authority or a named
        organization or person (or a pronoun standing for one), or a body's adjective (``le communiqué
        ministériel``)."""
        words = _with_compound_heads(w.lower().strip(",'’") for w in re.split(r"[\s'’]+", parsed.text[start:end]))
        if words & (self.authorities | self.pronouns | self.subject_pronouns | self.institution_adjectives):
            return True
        return _names_someone(parsed, start, end)

    def quote_speaker(
        self, parsed: Parsed, opening: Span, closing: Span, mark_open: int, mark_close: int
    ) -> Attribution | None:
        """Who speaks a quotation that runs over several sentences (``« Nous avons compté 20 morts. Il en
        reste sous la terre », a affirmé le maire``): a figure inside it is its speaker's, though the speech
        verb sits in another sentence than the figure.

        The incise right after the closing mark (``», a-t-il déclaré``) names the speaker, else a speech verb
        right before the opening mark (``Le maire a déclaré : « …``); only punctuation, auxiliaries and an
        inverted pronoun may stand between mark and verb after the quote, at most a short complement
        (``a déclaré à la presse :``) before it.

        Args:
            parsed: the article.
            opening: the sentence holding the opening mark; closing: the one holding the closing mark.
            mark_open: offset of the opening mark; mark_close: offset of the closing mark.
        """
        for frame in self._speech_frames(parsed, closing):
            if frame.leading or frame.start <= mark_close:
                continue
            between = tokens_between(closing, mark_close + 1, frame.start)
            if all(
                t.is_punct or t.pos_ == "AUX" or t.dep_.startswith("aux") or t.text.startswith("-") for t in between
            ):
                return frame.attribution
            break
        for frame in reversed(self._speech_frames(parsed, opening)):
            if not frame.leading or frame.end > mark_open:
                continue
            between = tokens_between(opening, frame.end, mark_open)
            words = [t for t in between if not t.is_punct]
            if (
                between
                and between[-1].text in (":", ",")
                and len(words) <= 4
                and not any(t.pos_ == "VERB" for t in words)
            ):
                return frame.attribution
            break
        return None

    def authority(self, parsed: Parsed, verb: Token, sentence: Span) -> Attribution | None:
        """The subject of an action verb when it is an authority (``les autorités ont arrêté…``).

        The authorities that act are the ones that count: their figure is theirs.
        """
        subject = self._subject_before(verb, sentence)
        if subject is None:
            return None
        start, end = self._cover_entities(parsed, *subject)
        if not self._can_assert(parsed, start, end):
            return None
        return self._attribution(parsed, start, end)


def assign(
    frames: Sequence[Frame],
    figures: Sequence[tuple[int, int]],
    sentence_start: int,
    commas: Sequence[int],
    clause_breaks: Sequence[int] = (),
) -> list[Attribution | None]:
    """The source of each figure of one sentence, from the sentence's frames.

    Args:
        frames: the sentence's frames, in text order.
        figures: each figure's ``(start, end)``, in text order.
        sentence_start: where the sentence begins.
        commas: offsets of the sentence's commas, in order (they bound what a trailing ``selon`` covers).
        clause_breaks: offsets of the sentence's semicolons: a frame before one yields, past it, to an incise
            of the clause after it (``X s'en tient à 15 morts ; trois sont disparus, a précisé Y``).
    """
    sources: list[Attribution | None] = [None] * len(figures)
    trailing_done = [False] * len(figures)
    previous_end = sentence_start
    for frame in frames:
        if frame.kind != "preposition" or frame.leading:
            if frame.kind == "preposition":
                previous_end = frame.end
            continue
        covered = [i for i, (s, _e) in enumerate(figures) if previous_end <= s < frame.start]
        has_leading_before = any(f.leading and f.end <= frame.start for f in frames)
        if has_leading_before or not _preceded_by_comma(frame.start, commas, figures):
            covered = _last_segment(covered, figures, frame.start, commas)
        for i in covered:
            if not trailing_done[i]:
                sources[i] = frame.attribution
                trailing_done[i] = True
        previous_end = frame.end
    for i, (start, end) in enumerate(figures):
        if trailing_done[i]:
            continue
        before = [f for f in frames if f.leading and f.end <= start]
        after = [f for f in frames if not f.leading and f.kind == "speech" and f.start >= end]
        if before and not (after and _own_clause_incise(before[-1], (start, end), after[0], clause_breaks)):
            sources[i] = before[-1].attribution
            continue
        if after:
            sources[i] = after[0].attribution
    return sources


def _own_clause_incise(leading: Frame, figure: tuple[int, int], incise: Frame, breaks: Sequence[int]) -> bool:
    """Whether a semicolon parts the figure from the frame before it while none parts it from the incise
    after it: the incise then speaks the figure's own clause, and it is the nearer frame."""
    return any(leading.end <= b < figure[0] for b in breaks) and not any(figure[1] <= b < incise.start for b in breaks)


def _preceded_by_comma(position: int, commas: Sequence[int], figures: Sequence[tuple[int, int]]) -> bool:
    """Whether a comma sits between the last figure before ``position`` and ``position``."""
    last_end = max((e for s, e in figures if e <= position), default=-1)
    return any(last_end <= c < position for c in commas)


def _last_segment(
    covered: list[int], figures: Sequence[tuple[int, int]], position: int, commas: Sequence[int]
) -> list[int]:
    """The covered figures of the last comma-delimited segment before ``position`` that has any."""
    bounds = [c for c in commas if c < position]
    while covered:
        floor = bounds.pop() if bounds else -1
        inside = [i for i in covered if figures[i][0] > floor]
        if inside:
            return inside
    return covered


def _in_name(token: Token) -> bool:
    """Whether a word is part of a name the recognizer found: the tagger gives a foreign name's words any part
    of speech (``Rio Grande do Sul`` ends in an adverb, ``Mato Grosso do Sul`` in two pronouns), and a subject
    that ends in one is still a noun phrase."""
    return bool(token.ent_type_) and not token.is_punct


def _spaced_dash(token: Token) -> bool:
    """Whether a hyphen stands apart, as a dash (``la police - se sont``), not inside a name (``Croix-Rouge``)."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _with_compound_heads(words: Iterable[str]) -> set[str]:
    """The words, and for each hyphenated compound also its last part: ``haut-commissariat`` is a
    ``commissariat``, ``sous-préfecture`` a ``préfecture``, ``vice-ministre`` a ``ministre``. A body named
    by a compound asserts like its head noun; splitting only on spaces left such a subject no counter, so
    its counting verb (``le haut-commissariat a compté 8 000 manifestants``) lost its source."""
    found: set[str] = set()
    for word in words:
        found.add(word)
        if "-" in word.strip("-"):
            found.add(word.rsplit("-", 1)[1])
    return found


def _names_someone(parsed: Parsed, start: int, end: int) -> bool:
    """Whether a named organization or person lies inside ``[start, end]``. An acronym counts as one even
    when the recognizer missed it (``le décompte de la KNCHR``): a body is what goes by its initials."""
    if any(e.type in ("ORG", "PER") for e in parsed.entity_index().within(start, end)):
        return True
    return any(_ACRONYM.fullmatch(word) for word in re.split(r"[\s'’()]+", parsed.text[start:end]))
