"""Attaching, seeing and downloading evidence through the web pages."""

import hashlib
import io
from pathlib import Path

import pytest
from django.http.response import HttpResponseBase
from django.test import Client
from django.urls import reverse

from kuager.audit.models import AuditEntry
from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import evidence_storage
from kuager.testing import KuagerTestCase, make_case, sign_in

PHOTO = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(range(256)) * 40


def vault_files() -> list[Path]:
    root = Path(evidence_storage().path("."))
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.usefixtures("_isolated_vault")
class Attaching(KuagerTestCase):
    def setUp(self) -> None:
        self.case = make_case(team=(self.owner,))
        sign_in(self.client, self.owner)
        self.url = reverse("evidence:add", args=[self.case.number])

    def post(self, content: bytes, name: str = "photo.jpg", client: Client | None = None,
             **extra: str) -> HttpResponseBase:
        upload = io.BytesIO(content)
        upload.name = name
        data = {"kind": "photo", "method": "messenger", "source": "сестра", **extra,
                "file": upload}
        response: HttpResponseBase = (client or self.client).post(self.url, data, follow=True)
        return response

    def test_attached_photo_shows_its_hash_and_custody(self) -> None:
        response = self.post(PHOTO)
        item = EvidenceItem.objects.get()
        digest = hashlib.sha256(PHOTO).hexdigest()
        self.assertContains(response, digest)
        self.assertContains(response, "evidence.receive")
        self.assertContains(response, "evidence.view")
        self.assertEqual(item.blob.media_type, "image/jpeg")
        self.assertNotIn(b"JFIF", vault_files()[0].read_bytes())

    def test_download_needs_re_authentication_and_returns_the_original(self) -> None:
        self.post(PHOTO)
        item = EvidenceItem.objects.get()
        url = reverse("evidence:download", args=[self.case.number, item.pk])
        refused = self.client.post(url, {"why": "court"})
        self.assertTrue(refused["Location"].startswith(reverse("accounts:sudo")))
        sign_in(self.client, self.owner, sudo=True)
        response = self.client.post(url, {"why": "court"})
        self.assertEqual(b"".join(response.streaming_content), PHOTO)  # type: ignore[attr-defined]
        self.assertEqual(response["Content-Disposition"],
                         f'attachment; filename="{item.reference}.jpg"')
        entry = AuditEntry.objects.get(action="evidence.download")
        self.assertEqual(entry.detail["why"], "court")

    def test_file_is_attached_to_the_chosen_incident_of_this_case_only(self) -> None:
        incident = self.case.incidents.get()
        self.post(PHOTO, incident=str(incident.pk))
        self.assertEqual(EvidenceItem.objects.get().incident, incident)
        foreign = make_case().incidents.get()
        response = self.post(PHOTO + b"x", incident=str(foreign.pk))
        self.assertContains(response, "Say what the file is")
        self.assertEqual(EvidenceItem.objects.count(), 1)

    def test_file_can_be_part_of_a_complaint(self) -> None:
        import datetime as dt

        from kuager.complaints.actions import do_file_complaint
        from kuager.testing import term

        complaint = do_file_complaint(None, self.case, term("channels", "920000000000"),
                                      dt.date(2024, 1, 1))
        self.post(PHOTO, complaint=str(complaint.pk))
        self.assertEqual(EvidenceItem.objects.get().complaint, complaint)
        page = self.client.get(reverse("complaints:case", args=[self.case.number]))
        self.assertContains(page, EvidenceItem.objects.get().reference)

    def test_handover_is_a_custody_event(self) -> None:
        self.post(PHOTO)
        item = EvidenceItem.objects.get()
        self.client.post(reverse("evidence:transfer", args=[self.case.number, item.pk]),
                         {"why": "prosecutor"})
        entry = AuditEntry.objects.get(action="evidence.transfer")
        self.assertEqual((entry.target_ref, entry.detail["why"]), (item.reference, "prosecutor"))

    def test_oversized_and_empty_files_are_refused_and_leave_nothing(self) -> None:
        with self.settings(KUAGER_MAX_EVIDENCE_BYTES=1000):
            response = self.post(PHOTO)
        self.assertContains(response, "larger than the limit")
        response = self.post(b"", name="empty.jpg")
        self.assertContains(response, "empty")
        self.assertEqual(EvidenceItem.objects.count(), 0)
        self.assertEqual(vault_files(), [])

    def test_missing_kind_keeps_nothing(self) -> None:
        response = self.post(PHOTO, kind="not-a-kind")
        self.assertContains(response, "Say what the file is")
        self.assertEqual(vault_files(), [])

    def test_forged_upload_without_csrf_token_stores_nothing(self) -> None:
        client = Client(enforce_csrf_checks=True)
        sign_in(client, self.owner)
        upload = io.BytesIO(PHOTO)
        upload.name = "photo.jpg"
        response = client.post(self.url, {"kind": "photo", "method": "post", "file": upload})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(vault_files(), [])
        self.assertEqual(EvidenceItem.objects.count(), 0)

    def test_outsider_cannot_attach_to_a_case(self) -> None:
        sign_in(self.client, self.outsider)
        upload = io.BytesIO(PHOTO)
        upload.name = "photo.jpg"
        response = self.client.post(self.url, {"kind": "photo", "method": "post",
                                               "file": upload})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(vault_files(), [])


@pytest.mark.usefixtures("_isolated_vault")
class BrokenUploads(KuagerTestCase):
    def test_upload_cut_off_midway_leaves_nothing(self) -> None:
        case = make_case(team=(self.owner,))
        sign_in(self.client, self.owner)
        boundary = "kuagerboundary"
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nphoto\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\npost\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"video.mp4\"\r\nContent-Type: video/mp4\r\n\r\n"
        ).encode() + PHOTO * 20  # no closing boundary: the connection dropped
        response = self.client.generic(
            "POST", reverse("evidence:add", args=[case.number]), body,
            content_type=f"multipart/form-data; boundary={boundary}")
        self.assertRedirects(response, reverse("cases:detail", args=[case.number]),
                             fetch_redirect_response=False)
        self.assertEqual(EvidenceItem.objects.count(), 0)
        self.assertEqual(vault_files(), [])

    def test_zip_bomb_is_stored_sealed_and_never_unpacked(self) -> None:
        import zipfile

        case = make_case(team=(self.owner,))
        sign_in(self.client, self.owner)
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("zeros.bin", b"\0" * (50 * 1024 * 1024))
        bomb.seek(0)
        bomb.name = "photos.zip"
        self.client.post(reverse("evidence:add", args=[case.number]),
                         {"kind": "other", "method": "messenger", "file": bomb})
        item = EvidenceItem.objects.get()
        self.assertEqual(item.blob.media_type, "application/zip")
        self.assertEqual(item.text_state, "")  # not a document Kuager reads
        self.assertLess(item.blob.size, 1024 * 1024)


@pytest.mark.usefixtures("_isolated_vault")
class Times(KuagerTestCase):
    def test_intake_time_labelled_utc_is_shown_in_utc(self) -> None:
        import datetime as dt

        case = make_case(team=(self.owner,))
        sign_in(self.client, self.owner)
        upload = io.BytesIO(PHOTO)
        upload.name = "photo.jpg"
        self.client.post(reverse("evidence:add", args=[case.number]),
                         {"kind": "photo", "method": "post", "file": upload})
        item = EvidenceItem.objects.get()
        utc = item.acquired_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        page = self.client.get(reverse("evidence:item", args=[case.number, item.pk]))
        self.assertContains(page, utc)
