"""Issue #16, stories-blind9: a report of no day event may join a story up to a month after its last report when
it is far more alike than two events of one theme (``LONG_DAYS``). A month is long enough for a second event
about the same company, region or court, which shares their names and the theme's words; it is also how long
an evolving story lasts (a quake's rebuilding, a trial's verdict, a missing girl's search). These articles are
invented; each group is one stream of news."""

from __future__ import annotations

from collections.abc import Callable

import pytest

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

#: A carmaker's recall in March, then, four weeks on, its job cuts, whose lead recalls the recall: one company,
#: two events.
ONE_COMPANY = {
    "rappel": (
        "2025-03-04",
        "Freins défectueux : Hallberg rappelle 80 000 voitures en Europe\n\nLe constructeur automobile suédois "
        "Hallberg a annoncé mardi le rappel de 80 000 berlines Hallberg S4 vendues en Europe depuis 2023, en "
        "raison d'un défaut du système de freinage. Les propriétaires seront convoqués dans les garages du "
        "réseau Hallberg pour remplacer une pièce du circuit hydraulique.\n\nHallberg, dont le siège est à "
        "Göteborg, assure qu'aucun accident lié à ce défaut n'a été signalé.",
    ),
    "emplois": (
        "2025-04-01",
        "Hallberg va supprimer 1 200 emplois en Suède et en Belgique\n\nUn mois après le rappel de 80 000 "
        "berlines, le constructeur automobile suédois Hallberg a annoncé mardi la suppression de 1 200 postes "
        "dans ses usines de Göteborg et de Gand, face à la chute de ses ventes en Europe. Les syndicats "
        "dénoncent un plan « brutal » et réclament des "
        "garanties pour les sous-traitants.\n\nLe groupe, qui prévoit une perte de 300 millions d'euros cette "
        "année, veut concentrer sa production de berlines sur un seul site.",
    ),
}

#: Floods in one department: the first episode and its follow-up six days on, then another episode four weeks
#: later that recalls the first.
ONE_REGION = {
    "crue": (
        "2025-10-08",
        "Inondations dans le Gard : deux morts à Alès après des pluies torrentielles\n\nDeux personnes ont été "
        "emportées par les eaux mardi soir à Alès, où le Gardon est sorti de son lit après un épisode cévenol "
        "d'une rare violence, a annoncé la préfecture du Gard. Il est tombé plus de 400 millimètres de pluie en "
        "douze heures sur les Cévennes.\n\nÀ Anduze, des dizaines d'habitants ont été hélitreuillés depuis le "
        "toit de leur maison. Le département avait été placé en vigilance rouge par Météo-France.",
    ),
    "catastrophe": (
        "2025-10-14",
        "Crues du Gardon : l'état de catastrophe naturelle reconnu pour 40 communes\n\nLe gouvernement a "
        "reconnu lundi l'état de catastrophe naturelle pour 40 communes du Gard touchées par les inondations "
        "de la semaine dernière, dont Alès et Anduze. Les sinistrés disposent de trente jours pour déclarer "
        "leurs dommages à leur assureur.\n\nÀ Alès, les commerçants du centre-ville nettoient toujours leurs "
        "boutiques envahies par la boue.",
    ),
    "nouvelle-crue": (
        "2025-11-05",
        "Gard : un nouvel épisode cévenol fait un mort à Sommières\n\nUn automobiliste a été tué mercredi à "
        "Sommières, dans le Gard, où sa voiture a été emportée par le Vidourle en crue, a indiqué la "
        "préfecture. Il est tombé 300 millimètres de pluie en une nuit sur le sud du département, placé en "
        "vigilance rouge par Météo-France.\n\nUn mois après les inondations meurtrières d'Alès, les habitants "
        "de la Vaunage ont de nouveau dû se réfugier à l'étage de leur maison.",
    ),
}

