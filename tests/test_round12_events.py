"""Events, twelfth round: a conflict's lowest toll, the clause that tells the event among several days, a
ministry of mines, a pit's collapse, a party named ``Rassemblement``.

Each test is an invented story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view
from recoupe.link.events import _combined, _cues, _days_of_the_event_clause
from recoupe.model import ClaimGroup, ClaimReport, Timex


def _report(value: int, date: str) -> ClaimReport:
    return ClaimReport(
        doc="a",
        start=0,
        end=1,
        text=str(value),
        value=value,
        low=None,
        high=None,
        qualifier="exact",
        source=None,
        outlet=None,
        published=date,
        date=date,
    )


def _toll(
    group_id: str,
    reports: list,
    verdict: str | None,
    figure: int | None,
    conservative: int,
    population: str = "people",
) -> ClaimGroup:
    """A death toll's group of one story, with no place."""
    return ClaimGroup(
        id=group_id,
        story="s1",
        category="killed",
        population=population,
        place=None,
        reports=reports,
        verdict=verdict,  # type: ignore[arg-type]
        figure=figure,
        conservative=conservative,
        why="",
    )


def test_a_conflict_s_lowest_figure_stands_though_a_higher_one_came_first() -> None:
    # a first report of 30 dead, a later one of 5 from another source, no deaths added since: ACLED keeps 5
    group = _toll(
        "g1", [_report(30, "2026-02-02"), _report(5, "2026-02-03")], verdict="conflict", figure=None, conservative=5
    )
    assert _combined([group]) == 5


def test_deaths_added_since_a_toll_still_add_to_its_first_figure() -> None:
    toll = _toll("g1", [_report(2, "2026-02-02")], verdict=None, figure=2, conservative=2)
    added = _toll(
        "g2", [_report(1, "2026-02-03")], verdict=None, figure=1, conservative=1, population="people (increment)"
    )
    assert _combined([toll, added]) == 3


def test_the_event_s_day_is_the_one_of_its_own_clause() -> None:
    sentence = "Les cours reprennent aujourd'hui à Tiflet, où l'école avait été touchée par une frappe de drone le 3."
    said = [
        Timex(start=sentence.index("aujourd'hui"), end=sentence.index("aujourd'hui") + 11, text="", value="2026-05-09"),
        Timex(start=sentence.index("le 3"), end=sentence.index("le 3") + 4, text="le 3", value="2026-05-03"),
    ]
    days = ["2026-05-03", "2026-05-09"]
    assert _days_of_the_event_clause(sentence, 0, said, days, "fr") == ["2026-05-03"]


def test_days_of_one_clause_are_all_kept() -> None:
    sentence = "Des heurts ont éclaté lundi et mardi à Tiflet."
    said = [
        Timex(start=sentence.index("lundi"), end=sentence.index("lundi") + 5, text="lundi", value="2026-05-04"),
        Timex(start=sentence.index("mardi"), end=sentence.index("mardi") + 5, text="mardi", value="2026-05-05"),
    ]
    days = ["2026-05-04", "2026-05-05"]
    assert _days_of_the_event_clause(sentence, 0, said, days, "fr") == days
    sentence = "Lundi, des jeunes ont dressé des barricades ; mardi, la police a dispersé un sit-in."
    said = [
        Timex(start=0, end=5, text="Lundi", value="2026-05-04"),
        Timex(start=sentence.index("mardi"), end=sentence.index("mardi") + 5, text="mardi", value="2026-05-05"),
    ]
    assert _days_of_the_event_clause(sentence, 0, said, days, "fr") == days


def test_a_recalled_strike_is_not_dated_by_the_day_of_the_sentence_s_news(analyze: Analyze) -> None:
    text = (
        "Yémen : la rougeole gagne Taëz\n\n"
        "La campagne de vaccination débute aujourd'hui à Taëz, où le dispensaire avait été touché par une frappe "
        "de drone le 3 au soir."
    )
    view = story_view(analyze, [("a", text, "2026-05-09")])
    assert [(e.event_date, e.sub_event_type) for e in view.events] == [("2026-05-03", "Air/drone strike")]


def test_a_ministry_of_mines_is_no_landmine() -> None:
    assert _cues("Le ministère des Mines a publié mardi un bilan de 12 morts.", "fr").kind() is None
    assert _cues("Le ministre des Mines s'est rendu mercredi sur le site.", "fr").kind() is None
    assert _cues("Une mine a tué deux soldats mardi.", "fr").explosion


def test_a_pit_s_collapse_is_an_accident_whose_demonstration_alone_is_coded(analyze: Analyze) -> None:
    text = (
        "Pérou : après l'éboulement d'une mine d'étain, la colère des familles\n\n"
        "L'éboulement survenu lundi a fait 14 morts, selon le ministère des Mines. Mardi, le ministère des Mines "
        "a revu le bilan à 17 morts après l'effondrement d'une galerie voisine.\n\n"
        "Mercredi, des centaines de proches ont manifesté devant la mairie de Puno."
    )
    view = story_view(analyze, [("a", text, "2026-09-10")])
    assert [(e.event_date, e.event_type, e.fatalities) for e in view.events] == [("2026-09-09", "Protests", 0)]


def test_a_party_named_rassemblement_is_no_gathering() -> None:
    assert _cues("Le candidat du Rassemblement populaire a obtenu 41 % des voix lundi.", "fr").kind() is None
    assert _cues("Le Rassemblement pour la patrie a dénoncé une fraude.", "fr").kind() is None
    assert _cues("Un rassemblement a réuni 300 personnes lundi devant la préfecture.", "fr").protest


def test_a_town_s_toll_goes_to_that_town_s_violence(analyze: Analyze) -> None:
    text = (
        "Ghana : nuit de violences après le scrutin\n\n"
        "Lundi, des manifestants ont dressé des barricades et incendié des voitures à Kumasi. À Tamale, la police a "
        "tiré à balles réelles sur les manifestants lundi.\n\n"
        "Mardi, des jeunes ont pillé des commerces à Kumasi. Selon l'opposition, les violences ont fait trois morts à "
        "Kumasi, et deux à Tamale."
    )
    view = story_view(analyze, [("a", text, "2026-12-09")])
    tolls = {(e.event_date, e.location): e.fatalities for e in view.events}
    assert tolls.get(("2026-12-07", "Tamale")) == 2


def test_a_toll_raised_by_deaths_told_with_it_keeps_its_first_figure() -> None:
    # "le bilan est passé à 21 morts, deux blessés ayant succombé" first, then lower counts of other sources
    toll = _toll(
        "g1", [_report(21, "2026-02-02"), _report(12, "2026-02-03")], verdict="conflict", figure=None, conservative=12
    )
    assert _combined([toll], {"people"}) == 21
    assert _combined([toll]) == 12
