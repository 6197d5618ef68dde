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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": DATA_DIR / "files"}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Static files are served by Kuager itself (WhiteNoise); with no collectstatic run yet,
# it finds them in the package.
WHITENOISE_USE_FINDERS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("KUAGER_SESSION_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# "same-origin", not "no-referrer": under no-referrer Chromium sends "Origin: null" with
# every form POST and Django's CSRF origin check refuses it. same-origin still sends
# nothing to any other host.
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
TLS = env_bool("KUAGER_TLS", False)
SESSION_COOKIE_SECURE = TLS
CSRF_COOKIE_SECURE = TLS
if TLS:
    SECURE_HSTS_SECONDS = 31536000
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

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
    "loggers": {"django.db.backends": {"level": "WARNING"}, "pymorphy3": {"level": "WARNING"}},
}
