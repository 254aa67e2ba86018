"""French cues for in-article coreference: pronouns, descriptions that stand for a titled person or a
named organization, and nationality adjectives. Data only; ``recoupe.analyze.coref`` reads it.

Keys are lowercase with straight apostrophes and without accents (``chef d'etat``), because the
coreference step compares folded text: articles write ``chef d'État`` and ``chef d'Etat`` alike.
"""

from __future__ import annotations

#: Third-person pronouns that can stand for a person or an organization, with (gender, number).
#: Inverted subject clitics (``a-t-il``) are matched without their hyphen.
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "il": ("Masc", "Sing"),
    "elle": ("Fem", "Sing"),
    "lui": ("Masc", "Sing"),
    "ils": ("Masc", "Plur"),
    "elles": ("Fem", "Plur"),
    "eux": ("Masc", "Plur"),
}

#: Pronouns whose form says no gender when set before a verb as its indirect object (``on lui rend le corps``,
#: ``qui lui a dit``): ``lui`` is masculine only stressed, after a preposition (``selon lui``).
GENDER_FREE_CLITICS: tuple[str, ...] = ("lui",)

#: Object clitics that may stand between an indirect-object clitic and its verb (``on le lui a dit``, ``il lui en
#: reste``).
OBJECT_CLITICS: tuple[str, ...] = ("le", "la", "les", "l'", "en", "y")

#: Possessive determiners, with the number of their possessor: ``Sa réponse est « … »``, ``Leur mot d'ordre :
#: « … »`` are the words of whoever ``sa`` / ``leur`` stands for (any gender: ``sa`` agrees with the noun).
POSSESSIVES: dict[str, tuple[str | None, str]] = {
    "son": (None, "Sing"),
    "sa": (None, "Sing"),
    "ses": (None, "Sing"),
    "leur": (None, "Plur"),
    "leurs": (None, "Plur"),
}

#: Indefinite subjects: a reporting verb whose subject is one of these names no one.
INDEFINITE_SUBJECTS: frozenset[str] = frozenset({"on", "certains", "d'aucuns", "plusieurs", "beaucoup"})

#: Demonstratives that stand for the latest compatible mention, whatever its role: ``ce dernier``.
DEMONSTRATIVES: dict[str, tuple[str | None, str]] = {
    "ce dernier": ("Masc", "Sing"),
    "cette derniere": ("Fem", "Sing"),
    "celui-ci": ("Masc", "Sing"),
    "celle-ci": ("Fem", "Sing"),
    "ces derniers": ("Masc", "Plur"),
    "ces dernieres": ("Fem", "Plur"),
    # ``Celle qui fut son adversaire dit …``: the subject pronoun of a relative stands for the person just named
    "celui": ("Masc", "Sing"),
    "celle": ("Fem", "Sing"),
    "ceux-ci": ("Masc", "Plur"),
    "celles-ci": ("Fem", "Plur"),
}

#: Singular demonstrative determiners: a description they open that the article ties to no name
#: (``explique cette habitante du quartier``) stands, like a pronoun, for the person just mentioned.
DEMONSTRATIVE_DETERMINERS: dict[str, tuple[str | None, str]] = {
    "ce": ("Masc", "Sing"),
    "cet": ("Masc", "Sing"),
    "cette": ("Fem", "Sing"),
}

