"""Round 18 (third pass), groups: a landmark's crowd is its town's crowd (invented sentences of other stories)."""

from __future__ import annotations

from recoupe.link.claims import landmark_town, names_landmark, own_place
from recoupe.model import Claim


def _claim(text: str, figure: str, place: str | None) -> Claim:
    start = text.index(figure)
    return Claim(text=figure, start=start, end=start + len(figure), category="participants", value=None, place=place)


def test_landmark_names() -> None:
    for name in ("place de la Concorde", "le pont des Arts", "Freedom Square", "Champ-de-Mars", "avenue Bourguiba"):
        assert names_landmark(name), name
    for name in ("Pont-l'Évêque", "Carrefour", "Port-Louis", "Placerville", "Toulouse", "CHU de Nantes"):
        assert not names_landmark(name), name


def test_town_before_the_landmark_in_its_sentence() -> None:
    text = "À Rabat, quelque 3 000 enseignants ont marché jusqu'à la place du Parlement."
    claim = _claim(text, "3 000 enseignants", "place du Parlement")
    assert landmark_town(text, claim) == "Rabat"
    assert own_place(claim, text) == "Rabat"


def test_town_after_the_landmark_in_its_sentence() -> None:
    text = "Plusieurs centaines de chauffeurs ont bloqué le pont Mohammed, à Casablanca, mardi soir."
    claim = _claim(text, "Plusieurs centaines de chauffeurs", "pont Mohammed")
    assert own_place(claim, text) == "Casablanca"


def test_english_landmark_with_its_town() -> None:
    text = "Lundi\nÀ Accra, environ 500 manifestants se sont rassemblés devant Independence Square."
    claim = _claim(text, "environ 500 manifestants", "Independence Square")
    assert own_place(claim, text) == "Accra"


def test_nearest_town_of_two_in_the_sentence() -> None:
    text = "À Lille, 2 000 personnes ont défilé, et en Avignon 800 lycéens ont occupé la place de l'Horloge."
    claim = _claim(text, "800 lycéens", "place de l'Horloge")
    assert own_place(claim, text) == "Avignon"


def test_a_country_is_no_landmark_town() -> None:
    text = "En Tunisie, des milliers de personnes ont convergé vers l'avenue Bourguiba."
    claim = _claim(text, "des milliers de personnes", "avenue Bourguiba")
    assert own_place(claim, text) == "avenue Bourguiba"


def test_no_town_in_the_sentence_keeps_the_landmark() -> None:
    text = "Le cortège est parti à Nantes. Près de la place Royale, 300 casseurs ont affronté la police."
    claim = _claim(text, "300 casseurs", "place Royale")
    assert own_place(claim, text) == "place Royale"


def test_a_town_stays_a_town() -> None:
    text = "À Dijon, 1 200 personnes ont manifesté."
    claim = _claim(text, "1 200 personnes", "Dijon")
    assert own_place(claim, text) == "Dijon"
