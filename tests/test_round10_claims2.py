"""Claims, tenth round (second pass): a toll going on in the next sentence keeps its source, ``s'en tenir à``
and ``X avance, elle,`` report a figure, and ``manquer``, ``le nombre de personnes détenues``, ``et non 16``
count people while ``l'objet d'une polémique`` and ``Ils étaient …, jeudi, à défiler`` count no dead.
Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def counted(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category != "other"]


def source_of(claim: Claim) -> str | None:
    return claim.source.text if claim.source is not None else None


# -- a source carried to the sentence that goes on with its report ------------------------------------------


def test_a_toll_opening_the_next_sentence_keeps_the_source_of_the_sentence_before(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "Le bilan de l'inondation est passé à 12 morts, a indiqué la protection civile. Sept personnes restent "
            "portées disparues et 30 ont été blessées."
        )
    )
    assert [(c.category, c.value, source_of(c)) for c in claims] == [
        ("killed", 12, "la protection civile"),
        ("missing", 7, "la protection civile"),
        ("injured", 30, "la protection civile"),
    ]


def test_only_the_sentence_right_after_is_carried(analyze: Analyze) -> None:
    """The sentence after that may be the newspaper's own count."""
    claims = counted(
        analyze(
            "Au moins huit blessés ont été évacués vers l'hôpital, selon la préfecture. Quelque 200 habitants ont "
            "dû quitter leur maison. Trois personnes ont été arrêtées."
        )
    )
    assert [source_of(c) for c in claims] == ["la préfecture", "la préfecture", None]


def test_no_source_is_carried_over_a_paragraph_break(analyze: Analyze) -> None:
    claims = counted(analyze("Selon la préfecture, 12 personnes sont mortes.\n\nTrois personnes ont été arrêtées."))
    assert [source_of(c) for c in claims] == ["la préfecture", None]


def test_a_sentence_with_a_figure_inside_is_not_carried(analyze: Analyze) -> None:
    """Only a sentence that opens with its toll goes on with the report: ``Dans la soirée, …`` may not."""
    claims = counted(
        analyze(
            "Douze mineurs sont morts, selon l'exploitant. Dans la vallée voisine, trois randonneurs ont été "
            "blessés par des chutes de pierres."
        )
    )
    assert [source_of(c) for c in claims] == ["l'exploitant", None]


def test_an_opening_time_or_parmi_eux_still_goes_on_with_the_report(analyze: Analyze) -> None:
    arrests = counted(
        analyze(
            "Jeudi, le parquet de Nantes a fait interpeller deux gardiens, selon le procureur. Samedi, trois autres "
            "ont été interpellés, portant à cinq le nombre de personnes détenues."
        )
    )
    assert [(c.value, source_of(c)) for c in arrests][1:] == [(3, "le procureur"), (5, "le procureur")]
    minors = counted(analyze("Au moins 16 personnes ont été tuées, selon l'ONG. Parmi elles, trois mineurs."))
    assert [source_of(c) for c in minors] == ["l'ONG", "l'ONG"]


def test_a_vague_or_conditional_toll_is_not_carried(analyze: Analyze) -> None:
    """``des dizaines``: the writer's summary; ``auraient été blessés``: an unconfirmed count of someone else."""
    claims = counted(
        analyze("Le bilan s'élève à 40 morts, selon la protection civile. Des dizaines de personnes sont disparues.")
    )
    assert [source_of(c) for c in claims] == ["la protection civile", None]
    claims = counted(analyze("Neuf personnes sont mortes, a annoncé le préfet. Trois pompiers auraient été blessés."))
    assert [source_of(c) for c in claims] == ["le préfet", None]


def test_a_quoted_sentence_is_not_carried(analyze: Analyze) -> None:
    claims = counted(analyze("Le maire a fait état de 12 morts. « Nous avons 30 blessés », dit un médecin."))
    assert [source_of(c) for c in claims] == ["Le maire", "un médecin"]


def test_a_toll_after_a_trailing_source_and_et_keeps_that_source(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "Le bilan s'élevait jeudi à 24 morts, selon la protection civile, et douze personnes restent "
            "portées disparues."
        )
    )
    assert [(c.category, source_of(c)) for c in claims] == [
        ("killed", "la protection civile"),
        ("missing", "la protection civile"),
    ]


def test_a_running_total_after_a_trailing_source_keeps_that_source(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "Mardi, quatre personnes ont encore été tuées dans la ville, selon l'ONG, ce qui porte à neuf le "
            "nombre de morts à Lyon depuis le début du mouvement."
        )
    )
    assert [(c.value, source_of(c)) for c in claims] == [(4, "l'ONG"), (9, "l'ONG")]


