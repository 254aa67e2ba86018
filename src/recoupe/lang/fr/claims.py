"""What French news counts: words that say a figure is of people killed, injured, arrested…"""

from __future__ import annotations

#: Lemmas or lowercase forms that tie a figure to a category, checked near the figure.
CATEGORY_CUES: dict[str, frozenset[str]] = {
    "killed": frozenset("tuer tué tués tuée tuées mort morts morte mortes décès décéder victime victimes "
                        "liquider liquidé liquidés éliminer éliminé éliminés périr péri vie".split()),
    "injured": frozenset("blesser blessé blessés blessée blessées blessure blessures".split()),
    "hospitalized": frozenset("hospitaliser hospitalisé hospitalisés hospitalisée hospitalisées".split()),
    "arrested": frozenset("arrêter arrêté arrêtés arrêtée arrêtées détenu détenus interpeller interpellé "
                          "interpellés interpellation interpellations arrestation arrestations".split()),
    "participants": frozenset("manifestant manifestants manifester émeutier émeutiers manifestation "
                              "attaquant attaquants individu individus foule gréviste grévistes "
                              "protestataire protestataires".split()),
    "troops": frozenset("soldat soldats militaire militaires troupe troupes parachutiste parachutistes "
                        "homme hommes".split()),
    "displaced": frozenset("déplacé déplacés évacué évacués réfugié réfugiés sinistré sinistrés".split()),
    "missing": frozenset("disparu disparus disparue disparues".split()),
}
