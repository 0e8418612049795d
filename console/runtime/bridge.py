"""The one bridge between the session and the window: immutable messages out, typed requests in.

The session (driver, hub, desks, writer) runs in a child process of the window (`console.runtime.child`; on a
thread of its own for tests and tools); nothing the window holds is an object the session changes. Out of the session go frozen messages (`Outbound`): the wall as a new `WallData` frame each
grading tick (its arrays and series copied, never written again), the roster of who is in the meeting, incident,
floor, attendance and layout news, link and log problems. Into the session go typed requests (`Request`): each
returns a `concurrent.futures.Future` resolved on the session's loop.

    port = SessionPort(parts, publish=outbox.append)   # on the session's thread, once the hub exists
    future = port.submit(SiteCommand("DB.X.NASON", SiteAction.MUTE_AUDIO))
    future.result()  # -> CommandOutcome(state="ok", detail="")

Every message and request is a frozen dataclass of plain values, numpy arrays and frozen domain types: they cross
to the window's process pickled, whatever their type (wall frames' arrays through shared memory).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import enum
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import numpy.typing as npt

from console.access import Accounts, Actor, ActorKind, Guard, Permission, Role
from console.access.screenlock import ScreenLock
from console.commands.dispatcher import Command, CommandDispatcher
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
    Site,
    SiteChange,
)
from console.floor.control import Priority
from console.floor.desk import ActionReport, FloorChanged, FloorDesk, SpeakingTimeWarning
from console.incidents.desk import DeskEntry, DeskNews, IncidentDesk
from console.live.hub import Graded, Hub, HubNews
from console.live.telemetry import Metric, Thresholds
from console.live.wall import WallData, WallFeed
from console.mcu.dialects import REGISTRY, Dialect, dialect_of
from console.presets.camera import SitePresets, camera_control_for
from console.presets.layouts import LayoutPresetStore, apply_layout_preset, watch_commands
from console.records import PresetBook
from console.register.rules import RuleWarning, Violation
from console.registry import RegistryFileError, check_network, parse_json, render_json
from console.runtime.cameras import CameraDesk, CameraFor, CameraRequest
from console.runtime.config import Config
from console.runtime.meeting_live import call_absent_now

if TYPE_CHECKING:
    from console.runtime.history import HistoryReader
from console.runtime.readiness_port import ReadinessBoardPort, ReadinessRequest

if TYPE_CHECKING:
    from console.runtime.report_port import ReportDesk

if TYPE_CHECKING:
    from console.runtime.register_port import RegisterDesk

log = logging.getLogger("bridgewall.bridge")

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

DEMO_DIALECT = "pexip"  # the dialect of the bundled simulator


async def lock_request(
    lock: ScreenLock, actor: Actor, accounts: Accounts | None, request: LockWindow | UnlockWindow
) -> Actor:
    """Lock (→ nobody acts) or unlock (→ the locked person again)."""
    if isinstance(request, LockWindow):
        lock.lock(actor, request.idle_min)
        return Actor("", frozenset())
    if accounts is None:
        raise RuntimeError("this session keeps no accounts")
    return await asyncio.to_thread(lock.unlock, accounts, request.password)


def declared_dialect(config: Config) -> Dialect | None:
    """The dialect the session will speak, known before anything connects: the configured MCU's, else the demo
    simulator's; None when no MCU is configured."""
    if config.mcu.url:
        return dialect_of(config.mcu.url)
    return REGISTRY[DEMO_DIALECT] if config.demo.enabled else None


def site_frame(hub: Hub, request: SiteFrameRequest) -> SiteFrame:
    """What the site detail shows, copied out of the hub (on the hub's thread)."""
    key = request.site
    tel, report = hub.telemetry, hub.report
    series: dict[Metric, Series] = {}
    grades: dict[Metric, Health] = {}
    for metric in request.metrics:
        times, values = tel.series(key, metric, request.window_s, request.now)
        series[metric] = Series(np.array(times, dtype=np.float64), np.array(values, dtype=np.float32))
        grades[metric] = report.grade(key, metric) if report is not None else Health.UNKNOWN
    expected: float | None = None
    if report is not None and (i := report.index(key)) is not None:
        value = float(report.expected_kbps[i])
        expected = value if np.isfinite(value) else None
    return SiteFrame(
        site=hub.directory.site(key),
        participants=tuple(p for p in list(hub.participants.values()) if hub.site_key(p) == key),
        series=MappingProxyType(series),
        grades=MappingProxyType(grades),
        expected_kbps=expected,
    )


