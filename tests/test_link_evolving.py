"""Issue #16, linking: stories that evolve, entities named many ways within a story, readable titles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from recoupe.analyze import Analyzer
from recoupe.link.entities import merge_entities, name_key
from recoupe.link.state import LinkState, MemoryLinkState
from recoupe.link.stories import StoryIndex
from recoupe.link.titles import story_title
from recoupe.model import Article, DocumentAnalysis, DossierEntity, Entity
from recoupe.store import Store
from recoupe.store.sqlite import SqliteLinkState

ROOT = Path(__file__).resolve().parent.parent

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]


# --- titles ---------------------------------------------------------------------------------------------


def _title(text: str, title: str | None = None) -> str:
    return story_title(Article(id="a", text=text, title=title))


def test_a_rubric_an_outlet_or_a_date_line_gives_way_to_the_headline_after_it() -> None:
    assert (
        _title("RMC\n\nTurquie : le séisme fait plus de 200 morts\n\nLe bilan s'alourdit.", "RMC")
        == "Turquie : le séisme fait plus de 200 morts"
    )
    assert (
        _title("En Brève\n\nGrève : trafic perturbé à Lyon\n\nLa SNCF prévoit…", "En Brève")
        == "Grève : trafic perturbé à Lyon"
    )
    assert (
        _title("Mardi 27 octobre\n\nUn policier blessé à Paris\n\nLe texte.", "Mardi 27 octobre")
        == "Un policier blessé à Paris"
    )


def test_a_caption_glued_to_the_headline_is_cut_off() -> None:
    assert _title("Séisme en SyriePlus de 3800 morts\n\nLe texte.") == "Séisme en Syrie"


def test_a_name_with_a_capital_inside_that_the_body_writes_too_is_no_glued_caption() -> None:
    text = "Rançongiciel : le groupe DarkVault revendique l'attaque\n\nLe groupe DarkVault a publié des données."
    assert _title(text) == "Rançongiciel : le groupe DarkVault revendique l'attaque"


def test_without_a_headline_the_lead_sentence_is_the_title_whole_or_cut_after_a_clause() -> None:
    short = "En Brève\n\nLa CGT appelle à une nouvelle grève mardi. Les autres syndicats hésitent."
    assert _title(short, "En Brève") == "La CGT appelle à une nouvelle grève mardi."
    long = (
        "Le préfet du Gard a ordonné l'évacuation de trois quartiers d'Alès et a autorisé les pompiers à "
        "entrer sans délai, a rapporté la préfecture dans la nuit de jeudi à vendredi, alors que la crue du "
        "Gardon se poursuivait à Alès. La suite."
    )
    title = _title(long)
    assert title.endswith("…") and len(title) <= 201
    assert long.startswith(title[:-1]) and long[len(title) - 1 :].startswith(", ")  # cut after a clause


def test_a_story_titled_by_a_lead_sentence_takes_a_later_headline() -> None:
    index = StoryIndex()
    body = "Un séisme a frappé Pazarcık dans la province de Kahramanmaraş, selon l'AFAD, faisant des morts."
    first = Article(id="a", text=f"En Brève\n\n{body}", title="En Brève", published="2024-03-04")
    second = Article(id="b", text=f"Séisme à Pazarcık\n\n{body}", title="Séisme à Pazarcık", published="2024-03-04")
    for article in (first, second):
        index.add(
            article, DocumentAnalysis(doc=article.id, published=article.published, lang="fr", title=None, outlet=None)
        )
    (story,) = index.result()
    assert story.title == "Séisme à Pazarcık"


# --- stories that a later article bridges ---------------------------------------------------------------


class _Given(StoryIndex):
    """A story index fed given feature vectors, so that the merge rule is tested alone."""

    def __init__(self, vectors: dict[str, Counter[str]], state: LinkState | None = None) -> None:
        super().__init__(state)
        self.vectors = vectors

    def features(self, article: Article, analysis: DocumentAnalysis) -> Counter[str]:
        return Counter(self.vectors[article.id])


def _add(index: StoryIndex, doc: str, day: str = "2022-01-07") -> str:
    return index.add(
        Article(id=doc, text="", published=day),
        DocumentAnalysis(doc=doc, published=day, lang="fr", title=None, outlet=None),
    )


def _vectors(shared: float) -> dict[str, Counter[str]]:
    """Two first reports that share ``shared`` of a word, and a third that tells both halves."""
    toll = Counter({"w:toll": 10.0, "w:almaty": 10.0, "w:tues": 10.0, "w:ordre": 4.0})
    politics = Counter(
        {"w:otsc": 10.0, "w:poutin": 10.0, "w:troupe": 10.0, "w:ordre": 4.0 * shared, "w:almaty": 4.0 * shared}
    )
    bridge = Counter({"w:toll": 8.0, "w:almaty": 8.0, "w:otsc": 8.0, "w:poutin": 8.0})
    filler = {f"w:other{n}": Counter({f"w:x{n}": 10.0}) for n in range(6)}  # ordinary document frequencies
    return {"toll": toll, "politics": politics, "bridge": bridge, **filler}


@pytest.mark.parametrize("state", [MemoryLinkState, "sqlite"])
def test_an_article_that_joins_two_alike_stories_of_its_window_merges_them(state: object, tmp_path: Path) -> None:
    store = Store(tmp_path / "d.db") if state == "sqlite" else None
    # the first two share a little (cosine 0.106): under the join thresholds, alike enough to bridge (0.107 > 0.08)
    index = _Given(_vectors(shared=0.8), SqliteLinkState(store) if store is not None else MemoryLinkState())
    for doc in [f"w:other{n}" for n in range(6)]:
        _add(index, doc, "2021-06-01")
    first, second = _add(index, "toll"), _add(index, "politics")
    assert first != second
    assert _add(index, "bridge") == first  # the older story keeps its id
    merged = [s for s in index.result() if "toll" in s.documents]
    assert [sorted(s.documents) for s in merged] == [["bridge", "politics", "toll"]]
    assert second not in {s.id for s in index.result()}
    assert index.state.stories_with(["w:otsc"]) == {first}
    assert index.state.story_vector(first)["w:troupe"] == 10.0
    assert _add(index, "w:other0", "2022-01-08") not in {first, second}  # ids are never reused


def test_two_unlike_stories_that_one_article_compares_stay_apart() -> None:
    index = _Given(_vectors(shared=0.0))
    for doc in [f"w:other{n}" for n in range(6)]:
        _add(index, doc, "2021-06-01")
    first, second = _add(index, "toll"), _add(index, "politics")
    _add(index, "bridge")
    assert {s.id for s in index.result()} >= {first, second}


QUAKE_DAYS = {
    "albanie-1": (
        "2024-03-04",
        "Albanie : un séisme de magnitude 6,1 secoue la côte\n\nUn tremblement de terre de magnitude 6,1 a "
        "frappé l'ouest de l'Albanie lundi matin. L'épicentre se trouvait au large de Durrës, selon l'institut "
        "de géosciences. Au moins 14 personnes ont été tuées et plusieurs immeubles se sont effondrés.",
    ),
    "albanie-2": (
        "2024-03-05",
        "Albanie : le bilan du séisme monte à 31 morts\n\nLe bilan du tremblement de terre qui a frappé "
        "l'Albanie lundi s'élève désormais à 31 morts, a annoncé le Premier ministre. Les secours fouillent "
        "toujours les décombres à Durrës.",
    ),
    "albanie-3": (  # two days on: another town, no name of the first reports, one word of the event
        "2024-03-06",
        "À Shkodër, les sinistrés dorment dans des gymnases\n\nDans les gymnases de Shkodër, des dizaines de "
        "familles ont passé une deuxième nuit sur des lits de camp. Leurs maisons, lézardées par le séisme, "
        "ont été déclarées inhabitables par les ingénieurs municipaux. Une boulangère distribue du pain "
        "chaque matin aux enfants.",
    ),
    "grece": (  # the same week, an earthquake in another country: another story
        "2024-03-06",
        "À Héraklion, une secousse réveille les touristes\n\nUne secousse de magnitude 4,2 a été ressentie "
        "mercredi à Héraklion, où des hôtels ont été évacués par précaution. Aucun blessé n'est signalé, "
        "selon les pompiers de l'île, mais le séisme a fissuré deux façades.",
    ),
    "comparaison": (  # a past quake named for comparison is not what this article reports
        "2024-03-06",
        "À Tirana, le Parlement débat du budget des écoles\n\nLes députés de Tirana ont voté mercredi le "
        "budget des écoles, plus élevé que celui voté après le séisme de 2019. L'opposition a quitté la "
        "séance, dénonçant un texte écrit sans les syndicats d'enseignants.",
    ),
}


def test_a_disaster_story_keeps_its_next_day_report_from_another_town_and_no_other(stories_of: StoriesOf) -> None:
    story = stories_of(QUAKE_DAYS)
    assert story["albanie-1"] == story["albanie-2"] == story["albanie-3"]
    assert story["grece"] != story["albanie-1"]
    assert story["comparaison"] not in {story["albanie-1"], story["grece"]}


OUTBREAK_DAYS = {
    "malawi-1": (
        "2025-03-03",
        "Malawi : le choléra a fait 27 morts depuis janvier\n\nL'épidémie de choléra qui touche le Malawi a fait "
        "27 morts depuis le début de l'année, a indiqué lundi le ministère de la Santé, qui recense plus de 900 "
        "cas, surtout dans les districts de Blantyre et de Mangochi.",
    ),
    "malawi-2": (  # four days on: another district, its markets and wells; the country never named
        "2025-03-07",
        "Nsanje ferme ses marchés\n\nLes autorités du district de Nsanje ont fermé vendredi les marchés "
        "du bord du fleuve après une hausse des cas de choléra. Les vendeurs dénoncent une décision prise sans "
        "concertation ; des citernes d'eau chlorée ont été installées près des écoles.",
    ),
    "malawi-dengue": (  # the same week, another disease in the same country: another story
        "2025-03-07",
        "Lilongwe : premiers cas de dengue\n\nLes services sanitaires du Malawi ont confirmé vendredi trois "
        "cas de dengue à Lilongwe, une première dans la capitale. Une campagne de démoustication est prévue.",
    ),
}


def test_an_outbreak_keeps_a_district_s_report_that_never_names_the_country(stories_of: StoriesOf) -> None:
    story = stories_of(OUTBREAK_DAYS)
    assert story["malawi-1"] == story["malawi-2"]
    assert story["malawi-dengue"] != story["malawi-1"]


# --- entities named many ways ---------------------------------------------------------------------------


def _entity(name: str, kind: str = "ORG", text: str | None = None) -> Entity:
    """A mention of ``name``, written ``text`` (default: the name itself)."""
    text = text or name
    return Entity(start=0, end=len(text), text=text, type=kind, name=name)  # type: ignore[arg-type]


def _doc(doc_id: str, *names: str | tuple[str, ...]) -> DocumentAnalysis:
    entities = [_entity(*n) if isinstance(n, tuple) else _entity(n) for n in names]
    return DocumentAnalysis(doc=doc_id, published=None, lang="fr", title=None, outlet=None, entities=entities)


def _together(entities: list[DossierEntity], *names: str) -> bool:
    return any(set(names) <= set(e.aliases) for e in entities)


QUAKE = [
    _doc(
        "q1",
        "Institut géologique turc",
        ("Pazarcık", "LOC"),
        "Protection civile turque",
        ("Recep Tayyip Erdogan", "PER"),
    ),
    _doc("q2", "Turkish Geological Survey", "TGS", ("Pazarcik", "LOC"), "Protection civile", ("Erdogan", "LOC")),
    _doc(
        "q3",
        "Service géologique national turc",
        "Office de géologie de Turquie",
        "Sécurité civile",
        ("province de Kahramanmaras", "LOC"),
        ("Kahramanmaraş", "LOC"),
        ("mairie de Pazarcık", "ORG"),
    ),
]


def test_within_a_story_a_body_named_four_ways_in_two_languages_is_one_entity() -> None:
    entities = merge_entities(QUAKE, {"q1": "s1", "q2": "s1", "q3": "s1"})
    assert _together(
        entities,
        "Institut géologique turc",
        "Service géologique national turc",
        "Office de géologie de Turquie",
        "Turkish Geological Survey",
        "TGS",
    )
    assert _together(entities, "Protection civile turque", "Protection civile")
    assert _together(entities, "Pazarcık", "Pazarcik")
    # the province named after the town is another place (the annotators of entities-blind12 and -13 keep a
    # region and its namesake town apart)
    assert not _together(entities, "Kahramanmaraş", "province de Kahramanmaras")
    assert _together(entities, "Recep Tayyip Erdogan", "Erdogan")  # a surname typed as a place
    assert not _together(entities, "Protection civile", "Sécurité civile")  # another body
    assert not _together(entities, "Pazarcık", "mairie de Pazarcık")  # a town is not its town hall


def test_across_stories_only_the_strict_rules_join() -> None:
    entities = merge_entities(QUAKE, {"q1": "s1", "q2": "s2", "q3": "s3"})
    assert _together(entities, "Pazarcık", "Pazarcik")  # same name, spelt with or without the dotless ı
    assert _together(entities, "Turkish Geological Survey", "TGS")  # initials
    assert not _together(entities, "Institut géologique turc", "Service géologique national turc")
    assert not _together(entities, "Protection civile turque", "Protection civile")


def test_a_ministry_with_or_without_its_country_and_a_short_form_are_one_body() -> None:
    docs = [
        _doc("a", "ministère de l'Intérieur", "Assemblée nationale", "Organisation mondiale de la santé"),
        _doc("b", "ministère français de l'Intérieur", "Assemblée", "ministère de la Santé"),
        _doc("c", "Intérieur", "Conseil de sécurité", "Comité de sécurité de l'État"),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(entities, "ministère de l'Intérieur", "ministère français de l'Intérieur", "Intérieur")
    assert _together(entities, "Assemblée nationale", "Assemblée")
    assert not _together(entities, "Organisation mondiale de la santé", "ministère de la Santé")
    assert not _together(entities, "Conseil de sécurité", "Comité de sécurité de l'État")


def test_a_place_is_not_the_short_form_of_a_body_named_after_it() -> None:
    docs = [
        _doc("a", ("Alberta", "LOC"), "Sécurité publique de l'Alberta"),
        _doc("b", ("Jasper", "LOC"), "Sécurité publique"),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert not _together(entities, "Alberta", "Sécurité publique de l'Alberta")
    assert _together(entities, "Sécurité publique de l'Alberta", "Sécurité publique")


def test_two_countries_ministries_in_one_story_stay_apart_and_the_bare_name_joins_neither() -> None:
    docs = [_doc("a", "ministère turc de l'Intérieur", "Intérieur"), _doc("b", "ministère français de l'Intérieur")]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert not _together(entities, "ministère turc de l'Intérieur", "ministère français de l'Intérieur")


def test_an_acronym_of_a_one_word_name_joins_it_within_a_story() -> None:
    docs = [_doc("a", "Tengizchevroil", "Chevron"), _doc("b", "TCO", ("Tengiz", "LOC"))]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Tengizchevroil", "TCO")
    assert not _together(entities, "Tengizchevroil", "Tengiz")
    assert not _together(merge_entities(docs, {"a": "s1", "b": "s2"}), "Tengizchevroil", "TCO")


def test_a_country_epithet_and_an_english_name_meet_the_plain_french_name_within_a_story() -> None:
    docs = [
        _doc("a", "Service grec des secours", "Office suisse de la santé"),
        _doc("b", "Service hellénique des secours", "Hellenic Rescue Service", "Office helvétique de la santé"),
        _doc("c", "Service turc des secours"),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(entities, "Service grec des secours", "Service hellénique des secours", "Hellenic Rescue Service")
    assert _together(entities, "Office suisse de la santé", "Office helvétique de la santé")
    assert not _together(entities, "Service grec des secours", "Service turc des secours")  # two countries
    assert not _together(
        merge_entities(docs, dict.fromkeys("abc", "s") | {"b": "t"}),
        "Service grec des secours",
        "Hellenic Rescue Service",
    )


def test_a_ministry_without_its_country_does_not_join_another_country_s_headless_namesake() -> None:
    docs = [
        _doc("a", "ministère chypriote de la Défense civile"),
        _doc("b", "ministère de la Défense civile", "Défense civile portugaise"),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "ministère de la Défense civile", "ministère chypriote de la Défense civile")
    assert not _together(entities, "ministère de la Défense civile", "Défense civile portugaise")


def test_first_name_and_greek_digraph_spellings_join_within_a_story_only() -> None:
    docs = [
        _doc("a", ("Yorgos Stavrou", "PER"), ("Ampelokipi", "LOC"), ("Marc Dupuis", "PER")),
        _doc("b", ("Giorgos Stavrou", "PER"), ("Abelokipi", "LOC"), ("Luc Dupuis", "PER")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Yorgos Stavrou", "Giorgos Stavrou")  # Greek Γιώργος: Y- or Gi-
    assert _together(entities, "Ampelokipi", "Abelokipi")  # Greek μπ written mp or b
    assert not _together(entities, "Marc Dupuis", "Luc Dupuis")  # two first names, two people
    apart = merge_entities(docs, {"a": "s1", "b": "s2"})
    assert not _together(apart, "Yorgos Stavrou", "Giorgos Stavrou")
    assert not _together(apart, "Ampelokipi", "Abelokipi")


def test_a_foreign_body_translated_word_for_word_or_with_a_long_adjective_is_one_entity_within_a_story() -> None:
    docs = [
        _doc("a", "Office chilien de gestion des urgences", "Service hydrographique chilien"),
        _doc("b", "National Emergency Management Office", "Direction de l'hydrographie"),
        _doc("c", "Chilean Hydrographic Service", "Office chilien des urgences sanitaires"),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(entities, "Office chilien de gestion des urgences", "National Emergency Management Office")
    # ``hydrographique`` (a long adjective) and ``hydrographie`` are one word's stem in a body's name
    assert _together(
        entities, "Service hydrographique chilien", "Direction de l'hydrographie", "Chilean Hydrographic Service"
    )
    # one word in common of two is no translation: the health emergencies office is another body
    assert not _together(entities, "Office chilien de gestion des urgences", "Office chilien des urgences sanitaires")
    apart = merge_entities(docs, {"a": "s1", "b": "s2", "c": "s3"})
    assert not _together(apart, "Office chilien de gestion des urgences", "National Emergency Management Office")


def test_a_short_form_keeps_the_head_noun_or_half_the_words_of_the_long_name() -> None:
    ministry = "ministère de l'Agriculture, de la Pêche et de l'Alimentation"
    docs = [
        _doc("a", ministry, ("Confédération française des métiers du bâtiment", "LOC")),
        _doc("b", "ministère de l'Agriculture", ("France Bâtiment", "ORG")),
    ]
    entities = merge_entities(docs, dict.fromkeys("ab", "s1"))
    assert _together(entities, ministry, "ministère de l'Agriculture")
    assert not _together(entities, "Confédération française des métiers du bâtiment", "France Bâtiment")


def test_the_initials_of_a_body_spacy_calls_a_place_join_its_acronym() -> None:
    docs = [_doc("a", ("Centre sismologique euro-méditerranéen", "LOC")), _doc("b", ("CSEM", "LOC"))]
    assert _together(merge_entities(docs), "Centre sismologique euro-méditerranéen", "CSEM")
    places = [_doc("a", ("Saint-Denis", "LOC")), _doc("b", ("SD", "ORG"))]
    assert not _together(merge_entities(places), "Saint-Denis", "SD")


def test_a_name_given_in_apposition_in_one_article_joins_it_written_alone_in_another_within_a_story() -> None:
    docs = [
        _doc("a", "Croix-Rouge autrichienne", ("Croix-Rouge autrichienne", "ORG", "Caritas")),
        _doc("b", ("Cáritas", "LOC"), ("Paul Weber", "PER"), ("Weber", "PER")),
        _doc("c", ("Anna Weber", "PER")),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(entities, "Croix-Rouge autrichienne", "Caritas", "Cáritas")
    assert not _together(entities, "Anna Weber", "Paul Weber")
    assert not _together(merge_entities(docs, {"a": "s1", "b": "s2", "c": "s1"}), "Croix-Rouge autrichienne", "Cáritas")


def test_an_exonym_an_acronym_prefixed_short_name_and_a_syllable_acronym_join_within_a_story() -> None:
    docs = [
        _doc(
            "a",
            ("Anvers", "LOC"),
            ("Flandre", "LOC"),
            "Service public fédéral Santé publique",
            "Instituto Nacional de Sismología",
        ),
        _doc("b", ("Antwerpen", "LOC"), "SPF Santé", ("Insivumeh", "PER"), ("Insismo", "PER")),
        _doc("c", "Service public fédéral Mobilité et Transports"),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(entities, "Anvers", "Antwerpen")  # one town of the gazetteer, French and Dutch
    assert not _together(entities, "Anvers", "Flandre")  # a region is not its largest town
    assert _together(entities, "SPF Santé", "Service public fédéral Santé publique")
    assert _together(entities, "Insismo", "Instituto Nacional de Sismología")  # In-Sismo
    assert not _together(entities, "Insivumeh", "Instituto Nacional de Sismología")  # -vumeh is in no word
    apart = merge_entities(docs, {"a": "s1", "b": "s2", "c": "s3"})
    assert not _together(apart, "Anvers", "Antwerpen") and not _together(
        apart, "Insismo", "Instituto Nacional de Sismología"
    )
    assert not _together(entities, "SPF Santé", "Service public fédéral Mobilité et Transports")


def test_a_full_name_without_one_given_name_joins_the_longer_one_within_a_story() -> None:
    docs = [
        _doc("a", ("Luiz Inácio Lula da Silva", "PER"), ("Ana Maria Costa", "PER"), ("Ana Beatriz Costa", "PER")),
        _doc("b", ("Inácio Lula da Silva", "PER"), ("Ana Costa", "PER")),
    ]
    entities = merge_entities(docs, dict.fromkeys("ab", "s1"))
    assert _together(entities, "Luiz Inácio Lula da Silva", "Inácio Lula da Silva")
    assert not _together(entities, "Ana Costa", "Ana Maria Costa")  # two Anas Costa: which one is not known
    assert not _together(entities, "Ana Costa", "Ana Beatriz Costa")
    apart = merge_entities(docs, {"a": "s1", "b": "s2"})
    assert not _together(apart, "Luiz Inácio Lula da Silva", "Inácio Lula da Silva")


def test_name_keys_fold_letters_unicode_does_not_decompose() -> None:
    assert name_key("Pazarcık") == name_key("Pazarcik") and name_key("Yılmaz Tunç") == name_key("Yilmaz Tunc")


# --- the development set --------------------------------------------------------------------------------


def test_linking_dev_set_stories_and_entities(analyzer: Analyzer, tmp_path: Path) -> None:
    """Invented articles (tests/data/linking-dev): an earthquake over five days by several outlets whose
    words drift from toll to rescue to aid, another earthquake the same week, two strike days a week apart.

    The day-two narrative from another town of the quake (Antakya), which shares only the event noun
    and the country with the story, joins it by the story's core (a quake in Turkey)."""
    from recoupe.eval.runner import evaluate

    data = ROOT / "tests" / "data"
    report, skipped = evaluate(data / "linking-dev.json", data / "linking-dev", out=tmp_path, analyzer=analyzer)
    assert skipped == []
    assert report["stories.bcubed_precision"].value == 1.0 and report["stories.bcubed_f1"].value == 1.0
    assert report["entities.merge_precision"].value == 1.0
    assert report["entities.merged"].value == 1.0


