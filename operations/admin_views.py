"""The Wagtail admin's operations screens (administrators only): background tasks, with
the error of failed ones and a retry button, and the scheduled jobs, with their last and
next runs, to turn off and on or run at once."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult

from . import selectors, services
from .jobs import job_definition
from .models import ScheduledJob
from .scheduler import jobs_ensure


def operators_only(view):
    """A 403 for anyone but an administrator (Wagtail would turn a raised
    ``PermissionDenied`` into a redirect, hiding the refusal)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not services.can_operate(request.user):
            return HttpResponseForbidden(
                _("Only administrators may see and act on background tasks and scheduled jobs.")
            )
        return view(request, *args, **kwargs)

    return wrapped


def _first_error(error: ValidationError) -> str:
    return " ".join(message for messages_ in error.message_dict.values() for message in messages_)


@operators_only
def task_index(request):
    """Background tasks in one state (failed ones needing attention first)."""
    state = request.GET.get("state", "failed")
    if state not in selectors.TASK_FILTERS:
        return HttpResponseBadRequest(_("state: choose one of the listed states."))
    page = Paginator(selectors.tasks_in_state(state), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "operations/admin/task_index.html",
        {
            "header_title": _("Background tasks"),
            "state": state,
            "counts": selectors.task_counts(),
            "page_obj": page,
            "rows": [selectors.task_row(result) for result in page],
            "site_time_zone": settings.TIME_ZONE,
        },
    )


@operators_only
def task_detail(request, task_id):
    """One task: its arguments, attempts and, when it failed, the whole traceback."""
    result = get_object_or_404(DBTaskResult.objects.select_related("origin"), pk=task_id)
    retry = getattr(result, "retried_by", None)
    return TemplateResponse(
        request,
        "operations/admin/task_detail.html",
        {
            "header_title": _("Background task"),
            "row": selectors.task_row(result),
            "retry": retry.task_result if retry else None,
            "site_time_zone": settings.TIME_ZONE,
        },
    )


@operators_only
@require_POST
def task_retry(request, task_id):
    failed = get_object_or_404(DBTaskResult, pk=task_id)
    try:
        retry = services.task_retry(failed=failed, by=request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("operations_task_detail", task_id=failed.pk)
    messages.success(request, _("The task was queued again."))
    return redirect("operations_task_detail", task_id=retry.pk)


@operators_only
def job_index(request):
    """Every scheduled job: its schedule, last run, outcome and error, next run."""
    return TemplateResponse(
        request,
        "operations/admin/job_index.html",
        {
            "header_title": _("Scheduled jobs"),
            "rows": selectors.scheduled_jobs(),
            "site_time_zone": settings.TIME_ZONE,
        },
    )


def _job(name: str) -> ScheduledJob:
    if job_definition(name) is None:
        raise Http404(_("No scheduled job is called that."))
    jobs_ensure()
    return get_object_or_404(ScheduledJob, name=name)


@operators_only
@require_POST
def job_run(request, name):
    job = _job(name)
    try:
        services.job_run_now(job=job, by=request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
    else:
        messages.success(
            request,
            _("“%(job)s” is queued to run now.") % {"job": job_definition(name).title},
        )
    return redirect("operations_job_index")


@operators_only
@require_POST
def job_enable(request, name):
    job = _job(name)
    choice = request.POST.get("enabled")
    if choice not in ("0", "1"):
        return HttpResponseBadRequest(_("enabled: send 1 to turn the job on or 0 to turn it off."))
    services.job_set_enabled(job=job, enabled=choice == "1", by=request.user)
    title = job_definition(name).title
    if choice == "1":
        messages.success(request, _("“%(job)s” is on.") % {"job": title})
    else:
        messages.success(request, _("“%(job)s” is off.") % {"job": title})
    return redirect("operations_job_index")
