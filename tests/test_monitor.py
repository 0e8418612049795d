"""`python main.py monitor` as a real process against the simulator: what it writes, how it stops, how it fails.

Each test runs the monitor as a subprocess with its own SQLite file, reads the log back with
`python main.py export` (another subprocess), and waits for conditions with bounded polling loops.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import orjson
import pytest

from console.sim import SimServer

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "monitor-test-secret"
SITES = 150
WAIT_S = 40.0  # the longest any condition may take to appear; a bound, never a delay
DROP_SLACK = timedelta(seconds=3)  # how far after the drop call an incident's onset may lie

T = TypeVar("T")


class Monitor:
    """`main.py monitor` in a subprocess; its stderr (the log) is read continuously by a thread."""

    def __init__(self, *args: str, password: str = PASSWORD) -> None:
        env = {**os.environ, "MCU_PASSWORD": password, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", "monitor", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, name="monitor-stderr", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            with self._changed:
                self._lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def log(self) -> str:
        with self._changed:
            return "\n".join(self._lines)

    def wait_for_line(self, pattern: str, timeout: float = WAIT_S) -> str:
        """The first log line matching `pattern`; fails if none appears in time or the process ends first."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self._lines:
                    if regex.search(line):
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(
                        f"no log line matching {pattern!r}; the log:\n" + "\n".join(self._lines)
                    )
                self._changed.wait(min(left, 1.0))

    def stop(self, timeout: float = WAIT_S) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float = WAIT_S) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(timeout)
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._reader.join(10)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def sim() -> Iterator[SimServer]:
    """150 healthy sites; the clock is paused so nothing happens that the test does not do."""
    with SimServer(sites=SITES, scenario="normal", seed=5, password=PASSWORD, paused=True) as server:
        yield server


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'log.sqlite3'}"


def mcu_url(sim: SimServer) -> str:
    return f"pexip+http://127.0.0.1:{sim.port}"


def export(db: str, what: str) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "main.py", "export", "--db", db, "--what", what],
        cwd=ROOT,
        capture_output=True,
        timeout=WAIT_S,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    rows: list[dict[str, Any]] = orjson.loads(proc.stdout)
    return rows


