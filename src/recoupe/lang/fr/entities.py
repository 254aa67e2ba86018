"""French cues for named entities: what marks a person, and what spaCy wrongly calls an entity."""

from __future__ import annotations

#: Nouns (lemmas) that introduce a person: ``le président kazakh X``, ``l'attachée de presse X``,
#: ``le vice-ministre de la défense, X``. Seeing one just before a name makes it a person.
PERSON_TITLES: frozenset[str] = frozenset(
    """
    président présidente vice-président vice-présidente ministre vice-ministre secrétaire porte-parole
    attaché attachée représentant représentante chef cheffe directeur directrice général générale colonel
    commandant capitaine lieutenant maire député députée sénateur sénatrice juge procureur procureure
    ambassadeur ambassadrice premier première chancelier chancelière gouverneur gouverneure commissaire
    préfet préfète roi reine prince princesse pape patriarche émir cheikh imam rabbin évêque cardinal
    professeur professeure docteur docteure avocat avocate journaliste correspondant correspondante
    opposant opposante militant militante dirigeant dirigeante leader candidat candidate chercheur
    chercheuse économiste analyste expert experte politologue sociologue historien historienne porte-voix
    syndicaliste délégué déléguée président-directeur pdg p-dg fondateur fondatrice patron patronne entraîneur
    homologue successeur prédécesseur épouse époux fils fille frère sœur père mère veuve
    volcanologue sismologue géologue géophysicien géophysicienne climatologue météorologue glaciologue
    épidémiologiste virologue infectiologue médecin ingénieur ingénieure physicien physicienne
    magistrat magistrate responsable prédicateur prédicatrice pasteur prêtre officier inspecteur inspectrice
    superintendant administrateur administratrice coordinateur coordinatrice
    m. mme mlle dr me mgr
    """.split()
)

#: Nouns that introduce a person as a relative of someone the article names (``Son frère, l'ancien boxeur
#: X``): the relative shares that person's surname, so the bare surname written before is not the relative's.
#: Lowercase, as written.
KINSHIP_NOUNS: frozenset[str] = frozenset(
    """
    frère frères sœur sœurs fils fille filles père mère épouse époux mari femme veuve veuf cousin cousine
    neveu nièce oncle tante grand-père grand-mère petit-fils petite-fille beau-frère belle-sœur
    """.split()
)

#: Abbreviated civilities written before a surname (``M. Tokayev``), kept out of canonical names.
CIVILITIES: frozenset[str] = frozenset({"M.", "Mme", "Mlle", "Mme.", "Dr", "Dr.", "Me", "Mgr", "MM."})
#: The civilities that say the person is a woman (a pronoun ``elle`` may stand for her).
FEMININE_CIVILITIES: frozenset[str] = frozenset({"Mme", "Mlle", "Mme."})
#: The civilities that say the person is a man; the others (``Me``, ``Dr``) are written alike for both.
MASCULINE_CIVILITIES: frozenset[str] = frozenset({"M.", "MM.", "Mgr"})

#: Lowercase particles a surname opens with after a civility (``M. de Lanversin``, ``Mme d'Aubigny``, ``M. van
#: der Berg``): after ``M.``/``Mme`` they are the name's, not an article or a preposition. As written.
CIVILITY_PARTICLES: frozenset[str] = frozenset("de d' d’ du des von van der den di da del dos".split())

#: Surface forms spaCy's French models return as entities that are not: elided articles and
#: pronouns (``qu’``, ``n’``, ``L’``), ``État`` in ``chef de l'État``, a rubric (``En Brève``), a counted
#: noun with a capital (``2500 Hommes``), the abbreviation of ``numéro`` (``position de Non. 2``), and a
#: day word left when a time word is cut off a span (``Hier`` of ``Hier soir``); and acronyms French writes as common
#: nouns (``principale ONG du pays``, ``les PME``): a kind of body, no body's name.
NOT_ENTITIES: frozenset[str] = frozenset(
    """
    l' qu' n' d' j' s' c' m' t' l’ qu’ n’ d’ j’ s’ c’ m’ t’ le la les un une des il elle ils elles on
    état etat états etats ce cette cet ces lui leur selon
    brève brèves bref hommes femmes personnes non no hier demain aujourd'hui
    ong ongs pme tpe sdf hlm ehpad
    """.split()
)

#: Lowercase words that can start an entity span and should be trimmed off it (``l'UE`` → ``UE``).
LEADING_TRIM: frozenset[str] = frozenset({"l'", "d'", "le", "la", "les", "du", "de", "des", "au", "aux"})

#: Lowercase words that can end an entity span and should be trimmed off it: linking words spaCy leaves on
#: a name cut before its next part (``Confédération française démocratique du travail et``) and time words
#: it glues to a place (``Palais-Bourbon mardi midi``). Also the weekdays a dateline opens with and the words of a
#: time in the year (``voté par le Sénat [début mars]``).
TRAILING_TRIM: frozenset[str] = LEADING_TRIM | frozenset(
    """
    et ou d’ l’ lundi mardi mercredi jeudi vendredi samedi dimanche matin midi soir soirée nuit minuit
    après-midi veille lendemain dernier dernière prochain prochaine début fin mi-
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    """.split()
)

#: Prepositions that open what follows a name when spaCy ends the name's span on one before a lowercase word or a
#: figure (``devant le Congrès [pour] protester``, ``l'Office [à] 14 500``): no name ends with one. Before a
#: capital the name goes on (``Organisation pour la sécurité et la coopération en`` ``Europe``). As written.
NAME_END_PREPOSITIONS: frozenset[str] = frozenset("à pour par sur avec contre dans en vers depuis".split())

