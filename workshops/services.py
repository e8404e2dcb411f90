"""Booking seats in workshop sessions: requests, manager approval, the waiting list and
its automatic promotion, cancellations, and the changes learners are told of.

Every change to a session's seats takes a lock on the session row first, so two
learners asking for the last seat at once get one seat and one place on the list."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import Booking, WorkshopSession
from .notices import notify


class BookingRefused(Exception):
    """A booking the platform cannot make; ``field`` names what is at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class _Locked:
    session: WorkshopSession
    booked: int


def _locked(session_id: int) -> _Locked:
    session = WorkshopSession.objects.select_for_update().get(pk=session_id)
    booked = Booking.objects.filter(session=session, status=Booking.Status.BOOKED).count()
    return _Locked(session=session, booked=booked)


def _seat_or_list(booking: Booking, locked: _Locked) -> None:
    """Give the booking a seat when one is free, else a place at the end of the list."""
    now = timezone.now()
    if locked.booked < locked.session.capacity:
        booking.status = Booking.Status.BOOKED
        locked.booked += 1
    else:
        booking.status = Booking.Status.WAITLISTED
    booking.status_changed_at = now


def booking_request(*, user, session: WorkshopSession, workshop) -> Booking:
    """The learner asks for a seat. A workshop that needs approval waits for a manager;
    otherwise the learner gets a seat, or a place on the waiting list when the session is
    full. Asking again for a session already asked for returns the same booking (a
    cancelled or declined one is asked for again)."""
    if session.is_cancelled:
        raise BookingRefused("session", "this session is cancelled")
    if session.starts_at <= timezone.now():
        raise BookingRefused("session", "this session has already started")
    with transaction.atomic():
        locked = _locked(session.pk)
        booking = Booking.objects.filter(session=session, user=user).first()
        if booking is not None and booking.status not in (
            Booking.Status.CANCELLED,
            Booking.Status.DECLINED,
        ):
            return booking
        if booking is None:
            booking = Booking(session=locked.session, user=user)
        booking.decided_by = None
        if workshop.needs_manager_approval:
            booking.status = Booking.Status.AWAITING_APPROVAL
            booking.status_changed_at = timezone.now()
        else:
            _seat_or_list(booking, locked)
        booking.save()
        notify(booking=booking, workshop=workshop, kind=booking.status)
    return booking


def booking_decide(*, booking: Booking, workshop, manager, approve: bool) -> Booking:
    """A manager of the learner's unit approves (a seat, or the waiting list) or declines
    a request. Only a request awaiting approval can be decided."""
    with transaction.atomic():
        locked = _locked(booking.session_id)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status != Booking.Status.AWAITING_APPROVAL:
            raise BookingRefused("booking", "this request was already decided")
        booking.decided_by = manager
        if approve:
            _seat_or_list(booking, locked)
        else:
            booking.status = Booking.Status.DECLINED
            booking.status_changed_at = timezone.now()
        booking.save()
        notify(booking=booking, workshop=workshop, kind=booking.status)
    return booking


def booking_cancel(*, booking: Booking, workshop) -> Booking:
    """The learner gives up their seat or their place on the list (before the session
    starts). A freed seat goes at once to the first learner on the waiting list."""
    if booking.session.starts_at <= timezone.now():
        raise BookingRefused("session", "this session has already started")
    with transaction.atomic():
        locked = _locked(booking.session_id)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status in (Booking.Status.CANCELLED, Booking.Status.DECLINED):
            return booking
        held_seat = booking.status == Booking.Status.BOOKED
        booking.status = Booking.Status.CANCELLED
        booking.status_changed_at = timezone.now()
        booking.save()
        notify(booking=booking, workshop=workshop, kind=booking.status)
        if held_seat:
            locked.booked -= 1
            _promote(locked, workshop)
    return booking


def _promote(locked: _Locked, workshop) -> list[Booking]:
    """Free seats go to the waiting list, first come first served."""
    promoted = []
    waiting = Booking.objects.select_for_update().filter(
        session=locked.session, status=Booking.Status.WAITLISTED
    )
    for booking in waiting.order_by("status_changed_at", "pk"):
        if locked.booked >= locked.session.capacity:
            break
        booking.status = Booking.Status.BOOKED
        booking.status_changed_at = timezone.now()
        booking.save()
        locked.booked += 1
        promoted.append(booking)
        notify(booking=booking, workshop=workshop, kind="promoted")
    return promoted