def eventually(probe: Callable[[], T | None], what: str, timeout: float = WAIT_S) -> T:
    """Call `probe` until it returns something other than None; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")


def when(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)


def link_downs(db: str) -> list[dict[str, Any]] | None:
    rows = [r for r in export(db, "incidents") if r["kind"] == "link_down"]
    return rows or None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def monitors() -> Iterator[list[Monitor]]:
    started: list[Monitor] = []
    yield started
    for m in started:
        m.close()


def test_dropped_sites_are_incidents_and_a_restored_site_attends_twice(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    # --demo: the demo network in the log, so the simulator's sites are known by their registry codes
    mon = Monitor("--demo", "--mcu", mcu_url(sim), "--db", db_url)
    monitors.append(mon)
    mon.wait_for_line(r"bridgewall\.monitor: watching ")  # the log is open and its schema in place
    eventually(
        lambda: True if len(export(db_url, "attendance")) >= SITES else None,
        "every site's join in the log",
    )
    kept_down, restored = sim.world.sites[17].code, sim.world.sites[42].code

    before = datetime.now(UTC)
    sim.world.drop(17)
    sim.world.drop(42)
    after = datetime.now(UTC)
    opened = eventually(
        lambda: r if (r := link_downs(db_url)) is not None and len(r) >= 2 else None, "two link_down rows"
    )
    assert {r["site_code"] for r in opened} == {kept_down, restored}

    sim.world.restore(42)
    mon.wait_for_line(rf"incident resolved: link_down at {re.escape(restored)}\b")
    stop_sent = datetime.now(UTC)
    assert mon.stop() == 0, mon.log
    stopped = datetime.now(UTC)

    incidents = [r for r in export(db_url, "incidents") if r["kind"] == "link_down"]
    by_site = {r["site_code"]: r for r in incidents}
    assert len(incidents) == 2 and set(by_site) == {kept_down, restored}, incidents
    # still down when the monitor stopped: closed by the stop, at the stop, and saying so
    down = by_site[kept_down]
    assert (down["closed_by"], down["fix"]) == ("stop", "monitoring stopped"), down
    assert stop_sent <= when(down["resolved_at"]) <= stopped, down
    assert by_site[restored]["closed_by"] is None  # the rules closed it: a real event
    assert (
        by_site[kept_down]["site"] == sim.world.sites[17].name
    )  # the name the MCU shows, the code beside it
    assert by_site[restored]["resolved_at"] is not None
    for row in incidents:
        assert row["severity"] == "critical"
        assert before - timedelta(seconds=1) <= when(row["opened_at"]) <= after + DROP_SLACK, row
    assert when(by_site[restored]["resolved_at"]) >= when(by_site[restored]["opened_at"])

    attendance = export(db_url, "attendance")
    assert len(attendance) == SITES + 1  # cumulative: the restored site's second connection is a new row
    again = sorted((r for r in attendance if r["site_code"] == restored), key=lambda r: r["joined_at"])
    assert len(again) == 2, again
    assert again[0]["left_at"] is not None and again[0]["closed_by"] is None  # the drop: a real leave
    assert again[0]["participant_uuid"] != again[1]["participant_uuid"]
    assert when(again[1]["joined_at"]) >= when(again[0]["left_at"])
    gone = [r for r in attendance if r["site_code"] == kept_down]
    assert len(gone) == 1 and gone[0]["left_at"] is not None and gone[0]["closed_by"] is None, gone
    # everyone still connected at the stop: their spans end at the stop, marked as closed by it
    still_in = [r for r in attendance if r["site_code"] != kept_down and r is not again[0]]
    assert len(still_in) == SITES - 1
    for row in still_in:
        assert row["closed_by"] == "stop" and stop_sent <= when(row["left_at"]) <= stopped, row


def test_duration_ends_the_monitor_by_itself(sim: SimServer, db_url: str, monitors: list[Monitor]) -> None:
    mon = Monitor("--mcu", mcu_url(sim), "--db", db_url, "--duration", "3")
    monitors.append(mon)
    assert mon.wait() == 0, mon.log
    attendance = export(db_url, "attendance")
    assert len(attendance) == SITES  # everything seen was committed before the exit
    assert {(r["closed_by"], r["left_at"] is not None) for r in attendance} == {("stop", True)}
    assert export(db_url, "incidents") == []


def test_a_dead_mcu_is_an_incident_and_not_the_end(db_url: str, monitors: list[Monitor]) -> None:
    mon = Monitor("--mcu", f"pexip+http://127.0.0.1:{free_port()}", "--db", db_url)
    monitors.append(mon)
    mon.wait_for_line(r"bridgewall\.monitor: watching ")
    mon.wait_for_line(r"\bunreachable\b")
    mon.wait_for_line(r"incident opened: critical mcu_unreachable")
    eventually(
        lambda: True if any(r["kind"] == "mcu_unreachable" for r in export(db_url, "incidents")) else None,
        "the mcu_unreachable incident in the log",
    )
    assert mon.proc.poll() is None, "the monitor ended although it was only told the MCU is down"
    stop_sent = datetime.now(UTC)
    assert mon.stop() == 0, mon.log
    stopped = datetime.now(UTC)

    rows = export(db_url, "incidents")
    # the MCU was still down at the stop: the incident ends with the watching, and says so
    assert [(r["kind"], r["severity"], r["closed_by"], r["fix"]) for r in rows] == [
        ("mcu_unreachable", "critical", "stop", "monitoring stopped")
    ], rows
    assert stop_sent <= when(rows[0]["resolved_at"]) <= stopped, rows
    assert export(db_url, "attendance") == []


def test_a_wrong_password_is_an_incident_and_a_failed_run(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    mon = Monitor("--mcu", mcu_url(sim), "--db", db_url, "--duration", "25", password="not-the-password")
    monitors.append(mon)
    mon.wait_for_line(r"incident opened: critical mcu_auth")
    code = mon.wait()
    assert code == 1, mon.log
    assert "refused the console's credentials" in mon.log.splitlines()[-1], mon.log
    rows = export(db_url, "incidents")
    assert [(r["kind"], r["severity"]) for r in rows] == [("mcu_auth", "critical")], rows
    assert "401" in rows[0]["detail"] or "credentials" in rows[0]["detail"].lower(), rows
    assert export(db_url, "attendance") == []


def test_a_log_that_cannot_be_created_is_exit_1_with_one_line(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("")
    target = not_a_dir / "sub" / "log.sqlite3"
    proc = subprocess.run(
        [
            sys.executable,
            "main.py",
            "monitor",
            "--mcu",
            f"pexip+http://127.0.0.1:{free_port()}",
            "--db",
            f"sqlite:///{target}",
            "--duration",
            "30",
        ],
        cwd=ROOT,
        env={**os.environ, "MCU_PASSWORD": PASSWORD},
        capture_output=True,
        timeout=WAIT_S,
    )
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("bridgewall monitor: ") and str(target) in lines[0], lines
    assert not (not_a_dir / "sub").exists()


def test_a_second_writer_on_the_same_log_is_refused_and_readers_are_not(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    first = Monitor("--mcu", mcu_url(sim), "--db", db_url)
    monitors.append(first)
    first.wait_for_line(r"bridgewall\.monitor: watching ")
    second = Monitor("--mcu", mcu_url(sim), "--db", db_url, "--duration", "30")
    monitors.append(second)
    assert second.wait() == 1, second.log
    lines = second.log.strip().splitlines()
    assert len(lines) == 1, lines
    assert (
        lines[0].startswith("bridgewall monitor: the log ") and f"pid {first.proc.pid}, monitor" in lines[0]
    )
    window = subprocess.run(
        [sys.executable, "main.py", "gui", "--db", db_url],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=WAIT_S,
    )
    assert window.returncode == 1
    [line] = window.stderr.decode().strip().splitlines()
    assert line.startswith("bridgewall gui: the log ") and f"pid {first.proc.pid}" in line
    eventually(lambda: True if len(export(db_url, "attendance")) == SITES else None, "the first one's joins")
    assert first.stop() == 0, first.log
    assert len(export(db_url, "attendance")) == SITES  # recorded once, not twice


def test_a_restart_continues_the_meeting_and_leaves_no_span_open(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    for _ in range(2):
        mon = Monitor("--mcu", mcu_url(sim), "--db", db_url)
        monitors.append(mon)
        mon.wait_for_line(r"bridgewall\.monitor: watching ")
        eventually(
            lambda: (
                True if sum(r["left_at"] is None for r in export(db_url, "attendance")) == SITES else None
            ),
            "every site's join of this run",
        )
        assert mon.stop() == 0, mon.log
    attendance = export(db_url, "attendance")
    assert len(attendance) == 2 * SITES  # each run saw every site join
    assert {r["meeting_id"] for r in attendance} == {attendance[0]["meeting_id"]}  # one meeting, continued
    assert {(r["closed_by"], r["left_at"] is not None) for r in attendance} == {("stop", True)}
    first_run = sorted(attendance, key=lambda r: r["joined_at"])[:SITES]
    later = sorted(attendance, key=lambda r: r["joined_at"])[SITES:]
    assert max(when(r["left_at"]) for r in first_run) <= min(when(r["joined_at"]) for r in later)


def _damage(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk would."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)


def test_records_a_damaged_log_refuses_fail_the_run_with_their_count(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    mon = Monitor("--mcu", mcu_url(sim), "--db", db_url, "--duration", "2")
    monitors.append(mon)
    assert mon.wait() == 0, mon.log
    _damage(Path(db_url.removeprefix("sqlite:///")), "attendance")

    mon = Monitor("--mcu", mcu_url(sim), "--db", db_url, "--duration", "3")
    monitors.append(mon)
    assert mon.wait() == 1, mon.log
    last = mon.log.strip().splitlines()[-1]
    assert last == (
        f"bridgewall monitor: {SITES} record(s) could not be written: "
        "DatabaseError: database disk image is malformed"
    ), mon.log


def audit(db: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "main.py", "audit", *args, "--db", db], cwd=ROOT, capture_output=True, timeout=WAIT_S
    )


def test_the_monitor_writes_as_its_service_account_and_the_audit_names_it(
    sim: SimServer, db_url: str, monitors: list[Monitor]
) -> None:
    mon = Monitor("--demo", "--mcu", mcu_url(sim), "--db", db_url)
    monitors.append(mon)
    mon.wait_for_line(r"bridgewall\.monitor: watching ")
    eventually(lambda: True if len(export(db_url, "attendance")) >= SITES else None, "every site's join")
    dropped = sim.world.sites[17].code
    sim.world.drop(17)
    mon.wait_for_line(rf"incident opened: critical link_down at {re.escape(dropped)}\b")
    assert mon.stop() == 0, mon.log

    exported = audit(db_url, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr.decode()
    rows = [r for r in orjson.loads(exported.stdout) if r["actor"] == "monitor"]
    assert {r["actor_kind"] for r in rows} == {"service"}
    actions = [r["action"] for r in rows]
    assert actions[0] == "monitor.start" and actions[-1] == "monitor.stop", actions
    opened = [r for r in rows if r["action"] == "incident.open"]
    assert len(opened) == 1 and f"link_down at {dropped}" in opened[0]["target"], opened
    verified = audit(db_url, "verify")
    assert verified.returncode == 0 and verified.stdout.decode().startswith("chain intact"), verified
