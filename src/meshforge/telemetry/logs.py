"""Log lines as text (default) or as JSON objects, carrying the request id and the job id.

The ids live in context variables: the API's request middleware sets ``request_id`` for the
request's task and threads it runs, a worker sets ``job_id`` while it runs a job, and every
log record made meanwhile carries them, whichever module logs it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

LogFormat = Literal["text", "json"]

request_id: ContextVar[str | None] = ContextVar("meshforge_request_id", default=None)
job_id: ContextVar[int | None] = ContextVar("meshforge_job_id", default=None)

_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ContextFilter(logging.Filter):
    """Copies the current request id and job id onto every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keeps the record; only adds ``request_id`` and ``job_id`` to it."""
        record.request_id = request_id.get()
        record.job_id = job_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, ids, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a single line of JSON."""
        entry: dict[str, object] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in ("request_id", "job_id"):
            value = getattr(record, field, None)
            if value is not None:
                entry[field] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def start_logging(log_format: LogFormat = "text", level: int = logging.INFO) -> None:
    """Send the process's log records to stderr in ``log_format``, with the ids attached."""
    handler = logging.StreamHandler()
    handler.addFilter(ContextFilter())
    handler.setFormatter(JsonFormatter() if log_format == "json" else _text_formatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def _text_formatter() -> logging.Formatter:
    return logging.Formatter(_TEXT_FORMAT)


@contextmanager
def job_context(job: int) -> Iterator[None]:
    """Records logged inside carry ``job_id``."""
    token = job_id.set(job)
    try:
        yield
    finally:
        job_id.reset(token)
