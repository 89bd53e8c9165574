"""run_job: the one code path that executes a job, whichever queue delivered it."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from meshforge.engines.base import CancelFn, GenerationRequest, ProgressFn
from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.parameters import JobParameters
from meshforge.jobs.ports import JobAndFleetStore, JobUpdate
from meshforge.settings import Settings
from meshforge.storage.base import FileStorage
from meshforge.worker.engine_messages import EngineTask
from meshforge.worker.engine_process import EngineOutcome, EngineProcess

log = logging.getLogger("meshforge.worker")

#: progress and cancel checks touch the database at most this often
POLL_INTERVAL_S = 0.5


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
            ctx.store.report_progress(
                job.id, int(fraction * 99), ctx.settings.lease_s, attempt=job.attempts
            )

    return report


def _cancel_checker(job: Job, ctx: WorkerContext) -> CancelFn:
    last, canceled = 0.0, False

    def is_canceled() -> bool:
        nonlocal last, canceled
        now = time.monotonic()
        if not canceled and now - last >= POLL_INTERVAL_S:
            last = now
            current = ctx.store.get_job(job.id)
            # canceled, deleted, or taken again by another worker after this one lost its lease
            if current is None or current.status is not JobStatus.PROCESSING:
                canceled = True
            else:  # also renews the lease of an engine that reports no progress for a while
                canceled = not ctx.store.report_progress(
                    job.id, current.progress, ctx.settings.lease_s, attempt=job.attempts
                )
        return canceled

    return is_canceled


def run_job(job: Job, ctx: WorkerContext, engine: EngineProcess) -> Job | None:
    """Generate a claimed job's model, publish its files, and record success or failure."""
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
    except Exception as exc:  # a bug here must fail the job, never leave it processing
        log.exception("job %s: unexpected error", job.id)
        return ctx.store.transition(
            job.id,
            JobStatus.FAILED,
            JobUpdate(message=f"Internal error while running the job: {exc}"),
            attempt=job.attempts,
        )
    finally:
        ctx.storage.discard(staging)


def _record(job: Job, outcome: EngineOutcome, ctx: WorkerContext, staging: Path) -> Job | None:
    if outcome.kind == "done":
        files = ctx.storage.publish(staging, outcome.files)
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
