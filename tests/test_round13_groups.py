"""Claim groups, thirteenth round: a year's total is another period, a body's name is no place, a toll of two
joined places is neither one's, a pronoun next to a figure names its place, a source's own count is set
against the whole a breakdown divides, a number alone borrows the noun before it, people who took shelter
in a school are no refugees, a police force's agents are police, and a dateline town the sentence names
again places its figure. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import (
    filed_from,
    names_body,
    one_of_joined_places,
    period,
    place_as_before,
    population,
    pronoun_place,
)
from recoupe.model import Attribution, Claim


def _claim(text: str, words: str, category: str = "killed", **fields: object) -> Claim:
    """The claim on ``words`` (their first occurrence) in ``text``."""
    start = text.index(words)
    return Claim(start, start + len(words), words, category, fields.pop("value", None), **fields)  # type: ignore[arg-type]


def test_a_year_ended_before_the_article_is_its_own_period() -> None:
    """``En 2025, 900 personnes ont été tuées sur les routes``, said in February: the whole year's count,
    not a report of the story's toll, though the year ended a few weeks before."""
    text = "Le bilan de l'accident atteint 9 morts. En 2025, 900 personnes ont été tuées sur les routes du pays."
    claim = _claim(text, "900 personnes ont été tuées", value=900, date="2025", source=Attribution("la gendarmerie"))
    assert period(claim, "2026-02-03", text) == "2025"


def test_a_year_running_to_now_stays_the_running_total() -> None:
    """``depuis 2025, 900 morts``: a total running since then, not the year's own count."""
    text = "Depuis 2025, le conflit a fait 900 morts dans la région, selon l'ONU."
    claim = _claim(text, "900 morts", value=900, date="2025", source=Attribution("l'ONU"))
    assert not period(claim, "2026-02-03", text).startswith("2025")


def test_a_bodys_name_is_no_place() -> None:
    """A name the tagger took for a place, an agency's English name in brackets, places no figure."""
    assert names_body("Coastal Flood Management Agency")
    assert names_body("Agence régionale de santé")
    assert not names_body("Saint-Malo")
    assert not names_body("Centre-Val de Loire")


def test_two_joined_places_are_neither_ones_count() -> None:
    """``dans les communes de Vaison et de Séguret``: the figure counts both, not the first one."""
    text = "Au moins 12 personnes ont été tuées dans les communes de Vaison et de Séguret, selon la préfecture."
    assert one_of_joined_places(text, _claim(text, "Au moins 12 personnes", value=12, place="Vaison"))


def test_the_hospitals_of_two_towns_keep_the_first_town() -> None:
    """``soignés dans les hôpitaux de Dax et de Pau``: where the hurt went, not the figure's scope."""
    text = "Trente blessés ont été soignés dans les hôpitaux de Dax et de Pau, selon les secours."
    assert not one_of_joined_places(text, _claim(text, "Trente blessés", "injured", value=30, place="Dax"))


def test_a_pronoun_after_a_figure_names_its_place() -> None:
    """``18 dans la commune de Breil et 12 dans celle de Tende``: the twelve are Tende's."""
    text = "« Le bilan est de 30 morts, 18 dans la commune de Breil et 12 dans celle de Tende », a dit le préfet."
    assert pronoun_place(text, _claim(text, "12", value=12, place="Breil")) == "Tende"
    assert pronoun_place(text, _claim(text, "18", value=18, place="Breil")) is None


def test_a_pronoun_before_a_figure_names_its_place() -> None:
    """``La commune de Breil compte 21 victimes, celle de Tende 14``: the fourteen are Tende's."""
    text = "La commune de Breil compte 21 victimes, celle de Tende 14. Le préfet craint d'autres décès."
    assert pronoun_place(text, _claim(text, "14", value=14)) == "Tende"


def test_an_own_count_is_set_against_the_whole_a_breakdown_divides() -> None:
    """After ``Breil compte 21 victimes, celle de Tende 14``, ``La Croix-Rouge maintient son propre décompte :
    40 morts`` is the whole toll's other figure, not Tende's."""
    text = (
        "La commune de Breil compte 21 victimes, celle de Tende 14. "
        "La Croix-Rouge maintient son propre décompte : 40 morts."
    )
    breil = _claim(text, "21 victimes", value=21, place="Breil")
    tende = _claim(text, "14", value=14, place="Tende")
    own = _claim(text, "40 morts", value=40)
    assert place_as_before(text, [(breil, "Breil"), (tende, "Tende")], own) is None


def test_sheltering_in_schools_is_no_refuge_abroad() -> None:
    """``ont fui leurs villages et se sont réfugiées dans des écoles``: displaced at home, not refugees."""
    text = "Plus de 3 000 personnes ont fui leurs villages et se sont réfugiées dans des écoles, selon l'ONU."
    claim = _claim(text, "Plus de 3 000 personnes", "displaced", value=3000, subject="personnes")
    assert population(claim, text) != "refugees"


def test_a_year_total_stays_apart_from_the_toll(analyzer: Analyzer) -> None:
    """The toll of a crash rises from 9 to 11; the past year's road deaths are no report of it."""
    dossier = dossier_of(
        analyzer,
        ("a", "Au Pérou, un car est tombé dans un ravin : 9 morts, selon la police de Cusco.", "2026-02-02"),
        (
            "b",
            "Au Pérou, le bilan de l'accident de car atteint 11 morts, selon la police de Cusco. En 2025, "
            "3 100 personnes ont été tuées sur les routes du pays, selon le ministère des Transports.",
            "2026-02-04",
        ),
    )
    toll = next(g for g in groups_of(dossier, "killed") if 11 in {r.value for r in g.reports})
    assert sorted(r.value for r in toll.reports) == [9, 11]
    assert (toll.verdict, toll.figure) == ("update", 11)


def test_agents_a_police_deploys_are_police() -> None:
    """``la police a déployé 250 agents``: police officers, not the army's soldiers sent the same week."""
    text = "La police a déployé 250 agents de sa brigade mobile dans la vallée, selon la préfecture."
    claim = _claim(text, "250 agents", "troops", value=250, subject="agents")
    assert population(claim, text) == "police"


def test_a_dateline_town_named_again_in_the_sentence_places_the_figure() -> None:
    """``LIMA, 3 mai (AFP) - … devant le Congrès à Lima …, faisant au moins quatre morts``: Lima's toll,
    not only the town the dispatch was filed from."""
    text = (
        "LIMA, 3 mai 2026 (AFP) - La police a dispersé mardi une manifestation devant le Congrès à Lima, "
        "faisant au moins quatre morts, selon un hôpital.\n"
    )
    assert not filed_from(text, text.index("au moins quatre"), "LIMA")


def test_a_dateline_town_alone_is_only_where_the_dispatch_was_filed() -> None:
    """``LIMA, 3 mai (AFP) - Au moins 20 personnes ont été tuées dans le pays``: the country's toll."""
    text = "LIMA, 3 mai 2026 (AFP) - Au moins 20 personnes ont été tuées dans le pays depuis lundi, selon l'ONU.\n"
    assert filed_from(text, text.index("Au moins 20"), "LIMA")
