"""A manager's pages about individual learners: one learner's record with the statements
behind it, and the per-learner compliance report with its export. Every view goes through
``access.manager_scope``: a learner or unit outside the manager's units is a 404."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from common.replicas import reads_from_replica
from organisations.audit import Action, audit_record

from .access import manager_scope
from .compliance import (
    COMPLIANCE_PAGE_SIZE,
    ComplianceFilterForm,
    compliance_export_table,
    compliance_records,
    compliance_table,
)
from .exports import table_response
from .learners import STATEMENTS_PAGE_SIZE, learner_detail_for, learner_statements, statement_lines


class BadPage(ValueError):
    pass


def _page(request, items, *, per_page: int):
    """The page of ``items`` the address asks for (``page``, from 1); a page past the
    end is a 404, anything but a whole number a :class:`BadPage`."""
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except ValueError:
        raise BadPage(_("page: enter a whole number from 1.")) from None
    if number < 1:
        raise BadPage(_("page: enter a whole number from 1."))
    try:
        return Paginator(items, per_page).page(number)
    except EmptyPage:
        raise Http404 from None


def _bad_request(request, scope, message: str):
    return render(
        request,
        "dashboards/learner/bad_request.html",
        {"dashboard_section": "compliance", "dashboard_nav": scope.nav(), "message": message},
        status=400,
    )


def _form_errors(form) -> list[str]:
    """Each error as "Field: message", so the reader knows which filter to change."""
    return [
        f"{form.fields[name].label}: {message}" if name in form.fields else str(message)
        for name, messages in form.errors.items()
        for message in messages
    ]


@login_required
@reads_from_replica
def learner_detail(request, user_uuid):
    """One learner in the manager's units: profile, required training, courses, quiz
    attempts, certificates, and their statements newest first."""
    scope = manager_scope(request.user)
    learner = scope.learner(user_uuid)
    language = request.LANGUAGE_CODE
    try:
        page = _page(request, learner_statements(user=learner), per_page=STATEMENTS_PAGE_SIZE)
    except BadPage as error:
        return _bad_request(request, scope, str(error))
    audit_record(Action.LEARNER_VIEWED, request=request, target=learner)
    return render(
        request,
        "dashboards/learner/learner_detail.html",
        {
            "dashboard_section": "manager",
            "dashboard_nav": scope.nav(),
            "detail": learner_detail_for(user=learner, language=language),
            "statements": statement_lines(statements=page, language=language),
            "statements_page": page,
        },
    )


@login_required
@reads_from_replica
def compliance_report(request):
    """Required training by learner in the manager's units, filtered and paged."""
    scope = manager_scope(request.user)
    form = ComplianceFilterForm(request.GET, scope=scope)
    context = {"dashboard_section": "compliance", "dashboard_nav": scope.nav(), "form": form}
    if not form.is_valid():
        context["errors"] = _form_errors(form)
        return render(request, "dashboards/learner/compliance_report.html", context, status=400)
    filters = form.filters()
    records = compliance_records(scope=scope, filters=filters, today=timezone.localdate())
    try:
        page = _page(request, records, per_page=COMPLIANCE_PAGE_SIZE)
    except BadPage as error:
        context["errors"] = [str(error)]
        return render(request, "dashboards/learner/compliance_report.html", context, status=400)
    context.update(
        filters=filters,
        page=page,
        table=compliance_table(
            records=page.object_list, language=request.LANGUAGE_CODE, filters=filters
        ),
    )
    return render(request, "dashboards/learner/compliance_report.html", context)


@login_required
@reads_from_replica
def compliance_report_export(request, fmt):
    """The whole compliance report with the same filters, every row, streamed."""
    scope = manager_scope(request.user)
    form = ComplianceFilterForm(request.GET, scope=scope)
    if not form.is_valid():
        return _bad_request(request, scope, " ".join(_form_errors(form)))
    table = compliance_export_table(
        scope=scope,
        filters=form.filters(),
        language=request.LANGUAGE_CODE,
        today=timezone.localdate(),
    )
    filename = f"{_('compliance-report')}-{timezone.localdate().isoformat()}"
    return table_response(table, fmt=fmt, filename=filename)
