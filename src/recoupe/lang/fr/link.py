"""French data for linking articles: stop words, and the groups of people that figures count."""

from __future__ import annotations

from spacy.lang.fr.stop_words import STOP_WORDS as _SPACY_STOP_WORDS

#: Words that say nothing about which story an article reports (spaCy's list plus news filler).
STOP_WORDS: frozenset[str] = frozenset(_SPACY_STOP_WORDS) | frozenset(
    """
    selon a été ont avait avaient sera seront fait faits faire dit déclaré indiqué annoncé précisé ajouté
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre hier aujourd'hui demain jour jours semaine semaines mois an ans année
    années heure heures matin soir nuit également notamment ainsi alors après avant depuis pendant lors
    plus moins très encore déjà toujours aussi cependant pourtant savoir lire voir aussi suite article
    """.split()
)

#: Language code for ``wordfreq``'s background word frequencies (how rare a word is in general news),
#: which tell an event's own words (Sarrans, séisme) from the words of every political story.
WORDFREQ_LANG = "fr"

#: Who a figure counts, as classes: claims of the same category and class measure the same thing.
#: The first class whose word appears in the counted noun phrase wins; ``people`` (everyone) is the default.
SUBJECT_CLASSES: dict[str, frozenset[str]] = {
    # women, read before children: ``22 femmes et enfants`` is not the count of ``14 enfants`` (another
    # population, whose figures neither revise nor contradict each other)
    "women": frozenset("femme femmes".split()),
    # teenagers are minors too (``dont deux adolescents`` and a later ``trois mineurs`` count one part)
    "children": frozenset(
        """enfant enfants mineur mineurs élève élèves bébé bébés nourrisson nourrissons adolescent adolescents
        adolescente adolescentes""".split()
    ),
    "security_forces": frozenset(
        """policier policiers policière policières gendarme gendarmes soldat soldats militaire militaires
        garde gardes agent agents sécurité ordre armée troupes troupe forces pompier pompiers secouriste
        secouristes CRS""".split()
    ),
    "attackers": frozenset(
        """criminel criminels bandit bandits terroriste terroristes militant militants assaillant assaillants
        attaquant attaquants émeutier émeutiers insurgé insurgés rebelle rebelles jihadiste jihadistes
        djihadiste djihadistes combattant combattants individus casseur casseurs pillard pillards
        commando commandos gang gangs gangster gangsters milicien miliciens armé armés faction factions
        guérilla guérillero guérilleros""".split()
    ),
    "protesters": frozenset(
        "manifestant manifestants manifestante manifestantes protestataire protestataires gréviste grévistes".split()
    ),
    "civilians": frozenset("civil civils civile civiles".split()),
    # people held by kidnappers (``deux otages ont été exécutés``): not the toll of the attack that took them
    "hostages": frozenset("otage otages".split()),
    "detainees": frozenset("détenu détenus détenue détenues prisonnier prisonniers".split()),
    # people counted at their work (``4 travailleurs sont morts sur leur lieu de travail``), not everyone the
    # event killed; in a crowd or among the arrested they are the crowd, the arrested (see below)
    "workers": frozenset(
        """travailleur travailleurs travailleuse travailleuses ouvrier ouvriers ouvrière ouvrières salarié
        salariés salariée salariées employé employés employée employées""".split()
    ),
    # a sports crowd's fans (``plus de 100 supporters ont été blessés``, their groups' own count): not everyone
    # a stadium riot hurt, police included; among the arrested or in a crowd they are the arrested, the crowd
    "supporters": frozenset("supporter supporters supportrice supportrices ultra ultras".split()),
}

#: People nouns whose class the article's subject decides, read before :data:`SUBJECT_CLASSES`: the nouns
#: (folded), the class they take, and a regex (on the folded article) of the words that say so. ``cinq mineurs
#: tués`` in a coal mine are miners, counted at their work, not minors.
CONTEXT_CLASSES: tuple[tuple[str, str, str], ...] = (
    ("mineur mineurs", "workers", r"\b(?:mines?|charbon|grisou|minier|miniere|galeries?|puits|houilleres?)\b"),
)

#: Beginnings of words near a figure that tell who it counts when its own noun does not (``des centaines
#: de personnes manifestaient``, ``attaquée par 20 000 personnes``), checked in this order.
POPULATION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("people", ("deux camps",)),  # "dans les deux camps": everyone, both sides together
    ("attackers", ("attaqu", "assaill", "pris d'assaut")),
    ("protesters", ("manifest", "défil", "protest", "rassembl", "cortège", "cortege", "mobilis", "grév")),
)

#: Where a figure with no people noun of its own names whom it counts (read on folded text): right after it
#: (``52 blessés parmi les manifestants``), or heading its sentence (``Côté manifestants, le collectif recense
#: une trentaine de blessés``). The group is the noun's.
#: A part set inside a figure's words (``Trois personnes, dont un gendarme, ont été blessées``): whom the part
#: counts is not whom the figure counts, so these words are not read for it (folded text). Nor is an aside
#: on most of them (``41 personnes, pour la plupart des enfants, sont mortes``): the figure counts everyone.
POPULATION_SUBSET_ASIDE: str = (
    r",\s*(?:dont|parmi|pour la plupart|en majorite|en grande partie|majoritairement|essentiellement)\s[^,]*(?:,|$)"
)
#: Stems of verbs said only of killing enemies (``en a « neutralisé » une vingtaine``): a toll with no people
#: noun of its own whose clause uses one counts the attackers (read on folded text before the figure).
ENEMY_KILL_CUES: tuple[str, ...] = ("neutralis",)

#: The noun may be a phrase whose class a complement gives (``dont 40 parmi les forces de l'ordre``: ``forces``
#: alone names no class, ``ordre`` does), so a ``de`` complement is taken with it.
POPULATION_AMONG_AFTER: str = (
    r"^\s*parmi\s+(?:les|des|ces)\s+([^\W\d_]+(?:\s+(?:de|du|des|d')\s*(?:la\s+|l')?[^\W\d_]+)?)"
)
POPULATION_SIDE_HEADING: str = r"^\s*(?:du\s+)?cote\s+(?:des\s+|du\s+|de\s+la\s+)?([^\W\d_]+)\s*,"

