"""The client's exceptions: one per thing a caller may want to handle differently.

Every message says what happened and, where there is one, what to do about it; the server's
own message is kept whole (``server_message``), since it names the field or the limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshforge.client.results import Job


class MeshForgeClientError(Exception):
    """Anything the client raises on purpose."""


class APIError(MeshForgeClientError):
    """The server answered with an error (``{"status": "error", "message": ...}``)."""

    def __init__(
        self, message: str, *, status_code: int, server_message: str, body: Any = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        #: the server's own words, unchanged
        self.server_message = server_message
        #: the parsed JSON body (or the text, when the body was not JSON)
        self.body = body


class InvalidRequestError(APIError):
    """400: a field is invalid; the message names it."""


class AuthenticationError(APIError):
    """401: the key is missing, unknown or revoked."""


class PermissionDeniedError(APIError):
    """403: this key may not use this endpoint."""


class NotFoundError(APIError):
    """404: no such job for this key (or the server has no such route)."""


class PayloadTooLargeError(APIError):
    """413: the request or the upload is over the server's size limit."""


class RateLimitError(APIError):
    """429: too many queued jobs or requests for the key; retry after ``retry_after_s``."""

    def __init__(self, message: str, *, retry_after_s: float | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after_s = retry_after_s


class ServerError(APIError):
    """5xx: the server failed or is overloaded or shutting down."""


class ServerUnreachableError(MeshForgeClientError):
    """No answer at all: the server is not running, the address is wrong, or it went away."""


class JobFailedError(MeshForgeClientError):
    """The job ended without a model (failed, canceled or expired); ``job`` has the details."""

    def __init__(self, job: Job) -> None:
        reason = job.message or "the server gave no reason"
        super().__init__(f"Job {job.id} failed: {reason}")
        self.job = job


class WaitTimeoutError(MeshForgeClientError):
    """The job was still unfinished when the wait ran out of time; ``job`` is its last state."""

    def __init__(self, job: Job, timeout_s: float) -> None:
        super().__init__(
            f"Job {job.id} is still {job.status} after {timeout_s:g} s; it goes on on the "
            "server: wait again, fetch it later, or cancel it."
        )
        self.job = job
        self.timeout_s = timeout_s
