"""The ``meshforge`` command: serve, run workers, migrate, clean up, and manage API keys."""

from __future__ import annotations

import faulthandler
import signal
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from meshforge.client.commands import register as register_client_commands
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings

app = typer.Typer(help="MeshForge: a self-hosted ModelsLab-compatible 3D generation server.")
keys_app = typer.Typer(help="Create, list and revoke API keys.")
app.add_typer(keys_app, name="keys")
# generate, fetch, jobs, cancel: the commands that talk to a running server
register_client_commands(app)
console = Console()

DataDir = Annotated[
    Path | None,
    typer.Option(
        help="Data directory [env MESHFORGE_DATA_DIR, default ./data]", show_default=False
    ),
]


def load_settings(**overrides: Any) -> Settings:
    """Settings from MESHFORGE_* variables, overridden by the flags actually given."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def _create_key(settings: Settings, name: str, admin: bool) -> tuple[str, str]:
    from meshforge.wiring import open_store

    store = open_store(settings)
    try:
        key = generate_key()
        record = store.add_key(name, hash_key(key), key_prefix(key), is_admin=admin)
        return key, store.webhook_secret(record.id) or ""
    finally:
        store.close()


def _start_logging(settings: Settings) -> None:
    """Log lines as the settings say; ``kill -USR1 PID`` prints every thread's stack."""
    from meshforge.telemetry.logs import start_logging

    start_logging(settings.log_format)
    # an operator (or a test) can see where a process that will not stop is waiting
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, all_threads=True)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface [env MESHFORGE_HOST]")] = None,
    port: Annotated[int | None, typer.Option(help="Port [env MESHFORGE_PORT]")] = None,
    data_dir: DataDir = None,
    workers: Annotated[int | None, typer.Option(help="Jobs run at once [default: cores]")] = None,
) -> None:
    """Start the server with its in-process workers."""
    import uvicorn

    from meshforge.api.app import create_app
    from meshforge.wiring import build_runtime

    settings = load_settings(host=host, port=port, data_dir=data_dir, workers=workers)
    _start_logging(settings)
    runtime = build_runtime(settings)
    console.print(f"[bold]MeshForge[/bold] serving on [cyan]{settings.base_url}[/cyan]")
    jobs_run_by = (
        f"Celery workers via {_redact(settings.queue_url)}"
        if settings.uses_celery
        else f"{settings.workers} in-process worker(s)"
    )
    console.print(f"  data: {settings.data_dir.resolve()}   jobs: {jobs_run_by}")
    if not any(k.is_active for k in runtime.store.list_keys()):
        key = generate_key()
        runtime.store.add_key("default", hash_key(key), key_prefix(key), is_admin=True)
        console.print(
            f"  created an admin API key (shown once, keep it): [green]{key}[/green]",
            soft_wrap=True,
        )
    else:
        console.print(
            "  API keys: use yours, or create one with `meshforge keys create --name NAME`"
        )
    console.print(f"  playground: {settings.base_url}/   API docs: {settings.base_url}/docs")
    uvicorn.run(
        create_app(runtime),
        host=settings.host,
        port=settings.port,
        log_level="info",
        access_log=False,
        log_config=None,  # uvicorn's records go through the handler _start_logging set up
    )


@app.command()
def worker(
    concurrency: Annotated[
        int, typer.Option(min=1, max=64, help="Jobs run at once (one engine process each)")
    ] = 1,
    engines: Annotated[
        str, typer.Option(help="Comma-separated model_ids to serve [default: all]")
    ] = "",
    data_dir: DataDir = None,
) -> None:
    """Run jobs from the Celery broker in MESHFORGE_QUEUE_URL (scale-out mode)."""
    from meshforge.errors import ConfigurationError
    from meshforge.wiring import build_worker

    settings = load_settings(data_dir=data_dir)
    _start_logging(settings)
    wanted = [name.strip() for name in engines.split(",") if name.strip()]
    try:
        runner = build_worker(settings, wanted, concurrency)
    except ConfigurationError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if settings.metrics_port:
        from prometheus_client import start_http_server

        from meshforge.telemetry.metrics import REGISTRY

        start_http_server(settings.metrics_port, settings.metrics_host, registry=REGISTRY)
        console.print(f"  metrics: http://{settings.metrics_host}:{settings.metrics_port}/metrics")
    console.print(
        f"[bold]MeshForge worker[/bold]: engines {', '.join(wanted) or 'all'}, "
        f"concurrency {concurrency}, broker {_redact(settings.queue_url)}"
    )
    raise typer.Exit(runner.run())