#: Descriptions that mean a title (and sometimes a country) without saying it: ``le chef de l'État``
#: is the president, ``le maître du Kremlin`` the Russian president. Value: (title, qualifiers that the
#: article's own title + name must carry). Matched at the start of the description, after its article.
DESCRIPTION_EQUIVALENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "chef de l'etat": ("président", ()),
    "chef d'etat": ("président", ()),
    "chef de l'executif": ("président", ()),
    "numero un": ("président", ()),
    "maitre du kremlin": ("président", ("russe",)),
    "locataire du kremlin": ("président", ("russe",)),
    "hote du kremlin": ("président", ("russe",)),
    "locataire de la maison blanche": ("président", ("américain",)),
    "hote de la maison blanche": ("président", ("américain",)),
    "locataire de l'elysee": ("président", ("français",)),
    "hote de l'elysee": ("président", ("français",)),
    "locataire de matignon": ("premier ministre", ("français",)),
    "locataire du 10 downing street": ("premier ministre", ("britannique",)),
    "chef du gouvernement": ("premier ministre", ()),
    "chef de la diplomatie": ("ministre", ("affaires", "étrangères")),
    "patron de la diplomatie": ("ministre", ("affaires", "étrangères")),
    "chef des armees": ("président", ()),
    "homme fort de beauvau": ("ministre", ("intérieur",)),
    "locataire de beauvau": ("ministre", ("intérieur",)),
    "patron de beauvau": ("ministre", ("intérieur",)),
    "locataire de la place beauvau": ("ministre", ("intérieur",)),
    "hote de la place beauvau": ("ministre", ("intérieur",)),
    "patron de la place beauvau": ("ministre", ("intérieur",)),
    # The ministries' seats: Bercy (economy), the place Vendôme (justice), the Quai d'Orsay (foreign affairs),
    # the hôtel de Brienne (armed forces), the rue de Grenelle (education), avenue de Ségur (health).
    "locataire de bercy": ("ministre", ("économie",)),
    "patron de bercy": ("ministre", ("économie",)),
    "locataire de la place vendome": ("ministre", ("justice",)),
    "hote de la place vendome": ("ministre", ("justice",)),
    "locataire du quai d'orsay": ("ministre", ("affaires", "étrangères")),
    "patron du quai d'orsay": ("ministre", ("affaires", "étrangères")),
    "locataire de l'hotel de brienne": ("ministre", ("armées",)),
    "locataire de la rue de grenelle": ("ministre", ("éducation",)),
    "locataire de l'avenue de segur": ("ministre", ("santé",)),
    # The prefect is the State's representative in a département; the Justice minister keeps the seals.
    # A tie written with one of these (``Le garde des Sceaux, X``) is a tie of the title it means.
    # The mayor is the first magistrate of the town (``le premier magistrat de la ville``).
    "premier magistrat": ("maire", ()),
    "premiere magistrate": ("maire", ()),
    "representant de l'etat": ("préfet", ()),
    "representante de l'etat": ("préfet", ()),
    "garde des sceaux": ("ministre", ("justice",)),
    # A minister is a member of the government (``la membre du gouvernement`` after ``la ministre du Logement, X``).
    "membre du gouvernement": ("ministre", ()),
    # The winner of an election, until sworn in, is the candidate the article named.
    "president elu": ("candidat", ()),
    "presidente elue": ("candidat", ()),
}

#: Title words that name the same office: ``la présidente`` ties to ``président``.
TITLE_SYNONYMS: dict[str, str] = {
    "présidente": "président",
    "cheffe": "chef",
    "dirigeante": "dirigeant",
    "première ministre": "premier ministre",
    "porte-parole": "porte-parole",
    "chancelière": "chancelier",
    "secrétaire générale": "secrétaire général",
    # A monarch's title and the words news varies it with: ``la reine X`` … ``la souveraine``.
    "reine": "roi",
    "souverain": "roi",
    "souveraine": "roi",
    "monarque": "roi",
    # A coach is a trainer: ``son entraîneur, X`` … ``le coach grenoblois``.
    "coach": "entraîneur",
    "entraîneuse": "entraîneur",
}

#: Generic nouns for whoever leads a country or a body: ``le dirigeant`` may stand for anyone the article
#: titled with one of :data:`LEADER_TITLES`.
LEADER_NOUNS: frozenset[str] = frozenset(
    {
        "dirigeant",
        "dirigeante",
        "leader",
        "chef",
        "cheffe",
        "numéro un",
        "homme fort",
        # ``le patron de la CGT vosgienne`` after ``le secrétaire de l'union départementale CGT des Vosges, X``
        "patron",
        "patronne",
    }
)

#: Civilities that say a trade (``Me X`` is a lawyer, ``Dr X`` a doctor), with the title word they stand for in
#: :data:`DESCRIPTION_CLASSES`: ``l'avocate`` after ``Me Anne X`` is she, whatever else the article calls her.
TRADE_CIVILITIES: dict[str, str] = {"Me": "me", "Dr": "docteur", "Dr.": "docteur"}

