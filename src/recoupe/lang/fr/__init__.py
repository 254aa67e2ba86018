"""French data modules: ``text`` (markers, boilerplate), ``entities`` (person cues, titles), ``time``
(months, weekdays, relative expressions), ``numbers`` (number words, qualifiers), ``claims`` (what is
counted), ``speech`` (speech verbs, attribution cues). Data only: no logic lives here."""
