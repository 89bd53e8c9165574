"""Shared fixtures: one in-process server for the API tests, and a key on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One in-process server (with its engine process) shared by the API tests."""
    settings = make_settings(tmp_path_factory.mktemp("server"))
    with TestClient(create_app(build_runtime(settings))) as client:
        yield client


@pytest.fixture(scope="session")
def key(server: TestClient) -> str:
    """A key of the shared server."""
    return add_key(server, "alice")