#: Nouns by which an apposition says a name is another name of what the name before it names: ``La NMBS,
#: le nom néerlandais de la SNCB, …``, ``l'OFB, sigle de l'Office français de la biodiversité``.
NAME_NOUNS: frozenset[str] = frozenset(
    "nom noms sigle acronyme abréviation appellation dénomination équivalent traduction".split()
)

#: Prepositions other than ``de`` that go on a body's lowercase name once it has one (``Bureau d'enquêtes et
#: d'analyses`` [``sur les risques industriels``], ``Office central`` … [``pour la répression``]). As written.
NAME_PREPOSITIONS: frozenset[str] = frozenset({"sur", "contre", "pour"})

#: The preposition that gives a name in a language (``Icelandic Meteorological Office en anglais``): in
#: brackets after a body's name, the name before it is another of the body's names. As written.
IN_LANGUAGE: str = "en"

#: The addresses French news names a ministry by, with the portfolio of that ministry: ``le Quai d'Orsay``
#: is the ministry of foreign affairs, whatever the government calls it (``ministère de l'Europe et des
#: Affaires étrangères``). As written.
METONYMS: dict[str, str] = {
    "Quai d'Orsay": "Affaires étrangères",
    "Beauvau": "Intérieur",
    "place Beauvau": "Intérieur",
    "Bercy": "Économie",
    "Hôtel de Brienne": "Armées",
    "place Vendôme": "Justice",
    "rue de Grenelle": "Éducation",
    "rue de Valois": "Culture",
}

#: Parliaments (or their chambers) French news names by their own name, with the demonym of their country:
#: ``le Bundestag`` is the ``Parlement allemand`` another outlet writes, the ``Knesset`` the ``Parlement
#: israélien``. As written.
NATIVE_ASSEMBLIES: dict[str, str] = {
    "Bundestag": "allemand",
    "Knesset": "israélien",
    "Douma": "russe",
    "Sejm": "polonais",
    "Storting": "norvégien",
    "Riksdag": "suédois",
    "Folketing": "danois",
    "Eduskunta": "finlandais",
    "Althing": "islandais",
    "Althingi": "islandais",
    "Rada": "ukrainien",
    "Verkhovna Rada": "ukrainien",
    "Cortes": "espagnol",
    "Majlis": "iranien",
    "Dáil": "irlandais",
    "Oireachtas": "irlandais",
    "Lok Sabha": "indien",
    "Sabor": "croate",
    "Skupština": "serbe",
    "Saeima": "letton",
    "Seimas": "lituanien",
    "Riigikogu": "estonien",
    "Mejlis": "turkmène",
    "Jogorku Kenesh": "kirghiz",
    "Majilis": "kazakh",
    "Mazhilis": "kazakh",
    "Oliy Majlis": "ouzbek",
    "Khural": "mongol",
}

#: Conjunctions that join the items of a list, French and English (``ministère de l'Économie et des Finances``,
#: ``Ministry of Economy and Finance``): a name holding one lists several fields.
LIST_CONJUNCTIONS: frozenset[str] = frozenset({"et", "and"})
#: A word written before an elision's apostrophe (``l'``, ``d'``, ``qu'``, ``jusqu'``): an apostrophe after any
#: other writes a sound inside one transliterated word (``Jama'at``).
ELIDED_WORD: str = r"(?i)^(?:[^\W\d_]{1,2}|[^\W\d_]*qu)$"
#: The word that gives a second acronym of one body in its brackets (``(GSIM, ou JNIM selon son acronyme
#: arabe)``, ``(OIM ou IOM)``).
ALTERNATIVE_CONJUNCTIONS: frozenset[str] = frozenset({"ou", "or"})

#: All-capital words that are ordinary words, not acronyms (headline capitals, abbreviations, acronyms used as
#: common nouns: ``une ONG``).
NOT_ACRONYMS: frozenset[str] = frozenset(
    """
    A AU AUX DE DU DES LE LA LES UN UNE ET OU EN SUR PAR POUR NON OUI IL ELLE ON CE CET LUNDI MARDI MERCREDI
    JEUDI VENDREDI SAMEDI DIMANCHE JANVIER FEVRIER FÉVRIER MARS AVRIL MAI JUIN JUILLET AOUT AOÛT SEPTEMBRE
    OCTOBRE NOVEMBRE DECEMBRE DÉCEMBRE AFP ONG ONGS PME TPE SDF HLM EHPAD
    II III IV VI VII VIII IX XI XII XIII XIV XV XVI XX XXI
    """.split()
) - {"AFP"}

#: Nouns naming an institution: ``ministère de la Santé`` is one organization, not a place ``Santé``.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """
    ministère secrétariat direction agence office commission conseil comité cour tribunal parquet préfecture
    mairie office haut-commissariat inspection observatoire institut caisse autorité
    """.split()
)

#: Nouns naming a role: ``ministre de l'Intérieur``, ``garde des Sceaux``, ``Premier ministre`` are titles of
#: people, not named entities; their capitalized complement is no entity either.
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    ministre vice-ministre garde secrétaire président présidente directeur directrice préfet préfète procureur
    procureure maire chef porte-parole commissaire
    """.split()
)

#: Portfolios written with a capital after a role or institution (``ministre de la Santé``): a title's
#: complement, never a place or a person; with the lowercase words that end them (``Transition
#: écologique``, ``Éducation nationale``).
PORTFOLIOS: frozenset[str] = frozenset(
    """
    intérieur santé justice défense armées sceaux affaires étrangères europe économie finances budget comptes
    éducation enseignement recherche travail emploi culture agriculture environnement écologie transition
    transports logement sports outre-mer énergie industrie commerce solidarités famille jeunesse numérique
    fonction publique territoires anciens combattants mer cohésion
    écologique nationale supérieur alimentaire souveraineté solidaire publics extérieur accès soins
    """.split()
)

