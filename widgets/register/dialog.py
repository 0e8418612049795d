"""Registering a meeting, moving one, cancelling one: the register's rules checked as you type.

Each change to the form asks the session (after a short pause) what the rules say of the draft — the same rules
the command line applies (lead time, rooms, the MCU's ports) — and shows every broken rule with the numbers, the
other meeting's title and the sites by name before OK is pressed. A broken rule disables OK; a supervisor may
force it with a written reason. Nothing here decides: the session checks again when the meeting is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import LOCAL_TZ, Site, Tier, utcnow
from console.domain.register import Announcement, Booking, Recurrence
from console.register import SelectionError, SeriesError, occurrences, select_sites
from console.runtime.bridge import (
    AddBooking,
    BookingCheck,
    BookingDone,
    CancelBooking,
    CheckBooking,
    MeetingDraft,
    MoveBooking,
    Request,
)
from widgets.register.text import announcement_text, problem_text, span_text, violation_text, warning_text
from widgets.theme import ATTENTION, colour_rule

Call = Callable[[Request, Callable[[Any], None] | None, Callable[[BaseException], None] | None], None]
CHECK_DELAY_MS = 250  # a pause in the typing before the rules are asked
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
DATE_FORMAT = "dd/MM/yyyy"


def to_qt(at: datetime) -> QDateTime:
    local = at.astimezone(LOCAL_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qt(value: QDateTime) -> datetime:
    """A date-time edit's wall-clock value, read as Asia/Ho_Chi_Minh time, in UTC."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ).astimezone(UTC)


def _date_time_edit(parent: QWidget, at: datetime, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qt(at), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class RulesView(QLabel):
    """What the rules say of the draft: ✓, or each broken rule and each warning on a line of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerRules")
        self.setWordWrap(True)
        self.setMinimumHeight(48)
        self.check: BookingCheck | None = None
        self.setText(self.tr("Checking the rules…"))

    def show_check(self, check: BookingCheck) -> None:
        self.check = check
        lines: list[str] = []
        if check.problem is not None:
            lines.append("✗ " + problem_text(check.problem))
        lines.extend("✗ " + violation_text(v) for v in check.violations)
        lines.extend("⚠ " + warning_text(w) for w in check.warnings)
        if check.ok:
            count = self.tr("%n meeting(s)", "", check.occurrences) if check.occurrences > 1 else ""
            lines.insert(0, "✓ " + (self.tr("The rules are met.") + (" " + count if count else "")))
        self.setText("\n".join(lines))
        self.setStyleSheet("" if check.ok else colour_rule(ATTENTION))


class ForceBox(QWidget):
    """A supervisor's forcing: a tick and the written reason (hidden from anyone who may not force)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tick = QCheckBox(self.tr("Force it (supervisor)"), self)
        self.tick.setObjectName("registerForce")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("registerForceReason")
        self.reason.setPlaceholderText(self.tr("The written reason, kept with the meeting"))
        self.reason.setEnabled(False)
        self.tick.toggled.connect(self.reason.setEnabled)
        self.tick.toggled.connect(self.changed)
        self.reason.textChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tick)
        row.addWidget(self.reason, 1)

    @property
    def given(self) -> str:
        return self.reason.text().strip() if self.tick.isChecked() else ""


