"""The time-expression rules without spaCy: calendar arithmetic, the pattern table, and the resolver
driven with a fixed tense. Fast, and they pin each rule down apart from the parser's choices."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import recoupe.lang.fr.time as fr_time
from recoupe.analyze.timex.calendar import (
    Anchor,
    Direction,
    easter,
    infer_year,
    iso_week,
    pin_year,
    season_value,
    weekday_offset,
)
from recoupe.analyze.timex.grammar import TimexGrammar
from recoupe.analyze.timex.resolve import Document, TimexResolver
from recoupe.model import Timex

GRAMMAR = TimexGrammar(fr_time)
RESOLVER = TimexResolver(fr_time)


def tag(text: str, published: str | None = "2022-01-07", tense: Direction = None) -> list[Timex]:
    """Find and resolve with every verb read in ``tense`` and the whole text as one sentence."""
    document = Document(
        text=text,
        candidates=GRAMMAR.find(text),
        anchor=Anchor.parse(published),
        tense=lambda start, end: tense,
        sentence=lambda offset: 0,
        today=dt.date(2025, 6, 1),
    )
    return RESOLVER.resolve(document)


def values(text: str, published: str | None = "2022-01-07", tense: Direction = None) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, published, tense)}


# --------------------------------------------------------------------------------------------------
# Calendar


def test_anchor_precisions() -> None:
    assert Anchor.parse("2022-01-07") == Anchor(dt.date(2022, 1, 7))
    month = Anchor.parse("2022-01")
    assert month is not None and month.month_known and not month.day_known
    year = Anchor.parse("2022")
    assert year is not None and not year.month_known
    assert Anchor.parse(None) is None
    assert Anchor.parse("janvier") is None


@pytest.mark.parametrize(
    ("month", "day", "direction", "modifier", "year"),
    [
        (1, 2, "past", None, 2022),
        (12, 20, "past", None, 2021),
        (12, 20, None, None, 2021),  # 18 days back beats 11 months ahead
        (3, 15, "future", None, 2022),
        (1, 20, "past", None, 2022),  # a little ahead still beats a year back (the date may be late)
        (1, 20, None, None, 2022),
        (1, 6, None, 1, 2023),  # "le 6 janvier prochain"
        (1, 10, None, -1, 2021),  # "le 10 janvier dernier"
    ],
)
def test_infer_year(month: int, day: int, direction: Direction, modifier: int | None, year: int) -> None:
    assert infer_year(month, day, dt.date(2022, 1, 7), direction, modifier) == year


def test_weekday_with_day_prefers_the_matching_year() -> None:
    # 2 June was a Tuesday in 2021, a Thursday in 2022: "mardi 2 juin" seen from January 2022
    assert infer_year(6, 2, dt.date(2022, 1, 7), None, None, weekday=1) == 2021


def test_pin_year() -> None:
    assert pin_year(1, 7, 4, latest=2025) == 2022  # Friday 7 January
    assert pin_year(1, 10, 0, latest=2025) == 2022  # Monday 10 January


@pytest.mark.parametrize(
    ("weekday", "direction", "modifier", "offset"),
    [
        (1, "past", None, -3),  # Tuesday seen from Friday
        (1, "future", None, 4),
        (1, None, None, -3),
        (5, None, None, 1),
        (4, "past", None, 0),  # Friday seen from Friday: today
        (4, None, -1, -7),  # "vendredi dernier"
        (0, None, 1, 3),  # "lundi prochain"
    ],
)
def test_weekday_offset(weekday: int, direction: Direction, modifier: int | None, offset: int) -> None:
    assert weekday_offset(4, weekday, direction, modifier) == offset


def test_iso_week_easter_and_seasons() -> None:
    assert iso_week(dt.date(2022, 1, 2)) == "2021-W52"
    assert iso_week(dt.date(2022, 1, 13)) == "2022-W02"
    assert easter(2022) == dt.date(2022, 4, 17)
    assert easter(1999) == dt.date(1999, 4, 4)
    assert season_value("WI", dt.date(2022, 1, 7), None) == "2022-WI"
    assert season_value("SU", dt.date(2022, 1, 7), -1) == "2021-SU"
    assert season_value("SU", dt.date(2022, 10, 7), -1) == "2022-SU"
    assert season_value("SP", dt.date(2022, 1, 7), 1) == "2022-SP"


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("deux", 2),
        ("vingt-cinq", 25),
        ("trente et un", 31),
        ("soixante-dix", 70),
        ("quatre-vingt-dix", 90),
        ("quatre-vingts", 80),
        ("deux cents", 200),
        ("10", 10),
        ("30,4", 30.4),
        ("quelques", None),
    ],
)
def test_numbers_in_words(words: str, number: float | None) -> None:
    assert RESOLVER.number(words) == number


# --------------------------------------------------------------------------------------------------
# Finding


def test_every_pattern_compiles_and_placeholders_are_filled() -> None:
    assert len(GRAMMAR.patterns) == len(fr_time.PATTERNS)
    for pattern in GRAMMAR.patterns:
        assert not re.search(r"\{[a-z_]+\}", pattern.regex.pattern), pattern.name


def test_longest_match_wins() -> None:
    found = GRAMMAR.find("Deux jours plus tard, le 4 janvier 2022 au soir.")
    assert [(c.rule, c.kind) for c in found] == [("offset_later", "offset"), ("day_month", "date")]


def test_lists_split_into_members() -> None:
    text = "les 4, 5 et 6 janvier"
    found = GRAMMAR.find(text)
    assert [text[c.start : c.end] for c in found] == ["4", "5", "6 janvier"]
    assert all(c.groups["month"] == "janvier" for c in found)


def test_abbreviated_month_needs_its_dot() -> None:
    assert values("le 3 févr. 2020") == {"le 3 févr. 2020": "2020-02-03"}
    assert values("une oct de plus") == {}


# --------------------------------------------------------------------------------------------------
# Resolving


def test_tense_decides_the_weekday() -> None:
    assert values("mardi", tense="past") == {"mardi": "2022-01-04"}
    assert values("mardi", tense="future") == {"mardi": "2022-01-11"}


def test_narrative_moves_with_each_day_told() -> None:
    found = values("Le 2 janvier, ... Deux jours plus tard, ... La veille du 6 janvier, ... le lendemain", tense="past")
    assert found["Deux jours plus tard"] == "2022-01-04"
    assert found["La veille"] == "2022-01-05"
    assert found["le lendemain"] == "2022-01-07"


def test_bare_month_takes_the_year_the_sentence_just_set() -> None:
    found = values("deux ruptures en 97 (en janvier, puis en octobre), rien en 98", published="1999-07-29")
    assert found == {"en 97": "1997", "en janvier": "1997-01", "en octobre": "1997-10", "en 98": "1998"}


def test_relative_free_values_without_anchor() -> None:
    assert values("le 2 janvier, hier, la semaine dernière, l'an dernier", published=None) == {
        "le 2 janvier": "XXXX-01-02",
        "hier": None,
        "la semaine dernière": None,
        "l'an dernier": None,
    }


def test_day_alone_needs_a_month_in_the_text() -> None:
    assert values("Il habite au 10, rue de la Paix.") == {}
    assert values("Le 4 janvier, puis le 10, la grève.")["le 10"] == "2022-01-10"


def test_references_and_vague_periods_are_not_dates() -> None:
    found = tag("Il vit désormais à Paris. Il y a quelques jours, rien. Ces derniers mois, rien.")
    assert all(t.value is None or not t.value[0].isdigit() for t in found)


# --------------------------------------------------------------------------------------------------
# Peer-suite forms: clock times, parts of the day, word numbers, month ordinals (no parser needed)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("La digue a cédé à 3 heures de l'après-midi.", "à 3 heures de l'après-midi", "2022-01-07T15:00"),
        ("Le préfet parlera à quinze heures.", "à quinze heures", "2022-01-07T15:00"),
        ("Le train part à midi et demi.", "à midi et demi", "2022-01-07T12:30"),
        ("Le scrutin ferme à 19:30.", "à 19:30", "2022-01-07T19:30"),
        ("Le 3 janvier, la neige est tombée. À 15 h, les routes étaient fermées.", "À 15 h", "2022-01-03T15:00"),
        ("Les secours sont arrivés en fin de matinée.", "en fin de matinée", "2022-01-07TMO"),
        ("Un incendie a éclaté la nuit dernière.", "la nuit dernière", "2022-01-06TNI"),
        ("Le verdict sera rendu dans la journée.", "dans la journée", "2022-01-07"),
        ("Le barrage sera fermé le vingt-trois janvier.", "le vingt-trois janvier", "2022-01-23"),
        ("L'usine a ouvert en deux mille douze.", "en deux mille douze", "2012"),
        ("La grève a commencé le premier lundi de décembre.", "le premier lundi de décembre", "2021-12-06"),
        ("La foire se tient le dernier week-end de janvier.", "le dernier week-end de janvier", "2022-W04-WE"),
        ("La crue a culminé la semaine du 3 janvier.", "la semaine du 3 janvier", "2022-W01"),
        ("Le séisme a eu lieu mardi de la semaine dernière.", "mardi de la semaine dernière", "2021-12-28"),
        ("La mine a fermé il y a une dizaine d'années.", "il y a une dizaine d'années", "2012"),
        ("En 2010, le pont a été fermé ; deux ans plus tôt, il avait été inspecté.", "deux ans plus tôt", "2008"),
    ],
)
def test_peer_suite_forms(text: str, expression: str, value: str) -> None:
    assert values(text, tense="past")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("La séance a été suspendue une demi-heure.", "une demi-heure", "PT30M"),
        ("Les bus passent toutes les nuits.", "toutes les nuits", "XXXX-XX-XXTNI"),
        ("Le gardien passe chaque matin.", "chaque matin", "XXXX-XX-XXTMO"),
        ("Les pluies ont duré une quinzaine de jours.", "une quinzaine de jours", "P15D"),
        ("Les trois prochains jours seront pluvieux.", "Les trois prochains jours", "P3D"),
        ("Le niveau baisse dans les jours à venir.", "dans les jours à venir", "FUTURE_REF"),
    ],
)
def test_peer_suite_durations_sets_and_references(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Le passage aux 35 heures a divisé les syndicats.",
        "Les 24 Heures du Mans ont lieu en juin.",
        "Un jour, le village sera reconstruit.",
    ],
)
def test_blocked_phrases_are_no_duration(text: str) -> None:
    assert not [t for t in tag(text) if t.type == "DURATION"]


# --------------------------------------------------------------------------------------------------
# Unseen kinds (#16): each rule pinned by a French sentence (published Friday 7 January 2022)


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # clock readings with minutes before the hour, ``une`` and half past midnight
        ("Le car scolaire part à huit heures moins dix.", "future", "à huit heures moins dix", "2022-01-07T07:50"),
        ("Le phare s'est éteint à une heure du matin.", "past", "à une heure du matin", "2022-01-07T01:00"),
        ("Le bal des pompiers finira à minuit et demi.", "future", "à minuit et demi", "2022-01-08T00:30"),
        ("Le guichet ouvre entre 14 heures et 16 heures.", None, "et 16 heures", "2022-01-07T16:00"),
        # parts of a named day or date, and depth of a part
        ("Le vol a eu lieu dans la soirée de mardi.", "past", "dans la soirée de mardi", "2022-01-04TEV"),
        ("La grue est tombée le matin du 3 janvier.", "past", "le matin du 3 janvier", "2022-01-03TMO"),
        ("Les chalutiers sont rentrés au petit matin.", "past", "au petit matin", "2022-01-07TMO"),
        (
            "Le soir de la Saint-Sylvestre, le port était illuminé.",
            "past",
            "Le soir de la Saint-Sylvestre",
            "2021-12-31TEV",
        ),
        # weekdays: ``en huit``, ``suivant`` after a told day, ``ce``, the end of a range after its start
        ("Le jugement est renvoyé à mardi en huit.", "future", "mardi en huit", "2022-01-18"),
        (
            "Le 3 janvier, le club a licencié l'entraîneur ; le jeudi suivant, il a perdu.",
            "past",
            "le jeudi suivant",
            "2022-01-06",
        ),
        ("Le conseil se réunira ce mercredi.", "past", "ce mercredi", "2022-01-05"),
        ("La piscine sera fermée du lundi au mercredi.", "future", "mercredi", "2022-01-12"),
        ("La braderie aura lieu du samedi 15 au dimanche 16 janvier.", "future", "15", "2022-01-15"),
        # numeric and abbreviated dates
        ("La vente a été conclue le 14-12-2021.", "past", "14-12-2021", "2021-12-14"),
        ("Le bilan porte sur 11/2021.", None, "11/2021", "2021-11"),
        ("Le colis a été livré le 1er/12.", "past", "le 1er/12", "2021-12-01"),
        ("Le match s'est joué mar. 4 janv. à Lens.", "past", "mar. 4 janv.", "2022-01-04"),
        ("La taxe a été créée le 2 fév. 2019.", "past", "le 2 fév. 2019", "2019-02-02"),
        # periods: the current one, the narrative's month, a period's first or last day, weekends
        ("Le préfet tranchera dans la semaine.", "future", "dans la semaine", "2022-W01"),
        (
            "En octobre, la rivière a débordé. Le mois d'après, les champs étaient inondés.",
            "past",
            "Le mois d'après",
            "2021-11",
        ),
        ("Le dernier jour de l'année, les cloches ont sonné.", "past", "Le dernier jour de l'année", "2021-12-31"),
        (
            "Le premier jour du mois prochain, le tarif changera.",
            "future",
            "Le premier jour du mois prochain",
            "2022-02-01",
        ),
        ("La course cycliste passera ce weekend.", "future", "ce weekend", "2022-W01-WE"),
        ("Le loyer sera prélevé le 25 du mois.", "future", "le 25 du mois", "2022-01-25"),
        ("Le chantier rouvrira dans 48 heures.", "future", "dans 48 heures", "2022-01-09"),
        # decades in words, holidays named by their weekday or a saint's day after ``fête de``
        ("Le quartier a été bâti dans les années soixante-dix.", "past", "dans les années soixante-dix", "197"),
        ("Les écoles ferment le jeudi de l'Ascension.", "future", "le jeudi de l'Ascension", "2022-05-26"),
        ("La fête de la Saint-Jean animera le bourg.", "future", "fête de la Saint-Jean", "2022-06-24"),
    ],
)
def test_unseen_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a fraction alone is written in the next smaller unit, as ``une demi-heure`` is PT30M; a half after
        # whole units keeps its decimal (the issue's ``une heure et demie`` PT1.5H)
        ("Le trajet en bac dure une heure et demie.", "une heure et demie", "PT1.5H"),
        ("Le procès a duré deux ans et demi.", "deux ans et demi", "P2.5Y"),
        ("La pause a duré une heure et quart.", "une heure et quart", "PT1H15M"),
        ("La coupure a duré deux jours et demi.", "deux jours et demi", "P2.5D"),
        ("Le blocage a duré un mois et demi.", "un mois et demi", "P1.5M"),
        ("L'audience a été suspendue trois quarts d'heure.", "trois quarts d'heure", "PT45M"),
        # a clock reading after ``pendant``/``en`` is a length of time; hours and minutes together
        ("Le skipper a traversé la baie en 3 h 15.", "3 h 15", "PT3H15M"),
        ("La route a été coupée pendant 36 h.", "36 h", "PT36H"),
        ("Le marathon a duré 2 heures et 50 minutes.", "2 heures et 50 minutes", "PT2H50M"),
        # vague plurals after a duration cue
        ("La pénurie dure depuis des semaines.", "des semaines", "PXW"),
        ("Le phare a été construit il y a des siècles.", "il y a des siècles", "PAST_REF"),
        # sets of seasons, dates, parts of a weekday, quarters
        ("Les cigognes reviennent chaque printemps.", "chaque printemps", "XXXX-SP"),
        ("Les refuges ferment tous les hivers.", "tous les hivers", "XXXX-WI"),
        ("Le village fête chaque 15 août son saint patron.", "chaque 15 août", "XXXX-08-15"),
        ("La chorale répète chaque jeudi soir.", "chaque jeudi soir", "XXXX-WXX-4TEV"),
        ("Les comptes sont publiés une fois par trimestre.", "par trimestre", "P3M"),
        # references
        ("La passerelle sera bientôt rouverte.", "bientôt", "FUTURE_REF"),
        ("À l'époque, la mine employait deux mille ouvriers.", "À l'époque", "PAST_REF"),
    ],
)
def test_unseen_durations_sets_and_references(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "L'église de la Pentecôte a été repeinte.",  # a name's complement
        "Le port de Saint-Jean-de-Luz accueille des thoniers.",  # a place
        "Les loyers des mois d'été sont plus chers.",  # ``des mois`` without a duration cue
        "Il a relu les Mille et Une Nuits.",  # one of a plural unit: a title
    ],
)
def test_unseen_kinds_false_friends(text: str) -> None:
    assert not tag(text, tense="past")


def test_one_oclock_needs_minutes_or_a_part_of_the_day() -> None:
    """``à une heure de route`` is a length of time; ``à une heure du matin`` a time of day."""
    assert [t.type for t in tag("Le village est à une heure de route.")] == ["DURATION"]
    assert [t.type for t in tag("Le village a été évacué à une heure du matin.")] == ["TIME"]


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Les cars partiront aux alentours de midi.", "future", "aux alentours de midi", "2022-01-07T12:00"),
        ("La mairie publie ce jour son budget.", None, "ce jour", "2022-01-07"),
        (
            "Le 3 janvier, le stade a rouvert. Le soir même, une panne l'a plongé dans le noir.",
            "past",
            "Le soir même",
            "2022-01-03TEV",
        ),
        ("La brocante aura lieu le 15 et le 16 janvier.", "future", "15", "2022-01-15"),
        ("Le tour passera mardi 11 et mercredi 12 janvier.", "future", "11", "2022-01-11"),
        ("Les comptes seront arrêtés au dernier trimestre.", "future", "au dernier trimestre", "2022-Q4"),
        ("Le bon de commande est daté du 3 fev 2021.", "past", "3 fev 2021", "2021-02-03"),
        ("L'abbaye a été fondée en 1132.", "past", "en 1132", "1132"),
        ("Le réveillon de la Saint-Sylvestre a été sobre.", "past", "réveillon de la Saint-Sylvestre", "2021-12-31"),
    ],
)
def test_held_out_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("La pièce dure deux heures et quart.", "deux heures et quart", "PT2H15M"),
        ("La digue est surveillée depuis peu.", "depuis peu", "PAST_REF"),
        ("Le tram sera prolongé au cours des prochains mois.", "au cours des prochains mois", "FUTURE_REF"),
    ],
)
def test_held_out_durations_and_references(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_day_of_celebration_is_not_today() -> None:
    """``ce jour`` is today, but ``ce jour de fête`` names no day."""
    assert not tag("Ce jour de fête a réuni tout le quartier.", tense="past")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Les randonneurs sont partis à l'aube.", "past", "à l'aube", "2022-01-07TMO"),
        ("Les phares s'allument à la tombée de la nuit.", None, "à la tombée de la nuit", "2022-01-07TEV"),
        ("Les bateaux sont rentrés au lever du jour.", "past", "au lever du jour", "2022-01-07TMO"),
        ("La navette repartira le 9 à 8 h.", "future", "le 9 à 8 h", "2022-01-09T08:00"),
        ("La vente en ligne sera ouverte à partir du 20.", None, "à partir du 20", "2022-01-20"),
        ("La patinoire reste ouverte jusqu'au 30.", None, "jusqu'au 30", "2022-01-30"),
        ("Le marché de plein air ouvrira à compter de lundi.", None, "à compter de lundi", "2022-01-10"),
        ("Le sentier est enneigé au cœur de l'hiver.", None, "cœur de l'hiver", "2022-WI"),
        ("La course aura lieu le week-end du 5 février.", "future", "le week-end du 5 février", "2022-W05-WE"),
        ("Le car est parti il y a 2h.", "past", "il y a 2h", "2022-01-07"),
    ],
)
def test_third_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Le concert a duré une bonne heure.", "une bonne heure", "PT1H"),
        ("Les cotisations sont prélevées le 5 de chaque mois.", "le 5 de chaque mois", "XXXX-XX-05"),
        ("À ce jour, le chantier n'a pas repris.", "À ce jour", "PRESENT_REF"),
    ],
)
def test_third_batch_durations_sets_and_references(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_bare_day_number_stays_unread_without_a_temporal_cue() -> None:
    """``le 12`` may be a house number; ``dès le 12`` or ``le 12 à 9 h`` is a date."""
    assert not tag("Il habite le 12, rue des Lilas.")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("La digue a cédé il y a 2 mois et 3 jours.", "past", "il y a 2 mois et 3 jours", "2021-11-04"),
        ("Le ferry accostera dans une demi-heure.", "future", "dans une demi-heure", "2022-01-07"),
        ("Le verdict tombera vers 17h ce vendredi.", "future", "vers 17h ce vendredi", "2022-01-07T17:00"),
        (
            "La sirène a sonné à 2 h dans la nuit de jeudi à vendredi.",
            "past",
            "à 2 h dans la nuit de jeudi à vendredi",
            "2022-01-07T02:00",
        ),
        ("La décollage est prévu à 9 heures 15 minutes.", "future", "à 9 heures 15 minutes", "2022-01-07T09:15"),
        (
            "Les ventes ont reculé au deuxième trimestre de l'an dernier.",
            "past",
            "au deuxième trimestre de l'an dernier",
            "2021-Q2",
        ),
    ],
)
def test_fourth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # a weekday after ``le`` in the present is every such day; in the past it is one day
        ("La chorale répète le mardi.", "present", "le mardi", "XXXX-WXX-2"),
        ("La chorale a répété le mardi.", "past", "le mardi", "2022-01-04"),
        ("Le marché se tient le samedi matin.", "present", "le samedi matin", "XXXX-WXX-6TMO"),
        ("Le car passe toutes les demi-heures.", None, "toutes les demi-heures", "PT30M"),
        ("Les poubelles sont sorties un jour sur deux.", None, "un jour sur deux", "P2D"),
        ("Le score est tombé à l'instant.", None, "à l'instant", "PRESENT_REF"),
    ],
)
def test_fourth_batch_sets_and_references(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "L'accueil est assuré 24 heures sur 24.",
        "Le standard répond 7 jours sur 7.",
        "Le Nouvel An chinois a été fêté dans le quartier.",
        "Il a levé la tête à l'instant où le train passait.",
    ],
)
def test_fourth_batch_false_friends(text: str) -> None:
    assert not tag(text, tense="past")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Il est 16 heures et le jury délibère encore.", "present", "Il est 16 heures", "2022-01-07T16:00"),
        ("Il était presque minuit quand l'orage a éclaté.", "past", "Il était presque minuit", "2022-01-07T24:00"),
        ("Le préfet parlera dans la soirée de demain.", "future", "dans la soirée de demain", "2022-01-08TEV"),
        ("Le pont a rouvert il y a plus d'un mois.", "past", "il y a plus d'un mois", "2021-12"),
        ("Le scrutin aura lieu dans à peine trois semaines.", "future", "dans à peine trois semaines", "2022-01-28"),
        ("Les bénéfices du T3 2021 ont reculé.", "past", "T3 2021", "2021-Q3"),
        ("Le plan couvre le S2 2022.", None, "S2 2022", "2022-H2"),
        ("Le maire a parlé jeudi dernier au soir.", "past", "jeudi dernier au soir", "2022-01-06TEV"),
        ("Les travaux ont commencé au printemps.", "past", "au printemps", "2021-SP"),
        ("Les travaux commenceront à l'automne.", "future", "l'automne", "2022-FA"),
    ],
)
def test_fifth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


def test_a_vague_offset_is_found_without_a_day() -> None:
    """``quelques jours plus tard`` names no day: it is found, with no value."""
    found = tag("Le 2 janvier, la digue a cédé. Quelques jours plus tard, la vallée était inondée.", tense="past")
    assert [(t.text, t.value) for t in found][-1] == ("Quelques jours plus tard", None)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Par le passé, le lac gelait chaque hiver.", "Par le passé", "PAST_REF"),
        ("Dans l'avenir, la ligne sera doublée.", "Dans l'avenir", "FUTURE_REF"),
        ("À cette époque, le port était prospère.", "À cette époque", "PAST_REF"),
    ],
)
def test_fifth_batch_references(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_it_is_midday_of_a_career_is_no_time() -> None:
    """``il est midi moins le quart de sa carrière`` is a figure of speech (``de`` after the reading)."""
    assert not tag("Il est midi moins le quart de sa carrière.", tense="present")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Les bureaux ont fermé lundi et mardi derniers.", "past", "lundi", "2022-01-03"),
        ("Le dossier sera déposé d'ici mardi.", None, "d'ici mardi", "2022-01-11"),
        (
            "Le 3 janvier, la neige est tombée. Ce soir-là, les trains étaient bloqués.",
            "past",
            "Ce soir-là",
            "2022-01-03TEV",
        ),
        ("L'abbaye a été agrandie du XIIe au XIVe siècle.", "past", "XIIe", "11"),
        ("L'abbaye a été agrandie aux XIIe et XIIIe siècles.", "past", "XIIIe siècles", "12"),
        ("Le loyer est dû le 25 de ce mois.", "future", "le 25 de ce mois", "2022-01-25"),
        ("La commémoration aura lieu le 11-Novembre.", "future", "le 11-Novembre", "2022-11-11"),
        ("Le marché de nuit anime le port les week-ends.", "present", "les week-ends", "XXXX-WXX-WE"),
        ("Le spectacle a duré une heure trente.", "past", "une heure trente", "PT1H30M"),
    ],
)
def test_sixth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


def test_a_year_after_a_word_and_a_hyphen_is_a_name() -> None:
    """``la rue du 8-Mai-1945`` is a street; ``mi-2024`` is a date (``mi`` is an edge of the year)."""
    assert not tag("La rue du 8-Mai-1945 est barrée.")
    assert values("Les prix ont monté à la mi-2021.")["mi-2021"] == "2021"


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # a clock reading after ``aux environs de``, and ``midi`` opening a range
        ("Le convoi est passé aux environs de 23 heures.", "past", "aux environs de 23 heures", "2022-01-07T23:00"),
        ("Le standard est fermé entre midi et 13 h 30.", "present", "entre midi", "2022-01-07T12:00"),
        # ``la nuit du 8 au 9 janvier`` is the night that starts on the 8th
        ("Le toit a cédé dans la nuit du 3 au 4 janvier.", "past", "dans la nuit du 3 au 4 janvier", "2022-01-03TNI"),
        (
            "La fête a duré la nuit du 31 décembre au 1er janvier.",
            "past",
            "la nuit du 31 décembre au 1er janvier",
            "2021-12-31TNI",
        ),
        ("Le marché ferme à la mi-journée.", "present", "à la mi-journée", "2022-01-07TMI"),
        # a quarter without its year: the past one or the coming one as the verb says
        ("Les commandes ont baissé au troisième trimestre.", "past", "au troisième trimestre", "2021-Q3"),
        ("Les commandes remonteront au premier trimestre.", "future", "au premier trimestre", "2022-Q1"),
        ("Le bénéfice a doublé au T3.", "past", "au T3", "2021-Q3"),
        ("Les comptes seront arrêtés en fin de semestre.", "future", "en fin de semestre", "2022-H1"),
        # ``il y a un peu plus d'un an``: the qualifier leaves the offset as it is
        ("Le maire a démissionné il y a un peu plus d'un an.", "past", "il y a un peu plus d'un an", "2021"),
        ("Le tunnel sera percé dans un peu moins de deux mois.", "future", "dans un peu moins de deux mois", "2022-03"),
        # a day written in words with its year in words; a year read in hundreds
        (
            "Le roi est mort le trois mars mille sept cent douze.",
            "past",
            "le trois mars mille sept cent douze",
            "1712-03-03",
        ),
        ("L'école a ouvert en dix-neuf cent trente.", "past", "en dix-neuf cent trente", "1930"),
        (
            "Le phare a été bâti en l'an dix-sept cent quatre-vingt-neuf.",
            "past",
            "l'an dix-sept cent quatre-vingt-neuf",
            "1789",
        ),
        # ``le 12 courant``: a day of this month
        ("La somme a été versée le 3 courant.", "past", "le 3 courant", "2022-01-03"),
        ("Le dossier sera clos le 28 courant.", "future", "le 28 courant", "2022-01-28"),
        ("Le chômage a reculé pendant la décennie 1990.", "past", "la décennie 1990", "199"),
        ("Le chantier a repris le 04.01 au soir.", "past", "le 04.01 au soir", "2022-01-04TEV"),
    ],
)
def test_seventh_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Les rues s'animeront pour la Fête de la musique.", "future", "la Fête de la musique", "2022-06-21"),
        ("Les écoles seront fermées le Vendredi saint.", "future", "le Vendredi saint", "2022-04-15"),
        ("Les boulangers ont vendu des pains d'épices à la Saint-Nicolas.", "past", "la Saint-Nicolas", "2021-12-06"),
        ("La Saint-Valentin fera le bonheur des fleuristes.", "future", "La Saint-Valentin", "2022-02-14"),
        ("Les cérémonies de l'Assomption ont attiré des pèlerins.", "past", "cérémonies de l'Assomption", "2021-08-15"),
    ],
)
def test_holidays_by_their_rites_and_saints(text: str, tense: Direction, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, tense=tense) if expression in t.text] == [value]


def test_a_saints_name_after_de_is_a_place() -> None:
    """``la basilique de la Saint-…`` hangs the name on a building; the saint's day needs its own ``la``."""
    assert not tag("Les pèlerins ont visité la crypte de la Saint-Nicolas.", tense="past")


