"""Safety at the edge, through the API: private URLs, image bombs, and the proxy base URL."""

from __future__ import annotations

import base64
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for


@pytest.fixture
def canary() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it receives."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/image.png", hits
    httpd.shutdown()
    httpd.server_close()


def test_private_image_urls_are_refused_before_connecting(
    tmp_path: Path, canary: tuple[str, list[str]]
) -> None:
    url, hits = canary
    settings = make_settings(tmp_path, allow_private_urls=False)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        for target in (url, "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"):
            response = client.post(
                "/api/v6/3d/image_to_3d", json={"key": key, "init_image": target}
            )
            assert response.status_code == 400, response.text
            assert response.json()["status"] == "error"
            assert "init_image" in response.json()["message"]
    assert hits == []


def test_a_decompression_bomb_is_a_400(server: TestClient, key: str) -> None:
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, format="PNG")
    data_uri = "data:image/png;base64," + base64.b64encode(bomb.getvalue()).decode()
    response = server.post("/api/v6/3d/image_to_3d", json={"key": key, "init_image": data_uri})
    assert response.status_code == 400
    assert "pixels" in response.json()["message"]


def test_an_image_over_the_download_limit_is_a_413(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, download_max_bytes=1000)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        big = io.BytesIO()
        Image.effect_noise((128, 128), 64).save(big, format="PNG")
        raw = base64.b64encode(big.getvalue()).decode()
        response = client.post("/api/v6/3d/image_to_3d", json={"key": key, "init_image": raw})
        assert response.status_code == 413, response.text


def test_proxy_links_use_the_configured_proxy(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, proxy_url="https://cdn.example.com/")
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        job = client.post(
            "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug", "resolution": 64}
        ).json()
        done = wait_for(client, job["id"], key)
        name = done["output"][0].rsplit("/", 1)[1]
        assert done["output"][0] == f"http://testserver/out/{name}"
        assert done["proxy_links"] == [f"https://cdn.example.com/out/{name}"]


def test_out_cannot_escape_the_storage_root(server: TestClient) -> None:
    for path in ("/out/..%2Fmeshforge.db", "/out/../meshforge.db", "/out/%2e%2e%2fmeshforge.db"):
        assert server.get(path).status_code == 404
