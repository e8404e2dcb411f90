"""The admin's screens for issued certificates: find one, revoke it with a reason."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .codes import verification_code_normalise
from .models import Certificate
from .services import certificate_revoke


def can_revoke(user) -> bool:
    return user.is_active and (
        user.is_superuser or user.has_perm("certificates.revoke_certificate")
    )


def _require_revoker(request) -> None:
    if not can_revoke(request.user):
        raise PermissionDenied


def certificate_index(request):
    """Issued certificates, newest first, searchable by code, learner or course."""
    _require_revoker(request)
    query = request.GET.get("q", "").strip()
    certificates = Certificate.objects.select_related("user").order_by("-issued_at")
    if query:
        certificates = certificates.filter(
            Q(code=verification_code_normalise(query))
            | Q(learner_name__icontains=query)
            | Q(course_title_en__icontains=query)
            | Q(course_title_fr__icontains=query)
        )
    page = Paginator(certificates, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "certificates/admin/index.html",
        {"page_obj": page, "query": query, "header_title": _("Certificates")},
    )


class RevocationForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Kept with the certificate and in the learning record."),
    )


def certificate_revoke_view(request, certificate_id):
    """Revoke a certificate: the reason is required, and the action is recorded."""
    _require_revoker(request)
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    form = RevocationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            for message in error.message_dict.get("reason", error.messages):
                form.add_error("reason", message)
        else:
            messages.success(
                request, _("Certificate %(code)s revoked.") % {"code": certificate.code}
            )
            return redirect("certificates_admin_index")
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form, "header_title": _("Revoke a certificate")},
        status=400 if form.errors else 200,
    )
