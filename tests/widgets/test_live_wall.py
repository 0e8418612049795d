"""The running console against a real simulator: what the operator does on the wall reaches the MCU."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.runtime.options import SessionOptions
from console.runtime.session import ConsoleSession
from console.sim.server import SimServer
from db.engine import session_factory
from db.records import list_attendance
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.text import local_clock
from widgets.wall.panel import WallPanel
from widgets.wall.view import WallView

PASSWORD = "wall-test"
WAIT_MS = 20_000


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=12, scenario="normal", seed=3, password=PASSWORD) as server:
        yield server


@pytest.fixture
def live(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LiveConsole]:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    options = SessionOptions(
        db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )  # demo: the demo network in the log, so the simulator's sites are known by their codes
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    console = LiveConsole(window, panel, options, sign_in="demo")  # the demo's operator acts
    console.start()
    window.show()
    try:
        qtbot.waitUntil(lambda: len(panel.wall.visible_rows()) == 12, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: console.actor is not None, timeout=WAIT_MS)  # the demo's operator signed in
        yield console
    finally:
        console.session.close()


def test_keys_on_a_selected_tile_mute_and_unmute_the_site(
    live: LiveConsole, sim: SimServer, qtbot: QtBot
) -> None:
    wall = live.panel.wall
    row = wall.visible_rows()[0]
    key = live.site_key(row)
    n = next(i for i, site in enumerate(sim.world.sites) if site.code == key)
    assert not sim.world.muted[n]
    wall.setFocus()
    wall.select(row)
    qtbot.keyClick(wall, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: bool(sim.world.muted[n]), timeout=WAIT_MS)  # the MCU muted that site
    qtbot.waitUntil(lambda: "✓" in live.window.statusBar().currentMessage(), timeout=WAIT_MS)
    # in words: the site's name, what was done and how it went; no codes
    shown = live.window.statusBar().currentMessage()
    assert shown == f"✓ {sim.world.sites[n].name}: tắt tiếng — đã thực hiện" and key not in shown
    # once the MCU reports the site muted, the same key unmutes it
    qtbot.waitUntil(lambda: (p := live.roster.first(key)) is not None and p.is_muted, timeout=WAIT_MS)
    qtbot.keyClick(wall, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: not sim.world.muted[n], timeout=WAIT_MS)


def points(curve: Any) -> int:
    x = curve.getData()[0]
    return 0 if x is None else len(x)


def test_opening_another_site_points_the_same_window_at_it_and_shows_its_data_not_the_last_ones(
    live: LiveConsole, qtbot: QtBot
) -> None:
    from widgets.site.detail import SiteDetail

    wall = live.panel.wall
    first, second = wall.visible_rows()[:2]
    a, b = live.site_key(first), live.site_key(second)
    name_a, name_b = live.sites[a].name, live.sites[b].name

    def open_tile(row: int) -> None:
        rect = wall.tile_rect(row)
        assert rect is not None
        qtbot.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    open_tile(first)
    [detail] = live.window.findChildren(SiteDetail)
    dialog = detail.window()
    assert dialog.isVisible() and detail.key == a  # shown at once, before its data comes
    qtbot.waitUntil(lambda: detail.frame is not None, timeout=WAIT_MS)
    assert detail.frame is not None and detail.frame.site is not None and detail.frame.site.code == a
    qtbot.waitUntil(lambda: detail.attendance.rowCount() > 0, timeout=WAIT_MS)
    loss = detail.graphs[0]
    assert points(loss.curves[0]) > 0

    dialog.close()  # closed, then another tile opened: the same window, the graphs built once
    graphs = [g.widget for g in detail.graphs]
    open_tile(second)
    assert live.window.findChildren(SiteDetail) == [detail] and detail.window() is dialog
    assert dialog.isVisible() and [g.widget for g in detail.graphs] == graphs
    assert detail.key == b and name_b in dialog.windowTitle() and name_b in detail.title.text()
    assert name_a not in dialog.windowTitle() and name_a not in detail.title.text()
    # nothing of the last site stays while the new one loads
    assert detail.frame is None and detail.attendance.rowCount() == 0
    assert detail.status.text() == "⧗ đang tải…"
    assert all(points(c) == 0 for g in detail.graphs for c in g.curves)
    assert "đang tải" in loss.caption.text()
    qtbot.waitUntil(lambda: detail.frame is not None and detail.attendance.rowCount() > 0, timeout=WAIT_MS)
    assert detail.frame is not None and detail.frame.site is not None and detail.frame.site.code == b
    assert {span.site for span in detail.attendance.spans} == {b}
    assert points(loss.curves[0]) > 0 and "đang tải" not in loss.caption.text()


def test_the_tile_menu_offers_the_frequent_actions(live: LiveConsole, qtbot: QtBot) -> None:
    wall = live.panel.wall
    row = wall.visible_rows()[0]
    rect = wall.tile_rect(row)
    assert rect is not None
    with qtbot.waitSignal(wall.siteContextMenu):
        wall.contextMenuEvent(_context_event(wall, rect.center()))
    menus = [w for w in QApplication.topLevelWidgets() if w.inherits("QMenu") and w.isVisible()]
    assert menus, "no menu popped up"
    texts = [a.text().split("\t")[0] for a in menus[-1].actions()]
    assert "Tắt tiếng" in texts and "Ngắt kết nối…" in texts and "Chi tiết…" in texts
    menus[-1].close()


def _context_event(wall: WallView, pos: QPoint) -> QContextMenuEvent:
    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, wall.viewport().mapToGlobal(pos))


def test_a_double_click_opens_the_site_with_the_joins_and_leaves_the_log_holds(
    live: LiveConsole, qtbot: QtBot
) -> None:
    from widgets.site.detail import SiteDetail

    wall = live.panel.wall
    row = wall.visible_rows()[0]
    key = live.site_key(row)
    rect = wall.tile_rect(row)
    assert rect is not None
    qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wall.selected == row and not any(  # one click selects, no more
        d.isVisible() for d in live.window.findChildren(SiteDetail)
    )
    qtbot.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in live.window.findChildren(SiteDetail)))
    [detail] = live.window.findChildren(SiteDetail)
    assert detail.key == key
    assert wall.data is not None and wall.data.index.names[row] in detail.window().windowTitle()
    # the site joined when the console started, before its detail opened: the tab shows what the log holds
    assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
    store, engine = live.session.store, live.session.engine
    assert store is not None and engine is not None and store.flush()
    with session_factory(engine)() as session:
        logged = list_attendance(session, site=key)
    assert logged
    model = detail.attendance
    qtbot.waitUntil(lambda: model.rowCount() >= len(logged), timeout=WAIT_MS)
    assert model.index(0, 0).data() == local_clock(logged[0].joined_at)  # in Hà Nội time
    assert detail.attendance_note.text().startswith("Cuộc họp này")
