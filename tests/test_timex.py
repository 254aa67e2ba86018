"""French time expressions through the whole analyzer: found, typed and resolved against the article's
date and the narrative. One test per rule family; the sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recoupe.analyze import Analyzer
from recoupe.model import Article, DocumentAnalysis, Timex

Analyze = Callable[..., DocumentAnalysis]


def _values(analysis: DocumentAnalysis) -> dict[str, str | None]:
    return {t.text: t.value for t in analysis.timexes}


def _timex(analysis: DocumentAnalysis, text: str) -> Timex:
    """The expression written ``text`` (its extent may take in a preposition: ``depuis le 2 janvier``)."""
    found = [t for t in analysis.timexes if t.text == text] or [t for t in analysis.timexes if text in t.text]
    assert found, f"{text!r} not in {[t.text for t in analysis.timexes]}"
    return found[0]


# --------------------------------------------------------------------------------------------------
# Absolute and partial dates


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Le sommet s'est ouvert le 7 janvier 2022 à Genève.", "le 7 janvier 2022", "2022-01-07"),
        ("Le décret du 07/01/2022 est entré en vigueur.", "07/01/2022", "2022-01-07"),
        ("Ils se sont mariés le 1er mai 1962 à Nancy.", "le 1er mai 1962", "1962-05-01"),
        ("La loi a été votée en décembre 2021.", "décembre 2021", "2021-12"),
        ("L'usine a fermé en octobre 98.", "octobre 98", "1998-10"),
        ("Le pays est indépendant depuis 1991.", "1991", "1991"),
        ("Il a quitté le pouvoir en 2019.", "en 2019", "2019"),
    ],
)
def test_absolute_dates(analyze: Analyze, sentence: str, text: str, value: str) -> None:
    assert _timex(analyze(sentence, published="2022-01-07"), text).value == value


def test_partial_date_takes_the_year_news_most_likely_means(analyze: Analyze) -> None:
    analysis = analyze(
        "Les heurts ont commencé le 2 janvier. Le contrat avait été signé le 20 décembre. "
        "Le scrutin aura lieu le 10 avril.",
        published="2022-01-07",
    )
    values = _values(analysis)
    assert values["le 2 janvier"] == "2022-01-02"
    assert values["le 20 décembre"] == "2021-12-20"  # past verb: last December
    assert values["le 10 avril"] == "2022-04-10"  # future verb: next April


def test_month_with_modifier_and_day_without_month(analyze: Analyze) -> None:
    analysis = analyze(
        "En janvier dernier, le prix a doublé. Le 4 février, puis le 6, les grèves ont repris.", published="2022-03-10"
    )
    values = _values(analysis)
    assert values["janvier dernier"] == "2022-01"
    assert values["Le 4 février"] == "2022-02-04"
    assert values["le 6"] == "2022-02-06"  # the month the narrative is in


# --------------------------------------------------------------------------------------------------
# Deictic and relative expressions


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Hier, la police a arrêté quarante personnes.", "Hier", "2022-01-06"),
        ("Avant-hier, le calme était revenu.", "Avant-hier", "2022-01-05"),
        ("Le ministre se rendra demain à Almaty.", "demain", "2022-01-08"),
        ("Le président a parlé aujourd'hui.", "aujourd'hui", "2022-01-07"),
        ("Des tirs ont été entendus hier soir.", "hier soir", "2022-01-06TEV"),
        ("Il l'avait annoncé l'an dernier.", "l'an dernier", "2021"),
        ("Les prix augmenteront le mois prochain.", "le mois prochain", "2022-02"),
        ("Rien n'a changé ce mois-ci.", "ce mois-ci", "2022-01"),
        ("Il y a dix ans, le pays avait connu des émeutes.", "Il y a dix ans", "2012"),
        ("Le vote aura lieu dans trois jours.", "dans trois jours", "2022-01-10"),
        ("Rien n'a bougé depuis le début de cette année.", "le début de cette année", "2022"),
    ],
)
def test_deictic_expressions_count_from_the_article_date(
    analyze: Analyze, sentence: str, text: str, value: str
) -> None:
    assert _timex(analyze(sentence, published="2022-01-07"), text).value == value


def test_weeks_are_iso_weeks(analyze: Analyze) -> None:
    analysis = analyze(
        "L'alliance a été appelée la semaine dernière. Les pourparlers de cette semaine ont échoué.",
        published="2022-01-13",
    )
    values = _values(analysis)
    assert values["la semaine dernière"] == "2022-W01"
    assert values["cette semaine"] == "2022-W02"


def test_text_date_after_today_word(analyze: Analyze) -> None:
    analysis = analyze(
        "Le président a déclaré aujourd'hui, vendredi 7 janvier, que l'ordre était rétabli.", published="2022-01-07"
    )
    assert _values(analysis) == {"aujourd'hui": "2022-01-07", "vendredi 7 janvier": "2022-01-07"}


# --------------------------------------------------------------------------------------------------
# Anaphoric anchoring: the narrative's last date, not the article's


def test_days_later_counts_from_the_last_date_told(analyze: Analyze) -> None:
    analysis = analyze(
        "Les émeutes ont commencé le 2 janvier. Deux jours plus tard, elles ont gagné la capitale.",
        published="2022-01-07",
    )
    later = _timex(analysis, "Deux jours plus tard")
    assert (later.value, later.type) == ("2022-01-04", "DATE")  # a date, never a duration


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Le 10 janvier, le sommet s'est tenu. La veille, les délégués étaient arrivés.", "La veille", "2022-01-09"),
        ("Il a été arrêté le 3 janvier et libéré le lendemain.", "le lendemain", "2022-01-04"),
        (
            "Le 3 janvier, un policier a été tué. Le même jour, le couvre-feu a été décrété.",
            "Le même jour",
            "2022-01-03",
        ),
        (
            "Le 5 janvier, le gouvernement a démissionné. Trois jours plus tôt, les prix avaient doublé.",
            "Trois jours plus tôt",
            "2022-01-02",
        ),
        ("Il a été interpellé à la veille du 14 janvier.", "la veille", "2022-01-13"),
    ],
)
def test_anaphoric_words_follow_the_narrative(analyze: Analyze, sentence: str, text: str, value: str) -> None:
    assert _timex(analyze(sentence, published="2022-01-20"), text).value == value


# --------------------------------------------------------------------------------------------------
# Weekdays: past or future by the verb's tense


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("La police a arrêté mardi quarante manifestants.", "mardi", "2022-01-04"),
        ("Le président s'exprimera mardi devant le Parlement.", "mardi", "2022-01-11"),
        ("Le ministre va se rendre lundi à Almaty.", "lundi", "2022-01-10"),
        ("Mardi dernier, il avait rencontré le ministre.", "Mardi dernier", "2022-01-04"),
        ("Ils se retrouveront lundi prochain.", "lundi prochain", "2022-01-10"),
        ("Une cérémonie a eu lieu vendredi à Almaty.", "vendredi", "2022-01-07"),  # the article's own day
    ],
)
def test_weekdays(analyze: Analyze, sentence: str, text: str, value: str) -> None:
    assert _timex(analyze(sentence, published="2022-01-07"), text).value == value  # a Friday


def test_a_present_participle_takes_the_tense_of_its_verb(analyze: Analyze) -> None:
    """``portant`` hangs on ``ont succombé``: the Monday it names is the last one, although written on a
    Saturday it is nearer ahead."""
    sentence = "Trois blessés ont succombé jeudi, portant à douze le nombre de morts de la journée de lundi."
    assert _timex(analyze(sentence, published="2025-11-15"), "lundi").value == "2025-11-10"


def test_night_from_one_weekday_to_the_next(analyze: Analyze) -> None:
    analysis = analyze("Dans la nuit de vendredi à samedi, des tirs ont été entendus.", published="2022-01-10")
    assert _timex(analysis, "Dans la nuit de vendredi à samedi").value == "2022-01-07TNI"


# --------------------------------------------------------------------------------------------------
# Lists and ranges: one expression per member


def test_list_of_days_shares_the_month(analyze: Analyze) -> None:
    analysis = analyze("Huit policiers ont été tués lors des émeutes des 4 et 5 janvier.", published="2022-01-07")
    assert _values(analysis) == {"4": "2022-01-04", "5 janvier": "2022-01-05"}


def test_range_of_days(analyze: Analyze) -> None:
    analysis = analyze("Du 2 au 5 janvier, les manifestations ont gagné tout le pays.", published="2022-01-07")
    assert _values(analysis) == {"2": "2022-01-02", "5 janvier": "2022-01-05"}


def test_range_of_years_and_months(analyze: Analyze) -> None:
    analysis = analyze(
        "Entre 2019 et 2021, le PIB a chuté. En mai et juin derniers, il a remonté.", published="2022-01-07"
    )
    values = _values(analysis)
    assert values["2019"] == "2019"
    assert values["2021"] == "2021"
    assert values["mai"] == "2021-05"
    assert values["juin derniers"] == "2021-06"


def test_list_across_the_new_year_keeps_one_year(analyze: Analyze) -> None:
    analysis = analyze("Les 30 et 31 décembre, des coupures ont eu lieu.", published="2022-01-07")
    assert _values(analysis) == {"30": "2021-12-30", "31 décembre": "2021-12-31"}


# --------------------------------------------------------------------------------------------------
# Durations, sets, clock times: never a calendar date


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind"),
    [
        ("Internet a été coupé pendant cinq jours.", "cinq jours", "P5D", "DURATION"),
        ("Il a été détenu vingt-quatre heures.", "vingt-quatre heures", "PT24H", "DURATION"),
        ("Le contingent mettra 10 jours à se retirer.", "10 jours", "P10D", "DURATION"),
        ("Après une semaine d'émeutes, le calme revient.", "une semaine", "P1W", "DURATION"),
        ("Les marchés ont lieu chaque lundi.", "chaque lundi", "XXXX-WXX-1", "SET"),
        ("Les bus passent tous les jours.", "tous les jours", "P1D", "SET"),
    ],
)
def test_durations_and_sets(analyze: Analyze, sentence: str, text: str, value: str, kind: str) -> None:
    found = _timex(analyze(sentence, published="2022-01-07"), text)
    assert (found.value, found.type) == (value, kind)


def test_clock_time_joins_the_day_written_before_it(analyze: Analyze) -> None:
    analysis = analyze(
        "Le 6 janvier à 14 h 30, les blindés sont entrés. Ils sont repartis à 18h.", published="2022-01-07"
    )
    assert _timex(analysis, "Le 6 janvier à 14 h 30").value == "2022-01-06T14:30"  # one expression
    # TimeML: a time of day alone is on the day the narrative is on (the 6th), else the day of writing
    assert _timex(analysis, "à 18h").value == "2022-01-06T18:00"
    undated = analyze("Les pompiers sont arrivés à 18h.")
    assert _timex(undated, "à 18h").value == "XXXX-XX-XXT18:00"  # no day at all: not placed on a timeline


@pytest.mark.parametrize(
    "sentence",
    [
        "Plus de 2000 manifestants se sont rassemblés.",
        "Environ 2500 soldats ont été déployés.",
        "Le bilan fait état de 400 morts et 1 000 blessés.",
        "Le rassemblement a commencé à 20 h 15.",
        "La loi n° 2021-1109 a été promulguée.",
    ],
)
def test_numbers_and_clock_times_are_not_years(analyze: Analyze, sentence: str) -> None:
    analysis = analyze(sentence, published="2022-01-07")
    assert not [t for t in analysis.timexes if t.type == "DATE" and t.value and t.value[:1].isdigit()]


# --------------------------------------------------------------------------------------------------
# Decades, centuries, seasons, holidays


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Depuis les années 2000, le pays s'est enrichi.", "les années 2000", "200"),
        ("Dans les années 60, la ville a doublé.", "les années 60", "196"),
        ("La crise des années 1990 a laissé des traces.", "des années 1990", "199"),
        ("La ville date du XIXe siècle.", "du XIXe siècle", "18"),
        ("Les prix ont flambé cet hiver.", "cet hiver", "2022-WI"),
        ("Les travaux ont commencé à l'été 2021.", "l'été 2021", "2021-SU"),
        ("Le chantier reprendra au printemps prochain.", "au printemps prochain", "2022-SP"),
        ("La trêve a été respectée à Noël.", "à Noël", "2021-12-25"),
    ],
)
def test_decades_seasons_and_holidays(analyze: Analyze, sentence: str, text: str, value: str) -> None:
    assert _timex(analyze(sentence, published="2022-01-07"), text).value == value


def test_the_verb_been_is_not_summer(analyze: Analyze) -> None:
    analysis = analyze("Le président a été réélu et l'opposition a été muselée.", published="2022-01-07")
    assert analysis.timexes == []


# --------------------------------------------------------------------------------------------------
# Articles without a date


def test_undated_article_uses_the_date_its_text_gives(analyze: Analyze) -> None:
    analysis = analyze(
        "Le président a déclaré aujourd'hui, vendredi 7 janvier, que l'ordre était rétabli. "
        "Hier, les troupes étaient entrées dans la ville. Mardi, les heurts ont fait dix morts."
    )
    values = _values(analysis)
    assert values["vendredi 7 janvier"] == "2022-01-07"  # 7 January was a Friday in 2022
    assert values["aujourd'hui"] == "2022-01-07"
    assert values["Hier"] == "2022-01-06"
    assert values["Mardi"] == "2022-01-04"


def test_weekday_and_day_pin_the_year(analyze: Analyze) -> None:
    analysis = analyze("Ce lundi 10 janvier, le président a fait le bilan des événements.")
    assert _timex(analysis, "Ce lundi 10 janvier").value == "2022-01-10"


def test_undated_article_without_a_date_in_its_text_guesses_no_year(analyze: Analyze) -> None:
    analysis = analyze("Les émeutes ont commencé le 2 janvier. Hier, la police a tiré. Mardi, le calme.")
    values = _values(analysis)
    assert values["le 2 janvier"] == "XXXX-01-02"
    assert values["Hier"] is None
    assert values["Mardi"] is None


def test_month_precision_date_resolves_months_not_days(analyze: Analyze) -> None:
    analysis = analyze("Les heurts ont commencé le 2 janvier. Hier, la police a tiré.", published="2022-01")
    values = _values(analysis)
    assert values["le 2 janvier"] == "2022-01-02"
    assert values["Hier"] is None


def test_leading_marker_is_not_read_as_a_year(analyzer: Analyzer) -> None:
    text = " date 2022-01 Dans une allocution télévisée ce 7 janvier, le président a parlé."
    article = Article(id="marker", text=text, published="2022-01", body_start=len(" date 2022-01 "))
    analysis = analyzer.analyze(article)
    assert [(t.text, t.value) for t in analysis.timexes] == [("ce 7 janvier", "2022-01-07")]


def test_curly_apostrophes_and_offsets(analyze: Analyze) -> None:
    text = "Aujourd’hui, l’armée s’est retirée ; l’an dernier, elle était restée."
    analysis = analyze(text, published="2022-01-07")
    assert _values(analysis) == {"Aujourd’hui": "2022-01-07", "l’an dernier": "2021"}
    assert all(text[t.start : t.end] == t.text for t in analysis.timexes)


# --------------------------------------------------------------------------------------------------
# Forms news writes that a date tagger must not miss (numeric dates, holidays, weeks of a month,
# centuries, half units, whole periods, set adverbs)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "kind"),
    [
        ("La réunion du 21/04/16 a été reportée.", "2016-04-10", "21/04/16", "2016-04-21", "DATE"),
        ("Le vote est fixé au 02/10 à Rennes.", "2019-09-20", "02/10", "2019-10-02", "DATE"),
        ("Le traité a été signé le 02.04.2009 à Berne.", "2009-05-01", "02.04.2009", "2009-04-02", "DATE"),
        ("Le maire reviendra après demain à Brest.", "2019-03-04", "après demain", "2019-03-06", "DATE"),
        ("Elle est arrivée avant hier à Lyon.", "2019-03-04", "avant hier", "2019-03-02", "DATE"),
        ("Pour Halloween, les enfants de Tulle défileront déguisés.", "2019-10-02", "Halloween", "2019-10-31", "DATE"),
        ("Le paiement arrivera le 20 du mois prochain.", "2019-03-04", "le 20 du mois prochain", "2019-04-20", "DATE"),
        (
            "Les travaux auront lieu la dernière semaine de juillet.",
            "2019-03-04",
            "la dernière semaine de juillet",
            "2019-W30",
            "DATE",
        ),
        ("Les enjeux du 21e siècle sont climatiques.", "2019-03-04", "21e siècle", "20", "DATE"),
        ("Au XIXe siècle, le port était le premier du pays.", "2019-03-04", "XIXe siècle", "18", "DATE"),
        ("Le trajet dure une heure et demie depuis Nantes.", "2019-03-04", "une heure et demie", "PT1.5H", "DURATION"),
        ("Les cheminots ont fait grève toute la semaine.", "2019-03-04", "toute la semaine", "P1W", "DURATION"),
        ("Le rapport de l'observatoire est publié annuellement.", "2019-03-04", "annuellement", "P1Y", "SET"),
    ],
)
def test_news_forms(analyze: Analyze, sentence: str, published: str, text: str, value: str, kind: str) -> None:
    timex = _timex(analyze(sentence, published=published), text)
    assert (timex.value, timex.type) == (value, kind)


def test_a_range_written_with_one_year_gives_both_ends_that_year(analyze: Analyze) -> None:
    values = _values(
        analyze("L'exposition se tiendra du 18 novembre au 19 décembre 2015 au musée de Lille.", published="2015-06-01")
    )
    assert sorted(values.values()) == ["2015-11-18", "2015-12-19"]


def test_a_fraction_and_a_score_are_no_numeric_date(analyze: Analyze) -> None:
    analysis = analyze(
        "Les trois quarts des élèves, soit 3/4 des inscrits, ont réussi; score final 2/1.", published="2019-03-04"
    )
    assert not [t for t in analysis.timexes if t.type == "DATE"]


def test_a_free_holiday_after_a_first_name_is_a_surname(analyze: Analyze) -> None:
    """``la Toussaint`` is a date wherever it stands, but not after a capitalised first name."""
    assert not analyze("Le député Paul Toussaint a déposé un amendement.", published="2019-03-04").timexes
    holiday = _timex(analyze("Les écoles fermeront pour la Toussaint.", published="2019-03-04"), "la Toussaint")
    assert holiday.value == "2019-11-01"


def test_a_capitalised_weekday_inside_a_sentence_is_a_title(analyze: Analyze) -> None:
    """French writes weekdays in lower case: ``Lundi matin`` inside a sentence is a film, not a date."""
    assert not analyze("Le film Lundi matin sort en salles.", published="2023-10-12").timexes
    assert _timex(analyze("Lundi matin, le film sortira.", published="2023-10-12"), "Lundi matin").value


def test_the_conditional_of_reported_speech_looks_ahead(analyze: Analyze) -> None:
    """Published on Friday 15 September 2023: what ``serait``/``rouvriraient`` announce is to come, what
    ``aurait été`` reports is past."""
    found = {
        t.text: t.value
        for t in analyze(
            "Le préfet a précisé que les écoles rouvriraient jeudi. Le suspect aurait été arrêté lundi.",
            published="2023-09-15",
        ).timexes
    }
    assert found == {"jeudi": "2023-09-21", "lundi": "2023-09-11"}


def test_an_opening_weekday_cut_off_by_the_parser_takes_the_verb_after_it(analyze: Analyze) -> None:
    """The parser may make an opening ``Jeudi`` a verbless root, with the clause after it hanging on it or
    cut off as another sentence: that clause's verb still says the past (last Thursday, not the coming
    one)."""
    analysis = analyze("Jeudi vers 7 heures, les gendarmes ont arrêté le chauffeur.", published="2023-06-05")
    assert _timex(analysis, "Jeudi vers 7 heures").value == "2023-06-01T07:00"
    analysis = analyze("Mardi vers 6 heures, un camion a percuté le pont.", published="2025-11-17")
    assert _timex(analysis, "Mardi vers 6 heures").value == "2025-11-11T06:00"


def test_what_is_planned_lies_ahead(analyze: Analyze) -> None:
    """``est prévu``, ``sont attendues``: a present passive of planning puts the event in the future."""
    analysis = analyze("Les travaux sont prévus au début du printemps.", published="2023-11-20")
    assert _timex(analysis, "début du printemps").value == "2024-SP"


def test_a_capitalised_day_word_inside_a_sentence_is_a_title(analyze: Analyze) -> None:
    """``le roman Hier`` is a title: a day word is written in lower case inside a sentence."""
    assert not analyze("Le roman Hier a reçu un prix littéraire.", published="2023-06-05").timexes


def test_a_length_of_time_opening_a_title_is_none(analyze: Analyze) -> None:
    """``le film Trois jours et une vie``: a capital inside a sentence opens a title; in lower case the same
    words are a length of time."""
    assert not analyze("Le film Trois jours et une vie est sorti en salles.", published="2023-06-05").timexes
    analysis = analyze("Le tournage a duré trois jours.", published="2023-06-05")
    assert [(t.text, t.value) for t in analysis.timexes] == [("trois jours", "P3D")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le 13 Heures de TF1 a consacré un sujet au village.",
        "Le défilé a remonté la place du 14-Juillet.",
        "Le car s'est arrêté devant l'école du 8-Mai.",
    ],
)
def test_a_programme_or_a_place_named_by_a_time_is_none(analyze: Analyze, sentence: str) -> None:
    """A news programme named by its hour (a capital inside the sentence), and places named after a date
    (``la place du 14-Juillet``), hold no time expression; ``les cortèges du 1er-Mai`` do."""
    assert not analyze(sentence, published="2023-06-05").timexes
    analysis = analyze("Les cortèges du 1er-Mai ont été nombreux.", published="2023-06-05")
    assert _timex(analysis, "1er-Mai").value == "2023-05-01"


def test_a_future_the_parser_reads_as_a_past_is_still_ahead(analyze: Analyze) -> None:
    """``se réunira`` is the future of ``réunir`` even where the parser tags it a past: the infinitive
    with a future ending is never a passé simple, so ``mercredi`` is the coming one."""
    analysis = analyze("Le comité se réunira mercredi 10 heures.", published="2024-11-25")
    assert _timex(analysis, "mercredi 10 heures").value == "2024-11-27T10:00"


def test_a_weekday_ending_a_title_is_no_date(analyze: Analyze) -> None:
    """``L'Équipe du dimanche`` names a programme; ``le marché du dimanche`` is a day."""
    assert not analyze("Le magazine L'Équipe du dimanche a consacré un sujet au club.", published="2024-11-25").timexes
    assert analyze("Le marché du dimanche a été annulé.", published="2024-11-25").timexes


