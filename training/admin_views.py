"""Admin screens that are not plain model views."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .forms import BriefingSendForm, ScopePreviewForm
from .models import Requirement
from .selectors.scope import requirement_scope_preview

#: The page type "Send this briefing" applies to.
BRIEFING_MODEL = "courses.BriefingPage"


@require_POST
def requirement_preview(request):
    """Who a requirement, as filled in on its (unsaved) form, would apply to."""
    if not (
        request.user.has_perm("training.add_requirement")
        or request.user.has_perm("training.change_requirement")
    ):
        raise PermissionDenied
    form = ScopePreviewForm(request.POST)
    requirement = None
    pk = request.POST.get("preview_requirement")
    if pk and pk.isdigit():
        requirement = Requirement.objects.filter(pk=int(pk)).first()
    preview = None
    if form.is_valid():
        preview = requirement_scope_preview(
            audience_ids=[a.pk for a in form.cleaned_data["audiences"]],
            org_units=list(form.cleaned_data["org_units"]),
            excluded_audience_ids=[a.pk for a in form.cleaned_data["excluded_audiences"]],
            excluded_org_units=list(form.cleaned_data["excluded_org_units"]),
            started_from=form.cleaned_data["started_from"],
            started_before=form.cleaned_data["started_before"],
            requirement=requirement,
        )
    return render(
        request,
        "training/admin/scope_preview.html",
        {"form": form, "preview": preview, "requirement": requirement},
        status=200 if form.is_valid() else 400,
    )


def _briefing_page(page_id: int):
    """The briefing (any translation) with this page id, or 404."""
    page = get_object_or_404(Page, pk=page_id).specific
    if type(page)._meta.label != BRIEFING_MODEL:
        raise Http404
    return page


def briefing_send_view(request, page_id: int):
    """ "Send this briefing": to audiences and units, to acknowledge by a date. Makes a
    requirement with the briefing as its only item, assigns it and e-mails the learners
    at once; below the form, the briefing's earlier sends. Only people who may publish
    the briefing may send it."""
    from .selectors.briefings import briefing_sends_of
    from .services import BriefingSendRefused, briefing_send

    page = _briefing_page(page_id)
    if not page.permissions_for_user(request.user).can_publish():
        return TemplateResponse(
            request,
            "training/admin/briefing_send.html",
            {"page": page, "refused": True, "header_title": _("Send this briefing")},
            status=403,
        )
    form = BriefingSendForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                requirement = briefing_send(
                    briefing=page,
                    audiences=form.cleaned_data["audiences"],
                    org_units=form.cleaned_data["org_units"],
                    acknowledge_by=form.cleaned_data["acknowledge_by"],
                )
            except BriefingSendRefused as refusal:
                form.add_error(refusal.field, str(refusal))
            else:
                count = requirement.assignments.filter(closed_at__isnull=True).count()
                messages.success(
                    request,
                    ngettext(
                        "Briefing sent: %(count)s learner must acknowledge it by %(day)s.",
                        "Briefing sent: %(count)s learners must acknowledge it by %(day)s.",
                        count,
                    )
                    % {"count": count, "day": date_format(requirement.due_date, "DATE_FORMAT")},
                )
                return redirect("training_briefing_send", page_id=page.pk)
        status = 400
    return TemplateResponse(
        request,
        "training/admin/briefing_send.html",
        {
            "page": page,
            "form": form,
            "sends": briefing_sends_of(briefing_key=page.translation_key),
            "header_title": _("Send this briefing"),
        },
        status=status,
    )