#: Portfolios that also name places (``département d'Outre-mer``, ``la région Europe``): a place's kind before
#: them still names a place, not an office (:data:`PORTFOLIOS`). Lowercase.
PLACE_PORTFOLIOS: frozenset[str] = frozenset({"europe", "mer", "outre-mer", "territoires"})

#: Words before a company's name that make it an organization (``l'assureur Axa``, ``le groupe Total``).
ORGANIZATION_CUES: frozenset[str] = frozenset(
    """
    groupe société entreprise compagnie firme assureur constructeur opérateur banque géant fabricant laboratoire
    club parti syndicat association ONG fédération journal quotidien hebdomadaire chaîne agence
    collectif mouvement coordination comité réseau front alliance union fondation intersyndicale exploitant
    """.split()
)

#: Nouns whose complement is a group, never a place (``la branche sahélienne d'Al-Qaïda``, ``un émir de l'État
#: islamique``): a name after them is an organization even where spaCy reads a place. ``combattants``,
#: ``militants``, ``chef`` are not here: ``les combattants de Gaza``, ``le chef de l'État``.
MEMBER_NOUNS: frozenset[str] = frozenset("branche branches filiale filiales émir émirs faction factions".split())

#: How frequent (``wordfreq`` Zipf scale: 3 is once per million words) a lowercase word must be for a
#: capitalized common noun opening a sentence (``Manifestation``, ``Réunion du conseil``) to be dropped
#: when spaCy took it for a name. First names that are also frequent (``Pauline``) are kept as PER.
COMMON_WORD_ZIPF = 3.5


def _inflected(singulars: str) -> frozenset[str]:
    """Masculine singular demonyms with their feminine and plural forms (``ukrainien`` → ``ukrainiennes``)."""
    forms: set[str] = set()
    for word in singulars.split():
        forms.add(word)
        if word.endswith("e") or word.endswith("è"):
            forms.add(word + "s")
        elif word.endswith("s"):
            forms.update({word + "e", word + "es"})
        elif word.endswith("al"):
            forms.update({word[:-2] + "aux", word + "e", word + "es"})
        elif word.endswith("en"):
            forms.update({word + "s", word + "ne", word + "nes"})
        else:
            forms.update({word + "s", word + "e", word + "es"})
    return frozenset(forms | {"grecque", "grecques", "turque", "turques"})


#: Names of peoples (``les Américains``, ``un Ukrainien``, ``les Marseillais``): spaCy's French models
#: tag them as places or misc entities; they name no place, person or organization, so they are dropped.
DEMONYMS: frozenset[str] = _inflected(
    """
    afghan algérien allemand américain anglais angolais argentin arménien australien autrichien azerbaïdjanais
    belge biélorusse birman bolivien brésilien britannique bulgare burkinabè burundais cambodgien camerounais
    canadien centrafricain chilien chinois chypriote colombien congolais coréen croate cubain danois égyptien
    émirati équatorien érythréen espagnol estonien éthiopien européen finlandais français gabonais gallois
    géorgien ghanéen grec guatémaltèque guinéen haïtien hongrois indien indonésien irakien iranien irlandais
    islandais israélien italien ivoirien jamaïcain japonais jordanien kazakh kenyan kirghiz kosovar koweïtien
    letton libanais libérien libyen lituanien luxembourgeois macédonien malgache malien malaisien marocain
    mauritanien mexicain moldave monégasque mongol monténégrin mozambicain namibien néerlandais népalais
    nicaraguayen nigérian nigérien norvégien néo-zélandais ougandais ouzbek pakistanais palestinien panaméen
    paraguayen péruvien philippin polonais portugais qatari roumain russe rwandais saoudien sénégalais serbe
    slovaque slovène somalien soudanais sri-lankais suédois syrien tadjik taïwanais tanzanien tchadien
    tchèque thaïlandais togolais tunisien turc turkmène ukrainien uruguayen vénézuélien vietnamien yéménite
    zambien zimbabwéen écossais hollandais sud-africain sud-coréen nord-coréen
    parisien marseillais lyonnais breton alsacien basque catalan flamand wallon québécois bruxellois
    niçois toulousain bordelais lillois nantais normand occitan savoyard kurde ouïghour tchétchène tatar
    sahraoui touareg pachtoune yézidi druze arabe africain asiatique occidental oriental latino-américain
    """
)

# -- Function words the entity corrections read (lowercase, as written) ----------------------------------

#: Words a portfolio's name may hold besides :data:`PORTFOLIOS` (``ministre de l'Intérieur``).
PORTFOLIO_LINKS: frozenset[str] = frozenset({"de", "des", "du", "la", "l'"})
#: Definite articles between a governing noun's ``de`` and the name (``ministère de la Santé``).
DEFINITE_ARTICLES: tuple[str, ...] = ("la", "l'", "le", "les")
#: Forms of ``de`` through which a name complements a noun (``ministère de la Santé``).
COMPLEMENT_LINKS: tuple[str, ...] = ("de", "des", "du", "d'")
#: Nouns whose complement keeps its article inside a body's name (``Haut-Commissariat … aux droits de
#: l'homme``, ``Fonds … pour les droits de l'enfant``), where a name's later complements take none.
ARTICLED_COMPLEMENT_NOUNS: frozenset[str] = frozenset({"droits", "droit"})
#: Prepositions that lead to a place (``à Omdourman``, ``près de Goma``) and the ones a country in apposition
#: opens with (``à Omdourman, au Soudan``): a name between them is a town, whatever spaCy typed it. As written.
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "de", "d'", "vers", "depuis"})