def test_the_national_day_is_14_july_unless_another_countrys(analyze: Analyze) -> None:
    assert _values(analyze("La fête nationale a été marquée par un défilé.", published="2025-11-26")) == {
        "La fête nationale": "2025-07-14"
    }
    assert _values(analyze("La fête nationale belge a été marquée par un défilé.", published="2025-11-26")) == {}
    assert _values(analyze("La fête nationale du Québec a été marquée par un défilé.", published="2025-11-26")) == {}


def test_a_flight_number_after_its_code_is_no_year(analyze: Analyze) -> None:
    assert _values(analyze("Le vol AF 1830 a été dévié vers Nice.", published="2026-10-07")) == {}
    assert _values(analyze("Les JO 2024 ont été un succès.", published="2026-10-07")) == {"2024": "2024"}


def test_a_present_the_parser_takes_for_an_infinitive_keeps_the_weekday_habitual(analyze: Analyze) -> None:
    """``se réunit``: an ``-ir`` verb's present singular, which the parser may call an infinitive."""
    analysis = analyze("Le comité se réunit le mardi soir.", published="2027-04-22")
    assert [(t.value, t.type) for t in analysis.timexes] == [("XXXX-WXX-2TEV", "SET")]


def test_a_calendar_word_with_a_capital_inside_a_sentence_is_a_name(analyze: Analyze) -> None:
    """``les images de Mars``: the planet; ``« Le Jour d'après »``: a film's title, not the day after."""
    assert _values(analyze("L'agence a publié une carte détaillée de Mars.", published="2026-05-18")) == {}
    assert _values(analyze("La série « Le Lendemain » a été primée à Cannes.", published="2026-05-18")) == {}
    assert _values(analyze("La carte a été publiée début mars.", published="2026-05-18")) == {"début mars": "2026-03"}
    assert _values(analyze("EN MARS, LA CARTE A ÉTÉ PUBLIÉE.", published="2026-05-18")) == {"EN MARS": "2026-03"}


