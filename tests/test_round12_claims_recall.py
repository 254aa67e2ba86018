"""Claims, twelfth round (recall): a counted subject whose verb comes after a long complement or aside, forces
nouns coordinated, ages given as a range, ``chassés de chez eux``, the trapped
and the not found, a finite verb that says what became of people a participle names, patients admitted to a
care centre, doses that count no one, and ``toucher`` that wounds only by a weapon. Invented French sentences
of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(result: DocumentAnalysis) -> list[tuple[str, float | int | None]]:
    return [(c.category, c.value) for c in result.claims if c.category != "other"]


def claims(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category != "other"]


def test_a_subject_s_verb_after_a_complement_with_a_participle(analyze: Analyze) -> None:
    text = "Près de 200 riverains des immeubles bâtis le long du fleuve ont été évacués par précaution."
    assert scored(analyze(text)) == [("displaced", 200)]


def test_a_subject_s_verb_after_an_apposition(analyze: Analyze) -> None:
    text = "À Mopti, où quelque 800 soldats de la garde républicaine, le corps d'élite de l'armée, ont été dépêchés."
    assert scored(analyze(text)) == [("troops", 800)]


def test_a_subject_s_verb_after_two_asides(analyze: Analyze) -> None:
    text = (
        "Des dizaines d'habitants du quartier de Bellevue, à Nantes, privés de chauffage depuis deux semaines, "
        "ont manifesté samedi."
    )
    (claim,) = claims(analyze(text))
    assert claim.category == "participants" and claim.qualifier == "vague"


def test_a_subject_s_verb_after_coordinated_complements(analyze: Analyze) -> None:
    text = "Plus d'un millier d'habitants des quartiers de Saint-Michel et de Bastide ont fui chez des proches."
    assert scored(analyze(text)) == [("displaced", 1000)]
    (claim,) = claims(analyze("Plusieurs centaines de proches de marins et de pêcheurs ont marché jusqu'au port."))
    assert claim.category == "participants"


def test_coordinated_forces_nouns_share_the_verb(analyze: Analyze) -> None:
    text = "Depuis lundi, plus de 2 000 soldats, gendarmes et policiers quadrillent Lyon, selon la préfecture."
    assert scored(analyze(text)) == [("troops", 2000)]


def test_no_long_subject_for_an_object_or_another_subject(analyze: Analyze) -> None:
    """The figure is the object of a verb before it, or a new subject follows the comma: the verb is not its."""
    assert scored(analyze("La police a reçu 300 habitants du quartier, et les gendarmes ont été déployés.")) == []
    assert scored(analyze("Quelque 300 habitants du quartier, la police les a évacués hier.")) == []


def test_dont_un_without_a_person_counts_no_one(analyze: Analyze) -> None:
    assert scored(analyze("Quatorze blessés, dont un dans un état grave, ont été conduits à Pau.")) == [("injured", 14)]


def test_an_age_range_between_the_noun_and_its_verb(analyze: Analyze) -> None:
    found = scored(analyze("Quatre ressortissants tunisiens, âgés de 19 à 27 ans, ont été arrêtés lundi à Nice."))
    assert found == [("arrested", 4)]


def test_driven_out_of_their_homes_are_displaced(analyze: Analyze) -> None:
    text = "Plus de 2 millions d'Afghans ont été chassés de chez eux depuis le début du conflit."
    assert scored(analyze(text)) == [("displaced", 2_000_000)]


def test_the_not_found_and_the_trapped_are_missing(analyze: Analyze) -> None:
    assert scored(analyze("Selon la LDH, une vingtaine de personnes interpellées restent introuvables.")) == [
        ("missing", 20)
    ]
    found = scored(analyze("Huit mineurs ont été tués et une vingtaine d'autres restaient prisonniers des galeries."))
    assert found == [("killed", 8), ("missing", 20)]
    (claim,) = claims(analyze("Il y a encore des dizaines d'ouvriers sous la terre, a-t-il dit."))
    assert claim.category == "missing"


def test_the_finite_verb_says_what_became_of_people_a_participle_names(analyze: Analyze) -> None:
    assert scored(analyze("Dix ouvriers blessés restaient hospitalisés mardi.")) == [("hospitalized", 10)]


def test_patients_admitted_to_a_care_centre_are_hospitalized(analyze: Analyze) -> None:
    text = "La Croix-Rouge a admis plus de 900 patients depuis début avril dans son centre de traitement."
    assert scored(analyze(text)) == [("hospitalized", 900)]


def test_doses_sent_are_no_forces(analyze: Analyze) -> None:
    assert scored(analyze("Le gouvernement a annoncé l'envoi de 2 millions de doses de vaccin dans la région.")) == []


def test_toucher_wounds_only_by_a_weapon(analyze: Analyze) -> None:
    assert scored(analyze("La campagne a touché 2,3 millions de personnes dans la région, selon l'OMS.")) == []
    assert scored(analyze("Les tirs ont touché trois personnes près de la gare.")) == [("injured", 3)]


def test_a_state_after_a_copula_and_a_participle(analyze: Analyze) -> None:
    found = scored(analyze("Cinq ouvriers ont été tués et six autres restaient coincés sous terre lundi soir."))
    assert found == [("killed", 5), ("missing", 6)]
