"""Claims, thirteenth round (second pass): a force noun never takes a crowd's category, a pronoun or a shortened
description as a source stands for the description named before, ``selon ses équipes`` is the possessor's figure,
a place's share of a toll keeps the toll's source, a figure answering ``Combien … ?``, and a count revised ``de N
à M``. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import claims, scored, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def test_forces_after_a_colon_are_not_the_crowd(analyze: Analyze) -> None:
    text = (
        "Dimanche, la manifestation n'a réuni que quelques centaines de personnes à Lyon, sous un déploiement "
        "policier massif : environ 2.000 agents, selon un syndicaliste."
    )
    assert scored(analyze(text)) == [("participants", None), ("troops", 2000)]


def test_gendarmes_facing_a_counted_crowd(analyze: Analyze) -> None:
    text = "Dimanche, le rassemblement a réuni 400 personnes à Lyon, face à un dispositif imposant : près de 900 CRS."
    assert scored(analyze(text)) == [("participants", 400), ("troops", 900)]


def test_il_stands_for_the_unnamed_official_before(analyze: Analyze) -> None:
    text = (
        "« Le car roulait trop vite », a déclaré à la presse le commandant régional de la gendarmerie, qui n'a pas "
        "exclu une panne. Il a fait état de 12 blessés et de deux passagers portés disparus."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("injured", 12), ("missing", 2)]
    assert [source(c) for c in found] == ["le commandant régional de la gendarmerie"] * 2


def test_selon_lui_after_an_inverted_speech_verb_is_the_speaker(analyze: Analyze) -> None:
    text = (
        "C'est le maire de la commune, Jean Dupont, qui a annoncé le bilan lundi matin. \"Nous avons compté 30 "
        "corps. Il reste des blessés\", a-t-il confié à notre envoyé. Selon lui, une trentaine d'assaillants ont "
        "participé à l'attaque, et 20 blessés ont été soignés."
    )
    found = claims(analyze(text))
    assert [c.value for c in found] == [30, 30, 20]
    assert all(c.source is not None and c.source.entity == "Jean Dupont" for c in found)


def test_a_shortened_description_is_said_in_full(analyze: Analyze) -> None:
    text = (
        "Au moins 40 personnes ont péri dans l'incendie, a annoncé le porte-parole de la préfecture du Rhône. "
        "« Le bilan s'établit à 40 morts », a déclaré le porte-parole de la préfecture, joint par téléphone."
    )
    found = claims(analyze(text))
    assert [source(c) for c in found] == ["le porte-parole de la préfecture du Rhône"] * 2


def test_selon_ses_equipes_is_the_body_s_figure(analyze: Analyze) -> None:
    text = (
        "L'UNHCR, l'agence des Nations unies pour les réfugiés, tient de son côté son propre décompte : 12 000 "
        "déplacés, selon ses équipes sur le terrain."
    )
    (found,) = claims(analyze(text))
    assert found.source is not None and found.source.entity is not None
    assert "réfugiés" in found.source.entity


def test_a_place_s_share_keeps_the_toll_s_source(analyze: Analyze) -> None:
    text = (
        "Lundi, la préfecture a publié un bilan qu'elle présente comme définitif : 80 morts et 200 blessés. Le "
        "département du Var compte 50 victimes, celui des Alpes-Maritimes 30."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 80), ("injured", 200), ("killed", 50), ("killed", 30)]
    assert [source(c) for c in found] == ["la préfecture"] * 4


def test_figures_answering_a_count_question(analyze: Analyze) -> None:
    text = (
        "Combien étaient-elles samedi dans les rues de Rennes ? Environ 8 000, selon la préfecture. Plus de 20 000, "
        "affirment les syndicats, qui appellent à une nouvelle grève."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("participants", 8000), ("participants", 20000)]
    assert [source(c) for c in found] == ["la préfecture", "les syndicats"]


def test_combien_de_asks_its_noun_s_count(analyze: Analyze) -> None:
    text = "Combien de morts ? Au moins 40, selon l'hôpital. Il y a 3 ans, la ville comptait 2000 habitants."
    assert scored(analyze(text)) == [("killed", 40)]


def test_a_bare_figure_after_no_question_stays_other(analyze: Analyze) -> None:
    text = "La ville a-t-elle changé ? Environ 8 000, selon la mairie, y vivent aujourd'hui."
    assert ("participants", 8000) not in scored(analyze(text))


def test_a_count_revised_from_one_figure_to_another(analyze: Analyze) -> None:
    text = "À Tiflet, où des hommes armés ont frappé lundi, la gendarmerie a porté de cinq à huit le nombre de morts."
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 5), ("killed", 8)]
    assert [source(c) for c in found] == ["la gendarmerie"] * 2


def test_ramener_le_bilan_is_the_subject_s_figure(analyze: Analyze) -> None:
    (found,) = claims(analyze("Le ministère a ramené le bilan à 12 morts."))
    assert (found.category, found.value, source(found)) == ("killed", 12, "Le ministère")


def test_a_source_en_poste_keeps_its_posting(analyze: Analyze) -> None:
    text = "La police a déployé environ 2 500 agents, selon un diplomate en poste dans la capitale."
    (found,) = claims(analyze(text))
    assert source(found) == "un diplomate en poste dans la capitale"


def test_impersonal_counting_goes_on_with_the_report_before(analyze: Analyze) -> None:
    text = (
        "Selon le bulletin publié samedi par la protection civile de l'Aude, 12 personnes sont mortes. "
        "On compte aussi 36 blessés."
    )
    assert [source(c) for c in claims(analyze(text))] == ["la protection civile de l'Aude"] * 2


def test_impersonal_counting_in_a_new_paragraph_names_no_source(analyze: Analyze) -> None:
    text = "Selon la préfecture, 12 personnes sont mortes.\n\nOn dénombre 40 blessés."
    assert [source(c) for c in claims(analyze(text))] == ["la préfecture", None]