def test_how_long_ago_with_que_is_a_length_of_time() -> None:
    """``voilà trois ans que la mine est fermée`` says how long, not when: a duration."""
    assert values("Voilà trois ans que la mine est fermée.", tense="present") == {"trois ans": "P3Y"}
    assert values("Il y a six mois que le pont est coupé.", tense="present") == {"six mois": "P6M"}
    assert values("Voilà trois ans, la mine fermait.", tense="past") == {"Voilà trois ans": "2019"}


def test_a_day_takes_the_year_its_sentence_names() -> None:
    """``Pâques 2027 tombera le 28 mars``: the day is in the year the sentence has just named."""
    found = values("La Pentecôte 2030 tombera le 9 juin.", tense="future")
    assert found == {"La Pentecôte 2030": "2030-06-09", "le 9 juin": "2030-06-09"}
    # a bare year is a looser frame: ``pour l'an 2040`` does not date the vote
    assert values("Pour l'an 2040, le conseil a voté son plan le 3 mars.", tense="past")["le 3 mars"] == "2021-03-03"


def test_a_dot_between_small_numbers_is_no_date() -> None:
    """Only two two-digit parts after an article read as a day and month: ``le 2.3`` is a figure."""
    assert not tag("Le taux est passé de 1.5 à 2.3.", tense="past")
    assert not tag("Le 1.5 litre coûte plus cher.", tense="present")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # clock readings after ``passé``, ``après``; ``de midi à``; an end before its start is the next day
        ("Le quartier est calme passé 23 heures.", "present", "passé 23 heures", "2022-01-07T23:00"),
        ("Le parking est gratuit après 21 heures.", "present", "après 21 heures", "2022-01-07T21:00"),
        ("La mairie est ouverte de midi à 15 heures.", "present", "de midi", "2022-01-07T12:00"),
        ("Le périphérique sera fermé de 23 h à 4 h.", "future", "à 4 h", "2022-01-08T04:00"),
        # a day of the month with its part of the day; the night between two days of it
        ("Les pompiers sont revenus le 5 au soir.", "past", "le 5 au soir", "2022-01-05TEV"),
        ("Le vent a soufflé dans la nuit du 4 au 5.", "past", "dans la nuit du 4 au 5", "2022-01-04TNI"),
        ("Le chalutier est rentré en fin de nuit.", "past", "en fin de nuit", "2022-01-07TNI"),
        ("Les coups de feu ont cessé dans la nuit.", "past", "dans la nuit", "2022-01-07TNI"),
        ("Le ministre parlera à l'heure du dîner.", "future", "à l'heure du dîner", "2022-01-07TEV"),
        ("Le climat s'est réchauffé au cours de cette décennie.", "past", "cette décennie", "202"),
        ("La sécheresse a frappé en fin de printemps.", "past", "fin de printemps", "2021-SP"),
        # a week by its ISO number
        ("Les travaux commenceront en semaine 7.", "future", "en semaine 7", "2022-W07"),
        ("Le bilan de la semaine 52 2021 est mauvais.", "past", "de la semaine 52 2021", "2021-W52"),
        ("Pour l'heure, le pont reste fermé.", "present", "Pour l'heure", "PRESENT_REF"),
        ("Le train partira dans une heure et quart.", "future", "dans une heure et quart", "2022-01-07"),
        ("Le port a fermé il y a maintenant dix ans.", "past", "il y a maintenant dix ans", "2012"),
        ("La bibliothèque est fermée les jeudis.", "present", "les jeudis", "XXXX-WXX-4"),
        ("Le donjon a été élevé en douze cent cinquante.", "past", "en douze cent cinquante", "1250"),
        ("La ville a grandi dans les années 1980-1990.", "past", "dans les années 1980", "198"),
        ("Les villageois célébreront Mardi gras.", "future", "célébreront Mardi gras", "2022-03-01"),
        # a length of a unit and a smaller one
        ("Le chantier a duré un an et six mois.", "past", "un an et six mois", "P1Y6M"),
        ("La panne a duré deux jours et quatre heures.", "past", "deux jours et quatre heures", "P2DT4H"),
        # an offset from the month the narrative is in
        (
            "En juin 2019, la mine a fermé ; trois mois plus tard, elle a rouvert.",
            "past",
            "trois mois plus tard",
            "2019-09",
        ),
    ],
)
def test_eighth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert values(text, tense=tense)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("La fête des pères sera célébrée dimanche.", "La fête des pères", "2022-06-19"),
        ("La fête des mères 2024 a rassemblé les familles.", "La fête des mères 2024", "2024-05-26"),
        # Whit Sunday 2023 was the last Sunday of May: Mothers' Day moved to the first Sunday of June
        ("La fête des mères 2023 a rassemblé les familles.", "La fête des mères 2023", "2023-06-04"),
        ("Les routes seront chargées pendant le pont du 11-Novembre.", "11-Novembre", "2022-11-11"),
    ],
)
def test_holidays_of_a_weekday_and_of_a_bridge(text: str, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, tense="future") if expression in t.text] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Le repas de midi est servi au réfectoire.",
        "Le Siècle d'or a vu fleurir les peintres.",
        "La réunion a lieu entre 10 heures et 11 heures.",
    ],
)
def test_eighth_batch_false_friends(text: str) -> None:
    """No time where the words only look like one: the midday meal, a golden age, and a range of two
    clock times is no length of time."""
    found = tag(text, tense="present")
    assert all(t.type != "DURATION" for t in found) and all("Siècle" not in t.text for t in found)
    if "repas" in text:
        assert not found


