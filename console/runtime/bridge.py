"""The one bridge between the session and the window: immutable messages out, typed requests in.

The session (driver, hub, desks, writer) runs in a child process of the window (`console.runtime.child`; on a
thread of its own for tests and tools); nothing the window holds is an object the session changes. Out of the session go frozen messages (`Outbound`): the wall as a new `WallData` frame each
grading tick (its arrays and series copied, never written again), the roster of who is in the meeting, incident,
floor, attendance and layout news, link and log problems. Into the session go typed requests (`Request`): each
returns a `concurrent.futures.Future` resolved on the session's loop. The session's end that answers them is
`console.runtime.port`; this module is only the messages, so the window's process loads nothing of the session
(no log, no hub) to speak them.

Every message and request is a frozen dataclass of plain values, numpy arrays and frozen domain types: they cross
to the window's process pickled, whatever their type (wall frames' arrays through shared memory).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Protocol

import numpy as np
import numpy.typing as npt

from console.access import Actor, ActorKind, Role
from console.domain import (
    LOCAL_TZ,
    Attendance,
    AttendanceJoined,
    AttendanceLeft,
    Capability,
    GroupField,
    Health,
    LayoutChanged,
    LayoutPreset,
    LinkChanged,
    Participant,
    RequestSource,
    Side,
    Site,
    SiteChange,
)
from console.domain.readiness import Check, EstimatedStart
from console.floor.control import Priority
from console.floor.desk import ActionReport, FloorChanged, SpeakingTimeWarning
from console.incidents.desk import DeskEntry, DeskNews
from console.live.rules import Thresholds
from console.live.telemetry import Metric
from console.live.wall import WallData
from console.readiness.model import ChecklistEntry, SiteReadiness
from console.register.rules import RuleWarning, Violation
from console.registry import RegistryFileError, check_network, parse_json, render_json
from console.runtime.cameras import CameraFor, CameraRequest

# --- out: session → window ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Roster:
    """Who is in the meeting, per site key (the registry's code, or the MCU's name for a stranger)."""

    by_site: Mapping[str, tuple[Participant, ...]] = field(default_factory=lambda: MappingProxyType({}))
    conference: str = ""  # the conference being followed ("" before any participant is seen)

    def of(self, key: str) -> tuple[Participant, ...]:
        return self.by_site.get(key, ())

    def first(self, key: str) -> Participant | None:
        participants = self.by_site.get(key)
        return participants[0] if participants else None


@dataclass(frozen=True, slots=True)
class Ready:
    """The session is up: the registry, the grading thresholds, the operator this console acts for."""

    sites: tuple[Site, ...]
    thresholds: Thresholds
    operator: str
    keep_resolved: int
    incidents: tuple[DeskEntry, ...]  # what the incident desk holds already, newest first
    dialect: str = ""  # the MCU's dialect ("pexip"); "" when no MCU is configured
    capabilities: frozenset[Capability] = frozenset()  # what it can do: the window offers only these
    needs_administrator: bool = (
        False  # the log has no active administrator: the window asks for the first one
    )
    demo: bool = False  # the demo profile: the window may sign its demo operator in by itself


@dataclass(frozen=True, slots=True)
class WallFrame:
    """One grading tick of the wall. `relayout`: the set of tiles changed (a new index)."""

    data: WallData
    relayout: bool
    roster: Roster
    group_by: GroupField = GroupField.CLUSTER  # what the data's groups are made of


@dataclass(frozen=True, slots=True)
class LinkNews:
    change: LinkChanged


@dataclass(frozen=True, slots=True)
class LogProblem:
    message: str | None  # None: the log is writable again


@dataclass(frozen=True, slots=True)
class RecordsLost:
    """Records the log could not take, in all, and why the first one was lost: shown until the console stops."""

    count: int
    reason: str


NO_MCU = (  # McuProblem's message when the session has no MCU to follow: the window tells it apart
    "no MCU is configured: give --mcu pexip+https://HOST:PORT or [mcu] url in the configuration file, "
    "or start the demo with --demo"
)


@dataclass(frozen=True, slots=True)
class McuProblem:
    message: str


@dataclass(frozen=True, slots=True)
class IncidentNews:
    news: DeskNews


@dataclass(frozen=True, slots=True)
class FloorNews:
    news: FloorChanged | ActionReport | SpeakingTimeWarning


@dataclass(frozen=True, slots=True)
class AttendanceNews:
    change: AttendanceJoined | AttendanceLeft


@dataclass(frozen=True, slots=True)
class LayoutNews:
    change: LayoutChanged


@dataclass(frozen=True, slots=True)
class SessionLost:
    """The session's process ended without being asked to (`exit_code`: its status, -9 for a kill); the window
    says so and starts another on the same log (`restarting`), or says it could not (`restarting` False)."""

    exit_code: int | None
    restarting: bool


Outbound = (
    Ready
    | WallFrame
    | LinkNews
    | LogProblem
    | RecordsLost
    | McuProblem
    | IncidentNews
    | FloorNews
    | AttendanceNews
    | LayoutNews
    | SessionLost
)

# --- in: window → session -----------------------------------------------------------------------------------


class SiteAction(enum.StrEnum):
    MUTE_AUDIO = "mute_audio"
    UNMUTE_AUDIO = "unmute_audio"
    MUTE_VIDEO = "mute_video"
    UNMUTE_VIDEO = "unmute_video"
    DISCONNECT = "disconnect"
    DIAL = "dial"


@dataclass(frozen=True, slots=True)
class SiteCommand:
    site: str
    action: SiteAction


@dataclass(frozen=True, slots=True)
class CommandOutcome:
    """How a command ended: `state` is a `CommandResult` value ("ok", "error", "timeout", "unreachable")."""

    state: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CallAbsent:
    """Dial every expected site of the meeting under way that has not joined (→ `CallAbsentOutcome`)."""


@dataclass(frozen=True, slots=True)
class CallAbsentOutcome:
    """How "call all absent" went: how many sites were dialled (the MCU took the call) and how many failed."""

    dialled: int
    failed: int
    failures: tuple[str, ...] = ()  # "site: why", one per failure


@dataclass(frozen=True, slots=True)
class ApplyLayout:
    preset: LayoutPreset


@dataclass(frozen=True, slots=True)
class LoadLayouts:
    """The MCU's layout keys for a conference."""

    conference: str


