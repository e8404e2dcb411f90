"""Course reports: every course's figures, and one course's figures, median time to
complete and drop-off by step, with its export. For trainers (every learner) and managers
(their own units only), through ``access.course_report_scope``."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from common.replicas import reads_from_replica

from .access import course_report_scope, sees_everyone
from .courses import (
    course_lines,
    course_list_table,
    course_report_for,
    course_steps_chart,
    course_steps_table,
    report_course,
)
from .exports import table_response


def _context(scope, **context) -> dict:
    return {
        "dashboard_section": "courses",
        "dashboard_nav": scope.nav(),
        "everyone": sees_everyone(scope),
        **context,
    }


@login_required
@reads_from_replica
def course_list(request):
    """Each live course with learners started, completed and passed, linked to its report."""
    scope = course_report_scope(request.user)
    lines = course_lines(scope=scope, language=request.LANGUAGE_CODE)
    table = course_list_table(lines=lines)
    return render(request, "dashboards/course/course_list.html", _context(scope, table=table))


def _report(request, course_key):
    scope = course_report_scope(request.user)
    course = report_course(course_key=course_key, language=request.LANGUAGE_CODE)
    if course is None:
        raise Http404
    return scope, course_report_for(scope=scope, course=course)


@login_required
@reads_from_replica
def course_report(request, course_key):
    """One course: its figures, median time to complete, and drop-off by step."""
    scope, report = _report(request, course_key)
    return render(
        request,
        "dashboards/course/course_report.html",
        _context(
            scope,
            report=report,
            table=course_steps_table(report=report),
            chart=course_steps_chart(report=report),
        ),
    )


@login_required
@reads_from_replica
def course_report_export(request, course_key, fmt):
    """The drop-off table of one course, exactly as the report shows it."""
    _, report = _report(request, course_key)
    table = course_steps_table(report=report)
    return table_response(table, fmt=fmt, filename=f"{report.course.slug}-drop-off")
