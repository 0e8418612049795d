"""The calendar dock: the register's meetings by day or by week, today's first.

Each meeting shows its time (Asia/Ho_Chi_Minh), title, host, state and an emergency mark; a forced booking says
so in its tooltip with the supervisor's reason. Move and cancel act on the selected meeting (the signed-in
person's rights decide whether they are offered). The panel only shows: the bookings come from the register
desk (`widgets.register.desk`) through the bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import LOCAL_TZ, utcnow
from console.domain.register import Booking, MeetingState
from widgets.register.text import EMERGENCY_MARK, announcement_text, day_text, hm, host_text, state_text
from widgets.theme import DIM_TEXT

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 4  # time, meeting and host, state, marks
FORCED_MARK = "⚑"


def weekday_text(d: date) -> str:
    return [
        QCoreApplication.translate("RegisterCalendar", "Monday"),
        QCoreApplication.translate("RegisterCalendar", "Tuesday"),
        QCoreApplication.translate("RegisterCalendar", "Wednesday"),
        QCoreApplication.translate("RegisterCalendar", "Thursday"),
        QCoreApplication.translate("RegisterCalendar", "Friday"),
        QCoreApplication.translate("RegisterCalendar", "Saturday"),
        QCoreApplication.translate("RegisterCalendar", "Sunday"),
    ][d.weekday()]


def local_midnight(d: date) -> datetime:
    return datetime.combine(d, time(0), LOCAL_TZ).astimezone(UTC)


class CalendarPanel(QWidget):
    """Day and week views of the register."""

    rangeChanged = Signal()  # the days shown changed: ask for their bookings
    newRequested = Signal()
    moveRequested = Signal(int)  # a meeting's id
    cancelRequested = Signal(int)

    def __init__(self, clock: Callable[[], datetime] = utcnow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPanel")
        self.clock = clock
        self.anchor: date = clock().astimezone(LOCAL_TZ).date()
        self.week = True
        self.names: dict[str, str] = {}
        self.bookings: tuple[Booking, ...] = ()

        self.day_button = self._mode(self.tr("Day"), "calendarDay")
        self.week_button = self._mode(self.tr("Week"), "calendarWeek")
        self.week_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.day_button)
        modes.addButton(self.week_button)
        self.day_button.toggled.connect(lambda on: self.set_week(not on))
        back = self._button("◀", self.tr("Earlier"), lambda: self.step(-1))
        forward = self._button("▶", self.tr("Later"), lambda: self.step(1))
        today = QToolButton(self)
        today.setText(self.tr("Today"))
        today.clicked.connect(self.go_today)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("calendarRange")
        self.range_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # never widens

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("calendarTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Meeting and host"), self.tr("State"), ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(
            Qt.TextElideMode.ElideRight
        )  # title and host: a line each, whole in the tooltip
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: None)

        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.new_button.setObjectName("calendarNew")
        self.new_button.clicked.connect(self.newRequested)
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.move_button.setObjectName("calendarMove")
        self.move_button.clicked.connect(lambda: self._act(self.moveRequested))
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"), self)
        self.cancel_button.setObjectName("calendarCancel")
        self.cancel_button.clicked.connect(lambda: self._act(self.cancelRequested))
        self.may_book = self.may_move = self.may_cancel = False

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.day_button, self.week_button, back, today, forward):
            bar.addWidget(w)
        bar.addWidget(self.range_label, 1)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_button, self.move_button, self.cancel_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        self.set_rights(False, False, False)
        self._show_range()

    def _mode(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setCheckable(True)
        return button

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- the days shown -------------------------------------------------------------------------------------
    def days(self) -> list[date]:
        """The days shown, in order (Monday to Sunday in the week view)."""
        if not self.week:
            return [self.anchor]
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        return [monday + timedelta(days=i) for i in range(7)]

    def bounds(self) -> tuple[datetime, datetime]:
        """The UTC times the view covers (a meeting starting in them is shown)."""
        days = self.days()
        return local_midnight(days[0]), local_midnight(days[-1] + timedelta(days=1))

    def set_week(self, week: bool) -> None:
        if week == self.week:
            return
        self.week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self._show_range()
        self.rangeChanged.emit()

    def step(self, direction: int) -> None:
        self.anchor += timedelta(days=direction * (7 if self.week else 1))
        self._show_range()
        self.rangeChanged.emit()

    def go_today(self) -> None:
        self.go_to(self.clock().astimezone(LOCAL_TZ).date())

    def go_to(self, day: date) -> None:
        """Show the day (or its week)."""
        self.anchor = day
        self._show_range()
        self.rangeChanged.emit()

    def _show_range(self) -> None:
        days = self.days()
        first, last = local_midnight(days[0]), local_midnight(days[-1])
        text = day_text(first)
        if len(days) > 1:  # 07/12 – 13/12/2026 (the year once when both days share it)
            head = text[:5] if days[0].year == days[-1].year else text
            text = f"{head} – {day_text(last)}"
        self.range_label.setText(text)
        self.range_label.setToolTip(text)
        self._fill()

    # --- the meetings ---------------------------------------------------------------------------------------
    def set_bookings(self, bookings: Sequence[Booking], names: dict[str, str] | None = None) -> None:
        if names is not None:
            self.names = names
        self.bookings = tuple(bookings)
        self._fill()

    def _ordered_days(self) -> list[date]:
        """Today's meetings first, then the other days in order."""
        today = self.clock().astimezone(LOCAL_TZ).date()
        days = self.days()
        return ([today] if today in days else []) + [d for d in days if d != today]

    def _fill(self) -> None:
        chosen = self.selected()
        self.tree.clear()
        today = self.clock().astimezone(LOCAL_TZ).date()
        by_day: dict[date, list[Booking]] = {}
        for b in self.bookings:
            by_day.setdefault(b.start.astimezone(LOCAL_TZ).date(), []).append(b)
        bold = QFont(self.font())
        bold.setBold(True)
        for d in self._ordered_days():
            meetings = sorted(by_day.get(d, []), key=lambda b: (b.start, b.id or 0))
            if not meetings and self.week and d != today:
                continue
            title = f"{weekday_text(d)} {day_text(local_midnight(d))}"
            if d == today:
                title = self.tr("Today") + " — " + title
            heading = QTreeWidgetItem(self.tree, [title])
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(0, bold)
            if not meetings:
                self._note(self.tr("No meeting"))
            for b in meetings:
                self._row(b, chosen)
        if not self.bookings and self.week:
            self._note(self.tr("No other meeting this week"))
        self._selection_changed()

    def _note(self, text: str) -> None:
        note = QTreeWidgetItem(self.tree, ["    " + text])
        note.setFirstColumnSpanned(True)
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)
        note.setForeground(0, QBrush(DIM_TEXT))

    def _row(self, b: Booking, chosen: int | None) -> None:
        end = hm(b.end) if b.end is not None else "…"
        item = QTreeWidgetItem(
            self.tree,
            [
                f"{hm(b.start)}–{end}",
                f"{b.title}\n{host_text(b, self.names)}".strip(),
                state_text(b.state),
                (EMERGENCY_MARK if b.emergency else "") + (FORCED_MARK if b.forced else ""),
            ],
        )
        for column in (0, 2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        item.setData(0, ID_ROLE, b.id)
        tips = [b.title, host_text(b, self.names)]
        if b.emergency:
            how = announcement_text(b.announced_by) if b.announced_by is not None else ""
            tips.append((self.tr("Emergency") + " " + how).strip())
        if b.forced:
            tips.append(self.tr("Forced by a supervisor: %1").replace("%1", b.forced))
        if b.sites:
            tips.append(self.tr("Expected sites: %n", "", len(b.sites)))
        if not b.registered:
            tips.append(self.tr("Recorded from the MCU without a registration"))
        item.setToolTip(1, "\n".join(t for t in tips if t))
        item.setToolTip(3, item.toolTip(1))
        if not b.state.books_rooms:
            for column in range(COLUMNS):
                item.setForeground(column, QBrush(DIM_TEXT))
        if chosen is not None and b.id == chosen:
            item.setSelected(True)

    # --- acting on the selected meeting ---------------------------------------------------------------------
    def selected(self) -> int | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        value = items[0].data(0, ID_ROLE)
        return int(value) if value is not None else None

    def selected_booking(self) -> Booking | None:
        chosen = self.selected()
        return next((b for b in self.bookings if b.id == chosen), None)

    def select(self, meeting_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == meeting_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def texts(self, column: int) -> list[str]:
        """What a column shows, top to bottom (day headings included)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(column) for item in items if item is not None]

    def meeting_ids(self) -> list[int]:
        """The meetings listed, top to bottom."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        ids = [item.data(0, ID_ROLE) for item in items if item is not None]
        return [int(i) for i in ids if i is not None]

    def set_rights(self, book: bool, move: bool, cancel: bool) -> None:
        self.may_book, self.may_move, self.may_cancel = book, move, cancel
        self.new_button.setVisible(book)
        self.move_button.setVisible(move)
        self.cancel_button.setVisible(cancel)
        self._selection_changed()

    def _selection_changed(self) -> None:
        b = self.selected_booking()
        changeable = (
            b is not None and b.registered and b.state in (MeetingState.REGISTERED, MeetingState.MOVED)
        )
        self.move_button.setEnabled(self.may_move and changeable)
        self.cancel_button.setEnabled(self.may_cancel and changeable)

    def _act(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen)
