"""The annual report in the Wagtail admin (administrators only): generate a year's report,
look at its tables, download it (CSV, XLSX in either language, bilingual PDF) and publish
it at /en/report/<year>/ and /fr/rapport/<year>/, or take it down."""

from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .exports import report_pdf, spreadsheet_response
from .figures import report_for
from .models import ReportYear
from .tables import report_tables

#: The earliest year a report may be generated for.
FIRST_YEAR = 2012


def administrators_only(view):
    """A 403 for anyone but an administrator (Wagtail would turn a raised
    ``PermissionDenied`` into a redirect, hiding the refusal)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_superuser:
            return HttpResponseForbidden(
                _("Only administrators may generate, download and publish the annual report.")
            )
        return view(request, *args, **kwargs)

    return wrapped


@administrators_only
def report_index(request):
    """The reporting years, and the form that generates one."""
    error = ""
    if request.method == "POST":
        text = request.POST.get("year", "").strip()
        this_year = timezone.localdate().year
        if not text.isdigit() or not FIRST_YEAR <= int(text) <= this_year:
            error = _("year: enter a year from %(first)s to %(last)s.") % {
                "first": FIRST_YEAR,
                "last": this_year,
            }
        else:
            report_year, _created = ReportYear.objects.get_or_create(year=int(text))
            report_year.generated_at = timezone.now()
            report_year.save(update_fields=["generated_at"])
            messages.success(request, _("The %(year)s report is generated.") % {"year": text})
            return redirect("reporting_report_detail", year=report_year.year)
    response = TemplateResponse(
        request,
        "reporting/admin/report_index.html",
        {
            "header_title": _("Annual report"),
            "years": ReportYear.objects.all(),
            "error": error,
            "value": request.POST.get("year", ""),
            "default_year": timezone.localdate().year - 1,
        },
    )
    if error:
        response.status_code = 400
    return response


@administrators_only
def report_detail(request, year: int):
    """A generated year's tables, as the public page and the PDF show them."""
    report_year = get_object_or_404(ReportYear, year=year)
    report = report_for(year=year)
    return TemplateResponse(
        request,
        "reporting/admin/report_detail.html",
        {
            "header_title": _("Annual report %(year)s") % {"year": year},
            "report_year": report_year,
            "year": year,
            "tables": report_tables(report),
            "public_urls": public_urls(year),
        },
    )


def public_urls(year: int) -> list[tuple[str, str]]:
    """The public page's address in each language."""
    urls = []
    for language in ("en", "fr"):
        with translation.override(language):
            urls.append((language, reverse("reporting:public_report", kwargs={"year": year})))
    return urls


@administrators_only
@require_POST
def report_publish(request, year: int):
    """Publish the year's report (``published=1``) or take it down (``published=0``)."""
    report_year = get_object_or_404(ReportYear, year=year)
    value = request.POST.get("published")
    if value not in ("0", "1"):
        return HttpResponseBadRequest(_("published: send 1 to publish or 0 to take down."))
    report_year.published = value == "1"
    report_year.save(update_fields=["published"])
    if report_year.published:
        messages.success(request, _("The %(year)s report is public.") % {"year": year})
    else:
        messages.success(request, _("The %(year)s report is no longer public.") % {"year": year})
    return redirect("reporting_report_detail", year=year)


@administrators_only
def report_download(request, year: int, fmt: str):
    """The year's report as csv or xlsx (``language`` en or fr) or as the bilingual pdf."""
    get_object_or_404(ReportYear, year=year)
    if fmt not in ("csv", "xlsx", "pdf"):
        raise Http404
    report = report_for(year=year)
    if fmt == "pdf":
        response = HttpResponse(report_pdf(report), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="training-report-{year}.pdf"'
        response["Cache-Control"] = "private, no-store"
        return response
    language = request.GET.get("language", "en")
    if language not in ("en", "fr"):
        return HttpResponseBadRequest(_("language: choose en or fr."))
    return spreadsheet_response(report, fmt=fmt, language=language)
