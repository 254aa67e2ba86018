"""French number words, how figures are written, and the qualifiers that say how exact a figure is.

:mod:`recoupe.analyze.numbers` builds its patterns from these tables, so another language mirrors this
module (same names, and a :func:`spell` of its own) and gets the same parser. Apostrophes are written ``'``; the parser
also accepts the typographic ``’``.
"""

from __future__ import annotations

#: Language code given to ``text2num`` for number words.
TEXT2NUM_LANG: str = "fr"

#: Characters French typography puts between digit groups: ``5 000``, ``5\u00a0000``, ``5\u202f000``,
#: ``3.000``. The decimal mark is the comma (``1,28 million``).
GROUP_SEPARATORS: str = " .\u00a0\u202f\u2009\u2007"
DECIMAL_MARK: str = ","

#: Cardinal number words that can make up a written number (``vingt-six``, ``deux cent trente``).
NUMBER_WORDS: tuple[str, ...] = (
    "zéro",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
)

#: Number words that are also the indefinite article (``un policier``): a figure only in context.
ARTICLE_WORDS: frozenset[str] = frozenset({"un", "une"})

#: Words that join number words inside one number: ``vingt-six``, ``vingt et un``, ``deux cent``.
NUMBER_WORD_JOINERS: tuple[str, ...] = ("-et-", " et ", "-", " ")

#: Multipliers written after digits: ``1,28 million``, ``3 milliards``.
MULTIPLIERS: dict[str, int] = {
    "mille": 1000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}

#: Collective nouns of approximate amounts and their unit: ``une centaine`` ≈ 100, ``des centaines`` is
#: vague. ``million(s)`` is listed so that ``des millions`` reads as vague; ``un million`` stays exact.
APPROX_UNITS: dict[str, int] = {
    "dizaine": 10,
    "dizaines": 10,
    "douzaine": 12,
    "douzaines": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "centaines": 100,
    "millier": 1000,
    "milliers": 1000,
    "millions": 1_000_000,
    "milliards": 1_000_000_000,
}

#: Determiners that make a plural collective noun vague: ``des dizaines``, ``plusieurs centaines``.
VAGUE_DETERMINERS: tuple[str, ...] = ("des", "plusieurs", "quelques", "de nombreuses", "de nombreux")

#: Multipliers after a collective noun: ``des dizaines de milliers``, ``des centaines de millions``.
VAGUE_MULTIPLIERS: dict[str, int] = {"de milliers": 1000, "de millions": 1_000_000, "de milliards": 1_000_000_000}

#: How far a vague plural reaches, in units: ``des dizaines`` = 2 to 9.99 tens (20–99).
VAGUE_SPAN: tuple[int, int] = (2, 10)

#: Words before a figure and the qualifier they give it (longest match wins).
QUALIFIERS: dict[str, str] = {
    "près de": "approx",
    "près d'": "approx",
    "environ": "approx",
    "quelque": "approx",
    "quelques": "approx",
    "autour de": "approx",
    "autour d'": "approx",
    "approximativement": "approx",
    "à peu près": "approx",
    "presque": "approx",
    "quasiment": "approx",
    "pratiquement": "approx",
    "aux alentours de": "approx",
    "de l'ordre de": "approx",
    "un peu moins de": "approx",
    "un peu plus de": "approx",
    "plus de": "at_least",
    "plus d'": "at_least",
    "au moins": "at_least",
    "au minimum": "at_least",
    "pas moins de": "at_least",
    "pas moins d'": "at_least",
    "bien plus de": "at_least",
    "bien plus d'": "at_least",
    "largement plus de": "at_least",
    "au-delà de": "at_least",
    "au-delà d'": "at_least",
    "au bas mot": "at_least",
    # verbs of a toll passing a mark: ``le bilan dépasse 3 400 morts``, ``avoisine les 2 000``
    "dépasse": "at_least",
    "dépassent": "at_least",
    "dépassé": "at_least",
    "dépasse les": "at_least",
    "dépassent les": "at_least",
    "dépassé les": "at_least",
    "franchi la barre des": "at_least",
    "franchit la barre des": "at_least",
    "frôle": "approx",
    "frôle les": "approx",
    "frôlé les": "approx",
    "avoisine": "approx",
    "avoisine les": "approx",
    "avoisinent les": "approx",
    "moins de": "at_most",
    "moins d'": "at_most",
    "jusqu'à": "at_most",
    "au plus": "at_most",
    "au maximum": "at_most",
    "pas plus de": "at_most",
    "pas plus d'": "at_most",
    "tout au plus": "at_most",
}

