"""SIGKILL the server 20 times at random moments while a client submits and polls; check history.

A real ``meshforge serve`` (two workers) runs on a temporary data dir. A client thread keeps
submitting small text_to_3d jobs and polling them; it records everything it sees, and treats
connection errors as "the server is down, try again" (a submit whose answer was lost is not
accepted). The main thread kills the server at seeded-random moments, snapshots which jobs the
job table shows running at that instant, and restarts it. After the last restart every accepted
job is polled to its end, and ``history.check`` judges the whole run: no timing is used as proof.

Set ``MESHFORGE_FAULT_SEED`` to replay or explore another schedule.
"""

from __future__ import annotations

import io
import json
import os
import random
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import trimesh

from fault.history import (
    DbJob,
    Download,
    History,
    Kill,
    Observation,
    ServerState,
    Submit,
    Verdict,
    check,
)
from support.serving import ServerProcess, create_key_with_cli, free_port

SEED = int(os.environ.get("MESHFORGE_FAULT_SEED", "20250917"))
KILLS = 20
#: Half the kills (seeded coin) come this long (uniform) after /healthz answers again: they
#: mostly land while the engine processes still warm up, on jobs claimed but not yet started.
KILL_WINDOW_S = (0.3, 3.0)
#: The other half come this long after the client first sees a job succeed after the restart
#: (engines warm): they land on running jobs (render jobs take seconds), publishing, or idle.
KILL_WINDOW_WARM_S = (0.0, 4.0)
WARM_WAIT_S = 30.0
MAX_ATTEMPTS = 3  # the server's default; the checker expects interrupted jobs to fail at it
PROMPTS = ("a chair", "a red car", "a green tree", "a blue mug", "a tall lamp", "a small house")
FORMATS = ("glb", "glb", "obj", "stl", "ply")
RESOLUTIONS = (64, 96, 128, 256)
#: one job in RENDER_EVERY also renders previews (about 5 s instead of 0.1 s): kills land mid-job
RENDER_EVERY = 10
#: client pacing: one submit per interval while fewer than MAX_PENDING jobs are unfinished
SUBMIT_INTERVAL_S = 0.15
MAX_PENDING = 8  # the server queues at most 10 per key
MAX_SUBMITS = 600
POLL_INTERVAL_S = 0.2
#: bounds on the whole run and on the wait for the last jobs
RUN_BUDGET_S = 360.0
DRAIN_S = 120.0
ORPHAN_GRACE_S = 60.0
SERVER_ENV = {
    "MESHFORGE_WORKERS": "2",
    "MESHFORGE_MAX_ATTEMPTS": str(MAX_ATTEMPTS),
    # this run is about kills, not request rate limits; "" keeps the embedded SQLite store
    "MESHFORGE_MAX_REQUESTS_PER_S": "100000",
    "MESHFORGE_DATABASE_URL": "",
}


# ---- processes and the job table, read from outside the server -----------------------------


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()
    return fields[0], int(fields[1])


def _descendants(root: int) -> list[int]:
    """Every live descendant of ``root`` (engine processes and their resource tracker)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _proc_stat(int(entry))) is not None:
            children.setdefault(stat[1], []).append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _is_running(pid: int) -> bool:
    stat = _proc_stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")


def _is_engine(pid: int) -> bool:
    """A running engine process (not the idle resource tracker)."""
    try:
        return _is_running(pid) and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _read_table(db_path: Path, where: str = "") -> list[dict[str, Any]]:
    """Rows of the job table, read-only (the server may be dead, running, or stopped)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"SELECT * FROM jobs {where}")]  # noqa: S608
    finally:
        conn.close()


def _db_jobs(db_path: Path) -> dict[int, DbJob]:
    jobs = {}
    for row in _read_table(db_path):
        jobs[row["id"]] = DbJob(
            id=row["id"],
            status=row["status"],
            attempts=row["attempts"],
            message=row["message"],
            file_prefix=row["file_prefix"],
            output_format=row["output_format"],
            files=tuple(json.loads(row["files"] or "[]")),
            track_id=json.loads(row["track_id"]) if row["track_id"] else None,
        )
    return jobs


# ---- the client ------------------------------------------------------------------------------


