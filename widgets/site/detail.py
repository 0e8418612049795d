"""One site up close: its media over the last 15 minutes against the health bands, who to call, its open incidents,
its joins and leaves, and the commands the operator may send it.

Graphs are created once (plot items, curves and threshold bands) and fed on a named 1 Hz timer with `setData`;
the x window is fixed to the last 15 minutes (minutes before now), so nothing rescales under the operator's eyes.
Commands leave as the `commandRequested(action)` signal; the console's dispatcher reports back through
`show_command_state(action, state, detail)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.domain import (
    Attendance,
    AttendanceJoined,
    AttendanceLeft,
    Contact,
    Health,
    Site,
    SiteChange,
    utcnow,
)
from console.incidents.book import IncidentSource
from console.live.rules import Thresholds
from console.live.telemetry import Metric
from console.runtime.bridge import (
    SiteAttendance,
    SiteAttendanceRequest,
    SiteFrame,
    SiteFrameRequest,
    SiteHistoryRequest,
)
from widgets.incidents.panel import KEY_ROLE, OPEN_SITE_ROLE, Column, IncidentModel
from widgets.plots import plot_widget
from widgets.registry.words import change_field_text, side_text
from widgets.text import (
    HEALTH_GLYPHS,
    command_glyph,
    command_result_text,
    local_clock,
    local_date_time,
    span_text,
)
from widgets.theme import DIM_TEXT, GRAPH, GREEN, HEALTH_COLOURS, RED, SECOND_CURVE, TEXT, colour_rule

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

WINDOW_S = 15 * 60
REFRESH_MS = 1000  # graphs at 1 Hz
BAND_ALPHA = 46
COPIED_MS = 4000  # how long "copied" shows after a phone number is copied
TECHNICIAN_PHONE = 4  # the phone columns of the technicians and the contacts tables
CONTACT_PHONE = 3
ACTIONS = ("mute_audio", "unmute_audio", "mute_video", "unmute_video", "disconnect", "dial")


@dataclass(frozen=True, slots=True)
class GraphSpec:
    """One graph: its metrics (the first is graded against the bands) and how the bands are drawn."""

    name: str
    metrics: tuple[Metric, ...]
    unit: str
    floor: float  # the y range reaches at least this high


def graph_specs() -> tuple[GraphSpec, ...]:
    return (
        GraphSpec("loss", (Metric.RX_LOSS, Metric.TX_LOSS), "%", 10.0),
        GraphSpec("jitter", (Metric.RX_JITTER, Metric.TX_JITTER), "ms", 80.0),
        GraphSpec("bitrate", (Metric.RX_BITRATE, Metric.TX_BITRATE), "kbps", 100.0),
        GraphSpec("fps", (Metric.RX_FPS,), "fps", 30.0),
        GraphSpec("audio", (Metric.AUDIO_BITRATE,), "kbps", 64.0),
        GraphSpec("video", (Metric.VIDEO_BITRATE,), "kbps", 100.0),
    )


def metric_label(metric: Metric) -> str:
    return {
        Metric.RX_LOSS: QCoreApplication.translate("SiteDetail", "loss received"),
        Metric.TX_LOSS: QCoreApplication.translate("SiteDetail", "loss sent"),
        Metric.RX_JITTER: QCoreApplication.translate("SiteDetail", "jitter received"),
        Metric.TX_JITTER: QCoreApplication.translate("SiteDetail", "jitter sent"),
        Metric.RX_BITRATE: QCoreApplication.translate("SiteDetail", "bitrate received"),
        Metric.TX_BITRATE: QCoreApplication.translate("SiteDetail", "bitrate sent"),
        Metric.RX_FPS: QCoreApplication.translate("SiteDetail", "frame rate received"),
        Metric.AUDIO_BITRATE: QCoreApplication.translate("SiteDetail", "audio bitrate"),
        Metric.VIDEO_BITRATE: QCoreApplication.translate("SiteDetail", "video bitrate"),
        Metric.SPEAKING: QCoreApplication.translate("SiteDetail", "speaking"),
    }[metric]


def graph_title(spec: GraphSpec) -> str:
    return {
        "loss": QCoreApplication.translate("SiteDetail", "Packet loss (%)"),
        "jitter": QCoreApplication.translate("SiteDetail", "Jitter (ms)"),
        "bitrate": QCoreApplication.translate("SiteDetail", "Bitrate (kbps)"),
        "fps": QCoreApplication.translate("SiteDetail", "Frame rate (fps)"),
        "audio": QCoreApplication.translate("SiteDetail", "Audio bitrate (kbps)"),
        "video": QCoreApplication.translate("SiteDetail", "Video bitrate (kbps)"),
    }[spec.name]


def bands(spec: GraphSpec, th: Thresholds, expected_kbps: float | None) -> list[tuple[Health, float, float]]:
    """The shaded health bands of a graph as (health, low, high), from the grading thresholds (`Thresholds`)."""
    top = 1e9
    if spec.name == "loss":
        return [
            (Health.GREEN, 0, th.loss_amber),
            (Health.AMBER, th.loss_amber, th.loss_red),
            (Health.RED, th.loss_red, top),
        ]
    if spec.name == "jitter":
        return [
            (Health.GREEN, 0, th.jitter_amber),
            (Health.AMBER, th.jitter_amber, th.jitter_red),
            (Health.RED, th.jitter_red, top),
        ]
    if spec.name == "bitrate":
        if expected_kbps is None or not np.isfinite(expected_kbps) or expected_kbps <= 0:
            return [(Health.RED, 0, th.zero_kbps)]
        red, green = expected_kbps * th.bitrate_red_ratio, expected_kbps * th.bitrate_green_ratio
        return [(Health.RED, 0, red), (Health.AMBER, red, green), (Health.GREEN, green, top)]
    zero = th.zero_fps if spec.name == "fps" else th.zero_kbps
    return [(Health.RED, 0, zero)]  # no picture / no sound


def band_caption(spec: GraphSpec, th: Thresholds, expected_kbps: float | None) -> str:
    """The bands in words, so colour is never the only cue."""
    g, a, r = (HEALTH_GLYPHS[h] for h in (Health.GREEN, Health.AMBER, Health.RED))
    if spec.name == "loss":
        return f"{g} < {th.loss_amber:g}  {a} {th.loss_amber:g}–{th.loss_red:g}  {r} > {th.loss_red:g}"
    if spec.name == "jitter":
        return (
            f"{g} ≤ {th.jitter_amber:g}  {a} {th.jitter_amber:g}–{th.jitter_red:g}  {r} > {th.jitter_red:g}"
        )
    if spec.name == "bitrate":
        if expected_kbps is None or not np.isfinite(expected_kbps) or expected_kbps <= 0:
            return QCoreApplication.translate("SiteDetail", "no expected rate yet")
        return QCoreApplication.translate(
            "SiteDetail", "expected %1 kbps (the site's recent peak unless configured)"
        ).replace("%1", f"{expected_kbps:.0f}")
    return f"{r} ≤ {th.zero_fps if spec.name == 'fps' else th.zero_kbps:g}"


def caption_html(spec: GraphSpec, th: Thresholds, expected_kbps: float | None, latest: str) -> str:
    """A graph's caption: its title and bands, then the latest values (`latest`, HTML) on a second line."""
    bands_text = html.escape(band_caption(spec, th, expected_kbps))
    return (
        f"<b>{html.escape(graph_title(spec))}</b>  "
        f"<span style='color:{DIM_TEXT.name()}'>{bands_text}</span><br>{latest}"
    )