#: One court, two trials: a murder trial's opening, its verdict three weeks on, then another defendant's
#: trial four weeks after the verdict.
ONE_COURT = {
    "ouverture": (
        "2025-03-10",
        "Meurtre de Sandrine Lacombe : le procès de son mari s'ouvre devant les assises de la Gironde\n\nLe "
        "procès de Didier Lacombe, accusé d'avoir tué sa femme Sandrine en 2022 dans leur maison de Libourne, "
        "s'est ouvert lundi devant la cour d'assises de la Gironde, à Bordeaux. L'accusé, qui a toujours nié, "
        "encourt la réclusion criminelle à perpétuité.\n\nLe corps de Sandrine Lacombe avait été retrouvé dans "
        "un étang, trois semaines après sa disparition.",
    ),
    "verdict": (
        "2025-03-31",
        "Didier Lacombe condamné à vingt-cinq ans de réclusion pour le meurtre de sa femme\n\nLa cour "
        "d'assises de la Gironde a condamné lundi soir Didier Lacombe à vingt-cinq ans de réclusion criminelle "
        "pour le meurtre de son épouse Sandrine, au terme de trois semaines de procès à Bordeaux. Ses avocats "
        "ont annoncé qu'ils feraient appel.\n\nLes enfants du couple, parties civiles, ont salué « une "
        "décision qui rend justice à leur mère ».",
    ),
    "autre-proces": (
        "2025-04-28",
        "Braquage mortel d'une bijouterie de Mérignac : le procès de trois hommes s'ouvre à Bordeaux\n\nTrois "
        "hommes comparaissent depuis lundi devant la cour d'assises de la Gironde, à Bordeaux, pour le braquage "
        "d'une bijouterie de Mérignac au cours duquel le bijoutier, Marc Delpech, avait été tué en 2023. Ils "
        "encourent la réclusion criminelle à perpétuité.\n\nLe verdict est attendu le 16 mai.",
    ),
}

#: A quake and its reports over five weeks: the toll, the rebuilding plan, the homeless a month on.
ONE_QUAKE = {
    "seisme": (
        "2025-09-02",
        "Pérou : un séisme de magnitude 7,1 fait au moins 40 morts dans la région d'Arequipa\n\nUn séisme de "
        "magnitude 7,1 a frappé lundi soir le sud du Pérou, faisant au moins 40 morts et des centaines de "
        "blessés dans la région d'Arequipa, selon la défense civile. À Chivay, de nombreuses maisons en adobe "
        "se sont effondrées.\n\nLa présidente péruvienne a décrété l'état d'urgence dans quatre provinces.",
    ),
    "bilan": (
        "2025-09-04",
        "Séisme au Pérou : le bilan s'alourdit à 63 morts, les secours fouillent les décombres de Chivay\n\nLe "
        "bilan du séisme qui a frappé lundi la région d'Arequipa s'élève désormais à 63 morts, a annoncé "
        "mercredi la défense civile péruvienne. Les secouristes continuent de fouiller les décombres à Chivay "
        "et dans les villages de la vallée du Colca.",
    ),
    "reconstruction": (
        "2025-09-22",
        "Pérou : un plan de reconstruction de 800 millions pour la région d'Arequipa\n\nLe gouvernement "
        "péruvien a présenté lundi un plan de 800 millions de dollars pour reconstruire les maisons et les "
        "écoles détruites par le séisme du 1er septembre dans la région d'Arequipa. À Chivay et dans la vallée "
        "du Colca, plus de 5 000 familles vivent encore sous des tentes.",
    ),
    "un-mois-apres": (
        "2025-10-09",
        "Un mois après le séisme, les sinistrés de la vallée du Colca attendent toujours l'aide promise\n\nDans "
        "la vallée du Colca, au Pérou, des centaines de familles dont les maisons ont été détruites par le "
        "tremblement de terre dorment toujours sous des tentes, malgré le froid des Andes. Le maire de Chivay "
        "accuse le gouvernement de lenteur dans le versement des aides à la reconstruction.",
    ),
}

