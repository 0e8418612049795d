"""Crash consistency: a real `python main.py monitor` writing to a SQLite log, killed with SIGKILL at random
moments, loses nothing it committed, leaves a sound file, and the next start closes what it left open.

One simulator, a thread that keeps dropping and restoring sites (so the monitor is writing joins, leaves and
incidents when it dies), and `KILLS` monitors one after another on the same log, each killed 1–4 s after its
first commit; one more start recovers the last and stops normally. The log is read directly with sqlite3 between
runs (what `export` would print, without a process start each time). The moments come from a seeded generator:
`BRIDGEWALL_CRASH_SEED` repeats a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from console.sim import SimServer
from tests.test_monitor import PASSWORD, WAIT_S, Monitor, eventually

KILLS = 10
SITES = 40
SEED = int(os.environ.get("BRIDGEWALL_CRASH_SEED", "1105"))

Row = tuple[Any, ...]


@dataclass
class Snapshot:
    """The log's rows by table and id, as committed when read."""

    runs: dict[int, Row]
    meetings: dict[int, Row]
    attendance: dict[int, Row]
    incidents: dict[int, Row]
    gaps: dict[int, Row]


COLUMNS = {
    # id, then what never changes once written, then the closing columns
    "log_sessions": "id, started_at, host, pid, program, heartbeat_at, ended_at, closed_by",
    "meetings": "id, conference, start_at, run_id, end_at, closed_by",
    "attendance": "id, run_id, site, participant_uuid, joined_at, left_at, closed_by",
    "incidents": "id, run_id, site, kind, opened_at, resolved_at, closed_by",
    "meeting_gaps": "id, meeting_id, from_at, to_at, closed_by",
}
FIXED = {
    "log_sessions": 5,
    "meetings": 3,
    "attendance": 5,
    "incidents": 5,
}  # leading columns that never change


