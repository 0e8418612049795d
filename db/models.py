"""The tables of the log and the site registry, as SQLAlchemy 2.x typed models.

Times are stored as timezone-aware UTC (`UTCDateTime`) on every backend; enums from `console.domain` are stored
as their values (strings, or integers for `FloorState`). These classes stay inside `db/`: the query functions
turn rows into the frozen dataclasses of `console.domain`.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Sequence,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from console.domain import (
    ClosedBy,
    CommandResult,
    FloorState,
    IncidentKind,
    RequestSource,
    Severity,
    Side,
    Tier,
)
from console.domain.readiness import Check, Item
from console.domain.register import Announcement, ChangeKind, MeetingState, Recurrence

# Deterministic constraint names, so the hand-written migrations and the models agree on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 128  # site codes, actors
NAME = 255
SHORT = 32  # enum values
NUL_SIGN = "\u2400"  # "␀": what a NUL character in stored text becomes (PostgreSQL refuses NUL in text)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    Accepts aware datetimes only (a naive one is a bug in the caller: it has no defined instant).
    SQLite keeps no offset, so values are stored as naive UTC there and come back tagged as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given where an aware UTC time is required")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class LogText(TypeDecorator[str]):
    """Text of any length as it came (MCU display names, aliases, details, people's notes), on every backend.

    A NUL character, which PostgreSQL refuses in text, is stored as U+2400 "␀" (on SQLite too, so both logs
    read the same); comparisons go through the same replacement, so a name finds its own rows.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else value.replace("\x00", NUL_SIGN)


StrEnumT = TypeVar("StrEnumT", bound=enum.StrEnum)
IntEnumT = TypeVar("IntEnumT", bound=enum.IntEnum)


class StrEnumValue(TypeDecorator[StrEnumT], Generic[StrEnumT]):
    """A `StrEnum` stored as its value in a VARCHAR (no database enum type: new members need no migration)."""

    impl = String(SHORT)
    cache_ok = True

    def __init__(self, enum_class: type[StrEnumT], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum_class = enum_class

    def process_bind_param(self, value: StrEnumT | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnumT | None:
        return None if value is None else self.enum_class(value)


class IntEnumValue(TypeDecorator[IntEnumT], Generic[IntEnumT]):
    """An `IntEnum` stored as its integer value."""

    impl = Integer
    cache_ok = True

    def __init__(self, enum_class: type[IntEnumT], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum_class = enum_class

    def process_bind_param(self, value: IntEnumT | int | None, dialect: Dialect) -> int | None:
        return None if value is None else int(self.enum_class(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> IntEnumT | None:
        return None if value is None else self.enum_class(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SiteRow(Base):
    """One conference room (điểm cầu) of the registry."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), unique=True)
    name: Mapped[str] = mapped_column(String(NAME))
    tier: Mapped[Tier] = mapped_column(StrEnumValue(Tier))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    district: Mapped[str | None] = mapped_column(String(CODE))
    agency: Mapped[str] = mapped_column(String(NAME), default="")
    room: Mapped[str] = mapped_column(String(NAME), default="")
    address: Mapped[str] = mapped_column(String(NAME), default="")
    provider_organisation: Mapped[str | None] = mapped_column(String(NAME))
    provider_name: Mapped[str | None] = mapped_column(String(NAME))
    provider_phone: Mapped[str | None] = mapped_column(String(64))
    provider_email: Mapped[str | None] = mapped_column(String(NAME))
    power_organisation: Mapped[str | None] = mapped_column(String(NAME))
    power_name: Mapped[str | None] = mapped_column(String(NAME))
    power_phone: Mapped[str | None] = mapped_column(String(64))
    power_email: Mapped[str | None] = mapped_column(String(NAME))
    cluster: Mapped[str] = mapped_column(String(NAME), default="", server_default="")
    province: Mapped[str] = mapped_column(String(NAME), default="", server_default="")
    camera: Mapped[str] = mapped_column(String(NAME), default="", server_default="")  # "" = through the MCU

    parent: Mapped[SiteRow | None] = relationship(remote_side=[id])
    technicians: Mapped[list[TechnicianRow]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="TechnicianRow.ordinal"
    )
    changes: Mapped[list[SiteChangeRow]] = relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True, order_by="SiteChangeRow.id"
    )


class TechnicianRow(Base):
    """A trained technician of one site (cán bộ kỹ thuật); `ordinal` keeps the registry's order."""

    __tablename__ = "technicians"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME))
    unit: Mapped[str] = mapped_column(String(NAME), default="")
    position: Mapped[str] = mapped_column(String(NAME), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(NAME), default="")
    side: Mapped[Side] = mapped_column(
        StrEnumValue(Side), default=Side.GOVERNMENT, server_default=Side.GOVERNMENT.value
    )

    site: Mapped[SiteRow] = relationship(back_populates="technicians")


class LogSessionRow(Base):
    """One run of a console writing to the log (`gui` or `monitor`), from its start to its stop.

    The running writer moves `heartbeat_at` forward with every commit and every few seconds when idle: the last
    time the log knew the run's open records to be true. A run with no `ended_at` whose process is gone died
    (kill -9, power cut); the next start closes what it left open at its `heartbeat_at` (`closed_by` recovery).
    """

    __tablename__ = "log_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    host: Mapped[str] = mapped_column(String(NAME), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    program: Mapped[str] = mapped_column(String(SHORT), default="")
    closed_by: Mapped[ClosedBy | None] = mapped_column(StrEnumValue(ClosedBy))


def _run_id() -> Mapped[int | None]:
    """The run that opened the row (a meeting: the run holding it now), for closing it at a stop or a recovery."""
    return mapped_column(ForeignKey("log_sessions.id", ondelete="SET NULL"), index=True)


def _closed_by() -> Mapped[ClosedBy | None]:
    """NULL when a real event closed the row (or it is open); `stop` or `recovery` when the console did."""
    return mapped_column(StrEnumValue(ClosedBy))


class SiteChangeRow(Base):
    """One change to a site, kept for the regulations: a technician replaced, a camera moved … with when and who."""

    __tablename__ = "site_changes"
    __table_args__ = (Index("ix_site_changes_site_id_at", "site_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(CODE))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")

    site: Mapped[SiteRow] = relationship(back_populates="changes")


class MeetingSeriesRow(Base):
    """A weekly or monthly series of registered meetings; each occurrence is a `MeetingRow` of its own."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    every: Mapped[Recurrence] = mapped_column(StrEnumValue(Recurrence))
    until: Mapped[date] = mapped_column(Date)  # local date, included
    first_start: Mapped[datetime] = mapped_column(UTCDateTime)
    first_end: Mapped[datetime] = mapped_column(UTCDateTime)
    exceptions: Mapped[list[str]] = mapped_column(JSON, default=list)  # local dates, ISO 8601


class MeetingRow(Base):
    """A meeting: registered in the register, or recorded from the MCU (state "held", `registered_at` NULL).

    `series_id` and `held_as_id` are plain indexed integers, not foreign keys: SQLite can add a column to a table
    that others reference only in place, and a foreign key would have it copy `meetings` (dropping the old table
    would set every attendance, incident and floor request's meeting to NULL on the way).
    """

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(LogText)
    host_agency: Mapped[str] = mapped_column(String(NAME), default="")
    host_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    conference: Mapped[str] = mapped_column(LogText, default="")
    state: Mapped[MeetingState] = mapped_column(
        StrEnumValue(MeetingState), default=MeetingState.HELD, server_default=MeetingState.HELD.value
    )
    announced_by: Mapped[Announcement | None] = mapped_column(StrEnumValue(Announcement))
    registered_by: Mapped[str] = mapped_column(String(CODE), default="", server_default="")
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # NULL: recorded from the MCU
    forced: Mapped[str] = mapped_column(Text, default="", server_default="")  # the supervisor's reason
    forced_over: Mapped[str] = mapped_column(
        Text, default="", server_default=""
    )  # the rules broken, a line each
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)  # meeting_series.id
    recurrence_id: Mapped[datetime | None] = mapped_column(
        UTCDateTime
    )  # the occurrence's start in its series
    held_as_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the registered meeting it was
    run_id: Mapped[int | None] = _run_id()
    closed_by: Mapped[ClosedBy | None] = _closed_by()

    host_site: Mapped[SiteRow | None] = relationship()
    expected: Mapped[list[MeetingSiteRow]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingSiteRow.ordinal"
    )


class MeetingSiteRow(Base):
    """An expected site of a registered meeting; `ordinal` keeps the order it was given in."""

    __tablename__ = "meeting_sites"
    __table_args__ = (UniqueConstraint("meeting_id", "site_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)

    site: Mapped[SiteRow] = relationship()


class MeetingChangeRow(Base):
    """A recorded move or cancellation of a registered meeting: the reason, who, when, the times before and after."""

    __tablename__ = "meeting_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChangeKind] = mapped_column(StrEnumValue(ChangeKind))
    reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(CODE), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    old_start: Mapped[datetime] = mapped_column(UTCDateTime)
    old_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    new_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    new_end: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MeetingGapRow(Base):
    """A time the meeting was not watched: a console stopped or died, and a later start reattached the meeting."""

    __tablename__ = "meeting_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    from_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the meeting's end as the stop or recovery set it
    to_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the MCU showed the conference again
    closed_by: Mapped[ClosedBy] = mapped_column(StrEnumValue(ClosedBy))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("log_sessions.id", ondelete="SET NULL"))


# Site names and participant ids come from the MCU and may be of any length: PostgreSQL indexes them by hash
# (a B-tree refuses an entry over about 2.7 kB, which would refuse the row); both lookups are by equality.
class AttendanceRow(Base):
    """One join→leave span. Cumulative: every join is a new row, a leave closes the open span."""

    __tablename__ = "attendance"
    __table_args__ = (
        Index("ix_attendance_site", "site", postgresql_using="hash"),
        Index("ix_attendance_participant_uuid", "participant_uuid", postgresql_using="hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    site: Mapped[str] = mapped_column(LogText)
    participant_uuid: Mapped[str] = mapped_column(LogText, default="")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    left_by_operator: Mapped[bool] = mapped_column(Boolean, default=False)
    run_id: Mapped[int | None] = _run_id()
    closed_by: Mapped[ClosedBy | None] = _closed_by()


class IncidentRow(Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_site", "site", postgresql_using="hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(LogText)
    kind: Mapped[IncidentKind] = mapped_column(StrEnumValue(IncidentKind))
    severity: Mapped[Severity] = mapped_column(StrEnumValue(Severity))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cause: Mapped[str] = mapped_column(LogText, default="")
    fix: Mapped[str] = mapped_column(LogText, default="")
    eta: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(CODE), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    detail: Mapped[str] = mapped_column(LogText, default="")
    # the incident a person resolved by hand while its condition still held, and that this one opens again; a plain
    # id, no foreign key: SQLite cannot add one to a table in place (see migration 0005), and the log deletes nothing
    reopens_id: Mapped[int | None] = mapped_column(Integer, index=True)
    run_id: Mapped[int | None] = _run_id()
    closed_by: Mapped[ClosedBy | None] = _closed_by()


FLOOR_NUMBERS = Sequence("floor_request_numbers", metadata=Base.metadata)
"""Where PostgreSQL draws floor request numbers (`floor_requests.seq`); SQLite has none and takes max + 1."""


class FloorRequestRow(Base):
    """One floor request; `seq` is its number in the log, unique across conferences, runs and consoles."""

    __tablename__ = "floor_requests"
    __table_args__ = (
        Index("ix_floor_requests_seq_id", "seq", "id"),
        Index("uq_floor_requests_seq", "seq", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(LogText)
    delegate: Mapped[str] = mapped_column(LogText, default="")
    topic: Mapped[str] = mapped_column(LogText, default="")
    source: Mapped[RequestSource] = mapped_column(StrEnumValue(RequestSource))
    state: Mapped[FloorState] = mapped_column(IntEnumValue(FloorState))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    granted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(LogText, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)

    events: Mapped[list[FloorEventRow]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="FloorEventRow.id"
    )


class FloorEventRow(Base):
    """One state transition of a floor request; `from_state` is NULL for the creation."""

    __tablename__ = "floor_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("floor_requests.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[FloorState | None] = mapped_column(IntEnumValue(FloorState))
    to_state: Mapped[FloorState] = mapped_column(IntEnumValue(FloorState))
    actor: Mapped[str] = mapped_column(String(CODE), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(LogText, default="")

    request: Mapped[FloorRequestRow] = relationship(back_populates="events")


class CommandRow(Base):
    """The audit trail of commands sent to the MCU or a camera."""

    __tablename__ = "commands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String(CODE))
    action: Mapped[str] = mapped_column(String(CODE))
    target: Mapped[str] = mapped_column(LogText)
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    result: Mapped[CommandResult] = mapped_column(StrEnumValue(CommandResult))
    detail: Mapped[str] = mapped_column(LogText, default="")
    rtt_ms: Mapped[float | None] = mapped_column(Float)


class CameraPresetRow(Base):
    """A camera framing matched to a site's seating chart (khung hình)."""

    __tablename__ = "camera_presets"
    __table_args__ = (UniqueConstraint("site_id", "slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    slot: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME), default="")
    pan: Mapped[int] = mapped_column(Integer, default=0)
    tilt: Mapped[int] = mapped_column(Integer, default=0)
    zoom: Mapped[int] = mapped_column(Integer, default=0)
    seat_chart: Mapped[str] = mapped_column(Text, default="")
    calibrated_by: Mapped[str] = mapped_column(String(CODE), default="")
    calibrated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the preset the floor control recalls when it grants this site the floor (at most one per site)
    speaker: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LayoutPresetRow(Base):
    """A saved display layout (khung hình hiển thị) with the sites pinned in it."""

    __tablename__ = "layout_presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    layout: Mapped[str] = mapped_column(String(SHORT))
    pinned_sites: Mapped[list[str]] = mapped_column(JSON, default=list)
    overlay: Mapped[str] = mapped_column(Text, default="")
    # the preset's place on the operator's layout bar (and its number key)
    ordinal: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class UserRow(Base):
    """A person's account (`console.domain.access.Account`); never deleted, only disabled. No password in clear:
    `password_hash` is an argon2id PHC string."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(CODE), unique=True)
    password_hash: Mapped[str] = mapped_column(String(NAME))
    roles: Mapped[str] = mapped_column(String(NAME))  # comma-separated, in the role table's order
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """One entry of the audit trail; `mac` chains it to the entry before (`console.access.chain`)."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(CODE))
    actor_kind: Mapped[str] = mapped_column(String(SHORT))
    action: Mapped[str] = mapped_column(String(CODE))
    target: Mapped[str] = mapped_column(String(NAME))
    result: Mapped[str] = mapped_column(String(SHORT))
    detail: Mapped[str] = mapped_column(Text)
    mac: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The audit chain's head: one row (id 1), the lock every append takes, and a keyed tag over its state."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    mac: Mapped[str] = mapped_column(String(64), default="")
    tag: Mapped[str] = mapped_column(String(64), default="")


# The rows the migrations seed (0008: the audit chain's head, empty); a database created from these models gets them
# too (db.engine's fresh path; tests/db/test_schema.py holds the two ways to the same schema and rows).
SEED_ROWS: tuple[tuple[type[Base], dict[str, Any]], ...] = (
    (AuditHeadRow, {"id": 1, "seq": 0, "mac": "", "tag": ""}),
)


# --- readiness (console.readiness) ----------------------------------------------------------------------------
class ReadinessRunRow(Base):
    """A test run of a registered meeting: open while `stopped_at` is NULL (a running console records its checks)."""

    __tablename__ = "readiness_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[str] = mapped_column(String(CODE))
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    stopped_by: Mapped[str] = mapped_column(String(CODE), default="")
    # the scheduled run a running console opened by itself ("first_test_run" | "second_test_run"), NULL when a
    # person opened it: unique per meeting, so two consoles on one log open a scheduled run once
    scheduled: Mapped[str | None] = mapped_column(String(SHORT))

    __table_args__ = (Index("uq_readiness_runs_meeting_scheduled", "meeting_id", "scheduled", unique=True),)


class ReadinessCheckRow(Base):
    """One site's check: automatic (during a test run, `run_id`) or passed by hand (`manual`, the note in `value`)."""

    __tablename__ = "readiness_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("readiness_runs.id", ondelete="SET NULL"))
    site: Mapped[str] = mapped_column(String(CODE))
    check: Mapped[Check] = mapped_column(StrEnumValue(Check))
    passed: Mapped[bool] = mapped_column(Boolean)
    value: Mapped[str] = mapped_column(LogText, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    by: Mapped[str] = mapped_column(String(CODE), default="")


class ReadinessItemRow(Base):
    """A checklist item a person marked done (the provider or the power company told)."""

    __tablename__ = "readiness_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item: Mapped[Item] = mapped_column(StrEnumValue(Item))
    by: Mapped[str] = mapped_column(String(CODE))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(LogText, default="")


class ReadinessEstimateRow(Base):
    """An estimated real start with its reason; the latest one stands."""

    __tablename__ = "readiness_estimates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(LogText)
    by: Mapped[str] = mapped_column(String(CODE))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReadinessClosingRow(Base):
    """The closing check of a held meeting: who closed it, when, and the sites still connected then."""

    __tablename__ = "readiness_closings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    by: Mapped[str] = mapped_column(String(CODE))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    still_connected: Mapped[list[str]] = mapped_column(JSON, default=list)
    # True when a running console recorded it by itself at the meeting's end (once per meeting: unique), NULL when
    # a person closed it (as often as asked)
    automatic: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (
        Index("uq_readiness_closings_meeting_automatic", "meeting_id", "automatic", unique=True),
    )


class ReadinessFlagRow(Base):
    """An expected site flagged not ready at T−30: written once per meeting and site, whichever console on the log
    flags it first (that console opens the readiness incident)."""

    __tablename__ = "readiness_flags"
    __table_args__ = (UniqueConstraint("meeting_id", "site"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    site: Mapped[str] = mapped_column(String(CODE))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(CODE))
    detail: Mapped[str] = mapped_column(LogText, default="")