def test_a_crowd_after_a_trailing_source_and_et_is_not_that_source_s(analyze: Analyze) -> None:
    claims = counted(
        analyze("Trois personnes ont été tuées, selon la police, et 300 manifestants étaient dans la rue.")
    )
    assert [source_of(c) for c in claims] == ["la police", None]


# -- reporting verbs --------------------------------------------------------------------------------------------


def test_s_en_tenir_a_reports_a_figure(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "L'association recense au total 14 morts dans la région, dont trois enfants, quand la police s'en "
            "tient à cinq."
        )
    )
    assert [(c.value, source_of(c)) for c in claims] == [(14, "L'association"), (3, "L'association"), (5, "la police")]
    (toll,) = counted(analyze("Le préfet, Jean Dupont, s'en tient lui aussi au bilan de 12 morts qu'il avait annoncé."))
    assert source_of(toll) == "Le préfet, Jean Dupont"


def test_a_report_verb_before_a_stressed_pronoun_aside_is_a_verb(analyze: Analyze) -> None:
    """``avance`` is tagged a noun or an auxiliary; the ``, elle,`` after it says it is its subject's verb."""
    (claim,) = counted(
        analyze(
            "Le reste se trouve toujours à Tulle, où la préfecture a promis l'envoi de vivres. La mairie de Brive "
            "avance, elle, le chiffre de plus de 3 000 sinistrés."
        )
    )
    assert claim.category == "displaced" and source_of(claim) == "La mairie de Brive"


# -- what is counted --------------------------------------------------------------------------------------------


def test_a_crowd_doing_something_after_a_time_aside_is_a_crowd(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "Deux ouvriers ont été tués mardi sur le chantier. Ils étaient plusieurs centaines, jeudi 4 mai, à "
            "converger vers la mairie de Tours."
        )
    )
    assert [c.category for c in claims] == ["killed", "participants"]
    (crowd,) = counted(analyze("Elles étaient quelque 300, dimanche, à défiler dans les rues de Rennes."))
    assert crowd.category == "participants" and crowd.value == 300


def test_the_object_of_a_toll_s_dispute_is_no_death(analyze: Analyze) -> None:
    claims = counted(
        analyze(
            "Deux ouvriers ont été tués mardi. Le bilan national reste l'objet d'une bataille de chiffres entre "
            "le syndicat et la préfecture."
        )
    )
    assert [c.value for c in claims] == [2]
    assert counted(analyze("Le bilan est l'objet d'un débat.")) == []
    (dead,) = counted(analyze("Le bilan est d'un mort."))
    assert dead.category == "killed" and dead.value == 1


def test_people_who_manquent_are_missing_unless_they_lack_something(analyze: Analyze) -> None:
    (claim,) = counted(analyze("Le collectif affirme, lui, qu'au moins 20 personnes manquent toujours."))
    assert claim.category == "missing" and claim.value == 20
    assert counted(analyze("Plus de 300 familles manquent encore de nourriture.")) == []


def test_a_participle_the_tagger_calls_a_noun_says_what_the_holder_counts(analyze: Analyze) -> None:
    claims = counted(
        analyze("Ce soir-là, deux autres ont été interpellés, portant à cinq le nombre de mineurs détenus.")
    )
    assert [(c.category, c.value) for c in claims] == [("arrested", 2), ("arrested", 5)]
    (total,) = counted(analyze("Un surveillant a été écroué, ce qui porte à sept le nombre de personnes détenues."))[1:]
    assert total.category == "arrested" and total.value == 7


def test_a_noun_in_apposition_after_people_is_no_participle(analyze: Analyze) -> None:
    """``prisonniers des décombres``: trapped, not jailed."""
    claims = counted(analyze("Les secours recherchent toujours trois ouvriers prisonniers des décombres."))
    assert all(c.category != "arrested" for c in claims)


def test_a_prison_s_inmates_stay_no_arrests(analyze: Analyze) -> None:
    assert counted(analyze("La prison de Fresnes, qui compte 800 personnes détenues, est surpeuplée.")) == []


def test_a_corrected_count_after_et_non_counts_what_the_count_it_corrects_counts(analyze: Analyze) -> None:
    claims = counted(analyze("Selon la préfecture, l'explosion a fait 14 morts, et non 16 comme annoncé mardi."))
    assert [(c.category, c.value, source_of(c)) for c in claims] == [
        ("killed", 14, "la préfecture"),
        ("killed", 16, "la préfecture"),
    ]
