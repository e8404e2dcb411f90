"""Writes of the cmi5 LMS side: launching an AU (session, fetch URL, ``LMS.LaunchData``,
``launched``), handing out the AU's token once, following the AU's statements (moveOn,
``satisfied``), waiving an AU and abandoning a session."""

import base64
import json
import secrets
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lrs.documents import DocumentScope, document_put
from lrs.models import Document
from lrs.services import lrs_token_issue, lrs_token_revoke, statement_record
from tracking import builders
from tracking import vocabulary as v

from . import cmi5
from .models import Cmi5AuState, Cmi5Session, PackageAttempt
from .selectors import cmi5_activity_iri, content_base_url

TOKEN_LIFETIME_HOURS = 8
# What the AU's token may do in the LRS itself: read. Everything it writes goes through
# the cmi5 endpoint, which checks the cmi5 rules first and then lets it write there.
READ_SCOPES = ("statements/read/mine", "state/read", "profile/read")
WRITE_SCOPES = frozenset({"statements/write", *READ_SCOPES})
LEARNER_PREFERENCES = "cmi5LearnerPreferences"


class Cmi5Refused(Exception):
    """A cmi5 action that cannot be done; ``field`` names what is wrong (``code``: the
    fetch URL's error code, when the refusal is the fetch URL's)."""

    def __init__(self, field: str, message: str, code: str = ""):
        self.field = field
        self.message = message
        self.code = code
        super().__init__(f"{field}: {message}")


def _au(attempt: PackageAttempt, au_id: str) -> dict:
    item = attempt.version.item(au_id)
    if item is None or attempt.version.kind != "cmi5":
        raise Cmi5Refused("au", "is not an AU of this course")
    return item


def _session_ref(session: Cmi5Session) -> builders.Cmi5SessionRef:
    attempt = session.attempt
    return builders.Cmi5SessionRef(
        user=attempt.user,
        au_iri=cmi5_activity_iri(version=attempt.version, publisher_id=session.au_id),
        publisher_id=session.au_id,
        registration=attempt.registration,
        session_id=session.session_id,
    )


def cmi5_launch(
    *,
    attempt: PackageAttempt,
    au_id: str,
    launch_mode: str = "Normal",
    endpoint: str,
    fetch_base: str,
    return_url: str,
) -> tuple[Cmi5Session, str]:
    """Launch an AU for the learner of ``attempt``: abandon the AU's sessions left open,
    open a session, write ``LMS.LaunchData``, record ``launched``, and return the
    session and the launch URL (with ``endpoint``, ``fetch``, ``actor``,
    ``registration`` and ``activityId``)."""
    if launch_mode not in cmi5.LAUNCH_MODES:
        raise Cmi5Refused("launch_mode", f"must be one of {', '.join(cmi5.LAUNCH_MODES)}")
    au = _au(attempt, au_id)
    with transaction.atomic():
        for stale in attempt.cmi5_sessions.select_for_update().filter(
            au_id=au_id, terminated_at=None, abandoned_at=None
        ):
            cmi5_abandon(session=stale)
        session = Cmi5Session.objects.create(
            attempt=attempt,
            au_id=au_id,
            launch_mode=launch_mode,
            fetch_key=secrets.token_urlsafe(32),
        )
        ref = _session_ref(session)
        href = au["href"]
        if "://" not in href:
            href = content_base_url(version=attempt.version) + href
        absolute_href = href if "://" in href else settings.SITE_URL + href
        parameters = urlencode(
            {
                "endpoint": endpoint,
                "fetch": f"{fetch_base}{session.fetch_key}/",
                "actor": json.dumps(builders.actor_for(attempt.user), separators=(",", ":")),
                "registration": str(attempt.registration),
                "activityId": ref.au_iri,
            }
        )
        url = href + ("&" if "?" in href else "?") + parameters
        mastery = au.get("masteryScore")
        launch_data = builders.cmi5_launch_data(
            session=ref,
            launch_mode=launch_mode,
            move_on=au["moveOn"],
            return_url=return_url,
            launch_parameters=au.get("launchParameters", ""),
            mastery_score=float(mastery) if mastery else None,
            entitlement_key=au.get("entitlementKey", ""),
        )
        document_put(
            scope=DocumentScope(
                kind=Document.Kind.STATE,
                activity_iri=ref.au_iri,
                agent=builders.actor_for(attempt.user),
                registration=str(attempt.registration),
            ),
            document_id=v.CMI5_LAUNCH_DATA,
            content=json.dumps(launch_data).encode(),
            content_type="application/json",
        )
        # moveOn is evaluated when the registration starts (9.6.1.1-3): blocks and a
        # course made only of NotApplicable AUs are satisfied before the first launch.
        _evaluate_move_on(attempt=attempt, session=session)
        statement_record(
            statement=builders.cmi5_launched(
                session=ref,
                launch_mode=launch_mode,
                launch_url=absolute_href,
                move_on=au["moveOn"],
                launch_parameters=au.get("launchParameters", ""),
                mastery_score=float(mastery) if mastery else None,
            )
        )
    return session, url


