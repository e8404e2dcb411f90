"""Writes of the directory connection: tokens, and the people and groups a directory
provisions. People are the platform's own users and learner profiles; their moves and
departures go through ``organisations.services`` so that the unit history and the
training assignments follow as after an HR import."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django_scim import exceptions

from organisations.audit import Action, audit_record
from organisations.models import Audience, LearnerProfile, OrgUnit, User
from organisations.services import learner_standing_set, learner_unit_set

from .models import DirectoryGroup, DirectoryToken, DirectoryUser
from .resources import ENTERPRISE_USER, invalid

TOKEN_PREFIX = "scim_"


def token_hash(raw: str) -> str:
    """The stored form of a token: one SHA-256 round is enough for 256 random bits."""
    return hashlib.sha256(raw.encode()).hexdigest()


def directory_token_create(
    *, name: str, default_unit: OrgUnit | None, created_by=None
) -> tuple[DirectoryToken, str]:
    """A new token for one directory connection, and the token itself: shown once, to
    the administrator who made it; only its hash is kept. Recorded in the audit trail."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = DirectoryToken.objects.create(
        name=name,
        prefix=raw[:12],
        token_hash=token_hash(raw),
        default_unit=default_unit,
        created_by=created_by,
    )
    audit_record(
        Action.DIRECTORY_TOKEN_CHANGED,
        actor=created_by,
        target=token,
        detail={"created": True, "default_unit": default_unit.code if default_unit else ""},
    )
    return token, raw


def directory_token_revoke(*, token: DirectoryToken, revoked_by=None) -> bool:
    """Stop a token from working at once. Recorded in the audit trail."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(
        Action.DIRECTORY_TOKEN_CHANGED, actor=revoked_by, target=token, detail={"revoked": True}
    )
    return True


def directory_token_used(*, token: DirectoryToken) -> None:
    """Note when a token was last used (at most once a minute: no write per request)."""
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        DirectoryToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


# People -------------------------------------------------------------------------------


def _primary_email(state: dict) -> str:
    emails = state.get("emails") or []
    chosen = next((email for email in emails if email.get("primary")), None)
    chosen = chosen or next((email for email in emails if email.get("type") == "work"), None)
    chosen = chosen or (emails[0] if emails else None)
    return chosen["value"] if chosen else ""


def _named_unit(state: dict) -> OrgUnit | None:
    """The unit named by the enterprise extension's department, else its organization."""
    extension = state.get(ENTERPRISE_USER) or {}
    for attribute in ("department", "organization"):
        code = extension.get(attribute)
        if code:
            unit = OrgUnit.objects.filter(code__iexact=code.strip()).first()
            if unit is not None:
                return unit
    return None


def _check_unique(state: dict, *, user: User | None) -> None:
    others = User.objects.exclude(pk=user.pk) if user else User.objects.all()
    if others.filter(username__iexact=state["userName"]).exists():
        raise exceptions.IntegrityError(
            f"userName {state['userName']!r} is already taken.", scim_type="uniqueness"
        )
    number = (state.get(ENTERPRISE_USER) or {}).get("employeeNumber")
    profiles = LearnerProfile.objects.exclude(user=user) if user else LearnerProfile.objects
    if number and profiles.filter(employee_number=number).exists():
        raise exceptions.IntegrityError(
            f"employeeNumber {number!r} already belongs to another person.",
            scim_type="uniqueness",
        )


def _audit_person(account: DirectoryUser, token: DirectoryToken | None, **detail) -> None:
    audit_record(
        Action.PERSON_PROVISIONED,
        actor=None,
        target=account.user,
        detail={"token": token.name if token else "", **detail},
    )


