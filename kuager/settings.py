"""Kuager's one settings module: everything comes from the environment, with embedded defaults."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from kuager.lib.envs import env_bool, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("KUAGER_DATA_DIR", "data")).resolve()
KEYS_DIR = DATA_DIR / "keys"

DEBUG = env_bool("KUAGER_DEBUG", False)
# Server mode: PostgreSQL via DATABASE_URL; keys and secrets must then be supplied.
EMBEDDED = not env_str("DATABASE_URL")


def _embedded_secret_key() -> str:
    """In embedded mode a random SECRET_KEY is kept beside the data, made on first run."""
    path = KEYS_DIR / "secret_key"
    if not path.exists():
        KEYS_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_text(secrets.token_urlsafe(50), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


SECRET_KEY = env_secret("KUAGER_SECRET_KEY") or (
    _embedded_secret_key() if EMBEDDED else "unset-" + "insecure"  # refused by kuager.checks
)

# The master key that encrypts identities and testimonies. Never in the database.
MASTER_KEY = env_secret("KUAGER_MASTER_KEY")
# (KUAGER_MASTER_KEY_FILE names a file holding it.) Embedded mode keeps it here:
MASTER_KEY_FILE = KEYS_DIR / "master.key"
# Only embedded installations make their own key; a server must be given one.
MASTER_KEY_AUTOCREATE = env_bool("KUAGER_MASTER_KEY_AUTOCREATE", EMBEDDED)

ALLOWED_HOSTS = env_list("KUAGER_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("KUAGER_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "kuager.apps.KuagerConfig",
    "kuager.accounts",
    "kuager.audit",
    "kuager.vocab",
    "kuager.places",
    "kuager.cases",
    "kuager.evidence",
    "kuager.complaints",
    "kuager.coding",
    "kuager.linkage",
    "kuager.estimates",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "huey.contrib.djhuey",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kuager.accounts.middleware.RecordBadSessionCookie",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "kuager.accounts.csrf.FetchMetadataCsrfMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kuager.accounts.middleware.RequireTwoFactor",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kuager.urls"
WSGI_APPLICATION = "kuager.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)
if EMBEDDED:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "kuager.sqlite3",
            "OPTIONS": {
                # WAL lets the web server read while an import writes; IMMEDIATE avoids
                # "database is locked" on write upgrades.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; "
                # 64 MiB page cache: the blind index is a large random-keyed B-tree.
                "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;",
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
else:
    DATABASES = {
        "default": dict(dj_database_url.parse(env_str("DATABASE_URL"), conn_max_age=60))
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lock an account after repeated failures until a coordinator lifts it (or a day passes).
AXES_FAILURE_LIMIT = env_int("KUAGER_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = env_int("KUAGER_LOCKOUT_HOURS", 24)
# Either too many failures for one account or from one address (password spraying).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("KUAGER_PROXY_COUNT", 0)
OTP_TOTP_ISSUER = "Kuager"
# Re-authentication ("sudo mode") lasts this long.
KUAGER_SUDO_SECONDS = env_int("KUAGER_SUDO_SECONDS", 5 * 60)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "cases:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = env_str("KUAGER_LANGUAGE", "ru")
LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("KUAGER_TIME_ZONE", "Asia/Almaty")
LANGUAGE_COOKIE_NAME = "kuager_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Evidence goes to local disk, or to S3-compatible object storage when a bucket is named.
# Either way it is already encrypted before it leaves Kuager.
S3_BUCKET = env_str("KUAGER_S3_BUCKET")
EVIDENCE_STORAGE: dict[str, object] = (
    {"BACKEND": "storages.backends.s3.S3Storage",
     "OPTIONS": {"bucket_name": S3_BUCKET, "endpoint_url": env_str("KUAGER_S3_ENDPOINT") or None,
                 "access_key": env_secret("KUAGER_S3_ACCESS_KEY"),
                 "secret_key": env_secret("KUAGER_S3_SECRET_KEY"),
                 "file_overwrite": False, "default_acl": None}}
    if S3_BUCKET else
    {"BACKEND": "django.core.files.storage.FileSystemStorage",
     "OPTIONS": {"location": DATA_DIR / "files", "file_permissions_mode": 0o600,
                 "directory_permissions_mode": 0o700}}
)
KUAGER_MAX_EVIDENCE_BYTES = env_int("KUAGER_MAX_EVIDENCE_BYTES", 4 * 1024**3)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": DATA_DIR / "files"}},
    "evidence": EVIDENCE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Static files are served by Kuager itself (WhiteNoise); with no collectstatic run yet,
# it finds them in the package.
WHITENOISE_USE_FINDERS = True

# Behind TLS or a Tor onion service (both secure contexts): Secure, __Host- cookies and HSTS.
TLS = env_bool("KUAGER_TLS", False)
ONION = env_bool("KUAGER_ONION", False)
SESSION_COOKIE_NAME = "__Host-kuager_session" if TLS else "kuager_session"
CSRF_COOKIE_NAME = "__Host-kuager_csrf" if TLS else "kuager_csrf"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = TLS
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Strict"
# Idle sessions end: the expiry slides with every request.
SESSION_COOKIE_AGE = env_int("KUAGER_IDLE_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# no-referrer makes browsers post forms with "Origin: null"; FetchMetadataCsrfMiddleware
# accepts that only with the browser's own Sec-Fetch-Site: same-origin.
SECURE_REFERRER_POLICY = "no-referrer"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "kuager.accounts.views.csrf_failure"
if TLS:
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("KUAGER_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # An onion service is plain HTTP inside Tor: no redirect to https there.
    SECURE_SSL_REDIRECT = not ONION
SILENCED_SYSTEM_CHECKS = [
    # CSRF protection is on: FetchMetadataCsrfMiddleware is Django's, subclassed
    # (kuager.checks.E006 checks that it is in place).
    "security.W003",
    # HSTS preload is a commitment for the organisation's domain, not ours to make.
    "security.W021",
    *(["security.W008"] if ONION else []),
]

# Nothing from another host, no inline script or style (django-csp).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Background jobs (text extraction, OCR): huey with a SQLite file under the data directory,
# so embedded mode needs no broker; Redis when KUAGER_REDIS_URL is set. `kuager serve`
# starts a worker beside the web server; `kuager worker` runs one on its own.
REDIS_URL = env_str("KUAGER_REDIS_URL")
HUEY = {
    "name": "kuager",
    "immediate": env_bool("KUAGER_JOBS_IMMEDIATE", False),
    "consumer": {"workers": env_int("KUAGER_JOB_WORKERS", 1), "worker_type": "thread"},
    **({"huey_class": "huey.RedisHuey", "url": REDIS_URL} if REDIS_URL else
       {"huey_class": "huey.SqliteHuey", "filename": str(DATA_DIR / "jobs.sqlite3")}),
}
TESSERACT = env_str("KUAGER_TESSERACT", "tesseract")

# Reminders of answers due go by e-mail only when a mail server is configured. They carry
# case numbers and dates, never a name or an account.
EMAIL_HOST = env_str("KUAGER_EMAIL_HOST")
EMAIL_PORT = env_int("KUAGER_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("KUAGER_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_secret("KUAGER_EMAIL_PASSWORD") or ""
EMAIL_USE_TLS = env_bool("KUAGER_EMAIL_TLS", True)
DEFAULT_FROM_EMAIL = env_str("KUAGER_EMAIL_FROM", "kuager@localhost")
EMAIL_BACKEND = ("django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                 else "django.core.mail.backends.dummy.EmailBackend")
KUAGER_OCR_LANGUAGES = env_str("KUAGER_OCR_LANGUAGES", "rus+kaz+eng")
KUAGER_MAX_EXTRACTED_CHARS = env_int("KUAGER_MAX_EXTRACTED_CHARS", 2_000_000)

# Limits on what a person or a spreadsheet may send.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("KUAGER_MAX_FORM_BYTES", 4 * 1024 * 1024)
KUAGER_MAX_TEXT_CHARS = env_int("KUAGER_MAX_TEXT_CHARS", 200_000)
KUAGER_MAX_IMPORT_BYTES = env_int("KUAGER_MAX_IMPORT_BYTES", 512 * 1024 * 1024)

# Logs carry references (case numbers, ids), never names or testimony.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("KUAGER_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "pymorphy3": {"level": "WARNING"},
                "axes": {"level": "WARNING"}},
}