#: Who a count of the displaced is, when its own noun does not say it is a class above: people who crossed
#: a border (``réfugiés``, ``ont franchi la frontière``) are ``refugees``, not those displaced inside their
#: country (``déplacées à l'intérieur du pays``), whose count is the story's displaced ``people``. Folded
#: stems, read on the figure's words (refugees first: ``5 000 réfugiés déplacés vers un camp``), then on its
#: sentence (inside the country first: ``… et 90 000 personnes ont fui leur foyer à l'intérieur du pays``).
REFUGEE_CUES: tuple[str, ...] = (
    "réfugié",
    "exilé",
    "demandeurs d'asile",
    "franchi la frontière",
    "passé la frontière",
    "traversé la frontière",
    "refuge en",
    "refuge au",
)
#: Words that share :data:`REFUGEE_CUES`' stem but say only that people took shelter (``ont fui pour se
#: réfugier dans des écoles``, ``se réfugier chez des proches``): the infinitive tells where they sheltered, not
#: that they crossed a border (``trouvé refuge au Tchad`` still does). Blanked before the refugee cues are read.
#: So do its past forms before where they sheltered (``se sont réfugiées dans des écoles``, ``chez des
#: proches``); ``se sont réfugiés au Tchad`` still crosses a border.
SHELTER_NOT_REFUGE: tuple[str, ...] = (
    "se réfugier",
    "s'y réfugier",
    *(
        f"{aux} {past} {where}"
        for aux in ("se sont", "s'est", "s'étaient", "s'était")
        for past in ("réfugié", "réfugiée", "réfugiés", "réfugiées")
        for where in ("dans", "chez", "sur")
    ),
)
#: Who among the displaced lost their home (``1 200 personnes ont perdu leur logement``, ``privées de
#: logement``, ``sans-abri``): a count of its own beside those evacuated for a while (``3 200 habitants
#: évacués``, who go home once the water falls). Folded stems, read on the figure's words, then on its
#: sentence unless its own words say evacuated (:data:`EVACUATION_CUES`).
HOMELESS_CUES: tuple[str, ...] = (
    "logement",
    "sans-abri",
    "sans abri",
    "sans toit",
    "délogé",
    "relogé",
    "perdu leur maison",
    "perdu leur domicile",
)
EVACUATION_CUES: tuple[str, ...] = ("évacu",)
#: People who left their home for a while (``des milliers de personnes ont dû quitter leur logement``, ``ont fui
#: leur domicile``) are the displaced the evacuations count, not people who lost it: these phrases (read on folded
#: text) are blanked before :data:`HOMELESS_CUES`, whose ``logement`` they hold.
LEFT_HOME_NOT_LOST: str = (
    r"(?<!\w)(?:quitt|fui|fuir|fuy|abandonn|evacu|regagn|rejoindr|retrouv|reintegr)\w*\s+"
    r"(?:leurs?|son|sa|ses|les)\s+(?:logements?|domiciles?|maisons?|foyers?|habitations?)(?!\w)"
)
#: A count of the displaced in shelters (``4 600 sont hébergées dans des abris``, ``s'entassent dans des
#: gymnases``, ``accueillis sous des tentes``): when its sentence gives beside it, not as its part, another count
#: of the displaced (``12 000 ont quitté leur maison et 3 000 sont hébergés dans des écoles``, ``… tandis que
#: 8 000 autres logent chez des proches``), the two count different people (those in shelters, those who left
#: home for elsewhere) and each is its own series. Read on the folded clause of the figure (up to the next
#: figure of its sentence).
SHELTERED_CLAUSE: str = (
    r"(?<!\w)(?:heberg|accueilli|entass|abrit|install|loge(?:e|es|s)?\b|logent)\w*\s+(?:\w+\s+){0,3}?(?:dans|sous)\s+"
    r"(?:[^\s.,;:!?]+\s+){0,2}?(?:l')?"
    r"(?:abris?|centres?|sites?|camps?|tentes?|gymnases?|ecoles?|eglises?|salles?|refuges?|structures?)(?!\w)"
)
#: A crowd told in the pluperfect (``près de 8 000 personnes s'étaient rassemblées``, ``les manifestants
#: avaient défilé à 5 000``, ``quelque 600 fidèles s'étaient massés``) was gathered before the article: with no
#: day of its own it is an earlier gathering's count, not one of the article's day. Read on the folded clause
#: around the figure: the auxiliary then a past participle.
PAST_GATHERING: str = r"(?<!\w)(?:s'etaient|s'etait|avaient|avait|etaient|etait)\s+(?:\w+\s+)?\w+(?:e|i|u)e?s?(?!\w)"
#: Words after a toll that say it is not yet confirmed (``quatre autres décès font l'objet de vérifications``,
#: ``12 morts restent à confirmer``, ``trois décès non confirmés``, ``cinq cas sont en cours de vérification``):
#: a count of its own beside the confirmed toll, neither a revision of it nor an addition to it. Read on the
#: folded figure and its clause.
UNCONFIRMED_CLAUSE: str = (
    r"(?<!\w)(?:en cours de verification|(?:font|fait|faisant) l'objet d(?:e |'une )verifications?|"
    r"(?:restent|reste|sont|est|encore) a confirmer|non confirme|pas encore confirme|"
    r"en attente de confirmation|sous verification|a verifier)"
)
INTERNAL_DISPLACEMENT_CUES: tuple[str, ...] = (
    "déplacé",
    "intérieur du pays",
    "intérieur de leur pays",
    "intérieur de son pays",
)

#: How populations fold together per category: arrested detainees, protesters and people are all "the
#: arrested"; a crowd of people counted at a march is its protesters; troops are one force.
POPULATION_BY_CATEGORY: dict[str, dict[str, str]] = {
    "arrested": {
        "detainees": "people",
        "protesters": "people",
        "attackers": "people",
        "civilians": "people",
        "workers": "people",
        "supporters": "people",
        "women": "people",
    },
    "participants": {
        "people": "protesters",
        "civilians": "protesters",
        "detainees": "protesters",
        "workers": "protesters",
        "supporters": "protesters",
        "women": "protesters",
    },
}

#: Who a deployment counts: firefighters and rescuers, police, or armed forces (the default: ``2 500
#: hommes``, ``des soldats``, a figure with no noun). ``300 pompiers et 150 militaires`` are two figures. The
#: police deploys ``agents`` (``300 agents de sa force mobile``), an army soldiers.
TROOP_CLASSES: dict[str, frozenset[str]] = {
    "rescuers": frozenset("pompier pompiers secouriste secouristes sauveteur sauveteurs sapeurs".split()),
    "police": frozenset("policier policiers gendarme gendarmes CRS agent agents".split()),
}

#: Categories whose counts only grow as an event goes on (a toll, arrests, a deployment): a later, higher
#: figure revises an earlier one; a later lower one from another source contradicts it.
CUMULATIVE_CATEGORIES: frozenset[str] = frozenset({"killed", "injured", "arrested", "troops"})
#: Categories whose whole count is a toll: ``au moins 14 morts`` is the toll so far (the bodies counted), so a
#: later, higher exact toll (``21 morts``) revises it — an update, though the ranges meet. The injured's or
#: the arrested's ``plus de 60`` is a rough count a later exact one fills in: there the two agree.
TOLL_CATEGORIES: frozenset[str] = frozenset({"killed"})
#: Categories that count a state that changes either way (people missing, in hospital, displaced): any
#: later figure revises an earlier one.
STATE_CATEGORIES: frozenset[str] = frozenset({"missing", "hospitalized", "displaced"})
#: Categories counted night by night or day by day when the sentence says so (riot arrests per night);
#: a toll's "la veille" dates a report, not a new count.
PERIODIC_CATEGORIES: frozenset[str] = frozenset({"arrested"})
#: Running categories whose figure can instead count who is still in a state at the time of writing (``38
#: personnes étaient toujours en garde à vue``, ``cinq blessés sont encore hospitalisés``): the people still
#: held or still hurt, a count that falls as they are released, not the arrests or injuries so far.
CURRENT_STATE_CATEGORIES: frozenset[str] = frozenset({"arrested", "injured"})
#: What follows such a figure in its clause to make it a current count (read on folded text): still, now or
#: remaining in custody, in hospital, held (``toujours en garde à vue``, ``encore hospitalisés``, ``restent
#: en détention``) — not ``encore`` meaning again (``ont encore été interpellées``).
CURRENT_STATE_AFTER: str = (
    r"\b(?:toujours|encore|actuellement|restent|restaient|demeurent|demeuraient)\s+"
    r"(?:en\s|hospitalis|detenu|incarcer|soigne|sous\s)"
)

