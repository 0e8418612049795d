"""The floor dock: its model, and the whole path from a raised hand in the simulator to an open microphone,
through the running console (the session thread, the hub, the desk, the dispatcher) and the Enter key."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.domain import FloorRequest, FloorState, RequestSource
from console.floor.control import RefusalCode
from console.floor.desk import (
    ActionReport,
    DeskRequest,
    FloorAction,
    FloorChanged,
    FloorView,
    SpeakingTimeWarning,
    Step,
    StepOutcome,
    StepState,
)
from console.runtime.bridge import FloorCommand, FloorOp
from console.runtime.options import SessionOptions
from console.runtime.session import ConsoleSession
from console.sim import SimServer
from widgets.floor.panel import Column, FloorModel, FloorPanel
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

PASSWORD = "floor-panel-secret"
WAIT_MS = 20_000
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def entry(rid: int, site: str, turn: int, source: RequestSource = RequestSource.MCU) -> DeskRequest:
    state = FloorState.ACCEPTED if turn == 1 else FloorState.PENDING
    req = FloorRequest(site, state, 2, T0 + timedelta(seconds=rid), source=source, seq=rid, id=rid)
    return DeskRequest(rid, "giaoban", req, 1 if turn == 1 else 0, turn, site, True, True)


def test_the_model_holds_the_queue(qtmodeltester: ModelTester, qapp: QApplication) -> None:
    model = FloorModel()
    model.set_rows([entry(1, "A", 1), entry(2, "B", 2, RequestSource.PHONE)], T0 + timedelta(seconds=65))
    qtmodeltester.check(model)
    assert model.data(model.index(0, Column.TURN)) == "1"
    assert "☎" in model.data(model.index(1, Column.SOURCE))
    assert model.data(model.index(0, Column.WAITING)) == "1:04"
    model.set_rows([entry(2, "B", 1)], T0 + timedelta(seconds=70))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.data(model.index(0, Column.SITE)) == "B"


def test_dragging_a_row_asks_the_desk_to_move_it(qtbot: QtBot, qapp: QApplication) -> None:
    ran: list[object] = []
    panel = FloorPanel(ran.append, lambda: [], "op")
    qtbot.addWidget(panel)
    panel.on_news(FloorChanged(FloorView(T0, (entry(1, "A", 1), entry(2, "B", 2), entry(3, "C", 3)))))
    with qtbot.waitSignal(panel.model.reorderRequested) as moved:
        data = panel.model.mimeData([panel.model.index(2, 0)])
        panel.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, panel.model.index(-1, -1))
    assert moved.args == [3, 1]  # C to the first turn
    assert len(ran) == 1


@pytest.fixture
def machine_in_utc() -> Iterator[None]:
    """The machine's clock in UTC, seven hours behind the control room."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_times_and_sites_read_as_in_the_control_room(
    machine_in_utc: None, vi_app: QApplication, qtbot: QtBot
) -> None:
    panel = FloorPanel(lambda _operation: None, lambda: [("X.NASON", "Xã Nà Sơn")], "op")
    qtbot.addWidget(panel)
    req = FloorRequest("X.NASON", FloorState.GRANTED, 2, T0 + timedelta(seconds=1), seq=1, id=1)
    waiting = FloorRequest("X.NATONG", FloorState.PENDING, 2, T0 + timedelta(seconds=2), seq=2, id=2)
    view = FloorView(
        T0,
        (
            DeskRequest(1, "giaoban", req, 0, 0, "Xã Nà Sơn", True, False),
            DeskRequest(2, "giaoban", waiting, 0, 1, "Xã Na Tông", True, True),
        ),
    )
    panel.on_news(FloorChanged(view))
    assert "15:00:02" in panel.model.item(0, Column.WAITING).toolTip()  # 08:00:02 UTC is 15:00:02 in Hà Nội
    panel.on_news(SpeakingTimeWarning(1, "X.NASON", T0 + timedelta(minutes=5)))
    assert panel.status.text() == "⏰ Xã Nà Sơn: hết thời gian phát biểu lúc 15:05:00"
    step = StepOutcome(Step.UNMUTE, StepState.OK, "X.NATONG")
    panel.on_news(ActionReport(FloorAction.GRANT, 2, "X.NATONG", "op", (step,)))
    assert panel.status.text().startswith("Cho phát biểu — Xã Na Tông: ✓")
    assert "X.NATONG" not in panel.status.text()
    panel.on_news(ActionReport(FloorAction.GRANT, 2, "X.NATONG", "op", refusal=RefusalCode.NOT_HEAD))
    assert panel.status.text() == "Cho phát biểu — Xã Na Tông: ✗ bị từ chối (chưa đến lượt)"


REGISTRY = [
    ("X.NASON", "Xã Nà Sơn"),
    ("X.NATONG", "Xã Na Tông"),
    ("H.DIENBIEN", "Huyện Điện Biên"),
    ("H.DIENBIENDONG", "Huyện Điện Biên Đông"),
    ("X.DONGLUONG", "Xã Đông Luông"),
]


def request_form(qtbot: QtBot) -> tuple[FloorPanel, list[FloorCommand]]:
    ran: list[FloorCommand] = []
    panel = FloorPanel(ran.append, lambda: REGISTRY, "op")
    qtbot.addWidget(panel)
    panel.resize(520, 720)
    panel.show()
    qtbot.waitExposed(panel)
    panel.focus_form()
    return panel, ran


def offered(panel: FloorPanel) -> list[str]:
    model = panel.site_offers
    return [model.item(row).text() for row in range(model.rowCount())]


