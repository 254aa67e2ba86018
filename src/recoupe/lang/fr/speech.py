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
    """.split()
)

#: Multi-word reporting expressions (lowercase, as written) that behave like a speech verb.
SPEECH_PHRASES: tuple[str, ...] = ("fait savoir", "a fait savoir", "fait état", "s'est dit", "s'est dite")

#: Prepositions that open an attribution frame: ``selon le ministère``, ``d'après la police``.
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("selon", "d'après", "aux dires de", "de l'avis de")