def test_the_day_a_source_spoke_on_leaves_the_narrative_on_the_day_it_reports(analyze: Analyze) -> None:
    """``a annoncé mardi la préfecture`` is the day of the announcement: ``dans la soirée`` after it is the
    evening of Monday, the day the sentence reports."""
    text = (
        "Deux randonneurs ont été secourus lundi dans le massif du Vercors, a annoncé mardi la préfecture. "
        "Ils ont été hélitreuillés dans la soirée."
    )
    analysis = analyze(text, published="2025-09-09")
    assert [(t.text, t.value) for t in analysis.timexes] == [
        ("lundi", "2025-09-08"),
        ("mardi", "2025-09-09"),
        ("dans la soirée", "2025-09-08TEV"),
    ]


def test_a_cleft_sentence_takes_the_tense_of_its_que_clause(analyze: Analyze) -> None:
    """``C'est dimanche que se déroulera la fête``: the present of ``c'est`` only puts the day forward; the
    event is in the clause after ``que``, future here, past in ``c'est jeudi que le maire a démissionné``."""
    assert _values(analyze("C'est dimanche que se déroulera la fête du quartier.", published="2026-05-19")) == {
        "dimanche": "2026-05-24"
    }
    assert _values(analyze("C'est vendredi que le maire a démissionné.", published="2026-05-19")) == {
        "vendredi": "2026-05-15"
    }