#: Words that make a figure a running total rather than one day's count (``depuis le début``, ``au total``).
CUMULATIVE_CUES: tuple[str, ...] = (
    "depuis",
    "au total",
    "en tout",
    "bilan",
    "cumul",
    "jusqu'à présent",
    "jusqu'ici",
    "à ce jour",
    "en une semaine",
)
#: Words that open the start of a running total (``depuis le 1er juin``): with a start long before the
#: article, the total counts more than the story's event.
SINCE_CUES: tuple[str, ...] = ("depuis",)
#: Words of a figure that make it what was added to a count, not the count (``sept nouveaux corps``, ``six
#: corps supplémentaires``): that day's finds, a group of their own beside the toll they raise.
INCREMENT_WORDS: tuple[str, ...] = (
    "nouveau",
    "nouveaux",
    "nouvelle",
    "nouvelles",
    "supplémentaire",
    "supplémentaires",
    # ``après la découverte des deux derniers corps``: the last finds, added to the toll they close
    "derniers",
    "dernières",
    # ``deux autres personnes ont été interpellées``: added to those counted before
    "autres",
    # the injured who died since the last toll (``porté à sept morts, deux blessés ayant succombé``)
    "blessés ayant succombé",
    "blessés ont succombé",
    "blessés sont décédés",
    "blessés sont morts",
    "blessés décédés",
    "blessé ayant succombé",
    "blessée ayant succombé",
    "blessé a succombé",
    "blessée a succombé",
    "blessé est décédé",
    "blessée est décédée",
    "blessé est mort",
    "blessée est morte",
)
#: The increment words that only say ``other`` people (``quatorze autres prisonniers``): an addition to a count
#: of the same kind before it, but other people than a count of another kind (the dead before the injured).
INCREMENT_OTHERS: tuple[str, ...] = ("autres",)
#: What comes right before a figure to make it the deaths added to a toll (``le bilan est passé à 3 morts après
#: le décès d'un blessé``): that day's addition, not the toll (read on folded text). Only after ``après``/``suite
#: à``: ``revendique la mort de plus de 20 soldats`` is a toll of its own, not an addition to one.
INCREMENT_BEFORE: str = (
    r"\b(?:apres|suite a|suite au|a la suite d[eu]|a la suite de la)\s+(?:le\s+|la\s+)?(?:deces|mort)\s+(?:d'|de\s+)$"
)
#: What follows a figure, in its sentence, that adds it to a running total: ``les corps de cinq personnes
#: ont été retrouvés, portant le bilan à 11 morts``, ``…, ce qui porte à 5 le nombre de personnes
#: interpellées``. The figure is the day's addition, not the toll (read on folded text).
RAISES_TOTAL_AFTER = r"^[^.;!?\n]{0,140}?,\s*(?:ce qui |qui )?port(?:ant|e|ent|era)\s+(?:[^.;!?\n]{0,80}?\s)?a\s+\S"

#: Tenses that set a clause in the background, before the story's own time (the pluperfect and the passé
#: simple: ``celles de 1990, qui avaient fait 60 morts``): with a date long before the article, the figure
#: is a past event's, even in a sentence that says ``depuis``.
BACKGROUND_TENSE_CUES: tuple[str, ...] = ("avait", "avaient", "était", "étaient", "fit", "firent")
#: What joins two figures of one verb counting different people, each a part of the event's count
#: (``l'évacuation de 4 700 habitants et de quelque 20 000 touristes``), read on folded text.
LISTED_PARTS: str = r"(?:,|et|ainsi que)(?:\s+(?:de|d'))?"
#: Words that make a running count one night's or one day's (``dans la nuit de jeudi à vendredi``, ``la
#: veille``): riot arrests by night are as many figures as nights.
#: Words that make a figure of any kind a count of the last few days, not the running total it adds to
#: (``sur les sept derniers jours, 21 décès``, ``au cours des dernières 24 heures``).
WINDOW_CUES: tuple[str, ...] = (
    "derniers jours",
    "dernières 24 heures",
    "dernières 48 heures",
    "dernières heures",
    "dernière semaine",
    "semaine écoulée",
)
#: Words that make a figure of any kind one day's or one night's count (``Pour la seule journée de mardi, 29
#: décès ont été enregistrés``): that day's part of the toll, its own figure beside the running total even
#: where the sentence goes on about the total (``un record depuis le début de l'épidémie``).
ONE_DAY_CUES: tuple[str, ...] = ("seule journée", "seule nuit", "seule matinée", "seule soirée", "en une seule journée")
PERIOD_CUES: tuple[str, ...] = ("nuit", "soir", "soirée", "la veille", "journée de", "en une journée")
#: Those of :data:`PERIOD_CUES` that name a night: an article's night with no date of its own (``au cours de la
#: nuit``, ``pour cette deuxième nuit``) is the one that ended as it was written, dated, like ``la nuit de
#: lundi à mardi``, by the evening it began.
NIGHT_CUES: tuple[str, ...] = ("nuit",)
#: Words that say a figure corrects an earlier one (``nouveau bilan``, ``revu à la hausse``): a later
#: report that differs is then an update even from another source. ``porter à N le nombre de`` raises a
#: count (``ce qui porte à trois le nombre de personnes détenues``, ``portant à 17 le nombre de victimes``).
REVISION_CUES: tuple[str, ...] = (
    "porte à",
    "portent à",
    "portant à",
    "porter à",
    "nouveau bilan",
    "dernier bilan",
    "bilan provisoire",
    "revu à la",
    "révisé",
    "corrigé",
    "désormais",
    "s'alourdit",
    "s'est alourdi",
    "a grimpé",
    "atteint désormais",
    "porte le bilan",
    "passe à",
    "est passé à",
    "été porté",
    "été portée",
    "alourdi à",
)

#: Words that say a source gives again a figure it gave before (``la préfecture maintient son chiffre de 6 000
#: manifestants``, ``que la préfecture évalue toujours à 6 000``): the earlier figure's count, whatever day
#: the article reports.
REPEAT_CUES: tuple[str, ...] = (
    "maintient",
    "maintiennent",
    "maintenait",
    "maintenaient",
    "confirme",
    "confirment",
    "a confirmé",
    "ont confirmé",
    "réitère",
    "toujours",
)

#: Words that say a figure is an earlier day's, recalled beside the new one (``qui recensait la veille 12
#: victimes``, ``contre 33 annoncées la veille``, ``mardi, ils faisaient encore état de 25 morts``): the
#: report is dated to that day, not its article's.
#: What right before a figure makes it a count already given (read on folded text): a definite article or a
#: demonstrative (``Les trois agriculteurs interpellés mardi ont été relâchés``, ``ces 40 blessés``).
KNOWN_COUNT_BEFORE: str = r"(?:^|[\s(])(?:les|ces)\s+$"
RECALL_CUES: tuple[str, ...] = (
    "la veille",
    "l'avant-veille",
    "avant-hier",
    "plus tôt",
    "auparavant",
    "précédent bilan",
    "bilan précédent",
    "initialement",
    "faisait encore état",
    "faisaient encore état",
    "recensait encore",
    "recensaient encore",
    "comptait encore",
    "comptaient encore",
    "jusque-là",
    "jusqu'alors",
    "jusqu'ici",
)
#: A figure given as announced on an earlier named day (``contre 19 morts annoncés jeudi soir``, ``et non 23
#: comme annoncé la veille``): a past participle of announcing followed by a day word (read on folded text in
#: the figure's own clause, like :data:`RECALL_CUES`). The day word is what makes it an earlier report: ``les
#: 40 blessés annoncés`` alone may be today's.
RECALL_ANNOUNCED: str = (
    r"(?<!\w)(?:annonce|donne|avance|communique|rapporte|recense)(?:e|s|es)?\s+(?:la\s+veille|hier|avant-hier|"
    r"(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?!\w)"
)