#: A missing girl over a month: the disappearance, the search, her parents' appeal, a suspect's arrest.
ONE_SEARCH = {
    "disparition": (
        "2025-06-02",
        "Puy-de-Dôme : une adolescente de 16 ans portée disparue à Ambert\n\nLéna Garnier, 16 ans, n'a plus "
        "donné signe de vie depuis samedi soir, quand elle a quitté le domicile de ses parents à Ambert pour "
        "rejoindre des amis. La gendarmerie a lancé un appel à témoins et diffusé son signalement.",
    ),
    "recherches": (
        "2025-06-05",
        "Disparition de Léna Garnier : plus de 200 gendarmes et bénévoles fouillent les bois autour d'Ambert"
        "\n\nLes recherches pour retrouver Léna Garnier, 16 ans, se poursuivent jeudi dans les forêts du Livradois. "
        "Des plongeurs ont sondé la Dore et un hélicoptère survole la zone. Le parquet de Clermont-Ferrand a "
        "ouvert une information judiciaire pour enlèvement.",
    ),
    "appel": (
        "2025-06-19",
        "« Léna, reviens » : trois semaines après sa disparition, les parents de Léna Garnier lancent un appel"
        "\n\nLes parents de Léna Garnier, l'adolescente d'Ambert disparue depuis le 31 mai, ont lancé jeudi un "
        "appel à toute personne qui aurait des informations. Les enquêteurs exploitent toujours les images des "
        "caméras de la ville.",
    ),
    "suspect": (
        "2025-07-03",
        "Disparition de Léna Garnier : un homme de 34 ans mis en examen\n\nUn homme de 34 ans, qui avait croisé "
        "Léna Garnier le soir de sa disparition à Ambert, a été mis en examen jeudi pour enlèvement et "
        "séquestration par un juge d'instruction de Clermont-Ferrand. L'adolescente n'a toujours pas été "
        "retrouvée.",
    ),
}


def test_a_company_s_job_cuts_a_month_after_its_recall_are_another_story(stories_of: StoriesOf) -> None:
    """Both name the carmaker, its model, its town and its European sales, but one tells a brake defect and
    the other a plan to cut jobs (the recall it names is what came before): two events of one company."""
    stories = stories_of(ONE_COMPANY)
    assert stories["emplois"] != stories["rappel"]


def test_a_flood_s_follow_up_joins_it_and_the_next_flood_a_month_on_does_not(stories_of: StoriesOf) -> None:
    """The disaster declaration names the flood's towns a week on; the next episode strikes other towns of
    the same department four weeks later, with the same words, and only recalls the first."""
    stories = stories_of(ONE_REGION)
    assert stories["catastrophe"] == stories["crue"]
    assert stories["nouvelle-crue"] != stories["crue"]


def test_a_trial_s_verdict_joins_it_and_another_trial_of_its_court_does_not(stories_of: StoriesOf) -> None:
    """The verdict names the accused, his wife and the court three weeks after the opening; the next trial
    before the same court names other people."""
    stories = stories_of(ONE_COURT)
    assert stories["verdict"] == stories["ouverture"]
    assert stories["autre-proces"] != stories["ouverture"]


def test_a_quake_s_reports_over_five_weeks_are_one_story(stories_of: StoriesOf) -> None:
    """The rebuilding plan comes eighteen days after the last toll, the homeless a month after the quake;
    they name its region, towns and valley."""
    stories = stories_of(ONE_QUAKE)
    assert len(set(stories.values())) == 1


@pytest.mark.xfail(
    reason="left: in a stream of her four reports alone her name is in every article, too common to find a "
    "story by (COMMON_FEATURE_SHARE); letting every feature find candidates in small streams joined a brief from "
    "a flooded town to the flood (test_stories_unseen)",
    strict=False,
)
def test_a_missing_girl_s_case_over_a_month_is_one_story(stories_of: StoriesOf) -> None:
    """A fortnight passes between the search and the parents' appeal, and again before the suspect's
    charge: every report names her, her town and her age."""
    stories = stories_of(ONE_SEARCH)
    assert len(set(stories.values())) == 1
