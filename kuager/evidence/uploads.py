"""An upload handler that encrypts and hashes the file as its chunks arrive.

Django's own handlers keep a file in memory or write it, in clear, to a temporary file;
this one sends each chunk straight through the vault's encrypting writer.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers, StopUpload

from kuager.evidence.store import Intake, Received, TooLarge


class VaultedFile(UploadedFile):
    """Stands in request.FILES for a file already stored encrypted."""

    def __init__(self, name: str, received: Received) -> None:
        super().__init__(file=None, name=name, size=received.size)
        self.received = received


class VaultUploadHandler(FileUploadHandler):
    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.intake: Intake | None = None
        self.too_large = False
        self.extra_files = False

    def new_file(self, field_name: str, file_name: str, *args: Any, **kwargs: Any) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        if field_name != "file" or self.intake is not None:
            self.extra_files = True
            raise StopUpload(connection_reset=False)
        self.intake = Intake()
        raise StopFutureHandlers

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if self.intake is None:
            return None
        try:
            self.intake.write(raw_data)
        except TooLarge:
            self.too_large = True
            raise StopUpload(connection_reset=False) from None
        return None

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if self.intake is None:
            return None
        return VaultedFile(self.file_name or "", self.intake.finish())

    def upload_interrupted(self) -> None:
        """The person closed the page or lost the connection: nothing half-stored remains."""
        self.discard()

    def discard(self) -> None:
        """Remove the stored file unless the view kept it (and set intake to None)."""
        if self.intake is not None:
            self.intake.abort()
            self.intake = None
