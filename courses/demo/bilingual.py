"""A demo text in both languages, and how a bilingual value becomes one language.

The demo content files (``courses/demo/data/``) write each text once, English and French
side by side; once read, each such text is a :class:`Pair`, so the rest of a value (block
types, list lengths, scenario keys, answers) is shared by the two languages and cannot
differ between them.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Pair(NamedTuple):
    """One text, in English and in French."""

    en: str
    fr: str


def localize(value: Any, language: str) -> Any:
    """``value`` with every bilingual text replaced by its ``language`` version."""
    if isinstance(value, Pair):
        return getattr(value, language)
    if isinstance(value, dict):
        return {key: localize(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, language) for item in value]
    if isinstance(value, tuple):
        return tuple(localize(item, language) for item in value)
    return value


def both(value: Any) -> dict[str, Any]:
    return {"en": localize(value, "en"), "fr": localize(value, "fr")}
