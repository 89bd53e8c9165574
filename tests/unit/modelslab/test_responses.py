"""Response shapes built from jobs in each state."""

from __future__ import annotations

import time

from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.service import QueueInfo
from meshforge.modelslab import responses

BASE, PROXY = "http://mf", "https://cdn.example"


def job(**values: object) -> Job:
    fields: dict = {
        "id": 7,
        "owner_id": 1,
        "kind": JobKind.TEXT_TO_3D,
        "status": JobStatus.QUEUED,
        "file_prefix": "abc",
        "output_format": "obj",
        "params": {"foreground_ratio": 0.85, "temp": False, "seed": 5, "_internal": 1},
    }
    fields.update(values)
    return Job(**fields)


def test_meta_uses_modelslab_spellings_and_hides_internal_keys() -> None:
    meta = responses.meta_of(job())
    assert meta == {"foreground_ratio": "0.85", "temp": "no", "seed": 5}


def test_processing_has_empty_output_and_the_final_link() -> None:
    body = responses.job_body(job(progress=40), QueueInfo(2, 9), BASE, PROXY)
    assert body["status"] == "processing" and body["output"] == []
    assert body["future_links"] == ["http://mf/out/abc.obj"]
    assert (body["eta"], body["queue_position"], body["progress"]) == (9, 2, 40)


def test_success_lists_main_file_in_output_and_companions_in_extra_assets() -> None:
    done = job(status=JobStatus.SUCCEEDED, files=["abc.obj", "abc.mtl", "abc.png"])
    body = responses.job_body(done, None, BASE, PROXY)
    assert body["output"] == ["http://mf/out/abc.obj"]
    assert body["proxy_links"] == ["https://cdn.example/out/abc.obj"]
    assert body["extra_assets"] == ["http://mf/out/abc.mtl", "http://mf/out/abc.png"]
    assert "future_links" not in body


def test_failed_and_canceled_are_failed_with_a_message() -> None:
    failed = responses.job_body(job(status=JobStatus.FAILED, message="boom"), None, BASE, PROXY)
    canceled = responses.job_body(
        job(status=JobStatus.CANCELED, message="The job was canceled."), None, BASE, PROXY
    )
    assert (failed["status"], failed["message"], failed["output"]) == ("failed", "boom", [])
    assert canceled["status"] == "failed" and "canceled" in canceled["message"]


def test_an_expired_temp_result_reads_as_failed() -> None:
    expired = job(status=JobStatus.SUCCEEDED, files=["abc.obj"], expires_at=time.time() - 1)
    body = responses.job_body(expired, None, BASE, PROXY)
    assert body["status"] == "failed" and "expired" in body["message"]