#: An earlier report named as the sentence's subject (``Le précédent bilan, communiqué dimanche, faisait état de
#: 18 morts et 43 blessés``): every figure it gives is that report's, past the asides and the list before them,
#: unless the sentence says the count was raised (:data:`REVISION_CUES`, ``porté à``).
RECALLED_REPORT_SUBJECTS: tuple[str, ...] = (
    "précédent bilan",
    "bilan précédent",
    "premier bilan",
    "bilan initial",
    "bilan provisoire précédent",
)
RECALLED_REPORT_RAISED: tuple[str, ...] = ("porté à", "portée à", "passé à", "revu", "révisé", "alourdi", "désormais")

#: Words that say what kind of place a name is rather than which one (``barrage de Sarrans``, ``ville
#: d'Aktau``): two place names are one place when they share a word that is not one of these.
GENERIC_PLACE_WORDS: tuple[str, ...] = tuple(
    """ville villes région régions province provinces département commune communes village villages
    barrage pont port aéroport quartier quartiers place rue avenue boulevard centre nord sud est ouest
    saint sainte haut haute bas basse grand grande petit petite mont vallée lac fleuve rivière île
    district comté état états république royaume capitale""".split()
)

#: A landmark's name (``le pont de la Liberté``, ``la place Syntagma``, ``le palais de la Generalitat``,
#: ``l'avenue Roustaveli``, ``Unity Fountain``), read on the folded name: a street, square, bridge or
#: monument where a crowd gathers lies inside a town, and its crowd is the town's. A French head noun opens
#: the name, an English one (``Fountain``, ``Square``, ``Bridge``) ends it. Not the sites whose counts are
#: their own (a hospital's patients, a prison's inmates: ``SITE_WORDS``), nor ``port`` or ``carrefour``,
#: which also head towns' names.
LANDMARK_NAME: str = (
    r"^(?:le |la |les |l')?(?:pont|palais|place|fontaine|esplanade|parvis|avenue|boulevard|rue|quai|jardin"
    r"|square|rond-point|champ|monument|statue|arc)(?:\s|-(?:de|du|des|d')\b)"
    r"|\s(?:fountain|square|bridge|avenue|street|road|gate|plaza|circle|monument)$"
)

#: A town named with its preposition (``à Novi Sad``, ``À Abuja``, ``en Avignon``), read on the text as
#: written: the town a landmark lies in is the one its sentence, or else the article before it, names so.
LANDMARK_TOWN: str = r"(?:^|[\s(,])(?:à|À|au|en)\s+(?P<town>[A-ZÉÈÎ][\w'’-]*(?:\s+[A-ZÉÈÎ][\w'’-]*)?)"

#: The head noun of a region's name (``la région Atsinanana``, ``le département du Centre``, ``province de
#: Cusco``), taken off before the name is compared with the first-level region a town lies in. Folded regex.
REGION_NAME_HEAD: str = (
    r"^(?:la |le |l')?(?:region|departement|province|etat|gouvernorat|prefecture)\s+(?:de la |du |de l'|des |de |d')?"
)

#: A region's head noun right before a place's name (``dans la région de Mopti``, ``la province du``), read on
#: the folded words before the name: a headline naming a region sets its article in the region, not a town.
REGION_HEAD_BEFORE: str = (
    r"\b(?:region|regions|departement|province|provinces|etat|gouvernorat|prefecture)\s+"
    r"(?:de la |du |de l'|des |de |d')?$"
)

#: Head nouns of a body's name, French and English (``Plateau State Emergency Management Agency``, ``Agence
#: de gestion des urgences``): a "place" holding one as a whole word is an organisation's name the tagger
#: took for a place, not where a figure counts. Not the words that also name places (``centre``,
#: ``département``, ``direction``), and not a hospital's (its count is a place's). Compared folded.
BODY_NAME_HEADS: tuple[str, ...] = tuple(
    """agence agency ministère ministry commission committee comité organisation organization institut
    institute authority autorité office bureau management""".split()
)

#: The words that attach a place to a source's noun (``la mairie de Mbour``, ``le gouverneur du Nord-Kivu``,
#: ``les secours à Gaza``) or make it the source (``le Malawi``): a place after one is where the source
#: speaks for, or the speaker. A place written in a source's words after a noun or adjective is the source's
#: own name (``l'ONG espagnole Mer ouverte``). Compared folded.
SOURCE_PLACE_LINKS: tuple[str, ...] = tuple("de du des d à a au aux en dans pour le la les l".split())

#: A place name given as the first of two joined ones (``les districts de Jajarkot et de Rukum``, ``les
#: départements du Gard et de l'Hérault``): what follows the name, read on the text as written. A figure of
#: both places is neither one's count.
#: What must come before the first name: a plural noun of places (``les districts montagneux de``), so the two
#: names are the figure's scope, not where its people went (``les hôpitaux de Bokkos et de Jos``).
JOINED_PLACE_BEFORE: str = (
    r"\b(?:les|des|aux|deux)\s+(?:districts|départements|provinces|régions|communes|villes|états|comtés|"
    r"villages|localités|préfectures|cantons|arrondissements|quartiers|îles|vallées)\b[^.,;:!?\n]{0,40}$"
)
JOINED_PLACE_AFTER: str = r"\s+(?:et|ou)\s+(?:de\s+|du\s+|des\s+|d'|d’|à\s+|en\s+|au\s+)?(?:la\s+|le\s+|l'|l’)?[A-ZÉÈÎ]"
#: A pronoun standing for a place's noun right next to a figure (``58 dans le district de Jajarkot et 37
#: dans celui de Rukum``, ``celui de Rukum 65``): the name after ``celui de`` is the figure's place (group
#: 1), read on the text as written; after the figure (AFTER) or before it (BEFORE).
PRONOUN_PLACE_AFTER: str = (
    r"\s*(?:dans|à|pour)\s+(?:celui|celle|ceux|celles)\s+(?:de\s+|du\s+|d'|d’)(?:la\s+|l'|l’)?"
    r"([A-ZÉÈÎ][\w’'-]*(?:[\s-][A-ZÉÈÎ][\w’'-]*)*)"
)
PRONOUN_PLACE_BEFORE: str = (
    r"(?:^|[\s,;:])(?:celui|celle|ceux|celles)\s+(?:de\s+|du\s+|d'|d’)(?:la\s+|l'|l’)?"
    r"([A-ZÉÈÎ][\w’'-]*(?:[\s-][A-ZÉÈÎ][\w’'-]*)*)\s*,?\s*$"
)

#: Place phrases that mean the whole country rather than a place in it.
NATIONWIDE_CUES: tuple[str, ...] = (
    "toute la france",
    "tout le pays",
    "l'ensemble du pays",
    "dans le pays",
    "au niveau national",
    "sur le territoire",
    "l'ensemble du territoire",
    "tout le territoire",
    "partout en",
    "dans tout le",
)

