"""The store and the S3 storage turn a backend that is away, or full, into the errors the API
answers 503 (with Retry-After) or 507.

Real drivers against real sockets: PostgreSQL on a port nobody listens on (refused), and on
a socket that accepts but never answers (a partition: only libpq's connect timeout ends the
wait, so without it this test hangs until pytest-timeout fails it). SQLite really fills up
with a page limit, and the API answers 507, keeps serving fetch, and accepts again once room
is made. An S3 endpoint nobody listens on is StorageUnavailable, naming the bucket.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from meshforge.api.app import create_app
from meshforge.errors import DatabaseUnavailable, StorageUnavailable
from meshforge.storage.s3 import S3Storage
from meshforge.store.sql import SqlJobStore
from meshforge.wiring import build_runtime
from support.serving import add_key, free_port, make_settings

TEXT = "/api/v6/3d/text_to_3d"


@pytest.fixture
def silent_socket() -> Iterator[int]:
    """A port whose listener completes TCP handshakes and then never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])


def test_a_refused_postgresql_is_database_unavailable_with_retry_after() -> None:
    store = SqlJobStore(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test")
    try:
        with pytest.raises(DatabaseUnavailable) as raised:
            store.get_job(1)
    finally:
        store.close()
    assert raised.value.http_status == 503 and raised.value.retry_after_s
    assert "not answering" in raised.value.message


def test_a_silent_postgresql_times_out_instead_of_hanging(silent_socket: int) -> None:
    store = SqlJobStore(f"postgresql+psycopg://postgres@127.0.0.1:{silent_socket}/test")
    try:
        with pytest.raises(DatabaseUnavailable):
            store.ping()
    finally:
        store.close()


def test_a_full_database_refuses_creates_with_507_and_resumes(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_queued_per_key=100000, workers=1)
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        store = client.app.state.runtime.store  # type: ignore[attr-defined]
        limit = {"pages": 0}

        @event.listens_for(store.engine, "connect")
        def cap(dbapi_conn: object, _record: object) -> None:
            cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            limit["pages"] = limit["pages"] or pages
            cursor.execute(f"PRAGMA max_page_count={limit['pages']}")
            cursor.close()

        store.engine.dispose()  # every connection from now on is capped
        first = client.post(TEXT, json={"key": key, "prompt": "a chair", "track_id": 0})
        answers = [first]
        while answers[-1].status_code == 200 and len(answers) < 500:
            body = {"key": key, "prompt": "a chair " + "x" * 500, "track_id": len(answers)}
            answers.append(client.post(TEXT, json=body))
        refused = answers[-1]
        assert refused.status_code == 507, refused.text
        assert "disk is full" in refused.json()["message"]
        assert first.status_code == 200
        job_id = first.json()["id"]
        fetched = client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key})
        assert fetched.status_code == 200  # reads go on while nothing can be written

        event.remove(store.engine, "connect", cap)
        store.engine.dispose()  # room again
        again = client.post(TEXT, json={"key": key, "prompt": "a lamp", "track_id": "again"})
        assert again.status_code == 200, again.text


def test_an_unreachable_bucket_is_storage_unavailable(tmp_path: Path) -> None:
    storage = S3Storage(
        "meshforge-test",
        "",
        tmp_path / "staging",
        endpoint_url=f"http://127.0.0.1:{free_port()}",
        access_key_id="testing",
        secret_access_key="testing",
    )
    with pytest.raises(StorageUnavailable) as raised:
        storage.has_output("a.glb")
    assert raised.value.http_status == 503 and raised.value.retry_after_s
    assert "meshforge-test" in raised.value.message
    staging = storage.make_staging("a")
    (staging / "a.glb").write_bytes(b"glb")
    with pytest.raises(StorageUnavailable):
        storage.publish(staging, ["a.glb"])
