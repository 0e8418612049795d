from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import Health
from console.live.wall import SortMode, TileFlag, WallData
from tests.synthetic import synthetic_wall
from widgets.theme import HEALTH_COLOURS, SELECTED_TILE
from widgets.wall.panel import WallPanel
from widgets.wall.view import HOLD_AFTER_ACTION_S, MOVED_MARK, MOVED_MARK_S, ZOOM_SIZES, WallView


def make_wall(qtbot: QtBot, n: int = 150) -> tuple[WallView, object]:
    data, store = synthetic_wall(n)
    wall = WallView()
    qtbot.addWidget(wall)
    wall.resize(1600, 1000)
    wall.set_data(data)
    wall.show()
    return wall, store


def pixel(wall: WallView, point: QPoint) -> QColor:
    image: QImage = wall.viewport().grab().toImage()
    return image.pixelColor(point)


def test_problems_come_first_and_lost_sites_lead(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    data = wall.data
    assert data is not None
    data.health[40] = Health.AMBER
    data.health[90] = Health.RED
    data.flags[120] = TileFlag.LOST
    wall.set_grouped(False)
    assert wall.visible_rows()[:3] == [120, 90, 40]


def test_a_lost_site_is_drawn_red_with_a_heavy_border(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    data = wall.data
    assert data is not None
    data.flags[7] = TileFlag.LOST
    wall.rearrange()
    rect = wall.tile_rect(7)
    assert rect is not None and rect.top() >= 0
    red = HEALTH_COLOURS[Health.RED]
    border = pixel(wall, QPoint(rect.left() + 2, rect.center().y()))
    assert border == red
    healthy = wall.tile_rect(wall.visible_rows()[-1])
    assert healthy is not None


def test_filter_and_grouping(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    wall.set_filter("tuan giao")
    rows = wall.visible_rows()
    index = wall.data.index  # type: ignore[union-attr]
    assert rows and all(index.groups[r] == "Cụm Tuần Giáo" or "Tuần Giáo" in index.names[r] for r in rows)
    assert "Cụm Tuần Giáo" in wall.group_titles()
    assert len(rows) < 150
    wall.set_filter("")
    assert len(wall.visible_rows()) == 150


def test_one_click_selects_and_enter_or_a_double_click_opens(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    wall.set_sort_mode(SortMode.NAME)
    first, second = wall.visible_rows()[:2]
    rect = wall.tile_rect(first)
    assert rect is not None
    edge = QPoint(rect.left() + 3, rect.center().y())  # where the selection's outline runs
    assert pixel(wall, edge) != SELECTED_TILE
    with qtbot.assertNotEmitted(wall.siteActivated, wait=100):
        qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wall.selected == first and pixel(wall, edge) == SELECTED_TILE  # selected, and seen to be
    with qtbot.waitSignal(wall.siteActivated) as activated:
        qtbot.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [first]
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert wall.selected == second
    with qtbot.waitSignal(wall.siteActivated) as activated:
        qtbot.keyClick(wall, Qt.Key.Key_Return)
    assert activated.args == [second]


class Clock:
    """The wall's clock for the hold and the marks, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Feed:
    """The session's side: a new frame of the same tiles every 50 ms (as the bridge delivers them), each turning
    a different handful of sites red — sites shown after `behind`, so each frame would push that tile back."""

    def __init__(self, wall: WallView, behind: int) -> None:
        data = wall.data
        assert data is not None
        self.wall, self.index, self.read = wall, data.index, data.read_series
        order = wall.visible_rows()
        self.later = order[order.index(behind) + 1 :]
        self.sent = 0
        self.version = data.version
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.send)
        self.timer.start()

    def send(self) -> None:
        self.sent += 1
        self.version += 1
        frame = WallData(self.index, self.read)
        frame.flags[:] = TileFlag.CONNECTED
        frame.health[:] = Health.GREEN
        frame.parts[:] = Health.GREEN
        frame.age[:] = 0.5
        red = self.later[(self.sent * 3) % len(self.later) :][:4]
        frame.health[red] = Health.RED
        frame.version = self.version
        self.wall.show_frame(frame)

    def stop(self) -> None:
        self.timer.stop()


def panel_with_wall(qtbot: QtBot) -> tuple[WallPanel, WallView, Clock]:
    panel = WallPanel()
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    data, _ = synthetic_wall(150)
    panel.set_data(data)
    panel.set_group_by(None)
    panel.show()
    qtbot.waitExposed(panel)
    clock = Clock()
    panel.wall.clock = clock
    return panel, panel.wall, clock


def test_a_click_lands_on_the_tile_it_was_aimed_at_while_the_wall_keeps_updating(
    vi_app: QApplication, qtbot: QtBot
) -> None:
    panel, wall, _clock = panel_with_wall(qtbot)
    target = wall.visible_rows()[40]
    aimed = wall.tile_rect(target)
    assert aimed is not None
    order = wall.visible_rows()
    qtbot.mouseMove(panel.filter, panel.filter.rect().center())
    qtbot.mouseMove(wall.viewport(), aimed.center())  # the operator's pointer comes to rest on the tile
    assert wall.order_held()
    feed = Feed(wall, behind=target)
    try:
        # frame after frame would re-order the wall (a new order waits); several re-sorts go by, painted
        qtbot.waitUntil(lambda: feed.sent >= 12 and wall.order_waiting, timeout=10_000)
        qtbot.waitUntil(lambda: wall.painted_version == feed.version or feed.sent >= 24, timeout=10_000)
        assert panel.held.isVisible()  # and the operator is told the order is being held
        assert wall.visible_rows() == order and wall.tile_rect(target) == aimed
        with qtbot.assertNotEmitted(wall.siteActivated, wait=100):
            qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=aimed.center())
        assert wall.selected == target  # the tile aimed at, not whatever slid under the pointer
        assert pixel(wall, QPoint(aimed.left() + 3, aimed.center().y())) == SELECTED_TILE
        with qtbot.waitSignal(wall.siteActivated) as activated:
            qtbot.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=aimed.center())
        assert activated.args == [target]
    finally:
        feed.stop()


def test_the_new_order_comes_when_the_hold_ends_and_the_tiles_that_moved_are_marked(
    vi_app: QApplication, qtbot: QtBot
) -> None:
    panel, wall, clock = panel_with_wall(qtbot)
    target = wall.visible_rows()[40]
    aimed = wall.tile_rect(target)
    assert aimed is not None
    qtbot.mouseMove(panel.filter, panel.filter.rect().center())
    qtbot.mouseMove(wall.viewport(), aimed.center())
    qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=aimed.center())
    feed = Feed(wall, behind=target)
    try:
        qtbot.waitUntil(lambda: wall.order_waiting, timeout=10_000)
        qtbot.mouseMove(panel.filter, panel.filter.rect().center())  # the pointer leaves the wall
        # the leave, as the window system sends it (offscreen Qt loses it once other windows have come and gone)
        QApplication.sendEvent(wall.viewport(), QEvent(QEvent.Type.Leave))
        sent = feed.sent
        qtbot.waitUntil(lambda: feed.sent >= sent + 12, timeout=10_000)
        assert wall.order_waiting and wall.tile_rect(target) == aimed  # still held: 3 s after the click
        feed.stop()
        clock.now += HOLD_AFTER_ACTION_S + 0.1  # the hold is over
        qtbot.waitUntil(lambda: not wall.order_waiting, timeout=10_000)
    finally:
        feed.stop()
    assert not panel.held.isVisible()
    assert target in wall.moved_rows() and wall.selected == target  # marked, and still the one selected
    qtbot.waitUntil(lambda: not wall.sliding, timeout=10_000)  # slid to its new place
    moved = wall.tile_rect(target)
    assert moved is not None and moved.topLeft() != aimed.topLeft()  # pushed back by the red sites
    corner = QPoint(moved.right() - 6, moved.top() + 1)
    assert pixel(wall, corner) == MOVED_MARK
    clock.now += MOVED_MARK_S
    qtbot.waitUntil(lambda: wall.moved_rows() == [] and pixel(wall, corner) != MOVED_MARK, timeout=10_000)


def test_a_site_that_joins_while_the_order_is_held_comes_last(vi_app: QApplication, qtbot: QtBot) -> None:
    panel, wall, clock = panel_with_wall(qtbot)
    data = wall.data
    assert data is not None
    names = data.index.names
    shown = [names[r] for r in wall.visible_rows()]
    chosen = wall.visible_rows()[7]
    rect = wall.tile_rect(chosen)
    assert rect is not None
    qtbot.mouseMove(panel.filter, panel.filter.rect().center())
    qtbot.mouseMove(wall.viewport(), rect.center())
    qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bigger, _ = synthetic_wall(151)  # a new index: one more site, and the first one now red
    bigger.health[0] = Health.RED
    wall.show_frame(bigger)
    after = bigger.index.names
    assert [after[r] for r in wall.visible_rows()] == [*shown, after[150]]
    assert after[wall.selected] == names[chosen] and wall.tile_rect(wall.selected) == rect
    clock.now += HOLD_AFTER_ACTION_S + 0.1
    qtbot.mouseMove(panel.filter, panel.filter.rect().center())
    qtbot.waitUntil(lambda: wall.visible_rows()[0] == 0, timeout=10_000)  # then the red site leads


def test_zoom_to_fit_shows_thousands_without_a_widget_each(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot, n=3500)
    assert wall.findChildren(WallView) == []
    wall.set_grouped(False)
    wall.zoom_to_fit()
    assert ZOOM_SIZES[wall.zoom].width() < 60
    last = wall.tile_rect(wall.visible_rows()[-1])
    assert last is not None and last.bottom() <= wall.viewport().height()


def test_sparkline_follows_the_data(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, store = make_wall(qtbot)
    data = wall.data
    assert data is not None
    wall.set_zoom(0)
    row = wall.visible_rows()[0]
    rect = wall.tile_rect(row)
    assert rect is not None
    before = wall.viewport().grab(rect).toImage()
    store["video"][row, -60:] = 0.0  # type: ignore[index]
    store["fps"][row, -60:] = 0.0  # type: ignore[index]
    data.version += 1
    wall.viewport().repaint()
    after = wall.viewport().grab(rect).toImage()
    assert before != after
    assert np.isfinite(store["video"][row]).all()  # type: ignore[index]