def test_a_clock_reading_before_de_is_a_length_of_time() -> None:
    """``après 18 heures de grève`` is how long the strike lasted, not a time of day."""
    assert values("Le blocage a été levé après 18 heures de grève.", tense="past") == {"18 heures": "PT18H"}


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("En 2011, le port a fermé ; la même année, la mine a suivi.", "past", "la même année", "2011"),
        ("Le bal a fini vers les 2 heures du matin.", "past", "vers les 2 heures du matin", "2022-01-07T02:00"),
        ("La sirène retentit sur les coups de midi.", "present", "sur les coups de midi", "2022-01-07T12:00"),
        ("Le pont sera fermé entre 22 h et minuit.", "future", "et minuit", "2022-01-07T24:00"),
        ("Les voyageurs ont attendu des heures sur le quai.", "past", "des heures", "PTXH"),
        ("Le fleuve a monté au cours des trois derniers jours.", "past", "des trois derniers jours", "P3D"),
        ("Les pèlerins fêteront la Saint-Patrick à Dublin.", "future", "la Saint-Patrick", "2022-03-17"),
        ("Les offices auront lieu le Jeudi saint.", "future", "le Jeudi saint", "2022-04-14"),
        ("Les défilés du 1er-Mai ont rassemblé les syndicats.", "past", "du 1er-Mai", "2021-05-01"),
        ("Les ventes ont reculé durant la seconde moitié de l'année dernière.", "past", "la seconde moitié", "2021-H2"),
        ("La croissance a repris dans la première moitié de 2021.", "past", "la première moitié de 2021", "2021-H1"),
        ("La digue a cédé il y a deux ans jour pour jour.", "past", "il y a deux ans jour pour jour", "2020-01-07"),
        ("Le bail prendra fin dans trois ans jour pour jour.", "future", "dans trois ans jour pour jour", "2025-01-07"),
        ("Le vent faiblira dans les prochaines minutes.", "future", "dans les prochaines minutes", "FUTURE_REF"),
        ("Les prix grimperont dans les années qui viennent.", "future", "dans les années qui viennent", "FUTURE_REF"),
        ("Le moulin a tourné de 1780 à nos jours.", "past", "à nos jours", "PRESENT_REF"),
    ],
)
def test_ninth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, tense=tense) if expression in t.text] == [value]