#: International bodies whose acronym spells neither their French nor their English name's initials as outlets
#: write them, with the names French articles give them: an acronym and its expansion meet only through this
#: list (``l'Unicef`` / ``le Fonds des Nations unies pour l'enfance``). Acronyms that spell their name
#: (``OMS``, ``CICR``) are joined by their initials and need no entry.
INTERNATIONAL_BODIES: dict[str, tuple[str, ...]] = {
    "Unicef": ("Fonds des Nations unies pour l'enfance", "United Nations Children's Fund"),
    "Unesco": ("Organisation des Nations unies pour l'éducation, la science et la culture",),
    "FAO": ("Organisation des Nations unies pour l'alimentation et l'agriculture", "Food and Agriculture Organization"),
    "OCHA": (
        "Bureau de la coordination des affaires humanitaires",
        "Bureau des Nations unies pour la coordination des affaires humanitaires",
        "Office for the Coordination of Humanitarian Affairs",
    ),
    "UNRWA": ("Office de secours et de travaux des Nations unies pour les réfugiés de Palestine",),
    "Frontex": ("Agence européenne de garde-frontières et de garde-côtes",),
    "Europol": ("Agence de l'Union européenne pour la coopération des services répressifs",),
    "Interpol": ("Organisation internationale de police criminelle",),
}

#: Words of a place's name that give its side of a larger one, in French, in English and as the adjective
#: (folded), by the side they name: outlets write one district ``Rukum-Ouest``, ``Rukum West`` and ``Rukum
#: occidental``, one province ``Sud-Kivu``, ``South Kivu`` and ``Kivu du Sud``.
COMPASS_WORDS: dict[str, str] = {
    **dict.fromkeys(("ouest", "west", "occidental", "occidentale"), "W"),
    **dict.fromkeys(("est", "east", "oriental", "orientale"), "E"),
    **dict.fromkeys(("nord", "north", "septentrional", "septentrionale"), "N"),
    **dict.fromkeys(("sud", "south", "meridional", "meridionale"), "S"),
}
#: Words a place's name links its side with, left out when comparing (``Kivu du Sud``).
COMPASS_LINKS: frozenset[str] = frozenset({"du", "de", "d"})
COUNTRY_PREPOSITIONS: frozenset[str] = frozenset({"au", "aux", "en"})
#: Contracted articles after which a single capitalized word is no person (``le maître du Kremlin``).
CONTRACTED_ARTICLES: tuple[str, ...] = ("du", "au", "aux", "des")

#: Head nouns of organization names, by kind, French and English, and those of the languages news leaves
#: bodies' names in (Spanish, Italian, Romanian: ``Curtea Constituțională``, ``Biroul Electoral Central``): two
#: names of one story are one body only if their heads are of one kind (``Institut géologique`` ~ ``Geological
#: Survey``, but ``Organisation mondiale de la santé`` is no ``ministère de la Santé``). Compared folded; a name
#: without one fits any.
ORGANIZATION_HEADS: dict[str, str] = {
    **dict.fromkeys("ministere ministeres ministry secretariat ministerio ministero ministerul".split(), "ministry"),
    **dict.fromkeys(
        """institut institute service services office bureau agence agency autorite authority direction
        directorate administration observatoire observatory centre center survey department
        departement servicio instituto agencia autoridad direccion oficina centro servizio istituto
        agenzia biroul agentia autoritatea institutul oficiul serviciul directia centrul""".split(),
        "agency",
    ),
    # companies, named in French, English or Spanish (``Corporation nationale du cuivre``, ``Corporación
    # Nacional del Cobre``, ``Compañía Minera…``)
    **dict.fromkeys("corporation corporacion compagnie company compania empresa".split(), "company"),
    **dict.fromkeys("organisation organization".split(), "organization"),
    **dict.fromkeys("conseil council consiliul".split(), "council"),
    **dict.fromkeys("comite committee".split(), "committee"),
    **dict.fromkeys("commission comisia".split(), "commission"),
    **dict.fromkeys("assemblee parlement parliament senat senate chambre parlamentul senatul".split(), "assembly"),
    **dict.fromkeys("parti party partidul".split(), "party"),
    **dict.fromkeys("banque bank".split(), "bank"),
    **dict.fromkeys("universite university".split(), "university"),
    **dict.fromkeys(
        """parquet tribunal cour court mairie prefecture caisse hopital hospital ambassade embassy
        consulat consulate curtea tribunalul""".split(),
        "institution",
    ),
}

#: Capitalized words that open a foreign body's name in Portuguese, Spanish or Italian (``Defesa Civil``, ``Brigada
#: Militar``, ``Guardia Civil``, ``Polícia Federal``), folded: news keeps such names untranslated, and spaCy's French
#: model, seeing two capitalized words, takes them for a person's name. Not heads of a name's shape (the linker
#: compares ``Brigada Militar`` and ``Brigade militaire`` word by word): they only say a body is named.
FOREIGN_BODY_OPENERS: frozenset[str] = frozenset(
    """
    defesa defensa difesa brigada brigata policia polizia guarda guardia forca forcas fuerza fuerzas forza forze
    exercito ejercito esercito marinha armada prefeitura prefettura camara tribunal conselho consejo consiglio
    secretaria segreteria fundacao fundacion fondazione proteccion protecao protezione comissao comision
    commissione universidade universidad universita hospital ospedale sindicato sindacato partido partito
    movimento movimiento coordenadoria departamento dipartimento procuradoria procuraduria fiscalia
    """.split()
)

