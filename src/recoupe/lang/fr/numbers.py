"""French number words and the qualifiers that say how exact a figure is."""

from __future__ import annotations

#: Words before a figure and the qualifier they give it (longest match wins).
QUALIFIERS: dict[str, str] = {
    "près de": "approx", "environ": "approx", "quelque": "approx", "quelques": "approx",
    "autour de": "approx", "approximativement": "approx", "à peu près": "approx", "presque": "approx",
    "plus de": "at_least", "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least",
    "moins de": "at_most", "jusqu'à": "at_most", "au plus": "at_most", "au maximum": "at_most",
    "pas plus de": "at_most",
}

#: Nouns of vague amounts: ``des dizaines`` → between 20 and 99.
VAGUE_AMOUNTS: dict[str, tuple[int, int]] = {
    "dizaine": (10, 19), "dizaines": (20, 99), "vingtaine": (20, 29), "trentaine": (30, 39),
    "quarantaine": (40, 49), "cinquantaine": (50, 59), "centaine": (100, 199), "centaines": (200, 999),
    "millier": (1000, 1999), "milliers": (2000, 9999), "million": (1_000_000, 1_999_999),
    "millions": (2_000_000, 9_999_999),
}

#: Multipliers written after a figure: ``1,28 million``.
MULTIPLIERS: dict[str, int] = {"mille": 1000, "million": 1_000_000, "millions": 1_000_000,
                               "milliard": 1_000_000_000, "milliards": 1_000_000_000}
