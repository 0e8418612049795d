"""The technician's calibration view against a real simulated camera over UDP and a real SQLite log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.camera.control import Move, ViscaControl
from console.camera.visca import ViscaCamera
from console.domain import Position, Site, Tier
from console.presets.camera import FeccControl, SitePresets
from console.sim.camera import SimulatedCamera
from db.engine import open_database, session_factory
from db.presets import PresetBook
from db.sites import save_network
from tests.widgets.loop_thread import LoopThread
from widgets.async_calls import AsyncCalls
from widgets.cameras.calibration import CalibrationView, Column

SITE = "DB.H.TUANGIAO.UBND"
WAIT = 10_000


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path}/x.sqlite3")
    with session_factory(eng)() as session:
        save_network(
            session,
            [
                Site(
                    SITE,
                    "UBND huyện Tuần Giáo",
                    Tier.DISTRICT,
                    None,
                    "UBND huyện",
                    "Hội trường",
                    "10.20.1.10",
                )
            ],
        )
        session.commit()
    yield eng
    eng.dispose()


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    thread = LoopThread()
    yield thread
    thread.close()


@pytest.fixture
def camera() -> Iterator[SimulatedCamera]:
    sim = SimulatedCamera.start_in_thread(move_time=0.02)
    yield sim
    sim.stop_thread()


def where(sim: SimulatedCamera) -> Position:
    found: list[Position] = []
    sim.call_in_thread(lambda: found.append(sim.position))
    return found[0]


@pytest.fixture
def view(
    qtbot: QtBot, engine: Engine, loop: LoopThread, camera: SimulatedCamera
) -> Iterator[CalibrationView]:
    control = ViscaControl(ViscaCamera("127.0.0.1", camera.port, timeout=0.2, retries=1))
    presets = SitePresets(SITE, control, PresetBook(engine), "Quàng Văn Dũng", settle_interval=0.01)
    widget = CalibrationView(presets, AsyncCalls(loop.loop), site_name="UBND huyện Tuần Giáo")
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    qtbot.waitUntil(lambda: not widget.busy and widget.position is not None, timeout=WAIT)
    yield widget
    loop.call(presets.close())


def jog(qtbot: QtBot, view: CalibrationView, sim: SimulatedCamera, move: Move, reached: object) -> None:
    qtbot.mousePress(view.jog_buttons[move], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reached(where(sim)), timeout=WAIT)  # type: ignore[operator]
    qtbot.mouseRelease(view.jog_buttons[move], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT)


def store(qtbot: QtBot, view: CalibrationView, slot: int, name: str, seat: str = "") -> None:
    view.slot.setValue(slot)
    view.name.setCurrentText(name)
    view.seat.setText(seat)
    rows = view.model.rowCount()
    qtbot.mouseClick(
        view.findChild(type(view.jog_buttons[Move.UP]), "storeButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() >= rows, timeout=WAIT)


def test_calibrate_store_move_away_and_recall(
    qtbot: QtBot, view: CalibrationView, camera: SimulatedCamera, engine: Engine
) -> None:
    jog(qtbot, view, camera, Move.RIGHT, lambda p: p.pan > 200)
    assert view.position is not None and view.position.pan > 200
    store(qtbot, view, 2, "Chủ tọa", "Bàn chủ tọa")
    (preset,) = PresetBook(engine).camera_presets(SITE)
    framing = where(camera)
    assert (preset.slot, preset.name, preset.seat) == (2, "Chủ tọa", "Bàn chủ tọa")
    assert preset.position == framing and preset.calibrated_by == "Quàng Văn Dũng"
    assert view.model.index(0, Column.NAME).data() == "Chủ tọa"
    assert view.status.text().startswith("✓")

    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Left)  # arrow keys jog too
    qtbot.waitUntil(lambda: where(camera).pan < -100, timeout=WAIT)
    qtbot.keyRelease(view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT)
    assert where(camera) != framing

    view.select_slot(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter recalls the selected preset
    qtbot.waitUntil(lambda: not view.busy and view.position == framing, timeout=WAIT)
    assert where(camera) == framing


def test_compare_and_verify_list_a_drifted_preset(
    qtbot: QtBot, view: CalibrationView, camera: SimulatedCamera
) -> None:
    store(qtbot, view, 1, "Toàn cảnh", "Cả phòng")
    jog(qtbot, view, camera, Move.ZOOM_IN, lambda p: p.zoom > 1500)
    store(qtbot, view, 2, "Chủ tọa")
    assert view.model.rowCount() == 2

    view.verify_action.trigger()
    qtbot.waitUntil(lambda: not view.busy and all(view.review_text()), timeout=WAIT)
    assert all(t.startswith("✓") for t in view.review_text())

    camera.call_in_thread(lambda: setattr(camera, "drift", (300, 0, 0)))
    view.tolerance.setValue(50)
    view.verify_action.trigger()
    qtbot.waitUntil(lambda: not view.busy and view.review_text()[0].startswith("▲"), timeout=WAIT)
    assert all("+300" in t for t in view.review_text())
    assert view.status.text().startswith("▲") and "Toàn cảnh" in view.status.text()

    view.compare_action.trigger()
    qtbot.waitUntil(
        lambda: not view.busy and bool(view.model.index(0, Column.DIFFERENCE).data()), timeout=WAIT
    )
    here = where(camera)
    assert view.position == here
    assert view.model.index(1, Column.DIFFERENCE).data().startswith("Δ pan +300")


def test_a_silent_camera_stores_nothing_and_says_so(
    qtbot: QtBot, view: CalibrationView, camera: SimulatedCamera, engine: Engine
) -> None:
    camera.call_in_thread(lambda: setattr(camera, "silent", True))
    store(qtbot, view, 3, "Đại biểu hàng 1")
    assert view.status.text().startswith("✖")
    assert "does not answer" in view.status.text()
    assert PresetBook(engine).camera_presets(SITE) == [] and view.model.rowCount() == 0
    assert "timeout" not in view.status.text() and "silent" in view.status.toolTip()


def test_a_camera_that_refuses_is_explained(
    qtbot: QtBot, view: CalibrationView, camera: SimulatedCamera, engine: Engine
) -> None:
    camera.call_in_thread(lambda: setattr(camera, "not_executable", True))
    store(qtbot, view, 1, "Toàn cảnh")
    assert view.status.text().startswith("✖") and "cannot do that now" in view.status.text()
    assert PresetBook(engine).camera_presets(SITE) == []


def test_fecc_is_jog_only_in_the_view(qtbot: QtBot, engine: Engine, loop: LoopThread) -> None:
    control = FeccControl(None, "giaoban", "u1", SITE)  # type: ignore[arg-type]
    presets = SitePresets(SITE, control, PresetBook(engine), "tech")
    widget = CalibrationView(presets, AsyncCalls(loop.loop))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.fecc_note.isVisible()
    assert not widget.store_action.isEnabled() and not widget.verify_action.isEnabled()
    assert all(b.isEnabled() for b in widget.jog_buttons.values())
