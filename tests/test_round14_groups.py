"""Claim groups, fourteenth round: people in shelters beside people gone elsewhere are two series; deaths
being checked are no revision of the confirmed toll; a crowd told in the pluperfect is an earlier gathering's;
a rival count by ``en`` may stand in the next sentence; a name that is its region's names the region; a
paragraph dated to another day tells another event than the march. Invented French sentences of other
stories than any set's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import (
    names_region,
    paragraph_of_another_day,
    place_as_before,
    sheltered_beside,
    told_in_past,
    unconfirmed,
)
from recoupe.link.places import gazetteer
from recoupe.model import Claim, DocumentAnalysis, Timex


def _claim(text: str, words: str, category: str = "killed", **fields: object) -> Claim:
    """The claim on ``words`` (their first occurrence) in ``text``."""
    start = text.index(words)
    return Claim(start, start + len(words), words, category, fields.pop("value", None), **fields)  # type: ignore[arg-type]


# --- people in shelters beside people gone elsewhere


@pytest.mark.parametrize(
    ("text", "sheltered", "other"),
    [
        (
            "Selon l'ONU, 12 000 personnes ont quitté leur maison et 3 500 sont hébergées dans des écoles.",
            "3 500",
            "12 000 personnes",
        ),
        (
            "Environ 2 100 sinistrés s'entassent dans des gymnases, tandis que 5 000 autres logent chez des proches.",
            "Environ 2 100 sinistrés",
            "5 000 autres",
        ),
        (
            "Quelque 900 habitants sont accueillis sous des tentes et 1 400 ont rejoint des proches, dit la mairie.",
            "Quelque 900 habitants",
            "1 400",
        ),
        (
            "La protection civile recense 640 personnes logées dans trois centres et 2 300 évacués chez des proches.",
            "640 personnes",
            "2 300 évacués",
        ),
    ],
)
def test_people_in_shelters_beside_people_gone_elsewhere_are_apart(text: str, sheltered: str, other: str) -> None:
    """The sheltered and those who found a roof elsewhere are two counts: neither revises the other."""
    claims = [_claim(text, sheltered, "displaced", value=1), _claim(text, other, "displaced", value=2)]
    assert sheltered_beside(claims, text) == frozenset({claims[0].start})


def test_a_shelter_count_with_only_its_part_stays_the_displaced() -> None:
    """``8 000 personnes sont hébergées dans 40 centres, dont 2 000 à Tuléar``: the displaced, and a part."""
    text = "Au total, 8 000 personnes sont hébergées dans 40 centres, dont 2 000 à Tuléar, selon le bureau."
    claims = [_claim(text, "8 000 personnes", "displaced", value=8000), _claim(text, "2 000", "displaced", value=2000)]
    assert sheltered_beside(claims, text) == frozenset()


def test_a_lone_shelter_count_stays_the_displaced() -> None:
    """``1 500 habitants ont été évacués et hébergés dans des gymnases``: one count, the evacuated."""
    text = "Environ 1 500 habitants ont été évacués et hébergés dans des gymnases, selon la préfecture."
    assert sheltered_beside([_claim(text, "Environ 1 500 habitants", "displaced", value=1500)], text) == frozenset()


def test_the_sheltered_and_the_others_are_two_rising_series(analyzer: Analyzer) -> None:
    """Two days of a flood: each article gives those in shelters and ``N autres`` gone to relatives."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Inondations au Mozambique. Selon l'INGD, 3 000 personnes sont hébergées dans des écoles et "
            "9 000 autres ont trouvé refuge chez des proches.",
            "2026-02-02",
        ),
        (
            "b",
            "Inondations au Mozambique. Selon l'INGD, 7 500 personnes sont hébergées dans des écoles et "
            "20 000 autres ont trouvé refuge chez des proches.",
            "2026-02-05",
        ),
    )
    by_values = sorted(sorted(r.value for r in g.reports) for g in groups_of(dossier, "displaced"))
    assert by_values == [[3000, 7500], [9000, 20000]]


# --- deaths being checked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trois autres décès font l'objet de vérifications, selon le ministère.", "Trois autres décès"),
        ("Le maire évoque 12 morts qui restent à confirmer.", "12 morts"),
        ("Cinq décès sont encore à confirmer par les hôpitaux.", "Cinq décès"),
        ("Les secouristes signalent sept morts non confirmés dans les villages du nord.", "sept morts"),
        ("Deux autres cas sont en cours de vérification à Kandy.", "Deux autres cas"),
    ],
)
def test_deaths_being_checked_are_their_own_count(text: str, words: str) -> None:
    """Deaths awaiting confirmation are beside the confirmed toll, not its revision or its addition."""
    assert unconfirmed(_claim(text, words, value=1), text)