class _Checked(QDialog):
    """A dialog whose OK waits for the rules: asked after each pause in the typing, the last answer counts."""

    def __init__(self, call: Call, may_force: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.call = call
        self.rules = RulesView(self)
        self.force = ForceBox(self)
        self.force.setVisible(may_force)
        self.force.changed.connect(self._update_ok)
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = QPushButton(QCoreApplication.translate("RegisterDialogs", "OK"), self)
        self.ok.setObjectName("registerOk")
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        cancel = QPushButton(QCoreApplication.translate("RegisterDialogs", "Close"), self)
        cancel.setObjectName("registerClose")
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self._asked = 0  # the number of the last check asked; older answers are dropped
        self.check: BookingCheck | None = None

    def changed(self) -> None:
        """The form changed: the old verdict no longer holds, a new one is asked after a pause."""
        self.check = None
        self._asked += 1  # an answer still on its way is about the old form: dropped
        self._update_ok()
        self._timer.start()

    def request(self) -> Request | None:
        raise NotImplementedError

    def _ask(self) -> None:
        request = self.request()
        if request is None:
            return
        self._asked += 1
        asked = self._asked

        def answered(check: BookingCheck) -> None:
            if asked == self._asked:
                self.show_check(check)

        self.call(request, answered, self._failed)

    def show_check(self, check: BookingCheck) -> None:
        self.check = check
        self.rules.show_check(check)
        self._update_ok()

    def reason_ok(self) -> bool:
        return True

    def forcing(self) -> bool:
        """Whether OK may be pressed against the rules: a supervisor ticked force and wrote why."""
        return self.force.isVisible() and bool(self.force.given)

    def _update_ok(self) -> None:
        check = self.check
        allowed = (
            check is not None and check.problem is None and (check.ok or self.forcing()) and self.reason_ok()
        )
        self.ok.setEnabled(allowed)
        self.force.setEnabled(check is None or bool(check.violations) or self.force.tick.isChecked())

    def _submit(self) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        refused = QCoreApplication.translate("RegisterDialogs", "The session refused: %1")
        self.status.setText("✗ " + refused.replace("%1", str(error)))
        self.status.setStyleSheet(colour_rule(ATTENTION))

    def _done(self, done: BookingDone) -> None:
        if done.ids:
            self.done_ids = done.ids
            self.accept()
        else:
            self.show_check(done.check)
            self.status.setText(
                "✗ " + QCoreApplication.translate("RegisterDialogs", "Not stored: the rules refuse it.")
            )


class RegisterDialog(_Checked):
    """A new meeting, or a weekly or monthly series."""

    registered = Signal(object)  # tuple[int, ...]: the new meetings' ids

    def __init__(
        self,
        call: Call,
        sites: Sequence[Site],
        *,
        may_force: bool,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(call, may_force, parent)
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Register a meeting"))
        self.ok.setText(self.tr("Register"))
        self.sites = list(sites)
        self.names = {s.code: s.name for s in self.sites}
        self.done_ids: tuple[int, ...] = ()
        now = clock()
        first = datetime.combine(now.astimezone(LOCAL_TZ).date() + timedelta(days=3), time(8), LOCAL_TZ)

        self.title = QLineEdit(self)
        self.title.setObjectName("registerTitle")
        self.host_agency = QLineEdit(self)
        self.host_agency.setObjectName("registerHostAgency")
        self.host_agency.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh"))
        self.host_site = QComboBox(self)
        self.host_site.setObjectName("registerHostSite")
        self.host_site.addItem(self.tr("— choose —"), "")
        for s in self.sites:
            self.host_site.addItem(s.name, s.code)
        self.host_site.currentIndexChanged.connect(self._host_chosen)
        self.start = _date_time_edit(self, first, "registerStart")
        self.end = _date_time_edit(self, first + timedelta(hours=2), "registerEnd")
        self.conference = QLineEdit(self)
        self.conference.setObjectName("registerConference")
        self.conference.setPlaceholderText(self.tr("the MCU conference alias, e.g. giaoban"))

        self.emergency_box = QCheckBox(self.tr("Emergency meeting"), self)
        self.emergency_box.setObjectName("registerEmergency")
        self.announced = QComboBox(self)
        self.announced.setObjectName("registerAnnounced")
        for how in Announcement:
            self.announced.addItem(self.tr("announced %1").replace("%1", announcement_text(how)), how.value)
        self.announced.setEnabled(False)
        self.emergency_box.toggled.connect(self.announced.setEnabled)
        emergency_row = QHBoxLayout()
        emergency_row.addWidget(self.emergency_box)
        emergency_row.addWidget(self.announced, 1)

        self.every = QComboBox(self)
        self.every.setObjectName("registerEvery")
        self.every.addItem(self.tr("Once"), "")
        self.every.addItem(self.tr("Every week"), Recurrence.WEEKLY.value)
        self.every.addItem(self.tr("Every month"), Recurrence.MONTHLY.value)
        self.until = QDateEdit(QDate(first.year, first.month, first.day).addMonths(3), self)
        self.until.setObjectName("registerUntil")
        self.until.setDisplayFormat(DATE_FORMAT)
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.every.currentIndexChanged.connect(
            lambda _i: self.until.setEnabled(bool(self.every.currentData()))
        )
        series_row = QHBoxLayout()
        series_row.addWidget(self.every)
        series_row.addWidget(QLabel(self.tr("until"), self))
        series_row.addWidget(self.until, 1)
        # the series' days, each ticked while it is held: an unticked day is an exception (`meeting add --except`)
        self.exceptions = QListWidget(self)
        self.exceptions.setObjectName("registerExceptions")
        self.exceptions.setToolTip(self.tr("Untick a day the series skips (a holiday): no meeting that day."))
        self.exceptions.setMaximumHeight(110)
        self.exceptions.setVisible(False)
        self._skipped: set[date] = set()
        self.exceptions.itemChanged.connect(self._day_ticked)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Host agency"), self.host_agency)
        form.addRow(self.tr("Host site"), self.host_site)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Conference"), self.conference)
        form.addRow("", emergency_row)
        form.addRow(self.tr("Repeat"), series_row)
        self.exceptions_label = QLabel(self.tr("Held on"), self)
        self.exceptions_label.setVisible(False)
        form.addRow(self.exceptions_label, self.exceptions)
        form.addRow(self.tr("Expected sites"), self._site_picker())

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        rules_title = QLabel(self.tr("The register's rules"), self)
        rules_title.setStyleSheet("font-weight: bold")
        layout.addWidget(rules_title)
        layout.addWidget(self.rules)
        layout.addWidget(self.force)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 700)

        for signal in (
            self.title.textChanged,
            self.host_agency.textChanged,
            self.host_site.currentIndexChanged,
            self.start.dateTimeChanged,
            self.end.dateTimeChanged,
            self.emergency_box.toggled,
            self.announced.currentIndexChanged,
            self.every.currentIndexChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.changed)
        self.start.dateTimeChanged.connect(self._keep_length)
        for signal in (self.start.dateTimeChanged, self.every.currentIndexChanged, self.until.dateChanged):
            signal.connect(self._fill_days)
        self._length = timedelta(hours=2)
        self.changed()

    # --- a series' exceptions -------------------------------------------------------------------------------
    def series_days(self) -> list[date]:
        """The local days of the series as drafted (none for a single meeting, or a series that cannot be)."""
        every = str(self.every.currentData() or "")
        if not every:
            return []
        start = from_qt(self.start.dateTime())
        u = self.until.date()
        try:
            times = occurrences(
                start, start + self._length, Recurrence(every), date(u.year(), u.month(), u.day())
            )
        except SeriesError:
            return []
        return [s.astimezone(LOCAL_TZ).date() for s, _e in times]

    def _fill_days(self) -> None:
        days = self.series_days()
        self.exceptions.blockSignals(True)
        self.exceptions.clear()
        for day in days:
            item = QListWidgetItem(day.strftime("%d/%m/%Y"), self.exceptions)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            skipped = day in self._skipped
            item.setCheckState(Qt.CheckState.Unchecked if skipped else Qt.CheckState.Checked)
        self.exceptions.blockSignals(False)
        self.exceptions.setVisible(bool(days))
        self.exceptions_label.setVisible(bool(days))

    def _day_ticked(self, item: QListWidgetItem) -> None:
        day = date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        if item.checkState() == Qt.CheckState.Checked:
            self._skipped.discard(day)
        else:
            self._skipped.add(day)
        self.changed()

    def skipped_days(self) -> tuple[date, ...]:
        """The exceptions: the series' days unticked."""
        return tuple(sorted(d for d in self._skipped if d in set(self.series_days())))

    # --- the expected sites ---------------------------------------------------------------------------------
    def _site_picker(self) -> QWidget:
        box = QWidget(self)
        self.pick_kind = QComboBox(box)
        self.pick_kind.setObjectName("registerPickKind")
        for label, kind in (
            (self.tr("One site"), ""),
            (self.tr("By tier"), "tier"),
            (self.tr("By cluster"), "cluster"),
            (self.tr("By province"), "province"),
        ):
            self.pick_kind.addItem(label, kind)
        self.pick_value = QComboBox(box)
        self.pick_value.setObjectName("registerPickValue")
        self.pick_value.setEditable(True)
        self.pick_value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pick_kind.currentIndexChanged.connect(self._fill_values)
        add = QPushButton(self.tr("Add"), box)
        add.setObjectName("registerPickAdd")
        add.clicked.connect(self.add_picked)
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self._remove_selected)
        clear = QPushButton(self.tr("Clear"), box)
        clear.clicked.connect(self._clear_sites)
        self.chosen = QListWidget(box)
        self.chosen.setObjectName("registerSites")
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setMinimumHeight(90)
        self.count = QLabel(box)
        row = QHBoxLayout()
        row.addWidget(self.pick_kind)
        row.addWidget(self.pick_value, 1)
        row.addWidget(add)
        tools = QHBoxLayout()
        tools.addWidget(self.count, 1)
        tools.addWidget(remove)
        tools.addWidget(clear)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.chosen)
        column.addLayout(tools)
        self._fill_values()
        self._count()
        return box

    def _fill_values(self, _index: int = 0) -> None:
        kind = self.pick_kind.currentData()
        self.pick_value.clear()
        if kind == "tier":
            labels = {
                Tier.CENTRAL: self.tr("central"),
                Tier.PROVINCE: self.tr("province"),
                Tier.DISTRICT: self.tr("district"),
                Tier.COMMUNE: self.tr("commune"),
            }
            for tier in Tier:
                self.pick_value.addItem(labels[tier], f"tier:{tier.value}")
            return
        if kind == "cluster":
            heads = [s for s in self.sites if s.tier is Tier.DISTRICT]
        elif kind == "province":
            heads = [s for s in self.sites if s.tier in (Tier.PROVINCE, Tier.CENTRAL) or s.parent is None]
        else:
            heads = self.sites
        for s in heads:
            self.pick_value.addItem(s.name, f"{kind}:{s.code}" if kind else s.code)

    def add_picked(self) -> None:
        term = self.pick_value.currentData()
        if term is None:
            return
        self.add_terms([str(term)])

    def add_terms(self, terms: Sequence[str]) -> None:
        """Add the sites `terms` name (codes, tier:…, cluster:…, province:…), each once."""
        try:
            codes = select_sites(terms, self.sites)
        except SelectionError:
            return
        have = set(self.site_codes())
        for code in codes:
            if code not in have:
                item = QListWidgetItem(self.names.get(code, code))
                item.setData(0x0100, code)
                self.chosen.addItem(item)
        self._count()
        self.changed()

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._count()
        self.changed()

    def _clear_sites(self) -> None:
        self.chosen.clear()
        self._count()
        self.changed()

    def _count(self) -> None:
        self.count.setText(self.tr("%n site(s) expected", "", self.chosen.count()))

    def site_codes(self) -> list[str]:
        return [str(self.chosen.item(i).data(0x0100)) for i in range(self.chosen.count())]

    # --- the draft ------------------------------------------------------------------------------------------
    def _host_chosen(self, _index: int) -> None:
        code = self.host_site.currentData()
        site = next((s for s in self.sites if s.code == code), None)
        if site is not None and not self.host_agency.text().strip():
            self.host_agency.setText(site.agency)

    def _keep_length(self, _value: QDateTime) -> None:
        """Moving the start moves the end with it (the meeting keeps its length)."""
        self.end.blockSignals(True)
        self.end.setDateTime(to_qt(from_qt(self.start.dateTime()) + self._length))
        self.end.blockSignals(False)

    def draft(self) -> MeetingDraft:
        start, end = from_qt(self.start.dateTime()), from_qt(self.end.dateTime())
        if end > start:
            self._length = end - start
        every = str(self.every.currentData() or "")
        until_value = self.until.date()
        until = date(until_value.year(), until_value.month(), until_value.day()) if every else None
        return MeetingDraft(
            title=self.title.text().strip(),
            host_agency=self.host_agency.text().strip(),
            host_site=str(self.host_site.currentData() or ""),
            start=start,
            end=end,
            sites=tuple(self.site_codes()),
            conference=self.conference.text().strip(),
            emergency=self.emergency_box.isChecked(),
            announced_by=str(self.announced.currentData() or "") if self.emergency_box.isChecked() else "",
            every=every,
            until=until,
            exceptions=self.skipped_days() if every else (),
        )

    def request(self) -> Request:
        return CheckBooking(self.draft())

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self.ok.setEnabled(False)
        force = self.force.given if self.check is not None and self.check.violations else ""
        self.call(AddBooking(self.draft(), force), self._done, self._failed)

    def accept(self) -> None:
        self.registered.emit(self.done_ids)
        super().accept()


