"""French calendar words and time-expression patterns for the time-expression tagger.

Data only: the engine (``recoupe.analyze.timex*``) compiles :data:`PATTERNS` after filling each
``{placeholder}`` with an alternation built from the tables below, and resolves each match by the
*kind* of its pattern and the named groups it captured. Another language mirrors this module with
its own words and word order; the engine does not change.

Keys are lower case with straight apostrophes (the analyzer maps ``’`` to ``'`` before tagging).
"""

from __future__ import annotations

import re

from recoupe.lang.fr.numbers import APPROX_UNITS, spell
from recoupe.lang.fr.speech import AUXILIARY_LEMMAS as _SPEECH_AUXILIARIES
from recoupe.lang.fr.speech import FIRST_CONJUGATION_PARTICIPLE_ENDINGS, REPORTED_DAY_BEFORE
from recoupe.text import phrase_alternation, trie_alternation

# --------------------------------------------------------------------------------------------------
# Calendar words

MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

#: Abbreviated month names; they only count when followed by a dot or by a day/year context.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

#: Abbreviated weekday names, counted only with their dot before a day number (``lun. 3 mars``).
WEEKDAY_ABBREVIATIONS: dict[str, int] = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}

#: Seasons and their TIMEX3 codes (``2022-WI``).
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}
#: Plural seasons, for sets (``tous les hivers``).
SEASON_PLURALS: dict[str, str] = {"printemps": "SP", "étés": "SU", "etes": "SU", "automnes": "FA", "hivers": "WI"}

#: Parts of the day and their TIMEX3 codes (``2022-01-06TNI``).
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO",
    "matinée": "MO",
    "midi": "MI",
    "après-midi": "AF",
    "soir": "EV",
    "soirée": "EV",
    "nuit": "NI",
    "fin de matinée": "MO",
    "début de matinée": "MO",
    "fin d'après-midi": "AF",
    "début d'après-midi": "AF",
    "en début de soirée": "EV",
    "fin de soirée": "EV",
    "début de soirée": "EV",
    "en début d'après-midi": "AF",
    "en fin d'après-midi": "AF",
    "en fin de matinée": "MO",
    "en début de matinée": "MO",
    "en fin de soirée": "EV",
    "en soirée": "EV",
    "en matinée": "MO",
    "fin de journée": "EV",
    "début de journée": "MO",
    "milieu de journée": "MI",
    "mi-journée": "MI",
    "fin de nuit": "NI",
    "début de nuit": "NI",
    # meals name their part of the day: ``à l'heure du déjeuner``
    "heure du déjeuner": "MI",
    "heure du dîner": "EV",
    "heure du petit-déjeuner": "MO",
    "heure du petit déjeuner": "MO",
    "heure du goûter": "AF",
    "heure du souper": "EV",
    "milieu de matinée": "MO",
    "milieu d'après-midi": "AF",
    "milieu de soirée": "EV",
    # ``au milieu de la nuit``, ``au cœur de la nuit``: the middle of a part is that part
    "milieu de la nuit": "NI",
    "cœur de la nuit": "NI",
    "coeur de la nuit": "NI",
    "cœur de la journée": "MI",
    "coeur de la journée": "MI",
    "cœur de la matinée": "MO",
    "cœur de l'après-midi": "AF",
    "cœur de la soirée": "EV",
    # ``en seconde partie de nuit``: a forecast's halves of a part are that part
    "première partie de nuit": "NI",
    "seconde partie de nuit": "NI",
    "deuxième partie de nuit": "NI",
    "première partie de soirée": "EV",
    "seconde partie de soirée": "EV",
    "deuxième partie de soirée": "EV",
    "première partie de matinée": "MO",
    "seconde partie de matinée": "MO",
    "première partie de journée": "MO",
    "seconde partie de journée": "AF",
    "deuxième partie de journée": "AF",
    "milieu de la journée": "MI",
    "milieu de la matinée": "MO",
    "milieu de l'après-midi": "AF",
    "milieu de la soirée": "EV",
    # ``à la fin de la journée``, ``au début de la soirée``: the edge of a part is that part
    "fin de la journée": "EV",
    "début de la journée": "MO",
    "fin de la matinée": "MO",
    "début de la matinée": "MO",
    "fin de l'après-midi": "AF",
    "début de l'après-midi": "AF",
    "fin de la soirée": "EV",
    "début de la soirée": "EV",
    "fin de la nuit": "NI",
    "début de la nuit": "NI",
    # ``en cours de matinée``: during that part of the day
    "cours de matinée": "MO",
    "cours d'après-midi": "AF",
    "cours de soirée": "EV",
    # the moments around sunrise and sunset: ``à l'aube``, ``à la tombée de la nuit``
    "aube": "MO",
    "petit jour": "MO",
    "lever du jour": "MO",
    "lever du soleil": "MO",
    "crépuscule": "EV",
    "tombée de la nuit": "EV",
    "tombée du jour": "EV",
    "déclin du jour": "EV",
    "point du jour": "MO",
    # ``aux premières lueurs du jour``, ``aux premières heures de la journée``: the day's first hours
    "premières lueurs du jour": "MO",
    "premières lueurs de l'aube": "MO",
    "premières heures du jour": "MO",
    "premières heures de la journée": "MO",
    "pointe du jour": "MO",
    "coucher du soleil": "EV",
    "nuit tombée": "EV",
    "nuit tombante": "EV",
    # the depth of a part: ``au petit matin``, ``en pleine nuit``
    "petit matin": "MO",
    "aurores": "MO",
    "pleine matinée": "MO",
    "plein après-midi": "AF",
    "pleine après-midi": "AF",
    "pleine soirée": "EV",
    "pleine nuit": "NI",
    # the spoken short form of the afternoon: ``cet aprèm``
    "aprèm": "AF",
    "aprem": "AF",
    # sayings for the day's edges: ``dès potron-minet``, ``au chant du coq``, ``de bon matin`` (dawn, early
    # morning), ``entre chien et loup``, ``à la nuit close`` (dusk, the evening once dark)
    "potron-minet": "MO",
    "chant du coq": "MO",
    "bon matin": "MO",
    "chien et loup": "EV",
    "nuit close": "EV",
    "nuit noire": "NI",
    # the hours a weather report or a debate names by what they are: ``aux heures les plus chaudes de la
    # journée``, ``à une heure avancée de la nuit``, ``aux premières heures de ce jeudi`` (``fermé aux heures les
    # plus chaudes`` alone is a standing rule, every day, no afternoon in particular)
    "heures les plus chaudes de la journée": "AF",
    "heure avancée de la nuit": "NI",
    "heure tardive": "NI",
    "premières heures": "MO",
    # ``demain à la première heure``, ``dès la première heure``: the day's first hour, early morning
    "première heure": "MO",
    # breaks and drinks name their part of the day as meals do: ``pendant la pause déjeuner``, ``l'heure de l'apéro``
    "pause déjeuner": "MI",
    "pause-déjeuner": "MI",
    "pause de midi": "MI",
    "pause du déjeuner": "MI",
    "heure de l'apéro": "EV",
    "heure de l'apéritif": "EV",
}

#: What may stand between a part of the day and the day it belongs to (``au lever du jour samedi``, ``au chant
#: du coq, ce mardi``, ``aux premières heures de ce jeudi``).
PART_DAY_GAPS: frozenset[str] = frozenset({"", ",", "de", "d'"})

#: Words for a whole day where a part of the day could stand (``dans la journée``: that day).
WHOLE_DAY_WORDS: frozenset[str] = frozenset({"journée"})

#: Feasts of the Eastern churches (Orthodox, Coptic), dated by their own Easter: name → days after it. A
#: Western feast's name followed by a word of :data:`EASTERN_CHURCHES` (``la Pâque copte``, ``Pâques
#: orthodoxe``) takes its Eastern date; Egypt's spring feast is the Monday after the Coptic Easter.
EASTERN_EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0,
    "paques": 0,
    "pâque": 0,
    "paque": 0,
    "cham el-nessim": 1,
    "sham el-nessim": 1,
    "cham el nessim": 1,
    "sham el nessim": 1,
}
#: Words after a feast's name that make it the Eastern churches' one.
EASTERN_CHURCHES: tuple[str, ...] = ("orthodoxe", "orthodoxes", "copte", "coptes")
#: The Eastern churches' fixed feasts (Christmas: Julian 25 December, 1900–2099): name → (month, day).
EASTERN_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {"noël": (1, 7), "noel": (1, 7)}

#: Fixed-date holidays: name → (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25),
    "noel": (12, 25),
    "saint-sylvestre": (12, 31),
    "saint sylvestre": (12, 31),
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "toussaint": (11, 1),
    "fête du travail": (5, 1),
    "fête nationale": (7, 14),
    "armistice": (11, 11),
    "assomption": (8, 15),
    "saint-valentin": (2, 14),
    "fête de la musique": (6, 21),
    "halloween": (10, 31),
    "épiphanie": (1, 6),
    "epiphanie": (1, 6),
    "chandeleur": (2, 2),
    "réveillon de noël": (12, 24),
    "reveillon de noel": (12, 24),
    "réveillon du nouvel an": (12, 31),
    # ``le réveillon du 31``, ``du 24``: the eves by their day
    "réveillon du 31": (12, 31),
    "réveillon du 24": (12, 24),
    "jour des morts": (11, 2),
    "saint-jean": (6, 24),
    "saint-nicolas": (12, 6),
    "saint-patrick": (3, 17),
    "sainte-catherine": (11, 25),
    # saints' days the calendar of country life still names (``le bail prend fin à la Saint-Michel``); with
    # their article only, since ``à Saint-Martin`` is the island (see the ``holiday_saint`` pattern)
    "saint-michel": (9, 29),
    "saint-martin": (11, 11),
    "saint-joseph": (3, 19),
    "saint-jean-baptiste": (6, 24),
    "saint-pierre": (6, 29),
    "saint-rémi": (10, 1),
    "saint-hubert": (11, 3),
    "sainte-lucie": (12, 13),
    "sainte-barbe": (12, 4),
    "saint-étienne": (12, 26),
    "saint-vincent": (1, 22),
    # the smiths' and goldsmiths' patron, a day fairs and markets are still set by (``jour de la Saint-Éloi``)
    "saint-éloi": (12, 1),
    # 8 December, a holiday in Catholic countries and Lyon's festival of lights (``jour de l'Immaculée
    # Conception``); only after a temporal word (see FREE_HOLIDAYS), the dogma shares the name
    "immaculée conception": (12, 8),
    "immaculee conception": (12, 8),
}

#: Movable Christian holidays: name → days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0,
    "paques": 0,
    "lundi de pâques": 1,
    "vendredi saint": -2,
    "jeudi saint": -3,
    "samedi saint": -1,
    "dimanche des rameaux": -7,
    # the plural alone after a temporal word (``le jour des Rameaux``, ``avant les Rameaux``): ``des rameaux
    # d'olivier`` holds none
    "rameaux": -7,
    "ascension": 39,
    "pentecôte": 49,
    "lundi de pentecôte": 50,
    "mardi gras": -47,
    "mercredi des cendres": -46,
    # the Thursday of Lent's third week, a carnival day in some towns
    "mi-carême": -24,
    "mi-careme": -24,
    # a holiday named by its weekday is the holiday itself (``le jeudi de l'Ascension``)
    "dimanche de pâques": 0,
    "dimanche de paques": 0,
    "jeudi de l'ascension": 39,
    "dimanche de pentecôte": 49,
    # Trinity Sunday, the Sunday after Whitsun, by its full name (``La Trinité`` alone is also a town)
    "dimanche de la trinité": 56,
    # a week named after its feast: its value is the ISO week (Monday to Sunday) the day falls in
    "semaine sainte": -3,
    "semaine de pâques": -3,
}
#: Seasons of the Christian year (``pendant le carême``, ``durant tout l'Avent``): name → their kind in
#: :func:`recoupe.analyze.timex.calendar.liturgical_season`. A season is a stretch of weeks: its value is the
#: month it lies in when it lies in one (Advent, most years), else the year it starts in (Lent, as the ramadan).
LITURGICAL_SEASONS: dict[str, str] = {"carême": "lenten", "careme": "lenten", "avent": "advent"}

#: Feasts that name a week, valued by the ISO week of their day (``la semaine sainte``: Easter's week).
WEEK_HOLIDAYS: frozenset[str] = frozenset({"semaine sainte", "semaine de pâques"})


def _feast_spellings(heads: tuple[str, ...], tails: tuple[str, ...]) -> list[str]:
    """An Arabic feast's name as French spells it: ``Aïd el-Fitr``, ``Aïd al-Fitr``, ``Aïd el Fitr``,
    ``Aïd-el-Fitr``, ``Eid al-Fitr``, ``Aïd es-Séghir``."""
    return [
        f"{head}{gap}{article}{joint}{tail}"
        for head in heads
        for gap in (" ", "-")
        for article in ("el", "al", "es", "ul")
        for joint in ("-", " ")
        for tail in tails
    ]


#: The Islamic feasts, by the Umm al-Qura calendar: name → the days of the Islamic year it may be (month,
#: day). ``l'Aïd`` alone is whichever of the two Eids is nearest in the verb's direction; West Africa says
#: ``la Tabaski`` (the sacrifice) and ``la Korité`` (the end of the fast), Senegal ``le Gamou`` (the Prophet's
#: birthday). The ramadan is a month: see :data:`LUNAR_MONTHS`.
LUNAR_HOLIDAYS: dict[str, tuple[tuple[int, int], ...]] = {
    **dict.fromkeys(
        _feast_spellings(("aïd", "aid", "eid"), ("fitr", "fitri", "séghir", "seghir", "sghir", "saghir")), ((10, 1),)
    ),
    **dict.fromkeys(_feast_spellings(("aïd", "aid", "eid"), ("adha", "kébir", "kebir", "kabir", "kbir")), ((12, 10),)),
    "korité": ((10, 1),),
    "tabaski": ((12, 10),),
    "fête du sacrifice": ((12, 10),),
    "fête du mouton": ((12, 10),),
    "aïd": ((10, 1), (12, 10)),
    "achoura": ((1, 10),),
    "ashura": ((1, 10),),
    "mouloud": ((3, 12),),
    "mawlid": ((3, 12),),
    "gamou": ((3, 12),),
    "nouvel an musulman": ((1, 1),),
    "nouvel an hégirien": ((1, 1),),
    "ramadan": ((9, 1),),
}
#: Lunar months named like feasts (``pendant le ramadan``): about thirty days across two Gregorian months, so
#: the value is the year of their first day.
LUNAR_MONTHS: frozenset[str] = frozenset({"ramadan"})
#: Lunar feasts that are dates wherever they stand (``l'Aïd a été célébrée``). ``Mouloud`` is also a first name
#: and ``ramadan`` a surname: those follow a temporal word (``pendant le ramadan``, ``à la veille du Mouloud``).
FREE_LUNAR_HOLIDAYS: frozenset[str] = frozenset(
    name
    for name in LUNAR_HOLIDAYS
    if name not in {"mouloud", "mawlid", "gamou", "ramadan", "aid", "fête du mouton"}
    and not name.startswith("aid ")
    and not name.startswith("aid-")
)


#: Feasts kept from their eve, whose night is the one before the day (``la nuit de Noël``: 24 to 25 December).
#: (The Saint-Jean's fires are lit on its eve: ``la nuit de la Saint-Jean`` is 23 to 24 June.)
FEASTS_KEPT_FROM_THE_EVE: frozenset[str] = frozenset(
    {"noël", "noel", "pâques", "paques", "saint-jean", "saint-jean-baptiste"}
)
#: The part of the day that is a night (for the feasts above).
NIGHT_PARTS: frozenset[str] = frozenset({"nuit"})
#: The TIMEX3 code of a night: the coming night (``la nuit prochaine``) begins on the day of writing, as a night
#: is dated by the day it begins on.
NIGHT_CODES: frozenset[str] = frozenset({"NI"})
#: The TIMEX3 code of a morning: after a night the sentence named, it is the next day's (``dans la nuit de lundi à
#: mardi, … au petit matin``).
MORNING_CODES: frozenset[str] = frozenset({"MO"})
#: The modifier that puts a bare day of the month ahead (``le 15 prochain``); ``le 20 dernier`` looks back.
AHEAD_DAY_MODIFIERS: frozenset[str] = frozenset({"prochain"})
#: The noun that makes a century numbered past today's one a century (``le XXIIe siècle``).
CENTURY_NOUN: str = "siècle"
#: What ends the words before a year that makes it a year however far ahead (``l'an 2100``).
YEAR_NOUN_BEFORE: str = r"(?:^|\W)l'an$"

#: Adjectives that name a feast (``le week-end pascal``: Easter's): adjective → the feast's name in the tables.
HOLIDAY_ADJECTIVES: dict[str, str] = {"pascal": "pâques"}

#: Nouns of a sitting or gathering held on one day: the number after them and ``du`` is that day of the month
#: (``à l'audience du 12``, ``lors de la séance du 3``, ``le conseil municipal du 14``).
SITTING_NOUNS: tuple[str, ...] = (
    "audience",
    "séance",
    "réunion",
    "session",
    "délibéré",
    "sommet",
    "scrutin",
    "conseil municipal",
    "conseil des ministres",
)

#: Holiday names that are dates wherever they stand (``la Toussaint``). The others are dates only after
#: a temporal word (``à Noël``, ``le week-end de Pâques``): ``le marché de Noël`` and ``l'accord du
#: Vendredi saint`` are not.
FREE_HOLIDAYS: frozenset[str] = frozenset(
    {
        "saint-sylvestre",
        "saint sylvestre",
        "jour de l'an",
        "nouvel an",
        "toussaint",
        "pentecôte",
        "lundi de pâques",
        "lundi de pentecôte",
        "mercredi des cendres",
        "halloween",
        "épiphanie",
        "epiphanie",
        "chandeleur",
        "réveillon de noël",
        "reveillon de noel",
        "réveillon du nouvel an",
        "réveillon du 31",
        "réveillon du 24",
        "semaine sainte",
        "jour des morts",
        "dimanche de pâques",
        "dimanche de paques",
        "jeudi de l'ascension",
        "dimanche de pentecôte",
        "dimanche de la trinité",
        # named after what is done that day: ``la Fête de la musique animera les rues``
        "fête de la musique",
        "fête du travail",
        "vendredi saint",
        # ``les chocolatiers préparent Pâques``; ``l'île de Pâques``, ``les œufs de Pâques`` follow ``de``
        "pâques",
        "paques",
        "jeudi saint",
        "samedi saint",
        "dimanche des rameaux",
        # the seasons of the Christian year: no other sense in the press (``le carême s'ouvre mercredi``)
        *LITURGICAL_SEASONS,
        # France's 14 July as news names it (``la fête nationale a été marquée par…``); another country's
        # is qualified (``la fête nationale chinoise``, ``du Québec``): see QUALIFIED_HOLIDAYS
        "fête nationale",
        *FREE_LUNAR_HOLIDAYS,
    }
)

#: What, right before a holiday, says it is ahead whatever the verb's tense (``à l'approche de Noël``).
HOLIDAY_AHEAD_BEFORE: str = r"\bapproche\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)$"

#: Words right before a quotation that make it a work's title (``le roman « Vendredi ou la vie sauvage »``,
#: ``a repris « Dimanche à Bamako »``): a capitalised day or part of the day opening it is no date.
WORK_CUES: frozenset[str] = frozenset(
    """roman film série chanson album livre pièce émission spectacle titre tube feuilleton documentaire
    téléfilm opéra disque single poème essai repris écrit chanté interprété réalisé joué tourné publié
    intitulé intitulée baptisé baptisée""".split()
)

