"""Each client operation as a plan (request bodies, uploads first, polling), for both clients."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from meshforge.client.following import StreamPolicy, StreamSupport, wait_plan
from meshforge.client.protocol import (
    CANCEL,
    FETCH,
    IMAGE_TO_3D,
    JOBS,
    STREAM,
    TEXT_TO_3D,
    UPLOAD,
    Plan,
    PollPolicy,
    RetryPolicy,
    Send,
    download_plan,
    request_plan,
)
from meshforge.client.results import Job, Upload
from meshforge.client.sources import (
    FileLike,
    ImageInput,
    data_uri,
    is_url,
    multiview_strip,
    read_file,
)

JobRef = Job | int | str


def job_id_of(job: JobRef) -> str:
    """The id to put in a URL path, from a Job or an id."""
    raw = job.id if isinstance(job, Job) else job
    if raw is None or str(raw).strip() == "":
        raise ValueError("this job has no id (the server did not report one)")
    return str(raw).strip()


def generation_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The optional fields the caller set (None means "the server's default")."""
    return {name: value for name, value in fields.items() if value is not None}


class Operations:
    """Builds each operation's plan for one server and key; the clients run the plans."""

    def __init__(
        self,
        base_url: str,
        key: str,
        retry: RetryPolicy,
        poll: PollPolicy,
        stream: StreamPolicy | None = None,
    ) -> None:
        self.base_url = base_url
        self.key = key
        self.retry = retry
        self.poll = poll
        self.stream = stream or StreamPolicy()
        self.stream_support = StreamSupport()

    def _call(
        self, path: str, body: Mapping[str, Any], *, idempotent: bool, job_state: bool = False
    ) -> Plan[Any]:
        send = Send("POST", path, json={"key": self.key, **body}, idempotent=idempotent)
        return request_plan(send, self.retry, self.base_url, job_state=job_state)

    def text_to_3d(self, prompt: str, fields: Mapping[str, Any]) -> Plan[Job]:
        """Queue a text-to-3D job."""
        body = yield from self._call(
            TEXT_TO_3D, {"prompt": prompt, **generation_fields(fields)}, idempotent=False
        )
        return Job.from_body(body)

    def upload(self, item: FileLike) -> Plan[Upload]:
        """Upload a local file (path, bytes or PIL image) with base64_to_url."""
        data, name = read_file(item)
        body = yield from self._call(
            UPLOAD, {"base64_string": data_uri(data, name)}, idempotent=True
        )
        return Upload.from_body(body)

    def _download_bytes(self, url: str) -> Plan[bytes]:
        body = yield from request_plan(Send("GET", url), self.retry, self.base_url, raw=True)
        return bytes(body)

    def image_to_3d(self, image: ImageInput, fields: Mapping[str, Any]) -> Plan[Job]:
        """Queue an image-to-3D job from a URL, a local file, a PIL image or 2-4 views."""
        body = generation_fields(fields)
        if isinstance(image, Sequence) and not isinstance(image, str | bytes):
            views = []
            for view in image:
                if is_url(view):
                    views.append((yield from self._download_bytes(str(view))))
                else:
                    views.append(read_file(view)[0])
            url = (yield from self.upload(multiview_strip(views))).url
            body["multi_image"] = True
        elif is_url(image):
            url = str(image).strip()
        else:
            url = (yield from self.upload(image)).url
        created = yield from self._call(IMAGE_TO_3D, {"init_image": url, **body}, idempotent=False)
        return Job.from_body(created)

    def fetch(self, job: JobRef) -> Plan[Job]:
        """The job's current state."""
        body = yield from self._call(
            FETCH.format(id=job_id_of(job)), {}, idempotent=True, job_state=True
        )
        return Job.from_body(body)

    def wait(
        self,
        job: JobRef,
        timeout_s: float | None,
        on_update: Callable[[Job], None] | None,
    ) -> Plan[Job]:
        """Follow (or poll) until the job succeeds; JobFailedError or WaitTimeoutError otherwise."""
        job_id = job_id_of(job)
        # the key in the body, never in the URL, where proxies would log it
        fetch = Send("POST", FETCH.format(id=job_id), json={"key": self.key})
        listen = Send("POST", STREAM.format(id=job_id), json={"key": self.key})
        return (
            yield from wait_plan(
                fetch,
                listen,
                self.retry,
                self.base_url,
                timeout_s=timeout_s,
                poll=self.poll,
                stream=self.stream,
                support=self.stream_support,
                on_update=on_update,
            )
        )

    def cancel(self, job: JobRef) -> Plan[Job]:
        """Cancel a queued or running job (MeshForge only); answers its new state."""
        body = yield from self._call(CANCEL.format(id=job_id_of(job)), {}, idempotent=True)
        return Job.from_body(body)

    def list_jobs(self, page: int, per_page: int) -> Plan[list[Job]]:
        """A page of the key's jobs, newest first (MeshForge only)."""
        body = yield from self._call(JOBS, {"page": page, "per_page": per_page}, idempotent=True)
        return [Job.from_body(entry) for entry in body.get("data", [])]

    def download(self, job: Job, directory: Path) -> Plan[list[Path]]:
        """Save the files of a succeeded job into ``directory``."""
        return (yield from download_plan(job, directory, self.retry, self.base_url))
