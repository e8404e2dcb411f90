"""The LRS on its own: Django's own apps and ``lrs``, nothing of the platform.

The LRS's tests run under these settings (``make test`` runs them first, on their own),
which proves that the LRS imports no platform app and works without one. ``DATABASE_URL``
is honoured, as in the platform's test settings.
"""

import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parents[2]
env = environ.Env()

SECRET_KEY = "lrs-standalone-tests"
DEBUG = False
ALLOWED_HOSTS = ["*"]
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"
ROOT_URLCONF = "tests.lrs.urls"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "lrs",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'lrs-standalone.sqlite3'}"
    )
}
_db = DATABASES["default"]
_db.setdefault("TEST", {})
if _db["ENGINE"] == "django.db.backends.sqlite3":
    _db.setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
    _db["TEST"].setdefault("NAME", str(BASE_DIR / f".test-lrs-{os.getpid()}.sqlite3"))
else:
    _db["TEST"].setdefault("NAME", f"test_lrs_{_db['NAME']}")

SITE_URL = "http://testserver"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
