"""The operator's layout bar against the bundled MCU simulator: its layouts, a click that changes the MCU's
layout through the dispatcher, and the active layout following the MCU's LayoutChanged events."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.commands.dispatcher import CommandDispatcher
from console.domain import Capability, LayoutChanged, LayoutPreset, McuError
from console.mcu.pexip.driver import PexipDriver
from console.presets.layouts import apply_layout_preset, watch_commands
from console.sim.server import SimServer
from console.sim.world import CONFERENCE_NAME, LAYOUTS
from tests.actors import operator
from tests.widgets.loop_thread import LoopThread
from widgets.layouts.bar import LayoutBar, Report, paint_layout

WAIT = 15_000


class Mcu:
    """The simulator, the Pexip driver and the dispatcher on a session-like loop; LayoutChanged events are
    queued for the GUI thread as the console's inbox would."""

    def __init__(self, sim: SimServer, loop: LoopThread) -> None:
        self.sim = sim
        self.loop = loop
        self.driver = PexipDriver(sim.url, sim.user, sim.password, poll_interval=0.1, timeout=2.0)
        self.dispatcher = CommandDispatcher(self.driver, None, operator("operator"))
        self.layouts: deque[str] = deque()
        loop.call(self.driver.connect())
        self.task = loop.call(self._follow())
        self._wait_for_the_event_stream()

    def _wait_for_the_event_stream(self) -> None:
        """The layout follows only the event stream's `layout` events: a change made before the stream is open
        is never told (a loaded machine can open it after the test's first click)."""
        deadline = time.monotonic() + WAIT / 1000
        while time.monotonic() < deadline:
            with self.sim.world.lock:
                if self.sim.world._subscribers:
                    return
            time.sleep(0.01)
        raise TimeoutError("the driver's event stream did not open")

    async def _follow(self) -> asyncio.Task[None]:
        async def follow() -> None:
            async for event in self.driver.events():
                if isinstance(event, LayoutChanged):
                    self.layouts.append(event.layout)

        return asyncio.get_running_loop().create_task(follow())

    def apply(self, preset: LayoutPreset, report: Report) -> None:
        """What the console gives the bar: send on the session's loop, report back from there."""

        def start() -> None:
            application = apply_layout_preset(self.dispatcher, CONFERENCE_NAME, preset)
            watch_commands(application.commands, lambda state, detail: report(state.value, detail))

        self.loop.loop.call_soon_threadsafe(start)

    def close(self) -> None:
        self.loop.call(self.dispatcher.close(cancel=True))
        self.loop.call(self.driver.close())


@pytest.fixture
def mcu() -> Iterator[Mcu]:
    loop = LoopThread()
    with SimServer(sites=6, scenario="normal", seed=5, password="pw", paused=True, keepalive=0.2) as sim:
        mcu = Mcu(sim, loop)
        try:
            yield mcu
        finally:
            mcu.close()
            loop.close()


def world_layout(sim: SimServer) -> str:
    with sim.world.lock:
        layout: str = sim.world.layout
    return layout


def test_lists_applies_and_follows_the_mcus_layout(qtbot: QtBot, mcu: Mcu) -> None:
    bar = LayoutBar(mcu.apply)
    qtbot.addWidget(bar)
    bar.show()
    bar.load(asyncio.run_coroutine_threadsafe(mcu.driver.available_layouts(CONFERENCE_NAME), mcu.loop.loop))
    qtbot.waitUntil(lambda: len(bar.buttons) == len(LAYOUTS), timeout=WAIT)
    assert [p.layout for p in bar.presets()] == list(LAYOUTS)
    assert bar.buttons["layout:ac"].title() == QCoreApplication.translate(
        "LayoutName", "auto"
    )  # any language
    adaptive = [p.layout for p in bar.presets() if p.layout.startswith("ac")]
    assert len(adaptive) == 3  # the simulator offers Pexip's three: an operator must tell them apart
    assert len({bar.buttons[f"layout:{key}"].title() for key in adaptive}) == 3

    assert world_layout(mcu.sim) != "4:0"
    qtbot.mouseClick(bar.buttons["layout:4:0"], Qt.MouseButton.LeftButton)
    assert bar.buttons["layout:4:0"].state == "pending"
    assert not bar.buttons["layout:4:0"].isChecked()  # not active until the MCU says so
    qtbot.waitUntil(lambda: bar.buttons["layout:4:0"].state == "ok", timeout=WAIT)
    assert world_layout(mcu.sim) == "4:0"
    assert bar.status.text().startswith("✓")

    def drained() -> bool:
        while mcu.layouts:
            bar.set_active(mcu.layouts.popleft())
        return False

    qtbot.waitUntil(lambda: drained() or bar.active == "4:0", timeout=WAIT)
    button = bar.buttons["layout:4:0"]
    assert button.active and button.isChecked() and button.text().startswith("● ")
    assert not bar.buttons["layout:1:7"].active and not bar.buttons["layout:1:7"].text().startswith("●")

    bar.activateWindow()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=WAIT)
    qtbot.keyClick(bar, Qt.Key.Key_2)  # the second button: 1:7
    qtbot.waitUntil(lambda: world_layout(mcu.sim) == "1:7", timeout=WAIT)
    qtbot.waitUntil(lambda: drained() or bar.active == "1:7", timeout=WAIT)
    assert bar.buttons["layout:1:7"].active and not bar.buttons["layout:4:0"].active