class FloorOp(enum.StrEnum):
    PUBLISH = "publish"
    GRANT = "grant"
    DENY = "deny"
    RELEASE = "release"
    GRANT_NEXT = "grant_next"
    LOWER_HAND = "lower_hand"
    LOWER_ALL_HANDS = "lower_all_hands"
    MOVE_TO_TURN = "move_to_turn"
    ADD_REQUEST = "add_request"


@dataclass(frozen=True, slots=True)
class FloorCommand:
    """A floor action; its reports come back as `FloorNews`."""

    op: FloorOp
    actor: str = ""
    request_id: int | None = None
    turn: int | None = None
    site: str = ""
    source: RequestSource = RequestSource.OPERATOR
    delegate: str = ""
    topic: str = ""
    priority: Priority | None = None
    stranger: bool = False  # ADD_REQUEST: file a site the registry does not know (the operator asked for it)


class IncidentOp(enum.StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ANNOTATE = "annotate"
    RESOLVE = "resolve"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class IncidentAction:
    """An operator's action on an incident; the changed entry comes back as `IncidentNews`."""

    op: IncidentOp
    key: int
    actor: str = ""
    at: datetime | None = None
    cause: str | None = None
    fix: str | None = None
    eta: datetime | None = None
    clear_eta: bool = False


@dataclass(frozen=True, slots=True)
class SiteFrameRequest:
    """A frozen copy of what the site detail shows, for the last `window_s` seconds before `now`."""

    site: str
    now: datetime
    window_s: int
    metrics: tuple[Metric, ...]


@dataclass(frozen=True, slots=True)
class Series:
    times: npt.NDArray[np.float64]
    values: npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class SiteFrame:
    site: Site | None
    participants: tuple[Participant, ...]
    series: Mapping[Metric, Series]
    grades: Mapping[Metric, Health]
    expected_kbps: float | None


@dataclass(frozen=True, slots=True)
class SiteAttendanceRequest:
    """What the log holds of one site's joins and leaves: this meeting's, and any others since the start of the
    day of `now` in Asia/Ho_Chi_Minh."""

    site: str
    now: datetime


@dataclass(frozen=True, slots=True)
class ReportsDue:
    """Which 6-month and yearly reports are due on `today` (a local date) and not produced yet
    (→ `ReportReminders`; `console.runtime.report_port`)."""

    today: date


@dataclass(frozen=True, slots=True)
class ReportReminder:
    period: str  # "2026", "2026-H2"
    yearly: bool
    closes: date  # the last day it is reminded of
    deadline: date | None  # the day it is due before (the yearly evaluation: 10 December)


@dataclass(frozen=True, slots=True)
class ReportReminders:
    due: tuple[ReportReminder, ...]
    suggested: tuple[str, ...]  # periods to offer in the dialog, the due ones first


@dataclass(frozen=True, slots=True)
class MakeReport:
    """Make a report of `period` as `format` into `out` (a path on the session's machine), as the signed-in
    supervisor (→ `ReportMade`). The optional heading parts are the CLI's --agency … --signer-title."""

    period: str
    format: str  # docx | pdf | xlsx | json
    out: str
    agency: str = ""
    parent_agency: str = ""
    number: str = ""
    place: str = ""
    signer: str = ""
    signer_title: str = ""


@dataclass(frozen=True, slots=True)
class ReportMade:
    period: str
    format: str
    out: str
    size: int  # bytes written
    held: int  # meetings held in the period, for the window to say
    incidents: int


@dataclass(frozen=True, slots=True)
class SiteAttendance:
    spans: tuple[Attendance, ...]  # oldest first
    meeting_id: int | None = None  # the meeting being followed (spans of others are earlier meetings)
    since: datetime | None = None  # the start of the day asked about


AttendanceReader = Callable[[str, str, datetime], SiteAttendance]
"""`read(site, conference, since)`: the log's spans of `site` for the conference's current meeting and since
`since` (blocking: run it off the session's loop)."""


def local_day_start(now: datetime) -> datetime:
    """Midnight in Asia/Ho_Chi_Minh on the day of `now`, in UTC."""
    local = now.astimezone(LOCAL_TZ)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class ListLayoutPresets:
    """The control center's named layout presets."""


@dataclass(frozen=True, slots=True)
class SaveLayoutPreset:
    preset: LayoutPreset


@dataclass(frozen=True, slots=True)
class DeleteLayoutPreset:
    preset_id: int


@dataclass(frozen=True, slots=True)
class GroupWall:
    """Group the wall by `field` (the control center's choice): a relaid-out `WallFrame` follows."""

    field: GroupField


@dataclass(frozen=True, slots=True)
class SiteHistoryRequest:
    """The changes the registry keeps for one site, oldest first (→ tuple[SiteChange, ...])."""

    site: str


@dataclass(frozen=True, slots=True)
class ListSites:
    """Every site of the registry as stored now (→ tuple[Site, ...])."""


@dataclass(frozen=True, slots=True)
class SaveSites:
    """Add or change sites in the registry, each change kept in its history with `actor` (→ SitesSaved)."""

    sites: tuple[Site, ...]
    actor: str


@dataclass(frozen=True, slots=True)
class SitesSaved:
    sites: tuple[Site, ...]  # the whole registry after the save
    added: tuple[str, ...]
    updated: tuple[str, ...]


class RegistryStore(Protocol):
    """Where the session reads and writes the site registry (blocking: run off the session's loop)."""

    def load(self) -> list[Site]: ...

    def history(self, code: str) -> list[SiteChange]: ...

    def save(self, sites: tuple[Site, ...], actor: str) -> SitesSaved: ...


def check_site(site: Site, stored: tuple[Site, ...] | list[Site]) -> RegistryFileError | None:
    """The registry file's checks on one site going into `stored` (text, tier, camera host:port, parent known
    and not of a lower tier, no loop of parents): the first refusal, or None when the site may be saved."""
    try:
        entries = parse_json(render_json([site]).decode("utf-8"), site.code or "?")
        check_network(entries, site.code or "?", [s for s in stored if s.code != site.code])
    except RegistryFileError as exc:
        return exc
    return None


# --- the readiness board (handled by console.runtime.readiness_port) -----------------------------------------
@dataclass(frozen=True, slots=True)
class BoardRequest:
    """The board of the next registered meeting starting within `horizon_h` hours of `now` (or started less than
    an hour ago) → `BoardData | None`."""

    now: datetime
    horizon_h: float = 24.0


@dataclass(frozen=True, slots=True)
class TestRunRequest:
    """Open (`start`) or close a test run of the meeting → `TestRun` (operator or technician)."""

    __test__ = False  # not a pytest test class

    meeting_id: int
    start: bool


@dataclass(frozen=True, slots=True)
class ManualPass:
    """A technician passes a site's check by hand, with the note that says why → `CheckResult`."""

    meeting_id: int
    site: str
    check: Check
    note: str


@dataclass(frozen=True, slots=True)
class EstimateStart:
    """The operator records an estimated real start with its reason → `EstimatedStart`."""

    meeting_id: int
    start: datetime
    reason: str


ReadinessRequest = BoardRequest | TestRunRequest | ManualPass | EstimateStart


@dataclass(frozen=True, slots=True)
class Contact:
    """Whom to call about a failing site: its technician on duty (the host's side's, `console.register.notify`),
    its telecom provider."""

    role: str  # "technician" | "provider"
    name: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class BoardSite:
    readiness: SiteReadiness
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, slots=True)
class BoardData:
    meeting_id: int
    title: str
    start: datetime
    checks_due: datetime  # T−30
    checklist: tuple[ChecklistEntry, ...]
    sites: tuple[BoardSite, ...]  # failing first
    open_run: int | None  # the open test run's id
    estimated: EstimatedStart | None
    at: datetime  # the `now` asked for
    link_sustain_s: float = 30.0  # the link check: green this long (`[readiness] link_sustain_s`)
    side: str = Side.GOVERNMENT.value  # whose technicians are on duty: "party" or "government"
    run_opened: tuple[datetime, str, bool] | None = (
        None  # the open run: since, by whom, scheduled (automatic)
    )

    @property
    def ready(self) -> int:
        return sum(1 for s in self.sites if s.readiness.ready)