#: How badly the injured a figure counts were hurt, from its own words (``Douze personnes ont été légèrement
#: blessées``, ``trois blessés graves``): the lightly and the seriously injured are each a population of their
#: own, part of the injured, not a revision of their number. Folded stems, as (severity, stems).
INJURY_SEVERITY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lightly", ("legerement", "blesses legers", "blessees legeres", "blesse leger", "blessee legere")),
    (
        "seriously",
        (
            "grievement",
            "gravement",
            "serieusement",
            "blesses graves",
            "blessees graves",
            "blesse grave",
            "blessee grave",
            "etat grave",
            "urgence absolue",
            # in hospital, the wards of the worst hurt (``Deux patients sont en soins intensifs``)
            "soins intensifs",
            "reanimation",
        ),
    ),
)

#: What says, in a part's own words or clause after them, that the part is a week's (``dont 210 la semaine
#: dernière``), read on folded text; a week said before the whole (``les violences de la semaine dernière ont
#: fait 24 morts, dont cinq mineurs``) dates the event, and the part stays a part of its toll.
PART_WEEK_AFTER: str = r"\bsemaines?\b"

#: What says, in a part's own words, that the part counts the badly hurt (``dont deux graves``, ``dont trois
#: dans un état critique``): with it the story breaks its injured down by severity, and a lightly-hurt count
#: is the other part, not the whole. Folded, read as whole words.
SEVERITY_PART_WORDS: tuple[str, ...] = ("grave", "graves", "critique", "critiques", "grievement", "gravement")

#: The categories whose counts :data:`INJURY_SEVERITY` splits: the injured, and the hospitalized, whose
#: worst hurt (``Deux patients sont en soins intensifs``) are a part of the patients, not a revision of them.
SEVERITY_CATEGORIES: frozenset[str] = frozenset({"injured", "hospitalized"})

#: A figure right after one of these (``52 blessés, dont 9 grièvement``) counts part of another figure's
#: people: it gets a group of its own instead of contradicting the total.
SUBSET_BEFORE = (
    r"(?:\bdont|\bparmi (?:eux|elles|lesquels|lesquelles)|\bparmi ces \w+"
    # ``Parmi les personnes interpellées figurent 12 mineurs``, ``Parmi les blessés, 5 enfants``
    r"|\bparmi (?:les|ces) [^,.;:]{1,40}?(?:,|\s(?:figurent|figuraient|on compte|on dénombre|on recense))"
    # ``Sur les onze personnes interpellées, neuf ont été placées en garde à vue``: a part of a count given
    r"|(?:^|[.!?\n]\s*)sur (?:les|ces) (?:\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)\b)"
    # not a window of time (``Sur les sept derniers jours, 21 décès``)
    r"(?![^,.;:]{0,30}\b(?:derni\w*|jours|semaines|mois|heures|ans|années|nuits)\b)[^,.;:]{1,60}?,)"
    r"\s*,?\s+"
    r"(?:au moins |plus de |près de |environ )?$"
)
#: The words of a part that name its whole (``Parmi les disparus figurent six pêcheurs``, ``Parmi les morts,
#: trois enfants``), read on folded text; group 1 holds the whole's words, whose noun says its kind.
SUBSET_WHOLE_NAMED = (
    r"\bparmi (?:les|ces) ([^,.;:]{1,40}?)(?:,|\s(?:figurent|figuraient|on compte|on denombre|on recense))"
    r"\s*,?\s+(?:au moins |plus de |pres de |environ )?$"
)
#: ...or right before one of these (``400 d'entre elles``).
SUBSET_AFTER = r"^\s*(?:d'entre (?:eux|elles)|parmi (?:eux|elles))"
#: ...or whose clause, from the figure on, says it is among a count (``au moins huit pêcheurs du port figurent
#: parmi les disparus``): the whole named after the part, as ``Parmi les disparus figurent…`` names it before.
#: A verb of being among is needed: ``12 morts parmi les civils`` says whom a toll counts, not a part of one.
SUBSET_AMONG = (
    r"^[^.;:!?\n]{0,60}?\b(?:figurent|figuraient|figureraient|se trouvent|se trouvaient|sont comptés|sont comptées)"
    r"\s+parmi (?:les|ces)\b"
)
#: ...unless a place follows the bare figure (``14 morts, dont 5 dans la province de Cusco``, ``dont 28 000 à
#: Paris``): that part is a place's own count, the one other reports give for the place, not a subset.
#: A verb that moves or keeps the part in the place may come between (``dont deux ont été transférés à
#: Bukavu``): the same place's count as ``dont deux à Bukavu``.
PLACED_PART_AFTER = (
    r"^\s*(?:(?:ont été|sont|avaient été|étaient|ont dû être)\s+"
    r"(?:transféré|évacué|admis|hospitalisé|soigné|conduit|emmené)e?s?\s+)?"
    r"(?:à|au|aux|dans|en|sur|vers)\s"
)
#: The words from a share's number to its whole's (``37 des 41 personnes interpellées``, ``l'un des deux
#: alpinistes disparus``, ``trois des cinq enfants portés disparus``): the noun and its participle after the
#: whole's number count the whole; the verb around the share only tells what befell part of it (freed, found).
SHARE_OF_WHOLE = r"^[^\s,.;:()]+(?:[ \u00a0\u202f][^\s,.;:()]+)?\s+des\s+$"

#: Phrases around a figure whose words do not say whom it counts (``placées en garde à vue``: no guard).
NOT_WHO_PHRASES: tuple[str, ...] = ("gardes à vue", "garde à vue")

#: How a paragraph set in one place opens, before the place's name (``À Toulouse, …``, ``Dans l'Aude, …``),
#: read on folded text.
PARAGRAPH_PLACE_OPENER: str = r"\s*(?:a|au|aux|en|dans)\s+(?:(?:la|le|les)\s+|l')?"

#: What stands right before a place's name to make it a neighbourhood of a city (``le quartier de Planoise``,
#: ``la cité des Tilleuls``), read on folded text: a headline naming it sets the article in the
#: neighbourhood, whose arrests and injured the city's authorities count for the whole city.
DISTRICT_BEFORE: str = r"\b(?:quartier|quartiers|cite|faubourg)\s+(?:de la |de l'|du |des |de |d')?$"

#: Phrases naming the country's capital without its name (``dont 70 000 dans la capitale``): the city the
#: article or the story counts beside the country.
CAPITAL_PHRASES: tuple[str, ...] = ("la capitale",)
#: What, right before a capital phrase (folded), makes the capital the owner of a site or body (``la prison
#: de la capitale``, ``les hôpitaux de la capitale``, ``le maire de la capitale``): the figure counts that
#: site, not the city as a whole, so the phrase is not replaced by the capital's name. A part of the city
#: itself (``le centre de la capitale``, ``les rues de la capitale``) is the city.
CAPITAL_OWNED_BEFORE: str = (
    r"\b(?!(?:centre|centre-ville|coeur|rues?|quartiers?|entree|abords|nord|sud|est|ouest|habitants)\b)"
    r"[^\W\d]+\s+(?:de|des|du)\s*$"
)

#: Country names news writes that the CLDR list (read through ``babel``) spells otherwise.
COUNTRY_NAMES: tuple[str, ...] = (
    "Grande-Bretagne",
    "Angleterre",
    "Écosse",
    "Pays de Galles",
    "Birmanie",
    "Hollande",
    "RDC",
    "RDC Congo",
    "Corée du Nord",
    "Corée du Sud",
    "Palestine",
    "Kosovo",
    "Taïwan",
    "Tchéquie",
    "République tchèque",
    "Kirghizistan",  # (CLDR: ``Kirghizstan``; both are in use)
)