#: Capitalized words that close a body's name in English (``Special Investigation Team``, ``Rapid Action Force``,
#: ``Border Guard``), folded: the English order puts the head last, where spaCy expects a surname.
ENGLISH_BODY_CLOSERS: frozenset[str] = frozenset("team unit force forces police guard army navy corps squad".split())

#: Lowercase words that link two capitalized halves of a body's name in English (``National Commission`` [``on``]
#: ``Human Rights``, ``Authority`` [``for``] ``Civil Aviation``): spaCy ends the name at them.
ENGLISH_NAME_LINKS: frozenset[str] = frozenset("on of for and".split())

#: The country whose news this is: French news names the French state's bodies without a country, so the
#: ``ministère français de la Santé`` of one article is the ``ministère de la Santé et de l'Accès aux soins``
#: another names in full. As written.
HOME_COUNTRY: str = "France"

#: English names of peoples, for foreign bodies news gives in English (``Turkish Geological Survey``):
#: their country, like a French demonym's, is compared by its first three letters (``tur``).
ENGLISH_DEMONYMS: frozenset[str] = frozenset(
    """
    turkish french german british american russian ukrainian chinese japanese indian pakistani iranian iraqi
    syrian israeli lebanese egyptian moroccan algerian tunisian libyan saudi afghan kazakh peruvian chilean
    mexican brazilian argentine argentinian colombian spanish italian greek dutch belgian swiss austrian
    polish romanian hungarian czech serbian croatian bulgarian georgian armenian azerbaijani indonesian
    filipino korean vietnamese thai nepalese nepali bangladeshi nigerian kenyan ethiopian sudanese somali haitian
    cuban venezuelan ecuadorian bolivian canadian australian european african
    """.split()
)

#: Learned or poetic adjectives of a country whose first letters are not its name's (``Service hellénique
#: des incendies`` is the ``Service grec des incendies``), French and English, with the plain demonym they
#: stand for: two names of one story are compared by the country, not by the word. Compared folded.
COUNTRY_EPITHETS: dict[str, str] = {
    **dict.fromkeys("hellenique helleniques hellenic".split(), "grec"),
    **dict.fromkeys("helvetique helvetiques helvetic".split(), "suisse"),
    **dict.fromkeys("nippon nippone nippons nippones".split(), "japonais"),
    **dict.fromkeys("ottoman ottomane".split(), "turc"),
    **dict.fromkeys("lusitanien lusitanienne".split(), "portugais"),
    # English names of peoples whose first letters are not the French one's (``Icelandic Meteorological
    # Office`` is the ``Office météorologique islandais``)
    "icelandic": "islandais",
    "german": "allemand",
    "french": "francais",
    "dutch": "neerlandais",
    "spanish": "espagnol",
    "swiss": "suisse",
    "swedish": "suedois",
    "hungarian": "hongrois",
    "austrian": "autrichien",
    "romanian": "roumain",
    "czech": "tcheque",
    "lebanese": "libanais",
    "moroccan": "marocain",
    "saudi": "saoudien",
    "brazilian": "bresilien",
    "filipino": "philippin",
    "korean": "coreen",
    "sudanese": "soudanais",
    "ecuadorian": "equatorien",
}

#: English words of the bodies news names in English (``Hellenic Fire Service``) whose French translation
#: does not share their first letters, with that translation: a name is compared by the French word's stem,
#: so the English and the French name of one body meet (``fire`` ~ ``incendies``). Cognates
#: (``geological`` ~ ``géologique``) need no entry. Compared folded.
#: French words that translate one English word of a body's name alike, by the one a name is compared by:
#: outlets translate ``Support Mission`` as ``mission d'appui`` or ``mission de soutien``. Compared folded.
#: ``droits de l'homme`` and ``droits humains`` (``Human Rights``) are one field.
NAME_SYNONYMS: dict[str, str] = {
    "appui": "soutien",
    "homme": "humain",
    "hommes": "humains",
    # a bishops' conference is an ``épiscopale`` one (``Conférence des évêques`` / ``Conférence épiscopale``)
    "episcopale": "eveques",
    "episcopal": "eveques",
}

#: Prepositions that open a lowercase complement of a body's name other than ``de`` (``Mission … de soutien
#: à la sécurité``, ``Fonds … pour la paix``): spaCy often ends the name before them, a bracketed acronym
#: after them still spells or names the whole.
BODY_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "pour"})