# --- the meeting register (handled by console.runtime.register_port) ------------------------------------------
@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """A meeting as the registration dialog has it: times timezone-aware, `sites` the expected sites' codes,
    `announced_by` "phone" | "fax" | "email" ("" for none), `every` "week" | "month" ("" for a single meeting)
    with `until` (a local date, included)."""

    title: str
    host_agency: str
    host_site: str
    start: datetime
    end: datetime
    sites: tuple[str, ...] = ()
    conference: str = ""
    emergency: bool = False
    announced_by: str = ""
    every: str = ""
    until: date | None = None
    exceptions: tuple[date, ...] = ()  # a series' local days with no meeting (`meeting add --except`)


@dataclass(frozen=True, slots=True)
class ListBookings:
    """The meetings overlapping `since`–`until`, by start (→ tuple[Booking, ...])."""

    since: datetime
    until: datetime


@dataclass(frozen=True, slots=True)
class CheckBooking:
    """The register's rules on a draft, nothing stored (→ BookingCheck); with `meeting_id`, on that meeting's
    move to the draft's time."""

    draft: MeetingDraft
    meeting_id: int | None = None


@dataclass(frozen=True, slots=True)
class AddBooking:
    """Register the draft (→ BookingDone); `force` is a supervisor's written reason to book against the rules."""

    draft: MeetingDraft
    force: str = ""