class _Graph:
    """One plot with its curves and bands, created once."""

    def __init__(self, spec: GraphSpec, th: Thresholds) -> None:
        self.spec = spec
        self.widget = plot_widget(GRAPH, antialias=False)
        self.widget.setObjectName(f"graph_{spec.name}")
        plot = self.widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.disableAutoRange()
        plot.setXRange(-WINDOW_S / 60, 0, padding=0)
        plot.setYRange(0, spec.floor, padding=0.05)
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setLabel("bottom", QCoreApplication.translate("SiteDetail", "minutes before now"))
        plot.setLabel("left", spec.unit)
        self.regions: list[tuple[Health, pg.LinearRegionItem]] = []
        for health, low, high in bands(spec, th, None):
            self._add_region(health, low, high)
        self.curves: list[pg.PlotDataItem] = []
        for i, metric in enumerate(spec.metrics):
            colour = TEXT if i == 0 else SECOND_CURVE
            style = Qt.PenStyle.SolidLine if i == 0 else Qt.PenStyle.DashLine  # not colour alone
            # 1 px: a wider line (dashed above all) goes through Qt's stroker, several times slower to paint
            curve = plot.plot(
                pen=pg.mkPen(colour, width=1, style=style), name=metric_label(metric), connect="finite"
            )
            curve.setObjectName(f"curve_{metric.name.lower()}")
            self.curves.append(curve)
        self.caption = QLabel()
        self.caption.setObjectName(f"caption_{spec.name}")
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        # two lines, loading or not: a caption that changed height would resize (and repaint) every plot
        self.caption.setFixedHeight(2 * self.caption.fontMetrics().lineSpacing() + 4)
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.widget, 1)

    def _add_region(self, health: Health, low: float, high: float) -> None:
        colour = QColor(HEALTH_COLOURS[health])
        colour.setAlpha(BAND_ALPHA)
        region = pg.LinearRegionItem(
            values=(low, high),
            orientation="horizontal",
            brush=pg.mkBrush(colour),
            pen=pg.mkPen(None),
            movable=False,
        )
        region.setZValue(-10)
        self.widget.getPlotItem().addItem(region, ignoreBounds=True)
        self.regions.append((health, region))

    def clear(self, th: Thresholds, waiting: str) -> None:
        """No data yet (another site is shown now): empty curves, the bands as graded without data."""
        for curve in self.curves:
            curve.setData([], [])
        self.set_bands(th, None)
        self.widget.getPlotItem().setYRange(0, self.spec.floor, padding=0.05)
        self.caption.setText(caption_html(self.spec, th, None, html.escape(waiting)))

    def set_bands(self, th: Thresholds, expected_kbps: float | None) -> None:
        """Move the bands (the bitrate's follow the expected rate); a band is added only when a kind is new."""
        wanted = bands(self.spec, th, expected_kbps)
        for i, (health, low, high) in enumerate(wanted):
            if i < len(self.regions):
                old_health, region = self.regions[i]
                if old_health is not health:
                    colour = QColor(HEALTH_COLOURS[health])
                    colour.setAlpha(BAND_ALPHA)
                    region.setBrush(pg.mkBrush(colour))
                    self.regions[i] = (health, region)
                region.setRegion((low, high))
                region.setVisible(True)
            else:
                self._add_region(health, low, high)
        for _health, region in self.regions[len(wanted) :]:
            region.setVisible(False)


