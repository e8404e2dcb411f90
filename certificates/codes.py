"""Verification codes people can read aloud and type.

No look-alikes (0/O, 1/I/L) and no vowels, so no code spells a word.
"""

import secrets

ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ"


def verification_code_new(*, prefix: str, groups: int = 3, group_length: int = 4) -> str:
    """E.g. ``CERT-7KQ9-M3XD-PB42``: 12 random symbols, about 58 bits."""
    parts = ["".join(secrets.choice(ALPHABET) for _ in range(group_length)) for _ in range(groups)]
    return "-".join([prefix, *parts])


def verification_code_normalise(code: str) -> str:
    """What a person typed, in the stored form: upper case, groups joined by dashes."""
    return "-".join(code.strip().upper().replace("-", " ").split())


def verification_code_is_wellformed(code: str) -> bool:
    """Whether ``code`` has the shape of a code we issue (prefix, three groups of four
    symbols from the alphabet); anything else is answered without a database query."""
    if len(code) > 40:
        return False
    prefix, _, rest = code.partition("-")
    groups = rest.split("-")
    return (
        prefix.isalnum()
        and prefix.isascii()
        and len(groups) == 3
        and all(len(group) == 4 and all(ch in ALPHABET for ch in group) for group in groups)
    )
