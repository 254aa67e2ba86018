"""Claims, fifteenth round: a body named by a hyphenated compound (``le haut-commissariat``, ``la
sous-préfecture``) or by a governor or an embassy counts its own figures like any other
authority. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- a counting verb's subject: a hyphenated body, read by its head noun ----------------------------------


def test_a_hyphenated_body_before_a_counting_verb(analyze: Analyze) -> None:
    found = claims(analyze("Le haut-commissariat a compté près de 6000 participants dans le cortège."))
    assert [(c.category, c.value) for c in found] == [("participants", 6000)]
    assert source(found[0]) == "Le haut-commissariat"


def test_a_hyphenated_body_after_a_sentence_of_its_own(analyze: Analyze) -> None:
    text = "Les estimations divergent fortement. La sous-préfecture dénombre 23 blessés légers."
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("injured", 23)]
    assert source(found[0]) == "La sous-préfecture"


def test_a_hyphenated_title_with_a_perfect_tense(analyze: Analyze) -> None:
    found = claims(analyze("Le vice-gouverneur a dénombré 17 blessés à l'hôpital régional."))
    assert [(c.category, c.value) for c in found] == [("injured", 17)]
    assert source(found[0]) == "Le vice-gouverneur"


def test_a_hyphen_inside_a_name_is_no_compound_subject(analyze: Analyze) -> None:
    """A counting verb whose subject is a place only, hyphenated or not, still names no counter."""
    found = claims(analyze("Saint-Pierre-des-Champs compte 40 sinistrés relogés."))
    assert all(source(c) in (None, "Saint-Pierre-des-Champs") for c in found)


# -- governors, embassies ---------------------------------------------------------------


def test_a_governor_before_a_counting_verb(analyze: Analyze) -> None:
    found = claims(analyze("Le gouverneur de la province comptabilise désormais 52 morts."))
    assert [(c.category, c.value) for c in found] == [("killed", 52)]
    assert source(found[0]) == "Le gouverneur de la province"


def test_an_embassy_counting_its_nationals(analyze: Analyze) -> None:
    found = claims(analyze("L'ambassade de France compte trois ressortissants blessés dans l'explosion."))
    assert [(c.category, c.value) for c in found] == [("injured", 3)]
    assert source(found[0]) == "L'ambassade de France"


# -- a two-word speech phrase in an incise: ``a fait savoir X`` -------------------------------------------


def test_a_phrase_incise_after_a_passive_count(analyze: Analyze) -> None:
    found = claims(analyze("Vingt-trois personnes ont été interpellées, a fait savoir la préfecture."))
    assert [(c.category, c.value) for c in found] == [("arrested", 23)]
    assert source(found[0]) == "la préfecture"


def test_a_phrase_incise_after_a_subset_and_before_a_relative(analyze: Analyze) -> None:
    text = (
        "Depuis jeudi, 31 personnes ont été arrêtées, dont neuf placées en garde à vue, a fait savoir le "
        "parquet, qui évoque des pillages."
    )
    assert [source(c) for c in claims(analyze(text))] == ["le parquet", "le parquet"]


def test_a_phrase_incise_with_a_plural_subject_and_a_name(analyze: Analyze) -> None:
    found = claims(analyze("Trente blessés ont été pris en charge, ont fait savoir les pompiers."))
    assert [(c.category, c.value) for c in found] == [("injured", 30)]
    assert source(found[0]) == "les pompiers"
    found = claims(analyze("Plus de 300 manifestants ont défilé samedi à Rennes, a fait valoir Anne Morel."))
    assert source(found[0]) == "Anne Morel"


def test_a_phrase_before_its_clause_is_unchanged(analyze: Analyze) -> None:
    found = claims(analyze("Le ministère a fait savoir que 19 personnes avaient été arrêtées."))
    assert source(found[0]) == "Le ministère"


# -- an office's portfolio is part of who speaks -----------------------------------------------------------


def test_a_portfolio_after_a_secretariat_in_an_incise(analyze: Analyze) -> None:
    text = (
        "Une quarantaine de pillards ont été arrêtés depuis lundi, a indiqué mardi le secrétariat à la "
        "Sécurité publique."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("arrested", 40)]
    assert source(found[0]) == "le secrétariat à la Sécurité publique"


def test_a_delegated_minister_before_the_verb(analyze: Analyze) -> None:
    found = claims(analyze("Le ministre délégué aux Armées a annoncé l'envoi de 400 soldats supplémentaires."))
    assert source(found[0]) == "Le ministre délégué aux Armées"


def test_a_charged_secretary_and_a_charged_minister(analyze: Analyze) -> None:
    found = claims(analyze("La secrétaire d'État chargée de la Mer a fait état de 14 disparus."))
    assert source(found[0]) == "La secrétaire d'État chargée de la Mer"
    text = (
        "Plus de 500 soldats ont été envoyés dans la région, a annoncé jeudi la ministre déléguée chargée des Armées."
    )
    assert source(claims(analyze(text))[0]) == "la ministre déléguée chargée des Armées"


def test_a_portfolio_after_selon(analyze: Analyze) -> None:
    found = claims(analyze("Selon la commissaire à l'Énergie, quatre techniciens ont été blessés."))
    assert source(found[0]) == "la commissaire à l'Énergie"


def test_where_a_minister_spoke_is_no_portfolio(analyze: Analyze) -> None:
    found = claims(analyze("Neuf personnes ont été tuées, a déclaré le ministre à l'Assemblée nationale."))
    assert source(found[0]) == "le ministre"


# -- ``la même source`` is the source named last, even by a sentence without a count -----------------------


def test_these_sources_after_an_anonymous_source_without_a_count(analyze: Analyze) -> None:
    text = (
        "Des rebelles ont pris d'assaut mardi une mine près de Kolda et y retiennent des dizaines d'ouvriers, "
        "a-t-on appris mercredi de sources militaires. Quatre personnes ont été tuées lors de l'attaque, selon "
        "ces sources."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 4)]
    assert source(found[0]) == "sources militaires"


def test_the_same_source_after_a_sentence_of_other_figures(analyze: Analyze) -> None:
    text = (
        "Quinze marins ont été libérés lundi, a annoncé mardi le gouvernement guinéen, portant à 30 le nombre "
        "d'otages libérés. Trois otages ont été tués pendant leur détention, selon la même source."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 3)]
    assert source(found[0]) == "le gouvernement guinéen"


def test_the_same_source_opening_the_sentence_after_a_statement(analyze: Analyze) -> None:
    text = "La police a fait état de heurts à Lille. Selon la même source, 17 personnes ont été interpellées."
    assert [source(c) for c in claims(analyze(text))] == ["La police"]
    text = (
        "Le porte-parole de l'hôpital a confirmé l'incendie. Quatre personnes ont été blessées, selon la même source."
    )
    assert [source(c) for c in claims(analyze(text))] == ["Le porte-parole de l'hôpital"]


def test_the_same_source_is_the_one_named_last_not_the_last_count_s(analyze: Analyze) -> None:
    text = (
        "Selon la gendarmerie, onze personnes ont été blessées. Le maire a dénoncé des violences. D'après la "
        "même source, six personnes ont été arrêtées."
    )
    found = claims(analyze(text))
    assert [source(c) for c in found] == ["la gendarmerie", "Le maire"]
