"""Time expressions: find them, give each a TIMEX3 value, write :class:`~recoupe.model.Timex` records.

* :mod:`.grammar` finds candidates with the language's pattern table (no parse needed);
* :mod:`.calendar` holds the date arithmetic (days, weeks, anchors, directions);
* :mod:`.resolve` decides each candidate's value against the article's date and its narrative;
* :mod:`.tagger` is the pipeline component, which reads the spaCy parse (tense, sentences).
"""
