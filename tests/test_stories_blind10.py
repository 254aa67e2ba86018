"""Issue #16, stories-blind10: a story's words drift as it lasts. A week after an avalanche, the funerals of its
victims are told with a church, a club and its members' names, and no avalanche: the report joins the
avalanche's story by its aftermath (rescuers, survivors) at the story's places. Another avalanche in another
massif stays apart. And a report that names a march in passing (``la séance a été interrompue par des
manifestants``) does not report a day event, so its story may take it in beyond a strike day's window."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.link.stories import _reports_a_day_event, order_for_streaming
from recoupe.model import Article, DocumentAnalysis, Entity

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

#: An avalanche in the Écrins, its next-day report, an avalanche in the Vanoise two days later, and the funerals
#: of the Écrins victims six days after the next-day report, which name no avalanche.
AVALANCHES = {
    "ecrins": (
        "2025-01-11",
        "Hautes-Alpes : une avalanche emporte cinq randonneurs au-dessus de Pelvoux, deux morts\n\nUne "
        "avalanche a emporté samedi matin un groupe de cinq randonneurs à skis au-dessus de Pelvoux, dans le "
        "massif des Écrins. Deux d'entre eux sont morts, a indiqué la préfecture des Hautes-Alpes. Les "
        "secouristes du peloton de gendarmerie de haute montagne de Briançon ont dégagé trois rescapés.",
    ),
    "ecrins-2": (
        "2025-01-12",
        "Avalanche de Pelvoux : le risque était marqué, rappelle Météo-France\n\nLe risque d'avalanche était "
        "marqué samedi dans le massif des Écrins, où une coulée a tué deux randonneurs à skis au-dessus de "
        "Pelvoux, a rappelé dimanche Météo-France. Une plaque à vent s'est détachée sous le passage du groupe. "
        "Les trois rescapés ont quitté l'hôpital de Briançon dimanche.",
    ),
    "vanoise": (
        "2025-01-13",
        "Savoie : une avalanche tue un skieur hors piste à Val-Cenis\n\nUn skieur de 34 ans a été tué lundi "
        "par une avalanche déclenchée hors piste au-dessus de Val-Cenis, dans le massif de la Vanoise. Son "
        "compagnon, enseveli une vingtaine de minutes, a été dégagé vivant par les secouristes de Modane.",
    ),
    "obseques": (
        "2025-01-18",
        "Grenoble : une foule émue pour les obsèques de Julien Marsal et Hélène Vidonne\n\nPlusieurs centaines "
        "de personnes se sont rassemblées vendredi à l'église Saint-Bruno de Grenoble pour les obsèques de "
        "Julien Marsal et d'Hélène Vidonne, les deux enseignants morts samedi dernier au-dessus de Pelvoux. "
        "Leurs collègues du lycée Champollion ont lu des poèmes. Des secouristes de Briançon étaient présents. Les "
        "trois rescapés n'ont pas souhaité s'exprimer.",
    ),
}


def test_the_funerals_a_week_on_join_their_avalanche_and_another_avalanche_stays_apart(
    stories_of: StoriesOf,
) -> None:
    """The funerals say ``morts`` and ``obsèques``, not ``avalanche``, six days after the story's last report:
    they tell its aftermath (rescuers, survivors) at Pelvoux, one of its lasting places. The Val-Cenis
    avalanche is another massif's."""
    stories = stories_of(AVALANCHES)
    assert stories["ecrins-2"] == stories["ecrins"]
    assert stories["obseques"] == stories["ecrins"]
    assert stories["vanoise"] != stories["ecrins"]


def _article(text: str) -> Article:
    return Article(id="a", text=text, published="2025-04-10")


def test_a_march_named_in_passing_is_not_a_day_event_s_report() -> None:
    """A report of an inquiry that names protesters once, in its last paragraph, reports the inquiry."""
    text = (
        "Hérault : le maire de Lunel entendu par les enquêteurs sur les marchés de la piscine\n\n"
        "Le maire de Lunel a été entendu jeudi par les gendarmes de la section de recherches dans l'enquête "
        "sur l'attribution des marchés de la nouvelle piscine municipale.\n\n"
        "Le conseil municipal de mardi avait été interrompu par des manifestants réclamant sa démission."
    )
    assert not _reports_a_day_event(_article(text))


