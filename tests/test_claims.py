"""Numeric claims on short French sentences: what each figure counts, how sure, who says so.

The sentences are written for these tests (protests, earthquakes, riots, strikes, unrest), never taken
from the annotated articles.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.model import PEOPLE_CATEGORIES, Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(analyze: Analyze, text: str, published: str | None = "2023-03-07") -> list[Claim]:
    """The claims of ``text`` that count people, in text order."""
    return [c for c in analyze(text, published=published).claims if c.category in PEOPLE_CATEGORIES]


def only(analyze: Analyze, text: str) -> Claim:
    claims = scored(analyze, text)
    assert len(claims) == 1, [(c.text, c.category) for c in claims]
    return claims[0]


def source_of(claim: Claim) -> str:
    assert claim.source is not None, claim
    return f"{claim.source.text} | {claim.source.entity}"


# -- categories ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Au moins 12 personnes ont été tuées dans l'attaque.", "killed", 12),
        ("Huit policiers auraient été tués lors des émeutes.", "killed", 8),
        ("Dix-huit soldats ont perdu la vie depuis lundi.", "killed", 18),
        ("Le séisme a fait plus de 2 000 morts.", "killed", 2000),
        ("Environ 216 ont été blessés pendant la nuit.", "injured", 216),
        ("Des centaines de blessés sont à déplorer.", "injured", None),
        ("Plus de 300 personnes ont été hospitalisées.", "hospitalized", 300),
        ("La police a interpellé 150 personnes samedi.", "arrested", 150),
        ("Le nombre de détenus s'élève à plus de 3.000.", "arrested", 3000),
        ("La police a procédé à 72 arrestations.", "arrested", 72),
        ("Des milliers de personnes manifestaient devant le parlement.", "participants", None),
        ("La ville a été attaquée par 20 000 individus armés.", "participants", 20000),
        ("Les forces de l'ordre ont dispersé 5 000 manifestants.", "participants", 5000),
        ("Quelque 2 500 soldats ont été déployés dans le pays.", "troops", 2500),
        ("Le ministre a annoncé le déploiement de 45 000 policiers et gendarmes.", "troops", 45000),
        ("Plus de 10 000 personnes ont été évacuées.", "displaced", 10000),
        ("Quelque 200 000 personnes ont dû quitter leur domicile.", "displaced", 200000),
        ("Deux journalistes sont portés disparus depuis lundi.", "missing", 2),
        ("Environ 25 000 personnes restent évacuées à Jasper.", "displaced", 25000),
        ("Près de 300 vacanciers ont été évacués du camping.", "displaced", 300),
        ("Un pompier de 24 ans est mort jeudi en combattant les flammes.", "killed", 1),
        ("Un sauveteur âgé de 31 ans a été blessé mardi.", "injured", 1),
        ("L'embuscade a coûté la vie à 17 gendarmes, selon l'état-major.", "killed", 17),
        ("Les crues ont coûté la vie à une quarantaine de personnes.", "killed", 40),
    ],
)
def test_categories(analyze: Analyze, text: str, category: str, value: int | None) -> None:
    claim = only(analyze, text)
    assert (claim.category, claim.value) == (category, value)
    assert claim.text == text[claim.start : claim.end]


@pytest.mark.parametrize(
    "text",
    [
        "Le prix du carburant a augmenté de 15 % en un an.",
        "L'entreprise détient une participation de 50 % dans la coentreprise.",
        "Nazarbayev, 81 ans, a démissionné en 2019.",
        "Internet a été rétabli après cinq jours de coupure.",
        "Le pays a attiré des centaines de milliards de dollars d'investissements.",
        "Il a nommé un nouveau directeur, Non. 2 du Comité.",
        "Les émeutes ont commencé le 2 janvier dans la région.",
        "Des dizaines de soldats sont entrés sur la place principale.",
        "Quelque 1 350 véhicules ont été incendiés.",
        "Un corps a été aperçu dans une voiture.",
        "Le gouvernement a envoyé 2 000 tonnes d'aide.",
        "Le contingent mettra 10 jours à se retirer.",
    ],
)
def test_other_numbers_are_not_scored(analyze: Analyze, text: str) -> None:
    assert scored(analyze, text) == []


def test_what_cost_lives_is_not_counted_with_them(analyze: Analyze) -> None:
    """``coûter la vie à N``: the N are the dead; the events that cost them are no one."""
    claims = analyze("Trois avalanches ont coûté la vie à 11 skieurs cet hiver.", published="2026-02-20").claims
    assert [(c.category, c.value) for c in claims if c.category in PEOPLE_CATEGORIES] == [("killed", 11)]


def test_other_numbers_are_kept_as_other(analyze: Analyze) -> None:
    claims = analyze("Le chômage touche 7 % des actifs, soit 3 millions d'euros.").claims
    assert {c.category for c in claims} == {"other"}
    assert [c.value for c in claims] == [7, 3_000_000]


def test_two_groups_give_two_claims(analyze: Analyze) -> None:
    text = "Selon le ministère, 26 « assaillants » et 18 membres des forces de sécurité ont été tués."
    first, second = scored(analyze, text)
    assert (first.category, first.value, second.category, second.value) == ("killed", 26, "killed", 18)
    assert first.end <= second.start
    assert second.subject == "membres des forces de sécurité"


def test_a_subset_keeps_its_own_category(analyze: Analyze) -> None:
    text = "Plus de 1 000 personnes ont été blessées et plus de 400 d'entre elles seraient hospitalisées."
    injured, hospitalized = scored(analyze, text)
    assert (injured.category, injured.value, injured.qualifier) == ("injured", 1000, "at_least")
    assert (hospitalized.category, hospitalized.value, hospitalized.qualifier) == ("hospitalized", 400, "at_least")
    assert hospitalized.reported and not injured.reported


def test_dont_figures_count_what_the_list_counts(analyze: Analyze) -> None:
    text = "Au total, 875 personnes ont été interpellées, dont 408 à Paris."
    total, part = scored(analyze, text)
    assert (total.category, part.category, part.value, part.place) == ("arrested", "arrested", 408, "Paris")


def test_figures_in_a_list_share_a_category(analyze: Analyze) -> None:
    text = "Le séisme a fait au moins 2.012 morts et 2.059 blessés, dont 1 404 grièvement."
    killed, injured, severe = scored(analyze, text)
    assert (killed.category, killed.value, killed.qualifier) == ("killed", 2012, "at_least")
    assert (injured.category, injured.value) == ("injured", 2059)
    assert (severe.category, severe.value) == ("injured", 1404)


def test_indefinite_article_counts_only_with_a_verb(analyze: Analyze) -> None:
    claim = only(analyze, "Un policier a été tué lors des affrontements.")
    assert (claim.category, claim.value) == ("killed", 1)


# -- qualifiers and values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [
        ("Près de 8 000 personnes ont été arrêtées.", 8000, "approx", None, None),
        ("Une centaine de manifestants ont été interpellés.", 100, "approx", None, None),
        ("Plus d'un millier de personnes ont été blessées.", 1000, "at_least", None, None),
        ("Moins de 50 personnes ont été blessées.", 50, "at_most", None, None),
        ("Entre 10 000 et 15 000 manifestants se sont rassemblés.", 10000, "range", 10000, 15000),
        ("Des dizaines de manifestants ont été tués.", None, "vague", 20, 99),
        ("Plusieurs centaines de personnes ont été arrêtées.", None, "vague", 200, 999),
        ("Le séisme a fait 2 000 morts au moins.", 2000, "at_least", None, None),
        ("1,28 million de personnes ont manifesté.", 1_280_000, "exact", None, None),
    ],
)
def test_qualifiers(
    analyze: Analyze, text: str, value: int | None, qualifier: str, low: int | None, high: int | None
) -> None:
    claim = only(analyze, text)
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (value, qualifier, low, high)


# -- sources ---------------------------------------------------------------------------------------


def test_protest_counts_police_and_unions(analyze: Analyze) -> None:
    text = "Selon la police, 12 000 personnes ont défilé à Paris, contre 50 000 selon la CGT."
    police, unions = scored(analyze, text)
    assert (police.category, police.value, unions.category, unions.value) == (
        "participants",
        12000,
        "participants",
        50000,
    )
    assert "police" in source_of(police) and "CGT" in source_of(unions)
    assert police.place == "Paris"


def test_protest_counts_after_the_figures(analyze: Analyze) -> None:
    text = "Les manifestants étaient 1,28 million selon le ministère de l'Intérieur, 3,5 millions selon les syndicats."
    ministry, unions = scored(analyze, text)
    assert (ministry.value, unions.value) == (1_280_000, 3_500_000)
    assert {ministry.category, unions.category} == {"participants"}
    assert "ministère de l'Intérieur" in source_of(ministry) and "syndicats" in source_of(unions)


def test_gapped_clause_names_its_source(analyze: Analyze) -> None:
    text = "L'intersyndicale a compté 2 millions de manifestants, la police 800 000."
    unions, police = scored(analyze, text)
    assert "intersyndicale" in source_of(unions) and "police" in source_of(police)
    assert police.category == "participants"


def test_pronoun_subject_counts_what_was_counted_before(analyze: Analyze) -> None:
    text = (
        "Jeudi, 1,08 million de personnes ont manifesté en France. "
        "À Marseille, ils étaient 245 000 selon les syndicats et 16 000 selon la police."
    )
    _, unions, police = scored(analyze, text)
    assert (unions.category, unions.value, police.value) == ("participants", 245000, 16000)
    assert "syndicats" in source_of(unions) and "police" in source_of(police)


@pytest.mark.parametrize(
    ("text", "category", "value", "source"),
    [
        (
            "Mardi, 980 000 personnes ont défilé contre la loi, selon la police. La CGT en a revendiqué 2,8 millions.",
            "participants",
            2800000,
            "CGT",
        ),
        (
            "Le séisme a fait au moins 300 morts dans la province. "
            "Les secours en dénombraient encore 45 dans les décombres mercredi.",
            "killed",
            45,
            None,
        ),
    ],
)
def test_en_before_the_verb_counts_what_was_counted_before(
    analyze: Analyze, text: str, category: str, value: int, source: str | None
) -> None:
    claim = scored(analyze, text)[-1]
    assert (claim.category, claim.value) == (category, value)
    if source is not None:
        assert source in source_of(claim)


def test_en_as_a_preposition_names_nothing_counted(analyze: Analyze) -> None:
    claims = scored(analyze, "Le club a terminé la saison en marquant 48 buts. Il a vendu 12 000 abonnements.")
    assert claims == []


def test_a_verb_before_a_list_counts_every_item(analyze: Analyze) -> None:
    claims = scored(analyze, "Les autorités ont évacué 4 700 habitants et quelque 20 000 touristes.")
    assert [(c.category, c.value) for c in claims] == [("displaced", 4700), ("displaced", 20000)]


def test_selon_frame_covers_every_figure_of_its_sentence(analyze: Analyze) -> None:
    text = (
        "Selon les chiffres du ministère de l'Intérieur, 26 assaillants et 18 policiers ont été tués "
        "depuis le début des émeutes."
    )
    claims = scored(analyze, text)
    assert len(claims) == 2
    assert all("ministère de l'Intérieur" in source_of(c) for c in claims)


def test_selon_without_comma_before_the_figure(analyze: Analyze) -> None:
    text = "selon le ministère de la Santé plus de 1 000 personnes ont été blessées."
    claim = only(analyze, text)
    assert "ministère de la Santé" in source_of(claim)
    assert claim.place is None  # ``Santé`` belongs to the source, it is not where


def test_d_apres(analyze: Analyze) -> None:
    claim = only(analyze, "D'après la préfecture, 4 000 personnes ont défilé dans les rues de Lyon.")
    assert "préfecture" in source_of(claim)


def test_speech_verb_before(analyze: Analyze) -> None:
    text = "Le ministère de l'Intérieur a annoncé que 26 assaillants avaient été tués."
    assert "ministère de l'Intérieur" in source_of(only(analyze, text))


def test_speech_verb_carries_over_alors_que(analyze: Analyze) -> None:
    text = (
        "Le ministère a annoncé que 26 assaillants ont été tués, alors que le nombre de détenus "
        "s'élève à plus de 3.000."
    )
    killed, arrested = scored(analyze, text)
    assert arrested.category == "arrested" and arrested.subject == "détenus"
    assert "ministère" in source_of(killed) and "ministère" in source_of(arrested)


def test_incise(analyze: Analyze) -> None:
    text = "875 personnes ont été interpellées dans la nuit, a annoncé Gérald Darmanin."
    assert "Darmanin" in source_of(only(analyze, text))


def test_incise_after_a_quote(analyze: Analyze) -> None:
    text = "« Nous avons interpellé 300 personnes », a déclaré le préfet."
    assert "préfet" in source_of(only(analyze, text))


def test_reporting_verb_with_figure_object(analyze: Analyze) -> None:
    claim = only(analyze, "La CGT revendique 3,5 millions de manifestants dans toute la France.")
    assert claim.category == "participants" and "CGT" in source_of(claim)


def test_reporting_participle_names_the_source(analyze: Analyze) -> None:
    text = "Le dernier bilan, communiqué dimanche par le ministère de l'Intérieur, fait état de 2 012 morts."
    claim = only(analyze, text)
    assert claim.category == "killed" and "ministère de l'Intérieur" in source_of(claim)


def test_acting_authorities_are_the_source(analyze: Analyze) -> None:
    claim = only(analyze, "Les autorités ont arrêté près de 10 000 personnes après les troubles.")
    assert (claim.category, claim.value, claim.qualifier) == ("arrested", 10000, "approx")
    assert "autorités" in source_of(claim)


def test_earthquake_toll(analyze: Analyze) -> None:
    text = (
        "Un séisme de magnitude 7,8 a frappé lundi le sud du pays. Le bilan s'élève à au moins 1 500 "
        "morts, selon l'agence de gestion des catastrophes. Des centaines de personnes sont portées "
        "disparues."
    )
    killed, missing = scored(analyze, text)
    assert (killed.category, killed.value, killed.qualifier) == ("killed", 1500, "at_least")
    assert "agence de gestion des catastrophes" in source_of(killed)
    assert (missing.category, missing.qualifier, missing.source) == ("missing", "vague", None)


def test_no_source_across_sentences(analyze: Analyze) -> None:
    text = (
        "Selon le ministère de la Santé, plus de 1 000 personnes ont été blessées. "
        "Huit policiers auraient été tués lors des émeutes."
    )
    injured, killed = scored(analyze, text)
    assert injured.source is not None and killed.source is None
    assert killed.reported


def test_no_source_across_a_paragraph(analyze: Analyze) -> None:
    text = "Le ministère a annoncé que 26 assaillants ont été tués\n18 policiers ont perdu la vie."
    first, second = scored(analyze, text)
    assert first.source is not None and second.source is None


def test_agent_of_sending_is_not_a_source(analyze: Analyze) -> None:
    claim = only(analyze, "On ignore combien de troupes sur les quelque 2 500 envoyées par l'alliance partaient.")
    assert (claim.category, claim.value, claim.qualifier, claim.source) == ("troops", 2500, "approx", None)


# -- date and place --------------------------------------------------------------------------------


def test_date_and_place(analyze: Analyze) -> None:
    text = "Le 4 janvier, la police a dispersé plus de 5 000 manifestants à Almaty."
    claim = only(analyze, text)
    assert claim.date == "2022-01-04" or claim.date is None or claim.date.startswith("2023-01-04")
    assert claim.place == "Almaty"


def test_date_from_a_weekday(analyze: Analyze) -> None:
    claim = only(analyze, "Jeudi, 33 personnes ont été interpellées.")
    assert claim.date is not None and claim.date.startswith("2023-03-02")


# -- invariants ------------------------------------------------------------------------------------


_PARTS = st.sampled_from(
    [
        "Selon la police,",
        "plus de 3.000",
        "personnes",
        "ont été tuées",
        "et",
        "environ 216",
        "blessés",
        ",",
        "des dizaines d'émeutiers",
        "a annoncé le ministère",
        ".",
        "dont 408 à Paris",
        "« criminels »",
        "1,28 million",
        "selon la CGT",
        "Non. 2",
        "81 ans",
        "50 %",
        "le 2 janvier",
        "\n",
        "un",
        "d'entre elles",
        "seraient hospitalisées",
        "entre 10 et 20",
        "manifestants",
        "Huit",
        "qu'",
        "ils étaient",
    ]
)


@given(st.lists(_PARTS, min_size=1, max_size=14).map(" ".join))
@settings(max_examples=25, deadline=None)
def test_every_claim_is_inside_the_text(analyze: Analyze, text: str) -> None:
    analysis = analyze(text)
    for claim in analysis.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
        assert claim.category in (*PEOPLE_CATEGORIES, "other")
        if claim.qualifier == "vague":
            assert claim.value is None and claim.low is not None and claim.high is not None
        else:
            assert claim.value is not None


@given(st.text(max_size=120))
@settings(max_examples=40, deadline=None)
def test_any_unicode_string_never_raises_and_spans_are_inside(analyze: Analyze, text: str) -> None:
    analysis = analyze(text)
    for record in (*analysis.claims, *analysis.quotes, *analysis.timexes, *analysis.entities):
        assert 0 <= record.start <= record.end <= len(text)
        assert record.text == text[record.start : record.end]


# -- further constructions of protest, riot and disaster reports -----------------------------------


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Près de 3 000 salariés étaient en grève mardi.", "participants", 3000),
        ("Plus de 1 300 personnes sont toujours en garde à vue.", "arrested", 1300),
        ("Le cortège comptait 5 000 personnes au départ de la place.", "participants", 5000),
        ("Ils étaient 20 000 à manifester à Lyon.", "participants", 20000),
        (
            "Les manifestants, au nombre de 3 000 selon les organisateurs, ont rejoint la préfecture.",
            "participants",
            3000,
        ),
        ("Le bilan s'élève à 300 blessés.", "injured", 300),
        ("Au moins 23 personnes ont perdu la vie dans les inondations.", "killed", 23),
    ],
)
def test_more_constructions(analyze: Analyze, text: str, category: str, value: int) -> None:
    claim = only(analyze, text)
    assert (claim.category, claim.value) == (category, value)


def test_subset_without_noun_after_dont(analyze: Analyze) -> None:
    total, part = scored(analyze, "Une trentaine de personnes ont été blessées, dont trois grièvement.")
    assert (total.value, total.qualifier, part.category, part.value) == (30, "approx", "injured", 3)


def test_d_autres_counts_the_group_named_before(analyze: Analyze) -> None:
    text = "Au moins 23 personnes sont mortes et des dizaines d'autres sont portées disparues."
    killed, missing = scored(analyze, text)
    assert (killed.category, missing.category, missing.qualifier) == ("killed", "missing", "vague")


def test_counting_verb_needs_someone_who_counts(analyze: Analyze) -> None:
    assert only(analyze, "Le cortège comptait 5 000 personnes.").source is None


def test_incise_with_an_interviewer(analyze: Analyze) -> None:
    text = "L'armée a arrêté plus de 3 000 personnes, a déclaré à l'AFP le ministère de l'Intérieur."
    assert "ministère de l'Intérieur" in source_of(only(analyze, text))


def test_selon_phrase_ends_before_a_time_phrase(analyze: Analyze) -> None:
    claim = only(analyze, "Plus de 110 000 personnes ont été tuées selon l'ONU depuis le début du conflit.")
    assert claim.source is not None and claim.source.text == "l'ONU"


def test_relative_clause_speaker(analyze: Analyze) -> None:
    text = "La préfecture a dénombré 57 000 manifestants, un chiffre contesté par la CGT qui en revendique 400 000."
    police, unions = scored(analyze, text)
    assert "préfecture" in source_of(police) and "CGT" in source_of(unions)
    assert unions.category == "participants"


def test_a_number_that_ends_a_model_name_counts_no_one(analyze: Callable[..., DocumentAnalysis]) -> None:
    result = analyze("Après la crue, il n'y a plus aucun camion GMC 12 dans les rues du village.")
    assert [c.text for c in result.claims if c.category in PEOPLE_CATEGORIES] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Quatorze personnes restent portées disparues après les crues.", "missing", 14),
        ("Trois randonneurs demeurent portés disparus dans le massif.", "missing", 3),
        ("Douze blessés restent hospitalisés à Grenoble.", "hospitalized", 12),
    ],
)
def test_rester_carries_a_state_like_an_auxiliary(analyze: Analyze, text: str, category: str, value: int) -> None:
    """« restent portées disparues » says what « sont portées disparues » says, still true today."""
    claim = only(analyze, text)
    assert (claim.category, claim.value) == (category, value)


def test_people_counted_in_the_procession_are_its_marchers(analyze: Analyze) -> None:
    """« 19 000 personnes dans le cortège » counts a march like « 19 000 personnes dans la rue »."""
    claim = only(analyze, "À Lyon, la préfecture a dénombré 19 000 personnes dans le cortège.")
    assert (claim.category, claim.value) == ("participants", 19_000)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Les secours ont dégagé deux corps, ce qui porte à 9 le nombre de victimes de l'avalanche.", "killed", 9),
        ("La gendarmerie a porté à 21 le nombre de personnes interpellées.", "arrested", 21),
        ("Le syndicat estime à 3 000 le nombre de grévistes.", "participants", 3000),
    ],
)
def test_a_count_whose_holder_follows_its_figure(analyze: Analyze, text: str, category: str, value: int) -> None:
    """« porte à 9 le nombre de victimes »: the figure counts what « le nombre de » names after it."""
    claim = scored(analyze, text)[-1]
    assert (claim.category, claim.value) == (category, value)


def test_a_holder_revised_down_keeps_its_category(analyze: Analyze) -> None:
    claim = only(analyze, "Le nombre de blessés est ramené à 12, selon la préfecture.")
    assert (claim.category, claim.value) == ("injured", 12)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Au moins 3 pêcheurs sont morts en mer.", "killed", 3),
        ("Plus de 40 randonneurs manquent toujours à l'appel.", "missing", 40),
        ("Quatre des blessés ont été hospitalisés à Lyon.", "hospitalized", 4),
        ("Quelque 500 habitants de trois hameaux ont été évacués.", "displaced", 500),
        ("Les deux cambrioleurs présumés interpellés samedi ont été relâchés.", "arrested", 2),
        ("Des milliers d'enseignants mobilisés contre la réforme.", "participants", None),
    ],
)
def test_constructions_of_shipwreck_heatwave_and_protest_reports(
    analyze: Analyze, text: str, category: str, value: int | None
) -> None:
    """« sont morts » tagged as a noun, « manquer à l'appel », « N des blessés », a complement counting
    hamlets, « présumés », and people who are « mobilisés » to protest, not deployed."""
    claim = scored(analyze, text)[0]
    assert (claim.category, claim.value) == (category, value)


def test_firefighters_mobilised_are_deployed(analyze: Analyze) -> None:
    assert only(analyze, "Quelque 300 pompiers mobilisés luttent contre les flammes.").category == "troops"


def test_vehicles_in_a_convoy_count_no_one(analyze: Analyze) -> None:
    assert scored(analyze, "Quelque 400 tracteurs ont convergé vers la préfecture.") == []


def test_the_object_of_one_verb_does_not_share_the_next_figure_s_verb(analyze: Analyze) -> None:
    """« transportait 45 passagers et 12 passagers sont portés disparus »: only the 12 are missing."""
    claim = only(analyze, "Le car transportait 45 passagers et 12 passagers sont toujours portés disparus.")
    assert (claim.category, claim.value) == ("missing", 12)


def test_an_earlier_count_set_against_the_new_one_keeps_its_own_day(analyze: Analyze) -> None:
    """« contre 7 annoncés la veille » counts injured too, on the day before; the arrests after it are of the
    sentence's day, not of « la veille »."""
    text = "Onze policiers ont été blessés mardi, contre 7 annoncés la veille, et 40 personnes ont été interpellées."
    injured, earlier, arrested = scored(analyze, text, published="2024-05-16")
    assert (earlier.category, earlier.value, earlier.date) == ("injured", 7, "2024-05-13")
    assert (arrested.category, arrested.date) == ("arrested", "2024-05-14")
    assert injured.date == "2024-05-14"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La préfecture a par ailleurs porté à 13 le nombre de personnes interpellées jeudi.", "La préfecture"),
        ("Le ministère a de son côté confirmé 11 morts par noyade.", "Le ministère"),
        (
            "La préfecture a revu à la hausse le nombre d'interpellations de samedi : 25 personnes ont été "
            "placées en garde à vue.",
            "La préfecture",
        ),
    ],
)
def test_the_subject_that_sets_a_count_is_its_source(analyze: Analyze, text: str, source: str) -> None:
    """The subject of « porter à N le nombre de », past « par ailleurs » or « de son côté », and of a count
    revised before a colon, gives the figure."""
    claim = scored(analyze, text)[-1]
    assert claim.source is not None and claim.source.text == source