def roster_of(hub: Hub) -> Roster:
    by_site: dict[str, list[Participant]] = {}
    conference = ""
    for p in list(hub.participants.values()):
        by_site.setdefault(hub.site_key(p), []).append(p)
        conference = conference or p.conference
    conference = next(iter(hub.layouts), "") or conference
    return Roster(MappingProxyType({k: tuple(v) for k, v in by_site.items()}), conference)


def freeze_frame(feed: WallFeed, seconds: int) -> WallData:
    """A copy of the feed's wall that nobody writes again: arrays copied, the recent series read out once."""
    live = feed.data
    rows = np.arange(len(live.index), dtype=np.int64)
    series = {name: values for name, values in feed.read_series(rows, seconds).items()}
    for values in series.values():
        values.flags.writeable = False
    span = seconds

    def read_series(rows: npt.NDArray[np.int64], seconds: int) -> dict[str, npt.NDArray[np.float32]]:
        n = min(seconds, span)
        return {name: values[rows, span - n :] for name, values in series.items()}

    frame = WallData(live.index, read_series)
    frame.flags[:] = live.flags
    frame.health[:] = live.health
    frame.parts[:] = live.parts
    frame.age[:] = live.age
    frame.version = live.version
    for array in (frame.flags, frame.health, frame.parts, frame.age):
        array.flags.writeable = False
    return frame


class SharedIncidents(Protocol):
    """Other consoles on the same PostgreSQL log told of this one's incident decisions (`console.runtime.sync`)."""

    def incident_changed(self, keys: Iterable[int], op: str, by: str) -> object: ...


ShareIncidents = Callable[[IncidentDesk, Callable[[Callable[[], None]], object]], SharedIncidents | None]


@dataclass
class SessionParts:
    """What the port drives, all living on the session's thread."""

    hub: Hub
    operator: str
    commands: Callable[[], CommandDispatcher | None]  # the dispatcher once the MCU is attached
    layouts: Callable[[str], Awaitable[list[str]]]  # the MCU's layouts for a conference
    floor: FloorDesk  # the runtime's floor desk, already fed by the hub
    presets: PresetBook | None = None  # where layout and camera presets are kept
    camera_addresses: Mapping[str, str] = field(default_factory=dict)  # site → visca://HOST:PORT
    dialect: str = ""  # the MCU's dialect, "" when no MCU is configured (`declared_dialect`)
    capabilities: frozenset[Capability] = frozenset()  # what that dialect declares
    attendance: AttendanceReader | None = None  # reads the log's attendance (None: no log to read)
    registry: RegistryStore | None = None  # the stored site registry (None: no log to keep it in)
    registry_saved: Callable[[tuple[Site, ...]], None] | None = None  # told every save (camera addresses)
    accounts: Accounts | None = None  # who may sign in (None: nobody can, every guarded request is refused)
    guard: Guard = field(default_factory=lambda: Guard(None))  # the permission check and the audit trail
    act_as: Callable[[Actor], None] = lambda _actor: None  # tells the runtime who acts now (the dispatcher)
    needs_administrator: bool = False  # the log has no active administrator yet
    demo: bool = False
    # several consoles on one PostgreSQL log: hear the others' incident decisions, tell them ours (None: SQLite)
    share_incidents: ShareIncidents = lambda _desk, _call_soon: None
    history: HistoryReader | None = None  # reads the history view's rows (None: no log to read)
    readiness: ReadinessBoardPort | None = None  # the readiness board's requests (None: no log)
    reports: ReportDesk | None = None  # makes the reports from the log (None: no log to report from)
    register: RegisterDesk | None = None  # the meeting register in the log (None: no log to keep it in)


