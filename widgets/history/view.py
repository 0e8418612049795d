"""The supervisor's history view: meetings, incidents, attendance, commands, floor requests and the audit trail over
any period, filtered, sorted and searched; the charts of the period; a meeting's details and a site's history on a
double-click. Every read goes through the bridge (`HistoryQuery`, `HistoryChartsQuery`, `MeetingDetailQuery`) and
works on the log alone, with no MCU.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain import LOCAL_TZ, IncidentKind, Severity, Site, Tier
from console.domain.clock import utcnow
from console.reports.series import ChartSeries
from console.runtime.bridge import (
    HistoryChartsQuery,
    HistoryFilters,
    HistoryQuery,
    ListSites,
    MeetingDetailQuery,
    Request,
)
from console.runtime.history import ColumnType, HistoryKind, HistoryRow, HistoryRows, MeetingDetail
from widgets.history.model import HistoryFilter, HistoryModel, code_text, duration_text
from widgets.text import kind_text, local_date_time, severity_text

Call = Callable[[Request, Callable[[Any], None], Callable[[BaseException], None]], None]

VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
DATE_FORMAT = "dd/MM/yyyy"
MAX_NAMES = 12  # sites named in a meeting's absent and late lines; the table lists them all


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, *, wrap: bool = False) -> W:
    """`widget` with its object name (and, for a label, word wrap)."""
    widget.setObjectName(name)
    if wrap and isinstance(widget, QLabel):
        widget.setWordWrap(True)
    return widget


def local_window(first: date, last: date) -> tuple[datetime, datetime]:
    """[first's local midnight, the local midnight after last) in UTC."""
    start = datetime.combine(first, time(), LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), LOCAL_TZ).astimezone(UTC)
    return start, end


