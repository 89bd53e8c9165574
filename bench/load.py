"""MeshForge polling load: 1000 clients polling fetch every 3 s, then the same mix to saturation.

What it measures, against a real ``meshforge serve`` child (``MESHFORGE_WORKERS=1``, a temporary
data directory, traffic to 127.0.0.1 only):

  1. paced: ``--clients`` polling clients (default 1000), each POSTing
     ``/api/v6/3d/fetch/{id}`` with its key and waiting ``--interval`` s (default 3) after every
     answer, i.e. about 333 requests/s, for ``--paced-s`` (default 60);
  2. saturation: the same request mix from ``--connections`` (default 64) connections as fast
     as the server answers, for ``--saturation-s`` (default 20).

For each phase: requests, achieved rate, latency p50/p90/p99/p99.9/max, errors (non-2xx
answers and socket errors: connect, read, write, timeout; must be 0), the job states the polls
saw, and the server's CPU time per request. Memory (RSS from /proc of the server and each
child process, e.g. the engine process) and the server's open file descriptors are read
before phase 1, after each phase, and sampled every 0.5 s during each for the peak.

The seeded mix is realistic: ``--keys`` keys (default 50), each with ``--finished`` finished
text jobs (default 6, resolution 128) and ``--unfinished`` image jobs (default 2, resolution
512, about 2 s each), so with one worker most of those stay queued or processing for the
whole run and their polls take the extra queue-position query. The per-key request limit is
lifted (``MESHFORGE_MAX_REQUESTS_PER_S``): saturation is meant to exceed it.

Load tool: wrk (Debian package ``wrk``) with ``bench/fetch_mix.lua``: compiled, and its Lua
``delay()`` turns each connection into a polling client with a think time (wrk2 and vegeta
are not packaged for Debian here). On 2+ cores the server is pinned to core 0 and wrk plus
the server's engine process to core 1 (``--no-pin`` to let the kernel place them), so the
API process has a core of its own and its CPU share is readable from /proc.

Usage: .venv/bin/python bench/load.py [--clients 1000] [--paced-s 60] [--saturation-s 20]
       (or ``make load``). Exits 1 when any request failed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from PIL import Image
from skimage import data as samples

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings
from meshforge.wiring import open_store

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "fetch_mix.lua"
TERMINAL = {"success", "failed", "error", "canceled"}
PROMPTS = ("a red wooden chair", "a blue sports car", "a snowman wearing a hat", "a teddy bear")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# ---- /proc ----------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (engine process, multiprocessing's resource tracker...)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found += kids
        frontier += kids
    return sorted(found)


def _label(pid: int) -> str:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "gone"
    if "resource_tracker" in cmdline:
        return "resource tracker"
    if "multiprocessing" in cmdline:
        return "engine process"
    return cmdline.split(" ", 1)[0].rsplit("/", 1)[-1]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _fds(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return 0


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def _runqueue_wait_s(pid: int) -> float:
    """Time the process's threads were runnable but waited for a CPU (schedstat, all threads)."""
    total = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                total += int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return total / 1e9


@dataclass
class Snapshot:
    """Resources of the server process tree at one moment."""

    server_rss: float
    children_rss: dict[str, float]
    server_fds: int
    server_cpu: float
    server_wait: float
    children_cpu: float
    db_mb: float
    loadavg: str

    @classmethod
    def take(cls, pid: int, data_dir: Path) -> Snapshot:
        kids = _children(pid)
        rss: dict[str, float] = {}
        for kid in kids:
            rss[_label(kid)] = rss.get(_label(kid), 0.0) + _rss_mb(kid)
        db = sum(p.stat().st_size for p in data_dir.glob("meshforge.db*") if p.is_file())
        return cls(
            server_rss=_rss_mb(pid),
            children_rss=rss,
            server_fds=_fds(pid),
            server_cpu=_cpu_s(pid),
            server_wait=_runqueue_wait_s(pid),
            children_cpu=sum(_cpu_s(kid) for kid in kids),
            db_mb=db / 2**20,
            loadavg=" ".join(Path("/proc/loadavg").read_text().split()[:3]),
        )

    @property
    def total_rss(self) -> float:
        return self.server_rss + sum(self.children_rss.values())


