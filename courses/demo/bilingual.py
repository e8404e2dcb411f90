"""Writing a demo course once, in both languages.

Each text is written as an English/French pair (``t``); ``lesson`` builds a lesson's two
parallel bodies from one body of pairs, so block types, list lengths, scenario keys and
answers cannot differ between the languages.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Pair(NamedTuple):
    """One text, in English and in French."""

    en: str
    fr: str


def t(en: str, fr: str) -> Pair:
    return Pair(en, fr)


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


def lesson(
    *, slug: str, slug_fr: str, title: Pair, summary: Pair, minutes: int, body: list
) -> dict[str, Any]:
    return {
        "slug": slug,
        "slug_fr": slug_fr,
        "title": both(title),
        "summary": both(summary),
        "estimated_minutes": minutes,
        "body_en": localize(body, "en"),
        "body_fr": localize(body, "fr"),
    }


ILLUSTRATIVE = t(
    "Illustrative case based on the National Action Plan (2012)",
    "Cas fictif inspiré du Plan d'action national (2012)",
)
