"""Dates written as each language writes them.

Django's date formats (``elearning/formats/<language>/formats.py``) say everything but one
French rule: the first day of a month is an ordinal, « 1er juillet 2026 », never
« 1 juillet 2026 », and no format character writes it. ``date_format`` is Django's
``django.utils.formats.date_format`` with that rule added; the ``|date`` template filter
(``common.templatetags.dates``, a builtin of every template) and the Python code that
writes dates use it, so a date reads the same in a page, an email and a certificate.
"""

from django.utils import dateformat
from django.utils.formats import get_format
from django.utils.translation import get_language

DAY_OF_MONTH = "j"
FRENCH_FIRST_OF_MONTH = r"j\e\r"


def _first_of_month_as_ordinal(pattern: str) -> str:
    """``pattern`` with its day of the month written "1er" (escaped letters stay)."""
    written = []
    escaped = False
    for character in pattern:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == DAY_OF_MONTH:
            written.append(FRENCH_FIRST_OF_MONTH)
            continue
        written.append(character)
    return "".join(written)


def date_format(value, format: str | None = None) -> str:
    """``value`` (a date or a datetime) in ``format``, a format name ("DATE_FORMAT") or
    a pattern ("j F Y"), in the active language: "July 1, 2026", « 1er juillet 2026 »."""
    pattern = get_format(format or "DATE_FORMAT")
    if getattr(value, "day", None) == 1 and (get_language() or "").startswith("fr"):
        pattern = _first_of_month_as_ordinal(pattern)
    return dateformat.format(value, pattern)
