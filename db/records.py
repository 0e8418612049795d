"""The log: meetings, attendance, incidents, floor requests with their transitions, and the command audit.

Plain functions taking a `Session`. Nothing here commits: the caller owns the transaction, so many changes
can share one commit (see `write_batch`). Each write flushes, so returned ids are real. Reads return the
frozen dataclasses of `console.domain`, never rows.

Time filters are half-open: `since <= t < until`, on the record's start time (opened, joined, requested,
sent), so consecutive periods never count a record twice.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from console.domain import (
    Attendance,
    CommandRecord,
    CommandResult,
    FloorRequest,
    FloorState,
    Incident,
    Meeting,
    Severity,
)
from db.models import (
    FLOOR_NUMBERS,
    AttendanceRow,
    CommandRow,
    FloorEventRow,
    FloorRequestRow,
    IncidentRow,
    MeetingRow,
    SiteRow,
)

RowT = TypeVar("RowT")


class RecordNotFound(LookupError):
    """No record with that id."""


class _Unset(enum.Enum):
    UNSET = 0


UNSET = _Unset.UNSET
"""Marks an update argument as "leave as it is" where None is a meaningful value."""


@dataclass(frozen=True, slots=True)
class FloorTransition:
    """One recorded state change of a floor request; `from_state` is None when the request was created."""

    request_id: int
    from_state: FloorState | None
    to_state: FloorState
    at: datetime
    actor: str = ""
    reason: str = ""
    id: int | None = None


def _get(session: Session, model: type[RowT], record_id: int) -> RowT:
    row = session.get(model, record_id)
    if row is None:
        table = getattr(model, "__tablename__", model.__name__)
        raise RecordNotFound(f"no {table} record with id {record_id}")
    return row


def _window(
    stmt: Select[RowT],
    column: InstrumentedAttribute[datetime],
    since: datetime | None,
    until: datetime | None,
) -> Select[RowT]:
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return stmt.where(*conditions) if conditions else stmt


# --- meetings ------------------------------------------------------------------------------------------------


def _to_meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        title=row.title,
        host_agency=row.host_agency,
        host_site=row.host_site.code if row.host_site is not None else None,
        start=row.start_at,
        end=row.end_at,
        emergency=row.emergency,
        conference=row.conference,
        id=row.id,
        closed_by=row.closed_by,
    )


def start_meeting(session: Session, meeting: Meeting, *, run_id: int | None = None) -> int:
    """Record a meeting (held by run `run_id`); `meeting.host_site` must be a stored site code (or None)."""
    host_id = None
    if meeting.host_site is not None:
        host_id = session.scalar(select(SiteRow.id).where(SiteRow.code == meeting.host_site))
        if host_id is None:
            raise RecordNotFound(f"no site with code {meeting.host_site}")
    row = MeetingRow(
        title=meeting.title,
        host_agency=meeting.host_agency,
        host_site_id=host_id,
        start_at=meeting.start,
        end_at=meeting.end,
        emergency=meeting.emergency,
        conference=meeting.conference,
        run_id=run_id,
    )
    session.add(row)
    session.flush()
    return row.id


def end_meeting(session: Session, meeting_id: int, at: datetime) -> None:
    _get(session, MeetingRow, meeting_id).end_at = at
    session.flush()


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    return _to_meeting(_get(session, MeetingRow, meeting_id))


def list_meetings(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[Meeting]:
    stmt = _window(select(MeetingRow), MeetingRow.start_at, since, until).order_by(
        MeetingRow.start_at, MeetingRow.id
    )
    return [_to_meeting(row) for row in session.scalars(stmt)]


# --- attendance ----------------------------------------------------------------------------------------------


def _to_attendance(row: AttendanceRow) -> Attendance:
    return Attendance(
        meeting_id=row.meeting_id,
        site=row.site,
        joined_at=row.joined_at,
        left_at=row.left_at,
        left_by_operator=row.left_by_operator,
        participant_uuid=row.participant_uuid,
        id=row.id,
        closed_by=row.closed_by,
    )


def record_join(
    session: Session,
    site: str,
    joined_at: datetime,
    *,
    meeting_id: int | None = None,
    participant_uuid: str = "",
    run_id: int | None = None,
) -> int:
    """Append a new attendance span: every join is a new row, earlier spans are never touched."""
    row = AttendanceRow(
        run_id=run_id,
        meeting_id=meeting_id,
        site=site,
        participant_uuid=participant_uuid,
        joined_at=joined_at,
        left_at=None,
        left_by_operator=False,
    )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True, slots=True)
class Join:
    """One attendance span to open: `record_joins` writes many at once."""

    site: str
    joined_at: datetime
    meeting_id: int | None = None
    participant_uuid: str = ""
    run_id: int | None = None


def record_joins(session: Session, joins: Iterable[Join]) -> None:
    """Append many attendance spans in one statement: a national roll-call is thousands of joins at once."""
    rows = [
        {
            "run_id": j.run_id,
            "meeting_id": j.meeting_id,
            "site": j.site,
            "participant_uuid": j.participant_uuid,
            "joined_at": j.joined_at,
            "left_at": None,
            "left_by_operator": False,
        }
        for j in joins
    ]
    if rows:
        session.execute(insert(AttendanceRow), rows)


def record_leave(
    session: Session,
    left_at: datetime,
    *,
    participant_uuid: str | None = None,
    site: str | None = None,
    meeting_id: int | None = None,
    by_operator: bool = False,
    run_id: int | None = None,
) -> int | None:
    """Close the newest open span of the participant (by uuid) or else of the site; None when none is open.

    With `run_id`, only a span that run opened: a run never closes another's (a restart's joins are new spans,
    the old ones were closed by the stop or the recovery; consoles sharing a log each close their own)."""
    if not participant_uuid and site is None:
        raise ValueError("record_leave needs a participant_uuid or a site")
    stmt = select(AttendanceRow).where(AttendanceRow.left_at.is_(None))
    if participant_uuid:
        stmt = stmt.where(AttendanceRow.participant_uuid == participant_uuid)
    else:
        stmt = stmt.where(AttendanceRow.site == site)
    if meeting_id is not None:
        stmt = stmt.where(AttendanceRow.meeting_id == meeting_id)
    if run_id is not None:
        stmt = stmt.where(AttendanceRow.run_id == run_id)
    row = session.scalars(
        stmt.order_by(AttendanceRow.joined_at.desc(), AttendanceRow.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    row.left_at = left_at
    row.left_by_operator = by_operator
    session.flush()
    return row.id


def list_attendance(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    meeting_id: int | None = None,
    site: str | None = None,
    open_only: bool = False,
) -> list[Attendance]:
    stmt = _window(select(AttendanceRow), AttendanceRow.joined_at, since, until)
    if meeting_id is not None:
        stmt = stmt.where(AttendanceRow.meeting_id == meeting_id)
    if site is not None:
        stmt = stmt.where(AttendanceRow.site == site)
    if open_only:
        stmt = stmt.where(AttendanceRow.left_at.is_(None))
    stmt = stmt.order_by(AttendanceRow.joined_at, AttendanceRow.id)
    return [_to_attendance(row) for row in session.scalars(stmt)]


def latest_meeting_id(session: Session, conference: str) -> int | None:
    """The meeting last recorded for `conference` (the one a running console writes to), or None."""
    stmt = (
        select(MeetingRow.id)
        .where(MeetingRow.conference == conference)
        .order_by(MeetingRow.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def site_attendance(
    session: Session, site: str, *, since: datetime, meeting_id: int | None = None
) -> list[Attendance]:
    """One site's spans for its detail: those that began at or after `since` (the start of the day), and every
    span of meeting `meeting_id` however early it began; oldest first."""
    began = AttendanceRow.joined_at >= since
    which = began if meeting_id is None else or_(began, AttendanceRow.meeting_id == meeting_id)
    stmt = (
        select(AttendanceRow)
        .where(AttendanceRow.site == site, which)
        .order_by(AttendanceRow.joined_at, AttendanceRow.id)
    )
    return [_to_attendance(row) for row in session.scalars(stmt)]


# --- incidents -----------------------------------------------------------------------------------------------


def _to_incident(row: IncidentRow) -> Incident:
    return Incident(
        site=row.site,
        kind=row.kind,
        severity=row.severity,
        opened_at=row.opened_at,
        resolved_at=row.resolved_at,
        cause=row.cause,
        fix=row.fix,
        eta=row.eta,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
        parent_id=row.parent_id,
        meeting_id=row.meeting_id,
        detail=row.detail,
        id=row.id,
        reopens_id=row.reopens_id,
        closed_by=row.closed_by,
    )


def open_incident(session: Session, incident: Incident, *, run_id: int | None = None) -> int:
    """Record a new incident (its `id` and `closed_by` are ignored), opened by run `run_id`; returns the new id."""
    row = IncidentRow(
        run_id=run_id,
        site=incident.site,
        kind=incident.kind,
        severity=incident.severity,
        opened_at=incident.opened_at,
        resolved_at=incident.resolved_at,
        cause=incident.cause,
        fix=incident.fix,
        eta=incident.eta,
        acknowledged_at=incident.acknowledged_at,
        acknowledged_by=incident.acknowledged_by,
        parent_id=incident.parent_id,
        meeting_id=incident.meeting_id,
        detail=incident.detail,
        reopens_id=incident.reopens_id,
    )
    session.add(row)
    session.flush()
    return row.id


def update_incident(
    session: Session,
    incident_id: int,
    *,
    severity: Severity | None = None,
    cause: str | None = None,
    fix: str | None = None,
    detail: str | None = None,
    eta: datetime | _Unset | None = UNSET,
    parent_id: int | _Unset | None = UNSET,
) -> int:
    """Change what people or rules learnt about an incident; arguments left out are kept. Returns the id."""
    row = _get(session, IncidentRow, incident_id)
    if severity is not None:
        row.severity = severity
    if cause is not None:
        row.cause = cause
    if fix is not None:
        row.fix = fix
    if detail is not None:
        row.detail = detail
    if not isinstance(eta, _Unset):
        row.eta = eta
    if not isinstance(parent_id, _Unset):
        if parent_id == incident_id:
            raise ValueError("an incident cannot be its own parent")
        row.parent_id = parent_id
    session.flush()
    return row.id


def acknowledge_incident(session: Session, incident_id: int, by: str, at: datetime) -> int:
    """Mark the incident as seen by an operator; a second acknowledgement keeps the first."""
    row = _get(session, IncidentRow, incident_id)
    if row.acknowledged_at is None:
        row.acknowledged_at = at
        row.acknowledged_by = by
        session.flush()
    return row.id


def resolve_incident(
    session: Session, incident_id: int, at: datetime, *, cause: str | None = None, fix: str | None = None
) -> int:
    """Close the incident at `at` (a resolved incident keeps its first resolution time)."""
    row = _get(session, IncidentRow, incident_id)
    if row.resolved_at is None:
        row.resolved_at = at
    if cause is not None:
        row.cause = cause
    if fix is not None:
        row.fix = fix
    session.flush()
    return row.id


def reopen_incident(session: Session, incident_id: int) -> int:
    """Open a resolved incident again (a person reopened it; the audit keeps who and when)."""
    row = _get(session, IncidentRow, incident_id)
    row.resolved_at = None
    session.flush()
    return row.id


def get_incident(session: Session, incident_id: int) -> Incident:
    return _to_incident(_get(session, IncidentRow, incident_id))


def list_incidents(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    site: str | None = None,
    open_only: bool = False,
) -> list[Incident]:
    stmt = _window(select(IncidentRow), IncidentRow.opened_at, since, until)
    if site is not None:
        stmt = stmt.where(IncidentRow.site == site)
    if open_only:
        stmt = stmt.where(IncidentRow.resolved_at.is_(None))
    stmt = stmt.order_by(IncidentRow.opened_at, IncidentRow.id)
    return [_to_incident(row) for row in session.scalars(stmt)]


# --- floor requests ------------------------------------------------------------------------------------------


def _to_floor_request(row: FloorRequestRow) -> FloorRequest:
    return FloorRequest(
        site=row.site,
        state=row.state,
        priority=row.priority,
        requested_at=row.requested_at,
        source=row.source,
        delegate=row.delegate,
        topic=row.topic,
        granted_at=row.granted_at,
        ended_at=row.ended_at,
        reason=row.reason,
        seq=row.seq,
        meeting_id=row.meeting_id,
        id=row.id,
    )


def _add_floor_request(
    session: Session, request: FloorRequest, actor: str, seq: int | ColumnElement[int]
) -> int:
    row = FloorRequestRow(
        site=request.site,
        delegate=request.delegate,
        topic=request.topic,
        source=request.source,
        state=request.state,
        priority=request.priority,
        seq=seq,
        requested_at=request.requested_at,
        granted_at=request.granted_at,
        ended_at=request.ended_at,
        reason=request.reason,
        meeting_id=request.meeting_id,
    )
    row.events.append(
        FloorEventRow(
            from_state=None, to_state=request.state, actor=actor, at=request.requested_at, reason=""
        )
    )
    session.add(row)
    session.flush()
    return row.id


def add_floor_request(session: Session, request: FloorRequest, *, actor: str = "") -> int:
    """Record a new floor request with its own `seq` and its creation as the first transition; returns the new id.

    The number must be free (`floor_requests.seq` is unique); `file_floor_request` lets the log number it.
    """
    return _add_floor_request(session, request, actor, request.seq)


FLOOR_NUMBER_ATTEMPTS = 5
"""How often PostgreSQL draws another number when the one drawn is taken (a number written by hand)."""


def file_floor_request(session: Session, request: FloorRequest, *, actor: str = "") -> int:
    """Record a new floor request numbered by the log (its `seq` is ignored), with its creation; returns the id.

    Numbers are unique in the log whoever writes them, so the export lists requests in the order they were
    filed, across conferences, runs and consoles sharing one database. PostgreSQL draws them from a sequence
    (`FLOOR_NUMBERS`), drawing again when a number is taken already. SQLite takes one more than the largest in
    the INSERT itself: the statement holds the database's write lock, so no other writer comes between.
    """
    if session.get_bind().dialect.name != "postgresql":
        largest = select(func.coalesce(func.max(FloorRequestRow.seq), 0) + 1).scalar_subquery()
        return _add_floor_request(session, request, actor, largest)
    attempt = 1
    while True:
        try:
            with session.begin_nested():
                return _add_floor_request(session, request, actor, FLOOR_NUMBERS.next_value())
        except IntegrityError:
            if attempt >= FLOOR_NUMBER_ATTEMPTS:
                raise
            attempt += 1


def record_floor_transition(
    session: Session,
    request_id: int,
    to_state: FloorState,
    at: datetime,
    *,
    actor: str = "",
    reason: str = "",
    priority: int | None = None,
) -> int:
    """Move a floor request to `to_state` and append the transition; returns the transition's id.

    The state machine itself lives in the core; this records what it decided. Granting sets `granted_at`,
    a terminal state sets `ended_at`; a non-empty `reason` replaces the request's reason.
    """
    row = _get(session, FloorRequestRow, request_id)
    event = FloorEventRow(from_state=row.state, to_state=to_state, actor=actor, at=at, reason=reason)
    row.events.append(event)
    row.state = to_state
    if to_state is FloorState.GRANTED and row.granted_at is None:
        row.granted_at = at
    if to_state.terminal and row.ended_at is None:
        row.ended_at = at
    if reason:
        row.reason = reason
    if priority is not None:
        row.priority = priority
    session.flush()
    return event.id


def get_floor_request(session: Session, request_id: int) -> FloorRequest:
    return _to_floor_request(_get(session, FloorRequestRow, request_id))


def list_floor_requests(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    meeting_id: int | None = None,
    active_only: bool = False,
) -> list[FloorRequest]:
    """Floor requests in server order (seq, then id)."""
    stmt = _window(select(FloorRequestRow), FloorRequestRow.requested_at, since, until)
    if meeting_id is not None:
        stmt = stmt.where(FloorRequestRow.meeting_id == meeting_id)
    if active_only:
        stmt = stmt.where(FloorRequestRow.ended_at.is_(None))
    stmt = stmt.order_by(FloorRequestRow.seq, FloorRequestRow.id)
    return [_to_floor_request(row) for row in session.scalars(stmt)]


def list_floor_transitions(session: Session, request_id: int | None = None) -> list[FloorTransition]:
    """Recorded transitions in the order they were written, for one request or for all."""
    stmt = select(FloorEventRow)
    if request_id is not None:
        stmt = stmt.where(FloorEventRow.request_id == request_id)
    return [
        FloorTransition(
            request_id=row.request_id,
            from_state=row.from_state,
            to_state=row.to_state,
            at=row.at,
            actor=row.actor,
            reason=row.reason,
            id=row.id,
        )
        for row in session.scalars(stmt.order_by(FloorEventRow.id))
    ]


# --- commands ------------------------------------------------------------------------------------------------


def _to_command(row: CommandRow) -> CommandRecord:
    return CommandRecord(
        actor=row.actor,
        action=row.action,
        target=row.target,
        sent_at=row.sent_at,
        result=row.result,
        detail=row.detail,
        rtt_ms=row.rtt_ms,
        args=dict(row.args or {}),
        id=row.id,
    )


def log_command(session: Session, record: CommandRecord) -> int:
    """Audit a command as it is sent; returns the id to finish it with."""
    row = CommandRow(
        actor=record.actor,
        action=record.action,
        target=record.target,
        args=dict(record.args),
        sent_at=record.sent_at,
        result=record.result,
        detail=record.detail,
        rtt_ms=record.rtt_ms,
    )
    session.add(row)
    session.flush()
    return row.id


def finish_command(
    session: Session, command_id: int, result: CommandResult, *, detail: str = "", rtt_ms: float | None = None
) -> int:
    """Record how a command ended."""
    row = _get(session, CommandRow, command_id)
    row.result = result
    if detail:
        row.detail = detail
    if rtt_ms is not None:
        row.rtt_ms = rtt_ms
    session.flush()
    return row.id


def get_command(session: Session, command_id: int) -> CommandRecord:
    return _to_command(_get(session, CommandRow, command_id))


def list_commands(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    target: str | None = None,
) -> list[CommandRecord]:
    stmt = _window(select(CommandRow), CommandRow.sent_at, since, until)
    if target is not None:
        stmt = stmt.where(CommandRow.target == target)
    stmt = stmt.order_by(CommandRow.sent_at, CommandRow.id)
    return [_to_command(row) for row in session.scalars(stmt)]


# --- batches -------------------------------------------------------------------------------------------------

Change = Callable[[Session], Any]
"""One write, e.g. `functools.partial(record_join, site="X", joined_at=t)`: called with the session."""


def write_batch(session: Session, changes: Iterable[Change]) -> list[Any]:
    """Apply `changes` in order in one transaction and commit once; returns each change's result.

    On any error nothing of the batch is kept (the transaction is rolled back) and the error is raised.
    """
    results: list[Any] = []
    try:
        for change in changes:
            results.append(change(session))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return results
