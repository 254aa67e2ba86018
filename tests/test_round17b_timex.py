"""Time expressions, seventeenth round, second pass: kinds a blind batch of the development set showed, and a
year taken from another clause.

A month or a day written without a year takes the year its sentence wrote only when that year heads the sentence
or stands in the same clause; a year in a participle or a relative clause dates another act. A clock time and the
day after a time zone, two ranges of a day with its hour, a night's morning, the coming night, a bare day number
before a written-out hour or after a sitting, feasts named by their patron saint or their procession, and two
false friends (an age group, a collective's capitalised name).
Invented French sentences; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis
from test_round12_timex import values

Analyze = Callable[..., DocumentAnalysis]

MONDAY = "2031-06-16"
WEDNESDAY = "2031-06-18"
FRIDAY = "2031-06-20"


def _check(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year in a participle set off by commas dates that participle, not the month of the main clause
        (
            "Les deux ponts, bâtis en 1962, avaient été jugés fragiles dans une expertise rendue fin mars au conseil.",
            MONDAY,
            {"en 1962": "1962", "fin mars": "2031-03"},
        ),
        (
            "Le refuge, rénové en 2004, a rouvert début mai après une saison blanche.",
            MONDAY,
            {"début mai": "2031-05"},
        ),
        # … nor a relative clause after another verb
        (
            "L'ancien boxeur a ouvert sa salle en 2015 et forme des jeunes dans le quartier, où il a lancé en avril "
            "un tournoi.",
            MONDAY,
            {"en avril": "2031-04"},
        ),
        # a year in the same clause, or heading the sentence, still frames the month or the day
        ("En 2019, la chorale a été dissoute et a repris en mars.", MONDAY, {"en mars": "2019-03"}),
        (
            "La vendange de l'an dernier avait été ruinée par l'orage du 3 juillet.",
            MONDAY,
            {"l'an dernier": "2030", "du 3 juillet": "2030-07-03"},
        ),
        ("Le tournoi de 2027 s'était achevé le 9 août sous la pluie.", MONDAY, {"le 9 août": "2027-08-09"}),
    ],
)
def test_a_year_frames_only_its_own_clause(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a time zone between a clock time and a day: the day dates the hour, each its own expression
        (
            "La trêve prendra effet à 0 h 00 GMT dans la nuit de jeudi à vendredi.",
            MONDAY,
            {"à 0 h 00": "2031-06-20T00:00", "dans la nuit de jeudi à vendredi": "2031-06-19TNI"},
        ),
        (
            "Le lancement est programmé à 14 h 30 UTC samedi depuis la base.",
            MONDAY,
            {"à 14 h 30": "2031-06-21T14:30", "samedi": "2031-06-21"},
        ),
        ("Les bureaux de vote fermeront à 19 h heure locale, dimanche.", MONDAY, {"à 19 h": "2031-06-22T19:00"}),
    ],
)
def test_a_clock_time_and_the_day_after_its_time_zone(
    analyze: Analyze, text: str, published: str, expected: dict
) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a range whose two ends are each a day and an hour: two expressions, each its own day
        (
            "La route du col sera fermée de 20 h mardi à 7 h mercredi.",
            MONDAY,
            {"20 h mardi": "2031-06-17T20:00", "à 7 h mercredi": "2031-06-18T07:00"},
        ),
        (
            "Alerte rouge canicule de 12 h ce jeudi à 22 h vendredi dans la vallée.",
            WEDNESDAY,
            {"12 h ce jeudi": "2031-06-19T12:00", "à 22 h vendredi": "2031-06-20T22:00"},
        ),
        (
            "Le couvre-feu s'appliquera du jeudi 19 à 21 h au samedi 21 à 6 h.",
            MONDAY,
            {"du jeudi 19 à 21 h": "2031-06-19T21:00", "au samedi 21 à 6 h": "2031-06-21T06:00"},
        ),
        # one day with its hour stays one expression
        ("Le magasin rouvrira lundi à 9 h.", WEDNESDAY, {"lundi à 9 h": "2031-06-23T09:00"}),
    ],
)
def test_a_range_of_days_with_their_hours(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the morning after a night the sentence named is the next day's
        (
            "La grêle a haché les vergers dans la nuit de dimanche à lundi, avec des pertes constatées au petit matin.",
            WEDNESDAY,
            {"dans la nuit de dimanche à lundi": "2031-06-15TNI", "au petit matin": "2031-06-16TMO"},
        ),
        (
            "Dans la nuit de samedi à dimanche, les pompiers ont maîtrisé le feu à l'aube.",
            WEDNESDAY,
            {"à l'aube": "2031-06-15TMO"},
        ),
        # a morning after a plain day is that day's
        ("Le gel a frappé lundi, avec -3 °C au petit matin.", WEDNESDAY, {"au petit matin": "2031-06-16TMO"}),
        # the coming night begins on the day of writing; the last one on the day before
        ("Des orages éclateront la nuit prochaine sur le relief.", WEDNESDAY, {"la nuit prochaine": "2031-06-18TNI"}),
        ("Il gèlera en milieu de nuit prochaine.", WEDNESDAY, {"en milieu de nuit prochaine": "2031-06-18TNI"}),
        ("Des pluies sont attendues en cours de nuit.", WEDNESDAY, {"en cours de nuit": "2031-06-18TNI"}),
        ("La neige est tombée la nuit dernière.", WEDNESDAY, {"la nuit dernière": "2031-06-17TNI"}),
        # the day's first hour is its early morning; not the first hour of something
        ("Les livreurs partiront dès la première heure.", WEDNESDAY, {"dès la première heure": "2031-06-18TMO"}),
        ("La première heure de cours est supprimée.", WEDNESDAY, {}),
    ],
)
def test_parts_of_a_night_and_a_morning(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)
    if not expected:
        assert not analyze(text, published=published).timexes


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bare day number before an hour written out, or after a sitting held on one day
        ("La cour rendra son arrêt le 24 à 10 heures.", MONDAY, {"le 24 à 10 heures": "2031-06-24T10:00"}),
        ("Le maire l'a annoncé lors de la séance du 12, devant les élus.", MONDAY, {"séance du 12": "2031-06-12"}),
        ("Le prévenu ne s'est pas présenté à l'audience du 3.", MONDAY, {"audience du 3": "2031-06-03"}),
        # a part of the day before a day number
        ("Les tirs ont cessé à l'aube du 14 après deux jours de combats.", MONDAY, {"l'aube du 14": "2031-06-14TMO"}),
    ],
)
def test_a_bare_day_number(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a march or a procession held on the feast dates it
        (
            "Le défilé de la fête du Travail a réuni hier 3 000 personnes à Nantes.",
            "2031-05-02",
            {"défilé de la fête du Travail": "2031-05-01"},
        ),
        (
            "Les cortèges de la fête du Travail se sont élancés sous le soleil.",
            "2031-05-01",
            {"cortèges de la fête du Travail": "2031-05-01"},
        ),
        # the goldsmiths' saint, the Immaculate Conception
        (
            "La foire aux chevaux se tiendra le jour de la Saint-Éloi.",
            "2031-11-20",
            {"jour de la Saint-Éloi": "2031-12-01"},
        ),
        (
            "Les lumignons brilleront aux fenêtres jusqu'à ce soir, jour de l'Immaculée Conception.",
            "2031-12-08",
            {"jour de l'Immaculée Conception": "2031-12-08"},
        ),
        # the dogma is no date
        ("Le dogme de l'Immaculée Conception fut proclamé en 1854.", "2031-12-08", {"en 1854": "1854"}),
        # the Easter weekend named by its adjective (Easter 2031 is 13 April)
        ("Les gîtes affichent complet pour le week-end pascal.", "2031-03-02", {"le week-end pascal": "2031-W15-WE"}),
    ],
)
def test_feasts(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    "text",
    [
        # an age group named by its bound
        "Les moins de 26 ans voyageront à moitié prix.",
        "La gratuité est étendue aux plus de 65 ans.",
        # a plural weekday with a capital inside a sentence is a name
        "L'association Les Dimanches verts a planté 400 arbres.",
        "Le festival Les Jeudis du port accueille un trio de jazz.",
    ],
)
def test_false_friends(analyze: Analyze, text: str) -> None:
    assert not analyze(text, published=MONDAY).timexes


def test_plural_weekdays_in_lower_case_still_repeat(analyze: Analyze) -> None:
    assert values(analyze("Le marché se tient les jeudis place de la Halle.", published=MONDAY)) == {
        "les jeudis": "XXXX-WXX-4"
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the start of the week told ahead on a weekend is next week's (21 June 2031 is a Saturday)
        (
            "Les orages devraient éclater en début de semaine, selon les prévisionnistes.",
            "2031-06-21",
            {"en début de semaine": "2031-W26"},
        ),
        ("Le chantier a repris en début de semaine.", "2031-06-21", {"en début de semaine": "2031-W25"}),
        # the end of the week told in the past on a Monday is last week's
        ("Les négociations ont échoué en fin de semaine.", MONDAY, {"en fin de semaine": "2031-W24"}),
        ("Les négociations aboutiront en fin de semaine.", MONDAY, {"en fin de semaine": "2031-W25"}),
        # a court's ``à huitaine``, ``à quinzaine``: that many days on
        ("Le juge a renvoyé l'affaire à huitaine.", MONDAY, {"à huitaine": "2031-06-24"}),
        ("La chambre statuera à quinzaine.", MONDAY, {"à quinzaine": "2031-07-01"}),
    ],
)
def test_week_edges_and_court_delays(analyze: Analyze, text: str, published: str, expected: dict) -> None:
    _check(analyze, text, published, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one weekday of every month is a monthly set
        ("La médiathèque ouvre ses portes chaque premier samedi du mois.", {"chaque premier samedi du mois": "P1M"}),
        ("Les élus tiennent permanence tous les derniers jeudis du mois.", {"tous les derniers jeudis du mois": "P1M"}),
        # ``N fois l'an``: a count a year
        ("Le jury se réunit trois fois l'an.", {"l'an": "P1Y"}),
        # ``l'an`` after ``fois`` with a modifier stays that year
        ("Deux fois l'an dernier, la digue a cédé.", {"l'an dernier": "2030"}),
    ],
)
def test_monthly_and_yearly_sets(analyze: Analyze, text: str, expected: dict) -> None:
    _check(analyze, text, MONDAY, expected)


def test_a_clause_year_its_weekday_denies_is_not_taken(analyze: Analyze) -> None:
    """A season across two years (``la saison 2031/2032``) writes its end year last; a weekday that falls only in
    the first year keeps that one (11 September 2031 is a Thursday)."""
    found = values(
        analyze("La rentrée du club, pour la saison 2031/2032, aura lieu le jeudi 11 septembre.", published=MONDAY)
    )
    assert found.get("le jeudi 11 septembre") == "2031-09-11"
