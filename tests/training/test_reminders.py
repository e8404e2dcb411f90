"""Training e-mail goes out once, in the learner's language, respecting their choice."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests import factories
from tests.training.helpers import requirement
from training.models import SentReminder
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


def run(today=None):
    args = ["send_training_reminders"]
    if today is not None:
        args.append(f"--date={today.isoformat()}")
    call_command(*args, stdout=open("/dev/null", "w"))


def kinds():
    return sorted(SentReminder.objects.filter(delivered=True).values_list("kind", flat=True))


def test_running_the_command_twice_sends_one_mail(course, units, bso):
    page, _ = course
    factories.learner(units["yvr"], email="alex@example.gc.ca")
    requirement(courses=[page], audiences=[bso], due_days=60)
    assignments_materialise()

    run()
    run()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alex@example.gc.ca"]
    assert "Required training: Trafficking awareness" in mail.outbox[0].subject


def test_reminders_follow_the_calendar_once_each(course, units, bso):
    page, _ = course
    factories.learner(units["yvr"], email="alex@example.gc.ca")
    requirement(courses=[page], audiences=[bso], due_days=20)
    assignments_materialise()
    today = timezone.localdate()

    for offset in range(0, 26):
        run(today + timedelta(days=offset))
        run(today + timedelta(days=offset))

    assert kinds() == ["assigned", "due_14", "due_3", "overdue"]
    assert len(mail.outbox) == 4


def test_mail_is_written_in_the_learners_language(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"], email="amelie@example.gc.ca")
    user.learner_profile.preferred_language = "fr"
    user.learner_profile.save()
    requirement(courses=[page], audiences=[bso], due_days=60)
    assignments_materialise()
    run()
    subject = mail.outbox[0].subject
    assert subject.startswith("Formation obligatoire\u00a0: Trafficking awareness (FR)")
    assert "/fr/formation-obligatoire/" in mail.outbox[0].body


def test_opting_out_stops_advance_reminders_but_not_mandatory_notices(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"], email="alex@example.gc.ca")
    user.learner_profile.optional_email_opt_out = True
    user.learner_profile.save()
    requirement(courses=[page], audiences=[bso], due_days=10)
    assignments_materialise()
    today = timezone.localdate()
    for offset in (0, 8, 11):
        run(today + timedelta(days=offset))
    assert kinds() == ["assigned", "overdue"]


def test_managers_get_one_weekly_digest_of_overdue_learners_in_scope(course, units, bso):
    page, _ = course
    late = factories.learner(units["yvr"], first_name="Late", last_name="Learner")
    outside = factories.learner(units["police"], first_name="Other", last_name="Agency")
    manager = factories.manager(units["region"], email="boss@example.gc.ca")
    requirement(courses=[page], audiences=[bso], due_days=1)
    assignments_materialise()
    later = timezone.localdate() + timedelta(days=5)

    run(later)
    run(later + timedelta(days=1))

    digests = [message for message in mail.outbox if message.to == [manager.email]]
    assert len(digests) == 1
    assert late.last_name in digests[0].body
    assert outside.last_name not in digests[0].body


def test_learners_without_an_address_are_skipped_and_tried_later(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"], email="")
    requirement(courses=[page], audiences=[bso], due_days=60)
    assignments_materialise()
    run()
    assert mail.outbox == [] and not SentReminder.objects.exists()
    user.email = "alex@example.gc.ca"
    user.save()
    run()
    assert len(mail.outbox) == 1


def test_one_mail_per_assignment_per_day_the_others_are_covered(course, units, bso):
    """Assigned two days before it is due: one "assigned" notice (with the due date), no
    separate "due in 3 days" reminder, then or later."""
    page, _ = course
    factories.learner(units["yvr"], email="alex@example.gc.ca")
    requirement(courses=[page], audiences=[bso], due_days=2)
    assignments_materialise()
    today = timezone.localdate()
    run(today)
    run(today + timedelta(days=1))
    assert kinds() == ["assigned"]
    assert len(mail.outbox) == 1
    assert SentReminder.objects.filter(kind="due_3", delivered=False).exists()


def test_a_bad_date_option_is_refused_clearly():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--date"):
        call_command("send_training_reminders", "--date=31/03/2027")
