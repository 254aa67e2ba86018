"""Across articles: stories, shared text, merged entities, claim groups, timeline and summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest import read_articles
from recoupe.link import build_dossier
from recoupe.link.claims import decide
from recoupe.link.dossier import Linker
from recoupe.link.entities import initials, merge_entities, name_key
from recoupe.link.state import MemoryLinkState
from recoupe.model import Article, ClaimReport, DocumentAnalysis, Dossier, Entity

ROOT = Path(__file__).resolve().parent.parent

GREVE_1 = (
    "Grève des cheminots : le trafic SNCF très perturbé à Marseille. Selon la direction, 35 % des conducteurs "
    "étaient en grève mardi. Les syndicats CGT et SUD-Rail appellent à reconduire le mouvement contre la réforme."
)
GREVE_1_BIS = (
    "À Marseille, la grève des cheminots a paralysé la gare Saint-Charles mardi. La CGT revendique une forte "
    "mobilisation des conducteurs de la SNCF contre la réforme, et SUD-Rail appelle à reconduire la grève."
)
GREVE_2 = (
    "Nouvelle journée de grève des cheminots à Marseille : la SNCF annonce un trafic perturbé. Les syndicats CGT "
    "et SUD-Rail maintiennent leur appel contre la réforme, une semaine après la première mobilisation."
)
SEISME = (
    "Un séisme de magnitude 6,1 a frappé le nord du Maroc dans la nuit. Au moins 12 personnes ont été tuées "
    "et 80 blessées dans la province d'Al Hoceïma, selon le ministère de l'Intérieur marocain."
)


def _pair(analyzer: Analyzer, doc_id: str, text: str, published: str) -> tuple[Article, DocumentAnalysis]:
    article = Article(id=doc_id, text=text, published=published)
    return article, analyzer.analyze(article)


def _dossier(pairs: list[tuple[Article, DocumentAnalysis]]) -> Dossier:
    return build_dossier([a for _, a in pairs], [a for a, _ in pairs])


def test_same_story_joins_other_topics_and_a_later_strike_stay_apart(analyzer: Analyzer) -> None:
    pairs = [
        _pair(analyzer, "greve-mardi", GREVE_1, "2023-03-07"),
        _pair(analyzer, "seisme", SEISME, "2023-03-07"),
        _pair(analyzer, "greve-mardi-bis", GREVE_1_BIS, "2023-03-08"),
        _pair(analyzer, "greve-mardi-suivant", GREVE_2, "2023-03-14"),
    ]
    stories = {tuple(s.documents) for s in _dossier(pairs).stories}
    assert stories == {("greve-mardi", "greve-mardi-bis"), ("seisme",), ("greve-mardi-suivant",)}


def test_a_wire_copy_is_marked_as_a_copy_of_the_earlier_article(analyzer: Analyzer) -> None:
    wire = (
        "Les secours ont retrouvé trois corps sous les décombres de l'immeuble effondré à Marseille, a indiqué "
        "la préfecture dans un communiqué publié dans la soirée, précisant que les recherches continueraient "
        "toute la nuit malgré la pluie."
    )
    first = _pair(analyzer, "agence", wire, "2023-04-09")
    second = _pair(analyzer, "journal", "Drame à Marseille. " + wire + " Le maire s'est rendu sur place.", "2023-04-10")
    dossier = _dossier([second, first])
    (passage,) = dossier.shared
    assert (passage.doc, passage.source) == ("journal", "agence")
    assert second[0].text[passage.start : passage.end].startswith("Les secours ont retrouvé")
    assert passage.words >= 30


def _entity(name: str, kind: str, text: str | None = None) -> Entity:
    return Entity(start=0, end=len(text or name), text=text or name, type=kind, name=name)  # type: ignore[arg-type]


def _doc(doc_id: str, *entities: Entity) -> DocumentAnalysis:
    return DocumentAnalysis(doc=doc_id, published=None, lang="fr", title=None, outlet=None, entities=list(entities))


def _together(dossier_entities, *names: str) -> bool:  # type: ignore[no-untyped-def]
    return any(set(names) <= set(e.aliases) for e in dossier_entities)


def test_transliterations_short_names_and_acronyms_merge() -> None:
    entities = merge_entities(
        [
            _doc(
                "a",
                _entity("Volodymyr Zelensky", "PER"),
                _entity("Volodymyr Zelensky", "PER", "Zelensky"),
                _entity("Organisation du traité de l'Atlantique nord", "ORG"),
                _entity("Organisation du traité de l'Atlantique nord", "ORG", "OTAN"),
            ),
            _doc(
                "b", _entity("Volodymyr Zelenskiy", "PER"), _entity("NATO", "ORG"), _entity("Union européenne", "ORG")
            ),
            _doc("c", _entity("Zélensky", "PER"), _entity("UE", "ORG")),
        ]
    )
    assert _together(entities, "Volodymyr Zelensky", "Volodymyr Zelenskiy", "Zelensky", "Zélensky")
    assert _together(entities, "OTAN", "NATO", "Organisation du traité de l'Atlantique nord")
    assert _together(entities, "UE", "Union européenne")


def test_people_sharing_a_surname_and_a_country_and_its_ministry_stay_apart() -> None:
    entities = merge_entities(
        [
            _doc("a", _entity("Pierre Martin", "PER"), _entity("France", "LOC")),
            _doc(
                "b",
                _entity("Sophie Martin", "PER"),
                _entity("Martin", "PER"),
                _entity("ministère de l'Intérieur français", "ORG"),
            ),
        ]
    )
    assert not _together(entities, "Pierre Martin", "Sophie Martin")
    assert not _together(entities, "Martin", "Pierre Martin")
    assert not _together(entities, "France", "ministère de l'Intérieur français")


def test_keys_and_initials() -> None:
    assert name_key("Kassym-Jomart Tokaïev") == name_key("Kassym-Jomart Tokayev") == "kasim-jomart tokaiev"
    assert initials("Organisation mondiale de la santé") == "OMS"
    assert initials("Paris") == ""


def _report(value: int, published: str, qualifier: str = "exact", source: str | None = None) -> ClaimReport:
    return ClaimReport(
        doc=published,
        start=0,
        end=1,
        text=str(value),
        value=value,
        low=None,
        high=None,
        qualifier=qualifier,
        source=source,
        outlet=None,
        published=published,
    )


def test_compatible_figures_agree_on_the_most_precise_figure() -> None:
    decision = decide([_report(5000, "2022-01-06", "at_least"), _report(5200, "2022-01-07", "approx")])
    assert (decision.verdict, decision.figure, decision.conservative) == ("agree", 5200, 5200)


def test_a_vague_report_and_a_precise_one_agree_on_the_precise_figure_not_the_codebook_number() -> None:
    """« des dizaines d'émeutiers » and « 26 assaillants tués »: quote 26; ACLED keeps 26, not 12."""
    dozens = ClaimReport(
        doc="d",
        start=0,
        end=1,
        text="des dizaines",
        value=None,
        low=20,
        high=99,
        qualifier="vague",
        source="la police",
        outlet=None,
        published="2023-06-06",
    )
    decision = decide([dozens, _report(26, "2023-06-07", source="le ministère")])
    assert (decision.verdict, decision.figure, decision.conservative) == ("agree", 26, 26)


