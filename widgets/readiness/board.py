"""The readiness board (a dock, opened from the Meeting menu).

    board = ReadinessBoard(bridge.call, clock=utcnow)
    board.refresh()            # asks the session for `BoardRequest(now)`; a timer asks again every few seconds

Sites × checks, the sites not ready first; the countdown to T−30 and to the opening; each failing site's
technician and telecom contact in their own columns (a click copies the phone number); a test run opened or
closed and a check passed by hand with a note, through the bridge (the session checks the rights and audits).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import LOCAL_TZ
from console.domain.readiness import Check, ItemState
from console.readiness.model import SiteCheck
from console.runtime.bridge import (
    BoardData,
    BoardRequest,
    BoardSite,
    Contact,
    EstimateStart,
    ManualPass,
    TestRunRequest,
)
from widgets.text import local_date_time, local_minutes
from widgets.theme import GREEN, RED

Call = Callable[..., None]  # Bridge.call(request, on_done, on_error)
REFRESH_MS = 5000
FIRST_CHECK_COLUMN = 4  # after the site, its readiness, its technician and its telecom contact
TECHNICIAN_COLUMN, TELECOM_COLUMN = 2, 3
GOOD, BAD = GREEN, RED  # the theme's health colours


def seconds_text(seconds: float) -> str:
    """A number of seconds the Vietnamese way: "30", "12,5"."""
    return f"{seconds:.0f}" if float(seconds).is_integer() else f"{seconds:.1f}".replace(".", ",")


def check_name(check: Check, link_sustain_s: float = 30.0) -> str:
    """A check's column header; the link's states how long it must stay green (`link_sustain_s`)."""
    return {
        Check.CONNECTED: QCoreApplication.translate("Readiness", "Connected"),
        Check.SOUND: QCoreApplication.translate("Readiness", "Sound"),
        Check.PICTURE: QCoreApplication.translate("Readiness", "Picture"),
        Check.LINK: QCoreApplication.translate("Readiness", "Link %1 s").replace(
            "%1", seconds_text(link_sustain_s)
        ),
        Check.CAMERA: QCoreApplication.translate("Readiness", "Camera"),
    }[check]


def item_name(item: str) -> str:
    return {
        "notify_provider": QCoreApplication.translate("Readiness", "Telecom provider told"),
        "notify_power": QCoreApplication.translate("Readiness", "Power company told"),
        "first_test_run": QCoreApplication.translate("Readiness", "First test run"),
        "second_test_run": QCoreApplication.translate("Readiness", "Second test run"),
        "all_checks": QCoreApplication.translate("Readiness", "All checks done"),
    }.get(item, item)


def state_name(state: ItemState) -> str:
    return {
        ItemState.DUE: QCoreApplication.translate("Readiness", "due"),
        ItemState.DONE: QCoreApplication.translate("Readiness", "done"),
        ItemState.LATE: QCoreApplication.translate("Readiness", "late"),
        ItemState.FAILED: QCoreApplication.translate("Readiness", "failed"),
    }[state]


def _words() -> dict[str, str]:
    return {
        "never joined": QCoreApplication.translate("Readiness", "never joined"),
        "not connected": QCoreApplication.translate("Readiness", "not connected"),
        "disconnected": QCoreApplication.translate("Readiness", "disconnected"),
        "connected": QCoreApplication.translate("Readiness", "connected"),
        "preset not recalled yet": QCoreApplication.translate("Readiness", "preset not recalled yet"),
        "speaking": QCoreApplication.translate("Readiness", "speaking"),
        "audio": QCoreApplication.translate("Readiness", "audio"),
        "video": QCoreApplication.translate("Readiness", "video"),
        "loss": QCoreApplication.translate("Readiness", "loss"),
        "jitter": QCoreApplication.translate("Readiness", "jitter"),
        "green": QCoreApplication.translate("Readiness", "green"),
        "of": QCoreApplication.translate("Readiness", "of"),
    }


def measured(value: str) -> str:
    """A measured value as the core wrote it ("loss 8.0 %, jitter 12.0 ms"), its words in the UI's language."""
    words = _words()
    if value in words:
        return words[value]
    value = re.sub(r"(\d)\.(\d)", r"\1,\2", value)  # the Vietnamese decimal comma
    return re.sub(r"[a-z]+", lambda m: words.get(m.group(0), m.group(0)), value)


