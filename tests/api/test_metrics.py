"""/metrics after a mix of jobs: every metric an operator's dashboard reads, with true values."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for
from support.webhook_receiver import Receiver

TEXT = "/api/v6/3d/text_to_3d"


def scrape(client: TestClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics: (name, labels) → value."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: dict, name: str, **labels: str) -> float:
    return float(samples.get((name, frozenset(labels.items())), 0.0))


def wait_status(client: TestClient, job_id: int, key: str, status: str) -> None:
    deadline = time.monotonic() + 30
    while client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()["status"] != status:
        assert time.monotonic() < deadline, f"job {job_id} never became {status}"
        time.sleep(0.05)


def test_metrics_count_requests_jobs_engines_webhooks_and_the_fleet(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, webhook_retry_base_s=0.2)
    paths = {"text": "support.faulty_engines:PromptedEngine"}
    receiver = Receiver()
    with TestClient(create_app(build_runtime(settings, engine_paths=paths))) as client:
        key = add_key(client)
        before = scrape(client)

        def submit(prompt: str, **extra: str) -> int:
            body = client.post(TEXT, json={"key": key, "prompt": prompt, **extra}).json()
            return int(body["id"])

        first = submit("a box", webhook=receiver.url)
        assert wait_for(client, first, key)["status"] == "success"
        crashed = submit("crash")
        assert wait_for(client, crashed, key)["status"] == "failed"
        slow = submit("slow")
        wait_status(client, slow, key, "processing")
        assert client.post(f"/api/v6/3d/cancel/{slow}", json={"key": key}).status_code == 200
        assert wait_for(client, slow, key)["status"] in (
            "failed",
            "error",
        )  # how ModelsLab shows it
        last = submit("a box")
        assert wait_for(client, last, key)["status"] == "success"
        assert client.get("/no/such/route").status_code == 404
        deadline = time.monotonic() + 20
        while not receiver.calls:
            assert time.monotonic() < deadline, "the webhook never arrived"
            time.sleep(0.05)
        time.sleep(0.3)  # the delivery is recorded after the receiver answered
        after = scrape(client)
    receiver.close()

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("meshforge_http_requests_total", route=TEXT, method="POST", status="200") == 4
    assert grew("meshforge_http_requests_total", route="unmatched", method="GET", status="404") == 1
    assert grew("meshforge_http_request_duration_seconds_count", route=TEXT) == 4
    assert grew("meshforge_jobs_submitted_total", engine="text") == 4
    assert grew("meshforge_jobs_finished_total", engine="text", state="succeeded") == 2
    assert grew("meshforge_jobs_finished_total", engine="text", state="failed") == 1
    assert grew("meshforge_jobs_finished_total", engine="text", state="canceled") == 1
    assert grew("meshforge_job_wait_seconds_count", engine="text") == 4
    assert grew("meshforge_job_generation_seconds_count", engine="text") >= 2
    assert grew("meshforge_engine_process_restarts_total") >= 1  # after the crash
    assert grew("meshforge_webhook_deliveries_total", outcome="delivered") == 1
    assert value(after, "meshforge_queue_depth", state="queued") == 0
    assert value(after, "meshforge_queue_depth", state="processing") == 0
    assert value(after, "meshforge_workers") == 1
    assert value(after, "meshforge_worker_slots") == settings.workers
    assert value(after, "process_resident_memory_bytes") > 0


def test_every_response_carries_a_request_id_and_a_sane_one_is_kept(tmp_path: Path) -> None:
    with TestClient(create_app(build_runtime(make_settings(tmp_path)))) as client:
        fresh = client.get("/healthz").headers["x-request-id"]
        kept = client.get("/healthz", headers={"X-Request-ID": "edge-42.a"}).headers
        hostile = client.get("/healthz", headers={"X-Request-ID": "x" * 65}).headers

    assert len(fresh) == 32 and int(fresh, 16) >= 0
    assert kept["x-request-id"] == "edge-42.a"
    assert hostile["x-request-id"] != "x" * 65 and len(hostile["x-request-id"]) == 32


def test_metrics_can_be_switched_off(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, metrics_enabled=False)
    with TestClient(create_app(build_runtime(settings))) as client:
        response = client.get("/metrics")

    assert response.status_code == 404
    assert "MESHFORGE_METRICS_ENABLED" in response.text