def test_a_figure_in_the_complement_of_au_lendemain_counts_the_day_before(analyze: Analyze) -> None:
    """« au lendemain d'une marche qui a réuni 12 000 enseignants »: the march was the day before the day
    the article speaks from, whatever date the time phrase is given."""
    text = "Au lendemain d'une marche qui a réuni 12 000 enseignants à Lille, le recteur reçoit les syndicats."
    assert only(analyze, text).date == "2023-03-06"


def test_a_figure_s_own_clause_dates_it(analyze: Analyze) -> None:
    text = (
        "Selon l'estimation de l'institut, publiée lundi, 2 400 décès sont attribuables au froid depuis le 1er janvier."
    )
    assert only(analyze, text).date == "2023-01-01"


def test_an_apposition_after_an_opening_place_keeps_the_place(analyze: Analyze) -> None:
    text = "À Nantes, berceau du mouvement, la préfecture a compté 4 000 manifestants."
    assert only(analyze, text).place == "Nantes"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("L'observatoire, qui estime à 2 000 le nombre de morts dans le conflit, réclame une trêve.", "L'observatoire"),
        ("Les pompiers ont dégagé deux corps mardi, portant à 9 le nombre de victimes de l'avalanche.", "Les pompiers"),
        ("La préfecture évoque 12 blessés, et l'association maintient son chiffre de 30 blessés.", "l'association"),
        ("L'ONG maintient que 40 personnes sont mortes.", "L'ONG"),
    ],
)
def test_who_estimates_carries_or_maintains_a_count(analyze: Analyze, text: str, source: str) -> None:
    """« qui estime à N le nombre de », a participle « portant à N » whose subject is its clause's, and
    « maintenir » a figure: the count is theirs."""
    claim = scored(analyze, text)[-1]
    assert claim.source is not None and claim.source.text == source