#: Nouns that describe a person by their trade or standing, each with the titles it covers: news names
#: someone by title once (``le procureur X``, ``l'avocat du propriétaire, Me X``, ``le maire, X``) and then
#: varies it with the wider word (``le magistrat``, ``le pénaliste``, ``l'élu``). Keys and titles are
#: written as lemmas (masculine singular); the feminine is read through the tagger's lemma.
DESCRIPTION_CLASSES: dict[str, frozenset[str]] = {
    key: frozenset(titles.split())
    for keys, titles in (
        (
            "médecin praticien praticienne",
            "docteur docteure urgentiste chirurgien chirurgienne généraliste pédiatre psychiatre",
        ),
        ("magistrat magistrate", "procureur procureure juge substitut président présidente"),
        ("pénaliste", "avocat avocate me"),
        ("avocat avocate", "me pénaliste bâtonnier bâtonnière"),
        ("technicien technicienne", "entraîneur entraîneuse sélectionneur sélectionneuse coach"),
        # ``le banquier central`` after ``le gouverneur de la Banque de France, X``
        ("banquier banquière", "gouverneur gouverneure président présidente directeur directrice"),
        (
            "élu élue édile",
            "maire adjoint adjointe député députée sénateur sénatrice conseiller conseillère eurodéputé "
            "eurodéputée président présidente vice-président vice-présidente",
        ),
        ("parlementaire", "député députée sénateur sénatrice eurodéputé eurodéputée"),
        (
            "officier militaire",
            "commandant commandante capitaine colonel colonelle lieutenant lieutenante général générale "
            "lieutenant-colonel sergent caporal",
        ),
        ("policier policière", "commissaire brigadier capitaine commandant commandante"),
        ("diplomate", "ambassadeur ambassadrice consul consule envoyé envoyée"),
        # ``le journaliste`` after ``le correspondant de l'AFP à Quito, X``
        (
            "journaliste reporter",
            "journaliste correspondant correspondante envoyé envoyée reporter rédacteur rédactrice",
        ),
        # ``la haute fonctionnaire`` after ``la préfète du Var, X``: a senior civil servant heads an administration
        (
            "fonctionnaire haut-fonctionnaire",
            "préfet préfète sous-préfet sous-préfète directeur directrice gouverneur gouverneure inspecteur "
            "inspectrice ambassadeur ambassadrice",
        ),
        # ``la chercheuse`` after ``sa coordinatrice, la pédiatre X``: a scientist's trade, not an office of its own
        (
            "scientifique chercheur chercheuse",
            "chercheur chercheuse professeur professeure climatologue épidémiologiste biologiste",
        ),
        # ``le spécialiste`` after ``X, chercheur en cybersécurité``: an expert's trade, as the article gave it
        (
            "spécialiste expert experte",
            "chercheur chercheuse professeur professeure analyste économiste politologue sociologue historien "
            "historienne climatologue épidémiologiste virologue infectiologue consultant consultante",
        ),
        # ``le gendarme`` after ``l'adjudant X``: the ranks of the gendarmerie
        (
            "gendarme",
            "adjudant adjudante adjudant-chef major brigadier capitaine commandant commandante lieutenant "
            "lieutenante colonel colonelle",
        ),
        # ``la responsable syndicale`` after ``X, secrétaire générale de FO Justice``
        (
            "syndicaliste responsable",
            "délégué déléguée secrétaire président présidente directeur directrice porte-parole",
        ),
    )
    for key in keys.split()
}

#: Nouns that describe an ordinary person by what they are or do (``la retraitée``, ``l'éleveur``): tied to no
#: name, such a description with a definite article stands for the latest person named as the subject of a
#: sentence before it, when the article gave that person no title (a titled person is varied by a title's
#: class, :data:`DESCRIPTION_CLASSES`).
PERSON_KIND_NOUNS: frozenset[str] = frozenset(
    """
    retraité retraitée éleveur éleveuse agriculteur agricultrice viticulteur viticultrice vigneron vigneronne
    habitant habitante riverain riveraine commerçant commerçante artisan artisane ouvrier ouvrière
    salarié salariée étudiant étudiante lycéen lycéenne enseignant enseignante infirmier infirmière
    pêcheur pêcheuse boulanger boulangère restaurateur restauratrice chauffeur conducteur conductrice
    sinistré sinistrée rescapé rescapée survivant survivante quadragénaire quinquagénaire sexagénaire
    septuagénaire octogénaire nonagénaire trentenaire quarantenaire cinquantenaire mère père
    ingénieur ingénieure architecte technicien technicienne
    chanteur chanteuse musicien musicienne comédien comédienne acteur actrice romancier romancière
    écrivain écrivaine artiste cinéaste
    """.split()
)

