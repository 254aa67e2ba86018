"""Markers that some corpora put before an article's text, and the dates they carry.

Crawled files sometimes begin with `` date 2022-01 `` on the same line as the text. The marker gives the
publication month and is not part of the article: the reader keeps the original text (offsets refer
to it) and records where the article proper starts.
"""

from __future__ import annotations

import datetime as dt
import re

from recoupe.errors import Errors, RecoupeError

_LEADING_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def leading_date_marker(text: str) -> tuple[str | None, int]:
    """Find a leading `` date YYYY-MM[-DD] `` marker.

    Returns:
        The date it gives (``"2022-01"``) and the offset where the article starts, or ``(None, 0)``.
    """
    match = _LEADING_DATE.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


def normalize_published(value: object) -> str | None:
    """Reduce a metadata date (``"2022-01-07T10:00:00Z"``, ``"2022-01"``) to ``YYYY-MM-DD`` or ``YYYY-MM``.

    Anything that does not start with an ISO date is dropped (``None``) rather than guessed.
    """
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{month}"
    if not 1 <= int(day) <= 31:
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


_PUBLISHED_FORMS = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def check_published(value: str) -> str:
    """A ``--published`` value as given, if it is a real ``YYYY-MM-DD`` day or ``YYYY-MM`` month.

    A user's date is refused rather than guessed: ``hier``, ``07/01/2022`` (day or month first?) or
    ``2022-13-45`` would otherwise be written into every document, where the schema and the time
    resolution cannot use them.

    Raises:
        RecoupeError: ``E501``, naming the accepted forms.
    """
    match = _PUBLISHED_FORMS.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = match.groups()
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        raise RecoupeError(Errors.E501, value=value) from None
    return value.strip()
