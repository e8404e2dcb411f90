"""Scheduled jobs: when they run next, that a due run is queued once however many workers
tick at once, and what administrators see and do on the Scheduled jobs screen."""

import html
import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from operations.jobs import JOBS
from operations.models import ScheduledJob
from operations.scheduler import jobs_ensure, scheduler_tick
from operations.schedules import next_run_after
from tests import factories

TORONTO = ZoneInfo("America/Toronto")
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# When a job runs next (pure).


def test_an_interval_job_keeps_its_rhythm_and_skips_the_runs_missed_while_no_worker_ran():
    due = at("2026-12-07T10:00:00+00:00")
    assert next_run_after(
        at("2026-12-07T10:00:20+00:00"), every_minutes=5, time_zone=TORONTO, previous_due=due
    ) == at("2026-12-07T10:05:00+00:00")
    assert next_run_after(
        at("2026-12-07T10:17:00+00:00"), every_minutes=5, time_zone=TORONTO, previous_due=due
    ) == at("2026-12-07T10:20:00+00:00")


def test_a_daily_job_runs_at_its_time_in_the_sites_time_zone_across_daylight_saving():
    # 07:00 in Toronto is 12:00 UTC in winter, 11:00 UTC in summer.
    assert next_run_after(
        at("2026-12-07T12:30:00+00:00"), daily_at=time(7, 0), time_zone=TORONTO
    ) == at("2026-12-08T07:00:00-05:00")
    assert next_run_after(
        at("2026-03-07T13:00:00+00:00"), daily_at=time(7, 0), time_zone=TORONTO
    ) == at("2026-03-08T07:00:00-04:00")
    # 02:30 does not exist on the night clocks spring forward: an hour later.
    assert next_run_after(
        at("2026-03-08T05:00:00+00:00"), daily_at=time(2, 30), time_zone=TORONTO
    ) == at("2026-03-08T03:30:00-04:00")


def test_a_schedule_needs_exactly_one_of_an_interval_and_a_time():
    moment = at("2026-12-07T12:00:00+00:00")
    with pytest.raises(ValueError, match="every_minutes or daily_at"):
        next_run_after(moment, time_zone=TORONTO)
    with pytest.raises(ValueError, match="every_minutes or daily_at"):
        next_run_after(moment, every_minutes=5, daily_at=time(1, 0), time_zone=TORONTO)
    with pytest.raises(ValueError, match="every_minutes"):
        next_run_after(moment, every_minutes=0, time_zone=TORONTO)


# The scheduler.


@pytest.fixture
def database_queue(settings, monkeypatch):
    settings.TASKS = DATABASE_QUEUE
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def ours():
    """The runs of scheduled jobs (creating users queues other tasks)."""
    return DBTaskResult.objects.filter(task_path="operations.tasks.run_scheduled_job")


