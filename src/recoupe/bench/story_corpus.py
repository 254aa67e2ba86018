"""Invented French articles about ONE event (a flood in the Drôme over a fortnight), to fill a big story.

Why invented: the add-into-a-big-story benchmark needs hundreds of articles that a reader would file
under one story, with the variety real coverage has (tolls that change by the day, several sources,
towns, quotes, dated sentences), and no text of ``../shared``. Every article is built from templates
with a seeded random generator, so a given count always yields the same texts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from recoupe.model import Article

#: The flood's first day; articles are spread over :data:`DAYS` days after it.
FIRST_DAY = dt.date(2031, 3, 3)
DAYS = 14
#: Share of the articles that copy an earlier one (wire copy).
COPY_SHARE = 0.1
TOWNS = ("Valence", "Montélimar", "Romans-sur-Isère", "Crest", "Die", "Nyons", "Pierrelatte", "Livron-sur-Drôme")
RIVERS = ("la Drôme", "le Roubion", "l'Isère", "l'Eygues")
OUTLETS = ("Le Courrier drômois", "Radio Vallée", "L'Écho du Rhône", "Agence Sud Presse", "Le Journal alpin")
SOURCES = (
    "selon la préfecture de la Drôme",
    "d'après les pompiers du département",
    "selon Météo-France",
    "a indiqué la gendarmerie",
    "selon le ministère de l'Intérieur",
)
SPEAKERS = (
    ("la préfète de la Drôme, Hélène Marchand", "Hélène Marchand"),
    ("le maire de Crest, Bertrand Lavergne", "Bertrand Lavergne"),
    ("le colonel des pompiers Alain Férrier", "Alain Férrier"),
    ("le ministre de l'Intérieur, Paul Destrade", "Paul Destrade"),
)
QUOTES = (
    "Nous n'avons jamais vu une crue aussi rapide",
    "Les secours travaillent jour et nuit pour atteindre les hameaux isolés",
    "La décrue sera lente et les dégâts sont considérables",
    "Il faut rester chez soi et ne pas prendre la route",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre")


def _french_day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def _toll(day_index: int, rng: random.Random) -> tuple[int, int, int]:
    """Dead, injured and evacuated as known that day: they grow, with a source's own rounding."""
    dead = 2 + day_index // 2 + rng.choice((0, 0, 1))
    injured = 15 + 4 * day_index + rng.randrange(3)
    evacuated = 800 + 150 * day_index + 50 * rng.randrange(4)
    return dead, injured, evacuated


def _sentences(day: dt.date, day_index: int, rng: random.Random) -> tuple[str, list[str]]:
    """A title and the sentences of one article: each fact in one of several wordings, with figures
    and towns varied often enough that two articles rarely share fifteen words in a row (a copy)."""
    town, other = rng.sample(TOWNS, 2)
    river = rng.choice(RIVERS)
    dead, injured, evacuated = _toll(day_index, rng)
    source = rng.choice(SOURCES)
    speaker, _ = rng.choice(SPEAKERS)
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(2))
    since = f"{start.day} {MONTHS[start.month - 1]}"
    title = rng.choice(
        (
            f"Inondations dans la Drôme : {dead} morts à {town}",
            f"Crue de {river} : {evacuated} habitants évacués",
            f"Drôme : le bilan des inondations s'alourdit à {town}",
            f"Intempéries : {other} et {town} sous les eaux",
        )
    )
    toll = rng.choice(
        (
            f"Les inondations qui frappent la Drôme depuis le {since} ont fait {dead} morts, {source}.",
            f"Le bilan des crues atteint {dead} morts à {town}, {source}.",
            f"{dead} personnes sont mortes depuis le {since} dans les inondations, {source}.",
        )
    )
    hurt = rng.choice(
        (
            f"Au moins {injured} personnes ont été blessées et {evacuated} habitants évacués à {town}.",
            f"À {other}, {injured} blessés sont soignés et {evacuated} riverains ont quitté leur maison.",
            f"On compte {injured} blessés ; {evacuated} personnes ont été évacuées entre {town} et {other}.",
        )
    )
    rise = rng.choice(
        (
            f"Ce {_french_day(day)}, {river} est encore montée de {rng.randrange(20, 90)} centimètres à {town}.",
            f"{_french_day(day).capitalize()}, le niveau de {river} a atteint {rng.randrange(3, 9)} mètres "
            f"près de {other}.",
        )
    )
    sentences = [toll, hurt, rise, f"« {rng.choice(QUOTES)} », a déclaré {speaker}."]
    extras = [
        f"Près de {rng.randrange(2, 40) * 100} foyers sont privés d'électricité à {other}, selon Enedis.",
        f"La veille, {rng.randrange(3, 12)} routes départementales avaient été coupées autour de {town}.",
        f"Le gouvernement a annoncé {rng.randrange(5, 60)} millions d'euros d'aide aux communes sinistrées.",
        f"Quelque {rng.randrange(2, 9) * 100} pompiers et gendarmes sont mobilisés à {town}.",
        f"Les écoles de {town} resteront fermées jusqu'à {WEEKDAYS[(day.weekday() + 2) % 7]}.",
        f"À {other}, {rng.randrange(10, 80)} personnes ont passé la nuit dans un gymnase.",
        f"Des habitants en colère ont manifesté devant la mairie de {town} ce {_french_day(day)}.",
    ]
    sentences += rng.sample(extras, rng.randrange(1, 4))
    rng.shuffle(sentences)
    return title, sentences


def flood_article(number: int, rng: random.Random, earlier: list[Article] | None = None) -> Article:
    """One article of the flood, published some day of its fortnight; one in :data:`COPY_SHARE` is a
    wire text taken over by another outlet the next day (a copy of an earlier article's body)."""
    if earlier and rng.random() < COPY_SHARE:
        source = rng.choice(earlier)
        day = dt.date.fromisoformat(source.published or FIRST_DAY.isoformat()) + dt.timedelta(days=1)
        return Article(
            id=f"crue-{number:04d}",
            text=source.text,
            published=day.isoformat(),
            title=source.title,
            outlet=rng.choice(OUTLETS),
        )
    day_index = rng.randrange(DAYS)
    day = FIRST_DAY + dt.timedelta(days=day_index)
    title, sentences = _sentences(day, day_index, rng)
    return Article(
        id=f"crue-{number:04d}",
        text=f"{title}\n\n" + " ".join(sentences),
        published=day.isoformat(),
        title=title,
        outlet=rng.choice(OUTLETS),
    )


def flood_articles(count: int, seed: int = 7) -> Iterator[Article]:
    """``count`` articles of the flood (the same ones for the same ``count`` and ``seed``)."""
    rng = random.Random(seed)
    earlier: list[Article] = []
    for number in range(count):
        article = flood_article(number, rng, earlier)
        earlier.append(article)
        yield article
