"""French speech and attribution cues: the verbs that report words, and frames such as ``selon X``."""

from __future__ import annotations

from recoupe.lang.fr import coref as _coref
from recoupe.text import phrase_alternation

#: Lemmas of verbs that report what someone said, wrote or announced. Used to attribute quotes and
#: figures, and as a sign that their subject is a person or an organization.
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    déclarer dire affirmer indiquer préciser ajouter annoncer assurer estimer expliquer souligner
    rappeler avertir prévenir confier raconter répondre réitérer insister noter observer admettre
    reconnaître démentir nier confirmer promettre menacer accuser dénoncer juger considérer penser
    croire regretter déplorer se féliciter féliciter saluer lancer poursuivre conclure écrire tweeter
    publier signaler rapporter témoigner martelé marteler affirmer clamer s'exclamer exclamer
    interroger demander exhorter appeler proclamer répliquer commenter résumer défendre plaider
    argumenter soutenir protester fustiger critiquer condamner évoquer détailler souffler glisser
    lâcher confirmer informer communiquer relever constater prédire avouer mentionner
    ironiser insurger indigner asséner assener abonder nuancer concéder avancer renchérir enchaîner
    compléter rétorquer désoler réjouir inquiéter alarmer analyser relater trancher
    certifier garantir jurer répéter scander plaider réclamer exiger implorer supplier revendiquer
    expliciter annoncer prévenir tweeter poster assurer qualifier réagir tonner tempêter fulminer agacer
    étonner rassurer espérer souhaiter alerter interpeller objecter contester réfuter pronostiquer crier
    hurler écrier s'écrier requérir parler conseiller recommander justifier invoquer pointer
    souvenir remémorer décrire remercier enthousiasmer pester râler maugréer bougonner grogner railler
    lamenter tempérer murmurer chuchoter recenser dénombrer comptabiliser chiffrer
    """.split()
)

#: Verbs that report words only in an incise (``« … », poursuit-il``, ``lance-t-elle``): elsewhere they
#: mean something else (``poursuivre les opérations``, ``lancer une offensive``), so a quote is not
#: attributed to their subject from a reporting clause; with ``que`` after them they report words too
#: (``X maintient que …``, not ``maintient le cap``).
INCISE_ONLY_VERBS: frozenset[str] = frozenset(
    """
    reprendre continuer poursuivre enchaîner lancer glisser souffler lâcher sourire plaisanter ironiser
    conclure trancher interroger soupirer emporter amuser rigoler esclaffer grincer tacler enflammer couper
    maintenir sangloter
    """.split()
)

#: Verbs of a state of mind (hope, wish, belief, fear): ``Les autorités espèrent que … « … », a indiqué X``
#: tells what X said the authorities hope, so the incise ending the sentence, not this verb, gives the
#: speaker of quoted words inside what they hope.
MIND_VERBS: frozenset[str] = frozenset("espérer souhaiter penser croire craindre vouloir compter".split())

#: Nouns for what someone says or holds (``Sa réponse est « … »``, ``Son credo : « … »``): with a possessive they
#: give the quote to the possessive's owner.
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    réponse réplique credo crédo message mot devise slogan leitmotiv conclusion verdict explication argument
    analyse constat commentaire réaction diagnostic avis sentiment souhait vœu voeu espoir crainte ambition
    priorité objectif promesse conviction philosophie formule résumé consigne
    """.split()
)

#: Nouns of a call to act, after ``à`` (``à l'appel des syndicats``, ``à l'initiative du collectif``): a crowd that
#: gathers so, ``pour réclamer « … »``, carries the words of whoever called it.
CALL_NOUNS: frozenset[str] = frozenset("appel initiative".split())
#: The adverb that negates an adjective inside a noun phrase (``les partis non indépendantistes``).
ADJECTIVE_NEGATIONS: frozenset[str] = frozenset({"non"})
#: Adverbs of a superlative inside a noun phrase (``l'un des comptes les plus suivis du mouvement``).
SUPERLATIVE_ADVERBS: frozenset[str] = frozenset({"plus", "moins"})
#: Nouns of a crowd that speak only by chanting (``des milliers de personnes ont défilé aux cris de « … »``):
#: elsewhere such a noun is as often counted as victims as it is heard.
CROWD_NOUNS: frozenset[str] = frozenset("personne personnes gens foule foules cortège cortèges".split())
#: Prepositions that open a purpose clause (``pour dénoncer``, ``afin d'exiger``).
PURPOSE_MARKERS: frozenset[str] = frozenset("pour afin".split())

