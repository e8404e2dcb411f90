"""Workshop sessions in the Wagtail admin (menu "Workshops"), for trainers and
administrators: the list with seats and the waiting list, the form whose times are the
session's local time, the bookings of each session, and the invitations learners get
again when a session moves or is cancelled."""

import django_filters
from django.contrib import messages
from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import SessionForm, workshop_of
from .models import Booking, WorkshopPage, WorkshopSession
from .services import session_after_change, session_snapshot


def _local(moment, session) -> str:
    return f"{moment.astimezone(session.zone):%Y-%m-%d %H:%M} ({session.time_zone})"


def _workshop_choices():
    """Each workshop once (a page and its translations share a key), by title."""
    titles: dict[str, str] = {}
    for page in WorkshopPage.objects.order_by("locale__language_code", "title"):
        titles.setdefault(str(page.translation_key), page.title)
    return sorted(titles.items(), key=lambda item: item[1].casefold())


class SessionFilterSet(WagtailFilterSet):
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        method="filter_when",
        empty_label=_("Any time"),
    )
    workshop_key = django_filters.ChoiceFilter(
        label=_("Workshop"), choices=_workshop_choices, empty_label=_("All workshops")
    )

    class Meta:
        model = WorkshopSession
        fields = ["is_cancelled"]

    def filter_when(self, queryset, name, value):
        now = timezone.now()
        if value == "upcoming":
            return queryset.filter(ends_at__gt=now)
        if value == "past":
            return queryset.filter(ends_at__lte=now)
        return queryset


class SessionIndexView(generic.IndexView):
    @cached_property
    def columns(self):
        """The workshop's title leads to the session's form (or its details)."""
        columns = super().columns
        title_column = self._get_title_column_class(TitleColumn)
        columns[0] = title_column(
            "workshop_title",
            label=_("Workshop"),
            sort_key="workshop_title",
            get_url=lambda session: self.get_edit_url(session) or self.get_inspect_url(session),
        )
        return columns

    def get_base_queryset(self):
        titles = (
            WorkshopPage.objects.filter(translation_key=OuterRef("workshop_key"))
            .annotate(
                mine=Case(
                    When(locale__language_code=(get_language() or "en")[:2], then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("mine", "pk")
            .values("title")[:1]
        )
        return (
            super()
            .get_base_queryset()
            .annotate(
                workshop_title=Subquery(titles),
                booked=Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED)),
                waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED)),
            )
        )


class SessionEditView(generic.EditView):
    """Saving tells the learners holding a seat or a place on the list of what changed
    (time, place, link, cancellation), and gives new seats to the waiting list."""

    def get_object(self, queryset=None):
        session = super().get_object(queryset)
        self.before = session_snapshot(session)
        return session

    def save_instance(self):
        session = super().save_instance()
        session_after_change(
            session=session, before=self.before, workshop=self.form.cleaned_data["workshop"]
        )
        return session


class SessionDeleteView(generic.DeleteView):
    """A session learners asked for is kept, as their history: it is cancelled instead."""

    def form_valid(self, form):
        if self.object.bookings.exists():
            messages.error(
                self.request,
                _(
                    "Learners asked for seats in this session: cancel it instead of "
                    "deleting it, so that they are told."
                ),
            )
            return redirect(self.index_url_name)
        return super().form_valid(form)


class SessionInspectView(generic.InspectView):
    """A session's details in its own time zone, and its bookings."""

    template_name = "workshops/admin/session_inspect.html"
    labels = {
        "workshop": _("Workshop"),
        "starts_at": _("Starts at (local time)"),
        "ends_at": _("Ends at (local time)"),
    }

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return self.labels[field_name]
        return super().get_field_label(field_name, field)

    def get_workshop_display_value(self):
        page = workshop_of(self.object)
        return page.title if page is not None else "-"

    def get_starts_at_display_value(self):
        return _local(self.object.starts_at, self.object)

    def get_ends_at_display_value(self):
        return _local(self.object.ends_at, self.object)

    def get_is_cancelled_display_value(self):
        return _("Yes") if self.object.is_cancelled else _("No")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["bookings"] = (
            Booking.objects.filter(session=self.object)
            .select_related("user__learner_profile__org_unit")
            .order_by("status", "status_changed_at", "pk")
        )
        page = workshop_of(self.object)
        if page is not None and self.object.trainers.filter(pk=self.request.user.pk).exists():
            context["attendance_url"] = f"{page.url}sessions/{self.object.uuid}/attendance/"
        return context


class SessionViewSet(ModelViewSet):
    url_prefix = "workshops/sessions"
    model = WorkshopSession
    icon = "date"
    menu_label = _("Workshop sessions")
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    inspect_view_class = SessionInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "workshop",
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
    filterset_class = SessionFilterSet
    ordering = ["starts_at", "pk"]
    list_display = [
        Column("workshop_title", label=_("Workshop")),
        Column(
            "starts_at",
            label=_("Starts at (local time)"),
            accessor=lambda session: _local(session.starts_at, session),
            sort_key="starts_at",
        ),
        "place",
        "language",
        Column(
            "booked",
            label=_("Booked / capacity"),
            accessor=lambda session: f"{session.booked} / {session.capacity}",
        ),
        Column("waiting", label=_("Waiting list")),
        "is_cancelled",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("workshop"),
            MultiFieldPanel(
                [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")],
                heading=_("When"),
            ),
            MultiFieldPanel([FieldPanel("place"), FieldPanel("online_url")], heading=_("Where")),
            FieldPanel("capacity"),
            FieldPanel("language"),
            FieldPanel("trainers"),
            FieldPanel("is_cancelled"),
        ],
        base_form_class=SessionForm,
    )


class WorkshopsViewSetGroup(ViewSetGroup):
    items = (SessionViewSet,)
    menu_icon = "date"
    menu_label = _("Workshops")
    menu_name = "workshops"


@hooks.register("register_admin_viewset")
def register_workshop_viewsets():
    return WorkshopsViewSetGroup()