class PeakSampler:
    """Samples the server's RSS, its tree's RSS and its fds every 0.5 s while a phase runs."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.server_rss = self.total_rss = 0.0
        self.fds = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()
        self.sample()

    def sample(self) -> None:
        """One reading; the peak keeps the largest."""
        server = _rss_mb(self.pid)
        total = server + sum(_rss_mb(kid) for kid in _children(self.pid))
        self.server_rss = max(self.server_rss, server)
        self.total_rss = max(self.total_rss, total)
        self.fds = max(self.fds, _fds(self.pid))

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def _pin(pid: int, cpus: set[int]) -> None:
    """Set the affinity of every thread of ``pid``."""
    for tid in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):  # the thread ended meanwhile
            os.sched_setaffinity(int(tid), cpus)


# ---- the server and its jobs ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _create_keys(data_dir: Path, count: int) -> list[str]:
    """``count`` ordinary keys, written to the store before the server starts."""
    store = open_store(Settings(data_dir=data_dir))
    try:
        keys = [generate_key() for _ in range(count)]
        for number, key in enumerate(keys):
            store.add_key(f"load-{number}", hash_key(key), key_prefix(key))
        return keys
    finally:
        store.close()


def _image_data_uri() -> str:
    """scikit-image's astronaut (512 x 512, no alpha: the image engine's slow GrabCut path)."""
    buffer = io.BytesIO()
    Image.fromarray(samples.astronaut()).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _submit(client: httpx.Client, path: str, body: dict[str, Any]) -> int:
    answer = client.post(path, json=body)
    payload = answer.json()
    if answer.status_code != 200 or payload.get("status") != "processing":
        raise RuntimeError(f"submit to {path} failed: {answer.status_code} {payload}")
    return int(payload["id"])


def _wait_terminal(client: httpx.Client, jobs: list[tuple[int, str]], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    pending = list(jobs)
    while pending:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(pending)} seeded jobs not finished after {timeout_s:.0f} s")
        job_id, key = pending[0]
        status = client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()["status"]
        if status in TERMINAL:
            if status != "success":
                raise RuntimeError(f"seeded job {job_id} ended {status}")
            pending.pop(0)
        else:
            time.sleep(0.2)


def seed(base: str, keys: list[str], finished: int, unfinished: int) -> list[tuple[int, str]]:
    """Submit and finish the text jobs, then queue the slow image jobs; every (id, key)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        done = [
            (
                _submit(
                    client,
                    "/api/v6/3d/text_to_3d",
                    {"key": key, "prompt": PROMPTS[n % len(PROMPTS)], "resolution": 128},
                ),
                key,
            )
            for n in range(finished)
            for key in keys
        ]
        _wait_terminal(client, done, timeout_s=600)
        image = _image_data_uri()
        waiting = [
            (
                _submit(
                    client,
                    "/api/v6/3d/image_to_3d",
                    {"key": key, "init_image": image, "resolution": 512, "seed": n + 1},
                ),
                key,
            )
            for n in range(unfinished)
            for key in keys
        ]
    return done + waiting


class Server:
    """``meshforge serve`` as a child process; stopped by ``stop`` whatever happened."""

    def __init__(self, workdir: Path, pin: bool) -> None:
        self.data_dir, self.port, self.pin = workdir / "data", _free_port(), pin
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        meshforge = str(Path(sys.executable).with_name("meshforge"))
        command = [meshforge, "serve", "--port", str(self.port), "--data-dir", str(self.data_dir)]
        if self.pin:
            command = ["taskset", "-c", "0", *command]
        env = {**os.environ, "MESHFORGE_WORKERS": "1", "MESHFORGE_MAX_REQUESTS_PER_S": "1000000"}
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}: {self.log()}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise TimeoutError("server did not answer /healthz within 60 s")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def move_children(self) -> None:
        """Engine (and other child) processes to core 1, with the load tool."""
        if self.pin:
            for kid in _children(self.pid):
                _pin(kid, {1})

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if not self.alive():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


# ---- wrk ------------------------------------------------------------------------------------