def test_a_confirmed_toll_is_no_unconfirmed_count() -> None:
    text = "Le bilan confirmé s'élève à 40 morts, a annoncé la préfecture après vérification des listes."
    assert not unconfirmed(_claim(text, "40 morts", value=40), text)


# --- a crowd told in the pluperfect


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Près de 8 000 personnes s'étaient rassemblées devant le stade, selon la police.", "Près de 8 000 personnes"),
        ("Selon les syndicats, 5 000 salariés avaient défilé dans le centre.", "5 000 salariés"),
        ("Quelque 600 fidèles s'étaient massés autour du temple lorsque le toit a cédé.", "Quelque 600 fidèles"),
        ("Les organisateurs affirment que 12 000 marcheurs étaient venus de tout le pays.", "12 000 marcheurs"),
    ],
)
def test_a_crowd_in_the_pluperfect_was_gathered_before(text: str, words: str) -> None:
    assert told_in_past(text, text.index(words), text.index(words) + len(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ils étaient 3 000 à défiler ce mardi à Rennes, selon la préfecture.", "3 000"),
        ("Quelque 2 000 personnes manifestent ce samedi devant la mairie.", "Quelque 2 000 personnes"),
        ("Plus de 400 agriculteurs ont bloqué l'autoroute ce lundi.", "Plus de 400 agriculteurs"),
    ],
)
def test_a_crowd_of_the_day_is_not_told_in_the_past(text: str, words: str) -> None:
    assert not told_in_past(text, text.index(words), text.index(words) + len(words))


def test_a_later_pluperfect_crowd_joins_the_dated_gathering(analyzer: Analyzer) -> None:
    """A pilgrimage on 4 May: the next day's article tells its crowd without a day, in the pluperfect."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Au Pérou, plus de 30 000 pèlerins se sont rassemblés lundi 4 mai à Cusco, selon la police.",
            "2026-05-04",
        ),
        ("b", "Au Pérou, près de 35 000 pèlerins s'étaient rassemblés à Cusco, selon la mairie.", "2026-05-06"),
    )
    crowds = [sorted(r.value for r in g.reports) for g in groups_of(dossier, "participants")]
    assert [30000, 35000] in crowds


# --- a rival count by ``en`` in the next sentence


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "L'hôpital de Tamale recense 14 morts. Le chef coutumier affirme qu'il y en a « au moins 20 ».",
            "au moins 20",
        ),
        ("La préfecture dénombre 9 blessés à Lannion. Les pompiers en comptent 12.", "12"),
        ("À Bouaké, la police compte 31 morts. L'opposition, elle, en recense plus de 40.", "plus de 40"),
    ],
)
def test_a_rival_count_by_en_in_the_next_sentence_keeps_the_place(text: str, rival: str) -> None:
    """``en`` stands for the noun just said: the rival figure counts the same place's toll."""
    first = text.split(".")[0]
    number = next(w for w in ("14 morts", "9 blessés", "31 morts") if w in first)
    category = "injured" if "blessés" in number else "killed"
    before = _claim(text, number, category, value=1, place="Tamale")
    rival_claim = _claim(text, rival, category, value=2)
    assert place_as_before(text, [(before, "Tamale")], rival_claim) == "Tamale"


def test_no_en_in_the_next_sentence_keeps_no_place() -> None:
    """``… 14 morts à Tamale. Au moins 20 personnes ont été tuées dans le pays``: no pronoun, no place."""
    text = "L'hôpital recense 14 morts à Tamale. Au total, au moins 20 personnes ont été tuées dans le pays."
    before = _claim(text, "14 morts", value=14, place="Tamale")
    assert place_as_before(text, [(before, "Tamale")], _claim(text, "au moins 20", value=20)) is None


def test_an_en_two_sentences_later_keeps_no_place() -> None:
    text = "La préfecture dénombre 9 blessés à Lannion. Le calme est revenu. Les pompiers en comptent 12."
    before = _claim(text, "9 blessés", "injured", value=9, place="Lannion")
    assert place_as_before(text, [(before, "Lannion")], _claim(text, "12", "injured", value=12)) is None