def queued_runs(name: str) -> int:
    return DBTaskResult.objects.filter(
        task_path="operations.tasks.run_scheduled_job", args_kwargs__kwargs__name=name
    ).count()


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_ticking_at_once_queue_a_due_job_once(settings):
    settings.TASKS = DATABASE_QUEUE
    jobs_ensure()
    ScheduledJob.objects.exclude(name="quiz-attempt-expiry").update(enabled=False)
    now = timezone.now()
    rounds = 5
    claimed = []
    for round_ in range(rounds):
        due = now + timedelta(minutes=5 * round_)
        ScheduledJob.objects.filter(name="quiz-attempt-expiry").update(next_run_at=due)
        start = threading.Barrier(2)
        results = []

        def tick(due=due, start=start, results=results):
            try:
                start.wait()
                results.append(scheduler_tick(now=due))
            finally:
                connection.close()

        threads = [threading.Thread(target=tick) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(results) == 2
        claimed.append(sorted(results))
        job = ScheduledJob.objects.get(name="quiz-attempt-expiry")
        assert job.next_run_at == due + timedelta(minutes=5)

    assert claimed == [[[], ["quiz-attempt-expiry"]]] * rounds
    assert queued_runs("quiz-attempt-expiry") == rounds
    assert ours().count() == rounds  # the disabled jobs were not queued


@pytest.mark.django_db
def test_a_job_not_yet_due_is_not_queued(database_queue):
    jobs_ensure()
    assert scheduler_tick() == []
    assert not ours().exists()


# The screen.


@pytest.fixture
def administrator(client):
    user = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def run_worker():
    from django.core.management import call_command

    call_command("run_worker", "--batch", "--no-scheduler", verbosity=0)


def job_row(page: str, name: str) -> str:
    start = page.index(f'id="job-{name}"')
    return html.unescape(page[start : page.index("</tr>", start)])


@pytest.mark.django_db
def test_the_screen_shows_every_job_with_its_last_and_next_run_in_the_sites_time_zone(
    client, administrator, database_queue
):
    jobs_ensure()
    ScheduledJob.objects.filter(name="training-reminders").update(
        next_run_at=datetime(2026, 12, 8, 12, 0, tzinfo=UTC)
    )
    ScheduledJob.objects.filter(name="quiz-attempt-expiry").update(
        next_run_at=timezone.now() - timedelta(seconds=1)
    )
    assert scheduler_tick() == ["quiz-attempt-expiry"]
    run_worker()

    page = client.get("/admin/operations/jobs/").content.decode()

    for job in JOBS:
        assert f'id="job-{job.name}"' in page
    reminders = job_row(page, "training-reminders")
    assert "Each day at 07:00" in reminders
    assert "2026-12-08 07:00:00 EST" in reminders  # 12:00 UTC, in Toronto
    assert "never" in reminders
    expiry = job_row(page, "quiz-attempt-expiry")
    assert "Every 5 minutes" in expiry
    assert "Succeeded" in expiry and "closed: 0" in expiry
    job = ScheduledJob.objects.get(name="quiz-attempt-expiry")
    shown = timezone.localtime(job.last_started_at, TORONTO).strftime("%Y-%m-%d %H:%M:%S")
    assert shown in expiry


@pytest.mark.django_db
def test_a_failed_run_shows_its_error_on_the_screen_and_among_failed_tasks(
    client, administrator, database_queue, monkeypatch
):
    def broken(**kwargs):
        raise RuntimeError("the attempts table is locked")

    monkeypatch.setattr("quizzes.services.attempt_expire_overdue", broken)
    client.post("/admin/operations/jobs/quiz-attempt-expiry/run/")
    run_worker()

    expiry = job_row(client.get("/admin/operations/jobs/").content.decode(), "quiz-attempt-expiry")
    assert "Failed" in expiry
    assert "RuntimeError: the attempts table is locked" in expiry
    failed = html.unescape(client.get("/admin/operations/tasks/").content.decode())
    assert "operations.tasks.run_scheduled_job" in failed
    assert "RuntimeError: the attempts table is locked" in failed

    monkeypatch.undo()
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    client.post("/admin/operations/jobs/quiz-attempt-expiry/run/")
    run_worker()
    expiry = job_row(client.get("/admin/operations/jobs/").content.decode(), "quiz-attempt-expiry")
    assert "Succeeded" in expiry and "locked" not in expiry


@pytest.mark.django_db
def test_a_job_turned_off_is_not_queued_and_turned_on_again_it_runs_from_now(
    client, administrator, database_queue
):
    jobs_ensure()
    ScheduledJob.objects.filter(name="retention").update(
        next_run_at=timezone.now() - timedelta(minutes=1)
    )

    response = client.post("/admin/operations/jobs/retention/enabled/", {"enabled": "0"})

    assert response.status_code == 302
    assert scheduler_tick() == []
    page = client.get("/admin/operations/jobs/").content.decode()
    assert "Turn on" in job_row(page, "retention")
    assert "“Retention” is off." in html.unescape(page)

    client.post("/admin/operations/jobs/retention/enabled/", {"enabled": "1"})
    job = ScheduledJob.objects.get(name="retention")
    assert job.enabled and job.next_run_at > timezone.now()
    assert job.next_run_at.astimezone(TORONTO).time() == time(2, 30)
    assert scheduler_tick() == []


@pytest.mark.django_db
def test_run_now_queues_one_run_that_the_worker_runs_whatever_the_schedule(
    client, administrator, database_queue
):
    jobs_ensure()
    before = ScheduledJob.objects.get(name="retention").next_run_at

    response = client.post("/admin/operations/jobs/retention/run/", follow=True)

    assert "“Retention” is queued to run now." in html.unescape(response.content.decode())
    assert queued_runs("retention") == 1
    run_worker()
    job = ScheduledJob.objects.get(name="retention")
    assert (job.last_outcome, job.last_result) == ("succeeded", {"anonymised": 0})
    assert job.next_run_at == before  # the schedule is unchanged
    assert ours().get().status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db
def test_a_run_is_skipped_while_another_worker_runs_the_same_job(
    client, administrator, database_queue
):
    jobs_ensure()
    ScheduledJob.objects.filter(name="retention").update(running_since=timezone.now())
    client.post("/admin/operations/jobs/retention/run/")
    run_worker()
    job = ScheduledJob.objects.get(name="retention")
    assert job.last_outcome == "" and job.last_finished_at is None
    assert ours().get().return_value == {"skipped": "already running"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "data", "status", "words"),
    [
        ("post", "/admin/operations/jobs/retention/enabled/", {"enabled": "yes"}, 400, "enabled"),
        ("post", "/admin/operations/jobs/retention/enabled/", {}, 400, "enabled"),
        ("post", "/admin/operations/jobs/no-such-job/run/", {}, 404, ""),
        ("get", "/admin/operations/jobs/retention/run/", {}, 405, ""),
    ],
)
def test_bad_requests_to_the_jobs_screen_are_refused(
    client, administrator, method, path, data, status, words
):
    response = getattr(client, method)(path, data)
    assert response.status_code == status
    assert words.encode() in response.content
    assert not ours().exists()
    assert not ScheduledJob.objects.filter(enabled=False).exists()