#: Nouns for words a crowd chants (``aux cris de « … »``, ``au son des slogans « … »``): the quote after them and
#: ``de`` is chanted by the subject of the clause they complete (``des manifestants ont défilé aux cris de …``).
CHANT_NOUNS: frozenset[str] = frozenset("cri cris slogan slogans chant chants".split())
#: Prepositions that give the reason for a passive act (``poursuivi par le parquet pour « sabotage »``, ``accusé
#: par l'opposition de « trahison »``): the quoted reason is the agent's words.
CAUSE_LINKS: frozenset[str] = frozenset("pour de d' d’".split())
#: Nouns of what a crowd carries written words on (``derrière une banderole proclamant « … »``, ``en brandissant des
#: pancartes « … »``): the words are the clause's subject's, as a chant is.
SIGN_NOUNS: frozenset[str] = frozenset(
    "banderole banderoles pancarte pancartes calicot calicots écriteau écriteaux affiche affichettes".split()
)
#: Verbs between a sign and its words, or of carrying it (``une banderole proclamant``, ``en brandissant``): not
#: the clause the words belong to.
SIGN_VERBS: frozenset[str] = frozenset(
    "proclamer clamer porter afficher arborer brandir tenir déployer dire réclamer lire".split()
)
#: Verbs of a crowd demonstrating (``10 000 personnes ont défilé … « … »``): a crowd of people who do so and whose
#: words are quoted are protesters, named so (:data:`PROTESTERS`) before the words that counted them.
PROTEST_VERBS: frozenset[str] = frozenset(
    "défiler manifester rassembler marcher protester converger brandir scander".split()
)
PROTESTERS: str = "manifestants"

#: Pronouns that pick one of a group named after ``de`` (``l'un d'eux``, ``l'une des habitantes``): the speaker is
#: the whole phrase, one of them, never the bare ``un``.
ONE_OF: tuple[str, ...] = ("un", "une")
#: The link between ``l'un`` and a possessed group (``l'un de ses responsables``, ``une d'entre elles``).
ONE_OF_LINKS: tuple[str, ...] = ("de", "d'", "d’")

#: Who speaks for a body (``Son porte-parole a estimé …`` after an agency): the body's words.
SPOKESPERSON_NOUNS: tuple[str, ...] = ("porte-parole", "porte-voix", "porte-paroles")

#: Who asks the questions of an interview (``a répondu aux questions de notre journaliste X``): not the one
#: whose answers follow.
INTERVIEWER_NOUNS: tuple[str, ...] = tuple(
    """
    journaliste journalistes reporter animateur animatrice présentateur présentatrice intervieweur intervieweuse
    """.split()
)

#: Words that open a sentence going on with the one before, even at a paragraph's start (``Et de dénoncer
#: la « … »``): its elided subject is that sentence's.
CONTINUING_OPENERS: tuple[str, ...] = ("et", "mais", "puis", "ensuite")

#: Verbs that give something a name (``ce que les autorités ont appelé une « opération antiterroriste »``):
#: their subject is whose words a quoted name is, even for a title or an operation's name.
NAMING_VERBS: frozenset[str] = frozenset(
    "appeler qualifier baptiser surnommer nommer dénommer traiter désigner décrire présenter".split()
)

#: Verbs that set words as a decision or an offer rather than say them (``la « grève totale » décrétée par le
#: syndicat``, ``le « dialogue » proposé par le maire``): set as a participle after the quote with its agent,
#: that agent's words, as with a speech verb. Not read as speech verbs elsewhere.
DECREE_VERBS: frozenset[str] = frozenset("décréter proposer prôner ordonner instaurer".split())