# --- a name that is its region's


@pytest.mark.parametrize("name", ["Rio Grande do Sul", "Santa Cruz", "Chiapas"])
def test_a_name_that_is_its_region_names_the_region(name: str) -> None:
    """A region's name read by the gazetteer as a town that shares its words is still the region."""
    place = gazetteer().resolve(name)
    assert place is not None
    assert names_region(name, replace(place, kind="city", admin1=name))


def test_a_town_inside_a_region_names_no_region() -> None:
    place = gazetteer().resolve("Canoas")
    assert place is not None and not names_region("Canoas", place)


# --- a paragraph dated to another day


def _analysis(text: str, *timexes: tuple[str, str]) -> DocumentAnalysis:
    found = [Timex(text.index(words), text.index(words) + len(words), words, value) for words, value in timexes]
    return DocumentAnalysis("d", "2026-03-19", "fr", None, None, timexes=found)


@pytest.mark.parametrize(
    ("paragraph", "words", "value"),
    [
        (
            "Le bilan de l'effondrement de mardi s'élève à 30 morts. 64 personnes ont été blessées.",
            "mardi",
            "2026-03-17",
        ),
        ("Lors de l'incendie du 12 mars, 40 personnes avaient été blessées.", "12 mars", "2026-03-12"),
        ("Dimanche, la police avait interpellé 18 personnes au stade.", "Dimanche", "2026-03-15"),
    ],
)
def test_a_paragraph_dated_to_another_day_is_no_march_report(paragraph: str, words: str, value: str) -> None:
    """Below a march of Thursday 19, a paragraph that opens on another day tells that day's event."""
    text = "Jeudi, 300 personnes ont bloqué la route.\n" + paragraph
    analysis = _analysis(text, ("Jeudi", "2026-03-19"), (words, value))
    assert paragraph_of_another_day(analysis, text, len(text) - 5, "2026-03-19")


def test_a_paragraph_of_the_march_day_is_the_march_report() -> None:
    text = "Jeudi, 300 personnes ont bloqué la route.\nCe jeudi, 12 manifestants ont été interpellés."
    analysis = _analysis(text, ("Jeudi", "2026-03-19"), ("Ce jeudi", "2026-03-19"))
    assert not paragraph_of_another_day(analysis, text, len(text) - 5, "2026-03-19")


def test_a_day_the_paragraph_recalls_later_keeps_the_march_report() -> None:
    """``Le ministère a revu le nombre d'interpellations de jeudi : 41, contre 33 annoncées la veille. Dix-huit
    policiers ont été blessés``: the paragraph opens on the march's day; ``la veille`` is a recalled report."""
    text = (
        "Jeudi, 300 personnes ont bloqué la route.\nLe ministère a revu le bilan de jeudi : 41 interpellations, "
        "contre 33 annoncées la veille. Dix-huit policiers ont été blessés."
    )
    analysis = _analysis(text, ("Jeudi", "2026-03-19"), ("jeudi", "2026-03-19"), ("la veille", "2026-03-18"))
    assert not paragraph_of_another_day(analysis, text, len(text) - 5, "2026-03-19")


@pytest.mark.parametrize("mark", [" ;", "."])
def test_en_after_a_lists_last_item_keeps_no_place(mark: str) -> None:
    """``… 7 à Lima et 3 à Cusco ; l'ONG en recense 16``: ``en`` stands for the whole, not Cusco's three."""
    text = f"Le bilan officiel est de 10 morts, 7 à Lima et 3 à Cusco{mark} l'ONG en recense 16."
    before = _claim(text, "3", value=3, place="Cusco")
    assert place_as_before(text, [(before, "Cusco")], _claim(text, "16", value=16)) is None


def test_a_paragraph_opening_on_the_day_after_reports_the_march() -> None:
    """``Le ministère a revu vendredi son bilan : … Le nombre de blessés reste de 17``: Thursday's figures,
    given on Friday."""
    text = (
        "Jeudi, 3 000 personnes ont défilé.\nLe ministère a revu vendredi son bilan : 54 interpellations. "
        "Le nombre de policiers blessés reste de 17."
    )
    analysis = _analysis(text, ("Jeudi", "2026-03-19"), ("vendredi", "2026-03-20"))
    assert not paragraph_of_another_day(analysis, text, len(text) - 5, "2026-03-19")