#: What learners must hear of when it changes: their calendars hold it.
NOTIFIED_FIELDS = ("starts_at", "ends_at", "time_zone", "place", "online_url", "is_cancelled")


def session_after_change(*, session: WorkshopSession, before: dict, workshop) -> None:
    """A trainer saved the session: when its time, place, link or cancellation changed,
    its ``sequence`` grows and everyone holding a seat or a place on the list gets the
    updated invitation. A larger capacity gives seats to the waiting list."""
    with transaction.atomic():
        locked = _locked(session.pk)
        changed = [name for name in NOTIFIED_FIELDS if before.get(name) != getattr(session, name)]
        if changed:
            WorkshopSession.objects.filter(pk=session.pk).update(sequence=session.sequence + 1)
            locked.session.refresh_from_db()
            kind = (
                "session_cancelled"
                if "is_cancelled" in changed and session.is_cancelled
                else ("session_changed")
            )
            for booking in Booking.objects.filter(
                session=session, status__in=[Booking.Status.BOOKED, Booking.Status.WAITLISTED]
            ).select_related("user"):
                booking.session = locked.session
                notify(booking=booking, workshop=workshop, kind=kind)
        if not locked.session.is_cancelled:
            _promote(locked, workshop)


def session_snapshot(session: WorkshopSession) -> dict:
    """What :func:`session_after_change` compares against."""
    return {name: getattr(session, name) for name in NOTIFIED_FIELDS}


def attendance_record(
    *,
    session: WorkshopSession,
    workshop,
    trainer,
    marks: dict,
    at=None,
    statement_ids: dict | None = None,
    language: str = "en",
    offline: bool = False,
) -> list[Booking]:
    """The trainer's attendance sheet for a session: ``marks`` maps each learner's uuid
    (str) to True (present) or False (absent). Only learners holding a seat are marked;
    only a trainer of the session may mark, once the session has begun. A learner marked
    present gets the ``attended`` statement, recorded by the platform on the trainer's
    word (its authority is the platform and the trainer), with the id made on the
    trainer's device when given, so a sheet sent twice records it once. A mark already
    taken stays as it is (a correction is an administrator's). ``offline``: the sheet
    came from the trainer's device outbox."""
    from courses.selectors import activity_ref_for, course_of
    from courses.services import registration_current
    from lrs.services import statement_record
    from tracking import builders

    if not session.trainers.filter(pk=trainer.pk).exists():
        raise BookingRefused("trainer", "only a trainer of this session takes its attendance")
    now = timezone.now()
    moment = min(at, now) if at is not None else now
    if moment < session.starts_at - timedelta(minutes=30):
        raise BookingRefused("timestamp", "attendance is taken once the session begins")
    statement_ids = statement_ids or {}
    course = course_of(workshop)
    workshop_ref = activity_ref_for(workshop)
    course_ref = activity_ref_for(course) if course is not None else None
    changed = []
    with transaction.atomic():
        bookings = {
            str(booking.user.uuid): booking
            for booking in Booking.objects.select_for_update()
            .filter(session=session, status=Booking.Status.BOOKED)
            .select_related("user")
        }
        unknown = sorted(set(marks) - set(bookings))
        if unknown:
            raise BookingRefused("marks", f"no seat in this session for {', '.join(unknown)}")
        for key, present in marks.items():
            booking = bookings[key]
            if booking.attendance:
                continue
            booking.attendance = (
                Booking.Attendance.ATTENDED if present else Booking.Attendance.ABSENT
            )
            booking.attendance_recorded_by = trainer
            booking.attendance_recorded_at = moment
            booking.save(
                update_fields=["attendance", "attendance_recorded_by", "attendance_recorded_at"]
            )
            if present:
                registration = (
                    registration_current(user=booking.user, course=course) if course else None
                )
                statement_record(
                    statement=builders.workshop_attended(
                        actor=builders.actor_for(booking.user),
                        workshop=workshop_ref,
                        course=course_ref,
                        registration=registration,
                        language=language,
                        session_key=str(session.uuid),
                        at=moment,
                        statement_id=statement_ids.get(key),
                        offline=offline,
                    ),
                    on_behalf_of=builders.actor_for(trainer),
                )
            changed.append(booking)
    return changed