#: Nouns after which a capitalized quotation is a name, not someone's words: ``l'opération « Bouclier »``,
#: ``le film « La Haine »``. Such a quote gets a speaker only from a naming verb or an explicit incise.
NAME_NOUNS: frozenset[str] = frozenset(
    """
    opération mission plan programme projet loi décret réforme film livre ouvrage roman essai album chanson
    titre journal quotidien hebdomadaire magazine revue émission série documentaire pièce spectacle
    exposition festival mouvement collectif association parti groupe slogan hashtag mot-dièse campagne
    baptisé baptisée baptisés baptisées intitulé intitulée intitulés intitulées surnommé surnommée
    dénommé dénommée nommé nommée appelé appelée code nom
    """.split()
)

#: Multi-word reporting expressions (lowercase, as written) that behave like a speech verb.
SPEECH_PHRASES: tuple[str, ...] = (
    "fait savoir",
    "a fait savoir",
    "fait état",
    "faisait état",
    "faisaient état",
    "font état",
    "s'est dit",
    "s'est dite",
    "mis en garde",
    "met en garde",
    "fait valoir",
    "fait remarquer",
    "fait observer",
    "fait part",
)

#: Words after which a speech verb is part of an incise, never a reporting clause of its own: the
#: inverted subject clitics of ``a-t-il déclaré``, ``assure-t-elle``, ``ont-ils ajouté``.
INVERTED_CLITICS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on"})

#: Prepositions that open an attribution frame: ``selon le ministère``, ``d'après la police``.
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("selon", "d'après", "aux dires de", "de l'avis de", "à en croire")

# -- Words the speaker cues read from the parse (analyze/quotes/speaker.py) ------------------------------
# Compared with folded words (lowercase, straight apostrophe, no accents); written here as French writes them.

#: Single-word attribution prepositions → the word that must come right before them (``d'`` of ``d'après``;
#: empty when none): how ``selon X`` / ``d'après X`` look token by token.
ATTRIBUTION_WORDS: dict[str, str] = {"selon": "", "après": "d'", "croire": "en", "yeux": "aux", "dires": "aux"}
#: Words that link an attribution noun to its source (``aux yeux de X``, ``aux dires du maire``): skipped to reach
#: the source.
ATTRIBUTION_LINKS: tuple[str, ...] = ("de", "d'", "du", "des")
#: Object clitics that stand for the source in ``À l'en croire, …`` / ``À les en croire, …``: the person the sentence
#: before is about.
ATTRIBUTION_CLITICS: tuple[str, ...] = ("l'", "les", "la", "le")
#: Words after an attribution preposition that make it no attribution: ``selon lequel`` (a relative),
#: ``selon moi`` (the quoted speaker's own view).
#: Verbs whose ``il`` is impersonal (``Il s'agit de``, ``il faut``, ``il reste``): the tagger marks every ``il``
#: subject it doubts as impersonal, so only these verbs are trusted to take a subject that is no one.
IMPERSONAL_VERBS: frozenset[str] = frozenset(
    """
    falloir agir sembler paraître pleuvoir neiger exister rester manquer arriver être avoir valoir convenir
    suffire importer s'agir advenir
    """.split()
)

#: Verbs by which an outlet relays what someone else said (``« … », a rapporté le journal``): in an incise after
#: a quote whose own sentence already has a speaker (``Son président s'est dit « … », a rapporté X``), they name
#: who reported the words, not who said them.
RELAY_VERBS: frozenset[str] = frozenset({"rapporter", "relater", "relayer", "citer"})