def retype(qtbot: QtBot, panel: FloorPanel, text: str) -> None:
    """Type `text` into the site field key by key, Vietnamese letters included (QTest knows ASCII keys only)."""
    panel.site_edit.clear()
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                panel.site_edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )


def test_the_form_offers_registry_sites_whatever_the_marks_and_case(
    vi_app: QApplication, qtbot: QtBot
) -> None:
    panel, ran = request_form(qtbot)
    retype(qtbot, panel, "na son")
    assert offered(panel) == ["Xã Nà Sơn (X.NASON)"]
    popup = panel.completer.popup()
    assert popup is not None and popup.isVisible()
    assert panel.site_hint.text() == "✓ Xã Nà Sơn (X.NASON)" and panel.add_button.isEnabled()
    panel.delegate_edit.setText("Ông Lò Văn A")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [(c.op, c.site, c.stranger, c.delegate) for c in ran] == [
        (FloorOp.ADD_REQUEST, "X.NASON", False, "Ông Lò Văn A")
    ]

    retype(qtbot, panel, "DIEN bien")  # "d" finds "Đ", case ignored
    assert offered(panel) == ["Huyện Điện Biên (H.DIENBIEN)", "Huyện Điện Biên Đông (H.DIENBIENDONG)"]
    assert panel.site_hint.text() == "… 2 điểm cầu khớp: hãy chọn một trong danh sách"
    assert not panel.add_button.isEnabled()
    popup = panel.completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the second offer, picked from the list
    assert panel.site_edit.text() == "Huyện Điện Biên Đông (H.DIENBIENDONG)"
    assert panel.site_hint.text() == "✓ Huyện Điện Biên Đông (H.DIENBIENDONG)"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert ran[-1].site == "H.DIENBIENDONG"

    retype(qtbot, panel, "đông")  # "đ" finds "Đ" and "D" alike
    assert offered(panel) == ["Huyện Điện Biên Đông (H.DIENBIENDONG)", "Xã Đông Luông (X.DONGLUONG)"]
    retype(qtbot, panel, "huyện điện biên")  # a name typed whole wins over the longer one
    assert panel.site_hint.text() == "✓ Huyện Điện Biên (H.DIENBIEN)"


def test_a_stranger_is_filed_only_when_the_operator_says_so(vi_app: QApplication, qtbot: QtBot) -> None:
    panel, ran = request_form(qtbot)
    retype(qtbot, panel, "Bản Phủ")
    assert offered(panel) == []
    assert panel.site_hint.text() == "✗ “Bản Phủ” không có trong danh sách điểm cầu"
    assert not panel.add_button.isEnabled()
    panel.add_request()  # Enter or a stray call: nothing is filed
    assert ran == [] and panel.status.text().startswith("✗ “Bản Phủ” không có trong danh sách điểm cầu")
    panel.stranger_box.setChecked(True)
    assert panel.site_hint.text() == "⚠ “Bản Phủ” sẽ được ghi nhận là điểm cầu ngoài danh sách"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [(c.site, c.stranger) for c in ran] == [("Bản Phủ", True)]
    assert not panel.stranger_box.isChecked()  # the next stranger needs its own word
    assert not panel.add_button.isEnabled()


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=20, scenario="normal", seed=4, password=PASSWORD, paused=True) as server:
        yield server


def test_a_raised_hand_appears_and_enter_gives_the_floor(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    options = SessionOptions(
        db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )  # demo: the demo network in the log, so the simulator's sites are known by their codes
    window = MainWindow("log", remember_layout=False)
    qtbot.addWidget(window)
    live = LiveConsole(window, WallPanel(), options, sign_in="demo")  # the demo's operator acts
    n = 6
    uuid = sim.world.uuids[n]
    sim.world.set_muted(uuid, True)
    live.start()
    try:
        qtbot.waitUntil(lambda: live.floor_panel is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: live.actor is not None, timeout=WAIT_MS)  # the demo's operator signed in
        panel = live.floor_panel
        assert isinstance(panel, FloorPanel) and window.floor_dock.widget() is panel
        window.show()
        sim.world.raise_hand(n)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
        model = panel.model
        assert model.data(model.index(0, Column.TURN)) == "1"
        assert model.data(model.index(0, Column.SOURCE)).startswith("☝")
        assert model.data(model.index(0, Column.STATE)).startswith("○")  # pending: a glyph and a word
        panel.view.setFocus()
        panel.view.selectRow(0)
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not sim.world.muted[n], timeout=WAIT_MS)  # the simulator sees the unmute
        qtbot.waitUntil(lambda: model.rowCount() == 0 and "—" in panel.speaker.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: sim.world.buzz[n] == 0 and sim.world.spotlight[n] > 0, timeout=WAIT_MS)
        assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
        hub = live.session.hub  # the session's own object, read by the test only
        assert hub is not None and hub.floor_holders() == [sim.world.sites[n].code]
        # the demo's cameras answer, but nobody stored a speaker preset for this site: said, in words
        qtbot.waitUntil(lambda: panel.last_report is not None and panel.last_report.finished, timeout=WAIT_MS)
        assert "✓ bật micro, – khung hình camera (bỏ qua: điểm cầu này chưa có khung hình camera)" in (
            panel.status.text()
        )
        # the next hand in the queue gets the floor with Ctrl+G (Ctrl+N is the window's "new meeting")
        m = n + 1
        sim.world.set_muted(sim.world.uuids[m], True)
        sim.world.raise_hand(m)
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
        assert "Ctrl+G" in panel.next_action.toolTip()
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not sim.world.muted[m], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: hub.floor_holders() == [sim.world.sites[m].code], timeout=WAIT_MS)
    finally:
        live.session.close()