def test_listed_decades_are_each_a_decade() -> None:
    """``les années 1970 et 1980``: the second member is a decade too, not the year 1980."""
    found = values("Le disco a régné dans les années 1970 et 1980.", tense="past")
    assert found == {"1970": "197", "1980": "198"}


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        ("Le tunnel sera percé dans une bonne quinzaine de jours.", "future", "une bonne quinzaine de jours", "P15D"),
        ("Les fleuristes attendent Pâques avec impatience.", "present", "Pâques", "2022-04-17"),
        ("Le chantier est à l'arrêt depuis longtemps.", "present", "depuis longtemps", "PAST_REF"),
        ("Le jury rendra son verdict jeudi 16 heures.", "future", "jeudi 16 heures", "2022-01-13T16:00"),
        ("Le ministre arrivera demain 9 heures 30.", "future", "demain 9 heures 30", "2022-01-08T09:30"),
        # ``le week-end``: every weekend with a present verb, else the coming or the last one
        ("La bibliothèque ferme le week-end.", "present", "le week-end", "XXXX-WXX-WE"),
        ("Le club jouera le week-end.", "future", "le week-end", "2022-W01-WE"),
        ("Les pompiers sont intervenus le week-end.", "past", "le week-end", "2021-W52-WE"),
    ],
)
def test_tenth_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, tense=tense) if expression in t.text] == [value]


