"""The register in the window: the calendar dock, the registration, move and cancel dialogs, and the meeting on
now in the title bar and the wall's header.

    desk = MeetingsDesk(window, bridge.call, sites=lambda: sites, may=may, header=panel.set_meeting)
    desk.refresh()        # asks the session for the days shown and for the meeting on now
    desk.apply_rights()   # after each sign-in: what the signed-in person may do is offered, nothing else

Everything goes through typed requests (`console.runtime.bridge`): the window holds no register object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from console.access import Permission
from console.domain import LOCAL_TZ, Site, utcnow
from console.domain.register import Booking
from console.runtime.bridge import ListBookings
from widgets.register.calendar import CalendarPanel
from widgets.register.dialog import Call, CancelDialog, MoveDialog, RegisterDialog
from widgets.register.text import EMERGENCY_MARK, duration_text, host_text
from widgets.shell.main_window import MainWindow

REFRESH_MS = 60_000  # the register is read again every minute (others may book from the command line)
TICK_MS = 20_000  # the time left is counted down between reads


def current_meeting(bookings: Sequence[Booking], now: datetime) -> Booking | None:
    """The meeting whose window contains `now` (one that holds its rooms); the earliest such."""
    on = [b for b in bookings if b.state.books_rooms and b.end is not None and b.start <= now < b.end]
    return min(on, key=lambda b: (b.start, b.id or 0), default=None)


class MeetingsDesk(QObject):
    def __init__(
        self,
        window: MainWindow,
        call: Call,
        *,
        sites: Callable[[], Sequence[Site]],
        may: Callable[[Permission], bool],
        header: Callable[[str], None] | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.call = call
        self.sites = sites
        self.may = may
        self.header = header
        self.clock = clock
        self.current: Booking | None = None
        self.dialog: QWidget | None = None
        self.panel = CalendarPanel(clock, window)
        window.calendar_dock.setWidget(self.panel)
        self.panel.rangeChanged.connect(self.refresh)
        self.panel.newRequested.connect(self.new_meeting)
        self.panel.moveRequested.connect(self.move_meeting)
        self.panel.cancelRequested.connect(self.cancel_meeting)
        window.newMeetingRequested.connect(self.new_meeting)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)
        self._refresh.start()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.show_current)
        self._tick.start()
        self.apply_rights()

    @property
    def names(self) -> dict[str, str]:
        return {s.code: s.name for s in self.sites()}

    # --- reading --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        since, until = self.panel.bounds()
        names = self.names
        self.call(ListBookings(since, until), lambda got: self.panel.set_bookings(got, names), None)
        now = self.clock()
        self.call(ListBookings(now - timedelta(days=1), now + timedelta(minutes=1)), self._on_now, None)

    def _on_now(self, bookings: Sequence[Booking]) -> None:
        self.current = current_meeting(bookings, self.clock())
        self.show_current()

    def current_text(self) -> str:
        b = self.current
        now = self.clock()
        if b is None or b.end is None or now >= b.end:
            return ""
        host = host_text(b, self.names)
        mark = f"{EMERGENCY_MARK} " if b.emergency else ""
        left = self.tr("%1 left").replace("%1", duration_text(b.end - now))
        return f"{mark}{b.title}" + (f" ({host})" if host else "") + f" — {left}"

    def show_current(self) -> None:
        text = self.current_text()
        self.window.set_current_meeting(text)
        if self.header is not None:
            self.header(self.tr("Meeting on now: %1").replace("%1", text) if text else "")

    # --- rights ---------------------------------------------------------------------------------------------
    def apply_rights(self) -> None:
        book = self.may(Permission.MEETING_BOOK)
        self.window.new_meeting_action.setEnabled(book)
        self.window.new_meeting_action.setVisible(book)
        self.panel.set_rights(book, self.may(Permission.MEETING_MOVE), self.may(Permission.MEETING_CANCEL))

    # --- changing -------------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.show()

    def new_meeting(self) -> RegisterDialog | None:
        if not self.may(Permission.MEETING_BOOK):
            return None
        dialog = RegisterDialog(
            self.call,
            list(self.sites()),
            may_force=self.may(Permission.MEETING_FORCE),
            clock=self.clock,
            parent=self.window,
        )
        dialog.registered.connect(
            lambda _ids: self.panel.go_to(dialog.draft().start.astimezone(LOCAL_TZ).date())
        )
        self._open(dialog)
        return dialog

    def _booking(self, meeting_id: int) -> Booking | None:
        return next((b for b in self.panel.bookings if b.id == meeting_id), None)

    def move_meeting(self, meeting_id: int) -> MoveDialog | None:
        b = self._booking(meeting_id)
        if b is None or b.end is None or not self.may(Permission.MEETING_MOVE):
            return None
        dialog = MoveDialog(self.call, b, may_force=self.may(Permission.MEETING_FORCE), parent=self.window)
        self._open(dialog)
        return dialog

    def cancel_meeting(self, meeting_id: int) -> CancelDialog | None:
        b = self._booking(meeting_id)
        if b is None or not self.may(Permission.MEETING_CANCEL):
            return None
        dialog = CancelDialog(self.call, b, parent=self.window)
        self._open(dialog)
        return dialog