def test_a_headline_in_capitals_takes_the_tense_of_its_lead(analyze: Analyze) -> None:
    """``LA FOIRE OUVRIRA DIMANCHE``: parsed as a string of nouns, a headline in capitals has no verb to read;
    the lead sentence below it tells the same event, in a tense the parser reads."""
    text = "LA FOIRE AUX VINS OUVRIRA DIMANCHE.\nLes exposants s'installeront sur la place du marché."
    assert _values(analyze(text, published="2026-05-19")) == {"DIMANCHE": "2026-05-24"}


def test_a_holiday_before_a_surname_is_a_first_name(analyze: Analyze) -> None:
    """``Toussaint Louverture``, ``Noël Mamère``: a holiday followed by a capitalised word is a person."""
    assert _values(analyze("Toussaint Louverture est né à Saint-Domingue.", published="2026-05-19")) == {}
    assert _values(analyze("Les cimetières sont fleuris pour la Toussaint.", published="2026-10-20")) != {}


# --------------------------------------------------------------------------------------------------
# Third timex round: bare phrases, mistagged participles, bounds and targets, ages


def test_a_participle_the_tagger_calls_an_infinitive_keeps_its_past(analyze: Analyze) -> None:
    """``ont nettoyé``: a verb with a tense auxiliary is a participle, whatever form the tagger gave it; the
    Saturday is the last one, not the coming one."""
    analysis = analyze("Les habitants ont nettoyé la rivière samedi matin.", published="2025-02-12")
    assert _values(analysis) == {"samedi matin": "2025-02-08TMO"}


