"""Property tests: whatever the text, the time tagger does not crash and every span it returns is a
slice of the article's text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.analyze import Analyzer
from recoupe.model import Article

#: Pieces that exercise the rules; hypothesis shuffles them with arbitrary text.
FRAGMENTS = [
    "le 7 janvier 2022",
    "hier",
    "aujourd'hui, vendredi 7 janvier",
    "la veille",
    "Deux jours plus tard",
    "les 4 et 5 janvier",
    "du 2 au 5",
    "entre 2019 et 2021",
    "mardi dernier",
    "la semaine dernière",
    "cinq jours",
    "chaque lundi",
    "les années 2000",
    "cet hiver",
    "à 14 h 30",
    "le 10,",
    "31/02/2022",
    "le 31 février",
    "le 0 janvier",
    "en 0000",
    "9999",
    "il y a mille ans",
    "dans 99999999999 jours",
    "l'an 2000",
    "le XIXe siècle",
    "mi-janvier",
    "Noël",
    "la nuit de lundi à mardi",
    "’",
    "\u00a0",
    "\n",
    "quatre-vingt-dix-neuf ans",
    "le 1er",
    "de",
    "et",
    ",",
    ".",
    " ",
]

TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25).map(" ".join),
)
PUBLISHED = st.sampled_from(
    [None, "2022-01-07", "2022-01", "2022", "1999-12-31", "0001-01-01", "9999-12-31", "n'importe quoi"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=PUBLISHED)
def test_any_text_gives_valid_spans(analyzer: Analyzer, text: str, published: str | None) -> None:
    analysis = analyzer.analyze(Article(id="prop", text=text, published=published))
    for timex in analysis.timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        if timex.type in ("DURATION", "SET"):
            assert timex.value is None or not timex.value[:1].isdigit()