class AttendanceModel(QAbstractTableModel):
    """A site's joins and leaves, oldest first: what the log holds, then what is seen live. A leave closes the
    newest open span of its participant; a change the log already holds is not shown twice."""

    COLUMNS = 4  # joined, left, duration, how it ended

    def __init__(self, clock: Callable[[], datetime] = utcnow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.spans: list[Attendance] = []
        self.meeting_id: int | None = None  # the meeting followed: spans of others are earlier meetings
        self.since: datetime | None = None  # the start of today: spans before it show their date

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.spans)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Joined"), self.tr("Left"), self.tr("Duration"), self.tr("How it ended"))
        return titles[section] if 0 <= section < len(titles) else None

    def earlier_meeting(self, span: Attendance) -> bool:
        return (
            span.meeting_id is not None and self.meeting_id is not None and span.meeting_id != self.meeting_id
        )

    def _clock_text(self, at: datetime) -> str:
        if self.since is not None and at < self.since:
            return local_date_time(at, seconds=True)
        return local_clock(at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.spans):
            return None
        span = self.spans[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if span.left_at is not None and not span.left_by_operator and index.column() == 3:
                return RED
            return DIM_TEXT if self.earlier_meeting(span) else None
        if role == Qt.ItemDataRole.ToolTipRole and self.earlier_meeting(span):
            return self.tr("An earlier meeting today")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return self._clock_text(span.joined_at)
        if column == 1:
            return self._clock_text(span.left_at) if span.left_at is not None else self.tr("● connected")
        if column == 2:
            end = span.left_at or self.clock()
            return span_text((end - span.joined_at).total_seconds())
        if span.left_at is None:
            return ""
        return self.tr("disconnected by the operator") if span.left_by_operator else self.tr("✖ dropped")

    def set_spans(
        self, spans: Sequence[Attendance], meeting_id: int | None = None, since: datetime | None = None
    ) -> None:
        self.beginResetModel()
        self.spans = sorted(spans, key=lambda s: (s.joined_at, s.id or 0))
        self.meeting_id, self.since = meeting_id, since
        self.endResetModel()

    def apply(self, change: AttendanceJoined | AttendanceLeft) -> None:
        if isinstance(change, AttendanceJoined):
            self.joined(change)
        else:
            self.left(change)

    def joined(self, change: AttendanceJoined) -> None:
        if any(s.joined_at == change.at and s.participant_uuid == change.uuid for s in self.spans):
            return  # the log holds it already
        row = len(self.spans)
        self.beginInsertRows(QModelIndex(), row, row)
        self.spans.append(Attendance(self.meeting_id, change.site, change.at, participant_uuid=change.uuid))
        self.endInsertRows()

    def left(self, change: AttendanceLeft) -> None:
        if any(s.left_at == change.at and s.participant_uuid == change.uuid for s in self.spans):
            return  # the log holds it already
        for row in range(len(self.spans) - 1, -1, -1):
            span = self.spans[row]
            if span.left_at is None and (span.participant_uuid == change.uuid or not span.participant_uuid):
                self.spans[row] = replace(span, left_at=change.at, left_by_operator=change.by_operator)
                self.dataChanged.emit(self.index(row, 1), self.index(row, 3))
                return

    def tick(self) -> None:
        """Durations of open spans move on."""
        for row, span in enumerate(self.spans):
            if span.left_at is None:
                cell = self.index(row, 2)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])


