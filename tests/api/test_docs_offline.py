"""``/docs``: Swagger UI from the package (no CDN), under the playground's CSP, working offline."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from meshforge.api.routes.playground import PAGE_HEADERS, mount_playground
from support.chromium import Chromium, needs_chromium
from support.serving import ServerProcess, create_key_with_cli, free_port

SWAGGER_VERSION = "5.35.0"
VENDORED = ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE")
ASSET = re.compile(r"""<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)\"""")
JS_TYPES = ("text/javascript", "application/javascript")


def test_docs_page_loads_nothing_from_another_origin(server: TestClient) -> None:
    response = server.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "http://" not in html and "https://" not in html  # no CDN, no absolute URL at all
    assert "cdn.jsdelivr" not in html
    assets = ASSET.findall(html)
    assert "/playground/vendor/swagger-ui/swagger-ui-bundle.js" in assets
    assert "/playground/vendor/swagger-ui/swagger-ui.css" in assets
    assert all(url.startswith("/") and not url.startswith("//") for url in assets), assets
    # every script is a same-origin file, none inline: the CSP can forbid inline scripts
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.DOTALL)
    assert scripts, html
    assert all(' src="/' in attributes and not body.strip() for attributes, body in scripts)


def test_docs_page_has_the_playground_headers(server: TestClient) -> None:
    headers = server.get("/docs").headers
    for name, value in PAGE_HEADERS.items():
        assert headers[name] == value, name
    policy = headers["Content-Security-Policy"]
    script_src = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert server.head("/docs").status_code == 200


def test_docs_assets_are_served_with_their_types(server: TestClient) -> None:
    html = server.get("/docs").text
    for url in ASSET.findall(html):
        response = server.get(url)
        assert response.status_code == 200, url
        kind = response.headers["content-type"].split(";")[0]
        expected = {".js": JS_TYPES, ".css": ("text/css",), ".svg": ("image/svg+xml",)}
        assert kind in expected[Path(url).suffix], (url, kind)
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    bundle = server.get("/playground/vendor/swagger-ui/swagger-ui-bundle.js").text
    assert "SwaggerUIBundle" in bundle
    init = server.get("/playground/docs.js").text
    assert "SwaggerUIBundle(" in init and "/openapi.json" in html + init
    assert server.get("/openapi.json").status_code == 200
    licences = server.get("/playground/vendor/swagger-ui/swagger-ui-bundle.js.LICENSE.txt")
    assert licences.status_code == 200 and "React" in licences.text


def test_vendored_swagger_ui_is_package_data_and_documented() -> None:
    folder = resources.files("meshforge.playground").joinpath("vendor", "swagger-ui")
    for name in VENDORED:
        assert folder.joinpath(name).is_file(), name
    assert "Apache License" in folder.joinpath("LICENSE").read_text()
    notice = resources.files("meshforge.playground").joinpath("vendor", "NOTICE.md").read_text()
    assert f"swagger-ui-dist@{SWAGGER_VERSION}" in notice
    assert f"swagger-ui-dist-{SWAGGER_VERSION}.tgz" in notice


def test_redoc_and_the_oauth_redirect_are_not_served(server: TestClient) -> None:
    for path in ("/redoc", "/docs/oauth2-redirect"):
        response = server.get(path)
        assert response.status_code == 404, path


def test_the_playground_refuses_an_app_with_fastapis_cdn_docs() -> None:
    # FastAPI's own /docs route would come first and load Swagger UI from a CDN
    with pytest.raises(ValueError, match="docs_url=None"):
        mount_playground(FastAPI())
    with pytest.raises(ValueError, match="redoc_url=None"):
        mount_playground(FastAPI(docs_url=None))


OPERATIONS_SHOWN = (
    "(() => { const ops = document.querySelectorAll('.opblock-summary-path');"
    " return ops.length > 0 && [...ops].map((node) => node.textContent).join(' '); })()"
)

# the selector of the engines operation's block (found by its path, not by Swagger UI's id scheme)
ENGINES_OPERATION = (
    "(() => { const block = [...document.querySelectorAll('.opblock')].find((node) =>"
    " node.querySelector('.opblock-summary-path').textContent === '/api/v6/3d/engines');"
    " return '#' + CSS.escape(block.id); })()"
)
LIVE_RESPONSE = (
    "(() => { const row = document.querySelector('OPERATION .live-responses-table tbody tr');"
    " return row && {status: row.querySelector('.response-col_status').textContent.trim(),"
    " body: row.querySelector('.response-col_description').textContent}; })()"
)


@pytest.mark.slow
@needs_chromium
def test_browser_renders_the_docs_offline(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    create_key_with_cli(data_dir)  # the server's first start would print one otherwise
    server = ServerProcess(data_dir, free_port())
    server.start()
    browser = Chromium(tmp_path / "profile")  # reaches nothing but 127.0.0.1
    try:
        session = browser.open(f"{server.base}/docs", 1280, 900)
        operations = browser.wait_for(session, OPERATIONS_SHOWN, timeout_s=30)
        assert "/api/v6/3d/text_to_3d" in operations
        assert "/api/v6/3d/fetch/{id}" in operations
        assert "text_to_3d" in browser.evaluate(session, "document.body.innerText")
        title = browser.evaluate(session, "document.querySelector('.info .title').textContent")
        assert "MeshForge" in title
        browser.screenshot(session, tmp_path / "docs.png")

        # "Try it out" works under the CSP: GET /api/v6/3d/engines answers in the page
        operation = browser.evaluate(session, ENGINES_OPERATION)
        browser.click(session, f"{operation} .opblock-summary-control")
        browser.wait_for(session, f"!!document.querySelector('{operation} .try-out__btn')")
        browser.click(session, f"{operation} .try-out__btn")
        browser.wait_for(session, f"!!document.querySelector('{operation} .execute')")
        browser.click(session, f"{operation} .execute")
        answer = browser.wait_for(session, LIVE_RESPONSE.replace("OPERATION", operation))
        assert answer["status"] == "200" and '"model_id"' in answer["body"], answer

        requests = browser.requests()
        assert f"{server.base}/playground/vendor/swagger-ui/swagger-ui-bundle.js" in requests
        assert f"{server.base}/openapi.json" in requests
        assert browser.off_origin_requests(server.base) == []
        # a CSP violation (an inline script, eval, a CDN) is a console error
        assert browser.problems() == [], browser.problems()
    finally:
        browser.close()
        server.stop()
