"""Texts of a requested size for the scaling bench and the fuzzer: one realistic, the rest hostile.

Issue #20 item 9 found analysis cost growing faster than article size, on news-like text and on text
built to hurt (number runs, "selon" chains, repeated incises, capitalized runs, unclosed «, one line with
no newline, runs of "(" and "=" that spaCy's tokenizer handles in quadratic time). Each generator here
rebuilds one of those shapes at any size, so ``recoupe bench --scaling`` can compare two sizes and
``tools/fuzz_analyze.py`` can feed them to the analyzer under a time budget.

The realistic text is made from the bundled ``examples/`` articles (when the package runs from a
checkout) and invented sentences of other stories, never from ``../shared``: it works anywhere.
Figures, names and days vary from one paragraph to the next (a seeded generator), so the analysis sees
many distinct entities and claims, as in a long live blog, not one paragraph copied a thousand times.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

from recoupe.registry import Registry

__all__ = ["generators", "realistic"]

#: Each generator takes a size in characters and returns a text of exactly that size.
Generator = Callable[[int], str]

generators: Registry[Generator] = Registry("generator")

_EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

#: Invented paragraphs of other stories; ``{n}``, ``{m}``, ``{name}``, ``{town}``, ``{day}`` vary.
_PARAGRAPHS: tuple[str, ...] = (
    "Les inondations ont fait au moins {n} morts dans la région de {town}, selon la préfecture. "
    "Près de {m} habitants ont été évacués {day}, a précisé le préfet, {name}.",
    "« Nous avons perdu notre maison en une nuit », a raconté {name}, une habitante de {town}. "
    "Les pompiers ont mené {n} interventions depuis {day}.",
    "La grève des cheminots se poursuit {day} : {n} % des trains sont annulés, d'après la direction. "
    "Le syndicat revendique {m} grévistes à {town}.",
    "Un séisme de magnitude {n},{m} a frappé {town} {day}. D'après l'institut de géophysique, "
    "la secousse a été ressentie à plus de {m} kilomètres.",
    "Le maire de {town}, {name}, a annoncé {day} une aide de {m} euros par foyer sinistré. "
    "« C'est un premier pas », a-t-il déclaré devant le conseil municipal.",
    "Aux élections municipales de {town}, la liste de {name} a obtenu {n} % des voix, selon les résultats "
    "publiés {day}. La participation a atteint {m} %.",
    "Environ {m} manifestants ont défilé {day} à {town}, selon la police, {n} fois plus selon les organisateurs. "
    "Le cortège s'est dispersé dans le calme.",
    "La ministre de la Santé, {name}, a visité {day} l'hôpital de {town}, où {n} blessés sont encore soignés. "
    "Elle a promis {m} lits supplémentaires d'ici à 2026.",
)
_NAMES: tuple[str, ...] = (
    "Claire Fabre",
    "Paul Vidal",
    "Hélène Marchal",
    "Louis Armand",
    "Nadia Benali",
    "Yves Le Goff",
    "Sophie Martin",
    "Karim Haddad",
    "Anne Dubreuil",
    "Marc Delorme",
)
_TOWNS: tuple[str, ...] = (
    "Montauban",
    "Quimper",
    "Valence",
    "Aurillac",
    "Bastia",
    "Colmar",
    "Tarbes",
    "Laval",
    "Dax",
    "Vesoul",
)
_DAYS: tuple[str, ...] = (
    "lundi",
    "mardi soir",
    "mercredi",
    "jeudi matin",
    "vendredi",
    "samedi",
    "dimanche",
    "la veille",
)


@cache
def _example_paragraphs() -> tuple[str, ...]:
    """The bundled example articles' paragraphs (bodies only), when the checkout has them."""
    if not _EXAMPLES.is_dir():
        return ()
    from recoupe.ingest import read_articles
    from recoupe.model import Article

    paragraphs: list[str] = []
    for record in read_articles([_EXAMPLES]):
        if isinstance(record, Article):
            body = record.text[record.body_start :]
            paragraphs.extend(p.strip() for p in body.split("\n\n") if len(p.strip()) > 40)
    return tuple(paragraphs)


def _fit(parts: Callable[[int], str], n_chars: int) -> str:
    """Concatenate ``parts(i)`` for i = 0, 1, … until ``n_chars``, then cut to exactly that size."""
    chunks: list[str] = []
    size = 0
    index = 0
    while size < n_chars:
        chunk = parts(index)
        chunks.append(chunk)
        size += len(chunk)
        index += 1
    return "".join(chunks)[:n_chars]


@generators.register("realistic")
def realistic(n_chars: int) -> str:
    """News-like French paragraphs (examples and invented stories, varied figures and names)."""
    rng = random.Random(20)
    examples = _example_paragraphs()

    def paragraph(index: int) -> str:
        if examples and index % 3 == 2:
            return examples[index % len(examples)] + "\n\n"
        template = _PARAGRAPHS[rng.randrange(len(_PARAGRAPHS))]
        return (
            template.format(
                n=rng.randint(2, 99),
                m=rng.randint(100, 9_999),
                name=rng.choice(_NAMES),
                town=rng.choice(_TOWNS),
                day=rng.choice(_DAYS),
            )
            + "\n\n"
        )

    return _fit(paragraph, n_chars)


@generators.register("numbers")
def number_runs(n_chars: int) -> str:
    """Runs of figures with few words between them: every one a candidate claim."""
    return _fit(lambda i: f"{i % 97 + 1} 000, {i % 13 + 2} morts et {i % 7 + 3},5 % ", n_chars)


@generators.register("selon")
def selon_chains(n_chars: int) -> str:
    """One sentence of chained sources ("selon X, selon Y, …") that never ends."""
    return _fit(lambda i: f"selon {_NAMES[i % len(_NAMES)]}, ", n_chars)


@generators.register("incises")
def repeated_incises(n_chars: int) -> str:
    """A speech incise repeated without end: every one a speech verb looking for its speaker."""
    return _fit(lambda i: f"{i % 50 + 1} blessés, a-t-il dit, ", n_chars)


@generators.register("capitals")
def capitalized_runs(n_chars: int) -> str:
    """Capitalized words in a row: entity candidates that never stop."""
    return _fit(lambda i: f"{_TOWNS[i % len(_TOWNS)]} {_NAMES[i % len(_NAMES)].split()[1]} ", n_chars)


@generators.register("unclosed")
def unclosed_quotes(n_chars: int) -> str:
    """Sentences that open « and never close it."""
    return _fit(lambda i: f"« Le bilan atteint {i % 90 + 10} morts, a déclaré {_NAMES[i % len(_NAMES)]}. ", n_chars)


@generators.register("one-line")
def one_line(n_chars: int) -> str:
    """The realistic text on a single line: no paragraph break anywhere."""
    return realistic(n_chars).replace("\n", " ")


def _run_of(char: str, n_chars: int) -> str:
    """A short sentence, then ``char`` repeated to the requested size: one token-to-be as long as the text."""
    lead = "Un séisme a fait 12 morts jeudi à Laval. "
    return (lead + char * n_chars)[:n_chars]


@generators.register("parens")
def open_parens(n_chars: int) -> str:
    """One run of "(" (spaCy's tokenizer strips prefixes one at a time, quadratic on a long run)."""
    return _run_of("(", n_chars)


@generators.register("equals")
def equals_runs(n_chars: int) -> str:
    """One run of "=" (another tokenizer pathology: infix search over one long token)."""
    return _run_of("=", n_chars)
