"""Local development: the embedded defaults, DEBUG on, a fixed insecure key."""

from .base import *  # noqa: F403
from .base import MIDDLEWARE, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Background tasks go through the database queue, as in production: `make run` starts a
# worker (`manage.py run_worker`) beside the web server (see docs/operations.md).
TASKS = {"default": {"BACKEND": env.str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# The demo's staff sign in with their documented passwords alone; name roles in
# SECOND_FACTOR_ROLES to try the second factor locally.
SECOND_FACTOR_ROLES = env.list("SECOND_FACTOR_ROLES", default=[])

# The platform's own error pages under DEBUG, as in production (before django-axes, which
# stays last).
if env.bool("PLATFORM_ERROR_PAGES", default=True):
    MIDDLEWARE = [
        *MIDDLEWARE[:-1],
        "elearning.middleware.PlatformErrorPagesMiddleware",
        MIDDLEWARE[-1],
    ]
