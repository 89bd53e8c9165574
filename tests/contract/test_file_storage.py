"""The file storage contract, run against a local directory and an S3 bucket through the same tests.

S3 is a real S3-protocol server on loopback (moto in server mode, see ``support/s3server.py``),
one per session and a fresh bucket per test. Download tests run in every S3 serving mode,
because each mode answers differently (a stream, a presigned redirect, a public redirect).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import meshforge.storage.local as local_module
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import JobKind, JobStatus
from meshforge.jobs.ports import NewJob
from meshforge.storage.base import Download, FileStorage, content_type
from meshforge.storage.local import LocalStorage
from meshforge.storage.s3 import S3Storage
from meshforge.store.sql import SqlJobStore
from meshforge.worker.retention import RetentionSweeper
from support.s3server import (
    ACCESS_KEY_ID,
    SECRET_ACCESS_KEY,
    moto_server,
    new_bucket,
    object_keys,
    s3_client,
)
from support.serving import free_port

PREFIX = "tenant/a"
UNSAFE_NAMES = ["../x.glb", "/abs.glb", "a/b.glb", "", ".hidden", "x/../../y.glb", "a\\b.glb"]


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


@dataclass
class Case:
    """One adapter under test, with what the test needs to look behind the port."""

    kind: str  #: local, s3-proxy, s3-presigned, s3-public
    storage: FileStorage
    #: output names in the order they became visible during publish
    published: list[str] = field(default_factory=list)
    endpoint: str = ""
    bucket: str = ""


def s3_storage(endpoint: str, bucket: str, staging_root: Path, **options: Any) -> S3Storage:
    """An S3Storage on the test server, configured the way wiring does it."""
    return S3Storage.from_url(
        f"s3://{bucket}/{PREFIX}",
        staging_root=staging_root,
        endpoint_url=endpoint,
        region="us-east-1",
        access_key_id=ACCESS_KEY_ID,
        secret_access_key=SECRET_ACCESS_KEY,
        **options,
    )


def allow_public_reads(endpoint: str, bucket: str) -> str:
    """The policy an operator sets for ``s3_serve=public``: outputs readable, nothing else."""
    resource = f"arn:aws:s3:::{bucket}/{PREFIX}/out/*"
    statement = {
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": resource,
    }
    policy = {"Version": "2012-10-17", "Statement": [statement]}
    s3_client(endpoint).put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
    return f"{endpoint}/{bucket}/{PREFIX}"


def build_case(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Case:
    if kind == "local":
        storage = LocalStorage(tmp_path / "files")
        case = Case(kind, storage)
        real_replace = os.replace

        def replace(src: Any, dst: Any) -> None:
            real_replace(src, dst)
            if Path(dst).parent == storage.out_dir:
                case.published.append(Path(dst).name)

        monkeypatch.setattr(local_module.os, "replace", replace)
        return case
    endpoint: str = request.getfixturevalue("s3_endpoint")
    bucket = new_bucket(endpoint)
    serve = kind.removeprefix("s3-")
    options: dict[str, Any] = {"serve": serve, "presign_expiry_s": 900}
    if serve == "public":
        options["public_url"] = allow_public_reads(endpoint, bucket)
    s3 = s3_storage(endpoint, bucket, tmp_path / "staging", **options)
    case = Case(kind, s3, endpoint=endpoint, bucket=bucket)

    def record(params: dict[str, Any], **_: Any) -> None:
        key = params["Key"]
        if key.startswith(f"{PREFIX}/out/"):
            case.published.append(key.rsplit("/", 1)[1])

    s3._client.meta.events.register("before-parameter-build.s3.PutObject", record)
    return case


@pytest.fixture(params=["local", "s3-proxy"])
def case(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Case:
    """Each adapter once (serving mode does not matter to the test)."""
    return build_case(request.param, request, tmp_path, monkeypatch)


@pytest.fixture(params=["local", "s3-proxy", "s3-presigned", "s3-public"])
def serving(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Case:
    """Each adapter in each way it can serve a download."""
    return build_case(request.param, request, tmp_path, monkeypatch)


@pytest.fixture
def s3_case(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Case:
    """The S3 adapter alone, for what only a bucket has (its layout, its URL)."""
    return build_case("s3-proxy", request, tmp_path, monkeypatch)


def fetch(download: Download | None, name: str) -> bytes:
    """The bytes a client ends up with, whichever way the download is answered."""
    assert download is not None
    fields = [download.path, download.redirect_url, download.chunks]
    assert sum(f is not None for f in fields) == 1, download
    if download.path is not None:
        return download.path.read_bytes()
    if download.chunks is not None:
        data = b"".join(download.chunks)
        assert download.size == len(data)
        return data
    assert download.redirect_url is not None
    answer = httpx.get(download.redirect_url, timeout=10)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == content_type(name)
    return answer.content


def stage(storage: FileStorage, files: dict[str, bytes]) -> Path:
    staging = storage.make_staging(uuid.uuid4().hex)
    for name, data in files.items():
        (staging / name).write_bytes(data)
    return staging


def model_files(stem: str) -> dict[str, bytes]:
    """A main file and its companions, as an engine stages them (main file first)."""
    return {
        f"{stem}.glb": os.urandom(300_000),
        f"{stem}.png": os.urandom(2_000),
        f"{stem}.mp4": os.urandom(5_000),
    }


# ---- publish --------------------------------------------------------------------------------


def test_staged_files_are_invisible_until_published_main_file_last(case: Case) -> None:
    stem = str(uuid.uuid4())
    files = model_files(stem)
    staging = stage(case.storage, files)
    names = list(files)
    for name in names:
        assert not case.storage.has_output(name)
        assert case.storage.download(name) is None

    assert case.storage.publish(staging, names) == names

    assert case.published == [*names[1:], names[0]]  # a future_links poll sees all or nothing
    assert not staging.exists()
    for name, data in files.items():
        assert case.storage.has_output(name)
        assert fetch(case.storage.download(name), name) == data


def test_publishing_again_replaces_the_files(case: Case) -> None:
    """At-least-once execution: a rerun publishes the same names over the first run's files."""
    name = f"{uuid.uuid4()}.glb"
    case.storage.publish(stage(case.storage, {name: b"first run"}), [name])
    case.storage.publish(stage(case.storage, {name: b"second run"}), [name])
    assert fetch(case.storage.download(name), name) == b"second run"


