"""Settings shared by every environment.

Every value that differs between machines comes from the environment (see the
README's configuration table and ``.env.example``); the defaults are the embedded
ones: a SQLite file, an in-memory channel layer, console e-mail, immediate tasks.
"""

from datetime import timedelta
from pathlib import Path

import django.conf.locale
import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

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
PLATFORM_NAME_FR = env.str("PLATFORM_NAME_FR", default="Plateforme d’apprentissage")
ORGANISATION_NAME = env.str("ORGANISATION_NAME", default="Government of Canada")
ORGANISATION_NAME_FR = env.str("ORGANISATION_NAME_FR", default="Gouvernement du Canada")

# One namespace for the IRIs the platform mints itself (activities, extensions,
# platform-only verbs). Changing it changes every activity id: set it once.
XAPI_PLATFORM_IRI = env.str("XAPI_PLATFORM_IRI", default=f"{SITE_URL}/xapi/platform").rstrip("/")
# The secret that keys the ids of statements the platform derives (see
# lrs.identity.derived_statement_id); SECRET_KEY when empty. Set it once: a new key
# makes a rebuild derive new ids.
XAPI_STATEMENT_ID_KEY = env.str("XAPI_STATEMENT_ID_KEY", default="")
# The LRS names a signed-in learner by their stable UUID (lrs.identity.user_agent).
LRS_USER_ACCOUNT_FIELD = "uuid"

INSTALLED_APPS = [
    "daphne",
    "organisations",
    "courses",
    "lrs",
    "tracking",
    "certificates",
    "dashboards",
    "quizzes",
    "offline",
    "packages",
    "training",
    "workshops",
    "identity",
    "provisioning",
    "partners",
    "operations",
    "reporting",
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
    "django_tasks_db",
    "django_prometheus",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "djangosaml2",
    "django_scim",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    # Prometheus (/metrics, docs/operations.md): counts every request from the first
    # middleware on; its other half sits just before django-axes.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    # The request's id on its log lines and in X-Request-ID (common/request_id.py).
    "common.request_id.RequestIdMiddleware",
    # Outermost: every answer of the platform's, static files included, carries its mark.
    "offline.middleware.PlatformHeaderMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "packages.middleware.ContentHostMiddleware",
    "elearning.middleware.ContentSecurityPolicyMiddleware",
    "elearning.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Answers about published content kept in memory until it changes (courses/content_cache.py).
    "courses.content_cache.ContentCacheMiddleware",
    "elearning.middleware.LocaleMiddleware",
    # French addresses in English words: redirected, or served (elearning/translated_paths.py).
    "elearning.translated_paths.TranslatedPathMiddleware",
    "elearning.middleware.LearnerTimeZoneMiddleware",
    # Staff pages asked for in a learner language are sent to English (common/languages.py).
    "elearning.middleware.OfficialLanguagesOnlyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff signed in with a password owe their second factor (identity/second_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "identity.second_factor.SecondFactorMiddleware",
    # Who changes what while a request is served; downloads of exports.
    "organisations.audit.AuditMiddleware",
    "elearning.middleware.SignedInNoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Requests by view and status, and their latency. Before django-axes, not after it,
    # so that a locked-out sign-in counts with the status it is answered with.
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
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
            # `{% load formats %}` in any app's templates: percentages and decimals.
            "libraries": {"formats": "common.templatetags.formats"},
            # `|date` everywhere writes the first of the month « 1er » in French.
            "builtins": ["common.templatetags.dates"],
        },
    },
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "elearning.asgi.application"
# HTTP requests one server process runs at once; the others wait their turn in order.
# Views hold a database connection while they run, and share one interpreter: a few at
# a time keep the processor and the database busy without running the pool dry.
REQUEST_CONCURRENCY = env.int("REQUEST_CONCURRENCY", default=4)

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_POOL", default=False
):
    # A connection pool instead of a new connection per request (ASGI servers run each
    # request on its own thread, so persistent per-thread connections would leak). A
    # process runs at most REQUEST_CONCURRENCY requests at once (elearning/asgi_handler.py),
    # each with one connection; the rest of the pool serves websockets and tasks.
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN", default=2),
        "max_size": env.int("DATABASE_POOL_MAX", default=10),
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=10.0),
    }
