"""Admin screens that are not plain model views."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_POST

from .forms import ScopePreviewForm
from .models import Requirement
from .selectors.scope import requirement_scope_preview


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