NOT_ATTRIBUTED_AFTER: tuple[str, ...] = ("lequel", "laquelle", "lesquels", "lesquelles", "moi")
#: Prepositions that open an opinion frame at the head of a sentence: ``Pour le ministre, « … »``.
OPINION_PREPOSITIONS: tuple[str, ...] = ("pour",)
#: Lemmas of the auxiliaries, which are never speech verbs themselves.
AUXILIARY_LEMMAS: tuple[str, ...] = ("avoir", "être")
#: Forms of ``avoir`` and ``être`` that open a compound tense in an incise (``a déclaré``), recognised by
#: form when the tagger calls ``a`` in ``a tweeté`` unknown.
AUXILIARY_FORMS: frozenset[str] = frozenset(
    "a ont avait avaient aura auront aurait auraient est sont était étaient sera seront serait".split()
)
#: Words dropped from the front of a :data:`SPEECH_PHRASES` entry to find its verb (``a fait savoir``).
PHRASE_AUXILIARIES: tuple[str, ...] = ("a", "ont", "avait", "s'est", "est", "se")
#: Prepositions of the complements an incise may put between its verb and its subject
#: (``a déclaré à la presse X``, ``a dit lors d'une conférence X``).
INCISE_PREPOSITIONS: tuple[str, ...] = (
    "à",
    "au",
    "aux",
    "dans",
    "devant",
    "lors",
    "sur",
    "en",
    "pour",
    "auprès",
    "après",
    "avant",
    "via",
    "depuis",
    "pendant",
    "face",
    "chez",
    "sous",
    "vers",
    "avec",
    "contre",
    "malgré",
    "durant",
    "dès",
    "par",
)
#: Words that open such a complement whatever the tagger calls them.
INCISE_COMPLEMENT_OPENERS: tuple[str, ...] = ("au", "aux", "lors")
#: A manner complement between an incise's verb and its subject opens with ``de`` and one of these articles
#: (``raconte d'une voix blanche la mère``, ``lâche d'un ton sec le maire``, ``dit de sa voix posée X``); a
#: subject never opens with ``de un``, so the phrase is skipped.
INCISE_MANNER_LINKS: tuple[str, ...] = ("de", "d'")
INCISE_MANNER_ARTICLES: tuple[str, ...] = ("un", "une", "son", "sa")
#: Forms of ``de`` that link the parts of one noun phrase (``chef de l'État``).
COMPLEMENT_LINKS: tuple[str, ...] = ("de", "du", "des", "d'")
#: Links that tie an unnamed speaker to where or in which body they serve (``un responsable du HCR au
#: Tchad``, ``un conseiller au ministère``), read only after a phrase opened by an indefinite article.
AFFILIATION_LINKS: tuple[str, ...] = ("au", "aux", "à")
#: Prepositions of the place that completes a participle in an unnamed speaker's description (``la mère d'un
#: étudiant tué devant le Parlement``, ``une femme blessée à Goma``): the place says which one.
PARTICIPLE_PLACE_PREPOSITIONS: tuple[str, ...] = ("devant", "à", "au", "aux", "dans", "sur")
#: Set phrases that complete a description of a body or an office (``le parti au pouvoir``, ``le président en
#: exercice``, ``le gouvernement en exil``).
STANDING_COMPLEMENTS: tuple[tuple[str, str], ...] = (("au", "pouvoir"), ("en", "exercice"), ("en", "exil"))
#: A link to a bare noun that says a described person's field or state (``un étudiant en architecture``,
#: ``une infirmière en réanimation``, ``un ouvrier en grève``): part of who they are.
FIELD_LINKS: tuple[str, ...] = ("en",)
#: Indefinite articles: an unnamed speaker's description opens with one (``un cadre``, ``une source``).
INDEFINITE_ARTICLES: tuple[str, ...] = ("un", "une")
#: Plural partitive articles the parser may tag as prepositions (``des habitants joints par téléphone décrivent``):
#: they open a subject, where a preposition sets a phrase off (``a de son côté dénoncé``).
PARTITIVE_ARTICLES: tuple[str, ...] = ("des", "d'")
#: Time words an incise may put before its subject even when no time expression was tagged.
INCISE_TIME_WORDS: frozenset[str] = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir matin midi veille lendemain".split()
)
#: Clitics between a subject and its verb (``X lui a dit``, ``X ne l'a pas dit``). Not the same set as
#: :data:`INVERTED_CLITICS`, the subject pronouns written after the verb.
PREVERBAL_CLITICS: frozenset[str] = frozenset(
    {"ne", "n'", "se", "s'", "lui", "leur", "l'", "le", "la", "les", "y", "en"}
)
#: Reflexive clitics before an incise's verb: ``s'interroge X``, ``s'est-il félicité``.
REFLEXIVE_CLITICS: tuple[str, ...] = ("s'", "se")
#: Object and adverbial clitics set before an incise's verb (``« … », y affirme-t-il``, ``en dit-elle``, ``nous
#: confie-t-il``, ``lui répond le maire``): they say where or to whom, never who speaks; the incise goes on past them.
#: Stressed pronouns set after a subject to contrast it (``Le préfet, lui, a salué …``): no part of who speaks.
STRESSED_PRONOUNS: frozenset[str] = frozenset({"lui", "elle", "eux", "elles"})
#: Possessives of the speakers themselves (``notre service``): only a third person's (``son service``) is a body the
#: reporter may speak for.
FIRST_PERSON_POSSESSIVES: frozenset[str] = frozenset("mon ma mes notre nos".split())
INCISE_OBJECT_CLITICS: tuple[str, ...] = ("y", "en", "lui", "leur", "nous", "vous", "me", "m'", "te", "t'")
#: Of those, the ones that are subjects as often (``nous avions annoncé``): objects only before an inverted subject.
SUBJECT_OR_OBJECT_CLITICS: tuple[str, ...] = ("nous", "vous")
#: Inverted subject clitics that name nobody in particular: ``a-t-on appris``.
IMPERSONAL_CLITICS: frozenset[str] = frozenset({"on"})
#: Frames before an indefinite ``on`` that say who it is (``Dans l'entourage du ministre, on assure``, ``Chez Airbus,
#: on se dit serein``, ``Du côté de la direction, on …``), as written, word by word; longer ones first.
INDEFINITE_SUBJECT_FRAMES: tuple[str, ...] = (
    "du côté de",
    "du côté du",
    "du côté des",
    "au sein de",
    "au sein du",
    "au sein des",
    "chez",
    "dans",
    "à",
    "au",
    "aux",
)
#: Subjects that never name a speaker: the euphonic ``t`` of ``a-t-il`` and demonstratives (``c'est``).
NON_SPEAKER_SUBJECTS: tuple[str, ...] = ("-t", "t", "ce", "c'", "cela", "ça")
#: Endings of nouns for people: see :data:`recoupe.lang.fr.coref.PERSON_NOUN_ENDINGS`.
PERSON_NOUN_ENDINGS: tuple[str, ...] = _coref.PERSON_NOUN_ENDINGS
#: Nouns for people that end as no other noun for people does (``un homme d'affaires``, ``une femme``).
PEOPLE_NOUNS: tuple[str, ...] = ("homme", "femme", "enfant", "fille", "fils", "garçon", "jeune", "personne")
#: Pronouns that stand for a place or a thing (``y``, ``en``), never for who speaks.
THING_PRONOUNS: tuple[str, ...] = ("y", "en")
#: The euphonic ``t`` of ``a-t-il``, as a token (``-t``, ``t``) and as the prefix of ``t-il``.
EUPHONIC_T: tuple[str, ...] = ("-t", "t")
EUPHONIC_PREFIX: str = "t-"
#: The word that opens a gerund (``en sanglotant``): between an incise's verb and its subject it says how the
#: words were spoken (``« … », a raconté en pleurant X``).
GERUND_MARKERS: frozenset[str] = frozenset({"en"})

