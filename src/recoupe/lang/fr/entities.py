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
    syndicaliste délégué déléguée président-directeur fondateur fondatrice patron patronne entraîneur
    homologue successeur prédécesseur épouse époux fils fille frère sœur père mère veuve
    m. mme mlle dr me mgr
    """.split()
)

#: Abbreviated civilities written before a surname (``M. Tokayev``), kept out of canonical names.
CIVILITIES: frozenset[str] = frozenset({"M.", "Mme", "Mlle", "Mme.", "Dr", "Dr.", "Me", "Mgr", "MM."})

#: Surface forms spaCy's French models return as entities that are not: elided articles and
#: pronouns (``qu’``, ``n’``, ``L’``), and ``État`` in ``chef de l'État``.
NOT_ENTITIES: frozenset[str] = frozenset(
    """
    l' qu' n' d' j' s' c' m' t' l’ qu’ n’ d’ j’ s’ c’ m’ t’ le la les un une des il elle ils elles on
    état etat états etats ce cette cet ces lui leur selon
    """.split()
)

#: Lowercase words that can start an entity span and should be trimmed off it (``l'UE`` → ``UE``).
LEADING_TRIM: frozenset[str] = frozenset({"l'", "d'", "le", "la", "les", "du", "de", "des", "au", "aux"})

#: All-capital words that are ordinary words, not acronyms (headline capitals, abbreviations).
NOT_ACRONYMS: frozenset[str] = frozenset(
    """
    A AU AUX DE DU DES LE LA LES UN UNE ET OU EN SUR PAR POUR NON OUI IL ELLE ON CE CET LUNDI MARDI MERCREDI
    JEUDI VENDREDI SAMEDI DIMANCHE JANVIER FEVRIER FÉVRIER MARS AVRIL MAI JUIN JUILLET AOUT AOÛT SEPTEMBRE
    OCTOBRE NOVEMBRE DECEMBRE DÉCEMBRE AFP II III IV VI VII VIII IX XI XII XIII XIV XV XVI XX XXI
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
    ministre garde secrétaire président présidente directeur directrice préfet préfète procureur procureure
    maire chef porte-parole commissaire
    """.split()
)

#: Portfolios written with a capital after a role or institution (``ministre de la Santé``): a title's
#: complement, never a place or a person.
PORTFOLIOS: frozenset[str] = frozenset(
    """
    intérieur santé justice défense armées sceaux affaires étrangères europe économie finances budget comptes
    éducation enseignement recherche travail emploi culture agriculture environnement écologie transition
    transports logement sports outre-mer énergie industrie commerce solidarités famille jeunesse numérique
    fonction publique territoires anciens combattants mer cohésion
    """.split()
)

#: Words before a company's name that make it an organization (``l'assureur Axa``, ``le groupe Total``).
ORGANIZATION_CUES: frozenset[str] = frozenset(
    """
    groupe société entreprise compagnie firme assureur constructeur opérateur banque géant fabricant laboratoire
    club parti syndicat association ONG fédération journal quotidien hebdomadaire chaîne agence
    """.split()
)
