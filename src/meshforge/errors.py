"""One error root: client errors (4xx) and server errors, each with a message a user can act on."""

from __future__ import annotations


class MeshForgeError(Exception):
    """Something went wrong in MeshForge."""

    http_status = 500

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip())

    @property
    def message(self) -> str:
        """The text shown to the client."""
        return str(self)


class ClientError(MeshForgeError):
    """The request cannot be served as sent."""

    http_status = 400


class InvalidRequest(ClientError):
    """A field of the request is invalid."""


class Unauthorized(ClientError):
    """Invalid API key: send it in the body as "key", in a "key" header, or as a Bearer token."""

    http_status = 401


class Forbidden(ClientError):
    """This key may not use this endpoint."""

    http_status = 403


class NotFound(ClientError):
    """Request not found: no job with this id belongs to this key."""

    http_status = 404


class PayloadTooLarge(ClientError):
    """The request body is too large."""

    http_status = 413


class QueueFull(ClientError):
    """Rate limit exceeded: too many queued requests for this key."""

    http_status = 429

    def __init__(self, message: str | None = None, retry_after_s: int = 30) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RateLimited(QueueFull):
    """Too many requests for this key: slow down."""


class Unavailable(MeshForgeError):
    """Service temporarily unavailable. Please try again later."""

    http_status = 503

    def __init__(self, message: str | None = None, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        #: seconds after which the request is worth sending again (the Retry-After header)
        self.retry_after_s = retry_after_s


class DatabaseUnavailable(Unavailable):
    """The job database is not answering; send the request again shortly."""

    def __init__(self, message: str | None = None, retry_after_s: int | None = 5) -> None:
        super().__init__(message, retry_after_s)


class StorageUnavailable(Unavailable, OSError):
    """The file storage is not answering; send the request again shortly."""

    def __init__(self, message: str | None = None, retry_after_s: int | None = 10) -> None:
        super().__init__(message, retry_after_s)


class InsufficientStorage(MeshForgeError):
    """The server's disk is full: new jobs cannot be stored until space is freed."""

    http_status = 507


class MissingDependency(MeshForgeError, ImportError):
    """A configured adapter needs an optional extra that is not installed (named in the message)."""


class ConfigurationError(MeshForgeError, ValueError):
    """A setting has a value MeshForge cannot use (the message names the setting)."""