def test_the_island_of_easter_is_no_date() -> None:
    """``Pâques`` is a date wherever it stands, but after ``de`` it names a thing (``l'île de Pâques``)."""
    assert not tag("Les statues de l'île de Pâques attirent les touristes.", tense="present")


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        (
            "Les secours resteront mobilisés dans les tout prochains jours.",
            "future",
            "tout prochains jours",
            "FUTURE_REF",
        ),
        ("Les décrets paraîtront cette fin de semaine.", "future", "cette fin de semaine", "2022-W01"),
        ("La décision tombera en ce début d'année.", "future", "ce début d'année", "2022"),
        ("Les rues s'illuminent pour les fêtes de fin d'année.", "present", "fin d'année", "2022"),
        ("Le bâtiment avait été vendu auparavant.", "past", "auparavant", "PAST_REF"),
    ],
)
def test_eleventh_batch_kinds(text: str, tense: Direction, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, tense=tense) if expression in t.text] == [value]


def test_a_day_before_an_offset_word_stays_the_offset() -> None:
    """``trois jours auparavant`` is one offset, not a length and a past reference."""
    assert values("Le 9 janvier, la digue a cédé ; trois jours auparavant, il avait plu.", tense="past") == {
        "Le 9 janvier": "2022-01-09",
        "trois jours auparavant": "2022-01-06",
    }


@pytest.mark.parametrize(
    ("text", "published", "tense", "expression", "value"),
    [
        # a feast comes once a year: the verb's tense picks the last or the next one, however near the other
        ("La fête de la Saint-Jean a réuni le village.", "2022-05-20", "past", "Saint-Jean", "2021-06-24"),
        ("Les galettes seront vendues à l'Épiphanie.", "2022-01-10", "future", "l'Épiphanie", "2023-01-06"),
        # a feast as a bound keeps the nearest one
        ("Les tombes ont été fleuries avant la Toussaint.", "2022-10-25", "past", "la Toussaint", "2022-11-01"),
    ],
)
def test_a_feast_is_on_the_side_the_tense_says(
    text: str, published: str, tense: Direction, expression: str, value: str
) -> None:
    assert [t.value for t in tag(text, published, tense) if expression in t.text] == [value]


@pytest.mark.parametrize(
    ("text", "published", "tense", "expression", "value"),
    [
        # year first with slashes, as a database or an Asian source writes it
        ("La commande passée le 2026/09/15 a été livrée.", "2026-10-07", "past", "2026/09/15", "2026-09-15"),
        # during a part of the day
        (
            "Les pompiers sont intervenus en cours de matinée.",
            "2026-10-07",
            "past",
            "en cours de matinée",
            "2026-10-07TMO",
        ),
        # the same part of the day as the date just told
        (
            "Le 18 avril, le président a parlé ; le même soir, des heurts ont éclaté.",
            "2027-04-22",
            "past",
            "le même soir",
            "2027-04-18TEV",
        ),
        # every Sunday morning
        ("La pharmacie ouvre les dimanches matin.", "2027-04-22", "present", "les dimanches matin", "XXXX-WXX-7TMO"),
        # the future without a date
        ("La décision sera prise ultérieurement.", "2025-11-26", "future", "ultérieurement", "FUTURE_REF"),
        ("Le texte sera examiné d'ici peu.", "2025-11-26", "future", "d'ici peu", "FUTURE_REF"),
        # the eve of a holiday in apposition, without its article
        (
            "Mardi prochain, veille de Noël, les magasins fermeront tôt.",
            "2024-12-17",
            "future",
            "veille de Noël",
            "2024-12-24",
        ),
        # a winter across two years carries the year of its January
        ("L'hiver 2025-2026 a été exceptionnellement doux.", "2027-01-15", "past", "L'hiver 2025-2026", "2026-WI"),
    ],
)
def test_thirteenth_to_sixteenth_batch_kinds(
    text: str, published: str, tense: Direction, expression: str, value: str
) -> None:
    assert [t.value for t in tag(text, published, tense) if expression in t.text] == [value]


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # written on Wednesday 12 March 2025: ``ce dimanche`` is this week's, whatever the nearest
        ("Les bureaux de vote fermeront ce dimanche.", "future", "ce dimanche", "2025-03-16"),
        ("Le sommet s'est tenu ce lundi.", "past", "ce lundi", "2025-03-10"),
        # a past verb and a day still ahead this week: the last one
        ("Le sommet s'est tenu ce vendredi.", "past", "ce vendredi", "2025-03-07"),
        # a future verb and a day over this week: the nearest one
        ("Le musée sera fermé ce mardi.", "future", "ce mardi", "2025-03-11"),
    ],
)
def test_this_weekday_is_this_weeks_unless_the_tense_says_otherwise(
    text: str, tense: Direction, expression: str, value: str
) -> None:
    assert [t.value for t in tag(text, "2025-03-12", tense) if expression in t.text] == [value]


def test_a_day_something_is_put_off_to_lies_ahead() -> None:
    """``a été reportée``: a past verb, yet the day it is put off to is to come."""
    assert values("La réunion a été reportée à mardi.", "2026-02-13", tense="past") == {"mardi": "2026-02-17"}
    assert values("Le vote a été repoussé au 20 février.", "2026-02-13", tense="past") == {
        "au 20 février": "2026-02-20"
    }


def test_a_day_something_is_extended_to_or_a_ruling_reserved_to_lies_ahead() -> None:
    """``a été prolongé jusqu'au``, ``mis en délibéré au``: past verbs, the day they point to is to come."""
    assert values("Le contrat de l'entraîneur a été prolongé jusqu'au 15 mars.", "2028-01-20", tense="past") == {
        "jusqu'au 15 mars": "2028-03-15"
    }
    assert values("Le tribunal a mis sa décision en délibéré au 2 septembre.", "2028-06-20", tense="past") == {
        "au 2 septembre": "2028-09-02"
    }
    assert values("Le chômage partiel a été prorogé jusqu'à la fin du mois de juin.", "2028-04-02", tense="past") == {
        "fin du mois de juin": "2028-06"
    }


def test_printemps_takes_le_or_du_with_a_year_or_a_modifier() -> None:
    """``printemps`` does not elide: ``le printemps dernier``, ``du printemps 2024``; bare ``du printemps``
    (``l'arrivée du printemps``) names no particular spring."""
    assert values("La sécheresse du printemps dernier a réduit la récolte de blé.", "2028-01-20") == {
        "du printemps dernier": "2027-SP"
    }
    assert values("Les crues du printemps 2024 ont coûté cher aux maraîchers.", "2028-01-20") == {
        "du printemps 2024": "2024-SP"
    }
    assert values("Le printemps dernier, la cueillette a commencé tôt.", "2028-01-20") == {
        "Le printemps dernier": "2027-SP"
    }
    assert values("Les jardiniers guettent l'arrivée du printemps.", "2028-01-20") == {}


def test_a_range_of_clock_times_from_de_and_an_end_that_follows_the_start() -> None:
    """``de 20 heures à 6 heures``: two clock times, not a length of 20 hours; an end earlier than the
    start, told by ``se termine``, is on the next day."""
    assert values("Les rassemblements sont interdits de 20 heures à 6 heures.", "2024-09-09", "present") == {
        "20 heures": "2024-09-09T20:00",
        "à 6 heures": "2024-09-10T06:00",
    }
    assert values("Le couvre-feu commence à 22 h et se termine à 6 h.", "2025-03-12", "present") == {
        "à 22 h": "2025-03-12T22:00",
        "à 6 h": "2025-03-13T06:00",
    }
    assert values("Le train a eu un retard de 20 heures.", "2024-09-09", "past") == {"20 heures": "PT20H"}


