"""Readiness types: the test runs of a registered meeting, its sites' check results, its checklist items marked
done, an estimated real start and the closing check (`console.readiness` holds the rules over them, `db.readiness`
stores them). Plain frozen dataclasses; times are timezone-aware UTC.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Check(enum.StrEnum):
    """One check of a site during a test run, in the order the board shows them."""

    CONNECTED = "connected"
    SOUND = "sound"
    PICTURE = "picture"
    LINK = "link"
    CAMERA = "camera"  # only for a site with a camera preset


class Item(enum.StrEnum):
    """One item of a meeting's checklist, in deadline order."""

    NOTIFY_PROVIDER = "notify_provider"
    NOTIFY_POWER = "notify_power"
    FIRST_TEST_RUN = "first_test_run"
    SECOND_TEST_RUN = "second_test_run"
    ALL_CHECKS = "all_checks"


MARKABLE: tuple[Item, ...] = (Item.NOTIFY_PROVIDER, Item.NOTIFY_POWER)
"""The items a person marks done; the others follow from the test runs and the checks."""


class ItemState(enum.StrEnum):
    DUE = "due"  # not done, its deadline still ahead
    DONE = "done"  # done by its deadline
    LATE = "late"  # done after its deadline, or not done and the deadline passed
    FAILED = "failed"  # the checks were not all passed by T−30


@dataclass(frozen=True, slots=True)
class TestRun:
    """A test run (vận hành thử) of a registered meeting; open until stopped."""

    __test__ = False  # not a pytest test class

    meeting_id: int
    started_at: datetime
    started_by: str
    stopped_at: datetime | None = None
    stopped_by: str = ""
    id: int | None = None
    # the scheduled run a running console opened by itself; None: a person opened it
    scheduled: Item | None = None

    @property
    def open(self) -> bool:
        return self.stopped_at is None


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One site's check, automatic (during a test run) or passed by hand by a technician with a note."""

    meeting_id: int
    site: str
    check: Check
    passed: bool
    value: str  # the measured values, e.g. "loss 8.0 %, jitter 12 ms"; the note for a manual pass
    at: datetime
    manual: bool = False
    by: str = ""
    run_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ItemDone:
    meeting_id: int
    item: Item
    by: str
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class EstimatedStart:
    """When the meeting is now expected to really start, and why (a failure that cannot be fixed in time)."""

    meeting_id: int
    start: datetime
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Closing:
    """The closing check at the end of a held meeting: who closed it, and the sites still connected then."""

    meeting_id: int
    by: str
    at: datetime
    still_connected: tuple[str, ...] = ()
    automatic: bool = False  # recorded by a running console at the meeting's end (its account in `by`)

    @property
    def all_disconnected(self) -> bool:
        return not self.still_connected


@dataclass(frozen=True, slots=True)
class MeetingPlan:
    """What readiness needs of a registered meeting: its start and expected sites (code, name), the host site
    first, and the sites among them that have a camera preset."""

    meeting_id: int
    title: str
    start: datetime
    sites: tuple[tuple[str, str], ...]
    cameras: tuple[str, ...] = ()