def read(path: Path) -> Snapshot:
    conn = sqlite3.connect(path)
    try:
        tables = {
            table: {row[0]: row for row in conn.execute(f"SELECT {columns} FROM {table}")}
            for table, columns in COLUMNS.items()
        }
    finally:
        conn.close()
    return Snapshot(
        tables["log_sessions"],
        tables["meetings"],
        tables["attendance"],
        tables["incidents"],
        tables["meeting_gaps"],
    )


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def stamp(text: str) -> datetime:
    """A time as SQLite holds it (naive UTC)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class Churn:
    """Keeps the network moving: every few milliseconds a site drops or comes back."""

    def __init__(self, sim: SimServer, seed: int) -> None:
        self.sim = sim
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="churn", daemon=True)

    def _run(self) -> None:
        down: set[int] = set()
        while not self.stop.wait(0.03):
            if down and (len(down) > SITES // 4 or self.rng.random() < 0.5):
                i = self.rng.choice(sorted(down))
                self.sim.world.restore(i)
                down.discard(i)
            else:
                i = self.rng.randrange(SITES)
                if i not in down:
                    self.sim.world.drop(i)
                    down.add(i)


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=SITES, scenario="normal", seed=11, password=PASSWORD, paused=True) as server:
        yield server


def check_kept(before: Snapshot, after: Snapshot) -> None:
    """Every row read before the kill is there after it, unchanged where it was final."""
    for table, older, newer in (
        ("log_sessions", before.runs, after.runs),
        ("meetings", before.meetings, after.meetings),
        ("attendance", before.attendance, after.attendance),
        ("incidents", before.incidents, after.incidents),
    ):
        fixed = FIXED[table]
        for row_id, row in older.items():
            assert row_id in newer, f"{table} row {row_id} was committed before the kill and is gone"
            now = newer[row_id]
            assert now[:fixed] == row[:fixed], (table, row, now)
            if table in ("attendance", "incidents") and row[-2] is not None:
                assert now[-2:] == row[-2:], (table, row, now)  # a closed record stays as it was closed


def check_recovered(dead_run: int, killed_at: datetime, left: Snapshot, log: Snapshot) -> None:
    """What the dead run left open is closed by the next start at the run's last heartbeat (≤ the kill), marked
    as recovered; what was closed before stays as it was."""
    heartbeat = stamp(left.runs[dead_run][5])
    assert heartbeat <= killed_at
    run = log.runs[dead_run]
    assert (stamp(run[6]), run[7]) == (heartbeat, "recovery"), run
    spans = {i: r for i, r in left.attendance.items() if r[1] == dead_run}
    incidents = {i: r for i, r in left.incidents.items() if r[1] == dead_run}
    meetings = {i: r for i, r in left.meetings.items() if r[3] == dead_run and r[4] is None}
    for table, rows, now_rows, start in (
        ("attendance", spans, log.attendance, 4),
        ("incidents", incidents, log.incidents, 4),
    ):
        for row_id, row in rows.items():
            now = now_rows[row_id]
            if row[-2] is not None:
                assert now[-2:] == row[-2:], (table, row, now)
                continue
            assert now[-1] == "recovery", (table, now)
            closed = stamp(now[-2])
            assert closed == max(heartbeat, stamp(row[start])) and closed <= killed_at, (
                table,
                now,
                heartbeat,
            )
    assert meetings, "the dead run held no meeting"
    for row_id in meetings:
        now = log.meetings[row_id]
        if now[3] == dead_run:  # not continued by the next run: ended by the recovery
            assert (stamp(now[4]), now[5]) == (heartbeat, "recovery"), now
        else:  # continued by the next run: the time nobody watched is noted
            gaps = [g for g in log.gaps.values() if g[1] == row_id and stamp(g[2]) == heartbeat]
            assert [g[4] for g in gaps] == ["recovery"], (now, log.gaps)


def first_commit(path: Path, mon: Monitor, after_run: int) -> int:
    """The new run's id, once its first attendance rows are committed."""

    def probe() -> int | None:
        if mon.proc.poll() is not None:
            raise AssertionError(f"the monitor ended early:\n{mon.log}")
        if not path.exists():
            return None
        try:
            conn = sqlite3.connect(path)
            try:
                row = conn.execute(
                    "SELECT l.id FROM log_sessions l JOIN attendance a ON a.run_id = l.id WHERE l.id > ? LIMIT 1",
                    (after_run,),
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.OperationalError:  # the schema is not there yet
            return None
        time.sleep(0.02)
        return int(row[0]) if row else None

    return eventually(probe, "the monitor's first commit")


# About 50 s on an idle machine (11 starts, 10 waits of 1–4 s); the bound leaves room for a busy one.
@pytest.mark.timeout(240)
def test_sigkill_at_random_moments_loses_nothing_and_the_next_start_recovers(
    sim: SimServer, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "log.sqlite3"
    url = f"sqlite:///{path}"
    churn = Churn(sim, SEED)
    churn.thread.start()
    last_run = 0
    dead: tuple[int, datetime, Snapshot] | None = None
    try:
        for n in range(KILLS + 1):
            mon = Monitor("--mcu", f"pexip+http://127.0.0.1:{sim.port}", "--db", url)
            try:
                run = first_commit(path, mon, last_run)
                if dead is not None:
                    check_recovered(*dead, read(path))
                if n == KILLS:
                    assert mon.stop() == 0, mon.log
                    break
                time.sleep(rng.uniform(1.0, 4.0))
                before = read(path)
                os.kill(mon.proc.pid, signal.SIGKILL)
                mon.wait(WAIT_S)
                killed_at = datetime.now(UTC)
            finally:
                mon.close()
            assert mon.proc.returncode == -signal.SIGKILL
            assert integrity(path) == "ok"
            after = read(path)
            check_kept(before, after)
            assert any(r[1] == run and r[-2] is None for r in after.attendance.values()), (
                "killed with nothing open"
            )
            dead, last_run = (run, killed_at, after), run
    finally:
        churn.stop.set()
        churn.thread.join(10)

    final = read(path)
    assert integrity(path) == "ok"
    assert len(final.runs) == KILLS + 1
    assert [r[7] for r in final.runs.values()] == ["recovery"] * KILLS + ["stop"]
    # nothing is left open, and each row was closed by a real event, a stop or a recovery
    assert [r for r in final.attendance.values() if r[-2] is None] == []
    assert [r for r in final.incidents.values() if r[-2] is None] == []
    assert {r[-1] for r in final.attendance.values()} <= {None, "stop", "recovery"}
    assert sum(r[-1] == "recovery" for r in final.attendance.values()) >= KILLS * (SITES // 2)