#: The relative pronoun a subject may be (``le ministre, qui a déclaré``): the speaker is its antecedent.
RELATIVE_SUBJECTS: tuple[str, ...] = ("qui",)
#: The relative pronoun whose antecedent owns the subject it opens (``X, dont l'entourage assure …``): the speaker
#: is that subject of X (``l'entourage de X``), not X.
POSSESSOR_RELATIVES: tuple[str, ...] = ("dont",)
#: The word that joins such a subject to its owner when written whole.
POSSESSOR_LINK: str = "de"
#: A possessive's noun written with its owner (``son cabinet`` → ``le cabinet du gouverneur``): the definite
#: article by the noun's gender and number, elided before a vowel, and ``de`` contracted with the owner's article.
POSSESSED_ARTICLES: dict[tuple[str, str], str] = {
    ("Masc", "Sing"): "le",
    ("Fem", "Sing"): "la",
    ("Masc", "Plur"): "les",
    ("Fem", "Plur"): "les",
}
ELIDED_ARTICLE: str = "l'"
OWNER_LINKS: dict[str, str] = {"le": "du", "les": "des", "la": "de la", "l'": "de l'", "l’": "de l’"}
ELIDED_LINK: str = "d'"
#: Letters before which the article and ``de`` elide (``l'entourage``, ``d'Anne Roux``).
ELIDING_LETTERS: str = "aeiouyhàâäéèêëîïôöùûü"
#: Relative pronouns that may follow an incise's subject (``a déclaré X, qui …``), lowercase.
RELATIVES_AFTER_SUBJECT: tuple[str, ...] = ("qui", "dont")
#: Conjunctions that introduce reported words (``a déclaré que``), lowercase.
COMPLEMENTIZERS: tuple[str, ...] = ("que", "qu'")
#: Coordination inside a speaker's noun phrase: ``ont déclaré Paris et Berlin``.
SPEAKER_COORDINATORS: tuple[str, ...] = ("et",)
#: Titles named by their portfolios, which a second portfolio after ``et de`` continues (``le ministre de la Marine
#: marchande et de la Politique insulaire``): the title is whole only with it.
PORTFOLIO_TITLES: tuple[str, ...] = ("ministre", "ministère", "secrétaire", "secrétariat", "commissaire")
#: Civilities the tagger may not call a noun, read as the head of a speaker's noun phrase (as written).
SPEAKER_CIVILITIES: tuple[str, ...] = ("M.", "Mme", "MM.")
#: First-person words: a quote holding one is someone's own words (``« je ne partirai pas »``).
FIRST_PERSON: frozenset[str] = frozenset({"je", "j'", "nous", "me", "m'", "moi", "notre", "nos", "mon", "ma", "mes"})

