"""make chaos, the disk: the embedded server's data directory fills up under load, then frees.

The data directory (SQLite job table, files, staging) is a 64 MiB tmpfs mounted for the test,
so the disk really is full: every write gets ENOSPC, as on a full volume. Mounting needs
root; CI runs as root, and without it the scenario fails in CI (skips elsewhere) saying so,
rather than faking a full disk. While it is full, creates must be refused with a 507 or a
503 that says why, running jobs must fail with a message naming the disk (or be taken back
and finish later), fetch keeps answering; afterwards the SQLite file passes
``PRAGMA integrity_check`` and new jobs succeed without restarting the server.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from chaos.load import Load, LoadClient
from chaos.stack import wait_until
from chaos.verdict import ROWS, FinalState, Window, check, summary_row
from fault.history import DbJob
from support.serving import ServerProcess, create_key_with_cli, free_port

SEED = int(os.environ.get("MESHFORGE_CHAOS_SEED", "20261205"))
DISK_MB = 64
WARM_S = 6.0
FULL_S = 20.0
RECOVER_S = 12.0
DRAIN_S = 120.0
#: what a failure caused by the full disk must say
DISK_WORDS = ("no space left", "disk is full", "disk full")

pytestmark = [pytest.mark.chaos]


@contextlib.contextmanager
def small_disk(mount_point: Path) -> Iterator[Path]:
    """A tmpfs of DISK_MB at ``mount_point``, unmounted afterwards."""
    reason = ""
    if os.geteuid() != 0:
        reason = "mounting a small tmpfs needs root"
    mount_point.mkdir(parents=True, exist_ok=True)
    if not reason:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}m", "tmpfs", str(mount_point)],
            capture_output=True,
            text=True,
            check=False,
        )
        reason = mounted.stderr.strip() if mounted.returncode else ""
    if reason:
        message = f"the disk-full scenario needs a real small filesystem: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield mount_point
    finally:
        # lazy: a process that still holds a file there must not make the unmount fail
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(directory: Path) -> Path:
    """Write one file until the filesystem has no byte left; return it."""
    filler = directory / "filler.bin"
    with open(filler, "wb", buffering=0) as out:
        for size in (1 << 20, 1 << 12, 1):
            block = b"\0" * size
            with contextlib.suppress(OSError):
                while True:
                    out.write(block)
    return filler


def read_table(db_path: Path) -> dict[int, DbJob]:
    """The job table, read-only, past the server."""
    import json

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in conn.execute("SELECT * FROM jobs")]
    finally:
        conn.close()
    return {
        row["id"]: DbJob(
            id=row["id"],
            status=row["status"],
            attempts=row["attempts"],
            message=row["message"],
            file_prefix=row["file_prefix"],
            output_format=row["output_format"],
            files=tuple(json.loads(row["files"] or "[]")),
            track_id=json.loads(row["track_id"]) if row["track_id"] else None,
        )
        for row in rows
    }


def integrity(db_path: Path) -> str:
    """SQLite's own verdict on the database file."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.timeout(420)
def test_a_full_disk_refuses_work_clearly_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data_dir = disk / "data"
        key = create_key_with_cli(data_dir)
        server = ServerProcess(
            data_dir,
            free_port(),
            MESHFORGE_WORKERS="2",
            MESHFORGE_DATABASE_URL="",
            MESHFORGE_MAX_REQUESTS_PER_S="100000",
            MESHFORGE_LEASE_S="6",
            # the 64 MiB volume sits below the default floor: keep a small one, so the run
            # shows both the floor refusing work up front and writes meeting ENOSPC
            MESHFORGE_MIN_FREE_DISK_MB="8",
        )
        # the server's log goes beside the mount, not on the disk that fills up
        server.log = open(tmp_path / "server.log", "ab")  # noqa: SIM115 - server.stop closes it
        load = Load()
        client = LoadClient([server.base], key, load, SEED, WARM_S + FULL_S + RECOVER_S + 180)
        window = Window()
        extra: list[str] = []
        server.start()
        try:
            client.start()
            wait_until(lambda: load.history.last_success_at > 0, 60)
            time.sleep(WARM_S)
            window.start = load.history.now()
            filler = fill(disk)
            readiness = httpx.get(f"{server.base}/readyz", timeout=10)
            if readiness.status_code != 503 or "disk" not in readiness.text:
                extra.append(f"/readyz did not name the full disk: {readiness.status_code}")
            time.sleep(FULL_S)
            filler.unlink()
            window.end = load.history.now()
            time.sleep(RECOVER_S)
            client.submitting.clear()
            wait_until(lambda: not client.pending(), DRAIN_S, interval_s=0.5)
            if server.process.poll() is not None:
                extra.append(f"the server exited ({server.process.returncode})")
        finally:
            client.finished.set()
            client.join(timeout=60)
            server.stop()
        if client.error is not None:
            raise client.error
        db_path = data_dir / "meshforge.db"
        checked = integrity(db_path)
        state = FinalState(
            read_table(db_path),
            frozenset(p.name for p in (data_dir / "files" / "out").iterdir()),
            tuple(p.name for p in (data_dir / "files" / "staging").iterdir()),
        )
    if checked != "ok":
        extra.append(f"PRAGMA integrity_check: {checked}")
    during = [
        s
        for s in load.history.submits
        if window.start <= s.sent_at <= window.end and s.outcome != "lost"
    ]
    refused = [s for s in during if s.outcome == "rejected" and s.http_status in (503, 507)]
    if not refused:
        extra.append(f"no create was refused with 507/503 while the disk was full ({len(during)})")
    for job in state.db_jobs.values():
        message = (job.message or "").lower()
        if job.status == "failed" and not any(word in message for word in DISK_WORDS):
            extra.append(f"job {job.id} failed without naming the disk: {job.message!r}")
    after = [s for s in load.history.accepted() if s.sent_at > window.end]
    if not after:
        extra.append("no job was accepted after space returned")
    verdict = check(load, state, window)
    verdict.violations.extend(extra)
    ROWS.append(summary_row("disk-full-20s", verdict.stats, len(verdict.violations)))
    lines = [f"disk-full-20s (seed {SEED}); log: {tmp_path}"]
    lines += [f"  {name}: {value}" for name, value in verdict.stats.items()]
    if verdict.violations:
        lines.append(f"{len(verdict.violations)} violation(s):")
        lines += [f"  - {v}" for v in verdict.violations[:40]]
    report = "\n".join(lines)
    print(report)
    assert verdict.stats["accepted"] >= 10, f"too little work to judge\n{report}"
    assert not verdict.violations, report
