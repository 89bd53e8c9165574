"""The playground page at ``/``: served offline with its files, and working in a real browser."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from meshforge.api.errors import install_error_handlers
from meshforge.api.routes.playground import mount_playground
from serving import ServerProcess, create_key_with_cli, free_port

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def page_client() -> Iterator[TestClient]:
    """The playground alone on a bare app (no runtime needed to serve static files)."""
    app = FastAPI()
    install_error_handlers(app)
    mount_playground(app)
    mount_playground(app)  # a second call is a no-op, so create_app and tests may both call it
    with TestClient(app) as client:
        yield client


def test_root_is_the_playground_page(page_client: TestClient) -> None:
    response = page_client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in response.headers
    html = response.text
    for marker in (
        '<form id="job-form"',
        'id="key"',
        'name="mode" value="text"',
        'name="mode" value="image"',
        'id="prompt"',
        'id="negative-prompt"',
        'id="image-file"',
        'id="image-url"',
        'id="output-format"',
        'id="resolution"',
        'id="seed"',
        'id="temp"',
        'id="recent"',
        '<script type="module" src="/playground/vendor/model-viewer.min.js">',
        '<script type="module" src="/playground/app.js">',
    ):
        assert marker in html, marker
    assert "http://" not in html.replace("http://www.w3.org", "")  # nothing from a CDN
    assert "https://" not in html.replace("https://example.com/toy.png", "")


def test_page_files_are_served_with_their_types(page_client: TestClient) -> None:
    viewer = page_client.get("/playground/vendor/model-viewer.min.js")
    assert viewer.status_code == 200
    assert viewer.headers["content-type"].split(";")[0] in (
        "text/javascript",
        "application/javascript",
    )
    assert 'customElements.define("model-viewer"' in viewer.text
    assert (
        page_client.get("/playground/app.js").headers["content-type"].startswith("text/javascript")
    )
    assert page_client.get("/playground/style.css").headers["content-type"].startswith("text/css")
    assert "4.4.0" in page_client.get("/playground/vendor/NOTICE.md").text


def test_only_page_files_are_served(page_client: TestClient) -> None:
    for path in ("/playground/__init__.py", "/playground/", "/playground/nope.js"):
        response = page_client.get(path)
        assert response.status_code == 404, path
        assert response.json()["status"] == "error"


def test_page_is_not_in_the_api_schema(page_client: TestClient) -> None:
    paths = page_client.get("/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not any(path.startswith("/playground") for path in paths)


def test_create_app_serves_the_playground(server: TestClient) -> None:
    response = server.get("/")
    assert response.status_code == 200
    assert '<form id="job-form"' in response.text


# ------------------------------------------------------------------ a real browser


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (stdlib only)."""

    def __init__(self, user_data_dir: Path) -> None:
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # park the child's ends above 10 so moving them to 3 and 4 clobbers nothing
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)

        def child_fds() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--remote-debugging-pipe",
                "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--mute-audio",
                f"--user-data-dir={user_data_dir}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=child_fds,
        )
        for fd in (to_chrome_r, from_chrome_w, high_r, high_w):
            os.close(fd)
        self.write_fd, self.read_fd = to_chrome_w, from_chrome_r
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """One command; its result (events that arrive meanwhile are kept in ``events``)."""
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return dict(reply.get("result", {}))
                if "method" in reply:
                    self.events.append(reply)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.read_fd], [], [], remaining)[0]:
                raise TimeoutError(f"no answer to {method}")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium exited")
            self.buffer += chunk

    def open(self, url: str, width: int, height: int, mobile: bool = False) -> str:
        """A new tab of the given size showing ``url``; its session id."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.send(domain, session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            session,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )
        self.send("Page.navigate", session, url=url)
        return str(session)

    def evaluate(self, session: str, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.send(
            "Runtime.evaluate",
            session,
            expression=expression,
            returnByValue=True,
            awaitPromise=True,
        )
        return result.get("result", {}).get("value")

    def wait_for(self, session: str, expression: str, timeout_s: float = 60) -> Any:
        """Poll until the expression is truthy; its value."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            value = self.evaluate(session, expression)
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(f"page never satisfied: {expression}")

    def screenshot(self, session: str, path: Path) -> None:
        """A PNG of the viewport."""
        data = self.send("Page.captureScreenshot", session, format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def problems(self) -> list[str]:
        """Console errors and uncaught exceptions seen so far."""
        found = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(json.dumps(params.get("args", []))[:500])
            elif event["method"] == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(str(params["entry"].get("text")))
        return found

    def close(self) -> None:
        """Close the browser and its pipes."""
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self.write_fd)
        os.close(self.read_fd)


MODEL_SHOWN = (
    "(() => { const v = document.querySelector('model-viewer');"
    " return !!(v && v.loaded && v.modelIsVisible) && v.src; })()"
)
STATUS = "document.getElementById('status-badge').textContent"


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium")
def test_browser_submits_a_text_job_and_shows_the_model(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = ServerProcess(data_dir, free_port())
    server.start()
    assert httpx.get(f"{server.base}/", timeout=10).status_code == 200, "create_app lacks the page"
    browser = Chromium(tmp_path / "profile")
    try:
        query = urlencode({"key": key, "prompt": "a red wooden chair", "seed": 7, "autorun": 1})
        session = browser.open(f"{server.base}/?{query}", 1280, 900)
        src = browser.wait_for(session, MODEL_SHOWN)
        assert "/out/" in src and src.endswith(".glb")
        assert browser.evaluate(session, STATUS) == "success"
        page = browser.evaluate(
            session,
            "({url: location.href, meta: document.getElementById('meta').textContent,"
            " files: document.getElementById('downloads').textContent,"
            " recent: document.getElementById('recent').textContent,"
            " facts: document.getElementById('status-facts').textContent,"
            " key: JSON.parse(localStorage.getItem('meshforge.playground.key'))})",
        )
        assert "key=" not in page["url"] and "autorun" not in page["url"]  # kept out of history
        assert page["key"] == key
        assert "7" in page["meta"] and "chair" in page["meta"]
        assert ".glb" in page["files"]
        assert "a red wooden chair" in page["recent"] and "success" in page["recent"]
        assert "generation time" in page["facts"]
        assert browser.problems() == [], browser.problems()

        # a request error is shown in words: a wrong key is refused
        session = browser.open(f"{server.base}/?key=nope&prompt=a%20mug&autorun=1", 390, 844, True)
        alert = browser.wait_for(
            session,
            "!document.getElementById('alert').hidden"
            " && document.getElementById('alert').textContent",
        )
        assert "The API key was not accepted" in alert
        assert "401" in browser.evaluate(
            session, "document.getElementById('status-text').textContent"
        )
    finally:
        browser.close()
        server.stop()
