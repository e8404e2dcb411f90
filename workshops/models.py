"""Instructor-led training: a workshop (a page, often inside a blended course) and its
sessions (a date, a place or a link, a capacity, trainers, a language), and each
learner's booking of a session, from the request to the attendance."""

import uuid
import zoneinfo

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from common.languages import is_official, official_language


class WorkshopPage(RoutablePageMixin, Page):
    """A workshop learners attend in person or online, led by trainers. Inside a course,
    it makes the course blended: the course completes when its lessons are done and the
    learner attended one session of each of its workshops."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    description = RichTextField(_("description"), blank=True)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=180)
    needs_manager_approval = models.BooleanField(
        _("needs the manager's approval"),
        default=False,
        help_text=_(
            "A learner's request for a seat waits until a manager of their unit approves it."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("duration_minutes"),
        FieldPanel("needs_manager_approval"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def get_context(self, request, *args, **kwargs):
        from .selectors import sessions_offered

        context = super().get_context(request, *args, **kwargs)
        context["offers"] = sessions_offered(workshop=self, user=request.user)
        return context

    def _session(self, session_id: str) -> "WorkshopSession":
        try:
            key = uuid.UUID(session_id)
        except ValueError:
            raise Http404 from None
        session = WorkshopSession.objects.filter(
            uuid=key, workshop_key=self.translation_key
        ).first()
        if session is None:
            raise Http404
        return session

    def _answer(self, request, *, error=None):
        if request.headers.get("Accept", "").startswith("application/json"):
            if error is not None:
                return JsonResponse({"error": str(error), "field": error.field}, status=409)
            return JsonResponse({"ok": True})
        if error is not None:
            from django.contrib import messages

            messages.error(
                request, _("The platform could not do that: %(reason)s") % {"reason": error.message}
            )
        return redirect(self.url + "#sessions")

    @path("sessions/<str:session_id>/book/", name="book")
    @method_decorator(login_required)
    def book(self, request, session_id: str):
        """POST: ask for a seat in a session."""
        from .services import BookingRefused, booking_request

        if request.method != "POST":
            return _post_only()
        session = self._session(session_id)
        try:
            booking_request(user=request.user, session=session, workshop=self)
        except BookingRefused as error:
            return self._answer(request, error=error)
        return self._answer(request)

    @path("sessions/<str:session_id>/cancel/", name="cancel")
    @method_decorator(login_required)
    def cancel(self, request, session_id: str):
        """POST: give up one's seat, place on the waiting list or request."""
        from .services import BookingRefused, booking_cancel

        if request.method != "POST":
            return _post_only()
        session = self._session(session_id)
        booking = Booking.objects.filter(session=session, user=request.user).first()
        if booking is None:
            raise Http404
        try:
            booking_cancel(booking=booking, workshop=self)
        except BookingRefused as error:
            return self._answer(request, error=error)
        return self._answer(request)

    def _led(self, request, session_id: str) -> "WorkshopSession":
        """The session, when the signed-in person is one of its trainers."""
        from django.core.exceptions import PermissionDenied

        session = self._session(session_id)
        if not session.trainers.filter(pk=request.user.pk).exists():
            raise PermissionDenied
        return session

    def _official_url(self, route: str, session: "WorkshopSession") -> str:
        """A route of this workshop's page in the official language the reader would
        read it in (English when they read a learner language)."""
        locale = Locale.objects.filter(language_code=official_language()).first()
        page = (self.get_translation_or_none(locale) if locale else None) or self
        return page.url + page.reverse_subpage(route, args=[str(session.uuid)])

    @path("sessions/<str:session_id>/attendance/", name="attendance")
    @method_decorator(login_required)
    def attendance(self, request, session_id: str):
        """The trainer's attendance sheet (GET), on a phone or a tablet, online or kept on
        the device; a JSON POST records it (from the device's outbox, perhaps long
        after): ``{"learner": <trainer uuid>, "timestamp", "marks": {<learner uuid>:
        true|false}, "statement_ids": {<learner uuid>: <uuid>}}``."""
        from .selectors import attendance_sheet

        session = self._led(request, session_id)
        if request.method == "POST":
            return self._attendance_record(request, session)
        if not is_official():  # a trainer's page: in English or French only
            return redirect(self._official_url("attendance", session))
        return self.render(
            request,
            template="workshops/attendance.html",
            context_overrides={"session": session, "sheet": attendance_sheet(session=session)},
        )

    def _attendance_record(self, request, session):
        from common.json_body import JSONBodyInvalid, json_body_error, request_json

        from .attendance import AttendanceInvalid, attendance_fields
        from .services import BookingRefused, attendance_record

        try:
            payload = request_json(request)
        except JSONBodyInvalid as error:
            return json_body_error(error)
        try:
            fields = attendance_fields(payload, trainer=request.user)
            changed = attendance_record(
                session=session,
                workshop=self,
                trainer=request.user,
                marks=fields.marks,
                at=fields.at,
                statement_ids=fields.statement_ids,
                language=request.LANGUAGE_CODE,
                offline=fields.at is not None,
            )
        except (AttendanceInvalid, BookingRefused) as error:
            status = 403 if error.field == "trainer" else 400
            return JsonResponse({"error": str(error), "field": error.field}, status=status)
        return JsonResponse({"recorded": len(changed)})

    @path("sessions/<str:session_id>/attendance/offline/", name="attendance_package")
    @method_decorator(login_required)
    def attendance_package(self, request, session_id: str):
        """What the attendance sheet needs offline, in the shape of a course's package
        (``offline/download.js`` keeps it on the trainer's device)."""
        session = self._led(request, session_id)
        url = self.url + self.reverse_subpage("attendance", args=[str(session.uuid)])
        response = JsonResponse(
            {
                "course": {
                    "key": str(session.uuid),
                    "title": f"{self.title} · {session}",
                    "url": url,
                    "language": request.LANGUAGE_CODE,
                    "version": f"s.{session.sequence}.{session.bookings.count()}",
                },
                "pages": [url],
                "lessons": [],
                "quizzes": [],
            }
        )
        response["Cache-Control"] = "no-store"
        return response

    @path("sessions/<str:session_id>/invitation/", name="invitation")
    @method_decorator(login_required)
    def invitation(self, request, session_id: str):
        """The learner's own calendar invitation for a session they hold a booking in."""
        from .calendar import session_invitation

        session = self._session(session_id)
        booking = Booking.objects.filter(session=session, user=request.user).first()
        if booking is None:
            raise Http404
        body = session_invitation(
            session=session,
            booking=booking,
            title=self.title,
            url=request.build_absolute_uri(self.url),
            language=request.LANGUAGE_CODE,
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="workshop-session.ics"'
        response["Cache-Control"] = "private, no-store"
        return response


def _post_only():
    response = JsonResponse({"error": "POST only"}, status=405)
    response["Allow"] = "POST"
    return response


def _time_zone_valid(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("%(value)s is not a time zone name such as America/Toronto."),
            params={"value": value},
        ) from None


class WorkshopSession(models.Model):
    """One session of a workshop. Its times are stored in UTC and shown in its own time
    zone (where it takes place). ``sequence`` grows with each change learners must hear
    of (time, place, cancellation), so that the calendar invitations they hold update."""

    LANGUAGES = [("en", "English"), ("fr", "Français")]

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    workshop_key = models.UUIDField(_("workshop"), db_index=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="America/Toronto", validators=[_time_zone_valid]
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), default=20)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, default="en")
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="workshop_sessions_led",
        verbose_name=_("trainers"),
    )
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("workshop session")
        verbose_name_plural = _("workshop sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="workshop_session_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="workshop_session_has_a_seat"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.local_start:%Y-%m-%d %H:%M} ({self.time_zone})"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session ends after it starts.")})
        if not self.place and not self.online_url:
            raise ValidationError({"place": _("Give a place, an online link, or both.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)


class Booking(models.Model):
    """A learner's place in a session: asked for, waiting for approval or a seat, booked,
    cancelled or declined; then, once the session is held, attended or absent."""

    class Status(models.TextChoices):
        AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
        WAITLISTED = "waitlisted", _("On the waiting list")
        BOOKED = "booked", _("Booked")
        CANCELLED = "cancelled", _("Cancelled")
        DECLINED = "declined", _("Declined by the manager")

    class Attendance(models.TextChoices):
        UNKNOWN = "", _("Not taken yet")
        ATTENDED = "attended", _("Attended")
        ABSENT = "absent", _("Absent")

    session = models.ForeignKey(WorkshopSession, on_delete=models.CASCADE, related_name="bookings")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workshop_bookings"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, blank=True, default=""
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    #: When the learner joined the waiting list (its order) or got their seat.
    status_changed_at = models.DateTimeField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    attendance_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    attendance_recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["status_changed_at", "pk"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_booking_per_session")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.session} · {self.status}"
