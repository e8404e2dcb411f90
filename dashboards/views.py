"""The manager's dashboard: figures for their own units with drill-down, the learners of
a unit, and downloads of every table exactly as shown. Every view goes through
``access.manager_scope`` (403 for anyone who manages no unit) and ``Scope.unit`` (404
for a unit outside the scope)."""

from dataclasses import replace

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from common.replicas import reads_from_replica

from .access import manager_scope
from .exports import table_response
from .filters import DashboardFilterForm
from .reports import dashboard as dashboard_report
from .reports import learners as learners_report
from .reports.figures import Slice
from .selectors import dashboard_courses


def _filter_form(request, scope, *, table: str) -> DashboardFilterForm:
    courses = dashboard_courses(language=request.LANGUAGE_CODE)
    return DashboardFilterForm(
        request.GET,
        scope=scope,
        courses=[(str(course.translation_key), course.title) for course in courses],
        sort_keys=dashboard_report.sort_keys_for(table=table, courses=courses),
    )


def _slice(request, scope, form, **changes) -> Slice:
    filters = replace(form.filters(), **changes)
    return Slice(
        scope=scope, filters=filters, language=request.LANGUAGE_CODE, today=timezone.localdate()
    )


@login_required
@reads_from_replica
def manager_dashboard(request):
    """Required training, targets, units, courses and weekly completions of the
    manager's units (or of the one unit drilled into), with the filters of the address."""
    scope = manager_scope(request.user)
    form = _filter_form(request, scope, table="units")
    context = {
        "form": form,
        "dashboard_section": "manager",
        "dashboard_nav": scope.nav(),
    }
    if not form.is_valid():
        return render(request, "dashboards/manager/dashboard.html", context, status=400)
    slice_ = _slice(request, scope, form)
    context.update(
        filters=slice_.filters,
        dashboard=dashboard_report.manager_dashboard(slice_),
    )
    return render(request, "dashboards/manager/dashboard.html", context)


@login_required
@reads_from_replica
def unit_learners(request, unit_id):
    """The learners of a unit's subtree, fifty to a page, with their required training."""
    scope = manager_scope(request.user)
    unit = scope.unit(unit_id)
    form = _filter_form(request, scope, table="learners")
    context = {
        "form": form,
        "unit": unit,
        "dashboard_section": "manager",
        "dashboard_nav": scope.nav(),
    }
    if not form.is_valid():
        return render(request, "dashboards/manager/learners.html", context, status=400)
    slice_ = _slice(request, scope, form, unit=unit)
    page = Paginator(
        learners_report.learners_queryset(slice_), learners_report.LEARNERS_PER_PAGE
    ).get_page(request.GET.get("page"))
    context.update(
        filters=slice_.filters,
        breadcrumb=slice_.breadcrumb,
        page=page,
        table=learners_report.learners_table(slice_, learners=list(page.object_list)),
    )
    return render(request, "dashboards/manager/learners.html", context)


@login_required
@reads_from_replica
def dashboard_export(request, table, fmt):
    """One of the dashboard's tables as CSV or XLSX, with the filters of the address;
    ``learners`` holds every learner of the chosen unit (or of the whole scope)."""
    if table not in dashboard_report.TABLES:
        raise Http404
    scope = manager_scope(request.user)
    form = _filter_form(request, scope, table=table)
    if not form.is_valid():
        errors = "; ".join(
            f"{form.add_prefix(name)}: {' '.join(messages)}"
            for name, messages in form.errors.items()
        )
        return HttpResponseBadRequest(
            _("The filters are not valid: %(errors)s") % {"errors": errors},
            content_type="text/plain; charset=utf-8",
        )
    slice_ = _slice(request, scope, form)
    built = dashboard_report.TABLES[table](slice_)
    place = slice_.filters.unit.code if slice_.filters.unit else "all"
    filename = f"{table}-{place}-{slice_.today.isoformat()}"
    return table_response(built, fmt=fmt, filename=filename)
