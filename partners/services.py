"""Writes of the partners app: registering, confirming, deciding, inviting.

Every decision that lets a person into an agency's figures (an approval, a refusal, an
invitation used) is written to the audit trail as ``PARTNER_DECIDED``."""

import secrets
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from organisations.audit import Action, audit_record
from organisations.models import LearnerProfile, OrgUnit, User
from organisations.services import org_unit_create, org_unit_get_or_create

from .links import (
    CONFIRMATION_DAYS,
    LinkRefused,
    confirmation_token,
    confirmation_uuid,
    invitation_token,
    invitation_uuid,
)
from .mail import absolute_url, send_partner_mail
from .models import Invitation, PartnerOrganisation, Registration

#: The unit under which the organisations partners name are placed.
PARTNERS_PARENT_CODE = "partner-organisations"


class DecisionRefused(Exception):
    """The registration is no longer waiting for a decision."""


def account_exists(*, email: str) -> bool:
    """Whether someone already signs in with this address (as their e-mail or name)."""
    return User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists()


def registration_start(
    *,
    email: str,
    first_name: str,
    last_name: str,
    password: str,
    preferred_language: str,
    org_unit: OrgUnit | None,
    organisation_name: str = "",
) -> None:
    """Keep a sign-up and send its confirmation link. An address that already has an
    account gets a note saying so instead: the person registering sees the same page
    either way, so the form tells nobody which addresses have accounts."""
    email = email.strip().lower()
    if account_exists(email=email):
        send_partner_mail(
            to=email,
            kind="already_registered",
            language=preferred_language,
            context={"sign_in_url": absolute_url("login", language=preferred_language)},
        )
        return
    # A second sign-up before the first was confirmed replaces it (and its link), and
    # sign-ups nobody confirmed in time are forgotten.
    unconfirmed = Registration.objects.filter(status=Registration.Status.UNCONFIRMED)
    unconfirmed.filter(email__iexact=email).delete()
    unconfirmed.filter(created_at__lt=timezone.now() - timedelta(days=CONFIRMATION_DAYS)).delete()
    registration = Registration.objects.create(
        email=email,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        password=make_password(password),
        preferred_language=preferred_language,
        org_unit=org_unit,
        organisation_name="" if org_unit is not None else organisation_name.strip(),
    )
    send_partner_mail(
        to=email,
        kind="confirm",
        language=preferred_language,
        context={
            "registration": registration,
            "days": CONFIRMATION_DAYS,
            "confirm_url": absolute_url(
                "partners:confirm",
                language=preferred_language,
                kwargs={"token": confirmation_token(registration.uuid)},
            ),
        },
    )


def _partners_parent() -> OrgUnit:
    return org_unit_get_or_create(
        code=PARTNERS_PARENT_CODE,
        name_en="Partner organisations",
        name_fr="Organisations partenaires",
        kind=OrgUnit.Kind.AGENCY,
    )


def proposed_organisation_unit(*, name: str) -> OrgUnit:
    """The unit of an organisation a partner named: one already proposed under the same
    name (and not refused), or a new partner unit under "Partner organisations", waiting
    for an administrator."""
    parent = _partners_parent()
    existing = (
        OrgUnit.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .filter(Q(name_en__iexact=name) | Q(name_fr__iexact=name))
        .exclude(partner_organisation__status=PartnerOrganisation.Status.REFUSED)
        .first()
    )
    if existing is not None:
        return existing
    code = f"{slugify(name)[:40] or 'partner'}-{secrets.token_hex(3)}"
    unit = org_unit_create(
        code=code, name_en=name, name_fr=name, kind=OrgUnit.Kind.PARTNER, parent=parent
    )
    PartnerOrganisation.objects.create(org_unit=unit)
    return unit


def _unconfirmed(registration: Registration | None) -> Registration:
    if registration is None:
        raise LinkRefused("invalid")
    if registration.status != Registration.Status.UNCONFIRMED:
        raise LinkRefused("used")
    if account_exists(email=registration.email):
        raise LinkRefused("used")
    return registration


def registration_to_confirm(*, token: str) -> Registration:
    """The sign-up a confirmation link stands for while it can still be confirmed;
    :class:`LinkRefused` otherwise."""
    return _unconfirmed(Registration.objects.filter(uuid=confirmation_uuid(token)).first())


def registration_confirm(*, token: str) -> Registration:
    """Turn a confirmed sign-up into an account: a learner placed in their organisation,
    awaiting approval. :class:`LinkRefused` for a link that was altered, has expired,
    was replaced by a later sign-up or was used already."""
    registration_id = confirmation_uuid(token)
    with transaction.atomic():
        registration = _unconfirmed(
            Registration.objects.select_for_update().filter(uuid=registration_id).first()
        )
        unit = registration.org_unit or proposed_organisation_unit(
            name=registration.organisation_name
        )
        user = User.objects.create(
            username=registration.email,
            email=registration.email,
            first_name=registration.first_name,
            last_name=registration.last_name,
            password=registration.password,
        )
        LearnerProfile.objects.create(
            user=user,
            org_unit=unit,
            preferred_language=registration.preferred_language,
            awaiting_approval=True,
        )
        registration.user = user
        registration.org_unit = unit
        registration.status = Registration.Status.AWAITING
        registration.confirmed_at = timezone.now()
        registration.save()
    return registration


