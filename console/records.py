"""What the core writes to the log and what it reads back: the Protocols storage implements, and the writes.

The core never touches the database. It sends typed, frozen writes to a `Recorder` (`db.writer.Store`), which
applies them in order on a thread of its own; it reads presets through a `CameraPresetBook` or
`LayoutPresetBook` (`db.presets.PresetBook`). Only `console.runtime` picks the implementations.

Writes name what they are about by a key of the core, never by a row id: the incident tracker's key for an
incident, a `new_key()` for a command or a floor request. The recorder keeps the key → row maps itself, so a
write can follow the one that creates its row before that row exists.

This module imports only `console.domain` and the standard library.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from console.domain import (
    Attendance,
    AttendanceJoined,
    AttendanceLeft,
    CameraPreset,
    Change,
    CommandRecord,
    FloorRequest,
    FloorState,
    Incident,
    IncidentGrouped,
    IncidentOpened,
    IncidentResolved,
    LayoutPreset,
    ParentOpened,
    Site,
)
from console.domain.readiness import CheckResult, TestRun
from console.domain.register import Booking, BookingChange, Series

_keys = itertools.count(1)


def new_key() -> int:
    """A key no other write of this process uses (safe from any thread)."""
    return next(_keys)


# --- commands -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommandLogged:
    """A command as it is submitted (PENDING): who, what, target, arguments, when."""

    key: int
    record: CommandRecord


@dataclass(frozen=True, slots=True)
class CommandFinished:
    """How the command of `key` ended; `record` is the whole command, logged in full if its PENDING row was lost."""

    key: int
    record: CommandRecord


# --- incidents (what people decided; what the rules saw are the `Change`s of console.domain) -----------------


@dataclass(frozen=True, slots=True)
class IncidentAcknowledged:
    """The incident of tracker key `key` was seen by `by`; a second acknowledgement keeps the first."""

    key: int
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class IncidentEdited:
    """What people learnt about an incident. None leaves the cause or fix as it is; the expected restore time
    is replaced (None clears it) only with `set_eta`."""

    key: int
    cause: str | None = None
    fix: str | None = None
    eta: datetime | None = None
    set_eta: bool = False


@dataclass(frozen=True, slots=True)
class IncidentResolvedManually:
    """An operator closed the incident at `at` (a resolved incident keeps its first resolution time)."""

    key: int
    at: datetime
    cause: str | None = None
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class IncidentReopened:
    """A person reopened a resolved incident at `at`: it is open again (its resolution time cleared)."""

    key: int
    by: str
    at: datetime


# --- floor requests -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FloorRequestFiled:
    """A new floor request in `conference`, created by `actor`; the log numbers it (its own `seq`).

    `request` is the request as filed (state, priority, reason of the creation); its `seq`, `meeting_id` and `id`
    are the log's to set.
    """

    key: int
    conference: str
    request: FloorRequest
    actor: str = ""


@dataclass(frozen=True, slots=True)
class FloorRequestMoved:
    """The floor request filed under `key` moved to `to_state` (with a new priority when not None)."""

    key: int
    to_state: FloorState
    at: datetime
    actor: str = ""
    reason: str = ""
    priority: int | None = None


# --- meetings -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConferenceEnded:
    """`conference` has been empty long enough to have ended, since `at` (its last leave): the meeting the log
    records for it ends then, and the conference's next start is a meeting of its own."""

    conference: str
    at: datetime


Write = (
    IncidentOpened
    | IncidentResolved
    | ParentOpened
    | IncidentGrouped
    | AttendanceJoined
    | AttendanceLeft
    | CommandLogged
    | CommandFinished
    | IncidentAcknowledged
    | IncidentEdited
    | IncidentResolvedManually
    | IncidentReopened
    | FloorRequestFiled
    | FloorRequestMoved
    | ConferenceEnded
)
"""Everything the core writes to the log."""

ErrorListener = Callable[[str | None], None]
"""Told the failure (one line) when writing starts failing, and None when the log is writable again."""

LostListener = Callable[[int, str], None]
"""Told, whenever records are lost, how many have been lost in all and why the first one was (one line)."""


