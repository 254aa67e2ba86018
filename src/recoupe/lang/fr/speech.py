"""French speech and attribution cues: the verbs that report words, and frames such as ``selon X``."""

from __future__ import annotations

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
    hurler écrier s'écrier
    """.split()
)

#: Verbs that report words only in an incise (``« … », poursuit-il``, ``lance-t-elle``): elsewhere they
#: mean something else (``poursuivre les opérations``, ``lancer une offensive``), so a quote is not
#: attributed to their subject from a reporting clause.
INCISE_ONLY_VERBS: frozenset[str] = frozenset(
    """
    reprendre continuer poursuivre enchaîner lancer glisser souffler lâcher sourire plaisanter ironiser
    conclure trancher interroger
    """.split()
)

#: Verbs that give something a name (``ce que les autorités ont appelé une « opération antiterroriste »``):
#: their subject is whose words a quoted name is, even for a title or an operation's name.
NAMING_VERBS: frozenset[str] = frozenset(
    "appeler qualifier baptiser surnommer nommer dénommer traiter désigner décrire présenter".split()
)

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
    "fait savoir", "a fait savoir", "fait état", "s'est dit", "s'est dite", "mis en garde", "met en garde",
    "fait valoir", "fait remarquer", "fait observer", "fait part",
)

#: Words after which a speech verb is part of an incise, never a reporting clause of its own: the
#: inverted subject clitics of ``a-t-il déclaré``, ``assure-t-elle``, ``ont-ils ajouté``.
INVERTED_CLITICS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on"})

#: Prepositions that open an attribution frame: ``selon le ministère``, ``d'après la police``.
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("selon", "d'après", "aux dires de", "de l'avis de")
