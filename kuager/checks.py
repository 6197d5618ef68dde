"""System checks: Kuager refuses to run a server configuration that would expose people."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

from kuager.lib.crypto import KeyringError


@register(Tags.security)
def check_csrf_protection(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if "kuager.accounts.csrf.FetchMetadataCsrfMiddleware" in settings.MIDDLEWARE:
        return []
    return [Error("CSRF protection is not in MIDDLEWARE.", id="kuager.E006")]


@register(Tags.security)
def check_server_secrets(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    if settings.EMBEDDED:
        return errors
    if settings.SECRET_KEY.startswith("unset-"):
        errors.append(Error("KUAGER_SECRET_KEY is not set.", id="kuager.E001",
                            hint="Set KUAGER_SECRET_KEY or KUAGER_SECRET_KEY_FILE."))
    if settings.DEBUG:
        errors.append(Error("DEBUG is on in server mode.", id="kuager.E002",
                            hint="Unset KUAGER_DEBUG: tracebacks would show data."))
    if not settings.TLS:
        errors.append(Error("Cookies would travel without the Secure flag.", id="kuager.E005",
                            hint="Serve Kuager behind TLS or a Tor onion service and set "
                            "KUAGER_TLS=1."))
    no_key = not settings.MASTER_KEY and not settings.MASTER_KEY_FILE.exists()
    if no_key and not settings.MASTER_KEY_AUTOCREATE:
        errors.append(Error("No master key.", id="kuager.E003",
                            hint="Set KUAGER_MASTER_KEY or KUAGER_MASTER_KEY_FILE."))
    else:
        from kuager.keyring import keyring

        try:
            keyring()
        except KeyringError as exc:
            errors.append(Error(f"The master key cannot be used: {exc}.", id="kuager.E004"))
    return errors