@dataclass
class PhaseResult:
    """One wrk run, with the server's resources before and after it."""

    name: str
    connections: int
    wrk: dict[str, Any]
    before: Snapshot
    after: Snapshot
    peak: PeakSampler
    wall_s: float
    notes: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return int(self.wrk["requests"])

    @property
    def rate(self) -> float:
        return self.requests / (self.wrk["duration_us"] / 1e6)

    @property
    def non_2xx(self) -> int:
        return sum(n for code, n in self.wrk["codes"].items() if not code.startswith("2"))

    @property
    def socket_errors(self) -> int:
        errors = self.wrk["errors"]
        return int(errors["connect"] + errors["read"] + errors["write"] + errors["timeout"])

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors

    def latency_ms(self, name: str) -> float:
        return float(self.wrk["latency_us"][name]) / 1000

    @property
    def server_cpu_pct(self) -> float:
        return 100 * (self.after.server_cpu - self.before.server_cpu) / self.wall_s

    @property
    def server_wait_pct(self) -> float:
        """Share of the phase the server was runnable but waiting for a CPU."""
        return 100 * (self.after.server_wait - self.before.server_wait) / self.wall_s

    @property
    def engine_cpu_pct(self) -> float:
        return 100 * (self.after.children_cpu - self.before.children_cpu) / self.wall_s

    @property
    def cpu_ms_per_request(self) -> float:
        return 1000 * (self.after.server_cpu - self.before.server_cpu) / max(1, self.requests)