def test_a_passive_participle_tagged_as_an_adjective_keeps_its_future(analyze: Analyze) -> None:
    """``seront connus``: the tagger may call the participle an adjective; its auxiliary still says future."""
    analysis = analyze("Les chiffres seront connus le jour de l'an.", published="2027-05-06")
    assert _timex(analysis, "jour de l'an").value == "2028-01-01"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("lundi matin", "2027-05-10TMO"),
        ("du lundi au vendredi", "2027-05-10"),
        ("le vingt-cinq décembre", "2027-12-25"),
        ("jeudi dernier", "2027-04-29"),
        ("hier soir", "2027-05-05TEV"),
    ],
)
def test_a_bare_phrase_names_the_coming_day(analyze: Analyze, phrase: str, value: str) -> None:
    """A text with no verb at all (an agenda's or a query's phrase) names the coming day, as a calendar
    reads it; a modifier or a deictic word still decides (``jeudi dernier``, ``hier soir``)."""
    assert analyze(phrase, published="2027-05-06").timexes[0].value == value


def test_a_feast_after_before_takes_a_future_verb(analyze: Analyze) -> None:
    """``doit ouvrir avant Noël`` written in January: what is to come before the feast puts it ahead; a past
    event before it says nothing of it."""
    coming = analyze("La patinoire doit ouvrir avant Noël.", published="2027-01-14")
    assert _timex(coming, "Noël").value == "2027-12-25"
    past = analyze("La patinoire a ouvert avant Noël.", published="2027-01-14")
    assert _timex(past, "Noël").value == "2026-12-25"


