"""Issue #16, stories-blind5: a road crash followed for a week, follow-ups that lead with a new incident of
their story, quakes in two countries kept apart, a headline above its subtitle kept as the title."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from recoupe.analyze import Analyzer
from recoupe.eval.runner import evaluate
from recoupe.ingest.layout import is_masthead, layout_spans
from recoupe.link.titles import story_title
from recoupe.model import Article

ROOT = Path(__file__).resolve().parent.parent

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

#: A coach off the road in the Pyrenees, then the toll told from the victims' town abroad, the driver held,
#: and his indictment: the words drift from the crash to mourning to justice, and no person is named twice.
COACH_CRASH = {
    "chute": (
        "2025-10-06",
        "Pyrénées : un autocar de lycéens espagnols sort de la route au col d'Aspin, quatre morts\n\n"
        "Un autocar transportant 40 lycéens de Saragosse a quitté la route lundi en fin de matinée dans la "
        "descente du col d'Aspin, dans les Hautes-Pyrénées, avant de basculer dans le ravin. Quatre élèves ont "
        "été tués et vingt blessés ont été évacués vers les hôpitaux de Tarbes et de Lannemezan.",
    ),
    "saragosse": (
        "2025-10-07",
        "Accident de car dans les Pyrénées : Saragosse en deuil\n\nLa ville de Saragosse a décrété mardi trois "
        "jours de deuil après la mort de cinq lycéens de l'institut Goya, dont le car est tombé lundi dans un "
        "ravin des Hautes-Pyrénées. Les familles ont pris la route de Tarbes dans la nuit.",
    ),
    "garde-a-vue": (
        "2025-10-09",
        "Le conducteur du car accidenté lundi au col d'Aspin a été placé en garde à vue mercredi à Tarbes, a "
        "indiqué jeudi le parquet. Les experts examinent le système de freinage du véhicule.",
    ),
    "mise-en-examen": (
        "2025-10-13",
        "Col d'Aspin : le chauffeur mis en examen\n\nLe chauffeur a été mis en examen lundi pour homicides "
        "involontaires, une semaine après la chute du car qui a coûté la vie à cinq lycéens dans les "
        "Hautes-Pyrénées. Il a été laissé libre sous contrôle judiciaire.",
    ),
}


def test_a_coach_crash_followed_for_a_week_is_one_story(stories_of: StoriesOf) -> None:
    """Each follow-up tells of the crash on its day, or recalls it (``une semaine après la chute du car``)
    to date its own news: none is parted from the story, whose words it barely shares."""
    stories = stories_of(COACH_CRASH)
    assert len(set(stories.values())) == 1


#: A wildfire whose next reports open on a village evacuated overnight and on firefighters hurt, told
#: before the fire's toll in hectares.
WILDFIRE = {
    "depart": (
        "2025-08-04",
        "Var : un incendie parcourt 300 hectares de forêt près du Luc\n\nUn incendie de forêt s'est déclaré "
        "lundi après-midi sur la commune du Luc, dans le Var, et a parcouru 300 hectares. Quelque 250 pompiers "
        "et quatre Canadair sont engagés. Un camping des Mayons a été évacué.",
    ),
    "evacuation": (
        "2025-08-05",
        "Les Mayons évacués dans la nuit\n\nLes 600 habitants des Mayons ont quitté leurs maisons dans la nuit "
        "de lundi à mardi à la demande des gendarmes, les flammes approchant du village. Ils ont dormi au "
        "gymnase de Gonfaron. Le feu a déjà parcouru 900 hectares mardi matin.",
    ),
    "blesses": (
        "2025-08-06",
        "Deux pompiers blessés près des Mayons\n\nDeux sapeurs-pompiers ont été légèrement brûlés mercredi "
        "lorsque leur véhicule a été pris par les flammes sur une piste au-dessus des Mayons. Le feu, qui a "
        "brûlé 1 200 hectares depuis lundi, est en voie de fixation.",
    ),
}


def test_a_wildfire_follow_up_leading_with_a_new_evacuation_joins_its_fire(stories_of: StoriesOf) -> None:
    """``a parcouru 900 hectares`` tells the fire as ``300 hectares parcourus`` does: its place (Les Mayons,
    named by the first report) brings the follow-ups to its story, however new their lead."""
    stories = stories_of(WILDFIRE)
    assert stories["depart"] == stories["evacuation"] == stories["blesses"]


#: A quake in Greece, then one in Mexico two days later whose report recalls the first in its last sentence.
TWO_QUAKES = {
    "grece": (
        "2025-05-14",
        "Grèce : un séisme de magnitude 5,8 frappe le Péloponnèse, trois morts\n\nUn séisme de magnitude 5,8 a "
        "frappé mercredi le sud du Péloponnèse, près de Kalamata, faisant trois morts. Plusieurs maisons se "
        "sont effondrées à Kalamata.",
    ),
    "grece-suite": (
        "2025-05-15",
        "Tremblement de terre en Grèce : le bilan passe à cinq morts\n\nLe bilan du tremblement de terre de "
        "mercredi dans le Péloponnèse est passé jeudi à cinq morts. Des répliques inquiètent les habitants de "
        "Kalamata.",
    ),
    "mexique": (
        "2025-05-16",
        "Mexique : un séisme de magnitude 6,1 secoue l'État d'Oaxaca\n\nUn séisme de magnitude 6,1 a secoué "
        "vendredi l'État d'Oaxaca, dans le sud du Mexique, faisant un mort. Mercredi, un séisme avait déjà "
        "fait trois morts dans le Péloponnèse, près de Kalamata.",
    ),
}


def test_two_quakes_in_two_countries_the_same_week_stay_apart(stories_of: StoriesOf) -> None:
    """The second quake's report names the Peloponnese only to recall the first: its headline and lead tell
    of Mexico, and a report leads with its own disaster's country."""
    stories = stories_of(TWO_QUAKES)
    assert stories["grece"] == stories["grece-suite"] != stories["mexique"]