class Client(threading.Thread):
    """Submits jobs and polls them, recording every answer; survives the server going away."""

    def __init__(self, base: str, key: str, history: History, rng: random.Random) -> None:
        super().__init__(name="fault-client", daemon=True)
        self.base, self.key, self.history, self.rng = base, key, history, rng
        self.submitting = threading.Event()
        self.submitting.set()
        self.finished = threading.Event()
        self.error: BaseException | None = None
        self._last_poll: dict[int, float] = {}
        self._last_submit = 0.0
        self._down_until = 0.0
        self._sent = 0

    def run(self) -> None:
        """The client loop (bounded by ``RUN_BUDGET_S + DRAIN_S`` and ``MAX_SUBMITS``)."""
        deadline = time.monotonic() + RUN_BUDGET_S + DRAIN_S
        try:
            with httpx.Client(base_url=self.base, timeout=5.0) as http:
                while not self.finished.is_set() and time.monotonic() < deadline:
                    time.sleep(0.03)  # pacing, not a proof of anything
                    if time.monotonic() < self._down_until:
                        continue
                    pending = self._pending()
                    if (
                        self.submitting.is_set()
                        and len(pending) < MAX_PENDING
                        and self._sent < MAX_SUBMITS
                        and time.monotonic() - self._last_submit >= SUBMIT_INTERVAL_S
                    ):
                        self._submit(http)
                    self._poll(http, pending)
        except BaseException as exc:  # handed to the test thread, which re-raises it
            self.error = exc

    def _pending(self) -> list[int]:
        return [j for j, s in self.history.last_status().items() if s == "processing"]

    def _submit(self, http: httpx.Client) -> None:
        self._sent += 1
        self._last_submit = time.monotonic()
        track_id = f"fault-{self._sent:05d}"
        prompt = self.rng.choice(PROMPTS)
        output_format = self.rng.choice(FORMATS)
        resolution = self.rng.choice(RESOLUTIONS)
        render = self._sent % RENDER_EVERY == 0
        fields: dict[str, Any] = {
            "track_id": track_id,
            "prompt": prompt,
            "output_format": output_format,
            "resolution": resolution,
            "render": render,
            "sent_at": self.history.now(),
        }
        request = {"key": self.key, **fields}
        del request["sent_at"]
        try:
            response = http.post("/api/v6/3d/text_to_3d", json=request)
        except httpx.ConnectError:  # refused: the request never reached a server
            self.history.add_submit(Submit(**fields, outcome="unsent"))
            self._down_until = time.monotonic() + 0.1
            return
        except httpx.TransportError:  # sent, but the answer was lost: may or may not exist
            self.history.add_submit(Submit(**fields, outcome="lost"))
            self._down_until = time.monotonic() + 0.1
            return
        body = _json(response)
        outcome = "accepted" if response.status_code == 200 else "rejected"
        self.history.add_submit(
            Submit(**fields, outcome=outcome, http_status=response.status_code, body=body)
        )

    def _poll(self, http: httpx.Client, pending: list[int]) -> None:
        for job_id in pending:
            if time.monotonic() - self._last_poll.get(job_id, 0.0) < POLL_INTERVAL_S:
                continue
            self._last_poll[job_id] = time.monotonic()
            try:
                response = http.post(f"/api/v6/3d/fetch/{job_id}", json={"key": self.key})
            except httpx.TransportError:
                self._down_until = time.monotonic() + 0.1
                return  # the server is down: try again shortly
            if response.status_code in (429, 503):
                continue  # busy or shutting down: not an observation of the job
            self.history.add_observation(
                Observation(job_id, self.history.now(), response.status_code, _json(response))
            )


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {"unparsed": response.text[:200]}
    return body if isinstance(body, dict) else {"unexpected": body}


# ---- after the run ---------------------------------------------------------------------------


def _download(http: httpx.Client, base: str, body: dict[str, Any], output_format: str) -> Download:
    """Fetch a success's main file (and reload it) and its companions."""
    urls = [*body.get("output", [])[:1], *body.get("extra_assets", [])]
    if not urls or not all(url.startswith(base + "/") for url in urls):
        return Download(main_status=0, faces=0, error=f"URLs not on this server: {urls}")
    main = http.get(urls[0])
    faces, error = 0, ""
    if main.status_code == 200:
        try:
            mesh = trimesh.load(io.BytesIO(main.content), file_type=output_format, force="mesh")
            faces = len(mesh.faces)
        except Exception as exc:
            error = f"({type(exc).__name__}: {exc})"
    companions = {url: http.head(url).status_code for url in urls[1:]}
    return Download(main.status_code, faces, companions, error)


def _list_all_jobs(http: httpx.Client, key: str) -> list[dict[str, Any]]:
    """Every job of the key through the API (includes jobs whose submit answer was lost)."""
    found: list[dict[str, Any]] = []
    for page in range(1, 200):
        body = http.post("/api/v6/3d/jobs", json={"key": key, "page": page, "per_page": 30}).json()
        found.extend(body.get("data", []))
        if len(body.get("data", [])) < 30:
            break
    return found


