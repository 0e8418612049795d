"""The live wall: one painted tile per site, problems first, from a few large tiles to thousands of small ones.

One widget paints every visible tile itself (no widget per tile): name, tier, state tags and three sparklines
(link, audio, video), coloured by health and always with a second cue — a glyph and the border's weight and dash.
Data arrives whenever; the wall repaints on its own timer (≤ 4 Hz) and only when something changed.

The operator never acts on the wrong tile: one click selects a tile, Enter or a double-click opens it, and the
order holds still while the pointer is over the wall and for HOLD_AFTER_ACTION_S after any click or key (tiles
keep their places; their colours, graphs and header counts stay live, sites that join are added at the end).
When the hold ends the new order slides in (SLIDE_MS) and the tiles that moved carry a corner mark for
MOVED_MARK_S. Changes the operator asks for (sort, grouping, filter) apply at once.
"""

from __future__ import annotations

import html
import math
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from typing import Any, Generic, TypeVar, cast

import numpy as np
import numpy.ma  # np.unique imports it on first use: here, not in the first paint of a live wall
import numpy.typing as npt
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
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
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from shiboken6 import VoidPtr, wrapInstance

from console.domain import Health, Tier
from console.live.wall import (
    SPARKLINES,
    UNREGISTERED,
    SiteIndex,
    SortMode,
    TileFlag,
    TileGroup,
    WallData,
    arrange,
)
from widgets.text import HEALTH_GLYPHS, LOST_GLYPH
from widgets.theme import (
    ATTENTION,
    DIM_TEXT,
    HEADER,
    HEALTH_COLOURS,
    MOVED_TILE,
    RED,
    SECOND_CURVE,
    SELECTED_TILE,
    SPEAKING,
    STALE_TILE,
    TEXT,
)

