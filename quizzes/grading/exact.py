"""Exact arithmetic for grading: numbers from snapshots and responses as fractions of
their decimal form, rounded half-up to 4 places, and written back in plain decimals."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

_DECIMAL_PLACES = 4


def _exact(value) -> Fraction:
    """A number from a snapshot or a caller (int, float, Decimal, Fraction or numeric string)
    as the exact fraction of its decimal form."""
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, int | Fraction):
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value!r}")
        return Fraction(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, got {value!r}")
        return Fraction(value)
    if isinstance(value, str):
        return Fraction(value.strip())
    raise TypeError(f"expected a number, got {value!r}")


def _rounded(value: Fraction) -> float:
    """``value`` rounded half-up (away from zero) to 4 decimal places, as a float."""
    unit = 10**_DECIMAL_PLACES
    whole = math.floor(abs(value) * unit + Fraction(1, 2))
    return math.copysign(whole / unit, value) if whole else 0.0


def _decimal_text(value: Fraction) -> str:
    """The exact decimal form of ``value`` (``"3.5"``, ``"-0.25"``, ``"10"``), no exponent."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:  # not a terminating decimal: cannot come from decimal inputs
        return repr(float(value))
    places = max(twos, fives)
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
    fraction = fraction.rstrip("0")
    sign = "-" if value < 0 else ""
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"
