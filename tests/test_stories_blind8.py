"""Issue #16, stories-blind8 and entities-blind10: a story of industry or politics is covered at long
intervals (a closure announced, then its severance deal three weeks on; a party's new leader, then her
election as prime minister a fortnight later). Such a follow-up, far more alike than two events of one theme,
joins its story beyond the usual days; another closure of the same theme, in another town, does not."""

from __future__ import annotations

from collections.abc import Callable

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

#: A sugar refinery's closure announced, the same week a paper mill's closure in another town, then the
#: refinery's severance deal signed twenty-three days after the announcement.
CLOSURES = {
    "annonce": (
        "2025-02-03",
        "Sucre : le groupe Valmont va fermer sa sucrerie de Roye, 320 emplois supprimés\n\nLe groupe sucrier "
        "Valmont a annoncé lundi la fermeture de sa sucrerie de Roye (Somme), qui emploie 320 salariés, après "
        "la prochaine campagne betteravière. La direction de Valmont met en avant la baisse des cours du sucre.\n\n"
        "Le maire de Roye parle d'une décision « brutale » pour les planteurs et les salariés du Santerre.",
    ),
    "papeterie": (
        "2025-02-06",
        "Papier : la papeterie Morvel de Saint-Quentin fermera en juin, 180 postes en jeu\n\nLe papetier "
        "Morvel a annoncé jeudi la fermeture de son usine de Saint-Quentin (Aisne), où travaillent 180 "
        "personnes. La direction invoque le prix de la pâte à papier et la baisse de la demande.",
    ),
    "accord": (
        "2025-02-26",
        "Sucrerie Valmont de Roye : la direction et les syndicats signent le plan de départs\n\nAprès trois "
        "semaines de négociations, la direction de Valmont et les syndicats ont signé mercredi l'accord sur le "
        "plan social de la sucrerie de Roye. Les 320 salariés recevront une prime de départ de 30 000 euros en "
        "moyenne, et le Santerre recevra une aide de l'État pour attirer d'autres employeurs.",
    ),
}


def test_a_closure_s_deal_three_weeks_on_joins_it_and_another_closure_stays_apart(stories_of: StoriesOf) -> None:
    """The deal names the refinery, its group, its town and its 320 workers again: it joins the
    announcement's story twenty-three days on. The paper mill, closed the same week in another town by
    another group, is another story of the same theme."""
    stories = stories_of(CLOSURES)
    assert stories["accord"] == stories["annonce"]
    assert stories["papeterie"] != stories["annonce"]
    assert stories["accord"] != stories["papeterie"]


#: A party electing its new leader, then parliament electing her prime minister sixteen days later.
NEW_LEADER = {
    "parti": (
        "2025-06-07",
        "Norvège : Ingrid Solvik élue à la tête du Parti conservateur\n\nLe Parti conservateur norvégien a élu "
        "samedi Ingrid Solvik à sa présidence, ce qui en fait la favorite pour diriger le prochain gouvernement. "
        "Mme Solvik, 52 ans, succède à Harald Brekke, qui avait démissionné après la défaite du parti aux "
        "municipales.",
    ),
    "gouvernement": (
        "2025-06-23",
        "Ingrid Solvik devient Première ministre de la Norvège\n\nLe Storting a désigné lundi Ingrid Solvik au "
        "poste de Première ministre. La présidente du Parti conservateur a formé une coalition avec les "
        "libéraux, et son prédécesseur à la tête du parti, Harald Brekke, entre au gouvernement.",
    ),
}


def test_a_party_leader_made_prime_minister_a_fortnight_on_joins_her_election(stories_of: StoriesOf) -> None:
    """Sixteen days separate the two reports, but they share her name, her party and her predecessor."""
    stories = stories_of(NEW_LEADER)
    assert stories["gouvernement"] == stories["parti"]
