"""meshforge.client: a Python client for MeshForge and ModelsLab's hosted 3D API (httpx only).

    from meshforge.client import Client

    with Client("http://127.0.0.1:8000", key="...") as client:
        job = client.wait(client.text_to_3d("a red chair"))
        print(client.download(job, "models"))

It imports nothing of the server (an import-linter contract keeps it so): it can be used
where only the client is wanted.
"""

from meshforge.client.asynchronous import AsyncClient
from meshforge.client.errors import (
    APIError,
    AuthenticationError,
    InvalidRequestError,
    JobFailedError,
    MeshForgeClientError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServerUnreachableError,
    WaitTimeoutError,
)
from meshforge.client.following import StreamPolicy
from meshforge.client.protocol import (
    DEFAULT_BASE_URL,
    MODELSLAB_BASE_URL,
    PollPolicy,
    RetryPolicy,
)
from meshforge.client.results import Job, Upload
from meshforge.client.sync import Client

__all__ = [
    "DEFAULT_BASE_URL",
    "MODELSLAB_BASE_URL",
    "APIError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "InvalidRequestError",
    "Job",
    "JobFailedError",
    "MeshForgeClientError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "ServerUnreachableError",
    "StreamPolicy",
    "Upload",
    "WaitTimeoutError",
]
