"""Time expressions, ninth round: forms a date parser's test corpus writes and news sometimes does. Invented
French phrases; the publication date is given with each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def values(result: DocumentAnalysis) -> dict[str, str | None]:
    return {t.text: t.value for t in result.timexes}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a half after whole units keeps its decimal; a quarter goes to minutes; a half alone too
        ("La traversée a duré une heure et demie.", "2029-03-02", {"une heure et demie": "PT1.5H"}),
        ("Il a purgé trois ans et demi de prison.", "2029-03-02", {"trois ans et demi": "P3.5Y"}),
        ("La séance a duré une heure et quart.", "2029-03-02", {"une heure et quart": "PT1H15M"}),
        # a range's first end takes the year written once at its other end
        (
            "Le salon se tiendra du 18 novembre au 19 décembre 2015 à Lille.",
            "2029-09-27",
            {"du 18 novembre": "2015-11-18", "au 19 décembre 2015": "2015-12-19"},
        ),
        (
            "Les fouilles se sont déroulées du 20 décembre au 5 janvier 2028.",
            "2029-09-27",
            {"du 20 décembre": "2027-12-20", "au 5 janvier 2028": "2028-01-05"},
        ),
        (
            "L'exposition Rodin se tiendra d'octobre à janvier 2030.",
            "2029-09-27",
            {"octobre": "2029-10", "janvier 2030": "2030-01"},
        ),
        # feasts
        ("L'Ascension tombera un jeudi, comme chaque année.", "2029-03-08", {"L'Ascension": "2029-05-10"}),
        (
            "Les fleuristes s'activent à l'approche de la Toussaint.",
            "2029-09-27",
            {"la Toussaint": "2029-11-01"},
        ),
        ("Les marrons chauds se vendent à l'approche d'Halloween.", "2029-09-27", {"Halloween": "2029-10-31"}),
        ("La saint Sylvestre a été calme à Brest.", "2030-01-03", {"La saint Sylvestre": "2029-12-31"}),
        # clock readings without a preposition, as a note writes them
        ("midi et demi", "2013-02-12", {"midi et demi": "2013-02-12T12:30"}),
        ("midi moins le quart", "2013-02-12", {"midi moins le quart": "2013-02-12T11:45"}),
        ("quinze heures et demie", "2013-02-12", {"quinze heures et demie": "2013-02-12T15:30"}),
        ("3h30 de l'aprem", "2013-02-12", {"3h30 de l'aprem": "2013-02-12T15:30"}),
        ("dans une demi heure", "2013-02-12", {"dans une demi heure": "2013-02-12"}),
        # a period without its article, as a headline writes it
        ("Grève des contrôleurs semaine prochaine", "2013-02-12", {"semaine prochaine": "2013-W08"}),
        ("Bilan : mois dernier, la fréquentation a baissé", "2013-02-12", {"mois dernier": "2013-01"}),
        ("Collection été 2013 : le lin revient", "2013-02-12", {"été 2013": "2013-SU"}),
        # an offset counted from the date or the feast right after it
        ("Les soldes reprendront deux jours après Noël.", "2013-02-12", {"deux jours après Noël": "2013-12-27"}),
        (
            "Une semaine avant Pâques, les chocolatiers embauchent.",
            "2013-02-12",
            {"Une semaine avant Pâques": "2013-03-24"},
        ),
        ("Le dossier doit être déposé trois jours avant le 15 mars.", "2013-02-12", {"trois jours": "2013-03-12"}),
        # an abbreviated month without its dot, after a day number
        ("Réunion du conseil le 15 fév", "2013-02-12", {"le 15 fév": "2013-02-15"}),
        ("Facture du 14 avr 15", "2016-02-12", {"14 avr 15": "2015-04-14"}),
    ],
)
def test_forms(analyze: Analyze, text: str, published: str, expected: dict[str, str]) -> None:
    found = values(analyze(text, published=published))
    assert {k: found.get(k) for k in expected} == expected


def test_hours_before_a_date_stay_a_length(analyze: Analyze) -> None:
    result = analyze("La réunion a duré trois heures avant le vote du 15 mars.", published="2013-02-12")
    assert values(result)["trois heures"] == "PT3H"


def test_a_lengths_cue_keeps_an_afternoon_hour_a_length(analyze: Analyze) -> None:
    result = analyze("Les pompiers ont lutté pendant quinze heures et demie.", published="2029-03-02")
    assert values(result) == {"quinze heures et demie": "PT15.5H"}


def test_a_future_the_tagger_takes_for_a_participle_looks_ahead(analyze: Analyze) -> None:
    result = analyze("Le Sénat votera mardi le projet de loi sur l'eau.", published="2029-09-27")
    assert values(result) == {"mardi": "2029-10-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Le chanteur a repris « Dimanche à Bamako » en rappel.",
        "Le roman « Vendredi ou la vie sauvage » est étudié au collège.",
        "Le sept fois champion a gagné 3 sept fois de suite.",
    ],
)
def test_titles_of_works_and_numbers_are_no_dates(analyze: Analyze, text: str) -> None:
    assert values(analyze(text, published="2029-03-02")) == {}


def test_the_day_a_figure_is_given_for_is_a_day_gone(analyze: Analyze) -> None:
    """``avance pour mardi le chiffre de``: the count of the day just past, not a forecast."""
    result = analyze("La CGT avance pour mardi le chiffre de 10 000 manifestants.", published="2026-01-22")
    assert values(result) == {"mardi": "2026-01-20"}


def test_a_count_that_lands_on_the_weekday_beside_it_keeps_its_week(analyze: Analyze) -> None:
    """A future of narration (``seront libérés``) does not move the Monday the count lands on."""
    result = analyze(
        "Tout a commencé samedi 7 novembre à Riobamba. Les otages ne seront libérés que deux jours plus tard, "
        "le lundi soir, par l'armée.",
        published="2026-11-13",
    )
    assert values(result)["deux jours plus tard"] == "2026-11-09"