class SessionPort:
    """The session's end of the bridge: publishes `Outbound` messages and runs `Request`s on the session's loop.

    Built on the session's thread once the hub exists; `publish` may be called from that thread only and must
    not block (the window's end queues what it gets).
    """

    def __init__(
        self,
        parts: SessionParts,
        loop: asyncio.AbstractEventLoop,
        publish: Callable[[Outbound], None],
        *,
        wall_seconds: int = 120,
    ) -> None:
        self.parts = parts
        self.hub = parts.hub
        self.loop = loop
        self.publish = publish
        self.wall_seconds = wall_seconds
        self.feed = WallFeed(self.hub)
        self.incidents = IncidentDesk(self.hub, guard=parts.guard)
        self.floor = parts.floor
        self.guard = parts.guard
        self.screen_lock = ScreenLock(parts.guard)  # the idle lock: who the window is locked for
        self.actor: Actor = Actor(
            "", frozenset()
        )  # nobody, until a sign-in: every guarded request is refused
        self.layout_presets = (
            LayoutPresetStore(parts.presets, parts.guard) if parts.presets is not None else None
        )
        self._tasks: set[asyncio.Task[Any]] = set()
        self.cameras = CameraDesk(self._camera_presets)  # the open calibrations, closed when the loop ends
        self._tasks.add(loop.create_task(self.cameras.close_at_end(), name="bridge:cameras"))
        self.hub.listeners.append(self._on_hub)
        self.incidents.subscribe(lambda news: self.publish(IncidentNews(news)))
        self.shared = parts.share_incidents(self.incidents, loop.call_soon_threadsafe)
        self.floor.subscribe(self._on_floor)
        publish(
            Ready(
                tuple(self.hub.sites),
                self.hub.grader.thresholds,
                parts.operator,
                self.incidents.keep_resolved,
                tuple(self.incidents.entries()),
                parts.dialect,
                frozenset(parts.capabilities),
                parts.needs_administrator,
                parts.demo,
            )
        )
        self.publish_wall(relayout=True)

    # --- out ------------------------------------------------------------------------------------------------
    def publish_wall(self, relayout: bool) -> None:
        self.publish(
            WallFrame(
                freeze_frame(self.feed, self.wall_seconds), relayout, roster_of(self.hub), self.feed.group_by
            )
        )

    def _on_hub(self, news: HubNews) -> None:
        if self.floor.commands is None:
            self.floor.commands = self.parts.commands()
        if isinstance(news, Graded):
            self.publish_wall(relayout=self.feed.update(news.report))
        elif isinstance(news, LinkChanged):
            self.publish(LinkNews(news))
        elif isinstance(news, AttendanceJoined | AttendanceLeft):
            self.publish(AttendanceNews(news))
        elif isinstance(news, LayoutChanged):
            self.publish(LayoutNews(news))

    def _on_floor(self, news: object) -> None:
        if isinstance(news, FloorChanged | ActionReport | SpeakingTimeWarning):
            self.publish(FloorNews(news))

    # --- in -------------------------------------------------------------------------------------------------
    def submit(self, request: Request) -> concurrent.futures.Future[Any]:
        """Run a request on the session's loop, from any thread."""
        return asyncio.run_coroutine_threadsafe(self.handle(request), self.loop)

    def _act_as(self, actor: Actor) -> Actor:
        self.actor = actor
        self.parts.act_as(actor)
        return actor

    async def _access(self, request: AccessRequest) -> Actor:
        if isinstance(request, LockWindow | UnlockWindow):
            return self._act_as(
                await lock_request(self.screen_lock, self.actor, self.parts.accounts, request)
            )
        if isinstance(request, SignOut):
            self.screen_lock.hand_over()
            if self.actor.name:
                self.guard.record(self.actor, "sign-out", self.actor.name)
            return self._act_as(Actor("", frozenset()))
        if isinstance(request, DemoSignIn):
            if not self.parts.demo:
                raise PermissionError("only the demo signs in without a password")
            self.guard.record(
                DEMO_OPERATOR, "sign-in", DEMO_OPERATOR.name, detail="the demo's operator, by --demo"
            )
            return self._act_as(DEMO_OPERATOR)
        accounts = self.parts.accounts
        if accounts is None:
            raise RuntimeError("this session keeps no accounts")
        if isinstance(request, CreateFirstAdministrator):
            await asyncio.to_thread(accounts.add_first_administrator, request.name, request.password)
        actor = await asyncio.to_thread(accounts.sign_in, request.name, request.password)
        return self._act_as(actor)

    async def handle(self, request: Request) -> Any:
        if isinstance(request, AccessRequest):
            return await self._access(request)
        if isinstance(request, SiteCommand):
            return await self._site_command(request)
        if isinstance(request, CallAbsent):
            return await call_absent_now(self.hub, self.parts.commands(), self.actor)
        if isinstance(request, GroupWall):
            self.feed.set_group_by(request.field)
            self.publish_wall(relayout=self.feed.update())
            return None
        if isinstance(request, ApplyLayout):
            return await self._apply_layout(request.preset)
        if isinstance(request, LoadLayouts):
            return await self.parts.layouts(request.conference)
        if isinstance(request, FloorCommand):
            return await self._floor(request)
        if isinstance(request, IncidentAction):
            return self._incident(request)
        if isinstance(request, SiteFrameRequest):
            return site_frame(self.hub, request)
        if isinstance(request, SiteAttendanceRequest):
            reader = self.parts.attendance
            if reader is None:
                raise RuntimeError("this session keeps no log to read")
            conference = roster_of(self.hub).conference
            since = local_day_start(request.now)
            return await asyncio.to_thread(reader, request.site, conference, since)
        if isinstance(request, SiteHistoryRequest | ListSites | SaveSites):
            return await self._registry(request)
        if isinstance(request, HistoryQuery | HistoryChartsQuery | MeetingDetailQuery):
            from console.runtime.history import answer

            return await answer(self, request)
        if isinstance(request, CameraFor):
            return await self.cameras.open(request.site)
        if isinstance(request, CameraRequest):
            return await self.cameras.handle(request)
        if isinstance(request, ReadinessRequest):
            if self.parts.readiness is None:
                raise RuntimeError("this session keeps no log to read")
            return await self.parts.readiness.handle(request, self.actor)
        if isinstance(request, ReportsDue | MakeReport):
            from console.runtime.report_port import handle_report

            return await handle_report(self.parts.reports, self.guard, self.actor, request)
        if isinstance(request, RegisterRequest):
            from console.runtime.register_port import handle_register  # it imports these requests

            return await asyncio.to_thread(
                handle_register, self.parts.register, request, self.actor, self.guard
            )
        store = self.layout_presets
        if store is None:
            raise RuntimeError("presets are not kept in this session")
        if isinstance(request, ListLayoutPresets):
            return await asyncio.to_thread(store.presets)
        if isinstance(request, SaveLayoutPreset):
            return await asyncio.to_thread(store.save, self.actor, request.preset)
        if isinstance(request, DeleteLayoutPreset):
            return await asyncio.to_thread(store.delete, self.actor, request.preset_id)
        raise TypeError(f"not a bridge request: {request!r}")

    async def _registry(self, request: SiteHistoryRequest | ListSites | SaveSites) -> Any:
        store = self.parts.registry
        if store is None:
            raise RuntimeError("this session keeps no site registry")
        if isinstance(request, SiteHistoryRequest):
            return tuple(await asyncio.to_thread(store.history, request.site))
        if isinstance(request, ListSites):
            return tuple(await asyncio.to_thread(store.load))
        target = ", ".join(site.code for site in request.sites)
        self.guard.require(self.actor, Permission.REGISTRY_EDIT, target)
        stored = tuple(await asyncio.to_thread(store.load))
        for site in request.sites:
            refused = check_site(site, stored)
            if refused is not None:
                raise refused
        # kept in the history as the signed-in person, whatever name the window wrote
        saved: SitesSaved = await asyncio.to_thread(
            store.save, request.sites, self.actor.name or request.actor
        )
        self.guard.record(self.actor, Permission.REGISTRY_EDIT.value, target)
        self._registry_applied(saved.sites)
        return saved

    def _registry_applied(self, sites: tuple[Site, ...]) -> None:
        """A saved registry takes effect at once: the hub's matching, names and shared faults, the wall's names and
        groups (a relaid-out frame goes out now), the camera addresses."""
        self.hub.set_sites(sites)
        self.feed.registry_changed()
        self.publish_wall(relayout=self.feed.update())
        if self.parts.registry_saved is not None:
            self.parts.registry_saved(sites)

    async def _site_command(self, request: SiteCommand) -> CommandOutcome:
        commands = self.parts.commands()
        if commands is None:
            return CommandOutcome("unreachable", "not connected to an MCU")
        key, action, hub = request.site, request.action, self.hub
        participant = roster_of(hub).first(key)
        if action is SiteAction.DIAL:
            site = hub.directory.site(key)
            conference = roster_of(hub).conference or "giaoban"
            command = commands.dial(
                conference, site.address if site else key, site.name if site else key, actor=self.actor
            )
        elif participant is None:
            return CommandOutcome("error", "the site is not in the meeting")
        else:
            p, who = participant, self.actor
            command = {
                SiteAction.MUTE_AUDIO: lambda: commands.mute_audio(
                    p.conference, p.uuid, key, True, actor=who
                ),
                SiteAction.UNMUTE_AUDIO: lambda: commands.mute_audio(
                    p.conference, p.uuid, key, False, actor=who
                ),
                SiteAction.MUTE_VIDEO: lambda: commands.mute_video(
                    p.conference, p.uuid, key, True, actor=who
                ),
                SiteAction.UNMUTE_VIDEO: lambda: commands.mute_video(
                    p.conference, p.uuid, key, False, actor=who
                ),
                SiteAction.DISCONNECT: lambda: commands.disconnect(p.conference, p.uuid, key, actor=who),
            }[action]()
        return await _outcome(command)

    async def _apply_layout(self, preset: LayoutPreset) -> CommandOutcome:
        commands = self.parts.commands()
        if commands is None:
            return CommandOutcome("unreachable", "not connected to an MCU")
        participants = list(self.hub.participants.values())
        conference = roster_of(self.hub).conference or "giaoban"
        applied = apply_layout_preset(commands, conference, preset, participants, self.hub.site_key)
        done: asyncio.Future[CommandOutcome] = self.loop.create_future()

        def report(state: Any, detail: str) -> None:
            if state.value != "pending" and not done.done():
                done.set_result(CommandOutcome(state.value, detail))

        watch_commands(applied.commands, report)
        return await done

    async def _floor(self, c: FloorCommand) -> Any:
        desk = self.floor
        if desk.commands is None:
            desk.commands = self.parts.commands()
        op, who, rid = c.op, self.actor, c.request_id  # the signed-in person, whatever name the window wrote
        if op is FloorOp.PUBLISH:
            return desk.publish()
        if op is FloorOp.ADD_REQUEST:
            kwargs: dict[str, Any] = {
                "actor": who,
                "source": c.source,
                "delegate": c.delegate,
                "topic": c.topic,
                "stranger": c.stranger,
            }
            if c.priority is not None:
                kwargs["priority"] = c.priority
            return desk.add_request(c.site, **kwargs)
        if op is FloorOp.GRANT_NEXT:
            return await desk.grant_next(who)
        if op is FloorOp.LOWER_ALL_HANDS:
            return await desk.lower_all_hands(who)
        assert rid is not None, f"{op} needs a request id"
        if op is FloorOp.MOVE_TO_TURN:
            assert c.turn is not None
            return desk.move_to_turn(rid, c.turn, who)
        if op is FloorOp.DENY:
            return desk.deny(rid, who)
        action: Callable[[int, Actor], Awaitable[ActionReport]] = {
            FloorOp.GRANT: desk.grant,
            FloorOp.RELEASE: desk.release,
            FloorOp.LOWER_HAND: desk.lower_hand,
        }[op]
        return await action(rid, who)

    def _camera_presets(self, key: str) -> SitePresets | None:
        book = self.parts.presets
        if book is None:
            return None
        control = camera_control_for(
            key, self.parts.camera_addresses, self.parts.commands(), roster_of(self.hub).first(key)
        )
        if control is None:
            return None
        return SitePresets(key, control, book, self.actor, guard=self.guard)

    def _incident(self, a: IncidentAction) -> bool:
        desk = self.incidents
        entry = desk.entry(a.key)
        if entry is None:
            return False
        if a.op is IncidentOp.ACKNOWLEDGE:
            assert a.at is not None
            changed = desk.acknowledge(a.key, self.actor, a.at)
        elif a.op is IncidentOp.ANNOTATE:
            desk.annotate(a.key, cause=a.cause, fix=a.fix, eta=a.eta, by=self.actor, clear_eta=a.clear_eta)
            changed = True
        elif a.op is IncidentOp.REOPEN:
            assert a.at is not None
            changed = desk.reopen(a.key, self.actor, a.at)
        else:
            assert a.at is not None
            changed = desk.resolve(a.key, self.actor, a.at, cause=a.cause, fix=a.fix)
        if changed and self.shared is not None:
            self.shared.incident_changed((a.key, *entry.children), a.op.value, self.actor.name)
        return changed


