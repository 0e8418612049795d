"""What the wall's cached pictures (titles, glyphs) show: always the site's current state."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import Health
from console.live.wall import SortMode
from tests.synthetic import synthetic_wall
from tests.widgets.test_wall import make_wall
from widgets.theme import HEALTH_COLOURS
from widgets.wall.view import MICRO_WIDTH, ZOOM_SIZES, WallView


def shows(wall: WallView, rect: QRect, colour: QColor) -> bool:
    """Whether some pixel in `rect` (viewport coordinates) is `colour`, give or take antialiasing."""
    image = wall.viewport().grab(rect).toImage()
    pixels = (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width()))
    return any(rgb_distance(c, colour) < 40 for c in pixels)


def rgb_distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_a_title_turns_red_with_its_site(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    data = wall.data
    assert data is not None
    wall.set_grouped(False)
    wall.set_sort_mode(SortMode.NAME)  # the tile stays where it is when its health changes
    row = wall.visible_rows()[0]
    tile = wall.tile_rect(row)
    assert tile is not None
    title = QRect(tile.left() + 5, tile.top() + 3, tile.width() - 10, 14)
    red = HEALTH_COLOURS[Health.RED]
    assert not shows(wall, title, red)
    data.health[row] = Health.RED
    data.version += 1
    wall.viewport().repaint()
    assert shows(wall, title, red)
    data.health[row] = Health.GREEN
    data.version += 1
    wall.viewport().repaint()
    assert not shows(wall, title, red)


def test_the_smallest_tiles_still_show_their_glyph(vi_app: QApplication, qtbot: QtBot) -> None:
    wall, _ = make_wall(qtbot)
    data = wall.data
    assert data is not None
    data.health[3] = Health.AMBER
    wall.set_grouped(False)
    wall.set_zoom(len(ZOOM_SIZES) - 1)
    assert ZOOM_SIZES[wall.zoom].width() < MICRO_WIDTH
    for row, health in ((3, Health.AMBER), (wall.visible_rows()[-1], Health.GREEN)):
        tile = wall.tile_rect(row)
        assert tile is not None
        # Right of the health bar, the cell is the health's dark shade; only the glyph is in the colour itself.
        assert shows(wall, tile.adjusted(5, 0, 0, 0), HEALTH_COLOURS[health])


def test_a_wall_waiting_for_its_session_says_so_until_its_first_frame(
    vi_app: QApplication, qtbot: QtBot
) -> None:
    view = WallView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)

    def shot() -> QImage:
        return view.viewport().grab().toImage()

    blank = shot()
    view.set_waiting(True)
    waiting = shot()
    assert waiting != blank  # the text is painted …
    assert view.tr("Opening the log and connecting to the MCU…") == "Đang mở sổ theo dõi và kết nối MCU…"
    data, _store = synthetic_wall(12)
    view.set_data(data)
    assert not view.waiting and shot() not in (blank, waiting)
    view.set_data(None)
    assert shot() == blank  # … only until the first wall: a wall cleared later is blank