ENGLISH_NAME_WORDS: dict[str, str] = {
    "congress": "congres",  # (its double ``s`` keeps a letter more than the French word's stem)
    "fire": "incendie",
    "fires": "incendie",
    "firefighting": "incendie",
    "rescue": "secours",
    "emergency": "urgence",
    "emergencies": "urgence",
    "health": "sante",
    "weather": "meteorologie",
    "disaster": "catastrophe",
    "disasters": "catastrophe",
    "management": "gestion",
    "railway": "chemin",
    "railways": "chemin",
    "water": "eau",
    "foreign": "etrangere",
    "affairs": "affaire",
    "defence": "defense",
    "interior": "interieur",
    "earthquake": "seisme",
    "search": "recherche",
    "support": "soutien",  # ``Multinational Security Support Mission``
    # a cognate, but a name without a head noun is compared by its whole words (``security`` / ``sécurité``)
    "security": "securite",
    # United Nations bodies and international courts (``World Food Programme`` / ``Programme alimentaire
    # mondial``, ``International Criminal Court`` / ``Cour pénale internationale``)
    "world": "mondial",
    "food": "alimentaire",
    "criminal": "penal",
    "high": "haut",
    "refugees": "refugie",
    "refugee": "refugie",
    "children": "enfance",
    "human": "humain",
    "rights": "droit",
    "labour": "travail",
    "labor": "travail",
    "trade": "commerce",
    "peace": "paix",
    "intelligence": "renseignement",
    "senate": "senat",
    "armed": "armee",  # ``Ghana Armed Forces`` / ``Forces armées du Ghana``
    "foundation": "fondation",
    "state": "etat",  # ``Islamic State`` / ``État islamique``, a ``State Emergency … Agency`` / ``Agence … de l'État``
    "board": "bureau",  # ``Water Supply Board`` / ``Bureau de l'eau``
    # and Spanish or Portuguese words news leaves untranslated (``Senado Federal``, the ``Sénat fédéral``)
    "senado": "senat",
    "seguridad": "securite",  # ``Seguridad Pública``, the ``Sécurité publique``
    "seguranca": "securite",
    "salud": "sante",  # ``Servicio de Salud``, the ``Service de santé``
    "saude": "sante",
    "cruz": "croix",  # ``Cruz Roja``, the ``Croix-Rouge``
    "roja": "rouge",
    "vermelha": "rouge",
    "crisis": "crise",  # ``Crisis Committee``, the ``Comité de crise``
    "dream": "reve",  # a party's name, translated by some outlets only (``… Dream``, ``Rêve …``)
}

#: Head nouns of bodies named after someone or something else: the ``Fondation Kwahu Gold`` is not the
#: company ``Kwahu Gold``, the ``Prix Nobel`` not ``Nobel``; a name without the head is the other one. Folded.
#: A work or a site built at a place and named after it is another thing than the place: the ``barrage de
#: Sarrans`` is not the village ``Sarrans``, the ``aéroport de Nantes`` not the town.
NAMED_AFTER_HEADS: frozenset[str] = frozenset(
    "fondation foundation prix musee museum stade barrage digue pont port aeroport gare tunnel mine".split()
)

#: Nouns of places and buildings named after a person (``l'hôpital universitaire Aminu Kano``, ``le lycée
#: Victor-Hugo``, ``la rue Jean-Jaurès``): the name after them is the site's, and its last word is no surname to
#: find that person by elsewhere in the article (``Kano`` the city). Lowercase, as written.
SITE_NOUNS: frozenset[str] = frozenset(
    """hôpital hôpitaux clinique université lycée collège école aéroport stade rue avenue boulevard place
    pont gare centre institut fondation musée quai port base camp caserne prison mosquée église cathédrale
    barrage""".split()
)

#: Words that introduce the nickname a person goes by after their name (``Mohamed Hamdan Daglo, dit
#: Hemedti``): the nickname is another name of that person. Lowercase, as written.
NICKNAME_CUES: frozenset[str] = frozenset({"dit", "dite", "surnommé", "surnommée", "alias"})

#: Words of the cardinal points: a place name that adds one to another names a part of it, another place
#: (``Darfour du Nord`` is no short form's long form of ``Darfour``, nor ``Corée du Sud`` of ``Corée``),
#: French and English. Compared folded.
CARDINAL_WORDS: frozenset[str] = frozenset(
    """
    nord sud est ouest nord-est nord-ouest sud-est sud-ouest occidental occidentale oriental orientale
    septentrional septentrionale meridional meridionale north south east west northern southern eastern western
    """.split()
)

#: The English acronyms of United Nations bodies open with these letters before the French acronym's
#: (``UNHCR`` / ``HCR``), and the words a French name of such a body holds (``Haut-Commissariat des Nations
#: unies pour les réfugiés``). As written.
UNITED_NATIONS_ACRONYM_PREFIX: str = "UN"
UNITED_NATIONS_WORDS: str = "Nations unies"

#: Head nouns an acronym keeps the letter of when the body is named without them: ``l'ONU`` and ``les Nations
#: unies`` (*Organisation des Nations unies*). Letter → head noun, as written.
OMITTED_HEAD_INITIALS: dict[str, str] = {"O": "Organisation"}

#: Words that qualify an organization's name without telling which body it is (``Service géologique
#: national``, ``l'Autorité turque``): left out when two names of one story are compared. Compared folded.
ORGANIZATION_MODIFIERS: frozenset[str] = frozenset(
    """
    national nationale nationaux nationales international internationale internationaux internationales
    general generale generaux generales federal federale federaux federales central centrale centraux
    centrales superieur superieure public publique publics publiques mondial mondiale mondiaux mondiales
    regional regionale regionaux regionales officiel officielle nacional nacionales internacional
    internacionales provincial provinciale provinciaux provinciales
    """.split()
)

#: Words that say what kind of place a name is (``province de Kahramanmaraş``): the place is the same with
#: or without them. Compared folded. (A port, a bridge or an airport is another place than its town.)
ADMINISTRATIVE_WORDS: frozenset[str] = frozenset(
    """
    ville region province departement commune district comte canton municipalite agglomeration village
    localite prefecture oblast wilaya gouvernorat
    """.split()
)

#: Administrative words of a region (folded), as a name's first word (``département de Potosí``): a region
#: named after its main town is another place than the town, which its bare name means (``la ville de
#: Potosí``, ``à Potosí``), though :data:`ADMINISTRATIVE_WORDS` leaves the word out of the place's name.
REGION_WORDS: frozenset[str] = frozenset(
    "region province departement district comte canton oblast wilaya gouvernorat division".split()
)

