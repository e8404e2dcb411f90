"""Workshop sessions in the Wagtail admin: trainers schedule them in the local time of
the place they are held, see who booked, and learners hear of every move or
cancellation; everyone else is kept out."""

import datetime
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from tests import factories
from workshops.models import Booking, WorkshopPage, WorkshopSession

# Real commits: e-mails go once the change is committed.
pytestmark = pytest.mark.django_db(transaction=True)

URL = "/admin/workshops/sessions/"


@pytest.fixture
def unit():
    return factories.org_unit("Port of Lacolle")


@pytest.fixture
def workshop():
    course, _lessons = factories.course("Responding to victims", lessons=1)
    page = course.add_child(
        instance=WorkshopPage(title="Trauma-informed interviews", slug="workshop")
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def trainer_client(workshop):
    """A trainer (Wagtail's Editors group), made once the site's pages exist."""
    client = Client()
    client.force_login(factories.trainer())
    return client


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _learner(unit, **kwargs):
    learner = factories.learner(unit, **kwargs)
    learner.email = f"{learner.username}@example.gc.ca"
    learner.save(update_fields=["email"])
    return learner


def _next_january() -> int:
    return timezone.now().year + 1


def _spring_forward() -> str:
    """The second Sunday of March of next year, when Vancouver's clocks skip 02:00-03:00."""
    march = datetime.date(_next_january(), 3, 1)
    first_sunday = march + timedelta(days=(6 - march.weekday()) % 7)
    return f"{first_sunday + timedelta(days=7):%Y-%m-%d}"


def _form(page, **overrides) -> dict:
    year = _next_january()
    data = {
        "workshop": str(page.pk),
        "starts_at": f"{year}-01-20 09:00",
        "ends_at": f"{year}-01-20 12:00",
        "time_zone": "America/Vancouver",
        "place": "Training room 2, 333 Seymour St, Vancouver",
        "online_url": "",
        "capacity": "10",
        "language": "en",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _session(workshop, **fields) -> WorkshopSession:
    start = timezone.now() + timedelta(days=10)
    fields = {
        "starts_at": start,
        "ends_at": start + timedelta(hours=3),
        "time_zone": "America/Vancouver",
        "place": "Training room 2, 333 Seymour St, Vancouver",
        "capacity": 2,
        **fields,
    }
    return WorkshopSession.objects.create(workshop_key=workshop.translation_key, **fields)


def _book(workshop, session, user):
    return _client(user).post(workshop.url + f"sessions/{session.uuid}/book/")


def _edit_data(session, workshop, **overrides) -> dict:
    local_start = session.local_start
    local_end = session.local_end
    data = {
        "workshop": str(workshop.pk),
        "starts_at": f"{local_start:%Y-%m-%d %H:%M}",
        "ends_at": f"{local_end:%Y-%m-%d %H:%M}",
        "time_zone": session.time_zone,
        "place": session.place,
        "online_url": session.online_url,
        "capacity": str(session.capacity),
        "language": session.language,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _minute(moment):
    return moment.replace(second=0, microsecond=0)


def test_a_trainer_schedules_a_session_in_the_local_time_of_its_place(trainer_client, workshop):
    response = trainer_client.post(URL + "new/", _form(workshop))

    assert response.status_code == 302, response.content.decode()[:3000]
    session = WorkshopSession.objects.get()
    assert session.workshop_key == workshop.translation_key
    # 09:00 in Vancouver in January is 17:00 UTC (not 09:00 in the server's Toronto).
    year = _next_january()
    assert session.starts_at == datetime.datetime(year, 1, 20, 17, 0, tzinfo=datetime.UTC)
    assert session.ends_at == datetime.datetime(year, 1, 20, 20, 0, tzinfo=datetime.UTC)

    listing = trainer_client.get(URL).content.decode()
    assert "Trauma-informed interviews" in listing
    assert f"{year}-01-20 09:00 (America/Vancouver)" in listing
    assert "0 / 10" in listing

    form = trainer_client.get(URL + f"edit/{session.pk}/").content.decode()
    assert f'value="{year}-01-20 09:00"' in form, "the form shows the local time again"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"ends_at": f"{_next_january()}-01-20 08:00"},
            "ends_at",
            "A session ends after it starts.",
        ),
        ({"place": "", "online_url": ""}, "place", "Give a place, an online link, or both."),
        ({"capacity": "0"}, "capacity", "A session has at least one seat."),
        (
            {"time_zone": "Vancouver"},
            "time_zone",
            "Vancouver is not a time zone name such as America/Toronto.",
        ),
        ({"workshop": ""}, "workshop", "This field is required."),
        (
            {"starts_at": f"{_spring_forward()} 02:30", "ends_at": f"{_spring_forward()} 05:00"},
            "starts_at",
            "does not exist in America/Vancouver",
        ),
    ],
)
def test_a_session_that_cannot_be_held_is_refused_naming_the_field(
    trainer_client, workshop, overrides, field, message
):
    response = trainer_client.post(URL + "new/", _form(workshop, **overrides))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert any(message in error for error in errors[field]), errors
    assert not WorkshopSession.objects.exists()