class _OpenAtSite(QSortFilterProxyModel):
    """The incident tree narrowed to one site's open incidents, filtered by Qt on a role the model keeps."""

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(OPEN_SITE_ROLE)
        self.setFilterKeyColumn(0)
        self.show_site(key)

    def show_site(self, key: str) -> None:
        self.key = key
        self.setFilterRegularExpression(f"^{QRegularExpression.escape(key)}$")


ASK_AGAIN_S = 5.0  # a frame asked for and not come by then is asked for again


class SiteSource(Protocol):
    """Where the site detail gets what it shows: frozen frames asked for at its own rate, and attendance news.

    The live console answers through the bridge (the frame arrives later, on the GUI thread); a hub on the same
    thread answers at once.
    """

    @property
    def thresholds(self) -> Thresholds: ...

    @property
    def incidents(self) -> IncidentSource: ...

    def site(self, key: str) -> Site | None: ...

    def frame(self, request: SiteFrameRequest, deliver: Callable[[SiteFrame], None]) -> None: ...

    def attendance(
        self,
        request: SiteAttendanceRequest,
        deliver: Callable[[SiteAttendance], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """What the log holds of the site's joins and leaves (this meeting's, and earlier ones today)."""
        ...

    def watch_attendance(
        self, listener: Callable[[AttendanceJoined | AttendanceLeft], None]
    ) -> Callable[[], None]:
        """Call `listener` with every join and leave; returns the function that stops it."""
        ...

    def history(
        self,
        request: SiteHistoryRequest,
        deliver: Callable[[tuple[SiteChange, ...]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """The changes the registry keeps for the site, oldest first."""
        ...


class SiteDetail(QWidget):
    """Everything about one site; put it in a dialog or a dock. Built once (its graphs are the costly part) and
    pointed at another site with `show_site(key)`: what it showed of the last one is cleared at once, the new
    site's registry facts show at once, and its data as it comes (until then it says it is loading)."""

    commandRequested = Signal(str)  # one of ACTIONS

    def __init__(
        self,
        source: SiteSource,
        key: str,
        *,
        incidents: IncidentModel | None = None,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("siteDetail")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.source = source
        self.key = key
        self.clock = clock
        self.site: Site | None = None
        self.thresholds = source.thresholds
        self.frame: SiteFrame | None = None  # the latest frozen copy of what this shows
        self._asked: datetime | None = None  # the time of the frame asked for and not yet shown
        self._shown = 0  # how many sites this has shown: an answer asked for an earlier one is dropped

        # header
        self.title = QLabel()
        self.title.setObjectName("siteTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setObjectName("siteStatus")

        # graphs
        self.graphs = [_Graph(spec, self.thresholds) for spec in graph_specs()]
        graph_grid = QGridLayout()
        for i, graph in enumerate(self.graphs):
            graph_grid.addWidget(graph.box, i // 2, i % 2)
        graphs = QWidget()
        graphs.setLayout(graph_grid)

        # people: the registry's technicians and standby contacts, each phone copied with a click; the history
        self.technicians = self._table(
            "technicians",
            [
                self.tr("Name"),
                self.tr("Side"),
                self.tr("Unit"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            [],
        )
        self.contacts = self._table(
            "contacts",
            [
                self.tr("Standby for"),
                self.tr("Organisation"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            [],
        )
        for table, column in ((self.technicians, TECHNICIAN_PHONE), (self.contacts, CONTACT_PHONE)):
            table.cellClicked.connect(
                lambda row, col, t=table, c=column: self.copy_phone(t, row) if col == c else None
            )
        self.copied = QLabel()
        self.copied.setObjectName("phoneCopied")
        self.copied.setStyleSheet(colour_rule(GREEN))
        self._copied_timer = QTimer(self)
        self._copied_timer.setObjectName("phoneCopiedTimer")
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self.copied.clear)
        self.history = self._table(
            "siteHistory",
            [self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Before"), self.tr("After")],
            [],
        )
        self.history_note = QLabel()
        self.history_note.setObjectName("siteHistoryNote")
        self.history_note.setWordWrap(True)
        self.unregistered = QLabel()
        self.unregistered.setObjectName("notInRegistry")
        self.unregistered.setWordWrap(True)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.unregistered)
        heading = QHBoxLayout()
        technicians_heading = QLabel(self.tr("Technicians"))
        heading.addWidget(technicians_heading)
        heading.addStretch(1)
        heading.addWidget(self.copied)
        people_layout.addLayout(heading)
        people_layout.addWidget(self.technicians)
        contacts_heading = QLabel(self.tr("Telecom and power standby contacts"))
        people_layout.addWidget(contacts_heading)
        people_layout.addWidget(self.contacts)
        history_heading = QLabel(self.tr("Changes kept in the registry"))
        people_layout.addWidget(history_heading)
        people_layout.addWidget(self.history_note)
        people_layout.addWidget(self.history, 1)
        self._registered_only: tuple[QWidget, ...] = (
            technicians_heading,
            self.copied,
            self.technicians,
            contacts_heading,
            self.contacts,
            history_heading,
            self.history_note,
            self.history,
        )
        people_layout.addStretch(0)

        # incidents and attendance
        self._owns_incidents = incidents is None
        self.incident_model = (
            incidents if incidents is not None else IncidentModel(source.incidents, clock, self)
        )
        self.incidents = _OpenAtSite(key, self)
        self.incidents.setSourceModel(self.incident_model)
        self.incident_view = QTreeView()
        self.incident_view.setObjectName("siteIncidents")
        self.incident_view.setModel(self.incidents)
        self.incidents.rowsInserted.connect(lambda *_: self.incident_view.expandAll())
        self.incident_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column in (Column.SITE,):
            self.incident_view.setColumnHidden(column, True)
        self.attendance = AttendanceModel(clock, self)
        self.attendance_view = QTableView()
        self.attendance_view.setObjectName("siteAttendance")
        self.attendance_view.setModel(self.attendance)
        self.attendance_view.verticalHeader().hide()
        self.attendance_view.horizontalHeader().setStretchLastSection(True)
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_note = QLabel()
        self.attendance_note.setObjectName("siteAttendanceNote")
        self.attendance_note.setWordWrap(True)
        attendance_tab = QWidget()
        attendance_layout = QVBoxLayout(attendance_tab)
        attendance_layout.addWidget(self.attendance_note)
        attendance_layout.addWidget(self.attendance_view, 1)
        self._live_attendance: list[AttendanceJoined | AttendanceLeft] = []  # seen while the log is read
        self._logged = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("siteTabs")
        self.tabs.addTab(graphs, self.tr("Media (15 min)"))
        self.tabs.addTab(self.incident_view, self.tr("Open incidents"))
        self.tabs.addTab(attendance_tab, self.tr("Joins and leaves"))
        self.tabs.addTab(people, self.tr("Contacts"))

        # commands
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}
        commands = QGroupBox(self.tr("Commands"))
        command_grid = QGridLayout(commands)
        self.audio_action = self._command("audio", Qt.Key.Key_M, self._toggle_audio)
        self.video_action = self._command("video", Qt.Key.Key_V, self._toggle_video)
        self.disconnect_action = self._command("disconnect", Qt.Key.Key_X, self.ask_disconnect)
        self.dial_action = self._command("dial", Qt.Key.Key_D, lambda: self.commandRequested.emit("dial"))
        for row, name in enumerate(("audio", "video", "disconnect", "dial")):
            command_grid.addWidget(self.buttons[name], row, 0)
            command_grid.addWidget(self.states[name], row, 1)
        command_grid.setColumnStretch(1, 1)
        self.confirm: QMessageBox | None = None

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(commands)
        layout.addLayout(body, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("siteDetailRefresh")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.destroyed.connect(source.watch_attendance(self._on_attendance))
        self.show_site(key)

    def show_site(self, key: str) -> None:
        """Show the site `key` (another, or the same again): nothing of the last one stays, the registry's facts
        show at once, and what the session knows of it is asked for (shown as it comes)."""
        self._shown += 1
        self.key = key
        self.site = self.source.site(key)
        self.frame = None
        self._asked = None
        self.setWindowTitle(self.site.name if self.site is not None else key)
        self.title.setText(self._title_html())
        self.unregistered.setText(
            self.tr("“%1” is not in the registry: no technicians or standby contacts are known.").replace(
                "%1", key
            )
        )
        self.unregistered.setVisible(self.site is None)
        for part in self._registered_only:
            part.setVisible(self.site is not None)
        self.copied.clear()
        self._fill_people()
        _fill(self.history, [])
        self.history_note.setText(self.tr("Reading the registry's history…"))
        self.incidents.show_site(key)
        self.incident_view.expandAll()
        self._logged = False
        self._live_attendance.clear()
        self.attendance.set_spans([])
        self.attendance_note.setText(self.tr("Reading the log…"))
        if self.confirm is not None:
            self.confirm.done(QMessageBox.StandardButton.No)  # a question about the last site is not answered
            self.confirm = None
        for state in self.states.values():
            state.clear()
            state.setToolTip("")
            state.setProperty("state", None)
        waiting = self.tr("loading…")
        for graph in self.graphs:
            graph.clear(self.thresholds, waiting)
        self.refresh_commands()
        self.refresh()  # the graphs first: what the operator looks for, and the session's quickest answer
        # asked after the watch began: what the log holds then, and every change after it, none lost
        self.source.attendance(
            SiteAttendanceRequest(key, self.clock()),
            self._for_this_site(self.show_logged),
            self._for_this_site(self._log_failed),
        )
        self.ask_history()

    def use_incidents(self, model: IncidentModel) -> None:
        """The window's incident model was replaced (a restarted session): follow the new one."""
        self.incident_model = model
        self.incidents.setSourceModel(model)
        self.incident_view.expandAll()

    def _for_this_site(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """`slot`, called only while this still exists and shows the site it was asked for."""
        shown = self._shown

        def call(value: Any) -> None:
            if isValid(self) and self._shown == shown:
                slot(value)

        return call

    # --- building ---------------------------------------------------------------------------------------
    def _title_html(self) -> str:
        site = self.site
        if site is None:
            unknown = self.tr("not in the registry")
            return f"<b>{html.escape(self.key)}</b> — {html.escape(unknown)}"
        facts = " · ".join(html.escape(x) for x in (site.agency, site.room, site.address) if x)
        return f"<b>{html.escape(site.name)}</b> <span style='color:{DIM_TEXT.name()}'>{html.escape(site.code)}</span><br>{facts}"

    def _technician_rows(self) -> list[tuple[str, ...]]:
        return [
            (t.name, side_text(t.side), t.unit, t.position, t.phone, t.email)
            for t in (self.site.technicians if self.site else ())
        ]

    def _fill_people(self) -> None:
        for table, rows, phone in (
            (self.technicians, self._technician_rows(), TECHNICIAN_PHONE),
            (self.contacts, self._contact_rows(), CONTACT_PHONE),
        ):
            _fill(table, rows)
            for r in range(table.rowCount()):
                item = table.item(r, phone)
                if item is not None and item.text():
                    font = item.font()
                    font.setUnderline(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Click to copy the number"))

    def set_site(self, site: Site | None) -> None:
        """The registry changed: show the site as stored now, and its history again."""
        if self.site is None or site is None:
            return
        self.site = site
        self.title.setText(self._title_html())
        self._fill_people()
        self.ask_history()

    def ask_history(self) -> None:
        if self.site is None:
            return
        self.source.history(
            SiteHistoryRequest(self.site.code),
            self._for_this_site(self.show_history),
            self._for_this_site(self._history_failed),
        )

    def show_history(self, changes: tuple[SiteChange, ...]) -> None:
        """The registry's changes to this site, newest first."""
        rows = [
            (local_date_time(c.at), c.actor, change_field_text(c.field), c.old, c.new)
            for c in reversed(changes)
        ]
        _fill(self.history, rows)
        self.history_note.setText(
            self.tr("Hà Nội time (UTC+7); newest first.") if rows else self.tr("No change kept yet.")
        )

    def _history_failed(self, error: BaseException) -> None:
        self.history_note.setText(
            self.tr("The registry's history could not be read (%1).").replace("%1", str(error))
        )

    def copy_phone(self, table: QTableWidget, row: int) -> None:
        """Copy the phone number of `row` to the clipboard, and say so for a moment."""
        column = TECHNICIAN_PHONE if table is self.technicians else CONTACT_PHONE
        item = table.item(row, column)
        if item is None or not item.text():
            return
        QGuiApplication.clipboard().setText(item.text())
        self.copied.setText("✓ " + self.tr("Copied %1").replace("%1", item.text()))
        self._copied_timer.start()

    def _contact_rows(self) -> list[tuple[str, ...]]:
        rows: list[tuple[str, ...]] = []
        if self.site is None:
            return rows
        pairs: list[tuple[str, Contact | None]] = [
            (self.tr("Telecom provider"), self.site.provider),
            (self.tr("Power company"), self.site.power),
        ]
        for role, contact in pairs:
            if contact is None:
                rows.append((role, self.tr("(none recorded)"), "", "", ""))
            else:
                rows.append((role, contact.organisation, contact.name, contact.phone, contact.email))
        return rows

    def _table(self, name: str, headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))  # fixed registry data, not a live table
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        _fill(table, rows)
        return table

    def _command(self, name: str, key: Qt.Key, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(f"{name}Action")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton()
        button.setObjectName(f"{name}Button")
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        state = QLabel()
        state.setObjectName(f"{name}State")
        state.setMinimumWidth(160)
        state.setWordWrap(True)
        self.buttons[name] = button
        self.states[name] = state
        return action

    def _label(self, action: QAction, name: str, text: str) -> None:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(text)
        self.buttons[name].setText(f"{text}  [{key}]")
        self.buttons[name].setToolTip(f"{text} ({key})")

    # --- state ------------------------------------------------------------------------------------------
    def participants(self) -> list[Any]:
        return list(self.frame.participants) if self.frame is not None else []

    @property
    def connected(self) -> bool:
        return bool(self.participants())

    @property
    def audio_muted(self) -> bool:
        ps = self.participants()
        return bool(ps) and all(p.is_muted for p in ps)

    @property
    def video_muted(self) -> bool:
        ps = self.participants()
        return bool(ps) and all(p.is_video_muted for p in ps)

    def _toggle_audio(self) -> None:
        self.commandRequested.emit("unmute_audio" if self.audio_muted else "mute_audio")

    def _toggle_video(self) -> None:
        self.commandRequested.emit("unmute_video" if self.video_muted else "mute_video")

    def ask_disconnect(self) -> None:
        """Disconnecting drops the site from the meeting: ask first (No is the default)."""
        if self.confirm is not None and self.confirm.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Disconnect site"),
            self.tr("Disconnect %1 from the meeting?").replace("%1", self.windowTitle()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDisconnect")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Disconnect"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep connected"))
        box.finished.connect(self._disconnect_answered)
        self.confirm = box
        box.open()

    def _disconnect_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.commandRequested.emit("disconnect")

    def show_command_state(self, action: str, state: str, detail: str = "") -> None:
        """Show how a command is doing next to its button: "pending", "ok", or an error with its detail."""
        name = {
            "mute_audio": "audio",
            "unmute_audio": "audio",
            "mute_video": "video",
            "unmute_video": "video",
            "disconnect": "disconnect",
            "dial": "dial",
        }.get(action)
        if name is None:
            raise ValueError(f"unknown command {action!r}")
        label = self.states[name]
        text = f"{command_glyph(state)} {command_result_text(state)}"
        colour = {"pending": DIM_TEXT, "ok": GREEN}.get(state, RED)
        if detail:
            text += f": {detail}"
        label.setText(text)
        label.setToolTip(detail)
        label.setProperty("state", state)
        label.setStyleSheet(colour_rule(colour))
        self.refresh_commands()
        self.refresh()  # and ask how the site is now

    def refresh_commands(self) -> None:
        connected = self.connected
        self._label(
            self.audio_action, "audio", self.tr("Unmute audio") if self.audio_muted else self.tr("Mute audio")
        )
        self._label(
            self.video_action, "video", self.tr("Unmute video") if self.video_muted else self.tr("Mute video")
        )
        self._label(self.disconnect_action, "disconnect", self.tr("Disconnect…"))
        self._label(self.dial_action, "dial", self.tr("Dial"))
        self.audio_action.setEnabled(connected)
        self.video_action.setEnabled(connected)
        self.disconnect_action.setEnabled(connected)
        can_dial = (  # not before the site is known to be out of the meeting
            self.frame is not None and not connected and self.site is not None and bool(self.site.address)
        )
        self.dial_action.setEnabled(can_dial)
        if self.site is None:
            self.buttons["dial"].setToolTip(self.tr("Not in the registry: no address to dial"))
        if self.frame is None:
            self.status.setText("⧗ " + self.tr("loading…"))
            return
        self.status.setText(
            (self.tr("● connected") if connected else self.tr("⊘ not connected"))
            + ("  " + self.tr("audio muted") if connected and self.audio_muted else "")
            + ("  " + self.tr("video muted") if connected and self.video_muted else "")
        )

    # --- the 1 Hz refresh -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.refresh_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.refresh_timer.stop()
        super().hideEvent(event)

    def _on_attendance(self, news: object) -> None:
        if isinstance(news, AttendanceJoined | AttendanceLeft) and news.site == self.key:
            if not self._logged:
                self._live_attendance.append(news)
            self.attendance.apply(news)

    def show_logged(self, logged: SiteAttendance) -> None:
        """The log's spans of the site, then what was seen live meanwhile (each change once)."""
        self._logged = True
        self.attendance.set_spans(logged.spans, logged.meeting_id, logged.since)
        for change in self._live_attendance:
            self.attendance.apply(change)
        self._live_attendance.clear()
        self.attendance_view.resizeColumnsToContents()
        self.attendance_note.setText(
            self.tr("This meeting and earlier ones today, from the log; Hà Nội time (UTC+7).")
        )

    def _log_failed(self, error: BaseException) -> None:
        self._logged = True
        self._live_attendance.clear()
        self.attendance_note.setText(
            "✗ "
            + self.tr(
                "The log could not be read: only joins and leaves seen since this opened are shown (%1)."
            ).replace("%1", str(error))
        )

    def expected_kbps(self) -> float | None:
        return self.frame.expected_kbps if self.frame is not None else None

    def refresh(self, now: datetime | None = None) -> None:
        """Ask for a fresh frame of the site (one at a time); it is shown when it comes."""
        now = now or self.clock()
        if self._asked is not None and abs((now - self._asked).total_seconds()) < ASK_AGAIN_S:
            return  # the last frame asked for is still on its way
        self._asked = now
        metrics = tuple(dict.fromkeys(m for g in self.graphs for m in g.spec.metrics))
        request = SiteFrameRequest(self.key, now, WINDOW_S, metrics)
        self.source.frame(request, self._for_this_site(lambda frame: self.show_frame(frame, now)))

    def show_frame(self, frame: SiteFrame, now: datetime) -> None:
        """Feed every curve from the frame (the same items, new data) and move the bands."""
        self._asked = None
        self.frame = frame
        t = now.timestamp()
        expected = frame.expected_kbps
        for graph in self.graphs:
            top = graph.spec.floor
            parts: list[str] = []
            for metric, curve in zip(graph.spec.metrics, graph.curves, strict=True):
                series = frame.series[metric]
                times, values = series.times, series.values
                curve.setData((times - t) / 60.0, values.astype(np.float64))
                if len(values):
                    finite = values[np.isfinite(values)]
                    if len(finite):
                        top = max(top, float(finite.max()) * 1.1)
                    latest = float(values[-1])
                    grade = frame.grades.get(metric, Health.UNKNOWN)
                    parts.append(
                        f"<span style='color:{HEALTH_COLOURS[grade].name()}'>{HEALTH_GLYPHS[grade]}</span> "
                        f"{html.escape(metric_label(metric))} {latest:.1f}"
                    )
                else:
                    parts.append(f"{html.escape(metric_label(metric))} —")
            if graph.spec.name == "bitrate" and expected is not None:
                top = max(top, expected * 1.1)
            graph.set_bands(self.thresholds, expected)
            graph.widget.getPlotItem().setYRange(0, top, padding=0.02)
            graph.caption.setText(caption_html(graph.spec, self.thresholds, expected, " · ".join(parts)))
        if self._owns_incidents:
            self.incident_model.refresh(now)
        self.attendance.tick()
        self.refresh_commands()

    def open_incident_keys(self) -> list[int]:
        keys: list[int] = []
        for row in range(self.incidents.rowCount()):
            key = self.incidents.index(row, 0).data(KEY_ROLE)
            if isinstance(key, int):
                keys.append(key)
        return keys


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