#: Descriptions of a young person (``le jeune homme``, ``la jeune femme``), the noun with the word before it: they
#: take up the ordinary person just shown, as :data:`PERSON_KIND_NOUNS` do; ``l'homme`` or ``l'homme fort`` alone
#: do not (an unnamed head of state is ``l'homme fort du pays``), nor ``la jeune fille`` (often the daughter of
#: whoever was just named).
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({"jeune homme", "jeune femme"})

#: Endings of nouns for people (folded, singular): a speaker whose head noun the tables do not know but which
#: ends so (``une saisonnière``, ``un céréalier``, ``le démineur``, ``la cheffe``) may be someone; a head noun
#: ending otherwise (``un hélicoptère``, ``la desserte``, ``l'évacuation``) is a thing and speaks no words.
PERSON_NOUN_ENDINGS: tuple[str, ...] = tuple(
    """
    ier iere eur euse rice iste ien ienne aire ant ante ent ente
    ais aise ois oise ain aine in ine ef effe ard arde oint ointe
    """.split()
)

#: Nouns that only take up the person the article has just named (``Plusieurs élus réclament la démission du
#: ministre, X. L'intéressé, lui, assure …``): they name no role of their own.
TAKEN_UP_PERSON_NOUNS: frozenset[str] = frozenset({"intéressé", "intéressée", "intéressés", "intéressées"})

#: Nouns for people that end otherwise than :data:`PERSON_NOUN_ENDINGS` says (``la responsable départementale``,
#: ``un cadre du parti``): they introduce a person by what they do as well.
PERSON_NOUNS_OTHERWISE: frozenset[str] = frozenset(
    "responsable membre élu élue cadre notable dignitaire juriste".split()
)

#: Nouns that name a person by the part they play in the story rather than by an office (``le défenseur
#: central``, ``l'auteur du texte``, ``l'accusé``): tied to no name, such a description with a definite article
#: stands, as a pronoun would, for the person the sentences before are about.
STORY_ROLES: frozenset[str] = frozenset(
    """
    défenseur défenseure gardien gardienne attaquant attaquante ailier buteur buteuse arrière joueur joueuse
    capitaine auteur autrice rapporteur rapporteure accusé accusée prévenu prévenue plaignant plaignante
    interlocuteur interlocutrice intervenant intervenante orateur oratrice
    ouvreur demi talonneur pilier flanker troisième-ligne deuxième-ligne latéral avant-centre meneur meneuse
    manager fondateur fondatrice cofondateur cofondatrice
    coureur coureuse grimpeur grimpeuse sprinteur sprinteuse rouleur rouleuse cycliste pilote milieu
    athlète sportif sportive nageur nageuse skieur skieuse marathonien marathonienne
    """.split()
)

#: Parties to a trial (``l'accusé``, ``la prévenue``) and the court's officers (``le juge``, ``la présidente de la
#: cour``, ``Me X``): a party is never one of the officers, however recently the officer was named.
TRIAL_PARTIES: frozenset[str] = frozenset("accusé accusée prévenu prévenue".split())
COURT_OFFICERS: frozenset[str] = frozenset(
    """
    juge procureur procureure substitut avocat avocate me pénaliste greffier greffière magistrat magistrate
    bâtonnier bâtonnière
    """.split()
)
#: The bodies whose president is a court officer (``le président du tribunal``).
COURT_BODIES: frozenset[str] = frozenset("cour tribunal".split())

#: Prepositions that put a body as the medium words were said on (``l'a redit sur RTL``): a station, not a speaker.
MEDIUM_PREPOSITIONS: tuple[str, ...] = ("sur",)

#: Titles of people who lead a country, a government or an organization.
LEADER_TITLES: frozenset[str] = frozenset(
    """
    président présidente chef cheffe dirigeant dirigeante leader premier roi reine émir prince chancelier
    chancelière gouverneur gouverneure maire secrétaire patron patronne directeur directrice pdg p-dg
    """.split()
)