def test_a_refused_layout_shows_the_error(qtbot: QtBot, mcu: Mcu) -> None:
    bar = LayoutBar(mcu.apply)
    qtbot.addWidget(bar)
    bar.set_layouts(["1:7", "nonexistent:layout"])
    before = world_layout(mcu.sim)
    qtbot.mouseClick(bar.buttons["layout:nonexistent:layout"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bar.buttons["layout:nonexistent:layout"].state not in ("", "pending"), timeout=WAIT
    )
    button = bar.buttons["layout:nonexistent:layout"]
    assert button.state == "error" and "✖" in button.text()
    assert bar.status.text().startswith("✖") and world_layout(mcu.sim) == before


def test_named_presets_come_first_with_number_keys(qtbot: QtBot) -> None:
    sent: list[tuple[LayoutPreset, Report]] = []
    bar = LayoutBar(lambda preset, report: sent.append((preset, report)))
    qtbot.addWidget(bar)
    bar.set_layouts(["1:0", "1:7"])
    bar.set_presets(
        [
            LayoutPreset("2:21", "Khai mạc", ("DB.T.UBND",), "Giao ban tháng 3", ordinal=1),
            LayoutPreset("9:0", "Thảo luận", ordinal=2),
        ]
    )
    assert [p.key for p in bar.presets()] == [
        "preset:Khai mạc",
        "preset:Thảo luận",
        "layout:1:0",
        "layout:1:7",
    ]
    assert bar.buttons["preset:Khai mạc"].text().startswith("1 · Khai mạc")
    assert "Giao ban tháng 3" in bar.buttons["preset:Khai mạc"].toolTip()
    bar.show()
    bar.activateWindow()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=WAIT)
    qtbot.keyClick(bar, Qt.Key.Key_1)
    assert [p.name for p, _ in sent] == ["Khai mạc"]
    report = sent[0][1]
    report("error", "MCU said no")  # the console may report from any thread: delivered queued
    qtbot.waitUntil(lambda: bar.buttons["preset:Khai mạc"].state == "error", timeout=WAIT)
    assert "MCU said no" in bar.status.text()
    bar.set_active("2:21")
    assert bar.buttons["preset:Khai mạc"].active and not bar.buttons["preset:Thảo luận"].active


def test_without_an_mcu_a_click_says_so(qtbot: QtBot) -> None:
    bar = LayoutBar()
    qtbot.addWidget(bar)
    bar.set_layouts(["1:7"])
    qtbot.mouseClick(bar.buttons["layout:1:7"], Qt.MouseButton.LeftButton)
    assert bar.buttons["layout:1:7"].state == "unreachable"


def test_a_failed_read_of_the_layouts_is_shown(qtbot: QtBot) -> None:
    import concurrent.futures

    bar = LayoutBar()
    qtbot.addWidget(bar)
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    bar.load(future)
    future.set_exception(McuError("unreachable", "connection refused"))
    qtbot.waitUntil(lambda: bar.status.text().startswith("✖"), timeout=WAIT)
    assert "connection refused" in bar.status.text() and not bar.buttons


def test_what_the_dialect_cannot_do_is_shown_but_not_offered(qtbot: QtBot, vi_app: QApplication) -> None:
    sent: list[LayoutPreset] = []
    bar = LayoutBar(lambda preset, report: sent.append(preset))
    qtbot.addWidget(bar)
    bar.set_layouts(["1:0", "1:7"])
    bar.set_presets([LayoutPreset("2:21", "Khai mạc", ("DB.T.UBND",), ordinal=1)])
    bar.set_capabilities({Capability.LAYOUT})  # layouts, but no spotlights
    named, plain = bar.buttons["preset:Khai mạc"], bar.buttons["layout:1:7"]
    refusal = "Loại MCU này không thể làm nổi bật điểm cầu: chỉ áp dụng được bố cục thường."
    assert not named.isEnabled() and refusal in named.toolTip()
    assert plain.isEnabled() and not bar.number_actions[0].isEnabled() and bar.number_actions[2].isEnabled()
    bar.apply(named.preset)  # asked for anyway: refused in words, nothing sent
    assert sent == [] and named.state == "error" and refusal in bar.status.text()
    qtbot.mouseClick(plain, Qt.MouseButton.LeftButton)
    assert [p.layout for p in sent] == ["1:7"]
    bar.set_capabilities(set())
    assert not any(b.isEnabled() for b in bar.buttons.values())
    assert bar.status.text() == "Loại MCU này không thể đổi bố cục."


def test_with_no_mcu_configured_the_bar_says_so(qtbot: QtBot, vi_app: QApplication) -> None:
    bar = LayoutBar()
    qtbot.addWidget(bar)
    assert bar.status.text() == "Đang đọc các bố cục của MCU…"
    bar.set_no_mcu()
    assert bar.status.text() == "○ Chưa cấu hình MCU: không có bố cục nào để áp dụng."


@pytest.mark.parametrize("layout", ["1:7", "4:0", "ac"])
def test_previews_are_drawn(layout: str) -> None:
    image = QImage(64, 36, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_layout(painter, QRectF(0, 0, 64, 36), layout)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 64, 2) for y in range(0, 36, 2)}
    assert len(colours) >= 3  # screen, large and small pictures (or the "A")