@dataclass(frozen=True, slots=True)
class MoveBooking:
    """Give a registered meeting a new time, with the reason (→ BookingDone)."""

    meeting_id: int
    start: datetime
    end: datetime
    reason: str
    force: str = ""


@dataclass(frozen=True, slots=True)
class CancelBooking:
    """Cancel a registered meeting, with the reason (→ BookingDone)."""

    meeting_id: int
    reason: str


class DraftProblem(enum.StrEnum):
    """What makes a draft impossible whatever the other meetings (the dialog says it in words)."""

    NO_TITLE = "no_title"
    NO_HOST = "no_host"
    UNKNOWN_SITE = "unknown_site"
    START_AFTER_END = "start_after_end"
    IN_THE_PAST = "in_the_past"
    SERIES_WITHOUT_END = "series_without_end"
    SERIES_EMPTY = "series_empty"
    NO_REASON = "no_reason"
    NOT_CHANGEABLE = "not_changeable"
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class BookingCheck:
    """The rules' verdict on a draft: `violations` refuse it (a supervisor may force them), `warnings` refuse
    nothing (an emergency's waived lead time); `problem` is a mistake in the draft itself; `occurrences` how
    many meetings it makes."""

    violations: tuple[Violation, ...] = ()
    warnings: tuple[RuleWarning, ...] = ()
    problem: DraftProblem | None = None
    occurrences: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.violations


