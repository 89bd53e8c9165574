"""Prometheus metrics of one MeshForge process (prometheus-client), served at ``/metrics``.

Every process that serves or runs jobs keeps its own counters: the API process (requests,
submits, cancels, and the jobs its in-process workers run) and each ``meshforge worker``
(the jobs it runs, on its own port). Prometheus sums them across processes. What is true of
the whole deployment rather than of one process (queue depth, live workers and their slots)
is read from the database when scraped, by ``FleetCollector``, in the API process only.

Label values come from short fixed sets (route templates, engine names, job states), never
from what a client sent, so a client cannot grow the series without bound.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    PlatformCollector,
    ProcessCollector,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

#: One registry per process, so that the metrics of a test's second app are the same objects.
REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)  # resident memory, CPU seconds, open files
PlatformCollector(registry=REGISTRY)

#: seconds: from a poll (milliseconds) to a slow upload
_REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
#: seconds: from a text model at 128 (0.02 s) to a neural model on a CPU (minutes)
_JOB_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800)

HTTP_REQUESTS = Counter(
    "meshforge_http_requests",
    "HTTP requests answered, by route template, method and status code.",
    ("route", "method", "status"),
    registry=REGISTRY,
)
HTTP_SECONDS = Histogram(
    "meshforge_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template.",
    ("route",),
    buckets=_REQUEST_BUCKETS,
    registry=REGISTRY,
)
JOBS_SUBMITTED = Counter(
    "meshforge_jobs_submitted",
    "Jobs accepted into the queue, by engine.",
    ("engine",),
    registry=REGISTRY,
)
JOBS_FINISHED = Counter(
    "meshforge_jobs_finished",
    "Jobs that reached a final state, by engine and state (succeeded, failed, canceled).",
    ("engine", "state"),
    registry=REGISTRY,
)
JOB_WAIT_SECONDS = Histogram(
    "meshforge_job_wait_seconds",
    "Time from a job's submission to a worker starting it, by engine.",
    ("engine",),
    buckets=_JOB_BUCKETS,
    registry=REGISTRY,
)
JOB_GENERATION_SECONDS = Histogram(
    "meshforge_job_generation_seconds",
    "Time a worker spent generating a job's model and files, by engine.",
    ("engine",),
    buckets=_JOB_BUCKETS,
    registry=REGISTRY,
)
ENGINE_RESTARTS = Counter(
    "meshforge_engine_process_restarts",
    "Engine processes started to replace one that crashed, hung, ignored a cancel or was spent.",
    registry=REGISTRY,
)
WEBHOOK_DELIVERIES = Counter(
    "meshforge_webhook_deliveries",
    "Webhook delivery attempts by outcome (delivered, retry, failed, disabled).",
    ("outcome",),
    registry=REGISTRY,
)

#: States a job ends in.
FINAL_STATES = ("succeeded", "failed", "canceled")


@dataclass(frozen=True)
class FleetSnapshot:
    """What the database says about the whole deployment at one moment."""

    queued: int  #: jobs waiting for a worker
    processing: int  #: jobs a worker is running
    workers: int  #: processes that beat recently
    slots: int  #: jobs those workers can run at once


class FleetCollector(Collector):
    """Queue depth, live workers and their slots, read from the database on each scrape.

    The API process's app names where to read them (``watch_fleet``); a process without one
    (a worker) has no fleet gauges. If a process holds two apps (tests), the newest one reads.
    """

    def __init__(self) -> None:
        self._sources: list[Callable[[], FleetSnapshot]] = []
        self._lock = threading.Lock()

    def watch(self, snapshot: Callable[[], FleetSnapshot]) -> Callable[[], None]:
        """Read the gauges with ``snapshot`` until the returned function is called."""
        with self._lock:
            self._sources.append(snapshot)

        def stop() -> None:
            with self._lock:
                self._sources.remove(snapshot)

        return stop

    def collect(self) -> Iterable[Metric]:
        """The gauges of one scrape (none while no app watches)."""
        with self._lock:
            source = self._sources[-1] if self._sources else None
        if source is None:
            return
        now = source()
        depth = GaugeMetricFamily(
            "meshforge_queue_depth", "Jobs by state, now (queued, processing).", labels=["state"]
        )
        depth.add_metric(["queued"], now.queued)
        depth.add_metric(["processing"], now.processing)
        yield depth
        yield GaugeMetricFamily(
            "meshforge_workers", "Worker processes that sent a heartbeat recently.", now.workers
        )
        yield GaugeMetricFamily(
            "meshforge_worker_slots", "Jobs the live workers can run at once.", now.slots
        )


FLEET = FleetCollector()
REGISTRY.register(FLEET)


def watch_fleet(snapshot: Callable[[], FleetSnapshot]) -> Callable[[], None]:
    """Serve the fleet gauges from ``snapshot``; returns the function that stops it."""
    return FLEET.watch(snapshot)