#: The level of government a body's modifier says (folded): the ``Office régional de police criminelle``
#: (a Land's) and the ``Office fédéral de police criminelle`` are two bodies, though
#: :data:`ORGANIZATION_MODIFIERS` leaves both words out of what names them.
ORGANIZATION_LEVELS: dict[str, str] = {
    "federal": "federal",
    "federale": "federal",
    "federaux": "federal",
    "federales": "federal",
    "regional": "regional",
    "regionale": "regional",
    "regionaux": "regional",
    "regionales": "regional",
    # a province's office (``département provincial de la Santé``) is neither the country's nor a region's
    "provincial": "provincial",
    "provinciale": "provincial",
    "provinciaux": "provincial",
    "provinciales": "provincial",
    "national": "national",
    "nationale": "national",
    "nationaux": "national",
    "nationales": "national",
    "nacional": "national",
    "nacionales": "national",
    "international": "international",
    "internationale": "international",
    "internationaux": "international",
    "internationales": "international",
    "internacional": "international",
    "internacionales": "international",
    "mondial": "international",
    "mondiale": "international",
    "mondiaux": "international",
    "mondiales": "international",
}

#: ``le procureur de la République du Havre``: the Republic a French prosecutor serves is no place, and
#: ``République du Havre`` no state; the name after it is the town whose court he sits at. The offices so
#: written (lowercase, as written) and the word.
REPUBLIC_OFFICES: frozenset[str] = frozenset(
    "procureur procureure procureurs procureures substitut substitute substituts vice-procureur".split()
)
REPUBLIC_WORD: str = "République"
#: The words between the office and the Republic (``procureur de la République``): link, then article.
REPUBLIC_LINK: tuple[str, str] = ("de", "la")

#: Capitalized, these words open the name of a local authority, not of its territory: ``la Ville du
#: Havre`` (the town council, a party to a trial) is not ``Le Havre``, ``la Région Normandie`` is not
#: ``la Normandie``. Lowercase (``la ville du Havre``, ``la région Normandie``) they are the place itself
#: (:data:`ADMINISTRATIVE_WORDS`). As written.
LOCAL_AUTHORITY_WORDS: frozenset[str] = frozenset(
    "Ville Région Département Métropole Collectivité Communauté Agglomération".split()
)

#: Spellings of one sound in names transliterated from Arabic, Russian, Hebrew…: French writes ``ou`` and
#: ``ch`` (``Oussama al-Rachidi``, ``Khan Younès``), English ``u`` and ``sh`` (``Usama al-Rashidi``,
#: ``Khan Younis``), an unstressed vowel may be ``e`` or ``i``. Applied, in order, to folded name keys.
TRANSLITERATION_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("dj", "j"),  # French ``dj`` for the English ``j`` of Turkic, Arabic, Persian names (``Djalal`` / ``Jalal``)
    ("tsch", "ch"),  # German and French spellings of a Slavic ``ч`` (``Klitschko`` / ``Klitchko``)
    ("tch", "ch"),  # (and of an Amharic one: ``Guétatchew`` / ``Getachew``)
    ("oe", "o"),  # German umlauts written out (``Soeder`` / ``Söder``, read ``Soder``)
    ("ue", "u"),
    ("ae", "a"),
    ("eo", "u"),  # Korean romanizations (``Lee Jae-myeong`` / ``Lee Jae-myung``)
    ("ck", "k"),  # (``Han Duck-soo`` / ``Han Duk-soo``)
    ("sh", "ch"),
    ("ou", "u"),
    ("e", "i"),
)

#: Spellings of one sound that need their context, as regexes over folded name keys applied before
#: :data:`TRANSLITERATION_SPELLINGS`: French writes ``gu`` before ``e``/``i`` where English writes ``g``
#: (``Guennadi`` / ``Gennady``, ``Guebremikael`` / ``Gebremichael``); English keeps the Greek ``ch`` of a
#: biblical name between vowels where French transliterates the sound, ``k`` (``Michael`` / ``Mikael``); and
#: a final ``-ay`` (key ``ai``) of an English transliteration is the ``é`` of the French one (``Tigray`` /
#: ``Tigré``); an ``ow`` before a consonant is the French ``ou``. The ``aï`` French writes between consonants
#: is the diphthong English writes ``y`` (key ``i``: ``Hyderabad`` / ``Haïderabad``, ``Mysore`` / ``Maïsore``), in
#: a name's first syllables only (``Saïd`` is no ``Sid``); an
#: aspirate ``h`` after a final ``d``, ``t``, ``b``, ``g``, ``k`` or ``p`` of an Indic name is one outlet's and
#: not another's (``Sindh`` / ``Sind``, ``Ladakh`` / ``Ladak``).
TRANSLITERATION_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(?<=[bcdfghjklmnpqrstvwxz])ai(?=[bcdfghjklmnpqrstvwxz]\w{3})", "i"),
    (r"(?<=[dtbgkp])h\b", ""),
    (r"gu(?=[ei])", "g"),
    (r"(?<=[aeiou])ch(?=a)", "k"),
    (r"(?<=[aeiou])(?:kh|h)(?=a)", "k"),  # the Greek ``χ`` written ``h`` or ``kh`` (``Vlachakis`` / ``Vlahakis``)
    (r"(?<=\w\w)ai\b", "e"),
    (r"ow(?![aeiouy])", "u"),  # an English ``ow`` before a consonant is a French ``ou`` (``Chowdhury`` / ``Choudhury``)
)

#: The words that link a town's name to its river or region (``Loriol-sur-Drôme``, ``Châlons-en-Champagne``,
#: ``Saint-Rémy-lès-Chevreuse``, folded): news often cuts the name before them.
TOWN_NAME_LINKS: frozenset[str] = frozenset("sur en les sous".split())

