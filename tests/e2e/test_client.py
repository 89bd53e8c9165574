"""meshforge.client against a live ``meshforge serve``: the happy paths and the failure paths
a user meets (bad key, failed job, 429, a server that goes away mid-wait).

The servers refuse private URLs, as a deployed one does; the images the client uploads come
back to the server as URLs on 127.0.0.1 and must still work. Fast stand-in engines replace
the text and multi-view engines (``support.box_engines``); the image engine is the real one.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import trimesh
from click.testing import Result
from PIL import Image, ImageDraw
from typer.testing import CliRunner

from meshforge.cli import app
from meshforge.client import (
    AsyncClient,
    AuthenticationError,
    Client,
    Job,
    JobFailedError,
    RateLimitError,
    RetryPolicy,
    ServerUnreachableError,
)
from support.serving import ServerProcess, create_key_with_cli, free_port

pytestmark = pytest.mark.slow
TESTS_DIR = Path(__file__).resolve().parents[1]


def start_server(data_dir: Path, overrides: dict[str, str], **env: str) -> ServerProcess:
    server = ServerProcess(
        data_dir,
        free_port(),
        MESHFORGE_ENGINE_OVERRIDES=json.dumps(overrides),
        MESHFORGE_ALLOW_PRIVATE_URLS="false",
        PYTHONPATH=str(TESTS_DIR),
        **env,
    )
    server.start()
    return server


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, str]]:
    """A server whose text jobs make a box at once and whose multi-view jobs always fail."""
    data_dir = tmp_path_factory.mktemp("client-live") / "data"
    key = create_key_with_cli(data_dir)
    overrides = {
        "text": "support.box_engines:BoxEngine",
        "multiview": "support.box_engines:RefusingEngine",
    }
    # a low request rate, so the 429 test reaches it quickly; polling stays well under it
    server = start_server(data_dir, overrides, MESHFORGE_MAX_REQUESTS_PER_S="5")
    try:
        yield server, key
    finally:
        server.stop()


def egg_picture() -> Image.Image:
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((68, 28, 188, 228), fill=(40, 150, 90, 255))
    return image


def test_text_to_3d_wait_download_and_list(live: tuple[ServerProcess, str], tmp_path: Path) -> None:
    server, key = live
    states: list[Job] = []
    with Client(server.base, key) as client:
        created = client.text_to_3d("a crate", output_format="obj", seed=42)
        assert created.status == "processing" and created.eta_s is not None
        done = client.wait(created, timeout_s=60, on_update=states.append)
        files = client.download(done, tmp_path / "models")
        listed = client.list(per_page=5)

    assert done.succeeded and done.meta["seed"] == 42 and states[-1] == done
    assert files[0].suffix == ".obj" and files[0].parent == tmp_path / "models"
    assert [path.name for path in files] == [url.rsplit("/", 1)[1] for url in done.files]
    mesh = trimesh.load(files[0], force="mesh")
    np.testing.assert_allclose(mesh.extents, (1, 1, 1), atol=1e-6)
    assert created.id in [job.id for job in listed]


def test_a_local_image_becomes_a_model_on_a_server_refusing_private_urls(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    server, key = live
    picture = tmp_path / "egg.png"
    egg_picture().save(picture)
    with Client(server.base, key) as client:
        upload = client.base64_to_url(picture)
        assert upload.url.startswith(f"{server.base}/out/")
        from_path = client.wait(client.image_to_3d(picture, resolution=128), timeout_s=120)
        from_pil = client.wait(client.image_to_3d(egg_picture(), resolution=128), timeout_s=120)
        (model,) = client.download(from_path, tmp_path / "out")[:1]

    assert from_path.meta["image"].startswith(f"{server.base}/out/")
    assert from_pil.succeeded
    mesh = trimesh.load(model, force="mesh")
    assert len(mesh.faces) > 100
    # the egg is taller than it is wide
    assert mesh.extents[1] > 1.3 * mesh.extents[0]


def test_a_failed_job_raises_with_the_servers_message(live: tuple[ServerProcess, str]) -> None:
    server, key = live
    views = [egg_picture(), egg_picture().rotate(90)]
    with Client(server.base, key) as client:
        created = client.image_to_3d(views)
        assert created.meta["multi_image"] is True
        with pytest.raises(JobFailedError, match="shows no object") as raised:
            client.wait(created, timeout_s=60)
    assert raised.value.job.status == "failed"


def test_a_bad_key_is_an_authentication_error(live: tuple[ServerProcess, str]) -> None:
    server, _ = live
    with (
        Client(server.base, "not-a-key") as client,
        pytest.raises(AuthenticationError, match="key") as raised,
    ):
        client.text_to_3d("a crate")
    assert raised.value.status_code == 401


def test_429_is_retried_after_the_servers_wait_or_raised_when_told(
    live: tuple[ServerProcess, str],
) -> None:
    server, key = live
    with Client(server.base, key) as client:
        job = client.text_to_3d("a crate")
    with (
        Client(server.base, key, retry=RetryPolicy(max_retries=0)) as client,
        pytest.raises(RateLimitError, match="5 per second") as raised,
    ):
        for _ in range(20):
            client.fetch(job)
    assert raised.value.retry_after_s is not None and raised.value.retry_after_s >= 1

    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    time.sleep(1.5)  # a fresh second of the key's rate
    with Client(server.base, key, sleep=sleep) as client:
        states = [client.fetch(job) for _ in range(12)]
    assert all(state.id == job.id for state in states)
    assert waits and min(waits) >= 1  # the Retry-After the server sent, honoured


def test_the_async_client_generates_and_downloads(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    server, key = live

    async def run() -> list[Path]:
        async with AsyncClient(server.base, key) as client:
            created = await client.text_to_3d("a crate")
            done = await client.wait(created, timeout_s=60)
            return await client.download(done, tmp_path)

    (model,) = asyncio.run(run())
    assert model.suffix == ".glb"
    assert len(trimesh.load(model, force="mesh").faces) == 12


def test_cancel_then_a_server_gone_mid_wait(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = start_server(data_dir, {"text": "support.faulty_engines:PatientEngine"})
    try:
        retry = RetryPolicy(max_retries=3, backoff_base_s=0.2, backoff_max_s=1.0)
        with Client(server.base, key, retry=retry) as client:
            # the command line: a wait that runs out exits 7 and says how to go on
            slow = meshforge(server, key, "generate", "text", "a crate", "--timeout", "0.5")
            assert slow.exit_code == 7, slow.output
            assert "meshforge fetch" in slow.stderr and "meshforge cancel" in slow.stderr
            stopped = meshforge(server, key, "cancel", slow.stderr.split("Job ")[1].split()[0])
            assert "canceled" in stopped.stdout

            running = client.text_to_3d("a crate")
            canceled = client.cancel(running)
            assert canceled.failed and canceled.message == "The job was canceled."
            with pytest.raises(JobFailedError, match="canceled"):
                client.wait(running)

            second = client.text_to_3d("a crate")
            threading.Timer(1.5, server.kill).start()
            started = time.monotonic()
            with pytest.raises(ServerUnreachableError, match="Is the server running"):
                client.wait(second, timeout_s=120)
            # the wait ended on its retry budget (4 attempts, under 2 s of backoff), not on
            # the 120 s timeout
            assert time.monotonic() - started < 15
    finally:
        server.stop()


# ---- the meshforge commands that use the client ----------------------------------------------


def meshforge(server: ServerProcess, key: str, *args: str) -> Result:
    env = {"MESHFORGE_URL": server.base, "MESHFORGE_KEY": key}
    return CliRunner().invoke(app, list(args), env=env)


def test_generate_text_shows_progress_and_saves_the_model(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    server, key = live
    target = tmp_path / "crate.obj"
    result = meshforge(server, key, "generate", "text", "a crate", "-f", "obj", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "done" in result.stderr and "100%" in result.stderr
    assert str(target) in result.stdout
    np.testing.assert_allclose(trimesh.load(target, force="mesh").extents, (1, 1, 1), atol=1e-6)


def test_no_wait_then_fetch_jobs_and_cancel_with_json(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    server, key = live
    queued = meshforge(server, key, "generate", "text", "a crate", "--no-wait", "--json")
    assert queued.exit_code == 0, queued.output
    job = json.loads(queued.stdout)
    assert job["status"] == "processing" and job["files"] == []

    fetched = meshforge(
        server, key, "fetch", str(job["id"]), "--wait", "--json", "--output-dir", str(tmp_path)
    )
    assert fetched.exit_code == 0, fetched.output
    done = json.loads(fetched.stdout)
    assert done["status"] == "success"
    assert [Path(p).parent for p in done["files"]] == [tmp_path] * len(done["files"])

    listed = json.loads(meshforge(server, key, "jobs", "--json").stdout)
    assert job["id"] in [entry["id"] for entry in listed]
    table = meshforge(server, key, "jobs").stdout
    assert str(job["id"]) in table and "done" in table
    canceled = meshforge(server, key, "cancel", str(job["id"]))
    assert canceled.exit_code == 0 and f"Job {job['id']}" in canceled.stdout


def test_a_failed_multi_view_job_exits_1_saying_why_and_what_to_do(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    server, key = live
    views = tmp_path / "views"
    views.mkdir()
    egg_picture().save(views / "front.png")
    egg_picture().save(views / "right.png")
    result = meshforge(server, key, "generate", "image", str(views), "--output-dir", str(tmp_path))
    assert result.exit_code == 1
    assert "shows no object" in result.stderr and "generate again" in result.stderr


def test_a_bad_key_exits_3_and_a_missing_server_exits_10(
    live: tuple[ServerProcess, str],
) -> None:
    server, _ = live
    refused = meshforge(server, "not-a-key", "generate", "text", "a crate", "--no-download")
    assert refused.exit_code == 3
    assert "meshforge keys create" in refused.stderr
    nobody = ServerProcess(server.data_dir, free_port())
    gone = meshforge(nobody, "any-key", "jobs")
    assert gone.exit_code == 10
    assert "meshforge serve" in gone.stderr and nobody.base in gone.stderr
