"""The learner's required training page, calendar download and feed, and e-mail choice."""

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from lrs.services import statement_record
from tests import factories
from tests.training.helpers import requirement
from tracking import builders
from training.models import Assignment, CalendarFeed
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned(course, units, bso, client):
    page, _ = course
    user = factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso], due_days=10, name="Trafficking awareness")
    assignments_materialise()
    client.force_login(user)
    return user, item, page


def test_the_page_lists_due_dates_and_status_in_both_languages(assigned, client):
    user, item, _page = assigned
    due = timezone.localdate() + timedelta(days=10)

    english = client.get("/en/my-learning/required/")
    assert english.status_code == 200
    body = english.content.decode()
    assert "Trafficking awareness" in body
    assert f'datetime="{due.isoformat()}"' in body
    assert "Due soon" in body

    french = client.get("/fr/formation-obligatoire/")
    assert french.status_code == 200
    assert "Trafficking awareness (FR)" in french.content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/en/my-learning/required/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_calendar_download_has_one_event_on_the_due_date(assigned, client):
    response = client.get("/en/my-learning/required/required-training.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == timezone.localdate() + timedelta(days=10)
    assert "Trafficking awareness" in str(events[0]["summary"])


def test_the_feed_works_without_a_session_and_a_new_address_retires_the_old(assigned, client):
    user, _item, _page = assigned
    client.get("/en/my-learning/required/")
    token = CalendarFeed.objects.get(user=user).token
    client.logout()

    feed = client.get(f"/en/my-learning/required/feed/{token}.ics")
    assert feed.status_code == 200
    assert len(Calendar.from_ical(feed.content).walk("VEVENT")) == 1
    assert client.get("/en/my-learning/required/feed/not-a-token.ics").status_code == 404

    client.force_login(user)
    client.post("/en/my-learning/required/feed/renew/")
    client.logout()
    assert client.get(f"/en/my-learning/required/feed/{token}.ics").status_code == 404


def test_the_email_choice_is_saved_and_bad_input_is_refused(assigned, client):
    user, _item, _page = assigned
    response = client.post("/en/my-learning/required/email/", {"optional_email": "off"})
    assert response.status_code == 302
    user.learner_profile.refresh_from_db()
    assert user.learner_profile.optional_email_opt_out is True

    bad = client.post("/en/my-learning/required/email/", {"optional_email": "maybe"})
    assert bad.status_code == 400
    assert "optional_email" in bad.content.decode()
    user.learner_profile.refresh_from_db()
    assert user.learner_profile.optional_email_opt_out is True


def test_a_completion_from_the_projector_completes_the_assignment(assigned, client):
    user, item, page = assigned
    from courses.selectors import activity_ref_for

    statement_record(
        statement=builders.course_completed(
            actor=builders.actor_for(user),
            course=activity_ref_for(page),
            registration=uuid.uuid4(),
            language="en",
            at=timezone.now(),
        )
    )
    row = Assignment.objects.get(user=user, requirement=item, closed_at__isnull=True)
    assert row.completed_at is not None
    body = client.get("/en/my-learning/required/").content.decode()
    assert "Completed" in body


def test_earlier_assignments_stay_visible_to_the_learner(assigned, client):
    user, _item, _page = assigned
    user.learner_profile.audiences.clear()
    body = client.get("/en/my-learning/required/").content.decode()
    assert "No training is required of you right now." in body
    assert "Earlier cycles and changes" in body
    assert "No longer in the requirement" in body


def test_my_learning_writes_the_requirement_and_its_status_with_french_punctuation(
    assigned, client
):
    body = client.get("/fr/mon-apprentissage/").content.decode()

    # “Trafficking awareness (FR) : Non commencée”, never the English “(FR): Non…”.
    assert re.search(r"Trafficking awareness \(FR\)[ \u00a0\u202f]:\s*<span", body)
    assert "(FR):" not in body
