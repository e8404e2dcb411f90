"""The test suite: the same settings as development, with fast hashing.

``DATABASE_URL`` and ``REDIS_URL`` are honoured, so CI runs the very same suite on
PostgreSQL and Redis. The test database always has an explicit name so that the
browser tests' server process (a fork) opens the same database as the test runner.
"""

import os

from .base import BASE_DIR, env
from .dev import *  # noqa: F403
from .dev import DATABASES

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SITE_URL = "http://testserver"
XAPI_PLATFORM_IRI = "http://testserver/xapi/platform"
WAGTAILADMIN_BASE_URL = SITE_URL
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, inside the test (tests of the worker configure the database queue).
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}
# No second factor unless a test asks for one (tests/identity/test_second_factor*.py).
SECOND_FACTOR_ROLES = []

_db = DATABASES["default"]
_db.setdefault("TEST", {})
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the live browser tests serve from another process. One file
    # per run, so that two test runs on one machine never share a database.
    _db["TEST"].setdefault("NAME", str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3"))
else:
    _db["TEST"].setdefault("NAME", f"test_{_db['NAME']}")

# Test processes run side by side (pytest -n): each has its own database (pytest-django
# names it after the process), and its own channel groups and cache keys in a shared Redis.
_process = os.environ.get("PYTEST_XDIST_WORKER", "")
if _process:
    for _layer in CHANNEL_LAYERS.values():  # noqa: F405
        if "prefix" in _layer.get("CONFIG", {}):
            _layer["CONFIG"]["prefix"] += f"-{_process}"
    for _cache in CACHES.values():  # noqa: F405
        if "KEY_PREFIX" in _cache:
            _cache["KEY_PREFIX"] += f"-{_process}"