@transaction.atomic
def directory_person_create(*, token: DirectoryToken, state: dict) -> DirectoryUser:
    """Create the person a directory sends (a user who signs in through the agency's
    identity provider, and their learner profile). Their unit: the one the enterprise
    extension's department or organization names by its code, else the token's default
    unit. Raises a SCIM 409 when the userName or employee number is taken."""
    existing = (
        DirectoryUser.objects.select_for_update()
        .filter(user__username__iexact=state["userName"], removed_at__isnull=False)
        .first()
    )
    if existing is not None:
        # A person the directory deleted and sends again: the same account comes back.
        existing.removed_at = None
        existing.token = token
        existing.save(update_fields=["removed_at", "token"])
        return directory_person_update(account=existing, state=state, revived=True)
    _check_unique(state, user=None)
    unit = _named_unit(state) or token.default_unit
    if unit is None:
        raise invalid(
            "The person has no unit: give a unit code as the enterprise extension's "
            "department or organization, or a default unit to the directory token."
        )
    user = User.objects.create(
        username=state["userName"],
        first_name=(state.get("name") or {}).get("givenName", ""),
        last_name=(state.get("name") or {}).get("familyName", ""),
        email=_primary_email(state),
        password=make_password(None),
    )
    extension = state.get(ENTERPRISE_USER) or {}
    LearnerProfile.objects.create(
        user=user,
        org_unit=unit,
        employee_number=extension.get("employeeNumber", ""),
        preferred_language=state.get("preferredLanguage") or "en",
        start_date=timezone.localdate(),
    )
    account = DirectoryUser.objects.create(
        scim_id=str(user.uuid),
        user=user,
        token=token,
        scim_external_id=state.get("externalId") or "",
        attributes=state,
    )
    if state.get("active") is False:
        learner_standing_set(user=user, active=False)
    _audit_person(account, token, created=True, unit=unit.code, active=state.get("active", True))
    return account


@transaction.atomic
def directory_person_update(
    *, account: DirectoryUser, state: dict, revived: bool = False
) -> DirectoryUser:
    """Apply what the directory now states about a person (PUT or PATCH): names,
    address, language, employee number, unit (when a department or organization names
    one: a move kept in the unit history) and standing (``active``)."""
    user = account.user
    _check_unique(state, user=user)
    before = account.attributes
    user.username = state["userName"]
    user.first_name = (state.get("name") or {}).get("givenName", "")
    user.last_name = (state.get("name") or {}).get("familyName", "")
    user.email = _primary_email(state)
    user.save(update_fields=["username", "first_name", "last_name", "email"])
    profile = LearnerProfile.objects.filter(user=user).first()
    unit = _named_unit(state)
    extension = state.get(ENTERPRISE_USER) or {}
    if profile is None:
        unit = unit or (account.token.default_unit if account.token else None)
        if unit is None:
            raise invalid("The person has no unit: give a unit code as their department.")
        profile = LearnerProfile.objects.create(user=user, org_unit=unit)
    updates = {"employee_number": extension.get("employeeNumber", "")}
    if state.get("preferredLanguage"):
        updates["preferred_language"] = state["preferredLanguage"]
    LearnerProfile.objects.filter(pk=profile.pk).update(**updates)
    moved = unit is not None and learner_unit_set(profile=profile, org_unit=unit)
    active = state.get("active")
    if revived and active is None:
        active = True
    standing = active is not None and learner_standing_set(user=user, active=active)
    account.attributes = state
    account.scim_external_id = state.get("externalId") or ""
    account.save(update_fields=["attributes", "scim_external_id", "updated_at"])
    changed = sorted(key for key in set(before) | set(state) if before.get(key) != state.get(key))
    if changed or moved or standing:
        _audit_person(
            account,
            account.token,
            changed=changed,
            moved_to=unit.code if moved else "",
            active=user.is_active,
            revived=revived,
        )
    return account


@transaction.atomic
def directory_person_remove(*, account: DirectoryUser) -> None:
    """The directory deleted a person: they are deactivated (every record of theirs
    stays), leave the directory's groups, and the SCIM resource is gone."""
    for group in account.groups.all():
        directory_group_members_set(
            group=group, members=[m for m in group.members.all() if m.pk != account.pk]
        )
    learner_standing_set(user=account.user, active=False)
    account.removed_at = timezone.now()
    account.save(update_fields=["removed_at"])
    _audit_person(account, account.token, removed=True, active=False)


# Groups -------------------------------------------------------------------------------


def _members(ids: list[str]) -> list[DirectoryUser]:
    found = {
        account.scim_id: account
        for account in DirectoryUser.objects.filter(scim_id__in=ids, removed_at__isnull=True)
    }
    missing = [member_id for member_id in ids if member_id not in found]
    if missing:
        raise invalid(f"members: no User with the id {missing[0]!r}.")
    return [found[member_id] for member_id in ids]


