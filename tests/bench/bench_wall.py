"""wall_repaint_150 / wall_repaint_3500: one full repaint of the whole wall, against bare QPainter polylines.

The floor draws exactly the polylines the wall drew (recorded from the wall's own paint, same pens), into an
image of the same size, with nothing else: the ratio is what names, tags, borders and layout cost on top.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPen, QPolygonF

from tests.bench.figures import Figure, paired_ms
from tests.synthetic import synthetic_wall
from widgets.shell.app import create_application
from widgets.wall.view import ZOOM_SIZES, WallView

# The smallest tiles that still carry sparklines: the densest wall that draws every curve.
SPARKLINE_ZOOM = max(i for i, s in enumerate(ZOOM_SIZES) if s.width() >= 60)


def _wall_figure(n: int) -> Figure:
    data, _ = synthetic_wall(n)
    wall = WallView()
    wall.resize(1600, 1000)
    wall.set_data(data)
    wall.set_zoom(SPARKLINE_ZOOM if n > 500 else 2)
    height = wall._placed.height
    image = QImage(1600 - wall.verticalScrollBar().sizeHint().width(), height, QImage.Format.Format_RGB32)
    clip = QRect(0, 0, image.width(), height)

    recorded: list[tuple[QPen, QPolygonF]] = []
    original = QPainter.drawPolyline

    def repaint() -> None:
        painter = QPainter(image)
        wall.paint(painter, clip, 0)
        painter.end()

    class Recorder(QPainter):
        def drawPolyline(self, polygon: QPolygonF) -> None:  # type: ignore[override]
            recorded.append((QPen(self.pen()), QPolygonF(polygon)))
            original(self, polygon)

    painter = Recorder(image)
    wall.paint(painter, clip, 0)
    painter.end()
    assert recorded, "the wall drew no curves"

    def floor() -> None:
        bare = QPainter(image)
        bare.fillRect(clip, wall.palette().window())
        current = None
        for pen, polygon in recorded:
            if pen != current:
                bare.setPen(pen)
                current = pen
            bare.drawPolyline(polygon)
        bare.end()

    ours, bare = paired_ms(repaint, floor, repeats=9 if n > 500 else 21)
    wall.deleteLater()
    return Figure(ours, "ms", bare)


def run() -> dict[str, Figure]:
    create_application("vi")
    return {"wall_repaint_150": _wall_figure(150), "wall_repaint_3500": _wall_figure(3500)}
