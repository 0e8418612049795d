"""Runs of the log: each console run that writes (`gui`, `monitor`) is a row of `log_sessions`, and what it opens
(meetings, attendance spans, incidents) carries its id, so nothing it opened is left open when it ends.

- A normal stop (`end_run`) closes what the run left open at the stop time: the meeting ends, attendance spans
  get their `left_at`, open incidents are resolved with the fix "monitoring stopped"; each such row is marked
  `closed_by = 'stop'`.
- A run that died (kill -9, a power cut) is found by the next start (`begin_run` → `recover`): it has no
  `ended_at` and its process is gone. What it left open is closed at its last heartbeat — the last time the log
  knew those records to be true — and marked `closed_by = 'recovery'`. On SQLite the log's lock file tells that
  no other process writes (so every run without an end is dead); on PostgreSQL, where several consoles may write,
  a run is dead when its heartbeat is older than `DEAD_AFTER_BEATS` heartbeats.
- A conference the MCU shows again within `REATTACH_WITHIN` of its meeting's end by a stop or a recovery is the
  same meeting: `attach_meeting` reopens that row and notes the gap (`meeting_gaps`); otherwise a new meeting.

Plain functions taking a `Session`; nothing here commits.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Update, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from console.domain import ClosedBy, Incident, Meeting
from db.models import AttendanceRow, IncidentRow, LogSessionRow, MeetingGapRow, MeetingRow
from db.records import _to_incident, start_meeting

HEARTBEAT_S = 5.0
"""How often an idle writer tells the log its run is alive (every commit does too)."""
DEAD_AFTER_BEATS = 3
"""PostgreSQL: a run whose heartbeat is older than this many heartbeats is dead."""
REATTACH_WITHIN = timedelta(hours=1)
"""A conference seen again this soon after its meeting was closed by a stop or a recovery continues that meeting."""
STOPPED = "monitoring stopped"
RECOVERED = "monitoring stopped (the console ended unexpectedly; closed at its last heartbeat)"
FIX_TEXT = {ClosedBy.STOP: STOPPED, ClosedBy.RECOVERY: RECOVERED}


@dataclass(frozen=True, slots=True)
class Closed:
    """How many rows a stop or a recovery closed."""

    meetings: int = 0
    attendance: int = 0
    incidents: int = 0


@dataclass(frozen=True, slots=True)
class Recovered:
    """A dead run the start found, and what it closed of it at its last heartbeat `at`."""

    run_id: int
    program: str
    host: str
    pid: int
    at: datetime
    closed: Closed


@dataclass(frozen=True, slots=True)
class Gap:
    """A time a reattached meeting was not watched: from its close by a stop or recovery to its reattachment."""

    meeting_id: int
    from_at: datetime
    to_at: datetime
    closed_by: ClosedBy
    run_id: int | None


def begin_run(
    session: Session,
    at: datetime,
    *,
    program: str,
    alive_after: datetime | None,
    host: str | None = None,
    pid: int | None = None,
) -> tuple[int, list[Recovered]]:
    """Recover the dead runs (see `recover`), then record a new run started at `at`; returns its id and what was
    recovered."""
    recovered = recover(session, alive_after)
    row = LogSessionRow(
        started_at=at,
        heartbeat_at=at,
        host=host if host is not None else socket.gethostname(),
        pid=pid if pid is not None else os.getpid(),
        program=program,
    )
    session.add(row)
    session.flush()
    return row.id, recovered


def recover(session: Session, alive_after: datetime | None) -> list[Recovered]:
    """Close what dead runs left open at their last heartbeat, and end them.

    A run without an end is dead when its heartbeat is before `alive_after`; with None every such run is dead
    (the caller knows no other process writes: SQLite's lock). Two consoles recovering at once on PostgreSQL
    each claim a run by ending it first: only one closes its records.
    """
    stmt = select(LogSessionRow).where(LogSessionRow.ended_at.is_(None))
    if alive_after is not None:
        stmt = stmt.where(LogSessionRow.heartbeat_at < alive_after)
    recovered: list[Recovered] = []
    for run in session.scalars(stmt.order_by(LogSessionRow.id)).all():
        at = run.heartbeat_at
        claim = update(LogSessionRow).where(LogSessionRow.id == run.id, LogSessionRow.ended_at.is_(None))
        if _count(session, claim.values(ended_at=at, closed_by=ClosedBy.RECOVERY)) != 1:
            continue  # another console recovered it meanwhile
        closed = close_records(session, run.id, at, ClosedBy.RECOVERY)
        recovered.append(Recovered(run.id, run.program, run.host, run.pid, at, closed))
    session.expire_all()
    return recovered


def renew_run(session: Session, run_id: int, at: datetime, *, heartbeat_s: float = HEARTBEAT_S) -> int:
    """A new run for the process of run `run_id`, which another console ended (it seemed dead): what it writes
    from `at` on belongs to the new run."""
    old = session.get(LogSessionRow, run_id)
    new_id, _ = begin_run(
        session,
        at,
        program=old.program if old is not None else "",
        alive_after=dead_after(at, heartbeat_s),
        host=old.host if old is not None else None,
        pid=old.pid if old is not None else None,
    )
    return new_id


def heartbeat(session: Session, run_id: int, at: datetime) -> bool:
    """Move the run's heartbeat to `at`; False when the run was ended meanwhile (recovered by another console)."""
    stmt = (
        update(LogSessionRow)
        .where(LogSessionRow.id == run_id, LogSessionRow.ended_at.is_(None))
        .values(heartbeat_at=at)
    )
    return _count(session, stmt) == 1


def end_run(session: Session, run_id: int, at: datetime) -> Closed:
    """A normal stop at `at`: close what the run left open (`closed_by` stop) and end the run."""
    closed = close_records(session, run_id, at, ClosedBy.STOP)
    stmt = update(LogSessionRow).where(LogSessionRow.id == run_id)
    _count(session, stmt.values(ended_at=at, heartbeat_at=at, closed_by=ClosedBy.STOP))
    return closed


def close_records(session: Session, run_id: int, at: datetime, by: ClosedBy) -> Closed:
    """Close the run's open meetings, attendance spans and incidents at `at` (never before a row's own start)."""
    meetings = _close(
        session,
        MeetingRow,
        (MeetingRow.run_id == run_id, MeetingRow.end_at.is_(None)),
        "end_at",
        "start_at",
        at,
        by,
    )
    attendance = _close(
        session,
        AttendanceRow,
        (AttendanceRow.run_id == run_id, AttendanceRow.left_at.is_(None)),
        "left_at",
        "joined_at",
        at,
        by,
    )
    still_open = (IncidentRow.run_id == run_id, IncidentRow.resolved_at.is_(None))
    text = FIX_TEXT[by]
    # a fix people wrote is kept, the stop said after it
    _count(
        session,
        update(IncidentRow)
        .where(*still_open, IncidentRow.fix != "")
        .values(fix=IncidentRow.fix + "; " + text),
    )
    _count(session, update(IncidentRow).where(*still_open, IncidentRow.fix == "").values(fix=text))
    incidents = _close(session, IncidentRow, still_open, "resolved_at", "opened_at", at, by)
    return Closed(meetings, attendance, incidents)


def _close(
    session: Session,
    model: type[MeetingRow] | type[AttendanceRow] | type[IncidentRow],
    still_open: tuple[ColumnElement[bool], ...],
    end: str,
    start: str,
    at: datetime,
    by: ClosedBy,
) -> int:
    start_column = getattr(model, start)
    n = _count(
        session, update(model).where(*still_open, start_column <= at).values({end: at, "closed_by": by})
    )
    # a row that began after `at` (a clock that stepped back): closed at its own start, never before it
    return n + _count(session, update(model).where(*still_open).values({end: start_column, "closed_by": by}))


def _count(session: Session, stmt: Update) -> int:
    result = session.execute(stmt.execution_options(synchronize_session=False))
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def attach_meeting(
    session: Session,
    conference: str,
    at: datetime,
    *,
    run_id: int | None,
    within: timedelta = REATTACH_WITHIN,
) -> int:
    """The meeting row for `conference` seen at `at` by run `run_id`: the one a stop or a recovery closed at most
    `within` before, reopened for this run with the gap noted; else a new meeting."""
    if run_id is not None:
        row = session.scalars(
            select(MeetingRow)
            .where(
                MeetingRow.conference == conference,
                MeetingRow.end_at.is_not(None),
                MeetingRow.closed_by.is_not(None),
                MeetingRow.end_at >= at - within,
            )
            .order_by(MeetingRow.end_at.desc(), MeetingRow.id.desc())
            .limit(1)
            .with_for_update()
        ).first()
        if row is not None and row.end_at is not None and row.closed_by is not None:
            session.add(
                MeetingGapRow(
                    meeting_id=row.id,
                    from_at=row.end_at,
                    to_at=max(at, row.end_at),
                    closed_by=row.closed_by,
                    run_id=run_id,
                )
            )
            row.end_at = None
            row.closed_by = None
            row.run_id = run_id
            session.flush()
            return row.id
    meeting = Meeting(title=conference, host_agency="", host_site=None, start=at, conference=conference)
    return start_meeting(session, meeting, run_id=run_id)


def last_end(session: Session, run_id: int) -> datetime | None:
    """When the last run other than `run_id` ended (its stop, or its last heartbeat once recovered)."""
    stmt = select(func.max(LogSessionRow.ended_at)).where(LogSessionRow.id != run_id)
    return session.scalar(stmt)


def inherited_incidents(
    session: Session, now: datetime, *, within: timedelta = REATTACH_WITHIN, limit: int = 200
) -> list[Incident]:
    """The incidents of the runs that ended (stopped or recovered) at most `within` before `now`, newest first:
    the history a console started now continues."""
    recent = select(LogSessionRow.id).where(LogSessionRow.ended_at >= now - within)
    stmt = (
        select(IncidentRow)
        .where(IncidentRow.run_id.in_(recent))
        .order_by(IncidentRow.opened_at.desc(), IncidentRow.id.desc())
        .limit(limit)
    )
    return [_to_incident(row) for row in session.scalars(stmt)]


def list_gaps(session: Session, meeting_id: int | None = None) -> list[Gap]:
    """The times reattached meetings were not watched, in order."""
    stmt = select(MeetingGapRow)
    if meeting_id is not None:
        stmt = stmt.where(MeetingGapRow.meeting_id == meeting_id)
    return [
        Gap(row.meeting_id, row.from_at, row.to_at, row.closed_by, row.run_id)
        for row in session.scalars(stmt.order_by(MeetingGapRow.from_at, MeetingGapRow.id))
    ]


@dataclass(frozen=True, slots=True)
class Run:
    """One row of `log_sessions`."""

    id: int
    started_at: datetime
    heartbeat_at: datetime
    ended_at: datetime | None
    host: str
    pid: int
    program: str
    closed_by: ClosedBy | None


def list_runs(session: Session) -> list[Run]:
    return [
        Run(r.id, r.started_at, r.heartbeat_at, r.ended_at, r.host, r.pid, r.program, r.closed_by)
        for r in session.scalars(select(LogSessionRow).order_by(LogSessionRow.id))
    ]


def dead_after(now: datetime, heartbeat_s: float = HEARTBEAT_S) -> datetime:
    """PostgreSQL's liveness bound: a run whose heartbeat is before this is dead."""
    return now - timedelta(seconds=heartbeat_s * DEAD_AFTER_BEATS)
