"""The live wall: one painted tile per site, problems first, from a few large tiles to thousands of small ones.

One widget paints every visible tile itself (no widget per tile): name, tier, state tags and three sparklines
(link, audio, video), coloured by health and always with a second cue — a glyph and the border's weight and dash.
Data arrives whenever; the wall repaints on its own timer (≤ 4 Hz) and only when something changed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from pyqtgraph.functions import create_qpolygonf, ndarray_from_qpolygonf
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from console.model import Health, Tier
from console.tiles import SPARKLINES, UNREGISTERED, SortMode, TileFlag, TileGroup, WallData, arrange

HEALTH_COLOURS = {
    Health.UNKNOWN: QColor("#7f8c99"),
    Health.GREEN: QColor(
        "#1fb58f"
    ),  # bluish green, amber and vermillion: distinguishable with colour-blindness
    Health.AMBER: QColor("#e69f00"),
    Health.RED: QColor("#ff5a1f"),
}
HEALTH_GLYPHS = {Health.UNKNOWN: "?", Health.GREEN: "✓", Health.AMBER: "▲", Health.RED: "✖"}
LOST_GLYPH = "⊘"
TIER_LABELS = {Tier.CENTRAL: "TW", Tier.PROVINCE: "T", Tier.DISTRICT: "H", Tier.COMMUNE: "X"}
PART_LABELS = ("L", "A", "V")  # link, audio, video: the same letters in both languages
SECOND_CURVE = QColor("#8fb3d9")
STALE_BG = QColor("#2a2d31")
SELECTED = QColor("#f0f0f0")
TEXT = QColor("#e6e9ed")
DIM_TEXT = QColor("#9aa4ae")
GRAPH_BG = QColor("#141a20")
LOST = int(TileFlag.LOST)
STALE = int(TileFlag.STALE)
NO_WRAP = QTextOption()
NO_WRAP.setWrapMode(QTextOption.WrapMode.NoWrap)
TAG_FLAGS = int(
    TileFlag.LOST
    | TileFlag.FLOOR
    | TileFlag.HAND_RAISED
    | TileFlag.SPEAKING
    | TileFlag.AUDIO_MUTED
    | TileFlag.VIDEO_MUTED
    | TileFlag.STALE
)

# Tile sizes, largest first. Below MICRO_WIDTH a tile is a coloured cell with its glyph only.
ZOOM_SIZES: tuple[QSize, ...] = (
    QSize(320, 176),
    QSize(240, 140),
    QSize(190, 112),
    QSize(150, 92),
    QSize(120, 76),
    QSize(44, 30),
    QSize(28, 20),
    QSize(20, 14),
)
MICRO_WIDTH = 60
HEADER_HEIGHT = 26
HISTORY_SECONDS = 120
REFRESH_MS = 250  # wall graphs at 4 Hz
ARRANGE_EVERY = 2  # re-sort at 2 Hz


@dataclass(slots=True)
class _Placed:
    """Where the current arrangement puts things, in content coordinates."""

    rows: npt.NDArray[np.int64]  # site index per placed tile
    x: npt.NDArray[np.int32]
    y: npt.NDArray[np.int32]
    headers: list[tuple[int, TileGroup]]  # (y, group)
    height: int


class WallView(QAbstractScrollArea):
    siteActivated = Signal(int)
    siteContextMenu = Signal(int, QPoint)
    selectionChanged = Signal(int)
    firstTilesPainted = Signal(int)  # how many tiles were in view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.data: WallData | None = None
        self.sort_mode = SortMode.PROBLEMS
        self.grouped = True
        self.filter_text = ""
        self.zoom = 2
        self.selected = -1
        self._groups: list[TileGroup] = []
        self._placed = _Placed(np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0, np.int32), [], 0)
        self._painted_version = -1
        self._painted_tiles = False
        self._ticks = 0
        self._polygons: dict[int, tuple[QPolygonF, npt.NDArray[np.float64]]] = {}
        self._titles: dict[tuple[int, int, bool, int], QStaticText] = {}
        self._glyphs: dict[tuple[str, int, bool], QStaticText] = {}
        self._labels: dict[tuple[int, ...], QStaticText] = {}
        self._border_pens = {h: _border_pen(h) for h in Health}
        self._curve_pens = {int(h): QPen(c, 1) for h, c in HEALTH_COLOURS.items()}
        self._curve_pens[-1] = QPen(DIM_TEXT, 1)
        self._curve_pens[-2] = QPen(SECOND_CURVE, 1)
        self._font = QFont(self.font())
        self._small = QFont(self.font())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)

    # --- data and arrangement -----------------------------------------------------------------------
    def set_data(self, data: WallData | None) -> None:
        self.data = data
        self.selected = -1
        self.rearrange()
        if data is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def set_sort_mode(self, mode: SortMode) -> None:
        self.sort_mode = mode
        self.rearrange()

    def set_grouped(self, grouped: bool) -> None:
        self.grouped = grouped
        self.rearrange()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.rearrange()

    def set_zoom(self, level: int) -> None:
        self.zoom = max(0, min(len(ZOOM_SIZES) - 1, level))
        self._layout()
        self.viewport().update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_to_fit(self) -> None:
        """The largest tiles with which every visible site fits on one screen."""
        for level in range(len(ZOOM_SIZES)):
            self.zoom = level
            self._layout()
            if self._placed.height <= self.viewport().height():
                break
        self.viewport().update()

    def rearrange(self) -> None:
        if self.data is None:
            self._groups = []
        else:
            d = self.data
            self._groups = arrange(d.index, d.health, d.flags, self.sort_mode, self.grouped, self.filter_text)
        self._layout()
        self.viewport().update()

    def visible_rows(self) -> list[int]:
        """Site indexes in display order (what the operator sees, top-left to bottom-right)."""
        return [int(r) for r in self._placed.rows]

    def group_titles(self) -> list[str]:
        return [g.title for _, g in self._placed.headers]

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks % ARRANGE_EVERY == 0:
            self.rearrange()
        elif self.data is not None and self.data.version != self._painted_version:
            self.viewport().update()

    def _gap(self) -> int:
        return 4 if ZOOM_SIZES[self.zoom].width() >= MICRO_WIDTH else 2

    def _layout(self) -> None:
        size = ZOOM_SIZES[self.zoom]
        gap = self._gap()
        width = max(self.viewport().width(), size.width() + 2 * gap)
        cols = max(1, (width - gap) // (size.width() + gap))
        rows: list[npt.NDArray[np.int64]] = []
        xs: list[npt.NDArray[np.int32]] = []
        ys: list[npt.NDArray[np.int32]] = []
        headers: list[tuple[int, TileGroup]] = []
        y = gap
        for group in self._groups:
            if self.grouped:
                headers.append((y, group))
                y += HEADER_HEIGHT
            n = len(group.members)
            if n == 0:
                continue
            k = np.arange(n)
            xs.append((gap + (k % cols) * (size.width() + gap)).astype(np.int32))
            ys.append((y + (k // cols) * (size.height() + gap)).astype(np.int32))
            rows.append(group.members)
            y += ((n + cols - 1) // cols) * (size.height() + gap) + gap
        self._placed = _Placed(
            np.concatenate(rows) if rows else np.zeros(0, np.int64),
            np.concatenate(xs) if xs else np.zeros(0, np.int32),
            np.concatenate(ys) if ys else np.zeros(0, np.int32),
            headers,
            y,
        )
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(size.height() // 2)

    # --- geometry ------------------------------------------------------------------------------------
    def tile_rect(self, row: int) -> QRect | None:
        """The tile of site `row` in viewport coordinates, or None when it is filtered out."""
        hits = np.flatnonzero(self._placed.rows == row)
        if not len(hits):
            return None
        i = int(hits[0])
        size = ZOOM_SIZES[self.zoom]
        top = int(self._placed.y[i]) - self.verticalScrollBar().value()
        return QRect(int(self._placed.x[i]), top, size.width(), size.height())

    def row_at(self, pos: QPoint) -> int:
        size = ZOOM_SIZES[self.zoom]
        y = pos.y() + self.verticalScrollBar().value()
        p = self._placed
        hit = (p.x <= pos.x()) & (pos.x() < p.x + size.width()) & (p.y <= y) & (y < p.y + size.height())
        found = np.flatnonzero(hit)
        return int(p.rows[found[0]]) if len(found) else -1

    # --- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self.paint(painter, event.rect(), self.verticalScrollBar().value())
        finally:
            painter.end()

    def paint(self, painter: QPainter, clip: QRect, scroll: int) -> None:
        """Paint the tiles and headers that meet `clip` (viewport coordinates) at this scroll offset."""
        painter.fillRect(clip, self.palette().window())
        data = self.data
        if data is None:
            return
        size = ZOOM_SIZES[self.zoom]
        top, bottom = clip.top() + scroll, clip.bottom() + scroll
        p = self._placed
        in_view = np.flatnonzero((p.y + size.height() >= top) & (p.y <= bottom))
        point_size = 9.5 if size.width() >= 150 else 8.0
        if self._font.pointSizeF() != point_size:
            self._font.setPointSizeF(point_size)
            self._titles.clear()
        self._small.setPointSizeF(7.5)
        if self.grouped:
            self._paint_headers(painter, top, bottom, scroll)
        if not len(in_view):
            self._painted_version = data.version
            return
        rows = p.rows[in_view]
        xs = p.x[in_view]
        ys = p.y[in_view] - scroll
        if size.width() < MICRO_WIDTH:
            self._paint_micro(painter, data, rows, xs, ys, size)
        else:
            self._paint_tiles(painter, data, rows, xs, ys, size)
        self._painted_version = data.version
        if not self._painted_tiles:
            self._painted_tiles = True
            self.firstTilesPainted.emit(len(rows))

    def _paint_headers(self, painter: QPainter, top: int, bottom: int, scroll: int) -> None:
        painter.setFont(self._font)
        width = self.viewport().width()
        for y, group in self._placed.headers:
            if y + HEADER_HEIGHT < top or y > bottom:
                continue
            red, amber, green, unknown = group.counts
            rect = QRect(self._gap(), y - scroll, width - 2 * self._gap(), HEADER_HEIGHT - 4)
            painter.fillRect(rect, QColor("#1f252d"))
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height()), HEALTH_COLOURS[group.worst])
            painter.setPen(TEXT)
            if group.key == UNREGISTERED:
                title = self.tr("Not in the site registry")
            else:
                title = group.title or self.tr("Central and province")
            badge = f"{HEALTH_GLYPHS[group.worst]}  {title}   ✖ {red}  ▲ {amber}  ✓ {green}"
            if unknown:
                badge += f"  ? {unknown}"
            painter.drawText(rect.adjusted(12, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, badge)

    def _paint_micro(
        self,
        painter: QPainter,
        data: WallData,
        rows: npt.NDArray[np.int64],
        xs: npt.NDArray[np.int32],
        ys: npt.NDArray[np.int32],
        size: QSize,
    ) -> None:
        w, h = size.width(), size.height()
        shown = self._shown_health(data, rows)
        stale = (data.flags[rows] & STALE) != 0
        painter.setPen(Qt.PenStyle.NoPen)
        for health, colour in HEALTH_COLOURS.items():
            mine = shown == health
            painter.setBrush(colour.darker(220))
            painter.drawRects(_rects(xs[mine & ~stale], ys[mine & ~stale], w, h))
            painter.setBrush(colour)
            painter.drawRects(_rects(xs[mine], ys[mine], 4, h))
        painter.setBrush(STALE_BG)
        painter.drawRects(_rects(xs[stale] + 4, ys[stale], w - 4, h))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(self._small)
        lost = (data.flags[rows] & LOST) != 0
        for x, y, health, is_lost in zip(
            xs.tolist(), ys.tolist(), shown.tolist(), lost.tolist(), strict=True
        ):
            glyph = self._glyph(LOST_GLYPH if is_lost else HEALTH_GLYPHS[Health(health)], health)
            painter.drawStaticText(x + (w - 8) // 2, y + (h - 12) // 2, glyph)
        self._paint_selection(painter, rows, xs, ys, size)

    def _part_labels(self, parts: npt.NDArray[np.int8], spark_h: int) -> QStaticText:
        """The L / A / V letters beside the three graphs, coloured by each part's health: one text per tile."""
        key = (*parts.tolist(), spark_h)
        labels = self._labels.get(key)
        if labels is None:
            gap = max(0, spark_h - QFontMetrics(self._small).height())
            lines = "".join(
                f"<p style='margin-top:0; margin-bottom:{gap}px; color:{HEALTH_COLOURS[Health(int(h))].name()}'>"
                f"{PART_LABELS[p]}</p>"
                for p, h in enumerate(parts.tolist())
            )
            labels = self._labels[key] = QStaticText(lines)
            labels.setTextFormat(Qt.TextFormat.RichText)
            labels.prepare(font=self._small)
        return labels

    def _shown_health(self, data: WallData, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int8]:
        """The health a tile is drawn with: a lost site is red whatever its last statistics said."""
        shown = data.health[rows].copy()
        shown[(data.flags[rows] & LOST) != 0] = Health.RED
        return shown

    def _glyph(self, text: str, health: int, small: bool = False) -> QStaticText:
        key = (text, health, small)
        glyph = self._glyphs.get(key)
        if glyph is None:
            glyph = self._glyphs[key] = QStaticText(
                f"<span style='color:{HEALTH_COLOURS[Health(health)].name()}'>{text}</span>"
            )
            glyph.setTextFormat(Qt.TextFormat.RichText)
            glyph.prepare(font=self._small)
        return glyph

    def _title(self, data: WallData, row: int, health: int, dim: bool, width: int) -> QStaticText:
        """Health glyph, name (elided to the tile) and tier, laid out once and reused while they hold."""
        key = (row, health, dim, width)
        title = self._titles.get(key)
        if title is None:
            lost = dim and health == Health.RED and bool(data.flags[row] & LOST)
            glyph = LOST_GLYPH if lost else HEALTH_GLYPHS[Health(health)]
            tier = TIER_LABELS[list(Tier)[int(data.index.tiers[row])]]
            name = QFontMetrics(self._font).elidedText(
                data.index.names[row], Qt.TextElideMode.ElideRight, width - 44
            )
            colour = HEALTH_COLOURS[Health(health)].name()
            text_colour = (DIM_TEXT if dim else TEXT).name()
            title = QStaticText(
                f"<span style='color:{colour}'>{glyph}</span>&nbsp;"
                f"<span style='color:{text_colour}'>{html.escape(name)}</span>"
                f"&nbsp;<span style='color:{DIM_TEXT.name()}'>{tier}</span>"
            )
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setTextOption(NO_WRAP)
            title.prepare(font=self._font)
            self._titles[key] = title
        return title

    def _paint_tiles(
        self,
        painter: QPainter,
        data: WallData,
        rows: npt.NDArray[np.int64],
        xs: npt.NDArray[np.int32],
        ys: npt.NDArray[np.int32],
        size: QSize,
    ) -> None:
        w, h = size.width(), size.height()
        large = w >= 150
        head = 20 if large else 16
        tags_h = 16 if large else 0
        label_w = 14 if large else 0
        spark_top = head + tags_h
        spark_h = (h - spark_top - 4) // len(SPARKLINES)
        spark_w = w - label_w - 8
        flags = data.flags[rows]
        shown = self._shown_health(data, rows)
        dim = (flags & (STALE | LOST)) != 0

        # Greyed backgrounds for stale or lost tiles, then borders: a handful of batched calls for the whole wall.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STALE_BG)
        painter.drawRects(_rects(xs[dim], ys[dim], w, h))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for health, pen in self._border_pens.items():
            mine = shown == health
            painter.setPen(pen)
            painter.drawRects(_rects(xs[mine] + 1, ys[mine] + 1, w - 3, h - 3))

        tagged = (flags & TAG_FLAGS) != 0
        painter.setFont(self._font)
        tiles = list(enumerate(zip(rows.tolist(), xs.tolist(), ys.tolist(), strict=True)))
        for i, (row, x, y) in tiles:
            painter.drawStaticText(x + 5, y + 3, self._title(data, row, int(shown[i]), bool(dim[i]), w))
        if large:
            painter.setFont(self._small)
            for i, (row, x, y) in tiles:
                painter.drawStaticText(x + 4, y + spark_top + 1, self._part_labels(data.parts[row], spark_h))
                if tagged[i]:
                    self._paint_tags(
                        painter,
                        TileFlag(int(flags[i])),
                        data.age[row],
                        QRect(x + 5, y + head, w - 10, tags_h),
                    )

        series = data.read_series(rows, HISTORY_SECONDS)
        parts = np.where(dim[:, None], -1, data.parts[rows])  # -1: drawn dim
        for part, (_, curves) in enumerate(SPARKLINES):
            top = ys + spark_top + part * spark_h + 1
            box = (xs + 4 + label_w, top, spark_w, spark_h - 3)
            for c, (series_name, scale) in enumerate(curves):
                points, drawable = _curve_points(series[series_name], scale, *box)
                # Group the curves by pen so the pen changes a few times per wall, not once per curve.
                pens = np.full(len(rows), -2) if c else parts[:, part]
                for pen_key in np.unique(pens[drawable]).tolist():
                    painter.setPen(self._curve_pens[pen_key])
                    for i in np.flatnonzero(drawable & (pens == pen_key)).tolist():
                        self._polyline(painter, points[i])
        self._paint_selection(painter, rows, xs, ys, size)

    def _paint_selection(
        self,
        painter: QPainter,
        rows: npt.NDArray[np.int64],
        xs: npt.NDArray[np.int32],
        ys: npt.NDArray[np.int32],
        size: QSize,
    ) -> None:
        hit = np.flatnonzero(rows == self.selected)
        if len(hit):
            i = int(hit[0])
            painter.setPen(QPen(SELECTED, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(int(xs[i]) + 3, int(ys[i]) + 3, size.width() - 7, size.height() - 7))

    def _paint_tags(self, painter: QPainter, flags: TileFlag, age: float, rect: QRect) -> None:
        """State tags in words' stead: ⊘ lost, ♪ speaking, ⚑ floor, ☝ hand, struck ♪/▣ muted, stale age."""
        painter.setFont(self._small)
        x = rect.left()
        tags: list[tuple[str, QColor, bool]] = []
        if TileFlag.LOST in flags:
            tags.append((LOST_GLYPH + " " + self.tr("lost"), HEALTH_COLOURS[Health.RED], False))
        if TileFlag.FLOOR in flags:
            tags.append(("⚑ " + self.tr("floor"), QColor("#ffd75e"), False))
        if TileFlag.HAND_RAISED in flags:
            tags.append(("☝ " + self.tr("hand"), QColor("#ffd75e"), False))
        if TileFlag.SPEAKING in flags:
            tags.append(("♪", QColor("#7fd1ff"), False))
        if TileFlag.AUDIO_MUTED in flags:
            tags.append(("♪", DIM_TEXT, True))
        if TileFlag.VIDEO_MUTED in flags:
            tags.append(("▣", DIM_TEXT, True))
        if TileFlag.STALE in flags and np.isfinite(age):
            tags.append((self.tr("%1 s old").replace("%1", str(int(age))), DIM_TEXT, False))
        metrics = QFontMetrics(self._small)
        for text, colour, struck in tags:
            width = metrics.horizontalAdvance(text) + 6
            if x + width > rect.right():
                break
            painter.setPen(colour)
            painter.drawText(QRect(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, text)
            if struck:
                painter.drawLine(x, rect.bottom() - 2, x + width - 4, rect.top() + 2)
            x += width + 2

    def _polyline(self, painter: QPainter, points: npt.NDArray[np.float64]) -> None:
        n = len(points)
        cached = self._polygons.get(n)
        if cached is None:
            polygon = create_qpolygonf(n)
            cached = self._polygons[n] = (polygon, ndarray_from_qpolygonf(polygon))
        cached[1][:] = points
        painter.drawPolyline(cached[0])

    # --- interaction --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().toPoint())
        if row >= 0:
            self.select(row)
            if event.button() == Qt.MouseButton.LeftButton:
                self.siteActivated.emit(row)
        self.setFocus()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.row_at(event.pos())
        if row >= 0:
            self.select(row)
            self.siteContextMenu.emit(row, event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return
        super().wheelEvent(event)

    def select(self, row: int) -> None:
        if row != self.selected:
            self.selected = row
            self.selectionChanged.emit(row)
            self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = self._placed.rows
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected >= 0:
            self.siteActivated.emit(self.selected)
            return
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns(),
            Qt.Key.Key_Down: self._columns(),
        }
        if key in moves and len(rows):
            where = np.flatnonzero(rows == self.selected)
            i = int(where[0]) + moves[key] if len(where) else 0
            i = max(0, min(len(rows) - 1, i))
            self.select(int(rows[i]))
            self._ensure_visible(self.selected)
            return
        if key == Qt.Key.Key_Menu and self.selected >= 0:
            rect = self.tile_rect(self.selected)
            if rect is not None:
                self.siteContextMenu.emit(self.selected, self.viewport().mapToGlobal(rect.center()))
            return
        super().keyPressEvent(event)

    def _columns(self) -> int:
        size = ZOOM_SIZES[self.zoom]
        return max(1, (self.viewport().width() - self._gap()) // (size.width() + self._gap()))

    def _ensure_visible(self, row: int) -> None:
        rect = self.tile_rect(row)
        if rect is None:
            return
        bar = self.verticalScrollBar()
        if rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - self._gap())
        elif rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + self._gap())


def _border_pen(health: Health) -> QPen:
    """The second cue besides colour: the border grows heavier, and dashed at amber, as health worsens."""
    pen = QPen(HEALTH_COLOURS[health], {Health.RED: 3, Health.AMBER: 2}.get(health, 1))
    if health is Health.AMBER:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _rects(xs: npt.NDArray[np.int32], ys: npt.NDArray[np.int32], w: int, h: int) -> list[QRect]:
    return [QRect(x, y, w, h) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def _curve_points(
    values: npt.NDArray[np.float32],
    scale: float,
    left: npt.NDArray[np.int32],
    top: npt.NDArray[np.int32],
    w: int,
    h: int,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Polyline points for every tile at once: (tiles, samples, 2), and which tiles have anything to draw.

    Gaps hold the last value rather than dropping to zero; samples before a site's first one collapse onto it.
    """
    k, t = values.shape
    finite = np.isfinite(values)
    points = np.empty((k, t, 2), dtype=np.float64)
    if finite.all():  # the usual case: every site has every sample
        drawable = np.ones(k, dtype=bool)
        points[:, :, 0] = left[:, None] + np.arange(t) * (w / max(t - 1, 1))
        held = values
    else:
        drawable = np.asarray(finite.any(axis=1))
        steps = np.where(finite, np.arange(t), 0)
        np.maximum.accumulate(steps, axis=1, out=steps)
        steps = np.maximum(steps, np.argmax(finite, axis=1)[:, None])
        held = np.nan_to_num(np.take_along_axis(values, steps, axis=1), nan=0.0)
        points[:, :, 0] = left[:, None] + steps * (w / max(t - 1, 1))
    points[:, :, 1] = (top + h)[:, None] - np.clip(held / scale, 0.0, 1.0) * h
    return points, drawable