class Recorder(Protocol):
    """The log's writer: queued, ordered writes from any thread, committed in batches off the caller's thread."""

    error_listeners: list[ErrorListener]
    lost_listeners: list[LostListener]

    @property
    def error(self) -> str | None:
        """One line while writes are failing or records have been lost; None when the log is whole."""
        ...

    @property
    def lost(self) -> int:
        """How many records could not be written: refused by the database, or unwritten when it closed.
        Never silent: each loss is logged and told to `lost_listeners`."""
        ...

    def put(self, *writes: Write) -> None:
        """Queue `writes`, in order; returns at once."""
        ...

    def record(self, changes: Iterable[Change]) -> None:
        """Queue what the incident tracker changed."""
        ...

    def command_id(self, key: int) -> int | None:
        """The audit row of the command logged under `key`, once committed; None before (or never)."""
        ...

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is committed (or counted lost); False if not in time."""
        ...

    def close(self, timeout: float = 10.0) -> bool:
        """Flush, close what this run left open (at the stop time, as closed by the stop), then stop the writer;
        False if not everything was committed in time (what is left is counted lost)."""
        ...


# --- presets (blocking: run them off the event loop) --------------------------------------------------------


class CameraPresetBook(Protocol):
    """Where camera presets are kept, per site and slot."""

    def camera_presets(self, site: str) -> list[CameraPreset]: ...

    def save_camera_preset(self, preset: CameraPreset) -> CameraPreset: ...

    def rename_camera_preset(self, site: str, slot: int, name: str, seat: str | None) -> CameraPreset: ...

    def delete_camera_preset(self, site: str, slot: int) -> bool: ...

    def set_speaker_preset(self, site: str, slot: int | None) -> None: ...

    def speaker_preset(self, site: str) -> CameraPreset | None: ...


class LayoutPresetBook(Protocol):
    """Where the control center's named layout presets are kept."""

    def layout_presets(self) -> list[LayoutPreset]: ...

    def save_layout_preset(self, preset: LayoutPreset) -> LayoutPreset: ...

    def delete_layout_preset(self, preset_id: int) -> bool: ...


class PresetBook(CameraPresetBook, LayoutPresetBook, Protocol):
    """Both books in one (`db.presets.PresetBook`)."""


# --- the meeting register (blocking: run it off the event loop) --------------------------------------------


class RegisterBook(Protocol):
    """Where the meeting register is kept (`db.register.RegisterStore`).

    Each change is one transaction with the register locked: its `check` runs inside it with the meetings the
    rules need (those overlapping the new time) and refuses by raising, so two consoles booking the same room at
    once cannot both pass. Raises LookupError for an unknown meeting or site code.
    """

    def booking(self, meeting_id: int) -> Booking: ...

    def bookings(self, since: datetime | None = None, until: datetime | None = None) -> list[Booking]: ...

    def changes(self, meeting_id: int) -> list[BookingChange]: ...

    def register(
        self,
        new: Sequence[Booking],
        series: Series | None,
        check: Callable[[Sequence[Booking]], Sequence[Booking]],
    ) -> list[int]:
        """Store `new` (a meeting, or a series' occurrences with `series`) as `check` returns them; the ids."""
        ...

    def move(
        self,
        meeting_id: int,
        start: datetime,
        end: datetime,
        *,
        reason: str,
        by: str,
        at: datetime,
        check: Callable[[Booking, Sequence[Booking]], Sequence[str]],
        forced: str = "",
    ) -> BookingChange:
        """Give the meeting a new time; `check` returns the rules broken under `forced`, or raises."""
        ...

    def cancel(
        self, meeting_id: int, reason: str, by: str, at: datetime, check: Callable[[Booking], object]
    ) -> BookingChange: ...


# --- the reports (read only) ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportLog:
    """What the log holds for a report over [start, end) (`db.report_reads.read_report_log`).

    `meetings`: the meetings starting in the window, registered or recorded from the MCU, and the MCU meetings
    held as any of them (whenever they started). `attendance`: every span recorded against those meetings.
    `incidents`: every incident open at some time in the window (opened before `end`, not resolved by `start`).
    `sites`: the whole registry. `test_runs` and `checks`: the readiness test runs and site checks recorded
    against those meetings; `cameras`: the expected sites with a camera preset (checked for their camera).
    """

    start: datetime
    end: datetime
    sites: tuple[Site, ...]
    meetings: tuple[Booking, ...]
    attendance: tuple[Attendance, ...]
    incidents: tuple[Incident, ...]
    test_runs: tuple[TestRun, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    cameras: tuple[str, ...] = ()


class ReportSource(Protocol):
    """Where a report's rows come from (blocking)."""

    def report_log(self, start: datetime, end: datetime) -> ReportLog: ...


__all__ = [
    "CameraPresetBook",
    "CommandFinished",
    "CommandLogged",
    "ErrorListener",
    "FloorRequestFiled",
    "FloorRequestMoved",
    "IncidentAcknowledged",
    "IncidentEdited",
    "IncidentReopened",
    "IncidentResolvedManually",
    "LayoutPresetBook",
    "LostListener",
    "PresetBook",
    "Recorder",
    "RegisterBook",
    "ReportLog",
    "ReportSource",
    "Write",
    "new_key",
]
