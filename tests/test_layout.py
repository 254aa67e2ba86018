"""Captions, credits, bylines, subheadings, rubrics and "lire aussi" lines are read as layout, not news.

They stay in the text (offsets hold) but are never a summary sentence, a timeline event, a figure or
an entity. The articles are invented for these tests.
"""

from __future__ import annotations

import pytest

from recoupe.analyze import Analyzer
from recoupe.ingest.layout import layout_spans
from recoupe.link.dossier import build_dossier
from recoupe.model import Article

INCENDIE = (
    "Incendie à Figeac : 4 blessés dans une usine\n"
    "Par Lucie Marty\n"
    "Un incendie s'est déclaré mardi soir dans l'usine Cazal de Figeac, a indiqué la préfecture du Lot. "
    "Quatre salariés ont été blessés, dont un grièvement, selon les pompiers.\n"
    "Le préfet Henri Vasseur sur le site de l'usine, le 12 mars 2024. AFP PHOTO / Jean Dulac\n"
    "Une enquête ouverte\n"
    "Le parquet de Cahors a ouvert une enquête mercredi pour déterminer l'origine du feu, qui a détruit "
    "deux hangars de l'usine Cazal.\n"
    "Lire aussi : Dans le Lot, 120 emplois menacés chez Ratier\n"
    "© Photo Maxppp\n"
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Par Lucie Marty", "byline"),
        ("Le préfet Henri Vasseur sur le site de l'usine, le 12 mars 2024. AFP PHOTO / Jean Dulac", "caption"),
        ("Une enquête ouverte", "subheading"),
        ("Lire aussi : Dans le Lot, 120 emplois menacés chez Ratier", "link"),
        ("© Photo Maxppp", "credit"),
    ],
)
def test_layout_lines_are_found_by_shape_position_and_words(line: str, kind: str) -> None:
    spans = {s.text: s.kind for s in layout_spans(INCENDIE)}
    assert spans.get(line) == kind
    assert all(INCENDIE[s.start : s.end] == s.text for s in layout_spans(INCENDIE))


def test_the_headline_and_paragraphs_are_news() -> None:
    texts = {s.text for s in layout_spans(INCENDIE)}
    assert "Incendie à Figeac : 4 blessés dans une usine" not in texts
    assert not any(t.startswith("Un incendie") or t.startswith("Le parquet") for t in texts)
    assert layout_spans("En bref\nLa mairie de Rodez a voté son budget lundi.\n")[0].kind == "rubric"


def test_layout_lines_give_no_figure_entity_summary_or_timeline_sentence(analyzer: Analyzer) -> None:
    article = Article(id="figeac", text=INCENDIE, published="2024-03-13", outlet="La Dépêche du Lot")
    analysis = analyzer.analyze(article)
    layout = [(s.start, s.end) for s in analysis.layout]
    assert layout and all(not any(s <= c.start < e for s, e in layout) for c in analysis.claims)
    assert 120 not in {c.value for c in analysis.claims}  # the "lire aussi" line's figure
    dossier = build_dossier([analysis], [article])
    names = {e.name for e in dossier.entities}
    assert "Jean Dulac" not in names and "Ratier" not in names and "Maxppp" not in names
    cited = [c for event in dossier.timeline for c in event.citations] + dossier.summaries[dossier.stories[0].id]
    assert cited and all(not any(s < c.end and c.start < e for s, e in layout) for c in cited)


def test_a_caption_keeps_a_name_the_news_names_and_the_acronym_it_introduces(analyzer: Analyzer) -> None:
    text = (
        "Le Comité international de secours a ouvert un camp à Tulle mardi.\n"
        "Le directeur du Comité international de secours (CIS) à Tulle, le 12 mars. AFP PHOTO\n"
        "Le camp accueille 300 personnes, a précisé le Comité international de secours."
    )
    article = Article(id="tulle", text=text, published="2024-03-13")
    dossier = build_dossier([analyzer.analyze(article)], [article])
    aliases = {alias for e in dossier.entities for alias in e.aliases}
    assert "CIS" in aliases or any(e.name == "CIS" for e in dossier.entities)


NAUFRAGE = (
    "Naufrage au large de Sète : le bilan s'alourdit\n"
    "Les garde-côtes ont retrouvé jeudi le corps d'un troisième pêcheur, a indiqué la préfecture maritime.\n"
    "\n"
    "En savoir plus\n"
    "Sète : au moins deux morts dans le naufrage d'un chalutier au large de la côte héraultaise\n"
    "Les marins-pêcheurs de l'Hérault dénoncent « l'abandon » de l'État\n"
    "\n"
    "Recevez chaque matin l'essentiel de l'actualité.\n"
)


def test_the_headlines_listed_under_a_lone_link_heading_are_links() -> None:
    spans = {s.text: s.kind for s in layout_spans(NAUFRAGE)}
    assert spans["Sète : au moins deux morts dans le naufrage d'un chalutier au large de la côte héraultaise"] == "link"
    assert spans["Les marins-pêcheurs de l'Hérault dénoncent « l'abandon » de l'État"] == "link"
    assert "Naufrage au large de Sète : le bilan s'alourdit" not in spans
    assert not any(t.startswith("Les garde-côtes") or t.startswith("Recevez") for t in spans)


def test_a_paragraph_after_a_link_line_with_its_own_headline_stays_news() -> None:
    text = (
        "Le bilan est passé à douze morts.\n"
        "Lire aussi : Un chalutier coule au large de Sète\n"
        "Trois pêcheurs sont toujours portés disparus, selon la préfecture.\n"
    )
    assert [s.text for s in layout_spans(text)] == ["Lire aussi : Un chalutier coule au large de Sète"]


def test_a_breadcrumb_and_the_page_s_furniture_are_no_headline() -> None:
    text = (
        "Partager Facebook Twitter E-mail\n"
        "Accueil › Monde › Afrique\n"
        "Niger : douze soldats tués près de Tillabéri\n"
        "Temps de lecture : 3 min\n"
        "Douze soldats ont été tués lundi dans une embuscade, a indiqué l'armée nigérienne.\n"
        "Abonnez-vous à notre newsletter\n"
    )
    kinds = {s.text: s.kind for s in layout_spans(text)}
    assert kinds == {
        "Partager Facebook Twitter E-mail": "rubric",
        "Accueil › Monde › Afrique": "rubric",
        "Temps de lecture : 3 min": "rubric",
        "Abonnez-vous à notre newsletter": "rubric",
    }


def test_a_headline_with_one_arrow_is_a_headline() -> None:
    text = "Inflation > 5 % : la BCE relève ses taux\nLa Banque centrale européenne a relevé ses taux jeudi.\n"
    assert layout_spans(text) == []
