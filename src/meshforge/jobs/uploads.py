"""UploadService: the one place uploads are kept, and read back for their owner only.

ModelsLab has several upload routes (the 3D ``base64_to_url``, the general one, the old
samples' ``obj/`` path, ``base64_crop``, the enterprise ``upload_image``); they differ in
field names and answers, and all end here. An upload is stored as a born-finished job of its
key, so the file is public at ``/out/<uuid>.<ext>`` (as ModelsLab's bucket URLs are), expires
with the job's retention (checked on every read, and swept), and goes with ``delete``.

When such a URL comes back in ``image_to_3d``, the server reads the file from storage instead
of fetching its own URL over HTTP: the SSRF guard would rightly refuse the server's own
(often private) address, and the owner check here stops one key from building a model out of
another key's upload just because it learnt the URL.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Protocol
from urllib.parse import urlsplit

from meshforge.errors import InvalidRequest
from meshforge.jobs.model import ApiKey, Job
from meshforge.jobs.service import JobService


class JobsByFile(Protocol):
    """The part of the job store that finds the job behind a file name."""

    def find_by_prefix(self, file_prefix: str) -> Job | None: ...


class PublishedFiles(Protocol):
    """The part of file storage that reads published files back."""

    def read_output(self, name: str) -> bytes: ...


class UploadService:
    """Keeps uploads for a key and reads files behind this server's own URLs for their owner."""

    def __init__(
        self,
        jobs: JobService,
        lookup: JobsByFile,
        files: PublishedFiles,
        public_bases: Sequence[str],
    ) -> None:
        self._jobs = jobs
        self._lookup = lookup
        self._files = files
        #: base URLs under whose ``/out/`` this server publishes files (public, proxy, bucket)
        self._out_prefixes = tuple(
            dict.fromkeys(f"{base.rstrip('/')}/out/" for base in public_bases if base)
        )

    def keep(self, owner: ApiKey, extension: str, data: bytes) -> Job:
        """Store ``data`` for ``owner``; it expires after the retention period."""
        return self._jobs.store_upload(owner, extension, data)

    def own_file_name(self, url: str) -> str | None:
        """The file name when ``url`` is one of this server's ``/out/`` URLs, else None."""
        text = url.strip()
        for prefix in self._out_prefixes:
            if _same_place(text, prefix):
                name = urlsplit(text).path.rsplit("/", 1)[-1]
                return name or None
        return None

    def read_own(self, owner: ApiKey, name: str, *, field: str, max_bytes: int) -> bytes:
        """The bytes of ``owner``'s file ``name``; one answer for missing, expired and foreign.

        The same message for all three, so a key cannot learn whether another key's file
        exists.
        """
        refused = InvalidRequest(
            f"{field}: no file of yours is at this URL: uploads are kept for a limited time and "
            "only the key that uploaded a file can use it. Upload it again with base64_to_url."
        )
        job = self._lookup.find_by_prefix(name.split(".", 1)[0])
        if job is None or job.owner_id != owner.id or name not in job.files:
            raise refused
        if job.has_expired(time.time()):
            raise refused
        try:
            data = self._files.read_output(name)
        except (FileNotFoundError, ValueError):
            raise refused from None  # swept between the lookup and the read
        if len(data) > max_bytes:
            raise InvalidRequest(f"{field}: the file is larger than this server accepts")
        return data


def _same_place(url: str, prefix: str) -> bool:
    """``url`` lies under ``prefix``: scheme and host compared without case, path exactly."""
    got, want = urlsplit(url), urlsplit(prefix)
    return (
        got.scheme.lower() == want.scheme.lower()
        and got.netloc.lower() == want.netloc.lower()
        and got.path.startswith(want.path)
        and "/" not in got.path[len(want.path) :]
    )
