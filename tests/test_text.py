"""The folds and the phrase alternations of ``recoupe.text``: what each keeps and what it unifies."""

from __future__ import annotations

import re

from recoupe.text import (
    fold,
    fold_compat,
    fold_for_required,
    fold_loose,
    fold_typography,
    fold_words,
    longest_first,
    phrase_alternation,
    phrase_regex,
    required_substrings,
    squash,
)


def test_every_fold_agrees_on_plain_french() -> None:
    assert fold("Tokaïev l’a dit") == fold_compat("Tokaïev l’a dit") == "tokaiev l'a dit"


def test_the_folds_differ_where_the_module_says() -> None:
    assert fold("m²") == "m²" and fold_compat("m²") == "m2"  # compatibility characters: linking only
    assert fold("a\u202fb") == "a\u202fb" and fold_compat("a\u202fb") == "a b"
    assert fold_loose("Alma-Ata") == fold_loose("alma  ata") == "alma ata"
    assert fold_words("« Nous partirons, dit-il. »") == "nous partirons dit-il"
    assert squash("1er  Août") == "1er août"  # accents kept
    assert fold_typography(" L\u02bcÉtat\u00a0islamique ") == "l'état islamique"


def test_a_phrase_matches_any_space_run_and_with_the_option_either_apostrophe() -> None:
    assert re.fullmatch(phrase_regex("mis à jour"), "mis  à\njour")
    assert re.fullmatch(phrase_regex("d'après", any_apostrophe=True), "d’après")
    assert not re.fullmatch(phrase_regex("d'après"), "d’après")
    assert re.fullmatch(phrase_regex("3.5"), "3.5") and not re.fullmatch(phrase_regex("3.5"), "315")


def test_alternations_put_the_longest_first_once_each() -> None:
    assert longest_first(["hier", "avant-hier", "hier", "lundi"]) == "avant-hier|lundi|hier"
    assert re.match(f"(?:{phrase_alternation(['hier', 'avant-hier'])})", "avant-hier").group(0) == "avant-hier"
    assert phrase_alternation([]) == ""


def test_a_factored_alternation_matches_what_the_flat_one_matches_longest_first() -> None:
    from recoupe.text import trie_alternation

    phrases = ["deux mille", "deux mille un", "deux mille vingt", "deux mille vingt-trois", "mil neuf cent", "l'an"]
    flat, factored = (
        re.compile(f"(?:{alt(phrases)})(?![\\w-])", re.I) for alt in (phrase_alternation, trie_alternation)
    )
    for text in [
        "en deux mille vingt-trois.",
        "deux  mille un",
        "Deux Mille vingt",
        "mil neuf cent dix",
        "l'an",
        "deux",
    ]:
        found = [(m.span(), m.group()) for m in flat.finditer(text)]
        assert [(m.span(), m.group()) for m in factored.finditer(text)] == found


def _required(source: str) -> set[str] | None:
    found = required_substrings(re.compile(source, re.IGNORECASE))
    return None if found is None else set(found)


def test_a_pattern_requires_the_words_every_match_holds() -> None:
    # "le 3 février", "3 fév", "12 mars": every match holds a month; the optional article requires nothing
    assert _required(r"(?:le\s+)?\d{1,2}\s+(?:janv(?:ier)?|f[ée]v(?:rier)?|mars)") == {"janv", "fev", "fév", "mars"}
    assert _required(r"la\s+veille") == {"veille"}  # the longest word of a phrase is the most selective
    assert _required(r"(?:noël|pâques)(?:\s+\d{4})?") == {"noël", "pâques"}
    assert _required(r"\d+\s*ans") == {"ans"}
    assert _required(r"(?:hier|demain)?") is None  # it may match nothing: no shortcut


def test_a_text_without_the_required_words_has_no_match() -> None:
    """The promise the time grammar relies on to skip a pattern: checked on French sentences."""
    sentences = [
        "Le sommet s'ouvrira le 3 FÉVRIER à Bruxelles.",
        "La veille, les négociateurs avaient quitté la salle.",
        "Il pleuvait à Noël 2023 sur la Bretagne.",
        "Le barrage a cédé il y a dix ans.",
        "Les députés ont voté la loi sans débat.",
        "MİLLE NEUF CENT: le İ turc, dont la minuscule compte deux caractères, ne coupe pas le mot.",
    ]
    for source in (
        r"(?:le\s+)?\d{1,2}\s+(?:janv(?:ier)?|f[ée]v(?:rier)?|mars)",
        r"la\s+veille",
        r"noël\s+\d{4}",
        r"\d+\s*ans",
        r"mille\s+neuf",
    ):
        pattern = re.compile(source, re.IGNORECASE)
        required = required_substrings(pattern)
        assert required is not None
        for sentence in sentences:
            if pattern.search(sentence):
                assert any(s in fold_for_required(sentence) for s in required), (source, sentence)