#: A title quoted as a sentence's subject: ``« Un dimanche à la campagne » sera projeté`` (a capital first, no
#: stop or comma inside, the verb right after the closing mark, not ``et``/``ou`` going on with a list).
QUOTED_SUBJECT_TITLE: str = r"[«“]\s*(?P<title>[A-ZÀ-Ý][^«»“”.,;:!?\n]{0,80}?)\s*[»”]\s+(?=[a-zà-ÿ])(?!et\b|ou\b)"

#: Holidays whose name, in lowercase, is also a common noun (``l'ascension du mont Blanc``, ``l'assomption de ses
#: responsabilités``, ``l'armistice de 1940``): a date only capitalized, without a complement (``L'Ascension
#: tombera le 10 mai``, ``les élus se réuniront pour l'Armistice``).
CAPITAL_HOLIDAYS: tuple[str, ...] = ("Ascension", "Assomption", "Armistice")

#: Holidays that are another country's or group's day when an adjective or a complement follows them.
QUALIFIED_HOLIDAYS: frozenset[str] = frozenset({"fête nationale"})

#: Words after such a holiday that make it another one (``la fête nationale du Québec``).
HOLIDAY_COMPLEMENTS: frozenset[str] = frozenset({"du", "de", "d'", "des"})

# --------------------------------------------------------------------------------------------------
# Deictic and anaphoric words

#: Deictic day words: offset in days from the article's date (the moment of writing).
DEICTIC_DAYS: dict[str, int] = {
    "aujourd'hui": 0,
    "hier": -1,
    "avant-hier": -2,
    "demain": 1,
    "après-demain": 2,
    # written without the hyphen as often as with it
    "avant hier": -2,
    "après demain": 2,
    "apres-demain": 2,
    "apres demain": 2,
}

#: Anaphoric day words: offset in days from the last date the narrative talks about.
ANAPHORIC_DAYS: dict[str, int] = {
    "veille": -1,
    "avant-veille": -2,
    "lendemain": 1,
    "surlendemain": 2,
    "même jour": 0,
    "jour même": 0,
    "jour-là": 0,
    "journée-là": 0,
    "jour précédent": -1,
    "jour d'avant": -1,
    "jour suivant": 1,
    "jour d'après": 1,
}

#: Words after a part of the day that move it to the day before or after the narrative's (``la nuit
#: précédente``, ``le matin suivant``).
PART_SHIFTS: dict[str, int] = {
    "précédent": -1,
    "précédente": -1,
    "d'avant": -1,
    "suivant": 1,
    "suivante": 1,
    "d'après": 1,
}

#: Deictic words that name "now" without a calendar date (TIMEX3 reference values).
REFERENCES: dict[str, str] = {
    "maintenant": "PRESENT_REF",
    "actuellement": "PRESENT_REF",
    "à présent": "PRESENT_REF",
    "désormais": "PRESENT_REF",
    "de nos jours": "PRESENT_REF",
    "à nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF",
    "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF",
    "pour l'heure": "PRESENT_REF",
    "en ce moment": "PRESENT_REF",
    "tout de suite": "PRESENT_REF",
    "ces jours-ci": "PRESENT_REF",
    # ``ces temps-ci``: these days; ``ces derniers temps``: lately
    "ces temps-ci": "PRESENT_REF",
    "ces derniers temps": "PAST_REF",
    "ces temps derniers": "PAST_REF",
    **{
        f"{within} {phrase}": "FUTURE_REF"
        for unit, plural, gender in (
            ("minute", "minutes", "e"),
            ("heure", "heures", "e"),
            ("jour", "jours", ""),
            ("semaine", "semaines", "e"),
            ("mois", "mois", ""),
            ("année", "années", "e"),
        )
        for phrase in (
            f"prochain{gender}s {plural}",
            f"tout prochain{gender}s {plural}",
            f"{plural} à venir",
            f"{plural} qui viennent",
        )
        for within in ("dans les", "au cours des")
    },
    "récemment": "PAST_REF",
    "autrefois": "PAST_REF",
    "jadis": "PAST_REF",
    "prochainement": "FUTURE_REF",
    "à l'avenir": "FUTURE_REF",
    "bientôt": "FUTURE_REF",
    "sous peu": "FUTURE_REF",
    "dans un avenir proche": "FUTURE_REF",
    "dans un proche avenir": "FUTURE_REF",
    "dernièrement": "PAST_REF",
    "naguère": "PAST_REF",
    "à l'époque": "PAST_REF",
    "il y a longtemps": "PAST_REF",
    "dorénavant": "PRESENT_REF",
    "dans l'immédiat": "PRESENT_REF",
    "à cette époque": "PAST_REF",
    "par le passé": "PAST_REF",
    "dans le passé": "PAST_REF",
    "dans l'avenir": "FUTURE_REF",
    "à l'instant": "PRESENT_REF",
    "à ce jour": "PRESENT_REF",
    "jusqu'à présent": "PRESENT_REF",
    "jusqu'ici": "PRESENT_REF",
    "il y a peu": "PAST_REF",
    "depuis peu": "PAST_REF",
    "depuis longtemps": "PAST_REF",
    "auparavant": "PAST_REF",
    "dans le futur": "FUTURE_REF",
    "dans un futur proche": "FUTURE_REF",
    "dans un proche futur": "FUTURE_REF",
    "dans un futur lointain": "FUTURE_REF",
    "dans un avenir lointain": "FUTURE_REF",
    # later on, shortly: the future without a date (``la décision sera prise ultérieurement``)
    "ultérieurement": "FUTURE_REF",
    "d'ici peu": "FUTURE_REF",
}

#: References that only name a time when set off by a comma (``À terme, la centrale alimentera la vallée``),
#: since ``mener le projet à terme`` is to finish it.
ASIDE_REFERENCES: dict[str, str] = {
    "à terme": "FUTURE_REF",
    "à court terme": "FUTURE_REF",
    "à moyen terme": "FUTURE_REF",
    "à long terme": "FUTURE_REF",
}

#: Modifiers after a unit, weekday, month or season: −1 the one before, +1 the one after. A value of
#: ±1 on :data:`NARRATIVE_MODIFIERS` counts from the narrative's date instead of the article's.
MODIFIERS: dict[str, int] = {
    "dernier": -1,
    "dernière": -1,
    "derniers": -1,
    "dernières": -1,
    "passé": -1,
    "passée": -1,
    "passés": -1,
    "passées": -1,
    "écoulé": -1,
    "écoulée": -1,
    "prochain": 1,
    "prochaine": 1,
    "prochains": 1,
    "prochaines": 1,
    "à venir": 1,
    "suivant": 1,
    "suivante": 1,
    "précédent": -1,
    "précédente": -1,
    "en cours": 0,
    "courant": 0,
    "-ci": 0,
    "-là": 0,
    "d'avant": -1,
    "d'après": 1,
    "qui vient": 1,
    "qui suit": 1,
}

#: Modifiers that count from the narrative (``la semaine suivante``) rather than from the article.
NARRATIVE_MODIFIERS: frozenset[str] = frozenset(
    {"suivant", "suivante", "précédent", "précédente", "-là", "d'avant", "d'après", "qui suit"}
)

#: The modifiers that count from the moment of writing, one period back or ahead (``Noël dernier``).
DEICTIC_MODIFIERS: frozenset[str] = frozenset(
    m for m, step in MODIFIERS.items() if step and m not in NARRATIVE_MODIFIERS
)

#: Where an expression sits within its period; TIMEX3 keeps the period's value (``fin 2021`` → 2021).
EDGES: dict[str, str] = {
    "début": "START",
    "fin": "END",
    "milieu": "MID",
    "mi": "MID",
    "courant": "MID",
    # the heart of a period: ``au cœur de l'hiver``, ``en plein été``
    "cœur": "MID",
    "plein": "MID",
    # a forecast's halves: ``en seconde partie de semaine``, ``la première partie de l'année``
    "première partie": "START",
    "seconde partie": "END",
    "deuxième partie": "END",
}

# --------------------------------------------------------------------------------------------------
# Numbers and units

#: Number words (compounds such as ``vingt-cinq`` or ``trente et un`` are summed by the engine).
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
}

#: Words that multiply what comes before them in a compound number (``quatre-vingts``, ``deux cents``).
NUMBER_MULTIPLIERS: frozenset[str] = frozenset({"vingt", "vingts", "cent", "cents"})

#: Vague quantities: a duration of an unknown number of units (TIMEX3 ``PXD``).
VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"quelques", "plusieurs", "des", "de longues", "de nombreuses", "de nombreux", "certaines"}
)

#: Calendar units: word → (TIMEX3 duration letter, how many of that letter, whether it is a time of
#: day unit written after ``PT``). ``trimestre`` is three months, so ``ce trimestre`` is a quarter.
UNITS: dict[str, tuple[str, int, bool]] = {
    "seconde": ("S", 1, True),
    "secondes": ("S", 1, True),
    "minute": ("M", 1, True),
    "minutes": ("M", 1, True),
    "min": ("M", 1, True),
    "mn": ("M", 1, True),
    # fractions of an hour as units (``toutes les demi-heures``, ``dans un quart d'heure``)
    "demi-heure": ("M", 30, True),
    "demi-heures": ("M", 30, True),
    "demi heure": ("M", 30, True),  # as a hurried hand writes it (``dans une demi heure``)
    "quart d'heure": ("M", 15, True),
    "quarts d'heure": ("M", 15, True),
    # ``il y a 2 h``: a bare ``h`` after a count is hours (a clock reading wins where both read)
    "h": ("H", 1, True),
    "heure": ("H", 1, True),
    "heures": ("H", 1, True),
    "jour": ("D", 1, False),
    "jours": ("D", 1, False),
    "journée": ("D", 1, False),
    "journées": ("D", 1, False),
    "nuit": ("D", 1, False),
    "nuits": ("D", 1, False),
    "semaine": ("W", 1, False),
    "semaines": ("W", 1, False),
    "week-end": ("WE", 1, False),
    "week-ends": ("WE", 1, False),
    "weekend": ("WE", 1, False),
    "weekends": ("WE", 1, False),
    "mois": ("M", 1, False),
    "trimestre": ("M", 3, False),
    "trimestres": ("M", 3, False),
    "semestre": ("M", 6, False),
    "semestres": ("M", 6, False),
    "an": ("Y", 1, False),
    "ans": ("Y", 1, False),
    "année": ("Y", 1, False),
    "années": ("Y", 1, False),
    "décennie": ("Y", 10, False),
    "décennies": ("Y", 10, False),
    "siècle": ("Y", 100, False),
    "siècles": ("Y", 100, False),
    "demi-siècle": ("Y", 50, False),
    "quart de siècle": ("Y", 25, False),
    # ``il y a trois quarts de siècle``
    "quarts de siècle": ("Y", 25, False),
    "millénaire": ("Y", 1000, False),
    "millénaires": ("Y", 1000, False),
}

#: Ordinals that pick a part of a year (``le premier trimestre``); ``dernier`` is the last one.
ORDINALS: dict[str, int] = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
    # ordinals in digits as they are also written (``au 4ème trimestre``)
    **{f"{n}{suffix}": n for n in (2, 3, 4) for suffix in ("ème", "eme", "è")},
    "dernier": -1,
}

#: Which half of a year (``la première moitié de l'année``).
HALF_ORDINALS: dict[str, int] = {"première": 1, "premiere": 1, "seconde": 2, "deuxième": 2, "deuxieme": 2}
#: The unit of :data:`UNITS` a half of a year is counted in (``la première moitié de l'année``: ``H1``).
HALF_UNIT = "semestre"
#: The words that join a title to the day that ends it (``le Journal du dimanche``, ``L'Équipe de dimanche``).
TITLE_LINKS: tuple[str, ...] = ("du", "de")

#: The modifier ``la même année`` reads as (``cette année-là``: the narrative's).
SAME_MODIFIER: str = "-là"

#: Ordinals from the second on, the same for both genders (``deuxième``, ``3e``), for the two tables below.
_ORDINALS_FROM_TWO: dict[str, int] = {
    "deuxième": 2,
    "deuxieme": 2,
    "2e": 2,
    "troisième": 3,
    "troisieme": 3,
    "3e": 3,
    "quatrième": 4,
    "quatrieme": 4,
    "4e": 4,
    # the digits as they are also written (``le 2ème jeudi``, ``la 3eme semaine``)
    **{f"{n}{suffix}": n for n in (2, 3, 4) for suffix in ("ème", "eme", "è")},
}
#: Which week of a month (``la première semaine de juillet``, ``la dernière semaine d'août``); -1 is the last.
WEEK_ORDINALS: dict[str, int] = {
    "première": 1,
    "premiere": 1,
    "1re": 1,
    "1ère": 1,
    "1ere": 1,
    "seconde": 2,
    **_ORDINALS_FROM_TWO,
    "dernière": -1,
    "derniere": -1,
}

#: Adverbs that name a recurring period (TIMEX3 sets): ``le rapport est publié annuellement``.
SET_WORDS: dict[str, str] = {
    "annuellement": "P1Y",
    "mensuellement": "P1M",
    "hebdomadairement": "P1W",
    "quotidiennement": "P1D",
    "journellement": "P1D",
    "trimestriellement": "P3M",
    "semestriellement": "P6M",
    # the shop-window abbreviation of ``tous les jours`` (``ouvert tlj de 10 h à 18 h``)
    "tlj": "P1D",
}

#: Words joining the parts of a compound number (``trente et un``, ``vingt-et-un``).
NUMBER_JOINERS: tuple[str, ...] = ("et",)
#: Words for the first day of a month (``le 1er mai``, ``le premier janvier``).
FIRST_DAY_WORDS: tuple[str, ...] = ("1er", "premier")


def _spelled_variants(value: int) -> list[str]:
    """``vingt et un`` is also written ``vingt-et-un`` (the 1990 spelling hyphenates every compound)."""
    words = spell(value)
    return sorted({words, words.replace(" et ", "-et-"), words.replace(" ", "-")})


def _ordinal_variants(value: int) -> list[str]:
    """``dix-huitième``, ``vingt et unième``: the ordinal of each spelling of a number (``cinq`` takes a
    ``u``, ``neuf`` becomes ``neuv``, a final mute ``e`` falls)."""
    if value == 1:
        return ["premier"]
    stems = []
    for words in _spelled_variants(value):
        if words.endswith("cinq"):
            stems.append(words + "u")
        elif words.endswith("neuf"):
            stems.append(words[:-1] + "v")
        else:
            stems.append(words.removesuffix("e"))
    return [stem + "ième" for stem in stems]


#: Centuries written in words (``au dix-huitième siècle``, ``le vingt et unième siècle``).
CENTURY_WORDS: dict[str, int] = {variant: n for n in range(1, 22) for variant in _ordinal_variants(n)}

#: Days of the month written in words (``le vingt-trois mai``, ``le trente et un décembre``); the first
#: is ``premier`` (:data:`FIRST_DAY_WORDS`), never ``un``.
DAY_WORDS: dict[str, int] = {
    **{word: 1 for word in FIRST_DAY_WORDS},
    **{variant: n for n in range(2, 32) for variant in _spelled_variants(n)},
}


def _hundreds_variants(year: int) -> list[str]:
    """``dix-huit cent quatre-vingt-dix``: a year before 2000 counted in hundreds, as it is read aloud."""
    hundreds, rest = divmod(year, 100)
    head = f"{spell(hundreds)} cent"
    words = [f"{head} {spell(rest)}"] if rest else [head, f"{head}s"]
    return sorted({v for w in words for v in (w, w.replace(" et ", "-et-"), w.replace(" ", "-"))})


#: Years written in words (``en deux mille vingt``, ``l'an deux mille``, ``en dix-neuf cent dix``), with
#: the old ``mil``.
YEAR_WORDS: dict[str, int] = {
    **{variant: y for y in range(1000, 2100) for variant in _spelled_variants(y)},
    **{spell(y).replace("mille", "mil", 1): y for y in range(1000, 2000)},
    **{variant: y for y in range(1100, 2000) for variant in _hundreds_variants(y)},
}

#: Collective nouns of approximate counts (``il y a une vingtaine d'années``, ``une quinzaine de jours``):
#: TIMEX3 keeps the count as the value (the approximation is a modifier).
APPROX_NUMBERS: dict[str, int] = {noun: unit for noun, unit in APPROX_UNITS.items() if unit <= 100 and noun[-1] != "s"}

#: Nouns that are a count of days on their own (``dans une quinzaine``, ``sous huitaine``): fifteen days, as
#: ``une quinzaine de jours`` is; the unit they count in is :data:`DAY_UNIT`.
DAY_SPAN_NOUNS: dict[str, int] = {"quinzaine": 15, "huitaine": 8}
DAY_UNIT: str = "jours"

#: Which weekday of a month (``le premier lundi de mars``, ``le dernier vendredi d'avril``); -1 is the last.
WEEKDAY_ORDINALS: dict[str, int] = {
    "premier": 1,
    "1er": 1,
    "second": 2,
    **_ORDINALS_FROM_TWO,
    "cinquième": 5,
    "5e": 5,
    "5ème": 5,
    "dernier": -1,
    # ``l'avant-dernier dimanche de juillet``: the one before the last
    "avant-dernier": -2,
    "avant-dernière": -2,
}

#: What a month's ordinal picks besides a weekday: one day (``le dernier jour d'octobre``) or a weekend
#: (``le premier week-end de septembre``).
MONTH_ORDINAL_UNITS: dict[str, str] = {"jour": "D", "week-end": "WE", "weekend": "WE"}
#: Directions of an offset that count forward (``deux jours plus tard``); the others count back.
LATER_WORDS: tuple[str, ...] = ("plus tard", "après")
#: Words a date may open with that make a length right before it an offset from it (``trois jours avant le
#: 15 mars``): the direction of the count.
ANCHORED_OFFSET_WORDS: dict[str, int] = {"avant": -1, "après": 1}
#: Plural determiners that make a period vague (``les semaines précédentes``: a past reference).
PLURAL_DETERMINERS: tuple[str, ...] = ("les", "ces")
#: Named times of day and their hour (``à midi``, ``vers minuit``).
CLOCK_WORDS: dict[str, int] = {"midi": 12, "minuit": 24}
#: Hours and minutes written in words (``à quinze heures``, ``midi quinze``).
CLOCK_NUMBERS: dict[str, int] = {variant: n for n in range(1, 60) for variant in _spelled_variants(n)}
#: Minutes written in words after an hour (``midi et demi``, ``8 heures et quart``, ``9 h moins le quart``).
CLOCK_MINUTES: dict[str, int] = {
    "et demie": 30,
    "et demi": 30,
    "et quart": 15,
    "moins le quart": -15,
    "moins quart": -15,
    # ``dix heures moins cinq`` is 9:55, ``midi moins vingt`` 11:40
    **{f"moins {variant}": -n for n in (5, 10, 20, 25) for variant in _spelled_variants(n)},
    **{f"moins {n}": -n for n in (5, 10, 20, 25)},
}
#: Hours written as a feminine ``une`` (``à une heure du matin``): only with minutes or a part of the day
#: after it, since ``à une heure de route`` is a distance.
CLOCK_ONE: str = "une"
#: The part of the day after an hour, and the hours it adds (``3 heures de l'après-midi`` is 15:00).
CLOCK_PERIODS: dict[str, int] = {
    "du matin": 0,
    "de la nuit": 0,
    "de l'après-midi": 12,
    "de l'après midi": 12,
    # the spoken clipping (``3h30 de l'aprem``)
    "de l'aprem": 12,
    "de l'aprèm": 12,
    "du soir": 12,
}
#: Words between a day word and the holiday or date it is the eve of (``la veille de Noël``).
COMPLEMENT_GAPS: tuple[str, ...] = ("", "de", "d'")
#: An article that may follow a publication word before its date (``publié le 7 janvier``).
PUBLICATION_ARTICLE: str = "le"

#: Decades written in words after ``les années`` (``les années soixante``): the decade's two digits.
DECADE_WORDS: dict[str, int] = {
    **{variant: n for n in (20, 30, 40, 50, 60) for variant in _spelled_variants(n)},
    "soixante-dix": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
}