#: Endings of conjugated verb forms, stripped to guess the infinitive when the lemmatizer fails.
VERB_ENDINGS: tuple[str, ...] = ("aient", "ait", "ent", "ees", "ee", "es", "e", "a", "ant", "ons", "ez", "ra", "rait")


def verb_lemma_guesses(form: str, lemma: str) -> frozenset[str]:
    """The infinitives a folded verb ``form`` (with the tagger's folded ``lemma``) could come from.

    A function rather than a table: the lemmatizer misses forms such as ``martèle`` or ``redit``, and the
    guess strips French endings (``estime`` → ``estimer``, ``dit`` → ``dire``) and the repetition prefix
    ``re-`` (``réaffirme`` → ``affirmer``). Too many guesses is harmless: they are only intersected with
    lists of speech verbs.
    """
    guesses = {lemma, form}
    for ending in VERB_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            stem = form[: -len(ending)]
            guesses.update((stem + "er", stem + "ir", stem + "re"))
    if form.endswith(("it", "is", "u", "ut")):
        stem = form.rstrip("tsu")
        guesses.update((stem + "ir", stem + "re"))
    guesses.update(g[2:] for g in list(guesses) if g.startswith("re") and len(g) > 5)
    return frozenset(guesses)


#: Written endings a verb of the first conjugation (infinitive in ``-er``, most speech verbs) has only when it is not
#: conjugated: the infinitive, the past participle, the present participle (``déclarer``, ``déclarées``,
#: ``déclarant``). Any other form of such a verb (``invoque``, ``rappelle``, ``dénoncent``) is a conjugated verb.
FIRST_CONJUGATION_INFINITIVE: str = "er"
FIRST_CONJUGATION_NONFINITE_ENDINGS: tuple[str, ...] = ("er", "é", "ée", "és", "ées", "ant")
#: Written endings of a first-conjugation past participle (``jugée``, ``qualifiés``): the tagger often calls such a
#: form an adjective with no verb features (``une somme jugée « … » par X``), the ending says it is a participle.
FIRST_CONJUGATION_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")


