"""Claims and groups that the lead's eighth groups set (``tests/data/groups-blind8.json``, a prison riot) and a
helper's ninth (``tests/data/groups-blind9.json``: a building collapse, a mine explosion, a measles outbreak)
found wrong: a headline's rubric or a prison's name taken for a figure's place, one toll split between its
inmates or miners and everyone, ``mineurs`` read as minors in a mine, trapped people not counted as missing, an
apposition too long for its figure, a short town name apart from its medina, a region the gazetteer did not
know by its French name and so could not hold its towns. Each on invented French sentences of other stories."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import population
from recoupe.link.places import gazetteer
from recoupe.model import PEOPLE_CATEGORIES, Article, Claim, DocumentAnalysis


def _analyze(analyzer: Analyzer, text: str) -> DocumentAnalysis:
    return analyzer.analyze(Article(id="a", text=text, published="2026-05-12"))


def _scored(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category in PEOPLE_CATEGORIES]


def test_miners_in_a_mine_are_workers_and_minors_elsewhere_children(analyzer: Analyzer) -> None:
    """``mineurs`` counts miners in a story of a mine, minors in a story of a riot."""
    mine = "Trois mineurs ont été tués dans l'effondrement d'une galerie de la mine de charbon."
    riot = "Trois mineurs ont été blessés lors des échauffourées du centre-ville."
    assert [population(c, mine) for c in _scored(_analyze(analyzer, mine))] == ["workers"]
    assert [population(c, riot) for c in _scored(_analyze(analyzer, riot))] == ["children"]


def test_people_trapped_or_buried_are_missing(analyzer: Analyzer) -> None:
    """Whoever is still trapped underground, buried or not found is unaccounted for: ``missing``."""
    for text, value in (
        ("Douze ouvriers restent bloqués au fond du puits, selon la compagnie.", 12),
        ("Après le glissement de terrain, dix personnes sont encore ensevelies.", 10),
        ("Onze randonneurs restent introuvables.", 11),
    ):
        assert [(c.category, c.value) for c in _scored(_analyze(analyzer, text))] == [("missing", value)], text


def test_farmers_blocking_a_road_are_not_missing(analyzer: Analyzer) -> None:
    text = "Quelque 300 agriculteurs ont bloqué l'autoroute A7 jeudi."
    assert [c.category for c in _scored(_analyze(analyzer, text))] == ["participants"]


def test_a_headline_rubric_is_no_place_of_the_figure(analyzer: Analyzer) -> None:
    """``Ghana : 12 morts … à Kumasi``: the rubric labels the story's country; the town is the figure's."""
    result = _analyze(analyzer, "Ghana : 12 morts dans l'effondrement d'un pont à Kumasi\n\nLe pont a cédé lundi.")
    assert [(c.value, c.place) for c in _scored(result)] == [(12, "Kumasi")]


def test_a_prison_s_name_is_no_place(analyzer: Analyzer) -> None:
    """``le pénitencier du Littoral`` is a prison, not a region a gazetteer knows by that name."""
    text = "La mutinerie a fait neuf morts au pénitencier du Littoral, selon l'administration."
    assert [(c.value, c.place) for c in _scored(_analyze(analyzer, text))] == [(9, None)]


def test_a_long_apposition_keeps_its_figure_s_verb_and_people(analyzer: Analyzer) -> None:
    """``, pour la plupart des enfants de moins de deux ans,``: the dead are everyone, most of them children."""
    text = "Au moins 52 personnes, pour la plupart des enfants de moins de deux ans, sont mortes du choléra."
    claims = _scored(_analyze(analyzer, text))
    assert [(c.category, c.value, population(c, text)) for c in claims] == [("killed", 52, "people")]


def test_a_toll_after_the_bodies_of_some_workers_counts_everyone(analyzer: Analyzer) -> None:
    """``les corps des sept derniers ouvriers, portant le bilan à 19 morts``: the last finds, then the toll."""
    text = "Les secours ont dégagé les corps des sept derniers ouvriers, portant le bilan de l'éboulement à 19 morts."
    claims = _scored(_analyze(analyzer, text))
    assert [(c.value, population(c, text)) for c in claims] == [(7, "workers"), (19, "people")]


def test_a_prison_riot_s_inmates_toll_is_its_toll(analyzer: Analyzer) -> None:
    """Every dead of a prison riot is an inmate: ``31 détenus tués`` then ``43 morts`` is one toll, revised."""
    dossier = dossier_of(
        analyzer,
        (
            "j1",
            "Trente et un détenus ont été tués vendredi dans la prison de Tacna, selon les autorités.",
            "2026-03-06",
        ),
        ("j3", "Le bilan de la mutinerie de la prison de Tacna s'élève désormais à 43 morts.", "2026-03-08"),
    )
    assert [sorted(r.value for r in g.reports) for g in groups_of(dossier, "killed")] == [[31, 43]]
    assert groups_of(dossier, "killed")[0].verdict == "update"


def test_a_part_given_beside_the_whole_stays_apart(analyzer: Analyzer) -> None:
    """``Deux pompiers ont péri`` beside ``sept morts`` in one article: the firefighters are a part of the toll."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Les crues ont fait sept morts dans la vallée. Deux pompiers ont péri en secourant des habitants.",
            "2026-03-06",
        ),
        ("b", "Le bilan des crues dans la vallée s'élève à neuf morts.", "2026-03-07"),
    )
    values = sorted(sorted(r.value for r in g.reports) for g in groups_of(dossier, "killed"))
    assert values == [[2], [7, 9]]