#: ``mardi en huit`` is the Tuesday a week after the coming one, ``mardi en quinze`` two weeks after.
WEEKS_LATER: dict[str, int] = {"huit": 1, "8": 1, "quinze": 2, "15": 2}

#: Words between ``il y a``/``dans`` and the amount that leave the offset as it is (``il y a plus d'un an``).
OFFSET_QUALIFIERS: tuple[str, ...] = (
    "environ",
    "près de",
    "près d'",
    "plus de",
    "plus d'",
    "moins de",
    "moins d'",
    "quelque",
    "à peine",
    "au moins",
    "tout juste",
    # ``il y a un peu plus d'un mois``: the offset as it is
    "un peu plus de",
    "un peu plus d'",
    "un peu moins de",
    "un peu moins d'",
    # ``il y a bientôt deux ans``, ``il y a maintenant dix ans``: how near the count is, not the count
    "bientôt",
    "déjà",
    "maintenant",
    "presque",
    "pratiquement",
    # ``il y a de cela vingt ans``: a pointer back to the moment, not part of the count
    "de cela",
    "de ça",
)

#: Words between ``il y a``/``dans`` and the amount that make the count exact, to the day (``il y a pile un an``,
#: ``dans exactement trois mois``): as ``jour pour jour`` after it, the day that far, not the year or month.
EXACT_OFFSET_QUALIFIERS: tuple[str, ...] = ("très exactement", "exactement", "précisément", "pile")

#: Codes of a part of a year written before it (``T2 2026``, ``S1 2025``): the unit they count in.
#: (``H1 2026``/``H2`` is the English half-year code the financial press keeps, ``Q3`` its quarter.)
PERIOD_CODES: dict[str, str] = {"t": "trimestre", "s": "semestre", "h": "semestre", "q": "trimestre"}

#: Nouns of the rites of a day that make the holiday after them a date (``les commémorations de
#: l'Armistice``), as ``la fête de`` does; ``le marché de Noël`` is no date.
HOLIDAY_RITES: tuple[str, ...] = (
    "commémoration",
    "commémorations",
    "cérémonie",
    "cérémonies",
    "célébration",
    "célébrations",
    # the wishes of a day are said on it (``les vœux du Nouvel An``), as its ceremonies are
    "vœux",
    "voeux",
    # a feast's services are held on it (``la messe du jeudi saint``, ``la veillée de Pâques``)
    "messe",
    "messes",
    "office",
    "offices",
    "veillée",
    "veillées",
    "procession",
    "processions",
    "liturgie",
    # a march held on the day (``le cortège de la fête du Travail``, ``les défilés de la fête nationale``)
    "cortège",
    "cortèges",
    "défilé",
    "défilés",
)

#: Verbs of celebrating that make the holiday after them a date (``les enfants ont fêté Mardi gras``).
HOLIDAY_VERBS: tuple[str, ...] = (
    "fêter",
    "fêté",
    "fêtée",
    "fêtent",
    "fêtera",
    "fêteront",
    "célébrer",
    "célébré",
    "célébrée",
    "célèbre",
    "célèbrent",
    "célébrera",
    "célébreront",
)

#: Days named by the weekday they fall on in a month: name → (month, weekday 0 = Monday, which one, -1 the
#: last, the day after Easter it gives way to: the French Mothers' Day moves a week on when it falls on
#: Whit Sunday, and the days after the weekday it is: Black Friday follows Thanksgiving).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int | None, int]] = {
    "fête des mères": (5, 6, -1, 49, 0),
    "fête des pères": (6, 6, 3, None, 0),
    "fête des grands-mères": (3, 6, 1, None, 0),
    # the American Thanksgiving (fourth Thursday of November) and the sales of the day after it
    "thanksgiving": (11, 3, 4, None, 0),
    "black friday": (11, 3, 4, None, 1),
}

#: Demonstratives: ``cet été`` is this one, whatever the verb's tense.
THIS_DETERMINERS: frozenset[str] = frozenset({"ce", "cet", "cette"})

#: Words before ``le week-end`` that make it one weekend ahead whatever the verb (``de la neige est annoncée
#: pour le week-end``), where ``le marché est ouvert le week-end`` is every weekend.
COMING_WEEKEND_OPENERS: frozenset[str] = frozenset({"pour", "jusqu'au"})

#: Words before a year that make it a goal rather than the frame of the sentence (``le budget pour 2027 sera
#: présenté en octobre``: this October, not October 2027; ``la neutralité carbone d'ici 2050``).
TARGET_YEAR_OPENERS: tuple[str, ...] = ("pour", "d'ici", "d'ici à", "horizon", "à l'horizon")

#: Words after a holiday's name that put it in another calendar (``le Nouvel An chinois``): no fixed date.
OTHER_CALENDARS: tuple[str, ...] = (
    "chinois",
    "lunaire",
    "juif",
    "vietnamien",
    "iranien",
    "persan",
    "orthodoxe",
    "berbère",
    "tamoul",
    # the Nepali (Bikram Sambat), Tibetan, Thai, Khmer, Lao and Bengali new years fall in April
    "népalais",
    "tibétain",
    "thaï",
    "khmer",
    "cambodgien",
    "lao",
    "bengali",
)

#: A named day the calendar tables do not know (``la fête de la Démocratie``, ``la Journée mondiale contre la
#: peine de mort``, ``jour de la Fête du drapeau``, ``le Nouvel An chinois``, ``Madaraka Day``): a feast or
#: observance named by ``fête``/``journée``/``jour de`` and a name, or a new year or a ``Day`` of some country.
#: It is dated only where a day stands beside it (see :data:`NAMED_DAY_GAP`), and its name must hold a
#: capital after its first word (``la journée de grève, le 5 mars`` is no named day).
NAMED_DAY: str = (
    r"(?:\b(?:jour|journée)\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|des\s+))?"
    r"(?:\b(?:[Ff]ête|[Jj]ournée)(?:\s+(?:mondiale|internationale|nationale|européenne))?"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|contre\s+(?:la\s+|le\s+|les\s+|l')?)"
    r"(?:[\w'-]+(?:\s+|(?=[,.;:)]|$))){1,6}"
    r"|\b[Nn]ouvel\s+[Aa]n\s+[\w-]+"
    r"|\b(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+Day)\b"
    # ``le 3 mai, jour de Vesak``: ``jour de`` and a proper name, a feast no table knows
    r"|\bjour\s+(?:de\s+|d'|du\s+)(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?![\w'-])"
    # ``lundi, jour de la fête nationale belge``: another country's national day, named by its adjective
    r"|\b(?:jour\s+de\s+la\s+)?fête\s+nationale\s+(?!(?:de|du|des|d')\b)[a-zé]+)"
)
#: Words that make a named day an institution whatever its capitals (``la journée mondiale de la santé``, ``la
#: fête nationale belge``): such a name is no common noun phrase (``la journée de grève``).
INSTITUTED_DAY: str = r"\b(?:fête|journée)\s+(?:mondiale|internationale|nationale|européenne)\b"
#: What sets a day beside a named day, before or after it (``la fête de Holi, le 4 mars``, ``lundi 18 mai, jour
#: de la Fête du drapeau``): a comma, after a place where the day was spent (``samedi à Lomé, jour de…``,
#: ``mardi dans la capitale, jour de…``).
NAMED_DAY_GAP: str = r"\s*,\s*|\s+(?:à|au|aux|dans|en)\s+[^,.;:!?\n]{1,40},\s*"

#: Determiners that make a weekday habitual in the present (``le club s'entraîne le mardi``): a set.
HABITUAL_DETERMINERS: frozenset[str] = frozenset({"le"})

#: Words right before ``des mois``, ``des années`` that make the vague plural a duration (``depuis des
#: mois``, ``a duré des années``); elsewhere ``des jours`` is as often a plain noun (``des jours fériés``).
VAGUE_DURATION_CUES: tuple[str, ...] = (
    "depuis",
    "pendant",
    "durant",
    "duré",
    "dure",
    "durent",
    "durer",
    "durera",
    "durait",
    # waiting is a length of time: ``ont attendu des heures``
    "attendu",
    "patienté",
    "il y a",
    "voilà",
)

#: Words right before ``2 h 30`` that make it a length of time, not a time of day (``en 2 h 30``).
CLOCK_DURATION_CUES: tuple[str, ...] = (
    "pendant",
    "durant",
    "en",
    "duré",
    "dure",
    "durer",
    "plus de",
    "moins de",
    # what a trip takes or needs: ``le trajet prend 2 h 15``, ``il a fallu 3 h 30``
    "prend",
    "prendra",
    "pris",
    "faut",
    "faudra",
    "fallu",
)

#: Words between two ends of a range: ``du lundi au vendredi``, ``de lundi à jeudi``, ``entre 14 heures et
#: 16 heures``. An end read alone may fall before its start; it is moved after it.
RANGE_JOINERS: frozenset[str] = frozenset({"au", "à", "jusqu'au", "jusqu'à", "et"})

#: Words after a clock time that say it is exact, between it and the day it is on (``à 9 h précises demain``).
CLOCK_EXACT_WORDS: frozenset[str] = frozenset({"précises", "précise", "pile", "tapantes", "tapant", "sonnantes"})
#: A time zone between a clock time and the day after it (``à 0 h 00 GMT dans la nuit de mercredi à jeudi``,
#: ``à 7 h heure locale, mardi``): the day dates the hour, each stays its own expression. Folded regex on the
#: words between the two.
CLOCK_ZONE_GAP: str = (
    r"^[\s,]*\(?\s*(?:gmt|utc|tu|heure\s+(?:locale|française|de\s+[\w-]+))\s*\)?[\s,]*(?:dans|durant|pendant)?\s*$"
)

#: Words between two clock times that make the second the end of what starts at the first (``le couvre-feu
#: commence à 22 h et se termine à 6 h``: 6 a.m. the next day).
CLOCK_END_GAP = (
    r"^(?:,\s*)?(?:et\s+)?(?:(?:se\s+|s')(?:est\s+|sont\s+|sera\s+)?)?"
    r"(?:termin\w*|fini\w*|achèv\w*|achev\w*|pren\w*\s+fin|cess\w*)$"
)

#: Units of a length that is a person's age when written after one (``un joueur de 20 ans``).
AGE_UNITS: frozenset[str] = frozenset({"an", "ans"})
#: What makes the years after it an age, not a length of time: ``âgée de``, a person noun and ``de``
#: (``une femme de 35 ans``; ``une peine de 20 ans`` stays a length). Matched case-blind on the words
#: before the years.
AGE_BEFORE = (
    r"\b(?:âgée?s?|âge|homme|femme|garçon|fille|enfant|bébé|jeune|adolescente?|joueu(?:r|se)|victime|"
    r"conduct(?:eur|rice)|étudiante?|retraitée?|suspecte?|individu|père|mère|fils|sœur|frère|"
    r"passag(?:er|ère)|piéton(?:ne)?|cycliste|motard|lycéen(?:ne)?|collégien(?:ne)?)s?\s+(?:de|d')\s*$"
    # an age group named by its bound (``les moins de 25 ans``, ``aux plus de 65 ans``, ``des moins de 3 ans``)
    r"|\b(?:les|des|aux|ces)\s+(?:moins|plus)\s+(?:de|d')\s*$"
)
#: An age set between commas after a name (``Johnny Kadda, 20 ans, a été relâché``): the name's capital
#: before the comma, matched case-sensitively on the words before the years; a comma or a bracket right after
#: (matched at the end of the years).
AGE_APPOSED_BEFORE = r"[A-ZÀ-ÖØ-Þ][\w'’-]+,\s*$"
AGE_APPOSED_AFTER = r"\s*[,)]"

#: Nouns of places named after a date (``la rue du 8-Mai``, ``la place du 14-Juillet``): the date is a name.
STREET_NOUNS: frozenset[str] = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "bd",
        "place",
        "allée",
        "square",
        "quai",
        "impasse",
        "cours",
        "chemin",
        "route",
        "esplanade",
        "carrefour",
        "rond-point",
        "parvis",
        "promenade",
        "passage",
        "cité",
        "quartier",
        "lycée",
        "collège",
        "école",
        "stade",
        "parc",
        "gare",
        "station",
        "hôpital",
        "salle",
        "pont",
        # churches bear their saint's name, a feast's too (``l'église Saint-Sylvestre``)
        "église",
        "chapelle",
        "cathédrale",
        "basilique",
        "paroisse",
        "abbaye",
    }
)

#: Words opening a range before its first end (``de 22 h à 5 h``, ``entre 23 h et 2 h``).
RANGE_OPENERS: frozenset[str] = frozenset({"de", "entre", "depuis"})

#: Fractions before a unit: ``une demi-heure``, ``un quart d'heure``.
FRACTIONS: dict[str, float] = {"demi": 0.5, "quart": 0.25, "trois quarts": 0.75}

#: Plural units: ``une`` before one of them is no amount (``les Mille et Une Nuits``, a title).
PLURAL_UNITS: frozenset[str] = frozenset(u for u in UNITS if u.endswith("s") and u != "mois")

#: Units that are also another word (``une seconde audition``: the ordinal); such a unit counts only
#: where the parser reads it as a noun.
AMBIGUOUS_UNITS: frozenset[str] = frozenset({"seconde", "secondes"})

# --------------------------------------------------------------------------------------------------
# Context words

#: Words right before a four-digit number that make it a quantity, not a year (``plus de 2000``).
NOT_YEAR_BEFORE: frozenset[str] = frozenset(
    {
        "les",
        "des",
        "ces",
        "aux",
        "environ",
        "quelque",
        "plus de",
        "moins de",
        "près de",
        "sur",
        "n°",
        "no",
        "numéro",
        "nº",
        "à peine",
        "au moins",
        "jusqu'à",
        "pas moins de",
        "pas plus de",
        "soit",
        "dont",
        "total de",
        "€",
        "$",
        "£",
        # things known by a number, whose number is no year (``le dossard 2048``, ``l'astéroïde 2047 QX``, ``la
        # chambre 2031``); ``la saison 2047``, ``le budget 2047`` stay years
        "dossard",
        "astéroïde",
        "chambre",
        "cellule",
        "casier",
        "matricule",
        "maillot",
        "quai",
    }
)

#: Nouns whose number follows a code in capitals (``le vol AF 1830``, ``le train TER 8512``): a number
#: after such a noun and its code is the vehicle's, not a year.
CODED_NOUNS: frozenset[str] = frozenset({"vol", "vols", "train", "trains", "ligne", "bus", "car", "navire"})
#: Kinds of train or flight written as a code before their number (``le TGV 2035 Paris-Marseille``): no year.
VEHICLE_CODES: frozenset[str] = frozenset({"TGV", "TER", "RER", "ICE", "Intercités", "Ouigo", "Eurostar", "Thalys"})

#: Words right after a four-digit number that keep it a year although they are nouns
#: (``le budget 2002``, ``2019 Nazarbaïev``): none in French; mirror modules may fill it.
YEAR_NOUNS_AFTER: frozenset[str] = frozenset()

#: Words opening an expression that put it in the past whatever the verb (``se poursuivra depuis le 19
#: janvier`` still counts from a past 19 January).
PAST_OPENERS: frozenset[str] = frozenset({"depuis"})

#: What ends the words right before a weekday a forecast, a deadline or a plan is for (``une vigilance orange
#: pour jeudi``): that day lies ahead of the day the sentence is on, whatever the tense of the verb. Not at the
#: head of a sentence, where ``Pour mardi, …`` sets a topic, nor after a verb that gives a figure (``la FNSEA
#: avance pour mardi le chiffre de 10 000``: the count of a day gone).
_FIGURE_GIVING = """avance avancent donne donnent annonce annoncent compte comptent recense recensent revendique
revendiquent retient évoque évoquent""".split()
TARGET_DAY_BEFORE = r"[\w»)]" + "".join(rf"(?<!\b{verb})" for verb in _FIGURE_GIVING) + r"\s+pour\s+$"

#: The words between a count after an event and the next day of its sentence when that day sits in a
#: relative clause on the event itself, with no comma before ``qui`` (``deux jours après les attaques qui ont
#: frappé, dans la nuit de samedi, …``): the event's day, which the count starts from. After a comma before
#: ``qui`` (``… après les attaques, qui ont fait 30 morts, la police a relevé mardi``) the clause is an aside,
#: and after a second comma (``… après le coup de grisou qui a tué 21 mineurs, dans le nord, la justice a
#: placé samedi``) the main clause has begun: the day is the sentence's.
EVENT_RELATIVE_CLAUSE = r"[^,]{1,80}?\s(?:qui|survenue?s?|perpétrée?s?|commise?s?)\s[^,]*(?:,\s*)?$"
#: The words between a count after an event and a date set beside the event by commas, the event's own
#: date (``Une semaine après le début de l'incendie, le 11 juin, les pompiers …``, ``Deux jours après la
#: rupture de la digue, dans la nuit de dimanche à lundi, …``): after ``après``, a noun phrase with no verb
#: before the first comma, and that comma alone. (``… après la manifestation, ils ont convergé ce mardi``: a
#: clause has begun, the day is the clause's.)
EVENT_APPOSED_DATE = r"^\s+[^,;:.!?]{1,90},\s*$"
#: What follows a date set beside an event when the apposition closes: a comma (``…, le 11 juin, les …``).
APPOSITION_CLOSE = r"^\s*,"
#: A night from one day to the next (``dans la nuit de dimanche à lundi``, ``la nuit du 14 au 15``): an
#: event told in it fell after midnight, and a count after it starts from the second day.
NIGHT_SPAN = r"\bnuit\s+d(?:u|e)\s+\S.*?\s(?:au|à)\s+\S"
#: What ends the words before an expression a postponement points to: a day something is put off (or
#: brought forward, extended, or a ruling reserved) to lies ahead whatever the tense (``la réunion a été
#: reportée à mardi``: next Tuesday; ``prolongé jusqu'à la fin du mois de mars``; ``mis en délibéré au
#: 2 septembre``). ``avancer`` needs its ``à``: bare, it puts a figure forward (``les 8 000 morts avancés mardi
#: par l'ONG``), on the day it was given.
POSTPONED_TO = (
    r"\b(?:(?:report|repouss|renvoy|décal|ajourn|différ|prolong|prorog|délibér)(?:é|ée|és|ées|er)"
    r"\s+(?:à\s+la\s+|à|au|jusqu'à\s+la\s+|jusqu'à|jusqu'au)?"
    r"|avanc(?:é|ée|és|ées|er)\s+(?:à\s+la\s+|à|au)"
    # a day set for something lies ahead too (``le délibéré a été fixé au 2 octobre``, ``programmée au 12 mai``),
    # where ``fixé le 2 août`` says when it was set
    r"|(?:fix|programm)(?:é|ée|és|ées|er)\s+(?:à|au))\s*$"
)