def _drain(client: Client, http: httpx.Client, key: str) -> None:
    """Wait (bounded) until every accepted job, then every job of the key, is finished."""
    deadline = time.monotonic() + DRAIN_S
    while time.monotonic() < deadline and "processing" in client.history.last_status().values():
        time.sleep(0.2)
    client.finished.set()
    client.join(timeout=30)
    while time.monotonic() < deadline:
        if all(job["status"] != "processing" for job in _list_all_jobs(http, key)):
            return
        time.sleep(0.5)


def _await_orphans(kills: list[Kill]) -> tuple[int, ...]:
    deadline = time.monotonic() + ORPHAN_GRACE_S
    orphans = [pid for kill in kills for pid in kill.orphans]
    while time.monotonic() < deadline and any(_is_running(pid) for pid in orphans):
        time.sleep(0.2)
    return tuple(pid for pid in orphans if _is_running(pid))


def _report(verdict: Verdict, timings: dict[str, float], log_path: Path) -> str:
    lines = [f"seed {SEED}; server log: {log_path}"]
    lines += [f"  {name}: {value}" for name, value in {**verdict.stats, **timings}.items()]
    if verdict.violations:
        lines.append(f"{len(verdict.violations)} violation(s):")
        lines += [f"  - {v}" for v in verdict.violations[:60]]
    return "\n".join(lines)


