"""The client's logic without a network: reading answers, retry waits, poll spacing, views."""

from __future__ import annotations

import email.utils
import io

import httpx
import numpy as np
import pytest
from PIL import Image

from meshforge.client import Job, RateLimitError, RetryPolicy, Upload
from meshforge.client.errors import AuthenticationError, InvalidRequestError, ServerError
from meshforge.client.protocol import (
    Answer,
    PollPolicy,
    file_name_of,
    read_answer,
    retry_after_s,
    retry_delay,
    transport_retry_delay,
)
from meshforge.client.sources import media_type_of, multiview_strip

NOW = 1_800_000_000.0
NO_JITTER = RetryPolicy(backoff_base_s=1.0, backoff_max_s=8.0)


def answer(status: int, body: bytes = b"", **headers: str) -> Answer:
    return Answer(status, {k.replace("_", "-").lower(): v for k, v in headers.items()}, body)


# ---- reading answers -------------------------------------------------------------------------


def test_a_modelslab_processing_answer_parses_with_its_quirks() -> None:
    # the fetch page's example: output is an empty string, there is no id and no eta
    job = Job.from_body(
        {"status": "processing", "message": "try again later.", "output": "", "tip": "..."}
    )
    assert job.status == "processing" and job.output == () and job.id is None
    assert not job.finished


def test_a_success_answer_gives_the_files_model_first() -> None:
    job = Job.from_body(
        {
            "status": "success",
            "id": "123",
            "generationTime": 0.84,
            "output": ["https://h/out/a.obj"],
            "extra_assets": ["https://h/out/a.mtl", "https://h/out/a.png"],
            "meta": {"seed": 7},
        }
    )
    assert job.id == 123 and job.succeeded and job.generation_time_s == 0.84
    assert job.files == ("https://h/out/a.obj", "https://h/out/a.mtl", "https://h/out/a.png")
    assert job.meta["seed"] == 7


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"status": "failed", "message": "The picture shows no object."}, "shows no object"),
        ({"status": "error", "messege": "legacy spelling"}, "legacy spelling"),
        ({"status": "error", "message": {"prompt": ["is required"]}}, "prompt: is required"),
    ],
)
def test_failures_keep_the_servers_words(body: dict[str, object], message: str) -> None:
    job = Job.from_body(body)
    assert job.failed and job.message is not None and message in job.message


def test_every_upload_answer_shape_gives_its_url() -> None:
    assert Upload.from_body({"status": "success", "id": 3, "output": ["u1"]}) == Upload(3, "u1")
    assert Upload.from_body({"status": "success", "link": "u2", "request_id": 4}) == Upload(4, "u2")
    assert Upload.from_body({"status": "success", "image_url": "u3"}) == Upload(None, "u3")


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (400, InvalidRequestError, "resolution: must be at most 512"),
        (401, AuthenticationError, "MESHFORGE_KEY"),
        (500, ServerError, r"The server failed \(500\)"),
    ],
)
def test_error_answers_become_typed_errors_with_the_servers_message(
    status: int, kind: type[Exception], words: str
) -> None:
    body = b'{"status":"error","message":"resolution: must be at most 512"}'
    with pytest.raises(kind, match=words) as raised:
        read_answer(answer(status, body), NOW)
    assert raised.value.server_message == "resolution: must be at most 512"  # type: ignore[attr-defined]


def test_a_legacy_error_with_http_200_is_an_error_too() -> None:
    with pytest.raises(InvalidRequestError, match="Invalid Api Key"):
        read_answer(answer(200, b'{"status":"error","messege":"Invalid Api Key"}'), NOW)


def test_a_proxy_html_page_is_reported_not_parsed() -> None:
    with pytest.raises(ServerError, match="Bad Gateway"):
        read_answer(answer(502, b"<html>Bad Gateway</html>"), NOW)


# ---- how long to wait ------------------------------------------------------------------------


def test_retry_after_comes_from_body_header_date_or_reset() -> None:
    assert retry_after_s({}, {"retry_after": 30}, NOW) == 30
    assert retry_after_s({"retry-after": "7"}, None, NOW) == 7
    date = email.utils.formatdate(NOW + 12, usegmt=True)
    assert retry_after_s({"retry-after": date}, None, NOW) == pytest.approx(12, abs=1)
    assert retry_after_s({"x-ratelimit-reset": str(int(NOW) + 9)}, None, NOW) == 9
    assert retry_after_s({}, {"status": "error"}, NOW) is None


