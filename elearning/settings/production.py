"""Production: DEBUG off, a secret key required, HTTPS only (secure cookies, HSTS, redirects),
compressed static files."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOG_FORMATS, LOGGING, SECRET_KEY, STORAGES, env

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")

# Background tasks in the database, run by `manage.py run_worker` (docs/operations.md).
TASKS = {"default": {"BACKEND": env.str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
# HTTPS only: HSTS (a year by default; includeSubDomains and preload matter only for the
# domain's own subdomains and if its owner submits the domain to the browsers' preload
# list), and plain HTTP redirected, except the load balancer's health check.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# /readyz and /metrics too: the balancer's readiness check and Prometheus scraping each
# node over the private network. (A redirect would not protect the metrics token: the
# first, plain request has already carried it.)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
# One JSON object per log line unless the environment asks for text.
LOG_FORMAT = env.str("LOG_FORMAT", default="") or "json"
if LOG_FORMAT not in LOG_FORMATS:
    raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}.")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
