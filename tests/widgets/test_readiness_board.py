"""The readiness board on a real log through the real session-side port, with the clock injected: failing sites
first, the countdowns to T−30 and to the opening, a telecom contact copied with one click, a manual pass with a
note that comes back marked as manual. Screenshots at T−35 and T−25 minutes go to $BRIDGEWALL_SHOTS when set."""

from __future__ import annotations

import asyncio
import os
import pickle
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import MONITOR, Actor, Guard, Role
from console.domain import CameraPreset, Side, Site, utcnow
from console.domain.readiness import Check, CheckResult, Item
from console.domain.register import Booking
from console.readiness import ReadinessRules
from console.runtime.bridge import BoardData, ManualPass
from console.runtime.readiness_port import ReadinessBoardPort
from db.engine import open_database, session_factory
from db.presets import save_camera_preset
from db.readiness import add_results, open_scheduled
from db.register import add_bookings
from db.sites import save_network
from tests.db.conftest import small_network
from widgets.readiness.board import (
    FIRST_CHECK_COLUMN,
    TECHNICIAN_COLUMN,
    TELECOM_COLUMN,
    ReadinessBoard,
    header_line,
)
from widgets.text import local_minutes

HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"
START = (utcnow() + timedelta(hours=3)).replace(second=0, microsecond=0)
TECHNICIAN = Actor("dung", frozenset({Role.TECHNICIAN, Role.OPERATOR}))


def network() -> list[Site]:
    """The small network, its district's first technician the Party committee's (Văn phòng Huyện ủy)."""
    sites = small_network()
    district = next(s for s in sites if s.code == DISTRICT)
    dung, em = district.technicians
    party = replace(district, technicians=(replace(dung, side=Side.PARTY), em))
    return [party if s.code == DISTRICT else s for s in sites]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_log(tmp_path, "UBND tỉnh")
    yield engine
    engine.dispose()


def make_log(tmp_path: Path, host_agency: str) -> Engine:
    """A log with a meeting three hours ahead whose sites failed the checks a test run 55 minutes before found."""
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    run_at = START - timedelta(minutes=55)
    with Session(engine) as s:
        save_network(s, network())
        (meeting,) = add_bookings(
            s,
            [
                Booking(
                    "Giao ban tuần",
                    host_agency,
                    HOST,
                    START,
                    START + timedelta(hours=2),
                    sites=(DISTRICT, X1, X2),
                    registered_by="binh",
                    registered_at=START - timedelta(days=3),
                )
            ],
        )
        save_camera_preset(s, CameraPreset(HOST, 1, "Chủ tọa", 100, 20, 300))
        ok = {
            Check.CONNECTED: "connected",
            Check.SOUND: "audio 64.0 kbps",
            Check.PICTURE: "video 1900.0 kbps, 29.8 fps",
            Check.LINK: "loss 0.2 %, jitter 8.1 ms",
        }
        failing = {
            DISTRICT: {Check.SOUND: "audio 0.0 kbps"},
            X1: {Check.LINK: "loss 8.0 %, jitter 12.0 ms"},
            X2: {c: "never joined" if c is Check.CONNECTED else "not connected" for c in ok},
        }
        rows = [CheckResult(meeting, HOST, Check.CAMERA, True, "preset 1 read back", run_at, run_id=None)]
        for site in (HOST, DISTRICT, X1, X2):
            for check, value in ok.items():
                bad = failing.get(site, {}).get(check)
                rows.append(CheckResult(meeting, site, check, bad is None, bad or value, run_at))
        add_results(s, rows)
        open_scheduled(s, meeting, Item.SECOND_TEST_RUN, MONITOR, START - timedelta(minutes=60))
        s.commit()
    return engine


def synchronous(port: ReadinessBoardPort, sent: list[Any]) -> Callable[..., None]:
    """The bridge's `call`, answered at once by the session's port (the window's thread waits for it)."""

    def call(request: Any, on_done: Callable[[Any], None] | None = None, on_error: Any = None) -> None:
        sent.append(request)
        try:
            result = asyncio.run(port.handle(request, TECHNICIAN))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)

    return call


def cell(board: ReadinessBoard, row: int, column: int) -> QTableWidgetItem:
    item = board.table.item(row, column)
    assert item is not None
    return item


def header(board: ReadinessBoard, column: int) -> str:
    item = board.table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def shoot(board: ReadinessBoard, name: str, tmp_path: Path) -> None:
    layout = board.layout()
    assert layout is not None
    layout.activate()  # the new rows' and the checklist's sizes, laid out before the picture is taken
    image = board.grab()
    assert not image.isNull()
    target = Path(os.environ.get("BRIDGEWALL_SHOTS", str(tmp_path)))
    target.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target / name))


