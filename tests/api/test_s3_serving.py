"""/out with S3 storage: streamed through the API ("proxy") or redirected to a presigned URL.

The server is built by ``wiring`` from ``MESHFORGE_STORAGE_URL=s3://...`` settings, against a
real S3-protocol server on loopback (moto in server mode), so a job's worker uploads its files
to the bucket and /out serves them from there.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.jobs.keys import hash_key
from meshforge.jobs.model import JobKind, JobStatus
from meshforge.jobs.ports import NewJob
from meshforge.storage.s3 import S3Storage
from meshforge.wiring import build_runtime
from support.s3server import (
    ACCESS_KEY_ID,
    SECRET_ACCESS_KEY,
    moto_server,
    new_bucket,
    object_keys,
    s3_client,
)
from support.serving import add_key, make_settings, wait_for

PREFIX = "meshforge"


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


def s3_settings(endpoint: str, bucket: str, serve: str) -> dict[str, object]:
    """The MESHFORGE_* settings an operator sets to keep files in ``bucket``."""
    return {
        "storage_url": f"s3://{bucket}/{PREFIX}",
        "s3_endpoint_url": endpoint,
        "s3_access_key_id": ACCESS_KEY_ID,
        "s3_secret_access_key": SECRET_ACCESS_KEY,
        "s3_serve": serve,
    }


def open_client(
    tmp_path: Path, endpoint: str, serve: str, *, run_workers: bool = False
) -> TestClient:
    """A server whose storage URL is a fresh bucket on the test S3 server."""
    bucket = new_bucket(endpoint)
    settings = make_settings(tmp_path, **s3_settings(endpoint, bucket, serve))
    runtime = build_runtime(settings, run_workers=run_workers)
    assert isinstance(runtime.storage, S3Storage)  # chosen by the URL scheme
    return TestClient(create_app(runtime))


@pytest.fixture(params=["proxy", "presigned"])
def client(
    request: pytest.FixtureRequest, tmp_path: Path, s3_endpoint: str
) -> Iterator[TestClient]:
    with open_client(tmp_path, s3_endpoint, request.param) as test_client:
        yield test_client


def get_output(client: TestClient, path: str) -> httpx.Response:
    """GET /out as a client would: following a presigned redirect to the bucket."""
    answer = client.get(path, follow_redirects=False)
    if client.app.state.runtime.storage.serve == "presigned":  # type: ignore[attr-defined]
        assert answer.status_code == 307, answer.text
        assert "X-Amz-Signature=" in answer.headers["location"]
        return httpx.get(answer.headers["location"], timeout=10)
    return answer


def test_out_serves_the_bucket_object(client: TestClient) -> None:
    name = f"{uuid.uuid4()}.glb"
    data = bytes(range(256)) * 2000  # half a megabyte: several streamed chunks
    client.app.state.runtime.storage.save_output(name, data)  # type: ignore[attr-defined]

    answer = get_output(client, f"/out/{name}")
    assert answer.status_code == 200
    assert answer.content == data
    assert answer.headers["content-type"] == "model/gltf-binary"
    assert int(answer.headers["content-length"]) == len(data)


def test_out_answers_head_for_future_links(client: TestClient) -> None:
    name = f"{uuid.uuid4()}.glb"
    assert client.head(f"/out/{name}", follow_redirects=False).status_code == 404
    client.app.state.runtime.storage.save_output(name, b"model")  # type: ignore[attr-defined]
    # answered by the API in every mode: a presigned URL is signed for GET only
    assert client.head(f"/out/{name}", follow_redirects=False).status_code == 200


def test_out_is_404_for_missing_unsafe_and_input_names(client: TestClient) -> None:
    storage = client.app.state.runtime.storage  # type: ignore[attr-defined]
    storage.save_input("secret.png", b"an input")
    for path in (f"/out/{uuid.uuid4()}.glb", "/out/secret.png", "/out/..%2Finputs%2Fsecret.png"):
        assert client.get(path, follow_redirects=False).status_code == 404, path


def test_out_is_404_once_a_temp_job_has_expired(client: TestClient) -> None:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    owner = runtime.store.find_key(hash_key(add_key(client)))
    stem = str(uuid.uuid4())
    runtime.storage.save_output(f"{stem}.glb", b"model")
    runtime.store.add_job(
        NewJob(
            owner_id=owner.id,
            kind=JobKind.TEXT_TO_3D,
            file_prefix=stem,
            output_format="glb",
            status=JobStatus.SUCCEEDED,
            files=[f"{stem}.glb"],
            expires_at=time.time() - 1,
        )
    )
    # the object is still in the bucket (the sweep has not run), yet /out no longer serves it
    assert client.get(f"/out/{stem}.glb", follow_redirects=False).status_code == 404


def test_readyz_checks_the_bucket(client: TestClient) -> None:
    assert client.get("/readyz").status_code == 200
    bucket = client.app.state.runtime.storage.bucket  # type: ignore[attr-defined]
    s3_client(client.app.state.runtime.storage.endpoint_url).delete_bucket(Bucket=bucket)  # type: ignore[attr-defined]
    answer = client.get("/readyz")
    assert answer.status_code == 503
    assert bucket in answer.json()["message"] and "does not exist" in answer.json()["message"]


@pytest.mark.parametrize("serve", ["proxy", "presigned"])
def test_a_job_uploads_its_model_and_out_serves_it(
    tmp_path: Path, s3_endpoint: str, serve: str
) -> None:
    with open_client(tmp_path, s3_endpoint, serve, run_workers=True) as client:
        storage: S3Storage = client.app.state.runtime.storage  # type: ignore[attr-defined]
        key = add_key(client)
        submitted = client.post(
            "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug", "resolution": 64}
        ).json()
        done = wait_for(client, submitted["id"], key)
        assert done["status"] == "success", done
        urls = [*done["output"], *done.get("extra_assets", [])]
        names = [url.rsplit("/", 1)[1] for url in urls]
        assert set(object_keys(s3_endpoint, storage.bucket)) >= {
            f"{PREFIX}/out/{name}" for name in names
        }
        for url in urls:
            answer = get_output(client, url.removeprefix("http://testserver"))
            assert answer.status_code == 200 and len(answer.content) > 0
        assert list(storage.staging_dir.iterdir()) == []  # published, nothing left behind
