"""Parse helpers shared by the components: subjects, noun phrases, morphological features.

Claims, quotes and coreference all ask the same questions of spaCy's parse (is this token a subject?
which tokens make up the noun phrase it heads?); the answers live here so that each component reads
the parse the same way. The folded form words are compared in is :func:`recoupe.text.fold`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Dependency labels of a grammatical subject in spaCy's French models.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})

#: Dependents that belong to a noun phrase (relative clauses and coordinations do not).
NP_DEPS: frozenset[str] = frozenset(
    {
        "det",
        "amod",
        "nmod",
        "case",
        "flat:name",
        "flat:foreign",
        "flat",
        "appos",
        "compound",
        "fixed",
        "nummod",
        "punct",
        "advmod",
    }
)


def morph(token: Token, feature: str) -> list[str]:
    """The values of one morphological feature of ``token`` (``"VerbForm"`` → ``["Part"]``), ``[]`` when it
    has none. spaCy returns ``[]`` for an absent feature when no default is given, but its stub makes the
    default a required argument: every component asks through here, so none repeats the ``None``."""
    return token.morph.get(feature, None)


def carries_subject_over(verb: Token) -> bool:
    """Whether ``verb`` is a verb with no subject of its own, no auxiliary and no finite form: a participle or
    an infinitive leading its clause (``Mais plaidant aussi pour …``, ``Et de dénoncer …``). News elides the
    subject such a clause carries over from the sentence before."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and "Fin" not in morph(verb, "VerbForm")
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in verb.children)
    )


def misread_finite_verb(token: Token) -> bool:
    """A past participle the parser hung on a noun (``acl``) that yet has a direct object (``la scientifique décrit
    une situation``): a participle without auxiliary never takes one, so it is the finite verb of that noun."""
    return (
        token.dep_ == "acl"
        and "Part" in morph(token, "VerbForm")
        and "Past" in morph(token, "Tense")
        and any(c.dep_ == "obj" for c in token.children)
    )


def before_stressed_aside(token: Token, pronouns: frozenset[str]) -> bool:
    """Whether a stressed pronoun between commas follows ``token`` (``La mairie avance, elle, le chiffre de…``,
    ``X parle, lui, d'« une vingtaine »``): such an aside repeats the subject right after its verb, so ``token`` is
    that verb, however the parse, thrown by the aside, tags or attaches it. ``pronouns`` are lowercase."""
    doc = token.doc
    return (
        token.i + 3 < len(doc)
        and doc[token.i + 1].text == ","
        and doc[token.i + 2].lower_ in pronouns
        and doc[token.i + 3].text == ","
    )


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``head``: its determiners, adjectives,
    complements and appositions, without relative clauses, so that ``la société, qui est…`` gives
    ``la société``."""
    keep = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            # An adjective's own complement belongs to the phrase: ``une source proche [de la direction]``.
            own = child.dep_ in NP_DEPS or (child.dep_ == "obl:arg" and token.pos_ == "ADJ" and token.i != head.i)
            if own and not (child.dep_ == "punct" and child.i > head.i + 25):
                keep.append(child)
                stack.append(child)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    doc = head.doc
    # Never run across a sentence-ending or quotation mark, which the parser sometimes attaches.
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text in (".", "!", "?", ";", ":", "«", "»", "“", "”", '"') or "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if doc[i].text in (".", "!", "?", ";", ":", "«", "»", "“", "”", '"') or "\n" in doc[i].text:
            end = i
            break
        if misread_finite_verb(doc[i]):
            # ``la scientifique décrit une situation``, ``un riverain joint par téléphone décrit une ville``: the
            # verb the phrase is the subject of, wherever the parser hung it inside the phrase
            end = i
            break
    # A relative clause cut by that mark (``Le président, qui avait reconnu … « … »,``: the parser hung the comma
    # after the quote on the head) is no part of the phrase: it ends where the clause starts. One that holds a name
    # is left whole: the parser may have put in it the name set beside the head (``Le secouriste qui …, l'adjudant
    # X, garde``), which says who the phrase is.
    for child in head.children:
        if (
            child.dep_ == "acl:relcl"
            and head.i < child.left_edge.i < end <= child.right_edge.i
            and not any(t.pos_ == "PROPN" for t in doc[child.left_edge.i : end])
        ):
            end = child.left_edge.i
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ == "ADP"):
        start += 1
    return start, past_hyphen_compound(doc, end)


def past_hyphen_compound(doc: Doc, end: int) -> int:
    """Token ``end`` moved past the rest of a hyphenated compound noun a phrase stops inside: the parser often
    hangs ``-`` ``major`` of ``l'état-major`` elsewhere, which would leave ``un officier de l'état`` (another
    body). A pronoun after the hyphen is an inversion (``-t-il``), not part of the noun."""
    while (
        0 < end < len(doc) - 1
        and doc[end - 1].whitespace_ == ""
        and doc[end].text == "-"
        and doc[end].whitespace_ == ""
        and doc[end + 1].text[:1].isalpha()
        and doc[end + 1].pos_ != "PRON"
    ):
        end += 2
    return end
