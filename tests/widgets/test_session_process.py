"""The window's session in a process of its own: killed, the window says so and starts another on the same log,
which keeps everything committed before the kill and closes, as recovered, what the dead one left open."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import utcnow
from console.live.telemetry import Metric
from console.runtime.bridge import SiteFrame, SiteFrameRequest
from console.runtime.child import SessionProcess
from console.runtime.options import SessionOptions
from console.sim.server import SimServer
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "process-test"
WAIT_MS = 30_000
SITES = 12


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=SITES, scenario="normal", seed=5, password=PASSWORD) as server:
        yield server


@pytest.mark.timeout(180)  # two sessions started and stopped, one killed
def test_a_killed_session_is_said_and_restarted_with_the_log_intact(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    path = tmp_path / "log.sqlite3"
    options = SessionOptions(
        db_url=f"sqlite:///{path}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    live = LiveConsole(window, panel, options, sign_in="demo", child=True)
    session = live.session
    assert isinstance(session, SessionProcess)
    live.start()
    window.show()
    try:
        qtbot.waitUntil(lambda: len(panel.wall.visible_rows()) == SITES, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: live.actor is not None, timeout=WAIT_MS)
        first = session.pid
        assert first is not None and first != os.getpid()  # the session is not in the window's process
        # the joins of every site committed by the first session, the meeting and its attendance still open
        qtbot.waitUntil(
            lambda: len(rows(path, "SELECT id FROM attendance WHERE left_at IS NULL")) >= SITES,
            timeout=WAIT_MS,
        )
        committed = rows(path, "SELECT id, run_id, site, participant_uuid, joined_at FROM attendance")
        [(dead_run,)] = rows(path, "SELECT id FROM log_sessions WHERE ended_at IS NULL")

        os.kill(first, signal.SIGKILL)
        notice = live.session_notice
        qtbot.waitUntil(lambda: notice.isVisible() and "dừng bất ngờ" in notice.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "khởi động lại lúc" in notice.text(), timeout=WAIT_MS)  # the new one is up
        assert session.pid not in (None, first) and session.started == 2
        assert "sổ theo dõi vẫn nguyên vẹn" in notice.text()
        qtbot.waitUntil(lambda: len(panel.wall.visible_rows()) == SITES, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: live.actor is not None and live.book is not None, timeout=WAIT_MS)
        # the window still works: a request goes to the new session and comes back
        key = live.site_key(panel.wall.visible_rows()[0])
        frames: list[SiteFrame] = []
        asked = [0]

        def back_in_the_meeting() -> bool:  # asked again until the new session has the site's participant
            if frames and len(frames[-1].participants) == 1:
                return True
            if len(frames) == asked[0]:
                asked[0] += 1
                live.bridge.call(SiteFrameRequest(key, utcnow(), 60, (Metric.RX_LOSS,)), frames.append)
            return False

        qtbot.waitUntil(back_in_the_meeting, timeout=WAIT_MS)
        assert frames[-1].site is not None and frames[-1].site.code == key
    finally:
        session.close()

    kept = rows(path, "SELECT id, run_id, site, participant_uuid, joined_at FROM attendance")
    assert set(committed) <= set(kept)  # nothing committed before the kill is lost
    runs = {run: by for run, by in rows(path, "SELECT id, closed_by FROM log_sessions")}
    assert runs[dead_run] == "recovery" and list(runs.values())[-1] == "stop"
    dead = rows(path, f"SELECT left_at, closed_by FROM attendance WHERE run_id = {dead_run}")
    assert dead and all(left is not None for left, _ in dead)
    assert sum(by == "recovery" for _, by in dead) >= SITES  # the open ones closed by the recovery
    assert rows(path, "SELECT id FROM attendance WHERE left_at IS NULL") == []
    assert rows(path, "SELECT id FROM meetings WHERE end_at IS NULL") == []


def test_the_windows_process_loads_no_database_layer() -> None:
    """The session's process keeps the log: the window's own modules (the live console, the wall, the bridge's
    messages, the session's handle) load neither SQLAlchemy nor the log's tables — a quarter second of start-up
    and their memory, each time the console opens."""
    probe = (
        "import sys; import widgets.shell.app, widgets.shell.live, widgets.readiness.board, widgets.wall.absent; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
        "or m in ('db.engine', 'db.models', 'console.runtime.session', 'console.runtime.port')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
