"""Background tasks through the database queue: a task queued by a request is run by the
worker with the request's id on its log lines; a failing task is retried with growing
delays, and its last failure is shown to administrators, who may queue it again."""

import html
import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from common.log_format import RequestIdFilter
from common.request_context import request_id
from common.tasks import retry_policy_of, retrying_task
from operations.models import ScheduledJob, TaskOrigin
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@retrying_task(attempts=3, backoff_seconds=30)
def render_with_broken_service(certificate_code: str) -> None:
    logging.getLogger("tests.operations").warning("rendering %s", certificate_code)
    raise RuntimeError("the PDF service is down")


@pytest.fixture
def database_queue(settings, monkeypatch):
    settings.TASKS = DATABASE_QUEUE
    # The worker closes stale connections between tasks; inside a test's transaction the
    # connection must stay open.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


@pytest.fixture
def administrator():
    return factories.UserFactory(is_superuser=True, is_staff=True)


def run_worker():
    """The worker, in this process: every task due now, then it stops."""
    names = ("django_tasks", "django_tasks_db", "operations")
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    try:
        call_command("run_worker", "--batch", "--no-scheduler", verbosity=1)
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def ours():
    """The tasks these tests queue (creating users and pages queues others)."""
    return DBTaskResult.objects.filter(
        task_path__in=[
            "operations.tasks.run_scheduled_job",
            f"{__name__}.render_with_broken_service",
        ]
    )


def job_tasks():
    return DBTaskResult.objects.filter(task_path="operations.tasks.run_scheduled_job")


@pytest.mark.django_db
def test_a_task_queued_by_a_request_is_run_by_the_worker_with_the_requests_id(
    client, administrator, database_queue, caplog
):
    client.force_login(administrator)
    response = client.post(
        "/admin/operations/jobs/quiz-attempt-expiry/run/", HTTP_X_REQUEST_ID="req-7f3a9c"
    )
    assert response.status_code == 302
    (queued,) = job_tasks()
    assert queued.status == TaskResultStatus.READY
    assert queued.origin.request_id == "req-7f3a9c"
    assert ScheduledJob.objects.get(name="quiz-attempt-expiry").last_started_at is None

    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.INFO, logger="operations"):
        run_worker()

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL, queued.traceback
    job = ScheduledJob.objects.get(name="quiz-attempt-expiry")
    assert (job.last_outcome, job.last_result) == ("succeeded", {"closed": 0})
    lines = [r for r in caplog.records if r.name == "operations.scheduler"]
    assert [r.getMessage() for r in lines][0] == "scheduled job quiz-attempt-expiry: started"
    assert {r.request_id for r in lines} == {"req-7f3a9c"}
    assert request_id.get() is None  # the worker puts back what was there


@pytest.mark.django_db(transaction=True)
def test_the_worker_process_runs_a_task_queued_over_http_and_logs_the_request_id(
    live_server, administrator, database_queue
):
    import requests

    session = requests.Session()
    session.cookies.set("sessionid", _session_for(administrator))
    page = session.get(f"{live_server.url}/admin/operations/jobs/")
    assert page.status_code == 200
    response = session.post(
        f"{live_server.url}/admin/operations/jobs/quiz-attempt-expiry/run/",
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"X-Request-ID": "req-worker-42", "Referer": live_server.url + "/admin/"},
        allow_redirects=False,
    )
    assert response.status_code == 302
    assert job_tasks().get().status == TaskResultStatus.READY

    worker = subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--batch", "--no-scheduler"],
        cwd=ROOT,
        env=_worker_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert worker.returncode == 0, worker.stderr
    assert job_tasks().get().status == TaskResultStatus.SUCCESSFUL
    output = worker.stdout + worker.stderr
    started = [line for line in output.splitlines() if "quiz-attempt-expiry: started" in line]
    assert started and "req-worker-42" in started[0], output