def test_entities_blind_set_keeps_bodies_apart_and_merges_some_variants(analyzer: Analyzer, tmp_path: Path) -> None:
    """Invented articles written as a blind test before the rules they measure (tests/data/entities-blind):
    a Greek wildfire and a Belgian rail strike whose bodies are named in French, English and Dutch.

    Floors at the measured numbers: the story clustering split both stories at first (B³ recall 0.478); a
    second report alike by names and event words rather than places now joins (0.822), and entity variants
    meet within the story (merged 0.556 -> 0.778 -> 0.944: the one left is a ministry's variant in the
    article the stories leave apart); no wrong merge is allowed."""
    from recoupe.eval.runner import evaluate

    data = ROOT / "tests" / "data"
    report, skipped = evaluate(data / "entities-blind.json", data / "entities-blind", out=tmp_path, analyzer=analyzer)
    assert skipped == []
    assert report["stories.bcubed_precision"].value == 1.0
    assert report["entities.merge_precision"].value == 1.0
    assert report["stories.bcubed_recall"].value >= 0.8
    assert report["entities.merged"].value >= 0.94


def test_second_entities_blind_set_merges_translations_short_forms_and_appositions(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """A second blind set (tests/data/entities-blind2), written and measured once before the rules that
    now pass it: an earthquake in Morocco, an unemployment-insurance bill in the French parliament, floods
    in Rize. Measured first: merged 0.818 (18/22); now 0.960 (the one left is a ministry's short and long
    names in two articles the stories leave apart). No wrong merge is allowed."""
    from recoupe.eval.runner import evaluate

    data = ROOT / "tests" / "data"
    report, skipped = evaluate(data / "entities-blind2.json", data / "entities-blind2", out=tmp_path, analyzer=analyzer)
    assert skipped == []
    assert report["entities.merge_precision"].value == 1.0
    assert report["entities.merged"].value >= 0.96


def test_a_body_of_a_union_is_not_that_union_and_a_portfolio_is_still_its_ministry() -> None:
    docs = [
        _doc("a", "Commission de l'Union africaine", "ministère de la Défense"),
        _doc("b", "Union africaine", "Défense"),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert not _together(entities, "Commission de l'Union africaine", "Union africaine")
    assert _together(entities, "ministère de la Défense", "Défense")


def test_a_country_s_name_in_another_language_joins_it_within_a_story() -> None:
    docs = [_doc("a", ("Pérou", "LOC"), ("Mexique", "LOC")), _doc("b", ("Peru", "LOC"), ("Mexico", "LOC"))]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Pérou", "Peru")
    assert not _together(entities, "Mexique", "Mexico")  # in French, the capital


def test_a_foreign_body_s_name_in_three_languages_with_cognate_words_is_one_body_within_a_story() -> None:
    docs = [
        _doc("a", "Office national de l'électricité et des mines", "Office national des eaux et des forêts"),
        _doc("b", "Oficina Nacional de Electricidad y Minas"),
        _doc("c", "National Electricity and Mining Office"),
    ]
    entities = merge_entities(docs, dict.fromkeys("abc", "s1"))
    assert _together(
        entities,
        "Office national de l'électricité et des mines",
        "Oficina Nacional de Electricidad y Minas",
        "National Electricity and Mining Office",
    )
    assert not _together(entities, "Office national des eaux et des forêts", "Oficina Nacional de Electricidad y Minas")
    assert not _together(
        merge_entities(docs, {"a": "s1", "b": "s2", "c": "s3"}),
        "Office national de l'électricité et des mines",
        "Oficina Nacional de Electricidad y Minas",
    )


def test_two_articles_giving_one_body_the_same_other_name_join_within_a_story() -> None:
    docs = [
        _doc("a", ("Compagnie nationale du lithium", "ORG", "Enami")),
        _doc("b", ("Empresa Nacional de Minería", "ORG", "Enami")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Compagnie nationale du lithium", "Empresa Nacional de Minería")


def test_a_body_s_name_without_its_head_that_spacy_calls_a_place_joins_it_unless_a_known_place() -> None:
    docs = [
        _doc("a", "Compagnie Minière Andes Nord", "mairie de Vallenar", "mairie de Quebrada Honda Alta"),
        _doc("b", ("Minière Andes Nord", "LOC"), ("Vallenar", "LOC"), ("Quebrada Honda Alta", "LOC")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Compagnie Minière Andes Nord", "Minière Andes Nord")
    assert not _together(entities, "mairie de Vallenar", "Vallenar")  # a town the gazetteer knows
    assert not _together(entities, "mairie de Quebrada Honda Alta", "Quebrada Honda Alta")  # the town hall of


def test_a_capitalized_ville_or_region_names_the_authority_not_the_place() -> None:
    docs = [
        _doc("a", ("Ville de Brest", "LOC"), ("Brest", "LOC"), ("Région Bretagne", "LOC")),
        _doc("b", ("Brest", "LOC"), ("Bretagne", "LOC"), ("ville de Quimper", "LOC"), ("Quimper", "LOC")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert not _together(entities, "Ville de Brest", "Brest")  # the town council, a party to a lawsuit
    assert not _together(entities, "Région Bretagne", "Bretagne")
    assert _together(entities, "ville de Quimper", "Quimper")  # lowercase: the town itself


def test_two_transliterations_of_one_name_join_within_a_story_only() -> None:
    docs = [
        _doc("a", ("Moustafa al-Chami", "PER"), ("Hassan Abdel-Karim", "PER"), ("Deir el-Balah", "LOC")),
        _doc("b", ("Mustafa al-Shami", "PER"), ("Hassan Abdel Karim", "PER"), ("Deir al-Balah", "LOC")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "Moustafa al-Chami", "Mustafa al-Shami")  # French ou/ch, English u/sh
    assert _together(entities, "Hassan Abdel-Karim", "Hassan Abdel Karim")  # with or without the hyphen
    assert _together(entities, "Deir el-Balah", "Deir al-Balah")
    apart = merge_entities(docs, {"a": "s1", "b": "s2"})
    assert not _together(apart, "Moustafa al-Chami", "Mustafa al-Shami")


def test_an_acronym_keeps_the_letters_of_an_acronym_in_the_name() -> None:
    docs = [
        _doc("a", ("FC Girondins Aquitaine", "LOC"), "FCGA"),
        _doc("b", ("FC Girondins-Aquitaine", "LOC")),
    ]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert _together(entities, "FC Girondins Aquitaine", "FC Girondins-Aquitaine", "FCGA")


def test_names_told_apart_by_a_number_stay_apart_within_a_story() -> None:
    docs = [_doc("a", ("Division 1", "MISC"), ("Division 2", "MISC")), _doc("b", ("Division 2", "MISC"))]
    entities = merge_entities(docs, {"a": "s1", "b": "s1"})
    assert not _together(entities, "Division 1", "Division 2")