def test_an_anaphor_set_beside_a_day_is_that_day() -> None:
    """``hier, au lendemain de la démission``: yesterday was the morrow of the resignation, not the day
    after yesterday; without a day beside it, an article-less ``lendemain de fête`` is no date."""
    assert values("La crise a éclaté hier, au lendemain de la démission du maire.", "2025-05-14", "past") == {
        "hier": "2025-05-13",
        "au lendemain": "2025-05-13",
    }
    assert values("Le 4 mai, veille du scrutin, les candidats se sont tus.", "2025-05-14", "past") == {
        "Le 4 mai": "2025-05-04",
        "veille": "2025-05-04",
    }
    assert values("Le maire, lendemain de fête, a dormi.", "2025-05-14", "past") == {}
    assert values("Le 4 mai, la veille du 5 mai, il a plu.", "2025-05-14", "past")["la veille"] == "2025-05-04"


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # written on Wednesday 12 March 2025
        ("Le train part à 3h et quart.", "present", "3h et quart", "2025-03-12T03:15"),
        ("La réunion aura lieu au prochain trimestre.", "future", "prochain trimestre", "2025-Q2"),
        ("Les résultats du 4ème trimestre 2025 seront publiés.", "future", "4ème trimestre 2025", "2025-Q4"),
        ("La réunion aura lieu mardi de cette semaine.", "future", "mardi de cette semaine", "2025-03-11"),
        ("La réunion aura lieu à 9h précises demain matin.", "future", "9h précises demain matin", "2025-03-13T09:00"),
        ("La réunion aura lieu en cours d'année.", "future", "en cours d'année", "2025"),
        ("Les pêcheurs partent aux aurores.", "present", "aux aurores", "2025-03-12TMO"),
    ],
)
def test_forms_of_a_general_suite(text: str, tense: Direction, expression: str, value: str) -> None:
    assert [t.value for t in tag(text, "2025-03-12", tense) if expression in t.text] == [value]


@pytest.mark.parametrize(
    ("text", "tense", "expression", "value"),
    [
        # written on Wednesday 12 March 2025: a half year or month counted in the next smaller unit
        ("La réunion aura lieu dans un an et demi.", "future", "dans un an et demi", "2026-09"),
        ("La réunion a eu lieu il y a un mois et demi.", "past", "il y a un mois et demi", "2025-01"),
        # a day of the month with its weekday and its part of the day
        ("Les faits se sont produits samedi 8 au soir.", "past", "samedi 8 au soir", "2025-03-08TEV"),
        # a morning hour of a night is on the next day
        (
            "Les coups de feu ont éclaté dans la nuit de samedi à dimanche vers 3 h.",
            "past",
            "vers 3 h",
            "2025-03-09T03:00",
        ),
        ("Les faits remontent au début du siècle.", "past", "début du siècle", "20"),
    ],
)
def test_halves_of_offsets_days_with_their_part_and_nights_with_an_hour(
    text: str, tense: Direction, expression: str, value: str
) -> None:
    assert [t.value for t in tag(text, "2025-03-12", tense) if expression in t.text] == [value]


def test_a_bare_day_after_what_takes_place_is_a_date() -> None:
    """``aura lieu le 25``: a day of the month the article is in; ``au 25, rue…`` stays a house number."""
    assert values("Le vote aura lieu le 25.", "2025-03-12", "future") == {"le 25": "2025-03-25"}
    assert values("Le vote est prévu pour le 20.", "2025-03-12", "present") == {"le 20": "2025-03-20"}
    assert values("Il habite au 25, rue des Lilas.", "2025-03-12", "present") == {}


def test_lists_of_days_with_puis_and_plural_weekdays() -> None:
    assert values("Les élections auront lieu le 15 puis le 22 juin.", "2025-03-12", "future") == {
        "15": "2025-06-15",
        "22 juin": "2025-06-22",
    }
    assert values("Les élections auront lieu les dimanches 15 et 22 juin.", "2025-03-12", "future") == {
        "15": "2025-06-15",
        "22 juin": "2025-06-22",
    }


def test_a_month_after_a_and_pour_in_lower_case_and_the_weekend_of_a_noun() -> None:
    """``remonte à février``: a month; ``vers Mars``, ``à Mai``: the planet, a name."""
    assert values("La dernière réunion remonte à février.", "2025-03-12", "past") == {"à février": "2025-02"}
    assert values("Le vote est prévu pour avril.", "2025-03-12", "future") == {"pour avril": "2025-04"}
    assert values("La sonde se dirige vers Mars.", "2025-03-12", "present") == {}
    assert values("Il a offert des fleurs à Mai, sa fille.", "2025-03-12", "past") == {}
    assert values("Les intempéries du week-end ont fait trois morts.", "2025-03-12", "past") == {
        "du week-end": "2025-W10-WE"
    }


def test_sur_le_coup_de_and_a_numbered_weekday_en_matinee() -> None:
    assert values("Le ministre est arrivé sur le coup de midi.", "2025-03-12", "past") == {
        "sur le coup de midi": "2025-03-12T12:00"
    }
    assert values("Le ministre arrivera le jeudi 13 en matinée.", "2025-03-12", "future") == {
        "le jeudi 13 en matinée": "2025-03-13TMO"
    }


def test_the_wishes_of_a_holiday_name_its_day() -> None:
    """``les vœux du Nouvel An``: the wishes are said that day, as ``les commémorations de l'Armistice``."""
    assert values("Le maire a présenté ses vœux du Nouvel An aux habitants.", "2025-01-15", "past") == {
        "vœux du Nouvel An": "2025-01-01"
    }


def test_this_winter_written_in_autumn_is_the_one_the_verb_points_to() -> None:
    """Under way, ``cet hiver`` is this one whatever the verb; in October it is the coming winter when the
    verb looks ahead, the one that ended in March when it looks back."""
    assert values("Les loyers grimperont cet hiver.", "2025-10-20", "future") == {"cet hiver": "2026-WI"}
    assert values("Les loyers ont grimpé cet hiver.", "2025-10-20", "past") == {"cet hiver": "2025-WI"}
    assert values("Les loyers ont grimpé cet hiver.", "2025-02-03", "past") == {"cet hiver": "2025-WI"}
    assert values("Les loyers grimpent cet été.", "2025-07-10", "present") == {"cet été": "2025-SU"}


def test_the_weekend_after_pour_is_the_coming_one() -> None:
    """``annoncé pour le week-end``: one weekend ahead, where ``ouvert le week-end`` is every weekend."""
    assert values("Un grand soleil est annoncé pour le week-end.", "2025-10-22", "present") == {
        "le week-end": "2025-W43-WE"
    }
    assert values("La piscine est ouverte le week-end.", "2025-10-22", "present") == {"le week-end": "XXXX-WXX-WE"}


def test_a_goal_year_does_not_frame_the_months_of_its_sentence() -> None:
    """``le plan pour 2030 sera dévoilé en novembre``: this November; ``en 2019 … en mars``: March 2019."""
    assert values("Le plan pour 2030 sera dévoilé en novembre.", "2025-09-10", "future") == {
        "2030": "2030",
        "en novembre": "2025-11",
    }
    assert values("Le texte fixe l'objectif d'ici 2035 et sera voté en juin.", "2025-03-10", "future") == {
        "2035": "2035",
        "en juin": "2025-06",
    }
    assert values("En 2019, la mine a fermé en mars.", "2025-09-10", "past") == {
        "En 2019": "2019",
        "en mars": "2019-03",
    }


def test_the_new_year_is_the_one_of_the_nearest_first_of_january() -> None:
    assert values("Les maires abordent la nouvelle année avec prudence.", "2025-01-03", "present") == {
        "la nouvelle année": "2025"
    }
    assert values("Les commerçants préparent la nouvelle année.", "2025-12-02", "present") == {
        "la nouvelle année": "2026"
    }


def test_the_same_period_of_a_year_is_the_month_of_writing_in_it() -> None:
    """``par rapport à la même période de l'an dernier``, ``l'an dernier à la même époque``, ``à la même
    période en 2019``: the month the article is written in, in that year."""
    assert values("Les ventes ont baissé par rapport à la même période de l'an dernier.", "2025-04-14", "past") == {
        "à la même période de l'an dernier": "2024-04"
    }
    assert values("Le trafic dépasse celui de l'an dernier à la même époque.", "2025-08-20", "present") == {
        "l'an dernier": "2024",
        "à la même époque": "2024-08",
    }
    assert values("Le chômage est plus bas qu'à la même période en 2019.", "2025-08-20", "present") == {
        "à la même période en 2019": "2019-08"
    }
    assert values("Les prix sont restés stables sur la même période.", "2025-08-20", "past") == {}


def test_the_nth_day_of_a_season_follows_the_verb_when_already_gone() -> None:
    """``le premier dimanche du printemps`` written in May: next March when the verb looks ahead."""
    assert values("Le vote aura lieu le premier dimanche du printemps.", "2025-05-14", "future") == {
        "le premier dimanche du printemps": "2026-03-22"
    }
    assert values("Le vote a eu lieu le premier dimanche du printemps.", "2025-05-14", "past") == {
        "le premier dimanche du printemps": "2025-03-23"
    }
    assert values("La fête est prévue le premier jour de l'été.", "2025-05-14", "future") == {
        "le premier jour de l'été": "2025-06-21"
    }
    assert values("La foire s'ouvre le dernier week-end de l'automne 2024.", "2025-05-14", "present") == {
        "le dernier week-end de l'automne 2024": "2024-W51-WE"
    }


