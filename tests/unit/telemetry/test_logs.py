"""JSON log lines carry the request id and the job id of whatever was running when logged."""

from __future__ import annotations

import io
import json
import logging

from meshforge.telemetry import logs


def json_logger(stream: io.StringIO) -> logging.Logger:
    handler = logging.StreamHandler(stream)
    handler.addFilter(logs.ContextFilter())
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("meshforge.test.json")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_a_json_line_names_the_request_and_the_job() -> None:
    stream = io.StringIO()
    logger = json_logger(stream)
    token = logs.request_id.set("req-1")
    try:
        with logs.job_context(42):
            logger.info("job %s: done in %d s", 42, 3)
        logger.warning("after the job")
    finally:
        logs.request_id.reset(token)
    logger.error("outside any request")

    first, second, third = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "job 42: done in 3 s"
    assert (first["request_id"], first["job_id"], first["level"]) == ("req-1", 42, "info")
    assert first["logger"] == "meshforge.test.json" and first["time"].endswith("Z")
    assert second["request_id"] == "req-1" and "job_id" not in second
    assert "request_id" not in third and "job_id" not in third


def test_an_exception_stays_inside_its_one_json_line() -> None:
    stream = io.StringIO()
    logger = json_logger(stream)
    try:
        raise ValueError("bad\nthing")
    except ValueError:
        logger.exception("engine failed")

    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["message"] == "engine failed"
    assert "ValueError: bad\nthing" in entry["exception"]
