"""The ``meshforge`` commands that talk to a server: generate, fetch, jobs, cancel.

They use ``meshforge.client`` like any program would (so they work against ModelsLab's
hosted API too, bar ``jobs`` and ``cancel``). Flags and exit codes follow ModelsLab's own
``modelslab-cli`` where they mean the same: ``--no-wait``, ``--download``, ``--output-dir``,
``--timeout``, and exit 3 for a refused key, 4 when rate limited, 5 for an unknown job, 7 when
the wait timed out, 10 when the server cannot be reached; 1 for anything else (a failed job).
Every error says what to do next. Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from meshforge.client import (
    AuthenticationError,
    Client,
    Job,
    JobFailedError,
    MeshForgeClientError,
    NotFoundError,
    RateLimitError,
    ServerUnreachableError,
    WaitTimeoutError,
)
from meshforge.client.sources import ImageInput, is_url

generate_app = typer.Typer(help="Generate a 3D model from text or images (needs a running server).")
stderr = Console(stderr=True)
stdout = Console()

#: modelslab-cli's exit codes
EXIT_FAILED, EXIT_AUTH, EXIT_RATE_LIMITED, EXIT_NOT_FOUND = 1, 3, 4, 5
EXIT_TIMEOUT, EXIT_UNREACHABLE = 7, 10
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})


class OutputFormat(StrEnum):
    """The model file formats."""

    glb = "glb"
    obj = "obj"
    stl = "stl"
    ply = "ply"
    usdz = "usdz"
    threemf = "3mf"


Url = Annotated[
    str | None,
    typer.Option(
        "--url", "--base-url", envvar="MESHFORGE_URL", help="Server URL.", show_default=False
    ),
]
Key = Annotated[
    str | None,
    typer.Option("--key", "--api-key", envvar="MESHFORGE_KEY", help="API key.", show_default=False),
]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="Model file format.")]
Seed = Annotated[int | None, typer.Option(help="Seed (0 or none: random).", show_default=False)]
FaceLimit = Annotated[
    int | None,
    typer.Option(
        "--face-limit", help="At most this many triangles (500-500000).", show_default=False
    ),
]
Render = Annotated[bool, typer.Option("--render", help="Also render a turntable video.")]
Model = Annotated[
    str | None, typer.Option("--model", help="Engine (model_id).", show_default=False)
]
NoWait = Annotated[bool, typer.Option("--no-wait", help="Print the job id and return at once.")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for the model (exit 7 after).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
Download = Annotated[bool, typer.Option("--download/--no-download", help="Save the files.")]
OutputDir = Annotated[Path, typer.Option("--output-dir", help="Where to save the files.")]
OutputFile = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Save the model as this file.", show_default=False),
]


# ---- errors ---------------------------------------------------------------------------------


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr and exit with ``code``."""
    stderr.print(f"[red]Error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@contextmanager
def explained_errors(base_url: str) -> Iterator[None]:
    """Turn the client's exceptions into a message saying what to do, and an exit code."""
    try:
        yield
    except ServerUnreachableError:
        fail(
            f"No MeshForge server answers at {base_url}. Start one with `meshforge serve`, or "
            "pass --url (or set MESHFORGE_URL) to the server you mean.",
            EXIT_UNREACHABLE,
        )
    except AuthenticationError as exc:
        fail(
            f"The server refused the key: {exc.server_message.rstrip('.')}. Pass --key or set "
            "MESHFORGE_KEY; a server admin creates keys with `meshforge keys create --name NAME`.",
            EXIT_AUTH,
        )
    except RateLimitError as exc:
        wait = f"in {exc.retry_after_s:g} s" if exc.retry_after_s is not None else "shortly"
        fail(
            f"Rate limited: {exc.server_message} Try again {wait}, or wait for your queued "
            "jobs to finish (`meshforge jobs`).",
            EXIT_RATE_LIMITED,
        )
    except NotFoundError as exc:
        fail(f"{exc.server_message} Check the id with `meshforge jobs`.", EXIT_NOT_FOUND)
    except JobFailedError as exc:
        fail(f"{exc} Change the input or the options and generate again.", EXIT_FAILED)
    except WaitTimeoutError as exc:
        fail(
            f"{exc} Check on it with `meshforge fetch {exc.job.id}`, or stop it with "
            f"`meshforge cancel {exc.job.id}`.",
            EXIT_TIMEOUT,
        )
    except (MeshForgeClientError, FileNotFoundError, ValueError) as exc:
        fail(str(exc), EXIT_FAILED)


# ---- progress and output --------------------------------------------------------------------


def stage_of(job: Job) -> str:
    """Words for where the job is: queued (and its place), generating, done or failed."""
    if job.succeeded:
        return "done"
    if job.failed:
        return job.status
    if job.queue_position:
        return f"queued, {job.queue_position} ahead"
    return "generating" if (job.progress or 0) > 0 else "starting"


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[Job], None]]:
    """A live bar (stage, percent, the server's ETA, time taken) fed by ``wait``'s updates."""
    if not enabled:
        yield lambda _job: None
        return
    columns = (
        TextColumn("[bold]{task.fields[stage]}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("eta {task.fields[eta]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=False) as bar:
        task: TaskID = bar.add_task("job", total=100, stage="queued", eta="?")

        def update(job: Job) -> None:
            eta = f"{job.eta_s:.0f} s" if job.eta_s is not None and not job.finished else "-"
            done = 100 if job.succeeded else job.progress or 0
            bar.update(task, completed=done, stage=f"job {job.id}: {stage_of(job)}", eta=eta)

        yield update


def print_result(job: Job, files: list[Path], as_json: bool) -> None:
    """The job as JSON (its whole answer plus the saved files), or a short human summary."""
    if as_json:
        stdout.print_json(json.dumps({**job.raw, "files": [str(path) for path in files]}))
        return
    if not job.finished:
        stdout.print(f"Job {job.id} is {job.status}. Check on it with `meshforge fetch {job.id}`.")
        return
    for path in files:
        stdout.print(str(path), highlight=False)
    if not files:
        for url in job.files:
            stdout.print(url, highlight=False)


def save_files(client: Client, job: Job, output_dir: Path, output: Path | None) -> list[Path]:
    """Download the job's files; the model goes to ``output`` when given, the rest beside it."""
    directory = output.parent if output is not None else output_dir
    files = client.download(job, directory)
    if output is not None and files:
        files[0] = files[0].replace(output)
    return files


def run_job(
    client: Client,
    submit: Callable[[], Job],
    *,
    no_wait: bool,
    timeout: float,
    as_json: bool,
    download: bool,
    output_dir: Path,
    output: Path | None,
) -> None:
    """Submit, then (unless ``no_wait``) wait with a progress bar and save the files."""
    job = submit()  # before the bar, so a refused request prints its error alone
    if not no_wait and not job.finished:
        with progress_bar(enabled=not as_json) as update:
            update(job)
            job = client.wait(job, timeout_s=timeout, on_update=update)
    if job.failed:
        raise JobFailedError(job)
    files = save_files(client, job, output_dir, output) if download and job.succeeded else []
    print_result(job, files, as_json)


def image_input(source: str) -> ImageInput:
    """A URL, an image file, or a folder of 2-4 views (front, right, back, left)."""
    if is_url(source):
        return source
    path = Path(source)
    if not path.is_dir():
        return path
    views = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    order = ("front", "right", "back", "left")
    named = {word: p for p in views for word in order if word in p.stem.lower()}
    if len(named) == len(views):  # every file says which side it shows: take them in order
        views = [named[word] for word in order if word in named]
    if not 2 <= len(views) <= 4:
        raise ValueError(
            f"{path}: a multi-view folder holds 2 to 4 images (front, right, back, left; "
            f"sorted by name, or named after the side), found {len(views)}"
        )
    return views


# ---- commands -------------------------------------------------------------------------------


def _client(url: str | None, key: str | None) -> Client:
    try:
        return Client(url, key)
    except ValueError as exc:
        fail(str(exc), EXIT_AUTH)


@generate_app.command("text")
def generate_text(
    prompt: Annotated[str, typer.Argument(help="What to make, e.g. 'a red chair'.")],
    output: OutputFile = None,
    output_format: Format = OutputFormat.glb,
    seed: Seed = None,
    face_limit: FaceLimit = None,
    render: Render = False,
    model: Model = None,
    no_wait: NoWait = False,
    timeout: Timeout = 300.0,
    as_json: AsJson = False,
    download: Download = True,
    output_dir: OutputDir = Path("./generated"),
    url: Url = None,
    key: Key = None,
) -> None:
    """Make a model from a text prompt, show its progress and save it."""
    with _client(url, key) as client, explained_errors(client.base_url):
        fields: dict[str, Any] = {"output_format": output_format.value, "seed": seed}
        fields["face_limit"] = face_limit
        fields |= {"render": render or None, "model_id": model}
        run_job(
            client,
            lambda: client.text_to_3d(prompt, **fields),
            no_wait=no_wait,
            timeout=timeout,
            as_json=as_json,
            download=download,
            output_dir=output_dir,
            output=output,
        )


@generate_app.command("image")
def generate_image(
    source: Annotated[str, typer.Argument(help="An image file or URL, or a folder of 2-4 views.")],
    output: OutputFile = None,
    output_format: Format = OutputFormat.glb,
    seed: Seed = None,
    face_limit: FaceLimit = None,
    render: Render = False,
    model: Model = None,
    no_wait: NoWait = False,
    timeout: Timeout = 300.0,
    as_json: AsJson = False,
    download: Download = True,
    output_dir: OutputDir = Path("./generated"),
    url: Url = None,
    key: Key = None,
) -> None:
    """Make a model from a picture (uploaded first when local), or from several views."""
    with _client(url, key) as client, explained_errors(client.base_url):
        image = image_input(source)
        fields: dict[str, Any] = {"output_format": output_format.value, "seed": seed}
        fields["face_limit"] = face_limit
        fields |= {"render": render or None, "model_id": model}
        run_job(
            client,
            lambda: client.image_to_3d(image, **fields),
            no_wait=no_wait,
            timeout=timeout,
            as_json=as_json,
            download=download,
            output_dir=output_dir,
            output=output,
        )


def fetch(
    job_id: Annotated[str, typer.Argument(help="The job's id.")],
    wait: Annotated[bool, typer.Option("--wait", help="Wait until it is finished.")] = False,
    timeout: Timeout = 300.0,
    as_json: AsJson = False,
    download: Download = True,
    output_dir: OutputDir = Path("./generated"),
    output: OutputFile = None,
    url: Url = None,
    key: Key = None,
) -> None:
    """Show a job's state; save its files once it has succeeded."""
    with _client(url, key) as client, explained_errors(client.base_url):
        run_job(
            client,
            lambda: client.fetch(job_id),
            no_wait=not wait,
            timeout=timeout,
            as_json=as_json,
            download=download,
            output_dir=output_dir,
            output=output,
        )


def jobs(
    page: Annotated[int, typer.Option(min=1, help="Page, newest first.")] = 1,
    per_page: Annotated[int, typer.Option(min=1, max=30, help="Jobs per page.")] = 10,
    as_json: AsJson = False,
    url: Url = None,
    key: Key = None,
) -> None:
    """List your jobs, newest first."""
    with _client(url, key) as client, explained_errors(client.base_url):
        found = client.list(page=page, per_page=per_page)
    if as_json:
        stdout.print_json(json.dumps([job.raw for job in found]))
        return
    table = Table("id", "status", "progress", "prompt or image", "files")
    for job in found:
        subject = str(job.meta.get("prompt") or job.meta.get("image") or "")
        progress = "100%" if job.succeeded else f"{job.progress or 0}%"
        table.add_row(str(job.id), stage_of(job), progress, subject[:40], "\n".join(job.output))
    stdout.print(table)


def cancel(
    job_id: Annotated[str, typer.Argument(help="The job's id.")],
    as_json: AsJson = False,
    url: Url = None,
    key: Key = None,
) -> None:
    """Cancel a queued or running job."""
    with _client(url, key) as client, explained_errors(client.base_url):
        job = client.cancel(job_id)
    if as_json:
        stdout.print_json(json.dumps(job.raw))
    else:
        stdout.print(f"Job {job.id}: {job.message or job.status}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``generate``, ``fetch``, ``jobs`` and ``cancel`` to the ``meshforge`` command."""
    app.add_typer(generate_app, name="generate")
    app.command("fetch")(fetch)
    app.command("jobs")(jobs)
    app.command("cancel")(cancel)