def test_a_year_earlier_in_the_sentence_frames_a_bare_season() -> None:
    """As it frames a bare month; ``cet été`` still counts from the moment of writing."""
    assert values("La collecte reprendra l'an prochain, le premier dimanche du printemps.", "2025-05-14", None) == {
        "l'an prochain": "2026",
        "le premier dimanche du printemps": "2026-03-22",
    }
    assert values("En 2019, au printemps, la digue a cédé.", "2025-05-14", "past") == {
        "En 2019": "2019",
        "au printemps": "2019-SP",
    }
    assert values("En 2019, la digue a cédé ; cet été, elle sera rebâtie.", "2025-05-14", "future") == {
        "En 2019": "2019",
        "cet été": "2025-SU",
    }


def test_the_same_season_with_pareille_or_without_de_is_the_month_of_writing() -> None:
    """``à pareille époque l'an dernier``, ``à la même époque l'an dernier``: the month the article is written
    in, a year back, read as one expression rather than as the bare year ``l'an dernier``."""
    assert values("À pareille époque l'an dernier, la rivière était à sec.", "2026-08-12", "past") == {
        "À pareille époque l'an dernier": "2025-08"
    }
    assert values("À la même époque l'année dernière, la station était fermée.", "2026-02-03", "past") == {
        "À la même époque l'année dernière": "2025-02"
    }


def test_the_middle_of_a_part_of_the_day_is_that_part() -> None:
    """``au milieu de la nuit``, ``au milieu de l'après-midi``: that part of the day of writing; ``au milieu
    de la nuit de mardi`` is left to the weekday's night."""
    assert values("La sirène a retenti au milieu de la nuit.", "2026-08-12", "past") == {
        "au milieu de la nuit": "2026-08-12TNI"
    }
    assert values("Le cortège s'est dispersé au milieu de l'après-midi.", "2026-08-12", "past") == {
        "au milieu de l'après-midi": "2026-08-12TAF"
    }
    assert "au milieu de la nuit" not in values("Il a appelé au milieu de la nuit de mardi.", "2026-08-12", "past")


@pytest.mark.parametrize(
    ("before", "reports"),
    [
        ("des civils ont été tués, ont indiqué ", True),
        ("le bilan a été revu ", False),
        ("selon le ministère, qui aurait fait savoir ", True),
        ("l'ONG a expliqué ", True),
        ("la préfecture avait corrigé ", True),
        ("les manifestants ont défilé ", False),
    ],
)
def test_the_day_a_source_spoke_reads_the_same_for_time_and_events(before: str, reports: bool) -> None:
    """The words before ``lundi`` that make it the day a source spoke come from one table: the time tagger
    (accents kept, case-blind) and event linking (folded text) never disagree on them."""
    import recoupe.lang.fr.events as fr_events
    from recoupe.text import fold

    by_time = re.search(fr_time.REPORTED_ON, before, re.IGNORECASE) is not None
    by_events = re.search(fr_events.REPORTED_DAY, fold(before)) is not None
    assert by_time == by_events == reports


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dix heures moins vingt", "2027-05-06T09:40"),
        ("3 heures du matin", "2027-05-06T03:00"),
        ("15 heures 20", "2027-05-06T15:20"),
        ("trois heures vingt de l'après-midi", "2027-05-06T15:20"),
        ("une heure du matin", "2027-05-06T01:00"),
    ],
)
def test_a_clock_reading_marked_by_its_minutes_or_part_of_day_needs_no_preposition(text: str, value: str) -> None:
    """A length never counts back from an hour nor says ``du matin``: such a reading is a clock time alone."""
    assert values(text, "2027-05-06", "future") == {text: value}


def test_hours_and_minutes_after_a_length_cue_stay_a_length() -> None:
    """``pendant trois heures vingt``, ``a duré deux heures trente``: a length, as before."""
    assert values("Il a marché pendant trois heures vingt.", "2027-05-06", "past") == {"trois heures vingt": "PT3H20M"}


def test_a_count_of_days_in_one_noun_is_an_offset() -> None:
    """``dans une quinzaine``: fifteen days on; ``une quinzaine de personnes`` is no time."""
    assert values("La route rouvrira dans une quinzaine.", "2026-10-21", "future") == {
        "dans une quinzaine": "2026-11-05"
    }
    assert values("La digue a cédé il y a une huitaine.", "2026-10-21", "past") == {"il y a une huitaine": "2026-10-13"}
    assert values("Une quinzaine de personnes attendaient.", "2026-10-21", "past") == {}


def test_a_range_of_days_with_a_dash_needs_no_article() -> None:
    """``13-15 juillet``: both days, the first taking the month of the second."""
    assert values("Le salon se tiendra 13-15 juillet.", "2026-05-21", "future") == {
        "13": "2026-07-13",
        "15 juillet": "2026-07-15",
    }


def test_an_iso_date_may_drop_its_zeros() -> None:
    assert values("2015-3-3", "2027-05-06", None) == {"2015-3-3": "2015-03-03"}


def test_the_labour_day_is_a_date_wherever_it_stands() -> None:
    assert values("la fête du Travail", "2027-04-06", "future") == {"la fête du Travail": "2027-05-01"}


def test_the_first_hour_of_a_range_takes_the_unit_of_the_last() -> None:
    """``entre 14 et 16 heures``, ``de 9 à 11 h 30``: two clock times, not the length ``16 heures``."""
    assert values("La mairie sera ouverte entre 14 et 16 heures.", "2027-05-06", "future") == {
        "14": "2027-05-06T14:00",
        "16 heures": "2027-05-06T16:00",
    }
    assert values("de 9 à 11 h 30", "2027-05-06", None) == {"9": "2027-05-06T09:00", "11 h 30": "2027-05-06T11:30"}


def test_the_edge_of_a_part_of_the_day_is_that_part() -> None:
    """``à la fin de la journée``, ``au début de la soirée``: as ``en fin de journée``; ``la fin de la journée de
    mardi`` is left to the weekday."""
    assert values("Le vote a eu lieu à la fin de la journée.", "2027-05-06", "past") == {
        "à la fin de la journée": "2027-05-06TEV"
    }
    assert values("Il est arrivé au début de la soirée.", "2027-05-06", "past") == {
        "au début de la soirée": "2027-05-06TEV"
    }
    assert "à la fin de la journée" not in values("À la fin de la journée de mardi, tout était réglé.", "2027-05-06")


def test_a_century_may_be_written_in_words() -> None:
    """``au dix-huitième siècle`` is the XVIIIe, TIMEX3 ``17``; ``vingt et unième`` is ``20``."""
    assert values("Le moulin date du dix-huitième siècle.", "2027-10-13", "past") == {"du dix-huitième siècle": "17"}
    assert values("C'est le défi du vingt et unième siècle.", "2027-10-13", None) == {"du vingt et unième siècle": "20"}


def test_a_part_of_the_day_before_or_after_the_narratives() -> None:
    """``la nuit précédente`` is the night before the day just told; ``le matin suivant`` the morning after."""
    assert values("Le 20 août, le feu a repris. La nuit précédente, le vent avait tourné.", "2027-10-13", "past") == {
        "Le 20 août": "2027-08-20",
        "La nuit précédente": "2027-08-19TNI",
    }
    assert values("Le 3 mai, la digue a cédé ; le matin suivant, l'eau montait.", "2027-10-13", "past") == {
        "Le 3 mai": "2027-05-03",
        "le matin suivant": "2027-05-04TMO",
    }


def test_an_intensified_edge_of_a_part_of_the_day_is_that_part() -> None:
    """``en toute fin d'après-midi``, ``au beau milieu de la nuit``: the intensifier changes no value."""
    assert values("Il a été arrêté en toute fin d'après-midi.", "2027-10-13", "past") == {
        "en toute fin d'après-midi": "2027-10-13TAF"
    }
    assert values("Des tirs ont éclaté au beau milieu de la nuit.", "2027-10-13", "past") == {
        "au beau milieu de la nuit": "2027-10-13TNI"
    }


def test_a_vague_plural_made_long_or_followed_by_durant_is_a_length() -> None:
    """``des heures durant``, ``de longs mois``: an unknown number of units; ``des heures`` alone is not."""
    assert values("Le débat a duré des heures durant.", "2027-10-13", "past") == {"des heures": "PTXH"}
    assert values("Ils ont attendu de longs mois.", "2027-10-13", "past") == {"de longs mois": "PXM"}
    assert values("Il reste des heures supplémentaires à payer.", "2027-10-13", None) == {}


def test_three_units_of_a_length_parted_by_a_comma_and_et() -> None:
    assert values("L'enquête a duré un an, deux mois et dix jours.", "2027-10-13", "past") == {
        "un an, deux mois et dix jours": "P1Y2M10D"
    }
    assert values("Le record est de deux heures, six minutes et cinq secondes.", "2027-10-13", None) == {
        "deux heures, six minutes et cinq secondes": "PT2H6M5S"
    }


def test_a_term_set_off_by_a_comma_is_the_future() -> None:
    """``À terme, …`` names a time ahead; ``mener le projet à terme`` is to finish it."""
    assert values("À terme, la centrale alimentera la vallée.", "2027-10-13", "future") == {"À terme": "FUTURE_REF"}
    assert values("Le maire veut mener le projet à terme.", "2027-10-13", None) == {}


