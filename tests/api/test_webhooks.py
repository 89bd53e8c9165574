"""Webhooks: signed (Standard Webhooks), retried from the outbox, never hurting the job."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from standardwebhooks import Webhook

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.services import POSTGRES_URL, require
from support.serving import add_key, make_settings, wait_for
from support.webhook_receiver import Receiver


@pytest.fixture
def fast_retry_server(tmp_path: Path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path, webhook_retry_base_s=0.2, webhook_retry_max_s=0.5)
    with TestClient(create_app(build_runtime(settings))) as client:
        yield client


def wait_webhook(client: TestClient, job_id: int, key: str, timeout_s: float = 30) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        body = client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()
        if body.get("webhook_status") not in (None, "", "pending"):
            return body
        time.sleep(0.1)
    raise AssertionError(f"webhook still pending: {body}")


def test_receiver_failing_three_times_gets_one_signed_delivery(
    fast_retry_server: TestClient,
) -> None:
    client = fast_retry_server
    receiver = Receiver([500, 503, 502])
    try:
        key = add_key(client)
        secret = client.post("/api/v6/3d/webhook_secret", json={"key": key}).json()
        job = client.post(
            "/api/v6/3d/text_to_3d",
            json={
                "key": key,
                "prompt": "a mug",
                "resolution": 64,
                "webhook": receiver.url,
                "track_id": "order-42",
            },
        ).json()
        done = wait_for(client, job["id"], key)
        assert done["status"] == "success"  # the job never waits for its webhook
        final = wait_webhook(client, job["id"], key)
        assert final["webhook_status"] == "delivered"
        assert len(receiver.calls) == 4
        ids = {call["headers"]["webhook-id"] for call in receiver.calls}
        assert len(ids) == 1  # the same message id on every retry: receivers can dedupe
        accepted = receiver.calls[-1]
        payload = Webhook(secret["webhook_secret"]).verify(accepted["body"], accepted["headers"])
        assert payload["status"] == "success" and payload["id"] == job["id"]
        assert payload["track_id"] == "order-42"
        assert payload["output"] == done["output"]
        assert key not in accepted["body"].decode()
        with pytest.raises(Exception, match="signature"):
            Webhook(secret["webhook_secret"]).verify(
                accepted["body"].replace(b"success", b"failed!"), accepted["headers"]
            )
    finally:
        receiver.close()


def test_a_failed_job_is_reported_too(tmp_path: Path) -> None:
    receiver = Receiver([])
    runtime = build_runtime(
        make_settings(tmp_path), engine_paths={"text": "support.faulty_engines:BrokenEngine"}
    )
    try:
        with TestClient(create_app(runtime)) as client:
            key = add_key(client)
            job = client.post(
                "/api/v6/3d/text_to_3d",
                json={"key": key, "prompt": "a mug", "webhook": receiver.url},
            ).json()
            assert wait_for(client, job["id"], key)["status"] == "failed"
            assert wait_webhook(client, job["id"], key)["webhook_status"] == "delivered"
        (call,) = receiver.calls
        payload = json.loads(call["body"])
        assert payload["status"] == "failed" and "corrupt" in payload["message"]
    finally:
        receiver.close()


def test_410_disables_and_a_dead_receiver_is_given_up(tmp_path: Path) -> None:
    gone = Receiver([410])
    settings = make_settings(
        tmp_path, webhook_retry_base_s=0.1, webhook_retry_max_s=0.2, webhook_max_attempts=3
    )
    try:
        with TestClient(create_app(build_runtime(settings))) as client:
            key = add_key(client)
            first = client.post(
                "/api/v6/3d/text_to_3d",
                json={"key": key, "prompt": "a vase", "resolution": 64, "webhook": gone.url},
            ).json()
            dead_url = gone.url.replace(str(gone.httpd.server_address[1]), "9")  # discard port
            second = client.post(
                "/api/v6/3d/text_to_3d",
                json={"key": key, "prompt": "a vase", "resolution": 64, "webhook": dead_url},
            ).json()
            assert wait_webhook(client, first["id"], key)["webhook_status"] == "disabled"
            final = wait_webhook(client, second["id"], key)
            assert final["webhook_status"] == "failed" and final["status"] == "success"
            deliveries = client.app.state.runtime.store.deliveries_for(second["id"])
            assert deliveries[0]["attempts"] == 3
        assert len(gone.calls) == 1
    finally:
        gone.close()


def test_private_webhook_urls_are_refused_at_submit(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, allow_private_urls=False)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        for url in (
            "http://127.0.0.1:9/hook",
            "http://169.254.169.254/",
            "ftp://example.com/",
            "http://93.184.216.34:6379/hook",  # a public address, but not an allowed port
        ):
            response = client.post(
                "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug", "webhook": url}
            )
            assert response.status_code == 400, response.text
            assert response.json()["message"].startswith("webhook:")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None (the embedded SQLite store) or a private PostgreSQL schema, dropped afterwards."""
    if request.param == "sqlite":
        yield None
        return
    admin = create_engine(POSTGRES_URL)
    schema = f"t_{uuid.uuid4().hex[:12]}"

    def create_schema() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    try:
        require("PostgreSQL", POSTGRES_URL, create_schema)
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


def test_a_deleted_jobs_webhook_never_reports_the_next_keys_job(
    tmp_path: Path, database_url: str | None
) -> None:
    """Issue 11, item 1: A's failing receiver, A deletes its newest job, B submits."""
    failing, bobs = Receiver([500] * 10_000), Receiver()
    settings = make_settings(
        tmp_path,
        database_url=database_url,
        webhook_retry_base_s=0.05,
        webhook_retry_max_s=0.1,
        webhook_max_attempts=10_000,
    )
    try:
        with TestClient(create_app(build_runtime(settings))) as client:
            alice, bob = add_key(client, "alice"), add_key(client, "bob")
            alice_secret = client.post("/api/v6/3d/webhook_secret", json={"key": alice}).json()
            job_a = client.post(
                "/api/v6/3d/text_to_3d",
                json={
                    "key": alice,
                    "prompt": "alice's mug",
                    "resolution": 64,
                    "webhook": failing.url,
                    "track_id": "alice-order",
                },
            ).json()
            assert wait_for(client, job_a["id"], alice)["status"] == "success"
            assert failing.arrived.wait(30)  # the delivery is failing and being retried
            deleted = client.post(f"/api/v6/3d/delete/{job_a['id']}", json={"key": alice})
            assert deleted.status_code == 200, deleted.text
            job_b = client.post(
                "/api/v6/3d/text_to_3d",
                json={
                    "key": bob,
                    "prompt": "bob's vase",
                    "resolution": 64,
                    "webhook": bobs.url,
                    "track_id": "bob-order",
                },
            ).json()
            assert job_b["id"] != job_a["id"]
            assert wait_webhook(client, job_b["id"], bob)["webhook_status"] == "delivered"
            # a window of many retry periods: A's old delivery would have been retried in it
            time.sleep(1.0)
        for call in failing.calls:
            payload = Webhook(alice_secret["webhook_secret"]).verify(call["body"], call["headers"])
            assert payload["id"] == job_a["id"] and payload["track_id"] == "alice-order"
            assert b"bob" not in call["body"]
    finally:
        failing.close()
        bobs.close()
