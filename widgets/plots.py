"""What every plot of the console shares: axes whose grid lines are opaque.

pyqtgraph draws a grid as the axes' ticks stretched across the plot, in the axis colour made translucent. Qt's
raster engine blends a translucent line pixel by pixel: ~8 ms for one plot's grid, at every paint of the plot (a
curve's new data, a caption's change), several times over while a site's detail opens. The same colour mixed
with the plot's background beforehand draws as fast as any opaque line (~0.04 ms); the axes lie under the
plot's contents, so the translucent health bands tint the grid as they tinted the translucent lines.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPainter, QPen

UNDER_VIEW = -1000


class _OpaqueGridAxis(pg.AxisItem):  # type: ignore[misc]
    def __init__(self, orientation: str, background: QColor) -> None:
        super().__init__(orientation)
        self.background = background

    def generateDrawSpecs(self, p: QPainter) -> Any:
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        return axis, [(_over(pen, self.background), start, end) for pen, start, end in ticks], texts


def _over(pen: QPen, background: QColor) -> QPen:
    """The pen in its colour as seen over `background`, opaque."""
    colour = pen.color()
    a = colour.alphaF()
    if a >= 1.0:
        return pen
    mixed = QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )
    opaque = QPen(pen)
    opaque.setColor(mixed)
    return opaque


def plot_widget(background: QColor, **options: Any) -> pg.PlotWidget:
    """A PlotWidget on `background` whose bottom and left axes draw their grid lines opaque."""
    axes = {side: _OpaqueGridAxis(side, background) for side in ("bottom", "left")}
    widget = pg.PlotWidget(background=background, axisItems=axes, **options)
    for axis in axes.values():  # under the plot's view (z −100): its translucent bands lie over the grid
        axis.setZValue(UNDER_VIEW)
    return widget
