"""Claims, nineteenth round: a body's figure verb after a long name, a count reported in the sentence before, and
what a crowd does or is put at. Kinds counted over every set's misses, each seen in two sets or more:

* a body's verb tagged as a name's last word before an aside that sets its figure against another's (``La
  fédération X maintient pour sa part…``, ``L'Union Y compte, de son côté, 12 morts``);
* an aside of some twenty words between a subject and its verb (an apposition with a relative clause);
* a capitalised word at the end of a subject before an apposition (``Le préfet du Haut-Mbomou, X, parle…``),
  and ``l'Est`` in a name, which the auxiliary ``est`` no longer swallows;
* a count's noun after the verb (``…, qui tient ses propres registres, avance un chiffre plus élevé : …``) is
  the verb's object, not the inverted subject of an incise;
* a part of a group just reported (``Sept d'entre eux …``), the place hit hardest (``X est la région la plus
  touchée, avec …``) and ``Parmi les morts figurent …``: the report of the sentence before goes on;
* a crowd's acts (``ont brûlé des pneus``, ``ont forcé les barrages``, ``ont organisé un sit-in``) and a crowd put
  at a figure (``la police a évalué la foule à…``).

Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claim_helpers import claims, source
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _counts(result: DocumentAnalysis) -> list[tuple[str, float | int | None, str | None]]:
    return [(c.category, c.value, source(c)) for c in claims(result)]


# -- a body's verb after a long name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side aside after the verb the tagger took for the name's last word
        (
            "Le syndicat Kisan Mazdoor Ekta Sangh maintient, de son côté, un bilan de 14 morts.",
            [("killed", 14, "Le syndicat Kisan Mazdoor Ekta Sangh")],
        ),
        (
            "L'agence Tanah Longsor Timur compte pour sa part 23 morts.",
            [("killed", 23, "L'agence Tanah Longsor Timur")],
        ),
        # a long apposition with a relative clause between the subject and its verb
        (
            "La KBPD de Sulawesi Barat, l'agence provinciale qui s'appuie sur les registres tenus par les chefs de "
            "quartier, recense pour sa part 31 disparus.",
            [("missing", 31, "La KBPD de Sulawesi Barat")],
        ),
        # ``l'Est`` ends a name, not the auxiliary ``est``
        (
            "Le gouvernement de l'Est maintient pour sa part un bilan de 640 morts.",
            [("killed", 640, "Le gouvernement de l'Est")],
        ),
        # a capitalised word, tagged anything, ends the subject before an apposition
        (
            "Le préfet du Haut-Mbomou, Faustin Ngbadoua, parle de neuf civils tués.",
            [("killed", 9, "Le préfet du Haut-Mbomou, Faustin Ngbadoua")],
        ),
        # a count's noun after the verb is its object, not an incise's subject
        (
            "Le conseil régional de Mopti, qui tient ses propres registres, avance un chiffre plus élevé : 58 morts.",
            [("killed", 58, "Le conseil régional de Mopti")],
        ),
        (
            "Le gouvernement, qui conteste ces informations, avance un bilan de 12 morts.",
            [("killed", 12, "Le gouvernement")],
        ),
    ],
)
def test_body_verb_after_a_long_name(analyze: Analyze, text: str, expected: list) -> None:
    assert _counts(analyze(text)) == expected


def test_a_place_before_a_side_aside_gives_no_figure(analyze: Analyze) -> None:
    """``compte pour sa part`` after a country: a place holds the count, it does not assert it."""
    assert _counts(analyze("Le pays compte pour sa part 16 morts.")) == [("killed", 16, None)]


def test_incise_with_a_named_count_still_speaks(analyze: Analyze) -> None:
    """A count's noun that names its author, as an incise's subject, still gives the figure before it."""
    text = "Au moins 12 personnes ont été tuées, a indiqué un communiqué de l'armée."
    assert _counts(analyze(text)) == [("killed", 12, "l'armée")]


# -- the report of the sentence before goes on -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the people the sentence before reported on, though it gave no count
        (
            "Les blessés ont été transportés vers la capitale, a-t-on appris de source médicale. Quatre d'entre eux "
            "ont été admis à l'hôpital militaire.",
            ("hospitalized", 4, "source médicale"),
        ),
        (
            "Les mineurs bloqués sont sortis sains et saufs, selon la compagnie minière. Trois d'entre eux ont "
            "toutefois été hospitalisés.",
            ("hospitalized", 3, "la compagnie minière"),
        ),
        # the place hit hardest, with its share of the toll
        (
            "Selon l'agence sanitaire, 640 décès sont liés à la canicule depuis juin. La Bavière est la région la "
            "plus touchée, avec 210 décès.",
            ("killed", 210, "l'agence sanitaire"),
        ),
        # the dead just counted, broken down
        (
            "Selon le bilan communiqué par la préfecture, 48 personnes ont été tuées dans les inondations. Parmi "
            "les morts figurent neuf enfants.",
            ("killed", 9, "la préfecture"),
        ),
    ],
)
def test_report_before_goes_on(analyze: Analyze, text: str, expected: tuple) -> None:
    assert expected in _counts(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        # no source in the sentence before
        "Des centaines de manifestants ont défilé dans le centre. Dix d'entre eux ont été interpellés.",
        # another paragraph
        "Les blessés ont été transportés vers la capitale, a-t-on appris de source médicale.\n\nQuatre d'entre eux "
        "ont été admis à l'hôpital militaire.",
        # a figure not opening the sentence
        "Les blessés ont été transportés vers la capitale, a-t-on appris de source médicale. À l'hôpital, on a "
        "longtemps attendu les familles de quatre d'entre eux.",
    ],
)
def test_part_of_a_group_without_a_report_before_keeps_no_source(analyze: Analyze, text: str) -> None:
    assert all(s is None for _c, _v, s in _counts(analyze(text))[-1:])


# -- a crowd's acts and a crowd's size ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des dizaines de jeunes ont brûlé des pneus devant la préfecture.", "participants"),
        ("Quelques dizaines de lycéens ont lancé des pierres contre le commissariat.", "participants"),
        ("Des centaines de pêcheurs ont organisé un sit-in devant le port.", "participants"),
        ("Quelques centaines d'entre eux ont forcé les barrages de police.", "participants"),
        ("Des milliers d'étudiants sont redescendus dans la rue jeudi.", "participants"),
    ],
)
def test_crowd_acts(analyze: Analyze, text: str, expected: str) -> None:
    assert [c.category for c in claims(analyze(text))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La gendarmerie a évalué la foule à 12 000 personnes.",
            [("participants", 12000, "La gendarmerie")],
        ),
        (
            "Le collectif a estimé l'affluence entre 40 000 et 45 000 personnes.",
            [("participants", 40000, "Le collectif")],
        ),
    ],
)
def test_crowd_put_at_a_figure(analyze: Analyze, text: str, expected: list) -> None:
    assert _counts(analyze(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère estime le coût des dégâts à 300 000 euros.",  # no crowd
        "Les pompiers ont forcé les barrières pour évacuer 40 habitants.",  # no count of who forced them
    ],
)
def test_no_crowd_here(analyze: Analyze, text: str) -> None:
    assert all(c.category != "participants" for c in claims(analyze(text)))


# -- a count holder set at a figure -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deux autres corps ont été retrouvés jeudi soir et ce vendredi matin, portant le nombre de morts à sept, "
            "a indiqué la gendarmerie.",
            ("killed", 7, "la gendarmerie"),
        ),
        ("Le gouverneur a porté mardi le nombre de disparus à 26.", ("missing", 26, "Le gouverneur")),
    ],
)
def test_holder_set_at_a_bare_figure(analyze: Analyze, text: str, expected: tuple) -> None:
    assert expected in _counts(analyze(text))


def test_holder_with_a_noun_after_the_figure_is_no_target(analyze: Analyze) -> None:
    """``le nombre de blessés à 40 ans``: the figure has its own noun, an age."""
    assert _counts(analyze("Le nombre de blessés à 40 ans reste faible.")) == []


# -- inmates an event moves are no arrests ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dans la nuit, des dizaines de détenus se sont évadés de la maison d'arrêt.",
        "Vendredi, quelque 150 prisonniers ont été transférés vers un autre établissement.",
        "Des assaillants ont pris d'assaut la prison, libérant plus de 300 détenus.",
    ],
)
def test_inmates_moved_are_no_arrests(analyze: Analyze, text: str) -> None:
    assert all(c.category != "arrested" for c in claims(analyze(text)))


def test_recaptured_inmates_are_arrests(analyze: Analyze) -> None:
    """Of the inmates who fled, those caught again are arrested; the escape itself counts no arrest."""
    text = "Lundi, 28 détenus se sont échappés, dont neuf ont été rattrapés, a précisé la direction."
    assert [(c.category, c.value) for c in claims(analyze(text))] == [("arrested", 9)]


def test_inmates_still_held_stay_counted(analyze: Analyze) -> None:
    assert [c.category for c in claims(analyze("Au moins 40 opposants ont été placés en détention."))] == ["arrested"]