def test_il_y_a_de_cela_points_back_without_changing_the_count() -> None:
    assert values("Le village a été inondé il y a de cela vingt ans.", "2027-10-13", "past") == {
        "il y a de cela vingt ans": "2007"
    }


def test_what_a_trip_takes_is_a_length_not_a_clock_time() -> None:
    """``le trajet prend 2 h 15``; ``il part à 2 h 15`` stays a time of day."""
    assert values("Le trajet prend 2 h 15.", "2027-10-13", None) == {"2 h 15": "PT2H15M"}
    assert values("Le train part à 2 h 15.", "2027-10-13", None) == {"à 2 h 15": "2027-10-13T02:15"}


def test_numeric_dates_with_a_two_digit_year_after_dashes_or_the_year_first_with_dots() -> None:
    """``30-09-27`` (two digits each, a score has fewer), ``2027.10.01``; a version number is none."""
    assert values("Le relevé du 30-09-27 est incomplet.", "2027-10-13", None) == {"30-09-27": "2027-09-30"}
    assert values("Le document est daté du 2027.10.01.", "2027-10-13", None) == {"2027.10.01": "2027-10-01"}
    assert values("Le match s'est fini sur 6-4-2.", "2027-10-13", None) == {}
    assert values("La version 2027.10.1.3 est sortie.", "2027-10-13", None) == {}


def test_a_holiday_with_a_modifier_is_a_date_wherever_it_stands() -> None:
    """``Noël dernier``, ``Noël prochain``: the modifier picks the last or the next one."""
    assert values("Noël dernier, les ventes ont chuté.", "2028-02-09", None) == {"Noël dernier": "2027-12-25"}
    assert values("Les vitrines seront prêtes pour Noël prochain.", "2028-02-09", None) == {
        "Noël prochain": "2028-12-25"
    }


def test_a_saints_day_needs_its_article() -> None:
    """``à la Saint-Martin`` is 11 November; ``à Saint-Martin`` is the island."""
    assert values("Les gelées sont arrivées à la Saint-Martin.", "2028-02-09", "past") == {
        "à la Saint-Martin": "2027-11-11"
    }
    assert values("Le cyclone a frappé Saint-Martin.", "2028-02-09", "past") == {}


def test_parts_of_the_day_named_by_meals_and_dusk() -> None:
    assert values("Ils ont repris à l'heure du petit-déjeuner.", "2028-02-09", "past") == {
        "à l'heure du petit-déjeuner": "2028-02-09TMO"
    }
    assert values("Le bateau est rentré à la tombée du jour.", "2028-02-09", "past") == {
        "à la tombée du jour": "2028-02-09TEV"
    }
    assert values("Ils ont été appelés en pleine après-midi.", "2028-02-09", "past") == {
        "en pleine après-midi": "2028-02-09TAF"
    }


def test_the_afternoon_before_the_narratives_day() -> None:
    text = "Le 5 janvier, le barrage a lâché. L'après-midi précédent, la pluie était tombée."
    assert values(text, "2028-02-09", "past")["L'après-midi précédent"] == "2028-01-04TAF"


def test_clock_readings_with_seconds_and_iso_date_times() -> None:
    assert values("Le record est tombé à 14 h 32 min 10 s.", "2028-02-09", "past") == {
        "à 14 h 32 min 10 s": "2028-02-09T14:32:10"
    }
    assert values("Le signal a été émis à 23:59:59.", "2028-02-09", "past") == {"à 23:59:59": "2028-02-09T23:59:59"}
    assert values("Le rendez-vous du 2028-03-06T14:30 est confirmé.", "2028-02-09", None) == {
        "2028-03-06T14:30": "2028-03-06T14:30"
    }


def test_two_guessed_hours_share_the_unit_and_part_of_the_day_of_the_last() -> None:
    """``vers 4 ou 5 heures du matin``, ``entre 8 et 10 heures du soir``."""
    assert values("Des tirs ont retenti vers 4 ou 5 heures du matin.", "2028-02-09", "past") == {
        "4": "2028-02-09T04:00",
        "5 heures du matin": "2028-02-09T05:00",
    }
    assert values("La mairie est ouverte entre 8 et 10 heures du soir.", "2028-02-09", None) == {
        "8": "2028-02-09T20:00",
        "10 heures du soir": "2028-02-09T22:00",
    }


def test_an_offset_may_carry_an_adjective() -> None:
    """``il y a une bonne semaine``, ``d'ici une petite semaine``: the adjective leaves the count."""
    assert values("Le pont a été inauguré il y a une bonne semaine.", "2028-02-09", "past") == {
        "il y a une bonne semaine": "2028-02-02"
    }
    assert values("La mairie rouvrira d'ici une petite semaine.", "2028-02-09", "future") == {
        "d'ici une petite semaine": "2028-02-16"
    }


def test_every_may_and_a_year_of_three_digits() -> None:
    assert values("Chaque mois de mai, les jardins ouvrent.", "2028-02-09", None) == {"Chaque mois de mai": "XXXX-05"}
    assert values("L'abbaye a été fondée en l'an 910.", "2028-02-09", "past") == {"l'an 910": "0910"}


def test_a_morning_hour_of_tonight_told_in_the_past_is_today() -> None:
    """``cette nuit vers 3 heures``: the night just over when told in the past, the coming one ahead."""
    assert values("Un bruit a réveillé le quartier cette nuit vers 3 heures.", "2028-02-09", "past") == {
        "cette nuit vers 3 heures": "2028-02-09T03:00"
    }
    assert values("La marée montera cette nuit vers 3 heures.", "2028-02-09", "future") == {
        "cette nuit vers 3 heures": "2028-02-10T03:00"
    }


def test_the_following_weekend_and_winter_count_from_the_narrative() -> None:
    """After a Wednesday, ``le week-end suivant`` is that week's; ``l'hiver suivant`` follows the month told."""
    assert values("Le 12 janvier, le pont a fermé ; le week-end suivant, il a rouvert.", "2028-02-09", "past") == {
        "Le 12 janvier": "2028-01-12",
        "le week-end suivant": "2028-W02-WE",
    }
    assert values("En mars 2019, la digue a cédé ; l'hiver suivant, elle a été refaite.", "2028-02-09", "past") == {
        "mars 2019": "2019-03",
        "l'hiver suivant": "2020-WI",
    }


def test_a_past_day_three_weeks_ahead_of_the_article_is_last_years() -> None:
    """A past verb keeps a day behind the moment of writing unless the other side is most of a year off."""
    assert infer_year(3, 4, dt.date(2028, 2, 9), "past") == 2027
    assert infer_year(2, 12, dt.date(2028, 2, 9), "past") == 2028  # three days ahead: the article may be late
    assert infer_year(12, 28, dt.date(2028, 1, 3), "past") == 2027


def test_a_count_of_days_after_an_event_dates_its_clause() -> None:
    """``trois jours après l'explosion``: the day the sentence tells of, not three days after the article's;
    in the present, the day of writing. ``plus de trois mois après celle de…`` names no day."""
    assert values("L'annonce intervient deux jours après l'attaque du poste frontière.", "2026-11-12") == {
        "deux jours après": "2026-11-12"
    }
    assert values("Cette crise intervient moins de trois mois après celle de Guayaquil.", "2026-11-12") == {
        "trois mois": "P3M"
    }
    # told in the past of no named day, or ahead: the length of time between the two, as TimeML reads it
    assert values("Trois jours après l'incendie, le quartier restait bouclé.", "2026-11-12", tense="past") == {
        "Trois jours après": "P3D"
    }
    assert values("La finale aura lieu deux jours après la demi-finale.", "2026-11-12", tense="future") == {
        "deux jours après": "P2D"
    }


def test_a_day_a_strike_is_called_for_or_a_measure_decreed_from_lies_ahead() -> None:
    """The call is past, the strike it calls for is to come; ``décrété jeudi`` is when the decree was made."""
    assert values("Le syndicat a appelé à une grève de 24 heures lundi dans tout le département.", "2026-11-11") == {
        "24 heures": "PT24H",
        "lundi": "2026-11-16",
    }
    assert values("Un deuil national a été décrété à partir de jeudi.", "2026-11-11", tense="past") == {
        "à partir de jeudi": "2026-11-12"
    }
    assert values("Le couvre-feu a été décrété jeudi.", "2026-11-11", tense="past") == {"jeudi": "2026-11-05"}


def test_a_copyright_line_s_year_dates_nothing() -> None:
    assert values("© 2026 Tous droits réservés. Reproduction interdite sans autorisation.", "2026-11-12") == {}
    assert values("Copyright 2019-2026 Le Courrier du Sud.", "2026-11-12") == {}


def test_an_anaphor_of_the_past_does_not_count_from_a_day_still_to_come() -> None:
    """A strike called for Monday is not the day the text tells: ``la veille au soir`` is the eve of writing."""
    assert values(
        "Le syndicat a appelé à un arrêt de travail lundi. La veille au soir encore, la mine comptait 18 morts.",
        "2026-11-06",
    ) == {"lundi": "2026-11-09", "La veille au soir": "2026-11-05TEV"}
    # a text that looks ahead counts from the day ahead
    text = "Le sommet aura lieu mardi. La veille, les ministres se réuniront à Paris."
    assert values(text, "2026-11-06", tense="future") == {
        "mardi": "2026-11-10",
        "La veille": "2026-11-09",
    }
