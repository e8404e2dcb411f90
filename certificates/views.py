import re
import zipfile

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from common.languages import is_official

from . import credentials
from .codes import verification_code_is_wellformed, verification_code_normalise
from .pdf import certificate_pdf_bytes
from .ratelimit import verification_allowed
from .selectors import (
    certificate_by_code,
    certificate_for_viewer,
    certificate_is_latest,
    certificate_of_learner,
    certificate_viewer_may_see_all,
    certificates_for_learner,
    certificates_for_unit,
    certificates_with_renewal,
)
from .services import certificate_pdf_ensure, certificate_public_name_choose


def _wants_json(request) -> bool:
    return request.GET.get("format") == "json"


def _too_many(request, retry_after: int):
    message = _("Too many verification requests. Try again in %(seconds)s seconds.") % {
        "seconds": retry_after
    }
    if _wants_json(request):
        response = JsonResponse({"error": "rate_limited", "message": message}, status=429)
    else:
        response = render(request, "certificates/too_many.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _shown_name(request, certificate) -> str:
    """The learner's name for this viewer: in full for the holder, their managers and
    staff; otherwise as the holder chose to be named in public."""
    if certificate_viewer_may_see_all(user=request.user, certificate=certificate):
        return certificate.learner_name
    return certificate.public_name


def _public_summary(request, certificate) -> dict:
    """What anyone holding the code may know: the same as the public page shows
    (``expires``: the certificate's own expiry; ``renew_by``: the day the holder's
    required training asks the course again; see :mod:`certificates.validity`)."""
    from django.conf import settings

    if not hasattr(certificate, "renew_by"):
        certificates_with_renewal([certificate])
    return {
        "code": certificate.code,
        "status": certificate.status,
        "learner": _shown_name(request, certificate),
        "course": {"en": certificate.course_title_en, "fr": certificate.course_title_fr},
        "issued": certificate.issued_at.isoformat(),
        "expires": certificate.expires_at.isoformat() if certificate.expires_at else None,
        "renew_by": certificate.renew_by.isoformat() if certificate.renew_by else None,
        "revoked": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
        "issuer": {"en": settings.ORGANISATION_NAME, "fr": settings.ORGANISATION_NAME_FR},
    }


def _not_found(request, code: str):
    if _wants_json(request):
        return JsonResponse(
            {"error": "not_found", "message": _("No certificate has this code.")}, status=404
        )
    shown = code if len(code) <= 40 else code[:40] + "…"
    return render(request, "certificates/verify_unknown.html", {"code": shown}, status=404)


@never_cache
@require_safe
def verify(request, code: str):
    """Public: anyone holding a code can check the certificate is genuine and current."""
    allowed, retry_after = verification_allowed(request)
    if not allowed:
        return _too_many(request, retry_after)
    normalised = verification_code_normalise(code)
    if not verification_code_is_wellformed(normalised):
        return _not_found(request, code)
    if normalised != code:
        target = redirect("certificates:verify", code=normalised)
        if request.GET:
            target["Location"] += "?" + request.GET.urlencode()
        return target
    certificate = certificate_by_code(code=code)
    if certificate is None:
        return _not_found(request, code)
    certificates_with_renewal([certificate])
    if _wants_json(request):
        response = JsonResponse(_public_summary(request, certificate))
        response["Access-Control-Allow-Origin"] = "*"
        return response
    learner_name = _shown_name(request, certificate)
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "learner_name": learner_name,
            "name_reduced": learner_name != certificate.learner_name,
        },
    )


def verify_lookup(request):
    """The form where a person types a code they were shown."""
    code = request.GET.get("code", "").strip()
    if code:
        normalised = verification_code_normalise(code)
        if not verification_code_is_wellformed(normalised):
            # No certificate has it; and a code with a slash has no address to go to.
            return _not_found(request, code)
        return redirect("certificates:verify", code=normalised)
    return render(request, "certificates/verify_lookup.html", {"code": code})


def _check_message(result: str) -> str:
    return {
        "genuine": _("This credential is genuine and current."),
        "expired": _("This credential is genuine but has expired."),
        "revoked": _("This credential is genuine but was revoked."),
        "not_genuine": _("This credential is not genuine: it was not issued by us or was changed."),
    }[result]


