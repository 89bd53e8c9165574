"""deploy/ names only settings and commands that exist, and the compose file hangs together."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer

from meshforge.cli import app
from meshforge.settings import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
FILES = sorted(p for p in DEPLOY.rglob("*") if p.is_file())
COMPOSE = DEPLOY / "docker-compose.yml"
PROMETHEUS = DEPLOY / "prometheus.yml"
DASHBOARD = DEPLOY / "grafana/dashboards/meshforge.json"
UNITS = sorted((DEPLOY / "systemd").glob("meshforge-*.service"))

#: `meshforge serve`, `/opt/.../bin/meshforge keys create`, `"meshforge", "migrate"` (compose lists)
_COMMAND = re.compile(
    r"""(?:^|[\s"'`(/\[])meshforge"?,?[ \t]+"?([a-z][a-z-]*)"?"""
    r"""(?:,?[ \t]+"?([a-z][a-z-]*))?"""
)
_SETTING = re.compile(r"\bMESHFORGE_[A-Z0-9_]+")


def _cli_commands() -> dict[str, set[str]]:
    """Registered commands of the typer app; a group maps to its subcommands."""
    root = typer.main.get_command(app)
    commands: dict[str, set[str]] = {}
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        commands[name] = set(getattr(command, "commands", {}))
    return commands


def test_the_deploy_folder_is_there() -> None:
    names = {p.relative_to(DEPLOY).as_posix() for p in FILES}
    assert {"Dockerfile", "docker-compose.yml", "meshforge.env.example"} <= names
    assert {
        "systemd/meshforge-api.service",
        "systemd/meshforge-worker@.service",
        "systemd/meshforge-migrate.service",
        "systemd/minio.service",
    } <= names


def test_every_meshforge_variable_is_a_setting() -> None:
    fields = {"MESHFORGE_" + name.upper() for name in Settings.model_fields}
    used = {(m, p.name) for p in FILES for m in _SETTING.findall(p.read_text())}
    unknown = sorted(f"{var} in {file}" for var, file in used if var not in fields)
    assert not unknown, f"not fields of Settings: {unknown}"


def test_every_meshforge_command_exists() -> None:
    commands = _cli_commands()
    used: set[tuple[str, str, str]] = set()
    for path in FILES:
        for name, sub in _COMMAND.findall(path.read_text()):
            used.add((name, sub if commands.get(name) else "", path.name))
    assert {name for name, _, _ in used} >= {"serve", "worker", "migrate", "cleanup", "keys"}
    missing = sorted(
        f"meshforge {name} {sub}".strip() + f" in {file}"
        for name, sub, file in used
        if name not in commands or (sub and sub not in commands[name])
    )
    assert not missing, f"not commands of meshforge.cli.app: {missing}"


def _grace_s() -> float:
    """The default MESHFORGE_SHUTDOWN_GRACE_S, which deploy/ keeps."""
    return float(Settings.model_fields["shutdown_grace_s"].default)


@pytest.mark.parametrize("unit", [u for u in UNITS if "api" in u.name or "worker" in u.name])
def test_units_wait_longer_than_the_shutdown_grace(unit: Path) -> None:
    text = unit.read_text()
    assert "KillSignal=SIGTERM" in text
    timeout = re.search(r"^TimeoutStopSec=(\d+)$", text, re.M)
    assert timeout and float(timeout.group(1)) > _grace_s()
    hardening = ("NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=", "PrivateTmp=yes")
    assert all(option in text for option in hardening)
    if "worker" in unit.name:
        assert "Restart=always" in text


def test_compose_services_depend_on_healthy_or_finished_services() -> None:
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    assert {"postgres", "redis", "minio", "createbucket", "migrate", "worker"} <= set(services)
    apis = [name for name in services if name.startswith("api")]
    assert apis, "no API service"
    for name, service in services.items():
        for dependency, rule in (service.get("depends_on") or {}).items():
            assert dependency in services, f"{name} depends on unknown {dependency}"
            if rule["condition"] == "service_healthy":
                assert "healthcheck" in services[dependency], f"{dependency} has no healthcheck"
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):  # a file of deploy/ mounted into the container
                assert (DEPLOY / source).exists(), f"{name} mounts missing {source}"
            else:
                assert source in compose["volumes"], f"{name} mounts undeclared volume {source}"
    for name in [*apis, "worker"]:
        rules = services[name]["depends_on"]
        assert rules["migrate"]["condition"] == "service_completed_successfully"
        assert rules["postgres"]["condition"] == "service_healthy"
    for name in apis:
        assert "/readyz" in " ".join(services[name]["healthcheck"]["test"])
    grace = float(services["worker"]["environment"]["MESHFORGE_SHUTDOWN_GRACE_S"])
    assert float(services["worker"]["stop_grace_period"].rstrip("s")) > grace


def test_prometheus_scrapes_every_api_and_every_worker_where_they_serve_metrics() -> None:
    yaml = pytest.importorskip("yaml")
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    jobs = {
        job["job_name"]: job for job in yaml.safe_load(PROMETHEUS.read_text())["scrape_configs"]
    }
    apis = {name for name in services if name.startswith("api")}
    api_targets = jobs["meshforge-api"]["static_configs"][0]["targets"]
    assert {target.split(":")[0] for target in api_targets} == apis
    assert all(target.endswith(":8000") for target in api_targets)  # the port `serve` binds
    (workers,) = jobs["meshforge-worker"]["dns_sd_configs"]
    assert workers["names"] == ["worker"]
    for name in ("worker", "gpu-worker"):
        environment = services[name]["environment"]
        assert int(environment["MESHFORGE_METRICS_PORT"]) == workers["port"]
        assert environment["MESHFORGE_METRICS_HOST"] == "0.0.0.0"  # noqa: S104 (for Prometheus)
    grafana = services["grafana"]["volumes"]
    assert "./grafana/provisioning:/etc/grafana/provisioning:ro" in grafana


def test_the_dashboard_queries_only_metrics_meshforge_serves() -> None:
    from meshforge.telemetry.metrics import REGISTRY, FleetSnapshot, watch_fleet

    stop = watch_fleet(lambda: FleetSnapshot(queued=0, processing=0, workers=1, slots=2))
    try:
        served = {family.name for family in REGISTRY.collect()}
    finally:
        stop()
    dashboard = json.loads(DASHBOARD.read_text())
    queries = [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    used = {
        re.sub(r"_(bucket|count|sum|total)$", "", name)
        for query in queries
        for name in re.findall(r"\b(?:meshforge|process)_[a-z_]+", query)
    }
    assert used - served == set()
    # every metric the issue asks a dashboard for is on it
    assert {
        "meshforge_http_requests",
        "meshforge_jobs_finished",
        "meshforge_queue_depth",
        "meshforge_job_wait_seconds",
        "meshforge_job_generation_seconds",
        "meshforge_engine_process_restarts",
        "meshforge_webhook_deliveries",
        "meshforge_workers",
        "meshforge_worker_slots",
    } <= used
    sources = DEPLOY / "grafana/provisioning/datasources/prometheus.yml"
    uid = re.search(r"uid: (\S+)", sources.read_text())
    assert uid and {
        target["datasource"]["uid"] for p in dashboard["panels"] for target in p["targets"]
    } == {uid.group(1)}
