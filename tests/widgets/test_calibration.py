"""The technician's calibration view against a real simulated camera over UDP and a real SQLite log.

The view holds no camera: it is given the session's description of the camera and sends typed camera requests,
which a `CameraDesk` on the loop thread standing in for the session's runs (as `SessionPort` does).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.camera.control import Move, ViscaControl
from console.camera.visca import ViscaCamera
from console.domain import Position, Site, Tier
from console.presets.camera import FeccControl, SitePresets
from console.runtime.cameras import (
    CameraClose,
    CameraDesk,
    CameraFailure,
    CameraInfo,
    CameraPosition,
    CameraRequest,
    CameraStore,
    PresetsChanged,
)
from console.sim.camera import SimulatedCamera
from db.engine import open_database, session_factory
from db.presets import PresetBook
from db.sites import save_network
from tests.widgets.loop_thread import LoopThread
from widgets.cameras.calibration import CalibrationView, Column
from widgets.shell.app import create_application

SITE = "DB.H.TUANGIAO.UBND"
WAIT = 10_000


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> QApplication:
    """The texts below are checked in English, whatever language an earlier test chose."""
    return create_application("en")


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


def sender(desk: CameraDesk, loop: LoopThread) -> Callable[[CameraRequest], concurrent.futures.Future[Any]]:
    """What the window's bridge does with a camera request: run it in the session, hand back a future."""
    return lambda request: asyncio.run_coroutine_threadsafe(desk.handle(request), loop.loop)


def opened(desk: CameraDesk, loop: LoopThread) -> CameraInfo:
    info = loop.call(desk.open(SITE))
    assert info is not None
    return info


@pytest.fixture
def desk(engine: Engine, loop: LoopThread, camera: SimulatedCamera) -> Iterator[CameraDesk]:
    def open_presets(site: str) -> SitePresets:
        control = ViscaControl(ViscaCamera("127.0.0.1", camera.port, timeout=0.2, retries=1))
        return SitePresets(site, control, PresetBook(engine), "Quàng Văn Dũng", settle_interval=0.01)

    cameras = CameraDesk(open_presets)
    yield cameras
    loop.call(cameras.close_all())


@pytest.fixture
def view(qtbot: QtBot, desk: CameraDesk, loop: LoopThread) -> Iterator[CalibrationView]:
    widget = CalibrationView(opened(desk, loop), sender(desk, loop), site_name="UBND huyện Tuần Giáo")
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    qtbot.waitUntil(lambda: not widget.busy and widget.position is not None, timeout=WAIT)
    yield widget


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
    def open_presets(site: str) -> SitePresets:
        control = FeccControl(None, "giaoban", "u1", site)  # type: ignore[arg-type]
        return SitePresets(site, control, PresetBook(engine), "tech")

    desk = CameraDesk(open_presets)
    widget = CalibrationView(opened(desk, loop), sender(desk, loop))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.fecc_note.isVisible()
    assert not widget.store_action.isEnabled() and not widget.verify_action.isEnabled()
    assert all(b.isEnabled() for b in widget.jog_buttons.values())


def test_the_view_holds_a_description_and_the_session_closes_the_camera(
    qtbot: QtBot, view: CalibrationView, desk: CameraDesk, loop: LoopThread
) -> None:
    assert isinstance(view.info, CameraInfo) and view.info.supports_presets
    assert not any(isinstance(value, SitePresets | ViscaControl) for value in vars(view).values())
    handle = view.info.handle
    assert desk.open_handles == [handle]
    assert loop.call(desk.handle(CameraClose(handle))) is True  # the dialog closed
    assert desk.open_handles == [] and loop.call(desk.handle(CameraClose(handle))) is False
    view.load()  # a request on a closed calibration fails in words, and nothing is left busy
    qtbot.waitUntil(lambda: not view.busy and view.status.text().startswith("✖"), timeout=WAIT)
    assert "closed" in view.status.text()


def test_what_crosses_the_bridge_is_plain_values(
    desk: CameraDesk, loop: LoopThread, camera: SimulatedCamera
) -> None:
    """Descriptions, results and failures survive pickling: the session could answer from another process."""
    info = opened(desk, loop)
    assert pickle.loads(pickle.dumps(info)) == info
    changed = loop.call(desk.handle(CameraStore(info.handle, 1, "Toàn cảnh", "Cả phòng")))
    assert isinstance(changed, PresetsChanged) and changed.preset is not None
    assert pickle.loads(pickle.dumps(changed)) == changed and changed.presets == (changed.preset,)
    camera.call_in_thread(lambda: setattr(camera, "silent", True))
    with pytest.raises(CameraFailure) as failed:
        loop.call(desk.handle(CameraPosition(info.handle)))
    again = pickle.loads(pickle.dumps(failed.value))
    assert (again.source, again.code, str(again)) == ("camera", "timeout", str(failed.value))
    assert "silent" in str(again)


def test_the_session_closing_closes_every_open_camera(desk: CameraDesk, loop: LoopThread) -> None:
    first, second = opened(desk, loop), opened(desk, loop)
    assert desk.open_handles == [first.handle, second.handle]

    async def session_ends() -> None:  # as the session's loop ends: its tasks cancelled and awaited
        keeper = asyncio.get_running_loop().create_task(desk.close_at_end())
        await asyncio.sleep(0)
        assert desk.open_handles  # still open while the session runs
        keeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await keeper

    loop.call(session_ends())
    assert desk.open_handles == []
    with pytest.raises(CameraFailure):
        loop.call(desk.open(SITE))  # a closing session opens no more cameras