def run_wrk(
    server: Server,
    targets: Path,
    name: str,
    connections: int,
    duration_s: int,
    think_ms: int | None,
) -> PhaseResult:
    """One phase: wrk with the fetch mix, and the server's resources around it."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration_s}s", "--timeout", "10s"]
    command += ["-s", str(LUA), server.base, "--", str(targets), str(connections)]
    if server.pin:
        command = ["taskset", "-c", "1", *command]
    env = dict(os.environ)
    env.pop("MESHFORGE_LOAD_THINK_MS", None)
    if think_ms is not None:
        env["MESHFORGE_LOAD_THINK_MS"] = str(think_ms)
    server.move_children()
    before = Snapshot.take(server.pid, server.data_dir)
    started = time.monotonic()
    with PeakSampler(server.pid) as peak:
        out = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=duration_s + 120
        )
    wall_s = time.monotonic() - started
    after = Snapshot.take(server.pid, server.data_dir)
    line = next((x for x in out.stdout.splitlines() if x.startswith("LOADJSON ")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    result = PhaseResult(name, connections, json.loads(line[9:]), before, after, peak, wall_s)
    if not server.alive():
        result.notes.append("server process died during the phase")
    return result


# ---- report ---------------------------------------------------------------------------------


def _settled(server: Server, seconds: float = 3.0) -> Snapshot:
    """A snapshot after idle connections have been closed and freed."""
    time.sleep(seconds)
    return Snapshot.take(server.pid, server.data_dir)


def print_report(
    phases: list[PhaseResult], points: list[tuple[str, Snapshot]], peaks: dict[str, PeakSampler]
) -> None:
    print("\n### Latency and errors (wrk, POST /api/v6/3d/fetch/{id})\n")
    print(
        "| phase | conns | requests | rate req/s | p50 ms | p90 ms | p99 ms | p99.9 ms "
        "| max ms | non-2xx | socket errors | server CPU % | server waiting for CPU % "
        "| server CPU ms/req | engine CPU % |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for p in phases:
        print(
            f"| {p.name} | {p.connections} | {p.requests:,} | {p.rate:,.0f} "
            f"| {p.latency_ms('p50'):.1f} | {p.latency_ms('p90'):.1f} | {p.latency_ms('p99'):.1f} "
            f"| {p.latency_ms('p999'):.1f} | {p.latency_ms('max'):.1f} | {p.non_2xx} "
            f"| {p.socket_errors} | {p.server_cpu_pct:.0f} | {p.server_wait_pct:.0f} "
            f"| {p.cpu_ms_per_request:.2f} "
            f"| {p.engine_cpu_pct:.0f} |"
        )
    print("\n### Job states seen by the polls\n")
    print("| phase | HTTP codes | job states |")
    print("|---|---|---|")
    for p in phases:
        codes = ", ".join(f"{k}: {v:,}" for k, v in sorted(p.wrk["codes"].items()))
        states = ", ".join(f"{k}: {v:,}" for k, v in sorted(p.wrk["job_states"].items()))
        print(f"| {p.name} | {codes} | {states} |")
    print("\n### Server memory and file descriptors\n")
    labels = sorted({label for _, s in points for label in s.children_rss})
    header = " | ".join(f"{label} RSS MB" for label in labels)
    print(f"| point | server RSS MB | {header} | tree RSS MB | server fds | DB+WAL MB | load avg |")
    print("|---|---|" + "---|" * len(labels) + "---|---|---|---|")
    for name, s in points:
        kids = " | ".join(f"{s.children_rss.get(label, 0):.0f}" for label in labels)
        print(
            f"| {name} | {s.server_rss:.0f} | {kids} | {s.total_rss:.0f} | {s.server_fds} "
            f"| {s.db_mb:.1f} | {s.loadavg} |"
        )
        if name in peaks:
            peak = peaks[name]
            blank = " | ".join("" for _ in labels)
            print(
                f"| peak during {name.removeprefix('after ')} | {peak.server_rss:.0f} | {blank} "
                f"| {peak.total_rss:.0f} | {peak.fds} | | |"
            )
    for p in phases:
        for note in p.notes:
            print(f"\n{p.name}: {note}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=50)
    parser.add_argument("--finished", type=int, default=6, help="finished text jobs per key")
    parser.add_argument("--unfinished", type=int, default=2, help="queued image jobs per key")
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--interval", type=float, default=3.0, help="seconds between polls")
    parser.add_argument("--paced-s", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--saturation-s", type=int, default=20)
    parser.add_argument("--no-pin", action="store_true", help="do not pin processes to cores")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if not 1 <= args.keys * (args.finished + args.unfinished) <= 20_000:
        parser.error("keys x jobs per key must be between 1 and 20000")
    if not (args.paced_s <= 600 and args.saturation_s <= 600 and args.clients <= 10_000):
        parser.error("phases are capped at 600 s and 10000 clients")
    return args


def run_phases(
    server: Server, args: argparse.Namespace
) -> tuple[list[PhaseResult], list[tuple[str, Snapshot]]]:
    """Seed the server, then the paced and the saturation phase."""
    keys = _create_keys(server.data_dir, args.keys)
    server.start()
    started = time.monotonic()
    jobs = seed(server.base, keys, args.finished, args.unfinished)
    print(
        f"  seeded {len(keys)} keys, {args.finished * len(keys)} finished text jobs and "
        f"{args.unfinished * len(keys)} queued image jobs in {time.monotonic() - started:.0f} s"
    )
    random.Random(4).shuffle(jobs)
    targets = server.data_dir.parent / "targets.txt"
    targets.write_text("".join(f"{job_id} {key}\n" for job_id, key in jobs))

    server.move_children()
    points = [("before phase 1", _settled(server, 1.0))]
    print(f"  phase 1: {args.clients} clients, one poll each every {args.interval} s")
    think_ms = int(args.interval * 1000)
    paced = run_wrk(server, targets, "paced", args.clients, args.paced_s, think_ms)
    points.append(("after phase 1", _settled(server)))
    print(f"  phase 2: {args.connections} connections as fast as possible")
    saturated = run_wrk(server, targets, "saturation", args.connections, args.saturation_s, None)
    points.append(("after phase 2", _settled(server)))
    return [paced, saturated], points


def main() -> int:
    args = parse_args()
    if shutil.which("wrk") is None:
        print("bench/load.py needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    cores = os.sched_getaffinity(0)
    pin = not args.no_pin and {0, 1} <= cores
    layout = "server on core 0; wrk and engine process on core 1" if pin else "unpinned"
    print(f"MeshForge polling load, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"  load average at start: {Path('/proc/loadavg').read_text().strip()}")
    print(f"  layout: {layout}; {args.paced_s} s paced, {args.saturation_s} s saturation")

    # SIGTERM unwinds like Ctrl-C, so the finally below still stops the server
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    workdir = Path(tempfile.mkdtemp(prefix="meshforge-load-"))
    server = Server(workdir, pin)
    try:
        phases, points = run_phases(server, args)
    except Exception:
        if server.log_path.exists():
            print(f"server log (tail):\n{server.log()}", file=sys.stderr)
        raise
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print_report(phases, points, {"after phase 1": phases[0].peak, "after phase 2": phases[1].peak})
    failed = sum(p.errors for p in phases)
    if failed or any(p.notes for p in phases):
        print(f"\nFAILED: {failed} request(s) errored", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