#: What ends the words before a day a call is made for: a strike, a march or a vote called for lies ahead
#: whatever the tense of the call (``a appelé à une grève générale lundi``, ``a maintenu son appel à
#: manifester jeudi``). The day must be in the call's own words (no full stop, quote or other clause between),
#: and not the day the call was made (``l'appel à une trêve lancé vendredi``).
CALLED_FOR = (
    r"\bappel(?:er|é|ée|és|ées|le|lent|ait|aient|lera|leront|s)?\s+"
    # the people called on may come between (``a appelé ses partisans à une marche samedi``)
    r"(?:(?:ses|ces|les|leurs|la|sa|son|leur)\s+[^\W\d]+\s+)?(?:à|au|aux)\b"
    # a march's quoted name is still the call's words (``à une « marche pour la paix » dimanche``)
    r"(?:[^.;:!?«»()]|«[^»]{0,40}»){0,60}"
    # not when a participle right before the day says when the call itself was made (``lancé vendredi``)
    r"(?<!é\s)(?<!ée\s)(?<!és\s)(?<!ées\s)$"
)
#: What ends the words before a day that dates a planned action an announcement names (``a annoncé l'envoi
#: lundi d'une mission``, ``promet la réouverture jeudi des écoles``): the action lies ahead whatever the tense
#: of the announcement. The day must follow the action's noun right away: ``a annoncé lundi l'envoi`` dates
#: the announcement.
ANNOUNCED_PLAN = (
    r"\b(?:annonc|promi|promet|prév|décid|confirm)\w*\s+(?:l'|la\s+|le\s+|les\s+)"
    r"(?:envoi|tenue|ouverture|réouverture|déploiement|arrivée|visite|reprise|levée|lancement|départ|versement"
    r"|distribution|fermeture|suspension|dépôt|examen|vote|publication)s?\s+$"
)
#: What ends the words before a day set for mourning or tribute by a verb of deciding (``le gouvernement a décrété
#: une journée de deuil national samedi``, ``a proclamé un deuil national lundi``): the day set lies ahead, as the
#: day of an announced plan does, whatever the tense of the decree (``a décrété samedi un deuil`` says when the
#: decree was made, and is not read so).
DECREED_DAY = (
    r"\b(?:décrét|proclam|annonc|décid|instaur)\w*\s+(?:une\s+|un\s+)?"
    r"(?:(?:journée|jour)\s+(?:de\s+deuil|d'hommage|de\s+recueillement|de\s+prière)(?:\s+nationale?)?"
    r"|deuil\s+national)\s+$"
)

#: What ends the words up to the end of an expression a measure is decreed from (``un deuil national décrété
#: à partir de jeudi``): that day lies ahead, where ``décrété jeudi`` says when the decree was made.
DECREED_FROM = (
    r"\b(?:décrét|instaur|impos|décid|prolong)(?:é|ée|és|ées)\s+(?:à\s+partir|à\s+compter)\s+(?:de|du|d')"
    r"[^.;:!?«»()]{1,40}$"
)

#: What ends the words before a bound (``jusqu'à lundi``) of a measure put in place in the passé composé
#: (``les autorités ont interdit l'accès aux forêts jusqu'à lundi``, ``l'alerte a été maintenue jusqu'à
#: jeudi midi``, ``il est placé en détention jusqu'à mardi``): the measure is still in force when the text
#: is written, so its end lies ahead; a past action's bound (``ils ont défilé jusqu'à jeudi``) stays past.
MEASURE_UNTIL = (
    r"\b(?:a|ont|est|sont)\s+(?:été\s+)?(?:maintenu|interdit|suspendu|prolongé|fermé|instauré|reconduit"
    r"|étendu|interrompu|coupé|bouclé|confiné|placé|fixé|décrété|imposé|relevé)e?s?\b[^.;:!?«»]{0,80}$"
)

#: What ends the words before a day a source spoke on (``ont été tués dimanche…, a indiqué lundi le
#: réseau``): when its sentence already named the day of what it reports, the narrative stays on that day,
#: and ``en pleine matinée`` in the next sentence is Sunday's morning, not Monday's.
REPORTED_ON = REPORTED_DAY_BEFORE  # the table is in ``speech``, shared with event linking

#: What follows an anaphor that names the event it is the eve or the morrow of (``au lendemain de la
#: démission``), not a date (``la veille du 4 janvier`` is read with its date).
EVENT_COMPLEMENT = r"\s+(?:de\s+(?:la|l')|d'(?!\s*\d)|du|des)\s*(?!\d|1er\b)[^\W\d_]"

#: Openers of a bound that lies ahead unless the verb says otherwise (``la patinoire est ouverte jusqu'au
#: 28``: the coming 28th; ``elle est restée fermée jusqu'au 28``: the past one). ``pour`` opens the day
#: something is for, a target ahead (``les fleuristes se préparent pour la Toussaint``, written in January).
#: Openers of the end bound of a span (``jusqu'à lundi``, ``jusqu'au 5``), read with :data:`MEASURE_UNTIL`.
UNTIL_OPENERS: tuple[str, ...] = ("jusqu'", "jusqu’")

#: Openers of the first day of a measure or a stretch of days (``un deuil national de trois jours à partir de
#: mardi``, ``des bus de substitution mis en place à compter de lundi``). The verb's tense is the decision's,
#: not the start's: decided yesterday, the measure may start tomorrow or have started two days ago. Unless the
#: verb itself is future, a weekday after them is the occurrence nearest the day of writing. (``dès lundi`` is
#: not one: ``les combats ont repris dès lundi`` is told in the past of the day it names.)
PERIOD_START_OPENERS: tuple[str, ...] = ("à partir de", "à partir du", "à compter de", "à compter du")

#: The first word of an anaphor that frames its clause with the event it is the eve or the morrow of (``au
#: lendemain de son passage``, ``à la veille du scrutin``): written after a day its sentence names (``un bilan
#: publié mercredi, au lendemain de son passage``), it says what that day was, not a day of its own.
FRAMING_ANAPHOR_OPENERS: frozenset[str] = frozenset({"au", "à"})
#: What follows such an anaphor when it names an event, with any determiner (``de son passage``, ``d'un accord``,
#: ``du scrutin``, ``de leur arrestation``); a date after it (``au lendemain du 4 mai``) is read with its date.
FRAMING_COMPLEMENT = r"\s+(?:de|d'|du|des)\s*(?!\d|1er\b)[^\W\d_]"

FUTURE_OPENERS: tuple[str, ...] = (
    "pour ",
    "jusqu'au",
    "jusqu'à",
    "à partir du",
    "à partir de",
    "à compter du",
    "à compter de",
    "dès le",
    "dès",
    "d'ici",
    "au plus tard",
)

#: Prepositions before a bare day number that make it a date (``à partir du 20``), where ``le 20`` alone
#: may be a house number.
DAY_ALONE_OPENERS: frozenset[str] = frozenset(
    {
        "dès le",
        "depuis le",
        "jusqu'au",
        "avant le",
        "après le",
        "au soir du",
        "au matin du",
        "à partir du",
        "à compter du",
        "au plus tard le",
    }
)

#: What ends the words before a bare day number that makes it a date, not a house number (``le vote aura
#: lieu le 25``, ``l'audience est fixée au 3``).
DAY_ALONE_CUES = (
    r"(?:\b(?:lieu|prévue?s?|fixée?s?|programmée?s?|convoquée?s?|attendue?s?|reportée?s?|repoussée?s?|avancée?s?)"
    r"\s+(?:le|au|pour\s+le)"
    # what begins, ends, opens or is ruled on a day (``la grève avait commencé le 4``, ``le jugement sera rendu le
    # 12``, ``le salon ouvrira ses portes le 28``, ``le tribunal a été saisi le 2``); not ``il porte le 10`` (a shirt)
    r"|\b(?:commenc|début|démarr|rendu|rendra|rendr|saisi|ouvert|ouvrir|ouvrira|ouvre|fermé|fermer|fermera|signé|signera"
    r"|publié|annoncé|décédé|tenu|tiendra|organisé|survenu|intervenu|réuni|réunira|reprendr|repris|expir|jugé|jugera"
    r"|comparaîtr|comparu|inauguré|inaugurer|lancé|lancera|libéré|incarcéré|arrêté|interpellé|élu|voté|votera|achev"
    r"|termin|clôtur|entré|entrera|prendra\s+fin|pris\s+fin|eu\s+lieu)[\w-]*"
    r"(?:\s+(?:ses|son|sa|leur|leurs|les|la|l'|le|un|une)?\s*[\w-]+)?\s+le"
    r")\s*$"
)

#: What joins a date to the weekday that names it (``le 4, un lundi``, ``le 3 février, soit un mercredi``).
APPOSED_WEEKDAY = re.compile(r"\s*,\s*(?:soit\s+|c'est-à-dire\s+)?une?\s+", re.IGNORECASE)

#: Forms of ``tomber`` as a date "falls on" a day of the week (``Noël tombe un lundi``, ``le 1er mai, qui tombera
#: un dimanche``).
FALLS_ON_VERBS: tuple[str, ...] = (
    "tombe",
    "tombent",
    "tombera",
    "tomberont",
    "tomberait",
    "tombait",
    "tombaient",
    "tombant",
    "est tombé",
    "est tombée",
)

#: Between a day or feast and ``un lundi`` that says which day of the week it falls on: the verb (with up to
#: three words such as ``cette année`` after it), or nothing (``avec la Toussaint un jeudi``).
FALLS_ON_WEEKDAY = re.compile(
    r"\s*,?\s*(?:qui\s+)?(?:(?:" + "|".join(FALLS_ON_VERBS) + r")\s+(?:[^\W\d_][\w']*\s+){0,3})?une?\s+",
    re.IGNORECASE,
)

#: What ends the words before a day that dates an event a noun names (``l'éboulement survenu le 6 avril``, ``la
#: fusillade qui s'est produite le 3``): the day tells which event, the sentence stays on its own day.
EVENT_DATED_BEFORE = (
    r"\b(?:survenue?s?|intervenue?s?|produite?s?|déroulée?s?|commise?s?|perpétrée?s?)"
    r"(?:\s+le|\s+dans\s+la\s+nuit\s+du)?\s*$"
)

#: Adjectives between a count and its unit that leave the length as it is (``une bonne heure``).
DURATION_ADJECTIVES: tuple[str, ...] = (
    "bonne",
    "bonnes",
    "bon",
    "bons",
    "petite",
    "petites",
    "petit",
    "petits",
    "longue",
    "longues",
    "long",
    "longs",
)

#: Adjectives that make a vague plural of units a length of time (``pendant de longues heures``).
LONG_PLURAL_ADJECTIVES: tuple[str, ...] = ("longues", "longs", "interminables")

#: Verbs whose passé composé takes ``être`` (``la rivière est sortie de son lit``, ``ils sont entrés``):
#: the parser often reads the auxiliary as a passive's, in the present; with these it is the past.
ETRE_VERBS: frozenset[str] = frozenset(
    {
        "aller",
        "venir",
        "arriver",
        "partir",
        "entrer",
        "rentrer",
        "sortir",
        "monter",
        "descendre",
        "naître",
        "mourir",
        "décéder",
        "tomber",
        "rester",
        "retourner",
        "revenir",
        "devenir",
        "parvenir",
        "intervenir",
        "survenir",
        "repartir",
        "ressortir",
        "redescendre",
        "remonter",
        "retomber",
        "passer",
        "apparaître",
    }
)

#: Endings of the future after the infinitive's stem (``réunir`` → ``réunira``, ``prendre`` → ``prendront``).
FUTURE_ENDINGS: tuple[str, ...] = ("ai", "as", "a", "ons", "ez", "ont")
#: Endings of the conditional after the same stem (``rester`` → ``resterait``), which the parser sometimes tags
#: as an imperfect: an imperfect is never the infinitive with these endings (``restait``).
CONDITIONAL_ENDINGS: tuple[str, ...] = ("ais", "ait", "ions", "iez", "aient")
#: Future stems that are not the infinitive's (``tenir`` → ``tiendra``, ``tiendrait``; ``faire`` → ``fera``):
#: the conditional of reported speech is most often written with one of them (``une réunion se tiendrait
#: jeudi``, ``il viendrait lundi``), and the parser tags it as an imperfect. Keyed by the infinitive's ending,
#: so the compounds share them (``obtenir``, ``revenir``, ``refaire``); the longest ending that fits wins.
IRREGULAR_FUTURE_STEMS: dict[str, str] = {
    "tenir": "tiendr",
    "venir": "viendr",
    "être": "ser",
    "avoir": "aur",
    "aller": "ir",
    "faire": "fer",
    "pouvoir": "pourr",
    "devoir": "devr",
    "vouloir": "voudr",
    "savoir": "saur",
    "voir": "verr",
    "prévoir": "prévoir",
    "pourvoir": "pourvoir",
    "envoyer": "enverr",
    "falloir": "faudr",
    "valoir": "vaudr",
    "courir": "courr",
    "mourir": "mourr",
    "cevoir": "cevr",
    "pleuvoir": "pleuvr",
    "quérir": "querr",
    "cueillir": "cueiller",
    "asseoir": "assiér",
}

#: Verbs whose present passive says the event is planned, so ahead (``le vote est prévu au printemps``,
#: ``le verdict est attendu jeudi``), where another present passive says nothing of when.
PLANNING_VERBS: frozenset[str] = frozenset({"prévoir", "attendre", "programmer", "planifier", "envisager"})
#: Verbs whose bare participle sets a day for what is to come as readily as it tells one gone (``la marche
#: organisée samedi``, ``l'audience fixée au 3 mars``): such a participle says nothing about when.
SCHEDULING_VERBS: frozenset[str] = frozenset({"organiser", "convoquer", "fixer", "maintenir", "reporter", "annuler"})

#: Verbs that, conjugated in the present before an infinitive, put the event in the future
#: (``va se tenir mardi``, ``doit rencontrer jeudi``).
FUTURE_AUXILIARIES: frozenset[str] = frozenset(
    {
        "aller",
        "devoir",
        "compter",
        "prévoir",
        "espérer",
        "pouvoir",
        "vouloir",
        "falloir",
        "souhaiter",
        "envisager",
        "projeter",
        "penser",
    }
)

#: The subject of a cleft sentence (``C'est dimanche que se déroulera la fête``): the copula only puts the
#: day forward, and the event's tense is the one of the clause the conjunction below opens.
CLEFT_SUBJECTS: frozenset[str] = frozenset({"c'", "c’", "ce"})
CLEFT_CONJUNCTIONS: frozenset[str] = frozenset({"que", "qu'", "qu’"})

# --------------------------------------------------------------------------------------------------
# The article's own date (``recoupe.analyze.timex.dating``)

#: Words that say the date after them is the article's own (``Publié le 7 janvier 2022``,
#: ``(mis à jour le 07/01/2022)``), ranked: the first publication before a later update.
PUBLICATION_WORDS: dict[str, int] = {
    "publié": 0,
    "publiée": 0,
    "publié en ligne": 0,
    "mis en ligne": 0,
    "posté": 0,
    "créé": 0,
    "mis à jour": 1,
    "mise à jour": 1,
    "modifié": 1,
    "actualisé": 1,
    "dernière mise à jour": 1,
}

#: What may open a byline's line before its publication word (``Par Anne Leroy, publié le …``).
BYLINE_OPENING: str = r"par\s.*?"

#: Deictic words that, right before a date, say it is today (``aujourd'hui, vendredi 7 janvier``).
TODAY_WORDS: frozenset[str] = frozenset({"aujourd'hui"})

#: Determiners that make a date today's (``ce vendredi 7 janvier``, ``ce 7 janvier``).
TODAY_DETERMINERS: frozenset[str] = frozenset({"ce"})

#: Words opening a date that make it a bound rather than an event (``après le 23 janvier``, ``jusqu'au
#: 10``): such a date is not the narrative's "now", whatever the verb's tense.
BOUNDARY_OPENERS: frozenset[str] = frozenset({"après", "avant", "jusqu'au", "jusqu'à", "d'ici"})
#: Of those, the ones whose day comes before the event (``rouvert après Pâques``). The others' day comes
#: after the event, so a past verb does not put it behind (``fleuris avant la Toussaint``).
AFTER_BOUND_OPENERS: frozenset[str] = frozenset({"après"})

#: A dateline's opening, from the start of its line to the date: a place of at most four capitalised
#: words or particles (and an agency) and a comma (``PARIS, 7 janvier``, ``La Haye (AFP), le 7 janvier``).
#: Matched case-sensitively.
DATELINE_BEFORE = (
    r"^\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t](?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|la|le|les|sur|en|d'\w+)){0,3}"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,[ \t]*$"
)

#: A dateline's end, right after the date: an agency in brackets, then a dash (``(Reuters) -``).
DATELINE_AFTER = r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—]|--)"

# --------------------------------------------------------------------------------------------------
# Patterns

#: Regex fragments shared by :data:`PATTERNS` (``{day}``, ``{year}``...), besides the placeholders the
#: engine builds from the tables (``{month}``, ``{weekday}``, ``{num}``, ``{unit}``, ``{deictic}``,
#: ``{anaphor}``, ``{season}``, ``{part}``, ``{holiday}``, ``{free_holiday}``, ``{mod}``, ``{edge}``,
#: ``{ref}``, ``{ordinal}``).
FRAGMENTS: dict[str, str] = {
    "day": r"(?:1er|premier|[12]\d|3[01]|0?[1-9])(?![\d,.]\d)",
    "year": r"(?:1[6-9]\d\d|20\d\d)(?![\d]|[.,]\d)",
    # A two-digit year must not be the count of what follows (``le 6 janvier 20 personnes``).
    "year2": r"'?\d\d(?![\d]|[.,]\d|\s*%|\s+(?!(?:à|au|en|et|dans|sur|pour|par|lors|,)\b)[^\W\d_])",
    "det": r"(?:le|la|l'|les|ce|cet|cette|du|au|des|aux|dès le|depuis le|jusqu'au|avant le|après le)",
    "list_sep": r"\s*(?:,|et|au|à|-|ou|puis)\s*(?:le\s+|du\s+|au\s+)?",
    "sp": r"\s+",
    "day_word": f"(?:{phrase_alternation(DAY_WORDS)})",
    "year_word": f"(?:{trie_alternation(YEAR_WORDS)})",  # a thousand phrases: factored, see trie_alternation
    "approx": f"(?:{phrase_alternation(APPROX_NUMBERS)})",
    "day_span": f"(?:{phrase_alternation(DAY_SPAN_NOUNS)})",
    "weekday_ordinal": f"(?:{phrase_alternation(WEEKDAY_ORDINALS)})",
    "clock_minutes": f"(?:{phrase_alternation(CLOCK_MINUTES)})",
    "clock_period": f"(?:{phrase_alternation(CLOCK_PERIODS)})",
    "clock_number": f"(?:{phrase_alternation(CLOCK_NUMBERS)})",
    "afternoon_hour": f"(?:{phrase_alternation(n for n, hour in CLOCK_NUMBERS.items() if 13 <= hour <= 23)})",
    # an hour of a clock reading, in digits or words (one member of ``entre 14 et 16 heures``)
    "hour": rf"(?:[01]?\d|2[0-4]|{phrase_alternation(CLOCK_NUMBERS)})(?![\w-])",
    "month_ordinal_unit": f"(?:{phrase_alternation(MONTH_ORDINAL_UNITS)})",
    "decade_word": f"(?:{phrase_alternation(DECADE_WORDS)})",
    "sitting_noun": f"(?:{phrase_alternation(SITTING_NOUNS)})",
    "holiday_adjective": f"(?:{phrase_alternation(HOLIDAY_ADJECTIVES)})",
    # ``mardi 14 heures``: a clock reading right after a day word needs no preposition
    # (``jusqu'au 15 courant 17 heures``, ``le 3 mai, 14 heures``: after a date's month too, and after a comma there)
    "after_day_word": "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in (*WEEKDAYS, *DEICTIC_DAYS, *MONTHS, "courant") if " " not in w)
    + "|"
    + "|".join(rf"(?<=\b{w},\s)" for w in (*MONTHS, "courant") if " " not in w)
    + ")",
    # ``jusqu'au 29 décembre minuit``, ``ce soir minuit``: the word a bare ``minuit`` may follow
    # (``depuis jeudi minuit``, ``demain minuit``: after a day word too)
    "before_bare_midnight": "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in (*MONTHS, *WEEKDAYS, *DEICTIC_DAYS, "soir") if " " not in w)
    + ")",
    "half_ordinal": f"(?:{phrase_alternation(HALF_ORDINALS)})",
    "decade_num": rf"(?:(?:1[6-9]|20)?\d0|{phrase_alternation(DECADE_WORDS)})(?![\w-])",
    "century_ord": r"(?:(?:[IVXL]{1,6}|[12]?\d)(?:e|ème|eme|è)(?![\w-]))",
    "century_word": f"(?:{phrase_alternation(CENTURY_WORDS)})",
    "part_shift": f"(?:{phrase_alternation(PART_SHIFTS)})",
    "holiday_mod": f"(?:{phrase_alternation(DEICTIC_MODIFIERS)})",
    "aside_ref": f"(?:{phrase_alternation(ASIDE_REFERENCES)})",
    # il est 15 heures, il était presque midi
    "it_is": r"il\s+(?:est|était|sera|serait)(?:\s+(?:bientôt|presque|déjà|environ|tout\s+juste))?",
    # il y a plus d'un an, dans à peine deux mois
    "offset_qualifier": "(?:" + "|".join(rf"{re.escape(q)}(?:\s+|(?<='))" for q in OFFSET_QUALIFIERS) + ")",
    "period_code": f"(?:{phrase_alternation(PERIOD_CODES)})",
    "exact_qualifier": "(?:" + "|".join(rf"{re.escape(q)}\s+" for q in EXACT_OFFSET_QUALIFIERS) + ")",
    "other_calendar": rf"(?:{phrase_alternation(OTHER_CALENDARS)})(?![\w-])",
    "eastern_church": rf"(?:{phrase_alternation(EASTERN_CHURCHES)})(?![\w-])",
    "eastern_feast": f"(?:{phrase_alternation(h for h in EASTERN_EASTER_HOLIDAYS if ' ' in h)})",
    "holiday_rite": f"(?:{phrase_alternation(HOLIDAY_RITES)})",
    "capital_holiday": "|".join(CAPITAL_HOLIDAYS),
    "holiday_verb": f"(?:{phrase_alternation(HOLIDAY_VERBS)})",
    "falls_verb": f"(?:{phrase_alternation(FALLS_ON_VERBS)})",
    "weekday_holiday": f"(?:{phrase_alternation(WEEKDAY_HOLIDAYS)})",
    "saint_holiday": f"(?:{phrase_alternation(h for h in FIXED_HOLIDAYS if h.startswith('saint-'))})",
    "duration_adjective": f"(?:{phrase_alternation(DURATION_ADJECTIVES)})",
    # ``à l'aube du XXIe siècle``, ``au crépuscule de sa vie``: dawn or dusk of something else than a day is a
    # figure of speech; ``à l'aube du 6 juin``, ``de mardi``, ``de ce jeudi`` stay the day's
    "figurative_after": r"(?!\s+(?:de\s+(?:la\s+|l')?|du\s+|d'|des\s+)(?!\d|(?:"
    + "|".join(WEEKDAYS)
    + r")\b|(?:ce|cet|cette|demain|hier|jour|journée|nuit)\b))",
    "long_plural_adjective": f"(?:{phrase_alternation(LONG_PLURAL_ADJECTIVES)})",
    "month_abbr": rf"(?:(?:{phrase_alternation(MONTH_ABBREVIATIONS)})(?![\w.-]))",
    "weeks_later": f"(?:{phrase_alternation(WEEKS_LATER)})",
    "weekday_abbr": rf"(?:(?:{phrase_alternation(WEEKDAY_ABBREVIATIONS)})\.)",
    "season_plural": f"(?:{phrase_alternation(SEASON_PLURALS)})",
    # ``depuis des mois``: lookbehinds, so that the expression is only ``des mois``
    "plural_length_cue": "(?:" + "|".join(rf"(?<=\b{w} )" for w in VAGUE_DURATION_CUES) + ")",
    "clock_duration_cue": "(?:" + "|".join(rf"(?<=\b{w} )" for w in CLOCK_DURATION_CUES) + ")",
}