#: Titles a description may name a person by, besides ``entities.PERSON_TITLES``: the words that tie a
#: title to a name (``son homologue russe Vladimir Poutine``).
EXTRA_TITLES: frozenset[str] = frozenset(
    {
        "homologue",
        "adjudant",
        "adjudante",
        "adjudant-chef",
        "brigadier",
        "dirigeant",
        "dirigeante",
        "leader",
        "chef",
        "cheffe",
        "opposant",
        "opposante",
        "porte-parole",
        "conseiller",
        "conseillère",
        "ministre",
        "président",
        "présidente",
        "envoyé",
        "envoyée",
        "souverain",
        "souveraine",
        "monarque",
        "fonctionnaire",
        "haut-fonctionnaire",
        "coach",
    }
)

#: Titles written alike for a woman and a man: without an article (``Jeanne Petit, porte-parole des
#: sinistrés``) they say nothing of the person's gender, whatever the tagger guesses.
EPICENE_TITLES: frozenset[str] = frozenset(
    """
    porte-parole ministre vice-ministre secrétaire responsable juge membre chef maire médecin élève
    collègue commissaire capitaine garde diplomate journaliste photographe psychologue architecte édile
    """.split()
)

#: Endings of nouns for people that are the same for a man and a woman (``climatologue``, ``syndicaliste``,
#: ``géographe``, ``cinéphile``, ``astronaute``): such a noun set bare beside a name says nothing of its gender.
EPICENE_ENDINGS: tuple[str, ...] = ("logue", "iste", "graphe", "phile", "naute")

#: Qualifiers that change who a title names: ``l'ancien président`` is not ``le président``.
STALE_QUALIFIERS: frozenset[str] = frozenset(
    {"ancien", "ancienne", "ex", "ex-président", "futur", "future", "feu", "défunt", "défunte", "prochain", "prochaine"}
)

#: Bodies a person serves, named in a description's complement (``le porte-parole de la gendarmerie``, ``un
#: médecin de l'hôpital``), besides the organization nouns below: such a description is a member of that body,
#: Who speaks for a body as a whole rather than as a person (``un porte-parole de l'entreprise``, ``la direction
#: du groupe``): with a generic noun for a company after it, the words are the company's the article named.
BODY_VOICE_NOUNS: frozenset[str] = frozenset("porte-parole direction".split())

#: not whoever the article just named, unless the article tied that person to it.
SERVING_BODY_NOUNS: frozenset[str] = frozenset(
    "police gendarmerie armée hôpital préfecture mairie parquet ambassade état-major pompiers douane".split()
)

#: Places and buildings often named after someone (``à l'hôpital Aminu Kano``, ``rue Jean Jaurès``, ``au lycée
#: Victor Hugo``): a person's name right after one of them inside a phrase of place is the place's.
NAMED_PLACE_NOUNS: frozenset[str] = frozenset(
    """
    hôpital clinique centre rue avenue boulevard place quai lycée collège école université campus stade gymnase
    gare aéroport pont port quartier cité camp prison caserne hôtel musée théâtre salle parc
    """.split()
)

#: Nouns for an organization; ``la société``, ``l'organisation régionale`` resolve to a named
#: organization of the article (one named with that word, or tied to it, or the latest one).
ORG_NOUNS: frozenset[str] = frozenset(
    """
    société entreprise groupe compagnie firme organisation alliance institution agence association ong
    fondation opérateur constructeur fabricant géant coalition bloc organisme union parti syndicat club
    banque ministère gouvernement administration commission conseil tribunal cour bureau présidence
    assureur laboratoire transporteur distributeur éditeur plateforme industriel pétrolier armateur chaîne
    établissement juridiction mission délégation instance direction institut enseigne équipementier
    sous-traitant exploitant collectif comité mouvement fédération confédération coordination intersyndicale
    réseau consortium
    équipe cellule brigade préfecture mairie municipalité inspection observatoire cabinet
    """.split()
)