TIER_LABELS = {Tier.CENTRAL: "TW", Tier.PROVINCE: "T", Tier.DISTRICT: "H", Tier.COMMUNE: "X"}
PART_LABELS = ("L", "A", "V")  # link, audio, video: the same letters in both languages
LOST = int(TileFlag.LOST)
STALE = int(TileFlag.STALE)
ABSENT = int(TileFlag.ABSENT)
ABSENT_GLYPH = "◌"  # expected in the meeting, not joined: an empty place, never the lost mark
NO_WRAP = QTextOption()
NO_WRAP.setWrapMode(QTextOption.WrapMode.NoWrap)
TAG_FLAGS = int(
    TileFlag.LOST
    | TileFlag.ABSENT
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
HOLD_AFTER_ACTION_S = 3.0  # the order holds this long after a click or key on the wall (and while pointed at)
SLIDE_MS = 350  # a held order let go: the tiles slide to their new places
MOVED_MARK_S = 5.0  # ... and those that moved carry a corner mark this long
MOVED_MARK = MOVED_TILE  # a colour no health, tag or selection uses; the corner's shape is the cue


_K = TypeVar("_K", bound=Hashable)
_T = TypeVar("_T")
# What a tile's title shows: name, tier rank, health, dimmed, the lost or absent glyph ("" for the health's).
_TitleKey = tuple[str, int, int, bool, str]
_Ints = npt.NDArray[np.integer[Any]]


@dataclass(slots=True)
class _Placed:
    """Where the current arrangement puts things, in content coordinates."""

    rows: npt.NDArray[np.int64]  # site index per placed tile
    x: npt.NDArray[np.int32]
    y: npt.NDArray[np.int32]
    headers: list[tuple[int, TileGroup]]  # (y, group)
    height: int


class _Atlas(Generic[_K]):
    """Small pictures that many tiles show (titles, part labels, glyphs), each rendered once into a large pixmap.

    Laying out and drawing a tile's rich text costs a few µs, thousands of times per repaint; copying its
    picture out of an atlas, as one fragment of a single drawPixmapFragments call for the whole wall, costs a
    fraction of that. Cells, all of one size, are keyed by what they show. A new cell size or pixel ratio, or a
    cache grown well past what one repaint shows, starts afresh, so the atlas stays near the size of a wall.
    """

    PAGE = 1024  # about the side of one pixmap, in logical pixels

    def __init__(self) -> None:
        self._cell = QSize()
        self._ratio = 0.0
        self._cols = self._per_page = 1
        self._cells: dict[_K, int] = {}  # key -> cell number, counted across pages
        self._pages: list[QPixmap] = []

    def draw(
        self,
        painter: QPainter,
        keys: Sequence[_K],
        xs: npt.NDArray[np.int32],
        ys: npt.NDArray[np.int32],
        cell: QSize,
        render: Callable[[QPainter, QRect, _K], None],
    ) -> None:
        """Draw the picture of `keys[i]` with its top-left corner at (xs[i], ys[i]), rendering any missing ones."""
        ratio = painter.device().devicePixelRatioF()
        if cell != self._cell or ratio != self._ratio or len(self._cells) > max(1024, 2 * len(keys)):
            self._cell, self._ratio = cell, ratio
            self._cols = max(1, self.PAGE // cell.width())
            self._per_page = self._cols * max(1, self.PAGE // cell.height())
            self._cells.clear()
            self._pages.clear()
        self._render([key for key in dict.fromkeys(keys) if key not in self._cells], render)

        cw, ch = cell.width(), cell.height()
        page, n = np.divmod(
            np.fromiter(map(self._cells.__getitem__, keys), np.int64, len(keys)), self._per_page
        )
        # One QPainter.PixmapFragment per key: centre x, y; source left, top, width, height (in device pixels);
        # scale x, y; rotation; opacity.
        fragments = np.zeros((len(keys), 10))
        fragments[:, 0] = xs + cw / 2
        fragments[:, 1] = ys + ch / 2
        fragments[:, 2] = n % self._cols * cw * ratio
        fragments[:, 3] = n // self._cols * ch * ratio
        fragments[:, 4:6] = cw * ratio, ch * ratio
        fragments[:, 6:8] = 1 / ratio
        fragments[:, 9] = 1.0
        for i, pixmap in enumerate(self._pages):
            mine = fragments[page == i]
            if len(mine):
                painter.drawPixmapFragments(_in_place(mine, QPainter.PixmapFragment), len(mine), pixmap)

    def _render(self, keys: list[_K], render: Callable[[QPainter, QRect, _K], None]) -> None:
        """Render `keys` into the next free cells, opening new pages as they fill."""
        cw, ch = self._cell.width(), self._cell.height()
        painter: QPainter | None = None
        for n, key in enumerate(keys, len(self._cells)):
            page, i = divmod(n, self._per_page)
            if page == len(self._pages):
                if painter is not None:
                    painter.end()
                    painter = None
                rows = self._per_page // self._cols
                pixmap = QPixmap(math.ceil(self._cols * cw * self._ratio), math.ceil(rows * ch * self._ratio))
                pixmap.setDevicePixelRatio(self._ratio)
                pixmap.fill(Qt.GlobalColor.transparent)
                self._pages.append(pixmap)
            if painter is None:
                painter = QPainter(self._pages[page])
            rect = QRect(i % self._cols * cw, i // self._cols * ch, cw, ch)
            painter.setClipRect(rect)
            render(painter, rect, key)
            self._cells[key] = n
        if painter is not None:
            painter.end()


class WallView(QAbstractScrollArea):
    siteActivated = Signal(int)
    siteContextMenu = Signal(int, QPoint)
    selectionChanged = Signal(int)
    firstTilesPainted = Signal(int)  # how many tiles were in view
    orderWaiting = Signal(bool)  # a new order waits while the wall's order is held (False: none waits)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(
            True
        )  # a pointer moving over the wall holds its order (mouseMoveEvent)
        self.data: WallData | None = None
        self.sort_mode = SortMode.PROBLEMS
        self.grouped = True
        self.filter_text = ""
        self.title_overrides: dict[str, str] = {}  # a group key's title as shown, over the index's
        self.zoom = 2
        self.selected = -1
        self._groups: list[TileGroup] = []
        self._placed = _Placed(np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0, np.int32), [], 0)
        self.painted_version = -1  # the version of `data` on screen now
        self.waiting = False  # no wall yet, one is coming: the console's session is starting (until set_data)
        self._painted_tiles = False
        self._ticks = 0
        self._polygons: dict[int, tuple[QPolygonF, memoryview]] = {}  # one reused polygon per curve length
        self._header_texts: dict[tuple[str, float], QStaticText] = {}
        self._titles: _Atlas[_TitleKey] = _Atlas()
        self._labels: _Atlas[tuple[int, ...]] = _Atlas()
        self._glyphs: _Atlas[tuple[str, int]] = _Atlas()
        self._border_pens = {h: _border_pen(h) for h in Health}
        self._curve_pens = {int(h): QPen(c, 1) for h, c in HEALTH_COLOURS.items()}
        self._curve_pens[-1] = QPen(DIM_TEXT, 1)
        self._curve_pens[-2] = QPen(SECOND_CURVE, 1)
        self._font = QFont(self.font())
        self._small = QFont(self.font())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self.clock: Callable[[], float] = time.monotonic  # seconds; the hold and the marks follow it
        self._hold_until = -math.inf
        self._pointer_over = False  # the pointer is over the tiles (entered or moved there, not left since)
        self.order_waiting = False  # a new order is waiting for the hold to end
        self._moved = np.zeros(0, np.int64)  # rows that moved when the last hold ended
        self._moved_until = -math.inf
        self._from_x = self._from_y = np.zeros(0, np.int32)  # where each placed tile slides from
        self._slide = QVariantAnimation(self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setStartValue(0.0)
        self._slide.setEndValue(1.0)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._slide.valueChanged.connect(lambda _v: self.viewport().update())

    # --- data and arrangement -----------------------------------------------------------------------
    def set_data(self, data: WallData | None) -> None:
        """A new set of tiles (a new index). The selection follows its site; while the order is held the tiles
        already shown keep their places and new ones are added at the end."""
        if data is not None:
            self.waiting = False  # the session's first wall has come
        old, old_groups = self.data, self._groups
        chosen = _row_key(old.index, self.selected) if old is not None and self.selected >= 0 else None
        self.data = data
        if data is None:
            self._groups = []
            self._set_waiting(False)
        else:
            fresh = self._arrange(data)
            if self.order_held() and old is not None and old_groups:
                self._groups = _keep_order(_remap(old_groups, old.index, data.index), fresh)
                self._set_waiting(_order_of(self._groups) != _order_of(fresh))
            else:
                self._groups = fresh
                self._set_waiting(False)
        self._moved = np.zeros(0, np.int64)
        self._slide.stop()
        self._layout()
        self.viewport().update()
        row = -1 if data is None or chosen is None else _row_of(data.index, chosen)
        if row != self.selected:
            self.selected = row
            self.selectionChanged.emit(row)
        if data is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def show_frame(self, data: WallData) -> None:
        """A new frame of the same tiles: shown at the next tick, with no new arrangement."""
        if self.data is None or data.index is not self.data.index:
            self.set_data(data)
        else:
            self.data = data

    def set_sort_mode(self, mode: SortMode) -> None:
        self.sort_mode = mode
        self.rearrange()

    def set_grouped(self, grouped: bool) -> None:
        self.grouped = grouped
        self.rearrange()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.rearrange()

    def set_group_titles(self, titles: dict[str, str]) -> None:
        """Titles shown for these group keys instead of the index's (translated tier names, say)."""
        self.title_overrides = dict(titles)
        self._header_texts.clear()
        self.viewport().update()

    def shown_title(self, group: TileGroup) -> str:
        if group.key == UNREGISTERED:
            return self.tr("Not in the site registry")
        return self.title_overrides.get(group.key) or group.title or self.tr("Central and province")

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
        """Order the wall now, held or not: what the operator asked for (sort, grouping, filter) applies at once."""
        self._groups = [] if self.data is None else self._arrange(self.data)
        self._set_waiting(False)
        self._moved = np.zeros(0, np.int64)
        self._slide.stop()
        self._layout()
        self.viewport().update()

    def _arrange(self, data: WallData) -> list[TileGroup]:
        return arrange(data.index, data.health, data.flags, self.sort_mode, self.grouped, self.filter_text)

    # --- holding the order still under the operator's hand ---------------------------------------------
    def order_held(self) -> bool:
        """True while the pointer is over the wall, and for HOLD_AFTER_ACTION_S after it last moved there or after
        a click or key (the pointer's enter, move and leave events on the tiles)."""
        return self._pointer_over or self.clock() < self._hold_until

    def hold(self) -> None:
        """An action on the wall: keep the order still for HOLD_AFTER_ACTION_S from now."""
        self._hold_until = self.clock() + HOLD_AFTER_ACTION_S

    def moved_rows(self) -> list[int]:
        """The rows marked as moved (when the last hold ended), while their mark lasts."""
        return [int(r) for r in self._moved] if self.clock() < self._moved_until else []

    @property
    def sliding(self) -> bool:
        return self._slide.state() == QVariantAnimation.State.Running

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self.order_waiting:
            self.order_waiting = waiting
            self.orderWaiting.emit(waiting)

    def _follow(self) -> None:
        """The periodic re-sort: applied now, or kept waiting while the order is held."""
        data = self.data
        if data is None:
            return
        fresh = self._arrange(data)
        if self.order_held():
            self._groups = _keep_order(self._groups, fresh)  # places kept, header counts fresh
            self._set_waiting(_order_of(self._groups) != _order_of(fresh))
            self._layout()
            self.viewport().update()
            return
        released = self.order_waiting
        before = self._placed
        self._groups = fresh
        self._set_waiting(False)
        self._layout()
        if released:
            self._mark_moves(before)
        self.viewport().update()

    def _mark_moves(self, before: _Placed) -> None:
        """The held order let go: tiles slide from where they were, and those that moved are marked."""
        after = self._placed
        old_x = np.full(len(self.data.index) if self.data is not None else 0, -1, np.int64)
        old_y = old_x.copy()
        old_x[before.rows], old_y[before.rows] = before.x, before.y
        was_x, was_y = old_x[after.rows], old_y[after.rows]
        known = was_x >= 0
        moved = known & ((was_x != after.x) | (was_y != after.y))
        self._moved = after.rows[moved]
        self._moved_until = self.clock() + MOVED_MARK_S
        if not len(self._moved):
            return
        self._from_x = np.where(known, was_x, after.x).astype(np.int32)
        self._from_y = np.where(known, was_y, after.y).astype(np.int32)
        self._slide.stop()
        self._slide.start()

    def _positions(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """Where the placed tiles are drawn now (content coordinates): their places, or on their way there."""
        p = self._placed
        if not self.sliding or len(self._from_x) != len(p.rows):
            return p.x, p.y
        t = float(self._slide.currentValue())
        x = (self._from_x + (p.x - self._from_x) * t).astype(np.int32)
        y = (self._from_y + (p.y - self._from_y) * t).astype(np.int32)
        return x, y

    def visible_rows(self) -> list[int]:
        """Site indexes in display order (what the operator sees, top-left to bottom-right)."""
        return [int(r) for r in self._placed.rows]

    def group_titles(self) -> list[str]:
        return [self.shown_title(g) for _, g in self._placed.headers]

    def _tick(self) -> None:
        self._ticks += 1
        if len(self._moved) and self.clock() >= self._moved_until:
            self._moved = np.zeros(0, np.int64)  # the marks have been seen
            self.viewport().update()
        if self._ticks % ARRANGE_EVERY == 0:
            self._follow()
        elif self.data is not None and self.data.version != self.painted_version:
            self.viewport().update()

    def _gap(self) -> int:
        return 4 if ZOOM_SIZES[self.zoom].width() >= MICRO_WIDTH else 2

    def _layout(self) -> None:
        self._placed = self._place(self._groups)
        y = self._placed.height
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(ZOOM_SIZES[self.zoom].height() // 2)
        if self.sliding and len(self._from_x) != len(self._placed.rows):
            self._slide.stop()  # the tiles changed under the slide: shown in place

    def _place(self, groups: list[TileGroup]) -> _Placed:
        """Where `groups` put every tile and header at the current zoom and width."""
        size = ZOOM_SIZES[self.zoom]
        gap = self._gap()
        width = max(self.viewport().width(), size.width() + 2 * gap)
        cols = max(1, (width - gap) // (size.width() + gap))
        step_x, step_y = size.width() + gap, size.height() + gap
        sizes = np.array([len(g.members) for g in groups], dtype=np.int64)
        header = HEADER_HEIGHT if self.grouped else 0
        heights = header + np.where(sizes > 0, (sizes + cols - 1) // cols * step_y + gap, 0)
        tops = gap + np.cumsum(heights) - heights  # where each group begins (its header, when grouped)
        rows = np.concatenate([g.members for g in groups]) if groups else np.zeros(0, np.int64)
        starts = np.cumsum(sizes) - sizes  # where each group's tiles begin in `rows`
        k = np.arange(len(rows)) - np.repeat(starts, sizes)  # each tile's place in its group
        xs = (gap + (k % cols) * step_x).astype(np.int32)
        ys = (np.repeat(tops + header, sizes) + (k // cols) * step_y).astype(np.int32)
        headers = (
            [(int(top), g) for top, g in zip(tops.tolist(), groups, strict=True)] if self.grouped else []
        )
        return _Placed(rows.astype(np.int64, copy=False), xs, ys, headers, gap + int(heights.sum()))

    # --- geometry ------------------------------------------------------------------------------------
    def tile_rect(self, row: int) -> QRect | None:
        """The tile of site `row` in viewport coordinates, or None when it is filtered out."""
        hits = np.flatnonzero(self._placed.rows == row)
        if not len(hits):
            return None
        i = int(hits[0])
        size = ZOOM_SIZES[self.zoom]
        xs, ys = self._positions()
        top = int(ys[i]) - self.verticalScrollBar().value()
        return QRect(int(xs[i]), top, size.width(), size.height())

    def row_at(self, pos: QPoint) -> int:
        """The site drawn at `pos` (viewport coordinates), or -1."""
        size = ZOOM_SIZES[self.zoom]
        y = pos.y() + self.verticalScrollBar().value()
        xs, ys = self._positions()
        hit = (xs <= pos.x()) & (pos.x() < xs + size.width()) & (ys <= y) & (y < ys + size.height())
        found = np.flatnonzero(hit)
        return int(self._placed.rows[found[0]]) if len(found) else -1

    # --- painting ------------------------------------------------------------------------------------
    def set_waiting(self, waiting: bool) -> None:
        """Say (until the first wall) that the session is starting, or stop saying it (the log failed)."""
        self.waiting = waiting
        self.viewport().update()

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
            if self.waiting:
                painter.setPen(DIM_TEXT)
                painter.drawText(
                    self.viewport().rect(),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("Opening the log and connecting to the MCU…"),
                )
            return
        size = ZOOM_SIZES[self.zoom]
        top, bottom = clip.top() + scroll, clip.bottom() + scroll
        p = self._placed
        shown_x, shown_y = self._positions()
        in_view = np.flatnonzero((shown_y + size.height() >= top) & (shown_y <= bottom))
        point_size = 9.5 if size.width() >= 150 else 8.0
        self._font.setPointSizeF(point_size)
        self._small.setPointSizeF(7.5)
        if self.grouped:
            self._paint_headers(painter, top, bottom, scroll)
        if not len(in_view):
            self.painted_version = data.version
            return
        rows = p.rows[in_view]
        xs = shown_x[in_view]
        ys = shown_y[in_view] - scroll
        if size.width() < MICRO_WIDTH:
            self._paint_micro(painter, data, rows, xs, ys, size)
        else:
            self._paint_tiles(painter, data, rows, xs, ys, size)
        self.painted_version = data.version
        if not self._painted_tiles:
            self._painted_tiles = True
            self.firstTilesPainted.emit(len(rows))

    def _paint_headers(self, painter: QPainter, top: int, bottom: int, scroll: int) -> None:
        painter.setFont(self._font)
        width = self.viewport().width()
        text_top = (HEADER_HEIGHT - 4 - QFontMetrics(self._font).height()) / 2  # centred as drawText would
        for y, group in self._placed.headers:
            if y + HEADER_HEIGHT < top or y > bottom:
                continue
            red, amber, green, unknown = group.counts
            rect = QRect(self._gap(), y - scroll, width - 2 * self._gap(), HEADER_HEIGHT - 4)
            painter.fillRect(rect, HEADER)
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height()), HEALTH_COLOURS[group.worst])
            painter.setPen(TEXT)
            title = self.shown_title(group)
            badge = f"{HEALTH_GLYPHS[group.worst]}  {title}   ✖ {red}  ▲ {amber}  ✓ {green}"
            if unknown:
                badge += f"  ? {unknown}"
            if group.absent:
                badge += f"  {ABSENT_GLYPH} {group.absent}"
            painter.drawStaticText(QPointF(rect.left() + 12, rect.top() + text_top), self._header_text(badge))

    def _header_text(self, badge: str) -> QStaticText:
        """A group header's words, laid out once while they and the font hold: laying out costs more than drawing."""
        key = (badge, self._font.pointSizeF())
        text = self._header_texts.get(key)
        if text is None:
            if len(self._header_texts) > 4 * len(self._placed.headers):
                self._header_texts.clear()  # counts moved on: forget the old words
            text = self._header_texts[key] = QStaticText(badge)
            text.setTextOption(NO_WRAP)
            text.prepare(font=self._font)
        return text

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
            _draw_rects(painter, xs[mine & ~stale], ys[mine & ~stale], w, h)
            painter.setBrush(colour)
            _draw_rects(painter, xs[mine], ys[mine], 4, h)
        painter.setBrush(STALE_TILE)
        _draw_rects(painter, xs[stale] + 4, ys[stale], w - 4, h)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        marks = _marks(data.flags[rows])
        glyphs = [
            (mark or HEALTH_GLYPHS[Health(health)], health)
            for health, mark in zip(shown.tolist(), marks, strict=True)
        ]
        self._glyphs.draw(painter, glyphs, xs, ys, size, self._render_glyph)
        self._paint_selection(painter, rows, xs, ys, size)

    def _render_glyph(self, painter: QPainter, cell: QRect, key: tuple[str, int]) -> None:
        """A micro tile's health glyph, in its colour, near the middle of the tile."""
        text, health = key
        painter.setFont(self._small)
        painter.setPen(HEALTH_COLOURS[Health(health)])
        w, h = cell.width(), cell.height()
        painter.drawStaticText(cell.left() + (w - 8) // 2, cell.top() + (h - 12) // 2, QStaticText(text))

    def _render_labels(self, painter: QPainter, cell: QRect, parts: tuple[int, ...]) -> None:
        """The L / A / V letters beside the three graphs, each coloured by its part's health."""
        spark_h = cell.height() // len(SPARKLINES)
        gap = max(0, spark_h - QFontMetrics(self._small).height())
        labels = QStaticText(
            "".join(
                f"<p style='margin-top:0; margin-bottom:{gap}px; color:{HEALTH_COLOURS[Health(h)].name()}'>"
                f"{PART_LABELS[p]}</p>"
                for p, h in enumerate(parts)
            )
        )
        labels.setTextFormat(Qt.TextFormat.RichText)
        painter.setFont(self._small)
        painter.drawStaticText(cell.topLeft(), labels)

    def _shown_health(self, data: WallData, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int8]:
        """The health a tile is drawn with: a lost site is red whatever its last statistics said."""
        shown = data.health[rows].copy()
        shown[(data.flags[rows] & LOST) != 0] = Health.RED
        return shown

    def _render_title(self, painter: QPainter, cell: QRect, key: _TitleKey) -> None:
        """Health glyph, name (elided to leave room for glyph and tier) and tier."""
        name, tier, health, dim, mark = key
        glyph = mark or HEALTH_GLYPHS[Health(health)]
        name = QFontMetrics(self._font).elidedText(name, Qt.TextElideMode.ElideRight, cell.width() - 34)
        colour = HEALTH_COLOURS[Health(health)].name()
        text_colour = (DIM_TEXT if dim else TEXT).name()
        title = QStaticText(
            f"<span style='color:{colour}'>{glyph}</span>&nbsp;"
            f"<span style='color:{text_colour}'>{html.escape(name)}</span>"
            f"&nbsp;<span style='color:{DIM_TEXT.name()}'>{TIER_LABELS[list(Tier)[tier]]}</span>"
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setTextOption(NO_WRAP)
        painter.setFont(self._font)
        painter.drawStaticText(cell.topLeft(), title)

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
        dim = (flags & (STALE | LOST | ABSENT)) != 0

        # Greyed backgrounds for stale or lost tiles, then borders: a handful of batched calls for the whole wall.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STALE_TILE)
        _draw_rects(painter, xs[dim], ys[dim], w, h)
        for health in np.unique(shown).tolist():
            mine = shown == health
            pen = self._border_pens[Health(health)]
            if pen.style() == Qt.PenStyle.SolidLine:
                # The pixels the pen would stroke, filled instead: the raster engine fills far faster.
                t = pen.width()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pen.color())
                _draw_frames(painter, xs[mine] + 1 - t // 2, ys[mine] + 1 - t // 2, w + t - 3, h + t - 3, t)
            else:
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                _draw_rects(painter, xs[mine] + 1, ys[mine] + 1, w - 3, h - 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        names = data.index.names
        titles = zip(
            [names[row] for row in rows.tolist()],
            data.index.tiers[rows].tolist(),
            shown.tolist(),
            dim.tolist(),
            _marks(flags),
            strict=True,
        )
        # A title is one line; its cell leaves room below for the deeper descent of a fallback font.
        title_cell = QSize(w - 10, QFontMetrics(self._font).height() + 4)
        self._titles.draw(painter, list(titles), xs + 5, ys + 3, title_cell, self._render_title)
        if large:
            parts = list(map(tuple, data.parts[rows].tolist()))
            label_cell = QSize(label_w, len(SPARKLINES) * spark_h)
            self._labels.draw(painter, parts, xs + 4, ys + spark_top + 1, label_cell, self._render_labels)
            for i in np.flatnonzero(flags & TAG_FLAGS).tolist():
                x, y = int(xs[i]), int(ys[i])
                tags = QRect(x + 5, y + head, w - 10, tags_h)
                self._paint_tags(painter, TileFlag(int(flags[i])), data.age[rows[i]], tags)

        series = data.read_series(rows, HISTORY_SECONDS)
        # Where each sample falls across a graph: the same for every curve of a tile, so worked out once.
        samples = next(iter(series.values())).shape[1]
        sample_x = (xs + 4 + label_w)[:, None] + np.arange(samples) * (spark_w / max(samples - 1, 1))
        pen_keys = np.where(dim[:, None], -1, data.parts[rows])  # -1: drawn dim
        for part, (_, curves) in enumerate(SPARKLINES):
            top = ys + spark_top + part * spark_h + 1
            for c, (series_name, scale) in enumerate(curves):
                points, drawable = _curve_points(series[series_name], scale, sample_x, top, spark_h - 3)
                # Group the curves by pen so the pen changes a few times per wall, not once per curve.
                pens = np.full(len(rows), -2) if c else pen_keys[:, part]
                for pen_key in np.unique(pens[drawable]).tolist():
                    painter.setPen(self._curve_pens[pen_key])
                    self._polylines(painter, points, (drawable & (pens == pen_key)).tolist())
        self._paint_selection(painter, rows, xs, ys, size)

    def _paint_selection(
        self,
        painter: QPainter,
        rows: npt.NDArray[np.int64],
        xs: npt.NDArray[np.int32],
        ys: npt.NDArray[np.int32],
        size: QSize,
    ) -> None:
        if len(self._moved) and self.clock() < self._moved_until:
            self._paint_moved(painter, xs[np.isin(rows, self._moved)], ys[np.isin(rows, self._moved)], size)
        hit = np.flatnonzero(rows == self.selected)
        if len(hit):
            i = int(hit[0])
            painter.setPen(QPen(SELECTED_TILE, 2))  # solid: the one tile the keys and Enter act on
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(int(xs[i]) + 3, int(ys[i]) + 3, size.width() - 7, size.height() - 7))

    def _paint_moved(
        self, painter: QPainter, xs: npt.NDArray[np.int32], ys: npt.NDArray[np.int32], size: QSize
    ) -> None:
        """A corner folded over in MOVED_MARK on each tile that moved when the held order was let go."""
        m = max(6, min(16, size.height() // 3))
        right = size.width() - 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MOVED_MARK)
        for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
            corner = QPolygonF([QPointF(x + right - m, y), QPointF(x + right, y), QPointF(x + right, y + m)])
            painter.drawPolygon(corner)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_tags(self, painter: QPainter, flags: TileFlag, age: float, rect: QRect) -> None:
        """State tags in words' stead: ⊘ lost, ◌ absent, ♪ speaking, ⚑ floor, ☝ hand, struck ♪/▣ muted, stale age."""
        painter.setFont(self._small)
        x = rect.left()
        tags: list[tuple[str, QColor, bool]] = []
        if TileFlag.LOST in flags:
            tags.append((LOST_GLYPH + " " + self.tr("lost"), RED, False))
        elif TileFlag.ABSENT in flags:
            tags.append((ABSENT_GLYPH + " " + self.tr("absent"), ATTENTION, False))
        if TileFlag.FLOOR in flags:
            tags.append(("⚑ " + self.tr("floor"), ATTENTION, False))
        if TileFlag.HAND_RAISED in flags:
            tags.append(("☝ " + self.tr("hand"), ATTENTION, False))
        if TileFlag.SPEAKING in flags:
            tags.append(("♪", SPEAKING, False))
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

    def _polylines(self, painter: QPainter, points: npt.NDArray[np.float64], which: list[bool]) -> None:
        """Draw the curves of `points` (curves, samples, 2) that `which` picks, each copied into one polygon.

        The copy goes through memoryviews of bytes: thousands of times per repaint, that costs far less than
        numpy indexing, and it is all the Python a curve costs besides its drawPolyline.
        """
        n = points.shape[1]
        if n not in self._polygons:
            polygon = QPolygonF()
            polygon.resize(n)
            # The polygon's n × (x, y) doubles as writable bytes (shiboken's stubs know VoidPtr(address) only).
            memory = VoidPtr(polygon.data(), 16 * n, True)  # type: ignore[call-arg, arg-type]
            points_bytes = memoryview(memory).cast("B")  # type: ignore[arg-type]
            self._polygons[n] = (polygon, points_bytes)
        polygon, target = self._polygons[n]
        source = points.data.cast("B")
        size = len(target)
        for start in compress(range(0, len(source), size), which):
            target[:] = source[start : start + size]
            painter.drawPolyline(polygon)

    # --- interaction --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """One click selects the tile under the pointer (any button); opening it is Enter or a double-click."""
        self.hold()
        row = self.row_at(event.position().toPoint())
        if row >= 0:
            self.select(row)
        self.setFocus()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.hold()
        row = self.row_at(event.position().toPoint())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.select(row)
            self.siteActivated.emit(row)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer_over = True
        self.hold()  # the operator is aiming at a tile
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.HoverEnter):
            self._pointer_over = True
        elif event.type() in (QEvent.Type.Leave, QEvent.Type.HoverLeave):
            self._pointer_over = False
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.hold()
        row = self.row_at(event.pos())
        if row >= 0:
            self.select(row)
            self.siteContextMenu.emit(row, event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.hold()
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
        self.hold()
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


def _marks(flags: npt.NDArray[np.int32]) -> list[str]:
    """Per tile, the glyph that stands for the health's: ⊘ lost, ◌ absent (expected, not joined), else ""."""
    return [LOST_GLYPH if f & LOST else ABSENT_GLYPH if f & ABSENT else "" for f in flags.tolist()]


def _row_key(index: SiteIndex, row: int) -> str:
    """What names a site across indexes: its key (the registry's code, or the MCU's name), else its name."""
    key = index.keys[row] if row < len(index.keys) else ""
    return key or index.names[row]


def _row_of(index: SiteIndex, key: str) -> int:
    for row in range(len(index)):
        if _row_key(index, row) == key:
            return row
    return -1


def _remap(groups: list[TileGroup], old: SiteIndex, new: SiteIndex) -> list[TileGroup]:
    """`groups` of `old`'s rows as rows of `new`, by site key; sites no longer there are left out."""
    if old is new:
        return groups
    rows = {_row_key(new, row): row for row in range(len(new))}
    mapped: list[TileGroup] = []
    for group in groups:
        found = [rows.get(_row_key(old, int(r)), -1) for r in group.members]
        members = np.array([r for r in found if r >= 0], dtype=np.int64)
        mapped.append(replace(group, members=members))
    return mapped


def _keep_order(held: list[TileGroup], fresh: list[TileGroup]) -> list[TileGroup]:
    """The tiles where `held` has them, with `fresh`'s titles and counts; tiles and groups `held` lacks are added
    at the end (of their group, of the wall), tiles `fresh` lacks are dropped."""
    if not held or not fresh:
        return list(fresh)
    position = {g.key: j for j, g in enumerate(fresh)}
    fresh_rows = np.concatenate([g.members for g in fresh])
    fresh_of = np.full(int(fresh_rows.max(initial=-1)) + 1, -1, np.int64)  # each site's group in `fresh`
    fresh_of[fresh_rows] = np.repeat(np.arange(len(fresh)), [len(g.members) for g in fresh])
    kept = [g for g in held if g.key in position]
    # each group's place in the result: the held ones in their held order, then the ones `held` lacks
    rank = np.full(len(fresh), len(kept), np.int64)
    rank[[position[g.key] for g in kept]] = np.arange(len(kept))
    rest = np.flatnonzero(rank == len(kept))
    rank[rest] = len(kept) + np.arange(len(rest))
    held_rows = np.concatenate([g.members for g in kept]) if kept else np.zeros(0, np.int64)
    held_in = np.repeat([position[g.key] for g in kept], [len(g.members) for g in kept]).astype(np.int64)
    known = held_rows < len(fresh_of)
    stay = held_rows[known][fresh_of[held_rows[known]] == held_in[known]]  # still in the same group
    new = ~np.isin(fresh_rows, stay)
    rows = np.concatenate([stay, fresh_rows[new]])
    group = fresh_of[rows]
    part = np.concatenate([np.zeros(len(stay), np.int64), np.ones(int(new.sum()), np.int64)])
    rows = rows[np.lexsort((np.arange(len(rows)), part, rank[group]))]
    counts = np.bincount(rank[fresh_of[rows]], minlength=len(fresh))
    by_rank = np.argsort(rank)
    pieces = np.split(rows, np.cumsum(counts)[:-1])
    out: list[TileGroup] = []
    for r, j in enumerate(by_rank.tolist()):
        now = fresh[j]
        out.append(TileGroup(now.key, now.title, pieces[r], now.worst, now.counts, now.absent))
    return out


def _order_of(groups: list[TileGroup]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """What the eye follows: the groups in order, and every tile in order."""
    members = [g.members for g in groups]
    rows = np.concatenate(members) if members else np.zeros(0, np.int64)
    return tuple(g.key for g in groups), tuple(rows.tolist())


def _border_pen(health: Health) -> QPen:
    """The second cue besides colour: the border grows heavier, and dashed at amber, as health worsens."""
    pen = QPen(HEALTH_COLOURS[health], {Health.RED: 3, Health.AMBER: 2}.get(health, 1))
    if health is Health.AMBER:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _draw_rects(painter: QPainter, xs: _Ints, ys: _Ints, w: int | _Ints, h: int | _Ints) -> None:
    """Rectangles at these corners, handed to Qt as one array of QRect (left, top, right, bottom)."""
    if len(xs):
        rects = np.empty((len(xs), 4), np.int32)
        rects[:, 0], rects[:, 1], rects[:, 2], rects[:, 3] = xs, ys, xs + (w - 1), ys + (h - 1)
        painter.drawRects(_in_place(rects, QRect), len(rects))


def _draw_frames(painter: QPainter, xs: _Ints, ys: _Ints, w: int, h: int, t: int) -> None:
    """Outlines `t` pixels thick, each filled as four strips (top, bottom, left, right) in the painter's brush."""
    _draw_rects(
        painter,
        np.stack([xs, xs, xs, xs + (w - t)], axis=1).ravel(),
        np.stack([ys, ys + (h - t), ys + t, ys + t], axis=1).ravel(),
        np.tile([w, w, t, t], len(xs)),
        np.tile([t, t, h - 2 * t, h - 2 * t], len(xs)),
    )


def _in_place(array: npt.NDArray[np.generic], kind: type[_T]) -> _T:
    """The first row of a C-contiguous `array`, seen as a Qt value of `kind` laid out like one row.

    For QPainter's (first, count) overloads: Qt reads the rows where numpy wrote them, with no Python object
    per row. The wrapper does not own the memory; `array` must outlive the call.
    """
    return cast(_T, wrapInstance(array.ctypes.data, kind))


def _curve_points(
    values: npt.NDArray[np.float32],
    scale: float,
    sample_x: npt.NDArray[np.float64],
    top: npt.NDArray[np.int32],
    h: int,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Polyline points for every tile at once: (tiles, samples, 2), and which tiles have anything to draw.

    `sample_x` (tiles, samples) is where each sample falls across its graph. Gaps hold the last value rather
    than dropping to zero; samples before a site's first one collapse onto it.
    """
    k, t = values.shape
    finite = np.isfinite(values)
    points = np.empty((k, t, 2), dtype=np.float64)
    if finite.all():  # the usual case: every site has every sample
        drawable = np.ones(k, dtype=bool)
        points[:, :, 0] = sample_x
        held = values
    else:
        drawable = np.asarray(finite.any(axis=1))
        steps = np.where(finite, np.arange(t), 0)
        np.maximum.accumulate(steps, axis=1, out=steps)
        steps = np.maximum(steps, np.argmax(finite, axis=1)[:, None])
        held = np.nan_to_num(np.take_along_axis(values, steps, axis=1), nan=0.0)
        points[:, :, 0] = np.take_along_axis(sample_x, steps, axis=1)
    np.subtract((top + h)[:, None], np.clip(held / scale, 0.0, 1.0) * h, out=points[:, :, 1])
    return points, drawable
