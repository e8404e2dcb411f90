"""Writes to the organisation tree and learner records."""

from .models import OrgUnit


def org_unit_create(
    *, code: str, name_en: str, name_fr: str, kind: str, parent: OrgUnit | None = None
) -> OrgUnit:
    """Add a unit at the top of the tree or below ``parent``."""
    unit = OrgUnit(code=code, name_en=name_en, name_fr=name_fr, kind=kind)
    if parent is None:
        return OrgUnit.add_root(instance=unit)
    return parent.add_child(instance=unit)


def org_unit_get_or_create(
    *, code: str, name_en: str, name_fr: str, kind: str, parent: OrgUnit | None = None
) -> OrgUnit:
    """Idempotent form of :func:`org_unit_create`, keyed on the unit's code."""
    existing = OrgUnit.objects.filter(code=code).first()
    if existing is not None:
        return existing
    return org_unit_create(code=code, name_en=name_en, name_fr=name_fr, kind=kind, parent=parent)