def test_a_short_town_name_and_its_medina_are_one_place(analyzer: Analyzer) -> None:
    """``à Fès`` then ``dans la médina de Fès``: one town's toll, revised, not two places."""
    dossier = dossier_of(
        analyzer,
        ("j1", "Six personnes ont été tuées lundi dans l'effondrement d'un vieil immeuble à Fès.", "2026-11-02"),
        (
            "j2",
            "Le bilan de l'effondrement du vieil immeuble dans la médina de Fès s'est alourdi à onze morts.",
            "2026-11-03",
        ),
    )
    assert len(dossier.stories) == 1
    assert [sorted(r.value for r in g.reports) for g in groups_of(dossier, "killed")] == [[6, 11]]


def test_the_gazetteer_knows_french_names_of_regions() -> None:
    """``Thessalie``, ``Bavière``: a region a French article names is a region, holding its towns."""
    places = gazetteer()
    thessaly, volos = places.resolve("Thessalie"), places.resolve("Volos")
    bavaria, passau = places.resolve("Bavière"), places.resolve("Passau")
    assert thessaly is not None and volos is not None and bavaria is not None and passau is not None
    assert (thessaly.kind, bavaria.kind) == ("admin1", "admin1")
    assert (volos.admin1, passau.admin1) == (thessaly.admin1, bavaria.admin1)


def test_a_figure_without_place_is_the_region_s_beside_a_town_inside_it(analyzer: Analyzer) -> None:
    """A toll ``en Bavière``, two dead ``à Passau`` inside it, and the opposition's ``une dizaine de morts``
    with no place: the region is the story's scope, so the opposition's figure contests its toll."""
    dossier = dossier_of(
        analyzer,
        ("j1", "Les inondations ont fait quatre morts en Bavière, selon les autorités régionales.", "2026-06-02"),
        (
            "j2",
            "Le bilan des inondations en Bavière s'est alourdi à six morts, selon les autorités régionales. "
            "Deux personnes sont mortes à Passau. L'opposition avance pour sa part une dizaine de morts.",
            "2026-06-03",
        ),
    )
    tolls = [sorted(r.value for r in g.reports) for g in groups_of(dossier, "killed")]
    assert [4, 6, 10] in tolls


def test_a_long_aside_telling_what_befell_one_person_is_no_figure_s_apposition(analyzer: Analyzer) -> None:
    """``Un manifestant, blessé au visage par un éclat de grenade lacrymogène, a été hospitalisé``: a long aside
    with a participle tells a story; only a short one, or one naming the people, is passed over."""
    text = "Un manifestant de Rennes, blessé au visage par un éclat de grenade lacrymogène, a été hospitalisé."
    assert _scored(_analyze(analyzer, text)) == []
