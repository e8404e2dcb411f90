"""Settings shared by every environment.

Every value that differs between machines comes from the environment (see the
README's configuration table and ``.env.example``); the defaults are the embedded
ones: a SQLite file, an in-memory channel layer, console e-mail, immediate tasks.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "elearning"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# The public address of the site: xAPI actor homePage, activity IRIs, certificate links.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

# What the platform calls itself and whose it is: shown in the header, footer and
# certificates, and sent as xAPI ``context.platform``.
PLATFORM_NAME = env.str("PLATFORM_NAME", default="Learning Platform")
PLATFORM_NAME_FR = env.str("PLATFORM_NAME_FR", default="Plateforme d'apprentissage")
ORGANISATION_NAME = env.str("ORGANISATION_NAME", default="Government of Canada")
ORGANISATION_NAME_FR = env.str("ORGANISATION_NAME_FR", default="Gouvernement du Canada")

# One namespace for the IRIs the platform mints itself (activities, extensions,
# platform-only verbs). Changing it changes every activity id: set it once.
XAPI_PLATFORM_IRI = env.str("XAPI_PLATFORM_IRI", default=f"{SITE_URL}/xapi/platform").rstrip("/")

INSTALLED_APPS = [
    "daphne",
    "organisations",
    "courses",
    "lrs",
    "certificates",
    "dashboards",
    "quizzes",
    "offline",
    "packages",
    "training",
    "elearning",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "treebeard",
    "django_tasks",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "elearning.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "elearning.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "elearning.context_processors.platform",
            ],
        },
    },
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "elearning.asgi.application"

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_POOL", default=False
):
    # A connection pool instead of a new connection per request (ASGI servers run each
    # request on its own thread, so persistent per-thread connections would leak).
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN", default=2),
        "max_size": env.int("DATABASE_POOL_MAX", default=10),
        "timeout": 10,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dashboard read while a learner's statement is being written.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "organisations.User"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "prefix": env.str("CHANNELS_PREFIX", "elearning")},
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "elearning",
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work: one interface (django-tasks, the backport of Django's task
# framework that Wagtail itself uses). Immediate by default; see docs/operations.md.
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="training@example.gc.ca")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_learning"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Paths outside the /en/ and /fr/ trees (machine interfaces and the admin).
LANGUAGE_NEUTRAL_PATHS = ("/xapi/", "/healthz", "/admin/", "/documents/", "/static/", "/media/")
TIME_ZONE = env.str("TIME_ZONE", default="America/Toronto")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

WAGTAIL_SITE_NAME = PLATFORM_NAME
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_MODERATION_ENABLED = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# The LRS: the xAPI versions it speaks and where it forwards (see lrs/ and the README).
XAPI_VERSIONS = ["1.0.3", "2.0.0"]
LRS_MAX_DOCUMENT_BYTES = env.int("LRS_MAX_DOCUMENT_BYTES", default=10 * 1024 * 1024)
LRS_FORWARD_URL = env.str("LRS_FORWARD_URL", default="")
LRS_FORWARD_KEY = env.str("LRS_FORWARD_KEY", default="")
LRS_FORWARD_SECRET = env.str("LRS_FORWARD_SECRET", default="")

# Certificates: verification codes are printed on paper, so they avoid look-alike letters.
CERTIFICATE_CODE_PREFIX = env.str("CERTIFICATE_CODE_PREFIX", default="CERT")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "daphne": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Content packages (SCORM, xAPI, cmi5; see packages/ and the README). Limits of an
# upload, and the optional separate origin package files are served from.
PACKAGES_MAX_UPLOAD_BYTES = env.int("PACKAGES_MAX_UPLOAD_BYTES", default=500 * 1024 * 1024)
PACKAGES_MAX_TOTAL_BYTES = env.int("PACKAGES_MAX_TOTAL_BYTES", default=1024 * 1024 * 1024)
PACKAGES_MAX_FILES = env.int("PACKAGES_MAX_FILES", default=10000)
PACKAGES_MAX_COMPRESSION_RATIO = env.int("PACKAGES_MAX_COMPRESSION_RATIO", default=100)
PACKAGES_ROOT = env.path("PACKAGES_ROOT", default=str(MEDIA_ROOT) + "/packages")
CONTENT_ORIGIN = env.str("CONTENT_ORIGIN", default="").rstrip("/")
LANGUAGE_NEUTRAL_PATHS += ("/packages/content/", "/packages/cmi5/")

# Certificates: the Ed25519 key that signs the learners' credentials (a PEM in
# CERTIFICATE_SIGNING_KEY, or a file made on first use at CERTIFICATE_SIGNING_KEY_PATH,
# outside the repository), whether public pages show initials instead of names, and how
# many verifications one address may ask for per window.
CERTIFICATE_SIGNING_KEY = env.str("CERTIFICATE_SIGNING_KEY", default="")
CERTIFICATE_SIGNING_KEY_PATH = env.path(
    "CERTIFICATE_SIGNING_KEY_PATH",
    default=Path.home() / ".config" / "elearning" / "certificate-signing-key.pem",
)
CERTIFICATE_SHOW_INITIALS = env.bool("CERTIFICATE_SHOW_INITIALS", default=False)
CERTIFICATE_VERIFY_RATE_LIMIT = env.int("CERTIFICATE_VERIFY_RATE_LIMIT", default=60)
CERTIFICATE_VERIFY_RATE_WINDOW = env.int("CERTIFICATE_VERIFY_RATE_WINDOW", default=60)
LANGUAGE_NEUTRAL_PATHS += ("/.well-known/",)
# WeasyPrint logs every rendering step at INFO: that costs certificates a third of their speed.
LOGGING["loggers"]["weasyprint"] = {"level": "WARNING"}