#: Words after a figure (and its noun) that qualify it: ``2 000 morts au moins``.
TRAILING_QUALIFIERS: dict[str, str] = {
    "au moins": "at_least",
    "au minimum": "at_least",
    "environ": "approx",
    "au maximum": "at_most",
}

#: Range frames around two figures: ``entre 10 et 20``, ``de 10 à 20``, ``10 à 20``.
RANGE_FRAMES: tuple[tuple[str, str], ...] = (("entre", "et"), ("de", "à"), ("", "à"))

#: Words just before ``de 100 à 200`` that make it a change, not a range (``passé de 100 à 200``).
RANGE_BLOCKERS: frozenset[str] = frozenset(
    """passé passée passés passe passer grimpé grimpe monté monte augmenté augmente baissé baisse chuté
    chute bondi bondit reculé recule diminué diminue évolué alourdi aggravé porté""".split()
)

# -- spelling numbers out (the formatter; used to test the parser round trip) -----------------------

#: 0–16 as words, in order.
SMALL_NUMBERS: tuple[str, ...] = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)

#: Tens 20–60 as words (70, 80 and 90 are built from 60 and 4×20, the French way).
TENS: dict[int, str] = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

#: Words for 100, 1000, 10⁶ and 10⁹ (singular, plural).
SCALE_WORDS: dict[int, tuple[str, str]] = {
    100: ("cent", "cents"),
    1000: ("mille", "mille"),
    1_000_000: ("million", "millions"),
    1_000_000_000: ("milliard", "milliards"),
}


def spell(value: int) -> str:
    """Spell a whole number in French words (traditional spelling: ``deux cent trente``), for the
    ``words`` style of :meth:`recoupe.analyze.numbers.NumberParser.format`.

    A function, not a table: the rules (``soixante-dix``, ``quatre-vingts``, ``et un``) are French grammar,
    which another language writes differently; the words come from the tables above.
    """
    small: tuple[str, ...] = SMALL_NUMBERS
    tens: dict[int, str] = TENS
    scales: dict[int, tuple[str, str]] = SCALE_WORDS

    def below_100(n: int) -> str:
        if n < len(small):
            return small[n]
        if n < 20:
            return f"{small[10]}-{small[n - 10]}"
        if n < 70:
            ten, unit = divmod(n, 10)
            word = tens[ten * 10]
            return word if unit == 0 else f"{word} et un" if unit == 1 else f"{word}-{small[unit]}"
        if n < 80:
            return f"{tens[60]} et {small[11]}" if n == 71 else f"{tens[60]}-{below_100(n - 60)}"
        base = f"{small[4]}-{tens[20]}"
        return base + "s" if n == 80 else f"{base}-{below_100(n - 80)}"

    def below_1000(n: int) -> str:
        hundreds, rest = divmod(n, 100)
        one, many = scales[100]
        if hundreds == 0:
            return below_100(rest)
        head = one if hundreds == 1 else f"{small[hundreds]} {many if rest == 0 else one}"
        return head if rest == 0 else f"{head} {below_100(rest)}"

    def invariable(words: str) -> str:
        """``deux cents`` and ``quatre-vingts`` lose their ``s`` before ``mille``."""
        for plural, singular in ((scales[100][1], scales[100][0]), (f"{tens[20]}s", tens[20])):
            if words.endswith(plural):
                return words[: -len(plural)] + singular
        return words

    def spell(n: int) -> str:
        if n < 1000:
            return below_1000(n)
        for factor in sorted(scales, reverse=True):
            if factor < 1000 or n < factor:
                continue
            count, rest = divmod(n, factor)
            one, many = scales[factor]
            if factor == 1000:
                head = one if count == 1 else f"{invariable(spell(count))} {one}"
            else:
                head = f"{spell(count)} {one if count == 1 else many}"
            return head if rest == 0 else f"{head} {spell(rest)}"
        return below_1000(n)

    return spell(value)
