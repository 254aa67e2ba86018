"""Claims and groups that the lead's sixth groups set (``tests/data/groups-blind6.json``) and a helper's seventh
(``tests/data/groups-blind7.json``, a dam break, a hostage-taking and a farmers' blockade) found wrong: counts
whose noun is understood (``une à Moundou``, ``Ils étaient 2 000``, ``Les pillards, une cinquantaine``), tolls
read as nothing (a quoted ``« neutralisé »``, an object far from its verb, ``la perte de quatre de ses
combattants``), a part's noun taken for the whole's, hostages mixed with a toll. Each on invented French
sentences of other stories."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import is_increment, population
from recoupe.model import PEOPLE_CATEGORIES, Article, Claim, DocumentAnalysis


def _analyze(analyzer: Analyzer, text: str) -> DocumentAnalysis:
    return analyzer.analyze(Article(id="a", text=text, published="2026-05-12"))


def _scored(result: DocumentAnalysis) -> list[tuple[str, float | int | None]]:
    return [(c.category, c.value) for c in result.claims if c.category in PEOPLE_CATEGORIES]


def _only(result: DocumentAnalysis) -> Claim:
    claims = [c for c in result.claims if c.category in PEOPLE_CATEGORIES]
    assert len(claims) == 1, claims
    return claims[0]


def test_one_of_a_list_of_places_counts_what_the_list_counts(analyzer: Analyzer) -> None:
    """``trois à N'Djamena et une à Moundou``: ``une`` is the last item of the places' list, not an article."""
    text = "Quatre personnes ont été tuées samedi au Tchad, trois à N'Djamena et une à Moundou, selon la police."
    assert _scored(_analyze(analyzer, text)) == [("killed", 4), ("killed", 3), ("killed", 1)]


def test_a_count_set_after_its_noun_by_a_comma_is_that_noun_s(analyzer: Analyzer) -> None:
    """``Les pillards, une cinquantaine selon la mairie, …``: an apposition counts the noun before it."""
    claim = _only(_analyze(analyzer, "Les pillards, une cinquantaine selon la mairie, ont fui vers le port."))
    assert (claim.category, claim.value) == ("participants", 50)


def test_a_pronoun_s_count_counts_the_people_named_acting_before(analyzer: Analyzer) -> None:
    """``Ils étaient 2 000``, with no figure before: the teachers who marched in the sentence before."""
    text = "Des enseignants ont manifesté jeudi à Lille. Ils étaient 2 000 selon la préfecture."
    claim = _only(_analyze(analyzer, text))
    assert (claim.category, claim.value) == ("participants", 2000)


def test_a_quoted_neutralised_counts_the_attackers_killed(analyzer: Analyzer) -> None:
    """``en a « neutralisé » une douzaine``: the tagger's adjective is the verb, ``en`` the attackers."""
    text = "Des hommes armés ont attaqué un poste frontalier. L'armée en a « neutralisé » une douzaine."
    result = _analyze(analyzer, text)
    claim = _only(result)
    assert (claim.category, claim.value) == ("killed", 12)
    assert population(claim, text) == "attackers"


def test_people_killed_may_come_after_a_time_and_a_place(analyzer: Analyzer) -> None:
    text = "Des assaillants ont tué dimanche dans le village de Dourou au moins douze civils, selon un élu."
    assert _scored(_analyze(analyzer, text)) == [("killed", 12)]


def test_the_loss_of_some_of_its_fighters_is_a_toll_of_attackers(analyzer: Analyzer) -> None:
    text = "Le groupe rebelle a reconnu la perte de quatre de ses combattants."
    claim = _only(_analyze(analyzer, text))
    assert (claim.category, claim.value) == ("killed", 4)
    assert population(claim, text) == "attackers"


def test_a_part_inside_the_figure_s_words_does_not_say_whom_it_counts(analyzer: Analyzer) -> None:
    """``Cinq personnes, dont un policier, ont été blessées`` counts people; the policeman is the part's."""
    text = "Cinq personnes, dont un policier, ont été blessées dans la collision."
    claims = [c for c in _analyze(analyzer, text).claims if c.value == 5]
    assert [population(c, text) for c in claims] == ["people"]


def test_a_claimed_death_toll_is_no_addition_to_one(analyzer: Analyzer) -> None:
    """``revendiquent la mort de plus de 30 soldats`` is a toll; ``après la mort de`` adds to one."""
    text = "Les rebelles revendiquent la mort de plus de 30 soldats."
    claim = _only(_analyze(analyzer, text))
    assert (claim.category, claim.value) == ("killed", 30)
    assert not is_increment(claim, "fr", text)