def cmi5_fetch(*, fetch_key: str) -> str:
    """The AU's auth token (``Basic`` credentials of a short-lived LRS token limited to
    the learner, the registration and the AU's activity), handed out once per session.
    Raises :class:`Cmi5Refused` for an unknown or already used fetch URL."""
    from datetime import timedelta

    with transaction.atomic():
        session = (
            Cmi5Session.objects.select_for_update()
            .select_related(
                "attempt", "attempt__version", "attempt__version__package", "attempt__user"
            )
            .filter(fetch_key=fetch_key)
            .first()
        )
        if session is None:
            raise Cmi5Refused("fetch", "is not a launch of this LMS", code="2")
        if session.fetched_at is not None or not session.is_open:
            raise Cmi5Refused("fetch", "was already used", code="1")
        ref = _session_ref(session)
        token, secret = lrs_token_issue(
            user=session.attempt.user,
            activity_iri=ref.au_iri,
            registration=session.attempt.registration,
            lifetime=timedelta(hours=TOKEN_LIFETIME_HOURS),
            # Without statements/write: the AU's statements go through the cmi5 endpoint,
            # which checks the cmi5 rules and writes them with WRITE_SCOPES.
            scopes=READ_SCOPES,
        )
        session.fetched_at = timezone.now()
        session.lrs_token_key = token.key
        session.save(update_fields=["fetched_at", "lrs_token_key"])
    return base64.b64encode(f"{token.key}:{secret}".encode()).decode()


def session_for_token(*, token_key: str) -> Cmi5Session | None:
    return (
        Cmi5Session.objects.select_related(
            "attempt", "attempt__version", "attempt__version__package"
        )
        .filter(lrs_token_key=token_key)
        .first()
    )


def session_state(*, session: Cmi5Session) -> cmi5.SessionState:
    """The rules' view of a session, for checking the AU's next statements."""
    attempt = session.attempt
    au = attempt.version.item(session.au_id) or {}
    row = Cmi5AuState.objects.filter(attempt=attempt, au_id=session.au_id).first()
    return cmi5.SessionState(
        registration=str(attempt.registration),
        session_id=str(session.session_id),
        launch_mode=session.launch_mode,
        mastery_score=Decimal(au["masteryScore"]) if au.get("masteryScore") else None,
        initialized=session.initialized_at is not None,
        terminated=not session.is_open,
        preferences_read=session.preferences_read_at is not None,
        outcomes=set(session.outcomes),
        au=cmi5.AuState(
            completed=row.completed, passed=row.passed, failed=row.failed, waived=row.waived
        )
        if row
        else cmi5.AuState(),
    )


def cmi5_statements_stored(*, session: Cmi5Session, state: cmi5.SessionState) -> None:
    """After the AU's statements are stored: keep the session and AU state they led to,
    and record ``satisfied`` for what their moveOn now meets."""
    now = timezone.now()
    with transaction.atomic():
        # The session row first, then its token: the order package_delete takes them in.
        session = Cmi5Session.objects.select_for_update().filter(pk=session.pk).first()
        if session is None:
            return  # its course was deleted meanwhile: the statements stay, nothing follows
        if state.initialized and session.initialized_at is None:
            session.initialized_at = now
        newly_terminated = state.terminated and session.terminated_at is None
        if newly_terminated:
            session.terminated_at = now
        session.outcomes = sorted(set(session.outcomes) | state.outcomes)
        session.save(update_fields=["initialized_at", "terminated_at", "outcomes"])
        if newly_terminated and session.lrs_token_key:
            # Nothing is accepted from a session after terminated (9.3.0.0-5, 8.1.2.0-2).
            lrs_token_revoke(key=session.lrs_token_key)
        row, _created = Cmi5AuState.objects.get_or_create(
            attempt=session.attempt, au_id=session.au_id
        )
        row.completed = row.completed or state.au.completed
        row.passed = row.passed or state.au.passed
        row.failed = row.failed or state.au.failed
        row.save()
        _evaluate_move_on(attempt=session.attempt, session=session)


