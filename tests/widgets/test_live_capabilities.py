"""The running console offers only what the MCU's dialect declares, opens the camera calibration through the
bridge (the session keeps the camera), and says when there is no MCU at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from console.domain import Capability
from console.mcu.pexip.driver import PexipDriver
from console.runtime.cameras import CameraInfo
from console.runtime.options import SessionOptions
from console.sim.server import SimServer
from widgets.cameras.calibration import CalibrationView
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

PASSWORD = "caps-test"
WAIT_MS = 20_000
Start = Callable[[SessionOptions], LiveConsole]


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=6, scenario="normal", seed=4, password=PASSWORD) as server:
        yield server


@pytest.fixture
def start(qtbot: QtBot, vi_app: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Start]:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    started: list[LiveConsole] = []

    def start(options: SessionOptions) -> LiveConsole:
        panel = WallPanel()
        window = MainWindow("log", wall=panel, remember_layout=False)
        qtbot.addWidget(window)
        console = LiveConsole(window, panel, options, sign_in="demo" if options.demo else "none")
        started.append(console)
        console.start()
        window.show()
        return console

    yield start
    for console in started:
        console.session.close()


def on_the_demo(sim: SimServer, tmp_path: Path) -> SessionOptions:
    # demo: the demo network in the log (the simulator's sites by their codes) and a simulated camera per site
    return SessionOptions(
        db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )


def tile_menu(live: LiveConsole, row: int) -> QMenu:
    wall = live.panel.wall
    rect = wall.tile_rect(row)
    assert rect is not None
    pos = rect.center()
    wall.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, wall.viewport().mapToGlobal(pos))
    )
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus, "no menu popped up"
    return menus[-1]


def test_a_dialect_without_mute_is_not_offered_mute(
    start: Start, sim: SimServer, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a dialect that can dial, lower hands and spotlight, and nothing else
    fewer = frozenset({Capability.DIAL, Capability.LOWER_HAND, Capability.SPOTLIGHT})
    monkeypatch.setattr(PexipDriver, "capabilities", fewer)
    live = start(on_the_demo(sim, tmp_path))
    wall = live.panel.wall
    qtbot.waitUntil(lambda: len(wall.visible_rows()) == 6, timeout=WAIT_MS)
    assert live.capabilities == fewer and live.dialect == "pexip"
    row = wall.visible_rows()[0]
    key = live.site_key(row)
    qtbot.waitUntil(lambda: live.roster.first(key) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: live.actor is not None, timeout=WAIT_MS)  # the demo's operator signed in

    menu = tile_menu(live, row)
    entries = {a.text().split("\t")[0]: a for a in menu.actions()}
    assert not entries["Tắt tiếng"].isEnabled() and not entries["Ngắt kết nối…"].isEnabled()
    assert entries["Tắt tiếng"].toolTip() == "Loại MCU này không thể tắt tiếng."
    assert entries["Chi tiết…"].isEnabled()
    menu.close()

    n = next(i for i, site in enumerate(sim.world.sites) if site.code == key)
    wall.setFocus()
    wall.select(row)
    qtbot.keyClick(wall, Qt.Key.Key_M)  # the key still asks: the window says why, and sends nothing
    shown = live.window.statusBar().currentMessage()
    assert shown.startswith("✖") and "Loại MCU này không thể tắt tiếng." in shown
    assert not sim.world.muted[n]
    bar = live.layout_bar
    assert bar is not None and bar.status.text() == "Loại MCU này không thể đổi bố cục."


def test_the_calibration_talks_to_the_session_which_keeps_and_closes_the_camera(
    start: Start, sim: SimServer, tmp_path: Path, qtbot: QtBot
) -> None:
    live = start(on_the_demo(sim, tmp_path))
    wall = live.panel.wall
    qtbot.waitUntil(lambda: len(wall.visible_rows()) == 6, timeout=WAIT_MS)
    port = live.bridge.port
    assert port is not None
    key = live.site_key(wall.visible_rows()[0])

    def views() -> list[CalibrationView]:
        return [v for v in live.window.findChildren(CalibrationView) if v.isVisible()]

    live.open_calibration(key)
    qtbot.waitUntil(lambda: len(views()) == 1 and views()[0].position is not None, timeout=WAIT_MS)
    [view] = views()
    assert isinstance(view.info, CameraInfo) and view.info.site == key and view.info.supports_presets
    assert port.cameras.open_handles == [view.info.handle]  # the session holds the camera, the view a handle
    view.start_jog(next(iter(view.jog_buttons)))  # the jog pad works through the bridge too
    view.stop_jog()
    qtbot.waitUntil(lambda: not view.busy and view.status.text().startswith("✓"), timeout=WAIT_MS)

    dialog = view.window()
    assert isinstance(dialog, QDialog)
    dialog.close()  # the dialog closes: the session closes its camera
    qtbot.waitUntil(lambda: port.cameras.open_handles == [], timeout=WAIT_MS)

    live.open_calibration(key)
    qtbot.waitUntil(lambda: len(port.cameras.open_handles) == 1, timeout=WAIT_MS)
    live.session.close()  # the session stops with a calibration open: it closes that camera too
    assert port.cameras.open_handles == []


def test_without_an_mcu_the_layout_bar_says_there_is_none(start: Start, tmp_path: Path, qtbot: QtBot) -> None:
    live = start(SessionOptions(db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", operator="op1"))
    qtbot.waitUntil(lambda: live.layout_bar is not None, timeout=WAIT_MS)
    bar = live.layout_bar
    assert bar is not None
    qtbot.waitUntil(lambda: bar.status.text().startswith("○"), timeout=WAIT_MS)
    assert bar.status.text() == "○ Chưa cấu hình MCU: không có bố cục nào để áp dụng."
    assert live.capabilities == frozenset() and live.dialect == ""
