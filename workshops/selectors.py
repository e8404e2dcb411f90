"""Reads about workshops: the sessions a learner may book, with the seats left and their
own booking, and the requests a manager may decide."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from .models import Booking, WorkshopSession


@dataclass
class SessionOffer:
    session: WorkshopSession
    booked: int
    waiting: int
    booking: Booking | None
    #: The learner's place on the waiting list (1 = next), when they are on it.
    position: int | None = None

    @property
    def seats_left(self) -> int:
        return max(0, self.session.capacity - self.booked)

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0


def sessions_of(*, workshop):
    """Every session of a workshop (any language of its page), soonest first."""
    return WorkshopSession.objects.filter(workshop_key=workshop.translation_key).order_by(
        "starts_at", "pk"
    )


def sessions_offered(*, workshop, user) -> list[SessionOffer]:
    """The workshop's sessions not yet over and not cancelled (and any the learner holds a
    booking in), with seats taken, the waiting list's length and the learner's booking."""
    now = timezone.now()
    sessions = sessions_of(workshop=workshop).annotate(
        booked=Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED)),
        waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED)),
    )
    mine: dict[int, Booking] = {}
    if user.is_authenticated:
        mine = {
            booking.session_id: booking
            for booking in Booking.objects.filter(user=user, session__in=sessions)
        }
    offers = []
    for session in sessions:
        booking = mine.get(session.pk)
        if (session.ends_at <= now or session.is_cancelled) and booking is None:
            continue
        position = None
        if booking is not None and booking.status == Booking.Status.WAITLISTED:
            position = (
                Booking.objects.filter(session=session, status=Booking.Status.WAITLISTED)
                .filter(
                    Q(status_changed_at__lt=booking.status_changed_at)
                    | Q(status_changed_at=booking.status_changed_at, pk__lt=booking.pk)
                )
                .count()
                + 1
            )
        offers.append(
            SessionOffer(
                session=session,
                booked=session.booked,
                waiting=session.waiting,
                booking=booking,
                position=position,
            )
        )
    return offers


def requests_awaiting(*, manager) -> list[Booking]:
    """Requests awaiting approval from learners in the manager's units."""
    from organisations.selectors import learners_in_scope

    users = learners_in_scope(user=manager).values("user_id")
    return list(
        Booking.objects.filter(status=Booking.Status.AWAITING_APPROVAL, user_id__in=users)
        .select_related("session", "user")
        .order_by("requested_at")
    )


def workshop_attended(*, user, workshop_key: str, by=None) -> bool:
    """Whether a trainer recorded the learner present at a session of the workshop (by
    ``by``, when given): what a blended course asks (``courses.ports.Workshops``)."""
    rows = Booking.objects.filter(
        user=user,
        session__workshop_key=workshop_key,
        attendance=Booking.Attendance.ATTENDED,
    )
    if by is not None:
        rows = rows.filter(attendance_recorded_at__lte=by)
    return rows.exists()


def sessions_led_by(*, trainer):
    """The sessions a trainer leads, soonest first, from a day ago on."""
    since = timezone.now() - timezone.timedelta(days=1)
    return WorkshopSession.objects.filter(trainers=trainer, ends_at__gte=since).order_by(
        "starts_at"
    )


def attendance_sheet(*, session) -> list[Booking]:
    """The learners holding a seat in a session (and any whose attendance was taken),
    by name: the trainer's sheet."""
    return list(
        Booking.objects.filter(session=session)
        .filter(Q(status=Booking.Status.BOOKED) | ~Q(attendance=""))
        .select_related("user", "user__learner_profile__org_unit")
        .order_by("user__last_name", "user__first_name", "user__username")
    )


def request_in_scope(*, manager, booking_id) -> Booking | None:
    """One learner's booking the manager may decide (a learner in their units, whatever
    its status, so that a request decided already is told apart); ``None`` otherwise."""
    from organisations.selectors import learners_in_scope

    users = learners_in_scope(user=manager).values("user_id")
    return (
        Booking.objects.filter(pk=booking_id, user_id__in=users)
        .select_related("session", "user")
        .first()
    )