def test_rising_figures_on_later_days_are_an_update_and_the_latest_is_quoted() -> None:
    decision = decide(
        [
            _report(3000, "2022-01-07", "at_least"),
            _report(8000, "2022-01-10", "approx"),
            _report(10000, "2022-01-13", "approx"),
        ],
        "arrested",
    )
    assert (decision.verdict, decision.figure, decision.conservative) == ("update", 10000, 10000)
    assert "2022-01-13" in decision.why and "≥3 000" in decision.why


def test_different_figures_the_same_day_conflict_and_acled_keeps_the_lowest() -> None:
    decision = decide(
        [
            _report(1_280_000, "2023-03-07", source="ministère de l'Intérieur"),
            _report(3_500_000, "2023-03-07", source="CGT"),
        ],
        "participants",
    )
    assert (decision.verdict, decision.figure, decision.conservative) == ("conflict", None, 1_280_000)
    assert "CGT" in decision.why and "ministère de l'Intérieur" in decision.why


def test_a_crowd_count_from_another_source_the_next_day_is_a_conflict_not_an_update() -> None:
    decision = decide(
        [_report(80_000, "2023-03-07", source="la préfecture"), _report(200_000, "2023-03-08", source="les syndicats")],
        "participants",
    )
    assert decision.verdict == "conflict"


