"""Numeric claims: each figure, what it counts, how sure, who says so, when and where.

* :mod:`.extractor` is the pipeline component (figures placed on the parse, categories, qualifiers);
* :mod:`.sources` finds who asserts a figure (``selon X``, ``X a déclaré``, a quoted speaker).

The figures themselves are read by :mod:`recoupe.analyze.numbers`.
"""
