"""Numbers as people read them, one style per language: ``{% load formats %}``.

``{{ ratio|percent }}`` gives "42%" in English and "42 %" (no-break space) in French, with
the language's decimal separator: "63.3%", "63,3 %". A missing value gives "–".
``{{ number|decimal:2 }}`` rounds a number to at most that many places, without trailing
zeros ("0.33", "0,33", "1"), for points and scores.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

register = template.Library()

MISSING = "–"


def _rounded(value, places: int) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None
    if not number.is_finite():
        return None
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    # No trailing zeros, and no exponent for whole numbers ("1", not "1E+1").
    normal = rounded.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal


def format_decimal(value, places: int = 2) -> str:
    number = _rounded(value, places)
    if number is None:
        return MISSING
    digits = max(0, -number.as_tuple().exponent)
    return number_format(number, decimal_pos=digits, use_l10n=True)


def format_percent(ratio, places: int = 0) -> str:
    """A ratio (0.423) as a percentage in the active language; ``places`` decimals at most."""
    if ratio is None or ratio == "":
        return MISSING
    try:
        hundred = Decimal(str(ratio)) * 100
    except (InvalidOperation, TypeError, ValueError):
        return MISSING
    figure = format_decimal(hundred, places)
    if figure == MISSING:
        return MISSING
    if (get_language() or "en").startswith("fr"):
        return f"{figure}\u00a0%"
    return f"{figure}%"


@register.filter
def percent(ratio, places=0):
    return format_percent(ratio, int(places))


@register.filter
def decimal(value, places=2):
    return format_decimal(value, int(places))
