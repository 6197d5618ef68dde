from pathlib import Path

import pytest


@pytest.fixture
def _isolated_vault(tmp_path: Path, settings: object) -> None:
    storages = dict(settings.STORAGES)  # type: ignore[attr-defined]
    storages["evidence"] = {"BACKEND": "django.core.files.storage.FileSystemStorage",
                            "OPTIONS": {"location": tmp_path / "vault"}}
    settings.STORAGES = storages  # type: ignore[attr-defined]