def _audience_for(name: str) -> Audience:
    """The audience whose code is the group's name as a code, or a new one named after it."""
    code = slugify(name)[:60] or "directory-group"
    existing = Audience.objects.filter(code__iexact=code).first()
    if existing is not None:
        return existing
    unique, number = code, 1
    while Audience.objects.filter(code=unique).exists():
        number += 1
        unique = f"{code[: 60 - len(str(number)) - 1]}-{number}"
    return Audience.objects.create(code=unique, name_en=name[:200], name_fr=name[:200])


@transaction.atomic
def directory_group_create(*, token: DirectoryToken, state: dict) -> DirectoryGroup:
    """Create a directory group and map it: to the unit whose code is the group's name
    (its members are moved there), else to the audience with that code, else to a new
    audience named after the group (its members hold it)."""
    name = state["displayName"]
    members = _members(state.get("members") or [])
    unit = OrgUnit.objects.filter(code__iexact=slugify(name)).first()
    group = DirectoryGroup.objects.create(
        display_name=name,
        scim_external_id=state.get("externalId") or "",
        org_unit=unit,
        audience=None if unit else _audience_for(name),
        token=token,
    )
    audit_record(
        Action.PERSON_PROVISIONED,
        actor=None,
        target=group,
        detail={
            "token": token.name,
            "group created": name,
            "unit": unit.code if unit else "",
            "audience": group.audience.code if group.audience else "",
        },
    )
    directory_group_members_set(group=group, members=members)
    return group


@transaction.atomic
def directory_group_update(*, group: DirectoryGroup, state: dict) -> DirectoryGroup:
    """Rename a group (its audience or unit stays) and bring its members in line."""
    members = _members(state.get("members") or [])
    group.display_name = state["displayName"]
    group.scim_external_id = state.get("externalId") or ""
    group.save(update_fields=["display_name", "scim_external_id", "updated_at"])
    directory_group_members_set(group=group, members=members)
    return group


def directory_group_members_set(*, group: DirectoryGroup, members: list[DirectoryUser]) -> None:
    """Make ``members`` the group's members. Joining an audience group gives the
    audience (its history and the assignments follow); joining a unit group moves the
    person there. Leaving an audience group takes the audience away, unless another
    of the person's groups gives it; leaving a unit group moves nobody."""
    current = {account.pk: account for account in group.members.all()}
    wanted = {account.pk: account for account in members}
    joined = [account for pk, account in wanted.items() if pk not in current]
    left = [account for pk, account in current.items() if pk not in wanted]
    if not joined and not left:
        return
    group.members.remove(*left)
    group.members.add(*joined)
    if group.audience_id:
        joining = LearnerProfile.objects.filter(user__directory_account__in=joined)
        if joining:
            group.audience.learners.add(*joining)
        still_given = DirectoryGroup.objects.filter(
            audience_id=group.audience_id, members__in=left
        ).values_list("members", flat=True)
        leaving = LearnerProfile.objects.filter(user__directory_account__in=left).exclude(
            user__directory_account__in=list(still_given)
        )
        if leaving:
            group.audience.learners.remove(*leaving)
    elif group.org_unit_id:
        for profile in LearnerProfile.objects.filter(user__directory_account__in=joined):
            learner_unit_set(profile=profile, org_unit=group.org_unit)
    audit_record(
        Action.PERSON_PROVISIONED,
        actor=None,
        target=group,
        detail={
            "token": group.token.name if group.token else "",
            "joined": [account.user.get_username() for account in joined],
            "left": [account.user.get_username() for account in left],
        },
    )


@transaction.atomic
def directory_group_delete(*, group: DirectoryGroup) -> None:
    """The directory deleted a group: its members leave it (and its audience), the
    audience or unit itself stays."""
    directory_group_members_set(group=group, members=[])
    audit_record(
        Action.PERSON_PROVISIONED,
        actor=None,
        target=group,
        detail={"token": group.token.name if group.token else "", "group deleted": True},
    )
    group.delete()


def directory_person_anonymise(sender=None, *, user_id, **kwargs) -> None:
    """A person who left was anonymised (:data:`organisations.signals.person_anonymised`):
    what the directory said of them (names, e-mail addresses, identifiers) goes; the
    resource stays ended, so the directory's address for it keeps answering 404."""
    from django.utils import timezone

    from .models import DirectoryUser

    accounts = DirectoryUser.objects.filter(user_id=user_id)
    accounts.update(scim_external_id="", attributes={})
    accounts.filter(removed_at=None).update(removed_at=timezone.now())