def test_429_waits_what_the_server_asks_and_gives_up_past_the_budget() -> None:
    limited = answer(429, b'{"status":"error","message":"slow down","retry_after":3}')
    assert retry_delay(limited, 0, False, NO_JITTER, NOW) == 3
    assert retry_delay(limited, NO_JITTER.max_retries, False, NO_JITTER, NOW) is None
    too_long = answer(429, b'{"status":"error","message":"x","retry_after":3600}')
    assert retry_delay(too_long, 0, False, NO_JITTER, NOW) is None
    with pytest.raises(RateLimitError) as raised:
        read_answer(too_long, NOW)
    assert raised.value.retry_after_s == 3600


def test_a_500_is_retried_only_where_sending_twice_is_harmless() -> None:
    failed = answer(500, b'{"status":"error","message":"Internal server error."}')
    assert retry_delay(failed, 0, True, NO_JITTER, NOW) is not None
    assert retry_delay(failed, 0, False, NO_JITTER, NOW) is None
    for status in (502, 503, 504):
        assert retry_delay(answer(status), 0, False, NO_JITTER, NOW) is not None
    assert retry_delay(answer(404), 0, True, NO_JITTER, NOW) is None


def test_backoff_doubles_with_jitter_up_to_the_ceiling() -> None:
    for attempt, ceiling in [(0, 1.0), (1, 2.0), (2, 4.0), (3, 8.0), (6, 8.0)]:
        waits = [NO_JITTER.backoff_s(attempt) for _ in range(200)]
        assert ceiling / 2 <= min(waits) and max(waits) <= ceiling
        assert max(waits) - min(waits) > ceiling / 10  # spread, not one fixed value


def test_a_create_is_sent_again_only_if_it_never_left() -> None:
    refused = httpx.ConnectError("connection refused")
    cut = httpx.ReadError("connection reset")
    assert transport_retry_delay(refused, 0, False, NO_JITTER) is not None
    assert transport_retry_delay(cut, 0, False, NO_JITTER) is None
    assert transport_retry_delay(cut, 0, True, NO_JITTER) is not None
    assert transport_retry_delay(refused, NO_JITTER.max_retries, True, NO_JITTER) is None


def test_polling_follows_the_eta_over_a_growing_floor() -> None:
    poll = PollPolicy(first_s=0.5, growth=2.0, max_s=10.0, eta_share=0.5)
    # no eta: a floor that doubles, up to the ceiling
    assert [poll.next_delay(n, None) for n in (1, 2, 3, 6)] == [0.5, 1.0, 2.0, 10.0]
    # a long job: polled at half its eta, never past the ceiling
    assert poll.next_delay(1, 12) == 6.0
    assert poll.next_delay(1, 600) == 10.0
    # a job near its end is checked sooner than the last long wait
    assert poll.next_delay(2, 3) == 1.5
    # a job slower than its estimate keeps reporting eta 1: the floor stops it hammering
    assert poll.next_delay(5, 1) == 8.0


# ---- files and views -------------------------------------------------------------------------


def test_download_names_are_safe() -> None:
    assert file_name_of("http://h/out/abc.glb?x=1", "f") == "abc.glb"
    assert file_name_of("http://h/out/..%2F..%2Fetc%2Fpasswd", "f") == "etcpasswd"
    assert file_name_of("http://h/", "fallback") == "fallback"


def test_media_types_come_from_the_bytes_then_the_name() -> None:
    assert media_type_of(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert media_type_of(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert media_type_of(b"glTF\x02\x00\x00\x00") == "model/gltf-binary"
    assert media_type_of(b"v 0 0 0\n", "box.obj") != "application/octet-stream"
    assert media_type_of(b"??", "") == "application/octet-stream"


def view(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_views_are_laid_side_by_side_with_transparent_gaps() -> None:
    views = [view(100, 200, (255, 0, 0)), view(50, 100, (0, 255, 0)), view(100, 100, (0, 0, 255))]
    strip = np.asarray(Image.open(io.BytesIO(multiview_strip(views))))
    assert strip.shape[0] == 100  # the smallest height: nothing is scaled up
    occupied = (strip[..., 3] > 0).any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], occupied.astype(int), [0]])))
    runs = list(zip(edges[::2], edges[1::2], strict=True))
    assert [end - start for start, end in runs] == [50, 50, 100]
    assert tuple(strip[50, runs[1][0] + 5, :3]) == (0, 255, 0)


@pytest.mark.parametrize("count", [1, 5])
def test_a_multi_view_list_holds_2_to_4_views(count: int) -> None:
    with pytest.raises(ValueError, match="2 to 4 views"):
        multiview_strip([view(10, 10, (1, 2, 3))] * count)