def _presented_credential(request) -> tuple[str | None, str | None]:
    """The credential posted as a file, a form field or the raw body; or an error."""
    upload = request.FILES.get("file")
    if upload is not None:
        if upload.size > credentials.MAX_CREDENTIAL_BYTES:
            return None, _("The file is too large to be a credential.")
        return upload.read().decode("utf-8", errors="replace"), None
    text = request.POST.get("credential", "")
    if not text and request.content_type in ("application/jwt", "application/vc+jwt", "text/plain"):
        if len(request.body) > credentials.MAX_CREDENTIAL_BYTES:
            return None, _("The file is too large to be a credential.")
        text = request.body.decode("utf-8", errors="replace")
    if not text.strip():
        return None, _("Paste the credential or choose its file.")
    return text, None


@csrf_exempt  # a check that changes nothing; machines post to it without a session
@never_cache
@require_http_methods(["GET", "POST"])
def credential_verify(request):
    """Public: paste or upload a signed credential and learn whether it is genuine."""
    if request.method == "GET":
        return render(request, "certificates/credential_verify.html", {})
    allowed, retry_after = verification_allowed(request)
    if not allowed:
        return _too_many(request, retry_after)
    text, error = _presented_credential(request)
    if error:
        if _wants_json(request):
            return JsonResponse(
                {"error": "invalid", "field": "credential", "message": error}, status=400
            )
        return render(request, "certificates/credential_verify.html", {"error": error}, status=400)
    check = credentials.credential_check(token=text)
    body = {"result": check.result, "message": _check_message(check.result)}
    if check.certificate is not None:
        body["certificate"] = _public_summary(request, check.certificate)
    if _wants_json(request):
        return JsonResponse(body)
    return render(
        request,
        "certificates/credential_verify.html",
        {"check": check, "message": body["message"]},
    )


def jwks(request):
    """The public key that signs the credentials (JSON Web Key Set)."""
    response = JsonResponse(credentials.jwks_document())
    response["Access-Control-Allow-Origin"] = "*"
    return response


