"""Schemathesis against the server's own OpenAPI schema, in process (no sockets, no workers).

Every operation gets schema-valid and schema-invalid requests, sent with a valid key (in the body,
a ``key`` header or a Bearer token; an admin key for the admin endpoints), and separately as
generated (no key, or a random one). Path and body ids are sometimes replaced by real job ids, so
fetch/cancel/delete see queued, canceled and finished jobs, not only 404s.

The contract checks (``CONTRACT.md``): no 5xx; every answer except a downloaded file is a JSON
object with ``status``; a 4xx is ``{"status": "error", "message": str}`` (a 429 adds
``retry_after``), never FastAPI's ``{"detail": ...}``. A separate test runs schemathesis's schema
conformance checks: the OpenAPI document must describe what the server really answers.

Generation is derandomized: a failure reproduces on every run (the report has a curl line).
Any DNS lookup the app attempts (webhook or image URLs) is refused here, so nothing leaves the
process.
"""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st
from PIL import Image
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from fuzz.offline import fuzz_settings, refuse_lookups
from meshforge.api.app import create_app
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.wiring import build_runtime

#: per operation and generation mode (the ceiling per test is operations x 2 x this)
MAX_EXAMPLES = 40
#: the run must really have sent this many requests with a valid key
MIN_REQUESTS = 1000
ADMIN_PATHS = ("/api/v1/enterprise/3d/system_details", "/api/v1/enterprise/3d/clear_queue")
#: where a 200 answer is a file, Prometheus text or an event stream, not a JSON body
FILE_PATHS = ("/out/{name}", "/metrics", "/api/v6/3d/stream/{id}")
# A 1-triangle OBJ, stored through base64_to_url so the fuzz sees a finished job with a file.
TRIANGLE_OBJ = b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"
OBJ_DATA_URI = "data:model/obj;base64," + base64.b64encode(TRIANGLE_OBJ).decode()


def _png_data_uri() -> str:
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (200, 30, 30, 255)).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


#: body fields that ``real_input`` fills with a valid value, by path
VALID_INPUTS = {
    # an 8x8 PNG: lets generated image_to_3d requests reach the queue, not only decoding errors
    "/api/v6/3d/image_to_3d": ("init_image", _png_data_uri()),
    "/api/v6/3d/base64_to_url": ("init_obj", OBJ_DATA_URI),
}


@dataclass
class FuzzServer:
    """The app under test, its schema, keys, and ids of jobs in different states."""

    schema: Any
    key: str
    admin_key: str
    job_ids: list[int]
    file_names: list[str]
    requests: Counter[str] = field(default_factory=Counter)
    #: (run, "METHOD path", HTTP status) -> answers, for the report
    statuses: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    refused_lookups: list[str] = field(default_factory=list)


def _add_key(app: Any, name: str, admin: bool = False) -> str:
    key = generate_key()
    app.state.runtime.store.add_key(name, hash_key(key), key_prefix(key), is_admin=admin)
    return key


def _seed_jobs(app: Any, key: str, other_key: str) -> tuple[list[int], list[str]]:
    """Queued, canceled and finished jobs of ``key``, and one job of another key."""
    client = TestClient(app)  # no lifespan: schemathesis runs the app's
    ids, files = [], []
    for prompt in ("a chair", "a red car", "a mug"):
        body = client.post("/api/v6/3d/text_to_3d", json={"key": key, "prompt": prompt}).json()
        ids.append(body["id"])
    client.post(f"/api/v6/3d/cancel/{ids[-1]}", json={"key": key})
    upload = client.post(
        "/api/v6/3d/base64_to_url", json={"key": key, "init_obj": OBJ_DATA_URI}
    ).json()
    ids.append(upload["id"])
    files.append(upload["output"][0].rsplit("/", 1)[1])
    foreign = client.post("/api/v6/3d/text_to_3d", json={"key": other_key, "prompt": "a tree"})
    ids.append(foreign.json()["id"])
    return ids, files


@pytest.fixture
def fuzz_server(tmp_path: Path) -> Iterator[FuzzServer]:
    """A fresh app per test (schemathesis ends the app's lifespan after each test, and a
    stopped runtime stays draining); lookups of any host but loopback fail as if offline."""
    refused: list[str] = []
    settings = fuzz_settings(tmp_path)
    app = create_app(build_runtime(settings, run_workers=False))
    key, admin_key = _add_key(app, "fuzz"), _add_key(app, "admin", admin=True)
    with pytest.MonkeyPatch.context() as patch:
        refuse_lookups(patch, refused)
        job_ids, file_names = _seed_jobs(app, key, _add_key(app, "other"))
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        yield FuzzServer(schema, key, admin_key, job_ids, file_names, refused_lookups=refused)


