"""Request-scoped access to the runtime built in wiring."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from meshforge.runtime import Runtime


async def get_runtime(request: Request) -> Runtime:
    """The runtime this app was created with (async: no thread hop on the polling path)."""
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
