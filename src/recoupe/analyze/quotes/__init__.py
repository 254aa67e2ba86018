"""Quotes: quoted words and who said them.

* :mod:`.find` pairs quotation marks in the raw text (no parse needed; coreference uses it too);
* :mod:`.speaker` reads the cues that name a speaker (incises, speech verbs, ``selon``…);
* :mod:`.extractor` is the pipeline component: the kind of each quote, its speaker, the records.
"""
