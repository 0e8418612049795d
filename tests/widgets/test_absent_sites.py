"""Call all absent sites, in the window: a Vietnamese confirmation whose buttons are Vietnamese, nothing sent on
Cancel, the outcome in words; and the Meeting menu's action."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from console.domain import Tier
from console.live.wall import SiteIndex, TileFlag, WallData
from console.runtime.bridge import CallAbsent, CallAbsentOutcome
from widgets.shell.main_window import MainWindow
from widgets.wall.absent import absent_count, call_all_absent


def wall(absent: int, present: int = 2) -> WallData:
    n = absent + present
    index = SiteIndex.build([f"Xã {i}" for i in range(n)], [Tier.COMMUNE] * n, [None] * n, {})
    data = WallData(index, lambda rows, seconds: {})
    data.flags[:present] = TileFlag.CONNECTED
    data.flags[present:] = TileFlag.ABSENT
    return data


def answer(button_text: str, seen: list[tuple[str, list[str]]]) -> None:
    """When the confirmation shows, note its words and press the button that says `button_text`."""

    def press() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "callAbsentConfirm" and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, press)
            return
        box = shown[0]
        texts = [b.text() for b in box.buttons()]
        seen.append((box.text(), texts))
        wanted = [b for b in box.buttons() if b.text() == button_text]
        (wanted or box.buttons())[0].click()  # a button not found: the box closes, the assertions tell

    QTimer.singleShot(0, press)


def test_call_all_absent_asks_in_vietnamese_then_dials(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow("sqlite://", remember_layout=False)
    qtbot.addWidget(window)
    data = wall(absent=3)
    assert absent_count(data) == 3
    sent: list[CallAbsent] = []
    reports: list[str] = []

    def send(
        request: CallAbsent,
        done: Callable[[CallAbsentOutcome], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        sent.append(request)
        done(CallAbsentOutcome(2, 1, ("X.NASON: busy",)))

    seen: list[tuple[str, list[str]]] = []
    answer("Hủy", seen)
    call_all_absent(window, data, send, reports.append)
    assert seen == [("Gọi 3 điểm cầu dự kiến chưa tham gia cuộc họp?", ["Gọi các điểm", "Hủy"])]
    assert sent == [] and reports == []  # cancelled: nothing dialled

    answer("Gọi các điểm", seen)
    call_all_absent(window, data, send, reports.append)
    assert sent == [CallAbsent()]
    assert reports == ["Đang gọi 3 điểm vắng mặt…", "Đã gọi 2 điểm; 1 điểm không gọi được — X.NASON: busy"]

    reports.clear()
    call_all_absent(window, wall(absent=0), send, reports.append)
    assert reports == ["Không có điểm dự kiến nào vắng mặt"] and len(sent) == 1


def test_the_meeting_menu_offers_call_all_absent(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow("sqlite://", remember_layout=False)
    qtbot.addWidget(window)
    action = window.call_absent_action
    assert action.text() == "Gọi tất cả điểm &vắng mặt…"
    assert action in window.meeting_menu.actions()
    assert not action.isEnabled()  # until the wall has absent sites
    with qtbot.waitSignal(window.callAbsentRequested):
        action.setEnabled(True)
        action.trigger()
    assert np.count_nonzero(wall(absent=1).flags & TileFlag.ABSENT) == 1
