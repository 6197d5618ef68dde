"""The vault on S3-compatible object storage (django-storages), against moto's in-process S3."""

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from kuager.evidence.models import EvidenceItem
from kuager.testing import make_case

pytestmark = pytest.mark.django_db
moto = pytest.importorskip("moto", reason="moto (a test dependency) is not installed")


@pytest.fixture
def bucket(settings: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    for name, value in (("AWS_ACCESS_KEY_ID", "synthetic"), ("AWS_SECRET_ACCESS_KEY", "synthetic"),
                        ("AWS_DEFAULT_REGION", "us-east-1")):
        monkeypatch.setenv(name, value)
    with moto.mock_aws():
        import boto3

        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="kuager-vault")
        storages = dict(settings.STORAGES)
        storages["evidence"] = {"BACKEND": "storages.backends.s3.S3Storage",
                                "OPTIONS": {"bucket_name": "kuager-vault",
                                            "file_overwrite": False, "default_acl": None}}
        settings.STORAGES = storages
        yield client


def test_store_verify_and_export_on_object_storage(bucket: Any, tmp_path: Path) -> None:
    case = make_case()
    letter = tmp_path / "letter.txt"
    content = ("Письмо из колонии. " * 100_000).encode()  # several chunks
    letter.write_bytes(content)
    out = io.StringIO()
    call_command("evidence", "add", case.number, str(letter), stdout=out)
    assert out.getvalue().split()[1] == hashlib.sha256(content).hexdigest()
    item = EvidenceItem.objects.get()
    stored = bucket.get_object(Bucket="kuager-vault", Key=item.blob.storage_name)["Body"].read()
    assert "колонии".encode() not in stored and len(stored) > len(content)
    call_command("evidence", "verify", stdout=io.StringIO())
    folder = tmp_path / "export"
    call_command("evidence", "export", case.number, str(folder), stdout=io.StringIO())
    call_command("verify_manifest", str(folder), stdout=io.StringIO())