#: Abbreviations written in names, as their name key writes them (folded), with the word in full: ``St-Fleur`` /
#: ``Saint-Fleur``, ``Ste-Anne-des-Monts`` / ``Sainte-Anne-des-Monts``.
NAME_ABBREVIATIONS: tuple[tuple[str, str], ...] = ((r"\bst(e?)\b\.?", r"saint\1"),)

#: Letters French writes for a sound other languages spell with a plain letter (``Fayçal`` / ``Faisal``), and
#: letters with a stroke that no accent folding takes off, which outlets write out (``Đurić`` / ``Djuric``,
#: ``Wałęsa`` / ``Walesa``, ``Møller`` / ``Moller``): read as that letter before a name key is made, in
#: transliterated names only. As written.
TRANSLITERATION_LETTERS: dict[str, str] = {
    "ç": "s",
    "Ç": "S",
    "đ": "dj",
    "Đ": "Dj",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
}

#: Endings that make a first name's feminine from its masculine (``Martin`` / ``Martine``, ``Louis`` / ``Louise``,
#: ``Julien`` / ``Julie``, ``Mario`` / ``Maria``, ``Alexandre`` / ``Alexandra``), over folded name keys (double
#: letters already single: ``Jean`` / ``Jeanne``): two first names one such ending apart are two people, a man
#: and a woman, not two spellings of one name. As (masculine, feminine).
GENDERED_FIRST_NAME_ENDINGS: tuple[tuple[str, str], ...] = (("", "e"), ("o", "a"), ("e", "a"), ("ien", "ie"))

#: Letters transliterations write for one sound, over folded name keys: any vowel for another (``Mohamed`` /
#: ``Mohamad``, ``Khaled`` / ``Khalid``), and these consonants for each other (``Olga`` / ``Olha``, ``Vladimir``
#: / ``Wladimir``, ``Mehmet`` / ``Mehmed``, the Cyrillic ``в`` of a Persian word, ``Davron`` / ``Dauron``, the
#: ``b`` and ``v`` of Sanskrit, Bengali, Greek or Spanish names: ``Bishnu`` / ``Vishnu``). Two first names one of
#: these apart may be one person's.
TRANSLITERATION_VOWELS: str = "aeiou"
TRANSLITERATION_CONSONANT_PAIRS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair) for pair in ("gh", "kc", "kq", "cq", "vw", "ij", "sz", "td", "uv", "bv")
)
#: Letters a transliteration writes or leaves out (``Mikhail`` / ``Mikail``, ``Fatima`` / ``Fatma``, Greek
#: ``Giannis`` / ``Yannis``): a vowel, ``h``, or a ``g`` opening the name before a vowel.
TRANSLITERATION_SILENT_CONSONANT: str = "h"
#: Letters a transliteration writes or leaves out before another (the Cyrillic ``х``, ``kh`` in French and
#: English, ``h`` in Tajik, Uzbek or Turkish spellings: ``Rakhmon`` / ``Rahmon``), as {letter: the letter after}.
TRANSLITERATION_DROPPED_BEFORE: dict[str, str] = {"k": "h"}
TRANSLITERATION_OPENING_CONSONANT: str = "g"

#: Particles of Arabic names, folded, each with the one spelling they are compared by: outlets write
#: ``el-``/``al-``/``Al`` and ``ben``/``bin``/``Ben``/``ibn`` for the same word (``Mohammed ben Salmane`` /
#: ``Mohammed bin Salman``, ``El-Facher`` / ``Al-Fashir``).
ARABIC_NAME_PARTICLES: dict[str, str] = {"al": "al", "el": "al", "ben": "ben", "bin": "ben", "ibn": "ben"}
#: The regex of a mute final ``e`` French adds to an Arabic name so that its last consonant sounds
#: (``Burhane`` / ``Burhan``, ``Amine`` / ``Amin``): dropped, over folded name keys, in names that hold one
#: of :data:`ARABIC_NAME_PARTICLES` only (elsewhere it tells ``Martine`` from ``Martin``).
ARABIC_MUTE_ENDING: str = r"(?<=[aiou]n)e\b"

#: Words that link the capitalized words of a foreign name French news writes as is (``Servicio Nacional de
#: Geología y Minería``, ``Corporación Nacional del Cobre``, ``National Geology and Mining Service``): spaCy's
#: French model cuts such a name at them. Lowercase, as written.
FOREIGN_NAME_LINKS: frozenset[str] = frozenset(
    "y e del de la las los el ante para and of for the do da dos das di della delle degli".split()
)
#: The French ones among them: after one of these a name the tagger calls a place is whose body it is
#: (``ministère de l'Intérieur de Turquie``), kept apart, not a further word of the name.
FRENCH_NAME_LINKS: frozenset[str] = frozenset({"de", "la", "le", "les", "du", "des", "d'", "l'"})

#: Words that link the content words of a name (French, English, and the Spanish, Portuguese or Italian news
#: leaves untranslated): left out of its initials (``Organisation du traité de sécurité collective`` →
#: ``OTSC``) and of the words two names are compared by (``Servicio Nacional de Meteorología e Hidrología``).
NAME_PARTICLES: frozenset[str] = frozenset(
    "de du des d la le les l et en à au aux pour sur of the and for y e del".split()
    + "von van der den ben bin ibn al el wal da di dos das zu".split()
)


#: What follows a person's name as an apposition giving the age (``Fatou, 34 ans,``; ``Gérard, 71 ans``): a
#: reportage names its witnesses by a first name and an age (or ``X, un Syrien de 23 ans``), which spaCy often takes
#: for a place.
AGE_APPOSITION: str = r"\s*,\s*(?:\d{1,3}\s+ans\b|une?\s+(?:[\w-]+\s+){1,3}de\s+\d{1,3}\s+ans\b)"