#: Lines that head an article without saying what it reports: section rubrics and flashes (``En Brève``),
#: compared folded (no accents, lower case). Outlet names and bare dates are told apart by shape (too few
#: words, only date words), not listed.
RUBRICS: frozenset[str] = frozenset(
    line.strip()
    for line in """
    en bref|en breve|breves|breve|flash|flash info|a la une|une|direct|en direct|live|actualite|actualites|
    actu|info|infos|international|monde|france|politique|societe|economie|faits divers|sport|sports|culture|
    video|videos|photos|derniere minute|alerte|urgent|exclusif|decryptage|analyse|reportage|
    editorial|opinion|tribune|temoignage|a lire aussi|lire aussi|voir aussi|publicite|mis a jour
    """.split("|")
    if line.strip()
)

#: Words a headline made only of a date uses (``Mardi 27 octobre``): such a line is no title.
DATE_WORDS: frozenset[str] = frozenset(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
    septembre octobre novembre decembre le er publie mis a jour h min
    """.split()
)

#: Disasters by kind, as folded regexes, where one kind in one country within a few days is one event,
#: however an article on it is written (a next-day report on one town's ruins names no place and no
#: person of the first reports). Not floods, fires or landslides: a country has several at once (two
#: floods in two French regions in one week are two stories); not accidents either.
DISASTER_KINDS: dict[str, tuple[str, ...]] = {
    "earthquake": (
        r"seismes?",
        r"tremblements? de terre",
        r"(?:anti)?sismiques?",
        r"secousses? (?:tellurique|principale)s?",
        r"repliques?",
        r"epicentre",
        r"la terre a tremble",
        r"magnitude",
        r"sismolog\w*",
    ),
    "storm": (r"ouragans?", r"cyclones?", r"typhons?", r"tempetes? tropicales?"),
    "eruption": (r"eruptions? volcaniques?", r"eruption du", r"volcans?", r"cendres volcaniques"),
    "tsunami": (r"tsunamis?", r"raz[- ]de[- ]maree"),
    # an outbreak is one story in its country for weeks, its provinces reported one by one; each disease its own
    "cholera": (r"choleras?",),
    "measles": (r"rougeole",),
    "ebola": (r"ebola",),
    "mpox": (r"mpox", r"variole (?:du singe|simienne)"),
    "dengue": (r"dengue",),
}
#: Disasters by kind that strike a place rather than a country: a country has several at once (two
#: floods in two regions in one week), but one kind in one place within a few days is one event. A report
#: of such a disaster belongs to the story of the same kind whose lasting places it names (``Braga``, the
#: first report's town, named again by the report on aid), however its words have drifted. Folded regexes.
LOCAL_DISASTER_KINDS: dict[str, tuple[str, ...]] = {
    "flood": (r"inondations?", r"crues?", r"decrues?", r"inonde(?:e|s|es)?", r"submerge(?:e|s|es)?"),
    "wildfire": (
        r"(?:feux?|incendies?) de (?:forets?|vegetation|broussailles|garrigue|maquis|pinede)",
        r"megafeux?",
        r"canadairs?",
        r"bombardiers? d'eau",
        r"hectares de (?:forets?|vegetation|pinede|broussailles|garrigue)",
        r"hectares (?:\w+ )?(?:brules|parcourus|ravages|partis en fumee)",
        # the toll of a fire told with its verb first (``le feu a déjà parcouru 1 100 hectares``)
        r"(?:a|ont|avait|avaient) (?:deja )?(?:parcouru|brule|ravage) (?:\w+ ){0,3}\d[\d ]* hectares",
        r"en voie de fixation",
    ),
    "landslide": (r"glissements? de terrain", r"coulees? de boue"),
    # a spill into a river or onto a coast: one stretch of water, followed for days by its dead fish, its
    # drinking-water bans and its complaints, in words its first report never used
    "pollution": (
        r"pollutions? (?:de la |des |du |d'une? |de l')?(?:riviere|fleuve|eaux|cours d'eau|nappe|plage|littoral|"
        r"etang|lac|canal|estuaire|sols?)",
        r"(?:rivieres?|fleuves?|cours d'eau|eaux|nappes?|plages?|etangs?|lacs?) polluee?s?",
        r"deversements?",
        r"(?:s'est|se sont|s'etait|s'etaient) deverse(?:e|s|es)?",
        r"mortalite piscicole",
        r"poissons? morts",
        r"marees? noires?",
        r"nappes? d'hydrocarbures",
        r"fuites? (?:de|d') (?:produits? (?:chimiques?|toxiques?)|solvants?|hydrocarbures?|fioul|petrole|gazole|"
        r"mazout|acide)",
        r"eau (?:du robinet )?(?:interdite|impropre) a la consommation",
        r"interdiction de (?:boire|consommer) l'eau",
    ),
    # snow slides in one massif; not the figure of speech (``une avalanche de critiques``)
    "avalanche": (
        r"avalanches?(?! d(?:e |')(?:critiques|reactions|messages|plaintes|commentaires|insultes|demandes|appels))",
        r"coulees? de neige",
        r"plaques? a vent",
    ),
    # not a disaster, but as local and as lasting: riots go on night after night in one town, and each
    # night's report tells new damage, new names and new measures (a curfew, reinforcements, a toll)
    "riots": (r"emeutes?", r"emeutiers?", r"violences urbaines", r"nuits? de violences"),
}
#: One-off incidents by kind: one place, one day. A follow-up (the suspect charged, the witnesses) shares
#: few words with the first reports, but tells of the same kind of incident at the same place on the same
#: day (``l'homme qui avait retenu quatre personnes lundi dans une banque lyonnaise``); two shootings in
#: one city on two days are two stories. Folded regexes.
INCIDENT_KINDS: dict[str, tuple[str, ...]] = {
    "hostage": (r"prises? d'otages?", r"preneurs? d'otages?", r"pris en otages?", r"retenus? en otages?"),
    "shooting": (
        r"fusillades?",
        r"tueries?",
        r"tireurs?",
        r"(?:tue|blesse|abattu)e?s? par balles?",
        r"tirs? d'armes?(?: a feu| automatiques?)?",
        r"(?:ont|a) ouvert le feu",
    ),
    "stabbing": (r"attaques? au couteau", r"agressions? au couteau", r"coups? de couteau"),
    "bombing": (r"attentats?", r"engins? explosifs?", r"voitures? piegees?"),
    "explosion": (r"explosions? (?:de gaz|d'une?|dans|a |au |s'est produite)", r"deflagrations?"),
    "collapse": (r"effondrements?", r"s'est effondre(?:e|s|es)?"),
    "crash": (r"crash", r"s'est ecrase(?:e|s|es)?", r"catastrophes? aeriennes?"),
    "derailment": (r"deraill\w+",),
    # a boat lost at sea: one boat, one night, whether told as a sinking or a capsizing
    "shipwreck": (
        r"naufrages?",
        r"chavirages?",
        r"(?:a|ont|avait|avaient|qui a) chavire",
        r"chavirent",
        r"(?:a|ont|avait|avaient) sombre",
        r"(?:bateau|chalutier|navire|voilier|canot|embarcation|ferry)s? (?:a |qui a )?(?:chavire|coule)",
    ),
    # a coach or a car off the road: one road, one day, however its follow-ups name it (``l'autocar
    # accidenté lundi``, ``la chute de leur car``)
    "road_crash": (
        r"accidents? (?:de la route|de la circulation|routiers?)",
        r"accidents? (?:de|d'un|d'une|du) (?:car|autocar|bus|minibus|camion|poids lourd|voiture)s?",
        r"(?:car|autocar|bus|minibus|camion|poids lourd|voiture)s? accidentee?s?",
        r"chutes? (?:de|d'|du) (?:leur |son |sa |l'|un |une |d'un )?(?:car|autocar|bus|minibus|camion)",
        r"sorties? de route",
        r"(?:a|ont|avait|avaient) quitte la route",
        r"carambolages?",
        r"collisions? (?:frontale|entre)",
    ),
}
#: What comes right before an incident's words in a sentence that tells another day's news and recalls the
#: incident (``une semaine après la chute de l'autocar``, ``au lendemain de la fusillade``): that sentence
#: reports the news of its own day (an indictment, a homage), not an incident on it. A folded regex, matched
#: at the end of the text before the cue.
RECALLED_INCIDENT_BEFORE: str = (
    r"\b(?:apres|depuis|suite a|a la suite|au lendemain|a l'origine) (?:de |d'|du |des )?"
    r"(?:la |le |l'|les |leur |son |sa |ses |cette |ce )?$"
)
#: What comes right before a day in a lead that dates the report of the news, not the news itself (``le
#: bilan du naufrage s'élève à douze morts, a annoncé ce mardi la police``, ``ont indiqué lundi les
#: secours``): a follow-up's lead tells its toll update on the day it is announced, and that day is not
#: the incident's. A folded regex, matched at the end of the text before the day (its ``ce`` included).
REPORTED_DAY_BEFORE: str = (
    r"\b(?:a|ont|avait|avaient|a-t-il|a-t-elle|ont-ils|ont-elles) "
    r"(?:annonce|indique|precise|declare|affirme|confirme|rapporte|signale|communique|assure|explique"
    r"|ajoute|fait savoir|fait etat)e?s?,? (?:ce |cet |cette )?$"
)
#: Words of a disaster's aftermath, whatever the disaster (rescue, ruins, aid, rebuilding): a report that
#: names no disaster but uses :data:`AFTERMATH_MIN` of these (``les sauveteurs fouillent les décombres de
#: Manta``) belongs to the one disaster story of its places or country in the window. Folded regexes.
AFTERMATH_CUES: tuple[str, ...] = (
    r"decombres",
    r"gravats",
    r"survivante?s?",
    r"rescapee?s?",
    r"sinistree?s",
    r"sauveteurs?",
    r"secouristes?",
    r"(?:equipes?|operations?) de (?:secours|sauvetage)",
    r"hopita(?:l|ux) de campagne",
    r"aides? d'urgence",
    r"sans[- ]abris?",
    r"reconstruction",
    r"bilan (?:humain|provisoire|officiel)",
    # a toll rising, whatever struck (``le bilan s'alourdit à cinq morts``, ``portant le bilan à 23 morts``)
    r"bilan (?:\w+ )?(?:s'alourdit|s'est alourdi|est passe a|passe a|a ete porte|atteint desormais)",
    r"port(?:e|ent|ant|era) (?:le|ce) bilan",
)
#: What comes right before a place's name (``à Omdourman``, ``au Kenya``, ``près de Karditsa``): a name the parser
#: typed as a person or an organisation there, which the gazetteer knows, is a place. Not ``de``, after which a
#: person is as likely (``l'arrestation de X``). A folded regex, matched at the end of the text before the name.
PLACE_BEFORE: str = r"(?:^|\s)(?:a|au|aux|en|pres de|pres d')\s*$"
#: A headline's kicker, the place or topic printed before its colon (``Grèce : un séisme frappe la Crète``): the
#: parser often types no entity there, at the head of a line, yet a country or a region named so is where the
#: news happened. A regex whose group ``kicker`` is the name, as written.
HEADLINE_KICKER: str = r"^(?P<kicker>[^:]{2,40}?)\s*:\s"
#: Distinct aftermath cues a report must use to be read as one (one alone, ``sinistrés``, says little).
AFTERMATH_MIN = 2
#: After a disaster cue, a year: another disaster, named for comparison (``le séisme de 1999``).
DISASTER_OF_YEAR: str = r"\s+(?:de|d'|en)\s*(?:1[5-9]|20)\d\d\b"

#: Words of events that recur on set days (a strike day, a march): two of them a week apart on one theme
#: are two stories, however alike their reports are (``nouvelle journée de grève mardi 18 mars``). Folded
#: regexes.
DAY_EVENT_CUES: tuple[str, ...] = (
    r"greves?",
    r"grevistes?",
    r"manifestations?",
    r"manifestants?",
    r"journees? (?:d'action|de mobilisation)",
    r"rassemblements?",
    r"corteges?",
    r"defiles?",
)

#: Families of events, by the words a report of one uses whatever its turn (the attack, the claim, the systems
#: restored; the search, the body found, the autopsy): a report and a story that lead with the same victim or
#: target (a hospital, a missing man) and use words of one family report one event, however few other words
#: they share. Folded regexes.
EVENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "cyberattack": (
        r"cyberattaques?",
        r"cyber-attaques?",
        r"attaques? informatiques?",
        r"piratages?",
        r"pirates? informatiques?",
        r"groupes? de pirates",
        r"hackers?",
        r"rancongiciels?",
        r"ransomwares?",
        r"logiciels? malveillants?",
        r"fuites? de donnees",
        r"cybercriminel\w*",
    ),
    "death": (
        r"morte?s?",
        r"deces",
        r"decedee?s?",
        r"tuee?s?",
        r"corps sans vie",
        r"le corps",
        r"depouilles?",
        r"autopsies?",
        r"obseques",
        r"funerailles",
        r"hommages?",
        r"noyee?s?",
    ),
    "disappearance": (r"disparue?s?", r"disparitions?", r"portee?s? disparue?s?", r"recherches"),
    "injury": (r"blessee?s?", r"blessures?", r"agressee?s?", r"agressions?", r"hospitalisee?s?"),
}
#: Kinds of news a company, a club or a court makes, by the words a headline or a lead sentence tells them
#: with: one company's recall and its job cuts a month apart are two stories, though every name is shared;
#: a closure and its severance plan, a bid and a signing, a trial's opening and its verdict are one. A report
#: a month from its story joins only when they tell one kind, if both tell one. Folded regexes.
NEWS_KINDS: dict[str, tuple[str, ...]] = {
    "recall": (
        r"rappell?(?:e|ent|ee?s?)? (?:\d[\d ]*|plus de|pres de)",
        r"rappels? (?:de|des|d'un|d'une) (?:\d[\d ]*|vehicules|voitures|produits|lots|modeles|appareils)",
        r"campagnes? de rappel",
        r"defauts? de fabrication",
    ),
    "job_cuts": (
        r"suppressions? (?:de )?(?:\d[\d ]* )?(?:postes|emplois)",
        r"supprimer (?:\d[\d ]* )?(?:postes|emplois)",
        r"licenciements?",
        r"plans? (?:social|sociaux|de depart|de departs|de sauvegarde de l'emploi)",
        r"(?:fermeture|fermer) (?:de |d'|du )?(?:son |sa |ses |l'|la |le )?(?:usine|site|sucrerie|acierie|papeterie)",
    ),
    "results": (
        r"benefices? (?:net|nets|record|annuel|semestriel|trimestriel)",
        r"chiffres? d'affaires",
        r"pertes? (?:nette|annuelle|semestrielle|trimestrielle)s?",
        r"resultats (?:annuels|semestriels|trimestriels|financiers)",
    ),
    "takeover": (
        r"rachats?",
        r"racheter",
        r"rachete(?:e|s|es|nt)?",
        r"fusions?",
        r"offres? publiques? d'achat",
    ),
    "transfer": (r"transferts?", r"mercato", r"s'engage (?:avec|pour|jusqu'en)"),
    "trial": (
        r"proces(?!-verba)",
        r"assises",
        r"tribunal correctionnel",
        r"condamnee?s? a",
        r"relaxee?s?",
        r"acquittee?s?",
        r"requisitoire",
        r"verdict",
    ),
}
#: Sites an event strikes, named after their town (``le CHU de Lille``, ``l'université de Limoges``): a report
#: that leads with one is about what befell it (a cyberattack, a fire), and its follow-ups lead with it again.
SITE_WORDS: tuple[str, ...] = tuple(
    word.strip()
    for word in """hôpital|hôpitaux|chu|chr|centre hospitalier|clinique|maternité|ehpad|université|faculté|
    lycée|collège|école|mairie|hôtel de ville|usine|raffinerie|entrepôt|centrale|gare|aéroport|prison|
    maison d'arrêt|stade|musée|théâtre|cathédrale|église|mosquée|synagogue|supermarché|hypermarché|
    centre commercial""".split("|")
)
#: What joins a site's word to its town (``de``, ``d'``, ``du``), as a regex after the site's word.
SITE_TOWN_LINK: str = r"(?:de\s+|d'|du\s+)"
#: Roles that make a person an official speaking of an event rather than its victim (``le maire, X``, ``X,
#: porte-parole de la préfecture``): a name near one of these anchors no story.
ROLE_WORDS: tuple[str, ...] = tuple(
    """président présidente ministre ministres préfet préfète maire procureur procureure porte-parole député
    députée sénateur sénatrice chef cheffe secrétaire commissaire directeur directrice dirigeant dirigeante
    patron patronne responsable commandant colonel général capitaine lieutenant avocat avocate syndicaliste
    délégué déléguée représentant représentante ambassadeur ambassadrice""".split()
)

#: Time words the parser may glue to a figure's counted noun (``huit blessés mardi``, ``17 blessés dimanche
#: soir``): they say when, not whom, so a noun that is only a toll's with them still counts the people the
#: figure before counted (``douze soldats tués et huit blessés mardi``: eight soldiers).
SUBJECT_TIME_WORDS: frozenset[str] = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin aube midi après-midi soir soirée nuit veille".split()
)

#: Words of a displaced count's own clause saying the people were moved before the disaster came (``avant
#: l'arrivée du cyclone``): those evacuated ahead are a figure of their own, not an early count of the people
#: the disaster drove from home. Not ``à titre préventif`` alone: people moved as a precaution once a river
#: has burst its banks are the flood's displaced. Read on folded text.
MOVED_AHEAD: str = r"\bavant (?:l'arrivee|le passage|l'impact|que (?:le|la|l'))"

#: A dispatch's dateline at the start of its line (``ANTANANARIVO, 11 fév 2026 (AFP) -``, ``LE CAIRE
#: (Reuters) —``): the town in capitals (group 1), an optional date after a comma, the agency in brackets,
#: a dash. A figure's place that is only this town is where the wire was filed, not what it counts.
DATELINE_PLACE: str = (
    r"[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]*[A-ZÀ-ÖØ-Þ])[ \t]*(?:,[^\n()]{0,40})?\([^()\n]{1,30}\)[ \t]*(?:[-–—]|--)"
)

#: Words before a figure, in its sentence, that make it a source's own count set against the last figure of
#: its kind (``La mairie maintient son propre chiffre de 14 victimes``, ``leur propre décompte fait état de``):
#: it counts what that figure counts, at its place. Not ``de son côté`` / ``pour sa part``: a source's count
#: given after a part (``dont 28 000 à Paris. La CGT revendique de son côté 1,2 million``) is often the
#: whole's. Read on folded text.
OWN_COUNT_BEFORE: str = r"\b(?:son|sa|leurs?) propres? (?:chiffre|bilan|decompte|comptage|estimation|total)s?\b"

#: A relative clause set between commas after a noun (``Le bilan des feux, qui avaient éclaté le 13 août,
#: s'établit à cinq morts``): it describes the noun, so its tense and date are not the figure's.
RELATIVE_ASIDE: str = r",\s*(?:qui|dont|lesquels|lesquelles|lequel|laquelle)\b[^,.;:!?\n]*,"

#: Words right before a victim figure of one that tell one person's death or body (``Le corps d'un
#: homme``, ``le décès à l'hôpital d'une femme``, ``la dépouille d'un randonneur``): one victim of the
#: toll, a part of it. Read on folded text.
ONE_VICTIM_BEFORE: str = r"\b(?:corps|deces|mort|depouille|cadavre)\b[^,.;:!?\n]{0,30}\bd'\s*$"

#: How the words before a bare number end when ``en`` stands for the noun of the figure before it in the
#: sentence (``la préfecture attribue six décès à la ville, quand la mairie en compte dix``, ``l'ONG en
#: recense 16``): the number counts what that figure counts. Not an ellipsis (``la police six``), whose
#: source may count a wider scope. Read on folded text.
#: The qualifier words a figure may open with before its number (``au moins 20``, ``plus de 300``, ``près de
#: 40``): a figure of a qualifier and a number alone is still a bare number (read on folded text).
QUALIFIER_LEAD: str = r"^(?:au moins|plus de|pres de|environ|quelque|moins de|au plus|tout au plus)\s+"
EN_COUNT_BEFORE: str = r"\ben\s+[^\W\d_]+\s+(?:[«\"“]\s*)?(?:au moins |plus de |pres de |environ )?$"

#: What joins a toll of another kind to the figure before it (``Quatre soldats ont été tués et cinq blessés``):
#: the same event's other count, at its place.
JOINED_TOLL_GAP: str = r"\s*(?:,\s*)?et\s+"
#: What sets a smaller place inside a wider one right after its name, in an aside opened by a comma or a
#: parenthesis (read on folded text, the smaller place's name before it, the wider one's after): ``Porga, dans
#: la commune de Materi (departement de l'Atacora)``, ``Kwahaslalek, un village de la zone de Mangu``,
#: ``l'hopital Laquintinie, le principal etablissement de Douala``, ``Tawila, au Darfour-Nord``. A few words may
#: come before the preposition (a village, a town, the district of), none that ends the clause; a bare ``a``
#: right after the comma is left out: ``a Lyon, a Marseille`` lists two places, it sets neither in the other.
PLACE_WITHIN_ASIDE: str = (
    r"\s*[,(]\s*(?:(?:[^\W\d_]+['\s(]+){1,8}?(?:a|au|aux|en|dans|de|du|des|d)|au|aux|en|dans)"
    r"[\s']+(?:(?:la|le|les|l)[\s']+)?"
)

#: A site's navigation trail as a page's first line (``Accueil > International > Asie``, ``Monde » Europe``):
#: rubrics separated by arrows or chevrons, not a headline; the last rubric names a desk, not the place the
#: article's figures count.
NAVIGATION_TRAIL: str = r"\S\s+(?:>|»|›|/)\s+\S.*\s(?:>|»|›|/)\s+\S|^\s*(?:Accueil|Home)\s*(?:>|»|›|/)"