# ---- what every answer must look like -------------------------------------------------------


def contract_violations(
    path: str, method: str, status: int, headers: Any, content: bytes
) -> list[str]:
    """Everything wrong with one answer, by CONTRACT.md (empty when it is fine)."""
    problems = []
    if status >= 500:
        problems.append(f"HTTP {status}")
    if path in FILE_PATHS and status == 200:
        return problems
    if method == "HEAD":
        return problems
    try:
        body = json.loads(content)
    except ValueError:
        return [*problems, f"body is not JSON: {content[:120]!r}"]
    if not isinstance(body, dict) or not isinstance(body.get("status"), str):
        return [*problems, f"body has no status: {body!r:.200}"]
    if "detail" in body:
        problems.append(f"framework error body: {body!r:.200}")
    content_type = {str(k).lower(): v for k, v in dict(headers).items()}.get("content-type")
    if "application/json" not in str(content_type):
        problems.append(f"content-type {content_type!r} for a JSON body")
    if 400 <= status < 500:
        allowed = {"status", "message"} | ({"retry_after"} if status == 429 else set())
        if body.get("status") != "error" or set(body) - allowed:
            problems.append(f"4xx body is not {{status: error, message}}: {body!r:.200}")
        if not isinstance(body.get("message"), str) or not body["message"].strip():
            problems.append(f"4xx body has no message: {body!r:.200}")
        if status == 429 and not isinstance(body.get("retry_after"), int | float):
            problems.append(f"429 without retry_after: {body!r:.200}")
    return problems


# ---- sending generated requests ------------------------------------------------------------


def _with_key(case: Any, server: FuzzServer, how: str) -> None:
    """Put the right key where ``how`` says (body ``key``, ``key`` header or Bearer)."""
    key = server.admin_key if case.path in ADMIN_PATHS else server.key
    if how == "body" and isinstance(case.body, dict):
        case.body["key"] = key
        return
    if isinstance(case.body, dict):
        case.body.pop("key", None)  # a body key would win over the header
    if how == "bearer":
        case.headers["Authorization"] = f"Bearer {key}"
    else:
        case.headers["key"] = key


def _with_real_ids(case: Any, job_id: int) -> None:
    if "id" in (case.path_parameters or {}):
        case.path_parameters["id"] = str(job_id)
    if isinstance(case.body, dict) and case.path in ("/api/v6/3d/fetch", "/api/v3/delete_image"):
        case.body["request_id"] = job_id


def _fuzz_operation(
    server: FuzzServer,
    operation: Any,
    mode: GenerationMode,
    send: Callable[[Any], None],
    with_key: bool,
) -> None:
    """Run one operation's generated cases through ``send`` (hypothesis shrinks any failure)."""
    strategy = operation.as_strategy(generation_mode=mode)

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
    )
    @hypothesis.given(
        case=strategy,
        how=st.sampled_from(["body", "header", "bearer"]),
        real_id=st.one_of(st.none(), st.sampled_from(server.job_ids)),
        real_file=st.one_of(st.none(), st.sampled_from(server.file_names)),
        real_input=st.booleans(),
    )
    def run(
        case: Any, how: str, real_id: int | None, real_file: str | None, real_input: bool
    ) -> None:
        if with_key:
            _with_key(case, server, how)
        if real_id is not None:
            _with_real_ids(case, real_id)
        if real_file is not None and "name" in (case.path_parameters or {}):
            case.path_parameters["name"] = real_file
        if real_input and isinstance(case.body, dict) and case.path in VALID_INPUTS:
            name, value = VALID_INPUTS[case.path]
            case.body[name] = value
        send(case)

    run()


def _run_all(server: FuzzServer, send: Callable[[Any], None], with_key: bool) -> dict[str, str]:
    """Every operation, both generation modes; the first (shrunk) failure of each, by label."""
    failures: dict[str, str] = {}
    for result in server.schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz_operation(server, operation, mode, send, with_key)
            except hypothesis.errors.Unsatisfiable:
                continue  # nothing to negate (no parameters, or only free-form strings)
            # reported together below, with the reproducing request (schemathesis raises
            # its failures as a BaseExceptionGroup)
            except (Exception, BaseExceptionGroup) as exc:
                failures[f"{operation.label} ({mode.value})"] = str(exc)
    return failures