def test_a_discarded_staging_directory_publishes_nothing(case: Case) -> None:
    name = f"{uuid.uuid4()}.glb"
    staging = stage(case.storage, {name: b"half a model"})
    case.storage.discard(staging)
    assert not staging.exists()
    assert not case.storage.has_output(name)
    case.storage.discard(staging)  # twice is harmless


def test_clear_staging_removes_leftovers_and_keeps_outputs(case: Case) -> None:
    kept = f"{uuid.uuid4()}.glb"
    case.storage.save_output(kept, b"published")
    leftovers = [stage(case.storage, {f"{uuid.uuid4()}.glb": b"interrupted"}) for _ in range(2)]
    case.storage.clear_staging()
    assert not any(path.exists() for path in leftovers)
    assert fetch(case.storage.download(kept), kept) == b"published"
    assert stage(case.storage, {"after.glb": b"x"}).is_dir()  # staging still works


def test_clear_staging_spares_runs_younger_than_the_given_age(case: Case) -> None:
    """Processes sharing a staging directory only remove runs old enough to be surely dead."""
    old = stage(case.storage, {"old.glb": b"dead run"})
    young = stage(case.storage, {"young.glb": b"live run"})
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    case.storage.clear_staging(older_than_s=600)
    assert not old.exists()
    assert (young / "young.glb").read_bytes() == b"live run"


# ---- serving --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".glb", ".obj", ".png", ".mp4"])
def test_download_gives_the_exact_bytes(serving: Case, suffix: str) -> None:
    name = f"{uuid.uuid4()}{suffix}"
    data = os.urandom(700_000)  # several chunks when streamed
    serving.storage.publish(stage(serving.storage, {name: data}), [name])
    assert fetch(serving.storage.download(name), name) == data


def test_download_of_a_missing_output_is_none(serving: Case) -> None:
    assert serving.storage.download(f"{uuid.uuid4()}.glb") is None
    assert not serving.storage.has_output(f"{uuid.uuid4()}.glb")


