"""Keys read from outside (statements, addresses): only those that are UUIDs."""

import uuid


def valid_uuids(keys) -> list[uuid.UUID]:
    """The keys that are UUIDs, as UUIDs; the others are left out."""
    valid = []
    for key in keys:
        try:
            valid.append(uuid.UUID(str(key)))
        except ValueError:
            continue
    return valid


def titles_by_key(translations, keys) -> dict[str, dict[str, str]]:
    """The title of each of ``translations`` (a queryset of translatable pages or
    snippets) whose translation key is one of ``keys``, in every language it exists in,
    by key: ``{key: {"en": ..., "fr": ...}}``. Keys that are not UUIDs are left out."""
    names: dict[str, dict[str, str]] = {}
    rows = translations.filter(translation_key__in=valid_uuids(keys)).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, language, title in rows:
        names.setdefault(str(key), {})[language] = title
    return names