def _session_for(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def _worker_environment() -> dict:
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{settings_dict['NAME']}"
    else:
        user, host = settings_dict["USER"], settings_dict["HOST"] or "127.0.0.1"
        password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
        url = f"postgres://{user}{password}@{host}:{settings_dict['PORT'] or 5432}/"
        url += settings_dict["NAME"]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return environment | {
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "DATABASE_URL": url,
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "LOG_FORMAT": "text",
    }


def _make_due(result: DBTaskResult) -> None:
    """As if the retry's wait were over."""
    DBTaskResult.objects.filter(pk=result.pk).update(run_after=timezone.now())


@pytest.mark.django_db
def test_a_failing_task_is_retried_with_growing_delays_then_shown_failed(
    client, administrator, database_queue
):
    first = render_with_broken_service.enqueue(certificate_code="CERT-7Q2M")
    run_worker()

    attempts = [DBTaskResult.objects.get(pk=first.id)]
    delays = []
    while True:
        failed = attempts[-1]
        failed.refresh_from_db()
        assert failed.status == TaskResultStatus.FAILED
        retry = TaskOrigin.objects.filter(retry_of=failed).first()
        if retry is None:
            break
        waiting = retry.task_result
        assert waiting.status == TaskResultStatus.READY
        assert waiting.args_kwargs == {"args": [], "kwargs": {"certificate_code": "CERT-7Q2M"}}
        delays.append(waiting.run_after - failed.finished_at)
        run_worker()  # not due yet: the worker leaves it
        waiting.refresh_from_db()
        assert waiting.status == TaskResultStatus.READY
        _make_due(waiting)
        run_worker()
        attempts.append(waiting)

    assert len(attempts) == 3  # the task's declared attempts, then no more
    assert [origin.attempt for origin in TaskOrigin.objects.order_by("attempt")] == [2, 3]
    assert timedelta(seconds=30) <= delays[0] < timedelta(seconds=35)
    assert timedelta(seconds=60) <= delays[1] < timedelta(seconds=65)

    client.force_login(administrator)
    listing = client.get("/admin/operations/tasks/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert text.count("render_with_broken_service") == 1  # the last failure only
    assert "RuntimeError: the PDF service is down" in text
    assert "3 of 3" in text
    retried = client.get("/admin/operations/tasks/?state=retried").content.decode()
    assert retried.count("render_with_broken_service") == 2

    last = attempts[-1]
    detail = html.unescape(client.get(f"/admin/operations/tasks/{last.pk}/").content.decode())
    assert 'raise RuntimeError("the PDF service is down")' in detail
    assert "Retry now" in detail


@pytest.mark.django_db
def test_an_administrator_queues_a_failed_task_again_once(client, administrator, database_queue):
    failed_result = render_with_broken_service.using(
        run_after=timezone.now() + timedelta(days=1)
    ).enqueue(certificate_code="CERT-9X")
    DBTaskResult.objects.filter(pk=failed_result.id).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path="builtins.RuntimeError",
        traceback="RuntimeError: the PDF service is down\n",
    )
    client.force_login(administrator)

    response = client.post(f"/admin/operations/tasks/{failed_result.id}/retry/")

    retry = TaskOrigin.objects.get(retry_of_id=failed_result.id)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/operations/tasks/{retry.pk}/")
    assert retry.retried_manually_by == administrator
    assert retry.task_result.status == TaskResultStatus.READY
    assert retry.task_result.run_after <= timezone.now()  # now, not the original's time
    again = client.post(f"/admin/operations/tasks/{failed_result.id}/retry/", follow=True)
    assert "This task was already retried." in again.content.decode()
    assert TaskOrigin.objects.filter(retry_of_id=failed_result.id).count() == 1
    assert ours().count() == 2
    unfailed = client.post(f"/admin/operations/tasks/{retry.pk}/retry/", follow=True)
    assert "Only a failed task can be retried." in unfailed.content.decode()
    assert ours().count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/admin/operations/tasks/"),
        ("get", "/admin/operations/tasks/{id}/"),
        ("post", "/admin/operations/tasks/{id}/retry/"),
        ("get", "/admin/operations/jobs/"),
        ("post", "/admin/operations/jobs/quiz-attempt-expiry/run/"),
        ("post", "/admin/operations/jobs/quiz-attempt-expiry/enabled/"),
    ],
)
def test_staff_who_are_not_administrators_are_refused(client, database_queue, method, path):
    result = render_with_broken_service.enqueue(certificate_code="CERT-1")
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.FAILED)
    client.force_login(factories.trainer())  # may use the Wagtail admin
    assert client.get("/admin/").status_code == 200

    response = getattr(client, method)(path.format(id=result.id), {"enabled": "0"})

    assert response.status_code == 403
    assert ours().count() == 1
    assert not TaskOrigin.objects.exists()
    assert not ScheduledJob.objects.filter(enabled=False).exists()


@pytest.mark.django_db
def test_the_menu_shows_the_operations_screens_to_administrators_only(client, administrator):
    client.force_login(factories.trainer())
    assert "/admin/operations/tasks/" not in client.get("/admin/").content.decode()
    client.force_login(administrator)
    home = client.get("/admin/").content.decode()
    assert "/admin/operations/tasks/" in home and "/admin/operations/jobs/" in home


@pytest.mark.django_db
def test_an_unknown_task_state_is_a_bad_request_naming_the_field(client, administrator):
    client.force_login(administrator)
    response = client.get("/admin/operations/tasks/?state=everything")
    assert response.status_code == 400
    assert b"state" in response.content


@pytest.mark.django_db
def test_with_the_immediate_backend_a_failing_task_fails_once_without_raising():
    result = render_with_broken_service.enqueue(certificate_code="CERT-2")
    assert result.status == TaskResultStatus.FAILED
    assert not ours().exists()


def test_the_platforms_idempotent_tasks_are_retried_and_forwarding_keeps_its_own_backoff():
    from certificates.services import render_certificate_pdf
    from courses.translators import notify_translators
    from lrs.forwarding import forward_statements
    from operations.tasks import run_scheduled_job
    from training.services import materialise_requirement

    for retried in (render_certificate_pdf, notify_translators, materialise_requirement):
        assert retry_policy_of(retried).attempts > 1, retried.name
    # The outbox retries each statement itself; a scheduled job is caught up by its next run.
    assert retry_policy_of(forward_statements) is None
    assert retry_policy_of(run_scheduled_job) is None


def test_the_worker_refuses_to_start_without_the_database_queue():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="TASKS_BACKEND"):
        call_command("run_worker", "--batch")