def _evaluate_move_on(*, attempt: PackageAttempt, session: Cmi5Session) -> None:
    """Record ``satisfied`` (once per registration) for each block and the course whose
    AUs all meet their moveOn criteria (a NotApplicable AU always does). AUs themselves
    are not given ``satisfied`` statements (cmi5 9.3.9), only noted in the attempt."""
    attempt = PackageAttempt.objects.select_for_update().get(pk=attempt.pk)
    version = attempt.version
    states = {row.au_id: row for row in attempt.aus.all()}
    satisfied_aus = set()
    for au in version.items:
        row = states.get(au["identifier"])
        state = cmi5.AuState(
            completed=bool(row and row.completed),
            passed=bool(row and row.passed),
            waived=bool(row and row.waived),
        )
        if cmi5.au_satisfied(au["moveOn"], state):
            satisfied_aus.add(au["identifier"])
    tree = version.structure.get("tree", [])
    blocks = cmi5.satisfied_nodes(tree, satisfied_aus)
    course_id = version.structure.get("course", {}).get("identifier", "")
    done = set(attempt.satisfied)
    ref = _session_ref(session)
    new: list[tuple[str, str]] = [
        (block_id, v.TYPE_CMI5_BLOCK) for block_id in sorted(blocks - done)
    ]
    if course_id and course_id not in done and cmi5.course_satisfied(tree, satisfied_aus):
        new.append((course_id, v.TYPE_CMI5_COURSE))
    for publisher_id, activity_type in new:
        statement_record(
            statement=builders.cmi5_satisfied(
                session=ref,
                activity_iri=cmi5_activity_iri(version=version, publisher_id=publisher_id),
                activity_type=activity_type,
                publisher_id=publisher_id,
            )
        )
    newly_done = (satisfied_aus - done) | {publisher_id for publisher_id, _type in new}
    if newly_done:
        attempt.satisfied = sorted(done | newly_done)
        newly_completed = course_id in attempt.satisfied and attempt.completed_at is None
        if newly_completed:
            attempt.completed_at = timezone.now()
        attempt.save(update_fields=["satisfied", "completed_at", "updated_at"])
        if newly_completed:
            from .lessons import attempt_completed

            attempt_completed(attempt=attempt, language="en")


def cmi5_waive(*, attempt: PackageAttempt, au_id: str, reason: str) -> Cmi5AuState:
    """Waive an AU for the learner: record ``waived`` with the reason, then moveOn."""
    if reason not in cmi5.WAIVE_REASONS:
        raise Cmi5Refused("reason", f"must be one of {', '.join(cmi5.WAIVE_REASONS)}")
    _au(attempt, au_id)
    with transaction.atomic():
        row, _created = Cmi5AuState.objects.select_for_update().get_or_create(
            attempt=attempt, au_id=au_id
        )
        if row.waived:
            raise Cmi5Refused("au", "is already waived")
        row.waived = True
        row.waive_reason = reason
        row.save()
        session = Cmi5Session.objects.create(
            attempt=attempt,
            au_id=au_id,
            launch_mode=Cmi5Session.LaunchMode.NORMAL,
            fetch_key=secrets.token_urlsafe(32),
            terminated_at=timezone.now(),
        )
        statement_record(
            statement=builders.cmi5_waived(session=_session_ref(session), reason=reason)
        )
        _evaluate_move_on(attempt=attempt, session=session)
    return row


def cmi5_abandon(*, session: Cmi5Session) -> Cmi5Session:
    """End a session the AU left open: record ``abandoned`` with its duration."""
    if not session.is_open:
        raise Cmi5Refused("session", "is already over")
    now = timezone.now()
    session.abandoned_at = now
    session.save(update_fields=["abandoned_at"])
    if session.lrs_token_key:
        # Nothing is accepted from a session after abandoned (9.3.6.0-2).
        lrs_token_revoke(key=session.lrs_token_key)
    statement_record(
        statement=builders.cmi5_abandoned(
            session=_session_ref(session),
            seconds=int((now - session.launched_at).total_seconds()),
            at=now,
        )
    )
    return session


def cmi5_preferences_read(*, session: Cmi5Session) -> None:
    """Note that the session's AU read the learner preferences (which it must do before
    ``initialized``, cmi5 11.0.0.0-3), whether or not the document exists."""
    if session.preferences_read_at is None:
        Cmi5Session.objects.filter(pk=session.pk, preferences_read_at=None).update(
            preferences_read_at=timezone.now()
        )
