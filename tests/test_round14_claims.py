"""Claims, fourteenth round: a foreign body's name with ``do``/``del`` before a report verb, a report read over
several sentences (``Au total,``, ``Le nombre de blessés atteint …``), a figure inside the counted noun's ``des``
complement, people in shelters, places left, escaped prisoners caught again, and forces that arrive. Invented
French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from claim_helpers import claims, scored, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


# -- sources --------------------------------------------------------------------------------------------


def test_a_portuguese_body_name_before_an_aside_and_its_verb(analyze: Analyze) -> None:
    text = (
        "Le dernier bilan de la protection civile du Mato Grosso do Sul, diffusé mardi à l'aube, fait état de "
        "neuf morts."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 9)]
    assert "Mato Grosso do Sul" in (source(found[0]) or "")


def test_a_foreign_name_ending_the_subject_of_a_report_verb(analyze: Analyze) -> None:
    found = claims(analyze("Le gouverneur du Mato Grosso do Sul a annoncé 12 morts."))
    assert [(c.category, c.value) for c in found] == [("killed", 12)]
    assert source(found[0]) == "Le gouverneur du Mato Grosso do Sul"


def test_a_spanish_body_name_after_selon(analyze: Analyze) -> None:
    found = claims(analyze("Selon la Cruz Roja del Ecuador, 40 personnes sont mortes à Esmeraldas."))
    assert source(found[0]) == "la Cruz Roja del Ecuador"


def test_a_bulletin_read_over_three_sentences(analyze: Analyze) -> None:
    text = (
        "Selon le dernier bilan de la préfecture, sept personnes ont été tuées. On dénombre aussi 12 blessés. "
        "Quelque 300 habitants ont dû quitter leur maison."
    )
    found = claims(analyze(text))
    assert [(c.category, c.value) for c in found] == [("killed", 7), ("injured", 12), ("displaced", 300)]
    assert [source(c) for c in found] == ["la préfecture"] * 3


def test_a_marked_step_goes_on_after_an_unmarked_one(analyze: Analyze) -> None:
    text = (
        "Trente personnes ont été arrêtées, d'après le parquet. Douze ont été placées en garde à vue. "
        "Au total, vingt manifestants ont été blessés. Neuf policiers ont été hospitalisés."
    )
    assert [source(c) for c in claims(analyze(text))] == ["le parquet"] * 4


def test_an_unmarked_third_sentence_keeps_no_source(analyze: Analyze) -> None:
    text = (
        "Trente personnes ont été arrêtées, d'après le parquet. Douze ont été placées en garde à vue. "
        "Vingt manifestants ont été blessés."
    )
    assert [source(c) for c in claims(analyze(text))] == ["le parquet", "le parquet", None]


def test_a_chain_stops_at_a_new_paragraph(analyze: Analyze) -> None:
    text = "Trente personnes ont été arrêtées, d'après le parquet.\n\nDouze ont été placées en garde à vue."
    assert [source(c) for c in claims(analyze(text))] == ["le parquet", None]


def test_au_total_sums_up_the_report_before(analyze: Analyze) -> None:
    text = (
        "Selon la gendarmerie, deux randonneurs ont été blessés. Au total, 14 personnes ont été interpellées "
        "et 6 ont été hospitalisées."
    )
    assert [source(c) for c in claims(analyze(text))] == ["la gendarmerie"] * 3


def test_en_tout_sums_up_the_report_before(analyze: Analyze) -> None:
    text = "Onze mineurs sont morts, a annoncé la compagnie. En tout, 37 ouvriers ont été blessés."
    assert [source(c) for c in claims(analyze(text))] == ["la compagnie", "la compagnie"]


def test_a_total_that_names_no_one_goes_on_with_the_report(analyze: Analyze) -> None:
    texts = [
        "Selon les pompiers, 12 personnes sont mortes dans l'incendie. Le nombre de blessés atteint 40.",
        "D'après l'agence des catastrophes, 80 personnes ont péri. Le nombre de disparus s'élève désormais à 25.",
        "Trois soldats ont été tués, a indiqué l'armée. Le bilan des blessés est de 9.",
    ]
    for text in texts:
        found = claims(analyze(text))
        assert len(found) == 2
        assert source(found[1]) == source(found[0]) is not None


def test_a_total_of_another_place_is_not_carried(analyze: Analyze) -> None:
    text = "Trois soldats ont été tués, a indiqué l'armée. Le nombre de blessés à Gao atteint 9."
    assert source(claims(analyze(text))[1]) is None


# -- categories -----------------------------------------------------------------------------------------


def test_a_figure_in_a_des_complement_leaves_the_verb_to_the_count(analyze: Analyze) -> None:
    assert scored(analyze("Selon l'état-major, 8 500 militaires des trois armées sont engagés dans la région.")) == [
        ("troops", 8500)
    ]
    assert scored(analyze("Au total, 2 000 policiers des deux brigades ont été déployés dans la capitale.")) == [
        ("troops", 2000)
    ]
    assert scored(analyze("Quelque 600 pompiers des cinq départements voisins ont été mobilisés.")) == [("troops", 600)]


def test_people_in_shelters_are_displaced(analyze: Analyze) -> None:
    assert scored(analyze("Après le séisme, 2 000 habitants dorment dans des gymnases, selon la mairie.")) == [
        ("displaced", 2000)
    ]
    assert scored(analyze("Quelque 5 300 sinistrés s'entassent dans les abris de la ville.")) == [("displaced", 5300)]
    assert scored(analyze("La mairie compte plus de 600 personnes dans ses abris municipaux.")) == [("displaced", 600)]
    text = "Douze mille personnes ont été évacuées, a indiqué la préfecture. 4 000 sont accueillies dans des abris."
    assert scored(analyze(text)) == [("displaced", 12000), ("displaced", 4000)]


def test_a_street_is_no_shelter_after_another_verb(analyze: Analyze) -> None:
    assert scored(analyze("3 000 personnes vivent dans la rue.")) == []


def test_people_who_left_their_town(analyze: Analyze) -> None:
    assert scored(analyze("Près de 3 000 habitants ont quitté la ville depuis lundi.")) == [("displaced", 3000)]
    assert scored(analyze("Selon l'ONU, 40 000 personnes ont fui le quartier de Martissant en une semaine.")) == [
        ("displaced", 40000)
    ]
    assert scored(analyze("Plus de 900 familles ont déjà quitté le village, selon la mairie.")) == [("displaced", 900)]
    assert scored(analyze("Les 30 députés ont quitté la salle.")) == []


def test_protesters_on_roadblocks_and_picket_lines(analyze: Analyze) -> None:
    found = claims(analyze("Ils étaient près de 400 routiers sur les barrages mardi matin, selon la préfecture."))
    assert [(c.category, c.value) for c in found] == [("participants", 400)]
    assert scored(analyze("La CGT revendique 250 salariés sur le piquet de grève.")) == [("participants", 250)]


def test_escaped_prisoners_caught_again(analyze: Analyze) -> None:
    assert scored(analyze("Seuls 18 détenus ont été repris, selon le directeur de la prison.")) == [("arrested", 18)]
    assert scored(analyze("« Nous avons rattrapé 40 prisonniers », a déclaré le commandant.")) == [("arrested", 40)]
    assert scored(analyze("Les gendarmes ont repris 12 détenus dans la forêt.")) == [("arrested", 12)]
    assert scored(analyze("Neuf d'entre eux ont été repris dans la nuit.")) == [("arrested", 9)]


def test_the_whole_of_the_escaped_is_no_arrest(analyze: Analyze) -> None:
    assert scored(analyze("Sur les 43 évadés, 26 avaient été repris vendredi, selon la police.")) == [("arrested", 26)]


def test_reprendre_of_towns_or_work_counts_no_one(analyze: Analyze) -> None:
    assert scored(analyze("Les rebelles ont repris trois villes et 2 000 ouvriers ont repris le travail.")) == []


def test_forces_that_arrive_are_forces_sent_in(analyze: Analyze) -> None:
    assert scored(analyze("Les 300 premiers casques bleus sont arrivés mardi à Goma.")) == [("troops", 300)]
    text = "Environ 400 soldats kényans ont débarqué dimanche à l'aéroport de la capitale, selon l'état-major."
    assert scored(analyze(text)) == [("troops", 400)]
    assert scored(analyze("Quelque 2 000 supporters sont arrivés à la gare.")) == []
