"""ModelsLab's own Python SDK (modelslab-py, from PyPI), pointed at MeshForge, runs unchanged."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trimesh
from PIL import Image, ImageDraw

from support.serving import ServerProcess, create_key_with_cli, free_port

# modelslab-py uses pydantic v1-style APIs (class Config, .dict()) that warn under pydantic 2,
# and posts with bare requests.post calls whose sockets it leaves to the garbage collector
pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def image_url(tmp_path: Path) -> Iterator[str]:
    """A PNG served on 127.0.0.1, as an image host would serve it."""
    picture = Image.new("RGB", (200, 200), (255, 255, 255))
    ImageDraw.Draw(picture).ellipse((40, 30, 160, 170), fill=(30, 90, 200))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "blob.png").write_bytes(buffer.getvalue())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path / "site"), **kwargs)  # type: ignore[misc]

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/blob.png"
    httpd.shutdown()


def test_modelslab_py_text_image_and_fetch(tmp_path: Path, image_url: str) -> None:
    from modelslab_py.core.apis.three_d import Three_D
    from modelslab_py.core.client import Client
    from modelslab_py.schemas.threed import Image23D, Text23D

    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = ServerProcess(data_dir, free_port(), MESHFORGE_ALLOW_PRIVATE_URLS="true")
    server.start()
    try:
        client = Client(api_key=key, fetch_retry=60, fetch_timeout=1)
        client.base_url = f"{server.base}/api/"
        three_d = Three_D(client=client)

        text = three_d.text_to_3d(Text23D(prompt="a wooden table", resolution="128"))
        assert text["status"] == "processing"
        image = three_d.image_to_3d(Image23D(image=image_url, output_format="obj"))
        assert image["status"] == "processing", image

        for created, fmt in ((text, "glb"), (image, "obj")):
            done = three_d.fetch(str(created["id"]))
            assert done["status"] == "success", done
            url = done["output"][0]
            assert url.endswith(f".{fmt}")
            mesh = trimesh.load(io.BytesIO(httpx.get(url).content), file_type=fmt, force="mesh")
            assert len(mesh.faces) > 0
    finally:
        server.stop()
