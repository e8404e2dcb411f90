"""The ``{placeholders}`` a certificate template's title and body may use: which exist,
what is wrong with a text's, and the text filled in."""

import string

from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = ("learner", "course", "date", "hours", "code")


def placeholder_errors(text: str) -> list[str]:
    """What is wrong with the ``{placeholders}`` of a template text (empty when nothing)."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return [_("Braces must come in pairs around a placeholder, e.g. {learner}.")]
    unknown = sorted({name for name in names if name not in PLACEHOLDERS})
    if unknown:
        return [
            _("Unknown placeholder %(names)s. Use only %(allowed)s.")
            % {
                "names": ", ".join("{" + name + "}" for name in unknown),
                "allowed": ", ".join("{" + name + "}" for name in PLACEHOLDERS),
            }
        ]
    return []


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """The text with its placeholders replaced (the text was validated on save)."""
    try:
        return text.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
    except (KeyError, ValueError, IndexError):
        return text
