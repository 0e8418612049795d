"""The meeting register's types: a booking (a meeting in the register), its series, and its recorded changes.

The control center's day starts from the register: a host agency registers its meeting ahead of time (an
emergency is announced by phone, fax or e-mail instead), a change of time or a cancellation is recorded with its
reason. A meeting the console saw on the MCU without a registration is a `Booking` too: `HELD`, with
`registered_at` None ("unregistered").

Plain frozen dataclasses (no Qt, no database); `console.register` holds the rules over them and `db.register`
stores them. Times are timezone-aware UTC; the UI shows them in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from console.domain.log import ClosedBy


class MeetingState(enum.StrEnum):
    REGISTERED = "registered"
    MOVED = "moved"  # registered, then its time changed
    CANCELLED = "cancelled"
    HELD = "held"  # its conference ran on the MCU (every unregistered meeting is held)
    NOT_HELD = "not_held"  # registered, and its conference never appeared

    @property
    def books_rooms(self) -> bool:
        """Whether the meeting holds its rooms and MCU ports (a cancelled or not-held one frees them)."""
        return self in (MeetingState.REGISTERED, MeetingState.MOVED, MeetingState.HELD)

    @property
    def changeable(self) -> bool:
        """Whether its time can still be moved or the meeting cancelled."""
        return self in (MeetingState.REGISTERED, MeetingState.MOVED)


class Announcement(enum.StrEnum):
    """How an emergency meeting was announced to the control center [000 §6.3, 001 §6.3, 002 §8.1]."""

    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"


class Recurrence(enum.StrEnum):
    WEEKLY = "week"
    MONTHLY = "month"


class ChangeKind(enum.StrEnum):
    MOVED = "moved"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Series:
    """A weekly or monthly series (the Monday "giao ban"): occurrences from `first_start` up to `until` (a local
    date, included), except the local dates in `exceptions`. Each occurrence is a `Booking` of its own."""

    every: Recurrence
    until: date
    first_start: datetime
    first_end: datetime
    exceptions: tuple[date, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Booking:
    """A meeting in the register.

    `sites` are the expected sites' codes (the host site may or may not be among them; it takes part either way).
    `forced` is the supervisor's written reason for booking against the rules, `forced_over` the rules it broke
    (one line each), both kept and shown. `recurrence_id` is an occurrence's planned start in its series (it
    stays when the occurrence is moved). `held_as` is, for a meeting recorded from the MCU, the registered
    meeting it was (None when unregistered or not bound); `closed_by` says when its end is the console's stop or
    a crash recovery, not the conference's.
    """

    title: str
    host_agency: str
    host_site: str | None  # site code
    start: datetime
    end: datetime | None
    sites: tuple[str, ...] = ()
    conference: str = ""  # the MCU conference alias
    emergency: bool = False
    announced_by: Announcement | None = None
    registered_by: str = ""
    registered_at: datetime | None = None  # None: recorded from the MCU without a registration
    state: MeetingState = MeetingState.REGISTERED
    forced: str = ""
    forced_over: tuple[str, ...] = ()
    series_id: int | None = None
    recurrence_id: datetime | None = None
    held_as: int | None = None
    id: int | None = None
    closed_by: ClosedBy | None = None  # a meeting recorded from the MCU that a stop or a recovery ended

    @property
    def registered(self) -> bool:
        return self.registered_at is not None

    @property
    def rooms(self) -> tuple[str, ...]:
        """Every site whose room the meeting takes: the host site first, then the expected sites."""
        first = (self.host_site,) if self.host_site is not None else ()
        return tuple(dict.fromkeys((*first, *self.sites)))


@dataclass(frozen=True, slots=True)
class BookingChange:
    """A recorded change of a booking: a move (old and new times) or a cancellation, with who, when and why."""

    meeting_id: int
    kind: ChangeKind
    reason: str
    by: str
    at: datetime
    old_start: datetime
    old_end: datetime | None
    new_start: datetime | None = None
    new_end: datetime | None = None
    id: int | None = None