def conjugated_by_form(form: str, lemma: str) -> bool:
    """Whether a lowercase verb ``form`` of ``lemma`` is conjugated, judged by its written ending alone.

    The tagger of the French models calls a present tense after a noun an infinitive or a participle
    hung on that noun (``le groupe invoque``, ``Santé publique France, de son côté, rappelle``); the ending
    of a first-conjugation verb says otherwise. Other verbs are not judged (``dit`` is both).
    """
    if not lemma.endswith(FIRST_CONJUGATION_INFINITIVE) or len(form) < 3 or form[:2] != lemma[:2]:
        return False
    return not form.endswith(FIRST_CONJUGATION_NONFINITE_ENDINGS)


#: Nouns that name a body by its kind: a speaker written ``l'administration de X`` or ``les services du
#: Premier ministre`` is that body, not the person it is named after.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """
    administration gouvernement présidence cabinet services service entourage équipe camp ministère
    secrétariat bureau direction état-major parquet préfecture mairie ambassade armée police institut agence
    """.split()
)

#: Determiners before a speaker's head noun (``l'``, ``les``), passed over to find the noun.
SPEAKER_DETERMINERS: frozenset[str] = frozenset(
    {
        "l",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "certain",
        "certaine",
        "certains",
        "certaines",
        "plusieurs",
        "quelques",
        "ces",
        "cette",
        "ce",
        "cet",
        "ses",
        "son",
        "sa",
        "leurs",
        "leur",
    }
)


#: The day a source spoke: a reporting verb in a compound tense right before a day (``ont indiqué lundi des
#: sources locales``, ``aurait annoncé mardi``). One table for the two readers of that day, so that they agree
#: on which words report: the time tagger (the narrative stays on the day the sentence tells of) and event
#: linking (the day is no event's day).
REPORTING_AUXILIARIES: tuple[str, ...] = ("a", "ont", "avait", "avaient", "aurait", "auraient")
REPORTING_PARTICIPLES: tuple[str, ...] = (
    "indiqué",
    "annoncé",
    "déclaré",
    "affirmé",
    "précisé",
    "rapporté",
    "confirmé",
    "assuré",
    "fait savoir",
    "signalé",
    "communiqué",
    "ajouté",
    "expliqué",
    "estimé",
    "souligné",
    "reconnu",
    "dénoncé",
    "revu",
    "relevé",
    "corrigé",
    "actualisé",
    "publié",
    "rendu public",
    "fait état",
    "appris",
    "réagi",
    "répondu",
    "raconté",
    "témoigné",
    "détaillé",
    "rappelé",
    "averti",
    "démenti",
    "déploré",
    "regretté",
    "insisté",
    "admis",
)
#: The subject pronouns of an inverted incise (``a-t-on appris jeudi``, ``ont-ils précisé lundi``).
INVERTED_SUBJECTS: tuple[str, ...] = ("il", "elle", "on", "ils", "elles")
#: What ends the words before such a day (accents kept; the time tagger reads it case-blind, event linking
#: in its folded form).
REPORTED_DAY_BEFORE = (
    rf"\b(?:{phrase_alternation(REPORTING_AUXILIARIES)})(?:-t)?(?:-(?:{phrase_alternation(INVERTED_SUBJECTS)}))?"
    rf"\s+(?:{phrase_alternation(REPORTING_PARTICIPLES)})\s*$"
)

#: A speaker written as the source already cited (``selon la même source``, ``a ajouté cette même source``): the
#: words that say so, folded without accents; the speaker is whoever the text last reported as speaking.
SAME_SOURCE_PHRASES: tuple[str, ...] = ("meme source", "memes sources")
#: Demonstratives before a noun that take up someone just introduced (``a confié cet officier``), lowercase.
DEMONSTRATIVE_DETERMINERS: tuple[str, ...] = ("ce", "cet", "cette", "ces")
#: Relative pronouns that open a clause set off by commas after a noun without being its subject
#: (``X, dont l'opposition réclame la démission, a exclu …``): that clause's subject is no speaker of the main
#: clause's words, its antecedent is.
OBJECT_RELATIVES: tuple[str, ...] = ("dont",)
