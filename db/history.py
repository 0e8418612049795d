"""What the history view reads from the log beyond a report's rows (`db.report_reads`): the commands sent, the
floor requests and the audit trail of a window [start, end), as frozen rows of plain values, oldest first.

Meetings, attendance and incidents come through `db.report_reads.read_report_log` (the report's own reads, so the
view and the documents count alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditRow, CommandRow, FloorRequestRow


@dataclass(frozen=True, slots=True)
class CommandRead:
    id: int
    sent_at: datetime
    actor: str
    action: str
    target: str
    result: str
    detail: str
    rtt_ms: float | None


@dataclass(frozen=True, slots=True)
class FloorRead:
    id: int
    requested_at: datetime
    site: str
    delegate: str
    topic: str
    source: str
    state: str
    granted_at: datetime | None
    ended_at: datetime | None
    reason: str
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class AuditRead:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    result: str
    detail: str


def read_commands(session: Session, start: datetime, end: datetime) -> list[CommandRead]:
    c = CommandRow
    rows = session.execute(
        select(c.id, c.sent_at, c.actor, c.action, c.target, c.result, c.detail, c.rtt_ms)
        .where(c.sent_at >= start, c.sent_at < end)
        .order_by(c.sent_at, c.id)
    )
    return [CommandRead(r[0], r[1], r[2], r[3], r[4], r[5].value, r[6], r[7]) for r in rows]


def read_floor(session: Session, start: datetime, end: datetime) -> list[FloorRead]:
    f = FloorRequestRow
    rows = session.execute(
        select(
            f.id,
            f.requested_at,
            f.site,
            f.delegate,
            f.topic,
            f.source,
            f.state,
            f.granted_at,
            f.ended_at,
            f.reason,
            f.meeting_id,
        )
        .where(f.requested_at >= start, f.requested_at < end)
        .order_by(f.requested_at, f.id)
    )
    return [
        FloorRead(r[0], r[1], r[2], r[3], r[4], r[5].value, r[6].name.lower(), r[7], r[8], r[9], r[10])
        for r in rows
    ]


def read_audit(session: Session, start: datetime, end: datetime) -> list[AuditRead]:
    a = AuditRow
    rows = session.execute(
        select(a.seq, a.at, a.actor, a.action, a.target, a.result, a.detail)
        .where(a.at >= start, a.at < end)
        .order_by(a.seq)
    )
    return [AuditRead(*r) for r in rows]


__all__ = ["AuditRead", "CommandRead", "FloorRead", "read_audit", "read_commands", "read_floor"]