def test_the_board_before_and_after_t_minus_30(
    qtbot: QtBot, vi_app: QApplication, engine: Engine, tmp_path: Path
) -> None:
    port = ReadinessBoardPort(session_factory(engine), ReadinessRules(), Guard(None))
    sent: list[Any] = []
    now = [START - timedelta(minutes=35)]
    board = ReadinessBoard(synchronous(port, sent), clock=lambda: now[0])
    lines: list[str] = []
    board.headerLine.connect(lines.append)
    qtbot.addWidget(board)
    board.resize(1500, 640)
    board.show()
    board.refresh()
    data = board.data
    assert isinstance(data, BoardData)
    assert [s.readiness.code for s in data.sites] == [X2, DISTRICT, X1, HOST]  # failing first
    assert cell(board, 3, 1).text() == "✓" and cell(board, 0, 1).text() == "✗"
    # in Vietnamese: "Còn 5:00 đến T−30 · còn 35:00 đến khai mạc"
    assert "Còn 5:00 đến T−30" in board.countdowns.text() and "35:00 đến khai mạc" in board.countdowns.text()
    assert "1/4 điểm sẵn sàng — còn 5:00 đến T−30   ·   còn 35:00 đến khai mạc" in header_line(data, now[0])
    assert lines[-1] == header_line(data, now[0])  # within the last hour: the wall's header shows it
    # the second test run the monitor opened by itself at T−1 h is open, and says so
    assert board.run_state.text() == (
        f"Vận hành thử theo lịch đang mở từ {local_minutes(START - timedelta(minutes=60))} (console tự mở: monitor)"
    )
    shoot(board, "board_T-35.png", tmp_path)
    # the requests and the answers cross to the session as plain values (it may run in a child process)
    assert pickle.loads(pickle.dumps(data)) == data
    assert all(pickle.loads(pickle.dumps(r)) == r for r in sent)

    # the telecom contact of a failing site, one click away
    telecom = TELECOM_COLUMN
    rect = board.table.visualItemRect(cell(board, 1, telecom))
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == "0215 3825 111"
    assert cell(board, 3, telecom).text() == ""  # a ready site needs no call

    # a technician passes the district's sound by hand: kept, shown as manual
    sound = FIRST_CHECK_COLUMN + board.checks.index(Check.SOUND)
    board.table.setCurrentCell(1, sound)
    assert board.selected_check() == (DISTRICT, Check.SOUND)
    board.pass_by_hand(DISTRICT, Check.SOUND, "Nghe rõ qua điện thoại")
    assert isinstance(sent[-2], ManualPass)
    data = board.data
    assert data is not None
    assert [s.readiness.code for s in data.sites] == [X2, X1, DISTRICT, HOST]  # the district is ready now
    assert cell(board, 2, sound).text() == "✓ Nghe rõ qua điện thoại ✍"

    now[0] = START - timedelta(minutes=25)
    board.refresh()
    assert "Đã quá T−30 5:00" in board.countdowns.text()
    shoot(board, "board_T-25.png", tmp_path)


@pytest.mark.parametrize(
    ("host_agency", "on_duty", "heading"),
    [
        ("UBND tỉnh", "Lường Thị Em", "Kỹ thuật viên UBND"),
        ("Tỉnh ủy Điện Biên", "Quàng Văn Dũng", "Kỹ thuật viên Cấp ủy"),
    ],
)
def test_each_failing_site_shows_its_technician_on_duty_for_the_host_and_its_telecom_beside(
    qtbot: QtBot, vi_app: QApplication, tmp_path: Path, host_agency: str, on_duty: str, heading: str
) -> None:
    engine = make_log(tmp_path, host_agency)
    try:
        rules = ReadinessRules(link_sustain_s=45.0)
        port = ReadinessBoardPort(session_factory(engine), rules, Guard(None))
        board = ReadinessBoard(synchronous(port, []), clock=lambda: START - timedelta(minutes=35))
        qtbot.addWidget(board)
        board.refresh()
        data = board.data
        assert data is not None and data.sites[1].readiness.code == DISTRICT
        assert cell(board, 1, TECHNICIAN_COLUMN).text() == f"☎ {on_duty}\n{on_duty_phone(on_duty)}"
        assert cell(board, 1, TELECOM_COLUMN).text() == "☎ Nguyễn Văn An\n0215 3825 111"
        assert "VNPT Điện Biên" in cell(board, 1, TELECOM_COLUMN).toolTip()
        assert header(board, TECHNICIAN_COLUMN) == heading and header(board, TELECOM_COLUMN) == "Viễn thông"
        link = FIRST_CHECK_COLUMN + board.checks.index(Check.LINK)
        assert header(board, link) == "Đường truyền 45 giây"  # the configured sustain time, not a fixed 30 s
        assert "8,0 %" in cell(board, 2, link).text()  # measured values with the Vietnamese decimal comma
    finally:
        engine.dispose()


def on_duty_phone(who: str) -> str:
    return {"Lường": "0912 000 003", "Quàng": "0912 000 002"}[who.split()[0]]