def registration_decide(
    *, registration: Registration, approve: bool, reason: str, actor: User, request=None
) -> Registration:
    """Approve a partner (they now count in their organisation's figures and get its
    required training) or refuse them (their account is closed), tell them by e-mail and
    record the decision. Approving a person in an organisation they named accepts the
    organisation too. The caller checked that ``actor`` may decide."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Registration.Status.AWAITING:
            raise DecisionRefused
        user = registration.user
        profile = user.learner_profile
        proposed = PartnerOrganisation.objects.filter(
            org_unit=profile.org_unit, status=PartnerOrganisation.Status.PENDING
        ).first()
        now = timezone.now()
        if approve:
            # A save, not an update: the training app assigns the unit's required
            # training and the dashboards count the person from this save.
            profile.awaiting_approval = False
            profile.save()
            if proposed is not None:
                proposed.status = PartnerOrganisation.Status.ACCEPTED
                proposed.decided_at = now
                proposed.save()
        else:
            user.is_active = False
            user.save(update_fields=["is_active"])
            others = Registration.objects.filter(org_unit=profile.org_unit).exclude(
                pk=registration.pk
            )
            if (
                proposed is not None
                and not others.exclude(status=Registration.Status.REFUSED).exists()
            ):
                proposed.status = PartnerOrganisation.Status.REFUSED
                proposed.decided_at = now
                proposed.save()
        registration.status = (
            Registration.Status.APPROVED if approve else Registration.Status.REFUSED
        )
        registration.decided_at = now
        registration.decided_by = actor
        registration.reason = reason.strip()
        registration.save()
        audit_record(
            Action.PARTNER_DECIDED,
            actor=actor,
            request=request,
            target=profile,
            target_name=registration.full_name,
            detail={
                "decision": "approved" if approve else "refused",
                "reason": registration.reason,
                "email": registration.email,
                "org_unit": profile.org_unit.path_label,
                "organisation_accepted": bool(approve and proposed is not None),
            },
        )
    language = registration.preferred_language
    send_partner_mail(
        to=registration.email,
        kind="approved" if approve else "refused",
        language=language,
        context={
            "registration": registration,
            "organisation": profile.org_unit,
            "sign_in_url": absolute_url("login", language=language),
        },
    )
    return registration


# -- invitations ----------------------------------------------------------------------


def invitation_create(
    *, email: str, org_unit: OrgUnit, audiences, days: int, actor: User, language: str
) -> Invitation:
    """Send an invitation link valid for ``days`` days (in both languages; the page
    that opens is in ``language``, the inviter's, until the invitee switches)."""
    invitation = Invitation.objects.create(
        email=email.strip().lower(),
        org_unit=org_unit,
        created_by=actor,
        expires_at=timezone.now() + timedelta(days=days),
    )
    invitation.audiences.set(audiences)
    token = invitation_token(invitation.uuid)
    send_partner_mail(
        to=invitation.email,
        kind="invitation",
        language=language,
        context={
            "invitation": invitation,
            "inviter": actor.get_full_name() or actor.get_username(),
            "url_en": absolute_url("partners:invitation", language="en", kwargs={"token": token}),
            "url_fr": absolute_url("partners:invitation", language="fr", kwargs={"token": token}),
        },
    )
    return invitation


def _usable(invitation: Invitation | None) -> Invitation:
    if invitation is None:
        raise LinkRefused("invalid")
    if invitation.used_at is not None or account_exists(email=invitation.email):
        raise LinkRefused("used")
    if invitation.expires_at <= timezone.now():
        raise LinkRefused("expired")
    return invitation


def invitation_for_token(*, token: str) -> Invitation:
    """The invitation a link stands for, while it can still be used;
    :class:`LinkRefused` otherwise."""
    invitation_id = invitation_uuid(token)
    return _usable(Invitation.objects.select_related("org_unit").filter(uuid=invitation_id).first())


def invitation_accept(
    *,
    token: str,
    first_name: str,
    last_name: str,
    password: str,
    preferred_language: str,
    request=None,
) -> User:
    """Make the invitee's account, approved at once in the invitation's unit and
    audiences: the invitation itself was the decision of whoever sent it."""
    invitation_id = invitation_uuid(token)
    with transaction.atomic():
        invitation = _usable(
            Invitation.objects.select_for_update().filter(uuid=invitation_id).first()
        )
        user = User(
            username=invitation.email,
            email=invitation.email,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
        )
        user.set_password(password)
        user.save()
        profile = LearnerProfile.objects.create(
            user=user,
            org_unit=invitation.org_unit,
            preferred_language=preferred_language,
        )
        profile.audiences.set(invitation.audiences.all())
        now = timezone.now()
        invitation.used_at = now
        invitation.user = user
        invitation.save(update_fields=["used_at", "user"])
        registration = Registration.objects.create(
            email=invitation.email,
            first_name=user.first_name,
            last_name=user.last_name,
            password=user.password,
            preferred_language=preferred_language,
            org_unit=invitation.org_unit,
            status=Registration.Status.APPROVED,
            user=user,
            confirmed_at=now,
            decided_at=now,
            decided_by=invitation.created_by,
        )
        audit_record(
            Action.PARTNER_DECIDED,
            actor=invitation.created_by,
            request=request,
            target=profile,
            target_name=registration.full_name,
            detail={
                "decision": "approved",
                "by_invitation": str(invitation.uuid),
                "email": invitation.email,
                "org_unit": invitation.org_unit.path_label,
            },
        )
    return user


def partner_records_anonymise(sender=None, *, user_id, **kwargs) -> None:
    """A person who left was anonymised (:data:`organisations.signals.person_anonymised`):
    their registration and invitation keep their decision and dates, not their name,
    e-mail address or password hash."""
    Registration.objects.filter(user_id=user_id).update(
        email="", first_name="", last_name="", password="!"
    )
    Invitation.objects.filter(user_id=user_id).update(email="")
