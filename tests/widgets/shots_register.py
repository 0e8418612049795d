"""Screenshots of the register in the window; not part of the suite (the name does not start with `test_`).

    SHOTS=DIR QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/widgets/shots_register.py -q

Writes DIR/calendar-week.png (the calendar dock's week view, Vietnamese) and DIR/register-conflict.png (the
registration dialog showing a room conflict, a supervisor about to force it).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.domain.register import Announcement, Booking, MeetingState
from db.engine import session_factory
from db.register import add_bookings
from tests.widgets import test_register as base
from tests.widgets.test_register import (
    DISTRICT,
    HOST,
    NOW,
    SUPERVISOR,
    WAIT_MS,
    X1,
    Clock,
    desk_for,
    fill,
    local,
    open_dialog,
)
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

engine, clock, window = base.engine, base.clock, base.window  # the fixtures, under their names


def _week(engine: Engine) -> None:
    def b(title: str, agency: str, host: str, day: int, h0: int, h1: int, **kw: object) -> Booking:
        return Booking(
            title,
            agency,
            host,
            local(day, h0),
            local(day, h1),
            sites=(X1,) if host != X1 else (),
            registered_by="giamsat",
            registered_at=NOW - timedelta(days=7),
            **kw,  # type: ignore[arg-type]
        )

    rows = [
        b("Giao ban tuần UBND tỉnh", "Ủy ban nhân dân tỉnh", HOST, 4, 7, 9, state=MeetingState.HELD),
        b("Họp Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Điện Biên", DISTRICT, 4, 14, 16),
        b(
            "Triển khai phòng chống lũ",
            "Sở Nông nghiệp và Môi trường",
            HOST,
            5,
            8,
            11,
            emergency=True,
            announced_by=Announcement.PHONE,
        ),
        b("Tập huấn chuyển đổi số", "Sở Khoa học và Công nghệ", DISTRICT, 6, 8, 10, state=MeetingState.MOVED),
        b(
            "Hội nghị sơ kết quý I",
            "Ủy ban nhân dân tỉnh",
            HOST,
            7,
            14,
            17,
            forced="Chỉ đạo của Chủ tịch UBND tỉnh",
        ),
        b("Họp Hội đồng nhân dân", "Hội đồng nhân dân tỉnh", HOST, 8, 8, 11, state=MeetingState.CANCELLED),
    ]
    with session_factory(engine)() as session, session.begin():
        add_bookings(session, rows)


def test_shots(window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot) -> None:
    out = Path(os.environ.get("SHOTS", "shots"))
    out.mkdir(parents=True, exist_ok=True)
    _week(engine)
    main, _panel = window
    main.resize(1500, 900)
    clock.at = local(4, 8, 20)
    desk = desk_for(window, engine, SUPERVISOR, clock, qtbot)
    main.resizeDocks([main.calendar_dock], [520], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: len(desk.panel.meeting_ids()) == 6, timeout=WAIT_MS)
    qtbot.wait(100)
    assert main.calendar_dock.grab().save(str(out / "calendar-week.png"))
    assert main.grab().save(str(out / "window.png"))

    dialog = open_dialog(desk, qtbot)
    fill(dialog, "Hội nghị trực tuyến triển khai nhiệm vụ", host=DISTRICT)
    dialog.host_agency.setText("Ủy ban nhân dân huyện Tuần Giáo")
    dialog.start.setDateTime(dialog.start.dateTime().addSecs(6 * 3600))  # Thursday 14:00, with the sơ kết
    dialog.add_terms([HOST, X1])
    qtbot.waitUntil(lambda: "Trùng phòng họp" in dialog.rules.text(), timeout=WAIT_MS)
    dialog.force.tick.setChecked(True)
    qtbot.wait(100)
    assert dialog.grab().save(str(out / "register-conflict.png"))