def countdown(delta: timedelta) -> str:
    """ "12:05": minutes and seconds (hours when more) of a span, whichever way it points."""
    h, rest = divmod(abs(int(delta.total_seconds())), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def countdowns(data: BoardData, now: datetime) -> str:
    """How long to T−30 and to the opening, or how long since each has passed."""
    t30, opening = data.checks_due - now, data.start - now
    if t30 >= timedelta(0):
        first = QCoreApplication.translate("Readiness", "T−30 in %1")
    else:
        first = QCoreApplication.translate("Readiness", "T−30 passed %1 ago")
    if opening >= timedelta(0):
        second = QCoreApplication.translate("Readiness", "opening in %1")
    else:
        second = QCoreApplication.translate("Readiness", "opened %1 ago")
    return first.replace("%1", countdown(t30)) + "   ·   " + second.replace("%1", countdown(opening))


def header_line(data: BoardData, now: datetime) -> str:
    """The wall header's line in the last hour before a meeting: its title, who is ready, the countdowns."""
    return (
        QCoreApplication.translate("Readiness", "%1 at %2: %3 of %4 sites ready — %5")
        .replace("%1", data.title)
        .replace("%2", local_minutes(data.start))
        .replace("%3", str(data.ready))
        .replace("%4", str(len(data.sites)))
        .replace("%5", countdowns(data, now))
    )


HEADER_HOURS = 1.0  # the wall's header shows the readiness line this long before a meeting


class ReadinessBoard(QWidget):
    copied = Signal(str)  # the text put on the clipboard
    headerLine = Signal(str)  # the wall header's line ("" outside the last hour before a meeting)

    def __init__(self, call: Call, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessBoard")
        self.call = call
        self.clock = clock
        self.data: BoardData | None = None
        self.checks: list[Check] = []

        self.title = QLabel(self)
        self.title.setObjectName("readinessTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 15px")
        self.countdowns = QLabel(self)
        self.countdowns.setObjectName("readinessCountdown")
        self.countdowns.setStyleSheet("font-size: 15px")
        self.estimated = QLabel(self)
        self.estimated.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("readinessStatus")

        self.run_button = QPushButton(self.tr("Start test run"), self)
        self.run_button.clicked.connect(self._toggle_run)
        self.pass_button = QPushButton(self.tr("Pass by hand…"), self)
        self.pass_button.setToolTip(
            self.tr("Mark the selected failing check passed, with a note (technician)")
        )
        self.pass_button.clicked.connect(self._manual_pass)
        self.estimate_button = QPushButton(self.tr("Estimated start…"), self)
        self.estimate_button.clicked.connect(self._estimate)

        self.table = QTableWidget(self)
        self.table.setObjectName("readinessTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.cellClicked.connect(self._clicked)
        self.table.setMinimumHeight(120)
        self.checklist = QLabel(self)
        self.checklist.setObjectName("readinessChecklist")
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.run_state = QLabel(self)
        self.run_state.setObjectName("readinessRunState")
        buttons = QHBoxLayout()
        for b in (self.run_button, self.pass_button, self.estimate_button):
            buttons.addWidget(b)
        buttons.addWidget(self.run_state)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.countdowns)
        layout.addWidget(self.estimated)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.checklist)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.show_data(None)

    # --- the session's answers ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.call(BoardRequest(self.clock()), self.show_data, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText("✗ " + str(error))

    def show_data(self, data: BoardData | None) -> None:
        self.data = data
        soon = data is not None and timedelta(0) <= data.start - data.at <= timedelta(hours=HEADER_HOURS)
        self.headerLine.emit(header_line(data, data.at) if soon and data is not None else "")
        has = data is not None
        for b in (self.run_button, self.pass_button, self.estimate_button):
            b.setEnabled(has)
        if data is None:
            self.title.setText(self.tr("No registered meeting in the next 24 hours"))
            self.countdowns.clear()
            self.estimated.clear()
            self.run_state.clear()
            self.checklist.clear()
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        now = data.at
        self.title.setText(
            self.tr("%1 — opens %2; %3 of %4 sites ready")
            .replace("%1", data.title)
            .replace("%2", local_date_time(data.start))
            .replace("%3", str(data.ready))
            .replace("%4", str(len(data.sites)))
        )
        t30 = data.checks_due - now
        colour = BAD if t30.total_seconds() < 0 and data.ready < len(data.sites) else GOOD
        line = countdowns(data, now)
        self.countdowns.setText(line[:1].upper() + line[1:])
        self.countdowns.setStyleSheet(f"font-size: 15px; color: {colour.name()}")
        est = data.estimated
        self.estimated.setText(
            ""
            if est is None
            else self.tr("Estimated real start %1: %2 (%3)")
            .replace("%1", local_minutes(est.start))
            .replace("%2", est.reason)
            .replace("%3", est.by)
        )
        self.run_button.setText(
            self.tr("Stop test run") if data.open_run is not None else self.tr("Start test run")
        )
        opened = data.run_opened
        if opened is None:
            self.run_state.clear()
        else:
            since, by, scheduled = opened
            self.run_state.setText(
                (
                    self.tr("Scheduled test run open since %1 (opened automatically by %2)")
                    if scheduled
                    else self.tr("Test run open since %1 (opened by %2)")
                )
                .replace("%1", local_minutes(since))
                .replace("%2", by)
            )
        self._fill(data)
        lines = []
        for e in data.checklist:
            mark = (
                "✓"
                if e.state is ItemState.DONE
                else "✗"
                if e.state in (ItemState.LATE, ItemState.FAILED)
                else "·"
            )
            due = self.tr("due %1").replace("%1", local_date_time(e.due))
            lines.append(f"{mark} {item_name(e.item.value)} — {state_name(e.state)} ({due})")
        self.checklist.setText("\n".join(lines))

    def _fill(self, data: BoardData) -> None:
        checks = [c for c in Check if any(c in [x.check for x in s.readiness.checks] for s in data.sites)]
        self.checks = checks
        headers = [
            self.tr("Site"),
            self.tr("Ready"),
            self.tr("Party committee technician")
            if data.side == "party"
            else self.tr("People's Committee technician"),
            self.tr("Telecom"),
            *(check_name(c, data.link_sustain_s) for c in checks),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(data.sites))
        for row, site in enumerate(data.sites):
            r = site.readiness
            self._put(row, 0, f"{r.name}\n{r.code}")
            ready = self._put(row, 1, "✓" if r.ready else "✗")
            ready.setForeground(QBrush(GOOD if r.ready else BAD))
            by_check = {c.check: c for c in r.checks}
            for i, check in enumerate(checks):
                found = by_check.get(check)
                if found is None:
                    self._put(row, FIRST_CHECK_COLUMN + i, "—")
                    continue
                self._check_cell(row, FIRST_CHECK_COLUMN + i, found)
            self._contact_cell(row, TECHNICIAN_COLUMN, site, "technician")
            self._contact_cell(row, TELECOM_COLUMN, site, "provider")
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _put(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.table.setItem(row, column, item)
        return item

    def _check_cell(self, row: int, column: int, c: SiteCheck) -> None:
        if c.value is None:
            text = "✗ " + self.tr("not checked")
        else:
            shown = c.value if c.manual else measured(c.value)  # a note is shown as the technician wrote it
            text = ("✓ " if c.passed else "✗ ") + shown + (" ✍" if c.manual else "")
        item = self._put(row, column, text)
        item.setForeground(QBrush(GOOD if c.passed else BAD))
        tip = []
        if c.at is not None:
            tip.append(self.tr("at %1").replace("%1", local_date_time(c.at, seconds=True)))
        if c.manual:
            tip.append(self.tr("passed by hand by %1").replace("%1", c.by))
        item.setToolTip("\n".join(tip))
        item.setData(Qt.ItemDataRole.UserRole, c.check.value)

    def _contact_cell(self, row: int, column: int, site: BoardSite, role: str) -> None:
        found = [c for c in site.contacts if c.role == role]
        if not found:
            item = self._put(row, column, "" if site.readiness.ready else "—")
            if not site.readiness.ready:
                item.setToolTip(self.tr("No contact in the site registry"))
            return
        c: Contact = found[0]  # the first on duty
        who = c.name or c.organisation
        item = self._put(row, column, f"☎ {who}\n{c.phone}")
        unit = f"{c.name} — {c.organisation}" if c.name and c.organisation else who
        tip = [unit, self.tr("Click to copy %1").replace("%1", c.phone)]
        tip += [f"{o.name or o.organisation}: {o.phone}" for o in found[1:]]  # others on duty there
        item.setToolTip("\n".join(tip))
        item.setData(Qt.ItemDataRole.UserRole + 1, c.phone)

    # --- actions ----------------------------------------------------------------------------------------
    def _clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        phone = None if item is None else item.data(Qt.ItemDataRole.UserRole + 1)
        if phone:
            QGuiApplication.clipboard().setText(str(phone))
            self.status.setText(self.tr("Copied %1").replace("%1", str(phone)))
            self.copied.emit(str(phone))

    def selected_check(self) -> tuple[str, Check] | None:
        data = self.data
        if data is None:
            return None
        row, column = self.table.currentRow(), self.table.currentColumn()
        index = column - FIRST_CHECK_COLUMN
        if not (0 <= row < len(data.sites)) or not (0 <= index < len(self.checks)):
            return None
        return data.sites[row].readiness.code, self.checks[index]

    def pass_by_hand(self, site: str, check: Check, note: str) -> None:
        assert self.data is not None
        self.call(
            ManualPass(self.data.meeting_id, site, check, note), lambda _r: self.refresh(), self._failed
        )

    def _manual_pass(self) -> None:
        chosen = self.selected_check()
        if chosen is None:
            self.status.setText(self.tr("Choose a site's check in the table first"))
            return
        site, check = chosen
        note, ok = QInputDialog.getText(
            self,
            self.tr("Pass by hand"),
            self.tr("Why does %1 pass at %2? (e.g. sound confirmed by phone)")
            .replace("%1", check_name(check, self.data.link_sustain_s if self.data else 30.0))
            .replace("%2", site),
        )
        if ok and note.strip():
            self.pass_by_hand(site, check, note.strip())

    def _toggle_run(self) -> None:
        data = self.data
        if data is not None:
            request = TestRunRequest(data.meeting_id, start=data.open_run is None)
            self.call(request, lambda _r: self.refresh(), self._failed)

    def _estimate(self) -> None:
        data = self.data
        if data is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Estimated real start"))
        when = QDateTimeEdit(dialog)
        when.setDisplayFormat("dd/MM/yyyy HH:mm")
        local = data.start.astimezone(LOCAL_TZ) + timedelta(minutes=15)
        when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        reason = QLineEdit(dialog)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Start"), when)
        form.addRow(self.tr("Reason"), reason)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        if dialog.exec() == QDialog.DialogCode.Accepted and reason.text().strip():
            start = when.dateTime().toPython()
            assert isinstance(start, datetime)
            request = EstimateStart(data.meeting_id, start.replace(tzinfo=LOCAL_TZ), reason.text().strip())
            self.call(request, lambda _r: self.refresh(), self._failed)


def attach_board(
    window: QMainWindow, menu: QMenu, call: Call, clock: Callable[[], datetime], notice: Callable[[str], None]
) -> ReadinessBoard:
    """The board in a dock of `window` (hidden until asked for), its toggle in `menu` (Ctrl+Shift+T), its
    header line sent to `notice` (the wall's header) in the last hour before a meeting."""
    dock = QDockWidget(QCoreApplication.translate("Readiness", "Readiness"), window)
    dock.setObjectName("readinessDock")
    board = ReadinessBoard(call, clock, dock)
    dock.setWidget(board)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.setText(QCoreApplication.translate("Readiness", "&Readiness board"))
    action.setObjectName("readinessAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    menu.addAction(action)
    board.headerLine.connect(notice)
    board.refresh()
    return board