#: Organization nouns that may stand for the most recent organization even when nothing ties them to it:
#: ``la société`` after ``Chevron``. Others (``le ministère``) must match a name (``ministère de …``).
#: Nouns for a body of citizens (``Le syndicat appelle …`` after ``À la Coordination rurale, …``): they take up the
#: latest body named in the last sentences that is not a state body (:data:`STATE_BODY_HEADS`).
CIVIL_BODY_NOUNS: frozenset[str] = frozenset(
    "syndicat parti collectif mouvement fédération confédération coordination intersyndicale".split()
)
#: First words of a state body's name: never what ``le syndicat`` or ``le parti`` takes up.
STATE_BODY_HEADS: frozenset[str] = frozenset(
    """
    ministère gouvernement préfecture police gendarmerie armée parquet tribunal cour présidence mairie
    commission conseil assemblée sénat parlement état-major direction agence office
    """.split()
)

GENERIC_ORG_NOUNS: frozenset[str] = frozenset(
    """
    société entreprise groupe compagnie firme organisation alliance institution agence association ong
    fondation opérateur constructeur fabricant géant coalition organisme assureur laboratoire transporteur
    distributeur éditeur plateforme industriel pétrolier armateur établissement juridiction institut
    banque enseigne équipementier sous-traitant exploitant
    """.split()
)

#: Common nouns that can speak or act (people and bodies): only these, titles and organization nouns
#: are kept as antecedents of ``il``/``elle``/``ils``/``elles``.
ANIMATE_NOUNS: frozenset[str] = frozenset(
    """
    autorité autorités police gendarmerie armée gouvernement ministère présidence administration justice
    parquet procureur manifestant manifestante témoin habitant habitante responsable responsables expert
    experte spécialiste analyste observateur observatrice militant militante opposant opposante émeutier
    policier policière soldat militaire médecin secouriste journaliste correspondant correspondante
    source sources enquêteur enquêtrice diplomate diplomatie officiel officiels dirigeant dirigeante
    état-major kremlin élysée pentagone ong
    rebelle insurgé insurgée guérilla guérillero combattant combattante milicien milicienne gréviste
    ouvrier ouvrière salarié salariée employé employée agent agriculteur agricultrice paysan paysanne
    vigneron vigneronne éleveur éleveuse pêcheur pêcheuse commerçant commerçante riverain riveraine
    élu élue victime famille parent parents supporter supporteur voisin voisine passant passante
    majorité opposition
    garde-côte garde-côtes garde-frontière garde-frontières
    gendarme pompier sapeur-pompier sauveteur sauveteuse infirmier infirmière enseignant enseignante étudiant
    étudiante chercheur chercheuse conseiller conseillère gérant gérante patient patiente
    entourage proche proches camp
    intéressé intéressée
    """.split()
)

#: Nationality adjectives whose country name does not share their first letters (the others match by
#: prefix: ``kazakh`` ~ ``Kazakhstan``, ``russe`` ~ ``Russie``).
NATIONALITIES: dict[str, tuple[str, ...]] = {
    "américain": ("états-unis", "etats-unis", "usa", "amérique", "washington"),
    "américaine": ("états-unis", "etats-unis", "usa", "amérique", "washington"),
    "allemand": ("allemagne",),
    "allemande": ("allemagne",),
    "britannique": ("royaume-uni", "grande-bretagne", "londres"),
    "néerlandais": ("pays-bas",),
    "néerlandaise": ("pays-bas",),
    "grec": ("grèce",),
    "grecque": ("grèce",),
    "turc": ("turquie",),
    "turque": ("turquie",),
    "danois": ("danemark",),
    "danoise": ("danemark",),
    "suédois": ("suède",),
    "suédoise": ("suède",),
    "russe": ("russie", "moscou", "kremlin"),
    "français": ("france", "paris", "élysée"),
    "française": ("france", "paris", "élysée"),
    "chinois": ("chine", "pékin", "beijing"),
    "chinoise": ("chine", "pékin", "beijing"),
    "belge": ("belgique", "bruxelles"),
    "suisse": ("suisse", "berne"),
    "espagnol": ("espagne", "madrid"),
    "espagnole": ("espagne", "madrid"),
}

#: Endings of an adjective or noun of place (``rennais``, ``grenoblois``, ``lyonnais``, ``italien``, ``slovène``,
#: ``savoyard``): a description's place word (``le technicien rennais``) says which of two coaches it is, as a
#: nationality does. Read only on a description's modifiers and on the word before a name (``le Breton X``).
DEMONYM_ENDINGS: tuple[str, ...] = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "ard", "arde", "ène")

