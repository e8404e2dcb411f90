"""The admin form of a workshop session: the workshop chosen as a page, and the start and
end typed as the local time of the place the session is held in (its own time zone, not
the server's nor the trainer's). Every problem is reported on the field it concerns."""

import datetime
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput, AdminPageChooser

from .models import Booking, WorkshopPage, WorkshopSession, _time_zone_valid


class LocalDateTimeField(forms.DateTimeField):
    """A date and time as typed, without a time zone: the form places it in the
    session's own zone once that zone is known."""

    def to_python(self, value):
        with timezone.override(datetime.UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result is not None else None

    def prepare_value(self, value):
        return value


def _to_the_minute(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def workshop_of(session: WorkshopSession) -> WorkshopPage | None:
    """The workshop page a session belongs to, in the default language when it has one."""
    pages = WorkshopPage.objects.filter(translation_key=session.workshop_key)
    return pages.filter(locale__language_code="en").first() or pages.first()


class SessionForm(WagtailAdminModelForm):
    workshop = forms.ModelChoiceField(
        label=_("Workshop"),
        queryset=WorkshopPage.objects.all(),
        widget=AdminPageChooser(target_models=[WorkshopPage]),
    )
    starts_at = LocalDateTimeField(
        label=_("Starts at (local time)"),
        help_text=_("The time where the session is held, in its time zone below."),
        widget=AdminDateTimeInput(),
    )
    ends_at = LocalDateTimeField(
        label=_("Ends at (local time)"),
        widget=AdminDateTimeInput(),
    )
    online_url = forms.URLField(
        label=_("online link"), required=False, max_length=200, assume_scheme="https"
    )

    class Meta:
        model = WorkshopSession
        fields = [
            "starts_at",
            "ends_at",
            "time_zone",
            "place",
            "online_url",
            "capacity",
            "language",
            "trainers",
            "is_cancelled",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        session = self.instance
        self.fields["time_zone"].help_text = _(
            "Where the session is held, as a time zone name such as America/Vancouver."
        )
        self.fields["is_cancelled"].help_text = _(
            "Learners holding a seat or a place on the waiting list are told at once, "
            "with a calendar update."
        )
        if session.pk:
            self.initial["workshop"] = workshop_of(session)
            self.initial["starts_at"] = _to_the_minute(session.local_start)
            self.initial["ends_at"] = _to_the_minute(session.local_end)

    def _unchanged(self, field: str) -> bool:
        return bool(self.instance.pk) and not {field, "time_zone"} & set(self.changed_data)

    def clean_time_zone(self):
        value = (self.cleaned_data.get("time_zone") or "").strip()
        _time_zone_valid(value)
        return value

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        if capacity is None:
            return capacity
        if capacity < 1:
            raise forms.ValidationError(_("A session has at least one seat."))
        if self.instance.pk:
            booked = Booking.objects.filter(
                session=self.instance, status=Booking.Status.BOOKED
            ).count()
            if capacity < booked:
                raise forms.ValidationError(
                    _(
                        "%(booked)s seats are already booked: the capacity cannot be "
                        "lower. Learners must cancel first."
                    ),
                    params={"booked": booked},
                )
        return capacity

    def clean(self):
        cleaned = super().clean()
        workshop = cleaned.get("workshop")
        if workshop is not None:
            self.instance.workshop_key = workshop.translation_key
        name = cleaned.get("time_zone")
        if not name:
            cleaned.pop("starts_at", None)
            cleaned.pop("ends_at", None)
            return cleaned
        zone = zoneinfo.ZoneInfo(name)
        for field in ("starts_at", "ends_at"):
            local = cleaned.get(field)
            if local is None:
                continue
            if self._unchanged(field):
                # As it was, to the second: saving the form alone moves nothing.
                cleaned[field] = getattr(self.instance, field)
                continue
            aware = local.replace(tzinfo=zone)
            if aware.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) != local:
                self.add_error(
                    field,
                    _("%(time)s does not exist in %(zone)s: the clocks change then.")
                    % {"time": local.strftime("%Y-%m-%d %H:%M"), "zone": name},
                )
                continue
            cleaned[field] = aware.astimezone(datetime.UTC)
        # That it ends after it starts, and has a place or a link: the model says so.
        return cleaned
