"""The learner's calendar (.ics): due dates while training is to be done, the renewal
date once it is completed and recurs, each with reminders, and UIDs that stay the same
from one cycle to the next so that calendar apps update their events."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from tests import factories
from tests.training.helpers import at, complete, requirement
from training.models import Assignment
from training.services import assignments_materialise, exemption_grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units, bso, client):
    user = factories.learner(units["yvr"])
    client.force_login(user)
    return user


def _events(client, language="en"):
    with translation.override(language):
        url = reverse("training:calendar_download")
    response = client.get(url)
    assert response.status_code == 200
    return Calendar.from_ical(response.content).walk("VEVENT")


def _reminders(event) -> list[timedelta]:
    return [alarm.decoded("trigger") for alarm in event.walk("VALARM")]


def _recurring(course, bso, **rule):
    page, _lessons = course
    return requirement(
        courses=[page],
        audiences=[bso],
        due_days=10,
        recurrence="months_after_completion",
        recurrence_months=24,
        window_days=30,
        **rule,
    )


def test_a_completed_recurring_requirement_puts_its_renewal_date_in_the_calendar(
    course, bso, learner, client
):
    item = _recurring(course, bso)
    assignments_materialise()
    complete(learner, course[0], timezone.now() - timedelta(days=1))
    assignments_materialise()
    renew_by = Assignment.objects.get(user=learner, requirement=item, closed_at=None).expires_on
    assert renew_by is not None

    events = _events(client)
    assert len(events) == 1
    assert events[0].decoded("dtstart") == renew_by
    assert str(events[0]["summary"]) == "Renewal due: Trafficking awareness"
    # When recertification opens (30 days before), then two weeks and three days before,
    # each at nine in the morning.
    assert _reminders(events[0]) == [
        -timedelta(days=30) + timedelta(hours=9),
        -timedelta(days=14) + timedelta(hours=9),
        -timedelta(days=3) + timedelta(hours=9),
    ]
    for alarm in events[0].walk("VALARM"):
        assert str(alarm["action"]) == "DISPLAY" and str(alarm["description"])


def test_training_to_do_has_its_due_date_with_reminders(course, bso, learner, client):
    _recurring(course, bso)
    assignments_materialise()
    events = _events(client)
    assert len(events) == 1
    assert events[0].decoded("dtstart") == timezone.localdate() + timedelta(days=10)
    assert str(events[0]["summary"]) == "Due: Trafficking awareness"
    assert _reminders(events[0]) == [
        -timedelta(days=14) + timedelta(hours=9),
        -timedelta(days=3) + timedelta(hours=9),
    ]


def test_the_renewal_event_keeps_its_uid_when_the_recertification_cycle_opens(
    course, bso, learner, client
):
    item = _recurring(course, bso)
    assignments_materialise()
    complete(learner, course[0], timezone.now() - timedelta(days=1))
    assignments_materialise()
    first_due = _events(client)
    completed = Assignment.objects.get(user=learner, requirement=item, closed_at=None)

    # Thirty days before the renewal date, the next cycle opens, due on that date.
    assignments_materialise(today=completed.expires_on - timedelta(days=30))
    renewal = Assignment.objects.get(user=learner, requirement=item, closed_at=None)
    assert renewal.cycle == 2 and renewal.completed_at is None
    events = _events(client)
    assert len(events) == 1
    assert str(events[0]["uid"]) == str(first_due[0]["uid"])
    assert events[0].decoded("dtstart") == completed.expires_on
    assert str(events[0]["summary"]) == "Due: Trafficking awareness"

    # Renewed: the next renewal date, under the next cycle's UID.
    complete(learner, course[0], at(completed.expires_on - timedelta(days=20)))
    assignments_materialise(today=completed.expires_on - timedelta(days=20))
    events = _events(client)
    assert len(events) == 1
    assert str(events[0]["uid"]) != str(first_due[0]["uid"])
    assert events[0].decoded("dtstart") > completed.expires_on


def test_the_uid_does_not_depend_on_the_assignment_row(course, bso, learner, client):
    item = _recurring(course, bso)
    assignments_materialise()
    before = str(_events(client)[0]["uid"])
    # Changing the requirement's rules closes the assignment and opens another one.
    item.grace_days = 5
    item.save()
    assignments_materialise()
    assert Assignment.objects.filter(user=learner, requirement=item).count() == 2
    assert str(_events(client)[0]["uid"]) == before


def test_training_done_once_for_good_or_waived_is_not_in_the_calendar(course, bso, learner, client):
    page, _lessons = course
    once = requirement(courses=[page], audiences=[bso], name="Once")
    waived = _recurring(course, bso, name="Waived")
    assignments_materialise()
    exemption_grant(requirement=waived, user=learner, reason="Seconded abroad")
    complete(learner, page, timezone.now() - timedelta(days=1))
    assignments_materialise()
    assert Assignment.objects.get(user=learner, requirement=once).completed_at is not None
    assert _events(client) == []


def test_the_french_calendar_speaks_french(course, bso, learner, client):
    _recurring(course, bso)
    assignments_materialise()
    complete(learner, course[0], timezone.now() - timedelta(days=1))
    assignments_materialise()
    events = _events(client, "fr")
    assert str(events[0]["summary"]) == "Renouvellement à faire\u00a0: Trafficking awareness (FR)"