@pytest.mark.django_db
def test_the_screens_are_in_french_for_a_french_speaking_administrator(client, administrator):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = "fr"
    profile.save()

    jobs = html.unescape(client.get("/admin/operations/jobs/").content.decode())
    tasks = html.unescape(client.get("/admin/operations/tasks/").content.decode())

    assert "Tâches planifiées" in jobs
    assert "Rappels de formation" in jobs
    assert "Chaque jour à 07:00" in jobs
    assert "Toutes les 5\u00a0minutes" in jobs
    assert "Exécuter maintenant" in jobs
    assert "Tâches en arrière-plan" in tasks


@pytest.mark.django_db
def test_the_task_history_keeps_recent_and_failed_tasks_and_deletes_old_ones(database_queue):
    from operations.scheduler import job_run
    from operations.tasks import run_scheduled_job

    now = timezone.now()

    def task(status, days_ago):
        result = run_scheduled_job.enqueue(name="retention")
        finished = None if days_ago is None else now - timedelta(days=days_ago)
        DBTaskResult.objects.filter(pk=result.id).update(status=status, finished_at=finished)
        return str(result.id)

    kept = {
        task(TaskResultStatus.SUCCESSFUL, 29),
        task(TaskResultStatus.FAILED, 31),
        task(TaskResultStatus.FAILED, 89),
        task(TaskResultStatus.READY, None),
    }
    gone = {task(TaskResultStatus.SUCCESSFUL, 31), task(TaskResultStatus.FAILED, 91)}

    assert job_run(name="task-history") == {"deleted": 2}

    left = {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}
    assert kept <= left
    assert not gone & left