class MoveDialog(_Checked):
    """A registered meeting's new time, with the reason (told to every site)."""

    def __init__(
        self, call: Call, booking: Booking, *, may_force: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(call, may_force, parent)
        assert booking.id is not None and booking.end is not None
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move the meeting"))
        self.ok.setText(self.tr("Move"))
        self.booking = booking
        self.done_ids: tuple[int, ...] = ()
        self.start = _date_time_edit(self, booking.start, "moveStart")
        self.end = _date_time_edit(self, booking.end, "moveEnd")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("moveReason")
        self.reason.setPlaceholderText(self.tr("Why the time changes (told to every site)"))
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), QLabel(f"{booking.title} — {span_text(booking.start, booking.end)}"))
        form.addRow(self.tr("New start"), self.start)
        form.addRow(self.tr("New end"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.force)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self._length = booking.end - booking.start
        self.start.dateTimeChanged.connect(self._keep_length)
        for signal in (self.start.dateTimeChanged, self.end.dateTimeChanged):
            signal.connect(self.changed)
        self.reason.textChanged.connect(self._update_ok)
        self.changed()

    def reason_ok(self) -> bool:
        return bool(self.reason.text().strip())

    def _keep_length(self, _value: QDateTime) -> None:
        """Moving the start moves the end with it (the meeting keeps its length)."""
        self.end.blockSignals(True)
        self.end.setDateTime(to_qt(from_qt(self.start.dateTime()) + self._length))
        self.end.blockSignals(False)

    def _times(self) -> tuple[datetime, datetime]:
        start, end = from_qt(self.start.dateTime()), from_qt(self.end.dateTime())
        if end > start:
            self._length = end - start
        return start, end

    def request(self) -> Request:
        start, end = self._times()
        b = self.booking
        draft = MeetingDraft(b.title, b.host_agency, b.host_site or "", start, end, b.sites, b.conference)
        return CheckBooking(draft, b.id)

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        assert self.booking.id is not None
        start, end = self._times()
        force = self.force.given if self.check is not None and self.check.violations else ""
        self.call(
            MoveBooking(self.booking.id, start, end, self.reason.text().strip(), force),
            self._done,
            self._failed,
        )


class CancelDialog(QDialog):
    """Cancel a registered meeting with the reason (told to every site)."""

    def __init__(self, call: Call, booking: Booking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert booking.id is not None
        self.setObjectName("cancelDialog")
        self.setWindowTitle(self.tr("Cancel the meeting"))
        self.call = call
        self.booking = booking
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (told to every site)"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.ok = QPushButton(self.tr("Cancel the meeting"), self)
        self.ok.setObjectName("cancelOk")
        self.ok.setEnabled(False)
        keep = QPushButton(self.tr("Keep it"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), QLabel(f"{booking.title} — {span_text(booking.start, booking.end)}"))
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 160)

    def _submit(self) -> None:
        assert self.booking.id is not None
        self.ok.setEnabled(False)

        def done(result: BookingDone) -> None:
            if result.ids:
                self.accept()
            elif result.check.problem is not None:
                self.status.setText("✗ " + problem_text(result.check.problem))

        def failed(error: BaseException) -> None:
            self.status.setText("✗ " + self.tr("The session refused: %1").replace("%1", str(error)))

        self.call(CancelBooking(self.booking.id, self.reason.text().strip()), done, failed)