def test_a_figure_hung_on_a_place_with_avec_is_that_place_s(analyze: Analyze) -> None:
    """« La Bavière est la région la plus touchée, avec 14 morts »: the 14 are Bavaria's."""
    assert only(analyze, "La Bavière est la région la plus touchée, avec 14 morts.").place == "Bavière"


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Trois trafiquants présumés, deux Albanais et un Serbe, ont été arrêtés samedi.", "arrested", 3),
        ("Deux randonneurs, un père et son fils, sont portés disparus.", "missing", 2),
    ],
)
def test_an_apposition_naming_the_counted_does_not_part_them_from_their_verb(
    analyze: Analyze, text: str, category: str, value: int
) -> None:
    claim = scored(analyze, text)[0]
    assert (claim.category, claim.value) == (category, value)


def test_forces_that_reinforce_others_are_deployed(analyze: Analyze) -> None:
    """« renforcés par 200 soldats »: the agent of a reinforcement, when forces, is a deployment."""
    claim = only(analyze, "Les pompiers ont été renforcés par 200 soldats.")
    assert (claim.category, claim.value) == ("troops", 200)


def test_a_present_speech_verb_the_lemmatizer_left_as_written_still_reports(analyze: Analyze) -> None:
    """« Le rectorat indique que … »: spaCy gives « indique » as its own lemma; it is « indiquer »."""
    claim = only(analyze, "Le rectorat indique que plus de 150 élèves ont été évacués.")
    assert claim.source is not None and claim.source.text == "Le rectorat"


