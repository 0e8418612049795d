"""The domain: sites, meetings, attendance, incidents, floor requests and commands.

Plain frozen dataclasses with no Qt and no database: the core hands these to widgets and to `db/`.
Times are timezone-aware UTC datetimes; the UI shows them in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class IncidentKind(enum.StrEnum):
    LINK_DOWN = "link_down"
    NO_AUDIO = "no_audio"
    NO_VIDEO = "no_video"
    PACKET_LOSS = "packet_loss"
    JITTER = "jitter"
    LOW_BITRATE = "low_bitrate"
    MCU_UNREACHABLE = "mcu_unreachable"
    MCU_AUTH = "mcu_auth"  # the MCU answers but refuses the console's credentials
    POWER = "power"
    OTHER = "other"
    READINESS = "readiness"  # an expected site not ready at T−30 minutes (console.readiness)


class Severity(enum.StrEnum):
    """Ordered by gravity: compare with `.rank`."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class FloorState(enum.IntEnum):
    """BFCP request states (RFC 8855), numbered as on the wire."""

    PENDING = 1
    ACCEPTED = 2
    GRANTED = 3
    DENIED = 4
    CANCELLED = 5
    RELEASED = 6
    REVOKED = 7

    @property
    def terminal(self) -> bool:
        return self in (FloorState.DENIED, FloorState.CANCELLED, FloorState.RELEASED, FloorState.REVOKED)


class RequestSource(enum.StrEnum):
    """Where a floor request came from."""

    MCU = "mcu"  # a raised hand at the MCU (Pexip buzz)
    PHONE = "phone"
    EMAIL = "email"
    ZALO = "zalo"
    OPERATOR = "operator"


class ClosedBy(enum.StrEnum):
    """Who closed a log record that no event closed: the console's own stop, or the next start after a crash."""

    STOP = "stop"  # a normal stop (window closed, monitor's SIGTERM or --duration) at the stop time
    RECOVERY = "recovery"  # the run died (kill -9, power cut): closed at its last heartbeat by the next start


class CommandResult(enum.StrEnum):
    PENDING = "pending"
    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    host_agency: str
    host_site: str | None  # site code
    start: datetime
    end: datetime | None = None
    emergency: bool = False
    conference: str = ""  # the MCU conference alias
    id: int | None = None
    closed_by: ClosedBy | None = None  # set when the console's stop or a recovery ended it, not a real end


@dataclass(frozen=True, slots=True)
class Attendance:
    """One join→leave span of one site in one meeting. Spans are appended, never overwritten."""

    meeting_id: int | None
    site: str  # site code, or the MCU display name when the site is unknown
    joined_at: datetime
    left_at: datetime | None = None
    left_by_operator: bool = False
    participant_uuid: str = ""
    id: int | None = None
    closed_by: ClosedBy | None = None  # set when a stop or a recovery closed the span, not a leave


@dataclass(frozen=True, slots=True)
class Incident:
    site: str  # site code, or the MCU display name when the site is unknown
    kind: IncidentKind
    severity: Severity
    opened_at: datetime
    resolved_at: datetime | None = None
    cause: str = ""
    fix: str = ""
    eta: datetime | None = None  # expected restore time, entered by people
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    parent_id: int | None = None  # a shared-fault parent
    meeting_id: int | None = None
    detail: str = ""
    id: int | None = None
    reopens_id: int | None = None  # the incident a person resolved while its condition still held
    closed_by: ClosedBy | None = None  # set when a stop or a recovery resolved it, not the rules or a person


@dataclass(frozen=True, slots=True)
class FloorRequest:
    site: str
    state: FloorState
    priority: int  # 0 lowest … 4 highest
    requested_at: datetime
    source: RequestSource = RequestSource.MCU
    delegate: str = ""
    topic: str = ""
    granted_at: datetime | None = None
    ended_at: datetime | None = None
    reason: str = ""
    seq: int = 0  # server sequence: queue order is (priority desc, seq asc)
    meeting_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CommandRecord:
    """One command sent to the MCU or a camera, as audited."""

    actor: str
    action: str
    target: str
    sent_at: datetime
    result: CommandResult = CommandResult.PENDING
    detail: str = ""
    rtt_ms: float | None = None
    args: dict[str, object] = field(default_factory=dict)
    id: int | None = None
