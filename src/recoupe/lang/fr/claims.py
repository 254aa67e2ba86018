"""What French news counts: the nouns and verbs that say a figure is of people killed, injured, arrested…

Data only; :mod:`recoupe.analyze.claims` reads these tables. Words are lowercase; nouns are listed in
the forms news writes (singular and plural), verbs by lemma. Another language mirrors the names.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Nouns (and nominal participles) that name the category themselves: ``300 morts``, ``des blessés``.
CATEGORY_NOUNS: dict[str, frozenset[str]] = {
    "killed": _words(
        "mort morts morte mortes tué tués tuée tuées victime victimes décès décédé décédés "
        "cadavre cadavres corps péri péris périe péries"
    ),
    "injured": _words("blessé blessés blessée blessées"),
    "hospitalized": _words("hospitalisé hospitalisés hospitalisée hospitalisées hospitalisation hospitalisations"),
    "arrested": _words(
        "détenu détenus détenue détenues interpellé interpellés interpellée interpellées "
        "interpellation interpellations arrestation arrestations arrêté arrêtés arrêtée "
        "arrêtées prisonnier prisonniers prisonnière prisonnières gardé gardés"
    ),
    "participants": _words(
        "manifestant manifestants manifestante manifestantes émeutier émeutiers "
        "émeutière émeutières protestataire protestataires gréviste grévistes casseur "
        "casseurs attaquant attaquants assaillant assaillants insurgé insurgés "
        "participant participants participante participantes marcheur marcheurs marcheuse marcheuses "
        "contestataire contestataires "
        "pillard pillards "
        # a crowd's size (``70 000 spectateurs``, ``des milliers de festivaliers``)
        "spectateur spectateurs spectatrice spectatrices festivalier festivaliers festivalière festivalières "
        # the faithful at a gathering (``des milliers de fidèles se sont pressés``, ``deux millions de pèlerins``)
        "fidèles pèlerins pèlerines"
    ),
    "troops": _words(
        "soldat soldats militaire militaires troupe troupes parachutiste parachutistes "
        "policier policiers policière policières gendarme gendarmes crs agent agents "
        "réserviste réservistes casque casques effectif effectifs "
        # the members of a force (``une centaine d'éléments des forces spéciales déployés``)
        "élément éléments"
    ),
    "displaced": _words(
        "déplacé déplacés déplacée déplacées évacué évacués évacuée évacuées réfugié "
        "réfugiés réfugiée réfugiées sinistré sinistrés sinistrée sinistrées sans-abri "
        "délogé délogés relogé relogés exilé exilés"
    ),
    # people trapped or buried whose fate is unknown (``28 mineurs restent bloqués au fond``, ``dix personnes
    # encore ensevelies``) are unaccounted for; only plural forms: ``ont bloqué la route`` is no count
    "missing": _words(
        "disparu disparus disparue disparues bloqués bloquées coincés coincées ensevelis ensevelies "
        "emmurés emmurées introuvables "
        # abductions counted (``30 enlèvements de journalistes``): the people taken, unaccounted for
        "enlèvements"
    ),
}

#: Categories a noun gives only with a cue: ``4 000 policiers déployés`` is ``troops``, ``18 policiers ont
#: été tués`` is ``killed``, and ``des dizaines de soldats sont entrés sur la place`` counts nothing
#: (forces are counted when they are deployed, not whenever they are mentioned).
WEAK_NOUN_CATEGORIES: frozenset[str] = frozenset({"troops"})

#: Category nouns that ``un``/``une`` counts (``un mort et trois blessés``); elsewhere ``un`` is taken for
#: the article (``un corps a été aperçu``) unless a verb says what happened (``un policier a été tué``).
ARTICLE_COUNT_NOUNS: frozenset[str] = _words("mort morte tué tuée blessé blessée disparu disparue")
#: What an indefinite article follows when it is a complement's (``des membres d'un gang ont été lynchés``): with
#: a plural verb, the verb counts another noun, and ``un`` is no figure.
ARTICLE_COMPLEMENT_LINKS: frozenset[str] = _words("de d'")
#: Nouns of a person's kin or remains before ``d'un``/``d'une`` (``la mère d'un soldat tué``, ``le corps d'une
#: femme de 79 ans``): the article names the one person they belong to, it counts no one.
RELATIVE_NOUNS: frozenset[str] = _words(
    """corps dépouille mère père veuve veuf épouse mari femme fils fille frère sœur soeur oncle tante cousin
    cousine famille proches parents"""
)

#: The preposition that opens what a counted crowd was doing (``Ils étaient 300, jeudi, à défiler``).
INFINITIVE_LINKS: frozenset[str] = _words("à")

#: Nouns of people with no category of their own: the verb decides (``10 000 personnes arrêtées``).
PEOPLE_NOUNS: frozenset[str] = _words(
    """personne personnes gens individu individus civil civils habitant habitants enfant enfants femme
    femmes homme hommes adulte adultes mineur mineurs jeune jeunes étudiant étudiants étudiante étudiantes
    membre membres citoyen citoyens ressortissant ressortissants touriste touristes migrant migrants
    ouvrier ouvriers travailleur travailleurs employé employés salarié salariés journaliste journalistes
    élève élèves fidèle fidèles passager passagers criminel criminels bandit bandits terroriste
    terroristes militant militants opposant opposants supporter supporters supporteur supporteurs
    jihadiste jihadistes djihadiste djihadistes combattant combattants rebelle rebelles islamiste
    islamistes suspect suspects villageois résident résidents riverain riverains mineure mineures
    adolescent adolescents adolescente adolescentes bébé bébés patient patients secouriste secouristes
    pompier pompiers sauveteur sauveteurs membres garde gardes fonctionnaire fonctionnaires âme âmes
    partisan partisans sympathisant sympathisants syndicaliste syndicalistes agriculteur agriculteurs
    enseignant enseignants infirmier infirmiers médecin médecins prêtre prêtres soignant soignants
    policier policiers gendarme gendarmes soldat soldats militaire militaires famille familles ménage
    ménages foyer foyers proche proches vacancier vacanciers visiteur visiteurs voyageur voyageurs
    randonneur randonneurs
    spectateur spectateurs pèlerin pèlerins automobiliste automobilistes piéton piétons occupant occupants
    campeur campeurs alpiniste alpinistes skieur skieurs baigneur baigneurs plongeur plongeurs pêcheur
    pêcheurs marin marins mineur mineurs détenue détenues prisonnier prisonniers otage otages
    rescapé rescapés rescapée rescapées survivant survivants survivante survivantes naufragé naufragés
    passeur passeurs trafiquant trafiquants responsable responsables dirigeant dirigeants directeur
    directeurs gérant gérants cadre cadres
    mère mères père pères parent parents épouse épouses mari maris veuve veuves sœur sœurs soeur soeurs frère frères"""
)

#: Words after a figure that say it counts no one (``81 ans``, ``50 %``, ``10 jours``): always ``other``.
NOT_COUNTED: frozenset[str] = _words(
    """% pour pourcent an ans année années jour jours journée journées heure heures h minute minutes seconde
    secondes semaine semaines mois décennie décennies siècle siècles fois km kilomètre kilomètres mètre
    mètres m cm kg gramme grammes tonne tonnes litre litres baril barils degré degrés point points
    euro euros € dollar dollars $ usd eur tenge tenges rouble roubles livre livres franc francs yuan
    yuans milliard milliards million millions voiture voitures véhicule véhicules bâtiment bâtiments
    maison maisons immeuble immeubles logement logements magasin magasins commerce commerces école
    écoles hôpital hôpitaux village villages ville villes région régions pays article articles page pages
    kilo kilos hectare hectares vol vols arme armes balle balles tir tirs coup coups magnitude échelle
    mw ml richter exemplaire exemplaires vote votes voix siège sièges rang place places numéro
    camion camions avion avions navire navires char chars blindé blindés pièce pièces incendie incendies
    feu feux poubelle poubelles dégradation dégradations étage étages tracteur tracteurs engin engins
    bateau bateaux embarcation embarcations drone drones missile missiles roquette roquettes obus
    hélicoptère hélicoptères dose doses"""
)

#: Words before a figure that make it a label, not a count (``Non. 2``, ``n° 3``, ``article 12``).
NOT_COUNTED_BEFORE: frozenset[str] = _words(
    "non n° no numéro article page chapitre tome paragraphe alinéa niveau phase numéro° °"
)

#: Words before a figure that set it against a count before it, which is no label though it ends in ``non``:
#: ``a fait 21 morts, et non 23 comme annoncé`` gives the count it corrects, of the same people.
CORRECTION_LINKS: frozenset[str] = frozenset({"et non", "mais non"})

#: Openings of a clause that supposes rather than reports (``tant qu'il restera un seul disparu``): a figure
#: in it counts no one. ``si`` is not one: ``si la police compte 12 morts, l'ONG en recense 30`` reports both.
HYPOTHETICAL_OPENERS: frozenset[str] = frozenset(
    {"tant que", "tant qu'", "jusqu'à ce que", "jusqu'à ce qu'", "au cas où", "si jamais", "pour peu que"}
    | {"pour peu qu'"}
)

#: Verbs (lemmas) whose patient is counted in a category: ``ont été tués``, ``a arrêté 300 personnes``.
PATIENT_VERBS: dict[str, str] = {
    "tuer": "killed",
    "abattre": "killed",
    "liquider": "killed",
    "éliminer": "killed",
    "exécuter": "killed",
    "massacrer": "killed",
    "assassiner": "killed",
    "neutraliser": "killed",
    "fusiller": "killed",
    "décapiter": "killed",
    "lyncher": "killed",
    "blesser": "injured",
    # harm short of a wound named as such: ``deux sauveteurs intoxiqués``, ``14 reporters agressés``, ``30
    # personnes soignées sur place`` (treated, hence hurt)
    "intoxiquer": "injured",
    "agresser": "injured",
    "soigner": "injured",
    "toucher": "injured",
    "hospitaliser": "hospitalized",
    "arrêter": "arrested",
    "interpeller": "arrested",
    "détenir": "arrested",
    "incarcérer": "arrested",
    "emprisonner": "arrested",
    "écrouer": "arrested",
    "appréhender": "arrested",
    "capturer": "arrested",
    "inculper": "arrested",
    "placer": "arrested",
    "interner": "arrested",
    # escaped prisoners caught again (``18 évadés ont été repris``, ``la police a rattrapé 40 fugitifs``): people
    # only, as ``reprendre`` takes towns and work too
    "reprendre": "arrested",
    "rattraper": "arrested",
    "évacuer": "displaced",
    "déplacer": "displaced",
    "reloger": "displaced",
    "déloger": "displaced",
    "héberger": "displaced",
    "mettre à l'abri": "displaced",
    "déployer": "troops",
    "envoyer": "troops",
    "dépêcher": "troops",
    "mobiliser": "troops",
    "engager": "troops",
    "positionner": "troops",
    "masser": "troops",
    "stationner": "troops",
    # people sought after a disaster (``trois randonneurs sont toujours recherchés``) are unaccounted for
    "rechercher": "missing",
    # people taken away by force (``huit militants ont été enlevés``, ``les ravisseurs ont kidnappé deux
    # ingénieurs``) are unaccounted for until freed; people only, as ``enlever`` takes rubble and cars too
    "enlever": "missing",
    "kidnapper": "missing",
    "séquestrer": "missing",
    "disperser": "participants",
    "réunir": "participants",
    "rassembler": "participants",
    "attirer": "participants",
    "gazer": "participants",
}

#: Verbs (lemmas) of a place holding people (``la prison, qui compte 8 000 détenus``, ``abrite 300 prisonniers``):
#: the detainees they count are its inmates, not people arrested in the event.
HOLDING_VERBS: frozenset[str] = frozenset({"compter", "abriter", "accueillir", "héberger", "totaliser"})
#: The people such a place holds (not ``interpellations``: ``la police compte 120 interpellations`` are arrests).
HELD_NOUNS: frozenset[str] = _words("détenu détenus détenue détenues prisonnier prisonniers prisonnière prisonnières")
#: Verbs (lemmas) of inmates leaving or moved out of their prison (``des centaines de détenus se sont évadés``,
#: ``300 détenus ont été transférés``, ``libérant 400 prisonniers``): they were held before the event, which
#: arrests none of them.
INMATE_MOVE_VERBS: frozenset[str] = _words("évader échapper enfuir fuir transférer libérer relâcher extraire")

#: Patient verbs that also take things (``évacuer 3 bâtiments``, ``envoyer 2 500 tonnes``): they give a
#: category only when the figure counts people (a people noun, or no noun at all).
PEOPLE_ONLY_VERBS: frozenset[str] = frozenset(
    {
        "évacuer",
        "déplacer",
        "déployer",
        "envoyer",
        "dépêcher",
        "mobiliser",
        "engager",
        "positionner",
        "masser",
        "stationner",
        "réunir",
        "rassembler",
        "attirer",
        "toucher",
        "placer",
        "abattre",
        "héberger",
        "capturer",
        "détenir",
        "éliminer",
        "neutraliser",
        "reprendre",
        "rattraper",
        "enlever",
        "kidnapper",
        "séquestrer",
    }
)

#: Patient verbs that harm their object only when a weapon or a blast is their subject: ``les tirs ont touché
#: trois passants`` wounded them, ``la campagne a touché deux millions de personnes`` reached them.
WEAPON_ONLY_VERBS: frozenset[str] = frozenset({"toucher"})
WEAPON_NOUNS: frozenset[str] = _words(
    """tir tirs balle balles obus éclat éclats roquette roquettes missile missiles frappe frappes explosion
    explosions bombe bombes grenade grenades projectile projectiles drone drones engin engins attaque attaques"""
)

#: Verbs of forces deployed that, of other people, say they protest: ``4 000 gendarmes mobilisés`` are
#: troops, ``des milliers d'agriculteurs mobilisés`` a crowd (but see :data:`DEPLOYED_PEOPLE_NOUNS`).
PROTEST_DEPLOY_VERBS: frozenset[str] = frozenset({"mobiliser"})

#: People who are deployed, not protesting, when mobilised: ``300 pompiers mobilisés``.
DEPLOYED_PEOPLE_NOUNS: frozenset[str] = _words(
    """pompier pompiers secouriste secouristes sauveteur sauveteurs bénévole bénévoles soignant soignants
    médecin médecins infirmier infirmiers infirmière infirmières volontaire volontaires réserviste réservistes"""
)

#: Nouns before ``de`` + figure that say what it counts: ``le déploiement de 45 000 policiers``,
#: ``l'arrestation de 300 personnes``, ``une manifestation de 3 000 personnes``.
NOMINAL_CUES: dict[str, str] = {
    "déploiement": "troops",
    "envoi": "troops",
    "renfort": "troops",
    "renforts": "troops",
    "contingent": "troops",
    # a body of forces by its size (``une garnison de 150 hommes``, ``une force de 5 000 hommes``)
    "garnison": "troops",
    "force": "troops",
    "dispositif": "troops",
    "arrestation": "arrested",
    "arrestations": "arrested",
    "interpellation": "arrested",
    "interpellations": "arrested",
    "détention": "arrested",
    "perte": "killed",
    "pertes": "killed",
    "incarcération": "arrested",
    "mort": "killed",
    "décès": "killed",
    "meurtre": "killed",
    "massacre": "killed",
    "exécution": "killed",
    "hospitalisation": "hospitalized",
    "évacuation": "displaced",
    "déplacement": "displaced",
    "exode": "displaced",
    "disparition": "missing",
    "manifestation": "participants",
    "manifestations": "participants",
    "rassemblement": "participants",
    "rassemblements": "participants",
    "cortège": "participants",
    "foule": "participants",
    "mobilisation": "participants",
    "marche": "participants",
    "défilé": "participants",
}

#: Nouns of the dead that take the counted people as their complement: ``les corps de cinq personnes
#: portées disparues`` counts dead, whatever the verb after says the people were before.
REMAINS_NOUNS: frozenset[str] = _words("corps cadavres dépouilles restes")
#: Verbs (lemmas) of people taken or lost coming back (``deux otages enlevés en mars ont été libérés``,
#: ``les disparus ont été retrouvés sains et saufs``): said of people a participle counts, they are no longer
#: unaccounted for.
RELEASE_VERBS: frozenset[str] = _words("libérer relâcher relaxer retrouver échapper évader")

#: Demonstratives that take up a remains noun before them (``parmi les corps figurent ceux de trois
#: otages``, ``onze dépouilles, dont celles de deux enfants``): the people after them are dead too.
REMAINS_PRONOUNS: frozenset[str] = _words("ceux celles")

#: Verbs (lemmas) whose subject is counted in a category: ``des centaines de personnes manifestaient``.
SUBJECT_VERBS: dict[str, str] = {
    "mourir": "killed",
    "périr": "killed",
    "décéder": "killed",
    "succomber": "killed",
    "manifester": "participants",
    "défiler": "participants",
    "protester": "participants",
    "marcher": "participants",
    "rassembler": "participants",
    "réunir": "participants",
    "participer": "participants",
    "attaquer": "participants",
    "piller": "participants",
    "occuper": "participants",
    "converger": "participants",
    "bloquer": "participants",
    "affronter": "participants",
    "fuir": "displaced",
    "disparaître": "missing",
    "manquer": "missing",  # ``35 personnes manquent toujours``; not ``manquer de`` (:data:`LACK_VERBS`)
    # reflexive (``se masser``, ``se réfugier``): the subject gathers or flees itself
    "masser": "participants",
    "mobiliser": "participants",  # ``3 000 pêcheurs se sont mobilisés``; ``ont été mobilisés`` stays troops
    "réfugier": "displaced",
}

#: Endings of a past participle (``détenus``, ``hospitalisées``, ``morts``): a category word set right after a
#: people noun qualifies it only as a participle (``personnes détenues``), not as a noun in apposition
#: (``mineurs prisonniers des galeries`` are trapped, not jailed).
PARTICIPLE_ENDINGS: tuple[str, ...] = tuple(
    f"{stem}{tail}" for stem in ("é", "u", "i", "t") for tail in ("", "s", "e", "es")
)

#: Subject verbs that mean *to lack* when a ``de`` complement follows them: ``300 familles manquent de
#: tout`` lack something, ``35 personnes manquent toujours`` are missing.
LACK_VERBS: frozenset[str] = frozenset({"manquer"})
LACK_PREPOSITIONS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des"})

#: Verbs (lemmas) of people sought, and the nouns of the wanted that they do not count as missing: ``trois
#: randonneurs restent recherchés`` are unaccounted for, ``deux suspects sont recherchés`` (or ``deux autres``
#: after arrests) are wanted by the police.
SOUGHT_VERBS: frozenset[str] = frozenset({"rechercher"})
WANTED_NOUNS: frozenset[str] = _words(
    "suspect suspects suspecte suspectes auteur auteurs fugitif fugitifs évadé évadés agresseur agresseurs "
    "malfaiteur malfaiteurs assaillant assaillants complice complices braqueur braqueurs tireur tireurs autres"
)

#: Words that open a purpose clause: ``2 000 habitants ont quitté la ville pour se réfugier à Dax`` counts
#: people who fled, whatever the main verb (``quitter`` a place) counts by itself.
PURPOSE_MARKERS: frozenset[str] = frozenset({"pour", "afin"})

#: Verbs (lemmas) that take people to care or keep them there, and the places of care that make them
#: ``hospitalized``: ``sept blessés ont été évacués vers l'hôpital`` are in hospital, not displaced.
CARE_VERBS: frozenset[str] = frozenset(
    {"évacuer", "transporter", "transférer", "conduire", "acheminer", "admettre", "soigner", "traiter"}
)
CARE_PLACES: frozenset[str] = _words("hôpital hôpitaux clinique cliniques chu urgences dispensaire")
#: Nouns of a place that is one of care by what its complement says (``son centre de traitement``, ``le centre
#: de santé``, ``l'unité de soins``, ``un centre hospitalier``), and those complements.
CARE_CENTRES: frozenset[str] = _words("centre centres unité unités service services structure structures")
CARE_CENTRE_KINDS: frozenset[str] = _words("traitement santé soins soin hospitalier hospitalière médical médicale")

#: Clitics that make ``être`` + participle reflexive, not passive: ``3 000 personnes se sont massées`` gathered
#: (the crowd, a subject verb), ``3 000 policiers ont été massés`` were sent (forces, a patient verb).
REFLEXIVE_CLITICS: frozenset[str] = frozenset({"se", "s'", "s’"})

#: Verbs (lemma) + object that together mean a category: ``ont perdu la vie``, ``ont trouvé la mort``.
VERB_OBJECT_PHRASES: dict[tuple[str, str], str] = {
    ("perdre", "vie"): "killed",
    ("trouver", "mort"): "killed",
    ("laisser", "vie"): "killed",
    ("porter", "disparu"): "missing",
    ("porter", "disparus"): "missing",
    ("porter", "disparue"): "missing",
    ("porter", "disparues"): "missing",
    ("mettre", "abri"): "displaced",
    ("placer", "garde"): "arrested",
    ("prendre", "part"): "participants",
    ("prendre", "fuite"): "displaced",
    ("descendre", "rue"): "participants",
    ("descendre", "rues"): "participants",
    ("fuir", "domicile"): "displaced",
    ("quitter", "domicile"): "displaced",
    ("quitter", "foyer"): "displaced",
    ("fuir", "foyer"): "displaced",
    ("trouver", "refuge"): "displaced",
    ("quitter", "logement"): "displaced",
    ("quitter", "logements"): "displaced",
    ("quitter", "maison"): "displaced",
    ("quitter", "maisons"): "displaced",
    ("quitter", "foyers"): "displaced",
    ("quitter", "domiciles"): "displaced",
    ("franchir", "frontière"): "displaced",
    # people who left the place they live in (``3 000 habitants ont quitté la ville``, ``ont fui le quartier``):
    # a settlement, not a building or a meeting (``ont quitté la salle`` counts no one displaced)
    **{
        (verb, place): "displaced"
        for verb in ("quitter", "fuir")
        for place in ("ville", "commune", "quartier", "village", "région", "zone", "localité", "île", "vallée")
    },
    ("manquer", "appel"): "missing",
    # what a crowd does when it protests: ``des milliers de personnes ont répondu à l'appel du syndicat``,
    # ``des centaines de jeunes ont dressé des barricades``, ``ont tenu un sit-in``, ``ont pris d'assaut``
    ("répondre", "appel"): "participants",
    ("dresser", "barricades"): "participants",
    ("ériger", "barricades"): "participants",
    ("tenir", "sit-in"): "participants",
    ("tenir", "sit"): "participants",  # ``sit-in`` as the tagger splits it
    ("prendre", "assaut"): "participants",
    # a crowd's acts against what it protests at: ``des dizaines de jeunes ont brûlé des pneus``, ``ont lancé des
    # pierres``, ``ont forcé les barrages de police``, ``ont organisé un sit-in``, ``sont redescendus dans la rue``
    ("brûler", "pneus"): "participants",
    ("incendier", "pneus"): "participants",
    ("lancer", "pierres"): "participants",
    ("jeter", "pierres"): "participants",
    ("lancer", "projectiles"): "participants",
    ("forcer", "barrages"): "participants",
    ("forcer", "barrières"): "participants",
    ("forcer", "barrage"): "participants",
    ("forcer", "cordon"): "participants",
    ("forcer", "cordons"): "participants",
    ("organiser", "sit-in"): "participants",
    ("organiser", "sit"): "participants",
    ("redescendre", "rue"): "participants",
    ("redescendre", "rues"): "participants",
    # ``1 200 personnes ont perdu leur logement``: left homeless by the disaster
    ("perdre", "logement"): "displaced",
    ("perdre", "logements"): "displaced",
    ("perdre", "maison"): "displaced",
    ("perdre", "maisons"): "displaced",
    ("perdre", "domicile"): "displaced",
    ("perdre", "toit"): "displaced",
}

#: Verbs (lemma) + object whose indirect object is counted: ``a coûté la vie à 23 soldats`` (the subject, an
#: attack or a flood, is no one: ``deux attaques ont coûté la vie à 23 soldats`` counts 23 dead, not 2).
DATIVE_OBJECT_PHRASES: dict[tuple[str, str], str] = {
    ("coûter", "vie"): "killed",
    # the size of a crowd put at the figure after it: ``la police a évalué la foule à 55 000 personnes``,
    # ``le collectif estime l'affluence entre 110 000 et 120 000 personnes`` (the passive, ``la foule était
    # estimée à…``, is read by its subject)
    **{
        (verb, crowd): "participants"
        for verb in ("évaluer", "estimer", "chiffrer")
        for crowd in ("foule", "assistance", "affluence", "participation", "cortège", "mobilisation")
    },
}

#: Phrases after a counted noun (or its auxiliary) that say what happened: ``3 000 salariés en grève``,
#: ``1 300 personnes en garde à vue``, ``500 familles sans abri``.
#: The category of a state that says people are there (:data:`PRESENCE_STATES`): resolved by the noun counted.
PRESENCE: str = "present"

#: States of people present at a scene (``quelque 400 soldats sont à pied d'œuvre``, ``seuls 60 policiers
#: étaient présents``, ``près de 2 000 fidèles étaient présents``): forces there are forces deployed, other
#: people a crowd, and people a category noun names (``douze blessés sont sur place``) stay what it says.
PRESENCE_STATES: dict[str, str] = {
    "présents": PRESENCE,
    "présentes": PRESENCE,
    "à pied d'œuvre": PRESENCE,
    "à pied d'oeuvre": PRESENCE,
    "sur place": PRESENCE,
    "sur le terrain": PRESENCE,
}

STATE_PHRASES: dict[str, str] = {
    "en grève": "participants",
    "en garde à vue": "arrested",
    "en détention": "arrested",
    "derrière les barreaux": "arrested",
    "sans abri": "displaced",
    "sans logement": "displaced",
    "sans toit": "displaced",
    "privées de logement": "displaced",
    "privés de logement": "displaced",
    "privées de toit": "displaced",
    "privés de toit": "displaced",
    "sans-abri": "displaced",
    "à la rue": "displaced",
    "dans la rue": "participants",
    # protesters holding a roadblock or a picket line (``près de 400 routiers sur les barrages``, ``des centaines de
    # salariés sur le piquet de grève``)
    "sur les barrages": "participants",
    "sur le barrage": "participants",
    "sur ce barrage": "participants",
    "sur ces barrages": "participants",
    "sur les blocages": "participants",
    "sur les piquets de grève": "participants",
    "sur le piquet de grève": "participants",
    "dans le cortège": "participants",
    "dans les cortèges": "participants",
    "dans le défilé": "participants",
    "dans les rues": "participants",
    "à l'hôpital": "hospitalized",
    "en soins intensifs": "hospitalized",
    "en réanimation": "hospitalized",
    "sous les décombres": "missing",
    # the trapped and the not found are unaccounted for: ``huit mineurs restent prisonniers des galeries``,
    # ``des dizaines d'ouvriers sous la terre``, ``vingt personnes arrêtées restent introuvables``
    "sous la terre": "missing",
    "sous terre": "missing",
    "prisonniers des galeries": "missing",
    "prisonnières des galeries": "missing",
    "prisonniers des décombres": "missing",
    "prisonnières des décombres": "missing",
    "introuvables": "missing",
    "introuvable": "missing",
    # people in shelters are out of their homes (``800 personnes dans des abris``); read after any verb too
    # (``2 000 sinistrés dorment dans des gymnases``, ``sont accueillies dans des abris``): see
    # :data:`SHELTER_CATEGORY`
    "dans des abris": "displaced",
    "dans les abris": "displaced",
    "dans ses abris": "displaced",
    "dans leurs abris": "displaced",
    "dans des refuges": "displaced",
    "dans les refuges": "displaced",
    "dans des gymnases": "displaced",
    "dans les gymnases": "displaced",
    "dans des centres d'hébergement": "displaced",
    "dans les centres d'hébergement": "displaced",
    "dans des hébergements d'urgence": "displaced",
    # people driven out of their homes: ``deux millions de personnes ont été chassées de chez elles``
    # people out of their homes (``170 000 personnes hors de chez elles``)
    "hors de chez eux": "displaced",
    "hors de chez elles": "displaced",
    "chassés de chez eux": "displaced",
    "chassées de chez elles": "displaced",
    "chassés de leurs foyers": "displaced",
    "chassées de leurs foyers": "displaced",
    "chassés de leurs maisons": "displaced",
    "chassées de leurs maisons": "displaced",
}

#: The category of a state phrase that still says it after a verb of no category of its own (``s'entassent dans des
#: abris``, ``ont passé la nuit dans des gymnases``): where people are sheltered tells they left home, whatever
#: they do there; other states (``dans la rue``) say it only right after the people or a copula.
SHELTER_CATEGORY: str = "displaced"

#: Verbs (lemmas) whose agent, when forces (``par 300 militaires``), counts forces sent in: ``troops``
#: (``les secours ont été renforcés par 300 militaires``).
REINFORCE_VERBS: frozenset[str] = frozenset({"renforcer", "épauler", "appuyer", "relever", "seconder"})

#: Verbs (lemmas) of an operation whose agent or means, when forces, counts the forces sent in: ``troops``
#: (``l'assaut a été mené par 400 policiers``, ``l'opération, lancée avec 300 gendarmes``): forces that carry
#: out an operation were deployed for it.
OPERATION_VERBS: frozenset[str] = frozenset({"mener", "conduire", "effectuer", "lancer", "déclencher", "encadrer"})

#: Prepositions that give an operation verb its means: ``lancée avec 300 gendarmes``.
MEANS_PREPOSITIONS: frozenset[str] = frozenset({"avec"})

#: Verbs (lemmas) whose subject, when forces, counts forces deployed (``environ 500 policiers sont
#: intervenus``, ``200 gendarmes ont participé à l'opération``): ``troops``; of other people they count
#: nothing by themselves (``participer`` keeps its own reading in :data:`SUBJECT_VERBS`). Forces that arrive
#: (``les 300 premiers casques bleus sont arrivés``, ``400 soldats ont débarqué``) are forces sent in.
FORCE_SUBJECT_VERBS: frozenset[str] = frozenset(
    {"intervenir", "participer", "patrouiller", "quadriller", "arriver", "atterrir", "débarquer"}
    # forces and rescuers at work on the ground (``900 pompiers luttent contre les flammes``, ``250 militaires
    # fouillent les décombres``, ``80 secouristes se sont relayés``) were sent there
    | {"lutter", "combattre", "fouiller", "ratisser", "sécuriser", "relayer", "surveiller"}
)

#: Verbs (lemmas) whose agent (``par 20 000 individus``) counts attackers: ``participants``.
AGENT_VERBS: frozenset[str] = frozenset(
    {
        "attaquer",
        "tuer",
        "blesser",
        "agresser",
        "assaillir",
        "envahir",
        "piller",
        "incendier",
        "saccager",
        "occuper",
        "prendre",
        "cibler",
        "viser",
        "encercler",
    }
)

#: Nouns that hold a count for a later figure: ``le nombre de détenus s'élève à 3.000``, ``le bilan est
#: de 300``. The category comes from the noun after ``de``, else from the value here (``killed`` for
#: ``bilan``, the word news uses for a death toll), else none.
TOTAL_NOUNS: dict[str, str | None] = {
    "nombre": None,
    "total": None,
    "chiffre": None,
    "décompte": None,
    "bilan": "killed",
}

#: Verbs that pass a count from its holder to the figure: ``s'élève à``, ``atteint``, ``est de``.
MEASURE_VERBS: frozenset[str] = _words(
    "être élever atteindre dépasser passer grimper monter porter établir chiffrer situer franchir "
    "approcher frôler alourdir s'élever compter regrouper totaliser ramener réviser revoir relever abaisser "
    "rester reste demeurer estimer évaluer"
)

#: Nouns that name a person without saying which population he belongs to: ``dont un policier`` counts one of
#: the security forces among the dead (a subset of its own), ``dont une femme retrouvée mardi`` only tells of
#: one victim, as do ``dont un homme`` and ``dont un jeune homme``.
GENERIC_PERSON_NOUNS: frozenset[str] = _words("homme femme personne individu victime jeune")

#: Words that join figures of one list: ``26 morts et 18 blessés``, ``…, dont 408 à Paris``,
#: ``1,28 million selon la police, 3,5 millions selon la CGT``, ``25 tués : dix au Nangarhar, …``, ``ils
#: étaient 9 000 (3 200 selon la police)``. A figure with no cue of its own after one of them counts what
#: the previous figure counts.
LIST_JOINERS: frozenset[str] = _words(", et dont contre ou soit , ; : ( ainsi que")

#: Dashes that open and close an aside (``plusieurs centaines de paysans – 5 000 selon les organisateurs –
#: ont défilé``): the verb after the closing one is the subject's before the opening one, and a figure
#: with no noun inside counts what that subject counts (as inside parentheses). A hyphen counts as one
#: only with a space on each side (``Croix-Rouge`` is one name).
ASIDE_DASHES: frozenset[str] = frozenset({"–", "—", "-"})

#: Words after a figure that say it has no noun of its own but continues a count: an attribution
#: (``42 000 pour la préfecture``, ``120 000 côté syndicats``). ``pour`` is a percentage only before one
#: of :data:`PER_WORDS` (``5 pour cent``).
LIST_ATTRIBUTIONS: tuple[str, ...] = ("pour", "côté", "du côté de", "du côté du", "du côté des")

#: Those of :data:`LIST_ATTRIBUTIONS` that may also open a clause: ``Côté syndicats, on annonçait 120 000``;
#: ``Pour l'ONG X, le nombre réel de morts dépasse 400`` (an opinion on a figure is still that body's word;
#: only someone who can assert a figure qualifies, so ``Pour la seule journée de mardi,`` is none).
HEADING_ATTRIBUTIONS: tuple[str, ...] = ("pour", "côté", "du côté de", "du côté du", "du côté des")

#: Words after ``pour`` that make a figure a rate: ``5 pour cent``, ``3 pour mille``.
PER_WORDS: frozenset[str] = _words("cent mille")

#: Words after a figure that make it a difference, not a count: ``2 000 de plus que la semaine dernière``.
DIFFERENCE_PHRASES: tuple[str, ...] = ("de plus", "de moins", "en plus", "en moins")

#: Prepositions that put a figure of things out of a verb's reach: in ``ont été tués dans une attaque``,
#: ``une`` is no one the verb acts on (the walk back from an article or an unknown noun to its verb stops
#: at them; a people noun may follow an adverbial, ``envoyant dans le pays 2 500 hommes``).
OBJECT_BARRIERS: frozenset[str] = _words("dans sur sous lors pendant durant avec contre depuis après avant vers chez")

#: Verbs (lemmas) through which an actor carries out what a noun counts: ``la police a procédé à 124
#: interpellations``. Their subject, when it is an authority, is the figure's source.
SUPPORT_VERBS: frozenset[str] = _words("procéder effectuer opérer mener réaliser faire")

#: The only words that may separate two figures sharing one verb: ``26 … et 18 … ont été tués``.
SHARED_VERB_GAPS: frozenset[str] = frozenset({"et", ",", "ou", "ainsi que", ", et"})

#: Words that make the figure after them a part of the previous one (``dont 408 à Paris``).
SUBSET_MARKERS: frozenset[str] = _words("dont parmi")

#: ``d'entre eux``: a figure of a part of a group already named.
PARTITIVE_PHRASES: tuple[str, ...] = ("d'entre eux", "d'entre elles", "parmi eux", "parmi elles")

#: Words between a figure and the people it takes a part of: ``Quatre des blessés ont été hospitalisés``.
PART_OF_WORDS: frozenset[str] = frozenset({"des"})
#: Possessives between ``de`` and the people a figure takes a part of: ``la perte de six de ses combattants``
#: counts fighters, as ``six des combattants`` would.
PART_OF_POSSESSIVES: frozenset[str] = _words("ses leurs nos vos mes tes")

#: Participles that qualify a counted noun like adjectives, never say what befell it: ``trois passeurs
#: présumés arrêtés`` (the tagger calls them verbs).
NOUN_QUALIFIERS: frozenset[str] = _words("présumé présumés présumée présumées supposé supposés supposée supposées")

#: Words after a figure that stand for a group named before: ``des dizaines d'autres sont portées disparues``.
PARTITIVE_WORDS: frozenset[str] = _words("autres")

#: Verbs (lemmas) of reporting a figure, besides speech verbs: ``la CGT revendique 50 000 manifestants``,
#: ``les autorités font état de 300 morts``, ``le bureau attribue neuf décès à la commune``, ``le bilan a
#: été revu mardi par l'état-major``, ``la police a porté à neuf le nombre de tués`` (a count revised by who
#: gives it), ``le gouvernement a corrigé le bilan, désormais de 40 morts``, ``l'ONG parle de 30 tués``.
FIGURE_REPORT_VERBS: frozenset[str] = _words(
    """recenser dénombrer comptabiliser revendiquer compter chiffrer évaluer estimer annoncer communiquer
    signaler rapporter publier avancer évoquer fournir maintenir attribuer imputer revoir réviser actualiser
    documenter porter ramener abaisser corriger parler"""
)

#: Openings of a sentence that goes on with the report before it (``…, selon l'ONG. Parmi elles, trois
#: mineurs.``): its toll keeps that report's source, as one opening with its figure does. ``Au total,`` / ``En
#: tout,`` sums up the same report (``…, selon les pompiers. Au total, 40 personnes ont été évacuées.``).
REPORT_CONTINUATION_OPENERS: frozenset[str] = frozenset({"parmi eux", "parmi elles", "au total", "en tout"})
#: Impersonal counting that opens a sentence and goes on with the report before it (``Selon le bulletin de la
#: protection civile, 39 personnes sont mortes. On compte aussi 36 blessés.``): no one new gives the figure.
#: Regex on the words before the sentence's first figure, lower-cased.
REPORT_CONTINUATION_COUNTS: str = (
    r"on\s+(?:compte|dénombre|recense|déplore|relève)(?:\s+(?:aussi|également|encore|en\s+outre|par\s+ailleurs))?"
    # the dead just counted, broken down: ``…, selon le tribunal. Parmi les morts figurent six enfants.``
    r"|parmi\s+(?:les|ces)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:figurent|figure|se\s+trouvent|se\s+trouve)"
)
#: Words after a trailing source (``…, selon l'agence``) that go on with the same report in the same sentence:
#: ``…, et douze personnes restent portées disparues``, ``…, ce qui porte à neuf le nombre de morts``.
TRAILING_SOURCE_CONTINUATIONS: tuple[str, ...] = ("et", "ce qui porte à", "ce qui porte le bilan à", "portant à")

#: Reporting verbs known by the clitic before them, ``clitic lemma``: ``la police s'en tient à six``,
#: ``le préfet s'en tient au bilan de 12 morts`` (to keep to a figure is to assert it; ``tenir`` alone is not).
FIGURE_REPORT_PHRASES: frozenset[str] = frozenset({"en tenir"})
#: A learning participle and the preposition of whom it was learned from (``…, a-t-on appris auprès d'une
#: source militaire``): what follows asserts the figures before it, like a trailing ``selon``.
INFORMANT_PREPOSITIONS: tuple[str, ...] = (
    "appris auprès de",
    "appris auprès du",
    "appris auprès des",
    "appris auprès d'",
)

#: Subjects whose action is also their count: ``les autorités ont arrêté 10 000 personnes`` is the
#: authorities' figure. Lowercase nouns; a named organization or person also qualifies. A company counts
#: its own dead and injured (``l'entreprise comptait 18 morts``, ``l'exploitant recense 9 blessés``); an
#: anonymous source is one (``une source sécuritaire a fait état de 25 morts``). A body written in lower case
#: by its field counts too (``la défense civile recense 14 morts``, ``la sécurité civile``). So do a governor and
#: an embassy (``le gouverneur en recense 30``), and a district's administration (``l'administration du
#: district``); a hyphenated body is read by its head noun
#: (``le haut-commissariat`` is a ``commissariat``). A judge and a guard corps act and count like the
#: parquet and the police (``la juge a fait placer en détention trois hommes``, ``la Garde civile a arrêté deux
#: passeurs``).
AUTHORITY_NOUNS: frozenset[str] = _words(
    """juge juges garde entreprise compagnie société exploitant direction source sources
    autorité autorités police gendarmerie gouvernement ministère ministre préfecture préfet parquet
    procureur armée état-major secours pompiers justice tribunal présidence président mairie maire municipalité
    services service garde-côtes douane douanes forces force organisation agence onu croix-rouge
    protection hôpital hôpitaux syndicat syndicats intersyndicale organisateur organisateurs ong
    association collectif observatoire porte-parole responsable responsables cabinet institut comité
    commission bureau office fédération confédération défense sécurité secrétariat coordination
    commissariat gouverneur gouvernorat ambassade consulat administration"""
)

#: Verbs of interviewing: in ``X, interrogés par notre journal, avancent 31 morts`` or ``Une source, jointe par
#: l'AFP, fait état de…`` the agent asked; the subject before the aside asserts.
INTERVIEW_VERBS: frozenset[str] = _words("interroger joindre contacter questionner sonder consulter solliciter")

#: Nouns that carry a figure but assert nothing themselves: ``selon un décompte``, ``selon les chiffres
#: du ministère``, ``les données les plus récentes de l'agence X``. The source is their agent (``par X``)
#: or their complement (``de X``) when it can assert; without one the figure has no stated source.
NON_ASSERTING_NOUNS: frozenset[str] = _words(
    """décompte décomptes comptage comptages chiffre chiffres chiffrage donnée données information
    informations bilan bilans estimation estimations évaluation évaluations statistique statistiques
    relevé relevés recensement recensements calcul calculs rapport rapports communiqué communiqués
    étude études document documents note notes projection projections total totaux bulletin bulletins"""
)

#: Adjectives that name the body behind a carrier noun or an anonymous source: ``un communiqué
#: gouvernemental`` is the government's statement, ``de source policière`` the police's word. (Not
#: ``officiel``: ``les chiffres officiels`` say no one in particular.)
INSTITUTION_ADJECTIVES: frozenset[str] = _words(
    """gouvernemental gouvernementale gouvernementaux gouvernementales policier policière policiers policières
    ministériel ministérielle ministériels ministérielles préfectoral préfectorale préfectoraux préfectorales
    présidentiel présidentielle présidentiels présidentielles judiciaire judiciaires militaire militaires
    hospitalier hospitalière hospitaliers hospitalières sécuritaire sécuritaires municipal municipale
    municipaux municipales diplomatique diplomatiques médical médicale médicaux médicales syndical syndicale
    syndicaux syndicales onusien onusienne onusiens onusiennes humanitaire humanitaires"""
)

#: The words that open an anonymous source named by such an adjective: ``a-t-on appris de source
#: policière``, ``de sources sécuritaires``.
SOURCE_ADJECTIVE_OPENERS: tuple[str, ...] = ("de source", "de sources")

#: Clause-opening words that end the search for a figure's verb: a figure never takes the verb of
#: another clause (``…, tandis qu'environ 216 ont été blessés``).
CLAUSE_BREAKS: frozenset[str] = _words(
    "; : tandis alors lorsque quand mais car puisque après avant si selon d'après comme qui que qu' dont "
    "où lequel laquelle lesquels lesquelles desquels desquelles auxquels"
)

#: Verbs (lemmas) that carry another verb like an auxiliary: ``ont dû quitter``, ``pourraient être``,
#: ``restent portées disparues`` (a state still true). ``reste`` too: the parser gives the singular ``Un salarié
#: reste porté disparu`` that lemma, as it does the noun (``le reste``).
#: What links a modal verb to its infinitive when it is no clitic: ``ont tenté de bloquer la rocade``.
MODAL_LINKS: frozenset[str] = _words("de d' d’")
MODAL_VERBS: frozenset[str] = _words(
    "devoir pouvoir sembler paraître venir continuer commencer rester reste demeurer "
    # an attempt counts its agents as the act does: ``un millier de jeunes ont tenté d'incendier le poste``
    "tenter essayer"
)

#: Function words allowed inside a counted noun phrase: ``membres de la Garde nationale``.
NOUN_PHRASE_LINKS: frozenset[str] = _words("de d' du des la le l' les et ou")

#: Prepositions that name the agent of a participle: ``un décompte réalisé par l'ONG X``.
AGENT_PREPOSITIONS: frozenset[str] = _words("par")

#: Words that end a speaker's name read backwards from its verb: ``…, où l'armée a arrêté…``,
#: ``… que la police a dispersés``.
SUBJECT_BREAKS: frozenset[str] = _words("que qu' qu’ où dont")

#: Endings of a present-tense verb and of its infinitive, to read a verb the tagger took for an adjective
#: (``L'intersyndicale revendique…`` → ``revendiquer``).
PRESENT_ENDINGS: tuple[tuple[str, str], ...] = (("tiennent", "tenir"), ("tient", "tenir"), ("ent", "er"), ("e", "er"))

#: Adverbial phrases between a subject and its verb, passed over to find the subject (``Le ministère a par
#: ailleurs porté…``, ``Le ministère a de son côté confirmé 11 morts``), as the tagger splits them.
SUBJECT_VERB_ASIDES: tuple[str, ...] = (
    "par ailleurs",
    "de son côté",
    "de leur côté",
    "pour sa part",
    "pour leur part",
    "quant à lui",
    "quant à elle",
    # the stressed pronoun that sets a source against another: ``La police, elle, reconnaît huit morts``
    ", elle ,",
    ", lui ,",
    ", eux ,",
    ", elles ,",
    "à son tour",
    "elle aussi",
    "lui aussi",
    # a total's adverb inside the verb chain: ``47 personnes ont au total été interpellées``
    "au total",
    "en tout",
)

#: Asides that set a body's figure against another's, written between a subject and its verb or right after the
#: verb (``Le gouvernement régional maintient pour sa part un bilan de…``, ``L'Union X compte, de son côté, 12
#: morts``): the word before one is that subject's verb, however the tagger, thrown by a long foreign name, tags it.
SOURCE_SIDE_ASIDES: tuple[str, ...] = (
    "pour sa part",
    "pour leur part",
    "de son côté",
    "de leur côté",
    "quant à lui",
    "quant à elle",
    "quant à eux",
    "quant à elles",
)

#: Verbs (lemmas) that make another act on an infinitive: in ``le procureur a fait arrêter six personnes`` the
#: subject of ``faire`` is who arrests (and counts), though the infinitive has no subject of its own.
CAUSATIVE_VERBS: frozenset[str] = frozenset({"faire", "laisser"})

#: The possessive relative word and the nouns it ties to a speaker who speaks through them: in ``le préfet,
#: dont les services font état de 12 morts`` the figure is the préfet's (his services are his voice).
POSSESSIVE_RELATIVES: frozenset[str] = frozenset({"dont"})
PROXY_SOURCE_NOUNS: frozenset[str] = _words("services service équipes équipe")

#: Sources that stand for the source named last: ``d'après la même source``.
SAME_SOURCE: frozenset[str] = frozenset(
    {"la même source", "même source", "cette source", "cette même source", "les mêmes sources", "ces sources"}
)

#: Pronouns after ``selon``/``d'après`` that name a speaker through coreference: ``Selon lui``.
SOURCE_PRONOUNS: frozenset[str] = _words("lui elle eux elles")
#: Possessive determiners opening a source that is someone's staff or papers (``selon ses équipes``, ``d'après
#: leurs relevés``): the figure is the possessor's, whom coreference names.
SOURCE_POSSESSIVES: frozenset[str] = _words("son sa ses leur leurs")

# -- Function words the source finder reads (analyze/claims/sources.py), lowercase as written ------------

#: Prepositions that may sit inside a source's name: ``ministère de l'Intérieur``, ``chef du gouvernement``;
#: and the Portuguese, Spanish and Italian ones a foreign body's name keeps untranslated (``la Defesa Civil do
#: Paraná``, ``la protection civile du Rio Grande do Sul``, ``la Cruz Roja del Ecuador``): the tagger takes them
#: for prepositions, and the name would end before them, leaving a source that names no body.
SOURCE_NAME_LINKS: frozenset[str] = frozenset(
    {"de", "d'", "du", "des", "d’", "do", "da", "dos", "das", "del", "della", "dello", "degli", "dei"}
)
#: A portfolio after an office that holds one: ``le ministre délégué chargé de la Défense``, ``le secrétariat
#: à la Sécurité publique``, ``la secrétaire d'État aux Transports``. The portfolio is part of who speaks (``le
#: ministre délégué`` alone names no one), yet the parser hangs ``chargé de`` / ``à la`` on the verb, or the
#: name ends at the preposition. ``chargé de`` follows any holder; ``à la`` / ``aux`` only a holder that takes
#: it (a minister's ``à l'Assemblée`` is where he spoke, ``au Monde`` to whom). The portfolio is a capitalised
#: word (``la Défense``), which keeps out ``aux journalistes``, ``à la presse``; acronyms (``à l'AFP``) too.
PORTFOLIO_HOLDERS: frozenset[str] = _words(
    "ministre ministère secrétaire secrétariat commissaire commissariat délégué déléguée délégués état"
)
PORTFOLIO_TO_HOLDERS: frozenset[str] = _words("secrétaire secrétariat commissaire délégué déléguée délégués état")
#: The portfolio's opening words after any holder, and after a holder that takes ``à`` (regular expressions).
PORTFOLIO_CHARGED: str = r"(?:(?:déléguée?s?\s+)?chargée?s?|en\s+charge)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
PORTFOLIO_TO: str = r"(?:déléguée?s?\s+)?(?:à\s+la|à\s+l['’]|aux|au)\s*"
PORTFOLIO_DELEGATED: str = r"déléguée?s?\s+(?:à\s+la|à\s+l['’]|aux|au)\s*"
#: The portfolio's own word: capitalised, then lower case (``Défense``, ``Sécurité``), not an acronym.
PORTFOLIO_WORD: str = r"[A-ZÀÂÉÈÊÎÔÛÇ][a-zàâäéèêëîïôöûüç][\w-]*"
#: Words that go on describing a source with where it serves: ``selon un diplomate en poste à Douala`` (the
#: preposition after them, and its place, stay in the source's words).
SOURCE_POSTINGS: tuple[str, ...] = ("en poste",)
#: Object pronouns between a subject and its verb: ``la CGT qui en revendique 400 000``.
SOURCE_CLITICS: frozenset[str] = frozenset(
    {"en", "y", "le", "la", "les", "l'", "lui", "leur", "se", "s'", "ne", "n'", "l’", "s’", "n’"}
)
#: Words after ``selon`` that make it no attribution (``selon lequel``, ``selon que``); ``'`` also matches ``’``.
NOT_ATTRIBUTED_AFTER: tuple[str, ...] = ("lequel", "laquelle", "lesquels", "lesquelles", "que", "qu'")
#: The relative pronoun between a source and its verb: ``la CGT, qui revendique…`` (the antecedent speaks).
SUBJECT_RELATIVES: frozenset[str] = frozenset({"qui"})
#: Words that make an aside a clause rather than part of a name (``la police, qui a…``).
CLAUSE_WORDS: frozenset[str] = frozenset({"qui", "que", "qu'"})
#: Personal subject pronouns that may name a source (``a-t-il dit``), resolved through coreference.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})
#: Prepositions of an incise's indirect object, skipped before its subject (``a déclaré à l'AFP le ministère``).
INDIRECT_OBJECT_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux"})
#: Words that end the words before a figure's list attribution (``…, et 500 000 pour l'intersyndicale``).
LIST_BREAK_WORDS: frozenset[str] = frozenset({"et", "contre"})


def participle_infinitive(word: str) -> str:
    """The ``-er`` infinitive of a past participle in lowercase ``word`` (``communiqué`` → ``communiquer``,
    ``publiées`` → ``publier``), or ``""`` when its last three letters hold no ``é``.

    A function, not a table: the tagger often calls such a participle a noun or an adjective, whose lemma
    is then no verb, and a reporting participle (``communiqué par le ministère``) names its agent.
    """
    return word[: word.rfind("é")] + "er" if "é" in word[-3:] else ""


# -- Function words the claim extractor reads (analyze/claims/extractor.py), lowercase as written ---------

#: The ``de`` between a vague or scaled figure and its noun (``des dizaines de morts``, ``2 millions d'euros``).
FIGURE_COMPLEMENTS: frozenset[str] = frozenset({"de", "d'"})
#: What opens a complement of the counted noun that holds a figure of its own (``500 habitants de trois hameaux``,
#: ``8 000 militaires des deux armées``, ``600 pompiers des cinq départements voisins``): ``des`` is ``de`` with the
#: article, and a figure after it counts what the people belong to, not them.
COUNTED_COMPLEMENT_LINKS: frozenset[str] = frozenset({"de", "d'", "des"})
#: Articles of a holder noun (:data:`TOTAL_NOUNS`) set after its figure: ``a porté à 13 le nombre de
#: personnes interpellées``, ``estime à 3 000 le nombre de grévistes`` count what follows ``le nombre de``.
TRAILING_TOTAL_ARTICLES: frozenset[str] = frozenset({"le", "l'"})
#: Words that open a clause giving an earlier count beside the new one (``…, contre 14 annoncés la veille,
#: et 31 personnes ont été interpellées``): the clause's time is that count's, not its sentence's.
RECALLED_OPENERS: frozenset[str] = frozenset({"contre"})
#: A count of days after an event, the time phrase a lead in the present opens with (``Cinq jours après les
#: affrontements, le collectif maintient son chiffre``): it names the day of writing, not the day the figures
#: count, which are the event's; a figure's date is not taken from it when it is the day of writing.
#: (The events step reads it too, on folded text: ``après`` or ``apres``.)
COUNT_AFTER_EVENT = r"^\S+\s+(?:jours?|semaines?)\s+apr[eè]s$"
#: Time phrases that name the day after an event they do not date (``au lendemain d'une journée de
#: mobilisation qui a rassemblé 20 000 agriculteurs``): a figure of that complement is the day before's.
DAY_AFTER_PHRASES: frozenset[str] = frozenset({"au lendemain", "le lendemain", "lendemain"})
#: The words that open such a phrase's complement.
DAY_AFTER_LINKS: tuple[str, ...] = ("d'", "de", "du", "des")
#: Words that hang a figure's clause on the clause before it, whose subject it is about: ``L'Andalousie est
#: la région la plus touchée, avec 260 décès`` counts Andalusia's dead.
ATTACHED_OPENERS: frozenset[str] = frozenset({"avec"})
#: Relative words that open a figure's clause on the place just named: ``les manifestations se sont étendues à
#: Toamasina, deuxième ville du pays, où 2 personnes ont été tuées`` counts Toamasina's dead.
PLACE_RELATIVES: frozenset[str] = frozenset({"où"})
#: Coordinations inside a noun phrase: ``des manifestants et policiers blessés``.
COORDINATORS: frozenset[str] = frozenset({"et", "ou"})
#: Words skipped between a figure's noun and its verb, like auxiliaries: ``qui se sont rassemblés``.
VERB_CHAIN_WORDS: frozenset[str] = frozenset({"se", "s'", "ne", "n'", "qui", "y", "à", "d'"})
#: Verbs (lemmas) that join a counted noun to a state phrase as ``être`` does: ``900 personnes restent sans
#: logement``, ``12 mineurs demeurent en garde à vue``.
STATE_COPULAS: frozenset[str] = frozenset({"rester", "reste", "demeurer", "trouver"})
#: Their finite forms, which the tagger sometimes takes for a noun after a counted one (``une vingtaine
#: d'autres restaient prisonniers``): a noun phrase ends there.
STATE_COPULA_FORMS: frozenset[str] = _words(
    """reste restent restait restaient resteront restera demeure demeurent demeurait demeuraient
    trouve trouvent trouvait trouvaient"""
)
#: What may stand between a counted person and the verb: an age (``un pompier de 24 ans est mort``,
#: ``un sauveteur âgé de 31 ans``), read as ``[âgé] de <number> ans``, or the ages of several (``quatre
#: marins, âgés de 19 à 27 ans,``, ``âgés de 19 ans à 27 ans``, ``âgés entre 19 et 27 ans``).
AGE_COMPLEMENT: str = (
    r"(?:,\s*)?(?:âgée?s?\s+)?"
    r"(?:d(?:e\s+|')\d{1,3}(?:\s+ans)?\s+à\s+|entre\s+\d{1,3}(?:\s+ans)?\s+et\s+|d(?:e\s+|'))"
    r"\d{1,3}\s+ans\b(?:\s*,)?"
)
#: Who gives a crowd's figure, and another's figure for it, set between the figure and its verb (``près de 400
#: personnes selon la police, 800 selon la CGT, se sont rassemblées``, ``2 000 personnes, d'après les
#: organisateurs, ont défilé``): the verb after them is the figure's. Closed by a comma, short, no sentence mark.
SOURCE_ASIDE: str = (
    r"(?:\s*,?\s*(?:(?:(?:plus|près|moins|autour)\s+d['’]|(?:plus|près|moins|autour)\s+de\s+|environ\s+|quelque\s+"
    r"|au\s+moins\s+|pas\s+moins\s+de\s+)?\d[\d\s\u202f\u00a0.,]*\s+)?(?:selon|d['’]après)\s+[^,;:.!?()«»\d]{2,50},)+\s*"
)
#: Two counts of one crowd, each given by its counter (``800 personnes selon la police, 2 000 selon les
#: syndicats``, ``1 200 selon la préfecture et 3 000 d'après les organisateurs``): the text between the first
#: figure and the second (a few words of a noun, the first source, a list link) and the start of the text after
#: the second (its own source). A figure of people given twice this way is a crowd's size, whatever verb the
#: sentence has, or none (``À Lyon, 3 000 selon la police, 9 000 selon la CGT.``).
COMPETING_COUNT_GAP: str = (
    r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*,?\s*(?:selon|d['’]après)\s+[^,;:.!?()«»\d]{2,60}?"
    r"(?:\s*,\s*(?:et\s+|contre\s+)?|\s+et\s+|\s+contre\s+|\s*;\s*)"
)
COMPETING_COUNT_AFTER: str = r"(?:\s+[^\W\d_][\w'’-]*){0,2}?\s*,?\s*(?:selon|d['’]après)\s"
#: The category of a count given twice by competing counters: a crowd's size.
COMPETING_COUNT_CATEGORY: str = "participants"
#: The lemma of the auxiliary of the passive: ``ont été tués``.
PASSIVE_AUXILIARY: str = "être"
#: Plural personal pronouns that can hold a figure as the subject of a measure verb: ``ils étaient 245 000``.
PLURAL_SUBJECT_PRONOUNS: frozenset[str] = frozenset({"ils", "elles"})
#: The clitic that stands for what a bare figure counts, named in an earlier sentence: ``La CGT en a
#: revendiqué 2,8 millions``, ``les secours en dénombraient 45``.
COUNTED_CLITICS: frozenset[str] = frozenset({"en"})
#: Conjunctions that introduce reported words; they do not break the clause of a figure's verb.
COMPLEMENTIZERS: frozenset[str] = frozenset({"que", "qu'"})
#: Prepositions between a figure and the place it applies to: ``408 à Paris``, ``2 921 en Turquie``.
PLACE_PREPOSITIONS: tuple[str, ...] = ("à", "au", "aux", "en", "dans", "sur")
#: Articles that may follow such a preposition (``dans la région``); one ending in ``'`` takes no space.
PLACE_ARTICLES: tuple[str, ...] = ("la", "le", "l'", "les")
#: A place's kind, and an adjective, between a preposition and the place's name: ``dans la province voisine
#: de Zambézia``, ``dans la région de``, ``dans la seule commune de``. Read after :data:`PLACE_ARTICLES`
#: (case-insensitive).
PLACE_KIND_LINK: str = (
    r"(?:(?:seule|seul|petite|petit|même)\s+)?(?:province|région|ville|district|département|commune|comté|état|préfecture|localité|municipalité)"
    r"(?:\s+[^\W\d_]+)?\s+(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+)"
)
#: What follows a headline's rubric: a place opening a line and followed by a colon (``Maroc : six morts à
#: Fès``) labels the story's country; it is no figure's place (the body's ``à Fès`` is).
RUBRIC_AFTER: str = r"[ \t\u00a0\u202f]*:"
#: The words before a name that make it a building's or a body's name, not a place (``l'hôpital Ibn Al
#: Khatib``, ``le pénitencier du Littoral``, ``la prison de la Santé``): the name of an institution, even when a
#: gazetteer knows a region of that name. A town after a bare ``de`` stays a place (``l'usine de Lyon``).
FACILITY_BEFORE: str = (
    r"\b(?:hôpital|hopital|clinique|prison|pénitencier|penitencier|maison d'arrêt|centre pénitentiaire|"
    r"usine|raffinerie|stade|école|lycée|collège|université|caserne|hôtel)\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+)?$"
)
#: A name an affiliation ties the figure's agent to (``le GSIM, lié à Al-Qaïda, affirme avoir tué…``, ``des
#: rebelles proches de Kigali``): the organisation or power behind it — the tagger may take it for a place —
#: not where the figure's event happened. Read on the text just before the location.
AFFILIATION_BEFORE: str = (
    r"\b(?:liée?s?|affiliée?s?|inféodée?s?|fidèles?|alliée?s?|proches?|soutenue?s?\s+par|armée?s?\s+par)\s+"
    r"(?:à\s+|au\s+|aux\s+|de\s+|du\s+|des\s+|d'|par\s+)?(?:la\s+|l')?$"
)
#: A location whose own name opens with a building's noun (``l'hôtel Bani``, ``la Penitenciaría del Litoral``, as
#: the tagger may take the noun into the name, in French or in the country's language): an institution, the
#: site of the event, never the place a figure is counted over (that is its town).
FACILITY_NAME: str = (
    r"^(?:l'|le\s+|la\s+)?(?:hôpital|hopital|hospital|clinique|prison|prisión|cárcel|carcel|pénitencier|penitencier|"
    r"penitenciaría|penitenciaria|centre\s+pénitentiaire|usine|raffinerie|stade|estadio|école|lycée|collège|"
    r"université|caserne|hôtel|hotel)\b"
)
#: A location whose name opens with an event's noun (``Éboulement de Mulimbi : le bilan passe à 19 morts``, a
#: headline's label the tagger took for a place): the event's name, never the place a figure is counted over.
EVENT_NAME: str = (
    r"^(?:l'|le\s+|la\s+)?(?:éboulement|eboulement|effondrement|naufrage|séisme|seisme|explosion|incendie|attentat|"
    r"massacre|tuerie|fusillade|crash|catastrophe|drame|tragédie|tragedie|glissement|inondations?|émeutes?|"
    r"affrontements?)\b"
)
#: The opening of a comma aside that describes the noun before it, up to a place it names (``Le Collectif
#: des familles, une association de Toulouse, avance…``, ``…, un syndicat basé à Lille, …``): the place says
#: who the noun is, not where the figure's event happened. An indefinite article and a noun open it; read
#: on the text from the aside's comma to the place (case-insensitive).
DESCRIBING_ASIDE_BEFORE: str = (
    r",\s*(?:un|une)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:(?:basée?s?|installée?s?|établie?s?|implantée?s?)\s+)?"
    r"(?:de\s+|d'|du\s+|à\s+|au\s+|en\s+)(?:la\s+|l')?$"
)
#: A sentence opening on a noun then the name it stands for between commas (``L'exploitant, Houillères
#: Dumontier, avance…``): a name there is who the noun is — the tagger may take a firm's name for a place.
#: Read on the sentence's text up to the name (case-sensitive: the noun is a common one).
NAMING_ASIDE_BEFORE: str = r"^\s*(?:L'|Le\s+|La\s+|Les\s+)[a-zà-ÿ-]+\s*,\s*$"
#: The pronoun ``y`` standing for a place in a figure's clause (``Huit personnes y ont été tuées``): the figure's
#: place is the one the previous sentence names last; not ``il y a`` nor ``y compris`` (the events' pattern).
PLACE_PRONOUN: str = r"(?<!\bil )(?<!\bil n')(?<!\bqu'il )\by\b(?! compris\b)"
#: A place named again by its kind alone: ``la province compte 11 morts``, ``24 morts pour cette province``
#: stand for the province named last (group 1 is the kind). Not ``la province de X``, which names one.
PLACE_ANAPHORA: str = (
    r"\b(?:cette|la|ce|le|cet)\s+(province|région|ville|district|département|commune|comté|localité)\b"
    r"(?!\s+(?:de|d'|du|des|voisine|voisin)\b)"
)

#: The negation that makes ``que`` restrictive (``la police n'en reconnaît que six``): the figure after that
#: ``que`` is still the verb's object, not a clause of its own.
RESTRICTIVE_NEGATIONS: frozenset[str] = frozenset({"ne", "n'", "n’"})

#: What may follow a figure with no noun to give it as someone's count (``trente selon la police``,
#: ``12, d'après l'ONG``): such a figure counts what the sentence's count holder or the count before it counts.
ATTRIBUTED_FIGURE_AFTER: str = r"\s*,?\s*(?:selon|d['’]après)\b"

#: Words that link a count holder to what it counts (``le décompte des blessés``, ``le nombre de morts``).
TOTAL_COMPLEMENTS: frozenset[str] = frozenset({"de", "d'", "d’", "des", "du"})
#: Words between a count holder and the figure it is set at (``portant le nombre de morts à cinq``, ``a porté
#: mercredi le nombre de disparus à 40``): the figure counts what the holder names.
TOTAL_TARGET_LINKS: frozenset[str] = frozenset({"à"})

#: Verbs that put their subject among a counted group (``30 enfants figurent parmi les victimes``): the
#: subject is counted in the category of the noun after ``parmi``.
MEMBERSHIP_VERBS: frozenset[str] = frozenset({"figurer"})

#: A question that asks a count, answered by the bare figures of the sentences after it (``Combien étaient-ils ?
#: Environ 15 000, selon la police. Plus de 100 000, assurent les organisateurs.``): ``combien de <noun>`` asks
#: what its noun counts; ``combien étaient-ils`` (``sont-elles``, ``ont-ils défilé``) asks a crowd's size.
COUNT_QUESTION: str = r"combien\s+(?:d['’]\s*|de\s+)(\w+)"
CROWD_QUESTION: str = r"combien\s+(?:étaient|sont|seront|furent|étiez|ont|avaient)-(?:t-)?(?:ils|elles)\b"
#: A count's earlier value given with its revision: ``la police a porté de sept à neuf le nombre de tués``: the
#: words between the two figures, and the verbs (lemmas) that so revise a count.
REVISION_LINK: str = r"\s+à\s+$"
#: The word before the earlier value (``de sept``).
REVISION_FROM: str = "de"
#: The definite article a description may open with, left out when comparing a short description with its full
#: form (``le porte-parole du ministère`` / ``le porte-parole du ministère de l'Intérieur``).
DEFINITE_ARTICLE_OPENING: str = r"^(?:le|la|les|l')\s*"
REVISION_VERBS: frozenset[str] = _words("porter relever ramener abaisser réviser revoir")
#: Verbs (lemmas) by which a place holds its share of a toll just reported (``Le district de X compte 98
#: victimes, celui de Y 65``): the sentence breaks that report down, and keeps its source. Written forms too:
#: the tagger reads ``compte`` after a place as a noun.
#: The words before a place's share of a toll given as the place hit hardest (``Selon l'institut, 1 180 décès
#: sont attribués à la chaleur. La Castille est la région la plus touchée, avec 260 décès``): regex on the
#: sentence's words before its first figure, lower-cased. A place gives no figure: the share is the report's.
MOST_HIT_SHARE: str = (
    r".*\b(?:la|le|les)\s+plus\s+(?:touchée?s?|affectée?s?|frappée?s?|endeuillée?s?|sinistrée?s?)\s*,?\s*avec"
)
PLACE_SHARE_VERBS: frozenset[str] = _words(
    "compter compte comptent déplorer déplore déplorent totaliser totalise totalisent enregistrer enregistre "
    "enregistrent recenser recense recensent"
)
