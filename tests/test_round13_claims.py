"""Claims, thirteenth round: figures inside a dash aside, ``ne … que`` after a counted clitic, a figure with no
noun given as someone's count (after a count holder, or in ``de … à …``), ``participantes``, and a speech verb
the lemmatizer left as it is. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import claims, scored, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def test_figures_inside_a_dash_aside_count_the_subject(analyze: Analyze) -> None:
    text = (
        "Dimanche, plusieurs centaines de viticulteurs – près de 4 000 selon les syndicats, environ 900 selon "
        "la préfecture – ont défilé à Bordeaux."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [
        ("participants", None),
        ("participants", 4000),
        ("participants", 900),
    ]
    assert [source(c) for c in found[1:]] == ["les syndicats", "la préfecture"]


def test_a_hyphen_inside_a_name_is_no_aside(analyze: Analyze) -> None:
    text = "La Croix-Rouge a compté douze morts à Gao."
    assert scored(analyze(text)) == [("killed", 12)]


def test_ne_que_after_a_counted_clitic(analyze: Analyze) -> None:
    text = "Au moins dix personnes ont été tuées vendredi à Sikasso, selon une ONG. L'armée n'en reconnaît que trois."
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 10), ("killed", 3)]
    assert source(found[1]) == "L'armée"


def test_a_clitic_count_takes_the_holder_its_sentence_names(analyze: Analyze) -> None:
    text = (
        "Six blessés restent hospitalisés. Le décompte des blessés divise les autorités : la mairie en annonce "
        "31, quand l'hôpital n'en recense que 22."
    )
    assert scored(analyze(text))[1:] == [("injured", 31), ("injured", 22)]


def test_bare_figures_given_as_someone_s_count_after_a_holder(analyze: Analyze) -> None:
    text = "Le décompte des morts reste flou : dix-huit selon la gendarmerie, 27 selon le syndicat des mineurs."
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 18), ("killed", 27)]
    assert [source(c) for c in found] == ["la gendarmerie", "le syndicat des mineurs"]


def test_a_bare_figure_in_de_a_takes_the_count_before_it(analyze: Analyze) -> None:
    text = "Le bilan des inondations varie de 14 morts selon la préfecture à 30 selon une association."
    assert scored(analyze(text)) == [("killed", 14), ("killed", 30)]


def test_a_bare_figure_after_a_thing_counts_no_one(analyze: Analyze) -> None:
    text = "Le prix du ticket est passé de 8 euros selon la compagnie à 11 selon les usagers."
    assert scored(analyze(text)) == []


def test_feminine_participants(analyze: Analyze) -> None:
    (claim,) = claims(analyze("Les organisatrices revendiquent près de 1 500 participantes."))
    assert (claim.category, claim.value) == ("participants", 1500)


def test_a_present_speech_verb_left_unlemmatized_after_a_name(analyze: Analyze) -> None:
    text = "De son côté, la Croix-Rouge népalaise estime que la coulée de boue a fait au moins 40 morts."
    (claim,) = claims(analyze(text))
    assert source(claim) == "la Croix-Rouge népalaise"


def test_figurer_parmi_counts_in_the_noun_s_category(analyze: Analyze) -> None:
    text = "Selon l'hôpital, au moins 12 enfants figurent parmi les victimes. Deux pompiers figurent parmi les blessés."
    assert scored(analyze(text)) == [("killed", 12), ("injured", 2)]


def test_figurer_parmi_a_group_of_no_category(analyze: Analyze) -> None:
    assert scored(analyze("Trois joueurs du club figurent parmi les titulaires.")) == []


def test_a_year_after_en_is_no_clitic_count(analyze: Analyze) -> None:
    text = "Le glissement de terrain avait fait 31 morts en mars 2019. La loi est entrée en vigueur en 2021."
    assert scored(analyze(text)) == [("killed", 31)]
