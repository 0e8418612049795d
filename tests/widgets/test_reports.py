"""The Reports menu's dialog and the reminder, with the session's side played by the real `handle_report` on a real
SQLite log, on a worker thread: the dialog shows a busy bar while the report is made and the window keeps
answering; once made, the reminder for the period goes away. Vietnamese throughout."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from console.access import AuditTrail, Guard
from console.domain.access import Actor, ActorKind, Role
from console.runtime.bridge import MakeReport, Request
from console.runtime.report_port import ReportDesk, handle_report
from db.audit import AuditBook
from db.engine import open_database
from tests.reports.conftest import fill
from widgets.async_calls import AsyncCalls
from widgets.reports.reminder import ReportsController
from widgets.shell.main_window import MainWindow

SUPERVISOR = Actor("giamsat", frozenset({Role.SUPERVISOR}), ActorKind.NAMED)
WAIT_MS = 20_000


class Session:
    """The session's end on a worker thread; `gate` holds a MakeReport until the test lets it go."""

    def __init__(self, tmp_path: Path) -> None:
        self.engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
        fill(self.engine)
        self.desk = ReportDesk(self.engine)
        self.guard = Guard(AuditTrail(AuditBook(self.engine), bytes(32)))
        self.pool = concurrent.futures.ThreadPoolExecutor(1)
        self.gate = threading.Event()
        self.calls = AsyncCalls(None)

    def run(self, request: Request) -> Any:
        if isinstance(request, MakeReport):
            self.gate.wait(WAIT_MS / 1000)
        return asyncio.run(handle_report(self.desk, self.guard, SUPERVISOR, request))  # type: ignore[arg-type]

    def call(
        self, request: Request, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self.calls.watch(self.pool.submit(self.run, request), on_done, on_error)

    def close(self) -> None:
        self.gate.set()
        self.pool.shutdown(wait=True)
        self.guard.close()
        self.engine.dispose()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = Session(tmp_path)
    yield s
    s.close()


def test_the_report_is_made_off_the_window_and_the_reminder_goes(
    qtbot: QtBot, vi_app: QApplication, session: Session, tmp_path: Path
) -> None:
    window = MainWindow("sqlite:///log.sqlite3", remember_layout=False)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Báo cáo" in menus and window.report_action.text() == "&Lập báo cáo…"
    reports = ReportsController(window, session.call, today=lambda: date(2025, 12, 22))
    reports.set_allowed(True)
    line = reports.line
    qtbot.waitUntil(lambda: not line.isHidden(), timeout=WAIT_MS)
    text = line.label.text()
    assert "Báo cáo năm 2025: hạn trước 10/12/2025, chưa lập" in text
    assert "Báo cáo 6 tháng cuối năm 2025: chưa lập" in text

    dialog = reports.open_dialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lập báo cáo"
    assert [dialog.period.itemText(i) for i in range(2)] == ["2025", "2025-H2"]
    dialog.period.setCurrentText("2025-H2")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    out = tmp_path / "bc-2025-H2.pdf"
    dialog.out.setText(str(out))
    dialog.agency.setText("Sở Khoa học và Công nghệ")
    dialog.make_button.click()
    # busy, and the window still answers while the session works
    assert (dialog.progress.minimum(), dialog.progress.maximum()) == (0, 0) and dialog.progress.isVisible()
    assert not dialog.make_button.isEnabled()
    assert dialog.message.text() == "Đang lập báo cáo kỳ 2025-H2…"
    probe = QLabel("vẫn phản hồi")
    qtbot.addWidget(probe)
    probe.show()
    qtbot.waitExposed(probe)
    with qtbot.waitSignal(dialog.produced, timeout=WAIT_MS) as produced:
        session.gate.set()
    assert produced.args == ["2025-H2"]
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.message.text().startswith(f"Đã lưu: {out} (3 cuộc họp đã tổ chức, 4 sự cố)")
    assert dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: "6 tháng cuối" not in line.label.text(), timeout=WAIT_MS)
    assert "Báo cáo năm 2025" in line.label.text()


def test_a_refusal_is_said_in_the_dialog(
    qtbot: QtBot, vi_app: QApplication, session: Session, tmp_path: Path
) -> None:
    window = MainWindow("sqlite:///log.sqlite3", remember_layout=False)
    qtbot.addWidget(window)
    session.gate.set()
    operator = Actor("trucban", frozenset({Role.OPERATOR}), ActorKind.NAMED)

    def refused(
        request: Request, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        run = lambda: asyncio.run(handle_report(session.desk, session.guard, operator, request))  # type: ignore[arg-type]  # noqa: E731
        session.calls.watch(session.pool.submit(run), on_done, on_error)

    reports = ReportsController(window, refused, today=lambda: date(2025, 12, 22))
    reports.set_allowed(False)
    assert reports.line.isHidden()  # the reminder is the supervisor's
    dialog = reports.open_dialog()
    qtbot.addWidget(dialog)
    dialog.period.setCurrentText("2025")
    dialog.out.setText(str(tmp_path / "bc.docx"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("✗"), timeout=WAIT_MS)
    assert dialog.message.text() == "✗ Chỉ cán bộ giám sát mới được lập báo cáo."
    assert not (tmp_path / "bc.docx").exists()
