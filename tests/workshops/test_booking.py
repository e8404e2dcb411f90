"""Booking a seat in a workshop session: seats, the waiting list and its promotion,
manager approval, cancellations, calendar invitations that update, and the refusals."""

import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from tests import factories
from workshops.models import Booking, WorkshopPage, WorkshopSession
from workshops.services import session_after_change, session_snapshot

# Real commits: e-mails go once the change is committed.
pytestmark = pytest.mark.django_db(transaction=True)


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


def _learner(unit):
    """A learner with an e-mail address (the notices go there)."""
    learner = factories.learner(unit)
    learner.email = f"{learner.username}@example.gc.ca"
    learner.save(update_fields=["email"])
    return learner


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _book(workshop, session, user):
    return _client(user).post(workshop.url + f"sessions/{session.uuid}/book/")


def _cancel(workshop, session, user):
    return _client(user).post(workshop.url + f"sessions/{session.uuid}/cancel/")


def _status(session, user) -> str:
    return Booking.objects.get(session=session, user=user).status


def _invitation(message) -> Calendar:
    (name, content, mimetype) = message.attachments[0]
    assert name == "invitation.ics"
    return Calendar.from_ical(content)


def test_learners_get_seats_then_the_waiting_list_and_a_freed_seat_goes_to_the_first(
    workshop, unit
):
    session = _session(workshop, capacity=1)
    first, second, third = (_learner(unit) for _ in range(3))
    assert _book(workshop, session, first).status_code == 302
    _book(workshop, session, second)
    _book(workshop, session, third)
    assert _status(session, first) == "booked"
    assert _status(session, second) == "waitlisted"
    assert _status(session, third) == "waitlisted"

    page = _client(third).get(workshop.url).content.decode()
    assert "On the waiting list: number 2" in page

    mail.outbox.clear()
    assert _cancel(workshop, session, first).status_code == 302
    assert _status(session, first) == "cancelled"
    assert _status(session, second) == "booked", "the first on the list gets the seat"
    assert _status(session, third) == "waitlisted"
    assert "On the waiting list: number 1" in _client(third).get(workshop.url).content.decode()

    to_second = [m for m in mail.outbox if m.to == [second.email]]
    assert len(to_second) == 1
    assert "A seat is yours" in to_second[0].subject
    event = _invitation(to_second[0]).walk("VEVENT")[0]
    assert str(event["status"]) == "CONFIRMED"
    to_first = [m for m in mail.outbox if m.to == [first.email]]
    assert str(_invitation(to_first[0])["method"]) == "CANCEL"


def test_booking_twice_is_one_booking(workshop, unit):
    session = _session(workshop)
    learner = _learner(unit)
    _book(workshop, session, learner)
    _book(workshop, session, learner)
    assert Booking.objects.filter(session=session).count() == 1
    assert len([m for m in mail.outbox if "Seat booked" in m.subject]) == 1


def test_a_moved_session_sends_an_invitation_that_updates_the_same_event(workshop, unit):
    session = _session(workshop)
    learner = _learner(unit)
    _book(workshop, session, learner)
    first = _invitation(mail.outbox[-1]).walk("VEVENT")[0]

    before = session_snapshot(session)
    session.starts_at += timedelta(days=1)
    session.ends_at += timedelta(days=1)
    session.save()
    mail.outbox.clear()
    session_after_change(session=session, before=before, workshop=workshop)

    (message,) = mail.outbox
    assert "Session changed" in message.subject
    moved = _invitation(message).walk("VEVENT")[0]
    assert str(moved["uid"]) == str(first["uid"])
    assert int(moved["sequence"]) == int(first["sequence"]) + 1
    assert moved.decoded("dtstart") - first.decoded("dtstart") == timedelta(days=1)
    assert str(moved.decoded("dtstart").tzinfo) == "America/Vancouver"


def test_a_larger_capacity_gives_seats_to_the_waiting_list(workshop, unit):
    session = _session(workshop, capacity=1)
    first, second = _learner(unit), _learner(unit)
    _book(workshop, session, first)
    _book(workshop, session, second)
    before = session_snapshot(session)
    session.capacity = 2
    session.save()
    session_after_change(session=session, before=before, workshop=workshop)
    assert _status(session, second) == "booked"


def test_a_french_learner_hears_in_french(workshop, unit):
    session = _session(workshop)
    learner = _learner(unit)
    learner.learner_profile.preferred_language = "fr"
    learner.learner_profile.save()
    _book(workshop, session, learner)
    message = mail.outbox[-1]
    assert "Place réservée" in message.subject
    assert "Vancouver" in message.body


def test_a_workshop_that_needs_approval_waits_for_the_learners_manager(workshop, unit):
    from workshops.services import booking_decide

    workshop.needs_manager_approval = True
    workshop.save_revision().publish()
    session = _session(workshop)
    learner = _learner(unit)
    _book(workshop, session, learner)
    assert _status(session, learner) == "awaiting_approval"
    booking = Booking.objects.get(session=session, user=learner)
    booking_decide(
        booking=booking, workshop=workshop, manager=factories.manager(unit), approve=True
    )
    assert _status(session, learner) == "booked"


def test_an_anonymous_visitor_sees_sessions_but_cannot_book(workshop):
    session = _session(workshop)
    client = Client()
    page = client.get(workshop.url)
    assert page.status_code == 200
    assert "Sign in to book a seat" in page.content.decode()
    response = client.post(workshop.url + f"sessions/{session.uuid}/book/")
    assert response.status_code == 302
    assert not Booking.objects.exists()


def test_only_a_post_books(workshop, unit):
    session = _session(workshop)
    response = _client(_learner(unit)).get(workshop.url + f"sessions/{session.uuid}/book/")
    assert response.status_code == 405
    assert not Booking.objects.exists()


def test_a_session_of_another_workshop_or_none_is_not_found(workshop, unit):
    other_course, _ = factories.course("Other", lessons=1)
    other = other_course.add_child(instance=WorkshopPage(title="Other workshop", slug="w"))
    other.save_revision().publish()
    session = _session(other)
    learner = _learner(unit)
    assert _book(workshop, session, learner).status_code == 404
    response = _client(learner).post(workshop.url + f"sessions/{uuid.uuid4()}/book/")
    assert response.status_code == 404
    response = _client(learner).post(workshop.url + "sessions/not-a-uuid/book/")
    assert response.status_code == 404
    assert not Booking.objects.exists()


def test_a_session_already_started_or_cancelled_cannot_be_booked(workshop, unit):
    started = _session(
        workshop,
        starts_at=timezone.now() - timedelta(minutes=5),
        ends_at=timezone.now() + timedelta(hours=2),
    )
    cancelled = _session(workshop, is_cancelled=True)
    client = _client(_learner(unit))
    for session in (started, cancelled):
        response = client.post(
            workshop.url + f"sessions/{session.uuid}/book/", HTTP_ACCEPT="application/json"
        )
        assert response.status_code == 409
        assert response.json()["field"] == "session"
    assert not Booking.objects.exists()


def test_a_learner_gets_only_their_own_invitation(workshop, unit):
    session = _session(workshop)
    learner, other = _learner(unit), _learner(unit)
    _book(workshop, session, learner)
    url = workshop.url + f"sessions/{session.uuid}/invitation/"
    response = _client(learner).get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert _client(other).get(url).status_code == 404
    assert Client().get(url).status_code == 302


def test_cancelling_without_a_booking_is_not_found(workshop, unit):
    session = _session(workshop)
    assert _cancel(workshop, session, _learner(unit)).status_code == 404