#: A refinery strike whose next report opens on a clash at a fuel depot, and a new strike day of the same
#: unions eight days later, dated: the second strike is another story, however alike its words.
REFINERY_STRIKE = {
    "greve": (
        "2025-03-10",
        "Raffineries : la CGT lance une grève de 48 heures, Donges et Feyzin à l'arrêt\n\nLes salariés des "
        "raffineries de Donges et de Feyzin ont cessé le travail lundi 10 mars à l'appel de la CGT, qui réclame "
        "une hausse des salaires de 7 %. Les expéditions de carburant sont bloquées.",
    ),
    "heurts": (
        "2025-03-11",
        "Heurts devant le dépôt de carburant de Donges\n\nDes heurts ont opposé mardi 11 mars une centaine de "
        "grévistes aux gendarmes venus lever le blocage du dépôt de carburant de Donges. Deux manifestants ont "
        "été interpellés. La grève des raffineries entre dans son deuxième jour.",
    ),
    "nouvelle-greve": (
        "2025-03-19",
        "Raffineries : nouvelle grève de la CGT, Donges de nouveau à l'arrêt\n\nLes salariés des raffineries "
        "ont de nouveau cessé le travail mercredi 19 mars à l'appel de la CGT, une semaine après leur grève de "
        "48 heures. À Donges, les expéditions de carburant sont bloquées.",
    ),
}


def test_a_strike_follow_up_leading_with_a_clash_joins_and_the_next_strike_stays_apart(
    stories_of: StoriesOf,
) -> None:
    stories = stories_of(REFINERY_STRIKE)
    assert stories["greve"] == stories["heurts"] != stories["nouvelle-greve"]


# --- a headline above its subtitle -------------------------------------------------------------------------


def test_a_short_headline_above_its_subtitle_is_the_title() -> None:
    """``La Garonne déborde`` opens as an outlet's name does, above a longer line; its body names the
    Garonne again, which no outlet's article does with the outlet's name."""
    text = (
        "La Garonne déborde\n\nDes quartiers de Toulouse inondés, trois écoles fermées\n\n"
        "La Garonne est sortie de son lit mardi à Toulouse. Trois écoles sont fermées."
    )
    assert story_title(Article(id="a", text=text, title="La Garonne déborde")) == "La Garonne déborde"
    assert not any(span.kind == "rubric" for span in layout_spans(text))


def test_an_outlet_name_above_a_headline_is_still_no_title() -> None:
    headline = "Amiens : la Somme déborde, des quartiers inondés"
    body = "La Somme est sortie de son lit mardi à Amiens. Des caves sont inondées."
    text = f"Le Courrier picard\n\n{headline}\n\n{body}"
    assert is_masthead("Le Courrier picard", headline, rest=body)
    assert story_title(Article(id="a", text=text, title="Le Courrier picard")) == (
        "Amiens : la Somme déborde, des quartiers inondés"
    )


# --- the blind set ------------------------------------------------------------------------------------------


def test_stories_blind_set_5(analyzer: Analyzer, tmp_path: Path) -> None:
    """Invented articles written before measuring (tests/data/stories-blind5): a coach crash over a week
    whose words drift, a wildfire whose follow-ups lead with new incidents, a dockers' strike and a new
    strike day a week on, quakes in Albania and Peru the same week, a brief page carrying two stories.
    Measured once: B³ P 0.906 R 0.800 (the coach crash in three stories, the Peruvian quake in the Albanian
    one) and no unreadable title of seven."""
    data = ROOT / "tests" / "data"
    report, skipped = evaluate(data / "stories-blind5.json", data / "stories-blind5", out=tmp_path, analyzer=analyzer)
    assert not skipped
    assert report["stories.bcubed_precision"].value == 1.0 and report["stories.bcubed_recall"].value == 1.0
    titles = {s["title"] for s in json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))["stories"]}
    assert titles == {
        "Drôme : un autocar de touristes belges chute dans un ravin au col de la Croix-Haute, six morts",
        "Haute-Corse : un violent incendie parcourt 400 hectares près de Calenzana, des campings évacués",
        "Réforme des ports : les dockers en grève, Le Havre et Fos-sur-Mer à l'arrêt",
        "Ports : nouvelle journée de grève des dockers, Marseille et Dunkerque touchés",
        "Albanie : un séisme de magnitude 5,9 frappe la région de Vlorë, au moins quatre morts",
        "Pérou : un séisme de magnitude 6,2 secoue la région d'Arequipa, deux morts",
    }