def test_le_chiffre_de_n_counts_what_the_text_counted_before(analyze: Analyze) -> None:
    """« Les syndicats avançaient le chiffre de 9 000 »: the crowd the sentence before counted; with no count
    before, it counts no one."""
    text = "Selon la police, 4 000 personnes ont défilé à Rennes. Les syndicats avançaient le chiffre de 9 000."
    _police, unions = scored(analyze, text)
    assert (unions.category, unions.value) == ("participants", 9000)
    assert scored(analyze, "La mairie a voté un budget. Elle évoque le chiffre de 3 000.") == []


def test_an_auxiliary_tagged_as_a_verb_does_not_hide_the_subject(analyze: Analyze) -> None:
    """« Le ministère de la Santé a de son côté confirmé 7 morts »: the tagger calls « a » a verb here."""
    claim = only(analyze, "Le ministère de la Santé a de son côté confirmé 7 morts par noyade.")
    assert claim.source is not None and claim.source.text == "Le ministère de la Santé"


def test_an_article_in_a_complement_before_a_plural_verb_counts_no_one(analyze: Analyze) -> None:
    """« des membres d'un gang ont été lynchés »: ``un`` is the gang's article; « la mort d'un policier » still
    counts one."""
    lynched = analyze("Des hommes présentés comme des membres d'un gang ont été lynchés mercredi à Cap-Haïtien.")
    assert all(c.value != 1 for c in lynched.claims)
    death = analyze("La mort d'un policier a été confirmée mardi.")
    assert [(c.category, c.value) for c in death.claims] == [("killed", 1)]


