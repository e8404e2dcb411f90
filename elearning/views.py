import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from wagtail.admin.views.account import LogoutView as WagtailLogoutView

from identity.local_sign_in import LocalSignInForm
from identity.oidc import sign_in_choices as oidc_sign_in_choices
from identity.saml import sign_in_choices as saml_sign_in_choices

from .records import my_records_archive

logger = logging.getLogger(__name__)


def healthz(request):
    """200 when the database answers, 503 when it does not (for load balancers and probes).

    The reason goes to the log, not into the answer: the endpoint is public, and the
    kind of failure tells an outsider what the platform runs on."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer.")
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def sign_in_locked_out(request, original_response=None, credentials=None):
    """The answer to a sign-in that django-axes refuses (site and admin alike): 429, with
    how long to wait both for the person and, in ``Retry-After``, for their browser."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    minutes = max(1, -(-seconds // 60))
    response = render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(seconds)
    return response


class AdminLogoutView(WagtailLogoutView):
    """The admin's sign-out, for POST only, as Django's own.

    Wagtail's view deletes the session cookie on any method, even on the 405 it answers
    a GET with: the browser then believes it signed out while the session stays valid on
    the server. Here a GET changes nothing and says so; a POST signs out for real."""

    http_method_names = ["post", "options"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


def sign_in_landing_url(user) -> str:
    """Where a person lands after signing in when no page asked for them: a manager on
    their dashboard, a trainer, reviewer or administrator in the administration (where
    courses are written, reviewed and set up), everyone else on My learning."""
    from organisations.selectors import user_is_manager

    if user_is_manager(user=user):
        return reverse("dashboards:manager")
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return reverse("my_learning")


class SignInView(LoginView):
    """The site's sign-in: back to the page that asked (``next``, when it is safe), else
    where the person's role has its work (:func:`sign_in_landing_url`)."""

    # The header's "Sign in" button would only lead back to this page.
    extra_context = {"sign_in_page": True}
    # Refuses passwords where the person's organisation signs in through its provider.
    form_class = LocalSignInForm

    def get_default_redirect_url(self):
        return sign_in_landing_url(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        next_url = context.get("next", "")
        context["single_sign_on"] = [
            *oidc_sign_in_choices(next_url),
            *saml_sign_in_choices(next_url),
        ]
        return context


@login_required
def my_records(request):
    """The signed-in learner's own records, as a zip to download (:mod:`elearning.records`)."""
    archive = my_records_archive(user=request.user)
    response = HttpResponse(archive.content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{archive.filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