@dataclass(frozen=True, slots=True)
class BookingDone:
    """What a register change did: the meetings' ids (none when refused) and the check that decided it."""

    ids: tuple[int, ...]
    check: BookingCheck


RegisterRequest = ListBookings | CheckBooking | AddBooking | MoveBooking | CancelBooking


@dataclass(frozen=True, slots=True)
class SignIn:
    """Sign `name` in (→ the `Actor`); every later request acts as them. A refusal (`Refused`) says why."""

    name: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class CreateFirstAdministrator:
    """The first run: make the first administrator account, then sign them in (→ the `Actor`)."""

    name: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class DemoSignIn:
    """The demo profile only: act as its demo operator, no password (→ the `Actor`); refused outside the demo."""


@dataclass(frozen=True, slots=True)
class SignOut:
    """Switch user: nobody acts until the next sign-in."""


@dataclass(frozen=True, slots=True)
class LockWindow:
    """The window was idle `idle_min` minutes: lock it for the signed-in supervisor or administrator (audited);
    nobody acts until `UnlockWindow` or a sign-in. Refused (`Refused`) for an operator."""

    idle_min: float


@dataclass(frozen=True, slots=True)
class UnlockWindow:
    """The locked person's password (→ the `Actor` again); a wrong one is refused and audited."""

    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class HistoryFilters:
    """What the history view keeps to ("" = any): a site's code, a cluster, a province, a tier, a (host) agency;
    for incidents also a kind and a severity."""

    site: str = ""
    cluster: str = ""
    province: str = ""
    tier: str = ""
    agency: str = ""
    kind: str = ""
    severity: str = ""


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    """One tab of the history view over [since, until) (→ `console.runtime.history.HistoryRows`); `kind` is a
    `HistoryKind` value (meetings, attendance, incidents, commands, floor, audit)."""

    kind: str
    since: datetime
    until: datetime
    filters: HistoryFilters = HistoryFilters()


@dataclass(frozen=True, slots=True)
class HistoryChartsQuery:
    """The history view's charts over [since, until) (→ `console.reports.series.ChartSeries`)."""

    since: datetime
    until: datetime
    filters: HistoryFilters = HistoryFilters()


@dataclass(frozen=True, slots=True)
class MeetingDetailQuery:
    """What `meeting show` gives of one meeting (→ `console.runtime.history.MeetingDetail`)."""

    meeting_id: int


DEMO_OPERATOR = Actor(
    "demo", frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.TECHNICIAN}), ActorKind.NAMED
)  # the demo's operator: signed in by `--demo` without a password, on the demo's own log


Request = (
    SignIn
    | CreateFirstAdministrator
    | DemoSignIn
    | SignOut
    | LockWindow
    | UnlockWindow
    | SiteCommand
    | CallAbsent
    | GroupWall
    | SiteHistoryRequest
    | ListSites
    | SaveSites
    | ApplyLayout
    | LoadLayouts
    | FloorCommand
    | IncidentAction
    | SiteFrameRequest
    | SiteAttendanceRequest
    | ListLayoutPresets
    | SaveLayoutPreset
    | DeleteLayoutPreset
    | CameraFor  # → CameraInfo | None, then the CameraRequests of `console.runtime.cameras` on its handle
    | CameraRequest
    | HistoryQuery
    | HistoryChartsQuery
    | MeetingDetailQuery
    | ReadinessRequest  # console.runtime.readiness_port: the readiness board
    | ReportsDue  # → ReportReminders
    | MakeReport  # → ReportMade
    | ListBookings
    | CheckBooking
    | AddBooking
    | MoveBooking
    | CancelBooking
)

AccessRequest = SignIn | CreateFirstAdministrator | DemoSignIn | SignOut | LockWindow | UnlockWindow