def _contract_sender(server: FuzzServer, label: str) -> Callable[[Any], None]:
    def send(case: Any) -> None:
        __tracebackhide__ = True
        server.requests[label] += 1
        try:
            response = case.call()
        except Exception as exc:  # the app raised instead of answering
            raise AssertionError(f"{type(exc).__name__}: {exc}\n{case.as_curl_command()}") from exc
        server.statuses[label, f"{case.method.upper()} {case.path}", response.status_code] += 1
        case.validate_response(response, checks=[not_a_server_error])
        problems = contract_violations(
            case.path, case.method.upper(), response.status_code, response.headers, response.content
        )
        if problems:
            raise AssertionError(
                f"{'; '.join(problems)}\n  -> HTTP {response.status_code} "
                f"{response.content[:300]!r}\n  reproduce: {case.as_curl_command()}"
            )

    return send


def _statuses(server: FuzzServer, label: str) -> str:
    by_operation: dict[str, list[str]] = {}
    for (run, operation, status), count in sorted(server.statuses.items()):
        if run == label:
            by_operation.setdefault(operation, []).append(f"{status}x{count}")
    return "\n".join(
        f"  {operation}: {' '.join(codes)}" for operation, codes in by_operation.items()
    )


def _report(failures: dict[str, str]) -> str:
    return "\n\n".join(f"{label}:\n{message}" for label, message in sorted(failures.items()))


# ---- the tests -------------------------------------------------------------------------------


@pytest.mark.fault
@pytest.mark.timeout(600)
def test_fuzz_with_a_valid_key_keeps_the_contract(fuzz_server: FuzzServer) -> None:
    failures = _run_all(fuzz_server, _contract_sender(fuzz_server, "with key"), with_key=True)
    sent = fuzz_server.requests["with key"]
    print(f"with key: {sent} requests; lookups refused: {len(fuzz_server.refused_lookups)}")
    print(_statuses(fuzz_server, "with key"))
    assert not failures, _report(failures)
    assert sent >= MIN_REQUESTS, f"only {sent} requests were generated"


@pytest.mark.fault
@pytest.mark.timeout(600)
def test_fuzz_without_a_valid_key_keeps_the_contract(fuzz_server: FuzzServer) -> None:
    failures = _run_all(fuzz_server, _contract_sender(fuzz_server, "as generated"), with_key=False)
    print(f"as generated: {fuzz_server.requests['as generated']} requests")
    print(_statuses(fuzz_server, "as generated"))
    assert not failures, _report(failures)


def _conformance(server: FuzzServer, checks: list[Any]) -> dict[str, str]:
    def send(case: Any) -> None:
        server.requests["conformance"] += 1
        case.call_and_validate(checks=checks)

    return _run_all(server, send, with_key=True)


@pytest.mark.fault
@pytest.mark.timeout(600)
def test_every_status_code_is_in_the_openapi_document(fuzz_server: FuzzServer) -> None:
    """The schema lists the codes the server really answers (400, 401, 404, 429, ...)."""
    failures = _conformance(fuzz_server, [status_code_conformance])
    assert not failures, _report(failures)


@pytest.mark.fault
@pytest.mark.timeout(600)
def test_documented_answers_match_the_openapi_document(fuzz_server: FuzzServer) -> None:
    """Content types, headers and bodies of documented answers are the ones declared."""
    checks = [content_type_conformance, response_headers_conformance, response_schema_conformance]
    failures = _conformance(fuzz_server, checks)
    assert not failures, _report(failures)


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, {"status": "success"}, []),
        (404, {"status": "error", "message": "Request not found"}, []),
        (429, {"status": "error", "message": "Slow down", "retry_after": 5}, []),
        (500, {"status": "error", "message": "Internal"}, ["HTTP 500"]),
        (422, {"detail": [{"loc": ["body"]}]}, ["body has no status"]),
        (400, {"status": "error", "message": "x", "detail": "y"}, ["framework error", "4xx body"]),
        (429, {"status": "error", "message": "Slow down"}, ["retry_after"]),
        (400, {"status": "error", "message": " "}, ["no message"]),
    ],
)
def test_contract_check_flags_bad_answers(
    status: int, body: dict[str, Any], expected: list[str]
) -> None:
    headers = {"content-type": "application/json"}
    found = contract_violations(
        "/api/v6/3d/fetch", "POST", status, headers, json.dumps(body).encode()
    )
    assert len(found) == len(expected), found
    for problem, wanted in zip(found, expected, strict=True):
        assert wanted in problem