def test_a_source_correcting_its_own_count_is_an_update() -> None:
    decision = decide(
        [_report(80_000, "2023-03-07", source="la préfecture"), _report(95_000, "2023-03-08", source="la préfecture")],
        "participants",
    )
    assert (decision.verdict, decision.figure) == ("update", 95_000)


def test_a_toll_that_falls_from_one_source_to_another_is_a_conflict() -> None:
    decision = decide(
        [
            _report(1000, "2023-02-06", "at_least", source="le ministère de la Santé"),
            _report(300, "2023-02-07", "approx"),
        ],
        "injured",
    )
    assert decision.verdict == "conflict"


def test_copies_count_once_and_one_report_has_no_verdict() -> None:
    original = _report(19, "2023-02-07")
    copy = ClaimReport(
        doc="b",
        start=0,
        end=1,
        text="19",
        value=19,
        low=None,
        high=None,
        qualifier="exact",
        source=None,
        outlet=None,
        published="2023-02-07",
        copy_of=original.doc,
    )
    decision = decide([original, copy], "killed")
    assert (decision.verdict, decision.figure) == (None, 19)


def test_vague_counts_use_acled_codebook_numbers() -> None:
    dozens = ClaimReport(
        doc="d",
        start=0,
        end=1,
        text="des dizaines",
        value=None,
        low=20,
        high=99,
        qualifier="vague",
        source=None,
        outlet=None,
        published="2022-01-06",
    )
    assert decide([dozens]).conservative == 12


@pytest.fixture(scope="module")
def examples(analyzer: Analyzer) -> tuple[list[Article], Dossier]:
    articles = [a for a in read_articles([ROOT / "examples"]) if isinstance(a, Article)]
    analyses = [analyzer.analyze(a) for a in articles]
    return articles, build_dossier(analyses, articles)


def test_examples_are_one_story_with_a_dated_cited_timeline(examples: tuple[list[Article], Dossier]) -> None:
    articles, dossier = examples
    texts = {a.id: a.text for a in articles}
    assert len(dossier.stories) == 1
    assert dossier.stories[0].first == "2025-03-14" and dossier.stories[0].last == "2025-03-17"
    dates = [event.date for event in dossier.timeline]
    assert dates == sorted(dates) and dates
    for event in dossier.timeline:
        for citation in event.citations:
            assert texts[citation.doc][citation.start : citation.end] == citation.text


def test_examples_summary_is_five_to_eight_cited_distinct_sentences(examples: tuple[list[Article], Dossier]) -> None:
    articles, dossier = examples
    texts = {a.id: a.text for a in articles}
    (summary,) = dossier.summaries.values()
    assert 5 <= len(summary) <= 8
    assert len({c.text for c in summary}) == len(summary)
    assert all(texts[c.doc][c.start : c.end] == c.text for c in summary)


def test_story_clustering_on_labelled_multi_story_articles(analyzer: Analyzer, tmp_path: Path) -> None:
    """Four invented stories, two of them strike days a week apart: B-cubed F1 through ``recoupe eval``."""
    from recoupe.eval.runner import evaluate

    data = ROOT / "tests" / "data"
    report, skipped = evaluate(data / "stories-gold.json", data / "stories", out=tmp_path, analyzer=analyzer)
    assert skipped == []
    assert report["stories.bcubed_f1"].value == 1.0


def test_a_subset_figure_is_not_a_conflicting_total(analyzer: Analyzer) -> None:
    text = (
        "Selon la préfecture, 52 personnes ont été blessées, dont 9 grièvement, dans l'effondrement "
        "de l'immeuble de la rue Alsace."
    )
    other = "L'effondrement de l'immeuble de la rue Alsace a fait 52 blessés, selon la préfecture."
    dossier = _dossier([_pair(analyzer, "a", text, "2023-04-09"), _pair(analyzer, "b", other, "2023-04-09")])
    injured = [g for g in dossier.claim_groups if g.category == "injured"]
    totals = [g for g in injured if not g.population.endswith("(subset)")]
    assert len(totals) == 1 and totals[0].verdict == "agree"
    assert {r.value for r in totals[0].reports} == {52}


