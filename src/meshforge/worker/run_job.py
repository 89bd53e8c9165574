"""run_job: the one code path that executes a job, whichever queue delivered it."""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from meshforge.engines.base import CancelFn, GenerationRequest, ProgressFn
from meshforge.errors import DatabaseUnavailable, StorageUnavailable
from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.parameters import JobParameters
from meshforge.jobs.ports import JobAndFleetStore, JobUpdate
from meshforge.settings import Settings
from meshforge.storage.base import FileStorage
from meshforge.telemetry.logs import job_context
from meshforge.telemetry.metrics import JOB_GENERATION_SECONDS, JOB_WAIT_SECONDS, JOBS_FINISHED
from meshforge.worker.engine_messages import EngineTask
from meshforge.worker.engine_process import EngineOutcome, EngineProcess

log = logging.getLogger("meshforge.worker")

#: progress and cancel checks touch the database at most this often
POLL_INTERVAL_S = 0.5
#: waits between tries to publish while the file storage is away (the last one repeats)
PUBLISH_BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 15.0)


@dataclass(frozen=True)
class WorkerContext:
    """What a worker needs to run jobs."""

    #: run_job uses the jobs; the queues that call it also beat and dispatch
    store: JobAndFleetStore
    storage: FileStorage
    settings: Settings
    engine_paths: Mapping[str, str]


def build_request(job: Job, params: JobParameters, storage: FileStorage) -> GenerationRequest:
    """Turn a stored job into the engine's request (loading its input image, if any)."""
    if job.kind is not JobKind.IMAGE_TO_3D:
        return params.to_request("text_to_3d")
    image = None
    if job.input_name:
        with Image.open(io.BytesIO(storage.read_input(job.input_name))) as picture:
            image = np.asarray(picture.convert("RGBA"))
    return params.to_request("image_to_3d", image)