def test_a_strike_in_the_headline_or_named_twice_is_a_day_event_s_report() -> None:
    """A strike day's report names it in its headline, or names it again and again."""
    headline = "Grève à la SNCF : un TGV sur deux jeudi\n\nLa circulation sera très perturbée jeudi sur le réseau."
    body = (
        "Transports : journée noire jeudi en Île-de-France\n\nLes conducteurs de la RATP seront en grève "
        "jeudi. Les syndicats appellent aussi à une manifestation devant le siège de la régie."
    )
    assert _reports_a_day_event(_article(headline))
    assert _reports_a_day_event(_article(body))


#: A public-works affair in the Cantal: the contracts inquiry naming the contractor and the département's roads
#: chief, then, nineteen days on, the roads chief's resignation and the contractor charged; between them, a
#: contracts inquiry in the Gers, of the same theme, naming other people.
AFFAIRS = {
    "cantal": (
        "2025-05-05",
        "Cantal : enquête sur les marchés de voirie du département, l'entreprise Bessaroux visée\n\nLe parquet "
        "d'Aurillac a ouvert une enquête pour favoritisme sur l'attribution des marchés de voirie du conseil "
        "départemental du Cantal. L'entreprise de travaux publics Bessaroux, dirigée par Rémi Bessaroux, a "
        "remporté 40 des 52 marchés de routes depuis 2021. Le vice-président chargé des routes, Didier "
        "Chaumeil, assure que « toutes les règles ont été respectées ».",
    ),
    "gers": (
        "2025-05-12",
        "Gers : le parquet d'Auch enquête sur les marchés des collèges\n\nLe parquet d'Auch a ouvert une "
        "enquête pour favoritisme sur la rénovation de six collèges du Gers, attribuée à l'entreprise Lacombe "
        "Bâtiment. Son gérant, Paul Lacombe, dément toute irrégularité.",
    ),
    "cantal-suite": (
        "2025-05-24",
        "Marchés de voirie du Cantal : Didier Chaumeil démissionne, Rémi Bessaroux mis en examen\n\nLe "
        "vice-président du conseil départemental du Cantal chargé des routes, Didier Chaumeil, a démissionné "
        "samedi, au lendemain de la mise en examen pour corruption et favoritisme de Rémi Bessaroux. "
        "L'entrepreneur d'Aurillac est soupçonné d'avoir offert des travaux gratuits à plusieurs élus.",
    ),
}


def test_an_affair_s_later_turn_naming_its_protagonists_joins_it_weeks_on(stories_of: StoriesOf) -> None:
    """Nineteen days on, the resignation and the indictment name the roads chief and the contractor again: the
    affair's story takes them in at the nearer bar. The Gers inquiry, of one theme, names other people."""
    stories = stories_of(AFFAIRS)
    assert stories["cantal-suite"] == stories["cantal"]
    assert stories["gers"] != stories["cantal"]
    assert stories["cantal-suite"] != stories["gers"]


def _analysis(doc: str, people: list[str]) -> DocumentAnalysis:
    entities = [Entity(start=0, end=len(name), text=name, type="PER", name=name) for name in people]
    return DocumentAnalysis(doc=doc, published="2025-05-24", lang="fr", title=None, outlet=None, entities=entities)


def test_an_article_naming_no_one_comes_after_the_reports_of_its_day() -> None:
    """An editorial on the day's news names no one: read after that day's reports, it finds their story."""
    pairs = [
        (Article(id=doc, text="Texte.", published="2025-05-24"), _analysis(doc, people))
        for doc, people in [("a-editorial", []), ("b-report", ["Didier Chaumeil"])]
    ]
    assert [article.id for article, _ in order_for_streaming(pairs)] == ["b-report", "a-editorial"]
