"""The window's log as a record: closing the console closes what its run opened; records the log refuses are
shown in red, in Vietnamese, and stay shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from console.domain import ClosedBy
from console.runtime.options import SessionOptions
from console.sim.server import SimServer
from db.engine import open_database
from db.records import list_attendance, list_meetings
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

PASSWORD = "lost-test"
SITES = 6
WAIT_MS = 20_000


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=SITES, scenario="normal", seed=3, password=PASSWORD, paused=True) as server:
        yield server


def test_attendance_the_log_refuses_is_shown_in_red_until_the_end(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(url)
    with engine.begin() as conn:  # the log refuses every attendance row, as a damaged table would
        conn.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON attendance "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )
        )
    engine.dispose()
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    console = LiveConsole(
        window, panel, SessionOptions(db_url=url, mcu_url=f"pexip+{sim.url}", operator="op")
    )
    console.start()
    try:
        label = window.db_label
        qtbot.waitUntil(lambda: f"{SITES} bản ghi không ghi được" in label.text(), timeout=WAIT_MS)
        assert (
            label.text()
            == f"Sổ theo dõi: {SITES} bản ghi không ghi được — IntegrityError: refused by the test"
        )
        assert label.property("state") == "unreachable"  # red
        window.show_log_error(None)  # the log writes again: the lost records are still not in it
        assert f"{SITES} bản ghi không ghi được" in label.text()
    finally:
        console.session.close()


def test_closing_the_console_closes_the_meeting_and_every_span_it_opened(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    console = LiveConsole(
        window, panel, SessionOptions(db_url=url, mcu_url=f"pexip+{sim.url}", operator="op")
    )
    console.start()
    try:
        qtbot.waitUntil(lambda: len(console.roster.by_site) == SITES, timeout=WAIT_MS)
    finally:
        console.session.close()  # what quitting the window does
    engine = open_database(url)
    try:
        with Session(engine) as s:
            spans = list_attendance(s)
            [meeting] = list_meetings(s)
    finally:
        engine.dispose()
    assert len(spans) == SITES
    assert {(a.closed_by, a.left_at is not None) for a in spans} == {(ClosedBy.STOP, True)}
    assert meeting.closed_by is ClosedBy.STOP and meeting.end == spans[0].left_at
