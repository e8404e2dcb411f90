"""A demo text in its languages, and how a value of such texts becomes one language.

The demo content files (``courses/demo/data/``) write each text once, English and French
side by side; once read, each such text is a :class:`Pair`, so the rest of a value (block
types, list lengths, scenario keys, answers) is shared by the two languages and cannot
differ between them. A course that also comes in the learner languages gives each text a
stable id, and each learner language's texts by id in a file of its own: once read, each
such text is a :class:`Text`, which holds every language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple


class Pair(NamedTuple):
    """One text, in English and in French."""

    en: str
    fr: str


@dataclass(frozen=True)
class Text:
    """One text in English, French and the learner languages: ``texts`` by language code,
    ``id`` its name in the translation files."""

    id: str
    texts: dict[str, str]

    @property
    def en(self) -> str:
        return self.texts["en"]

    @property
    def fr(self) -> str:
        return self.texts["fr"]


def in_language(text: Pair | Text, language: str) -> str:
    """One text's ``language`` version."""
    if isinstance(text, Text):
        return text.texts[language]
    return getattr(text, language)


def localize(value: Any, language: str) -> Any:
    """``value`` with every text (a :class:`Pair` or a :class:`Text`) replaced by its
    ``language`` version."""
    if isinstance(value, (Pair, Text)):
        return in_language(value, language)
    if isinstance(value, dict):
        return {key: localize(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, language) for item in value]
    if isinstance(value, tuple):
        return tuple(localize(item, language) for item in value)
    return value


def both(value: Any) -> dict[str, Any]:
    return {"en": localize(value, "en"), "fr": localize(value, "fr")}


def every(value: Any, languages: Iterable[str]) -> dict[str, Any]:
    """``value`` in each of ``languages``, by language code."""
    return {language: localize(value, language) for language in languages}