#: Modifiers with a demonym's ending that say no place: ``le technicien certain`` is nobody's town.
NOT_DEMONYMS: frozenset[str] = frozenset(
    """
    ancien ancienne certain certaine prochain prochaine humain humaine quotidien quotidienne lointain
    lointaine mondain mondaine souverain souveraine vilain vilaine soudain soudaine sain saine plein pleine
    vain vaine moyen moyenne bien rien chien chienne mien mienne sien sienne tien tienne gaillard gaillarde
    vieillard bavard bavarde mauvais mauvaise frais fraîche épais épaisse niais courtois courtoise sournois
    sournoise narquois géant scène mais jamais désormais
    """.split()
)

# -- Function words the resolver reads from the parse ------------------------------------------------------
# Compared with folded words (lowercase, straight apostrophe, no accents) unless the comment says otherwise.

#: The ending of a feminine title whose lemma lacks it (``chercheuse``/``chercheur``, ``élue``/``élu``,
#: ``préfète``/``préfet``): without an article, the written form is what says the person is a woman.
FEMININE_ENDING: str = "e"
#: Determiners that make the noun after them feminine (``la ministre``: feminine whatever the noun's tag).
FEMININE_ARTICLES: tuple[str, ...] = ("la", "une", "cette")
#: Possessives that make the noun feminine when they are its determiner (``sa ministre``).
FEMININE_POSSESSIVES: tuple[str, ...] = ("sa", "ma", "ta")
#: Possessives that say nothing of the noun's gender (``leur ministre``): the tag is not consulted either.
GENDERLESS_POSSESSIVES: tuple[str, ...] = ("notre", "votre", "leur")
#: Determiners that make the noun after them masculine (``le ministre``, ``du ministre``).
MASCULINE_DETERMINERS: tuple[str, ...] = ("le", "un", "ce", "cet", "du", "au")
#: The article before an organization's name → its (gender, number): ``les Nations unies`` is plural.
NAME_ARTICLES: dict[str, tuple[str | None, str]] = {
    "le": ("Masc", "Sing"),
    "du": ("Masc", "Sing"),
    "au": ("Masc", "Sing"),
    "la": ("Fem", "Sing"),
    "les": (None, "Plur"),
    "des": (None, "Plur"),
    "aux": (None, "Plur"),
}
#: Words before a description that open a complement, not the description (``le chef de …``). Kept as
#: written: ``à`` never equals a folded word, so in effect the set holds the others (behaviour unchanged).
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "par"})
#: Words that open a fronted phrase naming the topic a following pronoun stands for (``Quant au chef du parti,
#: il …``): unlike other fronted phrases (``Dans un entretien à France Inter, il …``), it names the subject.
TOPIC_MARKERS: frozenset[str] = frozenset({"quant"})
#: Words a mention may start with that are not part of it (``selon le ministre``), compared lowercase but
#: not folded (``après`` keeps its accent).
MENTION_LEAD_WORDS: tuple[str, ...] = ("selon", "d'après", "après", "d'", "par", "pour")
#: Words dropped from a description's qualifiers before titles are compared (``chef de l'État``).
QUALIFIER_STOPWORDS: frozenset[str] = frozenset({"de", "du", "la", "le", "l'", "d'"})
#: Title → the word that before it makes a longer title: ``premier ministre`` is not any ``ministre``.
COMPOUND_TITLES: dict[str, str] = {"ministre": "premier"}
#: Words that open a byline (``Par Julie Moreau``): the name after them is the journalist's, not the person the
#: headline is about.
BYLINE_WORDS: tuple[str, ...] = ("par", "de notre envoyé", "de notre envoyée", "de notre correspondant")
#: Forms of ``dernier`` as in ``ce dernier`` (the latest person named), compared lowercase (accents kept
#: and dropped, since both are written).
LATEST_WORDS: tuple[str, ...] = ("dernier", "dernière", "derniers", "dernières", "derniere", "dernieres")

#: A member of a union or party named after its initials (``le cégétiste`` after ``X, secrétaire général de la
#: CGT``): the initials, folded, that the person's title carries.
MEMBER_BODIES: dict[str, str] = {
    "cégétiste": "cgt",
    "cédétiste": "cfdt",
    "insoumis": "lfi",
    "insoumise": "lfi",
    "frontiste": "fn",
    "socialiste": "ps",
    "communiste": "pcf",
    "écologiste": "eelv",
}
