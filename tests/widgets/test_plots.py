from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from widgets.plots import plot_widget
from widgets.theme import GRAPH


def test_grid_lines_are_drawn_opaque_in_the_colour_they_had_over_the_background(qapp: QApplication) -> None:
    """The grid looks as pyqtgraph's translucent one did over the plot's background, but every line is opaque
    (a translucent line is blended pixel by pixel: several milliseconds a plot, at every paint), and it lies
    under the plot's view, so that the translucent health bands tint it instead of being striped by it."""
    widget = plot_widget(GRAPH)
    widget.resize(600, 240)
    plot = widget.getPlotItem()
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setXRange(-15, 0, padding=0)
    plot.setYRange(0, 100, padding=0)
    widget.show()
    qapp.processEvents()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        assert axis.zValue() < plot.getViewBox().zValue()
        painter = QPainter(image)
        try:
            _, ticks, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        assert texts, f"the {side} axis has labels"
        grid = [pen for pen, start, end in ticks if (start - end).manhattanLength() > 100]  # across the plot
        assert grid, f"the {side} axis draws grid lines"
        for pen in grid:
            colour = pen.color()
            assert colour.alpha() == 255
            # between the background and the axis colour, nearer the background (alpha 0.15 or less)
            axis_colour = QColor(axis.pen().color())
            for part in ("red", "green", "blue"):
                low, high = sorted((getattr(GRAPH, part)(), getattr(axis_colour, part)()))
                assert low <= getattr(colour, part)() <= high
            assert abs(colour.red() - GRAPH.red()) < abs(axis_colour.red() - GRAPH.red()) / 2
    widget.close()
