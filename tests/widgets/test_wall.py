from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import Health
from console.live.wall import SortMode, TileFlag
from tests.synthetic import synthetic_wall
from widgets.theme import HEALTH_COLOURS
from widgets.wall.view import ZOOM_SIZES, WallView


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


def test_click_and_keys_pick_a_site(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    wall.set_sort_mode(SortMode.NAME)
    first, second = wall.visible_rows()[:2]
    rect = wall.tile_rect(first)
    assert rect is not None
    with qtbot.waitSignal(wall.siteActivated) as activated:
        qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [first]
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert wall.selected == second
    with qtbot.waitSignal(wall.siteActivated) as activated:
        qtbot.keyClick(wall, Qt.Key.Key_Return)
    assert activated.args == [second]


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
