"""Request-scoped access to the runtime built in wiring."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from meshforge.jobs.uploads import UploadService
from meshforge.runtime import Runtime


async def get_runtime(request: Request) -> Runtime:
    """The runtime this app was created with (async: no thread hop on the polling path)."""
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def upload_service(runtime: Runtime) -> UploadService:
    """The upload service over this runtime's store and storage (cheap: built per request)."""
    settings = runtime.settings
    bases = [runtime.base_url, runtime.proxy_base_url]
    if settings.s3_public_url:
        bases.append(settings.s3_public_url)
    return UploadService(runtime.service, runtime.store, runtime.storage, bases)
