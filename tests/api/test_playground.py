"""The playground page at ``/``: served offline with its files, and working in a real browser."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from meshforge.api.errors import install_error_handlers
from meshforge.api.routes.playground import mount_playground
from support.chromium import Chromium, needs_chromium
from support.serving import ServerProcess, create_key_with_cli, free_port


@pytest.fixture(scope="module")
def page_client() -> Iterator[TestClient]:
    """The playground alone on a bare app (no runtime needed to serve static files)."""
    app = FastAPI(docs_url=None, redoc_url=None)  # the playground serves /docs itself
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


MODEL_SHOWN = (
    "(() => { const v = document.querySelector('model-viewer');"
    " return !!(v && v.loaded && v.modelIsVisible) && v.src; })()"
)
STATUS = "document.getElementById('status-badge').textContent"
STORED_KEY = "JSON.parse(localStorage.getItem('meshforge.playground.key'))"


@dataclass
class LiveServer:
    """``meshforge serve`` with a key per role: the user of the page, a victim, an attacker."""

    process: ServerProcess
    keys: dict[str, str]

    @property
    def base(self) -> str:
        """The server's origin."""
        return self.process.base

    def job_prompts(self, role: str) -> list[str]:
        """The prompts of the jobs this role's key has submitted, newest first."""
        response = httpx.post(
            f"{self.base}/api/v6/3d/jobs", json={"key": self.keys[role], "page": 1}, timeout=10
        )
        assert response.status_code == 200, response.text
        return [str(job["meta"].get("prompt")) for job in response.json()["data"]]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real server for this module's browser tests (they use different keys)."""
    data_dir = tmp_path_factory.mktemp("live") / "data"
    keys = {role: create_key_with_cli(data_dir) for role in ("user", "victim", "attacker")}
    process = ServerProcess(data_dir, free_port())
    process.start()
    try:
        yield LiveServer(process, keys)
    finally:
        process.stop()


def type_key(browser: Chromium, session: str, key: str) -> None:
    """Type ``key`` into the API key field as a user would (then leave the field)."""
    browser.evaluate(session, "document.getElementById('key').select()")
    browser.send("Input.insertText", session, text=key)
    browser.evaluate(session, "document.getElementById('key').blur()")


@pytest.mark.slow
@needs_chromium
def test_browser_submits_a_text_job_and_shows_the_model(
    live_server: LiveServer, tmp_path: Path
) -> None:
    base, key = live_server.base, live_server.keys["user"]
    assert httpx.get(f"{base}/", timeout=10).status_code == 200, "create_app lacks the page"
    browser = Chromium(tmp_path / "profile")
    try:
        # a link may prefill the form; the user types the key and clicks
        query = urlencode({"prompt": "a red wooden chair", "seed": 7})
        session = browser.open(f"{base}/?{query}", 1280, 900)
        type_key(browser, session, key)
        browser.click(session, "#submit")
        src = browser.wait_for(session, MODEL_SHOWN)
        assert "/out/" in src and src.endswith(".glb")
        assert browser.evaluate(session, STATUS) == "success"
        page = browser.evaluate(
            session,
            "({meta: document.getElementById('meta').textContent,"
            " files: document.getElementById('downloads').textContent,"
            " recent: document.getElementById('recent').textContent,"
            " facts: document.getElementById('status-facts').textContent,"
            f" key: {STORED_KEY}}})",
        )
        assert page["key"] == key  # what the user typed is remembered
        assert "7" in page["meta"] and "chair" in page["meta"]
        assert ".glb" in page["files"]
        assert "a red wooden chair" in page["recent"] and "success" in page["recent"]
        assert "generation time" in page["facts"]
        assert live_server.job_prompts("user") == ["a red wooden chair"]
        assert browser.problems() == [], browser.problems()
        assert browser.off_origin_requests(base) == []  # the page and its viewer work offline

        # a request error is shown in words: a wrong key is refused
        session = browser.open(f"{base}/?prompt=a%20mug", 390, 844, True)
        type_key(browser, session, "nope")
        browser.click(session, "#submit")
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


@pytest.mark.slow
@needs_chromium
def test_a_link_neither_sets_the_key_nor_submits_a_job(
    live_server: LiveServer, tmp_path: Path
) -> None:
    base, victim, attacker = (
        live_server.base,
        live_server.keys["victim"],
        live_server.keys["attacker"],
    )
    browser = Chromium(tmp_path / "profile")
    try:
        # the victim has used the playground before: their key is remembered
        session = browser.open(f"{base}/", 1280, 900)
        browser.evaluate(
            session,
            "localStorage.setItem('meshforge.playground.key',"
            f" JSON.stringify({json.dumps(victim)}))",
        )
        # ...and follows the attacker's link
        query = urlencode({"key": attacker, "autorun": 1, "prompt": "a link's chair"})
        browser.navigate(session, f"{base}/?{query}")
        time.sleep(3)  # an autorun would have submitted by now (a submit takes milliseconds)
        page = browser.evaluate(
            session,
            "({url: location.href, field: document.getElementById('key').value,"
            " prompt: document.getElementById('prompt').value,"
            f" status: {STATUS}, stored: {STORED_KEY}}})",
        )
        assert page["stored"] == victim, "a link replaced the stored key"
        assert page["field"] == victim
        assert page["status"] == "idle", "a link submitted a job"
        assert live_server.job_prompts("attacker") == []
        assert live_server.job_prompts("victim") == []
        assert "key=" not in page["url"] and "autorun" not in page["url"]  # out of the history
        assert page["prompt"] == "a link's chair"  # prefilling is fine: it runs nothing

        # only a click submits, and with the key the victim typed
        browser.click(session, "#submit")
        browser.wait_for(session, f"{STATUS} !== 'idle' && {STATUS} !== 'submitting'")
        assert live_server.job_prompts("victim") == ["a link's chair"]
        assert live_server.job_prompts("attacker") == []
        assert browser.problems() == [], browser.problems()
    finally:
        browser.close()