def _redact(url: str) -> str:
    """A URL without its password, for printing."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    return f"{scheme}{sep}{credentials.split(':', 1)[0]}:***@{host}"


@app.command()
def migrate(data_dir: DataDir = None) -> None:
    """Bring the job database to the newest schema (also done by serve and worker at start)."""
    from meshforge.wiring import migrate_store

    before, after = migrate_store(load_settings(data_dir=data_dir))
    console.print(f"database at revision {after} (was {before or 'empty'})")


@app.command()
def cleanup(
    jobs_older_than_days: Annotated[
        float | None,
        typer.Option(help="Also delete finished jobs (rows and files) older than this"),
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Remove expired temp outputs and uploads now; optionally delete old finished jobs."""
    from meshforge.wiring import open_file_storage, open_store
    from meshforge.worker.retention import RetentionSweeper

    settings = load_settings(data_dir=data_dir)
    store = open_store(settings)
    try:
        sweeper = RetentionSweeper(store, open_file_storage(settings), settings.cleanup_interval_s)
        purged = sweeper.sweep()
        console.print(f"removed the files of {purged} expired job(s)")
        if jobs_older_than_days is not None:
            deleted = sweeper.delete_finished_before(time.time() - jobs_older_than_days * 86400)
            console.print(
                f"deleted {deleted} finished job(s) older than {jobs_older_than_days:g} days"
            )
    finally:
        store.close()


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Option(help="A label for the key")],
    admin: Annotated[bool, typer.Option(help="May use admin endpoints")] = False,
    data_dir: DataDir = None,
) -> None:
    """Create a key and print it once; only its hash is stored.

    The key goes to standard output (so ``KEY=$(meshforge keys create ...)`` works); its
    webhook signing secret goes to standard error.
    """
    key, secret = _create_key(load_settings(data_dir=data_dir), name, admin)
    console.print(key, highlight=False, soft_wrap=True)
    Console(stderr=True).print(f"webhook signing secret: {secret}", highlight=False, soft_wrap=True)


@keys_app.command("list")
def keys_list(data_dir: DataDir = None) -> None:
    """List keys (names and prefixes only)."""
    from meshforge.wiring import open_store

    store = open_store(load_settings(data_dir=data_dir))
    try:
        table = Table("name", "prefix", "admin", "state")
        for record in store.list_keys():
            state = "active" if record.is_active else "revoked"
            table.add_row(record.name, record.prefix + "…", "yes" if record.is_admin else "", state)
        console.print(table)
    finally:
        store.close()


@keys_app.command("revoke")
def keys_revoke(
    name: Annotated[str, typer.Argument(help="The key's name or its prefix")],
    data_dir: DataDir = None,
) -> None:
    """Revoke keys by name or prefix; a running server stops accepting them within seconds."""
    from meshforge.wiring import open_store

    store = open_store(load_settings(data_dir=data_dir))
    try:
        revoked = store.revoke_key(name)
    finally:
        store.close()
    if not revoked:
        console.print(f"[red]no active key named or starting with {name!r}[/red]")
        raise typer.Exit(1)
    console.print(f"revoked {len(revoked)} key(s): " + ", ".join(r.name for r in revoked))


def _device_in_use(setting: str) -> str:
    """What the device setting means on this machine (asks torch only if it is installed)."""
    import importlib.util

    if importlib.util.find_spec("torch") is None:
        return f"{setting} (torch not installed: pip install 'meshforge[neural]')"
    from meshforge.engines.neural.runtime import place

    try:
        return f"{place(setting).name} ({setting})"
    except RuntimeError as exc:
        return f"[red]{exc}[/red]"


@app.command()
def models(
    data_dir: DataDir = None,
    models_dir: Annotated[
        Path | None,
        typer.Option(
            help="Weights directory [env MESHFORGE_MODELS_DIR, default <data-dir>/models]",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List every engine: whether its weights are present and valid, its device and licence."""
    from meshforge.engines.registry import ENGINES, describe_weights

    settings = load_settings(data_dir=data_dir, models_dir=models_dir)
    folder = settings.models_path
    table = Table(title=f"Engines (weights from {folder.resolve()})")
    for column in ("engine", "tasks", "weights", "device", "licence"):
        table.add_column(column)
    device = _device_in_use(settings.device)
    missing: list[str] = []
    for info in ENGINES:
        weights = describe_weights(info, folder)
        if weights is None:
            table.add_row(
                info.model_id, ", ".join(sorted(info.tasks)), "none needed", "CPU", info.licence
            )
            continue
        states = []
        for task, state in weights.items():
            if state["valid"]:
                states.append(f"[green]{task}: valid[/green]")
            else:
                word = "present, invalid" if state["present"] else "missing"
                states.append(f"[red]{task}: {word}[/red] ({state['problem']})")
                missing.append(state["download"])
        table.add_row(
            info.model_id, ", ".join(sorted(info.tasks)), "\n".join(states), device, info.licence
        )
    console.print(table)
    if missing:
        console.print("Fill the missing folders on a machine with internet, then copy them here:")
        for command in missing:
            console.print(f"  {command}", markup=False, soft_wrap=True)


def main() -> None:
    """Entry point of the ``meshforge`` script."""
    app()