def test_presigned_urls_last_as_configured(tmp_path: Path, s3_endpoint: str) -> None:
    bucket = new_bucket(s3_endpoint)
    storage = s3_storage(s3_endpoint, bucket, tmp_path, serve="presigned", presign_expiry_s=900)
    storage.save_output("a.glb", b"x")
    download = storage.download("a.glb")
    assert download is not None and download.redirect_url is not None
    assert parse_qs(urlsplit(download.redirect_url).query)["X-Amz-Expires"] == ["900"]


def test_uploads_saved_whole_are_served(serving: Case) -> None:
    name = f"{uuid.uuid4()}.obj"
    serving.storage.save_output(name, b"v 0 0 0\n")
    assert serving.storage.has_output(name)
    assert fetch(serving.storage.download(name), name) == b"v 0 0 0\n"


def test_outputs_read_back_whole_and_missing_ones_are_file_not_found(case: Case) -> None:
    name = f"{uuid.uuid4()}.png"
    data = os.urandom(70_000)
    case.storage.save_output(name, data)
    assert case.storage.read_output(name) == data
    case.storage.delete_outputs([name])
    with pytest.raises(FileNotFoundError):
        case.storage.read_output(name)


def test_delete_outputs_removes_them_and_ignores_missing_ones(case: Case) -> None:
    names = [f"{uuid.uuid4()}.glb" for _ in range(3)]
    for name in names:
        case.storage.save_output(name, b"x")
    # more names than one S3 DeleteObjects request takes, most of them missing
    missing = [f"{uuid.uuid4()}.glb" for _ in range(1005)]
    case.storage.delete_outputs([*missing, names[0], names[1]])
    assert not case.storage.has_output(names[0]) and not case.storage.has_output(names[1])
    assert case.storage.has_output(names[2])
    case.storage.delete_outputs([names[0]])  # already gone
    case.storage.delete_outputs([])


# ---- inputs ---------------------------------------------------------------------------------


def test_inputs_round_trip_and_are_never_outputs(case: Case) -> None:
    name = f"{uuid.uuid4()}.png"
    data = os.urandom(50_000)
    case.storage.save_input(name, data)
    assert case.storage.read_input(name) == data
    assert not case.storage.has_output(name)
    assert case.storage.download(name) is None

    case.storage.delete_input(name)
    with pytest.raises(FileNotFoundError):
        case.storage.read_input(name)
    case.storage.delete_input(name)  # missing is ignored


# ---- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_names_are_refused(case: Case, name: str, tmp_path: Path) -> None:
    storage = case.storage
    for write in (storage.save_output, storage.save_input):
        with pytest.raises(ValueError, match="unsafe"):
            write(name, b"x")
    with pytest.raises(ValueError, match="unsafe"):
        storage.read_input(name)
    with pytest.raises(ValueError, match="unsafe"):
        storage.publish(stage(storage, {"ok.glb": b"x"}), ["ok.glb", name])
    assert storage.download(name) is None
    assert not storage.has_output(name)
    storage.delete_outputs([name])
    storage.delete_input(name)
    if case.bucket:
        assert object_keys(case.endpoint, case.bucket) == []
    else:
        written = [p for p in tmp_path.rglob("*") if p.is_file() and "staging" not in p.parts]
        assert written == []


# ---- readiness ------------------------------------------------------------------------------


def test_ping_passes_when_storage_is_usable(case: Case) -> None:
    case.storage.ping()


def test_ping_names_a_missing_bucket(tmp_path: Path, s3_endpoint: str) -> None:
    storage = s3_storage(s3_endpoint, "no-such-bucket", tmp_path)
    with pytest.raises(OSError, match=r"'no-such-bucket' at http://127\.0\.0\.1:\d+.*not exist"):
        storage.ping()


