"""The reports due (`ReportsDue` → `ReportReminders`): a line at the right end of the menu bar, with a button that opens the report
dialog, shown until the period's report is produced (README, "Reports: reminders")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from console.domain.clock import LOCAL_TZ, utcnow
from console.runtime.bridge import ReportReminder, ReportReminders, ReportsDue
from widgets import theme
from widgets.reports.dialog import Call, ReportDialog
from widgets.theme import colour_rule


def _day(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


class ReminderLine(QWidget):
    """ "The yearly report of 2026 is due before 10/12/2026 and not made yet — [Make the report…]"."""

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportReminder")
        self.label = QLabel()
        self.label.setObjectName("reportReminderText")
        self.label.setStyleSheet(colour_rule(theme.AMBER, "font-weight: bold;"))
        self.button = QPushButton(self.tr("Make the report…"))
        self.button.setObjectName("reportReminderButton")
        self.button.clicked.connect(self.requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.hide()

    def text_of(self, r: ReportReminder) -> str:
        if r.yearly and r.deadline is not None:
            return (
                self.tr("Yearly report %1: due before %2, not made yet")
                .replace("%1", r.period)
                .replace("%2", _day(r.deadline))
            )
        half, year = r.period.split("-H")[-1], r.period.split("-H")[0]
        which = self.tr("first half of %1") if half == "1" else self.tr("second half of %1")
        return self.tr("Report of the %1: not made yet").replace("%1", which.replace("%1", year))

    def show_due(self, due: tuple[ReportReminder, ...]) -> None:
        if not due:
            self.hide()
            return
        self.label.setText("⚑ " + " · ".join(self.text_of(r) for r in due))
        self.label.setMinimumWidth(self.label.sizeHint().width())  # whole: the log's path gives way
        self.show()


class ReportsController(QObject):
    """The Reports menu's dialog and the reminder line of one window, through the bridge's `call`."""

    def __init__(self, window: QMainWindow, call: Call, today: Callable[[], date] | None = None) -> None:
        super().__init__(window)
        self.window, self.call = window, call
        self.today = today or (lambda: utcnow().astimezone(LOCAL_TZ).date())
        self.line = ReminderLine()
        window.menuBar().setCornerWidget(self.line, Qt.Corner.TopRightCorner)  # the menu bar's free end
        self.line.requested.connect(self.open_dialog)
        self.suggested: tuple[str, ...] = ()
        self.dialog: ReportDialog | None = None
        self.allowed = False

    def set_allowed(self, allowed: bool) -> None:
        """Whether the signed-in person may make reports: the reminder is theirs only."""
        self.allowed = allowed
        if allowed:
            self.refresh()
        else:
            self.line.show_due(())

    def refresh(self) -> None:
        self.call(ReportsDue(self.today()), self._got, lambda _error: None)

    def _got(self, reminders: Any) -> None:
        if isinstance(reminders, ReportReminders):
            self.suggested = reminders.suggested
            self.line.show_due(reminders.due if self.allowed else ())
            if self.dialog is not None and self.dialog.period.count() == 0:
                self.dialog.period.addItems(list(self.suggested))

    def open_dialog(self) -> ReportDialog:
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ReportDialog(self.call, self.suggested, self.window)
        dialog.produced.connect(lambda _period: self.refresh())
        self.dialog = dialog  # kept when closed: a report still being made reports back to it
        dialog.show()
        return dialog