#: An amount of units in a pattern: a number, a vague word, or an approximate count (``une vingtaine d'``).
_AMOUNT = r"(?:(?P<num>{num})\s+|(?:quelques|plusieurs|des)\s+|une\s+(?P<approx>{approx})\s+d(?:e\s+|'))"
#: The same, back from today: ``il y a une bonne dizaine d'années`` (the adjective leaves the round count as it
#: is; ahead, ``dans une bonne quinzaine de jours`` stays a length, as the earlier batches read it).
_AGO_AMOUNT = _AMOUNT.replace(r"|une\s+(?P<approx>", r"|une\s+(?:{duration_adjective}\s+)?(?P<approx>")

#: The second and third units of a compound count (``il y a 3 mois et 2 jours``, ``dans 2 ans, 3 mois et 12
#: jours``): a comma joins only a count that goes on with ``et``.
_MORE_UNITS = (
    r"(?:(?:\s*,\s*(?=(?:\d+|{num})\s+{unit}\s+et\s)|\s+et\s+)(?P<num2>\d+|{num})\s+(?P<unit2>{unit})\b"
    r"(?:\s+et\s+(?P<num3>\d+|{num})\s+(?P<unit3>{unit})\b)?)?"
)

#: The patterns: (name, kind, regex template). Matched case-insensitively on the prepared text. When
#: matches overlap the longest wins, then the earliest in this table. ``kind`` picks the resolver;
#: the named groups feed it (``day``, ``month``, ``year``, ``year2``, ``weekday``, ``mod``, ``edge``,
#: ``num``, ``unit``, ``part``, ``det``...). ``daylist``/``monthlist`` kinds split into one expression per
#: member (``les 4 et 5 janvier`` → ``4``, ``5 janvier``), the leading members borrowing the last one's
#: month, year and modifier.
PATTERNS: tuple[tuple[str, str, str], ...] = (
    # 07/01/2022, 7.1.22, 2022-01-07
    (
        "numeric_dmy",
        "numeric",
        r"(?<![\d/.])(?P<day>0?[1-9]|[12]\d|3[01])([/.])(?P<monthnum>0?[1-9]|1[0-2])\2(?P<year>\d{4}|\d\d)"
        r"(?![\d/]|[.,]\d)",
    ),
    # le 21/04, au 02/10 (the year is the article's); 02/10 alone when both parts have two digits
    (
        "numeric_dm",
        "numeric",
        r"(?:\b(?P<det>le|au|du|dès le|depuis le|jusqu'au|avant le|après le|ce)\s+)"
        r"(?P<day>1er|0?[1-9]|[12]\d|3[01])/(?P<monthnum>0?[1-9]|1[0-2])(?![\d/]|[.,]\d)"
        r"(?:\s+(?:au|dans la|en)\s+(?P<part>{part})\b)?",
    ),
    # le 26.02 (au matin): with a dot, both parts in two digits after the article (``le 2.3`` is a figure)
    (
        "numeric_dm_dot",
        "numeric",
        r"(?:\b(?P<det>le|au|du|dès le|depuis le|jusqu'au|avant le|après le|ce)\s+)"
        r"(?P<day>0[1-9]|[12]\d|3[01])\.(?P<monthnum>0[1-9]|1[0-2])(?![\d/]|[.,]\d)"
        r"(?:\s+(?:au|dans la|en)\s+(?P<part>{part})\b)?",
    ),
    # 15-06-2024 (dashes only with a four-digit year: ``6-4-2`` is a score)
    (
        "numeric_dmy_dash",
        "numeric",
        r"(?=\d)(?<![\d/.-])(?P<day>0?[1-9]|[12]\d|3[01])-(?P<monthnum>0?[1-9]|1[0-2])-(?P<year>1[6-9]\d\d|20\d\d)(?![\d-])",
    ),
    # 30-09-27: dashes with a two-digit year when day and month have two digits each (``6-4-2`` is a score)
    (
        "numeric_dmy_dash2",
        "numeric",
        r"(?=\d)(?<![\d/.-])(?P<day>0[1-9]|[12]\d|3[01])-(?P<monthnum>0[1-9]|1[0-2])-(?P<year>\d\d)(?![\d-])",
    ),
    # 03/2024: a month and its year
    (
        "numeric_my",
        "month",
        r"(?=\d)(?<![\d/.,])(?P<monthnum>0?[1-9]|1[0-2])/(?P<year>1[6-9]\d\d|20\d\d)(?![\d/]|[.,]\d)",
    ),
    ("numeric_dm2", "numeric", r"(?<![\d/.,])(?P<day>0[1-9]|[12]\d|3[01])/(?P<monthnum>0[1-9]|1[0-2])(?![\d/]|[.,]\d)"),
    (
        "numeric_iso",
        "numeric",
        # 2009-04-02, 2009/04/02, 2015-3-3 (the year first, as databases and Japanese or Chinese sources write it)
        r"(?<![\d/.-])(?P<year>1[6-9]\d\d|20\d\d)([-/])(?P<monthnum>0?[1-9]|1[0-2])\2(?P<day>0?[1-9]|[12]\d|3[01])"
        # 2028-03-06T14:30: an ISO date-time
        r"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
        r"(?![\d/])",
    ),
    # 2027.10.01: the year first with dots, month and day in two digits each (``2.4.1`` is a version)
    (
        "numeric_iso_dot",
        "numeric",
        r"(?<![\d/.-])(?P<year>1[6-9]\d\d|20\d\d)\.(?P<monthnum>0[1-9]|1[0-2])\.(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?!\d|\.\d)",
    ),
    # la nuit du 14 au 15 novembre, du 31 décembre au 1er janvier: the night that starts on the first day
    (
        "night_of_dates",
        "date",
        # (``la nuit du samedi 29 au dimanche 30 octobre``: each day with its weekday)
        r"\b(?:dans\s+)?la\s+(?P<part>nuit)\s+du\s+(?:{weekday}\s+)?(?P<day>{day})\s+au\s+(?:{weekday}\s+)?{day}"
        r"\s+(?P<month>{month})(?![\w-])(?:\s+(?P<year>{year}))?",
    ),
    # la nuit du 27 au 28: the night of the first day, in the month the text is in
    (
        "night_of_days",
        "date",
        r"\b(?:dans\s+)?la\s+(?P<part>nuit)\s+du\s+(?P<day>{day})\s+au\s+{day}(?![\w-])(?!\s+{month})",
    ),
    (
        "night_across_months",
        "date",
        r"\b(?:dans\s+)?la\s+(?P<part>nuit)\s+du\s+(?P<day>{day})\s+(?P<month>{month})\s+au\s+{day}\s+{month}(?![\w-])",
    ),
    # les 4 et 5 janvier, du 2 au 5 janvier 2022, entre le 4 et le 7 janvier, 13-15 juillet (a dash needs no article)
    (
        "day_list",
        "daylist",
        r"\b(?:(?:les|le|des|du|entre|entre les|entre le|depuis le|dans la nuit du|la nuit du)\s+|(?={weekday}\s)"
        r"|(?<![\d/.,-])(?=\d\d?\s*-\s*\d\d?\s+{month}))"
        r"(?P<days>(?:{weekday}s?\s+)?{day}(?:{list_sep}(?:{weekday}\s+)?{day})*){list_sep}"
        r"(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+(?P<month>{month})"
        r"(?:\s+(?P<year>{year})|\s+(?P<year2>{year2}))?(?:\s+(?P<mod>{mod}))?",
    ),
    # samedi et dimanche derniers: the modifier is every member's
    (
        "weekday_list",
        "weekdaylist",
        r"\b(?P<weekdays>{weekday}(?:{list_sep}{weekday})*){list_sep}(?P<weekday>{weekday})\s+(?P<mod>{mod})\b",
    ),
    # mars-avril, mai et juin derniers, de janvier à mars 2022
    (
        "month_list",
        "monthlist",
        r"\b(?P<months>{month}(?:{list_sep}{month})*){list_sep}(?P<month>{month})"
        r"(?:\s+(?P<year>{year})|\s+(?P<mod>{mod})\b)?",
    ),
    # (le) (même) (vendredi) 7 janvier (2022) (dernier)
    (
        "day_month",
        "date",
        r"(?:\b(?P<det>{det})\s+)?(?:\b(?P<same>même)\s+)?(?:\b(?P<weekday>{weekday}|{weekday_abbr})\s*,?\s+)?"
        r"\b(?P<day>{day})\s+(?P<month>{month})"
        r"(?:\s+(?P<year>{year})|\s+(?P<year2>{year2}))?(?:\s+(?P<mod>{mod})\b)?"
        r"(?:\s+(?:au|dans la|en)\s+(?P<part>{part})\b)?",
    ),
    # 15 fev 2023, 14 avr 15, le 3 oct: an abbreviated month without its dot after a day number (no word
    # ``oct``, ``avr`` or ``fév`` follows a day; ``sept`` after a number would be one, and takes a year)
    (
        "day_abbr_year",
        "date",
        r"\b(?:(?P<det>le)\s+)?(?P<day>\d{1,2}|1er)\s+(?P<month>{month_abbr})"
        r"(?:\s+(?P<year>{year})|\s+(?P<year2>{year2})(?![\w,.]?\d)|(?<!sept)(?!\s+\d))",
    ),
    # le 11-Novembre: a day and month joined by a hyphen after ``le`` (``la rue du 8-Mai`` is a street)
    ("day_month_hyphen", "date", r"\ble\s+(?P<day>{day})-(?P<month>{month})(?![\w-])"),
    # les manifestations du 1er-Mai: a day written as its holiday (``la rue du 8-Mai`` is a street: see
    # STREET_NOUNS)
    ("day_month_hyphen_of", "date", r"\bdu\s+(?P<day>{day})-(?P<month>{month})(?![\w-])"),
    # le pont du 14-Juillet, le défilé du 8-Mai: a day of celebration (``la rue du 8-Mai`` stays a street)
    (
        "day_month_hyphen_rite",
        "date",
        r"\b(?:pont|week-end|weekend|défilé|défilés|fête|fêtes|{holiday_rite})\s+du\s+(?P<day>{day})-(?P<month>{month})"
        r"(?![\w-])",
    ),
    # le vingt-trois mai, lundi deux mars (a day in words needs its article or weekday)
    (
        "day_month_words",
        "date",
        r"\b(?:(?P<det>{det})\s+|(?P<weekday>{weekday})\s+)(?P<day>{day_word})\s+(?P<month>{month})"
        r"(?:\s+(?P<year>{year})|\s+(?P<yearword>{year_word})(?![\w-]))?(?:\s+(?P<mod>{mod})\b)?",
    ),
    # le matin du 3 mai, au soir du vendredi 7 juin: that part of the day
    (
        "part_of_date",
        "date",
        r"\b(?=le|au|dans|la|l')(?:(?:le|au|dans\s+la|dans\s+l'|la|l')\s*)(?P<part>matin|soir|soirée|matinée|après-midi|nuit)"
        r"\s+du\s+"
        r"(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+(?P<month>{month})(?:\s+(?P<year>{year}))?",
    ),
    # en fin de journée jeudi, en milieu de matinée lundi: the part of the day before its weekday
    (
        "part_then_weekday",
        "weekday",
        r"\ben\s+(?P<part>(?:fin|début|milieu)\s+(?:de\s+|d')(?:matinée|après-midi|soirée|journée))\s+"
        r"(?P<weekday>{weekday})\b(?!\s+(?:\d|{month}|{weekday}))(?:\s+(?P<mod>{mod})\b)?",
    ),
    # dans la soirée de mardi, dans l'après-midi de lundi; dès la nuit de jeudi, la journée de samedi (a part of a
    # named day is that day's part, whatever word opens it)
    (
        "part_of_weekday",
        "weekday",
        r"\b(?:(?:dans|durant|pendant|au\s+cours\s+de|dès|depuis|jusqu'à|pour)\s+)?(?:la\s+|l')(?P<part>matinée|soirée|après-midi|nuit|journée)\s+"
        r"(?:de|du)\s+(?P<weekday>{weekday})\b(?!\s+(?:à|au)\s+{weekday})(?:\s+(?P<mod>{mod})\b)?",
    ),
    # (ce) (vendredi) 7, le 7 (partial: month from the narrative)
    (
        "weekday_day",
        "date",
        r"\b(?:(?P<det>{det})\s+)?(?P<weekday>{weekday})\s+(?P<day>{day})"
        # ``samedi 8 au soir``: with its part of the day
        r"(?:\s+(?:au|dans\s+la|en)\s+(?P<part>soir|matin|soirée|matinée|après-midi|nuit)\b"
        # ``le jeudi 21 en fin d'après-midi``: with an edge of its part of the day
        r"|\s+en\s+(?P<edge_part>(?:fin|début|milieu)\s+(?:de\s+|d')(?:matinée|après-midi|soirée|journée|nuit))\b"
        # (``du jeudi 11 au dimanche 14``: the first bound of a range of days)
        # (``le lundi 17 et le mardi 18``, ``la collecte du mercredi 25 est avancée``: a list, or a verb after a
        # day with its article; not a title's ``Vendredi 13 a été restauré``)
        r"|(?!\s*(?!(?:à|vers)\s+\d|(?:au|et)\s+(?:{weekday}\s+)?\d|et\s+(?:le\s+)?{weekday}\s+\d"
        r"|(?(det)(?:est|sera|sont|seront|était|a|aura)\s|(?!)))(?:[^\W\d_]|\d|[-/.,:]\d|h\b|%)))",
    ),
    (
        "day_alone",
        "date",
        r"\b(?P<det>le|dès le|depuis le|jusqu'au|avant le|après le|au soir du|au matin du|à partir du|à compter du"
        r"|au plus tard le)\s+(?P<day>{day})"
        r"(?:\s+(?P<day_mod>prochain|dernier)\b)?"  # ``le 15 prochain``, ``le 20 dernier``
        r"(?=\s*(?:,(?!\s*(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|route|quai)\b)|[;)]|\.(?!\d)|$"
        r"|\s(?:au|à|et|dans|lors|en)\s(?!\d)|\s(?:à|vers)\s+\d\d?\s*(?:h|heures?)\b))",
    ),
    # l'audience du 12, la séance du 3: a sitting or gathering on a day of the month the text is in (a noun of what
    # takes place on one day, so the number is its day)
    (
        "day_of_sitting",
        "date",
        r"\b(?:{sitting_noun})\s+du\s+(?P<day>{day})"
        r"(?=\s*(?:,(?!\s*(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|route|quai)\b)|[;)]|\.(?!\d)|$"
        r"|\s(?:au|à|et|dans|lors|en|avant|après)\s(?!\d)|\s(?:à|vers)\s+\d\d?\s*(?:h|heures?)\b))",
    ),
    # l'après-midi du 8, dans la soirée du 12: a part of a day of the month the text is in
    (
        "part_of_day_alone",
        "date",
        r"\b(?=le|au|dans|la|l')(?:(?:le|au|dans\s+la|dans\s+l'|la|l')\s*)"
        r"(?P<part>matin|soir|soirée|matinée|après-midi|nuit|aube)"  # (``à l'aube du 5``: the 5th's dawn)
        r"\s+du\s+(?P<day>{day})"
        r"(?=\s*(?:,(?!\s*(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|route|quai)\b)|[;)]|\.(?!\d)|$"
        r"|\s(?:au|à|et|dans|lors|en|avant|après)\s(?!\d)|\s(?:à|vers)\s+\d\d?\s*(?:h|heures?)\b))",
    ),
    # le 14 au soir: a day of the month the text is in, with its part of the day
    (
        "day_alone_part",
        "date",
        r"\b(?P<det>le|dès\s+le|depuis\s+le|jusqu'au)\s+(?P<day>{day})\s+(?:au|dans\s+la|dans\s+l')\s*"
        r"(?P<part>matin|soir|soirée|matinée|après-midi|nuit)\b",
    ),
    # octobre 98, mai 1988, fin septembre 2000, le mois de mai 2021
    (
        "month_year",
        "month",
        r"(?:\b(?P<edge>{edge})[\s-]+)?(?:\b(?:le\s+|du\s+)?mois\s+d(?:e\s+|'))?\b(?P<month>{month})"
        r"\s+(?:(?P<year>{year})|(?P<year2>{year2}))",
    ),
    # janvier dernier, juin prochain
    (
        "month_mod",
        "month",
        r"(?:\b(?P<edge>{edge})[\s-]+)?(?:\b(?:le\s+|du\s+)?mois\s+d(?:e\s+|'))?\b(?P<month>{month})\s+(?P<mod>{mod})\b",
    ),
    # en janvier, début octobre, au mois de mai, mi-janvier
    (
        "month_prep",
        "month",
        r"(?:\b(?:en|depuis|dès|d'ici|jusqu'en|avant|après|courant|de)\s+|\bd'(?=[aoæ])"
        r"|\b(?P<edge>{edge})[\s-]+|\b(?:le|au|du|ce)\s+mois\s+d(?:e\s+|'))"
        r"(?:(?:le\s+|du\s+)?mois\s+d(?:e\s+|'))?(?P<month>{month})(?![\s.]*\d)",
    ),
    # remonte à février, prévu pour avril: after these a month in lower case only (``vers Mars`` is the
    # planet, ``à Mai`` a name)
    (
        "month_prep_lower",
        "month",
        r"\b(?:à|vers|pour)\s+(?=(?-i:[a-zéû]))(?P<month>{month})(?![\w-])(?![\s.]*\d)",
    ),
    # en 2019, l'an 2000, l'année 2001, fin 2021, 1998
    (
        "year",
        "year",
        # without a prefix, not after a word and a hyphen (``la rue du 8-Mai-1945``)
        r"(?:\b(?:(?P<edge>{edge})[\s-]+|(?:en|l'an|l'année|année|de l'année|depuis l'an|jusqu'en)\s+)|(?<![^\W\d_]-))"
        r"(?<![\d.,])(?P<year>{year})",
    ),
    # en 1245: a year before 1600 only after a preposition (``1245`` alone is as likely a count)
    ("year", "year", r"\b(?:en|l'an|depuis\s+l'an|jusqu'en)\s+(?P<year>1[0-5]\d\d)(?![\d]|[.,]\d)"),
    # l'an 2100, l'an 3000: a year past the common ones only after ``l'an``
    ("year_far", "year", r"\b(?:l'an|depuis\s+l'an|jusqu'à\s+l'an)\s+(?P<year>(?:2[1-9]|[3-9]\d)\d\d)(?![\d]|[.,]\d)"),
    # l'an 910: a year of three digits only after ``l'an``
    ("year_early", "year", r"\b(?:l'an|depuis\s+l'an)\s+(?P<year>[1-9]\d\d)(?![\d]|[.,]\d)"),
    (
        "year_words",
        "year",
        r"\b(?:en|l'an|de\s+l'an|depuis\s+l'an|jusqu'en|l'année)\s+(?P<yearword>{year_word})(?![\w-])",
    ),
    (
        "year_short",
        "year",
        r"(?:\b(?:en|depuis|jusqu'en|dès)\s+)(?P<year2>'[0-3]\d|'?[4-9]\d)(?![\d]|[.,]\d|\s*%|\s*[^\W\d_])",
    ),
    # les années 60, début des années 2000
    (
        "decade",
        "decade",
        r"(?:\b(?P<edge>{edge})\s+(?:des\s+|de\s+la\s+)?)?\b(?:(?:les\s+|des\s+|aux\s+|dans\s+les\s+)?années"
        r"|(?:la\s+|de\s+la\s+)?décennie(?=\s+\d{4}))\s+"
        r"(?P<decade>(?:1[6-9]|20)?\d0|{decade_word})(?!\w|-(?!\d))",
    ),
    # les années 1950 et 1960, les années 1980-1990: every member is a decade
    (
        "decade_list",
        "decadelist",
        r"\b(?:(?:les\s+|des\s+|aux\s+|dans\s+les\s+)?années\s+)(?P<decades>{decade_num}(?:{list_sep}{decade_num})*)"
        r"{list_sep}(?P<decade_num>{decade_num})(?!\w|-(?!\d))",
    ),
    # le XIXe siècle, du 21e siècle
    (
        "century",
        "century",
        r"(?:\b(?P<edge>{edge})\s+(?:du\s+)?)?\b(?:le\s+|du\s+|au\s+)?(?!le\b)"
        r"(?:(?P<century>[IVXL]{1,6}|[12]?\d)(?:e|ème|eme|è)|(?P<century_word>{century_word}))\s+siècles?\b",
    ),
    # à la fin du XIXe, au début du XXe: a century's edge, ``siècle`` left out once the phrase ends
    (
        "century_bare",
        "century",
        r"\b(?:la\s+|le\s+)?(?P<edge>{edge})\s+du\s+(?P<century>[IVX]{1,5})(?:e|ème)(?=\s*(?:[,.;:)]|$))",
    ),
    # le troisième millénaire, au IIe millénaire
    (
        "millennium",
        "millennium",
        r"\b(?:le\s+|du\s+|au\s+)?(?:(?P<millennium>I{1,3}|[1-3])(?:e|ème|eme|è)|(?P<millennium_word>{century_word}))"
        r"\s+millénaire\b",
    ),
    # du XVIIe au XIXe siècle, aux XVIe et XVIIe siècles: every member is a century
    (
        "century_list",
        "centurylist",
        r"\b(?=(?:(?:du|au|aux|le|les|entre\s+le)\s+)?(?:[IVXL]{1,6}|[12]?\d)(?:e|ème|eme|è)[\s,])"
        r"(?:(?:du|au|aux|le|les|entre\s+le)\s+)?(?P<centuries>{century_ord}(?:{list_sep}{century_ord})*){list_sep}"
        r"(?P<century_ord>{century_ord})\s+siècles?\b",
    ),
    # le 20 du mois prochain, le 5 du mois dernier
    (
        "month_day",
        "month_day",
        r"\b(?:(?P<det>le|au|du|dès le|jusqu'au|avant le|après le)\s+)?(?P<day>{day})\s+"
        r"(?:du\s+mois(?:\s+(?P<mod>{mod})\b|(?!\s+(?:de|d'|du|des)\b)(?![\w-]))|de\s+ce\s+mois(?![\w-])"
        # ``le 5 courant``: the administrative way of writing a day of this month
        r"|courant(?![\w-]))",
    ),
    # le dernier jour de l'année, le premier jour du mois prochain
    (
        "period_day",
        "period_day",
        r"\b(?=le|au|du|dès|jusqu'au|premier|dernier|avant)(?:(?:le|au|du|dès\s+le|jusqu'au)\s+)?"
        r"(?P<nth>premier|dernier|avant-dernier)\s+jour"
        r"\s+(?:de\s+l'|du\s+|de\s+la\s+)"
        r"(?P<unit>année|an|mois|semaine)\b(?:\s+(?P<mod>{mod})\b)?",
    ),
    # le premier lundi de mars, le dernier vendredi d'avril 2023; of a season: le premier dimanche du
    # printemps, le premier jour de l'été
    (
        "month_weekday",
        "month_weekday",
        r"\b(?:(?:le|du|au|dès\s+le|depuis\s+le|jusqu'au)\s+)?(?P<nth>{weekday_ordinal})\s+"
        r"(?:(?P<weekday>{weekday})|(?P<unit>{month_ordinal_unit}))\s+"
        r"(?:(?:de\s+|d')(?P<month>{month})|(?:du\s+|de\s+l')(?P<season>{season})(?![\w-])"
        # ``le premier lundi du mois prochain``, ``le dernier vendredi de ce mois``: of a month counted from now
        r"|(?:du|de\s+ce)\s+(?P<this_month>mois)(?:\s+(?P<mod>{mod}))?\b"
        # ``le dernier jeudi de l'année``, ``le premier lundi de l'année prochaine``: of a whole year
        r"|(?:de\s+l'|de\s+cette\s+)(?P<this_year>année)(?:\s+(?P<ymod>{mod}))?\b)"
        r"(?:\s+(?P<year>{year}))?",
    ),
    # la semaine du 7 octobre
    (
        "week_of",
        "week_of",
        r"\b(?:(?:la|le|durant\s+la|pendant\s+la|dans\s+la|durant\s+le|pendant\s+le)\s+)?"
        # (``la semaine du 24``: of the month the text is in)
        r"(?P<unit>semaine|week-end|weekend)\s+du\s+(?P<day>{day})(?:\s+(?P<month>{month})(?:\s+(?P<year>{year}))?"
        r"|(?![\w-])(?!\s+(?:au|et)\s+\d))",
    ),
    # la dernière semaine de juillet, la première semaine d'août 2021
    (
        "month_week",
        "month_week",
        r"\b(?:(?:la|durant\s+la|pendant\s+la|dans\s+la|de\s+la|à\s+la)\s+)?(?P<week>{week_ordinal})\s+semaine\s+"
        r"(?:de\s+|d')(?P<month>{month})(?:\s+(?P<year>{year}))?",
    ),
    # l'été 2021, cet hiver, au printemps dernier
    (
        "season",
        "season",
        r"(?:\b(?P<edge>{edge})\s+(?:de\s+l'|d'|du\s+|de\s+)?|\b(?P<det>l'|cet|ce|au|en|cette)\s*)"
        r"(?P<season>{season})\b(?:\s+(?P<year>{year})(?:[-/](?P<year_end>{year}))?|\s+(?P<mod>{mod})\b"
        r"|(?!\s+(?:des|du|de\s+(?!\d)|d')))",
    ),
    # été 2013, hiver dernier: a season with its year or modifier and no article, as a headline writes it
    (
        "season_bare",
        "season",
        r"(?<![\w'-])(?P<season>{season})\s+(?:(?P<year>{year})(?![\w-])|(?P<mod>dernier|prochain|passé)(?![\w-]))",
    ),
    # le printemps dernier, du printemps 2024: ``printemps`` takes ``le``/``du`` where the others elide, so
    # with a year or a modifier only (``l'arrivée du printemps`` names no particular one)
    (
        "season_article",
        "season",
        r"\b(?:(?:dès|depuis|jusqu'à|avant|après)\s+)?(?:le|du|au)\s+(?P<season>printemps)\b"
        r"(?:\s+(?P<year>{year})(?:[-/](?P<year_end>{year}))?|\s+(?P<mod>{mod})\b)",
    ),
    (
        "holiday",
        "holiday",
        r"(?:\b(?:à|pour|depuis|avant|après|dès|jusqu'à|d'ici|vers|entre|pendant|durant|{holiday_verb})\s+"
        r"(?:la\s+|l'|le\s+|les\s+(?=rameaux\b))?"
        r"|\bau\s+(?=ramadan\b)"  # ``se préparent au ramadan``: a month's name after ``au``
        r"|\b(?:en\s+)?(?:ce|cette)\s+"  # ``en ce mardi gras``, ``ce Noël``: the day the text is on
        r"|\b(?:(?:le\s+|au\s+|la\s+)?(?P<part>soir|nuit|matin)|jour|week-end|weekend|fête|fêtes|vacances|trêve|réveillon"
        r"|feu|feux|pont|mois|jour\s+férié|{holiday_rite})\s+"
        r"(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+(?=rameaux\b)))"
        # (``le jour du Nouvel An népalais`` is another calendar's)
        r"(?P<holiday>{holiday})(?![\w-])(?!\s+{other_calendar})(?:\s+(?P<year>{year}))?",
    ),
    # le week-end pascal: a feast's weekend named by the feast's adjective, no feast's name to date (``le week-end
    # de Pâques`` keeps the feast's day, as the news sets and earlier batches annotate it)
    (
        "holiday_weekend_adjective",
        "holiday",
        r"\b(?:le\s+|du\s+|au\s+|ce\s+)?(?P<weekend>week-end|weekend)\s+(?P<holiday>{holiday_adjective})\b",
    ),
    # la Pâque copte, le Noël orthodoxe, Cham el-Nessim: the Eastern churches' feasts, by their own calendar
    (
        "holiday_eastern",
        "holiday",
        r"\b(?:(?:la|le|l')\s*)?(?:(?P<holiday>pâques?|paques?|noël|noel)\s+(?P<eastern>{eastern_church})"
        r"|(?P<eastern_feast>{eastern_feast})(?![\w-]))(?:\s+(?P<year>{year}))?",
    ),
    # la Toussaint, Halloween; not ``l'église de la Pentecôte`` (a name's complement)
    (
        "holiday_free",
        "holiday",
        r"\b(?<!\bde\s)(?<!\bd')(?<!\bdu\s)(?<!\bde\sla\s)(?<!\bde\sl')"
        # (not inside a compound: ``la mi-carême`` is no Lent)
        r"(?:(?:la|le|l')\s*)?(?<![\w-])(?P<holiday>{free_holiday})(?![\w-])(?!\s+{other_calendar})(?:\s+(?P<year>{year}))?",
    ),
    # à l'approche de Noël, d'Halloween: the feast a season leads up to (its name alone is the date)
    (
        "holiday_approach",
        "holiday",
        r"(?:(?<=\bapproche\sde\s)|(?<=\bapproche\sd')|(?<=\bapproche\sdu\s))(?:(?:la|l')\s*)?"
        r"(?P<holiday>{holiday})(?![\w-])(?:\s+(?P<year>{year}))?",
    ),
    # à quelques jours de Pâques, à trois semaines de la Saint-Nicolas: the feast a count leads up to is a date
    # (the count says how near it is, no length of time of its own)
    (
        "holiday_countdown",
        "holiday",
        r"\bà\s+(?:quelques|{num})\s+(?:jours|semaines|mois|heures)\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)"
        r"(?P<holiday>{holiday})(?![\w-])(?!\s+{other_calendar})(?:\s+(?P<year>{year}))?",
    ),
    # L'Ascension tombe un jeudi: a feast whose lowercase name is a common noun (``l'ascension du mont Blanc``) is
    # the feast when capitalized and given no complement
    (
        "holiday_capital",
        "holiday",
        r"\b(?:(?:la|le|l')\s*)?(?-i:(?P<holiday>{capital_holiday}))(?![\w-])(?!\s+(?:de|du|des|d')\b)"
        r"(?:\s+(?P<year>{year}))?",
    ),
    # Noël tombe un lundi, Pâques tombera tôt: a feast that "falls" on a day is the feast, whatever name it bears
    # elsewhere (``le marché de Noël``)
    (
        "holiday_falls",
        "holiday",
        r"\b(?<!\bde\s)(?<!\bd')(?<!\bdu\s)(?:(?:la|le|l')\s*)?(?P<holiday>{holiday})(?![\w-])"
        r"(?=\s*,?\s*(?:qui\s+|cette\s+année\s*,?\s+)?(?:{falls_verb})\b)",
    ),
    # la Saint-Nicolas, la Saint-Valentin: a saint's day with its feminine article (``la fête de``)
    (
        "holiday_saint",
        "holiday",
        r"\b(?<!\bde\s)(?<!\bd')(?<!\bdu\s)(?<!\bde\sla\s)(?<!\bde\sl')"
        r"la\s+(?P<holiday>{saint_holiday})(?![\w-])(?!\s+{other_calendar})(?:\s+(?P<year>{year}))?",
    ),
    # la fête des mères: a Sunday of a month
    (
        "weekday_holiday",
        "weekday_holiday",
        r"\b(?:(?:la|le\s+jour\s+de\s+la|pour\s+la|à\s+la)\s+)?(?P<holiday>{weekday_holiday})(?![\w-])"
        r"(?:\s+(?P<year>{year}))?",
    ),
    ("holiday_year", "holiday", r"\b(?P<holiday>{holiday})(?![\w-])\s+(?P<year>{year})"),
    # Noël dernier, la Toussaint prochaine: a holiday a modifier points back or ahead to is a date wherever it stands
    ("holiday_mod", "holiday", r"\b(?P<holiday>{holiday})(?![\w-])\s+(?P<mod>{holiday_mod})(?![\w-])"),
    # aujourd'hui, hier soir, avant-hier, demain matin, aujourd'hui en huit
    (
        "deictic",
        "deictic",
        r"(?<![\w-])(?P<deictic>{deictic})(?![\w-])(?:\s+(?:dans\s+la\s+|en\s+|au\s+)?(?P<part>{part})\b"
        r"|\s+en\s+(?P<later>{weeks_later})\b)?",
    ),
    # dans la matinée de demain, dans la soirée d'hier
    (
        "part_of_deictic",
        "deictic",
        r"\b(?:dans|durant|pendant|au\s+cours\s+de)\s+(?:la\s+|l')(?P<part>matinée|soirée|après-midi|nuit|journée)\s+"
        r"(?:de\s+|d')(?P<deictic>{deictic})(?![\w-])",
    ),
    # en semaine 12, la semaine 34 (2025): a week by its ISO number
    (
        "week_number",
        "week_number",
        r"\b(?:en|la|de\s+la|pour\s+la|dès\s+la)\s+semaine\s+(?P<weeknum>[1-9]|[1-4]\d|5[0-3])(?![\d\w]|[,.]\d)"
        r"(?:\s+(?P<year>{year}))?",
    ),
    # T2 2026, S1 2025: a quarter or a half of a year by its code
    ("period_code", "ordinal", r"\b(?P<code>{period_code})(?P<ordinal>[1-4])\s+(?P<year>{year})"),
    # au T4, du S1: the code alone after ``au``/``du`` (``un T4`` is a flat)
    ("period_code_alone", "ordinal", r"\b(?:au|du)\s+(?P<code>{period_code})(?P<ordinal>[1-4])(?![\w-])(?!\s+\d)"),
    # ce soir-là, cette nuit-là: that part of the day the text is on
    (
        "that_part",
        "anaphoric",
        r"\b(?:ce|cette|cet)\s+(?P<part>matin|soir|après-midi|nuit|matinée|soirée)-là(?![\w-])",
    ),
    # ce jour (today), not ``ce jour de fête``
    ("this_day", "deictic", r"\bce\s+jour(?![\w-])(?!\s+(?:de|d'|du|des|où|que|qui)\b)"),
    # le soir même: that part of the day the text is on
    (
        "same_part",
        "anaphoric",
        r"\b(?:le|au|dans\s+la|la)\s+(?P<part>soir|matin|nuit|soirée|matinée|après-midi)\s+même(?![\w-])",
    ),
    # le même soir, la même nuit: that part of the day the text is on
    (
        "same_part_before",
        "anaphoric",
        r"\b(?:le|la|ce|cette|au|dans\s+la)\s+même\s+(?P<part>soir|matin|nuit|soirée|matinée|après-midi)(?![\w-])",
    ),
    # la nuit précédente, le matin suivant: that part of the day before or after the narrative's
    (
        "part_shifted",
        "anaphoric",
        r"\b(?:le\s+|la\s+|l'|(?:au\s+cours\s+de|dans|durant|pendant)\s+(?:la\s+|l'))\s*"
        r"(?P<part>soir|matin|nuit|soirée|matinée|après-midi)\s+(?P<shift>{part_shift})(?![\w-])",
    ),
    # Mardi prochain, veille de Noël; le 4 mai, veille du scrutin: an anaphor in apposition, without its
    # article (the eve of a holiday, or the day just told)
    (
        "anaphor_beside",
        "anaphoric",
        r"(?<=,\s)(?P<anaphor>veille|avant-veille|lendemain|surlendemain)"
        r"(?:\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)(?P<holiday>{holiday})\b|(?=\s+(?:de|d'|du|des)\b))",
    ),
    (
        "this_part",
        "deictic",
        r"\b(?P<det>ce|cette|cet)\s+(?P<part>matin|midi|après-midi|aprèm|aprem|soir|nuit)\b(?!-là)",
    ),
    # la veille, le lendemain (matin), le même jour, ce jour-là
    (
        "anaphoric",
        "anaphoric",
        r"\b(?:(?:au|le|du|la|de\s+la|à\s+la|l'|ce|cette|dès\s+le|dès\s+la)\s*)(?P<anaphor>{anaphor})\b"
        # ``à la veille de Noël 2023``: the feast of a year the text names
        r"(?:\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)(?P<holiday>{holiday})\b(?:\s+(?P<year>{year})(?![\w-]))?)?"
        r"(?:\s+(?:au\s+|dans\s+la\s+|en\s+)?(?P<part>{part})\b)?",
    ),
    # deux jours plus tard, trois semaines auparavant
    (
        "offset_later",
        "offset",
        r"\b(?P<num>{num}|quelques|plusieurs)\s+(?P<unit>{unit})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant|après|avant)"
        r"(?!\s+(?:l[ea]|l'|les|du|des|de|d'|que|qu'|son|sa|ses|leur|leurs|cette|ce|cet|un|une|celle|celui|celles|ceux)\b)"
        # days or weeks after a past infinitive are a count after an event (below); hours stay here
        r"(?:(?<!jours\saprès)(?<!jour\saprès)(?<!semaines\saprès)(?<!semaine\saprès)|(?!\s+(?:avoir|être)\b))",
    ),
    # deux jours après Noël, une semaine avant Pâques: counted from the feast
    (
        "offset_holiday",
        "offset",
        r"\b(?P<num>{num})\s+(?P<unit>{unit})\s+(?P<dir>après|avant)\s+(?:la\s+|l')?(?P<holiday>{holiday})(?![\w-])",
    ),
    # au troisième jour de la contestation, au deuxième jour du couvre-feu: the day of the clause it dates,
    # counted from an event's start the text rarely dates (not ``au premier jour de l'année``, of a calendar)
    (
        "event_day",
        "event_day",
        r"\b(?:au|en\s+ce|dès\s+le)\s+(?P<nth>premier|second|deuxième|troisième|quatrième|cinquième|sixième"
        r"|septième|huitième|neuvième|dixième|onzième|douzième|[2-9]e|1[0-9]e|[2-9]ème|1[0-9]ème)\s+jour\b"
        r"(?!\s+(?:de\s+l'|du\s+|de\s+la\s+|d')?(?:année|an|mois|semaine|{month}|{season})\b)"
        r"(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'(?:une?\s+)?|de\s+(?:leur\s+|son\s+|sa\s+|cette\s+|ce\s+)?)"
        r"[^\W\d_][\w-]*)?",
    ),
    # trois jours après l'explosion: the day of the clause it dates, a count of days after an event named; the
    # event may be told by a past infinitive or a clause (``cinq jours après avoir limogé le gouvernement``,
    # ``deux jours après être arrivés``, ``deux jours après que les rebelles ont pris la ville``)
    (
        "offset_event",
        "after_event",
        r"(?<!\bde\s)(?<!\bd')\b(?P<num>{num})\s+(?P<unit>jours?|semaines?)\s+après"
        r"(?=\s+(?:l[ea]|l'|les|du|des|son|sa|ses|leur|leurs|cette|ce|cet|un|une|avoir|être|que|qu')\b)",
    ),
    # il y a dix ans, voilà deux semaines
    (
        "offset_ago",
        "ago",
        r"\b(?:il\s+y\s+a|voilà|voici)\s+(?:(?P<exact_before>{exact_qualifier})|{offset_qualifier})?"
        + _AGO_AMOUNT
        # ``il y a une bonne semaine``, ``deux petits mois``: the adjective leaves the count as it is
        + r"(?:{duration_adjective}\s+)?(?P<unit>{unit})\b(?P<half>\s+et\s+(?:demie?|quart)\b)?"
        + _MORE_UNITS
        # ``il y a un an jour pour jour``: to the day
        + r"(?P<exact>\s+jour\s+pour\s+jour\b)?"
        # ``voilà deux ans que le pont est fermé``: how long, read as a duration
        r"(?!\s+qu(?:e\b|'))",
    ),
    # dans trois jours, d'ici deux semaines; dans un délai d'un mois: the deadline as ``dans un mois`` (not ``dans un
    # délai de trois mois à compter de sa création``: a length counted from an event)
    (
        "offset_ahead",
        "ahead",
        r"\b(?:dans|d'ici)\s+(?P<delay>un\s+délai\s+(?:de\s+|d'))?"
        r"(?:(?P<exact_before>{exact_qualifier})|{offset_qualifier})?"
        + _AMOUNT
        + r"(?:{duration_adjective}\s+)?(?P<unit>{unit})\b(?P<half>\s+et\s+(?:demie?|quart)\b)?"
        + _MORE_UNITS
        + r"(?P<exact>\s+jour\s+pour\s+jour\b)?"
        r"(?!\s+(?:de|d'|qui|que)\b)"
        r"(?(delay)(?![\s,]+(?:à\s+compter|à\s+partir|suivant|après|ouvrables|ouvrés)\b))",
    ),
    # dans les 48 heures, sous dix jours: within that time, the deadline its last day, as ``d'ici 48 heures``
    # (not ``dans les 48 heures qui ont suivi``, ``… suivant l'attaque``: a length after an event)
    (
        "offset_within",
        "ahead",
        r"\b(?P<within>dans\s+les|sous)\s+" + _AMOUNT + r"(?P<unit>heures|jours|semaines)\b"
        r"(?!\s+(?:de|d'|qui|que|suivant|suivante|suivants|suivantes|après|avant|précédant|précédents|précédentes|"
        # (``sous dix jours ouvrables``: a count of working days ends on no day the calendar alone can tell)
        r"passés|passées|écoulés|écoulées|écoulé|ouvrables|ouvrés)\b)",
    ),
    # dans l'heure: within the hour to come
    (
        "offset_within_hour",
        "ahead",
        r"\bdans\s+(?P<within_one>l')(?P<unit>heure)(?![\w-])(?!\s+(?:qui|de|d'|même|suivante|où)\b)",
    ),
    # dans une quinzaine, il y a une huitaine: a count of days in one noun (``une quinzaine de personnes`` is none);
    # ``sous huitaine``, ``sous quinzaine``: within that many days, the deadline its last day; a court's ``renvoyé à
    # huitaine``, ``rendra sa décision à quinzaine``: that many days on
    (
        "offset_day_span",
        "ahead",
        r"\b(?:(?:(?P<ago>il\s+y\s+a|voilà)|dans|d'ici)\s+une|sous|à)\s+(?P<span>{day_span})\b(?!\s+d(?:e\b|'))",
    ),
    # il y a 2h, dans 10mn: a unit glued to its count
    ("offset_ago_glued", "ago", r"\b(?:il\s+y\s+a|voilà)\s+(?P<num>\d+)\s*(?P<unit>h|mn|min)(?![^\W\d_])"),
    ("offset_ahead_glued", "ahead", r"\b(?:dans|d'ici)\s+(?P<num>\d+)\s*(?P<unit>h|mn|min)(?![^\W\d_])"),
    # la semaine dernière, cette année, l'an prochain, le début de cette année, ce mois-ci
    (
        "period_mod",
        "period",
        r"(?:\b(?:(?:au|le|la|à\s+la|en|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu'à\s+la)\s+)?"
        r"(?P<edge>{edge})\s+(?:de\s+|du\s+|d'))?"
        r"\b(?P<det>la|le|l'|les|cette|ce|cet|ces|au|du)\s*(?P<unit>semaine|mois|année|an|week-end|weekend|trimestre|"
        r"semestre|décennie|siècle|millénaire)(?P<mod>\s+{mod}|-ci|-là)(?![\w-])",
    ),
    # semaine prochaine, mois dernier: a headline's or a note's period without its article (with one, the pattern
    # above matches longer and wins)
    (
        "period_mod_bare",
        "period",
        r"(?<![\w'-])(?P<unit>semaine|mois|année|an|week-end|weekend)\s+"
        r"(?P<mod>prochaine?|dernier|dernière|passée?)(?![\w-])",
    ),
    # au prochain trimestre, la prochaine semaine: the modifier before its unit (only ``prochain``: ``le
    # dernier trimestre`` is the year's fourth)
    (
        "period_mod_before",
        "period",
        r"\b(?P<det>le|la|au|du|pour\s+le|pour\s+la)\s+(?P<mod>prochain|prochaine)\s+"
        r"(?P<unit>semaine|mois|trimestre|semestre|week-end|weekend)(?![\w-])",
    ),
    # en cours d'année, en cours de semaine: during the current one
    (
        "period_in_course",
        "period",
        r"\ben\s+cours\s+(?:de\s+|d')(?P<unit>année|mois|semaine|trimestre|semestre)\b(?!\s+(?:de|d'|du|\d))",
    ),
    # la même année, le même mois: the one the text is in
    (
        "period_same",
        "period",
        r"\b(?:la|le|cette|ce|au\s+cours\s+de\s+la|dans\s+la)\s+(?P<same>même)\s+(?P<unit>année|semaine|mois)(?![\w-])",
    ),
    # à la mi-semaine: the middle of the week the text is in (as ``cette semaine``)
    (
        "period_mid_week",
        "period",
        r"\b(?:à\s+la|la|en|dès\s+la|jusqu'à\s+la|vers\s+la)\s+(?P<edge>mi)-(?P<unit>semaine)\b"
        r"(?!\s+(?:de|d'|du|dernière|prochaine|suivante|précédente)\b)",
    ),
    (
        "period_this",
        "period",
        r"(?:\b(?:(?:au|le|la|à\s+la|en|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu'à\s+la)\s+)?"
        r"(?P<edge>{edge})\s+(?:de\s+|du\s+|d'))?"
        r"\b(?P<det>cette|ce|cet)\s+(?P<unit>semaine|mois|année|week-end|weekend|trimestre|semestre|décennie|siècle|millénaire)\b"
        r"(?!-)",
    ),
    # cette fin de semaine, en ce début d'année: an edge of the current period
    (
        "period_this_edge",
        "period",
        r"\b(?P<det>cette|ce|cet)\s+(?P<edge>fin|début|milieu)\s+(?:de\s+|d')(?P<unit>semaine|mois|année|trimestre|semestre)\b"
        r"(?!\s+(?:de|d'|du|\d))",
    ),
    # la nouvelle année: the year just begun or about to begin
    ("new_year", "new_year", r"\b(?:la|cette|de\s+la|à\s+la)\s+nouvelle\s+année(?![\w-])"),
    # à la même période de l'an dernier; à pareille époque l'an dernier; l'an dernier à la même époque: the
    # month of writing, that year
    (
        "same_season",
        "same_season",
        r"\b(?:à\s+|pour\s+|de\s+|sur\s+)?(?:la\s+même|pareille)\s+(?:période|époque)(?![\w-])"
        r"(?:\s+(?:de\s+l'|d'|l')(?P<unit>année|an)\s+(?P<mod>{mod})(?![\w-])|\s+(?:de\s+|en\s+)(?P<year>{year})\b)?",
    ),
    # les fêtes de fin d'année: the end of the current year
    ("year_end_feasts", "period", r"(?<=\bfêtes\sde\s)(?P<edge>fin)\s+d'(?P<unit>année)\b"),
    # dans la semaine, dans le mois: the current one
    (
        "period_within",
        "period",
        r"\bdans\s+(?:la\s+|le\s+|l')(?P<unit>semaine|mois|année)(?![\w-])"
        r"(?!\s+(?:{mod}|de|du|d'|des|qui|où|que|\d)(?![\w-]))",
    ),
    (
        "period_edge",
        "period",
        r"\b(?:au|le|la|à\s+la|en|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu'à\s+la|d'ici\s+la)\s+"
        r"(?P<edge>{edge})\s+(?:de\s+l'|de\s+la\s+|du\s+|de\s+|d')(?P<unit>année|an|mois|semaine|trimestre|semestre|siècle|millénaire)\b"
        r"(?:\s+(?P<mod>{mod})\b|(?!\s+(?:de|d'|\d|des)))",
    ),
    # au premier trimestre 2023, le second semestre
    (
        "ordinal_period",
        "ordinal",
        r"\b(?:(?:au|le|du|ce|cet)\s+)?(?P<ordinal>{ordinal})\s+(?P<unit>trimestre|semestre)\b"
        r"(?:\s+(?:de\s+l'année\s+)?(?P<year>{year})|\s+(?:de\s+l'(?:an|année)\s+)?(?P<mod>{mod})\b)?",
    ),
    # la première moitié de l'année (2023): a half of a year
    (
        "half_year",
        "ordinal",
        r"\b(?:(?:la|durant\s+la|pendant\s+la|dans\s+la|de\s+la|à\s+la)\s+)?(?P<ordinal>{half_ordinal})\s+(?P<half_of>moitié)"
        r"\s+de\s+(?=l'|\d)(?:l'(?:année|an)\b(?:\s+(?P<mod>{mod})\b)?)?(?:\s*(?P<year>{year}))?",
    ),
    # lundi, mardi dernier, ce dimanche, jeudi soir, dans la nuit de vendredi à samedi
    (
        "night",
        "weekday",
        r"\b(?:dans\s+)?la\s+(?P<part>nuit)\s+(?:de|du)\s+(?P<weekday>{weekday})\s+(?:à|au)\s+{weekday}\b",
    ),
    (
        "weekday",
        "weekday",
        r"\b(?:(?P<det>ce|le|dès|depuis|jusqu'à|d'ici|à\s+partir\s+de|à\s+compter\s+de)\s+)?(?P<weekday>{weekday})(?!s)\b"
        r"(?!\s+(?:saint|gras|noir|des\s+cendres)\b)"
        r"(?:\s+(?P<mod>{mod})\b|\s+de\s+la\s+semaine\s+(?P<weekmod>{mod})\b|\s+de\s+(?P<weekthis>cette)\s+semaine\b"
        r"|\s+en\s+(?P<later>{weeks_later})\b)?"
        r"(?:\s+(?:dans\s+l'|dans\s+la\s+|en\s+|au\s+)?(?P<part>{part})\b)?",
    ),
    # pendant 24 h, en 2 h 30: a length of time written as a clock reading (before ``clock``, which it beats)
    (
        "clock_length",
        "hm_duration",
        # the digits first: the cue's lookbehinds are only tried where a number starts
        r"(?<![\d,.])(?=\d{1,3}\s*h)(?:{clock_duration_cue})(?P<hours>\d{1,3})\s*h(?![^\W\d_])"
        # ``en 2 h 07 min 45 s``: a race's time, to the second
        r"(?:\s*(?P<minutes>[0-5]\d)(?!\d)(?:\s*min(?:\s*(?P<seconds>[0-5]\d)\s*s)?(?![^\W\d_]))?)?",
    ),
    # (a duré) une heure trente: hours and minutes after a duration cue
    (
        "hours_minutes_cued",
        "hm_duration",
        r"\b(?=[\w-]+\s+heures?\s)(?:{clock_duration_cue})(?P<hours>{num})\s+heures?\s+"
        r"(?P<minutes>[0-5]\d|{clock_number})(?![\w-])",
    ),
    # 3 heures et 20 minutes
    (
        "hours_minutes",
        "hm_duration",
        r"\b(?=[\w-]+\s+heures?\s)(?<!\bà\s)(?<!\bvers\s)(?<!\bdès\s)"
        r"(?P<hours>{num})\s+heures?\s+(?:et\s+)?(?P<minutes>{num})\s+minutes?\b",
    ),
    # 14 h, 21 h 45, 18h30, à 10 heures (but ``24 heures`` alone is a duration)
    (
        "clock",
        "clock",
        r"(?:\b(?:à|vers|dès|avant|après|jusqu'à|à\s+partir\s+de)\s+)?(?<![\d,.])(?P<hour>[01]?\d|2[0-4])\s*h(?![^\W\d_])"
        # ``3h et quart``: a quarter or a half after the hour
        # ``14 h 32 min 10 s``: minutes and seconds with their units
        r"(?:\s*(?P<minute>[0-5]\d)(?!\d)(?:\s*min(?:\s*(?P<second>[0-5]\d)\s*s)?(?![^\W\d_]))?"
        r"|\s+(?P<minute_word>et\s+(?:quart|demie?|demi))\b)?"
        r"(?:\s+(?P<period>{clock_period})\b)?",
    ),
    # 15:30, à 9:05
    (
        "clock_colon",
        "clock",
        r"(?:\b(?:à|vers|dès|avant|après|jusqu'à)\s+)?(?<![\d,.:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)"
        r"(?::(?P<second>[0-5]\d))?(?![\d:])",
    ),
    (
        "clock_hours",
        "clock",
        r"(?:\b(?:à|vers|dès|jusqu'à|à\s+partir\s+de|aux\s+alentours\s+de|aux\s+environs\s+de|peu\s+avant|peu\s+après"
        r"|avant|après|passé|entre|vers\s+les|sur\s+les?\s+coups?\s+de|{it_is})"
        r"|(?<=heures\s)et|(?<=heure\s)et)\s+"
        r"(?P<hour>[01]?\d|2[0-4]|{clock_number}"
        r"|une(?=\s+heure\s+(?:{clock_period}|{clock_minutes}|[0-5]\d\b|{clock_number}(?![\w-]))))\s+heures?\b"
        r"(?:\s+(?P<minute>[0-5]\d|{clock_number})(?![\d\w-])(?:\s+minutes?\b)?|\s+(?P<minute_word>{clock_minutes})\b)?"
        r"(?:\s+(?P<period>{clock_period})\b)?"
        r"(?!\s+(?:de|d'|du|des)\b)",
    ),
    # mardi 14 heures, demain 9 heures 30: a clock reading in words right after a day word
    (
        "clock_after_day",
        "clock",
        r"{after_day_word}(?P<hour>[01]?\d|2[0-4]|{clock_number})\s+heures?\b"
        r"(?:\s+(?P<minute>[0-5]\d|{clock_number})(?![\d\w-])(?:\s+minutes?\b)?|\s+(?P<minute_word>{clock_minutes})\b)?"
        r"(?:\s+(?P<period>{clock_period})\b)?(?!\s+(?:de|d'|du|des)\b)",
    ),
    # dix heures moins vingt, 15 heures 20, 3 heures du matin: a clock reading in words needs no preposition
    # when its own minutes or part of the day mark it (a length never counts back from an hour, nor says
    # ``du matin``); ``une heure trente de trajet`` and a cue (``pendant trois heures vingt``) stay lengths
    (
        "clock_marked",
        "clock",
        r"(?<![\d,.])\b(?!{clock_duration_cue})(?P<hour>[01]?\d|2[0-4]|{clock_number}|une(?=\s+heure\s))\s+heures?\b"
        r"(?=\s+(?:moins\s|(?:[0-5]\d|{clock_number})(?![\w-])(?!\s+(?:minutes?|de|d'|du|des)\b)"
        r"|(?:(?:[0-5]\d|{clock_number}|{clock_minutes})\s+)?{clock_period}))"
        r"(?:\s+(?P<minute>[0-5]\d|{clock_number})(?![\d\w-])|\s+(?P<minute_word>{clock_minutes})\b)?"
        r"(?:\s+(?P<period>{clock_period})\b)?",
    ),
    (
        "clock_word",
        "clock",
        r"\b(?:à|vers|dès|avant|après|jusqu'à|à\s+partir\s+de|aux\s+alentours\s+de|aux\s+environs\s+de|peu\s+avant"
        r"|peu\s+après|passé|entre|sur\s+les?\s+coups?\s+de"
        # ``aux douze coups de minuit``: the strokes of the hour are the hour
        r"|(?:aux|dès\s+les|sur\s+les|après\s+les|avant\s+les)\s+(?:douze|12)\s+coups\s+de|de(?=\s+(?:midi|minuit)\s+(?:à|jusqu'à)\s)|{it_is}"
        # the end of a range of clock times: ``entre 21 h et minuit``
        r"|(?<=\dh\s)et|(?<=\sh\s)et|(?<=heures\s)et)\s+(?P<named>midi|minuit)\b"
        # ``il est midi moins le quart de sa carrière``: a figure of speech; ``vers midi de la place`` is a time
        r"(?!\s+{clock_minutes}\s+(?:de|d'|du|des)\b)"
        r"(?:\s+(?P<minute_word>{clock_minutes})\b|\s+(?P<minute>[0-5]\d|{clock_number})(?![\d\w-]))?",
    ),
    # jusqu'au 29 décembre minuit, ce soir minuit: a deadline's midnight right after its day
    ("clock_bare_midnight", "clock", r"{before_bare_midnight}(?P<named>minuit)\b(?!\s+(?:moins|et)\b)"),
    # midi et demi, minuit moins le quart: midday or midnight with its minutes needs no preposition (a part of the
    # day is never counted in minutes)
    (
        "clock_word_marked",
        "clock",
        r"\b(?P<named>midi|minuit)\s+(?P<minute_word>{clock_minutes})\b(?!\s+(?:de|d'|du|des)\b)",
    ),
    # 15 heures et demie, dix-sept heures et quart: an afternoon hour with its quarter or half is a time of day
    # without a preposition (a length of fifteen hours and a half is written with a cue: ``pendant``, ``durant``)
    (
        "clock_afternoon_fraction",
        "clock",
        r"(?<![\d,.])\b(?!{clock_duration_cue})(?P<hour>1[3-9]|2[0-3]|{afternoon_hour})\s+heures\s+"
        r"(?P<minute_word>et\s+(?:quart|demie?))\b(?!\s+(?:de|d'|du|des)\b)",
    ),
    # entre 14 et 16 heures, de 9 à 11 h: the first hour of a range takes the unit of the last (``dure de 2 à
    # 3 heures`` is a length)
    (
        "clock_range_shared",
        "hourlist",
        r"\b(?=(?:entre|de)\s+\w+\s+(?:et|à|jusqu'à)\s)(?!{clock_duration_cue})(?:entre|de)\s+(?P<hours>{hour})\s+(?:et|à|jusqu'à)\s+"
        r"(?P<hour>[01]?\d|2[0-4]|{clock_number})\s*(?:heures|h)(?:\s*(?P<minute>[0-5]\d)(?!\d))?(?![^\W\d_])(?!\s*\d)"
        r"(?:\s+(?P<period>{clock_period})\b)?",
    ),
    # vers 4 ou 5 heures (du matin): two guesses at one time, the first taking the unit of the last
    (
        "clock_either",
        "hourlist",
        r"\b(?=vers\s)vers\s+(?P<hours>{hour})\s+ou\s+"
        r"(?P<hour>[01]?\d|2[0-4]|{clock_number})\s*(?:heures|h)(?![^\W\d_])(?!\s*\d)"
        r"(?:\s+(?P<period>{clock_period})\b)?",
    ),
    # (de) 20 heures (à 6 heures): the start of a range of clock times, not a length of 20 hours
    (
        "clock_range_from",
        "clock",
        r"(?<=\bde\s)(?P<hour>[01]?\d|2[0-4]|{clock_number})\s+heures?\b"
        r"(?:\s+(?P<minute>[0-5]\d|{clock_number})(?![\d\w-]))?"
        r"(?=\s+(?:à|jusqu'à)\s+(?:(?:[01]?\d|2[0-4]|{clock_number})\s*(?:heures?|h)\b|midi\b|minuit\b))",
    ),
    # cinq jours, 24 heures, plusieurs années, un demi-siècle
    (
        "duration",
        "duration",
        r"\b(?P<num>{num}|quelques|plusieurs)\s+(?:{duration_adjective}\s+)?(?P<unit>{unit})\b"
        r"(?P<half>\s+et\s+(?:demie?|quart)\b)?",
    ),
    # un an et trois mois, deux jours et six heures: a unit and a smaller one joined (``trois jours et deux
    # nuits``, ``entre 14 heures et 16 heures`` are not one length)
    *(
        (
            "duration_compound",
            "duration",
            rf"\b(?P<num>{{num}})\s+(?P<unit>{larger})\s+et\s+(?P<num2>{{num}})\s+(?P<unit2>{smaller})\b",
        )
        for larger, smaller in (
            (r"ans?|années?", r"mois|semaines?|jours?"),
            (r"mois", r"semaines?|jours?"),
            (r"semaines?", r"jours?"),
            (r"jours?", r"heures?"),
            (r"minutes?", r"secondes?"),
        )
    ),
    # un an, deux mois et dix jours: three units, the first two parted by a comma
    *(
        (
            "duration_compound3",
            "duration",
            rf"\b(?P<num>{{num}})\s+(?P<unit>{larger})\s*,\s*(?P<num2>{{num}})\s+(?P<unit2>{middle})\s+et\s+"
            rf"(?P<num3>{{num}})\s+(?P<unit3>{smaller})\b",
        )
        for larger, middle, smaller in (
            (r"ans?|années?", r"mois", r"semaines?|jours?"),
            (r"jours?", r"heures?", r"minutes?"),
            (r"heures?", r"minutes?", r"secondes?"),
        )
    ),
    (
        "duration_approx",
        "duration",
        r"\bune\s+(?:(?:bonne|petite|grosse)\s+)?(?P<approx>{approx})\s+d(?:e\s+|')(?P<unit>{unit})\b",
    ),
    # depuis des mois, a duré des années
    (
        "duration_plural",
        "duration",
        r"(?=des\s)(?:{plural_length_cue})des\s+(?P<unit>{unit})\b(?!\s+(?:de|d'|du|des|qui|que|où)\b)",
    ),
    # des heures durant: a vague plural that ``durant`` after it makes a length
    ("duration_plural_during", "duration", r"\bdes\s+(?P<unit>{unit})(?=\s+durant\b)"),
    # pendant de longues heures, de longs mois: a vague plural made long
    (
        "duration_plural_long",
        "duration",
        r"\bde\s+(?:{long_plural_adjective})\s+(?P<unit>{unit})\b(?!\s+(?:qui|que|où)\b)",
    ),
    # ces derniers jours, les dernières 24 heures, les trois prochains mois
    (
        "duration_recent",
        "duration",
        r"\b(?:ces|les|des)\s+(?:(?P<num>{num})\s+)?(?:derniers|dernières|prochains|prochaines)\s+"
        r"(?:(?P<num2>{num})\s+)?(?P<unit>{unit})\b",
    ),
    # les neuf premiers mois (de l'année), les trois premières semaines: the first so many units, a length
    (
        "duration_first",
        "duration",
        r"\b(?:ces|les|des|aux|durant\s+les|pendant\s+les)\s+(?P<num>{num})\s+(?:premiers|premières)\s+(?P<unit>{unit})\b",
    ),
    # toute la semaine, toute la journée, tout le mois (a whole period: a duration of one)
    (
        "duration_whole",
        "duration",
        r"\b(?:toute\s+la|tout\s+le|toute\s+l'|tout\s+l')\s*(?P<whole>semaine|journée|année|an|mois|nuit|week-end|weekend)\b"
        r"(?!\s*(?:de|d'|du|des|\d|{mod})\b)(?!-)",
    ),
    (
        "duration_fraction",
        "duration",
        r"\b(?:une?\s+)(?P<fraction>demi|quart)[\s-]+(?:d')?(?P<unit>heure|siècle|journée)\b",
    ),
    ("duration_three_quarters", "duration", r"\b(?P<fraction>trois\s+quarts?)\s+d'(?P<unit>heure)\b"),
    # chaque lundi, tous les jours, tous les deux ans
    (
        "set",
        "set",
        r"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{num})\s+)?"
        r"(?:(?P<weekday>{weekday})s?(?:\s+(?P<wpart>matins?|soirs?|après-midi|midis?|nuits?)\b)?"
        r"|(?P<part>matins|soirs|nuits|matin|soir|nuit|après-midi|midis|midi)|(?P<unit>{unit})"
        r"|(?P<season>{season_plural}|{season})|(?P<day>{day})\s+(?P<month>{month}))(?![\w-])",
    ),
    # chaque mois de mai, tous les mois d'août: that month every year
    ("set_month", "set", r"\b(?:chaque|tous\s+les)\s+mois\s+(?:de\s+|d')(?P<month>{month})(?![\w-])"),
    # un jour sur deux, une semaine sur trois
    ("set_every_other", "set", r"\bune?\s+(?P<unit>{unit})\s+sur\s+(?P<num>{num})\b"),
    # chaque fin de mois, tous les débuts d'année: an edge of every such period recurs with the period
    (
        "set_edge",
        "set",
        r"\b(?:chaque|toutes\s+les|tous\s+les)\s+(?:fins?|débuts?|milieux?|mi)[\s-]+(?:de\s+|d')?"
        r"(?P<unit>semaine|mois|année|an|trimestre|semestre)\b",
    ),
    # dans la seconde moitié du siècle: a half of a century is dated by the century, as its end or start is
    (
        "half_century",
        "period",
        r"\b(?:(?:dans|durant|pendant|à|de|depuis|dès)\s+)?la\s+{half_ordinal}\s+moitié\s+du\s+"
        r"(?P<unit>siècle|millénaire)\b(?:\s+(?P<mod>{mod})\b|(?!\s+(?:de|d'|\d|des)))",
    ),
    # un dimanche sur deux: every other week, on that day
    ("set_every_other_weekday", "set", r"\bun\s+(?P<weekday>{weekday})\s+sur\s+(?P<every>{num})\b"),
    # le marché est ouvert le week-end: every weekend (in the past or future, one of them)
    # (les intempéries) du week-end: the one the tense points to
    # (la chaleur durera) jusqu'au week-end: the coming one, as ``pour le week-end``
    (
        "weekend_alone",
        "weekend",
        r"(?:\b(?:le|du)\s+|(?<=jusqu'au\s))(?:week-end|weekend)(?![\w-])(?!\s+(?:{mod}|de|du|d'|des|\d)\b)",
    ),
    # les week-ends: every weekend
    ("set_weekends", "set", r"\b(?:les|tous\s+les|chaque)\s+(?P<unit>week-ends?|weekends?)\b"),
    # le musée est fermé les mardis: every Tuesday
    (
        "set_weekday_plural",
        "set",
        r"\bles\s+(?P<weekday>{weekday})s\b(?:\s+(?P<wpart>matins?|soirs?|après-midi|midis?|nuits?)\b)?"
        r"(?!\s+(?:\d+|{weekday}|{mod})\b)",
    ),
    ("set_per", "set", r"\bpar\s+(?P<unit>jour|semaine|mois|an|année|heure|minute|trimestre|semestre|week-end)\b"),
    # deux fois l'an: a count a year, as ``par an``
    ("set_per_year", "set", r"(?<=\bfois\s)l'(?P<unit>an)\b"),
    # chaque premier dimanche du mois, tous les derniers vendredis du mois: one day a month
    (
        "set_month_weekday",
        "set",
        r"\b(?:chaque|tous\s+les)\s+(?P<nth>{weekday_ordinal})s?\s+(?P<weekday>{weekday})s?\s+"
        r"(?:du|de\s+chaque)\s+(?P<monthly>mois)\b",
    ),
    ("set_word", "set", r"\b(?P<setword>{setword})\b"),
    # le 1er de chaque mois: that day of every month
    ("set_month_day", "set", r"\ble\s+(?P<day>{day})\s+(?:de\s+chaque|de\s+tous\s+les)\s+mois\b"),
    # la nuit prochaine, en milieu de nuit prochaine: the coming night, which a forecast names by its modifier (the
    # night begun on the day of writing; see ``_part``)
    (
        "part_coming_night",
        "part",
        r"\b(?:en\s+(?:fin|début|milieu|cours)\s+de\s+|la\s+)(?P<part>nuit)\s+(?P<mod>prochaine)\b",
    ),
    # en fin de matinée, dans la soirée: a part of the day the narrative (or the article) is on
    (
        "part_alone",
        "part",
        r"\b(?:en|dans\s+la|dans\s+l'|durant\s+la|durant\s+l'|pendant\s+la|pendant\s+l'|au\s+cours\s+de\s+la"
        # ``en toute fin d'après-midi``: the very end of a part is its end
        r"|au\s+cours\s+de\s+l')\s*(?:(?:tout|toute)\s+(?=fin|début))?"
        r"(?P<part>(?:(?:fin|début|milieu|cours)\s+(?:de\s+|d'))?(?:matinée|après-midi|soirée|journée)"
        # ``en fin de nuit``, ``dans la nuit`` (``la nuit de mardi`` is read with its weekday)
        r"|(?<=\ben\s)(?:fin|début|milieu|cours)\s+de\s+nuit|(?<=\bdans\sla\s)nuit"
        # (not ``au cours de la nuit``: a report of the morning says which night only by its own date)
        # ``en seconde partie de nuit``: the weather forecast's halves of a part
        r"|(?<=\ben\s)(?:première|seconde|deuxième)\s+partie\s+de\s+(?:nuit|soirée|journée|matinée))\b"
        r"(?!\s+(?:de|du|d')\b)"
        r"|\b(?:tôt|tard)\s+(?:le|dans\s+la)\s+(?P<part2>matin|matinée|soirée|soir|nuit)\b"
        r"|\bl'(?P<part3>après-midi)(?!\s+(?:de|du|d'|où|qui|que)\b)"
        r"|\bla\s+(?P<part4>nuit)\s+(?P<mod>dernière)\b"
        # ``au beau milieu de la nuit``, ``en plein milieu de la matinée``: the very middle is the middle
        r"|\b(?:au|en|dans\s+le|dans\s+la)\s+(?:(?:beau|plein)\s+(?=milieu))?(?P<part5>petit\s+matin|pleine\s+matinée"
        r"|pleine?\s+après-midi|pleine\s+soirée"
        r"|pleine\s+nuit|(?:milieu|c(?:œ|oe)ur)\s+de\s+(?:la\s+nuit|la\s+journée|la\s+matinée|l'après-midi|la\s+soirée)"
        r"(?!\s+(?:de|du|d')\b))\b"
        r"|\b(?:à|dès|avant|après|vers|jusqu'à|d'ici)\s+(?:la\s+|l'|le\s+)?(?P<part6>aube{figurative_after}|petit\s+jour|crépuscule{figurative_after}|nuit\s+tombée|nuit\s+tombante"
        r"|nuit\s+close|heure\s+de\s+l'ap(?:éro|éritif)"
        r"|mi-journée|heure\s+du\s+déjeuner|heure\s+du\s+dîner|heure\s+du\s+petit[\s-]déjeuner|heure\s+du\s+goûter"
        r"|heure\s+du\s+souper|tombée\s+de\s+la\s+nuit|tombée\s+du\s+jour|pointe\s+du\s+jour"
        # ``dès la première heure``: the day's first hour (not ``la première heure de cours``)
        r"|(?<=\bla\s)première\s+heure(?!\s+(?:de|du|d'|des)\b))\b"
        r"|\b(?:au|dès\s+le|avant\s+le|après\s+le|vers\s+le|jusqu'au|aux|dès\s+les)\s+(?P<part7>lever\s+du\s+(?:jour|soleil)"
        r"|aurores|point\s+du\s+jour|déclin\s+du\s+jour"
        r"|premières\s+lueurs\s+(?:du\s+jour|de\s+l'aube)|premières\s+heures\s+(?:du\s+jour|de\s+la\s+journée)"
        r"|coucher\s+du\s+soleil|petit\s+jour|crépuscule{figurative_after}|chant\s+du\s+coq|premières\s+heures(?=\s+(?:de\s+(?:ce\s+)?(?:{weekday})|du\s+\d))|heures\s+les\s+plus\s+chaudes\s+de\s+la\s+journée)\b"
        # sayings with their own preposition: ``dès potron-minet``, ``entre chien et loup``, ``de bon matin``;
        # ``à une heure avancée de la nuit``; a break named as a meal is: ``pendant la pause déjeuner``
        r"|\b(?:(?:dès|à|vers|avant|après|jusqu'à)\s+)?(?P<part9>potron-minet)(?![\w-])"
        r"|\bentre\s+(?P<part10>chien\s+et\s+loup)\b|\bde\s+(?P<part11>bon\s+matin)\b"
        r"|\b(?:à|jusqu'à|vers)\s+une\s+(?P<part12>heure\s+(?:avancée\s+de\s+la\s+nuit|tardive))\b"
        r"|\b(?:pendant|durant|à|avant|après|dès|pour)\s+la\s+(?P<part13>pause[\s-](?:déjeuner|de\s+midi|du\s+déjeuner))\b"
        # à la fin de la journée, au début de la soirée (``la fin de la journée de mardi`` is read with its day)
        r"|\b(?:(?:à|jusqu'à|d'ici|vers|dès|avant)\s+la\s+(?=fin)|(?:au|jusqu'au|dès\s+le|vers\s+le)\s+(?=début))"
        r"(?P<part8>(?:fin|début)\s+de\s+(?:la\s+journée|la\s+matinée|l'après-midi|la\s+soirée|la\s+nuit))\b"
        r"(?!\s+(?:de|du|d')\b)",
    ),
    # Blockers: phrases that hold a time word yet are no time expression (the longest match wins and
    # is dropped): the working-week laws ``les 35 heures``.
    ("blocked_hours_law", "blocked", r"\b(?:les|aux|des)\s+(?:32|35|39)\s+heures\b(?!\s+(?:de|d'|par|sur)\b)"),
    # the car race, and ``un jour,`` opening a sentence (some day, no day in particular)
    ("blocked_race", "blocked", r"\b(?:les|des|aux)\s+24\s+heures\s+du\s+mans\b"),
    ("blocked_some_day", "blocked", r"\bun\s+jour\s*,"),
    # a road's number (``la D 2032``, ``l'A 1997``, ``la RN 2010``): a départementale, an autoroute, a nationale
    ("blocked_road", "blocked", r"(?-i:\b(?:[Ll]a|[Ll]'|[Ss]ur\s+la)\s*(?:RN|RD|[ADN])\s?\d{1,4}\b)"),
    # ``24 heures sur 24``, ``7 jours sur 7``: always, no length of time; ``à l'instant où``: a conjunction
    ("blocked_around_the_clock", "blocked", r"\b(?P<n>24|7)\s*(?:heures|h|jours)\s+sur\s+(?P=n)\b"),
    ("blocked_the_moment", "blocked", r"\bà\s+l'instant\s+(?:où|même\s+où|précis\s+où)"),
    # a copyright line's year (``© 2026 Tous droits réservés``, ``© Le Journal du Sud 2026``): the site's
    # boilerplate, dating nothing told, whether the owner's name comes before the year or not; the rest of the
    # line goes with it, so that the blocker outlasts the year alone
    (
        "blocked_copyright",
        "blocked",
        r"(?:(?<=©)|(?<=©\s)|(?<=\(c\)\s)|(?<=copyright\s))(?:[^\W\d_][\w'’.&-]*\s+){0,5}"
        r"(?:\d{4}\s*[-–]\s*)?\d{4}\b[^\n]*",
    ),
    # maintenant, actuellement
    ("reference", "reference", r"(?<![\w-])(?P<ref>{ref})(?![\w-])"),
    ("reference_aside", "reference", r"(?<![\w-])(?P<aside>{aside_ref})(?=\s*,)"),
)

#: Prepositions a date may open with that belong to the verb before it (``fixé | au 2 octobre``).
VERB_DATE_PREPOSITIONS: tuple[str, ...] = ("à", "au")
#: The endings of a past participle of the first conjugation (``proclamé``, ``arrivées``), the one a bare
#: participle before a day is nearly always written in; and the auxiliaries' lemmas, after which a participle is a
#: compound tense, not a bare participle before a day. Both are the speech tables' own.
PARTICIPLE_ENDINGS: tuple[str, ...] = FIRST_CONJUGATION_PARTICIPLE_ENDINGS
#: Endings of every past participle of the second and third groups as well (``partis``, ``venues``,
#: ``réunis``), for a participle the parser took for a noun (``des marcheurs partis mardi``): only read right
#: after the noun it qualifies. (``-t`` participles, ``morts``, ``faits``, are left out: too many nouns end so.)
ANY_PARTICIPLE_ENDINGS: tuple[str, ...] = (*FIRST_CONJUGATION_PARTICIPLE_ENDINGS, "is", "ies", "us", "ues")
AUXILIARY_LEMMAS: tuple[str, ...] = _SPEECH_AUXILIARIES