def _progress_reporter(job: Job, ctx: WorkerContext) -> ProgressFn:
    last = 0.0

    def report(fraction: float, _stage: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= POLL_INTERVAL_S:
            last = now
            # the engine process reports 0..1; the last percent is publishing the files
            try:
                ctx.store.report_progress(
                    job.id, int(fraction * 99), ctx.settings.lease_s, attempt=job.attempts
                )
            except Exception as exc:
                _store_away(job, "report progress", exc)

    return report


def _store_away(job: Job, what: str, exc: Exception) -> None:
    """The database is away (down, slow, its disk full): the job runs on regardless.

    A progress or cancel check must never raise into EngineProcess.run: it would leave the
    engine process busy with this job while the next one is sent to it, and the next job
    would read this one's messages. If the outage outlasts the lease, another worker may take
    the job; when the database answers again this run finds its attempt overtaken and stops.
    """
    log.warning("job %s: could not %s (%s); the job runs on", job.id, what, exc)


def _cancel_checker(job: Job, ctx: WorkerContext) -> CancelFn:
    last, canceled = 0.0, False

    def is_canceled() -> bool:
        nonlocal last, canceled
        now = time.monotonic()
        if not canceled and now - last >= POLL_INTERVAL_S:
            last = now
            try:
                current = ctx.store.get_job(job.id)
                # canceled, deleted, or taken again by another worker after this one lost its
                # lease
                if current is None or current.status is not JobStatus.PROCESSING:
                    canceled = True
                else:  # also renews the lease of an engine that reports no progress for a while
                    canceled = not ctx.store.report_progress(
                        job.id, current.progress, ctx.settings.lease_s, attempt=job.attempts
                    )
            except Exception as exc:
                _store_away(job, "check for a cancel", exc)
        return canceled

    return is_canceled


def run_job(job: Job, ctx: WorkerContext, engine: EngineProcess) -> Job | None:
    """Generate a claimed job's model, publish its files, and record success or failure."""
    with job_context(job.id):
        JOB_WAIT_SECONDS.labels(job.engine).observe(max(0.0, time.time() - job.created_at))
        ended = _run(job, ctx, engine)
    if ended is not None and ended.status in (JobStatus.SUCCEEDED, JobStatus.FAILED):
        # canceled jobs are counted where the cancel happened (the API)
        JOBS_FINISHED.labels(job.engine, ended.status.value).inc()
    return ended


def _run(job: Job, ctx: WorkerContext, engine: EngineProcess) -> Job | None:
    staging = ctx.storage.make_staging(job.file_prefix)
    try:
        params = JobParameters.from_stored(job.params)
        task = EngineTask(
            engine_path=ctx.engine_paths[params.model_id],
            request=build_request(job, params, ctx.storage),
            staging_dir=str(staging),
            stem=job.file_prefix,
            output_format=job.output_format,
            render=params.render,
        )
        outcome = engine.run(
            task,
            _progress_reporter(job, ctx),
            _cancel_checker(job, ctx),
            ctx.settings.job_timeout_s,
        )
        return _record(job, outcome, ctx, staging)
    except DatabaseUnavailable as exc:
        # the result could not be recorded, and neither could a failure: the job keeps its
        # claim until its lease runs out, then the sweeper queues it again (its files, if
        # published, have the same names the next run publishes)
        log.warning("job %s: the database is away (%s); its lease will bring it back", job.id, exc)
        return None
    except Exception as exc:  # a bug here must fail the job, never leave it processing
        log.exception("job %s: unexpected error", job.id)
        try:
            return ctx.store.transition(
                job.id,
                JobStatus.FAILED,
                JobUpdate(message=f"Internal error while running the job: {exc}"),
                attempt=job.attempts,
            )
        except Exception:
            # an exception out of here would end the worker thread that runs jobs
            log.exception("job %s: could not record its failure; its lease will", job.id)
            return None
    finally:
        ctx.storage.discard(staging)


@contextlib.contextmanager
def _lease_kept(job: Job, ctx: WorkerContext) -> Iterator[threading.Event]:
    """Renew the job's lease in the background; the event is set if another run took it."""
    done, overtaken = threading.Event(), threading.Event()

    def renew() -> None:
        while not done.wait(ctx.settings.lease_s / 3):
            try:
                if not ctx.store.report_progress(
                    job.id, 99, ctx.settings.lease_s, attempt=job.attempts
                ):
                    overtaken.set()
            except Exception as exc:
                _store_away(job, "renew its lease", exc)

    keeper = threading.Thread(target=renew, name=f"lease-{job.id}", daemon=True)
    keeper.start()
    try:
        yield overtaken
    finally:
        done.set()
        keeper.join(timeout=5)


def _publish(job: Job, ctx: WorkerContext, staging: Path, names: list[str]) -> list[str]:
    """Publish the files, trying again with backoff while the storage is away, for at most
    the job's time budget (``job_timeout_s``); the lease is kept meanwhile, so no other
    worker runs the job again. StorageUnavailable, saying so, when the budget is spent."""
    budget_s = ctx.settings.job_timeout_s
    deadline = time.monotonic() + budget_s
    tries = 0
    with _lease_kept(job, ctx) as overtaken:
        while True:
            try:
                return ctx.storage.publish(staging, names)
            except StorageUnavailable as exc:
                wait_s = PUBLISH_BACKOFF_S[min(tries, len(PUBLISH_BACKOFF_S) - 1)]
                tries += 1
                if overtaken.is_set() or time.monotonic() + wait_s > deadline:
                    raise StorageUnavailable(
                        "Could not store the model's files: the file storage did not answer "
                        f"within the job's {budget_s:g} s budget ({exc})"
                    ) from exc
                log.warning("job %s: %s; trying again in %.0f s", job.id, exc, wait_s)
                time.sleep(wait_s)


def _record(job: Job, outcome: EngineOutcome, ctx: WorkerContext, staging: Path) -> Job | None:
    if outcome.seconds:
        JOB_GENERATION_SECONDS.labels(job.engine).observe(outcome.seconds)
    if outcome.kind == "done":
        try:
            files = _publish(job, ctx, staging, outcome.files)
        except StorageUnavailable as exc:
            log.warning("job %s failed: %s", job.id, exc)
            failed = ctx.store.transition(
                job.id, JobStatus.FAILED, JobUpdate(message=str(exc)), attempt=job.attempts
            )
            if failed is not None:  # still this run's job: take back what did get uploaded
                with contextlib.suppress(Exception):
                    ctx.storage.delete_outputs(outcome.files)
            return failed
        meta = {k: v for k, v in outcome.meta.items() if k != "traceback"}
        done = ctx.store.transition(
            job.id,
            JobStatus.SUCCEEDED,
            JobUpdate(
                files=files,
                progress=100,
                generation_time_s=round(outcome.seconds, 3),
                params={**job.params, **meta},
            ),
            attempt=job.attempts,
        )
        if done is None:
            current = ctx.store.get_job(job.id)
            # canceled or deleted while it ran: its files must not linger; but a run that lost
            # its lease and was overtaken shares the file names with the run that won
            if current is None or current.status is not JobStatus.SUCCEEDED:
                ctx.storage.delete_outputs(files)
        log.info("job %s: %s in %.2f s", job.id, "done" if done else "dropped", outcome.seconds)
        return done
    if outcome.kind in ("canceled", "interrupted"):
        # interrupted: the job stays claimed; the next start requeues it (recover_interrupted)
        return ctx.store.get_job(job.id)
    if outcome.kind == "error":
        log.error(
            "job %s: engine error: %s\n%s",
            job.id,
            outcome.message,
            outcome.meta.get("traceback", ""),
        )
        message = f"Generation failed: {outcome.message}"
    else:
        message = outcome.message
    log.warning("job %s failed: %s", job.id, message)
    return ctx.store.transition(
        job.id, JobStatus.FAILED, JobUpdate(message=message), attempt=job.attempts
    )
