"""Claims, ninth round (b): anonymous sources named by a body's adjective, numbers that name a thing, the
EU's ``Vingt-Sept``, an aside inside a verb chain, crowds that mobilise. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def sources(result: DocumentAnalysis) -> dict[float | None, str | None]:
    return {c.value: (c.source.text if c.source else None) for c in result.claims}


def categories(result: DocumentAnalysis) -> dict[float | None, str]:
    return {c.value: c.category for c in result.claims}


# -- de source policière, un communiqué gouvernemental ---------------------------------------------------


def test_de_source_policiere_after_the_figure_is_its_source(analyze: Analyze) -> None:
    result = analyze("Trois supporteurs ont été interpellés dans la nuit à Lens, de source policière.")
    assert sources(result) == {3: "source policière"}


def test_a_t_on_appris_de_source_hospitaliere(analyze: Analyze) -> None:
    result = analyze("Douze blessés ont été hospitalisés à Lille, a-t-on appris de source hospitalière.")
    assert sources(result) == {12: "source hospitalière"}


def test_de_source_securitaire_opening_the_sentence_covers_what_follows(analyze: Analyze) -> None:
    result = analyze("De source sécuritaire, huit soldats ont été tués dans l'embuscade près de Gao.")
    assert sources(result) == {8: "source sécuritaire"}


def test_de_source_with_an_adjective_of_no_body_is_no_source(analyze: Analyze) -> None:
    """``de source sûre`` says the source is good, not whose it is."""
    result = analyze("Quatre détenus se sont évadés de la prison de Nîmes, de source sûre.")
    assert all(c.source is None or "sûre" not in c.source.text for c in result.claims)


def test_a_communique_gouvernemental_is_the_government_s(analyze: Analyze) -> None:
    result = analyze(
        "Selon un communiqué gouvernemental lu dimanche à la radio nationale, au moins 12 civils ont été tués "
        "dans l'attaque du marché."
    )
    assert sources(result) == {12: "un communiqué gouvernemental"}


def test_the_communique_ministeriel_reports_as_a_subject(analyze: Analyze) -> None:
    result = analyze("Le communiqué ministériel fait état de 14 blessés après l'explosion de l'usine.")
    assert sources(result) == {14: "Le communiqué ministériel"}


def test_official_figures_still_name_no_one(analyze: Analyze) -> None:
    """``les chiffres officiels`` name no body: the figure has no stated source (as before)."""
    result = analyze("Selon les chiffres officiels, 40 personnes ont été tuées dans le glissement de terrain.")
    assert sources(result) == {40: None}


# -- a number glued to a noun names a thing ----------------------------------------------------------------


def test_an_emergency_number_is_part_of_the_source_s_name(analyze: Analyze) -> None:
    result = analyze(
        "Six personnes sont mortes, selon un bilan du service d'urgences 112 Valence, qui dépend de la région."
    )
    assert sources(result) == {6: "service d'urgences 112 Valence"}


def test_a_subset_after_an_emergency_number_is_part_of_the_toll(analyze: Analyze) -> None:
    """``112`` counts no one, so ``dont sept`` is a part of the eleven dead, with their source."""
    result = analyze(
        "Onze personnes sont mortes, selon le dernier décompte publié par le service d'urgences 112 de la "
        "région de Murcie, dont sept dans la seule ville de Lorca."
    )
    assert categories(result) == {11: "killed", 7: "killed"}
    assert all("112" in (c.source.text if c.source else "") for c in result.claims)


def test_a_line_number_is_no_figure(analyze: Analyze) -> None:
    result = analyze("Les passagers de la ligne 4 ont été évacués vers la gare de Rennes.")
    assert [c.value for c in result.claims] == []


def test_a_figure_after_a_noun_of_people_still_counts(analyze: Analyze) -> None:
    result = analyze("Le ministère a recensé 120 morts dans la province.")
    assert categories(result) == {120: "killed"}


# -- les Vingt-Sept -------------------------------------------------------------------------------------


def test_the_vingt_sept_are_the_eu_states_not_a_crowd(analyze: Analyze) -> None:
    result = analyze("Les ministres des Finances des Vingt-Sept étaient réunis mardi à Luxembourg.")
    assert result.claims == []


def test_a_capitalized_number_opening_a_clause_still_counts(analyze: Analyze) -> None:
    result = analyze("Selon la police, Trois mille personnes ont défilé à Metz.")
    assert categories(result) == {3000: "participants"}


# -- an aside inside the verb chain ---------------------------------------------------------------------


def test_par_ailleurs_between_auxiliaries_keeps_the_verb(analyze: Analyze) -> None:
    result = analyze("Selon la préfecture, une trentaine de personnes ont par ailleurs été interpellées samedi.")
    assert categories(result) == {30: "arrested"}
    assert sources(result) == {30: "la préfecture"}


def test_de_leur_cote_between_auxiliaries_keeps_the_verb(analyze: Analyze) -> None:
    result = analyze("Quarante manifestants ont de leur côté été blessés lors des heurts à Nantes.")
    assert categories(result) == {40: "injured"}


# -- crowds: se mobiliser, proches; forces: éléments ----------------------------------------------------


def test_people_who_mobilise_themselves_are_a_crowd(analyze: Analyze) -> None:
    result = analyze("Dans toute la Bretagne, près de 3 000 pêcheurs se sont mobilisés, d'après la préfecture.")
    assert categories(result) == {3000: "participants"}


def test_forces_that_are_mobilised_stay_troops(analyze: Analyze) -> None:
    result = analyze("Quelque 4 000 gendarmes ont été mobilisés pour le sommet de Biarritz.")
    assert categories(result) == {4000: "troops"}


def test_relatives_who_gather_are_a_crowd(analyze: Analyze) -> None:
    result = analyze("Samedi, des centaines de proches de mineurs se sont rassemblés devant la mairie de Lens.")
    assert [c.category for c in result.claims] == ["participants"]


def test_elements_of_a_force_deployed_are_troops(analyze: Analyze) -> None:
    result = analyze("Une centaine d'éléments de la garde nationale avaient été déployés autour du stade.")
    assert categories(result) == {100: "troops"}


def test_elements_of_a_force_killed_are_killed(analyze: Analyze) -> None:
    result = analyze("Deux éléments des forces spéciales ont perdu la vie dans l'assaut.")
    assert categories(result) == {2: "killed"}


def test_elements_of_evidence_count_no_one(analyze: Analyze) -> None:
    result = analyze("Les enquêteurs ont relevé trois éléments troublants dans le dossier.")
    assert categories(result) == {3: "other"}


def test_a_body_s_adjective_on_an_asserting_noun_keeps_its_whole_name(analyze: Analyze) -> None:
    """Only a carrier noun stops at its adjective: ``le baromètre sécuritaire du Nord`` is the whole name."""
    result = analyze("Selon le baromètre sécuritaire du Nord, plus de 200 civils ont été tués depuis janvier.")
    assert sources(result) == {200: "le baromètre sécuritaire du Nord"}