def test_an_article_repeating_its_figure_is_one_report(analyzer: Analyzer) -> None:
    text = "Séisme : 19 morts\n\nLe séisme a fait 19 morts dans la province, a annoncé le ministère de l'Intérieur."
    dossier = _dossier([_pair(analyzer, "a", text, "2023-02-07")])
    (killed,) = [g for g in dossier.claim_groups if g.category == "killed"]
    (report,) = [r for r in killed.reports if r.copy_of is None]
    assert report.source is not None and killed.verdict is None


TOWNS = (
    "Marseille",
    "Lyon",
    "Toulouse",
    "Nantes",
    "Rennes",
    "Lille",
    "Bordeaux",
    "Grenoble",
    "Dijon",
    "Brest",
    "Limoges",
    "Amiens",
    "Nancy",
    "Metz",
    "Rouen",
    "Caen",
    "Tours",
    "Angers",
    "Nîmes",
    "Avignon",
)


def _weekly_strikes(weeks: int) -> list[tuple[Article, DocumentAnalysis]]:
    """A strike in another town every week, reported twice (the wire copy the next day)."""
    pairs = []
    for week in range(weeks):
        town = TOWNS[week % len(TOWNS)]
        report, more = GREVE_1.replace("Marseille", town), GREVE_1_BIS.replace("Marseille", town)
        for day, text in ((0, report), (1, f"Dernière minute. {report} {more}")):
            published = (dt.date(2023, 1, 2) + dt.timedelta(days=7 * week + day)).isoformat()
            doc = f"greve-{week}-{day}"
            pairs.append(
                (
                    Article(id=doc, text=text, published=published),
                    DocumentAnalysis(doc=doc, published=published, lang="fr", title=None, outlet=None),
                )
            )
    return pairs


def _link(pairs: list[tuple[Article, DocumentAnalysis]], keep: int | None) -> tuple[Linker, list, list]:
    linker = Linker(MemoryLinkState(keep=keep))
    results = [linker.add(article, analysis) for article, analysis in pairs]
    return linker, [story for story, _ in results], [passages for _, passages in results]


def test_a_year_of_weekly_strikes_links_the_same_and_holds_only_the_last_weeks() -> None:
    pairs = _weekly_strikes(20)
    forgetting, stories, passages = _link(pairs, keep=2)
    _, stories_kept, passages_kept = _link(pairs, keep=None)
    assert (stories, passages) == (stories_kept, passages_kept)
    assert len(set(stories)) == 20  # one story a week: the window keeps the strike days apart
    assert all(f"greve-{n}-0" in {x.source for x in p} for n, p in enumerate(passages[1::2]))
    state = forgetting.stories.state
    assert len(state._postings) <= 3 and len(state._shingles) <= 3
    assert len(state._texts) <= 8 and len(state._vectors) <= 4
    assert len(state.stories()) == 20  # story records stay: they are the result


def test_an_undated_article_after_the_stream_meets_the_latest_weeks() -> None:
    pairs = _weekly_strikes(10)
    undated = Article(id="sans-date", text=GREVE_1_BIS.replace("Marseille", TOWNS[9]))
    linker, stories, _ = _link(pairs, keep=2)
    joined, _ = linker.add(
        undated, DocumentAnalysis(doc="sans-date", published=None, lang="fr", title=None, outlet=None)
    )
    assert joined == stories[-1]  # Brest's strike, week 10


def test_examples_death_toll_is_one_group_and_different_forces_do_not_conflict(
    examples: tuple[list[Article], Dossier],
) -> None:
    """Headlines name the place three ways (barrage de Sarrans-le-Haut, Barrage de Sarrans, Sarrans): one
    toll; « Environ 300 pompiers et 150 militaires » are two deployments, not two sources disagreeing."""
    _, dossier = examples
    (killed,) = [g for g in dossier.claim_groups if g.category == "killed"]
    assert len({r.doc for r in killed.reports}) == 4
    troops = [g for g in dossier.claim_groups if g.category == "troops"]
    assert len(troops) == 2 and all(g.verdict != "conflict" for g in troops)
    (injured,) = [g for g in dossier.claim_groups if g.category == "injured" and g.population == "people"]
    assert (injured.verdict, injured.figure) == ("update", 61)