def test_a_feast_something_is_for_lies_ahead(analyze: Analyze) -> None:
    """``se préparent pour la Toussaint`` written in January: the day something is for is the coming one,
    unless the verb is past."""
    coming = analyze("Les fleuristes se préparent pour la Toussaint.", published="2027-01-14")
    assert _timex(coming, "la Toussaint").value == "2027-11-01"
    past = analyze("Les fleuristes étaient prêts pour la Toussaint.", published="2027-01-14")
    assert _timex(past, "la Toussaint").value == "2026-11-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Un cycliste de 19 ans a été renversé place Bellecour.",
        "La passagère, âgée de 42 ans, a été relâchée.",
        "Marc Lenoir, 61 ans, dirige la coopérative.",
    ],
)
def test_an_age_is_no_length_of_time(analyze: Analyze, sentence: str) -> None:
    """``un cycliste de 19 ans``, ``âgée de 42 ans``, ``Marc Lenoir, 61 ans,``: how old someone is."""
    assert _values(analyze(sentence, published="2026-10-21")) == {}


def test_a_sentence_of_years_stays_a_length(analyze: Analyze) -> None:
    """``une peine de 12 ans``: a length after a noun that is no person."""
    analysis = analyze("Il a été condamné à une peine de 12 ans de prison.", published="2026-10-21")
    assert _values(analysis) == {"12 ans": "P12Y"}
