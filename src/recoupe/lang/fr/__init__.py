"""French data modules: ``text`` (markers, boilerplate, abbreviations), ``entities`` (person cues, titles),
``time`` (months, weekdays, relative expressions), ``numbers`` (number words, qualifiers), ``claims`` (what
is counted), ``speech`` (speech verbs, attribution cues), ``coref`` (pronouns, determiners), ``link``
(stop words, story and figure cues), ``export``.

Mostly tables. Where a table is not enough the module holds a small function of French grammar (as
spaCy's ``lang/fr`` does): :func:`~recoupe.lang.fr.numbers.spell` (``quatre-vingt-dix``) and
:func:`~recoupe.lang.fr.speech.verb_lemma_guesses` (``martèle`` → ``marteler``). No French word is
written anywhere else under ``analyze/`` or ``link/`` (``tests/test_language_data.py`` checks).
"""