def test_a_part_of_a_counted_whole_counts_what_the_whole_names(analyze: Analyze) -> None:
    """« 40 des 55 drones » counts drones, not people shot down; « 12 des 30 passagers » counts passengers."""
    drones = analyze("La défense antiaérienne affirme avoir abattu 40 des 55 drones lancés dans la nuit.")
    assert [c.category for c in drones.claims if c.value == 40] == ["other"]
    passengers = only(analyze, "Douze des 30 passagers ont été blessés dans l'accident.")
    assert (passengers.category, passengers.value) == ("injured", 12)


def test_a_long_complement_between_the_counted_noun_and_its_verb_is_skipped(analyze: Analyze) -> None:
    """« deux membres d'une faction dissidente des rebelles ont été tués »: the verb is the members'."""
    claim = only(analyze, "Deux membres d'une faction dissidente des rebelles ont été tués mardi.")
    assert (claim.category, claim.value) == ("killed", 2)


def test_the_inmates_a_prison_holds_are_no_arrests(analyze: Analyze) -> None:
    """« la prison, qui compte 8 000 détenus » counts inmates; « la police compte 120 interpellations » arrests."""
    prison = analyze("Des renforts ont été envoyés vers la prison de Bouaké, qui compte 4 000 détenus.")
    assert [c.category for c in prison.claims if c.value == 4000] == ["other"]
    police = only(analyze, "La police compte désormais 120 interpellations.")
    assert (police.category, police.value) == ("arrested", 120)