class HistoryTable(QTableView):
    """One tab: the model behind a sorting, searching proxy."""

    def __init__(self, kind: HistoryKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"history_{kind.value}")
        self.source = HistoryModel(kind, self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the log's order until a header is clicked
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().hide()  # a searched tab's rows are not numbered 1, 2, 3 …
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.loaded = False  # the current period and filters were read into it

    @property
    def kind(self) -> HistoryKind:
        return self.source.kind

    def row_at(self, index: QModelIndex) -> HistoryRow:
        return self.source.row(self.proxy.mapToSource(index).row())

    def column_key(self, index: QModelIndex) -> str:
        return self.source.columns[index.column()][0]

    def fit_columns(self) -> None:
        times = {key for key, kind in self.source.columns if kind is ColumnType.TIME}
        widths = {key: 150 for key in times} | {
            "title": 260,
            "cause": 220,
            "fix": 220,
            "detail": 220,
            "topic": 200,
            "site": 200,
            "host_site": 180,
        }
        for c, (key, _kind) in enumerate(self.source.columns):
            self.setColumnWidth(c, widths.get(key, 130))


class HistoryView(QDialog):
    """The history window (one per console). `call` sends a bridge request (done and failed on the GUI thread)."""

    siteRequested = Signal(str)  # a site was opened (its code)

    def __init__(
        self, call: Call, parent: QWidget | None = None, *, now: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.call = call
        self._now = now
        self.sites: dict[str, Site] = {}
        self.setWindowTitle(self.tr("History"))
        self.resize(1280, 800)

        today = now().astimezone(LOCAL_TZ).date()
        self.since_edit = self._date(today - timedelta(days=182), "historySince")
        self.until_edit = self._date(today, "historyUntil")
        self.site_box = self._combo("historySite")
        self.cluster_box = self._combo("historyCluster")
        self.province_box = self._combo("historyProvince")
        self.tier_box = self._combo("historyTier")
        for tier in Tier:
            self.tier_box.addItem(code_text("tier", tier.value), tier.value)
        self.agency_box = self._combo("historyAgency")
        self.kind_box = self._combo("historyKind")
        for kind in IncidentKind:
            self.kind_box.addItem(kind_text(kind), kind.value)
        self.severity_box = self._combo("historySeverity")
        for severity in Severity:
            self.severity_box.addItem(severity_text(severity), severity.value)
        self.search = named(QLineEdit(), "historySearch")
        self.search.setPlaceholderText(self.tr("Search (marks optional: “dien bien” finds “Điện Biên”)"))
        self.search.setClearButtonEnabled(True)
        self.show_button = named(QPushButton(self.tr("Show")), "historyShow")
        self.show_button.setDefault(True)
        self.status = named(QLabel(), "historyStatus")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.since_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.until_edit)
        top.addWidget(self.show_button)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Site"), self.site_box),
            (self.tr("Cluster"), self.cluster_box),
            (self.tr("Province"), self.province_box),
            (self.tr("Tier"), self.tier_box),
            (self.tr("Agency"), self.agency_box),
            (self.tr("Kind"), self.kind_box),
            (self.tr("Severity"), self.severity_box),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 1)

        self.tabs = named(QTabWidget(), "historyTabs")
        self.tables: dict[HistoryKind, HistoryTable] = {}
        titles = {
            HistoryKind.MEETINGS: self.tr("Meetings"),
            HistoryKind.INCIDENTS: self.tr("Incidents"),
            HistoryKind.ATTENDANCE: self.tr("Attendance"),
            HistoryKind.COMMANDS: self.tr("Commands"),
            HistoryKind.FLOOR: self.tr("Floor requests"),
            HistoryKind.AUDIT: self.tr("Audit trail"),
        }
        for tab, title in titles.items():
            table = HistoryTable(tab)
            table.fit_columns()
            table.doubleClicked.connect(lambda index, t=table: self.open_row(t, index))
            self.tables[tab] = table
            self.tabs.addTab(table, title)
        from widgets.history.charts import HistoryCharts

        self.charts = HistoryCharts()
        self.charts_loaded = False
        self.tabs.addTab(self.charts, self.tr("Charts"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.show_button.clicked.connect(self.reload)
        self.search.textChanged.connect(self._search)
        self.tabs.currentChanged.connect(lambda _i: self.load_current())
        for box in (
            self.site_box,
            self.cluster_box,
            self.province_box,
            self.tier_box,
            self.agency_box,
            self.kind_box,
            self.severity_box,
        ):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.details: list[QDialog] = []

    # --- parts ------------------------------------------------------------------------------------------------
    def _date(self, day: date, name: str) -> QDateEdit:
        edit = named(QDateEdit(QDate(day.year, day.month, day.day)), name)
        edit.setLocale(VIETNAMESE)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.calendarWidget().setLocale(VIETNAMESE)
        return edit

    def _combo(self, name: str) -> QComboBox:
        box = named(QComboBox(), name)
        box.addItem(self.tr("(all)"), "")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    # --- reading ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the registry (for the filters), then the open tab."""
        self.call(ListSites(), self.show_sites, self._failed)
        self.reload()

    def show_sites(self, sites: tuple[Site, ...]) -> None:
        self.sites = {s.code: s for s in sites}
        for box, values in (
            (self.cluster_box, sorted({s.cluster for s in sites if s.cluster})),
            (self.province_box, sorted({s.province for s in sites if s.province})),
            (self.agency_box, sorted({s.agency for s in sites if s.agency})),
        ):
            box.blockSignals(True)
            for v in values:
                box.addItem(v, v)
            box.blockSignals(False)
        self.site_box.blockSignals(True)
        for s in sorted(sites, key=lambda s: s.name):
            self.site_box.addItem(f"{s.name} ({s.code})", s.code)
        self.site_box.blockSignals(False)

    def period(self) -> tuple[datetime, datetime]:
        a, b = self.since_edit.date(), self.until_edit.date()
        first, last = date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())
        if last < first:
            first, last = last, first
        return local_window(first, last)

    def filters(self) -> HistoryFilters:
        def value(box: QComboBox) -> str:
            data = box.currentData()
            return data if isinstance(data, str) else ""

        return HistoryFilters(
            site=value(self.site_box),
            cluster=value(self.cluster_box),
            province=value(self.province_box),
            tier=value(self.tier_box),
            agency=value(self.agency_box),
            kind=value(self.kind_box),
            severity=value(self.severity_box),
        )

    def reload(self) -> None:
        """The period or a filter changed: every tab reads again when it is next shown."""
        for table in self.tables.values():
            table.loaded = False
        self.charts_loaded = False
        self.load_current()

    def load_current(self) -> None:
        since, until = self.period()
        widget = self.tabs.currentWidget()
        if widget is self.charts:
            if not self.charts_loaded:
                self.charts_loaded = True
                self.status.setText(self.tr("Reading the log…"))
                self.call(HistoryChartsQuery(since, until, self.filters()), self._show_charts, self._failed)
            return
        if isinstance(widget, HistoryTable) and not widget.loaded:
            widget.loaded = True
            self.status.setText(self.tr("Reading the log…"))
            query = HistoryQuery(widget.kind.value, since, until, self.filters())
            self.call(query, self._show_rows, self._failed)

    def _show_rows(self, rows: HistoryRows) -> None:
        table = self.tables[rows.kind]
        table.source.set_rows(rows.rows)
        if self.search.text():
            table.proxy.set_search(self.search.text())
        self._count()

    def _show_charts(self, series: ChartSeries) -> None:
        self.charts.show_series(series)
        self.status.setText("")

    def _search(self, text: str) -> None:
        for table in self.tables.values():
            table.proxy.set_search(text)
        self._count()

    def _count(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, HistoryTable):
            total = widget.source.total
            shown = widget.proxy.rowCount() if self.search.text() else total
            self.status.setText(
                self.tr("%1 of %2 row(s)").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _failed(self, error: BaseException) -> None:
        self.status.setText("✗ " + self.tr("Cannot read the history: %1").replace("%1", str(error)))

    # --- opening ----------------------------------------------------------------------------------------------
    def open_row(self, table: HistoryTable, index: QModelIndex) -> None:
        """A site's cell opens the site with its history; any other cell of a line of a meeting opens the meeting."""
        row = table.row_at(index)
        key = table.column_key(index)
        if key in ("site", "host_site") and row.site:
            self.open_site(row.site)
        elif row.meeting_id is not None:
            self.open_meeting(row.meeting_id)
        elif row.site:
            self.open_site(row.site)

    def open_meeting(self, meeting_id: int) -> None:
        self.call(MeetingDetailQuery(meeting_id), self._show_meeting, self._failed)

    def _show_meeting(self, detail: MeetingDetail) -> None:
        dialog = MeetingDetailDialog(detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.doubleClickedSite.connect(self.open_site)
        self.details.append(dialog)
        dialog.destroyed.connect(
            lambda _o=None, d=dialog: self.details.remove(d) if d in self.details else None
        )
        dialog.show()

    def open_site(self, code: str) -> None:
        dialog = SiteHistoryDialog(code, self.sites.get(code), self.call, self.period(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meetingRequested.connect(self.open_meeting)
        self.details.append(dialog)
        dialog.destroyed.connect(
            lambda _o=None, d=dialog: self.details.remove(d) if d in self.details else None
        )
        self.siteRequested.emit(code)
        dialog.show()
        dialog.start()


def _site_line(name: str, code: str) -> str:
    return f"{name} ({code})" if name and name != code else code


class MeetingDetailDialog(QDialog):
    """A meeting as `meeting show` gives it: the plan and the real times, the sites attended, absent and late, the
    incidents during it."""

    doubleClickedSite = Signal(str)

    def __init__(self, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self.detail = detail
        self.setWindowTitle(
            self.tr("Meeting %1: %2").replace("%1", str(detail.id)).replace("%2", detail.title)
        )
        form = QFormLayout()

        def when(at: datetime | None) -> str:
            return local_date_time(at) if at is not None else "—"

        form.addRow(self.tr("Title"), QLabel(detail.title))
        form.addRow(
            self.tr("Host"), QLabel(" — ".join(x for x in (detail.host_agency, detail.host_site) if x) or "—")
        )
        form.addRow(self.tr("Planned"), QLabel(f"{when(detail.start)} – {when(detail.end)}"))
        form.addRow(self.tr("Held"), QLabel(f"{when(detail.actual_start)} – {when(detail.actual_end)}"))
        if detail.emergency:
            form.addRow(self.tr("Emergency"), QLabel(self.tr("yes")))

        def names(lines: tuple[Any, ...]) -> str:
            shown = ", ".join(s.name for s in lines[:MAX_NAMES]) or "—"
            more = len(lines) - MAX_NAMES
            return shown + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else "")

        self.attended_label = QLabel(
            self.tr("%1 of %2 site(s)")
            .replace("%1", str(len(detail.attended)))
            .replace("%2", str(len(detail.sites))),
        )
        self.attended_label.setObjectName("meetingAttended")
        self.absent_label = named(QLabel(names(detail.absent)), "meetingAbsent", wrap=True)
        self.late_label = named(QLabel(names(detail.late)), "meetingLate", wrap=True)
        form.addRow(self.tr("Attended"), self.attended_label)
        form.addRow(self.tr("Absent (%1)").replace("%1", str(len(detail.absent))), self.absent_label)
        form.addRow(self.tr("Late (%1)").replace("%1", str(len(detail.late))), self.late_label)

        # every expected site: absent first, then late, then the others
        self.sites = named(QTableWidget(0, 5), "meetingSites")
        self.sites.setHorizontalHeaderLabels(
            [
                self.tr("Site"),
                self.tr("Attended"),
                self.tr("Late"),
                self.tr("Left early"),
                self.tr("Connected"),
            ]
        )
        self.sites.verticalHeader().hide()
        self.sites.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sites.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        yes, no = self.tr("yes"), self.tr("no")
        ordered = sorted(detail.sites, key=lambda x: (x.attended, not x.late, x.name))
        self.sites.setRowCount(len(ordered))
        for r, site in enumerate(ordered):
            cells = (
                _site_line(site.name, site.code),
                yes if site.attended else no,
                yes if site.late else "",
                yes if site.left_early else "",
                duration_text(site.connected_s) if site.connected_s else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, site.code)
                self.sites.setItem(r, c, item)
        self.sites.setColumnWidth(0, 320)
        self.sites.horizontalHeader().setStretchLastSection(True)
        self.sites.itemDoubleClicked.connect(
            lambda item: self.doubleClickedSite.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        self.incidents = HistoryTable(HistoryKind.INCIDENTS)
        self.incidents.setObjectName("meetingIncidents")
        self.incidents.source.set_rows(detail.incidents)
        self.incidents.fit_columns()
        self.incidents.doubleClicked.connect(
            lambda index: self.doubleClickedSite.emit(self.incidents.row_at(index).site)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sites, self.tr("Sites expected (%1)").replace("%1", str(len(detail.sites))))
        self.tabs.addTab(
            self.incidents,
            self.tr("Incidents during the meeting (%1)").replace("%1", str(len(detail.incidents))),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)


class SiteHistoryDialog(QDialog):
    """A site and its history over the view's period: its registry entry, its incidents and its attendance."""

    meetingRequested = Signal(int)

    def __init__(
        self,
        code: str,
        site: Site | None,
        call: Call,
        period: tuple[datetime, datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("siteHistory")
        self.code, self.call, self.period = code, call, period
        name = site.name if site is not None else code
        self.setWindowTitle(self.tr("Site history: %1").replace("%1", _site_line(name, code)))
        form = QFormLayout()
        if site is not None:
            form.addRow(self.tr("Site"), QLabel(_site_line(site.name, site.code)))
            form.addRow(self.tr("Tier"), QLabel(code_text("tier", site.tier.value)))
            form.addRow(self.tr("Agency"), QLabel(site.agency or "—"))
            form.addRow(self.tr("Cluster"), QLabel(site.cluster or "—"))
            form.addRow(self.tr("Province"), QLabel(site.province or "—"))
        else:
            form.addRow(self.tr("Site"), QLabel(self.tr("%1 (not in the registry)").replace("%1", code)))
        self.summary = named(QLabel(), "siteSummary")
        form.addRow(self.tr("In the period"), self.summary)
        self.tabs = QTabWidget()
        self.incidents = HistoryTable(HistoryKind.INCIDENTS)
        self.attendance = HistoryTable(HistoryKind.ATTENDANCE)
        for table, title in (
            (self.incidents, self.tr("Incidents")),
            (self.attendance, self.tr("Attendance")),
        ):
            table.fit_columns()
            table.doubleClicked.connect(lambda index, t=table: self._open(t, index))
            self.tabs.addTab(table, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)

    def start(self) -> None:
        since, until = self.period
        mine = HistoryFilters(site=self.code)
        self.call(HistoryQuery(HistoryKind.INCIDENTS.value, since, until, mine), self._rows, self._failed)
        self.call(HistoryQuery(HistoryKind.ATTENDANCE.value, since, until, mine), self._rows, self._failed)

    def _rows(self, rows: HistoryRows) -> None:
        table = self.incidents if rows.kind is HistoryKind.INCIDENTS else self.attendance
        table.source.set_rows(rows.rows)
        incidents = self.incidents.source.rows_total_seconds(8)
        attended = sum(1 for r in self.attendance.source.all_rows() if r.cells[4])
        self.summary.setText(
            self.tr("%1 incident(s), %2 down; attended %3 of %4 meeting(s)")
            .replace("%1", str(self.incidents.source.total))
            .replace("%2", duration_text(incidents))
            .replace("%3", str(attended))
            .replace("%4", str(self.attendance.source.total))
        )

    def _open(self, table: HistoryTable, index: QModelIndex) -> None:
        row = table.row_at(index)
        if row.meeting_id is not None:
            self.meetingRequested.emit(row.meeting_id)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("✗ " + self.tr("Cannot read the history: %1").replace("%1", str(error)))