@pytest.mark.fault
@pytest.mark.timeout(int(RUN_BUDGET_S + DRAIN_S + ORPHAN_GRACE_S + 120))
def test_every_accepted_job_survives_twenty_kill_9(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = ServerProcess(data_dir, free_port(), **SERVER_ENV)
    history = History()
    client = Client(server.base, key, history, random.Random(rng.random()))
    run_deadline = time.monotonic() + RUN_BUDGET_S
    server.start()
    try:
        client.start()
        restarted_at = history.now()
        for index in range(KILLS):
            assert time.monotonic() < run_deadline, f"only {index} kills within the budget"
            anchor = "healthz"
            if rng.random() < 0.5:
                anchor = "warm" if _await_success(history, restarted_at) else "warm-timeout"
            delay = rng.uniform(*(KILL_WINDOW_S if anchor == "healthz" else KILL_WINDOW_WARM_S))
            time.sleep(delay)  # the random moment of the kill
            assert client.is_alive(), f"client stopped: {client.error!r}"
            orphans = _descendants(server.process.pid)
            earlier = sum(_is_engine(pid) for kill in history.kills for pid in kill.orphans)
            killed_at = history.now()
            server.kill()
            running = _read_table(data_dir / "meshforge.db", "WHERE status = 'processing'")
            running.sort(key=lambda row: row["id"])
            restarted = time.monotonic()
            server.start()
            restarted_at = history.now()
            history.add_kill(
                Kill(
                    index,
                    killed_at,
                    delay,
                    interrupted=tuple(row["id"] for row in running),
                    orphans=tuple(orphans),
                    restart_s=time.monotonic() - restarted,
                    restarted_at=restarted_at,
                    anchor=anchor,
                    earlier_orphans_alive=earlier,
                )
            )
        killed_s = history.now()
        client.submitting.clear()
        with httpx.Client(base_url=server.base, timeout=10.0) as http:
            _drain(client, http, key)
            drained_s = history.now()
            if client.error is not None:
                raise client.error
            downloads = {
                s.job_id: _download(http, server.base, final.body, s.output_format)
                for s in history.accepted()
                if s.job_id is not None
                and (final := _last_answer(history, s.job_id)) is not None
                and final.status == "success"
            }
        files = data_dir / "files"
        out_files = tuple(p.name for p in (files / "out").iterdir())
        staging = tuple(p.name for p in (files / "staging").iterdir())
    finally:
        client.finished.set()
        server.stop()
    state = ServerState(
        db_jobs=_db_jobs(data_dir / "meshforge.db"),
        out_files=out_files,
        staging=staging,
        downloads=downloads,
        surviving_orphans=_await_orphans(history.kills),
    )
    verdict = check(history, state, MAX_ATTEMPTS)
    timings = {"kills_done_at_s": round(killed_s, 1), "drained_at_s": round(drained_s, 1)}
    report = _report(verdict, timings, server.data_dir.parent / f"server-{server.port}.log")
    (tmp_path / "history.json").write_text(history.to_json())
    print(report)
    assert verdict.stats["accepted"] >= 3 * KILLS, f"too little work to judge\n{report}"
    assert verdict.stats["kills_that_interrupted_a_job"] >= KILLS // 4, report
    assert not verdict.violations, report


def _await_success(history: History, since: float) -> bool:
    """Wait (bounded) until the client has seen a job succeed after ``since``: engines are warm."""
    deadline = time.monotonic() + WARM_WAIT_S
    while time.monotonic() < deadline:
        if history.last_success_at > since:
            return True
        time.sleep(0.05)
    return False


def _last_answer(history: History, job_id: int) -> Observation | None:
    answers = [o for o in history.observations if o.job_id == job_id]
    return answers[-1] if answers else None


# ---- the checker catches what it must (hand-made histories, no server) -----------------------

PREFIX = "0b0e5a4c-0000-4000-8000-000000000001"


def _accepted(job_id: int = 1, seed: int = 7, track_id: str = "fault-00001") -> Submit:
    body = {
        "status": "processing",
        "id": job_id,
        "output": [],
        "future_links": [f"http://h/out/{PREFIX}.glb"],
        "meta": {"seed": seed, "file_prefix": PREFIX},
    }
    return Submit(track_id, "a chair", "glb", 64, False, 0.0, "accepted", 200, body)


def _answer(at: float, status: str, seed: int = 7, **extra: Any) -> Observation:
    meta = {"seed": seed, "file_prefix": PREFIX}
    body: dict[str, Any] = {"status": status, "id": 1, "meta": meta}
    if status == "success":
        body |= {"output": [f"http://h/out/{PREFIX}.glb"], "extra_assets": []}
    return Observation(1, at, 200, body | extra)


def _good_state(**changes: Any) -> ServerState:
    job = DbJob(1, "succeeded", 1, None, PREFIX, "glb", (f"{PREFIX}.glb",), "fault-00001")
    values: dict[str, Any] = {
        "db_jobs": {1: job},
        "out_files": (f"{PREFIX}.glb",),
        "staging": (),
        "downloads": {1: Download(200, 12)},
    }
    return ServerState(**(values | changes))


def _history(*observations: Observation, kills: tuple[Kill, ...] = ()) -> History:
    history = History()
    history.add_submit(_accepted())
    for observation in observations:
        history.add_observation(observation)
    for kill in kills:
        history.add_kill(kill)
    return history


def test_checker_passes_a_clean_history() -> None:
    verdict = check(_history(_answer(1, "processing"), _answer(2, "success")), _good_state(), 3)
    assert verdict.violations == []


@pytest.mark.parametrize(
    ("observations", "expected"),
    [
        ((_answer(1, "success"), _answer(2, "processing")), "went back"),
        ((_answer(1, "processing", seed=8), _answer(2, "success", seed=8)), "seed changed"),
        ((_answer(1, "processing"),), "never finished"),
        ((_answer(1, "failed", message="Generation failed: boom"),), "another reason"),
        ((_answer(1, "success"), _answer(2, "success", output=["http://h/out/x.glb"])), "changed"),
        ((_answer(1, "success", extra_assets=["http://h/out/other.png"]),), "not named after"),
    ],
)
def test_checker_catches_bad_client_histories(
    observations: tuple[Observation, ...], expected: str
) -> None:
    verdict = check(_history(*observations), _good_state(), 3)
    assert any(expected in v for v in verdict.violations), verdict.violations


def test_checker_catches_bad_server_state() -> None:
    history = _history(_answer(1, "success"))
    stray = check(history, _good_state(out_files=(f"{PREFIX}.glb", ".tmp-x")), 3)
    assert any("stray file" in v for v in stray.violations)
    staged = check(history, _good_state(staging=(f"{PREFIX}-abc",)), 3)
    assert any("staging" in v for v in staged.violations)
    broken = check(history, _good_state(downloads={1: Download(200, 0)}), 3)
    assert any("0 faces" in v for v in broken.violations)
    orphan = check(history, _good_state(surviving_orphans=(4242,)), 3)
    assert any("still run" in v for v in orphan.violations)


def test_checker_matches_attempts_with_kills() -> None:
    hit = Kill(0, 0.5, 0.5, (1,), ())
    # one kill hit the job, but the table says it ran once: an attempt went unrecorded
    verdict = check(_history(_answer(1, "success"), kills=(hit,)), _good_state(), 3)
    assert any("1 kills hit it" in v for v in verdict.violations)
    # three kills hit it: failing with the documented message is then correct
    message = "The job was interrupted 3 times (the worker stopped or crashed while running it)."
    failed = DbJob(1, "failed", 3, message, PREFIX, "glb", (), "fault-00001")
    verdict = check(
        _history(_answer(1, "failed", message=message), kills=(hit, hit, hit)),
        _good_state(db_jobs={1: failed}, out_files=(), downloads={}),
        3,
    )
    assert verdict.violations == []
    assert verdict.stats["failed_interrupted_max_times"] == 1