def test_ping_names_an_endpoint_that_is_down(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    storage = s3_storage(dead, "bucket", tmp_path)
    started = time.monotonic()
    with pytest.raises(OSError, match=rf"'bucket' at {dead} is not reachable"):
        storage.ping()
    assert time.monotonic() - started < 5  # readiness answers promptly, without long retries


# ---- S3 specifics ---------------------------------------------------------------------------


def test_objects_are_laid_out_under_the_prefix_with_content_types(s3_case: Case) -> None:
    stem = str(uuid.uuid4())
    files = model_files(stem)
    s3_case.storage.publish(stage(s3_case.storage, files), list(files))
    s3_case.storage.save_input(f"{stem}.png", b"input")
    expected = [f"{PREFIX}/inputs/{stem}.png", *(f"{PREFIX}/out/{n}" for n in files)]
    assert object_keys(s3_case.endpoint, s3_case.bucket) == sorted(expected)
    client = s3_client(s3_case.endpoint)
    for name in files:
        head = client.head_object(Bucket=s3_case.bucket, Key=f"{PREFIX}/out/{name}")
        assert head["ContentType"] == content_type(name)


def test_inputs_stay_private_under_the_public_read_policy(tmp_path: Path, s3_endpoint: str) -> None:
    bucket = new_bucket(s3_endpoint)
    public_url = allow_public_reads(s3_endpoint, bucket)
    storage = s3_storage(s3_endpoint, bucket, tmp_path, serve="public", public_url=public_url)
    storage.save_output("a.glb", b"model")
    storage.save_input("a.png", b"private")
    assert httpx.get(f"{public_url}/out/a.glb").content == b"model"
    assert httpx.get(f"{s3_endpoint}/{bucket}/{PREFIX}/inputs/a.png").status_code == 403


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("s3://", "names no bucket"),
        ("s3:///only/a/prefix", "names no bucket"),
        ("file:///tmp/files", "not an S3 URL"),
        ("s3://key:secret@bucket/prefix", "not in the URL"),
    ],
)
def test_storage_urls_without_a_usable_bucket_are_refused(
    url: str, message: str, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=message):
        S3Storage.from_url(url, staging_root=tmp_path)


def test_public_serving_needs_a_public_url(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="MESHFORGE_S3_PUBLIC_URL"):
        S3Storage.from_url("s3://bucket/p", staging_root=tmp_path, serve="public")


def test_a_url_without_a_prefix_keeps_objects_at_the_bucket_root(
    tmp_path: Path, s3_endpoint: str
) -> None:
    bucket = new_bucket(s3_endpoint)
    storage = S3Storage.from_url(
        f"s3://{bucket}",
        staging_root=tmp_path,
        endpoint_url=s3_endpoint,
        access_key_id=ACCESS_KEY_ID,
        secret_access_key=SECRET_ACCESS_KEY,
    )
    storage.save_output("a.glb", b"x")
    assert object_keys(s3_endpoint, bucket) == ["out/a.glb"]


# ---- retention ------------------------------------------------------------------------------


def test_retention_removes_expired_temp_files_and_nothing_else(case: Case, tmp_path: Path) -> None:
    store = SqlJobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
    store.create_schema()
    key = generate_key()
    owner = store.add_key("alice", hash_key(key), key_prefix(key))
    now = time.time()

    def finished_job(expires_at: float | None) -> list[str]:
        stem = str(uuid.uuid4())
        files = [f"{stem}.glb", f"{stem}.png"]
        for name in files:
            case.storage.save_output(name, b"model")
        case.storage.save_input(f"{stem}-input.png", b"input")
        store.add_job(
            NewJob(
                owner_id=owner.id,
                kind=JobKind.IMAGE_TO_3D,
                file_prefix=stem,
                output_format="glb",
                status=JobStatus.SUCCEEDED,
                files=files,
                finished_at=now - 10,
                input_name=f"{stem}-input.png",
                expires_at=expires_at,
            )
        )
        return [*files, f"{stem}-input.png"]

    temp = finished_job(expires_at=now - 1)
    kept = finished_job(expires_at=None)
    later = finished_job(expires_at=now + 3600)

    try:
        assert RetentionSweeper(store, case.storage, interval_s=3600).sweep(now=now) == 1
    finally:
        store.close()

    def present(names: list[str]) -> list[bool]:
        return [case.storage.has_output(n) for n in names[:2]]

    assert present(temp) == [False, False]
    with pytest.raises(FileNotFoundError):
        case.storage.read_input(temp[2])
    for names in (kept, later):
        assert present(names) == [True, True]
        assert case.storage.read_input(names[2]) == b"input"
