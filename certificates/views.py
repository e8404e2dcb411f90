from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .codes import verification_code_normalise
from .selectors import certificate_by_code, certificates_for_learner


def verify(request, code: str):
    """Public: anyone holding a code can check the certificate is genuine and current."""
    normalised = verification_code_normalise(code)
    if normalised != code:
        return redirect("certificates:verify", code=normalised)
    certificate = certificate_by_code(code=code)
    if certificate is None:
        return render(request, "certificates/verify_unknown.html", {"code": code}, status=404)
    return render(request, "certificates/verify.html", {"certificate": certificate})


def verify_lookup(request):
    """The form where a person types a code they were shown."""
    code = request.GET.get("code", "").strip()
    if code:
        normalised = verification_code_normalise(code)
        if normalised:
            return redirect("certificates:verify", code=normalised)
    return render(request, "certificates/verify_lookup.html", {"code": code})


@login_required
def my_certificates(request):
    return render(
        request,
        "certificates/my_certificates.html",
        {"certificates": certificates_for_learner(user=request.user)},
    )