def did_document(request):
    """The platform's ``did:web`` document, naming the same public key."""
    response = JsonResponse(credentials.did_document(), content_type="application/did+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@login_required
def my_certificates(request):
    return render(
        request,
        "certificates/my_certificates.html",
        {"certificates": certificates_with_renewal(certificates_for_learner(user=request.user))},
    )


def _own_certificate(request, code: str):
    certificate = certificate_of_learner(user=request.user, code=code)
    if certificate is None or certificate.revoked_at:
        raise Http404(_("No certificate of yours has this code."))
    return certificate


@login_required
def certificate_pdf(request, code: str):
    """A certificate as a PDF, for its learner, their managers and staff (anyone else:
    404, as for a code that does not exist). The file is in private storage: this view
    is the only way out."""
    certificate = certificate_for_viewer(user=request.user, code=code)
    if certificate is None or certificate.revoked_at:
        raise Http404(_("No certificate you may see has this code."))
    language = request.LANGUAGE_CODE
    if is_official(language):
        certificate = certificate_pdf_ensure(certificate=certificate)
        response = FileResponse(
            certificate.pdf.open("rb"),
            as_attachment=True,
            filename=f"{certificate.code}.pdf",
            content_type="application/pdf",
        )
    else:
        # Read in a learner language: the certificate, then its translation, made now
        # (the kept file is the certificate alone).
        response = HttpResponse(
            certificate_pdf_bytes(certificate=certificate, translated_into=language),
            content_type="application/pdf",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{certificate.code}-{language}.pdf"'
        )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def certificate_public_name(request, code: str):
    """The holder chooses how the public verification page names them."""
    certificate = _own_certificate(request, code)
    certificate_public_name_choose(
        certificate=certificate,
        by=request.user,
        show_full_name=request.POST.get("show_full_name") == "on",
    )
    return redirect("certificates:mine")


@login_required
def certificate_credential(request, code: str):
    """The learner's own certificate as a signed credential (VC-JWT)."""
    certificate = _own_certificate(request, code)
    response = HttpResponse(
        credentials.credential_issue(certificate=certificate), content_type="application/vc+jwt"
    )
    response["Content-Disposition"] = f'attachment; filename="{certificate.code}.jwt"'
    return response


@login_required
@require_POST
def certificate_renew(request, code: str):
    """Start the course again for a new certificate (recertification)."""
    from courses.selectors import course_by_key
    from courses.services import registration_restart

    certificate = _own_certificate(request, code)
    if not certificate.renewal_is_open or not certificate_is_latest(certificate=certificate):
        return HttpResponseBadRequest(
            _("This certificate cannot be renewed yet."), content_type="text/plain"
        )
    course = course_by_key(course_key=str(certificate.course_key))
    if course is None:
        raise Http404(_("This course is no longer offered."))
    registration_restart(user=request.user, course=course)
    localized = course.get_translation_or_none(_locale(request)) or course
    return redirect(localized.url)


def _locale(request):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()


def _manager_unit(request):
    """The unit a manager asked for (``?unit=<id>``): it must be in their scope."""
    from organisations.selectors import org_units_in_scope, user_is_manager

    if not user_is_manager(user=request.user):
        raise PermissionDenied
    units = org_units_in_scope(user=request.user)
    raw = request.GET.get("unit", "")
    if not raw:
        return units.first(), units
    if not raw.isdigit():
        return None, units
    unit = units.filter(pk=int(raw)).first()
    if unit is None:
        raise PermissionDenied(_("This unit is not in your scope."))
    return unit, units


@login_required
def unit_certificates(request):
    """A manager's view of the certificates in their units, with expiry, and the zip."""
    unit, units = _manager_unit(request)
    if unit is None:
        return HttpResponseBadRequest(
            _("The unit must be given by its number."), content_type="text/plain"
        )
    return render(
        request,
        "certificates/unit_certificates.html",
        {
            "unit": unit,
            "units": units,
            "certificates": certificates_with_renewal(
                certificates_for_unit(manager=request.user, unit=unit)
            ),
        },
    )


class _Sink:
    """A write-only file for ``zipfile`` whose bytes are handed out as they come."""

    def __init__(self):
        self.chunks: list[bytes] = []
        self.position = 0

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


# Path separators of every system, characters Windows refuses in names, control characters.
_UNSAFE_IN_ENTRY = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def zip_entry_name(learner_name: str, code: str) -> str:
    """A zip entry name that unpacks as one file in the folder it is unpacked into: the
    learner's name (which the learner chose) with no path separator of any system, no
    ``..`` and no leading dot, then the certificate's code."""
    name = _UNSAFE_IN_ENTRY.sub("-", learner_name)
    name = re.sub(r"\.{2,}", ".", name).strip(" .-")
    return f"{name or 'certificate'} - {code}.pdf"


def certificates_zip_stream(certificates):
    """The certificates' PDFs as a zip, produced file by file: at most one PDF is in
    memory at a time (PDFs are compressed already, so they are stored as they are)."""
    sink = _Sink()
    # Each file is dated the moment of the download (zip keeps local wall-clock times);
    # an entry made from a bare name would be dated 1 January 1980.
    exported = timezone.localtime().timetuple()[:6]
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates.iterator(chunk_size=200):
            if certificate.revoked_at:
                continue
            certificate = certificate_pdf_ensure(certificate=certificate)
            entry = zipfile.ZipInfo(
                zip_entry_name(certificate.learner_name, certificate.code), date_time=exported
            )
            with certificate.pdf.open("rb") as source, archive.open(entry, "w") as target:
                while chunk := source.read(64 * 1024):
                    target.write(chunk)
                    yield sink.drain()
            yield sink.drain()
    yield sink.drain()


@login_required
def unit_certificates_zip(request):
    """A zip of the PDFs of the unit's certificates (revoked ones left out)."""
    unit, _units = _manager_unit(request)
    if unit is None:
        return HttpResponseBadRequest(
            _("The unit must be given by its number."), content_type="text/plain"
        )
    response = StreamingHttpResponse(
        certificates_zip_stream(certificates_for_unit(manager=request.user, unit=unit)),
        content_type="application/zip",
    )
    response["Content-Disposition"] = f'attachment; filename="certificates-{unit.pk}.zip"'
    return response
