"""The tables of the log and the site registry, as SQLAlchemy 2.x typed models.

Times are stored as timezone-aware UTC (`UTCDateTime`) on every backend; enums from `console.domain` are stored
as their values (strings, or integers for `FloorState`). These classes stay inside `db/`: the query functions
turn rows into the frozen dataclasses of `console.domain`.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
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

from console.domain import CommandResult, FloorState, IncidentKind, RequestSource, Severity, Side, Tier

# Deterministic constraint names, so the hand-written migrations and the models agree on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 128  # site codes, MCU display names, actors
NAME = 255
SHORT = 32  # enum values


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


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(NAME))
    host_agency: Mapped[str] = mapped_column(String(NAME), default="")
    host_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    conference: Mapped[str] = mapped_column(String(NAME), default="")

    host_site: Mapped[SiteRow | None] = relationship()


class AttendanceRow(Base):
    """One join→leave span. Cumulative: every join is a new row, a leave closes the open span."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    site: Mapped[str] = mapped_column(String(NAME), index=True)
    participant_uuid: Mapped[str] = mapped_column(String(64), default="", index=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    left_by_operator: Mapped[bool] = mapped_column(Boolean, default=False)


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(NAME), index=True)
    kind: Mapped[IncidentKind] = mapped_column(StrEnumValue(IncidentKind))
    severity: Mapped[Severity] = mapped_column(StrEnumValue(Severity))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cause: Mapped[str] = mapped_column(Text, default="")
    fix: Mapped[str] = mapped_column(Text, default="")
    eta: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(CODE), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")


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
    site: Mapped[str] = mapped_column(String(NAME))
    delegate: Mapped[str] = mapped_column(String(NAME), default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[RequestSource] = mapped_column(StrEnumValue(RequestSource))
    state: Mapped[FloorState] = mapped_column(IntEnumValue(FloorState))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    granted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
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
    reason: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[FloorRequestRow] = relationship(back_populates="events")


class CommandRow(Base):
    """The audit trail of commands sent to the MCU or a camera."""

    __tablename__ = "commands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String(CODE))
    action: Mapped[str] = mapped_column(String(CODE))
    target: Mapped[str] = mapped_column(String(NAME))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    result: Mapped[CommandResult] = mapped_column(StrEnumValue(CommandResult))
    detail: Mapped[str] = mapped_column(Text, default="")
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