# A read replica of the primary (PostgreSQL streaming replication) for the managers'
# dashboards, reports and exports; every write stays on the primary (common/replicas.py).
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    DATABASES["replica"].setdefault("CONN_MAX_AGE", DATABASES["default"]["CONN_MAX_AGE"])
    if "pool" in DATABASES["default"].get("OPTIONS", {}):
        DATABASES["replica"].setdefault("OPTIONS", {})["pool"] = dict(
            DATABASES["default"]["OPTIONS"]["pool"]
        )
    # The test run reads the primary under the replica's name.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["common.replicas.ReplicaRouter"]
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
            "CONFIG": {
                # A read timeout longer than the layer's blocking receive (BZPOPMIN, 5 s):
                # with redis-py's default of 5 s, an idle dashboard's websocket was torn
                # down every few seconds (found by bench/bench_load.py).
                "hosts": [{"address": REDIS_URL, "socket_timeout": 15}],
                "prefix": env.str("CHANNELS_PREFIX", "elearning"),
            },
        }
    }
    CACHES = {
        "default": {
            # Django's Redis cache, but clear() empties only this installation's keys.
            "BACKEND": "common.cache.PrefixedRedisCache",
            "LOCATION": REDIS_URL,
            # Apart for installations (or test clusters) that share one Redis database.
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", "elearning"),
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

# Sign-in protection (django-axes), for the site's sign-in and the admin's alike: after
# SIGN_IN_FAILURE_LIMIT wrong passwords for one username from one address, that pair is
# locked out for SIGN_IN_LOCKOUT_MINUTES (each further try starts the wait again). Keyed
# on the pair, so nobody can lock a colleague out from elsewhere, and a shared office
# address does not lock everyone. The address is REMOTE_ADDR: behind a load balancer,
# run uvicorn with --proxy-headers so that it is the learner's (see the README).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("SIGN_IN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "elearning.views.sign_in_locked_out"
# Successful sign-ins are not logged: nobody reads that table, and it would only grow.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# How long a sign-in lasts: one working day unless the agency sets otherwise.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE_SECONDS", default=8 * 3600)

LANGUAGE_CODE = "en"
# English and French are Canada's official languages: the admin, every staff page and
# every official record (certificates, reports, e-mails to staff) use them. Learners'
# materials and pages also come in five more languages, chosen for the people the plan
# means to reach (docs/languages.md says why these five).
OFFICIAL_LANGUAGES = [("en", "English"), ("fr", "Français")]
LEARNER_LANGUAGES = [
    ("es", "Español"),
    ("tl", "Tagalog"),
    ("zh-hans", "简体中文"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ar", "العربية"),
]
LANGUAGES = OFFICIAL_LANGUAGES + LEARNER_LANGUAGES
# Django knows no Tagalog, and names Punjabi only in English.
EXTRA_LANG_INFO = {
    "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
    "pa": {"bidi": False, "code": "pa", "name": "Punjabi", "name_local": "ਪੰਜਾਬੀ"},
}
django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Paths outside the /en/ and /fr/ trees (machine interfaces and the admin).
LANGUAGE_NEUTRAL_PATHS = ("/xapi/", "/healthz", "/admin/", "/documents/", "/static/", "/media/")
TIME_ZONE = env.str("TIME_ZONE", default="America/Toronto")
USE_I18N = True
USE_TZ = True
# One date style per language (elearning/formats/en and fr), shown in the learner's own
# time zone (elearning.middleware.LearnerTimeZoneMiddleware); TIME_ZONE is the fallback.
FORMAT_MODULE_PATH = ["elearning.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Files kept but never served at an address (certificate PDFs, package files): outside
# MEDIA_ROOT, handed out only by views that check who asks (see common/storage.py).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private")
# Where `manage.py backup` writes its archives when no --output is given (they hold
# personal data: keep the folder private and off the web server; docs/operations.md).
BACKUP_DIR = Path(env.str("BACKUP_DIR", default="") or BASE_DIR / "backups")

WAGTAIL_SITE_NAME = PLATFORM_NAME
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = OFFICIAL_LANGUAGES
WAGTAIL_MODERATION_ENABLED = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# Nothing in the admin loads from another host (offline and government networks reach
# only the platform): avatars come from the site itself, so no editor's e-mail hash goes
# to a third party, and the dashboard does not ask wagtail.org for the latest release.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# The LRS: the xAPI versions it speaks and where it forwards (see lrs/ and the README).
XAPI_VERSIONS = ["1.0.3", "2.0.0"]
LRS_MAX_DOCUMENT_BYTES = env.int("LRS_MAX_DOCUMENT_BYTES", default=10 * 1024 * 1024)
# The largest statement request (a batch, or statements with their attachments) the LRS
# reads: a larger one is a 413. The rest of the site keeps Django's own limit
# (DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB).
LRS_MAX_REQUEST_BYTES = env.int("LRS_MAX_REQUEST_BYTES", default=20 * 1024 * 1024)
LRS_FORWARD_URL = env.str("LRS_FORWARD_URL", default="")
LRS_FORWARD_KEY = env.str("LRS_FORWARD_KEY", default="")
LRS_FORWARD_SECRET = env.str("LRS_FORWARD_SECRET", default="")
# Guessing LRS secrets: after LRS_AUTH_FAILURE_LIMIT wrong HTTP Basic credentials from
# one address, that address gets 429 for LRS_AUTH_FAILURE_WINDOW seconds (lrs/throttle.py).
LRS_AUTH_FAILURE_LIMIT = env.int("LRS_AUTH_FAILURE_LIMIT", default=20)
LRS_AUTH_FAILURE_WINDOW = env.int("LRS_AUTH_FAILURE_WINDOW", default=300)

# Quizzes: how many days after a timed attempt is prepared for a device its submission
# may reach the server and still count (see quizzes.attempts.device_verdict).
QUIZ_OFFLINE_SUBMISSION_DAYS = env.int("QUIZ_OFFLINE_SUBMISSION_DAYS", default=14)

# Certificates: verification codes are printed on paper, so they avoid look-alike letters.
CERTIFICATE_CODE_PREFIX = env.str("CERTIFICATE_CODE_PREFIX", default="CERT")

# Log lines (common/log_format.py): plain text, or with LOG_FORMAT=json (production's
# default) one JSON object per line. Each carries the id of the request or background
# task it belongs to (common/request_id.py). uvicorn's own lines go the same way.
LOG_FORMAT = env.str("LOG_FORMAT", default="") or "text"
LOG_FORMATS = ("text", "json")
if LOG_FORMAT not in LOG_FORMATS:
    raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "common.log_format.RequestIdFilter"}},
    "formatters": {
        "text": {
            "()": "common.log_format.TextFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
        "json": {"()": "common.log_format.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "uvicorn": {"handlers": ["console"], "propagate": False},
        "uvicorn.access": {"handlers": ["console"], "propagate": False},
        "daphne": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Prometheus metrics at /metrics (operations/; docs/operations.md): only for requests with
# "Authorization: Bearer <METRICS_TOKEN>"; without a token configured the address does
# not exist. Readiness at /readyz: database, migrations, Redis.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
LANGUAGE_NEUTRAL_PATHS += ("/metrics", "/readyz")
# Several server processes per machine share their metrics through files in this
# directory (prometheus_client's multiprocess mode): set, it must exist.
PROMETHEUS_MULTIPROC_DIR = env.str("PROMETHEUS_MULTIPROC_DIR", default=None)
if PROMETHEUS_MULTIPROC_DIR is not None and not (
    PROMETHEUS_MULTIPROC_DIR and Path(PROMETHEUS_MULTIPROC_DIR).is_dir()
):
    raise ImproperlyConfigured("PROMETHEUS_MULTIPROC_DIR must name an existing directory.")

# Content packages (SCORM, xAPI, cmi5; see packages/ and the README). Limits of an
# upload, and the optional separate origin package files are served from.
PACKAGES_MAX_UPLOAD_BYTES = env.int("PACKAGES_MAX_UPLOAD_BYTES", default=500 * 1024 * 1024)
PACKAGES_MAX_TOTAL_BYTES = env.int("PACKAGES_MAX_TOTAL_BYTES", default=1024 * 1024 * 1024)
PACKAGES_MAX_FILES = env.int("PACKAGES_MAX_FILES", default=10000)
PACKAGES_MAX_COMPRESSION_RATIO = env.int("PACKAGES_MAX_COMPRESSION_RATIO", default=100)
PACKAGES_ROOT = env.path("PACKAGES_ROOT", default=str(PRIVATE_MEDIA_ROOT) + "/packages")
CONTENT_ORIGIN = env.str("CONTENT_ORIGIN", default="").rstrip("/")
# Without CONTENT_ORIGIN, a platform reached as 127.0.0.1 serves SCORM content from
# localhost and the other way round (packages/origins.py).
PACKAGES_LOOPBACK_CONTENT_ORIGIN = env.bool("PACKAGES_LOOPBACK_CONTENT_ORIGIN", default=True)
# Behind nginx, package files may be sent by nginx itself from PACKAGES_ROOT (sendfile,
# range requests): the internal location's URL prefix (e.g. /_package-files/) that nginx
# maps to PACKAGES_ROOT (deploy/nginx-site.conf.template). Empty: Django sends them.
PACKAGES_ACCEL_REDIRECT = env.str("PACKAGES_ACCEL_REDIRECT", default="")
LANGUAGE_NEUTRAL_PATHS += ("/packages/content/", "/packages/cmi5/")

# Content security policy (django-csp, see elearning/middleware.py). The site's pages
# load scripts, styles, fonts and images from the site alone and run no inline script;
# the one inline thing is the <style> the design system's components add, which carries
# the page's nonce (base.html's csp-nonce meta). Frames: package files (CONTENT_ORIGIN),
# the hosts of embedded videos (EMBED_FRAME_ORIGINS), and a cmi5 unit's own host on its player.
# Package files keep their own sandboxing policy (packages.views.content_security_policy).
EMBED_FRAME_ORIGINS = env.list(
    "EMBED_FRAME_ORIGINS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
_CSP_FRAMES = [SELF, *([CONTENT_ORIGIN] if CONTENT_ORIGIN else []), *EMBED_FRAME_ORIGINS]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF, "blob:"],
        "connect-src": [SELF],
        "frame-src": _CSP_FRAMES,
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (under /admin/) still runs inline scripts, inline styles and compiled
# templates, so it gets a policy of its own that allows them; it may frame its own page
# previews.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "worker-src": [SELF, "blob:"],
        "frame-ancestors": [SELF],
    }
}
# Browser features no page of the platform uses, refused to every page and frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
SECURE_REFERRER_POLICY = "same-origin"

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

# Second factor for staff who sign in with a password (identity/second_factor.py,
# docs/identity.md): the roles that need one, among administrator, manager and trainer
# (empty: nobody). Single sign-on sessions rely on their provider's. Development turns
# it off unless the environment names roles (elearning/settings/dev.py).
SECOND_FACTOR_ROLES = env.list(
    "SECOND_FACTOR_ROLES", default=["administrator", "manager", "trainer"]
)
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = env.str("SECOND_FACTOR_ISSUER", default="") or PLATFORM_NAME

# Single sign-on with OpenID Connect (identity.oidc; docs/identity.md): OIDC_PROVIDERS
# lists the providers' keys (one per agency, say cbsa,rcmp), and each key KEY has
# OIDC_KEY_ISSUER, OIDC_KEY_CLIENT_ID, OIDC_KEY_CLIENT_SECRET, OIDC_KEY_SCOPES and the
# sign-in button's label in OIDC_KEY_NAME_EN and OIDC_KEY_NAME_FR.
OIDC_PROVIDERS = {
    _key.lower(): {
        "issuer": env.str(f"OIDC_{_key.upper()}_ISSUER").rstrip("/"),
        "client_id": env.str(f"OIDC_{_key.upper()}_CLIENT_ID"),
        "client_secret": env.str(f"OIDC_{_key.upper()}_CLIENT_SECRET", default=""),
        "scopes": env.str(f"OIDC_{_key.upper()}_SCOPES", default="openid email profile"),
        "name_en": env.str(f"OIDC_{_key.upper()}_NAME_EN", default=_key.upper()),
        "name_fr": env.str(f"OIDC_{_key.upper()}_NAME_FR", default=""),
    }
    for _key in env.list("OIDC_PROVIDERS", default=[])
}
# Where a person lands after single sign-on when no page asked for them.
SIGN_IN_LANDING_URL_FUNCTION = "elearning.views.sign_in_landing_url"
# The administration's sign-in refuses passwords where an organisation turned them off.
WAGTAILADMIN_USER_LOGIN_FORM = "identity.local_sign_in.AdminSignInForm"

# Single sign-on with SAML 2.0 (identity/saml/; docs/identity.md, "SAML 2.0"). Off until
# SAML_IDP_METADATA names the identity providers' metadata: files or URLs, separated by
# commas, each optionally named (cbsa=https://idp.example/metadata; unnamed: default,
# idp2…), which gives the claim mapping's key saml:<name>. The platform's entity ID
# defaults to its metadata's address; its key pair is made (self-signed) where the files
# named do not exist yet. Labels of the sign-in buttons, in the metadata's order.
SAML_IDP_METADATA = env.list("SAML_IDP_METADATA", default=[])
SAML_IDP_LABEL = env.list("SAML_IDP_LABEL", default=[])
SAML_IDP_LABEL_FR = env.list("SAML_IDP_LABEL_FR", default=[])
SAML_IDP_METADATA_REFRESH = env.int("SAML_IDP_METADATA_REFRESH", default=3600)
SAML_SP_ENTITY_ID = env.str("SAML_SP_ENTITY_ID", default="")
SAML_SP_KEY_FILE = Path(
    env.str("SAML_SP_KEY_FILE", default="")
    or Path.home() / ".config" / "elearning" / "saml-sp-key.pem"
)
SAML_SP_CERT_FILE = Path(
    env.str("SAML_SP_CERT_FILE", default="")
    or Path.home() / ".config" / "elearning" / "saml-sp-cert.pem"
)
SAML_XMLSEC_BINARY = env.str("SAML_XMLSEC_BINARY", default="")
# Clock difference tolerated with the identity provider, in seconds.
SAML_ACCEPTED_TIME_DIFF = env.int("SAML_ACCEPTED_TIME_DIFF", default=60)
SAML_CONFIG_LOADER = "identity.saml.config.sp_config"
# Requests go by HTTP-Redirect: the site's pages may post forms to the site only.
SAML_DEFAULT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
# djangosaml2 adds no content security policy of its own to its pages.
SAML_CSP_HANDLER = ""
LANGUAGE_NEUTRAL_PATHS += ("/sso/",)

# Directory provisioning (SCIM 2.0 at /scim/v2/, provisioning/, docs/provisioning.md):
# django-scim2 serves the platform's directory people and groups, behind the bearer
# tokens administrators make under Settings › Directory tokens.
LANGUAGE_NEUTRAL_PATHS += ("/scim/",)
SCIM_SERVICE_PROVIDER = {
    "USER_MODEL_GETTER": "provisioning.filters.directory_user_model",
    "USER_ADAPTER": "provisioning.adapters.DirectoryUserAdapter",
    "GROUP_MODEL": "provisioning.models.DirectoryGroup",
    "GROUP_ADAPTER": "provisioning.adapters.DirectoryGroupAdapter",
    "USER_FILTER_PARSER": "provisioning.filters.DirectoryUserFilterQuery",
    "GROUP_FILTER_PARSER": "provisioning.filters.DirectoryGroupFilterQuery",
    "SERVICE_PROVIDER_CONFIG_MODEL": "provisioning.schemas.ServiceProviderConfig",
    "SCHEMAS_GETTER": "provisioning.schemas.schemas",
    "BASE_LOCATION_GETTER": "provisioning.views.base_location",
    "GET_EXTRA_MODEL_FILTER_KWARGS_GETTER": "provisioning.filters.extra_filter_kwargs_getter",
    "GET_QUERYSET_POST_PROCESSOR_GETTER": "provisioning.filters.queryset_post_processor_getter",
    "AUTH_CHECK_MIDDLEWARE": "provisioning.middleware.DirectoryTokenMiddleware",
    "AUTHENTICATION_SCHEMES": [{"type": "oauthbearertoken", "name": "Bearer token"}],
    "NETLOC": SITE_URL.split("://", 1)[-1],
}