def test_the_capacity_cannot_drop_below_the_seats_booked(trainer_client, workshop, unit):
    session = _session(workshop, capacity=3)
    for _ in range(2):
        _book(workshop, session, _learner(unit))

    response = trainer_client.post(
        URL + f"edit/{session.pk}/", _edit_data(session, workshop, capacity="1")
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "2 seats are already booked" in errors["capacity"][0]
    session.refresh_from_db()
    assert session.capacity == 3


def test_moving_a_session_sends_learners_the_updated_invitation(trainer_client, workshop, unit):
    session = _session(workshop)
    learner = _learner(unit)
    _book(workshop, session, learner)
    first = Calendar.from_ical(mail.outbox[-1].attachments[0][1]).walk("VEVENT")[0]
    mail.outbox.clear()
    moved_start = session.local_start + timedelta(days=1)
    moved_end = session.local_end + timedelta(days=1)

    response = trainer_client.post(
        URL + f"edit/{session.pk}/",
        _edit_data(
            session,
            workshop,
            starts_at=f"{moved_start:%Y-%m-%d %H:%M}",
            ends_at=f"{moved_end:%Y-%m-%d %H:%M}",
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    session.refresh_from_db()
    assert session.starts_at == _minute(moved_start)
    (message,) = mail.outbox
    assert message.to == [learner.email]
    assert "Session changed: Trauma-informed interviews" in message.subject
    moved = Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")[0]
    assert str(moved["uid"]) == str(first["uid"])
    assert int(moved["sequence"]) == int(first["sequence"]) + 1
    assert moved.decoded("dtstart") == _minute(moved_start)


def test_saving_without_a_change_learners_see_sends_nothing(trainer_client, workshop, unit):
    session = _session(workshop)
    _book(workshop, session, _learner(unit))
    mail.outbox.clear()
    response = trainer_client.post(
        URL + f"edit/{session.pk}/", _edit_data(session, workshop, language="fr")
    )
    assert response.status_code == 302
    assert mail.outbox == []


def test_cancelling_a_session_tells_those_booked_and_waiting(trainer_client, workshop, unit):
    session = _session(workshop, capacity=1)
    booked, waiting = _learner(unit), _learner(unit)
    _book(workshop, session, booked)
    _book(workshop, session, waiting)
    mail.outbox.clear()

    response = trainer_client.post(
        URL + f"edit/{session.pk}/", _edit_data(session, workshop, is_cancelled="on")
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.is_cancelled
    assert sorted(m.to[0] for m in mail.outbox) == sorted([booked.email, waiting.email])
    assert all("Session cancelled" in m.subject for m in mail.outbox)
    to_booked = next(m for m in mail.outbox if m.to == [booked.email])
    assert str(Calendar.from_ical(to_booked.attachments[0][1])["method"]) == "CANCEL"


def test_a_larger_capacity_saved_in_the_admin_seats_the_waiting_list(
    trainer_client, workshop, unit
):
    session = _session(workshop, capacity=1)
    first, second = _learner(unit), _learner(unit)
    _book(workshop, session, first)
    _book(workshop, session, second)
    response = trainer_client.post(
        URL + f"edit/{session.pk}/", _edit_data(session, workshop, capacity="2")
    )
    assert response.status_code == 302
    assert Booking.objects.get(session=session, user=second).status == "booked"


def test_the_session_page_lists_its_bookings(trainer_client, workshop, unit):
    session = _session(workshop, capacity=1)
    first = _learner(unit, first_name="Amira", last_name="Haddad")
    second = _learner(unit, first_name="Louis", last_name="Tremblay")
    _book(workshop, session, first)
    _book(workshop, session, second)

    response = trainer_client.get(URL + f"inspect/{session.pk}/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Trauma-informed interviews" in page
    assert f"{session.local_start:%Y-%m-%d %H:%M} (America/Vancouver)" in page
    assert "Amira Haddad" in page
    assert "Louis Tremblay" in page
    assert "Port of Lacolle" in page
    assert "Booked" in page
    assert "On the waiting list" in page
    assert "Not taken yet" in page

    listing = trainer_client.get(URL).content.decode()
    assert "1 / 1" in listing


def test_the_list_filters_upcoming_and_past_sessions_and_by_workshop(trainer_client, workshop):
    upcoming = _session(workshop, place="Upcoming room")
    past_start = timezone.now() - timedelta(days=30)
    _session(
        workshop,
        place="Past room",
        starts_at=past_start,
        ends_at=past_start + timedelta(hours=3),
    )
    other_course, _ = factories.course("Other", lessons=1)
    other = other_course.add_child(instance=WorkshopPage(title="Use of force", slug="force"))
    other.save_revision().publish()
    _session(other, place="Other room")

    page = trainer_client.get(URL, {"when": "upcoming"}).content.decode()
    assert "Upcoming room" in page
    assert "Other room" in page
    assert "Past room" not in page
    page = trainer_client.get(URL, {"when": "past"}).content.decode()
    assert "Past room" in page
    assert "Upcoming room" not in page
    page = trainer_client.get(URL, {"workshop_key": str(other.translation_key)}).content.decode()
    assert "Other room" in page
    assert upcoming.place not in page


def test_a_session_learners_asked_for_is_cancelled_not_deleted(trainer_client, workshop, unit):
    session = _session(workshop)
    _book(workshop, session, _learner(unit))
    response = trainer_client.post(URL + f"delete/{session.pk}/", follow=True)
    assert WorkshopSession.objects.filter(pk=session.pk).exists()
    assert "cancel it instead of deleting it" in response.content.decode()

    empty = _session(workshop)
    trainer_client.post(URL + f"delete/{empty.pk}/")
    assert not WorkshopSession.objects.filter(pk=empty.pk).exists()


def test_an_administrator_may_schedule_sessions_too(workshop):
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    response = _client(admin).post(URL + "new/", _form(workshop))
    assert response.status_code == 302
    assert WorkshopSession.objects.count() == 1


def test_learners_and_managers_are_kept_out(workshop, unit):
    session = _session(workshop)
    for user in (_learner(unit), factories.manager(unit)):
        client = _client(user)
        for url in (URL, URL + "new/", URL + f"edit/{session.pk}/", URL + f"inspect/{session.pk}/"):
            response = client.get(url)
            assert response.status_code == 302, url
            assert "/login/" in response["Location"] or response["Location"].startswith("/admin/")
            assert response["Location"] != url
        client.post(URL + "new/", _form(workshop, place="Intruder room"))
        client.post(URL + f"edit/{session.pk}/", _edit_data(session, workshop, capacity="99"))
    assert not WorkshopSession.objects.filter(place="Intruder room").exists()
    session.refresh_from_db()
    assert session.capacity == 2
    assert Client().get(URL).status_code == 302


def test_a_trainer_of_the_session_finds_its_attendance_sheet(trainer_client, workshop):
    session = _session(workshop)
    leading = factories.trainer()
    session.trainers.add(leading)
    sheet = f'href="{workshop.url}sessions/{session.uuid}/attendance/"'
    assert sheet in _client(leading).get(URL + f"inspect/{session.pk}/").content.decode()
    assert sheet not in trainer_client.get(URL + f"inspect/{session.pk}/").content.decode()


@pytest.mark.django_db
def test_the_migrations_let_trainers_schedule_sessions():
    """Wagtail's Editors group (trainers), as the migrations leave it."""
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    granted = set(
        editors.permissions.filter(content_type__app_label="workshops").values_list(
            "codename", flat=True
        )
    )
    assert {
        "add_workshopsession",
        "change_workshopsession",
        "delete_workshopsession",
        "view_workshopsession",
        "view_booking",
    } <= granted
    assert "change_booking" not in granted
