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
#: The first class whose word appears in a claim's subject wins; ``people`` is the generic default.
SUBJECT_CLASSES: dict[str, frozenset[str]] = {
    "security_forces": frozenset(
        """policier policiers policière policières gendarme gendarmes soldat soldats militaire militaires
        garde gardes agent agents sécurité ordre armée troupes troupe pompier pompiers secouriste secouristes
        membres""".split()
    ),
    "attackers": frozenset(
        """criminel criminels bandit bandits terroriste terroristes militant militants assaillant assaillants
        attaquant attaquants émeutier émeutiers insurgé insurgés rebelle rebelles jihadiste jihadistes
        djihadiste djihadistes combattant combattants individus""".split()
    ),
    "protesters": frozenset("manifestant manifestants protestataire protestataires gréviste grévistes".split()),
    "children": frozenset("enfant enfants mineur mineurs élève élèves".split()),
    "detainees": frozenset("détenu détenus prisonnier prisonniers".split()),
}

#: A figure right after one of these (``52 blessés, dont 9 grièvement``) counts part of another figure's
#: people: it gets a group of its own instead of contradicting the total.
SUBSET_BEFORE = (
    r"(?:\bdont|\bparmi (?:eux|elles|lesquels|lesquelles)|\bparmi ces \w+)\s+"
    r"(?:au moins |plus de |près de |environ )?$"
)
#: ...or right before one of these (``400 d'entre elles``).
SUBSET_AFTER = r"^\s*(?:d'entre (?:eux|elles)|parmi (?:eux|elles))"
