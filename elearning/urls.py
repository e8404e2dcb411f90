from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views as certificate_views
from courses.views import my_learning
from identity import oidc as identity_oidc
from offline import views as offline_views
from operations import views as operations_views

from .media import media_file
from .views import AdminLogoutView, SignInView, healthz, my_records

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Readiness (database, migrations, Redis) and Prometheus metrics: operations/views.py.
    path("readyz", operations_views.ready, name="readyz"),
    path("metrics", operations_views.metrics, name="metrics"),
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline_views.web_manifest, name="web_manifest"),
    path("offline/session/", offline_views.session, name="offline_session"),
    path(".well-known/jwks.json", certificate_views.jwks, name="jwks"),
    path(".well-known/did.json", certificate_views.did_document, name="did_document"),
    path("xapi/", include("lrs.urls")),
    # Single sign-on's fixed addresses (provider callbacks, SAML metadata and ACS) and
    # the directory's SCIM 2.0 endpoint: addresses other systems are configured with.
    path("sso/", include("identity.urls")),
    path("scim/v2/", include("provisioning.urls")),
    # Before the admin's own: a GET must neither sign out nor drop the session cookie.
    path("admin/logout/", AdminLogoutView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("packages/content/", include("packages.content_urls")),
    path("packages/cmi5/", include("packages.cmi5_urls")),
]

# Each language's addresses in its own words (/en/my-learning/, /fr/mon-apprentissage/):
# the routes here and in the URL configurations they include are translated (locale/),
# and French addresses in English words still lead to the same pages
# (elearning.translated_paths).
urlpatterns += i18n_patterns(
    path(_("accounts/login/"), SignInView.as_view(), name="login"),
    # Signs out at the identity provider too, for people who signed in through one.
    path(_("accounts/logout/"), identity_oidc.sign_out, name="logout"),
    path(_("accounts/"), include("identity.i18n_urls")),
    path(_("partners/"), include("partners.urls")),
    path(_("certificates/"), include("certificates.urls")),
    path(_("dashboard/"), include("dashboards.urls")),
    path(_("my-learning/"), my_learning, name="my_learning"),
    path(_("my-learning/required/"), include("training.urls")),
    path(_("my-records/"), my_records, name="my_records"),
    path(_("quizzes/"), include("quizzes.urls")),
    path(_("offline/"), include("offline.urls")),
    path(_("packages/"), include("packages.urls")),
    path(_("workshops/"), include("workshops.urls")),
    path(_("report/"), include("reporting.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    # Uploaded files, never the private ones (package files, certificate PDFs).
    urlpatterns = static(settings.MEDIA_URL, view=media_file) + urlpatterns
