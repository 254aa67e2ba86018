"""French text conventions: characters to normalize before parsing, and boilerplate lines."""

from __future__ import annotations

#: One-to-one character substitutions applied before spaCy sees the text. They must map one code
#: point to one code point so that every offset stays valid in the original text. The curly
#: apostrophe is the important one: ``fr_core_news_sm`` splits ``qu’`` ``n’`` ``L’`` into junk
#: entities unless it sees the straight apostrophe it was trained on.
CHAR_MAP: dict[str, str] = {
    "\u2019": "'",  # ’ right single quotation mark, used as apostrophe
    "\u02bc": "'",  # ʼ modifier letter apostrophe
    "\u2018": "'",  # ‘
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u2013": "-",  # – en dash
    "\u2011": "-",  # non-breaking hyphen
}

#: Lines that sites append to paragraphs and that are not part of the article (matched case-insensitively
#: at the end of a paragraph). They are blanked, not removed, so offsets stay valid.
BOILERPLATE_TAILS: tuple[str, ...] = (
    "en savoir plus",
    "lire aussi",
    "lire la suite",
    "voir aussi",
    "à lire aussi",
)

#: Words that make a line a photo caption or a credit (``… via REUTERS``, ``AFP PHOTO``, ``© Le Monde``,
#: ``Photo : X``), wherever they stand in it.
CREDIT_MARKS: tuple[str, ...] = (
    "via reuters",
    "via afp",
    "via ap",
    "afp photo",
    "photo afp",
    "/ afp",
    "/afp",
    "reuters/",
    "/ reuters",
    "©",
    "crédit photo",
    "crédits photo",
    "crédit :",
    "photo :",
    "photo d'illustration",
    "illustration :",
    "getty images",
    "maxppp",
    "hans lucas",
    "abacapress",
    "sipa press",
    "epa-efe",
    "associated press/",
    "capture d'écran",
    "capture vidéo",
)

#: Openings of a line that links to another article (``Lire aussi : …``).
LINK_LINES: tuple[str, ...] = (
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire la suite",
    "voir aussi",
    "en savoir plus",
    "sur le même sujet",
    "à voir aussi",
    "retrouvez",
    "notre dossier",
    "à lire également",
)

#: Openings of a line of the page's furniture, not the article's (share buttons, reading aids, subscription
#: calls): a rubric wherever it stands, never a headline (``Partager Facebook Twitter E-mail``).
SITE_FURNITURE: tuple[str, ...] = (
    "partager",
    "partagez",
    "écouter cet article",
    "écouter l'article",
    "temps de lecture",
    "lecture :",
    "abonnez-vous",
    "s'abonner",
    "ajouter à mes favoris",
    "ajouter aux favoris",
    "réservé aux abonnés",
    "article réservé aux abonnés",
    "vos commentaires",
    "commenter",
    "imprimer",
    "copier le lien",
    "envoyer par e-mail",
    "tous droits réservés",
    "suivez-nous",
)

#: Openings of a byline (``Par Julie Roux``, ``Publié le …``).
BYLINE_OPENERS: tuple[str, ...] = (
    "par",
    "publié le",
    "publié à",
    "mis à jour le",
    "modifié le",
    "de notre envoyé spécial",
    "de notre correspondant",
    "de notre correspondante",
    "de nos correspondants",
)

#: Section names a site prints above an article (a line made of one of them alone is a rubric).
RUBRICS: tuple[str, ...] = (
    "en bref",
    "en brève",
    "brève",
    "brèves",
    "international",
    "monde",
    "france",
    "politique",
    "société",
    "économie",
    "sport",
    "sports",
    "culture",
    "faits divers",
    "actualité",
    "actualités",
    "direct",
    "en direct",
    "vidéo",
    "vidéos",
    "exclusif",
    "analyse",
    "décryptage",
    "éditorial",
    "tribune",
    "opinion",
    "live",
    "la une",
    "à la une",
    "europe",
    "régions",
    "environnement",
    "justice",
    "santé",
    "sciences",
)

#: Abbreviations whose final period ends no sentence (``M. Tokaïev``, ``J.-C.``), written without that
#: period; the link sentence splitter (``link/text.py``) reads them.
ABBREVIATIONS: tuple[str, ...] = (
    "M",
    "MM",
    "Mme",
    "Mlle",
    "Dr",
    "Me",
    "Mgr",
    "St",
    "Ste",
    "av",
    "J.-C",
    "etc",
    "cf",
    "p",
    "n°",
    "No",
    "Non",
)
