"""`python main.py monitor` records raised hands as floor requests; `python main.py export --what floor` lists them.

The monitor and the export run as real subprocesses against the simulator with their own SQLite file; hands are
raised at known server times, and the test waits with bounded polling.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import orjson
import pytest

from console.sim import SimServer

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "floor-export-secret"
WAIT_S = 40.0  # the longest any condition may take to appear; a bound, never a delay
T = TypeVar("T")


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=30, scenario="normal", seed=3, password=PASSWORD, paused=True) as server:
        yield server


@pytest.fixture
def monitor(sim: SimServer, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    db = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    proc = subprocess.Popen(
        [
            # --demo: the demo network in the log, so the simulator's sites are known by their registry codes
            *(sys.executable, "main.py", "monitor", "--demo"),
            *("--mcu", f"pexip+http://127.0.0.1:{sim.port}", "--db", db),
        ],
        cwd=ROOT,
        env={**os.environ, "MCU_PASSWORD": PASSWORD, "PYTHONUNBUFFERED": "1"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield proc, db
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def export(db: str) -> list[dict[str, Any]]:
    if not Path(db.removeprefix("sqlite:///")).exists():
        return []  # the monitor has not opened its log yet
    proc = subprocess.run(
        [sys.executable, "main.py", "export", "--db", db, "--what", "floor"],
        cwd=ROOT,
        capture_output=True,
        timeout=WAIT_S,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    rows: list[dict[str, Any]] = orjson.loads(proc.stdout)
    return rows


def eventually(probe: Callable[[], T | None], what: str, timeout: float = WAIT_S) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")


def server_time(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def test_monitor_records_raised_hands_in_the_servers_order(
    sim: SimServer, monitor: tuple[subprocess.Popen[bytes], str]
) -> None:
    proc, db = monitor
    world = sim.world
    now = world.now()
    # raised before the monitor connects: they arrive together in the participant sync, in site order
    early = {12: now - 90.0, 4: now - 60.0, 20: now - 75.0}
    for n, at in early.items():
        world.raise_hand(n, at=at)
    by_time = sorted(early, key=lambda n: early[n])
    codes = [world.sites[n].code for n in by_time]

    rows = eventually(lambda: r if len(r := export(db)) >= 3 else None, "the three early hands in the log")
    assert [r["site_code"] for r in rows] == codes
    assert [datetime.fromisoformat(r["requested_at"]) for r in rows] == [
        server_time(early[n]) for n in by_time
    ]
    assert {r["state"] for r in rows} == {"pending"} and {r["source"] for r in rows} == {"mcu"}

    late_at = world.raise_hand(7, at=world.now() - 1.0)  # a hand raised while the monitor watches
    world.lower_hand(4)  # and one withdrawn
    rows = eventually(
        lambda: (
            r
            if len(r := export(db)) >= 4
            and next(x for x in r if x["site_code"] == world.sites[4].code)["state"] == "cancelled"
            else None
        ),
        "the late hand and the withdrawn one",
    )
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(WAIT_S) == 0

    rows = export(db)
    assert [r["site_code"] for r in rows] == [*codes, world.sites[7].code]  # the order they were filed in
    assert datetime.fromisoformat(rows[-1]["requested_at"]) == server_time(late_at)
    states = {r["site_code"]: r["state"] for r in rows}
    assert states[world.sites[4].code] == "cancelled"
    assert (
        states[world.sites[12].code]
        == states[world.sites[20].code]
        == states[world.sites[7].code]
        == "pending"
    )
    withdrawn = next(r for r in rows if r["site_code"] == world.sites[4].code)
    assert withdrawn["ended_at"] is not None and withdrawn["reason"] == "hand_lowered"
