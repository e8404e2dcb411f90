"""Managers approve or decline their learners' requests for seats in workshops that need
approval, and nobody else's."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from tests import factories
from workshops.models import Booking, WorkshopPage, WorkshopSession

# Real commits: e-mails go once the change is committed.
pytestmark = pytest.mark.django_db(transaction=True)

URL = "/en/workshops/approvals/"


@pytest.fixture
def units():
    return factories.org_tree()


@pytest.fixture
def workshop(units):
    course, _lessons = factories.course("Responding to victims", lessons=1)
    page = course.add_child(
        instance=WorkshopPage(
            title="Trauma-informed interviews", slug="workshop", needs_manager_approval=True
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def session(workshop):
    start = timezone.now() + timedelta(days=10)
    return WorkshopSession.objects.create(
        workshop_key=workshop.translation_key,
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        time_zone="America/Vancouver",
        place="Training room 2, 333 Seymour St, Vancouver",
        capacity=1,
    )


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _learner(unit, **kwargs):
    learner = factories.learner(unit, **kwargs)
    learner.email = f"{learner.username}@example.gc.ca"
    learner.save(update_fields=["email"])
    return learner


def _request(workshop, session, learner) -> Booking:
    _client(learner).post(workshop.url + f"sessions/{session.uuid}/book/")
    booking = Booking.objects.get(session=session, user=learner)
    assert booking.status == Booking.Status.AWAITING_APPROVAL
    return booking


def _decide(client, booking, decision: str):
    return client.post(f"{URL}{booking.pk}/", {"decision": decision})


def test_a_manager_sees_the_requests_of_their_units_only(workshop, session, units):
    mine = _request(workshop, session, _learner(units["yvr"], first_name="Amira"))
    _request(workshop, session, _learner(units["police"], first_name="Zoltan"))
    manager = factories.manager(units["region"])

    response = _client(manager).get(URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert mine.user.get_full_name() in page
    assert "YVR" in page
    assert "Trauma-informed interviews" in page
    local = session.local_start
    assert str(local.year) in page and "(America/Vancouver)" in page
    assert f'action="{URL}{mine.pk}/"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert "Zoltan" not in page, "another agency's learner"


def test_the_dashboard_leads_to_the_requests(workshop, units):
    manager = factories.manager(units["region"])
    page = _client(manager).get("/en/dashboard/").content.decode()
    assert f'href="{URL}"' in page


def test_approving_gives_a_seat_then_the_waiting_list_and_tells_the_learner(
    workshop, session, units
):
    first = _request(workshop, session, _learner(units["yvr"]))
    second = _request(workshop, session, _learner(units["douglas"]))
    manager = factories.manager(units["region"])
    client = _client(manager)
    mail.outbox.clear()

    response = _decide(client, first, "approve")

    assert response.status_code == 302
    assert response["Location"] == URL
    first.refresh_from_db()
    assert first.status == Booking.Status.BOOKED
    assert first.decided_by == manager
    (message,) = mail.outbox
    assert message.to == [first.user.email]
    assert "Seat booked" in message.subject

    response = _decide(client, second, "approve")
    second.refresh_from_db()
    assert second.status == Booking.Status.WAITLISTED, "the only seat is taken"
    page = client.get(response["Location"]).content.decode()
    assert "on the waiting list" in page
    assert "No request awaits your approval." in page


def test_declining_tells_the_learner(workshop, session, units):
    booking = _request(workshop, session, _learner(units["yvr"]))
    mail.outbox.clear()
    response = _decide(_client(factories.manager(units["yvr"])), booking, "decline")
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == Booking.Status.DECLINED
    (message,) = mail.outbox
    assert "Request declined" in message.subject


def test_deciding_twice_is_a_clear_error(workshop, session, units):
    booking = _request(workshop, session, _learner(units["yvr"], first_name="Amira"))
    client = _client(factories.manager(units["yvr"]))
    _decide(client, booking, "approve")
    mail.outbox.clear()

    response = _decide(client, booking, "decline")

    assert response.status_code == 409
    page = response.content.decode()
    assert "was already decided (Booked)" in page
    assert 'role="alert"' in page
    booking.refresh_from_db()
    assert booking.status == Booking.Status.BOOKED
    assert mail.outbox == []


def test_an_unknown_decision_is_refused(workshop, session, units):
    booking = _request(workshop, session, _learner(units["yvr"]))
    response = _decide(_client(factories.manager(units["yvr"])), booking, "maybe")
    assert response.status_code == 400
    assert "Choose to approve or to decline" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.AWAITING_APPROVAL


def test_another_units_request_does_not_exist_for_a_manager(workshop, session, units):
    booking = _request(workshop, session, _learner(units["police"]))
    client = _client(factories.manager(units["region"]))
    assert _decide(client, booking, "approve").status_code == 404
    assert client.post(f"{URL}999999/", {"decision": "approve"}).status_code == 404
    booking.refresh_from_db()
    assert booking.status == Booking.Status.AWAITING_APPROVAL


def test_a_learner_is_refused_and_a_visitor_must_sign_in(workshop, session, units):
    learner = _learner(units["yvr"])
    booking = _request(workshop, session, learner)
    client = _client(learner)
    assert client.get(URL).status_code == 403
    assert _decide(client, booking, "approve").status_code == 403

    anonymous = Client()
    response = anonymous.get(URL)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    response = _decide(anonymous, booking, "approve")
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    booking.refresh_from_db()
    assert booking.status == Booking.Status.AWAITING_APPROVAL


def test_only_a_post_decides(workshop, session, units):
    booking = _request(workshop, session, _learner(units["yvr"]))
    client = _client(factories.manager(units["yvr"]))
    assert client.get(f"{URL}{booking.pk}/?decision=approve").status_code == 405
    booking.refresh_from_db()
    assert booking.status == Booking.Status.AWAITING_APPROVAL


def test_a_decision_needs_the_csrf_token(workshop, session, units):
    booking = _request(workshop, session, _learner(units["yvr"]))
    client = Client(enforce_csrf_checks=True)
    client.force_login(factories.manager(units["yvr"]))
    assert _decide(client, booking, "approve").status_code == 403
    booking.refresh_from_db()
    assert booking.status == Booking.Status.AWAITING_APPROVAL


def test_the_requests_page_in_french(workshop, session, units):
    _request(workshop, session, _learner(units["yvr"]))
    client = _client(factories.manager(units["yvr"]))
    response = client.get("/fr/ateliers/approbations/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Approuver" in page
    assert "Refuser" in page
