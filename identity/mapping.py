"""Just-in-time provisioning: what a provider's claims say about a person, and signing
that person in.

:func:`claims_map` reads claims through a :class:`~identity.models.ClaimMapping` and
writes nothing (the admin's preview shows its result). :func:`sign_in_from_claims` is
the one door for every kind of single sign-on (OpenID Connect here, SAML beside it):
it finds the person by the provider's subject, else links the local account with the
same e-mail or employee number (never a second account), else creates one, brings the
profile, unit, audiences and roles in line with the claims, and signs them in."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model, login
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from organisations.audit import Action, audit_record
from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit
from organisations.signals import people_changed

from .models import ClaimMapping, ExternalIdentity

#: The session key naming the provider a person signed in through (``oidc:cbsa``); the
#: second factor for staff leaves such sessions to the provider.
SESSION_PROVIDER_KEY = "identity_sso_provider"
#: The group that makes a person a trainer (course authors in the admin).
TRAINER_GROUP = "Editors"
BACKEND = "django.contrib.auth.backends.ModelBackend"

__all__ = [
    "ClaimMapping",
    "MappedPerson",
    "SignInRefused",
    "claims_map",
    "mapping_for",
    "sign_in_from_claims",
]


class SignInRefused(Exception):
    """Single sign-on that cannot go on; ``message`` is translated, for the person."""

    def __init__(self, message: str, *, reason: str):
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.detail: dict = {}


@dataclass
class MappedPerson:
    """What a set of claims says about a person, and what in them cannot be used."""

    subject: str = ""
    given_name: str | None = None
    family_name: str | None = None
    email: str | None = None
    #: False when the provider says it did not verify the address (OpenID Connect's
    #: ``email_verified``): such an address never links an existing account.
    email_verified: bool = True
    employee_number: str | None = None
    preferred_language: str | None = None
    start_date: datetime.date | None = None
    unit: OrgUnit | None = None
    unit_from_default: bool = False
    audiences: list[Audience] | None = None
    managed_units: list[OrgUnit] | None = None
    trainer: bool | None = None
    problems: list[str] = field(default_factory=list)
    unit_problem: str = ""


def mapping_for(provider_key: str) -> ClaimMapping:
    """The provider's mapping, or the standard claims' one (names and e-mail, no unit)
    when an administrator has not written one yet."""
    return ClaimMapping.objects.filter(provider_key=provider_key).first() or ClaimMapping(
        provider_key=provider_key
    )


def _values(claims: dict, name: str) -> list[str]:
    """A claim's values as strings: SAML attributes come as lists, OpenID Connect
    claims as single values or lists; an absent or empty claim gives none."""
    if not name or name not in claims or claims[name] is None:
        return []
    value = claims[name]
    items = value if isinstance(value, list | tuple) else [value]
    return [str(item).strip() for item in items if str(item).strip()]


def _single(claims: dict, name: str) -> str | None:
    values = _values(claims, name)
    return values[0] if values else None


def claims_map(mapping: ClaimMapping, claims: dict, *, subject: str | None = None) -> MappedPerson:
    """Read ``claims`` through ``mapping``. Nothing is written; ``problems`` names each
    claim that cannot be used (the person would be refused if one is listed)."""
    person = MappedPerson(subject=str(subject or _single(claims, "sub") or ""))
    if not person.subject:
        person.problems.append(_("The claims name no subject (sub): nobody can be identified."))
    person.given_name = _single(claims, mapping.given_name_claim)
    person.family_name = _single(claims, mapping.family_name_claim)
    email = _single(claims, mapping.email_claim)
    person.email = email.lower() if email else None
    person.email_verified = str(claims.get("email_verified", True)).lower() not in ("false", "0")
    person.employee_number = _single(claims, mapping.employee_number_claim)

    language = _single(claims, mapping.preferred_language_claim)
    if language is not None:
        person.preferred_language = "fr" if language.lower().startswith("fr") else "en"

    start = _single(claims, mapping.start_date_claim)
    if start is not None:
        try:
            person.start_date = datetime.date.fromisoformat(start[:10])
        except ValueError:
            person.problems.append(
                _("The start date claim (%(claim)s) is not a date (YYYY-MM-DD): %(value)s")
                % {"claim": mapping.start_date_claim, "value": start}
            )

    code = _single(claims, mapping.unit_code_claim)
    if code is not None:
        person.unit = OrgUnit.objects.filter(code=code).first()
    if person.unit is None and mapping.default_unit_id is not None:
        person.unit = mapping.default_unit
        person.unit_from_default = True
    if person.unit is None:
        if code is not None:
            message = _("No unit has the code %(code)s, and the mapping has no default unit.")
            person.unit_problem = message % {"code": code}
        else:
            person.unit_problem = _("The claims name no unit, and the mapping has no default unit.")
        person.problems.append(person.unit_problem)

    if mapping.audiences_claim:
        codes = _values(claims, mapping.audiences_claim)
        person.audiences = list(Audience.objects.filter(code__in=codes).order_by("code"))
    if mapping.manager_units_claim:
        codes = _values(claims, mapping.manager_units_claim)
        person.managed_units = list(OrgUnit.objects.filter(code__in=codes).order_by("path"))
    if mapping.trainer_claim:
        values = _values(claims, mapping.trainer_claim)
        person.trainer = bool(mapping.trainer_value) and mapping.trainer_value in values
    return person


def _unit_problems(person: MappedPerson) -> list[str]:
    return [person.unit_problem] if person.unit_problem else []


def _refuse(message: str, reason: str, **detail) -> SignInRefused:
    refusal = SignInRefused(message, reason=reason)
    refusal.detail = detail
    return refusal


def _person_find(provider_key: str, person: MappedPerson):
    """The user these claims are: by the provider's subject, else the one local account
    with the e-mail or the employee number. ``(user, how)``; ``(None, "")`` when nobody
    matches. Two different accounts matching is a conflict nobody can settle here."""
    User = get_user_model()
    identity = (
        ExternalIdentity.objects.select_related("user")
        .filter(provider_key=provider_key, subject=person.subject)
        .first()
    )
    if identity is not None:
        return identity.user, "subject"
    matches = {}
    if person.employee_number:
        profile = LearnerProfile.objects.filter(employee_number=person.employee_number).first()
        if profile is not None:
            matches[profile.user_id] = "employee_number"
    if person.email:
        for pk in User.objects.filter(email__iexact=person.email).values_list("pk", flat=True):
            matches.setdefault(pk, "email" if person.email_verified else "unverified email")
    if len(matches) > 1:
        return None, "conflict"
    if matches:
        pk, how = next(iter(matches.items()))
        return User.objects.get(pk=pk), how
    return None, ""


def _username_for(person: MappedPerson) -> str:
    User = get_user_model()
    base = (person.email or f"{person.subject}").split("@")[0][:120] or "person"
    candidate, number = base, 1
    while User.objects.filter(username=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _profile_apply(user, person: MappedPerson) -> bool:
    """Bring the learner profile in line with the claims; whether the person's place
    (unit or start date) changed, which their assignments follow."""
    profile = LearnerProfile.objects.filter(user=user).first()
    created = profile is None
    if created:
        profile = LearnerProfile(user=user, org_unit=person.unit)
    place_before = (profile.org_unit_id if not created else None, profile.start_date)
    if person.unit is not None and not (person.unit_from_default and not created):
        # A default unit places newcomers; it never moves someone already placed.
        profile.org_unit = person.unit
    if person.preferred_language:
        profile.preferred_language = person.preferred_language
    if person.start_date:
        profile.start_date = person.start_date
    if (
        person.employee_number
        and not LearnerProfile.objects.filter(employee_number=person.employee_number)
        .exclude(user=user)
        .exists()
    ):
        profile.employee_number = person.employee_number
    profile.save()
    if person.audiences is not None:
        profile.audiences.set(person.audiences)
    return created or place_before != (profile.org_unit_id, profile.start_date)


def _roles_apply(user, person: MappedPerson) -> None:
    """Manager scopes and the trainer role, when the mapping names their claims: the
    provider then decides them, adding and removing."""
    if person.managed_units is not None:
        wanted = {unit.pk for unit in person.managed_units}
        held = set(ManagerScope.objects.filter(manager=user).values_list("org_unit_id", flat=True))
        for scope in ManagerScope.objects.filter(manager=user).exclude(org_unit_id__in=wanted):
            scope.delete()
        for unit in person.managed_units:
            if unit.pk not in held:
                ManagerScope.objects.create(manager=user, org_unit=unit)
    if person.trainer is not None:
        group, _created = Group.objects.get_or_create(name=TRAINER_GROUP)
        if person.trainer:
            user.groups.add(group)
        else:
            user.groups.remove(group)


def sign_in_from_claims(request, provider_key: str, claims: dict, *, subject: str | None = None):
    """Sign in the person ``claims`` describe, provisioning or linking them, and return
    the user. ``subject`` defaults to the ``sub`` claim. Raises :class:`SignInRefused`
    (with a translated message) for claims that cannot place the person, an account
    conflict or a deactivated person; nothing is then written but the audit entry."""
    person = claims_map(mapping_for(provider_key), claims, subject=subject)
    try:
        with transaction.atomic():
            user, moved = _provision(request, provider_key, person)
    except SignInRefused as refusal:
        # Outside the transaction: the refusal is recorded though nothing else is.
        audit_record(
            Action.SIGN_IN_FAILED,
            actor=None,
            request=request,
            target_name=provider_key,
            detail={"provider": provider_key, "reason": refusal.reason, **refusal.detail},
        )
        raise
    if moved:
        people_changed.send(sender=ExternalIdentity, user_ids=[user.pk], as_of=timezone.localdate())
    login(request, user, backend=BACKEND)
    request.session[SESSION_PROVIDER_KEY] = provider_key
    return user


def _provision(request, provider_key: str, person: MappedPerson):
    """Find, link or create the person and bring them in line with the claims:
    ``(user, whether their place changed)``. Raises :class:`SignInRefused`."""
    user, how = _person_find(provider_key, person)
    if how == "conflict":
        raise _refuse(
            _(
                "Your e-mail address and your employee number belong to two different "
                "accounts here. Ask an administrator to merge them."
            ),
            "conflict",
            subject=person.subject,
        )
    if how == "unverified email":
        raise _refuse(
            _(
                "An account here already has your e-mail address, and your organisation’s "
                "sign-in has not verified it. Ask an administrator."
            ),
            "unverified email",
            subject=person.subject,
        )
    if how in ("email", "employee_number") and user.is_superuser:
        # A provider vouches for its own people, not for the platform's administrators.
        raise _refuse(
            _(
                "An administrator’s account is never linked to single sign-on by its e-mail "
                "address. Sign in with your password."
            ),
            "privileged account",
            subject=person.subject,
        )
    has_profile = user is not None and LearnerProfile.objects.filter(user=user).exists()
    # Someone already placed keeps their unit when the claims name none.
    problems = [
        problem
        for problem in person.problems
        if not (has_profile and person.unit is None and problem in _unit_problems(person))
    ]
    if problems:
        raise _refuse(
            _("Your organisation’s sign-in did not say enough to set up your account: %(problems)s")
            % {"problems": " ".join(problems)},
            "claims",
            problems=problems,
            subject=person.subject,
        )
    if user is not None and not user.is_active:
        raise _refuse(
            _("Your account is deactivated. Ask your manager or an administrator."),
            "deactivated",
            subject=person.subject,
        )
    created = user is None
    if created:
        user = get_user_model()(username=_username_for(person))
        user.set_unusable_password()
    for attribute, value in (
        ("first_name", person.given_name),
        ("last_name", person.family_name),
        ("email", person.email),
    ):
        if value:
            setattr(user, attribute, value[:150])
    user.save()
    moved = _profile_apply(user, person)
    _roles_apply(user, person)
    identity, _new = ExternalIdentity.objects.get_or_create(
        provider_key=provider_key, subject=person.subject, defaults={"user": user}
    )
    identity.last_signed_in_at = timezone.now()
    identity.save(update_fields=["last_signed_in_at"])
    if created or how in ("email", "employee_number"):
        audit_record(
            Action.PERSON_PROVISIONED,
            actor=user,
            request=request,
            target=user,
            detail={
                "provider": provider_key,
                "created": created,
                "linked_by": how or None,
            },
        )
    return user, moved