async def _outcome(command: Command) -> CommandOutcome:
    done: asyncio.Future[CommandOutcome] = asyncio.get_running_loop().create_future()

    def finished(c: Command) -> None:
        if c.state.value != "pending" and not done.done():
            done.set_result(CommandOutcome(c.state.value, c.detail))

    command.add_listener(finished)
    return await done


class HubSiteSource:
    """The site detail's source on the hub's own thread (tests, tools): frames are made and delivered at once."""

    def __init__(
        self,
        hub: Hub,
        incidents: IncidentDesk | None = None,
        attendance: AttendanceReader | None = None,
        registry: RegistryStore | None = None,
        actor: Actor | None = None,
    ) -> None:
        self.hub = hub
        desk = incidents if incidents is not None else IncidentDesk(hub)
        self.incidents = desk.acting_as(
            actor if actor is not None else Actor("", frozenset())
        )  # who acts on it
        self.reader = attendance  # None: no log, only what is seen from now on
        self.registry = registry  # None: no history kept

    def history(
        self,
        request: SiteHistoryRequest,
        deliver: Callable[[tuple[SiteChange, ...]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        if self.registry is None:
            deliver(())
            return
        try:
            found = tuple(self.registry.history(request.site))
        except Exception as exc:  # the log unreadable: said where the history would be
            failed(exc)
            return
        deliver(found)

    @property
    def thresholds(self) -> Thresholds:
        return self.hub.grader.thresholds

    def site(self, key: str) -> Site | None:
        return self.hub.directory.site(key)

    def frame(self, request: SiteFrameRequest, deliver: Callable[[SiteFrame], None]) -> None:
        deliver(site_frame(self.hub, request))

    def attendance(
        self,
        request: SiteAttendanceRequest,
        deliver: Callable[[SiteAttendance], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        since = local_day_start(request.now)
        if self.reader is None:
            deliver(SiteAttendance((), None, since))
            return
        try:
            found = self.reader(request.site, roster_of(self.hub).conference, since)
        except Exception as exc:  # the log unreadable: said where the spans would be
            failed(exc)
            return
        deliver(found)

    def watch_attendance(
        self, listener: Callable[[AttendanceJoined | AttendanceLeft], None]
    ) -> Callable[[], None]:
        def on_hub(news: HubNews) -> None:
            if isinstance(news, AttendanceJoined | AttendanceLeft):
                listener(news)

        listeners = self.hub.listeners
        listeners.append(on_hub)
        return lambda: listeners.remove(on_hub) if on_hub in listeners else None