def test_a_participle_that_places_the_people_does_not_hide_their_verb(analyzer: Analyzer) -> None:
    text = "Environ 800 habitants des hameaux situés en contrebas ont été évacués mardi."
    assert _scored(_analyze(analyzer, text)) == [("displaced", 800)]


def test_a_relative_clause_does_not_hide_the_subject_s_verb(analyzer: Analyzer) -> None:
    text = "Trois dirigeants de l'entreprise qui gère la digue ont été placés en garde à vue."
    assert _scored(_analyze(analyzer, text)) == [("arrested", 3)]


def test_a_place_named_after_its_kind_places_the_figure(analyzer: Analyzer) -> None:
    """``Dans la seule commune de …, la plus touchée,``: the commune's toll, a part of the whole."""
    text = "Dans la seule commune de Valea Mare, la plus touchée, quatre habitants ont péri, selon le maire."
    assert _only(_analyze(analyzer, text)).place == "Valea Mare"


def test_hostages_killed_are_not_the_attack_s_toll(analyzer: Analyzer) -> None:
    """Two hostages executed days later are a count of their own, not a lower report of the raid's toll."""
    first = "Quatre personnes ont été tuées lors de l'attaque du convoi mardi, selon l'armée."
    later = "Deux otages ont été exécutés par leurs ravisseurs, a annoncé le gouvernement samedi."
    dossier = dossier_of(analyzer, ("a", first, "2026-05-12"), ("b", later, "2026-05-16"))
    assert sorted(len(g.reports) for g in groups_of(dossier, "killed")) == [1, 1]
    assert all(g.verdict is None for g in groups_of(dossier, "killed"))


def test_a_toll_placed_inside_the_country_is_the_country_s_toll(analyzer: Analyzer) -> None:
    """One article places the sinking's toll in the country, the next on the lake inside it, beside a local
    official's higher count: one toll, disputed — the story's only place of the kind, and no article sets the
    lake's figure against the country's."""
    first = "Tchad : 18 morts dans le naufrage d'une pirogue. Dix-huit personnes ont péri jeudi sur le lac Fitri."
    later = (
        "Naufrage sur le lac Fitri : le bilan s'alourdit à 31 morts, selon la Croix-Rouge. Un élu local affirme "
        "pour sa part que plus de 50 personnes ont perdu la vie."
    )
    dossier = dossier_of(analyzer, ("a", first, "2026-05-12"), ("b", later, "2026-05-13"))
    toll = groups_of(dossier, "killed")
    assert len(toll) == 1 and {r.value for r in toll[0].reports} == {18, 31, 50}
    assert toll[0].verdict == "conflict"


def test_two_places_of_one_kind_are_parts_not_the_whole(analyzer: Analyzer) -> None:
    """Arrests near one city one day and in the country later: two places name the kind, so each is a part."""
    first = "Quatre manifestants ont été interpellés près de Rennes, selon la préfecture."
    second = "Deux manifestants ont été interpellés mercredi à Brest."
    later = "Depuis lundi, 40 personnes ont été interpellées en France, selon le ministère."
    dossier = dossier_of(analyzer, ("a", first, "2026-05-12"), ("b", second, "2026-05-13"), ("c", later, "2026-05-14"))
    assert sorted(len(g.reports) for g in groups_of(dossier, "arrested")) == [1, 1, 1]


def test_a_count_recalled_with_the_definite_article_is_the_one_first_given(analyzer: Analyzer) -> None:
    """``Les quatre manifestants interpellés lundi`` recalls Monday's report of four arrests near Nantes, though
    the new article's paragraph is about another place."""
    first = "Quatre manifestants ont été interpellés lundi près de Nantes, selon la préfecture."
    later = (
        "Blocage du port de Saint-Nazaire : la mobilisation continue\n\n"
        "Sur le port de Saint-Nazaire, le blocage se poursuit. Les quatre manifestants interpellés lundi ont été "
        "relâchés dans la soirée."
    )
    dossier = dossier_of(analyzer, ("a", first, "2026-05-11"), ("b", later, "2026-05-12"))
    arrests = groups_of(dossier, "arrested")
    assert len(arrests) == 1 and arrests[0].verdict == "agree" and arrests[0].figure == 4
