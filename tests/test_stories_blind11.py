"""Issue #16, stories-blind11: a river spill is followed for days in words its first report never used (dead fish,
a drinking-water ban), and is one story by its kind and its places. Two trawlers lost four days apart are two
stories, even when the second's report recalls the first and a follow-up of the first tells a later day: each
report dates its own wreck right at its words (``après le naufrage, dans la nuit de lundi à mardi``). And an
outlet's name printed above its section's or its edition's town (``La Gazette hebdo`` / ``Éditorial``, ``Le
Courrier picard`` / ``Abbeville``) is not the headline."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.ingest.layout import is_masthead

StoriesOf = Callable[[dict[str, tuple[str, str]]], dict[str, str]]

#: A spill from a tannery into the Creuse, the dead fish two days later (no ``fuite``, the plant named by its
#: town only), and a drinking-water ban downstream the day after that names neither the plant nor its town.
SPILL = {
    "fuite": (
        "2025-06-03",
        "Creuse : fuite d'acide dans la Creuse depuis une tannerie d'Aubusson\n\nPlusieurs milliers de litres "
        "d'acide se sont déversés lundi soir dans la Creuse depuis la tannerie Marvaud, à Aubusson, a indiqué "
        "mardi la préfecture de la Creuse. Les pompiers ont posé des barrages sur la rivière et la pêche a été "
        "interdite entre Aubusson et Felletin.",
    ),
    "poissons": (
        "2025-06-05",
        "« Un cimetière » : des centaines de poissons morts près d'Aubusson\n\nJean Tixier, pêcheur retraité, "
        "a compté mercredi des centaines de truites et de chevesnes le ventre en l'air sous le vieux pont. "
        "La fédération départementale parle d'une mortalité piscicole sans précédent et se constituera partie "
        "civile. Le maire réclame la liste des produits stockés sur le site.",
    ),
    "eau": (
        "2025-06-06",
        "Eau du robinet interdite à la consommation dans sept communes\n\nL'agence régionale de santé a interdit "
        "jeudi de boire l'eau du robinet dans sept communes alimentées par un captage sur la Creuse. Des "
        "bouteilles sont distribuées dans les mairies et livrées aux personnes âgées par des bénévoles.",
    ),
}

#: A trawler of Lorient lost off Groix, the body of one of its sailors found two days later, and a trawler of
#: Dieppe capsized four days after the first wreck, whose report recalls it.
WRECKS = {
    "groix": (
        "2025-03-11",
        "Naufrage d'un chalutier de Lorient au large de Groix : trois marins disparus\n\nTrois marins sont "
        "portés disparus après le naufrage, dans la nuit de lundi à mardi, du Ker Avel, un chalutier de Lorient, "
        "au sud de l'île de Groix. Le patron a été hélitreuillé vivant. Le Cross Étel coordonne les recherches "
        "avec un hélicoptère de la Marine nationale et la SNSM.",
    ),
    "groix-2": (
        "2025-03-13",
        "Ker Avel : le corps d'un marin retrouvé au large de Groix\n\nLe corps de l'un des trois marins disparus "
        "lors du naufrage du Ker Avel, dans la nuit de lundi à mardi au sud de Groix, a été retrouvé mercredi par "
        "un fileyeur. Les recherches continuent pour les deux autres, a indiqué la préfecture maritime.",
    ),
    "dieppe": (
        "2025-03-15",
        "Un chalutier dieppois chavire au large de Dieppe, un marin mort\n\nUn marin de 28 ans est mort et deux "
        "autres ont été secourus après le chavirage, vendredi soir, de l'Alcyon, un chalutier de Dieppe, en "
        "Manche. Le drame survient quatre jours après le naufrage du Ker Avel au large de Groix. Le Cross "
        "Gris-Nez a coordonné les secours avec un hélicoptère de la Marine nationale et la SNSM.",
    ),
}

#: A rail strike day, its next-day report, and the next strike day a week on, in the same words.
STRIKES = {
    "greve-1": (
        "2025-10-07",
        "Grève à la SNCF : un TER sur trois en Occitanie mardi 7 octobre\n\nLa grève des contrôleurs a perturbé "
        "mardi 7 octobre le trafic des TER en Occitanie, où un train sur trois a circulé, selon la SNCF. Les "
        "syndicats Sud-Rail et CGT-Cheminots réclament des embauches à Toulouse et Montpellier.",
    ),
    "greve-2": (
        "2025-10-08",
        "Après la grève des contrôleurs, le trafic des TER reprend en Occitanie\n\nAu lendemain de la grève du "
        "mardi 7 octobre, le trafic des TER est revenu à la normale en Occitanie, a indiqué la SNCF. Sud-Rail et "
        "CGT-Cheminots menacent d'une nouvelle grève à Toulouse et Montpellier.",
    ),
    "greve-3": (
        "2025-10-14",
        "Grève à la SNCF : un TER sur deux en Occitanie mardi 14 octobre\n\nLa grève des contrôleurs a perturbé "
        "mardi 14 octobre le trafic des TER en Occitanie, où un train sur deux a circulé, selon la SNCF. Les "
        "syndicats Sud-Rail et CGT-Cheminots réclament des embauches à Toulouse et Montpellier.",
    ),
}


def test_a_spill_s_dead_fish_and_water_ban_join_its_story(stories_of: StoriesOf) -> None:
    """``poissons morts``, ``mortalité piscicole`` and ``eau du robinet interdite à la consommation`` tell the
    spill's aftermath at Aubusson and on the Creuse, the story's places, in words its first report never used."""
    stories = stories_of(SPILL)
    assert stories["poissons"] == stories["fuite"]
    assert stories["eau"] == stories["fuite"]


def test_two_trawlers_lost_four_days_apart_stay_apart(stories_of: StoriesOf) -> None:
    """The Dieppe report dates its capsizing to Friday right at its words, four days after the night the Groix
    report dates its wreck to; the Groix follow-up tells Wednesday too, but dates the wreck to the same night."""
    stories = stories_of(WRECKS)
    assert stories["groix-2"] == stories["groix"]
    assert stories["dieppe"] != stories["groix"]


def test_two_strike_days_a_week_apart_stay_apart(stories_of: StoriesOf) -> None:
    """The next strike a week on shares every word of the first, not its day."""
    stories = stories_of(STRIKES)
    assert stories["greve-2"] == stories["greve-1"]
    assert stories["greve-3"] != stories["greve-1"]


def test_an_outlet_above_its_section_is_no_headline() -> None:
    """An outlet writes its name, then its section, then the headline; a headline is never followed by a
    section's name. The name may open with an elided article (``L'Écho``)."""
    assert is_masthead("La Gazette hebdo", "Éditorial")
    assert is_masthead("L'Écho de la vallée", "Actualité")
    assert is_masthead("Le Courrier picard", "Abbeville")  # the edition's town, printed as a section is
    assert not is_masthead("Le Rhône en crue", "AFP")  # a credit under a short headline
    assert not is_masthead("Le Rhône déborde", "Les quais de Lyon ont été évacués dans la nuit.")
